"""A career change typed as the project: "barista -> junior dev", "nursing to pharma", "the
hospitality-to-HR transition at Marriott", "teacher to product - edtech startup". It is the
person's move, said as "my move from nursing to pharma" (and in a recommendation "her move ..."),
never "on the nursing to pharma" (readers 209, 211, 214)."""

from __future__ import annotations

from typing import NamedTuple

from .. import lexicon
from ..patterns import lazy, shared
from .purposes import _a_post
from .words import ROLE_WORDS, SERVICE_JOBS, TOOLS


class Change(NamedTuple):
    old: str  # "the army", "barista", "school counselor"
    new: str  # "tech", "junior dev", "HR"
    where: str  # what was typed beside the change: "edtech startup", "Four Seasons", ""
    bracketed: bool = False  # typed in brackets: "retail -> ux bootcamp (springboard)"


# What one can leave or go into: a post ("barista", "line cook") or a line of work ("nursing",
# "retail"). A " to " between two other phrases is no change: "intro to stats", "export to Brazil".
_CAREERS = SERVICE_JOBS | frozenset("""teacher teaching nurse nursing chef cook retail hospitality
military army navy marines police policing soldier sales support service care caregiving pharma
pharmacy medicine doctor physician law lawyer paralegal academia academic research researcher
journalism journalist finance banking accounting accountant marketing engineering engineer tech
hr ops operations admin administration construction trades trade farming logistics driver
counselor counsellor therapist musician artist designer design consulting consultant clerk
cashier server waiter bartender barista nanny attendant crew hr recruiting recruiter
manager analyst developer dev coding writer writing editor dispatch dispatcher tester qa
helper courier rider warehouse classroom floor education translation translator desk reception
receptionist""".split())
# Sides said with "the": a place or a body one leaves ("from the army", "from the factory floor").
_THE_SIDES = frozenset("""army navy classroom warehouse floor bootcamp team business store kitchen
ward shop office company startup corps force desk restaurant hotel hospital school lab unit pilot center centre
scheme program programme project cohort""".split())
_CHANGE_WORDS = r"(?:career )?(?:transition|switch|move|pivot|change|shift|jump|journey)"
_ARROW = lazy(r"^(.+?)\s*(?:->|-->|=>|→|⟶|>)\s*(.+)$")
_TO = lazy(r"^(.+?)(?: to |-to-)(.+?)$")
_FROM = lazy(rf"(?i)^(?:my |a |the )?{_CHANGE_WORDS} from (.+?) (?:to|into) (.+)$")
_NAMED_CHANGE = lazy(rf"(?i)^(?:my |a |the )?(.+?)(?: to |-to-)(.+?) {_CHANGE_WORDS}\b(.*)$")
_WHERE_FIRST = lazy(r"^(.+?)\s*(?:,| - | – | — )\s*(.+)$")
_NOT_A_CHANGE = lazy(r"(?i)\b(?:migrat\w*|upgrade|port|rewrite|conversion|refactor\w*|cutover|replatform\w*|"
                     r"export\w*|import\w*|intro|introduction|guide|road|path|roadmap|pipeline|bridge|"
                     r"door|trip|shuttle|handover|handoff|transfer|mapping|rollout|workflow|launch|standard)\b|\d\s*%")


def career_change(text: str) -> Change | None:
    """The change a project names, or None: an arrow between two phrases, "X to Y" where X is a
    post or a line of work, or a switch, move or transition named as such."""
    text = shared(rf"(?i)^(?:(?:my |a |the )?{_CHANGE_WORDS}\s*[-:,\u2013\u2014]\s*|(?:going |moving |switching )?from )").sub(
        "", " ".join(text.split()))  # "career change - nursing to data", "from nursing to pharma"
    text = shared(r"(?i)\s*(?::|,|\s-|->|\u2192)\s*(?:she|he|they|i|we)\s+(?:was|were|is|are|did|do|does|had|has|"
                  r"volunteered|worked|helped|ran|mentored|managed|hired|joined|moved)\b.*$").sub(
        "", text) if _ARROW.match(text) else text  # "hospitality -> hr: he was my front office mgr": the
    #   change, the note after it left out (reader 228)
    if len(shared(r"->|\u2192").findall(text)) >= 2:  # "army medic -> ems -> now applying to pa
        text = shared(r"(?i)\s*(?:->|\u2192)\s*(?:now|then|currently)\b.*$").sub("", text)  # school": the move
        #   made, never the plan after it
        steps = shared(r"\s*(?:->|\u2192)\s*").split(text)
        if len(steps) > 2:
            text = f"{steps[0]} -> {steps[-1]}"  # "warehouse -> forklift lead -> shift manager": from
            #   the first to the last (review)
    text = shared(r"(?i)(->|\u2192)\s*leaving (?:the )?[\w -]+? for (.+)$").sub(r"\1 \2", text)  # "phd lab ->
    #   leaving academia for data science": to data science
    if _NOT_A_CHANGE.search(shared(rf"(?i){_CHANGE_WORDS}").sub("", text)):
        return None  # "Oracle -> Postgres migration", "intro to stats": work, not a career
    for typed, where, bracketed in _split_where(text):
        if shared(r"(?i)^(?:she|he|i|we|they|you|my|our|his|her|their|now|then)\s").match(where):
            where = ""  # "hospitality to HR, she interned with us in people ops": a note, never a place (reader 222)
        found = _FROM.match(typed) or _NAMED_CHANGE.match(typed)
        if found:
            old, new = found.group(1), found.group(2)
            rest = (found.group(3) or "").strip() if len(found.groups()) > 2 else ""
            if _side(old) and _side(new) and _careers(old) and _careers(new) \
                    and (not rest or shared(r"^(?:at|in|with|for|@)\s").match(rest)):  # "... transition
                #   program" is a programme, said as typed
                return Change(_said(old), _said(new), (where or rest).strip(" ,()"), bracketed)
        arrow = _ARROW.match(typed)
        new_side = _where_after(arrow.group(2))[0] if arrow else ""
        if arrow and _side(arrow.group(1)) and (_side(arrow.group(2)) or _side(new_side)) \
                and not _tools(arrow.group(1), arrow.group(2)) \
                and ((_careers(arrow.group(1)) and _careers(new_side)) or (
                    _a_workplace(arrow.group(1)) and _posts(new_side))):  # "monolith -> microservices"
            #   is software; a firm or a workplace and then a post is a change too: "costco -> it
            #   support", "call center -> sales ops analyst" (reader 228), never "dev -> prod" (review)
            new, where_after = _where_after(arrow.group(2))
            return Change(_said(arrow.group(1)), _said(new), where or where_after, bracketed)
        to = _TO.match(typed)
        if to and _side(to.group(1)) and _side(to.group(2)) and _careers(_where_after(to.group(2))[0]) \
                and to.group(1).lower().split()[-1] in _CAREERS and len(to.group(1).split()) <= 3 \
                and to.group(2).split()[0].lower() not in ("the", "a", "an", "my", "our", "their", "his", "her") \
                and not shared(rf"(?i)\b{_CHANGE_WORDS}\b").search(to.group(2)):  # "military to civilian
            #   transition program" is a programme
            new, where_after = _where_after(to.group(2))
            return Change(_said(to.group(1)), _said(new), where or where_after, bracketed)
    return None


def _split_where(text: str) -> list[tuple[str, str, bool]]:
    """The ways a change and a place typed beside it may split: "teacher to product - edtech
    startup", "Accra fintech startup, customer support to PM", or the text whole."""
    ways = []
    parts = _WHERE_FIRST.match(text)
    if parts:
        ways += [(parts.group(1), parts.group(2), False), (parts.group(2), parts.group(1), False)]
    bracket = shared(r"^(.+?)\s*\(([^()]+)\)$").match(text)
    if bracket:
        ways.append((bracket.group(1), bracket.group(2), True))
    return ways + [(text, "", False)]


def _where_after(new: str) -> tuple[str, str]:
    """The new side without a place after it: "logistics coordinator at dhl" -> ("logistics
    coordinator", "dhl")."""
    placed = shared(r"^(.+?) ((?:at|in|with|@) (?!\d|(?:a|one|two|three|six|few) (?:year|month|week)).+)$").match(new)
    return (placed.group(1), placed.group(2)) if placed else (new, "")


def _side(text: str) -> bool:
    """A phrase that can be one end of a change: a few words, no sentence, no figures only."""
    words = text.split()
    return 1 <= len(words) <= 5 and not shared(r"[.;:!?+]|\s&\s|\band\b|->").search(text) \
        and any(w[:1].isalpha() for w in words)


def _careers(side: str) -> bool:
    """A side with a post or a line of work in it: "line cook", "the royal navy", "data science";
    never "AWS", "self-serve", "40 schools", "adult learners"."""
    return any(w.strip("(),").lower() in _CAREERS | _THE_SIDES | ROLE_WORDS | _MORE_CAREERS | _PERSON_POSTS
               for w in side.split())


_MORE_CAREERS = frozenset("""data science entry product ux ui pm quality security hr sales tech civilian ems emt paramedic medic firefighter
corporate""".split())


def _a_workplace(side: str) -> bool:
    """A firm or a place one works in: "costco" (a name), "call center", "the front desk"."""
    words = side.strip().split()
    return bool(words) and (words[-1].lower() in ("center", "centre", "desk", "floor", "store", "shop", "kitchen",
                                                  "restaurant", "hotel", "bar", "cafe", "salon", "warehouse")
                            or (len(words) == 1 and lexicon.word_class(words[0].lower()) in (None, "P")))


def _posts(side: str) -> bool:
    """A side naming a post or a line of work one is hired into: "sales ops analyst", "IT support"."""
    low = side.lower().split()
    return any(w in ROLE_WORDS | SERVICE_JOBS | _PERSON_POSTS or _a_post(w) for w in low) \
        or (low[-1:] == ["support"] and len(low) <= 3)


_PERSON_POSTS = frozenset("""server teller banker cashier barista clerk cook chef nanny medic nurse teacher
bartender waiter waitress receptionist recruiter dispatcher driver courier rider tester writer editor
lead supervisor associate agent rep representative""".split())


def _tools(old: str, new: str) -> bool:
    """Two tools, not two careers: "excel -> python"."""
    return old.lower().strip() in TOOLS or new.lower().strip() in TOOLS


def _said(side: str) -> str:
    """A side as it reads after "from" or "to": "the army", "barista", "the factory floor",
    "the Amazon warehouse (KTW1)", "the retail store at Zara"; "now doing a data bootcamp" is
    "a data bootcamp" (reader 218)."""
    side = shared(r"(?i)^(?:now |currently )(?:doing |in |at |studying |a |an )?(?=(?:a |an )?\w)").sub("", side.strip(" ,"))
    side = shared(rf"(?i)(?<=\w) {_CHANGE_WORDS}$").sub("", side)  # "hospitality -> HR transition": to HR (reader 214)
    head = shared(r"\s*\([^()]*\)|\s+(?:at|in|for|with|on)\s.*$").sub("", side).split()
    if head and head[0].lower() not in ("the", "my", "a", "an") and head[-1].lower() in _THE_SIDES:
        return "the " + side
    return side
