"""Roles: the recipient's job title said in a sentence ("as a Judge at the U.S. Court of
Appeals", "Kenji is Artistic Director", "Head of Data at Northwind")."""

from __future__ import annotations

import re

from .. import lexicon
from ..patterns import lazy, shared
from .words import LANGUAGES, ROLE_WORDS, _is_acronym, _said_as_word, clean, indefinite, run_together, the_bodies


# A role said after "as" or "is": a title of one ("Head of Data at Northwind", "CEO at
# Brightloop") stands alone; a kind of job ("Carpenter", "Charge Nurse") takes "a".
_UNIQUE_ROLE = lazy(r"(?i)^(?:the |head|chief|director|vp|svp|evp|vice|president|ceo|cto|"
                          r"cfo|coo|cmo|cio|ciso|cpo|cdo|chro|clo|gm|md|owner|chair|chairman|chairwoman|chairperson|dean|principal|founder|co-founder|owner|partner|"
                          r"managing|executive director)\b|\b(?:of|at|for)\b|,")


_REGION = lazy(r"(?i)\b(?:africa|europe|asia|americas?|emea|apac|latam|mena|nordics|"
              r"region|north america|south america|middle east|oceania|caribbean)\b")
_BODIES = frozenset("""office department ministry agency authority council board commission
committee bureau service unit directorate secretariat""".split())


# Words that end a department's name as well as a firm's ("Revenue Management", "Brookfield Asset
# Management"): a department only when every word of it is a common word.
_FUNCTIONS = frozenset("""management relations affairs resources planning quality safety security innovation
transformation sustainability""".split())
# What follows a title's comma and takes "of": a department ("VP, Corporate Development") or a
# unit ("Command Sergeant Major, 3rd Sustainment Brigade", with "the").
_DEPARTMENTS = frozenset("""development operations finance marketing sales engineering product facilities
strategy communications hr legal research technology procurement logistics partnerships growth
design data analytics people talent compliance risk audit nursing surgery medicine admissions
programs programmes policy neurology cardiology oncology paediatrics pediatrics radiology
pharmacy it qa pr r&d ops reporting treasury tax payroll investments underwriting claims
advisory health studies sciences science economics education law recovery resilience outreach
engagement infrastructure safety training fundraising grants
sustainability innovation transformation""".split())
# Units a title's comma may name by their letters, said "of the": "Medical Director, ICU".
_UNIT_ACRONYMS = frozenset("""ICU NICU PICU CCU HDU SCBU ED ER OR PTA PTO ICT SLT SMT EMT OPD""".split())
# A service a title's comma names as its department: "Deputy Director, Digital Services" (reader
# 161); "Senior Manager, KPMG Advisory Services" is a firm's name.
_SERVICES = lazy(r"(?:Digital|Customer|Clinical|Student|Shared|Technical|Support|Corporate|Information|"
                 r"IT|Legal|Financial|Social|Guest|Member|Patient|Library|Data|Cloud) Services")
_UNITS = frozenset("brigade battalion regiment squadron platoon corps fleet wing division".split())


# Posts whose place after a comma is where they serve: "a district health manager in
# Johannesburg", never "at Johannesburg".
_A_PLACE_POST = lazy(r"(?i)\b(?:district|regional|area|city|county|provincial|state|country|"
                     r"national|field|site|branch)\b")
# Posts there is one of in a place: said without "a" ("Kenji is Artistic Director").
_ONE_OF_A_KIND = frozenset("""director head chair chairperson president principal dean
superintendent chief ceo cto cfo coo founder owner headteacher headmaster headmistress
editor-in-chief mayor counsel provost chancellor vice-chancellor rector registrar bursar
warden harbourmaster harbormaster postmaster stationmaster""".split())
# Posts of two words there is one of: "the executive chef at The Larder", not "an".
_ONE_OF_A_KIND_PAIRS = frozenset(("executive chef", "head chef", "chef de cuisine", "head coach",
                                  "head teacher", "head nurse", "managing partner",
                                  "managing director", "general manager", "harbour master",
                                  "harbor master", "port captain", "general secretary",
                                  "secretary general", "city manager", "town clerk",
                                  "county clerk", "fire chief", "police chief"))


def role(text: str) -> str:
    """The recipient's role as a phrase for "as ...": "a professor of structural engineering at
    the University of Strathclyde" (a post in lower case takes its field in lower case; "Regius
    Professor of Medicine" and "of English" keep theirs)."""
    text = shared(r"(?i)\s*\((?:now|since moved)\b[^()]*\)|,\s*now (?:at|with|in) .*$").sub("", text).strip()
    #   "division officer (now at aws)": the post held with the sender (reader 217)
    text = shared(r"(?i)\bat (?:the )?(client|customer|vendor|supplier|agency|buyer|sell) side\b").sub(
        lambda m: f"on the {m.group(1).lower()} side", text)  # "QA lead at client side" (reader 217)
    text = shared(r"^([a-z][a-z &-]*[a-z]) (latam|emea|apac|mena|nordics|dach|benelux|americas|europe|africa|asia|anz|"
                  r"uk&i|uki)$").sub(lambda m: m.group(0) if m.group(1).split()[-1] in (
                      "of", "in", "at", "to", "for", "the", "from", "across", "and") else f"{m.group(1)} for " + (
                      m.group(2).upper() if len(m.group(2)) <= 5 and m.group(2) not in ("asia",) else m.group(2).capitalize()),
                  text)  # "ops lead latam": ops lead for LATAM (reader 217)
    pair = shared(r"(?i)(?:the )?((?:co-)?founder|owner|co-owner) ?(?:&|and|/|,) ?(ceo|cto|coo|cpo|md|managing director|"
                  r"director|president|chair|head chef|chef)").fullmatch(text.strip())
    if pair:  # "Founder & CEO": the founder and CEO (reader 180)
        second = pair.group(2).upper() if len(pair.group(2)) <= 3 else pair.group(2).lower()  # "CEO", "head chef"
        return f"the {pair.group(1).lower()} and {second}"
    if shared(r"(?i)(?:the )?(?:owner|co-owner|founder|co-founder|proprietor)").fullmatch(text.strip()):
        return "the " + shared(r"(?i)^the ").sub("", text.strip()).lower()  # "as the owner", never
        #   "as Owner" (reader 164)
    said = shared(r"\b((?:professor|lecturer|reader|tutor|teacher|instructor) (?:of|in) )((?:[A-Z][a-z]+"
                  r"(?: and)? ?){1,3})").sub(_field_lower, _titled(text))
    said = shared(r"^an? ((?:\w+ )?(?:pharmacist|nurse|engineer|officer|doctor|physician) in charge)\b").sub(
                  r"the \1", said)  # "the pharmacist in charge": one post
    said = _A_BODY_OF_MEMBERS.sub(r"\1the \2", said)  # "at the Territorial Defence Forces"
    said = shared(r"^(?:an? )?((?:[A-Za-z-]+ )?(?i:master|captain|officer|engineer|mate|bosun|purser|"
                  r"cadet|steward|cook)) at ((?:MV|MS|SS|RV|HMS|USS|MT|FV|HMCS|HMAS|RFA|INS|HMNZS|"
                  r"SV|MY) \S.*)$").sub(lambda m: f"the {m.group(1).lower()} of {m.group(2)}"
                                        if m.group(1).split()[0].lower()
                                        in ("master", "captain", "chief", "second", "third", "first")
                                        else m.group(0), said)
    #   "Master, MV Coral Star": the master of MV Coral Star, never "a master at" it (reader 132)
    said = shared(r"^(Fellow|Member|Trustee|Governor|Associate|Senior Fellow|Visiting Fellow|Honorary Fellow) "
                  r"(of|at) ").sub(r"a \1 \2 ", said)  # "as a Fellow of the Royal Society": one of
    #   many, never "as Fellow of" (reader 186); "Director of Biostatistics" is the one
    said = _A_PUBLIC_BODY.sub(r"\1the \2", said)
    body = shared(r"^an? ((?i:department|faculty|school|office|division|unit|institute|centre|center) (?:of|for) .*)$").match(said)
    if body:  # "Department of Agricultural Engineering, KNUST": someone there, never "a department
        said = "someone at the " + body.group(1)[:1].upper() + body.group(1)[1:]  # of ..." (reader 205)
    said = shared(r"^Former (?=[A-Z])").sub("a former ", said)  # "Former Supply Chain Director" (reader 249)
    titled = shared(r"^(an? |a former )((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+)$").match(said)
    if titled and all(lexicon.word_class(w.lower()) not in (None, "P") or (i == len(titled.group(2).split()) - 1 and w.lower().endswith(
            ("ologist", "ician", "iatrist", "ographer"))) for i, w in enumerate(titled.group(2).split())):
        said = titled.group(1) + titled.group(2).lower()  # "a Pediatric Pulmonologist": one of many, in
        #   lower case (reader 252)
    return the_bodies(said)


# A public body named by its reach and its kind takes "the": "for the National Ambulance
# Service", "at the Federal Aviation Administration" (but "at National Grid", a company).
_A_PUBLIC_BODY = lazy(r"\b(at |for |with |of )((?:National|Federal|Royal|State|Central|European|"
                      r"International|Metropolitan|Regional|Provincial|Scottish|Welsh|Irish|"
                      r"Northern|Southern) (?:[A-Z][\w'-]* ){0,3}(?:Service|Services|"
                      r"Administration|Agency|Authority|Commission|Department|Ministry|Council|"
                      r"Board|Office|Bureau|Institute|Library|Museum|Archives|Police|Guard|Army|"
                      r"Navy|Bank|Trust|Directorate|Court|Assembly|Parliament|Gallery|Theatre|"
                      r"Orchestra)\b)")


# A body of members or forces, which takes "the" whatever its name: "at the Territorial Defence
# Forces", "of the Asante Cocoa Farmers' Cooperative" (reader 118).
_A_BODY_OF_MEMBERS = lazy(r"\b(at |for |with |of )((?!The\b)(?:[A-Z][\w'-]* ){1,4}(?:Forces|Cooperative|"
                          r"Co-operative|Association|Federation|Union|Society|Corps|Alliance|"
                          r"Brotherhood|Sisterhood|Guild|League|Brigade|Regiment|Battalion)\b)")


def _titled(text: str) -> str:
    text = clean(text)
    both = shared(r"^((?:[a-z][a-z -]*? )?([a-z]+)), ((?:[a-z][a-z -]*? )?([a-z]+))$").match(text)
    if both and all(w in ROLE_WORDS | {"owner", "founder", "co-founder", "partner", "dentist", "vet"}
                    for w in (both.group(2), both.group(4))):
        text = f"{both.group(1)} and {both.group(3)}"  # "dentist, practice owner": both posts, never
        #   "a dentist at practice owner" (reader 187)
    text = shared(r"^((?:Senior|Junior|Associate|Assistant|Graduate|Lead|Staff|Principal) )?((?:Analyst|Intern|Associate|"
                  r"Accountant|Specialist|Officer|Coordinator|Assistant|Engineer|Consultant|Manager|Trainee|Clerk|"
                  r"Executive|Advisor|Adviser))(?:,| [-\u2013\u2014]) ([A-Z][a-z]+|[A-Z]{2,3})$", re.I).sub(
        lambda m: f"{(m.group(1) or '').lower()}{m.group(3) if m.group(3).isupper() else m.group(3).lower()} "
                  f"{m.group(2).lower()}" if m.group(3).lower() in _DEPARTMENTS else m.group(0), text)  # "Analyst,
    #   Tax": a tax analyst, never "Analyst of Tax" (review)
    text = shared(r"^((?:Senior |Associate |Assistant |Deputy )?(?:VP|SVP|EVP|AVP|Vice President|Director|Head))"
                  r" ([A-Z][a-z]+)$").sub(lambda m: f"{m.group(1)} of {m.group(2)}" if m.group(2).lower()
                                          in _DEPARTMENTS else m.group(0), text)  # "VP Engineering":
    #   VP of Engineering (reader 124)
    said = _role(text)
    said = shared(r"( at [^,]+?) at ((?:[A-Z][\w'-]*\s?)+)$").sub(r"\1 in \2", said)  # "at Quadrant
    #   Digital in Abu Dhabi", not "at ... at Abu Dhabi"
    said = shared(r", ((?:[A-Z][\w'-]*\s)+(?:County|State|Province|District|Region))$").sub(r" in \1",
                  said)  # "the 193rd District Court in Dallas County"
    said = shared(r"( at [^,]+), ((?:[A-Z][\w'-]*\s?){1,3})$").sub(r"\1 in \2", said)  # "at the
    #   Ministry of Education, Abu Dhabi" -> "... in Abu Dhabi": no comma left open
    founder = shared(r"(?i)((?:co-)?founder|owner) (of|at) ").match(said)
    if founder:  # "the founder of Girma Events", not "Abebe is now founder of"
        return f"the {founder.group(1).lower()} of " + said[founder.end():]
    sentence_case = shared(r"(a|an) ([A-Z][a-z]+)((?: [a-z]+)+)(?= at | of | for | in |$)").match(said)
    if sentence_case and lexicon.known(sentence_case.group(2).lower()):  # "a Senior
        said = said[: sentence_case.start(2)] + sentence_case.group(2).lower() + said[  # epidemiologist"
            sentence_case.end(2):]
    lone = shared(r"(a|an) ((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+)(?= at | of | for | in |$)").match(said)
    if lone and all((lexicon.known(w.lower()) and lexicon.word_class(w.lower()) != "P")
                    or (lexicon.word_class(w.lower()) is None and run_together(w.lower()))
                    for w in lone.group(2).split()) \
            and lone.group(2).split()[-1].lower() not in _ONE_OF_A_KIND \
            and " ".join(lone.group(2).lower().split()[-2:]) not in _ONE_OF_A_KIND_PAIRS:
        return f"{lone.group(1)} {lone.group(2).lower()}" + said[lone.end():]  # "a judge at the
        #   Court", "a plant manager at Singida Edible Oils": a kind of post, in lower case
    acronym_led = shared(r"(a|an) ((?:[A-Z]{2,5} )+)([A-Z][a-z]+)(?= at | of | for | in |$)").match(said)
    if acronym_led and lexicon.known(acronym_led.group(3).lower()) \
            and acronym_led.group(3).lower() not in _ONE_OF_A_KIND:  # "a QA Lead" -> "a QA lead"
        return said[:acronym_led.start(3)] + acronym_led.group(3).lower() + said[acronym_led.end(3):]
    if shared(r"(?i)partner (?:at|in) ").match(said):
        return "a partner" + said[len("Partner"):]  # "a partner at El-Sayed & Co."
    if shared(r"(?i)(?:senior |equity |salaried )?partner").fullmatch(said):
        return indefinite(said.lower())  # "as a partner": a firm has many (reader 122)
    if shared(r"[A-Z][a-z]+ [a-z]+(?: [a-z]+)?").fullmatch(said) and lexicon.known(said.split()[0].lower()):
        return said[0].lower() + said[1:]  # "Lab head": "as lab head", as one writes it mid-sentence
    return said


def _field_lower(m) -> str:
    words = m.group(2).split()
    if any(w.lower() in LANGUAGES or not lexicon.known(w.lower())
           or lexicon.word_class(w.lower()) == "P" for w in words):
        return m.group(0)  # "of English", "of Māori Studies"
    return m.group(1) + m.group(2).lower()


def _role(text: str) -> str:
    if ", " in text and not (" of " in text.partition(", ")[0] and text.split()[-1].lower() in (
            "state", "province", "county", "district", "region", "city", "territory")):
        # "Board Chair, Harbor Arts Council" -> "Board Chair at Harbor Arts Council"; a title
        # with its own "of" keeps its comma before a place ("Judge of the High Court, Enugu State")
        title, _, where = text.partition(", ")
        department = shared(r"(?i)^(?:head of department|hod|chair of department|department head)$").match(
                            title)
        if department and ", " in where:  # "Head of Department, Library and Information Science,
            unit, _, home = where.partition(", ")  # University of Ibadan"
            the = "the " if shared(r"(?:University|College|Institute|School) of\b").match(home) else ""
            return f"Head of the Department of {unit} at {the}{home}"
        if shared(r"(?:(?:Northern|Southern|Eastern|Western|Central|Middle) )?(?:City|Town|"
                    r"County|State|Ministry|Department|Office|University|Bank|Government|"
                    r"Institute|Museum|Council|Board|Port|Province|District|Circuit)\s+of\b|"
                    r"Mus[ée]e (?:des?|du|d')|Museo (?:de|del|di)|Museu (?:de|do|da)").match(
                    where):  # "the Musée des Beaux-Arts de Lyon" (reader 177)
            where = "the " + where  # "at the City of Ashford", "at the Ministry of Transport"
        elif shared(r"\b(?:Court|Ministry|Department|Bureau|Commission|Senate|Parliament|"
                       r"Embassy|Assembly|Tribunal|Authority)\b(?: of\b)?").search(where) \
                and not where.lower().startswith("the "):
            where = "the " + where  # "at the U.S. Court of Appeals", "the Hellenic Ministry of ..."
        last = where.split()[-1].lower()
        if where.isupper() and len(where) <= 5 and not _said_as_word(where) \
                and where.lower() not in _DEPARTMENTS and where in _UNIT_ACRONYMS:
            text = f"{title} of the {where}"  # "Medical Director, ICU" -> "of the ICU", "Chair of
            #   the PTA"; an organisation said as a word is worked at: "a Senior Engineer at
            #   JAXA" (reader 150)
        elif _SERVICES.fullmatch(where):
            text = f"{title} of {where}"  # "Deputy Director of Digital Services" (reader 161)
        elif last in _UNITS and " of " not in where:
            text = f"{title} of the {where}"  # "Command Sergeant Major of the 3rd ... Brigade"
        elif (last in _DEPARTMENTS or (last in _FUNCTIONS and all(lexicon.word_class(w.lower()) not in (None, "P")
                                                                  for w in where.split()))) \
                and " at " not in where and " of " not in where:
            academic = shared(r"(?i)\b(?:lecturer|professor|reader|tutor|teacher|instructor|researcher|"
                              r"fellow|scientist|consultant|physician|surgeon|specialist|registrar|resident|"
                              r"nurse|doctor|attending|partner|counsel|associate|lawyer|attorney|"
                              r"solicitor|analyst|engineer)$").search(title)  # "Consultant in
            #   Emergency Medicine", never "of" it (reader 223)
            field = where.lower() if academic and all(lexicon.known(w.lower()) for w in where.split()) else where
            text = f"{title} in the legal team" if academic and where.lower() == "legal" else \
                f"{title} {'in' if academic else 'of'} {field}"  # "VP of Corporate Development",
            #   "Senior Lecturer in Public Health", never "at Public Health" (reader 176)
        elif " at " in where and where.split(" at ")[0].split()[-1].lower() in _DEPARTMENTS \
                and " of " not in where:
            dept, _, org = where.partition(" at ")
            if _UNIQUE_ROLE.search(title) or title.split()[-1].lower() in _ONE_OF_A_KIND \
                    or not all(lexicon.known(w.lower()) for w in dept.split()):
                text = f"{title} of {dept} at {org}"  # "VP of Marketing at Acme"
            else:  # "a senior manager in credit risk at Hanul Bank"
                text = f"{title} in {dept.lower()} at {org}"
        elif _REGION.search(where) or shared(r"(?i)\b(?:country|regional|area|territory|"
                                                r"national)\b").search(title):
            text = f"{title} for {where}"  # "Regional Director for West Africa"
        elif where.split()[-1].lower() in _BODIES and not where.lower().startswith("the "):
            text = f"{title} at the {where}"  # "at the Gauteng Energy Office"
        elif " of " in title and len(where.split()) == 1 and lexicon.word_class(where) == "P":
            text = f"{title} for {where}"  # "Director of Libraries, Pittsburgh": for the city
        elif len(where.split()) == 1 and lexicon.word_class(where.lower()) in ("P", None) \
                and where[:1].isupper() and not _is_acronym(where) and _A_PLACE_POST.search(title):
            text = f"{title} in {where}"  # "District Health Manager, Johannesburg": in the city
        else:
            text = f"{title} {'for' if ' at ' in where else 'at'} {where}"
    title = text.split(" at ")[0].split(" of ")[0].split(" for ")[0]
    if title[:1].isupper() and (title.split()[-1].lower() in _ONE_OF_A_KIND
                                or " ".join(title.lower().split()[-2:]) in _ONE_OF_A_KIND_PAIRS
                                or title.split()[0] in ("Regius", "Emeritus")):
        return text  # "Medical Director of Emergency Medicine at St. Luke's": a post of one
    if " at " in text and not _UNIQUE_ROLE.search(title) and not shared(r"(?i)\bof\b").search(title) \
            and text.split()[0].lower() not in ("a", "an", "the", "my", "our", "your"):
        return indefinite(text)  # "a Data Engineer at Northwind"
    if _UNIQUE_ROLE.search(text) or text.split()[0].lower() in ("a", "an", "my", "our", "your"):
        return text
    if len(text.split()) > 1 and all(w[:1].isupper() for w in text.split()):
        if text.split()[-1].lower() in _ONE_OF_A_KIND:
            return text  # "Artistic Director": a title, said as typed
        return indefinite(text)  # "a Construction Project Manager"
    words = [w if _is_acronym(w) or not lexicon.known(w) else w.lower() for w in text.split()]
    return indefinite(" ".join(words))
