"""Which form a typed strength is in: the classifier behind realise.strength() (a noun, a
skill or tool, a gerund, a deed, a habit, an adjective, a clause, a person, a credential...).
The renderings of each form are Strength's own (strengths.py)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .. import lexicon
from ..patterns import lazy, shared
from .purposes import _a_post
from .translate import english
from .words import (CANONICAL, DETERMINERS, LANGUAGES, PERSONAL_DEEDS, SIMPLE_PASTS, TEXTED_TAIL,
                    TOOLS, _NOMINAL, _PREPOSITIONS, _TWO_WORD_TOOLS, _SUBJECTS_FIRST,
                    _SUBJECTS_THIRD, _VERB_PREFIXES, _gerund_kind, _head, _is_acronym, _past,
                    _same_past, canonical_case, casual, clean, indefinite, join, lower_first, spelt_languages, tidy_case,
                    unpraised, word_class)
from .strengths import (Strength, _ABSOLUTE, _ADVERB_ADJECTIVES, _COMPOUND_ING, _CREDENTIALS,
                        _LOWER_TOOLS, _PAPERWORK, _PEOPLE, _QUALITIES, _QUALITY_HEADS,
                        _QUALITY_PARTICIPLES, _telling_gerund)


def _said_aloud(raw: str) -> Strength | None:
    """A strength as it is said out loud, a clause with its subject left off: "drives in any
    weather", "coaches 6-year olds with endless patience" (what they do, never "her work on
    drives in any weather"); "never seasick" (what they are); "captain material" (who they
    are); "croissants best in town" (theirs, the best). None for anything else (readers
    190-192)."""
    words = raw.split()
    if len(words) < 2 or not raw[:1].islower():
        return None
    first = words[0]
    lemma = lexicon.lemma(first)
    forms = lexicon.verb_forms(lemma) or ()
    if first.endswith("s") and not first.endswith("ss") and forms and forms[0] == first \
            and lemma not in ("cost", "result", "return", "profit", "save", "sale", "earning", "record", "note", "contact",
                              "answer", "report", "file", "log", "request", "order") and (
                (word_class(first) == "Z" and shared(r"^(?:(?:in|on|at|through|for|with|to) )?(?:any|every|each|all|everyone|"
                                                    r"everybody|everything|anything|his|her|their|them|him|people|\d)"
                                                    ).match(" ".join(words[1:])))
                or (word_class(first) == "N" and shared(r"^(?:any|every|each|all|everyone|everybody|everything|anything|"
                                                       r"his|her|their|them|him|people|\d)").match(" ".join(words[1:])))
                or (lemma in ("drive", "work", "cook", "walk", "run", "ride", "cycle", "sail", "fly", "swim", "turn", "show")
                    and shared(r"^(?:in|on|through) (?:any|every|all)\b").match(" ".join(words[1:])))
                or shared(r"\b(?:before|when|until|if|as soon as) (?:it|they|she|he|anyone|things)\b").search(raw)):
        return Strength(raw, "habit")  # "spots trouble before it starts": what they do
    never = shared(r"(never|always|rarely|seldom) ([a-z][\w-]*)").fullmatch(raw)
    if never and word_class(never.group(2)) in ("J", None) and not lexicon.verb_forms(never.group(2)) \
            and not never.group(2).endswith(("s", "ing", "ed")):
        return Strength(raw, "adjective")  # "never seasick": she is never seasick
    if len(words) == 2 and words[1] == "material" and first in ("captain", "leader", "leadership", "management", "manager",
                                                               "partner", "director", "officer", "boss", "promotion",
                                                               "board", "pro", "star", "ceo", "head", "senior"):
        return Strength(f"I am {raw}", "clause")  # "captain material": he is, never "his work on"
    best = shared(r"([a-z]+s) (best|finest) (in|on|around) ([\w ]+)").fullmatch(raw)
    if best and word_class(best.group(1)) == "N" and not lexicon.verb_forms(lexicon.lemma(best.group(1))):
        return Strength(f"my {best.group(1)} are the {best.group(2)} {best.group(3)} {best.group(4)}", "clause")
    return None


# A participle or gerund and its noun that together name a thing in a trade.
_FIXED_PAIRS = frozenset(f"{a} {b}" for a, b in (p.split("+") for p in """reverse+osmosis
reverse+engineering reverse+logistics rammed+earth open+source direct+sales direct+marketing live+sound
perfect+pitch lean+manufacturing forward+planning close+protection chilled+water
reinforced+concrete breaking+news structured+cabling finished+goods printed+circuit
managed+services fixed+income applied+research frozen+food frozen+foods smoked+meats mixed+media
distributed+systems integrated+care assisted+living skilled+nursing supported+living
compressed+air treated+water recycled+water stained+glass tempered+glass laminated+glass
laminated+doughs poured+concrete precast+concrete cured+meats paid+media earned+media
owned+media cast+iron wrought+iron rolled+steel forged+steel welded+steel dressed+stone
closed+captioning guided+tours guided+reading shared+services embedded+systems document+review
code+review design+review peer+review reverse+logistics""".split()))


# Others, and what they think of the person: "everyone trusts him", "the kids love her".
_OTHERS_SAY = lazy(r"^(?:everyone|everybody|nobody|no one|(?:the |our |my |his |her |their )?(?:people|clients|"
                   r"customers|patients|parents|kids|children|students|pupils|staff|colleagues|"
                   r"residents|tenants|players|volunteers|families|donors|farmers|guests|users|"
                   r"team|crew|board|class|nurses|teachers|engineers|drivers|workers|members|"
                   r"managers|coworkers|co-workers|athletes|artists|readers|viewers|partners|"
                   r"suppliers|investors|founders|interns|trainees|learners|villagers|growers)) \S")
# Verbs of a habit typed with no subject, which the lexicon files as nouns: "ships on time".
_ON_TIME_VERBS = frozenset("""ships delivers shows gets finishes turns comes arrives hands files
closes submits lands responds replies reports pays works""".split())
# Words between a subject and its verb: "players always came to him first".
_BETWEEN = frozenset("always never often really all still soon quickly".split())


def _others_say(low: list[str]) -> bool:
    """Whether the word after the subject is its verb: "trusts", "love", "swear"."""
    at = 2 if low[0] in ("no", "the", "our", "my", "his", "her", "their") else 1
    subject = low[at - 1]  # "team" in "the team always trusted her"
    while at < len(low) - 1 and low[at] in _BETWEEN:
        at += 1
    if len(low) <= at + 1:
        return False
    verb = low[at]
    one = low[0] in ("everyone", "everybody", "nobody", "no") or subject in (
        "team", "crew", "board", "class")  # "the team trusted her"; "team lead while ..." is no
    #   clause (a singular subject takes "leads")
    forms = lexicon.verb_forms(lexicon.lemma(verb))
    if low[0] in ("team", "crew", "board", "class"):  # no article: "crew changes during covid"
        return word_class(verb) == "D"  #   is a noun; "team trusted her" a clause
    return bool(forms) and (verb.endswith("s") if one else verb == lexicon.lemma(verb)) \
        or word_class(verb) == "D"


def _a_deed(word: str) -> bool:
    """'double-checked', 'practised': a verb's past (its last part's stem is a verb), not a
    participle that praises ("prepared", "organised")."""
    last = word.split("-")[-1]
    if word in _PARTICIPLE_ADJECTIVES | _READY | _QUALITY_PARTICIPLES or not last.endswith("ed"):
        return False
    return any(lexicon.verb_forms(stem) for stem in (last[:-2], last[:-1], last[:-3]) if stem)


# States one is in, told after "always": "always prepared", "never late".
_READY = frozenset("prepared ready punctual available organised organized late early calm "
                   "reliable".split())


# Adverbs of manner that end a deed: "fixed conveyor faults fast".
_MANNER_AT_END = frozenset("fast quickly promptly early efficiently".split())


# Singular nouns for people, the object of a deed: "training staff", "coaching youth".
_PEOPLE_WORDS = lazy(r"^(?:staff|youth|crew|personnel|team|talent|faculty|leadership)$")


# Things a deed is done to, typed after a gerund: "reading blueprints", "answering calls".
_OBJECTS = frozenset("""blueprints diversions calls complaints orders claims tickets invoices
budgets reports contracts deals accounts rosters rotas shifts deadlines emails queries
disputes escalations incidents outages bugs tests audits inspections repairs deliveries
shipments patients customers clients students volunteers kids children people teams staff
events meetings workshops interviews negotiations presentations projects code risk change growth
content data revenue costs morale""".split())


# Tools whose names are also plain words: "excel at", "word of mouth", "teams of four".
_PLAIN_WORDS = frozenset("""excel word access outlook teams slack swift go rust ruby chef unity
notion sketch zoom spark puppet sage maya blender illustrator azure""".split()) | LANGUAGES


# Nouns that make the -ing word before them a kind of thing: "signalling systems", "lift ops".
_THING_HEADS = frozenset("""systems system schedules schedule ops operations software equipment
rigs simulator simulators machinery infrastructure codes regulations standards permits
materials inspections inspection surveys survey protocols procedures policies processes
workflows guidelines tests drills""".split())


# Methods written with a capital: "Lean" is not "lean".
_METHODS = frozenset("Lean Agile Scrum Kanban Kaizen Six Sigma Prince2 PRINCE2 ITIL".split()) | {
    "Six Sigma", "Lean Six Sigma"}


# Two words typed apart that make one adjective: "hard working", "detail oriented".
_JOINED_ADJECTIVE = lazy(r"(?i)(hard|self|detail|well|quick|level|open|even|good|warm|big|"
                         r"cool|clear|strong|sharp|fair|fast|eagle|results|people|customer|"
                         r"safety|team) (working|motivated|oriented|organi[sz]ed|witted|headed|"
                         r"minded|tempered|natured|hearted|willed|eyed|driven|focused|focussed|"
                         r"spoken|mannered|conscious)")


# Outcomes one earns or wins from others, typed as a noun: "community trust" is earning it,
# "stakeholder buy-in" winning it, "team morale" lifting it (what they did, never a thing of
# their own: "her community trust").
_WON = lazy(r"(?i)((?:[a-z-]+ ){0,2})(trust|buy-in|loyalty|goodwill|morale|respect|satisfaction|"
            r"retention)((?: (?:with|among|across|from) [\w' -]+)?)")  # not "engagement":
#   "stakeholder engagement" is a practice; "trust with families" is earned with them (reader 150)
_WON_BY = {"trust": "earning", "buy-in": "winning", "loyalty": "building", "goodwill": "building",
           "morale": "lifting", "respect": "earning", "satisfaction": "raising",
           "retention": "improving"}


# Tools whose name is also an adjective, read as the tool when they stand alone: "Avid" (the
# video editor); "avid reader" keeps its adjective.
_LONE_TOOLS = {"avid": "Avid", "lean": "Lean", "scrum": "Scrum", "kanban": "Kanban",
               "epic": "Epic", "cerner": "Cerner"}  # "Epic": the records
#                                                                   system, never "epic skills"


def _a_tool(word: str) -> bool:
    """A tool named in brackets after a strength: one the lexicon lists, or a name with lower
    case in it that is no common word ("Tableau", "PyTorch"); never a certificate ("PMP",
    "CPR"), a language ("English") or a code ("FR") (review, reader 163)."""
    low = word.lower()
    return low not in LANGUAGES and (low in TOOLS or (not word.isupper() and not (
        lexicon.known(low) and lexicon.common_when_capitalised(low))))


def strengths(raws: list[str]) -> list[Strength]:
    """Each of a person's strengths, read together: in a list where some start in lower case,
    one typed with a capital keeps it ("Cypress", "Bluebook citation" beside "test automation"),
    where alone it might be a heading's capital ("Leadership")."""
    deliberate = any(w[:1].islower() for r in raws for w in r.split()) or any(
        len(r.split()) == 1 and r[:1].isupper() and not lexicon.known(r.lower())
        for r in raws)  # "3D modelling", "Rhino"; "Flutter" beside "Firebase": tools, both
    return [strength(r, keep_capital=deliberate) for r in raws]


# A strength typed as the act of doing a thing, said as the doing: "management of" -> "managing".
_DOING_OF = {"leadership": "leading", "management": "managing", "coordination": "coordinating",
             "supervision": "supervising", "organisation": "organising", "organization": "organizing",
             "oversight": "overseeing", "administration": "administering",
             "facilitation": "facilitating", "delivery": "delivering", "running": "running"}


@lru_cache(maxsize=2048)
def strength(raw: str, keep_capital: bool = False) -> Strength:
    """Which form a typed strength is in, and the text its renderings start from."""
    raw = english(raw) or raw  # "Geduld", "gestão de budget": in English (reader 219)
    raw = shared(r"(?i)^\s*((?:front|back)[- ]?end|full[- ]?stack)(?:\s+\(([^()]+)\))?\s*$").sub(
        lambda m: f"{m.group(1)} development" + (f" in {m.group(2)}" if m.group(2) else ""),
        raw)  # "front-end": front-end development, never "how front-end I am" (reader 158); as
    #   typed, so the check finds it; "backend (Go)": back-end development in Go (reader 162)
    raw = shared(r"^(.+?) \(((?:[A-Z][\w.+#-]*)(?:\s*[/,&]\s*[A-Z][\w.+#-]*)*)\)\s*$").sub(
        lambda m: m.group(0) if not all(_a_tool(w) for w in shared(r"\s*[/,&]\s*").split(m.group(2)))
        else f"{m.group(1)} in " + " and ".join(shared(r"\s*[/,&]\s*").split(m.group(2))),
        raw)  # "data viz (Tableau)": in Tableau, never a bracket mid-sentence; "bilingual
    #   (English/Spanish)" keeps its languages as typed
    raw = shared(r"(?i)^([\w]+-facing)(?= (?:in|with|for)\b| *$)").sub(r"\1 work", raw)  # "client-facing
    #   in French and Arabic": client-facing work (reader 162)
    raw = spelt_languages(raw)  # "bilingual es/fr": in Spanish and French (reader 185)
    raw = casual(raw)  # "remembers everyones birthdays", "great with familys" (reader 192)
    raw = _second_language(raw)
    if shared(r"^Go and [\w-]+ [a-z]").match(raw.strip()):
        return Strength(raw.strip(), "noun")  # "Go and Postgres performance tuning": the language,
        #   never "Going and Postgres" (reader 227)
    lead = raw.strip().split()
    if len(lead) in (2, 3) and lead[0].lower() == "lead" and _a_post(lead[-1].lower()):
        return Strength(raw.strip(), "person")  # "lead engineer": one, never "leading engineer"
    habit = shared(r"(?i)^\s*(taking|takes|took|showing) (?:the )?initiative\s*$").match(raw)
    if habit:  # "taking initiative": "how I took the initiative", never "her work on the taking
        #   initiative" (an initiative alone is a trait of hers; "the digital initiative" a programme)
        return Strength("showing initiative" if habit.group(1).lower() == "showing" else "taking the initiative",
                        "gerund", typed=raw)
    done_of = shared(r"(?i)^(leadership|management|coordination|supervision|organi[sz]ation|oversight|"
                     r"administration|facilitation|delivery|running) of (.+)$").match(raw.strip())
    if done_of:  # "leadership of the pastry team": leading it, never "her work on leadership of
        raw = f"{_DOING_OF[done_of.group(1).lower()]} {done_of.group(2)}"  # the pastry team" (reader 177)
    if raw.strip().lower() in ("legal", "regulatory", "commercial", "financial", "operational", "editorial",
                               "clinical", "illustration", "animation", "translation", "localisation",
                               "localization", "transcription"):
        raw = raw.strip() + " work"  # "legal": her legal work, never "she is legal" (reader 180)
    whiz = shared(r"^(?:(?:a|an) )?([\w.+#-]+(?: [\w.+#-]+)?) (wizard|guru|ninja|whiz|whizz|maestro|rockstar|hero|"
                  r"whisperer|champion)$").match(raw.strip())
    if whiz:  # "Excel wizard": that they are one, never "outstanding at Excel wizard" (reader 174)
        return Strength(f"{canonical_case(whiz.group(1))} {whiz.group(2)}", "person", typed=raw)
    if raw.strip().lower() in _ROLES - {"lead", "manager", "champion"}:  # "treasurer": his time
        return Strength(raw.strip().lower(), "role", typed=raw)  # as one, never "his work on
        #   treasurer" (reader 183)
    better = shared(r"(?i)^(?:a )?(?:big|huge|major|real|great|marked|clear|visible|steady|massive) "
                    r"improvement in (?:(?:his|her|their|my) )?([a-z][\w -]*)$").match(raw.strip())
    if better:  # "big improvement in writing": his writing improved a great deal, never "strong
        return Strength(f"my {better.group(1)} improved a great deal", "clause", typed=raw)  # at
        #   big improvement in writing" (reader 184)
    raw = shared(r"(?i)^(?!(?:understanding|wording|meaning|building|handling|knowledge|timing|setting|standing|"
                 r"feeling|thinking)\b)(\w+ing) of (?!\w+$)").sub(r"\1 ", raw.strip())  # "mentoring
    raw = shared(r"(?i)^(?!(?:understanding|wording|meaning|building|handling|knowledge|timing|setting|standing|"
                 r"feeling|thinking)\b)(\w+ing) of (?=\w+$)").sub(
        lambda m: f"{m.group(1)} " + ("" if raw.endswith("s") else "the "), raw)  # of women leaders", "planning of shutdown":
    #   mentoring women leaders, planning the shutdown (reader 188)
    raw = shared(r"(?i)^\s*details?\s*$").sub("attention to detail", raw)  # "detail":
    #   her attention to detail, never "her detail" (readers 187, 190)
    raw = shared(r"(?i)\b(works?|worked|performs?|performed|copes?|coped|handles?|handled) good(?=$|\s+(?:under|with|in|on|"
                 r"at|as|together|alone|independently)\b)").sub(r"\1 well", raw)  # never "performs well deeds" (review)
    bridge = shared(r"^(?:(?:a|an|the) )?((?:[\w-]+ )?(?:bridge|connector|go-between|link|"
                    r"sounding board|mentor|fighter|advocate|champion|role model|coach|ally))"
                    r"( (?:between|for|of|across|to) .+)$").match(raw.strip())
    if bridge:  # "cultural bridge between HQ and local team": that they were one, never "good at
        return Strength(f"{bridge.group(1)}{bridge.group(2)}", "person", typed=raw)  # cultural
        #   bridge" (reader 182)
    crisp = shared(r"(?i)^(clear|concise|crisp|clean|thorough|detailed|accurate|tidy|well-written|"
                   r"well-structured|readable|realistic|honest|solid) (briefs?|scope|specs?|docs|documentation|"
                   r"code|notes|reports?|handovers?|estimates?|plans?|requirements|writing|comms|"
                   r"feedback|minutes|slides|decks?|proposals?|tickets?)$").match(raw.strip())
    if crisp:  # "clear brief": her briefs were clear, never "she is clear brief" (reader 182)
        made = crisp.group(2).lower()
        made = {"scope": "scoping"}.get(made, made)
        if made in ("brief", "spec", "report", "handover", "estimate", "plan", "deck", "proposal", "ticket"):
            made += "s"
        be = "were" if made.endswith("s") else "was"
        return Strength(f"my {made} {be} {crisp.group(1).lower()}", "clause",
                        typed=f"{crisp.group(1)} {made if made != 'scoping' else crisp.group(2)}")  # a list: "Clear briefs"
    tidy = shared(r"(?i)^(?:a |an )?(tidy|clean|safe|organised|organized|spotless) (site|sites|workspace|kitchen|"
                  r"desk|workshop|station|lab)$").match(raw.strip())
    if tidy:  # "tidy site": keeping one, never "his tidy site" as a thing of his (reader 173)
        return Strength("keeping " + indefinite(f"{tidy.group(1).lower()} {tidy.group(2).lower().rstrip('s')}"), "gerund",
                        typed=raw)
    return replace(_strength(raw, keep_capital), typed=raw)


def _strength(raw: str, keep_capital: bool = False) -> Strength:
    raw = TEXTED_TAIL.sub("", shared(r" w/? ").sub(" with ", raw)).strip() or raw  # "reliable af"
    raw = unpraised(raw)  # "excellent pain management": the skill; the recommendation's frame
    #   says how good, never "real skill in excellent pain management" (reader 144)
    aloud = _said_aloud(raw.strip())
    if aloud:
        return aloud
    kind = shared(r"(?i)^(?:a |an )?((?:very |really |extremely |highly |super |so )?([a-z-]+)) "
                  r"(?:person|individual|guy|girl|lady|man|woman)$").match(raw.strip())
    if kind and word_class(kind.group(2).lower()) in ("J", "D") and kind.group(2).lower() not in ("people", "team", "good", "nice",
                                                                                        "great", "morning", "night"):
        return Strength(kind.group(1).lower(), "adjective")  # "very organized person": how
        #   organized she is, never "when it came to very organized person" (reader 237)
    able = shared(r"(?i)(?:can|could|will) ([a-z]+)\b.*").fullmatch(raw.strip())
    if able and (lexicon.verb_forms(able.group(1).lower()) or lexicon.word_class(able.group(1).lower()) in ("V", None)):
        return Strength(raw.strip()[:1].lower() + raw.strip()[1:], "habit")  # "can troubleshoot anything": that he can, never
        #   "his work on can troubleshoot anything" (reader 169)
    unruffled = shared(r"(?i)(never|rarely|seldom) (rattled|flustered|fazed|phased|ruffled|shaken|thrown|"
                       r"daunted|intimidated|overwhelmed|stressed)((?: [\w'-]+)*)").fullmatch(raw.strip())
    if unruffled:  # "never rattled on night shifts": she was never rattled (reader 147)
        return Strength(f"I was {unruffled.group(1).lower()} {unruffled.group(2).lower()}{unruffled.group(3)}",
                        "clause")
    to_me = shared(r"(?i)([a-z]+ed|taught|led|showed|gave|brought|took|got|made|kept|backed|had) "
                   r"(?:[\w'-]+ )*?(?:me|us)\b.*").fullmatch(raw.strip())
    if to_me and (lexicon.word_class(to_me.group(1).lower()) == "D" or to_me.group(1).lower() in SIMPLE_PASTS
                  or _same_past(to_me.group(1).lower()) or shared(r"[a-z]{3,}ed").fullmatch(to_me.group(1).lower())):
        return Strength(f"they {lower_first(raw.strip())}", "clause")  # "mentored me": what they
        #   did for the writer, never "when it came to mentored me" (reader 148)
    kept = shared(r"(?i)(staying|keeping|remaining) ([a-z]+)((?: [\w'-]+)*)").fullmatch(raw)
    if kept and (word_class(kept.group(2).lower()) == "J" or (
            word_class(kept.group(2).lower()) == "D" and kept.group(1).lower() != "keeping")):
        verb = {"staying": "stayed", "keeping": "kept", "remaining": "remained"}[kept.group(1).lower()]
        return Strength(f"I {verb} {kept.group(2).lower()}{kept.group(3)}", "clause")  # "staying
        #   calm": that she stayed calm, never "strong at staying calm" (reader 144)
    habit = shared(r"(?i)([a-z]+s) (?:(?:[\w'-]+ ){1,4}(?:well|clearly|quickly|calmly|patiently|fast|"
                   r"carefully|thoroughly)|(?:[\w'-]+ ){0,3}(?:hard|independently|tirelessly))").fullmatch(raw.strip())
    if habit and lexicon.verb_forms(lexicon.lemma(habit.group(1).lower())) \
            and not habit.group(1).lower().endswith("ss"):
        return Strength(raw.strip(), "habit")  # "trains installers well": that I train them
        #                                        well, never "strong in trains installers"
    pair = shared(r"([A-Za-z]+)\s*(?:-|/|\u2013|<>|>|to)\s*([A-Za-z]+)").fullmatch(raw.strip())
    if pair and all(w.lower() in LANGUAGES for w in pair.groups()):  # "Japanese-Portuguese": a
        one, two = (w[:1].upper() + w[1:].lower() for w in pair.groups())  # translator's pair
        return Strength(f"fluent in {one} and {two}", "adjective")  # never "strong at working
        #   between Korean and English" (reader 181)
    if shared(r"(?i)[a-z]+s (?:\w+ )?(?:on time|on budget|on schedule|early|every time|without fail|without complaint|"
              r"ahead of schedule|under budget|it done|things done|up early|up on time)"
              ).fullmatch(raw.strip()) and (word_class(raw.split()[0].lower()) == "Z" or raw.split()[
                  0].lower() in _ON_TIME_VERBS):  # not "projects on time", a plural noun
        return Strength(raw.strip(), "habit")  # "ships on time": what they do, never "her work
        #   on ships on time" (reader 113)
    doing = shared(r"((?:double|re|co|pre|over|cross|self)-)?([a-z]+s) ((?:his|her|their|the|new|all|every|field|"
                   r"junior|young)\b.*)").fullmatch(raw.strip())  # "double-checks every label"
    doing = shared(r"(.+?) (.+)").fullmatch(f"{doing.group(2)} {doing.group(3)}") if doing else None
    if doing and (lexicon.verb_forms(lexicon.lemma(doing.group(1))) or doing.group(1) in (
            "mentors", "coaches", "tutors", "champions", "shepherds")) and not doing.group(1).endswith("ss") \
            and (word_class(doing.group(1)) == "Z" or doing.group(2).split()[0] in (
                "his", "her", "their", "the", "all", "every", "field", "junior", "young", "new")):
        return Strength(raw.strip(), "habit")  # "trains field staff", "backs his staff": what
        #   they do, never "his work on trains field staff"
    raises = shared(r"(mentors|coaches|tutors|trains|teaches|supervises|onboards|develops|supports|"
                    r"motivates|inspires|leads|manages|recruits) (?:[a-z][\w-]* ){0,2}(?:undergrads|"
                    r"students|chefs|cooks|juniors|interns|volunteers|apprentices|trainees|hires|nurses|"
                    r"staff|players|kids|teens|graduates|grads|newcomers|analysts|engineers|drivers|"
                    r"techs|technicians|reps|agents|tutors|teachers|coaches|mentees|residents|fellows)"
                    ).fullmatch(raw.strip())
    if raises:
        return Strength(raw.strip(), "habit")  # "mentors undergrads", "trains commis chefs": what
        #   they do, never "her work on mentors undergrads" (reader 138)
    speaks_up = shared(r"([a-z]+s) (for|to|with) ((?:his|her|their|the|every|all|young|new|local|"
                       r"vulnerable)?\s?[a-z]+s)").fullmatch(raw.strip())
    if speaks_up and speaks_up.group(1) in ("advocates", "speaks", "stands", "cares", "listens", "fights",
                                            "goes", "connects", "communicates", "works",
                                            "bonds", "relates", "sticks", "sides"):
        return Strength(raw.strip(), "habit")  # "advocates for patients": what she does, never
        #   "her work on advocates for patients" (reader 132)
    raw = shared(r"^excel (?!(?:at|in|with|wizard|guru|ninja|expert|whiz|pro|master|nerd)\b)").sub(
                 "Excel ", raw)  # "excel macros": the tool; "excel wizard" is a person, below
    named = shared(r"^([A-Z][a-z]+) (is|was|has|never|always|does|can)\b").match(raw.strip())
    if named and not lexicon.known(named.group(1).lower()):  # "Derek is the guy you want ..."
        return Strength(raw.strip(), "clause")
    if raw.strip().lower() in ("front of house", "back of house", "sponsorship", "sponsorships"):
        return Strength(raw.strip().lower().replace(" of ", "-of-"), "activity")  # "my work on
        #                                         sponsorship", "my work on front-of-house"
    if " ".join(raw.lower().split()[:2]) in _FIXED_PAIRS:
        return Strength(raw.strip(), "noun")  # "chilled water balancing", "breaking news
        #   writing": a trade's noun, not "how I chilled water"
    scratch = shared(r"(?i)([a-z][\w'-]*)(?: [\w'-]+){0,3} from scratch").fullmatch(raw.strip())
    if scratch and not scratch.group(1).lower().endswith("ing") \
            and lexicon.word_class(scratch.group(1).lower()) in ("N", "J", None):
        raw = "making " + lower_first(raw.strip())  # "sambal from scratch": making it, never
        #                                             "my sambal from scratch"
    joined = _JOINED_ADJECTIVE.fullmatch(raw.strip())
    if joined:  # "hard working": the adjective "hard-working", never "my hard working skills"
        raw = f"{joined.group(1)}-{joined.group(2)}"
    won = _WON.fullmatch(raw.strip())
    if won and all(word_class(w.lower()) in ("N", None) and not w.lower().endswith("ing")
                   and w.lower() not in ("zero", "data", "nhs", "land", "unit", "investment", "family",
                                         "charitable", "brain", "employee")
                   for w in won.group(1).split()):
        verb = _WON_BY[won.group(2).lower()]  # "community trust": what they earned, never
        return Strength(f"{verb} {lower_first(raw.strip())}", "gerund")  # "my community trust"
    if shared(r"(?i)(?:patient|resident|client|guest|staff|worker|employee|child|pupil|student|"
              r"passenger|visitor|customer)s?'? (?:comfort|well-?being)").fullmatch(raw.strip()):
        return Strength(f"putting {lower_first(raw.strip())} first", "gerund")  # "patient
        #   comfort": putting it first, never "her patient comfort" (reader 160)
    if shared(r"(?i)(?:earning|winning|gaining|building) (?:[a-z-]+ ){0,2}(?:trust|buy-in|"
              r"loyalty|goodwill|respect)").fullmatch(raw.strip()):
        return Strength(lower_first(raw.strip()), "gerund")  # "earning trust": how they earned
        #   it, never "her work on earning trust"
    if raw.strip().lower() in _LONE_TOOLS:
        return Strength(_LONE_TOOLS[raw.strip().lower()], "skill")  # "Avid", not "how avid I am"
    if raw.strip() in _METHODS:
        return Strength(raw.strip(), "skill")  # "Lean", "Agile": a method, capitalised
    typed = shared(r"(?i)^(?:was|were|am|i was|i am|i'm) (?=\S+ (?:lead|captain|rep|chair|"
                   r"officer|coordinator|manager|supervisor)\b)").sub("", raw.strip())  # "was shift
    #                                                           lead for the opening weekend"
    raw = typed or raw
    if typed.lower() in _TWO_WORD_TOOLS:
        return Strength(_TWO_WORD_TOOLS[typed.lower()], "skill")  # "my After Effects skills"
    if typed.lower() in CANONICAL and " " not in typed and typed.lower() not in ("excel",):
        return Strength(CANONICAL[typed.lower()], "skill")  # "Drools", "Redux": a tool's name,
        #                                                      not "that I drool"
    if shared(r"(?i)(?:organic|gots|iso[\s\d:-]*|halal|kosher|fair ?trade|b ?corp|leed|"
                    r"haccp|brc|fsc|gmp|ce|globalg\.?a\.?p\.?) certifications?").fullmatch(typed):
        return Strength(canonical_case(typed), "activity")  # "my work on GOTS certification":
        #                                       a product's or a site's, not a personal credential
    top = shared(r"(?i)(?:always |consistently )?top (?:of|in) (?:the |my |her |his |their )?"
                       r"(class|cohort|year|group|course|batch)").fullmatch(typed)
    if top:  # "top of the class": that I was, not "how top I am of the class"
        return Strength(f"I was top of the {top.group(1).lower()}", "clause")
    metric = shared(r"(?i)(?:high |strong |great )?(csat|nps|sla|kpi|okr)s?(?: scores?)?").fullmatch(
                          typed)
    if metric:  # "CSAT": a score, not a skill ("my CSAT results")
        return Strength(f"{metric.group(1).upper()} results", "noun")
    clinical = shared(r"(?i)(.*\b(?:diagnost|endodont|orthodont))ics").fullmatch(typed)
    if clinical:  # "diagnostics": "my diagnostic skills", not "my diagnostics skills"
        return Strength(clinical.group(1).lower() + "ic", "noun")
    if shared(r"(?i)(?:bi|tri|multi)lingual\s*\(.+\)$").match(typed):  # "multilingual (English,
        return Strength(f"I'm {typed[0].lower()}{typed[1:]}", "clause")  # Norwegian, some
        #                                   Vietnamese)": that I am, with the languages as typed
    lingual = shared(r"(?i)(bilingual|trilingual|multilingual|fluent)\s*(?:in\s+)?\(?"
                           r"([A-Za-z]+(?:\s*[/,&]\s*|\s+and\s+)[A-Za-z /,&]+?)\)?").fullmatch(typed)
    if lingual and "(" not in typed and all(w.lower() in LANGUAGES for w in shared(r"\s*[/,&]\s*|\s+and\s+").split(
                                                                lingual.group(2))):
        tongues = [w.capitalize() for w in shared(r"\s*[/,&]\s*|\s+and\s+").split(lingual.group(2))]
        return Strength(f"I'm {lingual.group(1).lower()} in {join(tongues)}", "clause")
    habit = shared(r"(?i)(always|never|often|usually|consistently|regularly) "
                         r"((?:[a-z]+-)?[a-z]+ed) (.+)").fullmatch(typed)
    if habit and _a_deed(habit.group(2).lower()):
        return Strength(f"I {typed[0].lower()}{typed[1:]}", "clause")  # "always double-checked
        #   the numbers": that I always double-checked them, never "my always double-checked"
    practised = shared(r"(?i)([a-z]+(?:ised|ized|ed)) (every|each|daily|weekly|all)\b(.*)").fullmatch(
                             typed)
    if practised and _a_deed(practised.group(1).lower()):
        return Strength(f"I {typed[0].lower()}{typed[1:]}", "clause")  # "practised every day"
    budget = shared(r"(?i)(?:always )?on (time|budget)(?: and (?:on )?(time|budget))?").fullmatch(typed)
    if budget and "budget" not in (w.lower() for w in budget.groups() if w):
        typed = typed if typed.lower().startswith("always ") else f"always {typed}"  # what
        #   "on time" as a strength means: "He is always on time.", never "He is on time."
        return Strength(f"I'm {typed[0].lower()}{typed[1:]}", "clause")  # "always on time": the
        #   person is, never "I kept the work on time"
    if budget:  # "on budget": "that I kept the work on budget", never "that I'm on budget"
        kept = " and ".join(f"on {w.lower()}" for w in budget.groups() if w)
        return Strength(f"I kept the work {kept}", "clause")
    if shared(r"(?i)(?:[a-z]+ )?on-call").fullmatch(typed):
        return Strength(typed.lower() + " work", "noun")  # "my on-call work", not "on-call skills"
    third_people = shared(r"(?i)([a-z]+s) (.+)").fullmatch(typed)
    verb = third_people.group(1).lower() if third_people else ""
    stem = verb[:-2] if verb.endswith(("ches", "shes", "sses")) else verb[:-1]
    if third_people and word_class(verb) == "N" and (lexicon.verb_forms(stem)
                                                    or stem in _EXTRA_VERBS) \
            and third_people.group(2).split()[0].lower() not in _PREPOSITIONS \
            and third_people.group(2).split()[-1].lower() in _PEOPLE | {"juniors", "newcomers",
                                                                         "trainees", "colleagues"}:
        gerund = lexicon.inflect(stem, "gerund") if lexicon.verb_forms(stem) else stem + "ing"
        return Strength(f"{gerund} {third_people.group(2)}", "gerund")  # "mentors juniors": how
        #                                                                 I mentored juniors
    if shared(r"(?i)[a-z]+-first").fullmatch(typed):
        return Strength(f"{typed.lower()} approach", "noun")  # "my safety-first approach", not
        #                                                    "how safety-first I am"
    great = shared(r"(?i)^(?:really |so |super )?(?:great|amazing|brilliant|fantastic|awesome|"
                     r"excellent) (with \S.*)$").match(typed)
    if great:  # "great with parents": "that I'm great with parents", not "how great I am"
        return Strength(f"I'm {typed}", "clause")
    quick = shared(r"(?i)(?:fast|quick|rapid|speedy|accurate|careful|clean|precise|fair|"
                         r"thorough)(?: and (?:fast|quick|accurate|careful|fair|thorough|precise))?"
                         r"(?: [a-z]+)? ([a-z]{3,}ing)").fullmatch(typed)
    if quick and word_class(quick.group(1).lower()) in ("G", "N"):
        return Strength(typed.lower(), "noun")  # "fast editing": "my fast editing"; "my fast
        #                                           and fair claims adjusting"
    if shared(r"[A-Z][A-Za-z]+ (?:Pro|Plus|Max|Studio|Cloud|Suite|Desktop|Server)").fullmatch(typed):
        return Strength(typed, "skill")  # "HOMER Pro", "Android Studio": a product, not a person
    if shared(r"(?i)(?:snagging|building code|building codes)(?: [a-z]+)*").fullmatch(typed):
        return Strength(typed.lower(), "noun")  # "snagging lists", "building code
        #                                          interpretation": trade nouns, not deeds
    if shared(r"(?i)\blife support$").search(typed):
        return Strength(f"{typed} skills", "noun")  # "my advanced life support skills"
    if shared(r"(?i)^(?:up|in|out|on site|on call) (?:at|by|before|early|every|from)\b").match(raw.strip()):
        return Strength("I was " + raw.strip(), "clause")  # "up at 4am every day": that I was
    never = shared(r"(?i)^(?:not|never) ([a-z]+ing)\b(.*)$").match(raw.strip())
    if never and _past(never.group(1).lower()):  # "not calling in sick" -> "that I never call in sick"
        verb = lexicon.inflect(lexicon.lemma(never.group(1).lower()), "third")
        return Strength(f"never {verb}{never.group(2)}", "habit")
    top = shared(r"(?i)^top (\d+%|\w+ percent) (?:of|in) (.+)$").match(raw.strip())
    if top:  # "top 5% of the class": that I was in it
        return Strength(f"I was in the top {top.group(1)} of {top.group(2)}", "clause")
    typed = canonical_case(clean(raw)).split()
    if len(typed) > 1 and typed[0][:1].isupper() and typed[0].lower() in TOOLS | LANGUAGES \
            and typed[1][:1].islower() and typed[1].lower() not in ("and", "or", "in", "at") \
            and not any(ch in raw for ch in ",&/+") and (clean(raw).split()[0][:1].isupper()
                                                         or typed[0].lower() not in _PLAIN_WORDS):
        return Strength(" ".join(typed), "noun")  # "Excel macros", "Polish market expertise"
    if len(typed) == 2 and typed[0].lower() == "set" and typed[1].lower() in ("design", "building",
                                                                           "dressing"):
        return Strength(" ".join(typed), "noun")  # "set design": the theatre's, not "how I set"
    if len(typed) > 1 and typed[0].lower() in TOOLS and typed[1][:1].isupper():
        return Strength(" ".join(typed), "skill")  # "React Native", "Excel VBA"
    if len(typed) <= 3 and any(_CODE.search(w) for w in typed) \
            and all(w[:1].isupper() or w[:1].isdigit() for w in typed):
        return Strength(" ".join(typed), "skill")  # "SAP S/4HANA", "Dynamics 365": as typed
    if _tool_list(typed) and not all(w.strip(",").lower() in LANGUAGES | {"and", "&", "or"}
                                     for w in typed):
        said = " ".join(typed)
        if not shared(r"\b(?:and|&|or)\b").search(said) and ", " in said:  # "Kotlin and Jetpack
            said = " and ".join(said.rsplit(", ", 1))  #                       Compose"
        return Strength(said, "tools")  # "JIRA, Confluence, and Visio"
    if shared(r"[a-z]").fullmatch(clean(raw)):
        return Strength(clean(raw).upper(), "skill")  # "r": the language R, as "c" is C
    text = canonical_case(tidy_case(clean(raw)))
    text = " ".join(w[:1].upper() + w[1:] if w.lower().strip(",") in LANGUAGES else w
                    for w in text.split())  # "Arabic interpretation": a language keeps its capital
    first_typed = clean(raw).split()[0]
    one_word = len(clean(raw).split()) == 1
    if keep_capital and first_typed[:1].isupper() and first_typed[1:].islower() \
            and not (all(w[:1].isupper() for w in clean(raw).split()) and not one_word) \
            and text[:1].islower() \
            and (one_word or not lexicon.common_when_capitalised(first_typed)) \
            and not _ABSTRACT.search(first_typed.lower()) \
            and (len(clean(raw).split()) == 1
                 or word_class(first_typed.lower()) in ("N", "P", None)):
        text = text[:1].upper() + text[1:]  # "Cypress", as typed beside lower-case strengths
    reported = _REPORTED.match(text)
    if reported:  # "she says I'm a great listener": what is said, not who says it
        return strength(reported.group(1))
    words = text.split()
    low = [w.lower().strip(",") for w in words]
    first = low[0]
    cls = [word_class(w) for w in low[:3]] + [None] * 3
    if first in ("can", "could", "will") and len(low) > 1 and word_class(low[1]) == "V":
        return Strength(text, "habit")  # "can explain complex things simply" -> "that I can ..."
    if first in ("my", "his", "her", "their", "our") and any(
            (lexicon.word_class(w) in ("D", "Z") or w in ("is", "was", "are", "were"))
            and not low[i - 1].endswith("ing")
            and low[i - 1] not in _PREPOSITIONS for i, w in enumerate(low[2:9], start=2)):
        return Strength(text, "clause")  # "my essay on Chartism won the department prize";
        #   not "my knack for calming upset guests" (an adjective after a gerund)
    if first == "my" or first in ("his", "her", "their"):
        return Strength(text, "possessive")
    done = next((i for i, w in enumerate(low[1:4], start=1)
                 if w in SIMPLE_PASTS | {"rose", "fell", "grew", "improved", "doubled", "halved",
                                         "tripled", "dropped", "increased", "decreased"}), None)
    if done and len(low) > done + 1 and all(word_class(w) in ("N", "J", "G") or w in _ALSO_NOUNS
                                            or (word_class(w) in (None, "P") and w[:1].isalpha()
                                                and words[low.index(w)][:1].isupper())
                                            for w in low[:done]) \
            and first not in _SUBJECTS_FIRST | _SUBJECTS_THIRD:
        return Strength(text, "clause")  # "reading scores rose 20%", "yield improved by 4
        #   points": what the work did, said as typed, never "very good at reading scores rose"
    if len(low) > 1 and first.endswith("s") and not first.endswith("ss") and cls[0] == "N" \
            and lexicon.verb_forms(low[1]) \
            and low[1] == lexicon.lemma(low[1]) and len(low) > 2 and (low[2] in DETERMINERS
                                                      or low[2] in _SUBJECTS_THIRD | {"me", "him",
                                                                                       "them"}):
        return Strength(text, "clause")  # "students love her"
    if first in _SUBJECTS_FIRST | _SUBJECTS_THIRD | {"we", "we're", "we've"}:
        return Strength(text, "clause")
    if _OTHERS_SAY.match(" ".join(low)) and _others_say(low):
        return Strength(text, "clause")  # "everyone trusts him", "the kids love her": said as
        #   typed, never "when it came to everyone trusts him" (reader 103)
    if len(words) == 1 and words[0].upper() in _CREDENTIAL_ACRONYMS:
        return Strength(text.upper() if text.islower() else text, "person")  # "that I'm a CPA"
    if shared(r"(?i)\b(?:green|black|yellow) belt$").search(text):  # "Six Sigma Green Belt": a
        return Strength(text.title() if text.islower() else shared(r"(?i)(green|black|yellow) belt$").sub(lambda m: m.group(0).title(), text), "person")
    if len(low) >= 3 and "," in text and all(len(p.split()) <= 3 for p in text.split(",")):
        parts = [p.strip() for p in shared(r",\s*(?:and\s+)?|\s+and\s+").split(text) if p.strip()]
        if len(parts) >= 3 and not any(lexicon.word_class(p.split()[0].lower()) in ("D", "Z")
                                       for p in parts):
            said = [canonical_case(p) for p in parts]  # "selenium, test automation, manual
            return Strength(", ".join(said[:-1]) + " and " + said[-1], "tools")  # testing"
    if low[0] == "live" and len(low) > 1 and word_class(low[1]) in ("N", None):
        return Strength(text, "noun")  # "live sound", "live events": not a verb
    if first in ("speaks", "spoke", "speak") and len(low) > 1 and all(
            w[:1].isupper() or w in ("and", "&", "or") for w in words[1:]):
        return Strength("I speak " + " ".join(words[1:]), "clause")  # "spoke Turkmen, Russian
        #   and English": that I speak them, the verb kept
    if first in ("speaking", "fluent", "fluency") and len(low) > 1 and all(
            w.strip(",") in LANGUAGES or w in ("and", "&", "or", "in") for w in low[1:]):
        return strength(" ".join(words[2:] if low[1] == "in" else words[1:]))  # "speaking Twi"
    if all(w.strip(",") in LANGUAGES or w in ("and", "&", "or") for w in low):
        names = [n for n in shared(r"\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+").split(text.strip()) if n]
        return Strength(join([" ".join(w[:1].upper() + w[1:] for w in n.split()) for n in names]), "skill")  # "Somali,
        #   Arabic and English"; "French and Haitian Creole" two languages, not three (reader 224)
    if len(words) == 1 and low[0].rsplit("-", 1)[-1] in _CREDENTIALS and "-" in low[0]:
        return Strength(text, "adjective")  # "EMT-certified" -> "that I'm EMT-certified"
    if len(words) == 1:
        return Strength(text, _single_word_form(words[0], cls[0]))
    second = low[1]
    if low[:3] == ["permit", "to", "work"]:
        return Strength("-".join(words[:3]) + "".join(" " + w for w in words[3:]), "noun")
        #                 the permit-to-work system, not a verb
    if len(low) >= 4 and (cls[0] == "V" or first in _MOTTO_VERBS) and any(
            w in ("you", "your", "it") for w in low[1:]) and not second in DETERMINERS | {"my"}:
        return Strength(text[:1].upper() + text[1:], "motto")  # "Leave it better than you found it"
    if len(low) == 2 and second == "first" and cls[0] in ("N", None):
        return Strength(f"{text.split()[0]}-first approach", "noun")  # "safety first": a motto
    if first in ("on", "in", "under", "at", "ahead") and second in ("time", "control", "budget",
                                                                   "schedule", "call") \
            and not (len(low) == 3 and low[2].endswith("s")):  # not "on call heroics"
        return Strength(text, "adjective")  # "on time every shift" -> "that I'm on time ..."
    if first in ("under", "to", "with", "within", "at", "in", "across") and len(low) <= 5:
        return strength("working " + text)  # "under pressure" -> "how I worked under pressure"
    if low[-1] in _CREDENTIALS and len(low) <= 3:
        return Strength(text, "adjective")  # "CPR certified" -> "that I'm CPR certified"
    if shared(r"(?i)(?:active |current )?(?:security|secret|top secret|ts/sci|ts|sc|dv|baseline|nv1|nv2|public trust|"
              r"government|federal) clearance").fullmatch(text):
        return Strength(text, "credential")  # "security clearance": his, never "strong at security
        #   clearance"; "customs clearance" is work (reader 242)
    if (low[-1] in _CREDENTIAL_NOUNS or (len(low) > 2 and low[-2] in _CREDENTIAL_NOUNS)) \
            and first not in ("never", "always", "rarely", "often") \
            and not any(word_class(w) in ("Z", "D") for w in low[:-1]):  # "never drops a ticket"
        return Strength(text, "credential")  # "forklift cert" -> "my forklift cert"
    if len(low) >= 2 and ((low[-1] in _PERSONS and word_class(low[0]) == "J"
                           and low[0] not in _ROLE_MODIFIERS)
                          or (_a_post(low[-1]) and (word_class(low[0]) == "J" or low[0] in (
                              "patient", "kind", "fair", "firm", "calm", "senior", "head"))
                              and len(low) <= 4)):
        return Strength(text, "person")  # "calm charge nurse": that I'm one, never "her calm
        #                                   charge nurse"
    if 2 <= len(low) <= 3 and (low[-1] in _PERSONS or _a_post(low[-1])) and low[-1] not in _ROLES \
            and all(word_class(w) in ("N", None) and not w.endswith("ing") for w in low[:-1]):
        return Strength(text, "person")  # "bridge engineer", "ICU nurse": that she is one, never
        #   "when it came to bridge engineer" (reader 237)
    role_at = next((i for i, w in enumerate(low[:3]) if w in _ROLES), None)
    if role_at is not None and (role_at == len(low) - 1 or low[role_at + 1] in _PREPOSITIONS
                                or low[role_at + 1] in ("while", "when", "during", "whilst")
                                or low[role_at + 1][:1].isdigit()
                                or low[role_at + 1] in ("two", "three", "four", "five")):
        if role_at and word_class(low[0]) == "J" and low[0] not in _ROLE_MODIFIERS:
            return Strength(text, "person")  # "fair manager" -> "that I'm a fair manager"
        return Strength(text, "role")  # "team captain two years running", "shift lead on ..."
    if _is_acronym(words[0]):
        if low[-1] in _PERSONS:
            return Strength(text, "person")  # "ISO 9001 lead auditor": that I'm one
        return Strength(text, "noun")  # "SAT math", "SOX controls": not "sat", a past tense
    if cls[0] == "R" and first not in _INTENSIFIERS and second in _PREPOSITIONS:
        return Strength(text, "adjective")  # "always on time" -> "that I'm always on time"
    if cls[0] == "R" and first not in _INTENSIFIERS and second.endswith("ing") and len(second) > 4 \
            and (len(low) == 2 or low[2] in _PREPOSITIONS):
        return Strength(lower_first(text), "adjective")  # "always smiling (with customers)"
    if shared(r"\bI(?:'ve| have)? ever (?:had|worked with|met|hired|seen|taught)\b").search(text) \
            and (first.endswith("est") or first.split("-")[0].endswith("est")
                 or first in ("best", "most", "finest")):
        return Strength("the " + text, "person")  # "hardest-working cleaner I ever had"
    if shared(r"(?:-| )(?:oriented|minded|focused|focussed|driven)$").search(text) and len(low) <= 4 \
            and not shared(r"\b(?:my|your|our)\b").search(text):
        return Strength(shared(r"(\w) (oriented|minded|focused|focussed|driven)$").sub(r"\1-\2", text),
                        "adjective")  # "very detail oriented" -> "that I'm very detail-oriented"
    if low[-1] in _ABSOLUTE and len(low) <= 3:
        return Strength(text, "adjective")  # "Russian-Kazakh-English trilingual"
    if len(low) >= 3 and all(word_class(w.strip(",")) in ("V", None) or w.strip(",") in _MOTTO_VERBS
                             for w in (low[0], low[2])) and word_class(low[1]) == "R" \
            and word_class(low[-1].strip(",")) == "R":
        return Strength(text, "motto")  # "measure twice, cut once": said in quotes
    if cls[0] == "R" and first not in _INTENSIFIERS and len(low) <= 4 and all(
            word_class(w) == "R" for w in low[:-1]) and word_class(low[-1]) == "J":
        return Strength(text, "adjective")  # "never once late" -> "that I'm never once late"
    if words[-1] == "Pro" and len(words) > 1 and words[-2][:1].isupper():
        return Strength(text, "skill")  # "ArcGIS Pro", "Logic Pro": a tool, not a professional
    if (_head(low) in _PERSONS or (_an_agent(low[-1]) and (
            word_class(first) in ("J", "R") or first in _KIND_WORDS | _QUALITIES))) \
            and (len(low) <= 3 or (len(low) <= 5 and any(w in ("and", "but") for w in low))) \
            and not first.endswith("ing") and not (len(low) > 1 and first in _BARE_VERBS):  # "patient
        #   explainer", "tough but fair negotiator"; "help new colleague" is a deed
        if first in _PLAIN_WORDS and len(low) == 2:
            text = words[0].capitalize() + text[len(words[0]):]  # "an Excel wizard"
        return Strength(text, "person")  # "structured thinker" -> "that I'm a structured thinker",
        #                                  "meticulous proofreader"
    if len(low) == 2 and first in ("paid", "earned", "owned") and second in ("social", "search",
                                                                            "media"):
        return Strength(text, "activity")  # "paid social": a channel, not "how I paid social"
    if first in _PARTICIPLE_ADJECTIVES and second in ("with", "across", "between", "alongside"):
        return Strength(text, "past")  # "coordinated with FEMA": a deed, not a noun phrase
    if first in _PARTICIPLE_ADJECTIVES and second not in DETERMINERS \
            and not second[:1].isdigit() and low[-1] not in _MANNER_AT_END:  # "fixed conveyor
        #                                                                   faults fast": a deed
        return Strength(text, "noun")  # "disciplined practice", "detailed documentation"
    if cls[0] is None and first.endswith("ed") and len(first) > 5 and "-" not in first \
            and not words[0][:1].isupper() \
            and second not in _PREPOSITIONS:
        return Strength(text, "past")  # "mentored interns": a verb the lexicon lacks
    if words[0][:1].isupper() and (words[1][:1].isupper() or _is_acronym(words[1])) \
            and cls[0] in ("P", None) and not first.endswith(("ing", "ed")):
        return Strength(text, "skill")  # "Google Analytics", "Salesforce CPQ"
    forms = lexicon.verb_forms(first)
    third = bool(forms) and first == forms[0] and first != lexicon.lemma(first) and (
        cls[0] == "Z" or cls[1] in ("R", "F") or second in DETERMINERS
        or second in ("anything", "everything", "everyone", "anyone", "people")
        or (cls[1] == "J" and len(low) > 2 and first not in _PAPERWORK)) and not (  # "trains
        #                                                                     new staff"
        cls[0] == "N" and second in _PREPOSITIONS and first not in _HABITS_WITH)
    #     "interviews with agents" is the interviews; "works with clients" is a habit
    if first == "never" and second == "once" and len(low) > 2 and (
            word_class(low[2]) in ("D", "V") or low[2] in SIMPLE_PASTS):
        return Strength(text, "habit")  # "never once let a high-alert med slip through"
    first_one = shared(r"(?i)^(always|usually|often) (?:the )?first (one )?(on|in|to|at)\b(.*)$").match(text)
    if first_one:  # "always first one on site": that I was always the first one on site
        return Strength(f"I was {first_one.group(1)} the first {first_one.group(2) or ''}"
                        f"{first_one.group(3)}{first_one.group(4)}", "clause")
    if first in ("always", "never", "rarely", "often") and len(low) >= 2 and second.endswith("s") \
            and lexicon.verb_forms(second) and lexicon.verb_forms(second)[0] == second:
        return Strength(text, "habit")  # "never panics": that he never panics
    if first in ("always", "never", "often") and second in _PARTICIPLE_ADJECTIVES | _READY \
            and len(low) == 2:
        return Strength(f"I'm {text}", "clause")  # "always prepared": that I'm always prepared
    if (third and first not in _PAPERWORK) or (cls[0] == "R" and first not in _INTENSIFIERS
                                                and word_class(second) in ("D", "Z", "V")):
        return Strength(text, "habit")  # "writes clearly", "never missed a service window"
    if first in PERSONAL_DEEDS and second in ("at", "in", "on", "for", "with", "before"):
        return Strength("I " + text, "clause")  # "performed at the festival": that I did
    if (cls[0] == "D" or first.endswith("ed")) and second == "by" and len(low) > 2 \
            and (low[2] in DETERMINERS | {"her", "his", "their", "my", "our", "everyone", "all"}
                 or low[2].endswith("s")):
        return Strength(text, "adjective")  # "respected by her staff": how respected I am
    if lexicon.lemma(first) == first and len(low) == 2 and second.endswith("ing") \
            and len(second) > 4 and word_class(second) == "N":
        return Strength(text, "noun")  # "set styling": a kind of work, not "set" done
    if (cls[0] == "D" or _same_past(first)) and (second not in _PREPOSITIONS
                                                 or lexicon.word_class(first) != "J"):
        if lexicon.word_class(first) != "J" or second not in _PREPOSITIONS:
            return Strength(text, "past")  # "delivered on a tight budget", not "skilled at"
    if "-" in first and not first.endswith(("ing", "ed")) and not first.startswith("self-") \
            and first.split("-")[0] not in _VERB_PREFIXES \
            and first.split("-")[1] not in ("up", "out", "off", "in", "on", "down", "over"):
        return Strength(text, "noun")  # "go-live support", "on-call rota": one noun, not a verb
    if "-" in first and first.endswith("ing") and first.split("-")[0] not in _VERB_PREFIXES:
        return Strength(text, "noun")  # "decision-making in bad weather"
    if first in _ING_PERSONAL and second in _PREPOSITIONS:
        return Strength(text, "adjective")  # "amazing in Figma": how amazing I am in Figma
    if _COMPOUND_ING.match(first):
        return Strength(text, "noun")  # "storytelling with data": "my storytelling with data"
    if _telling_gerund(first) and any(low[j] in ("and", "&") and _telling_gerund(low[j + 1])
                                      for j in range(2, len(low) - 1)):
        return Strength(text, "gerund")  # "building dashboards and training analysts"
    if first.endswith("ing") and len(first) > 4 and len(low) == 2 and second in _THING_HEADS \
            and cls[0] != "J":  # not "exacting standards"
        return Strength(text, "activity")  # "signalling systems", "plucking schedules": things
    if first.endswith("ing") and len(first) > 4 and len(low) == 3 and low[1] in ("and", "&") \
            and not low[2].endswith("ing") and word_class(low[2]) in ("N", None):
        return Strength(text, "activity")  # "monitoring and evaluation": one field
    if first.endswith("ing") and len(first) > 4 and len(low) == 2 and not second.endswith("s") \
            and word_class(second) in ("N", None) and second not in _OBJECTS \
            and not _PEOPLE_WORDS.search(second) and first not in _ING_PERSONAL \
            and not shared(r"(?:acy|ity|ness|ance|ence)$").search(second):  # "picking accuracy"
        return Strength(text, "activity")  # "interlocking design", "signalling design": a
        #   field, not "how I interlocked design"; "my work on ..." reads right either way
    if first.endswith("ing") and len(first) > 4 and len(low) == 2 \
            and shared(r"(?:tion|sion|ment|ing|sis|ics)$").search(second):  # "zoning analysis",
        #                                                               "touring logistics"
        return Strength(text, "activity")  # "routing optimization": not "how I routed" it
    if first.endswith("ing") and len(first) > 4 and len(low) == 2 \
            and shared(r"(?:acy|ity|ness|ance|ence)$").search(second):
        return Strength(text, "noun")  # "picking accuracy": a measure, not a thing picked
    if first in ("mentoring", "coaching", "training", "supervising", "teaching", "onboarding") \
            and len(low) >= 2 and (low[1] in _PEOPLE or low[-1] in _PEOPLE
                                   or low[1] in ("undergrads", "juniors", "new", "junior")):
        return Strength(text, "gerund")  # "mentoring undergrads": how I mentored them
    if first in _TRADE_ING and len(low) == 2 and second.endswith("s"):
        return Strength(text, "noun")  # "my work on reserving models"
    if first in _MODIFYING_ING and len(low) >= 3 and all(
            word_class(w) == "N" and not w.endswith("s") for w in low[1:-1]):
        return Strength(text, "noun")  # "charging schedule planning": one compound noun, not
        #                                "how I charged schedule planning"
    if first.endswith("ing") and len(first) > 4:
        gerund = _gerund_kind(low, cls)
        if gerund == "activity" and len(low) == 2 and _telling_gerund(first) \
                and second.endswith("s") and not second.endswith("ss") \
                and word_class(second) == "N" and second in _OBJECTS:
            gerund = "gerund"  # "reading blueprints", "handling diversions": deeds; but
            #                    "reserving models", "blending trials" are things
        if gerund == "activity" and len(low) >= 3 and _telling_gerund(first) \
                and low[1] not in DETERMINERS and word_class(low[1]) != "G":
            gerund = "gerund"  # "building rapport with parents": a deed, told as one
        if gerund:
            return Strength(text, gerund)
    if len(low) > 2 and lexicon.verb_forms(first) and first == lexicon.lemma(first) \
            and second in ("for", "with") and low[2][:1].isdigit():
        return Strength(text, "verb")  # "cook for 200": my ability to cook for 200
    if len(low) >= 2 and low[1][:1].isdigit() and shared(
            r"\d\S*\s*(?:->|=>|\u2192|to)\s*[$\u20ac\u00a3]?\d").search(text):
        return Strength(text, "noun")  # "churn 9% -> 4%": a measure's change, never "churning"
    if (cls[0] == "V" or (cls[0] in (None, "N") and first in _EXTRA_VERBS)) \
            and not _is_acronym(words[0]):
        compound = (cls[1] == "N" and second not in ("everything", "anything", "something")
                    and _NOMINAL.search(second) and not second.endswith(("ings", "ure"))) \
            or cls[1] == "G" or (cls[1] is None and second.endswith("ing") and len(second) > 5) \
            or (first in _ALSO_NOUNS and cls[1] == "N") or first == "prompt" \
            or (len(low) == 3 and cls[1] == "N" and bool(_NOMINAL.search(low[2].removesuffix("s")))) \
            or (first == "lead" and second in _LEAD_THINGS) or second in _THING_HEADS \
            or second in _WORK_NOUNS \
            or (first in ("launch", "release", "incident", "event", "shift", "sprint", "project", "test",
                          "travel", "handover", "change") and second in (
                "checklists", "checklist", "playbooks", "runbooks", "templates", "plans", "notes",
                "reports", "logs", "schedules", "briefs")) \
            or (len(low) == 2 and _an_agent(second)) \
            or (len(low) == 2 and second.endswith("ry") and len(second) > 5)  # "finish
        #   carpentry": a trade; "change management", "budget
        #   tracking", "permit applications", "straddle carrier operation": nouns
        if not compound:
            return Strength(text, "verb")
    if first in _INTENSIFIERS and len(low) > 2 and (second in _KIND_WORDS or cls[1] in ("J", "D")) \
            and low[2] in _PREPOSITIONS:
        return strength(" ".join(words[1:]))  # "very patient with the kids": how patient I am
    if (cls[0] in ("J", "D") or (cls[0] == "R" and cls[1] in ("J", "D"))) \
            and not words[1][:1].isupper():  # "fluent French" is a noun phrase
        after = [w for w in low[1:] if word_class(w) not in ("J", "R", "D")
                 and w not in ("and", "&", "or")]
        if not after or after[0] in _PREPOSITIONS or after[0].startswith("("):
            return Strength(text, "adjective")
    joined = second in ("and", "&", "or")  # "fair and transparent scoring of ...": a noun
    if (first in _KIND_WORDS or first in _ING_PERSONAL) and second in _PREPOSITIONS and not (
            joined and len(low) > 3 and word_class(low[3]) not in ("J", "R", "D")
            and low[3] not in _PREPOSITIONS):
        return Strength(text, "adjective")  # "kind to frightened patients", "amazing in Figma"
    if low[-1] in _CREDENTIALS and len(low) <= 3 and cls[0] in ("N", "J", None):
        return Strength(text, "adjective")  # "forklift certified" -> "that I'm forklift certified"
    verb_at = 2 if cls[1] == "N" else 1  # "Sales grew", "Customer scores rose"
    if len(low) > verb_at and lexicon.word_class(low[verb_at]) in ("D", "Z") \
            and not (len(low) == 2 and lexicon.word_class(low[1]) == "Z") \
            and not (verb_at == len(low) - 1 and lexicon.word_class(low[verb_at]) == "Z") \
            and low[verb_at] not in ("used", "based", "led") and low[verb_at] not in _PAPERWORK \
            and cls[0] in ("N", "P", None) \
            and not _skill_like(words[0]) and not any(ch.isdigit() for ch in words[0]):
        return Strength(text, "clause")  # "Sales grew 30% under her"; not "3D renders"
    if all(_skill_like(w) or w.lower() in ("&", "and", "/") for w in words):
        return Strength(text, "skill")
    if _head(low) in _PERSONS and not (len(low) > 1 and low[0] in _BARE_VERBS):  # "help new colleague",
        return Strength(text, "person")  # "train worker": a deed; "hard worker", "team player" a person
    return Strength(text, "noun")


# Endings of abstract nouns, which a capital never makes a name: "Communication", "Teamwork".
_ABSTRACT = lazy(r"(?:tion|sion|ship|ment|ness|ity|ing|work|ance|ence|ism|ics)$")


# Verbs a habit opens with before a preposition ("deals well with", "works with clients"); any
# other plural noun before one is a thing done: "interviews with agents", "visits to farms".
_HABITS_WITH = frozenset("""works deals gets copes connects relates collaborates communicates
engages partners listens cares talks goes thinks steps follows keeps stays puts""".split())


# Past participles people use as adjectives before a noun: "disciplined practice" is a noun
# phrase, where "managed inventory" or "mentored interns" tells a deed.
_PARTICIPLE_ADJECTIVES = frozenset("""traumatised traumatized marginalised marginalized bereaved displaced coiled fixed
disciplined detailed advanced applied distributed
structured automated integrated compressed balanced experienced skilled talented dedicated committed
motivated qualified sophisticated seasoned specialized specialised accelerated customized
customised refined coordinated concentrated focused focussed informed measured reasoned
considered calculated sustained continued combined extended embedded licensed certified
registered chartered guided supervised assisted blended layered tailored targeted differentiated
personalized personalised individualized individualised printed smoked cured roasted braised
pickled fermented grilled written spoken""".split())


# Adjectives for a person that the lexicon files under another class, or that have no
# telling ending; and the endings that mark an adjective for a person.
_KIND_WORDS = frozenset("""patient kind fun loyal humble punctual fair honest firm calm smart
quick sharp warm thorough bright brave bold tough keen wise""".split())


# -ing words that describe a person, not an activity: "how caring I am".
_ING_PERSONAL = frozenset("""caring outgoing hardworking hard-working loving willing easygoing
amazing outstanding
easy-going forgiving engaging inspiring charming understanding accommodating uplifting
enterprising promising unassuming encouraging welcoming enduring daring motivating reassuring
""".split())


_INTENSIFIERS = frozenset("very highly extremely incredibly really exceptionally remarkably super "
                          "so quite deeply truly".split())


# Nouns for a kind of person: a strength "hard worker" is "that I'm a hard worker".
_PERSONS = frozenset("""worker player learner leader listener communicator thinker solver starter
client customer
collaborator planner organizer organiser negotiator writer speaker presenter mentor coach teacher
motivator networker multitasker self-starter problem-solver go-getter doer pleasure joy
delight asset auditor assessor inspector examiner instructor trainer translator interpreter
accountant boss colleague teammate team-mate coworker co-worker partner wizard guru whiz ninja
rockstar pro natural responder paramedic medic mechanic technician electrician plumber carpenter
bloke guy lad gal fella
welder chef driver designer developer programmer analyst salesperson barista baker operator
machinist fitter rigger joiner master owner""".split())


# An adjective typed where English puts its adverb, after what is done: "grading fair".
_ADVERBS = {"fair": "fairly", "easy": "easily", "clear": "clearly", "quick": "quickly", "careful": "carefully",
            "calm": "calmly", "honest": "honestly", "efficient": "efficiently", "accurate": "accurately",
            "polite": "politely", "proper": "properly", "correct": "correctly", "patient": "patiently",
            "precise": "precisely", "independent": "independently", "professional": "professionally"}
# Things made, said in the plural as a skill: "strong at presentation" is at presentations.
_MADE_THINGS = {"presentation": "presentations", "dashboard": "dashboards", "proposal": "proposals",
                "spreadsheet": "spreadsheets", "pitch": "pitches", "demo": "demos", "slide deck": "slide decks",
                "visualisation": "visualisations", "visualization": "visualizations", "report": "reports"}


def _second_language(raw: str) -> str:
    """A strength in the shape another language gives it, in English's (readers 225, 221):
    "manage of the kitchen" -> "managing the kitchen", "teaching to students" -> "teaching
    students", "grading fair" -> "grading fairly", "deadline respect" -> "meeting deadlines",
    "relationship with dealers" -> "building relationships with dealers", "presentation" ->
    "presentations"."""
    text = " ".join(raw.split())
    low = text.lower()
    if low in _MADE_THINGS:
        return _MADE_THINGS[low]
    bare = shared(rf"(?i)^({'|'.join(sorted(_BARE_VERBS))}) ((?:new |junior |the |team )?)"
                  r"(colleague|worker|student|hire|employee|member|intern|starter|nurse|agent)s?$").match(text)
    if bare:  # "help new colleague", "train worker": the deed done to them all (reader 226)
        verb = bare.group(1).lower()
        ing = verb[:-1] + "ing" if verb.endswith("e") else verb + "ing"
        return f"{ing} {bare.group(2).lower()}{bare.group(3).lower()}s"
    if shared(r"(?i)^(?:(?:the )?respect (?:of|for|the) (?:the )?deadlines?|deadlines? respect|respecting (?:the )?deadlines?)$").match(text):
        return "meeting deadlines"
    text = shared(r"(?i)^(?:good |strong |the )?relationships? with\b").sub("building relationships with", text)
    verb = shared(r"(?i)^(manag(?:e|ing)|organi[sz](?:e|ing)|lead(?:ing)?|plan(?:ning)?|handl(?:e|ing)|"
                  r"coordinat(?:e|ing)|run(?:ning)?|control(?:ling)?) of (?=(?:the|a|an|our|his|her|their|all) )").match(text)
    if verb:
        word = verb.group(1).lower()
        ing = word if word.endswith("ing") else {"lead": "leading", "plan": "planning", "run": "running",
                                                   "control": "controlling"}.get(word, word[:-1] + "ing" if word.endswith("e") else word + "ing")
        text = ing + " " + text[verb.end():]
    text = shared(r"(?i)\b(good|great|strong|skilled|excellent|better|best) (at|in) ([a-z]+)\b").sub(
        lambda m: f"{m.group(1)} at {lexicon.verb_forms(m.group(3).lower())[2]}" if m.group(3).islower()
        and m.group(3) not in TOOLS and m.group(3) not in CANONICAL
        and lexicon.word_class(m.group(3).lower()) == "V"
        and lexicon.verb_forms(m.group(3).lower()) and lexicon.lemma(m.group(3).lower()) == m.group(3).lower()
        else m.group(0), text)  # "good at explain": good at explaining (reader 229)
    text = shared(r"(?i)^(teaching) to (students|pupils|kids|children|learners|adults|juniors)\b").sub(
        r"\1 \2", text)  # "explaining things to juniors" is English as typed
    last = text.split()[-1].lower() if text.split() else ""
    first = text.split()[0].lower() if text.split() else ""
    if last in _ADVERBS and len(text.split()) >= 2 and not shared(
            r"(?:stay|remain|keep|be|is|are|seem|look|feel|sound|become|get|go|was|were)(?:s|ing)?").fullmatch(first) \
            and text.split()[-2].lower() not in DETERMINERS | _PREPOSITIONS | {"every", "each", "a", "an", "the"} \
            and (first.endswith("ing") or (first.endswith("s") and lexicon.word_class(first[:-1]) == "V")):  # "stays
        #   calm" is how one is
        text = " ".join(text.split()[:-1] + [_ADVERBS[last]])
    return text


# Verbs typed bare before the people they are done to: "help new colleague", "train worker".
_BARE_VERBS = frozenset("help train teach guide motivate manage develop onboard".split())


# Credentials that are a person's title: "CPA" is "that I'm a CPA", not "my CPA skills".
_CREDENTIAL_ACRONYMS = frozenset("""CPA CFA PMP RN LPN CNA EMT PE CISSP ACCA CIMA SHRM CMA CIA
CFP CPHR PHR SPHR""".split())


# Posts held: "team captain" is "that I was team captain", not "my team captain skills".
_ROLES = frozenset("""captain president chair chairperson treasurer secretary founder co-founder
prefect rep representative ambassador steward monitor convenor convener lead manager supervisor
coordinator organiser organizer officer champion marshal warden""".split())


# Adjectives that name the kind of post, not a quality: "senior lead", "head chef".
_ROLE_MODIFIERS = frozenset("senior junior chief head acting interim deputy assistant lead".split())


# Credentials named by a noun: "my forklift cert", not "my forklift cert skills".
_CREDENTIAL_NOUNS = frozenset("""cert certs certificate certification license licence ticket
card badge""".split())


# Verbs people start strengths with that the lexicon files under another class.
_EXTRA_VERBS = frozenset("""troubleshoot mentor coach triage de-escalate prioritize prioritise
onboard model forecast document streamline scope draft host train review track
plan schedule""".split())


def _skill_like(word: str) -> bool:
    w = word.strip(",")
    return (_is_acronym(w) or any(ch.isdigit() or ch in "+#." for ch in w[1:])
            or w.lower() in TOOLS or (w[:1].isupper() and not lexicon.known(w))
            or bool(shared(r"[a-z][A-Z]").search(w)))


# A product code or version: "S/4HANA", "365", "2.0".
_CODE = lazy(r"\d|/[A-Za-z0-9]")


def _tool_list(typed: list[str]) -> bool:
    """Tools named in a list: "JIRA, Confluence, and Visio", "Rhino and Grasshopper"."""
    items = [w.strip(",") for w in typed if w.lower().strip(",") not in ("and", "&", "or")]
    return len(items) >= 2 and ("and" in [w.lower() for w in typed] or "," in " ".join(typed)) \
        and all(w[:1].isupper() or w.lower() in _LOWER_TOOLS for w in items) \
        and any(_skill_like(w) for w in items)


# Reported praise: "she says I'm a great listener", "everyone says I'm calm".
_REPORTED = lazy(r"(?i)^(?:she|he|they|everyone|people|my \w+) (?:says|said|thinks|thought|tells "
                 r"me|told me|calls me) (?:that )?(I(?:'m| am| was| have|'ve)? .+)$")


# Verbs a motto opens its halves with, which the lexicon may file as nouns ("cut").
_MOTTO_VERBS = frozenset("cut measure check think plan work play start finish".split())


# Verbs that are as often a noun before another ("permit applications", "transfer requests").
_LEAD_THINGS = frozenset("""capture scoring qualification nurturing gen generation tracking list
lists routing management follow-up trumpet guitar vocals violin saxophone sax trombone singer
clarinet cornet work flashing flashings roofing sheet""".split())


_ALSO_NOUNS = frozenset("""permit transfer escort export import survey update upgrade release
dovetail programme program call yield process service test design relay""".split())


# Things made that the lexicon files as adjectives: "my sourdough", not "how sourdough I am".
_CRAFT_NOUNS = frozenset("""sourdough pastry patisserie espresso charcuterie woodwork ironwork
stonework signage""".split())


def _single_word_form(word: str, cls: str | None) -> str:
    if word.lower() in _QUALITY_HEADS:
        return "noun"  # "rigour", which the lexicon may lack: a quality, never "rigour skills"
    if word.lower() in _PERSONS:
        return "person"  # "paramedic": that I'm a paramedic, never "he is paramedic"
    if shared(r"\w-(?:proof|savvy|literate|aware|ready|smart|minded|oriented|focused|driven)$").search(word.lower()) \
            and not (_is_acronym(word.split("-")[0]) and word.lower().endswith(("-driven", "-focused", "-ready"))):
        return "adjective"  # "deadline-proof": how deadline-proof I am (reader 171)
    if word.lower().endswith("ing") and len(word) > 5 and word.lower() not in _ING_PERSONAL:
        return "noun"  # "soldering", "budgeting": the activity, not "how soldering I am"
    if cls is None and word.islower() and shared(r"..(?:tion|sion|ment|ness|ity|ship|ism)$").search(word):
        return "noun"  # "mentorship", a word the lexicon lacks: a noun, not a tool to know
    if _skill_like(word) or _CODE.search(word) \
            or (cls is None and word.isalpha() and not word.endswith("ing")):
        return "skill"  # "SQL", "gromacs": a word no dictionary has is a tool or a term
    if word.lower() in _KIND_WORDS or word.lower() in _ING_PERSONAL:
        return "adjective"  # a person's quality, though the lexicon files it as a noun
    if word.lower() in _CRAFT_NOUNS or shared(r"(?:tion|sion|ment|ness|ity|ship|ism)$").search(
                                                  word.lower()):
        return "noun"  # "sourdough": the bread, not a quality; "fermentation", a process
    if cls in ("J", "D") or word_class(word) in ("J", "D") or word.lower() in _KIND_WORDS:
        return "adjective"  # "resourceful", "organized", "detail-oriented", "discreet"
    if cls == "R" and word.lower() in _ADVERB_ADJECTIVES:
        return "adjective"  # "fast": how fast I am
    if cls == "Z" and word.lower() not in _PAPERWORK:
        return "habit"  # "listens": that I listen; "permits" are the paperwork
    return "noun"  # "leadership", "budgeting", "mentoring"


def _an_agent(word: str) -> bool:
    """A noun for someone who does a thing: "proofreader", "negotiator"."""
    for ending in ("er", "r", "or"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 4 and any(
                lexicon.word_class(s) in ("V", "D") or lexicon.verb_forms(s)
                for s in (stem, stem + "e")) and word not in _NOT_AGENTS:
            return True
    return False


# -er nouns that are things, not people: "a fast computer" is no strength of a person's.
_NOT_AGENTS = frozenset("computer printer scanner container trailer counter cooler heater "
                        "freezer blender timer charger router server browser folder binder "
                        "marker sticker poster paper number order border".split())


# A noun ending in a verb's -ing ("storytelling", "decision-making", "problem-solving") names an
# activity; it has no past of its own ("storytelled").
# -ing words that mostly qualify a noun ("charging schedule", "loading dock"): before two
# nouns or more they start a compound noun, not a deed.
_MODIFYING_ING = frozenset("""charging parking loading landing boarding waiting dining swimming
shopping living washing cooling heating filling dispensing drilling mixing sewing interlocking
""".split())


# Nouns of work that a verb before them qualifies: "call triage", "patient intake".
_WORK_NOUNS = frozenset("""triage intake dispatch handover handling control analytics
reporting planning repair repairs maintenance servicing installation installs overhaul
upkeep""".split())  # "pump repair": a trade's noun, never "pumping repair" (reader 121)


# -ing words that name a trade's work before a plural noun: "reserving models", "blending
# trials", "costing sheets" are things, not "how I reserved models".
_TRADE_ING = frozenset("""reserving blending costing underwriting tasting sampling grading routing
kitting snagging working""".split())
