"""The offline composers, one module per kind: `compose(kind, ctx, variant)`."""

from __future__ import annotations

import re
from dataclasses import replace
from importlib import import_module

from .. import realise
from ..context import Context
from ..lexicon import word_class  # reads its data on first use only
from ..patterns import lazy, shared
from ..realise.translate import english

KINDS = ("request", "followup", "recommendation")


def compose(kind: str, ctx: Context, variant: int = 0) -> tuple[str, str | None]:
    """(message, subject) for `kind`, from the context alone; deterministic per variant."""
    if kind not in KINDS:
        raise ValueError(f"no offline composer for {kind!r}")
    if ctx.purpose and _untranslated(ctx.purpose):
        ctx = replace(ctx, purpose=None)  # "quiero aplicar a un puesto en KPMG": never pasted into
        #   an English sentence; purpose_stated says the draft leaves it out (reader 233)
    message, subject = import_module(f".{kind}", __name__).compose(ctx, variant)
    return _tidy(message), _tidy(subject) if subject else subject


def _plural_head(word: str) -> bool:
    """A plural a strength ends in: "decisions", "partnerships", "SOPs", "KPIs"; never a name or a
    tool that ends in s ("Kubernetes", "Jenkins", "pandas"), a field ("analytics") or "news"."""
    if shared(r"[A-Z]{2,}s").fullmatch(word):
        return True  # "SOPs", "KPIs"
    return word.islower() and word_class(word[:-1]) == "N" and not shared(r"(?:ss|us|is|ics|news|as|es)$").search(word) \
        or word.islower() and word.endswith("ions")


def _untranslated(purpose: str) -> bool:
    """A purpose typed in another language that the realiser could not say in English."""
    first = purpose.split()[0].lower().strip(",.:") if purpose.split() else ""
    return (realise.in_another_language(purpose) or first in _FOREIGN_OPENINGS) and not english(purpose)


# Words a purpose typed in Spanish, Portuguese, French, German, Italian or Dutch opens with, none
# of them English: "busco trabajo como enfermera", "Bewerbung als Werkstudent bei Bosch".
_FOREIGN_OPENINGS = frozenset("""busco buscando quiero quero postular postulación postulacion solicitar solicitud
aplicar bewerbung bewerben stelle postuler voglio vorrei candidarmi ik wil sollicitatie solliciteren
trabajo emprego vaga puesto lavoro""".split())


def _tidy(text: str) -> str:
    """"my work on my thesis on Baroque archives" is "my thesis on Baroque archives" (reader
    133), "my work on my capstone" is "my capstone work"; "Sarah's work on our lab's cardiac
    regeneration work" says "work" once (reader 137); "at 3 a.m." ends a sentence with one
    stop."""
    text = _MY_WORK_ON_MY.sub(_my_own, text)
    text = shared(r"\b(Where (?:[\w'-]+ ){0,4}[\w'-]*[^s\W]s) is concerned\b").sub(
        lambda m: m.group(1) + (" are concerned" if _plural_head(m.group(1).split()[-1]) else " is concerned"),
        text)  # "Where triage decisions are concerned" (reader 247)
    text = shared(r"\b([ap]\.m|e\.g|i\.e|etc)\.\.").sub(r"\1.", text)
    return _WORK_ON_WORK.sub(r"\1", text)


def _my_own(found: re.Match) -> str:
    """"my work on my capstone" -> "my capstone work": a project is not what is recommended
    (reader 144); "my thesis" and "my shifts" say the work already. The project ends before a
    verb or a small word: "my work on my thesis would do" (reader 145)."""
    words = found.group(2).split()
    end = next((i for i, w in enumerate(words) if i and (word_class(w.lower()) in ("V", "Z", "D", "F", "R")
                                                          or w.lower() in _NOT_IN_A_NAME)), len(words))
    project, rest = words[:end], words[end:]
    last = project[-1]
    after = f" {' '.join(rest)}" if rest else found.string[found.end():]  # what follows the project
    if found.string[:found.start()].endswith("recommend ") \
            and shared(r"\s(?:on|at|in|for|with|from|about)\b").match(after):
        return found.group(0)  # "Would you recommend my work on my capstone on millet supply
        #   chains?": the work is recommended, never "my capstone" (readers 148, 149)
    own = last.lower() in ("project", "work", "research", "thesis", "dissertation") \
        or bool(shared(r"[a-z]{3,}[^s]s").fullmatch(last)) \
        or bool(shared(r"\s(?:on|at|in|for|with|from|about)\b").match(after))  # "my book about
    #   Lagos markets" says what it is; "my book work about ..." would not (review)
    return " ".join([found.group(1), *project] + ([] if own else ["work"]) + rest)


_NOT_IN_A_NAME = frozenset("would will could should can might may must is are was were be".split())
_MY_WORK_ON_MY = lazy(r"\b([Mm]y) work on my ((?:[\w'-]+ ){0,4}?[\w'-]+)(?=\s(?:on|at|in|for|with|"
                            r"from|about|and|,)\b|[.,;:!?)]|$)")
_WORK_ON_WORK = lazy(r"(\bwork (?:on|in) (?:the|our|my|your|her|his|their|[A-Z][\w'’-]*'s)(?: [^\s.,;:!?]+){2,}) "
                           r"work(?=[.,;:!?]|$)")
