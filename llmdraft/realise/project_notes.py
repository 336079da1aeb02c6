"""Projects typed as notes: a name, a place, a time or the work after a comma, a dash, a slash
or in brackets, joined into one phrase ("Coal India - mine closure plan, Jharia" is "the mine
closure plan at Coal India in Jharia"). projects.py asks; nothing here knows the Project."""

from __future__ import annotations

from .. import lexicon
from ..patterns import lazy, shared
from .words import (DETERMINERS, TOOLS, _brands, _is_acronym, indefinite, join, run_together)


# Where a typed project turns into a story about it: "the website relaunch which took forever
# because of the CMS issues", "the holiday campaign for the store which was crazy busy".
_ASIDE = lazy(r"\s*\((?=(?:I|he|she|they|we) (?:was|were|is|are|ran|led|managed|supervised|advised|mentored|taught)\b)|"
              r",? (?:which|because|and then|but then|lol|haha)\b|"
              r"\s+-\s+(?=(?:[\w'-]+ ){0,3}(?:we|I|it|they|he|she|was|were|is|are|took|went|had|got|which|"
              r"because|but|so|lol|haha)\b)|"
              r"\s+--\s+|(?:\s*\u2014\s*|\s+\u2013\s+)(?=(?:[\w'-]+ ){0,4}(?:we|I|it|they|he|she|was|were|is|are|"
              r"took|went|had|got|which|because|but|so|lol|haha|my|our)\b)")  # "launch — which took
#   forever": a story; "Tehran architecture firm — residential tower design" is the work (reader 197)


def _ing_of_a_verb(word: str) -> bool:
    """"sourcing", "mapping", "monitoring": a verb's -ing form, its stem doubled or not."""
    stem = word[:-3]
    return word.endswith("ing") and len(word) > 5 and bool(
        lexicon.verb_forms(stem) or lexicon.verb_forms(stem + "e")
        or (len(stem) > 2 and stem[-1] == stem[-2] and lexicon.verb_forms(stem[:-1])))


# A life story told after the work: "after he left teaching", "while doing my ACCA", "after 8
# years raising my kids": the writer's context, never part of the project's name (reader 178).
LIFE_ASIDE = lazy(r",? (?:(?:after|before|while|when|since) (?:he|she|they|I|we|my|his|her)\b|"
                  r"while (?:doing|studying|working|finishing|completing|raising|caring)\b|"
                  r"after \d+ (?:years?|months?) (?:of |raising|caring|away|out|off)).*$")


def core(text: str) -> str:
    """The project without the story told after it; the text itself when there is none."""
    told = LIFE_ASIDE.search(text)
    if told and len(text[:told.start()].split()) >= 2:
        return text[:told.start()].strip()  # "bookkeeping for Gallagher while doing my ACCA"
    found = _ASIDE.search(text)
    if found and len(text[: found.start()].split()) >= 2 and len(text[found.end():].split()) >= 3:
        return text[: found.start()].strip()
    return text


# Work in -ing done once, never a line of work: "the hotel rebranding at Villa Aurora", never
# "in hotel rebranding at Villa Aurora" (reader 101).
_ONE_OFF = frozenset("""rebranding redesigning relaunching refurbishing renovating restructuring
retrofitting rebuilding reopening relocating rewiring refitting remodelling remodeling""".split())


# Heads in -ing that name a thing, not an activity: "the Acme building", "the board meeting".
_THINGS_IN_ING = frozenset("""building meeting wedding opening hearing painting recording listing
offering setting clothing housing ceiling evening morning landing booking funding filing
fundraising training crossing gathering catering cleaning landscaping wiring plumbing flooring
roofing printing bedding padding pudding cladding""".split())


# Heads that name an activity rather than a piece of work: "the fraud detection" is completed
# as "the fraud detection project".
_ACTIVITIES = frozenset("""rostering detection assistance analysis analytics research support maintenance
consulting outreach advocacy compliance procurement prep preparation coordination
automation forecasting modelling modeling scheduling management security planning ops reporting
design haulage digitisation digitization preparedness readiness awareness advice advisory
improvement enforcement stewardship surveillance control safety traceability microfinance
governance insurance hygiene assurance oversight prevention protection mitigation resilience
sustainability literacy nutrition conservation risk reliability""".split())


# A place's name typed after a common noun with no preposition: "cross-border dispatch Laredo".
_PLACE_TAIL_BARE = lazy(r"^((?:[\w'&-]+ )*?[a-z][a-z-]+) ((?=[A-Z\u00c0-\u00de\u0130\u0141\u015a\u0179\u017b\u0106])[^\W\d_][a-zà-ÿ\u0100-\u017f\u1e00-\u1eff']+"
                        r"(?:[- ][A-Z][a-zà-ÿ\u0100-\u017f\u1e00-\u1eff']+)?)$")  # "İzmir", "Łódź"


_FIRM_ENDINGS = frozenset("inc ltd llc co plc gmbh ag sa bv nv pty".split())


# Things a name after a comma names, not a place: "my agency, Ponte Traduções".
_NAMED_THINGS = frozenset("""agency company firm studio startup start-up business shop store brand
restaurant cafe café bakery clinic practice band podcast app game label consultancy charity
nonprofit ngo magazine newsletter channel venture""".split())


# Tags typed after a project that say what kind of work it was: dropped ("(freelance)").
_TAGS = frozenset("""freelance startup start-up volunteer volunteering contract contractor part-time
remote pro-bono consulting internship""".split()) | {"pro bono", "side project", "side gig"}


# What a name in brackets after it is the name of: "kitchen remodel business (Doyle & Sons)".
_NAMED_ORGS = frozenset("business company firm startup start-up agency practice consultancy "
                        "employer".split())


# What a tail after a project ends with that other rules place: a region, a county.
_REGIONS = lazy(r"(?i)\b(?:region|province|county|state|district|valley|delta|prefecture|oblast|"
                r"season|shifts?)$")


# Where a project typed as a note puts its parts apart: "Coal India - mine closure plan, Jharia".
_SEPARATOR = lazy(r"(,| [-\u2013\u2014]| ?/) (?=\S)")


def _folded(raw: str) -> str:
    """A project typed with two or more separators, its tails joined one at a time: "Coal India
    - mine closure plan, Jharia" -> "mine closure plan at Coal India in Jharia"; as typed when
    any tail is one no rule joins (readers 167, 168)."""
    text = " ".join(raw.split())
    parts = _SEPARATOR.split(text)
    if len(parts) < 5 or shared(r"[():]").search(text):
        return raw
    segments = parts[0::2]
    state = shared(r"^([^,/()]+?), ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?), ([A-Z]{2})$").match(text)
    if state and not shared(r" [-\u2013\u2014] ").search(state.group(1)):
        return f"{state.group(1)} in {state.group(2)}, {state.group(3)}"  # "warehouse audit, Toronto,
        #   ON": in Toronto, ON
    named = [bool(shared(r"(?:[A-Z][\w.'&-]*|of|de|and)(?: (?:[A-Z][\w.'&-]*|of|de|and))*").fullmatch(p))
             for p in segments]
    capital = [i > 0 and p[:1].isupper() and p.split()[0].isalpha() and not _is_acronym(p.split()[0])
               for i, p in enumerate(segments)]  # "Paris", "Milan shows": a list of places
    if len(segments) == 3 and lexicon.town(segments[0]) and named[1] and not lexicon.town(segments[1]) \
            and not lexicon.place(segments[1]) and not shared(r"[A-Z]{2}").fullmatch(segments[1]) \
            and not (len(segments[1].split()) == 1 and not _is_acronym(segments[1])
                     and lexicon.word_class(segments[1].lower()) in ("P", "N", "J")) and shared(
            r"(?:[A-Z0-9&-]{2,6} )*[a-z][\w -]*").fullmatch(segments[2]):
        return f"the {segments[2]} at {segments[1]} in {segments[0]}"  # "Frankfurt - Deutsche Bank,
        #   regulatory reporting", "Munich, BMW - EV battery test rig": at the firm, in the city
    if len(segments) == 3 and parts[1::2] == [",", ","] and segments[0][:1].islower() and named[1] and named[2] \
            and segments[1].split()[-1].lower() in _UNITS | {"group", "centre", "center", "institute", "clinic"} \
            and len(segments[1].split()) > 1:
        return f"{segments[0]} in the {segments[1]} at {segments[2]}"  # "postdoc in computational
        #   neuroscience, Grant Lab, UCL": in the lab at the university (reader 197)
    if any(a and b for a, b in zip(named, named[1:])) or any(a and b for a, b in zip(capital, capital[1:])):
        #   "Austin, TX - store launch", "Meta /
        places = shared(r"^([A-Z][\w'-]+(?: [A-Z][\w'-]+)?), ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) [-\u2013\u2014] "
                        r"([a-z][\w -]*[a-z])$").match(text)  # Instagram / Reels": a place and its
        if places and named[:2] == [True, True] and len(segments) == 3 and not _is_acronym(places.group(1)) \
                and places.group(1).split()[-1].lower() not in _BUSINESS_TAILS:  # state, or a list of names
            return f"{places.group(3)} in {places.group(1)}, {places.group(2)}"
        return raw
    joined = parts[0]
    for separator, tail in zip(parts[1::2], parts[2::2]):
        if separator == "," and shared(r"[A-Z]{2}").fullmatch(tail):
            joined = f"{joined}, {tail}" if shared(r" in [A-Z][\w'-]+$").search(joined) \
                else f"{joined} in {tail}"  # "..., SP": a state's letters; "in Austin, TX"
            continue
        joined = _tail_joined(f"{joined}{separator} {tail}")
        if joined is None:
            return raw
    return shared(r"^(.+?) (in [A-Z][\w'.-]*(?: [A-Z][\w'.-]*)?) (at (?:the )?[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*)*)$").sub(
        r"\1 \3 \2", joined)  # "the fraud model at OTP Bank in Budapest", never "in Budapest at OTP Bank"


# What a project's work may be that is no one piece of work, said without "the": "rooftop solar
# sales at Tata Power", "community liaison in Bayelsa".
_FIELDS = frozenset("""liaison ops operations sales credit efficiency finance marketing logistics
relations engagement lending payroll recruitment recruiting hiring outreach admissions lettings
renewals claims underwriting procurement microfinance microcredit f&b hr it r&d security quality
productivity connectivity accessibility brokerage tax retail services""".split())


# Fields named by two words, neither of them a field alone: "customer service", "public relations".
_FIELD_PAIRS = frozenset(["customer service", "client service", "client services", "guest services",
                          "customer support", "customer success", "human resources", "public relations",
                          "quality assurance"])


def _a_field(np: str) -> bool:
    """A line of work, not one piece of it: "humanitarian finance", "customer service"."""
    words = np.lower().split()
    return bool(words) and len(words) <= 3 and not any(
        w in ("new", "old", "first", "latest", "the", "a", "an", "sunday") or w[:1].isdigit() for w in words) and (
        (words[-1] in _FIELDS and words[-1] not in ("services", "credit")) or " ".join(words[-2:]) in _FIELD_PAIRS)


# Gerunds that take what they are done to after them: "sourcing sorghum", "recruiting nurses".
_DOING_TO = frozenset("""sourcing procuring recruiting hiring onboarding exporting importing trading
selling buying mapping surveying distributing supplying""".split())


# What a piece of work is called, which a gerund before it describes: "the marketing campaign".
_PIECES_OF_WORK = frozenset("""campaign project programme program app platform plan tool system team
unit series drive launch pilot rollout review audit study report fund model website site""".split())


def _work_of_a_kind(np: str) -> bool:
    """A project's work that is a field or an activity, never one piece of work: "rooftop solar
    sales at Tata Power", "sourcing sorghum at Nestlé Nigeria", "F&B at the Fiji resort group"."""
    own = shared(r" (?:in|at|for|across|with|on|of) .*$").sub("", np).split()
    if not own:
        return False
    head = own[-1].lower()
    first = own[0].lower()
    return head in _FIELDS or " ".join(own[-2:]).lower() in _FIELD_PAIRS or head in _ACTIVITIES or (
        len(own) == 2 and first in _DOING_TO and head not in _PIECES_OF_WORK | _PLACE_UNITS | _PLACES | _ORG_NOUNS) \
        or (_ing_of_a_verb(head) and head not in _THINGS_IN_ING | _ONE_OFF)


def a_series(head: str, tail: str) -> bool:
    """Whether the part after a comma ends a list of names the part before it starts: "into
    Mandarin" and "Malay and Tamil", each item one or two capitalised words (reader 233)."""
    series = shared(r"([A-Z][\w'-]*(?: [A-Z][\w'-]*)?) (?:and|or|&) [A-Z][\w'-]*(?: [A-Z][\w'-]*)?").fullmatch(tail)
    return bool(series) and head.split()[-1][:1].isupper() and len(head.split()) > 2 \
        and head.split()[-2].lower() in ("into", "in", "to", "from", "and", "for", "across", "between")


def _joined_tail(raw: str) -> tuple[str, str] | None:
    """The project with its tail joined (_tail_joined), and the tail's separator and first word
    as typed ("- Falabella"), to tell whether another rule placed or cut the tail already."""
    found = shared(r"^(.+?)( \([^()]+\))$").match(" ".join(raw.split())) or shared(
        r"^([^,/():]+?)((?:,| [-\u2013\u2014]| ?/|:) [^,/():]+)$").match(" ".join(raw.split())) or shared(
        r"(?i)^(.+?)((?:,| [-\u2013\u2014]) (?:winter|summer|spring|autumn|fall) (?:19|20)\d\d(?:/\d\d)?)$").match(
        " ".join(raw.split()))
    joined = _tail_joined(raw) if found else None
    return (joined, " ".join(found.group(2).split()[:2]).rstrip(")")) \
        if joined else None  # the separator and the tail's first word, as another rule left it


def _tail_joined(raw: str) -> str | None:
    """A project typed as a note, with where or for whom after a comma, a dash, a slash or in
    brackets, joined as a phrase: "customs clearance, Port of Valencia" -> "customs clearance at
    the Port of Valencia", "MPH thesis / KEMRI" -> "MPH thesis at KEMRI", "rollout (2022)" ->
    "rollout in 2022", "(freelance)" dropped, "PhD - structural health monitoring" -> "PhD on
    structural health monitoring", "Royal Engineers - bridging troop" -> "Royal Engineers
    bridging troop". None when the tail is none of these: a tool, a season, a holiday, a round
    or a department after it stays as typed (readers 161-163, review)."""
    text = " ".join(raw.split())
    if core(text) != text:
        return None  # "website relaunch - which took forever": a story told after it, cut
    season = shared(r"(?i)^(.+?)(?:,| [-\u2013\u2014]) ((?:winter|summer|spring|autumn|fall) (?:19|20)\d\d(?:/\d\d)?)$").match(text)
    if season and shared(r",| [-\u2013\u2014] ").search(season.group(1)):  # "ski resort hotel,
        head = _tail_joined(season.group(1))  # Chamonix - winter 2022/23": in Chamonix, in winter
        return f"{head} in {season.group(2).lower()}" if head else None
    found = shared(r"^(.+?) \(([^()]+)\)$").match(text)
    staged = shared(r"^(.+?) \(([a-z'-]+), ([A-Z][^()]*)\)$").match(text)
    if staged and staged.group(2) in _STAGES | _PERIODS and staged.group(1)[:1].islower():
        return f"{staged.group(2)} on {staged.group(1)} at {staged.group(3)}"  # "wind turbine blade
        #   fatigue (postdoc, TUM)": the postdoc on it at TUM (reader 163)
    bracket = bool(found)
    found = found or shared(r"^([^,/():]+?)(?:,| [-\u2013\u2014]| ?/|:) ([^,/():]+)$").match(text)
    if not found:
        return None
    head, tail = found.group(1).strip(), found.group(2).strip()
    comma = not bracket and found.group(0)[len(head):].lstrip()[:1] == ","
    if comma and a_series(head, tail):
        return None  # "into Mandarin, Malay and Tamil": a series, as typed
    words = tail.split()
    dashed = not bracket and found.group(0)[len(head):].lstrip()[:1] in "-\u2013\u2014"
    lead = shared(r" (?:in|at|for|with) .*$").sub("", head)  # "postdoc in my lab at ...": a postdoc
    slash = not bracket and found.group(0)[len(head):].lstrip()[:1] == "/"
    route = shared(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) to ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)").fullmatch(tail)
    if (comma or dashed) and lead.split()[-1].lower() in ("migration", "move", "switch", "upgrade", "port",
                                                        "conversion", "transition") \
            and shared(r"[A-Z][\w.+-]*(?: [A-Z0-9][\w.+-]*)?").fullmatch(tail) \
            and not (lexicon.word_class(tail.split()[0].lower()) == "P" or lexicon.place(tail)):
        return f"{head} to {tail}"  # "bank core migration - Finacle": to it, never "in Finacle"
    if comma and lead.split()[-1].lower() in ("shifts", "shift", "nights", "rotation", "rotations") \
            and shared(r"(?:ICU|NICU|PICU|ER|ED|A&E|CCU|HDU|OR|theatre|theatres|ward|wards|[\w ]+ ward)\b.*").fullmatch(tail):
        return f"{head} in the {tail}" if not tail.lower().startswith(("theatre", "ward", "surgery", "emergency")) \
            else f"{head} on {tail}"  # "night shifts, ICU at St Mary's": in the ICU (reader 173)
    if comma and (_names_an_org(lead) or shared(r"(?:[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,2}|[a-z]{3,})").fullmatch(lead)) \
            and not lexicon.town(lead) and not _DEGREE.fullmatch(lead) and shared(r"(?:[A-Z][\w+#.-]* |[a-z][\w-]* ){1,3}(?:team|desk|department|unit|"
                                                    r"lab|squad|office)").fullmatch(tail):
        return f"the {tail} at {head}"  # "Mercado Libre, BI team", "Ralph Lauren, buying team": the
        #   team at the firm (readers 173, 175)
    if comma and lead.split()[-1].lower() in _PIECES_OF_WORK | _UNDERTAKINGS and tail[:1].islower() \
            and len(words) <= 3 and (_work_of_a_kind(tail) or words[-1].endswith("ing")):
        the = "" if lead.split()[0].lower() in DETERMINERS else "the "
        return f"{tail} for {the}{head}"  # "UNICEF polio campaign, data cleaning": the cleaning for
        #   the campaign (reader 175)
    if comma and shared(r"(?:[A-Z][\w'&.-]*)(?: [A-Z][\w'&.-]*){0,2}").fullmatch(lead) and not lexicon.town(lead) \
            and lead.lower() not in ("freelance", "contract", "contractor", "self-employed", "independent", "consulting") \
            and not lexicon.place(lead) and shared(r"(?:[A-Z0-9&-]{2,6} |[A-Z][a-z]+(?:an|ese|ish|ch|i) )?"
                                                   r"[a-z][\w -]*[a-z]").fullmatch(tail) \
            and words[0].lower() not in DETERMINERS | {"a", "an", "our", "my", "his", "her", "their", "your"} \
            and not _DEGREE.fullmatch(lead) and not shared(r".*\b(?:MBA|EMBA|MSc|MA|BA|BSc|LLM|MPhil|PhD)").fullmatch(lead) \
            and not any(w.lower() in TOOLS or w in _TECH for w in lead.split()) \
            and not _REGIONS.search(tail) and words[-1].lower() not in _ROLE_TAILS:
        said = f"{tail} at {head}"  # "Samsung Display, OLED yield project", "Backus brewery, ERP
        #   cutover weekend": the work at the firm, never a comma pasted (reader 175)
        return said if _work_of_a_kind(tail) else f"the {said}"
    if comma and shared(r".*\b(?:MBA|EMBA|MSc|MA|BA|BSc|LLM|MPhil|PhD)").fullmatch(lead) \
            and shared(r"[a-z][\w -]*(?:club|society|association|team|group)").fullmatch(tail):
        return f"the {head} {tail}"  # "Wharton MBA, consulting club": the Wharton MBA consulting club
    if comma and _DEGREE.fullmatch(lead) and shared(r"(?i)(?:thesis|dissertation|capstone|project|research)\b").match(tail):
        return f"{tail} for the {lead}{head[len(lead):]}"  # "MSc Development Economics,
        #   dissertation on mobile money": the dissertation for it, never "at" a degree (reader 174)
    if (comma or dashed) and route and _a_place_name(route.group(1)) and _a_place_name(route.group(2)):
        return f"{head} from {tail}"  # "process transfer, Basel to Songdo": from one to the other;
        #   never a title ("Back to Black", "Journey to Oz")
    if comma and _names_work(tail) and tail.split()[-1].lower() in _DELIVERABLES \
            and lead.split()[-1].lower() in _UNDERTAKINGS:
        return f"{'' if tail.split()[0].lower() in DETERMINERS else 'the '}{tail} for " \
               f"{'' if head.split()[0].lower() in DETERMINERS else 'the '}{head}"  # "Muscat
        #   airport expansion, HVAC subcontract": the subcontract for it (reader 169)
    at_org = _at_org(head, tail) if (dashed or ((comma or (slash and tail[:1].islower()))
                                                and _names_an_org(lead) and _names_work(tail))) \
        and lead.split()[-1].lower() not in _STAGES else None
    if at_org:
        return at_org  # "Accra food bank, volunteer drive": the drive at the food bank (reader 168)
    if comma and lead != head and lead.split()[-1].lower() in _UNITS and _names_work(tail):
        the = "" if lead.split()[0].lower() in DETERMINERS else "the "
        return f"{tail} in {the}{head}"  # "science section at Die Zeit, vaccine explainer
        #   series": the series in the section (reader 167)
    if comma and shared(r"(?i)(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth) grade|"
                        r"(?:year|grade|form) \d{1,2}").fullmatch(tail):
        return f"{head} in {tail}"  # "student teaching placement, ..., 3rd grade" (reader 167)
    placed_season = shared(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) ((?:winter|summer|spring|autumn|fall|ski|harvest|"
                           r"festive|holiday|tourist) season(?: (?:19|20)\d\d(?:/\d\d)?)?)").fullmatch(tail)
    if comma and placed_season:
        return f"{head} in {placed_season.group(1)} during the {placed_season.group(2)}"  # "hotel front
        #   desk, Chamonix winter season" (reader 163)
    region = shared(r"(?:northern|southern|eastern|western|central|north|south|east|west|rural|coastal|"
                    r"upstate|downstate|inner|outer|greater|north-east|north-west|south-east|south-west) "
                    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)").fullmatch(tail)
    if region and _a_place_name(region.group(1)):
        compass = tail.split()[0]
        said = compass.capitalize() + tail[len(compass):] if compass.lower() in ("north", "south", "east", "west") \
            else tail  # "West Texas", a region's name; "northern Ghana"
        return f"{head} in {said}"  # "WASH programme - northern Ghana": in it (reader 171)
    if (slash or comma) and shared(r"(?:Q[1-4]|H[12]) (?:19|20)\d\d|FY ?\d{2,4}(?:[-/]\d{2,4})?").fullmatch(tail):
        return f"{head} in {tail}"  # "Osaka plant line audit / Q3 2022" (reader 169)
    if not words or shared(r"[A-Z]{2}").fullmatch(tail) or (
            not bracket and head.split()[-1].lower() in _NAMED_THINGS):
        return None  # ", TX": a state's code; "my translation agency, Ponte Traduções": its name
    if tail.lower() in _TAGS:
        return head  # "(freelance)", "(startup)": what kind, never pasted in
    if shared(r"(?:19|20)\d\d(?:[-\u2013/](?:19|20)?\d\d)?").fullmatch(tail):
        return f"{head} in {tail}" if bracket else None  # "(2022)" -> "in 2022"
    if not bracket and shared(r"(?i)(?:winter|summer|spring|autumn|fall) (?:19|20)\d\d(?:/\d\d)?").fullmatch(tail):
        return f"{head} in {tail.lower()}"  # "ski resort hotel, Chamonix - winter 2022/23"
    if (comma or dashed) and lead.split()[-1].lower() in ("internship", "placement", "apprenticeship", "traineeship") \
            and len(words) <= 2 and all(w.isalpha() and w.islower() for w in words) \
            and not any(w in ("abroad", "overseas", "offshore", "remote", "onsite", "online") for w in words):
        return f"{tail} {head}"  # "internship - marketing": the marketing internship (reader 174)
    stage = lead.split()[-1].lower() in _STAGES or (len(lead.split()) > 1 and " ".join(
        lead.lower().split()[-2:]) in ("lab rotation", "research project", "honours project"))
    if not bracket and stage and (tail[:1].islower() or (_is_acronym(words[0]) and len(words) > 1 and dashed)) and not any(
            w.lower() in _NOT_A_TOPIC for w in words) and not shared(r"\d").search(tail):
        topic = shared(r" (?:project|work|research)\b").sub("", tail, count=1)
        if topic.split()[-1].lower() in _PIECES_OF_WORK | {"dashboard", "tool", "pipeline", "database", "api",
                                                          "chatbot", "simulator", "prototype"} \
                and topic.split()[0].lower() not in DETERMINERS:
            topic = "the " + topic  # "internship, cloud cost dashboard": on the dashboard (reader 197)
        return f"{lead} on {topic}{head[len(lead):]}"  # "PhD - structural health monitoring
        #   project", "MSc thesis, nitrate": what it was on; "postdoc in my lab at the University
        #   of Melbourne - malaria vaccine adjuvants": the postdoc on them, in the lab
    own = shared(r" (?:in|at|for|across) .*$").sub("", tail).split()
    if dashed and own and own[-1].lower() in _WORK_TAILS and (tail[:1].islower() or _is_acronym(own[0])):
        return f"{head} {tail}"  # "Royal Engineers - bridging troop in Bosnia", "Accra Mall
        #   renovation - MEP package": one name (reader 163)
    if dashed and (tail[:1].islower() or (len(words) > 1 and _is_acronym(words[0]) and all(w.islower() for w in words[1:])
                                          and words[-1].lower() in _PIECES_OF_WORK | _ROLLED_OUT)) \
            and len(words) <= 4 and not stage \
            and not shared(r"(?i)^(?:phase|round|stage|part|wave|year|season|step|lot)\b").match(tail) \
            and not shared(r"\d").search(head) \
            and not shared(r"\d").search(tail) and not any(w.lower() in _NOT_A_TOPIC for w in words) \
            and head.split()[-1].lower() not in _STAGES and words[-1].lower() not in _ROLE_TAILS:
        the = "" if head.split()[0].lower() in ("the", "my", "our", "his", "her", "their") or (
            head.split()[-1].lower() in _TRADES and head[:1].isupper()) else "the "
        if head in _brands():
            head, the = _brands()[head], ""  # "infosys - claims portal": for Infosys (reader 205)
        elif shared(r"[a-z]{4,}").fullmatch(head) and lexicon.word_class(head) is None and not (
                head.endswith("s") or run_together(head) or head in _FIELDS | _ACTIVITIES | _SECTOR_WORDS
                or shared(r"(?:tech|ops|care|health|commerce|com|ing|tion|ment|ity|ness|ism)$").search(head)):
            head, the = head.capitalize(), ""  # "nubank - fraud models": for Nubank, a firm's name
            #   typed on a phone (reader 205)
        if head.split()[-1].lower() in _MATTERS:
            return f"{head} on {tail}"  # "tax dispute - cross-border VAT": the dispute on it
        people = _people_team(tail)
        if people:
            return f"{people} at {the}{head}"  # "high school robotics club - volunteer mentors"
        if words[-1].endswith("s") and words[-1][:-1].lower() in _PLACES | _CIVIC | _PLACE_UNITS | {
                "village", "farm", "site", "town", "community", "district"}:
            placed = shared(r"^(.+?) (in [A-Z].*)$").match(head)
            return f"{placed.group(1)} in {tail} {placed.group(2)}" if placed else f"{head} in {tail}"
            #   "rural e-learning pilot in Yunnan - county schools": in them, in Yunnan (reader 169)
        if words[-1].lower() in _PLACE_UNITS | _PLACES | _ORG_NOUNS:
            return f"{tail} at {the}{head}"  # "Stellenbosch wine farm - cellar": the cellar at
            #   the farm, never "for" it (reader 169)
        return f"{tail} for {the}{head}"  # "Zuidas office tower - facade engineering": the facade
        #   engineering for the tower, never the dash pasted in (reader 163)
    if comma and tail.islower() and len(words) <= 3 and words[-1] in ("work", "shifts", "cover", "duties", "placement") \
            and (lead.split()[-1].lower() in _PLACES | _ORG_NOUNS | {"pharmacy", "ward", "kitchen"}) \
            and lead.split()[0].lower() not in DETERMINERS | {"my", "our", "his", "her", "their"}:
        return f"{tail} at {indefinite(head)}"  # "community pharmacy in Melbourne, locum work":
        #   the work at a pharmacy there, never a comma pasted (reader 197)
    if words[0][:1].islower() or _REGIONS.search(tail) or shared(
            r"(?i)^(?:project|operation|phase|programme|program|team|the|a|an|series|round|year|"
            r"stage|wave|part|christmas|easter|black|cyber|diwali|ramadan|eid|spring|summer|autumn|"
            r"fall|winter|q[1-4])\b").match(tail):
        return None
    year = shared(r" ((?:19|20)\d\d)$").search(tail)
    name = tail[:year.start()] if year else tail
    when = f" in {year.group(1)}" if year else ""
    if any(w.lower().strip(".,") in TOOLS or w in _TECH for w in name.split()) or shared(r"\d").search(name):
        return None  # "ERP rollout - SAP", "(Figma/Storybook)": a tool, no employer (review)
    if name in _REGION_CODES:
        return f"{head} across {name}{when}"  # "- EMEA": across the region, never "at EMEA"
    if name in _COUNTRY_CODES:
        return f"{head} in {_COUNTRY_CODES[name]}{when}"  # ", DRC": in the DRC (reader 163)
    parts = shared(r"\s*(?:/|&| and )\s*").split(name)
    if len(parts) > 1 and all(len(p.split()) == 1 and p[:1].isupper() and not _is_acronym(p)
                              and lexicon.word_class(p.lower()) == "P" for p in parts):
        return f"{head} across {join(parts)}{when}"  # "(Vietnam/Singapore)": across both
    if not shared(r"[A-Z][\w.'&-]*(?: (?:[A-Z0-9][\w.'&-]*|&|of|de|do|da|del|di|du|der|for|and|the))*").fullmatch(name):
        work = head.split()[-1].lower()
        joined = "for" if work in _SERVICE_WORK else _STUDIES_OF.get(work)
        if (comma or dashed) and len(words) > 1 and words[-1].lower() in _SERVED and words[0][:1].isupper() and joined:
            return f"{head} {joined} {name}{when}"  # "volunteer tutoring, Toronto newcomers": for them,
            #   never across them (reader 205); "survey, Kenyan farmers": of them, "interviews with
            #   Syrian refugees" (review)
        if comma and len(words) > 1 and words[-1].islower() and words[-1].endswith("s") and words[0][:1].isupper() \
                and words[-1].lower() not in _SERVED \
                and all(lexicon.word_class(w.lower()) == "P" or lexicon.place(w) for w in words[:-1]
                        if w[:1].isupper()):
            return f"{head} across the {name}{when}"  # ", Tokyo & Osaka hotels"
        if (comma or dashed) and len(words) > 1 and words[0][:1].isupper() and all(w[:1].islower() for w in words[1:]) \
                and words[-1].lower() in _SITES and not _REGIONS.search(name) \
                and words[0].lower() not in ("new", "primary", "secondary", "main", "old", "central", "local"):
            return f"{head} at {name}{when}"  # "electrical fit-out, Riverside apartments": at the
        #   building, never a comma splice (reader 171)
        if comma and len(words) > 1 and words[0][:1].isupper() and words[-1].islower() \
                and not _REGIONS.search(name) and words[0].lower() not in ("new", "primary", "secondary", "main", "old",
                                                                          "central", "local"):
            if words[-1] in _ORG_NOUNS | _INSTITUTION_WORDS | {"gymnasium", "lyceum", "polytechnic", "conservatory"}:
                return f"{head} at {name}{when}"  # "Year 9 maths department, Kungsholmens gymnasium",
                #   "front desk practicum, Osaka hospitality college": at the school (reader 197)
            if words[-1] in _UNDERTAKINGS | _PIECES_OF_WORK | {"partnership", "contract", "account", "trial",
                                                               "study", "deal", "tender", "bid", "grant"} \
                    and head.split()[-1][:1].islower() and head.lower() not in ("freelance", "contract", "consulting"):
                the = "" if head.split()[0].lower() in DETERMINERS | {"our", "my"} else "the "
                return f"{the}{head} for the {name}{when}"  # "ferry booking system integration, Blue Star
                #   partnership", "clinical trial coordination, AIIMS Delhi diabetes study": the work
                #   for it (reader 197)
        return None
    org = words[-1].lower().strip(".") in _BUSINESS_TAILS | _FIRM_ENDINGS | _INSTITUTION_WORDS | {
        "tech", "labs", "international", "hs", "theatre", "theater", "building", "authority",
        "service", "services"} or shared(r"^[A-Z][\w'-]* of ").match(name)
    if bracket and head.split()[-1].lower() in _NAMED_ORGS:
        return name + when  # "kitchen remodel business (Doyle & Sons)": Doyle & Sons
    if bracket and not org and not (len(name.split()) == 1 and not _is_acronym(name)
                                    and lexicon.word_class(name.lower()) == "P" and not lexicon.known(name.lower())
                                    and head.split()[-1].lower() in _PLACES | _NAMED_THINGS | {
                                        "ngo", "office", "team", "branch", "charity", "nonprofit"}):
        return None  # "the ERP migration (Atlas)": its short name, kept in brackets; "(Brisbane)"
        #   is where
    single = len(name.split()) == 1
    if comma and single and lead.split()[-1].lower() in _UNITS and not lexicon.town(name) and not lexicon.place(name) \
            and not _is_acronym(name) and lexicon.word_class(name.lower()) is None:
        return f"{head} at {name}{when}"  # "M-Pesa merchant onboarding team, Safaricom": a team is
        #   at a firm; a town the lexicon knows is still "in" (reader 197)
    if (single and not _is_acronym(name) and not _FIRM_LIKE.search(name) and (lexicon.word_class(name.lower()) == "P" or (
            not bracket and lexicon.word_class(name.lower()) is None))) or lexicon.place(name) \
            or shared(r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|NE|NW|SE|SW) [A-Z]").match(name):
        town = shared(r" in ([A-Z][\w'\u00c0-\u017f-]*(?: [A-Z][\w'\u00c0-\u017f-]*)?)$").search(head)
        if comma and town and (lexicon.town(town.group(1)) or lexicon.place(town.group(1))
                               or lexicon.word_class(town.group(1).lower()) in (None, "P")):
            return f"{head}, {name}{when}"  # "in Huila, Colombia": a place in its country, never
            #   "in Huila in Colombia" (reader 201)
        return f"{head} in {name}{when}"  # ", Malmö": a place
    org = org or (single and bool(_FIRM_LIKE.search(name)))  # "fraud model - Razorpay": at it
    named = [w for w in name.split() if w not in _PARTICLES]  # "Universidade do Porto" (reader 197)
    if not org and not (single and _is_acronym(name) and len(name) >= 3) and not (
            len(named) > 1 and not any(lexicon.known(w.lower()) and lexicon.common_when_capitalised(w.lower())
                                       for w in named)):
        if comma and len(named) > 1 and all(w[:1].isupper() for w in named):
            return f"{head} at {name}{when}"  # "hotel pre-opening, Four Seasons Amman" (reader 169)
        return None  # "hiring sprint - Engineering", "sales ops - North America": no employer
    the = "the " if shared(r"^[A-Z][\w'-]* of |.*\b(?:Theatre|Theater|Opera House)$").match(name) \
        and "'s " not in name else ""
    return f"{head} at {the}{name}{when}"  # ", Port of Valencia", " - Opportunity Int'l Ghana"


# Small words inside a name that stay lower case: "Universidade do Porto", "Bank of Ghana".
_PARTICLES = frozenset("of de do da del di du der for and the".split())


# Work known by its letters, which a dash may name as the work done for the project.
_TRADE_WORK = frozenset("EIA O&M EPC HSE QHSE M&E MEP FEED BIM PMO CSR ESG UX QA SEO PR".split())


# Regions by their letters: "across EMEA".
_REGION_CODES = frozenset("EMEA APAC LATAM MENA DACH ANZ APJ CEE SEA".split())


# Countries by their letters, as said after "in".
_COUNTRY_CODES = {"DRC": "the DRC", "UAE": "the UAE", "UK": "the UK", "US": "the US", "USA": "the USA",
                  "KSA": "Saudi Arabia", "PNG": "Papua New Guinea", "NZ": "New Zealand",
                  "CAR": "the Central African Republic"}


# Trades' acronyms a tail may name, never an employer: "ERP rollout - SAP" (review).
_TECH = frozenset("""SAP AWS GCP SEM CRM ERP API SQL AI ML BI UI HR IT VR AR IoT SaaS B2B B2C HRIS
EHR EMR CMS LMS POS WMS TMS GIS""".split()) | _TRADE_WORK


def _at_org(head: str, tail: str) -> str | None:
    """A project typed "Org - the work" or "Place - the work": the work at or in it ("Chennai
    SaaS startup - data team" -> "data team at the Chennai SaaS startup", "Lima - mining safety
    software pilot" -> "mining safety software pilot in Lima", "Manchester nursery - Little
    Acorns" -> "Little Acorns (a Manchester nursery)"); None for a role after the dash or a head
    that is neither (reader 166)."""
    heads, words = head.split(), tail.split()
    if len(heads) > 1 and heads[-1].lower() in _THEIR_SIDE:
        heads = heads[:-1]  # "Novartis vendor - lab data migration": the work for Novartis
        head = " ".join(heads)
    if not words or shared(r"[,/()]").search(head + tail):
        return None
    if (_DEGREE.fullmatch(head) or heads[-1].lower() in _STAGES) and words[0][:1].isupper() \
            and not any(w[:1].islower() and w not in ("of", "de", "do", "da", "di", "du", "and", "&") for w in words):
        the = "the " if shared(r"(?:University|College|Institute|School|Academy) of\b").match(tail) else ""
        return f"{head} at {the}{tail}"  # "MBA - Fundação Getulio Vargas": the MBA at it, never
        #   "the Fundação Getulio Vargas for MBA" (reader 169)
    tail = _PLACE_TAIL_BARE.sub(lambda m: f"{m.group(1)} in {m.group(2)}" if _a_place_name(m.group(2))
                                and m.group(1).split()[-1].lower() in _PLACE_UNITS | _PLACES else m.group(0),
                                tail)  # "logistics base Bangui": the base in Bangui (reader 169)
    words = tail.split()
    placed = shared(r"^(.+?) (?:in|at) (?:the )?([A-Z].*)$").match(head)  # "Escuela Rural 47 in Oaxaca":
    heads = (placed.group(1) if placed else head).split()  # a name, then where it is
    low = [w.lower().strip(",.") for w in heads]
    proper = all(w[:1].isupper() or w[:1].isdigit() or w in ("of", "&", "de", "and") for w in heads)
    org = next((i for i, w in enumerate(low) if w in _ORG_NOUNS and (proper or i == len(low) - 1)),
               None)  # "coffee cooperative export certification - Huila": no organisation
    the = "" if low[0] in ("the", "my", "our", "his", "her", "their", "a", "an") or (proper and org is None) \
        or (proper and org is not None and (org != len(low) - 1 or (
            heads[-1][:1].isupper() and low[-1] in ("school", "college", "academy", "university")
            and low[0] not in ("royal", "national", "central", "state", "federal"))) and " of " not in head) \
        or low[0].endswith(("'s", "s'")) else "the "  # "Westfield High School": its name, no
    #   "the"; "the World Bank", "the Kampala NGO" keep theirs; "Dr. Patel's clinic" is named
    if proper and low[-1] in _PAPERS and low[0] != "the" and len(low) > 1:
        the = "the "  # "the Irish Independent" (reader 167); "The Economist" has its own
    if len(heads) == 1 and heads[0] in _THE_ACRONYMS:
        the = "the "  # "the junior doctor role at the NHS" (review)
    own = shared(r" (?:in|at|for|across) .*$").sub("", tail).split()
    if own and own[-1].lower() in _ROLE_TAILS and not any(w.lower() in _NOT_A_PERSON for w in own):
        if org is None and not (proper and (len(heads) > 1 or not lexicon.known(heads[0].lower()))
                                and not lexicon.place(" ".join(heads))
                                and not shared(r"\d|(?i:summer|winter|spring|autumn|fall|weekend|year|remote)").search(head)):
            return None  # "Nairobi - sales manager", "2019 - intern": a post, said as typed
        if len(heads) == 1 and lexicon.town(head) and head.lower() not in _FIRMS_NAMED_FOR_TOWNS:
            return f"{' '.join(own)} role{tail[len(' '.join(own)):]} in {head}"  # "Nairobi - sales manager"
        return f"{' '.join(own)} role{tail[len(' '.join(own)):]} at {the}{head}"  # "Quito coworking
        #   startup - community manager": "in the community manager role at ..." (reader 168)
    if not placed and (lexicon.town(head) if len(heads) == 1 else lexicon.place(head)) and not _is_acronym(heads[0]) \
            and head.lower() not in _FIRMS_NAMED_FOR_TOWNS and not lexicon.town(tail):
        people = _people_team(tail)
        dated = shared(r"^(.+?) ((?:19|20)\d\d)(?:[-\u2013/]((?:19|20)?\d\d))?$").match(tail)
        when = ""
        if dated:  # "Kyiv - accounting outsourcing 2019-2022": in Kyiv from 2019 to 2022
            tail, words = dated.group(1), dated.group(1).split()
            end = dated.group(3)
            when = f" from {dated.group(2)} to {dated.group(2)[:4 - len(end)] + end}" if end else f" in {dated.group(2)}"
            own = shared(r" (?:in|at|for|across) .*$").sub("", tail).split()
        said = people or (tail if words[0][:1].isupper() or tail.split()[0].lower() in DETERMINERS
                          else f"the {tail}" if own and (own[-1].lower() in _PLACE_UNITS | _PLACES | _ORG_NOUNS
                                                         | _UNITS | _WORK_TAILS) else tail)
        return f"{said} in {head}{when}"  # "Berlin - Zalando checkout redesign": in Berlin, never "for
        #   Berlin"; "Beirut - pediatric ward": the ward in Beirut (reader 173)
    region = shared(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (region|province|county|state|district)").fullmatch(tail)
    if region:
        kind = region.group(2)
        return f"{head} in {'the ' if kind == 'region' else ''}{region.group(1)} " \
               f"{kind if kind == 'region' else kind.capitalize()}"  # "cocoa farmer cooperative -
        #   Ashanti region": the cooperative in the region (reader 169)
    people = _people_team(tail)
    if people and (proper or org is not None):
        return f"{people} at {the}{head}"  # "Machu Picchu Trust - trekking guides": their team
    if people and low[-1] in _FIELDS | _SECTORS:
        return f"{people} in {head}"  # "Cusco tourism - trekking guides": the team in Cusco
        #   tourism, never "at the Cusco tourism" (review)
    if own and own[0].lower().endswith("ing") and own[-1].lower() in _PLACE_UNITS | _PLACES | _ORG_NOUNS \
            and (org is not None or proper):
        return f"the {tail} at {the}{head}"  # "Royal Mail - sorting office": the office, never
        #   "sorting" it (review)
    if own and own[-1].lower() in _CIVIC and len(heads) == 1 and proper \
            and not _is_acronym(heads[0]) and lexicon.word_class(heads[0].lower()) == "P" and not placed:
        return f"{tail} in {head}"  # "Toronto - community food bank": a place in a city (reader 169)
    if all(w in _TRADE_WORK for w in words) and not shared(r"(?:19|20)\d\d$").search(head):
        return f"{tail} for {the if not proper else ''}{head}"  # "Penang port expansion - EIA"
    if org is None and not proper and own and own[-1].lower() in _PLACE_UNITS \
            and low[-1] in _PLACES | _ORG_NOUNS:
        return f"{tail} at the {head}"  # "Kyoto ryokan - kitchen": the kitchen at the ryokan
    if proper and shared(r"(?:[A-Z][\w'&-]* )*(?:Week|Expo|Summit|Festival|Fair|Conference|Games|Olympics|Biennale|"
                         r"Marathon|Cup|Show)(?: (?:19|20)\d\d)?|(?:[A-Z][\w'&-]* )*Expo (?:19|20)\d\d").fullmatch(head) \
            and tail[:1].islower():
        return f"the {tail} at {head}"  # "Milan Design Week 2023 - stand build": the stand build at
        #   it, never "the Milan Design Week 2023 (stand build)" (reader 173)
    if org is None and (not proper or (own and own[-1].lower() in _WORK_TAILS and not placed)
                        or shared(r"(?:19|20)\d\d$").search(head)):
        return None  # "Royal Engineers - bridging troop": one name, joined below
    if org is None and len(heads) > 1 and lexicon.place(head):
        return f"{tail} in {head}"  # "Mexico City - brand identity for Mezcal Luna"
    if org is None:
        dated = bool(shared(r"(?:19|20)\d\d$").search(head))
        return f"{tail} {'for' if (len(heads) == 1 or dated) and own[-1].lower() not in _UNITS | _FIELDS | _DEPARTMENTS else 'at'} {the}{head}"
        #   "Enel - smart meter data platform": for Enel; "Samsung Bac Ninh - SMT line
        #   qualification": at the plant; "Tokyo 2020 - athlete village energy": for the Games
    if all(w[:1].isupper() or w in ("&", "of") for w in words) and not _is_acronym(words[0]):
        return f"{tail} ({indefinite(head) if not the == '' or not proper else head})"  # "Manchester
        #   nursery - Little Acorns": its name, and what it is
    return f"{tail} at {the}{head}"  # "Santiago creative agency - Falabella campaign"


# What a department is called, worked "in": "in F&B at the Fiji resort group".
_DEPARTMENTS = frozenset("""f&b hr r&d finance marketing procurement underwriting sales operations
ops engineering services admissions logistics accounting compliance""".split())


# Places a town has, which a city's name before them places: "Toronto - community food bank".
_CIVIC = frozenset("""bank clinic school hospital ngo charity nursery shelter kitchen library college
university centre center church mosque temple museum theatre theater""".split())


# What a piece of a build is let as, after a comma: "Muscat airport expansion, HVAC subcontract".
_DELIVERABLES = frozenset("""subcontract contract package tender bid design survey fit-out works
audit inspection study""".split())


# What such a piece is for: "expansion", "upgrade", "build".
_UNDERTAKINGS = frozenset("""expansion build rebuild upgrade project programme program renovation
refurbishment construction extension development redevelopment scheme retrofit""".split())


# Parts of a workplace a person works in: "Stellenbosch wine farm - cellar".
_PLACE_UNITS = frozenset("""cellar kitchen yard desk floor ward clinic branch office lab bar
restaurant shop store warehouse depot base front-of-house workshop site facility""".split())


# People a dash may name, who work as a team: "- volunteer mentors", "- trekking guides".
_PEOPLE_PLURALS = {"mentors": "mentor", "guides": "guide", "nurses": "nurse", "teachers": "teacher",
                   "coaches": "coach", "tutors": "tutor", "drivers": "driver", "volunteers": "volunteer",
                   "interns": "intern", "organisers": "organiser", "organizers": "organizer",
                   "marshals": "marshal", "stewards": "steward", "medics": "medic", "lifeguards": "lifeguard"}


_DEGREE = lazy(r"(?:the |my |our )?(?:MSc|BSc|MA|BA|MBA|EMBA|PhD|MPhil|LLM|LLB|MPH|MPA|MEng|BEng|MFA|BFA|"
               r"MRes|BEd|MEd|PGCE|PGDip|MSW|BSN|MSN)(?: (?:in |of )?[A-Z][\w&'-]*(?: (?:and |& )?[A-Z][\w&'-]*)*)?")


# Work rolled out, said after an acronym: "SAP rollout", "ERP migration" (never "UN agencies").
_ROLLED_OUT = frozenset("""rollout roll-out migration upgrade implementation integration deployment
redesign build go-live transition overhaul refit programme program""".split())
# Sectors typed in lower case, never a firm's name: "telco - billing migration".
_SECTOR_WORDS = frozenset("""telco telecoms ecommerce crypto devops fintech neobank insurtech agritech
edtech proptech healthtech scaleup bigtech telehealth onboarding ngo nonprofit startup""".split())
# Work done for people, which a comma names after it: "volunteer tutoring, Toronto newcomers".
_SERVICE_WORK = frozenset("""tutoring teaching classes coaching mentoring support outreach clinic clinics
programme program workshops workshop lessons volunteering meals shelter camp drive fundraiser advice
services service care appeal helpline""".split())
# Research on people, and the word that joins them: "the survey of Kenyan farmers".
_STUDIES_OF = {"survey": "of", "surveys": "of", "study": "of", "census": "of", "assessment": "of",
               "evaluation": "of", "interviews": "with", "groups": "with", "workshops": "with"}
# People a project is done for, typed after it: "Toronto newcomers", "Syrian refugees".
_SERVED = frozenset("""newcomers refugees migrants immigrants students pupils families seniors elders
youth kids children teens teenagers patients residents veterans women girls boys farmers workers
learners survivors parents carers""".split())


def _people_team(tail: str) -> str | None:
    """"volunteer mentors" -> "the volunteer mentor team": people who worked as one, said as
    their team ("on the volunteer mentor team at the robotics club"); None for anything else."""
    words = tail.split()
    if words and words[-1].lower() in _PEOPLE_PLURALS and all(w[:1].islower() for w in words):
        return " ".join(["the", *words[:-1], _PEOPLE_PLURALS[words[-1].lower()], "team"])
    return None


def _names_an_org(head: str) -> bool:
    """"K-Bio Ventures", "Accra food bank": a name or a kind of organisation, which a comma after
    it may follow with the work done there; never a person ("John Smith", "Mrs Okafor"), a
    tool ("Python"), a year group or a phase ("Year 9"), a state or a common word ("Warehouse")."""
    heads = head.split()
    if shared(r"(?i)(?:mr|mrs|ms|miss|dr|prof|sir|dame)\b\.?").match(head) or shared(r"\d").search(head) \
            or _REGIONS.search(head) or any(w.lower() in TOOLS or w in _TECH for w in heads) \
            or (len(heads) == 1 and lexicon.known(heads[0].lower()) and lexicon.common_when_capitalised(heads[0].lower())) \
            or (len(heads) == 2 and lexicon.word_class(heads[0].lower()) == "P"
                and heads[-1].lower() not in _ORG_NOUNS | _BUSINESS_TAILS and not lexicon.place(head)
                and not _is_acronym(heads[0])):  # "John Smith"
        return False
    return heads[-1].lower() in _ORG_NOUNS or (
        heads[0].lower() not in DETERMINERS and not lexicon.place(head)
        and all(w[:1].isupper() or w[:1].isdigit() or w in ("of", "&", "de", "and") for w in heads))


def _names_work(tail: str) -> bool:
    """"due diligence on 3 biotech startups", "A320 line maintenance scheduling tool": work done,
    ending in a common noun; never a role, a time, a region or a part ("first draft")."""
    words = tail.split()
    return words[-1][:1].islower() and words[-1].isalpha() and not _REGIONS.search(tail) \
        and not shared(r" [-\u2013\u2014] |[,/()]").search(tail) \
        and words[0].lower() not in DETERMINERS | {"a", "an"} \
        and not any(w.lower() in _NOT_A_TOPIC for w in words) and words[-1].lower() not in _ROLE_TAILS \
        and not shared(r"(?:19|20)\d\d").search(tail) and not shared(
            r"(?i)^(?:phase|round|stage|part|wave|year|season|step|lot|night|day|weekend|grade)\b").match(tail) \
        and words[-1].lower() not in _PERIODS


# Words that make "assistant" a product, never a post: "digital assistant", "AI teaching assistant".
_NOT_A_PERSON = frozenset("digital virtual voice ai chatbot smart bot ml gpt llm coding shopping".split())


# Which side a named organisation was on, typed after its name: "Novartis vendor".
_THEIR_SIDE = frozenset("vendor supplier contractor client customer partner".split())


# What a name before it may be the trade in, never an organisation: "Vale iron ore", "Thar
# coal", "BRAC microfinance": "for Vale iron ore", never "for the Vale iron ore" (reader 168).
_TRADES = frozenset("""ore coal copper gold oil gas lithium cocoa coffee tea sugar cotton rubber
timber cement steel nickel zinc bauxite uranium diamonds rice wheat meals microfinance
microcredit""".split())


# Parts of an organisation, which work may be done in: "the science section at Die Zeit".
_UNITS = frozenset("""section department dept team desk unit lab laboratory ward office division
branch""".split())


# Bodies known by their letters that take "the": "at the NHS", "at the BBC".
_THE_ACRONYMS = frozenset("""NHS UN EU WHO BBC IMF FBI CIA IRS FDA SEC RBI FCA ECB UNDP WFP UNHCR ICRC IOM
ABC CBC""".split())


# Newspapers named with "the": "the Irish Independent", "the Hindu".
_PAPERS = frozenset("""independent times guardian herald telegraph tribune chronicle gazette
observer mirror globe hindu statesman""".split())


# What an organisation or a place of work is called by its kind: "Chennai SaaS startup".
_ORG_NOUNS = frozenset("""startup start-up agency studio school clinic hospital nursery daycare practice
firm company ngo charity fund fintech bank business co-op cooperative association surgery house
college university lab plant factory store shop restaurant hotel academy trust council ministry
consultancy nonprofit hub incubator accelerator services group resort jv brewery distillery winery
refinery labs""".split())


# What a project may be a matter of, whose dash names its subject: "tax dispute - cross-border VAT".
_MATTERS = frozenset("""dispute advisory litigation review case matter consultation inquiry
investigation reform arbitration appeal claim""".split())


# What a dash may name that is the person's post, not the work: "- community manager".
_ROLE_TAILS = frozenset("""manager assistant nurse intern volunteer teacher tutor lead engineer
developer designer analyst officer coordinator director head chef apprentice trainee associate
consultant doctor presenter logistician delegate electrician leader producer reporter journalist
student supervisor technician""".split())


# What a project may be a stage of study or work in, whose tail is its topic: "PhD - crop
# genomics", "postdoc, wind turbine blade fatigue".
_STAGES = frozenset("""phd doctorate dphil postdoc thesis dissertation internship placement residency
fellowship capstone essay paper report study masters master's msc mphil rotation""".split())


# Words in a tail that say what part one played, never a topic: "the research paper, co-author".
_NOT_A_TOPIC = frozenset("""co-author coauthor author year draft first second final unpublished
published examiner external internal lead team member supervisor chapter revision defence defense
viva abroad overseas remote online offshore onsite""".split())


# What a tail names as the unit or package of a named body: "Royal Engineers - bridging troop".
_WORK_TAILS = frozenset("""project package crew troop team squad unit programme program desk works
fit-out study platoon battalion company brigade""".split())


def _a_place_name(name: str) -> bool:
    """A name and no common word in capitals: "Brno", "Ostrava-Vítkovice", "Laredo"; not
    "Phase", "Beta" or "Project"."""
    words = name.split()
    if len(words) == 2 and not lexicon.place(name) and all(lexicon.word_class(w.lower()) == "P" for w in words) \
            and words[0].lower() not in ("san", "santa", "santo", "são", "st", "saint", "port", "fort", "mount", "new",
                                         "el", "la", "los", "las", "le", "al", "puerto", "porto", "villa", "ciudad",
                                         "bandar", "kota", "ras", "bad"):
        return False  # "Goldman Sachs", "Morgan Stanley": a firm named for its founders, where a
        #   place of two names is one the lexicon knows ("Buenos Aires")
    if len(words) > 1 and not lexicon.place(name) and words[-1].lower() in _FIRM_NOUNS:
        return False  # "Welsh Water", "Harbor Mutual": a firm named by a common word
    return "'" not in name and not any(lexicon.known(w.lower())
                                       and lexicon.common_when_capitalised(w.lower())
                                       for w in shared(r"[- ]").split(name)) \
        and words[0].lower() not in ("phase", "project", "beta", "alpha", "version") \
        and not _FIRM_LIKE.search(name)


# Buildings and grounds a named site is, which work is done at: "Riverside apartments".
_SITES = frozenset("""apartments flats towers tower estate mall plaza campus stadium arena
terminal depot yard complex residences hotel hospital school site mine quarry""".split())


# Trades a place's name may go before, a line of work and no body: "Cusco tourism".
_SECTORS = frozenset("""tourism hospitality healthcare education agriculture construction mining
fishing forestry banking insurance media fashion""".split())


# Firms that share a town's name, and are meant far more often: "Toyota - supply chain audit".
_FIRMS_NAMED_FOR_TOWNS = frozenset("""toyota santander sabadell hitachi sapporo aurora columbia lincoln irving
santos nokia suzuki mazda""".split())
# Common nouns that end a firm's name and never a town's: "Welsh Water", "Harbor Mutual".
_FIRM_NOUNS = frozenset("""water mutual power gas energy electric telecom airways airlines rail railways
bank insurance health foods motors steel oil capital partners group media digital systems solutions
logistics pharma pharmaceuticals labs holdings ventures brewing breweries beverages textiles mining
telecommunications communications networks software consulting advisory brothers chemical chemicals
mail depot mills clinic stores""".split())


# How a firm's coined name ends, never a place's: "Razorpay", "Flipkart", "Zenhub".
_FIRM_LIKE = lazy(r"(?:[Pp]ay|[Kk]art|[Ss]oft|[Tt]ech|[Ll]abs|ify|[Hh]ub|[Mm]art|[Cc]loud|[Dd]ata|[Bb]ot|[Ss]tack)$|"
                  r"^(?!Ma?c)[A-Z][a-z]{2,}[A-Z][a-z]+$")


# A name and the unit within it: "Phoenix Children's Hospital pediatric ICU".
# How an institution that holds units is named: "... Children's Hospital", "... University".
_INSTITUTION_WORDS = frozenset("""hospital hospitals university centre center institute college
school health infirmary trust foundation ministry council authority""".split())


# Heads that change the preposition: a time ("during my postdoc"), an event or a place ("at").
_PERIODS = frozenset("""postdoc residency clerkship internship externship placement rotation
fellowship apprenticeship traineeship secondment sabbatical practicum pupillage articling
associateship studentship registrarship
housemanship curacy novitiate attachment year term semester exchange
summer season tenure years months summers seasons""".split())


_PLACES = frozenset("""studio lab laboratory clinic shop restaurant bakery cafe café salon gym business
roastery brewery distillery winery vineyard ryokan agriturismo finca hacienda packhouse rink
stables kennels cattery surgery deli florist barbershop barbers chippy takeaway launderette laundrette
dojo preschool
lodge eco-lodge resort hostel inn guesthouse motel
terminal airport port harbour harbor
store firm agency hospital library farm hotel pub bar theatre theater gallery
museum newsroom pharmacy factory center centre counter station depot warehouse plant
trattoria bistro brasserie taverna pool yard dock garage workshop school nursery daycare
kindergarten creche armory armoury barracks branch outlet showroom boutique dealership mill quarry
makerspace court courthouse tribunal crèche hub pizzeria atelier biobank bureau dairy primary
fintech startup start-up scale-up scaleup healthtech edtech proptech insurtech agritech
secondary elementary
chain
refinery hangar chandlery hospice home academy shelter orphanage hostel
ngo charity nonprofit non-profit foundation bank startup start-up co-op coop cooperative
scale-up brokerage facility""".split())


# How a business's name ends: "Henderson Roofing", "Kowalski Electric", "Sunnyside Care Home".
_BUSINESS_TAILS = frozenset("""coaching fitness crossfit physio physiotherapy dental accountants
associates partners architects steuerberatung mall supermarket coffee
roofing landscaping electric electrical mechanical plumbing construction
builders ltd inc llc gmbh co sons group services solutions consulting home homes bakery salon
motors logistics trucking haulage farms dairy vineyards winery brewery heating chain
trust foundation lines airlines airways railways freight shipping bank philharmonic
technik technologies ventures holdings industries pharma pharmaceuticals biotech telecom""".split())
