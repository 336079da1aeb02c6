"""Notes said as sentences in a recommendation.

A detail typed as a note ("team of 11", "GPA 3.9", "zero lost-time incidents", "charge nurse on
nights since 2021") has no verb, and the realiser guesses none. But many notes have a shape that
a sentence can be built on without guessing what anyone did: a count of what the work took in,
a measure and its level, a post held since a year, a clean record, a thesis and its topic. Each
shape below is one frame, matched on the whole note; a note of no known shape gets None and is
listed as typed by the composer.

Each sentence says whose it is, the person's or the work's ("Her work included 6 public
meetings.", "The clinic had zero no-shows."), never a bare "There were 6 public meetings." that
readers could not tie to anyone (readers 114 to 128).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import lazy, shared
from .facts import amount
from .words import ROLE_WORDS, cap, indefinite, join, lower_first, word_class  # the lexicon loads on first use


@dataclass(frozen=True)
class Said:
    sentence: str
    place: str  # "scope": what the work took in, said before the facts; "result": a level or a
    #             post, after them; "record": a clean record ("no injuries"), last of all


# Posts one rises through: "from apprentice to senior stylist".
_POSTS_RISEN = frozenset("""apprentice stylist junior senior trainee commis chef sous cook porter
cleaner waiter waitress barista assistant supervisor manager lead volunteer intern""".split())


def say_all(notes: list[str], thing: str | None, later: str) -> tuple[list[Said], list[str]]:
    """The notes a frame fits, as sentences (several counts of the work in one: "Her work
    included 12 hubs and 30k parcels a day."), and the notes none fits, as typed. `thing` is
    the project when it is a thing that can have parts ("the Galway wind farm"), `later` the
    person's pronoun ("she", "he", "they")."""
    said: list[Said] = []
    left: list[str] = []
    for note in notes:
        parts = _parts(note)
        found = [sentence(p, thing, later) for p in parts]
        if len(found) == 2 and all(found) and found[0].place == "scope" \
                and found[1].place == "record":  # "1.2M man-hours, zero LTIs": "The work
            found = [Said(f"{found[0].sentence[:-1]} with {lower_first(parts[1])}.", "scope")]  # logged
            #   1.2M man-hours with zero LTIs."
        if all(found):
            said += found  # type: ignore[arg-type]
        else:
            left.append(note)
    return _merged(said), left


def sentence(note: str, thing: str | None, later: str) -> Said | None:
    """One note as a sentence about `later` (she/he/they) or the work; None when no frame fits."""
    note = shared(r"^0 (?=[A-Za-z])").sub("zero ", note.strip().rstrip(".").strip())  # "0 LTIs": zero (reader 174)
    venue = _venue(thing)
    if thing and (len(thing.split()) > 5 or shared(r"\b(?:in|at|on|for|during|with|from|of)\b").search(
            thing)):
        thing = None  # "The work had zero lost sensitive items.", never "The battalion logistics
        #   during the 2019 deployment had ..." (reader 129)
    if not note or shared(r"\b(?:I|me|we|We)\b").search(note) or ":" in note:
        return None  # the writer's own sentence stays as typed ("with us", "our lab" are notes)
    their = {"she": "her", "he": "his"}.get(later, "their")
    subject = cap(later)
    level = shared(r"(?i)^(?:an? )?(NVQ|SVQ|BTEC|RQF|QCF|City (?:&|and) Guilds)((?: [a-z][\w-]*){0,3}) level (\d)$").match(note)
    if level:  # "nvq level 3": "She holds an NVQ Level 3.", never "NVQ level was 3" (reader 190)
        body = level.group(1).upper() if " " not in level.group(1) else "City & Guilds"
        return Said(f"{subject} {'hold' if subject == 'They' else 'holds'} {indefinite(body)}{level.group(2)} "
                    f"Level {level.group(3)}.", "record")
    rose = shared(r"(?i)^(?:went )?(?:from )?((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) to ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) in (\d+|two|three|"
                  r"four|five|six) (years|months)$").match(note)
    if rose and (rose.group(1).split()[-1].lower() in ROLE_WORDS | _POSTS_RISEN or rose.group(2).split()[-1].lower() in
                 ROLE_WORDS | _POSTS_RISEN):  # "apprentice to senior stylist in 4 yrs" (reader 194)
        return Said(f"{subject} went from {rose.group(1)} to {rose.group(2)} in {rose.group(3)} {rose.group(4)}.", "result")
    named = shared(r"(?i)^((?:[\w'-]+ ){1,3}of the (?:year|month|season|tournament|match|week))(?: (?:in )?((?:19|20)\d\d))?$").match(note)
    if named:  # "player of the season 2023": named it, never left out (reader 194)
        when = f" in {named.group(2)}" if named.group(2) else ""
        return Said(f"{subject} {'were' if subject == 'They' else 'was'} named {named.group(1)}{when}.", "record")
    never = shared(r"(?i)^never (an?|one|a single) ((?:[a-z][\w-]* )*?(?:incident|accident|complaint|injury|error|"
                   r"mistake|breach|fine|claim|callback|spill|loss|fall|infection|failure|no-show|late delivery|"
                   r"missed deadline|bad review)(?: [a-z][\w -]*)?)$").match(note)
    if never and not shared(r"\b(?:was|were|is|are|did|had)\b").search(note):  # "never an incident on a
        return Said(f"There was never {never.group(1).lower()} {never.group(2)}.", "record")  # walk" (reader 192)
    for frame in (_site_score, _tenure, _served_under, _spent, _course_length, _degree_years, _personal_metric, _kpi, _level,
                  _down_to, _reached, _live, _came, _money, _average, _grew, _topic, _top_mark,
                  _star_rating, _standard, _award, _pair, _promoted, _on_budget, _event,
                  _years_first, _post, _open_since, _kept, _payback, _honouree, _my_student, _honours,
                  _age, _first_job):
        out = frame(note, thing, subject, their)
        if out:
            return out
    counted = count_sentence(note, thing, their, venue)
    if counted:
        return Said(counted, "record" if _RECORD.match(counted) else "scope")
    rate = shared(r"^((?:about |up to |over )?\d[\d,]*\+? (?:[a-z]+ )?[a-z]+s (?:a|an|per) (?:shift|day|night|week|hour|"
                  r"morning|evening|season))(?:,? (?:with )?(no complaints?|no mistakes|no errors|no accidents|"
                  r"no breakages))?$").match(note)
    if rate and not shared(r"\b(?:percent|years|months|weeks|days|hours|evenings|mornings|nights|afternoons|shifts|"
                           r"classes|sessions|lessons|miles|km|kilometres|times|visits)\b").search(rate.group(1)):
        tail = f", with {rate.group(2)}" if rate.group(2) else ""  # "12 rooms a shift no complaints":
        return Said(f"{subject} handled {rate.group(1)}{tail}.", "result")  # she handled them (reader 192)
    return None


# A post held for a time: "charge nurse on nights since 2021", "postdoc from 2019 to 2022",
# "night charge nurse 3 years", "apprentice with us from 2020 to 2023".
_WHEN = (r"(since (?:(?:19|20)\d\d|[A-Z][a-z]+ (?:19|20)\d\d))|(from (?:19|20)\d\d to (?:19|20)\d\d|"
         r"(?:19|20)\d\d ?[-\u2013] ?(?:19|20)\d\d)|((?:for )?(?:about |over |nearly )?(?:\d+|two|three|"
         r"four|five|six|seven|eight|nine|ten) (?:years?|months?|seasons?))")
_TENURE = lazy(rf"(?i)^((?:[a-z][\w'-]* ){{0,3}}([a-z][\w-]*)(?: (?:on|with|at|in|for) (?:nights|days|"
               rf"weekends|us|the [a-z][\w -]*|[A-Z][\w&' -]*))?) (?:{_WHEN})$")
_UNIT_WORDS = frozenset("""section team unit ward department kitchen lab desk station squad crew
shift office clinic""".split())
_ONE_OF = frozenset("head chair director president captain principal dean treasurer secretary".split())


def _tenure(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _TENURE.match(note)
    if not found or (not found.group(1)[:1].islower() and not found.group(1)[1:2].islower()
                     and not (shared(r"^[A-Z]{2,4} [a-z]").match(found.group(1))
                              and found.group(2).lower() in ROLE_WORDS)):
        return None  # "Acme Ltd since 2015": a name, not a post; "ER nurse 4 years" is one (review)
    post = shared(r" for$").sub("", found.group(1))  # "Manager at Le Grand Lyon for 4 years": the
    #   place's name ends before "for", never "for for 4 years" (reader 189)
    title = shared(r"^((?:[A-Z][a-z]+ )*[A-Z][a-z]+)(?= (?:at|in|on|with|for) |$)").match(post)
    if title and len(title.group(1).split()) > 1 and all(word_class(w.lower()) not in (None, "P") for w in title.group(1).split()):
        post = title.group(1).lower() + post[title.end():]  # "Front Office Manager": a front office manager
    post = post[0].lower() + post[1:] if post[1:2].islower() and (word_class(post.split()[0].lower()) not in (
        None, "P") or post.split()[0].lower() in ROLE_WORDS) else post  # "Postdoc" is a postdoc; "Nobu Head
    #   Chef" keeps its name
    since, between, length = found.group(3), found.group(4), found.group(5)
    words = post.split()
    before = next((i for i, w in enumerate(words) if w in ("on", "with", "at", "in", "for")), len(words))
    head = words[before - 1].lower() if before else ""  # "charge nurse on nights": a nurse
    if head in _UNIT_WORDS and len(words) <= 3:  # "pastry section from 2019 to 2023"
        where = f"in the {post}"
    elif head in ROLE_WORDS:  # one post: "partners for 3 years" is two people (_pair)
        if words[0] in ("a", "an", "the"):
            where = post
        elif len(words) == 1 and head in _ONE_OF:
            where = post  # "chair since 2019": she has been chair
        else:
            where = indefinite(post)
    else:
        return None
    they = subject == "They"
    if since:
        return Said(f"{subject} {'have' if they else 'has'} been {where} {since}.", "result")
    be = "were" if they else "was"
    if between:
        years = shared(r"((?:19|20)\d\d) ?[-\u2013] ?((?:19|20)\d\d)").match(between)
        between = f"from {years.group(1)} to {years.group(2)}" if years else between
        return Said(f"{subject} {be} {where} {between}.", "result")
    length = length if length.startswith("for ") else f"for {length}"
    return Said(f"{subject} {be} {where} {length}.", "result")


# A time spent in a line of work or a place: "12 years dispatch", "18 months offshore together".
_SPENT = lazy(r"(?i)^((?:about |over |nearly )?(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten) "
              r"(?:years?|months?|weeks?|seasons?|winters?|summers?)) (?:of |in )?([a-z][a-z -]*?)"
              r"( together)?$")
_SPENT_PLACED = lazy(r"(?i)^((?:about |over |nearly )?(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten) "
                     r"(?:years?|months?|weeks?|seasons?|winters?|summers?))( together)? ((?:behind|at|in|on|with|under|"
                     r"aboard) (?:the |a |an |our |his |her |their )?[\w'&-]+(?: [\w'&-]+){0,4})$")
_WHERE_SPENT = frozenset("offshore abroad overseas onshore upcountry".split())


def _spent(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    placed = _SPENT_PLACED.match(note)
    if placed:  # "8 years behind the bar", "8 years together in the Igel group" (reader 192)
        who = "We" if placed.group(2) else subject
        return Said(f"{who} spent {placed.group(1)}{placed.group(2) or ''} {placed.group(3)}.", "result")
    found = _SPENT.match(note)
    if not found or found.group(2).split()[-1] in ("experience", "service", "work", "effort",
                                                   "planning", "research", "fieldwork") \
            or found.group(2).endswith("s") and not found.group(2).endswith(("ss", "ics")):
        return None  # "12 years of service", "18 months of work", "3 years apprenticeship"
        #   and "3 years 20 villages" are other frames' or none
    if found.group(2) in ("apprenticeship", "residency", "internship", "traineeship",
                          "fellowship", "placement"):
        return None
    tail = found.group(2).split()
    if tail[0] in _WHERE_SPENT or tail[0] in ("on", "at") and len(tail) > 1 and tail[1] in (
            "site", "sea", "nights", "call", "the"):
        where = found.group(2)  # "18 months offshore", "3 years on site"
    elif len(tail) <= 2 and all(word_class(w) == "N" and not w.endswith("ly") for w in tail) \
            and tail[0] not in ("part-time", "notice"):
        where = f"in {found.group(2)}"  # "12 years dispatch": in dispatch
    elif len(tail) == 1 and tail[0].endswith("ing") and word_class(tail[0]) in ("G", "N", None) \
            and tail[0] not in ("running", "straight"):
        where = tail[0]  # "7 years volunteering"
    else:
        return None  # "2 weeks ahead of schedule", "5 years running", "3 years Spanish" (review)
    if found.group(3):  # "18 months offshore together": the writer and the person
        return Said(f"We spent {found.group(1)} {where} together.", "result")
    return Said(f"{subject} spent {found.group(1)} {where}.", "result")  # "She spent 12 years in
    #   dispatch.", never "Her work included 12 years dispatch." (reader 131)


_DEGREE_YEARS = lazy(r"^(PhD|DPhil|doctorate|master's|MSc|MA|MBA|MPhil|BSc|BA|residency|"
                     r"fellowship|apprenticeship) ((?:19|20)\d\d) ?(?:[-\u2013]|to) ?((?:19|20)\d\d)"
                     r"((?:,? under my (?:supervision|guidance))?)$", re.I)


_COURSE_LENGTH = lazy(r"(?i)^(\d+|two|three|four|five|six) (years?|months?|weeks?) (?:of )?(?:an? )?"
                      r"(apprenticeship|residency|internship|traineeship|fellowship|placement)$")


def _course_length(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    """"3 years apprenticeship": "He did a 3-year apprenticeship." """
    found = _COURSE_LENGTH.match(note)
    if not found:
        return None
    unit = found.group(2).lower().rstrip("s")
    return Said(f"{subject} did {indefinite(f'{found.group(1).lower()}-{unit} {found.group(3).lower()}')}.",
                "result")  # "did", never "completed": the note does not say it ended (review)


def _degree_years(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    """"PhD 2017-2021": "Her PhD ran from 2017 to 2021." """
    found = _DEGREE_YEARS.match(note)
    if not found:
        return None
    degree = found.group(1) if found.group(1)[1:] != found.group(1)[1:].lower() else found.group(1).lower()
    from datetime import date  # a course still running "runs" (review)
    runs = "runs" if int(found.group(3)) > date.today().year else "ran"
    return Said(f"{cap(their)} {degree} {runs} from {found.group(2)} to {found.group(3)}"
                f"{',' + found.group(4).lstrip(',') if found.group(4) else ''}.", "result")


_SERVED_UNDER = lazy(r"(?i)^((?:about |over |nearly )?(?:\d+|two|three|four|five|six|seven|eight|nine|"
                     r"ten) (?:years?|months?|seasons?|tours?)) (under my (?:command|supervision|"
                     r"leadership|watch)|on my (?:team|crew|staff|ward|watch))$")


def _served_under(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    """"3 years under my command": "She served 3 years under my command." """
    found = _SERVED_UNDER.match(note)
    return Said(f"{subject} served {found.group(1)} {found.group(2)}.", "result") if found else None


# A measure of one's own: "GPA 3.9", "handicap 4", "IELTS 8.5".
_PERSONAL = lazy(r"^(GPA|CGPA|cumulative GPA|grade point average|handicap|IELTS|TOEFL|GRE|GMAT|"
                 r"LSAT|MCAT|final grade|final mark|class rank)(?: score)?(?: of)? ((?:\d[\d.,]*)"
                 r"(?:/\d+)?)( (?:in|at|on|across|over|for) .+)?$", re.I)


_PERSONAL_AFTER = lazy(r"^(\d[\d.,]*(?:/\d+|%)?) ((?:final |overall |exam |thesis |dissertation )?(?:mark|grade|"
                       r"score|GPA|CGPA))$", re.I)


def _personal_metric(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    after = _PERSONAL_AFTER.match(note)  # "96/100 final mark": "Her final mark was 96/100."
    if after:
        name = after.group(2) if after.group(2)[-3:].isupper() else after.group(2).lower()
        return Said(f"{cap(their)} {name} was {after.group(1)}.", "result")
    found = _PERSONAL.match(note)
    if not found:
        return None
    name = found.group(1) if found.group(1)[:2].isupper() else found.group(1).lower()
    return Said(f"{cap(their)} {name} was {found.group(2)}{found.group(3) or ''}.", "result")


# A service measure: one's own ("CSAT 96% in 2023, highest on the team": "His CSAT score was
# 96% in 2023, the highest on the team.") or the work's ("NPS 72": "NPS stood at 72."), never
# "The work was worth NPS 72" (reader 186).
_KPI = lazy(r"^(CSAT|NPS|eNPS|CES|FCR|AHT|OTIF|OEE|SLA compliance|QA score|quality score)(?: score)?(?: of| at|:)? "
            r"(\d[\d.,]*%?)((?: (?:in|for|over|across|during) [^,]+)?)(?:, (?:the )?((?:highest|best|top|lowest|"
            r"fastest) .+))?$")
_OWN_KPIS = frozenset({"CSAT", "FCR", "AHT", "QA score", "quality score"})
# Quota reached: "140% of quota 3 years running", "2x quota in 2022" (readers 185, 186).
_QUOTA = lazy(r"^(\d[\d.]*%|\d+(?:\.\d+)?x) (?:of )?(?:(?:his|her|their|annual|the) )?(?:sales )?quota(?! attainment)((?: .+)?)$")
# A paper's venue and year: "Nature Comms 2023" (reader 185).
_JOURNAL = lazy(r"^(?:(?:a |one )?(?:paper|article|publication) in )?(Nature(?: (?:Comms|Communications|Medicine|Genetics|"
                r"Methods|Physics|Chemistry|Neuroscience|Energy|Materials|Biotechnology|Microbiology|Climate Change))?|"
                r"Science(?: Advances)?|"
                r"Cell|PNAS|NEJM|The Lancet|Lancet|JAMA|BMJ|PLOS ONE|PLoS ONE|eLife|NeurIPS|ICML|ICLR|CVPR|"
                r"ACL|EMNLP|KDD|CHI)(?: paper)?,? ((?:19|20)\d\d)$")


def _kpi(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _KPI.match(note)
    if found:
        name, value, when, tail = found.groups()
        tail = f", the {tail}" if tail else ""
        if name in _OWN_KPIS:
            score = " score" if name == "CSAT" else ""
            return Said(f"{cap(their)} {name}{score} was {value}{when}{tail}.", "result")
        return Said(f"{name} stood at {value}{when}{tail}.", "result")
    found = _QUOTA.match(note)
    if found:
        value, rest = found.groups()
        times = {"2x": "twice", "3x": "three times"}.get(value, value[:-1] + " times" if value.endswith("x") else "")
        reached = f"{times} {their} quota" if times else f"{value} of quota"
        return Said(f"{subject} reached {reached}{rest}.", "result")
    found = _JOURNAL.match(note)
    if found:
        venue = shared(r"\bComms$").sub("Communications", found.group(1))
        return Said(f"{cap(their)} work appeared in {venue} in {found.group(2)}.", "result")
    return None


# A measure of the work and its level: "ridership 1.2M in year one", "uptime 99.95% over 18
# months", "96% fleet readiness for 18 months", "30% faster customs filing".
_MEASURE_NOUNS = frozenset("""ridership uptime availability readiness attendance occupancy
retention turnover churn compliance adherence accuracy yield utilisation utilization
throughput efficiency coverage satisfaction engagement membership enrolment enrollment
circulation readership viewership footfall revenue margin""".split())
_LEVEL = lazy(r"^([A-Za-z][\w -]{0,30}?) ((?:\d[\d.,]*(?:%|[kKmM]|bn)?))((?: (?:in|over|for|across|"
              r"during|by|within|after) .+)?)$")
_LEVEL_FIRST = lazy(r"^(\d[\d.]*%) ((?!(?:of|more|less|fewer|better|worse|higher|lower|faster|slower|"
                    r"cheaper|greater|smaller|larger)\b)(?:[a-z][\w-]* ){0,2}[a-z][\w-]*)((?: (?:in|over|for|"
                    r"across|during|by|within|after|on) .+)?)$")
_FASTER = lazy(r"^(\d[\d.]*%) (faster|quicker|cheaper|shorter|lower|higher|better|smaller|"
               r"larger) ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)$")


def _level(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    aside = shared(r" (\([^()]+\))$").search(note)  # "98% patient satisfaction (Press Ganey)":
    if aside:  # the level, then whose measure it is
        said = _level(note[:aside.start()], thing, subject, their)
        return Said(f"{said.sentence[:-1]} {aside.group(1)}.", said.place) if said else None
    quota = shared(r"(?i)^(\d[\d.]*%) of (quota|target|plan|goal|forecast)((?: (?:in|for|during) .+)?)$").match(note)
    if quota:  # "118% of quota": the person reached it
        return Said(f"{subject} reached {quota.group(1)} of {quota.group(2).lower()}{quota.group(3)}.", "result")
    found = _LEVEL.match(note)
    if found and found.group(1).split()[-1].lower() in _MEASURE_NOUNS:
        return Said(f"{_the(found.group(1))} was {found.group(2)}{found.group(3)}.", "result")
    found = _LEVEL_FIRST.match(note)
    if found and found.group(2).split()[-1] in _MEASURE_NOUNS:
        return Said(f"{_the(found.group(2))} was {found.group(1)}{found.group(3)}.", "result")
    found = _FASTER.match(note)
    if found and found.group(3).endswith(("ing", "ion", "time", "times")) and not shared(
            r"\b(?:in|on|at|for|of|with|by)\b").search(found.group(3)):
        return Said(f"{_the(found.group(3))} was {found.group(1)} {found.group(2)}.", "result")
    return None


def _the(measure: str) -> str:
    """A measure as a sentence's subject: "Uptime", "Fleet readiness", "The CLABSI rate"."""
    said = measure if measure[:2].isupper() or measure.split()[0][1:2].isupper() else lower_first(measure)
    if said.split()[-1].lower() in ("rate", "score", "time", "count", "ratio", "level", "share",
                                    "backlog", "cost", "costs", "budget"):
        return "The " + said  # "The CLABSI rate", "The wait time"
    return cap(said)


# "CLABSI rate down to zero for 11 months", "backlog down to 40 cases": "The CLABSI rate was
# down to zero for 11 months."
_DOWN_TO = lazy(r"^([A-Za-z][\w -]{0,30}?[a-z]) ((?:down|up) to (?:zero|nil|\d[\d.,]*%?\S*)(?: .+)?)$")


def _down_to(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _DOWN_TO.match(note)
    if not found or found.group(1).split()[-1].lower() not in _MEASURE_NOUNS | {
            "rate", "rates", "score", "time", "times", "backlog", "count", "costs", "cost",
            "waits", "wait", "errors", "defects", "complaints", "absences"}:
        return None
    subject_np = _the(found.group(1))
    be = "were" if found.group(1).endswith("s") and not found.group(1).endswith("ss") else "was"
    return Said(f"{subject_np} {be} {found.group(2)}.", "result")


# "rollout across 9 wards in 5 months", "exports to 6 new markets": what the work reached.
_REACHED = lazy(r"(?i)^(rollout|roll-out|expansion|exports?|distribution|coverage|service|"
                r"deployment) (?:across|to|into|in) ((?:\d[\d,]*|two|three|four|five|six|seven|eight|"
                r"nine|ten|all) (?:[a-z][\w-]* ){0,2}[a-z]+s)((?: (?:in|within|over|by) .+)?)$")


def _reached(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _REACHED.match(note)
    if not found:
        return None
    what = found.group(1).lower()
    what = "Exports" if what.startswith("export") else f"The {what}"  # never "Export reached"
    return Said(f"{what} reached {found.group(2)}{found.group(3)}.", "result")


# "site live in 6 weeks", "2 sites live in 5 months": they went live.
_LIVE = lazy(r"(?i)^((?:\d+|two|three|four|five|six|all) )?([a-z][\w-]*(?: [a-z][\w-]*)?) live "
             r"((?:in|within|after|by) .+)$")


def _live(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _LIVE.match(note)
    if not found or found.group(2).lower().split()[-1] not in _LAUNCHED:
        return None  # "Families live in 3 villages" is no launch (review)
    count = found.group(1)
    what = found.group(2).lower()
    if count:
        return Said(cap(f"{count}{what} went live {found.group(3)}."), "result")
    return Said(f"The {what} went live {found.group(3)}.", "result")


_LAUNCHED = frozenset("""site sites app apps system systems store stores module modules platform
platforms service services portal portals website websites clinic clinics branch branches feature
features product products line lines hub hubs network version release tool tools integration
integrations pipeline pipelines dashboard dashboards""".split())


# "handover 3 weeks ahead of schedule", "completion 2 months early".
_CAME = lazy(r"(?i)^(handover|hand-over|delivery|completion|launch|opening|go-live|cutover|"
             r"sign-off|handoff|first[ -]oil|first[ -]gas|first[ -]power|first[ -]steel|practical completion|"
             r"topping[ -]out) ((?:\d+|one|two|three|four|five|six) (?:days?|weeks?|months?) "
             r"(?:ahead of (?:schedule|time|plan)|early|before (?:the )?deadline)(?: in (?:[A-Z][a-z]+ )?(?:19|20)\d\d)?)$")


def _came(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _CAME.match(note)
    if not found:
        return None
    what = found.group(1).lower().replace("first-", "first ").replace("topping-out", "topping out")
    the = "" if what.startswith("first ") else "the "  # "First oil came two weeks ahead of schedule"
    return Said(cap(f"{the}{what} came {found.group(2)}."), "result")


# "MAD 1.2m budget", "$40k budget", "₦18m in sales", "PLN 3.1M additional revenue".
_MONEY = r"((?:[A-Z]{3} |[A-Z]/ ?|[$\u20ac\u00a3\u00a5\u20b9\u20a6])\d[\d.,]*(?:[kKmM]|bn| million| billion)?)"
_BUDGET = lazy(rf"^{_MONEY} (budget|grant|contract|deal|award)$")
_WON = lazy(rf"^{_MONEY} ((?:[A-Z][\w&-]* ){{0,3}}(?:research )?(?:grant|award))$")  # a contract
#   or a tender may be run or bid, never said "won" (review)
_WORTH = lazy(rf"^{_MONEY}(?: (package|contract|programme|program|portfolio|grants|fund|project|deal|order|"
              rf"tender|bid|scheme|capex|investment))?((?: (?:across|for|over|in) [^,;]+)?)$")
_TOTAL = lazy(rf"^{_MONEY} (?:in )?((?:new |additional |extra |annual |recurring )?(?:sales|revenue|"
              rf"savings|funding|donations|bookings|pipeline))((?: (?:in|over|for|across|during) .+)?)$")


def _money(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _BUDGET.match(note)
    if found and found.group(2) == "budget":
        return Said(f"The budget was {found.group(1)}.", "scope")
    found = _WON.match(note)  # "$1.2M NSF grant": "The work won a $1.2M NSF grant."
    if found:
        return Said(f"The work won {indefinite(found.group(1))} {found.group(2)}.", "result")
    found = _TOTAL.match(note)
    if found:
        what = found.group(2)
        what = f"the {what}" if what.split()[-1] in ("pipeline",) else what  # "The pipeline"
        return Said(f"{cap(what)} came to {found.group(1)}{found.group(3)}.", "result")
    found = _WORTH.match(note)
    if found:  # "SAR 210m package", "NZD 4.5m across 6 islands": what the work was worth, never
        what = found.group(2) or "work"  # dropped (reader 174)
        plural = what.endswith("s") and not what.endswith("ss")
        return Said(f"The {what} {'were' if plural else 'was'} worth {found.group(1)}{found.group(3) or ''}.", "scope")
    return None


# "average install 6 weeks": "The average install took 6 weeks."
_AVERAGE = lazy(r"(?i)^(average|mean|median|typical) ([a-z][\w -]{1,25}?) ((?:under |about |just )?\d[\d.]* "
                r"(?:minutes?|mins|hours?|days?|weeks?|months?))$")


def _average(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _AVERAGE.match(note)
    if not found:
        return None
    task = found.group(2).lower().split()[-1] in ("install", "installation", "build", "turnaround",
                                                  "repair", "fix", "delivery", "onboarding",
                                                  "fit-out", "setup", "set-up", "changeover",
                                                  "response", "close")
    return Said(f"The {found.group(1).lower()} {found.group(2).lower()} {'took' if task else 'was'} "
                f"{found.group(3)}.", "result")  # "The average stay was 4 days."


# "from 0 to 20k farmers": "The number of farmers grew from 0 to 20k."
_GREW = lazy(r"(?i)^from (\d[\d,.]*[kKmM]?) to (\d[\d,.]*[kKmM]?\+?) ((?:[a-z][\w-]* )?[a-z]+s)"
             r"((?: (?:in|within|over|by) .+)?)$")


def _grew(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _GREW.match(note)
    if not found:
        return None
    went = "grew" if _figure(found.group(2)) >= _figure(found.group(1)) else "fell"  # "From 14 to
    #   3 vacancies" fell, never "grew" (review)
    return Said(f"The number of {found.group(3).lower()} {went} from {found.group(1)} to "
                f"{found.group(2)}{found.group(4)}.", "result")


def _figure(text: str) -> float:
    """"20k" is 20,000; "1.2M" 1,200,000."""
    found = shared(r"([\d,.]+)([kKmM]?)").match(text)
    number = float(found.group(1).replace(",", "") or 0)
    return number * {"k": 1e3, "m": 1e6}.get(found.group(2).lower(), 1)


# "thesis on mobile money in Nigeria": "Her thesis was on mobile money in Nigeria."
_TOPIC = lazy(r"(?i)^(thesis|dissertation|capstone|capstone project|final project|research|"
              r"master's thesis|PhD thesis|honours thesis|senior thesis) (?:was )?(on|about|into) (.+)$")


def _topic(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _TOPIC.match(note)
    if not found:
        return None
    work = found.group(1) if "PhD" in found.group(1) else found.group(1).lower()
    return Said(f"{cap(their)} {work} was {found.group(2).lower()} {found.group(3)}.", "result")


# "the top mark in a class of 85", "highest score in the cohort".
_TOP = lazy(r"(?i)^(?:the )?((?:top|highest|best) (?:mark|grade|score|result|marks|grades)) "
            r"((?:in|of|across) .+)$")


def _top_mark(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _TOP.match(note)
    if not found:
        return None
    return Said(f"{subject} earned the {found.group(1).lower()} {found.group(2)}.", "result")


# "5-star TripAdvisor rating for 2 years running": the place held it.
_STARS = lazy(r"(?i)^((?:\d(?:\.\d)?)-star (?:[A-Za-z][\w'.-]* )?rating)((?: (?:for|on|in|over|since) .+)?)$")


def _star_rating(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _STARS.match(note)
    if not found or not thing:
        return None
    return Said(f"{cap(thing)} held {indefinite(found.group(1))}{found.group(2)}.", "result")


# A standard met: "WCAG AA across all screens", "ISO 9001 on the first audit".
_STANDARD = lazy(r"^((?:WCAG(?: 2\.\d)?(?: AAA?)?|ISO \d{4,5}(?::\d{4})?|HIPAA|GDPR|SOC 2(?: Type (?:I|II|1|2))?|"
                 r"PCI[- ]DSS|HACCP|BRCGS?|FSC|GMP)(?: compliance)?)((?: (?:across|on|at|in|for|by|"
                 r"within) .+)?)$")


def _standard(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _STANDARD.match(note)
    if not found:
        return None
    doer = cap(thing) if thing else "The work"
    standard = found.group(1)
    if not shared(r"\d|\b(?:AAA?|compliance|Type)\b").search(standard):
        if not found.group(2):
            return None  # a bare "HACCP" may be a skill or a course, no standard met (review)
        standard += " requirements"  # "met HACCP requirements", never "met HACCP" (review)
    return Said(f"{doer} met {standard}{found.group(2)}.", "result")


# A prize won: "Best poster at ASA 2023", "Young Architect Award 2022", "Bib Gourmand in Year 1".
_AWARD = lazy(r"^((?:[Bb]est|[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,4}) (?:[a-z][\w-]* ){0,2}?(?:poster|paper|"
              r"talk|presentation|[Aa]ward|[Pp]rize|[Mm]edal|[Tt]rophy)|Bib Gourmand|(?:a )?Michelin star)"
              r"((?: (?:at|in|for|from) .+| (?:19|20)\d\d)?)$")


def _award(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _AWARD.match(note)
    if not found:
        return None
    prize = found.group(1)
    when = found.group(2)
    if shared(r"^ (?:19|20)\d\d$").match(when):
        when = f" in{when}"  # "Young Architect Award 2022": in 2022
    if prize in ("Bib Gourmand",) or prize.endswith("Michelin star"):
        if not thing:
            return None  # a restaurant's honour, which the person did not win alone
        return Said(f"{cap(thing)} earned {indefinite(shared(r'^a ').sub('', prize))}{when}.", "result")
    said = lower_first(prize) if prize.split()[0] == "Best" else prize
    said = said if said.split()[0] in ("best",) else f"the {said}"
    return Said(f"{subject} won {said}{when}.", "result")  # "She won best poster at ASA 2023."


# Two people who were something together: "Lab partners for 2 semesters".
_PAIR = lazy(r"(?i)^(lab partners|partners|business partners|teammates|classmates|flatmates|roommates|co-authors|study partners|"
             r"co-founders|co-leads|bandmates|crewmates|shipmates|desk mates|deskmates|co-teachers) "
             r"((?:for|since|in|at|on|during|through) .+)$")


def _pair(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _PAIR.match(note)
    if not found:
        return None
    be = "have been" if found.group(2).lower().startswith("since") else "were"
    return Said(f"We {be} {found.group(1).lower()} {found.group(2)}.", "result")  # "We were lab
    #   partners for 2 semesters." (reader 132)


# A step up: "Analyst -> associate in 2 years", "nurse to charge nurse in 18 months".
_PROMOTED = lazy(r"(?i)^([a-z][\w -]{1,30}?) ?(?:->|\u2192|=>|to) ?([a-z][\w -]{1,30}?)((?: (?:in|within|after) .+)?)$")


def _promoted(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _PROMOTED.match(note)
    if not found or not all(w.split()[-1].lower() in ROLE_WORDS for w in found.group(1, 2)):
        return None
    return Said(f"{subject} went from {lower_first(found.group(1))} to {lower_first(found.group(2))}"
                f"{found.group(3)}.", "result")  # "She went from analyst to associate in 2 years."


# "on budget", "under budget and on time": how the work came in.
_ON_BUDGET = lazy(r"(?i)^((?:on|under|within) budget|on (?:time|schedule)|ahead of schedule)"
                  r"((?: and (?:on|under|within|ahead of) (?:budget|time|schedule))?)$")


def _on_budget(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    by = shared(r"(?i)^(under|over) budget by (\S+%|[$\u00a3\u20ac]\S+)$").match(note)
    if by:  # "Under budget by 8%": "The work came in 8% under budget." (reader 144)
        return Said(f"The work came in {by.group(2)} {by.group(1).lower()} budget.", "result")
    found = _ON_BUDGET.match(note)
    if not found:
        return None
    return Said(f"The work came in {found.group(1).lower()}{found.group(2).lower()}.", "result")
    #   never "I would also point to the on budget." (reader 133)


# An event the work was done in: "ransomware attack in Feb 2022", "Haiyan response 2013".
_EVENT = lazy(r"(?i)^(?:the )?((?:[a-z][\w-]* ){0,3}(?:attack|outbreak|flood|floods|fire|fires|storm|earthquake|"
              r"cyclone|hurricane|typhoon|breach|incident|strike|recall|crisis|pandemic|outage|"
              r"evacuation|drought)) (in (?:[A-Z][a-z]+\.? )?(?:19|20)\d\d)$")


def _event(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _EVENT.match(note)
    if not found:
        return None
    return Said(f"This was during the {lower_first(found.group(1))} {found.group(2)}.", "scope")


# "2019-2023 on my team": the writer's tie, the years typed first.
_YEARS_FIRST = lazy(r"(?i)^((?:19|20)\d\d) ?[-\u2013] ?((?:19|20)\d\d),? ((?:on|in) my (?:team|unit|crew|lab|class|"
                    r"ward|squad|department)|under me|under my (?:command|supervision))$")


def _years_first(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _YEARS_FIRST.match(note)
    if not found:
        return None
    be = "were" if subject == "They" else "was"
    return Said(f"{subject} {be} {found.group(3).lower()} from {found.group(1)} to {found.group(2)}.",
                "result")  # "He was on my team from 2019 to 2023." (reader 134)


# A post the person held on the work, with no time: "foreman on a 30-person crew".
_POST = lazy(r"(?i)^((?:night |day |senior |lead |deputy |assistant |head )?(?:foreman|forewoman|supervisor|"
             r"team lead|shift lead|lead|captain|vice-captain|chair|treasurer|secretary|coordinator|"
             r"charge nurse|crew chief|site manager|project manager|section leader|first violin|"
             r"principal|concertmaster|stage manager|head chef|sous chef|team leader)) ((?:on|of|for|at|with) "
             r"(?:(?:a|an|the|our|my) .+|\d[\d,]*-(?:person|strong|member) [a-z]+))$")
# A place open, running or live since a time: "clinic open 24/7 since 2021".
_OPEN_SINCE = lazy(r"(?i)^(?:the )?([a-z][\w -]*?) (open|running|live|operating|operational|in operation) "
                   r"((?:24/7 |daily |every day |year-round )?since (?:19|20)\d\d|(?:24/7 |daily )?since [A-Z][a-z]+ (?:19|20)\d\d)$")


# A time for the work to pay for itself: "ROI in 2 seasons", "payback within 18 months".
_PAYBACK = lazy(r"(?i)^(?:full |positive )?(?:ROI|return on investment|payback|paid back|break-?even)"
                r"(?: reached| achieved)? (?:in|within|after) ((?:under |less than |about |just )?(?:\d[\d.]*|a|an|one|two|"
                r"three|four|five|six) (?:[a-z]+ )?(?:days?|weeks?|months?|years?|seasons?|quarters?|harvests?|"
                r"terms?))$")  # not "ROI in excess of 300%"
# A place among the nominated or the winners: "ACL best paper nominee", "Pulitzer finalist".
_HONOUREE = lazy(r"^(?!(?:a|an|the|one|two|three|our|my|\d)\b)(?!.*\b(?:was|is|were|are)\b)((?:[\w'&.-]+ ){1,5}(?:nominee|finalist|"
                 r"semi-finalist|semifinalist|runner-up|laureate|honoree|honouree))(?: ((?:19|20)\d\d))?$")
# A student of the writer's: "student in my conducting class 2018-2020".
_MY_STUDENT = lazy(r"(?i)^(?:an? )?(student|pupil|apprentice|trainee|intern|mentee|tutee) (in|on|at|with|"
                   r"from) ((?:my|our) [\w' -]+?)(?: (from (?:19|20)\d\d to (?:19|20)\d\d|"
                   r"(?:19|20)\d\d ?[-\u2013] ?(?:19|20)\d\d|in (?:19|20)\d\d))?$")


# Sites and charts that score work, as their owners spell them.
_SITES = {"metacritic": "Metacritic", "opencritic": "OpenCritic", "imdb": "IMDb", "rotten tomatoes":
          "Rotten Tomatoes", "steam": "Steam", "app store": "App Store", "google play": "Google Play",
          "play store": "Play Store", "google play store": "Google Play Store",
          "tripadvisor": "TripAdvisor", "trustpilot": "Trustpilot", "yelp": "Yelp", "google": "Google",
          "glassdoor": "Glassdoor", "booking.com": "Booking.com"}
_SITE_NAMES = "|".join(re.escape(site) for site in sorted(_SITES, key=len, reverse=True))
# A score on a site or a chart: "Metacritic 84", "Steam rating 94% positive", "IMDb 7.9".
_SITE_SCORE = lazy(rf"(?i)^({_SITE_NAMES})(?: (score|rating|reviews?))?:? "
                   r"(\d[\d.]*(?:%|/\d+| stars?)?(?: (?:positive|fresh|average))?)((?: (?:in|after|at|on|by|within) .+)?)$")
# A rating and the site after it: "4.7 on Google after year one".
_RATED = lazy(r"(?i)^(\d\.\d)(?:/5)? (?:star )?rating$")  # "4.7 rating": the rating, no site
_RATED_ON = lazy(rf"(?i)^(?:rated )?(\d\.\d)(?: stars?| rating| star rating| average)? on "
                 rf"((?:the )?(?:{_SITE_NAMES}))\b(.*)$")


def _site_score(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _SITE_SCORE.match(note)
    if not found:
        return None
    kind = (found.group(2) or ("score" if found.group(1).lower() in ("metacritic", "opencritic")
                                else "rating")).lower().replace("reviews", "rating").replace("review", "rating")
    when = shared(r"^ (in|after|by|within) (first|second|third|final|last|opening) ").sub(r" \1 the \2 ",
                                                                                          found.group(4))
    return Said(f"The {_SITES[found.group(1).lower()]} {kind} was {found.group(3)}{when}.",
                "result")  # "The Metacritic score was 84.", never "Metacritic was 84." (reader 146)


def _payback(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _PAYBACK.match(note)
    return Said(f"The work paid for itself within {found.group(1)}.", "result") if found else None
    #   never a bullet "ROI in 2 seasons" (reader 143)


def _honouree(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _HONOUREE.match(note)
    if not found:
        return None
    be = "were" if subject == "They" else "was"
    title = found.group(1) if found.group(1)[:1].isupper() and not found.group(1)[1:2].islower() \
        or not found.group(1)[:1].isupper() else lower_first(found.group(1))
    when = f" in {found.group(2)}" if found.group(2) else ""
    return Said(f"{subject} {be} {indefinite(title)}{when}.", "result")  # "She was an ACL best
    #   paper nominee.", never a bullet (reader 144)


def _my_student(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _MY_STUDENT.match(note)
    if not found:
        return None
    be = "were" if subject == "They" else "was"
    when = found.group(4) or ""
    years = shared(r"((?:19|20)\d\d) ?[-\u2013] ?((?:19|20)\d\d)").fullmatch(when)
    when = f" from {years.group(1)} to {years.group(2)}" if years else f" {when}" if when else ""
    role = found.group(1).lower()
    return Said(f"{subject} {be} {'an' if role[0] in 'aeiou' else 'a'} {role} {found.group(2).lower()} "
                f"{found.group(3)}{when}.", "scope")  # "He was a student in my conducting class
    #   from 2018 to 2020.", never a bullet (reader 143)


def _honours(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    """A grade typed alone: "distinction" is one they earned, never "I would also point to the
    distinction." (reader 163); "cum laude" is how they graduated."""
    found = shared(r"(?i)^(?:a |with |graded |got |awarded )?(high distinction|distinction|merit|"
                   r"first[- ]class(?: honours| honors)?|1st class(?: honours| honors)?|summa cum laude|"
                   r"magna cum laude|cum laude)$").match(note)
    if not found:
        return None
    grade = found.group(1).lower()
    if grade.endswith("laude"):
        return Said(f"{subject} graduated {grade}.", "scope")
    grade = shared(r"^(?:1st|first)[- ]class").sub("first-class", grade)
    grade = grade if " " in grade and grade.startswith("first") else indefinite(grade)
    return Said(f"{subject} earned {grade}.", "scope")


def _post(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _POST.match(note)
    if not found:
        return None
    be = "were" if subject == "They" else "was"
    where = shared(r"^(\S+) (\d)").sub(r"\1 a \2", found.group(2))  # "on 40-person crew": on a
    return Said(f"{subject} {be} {found.group(1).lower()} {where}.", "scope")  # "He was
    #   foreman on a 30-person crew.", never a bullet of one (reader 137)


def _open_since(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    found = _OPEN_SINCE.match(note)
    if not found or found.group(1).split()[0].lower() in ("she", "he", "they", "i", "we", "her", "his",
                                                          "their", "my", "our", "its") \
            or not found.group(1)[1:].islower():  # "Bar Italia open since 1949" is a name
        return None
    plural = found.group(1).endswith("s") and not found.group(1).endswith("ss")
    return Said(f"The {lower_first(found.group(1))} {'have' if plural else 'has'} been {found.group(2)} "
                f"{found.group(3)}.", "result")  # "The clinic has been open 24/7 since 2021."


# A milestone kept or a clean run: "go-live on schedule", "ledger migration zero downtime".
_KEPT = lazy(r"(?i)^(?:the )?([a-z][\w-]*(?: [a-z][\w-]*){0,2}) (on|ahead of|behind) (schedule|time|budget)$")
_CLEAN_RUN = lazy(r"(?i)^(?:the )?([a-z][\w-]*(?: [a-z][\w-]*){0,2}) (zero|no) ([a-z][\w -]*)$")
_TIMES = lazy(r"(?i)^([a-z][\w-]*(?: [a-z][\w-]*)?) (\d+(?:\.\d+)?)x$")


def _age(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    """"16 years old", "age 17": how old the person was then (reader 178), never a list line."""
    found = shared(r"(?i)^(?:aged? )?(1\d|[2-9]\d)(?: ?(?:years?|yrs?) old| ?y/?o)?$").match(note)
    if not found or not shared(r"(?i)\b(?:old|aged?|y/?o)\b").search(note):
        return None
    return Said(f"{subject} {'were' if subject == 'They' else 'was'} {found.group(1)} at the time.", "scope")


def _first_job(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    """"first job", "her first role": whose first it was (reader 178)."""
    found = shared(r"(?i)^(?:an? |his |her |their )?(first (?:ever )?(?:job|role|placement|internship|"
                   r"paid job|full-time job|job out of school|job after (?:school|university|college)))$").match(note)
    return Said(f"It was {their} {found.group(1).lower()}.", "scope") if found and their != "the" else None


def _kept(note: str, thing: str | None, subject: str, their: str) -> Said | None:
    kept = _KEPT.match(note)
    if kept and kept.group(1).split()[0].lower() not in ("she", "he", "they", "i", "we", "delivered",
                                                          "finished", "completed", "came"):
        return Said(f"The {lower_first(kept.group(1))} was {kept.group(2).lower()} {kept.group(3).lower()}.",
                    "result")  # "The go-live was on schedule." (reader 141)
    clean = _CLEAN_RUN.match(note)
    if clean and word_class(clean.group(1).split()[-1].lower()) == "N" and clean.group(1).split()[0].lower() not in (
            "she", "he", "they", "i", "we") and not (clean.group(1).split()[-1][:1].isupper()
                                                      and clean.group(2)[:1].isupper()):  # "Day Zero
        #   campaign" is a name, never "The day had zero campaign" (reader 171)
        return Said(f"The {lower_first(clean.group(1))} had {clean.group(2).lower()} {clean.group(3)}.",
                    "result")  # "The ledger migration had zero downtime." (reader 142)
    times = _TIMES.match(note)
    if times:
        return Said(f"{cap(times.group(1))} grew {times.group(2)}x.", "result")  # "revenue 3x"
    return None


def _parts(note: str) -> list[str]:
    """A note of two notes ("1.2M man-hours, zero LTIs") as two; "3 retreats, about 150
    teenagers each" as one count ("3 retreats of about 150 teenagers each")."""
    each = shared(r"(?i)^(\S+ [a-z][\w -]*?s), ((?:about |around |up to |roughly )?\d[\d,]* [a-z][\w -]*?) "
                  r"(each|apiece)$").match(note)
    if each:
        return [f"{each.group(1)} of {each.group(2)} {each.group(3)}"]
    parts = [p.strip() for p in note.split(", ")]
    if len(parts) == 2 and shared(r"^(?:about |over |nearly )?(?:\d+|two|three|four|five|six) (?:[a-z]+ )?(?:days|weeks|months|"
                                  r"years|summers|winters|seasons|terms|semesters)$").match(parts[0]) \
            and shared(r"^(?:about |over |nearly )?\d[\d,]*\+? [a-z][a-z -]*s$").match(parts[1]):
        return [f"{parts[1]} over {parts[0]}"]  # "2 lambing seasons, 800 ewes": 800 ewes over 2
        #   lambing seasons, never left out (reader 192)
    if len(parts) == 2 and COUNT.match(parts[0]) and shared(r"(?i)^(?:zero|no) ").match(parts[1]):
        return parts  # "1.2M man-hours, zero LTIs"
    if len(parts) == 2 and shared(r"^\d[\d,]*\+? [a-z][a-z -]*s$").match(parts[0]):
        if shared(r"^(?:about |over |nearly )?\d+ (?:days|weeks|months|years)$").match(parts[1]):
            return [f"{parts[0]} over {parts[1]}"]  # "4 firms, 9 months": 4 firms over 9 months
        if shared(r"^[a-z][a-z-]*(?: [a-z][a-z-]*)?s$").match(parts[1]) and not shared(
                r"^(?:mostly|mainly|largely|chiefly|primarily|partly|nearly|almost|roughly|"
                r"one|two|three|four|five|six|seven|eight|nine|ten|many|several|all|"
                r"both|most|some|few|including)\b").match(parts[1]):
            return [f"{parts[0]} and {parts[1]}"]  # "200+ instruments, daily reports"
    return [note]


def _merged(said: list[Said]) -> list[Said]:
    """Counts said with the same frame in one sentence: "Her work included 12 hubs and 30k
    parcels a day.", never the frame twice in a row."""
    items: dict[str, list[str]] = {}
    out: list[Said | str] = []
    for item in said:
        frame = _FRAME.match(item.sentence)
        if not frame:
            out.append(item)
            continue
        if frame.group(1) not in items:
            items[frame.group(1)] = []
            out.append(frame.group(1))
        items[frame.group(1)].append(item.sentence[frame.end():].rstrip("."))
    return [Said(f"{_were(o, items[o])} {join(items[o])}.", "record" if o.startswith("On ") else "scope")
            if isinstance(o, str) else o for o in out]


def _were(frame: str, items: list[str]) -> str:
    """"there was zero downtime and no injuries": two things were."""
    return frame.replace(" was", " were") if len(items) > 1 else frame


_FRAME = lazy(r"^((?:The work|Her work|His work|Their work) (?:included|covered)|On (?:her|his|their) "
              r"watch, there (?:were|was)) ")


# ---- counts (used by the composer for a result typed as a strength, too) -------------------

# A rate, which a note keeps as typed: "3,000 cartons a day", "280 covers a night".
RATE = lazy(r"\b(?:a|an|per|each|every) (?:day|night|week|month|year|shift|hour|minute|second|"
            r"term|season|quarter|session)\b")

# Places and units a piece of work spans: "The work covered 8 villages."
_SCOPE = frozenset("""villages towns cities districts regions provinces counties states countries
centres centers
sites schools clinics hospitals wards stations farms stores branches offices silos
warehouses depots ports campuses communities municipalities houses homes flats apartments
buildings bridges plants factories mills mines markets cows cattle sheep ewes lambs
goats pigs sows hens chickens hives horses vineyards orchards estates plantations paddocks
fields greenhouses venues stages locations outlets restaurants hotels shops libraries kitchens labs
workstations devices laptops servers systems e-services pipelines machines vehicles trucks festivals
events shows tournaments conferences concerts exhibitions fairs kiosks terminals rows records
tables datasets databases files documents invoices accounts transactions SKUs skus parcels
shipments containers vans lorries buses ambulances routes entities subsidiaries employees payslips""".split())  # "40 million rows":
#   what a migration covered (reader 160); "40 vans": what a route optimisation did (reader 161)

# A note that counts things: "4,000 visitors in the first month", "over 2,000 surgeries",
# "no failed inspections in 5 years".
COUNT = lazy(r"(?i)(?:(?:over|about|nearly|almost|around|more than|up to) )?(?:[\d][\d,.]*\+?(?:k|m|bn)?"
              r"|no|zero|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundreds|"
              r"thousands|dozens) [a-z]")

# What a person did or had, counted, and the verb that says so: "He completed 2 deployments."
_THEIRS = {**dict.fromkeys("deployment tour rotation mission voyage expedition sortie".split(), "completed"),
           "client": "had", "file": "handled", "claim": "handled", "case": "handled", "article": "wrote",
           "mile": "logged",
           **dict.fromkeys("frame illustration drawing sprite animation storyboard render translation "
                           "transcript episode".split(), "produced")}

_RECORD = lazy(r"^\S.*? (?:were|was|had) (?:zero|no)\b|^On \w+ watch, no\b")


def count_sentence(note: str, thing: str | None = None, their: str = "the",
                   venue: str | None = None) -> str | None:
    """One note that counts things, said as what the work had or took in: "The work covered 8
    villages.", "The Dubai tower fit-out had 28 storeys.", "Her work included 6 public
    meetings.", "The work had zero downtime."; None for anything else: a rate ("3,000 cartons a
    day"), two counts ("4 firms, 9 months") or a note in the requester's voice. `venue` is the
    place the project names, if any ("restaurant"): what it served or earned is its own."""
    who = {"her": "She", "his": "He", "their": "They"}.get(their)
    given = shared(r"(?i)^((?:about |over |nearly |some )?[\d,.]+[kK]?\+?) (people|households|families|homes|villages|"
                   r"schools|students|children|patients|residents|farmers|communities) (?:now )?with (?:access to )?(.+)$").match(note)
    if given:  # "18,000 people with clean water": the work gave it to them (reader 174)
        return f"The work gave {given.group(1)} {given.group(2)} {given.group(3)}."
    rated = shared(r"(?i)^(\d(?:\.\d)?)(?: ?/ ?5| stars?)? ((?:app store|app|play store|google play|google|tripadvisor|yelp|"
                   r"trustpilot|booking\.com|customer|guest|user|patient|student) (?:rating|score|review score))$").match(note)
    if rated:  # "4.8 app store rating": the rating reached it, never "Her work included 4.8 app
        return f"The {rated.group(2)} reached {rated.group(1)}."  # store rating" (reader 173)
    cohort = shared(r"(?i)^(?:the )?((?:19|20)\d\d(?:[-/]\d\d)? (?:cohort|intake|class|batch|"
                    r"graduating class|year group)(?: of \d+)?)$").match(note)
    if who and cohort:  # "2022 cohort": the group they were in, never "His work included 2022
        return f"{who} {'were' if who == 'They' else 'was'} in the {cohort.group(1)}."  # cohort"
    if who and shared(r"(?i)^one of (?:the )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                      r"twenty|fifty|a hundred) (?:[a-z-]+ )?(?:[a-z]+(?:ers|ors|ists|ants|ents|ees|ians)|people|"
                      r"women|men|students|fellows|scholars|nurses|doctors|recipients|finalists|winners|"
                      r"members|candidates|applicants|trainees|interns|officers|pilots|chefs)\b").match(note):
        return f"{who} {'were' if who == 'They' else 'was'} {lower_first(note)}."  # "one of 40
        #   students", never "The exchange had a one of 40 students" (reader 139)
    span = shared(r"(?i)^((?:about |over |nearly |almost )?(?:\d+|two|three|four|five|six|seven|eight|nine|"
                  r"ten|twelve) (?:years?|months?|weeks?|days?|seasons?)) of (?:work|effort|"
                  r"fieldwork|preparation|prep|planning|litigation|research)$").match(note)
    if span:  # "18 months of work": how long it took, never "The litigation had 18 months of
        return f"The work took {span.group(1)}."  # work." (reader 122)
    if shared(r"(?i)^(?:about |over |nearly |almost )?(?:\d+|two|three|four|five|six|seven|eight|nine|"
              r"ten|twelve) (?:days|weeks|months|years|weekends|seasons|winters|summers|terms|"
              r"semesters)$").match(note):  # "9 days", "3 winters": how long the work ran
        return f"The work spanned {lower_first(note)}."
    if shared(r"(?i)^(?:about |over |nearly )?\S+ (?:years?|months?|weeks?|days?|hours?|yrs?|mos?) (?!of\b)\S").match(note) \
            and not shared(r"(?i)\b(?:early|ahead of|before)\b").search(note):
        return None  # "5 years running", "3 years Spanish": a time and what, no count of the
        #   work's (review)
    group = shared(r"^([A-Za-z][\w-]*(?: [\w-]+){0,2}) of (\d[\d,]*)(?: ([a-z][\w -]*))?$").match(note)
    if group and not shared(r"(?i)\b(?:in|on|at|for|with|from)\b").search(note) \
            and not shared(r"(?i)\bof (?:19|20)\d\d|^(?:rank|ranked|top|place|position|no\.?)\b").search(note) \
            and not shared(r"(?i)\b(?:my|our)\b").search(note):  # "herd of 180", "Year 4 class
        said = lower_first(note) if not note[:2].isupper() and not shared(  # of 28", "team of 11"
            r"^\S+ \d").match(note) else note
        said = said if said[:1].isdigit() else indefinite(said) if said[:1].islower() \
            else ("an " if said[:1] in "AEIOU" else "a ") + said  # "a Year 4 class of 28"
        if thing and group.group(1).split()[-1].lower() == thing.split()[-1].lower() \
                and group.group(1).split()[-1].lower() in ("registry", "register", "database", "dataset",
                                                           "archive", "collection", "catalogue", "catalog",
                                                           "survey", "study", "trial", "census", "portfolio") \
                and group.group(3):  # "registry of 45,000 patients" of the registry: what it
            return f"{cap(thing)} covered {group.group(2)} {group.group(3)}."  # covered, never
        #   "The Chennai diabetes registry had a registry of ..." (reader 159)
        if thing and not _activity(thing) and group.group(1).lower() not in (
                "team", "crew", "squad", "staff", "unit"):  # "team of 35" was the person's work,
            #   never "The customer service centre had a team of 35." (reader 143)
            return f"{cap(thing)} had {said}."
        if group.group(1).split()[-1].lower() not in _GROUPS:
            return None  # "One of 3 finalists", "Winner of 3 awards": no group (review)
        return f"The work involved {said}."
    people_team = shared(r"(?i)^(\d+)-(person|strong|member|people) (team|crew|unit|squad)$").match(note)
    if people_team:  # "4-person team": "The work involved a 4-person team."
        return f"The work involved a {lower_first(note)}."
    bare_rating, rated = _RATED.match(note), _RATED_ON.match(note)
    if bare_rating or rated:  # "4.7 on Google after year one", "4.7 rating on Play Store", "4.7
        #   rating": the rating, never "Her work included 4.7 ..." (readers 151, 159)
        site = f"{_SITES[rated.group(2).lower().removeprefix('the ')]} " if rated else ""
        whose = f"The {venue}'s" if venue else "The"  # "The restaurant's Google rating"
        found = rated or bare_rating
        return f"{whose} {site}rating was {found.group(1)}{rated.group(3) if rated else ''}."
    if not COUNT.match(note) or shared(r"(?i)\b(?:I|my|me|mine|myself)\b").search(note):
        return None
    early = shared(r"(?i)^((?:about |over |nearly )?\S+ (?:days?|weeks?|months?)) (early|ahead of (?:schedule|"
                   r"time|plan)|before (?:the )?deadline)$").match(note)
    if early:  # "2 weeks ahead of schedule": when the work came in, never what it included
        return f"The work came in {early.group(1)} {early.group(2)}."
    said = lower_first(note).rstrip(".")
    if who and shared(r"(?i)^(?:about |over |nearly )?(?:\d+\+?|a|one|two|three) (?:first[- ]author(?:ed)?|peer[- ]reviewed|"
                      r"co-authored) (?:papers?|articles?|publications?)(?: in [A-Z].*)?$").match(said):
        return f"{who} published {said}."  # "3 first-author papers" are the person's, never "The
        #   work produced" them (readers 143, 144)
    if shared(r"(?i)\b(?:papers?|articles?|publications?|patents?|chapters?|books?)\b").search(said) \
            and shared(r"^\S+ (?:[a-z-]+ )?(?:papers|articles|publications|patents|chapters|books)\b").match(said):
        return f"The work produced {said}."  # "2 papers, one in ACS Energy Letters"
    if shared(r"(?i)^(?:about |over |nearly )?[\d.,]+(?:k|m| million)? (?:[a-z]+ )?(?:(?:man|person|flight|"
              r"engine|labou?r|work)[- ])?hours\b(?! of)").match(said) and not shared(r"[,;] ").search(said):
        return f"The work logged {said}."  # "1.2 million safe man-hours" (reader 115)
    if RATE.search(note) and not shared(r"[,;] ").search(note):
        return _rate(said, venue, who)
    lost = shared(r"(?i)^(?:no|zero) (lost|damaged|stolen|missing|missed|broken) ((?:(?!(?:in|over|during|across|"
                  r"for|on|at|since|within)\b)[a-z][\w-]* ?)+?)((?: (?:in|over|during|across|for|on|at|since|"
                  r"within) .+)?)$").match(said)
    if lost and who and not _INCIDENTS.search(lost.group(2)) and lost.group(2).split()[0] not in ("time", "work"):
        #   "zero lost equipment": none of it was lost (reader 146); "zero lost time injuries"
        #   and "no lost property claims" are clean records
        plural = lost.group(2).endswith("s") and not lost.group(2).endswith("ss")
        return (f"On {their} watch, no {lost.group(2)} {'were' if plural else 'was'} "
                f"{lost.group(1).lower()}{lost.group(3)}.")
    if shared(r"(?i)^(?:no|zero) [a-z][\w ./-]*$").match(said) and not shared(r"[,;]").search(said):
        if not _INCIDENTS.search(said):
            return None  # "no prior experience" is no record of anyone's (review)
        watch = shared(r"(?i)\s+(?:on|under) (?:my|his|her|their) (?:watch|leadership)$")
        if their != "the":  # a clean record on the person's watch, never the place's alone
            return f"On {their} watch, there {amount(note) or 'were'} {watch.sub('', said)}."  # ("The care
        #   home had no med errors" read as the home's, reader 131)
        owner = cap(thing) if thing else "The work"  # "The kitchen relaunch had zero health
        return f"{owner} had {said}."  # code violations."
    if shared(r"[,;] ").search(note) \
            or shared(r"^[\d.,]+ ?(?:km|m|kg|t|mw|kw|gw|MW|kW|GW|ha|mi|ft|miles|metres|meters|tonnes|"
                      r"tons|hectares|acres)\b(?! of)").match(note) \
            or any(word_class(w) in ("V", "Z", "D") and w not in ("each", "apiece")
                   for w in note.lower().split()[2:]) \
            or shared(r"(?i)\b(?:now|still|of (?:her|his|their|the|my|our))\b").search(note):
        return None
    rating = shared(r"(?i)^([\d.]+) ?(?:stars?|/ ?5)(?: ((?:on|in|after|within|by) .+))?$").match(said)
    if rating:  # "4.7 stars on the App Store": a rating, never "There were 4.7 stars."
        whose = f"The {venue}'s rating" if venue else "The rating"
        return f"{whose} was {rating.group(1)} stars" + (f" {rating.group(2)}." if
                                                          rating.group(2) else ".")  # "The
        #   restaurant's rating was ...", never a rating of nothing named (reader 144)
    theirs = shared(r"^(?:about |over |nearly )?[\d,.]+\+?(?:k|m|M)? (?:[\w-]+ ){0,2}?([a-z]+?)s?(?: of duty)?$").match(said)
    verb = _THEIRS.get(theirs.group(1)) if theirs and who else None
    figure = shared(r"[\d,.]+[kKmM]?").search(said)
    if verb and theirs.group(1) == "case" and figure and _figure(figure.group(0)) >= 1000:
        verb = None  # "1,200 cases" in an outbreak are its cases, no one's caseload (review)
    if verb:  # "2 deployments", "140 online clients", "2,000 animation frames": the person's,
        return f"{who} {verb} {said}."  # never "His work included" (readers 138, 139)
    if shared(r"(?i)^(?:\d+|one|two|three|a) (?:hats?|rosettes?|toques?|(?:michelin )?stars?|forks?|"
              r"spoons?) (?:in|from) ").match(said):  # "2 hats in the Good Food Guide": earned,
        return f"The {venue or 'work'} earned {said}."  # never "Her work included" (reader 143)
    counted = shared(r"(?i)^(?:about |over |nearly |around )?[\d.,]+\+?(?:k|m)? ([a-z-]+)(?: ([a-z]+))?\b").match(said)
    owner = thing and (shared(r"(?i)\b(?:group|business|chain|company|firm|network|brand|portfolio)$").search(thing) or (
        shared(r"(?i)\b(?:startup|start-up|agency|studio|bank|charity|nonprofit|ngo|hospital|school|practice)$").search(thing)
        and shared(r"(?i)\b(?:employees|staff|people|members|volunteers|nurses|doctors|engineers|teachers)$").search(note)))
    if owner and counted and not shared(r"(?i)\b(?:in|on|at|of|with|for|over|across)\b").search(said):
        return f"{cap(thing)} had {said}."  # "The hotel group had 4 hotels." (review)
    named = counted and thing and (counted.group(2) or counted.group(1)).rstrip("s").lower() in {
        w.strip(",.()") for w in thing.split()} and len((counted.group(2) or counted.group(1))) > 3  # "14
    #   mini-grids" of the mini-grid rollout: what it covered; "the Southampton Boat Show" had its boats
    if named or counted and (counted.group(1) in _SCOPE or counted.group(2) in _SCOPE) or shared(
            r"(?i)^(?:about |over |nearly )?[\d.,]+\s?(?:km|kilometres|kilometers|miles|metres|meters|m|"
            r"hectares|ha|acres|sq ?m|square metres) of ").match(said):  # "8 villages", "6 km of
        return f"The work covered {said}."  #   culverts": what the work covered (reader 116)
    if shared(r"(?i)^(?:about |over |nearly |around )?[\d.,]+\s?(?:k\s?)?(?:sq\.? ?ft|square feet|sq\.? ?m|m2|m\u00b2|"
              r"square metres|square meters)$").match(said):
        return f"The work covered {said}."  # "140,000 sq ft": its floor area (reader 153)
    if _AUDIENCE.search(said):  # "280k visitors": what the work (the festival) drew
        return f"{cap(thing) if thing and not _activity(thing) else 'The work'} drew {said}."
    if shared(r"(?i)^\S+ (?:[a-z-]+ ){0,2}(?:titles|trophies|championships|cups|pennants|league titles)"
              r"(?: (?:in|over|across) .+)?$").search(said):
        return f"{cap(thing) if thing and not _activity(thing) else 'The team'} won {said}."  # "3
        #   regional titles": won, never "The club had 3 regional titles" (reader 145)
    if shared(r"(?i)^(?:about |over |nearly |around )?[\d.,]+\+?(?:k|m| million)? (?:[a-z-]+ )?(?:pages|words|"
              r"minutes|slides)$").match(said):
        return f"The work ran to {said}."  # "1,200 pages": its length, never "Her work included
        #   1,200 pages" (reader 151)
    if thing and not _activity(thing) and not _PARTIES.search(said) and not (shared(
            r"(?i)\b(?:week|fair|festival|show|expo|summit|conference|games|olympics|biennale|"
            r"triennale)\b(?: \S+)?$").search(thing) and shared(
            r"(?i)\b(?:looks|designs|pieces|garments|outfits|tracks|songs|dishes|paintings|photos|"
            r"works|sculptures)$").search(said)) and not shared(
            r"(?i)\b(?:in|on|at|of|with|for|over|across|during|within|per|a|an|together)\b").search(said) \
            and said.endswith("s") and not shared(
                r"(?i)\b(?:promotions?|awards?|prizes?|medals?|publications?|papers?|citations?|responses|"
                r"deployments|operations|missions|evacuations|rescues|campaigns|audits|"
                r"certifications?|degrees?|years?|months?|weeks?|nominations?|(?:co-)?authorships?)$").search(said):
        return f"{cap(thing)} had {said}."  # "The Dubai tower had 28 storeys." (reader 117)
    if shared(r"(?i)\b(?:nominations?|awards?|prizes?|medals?|citations?)$").search(said):
        return f"The work earned {said}."  # "2 AMVCA nominations"
    if shared(r"(?i)\b(?:co-)?authorships?$").search(said) and their != "the":
        return f"{cap(their)} work earned {said}."  # "2 NEJM co-authorships" are the person's
    if amount(note) == "was":  # "100% on-time delivery" and the like stay listed
        return None
    if shared(r"(?i)\b(?:promotions?|languages?|certifications?|certificates?|degrees?|"
              r"qualifications?|children|kids|siblings)\b").search(said):
        return None  # "2 promotions in 3 years", "4 languages": the person's, no work's (review)
    if _PARTIES.search(said) and not shared(r"(?i)^\S+ (?:[a-z-]+ )?[a-z]+ (?:to|into|onto)\b").match(said):  # "4
        #   firms", "40 volunteer doctors": who took part; "4 players to academy" went somewhere
        return f"The work involved {said}."
    if shared(r"(?i)^(?:about |around |over |nearly |some )?[\d.,]+\+?[km]? (?:(?:[a-z-]+ )?(?:borrowers|beneficiaries|"
              r"families|households|refugees|survivors|farmers|smallholders)|(?:daily|weekly|monthly|yearly|"
              r"annual) (?:active )?(?:riders|users|passengers|visitors|customers|players|listeners|readers|"
              r"viewers|patients|commuters|members|subscribers|shoppers|guests|learners))$").match(said):
        head = thing.split()[-1].lower() if thing else ""
        doer = cap(thing) if thing and not _activity(thing) and len(thing.split()) <= 4 \
            else f"The {head}" if head in ("pilot", "program", "programme", "scheme", "project",
                                           "campaign", "clinic", "service") else "The work"
        return f"{doer} served {said}."  # "1,200 borrowers": the pilot served them, never "His work
        #   included 1,200 borrowers" (reader 155); "400k daily riders" (reader 177)
    if _NOT_DONE.search(said) or shared(r"(?i)\b(?:total|in total|overall)$").search(said):
        return None  # "48 units", "2 complaints total": no frame says whose they are (readers
        #   143, 145): the composer lists them or leaves one out, never "Her work included 48 units."
    owner = "The work" if their == "the" else f"{cap(their)} work"
    return f"{owner} included {said}."  # "Her work included 6 public meetings.", never a bare
    #   "There were 6 public meetings." (readers 114, 117, 127)


# Counts that say how big something was, not what the work did: "48 units" (a concession's),
# "2 complaints", "35 staff"; "Her work included" them would give the person what was the place's.
_NOT_DONE = lazy(r"(?i)^(?:about |around |over |nearly |some |almost )?\S+ (?:[a-z-]+ ){0,2}(?:units|complaints|people|staff|employees|kids|children|pupils|"
                 r"students|patients|learners|importers|exporters|"
                 r"beds|rooms|chairs|seats|desks|acres|hectares|tonnes|tons|km|miles|MW|kW|GW|storeys|"
                 r"floors|members|residents|households|agents|players|users|customers|clients)\b")


_AUDIENCE = lazy(r"(?i)^\S+ (?:(?!site |home |field |school |client |patient |sales |ward )[a-z-]+ )?(?:visitors|visits|downloads|sign-ups|signups|registrations|attendees|spectators|viewers|listeners|fans|"
                 r"guests|festival-goers|delegates|views|page views|pageviews|impressions|streams|"
                 r"subscribers|followers|readers|clicks)\b(?! (?:staged|performed|written|produced))")
# Groups of people or animals a piece of work involves: "team of 11", "herd of 180".
_GROUPS = frozenset("""team crew class cohort herd flock fleet caseload staff squad unit ward
department choir band cooperative co-op network panel committee group platoon company
battalion brigade orchestra cast troupe""".split())


# What a clean record has none of: "zero med errors", "no lost-time injuries", "no LTIs".
_INCIDENTS = lazy(r"(?i)\b(?:errors?|incidents?|injur(?:y|ies)|accidents?|LTIs?|LTAs?|recordables?|complaints?|"
                  r"defects?|falls?|loss(?:es)?|breaches|breach|findings?|violations?|deaths?|"
                  r"fatalities|escalations?|recalls?|downtime|outages?|absences?|no-shows?|"
                  r"delays?|disputes?|claims?|returns?|casualties|infections?|readmissions?|"
                  r"harm|spills?|exceptions?|write-offs?|mistakes?|collisions?|leaks?|"
                  r"near misses|misses|lates?|corrections?|lost|missed|call-?backs?|rework|snags?|"
                  r"failures?|rejections?|grievances?|write-ups?)\b")


# Who takes part in a piece of work: "The work involved 6 NGOs."
_PARTIES = lazy(r"(?i)^\S+ (?:[a-z-]+ )?(?:firms|companies|agencies|partners|organi[sz]ations|NGOs|"
                r"charities|suppliers|vendors|contractors|subcontractors|stakeholders|departments|"
                r"teams|councils|ministries|universities|banks|startups|volunteers|workers|"
                r"farmers|growers|teachers|nurses|doctors|engineers|artists|artisans|traders|"
                r"officers|leaders|members|players|coaches|pickers|drivers|labou?rers|researchers|"
                r"scientists|designers|developers|musicians|dancers|actors|writers|translators|"
                r"interpreters|midwives|physicians|surgeons|pharmacists|technicians|mentors|"
                r"tutors|instructors|trainers|managers|specialists|consultants|advisers|advisors|"
                r"enumerators|interns|apprentices|trainees|cadets)\b")


_ITEMS = frozenset("""parcels packages orders calls tickets cartons pallets containers loads
transactions shipments deliveries requests enquiries inquiries bookings applications claims
cases units items boxes bags teu tonnes tons""".split())
_SERVED = frozenset("meals covers plates dishes drinks coffees".split())


def _rate(said: str, venue: str | None = None, who: str | None = None) -> str | None:
    """A rate: "30k parcels a day" (The work handled ...), "600 meals a day" (served), "180
    students a term" (reached); None for a rate of anything else ("3 releases a month"). A
    rate one person keeps up with is theirs: "He handled about 6 calls a day." """
    noun = shared(r"(?i)^(?:about |over |nearly |around |up to )?(\S+) (?:[a-z-]+ )?([a-z]+) (?:a|an|per|"
                  r"each|every) ").match(said)
    if not noun:
        return None
    if noun.group(2).lower() in _ITEMS:
        if who and noun.group(1).isdigit() and int(noun.group(1)) < 100 and noun.group(2).lower() in (
                "calls", "tickets", "requests", "enquiries", "inquiries", "bookings", "applications",
                "claims", "cases", "orders", "transactions"):  # never "She handled 90 tonnes a day" (review)
            return f"{who} handled {said}."  # never "The work handled about 6 calls a day"
        return f"The work handled {said}."  # (reader 161)
    if noun.group(2) in _SERVED:
        return f"The {venue or 'work'} served {said}."  # "The kitchen served 200 meals a day
        #   during Ramadan.", never "The work served" them when a kitchen did (reader 143)
    if noun.group(2) in ("students", "pupils", "learners", "patients", "clients", "customers",
                         "visitors", "guests", "families", "households", "farmers", "members",
                         "users", "residents", "children", "teens", "teenagers", "callers"):
        return f"The work reached {said}."
    return None


def _activity(thing: str) -> bool:
    """A project that is an activity ("the dairy conversion", "the rollout") has no parts: the
    work has them ("The work involved a herd of 180.", never "The conversion had ...")."""
    return bool(shared(r"(?i)\b(?:renovation|rollout|roll-out|upgrade|redesign|rebuild|overhaul|refit|"
                       r"fit-out|refurbishment|expansion|migration|launch|relaunch|rebrand|campaign|"
                       r"relief|audit|review|implementation|transition|conversion|construction|"
                       r"integration|build|pilot|planning|certification|drive|appeal|search|"
                       r"restructuring|turnaround|merger|recovery|changeover|transformation|"
                       r"reorgani[sz]ation|research|study|survey|program|programme|project)$").search(
                           thing.rstrip(".,")))


_VENUES = frozenset("""restaurant kitchen hotel cafe café bar bistro brasserie bakery clinic shop
store salon gym hostel guesthouse resort pub winery brewery diner canteen""".split())


def _venue(thing: str | None) -> str | None:
    """The place a project names, its last such word: "the Harbour House restaurant relaunch"
    -> "restaurant", "the mosque renovation and community kitchen" -> "kitchen"."""
    words = [w.lower().strip(".,'") for w in (thing or "").split()]
    if any(w in ("app", "apps", "website", "site", "platform", "portal", "system", "software", "tool",
                 "locator", "booking", "bookings", "reservation", "reservations") for w in words):
        return None  # "the gym booking app launch": the app's rating, no gym's (review)
    return next((w for w in reversed(words) if w in _VENUES), None)
