"""Where in a message the project, each strength and the offer are: spans for the page to mark.

The checks give verdicts, not positions, and their code is not this module's to change. So the
spans are found here, with the same folding and stemmer the checks use (llmdraft.text): for each
phrase, the tightest run of its content words within one sentence. The offer (and any other
check whose detail quotes what it found, e.g. "('return the favour')") is found by that quote.
A mark is a reading aid; the verdict is always the check's.

Offsets count code points (Python's str), which the page converts from (JS counts UTF-16 units).
"""

from __future__ import annotations

import re

from llmdraft.text import STOPWORDS, fold, stem, stems_match

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?|[^\x00-\x7f\s.,;:!?()\"'\u2019\u201c\u201d-]+"
                    r"|[.!?](?=\s|$)|\n")
_QUOTED = re.compile(r"""\((['"])(.+?)\1\)""")
MAX_SPANS = 40


def _tokens(message: str) -> list[tuple[int, int, str, int]]:
    """(start, end, stem, sentence number) of each word."""
    out, sentence = [], 0
    for m in _TOKEN.finditer(message):
        word = m.group(0)
        if word in ".!?\n":
            sentence += 1
            continue
        out.append((m.start(), m.end(), stem(word), sentence))
    return out


def _content_stems(phrase: str) -> list[str]:
    seen: list[str] = []
    for word in _TOKEN.findall(phrase):
        low = fold(word).lower()
        if low in ".!?\n" or low in STOPWORDS:
            continue
        s = stem(word)
        if s not in seen:
            seen.append(s)
    return seen


def find_phrase(tokens, phrase: str) -> tuple[int, int] | None:
    """The span from the first to the last word of the best window holding at least half of the
    phrase's content words (all of them for a one- or two-word phrase)."""
    wanted = _content_stems(phrase)
    if not wanted:
        return None
    need = len(wanted) if len(wanted) <= 2 else (len(wanted) + 1) // 2
    window = max(10, 3 * len(wanted) + 4)
    best: tuple[int, int, int] | None = None  # (-found, width, start index)
    for i, (_, _, s, sentence) in enumerate(tokens):
        if not any(stems_match(s, w) for w in wanted):
            continue
        found: set[int] = set()
        last = i
        for j in range(i, min(len(tokens), i + window)):
            if tokens[j][3] != sentence:
                break
            hits = {k for k, w in enumerate(wanted) if stems_match(tokens[j][2], w)}
            if hits - found:
                found |= hits
                last = j
        if len(found) >= need:
            key = (-len(found), last - i, i)
            if best is None or key < best:
                best = (key[0], key[1], i)
    if best is None:
        return None
    start_index = best[2]
    return tokens[start_index][0], tokens[start_index + best[1]][1]


def highlights(result: dict, context) -> list[dict]:
    """[{start, end, check, label}] without overlaps, in text order."""
    message = result.get("message") or ""
    if not message:
        return []
    passed = {c["name"] for c in result.get("checks", []) if c["passed"]}
    tokens = _tokens(message)
    spans: list[dict] = []
    if "project_named" in passed:
        found = find_phrase(tokens, context.project)
        if found:
            spans.append({"start": found[0], "end": found[1], "check": "project_named",
                          "label": "the project"})
    for n, strength in enumerate(context.strengths, start=1):
        found = find_phrase(tokens, strength)
        if found:
            spans.append({"start": found[0], "end": found[1], "check": "strengths_covered",
                          "label": f"strength {n}"})
    folded = fold(message).lower()
    same_length = len(folded) == len(message)
    for check in result.get("checks", []):
        if not check["passed"] or check["name"] in ("project_named", "strengths_covered"):
            continue
        quote = _QUOTED.search(check.get("detail") or "")
        if not quote or not same_length:
            continue
        at = folded.find(fold(quote.group(2)).lower())
        if at >= 0:
            label = "the offer" if check["name"] == "reciprocal_offer" else check["name"]
            spans.append({"start": at, "end": at + len(quote.group(2)), "check": check["name"],
                          "label": label})
    spans.sort(key=lambda s: (s["start"], -(s["end"] - s["start"])))
    kept: list[dict] = []
    for span in spans:
        if kept and span["start"] < kept[-1]["end"]:
            continue
        kept.append(span)
    return kept[:MAX_SPANS]
