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
            if len(_bare(typed)) > 2 and not lexicon.known(_bare(typed)):
                table.setdefault(_bare(typed), (said, kind))  # "enfermeria pediatrica" typed without
                #   accents; never "a" for "à", an English word
    return table


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=4096)
def english(text: str) -> str | None:
    """The phrase in English, or None when it is English already or has a word the table does
    not know."""
    words = text.strip().split()
    if not words or any(w.lower() in _ENGLISH_LINKS for w in words):
        return None  # "organisation of a 40-person team": English, whatever its spelling (review)
    table = _words()
    whole = table.get(" ".join(words).lower().replace("\u2019", "'"))
    if whole and not lexicon.known(" ".join(words).lower()):
        return whole[0]  # "bon esprit d'équipe": good team spirit
    foreign = [w for w in words if w.lower() in table and table[w.lower()][1] in "na"
               and not lexicon.known(w.lower()) and w.lower() not in _ENGLISH_TOO]
    if not foreign or (set(w.lower() for w in words) & _GERMAN and any(
            w[:1].isupper() and w.lower() not in table and not lexicon.known(w.lower()) for w in words)):
        return None  # "patience", "team spirit": English as typed; "Geduld mit Patienten": a German
        #   noun the table does not know, so the whole stays as typed (review)
    if words[0].lower() in table and table[words[0].lower()] == ("for", "p") and len(words) > 1:
        words = words[1:]  # "para un doctorado en Alemania": a doctorate in Germany
    said = _phrase(words)
    if not said:
        return None
    said = shared(r"\b(an?) master(?:'s)?\b(?! (?:degree|programme|program))").sub(r"\1 master's programme", said)
    post = shared(r"^application as (.+)$").match(said)  # "Bewerbung als Schulleiter": a head teacher post
    return f"{'an' if post.group(1)[:1] in 'aeiou' else 'a'} {post.group(1)} post" if post else said


# Words that say a phrase is English: "organisation of a 40-person team", "patience with clients".
_ENGLISH_LINKS = frozenset("""of the and with in for to a an under on at by from as is are my our his her their
this that it""".split())
# Words in the table that are English too, and so never say a phrase is in another language.
_ENGLISH_TOO = frozenset("""organisation personnel stage patience communication initiative engagement formation
analyse leadership admission poste director gentil responsable production maintenance patients clients
calma""".split())
# German's small words: after them a capitalised word is a noun, never a name ("Geduld mit Patienten").
_GERMAN = frozenset("mit und als für ein eine der die das von zu im".split())


def _phrase(words: list[str]) -> str | None:
    """"N de M" -> "M N", "N A" -> "A N", "X e Y" -> "X and Y"."""
    table = _words()
    low = [w.lower() for w in words]
    whole = table.get(" ".join(low))
    if whole and whole[1] in "na":
        return whole[0]  # "travail en équipe": teamwork, inside a longer phrase
    for link in ("and", "with", "for", "as", "to the", "at", "in the", "in"):
        at = next((i for i, w in enumerate(low) if table.get(w, ("", ""))[0] == link and table[w][1] == "p"), None)
        if at is not None and 0 < at < len(words) - 1:
            left, right = _phrase(words[:at]), _phrase(words[at + 1:])
            link = "for" if link == "with" and left in ("care", "kindness") else "to" if link == "with" and left in (
                "commitment", "dedication") else link  # care for patients, commitment to quality
            link = "in" if link in ("in the", "to the") and right and right[:1].isupper() else link  # "no Canadá": in Canada
            return f"{left} {link} {right}" if left and right else None  # "liderança no grupo de
            #   estágio": leadership in the internship group
    at = next((i for i, w in enumerate(low) if table.get(w, ("", ""))[0] == "of" and table[w][1] == "p"), None)
    if at is not None and 0 < at < len(words) - 1:
        head, of = _phrase(words[:at]), _phrase(words[at + 1:])
        if of and " " not in of and of.endswith("s") and not of.endswith("ss") and lexicon.known(of[:-1]):
            of = of[:-1]  # "gestão de projetos": project management, never "projects management"
        return f"{of} {head}" if head and of else None  # "protocolos de higiene": hygiene protocols
    out: list[tuple[str, str]] = []
    for typed, w in zip(words, low):
        if w in table and table[w][1] == "d":
            if table[w][0] in ("very", "a"):
                out.append((table[w][0], "d"))
            continue  # "os pacientes": patients
        if w in table and table[w][1] in "na":
            out.append(table[w])
        elif lexicon.known(w) or not w.isalpha() or shared(r"[A-Z]{2,}").search(typed) or (
                typed[:1].isupper() and not set(low) & _GERMAN):
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
