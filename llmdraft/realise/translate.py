"""A strength typed in Spanish, Portuguese, French, German or Italian, said in English:
"Geduld" -> "patience", "gestão de budget" -> "budget management", "enfermería pediátrica" ->
"paediatric nursing", "muy organizada" -> "very organised" (readers 204, 212, 219). Only a phrase
whose every word is in data/foreign_words.txt, is English or is a name; any other is left as
typed, for the composer's frames that quote a strength in its own language."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from .. import lexicon
from ..patterns import shared


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, str]]:
    """The table: typed word or phrase -> (English, class)."""
    table: dict[str, tuple[str, str]] = {}
    lines = (Path(__file__).parent.parent / "data" / "foreign_words.txt").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.strip() and not line.startswith("#"):
            typed, said, kind = line.split("\t")
            table[typed] = (said, kind)
            table.setdefault(_bare(typed), (said, kind))  # "enfermeria pediatrica" typed without accents
    return table


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def english(text: str) -> str | None:
    """The phrase in English, or None when it is English already or has a word the table does
    not know."""
    words = text.strip().split()
    if not words:
        return None
    table = _words()
    whole = table.get(" ".join(words).lower().replace("\u2019", "'"))
    if whole and not lexicon.known(" ".join(words).lower()):
        return whole[0]  # "bon esprit d'équipe": good team spirit
    foreign = [w for w in words if w.lower() in table and table[w.lower()][1] in "na"
               and not lexicon.known(w.lower())]
    if not foreign:
        return None  # "patience", "team spirit": English as typed
    if words[0].lower() in table and table[words[0].lower()] == ("for", "p") and len(words) > 1:
        words = words[1:]  # "para un doctorado en Alemania": a doctorate in Germany
    said = _phrase(words)
    if not said:
        return None
    said = shared(r"\b(an?) master(?:'s)?\b(?! (?:degree|programme|program))").sub(r"\1 master's programme", said)
    post = shared(r"^application as (.+)$").match(said)  # "Bewerbung als Schulleiter": a head teacher post
    return f"{'an' if post.group(1)[:1] in 'aeiou' else 'a'} {post.group(1)} post" if post else said


def _phrase(words: list[str]) -> str | None:
    """"N de M" -> "M N", "N A" -> "A N", "X e Y" -> "X and Y"."""
    table = _words()
    low = [w.lower() for w in words]
    for link in ("and", "with", "for", "as", "to the", "at", "in the", "in"):
        at = next((i for i, w in enumerate(low) if table.get(w, ("", ""))[0] == link and table[w][1] == "p"), None)
        if at is not None and 0 < at < len(words) - 1:
            left, right = _phrase(words[:at]), _phrase(words[at + 1:])
            link = "for" if link == "with" and left in ("care", "kindness", "patience") else link  # care for patients
            return f"{left} {link} {right}" if left and right else None  # "liderança no grupo de
            #   estágio": leadership in the internship group
    at = next((i for i, w in enumerate(low) if table.get(w, ("", ""))[0] == "of" and table[w][1] == "p"), None)
    if at is not None and 0 < at < len(words) - 1:
        head, of = _phrase(words[:at]), _phrase(words[at + 1:])
        return f"{of} {head}" if head and of else None  # "protocolos de higiene": hygiene protocols
    out: list[tuple[str, str]] = []
    for typed, w in zip(words, low):
        if w in table and table[w][1] == "d":
            if table[w][0] in ("very", "a"):
                out.append((table[w][0], "d"))
            continue  # "os pacientes": patients
        if w in table and table[w][1] in "na":
            out.append(table[w])
        elif lexicon.known(w) or not w.isalpha() or typed[:1].isupper() or shared(r"[A-Z]{2,}").search(typed):
            out.append((typed, "e"))  # "budget", "SAP", "Excel": English or a name, as typed
        else:
            return None
    if not out:
        return None
    if out[0][0] == "a" and len(out) > 1:
        out = [(("an" if out[1][0][:1].lower() in "aeiou" else "a"), "d"), *out[1:]]
    if len(out) == 2 and out[0][1] in "ne" and out[0][0] != "very" and out[1][1] == "a":
        out = [out[1], out[0]]  # "enfermería pediátrica": paediatric nursing
    return " ".join(said for said, _ in out)
