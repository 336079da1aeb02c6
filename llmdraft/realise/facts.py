"""Details: facts as sentences in a voice; and the role and amounts said in a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..patterns import lazy, shared
from .voice import to_name, to_second_person
from .words import (DETERMINERS, PERSONAL_DEEDS, SIMPLE_PASTS, TEXTED_TAIL, _PREPOSITIONS,
                    _SUBJECTS_FIRST, _SUBJECTS_THIRD, _end, _head, _is_acronym, _named_words,
                    _past_or_present, _same_past, cap, clean, indefinite, join, list_line,
                    lower_first)


@dataclass(frozen=True)
class Fact:
    text: str
    form: str  # past (verb first: "cut costs by 20%"), passive ("used by 3 universities"),
    #            clause (own subject), present ("serves 300 families"), noun

    def predicate(self, subject: str = "I", third: bool = False, second: bool = True) -> str:
        """A past-form fact's verb phrase for `subject`: "cut costs by 20%"."""
        words = self.text.split()
        if [w.lower() for w in words[:3]] == ["rolled", "out", "to"]:
            words = ["reached", *words[3:]]  # "The SAP rollout reached 9 countries"
        verb = words[0] if _is_acronym(words[0]) or shared(r"[A-Z]{2,4}'d$").match(words[0]) \
            else lower_first(words[0]).lower()  # "TA'd the course"
        if verb in ("was", "were"):  # "was named Dispatcher of the Year": they were, I was
            verb = "were" if subject.lower() in ("they", "we", "you") else "was"
        elif lexicon.word_class(verb) == "V":
            verb = lexicon.inflect(verb, "past")  # details are what happened: "cut", "led"
        body = " ".join([verb, *words[1:]])
        body = _MEASURED.sub(_the_measure, body)  # "grew the agent count from 800 to 3,100"
        return to_second_person(body) if subject == "I" and second else body

    def has_object(self) -> bool:
        """"shipped the redesign" has one; "came in under budget", "passed with zero
        exceptions" do not, and are the project's outcome rather than one person's deed."""
        words = self.text.lower().split()
        if words[0] == "ranked":
            return True  # "ranked in the top 5%": the person's, though a preposition follows
        if shared(r"\S+ (?:\S+ )?(?:days?|weeks?|months?|years?|hours?) (?:early|late|ahead|"
                    r"behind)").match(" ".join(words)):
            return False  # "reopened two weeks early": when, not what
        return len(words) > 1 and words[1] not in _PREPOSITIONS | {"on", "off", "up", "out",
                                                                 "down", "back", "early", "late"}

    def outcome(self) -> bool:
        """What a project achieves rather than what one person does: "raised $410,000",
        "served 1,200 families a month", "drew 600 guests"."""
        words = self.text.lower().split()
        if len(words) > 1 and words[0] in _OUTCOMES_ANY:
            return True
        if shared(r"\b(?:early|ahead of schedule|on time|on budget|under budget|live)$").search(
                     self.text.lower()) and not self.has_object():
            return True  # "finished 3 weeks early", "went live": the project's timing
        if words[:2] in (["went", "live"], ["rolled", "out"], ["scaled", "up"]):
            return True  # "went live on schedule": the project did
        if words[0] in ("settled", "renewed", "closed") and len(words) > 1 \
                and words[1] in ("for", "within", "in", "at"):
            return True  # "settled for $4.2 million", "renewed at a 6% lower rate": the case,
            #              the treaty did
        if words[0] in ("took", "lasted") and shared(r"(?:about |around |just |over |under )?"
                                                       r"\S+ (?:days?|weeks?|months?|years?)\b").match(
                                                       " ".join(words[1:])):
            return True  # "took 11 months": the project's length, not the person's pace
        if words[0] in ("finished", "completed", "wrapped") and len(words) > 1 \
                and words[1] in ("before", "ahead", "by", "within", "in"):
            return True  # "finished before the rainy season": the work did
        if words[0] in ("grew", "rose", "climbed") and len(words) > 2 and words[1] == "to":
            return True  # "grew to 40k monthly downloads": the show did
        if words[0] in _OPENINGS and not self.has_object():
            return True  # "opened on schedule in March 2023": the hub opened, not a person
        if words[0] == "sold" and len(words) > 2 and words[1] in ("in", "within", "for", "above",
                                                                  "over", "at"):
            return True  # "sold in 11 days, 4% over the asking price": the house sold
        if len(words) > 2 and shared(r"(?:over |about |nearly )?(?:\d{1,3}(?:,\d{3})+|\d{5,}|"
                                             r"\d+(?:\.\d+)?k)").fullmatch(words[1]) \
                and _big(words[1]) and words[2] in _MANY:
            return True  # "vaccinated 45,000 people in 6 weeks": the drive's count, not one
            #              person's (a figure of ten thousand or more)
        if shared(r"served \S+ (?:years?|months?|weeks?|tours?|terms?)\b").match(" ".join(words)):
            return False  # "served 6 years": the person's service, not the project's reach
        return len(words) > 1 and words[0] in _OUTCOMES and (
            words[1][:1].isdigit() or words[1][:1] in "$€£" or words[1] in ("over", "more",
                                                                            "nearly", "about"))

    def passive(self, thing: str) -> str:
        """"used by 3 universities" said of the project: "The app was used by 3 universities."."""
        plural = _plural(thing) and not thing.lower().startswith("all ")
        return _end(f"{cap(thing)} {'were' if plural else 'was'} {lower_first(self.text)}")

    def sentence(self, subject: str = "I", third: bool = False, second: bool = True) -> str:
        """A sentence in a voice: subject "I" (the requester) or a name (the recommender);
        `third` when the subject is a name ("Dana trains", not "Dana train"); `second` when the
        details' she and he are the reader (not when the context names someone else's: "her
        son")."""
        if self.form == "past":
            return _end(f"{subject} {self.predicate(subject, third, second)}")
        if self.form == "clause":
            text = _with_article(self.text)
            if subject == "I" and second:
                text = to_second_person(text)  # written to them: "her grant" is "your grant"
            elif text.split()[0].lower() in _SUBJECTS_FIRST:
                text = to_name(text, subject)
            return _end(cap(text))
        return _end(cap(to_second_person(self.text) if subject == "I" and second else self.text))


def fact_sentences(found: list[Fact], subject: str = "I", third: bool = False,
                   thing: str | None = None, second: bool = True) -> list[str]:
    """Facts as few sentences: verb-first facts share their subject ("I cut costs by 20% and
    trained 12 new hires."), and a clause is a sentence of its own. An outcome ("raised
    $410,000", "served 1,200 families") is the project's, not one person's. Noun-phrase facts
    are left out: the composer lists them in a sentence of their own."""
    out: list[str] = []
    past = [f for f in found if f.form == "past"]
    outcomes = [f for f in past if thing and f.outcome() and not (
        f.text.split()[0].lower() == "passed" and _TRAINING.search(thing)) and not (
        f.text.split()[0].lower() == "collected" and _FIELDWORK.search(thing))  # a study does
        #   not collect its samples; its fieldworker does
        and not re.search(
            rf"(?i)\b{_ACT_OF.get(f.text.split()[0].lower(), '#')}\b", thing)]  # a course does not
    #                                                                   pass its own skill test
    past = [f for f in past if f not in outcomes]
    # A milestone of an activity ("Murphy's Pub renovation" opened in May) is the team's:
    # "We opened in May."
    ours = [f for f in outcomes if thing and f.text.split()[0].lower() in _OPENINGS
            and _activity(thing)]
    outcomes = [f for f in outcomes if f not in ours]
    groups = [(subject, [f for f in past if subject != "I" or not _ours(f)]
               + ([] if subject == "I" else ours)),  # a recommender was not part of "we"
              ("we", [f for f in past if subject == "I" and _ours(f)]
               + (ours if subject == "I" else [])),
              (_doer(thing), outcomes)]
    if subject != "I" and groups[-1][0] == "we":  # a recommender was not part of "we"
        groups[-1] = (subject, groups[-1][1])
    for who, facts_ in groups:  # "came in 10% under budget" is the project's, said with "we"
        done = [f.predicate(subject, third, second) for f in facts_]
        if thing and who == _doer(thing):  # "The PCI DSS audit passed with zero findings",
            head = re.escape(thing.split()[-1])  # not "... audit passed the audit with ..."
            done = [re.sub(rf"(?i)^(\w+) (?:the|its|our) {head}\b", r"\1", d) for d in done]
            done = [("was " + d if shared(r"(?:built|rebuilt|renovated|refurbished|installed|"
                                            r"fitted|painted|designed|developed|delivered|"
                                            r"finished|completed) (?:(?:about |over |nearly )?"
                                            r"\S+ (?:days?|weeks?|months?) )?(?:in|on|for|under|"
                                            r"within|ahead|before|by|early)\b").match(d)
                     and not _activity(thing) else d)
                    for d in done]  # "The fit-out was built in 6 weeks", not "built in"
        for i in range(0, len(done), 3):
            out.append(_its(_end(f"{who if who != 'we' else 'We'} {join(done[i:i + 3])}"), thing))
    out += [_its(f.sentence(subject, third, second), thing) for f in found if f.form == "clause"]
    out += [f.passive(thing or "the project") for f in found if f.form == "passive"]
    out += [_end(f"That work {f.text}") for f in found if f.form == "span"]
    out += [_end(f"{_maker(thing)} {f.text}") for f in found if f.form == "present"]
    return out


def _participles_only(words: list[str]) -> bool:
    """Whether the verb-like words after a deed's verb are all regular participles that
    describe its object ("340 pallets mislabelled"), not a finite verb ("rate went")."""
    verbs = [w for w in words if _past_or_present(w)]
    return bool(verbs) and all(w.endswith("ed") and w not in SIMPLE_PASTS for w in verbs)


def _ours(fact: Fact) -> bool:
    """A deed with no object whose verb tells how the work went ("came in under budget",
    "finished 2 weeks early", "went live"): the team's, said with "we". Any other is the
    sender's own ("interpreted in over 300 interviews", "volunteered every weekend")."""
    return not fact.has_object() and fact.text.split()[0].lower() in _PACE \
        and fact.text.split()[0].lower() not in PERSONAL_DEEDS


# Verbs that say how the work went rather than what one person did.
_PACE = frozenset("""came finished completed wrapped went launched opened shipped delivered
closed stayed ran kept landed hit beat met reopened relaunched saved""".split())


def _maker(thing: str | None) -> str:
    """What does a present-tense fact ("serves 300 families weekly"): the thing the project
    made ("founding the Eastside Food Pantry" -> "The Eastside Food Pantry"), or "It"."""
    if not thing:
        return "It"
    words = thing.split()
    if words[0].lower().endswith("ing") and len(words) > 1:
        made = " ".join(words[1:])  # "founding a solar-kiosk enterprise": the enterprise
        return cap(shared(r"^(?:a|an) ").sub("the ", made))
    return cap(shared(r" (?:expansion|launch|rollout|opening|rebuild|refurbishment|relaunch)$").sub(
                      "", thing))  # "the food bank expansion feeds": the food bank does


# How long the work lasted, typed alone: "two years, 2021-2023", "18 months", "3 yrs
# (2019-2022)", "2019-2021", "Jan-Jun 2023" is left to the other forms.
_DURATION = lazy(r"(?i)^(?:((?:about|nearly|almost|over|just over|under) )?(\d+|one|two|three|four|five|six|"
                 r"seven|eight|nine|ten|eleven|twelve|a|an)\s*(yrs?|years?|mos?|months?|"
                 r"weeks?|wks?|summers?|seasons?|semesters?|terms?))?[,\s(]*(?:from\s+)?"
                 r"(?:((?:19|20)\d\d)\s*(?:-|\u2013|to)\s*((?:19|20)?\d\d))?\)?\.?$")


def _how_long(found: re.Match) -> str:
    """"spanned two years, from 2021 to 2023"; "ran from 2019 to 2021"."""
    about, count, unit, start, end = found.groups()
    if end and len(end) == 2:
        end = start[:2] + end
    when = f"from {start} to {end}" if start else ""
    if not unit:
        return "ran " + when
    unit = {"yr": "year", "yrs": "years", "mo": "month", "mos": "months", "wk": "week",
            "wks": "weeks"}.get(unit.lower(), unit.lower())
    one = count.lower() in ("1", "one", "a", "an")
    unit = unit.rstrip("s") if one else unit if unit.endswith("s") else unit + "s"
    count = indefinite(unit).split()[0] if count.lower() in ("a", "an") else count
    return f"spanned {(about or '').lower()}{count} {unit}" + (f", {when}" if when else "")


_ACTIVITY_HEADS = frozenset("""renovation rollout roll-out upgrade redesign rebuild overhaul refit
fit-out refurbishment expansion migration launch relaunch rebrand project program programme
campaign relief audit review implementation transition conversion construction integration
build pilot""".split())


def _activity(thing: str) -> bool:
    return thing.split()[-1].lower().strip(".,") in _ACTIVITY_HEADS


def _its(sentence: str, thing: str | None) -> str:
    """A fact's "it" is the project: "3 ICUs adopted it" -> "3 ICUs adopted the sepsis alert"."""
    if thing and shared(r"\bit\.$").search(sentence) and not shared(r"(?i)it\b").match(sentence):
        sentence = sentence[:-3] + thing + "."
    elif thing and thing.lower().startswith("the ") and not shared(r"(?i)it\b").match(sentence) \
            and shared(r"\b(?:presented|delivered|launched|shipped|rolled|sold|pitched|"
                          r"handed|took|led|ran|built|wrote) it (?:to|out|for|at|in|with|over)\b").search(
                          sentence):  # "presented it to the board": the roadmap, not "it"
        head = _head(thing.lower().split())
        sentence = shared(r"\bit\b(?= (?:to|out|for|at|in|with|over)\b)").sub(f"the {head}", sentence,
                          count=1)
    return sentence


# A count as people type it: "3", "three", "twelve".
_A_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


_TRAINING = lazy(r"(?i)\b(?:course|class|training|exam|exams|programme|program|rating|"
                 r"certification|licen[cs]e|apprenticeship|degree|bootcamp|academy|study group|"
                 r"papers|cohort|school|ACCA|CFA|CPA)\b")  # "passed all 13 papers" is the
#                                                          student's, not the study group's


_FIELDWORK = lazy(r"(?i)\b(?:study|survey|research|trial|fieldwork|census|sampling)\b")


def _doer(thing: str | None) -> str:
    """Who an outcome belongs to: the project ("The 2023 gala raised $410,000"), or "we" when
    the project is an activity ("rebuilding the city's website" did not meet WCAG; we did)."""
    if thing and thing.split()[0].lower().endswith("ing") and len(thing.split()) > 1 and (
            thing.split()[1].lower() in ("the", "our", "a", "an", "my")
            or thing.split()[1][:1].isupper()):
        return _maker(thing)  # "launching our Lisbon office": "Our Lisbon office grew to 40 staff"
    if not thing or thing.split()[0].lower().endswith("ing"):
        return "we"
    thing = _VENUE_LAUNCH.sub(r"\1", _LAUNCH_OF.sub("", thing))  # "the launch of the pantry"
    thing = shared(r"(?i)\b(treaty|policy|contract|lease|licen[cs]e|grant|visa) renewal\b").sub(
        r"\1", thing)  # "the property treaty renewal renewed": the treaty did
    thing = shared(r"\s*\([^()]*\)").sub("", thing)  # "the drive (Chennai, 2021)": the drive
    return cap(thing)  # or "the studio launch in Munich" did not serve families: it did


# An event that brought a thing about: its outcomes are the thing's ("The Kesher food pantry
# served 1,200 families", not "the launch of the ... pantry").
_VENUE_LAUNCH = lazy(r"(?i)\b(studio|store|shop|office|clinic|cafe|café|restaurant|branch|hub|gym|"
                     r"bakery|salon|pantry|library|school|centre|center|warehouse|site|plant|hotel|"
                     r"bar|app|website|platform) (?:launch|opening|rollout|roll-out)\b")
_LAUNCH_OF = lazy(r"(?i)^the (?:launch|opening|founding|creation|start|setup|set-up|expansion|"
                  r"rollout|roll-out) of (?=\S)")


# A figure that shares out the one before it: "1,500 attendees each", "£2k apiece".
_EACH = lazy(r"^[$€£]?\d[\d,.]*\w*(?:\s+\w+){0,2}\s+(?:each|apiece|per (?:event|site|class|"
                   r"session|day|week|month|year|store|school|team))\.?$")


def as_typed(found: list[Fact], raw: str | None) -> list[Fact]:
    """The facts, with a clause the realiser made by guessing a verb for a note ("calving
    season 2023" -> "the calving season was 2023") given back as the note it was: a noun
    phrase, named as typed rather than a sentence of our guessing. A clause that only spells out
    the verb a note left out before a participle or a change ("processing time [was] cut from 9
    days to 2", "wheat yield [went] up 12%") or adds an article is kept."""
    typed = notes(raw, second=False)
    out = []
    for fact in found:
        if fact.form == "clause" and typed:
            words = set(fact.text.lower().split())
            note = max(typed, key=lambda t: len(words & set(t.lower().split())))
            if _guessed(fact.text, typed) or _counted_then_done(note):
                fact = Fact(lower_first(note), "noun")
        out.append(fact)
    return out


def _guessed(clause: str, typed: list[str]) -> bool:
    """Whether the clause puts a "was" or "is" that no note has before something that is no
    participle or change: "the calving season was 2023", "the team was 9 strong"."""
    said = {w for t in typed for w in t.lower().split()}
    words = clause.lower().split()
    return any(w in ("was", "were", "is", "are") and w not in said and not (
        after.endswith("ed") or after in SIMPLE_PASTS or after in _LEFT_OUT_BEFORE)
        for w, after in zip(words, words[1:]))


def _counted_then_done(note: str) -> bool:
    """A count of things and what was done to them, with no doer: "42 landholder agreements
    signed", "25 pupils moved with a full plan". Whether they "were signed" or did the moving
    is the writer's to say; as a note it reads right ("The work saw 42 ... signed")."""
    words = note.lower().replace(",", "").split()
    if not words or not _COUNT_START.match(words[0]):
        return False
    for i, w in enumerate(words[1:6], start=1):
        if w in _BE or w in ("had", "have", "has") or w in _ACHIEVED or w in _THINGS_DO \
                or words[i - 1] in _PEOPLE:
            return False  # "9 swimmers qualified for nationals" did it themselves
        if w.endswith("ed") or w in SIMPLE_PASTS:
            after = words[i + 1] if i + 1 < len(words) else None
            return i > 1 and (after is None or after in _PREPOSITIONS or after in ("and", "on",
                                                                                 "within"))
    return False


_COUNT_START = lazy(r"\d[\d,.]*[kKm%+]?$")


# What may follow a verb a note left out: "[was] cut", "[went] up", "[was] down from".
_LEFT_OUT_BEFORE = frozenset("up down from cut set built sold held won hit run done made".split())


def notes(raw: str | None, second: bool = True) -> list[str]:
    """Details as the lines of a list, close to how they were typed and in the requester's
    voice: one per line, bullet, ';' or sentence ("Cut costs by 20%", "85,000 visitors in four
    months", "No payroll errors in 2023"). A list takes any form, so nothing is reworded into
    a sentence; only short forms are spelt out and `second` makes the details' she and he the
    reader ("she gave me the lead" -> "You gave me the lead")."""
    out = []
    for part in _PARTS.split(raw or ""):
        text = _spelt_out(part).strip(" .")
        if any(ch.isalnum() for ch in text):
            out.append(list_line(to_second_person(text) if second else text))
    return out


def _spelt_out(part: str) -> str:
    """One detail as typed, its short forms spelt out: "govt" -> "government", "4.2%->0.6%" ->
    "from 4.2% to 0.6%", "in april" -> "in April", "~1,500" -> "about 1,500"; no "lol", no
    "!!"."""
    text = _SHORT_FORMS.sub(lambda m: _SPELT[m.group(0).lower()], clean(part))
    text = TEXTED_TAIL.sub("", text)  # "every spring lol"
    text = shared(r"([\d.]+%?)\s*(?:->|=>|\u2192)\s*([\d.]+%?)").sub(r"from \1 to \2", text)
    text = shared(r"(\d)\s+%").sub(r"\1%", shared(r"!{2,}|!(?=\))").sub("", text))  # "0.3 %",
    #                                                                             "flux!!)"
    text = _named_words(text)  # "in april", "on saturdays", "in Q2"
    text = shared(r"\blike (?=\d)").sub("", text)  # "like 3 summers"
    return shared(r"~\s*(?=\d)").sub("about ", text)  # "~1,500 samples": about 1,500


def facts(raw: str | None) -> list[Fact]:
    """Details as facts: one per line, bullet or ';'. A fact that starts with a past tense and
    has no verb of its own after it is something done ("cut costs by 20%"); one with its own
    subject and verb is a clause ("pass rate went from 61% to 78%", "the store beat its
    target"); anything else is a noun phrase ("zero downtime during the cutover")."""
    if not raw:
        return []
    out: list[Fact] = []
    raw = shared(r"\.{2,}\s*").sub("; ", raw)  # "in 10 weeks.... & got a commendation"
    raw = _SPLICE.sub("; ", raw)  # "shipped v2.0 in April, crash rate went down to 0.3%"
    raw = shared(r"(?<=\S),\s+(?=(?:saved|raised|won|hired|shipped|delivered|finished|completed)\s|"
                 r"(?:no|zero)\s+\w+\s+\w+)").sub("; ",
                 raw)  # "..., saved about 200k in overtime", "saved 300k, no data loss"
    raw = shared(r"(?<=[\w%)]),\s+(?=([a-z]+)\s+(?:\d|a |an |the |my |our |over |more |all |"
                 r"every |two |three |four |five |six |ten ))").sub(
                 lambda m: "; " if lexicon.word_class(m.group(1)) == "D" and
                 lexicon.lemma(m.group(1)) != m.group(1) and len(shared(r"[;\n]").split(m.string[:m.start()])[-1].split()) >= 3 else m.group(0),
                 raw)  # "downtime went from 6 hrs to 2, trained 15 ppl": a second deed
    raw = shared(r"(?i)\bon time (?=rate|delivery|performance|arrival|completion)").sub("on-time ", raw)
    raw = shared(r"(?i)\bfit out\b").sub("fit-out", raw)  # "the food truck fit out built in 6 weeks"
    raw = shared(r",\s+not (one|a single one) ([a-z]+ed)\b").sub(r"; not \1 was \2", raw)  # "38 weddings,
    #                                                    not one cancelled": not one was cancelled
    raw = shared(r"\b(\d) star\b").sub(r"\1-star", raw)  # "a 4 star review"
    raw = shared(r"(?i)\b(over|during|across) (\d+[- ](?:day|week|wk|month|mo|year|yr|hour|hr)s?[- ]?\w*)").sub(
                 lambda m: f"{m.group(1)} the {m.group(2)}" if not shared(r"\b(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?)$").search(m.group(2))
                 else m.group(0),
                 raw)  # "no LTIs over 11-week shutdown" -> "over the 11-week shutdown"
    raw = shared(r"(?i)^(?:the )?((?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s[^,;]+?),"
                 r"\s+all\s+(?=[a-z]+ed\b)").sub(r"all \1 ", raw.strip())  # "three shows in four days,
    #                                        all started on time" -> "all three shows ... started"
    raw = shared(r",\s+(?=[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:same as before|unchanged|flat|steady|"
                 r"stable)\b)").sub("; ", raw)  # "water use down 35%, grape yield same as before"
    raw = shared(r"^(\d[\d,]* [a-z]+s) (no|zero) ([a-z]+s?)$").sub(r"\1 with \2 \3", raw.strip())  # "30
    #                                                         kitchens no callbacks"
    raw = shared(r"(?i)^(i (?:[a-z]+ ){1,8}?[^,;\n]*), (?=[a-z]+ed\b)").sub(r"\1 and ", raw)  # "I did 3
    #                                      years of nights there, precepted 6 new grads": one deed more
    for part in _PARTS.split(raw):
        text = _spelt_out(part)
        change = _CHANGE_WITHOUT_DOER.match(text.strip())
        if change:  # "grew from 12 to 140 players": the programme grew, not the person
            out.append(Fact(f"{_CHANGE_AS_NOUN[change.group(1).lower()]} {text.strip()[change.end(1) + 1:]}",
                            "noun"))
            continue
        text = shared(r"^0 (?=[a-z])").sub("no ", text)  # "0 payroll errors": no payroll errors
        text = shared(r"(?i)^all (?=[a-z]+ed\b)").sub("all were ", text)  # "all fixed within 30 days"
        text = shared(r"^((?:about |over |nearly )?[\d,.]+\s?(?:km|kilometres|kilometers|miles|m|"
                      r"metres|meters|tonnes|tons|kg|hectares|ha|acres|sq ft|m2) of [a-z][\w -]*?) "
                      r"([a-z]+ed)$").sub(r"\1 was \2", text)  # "140 km of network surveyed"
        text = shared(r"(?<=[a-z]) \+(\d[\d.]*%)").sub(r" up \1", text)  # "throughput +12%"
        text = shared(r"(?<=[a-z]) [-\u2212\u2013](\d[\d.]*%)").sub(r" down \1", text)  # "steam use -8%"
        text = shared(r"(?i)^(launched|opened|reopened|released|shipped|debuted|premiered|"
                      r"went live) "
                      r"(?=(?:spring|summer|autumn|fall|winter|early|late|mid|jan|feb|mar|apr|may|"
                      r"jun|jul|aug|sep|oct|nov|dec)\w*\b|(?:19|20)\d\d\b)").sub(r"\1 in ",
                      text)  # "launched summer 2023": launched in summer 2023
        text = shared(r"(?i)^(?:the )?(discord|slack|whatsapp|telegram) (?=grew|went|hit|reached|"
                      r"doubled|tripled)").sub(lambda m: f"the {m.group(1).capitalize()} community ",
                      text)  # "discord grew to 45k": the Discord community grew
        if re.match(rf"(?i)(?:\d+|zero|no|{'|'.join(sorted(_COUNT_WORDS))})[- ]", text):
            text = shared(r",\s*((?:19|20)\d\d)\s*[-\u2013]\s*((?:19|20)?\d\d)$").sub(
                          r" (\1 to \2)", text)  # "three-year contract, 2020-2023" -> "(2020
            #                                         to 2023)"
        text = shared(r"\b([a-z]{3,}ed) (no|zero) (?=[a-z])").sub(r"\1 with \2 ", text)  # "12k files
        #                                      migrated no data loss": migrated with no data loss
        text = shared(r"(?i)\b(after|before|at|since|until) go live\b").sub(r"\1 go-live", text)
        text = shared(r"(?i)^(?:zero|none)\s+(?=[a-z]+ed(?:$|\s+(?:for|in|by|on|at|after|during|"
                      r"over|since|due|because)\b))").sub("not one was ", text)  # "zero
        #                                   amended for preparer error": not one was amended
        text = shared(r"(?i)\bxmas\b").sub("Christmas", text)
        text = shared(r"(?<!from )(?<!in )\b((?:19|20)\d\d)[-\u2013]((?:19|20)?\d\d)(?=$| and )").sub(
                      r"from \1 to \2", text) if shared(r"[a-z] (?:19|20)\d\d[-\u2013]").search(text) \
            and not shared(r"(?i)(?:zero|no|\d)").match(text) \
            else text  # "passed every inspection 2019-2022" -> "... from 2019 to 2022"
        since = shared(r"(?i)^(.*\b(?:certified|licensed|registered|qualified|accredited)) since "
                         r"((?:19|20)\d\d)$").match(text)
        if since:  # "PMP certified since 2019" -> "I became PMP certified in 2019"
            out.append(Fact(f"became {since.group(1)} in {since.group(2)}", "past"))
            continue
        together = re.match(rf"(?i)^({_A_COUNT}) (years?|"
                            r"months?|summers?|seasons?) (?:together|working together|side by side)$",
                            text)
        if together:  # "3 years together": how long the work lasted
            out.append(Fact(f"spanned {together.group(1)} {together.group(2)}", "span"))
            continue
        text = shared(r"^&\s*|\s&\s(?=[a-z])").sub(lambda m: "" if m.group(0).startswith("&")
                      else " and ", text)  # "& got a commendation", not "Tan & Co"
        spent = re.match(rf"(?i)^({_A_COUNT})\s+"
                         r"(years?|months?|weeks?|summers?|seasons?|shifts?) (on|at|in|with|as) (.+)$",
                         text)
        if spent:  # "18 months on nights": time spent
            out.append(Fact("spent " + text, "past"))
            continue
        when = shared(r"(?i)^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
                        r"(?:\s+\d{1,2},?)?\s+(?:19|20)\d\d)$").match(text)
        if when:  # "June 2022": when it was
            out.append(Fact("took place in " + cap(when.group(1)), "span"))
            continue
        span = _DURATION.match(text)
        if span and (span.group(3) or span.group(4)):  # "two years, 2021-2023": how long
            out.append(Fact(_how_long(span), "span"))
            continue
        if out and _ACROSS.match(text):  # "40,000 nets distributed; 2 districts": where
            out[-1] = Fact(f"{out[-1].text.rstrip('.')} across {text.rstrip('.')}", out[-1].form)
            continue
        ahead = re.match(rf"(?i)^{_A_COUNT} (?:days?|"
                         r"weeks?|months?) (?:ahead of schedule|ahead of time|early|ahead)$", text)
        if out and ahead:  # "delivered 380 sign texts; three weeks ahead of schedule": when
            out[-1] = Fact(f"{out[-1].text.rstrip('.')}, {text}", out[-1].form)
            continue
        if out and _EACH.match(text):  # "ran 3 conferences; 1,500 attendees each": one fact
            out[-1] = Fact(f"{out[-1].text.rstrip('.')}, with {text.rstrip('.')}", out[-1].form)
            continue
        label = shared(r"([A-Za-z][A-Za-z ]{1,20}):\s+(?=\S)").match(text)
        if label and label.group(1).lower() in _LABELS:
            text = text[label.end():]  # "Outcome: audit passed": the heading is not the fact
        if not text or not any(ch.isalnum() for ch in text):
            continue
        cut_by = shared(r"^([a-z][\w-]*(?: [a-z][\w-]*)?) (reduced|cut|lowered|decreased|increased|"
                          r"raised|boosted) (by .+)$").match(text)
        if cut_by and cut_by.group(1).split()[0].lower() not in DETERMINERS | _SUBJECTS_FIRST | \
                _SUBJECTS_THIRD | {"we", "you", "they", "it"} and (
                _bare_noun(cut_by.group(1)) or shared(r"[a-z]+s").fullmatch(cut_by.group(1))):  # "falls"
            out.append(Fact(f"{cut_by.group(1)} {'were' if _plural(cut_by.group(1)) else 'was'} "
                            f"{cut_by.group(2)} {cut_by.group(3)}", "clause"))  # "falls reduced
            continue  #                                                    by 30%": were reduced
        if shared(r"(?i)^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|most|some|all|half) "
                    r"of (?:them|us|our|the|my)\b").match(text) and any(
                _past_or_present(w) or w in SIMPLE_PASTS or lexicon.word_class(w) == "V"
                or (lexicon.verb_forms(w) and w == lexicon.lemma(w)) for w in text.lower().split()[3:]):
            out.append(Fact(text, "clause"))  # "two of them now volunteer with the project"
            continue
        top = shared(r"(?i)^(?:the )?(top (?:of|in) .+)$").match(text)
        if top:  # "top of the 2021 cohort": they were, not "the top of the 2021 cohort"
            out.append(Fact("was " + top.group(1), "past"))
            continue
        if shared(r"(?i)^(?:\d[\d,]*|all|most|half|some) (?:of them |of the \w+ )?(?:got|found|"
                  r"went|became|moved|passed|earned|joined|returned|stayed|graduated|completed)"
                  r" \S").match(text):
            out.append(Fact(text, "clause"))  # "45 got permanent jobs": a clause, not "There
            continue  #                          were 45 got ..."
        load = shared(r"(?i)^(?:a )?(caseload|workload|portfolio|patch|territory) of (.+)$").match(text)
        if load:  # "caseload of 38 women over 14 months": I carried it
            out.append(Fact(f"carried a {load.group(1).lower()} of {load.group(2)}", "past"))
            continue
        crew = shared(r"(?i)^(?:a )?(team|crew|class|staff|squad|unit|department) of (\d+|[a-z]+)$").match(
                        text)
        if crew:  # "team of 9": the team was 9 strong
            out.append(Fact(f"the {crew.group(1).lower()} was {crew.group(2)} strong", "clause"))
            continue
        without = re.match(rf"(?i)^({_A_COUNT}) "
                           r"(years?|months?|weeks?|days?|shifts?|seasons?) (without .+)$", text)
        if without:  # "three years without a lost-time injury": went three years without one
            out.append(Fact("went " + text, "past"))
            continue
        low = [w.lower().strip(",.") for w in text.split()]
        first, cls = low[0], lexicon.word_class(low[0])
        later_verb = any(_past_or_present(w) and low[i] not in ("that", "which", "who")
                         and not _counted_plural(w, low[i])
                         for i, w in enumerate(low[1:8]))
        if first in _RECOGNISED and len(low) > 1 and (low[1] in _PREPOSITIONS | {"as", "for", "to"}
                                                      or first == "awarded"):
            out.append(Fact("was " + lower_first(text), "past"))  # "nominated for Nurse of the
            continue  #                                              Year": I was nominated
        if first in ("should", "will", "would", "could", "can", "may", "might") and len(low) > 2:
            out.append(Fact("it " + text, "clause"))  # "should pay for itself in 4 years"
            continue
        held = shared(r"^([a-z][\w -]*?) (same as before|unchanged|flat|steady|stable)$").match(text)
        if held and held.group(1).split()[0].lower() not in DETERMINERS and held.group(1).split()[
                -1].lower() not in ("held", "stayed", "remained", "was", "were", "kept", "stood"):
            said = {"same as before": "stayed the same", "unchanged": "was unchanged",
                    "flat": "stayed flat", "steady": "held steady", "stable": "stayed stable"}
            out.append(Fact(f"{held.group(1)} {said[held.group(2)]}", "clause"))
            continue  # "grape yield same as before" -> "grape yield stayed the same"
        change = _NOUN_CHANGE.match(text)
        said_of = change.group(1).split() if change else []
        if change and (_bare_noun(change.group(1)) or _bare_noun_of(change.group(1)) or (
                len(said_of) == 1 and lexicon.word_class(change.group(1).lower()) == "V") or (
                len(said_of) > 1 and said_of[-1].endswith("s") and _bare_noun(" ".join(said_of[:-1])))):
            # "emergency waits down 35%": a plural the lexicon also files as a verb
            # "yield up 14%": a one-word subject the lexicon files as a verb is still the noun
            # "reading scores up 15 points" -> "Reading scores went up 15 points"
            subject_, way, amount_ = change.groups()
            out.append(Fact(f"{subject_} went {way} {amount_}", "clause"))
            continue
        bound = _NOUN_BOUND.match(text)
        if bound and any(w in SIMPLE_PASTS or _past_or_present(w) or lexicon.word_class(w) == "D"
                         for w in bound.group(1).lower().split()[1:]):
            bound = None  # "the migration went live on 1 April": it has its verb already
        if bound and _named_measure(bound.group(1)) and not bound.group(1).lower().endswith(
                (" up", " down")) and not (first[:1].isdigit() or first in ("no", "zero")):
            head = shared(r"\s+(?:at|of)\s+").split(bound.group(1))[0].split()[-1].lower()  # "cost
            plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))  # of goods"
            out.append(Fact(f"{bound.group(1)} {'were' if plural else 'was'} {bound.group(2)}",
                            "clause"))
            continue
        had = _HAD.match(text)
        if had and _bare_noun(had.group(1)) and "," in had.group(2) or had and shared(r"\d").match(had.group(2) or ""):
            items = [i.strip() for i in shared(r",(?!\d{3})\s*|;\s*|\s+and\s+").split(had.group(2))
                     if i.strip()]  # "1,000 families" is one item
            said = [("a " + i if shared(r"\d[\d.]*-").match(i) else i) for i in items]
            owner = had.group(1)  # "the Japan launch", but "Acme Corp"
            owner = "the " + lower_first(owner) if owner.split()[-1][:1].islower() else owner
            out.append(Fact(f"{owner} had {join(said)}", "clause"))
            continue
        if had and _bare_noun(had.group(1)) and (_past_or_present(_first_word(had.group(2)))):
            # "Phase 2: delivered on time" -> "Phase 2 was delivered on time"
            out.append(Fact(f"{had.group(1)} was {had.group(2)}", "clause"))
            continue
        if first in ("no", "zero") and len(low) == 3 and lexicon.word_class(low[2]) in ("N", None) \
                and low[1] in _MASS | {"downtime", "defects", "errors", "incidents", "injuries"}:
            typed = text.split()  # "zero downtime cutover" -> "the cutover had zero downtime"
            out.append(Fact(f"the {typed[2]} had {typed[0]} {typed[1]}", "clause"))
            continue
        if first in ("no", "zero") and len(low) == 3 and _past_or_present(low[2]) \
                and low[1].endswith("s"):
            typed = text.split()  # "no amendments needed" -> "no amendments were needed"
            out.append(Fact(f"{typed[0]} {typed[1]} were {typed[2]}", "clause"))
            continue
        if first in _CHANGE_VERBS and shared(r"\d\s*%?$").search(text) and " by " not in text \
                and not shared(r"\b(?:in|since|during|for) (?:19|20)\d\d$").search(text) \
                and " from " not in text and " to " not in text \
                and not shared(r"[$\u20ac\u00a3]?\d").match(low[1] if len(low) > 1 else "0") \
                and not (first == "saved" and shared(r"[$\u20ac\u00a3]\d").search(text)):  # "saved the
            #   city $220,000": a sum saved for someone, not a change by it
            #  ("raised €18,000" is the sum raised, not a change by it)
            out.append(Fact(shared(r"\s+([$\u20ac\u00a3]?\d[\d.,]*\s*%?)$").sub(r" by \1", text), "past"))
            continue  # "cut warehouse costs 35%" -> "cut warehouse costs by 35%"
        if first in ("her", "his", "their", "my", "our", "the", "its") and any(
                w in _CHANGE_VERBS for w in low[1:4]) and len(low) > 3:
            out.append(Fact(text, "clause"))  # "her dashboard cut ship turnaround reporting ..."
            continue
        fromto = _FROM_TO.match(text)
        if fromto and _bare_noun(fromto.group(1)) and first not in _SUBJECTS_FIRST | \
                _SUBJECTS_THIRD | {"we", "they"} and first not in _CHANGE_VERBS | {"took",
                                                                                     "brought"}:
            out.append(Fact(f"{fromto.group(1)} went {fromto.group(2)}", "clause"))
            continue  # "CSAT from 78% to 91%" -> "CSAT went from 78% to 91%"
        if first in ("never", "always", "rarely", "seldom") and len(low) == 2 \
                and lexicon.word_class(low[1]) == "J":
            out.append(Fact("was " + text, "past"))  # "never late": I was never late
            continue
        if first in ("never", "always", "rarely", "seldom") and len(low) > 1 \
                and (_past_or_present(low[1]) or low[1] in SIMPLE_PASTS):
            out.append(Fact(text, "past"))  # "never missed a Saturday": I never missed one
            continue
        if shared(r"^[A-Z]{2,4}'d\b").match(text):
            out.append(Fact(text, "past"))  # "TA'd the course": a deed
            continue
        level = _NOUN_LEVEL.match(text)
        if level and shared(r"(?:19|20)\d\d").fullmatch(level.group(2)) and _HONOUR.search(text) \
                and _bare_noun(level.group(1)) and not later_verb:
            out.append(Fact(f"received the {level.group(1)} in {level.group(2)}", "past"))
            continue  # "Army Achievement Medal 2019": received it that year
        now = shared(r"^((?:the )?[a-z][\w-]*(?: [a-z][\w-]*)?) now ([a-z]+s) (.+)$").match(text)
        if now and (lexicon.word_class(now.group(2)) == "Z" or lexicon.verb_forms(
                lexicon.lemma(now.group(2)))):
            out.append(Fact(text, "clause"))  # "pipeline now processes a night of data in 2 hours"
            continue
        if level and not (first[:1].isdigit() or first in ("no", "zero")) \
                and _bare_noun(level.group(1)):
            subject_, figure = level.groups()  # "uptime 99.2%" -> "Uptime was 99.2%"
            head = subject_.split()[-1]
            plural = head.lower().endswith("s") and not head.lower().endswith(("ss", "us")) \
                and not _is_acronym(head)
            out.append(Fact(f"{subject_} {'were' if plural else 'was'} {figure}", "clause"))
            continue
        upto = next((i for i, w in enumerate(low) if w in _PREPOSITIONS), len(low))
        if first == "top" and len(low) > 1 and _A_PERSON.search(low[1]) and not _HONOUR.search(
                text) and not any(
                _past_or_present(w) for w in low[2:upto]):
            out.append(Fact("was " + lower_first(text), "past"))  # "Top shearer at the heats"
            continue
        if first == "top" and len(low) > 2 and not low[1][:1].isdigit() \
                and not _HONOUR.search(text) and not any(_past_or_present(w) for w in low[1:]):
            out.append(Fact("the " + text, "noun"))  # "top grade in a class of 85"
            continue
        if first == "top" and len(low) > 1 and low[1][:1].isdigit():
            out.append(Fact("ranked in the " + text, "past"))  # "top 5% of a class of 180"
            continue
        if (first[:1].isdigit() or first in ("zero", "no")) and len(low) > 2 \
                and _past_or_present(low[1]) and not _reduced_passive(text) \
                and not any(w in _BE for w in low[2:4]):  # "no calls were dropped" has its verb
            out.append(Fact(text, "noun"))  # "0 missed cutoffs during the cutover"
            continue
        cut = _CUT.match(text)
        if cut and len(cut.group(1).split()) <= 3 and all(
                w not in _BE and w not in _PREPOSITIONS and w not in DETERMINERS
                for w in cut.group(1).lower().split()):  # "lead time cut from 9 days to 6"
            head = cut.group(1).split()[-1].lower()
            plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
            out.append(Fact(f"{cut.group(1)} {'were' if plural else 'was'} {cut.group(2)}",
                            "clause"))
            continue
        if first in _COUNT_WORDS and len(low) > 1 and low[-1].endswith("s") \
                and not any(lexicon.word_class(w) in ("D", "V") or w in SIMPLE_PASTS for w in low[1:]):
            out.append(Fact(text, "noun"))  # "two Michelin Bib Gourmand mentions"
            continue
        honour = _HONOUR.search(text)
        if honour and not any(_past_or_present(w) or w in SIMPLE_PASTS for w in low) \
                and first not in DETERMINERS | _SUBJECTS_FIRST | _SUBJECTS_THIRD | {"we", "you", "it", "they"} \
                and first not in ("won", "received", "earned"):  # a noun phrase, not a sentence
            named_as = "of the year" in text.lower() or first == "top"
            named = text if first in DETERMINERS or named_as else "the " + text
            if first == "top":
                named = lower_first(named)  # "was named top seller in Q2 2023"
            out.append(Fact(("was named " if named_as else "won ") + named, "past"))
            continue
        if len(low) <= 3 and low[-1] in _POSTS and not any(_past_or_present(w) for w in low):
            out.append(Fact("served as " + text, "past"))  # "team captain": served as one
            continue
        if _SERVICE.match(text):
            out.append(Fact("gave " + text, "past"))  # "12 years of service"
            continue
        every = _ALL_DONE.match(text)
        if every and _bare_noun(every.group(2)):  # "3 appeals, all won" -> "All 3 appeals were won"
            out.append(Fact(f"all {every.group(1)} {every.group(2)} were {every.group(3)}", "clause"))
            continue
        passive = _reduced_passive(text)
        if passive:
            out.append(Fact(passive, "clause"))  # "37 RTUs replaced" -> "37 RTUs were replaced"
            continue
        nxt = low[1] if len(low) > 1 else ""
        done = cls == "D" or _same_past(first) or (
            first.endswith("ed") and len(first) > 4 and (cls is None or nxt in DETERMINERS
                                                           or nxt[:1].isdigit()))
        if (first in _DONE_TO or first in _OPENINGS) and len(low) > 1 and low[1].strip(".") in _MONTH_NAMES:
            verb, _, when = text.partition(" ")
            text = f"{verb} in {when}"  # "completed Dec 2021" -> "completed in Dec 2021"
            low = [w.lower().strip(",.") for w in text.split()]
        note = _NOTE_FORM.match(text)
        if note and not any(_past_or_present(w) or w in _BE or w in SIMPLE_PASTS
                            for w in note.group(1).lower().split()) \
                and note.group(1).split()[-1].lower() not in DETERMINERS:  # not "our live ..."
            out.append(Fact(f"{note.group(1)} {'were' if _plural(note.group(1)) else 'was'} "
                            f"{note.group(2)}", "clause"))
            continue
        if shared(r"\d[\d.]*% (?:under|over|below|within) budget\b").match(text):
            out.append(Fact("came in " + text, "past"))  # "8% under budget": the project came in
            continue
        bare = shared(r"^((?:all )?(?:\d[\d,]* )?[a-z][\w-]*(?: [a-z][\w-]*){0,2}) (submitted|delivered|"
                        r"completed|approved|signed|filed|published|finished|handed over|installed|"
                        r"commissioned|built|rebuilt|renovated|refurbished|fitted|painted|swapped|"
                        r"replaced|upgraded|migrated|moved) (.+)$").match(text)
        if bare and bare.group(1).split()[0].lower() not in DETERMINERS | _SUBJECTS_FIRST | \
                _SUBJECTS_THIRD | {"we", "you", "they", "it"} and _bare_noun(bare.group(1)) \
                and bare.group(3).split()[0].lower() not in DETERMINERS | {"me", "us", "them"}:  # "3
            #   engineers built the pipeline" did it, with an object
            out.append(Fact(f"{bare.group(1)} {'were' if _plural(bare.group(1)) else 'was'} "
                            f"{bare.group(2)} {bare.group(3)}", "clause"))  # "bid submitted 2 days
            continue  #                                                        early": it was
        filed = shared(r"(?i)^((?:our|my|the|their|his|her|its) [\w\s-]+?) (filed|submitted|completed|"
                         r"approved|delivered|published|signed|audited|certified)\b(.*)$").match(text)
        if filed and not any(_past_or_present(w) for w in filed.group(1).lower().split()[1:]):
            out.append(Fact(f"{filed.group(1)} {'were' if _plural(filed.group(1)) else 'was'} "
                            f"{filed.group(2)}{filed.group(3)}", "clause"))  # "tax returns were filed"
            continue
        graded = shared(r"(?i)^((?:the |my |our )?[a-z][\w -]*?)(?: was| were)? (graded|marked|"
                          r"rated|awarded) ([a-z][\w -]*)$").match(text)
        if graded and graded.group(3).split()[0].lower() not in DETERMINERS | {"by", "as"}:
            subject_ = graded.group(1)
            if subject_.split()[0].lower() not in DETERMINERS and not subject_[:1].isupper():
                subject_ = "the " + subject_  # "dissertation was graded" -> "the dissertation"
            grade = graded.group(3) if graded.group(3)[:1].isupper() \
                else indefinite(graded.group(3))  # "rated Good" is a rating's name
            out.append(Fact(f"{subject_} was {graded.group(2)} {grade}", "clause"))  # "thesis
            #   graded distinction" -> "the thesis was graded a distinction"
            continue
        if first in _DONE_TO and len(low) > 1 and low[:2] != ["signed", "with"] and (
                low[1] in _PREPOSITIONS | {"on", "ahead", "under", "within"}
                or shared(r"\S+ (?:days?|weeks?|months?) (?:early|late|ahead)").match(" ".join(low[1:]))):
            out.append(Fact(lower_first(text), "passive"))  # "completed in 3 weeks": the audit was
            continue
        if first == "rated" and len(low) > 1 and low[1][:1].isdigit():
            out.append(Fact(text, "passive"))  # "rated 4.7 in the Play Store": the app was
            continue
        if first in ("go-live", "golive") and len(low) > 1 and low[1] not in _BE | {"happened",
                                                                                   "came"}:
            out.append(Fact("went live " + " ".join(text.split()[1:]), "past"))  # "go-live in 5
            continue  #                                                              months"
        if (first in ("zero", "no") or first[:1].isdigit()) and len(low) > 3 and low[2] == "of" \
                and not _past_or_present(low[1]) and not {"was", "were"} & set(low):
            out.append(Fact(text, "noun"))  # "zero minutes of lost airtime": an amount
            continue
        if cls == "Z" and len(low) > 2 and lexicon.lemma(first) != first and (
                low[1][:1].isdigit() or low[1] in ("over", "more", "about", "around", "nearly")):
            out.append(Fact(text, "present"))  # "serves 300 families weekly": the thing made does
            continue
        if shared(r"(?i)(?:co-)?(?:first|lead|senior|corresponding|last) author\b").match(text):
            out.append(Fact("was " + text, "past"))  # "co-first author on a Cell paper"
            continue
        serve = shared(r"^([a-z][\w-]*s) ([a-z]+) (?:over |about |nearly )?[\d$]").match(text)
        if serve and lexicon.word_class(serve.group(2)) == "V" and lexicon.verb_forms(
                serve.group(2)) and not _counted_plural(serve.group(1), ""):
            out.append(Fact(text, "clause"))  # "kiosks serve 9,000 households": a clause
            continue
        if first in ("had", "was", "were", "got", "became", "won", "earned", "received"):
            out.append(Fact(text, "past"))  # "had work selected for the show": one deed
            continue
        # After a past tense, "hires" or "sales" is a plural, not a verb of its own.
        own_verb = any(_past_or_present(w) and lexicon.word_class(w) != "Z"
                       and low[i] not in ("that", "which", "who") and low[i] not in _PREPOSITIONS
                       and low[i] not in DETERMINERS
                       and not ((lexicon.word_class(w) == "D" or (
                                    w.endswith("ed") and lexicon.word_class(w) is None))
                                and i + 2 < len(low)
                                and lexicon.word_class(low[i + 2]) == "N")  # "600 edited
                       #   photos", "340 mislabelled pallets": a participle before its noun
                       for i, w in enumerate(low[1:5]))
        if done and first not in _OPENINGS and first not in SIMPLE_PASTS and nxt in ("by", "in", "on") and (
                nxt == "by" or low[2:3] and (
                shared(r"(?:19|20)\d\d").fullmatch(low[2]) or words_cap(text, 2))):  # "launched in
            #     2023", not "brought in 40 tonnes"
            out.append(Fact(text, "passive"))  # "used by 3 universities", "launched in 2023"
        elif done and (not own_verb or _participles_only(low[1:5])):
            out.append(Fact(text, "past"))  # "found 340 pallets mislabelled": the sender's
            #   deed (a clause needs a subject of its own: "hit rate went from 2% to 7%")
        elif first in _SUBJECTS_FIRST | _SUBJECTS_THIRD | {"we", "you", "our", "the", "my",
                                                           "they", "it"} or later_verb:
            out.append(Fact(text, "clause"))
        elif first in ("no", "every", "each") and any(
                _past_or_present(w) or w in SIMPLE_PASTS or _same_past(w) or w in _BE
                for w in low[2:5]):
            out.append(Fact(text, "clause"))  # "no crew member quit mid-season"
        else:
            out.append(Fact(_counted(text), "noun"))
    return out


def _counted(text: str) -> str:
    """A noun fact that needs "a" before it: "a 95% response rate in my district", "a first
    order from a Berlin retailer"; not "first place" or "20% growth"."""
    low = text.lower().split()
    if shared(r"\d[\d.,]*%$").match(low[0]) and any(w in _COUNTED for w in low[1:3]) \
            or low[0] in _ORDINALS and len(low) > 1 and low[1] not in ("place", "prize", "class"):
        return indefinite(text)
    return text


_COUNTED = frozenset("""rate drop increase reduction rise cut boost improvement uplift jump decrease
decline gain score margin share return""".split())
_ORDINALS = frozenset("first second third fourth fifth".split())


# What a campaign reaches by the ten thousand: "vaccinated 45,000 people", "connected 12,000
# homes" (not "translated 40,000 words", one person's count).
_MANY = frozenset("""people ppl patients households families children kids residents users
customers students pupils farmers homes voters members visitors attendees meters connections
villages""".split())


def _big(figure: str) -> bool:
    """Ten thousand or more: "45,000", "12k", "250000"."""
    digits = figure.lower().replace(",", "")
    scale = 1000 if digits.endswith("k") else 1
    try:
        return float(digits.rstrip("k")) * scale >= 10_000
    except ValueError:
        return False


def _counted_plural(word: str, before: str) -> bool:
    """'calls' in "about 12 calls a night", 'honours' in "first-class honours": a plural noun
    after a count or an adjective, not a verb."""
    return lexicon.word_class(word) == "Z" and (
        before[:1].isdigit() or before in ("dozen", "hundred", "thousand", "million", "many")
        or "-" in before or lexicon.word_class(before) == "J")


_REACHING = frozenset("hit reached topped passed exceeded beat surpassed crossed".split())
# Verbs of change that take no object ("downloads tripled" needs no "were"), and verbs of
# reaching a figure ("scores hit 4.8/5"), which are active.
_CHANGES = frozenset("""tripled doubled halved quadrupled rose fell grew dropped increased
decreased improved declined jumped climbed soared shrank expanded doubled fell hit reached
topped passed exceeded beat surpassed crossed averaged""".split())
# A project's outcomes, said with the project as subject; the second set whatever follows
# ("met WCAG 2.1 AA", "passed its audit").
_OUTCOMES = frozenset("""raised generated served reached attracted drew earned sold grossed
hosted welcomed fed housed collected""".split())
# A deed and the act a project is named by: "the sale of the apartments" did not sell units;
# the sender did.
_ACT_OF = {"sold": "sale", "translated": "translation", "collected": "collection",
           "built": "build", "designed": "design", "delivered": "delivery"}
_OUTCOMES_ANY = frozenset("met passed achieved exceeded surpassed hit".split())
# A project's milestones, when nothing follows but when and how ("opened on schedule").
_OPENINGS = frozenset("""opened reopened launched relaunched debuted premiered finished completed
closed started began ended concluded shipped wrapped""".split())


# A noun phrase and how it moved: "bar revenue up 24% in the first quarter"; or its level:
# "uptime 99.2%", "NPS 72".
_NOUN_CHANGE = lazy(r"^([A-Za-z][\w' -]*?[A-Za-z0-9]) (up|down) ((?:by |from |to )?(?:[$\u20ac\u00a3]?\d|"
                   r"(?:by )?(?:a third|a quarter|half|two thirds|a fifth)\b).*)$")
_NOUN_LEVEL = lazy(r"^([A-Za-z][\w' -]*?[A-Za-z]) (?:of |at )?([$\u20ac\u00a3]?\d[\d.,]*(?:%|/\d+|"
                         r" ?(?:out of|/) ?\d+)?(?: (?:for|over|across|throughout|during|on|in|at) "
                         r"(?:the |\d|a |an |six|twelve|three|two|held-out |[a-z]+-)[\w -]*)?)$")
#   and a time after it: "CSAT of 94% for 6 straight months", "accuracy 94% on held-out fields"
# "site load time under 2s", "flaky tests under 1%", "go-live on 1 March": a noun and where it
# stood, said with "was"/"were".
_NOUN_BOUND = lazy(r"^([A-Za-z][\w' -]*?[A-Za-z]) ((?:under|below|over|above|within) [$\u20ac\u00a3]?\d.*|"
                   r"on (?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b.*|"
                   r"(?:on|ahead of|behind) (?:schedule|time|budget)\b.*)$",
                   re.IGNORECASE)
# "Japan launch: 0 critical bugs, 4.7-star rating": what a thing had, after a colon.
_HAD = lazy(r"^([A-Za-z][\w' &-]{1,40}?):\s+(.+)$")


# Where a line of details ends and the next begins when typed as sentences: "Dispatcher of the
# Year 2021. 12 years of service." (not after "Dr." or "St.").
_SENTENCE_BREAK = "".join(f"(?<!\\b{a})" for a in ("Dr", "Mr", "Ms", "St", "No", "vs", "Jr", "Sr",
                                                  "Mrs", "Inc", "Ltd", "Co")) \
    + r"(?<=[A-Za-z0-9%)])\.\s+(?=[A-Z0-9])"
# Where one typed detail ends and the next begins: a line, a ';' or a sentence.
_PARTS = lazy(r"\s*;\s*|\n+|" + _SENTENCE_BREAK)
# An honour a person received: "Dispatcher of the Year 2021", "Best Paper Award".
_HONOUR = lazy(r"(?i)\bof the year\b|\b(?:award|prize|medal|trophy|fellowship|scholarship)\b|"
               r"^top (?:seller|performer|salesperson|rep|producer|fundraiser|scorer)\b")
# A post held, typed alone: "team captain", "shift lead".
_POSTS = frozenset("""captain president chair chairperson treasurer secretary prefect rep
representative ambassador steward lead supervisor coordinator organiser organizer""".split())
# "12 years of service", "30 years of teaching"
_SERVICE = lazy(r"(?i)^(?:\d+\+?|[a-z]+) years? of (?:service|teaching|nursing|coaching|practice)$")


# Milestones that need an object; without one they happened to the project.
_DONE_TO = frozenset("""completed delivered submitted approved published adopted accepted signed
funded certified audited commissioned filed""".split())
# Someone who does a thing: "top shearer", "top seller", "top student".
_A_PERSON = lazy(r"^(?:\w+(?:er|or|ist|ian|ant|ent)|student|graduate|rep|salesperson|pupil|"
                 r"cadet|recruit|apprentice|trainee|intern|nurse|chef|cook)$")
# A comma that joins two facts, each with its own verb: "..., crash rate went down to 0.3%".
_SPLICE = lazy(r",\s+(?=(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:went|rose|fell|dropped|grew|"
               r"increased|decreased|doubled|halved|tripled|improved|gave|rated|praised|called|"
               r"left|wrote)\b)")
# A headline in note form, a noun and where it stood: "all 12 stores live in 5 weeks",
# "turnover back to 90% by Christmas".
_NOTE_FORM = lazy(r"^((?:all )?(?:\d[\d,]*|[a-z][\w -]*?) ?[a-z][\w-]*) ((?:live|back to|up to|down to|"
                  r"back up to|back down to)\b.*)$")


# Nouns that count people or animals with no plural "s": "40 new staff".
NO_PLURAL_S = frozenset("staff people personnel crew cattle sheep livestock police children men "
                        "women fish deer".split())


def _plural(np: str) -> bool:
    words = np.split()
    head = next((words[i - 1] for i, w in enumerate(words) if i and w.lower() in (
        "on", "of", "in", "for", "with", "at", "from", "about")), words[-1]).lower()  # "thesis
    #   on Baltic sediment cores" is one thesis
    return head.endswith("s") and not head.endswith(("ss", "us", "is")) \
        and head not in ("series", "species", "news", "headquarters") \
        or np.lower().startswith("all ")


# Things done to a person in recognition: "nominated for", "shortlisted for", "awarded".
_RECOGNISED = frozenset("""nominated shortlisted selected chosen promoted awarded recognised
recognized named invited elected appointed commended featured honoured honored accepted
admitted""".split())
# A bare count of places after a fact says where it was: "2 districts", "three regions".
_ACROSS = lazy(r"(?i)^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:districts|"
               r"regions|countries|states|cities|counties|provinces|villages|sites|schools|"
               r"hospitals|stores|branches|campuses|towns|wards|clinics|markets)\.?$")
# Short forms people type in details: "govt", "dept", "w/".
_SPELT = {"govt": "government", "gov't": "government", "dept": "department", "w/": "with",
          "approx": "about", "approx.": "about", "b/c": "because", "mgmt": "management",
          "wks": "weeks", "yrs": "years", "mos": "months", "hrs": "hours", "mins": "minutes"}
_SHORT_FORMS = lazy(r"(?i)(?<![\w/])(?:govt|gov't|dept|w/|approx\.?|b/c|mgmt|wks|yrs|mos|hrs|mins)"
                    r"(?![\w/])")
_CHANGE_VERBS = frozenset("cut reduced raised grew increased lowered saved boosted trimmed".split())
# A headline of a change: "CSAT from 78% to 91%", "NPS from 31 to 58".
_FROM_TO = lazy(r"^([A-Za-z][\w' &/-]*?) (from [$\u20ac\u00a3]?\d\S* to [$\u20ac\u00a3]?\d.*)$")
# A count and what became of every one: "3 appeals, all won", "12 grants, all renewed".
_ALL_DONE = lazy(r"^(\d[\d,]*) ([A-Za-z][\w -]*?s),? (?:all|every one|each) (\w+ed|won|held|built|"
                 r"sold|paid|made|kept|met|done|closed|passed)$")


# Verbs people do without an object: "310 guests attended" is not "were attended".
# A change typed with no subject, which its doer cannot be: "grew from 12 to 140 players" is
# growth the work saw ("she grew" would be about her); "grew the club from ..." keeps its doer.
_CHANGE_WITHOUT_DOER = lazy(r"(?i)(grew|rose|fell|dropped|climbed|jumped|increased|decreased|"
                            r"declined) (?=(?:from|by) \S)")
_CHANGE_AS_NOUN = {"grew": "growth", "rose": "a rise", "fell": "a fall", "dropped": "a drop",
                   "climbed": "a climb", "jumped": "a jump", "increased": "an increase",
                   "decreased": "a decrease", "declined": "a decline"}
# What people achieve themselves, never have done to them: "9 swimmers qualified".
_ACHIEVED = frozenset("""qualified passed placed finished progressed advanced graduated attended
joined enrolled volunteered competed arrived returned""".split())
_DONE_BY_PEOPLE = frozenset("""attended joined enrolled graduated volunteered participated
registered responded applied arrived returned competed voted subscribed signed showed turned
stayed left resigned donated""".split())


_MONTH_NAMES = frozenset("""january february march april june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
# Verbs of a mark given to a thing: "thesis graded 12" is "the thesis was graded 12".
_RATED = frozenset("graded rated marked assessed valued priced".split())


# People, and what people do to others rather than have done to them.
_PEOPLE = frozenset("""regulars customers clients guests patients parents students users members
visitors fans viewers readers buyers donors residents families diners shoppers travellers
travelers passengers callers""".split())
# Verbs things do of themselves: "no show started late" is not "was started".
_THINGS_DO = frozenset("started ended began ran overran crashed failed broke".split())
_ASKED = frozenset("""asked called wrote complained waited queued booked ordered requested
praised thanked tipped recommended followed""".split())


# A headline with a verb whose participle is its past: "page load cut from 4.1s to 1.6s".
_CUT = lazy(r"^([A-Za-z][\w' -]*?[a-z]) ((?:cut|set|reset|halved|shortened|trimmed|slashed) "
            r"(?:from|by|to) .*\d.*)$")


_BE = frozenset("is was were are be been being has had have hit reached went came rose fell "
                "grew stood sat".split())


_LABELS = frozenset("""note notes outcome outcomes result results impact highlights highlight
details detail context kpi kpis metrics metric achievement achievements summary stats numbers
key results""".split())


# A change to a count or a time: "grew agent count from 800" needs "the" before "agent count".
_MEASURED = lazy(r"^((?:grew|increased|raised|cut|reduced|improved|boosted|lifted|doubled|tripled|"
                 r"halved|lowered|decreased|shortened) )([a-z][a-z-]*(?: [a-z][a-z-]*)?)"
                 r"(?= (?:from|by|to) )")


def _the_measure(found: re.Match) -> str:
    noun = found.group(2)
    head = noun.split()[-1]
    if head.endswith("s") or head in _MASS or head.endswith(_MEASURES) or noun.split()[0] in \
            DETERMINERS | _NOT_BARE or lexicon.word_class(noun.split()[0]) in ("D", "Z", "V"):
        return found.group(0)  # "cut costs by 20%", "reduced churn by 5%", "grew our ..."
    return f"{found.group(1)}the {noun}"


def _first_word(text: str) -> str:
    return text.split()[0].lower().strip(",.") if text.split() else ""


def _named_measure(phrase: str) -> bool:
    """A bare noun phrase, or a measure's name with its "at"/"of" ("portfolio at risk", "cost
    of goods"): "Portfolio at risk was under 2%"."""
    parts = shared(r"\s+(?:at|of)\s+").split(phrase)
    return _bare_noun(phrase) or (len(parts) == 2 and len(phrase.split()) <= 4
                                  and all(p and _bare_noun(p) for p in parts))


# Verbs that are the head of a measure: "milk yield up 12%", "ad spend down 8%".
_NOUN_VERBS = frozenset("yield spend return output cost use intake uptake".split())


def _bare_noun_of(phrase: str) -> bool:
    """A bare noun phrase with a prepositional phrase after it: "rework on weld seams",
    "bounce rate from English visitors", "wait times in A&E"."""
    parts = shared(r" (?:on|from|for|in|at|among|of|with|across) ").split(phrase, maxsplit=1)
    return len(parts) == 2 and all(p and (_bare_noun(p) or (  # "rework on": a noun here
        p is parts[0] and " " not in p and lexicon.word_class(p.lower()) == "V")) for p in parts) \
        and parts[1].split()[0].lower() not in DETERMINERS - {"the"}


def _bare_noun(phrase: str) -> bool:
    """A noun phrase with no verb of its own: "reading scores", "uptime", not "conversion went"
    or "survey completion was"."""
    words = phrase.lower().split()  # "pick rate", "run time": a verb's base can qualify a noun
    return all(lexicon.word_class(w) not in ("D", "Z") and (lexicon.word_class(w) != "V"
                                                            or w != words[-1]
                                                            or w in _NOUN_VERBS)
               and w not in _PREPOSITIONS and w not in _BE for w in words)




# Heads that read well bare, as a measure rather than a thing: "Revenue grew 20%".
_MASS = frozenset("""revenue uptime downtime attendance traffic churn turnover engagement retention
conversion productivity throughput morale participation spending waste cost income profit
enrolment enrollment readership viewership usage adoption satisfaction accuracy quality
compliance coverage funding inventory footfall staffing pricing billing shipping hiring dispatch
delivery completion use consumption demand absenteeism energy water fuel power electricity
paperwork overtime waiting time scrap drop-out dropout attrition wastage spoilage rework
occupancy survival margin growth output efficiency capacity performance headcount debt literacy
numeracy mortality
""".split())
# Endings of nouns that name a measure or a state, said bare: "attrition dropped", "spoilage fell".
_MEASURES = ("tion", "sion", "ism", "ance", "ence", "ness", "ity", "age", "ment")
_NOT_BARE = frozenset("""no zero all most each every some many few several both any another
this that these those one half more less""".split())


def _with_article(text: str) -> str:
    """"pilot covered 2 wards" -> "the pilot covered 2 wards": a singular common noun as a
    subject needs its article; plurals, measures ("revenue grew"), names, figures and
    pronouns do not."""
    words = text.split()
    first = words[0]
    low = first.lower()
    if len(words) > 1 and words[1][:1].isdigit():
        return text  # "Phase 2 was delivered": a name with its number
    if shared(r"[a-z0-9-]+\.[a-z]{2,}").fullmatch(low):
        return text  # "gov.gr reached 1,500 services": a site's name
    typed_capital = first[:1].isupper() and first[1:].islower() \
        and lexicon.word_class(low) in ("N", "J", "V")  # "Pilot covered 2 wards", "Hit rate
    #   went from 2% to 7%", at a line's start
    named = first[:1].isupper() and (_is_acronym(first) or (
        lexicon.word_class(low) in ("P", None) and not typed_capital))  # "TripAdvisor", "Google"
    if named and len(words) > 2 and words[1][:1].islower() \
            and not _past_or_present(words[1].lower()) and words[1].lower() not in _BE \
            and words[1].lower() not in SIMPLE_PASTS | _CHANGES:  # "the WAEC pass rate rose"
        return "the " + text if _with_article(" ".join(words[1:])).startswith("the ") else text
    if first[:1] in "$\u20ac\u00a3" and len(words) > 2 and words[1][:1].islower() \
            and not words[1].endswith("s") and lexicon.word_class(words[1].lower()) == "N":
        return "the " + text  # "the $450M deal was closed in Q3 2021"
    if low in _NUMBER_WORDS and len(words) > 1 and words[1].lower() == "of":
        return text  # "three of our members qualified"
    if low in ("first", "second", "third", "last", "final", "latest") and len(words) > 2 \
            and lexicon.word_class(words[1].lower()) in ("N", "V") and (
                _past_or_present(words[2].lower()) or words[2].lower() in SIMPLE_PASTS | _BE):
        return "the " + (lower_first(text) if typed_capital else text)  # "the first run shipped
        #   18,000 cases"
    if not (first[:1].islower() or typed_capital) or low in DETERMINERS or low in _NOT_BARE \
            or low in _SUBJECTS_FIRST | _SUBJECTS_THIRD or low in ("we", "you", "it", "they"):
        return text
    subject = []
    for i, w in enumerate(words):
        lw = w.lower().strip(",.")
        if (lw in _BE or lw in SIMPLE_PASTS or lw in _CHANGES or _past_or_present(lw)
                or lw in _PREPOSITIONS or lw in ("now", "still", "also")) and not (
                i == 0 and len(words) > 1 and words[1].lower() in ("rate", "ratio", "count")):
            break  # ("hit rate", "win rate": a noun's first word)
        subject.append(lw)
    if not subject or len(subject) == len(words) or len(subject) > 4:
        return text
    head = subject[-1]
    passive = words[len(subject)].lower() in ("was", "were")  # "permit was granted": a noun
    if head in ("agreement", "settlement", "amendment", "appointment", "announcement",
                "assignment", "deployment", "investment", "acquisition", "partnership", "licence",
                "license", "conference", "reference", "permit"):
        return "the " + (lower_first(text) if typed_capital else text)  # "the agreement was
        #                                                                   signed"
    if (_plural(" ".join(subject)) and head not in ("series", "species")) or head in _MASS \
            or head.endswith(_MEASURES) \
            or _is_acronym(words[len(subject) - 1]) or any(
                lexicon.word_class(w) not in (None, "N", "J", "G", "V") for w in subject
                if not (w is subject[0] and subject[1:2] in (["rate"], ["ratio"], ["count"]))) \
            or (lexicon.word_class(head) == "V" and not passive):  # "pass rate" qualifies; a
        return text  #                                                verb head does not
    return "the " + (lower_first(text) if typed_capital else text)


def words_cap(text: str, i: int) -> bool:
    words = text.split()
    return len(words) > i and words[i][:1].isupper()


# How often or when a thing was done, after its participle: "300 families fed weekly".
_WHEN_DONE = frozenset("""weekly daily monthly yearly annually nightly hourly again early late
overall""".split())


def _reduced_passive(text: str) -> str | None:
    """A headline without its "was": "37 RTUs replaced", "14 villages connected", "thesis
    graded S" -> "37 RTUs were replaced"; None for anything else."""
    words = text.split()
    low = [w.lower().strip(",.") for w in words]
    counted = low[0][:1].isdigit() or low[0] in ("no", "zero") or bool(
        shared(r"[A-Z]{3} [\d.,]+\w* ").match(text))  # "DKK 14m in savings identified"
    if low[0] in _SUBJECTS_FIRST | _SUBJECTS_THIRD | {"we", "they", "it"}:
        return None  # "she worked in the unit for 6 years": a subject and its verb
    if "now" in low[1:5]:  # "70% of motor claims now processed ...": "are now processed"
        at = low.index("now", 1)
        if at + 1 < len(low) and lexicon.word_class(low[at + 1]) == "D":
            plural = low[at - 1].endswith("s") or (low[0][:1].isdigit() and low[0] != "1")
            return " ".join([*words[:at], "are" if plural else "is", *words[at:]])
    for i in range(1, min(len(words), 5)):
        w = low[i]
        participle = lexicon.word_class(w) == "D" or (w.endswith("ed") and len(w) > 4
                                                      and lexicon.word_class(w) is None)
        if (w in SIMPLE_PASTS or w in _BE) and not (w in _REACHING and i + 1 == len(low)):
            return None  # "food cost went from 34% to 28%", "completion was 96%": a verb
        if not participle:
            continue
        if i == 1 and counted and len(low) > 3 and lexicon.word_class(low[2]) == "N":
            continue  # "60 raised beds built": a participle before its noun describes it
        subject = low[:i]
        if i > 1 and any(lexicon.word_class(s) in ("D", "Z", "V", "F") and not s[:1].isdigit()
               and not (counted and s in ("in", "of"))  # "DKK 14m in savings identified"
               and not (counted and (j == 0 or (j == 1 and i > 2)))
               for j, s in enumerate(subject)) or i + 1 < len(low) and low[i + 1] in DETERMINERS:
            return None  # "pass rate went", "we shipped the app": a verb of its own
        if w in _CHANGES and not (w in _REACHING and i + 1 == len(low)):
            return None  # "downloads tripled": the verb itself; "12,000 households reached" is
            #              passive
        after = low[i + 1] if i + 1 < len(low) else ""
        if after in _MONTH_NAMES or shared(r"(?:19|20)\d\d").fullmatch(after):
            # "new timetable adopted March 2024" -> "... was adopted in March 2024"
            plural = _plural(" ".join(subject))
            return " ".join([*words[:i], "were" if plural else "was", words[i], "in", *words[i + 1:]])
        if after and after not in _PREPOSITIONS \
                and not (words[i + 1].isalpha() and words[i + 1].isupper()) \
                and not (w in _RATED and after[:1].isdigit()) \
                and not (after in _WHEN_DONE and i + 2 == len(low)) \
                and not shared(r"\S+ (?:days?|weeks?|months?) (?:ahead|early|late|before)").match(
                                 " ".join(low[i + 1:])) \
                and " ".join(low[i + 1:]) not in ("first time", "the first time", "first try"):
            return None  # "3 students earned scholarships", "pilot covered 2 wards": active
        if w in _DONE_BY_PEOPLE | _ACHIEVED | _THINGS_DO or (subject[-1] in _PEOPLE and w in _ASKED):
            return None  # "310 guests attended", "regulars asked for her section": people did it
        if after == "to" and i + 2 < len(low) and lexicon.word_class(low[i + 2]) == "V":
            return None  # "1,100 adults learned to read": a verb and its infinitive
        plural = not shared(r"[A-Z]{3} |[$\u20ac\u00a3]").match(text) and _plural(" ".join(subject)) \
            or (subject[0][:1].isdigit() and subject[0] != "1" and not (
                subject[0].endswith("%") and "of" in subject)  # "60% of volume was moved"
                and (len(subject) == 2 or _plural(subject[-1]) or subject[-1] in NO_PLURAL_S))
        #   "12 staff were trained"; "2.1 MW array was energized": the count is of megawatts
        return " ".join([*words[:i - 1], words[i - 1].rstrip(","), "were" if plural else "was",
                         *words[i:]])  # "$450M deal, closed in Q3" -> "deal was closed in Q3"
    return None


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten twelve twenty".split())
# A count or a share before "of": "three of our members", "most of them".
_NUMBER_WORDS = _COUNT_WORDS | frozenset("one eleven dozens hundreds thousands most all some many "
                                         "half".split())


def amount(text: str) -> str | None:
    """"was" or "were" when a noun-phrase fact says there was none of something ("no
    downtime", "zero fatalities since"), which reads as "There were zero fatalities since.";
    else None (a headline such as "3x the team average" is listed, not forced into a frame)."""
    words = [w.strip(",.") for w in text.lower().split()]
    if len(words) < 2 or not (words[0] in ("no", "zero") or shared(r"\d[\d,]*").fullmatch(words[0])
                              or words[0] in _COUNT_WORDS):  # "two Michelin mentions"
        return None
    phrase = []  # the noun phrase up to its preposition: "lost-time injuries", "missed cutoffs"
    for w in words[1:]:
        if w in _PREPOSITIONS or w in ("a", "an", "per", "each", "every", "over", "during", "since",
                                       "across", "throughout", "all", "after", "before", "within"):
            break
        phrase.append(w)
    while len(phrase) > 1 and (lexicon.word_class(phrase[-1]) in ("J", "D", "G")
                               or phrase[-1].endswith(("ing", "ed"))):
        phrase.pop()  # "no RFIs outstanding": the RFIs, not "outstanding"
    head = phrase[-1] if phrase else words[1]
    one = words[0] in ("1", "no", "zero") and not head.endswith("s")
    if shared(r"\d[\d,]*").fullmatch(words[0]) and words[0] != "1":
        return "were"  # "There were 47 km of trail", "There were 3 kg of rice"
    return "was" if one or not head.endswith("s") or head.endswith("ss") else "were"
