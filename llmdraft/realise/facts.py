"""Details: how facts read as sentences in a voice, with amounts (fact_forms.py reads them)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import lexicon
from ..patterns import lazy, shared
from .voice import to_name, to_second_person
from .words import (CURRENCY_CODES, DETERMINERS, indefinite, named_again, PERSONAL_DEEDS, SIMPLE_PASTS, TEXTED_TAIL, _PREPOSITIONS,
                    _SUBJECTS_FIRST, _SUBJECTS_THIRD, _end, _head, _is_acronym, _named_words,
                    _past_or_present, cap, clean, join, language_lists, list_line, lower_first, plain_figures,
                    sentence_starts)


class Fact(NamedTuple):
    text: str
    form: str  # past (verb first: "cut costs by 20%"), deed (a past-form fact that is the
    #            person's own by a strength of theirs: "raised $18k" with "fundraising"),
    #            passive ("used by 3 universities"),
    #            clause (own subject), present ("serves 300 families"), noun, writer (a
    #            recommender's own "I relied on her ...", said as typed)

    def predicate(self, subject: str = "I", third: bool = False, second: bool = True) -> str:
        """A past-form fact's verb phrase for `subject`: "cut costs by 20%"."""
        words = self.text.split()
        if [w.lower() for w in words[:3]] == ["rolled", "out", "to"]:
            person = subject.split()[0].lower() in ("i", "he", "she", "they", "we", "you") or (
                len(subject.split()) == 1 and subject[:1].isupper() and subject != "It")
            words = ["took", "it", "to", *words[3:]] if person else ["reached", *words[3:]]
            #   "The SAP rollout reached 9 countries"; "He took the rollout to 23 MDAs" (reader 170)
        verb = words[0] if _is_acronym(words[0]) or shared(r"[A-Z]{2,4}'d$").match(words[0]) \
            else lower_first(words[0]).lower()  # "TA'd the course"
        if verb in ("was", "were"):  # "was named Dispatcher of the Year": they were, I was
            verb = "were" if subject.lower() in ("they", "we", "you") else "was"
        elif verb in ("has", "have"):  # "has supervised 12 doctoral students": I have, she has
            verb = "have" if subject.lower() in ("i", "they", "we", "you") else "has"
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
                                                                 "down", "back", "early", "late",
                                                                 "over"} \
            and not (words[1] in ("over", "off") and len(words) > 2 and words[2][:1].isdigit())

    def outcome(self) -> bool:
        """What a project achieves rather than what one person does: "raised $410,000",
        "served 1,200 families a month", "drew 600 guests"."""
        words = self.text.lower().split()
        if _AT_AN_AGE.match(self.text.lower()):
            return False  # "started at 16": the person's age (reader 200)
        if len(words) > 1 and words[0] in _OUTCOMES_ANY:
            return True
        if shared(r"\b(?:early|ahead of schedule|on time|on budget|under budget|live)(?: \([^()]*\))?$").search(
                     self.text.lower()) and not self.has_object():
            return True  # "finished 3 weeks early", "went live", "connected 2 months ahead of
            #              schedule (Sept 2022)": the project's timing
        if len(words) > 3 and words[0] in ("grew", "scaled", "expanded") and words[1] == "from":
            return True  # "grew from 0 to 50k merchants": the startup did (reader 180)
        if words[:2] in (["went", "live"], ["rolled", "out"], ["scaled", "up"], ["led", "to"]):
            return True  # "led to a HIQA review": the work's consequence, not "she led to";
            #              "went live on schedule": the project did
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
        if words[0] in ("moved", "migrated", "relocated", "transitioned", "switched") and len(words) > 2 \
                and words[1] in ("in", "within", "over") and shared(r"(?:about |around |just |over |under )?\S+ "
                                                                    r"(?:days?|weeks?|weekends?|months?|nights?)\b").match(
                    " ".join(words[2:])):
            return True  # "moved in 3 weekends": the office move did, never "I moved" (reader 172)
        if words[:2] == ["sold", "out"]:
            return True  # "sold out in 2 days": the pop-up did, never "she sold out"
        if words[0] in ("grew", "scaled", "expanded") and shared(
                r"\S+ from \S+ to [\d,]+\+? (?:[a-z-]+ ){0,2}[a-z]+s(?: a (?:day|week|month|year))?$").match(
                " ".join(words)):
            return True  # "grew from 2 to 14 tailors": the label did
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
            words[1][:1].isdigit() or words[1][:1] in "$€£₹₦" or words[1] in ("over", "more", "nearly", "about")
            or (len(words) > 2 and self.text.split()[1] in CURRENCY_CODES and words[2][:1].isdigit()))  # "raised
    #   COP 450M": a sum in its currency's code

    def terse(self) -> bool:
        """Typed as a note, with a countable noun bare where a sentence needs its article: "won
        state competition", "went down 25% in pilot ward", "than previous system". Said as a
        sentence it reads as a telegram; a list takes it as typed."""
        return self._bare_at() is not None

    def _bare_at(self) -> int | None:
        """Where a telegram lacks its article (the index of the word "the" goes before), -1
        when it lacks more than an article ("to be connected"), None when it lacks nothing."""
        low = [w.strip(",.;:()").lower() for w in self.text.split()]
        typed = self.text.split()
        if self.form == "writer":
            return None  # the writer's own sentence, said as typed
        if " to be " in f" {self.text} ":
            return -1  # "1,400 homes to be connected": a plan, no sentence to guess
        for i, w in enumerate(low):
            if w == "on" and 0 < i < len(low) - 1 and low[i - 1] == low[i + 1]:
                continue  # "winter on winter", "year on year"
            after_verb = (i == 0 and self.form == "past" and w not in _BE_A_ROLE) or (
                i > 0 and self.form == "clause" and lexicon.word_class(w) == "D"
                and low[i - 1] not in _BE
                and not (low[i - 1] in ("a", "an", "the") or (low[i - 1].endswith("ly") and i > 1
                                                                and low[i - 2] in ("a", "an", "the"))))
            #   "the team won state competition"; "as a newly qualified teacher" is a noun phrase (reader 202)
            dated = low[i + 2:]
            if w in ("in", "during", "at", "through", "after", "before") and i + 1 < len(low) \
                    and shared(r"(?:19|20)\d\d").fullmatch(low[i + 1]) and 1 <= len(dated) <= 3 and all(
                    lexicon.word_class(d) == "N" or _ACRONYM.fullmatch(t.strip(",.;:()"))
                    for d, t in zip(dated, typed[i + 2:])) and lexicon.word_class(dated[-1]) == "N" \
                    and not dated[-1].endswith("s"):
                return i + 1  # "zero findings in 2022 EASA audit": in the 2022 EASA audit
                #   (reader 151)
            if not (after_verb or (w in _BEFORE_NOUN and i > 0)):
                continue
            if w == "of" and (shared(r"[a-z]{3,}s").fullmatch(low[i - 1]) and low[i - 1] not in _MASS
                              or low[i - 1].endswith("%")
                              or low[i - 1] in ("km", "m", "kg", "t", "ha", "mi", "ft", "lb", "lbs")):
                continue  # "3 rounds of diligence", "years of service": an amount of it
            if w in ("on", "about", "into") and low[i - 1] in _ON_A_TOPIC:
                continue  # "my thesis on bridge fatigue": a topic takes no article
            if i + 2 < len(low) and low[i + 1] in ("day", "week", "month", "year", "quarter") \
                    and (low[i + 2] in _NUMERALS or low[i + 2][:1].isdigit()):
                continue  # "by month three", "in week 2": a count of time takes no article
            j = i + 1
            if i == 0 and after_verb and len(low) > 2 and low[1] in _PARTICLES:
                j = 2  # "sold out first batch": the particle is the verb's
                if low[2][:1].isdigit():
                    continue  # "handed over 3 weeks early": when, not what (reader 114)
            if after_verb and i == 0 and j < len(low) and shared(
                    r"[$\u20ac\u00a3\u00a5\u20b9\u20a6][\d.,]+(?:[kmb]n?)?").fullmatch(low[j]):
                j += 1  # "managed €1.2m budget": the figure describes the budget
            while j < len(low) and (lexicon.word_class(low[j]) == "J" and (
                    low[j] not in _BARE_OK or low[j] in ("first", "last", "final") and j + 1 < len(low)
                    and lexicon.word_class(low[j + 1]) == "N")
                    or _ACRONYM.fullmatch(typed[j].strip(",.;:()"))):
                j += 1  # "state", "previous", "USFDA": what comes before the noun
            while j + 1 < len(low) and lexicon.word_class(low[j + 1]) == "N" \
                    and lexicon.word_class(low[j]) == "N" and low[j + 1] not in _NUMERALS:
                j += 1  # "pilot ward", "state competition": the last noun is the head; "year
                #         one" is no noun "one"
            if j >= len(low) or j == i + 1 and lexicon.word_class(low[j]) != "N":
                continue
            head = low[j]
            if w == "of" and typed[i - 1][:1].isupper() and typed[i + 1][:1].isupper():
                continue  # "co-edited the Journal of Tax Law notes section": a name's words, and
                #   a title's "of", take none (reader 224)
            if w == "in" and j == i + 1 and head.endswith(("ation", "ition")) and head not in _THINGS_IN_TION:
                continue  # "recovered £2.1m in subrogation": a field of work takes no article
            if lexicon.word_class(head) == "N" and typed[j][:1].islower() \
                    and head not in _NUMERALS \
                    and not head.endswith(("s", "ing", "ship", "ness", "ity", "ism")) \
                    and (head not in _MASS | (_BARE_OK - ({"target", "budget"} if after_verb else set()))
                         or (head not in _MASS and low[j + 1:j + 2] == ["of"] and j + 2 < len(low)
                             and low[j + 2][:1].isdigit())) \
                    and low[i + 1] not in DETERMINERS | _NUMERALS \
                    and not low[i + 1][:1].isdigit() \
                    and head not in ("million", "billion", "thousand", "crore", "lakh", "lakhs", "crores") \
                    and (j + 1 == len(low) or low[j + 1] in
                                                           _BEFORE_NOUN | {"and", "with"}
                                                           or (low[j + 1] == "of" and j + 2 < len(low)
                                                               and (low[j + 2][:1].isdigit()
                                                                    or low[j + 2] in _NUMERALS))
                                                           or (after_verb and i == 0
                                                               and low[j + 1][:1].isdigit())):
                #   "delivered policy pack 2 weeks early" (reader 101)
                return 2 if i == 0 and after_verb and low[1] in _PARTICLES and len(low) > 2 \
                    else i + 1
        return None

    def mended(self) -> Fact:
        """A deed or a clause typed as a telegram, with its articles back when that was all it
        lacked: "won state competition" -> "won the state competition", "doubled volunteer
        base to 400" -> "doubled the volunteer base to 400", "detected outbreak 9 days earlier
        than previous system" -> "detected the outbreak 9 days earlier than the previous
        system", "flood complaints went down 25% in the pilot ward"; otherwise itself."""
        if self.form not in ("past", "clause") or len(self.text.split()) < 3:
            return self
        fixed = self
        for _ in range(3):
            at = fixed._bare_at()
            if at is None:
                return fixed
            if at < 0:
                return self
            words = fixed.text.split()
            article = "a" if shared(r"[$\u20ac\u00a3\u00a5\u20b9\u20a6]\d").match(words[at]) or shared(
                r"(?:\S+ ){1,3}of (?:\d|two|three|four|five|six|seven|eight|nine|ten|twelve)").match(
                " ".join(words[at:at + 5])) else "the"  # "led a kitchen of 9", "led a night shift
            #   of 8 mechanics"
            if article == "a":
                article = indefinite(words[at]).split()[0]  # "an emergency evacuation of 3 wards"
            if words[at - 1].lower() == "from" and " to " in " ".join(words[at:]):
                return self  # "promoted from line cook to chef de partie": a range takes none
            fixed = Fact(" ".join([*words[:at], article, *words[at:]]), self.form)  # "managed a
            #   €1.2m budget"
        return self if fixed.terse() else fixed

    def passive(self, thing: str) -> str:
        """"used by 3 universities" said of the project: "The app was used by 3 universities."."""
        if thing.split()[0].endswith("ing") and thing[:1].islower() and len(thing.split()) > 2 \
                and lexicon.verb_forms(lexicon.lemma(thing.split()[0].lower())):
            thing = _maker(thing) if _MOVES.get(thing.split()[0].lower()) and " to " in thing \
                else "the work"  # "translating the field manuals" delivered early: the work was,
            #   never "Translating the ... was delivered" (reader 151)
        thing = _worked_on(thing)
        thing = shared(r"\s*\([^()]*\)").sub("", thing) or thing  # "Redwood Estates (32-unit
        #   build)" said again: "Redwood Estates was delivered ..." (reader 119)
        plural = _plural(shared(r"\s*['\"\u2018\u201c][^'\"\u2019\u201d]+['\"\u2019\u201d]").sub("", thing) or thing) \
            and not thing.lower().startswith("all ") \
            and not all(w[:1].isupper() for w in thing.split())  # "Redwood Estates was"
        be = "were" if plural else "was"
        if shared(r"(?:finished|ended|wrapped up|concluded)\b").match(self.text):
            return _end(f"{cap(thing)} {lower_first(self.text)}")  # "The migration finished a
            #   month ahead", never "was finished" (reader 155)
        if shared(r"\bsince (?:(?:19|20)\d\d|last|then|launch)\b").search(self.text):
            be = "have been" if plural else "has been"  # "has been used by 9 offices since 2021"
        return _end(f"{cap(thing)} {be} {lower_first(self.text)}")

    def sentence(self, subject: str = "I", third: bool = False, second: bool = True) -> str:
        """A sentence in a voice: subject "I" (the requester) or a name (the recommender);
        `third` when the subject is a name ("Dana trains", not "Dana train"); `second` when the
        details' she and he are the reader (not when the context names someone else's: "her
        son")."""
        if self.form == "past":
            return _end(f"{subject} {self.predicate(subject, third, second)}")
        if self.form == "clause":
            text = _with_article(self.text)
            if shared(r"(?:recommendations|proposals|designs|drawings|translations) (?:were|have been) "
                      r"(?:adopted|accepted|implemented|approved|used|published)\b").match(text):
                owner = {"i": "my", "he": "his", "she": "her", "they": "their"}.get(
                    subject.lower(), f"{subject}'s")
                text = f"{owner} {text}"  # "recommendations adopted by the municipality": his
                #   recommendations were (reader 151)
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
    deeds = [f for f in found if f.form == "deed"]  # the person's, by a strength of theirs
    past = [f for f in found if f.form == "past"]
    outcomes = [f for f in past if thing and f.outcome() and not _STARTED_AS.match(f.text) and not (
        f.text.split()[0].lower() == "passed" and _TRAINING.search(thing)) and not (
        f.text.split()[0].lower() == "collected" and _FIELDWORK.search(thing))  # a study does
        #   not collect its samples; its fieldworker does
        and not shared(
            rf"(?i)\b{_ACT_OF.get(f.text.split()[0].lower(), '#')}\b").search(thing)]  # a course does not
    #                                                                   pass its own skill test
    outcomes = [f for f in outcomes if f.text.split()[0].lower() not in _MOVED_BY_SOMEONE
                or _says_itself(f, thing)]  # "moved in 3 weekends" is the office move's, said "we";
    #   "The warehouse relocation moved" is said of no one (review)
    outcomes += [f for f in past if thing and f not in outcomes and _WORKS.search(thing)
                 and shared(r"(?:won|received|earned) (?:the )?Best\b").match(f.text)]  # "The
    #   Afrobeats documentary won Best Documentary": the film did (reader 102)
    placed = [f for f in past if thing and f not in outcomes and (
                  _PLACED.match(f.text) or _CERTIFIED.match(f.text)
                  or (_NOMINATED.match(f.text) and _WORKS.search(thing) and subject != "I"))
              and (_WORKS.search(thing) or _activity(thing) or _CERTIFIED.match(f.text)
                   or _head(thing.lower().split()) in _ACTIVITY_HEADS)]  # "featured in Dezeen",
    #   "listed in 220 dm stores": the installation, the product was, never "She was featured"
    #   nor "I listed" (readers 103, 104)
    past = [f for f in past if f not in outcomes + placed]
    # A milestone of an activity ("Murphy's Pub renovation" opened in May) is the team's:
    # "We opened in May."
    ours = [f for f in outcomes if thing and f.text.split()[0].lower() in _OPENINGS
            and _activity(thing)]
    outcomes = [f for f in outcomes if f not in ours]
    timed = [f for f in outcomes if thing and _says_itself(f, thing) and not f.has_object()
             and f.text.split()[0].lower() not in _ENDINGS and shared(
                 r"(?i)\b(?:early|ahead of schedule|on time|on budget|under budget)(?: \([^()]*\))?$").search(f.text)]
    outcomes = [Fact("finished " + f.text.partition(" ")[2], f.form) if f in timed else f
                for f in outcomes]  # "the grid connection connected 2 months ahead": it was
    #   finished then, never "He connected 2 months ahead" (reader 177)
    named = [f for f in outcomes if thing and _says_itself(f, thing)]  # "our Series A
    #   fundraise raised $12M" says it twice: "We raised $12M.", "She raised $12M." (reader 100)
    outcomes = [f for f in outcomes if f not in named]
    sited = [f for f in outcomes if thing and _site(thing) != _doer(thing) and shared(
        r"(?i)passed (?:\S+ )*?(?:inspections?|audits?|checks?)\b").match(f.text)]  # "The
    #   hospital kitchen passed 3 inspections", not its food safety project (reader 100)
    outcomes = [f for f in outcomes if f not in sited]
    opened = [f for f in outcomes if thing and _maker(thing).lower() != thing.lower()
              and not ((_activity(thing) or thing.split()[0].lower() in _REWORKS)
                       and f.text.split()[0].lower() in _ENDINGS)  # the fit-out
              #   finished early, never "The Shanghai showroom finished" (reader 136)
              and (f.text.split()[0].lower() in _OPENINGS or shared(
                  r"(?i)\b(?:launch|opening|reopening|relaunch|rollout|expansion)\b").search(
                      _doer(thing)))]  # "The Maui resort reopened in 5
    #   months", not "The Maui resort reopening ... reopened" (reader 101)
    outcomes = [f for f in outcomes if f not in opened]
    funded = [f for f in outcomes if thing and thing.split()[0].lower().endswith("ing")
              and f.text.split()[0].lower() in ("raised", "secured", "fundraised", "attracted")
              and not shared(r"(?i)\b(?:enterprise|company|startup|start-up|business|charity|ngo|"
                             r"fund|foundation|cooperative|co-op|firm|venture|society|club|"
                             r"association|trust|network|app|platform)s?$").search(_maker(thing))]
    outcomes = [f for f in outcomes if f not in funded]  # "building the Cardiff orchard"
    #   raised £18,000: the project did, never "The Cardiff community orchard raised" (reader 122)
    studied = bool(thing and shared(r"(?i)\b(?:thesis|dissertation|capstone|phd|mphil|doctorate|fieldwork|"
                                    r"study|survey|research)\b").search(thing))  # a student's own
    rates = [] if subject == "I" or studied else [f for f in past if _THROUGHPUT.search(f.text)]  # "The
    #   hub sorted 40,000 parcels a night", never "He sorted ..."; a thesis's 1,200 households were
    #   surveyed by its student (reader 170)
    paced = [] if subject == "I" or _doer(thing) == "we" else [
        f for f in past if _ours(f) and f not in rates
        and not (studied and _THROUGHPUT.search(f.text))]  # "The upgrade came in under budget"
    past = [f for f in past if f not in rates + paced] + [Fact(f.text, "past") for f in deeds]
    them = {"she": "her", "he": "him"}.get(subject.lower())
    beside = [] if not them else [f for f in past if shared(
        rf"(?i)\b(?:next to|beside|alongside|opposite|across from|with|for|under|to|from|behind) {them}(?=\s*$|\s+(?:for|in|at|on|during|"
        r"when|while|since|every|each|through|until|throughout|over|and|\d)\b)").search(f.text)
        and f.text.split()[0].lower() in ("sat", "worked", "reported", "learned", "learnt", "trained", "studied", "shadowed",
                                          "served", "interned", "volunteered", "stood", "shared")]  # "sat next to her for
    #   4 years": the writer did, never "She sat next to her" (reader 247)
    past = [f for f in past if f not in beside]
    together = [f for f in past if shared(r"(?i)\btogether\b").search(f.text)]  # "built 60+
    #   components together": we did, in a request and a recommendation alike (reader 176)
    past = [f for f in past if f not in together]
    owned = subject != "I" and _doer(thing) != "we"  # a recommendation: the thing did it
    ended = [f for f in ours if f.text.split()[0].lower() in _ENDINGS]  # the work ended, not its
    #   made thing
    groups = [(subject, [f for f in past if subject != "I" or not _ours(f)]
               + ([] if subject == "I" else named)
               + ([] if subject == "I" or owned else ours)),  # a recommender was not part of "we"
              ("we", [f for f in past + named if subject == "I" and (_ours(f) or f in named)]
               + (ours if subject == "I" else [])),
              (_doer(thing), outcomes + paced + (ended if owned else [])),
              (_site(thing), rates + sited),
              (_maker(thing), ([f for f in ours if f not in ended] if owned else []) + opened),  # "Murphy's
              #   Pub opened in May"; "The showroom fit-out finished early" (reader 136)
              ("The project", funded),
              ("we" if subject == "I" else "We", together),
              ("I", beside)]
    merged: dict[str, list[Fact]] = {}
    for who, facts_ in groups:  # one sentence for one subject: "The upgrade came in under
        if subject != "I" and who == "we":  # budget and launched in May."; a recommender was
            who = subject  #                  not part of "we"
        merged.setdefault(who, []).extend(facts_)
    groups = list(merged.items())
    said_again = [f for who, facts_ in groups if who not in (subject, "we") and who
                  for f in facts_ if _verb_in_name(f, who)]  # "The distribution distributed
    #   480,000 nets", "The ... mapping mapped 1,400 units" say it twice: the person did (reader 132)
    if said_again:
        groups = [(who, [f for f in facts_ if f not in said_again]) for who, facts_ in groups]
        groups[0] = (groups[0][0], groups[0][1] + said_again)
    for who, facts_ in groups:  # "came in 10% under budget" is the project's, said with "we"
        done = [f.predicate(subject, third, second) if who in (subject, "we") or not shared(r"(?i)rolled out to ").match(f.text)
                else "reached " + f.text[len("rolled out to "):] for f in facts_]  # "The programme reached 11
        #   sites", never "took the programme to" them (reader 176)
        if thing and who == _doer(thing):  # "The PCI DSS audit passed with zero findings",
            head = re.escape(thing.split()[-1])  # not "... audit passed the audit with ..."
            done = [re.sub(rf"(?i)^(\w+) (?:the|its|our) {head}\b", r"\1", d) for d in done]
            be = "were " if _plural(who) and not all(w[:1].isupper() for w in who.split()[1:]) \
                else "was "  # "The Clontarf terraces were finished 3 weeks early" (reader 132)
            done = [(be + d if shared(r"(?:built|rebuilt|renovated|refurbished|installed|"
                                            r"fitted|painted|designed|developed|delivered|"
                                            r"finished|completed|handed over|signed off) (?:(?:about |over |nearly )?"
                                            r"\S+ (?:days?|weeks?|months?) )?(?:in|on|for|under|"
                                            r"within|ahead|before|by|early)\b").match(d)
                     and (not _activity(thing) or shared(r"handed over|signed off").match(d))
                     and not (d.startswith("finished") and who.split()[-1].lower() in _ACTIVITY_HEADS
                              | set(_MOVES.values()))  # "The migration finished a month ahead"
                     else d)
                    for d in done]  # "The fit-out was built in 6 weeks", not "built in"
            done = [be + d if shared(r"(?:awarded|given|graded|marked) (?:a |an |the )?(?:distinction|merit|first|"
                                     r"\d|cum laude|top|full|high|[A-F][+*-]?\b)").match(d) else d
                    for d in done]  # "The thesis was awarded 110/110 cum laude" (reader 207)
            owner = shared(r"^(?:the )?(.+?)'s (.+)$").match(thing)
            if owner and all(_names_again(d, owner.group(2)) for d in done):  # "the Seoul
                who = cap(f"the {owner.group(1)}" if thing.lower().startswith("the ")  # fintech's
                          else owner.group(1))  # SOC 2 audit" passed SOC 2 Type II: the fintech
                #   did, never "The Seoul fintech's SOC 2 audit passed SOC 2 ..." (reader 119)
        for i in range(0, len(done), 3):
            named = who if who in (subject, "we") else named_again(who)  # "The outreach project
            #   reached 2,000 mothers", never the whole name again (reader 136)
            out.append(_its(_end(f"{named if named != 'we' else 'We'} {join(done[i:i + 3])}"), thing))
    out += [money_first(_its(f.sentence(subject, third, second), thing)) for f in found
            if f.form == "clause"]
    out += [_end(cap(f.text)) for f in found if f.form == "writer"]  # the writer's own words
    owner = {"I": "My", "She": "Her", "He": "His", "They": "Their"}.get(subject, f"{subject}'s")
    out += [f.passive(thing or "the project") if not (_PLACED.match(f.text) and thing and not (
        _WORKS.search(thing) or _activity(thing))) else f.passive(f"{owner} work")
        for f in found if f.form == "passive"]  # "Her work was published in Neuron", never
    #   "My neuroscience lab was published" (reader 108)
    for f in placed:  # "We were listed in 220 dm stores" for the launch we worked on
        made = _made_thing(thing) if _WORKS.search(thing or "") or (
            _CERTIFIED.match(f.text) and not _activity(thing or "")) else "We"
        made = named_again(made) if made != "We" else made
        out.append(_end(f"{made} {'were' if made == 'We' or _plural(made) else 'was'} "
                        f"{shared(r'^was ').sub('', f.text)}"))
    out += [_end(f"That work {f.text}") for f in found if f.form == "span"]
    for f in (f for f in found if f.form == "present"):
        verb, _, rest = f.text.partition(" ")
        adverb = verb.lower() if verb.lower() in ("now", "still") else "now"
        now = verb.lower() in ("now", "still") and bool(rest)  # "now teaches 15 kids himself": the person
        if now:  # does now, never a bare "Now teaches 15 kids himself." (reader 161)
            verb, _, rest = rest.partition(" ")
        mine = now and (shared(r"\b(?:himself|herself|themselves|themself|his|her|their)\b").search(rest) or (
            verb.lower() in _PERSON_DOES and not shared(r"\d[\d,.]*\s?[kKmM%]|\d{1,3},\d{3}").search(rest))
            or (verb.lower() == "works" and shared(r"^(?:at|in|for|as|with|on) ").match(rest)))
        if now and not mine and (thing or adverb == "still"):  # "now handles 2M requests a day": the gateway does (review)
            out.append(_end(f"{_maker(thing)} {adverb} {verb} {rest}"))
            continue
        if verb.lower() in _PERSON_DOES or now or shared(r"(?i)^(?:every|everyone|everything|anything|all|it|them|"
                                                          r"each|his|her|their|its|everybody|anyone)\b").match(rest) \
                or f.text.startswith("has been ") or (f.text.startswith("has ") and any(
                    lexicon.verb_forms(lexicon.lemma(w)) and lexicon.verb_forms(lexicon.lemma(w))[0] in _PERSON_DOES
                    for w in f.text.split()[1:2])):  # "has been doing it for 15 years", "has volunteered
            #   since 2020": the person (readers 192, 194)
            # "answers 98% of calls in under 10s", "knows every pipe", "fixes anything": the person
            said = verb.lower() if subject not in ("I", "They", "We") else lexicon.lemma(verb.lower())
            out.append(_end(f"{subject} {adverb + ' ' if now else ''}{said} {rest}"))  # does, never a bare "Answers 98% ..."
        else:  # (reader 131); "serves 300 families weekly": the thing made does
            out.append(_end(f"{_maker(thing)} {f.text}"))
    return sorted(out, key=lambda said: not _SCENE.match(said))  # who they were and when they
    #   came before what they did: "She was our outside counsel from 2020 to 2022." (reader 207)


# A sentence that sets the scene: "She was our outside counsel ...", "He joined in 2020 as a
# junior", "I was one of his residents ...", "We were 4 people in the team".
_SCENE = lazy(r"^(?:It was (?:her|his|their) (?:first|second)\b|(?:She|He|They) (?:was|were|has been|have been) "
              r"(?:our|my)\b|(?:She|He|They|I) (?:joined|started) (?:in|as|on (?!time|budget|schedule))\b|(?:I|We) "
              r"(?:was|were) (?:one of|\d+|two|three|four|five|six|the only)\b)")


# What a person does, typed in the present: "answers 98% of calls", "trains 40 nurses a year".
_PERSON_DOES = frozenset("""answers handles trains manages leads teaches mentors coaches supervises
processes closes resolves runs hosts organises organizes edits writes plays sings chairs
covers volunteers cooks cares visits owns""".split())


def _verb_in_name(fact: Fact, who: str) -> bool:
    """Whether a fact's verb is in the name of what would be said to do it: "distributed" in
    "The distribution", "mapped" in "The ... mapping"."""
    verb = lexicon.lemma(fact.text.split()[0].lower())
    verb = verb[:-1] if verb.endswith("e") else verb
    head = who.split()[-1].lower().strip(".,")
    return len(verb) >= 3 and head.startswith(verb) and head != verb


def _names_again(deed: str, thing: str) -> bool:
    """Whether a deed's object starts with the thing's own first words: "passed SOC 2 Type II"
    of "SOC 2 audit"."""
    said, own = deed.split()[1:3], thing.split()[:2]
    return len(own) == 2 and said == own


# A start at an age: "started at 16", "began as a dishwasher at 17".
_AT_AN_AGE = lazy(r"^(?:started|began|joined|came|arrived)\b(?!.*\b(?:and|ended|with|members|people)\b).* at (?:the age of )?"
                  r"(?:1[3-9]|2\d)$")


# How the person started: "started on the ovens in 2021", "started as a junior".
_STARTED_AS = lazy(r"(?i)^(?:started|began|joined) (?:on|as|with|under|out|off|at the bottom)\b"
                   r"(?! (?:time|budget|schedule|track)\b)")


def _ours(fact: Fact) -> bool:
    """A deed with no object whose verb tells how the work went ("came in under budget",
    "finished 2 weeks early", "went live"): the team's, said with "we". Any other is the
    sender's own ("interpreted in over 300 interviews", "volunteered every weekend")."""
    first = fact.text.split()[0].lower()
    if shared(r"(?i)\b(?:himself|herself|themselves|myself|themself)\b").search(fact.text) or shared(
            r"(?i)^(?:stayed|worked|volunteered|offered|stepped up|covered)\b.*\b(?:late|early|weekends?|nights?|"
            r"without being asked|unasked|on (?:her|his|their) own)\b").match(fact.text):
        return False  # "stayed late to rework the final cut himself": his (reader 166); "stayed late
        #   during year end crunch without being asked": hers, never the internship's (reader 218)
    if first in ("stayed", "kept") and shared(r"(?i)^(?:stayed|kept) (?:on call|on site|on (?:for|through|until|after|past)\b|"
                                              r"calm|cool|late|overnight|behind|up\b|"
                                              r"focused|positive|patient|humble|in touch|with|until|through|after|the team|"
                                              r"everyone|us\b|me\b|her\b|his\b|their\b)").match(fact.text):
        return False  # "stayed on call through the cutover", "stayed calm": the person's; "stayed
        #   under budget" the work's (reader 233)
    if shared(r"(?i)^came (?:to (?:us|me|the|our)|with|here|over|as|at \d|from|out|in at|back|down|round)\b").match(fact.text):
        return False  # "came to us at 14 off the street", "came with almost no English": the person's
    if _STARTED_AS.match(fact.text):
        return False  # "started on the ovens in 2021", "started as a junior": the person's (reader 198)
    if _AT_AN_AGE.match(fact.text.lower()):
        return False  # "started at 16": the person's age, never "The apprenticeship started at 16" (reader 200)
        #   arrival, never "The club came to us at 14" (readers 192, 196)
    return (not fact.has_object() and ((first in _PACE and first not in PERSONAL_DEEDS)
                                       or first in _OPENINGS)) or bool(_THROUGHPUT.search(
                fact.text))  # "sorted 40,000 parcels a night": the hub's rate, not one person's


# A rate in the thousands: what a site or a team handles ("40,000 parcels a night", "1,200 a
# day"), never one person's hands.
_THROUGHPUT = lazy(r"\b\d{1,3}(?:,\d{3})+\+? [a-z]+(?: [a-z]+)? (?:a|per|each|every) (?:day|night|shift|"
                   r"hour|week)\b|^(?:distributed|delivered|shipped|sorted|processed|vaccinated|"
                   r"screened|tested|served|dispatched|handled) (?:over |more than |about )?"
                   r"(?:\d{2,3},\d{3}|\d{1,3},\d{3},\d{3})\b|^(?:laid|paved|covered|mapped|repaired|"
                   r"planted|surveyed) (?:over |more than |about )?(?:\d{1,3},\d{3}|[\d.]+ (?:million|billion)\b|"
                   r"\d+(?:\.\d+)?[mk]\b|[\d.]+ ?(?:km|miles|"
                   r"hectares|ha|acres|km2)\b)|^evacuated \d")
#   "distributed 60,000 kits", "laid 60 km of road": a
#   programme's count


# Verbs that say how the work went rather than what one person did.
_PACE = frozenset("""came finished completed wrapped went launched opened shipped delivered
closed stayed ran kept landed hit beat met reopened relaunched saved connected energised energized
commissioned""".split())


def _site(thing: str | None) -> str:
    """Where a rate was handled: "The An Post parcel hub" for "the An Post parcel hub automation
    project" (the project sorted nothing; the hub did)."""
    doer = _doer(thing)
    if shared(r"(?i)\b(?:response|effort|relief|recovery|clean-?up)$").search(doer):
        return "The team"  # "The team mapped 3,000 properties in 48 hours", never "The county
    #   flood response mapped" (reader 159)
    return shared(r"\b(hub|centre|center|warehouse|depot|plant|site|store|branch|clinic|port|"
                  r"terminal|factory|line|mill|mine|kitchen|ward)(?: [a-z-]+){1,3}$").sub(r"\1", doer)


def money_first(sentence: str) -> str:
    """A sentence that would start with a sum starts before it: "In all, €2.4M was awarded.",
    never "€2.4M was awarded." (readers 160, 161); a sum that sizes a thing is the thing's: "The
    $1.2M USAID grant was renewed." (reader 174)."""
    if shared(r"(?:[$\u20ac\u00a3\u00a5\u20b9\u20a6]|(?:EUR|USD|GBP|INR|AUD|CAD|NZD|ZAR|KES|NGN|JPY|CHF|SGD|HKD|AED|SAR) ?)"
              r"\d[\d.,]*\s?(?:bn|[kKmMbB])? (?!(?:was|were|a|an|per|in|of)\b)[A-Za-z][\w-]* (?:[\w-]+ ){0,3}"
              r"(?:was|were|is|are|has|had|got|went)\b").match(sentence):
        return "The " + sentence
    return f"In all, {lower_first(sentence)}" if shared(r"(?:(?:About|Around|Over|Nearly|Almost|Roughly|Some) )?"
                                        r"(?:[$\u20ac\u00a3\u00a5\u20b9\u20a6]|(?:EUR|USD|GBP|INR|AUD|CAD|NZD|ZAR|KES|NGN|JPY|CHF|"
                                        r"SGD|HKD|AED|SAR|BRL|MXN|DKK|SEK|NOK) ?)\d[\d.,]*\s?(?:bn|[kKmMbB])? "
                                        r"(?:a (?:year|month|week|day) |per (?:year|month|annum) )?"
                                        r"(?:was|were) ").match(sentence) else sentence  # never "In all,
    #   $40 per head budget was kept" (review)


def _maker(thing: str | None) -> str:
    """What does a present-tense fact ("serves 300 families weekly"): the thing the project
    made ("founding the Eastside Food Pantry" -> "The Eastside Food Pantry"), or "It"."""
    if not thing:
        return "It"
    words = thing.split()
    moved = _MOVES.get(words[0].lower())
    if moved and " to " in f" {thing} ":  # "migrating our data warehouse to Snowflake": the
        return f"The {moved}"  # migration finished early, never "Our data warehouse to
        #                        Snowflake" (reader 155)
    if words[0].lower().endswith("ing") and len(words) > 1:
        made = " ".join(words[1:])  # "founding a solar-kiosk enterprise": the enterprise
        made = shared(r" (?:after|following|before|during) (?:the |its |a )?[a-z][\w -]*$").sub(
            "", made)  # "reopening the Hotel Alhambra after renovation": the hotel (reader 122)
        return cap(shared(r"^(?:a|an) ").sub("the ", made))
    made = shared(r" (?:expansion|launch|rollout|opening|reopening|rebuild|refurbishment|"
                  r"relaunch|renovation|refit|fit-out|rebrand)(?: (?:after|following|in|at|"
                  r"for) .*)?$").sub("", thing)  # "the food bank expansion feeds": the food bank does
    venue = shared(r"(?i)^(.*?\b(?:house|theatre|theater|hall|hotel|museum|gallery|library|station|"
                   r"terminal|airport|stadium|arena|church|school|hospital|clinic|restaurant|store|"
                   r"shop|office|centre|center|mall|market)) (?:lighting|roof|kitchen|foyer|lobby|stage|"
                   r"facade|façade|wiring|plumbing|heating|hvac|seating|signage|interior|exterior|wing|"
                   r"floor|basement|auditorium|sound system)$").match(made)  # a part of the venue
    return cap(venue.group(1) if venue else made)  # "the opera house lighting refit" opened: the
    #   opera house did, never "The opera house lighting opened" (reader 140)


# Moving a thing somewhere, named as the work: "migrating X to Y" is the migration.
_MOVES = {"migrating": "migration", "moving": "move", "porting": "port", "converting": "conversion",
          "transferring": "transfer", "transitioning": "transition", "upgrading": "upgrade",
          "relocating": "relocation", "shifting": "shift"}
# Work done to a thing that stood before it: its outcome is the work's, said as its noun.
_REWORKS = {"renovating": "renovation", "refurbishing": "refurbishment", "restoring": "restoration",
            "retrofitting": "retrofit", "rebuilding": "rebuild", "refitting": "refit",
            "rewiring": "rewiring", "reroofing": "reroofing", "repaving": "repaving"}  # a
#   rebrand, a restructuring or a modernisation leaves its outcomes to the thing: "The Harbour
#   Hotel sold out every weekend" (review)
_ACTIVITY_HEADS = frozenset("""renovation rollout roll-out upgrade redesign rebuild overhaul refit
fit-out refurbishment expansion migration launch relaunch rebrand project program programme
campaign relief audit review implementation transition conversion construction integration
build pilot""".split())


# Works and products that win a category's award, are featured or stocked themselves.
_WORKS = lazy(r"(?i)\b(?:film|documentary|short|feature|album|record|single|song|book|novel|game|"
              r"app|show|play|production|podcast|series|campaign|ad|video|exhibition|website|"
              r"design|building|installation|study|paper|report|brand|product|range|collection|"
              r"line|label)s?\b")
# Where a work or a product was placed: "featured in Dezeen", "listed in 220 stores".
_PLACED = lazy(r"(?i)^(?:was )?(?:(?:featured|listed|stocked|published|exhibited|screened|shown|"
               r"reviewed|covered) (?:in|on|at|by)\b|(?:tested|piloted|trialled|trialed|deployed|"
               r"rolled out|adopted) (?:in|across|at|by) (?:\d|all|every|two|three|four|five|six|"
               r"several))")
# A work's nomination: "nominated for a BAFTA" is the film's when the project is a film.
_NOMINATED = lazy(r"(?i)^(?:was )?(?:nominated|shortlisted|longlisted|selected|chosen|picked|invited) for (?:an? |the )?(?-i:[A-Z])")


# A standard a place or a product is certified to: "certified organic in 3 years".
_CERTIFIED = lazy(r"(?i)^(?:was )?(?:certified|accredited|rated) (?:as )?(?:organic|fair[- ]?trade|"
                  r"b corp|carbon[- ]neutral|halal|kosher|cage[- ]free|biodynamic|outstanding|"
                  r"good|gold|silver|platinum|leed|net[- ]zero|\d(?:-| )star)\b")


def _made_thing(thing: str | None) -> str:
    """The work or the product itself: "The installation" for "the Milan Design Week
    installation", "The K-beauty" ... for a launch, its thing."""
    doer = _maker(thing) if thing and _activity(thing) else _doer(thing)
    head = _WORKS.search(doer)
    words = doer.split()
    if head and len(words) > 3 and words[-1].lower().startswith(head.group(0).lower()):
        return "The " + words[-1]  # "The installation", not "The Milan Design Week installation"
    return doer


def _says_itself(fact: Fact, thing: str) -> bool:
    """Whether a deed's verb is in the name of the work it was done on: "raised" in "fundraise",
    "built" in "the rebuild"."""
    verb = lexicon.lemma(fact.text.split()[0].lower())
    doer = shared(r" (?:at|in|for|with) \S.*$").sub("", _doer(thing))  # "the Series A fundraise
    #   at Loopline": the fundraise (reader 126)
    head = doer.split()[-1].lower().strip(".,")  # what would do it: "the treaty
    #   renewal renewed" is said "the treaty renewed" already
    verb = verb[:-1] if verb.endswith("e") else verb  # "raise" in "fundraising"
    return (len(verb) > 3 or (len(verb) == 3 and head.startswith(verb))) and verb in head and verb != head  # "the
    #   office move moved": we moved (reader 172)


def _activity(thing: str) -> bool:
    return thing.split()[-1].lower().strip(".,") in _ACTIVITY_HEADS


def _its(sentence: str, thing: str | None) -> str:
    """A fact's "it" is the project: "3 ICUs adopted it" -> "3 ICUs adopted the sepsis alert"."""
    if thing and shared(r"\b(?:out of|(?:grew|came|sprang|emerged) from) it\.$").search(sentence) \
            and not shared(r"(?i)it\b").match(sentence):
        sentence = sentence[:-3] + "that work."  # "his thesis grew out of it": out of that work,
        #   never the project's whole name again (reader 149)
    elif thing and shared(r"\bit\.$").search(sentence) and not shared(r"(?i)it\b").match(sentence):
        sentence = sentence[:-3] + thing + "."
    elif thing and thing.lower().startswith("the ") and not shared(r"(?i)it\b").match(sentence) \
            and shared(r"\b(?:presented|delivered|launched|shipped|rolled|sold|pitched|"
                          r"handed|took|led|ran|built|wrote) it (?:to|out|for|at|in|with|over)\b").search(
                          sentence):  # "presented it to the board": the roadmap, not "it"
        head = _head(thing.lower().split())
        sentence = shared(r"\bit\b(?= (?:to|out|for|at|in|with|over)\b)").sub(f"the {head}", sentence,
                          count=1)
    return sentence


_TRAINING = lazy(r"(?i)\b(?:course|class|training|exam|exams|programme|program|rating|curso|"
                 r"diplomado|taller|cours|kurs|masterclass|workshop|"
                 r"certification|licen[cs]e|apprenticeship|degree|bootcamp|academy|study group|"
                 r"papers|cohort|school|ACCA|CFA|CPA)\b")  # "passed all 13 papers" is the
#                                                          student's, not the study group's


_FIELDWORK = lazy(r"(?i)\b(?:study|survey|research|trial|fieldwork|census|sampling)\b")


def _worked_on(thing: str) -> str:
    """The work a place's project names after its comma: "the Tokyo office of our production
    company, on the documentary 'Rivers of Ice'" -> "the documentary 'Rivers of Ice'", which came
    in under budget and was sold (reader 145)."""
    found = shared(r", (?:on|for) (the [^,]+)$").search(thing)
    return found.group(1) if found else thing


def _doer(thing: str | None) -> str:
    """Who an outcome belongs to: the project ("The 2023 gala raised $410,000"), or "we" when
    the project is an activity ("rebuilding the city's website" did not meet WCAG; we did)."""
    if thing and thing.split()[0].lower().endswith("ing") and len(thing.split()) > 1 and (
            thing.split()[1].lower() in ("the", "our", "a", "an", "my")
            or thing.split()[1][:1].isupper()):
        if thing.split()[0].lower() in _REWORKS:  # "renovating the Kraków tenement" came in
            return f"The {_REWORKS[thing.split()[0].lower()]}"  # under budget: the renovation
        #   did, never "The Kraków tenement came in under budget" (reader 159)
        return _maker(thing)  # "launching our Lisbon office": "Our Lisbon office grew to 40 staff"
    if not thing or thing.split()[0].lower().endswith("ing"):
        return "we"
    thing = _VENUE_LAUNCH.sub(r"\1", _LAUNCH_OF.sub("", thing))  # "the launch of the pantry"
    thing = shared(r"(?i)\b(treaty|policy|contract|lease|licen[cs]e|grant|visa) renewal\b").sub(
        r"\1", thing)  # "the property treaty renewal renewed": the treaty did
    thing = shared(r"\s*\([^()]*\)").sub("", thing)  # "the drive (Chennai, 2021)": the drive
    thing = shared(r"^((?:[A-Z][\w'-]*|der|die|das|la|le|el|de|of|the)(?: (?:[A-Z][\w'-]*|der|die|"
                   r"das|la|le|el|de|of|the|lange|[a-z]+))*?) (?:post-production|post production|"
                   r"production|sound mix|mix|edit|shoot|colour grade|color grade|grade)$").sub(
                   r"\1", thing)  # "Der lange Winter post-production": the film premiered
    thing = _worked_on(thing)
    thing = shared(r", (?:his|her|their|our|my|the|a|an) .*$").sub("", thing)  # "Paper Lanterns,
    #   his studio's first Steam release": the game sold 40,000 copies
    words = thing.split()
    cut = next((i for i, w in enumerate(words) if i > 1 and w in ("in", "at", "for", "across",
                                                                  "with", "from")), None)
    if words[:1] == ["the"] and len(words) > 4 and cut and words[cut - 1].isalpha() \
            and all(w.islower() or w.isupper() for w in words[1:cut]):  # "the HIV self-testing
        #   rollout in KwaZulu-Natal"; "the Fischer Fitness studio in Munich" keeps its name
        about = next((i for i in range(2, cut) if words[i] in ("on", "of", "about", "into")), cut)
        return "The " + words[about - 1]  # "The campaign vaccinated 38,000 people", not "The
        #   ..."; "the documentary on water rights in Andalusia": the documentary (reader 170)
        #   not "The
    #                                    vaccination campaign in Manaus in 2022 vaccinated"
    return cap(thing)  # or "the studio launch in Munich" did not serve families: it did


# An event that brought a thing about: its outcomes are the thing's ("The Kesher food pantry
# served 1,200 families", not "the launch of the ... pantry").
_VENUE_LAUNCH = lazy(r"(?i)\b(studio|store|shop|office|clinic|cafe|café|restaurant|branch|hub|gym|"
                     r"bakery|salon|pantry|library|school|centre|center|warehouse|site|plant|hotel|"
                     r"bar|app|website|platform) (?:launch|opening|rollout|roll-out)\b")
_LAUNCH_OF = lazy(r"(?i)^(?:the )?(?:launch|opening|pre-opening|preopening|founding|creation|start|setup|"
                  r"set-up|expansion|rollout|roll-out) of (?=\S)")  # "pre-opening of Hotel Casa
#   Azul": the hotel opened (reader 162)


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
            low = note.lower().split()
            if _counted_then_done(note):
                fact = Fact(_passive(shared(r"^([^,]+), (?=[a-z]+ed\b)").sub(r"\1 ", note)),
                            "clause")  # "42 landholder agreements were signed"; "12 classrooms,
                #   opened on time": never "12 classrooms, were opened" (reader 161)
            elif len(low) > 2 and _COUNT_START.match(low[0]) and low[1] in _MOVERS \
                    and low[2] in _MOTIONS and " were " in fact.text and " were " not in f" {note} ":
                fact = Fact(lower_first(note), "clause")  # "25 pupils moved with a full plan":
                #                                          they moved, nobody moved them
            elif _guessed(fact.text, typed) and not shared(
                    r"[A-Za-z][\w -]*:\s*(?!(?:19|20)\d\d$)[$\u20ac\u00a3]?\d").match(note):  # "headcount:
                #   9": the colon says "was", nothing guessed
                fact = Fact(note if shared(r"^\S+ [A-Z]").match(note) else lower_first(note), "noun")  # "Nature
                #   Comms 2023" keeps its name's capital (reader 185)
        out.append(fact)
    return out


def _guessed(clause: str, typed: list[str]) -> bool:
    """Whether the clause puts a "was" or "is" that no note has before something that is no
    participle or change: "the calving season was 2023", "the team was 9 strong"."""
    said = {w for t in typed for w in t.lower().split()}
    words = [w for w in clause.lower().split() if w not in ("now", "still", "also", "all")]  # "are
    #   now processed": the participle is what counts
    return any(w in ("was", "were", "is", "are") and w not in said and not (
        after.endswith("ed") or after in SIMPLE_PASTS or after in _LEFT_OUT_BEFORE
        or after in _IRREGULAR_PARTICIPLES or after == "worth"
        or shared(r"[\d.]+(?:%|/\d+)|[$\u20ac\u00a3\u00a5\u20b9\u20a6][\d.,]+[kmbn]*").fullmatch(after)
        or after in ("under", "below", "over",
                                                                      "above", "within", "always",
                                                                      "never"))  # "guest
        #   satisfaction was 92%", "the crash rate was under 0.1%": a
        #   level is what a measure was, no verb guessed (a list of one, reader 101)
        for w, after in zip(words, words[1:]))


def _passive(note: str) -> str:
    """"42 landholder agreements signed" -> "42 landholder agreements were signed"; "47 km of
    pipeline inspected" -> "47 km of pipeline was inspected" (a measure of a thing)."""
    words = note.split()
    at = next(i for i, w in enumerate(words) if i and (w.lower().rstrip(",").endswith("ed")
                                                       or w.lower() in SIMPLE_PASTS))
    low = [w.lower() for w in words[:at] if w.lower() != "now"]
    plural = not shared(r"1(?:\.0)?$").fullmatch(words[0]) and not (
        len(low) > 2 and low[1] in MEASURES_OF and low[2] == "of") and not (
        at == 2 and words[1] in UNITS_AS_ONE)  # "2.4 MW was installed" (reader 176)
    if low[0].endswith("%") and "of" in low:  # "90% of patients were seen", "85% of labour was"
        plural = _plural(low[-1]) or low[-1] in NO_PLURAL_S
    if words[at - 1].lower() == "now":  # "70% of motor claims are now processed in a day"
        return lower_first(" ".join([*words[:at - 1], "are" if plural else "is", *words[at - 1:]]))
    return lower_first(" ".join([*words[:at], "were" if plural else "was", *words[at:]]))


def _counted_then_done(note: str) -> bool:
    """A count of things and what was done to them, with no doer: "42 landholder agreements
    signed", "25 pupils moved with a full plan". Whether they "were signed" or did the moving
    is the writer's to say; as a note it reads right ("The work saw 42 ... signed")."""
    words = note.lower().replace(",", "").split()
    if not words or not _COUNT_START.match(words[0]):
        return False
    for i, w in enumerate(words[1:6], start=1):
        if w in _BE or w in ("had", "have", "has") or w in _ACHIEVED or w in _THINGS_DO \
                or words[i - 1] in _PEOPLE or (words[i - 1] in _MOVERS and w in _MOTIONS):
            return False  # "9 swimmers qualified for nationals" did it themselves
        if w.endswith("ed") or w in SIMPLE_PASTS:
            after = words[i + 1] if i + 1 < len(words) else None
            if after == "to" and i + 2 < len(words) and lexicon.word_class(words[i + 2]) == "V":
                return False  # "1,100 adults learned to read" did it themselves
            return i > 1 and (after is None or after in _PREPOSITIONS or after in ("and", "on",
                                                                                 "within"))
    return False


_COUNT_START = lazy(r"\d[\d,.]*[kKm%+]?$")


# Participles that do not end in -ed: "HbA1c targets [were] met for 74% of patients".
_IRREGULAR_PARTICIPLES = frozenset("""met kept paid sold held built made found shown done given taken
seen known grown drawn thrown won spent sent lent bought brought taught caught fought thought told
left lost hit set put shut spread read""".split())


# What may follow a verb a note left out: "[was] cut", "[went] up", "[was] down from".
_LEFT_OUT_BEFORE = frozenset("up down from cut set built sold held won hit run done made back".split())


# A measure and its change, typed with no verb: "compliance from 62% to 91% in 6 months".
_A_CHANGE = lazy(r"^([A-Za-z][\w' &/-]*?) (from [$\u20ac\u00a3]?\d[\d.,]*%?(?: [a-z]{1,7})? to "
                 r"[$\u20ac\u00a3]?\d.*)$")


# Two clauses typed with no "and" between them, each with its own subject.
_SPLICED = lazy(r"^((?i:I|You|We|He|She|They)\b[^;]*?[a-z0-9])(?:,)? ((?:I|you|we|he|she|they)(?:'m|'re|'ve)(?= )|"
                r"(?:I|you|we|he|she|they) (?:\w+ed|sold|ran|did|was|were|am|are|is|led|taught|made|had|built|took|got|"
                r"went|run|chair|chaired|helped|said|bought|paid|kept|drove|sang|wrote|met)\b)")


def notes(raw: str | None, second: bool = True) -> list[str]:
    """Details as the lines of a list, close to how they were typed and in the requester's
    voice: one per line, bullet, ';' or sentence ("Cut costs by 20%", "85,000 visitors in four
    months", "No payroll errors in 2023"). A list takes any form, so nothing is reworded into
    a sentence; only short forms are spelt out and `second` makes the details' she and he the
    reader ("she gave me the lead" -> "You gave me the lead")."""
    out = []
    for part in parts(raw or ""):
        text = sentence_starts(language_lists(with_none(plain_figures(_spelt_out(part)).strip(" ."))))  # "in june. he was
        #   thrilled" (reader 187)
        text = shared(r"^(.+?) (down|up) (?=from (?:\S+ ){1,3}?to )").sub(r"\1 went \2 ", text)  # "vacancy
        #   down from 14% to 6%": it went down, never "Vacancy down went from" (reader 124)
        change = _A_CHANGE.match(text)
        if change and shared(r"from (?:19|20)\d\d to (?:19|20)\d\d").match(change.group(2)):
            change = None  # "zero incidents from 2019 to 2023": a time, no change (reader 161)
        if change and " went " not in text and change.group(1).split()[0].lower() not in (
                "in", "for", "over", "during", "after", "by", "within", "from") and not any(
                (lexicon.word_class(w.lower()) in ("D", "Z", "V") and w.lower() not in _MEASURE_VERBS) or w.lower() in (
                "i", "we", "she", "he", "they", "was", "were", "is", "are", "went", "rose", "fell")
                for w in change.group(1).split()):  # "App store rating from 3.1 to 4.6": it
            text = f"{change.group(1)} went {change.group(2)}"  # went from one to the other, a
            #   line with its verb (reader 121)
        if out and shared(r"(?:19|20)\d\d").fullmatch(text):
            out[-1] = f"{out[-1]} in {text}"  # "1.2M customers moved; 2021": when it happened,
            continue  #   never a line of its own, "- 2021" (reader 182)
        if any(ch.isalnum() for ch in text):
            said = to_second_person(text) if second else text
            said = _SPLICED.sub(lambda m: m.group(0) if len(m.group(1).split()) < 3 or m.group(1).split()[-1].lower() in (
                "and", "but", "or", "that", "because", "so", "when", "while", "think", "thought", "know", "knew",
                "said", "says", "feel", "felt", "hope", "guess", "where", "if", "as", "until", "after", "before")
                else f"{m.group(1)}, and {m.group(2)}", said)  # "You sold honey I sold bread", "you chair the
            #   safety committee, I'm on the finance committee": two clauses with their "and" (reader 187)
            out.append(list_line(said))
    return out


def with_none(text: str) -> str:
    """A clean record after a comma joins what it qualifies: "300 civilians evacuated in 48 hrs,
    no casualties" -> "... with no casualties", "called 212 races, 0 corrections" -> "... with 0
    corrections" (reader 132)."""
    return shared(r"(?<=[\w%)]),\s+(no|zero|0) ([a-z][\w-]*(?: [a-z][\w-]*){0,2})(?=\s*(?:$|[;.\n]))").sub(
        lambda m: m.group(0) if m.group(2).split()[0] in ("one", "body", "thing") or any(
            w in _BE or w in SIMPLE_PASTS or lexicon.word_class(w) in ("D", "V", "Z") and not w.endswith("s")
            for w in m.group(2).split()) else f" with {m.group(1)} {m.group(2)}", text)  # "400 pipelines moved, 0 data loss
    #   incidents" (reader 147)


def _spelt_short(found: re.Match) -> str:
    """A short form spelt out, with its capital in a name: "State Dept. of Transportation" ->
    "State Department of Transportation", "the dept." -> "the department"."""
    said = _SPELT[found.group(0).lower()]
    named = found.group(0)[:1].isupper() and found.string[found.end():found.end() + 5].lstrip(". ").startswith("of ")
    return cap(said) if named else said


# A deed typed with its verb bare, as a second language may: "improve OEE from 62% to 78%",
# "train 40 nurses"; never "design of the pump" nor "lead time".
_BARE_DEED = lazy(r"^((?i:improve|increase|reduce|decrease|cut|grow|raise|lower|boost|lift|double|halve|expand|shorten|"
                  r"train|hire|build|lead|launch|manage|organise|organize|negotiate|deliver|create|develop|write|"
                  r"teach|mentor|coordinate|implement|migrate|automate|translate|supervise|open|sell|win|save)) "
                  r"(?!(?:of|time|times|by|and|or|up|for)\b)((?:the |our |my |a |an )?[\w$\u20ac\u00a3%-]+"
                  r"(?: [\w$\u20ac\u00a3%.,-]+)*)$")


def _spelt_out(part: str) -> str:
    """One detail as typed, its short forms spelt out: "govt" -> "government", "4.2%->0.6%" ->
    "from 4.2% to 0.6%", "in april" -> "in April", "~1,500" -> "about 1,500"; no "lol", no
    "!!"."""
    text = shared(r"(?i)\b(govt|dept|mgmt|approx|incl)\.(?=\s+[a-z0-9$\u20ac\u00a3])").sub(r"\1", clean(part))
    text = _SHORT_FORMS.sub(_spelt_short, text)  # "the dept. over $2M"
    text = _BARE_DEED.sub(lambda m: lexicon.inflect(m.group(1), "past") + " " + m.group(2), text)  # "improve
    #   OEE from 62% to 78%", typed in a second language's bare verb: improved it (reader 212)
    text = shared(r"(?<=[a-z%\d] )(Q[1-4](?: (?:19|20)\d\d)?)$").sub(
        lambda m: m.group(0) if m.string[:m.start()].split()[-1].lower() in _PREPOSITIONS | {
            "and", "or", "vs", "vs.", "before", "until", "since", "through", "&"} else "in " + m.group(1),
        text)  # "140% of quota Q3": in Q3 (reader 209); never "from Q2 to in Q3" (review)
    text = TEXTED_TAIL.sub("", text)  # "every spring lol"
    text = shared(r"(?i)\b(?:the )?1st time$").sub("at the first attempt", text)  # "approved by
    text = shared(r"(?i)\b(?:the )?1st time\b").sub("the first time", text)  # the audit 1st time"
    text = shared(r"(?i)\b(via|through) (site|website|app|portal|platform|newsletter|form)\b").sub(
        r"\1 the \2", text)  # "donations via site": via the site (reader 181)
    text = shared(r"\b(\d+) (page|day|week|month|year|hour|minute|person|seat|bed|room|storey|story|"
                  r"step|point|part|piece|course)\b(?= (?!(?:of|a|an|the|and|or|in|on|at|to|for|with|from|"
                  r"by|per|each|long|old|late|early|ahead|behind)\b)[a-z])").sub(
        r"\1-\2", text)  # "40 page brand book": a 40-page one (reader 182)
    text = shared(r"^done (?=(?:over|during|in|within|by|on) )").sub("the work was done ", text)  # "done
    #   over summer break": the work was, never "He done over summer break" (reader 182)
    text = shared(r"\b(\d+(?:\.\d+)?) ?mins?\b(?!-)").sub(
        lambda m: f"{m.group(1)} minute{'' if m.group(1) == '1' else 's'}", text)  # "from 48 to 22
    #   min" (reader 158)
    if shared(r"\bhours?\b").search(text):
        text = shared(r"(?<=\d)m$").sub(" minutes", text)  # "from 6 hours to 40m" (reader 155)
    text = shared(r"^((?!(?:I|we|she|he|they)\b)[^;]*[a-z]) ((?:19|20)\d\d) ?[-\u2013] ?((?:19|20)\d\d)$").sub(
        r"\1 from \2 to \3", text)  # "3 joint papers 2019-2022" (reader 158)
    text = shared(r"^(cut|reduced|halved|slashed|shortened|lowered|trimmed) (?!(?:the|a|an|our|my|their|his|her|its|"
                  r"avg) )((?:[a-z]+ ){1,2}(?:time|times|latency))"
                  r"(?= (?:from|by|to) )").sub(r"\1 the \2", text)  # "cut app start time from 4s
    #   to 1.2s": the app start time (reader 156)
    text = shared(r"\b(during|after|before|throughout|since) (cutover|go-live|golive|launch|migration|"
                  r"transition|changeover|handover|switchover|outage|shutdown|turnaround|rollout|"
                  r"refit|move|relocation|merger|rebrand)\b").sub(r"\1 the \2", text)  # "zero downtime
    #   during cutover": during the cutover (reader 156)
    text = shared(r"(?i)\bdoor-to-(doc|doctor|needle|balloon|provider|triage|ecg|ct)\b(?! time)").sub(
        lambda m: f"door-to-{'doctor' if m.group(1).lower() == 'doc' else m.group(1)} time", text)  # "door-to-doc
    #   42 min -> 18 min": the door-to-doctor time (reader 152)
    text = shared(r"(?i)^((?:during|after|before|in) (?:[A-Z][\w-]*|the [a-z]+|(?:19|20)\d\d)) "
                  r"((?:got|led|ran|built|set up|moved|kept|organised|organized|coordinated|raised|"
                  r"trained|managed|evacuated|delivered|launched|opened) .+)$").sub(
        r"\2 \1", text)  # "during COVID got 90 students home": got them home during COVID (reader 150)
    text = shared(r"\b(raised|secured|won|landed|received|awarded) (?:a )?(?=(?:[A-Z]{3}|[$\u20ac\u00a3\u20a6\u20b9]) ?[\d.,]+ ?(?:k|m|bn|million|billion)? "
                  r"(?:[A-Z][\w-]* )*(?:grant|award|contract|prize|fellowship|round|[A-Z]\d{2}\b))").sub(
        lambda m: f"{m.group(1)} {'a' if m.string[m.end():].split()[0] in CURRENCY_CODES else indefinite(m.string[m.end():]).split()[0]} ",
        text)  # "secured NOK
    #   4.2m Research Council grant": a grant (reader 150)
    text = shared(r"(?i)^((?:I|we|she|he|they) .+?),? ((?:19|20)\d\d) ?[-\u2013] ?((?:19|20)\d\d)$").sub(
        r"\1 from \2 to \3", text)  # "...
    #   while she was lead vet, 2019-2023": from 2019 to 2023, never a trailing ", 2019-2023" (reader 146)
    text = shared(r"(?i)^((?:average |mean |median )?(?:delivery|response|resolution|handling|processing|"
                  r"transit|dispatch|turnaround|check-in|boarding|repair|fulfil?ment))(?= (?:from )?[\d.]+ ?"
                  r"(?:min|mins|minutes|h|hrs?|hours|days|sec|secs|seconds)\b(?! a week| per week| a month))").sub(r"\1 time", text)  # "avg
    #   delivery 38 min -> 22 min": the time it took, never "Average delivery went from" (reader 143)
    text = shared(r"(?i)^(cut|reduced|lowered|raised|improved|increased|shortened|halved|doubled) "
                  r"(average|mean|median|avg) ((?:[a-z-]+ ){0,2}?(?:cycle|turnaround|lead|wait|handling|"
                  r"response|resolution|processing|delivery))(?! time)\b").sub(
        lambda m: f"{m.group(1)} the {'average' if m.group(2).lower() == 'avg' else m.group(2)} {m.group(3)} time",
        text)  # "cut average claim cycle from 14 days to 9": the average claim cycle time (reader 145)
    text = shared(r"^(\d+(?:\.\d+)?-(?:hour|day|week|month|year|person|bed|storey|story|km|mile|minute)) "
                  r"(?=[a-z]+ (?:finished|ended|ran|closed|opened|started|came|went|wrapped|completed)\b)").sub(
        r"the \1 ", text)  # "42-hour shutdown finished 6 hours early": the shutdown (reader 145)
    text = shared(r"(?i)^([a-z]+ (?:resolved|answered|closed|handled|shipped|delivered|seen|treated|"
                  r"processed) (?:in|within|under) [^,;]+?) (?:up|rose|went up) (from \d[\d.]*% to \d[\d.]*%)$").sub(
        lambda m: f"the share of {m.group(1)} rose {m.group(2)}", text)  # "complaints resolved in
    #   48h up from 60% to 91%": a share rose, never "were resolved ... up from" (reader 143)
    text = shared(r"^(led|ran|managed|oversaw|drove|coordinated|steered|headed) (?:the )?"
                  r"((?:[A-Z][\w&-]* ){0,2}(?:[a-z][\w-]* )?(?:accreditation|certification|registration|"
                  r"approval|licen[cs]e|designation|recognition|inspection|audit|funding|grant|contract|"
                  r"merger|acquisition|submission|filing|tender|bid|listing|rating|status)) "
                  r"(achieved|completed|awarded|granted|secured|approved|passed|gained|obtained) "
                  r"(?=(?:in|on|by|ahead|within|under)\b)").sub(
        r"\1 the \2, which was \3 ", text)  # "led JCI accreditation achieved in May 2022": the
    #   accreditation, which was achieved then (reader 206); one such thing, never "the team,
    #   which was finished" nor "the 5 projects, which was" (review)
    text = shared(r"(?i)\braised (?:the )?seed(?=$|[,;.]| (?:with|from|in|at|of|led|by|after|before)\b)").sub("raised a seed round",
                                                                                     text)  # (reader 143)
    text = shared(r"(?i)\b(after|before|since) (relaunch|launch|go-live|opening|reopening|rollout|"
                  r"handover|merger|acquisition|rebrand|takeover|refit)\b").sub(r"\1 the \2", text)  # "up
    #   22% after relaunch": after the relaunch (reader 136)
    text = shared(r"\b(started|began|launched|opened|ended|closed|finished|went live) ((?:19|20)\d\d)$").sub(
        r"\1 in \2", text)  # "exports to EU started 2020": in 2020 (reader 143)
    text = shared(r"^(opened|launched|built|added|founded|started|set up|hired) (2nd|3rd|4th|5th) "
                  r"(?!place|prize|round|year|time|term|season|in\b|at\b|of\b)(?=[a-z])").sub(
        lambda m: f"{m.group(1)} a {_ORDINAL[m.group(2)]} ", text)  # "opened 2nd taproom":
    #   opened a second taproom (reader 142)
    text = shared(r"\b(in (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?:19|20)\d\d$)"
                  r"(?:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*){0,4}) ((?:19|20)\d\d)$").sub(
        lambda m: f"{m.group(1)} in {m.group(2)}" if shared(
            r"(?i)\b(?:published|papers?|articles?|journal|accepted|appeared|preprint)\b").search(m.string)
        else m.group(0), text)  # "published in Lancet ID 2018": in 2018
    #   (reader 140); "at Web Summit 2023" is the event's name; "in Oct 2023" a date
    text = shared(r"([$\u20ac\u00a3]\s?[\d.,]+\s?(?:k|m|bn|K|M)?) (under|over)$").sub(r"\1 \2 budget", text)  # "delivered
    #   £400k under": under budget (reader 137)
    text = shared(r"\b(\d+(?:\.\d+)?) ?(h|hrs?|mo|mos|mths?)\b(?!-)(?! (?:[a-z]+ )?(?:helpline|line|"
                  r"service|support|shift|cover|coverage|clinic|desk|rota|watch|operation|hotline)\b)").sub(
        lambda m: _with_unit(m.group(1), _UNITS[m.group(2)]), text)  # "in first 48h", "18 mo";
    #   never "the 24 hours helpline" (the 24h helpline stays as typed)
    text = shared(r"\b([a-z]{2,}) ((?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:years?|"
                  r"months?|weeks?|seasons?|semesters?|terms?|summers?|winters?))$").sub(
        lambda m: m.group(0) if m.group(1) in _PREPOSITIONS | _BEFORE_A_TIME or not _did(m.string)
        or shared(r"(?i)^(?:i |we |she |he |they )?(?:shortened|reduced|cut|saved|trimmed|lowered|"
                  r"raised|increased|extended|delayed|brought forward|moved)\b").match(m.string)
        else f"{m.group(1)} for {m.group(2)}", text)  # "ran demo day 3 years": for 3 years (a
    #   deed's length; "average install 6 weeks" is a measure)
    text = shared(r"^(hired|recruited|selected|"
                  r"shortlisted|ordained) (as)\b").sub(
        r"was \1 \2", text)  # "hired as barista 2021": she was hired as one, never "She hired"
    text = shared(r"^certified (?=(?:19|20)\d\d$|in (?:19|20)\d\d$)").sub(
        "gained certification ", text)  # "certified 2022": she gained certification in 2022
    text = shared(r"(?<=[a-z\d]),? ((?:19|20)\d\d) and ((?:19|20)\d\d)$").sub(
        lambda m: m.group(0) if shared(r"(?i)\b(?:in|since|from|between|of|by|the|a|an|our|my|his|her|their)$|"
                                       r"(?-i:\b[A-Z][\w-]*)$").search(m.string[:m.start()])
        else f" in {m.group(1)} and {m.group(2)}", text)  # "opened 2 clinics, 2020 and 2022" (reader 172)
    text = shared(r"(?<=[a-z\d])(?<!^[a-z]{2})(?<!^[a-z]{3})(?<!^[a-z]{4})(?<!^[a-z]{5})(?<!^[a-z]{6})"
                  r"(?<!^[a-z]{7})(?<!^[a-z]{8})(?<!^[a-z]{9})(?<!^[a-z]{10})(?<!^[a-z]{11})(?<!^[a-z]{12})"
                  r",? ((?:19|20)\d\d)$").sub(
        lambda m: m.group(0) if shared(r"\b(?i:in|since|from|to|of|until|till|by|during|after|before|around|over|"
                                       r"throughout|through|across|for|within|class|"
                                       r"cohort|season|edition|vintage|spring|summer|autumn|fall|winter|jan|feb|mar|apr|may|jun|jul|"
                                       r"aug|sept?|oct|nov|dec|[a-z]+uary|march|april|june|july|"
                                       r"august|[a-z]+ember|october)\.?$|(?:^|\s)(?!as )\S+ [A-Z]\S*$|\band$").search(
            m.string[:m.start()]) or not _did(m.string) and not m.string.startswith("was ")
        else f" in {m.group(1)}", text)  # "toured 22 schools, 2018", "promoted to head roaster
    #   2022": in that year
    text = shared(r"^(was|were) (TA|RA|GSI|RN|LPN|EMT|GP|PA|EA|TL|PM|SME)\b").sub(
        lambda m: f"{m.group(1)} {indefinite(m.group(2))}", text)  # "was TA for 2 semesters"
    text = shared(r"^(TA|RA|GSI) (?=for \S+ (?:semesters?|terms?|years?|quarters?)$)").sub(
        lambda m: f"was {indefinite(m.group(1))} ", text)  # "TA for 2 semesters": a role held
    text = shared(r"^(TA|RA|GSI) (?=for me\b)").sub(
        lambda m: f"was {indefinite(m.group(1))} ", text)  # "RA for me in summer 2023": an RA
    text = shared(r"\b(in|within|over|during|for|after) (first|last|next|final) (?=\d)").sub(
        r"\1 the \2 ", text)  # "in first 48 hours": in the first 48 hours
    text = shared(r"^(TripAdvisor|Google|Yelp|Trustpilot|Glassdoor|Airbnb|Booking\.com|App Store|"
                  r"Play Store|Amazon|G2|Capterra)(?= (?:score )?[\d.]+ ?(?:->|=>|\u2192|to) ?[\d.]+$)").sub(
                  r"\1 rating", text)  # "TripAdvisor 3.9 -> 4.6": its rating, never "TripAdvisor
    #   went from 3.9 to 4.6" (reader 122)
    if shared(r"->|=>|\u2192").search(text):  # "3d->6h": days and hours, beside an arrow only
        text = shared(r"(?<![$\u20ac\u00a3\u00a5\u20b9\u20a6])\b(\d+)(d|w|wk|wks|y|yr|yrs|min|mins)\b").sub(
            lambda m: _with_unit(m.group(1), _UNITS[m.group(2)]), text)  #   ("3D printing")
    text = shared(r"(?<![\d:])(\d{1,2}:\d\d) ?(?:->|=>|\u2192) ?(\d{1,2}:\d\d)\b").sub(r"from \1 to \2", text)  # "AHT
    #   6:40 -> 5:35": two times, never "6:from 40" (reader 141)
    text = shared(r"([$\u20ac\u00a3\u00a5\u20b9\u20a6]?[\d.,]+(?:%|[a-z]{1,3}\b)?(?: (?:a|an|per) [a-z]+| [a-z]+)?)\s*(?:->|=>|\u2192)\s*"
                  r"([$\u20ac\u00a3\u00a5\u20b9\u20a6]?[\d.,]+(?:%|[a-z]{1,3}\b)?(?: (?:a|an|per) (?:day|night|week|month|year|shift|hour))?)").sub(r"from \1 to \2",
                                                                                   text)  # "31
    #   days -> 24 days": from 31 days to 24 days
    text = shared(r"\b([A-Za-z][\w-]*) (\d[\d.,]*[%k]?(?: [a-z]+)?) to ([$\u20ac\u00a3]?\d[\d.,]*[%k]?(?: [a-z]+)?)(?!\S)").sub(
        lambda m: f"{m.group(1)} from {m.group(2)} to {m.group(3)}" if m.group(1).lower() in _MOVED
        or (m.group(1).lower() in ("rating", "ratings", "gpa")
            and shared(r"\d\.\d").match(m.group(2)))  # "app rating 2.8 to 4.5" (reader 123);
        #   "score 2 to 1" is a result, no change
        or (m.group(1).isupper() and len(m.group(1)) > 1)
        or lexicon.word_class(m.group(1).lower()) in ("N", "P", None)
        and shared(r"[%k]|\d \S").search(m.group(2) + m.group(3)) and m.string.split()[0].lower() \
        not in ("taught", "coached", "score", "scored", "won", "lost", "beat", "drew")  # "taught
        #   kids 8 to 12", "score 2 to 1": ages and scores, no change
        and m.group(1).lower() not in _PREPOSITIONS | _RANGED | {"between", "and", "or", "up", "down",
                                                                 "cut", "set", "hit", "put", "shut"}
        else m.group(0), text)  # "roll grew 45 to 120", "NPS 31 to 58": from one to the other
    text = shared(r"(\d)\s+%").sub(r"\1%", shared(r"!{2,}|!(?=\))").sub("", text))  # "0.3 %",
    #                                                                             "flux!!)"
    text = _named_words(text)  # "in april", "on saturdays", "in Q2"
    text = shared(r"\blike (?=\d)").sub("", text)  # "like 3 summers"
    return shared(r"(?<![\d\w])~\s*(?=\d)").sub("about ", text)  # "~1,500 samples": about 1,500


def _did(text: str) -> bool:
    """A deed: its first word a past ("ran", "volunteered"), or after its subject ("I
    volunteered under her")."""
    low = text.lower().split()
    verb = low[1] if len(low) > 1 and low[0] in ("i", "we", "she", "he", "they") else low[0]
    last = verb.split("-")[-1]
    return lexicon.word_class(last) == "D" or verb in SIMPLE_PASTS or (
        last.endswith("ed") and len(last) > 5 and lexicon.word_class(last) is None
        and not last.endswith(("bed", "eed", "shed")))  # "sourced", never "seabed"


# Words a bare length of time follows as it is: "over 2 seasons", "the last 3 years".
_BEFORE_A_TIME = frozenset("""over under within than of about nearly almost around last first
next past the every all each some only just few several spent took lasted spanned after before served
since until till per these those across throughout and or""".split())


_UNITS = {"h": "hour", "hr": "hour", "hrs": "hour", "mo": "month", "mos": "month", "mth": "month",
          "mths": "month", "d": "day", "w": "week", "wk": "week", "wks": "week", "y": "year",
          "yr": "year", "yrs": "year", "m": "minute", "min": "minute", "mins": "minute"}


def _with_unit(figure: str, unit: str) -> str:
    return f"{figure} {unit}" + ("" if figure == "1" else "s")


# Verbs of a measure's change that take "from ... to": "grew 45 to 120" grew from 45 to 120.
_MOVED = frozenset("""grew rose fell dropped went increased decreased improved climbed jumped
declined shrank moved""".split())


# What is counted in a range, never a change: "ages 3 to 5", "grades 9 to 12".
_RANGED = frozenset("""age ages aged grade grades year years level levels size sizes class classes
step steps phase phases week weeks day days month months chapter chapters page pages row rows
room rooms floor floors key stage stages unit units module modules book books band bands tier
tiers round rounds""".split())


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
# Verbs of moving something, an outcome only when the work is named for it: "the office move".
_MOVED_BY_SOMEONE = frozenset("moved migrated relocated transitioned switched".split())
_ACT_OF = {"sold": "sale", "translated": "translation", "collected": "collection",
           "built": "build", "designed": "design", "delivered": "delivery"}
_OUTCOMES_ANY = frozenset("met passed achieved exceeded surpassed hit".split())
# A project's milestones, when nothing follows but when and how ("opened on schedule").
_ENDINGS = frozenset("finished completed ended concluded wrapped".split())
_OPENINGS = _ENDINGS | frozenset("""opened reopened launched relaunched debuted premiered closed started
began shipped""".split())


# Verbs a role follows bare: "was chief resident", "became head of department".
_BE_A_ROLE = frozenset("was were became named elected appointed made served acted".split())
# Words after which a sentence's noun needs its article: "in pilot ward", "than previous system".
_ACRONYM = lazy(r"[A-Z]{2,}s?")
# What is written or taught on a topic: "a thesis on bridge fatigue", "training on fire safety".
_ON_A_TOPIC = frozenset("""thesis dissertation paper papers report reports study studies research
talk talks course courses workshop workshops training book article articles chapter policy
guidance guide guidelines module seminar lecture lectures""".split())
_PARTICLES = frozenset("out up off down back over".split())
_BEFORE_NOUN = frozenset("in at on to into from than for by of over under across".split())
# Nouns said bare after those: "on time", "in person", "at night", "by hand", "on call".
_BARE_OK = frozenset("""time budget schedule person night hand house home place scratch school work
instance appeal review consideration construction
half level name service plan error admission arrival discharge state repair aid
church bed hospital court college university class town practice total part line charge site
call board track target stage air foot demand average record order date scale speed risk cost
peak launch end first last least once day week month year shift hour minute duty leave staff
software hardware feedback data information equipment advice support care help training
research management pressure land sea water power paper email phone video production
construction education administration documentation communication operation
transition consultation rotation compliance attendance maintenance arbitration mediation
litigation""".split())


# What is done to a piece of work once, as a whole: "the installation was handed over".
_HANDED = frozenset("""delivered submitted approved signed filed published installed commissioned
handed migrated awarded certified done implemented rolled""".split())


# Where a line of details ends and the next begins when typed as sentences: "Dispatcher of the
# Year 2021. 12 years of service." (not after "Dr." or "St.").
_SENTENCE_BREAK = "".join(f"(?<!\\b{a})" for a in ("Dr", "Mr", "Ms", "St", "No", "vs", "Jr", "Sr",
                                                  "Mrs", "Inc", "Ltd", "Co", "approx", "Approx",
                                                  "avg", "est", "incl", "sect", "dept", "ca",
                                                  "appr", "nr", "Mass", "Calif", "Ariz", "Mt", "Ft",
                                                  "Prof", "Gen", "Col", "Capt", "Lt", "Rev", "Hon",
                                                  "Univ", "Govt")) \
    + r"(?<=[A-Za-z0-9%)])" + "".join(f"(?<!\\b{p} [A-Z])" for p in ("to", "in", "at", "of", "by", "for", "from", "with")) \
    + r"\.\s+(?=[A-Z0-9])|(?<=[a-z]{3})(?<!\betc)(?<!\bapprox)(?<!\bincl)(?<!\bavg)" \
    r"(?<!\bdept)(?<!\bgovt)(?<!\bmgmt)(?<!\byrs)(?<!\bmins)(?<!\bhrs)(?<!\bmths)" \
    r"(?<!\best)(?<!\bvs)\.\s+(?=[a-z]{3,} [a-z0-9$])" \
    r"|(?:(?<=\d yrs)|(?<=\d hrs)|(?<=\d mths)|(?<=\d mins))\.\s+(?=[a-z]{3,}s [a-z0-9$])" \
    r"|(?:(?<=[a-z]{3} (?:19|20)\d\d)|(?<=[a-z]{3} (?:19|20)\d\d-\d\d))\.\s+(?=(?:[a-z]+ed|took|led|ran|won|made|" \
    r"built|became|head|lead|senior|studied|taught|got|kept|went|grew|set|began|wrote) [a-z0-9$])"
#   "15 yrs. knows all 40 clients" is two details (reader 192), as is "... 2,300 farmers. payment
#   delays went ..." though typed in lower case (reader 109), and "on the ovens 2021. took over"
#   (reader 198), a year and a deed after it
# Where one typed detail ends and the next begins: a line, a ';' or a sentence.
_PARTS = lazy(r"\s*;\s*|\n+|" + _SENTENCE_BREAK)


def parts(raw: str) -> list[str]:
    """The typed details one by one (_PARTS), never cut inside brackets: "two papers (J. Power
    Sources 2021, 2023)" is one detail (reader 191)."""
    out: list[str] = []
    start = 0
    for found in _PARTS.finditer(raw):
        if raw[start:found.start()].count("(") > raw[start:found.start()].count(")") \
                and ")" in raw[found.end():] and "\n" not in found.group(0) and ";" not in found.group(0):
            continue  # a full stop inside brackets ends nothing
        out.append(raw[start:found.start()])
        start = found.end()
    return out + [raw[start:]]


# Measures whose names are verbs too: "yield from 82% to 91%" went from one to the other.
_MEASURE_VERBS = frozenset("yield output spend turnover uptime churn attendance return returns".split())
# Units a figure measures a thing in, which takes "was": "47 km of pipeline was inspected".
MEASURES_OF = frozenset("""km m kg t ha mi ft lb lbs miles metres meters kilometres kilometers
tonnes tons litres liters gallons hectares acres""".split())
# Units whose amount is one quantity: "2.4 MW was installed", "40 GB was migrated".
UNITS_AS_ONE = frozenset("MW kW GW MWh kWh GWh TWh MB GB TB PB kg km".split())
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


# Short forms people type in details: "govt", "dept", "w/".
_ORDINAL = {"2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}
_SPELT = {"govt": "government", "gov't": "government", "dept": "department", "w/": "with",
          "nat'l": "national", "natl": "national", "int'l": "international", "intl": "international",
          "sect.": "section",
          "approx": "about", "approx.": "about", "b/c": "because", "mgmt": "management",
          "wks": "weeks", "yrs": "years", "mos": "months", "hrs": "hours", "mins": "minutes",
          "incl.": "including", "incl": "including"}
_SHORT_FORMS = lazy(r"(?i)(?<![\w/])(?:govt|gov't|dept|w/|approx\.?|sect\.|b/c|mgmt|wks|yrs|mos|hrs|mins|incl\.?)"
                    r"(?![\w/])")


# People who move or progress themselves: "25 pupils moved with a full plan".
_MOVERS = frozenset("""pupils learners children kids trainees apprentices volunteers nurses
doctors staff graduates players athletes swimmers runners interns employees""".split())
_MOTIONS = frozenset("moved progressed transitioned relocated returned advanced".split())
# What people achieve themselves, never have done to them: "9 swimmers qualified".
_ACHIEVED = frozenset("""qualified passed placed finished progressed advanced graduated attended
joined enrolled volunteered competed arrived returned""".split())


# People, and what people do to others rather than have done to them.
_PEOPLE = frozenset("""regulars customers clients guests patients parents students users members
visitors fans viewers readers buyers donors residents families diners shoppers travellers
travelers passengers callers""".split())
# Verbs things do of themselves: "no show started late" is not "was started".
_THINGS_DO = frozenset("started ended began ran overran crashed failed broke".split())


_BE = frozenset("is was were are be been being has had have hit reached went came rose fell "
                "grew stood sat".split())


# A change to a count or a time: "grew agent count from 800" needs "the" before "agent count".
_MEASURED = lazy(r"^((?:grew|increased|raised|cut|reduced|improved|boosted|lifted|doubled|tripled|"
                 r"halved|lowered|decreased|shortened) )([a-z][a-z-]*(?: [a-z][a-z-]*)?)"
                 r"(?= (?:from|by|to) )")


def _the_measure(found: re.Match) -> str:
    noun = found.group(2)
    head = noun.split()[-1]
    if head.endswith("s") or head in _MASS or head.endswith(_MEASURES) or noun.split()[0] in \
            DETERMINERS | _NOT_BARE | {"it", "them", "this", "that", "these", "those"} \
            or lexicon.word_class(noun.split()[0]) in ("D", "Z", "V"):  # "grew it": no "the it"
        return found.group(0)  # "cut costs by 20%", "reduced churn by 5%", "grew our ..."
    return f"{found.group(1)}the {noun}"


# Heads that read well bare, as a measure rather than a thing: "Revenue grew 20%".
_MASS = frozenset("""fraud waste funding debt crime spam theft leakage shrinkage revenue ridership membership certification accreditation uptime downtime attendance traffic churn turnover engagement retention
conversion productivity throughput morale participation spending waste cost income profit
enrolment enrollment readership viewership usage adoption satisfaction accuracy quality
compliance coverage funding inventory footfall staffing pricing billing shipping hiring dispatch
delivery completion use consumption demand absenteeism energy water fuel power electricity
paperwork overtime waiting time scrap drop-out dropout attrition wastage spoilage rework
occupancy survival margin growth output efficiency capacity performance headcount debt literacy
processing
numeracy mortality construction research fieldwork maintenance
""".split())
# Endings of nouns that name a measure or a state, said bare: "attrition dropped", "spoilage fell".
_MEASURES = ("tion", "sion", "ism", "ance", "ence", "ness", "ity", "age", "ment")
# Nouns in -tion that name a thing, not a measure: "the installation drew 15,000 visitors".
_THINGS_IN_TION = frozenset("""installation exhibition production collection competition station
publication foundation organisation organization institution application""".split())
_NOT_BARE = frozenset("""no zero all most each every some many few several both any another none
this that these those one half more less not nobody nothing never""".split())


# Things known by their letters, which take "the" as a subject: "the IPO raised £650m".
_THING_ACRONYMS = frozenset("""IPO EIA ESIA CRM ERP MVP RFP RFQ SOP API POS WMS LMS HRIS EHR EMR FID
PPA EPC MOU MoU SLA KPI PoC POC""".split())


def _with_article(text: str) -> str:
    """"pilot covered 2 wards" -> "the pilot covered 2 wards": a singular common noun as a
    subject needs its article; plurals, measures ("revenue grew"), names, figures and
    pronouns do not."""
    words = text.split()
    first = words[0]
    low = first.lower()
    if low in ("everyone", "everybody", "everything", "someone", "somebody", "nobody", "anyone", "anybody", "nothing"):
        return text  # "everyone asked for him by name", never "the everyone" (reader 213)
    if len(words) > 1 and words[1][:1].isdigit():
        return text  # "Phase 2 was delivered": a name with its number
    if shared(r"[a-z0-9-]+\.[a-z]{2,}").fullmatch(low):
        return text  # "gov.gr reached 1,500 services": a site's name
    if (first in _THING_ACRONYMS or shared(r"\d[\d,.]*-[a-z]+").fullmatch(low)) and len(words) > 2:
        return "the " + text  # "the IPO raised £650m", "the 400-page EIA was delivered" (reader 170)
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
        if words[1].lower() in ("grant", "award", "donation", "loan", "prize", "fellowship",
                                "scholarship", "gift", "bequest", "endowment"):
            return "a " + text  # "a €180k grant was secured": a new one (reader 126)
        return "the " + text  # "the $450M deal was closed in Q3 2021"
    if low in _NUMBER_WORDS and len(words) > 1 and words[1].lower() == "of":
        return text  # "three of our members qualified"
    verb_at = next((i for i, w in enumerate(words[2:5], 2) if _past_or_present(w.lower())
                    or w.lower() in SIMPLE_PASTS | _BE), 0)
    if low in ("first", "second", "third", "last", "final", "latest") and verb_at and all(
            _is_acronym(w) or lexicon.word_class(w.lower()) in ("N", "V", "J", None)
            for w in words[1:verb_at]) and lexicon.word_class(words[verb_at - 1].lower()) in ("N", "V", None) \
            and words[1].lower() not in ("year", "month", "week", "quarter", "season", "term",
                                         "semester", "summer", "winter", "spring", "autumn",
                                         "party", "class", "time", "minute", "hand", "person",
                                         "aid", "line", "rate"):  # "third party costs fell"
        #   ("last quarter revenue rose 20%" is when it rose)
        return "the " + (lower_first(text) if typed_capital else text)  # "the first run shipped
        #   18,000 cases", "the first EU shipment was cleared"
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
    if head.endswith("ing") and head not in ("building", "meeting", "wedding", "hearing", "opening",
                                             "rating", "ranking", "listing", "booking", "funding",
                                             "reading", "recording", "filing", "offering"):
        return text  # "rough sleeping went down 35%": an activity takes no article (reader 111)
    passive = words[len(subject)].lower() in ("was", "were")  # "permit was granted": a noun
    verb = words[len(subject) + 1 if passive and len(words) > len(subject) + 1 else len(subject)]
    live = " ".join(words[len(subject):len(subject) + 2]).lower() in ("went live", "went online",
                                                                     "came online", "went out")
    if (verb.lower() in _OPENINGS | _HANDED or live) and head not in _MASS and not _plural(
            " ".join(subject)) and (lexicon.word_class(head) in ("N", None) or live):
        return "the " + (lower_first(text) if typed_capital else text)  # "the migration
        #   finished early": an event's milestone; "attrition fell" is a measure
    if head in ("agreement", "settlement", "amendment", "appointment", "announcement",
                "assignment", "deployment", "investment", "acquisition", "partnership", "licence",
                "license", "conference", "reference", "permit"):
        return "the " + (lower_first(text) if typed_capital else text)  # "the agreement was
        #                                                                   signed"
    if (_plural(" ".join(subject)) and head not in ("series", "species")) or head in _MASS \
            or (head.endswith(_MEASURES) and head not in _THINGS_IN_TION) \
            or _is_acronym(words[len(subject) - 1]) or any(
                lexicon.word_class(w) not in (None, "N", "J", "G", "V") for w in subject
                if not (w is subject[0] and subject[1:2] in (["rate"], ["ratio"], ["count"]))) \
            or (lexicon.word_class(head) == "V" and not passive
                and head not in ("wait", "catch", "close")):  # "pass rate" qualifies; a
        return text  #                                                verb head does not
    return "the " + (lower_first(text) if typed_capital else text)


def words_cap(text: str, i: int) -> bool:
    words = text.split()
    return len(words) > i and words[i][:1].isupper()


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten twelve twenty".split())
# A count or a share before "of": "three of our members", "most of them".
_NUMBER_WORDS = _COUNT_WORDS | frozenset("one eleven dozens hundreds thousands most all some many "
                                         "half".split())
# Numbers said as words, never a noun's head: "year one", "fell to zero".
_NUMERALS = _COUNT_WORDS | frozenset("one eleven zero nil".split())


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
