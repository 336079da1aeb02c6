"""The offline recommendation, in the writer's voice: how they knew the person and on what, the
strongest point first, each further strength with the details that back it, what a reader
should take away, and a close that fits the writer's standing. 100 to 200 words by default;
when the context is too thin for that many honest words it stays short (word_target warns)
rather than padding with claims nobody made."""

from __future__ import annotations

import re

from .. import realise
from ..context import Closeness, Context
from ..names import parse, public_name
from ..patterns import lazy, shared
from ..text import Text, covered, words
from .common import (Picker, choose, evidence, first_fit, fits_goals, owned_applications, table,
                     unsaid)

# The writer's standing, for the close: how a manager, a teacher or a client sign off.
_STANDING = {"managed-you": "manager", "senior-to-you": "higher", "teacher": "teacher",
             "advisor": "advisor", "client": "client", "reported-to-you": "lower",
             "junior-to-you": "peer", "vendor": "vendor"}


def compose(ctx: Context, variant: int) -> tuple[str, str | None]:
    phrasing = table("recommendation")
    pick = Picker(ctx, variant, "recommendation")
    # The name a friend would use; a name that may be family name first is said in full
    name = public_name(ctx.recipient, ctx.greet_as)
    their, them = _pronouns(ctx)
    # After the first sentence the person is "she" or "he" when the context says so, and
    # "they" when it does not (llmdraft does not guess anyone's pronouns).
    later = {"her": "she", "his": "he"}.get(their, "they")
    project = realise.project(ctx.project)
    if ctx.relationship.value in ("teacher", "advisor") and project.np.startswith("my ") \
            and _ACADEMIC_WORK.search(project.np):  # typed by the student: "my Master's thesis"
        project = realise.Project(f"{their} {project.text[3:]}", project.form)  # is theirs
    strengths = realise.strengths(ctx.strengths)
    facts = realise.as_typed(realise.facts(ctx.details), ctx.details)
    backing = _match(facts, ctx.strengths)
    fill = {"name": name, "their": their, "them": them}
    thing = project.np  # the writer typed it: "my bakery's rebrand" is the writer's
    names = frozenset({name, *parse(ctx.recipient).words()})

    side = ctx.relationship.value
    if side == "teacher" and project.sport:
        side = "coach"  # "I coached Mike in JV basketball", not "I taught Mike in" it
    on_project = project.on
    if on_project.startswith("while "):  # the person did it: "when she was running the desk"
        on_project = f"when {later} {'were' if later == 'they' else 'was'} {project.np}"
    relation = choose(pick, phrasing, "relation", side)
    gerund = project.form == "gerund"
    relation = first_fit(phrasing["relation"][side], relation, lambda r: not (
        (side == "classmate" and project.form != "course" and "side by side" not in r)
        #   classmates study in a course; on a project they work side by side
        or (on_project.startswith("in ") and "engaged" in r)  # not "I engaged Ahmed in coaching"
        or (realise.project_head(project) in _GROUPS and "team" in r)  # not "on my team on the
        #                                                                 HR team"
        or (ctx.closeness is Closeness.DISTANT and "closely" in r)  # not said of a distant tie
        or (gerund and shared(r"engaged|did work for me|same team|teammates|'s client|"
                                 r"on my team|reported to me").search(r))
        or (on_project.startswith("at ") and "brought" in r)  # not "brought Abebe in at the gala"
        or (side == "teacher" and shared(r"(?i)\b(?:thesis|dissertation|capstone|project)\b").search(
                                            project.np) and "supervised" not in r)
        or (side == "teacher" and project.form == "course" and "mentored" in r)  # one teaches a
        #                                                                         course
        or (side == "teacher" and project.form != "course" and not project.sport
            and not shared(r"(?i)\bmentor").search(project.np) and "supervised" not in r)
        #   a student's project, entry or report is supervised, not "taught on"
        or (side == "teacher" and shared(r"(?i)\bmentor").search(project.np) and "mentored" not in r)))
    #   one supervises a thesis: "I supervised Isla's work on the Part 2 thesis", not "taught"
    #   "I brought Chloe in on renovating our farmhouse", "I worked alongside Piotr on migrating"
    relation = relation.format(on_project=on_project, **fill)
    lead = choose(pick, phrasing, "lead", "all")
    said_name = name in relation and f"with {name}'s team" not in relation  # it names them:
    #   "their SQL skills"; after "Oliver's team", "their" would be the team's
    lead_s = strengths[0].theirs(later, their if said_name or their != "their" else f"{name}'s",
                                 writer=True)
    plural = (lead_s.endswith("s") and not lead_s.endswith("ss")) or " and " in lead_s
    lead = first_fit(phrasing["lead"]["all"], lead, lambda f: not (
        (plural and shared(r"asset|(?:was|is) \{s\}").search(f))  # not "what stood out most was
        #                                                    her skills", "her best asset is"
        or (len(strengths) == 1 and shared(r"(?i)first|list|begin with|start with").search(f))  # no
        #   "first thing" or "Let me begin with" with
        #                                                                 no second
        or ("{name}'s" in f and name in lead_s)  # not "Kofi's best asset is Kofi's ..."
        or (lead_s.startswith("that ") and shared(r"than \{s\}|strength|asset|start with|"
                                                     r"begin with|single out \{s\}").search(f))
        or (lead_s.startswith("how ") and shared(r"asset|(?:was|is) \{s\}").search(f))  # not
        #   "her best asset is how she restrained cattle"
        or (lead_s.startswith(("how ", "that ")) and "{s} first" in f)  # not "how they
        #                                   interviewed elders first": "first" joins the clause
        or (len(strengths) == 1 and "single out {s} first" in f)))
    #   a clause is no strength, asset or thing compared: not "nothing stood out more than that
    #   she ...", "the strength I saw most often was that ..."
    body = [lead.format(relation=relation, s=lead_s, **fill)]  # named

    def _evidence(found: list, slot: str, leads: str = "all") -> list[str]:
        return evidence(found, pick, phrasing, realise.cap(later), True, thing, names, slot,
                        said=" ".join(body), leads=leads)

    first = backing.get(0, [])
    body += _evidence(first, "0", "restated" if _restates(first, ctx.strengths[0]) else "all")
    # Further strengths: those a fact of their own tells ("mentored 3 interns" for "mentored
    # interns") are that fact; those with other facts get a sentence and the facts; the rest
    # are named together in one sentence.
    plain = []
    for i, strength in enumerate(strengths[1:], start=1):
        found = backing.get(i, [])
        if _restates(found, ctx.strengths[i]):
            body += _evidence(found, str(i), "also")
        elif found:
            body.append(_more(pick, phrasing, body, [strength.theirs(later, their, writer=True)], i))
            body += _evidence(found, str(i))
        else:
            plain.append(strength.theirs(later, their, writer=True))
    plain_at = len(body)
    if plain:
        body.append(_more(pick, phrasing, body, plain, 0))
    body += _evidence(backing.get(None, []), "rest", "rest")
    standing = _STANDING.get(ctx.relationship.value, "peer")
    close = ctx.closeness is Closeness.CLOSE and side not in ("client", "vendor", "teacher",
                                                                "advisor", "coach")  # a
    #   mentor did not work "side by side": they say it from their standing
    optional = [choose(pick, phrasing, "close" if close else "standing",  # how well they knew it
                       "all" if close else standing, said=" ".join(body)).format(**fill)]
    if ctx.recipient_role:
        optional.append(choose(pick, phrasing, "role", "all").format(
            role=realise.role(ctx.recipient_role), **fill))
    if ctx.closeness is Closeness.DISTANT:
        optional.append(choose(pick, phrasing, "distant", "all").format(**fill))
    if ctx.purpose and (said := _purpose(ctx, name, pick, phrasing, fill)):
        if " is now " in said and any(" is now " in o for o in optional):  # not "Marcus is now
            said = said.replace(" is now ", " is ", 1)  #   ..." twice in a row
        optional.append(said)
    takeaway = choose(pick, phrasing, "takeaway", "all")
    no_project = not project.is_work or project.np.split()[0].lower() in (
        "his", "her", "their", "my") or "'s " in project.np or bool(_ACADEMIC_WORK.search(
            project.np)) or shared(r"\bproject\b").search(project.np)  # not "a project like the
    #                                                                  Strathmore MBA project"
    #   "a project like ECON 410", "like launching our Dubai office" or "like the night shift on
    #   the cardiac ward" does not read
    takeaway = first_fit(phrasing["takeaway"]["all"], takeaway, lambda t: not (
        ("{project}" in t and no_project)
        or (side in ("teacher", "advisor", "coach") and shared(r"role|work|team|\{project\}").search(t))
        #   a student has no "similar role" or next boss
        or ("good things about" in t
            and standing not in ("manager", "teacher", "advisor", "higher"))
        #   a line about someone junior to the writer
        or (shared(r"similar role|A team that").search(t) and standing in ("client", "vendor"))))
    #   a supplier or a client has no role a team fills
    named = [s.named() for s in strengths if s.form in _NAMEABLE and not (
        s.form == "noun" and realise.word_class(s.text.split()[0].lower()) == "J")
        and (s.form != "noun" or s.named().endswith(" skills"))]  # a skill, not "courage" or
    #                                                              "guest complaints"
    if len(named) >= 2 and len(named) == len(strengths) and standing != "vendor" \
            and not any("(" in n for n in named) \
            and not any(" and " in n for n in named):  # "coaching, and Vietnamese and English"  # what a profile reader takes away, in the
        #                                             strengths' own words (not of one's client)
        bare = [n[: -len(" skills")] if n.endswith(" skills") else n for n in named]
        optional.append(choose(pick, phrasing, "summary", "all").format(
            strengths=realise.join(bare), **fill))  # "React Native, code reviews and mentoring"
    optional.append(takeaway.format(project=thing, **fill))
    closing = choose(pick, phrasing, "closing", standing, said=" ".join(body + optional))
    if not project.is_work or "project like" in optional[-1]:  # not "again on a project like
        #   this" after "looking after our twins", nor after the takeaway's "a project like"
        closing = first_fit(phrasing["closing"][standing], closing,
                            lambda c: "a project like this" not in c)
    closing = closing.format(**fill)
    if "manager" in closing and standing == "manager":  # the vantage point already says so
        closing = next(c for c in phrasing["closing"]["manager"] if "manager" not in c
                       ).format(**fill)

    low, high = ctx.word_range
    text = _join(body + [closing])
    if _count(text) < low and len(plain) > 1:  # room to give each further strength its own
        said = body[:plain_at]
        for i, one in enumerate(plain):
            said.append(_more(pick, phrasing, said, [one], i + 1))
        body = said + body[plain_at + 1:]
        text = _join(body + [closing])
    for sentence in optional:  # the writer's view, in order, while under the lower bound
        if _count(text) >= low:
            break
        text = _join(body + [sentence, closing])
        body.append(sentence)
    while _count(text) > high and len(body) > 1:
        body.pop()  # over the bound: the last optional sentence or fact goes first
        text = _join(body + [closing])
    return text[: ctx.limit], None


# Strengths whose short form is a noun phrase ("fleet maintenance", "training mechanics"),
# which a summary can list; a clause ("that she never missed ...") cannot be.
_NAMEABLE = frozenset("noun skill tools".split())  # a gerund ("running demos") beside
#   "supplier negotiations" reads as one broken list ("needs running demos and ...")


def _more(pick: Picker, phrasing: dict, body: list[str], said: list[str], i: int) -> str:
    """Further strengths in a frame not used yet ("I'd also point out ...")."""
    options = phrasing["more"]["all"]
    so_far = " ".join(body)
    clause = said[-1].startswith("that ")  # "that she wrote the runbooks everyone reads"
    frame = first_fit(options, pick(options, f"more.{i}"),
                      lambda f: unsaid(f, so_far, "{s}")
                      and not (" also " in so_far and " also " in f)  # not "also" twice
                      and not (  # not "took feedback well
                          f.endswith("as well.") and (said[-1].endswith(" well") or clause))
                      and not (clause and ":" in f))  # "as well" would end the clause's verb
    return realise.cap(frame.format(s=realise.join(said)))


def _restates(found: list, strength: str) -> bool:
    """Whether a fact is the strength itself, with its figure: "mentored 3 interns" for
    "mentored interns". Then the fact is said instead of the strength and an example of it."""
    return any(covered(Text(f.text).coverage(strength), strength) for f in found)


def _pronouns(ctx: Context) -> tuple[str, str]:
    """("her", "her") / ("his", "him") when the context itself calls the person she or he;
    ("their", "them") otherwise: llmdraft does not guess anyone's pronouns."""
    said = " ".join([ctx.project, *ctx.strengths, ctx.details or "", ctx.purpose or ""]).lower()
    she = len(shared(r"\b(?:she|her|hers|herself|shes)\b").findall(said))
    he = len(shared(r"\b(?:he|him|his|himself|hes)\b").findall(said))  # "hes the guy you want"
    if she and not he:
        return "her", "her"
    if he and not she:
        return "his", "him"
    return "their", "them"


# Words a fact and a strength may share without being about the same thing ("every time" in a
# fact is no example of "paid on time").
_GENERIC = frozenset("time times day days week weeks every always never on in at".split())
# A project that is a group of people: a relation frame that says "team" would say it twice.
_GROUPS = frozenset("team crew squad department unit desk gang band choir".split())


def _match(facts: list[realise.Fact], strengths: tuple[str, ...]) -> dict:
    """Each fact under the strength it shares more than half its words with (None: none):
    "shipped 2 weeks ahead" is no example of "running weekly demos"."""
    out: dict = {}
    for fact in facts:
        text = Text(" ".join(w for w in fact.text.split() if w.lower() not in _GENERIC))
        scores = [text.coverage(s).score for s in strengths]
        best = max(range(len(scores)), key=lambda i: scores[i]) if scores else None
        key = best if best is not None and scores[best] > 0.5 else None  # "team grew to 40
        #   agents" shares one word with "coaching agents" and is no example of it
        out.setdefault(key, []).append(fact)
    return out


# A recommendation is public: it does not tell the person's employer they are job hunting.
# Work that is one person's study, not a project one is trusted with again: "a project like the
# MSc dissertation" does not read.
_ACADEMIC_WORK = lazy(r"(?i)\b(?:thesis|dissertation|capstone|coursework|seminar|module|course|research|"
                      r"class|degree|studio|placement|internship|residency)\b")
_JOB_HUNT = lazy(r"\b(?:job (?:search|hunt\w*)|looking for (?:a |my next )?(?:new )?(?:job|role|"
                       r"position)|new (?:job|role|position)|job seeking|between jobs)\b", re.I)


def _purpose(ctx: Context, name: str, pick: Picker, phrasing: dict, fill: dict) -> str | None:
    if _JOB_HUNT.search(ctx.purpose or ""):
        return None
    found = realise.purpose(ctx.purpose or "")
    if found.form == "goals":
        template = first_fit(phrasing["goals"]["all"], choose(pick, phrasing, "goals", "all"),
                             lambda t: fits_goals(t, found.text))  # not "looking at college
        #                                                              applications"
        return template.format(purpose=owned_applications(template, found, fill["their"]),
                               **fill)  # "with her MBA applications"
    if found.form == "target":  # "going for an LLM at LSE", never "in" or "with ... ahead"
        aim = shared(r"^my ").sub(f"{fill['their']} ", found.text)  # "their first graduate job"
        return choose(pick, phrasing, "target", "all").format(purpose=aim, **fill)
    if found.form == "goal":
        goal = realise.to_name(found.text, name) if found.text.startswith("my ") else found.text
        template = choose(pick, phrasing, "purpose", "all")
        if not found.text.startswith("my "):  # "support Dana in graduate school" says she is
            template = first_fit(phrasing["purpose"]["all"], template,  # there already
                                 lambda t: " in {purpose}" not in t)
        return template.format(purpose=goal.replace(f"{name}'s ", f"{fill['their']} ", 1),
                               **fill)
    doing = {"activity": found.text, "hope": "hoping " + found.text}.get(found.form)
    first = found.text.split()[0] if found.form == "clause" else ""
    if first.lower() in ("he", "she", "they", "he's", "she's", "they're") \
            or first.lower() in parse(ctx.recipient).words() | set(name.lower().split()):
        # "Hamza wants to move into account management": said as typed, with the writer's word
        said = shared(r"^(?:He's|She's|They're)\b").sub(f"{name} is", found.text)
        said = shared(r"^(?:He|She|They)\b").sub(name, said)
        return said.rstrip(".") + ", and I support that."
    if found.form == "clause" and found.text.split()[0] in ("I'm", "I"):
        said = realise.to_name(found.text, name)  # "I'm up for promotion" -> "Dana is up for ..."
        if said.startswith(f"{name} is "):
            doing = said[len(name) + 4:]
    if doing:
        return choose(pick, phrasing, "doing", "all").format(doing=doing, **fill)
    return None  # "so I can move into consulting": no honest way to say it of them


def _join(sentences: list[str]) -> str:
    return " ".join(s for s in sentences if s)


def _count(text: str) -> int:
    return len(words(text))
