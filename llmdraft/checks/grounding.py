"""`grounded`: the draft invents nothing the user did not give.

AI drafts invent "we worked together for 5 years", an employer, a title, a date. The check looks
for the things a reader would take as fact — numbers, spelled-out quantities, durations, dates,
job titles, and capitalised names, employers and places — and flags each one that appears nowhere
in the context (names, project, strengths, purpose, details).
"""

from __future__ import annotations

import re

from ..context import Context
from ..names import is_form_of
from ..patterns import lazy, shared
from ..text import STOPWORDS, fold, stem, words
from .base import Draft, check, part
from .form import strip_placeholders
from ..realise.roles import role
from ..realise.translate import english
from ..realise.words import COUNTRY_NAMES, LANGUAGES, MONTH_OF, plain_figures
from .jargon import is_generic_acronym

_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000, "million": 10**6,
    "millions": 10**6, "billion": 10**9, "dozen": 12, "dozens": 12, "decade": 10, "decades": 10,
    "twice": 2, "double": 2, "triple": 3, "tripled": 3, "doubled": 2, "half": 0.5,
}
_NUMBER_WORD = lazy(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b")
_BIG = {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen",
        "dozens", "decade", "decades", "tripled", "doubled"}
# A small spelled-out number is a claim when it counts something ("five years", "three clients");
# "two things would help" or "two or three sentences" is not.
_UNITS = lazy(
    r"\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?|decades?|people|persons?|engineers?|"
    r"developers?|clients?|customers?|users?|volunteers?|members?|staff|employees?|hires?|"
    r"projects?|teams?|countries|country|cities|city|offices?|stores?|sites?|markets?|percent|"
    r"dollars?|euros?|pounds?|times|x|languages?|products?|launches|releases?|companies|reports?|"
    r"minutes?|"
    r"sprints?|quarters?|iterations?|rounds?|cohorts?|classes|sessions?|events?|shifts?|"
    r"patients?|students?|sites?|branches|hospitals?|schools?|partners?|vendors?|suppliers?|"
    r"stakeholders?|departments?|regions?|continents?|markets?|stages?|phases?|versions?|"
    r"seasons?|harvests?|summers?|winters?|semesters?|terms?|tours?|deployments?|rotations?|"
    r"campaigns?|cycles?|intakes?)\b"
)
_IDIOMS = lazy(r"thanks a million|a million thanks|one in a million|a thousand thanks|\bhalf[- ]term\b|"
               r"\ba (?:hundred|thousand|million|dozen) (?:things|times|questions|ways|other things)")
_DIGITS = lazy(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
# "1. CRM data cleanup", "2) Territory mapping": a list's numbering, not a figure.
_LIST_MARKER = lazy(r"^[ \t]*\d{1,2}[.)][ \t]", re.MULTILINE)
# Months date a claim ("since March"). Weekdays, times of day, "next year" and "last week" do
# not: they are routine and small talk ("each Monday morning", "by Friday", "the storm last week"),
# and a reader takes none of them for a fact about the shared work.
_MONTHS = frozenset("january february march april june july august september october november "
                    "december".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DATES = part(
    r"\b(?:last|this past|earlier this|later this) (?:year|month|spring|summer|fall|autumn|"
    r"winter|quarter|semester)\b|\b(?:in|this|last|since|until) may\b"
)
# "at 7pm", "by 9:30": a time of day; "gives 110%", "100% recommend": a way of speaking.
_NOT_A_FIGURE = lazy(
    r"\b\d{1,2}(?::\d\d)?\s?(?:(?:am|pm|o'clock)\b|a\.m\.|p\.m\.)|"
    r"\b(?:version|option|draft|variant)\s+\d\b|"  # "Version 1:", "Option 2:"
    r"(?<![\w.,])[24](?= (?:u|you|ur|me|all)\b)|(?:(?<=\bu )|(?<=\bme ))2(?![\w.,%])|"  # "4 u 2"
    r"\b(?:i|id|i'd|i'll|i will|i would|would|will|im|i'm)\s+1[01]0\s?%|"  # "id 100% write one"
    r"\b(?:give|gives|gave|giving|given|put|puts|putting)\s+(?:it\s+|us\s+|everything\s+|"
    r"(?:that|this) \w+\s+)?"
    r"1[01]0\s?(?:%|percent)|\b1[01]0\s?(?:%|percent)(?=\s+(?:recommend|sure|behind|committed|"
    r"reliable|trust|of the time|effort|every time))",
    re.IGNORECASE)
# "for years", "years of": a span a reader takes as fact. "Over many months", "for several
# years" say no more than "a long time" and are left alone; "a few years" counts.
_DURATIONS = part(
    r"\b(?:for|over|after|in) (?:a few |the past |the last )?"
    r"(?:years|decades|months)\b|(?<!many )(?<!several )\b(?:years|decades|months) of\b|"
    r"\blong-?time\b|\byears-long\b|\ba couple of (?:years|decades|months)\b"
)
# "pitched like she'd been doing it for years": a likeness, not a span of time.
_LIKENESS = lazy(r"\b(?:like|as if|as though)\b[^.!?;]{0,40}$")
_TITLES = part(
    r"\b(?:vp|svp|evp|vice president|director|head of \w+|chief \w+ officer|ceo|cto|cfo|coo|cmo|"
    r"cio|cpo|president|co-?founder|founder|managing partner|"
    r"principal (?!(?:is|was|are|were|and|or|of|at|in|for|to|with|who|would|will|has|had)\b)\w+|senior \w+ "
    r"(?:engineer|manager|director|designer|analyst|scientist)|staff engineer|team lead|"
    r"tech lead|lead \w+ (?:engineer|designer))\b"
)
# "6 years of", "six years of", "[X] years of": a counted duration, whose number (or gap) is
# judged by the number test or by no_placeholders, not again as a bare "years of".
_COUNTED = lazy(r"(?:\d[\d,.]*\+?|\b(?:" + "|".join(_NUMBER_WORDS) + r")|\]|\}|>|\bx+|"
                      r"\bn)\s*(?:-\s*)?$")
# A duration the context gives ("we worked together for 6 years"): then "years of" restates it.
_GIVEN_DURATION = lazy(r"(?:\d[\d,.]*|\b(?:" + "|".join(_NUMBER_WORDS) + r"))\+?\s*-?\s*"
                             r"(year|decade|month)s?\b")


def _unit(claim: str) -> str:
    return next((u for u in ("year", "decade", "month") if u in claim), "")


# "the rare founder who listens", "a founder with heart": a kind of person, not a post someone
# holds ("the founder of Acme", "our founder", "as founder and CEO" are).
_A_KIND_OF = lazy(r"(?<!\bour )(?<!\btheir )(?<!\bits )(?<!\bas )(?<!co-)(?<!co)founder\b"
                        r"(?! of| and| &|,)")
# "my third time asking": a count the context never gave
_COUNT = part(r"\b(?:second|third|fourth|fifth|sixth) time\b|\bmy (?:second|third|fourth|fifth|"
              r"2nd|3rd|4th|5th) (?:reminder|nudge|follow-up|message|email)\b")  # "my third
#                                                                  reminder": a count nobody gave
_CLAIMS = lazy("|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in (
    ("duration", _DURATIONS), ("date", _DATES), ("title", _TITLES), ("count", _COUNT))))
# Capitalised words that are not facts: greetings, closings, and names of the medium itself.
_COMMON_CAPS = {
    "i", "i'm", "i'd", "i'll", "i've", "linkedin", "ok", "okay", "ps", "p", "s", "dear", "hi",
    "hello", "hey", "thanks", "thank", "best", "regards", "cheers", "warmly", "sincerely",
    "kind", "warm", "many", "mr", "mrs", "ms", "mx", "dr", "prof", "recommendation",
    "option", "version", "draft", "formal", "casual",  # "**Option 1 (formal)**"
    # the polite "you" other languages capitalise: "dla Ciebie", "Ihnen", "Usted", "Lei"
    "ciebie", "ci", "pan", "pani", "panu", "pana", "ihnen", "sie", "usted", "ustedes", "vous",
    "lei", "voce", "dich", "dir", "du",
    # courtesies before a given name: "Aunty Folake", "Ate Joy", "Mas Budi", "Elif Hanim"
    "aunty", "auntie", "uncle", "ate", "kuya", "mas", "mbak", "pak", "bu", "ibu", "bapak",
    "hanim", "bey", "bhai", "didi", "ssi", "sunbae", "nim", "sensei", "ji", "bro", "sis",
    "recommendations", "re", "subject", "fyi", "asap", "hope", "again", "yours", "respectfully",
    "sir", "madam", "madame", "team", *_WEEKDAYS,
    # greetings and thanks in other languages: "Hola Rafa!", "Grazie!"
    "hola", "bonjour", "ciao", "hallo", "hej", "salut", "gracias", "merci", "grazie", "danke",
    "obrigado", "obrigada", "arigato", "shukran", "mahalo", "namaste", "salaam", "shalom",
    "inmail",
    # greetings in other languages: "Sat Sri Akal", "Xin chào", "Kia ora", "Assalamu alaikum"
    "sat", "sri", "akal", "assalamu", "alaikum", "salam", "namaskar", "vanakkam", "jambo",
    "habari", "sawubona", "kia", "ora", "konnichiwa", "annyeong", "merhaba", "marhaba", "ahlan",
    "buongiorno", "guten", "morgen", "xin", "chao", "selamat", "pagi", "kumusta", "privet",
    "zdravo", "servus", "moin", "hoi", "ola", "dobry", "dzien", "oi", "tudo", "bem",
    # sign-offs in other languages: "Vielen Dank und viele Grüße", "¡Muchas gracias!", "God bless"
    "vielen", "viele", "dank", "grusse", "gruss", "freundliche", "herzliche", "liebe", "muchas",
    "saludos", "abrazos", "beijos", "abraco", "cordialement", "bisous", "groetjes", "pozdrawiam",
    "god", "bless", "inshallah", "amen", "asante", "sana", "diolch", "fawr", "ta", "mil", "nga",
    "mihi", "voraus", "kein", "problem", "note", "gamarjoba", "madloba", "rakhmet", "mahadsanid",
    "talofa", "bula", "aloha", "vinaka", "malo", "kedves", "drogi", "droga", "querido", "querida",
    "herr", "frau", "sehr", "geehrter", "geehrte", "grussen", "freundlichen", "mit", "erinnerung",
    "kurze", "stress", "tip", "ma'am",
    # seasons' greetings and honorifics used with a name: "Happy New Year", "Mehmet Bey", "Ibu Sari"
    "new", "year", "merry", "christmas", "holidays", "eid", "mubarak", "diwali", "easter",
    "ramadan", "kareem", "hanukkah", "lunar", "nowruz", "bey", "hanim", "ibu", "bapak", "pak",
    "bu", "ustaz", "selam", "salam",
}
# Titles known by another spelling: a context's "Prof." greets as "Professor".
# Words a draft spells out from the context's short form.
_SPELT_OUT = {"university": "uni", "building": "bldg", "international": "int", "department": "dept"}
_TITLE_FORMS = {"prof": "professor", "dr": "doctor", "rev": "reverend", "capt": "captain",
                "col": "colonel", "maj": "major", "lt": "lieutenant", "sgt": "sergeant",
                "gen": "general", "cmdr": "commander", "fr": "father", "hon": "honourable",
                "me": "maitre", "sr": "sister"}  # "Me Lambert", a French lawyer, is greeted "Maître Lambert"
_CLOSINGS = lazy(
    r"^(?:best|regards|cheers|thanks|thank you|warmly|sincerely|all the best|kind regards|"
    r"best wishes|warm regards|many thanks|with thanks|gratefully|take care|talk soon|"
    r"best regards|yours|respectfully)\b.{0,20}$",
    re.IGNORECASE,
)
# A sentence's first word is taken for a name when a person's verb or a possessive follows it.
_NAME_FOLLOWERS = lazy(
    r"\s+(?:said|says|mentioned|told|thinks|thought|asked|suggested|recommended|noted|agreed|"
    r"and I|and you|from (?:the|our|your|[A-Z]\w*|[a-z]+ (?:said|suggested|mentioned|told|"
    r"recommended|asked|thought))|at [A-Z]|(?:[A-Z][a-z]+ )?(?:was|is) (?:our|my|your|the) "
    r"(?:manager|lead|director|boss|ceo|cto|head))\b"
)
# A rank or degree before a name ("Dear Dr. Lindqvist") is a fact about the person.
_RANKED = lazy(r"\b(?:((?i:dr|prof|rev|capt|col|maj|lt|sgt|gen|cmdr|hon))\b\.?|((?i:doctor|professor|"
                     r"reverend|judge|justice|captain|colonel|major|lieutenant|sergeant|general|"
                     r"commander|pastor|rabbi|imam))\b)\s+(?=[A-Z])")  # "do him justice. I" is no rank
_ACADEMIC = {"dr", "doctor", "prof", "professor"}
_DOCTOR_ROLE = lazy(r"(?i)surg|physician|doctor|\w+olog(?:ist|y)\b|psychiatr|dentist|"
                    r"veterinar|\bgp\b|general practitioner|medical officer|professor|lecturer|clinician|"
                    r"paediatric|pediatric|"
                    r"anaesthet|anesthes|\bmd\b|\bphd\b")
_DOCTORATES = {"phd", "md", "dphil", "edd", "dds", "dmd", "dvm", "psyd", "dnp", "pharmd", "dba",
               "mbbs", "drph", "scd"}
_AFTER_TITLE = lazy(r"\b(?:mr|mrs|ms|mx|dr|prof|rev|fr|sr|st)\.\s+$", re.IGNORECASE)
# A street's name that ends a sentence: "... at 44 Oak Hollow Dr. Above all" (no title there).
_STREET_END = lazy(r"(?:\d+|[A-Z][a-z]+) [A-Z][a-z]+ (?:Dr|St|Rd|Ave|Blvd|Ln)\.\s+$")
_SENTENCE_START = lazy(r"(?:^|[.!?:;\"(\u2600-\u27bf\U0001f300-\U0001faff]\s+|\n\s*|[\u00bf\u00a1]|"
                             r"^\s*[-*•]\s*)$")


_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "bn": 1e9,
          "b": 1e9, "billion": 1e9}
_SCALED = lazy(r"(\d[\d,]*(?:\.\d+)?)\s?(k|m|mm|bn|b|thousand|million|billion)\b", re.I)


def _numbers(text: str) -> set[float]:
    """Every number the text gives, "1.2 million" as both 1.2 and 1,200,000."""
    found = set()
    folded = fold(text)
    for raw in _DIGITS.findall(folded):
        try:
            found.add(float(raw.replace(",", "")))
        except ValueError:
            continue
    for raw, unit in _SCALED.findall(folded):
        try:
            found.add(float(raw.replace(",", "")) * _SCALE[unit.lower()])
        except ValueError:
            continue
    for token in words(text):
        if token in _NUMBER_WORDS:
            found.add(float(_NUMBER_WORDS[token]))
    for short in shared(r"[\u2018\u2019'](\d\d)\b").findall(folded):
        found |= {1900.0 + int(short), 2000.0 + int(short)}  # "winter '24" is 2024
    for century, short in shared(r"\b(19|20)\d\d\s*[-\u2013/]\s*(\d\d)\b(?![-/]\d)").findall(folded):
        found.add(float(century + short))  # "2020-21" ends in 2021
    for times in shared(r"(?i)(?<![\w.])x ?(\d{1,2})\b|\b(\d{1,2}) ?x(?![\w.])").findall(folded):
        found.add(float(times[0] or times[1]))  # "Employee of the month x3": 3 times
    return found


def _initials(text: str) -> set[str]:
    """"kl" for "Kuala Lumpur", "nyc" for "New York City": a place or body said by its initials."""
    found = set()
    for run in shared(r"(?:\b[A-Z][a-z]+(?:[ \t]+|$)){2,4}", re.MULTILINE).findall(fold(text)):
        found.add("".join(w[0] for w in run.split()).lower())
    return found


def _ground_text(ctx: Context) -> str:
    parts = [ctx.recipient, ctx.sender or "", ctx.project, *ctx.strengths, ctx.purpose or "",
             ctx.details or "", ctx.recipient_role or "", ctx.greet_as or "",
             role(ctx.recipient_role) if ctx.recipient_role else "",
             *(english(t) or "" for t in (ctx.purpose or "", *ctx.strengths))]  # a purpose typed in
    #   Spanish is said in English: "Alemania" is Germany (review); "Head, Credit Risk" is said
    #   "Head of Credit Risk" (reader 193)
    typed = "\n".join(parts)
    spelt = plain_figures(_SHORT_UNITS.sub(lambda m: _SPELT_UNITS[m.group(0).lower()], typed))  # "last yr" is
    return typed if spelt == typed else f"{typed}\n{spelt}"  # said "last year" (reader 111); "2022-05" is
    #   May 2022 and "3,4 million" is 3.4 million (reader 188)


_SPELT_UNITS = {"yr": "year", "yrs": "years", "wk": "week", "wks": "weeks", "mo": "month",
                "mos": "months", "hr": "hour", "hrs": "hours", "dept": "department", "depts": "departments",
                "mgmt": "management", "govt": "government", "intl": "international", "txns": "transactions",
                "st": "street", "rd": "road", "ave": "avenue"}  # "the salon on high st" (reader 196)
_SHORT_UNITS = lazy(r"(?i)\b(?:yrs?|wks?|mos?|hrs?|depts?|mgmt|govt|intl|txns|st|rd|ave)\b")


def _capitalised_inventions(message: str, known: set[str]) -> list[str]:
    """Capitalised words that are not a sentence's first word and not known from the context.
    In a message typed in capitals, an English word is just a word ("HOPE ALL GOOD")."""
    found = []
    text = fold(message)
    letters = "".join(filter(str.isalpha, text))
    shouting = len(letters) > 20 and sum(map(str.isupper, letters)) > 0.7 * len(letters)
    lines = text.split("\n")
    after_closing = False
    for line in lines:
        stripped = line.strip()
        if not stripped or _GERMAN.search(stripped.lower()):
            continue  # a German line capitalises its nouns: "Empfehlung" is no name
        if after_closing:  # the signature: names here are facts too
            for name in shared(r"[A-Z][A-Za-z']+").findall(stripped):
                if name.lower() not in known and name.lower() not in _COMMON_CAPS:
                    found.append(name)
            after_closing = False
            continue
        after_closing = bool(_CLOSINGS.match(stripped))
        for m in shared(r"\b[A-Z][A-Za-z0-9'&-]*").finditer(line):
            word = m.group(0)
            base = word.split("'")[0].lower()
            if base in known or base in _COMMON_CAPS or stem(base) in known \
                    or word.lower() in ("ma'am", "maam"):
                continue
            if word[:-1].isupper() and word.endswith("s") and base[:-1] in known:
                continue  # "RFCs" for the context's "RFC"
            if base in _SPELT_OUT and _SPELT_OUT[base] in known:
                continue  # "University" for the context's "uni of canterbury"
            if shouting and _lexicon_word(base):
                continue
            if is_generic_acronym(word) or shared(r"[A-Z]{1,3}(?:&[A-Z]{1,3})+s?").fullmatch(word):
                continue  # "R&D", "KPIs", "FP&A", "P&IDs": the trade's words, not a name
            if len(word) == 1:
                continue  # "plan B", "grade A": a letter, not a name
            possessive = word.endswith("'s") and base not in STOPWORDS \
                and word.lower() not in STOPWORDS  # "Priya's", not "Here's" or "Let's"
            before = line[: m.start()]
            plural_noun = base.endswith("s") and _lexicon_word(base[:-1], ("N",))
            if _SENTENCE_START.search(before) and not (
                    _AFTER_TITLE.search(before) and not _STREET_END.search(before)) and not (
                    possessive or (_NAME_FOLLOWERS.match(line, m.end()) and not plural_noun
                                   and not _lexicon_word(base, ("R", "J", "D", "V", "Z", "G")))):
                continue  # a sentence's first word, unless it reads as a name ("Priya said");
                #           "Highly recommended." is an adverb, not a name
            # "SQL-heavy", "Anne-Marie": each capitalised part must be known, the rest is prose.
            parts = [p.split("'")[0] for p in word.split("-") if p]  # "Jean-Baptiste's"
            if all(p.lower() in known or p.lower() in STOPWORDS or not p[0].isupper()
                   for p in parts):
                continue
            found.append(word)
    return found


def _lexicon_word(word: str, classes: tuple = ()) -> bool:
    """An English word the lexicon knows (of one of `classes`, when given)."""
    from ..lexicon import word_class  # read only for a capitalised word not in the context

    found = word_class(word)
    return found is not None and found != "P" and (not classes or found in classes)


# The name a greeting addresses: "Dear Mr. Schmidt,", "Rachel,", "Good morning Helga!".
_GREETED = lazy(
    r"\A\s*(?:(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening)|morning|"
    r"hola|oi|ola|olá|bonjour|ciao|hallo|hej|salut|namaste|salaam|merhaba|jambo|kia ora)\b[ \t,]*)?(?:(?:mr|mrs|ms|mx|miss|dr|prof|professor|"
    r"sir|madam)\.?[ \t]+)?([A-Z][A-Za-z'-]+)(?=[ \t]*(?:[,!:;\u2013\u2014-]|\n|$))",
    re.IGNORECASE)


def _greeted_stranger(message: str, known: set[str], people: set[str], recipient: str,
                      greet_as: str | None) -> str | None:
    """The greeted name when the context gives no such person (the wrong recipient)."""
    found = _GREETED.match(fold(message))
    if not found or not found.group(1)[0].isupper():
        return None
    name = found.group(1)
    low = name.lower().split("'")[0]
    if all(p in known or p in people for p in words(name)):
        return None  # "Soo-jin", "O'Brien-Walsh", "D'Arcy": each part is a name the context gives
    if low in known or low in _COMMON_CAPS or is_form_of(name, recipient, greet_as):
        return None  # "Teo" for Teodora, "Liv" for Olivia, "Bill" for William, "Sato-san"
    from ..lexicon import word_class  # read only for an unknown greeted word

    if word_class(low) not in (None, "P"):
        return None  # "Quick question,", "Team,", "Friends!": not a person's name
    return name


# "into clear English and Spanish", "in English or Japanese?": the language a text is in, not a
# claim about the person. "She speaks Spanish" is still a claim.
_IN_A_LANGUAGE = lazy(r"\b(?:in|into)\s+(?:\w+\s+)?([A-Z][a-z]+)(?:\s*(?:,|and|or|&)\s*([A-Z][a-z]+))*")


def _media(message: str) -> set[str]:
    found = set()
    for m in _IN_A_LANGUAGE.finditer(fold(message)):
        found |= {w.lower() for w in shared(r"[A-Z][a-z]+").findall(m.group(0))
                  if w.lower() in LANGUAGES}
    return found


@check("grounded", order=70)
def grounded(draft: Draft, ctx: Context):
    ground = _ground_text(ctx)
    ground_folded = " ".join(fold(ground).lower().split())
    known_words = set(words(ground))
    known_words |= {w.split("'")[-1] for w in known_words if "'" in w}  # "Odéon" of "l'Odéon",
    #                                                                    "Azur" of "d'Azur"
    known_words |= {_TITLE_FORMS[w] for w in known_words if w in _TITLE_FORMS}
    known_words |= {"university"} if known_words & {"univ", "uni"} else set()  # "Univ. of
    #   Auckland" is said in full
    known_words |= {MONTH_OF[w].lower() for w in known_words if w in MONTH_OF}  # "dec 2023" is
    #                                                                   said "December 2023"
    known_words |= {w for code in shared(r"\b[A-Z]{2}\b").findall(ground) if code in COUNTRY_NAMES
                    for w in COUNTRY_NAMES[code].lower().split()}  # "SG and MY": Singapore, Malaysia
    if known_words & _DOCTORATES:
        known_words |= {"dr", "doctor"}  # "Angela Ruiz, PhD" is greeted as "Dr. Ruiz"
    known = known_words | {stem(w) for w in known_words} | _initials(ground)
    problems: list[str] = []

    # Placeholders are no_placeholders' business: "[Company]" is a gap, not a claim.
    message = strip_placeholders(draft.message)
    full = message + "\n" + strip_placeholders(draft.subject or "")
    allowed_numbers = _numbers(ground)
    for raw in _DIGITS.findall(_NOT_A_FIGURE.sub(" ", _LIST_MARKER.sub(" ", fold(full)))):
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            continue
        if value not in allowed_numbers:
            problems.append(f"the number {raw!r}")
    spoken = _IDIOMS.sub(" ", draft.folded)
    for m in _NUMBER_WORD.finditer(spoken):
        token = m.group(1)
        if float(_NUMBER_WORDS[token]) in allowed_numbers:
            continue
        scaled = shared(r"(\d[\d,]*(?:\.\d+)?)\s$").search(spoken[:m.start()])
        if scaled and token in _BIG and float(scaled.group(1).replace(",", "")) * _NUMBER_WORDS[token] \
                in allowed_numbers:
            continue  # "2 million hectares" for the typed "2m hectares"
        if token in _BIG or _UNITS.match(spoken, m.end()):
            problems.append(f"the quantity {m.group(0)!r}")
    given_durations = set(_GIVEN_DURATION.findall(ground_folded))
    for m in _CLAIMS.finditer(draft.folded):
        if m.group(0) in ground_folded or shared(r" (?:role|roles|position|positions|post|posts|"
                                                  r"job|jobs|opening)$").sub("",
                                                  m.group(0)) in ground_folded \
                or shared(r" the$").sub("", m.group(0)) in ground_folded:  # "Head of the
            #   Department of ..." for the typed "Head of Department, ..."
            continue  # "an assistant principal role" for the purpose "assistant principal"
        if m.lastgroup == "duration" and (_COUNTED.search(draft.folded[: m.start()])
                                          or _unit(m.group(0)) in given_durations):
            continue  # "6 years of": the number is judged on its own; or the context gave one
        if m.lastgroup == "duration" and _LIKENESS.search(draft.folded[: m.start()]):
            continue
        if m.lastgroup == "title" and _A_KIND_OF.search(draft.folded, m.start(), m.end() + 4):
            continue
        problems.append(f"the {m.lastgroup} {m.group(0)!r}")
    for token in sorted((set(words(full)) & _MONTHS) - known_words):
        problems.append(f"the date {token.capitalize()!r}")
    # "teacher" is the recommender's: the recipient of a request, the writer of a recommendation
    taught_by_them = ctx.relationship == "teacher" and draft.kind != "recommendation"
    for m in _RANKED.finditer(fold(message)):
        rank = (m.group(1) or m.group(2)).lower()
        if taught_by_them and rank in _ACADEMIC:
            continue  # a student greets the person who taught them as "Dr." or "Professor"
        if rank in _ACADEMIC and _DOCTOR_ROLE.search(ctx.recipient_role or ""):
            continue  # a "Chief of Surgery" or a "consultant haematologist" is a doctor
        if rank in ("dr", "doctor") and known_words & {"dre", "dra", "drs"}:
            continue  # "Dre Sophie Martel" (Docteure) is greeted "Dr. Martel"
        if rank not in known_words and _TITLE_FORMS.get(rank, rank) not in known_words:
            problems.append(f"the title {m.group(0).strip()!r}")
    people = set(words(" ".join([ctx.recipient, ctx.sender or "", ctx.greet_as or ""])))
    stranger = _greeted_stranger(message, known_words, people, ctx.recipient, ctx.greet_as)
    if stranger:
        problems.append(f"the name {stranger!r} (greeted, but the recipient is {ctx.recipient!r})")
    media = _media(message)
    for word in _capitalised_inventions(message, known):
        if word.lower() in media or (word.lower() in _ACADEMIC and taught_by_them):
            continue  # the language a text is in; a rank the rank test above has judged
        short = word.lower().split("'")[0]
        if _inflected(short, known_words):
            continue  # "z Krzysztofem", "w Katowicach": a name the context gives, inflected
        if word == stranger or (len(short) >= 2 and (
                is_form_of(word, ctx.recipient, ctx.greet_as)
                or (ctx.sender and is_form_of(word, ctx.sender)))):  # "Teo" for Teodora
            continue
        problems.append(f"the name {word!r}")

    claimed = _claimed_standing(draft, ctx)
    if claimed:
        problems.append(f"the writer's standing {claimed!r} (the relationship is "
                        f"{ctx.relationship.value})")
    unique = list(dict.fromkeys(problems))
    if unique:
        return False, "the draft states what the context does not give: " + ", ".join(unique[:5])
    return True, "everything it states comes from the context"


# A line in German, by its small words: "ich hoffe, es geht dir gut", "und kein Problem".
_GERMAN = lazy(r"(?:\b(?:ich|du|dir|mir|mich|und|nicht|dass|wenn|ist|auch|eine|einen|gerne|"
               r"keine?|zum|zur|wir|sie|habe|hast|wäre|ware|für|fur|mit|sehr|vielen)\b.*){3}")


def _inflected(word: str, known: set[str]) -> bool:
    """A known name with a case ending, as Slavic and Baltic languages decline them:
    "krzysztofem" for Krzysztof, "katowicach" for Katowice, "poznaniu" for Poznan."""
    low = fold(word).lower()
    return any(len(k) >= 5 and k.isalpha() and len(low) - len(k) <= 3 and (
        low.startswith(k) or (len(low) > len(k) and low.startswith(k[:-1]))) for k in known)


# What a recommendation's writer says they were to the person, and the relationships (the
# writer's side) that allow it: "As Ravi's manager" from a teammate is a claim the context
# does not make.
_STANDINGS = {"manager": {"managed-you"}, "boss": {"managed-you"}, "supervisor": {"managed-you"},
              "line manager": {"managed-you"}, "teacher": {"teacher"}, "professor": {"teacher"},
              "lecturer": {"teacher"}, "tutor": {"teacher"},
              "mentor": {"teacher", "advisor", "senior-to-you"},
              "client": {"client"}, "advisor": {"advisor", "teacher"},
              "adviser": {"advisor", "teacher"}}
_AS_STANDING = lazy(r"\bas (?:[a-z]+'s|his|her|their) (line manager|" + "|".join(
    s for s in _STANDINGS if s != "line manager") + r")\b")


def _claimed_standing(draft: Draft, ctx: Context) -> str | None:
    if draft.kind != "recommendation":
        return None
    found = _AS_STANDING.search(draft.folded)
    if found and ctx.relationship.value not in _STANDINGS[found.group(1)] and not (
            found.group(1) in ("manager", "boss", "supervisor", "line manager")
            and _MANAGED_IN_DETAILS.search(ctx.details or "")):  # "he reported to me for 3 years":
        return found.group(0)  #                                 the details give it (reader 202)
    return None


_MANAGED_IN_DETAILS = lazy(r"(?i)(?:^|;\s*|\n\s*)(?:(?:she|he|they) (?:reported|reports) (?:directly )?to me|I (?:directly )?"
                           r"(?:managed|line-managed) (?:her|him|them))(?=$|[;,.\n]| (?:for|from|since|between|"
                           r"during|as|at|in|on|directly)\b)")
