"""The offline request: the ask tied to the project, the strengths, what it is for, the offer
and the question about their strengths, an easy way out, in the tone the relationship calls for."""

from __future__ import annotations

from .. import realise
from ..context import Channel, Closeness, Context
from ..patterns import shared
from .common import (TEAMS, Picker, addressed, bulleted, choose, closing_line, details, done_by_me, first_fit,
                     fit, greeting_line, purpose_sentence, sender_project, signoff, subject, table, to_client,
                     tone)
from .notes import cut, first_fitting


def compose(ctx: Context, variant: int) -> tuple[str, str | None]:
    phrasing = table("request")
    pick = Picker(ctx, variant, "request")
    register = tone(ctx)
    strengths = realise.strengths(ctx.strengths)
    if ctx.channel is Channel.CONNECTION_NOTE:
        # Whole strengths from the first when not all fit (strengths_covered names the rest);
        # a strength is dropped before the project's names are (project_named would fail):
        # "the insurance claims portal for Infosys from 2017 to 2020" keeps Infosys (reader 205).
        named = [w.lower() for w in sender_project(ctx).np.split() if w[:1].isupper() or (
            w[:1].isdigit() and not shared(r"(?:19|20)\d\d").fullmatch(w))]  # its years may go: "from 2021
        #   to 2024" says when, not which (reader 240)
        first = None
        for n in range(len(strengths), 0, -1):
            note = _note(ctx, pick, phrasing, register, strengths[:n])
            if note and all(w in note.lower() for w in named):
                return note, None
            first = first or note
        if first:
            return first, None
        return cut(_note(ctx, pick, phrasing, register, strengths[:1], limit=10**6), ctx.limit), None

    ask = choose(pick, phrasing, "ask", register).format(relation=relation(ctx, pick, phrasing))
    offer_key = "close" if ctx.closeness is Closeness.CLOSE else ctx.relationship.seniority
    why = purpose_sentence(ctx, pick, phrasing, ask)
    role = choose(pick, phrasing, "role", "all").format(role=_their_role(ctx)) if ctx.recipient_role else None
    # The strengths in a list, as typed: a list reads right whatever form each one is in, so
    # none is guessed ("how I reinforced concrete design"); the lead-in does not echo the ask.
    before = " ".join(filter(None, [ask, why, role]))
    listed = bulleted(choose(pick, phrasing, "strengths_list" if len(strengths) > 1
                             else "strengths_one", register, before),
                      [to_client(s.item(), ctx) for s in strengths])
    facts = details(ctx, pick, phrasing)
    reconnect = choose(pick, phrasing, "reconnect", "all") \
        if ctx.closeness is Closeness.DISTANT else None
    # (text, drop rank): higher ranks go first when the channel's limit is tight; 0 stays.
    # What it is for comes after the ask, so that "it" has something to point at.
    if pick.layout == 0:
        parts = [(reconnect, 3), (ask, 0), (why, 2), (listed, 0), (facts, 5), (role, 4)]
    else:
        parts = [(reconnect, 3), (ask, 0), (role, 4), (listed, 0), (facts, 5), (why, 2)]
    said = " ".join(text for text, _ in parts if text)
    offer = choose(pick, phrasing, "offer", offer_key, said)
    parts += [(offer, 0), (closing_line(pick, phrasing, register, f"{said} {offer}"), 1)]
    message = fit(greeting_line(ctx, pick, phrasing, register), parts,
                  signoff(ctx, pick, phrasing, register), ctx.limit)
    return message, subject(ctx, pick, phrasing)


def relation(ctx: Context, pick: Picker, phrasing: dict) -> str:
    """How they know your work, tied to the project: "drawing on your time managing me on the
    billing rewrite". A project that is already "our ..." is "the ..." after "our work"."""
    project = sender_project(ctx)
    side = ctx.relationship.value
    if side == "teacher" and project.sport:
        side = "coach"  # "from your time coaching me", not "what you saw of my learning"
    template = choose(pick, phrasing, "relation", side)
    on = addressed(project.on, ctx)
    if side == "teacher" and (project.form == "course" or shared(  # a lecturer taught the course
            r"(?i)\b(?:module|course|class|lecture|seminar|programme|program|degree|MSc|BSc|MA|BA|MBA|"
            r"PhD|semester|term)\b").search(ctx.project)):  # or the module: never "your time
        #   mentoring me in the MSc data science, ML module" (readers 181, 182)
        template = first_fit(phrasing["relation"][side], template, lambda t: "mentoring" not in t)
    mentored = shared(r"(?i)^(?:my |the |your )?(?:mentoring|mentorship)(?: of me)? ((?:during|in|at|"
                      r"on|through|over) .+)$").match(ctx.project.strip())
    if side == "teacher" and mentored:  # the project is the mentoring: "from your time mentoring
        template = next(t for t in phrasing["relation"][side] if "mentoring me" in t)  # me
        return template.format(on_project=addressed(mentored.group(1), ctx))  # during my first
    #                                                                         year ...", never
    #                                                                   "mentoring me on mentoring"
    if side == "classmate" and " my " in f" {on} " and not ctx.project.lower().startswith("my ") \
            and project.form != "change":
        on = on.replace(" my ", " the ", 1)  # classmates' capstone is not the sender's alone
    if project.form == "gerund":  # not "what I contributed on designing the network"
        template = first_fit(phrasing["relation"][side], template, lambda t: "contributed" not in t)
    team = realise.project_head(project) in TEAMS
    template = first_fit(phrasing["relation"][side], template, lambda t: not (
        (team and "team" in t)  # not "our collaboration across teams on the ... team"
        or ("on your team" in t and on.startswith("on "))))  # nor "on your team on the ..."
    if " my " in f" {on} ":  # not "about my work on my master's research", nor "our time as
        #                      classmates on my MBA capstone"
        template = first_fit(phrasing["relation"][side], template,
                             lambda t: not shared(r"\bmy (?:work|learning|contribution)\b|\bour\b"
                                                  ).search(t))
    before = template.split("{on_project}")[0].split()
    if project.form == "gerund" and on.startswith("on ") and before \
            and before[-1].rstrip(",") not in _WORKED:  # "our time together while opening the
        on = ("when I was " if shared(r"\byour (?:experience|time)\b").search(" ".join(before))
              else "while ") + on[3:]
        #   kitchen"; "my work on opening the kitchen" keeps its "on"; "your experience as my
        #   client when I was supplying ...", never the client "while supplying"
    if " our " in f" {template} " and on.split()[1:2] == ["our"]:
        on = on.replace(" our ", " the ", 1)
    if shared(r"\b(?:work|contribution)\b").search(template.split("{on_project}")[0]) \
            and shared(r"\S \w+ work$").search(on):
        on = on[: -len(" work")]  # "my work on our lab's CRISPR screening", never "my work on
        #   ... screening work" (reader 106)
    if on.startswith("during "):  # a clerk was supervised during the clerkship, not "managed"
        template = template.replace("managing me", "supervising me")
    return template.format(on_project=done_by_me(on))


# Words after which a gerund project takes "on": "worked together on launching the store".
_WORKED = frozenset("work worked working collaboration collaborated".split())


def _note(ctx: Context, pick: Picker, phrasing: dict, register: str,
          strengths: list[realise.Strength], limit: int | None = None) -> str | None:
    project = sender_project(ctx)
    greet = greeting_line(ctx, pick, phrasing, register, inline=True)
    note = phrasing["note"]
    ask = choose(pick, phrasing, "note", "ask")
    said = choose(pick, phrasing, "note", "strengths")
    ask_with = choose(pick, phrasing, "note", "ask_with")

    # Shorter wordings after the chosen one, shortest first; of those about as long, the
    # variant's own turn first, so that six variants of a tight note do not all read alike.
    options = note["ask_with"]
    turn = options.index(ask_with)
    tersest_first = [options[i] for i in sorted(
        range(len(options)), key=lambda i: (len(options[i]) // 12, (i - turn) % len(options)))]

    def middles(nps: list[str]) -> list[list[str]]:
        out = []
        for np in nps:
            on = addressed(np if project.form == "where" else f"{project.on.split()[0]} {np}",
                           ctx)  # "backstage at Paris Fashion Week" has its own preposition
            renderings = ([s.mine() for s in strengths], [s.short() for s in strengths])
            for listed in renderings:
                out.append([ask.format(on_project=on),
                            said.format(strengths=realise.join(listed))])
            # Then the ask and the strengths in one sentence, the chosen wording before the tersest.
            for template in [ask_with, *tersest_first]:
                for listed in renderings:
                    out.append([template.format(on_project=on, project=addressed(np, ctx),
                                                strengths=realise.join(listed))])
        return out

    why = purpose_sentence(ctx, pick, phrasing) or ""
    offer_ask = choose(pick, phrasing, "note", "offer_ask")
    offer = choose(pick, phrasing, "note", "offer")
    thanks = choose(pick, phrasing, "note", "thanks")
    tersest = min(note["offer"], key=len)
    tersest_ask = min(note["terse_ask"], key=len)
    out_thanks = choose(pick, phrasing, "note", "out_thanks")
    terse_ask = choose(pick, phrasing, "note", "terse_ask")  # the question kept before the
    #   purpose or the thanks (readers 205, 206: dropped with room to spare)
    tails = [[why, offer_ask, out_thanks], [offer_ask, out_thanks], [why, offer_ask, thanks],
             [offer_ask, thanks], [why, terse_ask, out_thanks], [why, offer_ask], [terse_ask, out_thanks],
             [why, terse_ask, thanks], [offer_ask], [terse_ask, thanks], [tersest_ask, thanks],
             [terse_ask], [why, offer, thanks],
             [offer, thanks], [offer], [tersest]]  # the purpose, a typed input, before the way out
    room = limit or ctx.limit
    # The project as typed before any shorter name ("the Soweto community garden" is not cut
    # to keep a thank-you), then each shorter one; last of all the head alone ("the
    # cross-departmental initiative"), though project_named then says what it leaves out.
    for np in [project.np, *project.shorter(), *filter(None, [project.head()])]:
        found = first_fitting([greet], middles([np]), tails, room)
        if found:
            return found
    return None


def _their_role(ctx: Context) -> str:
    """The recipient's role as the sender says it: "my capstone advisor" to one's advisor, never
    "as a capstone advisor" (reader 142); "a regional director" otherwise."""
    said = realise.role(ctx.recipient_role)
    mine = shared(r"^an? ((?:[\w-]+ ){0,2}(?:advisor|adviser|supervisor|mentor|tutor|manager|boss|coach|"
                  r"teacher|professor|lecturer|PI))$").match(said)
    if not mine or (shared(r"(?i)\b(?:professor|lecturer)$").search(mine.group(1)) and shared(
            r"(?i)\b(?:associate|assistant|adjunct|visiting|full|senior|principal|emeritus|distinguished)\b").search(
            mine.group(1))):
        return said  # "an associate professor": a rank, never "my associate professor" (reader 168)
    head = mine.group(1).split()[-1].lower()
    if head in ("manager", "boss", "supervisor"):
        whose = ctx.relationship.value == "managed-you"  # "my operations manager" only to one who
        #   managed me, never to a senior colleague (reader 167)
    else:
        whose = ctx.relationship.value in ("managed-you", "teacher", "advisor", "senior-to-you")
    return "my " + mine.group(1) if whose else said
