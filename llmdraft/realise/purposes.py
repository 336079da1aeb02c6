"""Purposes: goals, activities, "for ..." phrases, infinitives and clauses."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import lexicon
from ..patterns import lazy, shared
from .translate import english
from .words import (COUNTRY_NAMES, the_countries, DETERMINERS, MONTH_OF, _PREPOSITIONS, _SUBJECTS_FIRST, _SUBJECTS_THIRD, _finite, _head,
                    indefinite, cap, clean, lower_first, plain_figures, proper_names, tidy_case)


class Purpose(NamedTuple):
    form: str  # goal, target ("a charge nurse position"), goals (plural), activity, hope, so, clause
    text: str  # the phrase for its frame: "my job search", "applying for PhD programs",




# A name made of a verb and a place or cause: "Teach for South Africa", "Code for Ghana".
_NAMED_BY_VERB = lazy(r"^[A-Z][a-z]+ (?:[Ff]or|[Ww]ithout|[Aa]cross) [A-Z]")


# A public body or a foundation named after "to", "at", "with", "for" or "join", which takes
# "the": "the Department of Conservation", "the Gates Foundation", "the World Bank".
_THE_BODY = lazy(r"\b(to|at|with|for|join|joining|into) (?!the\b)((?:[A-Z][\w&'-]* )*?"
                 r"(?:Department|Ministry|Bureau|Foundation|Agency|Commission|World Bank|Red Cross|"
                 r"Red Crescent|National Trust|Environment Agency|Met Office|Home Office)\b"
                 r"(?: (?:of|for) [A-Z][\w'-]*(?: [A-Z][\w'-]*)*)?)")


# What one applies or looks for, a thing counted: "applying for MPH" is for an MPH.
_APPLIED_FOR = (r"(?:job|role|position|post|internship|placement|scholarship|fellowship|MPH|MBA|MSc|MA|LLM|PhD|"
           r"master's|masters|master's program|master's programme|degree|visa|traineeship|"
           r"apprenticeship|contract)")


def _second_language(raw: str) -> str:
    """A purpose in the shape another language gives it, in English's (readers 221, 223, 225):
    "applying for MPH" -> "applying for an MPH", "looking for new job" -> "looking for a new job",
    "job search in X" -> "my job search in X", "in other winery" -> "in another winery", "my
    scholarship Fulbright" -> "my Fulbright scholarship", "to master in Germany" -> "to do a
    master's in Germany", "master program" -> "master's program"."""
    text = shared(r"(?i)\bmasters? (program|programme|degree|application)\b").sub(r"master's \1", raw)
    text = shared(r"^((?:[\w-]+ ){0,3}([a-z]+)) (I{1,3}|IV|[1-3])$").sub(
        lambda m: f"{indefinite(m.group(1))} {m.group(3)} role" if _a_post(m.group(2).lower()) and not any(
            w.endswith("ing") or w in _PREPOSITIONS or w in ("promo", "promotion", "to", "for") for w in m.group(1).lower().split())
        else m.group(0),
        text)  # "data analyst II": a data analyst II role, never "her data analyst II" (reader 246)
    text = shared(r"\b([Aa]pplication) in (?=[A-Z])(?!(?:January|February|March|April|May|June|July|August|September|"
                  r"October|November|December|Spring|Summer|Autumn|Fall|Winter)\b)").sub(r"\1 to ", text)  # "application in TU München"
    text = shared(r"(?i)\b(jr|sr)\.? (?=[a-z]+ (?:[a-z]+ )?(?:roles?|jobs?|positions?|analyst|developer|engineer|designer|"
                  r"accountant|associate|consultant)\b)").sub(lambda m: "junior " if m.group(1).lower() == "jr" else "senior ", text)
    text = shared(r"^((?:[\w-]+ ){1,4}(?:roles?|jobs?|positions?)), civilian$").sub(r"civilian \1", text)
    text = shared(r"^((?:[\w-]+ ){0,3}([a-z]+)),? civilian$").sub(
        lambda m: f"{indefinite('civilian ' + m.group(1))} role" if _a_post(m.group(2)) else m.group(0), text)  # "cybersecurity
    #   analyst civilian": a civilian cybersecurity analyst role (reader 238)  # "hospital
    #   operations manager roles, civilian": civilian ones (reader 242)
    text = shared(r"^((?:[\w-]+ ){1,4}(?:roles?|jobs?|positions?)), (?:just|recently) (?:passed|finished|completed|got)\b"
                  r"[^,]*\b(?:exam|test|cert|certificate|certification|licen[cs]e|course|degree)$").sub(r"\1", text)
    #   "staff accountant roles, just passed enrolled agent exam": a note to oneself after the aim
    text = shared(r"\b(application|applying|apply) (for|to) (?!(?:a|an|the|my|this|that|your|our)\b)"
                  r"((?:[\w'-]+ ){0,3}(?:position|role|job|post|vacancy))\b").sub(
        lambda m: f"{m.group(1)} {m.group(2)} " + ("the " + m.group(3) if all(
            w[:1].isupper() and not w.isupper() for w in m.group(3).split()[:-1]) else indefinite(m.group(3))),
        text)  # "application for nursing manager position": for a nursing manager position (reader 241)
    text = shared(r"(?i)\b(switching|moving|transitioning|pivoting|switch|move|transition) (to|into) "
                  r"((?!(?:a|an|the|my)\b)(?:[a-z-]+ ){0,3}[a-z]+)$").sub(
        lambda m: f"{m.group(1)} {m.group(2)} {indefinite(m.group(3))} role" if _a_post(m.group(3).split()[-1].lower())
        and m.group(3).split()[-1].lower() not in ("design", "development", "management") else m.group(0),
        text)  # "switching to supply chain analyst": to a supply chain analyst role (reader 242)
    text = shared(r"(?i)\bto (?:do )?masters? in\b(?!-)").sub("to do a master's in", text)
    text = shared(r"(?i)\bfor (?:a )?masters? (in|at)\b(?!-)").sub(r"for a master's \1", text)  # "application for
    #   master in social work" (reader 249)
    text = shared(r"^(?:my )?(trainee|graduate|management trainee|internship|summer) (program|programme|scheme) "
                  r"([A-Z][\w&-]+)$").sub(r"the \3 \1 \2", text)  # "trainee program Ambev": the Ambev trainee program
    text = shared(r"\b(job|role|position|internship) in (?=[A-Z][\w-]+ [A-Z]{2,}\b)").sub(r"\1 at ", text)  # "a job
    #   in Dubai RTA": at the body
    text = shared(r"(?i)^(job (?:search|hunt)|job-hunting)\b").sub(lambda m: "my " + m.group(1).lower(), text)
    text = shared(r"(?i)\b(for|looking for|applying for|apply for|apply to|applying to|find|finding|land|landing|"
                  r"get|getting|look for) ((?:new |better |full-time |part-time |permanent |remote |"
                  r"good )?" + _APPLIED_FOR + r")\b(?!')(?=$|[,.;)]| (?:in|at|with|for|to|on|as|abroad|overseas|"
                  r"after|before|from|this|next)\b)").sub(
        lambda m: f"{m.group(1)} {indefinite(m.group(2))}", text)
    text = shared(r"(?i)\b(applying for|apply for|looking for|look for|find|land) ((?:[a-z]+ ){0,2}([a-z]+))"
                  r"(?= (?:in|at|with|for|on)\b)").sub(
        lambda m: f"{m.group(1)} {indefinite(m.group(2))} role" if _a_post(m.group(3).lower()) and not any(
            w in DETERMINERS or w in ("my", "our", "his", "her", "their", "a", "an") for w in m.group(2).lower().split())
        else m.group(0), text)  # "applying for export manager": for an export manager role
    text = shared(r"\b(in|at|for|to) other ((?!(?:ways?|words|work|research|experience|software|information|"
                  r"people|staff|news|advice)\b)[a-z]+(?<!s))\b").sub(
        r"\1 another \2", text)  # a single one: "in other winery"; "in other countries" is many
    text = shared(r"\b(my|her|his|their) (scholarship|fellowship|grant|visa|award) (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                  r"Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)([A-Z][\w-]+)\b(?! [A-Z0-9])").sub(
        r"\1 \3 \2", text)  # "my scholarship Fulbright"; never "my Marie fellowship Curie" (review)
    return text


@lru_cache(maxsize=512)
def purpose(raw: str) -> Purpose:
    """What the recommendation is for, as a phrase that knows its form. A name in title case
    with a capitalised small word ("Teach For America", "Doctors Without Borders") is read as
    one name, never "to teach for an America ... role" (reader 193)."""
    raw = english(raw) or raw  # "vaga de gerente de marketing": a marketing manager job (reader 219)
    raw = shared(r"(?i)^(?:a |the )?(next|first)\b(?! (?:officer|mate|lieutenant|responder|violin|aid|class)\b)"
                 r"(?!.*\b(?:is|are|was|will|would)\b)(?=.*\b(?:job|role|position|post|applications?)\b)").sub(
        lambda m: "my " + m.group(1).lower(), raw.strip())  # "a next job", "first analyst job": mine (reader 218)
    raw = shared(r"\band (first|next)\b(?=[^,]*\b(?:job|role|position)s?\b)").sub(r"and my \1", raw)  # "grad
    #   school and first analyst job"
    raw = shared(r"\bfull time\b(?= [a-z])").sub("full-time", raw)
    raw = _second_language(raw)
    raw = shared(r"(?i)^((?:grad|med|law|nursing|business|dental|vet|graduate) school)(?= and )").sub(r"\1", raw)
    names = _TITLED_NAME.findall(raw)
    plain = _read(raw)
    if not names or not shared(r"\b[a-z]").search(raw) or all(n in plain.text for n in names):
        return plain  # "Applying For Jobs": all typed in title case; a name read whole already
    for name in names:
        raw = raw.replace(name, name.replace(" ", "_"))
    found = _read(raw)
    text = found.text
    for name in names:
        text = re.sub(re.escape(name.replace(" ", "_")), lambda _, said=name: said, text, flags=re.I)  # re's own
        #   cache: one pattern a name, never the shared one (a batch of names)
    return Purpose(found.form, text)


# A name in title case whose small word is capitalised too: "Teach For America".
_TITLED_NAME = lazy(r"\b[A-Z][a-z]+(?: (?:For|Of|The|Without|And|In|On|At|To)(?: [A-Z][a-z]+)+)+\b")


# What a purpose typed in a second language's present means: "I apply for ..." is under way.
_UNDER_WAY_NOW = frozenset("apply move search look prepare relocate transfer change switch return plan try".split())


def _as_meant(raw: str) -> str:
    """A purpose typed with a second language's tense or agreement, as meant: "I apply for
    position of Project Lead" -> "I'm applying for ...", "she apply for teaching in Spain" ->
    "she applies ...", "I move to Netherlands and search job" -> "I'm moving ... and searching
    for a job" (reader 201)."""
    def under_way(m: re.Match) -> str:
        forms = lexicon.verb_forms(m.group(2).lower())
        return f"{m.group(1)}'m {forms[2]}" if forms and m.group(2).lower() in _UNDER_WAY_NOW else m.group(0)
    raw = shared(r"^(I) ([a-z]+)\b").sub(under_way, raw)
    raw = shared(r"(?<= and )([a-z]+)\b(?= (?:job|work|position|role|a |an |for )\b)").sub(
        lambda m: lexicon.verb_forms(m.group(1))[2] if raw.startswith("I'm ") and m.group(1) in _UNDER_WAY_NOW
        and lexicon.verb_forms(m.group(1)) else m.group(0), raw)  # "... and search job": and searching
    raw = shared(r"\b(searching|looking|applying) (job|work|position|role)\b(?=$| (?:in|at|as|with|for|abroad)\b)").sub(
        lambda m: f"{m.group(1)} for {'a ' if m.group(2) in ('job', 'position', 'role') else ''}{m.group(2)}", raw)
    raw = shared(r"(?i)^(she|he) ([a-z]+)\b").sub(
        lambda m: f"{m.group(1)} is {lexicon.verb_forms(m.group(2))[2]}" if m.group(2) in _UNDER_WAY_NOW
        and lexicon.verb_forms(m.group(2)) else m.group(0), raw)  # "she apply for ..." -> "she is applying"
    raw = shared(r"(?i)^(?:to )?work as (?=(?:a|an) )").sub("to work as ", raw)  # never "a work as
    #   a nurse role"
    raw = shared(r"(?i)\b(for|into|to) (position|post|role) of (?=[A-Z])").sub(r"\1 the \2 of ", raw)  # "for
    #   the position of Project Lead"
    raw = shared(r"(?i)^(she|he) ([a-z]+)\b").sub(
        lambda m: f"{m.group(1)} {lexicon.verb_forms(m.group(2))[0]}" if lexicon.verb_forms(m.group(2))
        and lexicon.lemma(m.group(2)) == m.group(2) and m.group(2) not in ("is", "was", "has", "had", "will", "would",
                                                                      "can", "could", "should", "must", "may", "might")
        else m.group(0), raw)  # "she apply for ..." -> "she applies"
    return shared(r"\b(as) (?!(?:a|an|the|my|our|his|her|their|part|well|soon|much|long|far|if|though|of|to|per|such|"
                  r"usual|before|needed|always)\b)([a-z]+)(?=(?: in| at| for| with|,|$))").sub(
        lambda m: f"{m.group(1)} {indefinite(m.group(2))}" if _a_post(m.group(2)) else m.group(0), raw)  # "to work as
    #   pharmacist in Ireland": as a pharmacist


def _read(raw: str) -> Purpose:
    placed = shared(r"^(.+?),\s*(?:the )?(UK|US|USA|UAE|EU|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$").match(raw.strip())
    if placed and (placed.group(2) in ("UK", "US", "USA", "UAE", "EU") or placed.group(2) in COUNTRY_NAMES.values()):
        the = "the " if placed.group(2) in ("UK", "US", "USA", "UAE", "EU", "Netherlands", "Philippines") else ""
        raw = f"{placed.group(1)} in {the}{placed.group(2)}"  # "Master's in Clinical Pharmacy, UK": in the
        #   UK, never ", UK" pasted after it (reader 193)
    raw = plain_figures(proper_names(raw))  # "moving to europe": Europe, whichever way the purpose is said
    raw = the_countries(_as_meant(raw))
    raw = shared(r"\s*[-\u2013\u2014,;:]+\s*$").sub("", raw.strip())  # "new job hunt -": a note's dash left
    raw = shared(r"(?i)^([a-z]+ing\b[^,;]*), ((?:and )?(?:job hunting|job-hunting|job searching|looking|applying|"
                 r"interviewing|searching|hunting|networking)\b[^,;]*)$").sub(r"\1 and \2", raw)  # "relocating to
    #   Berlin, job hunting": two things under way, joined (reader 176)
    raw = shared(r"(?i)\b(for|into|towards) (first|next)\b(?= \w)").sub(r"\1 my \2", raw)  # "preparing for
    #   first office job applications": for my first ones (reader 178)
    raw = shared(r"(?i)^((?:I'm |I am )?(?:applying|going|apply) for) (?!(?:a|an|the|my|our)\b)((?-i:[A-Z]{2,6}) "
                 r"(?:consultancy|fellowship|internship|scholarship|residency|traineeship|apprenticeship|grant|"
                 r"secondment|contract))$").sub(lambda m: f"{m.group(1)} {indefinite(m.group(2))}", raw)  # "applying
    #   for WHO consultancy": a WHO consultancy (reader 173)
    raw = shared(r"(?i)\b(into|for|to|towards|toward) ((?:(?!(?:a|an|the|another|my|our|your|his|her|their|this|that|"
                 r"any|some|one|each|every|no)\b)[a-z][\w-]* ){1,3}(?:role|position|post|"
                 r"job|opening|vacancy))$").sub(lambda m: f"{m.group(1)} {indefinite(m.group(2))}", raw)  # "moving into
    #   ops director role": an ops director role (reader 185)
    raw = shared(r"\b(applications?|apps) (?!(?:Q[1-4]|H[12]|UK|US|USA|EU|UAE)\b)(?=[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?$)").sub(
        r"\1 to ", raw)  # "MBA application INSEAD": to INSEAD (reader 188)
    raw = shared(r"\b(for|into|to) (?!(?:a|an|the|my|our|your|his|her|their)\b)([A-Z]{2,}[\w-]*(?: [a-z][\w-]*)? (?:role|"
                 r"position|job))\b").sub(lambda m: f"{m.group(1)} {indefinite(m.group(2))}", raw)  # "for PMP-required role"
    raw = shared(r"\b(at|for|with) (?!(?:a|an|the)\b)((?:Japanese|German|French|Chinese|Korean|American|British|"
                 r"Canadian|Australian|Dutch|Swiss|Swedish|Italian|Spanish|Indian|Singaporean|Emirati|Saudi|big|small|"
                 r"large|local|global|tech|international) (?:company|firm|startup|bank|corporation|multinational|agency|"
                 r"hospital|school))\b").sub(
        lambda m: f"{m.group(1)} {indefinite(m.group(2))}", raw)  # "a job in Tokyo at Japanese company": at a
    #   Japanese company (reader 188)
    raw = shared(r"(?i)^((?:senior |lead |principal |staff )?(?:UX|UI|product|data|design|engineering|marketing|sales)) at "
                 r"([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)$").sub(
        lambda m: "a " + " ".join(w if w.isupper() else w.lower() for w in m.group(1).split()) + f" role at {m.group(2)}",
        raw)  # "Senior UX at Revolut": a senior UX role there (reader 188)
    raw = shared(r"\b(Director|Head) (Engineering|Product|Marketing|Sales|Operations|Finance|Design|"
                 r"Data|Technology|HR|People)\b(?! [A-Z])").sub(r"\1 of \2", raw)  # "Director Engineering role" (reader
    #   188); never "a Head of Product Designer role" (review)
    raw = shared(r"(?i)^((?:a |an )?[Pp]ostdoc) / ((?-i:[A-Z]{2,6}) (?:fellowship|grant|scholarship|award))$").sub(
        lambda m: f"a postdoc or {indefinite(m.group(2))}", raw)  # "postdoc / NERC fellowship" (reader 185)
    raw = shared(r"(?i)^((?:the |my )?(?:civil service )?(?:fast stream|graduate scheme|grad scheme|graduate programme|"
                 r"graduate program))$").sub(r"\1 application", raw)  # "civil service fast stream": the application
    raw = shared(r"(?i)^(applying|apply) to ((?-i:[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)) (MSc|MA|MBA|PhD|MPH|BSc|LLM|MPhil|MS|MEng)"
                 r"(?: in)? (?!(?:program|programme|course|degree)\b)([a-z][\w -]+)$").sub(r"\1 to the \3 in \4 at \2", raw)  # "applying to LSHTM MSc
    #   global health": the MSc in global health at LSHTM (reader 174)
    raw = shared(r"\b(applications?|apps) (?=(?-i:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*)* (?:and|&|\+|,|or) (?-i:[A-Z]))").sub(
        r"\1 to ", raw)  # "PhD applications ETH and TU Delft": to them
    raw = shared(r"(?i)\b(applications?|apps|admissions?|intake|entry) ((?:spring|summer|fall|autumn|winter) (?:19|20)\d\d)\b").sub(
        r"\1 for \2", raw)  # "MS applications fall 2025": for fall 2025
    raw = shared(r"(?i)\bdue (jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?$").sub(
        lambda m: f"due in {MONTH_OF[m.group(1).lower()]}", raw)  # "MBB apps due Oct": in October
    raw = shared(r"(?i)(?<=\w )(panel|board|interview|interviews|exam|review|hearing|defence|defense|viva) (\d{1,2}) "
                 r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?$").sub(
        lambda m: f"{m.group(1)} on {m.group(2)} {MONTH_OF[m.group(3).lower()]}", raw)  # "promotion panel 12
    #   Dec": on 12 December
    town = shared(r"^(.*[a-z]), ([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)$").match(raw)
    if town and (lexicon.town(town.group(2)) or lexicon.place(town.group(2))):
        raw = f"{town.group(1)} in {town.group(2)}"  # "fellowship in pediatric emergency medicine,
        #   Toronto": in Toronto (reader 174)
    raw = shared(r"(?i)^(?:my )?next (role|job|position|post)(?: is\b:?|\s*[:=\u2013\u2014-])?\s+(?!(?:is|a|an|the|my|will|would|"
                 r"should|anything|open|not|tbd|tbc|unsure|undecided|something|somewhere|any|in|at|with|abroad|remote)\b)"
                 r"(?=\w)([^?]+)$").sub(
        lambda m: f"moving into {indefinite(m.group(2).strip())} {m.group(1).lower()}" if not shared(
            r"(?i)\b(?:role|job|position|post)$").search(m.group(2)) else f"moving into {indefinite(m.group(2).strip())}",
        raw)  # "next role: team lead": moving into a team lead role (reader 172)
    raw = shared(r"(?i)^(?:my )?next (?:role|job|position|post) (?:is|will be) (an?) (?!(?:MBA|PhD|MSc|MA|degree|masters?)\b)(.+)$").sub(
        r"moving into \1 \2", raw)
    raw = shared(r"^(.*\b(?:applications?|roles?|jobs?|positions?|programmes?|programs?|degree|phd|"
                 r"PhD|master'?s|MSc|MA|MBA|studies|fellowship|scholarship|postdocs?)) \(((?!(?:[a-z-]+ )*(?:years?|months?|"
                 r"rounds?|round|part-time|full|full-time|deadline|soon|entry|level|remote|only|first|second|"
                 r"third|final|next|spring|fall|autumn|winter|summer|intake|cycle)\b)[a-z][a-z -]{2,40})\)$").sub(
        r"\1 in \2", raw.strip())  # "PhD applications (epidemiology)": in epidemiology (reader 162)
    raw = shared(r"(?i)^((?:I'm |I am )?(?:applying|going) for) (?!(?:a|an|the|my|our|some|any|this|that|"
                 r"these|those|several|\d+)\b)((?:(?!(?:and|or|the|a|an|my|our|your)\b)[\w&-]+ ){1,4}(?:job|role|position|post|place|"
                 r"vacancy|opening))\b(?!s)").sub(
        lambda m: f"{m.group(1)} {indefinite(m.group(2))}", raw.strip())  # "applying for full-time PE
    #   teacher job": a job, with its article (reader 161)
    raw = shared(r"(?i),\s*(?:and )?(?:I )?(?:want|need|would like|'d like) (?:it|this|one|the rec|a rec|the recommendation)"
                 r"(?: on (?:my )?(?:profile|linkedin|page|site|website))?(?: asap| soon| quickly)?$").sub("", raw.strip())
    #   "going self-employed, want it on my profile": the recommendation is what they want
    #   already (reader 166)
    raw = shared(r"^([a-z]+ing\b[^,]*), (want|need|hope|would like)\b").sub(r"\1 and \2", raw.strip())  # "raising
    #   pre-seed, want credibility": one clause, never a comma splice (reader 166)
    raw = shared(r"\b(?:a|the) rec\b(?!\.| (?:league|centre|center|room|team|sports?|hall))").sub(
        lambda m: m.group(0)[:-3] + "recommendation", raw)
    raw = shared(r"(?i)^((?:to )?apply for) (?!(?:a|an|the|my|our|some|any|this|that|\d+)\b)((?:[a-z-]+ ){0,3}([a-z-]+))$").sub(
        lambda m: f"{m.group(1)} {indefinite(m.group(2))} role" if _a_post(m.group(3).lower())
        else f"{m.group(1)} {indefinite(m.group(2))}" if m.group(2) in ("MBA", "PhD", "MSc", "MA", "LLM", "MPhil",
                                                                      "MPH", "EMBA", "DBA", "PGCE", "MFA")
        else m.group(0),
        raw.strip())  # "apply for shift supervisor": a shift supervisor role (reader 168)
    raw = shared(r"(?i)^(?:a |my |the )?((?:job |conditional |firm )?offer(?: from [A-Z][\w&' -]*?)?) pending$").sub(
        lambda m: f"I have {indefinite(m.group(1))} pending", raw.strip())  # "job offer pending"
    raw = shared(r"(?i)^(?:a |my |the )?((?:job |conditional |firm )?offer(?: from [A-Z][\w&' -]*?)?) "
                 r"(?:pending|awaiting|subject to|waiting on) (.+)$").sub(
        lambda m: f"I have {indefinite(m.group(1))} that is waiting on "
                  f"{m.group(2) if m.group(2).endswith('s') or m.group(2).split()[0].lower() in ('a', 'an', 'the', 'my') else indefinite(m.group(2))}",
        raw.strip())  # "job offer
    #   pending references": it waits on them (reader 168)
    raw = shared(r"^(?:[Mm]y |[Hh]is |[Hh]er |[Tt]heir )?((?:CEO|CFO|CTO|COO|CMO|CIO|CISO|CPO|CDO|CHRO|GM|VP|[a-z]+ (?:manager|director|lead|engineer|"
                 r"chef|nurse|officer|analyst|designer|developer)|(?:head|chief) [a-z]+)) (?:job )?search$").sub(
        lambda m: f"my search for {indefinite(m.group(1))} role", raw.strip())  # "CFO search": a
    #   search for a CFO role, never "his CFO search" (hiring one, reader 126)
    raw = shared(r"(?i)^([a-z]+ing) (role|position|job|post|career)$").sub(
        lambda m: f"a {m.group(1)} {m.group(2)}", raw.strip())  # "fundraising role": a role, never
    #   "My focus at the moment is fundraising role." (reader 142)
    raw = shared(r"(?i)^(?:my |his |her |their )?((?:[a-z]+ ){0,3}(?:promotion|selection|interview|"
                 r"assessment|review|medical|parole|upgrade|command|qualification) (?:board|panel)(?: (?:on|in|next|this) .+)?)$").sub(
        lambda m: f"my {m.group(1)}", raw.strip())  # "lieutenant promotion board": going before
    #   it, never "a place on the ... board" (readers 139, 140)
    raw = shared(r"(?i)^(?:my |his |her |their )?(fellowship|scholarship|residency|grant|bursary|"
                 r"visa|studentship|internship|mba|phd) ((?:is )?due\b.*)$").sub(
        lambda m: f"my {m.group(1)} application {m.group(2)}", raw.strip())  # "fellowship due
    #   next Friday": the application is due (reader 142)
    raw = shared(r"(?i)^(?:my |his |her |their )?((?:[a-z]+ ){0,2}(?:chair|director|trustee|governor|"
                 r"member|partner|judge|fellow|dean|principal)) appointment$").sub(
        lambda m: f"an appointment as {m.group(1)}", raw.strip())  # "board chair appointment":
    #   an appointment aimed at, never "his board chair appointment" (reader 126)
    raw = shared(r"(?i)^(?:my |his |her |their )?((?:non-executive |charity |trust )?board) "
                 r"appointment$").sub(lambda m: f"a {m.group(1).lower()} appointment",
                                                             raw.strip())  # "board appointment":
    #   one aimed at, never "help with my board appointment" (reader 146)
    raw = shared(r"(?i)^((?:my |his |her |their )?application for) ((?!(?:the|a|an|my|his|her|their|our)\b)(?:[a-z-]+ ){0,3}[a-z-]+)$").sub(
        lambda m: f"{m.group(1)} the {m.group(2)} role" if _a_post(m.group(2).split()[-1].lower())
        else m.group(0), raw.strip())  # "her application for fellowship director": for the
    #   fellowship director role (reader 144)
    raw = shared(r"(?i)^(?:my |his |her |their )?([\w'-]+(?: [\w'-]+)?) completion$").sub(
        lambda m: f"completing my {m.group(1)}" if lexicon.word_class(m.group(1).split()[-1].lower()) in (
            "N", None) and lexicon.word_class(m.group(1).split()[0].lower()) != "J" else m.group(0),
        raw.strip())  # "apprenticeship completion": completing it, never
    #   "support him in his apprenticeship completion" (reader 123)
    raw = shared(r"(?i)\bfor (?:an? )?(?!(?:my|his|her|their|our|your|the|a|an)\b)([a-z][\w-]*) master'?s$").sub(
        lambda m: f"for a master's in {m.group(1)}" if lexicon.word_class(m.group(1).lower()) in ("N", None)
        and "-" not in m.group(1) and m.group(1).lower() not in ("online", "distance") else m.group(0),
        raw.strip())  # "scholarship for agronomy
    #   master's": for a master's in agronomy (reader 121)
    raw = shared(r"(?i)^(?:for )?(?:my |the )?(mba|phd|master'?s|msc|law school|med school|"
                 r"fellowship|grad school|graduate school|residency)(?: application)? (round [1-4]|r[1-4])$").sub(
        lambda m: f"my {m.group(1)} application in round {m.group(2)[-1]}", raw.strip())  # "MBA
    #   round 2": the application, never "help with my MBA round 2" (reader 149)
    raw = shared(r"(?i)^(?:for )?an? ((?:[\w'-]+ ){0,3}(?:application|applications|bid|"
                 r"candidacy|nomination|submission))$").sub(r"my \1", raw.strip())  # "for a
    #   Fulbright application": it is mine (reader 149)
    later = shared(r"(?i)^((?:[\w'-]+ ){0,3}(?:role|position|job|post|placement|internship))"
                   r" ((?:next|this|in the) (?:semester|term|year|fall|spring|summer|autumn|winter)|in (?:19|20)\d\d)$").match(raw.strip())
    if later and later.group(1).split()[0].lower() not in DETERMINERS | {"my", "his", "her", "their"}:
        return Purpose("target", f"{indefinite(later.group(1))} {later.group(2)}")  # "TA position
        #   next semester": one aimed at, never "my TA position" (reader 153)
    moving = shared(r"(?i)^(?:moving|switching|transitioning|stepping|pivoting|going) (?:up )?(?:to|into) "
                    r"(an? (?:[\w'-]+ ){0,3}(?:role|position|job|post))\b(.*)$").match(raw.strip())
    if moving:  # "moving to a producer role in London": the role is the aim, never "I'm
        return Purpose("target", f"{moving.group(1)}{moving.group(2)}")  # moving to" it (reader 154)
    if shared(r"(?i)(?:job[- ]hunting|job[- ]searching|house[- ]hunting)\b(?: again)?(?: (?:after|since|following|"
              r"in|for|across)\b.*)?").fullmatch(raw.strip()):
        return Purpose("activity", lower_first(raw.strip()))  # "job hunting again after layoffs":
        #   I'm doing it, never "with job hunting again after layoffs in mind" (reader 180)
    if shared(r"(?i)(?:winning |finding |more )?new business").fullmatch(raw.strip()):
        return Purpose("activity", "winning new business")  # never "my new business" (reader 108)
    school = shared(r"(?i)(?:applying to )?(?:my )?((?:graduate|grad|med|medical|law|business|"
                    r"nursing|vet|dental) school)(?: applications?)?").fullmatch(raw.strip())
    if school:  # "graduate school": the applications are what it helps with (reader 108)
        return Purpose("goal", f"my {school.group(1).lower()} applications")
    market = shared(r"(?i)^(?:the |my )?((?:[a-z-]+ )?job market)$").match(raw.strip())
    if market:  # "the academic job market": one goes on it; it is no goal a recommendation
        return Purpose("activity", f"entering the {market.group(1).lower()}")  # helps with
    raw = shared(r"(?i)^(?:a )?career (change|switch|move) ").sub(r"a career \1 ", raw.strip())  # "a
    #   career change into renewables" (reader 111)
    raw = _THE_BODY.sub(r"\1 the \2", raw)  # "applying to Department of Conservation": to the
    #   Department of Conservation, the Gates Foundation (reader 106)
    found = _purpose(shared(r"\s+/\s+").sub(" and ", raw))  # "my freelance reel / new clients"
    where = shared(r"^(.+) (abroad|overseas|remotely|locally)$").match(clean(raw))
    if where and found.form == "goal":  # "a workforce analyst role abroad": the role is the head
        inner = purpose(where.group(1))
        if inner.form in ("target", "goals"):
            found = Purpose(inner.form, f"{inner.text} {where.group(2)}")
    words = found.text.split()
    if found.form == "activity" and 2 <= len(words) <= 3 and words[0].endswith("ing") \
            and _a_post(words[-1].lower()) and words[0] not in ("applying", "interviewing",
                                                                 "looking", "hoping", "going"):
        found = Purpose("target", indefinite(lower_title(found.text)) + " role")  # "a supervising
        #   attorney role", never "Valentina is supervising attorney"
    degree = shared(r"(?i)(?:a |my )?(?:master'?s|bachelor'?s|msc|mba|phd|diploma|postgraduate "
                    r"diploma)\b.*").fullmatch(found.text)
    if degree and found.form == "clause":
        said = shared(r"(?i)^(?:a|my) ").sub("", found.text)
        found = Purpose("target", indefinite(said[:1].lower() + said[1:]))  # "a master's in
        #   sports medicine", never "A bit of background: Master's in sports medicine."
    school = shared(r"^(?:[Tt]he |[Mm]y )?((?:[A-Z][\w'-]+ )+School of [A-Z][\w'-]+(?: [A-Z][\w'-]+)*)$").match(
        found.text)
    if school and found.form == "goal" and school.group(1).split()[0] not in ("For", "To", "My"):
        found = Purpose("activity", f"applying to the {school.group(1)}")  # "Ghana School of Law"
    if found.form == "goal" and words[0].lower() == "the" and (
            _head([w.lower() for w in words]) in ("track", *_AWARDS)):  # "the Reuters Institute
        #   fellowship" is applied for; a recommendation is no "real boost for" it
        found = Purpose("target", found.text)  # "the partner track at my firm" is aimed at,
        #   never "a real difference for the partner track"
    if found.form == "goal" and found.text.startswith("my ") \
            and not clean(raw).lower().startswith("my ") \
            and _head([w.lower() for w in found.text.split()[1:]]) in _POSTS | {"head"} \
            and any(w.lower() in _POSTS for w in found.text.split()):  # "Head of Partnerships
        found = Purpose("target", indefinite(found.text[3:]))  # role at an NGO" is aimed at
    typed = clean(raw).split()
    if found.form == "activity" and len(typed) >= 2 and typed[0].lower().endswith("ing") \
            and typed[0].lower() not in _UNDER_WAY \
            and typed[-1].lower() in ("positions", "roles", "jobs", "posts", "openings"):
        found = Purpose("goals", lower_title(clean(raw)))  # "attending positions": posts, never
        #   "my focus is attending positions"
    post = shared(r"(?i)^((?:[a-z]+ ){0,3}[a-z]+)( (?:at|with|for) .+)$").match(clean(raw))
    if found.form in ("activity", "clause") and post and _a_post(post.group(1).split()[-1].lower()) \
            and post.group(1).split()[0].lower() not in _UNDER_WAY:
        #   "managing editor at NTV Uganda": a post
        found = Purpose("target", indefinite(lower_title(post.group(1))) + " role" + post.group(2))
    if shared(r"(?i)^(?:post-?doctoral|doctoral|phd|graduate) (?:research|study|studies|work)\b").match(
            clean(raw)):
        found = Purpose("target", lower_first(clean(raw)))  # "postdoctoral research in soil
        #   science" is aimed at, never "his postdoctoral research" (he has none yet)
    award = shared(r"\b([A-Z][a-z]+) (scholarship|fellowship|bursary|grant|award|prize)\b").search(
                   clean(raw))
    if award and award.group(1).lower() in found.text and award.group(1) not in found.text:
        found = Purpose(found.form, found.text.replace(award.group(1).lower(), award.group(1), 1))
        #   "a Commonwealth scholarship", as typed
    if found.form == "goal" and shared(r"(?:a|an) .*\b(?:programme|program|scheme)$").fullmatch(found.text):
        found = Purpose("target", "a place on " + found.text)  # "a place on a Big Four graduate
        #   programme", never "a real boost for a ... programme"
    if shared(r"[A-Z]{3,7}").fullmatch(clean(raw)) and found.form in ("goal", "goals"):
        found = Purpose("activity", "applying to " + clean(raw))  # "UNHCR": an organisation
    if clean(raw).lower().strip(".") in ("partnership", "making partner", "partner"):
        found = Purpose("target", "partnership")  # a lawyer's or an accountant's next step,
        #   never "their partnership" (a business they are in)
    if found.form == "target" and found.text.startswith("my move "):
        found = Purpose("goal", found.text)  # "my move into a principal role" is helped, never
        #                                      "my application for my move"
    text = _SERIES.sub(lambda m: "Series " + m.group(1).upper(), found.text)
    text = shared(r"\b(at|from|to|in) ((?:University|College|Institute|School|Academy) of [A-Z])").sub(
                  r"\1 the \2", text)  # "an MSW at the University of Toronto"
    text = shared(r"(?<=\ba )((?:.+? )?)(master|bachelor)s\b").sub(r"\1\2's", text)  # "a supply chain
    #                                                                        masters"
    post = shared(r"^(applying (?:for|to)|interviewing for|going for|aiming for|going after) "
                  r"(?!(?:a|an|the|my|be)\b)(.+)$").match(text)  # "applying to be head coach" is
    #   no post to add "a ... role" to (reader 144)
    where = shared(r"^(.+?)((?: (?:at|with|in) .+)?)$").match(post.group(2)) if post else None
    if found.form == "activity" and post and _a_post(where.group(1).split()[-1].lower()) \
            and not shared(r"\b(?:a|an|the|my|as)\b").search(where.group(1)):
        text = f"{post.group(1)} {indefinite(where.group(1) + ' role')}{where.group(2)}" \
            if where.group(2) or post.group(1).startswith(("going", "aiming")) \
            else text + " roles"  # "applying for ops manager": for ops
        #   manager roles; "... assistant coach at Olympiacos": for an assistant coach role there
    elif found.form == "activity" and post and post.group(2).split()[-1].lower() in (
            "post", "position", "job", "role", "vacancy", "opening", "place", "internship") \
            and not shared(r"\b(?:a|an|the|my|their|its)\b").search(post.group(2)) \
            and not post.group(2).split()[0].endswith("'s"):
        text = f"{post.group(1)} {indefinite(post.group(2))}"  # "applying for an INRAE research
        #   technician post" (reader 115)
    elif found.form == "activity" and post and post.group(2).split()[-1].lower() in (
            "program", "programme", "course", "scheme", "fellowship", "residency", "phd", "ms",
            "msc", "ma", "mba", "mphil", "llm", "pgce", "mres", "md", "jd", "mfa", "mph", "mpa", "roster",
            "register", "panel", "pool", "list") \
            and not shared(r"\b(?:a|an|the|my|their|its)\b").search(post.group(2)) \
            and not post.group(2).split()[0].endswith("'s"):
        text = f"{post.group(1)} the {post.group(2)}"  # "applying to the EKAB paramedic program"
    elif found.form == "activity" and post and post.group(2).split()[-1].lower() in ("master's", "masters", "degree") \
            and not shared(r"\b(?:a|an|the|my|their|its)\b").search(post.group(2)):
        text = f"{post.group(1)} {indefinite(post.group(2))}"  # "applying to a teacher training
        #   master's in Spain" (reader 169)
    text = shared(r"^(?:a )?new job hunting$").sub("job hunting", text)
    aim = shared(r"^my ").sub("", text) if found.form in ("activity", "goal") else ""
    verb = aim.split()[0].lower() if aim else ""
    after = aim.split()[1].lower() if len(aim.split()) > 1 else ""
    if verb in _SOUGHT_ING:  # "funding for a third store" is sought, not "to fund for" it
        return Purpose("goal", aim)
    if verb.endswith("ing") and verb not in _UNDER_WAY and lexicon.lemma(verb) != verb and after \
            and (after in DETERMINERS | {"my", "our", "abroad", "overseas", "full-time",
                                         "part-time", "remotely", "freelance"}
                 or after in _PREPOSITIONS or lexicon.word_class(after) in ("R", "P")
                 or after[:1].isupper()):  # "touring work in Europe" is a kind of work  # "working in Dubai hotels", "my teaching abroad" are
        #                                aims: "to work in Dubai hotels", not "my teaching"
        rest = shared(r"\b(and|or) ([a-z]+ing)\b").sub(  # "... and moving to Cape Town" -> "and
            lambda m: f"{m.group(1)} {lexicon.lemma(m.group(2))}"  # move"
            if lexicon.verb_forms(lexicon.lemma(m.group(2))) else m.group(0), " ".join(aim.split()[1:]))
        return Purpose("hope", f"to {lexicon.lemma(verb)} {rest}")
    return Purpose(found.form, text)


# Nouns in -ing that name what one seeks, not a deed: "funding for a third store".
_SOUGHT_ING = frozenset("funding financing backing housing sponsoring".split())
# Words that make a capitalised name an institution one applies to: "the Coast Guard".
_INSTITUTIONS = frozenset("""ministry guard service force agency authority council commission
office department bureau board navy army police corps foundation fund institute academy bank
directorate inspectorate secretariat embassy parliament senate assembly court tribunal
lab accelerator incubator""".split())
# Words that already say a post: "a head of department post", never "post role".
_POSTS = frozenset("post position job role vacancy opening posting".split())


# Pursuits, said as under way ("applying for PhD programmes"); any other activity is an aim
# ("to work in Dubai hotels").
_UNDER_WAY = frozenset("""applying looking seeking searching moving transitioning switching
preparing pursuing going trying interviewing studying training retraining building growing
starting expanding winning networking returning relocating heading stepping exploring
considering weighing job-hunting hunting""".split())


# A funding round, however typed: "series a fundraising" -> "Series A fundraising".
_SERIES = lazy(r"(?i)\bseries ([a-f])\b(?=\s+(?:round|funding|fundraising|raise|investors?)\b|$)")


def _purpose(raw: str) -> Purpose:
    text = clean(raw)
    just = shared(r"(?i)^(just|recently) (got|passed|finished|graduated|qualified|completed|"
                    r"earned|moved)\b").match(text)
    if just:  # "just got my A-grade licence and looking for work": said of oneself, whole
        said = shared(r" and (looking|hoping|applying|moving|aiming)\b").sub(r" and I'm \1",
                      "I " + lower_first(text))
        return Purpose("clause", said)
    return _typed_purpose(raw)


def _typed_purpose(raw: str) -> Purpose:
    typed = shared(r"\s+-{1,2}\s+|\s+\u2014\s*|,\s+(?=(?:apps?|applications|deadline|due|"
                     r"closes?|closing)\b)").split(clean(raw))[0]  # "... roles -- apps close Friday"
    typed = shared(r"\s@\s*").sub(" at ", typed)  # "internship @ pfizer"
    typed = shared(r"(?i)^(?:job hunting|job searching|looking around),\s+(?:mostly|mainly|ideally)\s+").sub(
                   "", typed)  # "job hunting, mostly junior dev roles": the roles
    typed = shared(r"!{2,}").split(typed)[0].strip() or typed  # "college apps!!! deadline is jan 1st"
    typed = shared(r"(?i)\bapps\b").sub("applications", typed)
    typed = shared(r"(?i)\b4 (?=(?:my|a|the|job|work|uni|grad)\b)").sub("for ", typed)  # "need it 4 job"
    text = typed
    while _TEXTING.search(text) and _TEXTING.sub("", text).strip():
        text = _TEXTING.sub("", text).strip()  # "teaching job asap pls"
    text = shared(r"(?i)^to (?:support|help(?: with)?|strengthen|boost|back up) ").sub("", text)
    text = shared(r"\b(master|bachelor|doctor)( of [A-Z])").sub(lambda m: m.group(1).capitalize()
                  + m.group(2), text)  # "master of Social Work" -> "Master of Social Work"
    #  "to support my application to the LLM programme": the application is what it is for
    if text.split() and text.split()[-1][:1].isupper() and all(
            (w[:1].isupper() and (w[1:].islower() or len(w) == 1)) or w in ("of", "for", "&")
            for w in text.split()) and not any(
            lexicon.known(w.lower()) and lexicon.common_when_capitalised(w.lower())
            for w in text.split()) and len(text.split()) <= 4 \
            and not _a_post(text.split()[-1].lower()):  # "Deputy Principal" is a post
        the = "the " if any(w.lower() in _INSTITUTIONS for w in text.split()) else ""
        return Purpose("activity", f"applying to {the}{text}")  # "Y Combinator": applying
        #                                                          there; "the World Bank"
    vacancy = shared(r"(?i)^(?:the |a )?([\w -]+ (?:vacancy|opening|posting)) ((?:with|at) .+)$").match(
        text)
    if vacancy:  # "social worker vacancy with Save the Children": theirs, not "my vacancy"
        return Purpose("target", f"the {tidy_case(vacancy.group(1))} {vacancy.group(2)}")
    words = text.split()
    if words and 1 < len(words) <= 7 and words[-1][:1].isupper() and all(
            w[:1].isupper() or w in ("of", "for", "and", "&", "the", "de") for w in words) \
            and any(w.lower() in _INSTITUTIONS for w in words) and not _a_post(words[0].lower()):
        return Purpose("activity", "applying to the " + shared(r"^The ").sub("", text))  # "the
        #   Trinidad and Tobago Coast Guard", "the Ministry of Social Security and Labour"
    named = _NAMED_BY_VERB.match(text) and lexicon.word_class(text.split()[0].lower()) == "V"
    if named and text.split()[-1].lower() in _AWARDS:  # "Teach For Ghana fellowship": applied
        return Purpose("target", "the " + text)  # for, never "my", and its name as typed
    text = tidy_case(text)  # weekdays in their capitals too: "by Friday"
    if named:  # "Teach for South Africa fellowship": an organisation's name keeps its capital
        text = text[:1].upper() + text[1:]
        return Purpose("goals" if text.endswith("s") else "goal",
                       text if text.endswith("s") else "my " + text)
    words = text.split()
    first = words[0].lower()
    if first == "for" and len(words) > 1:
        text, words, first = " ".join(words[1:]), words[1:], words[1].lower()
    if first in ("so", "because", "since", "as") and len(words) > 1:
        if first == "so" or words[1].lower() in ("that",):
            return Purpose("so", _SO_BARE.sub(_with_its_article, first + text[len(first):]))
        return Purpose("clause", cap(" ".join(words[1:])))
    if first in _SUBJECTS_FIRST or first in ("we", "we're"):
        return Purpose("clause", "I" + text[1:] if first.startswith("i") else cap(text))
    if first in _WANTS and len(words) > 1:  # "need it before my interview on 3 June"
        return Purpose("clause", "I " + lower_first(text))
    if first in ("he's", "she's", "they're", "he’s", "she’s"):
        return Purpose("clause", cap(text))  # "she's applying for senior engineering roles"
    acronym = sum(ch.isupper() for ch in words[0]) >= 2  # "PhD programs", "MBA applications"
    if words[-1].lower() in ("roles", "jobs", "positions", "openings", "posts", "vacancies") \
            and len(words) > 1 and _finite(words[1].lower()) and words[0][:1].isupper() \
            and first not in _SUBJECTS_THIRD:
        return Purpose("goals", lower_title(text))  # "PSRA licensed agent roles": roles, not a
        #                                             clause with "licensed" for its verb
    if shared(r"(?i)(?:[\w-]+ )*chef de partie$").fullmatch(text) and first not in DETERMINERS:
        return Purpose("target", indefinite(lower_title(text)) + " role")  # "a pastry chef de
        #                                                                    partie role"
    if len(words) > 2 and (first in _SUBJECTS_THIRD or words[0][:1].isupper()) \
            and first not in DETERMINERS and any(
            (_finite(w) and not (acronym and lexicon.word_class(w) == "N"))
            or w in ("wants", "needs", "hopes", "plans", "is", "has")
            for w in [x.lower() for x in words[1:3]]):
        return Purpose("clause", cap(text))  # "Hamza wants to move into account management"
    if shared(r"(?i)[\w -]+ application(?: \(.+\)| (?:with|to|at|for) [A-Z][\w&' -]*)?").fullmatch(text) \
            and first not in DETERMINERS:  # "chartership application with ICE" too (reader 106)
        return Purpose("goal", "my " + lower_title(text))  # "chartership application": the
        #   application is what it goes into, never "applying for chartership application"
    up = shared(r"(?i)^((?:[a-z]+ )?)promotion to (?!the\b|a\b|an\b)(.+)$").match(text)
    if up and (not up.group(1) or lexicon.word_class(up.group(1).strip().lower()) in ("J", "R")) \
            and up.group(1).strip().lower() not in ("recent", "new", "latest", "past", "last",
                                                    "previous", "my"):  # "my recent promotion"
        #   is had already, never aimed at
        return Purpose("target", indefinite(f"{up.group(1).lower()}promotion to {lower_title(up.group(2))}"))
        #   "internal promotion to operations lead": the post as typed, never "... lead role"
    case = shared(r"(?i)^(?:my |a |the )?(promotion (?:case|packet|file|dossier|review|panel|"
                    r"application|committee))$").match(text)
    if case:  # "promotion case": what the recommendation goes into, never "applying for" it
        return Purpose("goal", "my " + case.group(1).lower())
    if words[-1].lower() == "promotion" and len(words) > 1 and all(
            lexicon.word_class(w.lower()) in ("J", "R") for w in words[:-1]):
        return Purpose("target", indefinite(" ".join(words).lower()))  # "an internal promotion"
    step = shared(r"(?i)(?:from )?(.+?) to (.+?) promotion").fullmatch(text)
    if step and first not in DETERMINERS:  # "second mate to chief mate promotion"
        return Purpose("target", f"a promotion from {lower_title(step.group(1))} to "
                                 f"{lower_title(step.group(2))}")
    if words[-1].lower() == "promotion" and len(words) > 1 and first not in DETERMINERS:
        return Purpose("target", "a promotion to " + lower_title(" ".join(words[:-1])))  # aimed
        #   at: "I'm going for a promotion to ...", never "my focus is going for a promotion"
    if shared(r"(?i)^my promotion board\b").match(text):
        return Purpose("goal", "my promotion board" + text[len("my promotion board"):])  # going
        #   before it, never "aiming for a promotion board" (reader 152)
    if first in ("promotion", "promotions") or text.lower().startswith("my promotion"):
        return Purpose("target", shared(r"(?i)^(?:my |a )?promotions?").sub("a promotion", text))
    if first == "to" and len(words) > 1:
        return Purpose("hope", "to" + text[2:])
    looking = shared(r"(?i)^looking (?:at|for) (.+ (?:roles|jobs|positions|openings))$").match(text)
    if looking:  # "looking at producer roles": the roles, not "focused on looking at"
        return Purpose("goals", lower_title(looking.group(1)))
    if words[-1].lower() in _AWARDS and first not in DETERMINERS and len(words) <= 4:
        named = [w.capitalize() if not lexicon.known(w.lower()) and w.islower()
                 and not shared(r"(?:ogy|omy|phy|ics|ry|tion|ment|ism|ence|ance)$").search(w)
                 else w for w in words[:-1]]  # "Chevening", not "Msc Agronomy"
        return Purpose("target", indefinite(" ".join(named + words[-1:])))  # "a Chevening
        #                                                                      scholarship"
    if first in ("wants", "hopes", "plans", "aims", "intends", "trying", "going") and len(words) > 2 \
            and words[1].lower() == "to":  # "wants to be a line lead", "trying to get a gig"
        return Purpose("hope", " ".join(words[1:]))
    if len(words) > 1 and (lexicon.word_class(first) == "V" or (
            lexicon.verb_forms(first) and first == lexicon.lemma(first))) and words[1].lower() in (
            "for", "into", "a", "an", "the", "my", "to", "on", "in", "abroad", "back", "up", "more",
            "new", "better", "some", "started", "certified", "promoted", "hired", "ready"):
        return Purpose("hope", "to " + lower_first(text))  # "apply for jobs", "move into sales"
    cls0 = lexicon.word_class(first)
    if (cls0 == "G" or first.endswith("ing")) and len(words) > 1 and (
            cls0 != "N" or words[1].lower() in DETERMINERS
            or words[1].lower() in ("up", "out", "back", "into", "toward", "towards", "over")
            or words[1][:1].isupper()):  # "building my freelance practice", "teaching English";
        #   "building up my freelance dev profile", never "my building up ..." (reader 164)
        return Purpose("activity", first + text[len(first):])
    if len(words) > 2 and (first in DETERMINERS or lexicon.word_class(first) == "P") and any(
            _finite(w) and w not in ("masters", "sales", "operations", "applications")
            for w in [x.lower() for x in words[1:4]]) \
            and not (first in ("a", "an") and any(w.lower() in _POSTS for w in words[2:])
                     and not any(lexicon.word_class(w.lower()) == "Z" for w in words[1:4])):  # "a B1 licensed
        #   engineer job in Europe" is a job; "licensed" describes it
        return Purpose("clause", cap(text))  # "my contract ends in June"
    if first in ("a", "an") and len(words) > 2 and words[1].lower() in (
            "move", "transition", "switch", "shift", "pivot", "return", "relocation"):
        return Purpose("goal", "my " + " ".join(words[1:]))  # "a move to Dubai" is my move
    if first in _STANDINGS and len(words) > 1:
        return Purpose("target", lower_title(text))  # "registration as an architect"
    if first in DETERMINERS:  # "a charge nurse position" is aimed at; "my MBA" is mine
        post = _head([w.lower() for w in words])
        aimed = first in ("a", "an") and (post in _TARGETS or _a_post(words[-1].lower())
                                           or _a_post(post)) or (
            first in ("my", "the") and post in ("job", "role", "position", "post", "internship",
                                                "placement", "apprenticeship", "residency"))
        #  "my first full-time teaching job" is aimed at, not helped with
        if aimed and _a_post(post) and not _a_post(words[-1].lower()) and not any(
                w.lower() in ("role", "position", "job", "post", "opening") for w in words):
            at = [w.lower() for w in words].index(post)  # "a field officer role with an NGO"
            return Purpose("target", " ".join(words[: at + 1] + ["role"] + words[at + 1:]))
        if first in ("my", "our") and words[-1].lower() in ("roles", "jobs", "positions", "posts"):
            return Purpose("goals", " ".join(words[1:]))  # "my safety supervisor roles"
        return Purpose("target" if aimed else "goal", first + text[len(first):])
    if shared(r"(?i)^(?:grad|graduate|law|medical|med|nursing|business|dental|vet) school\b").match(text):
        return Purpose("goal", lower_first(text))  # "grad school in chemistry", not "my grad ..."
    if len(words) == 1 and lexicon.word_class(first) == "J":
        return Purpose("goal", f"my {first} work")  # "freelance" -> "my freelance work"
    head = _head([w.lower() for w in words if w.lower() not in ("abroad", "overseas", "remotely",
                                                                 "locally", "internationally")])
    #   "B1 licence job abroad": the job
    if first in ("transition", "move", "switch", "shift", "pivot") and len(words) > 2 \
            and words[1].lower() in ("to", "into", "from"):
        return Purpose("goal", "my " + lower_first(text))  # "my transition to civilian roles"
    if any(w.lower() in ("roles", "jobs", "positions", "posts", "openings") for w in words[1:]) \
            and first not in DETERMINERS:
        return Purpose("goals", lower_title(text))  # "Director of Engineering roles"
    if first == "more" and len(words) > 1:
        return Purpose("activity", "winning " + lower_title(text))  # "more wedding bookings"
    if head in _PLACES_ON or head in ("programme", "program", "scheme") and first not in (
            "my", "our"):
        said = lower_title(text)
        named = any(w[:1].isupper() for w in said.split()[: [w.lower() for w in words].index(head)])
        if head in ("programme", "program", "scheme") and not named and " in " in said:
            # any such programme in a country
            return Purpose("target", "a place on " + indefinite(said))  # "a place on a
        #                                               graduate engineering program in Germany"
        return Purpose("target", "a place on the " + said)  # "WHO consultant roster"
    if text.strip().lower() in _SHORT_FIELDS:
        said = _SHORT_FIELDS[text.strip().lower()]
        return Purpose("goal", "my move into " + said + (" work" if said.lower().endswith("desk") else ""))  # "HR",
        #   "IT help desk": a move into it, never "my HR" (reader 238)
    if head == words[-1].lower() in _FIELDS and first not in DETERMINERS and len(words) <= 4:
        return Purpose("goal", "my move into " + lower_title(text))  # "product management"
    if not _a_post(words[-1].lower()) and _a_post(head) and len(words) <= 7 \
            and first not in DETERMINERS:
        at = [w.lower() for w in words].index(head)  # "field officer with an NGO" -> "a field
        said = " ".join(words[: at + 1] + ["role"] + words[at + 1:])  # officer role with an NGO"
        if words[at + 1:at + 2] == ["of"]:  # "Director of Housing": a title, then "role"
            where = next((i for i in range(at + 2, len(words))
                          if words[i].lower() in ("at", "with", "in", "for")), len(words))
            said = " ".join(words[:where] + ["role"] + words[where:])  # "Head of Privacy
            #                                                  role at a fintech"
            if words[where - 1].lower() in _POSTS:
                said = " ".join(words)  # "head of department post"
        return Purpose("target", indefinite(lower_title(said)))
    if head == "application" and first not in DETERMINERS:
        return Purpose("goal", "my " + lower_title(text))  # "my LLM application"
    if text.lower() in _MULTIWORD_FIELDS or (len(words) == 3 and not any(w[:1].isupper() for w in words)
                                             and " ".join(words[-2:]) in _MULTIWORD_FIELDS
                                             and lexicon.word_class(words[0]) in ("N", "J") and not lexicon.town(words[0])
                                             and words[0] not in _NOT_A_FIELDS_KIND):
        return Purpose("goal", "my move into " + text.lower())  # "venture capital", "hospital
        #   supply chain" (reader 209)
    if head in ("interview", "interviews") and first not in DETERMINERS and len(words) > 1 \
            and not any(w[:1].isupper() for w in words):
        return Purpose("goal", "my " + text.lower())  # "my staff engineer interviews": the
        #   requester's own, never "the ... interviews" as if the reader knew which (reader 172)
    if head in ("competition", "selection", "interview", "interviews", "round", "board",
                "panel", "process") and first not in DETERMINERS and len(words) > 1:
        return Purpose("goal", "the " + lower_title(text))  # "the Assistant Principal competition"
    if head in ("licence", "license") and first not in DETERMINERS:
        return Purpose("target", indefinite(lower_title(text)))  # "a nursing licence in Sweden"
    if head in _STANDINGS and first not in DETERMINERS:
        return Purpose("target", lower_title(text))  # "chartered membership with RICS"
    if head in _TARGETS and first == "first" and words[1].lower() not in (
            "officer", "mate", "responder", "violin", "assistant", "lieutenant"):  # a rank
        return Purpose("target", "my " + lower_title(text))  # "my first graduate job"
    if head in _TARGETS and first not in ("my", "our"):
        return Purpose("target", indefinite(lower_title(text)))  # "a new job in logistics"
    if head in ("work", "employment") and first not in DETERMINERS and len(words) > 1:
        return Purpose("target", lower_title(text))  # "offshore work in Norway"
    if head.endswith("ing") and head in ("hunting", "searching", "applying", "interviewing"):
        return Purpose("activity", lower_first(text))  # "job hunting"
    plural = head.endswith("s") and not head.endswith(("ss", "ics", "'s", "us"))
    if head in ("master's", "masters", "bachelor's", "mba", "phd", "doctorate"):
        return Purpose("target", indefinite(lower_first(text)))  # "an urban planning master's"
    if head in _MARKETS:
        return Purpose("goal", "the " + lower_first(text))  # "the academic job market"
    if plural and head in _SOUGHT:
        return Purpose("activity", "looking for " + lower_first(text))  # "new clients"
    if plural:
        return Purpose("goals", lower_title(text))  # "store manager roles"
    if words[-1].lower() in _NO_MY or words[-1].lower().endswith("ics"):
        return Purpose("goal", lower_first(text))  # "graduate school", "consulting"
    if _head([w.lower() for w in words]) in _TARGETS:
        return Purpose("target", indefinite(lower_first(text)))  # "a charge nurse position"
    if _a_post(words[-1].lower()) and len(words) <= 5 and words[-1].lower() in _POSTS:
        return Purpose("target", indefinite(lower_title(text)))  # "a head of department post"
    if _a_post(words[-1].lower()) and len(words) <= 5:
        return Purpose("target", indefinite(lower_title(text)) + " role")  # "assistant store
        #                                                                    manager"
    if _an_agent(head) and first not in DETERMINERS | {"my", "our"}:
        at = [w.lower() for w in words].index(head)  # "head roaster at a roastery" -> "a head
        said = " ".join(words[: at + 1] + ["role"] + words[at + 1:])  # roaster role at ..."
        return Purpose("target", indefinite(lower_title(said)))
    return Purpose("goal", "my " + lower_title(text))  # "my head of department application"


def _an_agent(word: str) -> bool:
    """A post named by what its holder does: "roaster", "housekeeper", "editor-in-chief"."""
    if word.endswith("-in-chief"):
        return True
    stem = shared(r"(?:er|or|r)$").sub("", word)
    return word != stem and word not in ("career", "order", "paper", "corner", "manner") and (
        bool(lexicon.verb_forms(stem)) or bool(lexicon.verb_forms(word[:-1]))
        or (word.endswith("ator") and bool(lexicon.verb_forms(word[:-2] + "e"))))  # "educator"


# Awards one applies for: "chevening scholarship" is aimed at, said "a Chevening scholarship".
_AWARDS = frozenset("scholarship fellowship bursary grant studentship".split())


def _a_post(word: str) -> bool:
    """A job someone holds: "manager", "supervisor", "nurse", "engineer", "winemaker",
    "electrician", "sommelier"."""
    return word in _POST_WORDS or (len(word) > 6 and word.endswith(_POST_ENDINGS))


_POST_ENDINGS = ("maker", "keeper", "smith", "wright", "ician", "grapher", "ologist", "eer",
                 "tender", "writer", "fighter", "worker", "holder")

_POST_WORDS = frozenset("""practitioner manager supervisor director lead head coordinator officer engineer rn lpn
nurse teacher analyst developer designer consultant specialist assistant associate technician
chef administrator accountant paralegal attorney lawyer pharmacist therapist counsellor
counselor planner controller inspector foreman superintendent principal lecturer professor
researcher scientist editor producer carpenter plumber welder electrician mechanic baker
butcher brewer farmer driver pilot paramedic barista sommelier midwife dentist surgeon physician
architect librarian curator translator interpreter tutor instructor trainer recruiter buyer
artist animator illustrator photographer videographer musician
cashier clerk receptionist secretary broker underwriter actuary auditor bookkeeper coach
executive educator solicitor barrister purser steward bursar registrar mentor advisor adviser
assessor examiner moderator facilitator mediator caregiver carer nanny trustee governor councillor
ambassador treasurer secretary warden steward guide ranger firefighter officer constable paramedic
partner rep representative generalist agent operator tester sysadmin""".split())
# Asides people type after a purpose: "hopefully", "fingers crossed".
# Fields of work a purpose names alone: "product management" is a move into it.
_FIELDS = frozenset("""management engineering nursing law medicine marketing finance logistics
design development journalism policy operations sales analytics teaching consulting leadership
academia investing arbitration litigation banking philanthropy diplomacy advocacy
architecture accounting publishing broadcasting cybersecurity administration""".split())
# Fields typed as their short name: "HR", "IT", "tech".
_SHORT_FIELDS = {w.lower(): w for w in ("HR", "IT", "UX", "UI/UX", "UX/UI", "QA", "PR", "L&D", "tech", "ops", "pharma",
                                          "biotech", "fintech", "edtech", "IT support", "IT help desk", "help desk",
                                          "helpdesk", "DevOps", "IT security")}
# Lists one is put on: "a place on the WHO consultant roster".
_PLACES_ON = frozenset("roster register panel shortlist list bench pool staff squad board".split())


# A bare count noun that a "so I can ..." clause moves into: "so I can move into consulting
# partnership track" takes "the" ("the consulting partnership track"), a role takes "a".
_SO_BARE = lazy(r"\b(move into|get into|move onto|get onto|join|switch to|move to) (?![A-Z])"
                r"((?:(?!(?:the|a|an|my|our|their|your|his|her|its|this|that|these|those|another|any|"
                r"each|every|some|no|one|it|onto|into|to|for|on|in)\b)[a-z][\w-]* ){0,2}(track|programme|"
                r"program|scheme|panel|board|cohort|team|department|rotation|role|position|job|firm|"
                r"practice))(?=$|[,.;:)!?]| (?:at|in|with|for|and|so|to|because|next|this|soon|by|"
                r"within|after|before|once|when|where|which|that|as)\b)")  # "move into practice
#   management" is a field, no "a practice" (reader 145)


def _with_its_article(found: re.Match) -> str:
    np = found.group(2)
    if found.group(3) in ("role", "position", "job", "firm", "practice"):
        return f"{found.group(1)} {indefinite(np)}"
    return f"{found.group(1)} the {np}"


def lower_title(text: str) -> str:
    """The first word in lower case unless it starts a title: "country Manager roles" would be
    wrong, so "Country Manager roles" and "Director of Engineering roles" keep theirs."""
    words = text.split()
    if len(words) > 1 and (words[1][:1].isupper() or (words[1] == "of" and len(words) > 2
                                                       and words[2][:1].isupper())):
        return text
    return lower_first(text)


# A purpose typed as the wish itself, without "I": "need it by Friday", "want to teach".
_WANTS = frozenset("need want hope plan aim intend wish am have".split())


# People and work one goes out to find: "new clients" is "finding new clients".
_SOUGHT = frozenset("""clients customers contracts gigs commissions patients students partners
investors donors sponsors leads buyers tenants""".split())


# A goal that is a post someone applies for: "a charge nurse position", not "my ...".
_TARGETS = frozenset("position post role job opening place seat spot scholarship fellowship "
                     "grant internship placement residency apprenticeship llm mba msc mphil phd "
                     "master master's masters mfa ma mpa mph meng edd dphil bsc ba lectureship "
                     "professorship postdoc post-doc studentship traineeship clerkship pupillage "
                     "tenancy consultancy contract visa licence license commission msw mst mres "
                     "llb pgce lab accelerator incubator degree".split())
# Words before a field that make the purpose something else: "masters in ...", "career in ...".
_NOT_A_FIELDS_KIND = frozenset("""masters master's degree career jobs job internships internship teach teaching
leave not vp gcse roles role course diploma certificate msc ma ba bsc in own""".split())
# Fields of two words a purpose names alone: "venture capital" is a move into it.
_MULTIWORD_FIELDS = frozenset(("venture capital", "private equity", "investment banking",
                               "data science", "machine learning", "real estate", "public policy",
                               "product management", "project management", "supply chain",
                               "social work", "public health", "ux design", "ux research",
                               "customer success", "talent acquisition", "customer service",
                               "account management", "business development", "people operations",
                               "revenue operations", "quality assurance", "graphic design", "web development",
                               "software engineering", "data engineering", "digital marketing",
                               "content marketing", "product design", "user research", "clinical research",
                               "medical affairs", "health informatics", "human resources"))
# Standings one applies for, said bare: "chartered membership with RICS", "chartered engineer
# status", "board certification".
_STANDINGS = frozenset("membership status accreditation chartership certification "
                       "registration tenure licensure".split())


_MARKETS = frozenset("market season cycle round track".split())
# Texting at a purpose's end: "job hunting rn", "new role asap".
_TEXTING = lazy(r"\s+(?:rn|asap|atm|tbh|lol|pls|plz|fyi|hopefully|fingers crossed|"
                      r"ideally|if possible)\.?$", re.IGNORECASE)


# Goals said without "my": "help with graduate school", not "my graduate school".
_NO_MY = frozenset("school college university tenure work consulting freelancing research "
                   "retirement residency training seminary".split())
