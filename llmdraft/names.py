"""People's names: what to greet someone by, formally or not, and how to sign.

nameparser does the parsing (titles, "Last, First", nicknames, suffixes, particles such as
"van der", capitalisation of names typed in one case); this module only decides which parts a
greeting uses. It is imported on first use, so `--help` and model drafts don't pay for it.

- informal: the nickname if one is given ("Robert (Bob) Jones" -> "Bob"), else the given name.
- formal: a title with the name it goes with: "Sir Alan", "Dame Judi" (British honours take the
  given name), "Dr. Ash", "Prof. Müller", "Rev. King" (the others take the surname); without a
  title, the same as informal. Initials only ("J. R. Smith") greet the whole name.
- `greet_as` (a context key) overrides both: family-name-first names, preferred names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .patterns import lazy, shared

# Honours used with the given name; every other title goes with the surname.
_GIVEN_NAME_TITLES = {"sir", "dame", "lord", "lady", "sister", "brother", "aunty", "auntie", "aunt",
                      "uncle"}  # "Aunty Grace Mensah" is Aunty Grace (reader 158)
_NOT_IN_GREETING = {"emeritus", "emerita", "emeriti"}
# Clergy, named with their office in public: "Fr. Ruiz", "Rev. Okoro".
_CLERGY = {"fr", "father", "rev", "reverend", "pastor", "imam", "rabbi", "bishop", "canon"}
# Styles that go before a title and drop out of a greeting when the title is there.
_STYLES = {"hon", "honorable", "honourable", "the", "rt"}
# Degrees after a name that make a formal greeting "Dr. Surname".
_DOCTORATES = {"phd", "ph.d.", "md", "m.d.", "dphil", "edd", "dds", "dvm", "psyd", "dnp", "do"}
# Ranks and titles that nameparser does not know (it is configured once, on first use).
_EXTRA_TITLES = ("major", "emeritus", "emerita", "chef", "coach", "imam", "pastor", "sister", "aunty",
                 "auntie", "aunt", "uncle",
                 "brother", "father", "dame", "staff", "cmdr", "padre", "fray", "hermano", "hermana",
                 "sheikh", "shaykh", "ustadh", "swami", "deacon", "inspector", "superintendent",
                 "constable", "trooper", "deputy", "di", "pc", "wpc", "dc", "dci", "dsi",
                 "insp", "supt", "cst", "cpo", "cwo", "dipl.-ing.", "mag.", "ing.", "cr",
                 "cllr", "councillor", "councilor", "dre", "dra", "q.f.", "lic.", "lcda.", "lcdo.",
                 "licda.", "licdo.", "abog.", "arq.", "mtro.", "mtra.", "maestra", "maestro",
                 "profesora", "licenciada", "licenciado", "ingeniera", "ingeniero", "doctora")
# A German doctorate's field is part of the title, not of a greeting: "Dr. med. Klaus Becker"
# is "Dr. Becker", "Dr.-Ing." is "Dr.".
_DOCTORAL_FIELD = lazy(r"(?i)(?<=dr\.)-ing\.?|(?<=dr)-ing\.?|(?<=\s)(?:med|rer\.?\s*nat|phil|jur|iur|dent|vet|oec|pol|"
                       r"theol|sc|techn|paed|habil|h\.?\s*c|nat)\.(?=\s|$)")
# Titles written out in full in a greeting when typed as an abbreviation in capitals ("PROF.").
_TITLE_CASE = {"dr": "Dr.", "prof": "Prof.", "rev": "Rev.", "mr": "Mr.", "mrs": "Mrs.",
               "ms": "Ms.", "mx": "Mx.", "capt": "Capt.", "col": "Col.", "sgt": "Sgt.",
               "maj": "Maj.", "lt": "Lt.", "gen": "Gen.", "cmdr": "Cmdr.", "fr": "Fr.",
               "hon": "Hon.", "st": "St.",
               # ranks written in capitals: "SGM Robert Hollis", "CSM", "SFC"
               "sgm": "SGM", "csm": "CSM", "msg": "MSG", "sfc": "SFC", "ssg": "SSG",
               "pfc": "PFC", "ltc": "LTC", "cpt": "CPT", "cpl": "Cpl.", "spc": "Spc.",
               "wo": "WO", "cwo": "CWO", "po": "PO", "cpo": "CPO",
               # police ranks: "PC Ravinder Singh" is PC Singh, never "Pc" (reader 134)
               "pc": "PC", "wpc": "WPC", "dc": "DC", "dci": "DCI", "dsi": "DSI"}


class Name(NamedTuple):
    full: str  # as given, tidied: "Anna Lee" for "ANNA LEE"
    title: str  # "Dr.", "Prof. Dr.", "Sir", or ""
    given: str
    family: str
    nickname: str
    middle: str = ""

    @property
    def informal(self) -> str:
        if self.nickname:
            return self.nickname
        if self.given and not _is_initial(self.given):
            return self.given
        if self.title and self.family:
            return f"{self.title} {self.addressed_family}"
        return self.plain or self.full

    @property
    def formal(self) -> str:
        title = " ".join(t for t in self.title.split() if t.lower() not in _NOT_IN_GREETING)
        if len(title.split()) > 1 and title.split()[0].lower().rstrip(".") in _STYLES:
            title = " ".join(title.split()[1:])  # "Hon. Judge Stein" is "Judge Stein"
        honour = next((t for t in title.split() if t.lower() in _GIVEN_NAME_TITLES), None)
        if honour and honour != title.split()[0] and self.given:
            return f"{honour} {self.given}"  # "Prof. Sir John Ashworth": "Sir John"
        if title:
            if title.split()[0].lower() in _GIVEN_NAME_TITLES and self.given:
                given = self.given
                if title.split()[0].lower() in ("sister", "brother") and self.middle:
                    given = f"{given} {self.middle}"  # "Sister Mary Agnes": a religious name
                elif title.split()[0].lower() in ("sister", "brother") and self.family \
                        and self.family in _RELIGIOUS_NAMES:
                    given = f"{given} {self.family}"  # "Sister Mary Catherine": both; "Sister
                    #   Mary Kavanagh" is Sister Mary (reader 179)
                return f"{title.split()[0]} {given}"
            if self.family and self.given.lower() in _FAMILY_FIRST and not self.middle:
                return f"{title} {self.given}"  # "Dr. Li Na": Li is the family name
            if self.family:
                return f"{title} {self.addressed_family}"
        if self.middle and not _is_initial(self.middle):
            from .text import fold  # as person_key reads it

            second = fold(self.middle.split()[0]).lower()
            if second in _COMPOUND_GIVEN.get(fold(self.given).lower(), ()):
                return f"{self.given} {self.middle.split()[0]}"  # "María José"
            # "Mariana Oliveira Santos", "Fatima Al-Zahra Haddad": the first name, as for two
            # words; a second given name the table knows stays ("María José", above)
        if self.given and not _is_initial(self.given):
            return self.given
        return self.informal

    @property
    def addressed_family(self) -> str:
        """The family name a title goes with: "Al-Farsi" for "bin Rashid Al-Farsi" (the father's
        name is not addressed), "Ramanathan" for "S. Ramanathan" (nor is an initial)."""
        family = " ".join(w for w in self.family.split() if not _is_initial(w)) or self.family
        return _without_patronym(family)

    @property
    def plain(self) -> str:
        """The name without its title: "Anna Lee", "J. R. Smith"."""
        return " ".join(part for part in (self.given, self.middle, self.family) if part)

    def words(self) -> set[str]:
        """Every part of the name (lowercase): a greeting may use any of them."""
        return {w.lower().strip(".,") for w in " ".join(
            (self.given, self.family, self.nickname, self.title)).split() if w}


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) <= 1 or (word.count(".") >= 2 and len(word) <= 5)


@lru_cache(maxsize=1)
def _constants():
    """nameparser's lists with llmdraft's extra titles, in a private copy (not its shared one)."""
    from nameparser.config import Constants

    constants = Constants()
    constants.titles.add(*_EXTRA_TITLES)
    constants.titles.remove(*_GIVEN_NOT_TITLES)
    return constants


# Titles in nameparser's list that are far more often given names: "Lama Al-Shehri".
_GIVEN_NOT_TITLES = ("lama", "cheikh")


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    path = Path(__file__).resolve().parent / "data" / "name_words.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


def _plain(text: str) -> Name | None:
    """"Anna Lee", "María José García": one to three capitalised words, none of them a word
    nameparser treats specially (a title, suffix, particle or conjunction; the list is
    nameparser's own, data/name_words.txt). nameparser parses these as given, middle and family
    names in order (tests/test_names.py checks it does), so they skip its ~55 ms import."""
    words = text.split()
    if not 1 <= len(words) <= 3:
        return None
    for word in words:
        capitalised = len(word) > 1 and word[0].isupper() and word[1:].isalpha() \
            and word[1:].islower()
        if not capitalised or word.lower() in _name_words() or word.lower() in _EXTRA_TITLES:
            return None  # "Padre José Romero": a title nameparser is told of at first use
    return Name(full=text, title="", given=words[0],
                family=words[-1] if len(words) > 1 else "", nickname="",
                middle=" ".join(words[1:-1]))


@lru_cache(maxsize=1024)
def parse(text: str, fast: bool = True) -> Name:
    text = " ".join(text.split())
    text = shared(r"(?i)\s*\(\s*(?:ret|em|emer)(?:\.|ired|itus|ita)?\s*\)|(?<=\.)\s+(?:ret|em|emer)\.(?=\s)|"
                  r"(?<=Prof\.)\s+emerit(?:us|a)(?=\s)|,\s*ret(?:\.|ired)?$").sub(
        "", text)  # "Judge (ret.) Miriam Cohen", "Lt. Col. Ret. Whitfield", "Prof. em. Müller":
    #   retired and emeritus are no titles to greet with
    firm = shared(r"^((?:[A-Z][\w&.'-]*\s+){0,3}(?:Studio|Studios|Ltd|LLC|Inc|GmbH|Design|Designs|Agency|Consulting|"
                  r"Consultancy|Partners|Group|Co\.?|Media|Labs?|Collective|Architects|Associates)|"
                  r"(?:Studio|Atelier|Maison|Casa)\s+[A-Z][\w'-]*)\s*\(\s*([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})\s*\)$").match(text)
    if firm:  # "Studio Kuma (Ren Kobayashi)": the person in brackets is the one recommended, never
        return parse(firm.group(2), fast)  # "Studio" greeted as a first name (reader 180)
    dashed = shared(r"^(.+?)\s+[-\u2013\u2014]\s+(.+)$").match(text)
    if dashed:  # "Grandpa Joe's Hardware - Joe Kowalski": the person, never "Hello Grandpa" (reader 192)
        sides = [dashed.group(1), dashed.group(2)]
        shop = [bool(shared(r"(?i)'s\b|\b(?:hardware|store|shop|bakery|cafe|café|salon|garage|farm|stables|"
                            r"ltd|llc|inc|gmbh|co\.|company|restaurant|pub|bar|gym|studio|clinic|pharmacy|"
                            r"school|academy|club|church|hotel)\b").search(side)) for side in sides]
        if shop[0] != shop[1]:
            person = sides[1] if shop[0] else sides[0]
            if shared(r"^[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){1,3}$").match(person):
                return parse(person, fast)
    rank = shared(r"(PO|WO|PC)\s+(?=\S+\s+\S)").match(text)
    if rank:  # "PO Liam Grant": a petty officer, typed in capitals; "Po Chen" is a name
        found = parse(text[rank.end():], fast)
        return Name(full=f"{rank.group(1)} {found.full}", title=rank.group(1), given=found.given,
                    family=found.family, nickname=found.nickname, middle=found.middle)
    lance = shared(r"(?i)(lance[ -](?:corporal|sergeant|bombardier)|(?:leading )?firefighter|"
                   r"(?:station|sub|divisional) officer|(?:watch|crew|station|group|area) manager|"
                   r"(?:police|detective) constable|detective sergeant|chief inspector|"
                   r"flight lieutenant|wing commander|squadron leader|(?:chief )?petty officer|"
                   r"warrant officer|staff sergeant|master sergeant|(?:senior )?first officer)\s+(?=\S+\s+\S)").match(text)
    if lance:  # "Lance Corporal Owen Price": a rank of two words, not a man called Lance;
        #   "Firefighter Dan Kowalczyk", "Station Officer Gareth Jones" (reader 146)
        found = parse(text[lance.end():], fast)
        rank = lance.group(1).title()
        return Name(full=f"{rank} {found.full}", title=f"{rank} {found.title}".strip(),
                    given=found.given, family=found.family, nickname=found.nickname,
                    middle=found.middle)
    devotional = shared(r"(?i)(?:^|(?<=\s))(?:md|mohd|muhd|syed|sayed|sayyid)\.?\s+(?=\S+\s+\S)").search(
        text)
    if devotional:  # "Md. Rafiqul Islam": Muhammad, shortened before the name he goes by;
        #             "Syed Ali Raza": a lineage, then the name (Ali)
        found = parse(text[:devotional.start()] + text[devotional.end():], fast)
        return Name(full=text, title=found.title, given=found.given, family=found.family,
                    nickname=found.nickname, middle=found.middle)
    pilgrim = shared(r"(?i)(alhaji|alhaja|hajiya|hajia)\s+(?=\S+\s+\S)").match(text)
    if pilgrim:  # "Alhaji Musa Bello": an honour, said with the family name formally
        found = parse(text[pilgrim.end():], fast)
        return Name(full=text, title=" ".join(filter(None, [pilgrim.group(1).capitalize(),
                                                            found.title])),
                    given=found.given, family=found.family, nickname=found.nickname,
                    middle=found.middle)
    big = shared(r"(?i)(big|lil|little|tiny)\s+(?=[A-Z])").match(text)
    if big and len(text.split()) >= 2:  # "Big Mike": a nickname's adjective, then the name
        found = parse(text[big.end():], fast)
        return Name(full=text, title=found.title, given=found.given, family=found.family,
                    nickname=found.nickname, middle=found.middle)
    if fast and (found := _plain(text)):
        return found
    from nameparser import HumanName
    human = HumanName(text, constants=_constants())
    letters = [ch for ch in text if ch.isalpha()]
    if letters and (all(ch.isupper() for ch in letters) or all(ch.islower() for ch in letters)
                    or any(len(w) > 1 and w.isalpha() and (w.islower() or w.isupper())
                           and w.lower() not in _name_words()
                           and not (i == 0 and len(w) == 2 and w.isupper())  # "AJ Patel" goes
                           for i, w in enumerate(text.split()))):  # by AJ (reader 136)
        human.capitalize(force=True)  # "PROF. ANNA LEE", "dr. tom ash", "sarah LEE"
    ranks = [t for t in _DOCTORAL_FIELD.sub("", human.title).split()
             if t.lower().rstrip(".") not in ("hab", "habil")]  # "dr hab.": Dr
    dotted = any(t.endswith(".") for t in ranks)  # stacked titles share their
    title = " ".join(_title_case(t + "." if dotted and t.lower() in _TITLE_CASE else t)  # full
                     for t in ranks)  # stops: "Prof. Dr." for "prof. dr hab.", never "Prof. Dr"
    if not title and {s.lower() for s in human.suffix.replace(",", " ").split()} & _DOCTORATES:
        title = "Dr."
    given, family = human.first, " ".join(p for p in (human.middle if _is_initial(human.first)
                                                          else "", human.last) if p)
    middle = human.middle
    if title.lower().rstrip(".") in _STYLES and given.lower() in ("justice", "judge") and middle:
        # "Hon. Justice Amina Bello": after a style, "Justice" is the office, not a first name
        title, given, middle = f"{title} {given}", middle.split()[0], " ".join(middle.split()[1:])
    if title and given and not human.last and title.split()[0].lower().rstrip(".") \
            not in _GIVEN_NAME_TITLES:
        given, family = "", given  # "Father Brown", "Rabbi Sacks": a title and a surname
    if _is_initial(given) and human.middle and not family.startswith(human.middle):
        family = f"{human.middle} {family}".strip()
    full = " ".join(p for p in (title, given, middle if not _is_initial(given) else "",
                                human.last if given or not family else family) if p)
    nickname = human.nickname.strip("\"'()")
    if " " in nickname and not nickname.lower().startswith("the ") and given:
        # 'Anthony "Big Tony" Russo' is Tony: the word of it that is a form of the given name
        nickname = next((w for w in nickname.split() if w.lower() != given.lower()
                         and is_form_of(w, given)), "")
    if " " in nickname or nickname.lower().startswith("the"):
        nickname = ""  # 'Greg "The Hammer" Walsh' is greeted as Greg
    return Name(full=full or text, title=title, given=given, family=family,
                nickname=nickname,
                middle="" if _is_initial(given) else middle)


def _without_patronym(family: str) -> str:
    """"bin Rashid Al-Farsi" is addressed as "Al-Farsi": "bin Rashid" names the father."""
    words = family.split()
    if len(words) >= 3 and words[0].lower() in ("bin", "ibn", "bint", "ben", "binti"):
        return " ".join(words[2:])
    return family


def _title_case(title: str) -> str:
    bare = title.lower().rstrip(".")
    if bare in _TITLE_CASE:
        said = _TITLE_CASE[bare]
        return said if title.endswith(".") or title.isupper() or said.isupper() else title.capitalize()
        #   a rank in capitals stays so ("PC", "SGM") however the name was typed
    return title.capitalize() if title.isupper() or title.islower() else title


# Titles kept in any greeting but a friend's: "Hi Sir Alan", "Hello Sister Mary Agnes".
# Japanese family names: typed first, they are the family name ("Nakamura Aoi" is Aoi).
_JAPANESE = frozenset("""sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi
kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu saito yamazaki mori
abe ikeda hashimoto yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami
kondo ishii sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa
nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda morita hara shibata sakai kudo
yokoyama miyazaki miyamoto uchida takagi ando taniguchi maruyama imai takada fujimoto takeda
murata ueno sugiyama masuda sugawara hirano otsuka chiba kubo matsui iwasaki sakurai kinoshita
noguchi matsuo nomura kikuchi sano onishi sugimoto arai""".split())
_KEPT_TITLES = {"sir", "dame", "lord", "lady", "sister", "brother", "father", "fr", "rabbi",
                "rev", "reverend", "pastor", "imam", "judge", "justice", "bishop", "cardinal",
                "padre", "fray", "sheikh", "shaykh", "swami", "deacon"}


# Given names that are months: "by June 15" is a date, never "by you 15" (review).
_MONTHS = frozenset("January February March April May June July August September October "
                    "November December".split())


def _common_word(word: str) -> bool:
    from . import lexicon  # only for a possessive before a capitalised word

    return lexicon.known(word.lower().strip(",."))


# Names a sister takes in religion, which a greeting keeps: "Sister Mary Clare", "Sister Maria
# Goretti".
_RELIGIOUS_NAMES = frozenset("""Maria Mary Marie Mother Agnes Teresa Theresa Therese Bernadette
Clare Claire Frances Josephine Monica Cecilia Brigid Bridget Veronica Ursula Immaculata
Scholastica Perpetua Felicity Anne Ann Catherine Margaret Rose Lucy Goretti Joseph Francis Paul
John Magdalene Assumpta Benedict Dominic Gabriel Michael Martha Elizabeth Louise Celine Faustina
Kateri Jude Pius Anthony Vincent""".split())


# Platforms a person's channel or shop is on: "Breezy's Twitch channel" is theirs, where "Tony's
# Pizza relaunch" names a business.
_PLATFORMS = frozenset("""twitch youtube instagram tiktok substack etsy patreon shopify spotify
soundcloud bandcamp twitter linkedin facebook pinterest kickstarter""".split())


def to_reader(text: str, recipient: str, greet_as: str | None = None) -> str:
    """A phrase as said to the recipient: "Aaron's podcast launch" -> "your podcast launch"
    (the composer says it so, and project_named accepts it). The sender's "her" and "his" in
    a project are the reader's too: "tutoring her son" -> "tutoring your son"."""
    if shared(r"(?i)\b(?:her|his|she|he)\b").search(text):
        from .realise.voice import to_second_person  # only for a project that needs it

        text = to_second_person(text)
    name = parse(recipient)
    if name.family:  # "Ms Wong said she would be happy to", to Ms Wong: "You said ..." (reader 189)
        titled = re.compile(rf"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.? {re.escape(name.family)}\b(?!['\u2019])(?= [a-z])")
        if titled.match(text):
            from .realise.voice import they_agree

            text = they_agree(titled.sub("You", text), "you")
    for who in {greet_as, name.given, name.nickname} - {None, ""} - _MONTHS:
        typed = re.escape(who) if _common_word(who) else f"(?i:{re.escape(who)})"  # "with grace"
        text = re.sub(rf"\b((?i:under|with|alongside|beside)) {typed}\b(?!['\u2019]| [A-Z]| \d)",
                      r"\1 you", text)  # "apprentice under mike", to Mike: under you (reader 161)
        named = re.sub(rf"^{typed}\b(?!['\u2019]| [A-Z])(?= [a-z])", "You", text)  # "Olu reported to
        if named != text:  # me from 2021", to Olu: "You reported to me" (reader 176); "George was
            from .realise.voice import they_agree  # the port's IT director": "You were" (reader 186)

            text = they_agree(named, "you")
        text = re.sub(rf"\b((?:I|[Ww]e) (?:[a-z]+ed|led|ran|taught|hired|met|brought|took|kept|lent)) {typed}\b"
                      rf"(?!['\u2019]| [A-Z])", r"\1 you", text)  # "I managed Aisha 2020-22": you
    if "'" not in text and "\u2019" not in text:
        return text
    def yours(found: re.Match) -> str:
        before = text[: found.start()].split()
        after = text[found.end():].split()
        if (before and before[-1][:1].isupper()) or (after and after[0][:1].isupper() and (
                (_common_word(after[0]) and after[0].lower() not in _PLATFORMS)
                or not any(w[:1].islower() and w not in ("and", "of", "&") for w in after[1:3]))):
            return found.group(0)  # "Café Lucía's rebrand", "Emeka's Kitchen": a business;
            #   "Zoe's Pilates studio" and "Breezy's Twitch channel" are theirs (reader 150)
        return "your"

    for who in {greet_as, name.given, name.nickname, name.plain, name.informal} - {None, ""}:
        text = re.sub(rf"(?i)\b{re.escape(who)}(?:'s|s'|\u2019s)(?=\s)", yours, text)
    if name.family:  # "the Fitzgerald family's extension", to Rory Fitzgerald: "your family's"
        text = re.sub(rf"(?:\b[Tt]he )?\b{re.escape(name.family)} (family|household)(?:'s|s'|\u2019s)",
                      r"your \1's", text)
    return text


def greeting(recipient: str, formal: bool, greet_as: str | None = None,
             close: bool = False, role: str | None = None) -> str:
    said = _greeting(recipient, formal, greet_as, close, role)
    if said.islower() and not greet_as:  # "dr. zhang wei" said in full: "Zhang Wei" (reader 201)
        said = " ".join(w[:1].upper() + w[1:] for w in said.split())
    return _hyphen_cased(said, recipient)


def _capitalised(name: str) -> str:
    """A name typed in lower case with its capitals: "maria de la cruz" -> "Maria de la Cruz",
    "jean-luc" -> "Jean-Luc", "tanaka-san" -> "Tanaka-san"."""
    def one(word: str) -> str:
        if word in ("de", "la", "le", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "di", "del",
                    "bin", "binti", "ibn", "ap", "al", "el", "y", "e", "san", "sama", "kun", "chan", "ji"):
            return word
        if shared(r"(?:[a-z]\.)+").fullmatch(word):
            return word.upper()  # "e.j." -> "E.J."
        word = shared(r"^(o'|mc)([a-z])").sub(lambda m: m.group(1).capitalize() + m.group(2).upper(), word)  # "O'Brien", "McDonald"
        return word[:1].upper() + word[1:]
    name = shared(r"\s*\([^()]*\)\s*").sub(" ", name).strip()  # "sam (they/them)": the name alone
    said = " ".join("-".join(one(p) if i == 0 or p not in ("san", "sama", "kun", "chan", "ji") else p
                             for i, p in enumerate(w.split("-"))) for w in name.split())
    return said[:1].upper() + said[1:]


def _hyphen_cased(said: str, typed: str) -> str:
    """A given name in two syllables typed in lower case keeps its second in lower case: "huang
    jia-hao" is "Huang Jia-hao", never "Jia-Hao" (as typed in capitals, it stays)."""
    if not typed.islower():
        return said
    if not any(w in _FAMILY_FIRST | _KOREAN for w in typed.replace("-", " ").split()):
        return said  # "emma-louise hart" is Emma-Louise: two given names (reader 111)
    return shared(r"\b([A-Z][a-z]+)-([A-Z])(?=[a-z])").sub(lambda m: f"{m.group(1)}-{m.group(2).lower()}",
                                                         said)


def _greeting(recipient: str, formal: bool, greet_as: str | None = None,
              close: bool = False, role: str | None = None) -> str:
    recipient = shared(r"^((?:Dr|Prof|Engr|Atty)\.?)\s+\((?:Mrs|Mr|Ms|Miss)\.?\)\s+").sub(
        r"\1 ", recipient.strip())  # "Dr. (Mrs.) Funmilayo Ogunleye": Dr. Ogunleye
    recipient = shared(r"^M\.\s+(?=(?:Jean|Pierre|Jacques|Michel|Philippe|Alain|Patrick|Nicolas|Christophe|Fran\u00e7ois|"
                       r"Laurent|Olivier|\u00c9ric|Eric|Thierry|St\u00e9phane|Julien|S\u00e9bastien|Antoine|Louis|Marc|Luc|Yves|"
                       r"Bernard|Henri|Andr\u00e9|Claude|Vincent|Guillaume|Beno\u00eet|Fr\u00e9d\u00e9ric|Didier|Gilles|Herv\u00e9|"
                       r"Jean-[A-Z][a-z]+)\s+[A-Z][\w'-]+$)").sub("Mr. ", recipient)  # "M.
    #   Jean-Pierre Martin": Monsieur, never an initial (reader 237)
    if not close and not greet_as and shared(r"^(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Mme|Mlle|Herr|Frau)\.?\s+\S+\s+\S").match(recipient):
        formal = True  # "Mr. Thabo Mokoena" typed so: Mr. Mokoena, never "Hi Thabo" (reader 100)
    recipient = shared(r"\s+\((?:Ret|ret|Retd|retd|Retired|retired)\.?\)").sub("", recipient)  # "Gen.
    #   (Ret.) Howard Price" is Gen. Price
    if not close and not greet_as and shared(r"^(?:Gen|General|Adm|Admiral|Brig|Col|Colonel|Amb|"
                                             r"Ambassador|Bishop|Archbishop)\.?\s+\S+\s+\S").match(recipient):
        formal = True  # a general or an ambassador one is not close to: "Dear Gen. Price", never
        #   "Hi Howard" (reader 116)
    couple = shared(r"(?i)^(mr|mrs|ms|miss|dr|prof)(\.?) (?:and|&) (mr|mrs|ms|miss|dr|prof)(\.?) ([\w'-]+)$").match(
        recipient.strip())
    if couple and not greet_as:  # "Mr. and Mrs. Thompson": both, never "Mr. And Mrs." (reader 192)
        name = couple.group(5) if not couple.group(5).islower() else couple.group(5).capitalize()
        return f"{couple.group(1).capitalize()}{couple.group(2)} and {couple.group(3).capitalize()}{couple.group(4)} {name}"
    kin = shared(r"(?i)^(aunty|auntie|aunt|uncle)\s+([A-Z][\w'-]+)").match(recipient.strip())
    if kin and not greet_as:  # "Aunty Grace Mensah" is Aunty Grace to anyone (reader 158)
        return f"{kin.group(1).capitalize()} {kin.group(2).capitalize() if kin.group(2).islower() else kin.group(2)}"
    suffixed = shared(r"(?:^|\s)([A-Z][a-z]+)-((?i:sensei|senpai|san|sama|sensei-sama))$").search(recipient.strip())
    if suffixed and not greet_as:  # "Yuki Nakamura-Sensei": as typed, the honorific in lower case
        return f"{suffixed.group(1)}-{suffixed.group(2).lower()}"  # (reader 237)
    spaced = shared(r"^([A-Z][a-z]+) ((?i:sensei|senpai))$").match(recipient.strip())
    if spaced and not greet_as:  # "Yamamoto Sensei" is Yamamoto-sensei, never "Hi Sensei" nor
        return f"{spaced.group(1).capitalize()}-{spaced.group(2).lower()}"  # "Yamamoto-san" (reader 188)
    japanese = shared(r"^([A-Z][a-z]+) ([A-Z][a-z]+)$").match(recipient.strip())
    if japanese and formal and not greet_as and japanese.group(1).lower() in _JAPANESE_FAMILY \
            and japanese.group(2).lower() not in _JAPANESE_FAMILY:  # "Yamamoto Kenji", family name
        return f"{japanese.group(1)}-san"  # first: Yamamoto-san, whoever they are (readers 155, 157)
    sister = shared(r"^Sr\.?\s+((?:Maria|Mary|Marie|Mother|Agnes|Teresa|Theresa|Bernadette|Clare|Claire|"
                    r"Frances|Josephine|Monica|Cecilia|Brigid|Bridget|Veronica|Ursula|Immaculata|"
                    r"Scholastica|Perpetua|Felicity|Anne|Ann|Catherine|Margaret|Rose|Lucy)\b.*)$").match(
                    recipient.strip())
    if sister and not greet_as:  # "Sr. Maria Goretti" is Sister Maria Goretti, never "Sr.
        said = sister.group(1).split()  # Goretti" (Señor) (reader 130); "Sr. Mary Clare Byrne" is
        while len(said) > 1 and said[-1] not in _RELIGIOUS_NAMES \
                and said[-2] not in ("of", "the", "de"):  # Sister Mary Clare: her
            said.pop()  #   religious name, without the family's (reader 153)
        return f"Sister {' '.join(said)}"
    maitre = shared(r"^Me\.?\s+((?:[A-Z][\w'-]+\s+)?)([A-Z][\w'-]+)$").match(recipient.strip())
    if maitre and not greet_as:  # "Me Claire Lambert": a French lawyer is Maître Lambert
        return f"Maître {maitre.group(2)}"
    filipino = shared(r"^Ma\.\s+([A-Z][a-z]+)\s+(?:.*\s)?(\S+)$").match(recipient.strip())
    if filipino and not greet_as:  # "Ma. Cristina Aquino": Ma. (María) is written, not said:
        return f"Ms. {filipino.group(2)}" if formal else filipino.group(1)  # "Ms. Aquino" to
        #   someone formal (María says she is a woman), "Cristina" to anyone else
    spanish = shared(r"^((?:Ing|Lic|Dr|Dra|Arq|Mtro|Mtra|Prof)\.?)\s+[A-ZÁÉÍÓÚ][a-záéíóúñ]+\s+"
                     r"([A-ZÁÉÍÓÚ][a-záéíóúñ]+ez)\s+[A-ZÁÉÍÓÚ][a-záéíóúñ]+$").match(recipient.strip())
    if spanish and not greet_as and (formal or not close):  # "Ing. Alejandro Ramírez Torres":
        return f"{spanish.group(1).rstrip('.')}. {spanish.group(2)}"  # the father's surname first
    patronym = shared(r"^((?:Mr|Mrs|Ms|Dr|Prof|Encik|Puan|Cik|Tuan)\.?)\s+((?:[A-Z][\w'-]+\s?){1,3}?)\s+"
                      r"(?:bin|binti|bte|binte)\s+\S+$").match(recipient.strip())
    if patronym and not greet_as and (formal or not close):  # "Mr. Ahmad Faizal bin Yusof": a
        return f"{patronym.group(1).rstrip('.')}{'' if patronym.group(1).endswith(('Encik', 'Puan', 'Cik', 'Tuan')) else '.'} {patronym.group(2).strip()}"  # Malay name has no surname
    portuguese = shared(r"^((?:Prof|Profa|Dr|Dra|Mr|Mrs|Ms|Eng|Sra|Sr)\.?)\s+[A-Z][\w'-]+\s+(?:do|da|de|das|dos)\s+"
                        r"[A-Z][\w'-]+\s+([A-Z][\w'-]+)$").match(recipient.strip())
    if portuguese and not greet_as and (formal or not close):  # "Prof. Maria do Céu Fonseca":
        return f"{portuguese.group(1).rstrip('.')}. {portuguese.group(2)}"  # "do Céu" is hers
    welsh = shared(r"^((?:Mr|Mrs|Ms|Dr|Prof|Rev)\.?)\s+(?:[A-Z][\w'-]+\s+)+(ap|ab|ferch|verch)\s+([A-Z][\w'-]+)$").match(
        recipient.strip())
    if welsh and not greet_as and (formal or not close):  # "Dr. Alun ap Rhys" is Dr. ap Rhys
        return f"{welsh.group(1).rstrip('.')}. {welsh.group(2)} {welsh.group(3)}"
    family_first = shared(r"^((?:Dr|Prof|Eng|Engr|Mr|Mrs|Ms|Rev|Hon)\.?)\s+([A-Z][\w'-]+)\s+([A-Z][a-z]+)$").match(
        recipient.strip())
    from .text import fold  # "Dr. Chloé Martin": Chloé is a given name as Chloe is

    if family_first and family_first.group(3).lower() in _GIVEN_NAMES \
            and fold(family_first.group(2)).lower() not in _GIVEN_NAMES | _FIRST_IN_ENGLISH and not greet_as \
            and fold(family_first.group(2).split("-")[0]).lower() not in _GIVEN_NAMES | _FIRST_IN_ENGLISH \
            and _unknown_word(fold(family_first.group(2)).lower()):  # "Mr. Desmond Joseph": Desmond
        #   is a name the lexicon knows as one; "Dr. Ssekandi Moses" puts an unknown one first
        if formal or not close:  # "Dr. Ssekandi Moses": Dr. Ssekandi; "Eng. Opio Samuel"
            return f"{family_first.group(1).rstrip('.')}. {family_first.group(2)}"
        return family_first.group(3)
    latin = _LATIN_TITLE.match(recipient.strip())
    if latin and not greet_as and (formal or not close):  # "Lic. Carmen Rojas Vargas" is Lic.
        from .text import fold  # as person_key reads it

        names = latin.group(2).split()  # Rojas, "Q.F. Rosa Mamani Condori" Q.F. Mamani: a title
        #   only Spanish speakers use, so two surnames after the given name(s), the father's first
        two_given = fold(names[1]).lower() in _COMPOUND_GIVEN.get(fold(names[0]).lower(), ())
        if len(names) == 3 and two_given:  # "Dra. Ana Luíza Ferreira": one given name, one
            return f"{latin.group(1)} {names[-1]}"  # surname
        if len(names) == 3 or (len(names) == 4 and two_given):
            return f"{latin.group(1)} {names[-2]}"
    docteure = shared(r"^Dre\.?\s+(?:[A-Z][\w'-]+\s+)+([A-Z][\w'-]+)$").match(recipient.strip())
    if docteure and not greet_as and (formal or not close):  # "Dre Sophie Martel": Québec's
        return f"Dr. {docteure.group(1)}"  # Docteure, said "Dr." in English
    """The name a greeting uses: formal, or informal (the given name); honours, clergy and
    judges keep their title unless the two are close. A name that may be written family name
    first ("Nguyen Thi Mai", "Tanaka Hiroshi": its first word a common East Asian family name)
    is greeted in full, which is right in either order; `greet_as` says which to use."""
    if greet_as:
        return greet_as if not greet_as.islower() else _capitalised(greet_as)  # "marco", typed all in
        #   lower case: "Marco" (reader 172); every word kept, as typed ("Daw Khin Myint")
    burmese = shared(r"^(Daw|U|Ko|Maung|Saya|Sayama)\s+([A-Z]\S*(?:\s+[A-Z]\S*){1,2})$").match(recipient.strip())
    if burmese:  # "Daw Khin Myint": Daw is an honorific, and a Burmese name has no family name:
        return f"{burmese.group(1)} {burmese.group(2)}" if formal or not close else burmese.group(2)
    #   "Dear Daw Khin Myint", "Khin Myint" to a friend; never "Dear Daw" (reader 118)
    particle = shared(r"^((?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?)\s+\S+(?:\s+(?!(?:El|Al|Ben|Abu|Ould|Bin|De|Da|Di|Le|La)\b)\S+)?"
                      r"\s+((?:(?:El|Al|Ben|Abu|Ould|Bin|De|Da|Di|Le|La)\s+)+\S+)$"
                      ).match(recipient.strip())
    if particle and formal:
        return f"{particle.group(1)} {particle.group(2)}"  # "Ms. El Idrissi", never "Ms. Idrissi"
    polite = shared(r"(?i)^(pak|bapak|bu|ibu|mas|mbak|ajarn|ajahn|acharn|khun)\.? (\S+)").match(
        recipient.strip())
    if polite and len(recipient.split()) >= 2:  # Indonesian: "Pak Budi Santoso" is Pak Budi;
        #                                         Thai: "Ajarn Suda Wongsakul" is Ajarn Suda
        return f"{polite.group(1).capitalize()} {polite.group(2).capitalize()}"
    balinese = _BALINESE.match(recipient.strip())
    if balinese:  # "I Gusti Ayu Putri", "Ni Made Sari": the prefixes are caste and birth
        return balinese.group(1)  # order; the person is Putri, Sari
    devout = shared(r"^((?:Jean|Marie|Jean-Marie) de (?:Dieu|la Croix|Lourdes|Fatima)) \S").match(
        recipient.strip())
    if devout:  # "Jean de Dieu Habimana" is Jean de Dieu, never "Jean"
        return devout.group(1)
    name = parse(recipient)
    if role and shared(r"(?i)\b(?:judge|justice)\b").search(role) and name.family and (
            not name.title or name.title.lower().rstrip(".") in ("hon", "the hon")):
        return f"Judge {name.family}"  # "Hon. Margaret Okafor", Judge of the Superior Court
    if name.nickname and not formal:
        if name.given and len(name.nickname) > len(name.given) \
                and is_form_of(name.given, name.nickname):  # "Jake (Jacob) Müller" goes by Jake:
            return name.given  # the brackets hold the formal name (reader 108)
        return name.nickname  # "Chen Jing (Jenny)" is Jenny, "Robert (Bob) Jones" Bob
    if name.title:  # "Dr. Hoang Van Nam" is Dr. Nam: a Vietnamese given name is the last word
        rest = recipient.strip()[len(name.title):].strip()
        low = rest.lower().split()
        if len(low) >= 3 and low[0] in _VIETNAMESE and low[1] in _VIETNAMESE_MIDDLE | _VIETNAMESE:
            return f"{name.title} {rest.split()[-1]}"
        if len(low) == 3 and low[0] in _FAMILY_FIRST and "," not in rest:  # "Dr. Ooi Beng
            return f"{name.title} {rest.split()[0]}" if formal \
                else " ".join(rest.split()[1:])  # Hock" is Dr. Ooi, and Beng Hock to a friend
        if len(low) == 2 and low[0] in _KOREAN | _FAMILY_FIRST and "-" in low[1] \
                and low[1] not in _GIVEN_NAMES:  # "Dr. Kim Min-seo": Dr. Kim, and Min-seo to
            return f"{name.title} {rest.split()[0]}" if formal else rest.split()[1]  # a friend
        if len(low) == 2 and low[0] in _CHINESE and low[1] not in _GIVEN_NAMES \
                and _PINYIN.fullmatch(low[1]) and "," not in rest:  # "Dr. Li Mei": Dr. Li, and
            return f"{name.title} {rest.split()[0]}" if formal or name.title.lower().startswith("prof") \
                else rest  # "Li Mei" in full, right in either order, to anyone else; never "Hello
            #   Li" (reader 130); a professor is "Prof. Zhang" to a close student too (reader 237)
        if len(low) == 2 and _folded(low[0]) in _HUNGARIAN:  # "Dr. Szabó Péter": Hungarian
            return f"{name.title} {rest.split()[0]}" if formal else rest.split()[1]  # order
    given = None if name.title else _informal_given(recipient)
    if given and shared(r"(?i)\b(?:bin|binti|bint|ibn)\b").search(recipient):
        return given  # "Ahmed bin Saeed Al-Kaabi" is Ahmed, formally too
    if given and (not formal or " " in given):
        return given  # "Mai", "Min-ho", "J.R."; formally too, "Hamid Reza", "María José"
    if given:
        return name.plain or name.full  # "Dear Lee Min-ho", "Dear Nguyen Thi Mai"
    if not name.title and name.family and name.given and "," not in recipient \
            and _folded(name.given) in _FAMILY_FIRST:  # "Horváth Eszter" as "horvath"
        return name.plain or name.full
    ranks = [t.lower().rstrip(".") for t in name.title.split()]
    title = next((t for t in ranks if t not in _STYLES), ranks[0] if ranks else "")  # "Hon. Judge"
    if ranks and all(t in _STYLES for t in ranks) and name.given and name.family \
            and (formal or not close):  # "Hon." is a style for an address, never for a
        return f"{name.given} {name.family}"  # greeting: "Dear Patricia Whitfield"
    if formal or (title in _KEPT_TITLES and not close) \
            or title in ("sister", "brother") or (title == "coach" and not close):  # a close
        #   colleague who coaches is "Darnell"; a player's coach stays "Coach Harris"
        return name.formal  # "Coach Harris" to the players, "Sister Mary Catherine" to anyone
    if title in _CLERGY - {"rev", "reverend", "bishop", "canon"} and name.given and name.title:
        return f"{name.title.split()[-1]} {name.given}"  # a close friend who is a priest is
        #   "Father Michael", never "Hi Michael" (reader 106)
    if not name.title and name.given and _is_initial(name.given) and "." not in name.given[:-1] \
            and name.family:
        return f"{name.given} {name.family}"  # "McAllister, J." is J. McAllister, never "Hello
        #   J.," (reader 129)
    return name.informal


# A Mandarin given name of one or two syllables in pinyin: "Mei", "Xiaoming", "Jing".
_PINYIN = lazy(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|"
               r"ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|e|i|o|u|er)){1,2}")


# Balinese names: caste and birth-order words first, the name last ("I Gusti Ayu Putri").
_BALINESE = lazy(r"^(?:I|Ni|Ida|Anak|Cokorda|Dewa|Desak)(?: (?:Gusti|Bagus|Ayu|Agung|Luh|Made|"
                 r"Wayan|Nyoman|Ketut|Putu|Kadek|Komang|Gede|Nengah))+ ([A-Z][a-z]+)$")


def _folded(word: str) -> str:
    from .text import fold  # as person_key reads it

    return fold(word).lower()


def _unknown_word(word: str) -> bool:
    from . import lexicon  # only for a name whose order is in doubt

    return lexicon.word_class(word) is None


# Family names by their endings: Polish, Czech, Slovak, Russian, Ukrainian, Georgian, Armenian.
_SLAVIC_FAMILY = lazy(r"(?:[^aeiou]ska|[^aeiou]ski|[a-z]{3}[aeiou]cka|[a-z]{3}[aeiou]cki|dzka|dzki|wicz|czyk|czak|"
                      r"[a-z]{3}ova|ovich|evich|enko|chuk|shvili|dze|[a-z]{3}yan)$")  # folded: "Dvořáková" is dvorakova
# Common German family names and given names, for a name a German form lists family name first.
_GERMAN_FAMILY = frozenset("""muller mueller schmidt schneider fischer weber meyer meier wagner becker schulz schulze
hoffmann hofmann schafer schaefer koch bauer richter schroder schroeder neumann schwarz zimmermann kruger krueger
hartmann schmitt schmitz krause lehmann huber gruber keller moser maier mayer brandt vogel friedrich gunther
lorenz baumann kraus bohm boehm winkler berger""".split())
_GERMAN_GIVEN = frozenset("""hans anna klaus jurgen juergen stefan stephan andreas thomas wolfgang markus christian
sabine petra monika ursula katrin julia lena lukas jonas felix maximilian sophie marie laura lisa sandra tobias
florian sebastian matthias frank uwe dieter gunter helga birgit heike claudia susanne martina karin gabriele ralf
bernd jan tim kai nina eva jens dirk jorg joerg sven heinz karl otto fritz horst manfred rolf gerhard""".split())
_SLAVIC_GIVEN = frozenset("""piotr tomasz jan marek pawel krzysztof andrzej michal lukasz jakub wojciech
mateusz bartosz grzegorz pavel petr jiri martin ivan oleksandr dmytro andriy sergey sergei dmitri
aleksandr mikhail nikolai giorgi levan davit tigran aram""".split())


def _informal_given(recipient: str) -> str | None:
    """The given name when the name's own shape says which words it is: Vietnamese ("Nguyen Thi
    Mai" is Mai), Korean with a hyphen ("Lee Min-ho" is Min-ho), a two-part given name ("Hamid
    Reza Karimi", "María José López", "Mei Ling Tan"), or initials ("J. R. Martin", "J.R.
    Martinez" are J.R.). None when the shape says nothing."""
    from .text import fold  # as person_key reads it

    typed = [w.strip(",") for w in recipient.split()]
    low = [fold(w).lower().replace("\u0111", "d") for w in typed]  # "Đỗ" is "do": Đ has no
    #                                                                 accent to fold away
    if "," in recipient or len(typed) < 2:
        return None
    if len(typed) == 2 and low[1] in _GIVEN_NAMES - _ALSO_SURNAMES and low[0] not in _GIVEN_NAMES \
            and typed[0][:1].isupper() and _unknown_word(low[0]):
        return typed[1]  # "Okello James", "Nantongo Ritah": family name first, as in Uganda
    if len(typed) >= 3 and (typed[0].lower() in ("doña", "dña.", "dña") or (
            low[0] == "don" and shared(r"(?:ez|ía|ia|és|es|os)$|[\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]").search(typed[-1].lower()))):
        return typed[1]  # "Don Jaime Martínez", "Doña Carmen López": an honorific, she is Carmen
        #   (reader 226); "Don Michael Kelly" is Don (review)
    if len(typed) == 2 and _SLAVIC_FAMILY.search(low[0]) and not _SLAVIC_FAMILY.search(low[1]) \
            and low[0] not in _GIVEN_NAMES and (low[1] in _GIVEN_NAMES or low[1] in _SLAVIC_GIVEN or (
                low[1].endswith("a") and len(low[1]) > 3)):
        return typed[1]  # "Kowalska Agnieszka": family name first, as Polish forms list it (reader 226);
        #   never "Vicki Chen" (review)
    if len(typed) == 2 and low[0] in _GERMAN_FAMILY and low[1] in _GERMAN_GIVEN | _GIVEN_NAMES \
            and low[1] not in _GERMAN_FAMILY:
        return typed[1]  # "Müller Hans": family name first, as a German form lists it (reader 237)
    patronym = next((i for i, w in enumerate(low) if i and w in ("bin", "binti", "bte", "binte",
                                                             "a/l", "a/p")), None)
    if patronym:  # Malay: "Nur Aisyah binti Rahman" is Nur Aisyah
        return " ".join(typed[:patronym])
    if recipient.islower() or recipient.isupper():
        typed = [w.capitalize() for w in typed]  # "juan carlos" is Juan Carlos, "jia-hao" Jia-hao
    if len(typed) >= 3 and low[0] in _VIETNAMESE and low[1] in _VIETNAMESE_MIDDLE | _VIETNAMESE:
        return typed[-1]
    if len(typed) == 2 and low[0] in _VIETNAMESE and low[0] not in _FAMILY_FIRST - _VIETNAMESE_ONLY:
        return typed[1]  # "Trần Minh" is Minh: a Vietnamese name is always family name first
    if len(typed) == 2 and low[0] in _KOREAN | _CHINESE | _FAMILY_FIRST and "-" in typed[1]:
        return typed[1]  # "Lee Min-ho" is Min-ho, "Tsai Yu-ting" Yu-ting
    if len(typed) == 2 and low[0] in _JAPANESE and low[1] not in _JAPANESE:
        return typed[1]  # "Sato Kenji" is Kenji: a Japanese family name comes first
    if len(typed) == 3 and low[0] in _KOREAN | _CHINESE \
            and all(len(w) <= 5 and w.isalpha() for w in typed[1:]) \
            and low[1] not in _COMPOUND_GIVEN.get(low[0], ()) \
            and (low[0] in _KOREAN or low[2] not in _FAMILY_FIRST | _CHINESE):  # "Li Na Zhang",
        #   "Lam Wing Sze" may be either way round: said in full
        return f"{typed[1]} {typed[2]}"  # "Lee Dong Hyun" is Dong Hyun, "Wong Siew Lan" Siew Lan
    typed = [shared(r"^([Aa]l|[Ee]l)-([a-z])").sub(lambda m: f"{m.group(1).capitalize()}-"
                    f"{m.group(2).upper()}", w) for w in typed]  # "al-zahra" -> "Al-Zahra"
    if len(typed) >= 2 and low[1] in _COMPOUND_GIVEN.get(low[0], ()) and len(typed) == 2:
        return f"{typed[0]} {typed[1]}"
    if len(typed) >= 3 and (low[1] in _COMPOUND_GIVEN.get(low[0], ()) or (
            low[-1] in _FAMILY_FIRST and all(len(w) <= 4 and w.isalpha() for w in typed[:2])
            and low[0] not in _FAMILY_FIRST)):
        return f"{typed[0]} {typed[1]}"
    if _is_initial(typed[0]) and (typed[0].count(".") >= 2 or _is_initial(typed[1])):
        initials = typed[0].replace(".", "") if typed[0].count(".") >= 2 else "".join(
            w.rstrip(".") for w in typed if _is_initial(w))
        return ".".join(initials) + "."
    return None


def family_first_given(recipient: str) -> str | None:
    """The last word of a two-word name whose first word is a common East Asian family name:
    "Chen Hao" may be Hao, greeted as "Hi Hao". None for any other shape."""
    typed = [w for w in recipient.split() if w]
    if "," in recipient or len(typed) not in (2, 3):
        return None
    from .text import fold  # as person_key reads it

    if fold(typed[0]).lower() not in _FAMILY_FIRST:
        return None
    return " ".join(typed[1:])  # "Lim Mei Ling" may be Mei Ling


def public_name(recipient: str, greet_as: str | None = None) -> str:
    """The name a public text (a recommendation) calls them by: the friend's greeting, except a
    nickname in quotes that is no form of the given name ('Mike "Tank" Thompson' is Mike in
    public; "Robert 'Bob' Jones" is Bob, "Chen Jing (Jenny)" goes by Jenny)."""
    parsed = parse(recipient)
    ranks = {t.lower().rstrip(".") for t in parsed.title.split()}
    if not greet_as and ranks & (_GIVEN_NAME_TITLES | _CLERGY):
        return greeting(recipient, formal=False, close=False)  # "Sir Richard", "Fr. Ruiz",
        #   "Sister Agnes Mumba": the honour or the office is part of the name in public too
    name = greeting(recipient, formal=False, greet_as=greet_as, close=True)
    quoted = re.search(r"[\"\u201c\u201d'\u2018\u2019]" + re.escape(parsed.nickname), recipient) \
        if parsed.nickname else None
    if not greet_as and quoted and name == parsed.nickname and parsed.given \
            and not is_form_of(parsed.nickname, parsed.given) \
            and not _shortens(parsed.nickname, parsed.given):  # 'Alejandro "Alex" Rivera' goes
        return parsed.given  # by Alex (reader 115); 'Daniel "Danger" Smith' is Daniel
    if not greet_as and name == parsed.given and parsed.middle:
        from .text import fold  # as person_key reads it
        second = parsed.middle.split()[0]
        if fold(second).lower() in _COMPOUND_GIVEN.get(fold(parsed.given).lower(), ()):
            return f"{parsed.given} {second}"  # "Mr. Juan Pablo Díaz" is Juan Pablo (reader 124)
    if not greet_as and shared(r"(?:[A-Z]\.\s?){2,3}").fullmatch(name.strip()) and parsed.family:
        return parsed.plain  # "M. A. Chowdhury" in public, never "M.A.'s work" (reader 121);
        #   a friend may greet them as "M.A."
    return name


def _shortens(nickname: str, given: str) -> bool:
    """"Alex" for Alejandro, "Fede" for Federico: the nickname, with an ending of its own of at
    most one letter, is how the given name begins; never "Danger" for Daniel."""
    nick, full = _folded(nickname.lower()), _folded(given.lower())
    return len(nick) >= 3 and len(nick) < len(full) and full.startswith(nick[:-1]) \
        and (full.startswith(nick) or nick[-1] in "xyie")


def signature(sender: str, formal: bool) -> str:
    """The full name (without a title) to someone formal, the given name otherwise."""
    return _hyphen_cased(_signature(sender, formal), sender)


def _signature(sender: str, formal: bool) -> str:
    name = parse(sender)
    if formal:
        return name.plain or name.full
    given = None if name.title else _informal_given(sender)
    if given:
        return given  # "Lê Văn Hùng" signs "Hùng", "Lee Min-ho" signs "Min-ho"
    if name.family and name.given and "," not in sender and not name.title \
            and _folded(name.given) in _FAMILY_FIRST:
        return name.plain or name.full  # "Park Ji-hoon", "Li Mei": either word may be the
        #                                  family name, so the whole name
    return name.informal


# Common family names in Vietnamese, Chinese, Korean and Japanese, where the family name is
# often written first.
# Japanese family names, said first when typed first: "Yamamoto Kenji" is Yamamoto-san.
_JAPANESE_FAMILY = frozenset("""sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi
kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu saito yamazaki mori abe
ikeda hashimoto ishikawa ogawa okada goto hasegawa murakami kondo ishii fujita sakamoto endo aoki
fujii nishimura fukuda ota miura okamoto matsuda nakagawa""".split())
_FAMILY_FIRST = frozenset("""sok chea heng keo meas seng nhem prak tep ouk yim
chau chan cheung leung lau tsang yip kwok mak fung siu
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang xie
tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang du cheng ding shen yao
kim park choi jung jeong kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon moon
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada
sasaki yamaguchi matsumoto inoue kimura hayashi shimizu
lam chan wong cheung leung ng tse yip lau tsang kwok fung mak yeung chow chiu siu tam
tan goh chua ong teo koh yeo chong leong tay quek seah ooi khoo yap toh phua chia loh
mao qian kong cui fang xia xue zou qin jia hou shao qiu xiang zhong meng niu bai
nagy kovacs toth szabo horvath varga kiss molnar nemeth farkas balogh papp takacs juhasz
lakatos meszaros olah racz fekete szilagyi torok feher""".split())


# Vietnamese family names no other language shares, so a two-word name is surely family first.
_VIETNAMESE_ONLY = frozenset("nguyen tran pham hoang huynh phan vu vo dang bui ngo duong".split())
# Vietnamese family names: the name is always family name first, and the given name is its last
# word ("Nguyen Thi Mai" is Mai), so an informal greeting is sure of it.
_VIETNAMESE = frozenset("""nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
trinh dinh truong""".split())
_VIETNAMESE_MIDDLE = frozenset("""thi van duc minh ngoc thanh quoc huu xuan kim anh hong thu bao gia
dinh cong tuan hai thuy phuong quang manh viet trung ba thai hoai khanh""".split())
# Hungarian family names, always written first: "Szabó Péter" is Dr. Szabó.
_HUNGARIAN = frozenset("""nagy kovacs toth szabo horvath varga kiss molnar nemeth farkas balogh papp
takacs juhasz lakatos meszaros olah racz fekete szilagyi torok feher""".split())
# Chinese family names, as Mandarin, Cantonese and Hokkien spell them: "Wong Siew Lan" is Siew Lan.
_CHINESE = frozenset("""tsai chang hsu cheng chiang chou tseng hsieh kuo hung yeh chien chiu chuang
chung kao kung liao shih sung chau chan cheung leung lau ng tsang yip kwok lai mak fung tam siu
wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo
zheng liang xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang du cheng ding shen
yao lam chan wong cheung leung ng tse yip lau tsang kwok fung mak yeung chow chiu siu tam tan goh
chua ong teo koh yeo chong leong tay quek seah ooi khoo yap toh phua chia loh sze""".split())
_KOREAN = frozenset("""kim lee park choi jung jeong kang cho yoon jang lim han oh seo shin kwon
hwang ahn song yoo hong jeon ko moon yang son bae baek heo nam""".split())
# Given names of two words: "Hamid Reza", "María José", "Carlos Eduardo", "Jean Paul".
_COMPOUND_GIVEN = {first: frozenset(seconds.split()) for first, seconds in {
    "mohammad": "reza ali hossein hosein mahdi mehdi javad sadegh amin taghi",
    "mohammed": "ali amin", "muhammad": "ali", "hamid": "reza", "ali": "reza akbar asghar",
    "amir": "hossein hosein ali reza mohammad", "abdul": "rahman rahim karim aziz latif majid "
    "hamid qadir wahab razak", "abd": "al allah", "seyed": "ali mohammad reza hossein",
    "juan": "carlos pablo jose manuel antonio luis camilo david diego sebastian esteban felipe "
    "martin ignacio andres",
    "ana": "maria lucia paula clara sofia luisa luiza julia rita beatriz carolina isabel catarina "
    "margarida cristina teresa", "luis": "miguel fernando alberto carlos",
    "carlos": "eduardo alberto andres", "joao": "pedro paulo victor miguel carlos",
    "pedro": "henrique paulo miguel", "rosa": "maria elena", "jose": "luis antonio manuel maria "
    "carlos miguel", "paulo": "cesar", "luiz": "fernando carlos", "maria": "jose fernanda "
    "isabel clara luisa elena teresa del eugenia paula joao eduarda ines helena cristina "
    "cecilia victoria lourdes ignacia jesus paz francisca trinidad soledad belen angeles "
    "constanza alejandra josefina",
    "jean": "paul pierre luc claude marc francois baptiste", "marie": "claire anne france "
    "christine helene", "anne": "marie sophie", "mary": "kate beth ann anne jo catherine",
    "miguel": "angel", "maria del": "carmen pilar mar", "luz": "marina maria elena dary",
    "jorge": "luis eduardo", "victor": "hugo manuel", "mario": "alberto",
    "fatima": "zahra ezzahra zohra al-zahra az-zahra",
    "fatma": "zehra nur", "ravi": "teja", "sai": "krishna kumar", "venkata": "ramana",
    "nur": "ul", "te": "aroha rangi ata whetu hira kaha waiora awhina",
    "beth": "ann anne", "sarah": "jane jo", "cheikh": "tidiane anta ahmadou", "mame": "diarra "
    "fatou bineta coumba", "mouhamed": "lamine", "el": "hadji", "pape": "demba", "lee": "ann anne", "jo": "ann anne", "betty": "jo",
    "billy": "bob joe ray", "bobby": "joe jo", "ella": "mae", "lily": "mae",
    "peggy": "sue", "emma": "jane", "ruth": "ann anne", "lou": "ann anne",
    "mei": "ling lin li hua yi xin", "wei": "ming jie lin", "xiao": "ming mei li hong",
    "li": "na ying hua", "hui": "min ling", "siew": "ling lan", "kah": "wai", "chee": "keong"}.items()}
#   "Mei Ling Tan" goes by Mei Ling, never "Mei" (reader 179)


# Given names common in English-speaking countries and Europe, never read as a family name
# written first: "Dr. Chloe Martin" is Dr. Martin, never "Dr. Chloe" (reader 134).
_FIRST_IN_ENGLISH = frozenset("""chloe emma olivia sophie sophia emily jessica laura lucy amy anna
anne claire clare julia isabel isabella maria marie helen helena nicole natalie victoria kate
katherine charlotte amelia ella zoe alice lily jane jennifer lisa linda susan karen nancy sandra
ashley kimberly donna michelle carol amanda melissa stephanie heather megan rachel lauren
fiona siobhan aoife niamh eileen bridget caroline diana eva ingrid astrid freya hanna lena
oliver harry jack charlie noah liam ethan lucas max leo alexander adam ryan kevin jason eric
scott gary steven jeffrey justin brandon gregory chris christopher luis carlos jose juan pedro
miguel pablo diego marco luca matteo giovanni pierre jean louis hans lars erik sven johan
tom tim ben sam nick alex dan matt mike steve andy rob jim bob ian neil colin graham stuart
hugh declan sean ciaran conor liam niall owen rhys dylan gareth""".split())
# Common given names of English and Christian tradition: after a family name ("Okello James",
# "Dr. Ssekandi Moses"), as names are written in Uganda and elsewhere, they are the given name.
_GIVEN_NAMES = frozenset("""james john joseph joshua paul peter moses samuel david daniel michael mark
matthew luke simon stephen andrew thomas george robert richard william charles henry edward
francis patrick brian ivan allan alan kenneth dennis denis emmanuel isaac jacob abraham benjamin
timothy anthony vincent martin frank fred ronald raymond julius nicholas godfrey geoffrey
mary grace sarah ruth esther rebecca elizabeth margaret florence rose agnes catherine joan joyce
judith hannah deborah lydia martha naomi sharon ritah rita prossy juliet harriet annet annette
doreen brenda winnie janet susan christine diana jane joy faith hope patience mercy irene
stella gloria sylvia evelyn rachel eunice phiona fiona betty""".split())
# Given names that are surnames as often ("Chloe Martin", "Ana James"): after an untitled name
# they say nothing about its order.
_ALSO_SURNAMES = frozenset("""james john joseph paul peter samuel david daniel michael mark matthew
luke simon stephen andrew thomas george robert richard william charles henry edward francis
allan alan kenneth dennis denis anthony vincent martin frank fred ronald raymond nicholas
benjamin grace rose joy hope faith patience mercy jane""".split())
# Titles only Spanish speakers use, whose holders have two surnames: "Lic. Carmen Rojas Vargas".
_LATIN_TITLE = lazy(r"^(Ing\. Agr\.|Ing\.|Lic\.|Licda\.|Licdo\.|Lcda\.|Lcdo\.|Dra\.|Arq\.|Mtro\.|"
                    r"Mtra\.|Q\.F\.|Abog\.|C\.P\.|Econ\.)\s+((?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ'-]+\s?){3,4})$")
# Honorifics joined to a name: "Sato-san", "Kim-ssi", "Gupta-ji", "Tanaka-sensei".
_HONORIFIC_SUFFIX = lazy(r"[-\s](?:san|sama|sensei|senpai|kun|chan|ssi|nim|ji|sahib|sb)$",
                               re.IGNORECASE)


# Short forms the English nickname table does not hold: Slavic, Spanish, Italian, Portuguese,
# German and Dutch diminutives people greet each other by ("Dima" for Dmitri, "Pepe" for José).
_DIMINUTIVES = {
    "dima": "dmitri dmitry dmitrii", "mo": "mohammed mohammad muhammad mohamed mohamad moses",
    "sasha": "aleksandr alexander alexandra aleksandra oleksandr oleksandra",
    "misha": "mikhail michael", "kolya": "nikolai nikolay", "pasha": "pavel", "petya": "pyotr",
    "volodya": "vladimir", "vova": "vladimir", "lyosha": "aleksei alexei aleksey",
    "seryozha": "sergei sergey", "zhenya": "evgeny yevgeny evgenia", "yura": "yuri yury",
    "katya": "ekaterina yekaterina kateryna katerina", "katka": "katerina katarina kateryna",
    "gabi": "gabriela gabriel gabrielle gabriella",
    "tomek": "tomasz", "kasia": "katarzyna", "gosia": "malgorzata", "basia": "barbara",
    "kuba": "jakub", "bartek": "bartosz", "wojtek": "wojciech", "zosia": "zofia",
    "jurek": "jerzy", "staszek": "stanislaw", "franek": "franciszek", "losa": "losaline",
    "aga": "agnieszka", "weng": "rowena", "gelai": "angelica angela", "hannes": "johannes",
    "seba": "sebastian", "darek": "dariusz", "honza": "jan", "honzo": "jan",
    "nastya": "anastasia", "masha": "maria mariya",
    "natasha": "natalia natalya", "tanya": "tatiana tatyana", "lena": "elena yelena",
    "olya": "olga", "sveta": "svetlana", "ira": "irina", "yulia": "yuliya julia",
    "kasia": "katarzyna", "gosia": "malgorzata", "basia": "barbara", "ola": "aleksandra",
    "pepe": "jose", "paco": "francisco", "pancho": "francisco", "nacho": "ignacio",
    "lupe": "guadalupe", "chema": "jose", "chus": "jesus", "quique": "enrique", "rafa": "rafael",
    "lola": "dolores", "concha": "concepcion", "charo": "rosario", "memo": "guillermo",
    "beppe": "giuseppe", "peppe": "giuseppe", "gigi": "luigi", "nino": "giovanni antonio",
    "tonio": "antonio", "zeca": "jose", "chico": "francisco", "xande": "alexandre",
    "sepp": "josef joseph", "hansi": "hans johann", "jupp": "josef",
    "joost": "justus", "sjaak": "jacob jacobus", "wim": "willem", "kees": "cornelis",
}


@lru_cache(maxsize=1)
def _nicknamer():
    from nicknames import NickNamer  # a 2,700-line table, read only when a greeting needs it

    return NickNamer()


def _short_form(token: str, given: str) -> bool:
    """'Alex' for Alexandra (the start), 'Tina' for Christina (the end, four letters or more),
    'Liv' for Olivia (after a leading vowel), and a pet form made of the start or the end and
    an ending ('Venky' for Venkatesh, 'Rafi' for Rafael, 'Lupita' for Guadalupe, 'Frankie' for
    Francesca). 'Dan' is not Jordan, and 'Marta' is not Mariana."""
    if len(token) < 3 or token == given:
        return False
    if token in given and (given.startswith(token) or (len(token) >= 4 and given.endswith(token))
                           or (given[0] in "aeiou" and given[1:].startswith(token))):
        return True
    pet = _PET_ENDING.fullmatch(token.replace("k", "c"))
    if not pet or len(token) < 4:
        return False
    stem, spelt = pet.group(1), given.replace("k", "c")
    return spelt.startswith(stem) or re.search(stem + "[aeiou]?$", spelt) is not None


# The endings of pet forms across languages: -y, -ie, -i, -ito/-ita, -ka, -ek, -sha, -cho.
_PET_ENDING = lazy(r"([a-z]{3,}?)(?:y|ie|i|ito|ita|ika|ko|ka|ek|cho|cha|sha)")


def _spelt_another_way(a: str, b: str) -> bool:
    """The same name with one letter doubled or single, or an "h" dropped: "Mohamed" and
    "Mohammed", "Jon" and "John" (transliterations and spellings of one name)."""
    def squeeze(name: str) -> str:
        return shared(r"(.)\1").sub(r"\1", name)
    return a != b and (squeeze(a) == squeeze(b) or a.replace("h", "") == b.replace("h", ""))


def is_form_of(greeted: str, recipient: str, greet_as: str | None = None) -> bool:
    """Whether a greeted name addresses the recipient: a part of the name ("Soo-jin", "Sato"), a
    short form inside the given name ("Teo" for Teodora, "Liv" for Olivia), a listed nickname
    ("Bill" for William, "Peggy" for Margaret), the given form of a nickname, or the family name
    with an honorific ("Sato-san"). Case and accents do not matter."""
    from .text import words

    said = _HONORIFIC_SUFFIX.sub("", greeted.strip())
    said_words = words(said)
    if not said_words:
        return False
    name = parse(recipient)
    # The family name alone is how one addresses a stranger only with an honorific ("Sato-san");
    # "Hi Raman" to Priya Raman is not a greeting by name.
    honoured = said != greeted.strip()
    parts = set(words(" ".join([name.given, name.nickname, greet_as or "", name.middle or "",
                                recipient if honoured or not name.given else ""])))
    if all(w in parts for w in said_words):
        return True
    if len(said_words) != 1:
        return False
    token = said_words[0]
    given = words(name.given or "") or words(recipient)[:1]
    own = [g for g in given + words(name.nickname) + words(greet_as or "")
           + words(name.middle or "") if len(g) > 2]  # "Lupita" for María Guadalupe
    if any(_short_form(token, g) for g in own):
        return True
    if any(len(token) >= 5 and _spelt_another_way(token, g) for g in own):
        return True  # "Mohamed" for Mohammed: a letter doubled or not
    if any(g in _DIMINUTIVES.get(token, "").split() for g in own):
        return True
    try:
        namer = _nicknamer()
    except ImportError:  # the table is a dependency; without it, the rules above still hold
        return False
    return any(token in namer.nicknames_of(g) or g in namer.nicknames_of(token)
               or token in namer.canonicals_of(g) for g in own)


def person_key(first: str, last: str) -> str:
    """'José', 'Martínez' and 'jose', 'MARTINEZ ' match: accents folded, case and spacing
    ignored. `who` keys connections by it, and the history keys people by it."""
    from .text import fold

    return " ".join(fold(f"{first} {last}").casefold().split())
