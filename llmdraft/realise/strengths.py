"""Strengths: how a typed strength reads in each slot (its form comes from strength_forms.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .. import lexicon
from ..patterns import lazy, shared
from .purposes import _a_post
from .voice import (_agree_third, _has_third, _is_third, they_agree, to_first_person, to_name,
                    to_second_person, two_parties)
from .words import (CANONICAL, DETERMINERS, LANGUAGES, SIMPLE_PASTS, TOOLS, _PREPOSITIONS,
                    _TWO_WORD_TOOLS, _head, _is_acronym, _past, canonical_case, clean, indefinite,
                    join, _LOWER_FIRST, list_line, lower_first, run_together, tidy_case,
                    word_class)


@dataclass(frozen=True)
class Strength:
    text: str  # as the user typed it, tidied
    form: str  # noun, skill, tools, person, gerund, activity, past, habit, verb, adjective,
    #            clause, possessive
    typed: str = field(default="", compare=False)  # as typed, for a list: item()

    def mine(self) -> str:
        """The object of "mention ..." in the requester's own voice."""
        words = self.text.split()
        if self.form == "noun" and words[0].lower() in ("on", "at", "in") and len(words) > 2 \
                and words[1].lower() in DETERMINERS:
            return f"that I was {self.text}"  # "that I was on the floor before first shift"
        said = self._hedged("my", "I", "was") or self._mine()
        return _GIVEN_TIME.sub(r"\1 my", said)  # "volunteered his weekends": the requester's own (reader 172)

    def _hedged(self, owner: str, who: str, was: str) -> str | None:
        """A thing-like strength whose usual rendering would be a guess, said without one: "how
        patient I was explaining things to juniors", "my work on florals"; else None."""
        if self._doubt == "quality":
            words = self.text.split()
            return f"how {words[0].lower()} {who} {was} {' '.join(words[1:])}"
        if self._doubt == "guess":
            return f"{owner} work on {self.text}"
        return None

    @cached_property
    def _doubt(self) -> str | None:
        """Why the usual rendering of a noun, skill or gerund would be a guess: "quality" for a
        quality before a gerund and its object ("patient explaining things to juniors"),
        "guess" for a lower-case head the lexicon does not know ("florals": not "my florals
        skills"), "skills" after a phrase with a preposition ("regulatory reporting to MAS"),
        or a gerund whose object opens with a base verb ("milking shed operations": "shed" may
        be a noun, "how I milked shed operations" a wrong guess). A verb-like first word
        ("lead capture", "prompt feedback") is more often a noun, and is no doubt."""
        if self.form not in ("noun", "skill", "gerund"):
            return None
        words = self.text.split()
        tags = [_tag_of(w) for w in words]
        if self.form == "gerund":
            return "guess" if len(words) > 2 and tags[1] == "V" and tags[2] == "N" else None
        if self.form == "noun" and len(words) > 2 and words[0].lower() in _QUALITIES \
                and tags[1] == "G" and tags[2] in "NFJ" and words[2].lower() not in _PREPOSITIONS:
            return "quality"
        if tags[-1] == "?" or (self._mine().endswith(" skills")
                               and any(w.lower() in _LINKING for w in words)):
            return "guess"
        return None

    def _method(self, owner: str) -> str | None:
        """A style guide or a method, said as one's command or use of it: "her command of
        Chicago style", "my use of restorative discipline", never "her Chicago style" as if it
        were a manner of her own (reader 167); None for anything else."""
        words = self.text.split()
        if self.form not in ("noun", "skill") or len(words) != 2:
            return None
        if words[1].lower() in ("style", "guidelines", "conventions") and words[0].lower() in _STYLE_GUIDES:
            return f"{owner} command of {self.text}"
        if (words[1].lower() == "discipline" and words[0].lower() in ("restorative", "positive", "gentle",
                                                                     "assertive", "conscious")) \
                or (words[1].lower() in ("practices", "methods", "pedagogy")
                    and words[0].lower() not in ("best", "good", "great", "strong", "sound", "safe")
                    and word_class(words[0].lower()) in ("J", "P", None)):
            return f"{owner} use of {self.text}"
        return None

    def _mine(self) -> str:
        t, words = self.text, self.text.split()
        method = self._method("my")
        if method:
            return method
        if self._hours:
            return f"that I was always ready for {t.lower()}"  # "early mornings"
        if len(words) == 2 and words[1].lower() in _MANNER_HEADS and self.form in (
                "gerund", "activity", "noun"):
            return "my " + lower_first(t)  # "my suturing technique"
        if t.startswith("working between "):
            return "my work between " + t[len("working between "):]  # "Japanese-Portuguese"
        owned = self._owned("my")
        if owned:
            return owned
        if self.form == "role":
            t = _YEAR_AT_END.sub(r" in \1", t)  # "team captain 2022" -> "... in 2022"
            return f"my time as {t}" if len(t.split()) <= 2 else f"that I was {t}"
        if self.form == "person":
            return f"that I'm {indefinite(t)}"  # "a hard worker", "an RN"
        if self.form == "habit":
            return "that I " + _habit(t)
        if self.form == "gerund":  # "how I organized a diverse group of volunteers"
            if _BEING.match(t):  # "being on time": that I was, not "how I was on time"
                return "that I was " + to_first_person(" ".join(words[1:]))
            manner = _manner(words)
            if manner:  # "writing clearly" -> "how clearly I write"
                return f"how {manner[1]} I {manner[0]}"
            deed, rest = _deeds(words)
            if not rest or _PLACE_TAIL.match(" ".join(words[1:])):
                t = _WORKING.sub("work", t)  # "my work in teams"
                return f"my {lower_first(t)}"  # "writing and editing": nothing done to anything;
                #                                 "my charting in Epic", "my wiring to code"
            return f"how I {deed} {to_first_person(rest)}"
        if self.form == "past" and len(words) > 2 and words[1].lower() == "by":
            return "that I was " + t  # "trusted by both shifts": that I was
        if self.form == "past":  # "cleaned up after ourselves": after myself, said by one;
            #   "led her team" is my team, but "kept his voice" keeps his (the author's)
            own = _has_third(t) and _OWN_GROUP.search(t)
            if _done_once(words, t):
                return f"that I {t}"  # "published 3 papers", "paid on time": that I did
            manner = _past_manner(words)
            if manner:  # "handled criticism well" -> "how well I handled criticism"
                return f"how {manner} I {' '.join(words[:-1])}"
            return f"how I {to_first_person(t) if own else t}".replace(" ourselves", " myself")
        if self.form == "verb":
            return f"my ability to {t}"
        if self.form == "adjective":
            head, rest = _adjective_split(t)
            am = "was" if _told_in_past(rest) else "am"  # "how calm I was when things went wrong"
            rest = " " + to_first_person(rest.strip()) if _has_third(rest) else rest  # "by my staff"
            if head and _FIGURE.search(rest):  # "accountable for $2M in equipment": a fact,
                return f"that I was {head}{rest}"  # not a degree of being accountable
            if head and _superlative(head):  # "strongest on the
                return f"that I was the {head}{rest}"  # ladder drills": the strongest
            return f"how {head} I {am}{rest}" if head else f"that I'm {t}"
        if self.form == "clause":
            if words[0].lower() in ("her", "his", "their"):
                return "that my " + " ".join(words[1:])  # "that my lab notebook was immaculate"
            if _writers_words(t):
                return "that " + _to_you(t)  # "I always knew where things stood", typed as the
            #   one writing would say it: "that you always knew ..." (reader 122)
            if shared(r"(?i)(?:he|she) (?:knows|knew|says|said|thinks|thought|told|trusts|"
                        r"trusted|believes|saw|has seen)\b").match(t) \
                    and shared(r"(?i)\b(?:i|i'm|i've|me|my)\b").search(t):
                return "that " + to_second_person(t)  # "he knows I can braze clean": he is
            #                                          the reader, I the one asking
            return "that " + (to_first_person(t) if _is_third(t) or _has_third(t) else t)
        if self.form == "possessive":
            return "my " + to_first_person(" ".join(words[1:])) if _is_third(t) else \
                lower_first(t)
        return f'what I\'d describe as "{t}"'

    def theirs(self, name: str, possessive: str | None = None, writer: bool = False) -> str:
        """`writer`: typed by the one writing about them, whose "my mother" stays theirs."""
        said = self._theirs(name, possessive, writer)
        return they_agree(said) if name == "they" else said

    @property
    def _hours(self) -> bool:
        """Hours one works, typed as a strength: "early mornings", "night shifts" (a habit)."""
        words = self.text.lower().split()
        return self.form == "noun" and len(words) == 2 and words[0] in (
            "early", "late", "long", "night", "weekend", "split") and words[1] in (
            "mornings", "starts", "nights", "shifts", "hours", "days", "weekends")

    def _theirs(self, name: str, possessive: str | None = None, writer: bool = False) -> str:
        """The same strength said of the requester by someone else, who names them; with
        `possessive` ("her", "their"), a noun-like strength uses it instead of the name."""
        t, words = self.text, self.text.split()
        if self._hours:
            return f"that {name} {'were' if name == 'they' else 'was'} always ready for {t.lower()}"
        owner = possessive or f"{name}'s"  # "Dana's SQL skills", or "her SQL skills"
        hedged = self._hedged(owner, name, "were" if name == "they" else "was")
        if hedged:
            return hedged
        owned = self._owned(owner)
        if owned:
            return owned
        if self.form == "role":
            t = _YEAR_AT_END.sub(r" in \1", t)
            return f"{owner} time as {t}" if len(t.split()) <= 2 else f"that {name} was {t}"
        if self.form == "person":
            return f"that {name} is {indefinite(t)}"
        if self.form == "habit":
            return f"that {name} {_habit(t) if name in ('they', 'you', 'we', 'I') else _third(t)}"  # "they never panic",
            #   "he never gives up" for "never give up" (reader 229)
        if self.form == "gerund":
            # "how Dana ran weekly demos", "how Dana precepted new grads"
            if _BEING.match(t):
                return f"that {name} {'were' if name == 'they' else 'was'} " + \
                    to_name(" ".join(words[1:]), name, writer)
            manner = _manner(words)
            if manner:  # "how clearly Dana writes", "how clearly they write"
                verb = manner[0] if name == "they" else lexicon.inflect(manner[0], "third")
                return f"how {manner[1]} {name} {verb}"
            deed, rest = _deeds(words)
            if not rest or _PLACE_TAIL.match(" ".join(words[1:])):
                return f"{owner} {lower_first(_WORKING.sub('work', t))}"
            return f"how {name} {deed} {to_name(rest, name, writer)}"
        if self.form == "past":
            if _done_once(words, t):
                return f"that {name} {to_name(t, name, writer)}"  # "that they paid on time"
            manner = _past_manner(words)
            if manner:  # "how well they handled criticism", "how fast she learned Japanese"
                return f"how {manner} {name} {to_name(' '.join(words[:-1]), name, writer)}"
            return f"how {name} {to_name(t, name, writer)}".replace(" ourselves", " themselves")
        if self.form == "verb":
            return f"{owner} ability to {to_name(t, name, writer)}"
        if self.form == "adjective":
            head, rest = _adjective_split(t)
            is_ = "was" if _told_in_past(rest) else "is"
            if head and _FIGURE.search(rest):
                return f"that {name} {'were' if name == 'they' else 'was'} {head}{rest}"
            if head and _superlative(head):
                return f"that {name} {'were' if name == 'they' else 'was'} the {head}{rest}"
            return f"how {head} {name} {is_}{rest}" if head else f"that {name} is {t}"
        if self.form == "clause":
            if words[0].lower() in ("her", "his", "their"):
                return f"that {owner} " + " ".join(words[1:])  # "that her lab notebook was ..."
            if _is_third(t):
                return "that " + name + " " + " ".join(_after_subject(t))
            return "that " + to_name(t, name, writer)
        if self.form == "possessive":
            if _is_third(t) or words[0].lower() == "my":  # "her calm leadership": "her ..."
                return f"{owner} " + to_name(" ".join(words[1:]), name, writer)  # or "Dana's"
            return to_name(t, name, writer)
        return f'what I\'d describe as "{t}"'

    def _owned(self, owner: str) -> str | None:  # noqa: C901
        """A thing-like strength with its owner, said the same way of oneself and of someone
        named ("my SQL skills", "Dana's work on SOX controls", "her forklift cert"); None for
        the forms that are told as deeds, habits or qualities."""
        t = self.text
        if (t.upper() in _RULEBOOKS or shared(r"(?i)ISO \d{3,5}(?:[-:]\d+)?").fullmatch(t)) \
                and self.form in ("noun", "skill"):
            return f"{owner} knowledge of {t.upper()}"  # "my knowledge of HIPAA", not "skills"
        if self.form in ("noun", "skill") and (t.split()[-1].lower() in (
                "law", "regulations", "legislation", "policy", "norms", "etiquette", "protocols") or shared(
                r"(?i)(?:\w+ )?(?:building|fire|electrical|plumbing|safety|planning|zoning|health) codes").fullmatch(t)):
            #   "Japanese retail norms", "local building codes": known, never worked on (reader 146)
            return f"{owner} knowledge of {t}"  # "my knowledge of water law", "... HR policy"
        if self.form == "noun" and len(t.split()) > 1 and t.split()[-1].lower() in _PEOPLE_SERVED \
                and t.split()[0].lower() not in DETERMINERS and not any(
                    w.lower() in ("with", "for", "to", "of", "towards", "around", "among", "and") for w in t.split()):
            return f"{owner} work with {t}"  # "my work with traumatised children", never "my
            #   traumatised children skills"
        if self.form in ("noun", "skill") and t.split()[-1].lower() == "justice" and len(t.split()) > 1:
            return f"{owner} work in {t}"  # "my work in restorative justice" (reader 145)
        if self.form in ("noun", "activity") and t.split()[-1].lower() in _ONE_PIECE \
                and t.split()[0].lower() not in DETERMINERS and t.lower() != "initiative":  # "initiative"
            #   alone is a trait
            return f"{owner} work on the {lower_first(t)}"  # "my work on the composting program"
        if self.form == "noun" and shared(r"(?i)patient (?:education|safety|flow|recruitment|"
                                            r"intake|transport|handling|records|experience|triage|"
                                            r"communication|monitoring|assessments?|"
                                            r"enrolment|enrollment)$").match(t):
            return f"{owner} work on {t}"  # the patients' education, not "my patient education"
        if self.form == "noun" and t.split()[-1].lower() in ("literacy", "numeracy"):
            return f"{owner} work on {t}"  # "my work on early literacy", not my own literacy
        if self.form == "noun" and t.split()[-1].lower() == "deadlines":
            return f"{owner} work to {lower_first(t)}"  # "my work to tight deadlines", not "my
            #                                               tight deadlines" (imposed on others)
        if self.form == "noun" and " / " in t:
            return f"{owner} work on {t}"  # "my work on WASH / water sanitation"
        if self.form == "noun" and len(t.split()) in (2, 3) and t.split()[-1].lower() in _COUNTED_KIT \
                and t[:1].islower() and t.split()[0].lower() not in DETERMINERS | {"role", "a", "an"}:
            return f"{owner} {t} work"  # "my cold chain work", never "my cold chain"
        if self.form == "noun" and t.split()[-1].lower() in _WORKED_WITH \
                and t.split()[0].lower() not in DETERMINERS \
                and not any(w.lower() in _PREPOSITIONS for w in t.split()):
            return f"{owner} work with {lower_first(t)}"  # "his work with assistive tech", never
            #   "his assistive tech" (readers 149, 151)
        if self.form == "noun":
            field = _field(t)  # "my work on SOX controls", "... in operations"
            if field == "of":  # "my handling of individual returns"
                return f"{owner} handling of {t}"
            if t.split()[-1].lower() in ("nuance", "nuances", "context"):
                return f"{owner} feel for {t}"  # "her feel for cultural nuance"
            tooled = shared(r"^(\S+(?: \S+){0,2}?) ((?:in|with) \S.*)$").match(t)
            if not field and tooled and _skills(tooled.group(1)) == " skills" \
                    and not any(w.lower() in _PEOPLE for w in tooled.group(2).split()[1:]) \
                    and shared(r"(?:sis|tion|sion|ing|ment|ling|ysis)$").search(tooled.group(1)):
                return f"{owner} {tooled.group(1)} skills {tooled.group(2)}"  # "my data
                #                                       analysis skills in Stata"
            return f"{owner} work {field} {t}" if field else _possessed(t, owner) + _skills(t)
        if self.form == "tools":
            return f"{owner} {t} skills"
        if self.form == "credential":
            return f"{owner} {t}"
        if self.form == "skill":
            return f"{owner} {t}" if _ends_like_skill(t) or _plural_skill(t) \
                else f"{owner} {t} skills"
        if self.form == "motto":  # 'my "measure twice, cut once" approach'
            return f'{owner} "{t}" approach'
        if self.form == "activity":  # "my work triaging ER patients", "... on pricing models"
            the = "the " if t.split()[-1].lower() in ("shift", "desk", "line") \
                and t.split()[0].lower() not in DETERMINERS else ""  # "on the opening shift"
            return f"{owner} work {_on(t)}{the}{lower_first(t)}"
        return None

    def about(self, who: str, owner: str, writer: bool = True) -> tuple[str, str]:
        shape, said = self._about(who, owner, writer)
        return shape, canonical_case(said)  # "bilingual (Ukrainian/English)"

    def _about(self, who: str, owner: str, writer: bool = True) -> tuple[str, str]:
        """The strength in a sentence of its own about the person (`who`: "she", "Dana" or
        "they"; `owner`: "her", "Dana's", "their"), for a recommendation. One of four shapes,
        so that no head is guessed:
        - ("at", phrase): a skill or an activity, as typed, for "good at ..." or "rely on ...
          for ...": "menu costing", "training commis chefs", "Airflow, dbt and BigQuery";
        - ("own", phrase): a quality or a thing of theirs with its owner, for "I valued ...":
          "her attention to detail", "her knowledge of HIPAA", "how clearly she writes";
        - ("in", phrase): a field or anything else it cannot place, for "strong in ...":
          "diplomacy", "medium voltage switchgear", "Spanish sign language";
        - ("clause", clause): a whole clause with `who` as its subject: "she kept the pass calm
          on busy nights", "he is kind but firm with contractors", "they are a fast learner"."""
        t, words = self.text, self.text.split()
        they = who == "they"
        if shared(r"(?i)(?:[\w'-]+ ){1,3}of the (?:year|month|season|tournament|match)").fullmatch(t):
            typed = clean(self.typed or t)
            title = typed if any(w[:1].isupper() for w in typed.split()[1:]) else lower_first(t)
            return "clause", f"{who} {'were' if they else 'was'} named {title}"  # "apprentice of
            #   the year": an award, never "his work on apprentice of the year" (reader 156)
        if self.form == "noun" and len(words) <= 3 and words[-1].lower() in ("mindset", "spirit", "outlook",
                                                                            "presence", "attitude"):
            return "own", f"{owner} {lower_first(t)}"  # "her ownership mindset", never "strong in
            #   ownership mindset"
        if t.lower() in ("fast", "quick", "speedy"):
            return "clause", f"{who} {'work' if they else 'works'} {'fast' if t.lower() != 'quick' else 'quickly'}"
            #   "fast": how she works, never "she is fast" (reader 156)
        if t.lower() in ("support", "help", "backup"):
            return "own", f"the {t.lower()} {who} gave"  # never "strong at support" (reader 172)
        quick = shared(r"(?i)(fast|quick|rapid|speedy) ([a-z]+)").fullmatch(t)
        if quick and quick.group(2).lower() in ("research", "analysis", "drafting", "translation", "transcription"):
            return "own", f"how fast {owner} {quick.group(2).lower()} was"  # "fast research": how fast
            #   the research was, never "good at fast research" (reader 172)
        if t.lower() in ("photography", "videography", "cinematography", "choreography", "calligraphy", "typography",
                         "illustration", "animation", "cartography") and self.form in ("noun", "skill"):
            return "own", f"{owner} {t.lower()}"  # "her photography", never "her work on" it
        if t.lower() in ("role model", "a role model"):
            return "clause", f"{who} {'were' if they else 'was'} a role model"  # (reader 156)
        if len(words) > 2 and word_class(words[0].lower()) in ("N", "Z") and words[0].lower().endswith("s") \
                and word_class(words[1].lower()) == "R" and (words[2].lower() in SIMPLE_PASTS
                                                             or word_class(words[2].lower()) == "D"):
            return "clause", t[:1].lower() + t[1:] if not words[0][:1].isupper() or word_class(
                words[0].lower()) != "P" else t  # "kids actually ate the vegetables": their own
            #   subject, never "she kids actually ate" (reader 156)
        ranked = shared(r"(?i)^(?:finished |placed |ranked )?(?:in )?(?:the )?(top \d+%?(?: (?:in|of) .+)?)$").match(t)
        if ranked:  # "top 3 in a class of 120": where they finished, never "her top 3 in a class
            return "clause", f"{who} finished in the {ranked.group(1)}"  # of 120" (reader 154)
        always = shared(r"(?i)^(always|usually|often) ((?:the|a|an) (?:first|last|one|person|voice|go-to|"
                        r"calm|steady|rock)\b.*)$").match(t)
        if always:  # "always the one who said what everyone was thinking": who they were
            return "clause", f"{who} {'were' if they else 'was'} {always.group(1).lower()} {always.group(2)}"
        if t.lower() in _FIELDS_BY_ADJECTIVE:
            return "own", f"{owner} {t.lower()} work"  # "electrical": "his electrical work", never
            #   "he is electrical" (reader 237)
        if t.lower() in ("people", "ownership"):
            return "own", f"{owner} {'people skills' if t.lower() == 'people' else 'sense of ownership'}"  # never
            #   "strong when it came to people" (reader 237)
        if shared(r"(?i)(?:[\w-]+ )?(?:materials|composites|textiles?|fabrics|concrete|timber|steel|alloys|polymers|"
                  r"ceramics|glass)").fullmatch(t) and self.form == "noun":
            return "own", f"{owner} work with {lower_first(t)}"  # "composite materials": never "I
            #   was impressed by his composite materials" (reader 237)
        if self.form == "person" and (t.split()[-1].lower() in _OCCUPATIONS or (
                _a_post(t.split()[-1].lower()) and t.split()[-1].lower() not in ("lead", "manager", "head", "director")
                and len(t.split()) > 1)) and all(
                (word_class(w.lower()) in ("N", None) or w[:1].isupper()) and w.lower() not in ("growth", "key", "change", "value")
                for w in t.split()[:-1]):
            return "own", f"{owner} work as {indefinite(lower_first(t))}"  # "barista": "her work
            #   as a barista", never "Above all, she is a barista" (reader 153)
        if t.lower() in _CONTESTS:
            return "own", f"{owner} {t} work"  # "moot court": "his moot court work", never
            #   "I valued his moot court" (reader 236)
        if t.lower() in _MACHINES:
            return "own", f"{owner} {t.lower()} work"  # "forklift": "his forklift work", never
            #   "when it came to forklift" (reader 153)
        piece = shared(r"(?i)^(?:the |our )?((?:[\w'-]+ ){1,4}(?:program|programme|project|initiative|"
                       r"campaign|scheme|rollout|pilot|upgrade|migration|expansion|relaunch|launch|"
                       r"overhaul|refit|rebuild|renovation|retrofit|redesign|rebrand|fit-out|cutover|"
                       r"changeover))$").match(t)
        if piece and shared(r"(?i)(?:taking|showing) (?:the )?initiative").fullmatch(t):
            piece = None  # a habit (strength_forms makes it one), not a programme
        if piece and self.form in ("noun", "gerund", "activity") and not piece.group(1).split()[0].endswith("'s") \
                and not any(w.lower() in DETERMINERS | {"my", "our", "their", "his", "her"}
                            for w in piece.group(1).split()):  # "leading the ERP rollout" is a deed
            return "own", f"{owner} work on the {lower_first(piece.group(1))}"  # "milking parlour
            #   upgrade": a piece of work, never "a gift for milking parlour upgrade" (reader 152)
        low = [w.lower() for w in words]
        if self.form in ("noun", "skill") and low[-1] in _STATIONS and len(low) <= 2 \
                and low[0] in ("the", low[-1]):
            return "own", f"{owner} work on the {low[-1]}"  # "till": "her work on the till", never
            #   "when it came to till" (reader 190)
        if self.form == "noun" and len(low) <= 3 and (low[-1] in _SERVED_TOO or low == low[-1:] and low[-1] in _PEOPLE_SERVED) \
                and not any(w in _PREPOSITIONS | DETERMINERS | {"ms", "microsoft"} for w in low):
            return "own", f"{owner} way with {lower_first(t)}"  # "customers": "her way with
            #   customers", never "her work on customers" (readers 190, 192)
        if self.form in ("noun", "skill") and len(low) <= 3 and low[-1] in _THEIR_MARKS \
                and not any(w in _PREPOSITIONS | DETERMINERS for w in low):
            return "own", f"{owner} {t}"  # "leadership potential", "CSAT results": theirs, never
            #   "strong when it came to leadership potential" (reader 191)
        method = self._method(owner)
        if method:
            return "own", method
        if t.lower() in ("big picture", "big-picture", "the big picture"):
            return "own", f"{owner} big-picture thinking"  # never "his big picture" (reader 170)
        if self.form == "noun" and len(words) <= 3 and words[-1].lower() in ("habits", "ethic", "instincts"):
            return "own", f"{owner} {lower_first(t)}"  # "his disciplined study habits", never "his
            #   work on" them (reader 170)
        if self.form in ("noun", "skill") and len(words) == 2 and words[-1].lower() in (
                "process", "workflow", "framework", "pipeline", "roadmap"):
            return "own", f"{owner} work on the {t}"  # "QA process": never "skill in QA process"
        made = _MADE_BY.get(words[-1].lower())
        if words[-1].lower() == "relationships" and words[0].lower() not in _PARTIES_TO:
            made = None  # "strong relationships" are hers; "broker relationships" are managed
        if made and words[0].lower() in ("role", "legacy", "peer", "stakeholder", "support", "focus", "working"):
            made = None  # "role models", "legacy code", "peer groups" (review)
        if made == "writing" and words[-1].lower() == "tests" and shared(
                r"(?i)^(?:a/b|ab|split|usability|user|field|load|stress|penetration|pen|market|taste|blind)$").match(words[-2]):
            made = "running"  # "A/B tests" are run, never written (reader 178)
        if made and self.form in ("noun", "activity") and len(words) >= 2 \
                and (not words[0].lower().endswith("ing") or made == "running") \
                and words[0].lower() not in _WORK_QUALITIES | _QUALITIES | {"meticulous", "excellent", "great"} \
                and not any(w.lower() in DETERMINERS | _PREPOSITIONS for w in words):
            said = shared(r"(?i)^(?:written|run|built|drafted) ").sub("", t) if made == "writing" else t
            return "at", f"{made} {said}"  # "written reports": writing reports (reader 206); "reproducible R
            #   code": good at writing it, never "good at reproducible R code" (reader 167)
        if shared(r"(?i)(?:zero|no|0) [a-z][\w-]*(?: [a-z][\w-]*){0,2}").fullmatch(t) \
                and t.split()[-1].lower().endswith("s"):
            return "clause", f"there were {lower_first(t)} on {owner} watch"  # "zero incidents":
            #   a record, never "his work on zero incidents" (reader 152)
        kept = _KEPT_SO.match(clean(self.typed or t))
        after = kept.group(3).split()[0].lower() if kept else ""
        if kept and all(word_class(w.lower()) in ("N", "Z", None) and w.lower() not in _PRONOUNS
                        for w in kept.group(1).split()) \
                and not _PEOPLE_WORDS.search(kept.group(1)) and after not in ("first", "last") \
                and (word_class(after) == "J" or (word_class(after) == "D" and after.endswith("ed")
                                                  and after not in SIMPLE_PASTS)
                     or shared(r"(?i)(?:up to date|on time|in order|spotless|late)\b").match(kept.group(3))):
            head = kept.group(1).split()[-1].lower()
            be = "were" if head.endswith("s") and not head.endswith("ss") else "was"
            return "clause", f"{owner} {kept.group(1).lower()} {be} {kept.group(2).lower()} {kept.group(3)}"
            #   "paperwork always perfect": "his paperwork was always perfect", never "strong when
            #   it came to paperwork always perfect" (reader 151)
        if (self.typed or t).split()[0] in ("I", "I'd", "I've", "I'm", "We", "we") \
                and self.form == "clause" and (_OF_THE_WRITER.search(t) or shared(
                    r"\b(?:while|when|and|so|as) (?:she|he|they)\b").search(t)):
            return "clause", t  # the writer's own words: "I never had to worry about the cues"
            #                     (reader 102), never "she never had to worry"
        if two_parties(t) and words[0].lower() in ("i", "he", "she"):
            return "clause", t  # the writer's own words: "I relied on his judgment", "she taught
            #                     me pitching", never "he relied on his judgment"
        if self._doubt == "quality":  # "patient explaining things to juniors"
            return "clause", f"{who} {'were' if they else 'was'} {t}"
        if self.form == "verb" and words[0].lower() in _FACULTIES:
            return "own", f"{owner} {lower_first(t)}"  # "her feel for cultural nuance"
        if self.form == "verb":  # "triage under pressure" -> at "triaging under pressure"
            return "at", self.short()
        if self.form in ("gerund", "activity") and len(words) == 2 and words[1].lower() in \
                _MANNER_HEADS:
            return "own", f"{owner} {lower_first(t)}"  # "her suturing technique"
        if self.form == "gerund" and shared(r"(?<!Year )(?<!Grade )(?<!Level )(?<!Form )(?<!Class )(?<!Stage )"
                                            r"\b\d[\d,]*(?:-[a-z]+)?\+? (?:[a-z-]+ ){0,2}(?:[a-z-]+s|staff|people|"
                                            r"personnel|crew|children|cattle|sheep)\b").search(t) \
                and not _BEING.match(t) \
                and not _manner(words):  # "hiring 60 staff in six weeks": what they did, said
            deed, rest = _deeds(words)  # so ("he hired 60 staff in six weeks"), never "real
            if rest and deed != words[0].lower():  # skill in hiring 60 staff ..." (reader 122)
                return "clause", f"{who} {deed} {to_name(rest, who, writer)}"
        if self.form == "activity" and len(words) == 2 and (words[1].lower() in _WORKED_THINGS or (
                words[1].lower() in ("systems", "system") and words[0].lower() in (
                    "signalling", "signaling", "ticketing", "booking", "heating", "cooling",
                    "lighting", "filing"))) \
                and (self._owned(owner) or "").startswith(f"{owner} work on "):  # "onboarding
            #   calls", "signalling systems": things worked
            return "own", self._owned(owner)  # on, never "a gift for onboarding calls" (reader 121)
        if self.form == "gerund" and _HABIT_TAIL.search(t) and not _BEING.match(t):
            deed, rest = _deeds(words)  # "working night shifts without complaint": "he worked
            return "clause", f"{who} {deed} {to_name(rest, who, writer)}"  # night shifts
            #   without complaint", never "strong at working ... without complaint" (reader 130)
        if self.form in ("gerund", "activity") and words[0].lower().endswith("ing") \
                and not _BEING.match(t):  # "writing clearly" too: "good at writing clearly"
            typed = lower_first(canonical_case(clean(self.typed or t)))
            forms = lexicon.verb_forms(lexicon.lemma(typed.split()[0].lower())) or ()
            if typed.split()[0].endswith("s") and forms and forms[-1] == words[0].lower():
                return "at", lower_first(t)  # "trains field staff" -> "training field staff"
            if not typed.split()[0].endswith("ing") and len(typed.split()) == len(words):
                return self._thing(typed, typed.split(), owner)  # "model interpretability" as
                #   typed, not the realiser's "modeling interpretability"
            return "at", lower_first(t)
        if self.form == "noun" and words[0].lower() in ("on", "at", "in") and len(words) > 2 \
                and words[1].lower() in DETERMINERS:
            return "clause", f"{who} {'were' if they else 'was'} {t}"  # "on the floor before
            #   first shift every day": where they were, never "strong in on the floor"
        if self._hours:
            return "clause", f"{who} {'were' if they else 'was'} always ready for {t.lower()}"  # "early
            #   mornings": a habit, never "his work on early mornings" (readers 123, 124)
        if self.form in ("noun", "skill", "tools"):
            typed = canonical_case(clean(self.typed)) if self.typed else t
            if [w.strip("-") for w in typed.lower().replace("-", " ").split()] != \
                    t.lower().replace("-", " ").split() and len(typed.split()) == len(words):
                t, words = lower_first(typed), lower_first(typed).split()  # as typed: "model
                #   interpretability", never the realiser's "modeling interpretability"
            if words[-1].lower() in ("skills", "skill") and len(words) > 1:
                return "own", f"{owner} {lower_first(t)}"  # "her leadership skills"
            spoken = [w.strip(",") for w in shared(r"[\s/-]+").split(
                shared(r"(?i)(?<=\w) (?:languages?|fluency|\(fluent\)|\(native\))$").sub("", t))
                      if w.lower() not in ("and", "&", "")]  # "Arabic-French-English" too; "Lao
            #   language": he speaks Lao (reader 122)
            if spoken and all(w.lower() in LANGUAGES for w in spoken):  # "Turkmen, Russian and
                speaks = "speak" if they else "speaks"  # English": spoken, not "good at"
                return "clause", f"{who} {speaks} {join([w[:1].upper() + w[1:] for w in spoken])}"
            if t.endswith("ic") and clean(self.typed).lower().endswith(t.lower() + "s"):
                t, words = t + "s", (t + "s").split()  # "field diagnostics" as typed, not the
                #                                        skill's "diagnostic"
            return self._thing(t, words, owner)
        if self.form == "past" and len(words) == 2 and words[1].lower() in _PEOPLE \
                and words[0].lower() in _DONE_WITH_PEOPLE:
            return "clause", f"{who} {words[0].lower()} {words[1]}"  # "mentored graduates": she
            #   did, never "her work on mentored graduates" (reader 132)
        if shared(r"(?i)(?:a )?(cool|calm|clear|level|steady) head").fullmatch(t):
            return "clause", f"{who} kept a {shared(r'(?i)(cool|calm|clear|level|steady)').search(t).group(1).lower()} head"
            #   "cool head": "she kept a cool head", never "she is a cool head" (reader 131)
        if self.form == "past" and len(words) == 2 and (words[0].lower() in _DESCRIBING
                                                        or word_class(words[0].lower()) is None):
            return self._thing(t, words, owner)  # "mixed methods", "unvented cylinders": a
            #                                       field, not "she mixed methods"
        if self.form == "past" and len(words) > 2 and words[1].lower() == "by":  # "trusted by
            return "clause", f"{who} {'were' if they else 'was'} {t}"  # both shifts": was
        if self.form == "past":  # "kept the pass calm" -> "she kept the pass calm"
            return "clause", f"{who} {to_name(t, who, writer)}".replace(" ourselves", " themselves")
        if self.form == "adjective":  # "kind but firm with contractors": said whole
            if ", " in t and not shared(r" (?:and|or|but) ").search(t) \
                    and all(len(p.split()) == 1 for p in t.split(", ")):  # "calm, warm, tidy";
                #                                                       not "on time, every time"
                t = ", ".join(t.split(", ")[:-1]) + " and " + t.split(", ")[-1]
            past = _told_in_past(_adjective_split(t)[1]) or bool(_FIGURE.search(t)) \
                or bool(shared(r"(?i)^(?:never|not) once\b").match(t))  # "never once late":
            #   a record, "he was never once late", not "he is" (reader 102)
            be = ("were" if they else "was") if past else ("are" if they else "is")
            return "clause", f"{who} {be} {to_name(t, who, writer) if _has_third(t) else t}"
        if self.form == "credential" and words[0].lower().endswith("ing") \
                and lexicon.verb_forms(lexicon.lemma(words[0].lower())):
            return "at", lower_first(t)  # "explaining FSC certification", never "her explaining"
        if self.form == "possessive" and len(words) > 2 and words[1].lower().endswith("ing") \
                and lexicon.verb_forms(lexicon.lemma(words[1].lower())):
            return "at", " ".join(words[1:])  # "her explaining FSC certification": good at it
        said = self.theirs(who, owner, writer)
        if said.startswith("that "):  # a clause, a habit, a person: "that she listens ..."
            return "clause", said[len("that "):]
        if shared(r"^an? ").match(said):  # "a good eye for light": theirs
            return "own", f"{owner} {said.split(' ', 1)[1]}"
        return "own", said  # "how clearly she writes", "her calm leadership", "her time as ..."

    def _thing(self, t: str, words: list[str], owner: str) -> tuple[str, str]:  # noqa: C901
        """A thing-like strength for Strength.about: "at" a tool or a practice ("SQL",
        "customs clearance", "soft tissue surgery"); else theirs: a quality ("his vision",
        "her quick intubations"), a rendering of its own ("her knowledge of HIPAA"), or their
        work on it, which reads for anything ("her work on medium voltage switchgear")."""
        low = [w.lower().strip(",") for w in words]
        head = _head(low)  # "changes" in "crew changes during COVID"
        at = low.index(head) + 1  # the words up to the head name a tool, not "... during COVID"
        tool = self.form == "tools" or t.lower() in _TWO_WORD_TOOLS or any(
            w in CANONICAL or w in TOOLS or (len(w) > 1 and o.isupper() and o.isalpha())
            for w, o in zip(low[:at], words[:at]))  # "Python", "FAST ultrasound", "advanced
        #                                             Excel"; not "... during COVID"
        owned = self._owned(owner) or ""
        plain = owned in ("", f"{owner} {t}") or owned.endswith(" skills")
        if low[0] in ("a", "an") and len(low) > 1:  # "a good eye for light": theirs
            return "own", f"{owner} {' '.join(words[1:])}"
        if low[-1] in _WORKED_WITH and low[0] not in DETERMINERS and not any(w in _PREPOSITIONS for w in low):
            return "own", f"{owner} work with {t}"  # "her work with clear aligners", "their work
            #   with Zendesk macros", never "outstanding at Zendesk macros" (reader 149)
        if len(low) == 2 and low[0] in _WITH_WHOM and (low[1] in ("rapport", "relationships") or (
                low[1] == "relations" and low[0] in ("patient", "resident", "tenant", "student", "parent"))):
            #   "patient relations": her relations with patients (reader 107); "donor relations" is
            #   a field: "his work in donor relations" (reader 162)
            return "own", f"{owner} {low[1]} with {low[0]}s"  # "patient rapport": her rapport
            #   with patients, never "her patient rapport" (reader 107)
        if t.lower() in ("computer vision", "machine vision", "night vision", "product vision"):
            return "in", t  # a field: "when it came to computer vision", never "their computer
            #                 vision" (reader 105)
        if t.lower() in ("airworthiness", "seaworthiness", "roadworthiness", "fitness", "wellness",
                         "preparedness") or low[-1] in ("airworthiness", "seaworthiness", "preparedness"):
            return "in", t  # a field: "when it came to airworthiness", never "her airworthiness"
            #   (reader 150)
        if head in ("justice", "welfare", "protection") and len(low) > 1 and low[0] not in _QUALITIES:
            return "in", t  # "restorative justice", "child protection": a field worked in, never
            #   "her restorative justice" (reader 145)
        if t.lower() in ("plain language", "plain english"):
            return "at", f"writing in {t}"  # "her plain language" says she speaks plainly (reader 153)
        if t.lower() in ("front office", "back office", "front of house", "back of house", "front desk"):
            return "own", f"{owner} {t} work"  # "his front office work", never "when it came to
            #   front office" (reader 147)
        if t.lower() in ("first aid", "first-aid", "basic life support"):
            return "at", t  # "excellent at first aid", never "her first aid" (given to her)
        if head in ("standards", "guidelines", "regulations", "codes", "frameworks") and len(low) > 1 \
                and low[0] not in _QUALITIES | _WORK_QUALITIES and (
                    words[0][:1].isupper() or word_class(low[0]) == "N"):
            return "own", f"{owner} knowledge of {t}"  # "her knowledge of GRI standards", never
            #   "outstanding at GRI standards" (reader 129)
        if head in ("decisions", "choices", "calls", "judgements", "judgments") and len(low) > 1:
            return "own", f"{owner} {t}"  # "his data-driven decisions", never "his work on"
        if len(low) in (2, 3) and head == low[-1] and head in _COUNTED_KIT and words[0][:1].islower() \
                and low[0] not in DETERMINERS | {"role", "a", "an"}:
            return "own", f"{owner} {t} work"  # "his total station work", "her supply chain
            #   work", never "skill in total station" or "her work on financial model" (reader 129)
        if t.lower() in _QUALITY_PHRASES or low[0] in _FACULTIES or low[:2] == ["attention", "to"] \
                or (len(low) > 1 and head in _MANNER_HEADS and not tool):  # "her suturing technique", never "excellent at suturing
            #                          technique"
            return "own", f"{owner} {t}"  # "her work ethic", "her knowledge of HIPAA", "her
            #                               attention to food safety"
        if len(low) > 1 and (head == "record" or (head == "thinking" and len(low) == 2)):
            return "own", f"{owner} {t}"  # "her safety record", "his independent thinking":
            #   theirs, never "strong when it came to safety record" (readers 119, 120)
        if len(low) > 1 and head in ("knowledge", "expertise", "know-how"):
            return "own", f"{owner} {t}"  # "his local knowledge", never "strong when it came to"
        if owned.startswith(f"{owner} knowledge of "):
            return "own", owned  # "his knowledge of maritime law", never "strong at" it
        adjective = low[0] in _QUALITIES | _WORK_QUALITIES and len(low) > 1 \
            and not owned.startswith(f"{owner} work on ")  # "her work on patient safety"; "careful
        #   experimental design" is theirs; "electrical commissioning" is a practice
        if tool or (_good_at(t) and not (plain and adjective) and not _plural_of_noun(head)) \
                or (plain and head in _PRACTICES):
            return "at", t
        if adjective and not _good_at(t):
            return "own", f"{owner} {t}"  # "her neat partograph records", "her clear briefs"
        if low[0] in _WORK_QUALITIES | _QUALITIES and len(low) > 1 and _plural_of_noun(head) \
                and not (low[0] == "patient" and owned.startswith(f"{owner} work on ")):  # "her
            #   work on patient records", where "patient" says whose
            return "own", f"{owner} {t}"  # "his thoughtful code reviews", never "his work on
            #                                thoughtful code reviews"
        if owned.startswith(f"{owner} work on ") and head.endswith(("ity", "ness")) \
                and not _plural_of_noun(head):
            return "in", t  # "Another of her strengths was client confidentiality", never "her
            #                 work on confidentiality"
        if not plain and not owned.startswith(f"{owner} handling of "):
            return "own", owned  # "her knowledge of HIPAA", "her work on SOX controls"
        if (head in _QUALITY_HEADS or head.endswith(("ity", "ness"))) and (
                len(low) == 1 or head != "integrity") \
                and not (len(low) > 1 and word_class(low[0]) == "N" and head not in _QUALITY_HEADS):
            #   "business continuity", "data quality": a field, never "her business continuity"
            return "own", f"{owner} {t}"  # "his vision", "her servant leadership"; not "her
            #                                well integrity", a field
        if (adjective or ((word_class(low[0]) == "J" or low[0] in ("fast", "early", "late"))
                          and not _good_at(t) and not low[0].endswith(_CLASSIFYING)
                          and low[0] not in _COMPOUND_FIRSTS
                          and ("-" not in low[0] or low[0].startswith(_QUALITY_PREFIXES)))) \
                and head != "integrity" and len(low) > 1:  # not "her paediatric early warning
            #   scores", a tool she used, not her marks
            #   "structural integrity" is a field
            return "own", f"{owner} {t}"  # "her quick intubations", "her clear briefs"
        if head in ("work", "works") or low[:2] == ["work", "on"]:
            return "own", f"{owner} {t}"  # "her chocolate work", never "her work on ... work";
            #                               "her work on prophylaxis", never "strong in work on"
        if " on " in f" {t} ":
            return "own", f"{owner} {t}"  # "his marketing on a shoestring", never "his work on
            #                                marketing on a shoestring"
        if _plural_of_noun(head) or head.endswith("s") and not head.endswith(("ss", "cs")):
            return "own", f"{owner} work on {t}"  # "her work on audience call-ins"
        return "in", t  # a field, a language, a quality: "strong in diplomacy", "in Spanish sign
        #                language", never "her work on diplomacy"

    def item(self) -> str:
        """The strength as a line of a list, as typed but in the requester's voice, with tools
        as their makers write them: "SQL", "Led the migration", "Spoke Turkmen, Russian and
        English", "I never miss a deadline", "pandas". A list takes any form, so nothing is
        guessed: no "my", no "skills", no "how I"."""
        typed = clean(self.typed or self.text)
        habit = shared(r"(?i)(never|always|rarely|often|usually) ([a-z]+s) (.+)").fullmatch(typed)
        if habit and word_class(habit.group(2).lower()) == "Z":  # "never loses her cool": "I
            return list_line("I " + _habit(typed))  # never lose my cool", never "Never loses my"
        if _writers_words(typed):  # with "his", "her": the sender's own, to_first_person
            return list_line(_to_you(typed))  # "You always knew where things stood" (reader 122)
        said = shared(r"(?i)^(?:she|he|they) (said|says|told me|wrote) (?:that )?(I\b.*)$").match(typed)
        if said:  # "she said I handled VIP clients beautifully": she is the reader
            return list_line(f"You {said.group(1)} {said.group(2)}")
        if self.form == "verb" and typed.split()[0].lower() == self.text.split()[0].lower():
            return list_line(self.short())  # "train new receptionists": "Training new
            #                                 receptionists", never an order in a list
        if self.text.startswith("fluent in ") and shared(r"[/<>\u2013-]").search(typed):
            return list_line(self.text)  # "Korean/English": "Fluent in Korean and English"
        if self.form == "adjective" and len(typed.split()) == 1:  # "Patient" alone reads as a
            low = typed.lower()  # hospital's: "Patience", else "Being rigorous"
            return _QUALITY_OF.get(low) or list_line(f"being {typed if _is_acronym(typed.split('-')[0]) else low}")
        words = [w for w in typed.split() if w[:1].isalpha()]
        heading = (typed.isupper() and len(words) > 2) or (
            len(words) > 2 and all(w[:1].isupper() for w in words))  # "NEBOSH IGC": acronyms
        t = canonical_case(tidy_case(typed) if heading else typed)  # "Spark Streaming" as typed;
        #   "EXCELLENT COMMUNICATION", "Stakeholder Management Skills": a heading's capitals
        head = t.split()[0].lower().strip(",") if t.split() else ""
        told = word_class(head) == "Z" and lexicon.lemma(head) != head and head not in _PAPERWORK \
            and len(t.split()) > 1  # "permits" (in Patagonia) is a noun; "listens before she
        #   decides": the requester, told of in the third person -> "I listen before I decide"
        if told or _is_third(t) or two_parties(t) or (
                _has_third(t) and (_OWN_GROUP.search(t) or _OWN_TRAIT.search(t))):
            t = to_first_person(t)  # "she never misses a deadline", "led her team"; not "what
            #                         she wanted" (a client's, said to them as "you")
        if told:
            t = f"I {lexicon.lemma(head)} {' '.join(t.split()[1:])}".strip()
        if head in ("was", "were") and len(t.split()) > 1:
            t = "I was " + " ".join(t.split()[1:])  # "was always on time": I was
        if self.form in ("past", "verb", "clause") and t.split()[0].lower() not in ("i", "you") and shared(r"(?i)\bme\b").search(t):
            t = shared(r"\bmy\b").sub("your", shared(r"\bme\b").sub("you", t))  # "mentored me": the
            #   one asked was mentored, said to them as "Mentored you" (reader 172)
        return list_line(_GIVEN_TIME.sub(r"\1 my", t))

    def short(self) -> str:
        """A compact rendering for a connection note, still naming the strength."""
        words = self.text.split()
        if self.form in ("noun", "skill", "tools"):
            return self.text
        if self.form in ("gerund", "activity"):
            return lower_first(self.text)
        if self.form in ("past", "verb"):
            return f"{lexicon.inflect(words[0], 'gerund')} {' '.join(words[1:])}".strip()
        if self.form == "person":  # a list item, not a clause: "debugging and being a team player"
            return "being " + indefinite(self.text)
        return self.mine()


# Things an -ing word before them names a kind of ("onboarding calls", "feeding schedules"):
# worked on, never "good at" them; "building dashboards" is a deed and stays one.
_WORKED_THINGS = frozenset("""calls schedules sessions meetings rounds visits plans records logs
sheets kits materials programs programmes schedule""".split())


# Participles that describe a field more often than they tell a deed: "mixed methods".
_DESCRIBING = frozenset("""mixed applied advanced embedded distributed integrated automated
structured guided assisted blended targeted connected supervised unsupervised unvented""".split())
# Endings of adjectives that classify a field rather than praise ("paediatric", "clinical",
# "financial", "statutory"): "her clinical audits" would claim them as hers.
_CLASSIFYING = ("al", "ic", "ary", "ory", "ian")
# Qualities named in more than one word: "her work ethic", never "her work on work ethic".
_QUALITY_PHRASES = frozenset(("team spirit", "work ethic", "attention to detail", "sense of humour",
                              "sense of humor", "eye for detail", "can-do attitude", "bedside manner",
                              "good judgement", "good judgment", "people skills", "common sense",
                              "emotional intelligence", "growth mindset", "positive attitude",
                              "strong work ethic", "calm demeanour", "calm demeanor"))
# What one has of a field: "her knowledge of HIPAA", "his feel for cultural nuance".
_FACULTIES = frozenset("""knowledge understanding command grasp mastery eye feel knack flair
talent gift ability""".split())
# Adjectives that name a kind of work with their noun rather than describe the person's: "cold
# chain", "patient records", "public health" are fields, never "her cold chain" (readers 117, 118).
_COMPOUND_FIRSTS = frozenset("""cold patient public social mental primary secondary civil criminal
family child front early""".split())

# Heads that name a quality of the person: "his vision", "her teamwork".
_QUALITY_HEADS = frozenset("""vision teamwork leadership integrity ethics patience empathy honesty humility
discretion determination loyalty dependability sincerity participation
curiosity creativity reliability resilience diligence professionalism enthusiasm energy attitude
ethic spirit judgement judgment humour humor grit drive initiative composure calm warmth kindness
generosity positivity optimism discipline dedication commitment tenacity focus passion instinct
instincts taste style touch memory candour candor transparency fairness consistency punctuality
flexibility adaptability maturity confidence courage presence temperament manner manners charisma
eye sense detail technique approach respect compassion persistence decisiveness
background network
diplomacy tact poise sensitivity rigour rigor accuracy precision thoroughness hustle speed
independence pragmatism resourcefulness conscientiousness cheerfulness calmness
stamina resourcefulness mentorship craftsmanship showmanship salesmanship horsemanship
seamanship musicianship""".split())
# A quality as the noun a list says it by: "- Patience", not "- Patient".
_QUALITY_OF = {a: n for a, n in (line.split(":") for line in """patient:Patience
reliable:Reliability dependable:Dependability punctual:Punctuality honest:Honesty
creative:Creativity flexible:Flexibility adaptable:Adaptability resilient:Resilience
diligent:Diligence curious:Curiosity accurate:Accuracy thorough:Thoroughness
empathetic:Empathy kind:Kindness humble:Humility decisive:Decisiveness
persistent:Persistence calm:Calm generous:Generosity patient:Patience fair:Fairness
positive:Positivity approachable:Approachability
consistent:Consistency efficient:Efficiency resourceful:Resourcefulness
dedicated:Dedication meticulous:Meticulousness""".split())}


def _good_at(np: str) -> bool:
    """Whether one is good at it: a practice ("menu costing", "procurement", "UX research",
    "soft tissue surgery"), not a quality or a place ("vision", "front office")."""
    head = _head(np.lower().split()).strip(",")
    if head in _NOT_PRACTICES or head in _QUALITY_HEADS:
        return False
    return head.endswith(("ing", "ment", "tion", "sion", "ysis", "ics", "ogy", "ance", "ery",
                          "ism")) or head in _PRACTICES or head in _PRACTICE_HEADS


# Heads of a practice one is good at, which no ending tells.
_PRACTICE_HEADS = frozenset("""design research sales marketing management strategy support service
relations comms communication communications outreach logistics recruitment triage
diagnostics diagnostic craft care coordination negotiation analysis analytics writing
photography cooking baking sewing teaching coaching planning control audit audits budgeting
costing modelling modeling reporting drafting scheduling forecasting fundraising
procurement media science""".split())
# Endings of a practice that also end qualities: "vision", "attention", "patience".
_NOT_PRACTICES = frozenset("""vision precision passion ambition dedication motivation determination
attention intuition discretion compassion tolerance perseverance exuberance
ownership""".split())


# Fields one practises, which a bare "her" would make a possession: "her soft tissue surgery".
_PRACTICES = frozenset("""surgery medicine nursing dentistry anaesthesia anesthesia anaesthetics
physiotherapy therapy midwifery pharmacy radiology pathology law accounting bookkeeping
engineering architecture carpentry joinery masonry plumbing welding farming husbandry
translation interpreting""".split())


def _tag_of(word: str) -> str:
    """A word's class for Strength._doubt: the lexicon's, "P" for a name, an acronym, a figure
    or a tool, "?" for a lower-case word it does not know (a British spelling of a known one,
    known parts joined by a hyphen and two words run together are known)."""
    bare = word.strip(".,;:()\"'")
    if not bare[:1].isalpha() or not bare[:1].islower() or any(c.isdigit() for c in bare) \
            or bare in CANONICAL or bare in _LOWER_TOOLS:
        return "P"  # a name, a figure or a tool ("dbt", "pandas")
    found = word_class(bare)
    if found is None and "-" in bare and all(word_class(p) for p in bare.split("-") if p):
        found = "N"  # "double-checked", "user-facing"
    for british, american in _SPELLINGS:
        if found is None and british in bare:
            found = word_class(bare.replace(british, american))
    if found is None and run_together(bare):
        found = "N"  # "stakeholder", "workflow", "timesheet"
    return found or "?"


# How someone does a thing, theirs: "her suturing technique", "my coaching style".
_MANNER_HEADS = frozenset("technique approach touch manner style".split())
# Style guides, whose command is a skill: "her command of Chicago style" (reader 167).
_STYLE_GUIDES = frozenset("chicago apa mla ap harvard ama ieee vancouver oxford bluebook house".split())
# Whom one manages relationships with: "broker relationships", "donor relationships".
_PARTIES_TO = frozenset("""broker client customer vendor supplier donor partner investor media
stakeholder community government agency carrier landlord tenant member""".split())
# What one is good at making or running, by what is made: "writing reproducible R code",
# "running reading groups", "building pricing models".
_MADE_BY = {"code": "writing", "tests": "writing", "reports": "writing", "documentation": "writing",
            "specs": "writing", "proposals": "writing", "bids": "writing", "scripts": "writing",
            "groups": "running", "workshops": "running", "meetings": "running", "sessions": "running",
            "models": "building", "dashboards": "building", "pipelines": "building",
            "spreadsheets": "building", "relationships": "managing", "budgets": "managing",
            "rotas": "managing", "presentations": "giving"}
_QUALITIES = frozenset("""patient kind calm careful good great quick thorough fair firm warm
gentle honest transparent candid generous supportive inspiring insightful humble""".split())
# How someone's own output is: "tidy installs", "clean welds", "clear POs".
_WORK_QUALITIES = frozenset("""tidy clean clear neat accurate thorough detailed careful precise
consistent reliable timely punctual meticulous rigorous concise thoughtful""".split())
_LINKING = frozenset("to in at on for with from by into over under about across within".split())
_SPELLINGS = (("isation", "ization"), ("ise", "ize"), ("lling", "ling"), ("lled", "led"),
              ("our", "or"), ("tre", "ter"), ("ogue", "og"), ("yse", "yze"))


# A gerund's tail that says where or to what standard, not what was done: "charting in Epic",
# "wiring to code", "volunteering at the shelter".
_PLACE_TAIL = lazy(r"(?i)^(?:(?:in|at|within) \S|under (?!pressure\b)\S|to (?:code|spec|"
                   r"specification|standard|plan)\b)(?!.*ly$)")  # not "at height safely"
# A deed told by its timing: "paid on time", "delivered early every time".
_ON_TIME = lazy(r"(?i)\b(?:on time|on schedule|on budget|early|every time|without fail)$")
_ON_TIME_FIRST = frozenset("on early every without ahead".split())
# A deed told by its conditions: "commissioned under tight deadlines", "delivered within budget".
_UNDER_WHAT = frozenset("under within despite".split())
# Deeds told by their count, facts rather than manners: "published 3 papers", "won 2 awards".
_COUNTED_DEEDS = frozenset("published won earned passed closed signed filed".split())
_AHEAD = lazy(r"(?i)^\S+ (?:\S+ )?(?:days?|weeks?|months?|hours?) (?:early|ahead)")  # "finished two
#                                                                         weeks early"
_WORKING = lazy(r"(?i)^working\b")


def _named_last(word: str) -> bool:
    """'Trados' in "SDL Trados": a name, whose final s is no plural ('APIs' is one)."""
    return word[:1].isupper() and not _is_acronym(word) and not _is_acronym(word[:-1])


def _superlative(word: str) -> bool:
    """'strongest', 'nicest', 'biggest', 'happiest'; not 'honest' or 'modest'."""
    if not word.endswith("est") or word_class(word) != "J":
        return False
    stem = word[:-3]
    return any(word_class(w) == "J" for w in (stem, stem + "e", stem[:-1], stem[:-1] + "y"))


def _skills(np: str) -> str:
    """" skills" after a singular noun phrase naming a field or an activity ("my site safety
    skills", "my vendor management skills"), not after a quality ("my patience"), praise
    ("my excellent communication"), a plural ("my client presentations") or a phrase with its
    own preposition ("my attention to detail")."""
    low = [w.strip(",") for w in np.lower().split()]
    if np.split()[-1] in ("HSE", "EHS", "QHSE", "QA", "QC", "HR", "PR", "IR") \
            or low[-1] == "diligence" and low[0] == "due":
        return " work"  # "my offshore HSE work", "my due diligence work"
    if low[-1] in ("response", "turnaround", "reply") and low[0] in _ADVERB_ADJECTIVES | {
            "prompt", "rapid", "speedy"}:
        return " times"  # "my fast response times", not "my fast response" (to nothing)
    if low[-1] in ("advice", "guidance", "support", "help", "knowledge", "expertise", "heroics",
                   "antics", "record", "history", "work", "judgement", "judgment", "speed",
                   "accuracy", "instincts", "sense", "temperament", "manner", "approach",
                   "attitude", "ethic", "eye", "ear", "touch", "memory", "thinking", "insight",
                   "insights", "intuition", "empathy", "taste", "curiosity", "creativity", "mindset",
                   "spirit", "outlook", "presence", "ethics"):  # "my lime mortar
        return ""  # work"; "my tikanga Maori advice": advice is given, not a skill; nor is
        #            "my clinical judgement" or "my data entry speed" one
    tail = next((i for i, w in enumerate(low) if i and w in ("using", "via", "with", "through",
                                                             "in", "like", "such", "every",
                                                             "each", "daily", "weekly", "of")),
                None)  # "thermal imaging of panels": no "skills" after its object
    if tail is not None:
        return ""  # "data collection using ODK": the phrase has its own tail
    head = _head(low)
    if head.endswith("ics") and not _plural_of_noun(head) and low[0] not in _PRAISE \
            and head not in ("heroics", "antics"):
        return " skills"  # "my orbital mechanics skills": a field of knowledge
    if len(low) > 1 and word_class(low[0]) == "J" and low[0] not in _PRAISE \
            and low[0] not in _QUALITY_PARTICIPLES and np[:1].islower() and "-" not in low[0] \
            and shared(r"(?:ing|tion|sion|sis|ment)$|^(?:rescue|design|repair|maintenance)$").search(head):
        return " skills"  # "my ultrasonic testing skills", "my swift water rescue skills"
    if low[0] in DETERMINERS or low[0] in _PRAISE or low[0] in _QUALITY_PARTICIPLES \
            or (len(low) > 1 and word_class(low[0]) == "J" and low[0] not in _FIELD_ADJECTIVES) \
            or head != low[-1] or len(low) > 4 \
            or any(w in ("and", "&", "or", "/") for w in low) \
            or (head.endswith("s") and not head.endswith(("ss", "sis", "us"))
                and not (len(low) > 1 and _named_last(np.split()[-1]))  # "SDL Trados"
                and not (head.endswith("ics") and not _plural_of_noun(head))
                and not _is_acronym(np.split()[-1])) \
            or (_QUALITY.search(head) and head not in _FIELD_NOUNS):
        return ""
    return " skills"


# People a strength may name as those one works with: "traumatised children".
# Where someone works a shift: "on the till", "on the phones" (reader 190).
_STATIONS = frozenset("till tills phones radio door grill register switchboard counter".split())
# People one has a way with, besides those served: "her way with customers" (reader 192).
_SERVED_TOO = frozenset("customers clients guests regulars parents students crowds teams".split())
# What a person earns or shows, theirs: "her CSAT results", "his leadership potential".
_THEIR_MARKS = frozenset("potential results grades scores ratings".split())
_PEOPLE_SERVED = frozenset("""children kids youth teens teenagers families communities patients
refugees survivors veterans adults women men elders residents learners""".split())
# One piece of work, which takes "the": "the composting program", "the grant scheme".
_ONE_PIECE = frozenset("program programme project initiative campaign scheme rollout pilot".split())
# A figure in a quality's complement makes it a fact: "accountable for $2M in equipment",
# "responsible for 40 staff".
_FIGURE = lazy(r"\d")
# How a deed was done, said last: "handled criticism well", "learned Japanese fast".
_PAST_MANNERS = frozenset("well fast quickly calmly carefully clearly thoroughly patiently".split())


def _done_once(words: list[str], text: str) -> bool:
    """A deed said as a fact ("that I published 3 papers", "that I paid on time", "that I
    wrote an excellent paper"), not as a manner ("how I led the migration")."""
    return (len(words) > 2 and words[1].lower() in _UNDER_WHAT and words[2] != "pressure") \
        or (len(words) > 1 and bool(_ON_TIME.search(text))
            and (words[1].lower() in _ON_TIME_FIRST or bool(_AHEAD.match(text)))) \
        or (len(words) > 2 and words[0].lower() in _COUNTED_DEEDS and words[1][:1].isdigit()) \
        or (len(words) > 2 and words[1].lower() in ("a", "an"))  # one achievement


def _past_manner(words: list[str]) -> str | None:
    """The adverb a past deed ends with ("well" in "handled criticism well"), when it tells
    how it was done; None otherwise."""
    if len(words) > 2 and words[-1].lower() in _PAST_MANNERS and words[-2].lower() not in (
            "as", "very", "so"):
        return words[-1].lower()
    return None
# A gerund of being is a state, not a manner: "being on time", "being patient with kids".
_BEING = lazy(r"(?i)^being\s+\S")
# What a person leads or teaches is theirs: "led her team" typed of oneself is "my team".
# What a person keeps or loses of their own: "never lost her temper", "kept his cool".
_OWN_TRAIT = lazy(r"(?i)\b(?:his|her) (?:temper|cool|nerve|head|patience|composure|word|promises?|"
                  r"calm|focus|sense of humou?r)\b")
# Time one gives of one's own: "volunteered his weekends" is the requester's, said "my".
_GIVEN_TIME = lazy(r"(?i)\b(volunteer(?:ed|s)?|gave(?: up)?|gives?(?: up)?|donated|sacrificed|spent|spends|put in|dedicated|"
                   r"offered|committed|managed|manages|planned|organi[sz]ed) (?:his|her)(?= (?:weekends|evenings|nights|holidays|saturdays|sundays|"
                   r"(?:spare |free |own )?time)\b)")
_OWN_GROUP = lazy(r"\b(?:his|her|their) (?:own )?(?:team|staff|crew|class|students|department|"
                  r"unit|shift|squad|reports|colleagues|juniors|trainees|apprentices)\b")
# Plural nouns of paperwork the lexicon also files as verbs: "permits" is not "that I permit".
_PAPERWORK = frozenset("""permits licences licenses invoices contracts estimates quotes reports
proposals budgets forecasts rosters accounts audits tenders bids claims returns filings records
minutes""".split())


# Rules and standards one knows rather than practises: "my knowledge of HIPAA".
_RULEBOOKS = frozenset("""HIPAA GDPR IFRS GAAP SOX FERPA COPPA PCI-DSS OSHA HACCP CCPA FCA MIFID
AML KYC FDA EMA ICH GMP GCP GLP""".split())


# Adjectives that name a field, not a quality: "my clinical data skills", "my financial
# modelling skills"; where "my original thinking", "my technical depth" take none.
_FIELD_ADJECTIVES = frozenset("""clinical financial legal digital social public medical mechanical
electrical civil structural chemical biological environmental statistical visual graphic
industrial commercial residential regulatory scientific academic musical culinary nutritional
educational instructional editorial architectural agricultural geospatial quantitative
qualitative mobile cloud web interior exterior international global local national federal
corporate organic inorganic analytical molecular computational forensic cognitive clinical
surgical pediatric paediatric psychiatric nursing audio video universal inclusive sustainable
urban rural first wholesale retail linear predictive preventive preventative numerical literary
technical structural operational lean agile differential""".split())


# Fields with a quality's ending: "my fleet maintenance skills", not "my fleet maintenance" (the
# maintenance of my fleet); "my quality assurance skills", "my business intelligence skills".
_FIELD_NOUNS = frozenset("""maintenance performance compliance governance assurance surveillance
finance insurance science intelligence correspondence conveyancing diagnosis identity""".split())


def _third(text: str) -> str:
    """A habit typed with a bare verb, said of "she" or "he": "never give up" -> "never gives up"."""
    words = text.split()
    for i, w in enumerate(words[:3]):
        low = w.lower()
        if low in ("never", "always", "rarely", "often", "usually", "still", "really"):
            continue
        if low == "be":  # "never be late": he is never late
            return " ".join([*words[:max(i - 1, 0)], "is", *words[max(i - 1, 0):i], *words[i + 1:]])
        forms = lexicon.verb_forms(low)
        if forms and lexicon.lemma(low) == low and word_class(low) == "V" and low != "have":
            words[i] = forms[0]
        break
    return " ".join(words)


def _habit(text: str) -> str:
    """"writes clearly" said by "I": "write clearly"; "never missed" stays."""
    words = text.split()
    for i, w in enumerate(words[:3]):
        low = w.lower()
        prefix = shared(r"(?:double|re|co|pre|over|cross|self)-(?=[a-z]+s$)").match(low)  # "double-checks"
        if prefix and lexicon.verb_forms(lexicon.lemma(low[prefix.end():])):
            words[i] = prefix.group(0) + lexicon.lemma(low[prefix.end():])
            break
        forms = lexicon.verb_forms(low)
        if word_class(low) == "Z" or (forms and low == forms[0] != lexicon.lemma(low)
                                      and word_class(low) != "R"):
            words[i] = lexicon.lemma(low)  # "works well with parents" -> "I work well"
            break
        if i == 0 and low in ("mentors", "tutors", "champions", "shepherds", "coaches"):
            words[i] = low[:-2] if low.endswith("ches") else low[:-1]  # "mentors undergrads" -> "I
            break  #                                          mentor undergrads" (the lexicon's noun)
        if word_class(low) != "R":
            break
    said = lower_first(" ".join(words))
    return to_first_person(said) if _has_third(said) else said  # "never loses her cool" ->
    #                                                          "never lose my cool"


def _plural_of_noun(word: str) -> bool:
    """"clinics" is more than one clinic; "analytics", "logistics", "economics" are fields."""
    return word_class(word[:-1]) == "N" and word not in _ICS_FIELDS


_ICS_FIELDS = frozenset("""physics mechanics ethics graphics logistics optics robotics genetics
electronics acoustics dynamics ergonomics linguistics statistics mathematics aerobics
athletics gymnastics economics politics analytics informatics""".split())


def _possessed(np: str, owner: str) -> str:
    words = np.split()
    low = words[0].lower()
    if low in ("a", "an", "the") and len(words) > 2 and words[2].lower() in (
            "for", "to", "of", "with", "in", "at", "on"):
        return f"{owner} {' '.join(words[1:])}"  # "a knack for X" -> "my knack for X"
    if low in DETERMINERS:
        return np
    return f"{owner} {np}"


def _on(activity: str) -> str:
    """"on " before a compound noun ("work on pricing models"); nothing before a deed that takes
    an object ("work triaging ER patients")."""
    words = activity.lower().split()
    return "" if len(words) > 2 and words[0].endswith("ing") and words[1] not in ("and", "&") \
        and not _COMPOUND_ING.match(words[0]) and _from_a_verb(words[0]) else "on "  # "seedling"


def _plural_skill(text: str) -> bool:
    """"1:1s", "OKRs": things done, not a skill set ("my 1:1s", not "my 1:1s skills"); "k8s" is
    a tool's name."""
    last = text.split()[-1]
    return last.endswith("s") and (":" in last or (last[:-1].isupper() and last[:-1].isalpha()))


def _ends_like_skill(text: str) -> bool:
    return text.lower().split()[-1] in ("skills", "skill", "expertise", "knowledge",
                                        "experience", "certification", "fluency")


def _after_subject(text: str) -> list[str]:
    words = text.split()
    low = words[0].lower()
    if low in ("he's", "she's"):
        return ["is", *words[1:]]
    if low == "they're":
        return ["is", *words[1:]]
    rest = words[1:]
    if low == "they":
        _agree_third(rest, 0)
    return rest


# Participles that make a credential of what comes before: "forklift certified", "CPR trained".
_CREDENTIALS = frozenset("""certified licensed trained qualified accredited registered bonded
insured vetted credentialed cleared endorsed""".split())


# People one has rapport or relationships with: "patient rapport", "client relationships".
_WITH_WHOM = frozenset("patient client customer student parent tenant donor stakeholder supplier "
                       "vendor partner resident member volunteer".split())
# How a quality in two words starts ("well-organised files", "hard-won trust"); any other word
# with a hyphen classifies ("high-voltage systems": her work on them, never "her high-voltage
# systems", reader 102).
_QUALITY_PREFIXES = ("well-", "hard-", "quick-", "fast-", "self-", "clear-", "level-", "open-",
                     "warm-", "even-", "good-", "big-", "sharp-", "cool-", "kind-")
# What a writer says of their own side of working with someone: "I never had to worry about
# the cues", "I could always count on her", "I learned more from him than anyone".
_OF_THE_WRITER = lazy(r"(?i)^(?:I|we)(?:'d|'ve)? (?:never|always|could|can|would|will|still|"
                      r"often)?\s?(?:had to worry|worried|had to chase|needed to|count(?:ed)? on|"
                      r"rel(?:y|ied) on|trust(?:ed)?|learn(?:ed|t)|miss|enjoy(?:ed)?|admire[ds]?|"
                      r"hire|recommend|work with|knew)\b")


def _writers_words(text: str) -> bool:
    """A strength in the words of the one writing, with no one else in it: "I always knew where
    things stood" (said to them as "you")."""
    return text.split()[:1] in (["I"], ["I'd"], ["I've"]) and bool(_OF_THE_WRITER.search(text)) \
        and not _has_third(text)


def _to_you(clause: str) -> str:
    """The writer's words turned to the one asked: "I always knew where things stood" -> "you
    always knew where things stood"."""
    first, _, rest = clause.partition(" ")
    return f"{first.replace('I', 'you', 1)} {rest}"  # "I'd" -> "you'd"


def _told_in_past(rest: str) -> bool:
    """"when things went wrong", "after the server crashed": the quality is told of a time past."""
    words = rest.lower().strip(" .").split()
    if any(w in ("didn't", "wasn't", "weren't", "couldn't", "hadn't", "wouldn't") for w in words):
        return True  # "with sources who didn't want to talk"
    return any(w in SIMPLE_PASTS or (word_class(w) == "D" and w.endswith("ed") and (
        i == len(words) - 1 or words[i + 1] in _PREPOSITIONS))  # "the server crashed", not
        for i, w in enumerate(words) if i)                          # "frightened kids"


def _adjective_split(text: str) -> tuple[str, str]:
    """("calm", " under pressure") for "calm under pressure"; ("", "") when an adverb leads
    ("very organized") or a parenthesis follows, which read better as "that I'm ..."."""
    words = text.replace(" & ", " and ").split()
    if words[-1].lower().rsplit("-", 1)[-1] in _CREDENTIALS or words[0].lower() in _ABSOLUTE \
            or words[-1].lower() in _ABSOLUTE:
        return "", ""  # "that I'm forklift certified", not "how forklift certified I am"
    head = []
    for i, w in enumerate(words):
        low = w.lower().rstrip(",")
        if low.startswith("(") or (word_class(low) == "R" and i == 0):
            return "", ""
        if low in ("but", "yet") and i + 1 < len(words) \
                and word_class(words[i + 1].lower()) in ("J", "G", "D"):
            head.append(w)  # "kind but demanding": one quality, said whole
            continue
        if low in _PREPOSITIONS - {"and", "&", "or"}:
            return " ".join(head), " " + " ".join(words[i:])
        head.append(w)
    return " ".join(head), ""


# Plural heads that name a field of work rather than things one made: "my work on SOX
# controls", "my work on front desk operations" (not "my SOX controls", as if owned).
_DOMAINS = frozenset("""operations controls relations logistics communications systems finances
affairs services procedures processes policies standards regulations networks analytics
economics payables receivables accounts""".split())
# Functions of a business, a field one works in when typed alone: "her work in sales".
_FUNCTIONS = frozenset("""sales marketing procurement purchasing finance retail hospitality
fundraising admissions""".split())


def _field(np: str) -> str | None:
    """The preposition for a strength that names a field of work, which "my" would turn into a
    possession: "in operations", "on SOX controls", "on individual tax returns", "on
    accessibility". None for anything else ("my SQL skills", "my patience", "my people skills")."""
    words = np.split()
    low = [w.lower().strip(",") for w in words]
    if len(low) > 1 and low[-1] in _FIELDS and low[0] not in DETERMINERS \
            and (low[0] not in _PRAISE or low[0] == "patient"):
        return "on"  # "my work on patient privacy": here "patient" names whose, not how
    if low[0] in DETERMINERS or low[0] in _PRAISE or low[0].startswith("on-"):
        return None  # "my clear briefs": the quality is the point; "my on-time payments"
    if len(low) > 1 and _named_last(words[-1]):
        return None  # "SDL Trados", "Adobe Premiere": a tool's name ("my SDL Trados skills")
    if low[-1] in ("stewardship", "recruitment", "recruiting", "safeguarding", "footage",
                   "renders", "renderings", "visuals", "documentation"):
        return "on"  # "my work on antibiotic stewardship", "... on drone footage"
    if len(low) > 2 and low[1] == "of" and low[0] not in _OWN_OF:
        return "on"  # "my work on chain of custody", but "my command of Excel"
    if len(low) == 1:
        plural = low[0].endswith("s") and not low[0].endswith(("ss", "us", "is", "ics")) \
            and low[0] not in _OWN_PLURALS and not _is_acronym(words[0])
        return "in" if low[0] in _DOMAINS | _FUNCTIONS else ("on" if low[0] in _FIELDS or plural
                                                             else None)
    head = _head(low)  # "data collection on tablets": collection
    if any(w.endswith(("-based", "-led", "-centred", "-centered")) for w in low[:-1]):
        return "on"  # "my work on play-based learning": an approach, not my own learning
    if head == "care" and (low[0] not in _PRAISE or low[0] == "patient"):
        return "in"  # "my work in palliative care", not care given to me
    if head == "experience" and low[0] in ("guest", "customer", "user", "patient", "visitor",
                                           "employee", "client", "member", "student", "fan",
                                           "candidate", "applicant", "donor", "passenger"):
        return "on"  # "my work on guest experience", not my experience as a guest
    if "(" in np:
        return _field(np.split("(")[0].strip())  # "metadata standards (MARC21, Dublin Core)"
    if head in _WORKS or head in _FIELDS:
        return "on"  # "my work on solar PV installation", "... on cold storage", "... on patient
        #              privacy"
    if word_class(low[0]) == "J" and low[0] not in _FIELD_ADJECTIVES and len(low) == 2:
        if low[1] in _PEOPLE:
            return "with"  # "my work with new hires"
        if not low[1].endswith("s") or low[1] in _OWN_PLURALS | _HELD \
                or low[1].endswith(("ss", "us", "is")) \
                or (low[1].endswith("ics") and not _plural_of_noun(low[1])) \
                or low[0] in _WORK_QUALITIES:
            return None  # "exacting standards", "high standards": a quality, not a field;
            #              "tidy installs", "clear POs": their own work, said as theirs
        return "of"  # "my handling of individual returns", "... of difficult conversations"
    if low[-1] in _PEOPLE and len(low) == 2 and word_class(low[0]) == "N":
        return "with"  # "my work with youth offenders", "... with ICU patients"
    if len(low) > 1 and words[0][:1].isupper() and not _is_acronym(words[0]) \
            and word_class(low[0]) in ("P", None) and head in _KIT:
        return "with"  # "my work with Leica total stations", "... with Cisco switches"
    if head == "relations":
        return "in"  # "my work in guest relations", "... in investor relations"
    if head in _DOMAINS or head in _FIELDS:
        return "on"
    if " for " in np and low[0] not in _OWN_OF | _FLAIR and head not in _OWN_OF | _FLAIR:
        return "on"  # "my work on cold chain for vaccines", but "my eye for detail"
    if len(low) == 3 and low[1] in ("and", "&") and all(
            word_class(w) == "N" and not _QUALITY.search(w) for w in (low[0], low[2])):
        return "on"  # "hair and makeup", "sound and lighting": a trade, not my own hair
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) \
        and not (head.endswith("ics") and not _plural_of_noun(head)) \
        and not _is_acronym(words[-1]) and head not in _OWN_PLURALS \
        or (words[-1].endswith("s") and _is_acronym(words[-1][:-1]))  # "REST APIs"
    return "on" if plural and not any(w in ("and", "&", "or") for w in low) else None


# Gifts one has for something: "my eye for detail", "my knack for names".
_FLAIR = frozenset("eye knack flair talent gift nose ear passion love appetite feel instinct "
                   "head respect care patience empathy".split())
# "X of Y" strengths that are one's own: "my command of Excel", "my sense of humour".
_OWN_OF = frozenset("""sense knowledge command understanding grasp mastery use range breadth
depth eye head ear feel love passion way choice handling""".split())
# Equipment, which one works with (not on): "my work with Leica total stations".
_KIT = frozenset("""stations switches routers servers machines printers scanners drones lathes
robots controllers sensors pumps turbines cranes forklifts tractors vehicles looms presses
ventilators monitors analysers analyzers instruments rigs""".split())
# People one works with: "my work with new hires", not "my new hires".
_PEOPLE = frozenset("""hires starters staff students clients customers patients volunteers
learners apprentices interns graduates families children kids teens offenders residents members
users guests donors stakeholders suppliers vendors partners farmers growers parents communities
villagers traders crews teams workers pickers labourers laborers drivers contractors
subcontractors cadets recruits trainees undergrads undergraduates postgrads juniors nurses
engineers analysts researchers""".split())
# Plurals a quality adjective qualifies as one's own: "my high standards", "my long hours".
_HELD = frozenset("""standards expectations principles morals hours nights days weekends
instincts relationships ideas questions""".split())


# Heads that name a job of work which "my" would make a thing owned: "my solar PV installation".
_WORKS = frozenset("""installation installations construction repair repairs fit-out renovation
storage paperwork""".split())


# Fields named by a quality noun: "accessibility" is a field, "creativity" a quality.
_FIELDS = frozenset("""accessibility security cybersecurity sustainability usability scalability
observability interoperability profitability biodiversity hospitality compliance safety
quality culture morale wellbeing well-being welfare privacy confidentiality""".split())
# Participles that praise ("my disciplined practice"), where the others classify ("my fixed
# income skills", "my applied research skills").
_QUALITY_PARTICIPLES = frozenset("""disciplined detailed balanced experienced skilled talented
dedicated committed motivated qualified sophisticated seasoned refined focused focussed informed
measured reasoned considered calculated tailored smoked cured roasted braised pickled fermented
grilled""".split())
# Plurals that are one's own: "my people skills", "my soft skills", "my instincts".
# What one does with people, as a deed: "mentored graduates", "trained farmers"; never
# "traumatised children" or "marginalised communities", which describe them (review).
_DONE_WITH_PEOPLE = frozenset("""mentored trained coached hired onboarded supervised managed
recruited taught led supported tutored inducted""".split())
# A gerund strength told as a habit by its ending: "working night shifts without complaint".
_HABIT_TAIL = lazy(r"(?i)\bwithout (?:complaint|complaining|fail|fuss|being asked)$|"
                   r"\b(?:every|each) (?:single )?(?:day|week|shift|night|time|morning)$")
# Things one of which a strength names, said as their work: "total station", "supply chain".
# Jobs a strength may name: "barista" is her work as one, not who she is.
_OCCUPATIONS = frozenset("""barista chef cook welder driver mechanic electrician plumber carpenter
bartender waiter waitress server cashier technician operator interpreter translator receptionist
bookkeeper surveyor photographer videographer editor copywriter illustrator tutor master owner""".split())
# Contests a student competes in, typed as a strength: "moot court" is his moot court work.
_CONTESTS = frozenset({"moot court", "mock trial", "model un", "model united nations", "debate club",
                       "hackathons", "case competitions", "moots"})
# Fields named by an adjective, typed as a strength: "electrical" is his electrical work.
_FIELDS_BY_ADJECTIVE = frozenset("""electrical mechanical structural clinical financial legal digital chemical civil surgical
medical statistical commercial operational administrative logistical hydraulic electronic""".split())
# Machines a strength may name: "forklift" is his forklift work.
_MACHINES = frozenset({"forklift", "crane", "excavator", "tractor", "digger", "lathe", "drone",
                       "loader", "telehandler", "reach truck", "cherry picker"})
# Whose own doings a "... always ..." strength tells ("patients always felt heard"): a clause.
_PEOPLE_WORDS = lazy(r"(?i)\b(?:patients|kids|children|people|customers|clients|students|staff|team|"
                     r"guests|parents|families|users|residents|members|players|pupils|everyone|quality)\b")
_PRONOUNS = frozenset("i we you he she they it me us him her them one someone everyone".split())
# A thing of theirs and how it always was: "paperwork always perfect", "logs never late".
_KEPT_SO = lazy(r"(?i)^((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (always|never|consistently|reliably) ([a-z].*)$")
# Things a person works with, never has: "assistive tech", "open data", "Zendesk macros".
_WORKED_WITH = frozenset("""tech technology technologies software equipment devices hardware data
macros aligners instruments apps platforms""".split())
_COUNTED_KIT = frozenset("""station model chain pipeline roadmap rota dashboard spreadsheet
database template checklist register list""".split())
_OWN_PLURALS = frozenset("""skills abilities qualities strengths instincts manners values ethics
results scores ratings
habits talents smarts chops""".split())


_PERSONAL = lazy(r"-|(?:ful|ous|ive|able|ible|ent|ant|al|ic|ed|ing|ly|y|ish|less|ary|ile|ate)$")


# Adjectives with no degrees: "that I'm bilingual", never "how bilingual I am".
_ABSOLUTE = frozenset("""bilingual trilingual multilingual licensed certified insured bonded
vaccinated registered qualified eligible unionized unionised""".split())


# Heads said as "my X" ("my negotiation", "my patience"); other singular heads read better
# as "my X skills" ("my site safety skills", not "my site safety").
_QUALITY = lazy(
    r"(?:ness|ity|ence|ance|ism|ude|ship|cy|skills?|expertise|knowledge|experience|sense|ethic)$|"
    r"^(?:patience|empathy|integrity|honesty|loyalty|humility|humou?r|initiative|judge?ment|participation|"
    r"drive|focus|dedication|determination|motivation|passion|compassion|discretion|grit|"
    r"curiosity|care|attention|eye|ear|instinct|touch|presence|calm|poise|energy|attitude|"
    r"hustle|technique|delivery|identity|backend|frontend|discipline|spirit|resilience|"
    r"professionalism|enthusiasm|positivity|commitment|composure|maturity|character|"
    r"tenacity|warmth|kindness|punctuality|reliability|creativity|grace|courage|trust|bravery|"
    r"generosity|humanity|heart|nerve|stamina|patience|rigou?r)$")


# Adjectives that praise ("excellent communication"): the phrase is a quality, said "my X".
_PRAISE = frozenset("""excellent strong great good clear quick fast deep solid exceptional
outstanding thorough careful creative calm sharp keen effective efficient consistent reliable prompt
original elegant honest detailed concise precise accurate
strategic meticulous proactive tireless steady genuine patient fluent conversational native
consistent calm honest fair""".split())


# Tools whose makers write them in lower case: "dbt and Looker".
_LOWER_TOOLS = _LOWER_FIRST  # "dbt", "pandas": written in lower case by their makers


_YEAR_AT_END = lazy(r" ((?:19|20)\d\d)$")


# Words the lexicon files as adverbs that are also a person's quality: "how fast I am".
_ADVERB_ADJECTIVES = frozenset("fast quick early hard steady sharp straight".split())


def _deeds(words: list[str]) -> tuple[str, str]:
    """The past of a gerund and of the gerunds joined to it, and what follows: "hiring and
    training kitchen staff" -> ("hired and trained", "kitchen staff"); "building dashboards
    and training analysts" -> ("built dashboards and trained", "analysts")."""
    cut = next((j for j in range(2, len(words) - 1) if words[j].lower() in ("and", "&")
                and _telling_gerund(words[j + 1])), None)
    if cut is not None and not any(w.lower() in ("and", "&", "or") for w in words[1:cut]):
        head, rest = _deeds(words[:cut])
        tail_deed, tail_rest = _deeds(words[cut + 1:])
        return f"{head} {rest} and {tail_deed}".replace("  ", " "), tail_rest
    done, i = [_gerund_past(words)], 1
    while i + 1 < len(words) and words[i].lower() in ("and", "&", "or") \
            and words[i + 1].lower().endswith("ing") and len(words[i + 1]) > 4 \
            and _past(words[i + 1].lower()):
        done += [words[i].lower().replace("&", "and"), _gerund_past(words[i + 1:])]
        i += 2
    return " ".join(done), " ".join(words[i:])


def _from_a_verb(word: str) -> bool:
    """"triaging" comes from "triage"; "seedling" comes from no word at all."""
    stem = word[:-3]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    return bool(_past(word)) or any(lexicon.word_class(s) is not None
                                    for s in (stem, stem + "e", doubled))


def _manner(words: list[str]) -> tuple[str, str] | None:
    """("write", "clearly") for "writing clearly": a gerund and only its adverb."""
    if len(words) == 2 and words[1].lower().endswith("ly") \
            and lexicon.word_class(words[1].lower()) == "R" and _past(words[0].lower()):
        return lexicon.lemma(words[0].lower()), words[1].lower()
    return None


def _gerund_past(words: list[str]) -> str:
    """The past of a gerund that takes an object, so it can be told as a deed: "running weekly
    demos" -> "ran", "precepting new grads" -> "precepted" (a verb the lexicon lacks is
    regular: its -ing form less "ing", plus "ed", keeps the doubled consonant: "planned")."""
    gerund = words[0].lower()
    return _past(gerund) or lexicon.irregular_tail(gerund[:-3], gerund[:-3] + "ed")  # "troubleshot"


def _telling_gerund(word: str) -> bool:
    """An -ing word that can be told as a deed: "training" (trained), not "storytelling"."""
    low = word.lower()
    return low.endswith("ing") and len(low) > 4 and not _COMPOUND_ING.match(low) \
        and bool(_past(low))


_COMPOUND_ING = lazy(r"^(?:\w+-)?\w{3,}(?:telling|making|solving|writing|building|keeping|taking|"
                     r"setting|reading|speaking|raising|selling|planning|mapping|sitting|"
                     r"singing|casting|keeping)$|^(?:ticketing|booking|billing|invoicing|signing|"
                     r"catering|roofing|plumbing|banking|shipping|packaging|pricing|staffing|"
                     r"lighting|printing|clothing|housing|nursing|accounting|marketing)$")
