"""Projects: names and common nouns, gerunds, clauses, possessives and course codes. A project
typed as a note with separators is joined first by project_notes.py."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import lexicon
from ..patterns import lazy, shared
from .career import career_change
from .career import _posts as career_posts
from .project_notes import (LIFE_ASIDE, a_series, _names_an_org, _names_work, _a_place_name, _ACTIVITIES, _BUSINESS_TAILS, _CIVIC, _COUNTRY_CODES,
                            _DEPARTMENTS, _FIELDS, _FIRM_ENDINGS, _FIRM_LIKE, _folded,
                            _ing_of_a_verb, _INSTITUTION_WORDS, _joined_tail, _NAMED_THINGS,
                            _NOT_A_PERSON, _ONE_OFF, _ORG_NOUNS, _PERIODS, _PLACE_TAIL_BARE,
                            _PLACES, _ROLE_TAILS, _SECTORS, _STAGES, _THINGS_IN_ING, _UNITS,
                            _a_field, _work_of_a_kind, core)
from .words import (casual, DETERMINERS, LANGUAGES, MONTH_OF, SERVICE_JOBS, TEXTED_TAIL, TOOLS, _FUNCTION_WORDS, _GENERIC_TAILS,
                    _PREPOSITIONS, _brands, brand_names, brand_spellings, _finite, _gerund_kind, _is_acronym, _same_past, cap, clean, in_another_language, indefinite, the_named_places,
                    join, lower_first, plain_figures, proper_names, sentence_capitals, the_bodies, tidy_case, word_class)


def _employers() -> frozenset[str]:
    """The brands one works at: a name in brands.txt with a small letter in it ("Ecobank",
    "Walmart") or a firm known by its letters; never a trade's letters, a course, a certificate
    or a platform ("P&L", "NYC", "CCNA", "Coursera", "on Shopify")."""
    return frozenset(b for b in brand_spellings() if (any(c.islower() for c in b) or b in _FIRMS_BY_LETTERS)
                     and b not in TOOL_SPELLINGS and not b.startswith(("at ", "for ")))


_FIRMS_BY_LETTERS = frozenset("""KPMG HSBC IKEA KFC DHL TCS MTN NHS MSF UCLA NYU USMC USAF RAF IDF UNHCR UNICEF""".split())
# Brands that are also tools one works on: "on Shopify", "on Salesforce".
TOOL_SPELLINGS = frozenset({"Shopify", "Instagram", "TikTok", "LinkedIn", "WhatsApp", "Facebook", "YouTube", "Spotify",
                            "WeChat", "WeChat Pay", "iPhone", "Valorant", "League of Legends", "PayPal", "Airbnb",
                            "Netflix", "Code.org", "Model UN", "Security Council", "Regents", "AP Comp Sci", "Coursera",
                            "Udemy", "Codecademy", "Toast POS", "Navy Achievement Medal", "CompTIA", "CompTIA A+",
                            "Security+", "SaaS", "iPhone", "Genius Bar", "Geek Squad", "Mass General"})


_COURSE = lazy(r"^(?!THE |FY ?\d|CY ?\d)[A-Z]{2,5}\d?[- ]?(?:\d{2,4}[A-Za-z]?|\d[A-Z]|"
               r"\d{1,3}\.\d{2,3})$|^\d+\.\d{2,3}$")  # not "FY2023": a year


class Project(NamedTuple):
    text: str
    form: str  # proper, common, generic ("tax matters"), gerund, clause, possessive, course,
    #            where ("backstage at X")

    @property
    def np(self) -> str:
        """As a noun phrase, with its article where it needs one."""
        if self.form == "common":
            if self.text.split()[1:2] == ["of"]:
                return "the " + self.text  # "the reopening of Hotel Casa Bolívar"
            if self.text.split()[0].lower() in DETERMINERS or (
                    self.text[:1].islower() and _an_activity(_head_noun(self.text))
                    and not shared(r"\b(?:FY|(?:19|20)\d\d\b)").search(self.text)):  # "the dental clinic bookkeeping
                #   for FY2022-23": work with its date is one piece of work
                return self.text  # "asylum interview interpreting", "naturalist guiding on
            #                       the M/Y Floreana": an activity, not a thing with "the"
            return "the " + self.text
        if self.form == "clause":
            return "the project where " + to_first_person_plural(self.text)
        return self.text

    @property
    def on(self) -> str:
        """With its preposition: "on the billing rewrite", "in MKTG 301", "during my
        residency", "at the 2019 hackathon", "at our photography studio"."""
        own = _own(self.np).split()[-1].lower()  # "rooftop solar sales" of "... at Tata Power"
        if self.form == "generic" and ((self.np[:1].isupper() and not _is_acronym(self.np.split()[0])) or shared(
                r"\b(?:week|festival|summit|fair|expo|gala|tour|launch|conference|show)\b").search(self.np)) \
                and own in _PUBLIC_WORK:
            return "on " + self.np  # "on Web Summit sponsorship sales" (reader 170)
        if self.form == "generic" and (own in _CALLINGS | _SECTORS or (" for " not in self.np and own in _DEPARTMENTS | _FIELDS)):
            return "in " + self.np  # "in customs brokerage at the Hamburg logistics firm", "in ICU
            #   nursing at CHU Bordeaux"
        if self.form == "course" or shared(r"(?i)(?:year|grade|form|class|primary|p|s|ks) ?\d{1,2}[a-z]?").fullmatch(
                self.np):
            return "in " + self.np  # "in MKTG 301", "in Year 6", "in Grade 3"
        if shared(r"(?:(?:Fire|Police|Ambulance|Lifeboat|Research|Field) )?(?:Station|Base|Camp|Depot|Terminal|"
                  r"Branch|Store|Site|Plant|Mine|Pier|Berth|Hangar|Gate) \d{1,3}[A-Z]?|(?:the )?(?:[A-Z][\w'&-]* )+"
                  r"(?:store|branch|site|location|restaurant|shop|warehouse|depot|hub|outlet) (?:#|no\. ?)?\d{1,5}").fullmatch(self.np):
            return "at " + self.np  # "at Station 12", never "on Station 12" (reader 131); a
            #   ward is worked "on" ("on Ward 4B")
        if shared(r"(?i)(?:la|le|les|el|the) (?:crèche|creche|garderie|guardería|pizzeria|trattoria|"
                  r"boulangerie|bodega|taverna) ").match(self.np) and project_head(self) not in _WORK_HEADS:
            return "at " + self.np  # "at la crèche Les Petits Pas" (reader 147), but "on the
            #   Bodega Santa Clara export program" (reader 149)
        operation = shared(r"(?:the )?(Operation [A-Z][^()]*)").fullmatch(self.np)
        if operation and (len(operation.group(1).split()) <= 4 and self.form != "common" or shared(
                r"Operation [A-Z][\w-]*(?: [A-Z][\w-]*)? (?:[a-z-]+ )?(?:relief|response|evacuation|deployment|"
                r"exercise)").fullmatch(operation.group(1))):  # "the Operation Bluebird rollout" is
            #   worked on, "Operation Smile surgical mission" is an organisation's (review)
            return "during " + operation.group(1)  # "during Operation Safe Harbour", never "at"
            #   (reader 120), nor "on the Operation Sahayata flood relief" (reader 143)
        if self.form == "gerund":  # "while looking after the twins", "on catering our gala"
            return ("while " if self.np.split()[0].lower() in _ONGOING else "on ") + self.np
        if self.form == "where":
            return self.np  # "backstage at Paris Fashion Week 2023"
        if self.form == "change":
            return "during " + self.np  # "during my move from retail to UX", never "on" it
        firm = shared(r"^((?:[A-Z][\w&.'-]* )+)(?:Labs|Bank|Group|Inc\.?|Ltd\.?|LLC|GmbH|Capital|Partners|Consulting|"
                      r"Technologies|Software|Solutions|Holdings|Ventures|Insurance)$").match(self.np)
        corps = shared(r"^the ((?:[A-Z][\w-]* )*(?:Corps|Navy|Army|Air Force|Marines|Coast Guard))$").match(self.np)
        if corps and self.form == "common":
            return "in " + self.np  # "in the Peace Corps" typed with its "the" (review)
        if self.form == "proper" and (self.np in _employers() or (firm and all(
                lexicon.word_class(w.lower()) in (None, "P") and not w.isupper() for w in firm.group(1).split()))):
            if shared(r"\b(?:Corps|Navy|Army|Air Force|Marines|Coast Guard|NHS|Programm?e?|USMC|USAF|RAF)$").search(self.np):
                return "in the " + self.np  # "in the Peace Corps", "in the Royal Navy", "in the JET Program"
            if self.np in ("Red Cross", "American Red Cross"):
                return "with the " + self.np
            return "at " + self.np  # "at Ecobank", "at Walmart Labs": an employer, never "on" it (reader 216)
        head = project_head(self)  # "the shearing gang, Canterbury 2021-22 season": a gang
        if shared(r"^(?:the|my) (?:[\w-]+ ){0,3}role (?:for|at|in|with) ").match(self.np):
            return "in " + self.np  # "in the TA role for the deep learning course" (reader 249)
        if _own(self.np).split()[-1].lower() in ("committee", "board", "panel", "jury", "council", "taskforce") \
                and self.form in ("common", "possessive"):
            return "on " + self.np  # "on the PhD thesis committee": one sits on it (reader 174)
        degree = shared(r"(?:the |my |our )?(?:MSc|BSc|MBA|EMBA|PhD|MPhil|LLM|MFA|MEng|BEng|MPH|MPA|"
                        r"PGDE|PGCE|PGDip|PGCert|MSW|BSN|MSN|M1|M2|L3|"
                        r"MA|BA|Cert|Certificate|Diploma|HND|HNC|Máster|Master|Grado|Licenciatura|"
                        r"Mestrado|Licence|[Dd]iplomado|[Dd]iplomatura|[Mm]aestría|[Cc]urso)\b").match(self.np)
        if ((shared(r"(?i)\bdata (?:warehouse|lake|centre|center)\b").search(self.np) and head in (
                "warehouse", "lake")) or shared(r"(?i)\b(?:supply|cold|value) chain\b").search(self.np)) \
                and not degree:  # "the MSc Supply Chain" is studied in
            return "on " + self.np  # a database, not a building
        if head in ("phd", "doctorate", "dphil") and self.form in ("possessive", "common", "generic"):
            return "during " + self.np  # "during my PhD on soil microbiomes", never "in" it
            #   (reader 122)
        if self.np.split()[-1].lower() == "group" and len(self.np.split()) > 1 \
                and not shared(r"(?i)\b(?:for|of|at|with|campus|student|students|university|college|school)\b").search(
                    self.np) and self.np.split()[-2].lower() in (
                "hospitality", "media", "hotel", "restaurant", "investment", "insurance", "automotive",
                "retail", "consulting", "healthcare", "pharma", "mining", "energy", "property",
                "banking", "financial", "travel", "fashion", "food", "publishing", "logistics"):
            return "at " + self.np  # "at the Lagos hospitality group": a company (reader 162)
        if self.form in ("possessive", "common", "generic") and own in (  # "the guest app at the
            #   Lagos hospitality group" is worked on, the group is where
                "group", "club", "society", "choir", "band", "orchestra", "cohort", "ensemble") or (
                self.np.split()[-1].lower() in ("lab", "laboratory") and "new" not in self.np.lower().split()
                and self.np.split()[0].lower() in ("the", "my", "our", "his", "her", "their")):
            return "in " + self.np  # "in the intro to econ study group" (reader 121); "in my
            #   lab", never "at my lab" (readers 159, 160)
        if head in _PERIODS or (shared(r"(?i)(?:ramadan|diwali|hanukkah|lunar new year|lent)\b").match(
                self.np) and head not in _WORK_HEADS):
            return "during " + self.np  # "during my clerkship", "during Ramadan 2024" (but "on
            #                             Black Friday", a day)
        if degree and head not in ("thesis", "dissertation", "project", "capstone", "paper",
                                   "research"):
            return "in " + self.np  # "in the MSc social work at Stirling": a degree is studied in
        made = re.search(rf"(?i)\b(?:built-in|new|fitted|custom|bespoke|renovated|refitted|"
                         rf"redesigned) {re.escape(head)}\b", self.np)  # "the built-in kitchen
        if made:  #                                                           for your restaurant"
            return "on " + self.np
        if head == "port" and shared(r"(?:Unity|Switch|PS\d|Xbox|iOS|Android|Steam|Mac|PC|"
                                     r"Nintendo|Unreal)\b port\b").search(self.np):
            return "on " + self.np  # "the Unity port of Jade Dragon Tactics": software
        if shared(r"\bLevel \d\b").search(self.np) and self.form in ("proper", "common", "course"):
            return "in " + self.np  # "in WSET Level 3": a course and its level
        before = _before(self.np, head)
        if head == "stage" and all(w in ("the", "my", "our", "her", "his", "their") for w in before):
            return "during " + self.np  # "my stage at CPE Les Petits Pommiers": an internship
        if head == "base" and before[-1:] and (before[-1] in _BASES or (
                shared(r"\b[A-Z][\w-]* base$").search(self.np) and self.form in ("common", "proper"))):  # "the SAS
            #   Stockholm base" (reader 140); a "customer base" is no place
            return "at " + self.np  # "at the ambulance base in Palermo"
        aside = shared(r"\(((?:a|an|our|my|his|her|their) [^()]+)\)").search(self.np)
        if self.form == "proper" and head not in _EVENTS and (
                any(w.lower().strip("()") in _EVENTS | _VENUE_WORDS | _PLACE_FIRST
                    for w in shared(r" at | \(").split(self.np)[0].split())  # "Ward 7B at St
                #   Thomas' Hospital" is worked on, never "at Ward 7B at ..."
                or (aside and _head_noun(aside.group(1)) in _PLACES | _EVENTS)):
            return "at " + self.np  # "at Hackathon Santé Paris 2023", "at Ysgol Gerdd
            #   Ceredigion", "at Comedor Los Pibes (a soup kitchen in La Matanza)"
        if self.form == "proper" and shared(r"(?:Le|La|Les|L'|El|Il|Lo|Das|Der|Die|Het|Chez|Casa|Maison|"
                                            r"Bar|Café|Cafe|Hotel|Hostal|Taverna|Osteria) [A-Z]").match(self.np) \
                and head not in _WORK_HEADS and not shared(r" (?:at|in|for) ").search(self.np):
            return "at " + self.np  # "at Le Petit Jardin", "at La Voz": a house by its name;
            #   "Les Bonnes at Théâtre de l'Odéon" is a play staged somewhere
            #   (readers 127, 128)
        if shared(r"(?i)\b(?:design|fashion|startup|start-up|tech|arts?|film|book|pride|climate|music|"
                  r"science|innovation|restaurant|beer|wine|food|games?|developer|craft|careers?) "
                  r"week(?:end)?(?: (?-i:[A-Z][\w-]*|\d{4}))*$").search(self.np) and " at " not in self.np or (head == "space" and before[-1:] and before[-1] in (
                      "coworking", "co-working", "maker", "makers", "hacker", "community", "event",
                      "arts", "gallery", "performance")) or (head == "box" and "crossfit" in map(str.lower, before)) or (
                  head == "desk" and before[-1:] and before[-1] in (
                      "front", "reception", "help", "service", "information", "check-in", "concierge")):
            return "at " + self.np  # "at London Fashion Week", "at Startup Weekend Denver", "at
            #   the Accra coworking space", "at the front desk": an event or a place, never "on"
            #   it (readers 133, 135); a newsroom's "data desk" is worked on
        if head in _EVENTS and self.form == "proper" and not shared(r"(?i)(?:the|our|my|their|his|her)\b").match(self.np) \
                and not self.np.split()[0].endswith("'s"):
            return "at the " + self.np  # "at the Munich Hackathon for Climate 2023"
        if head in _EVENTS or (head in _PLACES and self.form in ("possessive", "common", "generic")) or (
                self.form == "proper" and (self.np.split()[0].lower() in _PLACE_FIRST
                                           or head in _BUSINESS_TAILS or head in _PLACES)
                and not shared(r"(?:Project|Operation|Programme|Program|Peer|Channel|Team|Executive|Life|"
                               r"Career|Group|Leadership|Sales)\b").match(self.np)):
            return "at " + self.np  # "at the dispatch center", "at Henderson Roofing"
        if self.form == "common" and shared(r"the (?:[A-Z][\w'&.-]* )+[A-Z][a-z]+").fullmatch(self.np) \
                and head in _BUSINESS_TAILS:
            return "at " + self.np  # "at the Coastal Wetlands Trust": an organisation by its
            #   name, as "at Midwest Freight Lines" (reader 144)
        first = self.np.split(" and ")[0]
        if " and " in self.np and _head_noun(first) in _WORK_HEADS and len(
                [w for w in first.split() if w.lower() not in DETERMINERS]) >= 2 \
                and project_head(self) in _PLACES | _WITHIN | {"kitchen", "room", "studio"}:
            return "on " + self.np  # "on the ... Mosque renovation and community kitchen": the
            #   first piece of work decides, never "in" the kitchen (reader 143)
        if shared(r"(?:the )?\d{1,2}(?:st|nd|rd|th) (?i:grade|year|form|class)(?: (?:at|in) .+)?").fullmatch(self.np):
            return "in " + self.np  # "in the 3rd grade at Escuela San Martín" (reader 143)
        named = shared(r"^[A-Z][\w-]*'s [A-Z]").match(self.np)  # "Abuela's Kitchen": a
        if named and head in _PLACES | {"kitchen", "table", "place", "house", "corner"}:  # business
            return "at " + self.np  # by name, at it, never "in" it (reader 123)
        if head == "house" and before[-1:] and before[-1] in (
                "production", "post-production", "fashion", "publishing", "auction", "design", "trading",
                "software", "recording", "couture", "tea", "coffee"):
            return "at " + self.np  # "at the Nollywood post-production house" (reader 166)
        if (head == "role" or (head == "job" and before[-1:] and (
                before[-1] in _MORE_POSTS | _ROLE_TAILS or before[-1] in (
                    "part-time", "full-time", "summer", "student", "first", "weekend", "holiday", "temp", "picking",
                    "packing", "office", "warehouse", "retail", "casual", "seasonal", "graduate", "new", "old")))) \
                and self.form == "common" and not shared(r"\b[A-Z]{2,} role\b").search(self.np):  # "the
            #   lifeguard job at the city pool" is held; "the Henderson job" is done for a client
            return "in " + self.np  # "in the community manager role at the Quito coworking
            #   startup"
        if head == "kitchen" and before[-1:] in (["soup"], ["community"]):
            return "at " + self.np  # "at the Comedor San José soup kitchen": a charity, worked
            #   at (reader 168)
        if head in ("room", "library", "lab", "laboratory", "theatre", "theater", "studio",
                    "kitchen", "classroom") \
                and self.form in ("possessive", "common", "generic"):
            return "in " + self.np  # "in the rare books reading room"
        if head == "service" and shared(r"(?i)\b(?:offending|health|social|probation|fire|ambulance|civil|foreign|"
                                        r"prison|youth|care|advisory|library|counselling|counseling|"
                                        r"outreach|rescue|coastguard|diplomatic|legal) services?\b").search(self.np):
            return "in " + self.np  # "in the Fife youth offending service", but "on the new
            #   ferry service" (reader 146, review)
        if head in _WITHIN and self.form in ("possessive", "common", "generic") or (
                self.form == "generic" and self.np.split()[0] in ("operations", "sales", "admissions",
                                                                  "communications", "lettings")) or (
                head == "cell" and shared(r"(?i)\b(?:logistics|planning|intelligence|operations|ops|"
                                          r"fusion|crisis|response|prison) cell$").search(self.np)):
            return "in " + self.np  # "in our UX research practice", "in admissions and
            #   financial aid at AUB"
        return "on " + self.np

    @property
    def is_work(self) -> bool:
        """A piece of work one could be trusted with again: "the billing migration", "the
        2023 gala"; not a shift, a branch, a course or an accelerator one took part in."""
        return self.form in ("proper", "common", "possessive") and project_head(self) in _WORK_HEADS

    @property
    def is_field(self) -> bool:
        """A line of work, which does nothing itself: "humanitarian finance at a Geneva NGO",
        "customer service at the Tokyo branch"; an outcome is the person's, never "Humanitarian
        finance ... passed the ECHO audit" (reader 206)."""
        return self.form in ("course", "generic") and _a_field(_own(self.np))

    @property
    def inert(self) -> bool:
        """A project that does nothing itself, so is never an outcome's subject: a line of work,
        a town, a career move ("my move from chef to product manager now owns ..." is the
        person's deed, reader 214)."""
        return self.is_field or self.form in ("where", "change")

    @property
    def coached(self) -> bool:
        """A sport, a team or a league one is coached in, so that managing someone in it is
        coaching them: "club swimming", "the swim team", "the soccer club U19"; never a
        career's track ("the management track") nor a club that also employs ("the golf club")
        (reader 200, review)."""
        words = [w.strip("(),").lower() for w in self.np.split() if not _YEAR.match(w.strip("()"))]
        return self.sport and bool(words) and (
            (words[-1] in _SPORTS - {"track", "swim"})
            or (words[-1] in ("team", "squad", "league", "academy") and not (
                len(words) > 1 and words[-2] in ("management", "fast", "career", "graduate")))
            or bool(shared(r"u\d{1,2}s?").fullmatch(words[-1])))

    @property
    def sport(self) -> bool:
        """A team or a sport: "JV basketball", "the under-12 football team"."""
        words = [w.strip("(),").lower() for w in self.np.split() if not _YEAR.match(w.strip("()"))]
        return bool(words) and (words[-1] in _SPORTS or (
            words[-1] in ("team", "squad", "club", "league", "academy") and len(words) > 1 and any(
                w in _SPORTS for w in words[:-1]))
            or (len(words) > 1 and shared(r"u\d{1,2}s?").fullmatch(words[-1]) and any(w in _SPORTS | {"club"}
                                                                                   for w in words[:-1]))
            or (words[-1] in ("season", "team", "squad", "club", "camp")
                and (any(w in _SPORTS for w in words[:-1])
                     or "track and field" in " ".join(words))))  # "the 2023 state track and
        #                                                          field season"

    def head(self) -> str | None:
        """The project's noun phrase up to its first preposition, for a note with no room for
        more: "the cross-departmental initiative" for "the cross-departmental initiative to
        consolidate procurement ... across our five subsidiaries". None for a short name."""
        words = self.np.split()
        cut = next((i for i, w in enumerate(words) if i >= 2 and (
            (w.lower() in ("to", "for", "of", "across", "in", "on", "at", "with", "from")
             and not (i + 1 < len(words) and words[i + 1][:1].isupper()
                      and words[i - 1][:1].isupper()))  # not inside "Women in Energy"
            or w.startswith("("))), None)
        if not cut or len(words) <= 6:
            return None
        head = [w.rstrip(",") for w in words[:cut]]
        return " ".join(head) if len(head) <= 6 else "the " + " ".join(head[-3:])

    def shorter(self) -> list[str]:
        """Shorter noun phrases that still name the project (project_named's own test: every
        capitalised word and number, and enough of the rest), longest first: "the Northwind
        Traders migration to Kubernetes" for "the Northwind Traders order-management platform
        migration to Kubernetes"."""
        from ..text import Text, covered

        alias = _ALIAS.search(self.text)
        if alias:  # "... harmonisation initiative for EMEA retail (Project Horizon)": its name
            base = project(self.text[: alias.start()].strip())
            named = project(alias.group(1))
            return [base.np, *base.shorter(), named.np]
        if self.form not in ("common", "generic", "proper", "possessive"):
            return []
        words = self.np.split()

        def content(w: str) -> bool:
            return w.lower() not in DETERMINERS | _FUNCTION_WORDS | {"v.", "vs.", "&"}

        # A modifier may go (a lowercase word before another content word); a head before
        # "of"/"to", a number and "v." stay: "the Harris v. Dunmore prep", never "the of X".
        few = sum(content(w) for w in words) < 5  # "surf school summer camps" without "surf" is
        #                                            another project: a short name keeps its first
        droppable = [i for i, w in enumerate(words[:-1]) if w[:1].islower() and content(w)
                     and not (few and i <= 1) and w.lower() not in _KIND_OF
                     and content(words[i + 1]) and not any(ch.isdigit() for ch in w)
                     and not w.endswith(("'s", "s'")) and words[i + 1][:1] not in "'\"\u2018\u201c"]
        if words[-1].lower() in _GENERIC_TAILS and len(words) > 2 and content(words[-2]):
            droppable.append(len(words) - 1)

        def named(words_kept: list[str]) -> bool:  # still names the project, by project_named's bar
            return covered(Text(" ".join(words_kept)).coverage(self.text), self.text, anchored=True)

        found = []
        for i in droppable:  # one word at a time: "Milan fashion week logistics" without both
            kept = [w for j, w in enumerate(words) if j != i]  # "fashion" and "week" is
            #                                                    another project
            if kept[-1][:1].isdigit() or _is_acronym(kept[-1]):
                continue  # "the ACCT 301" has lost what the project was
            if named(kept):
                found.append(" ".join(kept))
        dated = shared(r"^(.+?) (?:from (?:19|20)\d\d to (?:19|20)?\d\d|in (?:19|20)\d\d|since (?:19|20)\d\d)$").match(self.np)
        if len(words) > 7:  # a long one also loses whole phrases with no name in them, then a
            found += _without_phrases(words, named)  # modifier: "my MSc dissertation on load
        #   forecasting in rural Enugu State" (reader 178)
        return sorted(set(found), key=len, reverse=True) + ([dated.group(1)] if dated else [])  # "... at
        #   Zendesk from 2021 to 2024": last of all without its years, which a note after the
        #   project's typed comma may leave out (project_named)


def _without_phrases(words: list[str], named) -> list[str]:
    """A long project without a phrase after a preposition that names nothing ("for off-grid
    communities"), and then without a lowercase modifier at a time, as long as `named` still
    holds; the first phrase says what the work was about and stays."""
    found: list[str] = []
    starts = [i for i, w in enumerate(words) if i > 1 and w.lower() in _CUT_AT]
    for n, i in enumerate(starts[1:], start=1):
        end = starts[n + 1] if n + 1 < len(starts) else len(words)
        if any(w[:1].isupper() or w[:1].isdigit() for w in words[i:end]):
            continue
        kept = words[:i] + words[end:]
        for _ in range(3):  # "solar microgrid load forecasting" -> "load forecasting"
            if not named(kept):
                break
            found.append(" ".join(kept))
            fewer = next((kept[:j] + kept[j + 1:] for j in range(1, len(kept) - 1)
                          if kept[j][:1].islower() and kept[j].lower() not in DETERMINERS | _FUNCTION_WORDS
                          and kept[j + 1][:1].islower() and kept[j + 1].lower() not in _FUNCTION_WORDS
                          and named(kept[:j] + kept[j + 1:])), None)
            if fewer is None:
                break
            kept = fewer
    return found


# Where a long project's phrases start: what follows may go when it names nothing.
_CUT_AT = frozenset("for in at with from across using via on to among".split())
# Days and seasons with names, capitalised wherever typed ("black friday 2022").
_HOLIDAYS = lazy(r"(?i)\b(?:black friday|cyber monday|boxing day|new year's eve|new year|christmas|"
                 r"easter|thanksgiving|diwali|ramadan|hanukkah|lunar new year|halloween|"
                 r"mother's day|valentine's day|singles' day|prime day)\b")
# Two words no dictionary has, last, after "in" or "at": "in dak lak".
_TWO_UNKNOWN_AT_END = lazy(r"(\b(?:in|at|near) )([a-z]{2,} [a-z]{2,})$")
# A place's name the lexicon knows as a name, typed in lower case before its kind: "kathmandu
# valley", "mekong delta".
_NAMED_BEFORE = lazy(r"\b([A-Za-z][a-z]{2,}) (valley|delta|river|lake|bay|province|county|district|region|basin|"
                     r"island|islands|coast|mountains|hills|highlands|peninsula|city)\b"
                     r"(?! (?:heating|cooling|energy|court|nurse|nursing|council|plan|manager|attorney|"
                     r"judge|hospital|health)\b)")  # "Warsaw district heating": a network, no
#   district's name (reader 165)
# A word no dictionary has, last, after "in" or "at": a place typed in lower case.
_PLACE_AT_END = lazy(r"(\b(?:in|at|near|across|outside) (?:rural |urban |northern |southern |eastern |"
                     r"western |central |downtown |coastal )?)([a-z]{4,})$")
# A region named by its compass point, typed in lower case: "in south punjab".
_COMPASS_PLACE = lazy(r"\b(in|at|across) (north|south|east|west|upper|lower) ([a-z]{4,})$")
# Short words before a number that are not a course's code: "the 2024 run", "phase 2".
_NOT_COURSE = frozenset("the a an my our phase v ver version year grade room unit week day store shop under over "
                        "route ward bay gate suite lot site plant".split())


# A unit of a place and the place: "Stroke Unit, Charité", "Ward 7B, St Thomas' Hospital".
_UNIT_AT = lazy(r"^((?:[\w'-]+\s)*(?i:unit|ward|department|lab|laboratory|clinic|team|office|"
                r"branch|desk|wing)(?:\s\w+)?), ((?:[A-Z][\w.&'-]*\s?){1,4})$")
# Modifiers that say what kind of thing the project is: "the online shop" is not "the shop".
_KIND_OF = frozenset("online digital mobile virtual web remote new pilot".split())
# A project, a town and its US state's code: "blade repair crew, sweetwater tx", "crew in
# Sweetwater, TX".
_IN_STATE = lazy(r"^([^,]+?)(?:,| in) ([A-Za-z][a-z.'-]+(?: [A-Za-z][a-z.'-]+){0,2}),? ([A-Za-z]{2})$")
_US_STATES = frozenset("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT
NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split())
# A project and, after its comma, the institution it was at: "MSc thesis group, TU Delft".
_AT_INSTITUTION = lazy(r"^([^,]+), ((?:[A-Z][\w.&'-]*\s)*(?:University|College|School|Institute|"
                       r"Hospital|Academy|Polytechnic|Infirmary|Inc\.?|Ltd\.?|GmbH|LLC|Group|Bank|Council|"
                       r"(?<=[a-z] )(?:High|General|Memorial|Primary|Secondary|Elementary)|"  # "Roosevelt
                       #   High", "Toronto General": a school's or a hospital's short name (reader 179)
                       r"Ministry|Agency|Foundation)(?:\s(?:of|de|di|du|der|do|da|of the)?\s?"
                       r"[A-Z][\w.&'-]*){0,3}|"
                       r"[A-Z]{2,5}(?:\s[A-Z][\w-]*)?)$")
# A project's short name in brackets at its end: "(Project Horizon)", "(Atlas)".
_ALIAS = lazy(r"\s*\((?!(?:Phase|Part|Stage|Step|Round|Wave|Year|Lot) [IVX0-9]+\))([A-Z][^()]{1,40})\)\s*$")


# Places named by a number or a name after a common word: "Ward 7B", "Room 101", "Unit 4".
_NAMED_BY_CODE = frozenset("""ward room unit building block floor level bay gate wing station
platform studio lab pod team grade class year court hangar dock pier terminal hall lot""".split())


def _a_name(word: str) -> bool:
    """'marco' typed in lower case is a name: a word no dictionary has, or one the lexicon knows
    only as a name."""
    return word.isalpha() and (lexicon.word_class(word) in (None, "P"))


def _an_activity(head: str) -> bool:
    """A gerund that heads a project ("interpreting", "guiding", "reserving", "filmmaking"):
    said without "the"; not a noun in -ing ("building", "training", "wedding")."""
    return head.endswith("ing") and len(head) > 5 and (lexicon.word_class(head) == "G" or (
        lexicon.word_class(head) is None and bool(lexicon.verb_forms(head[:-3])
                                                  or lexicon.verb_forms(head[:-3] + "e")))
        or _compound_gerund(head))


def _own(np: str) -> str:
    """A noun phrase without where or for whom: "the guest app" of "the guest app at the Lagos
    hospitality group"."""
    return shared(r" (?:at|for|in|with|across) .*$").sub("", np)


def _compound_gerund(head: str) -> bool:
    """"filmmaking", "bookkeeping", "songwriting": a known noun, then a verb's -ing."""
    return any(lexicon.word_class(head[:i]) == "N" and (
        lexicon.verb_forms(head[i:-3]) or lexicon.verb_forms(head[i:-3] + "e"))
        for i in range(3, len(head) - 5))


def project_head(found: Project) -> str:
    """The noun a project is about: "team" for "the Munich office's HR team", "gang" for "the
    shearing gang, Canterbury", without an aside in brackets."""
    return _head_noun(shared(r"\s*\([^()]*\)").sub("", found.np).split(", ")[0])


def aliases(text: str) -> list[str]:
    """The names a project with a bracketed short name goes by: the name before the brackets
    and the one inside ("Project Horizon"); [] for any other project."""
    found = _ALIAS.search(text)
    return [text[: found.start()].strip(), found.group(1)] if found else []


def to_first_person_plural(text: str) -> str:
    """A project clause keeps "we"; "I" stays: "we rebuilt the intake process"."""
    return lower_first(text) if text.split()[0].lower() in ("we", "i") else text


# How a course is taught, typed after its code: "HIST 410 seminar", "PHYS 150 tutorials".
_COURSE_FORMATS = frozenset("""studio studios seminar seminars tutorial tutorials lab labs workshop
workshops lecture lectures class classes module practicum section sections assistantship
recitation recitations session sessions practical practicals research fieldwork""".split())


# Words after an "'s" that make it part of a place's or a body's name ("Hawke's Bay", "Children's
# Hospital", "St John's Wood"), not a person's thing ("Zoe's Pilates studio").
_AFTER_S_IN_A_NAME = frozenset("""bay hospital island head hill park lane road street college
school church cathedral harbour harbor point wharf market square hall home refuge aid wood
green cross court inn""".split())
# Bodies named with their article: "the National Trust", "the Transport Authority".
_THE_BODIES = ("Museum|Trust|Authority|Council|Ministry|Foundation|Institute|Library|Gallery|"
               "Commission|Board|Service|Agency|Society|Association|Federation|Fund|Department")


@lru_cache(maxsize=1024)
def project(raw: str) -> Project:
    """The project as typed, made a phrase: its form decides the article and preposition. A
    note is first read whole (_as_a_whole: its years, its town, its aside), then phrase by
    phrase (_realised), then finished (_finished: a dash no rule joined is never pasted, what
    follows it is said in brackets, "the Hanoi metro line 3 (cost control)", readers 165-168)."""
    text = shared(r"\b((?:19|20)\d\d)\s*[\u2013\u2014]\s*((?:19|20)?\d\d)\b").sub(r"\1-\2", " ".join(raw.split()))
    text = shared(r"(?i),? \(?(?:from )?((?:19|20)\d\d) ?(?:-|\u2013|\u2014|to|till|until) ?(?:now|present|today|date)\)?$").sub(
        r" since \1", text)  # "bookkeeping for my bakery 2019-now": since 2019 (reader 239)
    #   "audits 2021–2023": one range, whichever dash (reader 216)
    text = plain_figures(text)  # "2022-05" is May 2022 (reader 188)
    text = shared(r"\b(Phd|PHd|Msc|MSC|Mphil|MPHIL|Mba|Bsc|BSC|Llm)\b").sub(lambda m: {"phd": "PhD", "msc": "MSc", "mphil": "MPhil",
                  "mba": "MBA", "bsc": "BSc", "llm": "LLM"}[m.group(1).lower()], text)  # "Phd" (reader 227)
    thesis = _THESIS_ABROAD.match(text)
    if thesis:  # "tesis de maestria - UNAM": my master's thesis at UNAM (reader 216)
        where = thesis.group(2)
        return Project(f"my {_THESIS_KINDS[thesis.group(1).lower().split()[0] + ' ' + thesis.group(1).lower().split()[-1]]}"
                       + (f" at {where}" if where else ""), "possessive")
    text = shared(r"(?i)^(?:my )?(?:first|second|summer|student|graduate) job\s*[-:\u2013\u2014,]\s*(?=[a-z])(?=.* (?:at|@) )(?="
                  r"(?:[\w-]+ ){0,3}(?:analyst|rep|representative|assistant|associate|developer|engineer|designer|"
                  r"accountant|clerk|officer|coordinator|executive|trainee|tester|admin|receptionist|cashier|server|"
                  r"barista|tech|technician|teller|agent|advisor|intern|recruiter|manager|nurse|teacher|"
                  r"specialist|consultant|planner|buyer|scientist|researcher|chef|cook)\b)").sub(
        "", text)  # "first job - junior data analyst at FinServe": the post (reader 200)
    text = shared(r"^((?:[\w-]+ ){0,2}[\w-]+?)(?: role)? ((?:at|@) [^,]+?),? then ((?:[\w-]+ ){0,2}[\w-]+)$").sub(
        lambda m: f"{shared(r' role$').sub('', m.group(1))} then {m.group(3)} {shared(r'^@').sub('at', m.group(2))}"
        if career_posts(m.group(1)) and career_posts(m.group(3))
        else m.group(0), text)  # "server role at olive garden then shift lead": a server and then a
    #   shift lead there (reader 230)
    text = shared(r"(?i)\b(jr|sr)\.?(?= [a-z]+(?: [a-z]+)? (?:at|@|in|for)\b)").sub(
        lambda m: "junior" if m.group(1).lower() == "jr" else "senior", text)  # "jr recruiter at robert
    #   half": a junior recruiter (reader 228)
    told = LIFE_ASIDE.search(text)
    if told and len(text[:told.start()].split()) >= 2:
        text = text[:told.start()]  # "QA internship after he switched from kitchens": the
        #   internship (the check reads the same, by core())
    text = shared(r"^([a-z][\w-]*(?: [a-z][\w-]*){0,3}) ((?:Q[1-4]|H[12])(?: (?:19|20)\d\d)?)(?= [/,(-])").sub(
        r"\2 \1", text)  # "ops handover Q3 / APAC": the Q3 ops handover, as a year goes first
    text = shared(r"^((?:PhD|DPhil|MSc|MPhil|MRes|MA|MS|BSc|BA|MBA|MEng|MPH)) \(([a-z][a-z &-]+)\)").sub(
        r"\1 in \2", text)  # "PhD (marine biology) - Orkney fieldwork": the PhD in marine biology
    if in_another_language(text) and text.split()[0].lower() not in _FOREIGN_COURSES:  # "the diplomado en ..."
        #   is a course, said as one
        return Project(f"\u201c{text[:1].upper() + text[1:]}\u201d", "proper")  # "on “Implantación del
        #   ERP SAP en Grupo Calvo”": a title in its own language, quoted whole, never "the
        #   implantación del ERP" in an English sentence (reader 204)
    change = career_change(text)
    if change:
        return _a_move(change)
    noted = shared(r"^(.+?)\s*(?:->|\u2192)\s*(?:she|he|they|i|we)\s+(?:was|were|is|are|did|do|does|had|has|ran|"
                   r"piloted|tested|helped|joined|moved|hired|worked)\b.*$", re.I).match(text)
    if noted and len(noted.group(1).split()) >= 2:
        return project(noted.group(1))  # "4th grade teacher at lincoln elementary -> she did our
        #   product pilot": the post; the note after the arrow is no project (reader 228)
    reworded = _reworded(text)
    if reworded != text:
        return project(reworded)
    firm = _firm_then_work(text.strip())
    if firm:
        return firm
    place = lexicon.place(text.strip()) or (text.strip() if lexicon.town(text.strip()) and not text.isupper()
                                            and lexicon.word_class(text.strip().lower()) in (None, "P") else None)
    if place:  # "kabul": where the work was, never "worked together on Kabul" (reader 207)
        return Project("in " + (place if place[:1].isupper() else place.capitalize()), "where")
    whole = _as_a_whole(text)
    found = whole if isinstance(whole, Project) else _finished(_realised(whole), raw)
    found = found._replace(text=_FOR_A_THING.sub(lambda m: f"{m.group(1)} {indefinite(m.group(2))}", found.text))
    found = found._replace(text=_FOR_THE_NAMED.sub(r"\1 the \2", found.text))  # "for the Aer Lingus booking
    #   engine", "for the Infosys BPM Netherlands entity" (reader 188)
    found = found._replace(text=_THE_REGION.sub(r"\1 the \2", found.text))  # "in the Nordics"
    found = found._replace(text=_AT_A_DEGREE.sub(
        lambda m: f"in the {m.group(2)}{m.group(3)}" + (f" at {m.group(1).strip()}" if m.group(1) else ""),
        found.text))  # "the group project on housing in the MSc Public Policy", never "at" a degree (reader 207)
    found = found._replace(text=_OF_A_THING.sub(_of_the_thing, found.text))  # "the audit of the
    #   municipal pension fund", never "of municipal pension fund" (reader 206)
    found = found._replace(text=shared(r"(?<=[a-z]) ((?:19|20)\d\d)-((?:19|20)\d\d)(?= at | in |$)").sub(
        lambda m: m.group(0) if shared(r"(?i)\b(?:year|season|budget|plan|winter|summer|spring|autumn|fall|term|semester|"
                                       r"cycle|session|round|edition|fiscal|financial|academic|school|intake|cohort)$").search(
            m.string[:m.start()]) else f" from {m.group(1)} to {m.group(2)}",
        found.text))  # "the supplier quality audits from 2021 to 2023 at the BMW Group" (reader 216)
    found = found._replace(text=shared(r"\bthe (?=The [A-Z])").sub("", found.text))  # "at The Ritz hotel",
    #   never "at the The Ritz hotel" (review)
    found = found._replace(text=sentence_capitals(found.text))
    found = found._replace(text=brand_names(proper_names(found.text))) if raw == raw.lower() else found  # "china
    #   sourcing trip 2019": the 2019 China sourcing trip, whichever rule moved the year (reader 182)
    return _no_comma_splice(found)


_KIND_OF_WORK = lazy(r"(?i)^(freelance|contract|pro bono)\s*[-:\u2013\u2014]\s*"
                    r"(?!.*\b(?:role|job|position)$)(?!(?:the|a|an|my|our|his|her|their)\b)(?![a-z]+ed\b)([a-z].*)$")
_ORG_THEN_POST = lazy(r"^((?:[\w'&.\u00c0-\u017f-]+ ){0,4}?(?:[\w'&.\u00c0-\u017f-]+)(?: \([^()]+\))?)\s+[-\u2013\u2014]\s+"
                      r"([a-z][\w -]*[a-z]|[A-Z]{2,4})$")
_ORG_HEADS = frozenset("""chain company firm house startup start-up agency hospital clinic school bank hotel
restaurant shop store bakery cafe café factory plant lab ngo charity council ministry university college
fintech studio group practice office nonprofit non-profit""".split())


def _reworded(text: str) -> str:
    """Shapes said better another way, then realised as typed that way: "freelance - logo for my
    bakery" is "freelance logo for my bakery"; "Osaka bakery chain — store manager" is "store
    manager at the Osaka bakery chain"; "PayBridge (Lagos fintech) - support lead" is "support
    lead at PayBridge (a Lagos fintech)"; "Wilson
    Plumbing / my kitchen remodel" is "my kitchen remodel with Wilson Plumbing" (reader 216)."""
    kind = _KIND_OF_WORK.match(text)
    if kind:
        return f"{kind.group(1).lower()} {kind.group(2)}"
    mine = shared(r"^((?:[A-Z][\w&'.-]* ?)+) / (my [a-z].*)$").match(text)
    if mine and mine.group(2).split()[-1].lower() in ("remodel", "renovation", "rebrand", "website", "wedding", "kitchen",
                                                      "bathroom", "extension", "garden", "move", "app", "logo", "audit",
                                                      "accounts", "taxes", "build", "roof", "loft"):
        return f"{mine.group(2)} with {mine.group(1).strip()}"
    pair = _ORG_THEN_POST.match(text)
    if not pair or shared(r"^(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\b|'s\b| (?:at|in|for|on) ").search(pair.group(1)):
        return text  # "my old company - PM", "The Ritz hotel - concierge", "Mum's bakery - helper",
        #   "weekend job at the bakery - cashier": said as typed (review)
    org, post = pair.group(1), pair.group(2)
    aside = shared(r"^(.+?) \(([^()]+)\)$").match(org)
    head = (aside.group(1) if aside else org).split()[-1].lower()
    if post.split()[-1].lower() not in _ROLE_TAILS | _MORE_POSTS:
        return text
    if aside:
        kind = aside.group(2)
        described = (kind[:1].islower() or len(kind.split()) > 1) and kind.split()[-1].islower() \
            and kind.split()[-1] in _ORG_HEADS | {"retailer", "brand", "platform", "consultancy", "app"}
        return f"{post} at {aside.group(1)} ({indefinite(kind) if described else kind})"  # "(a Lagos fintech)",
        #   "(Berlin)", "(2019-2021)" as typed (review)
    if head in _ORG_HEADS:
        return f"{post} at the {org}" if not org.lower().startswith("the ") else f"{post} at {org}"
    return text


def _a_move(change) -> Project:
    """A career change as the sender's move, with where it happened: "my move from the army to
    tech in the VetsinTech cohort", "... at Four Seasons" (reader 214)."""
    def cased(side: str) -> str:
        return proper_names(casual(side)) if side == side.lower() else side
    text = f"my move from {cased(change.old)} to {cased(change.new)}"
    typed_at = shared(r"^(at|in|with|for|@)\s+").match(change.where)
    where = change.where[typed_at.end():] if typed_at else change.where
    years = shared(r"^((?:19|20)\d\d)(?:\s*[-\u2013/]\s*((?:19|20)?\d\d))?$").match(where.strip())
    if years:  # "teacher to PM, 2021-2023": when, never "at 2021-2023" (review)
        return Project(text + (f" from {years.group(1)} to {years.group(2)}" if years.group(2)
                               else f" in {years.group(1)}"), "change")
    if where and where == where.lower() and len(where.split()) == 1 and lexicon.word_class(where) in (None, "P") \
            and not lexicon.town(where) and casual("at " + where)[3:] == where:
        where = where.capitalize()  # "duolingo", "pfizer": a firm's name typed in lower case ("dhl" is DHL)
    if where and (lexicon.town(where) or lexicon.place(where)):
        return Project(f"{text} in {lexicon.place(where) or where}", "change")  # "Lagos, teacher to PM"
    if where:
        named = casual("at " + where)[3:] if where == where.lower() else where  # "best buy": Best Buy
        if all(w[:1].isupper() or not w[:1].isalpha() or w in ("of", "and", "&", "de") for w in named.split()):
            on = ("in " if typed_at and typed_at.group(1) == "in" and (lexicon.town(named) or lexicon.place(named))
                  else "at ") + named  # "at Four Seasons", "at Marriott", "in Lagos": a name, as typed
        elif typed_at:  # "... at lincoln elem": where it was, as typed
            on = f"{'at' if typed_at.group(1) == '@' else typed_at.group(1)} {project(where).np}"
        elif change.bracketed:
            on = f"({named})"  # "(springboard)": kept beside it, as typed
        else:
            on = project(where).on  # "in the VetsinTech cohort", "at the edtech startup", "on the foodtech app"
        text += " " + on
    return Project(text, "change")


# A thesis named in its own language, then its university: "tesis de maestría - UNAM".
_THESIS_KINDS = {"tesis maestria": "master's thesis", "tesis maestría": "master's thesis", "tesis máster": "master's thesis",
                 "tesis master": "master's thesis", "tesis doctoral": "doctoral thesis", "tesis licenciatura": "bachelor's thesis",
                 "masterarbeit masterarbeit": "master's thesis", "bachelorarbeit bachelorarbeit": "bachelor's thesis",
                 "dissertação mestrado": "master's dissertation", "tese doutorado": "doctoral thesis",
                 "tesi laurea": "degree thesis", "tesi magistrale": "master's thesis", "praca magisterska": "master's thesis",
                 "mémoire master": "master's dissertation", "tfm tfm": "master's thesis", "tfg tfg": "final-year project"}
_THESIS_ABROAD = lazy(r"(?i)^(tesis de (?:maestr[ií]a|m[aá]ster|licenciatura)|tesis doctoral|masterarbeit|bachelorarbeit|"
                      r"disserta[çc][ãa]o de mestrado|tese de doutorado|tesi di laurea(?: magistrale)?|praca magisterska|"
                      r"m[ée]moire de master|TFM|TFG)(?:\s*[-\u2013\u2014,:]\s*([A-Z][\w&.' -]*[\w.]))?$")


_OF_A_THING = lazy(r"(?<=[a-z] )of (?!(?:a|an|the|my|our|your|his|her|their|its|this|that|each|every|one|any|"
                  r"some|no)\b)((?:(?!(?:on|in|at|for|to|with|and|or|by|from|into|via)\b)[a-z][\w-]* ){0,3}(?:fund|council|hospital|school|bank|company|firm|clinic|"
                  r"factory|plant|refinery|warehouse|library|museum|airport|port|station|bridge|building|network|"
                  r"website|app|platform|database|portfolio|pipeline|estate|campus|ministry|agency|charity|"
                  r"system))(?=$| (?:in|at|for|from|with|during|and)\b)")


_FIRM_THEN_WORK = lazy(r"^((?:[A-Z][\w&.'\u00c0-\u017f-]*|de|des|du|del|la|le|of|and|&)(?: (?:[A-Z][\w&.'\u00c0-\u017f-]*|"
                       r"de|des|du|del|la|le|of|and|&)){0,4}) \(((?:[A-Z][\w/-]* ){0,2}[a-z][^()]*)\)$")
_SITES_OF_A_FIRM = frozenset("""store branch office plant factory site line mission clinic warehouse hub lab ward
unit team department depot kitchen shop restaurant hotel""".split())
_WORK_OF_A_FIRM = frozenset("""redesign rollout roll-out migration project network audit implementation launch programme
program campaign build upgrade app platform system model models pipeline dashboard study research pilot
integration transformation expansion renovation refit review""".split())


def _firm_then_work(text: str) -> "Project | None":
    """A firm typed with the work or the site in brackets: "Rakuten (e-commerce UX redesign)" is
    the e-commerce UX redesign at Rakuten, "Mercadona (store in Valencia)" the Mercadona store in
    Valencia, "MSF (mission Bangui)" the MSF mission in Bangui; never "on Rakuten (...)"
    (reader 212). Anything else in brackets is left to the rules below."""
    found = _FIRM_THEN_WORK.match(text)
    if not found or lexicon.town(found.group(1)) or lexicon.place(found.group(1)) or found.group(1).split()[0] in (
            "The", "Phase", "Project", "Operation", "Year", "Grade"):
        return None
    firm, inner = found.group(1), found.group(2)
    words = inner.split()
    if len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].islower() and words[-2] not in ("in", "at", "for") \
            and (lexicon.town(words[-1]) or lexicon.word_class(words[-1].lower()) in (None, "P")):
        inner = " ".join(words[:-1] + ["in", words[-1]])  # "production line Cikarang": in Cikarang
    own = shared(r" (?:in|at|for|with) .*$").sub("", inner).split()
    if own[0].lower() in _SITES_OF_A_FIRM or own[-1].lower() in _SITES_OF_A_FIRM:
        return Project(f"{firm} {inner}", "common")  # "the Mercadona store in Valencia"
    if own[-1].lower() in _WORK_OF_A_FIRM:
        return Project(f"{inner} at {firm}", "common")  # "the e-commerce UX redesign at Rakuten"
    return None


_AT_A_DEGREE = lazy(r"\bat ((?:[A-Z][\w'-]+ )?)(MSc|MBA|MPhil|PhD|LLM|MPH|MEng|MPA)((?: (?:Public|Policy|Finance|Economics|"
                    r"Management|Marketing|Data|Science|Analytics|Engineering|Health|Law|International|Development|"
                    r"Business|Accounting|Computer|Global|Urban|Planning|Education|Psychology|Architecture))+)$")


def _of_the_thing(found: re.Match) -> str:
    """ "of the" before one thing named after a deed ("the audit of the municipal pension fund");
    as typed after a title ("head of platform") or a name typed in lower case ("university of
    lagos teaching hospital"), or with a town in it (review)."""
    before = found.string[:found.start()].split()
    if before and (before[-1].lower() in _TITLE_WORDS | _BODY_WORDS) or any(
            lexicon.town(w) or lexicon.word_class(w) == "P" for w in found.group(1).split()):
        return found.group(0)
    return f"of the {found.group(1)}"


_TITLE_WORDS = frozenset("head director chief vp president chair dean manager lead member principal".split())
_BODY_WORDS = frozenset("university college school institute ministry department bank board council".split())


def _no_comma_splice(found: Project) -> Project:
    """A project no rule above could join, its comma made brackets so that the sentence around
    it still reads: "the Phase II trial, oncology unit, Mount Sinai" -> "the Phase II trial
    (oncology unit, Mount Sinai)"; a place in its country or state ("Huila, Colombia", "Austin,
    TX") keeps its comma (reader 202)."""
    text = found.text
    head, comma, rest = text.partition(", ")
    if not comma or "(" in text or ")" in text:
        return found
    first = rest.split()[0] if rest.split() else ""
    if lexicon.town(first) or lexicon.place(rest) or first in _US_STATES or first in _COUNTRY_CODES \
            or shared(r"(?:[A-Z][\w'\u00c0-\u017f-]*|of|de|do|da)(?: (?:[A-Z][\w'\u00c0-\u017f-]*|of|de|do|da))*").fullmatch(rest) \
            and (lexicon.town(rest) or lexicon.word_class(rest.lower()) in (None, "P") and " " not in rest and " in " in f" {head} ") \
            or shared(r"\b(?:and|or|but|which|who|where|as)\b").match(rest) or shared(r"^(?:19|20)\d\d").match(rest) \
            or len([w for w in head.split() if w.lower() not in DETERMINERS | {"our", "my"}]) < 2 \
            or (head.split()[-1].lower() in _NAMED_THINGS and rest[:1].isupper()) \
            or shared(r"[A-Z]{2}\b.*").match(rest) or lexicon.town(head.split()[-1]) \
            or all(lexicon.town(w.strip(",")) or w in ("and", "&") for w in rest.split()) \
            or a_series(head, rest):  # "roadshow, Delhi, Mumbai,
        #   Pune", "Toronto, ON", "our London, Paris, Milan shows": a list or a state
        return found  # "my translation agency, Ponte Traduções": its name
    return Project(f"{head} ({rest})", found.form)


# A thing or a firm typed after "for" or "at" without its article: "UX research for banking
# app" is for a banking app (reader 185).
_FOR_A_THING = lazy(r"\b(for|at|with) (?!(?:a|an|the|my|our|your|his|her|their|its|this|that|every|each|any|all|some|"
                    r"no|one|another|web|mobile)\b)((?:[a-z][\w-]* ){0,2}"
                    r"(?:app|website|startup|start-up|bank|retailer|nonprofit|supermarket|restaurant|"
                    r"hotel|clinic|bakery|cafe|café|brewery|winery|law firm|marketing agency|consultancy|client|"
                    r"customer|insurer|manufacturer|charity))(?=$| (?:at|in)\b)")  # "for
#   insurance client at Accenture": for an insurance client (reader 227)


# A named firm's thing after "for" or "of", which takes "the": "outsourcing for Aer Lingus
# booking engine" is for the Aer Lingus booking engine (reader 188).
_FOR_THE_NAMED = lazy(r"\b(for|of|with|on) ((?:[A-Z][\w&.'-]*|[A-Z]{2,})(?: (?:[A-Z][\w&.'-]*|[A-Z]{2,})){0,3} "
                      r"(?:[a-z][\w-]* )?(?:entity|office|branch|subsidiary|division|site|plant|account|engine|"
                      r"app|website|platform|portal|system|warehouse|store|factory|team))$")


# Regions and countries said with "the": "the sales team in the Nordics", never "in Nordics".
_THE_REGION = lazy(r"\b(in|across|at|to|from|throughout) (Nordics|Balkans|Baltics|Americas|Caribbean|Middle East|"
                   r"Netherlands|Philippines|UAE|Alps|Andes|Himalayas|Midlands|Highlands|Bahamas|Maldives|"
                   r"Gulf states|DACH region)\b(?! [A-Z])")  # never "at the Caribbean Airlines" (review)


def _as_a_whole(text: str) -> "Project | str":
    """A note read whole before its phrases: its years after it ("..., 2021-23"), a route
    between two towns, a town before it, an aside in brackets after it, a cohort, a business's
    books, a town in brackets; the text, rewritten or as typed, when none applies."""
    client = shared(r"^(?:(.+?)(?: [-\u2013\u2014] | ?[:;] | -- ))?([A-Z][\w&.'-]*(?: (?:[A-Z][\w&.'-]*|&|of))*) (?:was|"
                    r"were|is|are) (?:our|my) (?:client|customer)s?(?:(?: [-\u2013\u2014] | ?[:;] | -- )(.+))?$").match(text)
    if client and not (client.group(1) and client.group(3)):  # "Al-Rashid Logistics was our client —
        work = client.group(1) or client.group(3)  # warehouse slotting redesign": the redesign for
        when = shared(r"^(.*?)((?:,? \(| )(?:19|20)\d\d(?:[-\u2013/](?:19|20)?\d\d)?\)?)$").match(work or "")
        firm = shared(r"^The ").sub("the ", client.group(2))  # "The NHS was our client": the NHS
        return project(f"{when.group(1)} for {firm}{when.group(2)}" if when else f"{work} for {firm}"
                       if work else f"the {shared(r'^the ').sub('', firm)} engagement")  # them, then its years
    posted_in = shared(r"^((?:[\w-]+ ){0,2}[\w-]+) \(([a-z][\w -]*?(?:lab|unit|ward|team|department|dept|clinic|office|desk)), "
                       r"([A-Z][\w&.' -]*)\)$").match(text)
    if posted_in and career_posts(posted_in.group(1)) and not shared(r"(?i)\b(?:project|study|thesis)\b").search(posted_in.group(1)):
        where = "at" if posted_in.group(2).endswith("desk") else "in"  # "at the front desk", "in the neuro lab"
        return project(f"{posted_in.group(1)} {where} the {posted_in.group(2)} at {posted_in.group(3)}")  # "research
        #   assistant (neuro lab, UCSD)": the post in the lab at the school (reader 246)
    tutored = shared(r"^((?:[\w&-]+ ){1,4}(?:course|class|module|seminar|lab)) (TA|RA|tutor|grader|teaching assistant|demonstrator)"
                     r"((?: at| in| for) .+)?$").match(text)
    if tutored and not tutored.group(1).split()[0].lower().endswith("ing"):
        the = "" if tutored.group(1).split()[0].lower() in DETERMINERS else "the "
        return Project(f"the {tutored.group(2)} role for {the}{tutored.group(1)}{tutored.group(3) or ''}", "common")  # "deep learning
        #   course TA at Tsinghua": the TA for the course there (reader 249)
    bracketed = shared(r"^([A-Z][\w&.'-]*(?: (?:[A-Z0-9][\w&.'-]*|&|of)){0,3}) \(((?:[A-Z0-9][\w.-]* )?[a-z][\w -]*[a-z])\)$").match(text)
    org, town = (bracketed.group(1), "") if bracketed else ("", "")
    if bracketed and " " in org and lexicon.town(org.split()[-1]) and _names_an_org(org.rsplit(" ", 1)[0]):
        org, town = org.rsplit(" ", 1)  # "Airbus Toulouse": the firm, then where
    if bracketed and _names_an_org(org) and _names_work(bracketed.group(2)) and len(bracketed.group(2).split()) > 1 \
            and shared(r"(?:ing|tion|sion|ment|sis|ance|ence|ship|ery|audits?|launch|rollout|project|campaign|review|"
                       r"relief|programme|program|study|pilot|upgrade|build|design|research|testing|analytics|account|"
                       r"engagement|contract|desk|team|portfolio)$").search(
                bracketed.group(2).lower()) \
            and bracketed.group(2).split()[0].lower() not in ("via", "still", "former", "contract", "through", "from") \
            and org.split()[0].lower() not in ("project", "operation", "programme", "program", "initiative", "mission",
                                               "team", "task", "codename") \
            and not in_another_language(bracketed.group(2)) \
            and not shared(r"\b(?:I|we|my|our|he|she|they|on the|side|team|role|lead|counsel)\b").search(bracketed.group(2)) \
            and not career_posts(bracketed.group(2).split()[-1]):
        if shared(r"(?:[a-z]+ )*account").fullmatch(bracketed.group(2)) and not town:
            return Project(f"the {org} account", "common")  # "Unilever (key account)": the Unilever account
        at = "in" if lexicon.town(org) and org.lower() not in _brands() else "at"
        return Project(f"the {bracketed.group(2)} {at} {org}" + (f" in {town}" if town else ""), "common")  # "FPT
        #   Software (Japanese client outsourcing)", "Airbus Toulouse (A350 cabin certification)": the
        #   work at the firm, never "on the FPT Software (...)" (reader 237)
    text = shared(r"\b(Q[1-4]|H[12])\s*[-\u2013\u2014]\s*(Q[1-4]|H[12]) ((?:19|20)\d\d)\b").sub(r"\1 \3 - \2 \3", text)  # "Q1–Q3
    #   2021": each quarter with its year
    quarters = shared(r"^(.+?)(?:,\s*|\s+\(|\s+)((?:Q[1-4]|H[12]) (?:19|20)\d\d)\s*(?:[-\u2013\u2014/]|to)\s*((?:Q[1-4]|H[12]) "
                      r"(?:19|20)\d\d)\)?$").match(text)
    if quarters and quarters.group(1).count("(") == quarters.group(1).count(")"):
        found = project(quarters.group(1))  # "dashboard (Q3 2021 – Q1 2022)": from one quarter to
        if "(" not in found.text and not shared(r"\b(?:19|20)\d\d\b").search(found.text):  # the other
            return Project(f"{found.text} from {quarters.group(2)} to {quarters.group(3)}", found.form)  # (reader 223)
    dept = shared(r"^(.+?), ((?i:the )?(?i:department|dept\.?|faculty|division) of [A-Za-z][\w &-]*|"
                  r"[A-Za-z][\w&-]*(?: [A-Za-z][\w&-]*)? (?i:department|dept\.?|faculty|division))$").match(text)
    if dept and not shared(r",| [-\u2013\u2014] ").search(dept.group(1)):
        found = project(dept.group(1))  # "PhD thesis at Jagiellonian University, chemistry
        unit = shared(r"(?i)^the ").sub("", dept.group(2))  # department": in it, at the university,
        if shared(r"(?i)^(?:department|dept\.?|faculty|division) of ").match(unit):  # never "on"
            unit = " ".join(w if w in ("of", "and", "&") else w[:1].upper() + w[1:] for w in unit.split())  # (reader 225)
        unit = shared(r"(?i)\bdept\.?").sub("Department" if unit[:1].isupper() else "department", unit)
        at = found.text.find(" at ")
        if at > 0 and "(" not in found.text:
            return Project(f"{found.text[:at]} in the {unit}{found.text[at:]}", found.form)
        if at < 0 and "(" not in found.text and " in " not in found.text and " on " not in found.text:
            return Project(f"{found.text} in the {unit}", found.form)  # "PhD, department of physics"
    class_of = shared(r"^(.+?),\s*((?:[A-Za-z]+ ){0,2})[Cc]lass of ((?:19|20)\d\d)$").match(text)
    field = shared(r"^([A-Za-z][\w&-]*(?: [A-Za-z][\w&-]*){0,3}), ([A-Z][\w&.'-]*(?: (?:[A-Z][\w&.'-]*|of|de|di|du|del))"
                   r"{0,4})$").match(class_of.group(1)) if class_of and not class_of.group(2).strip() else None
    if field and not (shared(r"^[A-Z]{2,6}$|\b(?:University|Universidad|Universit\w+|College|School|Institute|Academy|"
                             r"Polytechnic|Wharton|Stanford|Harvard|Oxford|Cambridge|INSEAD|Sciences Po)\b").search(field.group(2))
                      and not shared(r"(?i)\b(?:bootcamp|team|program|programme|project|club|society)$").search(field.group(1))):
        field = None  # "Lincoln High School, Springfield": a school and its town, not a field (review)
    if field:  # "Civil Engineering, METU, class of 2015": the field at the school; "MBA, Wharton, class
        #   of 2019": the degree there (reader 232)
        degree = shared(r"(?:MBA|EMBA|JD|LLB|LLM|MD|MSc|MA|BA|BSc|BEng|MEng|MPH|PhD)\b.*").match(field.group(1))
        return Project(f"{'the ' if degree else ''}{field.group(1)} at {field.group(2)} (class of {class_of.group(3)})",
                       "common" if degree else "course")
    placed = shared(r"^([A-Z][^,]+), ([A-Z][a-z]+(?: [A-Z][a-z]+)?)$").match(class_of.group(1)) if class_of else None
    if placed and not class_of.group(2).strip():  # "Lincoln High School, Springfield, class of 2010" (review)
        return Project(f"the class of {class_of.group(3)} at {placed.group(1)} in {placed.group(2)}", "common")
    if class_of and class_of.group(1)[:1].isupper() and not shared(r",| [-\u2013\u2014] ").search(class_of.group(1)):
        where, kind, year = shared(r"^[Tt]he ").sub("", class_of.group(1)), class_of.group(2).strip(), class_of.group(3)
        if shared(r"\b(?:MBA|EMBA|JD|LLB|LLM|MD|MSc|MA|BA|BSc|BEng|MEng|MPH|PhD)$").search(where) and not kind:
            return Project(f"the {where} class of {year}", "common")  # "MIT Sloan MBA, class of 2023"
        return Project(f"the {kind + ' ' if kind else ''}class of {year} at {where}", "common")  # "Harvard
        #   Business School, class of 2019", "Columbia Law School, JD Class of 2016" (review)
    year_group = shared(r"^(.*\S),\s*((?:19|20)\d\d (?:cohort|intake|batch|class))$").match(text)
    if year_group:  # "MBA at INSEAD, 2020 cohort": the MBA at INSEAD (2020 cohort) (reader 224)
        found = project(year_group.group(1))
        if "(" not in found.text and found.form == "common":  # "Teach First, 2019 cohort": in
            #   the 2019 cohort at Teach First, below
            return Project(f"{found.text} ({year_group.group(2)})", found.form)
    fiscal = shared(r"^(.*?[a-z]\S*),? (FY ?\d{2,4}(?:[-/]\d{2})?(?:(?:,| and| &) FY ?\d{2,4}(?:[-/]\d{2})?)*)$").match(text)
    if fiscal and ("," in text or len(shared(r"FY").findall(fiscal.group(2))) > 1):
        # "Annual audit, FY2022 and FY2023": for those years, never "FY2022 and for FY2023"
        # (reader 186)
        said = _then(fiscal.group(1), "for " + join(shared(r"\s*(?:,|&| and)\s*").split(fiscal.group(2))))
        if said:
            return said
    floor = shared(r"^(.*[a-z]\S*), ((?:\d{1,2}(?:st|nd|rd|th)|ground|top|first|second|third|fourth|fifth|sixth|"
                   r"seventh|eighth|ninth|tenth) floor)$").match(text)
    if floor:  # "Office fit-out, 3rd floor": on the 3rd floor (reader 186)
        said = _then(floor.group(1), f"on the {floor.group(2)}")
        if said:
            return said
    stage = shared(r"^(postdoc|post-doc|postdoctoral fellowship) ?[-\u2013\u2014,:] ?([a-z][a-z &-]+)$").match(text)
    if stage:  # "postdoc - materials science": the postdoc in it (reader 185)
        return project(f"{stage.group(1)} in {stage.group(2)}")
    cohort = shared(r"^(bootcamp|accelerator|programme|program|fellowship|academy|incubator) ?[-\u2013\u2014,:] ?"
                    r"([a-z][\w &-]*?) (cohort|batch|intake|class) (\d{1,3})$").match(text)
    if cohort:  # "bootcamp - data science cohort 12": cohort 12 of the data science bootcamp
        return project(f"{cohort.group(2)} {cohort.group(1)} {cohort.group(3)} {cohort.group(4)}")  # (reader 185)
    crew = shared(r"^((?:[\w&'-]+ ){1,4})(organi[sz]ers|organi[sz]ing team|organi[sz]ing committee)$").match(text)
    if crew:  # "Istanbul tech meetup organizers": organising the meetup, never "my work on the
        event = crew.group(1).strip()  # ... organizers" (reader 185); "our meetup", "PyCon" as they are
        the = "" if event.split()[0].lower() in DETERMINERS or (len(event.split()) == 1 and event[:1].isupper()) else "the "
        return Project(f"organising {the}{event}", "gerund")
    labelled = _labelled(text)
    if labelled:
        return project(labelled)
    team = shared(r"^([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2}) ?(?: [-\u2013\u2014]|:) ?((?:[\w&/-]+ ){0,4}"
                  r"([a-z]+))$").match(text)
    if team and not lexicon.town(team.group(1)) and (team.group(3) in _UNITS_OF_A_FIRM or (
            team.group(3) in _ROLE_TAILS | _MORE_POSTS
            and not any(w.lower() in _NOT_A_PERSON for w in team.group(2).split()))):
        return project(f"{_sentence_case(team.group(2))} at {team.group(1)}")  # "Zomato — ML
        #   ranking team": the team at Zomato; "Nubank — product analytics intern" (reader 178)
    part = shared(r"^((?:MSc|BSc|MA|BA|MBA|MEng|BEng|MPhil|PhD|LLM|LLB|MPH)\b[^,]*), ((?:[\w&-]+ ){0,3}(?:module|"
                  r"unit|course|elective|rotation|placement|practicum|lab))$").match(text)
    if part:  # "MSc data science, ML module": the ML module of the MSc, never the raw comma
        return project(f"{part.group(2)} of the {part.group(1)}")  # (reader 182)
    stream = shared(r"^([\w/&.-]+(?: [\w/&.-]+){0,4} (?:rollout|migration|programme|program|implementation|"
                    r"project|transformation|upgrade)), ((?:[a-z][\w&-]* ){0,2}(?:workstream|stream|track|"
                    r"phase|lot|pillar))$").match(text)
    if stream:  # "S/4HANA rollout, finance workstream": the finance workstream of the rollout
        return project(f"{stream.group(2)} of the {stream.group(1)}")  # (reader 184)
    host = shared(r"^((?:[a-z][\w-]* ){0,3}([a-z]+))(?:,| [-\u2013\u2014]) ([A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*)?)$").match(text)
    if host and host.group(2) in _PERIODS and not lexicon.town(host.group(3)) \
            and not lexicon.place(host.group(3)) and lexicon.word_class(host.group(3).split()[0].lower()) in (None, "P") \
            and not lexicon.town(host.group(3).split()[0]):
        return project(f"{host.group(1)} at {host.group(3)}")  # "internship - Deloitte": at
        #   Deloitte, a firm, never "in Deloitte"
    site = shared(r"^([a-z][\w-]* [\w -]*[a-z])(?:,| [-\u2013\u2014]) ((?:[a-z][\w-]* ){1,3}(?:plant|site|"
                  r"factory|warehouse|mill|mine|depot|refinery|store|branch|office|campus|hub|yard))$").match(text)
    if site:  # "supply chain audit - osaka plant": at the Osaka plant, never "the Osaka plant at
        place = " ".join(w.capitalize() if lexicon.town(w) else w for w in site.group(2).split())
        return project(f"{site.group(1)} at the {place}")  # the supply chain audit" (reader 182)
    unit = shared(r"^([a-z][\w-]* [\w -]*[a-z]), ((?:[a-z][\w-]* ){0,3}(?:lab|team|unit|department|ward|clinic|"
                  r"office|group|centre|center|desk|studio))$").match(text)
    if unit:  # "research assistantship, cognition lab": in the cognition lab (reader 177)
        return project(f"{unit.group(1)} in the {unit.group(2)}")
    road = shared(r"^([a-z][\w-]* [\w -]*[a-z]), ((?:[A-Z]\d+[A-Z]?|[A-Z][\w-]*)(?: [A-Z][\w-]*)? (?:motorway|highway|"
                  r"road|line|corridor|railway|route|bypass|expressway|freeway|ring road))$").match(text)
    if road:  # "bridge inspection programme, A4 motorway": on the A4 motorway (reader 177)
        return project(f"{road.group(1)} on the {road.group(2)}")
    firm = shared(r"^((?:[A-Z][\w&.'-]*|[A-Z]{2,})(?: (?:[A-Z][\w&.'-]*|[A-Z]{2,})){0,2}) [\u2013\u2014] "
                  r"((?:[A-Z]{2,5} )?[a-z][\w-]*(?: [a-z][\w-]*){0,4})$").match(text)
    if firm and len(firm.group(2).split()) >= 2 and not lexicon.town(firm.group(1)) and not lexicon.place(firm.group(1)) \
            and lexicon.word_class(firm.group(2).split()[-1].lower()) == "N" \
            and not shared(r"\b(?:was|were|is|took|went|had|got|but|so|lol)\b").search(firm.group(2)):
        return project(f"{firm.group(2)} at {firm.group(1)}")  # "Samsung SDS — cloud cost
        #   optimisation task force": the task force at Samsung SDS, never cut to the firm at its
        #   long dash (reader 179); a hyphen's note is read below
    years = shared(r"^(.*[a-z]\S*),? ((?:19|20)\d\d)(?:,| and| &) ((?:19|20)\d\d)$").match(text)
    if years:  # "year-end close 2022 and 2023": the close in both years, never "the 2023
        said = _then(years.group(1), f"in {years.group(2)} and {years.group(3)}")  # year-end close
        if said:  # 2022 and" (reader 178)
            return said
    spread = shared(r"^(.*[a-z]\S*), (\d+|two|three|four|five|six|seven|eight|nine|ten) ([a-z]+)$").match(text)
    if spread and spread.group(3) in _SPREAD | _SPANS:  # "field survey, 4 counties": across 4
        across = "for" if spread.group(3) in _SPANS else "across"  # counties; "alternance ...,
        said = _then(spread.group(1), f"{across} {spread.group(2)} {spread.group(3)}")  # 2 years": for 2 years
        if said:
            return said
    ward = shared(r"^([A-Za-z][a-z]*(?: [a-z][\w-]*){0,3} (?:shifts?|rotation|placement|post|rota|nights)), "
                  r"((?:[A-Z]{2,4}|A&E|[a-z][\w-]* (?:ward|unit|department))), "
                  r"([A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*){0,4})(?: ((?:19|20)\d\d)\s*[-\u2013/]\s*((?:19|20)?\d\d))?$").match(text)
    if ward:  # "Night shifts, ICU, Mater Hospital Dublin 2018-2020": in the ICU at the hospital
        end = ward.group(5) or ""
        years = f" from {ward.group(4)} to {end if len(end) == 4 else ward.group(4)[:2] + end}" if ward.group(4) else ""
        return Project(f"the {lower_first(ward.group(1))} in the {ward.group(2)} at {ward.group(3)}{years}", "common")
    posted = _posted(text)
    if posted:
        return project(posted)
    dated = shared(r"^(.*?[^\s,(]{2}.*?)(?:, | [-\u2013\u2014] | \(| / | (?=(?:19|20)\d\d(?:[-\u2013/]\d\d)?\)?$))((?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? )?(?:19|20)\d\d)(?:[-\u2013/]((?:19|20)?\d\d))?\)?$").match(text)
    if dated and text[len(dated.group(1)):][:2].strip()[:1].isdigit() \
            and not shared(r"[,@\u2013\u2014]| - ").search(dated.group(1)):
        dated = None  # "Trinity College Enactus accelerator 2019-2020": a name and its years, said
        #   in brackets below; only a note's years are moved ("Samsung SDS - cloud migration 2020/21")
    if dated and text.count("(") == text.count(")") and not shared(
            r"(?i)\b(?:class(?: of)?|cohort|batch|season|vintage|winter|summer|spring|autumn|fall|fy|cy)\s*$").search(dated.group(1)) \
            and (dated.group(1).count("(") == dated.group(1).count(")")):
        found = project(dated.group(1))  # "fraud model @ Razorpay (Bengaluru), 2021-23": the
        end = dated.group(3)  # work and its place first, then its years (reader 171)
        if found.form in ("common", "generic", "proper", "possessive") and not shared(r"\b(?:19|20)\d\d\b").search(found.text):
            start = dated.group(2).split()
            if len(start) > 1:
                start[0] = MONTH_OF.get(start[0].lower().rstrip(".")[:4].rstrip("t") if start[0].lower().startswith("sept")
                                        else start[0].lower().rstrip(".")[:3], start[0])
            start = " ".join(start)
            when = f"from {start} to {(start[-4:][:4 - len(end)] + end)}" if end else f"in {start}"
            return Project(f"{found.text} {when}", found.form)
    route = shared(r"^([A-Z][\w'-]+) ?[-\u2013\u2014] ?([A-Z][\w'-]+) ((?:[a-z][\w-]* )*(?:highway|road|railway|rail|line|"
                   r"corridor|route|pipeline|expressway|motorway|link|ferry|flight|flights|bus|train|trains|lane|"
                   r"project|freight|service)\b.*)$").match(text)
    if route and all(lexicon.town(route.group(i)) for i in (1, 2)):
        text = f"{route.group(1)}-{route.group(2)} {route.group(3)}"  # "Mumbai - Pune highway
        #   project": the Mumbai-Pune highway, never "the Mumbai (Pune highway project)" (review)
    town = shared(r"^([A-Z][\w'.-]*(?: [A-Z][\w'.-]*)?) ?(?:[-\u2013\u2014]|,) (.*(?:,| [-\u2013\u2014] ).*)$").match(text)
    second = shared(r"^([^,\u2013\u2014]+?)(?:,| [-\u2013\u2014] )").match(town.group(2)) if town else None
    if town and (lexicon.town(town.group(1)) if " " not in town.group(1) else lexicon.place(town.group(1))) \
            and not shared(r"^[A-Z]{2}\b").match(town.group(2)) and _folded(text) == text \
            and not (second and (lexicon.town(second.group(1)) or lexicon.place(second.group(1)) or (
                " " not in second.group(1) and lexicon.word_class(second.group(1).lower()) == "P"
                and not _is_acronym(second.group(1))))):
        found = project(town.group(2))  # "Abuja - UNICEF polio campaign, data cleaning": the rest
        if found.form in ("common", "generic", "course") and not shared(r"\bin [A-Z]").search(found.text):
            when = shared(r" (?:from (?:19|20)\d\d to (?:19|20)\d\d|in (?:19|20)\d\d|in (?:spring|summer|autumn|fall|"
                          r"winter) (?:19|20)\d\d)$").search(found.text)
            cut = when.start() if when else len(found.text)  # joined first, then where (reader 175)
            return Project(f"{found.text[:cut]} in {town.group(1)}{found.text[cut:]}", found.form)
    aside = shared(r"^(.*(?:,| [-\u2013\u2014] ).*?) \(([^()]+)\)$").match(text)
    if aside and not shared(r"^(?:19|20)\d\d|^[A-Z][a-z]+(?: [A-Z][a-z]+)?$|^(?:I|he|she|they|we|my|our)\b").match(aside.group(2)):
        found = project(aside.group(1))  # "Shenzhen - supplier audit (Foxconn line 3)": the note
        if found.form in ("common", "generic") and "(" not in found.text:  # joined, its aside after
            return Project(f"{found.text} ({aside.group(2)})", found.form)  # (reader 175)
    cohort = shared(r"^((?:[\w'&-]+ )*?(?:accelerator|incubator|programme|program|fellowship|bootcamp|"
                    r"academy|scheme))[, ]+(cohort|batch|intake|class) (\d{1,3}|[IVX]+)$").match(text)
    if cohort:
        the = "" if cohort.group(1).split()[0].lower() in DETERMINERS else "the "
        return Project(f"{cohort.group(2)} {cohort.group(3)} of {the}{cohort.group(1)}", "course")  # "Amman
        #   startup accelerator cohort 3": in cohort 3 of it (reader 174)
    business = shared(r"^((?!(?:my|our|your|his|her|their|the|a|an) )(?:[a-z][\w-]* ){1,3}(?:business|shop|company|firm|clinic|restaurant|bakery|studio|"
                      r"practice|salon|cafe|café|farm)) (bookkeeping|accounts|books|taxes|payroll|website|marketing|"
                      r"branding|social media|photography|accounting|insurance|cleaning|IT support)$").match(text)
    if business:
        return Project(f"{business.group(2)} for the {business.group(1)}", "common")  # "landscaping
        #   business bookkeeping": the bookkeeping for the business (reader 174)
    where = shared(r"^(.*(?:[,\u2013\u2014-]| at | @ ).*?) \(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)$").match(text)
    if where and (lexicon.town(where.group(2)) or lexicon.place(where.group(2)) or (
            shared(r"[,\u2013\u2014-]").search(where.group(1)) and lexicon.word_class(where.group(2).split()[0].lower()) == "P"
            and not lexicon.known(where.group(2).split()[0].lower()))):  # "kitchen remodel crew, Thompson Builders (Ohio)",
        found = project(where.group(1))  # "solar mini-grid installs - Mali (Sikasso)": where it was
        wider = shared(r" in ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)$").search(found.text)
        return Project(found.text[:wider.start()] + f" in {where.group(2)}, {wider.group(1)}" if wider
                       else f"{found.text} in {where.group(2)}", found.form)
    return text


# Posts and schemes one works "in" ("my apprenticeship in electrical installation"); any other
# label's subject is what it was "on" ("my capstone on designing a wayfinding system").
_POSTS_IN = frozenset("""apprenticeship returnship internship traineeship placement rotation scheme
residency fellowship co-op alternance programme program bootcamp job role secondment""".split())
# What a firm's part is called after its name: "Zomato — ML ranking team".
_UNITS_OF_A_FIRM = frozenset("team desk unit squad group department lab office".split())
# What a count after a project's comma spreads it over, or how long it ran.
_SPREAD = frozenset("""counties sites regions districts countries states schools stores cities
provinces towns villages hospitals clinics branches offices markets campuses warehouses farms
wards languages""".split())
_SPANS = frozenset("years months weeks seasons semesters terms".split())
# The last word of a label typed before a colon: "Capstone:", "Graduate scheme:", "PhD:".
_LABELS = _POSTS_IN | frozenset("""capstone thesis dissertation phd msc mba project research practicum
externship course module assignment hackathon volunteering work study""".split())
# What a made thing after a label is: "Bootcamp final project: recipe-sharing web app" is on an app.
_MADE = frozenset("""app application website site system tool platform game dashboard bot chatbot
model robot prototype device api library plugin extension service database engine pipeline
map""".split())


def _then(head: str, tail: str) -> "Project | None":
    """The project before a note's tail, realised, then the tail said after it ("the field
    survey across 4 counties"); None when the head is no piece of work a tail can follow."""
    found = project(head)
    if found.form in ("common", "generic", "possessive", "proper", "course"):
        return Project(f"{found.text} {tail}", found.form)
    return None


def _sentence_case(word: str) -> str:
    """A first word capitalised only because it comes first, lower-cased: "Designing" ->
    "designing"; a name or an acronym as typed."""
    low = word.lower()
    return low if word[:1].isupper() and word[1:].islower() and lexicon.word_class(low) not in (
        "P", None) else word


def _labelled(text: str) -> str | None:
    """A project typed as a label and what it was: "Capstone: Designing a wayfinding system",
    "PhD: single-cell RNA-seq of zebrafish hearts", "Apprenticeship: electrical installation",
    said as one phrase ("capstone on designing a wayfinding system", "apprenticeship in
    electrical installation"), never "the Capstone: Designing ..." (reader 178). None when the
    label is a name ("Project Phoenix: data platform") or no label."""
    found = shared(r"^([A-Za-z][\w'&/ -]{1,40}?)(:| [-\u2013\u2014]) +([^:\u2013\u2014]+)$").match(text)
    if not found or len(found.group(1).split()) > (4 if found.group(2) == ":" else 2):
        return None  # a dash only after a short label: "apprenticeship – CNC machining"
    label, what = found.group(1).split(), found.group(3).strip()
    if found.group(2) != ":" and (len(what.split()) < 2 or what.split()[-1].lower() in _UNITS_OF_A_FIRM | {"crew"}
                                  or (what[:1].isupper() and not _is_acronym(what.split()[0])
                                      and _sentence_case(what.split()[0]) == what.split()[0])):
        return None  # "internship - Deloitte", "programme - parks crew": read elsewhere
    if all(w[:1].isupper() for w in label) and len(label) > 1 and not any(
            lexicon.word_class(w.lower()) == "N" for w in label[1:]):
        return None  # "Project Phoenix", "Acme Corp": a name
    if label[-1].lower() not in _LABELS:
        return _colon_note(label, what) if found.group(2) == ":" else None  # "Zomato: ML
        #   ranking": a firm and its team, read elsewhere
    label[0] = _sentence_case(label[0]) if len(label) > 1 or label[0].lower() != "phd" else label[0]
    label = [w.lower() if w.lower() in _LABELS and w[1:].islower() else w for w in label]
    words = what.split()
    words[0] = _sentence_case(words[0])
    what = " ".join(words)
    head = shared(r"\s*\(.*$").sub("", what).split()
    if head and head[-1].lower() in _MADE and not any(w.lower() in DETERMINERS for w in head) \
            and not (head[0].lower().endswith("ing") and lexicon.verb_forms(head[0].lower())):
        what = indefinite(what)  # "on a recipe-sharing web app"
    if len(label) == 1 and what.split()[-1].lower() in _PERIODS - {"year", "term", "semester"}:
        return f"{what} of the {label[0].lower()}"  # "residency - pediatrics rotation": the
        #   pediatrics rotation of the residency, never "the residency in pediatrics rotation"
    prep = "in" if label[-1].lower() in _POSTS_IN else "on"
    first, _, rest = what.partition(", ")  # "electrical installation, residential retrofits,
    return f"{' '.join(label)} {prep} {first}" + (f" ({rest})" if rest else "")  # São Paulo"


def _colon_note(label: list[str], what: str) -> str | None:
    """A note with a colon no label word explains: a town and the work there ("Dakar: mobile
    health app" -> "mobile health app in Dakar"), the work and its place ("retail expansion:
    Benelux" -> "in Benelux"), a piece of work and its subject ("grant application: smart
    grids" -> "on smart grids"); None when neither side tells (reader 179)."""
    first, _, rest = what.partition(", ")
    tail = f" ({rest})" if rest else ""
    if len(label) == 1 and lexicon.town(label[0]):
        return f"{_sentence_case(what.split()[0])}{what[len(what.split()[0]):]} in {label[0]}"
    named = len(first.split()) <= 2 and all(w[:1].isupper() and not lexicon.known(w.lower()) for w in first.split())
    if lexicon.town(first) or lexicon.place(first) or named:  # "Benelux", "Kerala": where
        return f"{' '.join(label)} in {first}{tail}"
    if lexicon.word_class(label[-1].lower()) == "N" and label[-1][:1].islower() and not _is_acronym(first.split()[0]) \
            and len(first.split()) <= 5:
        words = first.split()
        lead = words[0].lower() if words[0].endswith("ing") and words[0][1:].islower() else words[0]
        return f"{' '.join(label)} on {' '.join([lead, *words[1:]])}{tail}"
    return None


def _posted(text: str) -> str | None:
    """A post typed as the project with its parts after commas: "ESL teaching assistant, Grade
    10, Al Noor School" -> "ESL teaching assistant for Grade 10 at Al Noor School", "retail
    assistant manager, Next, Leeds" -> "... at Next in Leeds", never "my work on the ESL
    teaching assistant, Grade 10, ..." (reader 178). None for anything else."""
    found = shared(r"^([A-Za-z][\w'&/ -]*?), ([^,()]+?)(?:, ([^,()]+))?$").match(text)
    if not found:
        return None
    post, one, two = found.group(1).split(), found.group(2), found.group(3)
    if len(post) > 4 or post[-1].lower() not in _ROLE_TAILS | _MORE_POSTS \
            or any(w.lower() in _NOT_A_PERSON for w in post):
        return None
    post[0] = _sentence_case(post[0])
    post = " ".join(post)
    named = [bool(p) and all(w[:1].isupper() or w in ("of", "de", "&", "and", "the") for w in p.split())
             and not shared(r"\d").search(p) for p in (one, two or "")]
    if two and two[:1].isupper():
        where = "in" if lexicon.town(two) or lexicon.place(two) else "at"
        return f"{post} at {one} in {two}" if named[0] else f"{post} for {one} {where} {two}"
    if not two:
        return f"{post} at {one}" if named[0] else f"{post} for {one}"
    return None


def _finished(found: Project, raw: str) -> Project:
    """The realised project made ready to say: a line after a slash, a dash in brackets, a
    place-led field with its "the", a duration in brackets, a post typed as the project ("the
    teaching assistant role"), volunteers as their team."""
    line = shared(r"^(.*?\S) (?:/|[-\u2013\u2014]) ((?i:line|route|platform|runway|track) [\dA-Z]{1,3})$").match(found.text)
    if line and found.form == "common":
        return Project(f"{line.group(1)} on {line.group(2)[:1].upper()}{line.group(2)[1:]}", found.form)  # "Seoul
        #   Metro signalling upgrade / Line 2": on Line 2 (reader 171)
    dashed = shared(r"^(.*?\S) [-\u2013\u2014] ((?:(?! [-\u2013\u2014] )[^()])*[^()\s])$").match(found.text)
    if dashed and found.form in ("common", "proper", "generic", "possessive") \
            and not (dashed.group(1)[-1:].isdigit() and dashed.group(2)[:1].isdigit()):  # "2019 - 2021"
        found = Project(f"{dashed.group(1)} ({dashed.group(2)})", found.form)
    words = found.text.split()
    if found.form == "generic" and len(words) > 3 and words[0][:1].isupper() and not _is_acronym(words[0]) \
            and (lexicon.word_class(words[0].lower()) == "P" or lexicon.place(" ".join(words[:2]))) and any(
                w.lower() in _CIVIC | _PLACES | _ORG_NOUNS | _EVENTS | {"week", "bank"} for w in words[1:-1]) \
            and not shared(r" (?:at|in|for|with) ").search(found.text) and words[-1].lower() not in _PUBLIC_WORK:
        found = Project(f"the {found.text}", "common")  # "the São Paulo diabetes clinic research":
        #   one clinic's work, where "Lviv IT outsourcing" is a line of work (reader 172)
    elif found.form == "common" and found.text.split()[-1] in ("content", "copy", "material", "materials"):
        found = Project(f"{found.text} project", found.form)  # "the Delhi edtech content project"
    found = Project(shared(r" \((\d+|two|three|four|five|six) (semesters|terms|years|months|weeks|seasons)\)(?=$| (?:at|in|for|on) )").sub(
        r" for \1 \2", found.text), found.form)  # "(2 semesters)": for two of them
    post = shared(r"^the ((?:(?!(?:from|to|of|for|at|in|on|with|by|as)\b)[\w'&-]+ )*?([a-z][\w-]*))(?=(?: \([^()]*\))?(?:$| (?:at|for|in|on|with) ))").match(found.text)
    if found.form == "common" and post and (post.group(2) in _ROLE_TAILS | _MORE_POSTS or (
            post.group(2) == "tech" and post.group(1).split()[-2:-1] and post.group(1).split()[-2].lower() in _TECHS) or (
            post.group(2) == "server" and post.group(1) == "server" and shared(r" at (?:the )?[A-Z]").search(found.text)) or (
            post.group(2) in ("driver", "worker") and shared(r" at [A-Z]").search(found.text) and len(post.group(1).split()) > 1
            and post.group(1).split()[-2] in ("delivery", "bus", "truck", "lorry", "taxi", "van", "hgv", "forklift", "drop",
                                              "courier", "tram", "train", "care", "support", "youth", "social", "farm",
                                              "factory", "warehouse", "site", "case", "community", "health", "key",
                                              "shift", "kitchen", "night", "relief", "agency"))) \
            and not raw.strip().lower().startswith("the ") and not any(
                w in _NOT_A_PERSON for w in post.group(1).lower().split()):
        found = Project(f"the {post.group(1)} role{found.text[post.end():]}", found.form)  # "teaching
        #   assistant for intro statistics": the post held, never "my work on the teaching
        #   assistant" (reader 171)
    assistant = shared(r"^the ((?:[\w'&-]+ )*?(?:TA|GTA|RA|GSI))(?=$| (?:at|for|in|on|with) )").match(found.text)
    if found.form == "common" and assistant:
        found = Project(f"the {assistant.group(1)} role{found.text[assistant.end():]}", found.form)  # "the
        #   bootcamp TA role", never "my work on the bootcamp TA" (reader 214)
    if found.form == "common" and shared(r"^the (?:[\w'&-]+ )+volunteers(?=$| (?:at|in|for|with) )").match(found.text):
        found = Project(shared(r"\bvolunteers\b").sub("volunteer team", found.text, count=1), found.form)
        #   "the Joburg hospice volunteer team": a team one works on, never "my work on the
        #   Joburg hospice volunteers" (reader 166)
    return found


# What a "tech" tends before the word: "pharmacy tech", "vet tech", "sound tech" are posts, where
# "fintech" or "health tech" is a sector.
_TECHS = frozenset("""pharmacy lab vet veterinary surgical sound lighting nail dental radiology x-ray ultrasound
ophthalmic maintenance field it support bench repair pharm care ER er ekg ecg mri ct dialysis""".split())


_UNNAMED_ORG = lazy(r"^([A-Z][\w'\u00c0-\u017f-]+) (startup|start-up|nonprofit|non-profit|charity|ngo|NGO|agency|"
                    r"hospital|clinic|school|bank|firm|company|consultancy|studio|newspaper|hotel|restaurant|"
                    r"council|law firm|tech company|fintech) ((?:[a-z][\w-]* ?){1,3})$")


def _at_a_place(typed: str) -> str:
    """A line of work typed after an unnamed body and its town: "Seattle nonprofit grant
    writing" -> "grant writing at a Seattle nonprofit", "Warsaw hospital pharmacy" -> "pharmacy
    at a Warsaw hospital"; as typed when the town is no place or the rest no line of work
    (reader 197)."""
    found = _UNNAMED_ORG.match(typed.strip())
    if not found or not (lexicon.town(found.group(1)) or lexicon.place(found.group(1))):
        return typed
    work = found.group(3).strip()
    if not (_work_of_a_kind(work) or work.split()[-1] in _CALLINGS):
        return typed
    return f"{work} at {indefinite(found.group(1))} {found.group(2)}"


_ORG_WORD = (r"University|Universidad|Universidade|Université|Universität|Hospital|Hospitalet|Council|Ministry|"
             r"Institute|Instituto|Institut|Department|Court|Foundation|Fondation|Fundação|Fundación|Service|Services|"
             r"Systems|Centre|Center|Academy|Office|Commission|Bank|Trust|Agency|Authority|Society|Association|Clinic|"
             r"Lab|Laboratory|School|College|Faculty|Government|Board|Consortium|Group|Corporation|Company|Ltd|Inc")
_NAME_SMALL = frozenset("of de del della do da dos das di du der zu pour la le les for and the y e et".split())
_DEGREE_FIRST = lazy(r"^(?:PhD|DPhil|MSc|MA|MBA|EMBA|BSc|BA|LLM|LLB|MPH|MPhil|MRes|MEng|Master(?:'s)?|Bachelor(?:'s)?|"
                     r"Doctorate|Residency|Fellowship|Internship|Postdoc)\b")
_UNIT_FIRST = lazy(r"^(?:Faculty|Facultad|Faculté|Department|Departamento|School|Office|Division|Institute|Centre|Center|"
                   r"Unit|Clinic|College|Laboratory|Lab) ")


def _a_firms_name(part: str, words: list[str]) -> bool:
    """One or two capitalised words no dictionary has, neither a place, a region, a degree nor a
    tool (Xero, Jira): a firm's name. One word alone must not be a name the lexicon knows
    ("Peckham"), a state or three letters."""
    if words[0] in ("NE", "NW", "SE", "SW", "North", "South", "East", "West", "Central") or part.lower() in TOOLS \
            or not all(w[:1].isupper() or w.startswith("&") for w in words):
        return False
    if any(w in ("England", "Scotland", "Wales", "Europe", "Asia", "Africa") or w in _DEGREES or (
            not _is_acronym(w) and (lexicon.town(w) or lexicon.word_class(w.lower()) in ("N", "J", "V", "G", "R", "D")))
           for w in words):
        return False
    return len(words) > 1 or not (len(part) <= 3 or part in _US_STATES or (
        lexicon.word_class(part.lower()) == "P" and not _is_acronym(part)))


def _a_body(part: str) -> bool:
    """A part typed after or before a comma that names a body: its words capitalised save the
    small ones ("Defensoría del Pueblo de Colombia", "Fondation Marocaine pour l'Alphabétisation"),
    or a name and one word no dictionary has ("Oslo universitetssykehus")."""
    words = part.split()
    if not words or not words[0][:1].isupper() or _DEGREE_FIRST.match(part) or lexicon.town(part) or lexicon.place(part):
        return False
    if len(words) <= 2 and _a_firms_name(part, words):
        return True  # "Turkcell", "BNP Paribas", "Natura &Co" (reader 204)
    big = [w for w in words if w.lower() not in _NAME_SMALL and not w.startswith(("l'", "d'"))]
    if all(lexicon.town(w) for w in big) or shared(r"(?i)\b(?:region|province|county|state|district|valley|delta|"
                                                     r"prefecture|oblast|governorate|municipality)$").search(part):
        return False  # "Kabul and Herat", "Ashanti Region": places
    if len(big) >= 3 and all(w[:1].isupper() for w in big[:-1]) and big[-1] in _ORG_NOUNS | _PLACES | {
            "library", "hospital", "school", "museum"}:
        return True  # "Warsaw Medical University library"
    if all(w[:1].isupper() or w[:1].isdigit() for w in big) and (len(big) >= 3 or len(big) < len(words) or any(
            shared(_ORG_WORD).fullmatch(w) for w in big)) and len(big) >= 2:
        return True  # never "Al Ain", a town of two words
    return len(words) == 2 and words[1].islower() and lexicon.word_class(words[1]) is None and len(words[1]) > 6 \
        and lexicon.town(words[0]) and words[1] not in _LABELS


def _org_and_work(typed: str) -> str:
    """A project typed as a body and the work there, parted by commas, said as the work at the
    body: "Hacettepe University, PhD in Health Management" -> "the PhD in Health Management at
    Hacettepe University", "Hospital Universitario La Paz, Madrid, nursing rota system" -> "the
    nursing rota system at Hospital Universitario La Paz in Madrid", "Legal aid clinic, Faculty of
    Law, University of Nairobi" -> "the legal aid clinic at the Faculty of Law of the University of
    Nairobi"; as typed when the parts are no body and work (reader 199)."""
    parts = [p.strip() for p in typed.split(",")]
    if not 2 <= len(parts) <= 3 or any(not p for p in parts) or shared(r"[()/:;\u2013\u2014]| - ").search(typed) \
            or a_series(parts[-2], parts[-1]):
        return typed
    bodies = [i for i, p in enumerate(parts) if _a_body(p) and (i == 0 or len(p.split()) > 1 or _is_acronym(p))]
    #   one unknown word leads as a firm ("Turkcell, 4.5G rollout") and trails as a place ("youth
    #   outreach, Peckham")
    places = [i for i, p in enumerate(parts) if lexicon.town(p) or lexicon.place(p) or shared(
        r"[A-Z][\w'-]+ and [A-Z][\w'-]+").fullmatch(p) and all(lexicon.town(w) for w in p.split(" and "))]
    works = [i for i in range(len(parts)) if i not in bodies and i not in places]
    if len(parts) == 2 and places == [0] and works == [1] and parts[1][:1].islower() \
            and parts[1].split()[0] not in DETERMINERS | {"my", "our", "his", "her", "their"}:
        return f"{parts[1]} in {parts[0]}"  # "Ho Chi Minh City, garment factory": the factory there
    if len(works) != 1 or not bodies or len(bodies) > 2 or len(places) > 1:
        return typed
    work = parts[works[0]]
    if not shared(r"[A-Za-z\u00c0-\u024f]{3,}").search(work) or shared(r"^(?:19|20)\d\d\b").match(work):
        return typed  # "AP Calculus BC, 2017": a year, said elsewhere
    if work.split()[0].lower() in ("a", "an", "our", "my", "his", "her", "their", "its") \
            or (work.split()[-1].lower() in _NAMED_THINGS and shared(r"(?i)\b(?:my|our|his|her|their)\b").search(work)):
        #   "founding my translation agency, Ponte Traduções": its name
        return typed  # "Comedor Los Pibes, a soup kitchen in La Matanza": what the body is
    first, *rest = work.split()
    if not (work[:1].islower() or work[:1].isdigit() or _DEGREE_FIRST.match(work)
            or (rest and (_is_acronym(first) and rest[0][:1].islower() or all(w.islower() for w in rest)))):
        return typed  # work is in lower case after its first word ("Nursing informatics project"); a name is none
    degree = bool(_DEGREE_FIRST.match(work))
    work = work[:1].lower() + work[1:] if not degree and work.split()[0][1:].islower() \
        and lexicon.word_class(work.split()[0].lower()) not in (None, "P") else work
    stage = shared(r"^(Residency|Fellowship|Internship|Postdoc|Doctorate)\b").match(work)
    if stage:
        work = stage.group(1).lower() + work[stage.end():]
    if work.split()[0].lower() in ("internship", "placement", "residency", "fellowship", "volunteering", "traineeship",
                                   "postdoc", "doctorate") or degree:
        work = "the " + work
    elif work.split()[-1].lower() in _ROLE_TAILS | _MORE_POSTS and work[:1].islower():
        work = f"the {work} role"
    elif work.split()[-1].lower() in ("team", "squad", "group", "crew", "desk", "department", "unit", "lab", "office",
                                      "section", "ward") and work.split()[0].lower() not in DETERMINERS:
        work = "the " + work  # "Ralph Lauren, buying team": the team at the firm
    where = ""
    placed = shared(r"^(.+?) ((?:in|on) (?:the )?[A-Z].*)$").match(work)
    if placed and not degree and not stage and not work.startswith("the internship"):
        work, where = placed.group(1), " " + placed.group(2)  # "diabetes prevention programme in Puebla":
        #   the programme at the body, in the town
    named = [parts[i] for i in bodies]
    if len(named) == 2 and _UNIT_FIRST.match(named[1]) and not _UNIT_FIRST.match(named[0]):
        named = [named[1], named[0]]  # "Universidad de Chile, Facultad de Medicina": the faculty of it
    said = [the_bodies(f"at {n}")[3:] for n in named]
    said = [f"the {n}" if (n.split()[-1].islower() or (n.split()[0] in _THE_LEADS and n.split()[-1] in (
        "Hospital", "Infirmary", "Theatre", "Museum", "Library", "Academy", "Society", "Institution", "Gallery",
        "Navy")) or (n.startswith("Royal ") and not shared(r"\bAir (?!Force)").search(n)))
            and not n.startswith("the ") else n
            for n in said]  # "the Warsaw Medical University library", "the Royal London Hospital"
    body = f"at {said[0]}" + (f" of {said[1]}" if len(said) == 2 else "")
    if places:
        where += f" in {parts[places[0]]}"
    return f"{work} {body}{where}"


# Posts and stations a phone-typed project names before its workplace: "gallery assistant
# whitechapel gallery", "front desk premier inn".
_POST_HEADS = frozenset("""assistant driver coordinator leader lead manager concierge desk housekeeping
teller stocker associate
receptionist porter porters cook chef barista cashier steward guide instructor supervisor operative
picker packer technician mechanic nurse carer worker clerk attendant waiter waitress bartender
apprentice trainee intern""".split())


def _post_at_place(typed: str) -> str:
    """A post typed on a phone with its workplace after it and no "at": "gallery assistant
    whitechapel gallery" -> "gallery assistant at Whitechapel Gallery", "bar manager the brazen
    head" -> "bar manager at the Brazen Head", "multi drop driver dpd basildon" -> "... at DPD
    Basildon"; as typed with any other shape (reader 203)."""
    if typed != typed.lower() or shared(r"\b(?:at|in|for|with|on|from|of|and|&|\+)\b|[,()/:-]").search(typed):
        return typed
    words = typed.split()
    post = max((i for i, w in enumerate(words[:-1]) if w in _POST_HEADS), default=None)
    if post is None or len(words) - post - 1 > 4 or (post == 0 and words[0] not in ("concierge", "receptionist",
                                                                                  "housekeeping")):
        return typed
    tail = words[post + 1:]
    if any(lexicon.word_class(w) in ("D", "Z") and w != "the" for w in tail) or tail[0] in _SHIFTS | {"shifts", "nights"} \
            or not (any(lexicon.word_class(w) in (None, "P") and not w.isdigit() for w in tail)
                    or (tail[0] == "the" and len(tail) > 1)):
        return typed  # "password manager rollout", "style guide refresh": a thing, no workplace (review)
    said = [_brands()[w] if w in _brands() else
            w.upper() if len(w) <= 3 and w != "the" and lexicon.word_class(w) is None else w if w == "the"
            else w[:1].upper() + w[1:] for w in tail]
    where = " in " if len(tail) == 1 and lexicon.town(tail[0]) else " at "  # "bank teller lagos": in Lagos
    return " ".join(words[:post + 1]) + where + " ".join(said)


def _town_at_end(typed: str) -> str:
    """A phone-typed project with its town after it and no "in": "surf school cornwall" -> "surf
    school in Cornwall", "community mural brixton" -> "community mural in Brixton"; a town whose
    name is a word too ("slough", "reading") is left as typed (reader 203)."""
    words = typed.split()
    if typed != typed.lower() or len(words) < 3 or words[-2] in _PREPOSITIONS_IN_NP | {
            "and", "&", "the", "of", "st", "st.", "saint", "san", "santa", "port", "new", "north", "south", "east",
            "west", "upper", "lower", "fort", "mount", "lake", "@"} or shared(r"[,()/:@]| - ").search(typed) \
            or shared(r"\b(?:in|at|near|last|next|this)\b").search(typed) or words[-1] in _MONTHS:
        return typed
    two = lexicon.place(" ".join(words[-2:]))
    if two and words[-3] not in _PREPOSITIONS_IN_NP | {"and", "&", "the", "of"}:
        return f"{' '.join(words[:-2])} in {two}"
    last = words[-1]
    if lexicon.town(last) and lexicon.word_class(last) in (None, "P") \
            and not lexicon.common_when_capitalised(last) and len(last) > 3 and last not in TOOLS:
        return f"{' '.join(words[:-1])} in {last.capitalize()}"
    return typed



def _realised(raw: str) -> Project:
    placed = shared(r"(?i)^(?:(?:colleagues|teammates|coworkers|co-workers|interns|classmates|volunteers) (?:at|@)|(?:he|she|they|I|we) (?:was|were) "
                    r"(?:my|our|their|his|her) [\w' -]+? at) (?-i:((?:[A-Z][\w&.'-]*)(?: (?:[A-Z][\w&.'-]*|&|of))*))$").match(
                        raw.strip())
    if placed:
        return Project(f"at {placed.group(1)}", "where")  # "she was my manager at Deloitte", "colleagues
        #   at Google": where they worked together, never "being my manager" nor "on Google" (review)
    typed = shared(r"^([A-Z][a-z]+)(?= (?!(?:of|de|du|del|la|le)\b|(?:for|to|in) [A-Z])[a-z])").sub(lambda m: m.group(1).lower() if m.group(1).lower() in _PLAIN_FIRST
                                                     else m.group(1), raw.strip())  # "Warehouse move":
    #   capitalised as the field's first word, never a name (review)
    typed = _as_gerund(shared(r"\bUniv\.? of\b").sub("University of", typed))
    typed = shared(r"(?i)^((?:my |the |his |her )?(?:PhD|MSc|MA|MPhil|doctoral|master's|thesis|dissertation)) supervision"
                   r"(?=$|,| [-\u2013\u2014] | at )").sub(
        r"\1", typed)  # "PhD supervision, Universidad de Salamanca": the PhD (reader 173)
    typed = shared(r"\s*\((?:(?:I|he|she|they|we) (?:was|were|is|are|am|ran|led|managed|supervised|advised|mentored|"
                   r"taught)|I'm|I\u2019m|we're|we\u2019re)\b[^()]*\)$").sub("", typed)  # "(he was on our advisory board)": the writer's aside
    typed = shared(r"\s*(?:[-,]\s*|\()(?:(?:I|he|she|they|we) (?:supervised|ran it|led it|managed it|was (?:head|"
                   r"in charge|their|his|her|the)\b[^,()]*)|my (?:student|intern|mentee|report|supervisee)\b[^,()]*)\)?$").sub(
        "", typed)  # "(I supervised)", ", he ran it", "- my student 2021-22": the writer's aside,
    #   which the relationship says (reader 173)
    typed = shared(r"^((?:the )?(?:[a-z]+ )?(?:[Cc]lass action|[Ll]awsuit|[Ll]itigation|[Aa]rbitration|[Dd]ispute|"
                   r"[Cc]omplaint|claim|suit)) (?:vs?\.?|versus) (?=[A-Z])").sub(
                   lambda m: m.group(1).lower() + " against ", typed)  # "Class action vs. Harbor
    #   Mutual": the class action against it; "Smith v. Jones" is a case's name (reader 171)
    arrow = shared(r"^([A-Za-z][\w.-]*) ?(?:\u2192|->|=>) ?([A-Za-z][\w./-]*(?: [A-Z][\w./-]*)*)(.*)$").match(typed)
    if arrow:  # "monolith→microservices at Flipkart": the migration; "order → cash process
        rest = arrow.group(3)  # redesign": order-to-cash, a name of its own (review)
        moved = shared(r"^ (?:migration|move|transition|switch|port|conversion|upgrade|rewrite)\b").match(rest)
        if " " in arrow.group(2) and not rest:
            typed = f"the migration from {arrow.group(1)} to {arrow.group(2)}"
        elif " " not in arrow.group(2) and (moved or not rest or shared(r"^ (?:at|in|for|with) ").match(rest)):
            typed = f"{arrow.group(1)}-to-{arrow.group(2)}{'' if moved else ' migration'}{rest}"
        elif " " not in arrow.group(2):
            typed = f"{arrow.group(1)}-to-{arrow.group(2)}{rest}"  # "monolith→microservices at Flipkart": the migration
    typed = shared(r"^(audit|budget|forecast|plan|review|report|accounts|filing|returns?|results|statements) "
                   r"((?:FY|CY) ?\d{2,4}(?:[-/]\d{2,4})?)(?=$|\s)").sub(r"\2 \1", typed)  # "audit FY22 -
    #   Grupo Andino": the FY22 audit (reader 171)
    typed = shared(r"\s*/\s*(?=(?:Q[1-4]|H[12]) (?:19|20)\d\d$)").sub(" ", typed)  # "audit / Q3 2022"
    typed = shared(r"(?i)^(?:classmates|colleagues|teammates|interns|volunteers|students)(?: (?:at|in|@)|,) ").sub(
        "", typed)  # "Classmates at Sharif University - civil engineering": the tie is said elsewhere
    typed = shared(r"^([^()]+?) \((rural|urban|remote|regional|private|public|mobile|pop-up|satellite)\)").sub(
        r"\2 \1", typed)  # "primary care clinic (rural), Queensland": a rural one (reader 169)
    typed = _at_a_place(_org_and_work(_town_at_end(_post_at_place(typed))))
    typed = shared(r"(?i)^(?:my |a |the )?part[- ]time(?: job)? ((?:at|in|for) .+)$").sub(r"the part-time job \1", typed)
    typed = shared(r"^((?:[a-z][\w-]* ){0,2}(?:cafe|café|shop|store|restaurant|library|bar|pub|hotel|supermarket|gym|"
                   r"bakery|kitchen|warehouse|cinema|pharmacy|salon|garage|farm|pool|centre|center)) part[- ]time(?: job)?$").sub(
        r"the part-time job at the \1", typed)  # "gaming cafe part
    #   time", "part time at the campus library": the job, never "the part time" (reader 200)
    raw = _folded(typed)
    found = _project(raw)
    joined = _joined_tail(raw) if raw == typed else None  # a folded note is joined already
    if joined and (joined[1] in found.text or joined[1].split()[-1] not in found.text):  # a tail no
        found = _project(joined[0])  # rule below placed, still as typed or cut off: "customs
        #   clearance, Port of Valencia" is at it; "Cambridge postdoc - crop genomics" on it
        if found.form == "common" and found.np.startswith("the ") and not raw.lower().startswith("the ") \
                and _work_of_a_kind(found.np[4:]):
            return Project(found.np[4:], "generic")  # "Tata Power - rooftop solar sales": on
        #   rooftop solar sales at Tata Power, never "the rooftop solar sales" (reader 168)
    if found.form in ("common", "possessive") and shared(r"^(?:the|our|my) [a-z][\w-]*(?: [a-z][\w-]*)* work$").match(
            found.text) and len(found.text.split()) > 3 and raw.strip().lower().startswith(
                ("the ", "our ", "my ")):  # "the zebrafish imaging work": the
        found = Project(found.text[:-len("work")] + "project", found.form)  # project, never "our
        #   work on the zebrafish imaging work" (reader 124)
    typed = found.text.split()[1:]
    if found.form == "common" and found.text.startswith("the ") and raw.strip().islower() \
            and not shared(r"\d").search(raw) \
            and not raw.strip().startswith("the ") and len(typed) > 1 \
            and shared(r"[a-z]{3,}s").fullmatch(typed[-1]) \
            and not typed[-1].endswith(("ss", "us", "is", "ics")) \
            and typed[-1] not in ("series", "species", "news") \
            and typed[0].lower() not in _FOREIGN_COURSES \
            and not any(w in _PREPOSITIONS_IN_NP for w in typed):
        return Project(" ".join(typed), "generic") if not any(
            w in ("two", "three", "four", "five", "six", "both") for w in typed) \
            else found  # "kitchen and two bathrooms" are things, the reader's (reader 161)
        #   "competition law matters", "holiday floor
        #   sets": work of a kind, not things the reader is meant to know
    region = shared(r"^(.+?), ([A-Za-z][\w'-]+(?: [A-Za-z][\w'-]+)?) ((?i:region|province|district|county|state))$").match(
        found.text)
    if region and region.group(2).split()[0].lower() not in DETERMINERS:
        named = " ".join(w[:1].upper() + w[1:] for w in region.group(2).split())
        kind = region.group(3) if region.group(3)[:1].isupper() or region.group(3).lower() == "region" \
            else region.group(3).capitalize()  # "in Nyeri County", never "in the Nyeri county"
        found = Project(f"{region.group(1)} in {'' if kind[:1].isupper() else 'the '}{named} "
                        f"{kind}", found.form)  # "the rural telehealth pilot, Ashanti
        #   region": in the Ashanti region; "..., Kisumu County": in Kisumu County (reader 152)
    appositive = shared(r"^(.+?), ((?:a|an|our|my|his|her|their) [^,()]+)$").match(found.text)
    if appositive and found.form in ("proper", "gerund", "possessive"):
        found = Project(f"{appositive.group(1)} ({appositive.group(2)})", found.form)  # "Siop
        #   Trwsio (a repair café in Aberystwyth)": brackets close themselves mid-sentence
    if found.form != "common" or not found.np.startswith("the "):
        return found
    head = project_head(found)
    if ((head in _ACTIVITIES or (head.endswith("ing") and head not in _THINGS_IN_ING | _ONE_OFF))
            and shared(r" at (?:an? )?[A-Z]").search(found.np)
            or _a_field(_own(found.np[4:])) and shared(r" at (?:an? |the )?[A-Z]").search(found.np)) \
            and (raw.strip()[:1].islower() or raw != typed) and not raw.strip().lower().startswith("the "):
        return Project(found.np[4:], "course")  # "in motor underwriting at Allianz Malaysia": a
    #                                             line of work, never "the ... project"
    firm = shared(r"\b(at|for|with) ((?![\w&-]*'s\b)[A-Z][\w&-]*(?: (?![\w&-]*'s\b)[A-Z][\w&-]*)*) ((?:[a-z][\w-]* ){0,2}(?:firm|group|company|"
                  r"agency|bank|fund|startup|studio|consultancy|practice|chambers))$").search(found.np)
    if firm:  # "the labor cases at SyCip law firm": at the firm (reader 162)
        found = Project(found.np[:firm.start()] + f"{firm.group(1)} the {firm.group(2)} {firm.group(3)}",
                        found.form)
    if head == "housing" and shared(r"\b[A-Z][\w'-]* (?:[A-Z][\w'-]* )*(?:[a-z-]+ )?(?:affordable|social|council|public|"
                                    r"supported|student|senior|modular|mixed-income) housing$").search(found.np):
        return Project(found.np + " project", found.form)  # "the Cedar Street affordable
        #   housing project": a development, never "on the ... affordable housing" (reader 129)
    typed = raw.strip().split()
    if len(typed) > 2 and typed[0][:1].isupper() and lexicon.word_class(typed[0].lower()) in ("P", None) \
            and not _is_acronym(typed[0]) and head in (
                "education", "outsourcing", "outreach", "conservation", "research", "advocacy",
                "mentoring", "tutoring", "coaching", "fundraising", "volunteering", "aid"):
        return Project(found.np[4:], "generic")  # "Lviv IT outsourcing", "Kibera youth
        #   mentoring": work of a kind in a place, never "the Lviv IT outsourcing" (reader 154)
    functions = ("operations", "renewals", "admissions", "sales", "lettings", "claims",
                 "payments", "communications", "acquisitions", "rotations", "microcredit",
                 "microfinance", "underwriting", "procurement", "aid")  # "on refugee
    #   legal aid in Kakuma", never "the refugee legal aid" (reader 162)
    if (head in functions or (found.np.split()[1:2] and found.np.split()[1] in functions
                              and found.np.split()[2:3] == ["and"])) \
            and (raw.strip()[:1].islower() or (len(raw.split()) <= 3 and raw.split()[0].lower() not in DETERMINERS
                                               and lexicon.word_class(raw.split()[0].lower()) in ("P", None))) \
            and not raw.strip().startswith("the "):  # "Luas operations" too (reader 148)
        return Project(found.np[4:], "generic")  # "in game-day operations for the Peachtree
    #   Classic", "on renewals for the mid-market segment": work of a kind, no "the" (reader 149)
    if head in _PUBLIC_WORK and raw.strip()[:1].isupper() and not raw.strip().lower().startswith("the ") \
            and len(raw.split()) <= 5 and not _is_acronym(raw.split()[0]):
        return Project(found.np[4:], "generic")  # "on Milan fashion week PR", "on Web Summit
        #   sponsorship sales": a named event's work, never "at the ... PR" (reader 170)
    if head in _PUBLIC_WORK and raw.strip()[:1].islower() and shared(
            r"\b(?:week|festival|summit|fair|expo|gala|tour|launch|conference|show)\b").search(raw):
        return Project(found.np[4:], "generic")  # "on fashion week PR", never "at the fashion
        #   week PR" (reader 174)
    if (head in _SECTORS or head == "quality") and not raw.strip().lower().startswith(("the ", "our ", "my ")) \
            and not shared(r"^the (?:19|20)\d\d ").match(found.np) \
            and not shared(r"\b(?:project|programme|program|team)\b").search(raw):
        return Project(found.np[4:], "generic")  # "in whisky distillery tourism", "in automotive
        #   supplier quality": a line of work, never "the ... tourism" (reader 174)
    if head in _CALLINGS and not raw.strip().lower().startswith("the ") \
            and not shared(r"^the (?:19|20)\d\d ").match(found.np):  # "the 2023 vineyard harvest
        #   logistics": one season's work, with its "the" (reader 177)
        return Project(found.np[4:], "generic")  # "in ICU nursing at CHU Bordeaux", "in 2nd
        #   Battalion logistics": a calling, never "the ICU nursing project" (reader 163)
    if head in _ACTIVITIES or (head.endswith("ics") and len(head) > 5) or (
            head.endswith("ing") and head not in _THINGS_IN_ING and len(found.np.split()) > 2
            and _ing_of_a_verb(head)
            and not any(w in _PREPOSITIONS_IN_NP for w in _before(found.np, head))):  # "the ...
        #   investigation into mining"
        #   "the small business lending project", "the ... fleet telematics project"
        # "the fraud detection for card payments" names no piece of work; "the fraud detection
        # project for card payments" does (and "my work on the ... work" would say it twice)
        np = re.sub(rf"(?i)\b({re.escape(head)})\b(?=$|,| (?:in|at|for|with|on|from|to)\b)",
                    r"\1 project", found.np, count=1)
        return Project(np, found.form)
    return found


# Work for an event or a brand, named by it: "Milan fashion week PR", "Web Summit sponsorship sales".
_PUBLIC_WORK = frozenset("pr publicity comms sponsorship ticketing sales marketing".split())
# Work one does for a living, typed as a project: "ICU nursing", "2nd Battalion logistics".
_CALLINGS = frozenset("""nursing midwifery teaching policing farming logistics caregiving
physiotherapy paramedicine pharmacy dentistry""".split())
# Courses named in Spanish or Portuguese, each one course: "the diplomado en liquidación de
# siniestros", never work of a kind.
_FOREIGN_COURSES = frozenset("""diplomado diplomatura curso taller maestría máster licenciatura
grado mestrado especialización especializacao""".split())
def _before(np: str, head: str) -> list[str]:
    """The words of a noun phrase before its head ("widening," ends at its comma); all of them
    when the head is not one of its words."""
    words = [w.strip(",;:()") for w in np.lower().split()]
    return words[: words.index(head)] if head in words else words


# What a deed in -ing is done to, ending a project typed as one: "retrofitting council housing".
_WHAT_IS_WORKED_ON = frozenset("""housing stock data infrastructure equipment software content
inventory payroll""".split())
_PREPOSITIONS_IN_NP = frozenset("into in at for with on of from to about over".split())
# Work done on a machine or a site named by its code: "the ATR 72 C-check", "the A320 overhaul".
_WORK_ON_A_MACHINE = frozenset("""check checks inspection inspections overhaul overhauls maintenance
refit retrofit test tests trial trials upgrade upgrades commissioning teardown""".split())


# Common nouns that are part of a place's name: "lake Mälaren" is Lake Mälaren, not "in".
_GEOGRAPHIC = frozenset("lake river mount cape loch lac lago rio río isla isle fort".split())


# A year typed between a project and its place: "flood relief 2022 in Sindh".
_YEAR_THEN_PLACE = lazy(r"^([a-z][\w -]*?) ((?:19|20)\d\d) ((?:in|at) [A-Z].*)$")
# A council or a city's government after its place's name: "Lusaka city council".
_BODY = lazy(r"\b([A-Z][a-z]+) (city|county|district|town|municipal|regional|state) "
             r"((?:health |education |water |roads )?(?:council|hall|government|municipality|"
             r"corporation|office|authority))\b")
# A verb, "for" and a name: an organisation's name ("Teach for India", "Code for America").
_ORG_FOR = lazy(r"^(the )?([a-z]+)( (?:for|without) [A-Z][\w'-]+)")
# A place's name after a comma at the end: "villa compound MEP works, Al Ain".
_PLACE_AFTER_COMMA = lazy(r"^(.*[a-z]), ([A-Z][a-zà-ÿ\u0100-\u017f']+(?:[- ][A-Z][a-zà-ÿ"
                          r"\u0100-\u017f']+)?)$")
# Small words inside a name: "Casa do Rio", "Quinta da Serra", "Haus am See".
_NAME_PARTICLES = frozenset("do da dos das de del della di du van von am la le".split())
# Works whose name follows them: "the feature film Lamb's Road", "the podcast Deep Cuts".
_TITLED_WORKS = frozenset("""film movie documentary book novel album record song show series
podcast play musical opera game app exhibition magazine newsletter""".split())


def _as_gerund(raw: str) -> str:
    """A project typed as a deed, "ran the AML tuning at HSBC" or "helped build the rules
    engine", as the work: "running the AML tuning at HSBC", "helping build the rules engine",
    never "my work on ran the ..." (reader 167)."""
    posted = shared(r"(?i)^(?:he|she|they|I|we) (?:was|were) (?:our|my|their|the|a|an) [\w' -]+? (?:on|for|at) "
                    r"((?:the|our|my|a|an|their) .+)$").match(raw.strip())
    if posted:
        return posted.group(1)  # "he was our architect on the new library in Valencia": the
        #   library is the work; what he was is the relationship's to say (reader 169)
    words = raw.split()
    if len(words) > 3 and words[0].lower() in ("he", "she", "they", "we", "i", "you"):
        words = words[1:]  # "she ran our front desk": running it
    elif len(words) > 4 and words[0].lower() in ("our", "my"):
        verb = next((i for i in range(2, min(5, len(words) - 1))
                     if (lexicon.verb_forms(lexicon.lemma(words[i].lower())) or ("",) * 3)[1] == words[i].lower()
                     and words[i + 1].lower() in ("the", "a", "an", "our", "my", "their", "his", "her")), None)
        verb = verb if verb and words[verb - 1].lower() in _ORG_NOUNS | _UNITS | {"team", "crew", "office", "side"} \
            else None  # "our students loved her classes" is no deed of a firm's (review)
        words = words[verb:] if verb else words  # "our accounting firm did her bakery's books":
        #   doing them (reader 169)
    if len(words) > 3 and words[0].lower() == "helped" and words[1].lower() in ("us", "me", "them") \
            and (lexicon.verb_forms(words[2].lower()) or ("",) * 3)[2] and lexicon.lemma(words[2].lower()) == words[2].lower():
        words = [lexicon.verb_forms(words[2].lower())[2]] + words[3:]  # "you helped us set up the
        return " ".join(words)  # microgrid pilot": setting it up, whoever helped whom (reader 171)
    if len(words) < 3 or not words[0].isalpha():
        return raw
    first = words[0].lower()
    lemma = lexicon.lemma(first)
    forms = lexicon.verb_forms(lemma) if lemma != first else None
    if not forms or first != forms[1] or not (
            words[1].lower() in ("the", "a", "an", "our", "my", "their", "his", "her")
            or (first in ("helped", "got") and lexicon.verb_forms(words[1].lower()))):
        return raw
    return " ".join([forms[2]] + words[1:])


# Words typed first with a capital that are never a project's name: "Warehouse move", "Staff
# handbook rewrite" (the lexicon has them as names too often to say so).
_PLAIN_FIRST = frozenset("""company warehouse class office client team store product staff employee
payroll patient community project internal website supplier vendor annual quarterly monthly weekly
kitchen restaurant shop clinic factory plant site branch department school hospital hotel farm
student students course module thesis research survey audit budget inventory stock training
onboarding recruitment hiring office's company's""".split())
# Posts a project may be typed as, besides those a dash may name (_ROLE_TAILS).
_MORE_POSTS = SERVICE_JOBS | frozenset("""maintainer contributor chef paralegal fellow lecturer instructor
clerk coach counselor counsellor sous-chef shooter bouncer secretary helper groundsman groundskeeper
doorman handyman deckhand steward accompanist treasurer rider referee umpire physio
physiotherapist werkstudent captain rep representative specialist teller stocker accountant bookkeeper
advisor adviser educator agent scribe pharmacist paramedic medic mechanic welder plumber
carpenter machinist recruiter buyer merchandiser auditor underwriter actuary economist scientist
researcher photographer videographer therapist midwife hygienist optician administrator""".split())  # "line cook at Casa Ortiz", "summer
#   camp counselor": the post held (reader 187)


# Posts in a team's game an aside may name: "high school football (wide receiver)".
_PLAYING_POSTS = frozenset("""receiver goalkeeper keeper striker defender midfielder winger quarterback
pitcher catcher setter libero guard forward centre center fullback""".split())
# Lines of work an internship or a job was in: "summer internship at Tencent (product)".
_LINES = frozenset("""growth product marketing sales design engineering finance ops operations data
research hr legal support partnerships strategy analytics content editorial""".split())


def _aside_said(base: Project, aside: str) -> "Project | None":
    """An aside typed in brackets after a project, said as a phrase where it is a shift, a
    post or a line of work: "(nights)" -> "on nights", "(assistant coach)" -> "as an assistant
    coach", "(product)" after an internship -> "in product"; None for any other aside, which
    stays in its brackets (reader 200)."""
    low = aside.lower()
    words = low.split()
    if low in _SHIFTS or low in ("night shift", "night shifts", "day shift", "weekend shifts"):
        return Project(f"{base.text} on {low}", base.form)
    if 0 < len(words) <= 3 and aside == low and (words[-1] in _ROLE_TAILS | _MORE_POSTS | _PLAYING_POSTS) \
            and not any(w in DETERMINERS for w in words):
        one = words[-1] in ("captain", "lead", "treasurer", "secretary", "president", "chair", "director", "manager",
                            "editor", "organiser", "organizer", "founder", "co-founder", "head") or words[0] in (
                                "head", "lead", "chief", "vice", "deputy")
        return Project(f"{base.text} as {low if one else indefinite(low)}", base.form)  # "as captain", "as an
        #   assistant coach"
    if len(words) == 1 and low in _LINES and project_head(base) in _POSTS_IN | {"job", "role", "placement"}:
        return Project(f"{base.text} in {low}", base.form)
    return None


def _tail_placed(m: re.Match) -> str:
    """A name typed after the work with no preposition: a brand is where it was done ("graduate
    scheme deloitte": at Deloitte, reader 209), a place is where ("substation upgrade Ostrava":
    in Ostrava); anything else is left as typed."""
    work, name = m.group(1), m.group(2)
    last = work.split()[-1].lower()
    if (name.startswith(("St ", "St. ")) or name.startswith("Saint ")) and last not in _PREPOSITIONS | {"at", "in", "of", "to"} \
            and name.endswith(("'s", "s'")) and not lexicon.town(name) and not lexicon.place(name):
        return f"{work} at {name}"  # "the ICU rotation St Mary's": at St Mary's (reader 246)
    worked = lexicon.word_class(last) in ("N", "G", "V") or (
        lexicon.word_class(last) is None and last.isalpha() and len(last) > 4 and lexicon.town(name))  # "presales
    #   Hangzhou": a word the lexicon lacks, before a town it knows (reader 241)
    if name in brand_spellings() and worked and name != "Amazon":  # the forest too
        return f"{work} at {name}"
    if _a_place_name(name) and (worked or (last.startswith("re") and lexicon.known(last[2:])))  \
            and last not in _TITLED_WORKS | _NAME_PARTICLES | _GEOGRAPHIC \
            and not (last in _NAMED_THINGS and lexicon.word_class(name.lower()) is None
                     and not lexicon.place(name)) \
            and not (" " not in work and work.endswith("ing") and (" " in name or not lexicon.town(name))
                     and not lexicon.place(name)):
        #   "relaunch"; "our startup Tarla" is its name (reader 160); "co-founding Lettuce" (reader
        #   178), "opening Trattoria Sole": a deed done to a name, never "the opening in Trattoria
        #   Sole" (reader 130)
        return f"{work} in {name}"
    return m.group(0)


def _project(raw: str) -> Project:
    """A typed project as a phrase that knows its form: tidied as typed, its place or
    institution said with a preposition, then classified."""
    typed = shared(r"[!?]+(?=\s|$)|\.{2,}(?=\))").sub("", core(clean(raw)))  # "warehouse!!!", "stores...)"
    typed = shared(r"(?i),\s*((?:season|series|volume|vol\.|phase|round|cohort|batch) \d+)$").sub(
                   r" (\1)", typed)  # "the Southern Voices podcast (season 2)"
    typed = TEXTED_TAIL.sub("", typed)  # "study grp lol"
    typed = shared(r"(?i)\s+(?:lol|lmao|haha+)(?=\s*\()").sub("", typed)  # "... project lol (STAT 200)"
    typed = shared(r"(?i)\b(form|grade|year|standard|primary|class) (\d{1,2})\b").sub(
                   lambda m: f"{m.group(1).capitalize()} {m.group(2)}", typed)  # "form 3
    #   chemistry" -> "Form 3 chemistry": a class level is named
    typed = shared(r"\b(ward|unit|bay|room|bed|gate|level|floor|block|wing) (\d{1,3})([a-z])\b").sub(
                   lambda m: f"{m.group(1).capitalize()} {m.group(2)}{m.group(3).upper()}",
                   typed)  # "ward 4b" -> "Ward 4B"
    typed = shared(r"\s@\s").sub(" at ", typed)  # "the welding class @ Lincoln Tech"
    typed = shared(r"(?i)\b(?:the )?uni of ([a-z]+(?: [a-z]+)?)\b").sub(
                   lambda m: "the University of " + " ".join(w.capitalize() for w in m.group(1).split()),
                   typed)  # "at uni of canterbury" -> "at the University of Canterbury"
    typed = shared(r"(?:^|(?<=\bthe ))(port|city|university|bank|province|state|republic|ministry) of "
                   r"(?=[A-Z])").sub(
                   lambda m: m.group(1).capitalize() + " of ", typed)  # "the Port of Agadir
    #   expansion": a name
    typed = shared(r"\b(branch|office|store|outlet|plant|factory|depot) at (?=[A-Z])").sub(
                   r"\1 of ", typed)  # "the Shibuya branch of Mizuho", never "branch at Mizuho"
    typed = shared(r"^((?:[A-Z][\w'&-]*\s?){1,4}):\s+([a-z][^:()]+)$").sub(r"\1 (\2)",
                   typed)  # "Operation Bluebird: hospital staffing redesign": the name, then
    #                        what it was, in brackets
    typed = shared(r",\s+(for|at|with) (?=[A-Z])").sub(r" \1 ", typed)  # "the rebrand, for Solstice"
    typed = shared(r"(?i)\bgrp\b").sub("group", shared(r"(?i)\bdept\b\.?").sub("department", typed))
    typed = shared(r"(?<![\w'])'(\d\d)\b").sub(lambda m: ("20" if int(m.group(1)) <= 40 else "19")
                   + m.group(1), typed)  # "milan design week '22" -> "... 2022"
    typed = shared(r"(?<=[A-Za-z\u00c0-\u024f])\u2013(?=[A-Z])").sub("-", typed)  # "Vienna–Istanbul
    #   groupage lane": a route, joined like "Vienna-Istanbul", never an aside
    typed = shared(r"\s*[\u2014\u2013]\s*(\S+(?: \S+){0,2})$").sub(r" (\1)", typed)  # "store #1423 —
    #                                                            electronics dept." -> brackets
    bracket = shared(r"^(.+?)\s*\(([^()]+)\)$").match(typed)
    if bracket and not _ALIAS.search(typed) and len(bracket.group(1).split()) >= 1:
        base = project(bracket.group(1))  # "Project Aurora (the Q3 2021 ERP cutover)": the name,
        aside = " ".join(w.upper() if shared(r"[b-df-hj-np-tv-z]{2,4}").fullmatch(w) else w
                         for w in tidy_case(bracket.group(2), keep_names=True).split())
        said = _aside_said(base, aside)
        return said or Project(f"{base.text} ({aside})", base.form)  # then the aside as typed
    typed = shared(r"^(?i:(?:the )?(course|class|module|lecture) of) (?!(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|"
                   r"Madame?|Herr|Frau|Señora?|Signora?)\b)((?:[A-Z][\w&+-]*|[IVX]+)(?: (?:[A-Z][\w&+-]*|[IVX]+|and|&))*)(?=$|[ ,(])").sub(
        lambda m: f"the {m.group(2)} {m.group(1).lower()}", typed)  # "course of Machine Learning": the
    #   Machine Learning course (reader 225); "the course of Dr. Rossi" is hers, as typed (review)
    typed = shared(r"^(?=(?:(?:Department|Ministry|Office|Faculty|School|Institute|Bureau|Division|Board|Council|"
                   r"Committee) (?:of|for)|"
                   r"Introduction to|(?:Principles|Fundamentals|Foundations) (?:of|in)) [A-Z][a-z])").sub("the ", typed)  # "Department
    #   of Health policy unit", "Introduction to Public Policy": a name or a course's title, its
    #   capital kept (reader 224)
    text = tidy_case(typed.rstrip(",;:- "), keep_names=True)
    text = " ".join(w.capitalize() if w in LANGUAGES else w
                    for w in text.split())  # "the French ..." (weekdays: tidy_case)
    text = _YEAR_THEN_PLACE.sub(r"\2 \1 \3", text)  # "flood relief 2022 in Sindh" -> "2022
    #   flood relief in Sindh" (then "the 2022 flood relief in Sindh")
    text = _BODY.sub(lambda m: f"{m.group(1)} {m.group(2).capitalize()} "
                     f"{' '.join(w.capitalize() for w in m.group(3).split())}",
                     text)  # "Lusaka city council" -> "Lusaka City Council"
    text = shared(r"\b(for|at|with|from) (?=[A-Z][a-z]+ (?:City|County|District|Town|Municipal|Regional|"
                  r"State) (?:[A-Z]\w+ )*(?:Council|Office|Authority|Government)\b)").sub(
                  r"\1 the ", text)  # "for the Kasese District Health Office"
    text = _ORG_FOR.sub(lambda m: (m.group(1) or "") + m.group(2).capitalize() + m.group(3)
                        if lexicon.word_class(m.group(2).lower()) == "V" else m.group(0),
                        text)  # "teach for India" -> "Teach for India": an organisation's name
    text = _PLACE_TAIL_BARE.sub(_tail_placed, text)  # never "the feature film in Lamb's Road" (a title)
    text = shared(r"\b(lake|river|mount|cape|loch|lac|lago|rio|río|isla|isle|fort) (?=[A-Z])").sub(
                  lambda m: m.group(1).capitalize() + " ", text)  # "Lake Mälaren": a name
    text = shared(r"\b([A-Z][a-z]+) city\b(?! (?:council|hall|centre|center|government))").sub(
                  lambda m: f"{m.group(1)} City" if lexicon.place(f"{m.group(1)} City") else m.group(0),
                  text)  # "Mexico City", "Quezon City"; "the Munich city bike-share" stays
    placed = _placed(text)
    if isinstance(placed, Project):
        return placed
    placed = _PLACE_AFTER_COMMA.sub(lambda m: f"{m.group(1)} in {m.group(2)}" if _a_place_name(
        m.group(2)) and m.group(2).split()[-1].lower() not in _FIRM_ENDINGS | _BUSINESS_TAILS
        and m.group(2).split()[0].lower() not in ("uni", "tu", "fh", "hochschule", "universit\u00e4t")
        and m.group(1).split()[-1].lower() not in _NAMED_THINGS and "," not in m.group(1)
        and not shared(r" in [A-Z][\w'-]+$").search(m.group(1)) else m.group(0),  # "my
        #   translation agency, Ponte Traduções": its name, not a place
        placed)  # "villa compound MEP works, Al Ain" -> "... works in Al Ain"
    text = _tidied(placed)
    span = shared(r"(?i)^(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*(yrs?|years?|mos?|"
                    r"months?|summers?|seasons?)\b\s*(.*)$").match(text)
    if span:  # "2 yrs at the DHL hub" -> "my 2 years at the DHL hub"
        unit = {"yr": "year", "yrs": "years", "mo": "month", "mos": "months"}.get(
            span.group(2).lower(), span.group(2).lower())
        if span.group(1) not in ("1", "one") and not unit.endswith("s"):
            unit += "s"
        return Project(" ".join(["my", span.group(1), unit, span.group(3)]).strip(), "possessive")
    if text[:1] in "'\"\u2018\u201c" and len(shared(r"['\"\u2018\u2019\u201c\u201d]").findall(text)) > 1:
        return Project(text, "proper")  # "'Yerma' at Teatro del Barrio": a title, said as one
    words = text.split()
    found = _said_by_someone(text, words) or _named_or_common(text, words)
    if found.form == "common" and (found.text.lower().endswith("track and field")
                                   or (found.text.split()[-1].lower() in _SPORTS
                                       and not (found.text.split()[-1].lower() == "track"
                                                and len(found.text.split()) > 1))):
        return Project(found.text + " team", "common")  # "the varsity track and field team"
    return found


# A course named in capitals with its level in Roman numerals: "Derecho Laboral II".
_ROMAN_COURSE = lazy(r"^(?:[A-Z][\w\u00c0-\u017f-]*\s){1,3}(?:I|II|III|IV|V|VI)(?: at \S.*| \([A-Z][^()]+\))?$")


# What a hyphenated gerund may start with and still be a deed: "co-producing the podcast".
_VERB_PARTS = frozenset("co re pre de un over under out up cross self".split())


# Organisations whose name and a number look like a course code: "NHS 111", "UPS 3".
_NOT_COURSE_CODES = frozenset("NHS DHL UPS USPS BBC NASA FEMA TSA IRS FBI HMRC DVLA CDC WHO "
                              "UN NATO EU COP IFRS ISO IAS IEC SOC PCI NIST ASC FRS IPSAS BS EN".split())  # "IFRS 17", "ISO 9001": standards
# Shift patterns a project may be, said without "the": "nights on Ward 4B".
_SHIFTS = frozenset("nights days weekends evenings nightshifts earlies lates".split())
# Degrees a project may be, said with "the": "the MA in Medieval History at Durham".
_DEGREES = frozenset("MA MSc BSc BA MBA PhD MPhil MEng LLM LLB MPH MFA BEng BEd MEd DPhil MRes "
                     "BFA MS BS Cert Certificate Diploma HND HNC".split())


# When and where, typed after a project: each one rewrite, tried in this order.
# First words of a named place that keep its "the": "the Royal London Hospital".
_THE_LEADS = frozenset("Royal Western Eastern Northern Southern General Children's National City County University".split())
_TAILS = [(lazy(pattern), said) for pattern, said in (
    (r"^([^,]+?)(?<! for)(?<! in)(?<! during)(?<! from),? ((?:spring|summer|autumn|fall|winter) (?:19|20)\d\d)$", r"\1 in \2"),  # ", spring 2023"
    (r"^([^,]+), ((?:night|day|morning|evening|weekend|late|early|graveyard) shifts?)$",
     lambda m: f"the {m.group(2)} at {'the ' if m.group(1).split()[0] in _THE_LEADS else ''}{m.group(1)}"
     if shared(r"(?:[A-Z][\w'&.-]*\s?){1,4}").fullmatch(m.group(1))
     else f"the {m.group(2)} at the {m.group(1)}" if m.group(1).split()[-1] in _PLACES | {"home", "pharmacy", "hospital",
                                                                                          "hotel", "bar", "pub"}
     and m.group(1).split()[0] not in DETERMINERS | {"my", "our"}
     else f"{m.group(1)} on the {m.group(2)}"),  # "customer support team, night shift": on it;
    #   "Tesco, weekend shifts", "care home, night shifts": the shifts at it (reader 197)
    (r"^(.+?)(?<! in)(?<! of)(?<! for) (Q[1-4](?: (?:19|20)\d\d)?)$", r"\1 in \2"),  # "sales team Q4"
    (r"^(.+\b(?:site|office|branch|plant|depot|warehouse|store|hub|yard)) ([A-Z][a-z]+)$",
     r"\1 in \2"),  # "the construction site Manchester"
    (r"^([^,]+), (\d+ (?:weeks?|days?) on,? \d+(?: (?:weeks?|days?))? off)$", r"\1 (\2)"),  # a rota
    (r"^([^,]+), (summers)$", r"\1 in \2"),
    (r"^([^,]+), (weekends|weekdays|nights|evenings|mornings)$", r"\1 on \2"),  # ", weekends"
    (r"^(.+\b(?:shift|team|crew|desk|line|ward|kitchen)), ((?:(?:[A-Z][\w'&.-]*|das|dos|de|da|do|"
     r"del|of|la)\s?){2,5})$", r"\1 at \2"),  # "the night shift, Ford Louisville Assembly",
    #                                          "the COVID ward, Hospital das Clínicas"
    (r"^([^,]+), ((?:19|20)\d\d)(?: (?:to|until|till) |\s*[-\u2013]\s*)((?:19|20)\d\d)$",
     r"\1 from \2 to \3"),  # "Joburg call centre, 2020 to 2023", "..., 2019-2024"
    (r"^(.+?),? (?:[Ff][Yy] ?)(\d{2,4}(?:[-/]\d{2,4})?)$", r"\1 for FY\2"),  # "bookkeeping FY2022-23"
    (r"^([^,]+), ((?:[A-Z][\w'-]*\s){1,3}(?:Region|District|Valley|Delta))$",
     r"\1 in the \2"),  # "cocoa farmer training, Ashanti Region"
    (r"^([^,]+), ((?:[A-Z][\w'-]*\s){1,3}(?:Province|County|State|Prefecture|Oblast))$",
     r"\1 in \2"),  # "... programme, Kisumu County": a county's name takes no "the"
    (r"^((?!(?:the|my|our) )[^,]*?\b(?:home|farm|festival|club|stall|hotel|restaurant|church|school|hospital|"
     r"centre|center|camp|theatre|theater|kitchen|shop|market|site|estate|ranch|vineyard|marina|"
     r"gym|pool|library|museum)), ((?:[a-z][\w-]* ){0,2}(?:wing|unit|ward|season|crew|section|desk))$",
     r"\2 at the \1"),  # "Maplewood care home, dementia wing": the wing at the home; "music
    #   festival, stage crew": the crew at it (reader 192)
)]


def _firm_in_town(text: str) -> "Project | None":
    """Work in lower case, then a firm's name and its town after the comma: "retail pharmacy,
    Boots Manchester" -> "... at Boots in Manchester" (reader 179); None for anything else."""
    found = shared(r"^([a-z][^,()]*[a-z]), ([A-Z][\w'&.-]*) ([A-Z][\w'.-]*)$").match(text)
    if found and found.group(1).split()[-1].lower() not in _NAMED_THINGS \
            and lexicon.town(found.group(3)) and not lexicon.town(found.group(2)) \
            and not lexicon.place(f"{found.group(2)} {found.group(3)}") \
            and found.group(2).lower() not in ("uni", "university", "universit\u00e4t", "tu", "hochschule", "fh", "lmu"):
        the = "" if found.group(1).split()[0].lower() in DETERMINERS else "the "  # "Uni Mannheim" is a
        return Project(f"{the}{found.group(1)} at {found.group(2)} in {found.group(3)}", "common")  # name
    return None


def _placed(text: str) -> "Project | str":
    """A unit, course or project and the institution, place or region after its comma:
    "Stroke Unit, Charité" -> "the Stroke Unit at Charité"."""
    if shared(r" in [A-Z][\w'-]+(?: [A-Z][\w'-]+)?, [A-Z][\w'-]+$").search(text):
        return text  # "the water project in Nairobi, Kenya": placed already
    state = _IN_STATE.match(text)
    if state and state.group(3).upper() in _US_STATES and text[:1].islower():
        town = " ".join(w.capitalize() for w in state.group(2).split())
        return Project(f"{state.group(1)} in {town}, {state.group(3).upper()}", "common")  # "blade
        #   repair crew, sweetwater tx" -> "... in Sweetwater, TX", never "at TX"
    inside = _NAME_THEN_UNIT.match(text)
    if inside and not inside.group(1).split()[-1].endswith(("'s", "s'", "\u2019s")) \
            and inside.group(1).split()[-1].lower().strip(".") in _INSTITUTION_WORDS:  # "Smile
        #   Cairo dental clinic" is the clinic's own name
        # "Phoenix Children's Hospital pediatric ICU" -> "the pediatric ICU at Phoenix ..."
        return Project(f"the {inside.group(2)} at {inside.group(1).strip()}", "common")
    unit = _UNIT_AT.match(text)
    if unit and not shared(r"\d").search(unit.group(1)):  # "Stroke Unit, Charité": the unit at it
        from ..text import fold

        where = unit.group(2).strip()
        city = (len(where.split()) == 1 and lexicon.word_class(fold(where).lower()) == "P"
                and not _is_acronym(where)) or lexicon.town(where) or lexicon.place(where) == where
        #   "cardiac step-down unit, LUTH": at the hospital; "team, Mexico City": in the city
        the = "" if unit.group(1).split()[0].lower() in ("the", "my", "our", "his", "her", "their") \
            else "the "  # "the local desk, Malmö": never "the the local desk"
        return Project(f"{the}{unit.group(1)} {'in' if city else 'at'} {where}", "common")  # "the
        #   local desk in Malmö": a city is where, not an institution
    institution = _AT_INSTITUTION.match(text) or unit
    if institution:  # "MSc thesis group, TU Delft" -> "MSc thesis group at TU Delft";
        #              "Ward 7B, St Thomas' Hospital" -> "Ward 7B at St Thomas' Hospital"
        where = institution.group(2).strip()
        if shared(r"(?:University|College|Institute|School|Academy) of\b").match(where):
            where = "the " + where  # "at the University of Tehran"
        text = f"{institution.group(1)} in {_COUNTRY_CODES[where]}" if where in _COUNTRY_CODES \
            else f"{institution.group(1)} in {where}" if shared(
                r"(?:North|South|East|West|Northern|Southern|Eastern|Western|NE|NW|SE|SW) [A-Z]").match(where) \
            or lexicon.town(where) or lexicon.place(where) == where \
            else f"{institution.group(1)} at {where}"  # ", DRC": in the DRC (reader 163); "in NE
        #   England", a region; "team, Mexico City": in the city (reader 186)
    taught = shared(r"^([^,]+), ((?:[A-Z][\w'-]*\s)?(?:Universidad|University|Universite|Universitat|"
                      r"College|School|Institute|Academy)(?:\s(?:de|of|di|du|der)?\s?[A-Z][\w'-]*)*) "
                      r"((?:19|20)\d\d)$").match(text)
    if taught:  # "Máster en Traducción, Universidad de Salamanca 2022"
        return Project(f"the {taught.group(1)} at {taught.group(2)} in {taught.group(3)}", "common")
    for tail, said in _TAILS:  # "..., night shift" -> "... on the night shift"
        text = tail.sub(said, text)
    dated = shared(r"^([^,]+), ((?:19|20)\d\d)$").match(text)
    if dated and not _AT_INSTITUTION.match(text):  # "AP Calculus BC, 2017" -> "... (2017)"
        text = f"{dated.group(1)} ({dated.group(2)})"
    firm = _firm_in_town(text)
    if firm:
        return firm
    town = shared(r"^([^,]+), ([A-Za-z][a-zà-ÿ]{3,})$").match(text)
    if town and town.group(1).split()[-1].lower() in _NAMED_THINGS:  # "our startup, Fernleaf":
        text = f"{town.group(1)} {town.group(2)}"  # its name, never "our startup in Fernleaf"
    elif town and lexicon.word_class(town.group(2).lower()) in (None, "P") and not _FIRM_LIKE.search(town.group(2)):
        #   "gang, canterbury"
        text = f"{town.group(1)} in {town.group(2).capitalize()}"
    site = shared(r"^([^,]+), ((?:[A-Z][\w'-]* ){1,3}(?:warehouse|site|plant|office|store|branch|depot|"
                  r"hospital|clinic|school|campus|hub|factory|mill|mine|port|terminal|airport|base|"
                  r"station|farm|hotel|lab|centre|center))$").match(text)
    if site and site.group(2).split()[-1] == "airport":
        text = f"{site.group(1)} at {site.group(2)[:-len('airport')]}Airport"  # "at Copenhagen
        #   Airport", its name (reader 167)
    elif site:  # "the WMS rollout, Hanoi warehouse": at the Hanoi warehouse (reader 139)
        text = f"{site.group(1)} at the {site.group(2)}"
    field = shared(r"^((?:(?:the|my|our) )?[^,]*?(?:exchange|placement|internship|residency|fellowship|"
                   r"programme|program|course|degree|studentship|scholarship)), ([a-z][a-z -]+)$").match(text)
    if field and len(field.group(2).split()) <= 4 and field.group(2).split()[-1] in _MADE | {"project", "campaign"}:
        the = "" if field.group(2).split()[0] in DETERMINERS | {"our", "my", "his", "her", "their"} else "the "
        text = f"{field.group(1)} on {the}{field.group(2)}"  # "internship, cloud cost dashboard": a
        #   thing made, worked on (reader 197)
    elif field and len(field.group(2).split()) <= 4:  # "the Erasmus exchange, structural
        text = f"{field.group(1)} in {field.group(2)}"  # engineering": in that field (reader 139)
    where = shared(r"^(.+?[^-\u2013\u2014,\s])(?: [-\u2013\u2014,])? (backstage|onsite|on-site|offshore|overseas|abroad|front of house)$").match(
                     text)
    if where and (len([w for w in where.group(1).split() if w[:1].isupper() or w[:1].isdigit()]) > 1
                  or (_is_acronym(where.group(1)) and where.group(2) == "backstage")):  # "Paris Fashion Week 2023 backstage"
        return Project(f"{where.group(2)} at {where.group(1)}", "where")
    return text


def _tidied(text: str) -> str:
    """Capitals where they belong: "the" mid-sentence, "Black Friday", "CS 101", a place typed
    in lower case at the end ("in rural Kerala"); "the" before a named place's common head ("at
    the Target store")."""
    text = _PLACE_AT_END.sub(lambda m: m.group(0) if lexicon.word_class(m.group(2)) else
                             m.group(1) + (m.group(2).upper() if not shared("[aeiouy]").search(m.group(2))
                                           else m.group(2).capitalize()), text)  # "in HPLC"
    text = _COMPASS_PLACE.sub(lambda m: f"{m.group(1)} {m.group(2).capitalize()} {m.group(3).capitalize()}"
                              if lexicon.word_class(m.group(3)) in (None, "P") else m.group(0),
                              text)  # "in South Punjab"
    text = shared(r",?\s\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|"
                  r"tember|ober|ember)?\.? ((?:19|20)\d\d)$",
                  re.I).sub(lambda m: " in " + MONTH_OF[m.group(1).lower()] + " " + m.group(2),
                            text)  # "wedding shoot dec 2023" -> "... in December 2023"; "in
    #   Hatay, February 2023" -> "in Hatay in February 2023", no comma left open
    text = _TWO_UNKNOWN_AT_END.sub(lambda m: m.group(1) + " ".join(
        w.capitalize() for w in m.group(2).split()) if all(
            lexicon.word_class(w) in (None, "P", "F") for w in m.group(2).split())
        and m.group(2).split()[0] not in DETERMINERS else m.group(0),
        text)  # "in dak lak": two words no dictionary has, a place; "at the hackathon" is no
    #   place's name (reader 182)
    text = _NAMED_BEFORE.sub(lambda m: m.group(1).capitalize() + " " + m.group(2).capitalize()
                             if lexicon.word_class(m.group(1).lower()) in ((None, "P") if m.group(1).islower()
                                                                   else ("P",))
                             and (m.group(2) != "city" or lexicon.place(
                                 f"{m.group(1).capitalize()} City")) else m.group(0),  # "Munich city
                             #   bike-share" is Munich's; "mexico city" is a name (reader 125)
                             text)  # "kathmandu valley" -> "Kathmandu Valley" (the place may
    #   have its capital already: the lexicon has it)
    text = shared(r"\b(?i:at|in|from) University of\b").sub(lambda m: m.group(0).split()[0] + " the University of",
                  text)  # "at University of Moratuwa" -> "at the University of Moratuwa"
    text = shared(r"\b(in) (?!(?:January|February|March|April|May|June|July|August|September|"
                  r"October|November|December|Q[1-4]|H[12]|FY\S*) )((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+) ((?:19|20)\d\d)$").sub(
        r"\1 \2 in \3", text)  # "filming in Kharkiv 2022" -> "... in Kharkiv in 2022"
    if text.startswith("The ") and len(text.split()) > 1 \
            and not all(w[:1].isupper() or w in _FUNCTION_WORDS
                        for w in text.split("(")[0].split()) \
            and not shared(r"The [A-Z][\w-]*['\u2019]s\b").match(text):  # "The Hindu's desk": a title
        text = "the" + text[3:]  # "The Conti Family Winery's first export": "the" mid-sentence
    text = _HOLIDAYS.sub(lambda m: m.group(0).title().replace("'S", "'s"), text)  # "Black Friday"
    text = the_named_places(text)  # "at Target store" -> "at the Target store"
    text = shared(r"\b(at|in|for|during) (?!the\b)((?:[A-Z][\w'-]*\s)+(?:Olympics|Games|Expo|"
                  r"World Cup|Biennale|Marathon))\b").sub(r"\1 the \2", text)  # "at the Paris Olympics"
    text = shared(r"^([a-z]{2,5})([- ]?\d{2,4}[a-z]?)\b").sub(
                  lambda m: m.group(1).upper() + m.group(2).upper()
                  if m.group(1) not in _NOT_COURSE else m.group(0), text)  # "cs 101" -> "CS 101"
    return text


def _said_by_someone(text: str, words: list[str]) -> Project | None:
    """A clause ("our team moved the ward to electronic charting"), a possessive ("my
    clerkship", "Acme Corp's intranet") or what "we" did; None for anything else."""
    first = words[0].lower()
    if len(words) > 3 and any(_finite(w.lower()) and not w[:1].isupper() and not (
            word_class(w.lower()) in ("Z", "N", "D") and word_class(words[i + 1].lower()) in (
                "N", "G", "J", None)) and not (
            words[i - 1][:1].isupper() and i > 1 and i + 1 < len(words)
            and words[i + 1][:1].isupper()) and not (
            w.lower().endswith("s") and i + 1 < len(words)
            and words[i + 1].lower() in ("in", "at", "for", "of", "across")
            and word_class(w.lower()) in ("N", "Z"))  # "the Glasgow schools STEM outreach
        #   week", "women's savings groups in Dang district"
        #   "the rare books reading room", "the Govan detached youth
        #                                  work", "my sports physio clinic's first year"
            for i, w in enumerate(words[1:3], start=1)) and (
            first in DETERMINERS or words[0].endswith(("'s", "s'"))):
        return Project(text, "clause")  # "our team moved the ward to electronic charting"
    if first in ("my", "our", "your", "his", "her", "their"):
        head_, _, tail = text.partition(", ")
        when = tail.split()
        if when and _YEAR.match(when[0]):  # "my clerkship, 2021-2022 term"
            text = f"{head_} in the {tail}" if len(when) > 1 else \
                f"{words[0]} {when[0]} {' '.join(head_.split()[1:])}"
        return Project(lower_first(text) if first in ("my", "our") else text, "possessive")
    owner = next((i for i, w in enumerate(words[:5]) if w.endswith(("'s", "s'", "\u2019s"))
                  and w.lower().split("'")[0] not in ("master", "bachelor", "doctor")), None)
    if first in ("master's", "masters", "bachelor's", "bachelors") and len(words) > 1:
        if words[1].lower() in ("seminar", "course", "class", "module", "programme", "program"):
            return Project("the " + text, "common")  # "the master's seminar": the teacher's
        return Project("my " + text, "possessive")  # "Master's thesis on ..." is my thesis
    body = " ".join(words[:owner + 1]) if owner is not None else ""
    if owner and shared(r"(?:[A-Z][\w-]* )*(?:" + _THE_BODIES + r")['\u2019]s").fullmatch(body):
        return Project("the " + text, "common")  # "the Warsaw Uprising Museum's digital archive",
        #   "the National Trust's coastal path restoration": a body that takes its article
    if owner is not None and words[owner].lower().split("'")[0] in _EPONYMS and words[0][:1].isupper():
        return Project("the " + text, "common")  # "the Vienna Alzheimer's imaging trial": a
        #   disease's name, never an owner (reader 157)
    if owner is not None and owner + 1 < len(words) - 1 \
            and words[owner + 1].lower() in _AFTER_S_IN_A_NAME and words[0][:1].isupper() \
            and not words[owner].split("'")[0].isupper() \
            and any(w.islower() and w not in ("&", "and") for w in words[owner + 2:]):
        return Project("the " + text, "common")  # "the Kumasi Children's Hospital EHR rollout",
        #   "the Hawke's Bay orchard recovery": the name holds the "'s"
    if owner is not None and owner < len(words) - 1:
        if all(w[:1].isupper() or w in ("&", "and") or (i and w[:1].isdigit())
               for i, w in enumerate(words[:owner + 1])):  # "Station 14's hazmat upgrade"
            if _YEAR.match(words[-1]) and words[-1].isdigit() and owner < len(words) - 2:
                words = [*words[:owner + 1], words[-1], *words[owner + 1:-1]]  # "Boston
                text = " ".join(words)  # Children's 2023 fundraising gala"
            return Project(text, "possessive")  # "Aaron's podcast launch", "Acme Corp's intranet"
        if owner == 1 and words[0].islower() and words[0] in _NAMED_BY_CODE and shared(
                r"[\dA-Z]").search(words[1].split("'")[0]):
            return Project(words[0].capitalize() + text[len(words[0]):], "possessive")  # "ward
            #   7B's fall-prevention pilot": Ward 7B is a name (reader 113), never "the ward 7B's"
        if owner == 0 and words[0][:1].islower() and _a_name(words[0].split("'")[0]):
            return Project(words[0][:1].upper() + text[1:], "possessive")  # "marco's relaunch"
        if owner == 0:
            return Project("the " + text, "common")  # "ship's engine room refit"
    if first in ("how", "when", "where") and len(words) > 2 and words[1].lower() in (
            "we", "i", "you"):
        return project(" ".join(words[1:]))  # "how we rebuilt the intake" -> "rebuilding ..."
    if first in ("we", "i", "you") and len(words) > 2:
        verb = words[1].lower()
        past = lexicon.word_class(verb) == "D" or _same_past(verb)
        forms = lexicon.verb_forms(verb)
        if first != "you" and past and forms:  # "we rebuilt the intake process"
            return Project(" ".join([forms[2], *words[2:]]), "gerund")
        if first == "you" and words[2].lower() in ("my", "our") and len(words) > 3:
            # "you supervised my thesis" -> "the thesis you supervised"
            return Project(f"the {' '.join(words[3:])} you {words[1]}", "common")
        return Project(text, "clause")
    return None


def _named_or_common(text: str, words: list[str]) -> Project:
    """A course, a named title, a gerund, or a common noun that takes "the"."""
    first = words[0].lower()
    low = [w.lower() for w in words]
    moved = next((i for i, w in enumerate(low) if 1 < i <= 4 and w in ("to", "into", "onto", "from")), 0)
    if moved and words[0].islower() and lexicon.word_class(first) == "D" \
            and all(w.islower() and w not in DETERMINERS for w in words[1:moved]):
        forms = lexicon.verb_forms(lexicon.lemma(first))
        if forms:  # "migrated billing to stripe": migrating billing to Stripe, a deed, never
            return Project(" ".join([forms[2], *words[1:]]), "gerund")  # "the migrated billing
            #                                                              project" (reader 182)
    if words[0] in ("MSc", "BSc", "MA", "BA", "LLM", "LLB", "MPhil", "MBA", "MFA", "MEng", "BEng",
                    "MRes", "BEd", "MEd", "PGDE", "PGCE", "PGDip", "PGCert", "MSW", "MPH",
                    "MPA", "BSN", "MSN", "M1", "M2", "L3") and len(words) > 1 and not shared(r"\S+ (?:\S+ )?(?:thesis|dissertation|research|capstone|project)\b").match(text) \
            and not shared(r"\d{3,4}[A-Za-z]?").fullmatch(words[1]):  # "MBA 612": a course
        upto = next((i for i, w in enumerate(words) if i and w in ("at", "in", "from")), len(words))
        subject = words[1:upto]
        if len(subject) == 1 and subject[0] in _STAGES | _PERIODS:
            return Project("the " + text, "common")  # "the MSc placement", never "in Placement"
        if len(subject) > 1 and subject[0] in _STAGES | _PERIODS and all(w.isalpha() and w.islower() for w in subject) \
                and subject[-1] not in _DEGREE_NOUNS:  # "MBA study group": a group
            return Project(" ".join(["the", words[0], subject[0], "in", *subject[1:], *words[upto:]]),
                           "common")  # "M2 internship geotechnical monitoring": an internship in it,
            #   never "the M2 in Internship Geotechnical Monitoring" (reader 163)
        if len(subject) > 1 and subject[-1] in _COURSE_FORMATS | _WORK_IN_A_COURSE | {
                "elective", "electives", "modules", "course", "courses", "rotation", "rotations"}:
            return Project("the " + text, "common")  # "the MBA consulting practicum", "the MBA
            #   finance electives": a part of the degree, never "the MBA in Finance Electives"
            #   (reader 181)
        if any(w in ("project", "projects", "group", "team", "competition", "trip", "club", "society",
                     "challenge") for w in subject):
            return Project("the " + text, "common")  # "the MBA group consulting project for a local
            #   brewery": work in the degree, never "the MBA in Group Consulting Project" (reader 189)
        if subject and all(w.isalpha() and w.islower() for w in subject) \
                and subject[-1] not in _DEGREE_NOUNS and words[1:2] != ["in"]:  # a programme
            #   titled in capitals keeps its name: "the MSc Data Journalism at Columbia"
            title = " ".join(w if w in _FUNCTION_WORDS else w.capitalize() for w in subject)
            text = " ".join([words[0], "in", title, *words[upto:]])  # "the MSc in Journalism
        #                                                             at Strathclyde"
        return Project("the " + text, "common")  # "in the BSc Agricultural Science at UNZA"
    numbered = shared(r"^([a-z][a-z ]*? (?:studio|lab|seminar|module|workshop|unit|level|year)) "
                        r"(\d+[a-z]?)$").match(text)
    if numbered:  # "architecture studio 3" -> "Architecture Studio 3", a course said "in"
        return Project(" ".join(w.capitalize() for w in numbered.group(1).split())
                       + " " + numbered.group(2), "course")
    if words[0] in ("AP", "IB", "GCSE", "IGCSE") and len(words) > 1:
        if words[-1].lower() in _UNITS_OF_A_FIRM | {"club", "society", "programme", "program", "trip", "project"}:
            return Project("the " + text, "common")  # "the AP Chemistry department" (reader 206)
        return Project(text, "course")  # "AP Calculus BC": a course, said "in"
    if _ROMAN_COURSE.match(text) and words[0].lower() not in ("phase", "stage", "part", "operation",
                                                             "project", "world", "war"):
        return Project(shared(r" \(([^()]+)\)$").sub(lambda m: (" in " if shared(
            r"(?i)^(?:(?:spring|summer|autumn|fall|winter|michaelmas|lent|trinity|hilary|term \d) )?(?:19|20)\d\d"
            r"(?:[-/]\d\d)?$").match(m.group(1)) else " at ") + m.group(1), text), "course")  # "Derecho Laboral
        #   II", "Cenografia III at UNIRIO", "Structural Engineering II (Politecnico di Milano)":
        #   at the school that taught it (reader 181); "Econometrics II (Fall 2022)" in its term
        #   (reader 186)
    if len(words) >= 3 and words[0][:1].isupper() and not _is_acronym(words[0]) \
            and _COURSE.match(" ".join(words[1:3])) and len(words) == 3:
        return Project(f"{words[1]} {words[2]} at {words[0]}", "course")  # "CS 106B at Stanford"
    level = shared(r"^(?:(?:Business|Academic|General|Medical|Legal|Technical|Conversational) )?([A-Z][a-z]+) "
                   r"[ABC][12]\+?(?: \([^()]+\))?$").match(text)
    if level and level.group(1).lower() in LANGUAGES:
        return Project(shared(r" \(([^()]+)\)$").sub(lambda m: (" in " if shared(
            r"(?i)^(?:(?:spring|summer|autumn|fall|winter|term \d) )?(?:19|20)\d\d$").match(m.group(1)) else " at ")
            + m.group(1), text), "course")  # "Business English
        #   B2 (British Council Tokyo)": a language course at its level, taught in (reader 181)
    if len(words) == 2 and low[0] in LANGUAGES | _SUBJECTS and shared(r"\d{1,4}[A-Za-z]?").fullmatch(words[1]):
        return Project(text, "course")  # "Japanese 301", "Chemistry 11"
    if (_COURSE.match(" ".join(words[:2])) or _COURSE.match(words[0])) \
            and shared(r"\d+$").sub("", words[0].upper()) not in _NOT_COURSE_CODES:  # "NHS 111 call
        #   centre" is a service, "COP21 pool coverage" a conference
        code = 2 if _COURSE.match(" ".join(words[:2])) else 1
        if len(words) > code and ((low[-1] in _WORK_HEADS - _WITHIN
                                   and not all(_titled(w) for w in words[code:]))  # "MBA 612
                                  #   Operations Strategy" is a course's title
                                  or low[-1].split("-")[-1] in _WORK_ON_A_MACHINE):
            return Project("the " + text, "common")  # "the TF6000 turbofan test campaign", "the
            #   ATR 72 C-check": a code that names the work or the machine, not a course
        if low[-1] in _AFTER_A_TICKET or (len(words) > code + 1 and _is_acronym(words[code])
                                          and low[-1] in ("work", "duties", "role", "job")):
            return Project("the " + text, "common")  # "the INC-4421 postmortem", "the CS101 TA
            #   work": a ticket's or a course's work, never "INC-4421 (Postmortem)" (readers
            #   181, 182)
        if all(_titled(w) for w in words[code:]) or low[-1] in _SUBJECTS or low[code:code + 1] \
                == ["and"]:
            return Project(text, "course")  # "MKTG 301", "CS 101 Intro to Programming"
        if shared(r"(?:AW|SS|FW|PF|RS)\d{2}").fullmatch(words[0]):
            if low[-1] in ("collection", "collections", "range", "line", "show", "campaign", "shoot",
                           "drop", "launch", "lookbook"):
                return Project("the " + text, "common")  # "the SS25 menswear collection"
            return Project(text, "proper")  # "AW24 womenswear": a fashion season's line, worked
            #   on, never "in AW24 (Womenswear)" (reader 116)
        rest = words[code:]
        where = next((i for i, w in enumerate(rest) if i and w in ("at", "in")), len(rest))
        rest, at = rest[:where], " ".join(rest[where:])  # "senior design at LSU": at LSU
        if rest and all(w.isalpha() for w in rest) and any(w[:1].islower() for w in rest) \
                and not (rest[0][:1].islower() and any(w[:1].isupper() for w in rest[1:])) \
                and rest[-1].lower() not in _WORK_IN_A_COURSE \
                and not (len(rest) == 1 and rest[0].islower() and rest[0].endswith("ing")) \
                and not (len(rest) == 2 and rest[0].islower() and rest[1] in ("management",
                                                                           "support", "work")) \
                and rest[-1].lower() not in _PERIODS | _COURSE_FORMATS:  # "the ARCH 5010 studio",
            #   never "ARCH 5010 (Studio)": how it is taught, no title; "field trip to Hokkaido"
            #   is typed in lower case around a name, no title either (reader 144)
            title = " ".join(w if w in _FUNCTION_WORDS | _NAME_PARTICLES | {"y", "e", "en"}
                             else w.capitalize() for w in rest)  # "Taller de Vivienda Social"
            return Project(f"{' '.join(words[:code])} ({title})" + (f" {at}" if at else ""),
                           "course")  # "CS 6140 (Machine Learning)", "CM 4300 (Senior
            #                            Design) at LSU"
        return Project("the " + text, "common")  # "the ACCT 301 group project"
    if shared(r"[A-Z]{1,3}-?\d{2,4}[A-Z]?").fullmatch(words[0]) and len(words) > 1 \
            and low[min(len(low) - 1, next((i for i, w in enumerate(low) if i and w in ("at", "in", "for")), len(low)) - 1)].split("-")[-1] in _WORK_ON_A_MACHINE:
        return Project("the " + text, "common")  # "the A320 C-check at Prestwick"
    if low[0].endswith("ing") and bool(lexicon.verb_forms(low[0][:-3]) or lexicon.verb_forms(low[0][:-3] + "e")) \
            and len(low) > 1 and low[0] not in _THINGS_IN_ING \
            and low[1] not in _PREPOSITIONS and text[:1].islower() and (
                words[1][:1].isupper() or low[1] in DETERMINERS):
        return Project(text, "gerund")  # "teaching English in Sapporo": work done, never "in
        #   teaching English" (reader 144)
    named = _named_head(words)
    if named:
        if _YEAR.match(words[-1]) and not words[-1].isdigit():  # "JV basketball (2019-2021)"
            text = f"{' '.join(words[:-1])} ({words[-1]})"
        return Project(text, named)  # "Grade 9 science at Lincoln High", "Black Friday 2024"
    if len(words) > 2 and words[0] == "the" and _YEAR.match(words[-1]) and words[-1].isdigit() \
            and all(w.islower() and w.isalpha() for w in words[1:-1]) \
            and low[-2] not in _FUNCTION_WORDS | _PREPOSITIONS:  # "the vineyard harvest 2023":
        return Project(f"the {words[-1]} {' '.join(words[1:-1])}", "common")  # the 2023 one
    if len(words) > 1 and _YEAR.match(words[-1]) and words[0].lower() not in DETERMINERS \
            and low[-2] not in ("to", "from", "since", "until", "in", "of", "for", "by", "during",
                                "through", "spring", "summer", "autumn", "fall", "winter",
                                *(m.lower() for m in MONTH_OF.values())) \
            and not all(_titled(w) for w in words[:-1]) \
            and not (words[-2][:1].isupper() and len(words) > 2 and words[-3].lower() in ("at", "in")
                     and words[-1].isdigit()) \
            and not (first.endswith("ing") and word_class(first) != "N"):  # "at Tokyo 2020" is
        #   the Games' name
        return Project(_year_first(words), "common")  # "the 2024 tax season"
    cls = [word_class(w) for w in low[:3]] + [None] * 3
    deed = len(words) > 2 and first.endswith("ing") and first not in _THINGS_IN_ING \
        and bool(lexicon.verb_forms(lexicon.lemma(first))) and all(w.islower() for w in words) \
        and (low[-1] in _WHAT_IS_WORKED_ON or (shared(r"[a-z]{3,}s").fullmatch(low[-1]) is not None
                                               and not low[-1].endswith(("ss", "is", "us", "ics"))
                                               and low[-1] not in ("series", "species", "news")))
    #   "retrofitting council housing", "training ward nurses": a deed and its object
    compound = (cls[0] != "G" and cls[1] == "N" and not low[1].endswith("s")
                and low[1] not in DETERMINERS and not (words[0][:1].islower() and words[1][:1].isupper())
                and not deed) or (first.endswith("ing") and low[1:2] and low[1] in _WORK_HEADS and (
                    len(low) == 2 or low[2] in _PREPOSITIONS | {"at", "in", "on", "for"}))  # "signalling
    #   upgrade", "ticketing rollout", "hiring push": a piece of work, never a deed (reader 177)
    #   "the hiring drive", not "migrating payroll" or "opening Saffron & Salt"
    noun_first = cls[0] == "N" and low[1:2] and low[1] in ("at", "in", "on", "near", "during",
                                                           "from")  # "wedding at Finca X"
    named_after = len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper() \
        and low[1] not in DETERMINERS  # "Leaving Cert history class", "Building Bridges"
    if first.endswith("ing") and len(words) > 1 and low[1] != "of" and not compound \
            and not shared(r"(?:anti|non|counter)-").match(first) \
            and not ("-" in first and first.split("-")[0] not in _VERB_PARTS
                     and lexicon.word_class(low[1]) == "N") \
            and not (cls[0] == "N" and low[1] in _PREPOSITIONS) \
            and (cls[0] is not None or low[1] in DETERMINERS | {"my", "our", "your", "their"}
                 or (words[0][:1].islower() and words[1][:1].isupper() and len(first) > 5
                     and first not in _THINGS_IN_ING)  # "porting Tidebreaker to Switch"
                 or bool(lexicon.verb_forms(first[:-3]) or lexicon.verb_forms(first[:-3] + "e")
                         or (first.startswith("re") and (lexicon.verb_forms(first[2:-3])
                                                         or lexicon.verb_forms(first[2:-3] + "e"))))) \
            and not noun_first and not named_after \
            and (low[1] not in _PLACES | {"room", "unit", "centre", "center"} or words[1][:1].isupper()) \
            and first not in ("spring", "evening", "morning", "string", "wing", "king", "hurling",
                              "curling", "bowling", "sailing", "wedding") \
            and (_gerund_kind(low, cls) == "gerund" or deed or (
                words[0][:1].islower() and words[1][:1].isupper() and cls[0] in ("G", "N", None)
                and bool(lexicon.lemma(first) != first or lexicon.verb_forms(first[:-3])
                         or lexicon.verb_forms(first[:-3] + "e")
                         or (first.startswith("re") and lexicon.verb_forms(first[2:-3]))
                         or (len(first) > 6 and first not in _THINGS_IN_ING)))):  # "sourcing
        #   Saaz hops", though the lexicon knows "source" only as a noun
        #   "rebranding Nordlys Ferries", "opening Saffron & Salt": a deed done to a name; a
        #   "birthing centre" or a "nursing home" is a place, not a deed
        rest = words[1:]
        upto = next((i for i, w in enumerate(rest) if w in ("at", "in", "for", "with", "to", "on")
                     or w.endswith(",")), len(rest))
        if rest[0][:1].isupper() and not rest[0].isupper() and upto > 1 \
                and rest[upto - 1][:1].islower() \
                and word_class(rest[upto - 1].lower()) == "N" and not rest[0].endswith(("'s", "s'")):
            text = f"{words[0]} the {' '.join(rest)}"  # "rewiring the Grace Baptist fellowship
            #   hall": a named building's common head takes "the"
        return Project(lower_first(text) if words[1][:1].islower() else text, "gerund")
    upto = next((i for i, w in enumerate(low) if w in ("at", "in", "on", "for", "with")), len(low))
    if words[0] in ("Les", "La", "Le", "El", "Los", "Las", "Il", "Die", "Der", "Das", "Os", "As") \
            and len(words) > 1 and all(w[:1].isupper() for w in words[:upto]):
        return Project(text, "proper")  # "Les Bonnes at Théâtre de l'Odéon": its own article
    if words[0] == "The" and len(words) > 1 and all(
            _titled(w) or w in _FUNCTION_WORDS for w in text.split("(")[0].split()[1:]) \
            and text.split("(")[0].split()[-1].lower() not in _TAKES_THE:  # "the Atlas Data Platform"
        return Project(text, "proper")  # "The River Keepers (CBC)": a title keeps its "The"
    if words[0] == "An" and len(words) > 1 and words[1][:1].isupper():
        return Project(("the " if len(words) > 2 else "") + text, "common" if len(words) > 2
                       else "proper")  # "the An Post parcel hub automation": Irish "An" is a name's
    if first in ("the", "a", "an", "this", "that", "these", "those"):
        return Project(first + text[len(first):], "common")  # "that awful stats project"
    named = shared(r"^((?:[A-Z][\w'&-]*\s?){1,4}), (?:our|my|the|a|an|his|her|their) \S").match(text)
    if named and not any(lexicon.common_when_capitalised(w.lower())
                         for w in named.group(1).split()):
        return Project(text, "proper")  # "Ashfall, our co-op survival game": a name, then what
        #                                 it is
    if first in _SHIFTS and len(words) > 2 and low[1] in ("on", "at", "in"):
        return Project(text, "proper")  # "nights on Ward 4B": on nights, no "the"
    if words[0] in _DEGREES and len(words) > 2 and (low[1] in ("in", "at") or words[1][:1].isupper()):
        return Project("the " + text, "common")  # "the MA in Medieval History at Durham"
    numbered = shared(r"^([a-z]+) ([1-4]\d\d)((?: (?:at|in) | \().*)?$").match(text)
    if numbered and numbered.group(1) not in _NOT_COURSE and (
            word_class(numbered.group(1)) == "N" or numbered.group(1) in _SUBJECTS):
        return Project(numbered.group(1).capitalize() + text[len(numbered.group(1)):],
                       "course")  # "ceramics 101 at the community college"
    if shared(r"(?:MSc|BSc|MA|BA|LLM|LLB|MPhil|PhD|DPhil|MBA|MFA|MEng|MRes|EdD|master's|"
                r"bachelor's|honours|undergraduate|doctoral) (?:\S+ )?(?:thesis|dissertation|"
                r"research|capstone|project)(?=$|,| (?:on|in|at|for|about|into|with)\b)").match(text):
        return Project("my " + text, "possessive")  # "my LLM dissertation on ...": one's own
    if words[0] in ("ICU", "NICU", "PICU", "CCU", "HDU", "ER", "ED", "A&E") and len(words) > 1:
        return Project("the " + text, "common")  # "in the ICU at St. Luke's"
    if first in ("la", "le", "les", "el", "los", "las", "il", "lo", "die", "der", "das") \
            and len(words) > 2 and words[1][:1].isupper() and words[-1][:1].islower() \
            and word_class(low[-1]) in ("N", None):
        return Project("the " + text, "common")  # "the El Comercio investigation"
    if first in ("la", "le", "les", "el", "los", "las", "il", "lo", "die", "der", "das") \
            and len(words) > 1:
        return Project(text, "proper")  # "la refonte du site": its own article, no "the"
    if shared(r"(?i)^(?:v\d+(?:\.\d+)*|version \d+|phase \d+|release \d+|season \d+|series \d+|"
                r"volume \d+|episode \d+|chapter \d+|issue \d+)(?: of\b|$)").match(text) \
            and len(words) > 1:
        return Project(text, "proper")  # "v2 of the mobile app": a version is named, no "the"
    if shared(r"^(?:[A-Z]{2,6}|bar|board|exam|entrance exam|11\+) prep(?:aration)?$").match(text):
        return Project(text, "course")  # "GMAT prep": taught in, never "the GMAT prep project"
    if len(words) == 1:
        if words[0][:1].isupper() or _is_acronym(words[0]) or lexicon.word_class(first) == "P":
            return Project(cap(text), "proper")
        if first in ("thesis", "dissertation", "capstone", "internship", "residency",
                     "apprenticeship", "placement", "practicum"):
            return Project("my " + first, "possessive")  # "my thesis", never "the thesis project"
        if first in _PLACES:
            return Project("the " + first, "common")  # "deli": the deli one works at, never "the
            #   deli project" (reader 194)
        return Project(text + " project", "common")
    titled = [w for w in words if not w.startswith("(")]
    if titled and all(_titled(w) for w in titled):
        named = low[: next((i for i, w in enumerate(low) if i and w in ("at", "in", "on", "of")),
                           len(low))]
        last = next((w for w in reversed(named) if not _YEAR.match(w)), low[-1])  # "Executive
        #                                                     MBA at INSEAD": an MBA, with "the"
        if last in _TAKES_THE and first not in ("project", "operation"):
            return Project("the " + text, "common")  # "the Atlas Data Platform"
        return Project(text, "proper")  # "Project Apollo", "Read Across Riverside", "TechConnect 2023"
    if _head_noun(text) in _DOING or (
            text[:1].islower() and _head_noun(text).endswith(("therapy", "ology", "iatry", "istry"))
            and _head_noun(text) not in ("registry", "ministry", "technology")):
        return Project(text, "course")  # "Sunday school teaching at Christ Church", "physiotherapy
    #   at Universitario de Deportes", "radiology at St Mary's": a discipline, worked "in"
    if text[:1].islower() and _an_activity(_head_noun(text)):
        return Project(text, "common")  # "asylum interview interpreting": no "the" (np); a
    #                                     name's keeps it ("the Eglinton Crosstown signalling")
    return Project("the " + text, "common")  # "the migration to Kubernetes", "the Q3 audit"


# Heads of a piece of work (the kind "a project like this" can mean).
_WORK_HEADS = frozenset("""project rollout roll-out upgrade redesign rebuild overhaul refit fit-out
refurbishment renovation expansion migration launch relaunch rebrand campaign audit review
implementation transition conversion construction integration build pilot study survey
rewrite replatforming modernisation modernization consolidation merger acquisition
restructuring reorganisation reorganization cutover deployment installation upgrade gala
appeal drive event conference festival summit exhibition fundraiser initiative programme
program plan strategy system platform app website portal tool dashboard model pipeline
process report push revamp refresh sprint transformation""".split())
# Work named by its doing: "Sunday school teaching", "night-shift nursing" (said "in", no "the").
_DOING = frozenset("""teaching nursing tutoring coaching volunteering lifeguarding housekeeping
caregiving childminding bartending waitressing counselling counseling payable
receivable""".split())
_NAME_THEN_UNIT = lazy(r"^((?:[A-Z][\w'&.-]*\s){2,6})((?:[a-z][\w-]*\s){0,3}(?:ICU|NICU|PICU|ER|"
                       r"ward|unit|department|lab|laboratory|clinic|kitchen|desk|office|pharmacy))$")
# What a course's code may be followed by that is work done in it: "the ACCT 301 group project".
# What follows a ticket's number: "INC-4421 postmortem", "JIRA-118 hotfix".
_AFTER_A_TICKET = frozenset("""postmortem post-mortem incident outage ticket bug fix hotfix rca
escalation rollback root-cause""".split())
_WORK_IN_A_COURSE = frozenset("""project projects assignment capstone paper presentation case study
report lab team group competition challenge essay thesis exam portfolio""".split())
# What one keeps doing rather than works on: "while running the front desk".
_ONGOING = frozenset("""looking caring minding babysitting nannying tutoring teaching coaching
mentoring volunteering working serving running managing leading supervising covering staffing
hosting living studying training playing singing performing cooking waiting bartending
driving nursing helping assisting""".split())
# Words that make a name a place one works at, in any language: "Ysgol Gerdd Ceredigion".
_VENUE_WORDS = frozenset("""ysgol escola escuela école ecole colegio liceo lycée lycee school
academy hospital clinic hotel café cafe restaurant bakery kitchen comedor hostel""".split())
# What a base may be, a place one works at: "the SAME ambulance base", "the air base".
_BASES = frozenset("ambulance air army military naval navy fire field research helicopter "
                   "forward operating logistics rescue lifeboat coastguard".split())
_EVENTS = frozenset("""hackathon conference gala festival summit fair expo retreat symposium
convention tournament bootcamp show exhibition congress forum meetup""".split())
# A place named by its kind first: "Trattoria Bianchi", "Café Lucía", "Hotel Adlon".
_PLACE_FIRST = frozenset("trattoria cafe café bistro hotel restaurant bakery pub clinic hospital "
                         "ong ngo fundación fundacion fundação associação asociación stichting "
                         "finca hacienda estancia rancho quinta fazenda masseria agriturismo "
                         "ryokan riad chateau château domaine bodega "
                         "praxis klinik clinica clínica consultorio apotheke farmacia kanzlei "
                         "panadería panaderia pastelería boulangerie patisserie pâtisserie "
                         "bäckerei bageri konditori "
                         "brasserie taverna osteria taberna tasca cantina churrascaria "
                         "pizzeria ristorante restaurante gasthaus gasthof cervejaria "
                         "marisqueira padaria pastelaria pousada posada auberge "
                         "orchestre orquesta orchestra philharmonie".split())


# Names with an "'s" that own nothing: "Alzheimer's", "Crohn's".
_EPONYMS = frozenset("""alzheimer parkinson crohn huntington hodgkin tourette asperger down
addison cushing graves""".split())
_WITHIN = frozenset("practice department division unit club society association union league "
                    "office ensemble orchestra choir band troupe company quartet quintet trio "
                    "duo sextet octet detachment battalion regiment squadron platoon brigade "
                    "chapter choir band seminar course class module lecture tutorial "
                    "operations sales admissions communications lettings mba emba msc ma mphil phd mfa llm degree programme diploma "
                    "masterclass certificate "
                    "workshop group cohort classes lessons courses workshops seminars icu nicu batch "
                    "picu section ward wing postgraduate er ed a&e ccu hdu scbu area ministry".split())


_MONTHS = frozenset("""january february march april may june july august september october
november december""".split())


def _year_first(words: list[str]) -> str:
    """A project with its year at the end, as a reader says it: "tax season 2024" -> "the 2024
    tax season"; "fintech hackathon Lagos 2024" -> "the 2024 Lagos fintech hackathon";
    "malaria bednet distribution, Kano 2018" -> "the 2018 Kano malaria bednet distribution";
    "Patel & Sons audit, tax season 2024" -> "the Patel & Sons audit in the 2024 tax season";
    "Beirut port blast relief, August 2020" -> "the August 2020 Beirut port blast relief"."""
    when, rest = [words[-1]], [w for w in words[:-1]]
    if rest and rest[-1].lower().rstrip(",") in _MONTHS:
        when.insert(0, rest.pop().rstrip(","))
    text = " ".join(rest).rstrip(",;:- ")
    year = " ".join(when)
    if ", " in text:
        head, tail = text.rsplit(", ", 1)
        if all(w[:1].isupper() for w in tail.split()):
            if head[:1].isupper() and _common_first(head) == head:  # a name first, as typed:
                return f"the {head} ({tail}, {year})"  # "the Operation Cabrit deployment
            #                                            (Estonia, 2021)"
            return f"the {year} {tail} {_common_first(head)}"  # a place
        if "," not in head:
            return f"the {_common_first(head)} in the {year} {tail}"  # a time within the year
    if shared(r"\d[-\u2013/]").search(year):
        return f"the {text} ({year})"  # "the Trinity College Enactus programme (2019-2020)"
    owner = next((i for i, w in enumerate(text.split()) if w.endswith(("'s", "s'"))), None)
    if owner is not None and owner < len(text.split()) - 1:  # "the Lagos newsroom's 2023
        parts = text.split()  # election coverage", not "the 2023 Lagos newsroom's ..."
        return " ".join(["the", *parts[:owner + 1], year, *parts[owner + 1:]])
    tail_names = []
    parts = text.split()
    while len(parts) > 1 and parts[-1][:1].isupper() and not _is_acronym(parts[-1]) and (
            parts[0][:1].islower() or _is_acronym(parts[0])):  # "COVID drive Chennai 2021"
        tail_names.insert(0, parts.pop())  # "fintech hackathon Lagos": the place goes first
    if tail_names and parts[-1].lower() in _FUNCTION_WORDS | DETERMINERS:
        parts, tail_names = parts + tail_names, []  # "in the Eastern District" stays put
    return " ".join(["the", year, *tail_names, _common_first(" ".join(parts))])


def _common_first(text: str) -> str:
    """Lower-case the first word only when it is a common word: "tax season", but "Brazil-
    Portugal trade mission" and "Patel & Sons audit" keep their names."""
    first = text.split()[0] if text.split() else ""
    common = lexicon.common_when_capitalised(first.lower()) or (
        lexicon.known(first.lower()) and word_class(first.lower()) != "P" and "-" not in first)
    return lower_first(text) if common and not words_are_name(text) else text


def words_are_name(text: str) -> bool:
    """"Patel & Sons": a capitalised word before "&" or a second capitalised word."""
    words = text.split()
    return len(words) > 1 and (words[1] == "&" or words[1][:1].isupper())


def _head_noun(np: str) -> str:
    """The noun a project's phrase is about: "postdoc" in "my postdoc in the Nakamura lab"."""
    words = [w for w in np.lower().split() if not _YEAR.match(w) and not w.startswith("#")]
    typed = np.split()
    cut = next((i for i, w in enumerate(words) if i and w in ("in", "at", "for", "with", "on",
                                                              "of", "during", "from", "to",
                                                              "under", "through", "via",
                                                              "across", "within", "between",
                                                              "into", "about", "against",
                                                              "around", "towards", "toward",
                                                              "near", "outside", "beside")
                and not (w == "of" and i + 1 < len(words) and len(typed) == len(words)
                         and typed[i - 1][:1].isupper() and typed[i + 1][:1].isupper())),
               len(words))  # "the Port of Agadir expansion": an expansion
    return words[cut - 1].strip(",.") if cut else ""


# What may follow a degree's letters and is no subject: "the MBA programme at Wharton".
_DEGREE_NOUNS = frozenset("""group team circle program programme course class cohort degree students student
year years intake""".split())
# School subjects and sports: a class or a team, said without "the" ("in Grade 9 science",
# "in JV basketball").
_SPORTS = frozenset("""basketball football soccer hockey baseball softball volleyball swimming
rugby cricket netball tennis track lacrosse athletics rowing wrestling boxing gymnastics
handball hurling swim badminton judo karate cycling skiing climbing 5-a-side futsal""".split())
_SUBJECTS = frozenset("""science sciences math maths mathematics english history geography art
music drama pe chemistry biology physics french spanish german latin economics literature
woodwork metalwork carpentry cookery ict hairdressing barbering welding plumbing
reading writing spelling computing choir band orchestra debate""".split()) | _SPORTS
# An ensemble is a class only with a level or a style before it ("JV choir", "jazz band").
_ENSEMBLES = frozenset("choir band orchestra".split())
_CLASS_LEVELS = frozenset("""jv varsity grade year concert jazz marching symphonic chamber
school""".split())
_YEAR = lazy(r"^(?:19|20)\d\d(?:[-\u2013/](?:19|20)?\d\d)?$")
_PLACE_WORDS = frozenset("at in for with from during".split())


def _named_head(words: list[str]) -> str | None:
    """'course' for a subject or a team ("Grade 9 science at Lincoln High", "JV basketball
    2019-2021"), 'proper' for a title with a year or a place after it ("Black Friday 2024 at
    the Eastgate store"); None for anything else."""
    cut = next((i for i, w in enumerate(words) if w.lower() in _PLACE_WORDS), len(words))
    head = words[:cut]
    if not head or any(w.lower() in DETERMINERS for w in head):
        return None  # "translation of your cookbook into English" is no course
    bare = [w for w in head if not _YEAR.match(w)]
    if not bare:
        return None
    if bare[-1].lower() in _SUBJECTS and (len(bare) > 1 or bare[-1][:1].isupper()
                                           or len(head) > len(bare)) and not (
            bare[-1].lower() in _ENSEMBLES and bare[0].lower() not in _CLASS_LEVELS) and not (
            bare[-1].lower() in _BUSINESS_TAILS and len(bare) > 1 and bare[-2].isalpha()
            and lexicon.word_class(bare[-2].lower()) in (None, "P")):  # "Rhodes Plumbing" is a
        #   firm, "Advanced Plumbing" a course
        return "course"  # "Grade 9 science", "JV basketball"; not "the church youth choir"
    if len(head) > len(bare) and _YEAR.match(head[-1]) and all(_titled(w) for w in bare) \
            and bare[-1].lower() not in _TAKES_THE:  # (the Web Summit 2023 takes "the")
        return "proper"  # "Black Friday 2024", "Web Summit 2023"
    return None


# A title ending in one of these is said with "the": "the Meridian Initiative".
_TAKES_THE = frozenset("""project projects program programme initiative platform campaign center
seminar colloquium
centre system portal foundation council committee institute trust fund network lab office summit
conference series festival school academy clinic unit team study review audit rollout migration
redesign launch pilot drive appeal gala exhibition partnership consortium alliance taskforce
collaborative collective hub app service erg pta pto hoa mba emba msc mphil phd mfa llm
programme diploma mpa mph mpp ma ba bsc bba certificate apprenticeship
masterclass tunnel bridge railway highway motorway dam canal pipeline stadium terminal
expressway metro""".split())


def _titled(word: str) -> bool:
    """Part of a title: capitalised, a number, or a small word inside one ("Spring Into
    Savings", "Bluebird 2.0", "Read Across Riverside", "Porter v. Atlas")."""
    return word[:1].isupper() or word[:1].isdigit() or word.lower() in _FUNCTION_WORDS \
        or word in _NAME_PARTICLES \
        or word.lower() in ("v.", "vs.", "&", "-")
