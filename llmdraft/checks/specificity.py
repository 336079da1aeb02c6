"""Is the request specific: the project, each strength, the recipient, the purpose."""

from __future__ import annotations

import re

from ..context import Context
from ..names import family_first_given, greeting, is_form_of, parse, to_reader
from ..patterns import lazy, shared
from ..realise.projects import aliases, core
from ..realise.projects import project as realised
from ..realise.translate import english
from ..realise.voice import named_clause
from ..realise.words import LANGUAGES, clean, unpraised
from ..text import STOPWORDS, Text, covered, fold, starts_with_verb, stem, words
from .base import Draft, check, spelt_out
from .message import GREETINGS, LEAD_IN, NOT_SAID, said_to_them
from .reciprocity import without_offer_or_ask


@check("project_named", order=40)
def project_named(draft: Draft, ctx: Context):
    cov = draft.text.coverage(ctx.project)
    if covered(cov, ctx.project, anchored=True):
        return True, f"names the project {ctx.project!r}"
    # Written to Aaron, "Aaron's podcast launch" is "your podcast launch".
    theirs = to_reader(ctx.project, ctx.recipient, ctx.greet_as)
    if theirs != ctx.project and covered(draft.text.coverage(theirs), theirs, anchored=True):
        return True, f"names the project {ctx.project!r} (as theirs)"
    mine = parse(ctx.sender).given if ctx.sender else ""
    if mine and re.search(rf"\b{re.escape(mine)}(?:'s|\u2019s) ", ctx.project):  # "Mateo's thesis
        said = re.sub(rf"\b{re.escape(mine)}(?:'s|\u2019s) ", "my ", ctx.project)  # film" from Mateo
        if covered(draft.text.coverage(said), said, anchored=True):
            return True, f"names the project {ctx.project!r} (as the sender's)"
    spelt = clean(ctx.project)  # "the xmas rush at the high st store" said "the Christmas rush
    if spelt != ctx.project and covered(draft.text.coverage(spelt), spelt, anchored=True):  # at
        return True, f"names the project {ctx.project!r} (spelt out)"  # the high street store"
    if _one_qualifier_short(cov, ctx.project):
        return True, f"names the project {ctx.project!r} (without {cov.missing[0]!r})"
    if _without_its_lead(cov, ctx.project):
        return True, f"names the project {ctx.project!r} without its first words"
    if _by_its_name(cov, ctx.project):
        return True, f"names the project {ctx.project!r} by its name"
    told = core(ctx.project)  # "the website relaunch", without the story typed after it
    if told != ctx.project and covered(draft.text.coverage(told), told, anchored=True):
        return True, f"names the project {told!r}"
    lead = shared(r"^([^,()/]+?)(?:,| [-\u2013\u2014]| ?/| \()\s").match(ctx.project)  # "cocoa farmers
    if lead and len(shared(r"[A-Za-z0-9]+").findall(lead.group(1))) >= 2 \
            and covered(draft.text.coverage(lead.group(1)), lead.group(1), anchored=True):  # microfinance
        return True, f"names the project {lead.group(1)!r}"  # program - Opportunity Int'l Ghana":
    #   where or for whom after its separator may be left out where a note must be short
    for alias in aliases(ctx.project):  # "Project Horizon" for "... initiative (Project Horizon)"
        if covered(draft.text.coverage(alias), alias, anchored=True):
            return True, f"names the project {ctx.project!r} as {alias!r}"
    read = realised(ctx.project).text  # "Acme was our client: ERP rollout (2022-23)" named as
    if read != ctx.project and covered(draft.text.coverage(read), read, anchored=True):  # "the ERP
        return True, f"names the project {ctx.project!r} as {read!r}"  # rollout for Acme from 2022 to 2023"
    return False, f"the draft does not name the project {ctx.project!r} (missing: {', '.join(cov.missing)})"


def _one_qualifier_short(cov, project: str) -> bool:
    """'the 111 call-handling redesign' for 'the NHS 111 call-handling redesign': one name of
    several left out, with every other word there, still tells the reader which project.
    A project known by one name alone ('Atlas billing rewrite') still needs it."""
    tokens = shared(r"[A-Za-z0-9]+").findall(fold(project))
    must = {t.lower() for t in tokens
            if t[0].isdigit() or (t[0].isupper() and t.lower() not in STOPWORDS)}
    return len(cov.missing) == 1 and len(must) >= 2 and cov.missing[0].lower() in must


def _without_its_lead(cov, project: str) -> bool:
    """'the reading-club app' for 'Dushanbe children's library reading-club app': the place or
    kind it opens with left out (at most two words, no figure), and three or more words after."""
    tokens = [t.lower() for t in shared(r"[A-Za-z0-9]+").findall(fold(project))
              if t.lower() not in STOPWORDS]
    missing = [m.lower() for m in cov.missing]
    if not missing or len(missing) > 2 or any(m[0].isdigit() for m in missing):
        return False
    rest = shared(r"[A-Za-z0-9]+").findall(fold(project))[len(missing):]
    return tokens[: len(missing)] == missing and (len(tokens) - len(missing) >= 3 or (
        len(tokens) - len(missing) == 2 and any(t.isupper() and len(t) > 1 for t in rest)))


def _by_its_name(cov, project: str) -> bool:
    """'Tidewater' for 'Tidewater short film': the project's own name said, and only the common
    words after it (what kind of project it is, at most two) left out."""
    tokens = shared(r"[A-Za-z0-9]+").findall(fold(project))
    named = [i for i, t in enumerate(tokens) if t[0].isupper() and t.lower() not in STOPWORDS]
    if not named or not cov.missing or len(cov.missing) > 2:
        return False
    missing = {m.lower() for m in cov.missing}
    tail = {t.lower() for t in tokens[named[-1] + 1:]}
    return missing <= tail and not any(tokens[i].lower() in missing for i in named)


_DETERMINERS = frozenset("the our my your all their those these".split())


def _head_named(text: Text, strength: str) -> bool:
    """'handled the logistics' for 'event logistics': a two-word strength named by its head noun
    alone, as a definite thing ('the', 'our', 'my') that ends its phrase. A different qualifier
    ('the weekly logistics') or the head as a qualifier ('the logistics budget') does not count."""
    heavy = [w for w in words(strength) if w not in STOPWORDS]
    if len(heavy) != 2 or starts_with_verb(strength) or any(
            c.isupper() or c.isdigit() for c in strength):
        return False
    from ..lexicon import word_class  # read only for a strength not named in full

    if word_class(heavy[0]) in ("J", "V", "G", "Z", "R") or word_class(heavy[0] + "ly") == "R":
        return False  # 'patient coaching' said as 'my coaching' has lost its point
    for i in text.positions(stem(heavy[1])):
        ends = text.ends_sentence(i) or text.tokens[i + 1] in STOPWORDS
        if i and text.tokens[i - 1] in _DETERMINERS and ends:
            return True
    return False


# Making a thing, named by the thing made: "his test plans were clear" names "writing test plans".
_MAKING = lazy(r"(?i)^(?:writing|creating|building|making|producing|preparing|drafting|"
               r"developing|designing)\s+(.+)$")


def _made_named(text: Text, strength: str) -> bool:
    made = _MAKING.match(strength.strip())
    if not made or len([w for w in words(made.group(1)) if w not in STOPWORDS]) < 2:
        return False  # "writing code": "code" alone is too little
    return text.coverage(made.group(1)).score >= 1.0  # all of it: "my board papers" is not
    #                                                  "drafting clear board papers"


_SPOKEN = lazy(r"(?i)^(?:speaking|speaks|fluent(?: in)?|fluency in)\s+(.+)$")


def _said(strength: str) -> str:
    """What naming a strength takes: "speaking Twi" is named by "my Twi" (a language is spoken);
    "trains new ppl" by "trains new people" (the draft's texting is spelt out too)."""
    found = _SPOKEN.match(strength.strip())
    if found and all(w in LANGUAGES or w in ("and", "or") for w in words(found.group(1))):
        return found.group(1)
    named = shared(r"(?i)^(.+?) (?:languages?|fluency|\(fluent\)|\(native\))$").match(strength.strip())
    if named and all(w in LANGUAGES or w in ("and", "or") for w in words(named.group(1))):
        return named.group(1)  # "Lao language" is named by "speaks Lao"
    strength = unpraised(strength)  # "excellent pain management" is named by "her pain management"
    from ..lexicon import word_class  # read only for a strength typed as a kind of person
    kind = shared(r"(?i)^(?:an? )?(.+?) (?:person|individual|guy|girl|lady|man|woman)$").match(strength.strip())
    strength = kind.group(1) if kind and word_class(kind.group(1).split()[-1].lower()) in ("J", "D") else strength  # "very organized person"
    #   is named by "she is very organized"; "hard worker" keeps its noun
    return spelt_out(fold(strength).lower())


def _unnamed(strength: str, ctx: Context) -> str:
    """A strength typed as a sentence about the person recommended, without their name: "Chidi
    Okafor always watches the details" is named by "he always watches the details"."""
    return named_clause(strength, {ctx.recipient.strip(), *parse(ctx.recipient).words()} - {""}) or strength


_TO_THE_CLIENT = lazy(r"(?i)\b(?:the|our|my) (?:client|customer)\b")


@check("strengths_covered", order=50)
def strengths_covered(draft: Draft, ctx: Context):
    # "I'd be glad to write one for you" does not cover "technical writing". A recommendation
    # has no offer and asks nothing: "what I valued most was their work on X" names X.
    own = Text("\n".join(s if draft.kind == "recommendation" else without_offer_or_ask(s)
                         for s in draft.sentences))
    typed = {s: _unnamed(s, ctx) if draft.kind == "recommendation" else s for s in ctx.strengths}
    said_in_english = {s: english(s) or s for s in ctx.strengths}  # "Geduld" named in English as "patience"
    #   (reader 219)
    missing = [s for s in ctx.strengths if not covered(own.coverage(_said(typed[s])), _said(typed[s]))
               and not covered(own.coverage(_said(s)), _said(s)) and not _head_named(own, s)
               and not _made_named(own, s)
               and not covered(own.coverage(_said(clean(s))), _said(clean(s)))  # "in 4 yrs"
               and not covered(own.coverage(_said(said_in_english[s])), _said(said_in_english[s]))
               #   said "in 4 years"
               and not (draft.kind != "recommendation" and ctx.relationship.value == "client" and covered(
                   own.coverage(_said(_TO_THE_CLIENT.sub("you", s))), _said(_TO_THE_CLIENT.sub("you", s))))]
    #   "clear reporting to the client", asked of the client: "clear reporting to you" (reader 207)
    if not missing:
        n = len(ctx.strengths)
        return True, ("no strengths were given (a follow-up may restate the project alone)" if not n
                      else "names the strength" if n == 1 else f"names all {n} strengths")
    names = ", ".join(repr(s) for s in missing)
    return False, f"the draft does not mention {names}"


def _opening(message: str) -> str:
    """The opening line (at most 80 characters): where a greeting names someone. A model's
    lead-in ("Sure! Here's a draft you can send:") is not the opening."""
    lines = [line for line in message.strip().split("\n") if line.strip()]
    if len(lines) > 1 and LEAD_IN.match(lines[0].strip()):
        lines = lines[1:]
    lines = [line for line in lines if not line.strip().startswith("```")]  # a code fence
    if len(lines) > 1 and shared(r"(?i)^\W*(?:\w+ )?(?:version|option|draft)\b[^:]{0,20}:\s*$").match(
                                   lines[0]):
        lines = lines[1:]  # "Formal version:" above the greeting
    if not lines:
        return ""
    # A name after "about", "for" or "and" is spoken of, not greeted: "a message for Chloé:",
    # "what you and Isabela worked on"; and a greeting comes in the first ten words.
    line = shared(r"(?i)\byou and\s|\b(?:with|for|about|asking|of|to)\s").split(lines[0][:80])[0]
    return " ".join(line.split()[:10])


# Titles a greeting may put before a surname ("Dear Ms. Okafor") even when the context gave none.
_TITLES = frozenset("dr mr mrs ms mx miss prof professor sir dame rev reverend fr father sister "
                    "brother rabbi imam pastor judge hon capt captain col colonel maj major lt "
                    "sgt cmdr commander gen general dean coach chef lord lady "
                    # other languages' Mr and Mrs: "Liebe Frau Wagner", "Estimada Sra. Ruiz"
                    "herr frau señor senor señora senora sr sra srta signor signora sig "
                    "monsieur madame mme mlle meneer mevrouw dhr mevr pan pani bay bayan".split())




# A greeted word as written, an honorific joined on: "Liv", "Sato-san", "Soo-jin".
_GREETED_TOKEN = lazy(r"[A-Za-z][A-Za-z'-]+")


@check("recipient_named", order=30)
def recipient_named(draft: Draft, ctx: Context):
    if not said_to_them(draft, ctx):
        return False, NOT_SAID  # "Since Ama was senior to you, ...": spoken of, not greeted
    name = parse(ctx.recipient)
    line = _opening(draft.message)
    opening = " " + " ".join(words(line)) + " "
    # llmdraft's own greetings too: "Mai" for Nguyen Thi Mai, "J.R." for J. R. Martin
    own = {greeting(ctx.recipient, formal=False, close=True), greeting(ctx.recipient, formal=True)}
    forms = [ctx.greet_as, name.informal, name.formal, name.given, name.nickname, name.plain, *own]
    for form in forms:
        said = " ".join(w for w in words(form or "")
                        if len(w) > 1 or form in (name.plain, ctx.greet_as, *own))  # "T.J."
        if said and f" {said} " in opening:
            return True, f"greets {ctx.first_name} by name"
    tokens = opening.split()
    given = words(name.given or "")
    if given and len(given[0]) > 4 and any(
            len(t) >= 3 and given[0].startswith(t) and t != given[0] for t in tokens[:4]):
        return True, f"greets {ctx.first_name} by a short form of the name"
    if any(is_form_of(token, ctx.recipient, ctx.greet_as)
           for token in _GREETED_TOKEN.findall(fold(line))[:4]):
        return True, f"greets {ctx.first_name} by a form of the name"
    # "Hi Hao" to Chen Hao: a name typed family name first, greeted by its given name
    given_last = family_first_given(ctx.recipient)
    if given_last and len(tokens) > 1 and tokens[0] in GREETINGS \
            and tokens[1] == words(given_last)[0]:
        return True, f"greets {given_last} by the given name"
    family = words(name.family)  # "Dear Mr. Al-Rashid", "Liebe Frau Wagner"
    for i in range(1, len(tokens)):
        if family and tokens[i:i + len(family)] == family \
                and tokens[i - 1] in _TITLES | set(words(name.title)):
            return True, "greets the recipient by title and surname"
    return False, (f"the draft does not greet {ctx.first_name!r} by name in its opening line")


# Words that say what a recommendation is for, by the purpose they belong to.
_PURPOSES = {
    "job": ("job", "role", "position", "opportunit", "hiring", "search", "career", "employ",
            "interview", "recruit"),
    "promotion": ("promot", "review", "advancement"),
    "clients": ("client", "customer", "business", "freelanc", "consult", "prospect", "investor",
                "funder", "donor"),
    "school": ("school", "program", "admission", "graduate", "degree", "mba", "master",
               "phd", "scholarship", "fellowship", "university", "college"),
    "profile": ("profile", "presence", "linkedin", "network"),
}


def _purpose_families(text: str) -> set[str]:
    folded = fold(text).lower()
    return {
        family for family, stems in _PURPOSES.items()
        if any(re.search(r"\b" + s, folded) for s in stems)
    }


@check("purpose_stated", order=190, severity="warning")
def purpose_stated(draft: Draft, ctx: Context):
    if not ctx.purpose:
        return True, "no purpose given"
    # Words the project or the strengths also use say nothing about the purpose.
    # ("interviews" said for the strength "interview synthesis" is not a job interview).
    elsewhere = {stem(w) for w in words(" ".join([ctx.project, *ctx.strengths]))}
    typed = english(ctx.purpose) or ctx.purpose  # "vaga de gerente de marketing", said in English (reader 219)
    own = [w for w in words(typed) if stem(w) not in elsewhere and w not in STOPWORDS]
    rest = " ".join(w for w in draft.text.tokens if stem(w) not in elsewhere)
    if own and Text(rest).coverage(" ".join(own)).score >= 0.5:
        return True, "says what the recommendation is for"
    shared = _purpose_families(ctx.purpose) & _purpose_families(rest)
    if shared:
        return True, "says what the recommendation is for"
    return False, f"the draft does not say what it is for ({ctx.purpose!r})"
