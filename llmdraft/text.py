"""Text matching for the checks: folding, tokens, a light stemmer and phrase coverage.

Hand-written rather than snowballstemmer or lemminflect on purpose: the checks run on every
offline draft, and those libraries cost 20 ms and 90 ms of start-up (bench/startup.py). This is a
conflation stemmer for matching, not linguistics: "negotiated", "negotiations" and "negotiating"
must meet, and "ran" must meet "running".
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from .patterns import lazy, shared

# Letters that NFKD does not decompose into ASCII.
_FOLD_EXTRA = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
    "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "ð": "d",
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
})


def fold(text: str) -> str:
    """'José Łukasz' -> 'Jose Lukasz'; curly quotes and dashes to ASCII. Case is kept."""
    text = text.translate(_FOLD_EXTRA)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_WORD = lazy(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?|[^\x00-\x7f]+")

STOPWORDS = frozenset("""
lol lmao haha tbh pls plz w
a an the of to for in on at with by and or but nor so as from into onto about over under than then
my our your their his her its we i you me us them they he she it that this these those there here
is are was were be been being am do does did doing have has had having will would can could shall
should may might must just also very really quite which who whom whose what when where why how all
any each both some such more most other own same only not no too up out off again further once
i'm i'd i've i'll you're you'd you've we're we've we'd it's that's let's he's she's he'd she'd
they're they've they'd he'll she'll they'll
""".split())

# Words that a paraphrase may drop without losing the point ("my project management skills").
# "Team coaching" said "she coached each of us"; "Flutter development" said "the Flutter app".
LIGHT = frozenset({"project", "skill", "abil", "work", "effort", "experi", "role", "job", "great",
                   "strong", "excel", "good", "help", "time", "thing", "way", "handl", "team",
                   "develop",
                   # a person's pronoun changes with the voice: "parents trust him" is "parents
                   # trust me" in his own request
                   "him", "her", "them", "he", "she", "they", "his", "hers", "their", "me", "my",
                   "himself", "herself", "themselves", "myself"})

_IRREGULAR = {
    "got": "get", "gotten": "get", "caught": "catch", "lost": "lose", "rode": "ride",
    "shot": "shoot", "swam": "swim", "wore": "wear", "worn": "wear", "sang": "sing",
    "sung": "sing", "flown": "fly", "hid": "hide", "hidden": "hide", "broke": "break",
    "broken": "break", "froze": "freeze", "spun": "spin", "dug": "dig", "hung": "hang",
    "sat": "sit", "slept": "sleep", "swept": "sweep", "woke": "wake", "overcame": "overcome",
    "undertook": "undertake",
    "ran": "run", "led": "lead", "built": "build", "wrote": "write", "written": "write",
    "taught": "teach", "brought": "bring", "thought": "think", "made": "make", "did": "do",
    "done": "do", "gave": "give", "given": "give", "took": "take", "taken": "take",
    "grew": "grow", "grown": "grow", "drove": "drive", "driven": "drive", "began": "begin",
    "begun": "begin", "spoke": "speak", "spoken": "speak", "kept": "keep", "sold": "sell",
    "won": "win", "met": "meet", "held": "hold", "found": "find", "understood": "understand",
    "chose": "choose", "chosen": "choose", "rose": "rise", "oversaw": "oversee",
    "overseen": "oversee", "went": "go", "saw": "see", "seen": "see", "bought": "buy",
    "fought": "fight", "sought": "seek", "knew": "know", "known": "know", "shipped": "ship",
    "across": "cross", "children": "child", "people": "person", "better": "good",
    "best": "good", "data": "data", "dealt": "deal", "felt": "feel",
    "spent": "spend", "sent": "send", "lent": "lend", "meant": "mean", "paid": "pay",
    "troubleshot": "troubleshoot", "fed": "feed", "bred": "breed", "fled": "flee",
    "upsold": "upsell", "resold": "resell", "safety": "safe", "family": "famili", "supply": "suppli",
    "assembly": "assembli", "anomaly": "anomali",
    "laid": "lay", "said": "say", "told": "tell", "stood": "stand", "struck": "strike",
    "threw": "throw", "thrown": "throw", "flew": "fly", "drew": "draw", "drawn": "draw",
    "analysis": "analyze", "analyses": "analyze", "storytelling": "story",
    "bookkeeping": "book", "bookkeeper": "book",
    # Clipped forms people type: "interview prep" is said "how I prepared for the interviews".
    "prep": "prepare", "preps": "prepare", "prepping": "prepare", "prepped": "prepare",
    "config": "configure", "configs": "configure", "comms": "communication",
    "info": "information", "stats": "statistics", "intro": "introduce", "intros": "introduce",
    # A noun and the verb or adjective it names, when no suffix rule joins them: a strength
    # written "sponsorship sales" is said "I sold the sponsorships".
    "sale": "sell", "sales": "sell", "growth": "grow", "choice": "choose", "choices": "choose",
    "loss": "lose", "losses": "lose", "proof": "prove", "speech": "speak", "speeches": "speak",
    "decision": "decide", "decisions": "decide", "failure": "fail", "failures": "fail",
    "maintenance": "maintain", "explanation": "explain", "explanations": "explain",
    "description": "describe", "descriptions": "describe", "response": "respond",
    "responses": "respond", "solution": "solve", "solutions": "solve", "resolution": "resolve",
    "reduction": "reduce", "reductions": "reduce", "production": "produce",
    "introduction": "introduce", "persuasion": "persuade", "conversion": "convert",
    "conversions": "convert", "expansion": "expand", "extension": "extend",
    "submission": "submit", "permission": "permit", "inclusion": "include", "revision": "revise",
    "revisions": "revise", "supervision": "supervise", "provision": "provide",
    "comparison": "compare", "success": "succeed", "knowledge": "know", "judgement": "judge",
    "judgment": "judge", "arrival": "arrive", "approval": "approve", "proposal": "propose",
    "proposals": "propose", "guidance": "guide", "defence": "defend", "defense": "defend",
    "pursuit": "pursue", "curiosity": "curious", "generosity": "generous", "clarity": "clear",
    "precision": "precise", "empathy": "empathetic", "humility": "humble", "simplicity": "simple",
    "depth": "deep", "breadth": "broad", "strength": "strong", "strengths": "strong",
    "width": "wide", "length": "long", "height": "high", "truth": "true", "warmth": "warm",
    "reliance": "rely", "variety": "vary", "anxiety": "anxious", "ease": "easy",
    # Short forms people type: "my testing + docs", "stakeholder mgmt".
    "documentation": "document", "docs": "document", "doc": "document", "mgmt": "management",
    "documented": "document", "documenting": "document", "documents": "document",
    "comms": "communications", "ops": "operations", "admin": "administration",
}
# Noun and adjective of one root ("patience" and "patiently", "reliability" and "reliable").
_DERIVATION = (
    (lazy(r"(?<=[a-z]{4})(?:ences?|ency|encies)$"), "ent"),
    (lazy(r"(?<=[a-z]{4})(?:ances?|ancy|ancies)$"), "ant"),
    (lazy(r"(?<=[a-z]{4})(?:acy|acies)$"), "ate"),
    (lazy(r"(?<=[a-z]{2})(?:abilit(?:y|ies))$"), "able"),
    (lazy(r"(?<=[a-z]{2})(?:ibilit(?:y|ies))$"), "ible"),
    (lazy(r"(?<=[a-z]{3})(?:esis|eses)$"), "esize"),  # synthesis, synthesised
)
_NOT_DERIVED = frozenset("experience experiences experienced experiencing".split())

# Longest first; each (suffix, replacement, minimum stem length left).
_SUFFIXES = (
    ("izations", "iz", 3), ("isations", "iz", 3), ("ization", "iz", 3), ("isation", "iz", 3),
    ("ational", "at", 3), ("ations", "at", 3), ("ation", "at", 3), ("itions", "it", 3),
    ("ition", "it", 3), ("ements", "", 4), ("ement", "", 4), ("ments", "", 4), ("ment", "", 4),
    ("nesses", "", 4), ("ness", "", 4), ("ships", "", 4), ("ship", "", 4), ("ities", "", 4),
    ("ity", "", 4), ("ingly", "", 3), ("ings", "", 3), ("ing", "", 3), ("ively", "", 4),
    ("ive", "", 4), ("ically", "ic", 3), ("ally", "al", 3), ("ily", "i", 3), ("ly", "", 4),
    ("ied", "i", 2), ("ies", "i", 2), ("ers", "", 4), ("er", "", 4), ("ors", "", 4),
    ("or", "", 4), ("ed", "", 3), ("es", "", 4), ("s", "", 3),
)
_VOWELS = set("aeiouy")
_COMPOUND = frozenset({"ship", "ships", "ness", "nesses", "ment", "ments", "ement", "ements"})
_BRITISH = lazy(r"(?<=[a-z][bcdfghjklmnpqrstvwxz])(?:is|ys)(e|es|ed|ely|ing|ings|er|ers|ation|ations)$")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    w = fold(word).lower()
    if w.endswith("'s"):
        w = w[:-2]
    elif "'" in w:
        w = w.split("'")[0]
    if w in _IRREGULAR:
        w = _IRREGULAR[w]
    elif w.startswith("re") and w[2:] in _IRREGULAR and len(w) > 5:
        w = "re" + _IRREGULAR[w[2:]]  # rewrote -> rewrite, rebuilt -> rebuild
    elif w.endswith("people") and len(w) > 6:
        w = w[:-6] + "person"  # craftspeople -> craftsperson
    elif w.endswith(("smen", "swomen", "rmen", "amen", "emen")) and len(w) > 6:
        w = w[:-2] + "an"  # craftsmen -> craftsman, firemen -> fireman, chairmen -> chairman
    elif w in _JOINED:
        w = _JOINED[w]  # interagency -> agency: "coordination between the agencies"
    if len(w) <= 3 or not w.isalpha():
        return w
    if w not in _NOT_DERIVED:
        for pattern, repl in _DERIVATION:
            w = pattern.sub(repl, w)
    w = _BRITISH.sub(lambda m: ("yz" if m.group(0)[0] == "y" else "iz") + m.group(1), w)
    if w.endswith(("ss", "us", "is")):
        return w
    for _ in range(2):  # a second pass only after -ship/-ness/-ment: leadership -> leader -> lead
        for suffix, repl, keep in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= keep:
                base = w[: len(w) - len(suffix)]
                if not (_VOWELS & set(base)):
                    continue
                w = base + repl
                break
        else:
            break
        if suffix not in _COMPOUND:
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz" and w[-1] not in _VOWELS:
        w = w[:-1]  # runn -> run, plann -> plan
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w.endswith("y"):
        w = w[:-1] + "i"
    if w.endswith("wiv"):
        w = w[:-1] + "f"  # midwives -> midwife
    return _SAME.get(w, w)


# Compounds said apart: "interagency coordination" as "coordination between the agencies".
_JOINED = {"interagency": "agency", "multiagency": "agency", "interdepartmental": "department",
           "crossdepartmental": "department", "intercompany": "company",
           "multidisciplinary": "discipline", "interdisciplinary": "discipline"}


# Words a careful reader takes for one another in a strength ("bargained with our vendors" for
# "supplier negotiations", "how quickly I prototyped" for "rapid prototyping"): one stem each.
# Kept to close workplace synonyms, so that a different skill is never taken for the named one.
_SAME = {"vend": "suppli", "bargain": "negotiat", "procur": "sourc", "rapid": "quick",
         "fast": "quick", "swift": "quick", "speedi": "quick", "client": "custom",
         "inform": "communicat"}


def words(text: str) -> list[str]:
    """Word tokens of the folded text, in order, lowercase."""
    return _WORD.findall(fold(text).lower())


def stems_match(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    # One stem the start of the other, long enough to be the same word: "leader"/"leadership";
    # or a short word and its plural, which the stemmer leaves alone: "kpi"/"kpis".
    # "rost"/"roster" too: the stemmer takes -er off "roster" but not off "rostering".
    if _SAME_SENSE.get(a, a) == _SAME_SENSE.get(b, b):
        return True  # "how I cut waste" names "waste reduction"
    # "mentor"/"mentoring" ("ment" and "mentor" once stemmed), "tidy"/"tidiest"
    return (len(short) >= 5 and long_.startswith(short)) \
        or long_ in (short + "s", short + "er", short + "or", short + "ness") \
        or (len(short) >= 4 and long_ == short + "est") \
        or (len(a) == len(b) >= 6 and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"z", "t"}) \
        or (len(short) >= 6 and a[:3] == b[:3] and _one_slip(short, long_))
    #  "recognised"/"recognition": the verb in -ise, the noun in -ition; "reliabel"/"reliable"


# Stems of words that name the same doing: a cut is a reduction.
_SAME_SENSE = {"cut": "reduc", "reduct": "reduc", "slash": "reduc", "lower": "reduc"}
# For each such sense, the index buckets (first three letters) its words fall in.
_SENSE_STARTS = {sense: frozenset({sense[:3]} | {k[:3] for k, v in _SAME_SENSE.items()
                                                  if v == sense})
                 for sense in set(_SAME_SENSE.values())}


def _one_slip(short: str, long_: str) -> bool:
    """A typing slip after the first three letters: two letters swapped ("reliabel") or one
    left out ("warehose" for "warehouse"). A draft that spells right what the context typed
    wrong names it: a model nearly always mends such slips."""
    if len(short) == len(long_):
        diff = [i for i in range(len(short)) if short[i] != long_[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and \
            short[diff[0]] == long_[diff[1]] and short[diff[1]] == long_[diff[0]]
    return len(long_) == len(short) + 1 and any(
        long_[:i] + long_[i + 1:] == short for i in range(3, len(long_)))


class Coverage(NamedTuple):
    score: float  # share of the phrase's weight found close together in the text
    missing: tuple[str, ...]  # the phrase's words not found (as written in the phrase)


# A sentence ends at . ! ? before a space, or at a line break; not after an initial or a common
# abbreviation ("Hartwell v. Grayson", "Dr. Lindqvist", "Acme Inc. and").
_ABBREVIATIONS = ("dr", "mr", "ms", "mrs", "prof", "rev", "st", "jr", "sr", "vs", "co", "inc",
                  "ltd", "etc", "no", "fig", "approx", "dept", "univ", "esp", "incl", "e.g",
                  "i.e")
_NOT_AFTER = "".join(f"(?<!\\b{a})" for a in _ABBREVIATIONS) + "(?<!\\b[a-z])"
_TOKEN_OR_BREAK = lazy(
    r"[a-z0-9]+(?:'[a-z]+)?|[^\x00-\x7f]+|" + _NOT_AFTER + r"[.!?](?=\s|$)|\n")


# A verb and its particle that are also one noun: "how I set up the Shopify store" names
# "Shopify setup"; "rolled out" a "rollout".
_PHRASAL = {(verb, particle): verb + particle for verb, particle in (
    ("set", "up"), ("clean", "up"), ("roll", "out"), ("hand", "over"), ("lay", "out"),
    ("break", "down"), ("sign", "off"), ("follow", "up"), ("check", "in"), ("start", "up"),
    ("turn", "around"), ("build", "out"), ("write", "up"), ("back", "up"), ("walk", "through"),
    ("take", "over"), ("mark", "up"), ("roll", "back"), ("sign", "up"), ("work", "around"),
    ("hand", "off"),
    ("print", "out"), ("shut", "down"), ("check", "out"), ("log", "in"), ("spin", "up"))}


class Text:
    """A text prepared once for many phrase look-ups: tokens, their stems, their sentences."""

    def __init__(self, text: str):
        self.raw = text
        self.tokens: list[str] = []
        sentence_of: list[int] = []
        sentence = 0
        for token in _TOKEN_OR_BREAK.findall(fold(text).lower()):
            if token in ".!?\n":
                sentence += 1
            else:
                self.tokens.append(token)
                sentence_of.append(sentence)
        self.stems = [stem(t) for t in self.tokens]
        for i in range(len(self.tokens) - 1):  # "set up the store" names a "setup"
            if sentence_of[i + 1] != sentence_of[i]:
                continue  # "- Incident logs\n\nIn case ...": no "login" across lines
            joined = _PHRASAL.get((self.stems[i], self.tokens[i + 1]))
            if joined:
                self.stems[i] = joined
        # The index of the last token of each token's sentence: a mention stays in one sentence.
        self._sentence_end = [0] * len(self.tokens)
        for i in range(len(self.tokens) - 1, -1, -1):
            last = i == len(self.tokens) - 1 or sentence_of[i + 1] != sentence_of[i]
            self._sentence_end[i] = i if last else self._sentence_end[i + 1]
        self._by_first: dict[str, list[int]] = {}
        for i, s in enumerate(self.stems):
            self._by_first.setdefault(s[:3], []).append(i)

    def ends_sentence(self, i: int) -> bool:
        return self._sentence_end[i] == i

    def positions(self, phrase_stem: str) -> list[int]:
        starts = _SENSE_STARTS.get(_SAME_SENSE.get(phrase_stem, phrase_stem))
        if not starts:  # the common case: one bucket, already in order
            return [i for i in self._by_first.get(phrase_stem[:3], ())
                    if stems_match(self.stems[i], phrase_stem)]
        found = {i for start in starts for i in self._by_first.get(start, ())}
        return sorted(i for i in found if stems_match(self.stems[i], phrase_stem))

    def coverage(self, phrase: str) -> Coverage:
        """How much of `phrase` appears in this text within one window of one sentence,
        inflection allowed."""
        items: list[tuple[str, str, float]] = []  # (stem, original word, weight)
        seen = set()
        tokens = words(phrase)
        stems = [stem(t) for t in tokens]
        for i in range(len(tokens) - 1):  # "turned around a store", as the text reads it
            stems[i] = _PHRASAL.get((stems[i], tokens[i + 1]), stems[i])
        for token, s in zip(tokens, stems):
            if token in STOPWORDS or s in seen or not any(ch.isalnum() for ch in token):
                continue  # an emoji names nothing: "the summer camp 🏕️" is the summer camp
            seen.add(s)
            items.append((s, token, 0.5 if s in LIGHT else 1.0))
        if not items:
            return Coverage(1.0, ())
        found = [self.positions(s) for s, _, _ in items]
        total = sum(w for _, _, w in items)
        window = max(10, 3 * len(items) + 4)
        best_score, best_hit = 0.0, [False] * len(items)
        # A phrase that has sentences of its own ("Sure! Here is ...") may cross them.
        bounded = not shared(r"[.!?](?:\s|$)").search(phrase)
        for start in sorted({p for ps in found for p in ps}):
            limit = min(start + window, self._sentence_end[start]) if bounded else start + window
            hit = []
            for ps in found:
                at = bisect_left(ps, start)
                hit.append(at < len(ps) and ps[at] <= limit)
            score = sum(w for (_, _, w), h in zip(items, hit) if h) / total
            # On a tie, the window with the phrase's last word (a noun phrase's head) wins:
            # "the coordination ... either side of the border" over "cross-border protocol".
            if score > best_score or (score == best_score and hit[-1] and not best_hit[-1]):
                best_score, best_hit = score, hit
        missing = tuple(orig for (_, orig, _), h in zip(items, best_hit) if not h)
        return Coverage(best_score, missing)


# Verbs a strength may start with ("lead the pricing analysis"); -ing and -ed forms are found
# by their endings.
ACTION_VERBS = frozenset("""
lead manage organize organise build drive negotiate coordinate mentor design write ship deliver
run present analyze analyse create develop launch grow reduce improve translate communicate explain
facilitate handle plan teach train solve scale automate debug sell close recruit hire motivate
resolve simplify turn bring keep make get find spot unblock coach inspire rally align prioritize
prioritise research test measure model forecast budget raise win own de-escalate
""".split())
IRREGULAR_PAST = frozenset("""
led ran built wrote taught made drove grew won sold kept held brought oversaw cut set spoke
took gave found began chose met shipped rebuilt rewrote overhauled
""".split())


def starts_with_verb(phrase: str) -> bool:
    """'mentoring new analysts', 'led the migration', 'lead the analysis': yes.
    'supplier negotiations', 'rewrite of Halcyon billing': no."""
    content = [w for w in words(phrase) if w not in STOPWORDS]
    if not content:
        return False
    head = content[0]
    return ((head.endswith("ing") and len(head) > 4) or head in IRREGULAR_PAST
            or (head.endswith("ed") and len(head) > 4) or head in ACTION_VERBS) and len(content) > 1


def _quality_kept(rest: list[str], missing: set[str]) -> bool:
    """'writing tidy release notes' said as 'my tidy release notes': the activity's verb may go
    when everything it acted on is there, with the adjective that says how well. Without an
    adjective ('training new pickers' as 'the new pickers') the activity itself is the strength."""
    if len(rest) < 2 or any(w in missing for w in rest):
        return False
    from .lexicon import word_class  # read only here: most phrases never get this far

    return any(word_class(w) == "J" and w not in ("new", "other", "same") for w in rest[:-1])


# Heads that say only "the running of" what comes before them: a paraphrase that names the
# rest ("how strict I was about safe isolation") names the strength.
_GENERIC_HEADS = frozenset({"manag", "procedur", "process", "practic", "administrat", "oversight",
                            "superviz", "operat"})


def covered(cov: Coverage, phrase: str, anchored: bool = False) -> bool:
    """The bar for 'named': every number and capitalised word, the phrase's head word (its verb,
    or else its last noun), and nearly all of the rest. `anchored` (for project names): when
    the capitalised words are all there, half of the rest is enough ("the Atlas migration")."""
    tokens = _WORD.findall(fold(phrase))
    opening = {w.lower() for w in shared(r"(?:^|[:.!?]\s+)([A-Z][a-z]+)\b").findall(fold(phrase))}  # "Thesis:
    #   Predictive maintenance ...": a capital that starts a part is no name (reader 178)
    must = {w.lower() for w in tokens
            if w[0].isdigit() or (w[0].isupper() and w.lower() not in STOPWORDS
                                  and not (w.lower() in opening and w[1:].islower() and w != tokens[0]))}
    missing = {m.lower() for m in cov.missing}
    if missing & must:
        return False
    if anchored and must and cov.score >= 0.5:
        return True
    heavy_words = [t for t in words(phrase) if t not in STOPWORDS and stem(t) not in LIGHT]
    if heavy_words:
        head = heavy_words[0] if starts_with_verb(phrase) else heavy_words[-1]
        if head in missing and head != heavy_words[0] and stem(head) in _GENERIC_HEADS:
            return not (missing - {head})  # "volunteer rota management": "kept the volunteer
            #                                 rota running" names it; "safe isolation procedures"
        if head in missing:
            return head == heavy_words[0] and _quality_kept(heavy_words[1:], missing)
    heavy = [w for w in cov.missing if stem(w) not in LIGHT]
    n_heavy = len(heavy_words)
    if n_heavy <= 2:
        return not heavy
    if n_heavy == 3:
        return len(heavy) <= 1
    return cov.score >= 0.74 and len(heavy) <= max(1, n_heavy // 4)
