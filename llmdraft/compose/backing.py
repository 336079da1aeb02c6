"""Which detail backs which strength: a recommendation says each fact right after the strength it
shows ("She was excellent at CFD simulation. To give one instance, she cut the simulation
turnaround by 40%."), and the facts no strength claims after them all.

A fact goes under a strength when
- it shares more than half the strength's words ("led the pricing analysis", "pricing analysis");
- it is the same deed ("mentored 3 new hires", "mentoring junior engineers");
- it is a deed of theirs naming the thing in a two-word strength ("secured a WHO grant", "grant
  writing"), unless that word is one any work names ("team", "data");
- it is a deed of the kind the strength is a skill in ("taught the lab's intro course",
  "mentoring"; "renegotiated the cleaning contract", "negotiation").
Each rule links only when exactly one strength answers: a fact two strengths could claim stays
unclaimed rather than under the wrong one.
"""
from __future__ import annotations

from .. import realise
from ..patterns import lazy
from ..text import Coverage, Text, stem, words

# Words a fact and a strength may share without being about the same thing ("every time" in a
# fact is no example of "paid on time").
_GENERIC = frozenset("time times day days week weeks every always never on in at".split())

# Verbs too general to say two deeds are the same: "worked on the rota" shows no "working
# nights".
_LIGHT_DEEDS = frozenset(stem(w) for w in "worked helped made did got had was were took "
                         "handled kept gave put set went came ran".split())

# Words too broad for half a strength to be shown by a deed naming them: "team", "people".
_BROAD = frozenset(stem(w) for w in """team people staff work project projects client clients customer
customers skill skills new good data company business process service time""".split())

# A deed typed with its subject: "she secured a grant", not "she was", "she has".
_THEIR_DEED = lazy(r"(?i)(?:she|he|they) (?!(?:is|was|are|were|has|had|have)\b)(?:[a-z]+ed|won|spoke|wrote|led|built|"
                   r"ran|taught|sold|made|found|grew|brought|drew|gave|took|kept|held|met|set|cut|shot|began|rebuilt|"
                   r"beat|bought|caught|chose|dealt|fought|flew|got|hit|laid|left|lent|lost|paid|put|rode|rose|saw|"
                   r"sent|sought|stood|struck|swam|thought|threw|understood|went|withdrew|won|wound|broke)\b")

# Kinds of skill, each as (what a strength of that kind says, what a deed of that kind says).
_KINDS = [(lazy(pattern), lazy(deeds)) for pattern, deeds in (
    (r"(?i)\b(?:mentor|coach|teach|train|tutor|onboard)",
     r"(?i)\b(?:mentored|coached|taught|tutored|onboarded|inducted|ran (?:the |a |weekly |monthly )*(?:workshops?|"
     r"lessons?|classes|training|journal club|study group|reading group|teaching rounds|tutorials?|seminars?)|trained (?:\d+ |the |our |all |new |junior |\w+ )*(?:staff|nurses|hires|starters|"
     r"engineers|analysts|people|volunteers|agents|colleagues|students|interns|juniors|managers|operators|drivers|"
     r"technicians|workers|teachers|cashiers|baristas|supervisors|recruits|apprentices|trainees)\b)"),
    (r"(?i)\b(?:present|public speaking|pitch)",
     r"(?i)\b(?:presented|spoke|gave (?:a |the )?(?:talk|keynote|speech|presentation)|keynoted|pitched|"
     r"ran (?:a |the )?webinar)"),
    (r"(?i)\b(?:writ|edit|copywrit|documentation)",
     r"(?i)\b(?:wrote|written|authored|co-authored|co-wrote|published|drafted|edited)\b(?! (?:the |a |an |our |\d+ )?"
     r"(?:[\w-]+ )?(?:tests?|test suite|code|scripts?|software|app|api|queries|functions|programs?|macros?)\b)"),
    (r"(?i)\bnegotiat",
     r"(?i)\b(?:negotiated|renegotiated|secured (?:a |the )?(?:\d+% )?discount)"),
    (r"(?i)\b(?:fundrais|grants?\b|donor)",
     r"(?i)\b(?:raised (?:[$\u00a3\u20ac]|\d|funds|money|over|more than|nearly|about)|(?:won|secured|landed) (?:a |an |the )?"
     r"(?:[$\u00a3\u20ac]?[\d.,]+[km]? )?(?:[\w-]+ ){0,2}(?:grants?|funding)\b|donors?\b|donations?\b)"),
    (r"(?i)\b(?:problem[- ]solving|troubleshoot|debugg)",
     r"(?i)\b(?:fixed|solved|debugged|troubleshot|resolved|diagnosed|found the root cause)"),
    (r"(?i)\b(?:organi[sz]|planning\b|scheduling\b|logistics\b|event)",
     r"(?i)\b(?:organi[sz]ed|planned|scheduled|arranged)"),
    (r"(?i)\b(?:de-?escalat|complaints?\b|customer (?:service|care|experience))",
     r"(?i)\b(?:complaints?\b|csat\b|nps\b|satisfaction\b|escalat|\d[\d.]* ?(?:star|\u2605) (?:reviews?|ratings?))"),
    (r"(?i)\b(?:sales\b|selling\b|business development)",
     r"(?i)\b(?:sold|(?:beat|hit|exceeded|smashed) (?:her |his |their |the )?(?:sales )?(?:quota|target)|(?:closed|signed) "
     r"(?:\d+ |[$\u00a3\u20ac][\d.,]+[km]? )?(?:new )?(?:deals?|contracts?|accounts?|clients?|customers?)\b)"),
    (r"(?i)\b(?:reliab|punctual|dependab)",
     r"(?i)\b(?:never (?:missed|late|called in)|on time\b|every (?:shift|deadline))"),
    (r"(?i)\b(?:calm|composure|under pressure|crisis)",
     r"(?i)\b(?:crisis|outage|emergenc|evacuat|code blue)"),
)]


def match(facts: list[realise.Fact], strengths: tuple[str, ...]) -> dict:
    """Each fact under the index of the strength it shows (None: none):
    "shipped 2 weeks ahead" is no example of "running weekly demos"."""
    out: dict = {}
    for fact in facts:
        text = Text(" ".join(w for w in fact.text.split() if w.lower() not in _GENERIC))
        covers = [text.coverage(s) for s in strengths]
        scores = [c.score for c in covers]
        best = max(range(len(scores)), key=lambda i: scores[i]) if scores else None
        key = best if best is not None and scores[best] > 0.5 else None  # "team grew to 40
        #   agents" shares one word with "coaching agents" and is no example of it
        deed = fact.form in ("past", "deed") or bool(_THEIR_DEED.match(fact.text))
        if key is None and fact.form in ("past", "deed"):
            verb = stem(fact.text.split()[0].lower())
            key = _one(i for i, s in enumerate(strengths) if s.split() and verb not in _LIGHT_DEEDS
                       and stem(s.split()[0].lower()) == verb)
        if key is None and deed:
            key = _one(i for i, s in enumerate(strengths) if scores[i] == 0.5 and len(words(s)) == 2
                       and not _shared_stems(covers[i], s) & _BROAD)
        if key is None and deed:
            kinds = [k for k, (_, shown) in enumerate(_KINDS) if shown.search(fact.text)]
            key = _one(i for i, s in enumerate(strengths)
                       if any(_KINDS[k][0].search(s) for k in kinds))
        out.setdefault(key, []).append(fact)
    return out


def _one(indexes) -> int | None:
    found = set(indexes)
    return found.pop() if len(found) == 1 else None


def _shared_stems(cover: Coverage, strength: str) -> set[str]:
    """The stems of the strength's words the fact has (its coverage's words less the missing)."""
    return {stem(w.lower()) for w in words(strength)} - {stem(w.lower()) for w in cover.missing}
