"""The offline recommendation, in the writer's voice: how they knew the person and on what, the
strongest point first, each further strength with the details that back it, what a reader
should take away, and a close that fits the writer's standing. 100 to 200 words by default;
when the context is too thin for that many honest words it stays short (word_target warns)
rather than padding with claims nobody made."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon, realise
from ..context import Closeness, Context, Relationship
from ..names import parse, public_name
from ..patterns import lazy, shared
from ..realise.note_sentences import COUNT, RATE, count_sentence, say_all
from ..realise.translate import english
from ..realise.voice import named_clause, they_agree
from ..realise.words import ROLE_WORDS, SERVICE_JOBS, _past_or_present
from ..text import Text, stem, words
from .backing import match as matched
from .common import (DOCTORAL, FIRST_PERSON, KIN, TEAMS, Picker, by_strength, choose, evidence, first_fit,
                     fits_goals, notes_list, owned_applications, split_timing, table, their_side, unsaid)

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
    names = frozenset({name, *parse(ctx.recipient).words()}) - {""}
    ctx = replace(ctx, details=_named_as_pronoun(ctx.details, names | {ctx.recipient.strip()}, later, their))
    if ctx.details:  # "she is my cousin but work was professional": a note to oneself, never in a
        ctx = replace(ctx, details="; ".join(  # public recommendation (reader 241); nor a detail typed
            n for n in shared(r"\s*(?:;|\n)\s*").split(ctx.details)  # in another language (reader 237)
            if not KIN.match(n.strip()) and not realise.in_another_language(n)) or None)
    ctx, taught_me = _as_the_details_say(ctx)
    parsed = parse(ctx.recipient)
    title = parsed.title.lower()
    if taught_me and parsed.family and not ctx.greet_as and title.startswith(("prof", "dr")):
        name = f"{'Professor' if title.startswith('prof') else 'Dr.'} {parsed.family}"  # a student names
        #   their professor so: "I studied under Professor Romano", never "under Giulia"
    project = realise.project(ctx.project)
    project = project._replace(text=their_side(project.text, ctx, their))  # "with her agency"
    if project.form == "change" and not ctx.project.strip().lower().startswith("my "):  # "during her
        #   move from barista to junior dev": the person's; "my switch from teaching to UX" is the writer's
        project = realise.Project(f"{their} {project.np.split(' ', 1)[1]}", project.form)
    elif (ctx.relationship.value in ("teacher", "advisor") or (
            ctx.relationship.value == "managed-you" and realise.project_head(project) in DOCTORAL)) \
            and project.np.startswith(("my ", "the ")) \
            and realise.project_head(project) in _STUDENTS_OWN | DOCTORAL \
            and (project.np.startswith("my ") or realise.project_head(project) in {
                "thesis", "dissertation", "capstone", "portfolio", "coursework", "essay"} | DOCTORAL) \
            and not shared(r"(?i)^the \S+(?:'s|s') ").match(project.np):  # typed by the student: "my
        #   Master's thesis"; "the MPH thesis on HIV adherence" is theirs too (reader 162)
        project = realise.Project(f"{their} {project.np.split(' ', 1)[1]}", project.form)  # is theirs;
        #   "my Research Methods seminar" is the teacher's own
    elif any(project.np.startswith(f"{n}'s ") for n in (name, *parse(ctx.recipient).words())):
        project = realise.Project(f"{their} {project.np.split(' ', 1)[1]}", project.form)  #
        #   "at her Pilates studio", never "I engaged Zoe at Zoe's Pilates studio"
    elif ctx.relationship.value in ("classmate", "same-team") and project.np.startswith("my "):
        project = realise.Project(f"our {project.text[3:]}", project.form)  # "our MBA capstone":
        #   shared, never the writer's own
    typed_strengths = tuple(_as_theirs(s, names | {ctx.recipient.strip()}, their) for s in ctx.strengths)
    strengths = realise.strengths(typed_strengths)
    measured = [m for m in map(_measured, ctx.strengths) if m]  # "NPS 31 -> 58" as a strength:
    #   a result, said where the strength is (never "she stood out when it came to NPS 31 -> 58")
    facts = by_strength(measured + [_theirs(_who_they_were(_writers(f), later), ctx.strengths) for f in realise.as_typed(
        realise.facts(ctx.details), ctx.details)], ctx.strengths)
    facts = [_writer_note(f, their, ctx.relationship.value) for f in facts if not _said_elsewhere(
        f, [*ctx.strengths, *(g.text for g in facts if g is not f)])
        and f.text.lower() != (ctx.recipient_role or "").strip().lower()]  # the role typed again
    #   as a detail is said once, in the opening (reader 162)
    facts = [part for f in facts for part in _apart_split(f)]
    staged = [(f, _first_job(f, their)) for f in facts]  # "It was her first job out of college.":
    stage = [said for _, said in staged if said][:1]  # said after the opening, where it sets the scene
    facts = [f for f, said in staged if not said]
    ties = [f for f in facts if f.form in ("writer", "clause") and _TIE.match(f.text)]  # "I supervised
    #   her for 2 years": how the writer knew them, said after the opening that says so
    ties = ties[:1]  # one tie joins the opening; any other is said with the details
    facts = [f for f in facts if f not in ties]
    apart = next((f for f in facts if _APART.match(f.text)), None)  # "we haven't worked together
    facts = [f for f in facts if f is not apart]  # since 2019": the distant line, never a detail
    backing, lead_result = _lead_backed(matched(facts, ctx.strengths), ctx.strengths)
    fill = {"name": name, "their": their, "them": them}
    thing = project.np  # the writer typed it: "my bakery's rebrand" is the writer's
    doer = None if project.inert or shared(
        r" role(?: (?:at|in|for|with) .*)?$").search(thing) else thing  # a line of work, a town or
    #   a post does nothing: "she passed the ECHO audit", never "Humanitarian finance at a Geneva
    #   NGO passed" it (reader 206)

    side = "student" if taught_me else ctx.relationship.value
    if (side == "teacher" and project.sport) or (side == "managed-you" and project.coached):
        side = "coach"  # "I coached Mike in JV basketball", not "I taught Mike in" it, nor "I
        #   managed Yara in club swimming" (reader 200)
    on_project = project.on
    if on_project.startswith("while "):  # the person did it: "when she was running the desk"
        on_project = f"when {later} {'were' if later == 'they' else 'was'} {project.np}"
    post = shared(r"^the ((?:[\w'&-]+ )*?[\w'&-]+) role((?: (?:at|in|for|with) .+)?)$").match(project.np)
    if post and on_project.startswith("in ") and (realise.word_class(post.group(1).split()[-1]) == "N"
                                                  or realise.word_class(post.group(1).split()[-1]) is None
                                                  or post.group(1).split()[-1].lower() in ROLE_WORDS | {"lead"}) \
            and post.group(1).split()[-1].lower() not in ("interim", "temporary", "hybrid", "dual", "new", "key"):  # "the
        #   church secretary role at First Baptist": hers; "the interim role" keeps its "role" (review)
        jobs = (post.group(1) + post.group(2)).split(" then ")
        if len(jobs) > 1 or (post.group(1).split()[-1].lower() in _MANY_HOLD and post.group(1).split()[0].lower() not in (
                "head", "lead", "sole", "chief", "principal", "only")):  # "the head teacher" is one
            held = " and then ".join(realise.indefinite(j) for j in jobs)  # "as a dishwasher and then a
            #   line cook", "as a Deliveroo rider": a job many hold (reader 200)
        else:
            held = "the " + post.group(1) + post.group(2)
        on_project = f"during {their} time as {held}"  # never "I worked
        #   alongside Ruth in the church secretary role" as if the writer held it (reader 192)
    exams = bool(shared(r"(?i)\b(?:exams?|examinations?|boards|finals)$").search(project.np))
    if exams and side == "classmate":  # one studies for exams, not "on" them
        on_project = "for " + project.np
    relation = choose(pick, phrasing, "relation", side)
    gerund = project.form == "gerund"
    taught_in = project.form == "course" or (shared(
        r"(?i)\b(?:program|programme|course|class|module|degree|MSc|MBA|BSc|MA|diploma|certificate|seminar|"
        r"workshop|bootcamp|curriculum)\b").search(project.np) is not None and not shared(
        r"(?i)\b(?:thesis|dissertation|capstone|project)\b").search(project.np))
    if side in ("teacher", "student") and taught_in and on_project.startswith("on "):
        on_project = "in " + on_project[3:]  # "I taught Mateo in the culinary program"
    relation = first_fit(phrasing["relation"][side], relation, lambda r: not (
        (side == "classmate" and project.form != "course" and not exams
         and "side by side" not in r)  # classmates study in a course; on a project they work
        #                                side by side; for exams they study together
        or (exams and side == "classmate" and "studied" not in r)
        or (on_project.startswith("in ") and "engaged" in r)  # not "I engaged Ahmed in coaching"
        or (realise.project_head(project) in TEAMS and "team" in r)  # not "on my team on the
        #                                                                 HR team"
        or (ctx.closeness is Closeness.DISTANT and "closely" in r)  # not said of a distant tie
        or (gerund and shared(r"engaged|same team|teammates|'s client|who was|'s team|'s teammate|"
                                 r"colleague of|I managed \{name\} \{|on my team|reported to me|"
                                 r"my client|my manager|I reported to"
                                 ).search(r))
        or (on_project.startswith(("at ", "in ")) and "brought" in r)  # not "brought Abebe in at
        #   the gala", nor "brought Ana in in the ... role"
        or (gerund and "provided services" in r)  # not "provided services to X on renovating"
        or ("reported to me" in r and not on_project.startswith(("at ", "in ")))  # "reported to
        #   me on our social media accounts" reads as reports about them (reader 99)
        or (side == "teacher" and shared(r"(?i)\b(?:thesis|dissertation|capstone|project)\b").search(
                                            project.np) and "supervised" not in r)
        or (side == "teacher" and taught_in and not shared(r"taught|teacher").search(r))  # one teaches a
        #   course or a programme, never "supervised Zoe's work on Advanced Corporate Finance"
        #   (reader 180)
        or (side == "teacher" and not taught_in and not project.sport
            and not shared(r"(?i)\bmentor").search(project.np) and "supervised" not in r)
        #   a student's project, entry or report is supervised, not "taught on"
        or (side == "teacher" and shared(r"(?i)\bmentor").search(project.np) and "mentored" not in r)))
    #   one supervises a thesis: "I supervised Isla's work on the Part 2 thesis", not "taught"
    #   "I brought Chloe in on renovating our farmhouse", "I worked alongside Piotr on migrating"
    relation = realise.cap(relation.format(on_project=on_project, **fill)) + "."
    over = shared(r"(?i)^(?:she|he|they) (?:was|were) my ((?:[\w-]+ )?(?:supervisor|advisor|adviser|mentor|"
                  r"manager|boss|lead|director|PI|teacher|professor|tutor))( (?:from|between|since|"
                  r"for|during) .+)?$").match(ties[0].text.rstrip(".")) if ties else None
    led = shared(r"(?i)^(?:she|he|they) (supervised|managed|mentored|trained|led) me((?: (?:from|between|"
                 r"since|for|during) .+)?)$").match(ties[0].text.rstrip(".")) if ties else None
    if led and side in ("junior-to-you", "reported-to-you", "senior-to-you"):  # "he supervised me
        relation = f"{name} {led.group(1).lower()} me {on_project}{led.group(2)}."  # for 3 years":
        ties = []  # the opening, never "As a more junior colleague, ..., and he supervised me"
    if over and side in ("junior-to-you", "reported-to-you", "senior-to-you"):  # "he was my
        relation = f"{name} was my {over.group(1)} {on_project}{over.group(2) or ''}."  # supervisor
        ties = []  # 2018-2022": who they were, never "As a more junior colleague, ..., and he was
        #            my supervisor" (reader 122)
    role = _role(ctx.recipient_role) if ctx.recipient_role else None
    academic = taught_me or side == "reported-to-you" and bool(
        shared(r"(?i)\b(?:lecturer|professor|tutor|dean|principal investigator|(?-i:PI)|reader in|(?:phd|doctoral|thesis|"
               r"dissertation|research|academic|postdoc(?:toral)?|master'?s|msc|faculty) (?:supervisor|advis[eo]r))\b").search(
            ctx.recipient_role or "")
        or realise.project_head(project) in DOCTORAL)  # the writer studied or worked under them
    guide = shared(r"(?i)^(?:a |an |the )?((?:[\w-]+ )?(?:supervisor|advis[eo]r|tutor|mentor))$").match(role or "")
    if academic and guide and not ties and not (led or over):
        relation = f"{name} was my {guide.group(1)} {on_project}."  # "Rafael was my PhD supervisor during my PhD", never "I worked
        role = None  # for Rafael, a PhD supervisor" (reader 171)
    elif academic and not ties and not (led or over) and shared(r"^I (?:reported to|worked for) ").match(relation):
        relation = shared(r"^I (?:reported to|worked for) ").sub("I worked under ", relation)  # a
        #   lecturer's assistant worked under them, never "reported to" them (reader 171)
    named = re.search(rf"\b{re.escape(name)}\b(?!')", relation)
    if role and named and len(role.split()) <= 8:  # "I managed Olivia, a research scientist,
        now = "now " if side in ("teacher", "advisor", "coach") else ""  # a student's post came
        relation = f"{relation[:named.end()]}, {now}{role},{relation[named.end():]}"  # on ...": who
        role = None  # they are, where they are named, never a bare "She is a research
        #   scientist." among the closing lines (readers 120, 122), nor "now" one, which
        #   the role did not say (reader 152)
    opening = [_tied(relation, [f.text.rstrip(".") for f in ties])] + [said + "." for said in stage]
    notes: list[realise.Fact] = []  # typed as notes ("team attrition under 5%"): a list
    told = _strengths(strengths, backing, typed_strengths, pick, phrasing, name, later, their,
                      lambda found, slot, leads, said: evidence(
                          found, pick, phrasing, realise.cap(later), True, doer, names, slot,
                          said=said, leads=leads, listed=notes))
    opening += told[0]  # the strongest point and the details that back it
    if lead_result:  # a figure beside it, said plainly
        opening += evidence([lead_result], pick, phrasing, realise.cap(later), True, doer, names, "lead",
                            said=" ".join(opening), leads="rest", listed=notes)
    body = [sentence for item in told[1:] for sentence in item]
    if len(body) == 1 and not backing.get(None) and not notes:  # one further strength and
        opening, body = opening + body, []  # nothing else: no paragraph of one line (reader 119)
    rest = evidence(backing.get(None, []), pick, phrasing, realise.cap(later), True, doer,
                    names, "rest", said=" ".join(body), leads="rest", listed=notes)
    said, left = say_all([n.text for n in notes], thing if project.form in (
        "common", "proper", "possessive") else None, later)  # a note of a known shape as a
    #   sentence ("Her work included 6 public meetings.", "She has been a charge nurse on
    #   nights since 2021."), never a list of telegrams in a recommendation (readers 125-128)
    notes = [n for n in notes if n.text in left]
    if side == "vendor":  # the writer did the work for them: "My work for him included 3 annual
        said = [replace(s, sentence=shared(r"^(?:Her|His|Their) work included").sub(  # audits",
            f"My work for {them} included", s.sentence)) for s in said]  # never his (reader 180)
    pointed = _one_note(notes, pick, phrasing, name, their)  # one other note a thing the writer
    #   points to, after the facts: no list of one (readers 89, 104)
    if len(notes) == 1 and not pointed:
        pointed = _own_clause(notes[0].text)  # "340 farming families now sell through the
        #   co-op": a sentence as typed, its verb its own
    if len(notes) == 1 and not pointed and notes[0].form in ("past", "deed"):  # "moved us from paper diary to
        deed = realise.fact_sentences([notes[0].mended()], realise.cap(later), True)  # online bookings": a deed
        pointed = deed[0] if len(deed) == 1 else None  # typed as a telegram is still hers, said (reader 194)
    listing = [notes_list(notes, pick, phrasing)] if len(notes) > 1 and not pointed else []  # the
    #   rest as typed (a note's "my" is the writer's, as in every detail), under a line of the
    #   writer's: no verb guessed for a note; one such note alone is left out, never a list of
    #   one ("Also of note: - 42 MW", readers 113-144), and uses_details says which
    placed = {place: [s.sentence for s in said if s.place == place] for place in
              ("scope", "result", "record")}  # what the work took in before the facts, a
    #   clean record after them, never before what was done (reader 120)
    body = _joined(body + placed["scope"] + rest + placed["result"] + placed["record"],
                   {realise.cap(later), name})
    body += [pointed] if pointed else []
    if len(body) == 1 and len(opening) <= 4 and body[0].split()[0] in (realise.cap(later), realise.cap(their), name):
        opening, body = opening + body, []  # a deed of theirs left alone after the strengths
        #   joins them: no paragraph of one line (reader 119); "The team grew" stays apart (reader 206)
    standing = _STANDING.get(ctx.relationship.value, "peer")
    if standing == "lower" and academic:
        standing = "student"  # a lecturer or a supervisor: "I would gladly learn from him again",
        #   never "as a manager and as a colleague" (reader 171)
    if side == "coach":
        standing = "coach"  # "As her coach", never "as her manager" of a swimmer (reader 200)
    if standing == "manager" and on_project.startswith("during "):  # a judge and her clerk, a
        standing = "higher"  # consultant and his registrar: senior, not "his manager"
    close = ctx.closeness is Closeness.CLOSE and side not in ("client", "vendor", "teacher",
                                                                "advisor", "coach", "student")  # a
    #   mentor did not work "side by side": they say it from their standing
    vantage = choose(pick, phrasing, "close" if close else "standing",  # how well they knew it
                     "all" if close else standing, said=" ".join(opening + body))
    if ctx.closeness is Closeness.DISTANT:  # "at close range" is no distant tie's (reader 90)
        vantage = first_fit(phrasing["standing"][standing], vantage,
                            lambda v: not shared(r"(?i)\bclose|up close|directly|for myself").search(v))  # nor
        #   "I saw all of this for myself" (reader 228)
    ending = [vantage.format(**fill)]
    if apart:  # said as typed, where the distance is told (reader 151)
        said = shared(r"\bsince$").sub("since then", apart.text.rstrip(". "))
        ending.append(f"{realise.cap(said)}, but I remember {name}'s work clearly.")
    if ctx.closeness is Closeness.CLOSE:  # a friend: said once, plainly
        tie = "student" if side in ("teacher", "advisor", "coach") else "mentor" if standing == "student" \
            else "dealings" if side in ("client", "vendor") else "work"  # (readers 101,
        friend = choose(pick, phrasing, "friend", tie)  # 103: close read
        if standing in ("manager", "higher", "lower"):  # "beside me" is a peer's (reader 206)
            friend = first_fit(phrasing["friend"][tie], friend, lambda f: "beside me" not in f)
        friend = friend.format(**fill)
        if side == "classmate":  # "a friend as well as a classmate" (reader 122)
            friend = friend.replace("colleague", "classmate")
        ending.append(friend)
        #   exactly like professional)
    if role:
        said_as = first_fit(phrasing["role"]["all"], choose(pick, phrasing, "role", "all"),
                            lambda t: not ("works as" in t and shared(
                                r"(?:the )?(?:co-)?(?:founder|owner)\b").match(role)))  # one
        #   does not "work as the founder of" a business
        ending.append(said_as.format(role=role, **fill))
    purpose = split_timing(ctx.purpose)[0]  # when they need it by is no reader's business
    aim = _purpose(replace(ctx, purpose=purpose), name, pick, phrasing, fill) if purpose else None
    if aim:
        if " is now " in aim and any(" is now " in o for o in ending):  # not "Marcus is now
            aim = aim.replace(" is now ", " is ", 1)  #   ..." twice in a row
        ending.append(aim)
    takeaway = choose(pick, phrasing, "takeaway", "all")
    no_project = not project.is_work or project.np.split()[0].lower() in (
        "his", "her", "their", "my") or "'s " in project.np or bool(_ACADEMIC_WORK.search(
            project.np)) or shared(r"\bproject\b").search(project.np)  # not "a project like the
    #                                                                  Strathmore MBA project"
    #   "a project like ECON 410", "like launching our Dubai office" or "like the night shift on
    #   the cardiac ward" does not read
    def fits(t: str) -> bool:  # a takeaway this writer may say
        return not (
            ("{project}" in t and no_project)
            or (side in ("teacher", "advisor", "coach")
                and shared(r"role|work|team|\{project\}").search(t) is not None)  # a student
            #   has no "similar role" or next boss
            or (shared(r"good things about|keep growing").search(t) is not None
                and standing not in ("manager", "teacher", "advisor", "higher"))  # a line about
            #   someone junior to the writer
            or (standing == "student" and shared(r"[Aa]ny team|similar work|trust \{name\} with").search(t) is not None)
            #   a student does not judge a lecturer fit for a team or a project (reader 171)
            or ("similar role" in t and standing in ("client", "vendor"))  # a supplier or a
            #   client has no role a team fills
            or (shared(r"similar work|work spoke").search(t) is not None and standing == "vendor")  # one's
            #   own client is put forward for no work (reader 176), nor did their work speak
            #   (reader 178)
            or ("{project}" in t and standing == "vendor")  # a supplier does not trust their
            #   client "with a project like" the one they did for them
            or ("similar role" in t and not ctx.recipient_role))  # no role named: "similar"
        #     to nothing
    takeaway = first_fit(phrasing["takeaway"]["all"], takeaway, fits)
    top = _top_skill(strengths, later, their) if side not in ("vendor", "student") else None
    if top:  # the strength a reader should take away, named: "Where user research is
        #   concerned, I would trust Chinedu completely." (readers 189-192), in six wordings,
        #   never one line in most recommendations of a batch (readers 205, 206: 15 of 40), and
        #   no superlative nobody typed ("the first person I would call", reader 222)
        takeaway = pick(phrasing["takeaway"]["top"], "takeaway.top").replace("{top}", top)
    again = thing if len(thing.split()) <= 4 else "this one"  # the opening named it: "a project
    #   like this one", not the whole "home hemodialysis training program at ..."
    if not aim and not (ctx.closeness is Closeness.CLOSE and len(ending) >= 2):  # the aim is what a
        #   reader takes away; a friend's line is one already: one endorsement and the close, never
        #   three or four stock lines in a row (readers 173, 174). A distant tie says nothing of
        #   the distance in a public recommendation, unless it was typed: "our contact was
        #   occasional" weakens it and was never said (readers 181-183)
        ending.append(takeaway.format(project=again, **fill))
    closing = choose(pick, phrasing, "closing", standing, said=" ".join(opening + body + ending))
    if not project.is_work or "project like" in ending[-1]:  # not "again on a project like
        #   this" after "looking after our twins", nor after the takeaway's "a project like"
        closing = first_fit(phrasing["closing"][standing], closing,
                            lambda c: "a project like this" not in c)
    said_it = bool(aim and "recommend" in aim)  # "... and I recommend her for it
    if said_it:  # wholeheartedly" closes it: never "Carlo has my warm recommendation." after it
        closing = first_fit(phrasing["closing"][standing], closing, lambda c: "recommend" not in c)
    if "any team" in " ".join(ending).lower():  # "Any team would be better for having her
        closing = first_fit(phrasing["closing"][standing], closing,  # on it." is said once,
                            lambda c: "any team" not in c.lower())  # never again (reader 168)
    closing = closing.format(**fill)
    if "manager" in closing and standing == "manager":  # the vantage point already says so
        closing = next(c for c in phrasing["closing"]["manager"] if "manager" not in c
                       ).format(**fill)

    # Three paragraphs: how the writer knew them and their strongest point; the further
    # strengths and the evidence; what the writer would tell a reader now (their vantage
    # point, the person's role and aim, the writer's view and the close). Over the upper
    # bound, the writer's view goes first, last said first, then the last facts; under the
    # lower bound nothing is padded (word_target warns).
    if not (said_it and "recommend" in closing):
        ending.append(closing)
    spare = [t for t in phrasing["takeaway"]["all"] if fits(t) and t != takeaway
             and "{project}" not in t]
    while _count(_layout(opening, body, listing, ending)) < ctx.word_range[0] // 3 + 4 and spare:
        ending.insert(-1, spare.pop(0).format(**fill))  # only below word_count's floor (a
        #   third of the lower bound): a second view of the writer's before the close, never
        #   padding to the target (a skill and a project, 31 words)
    if len(ending) >= 4 and ending[0] == vantage.format(**fill):  # never four stock lines in a
        ending = ending[1:]  # row (readers 220, 227): the opening said how they knew them already
    ending = _named_once(ending, name, later, them, their)
    high = ctx.word_range[1]
    while _count(_layout(opening, body, listing, ending)) > high and len(ending) > 1:
        ending.pop(-2)
    while _count(_layout(opening, body, listing, ending)) > high and len(body) > 0:
        body.pop()
    return _layout(opening, body, listing, ending)[: ctx.limit], None


# Work one calls a person for, said as an activity: "For training commis chefs, ...".
_CALLED_FOR = frozenset("""training teaching coaching mentoring designing building writing editing planning managing
fixing repairing cooking baking organising organizing running negotiating analysing analyzing modelling modeling
testing translating coding drawing painting filming recruiting fundraising budgeting scheduling interviewing
auditing forecasting debugging prototyping illustrating photographing landscaping plastering tiling wiring
plumbing welding nursing tutoring""".split())


def _top_skill(strengths: list[realise.Strength], later: str, their: str) -> str | None:
    """The first strength when it is a skill, a tool or an activity a reader could call on the
    person for ("user research", "Python", "training commis chefs"); None for a quality or a
    clause ("her attention to detail", "she is calm"), which no "For ..., call her" fits."""
    if not strengths:
        return None
    shape, phrase = strengths[0].about(later, their)
    if shape not in ("at", "tool") or len(phrase.split()) > 4 or shared(r",| and |\b(?:her|his|their|my)\b").search(phrase):
        return None
    if phrase.split()[0].endswith("ing") and phrase.split()[0].lower() not in _CALLED_FOR:
        return None  # "taking feedback", "learning fast": traits, never "For learning fast, call her" (review)
    return phrase


def _role(typed: str) -> str:
    """The person's role as said of them: "a Creative Director", never "she is Creative
    Director" with no place after it (reader 116)."""
    role = realise.role(typed)
    if role[:1].isupper() and shared(r"(?i)^(?:head|executive|sous|managing|general|artistic|"
                                     r"music|creative|medical|clinical) (?:chef|director|partner|"
                                     r"manager|editor|nurse|coach)$").match(role):
        return "the " + role.lower()  # "Antoine, the head chef,", never "a Head Chef" (reader 127)
    if role[:1].isupper() and not shared(r"\b(?:of|at|for|with|in)\b").search(role):
        role = realise.indefinite(role)
    return role


def _named_once(ending: list[str], name: str, later: str, them: str,
                their: str) -> list[str]:
    """The closing paragraph names the person once, in its last sentence that names them (or in
    the one that must: "a pleasure to work with Dana, who ..."); the others say "she", "her",
    "they": readers counted the name four to six times in a hundred words (reader 100)."""
    named = [i for i, s in enumerate(ending) if name in s]
    keep = next((i for i in named if f"{name}, who" in ending[i]), named[-1] if named else None)
    return [s if i == keep else _pronouned(s, name, later, them, their)
            for i, s in enumerate(ending)]


def _said_elsewhere(fact: realise.Fact, others: list[str]) -> bool:
    """A note that another strength or detail says with its verb: "140 factories" beside
    "remediated 140 factories" (never "There were 140 factories." after it, reader 113)."""
    if fact.form != "noun" or not shared(r"\d").search(fact.text):
        return False
    said = re.compile(rf"(?i)(?<!\w){re.escape(fact.text)}(?!\w)")
    return any(said.search(o) and o.lower() != fact.text.lower() for o in others)


def _writer_note(fact: realise.Fact, their: str, side: str) -> realise.Fact:
    """A note of the writer's typed without its "I": "co-taught with her for 4 years", "managed
    him 2019-2022" (a deed whose object is the person: the writer's), "mgr for 4 yrs" from their
    manager (the writer's role: "I was his manager for 4 years")."""
    text = fact.text
    bare = shared(r"^I (advised|managed|supervised|mentored|coached|taught|trained|led|employed|tutored) "
                  r"(?=(?:for (?:about |nearly |over |almost )?\S+ (?:days|weeks|months|years|semesters|terms)|"
                  r"from (?:19|20)\d\d(?: to (?:19|20)\d\d)?|since (?:19|20)\d\d|between (?:19|20)\d\d "
                  r"and (?:19|20)\d\d)$)").match(text)  # never "I taught in the same department" (review)
    if bare:  # "I advised for 8 months": I advised them, never a verb with no one to do it to
        them = {"her": "her", "his": "him"}.get(their, "them")  # (reader 162)
        text = f"I {bare.group(1)} {them} {text[bare.end():]}"
        fact = realise.Fact(text, fact.form)
    if fact.form == "past" and shared(r"^(?:worked|flew|sailed|drove|served|taught|toured|played|"
                                      r"trained|travell?ed|ran|shared|built|co-\w+) (?:[\d,]+\+? \S+ )?"
                                      r"(?:\S+ )?together\b").match(text):
        return realise.Fact(f"We {text}", "writer")  # "flew 120+ sectors together": the writer and
        #   the person did, never "She flew 120+ sectors together" (reader 116)
    if shared(r"(?i)^(?:(?:haven't|have not|hadn't|had not) (?:spoken|talked|been in touch|kept in touch|"
              r"seen each other|met|worked together)|lost touch|kept in touch|stayed in touch|"
              r"fell out of touch|still keep in touch|still talk)\b").match(text):
        return realise.Fact(f"We {realise.lower_first(text)}", "writer")  # "haven't spoken much
        #   since she moved": the writer and the person, never a bare note (reader 138)
    shifts = shared(r"(?i)^((?:night |day |late |early |weekend |double )?(?:shifts|rotations|rounds|"
                    r"patrols|tours|watches|crossings|seasons|summers|gigs|services)) together\b(.*)$").match(text)
    if shifts:  # "Night shifts together 2020-2022 during COVID": "We worked night shifts together
        verb = {"gigs": "played", "seasons": "played", "summers": "spent", "services": "served at",
                "crossings": "made", "tours": "did"}.get(shifts.group(1).lower().split()[-1], "worked")
        return realise.Fact(f"We {verb} {realise.lower_first(shifts.group(1))} together{shifts.group(2)}",
                            "writer")
    if fact.form == "past" and shared(r"^shared an? (?:office|desk|lab|bench|classroom|flat|house|room|"
                                      r"cabin|studio|workspace|shift pattern)\b(?!.*\bwith\b)").match(text):
        return realise.Fact(f"We {text}", "writer")  # "shared an office 2020-2024": the writer and
        #   the person did, never "He shared an office" (reader 138)
    made = shared(r"(?i)^((?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several) "
                  r"(?:[\w-]+ )?(papers|articles|chapters|books|songs|albums|grants|proposals|"
                  r"patents|courses|workshops|shows|concerts|tours|races|projects)) together$").match(text)
    if made and fact.form == "noun":  # "3 papers together": "We wrote 3 papers together.",
        verb = {"patents": "filed", "courses": "taught", "workshops": "ran", "shows": "played",
                "concerts": "played", "tours": "did", "races": "ran", "projects": "worked on",
                "albums": "made"}.get(made.group(2).lower(), "wrote")  # never "There were 3
        return realise.Fact(f"We {verb} {made.group(1)} together", "writer")  # papers
        #   together." (reader 122)
    if fact.form == "past" and shared(r"^(?:served|worked|trained|flew|sailed) (?:under|for|with) me\b").match(text):
        who = {"her": "She", "his": "He"}.get(their, "They")  # "served under me 2017-2019": they
        return realise.Fact(f"{who} {text}", "writer")  # did, under the writer (reader 123)
    them = {"her": "her", "his": "him"}.get(their, "them")
    deed = shared(rf"^([a-z][\w-]*) (?:(?:with|alongside|under|beside) )?{them}\b(?!['\u2019])").match(text)
    after = text[deed.end():].split()[:2] if deed else []
    if deed and them == "her" and after and (after[0].endswith(("'s", "\u2019s")) or (
            len(after) > 1 and after[1].endswith(("'s", "\u2019s")))):
        deed = None  # "led her group's river study": her group's, so hers, never "I led" it (reader 186)
    if deed and them == "her" and deed.group(1) in _HER_OWN_DEEDS and after and realise.word_class(
            after[0]) in ("N", "J", None) and after[0] not in ("straight", "last", "home", "early", "late", "back",
                                                                "a", "an", "the", "next", "name", "case", "career", "cv"):
        deed = None  # "shipped her first PR": her own, never "I shipped her first PR" (reader 214)
    if fact.form in ("past", "noun") and deed and realise.word_class(
            deed.group(1).split("-")[-1]) == "D":
        return realise.Fact(f"I {text}", "writer")
    mine = shared(r"^my ((?:[\w-]+ )?(?:lead|manager|supervisor|boss|mentor|director|advisor|adviser|"
                  r"chair|head|PI|editor|captain|coach|teacher|tutor)) ((?:for|from|since|between) .+)$").match(text)
    if fact.form in ("noun", "clause") and mine and side in ("reported-to-you", "junior-to-you", "senior-to-you",
                                                  "same-team", "different-teams"):
        who = {"her": "She", "his": "He"}.get(their, "They")  # "my tech lead for 3 years": they
        return realise.Fact(f"{who} {'were' if who == 'They' else 'was'} my {mine.group(1)} "
                            f"{mine.group(2)}", "writer")  # were, never "My tech lead for 3 years."
    student = shared(r"^my ((?:[\w-]+ )?(?:student|intern|apprentice|trainee|mentee|postdoc|resident|"
                     r"report|direct report|deputy|RA|TA)) ((?:for|from|since|between|in) (?:about |over |nearly )?"
                     r"(?:\d|a |an |two|three|four|five|six|several|many|the last|(?:19|20)\d\d).*)$").match(text)
    if fact.form in ("noun", "clause") and student and side in ("teacher", "advisor", "managed-you",
                                                               "senior-to-you"):
        who = {"her": "She", "his": "He"}.get(their, "They")  # "my student 2018-2020": they were,
        return realise.Fact(f"{who} {'were' if who == 'They' else 'was'} my {student.group(1)} "
                            f"{student.group(2)}", "writer")  # never "My student from 2018 to 2020."
    role = shared(r"^(?:(?:her|his|their) )?((?:line |direct |team |research |thesis |PhD )?"
                  r"([a-z]+)) (for .+|from .+|since .+)$").match(text)
    if fact.form == "noun" and role and role.group(2) in _WRITERS_ROLES.get(side, ()):
        return realise.Fact(f"I was {their} {role.group(1)} {role.group(3)}", "writer")
    return fact


# The writer's own role by their side of the relationship: "manager for 4 years" from the one
# who managed the person is the writer's.
_WRITERS_ROLES = {"managed-you": {"manager", "supervisor", "boss", "lead", "gm"},
                  "teacher": {"teacher", "tutor", "lecturer", "professor", "instructor",
                              "supervisor", "coach", "mentor"},
                  "advisor": {"advisor", "adviser", "mentor", "supervisor"},
                  "senior-to-you": {"mentor"}}


def _tied(relation: str, ties: list[str]) -> str:
    """The opening with the writer's note of how they knew the person, in one sentence (the
    strongest point stays second): "I managed Duc on the logistics project from 2020 to 2023."
    (the opening says it: only how long), "Ewa was on my team on the digitisation project, and I
    edited her work for two years." (something the opening does not say)."""
    if ties:
        tie = ties[0]
        when = shared(r"\b((?:from|for|between|since|during) .+)$").search(tie)
        post = shared(r" as ((?:the |a |an )?(?:[a-z][\w-]* ){0,2}(?:nurse|manager|lead|head|director|"
                      r"supervisor|principal|chair|editor|consultant|partner|captain|foreman|"
                      r"superintendent|registrar|coordinator|chief))$").search(when.group(1)) if when else None
        if post and tie.split()[0] == "I":  # "I supervised her for 3 years as charge nurse": the
            tie = tie[:tie.rindex(post.group(0))]  # post is the writer's (reader 151)
            return _tied(relation[:-1] + f", when I was {post.group(1)}.", [tie])
        keys = [_SAME_TIE.get(w, w) for w in tie.lower().split() if _SAME_TIE.get(w, w) in _TIE_WORDS]
        if shared(r"(?i)\b(?:served|worked|trained) under me\b").search(tie):
            keys.insert(0, "manager")  # "he served under me": I managed him
        opened = {_SAME_TIE.get(w, w) for w in relation.lower().split()}
        if shared(r"(?i)\b(?:worked for me|reported to me|on my team|served under me|was my "
                  r"(?:\w+ )?(?:report|deputy))\b").search(relation):
            opened.add("manager")  # "Tyrone worked for me" says "I managed him" (reader 123)
        said = bool(keys) and keys[0] in opened or bool(when and shared(
            r"(?i)^(?:I|we|she|he|they) worked (?:together|(?:with|under|for|alongside) (?:me|her|him|them)) "
            r"(?:from|for|between|since|during) [^,;]+$").fullmatch(tie))  # "she
        #   worked with me 2020-2024": the opening says how; the note adds only how long
        where = shared(r"\b(?:at|in) (?:the )?([A-Z][\w'-]*)").search(tie)
        if said and not (where and where.group(1) not in relation):  # the opening says
            #   it already: only how long ("I managed Duc on the logistics project from 2020 to
            #   2023"), never "as an advisor ..., and I was her PhD advisor"; a place it does not
            #   say ("at Deloitte", "at the Academy 2012-16") keeps the whole note (reader 143)
            comma = "," if shared(r", (?:each|though|while)\b").search(relation) else ""  # after
            #   "..., each of us for a different company"; never "the backlog, for 3 years"
            if when and when.group(1).startswith("for ") and shared(r" (?:on|at|in|during) ").search(relation) \
                    and not relation.startswith(("As ", "The ", "My ", "Our ")):  # "For 3 years,
                return f"For {when.group(1)[4:]}, {relation}"  # Grace reported to me in the ICU
                #   during COVID", never "... during COVID for 3 years" (reader 134), nor "I
                #   managed her on the acquisition for 2 years": the deal's length (reader 144)
            apart = shared(r" (while at different companies|, each of us for a different company)\.$").search(relation)
            if when and apart:  # "... on the retrofit from 2015 to 2016 while at different
                sep = " " if apart.group(1).startswith("while") else ", "  # companies"
                return f"{relation[:apart.start()]} {when.group(1)}{sep}{apart.group(1).lstrip(', ')}."
            return f"{relation[:-1]}{comma} {when.group(1)}." if when else relation
        if " and " in tie:  # "I led the E&I team, and he was my lead tech": a sentence of its
            return f"{relation} {realise.cap(tie)}."  # own, never "..., and ..., and ..." (reader 147)
        return f"{relation[:-1]}, and {tie[0].lower() + tie[1:] if tie.split()[0] != 'I' else tie}."
    return relation


# The words a tie and the opening share when they say the same thing: "I managed Duc" and "I
# managed him from 2020 to 2023"; "Ivan was my manager" and "he was my director 2014-2016".
_SAME_TIE = {"managed": "manager", "director": "manager", "boss": "manager", "supervisor": "manager",

             "supervised": "manager", "lead": "manager", "head": "manager", "gm": "manager",
             "superintendent": "manager", "commander": "manager", "foreman": "manager",
             "sergeant": "manager", "skipper": "manager", "matron": "manager",
             "advised": "advisor", "adviser": "advisor", "taught": "teacher", "tutor": "teacher",
             "tutored": "teacher", "lecturer": "teacher", "professor": "teacher",
             "coached": "coach", "mentored": "mentor", "together": "worked",
             "reported": "manager"}
_TIE_WORDS = frozenset(["manager", "advisor", "teacher", "coach", "mentor", "worked", "editor",
                        "edited", "hired", "trained", "led", "captain", "principal", "chef"])


# A writer's note of how they knew the person: "I supervised her for 2 years", "We worked
# together from 2019", "I've known him since 2015", "I was his line manager for a year".
def _apart_split(fact: realise.Fact) -> list[realise.Fact]:
    """"we worked together 2016-2018 and haven't spoken much since": how they worked together,
    and the distance, said where the distance is told (reader 153)."""
    found = shared(r"^(.+?),? and (?:we )?((?:haven't|have not|hadn't|had not) .+)$").match(fact.text)
    if not found or not _APART.match("we " + found.group(2)):
        return [fact]
    return [realise.Fact(found.group(1), fact.form), realise.Fact("we " + found.group(2), "writer")]


# A note that the writer and the person have been apart since: "we haven't spoken much since".
_APART = lazy(r"(?i)^(?:we|I) (?:haven't|have not|hadn't|had not|haven’t)(?: really| much)? (?:worked together|"
              r"spoken|talked|been in touch|kept in touch|stayed in touch|seen each other)\b(?: much)?"
              r"(?: since\b.*)?$")
_TIE = lazy(r"(?i)(?:I|we)(?:'ve| have| had)? (?:reported to (?:her|him|them)\b|served (?:under|with|alongside) "
            r"(?:her|him|them)\b|was (?:her|his|their) (?:TA|RA|GSI|teaching assistant|research "
            r"assistant|intern|apprentice|trainee|deputy|report|direct report)\b|(?:owned|ran|founded|"
            r"managed|led|chaired|headed) the (?:[\w'&-]+ ){0,2}(?:restaurant|shop|store|bakery|cafe|café|"
            r"practice|firm|clinic|lab|studio|school|department|unit|team|ward|farm|hotel|kitchen|"
            r"company|business|charity|programme|program|club)\b|(?:studied|trained|served|played|"
            r"toured|sang|sailed|flew|taught|coached|deployed) together\b|sat next to each other\b|"
            r"shared an? (?:office|desk|lab|bench|classroom)\b|commanded (?:her|him|them)\b|"
            r"(?:worked|coached|trained|played|sang|nursed|taught|flew|sailed|cooked|danced|studied) under "
            r"(?:her|him|them)\b|worked for (?:her|him|them)\b|(?:directly |closely )?(?:supervised|managed|employed|taught|"
            r"coached|mentored|advised|trained|hired|known|led|tutored) (?:him|them|her(?! [\w-]+(?:'s|\u2019s)\b))\b|worked "
            r"(?:together|with (?:her|him|them)|alongside (?:her|him|them))\b|was (?:her|his|their) "
            r"(?:\w+ )?(?:manager|supervisor|mentor|teacher|tutor|coach|advisor|adviser|lecturer|GM|"
            r"boss|lead|director|head|principal|PI|chef|editor|instructor|professor|trainer|"
            r"foreman|captain|superintendent|commander|sergeant|skipper|matron|CO)\b|(?:supervised|edited|"
            r"reviewed|marked|oversaw) (?:her|his|their) work\b"
            r"|was the (?:[\w-]+ ){0,2}(?:manager|director|head|lead|principal|coordinator|supervisor|"
            r"chair|captain|coach|editor)\b)"
            r"|(?:she|he|they) (?:was|were) my (?:[\w-]+ )?(?:manager|supervisor|director|boss|lead|"
            r"head|mentor|teacher|tutor|coach|advisor|adviser|editor|chef|principal|captain|student|"
            r"intern|apprentice|trainee|mentee|postdoc|resident|report|deputy|tech|technician|"
            r"engineer|analyst|associate|assistant|nurse|registrar)\b"
            r"|I was (?:her|his|their|the [\w'-]+(?:'s)?) (?:[\w-]+ )?(?:partner|owner|sponsor|"
            r"client|lead|manager|supervisor)\b"
            r"|(?:she|he|they) (?:served|worked|trained) (?:under|for|with) me\b"
            r"|(?:she|he|they) (?:hired|recruited|took) me(?: on)?\b"
            r"|(?:she|he|they) (?:supervised|managed|mentored|taught|advised|coached|trained|led) me\b"
            r"|I was (?:her|his|their) (?:department |faculty |programme |program )?(?:chair|dean|head)\b"
            r"|I was (?:the|a) (?:[\w-]+ ){0,2}(?:engineer|analyst|nurse|officer|associate|assistant|"
            r"developer|designer|intern|trainee|apprentice|volunteer|member) (?:on|in) (?:her|his|their) "
            r"(?:team|crew|unit|site|ward|squad|lab)\b")
# A detail or a strength in the writer's own voice: "I'd hire him again", "we finished 5th".
_FIRST_PERSON_START = lazy(r"(?:I|I'd|I've|I'm|I'll|We|we|We've|we've|We'd|we'd)\s")
# The verbs that follow the person's name as a subject in the closing frames, with their form
# after "they".
_AFTER_SUBJECT = {"is": "are", "was": "were", "has": "have", "looks": "look", "applies": "apply",
                  "serves": "serve", "works": "work", "earned": "earned", "kept": "kept",
                  "would": "would", "will": "will", "now": "now", "made": "made",
                  "reported": "reported", "stood": "stood"}
# After an opening phrase and its comma, the name is the subject before these too: "Along the
# way, he also became a good friend", never "him" (reader 162); "Teaching him gave me" keeps it.
_AFTER_A_COMMA = {"also": "also", "became": "became", "gave": "gave", "let": "let", "had": "had"}


def _pronouned(sentence: str, name: str, later: str, them: str, their: str) -> str:
    """One closing sentence with the person's name said as a pronoun ("Managing her gave me a
    close view of her work.", "I know she is looking at ..."); as it is where a pronoun would
    not agree or would read oddly ("Dana, who ...")."""
    if name not in sentence or f"{name}, who" in sentence:
        return sentence
    out = sentence.replace(f"{name}'s ", f"{their} ")
    parts = out.split(name)
    said = parts[0]
    for part in parts[1:]:
        after = part.split()[0].strip(",.") if part.split() else ""
        verbs = {**_AFTER_SUBJECT, **(_AFTER_A_COMMA if said.rstrip().endswith(",") else {})}
        governed = bool(shared(r"(?i)\b(?:with|to|for|alongside|beside|by|of|about|from|under|like|than)\s*$").search(said))
        if (not said.strip() or (after in verbs and not governed)) and part[:1] in (" ", ","):  # "with
            #   her was" never "with he was"
            if later == "they" and after not in verbs:
                return sentence  # "They ..." with a verb that might not agree: the name stays
            subject = later if said.strip() else realise.cap(later)
            if later == "they" and after in verbs:
                part = part.replace(after, verbs[after], 1)
            said += subject + part
        else:
            said += them + part
    return realise.cap(said) if said[:1].islower() and not sentence[:1].islower() else said


# What the writer typed that says which way the relationship runs, where the relationship
# given says the other: a recommendation's `teacher` is the writer's teaching, but "she taught
# me piano for 8 years" says the person taught the writer; `vendor` is the writer's supplying,
# but "his firm supplied the consultants" says the person supplied (readers 185-188).
_TAUGHT_ME = lazy(r"(?i)(?:(?:^|;\s*)(?:(?:she|he|they) )?(?:recommended me for|wrote (?:me )?(?:a|my) reference for)\b|"
                  r"(?:^|;\s*)(?:(?:she|he|they) )?(?:taught|coached|trained|tutored|mentored) me(?! (?:a lot|how|that|"
                  r"so much|to|the value|about|what|more)\b)|\bI (?:was|am) (?:her|his|their) (?:student|pupil|mentee|"
                  r"apprentice|trainee|tutee|advisee)\b|\bI took (?:her|his|their) (?:class|classes|course|lessons?|module|"
                  r"seminar)(?! on\b)|\bI studied (?:under|with) (?:her|him|them)\b|\b(?:she|he|they) (?:was|were|is|are) my "
                  r"(?:[\w-]+ )?(?<!student )(?<!assistant )(?:teacher|tutor|coach|professor|instructor|mentor|advisor|"
                  r"adviser|supervisor|trainer|lecturer)\b|(?:^|;\s*)(?:I )?trained (?:at|under|with) (?:her|his|their|him)\b|"
                  r"\bsince I was \d+\b|(?:^|;\s*)(?:(?:she|he|they) )?(?:supervised|examined|co-supervised) my "
                  r"(?:[\w'-]+ )?(?:thesis|dissertation|phd|doctorate|research|capstone)(?=$|[;,.(]| (?:on|in|at|"
                  r"from|about|which|that|and|during|between|while|when|with|for (?:\d|two|three|four|five|"
                  r"several|many|my|the|a|an)\b)))")
_SUPPLIED_ME = lazy(r"(?i)(?:^|;\s*)(?:deliver(?:s|ed)?|suppl(?:ies|ied)|dr(?:ives|ove)|cater(?:s|ed)|clean(?:s|ed)|"
                    r"fix(?:es|ed)|repair(?:s|ed)|buil(?:ds|t)|design(?:s|ed)|install(?:s|ed)|service[sd]|moved|"
                    r"photographed|shot|renovated|remodell?ed|painted|landscaped|audited|tested) (?:[\w-]+ ){0,2}"
                    r"(?:our|my)\b|(?:she|he|they)(?:'s| has| have|'ve)? (?:done|kept|handled|run|managed|edited|filed|"
                    r"cut|styled) (?:all )?(?:of )?our (?:books|accounts|payroll|taxes|tax returns|videos|website|"
                    r"social media|marketing|hair|cleaning|garden|photos|bookkeeping)\b|\b(?:she|he|they)(?:'s| has| have|'ve)? "
                    r"[^;]*\bas (?:a|our) (?:freelancer|contractor|subcontractor|supplier)\b|"
                    r"\b(?:(?:his|her|their) (?:firm|company|agency|team|shop|crew|studio) (?:supplied|provided|did|"
                    r"built|delivered|ran|handled|installed|designed|fitted)|[\w-]+ (?:was|were|is|are) (?:our|my) (?:[\w-]+'s )?"
                    r"(?:[\w-]+ )?(?:supplier|vendor|contractor|subcontractor|consultant|agency|integrator|lawyer|"
                    r"accountant|designer|developer|photographer|caterer|mover|driver|landscaper|builder)|(?:she|he|"
                    r"they) (?:led|ran) the (?:[\w-]+ )?(?:implementation partner|vendor|supplier|contractor)|(?:we|I) (?:buy|bought|"
                    r"order|ordered|purchase|purchased|source|sourced) (?:[\w-]+ ){0,4}from (?:her|him|them)|(?:we|I) "
                    r"hired (?:her|him|them)|(?:I|we) (?:was|were|am|are) (?:her|his|their) (?:client|customer)s?|"
                    r"(?:she|he|they) (?:was|were) the (?:[\w-]+ ){0,2}(?:consultant|account lead|account manager|"
                    r"contractor) from (?!.*\bhired (?:us|me)\b)|from our (?:[\w-]+ ){0,2}(?:provider|supplier|vendor|"
                    r"contractor)\b(?! who)|(?:his|her|their) (?:organi[sz]ation|firm|company|agency) (?:was|"
                    r"were) (?:the|our) (?:[\w-]+ )?(?:provider|supplier|vendor|contractor))\b")
# A teacher the writer hired for their child: "my son went from a 4 to a 7", "she tutored my
# daughter" (reader 223); never "my son was on the team too".
_CHILD = r"(?:son|daughter|kids?|child|children|boy|girl|twins)"
_FOR_MY_CHILD = lazy(rf"(?i)(?:(?:^|[;\n])\s*(?:my|our) {_CHILD}(?:'s (?:grades?|marks?|scores?|results?))? (?:went|got|passed|improved|"
                     rf"scored|gained|achieved|jumped|moved up|now|loved|grew|made|went up)\b|\b(?:she|he|they) (?:taught|"
                     rf"tutored|coached|trained) (?:my|our) {_CHILD}\b)")
_MY_CHILDS = lazy(rf"(?i)\b(?:my|our) {_CHILD}'s\b|\bfor (?:my|our) {_CHILD}\b")
# What says the writer taught or supervised the person, whatever their title now: "I supervised
# his PhD", "she was my PhD student", "he was my teaching assistant", "her teaching practice".
_I_TAUGHT_THEM = lazy(r"(?i)\bI (?:taught|supervised|advised|mentored|coached|examined|trained|tutored|co-supervised) "
                      r"(?:her|him|them|his|their)\b|\b(?:she|he|they) (?:was|were|is|are) (?:one of )?my (?:[\w-]+ )?"
                      r"(?:student|pupil|mentee|advisee|postdoc|trainee|apprentice|teaching assistant|TA|intern)s?\b|"
                      r"\b(?:teaching practice|teacher training|student teach\w*|practicum|PGCE|TA'd|"
                      r"teaching placement)\b|\b(?:took|attended) my (?:class|course|module|seminar)")
# Strengths only a teacher is praised for: "patient teacher", "clear explanations", "office hours".
_TEACHERS_PRAISE = lazy(r"(?i)\b(?:patient|great|inspiring|brilliant|wonderful|excellent|caring|demanding|"
                        r"supportive) (?:teacher|lecturer|professor|instructor|mentor|tutor)\b|\b(?:clear "
                        r"explanations|(?:her|his|their) lectures|office hours|(?:always )?available (?:for|to) "
                        r"(?:the |her |his |their )?students)\b")
# A person who supplied the writer, typed as who they are: "freelance translator JP-EN" (reader
# 225); never "freelance work I did for her studio".
_FREELANCE = lazy(r"(?i)(?:^|;\s*|\n\s*)(?:(?:she|he|they) (?:is|was|were|are) )?(?:a |an |our |my )?"
                  r"(?:freelance|independent|self-employed) [a-z]+(?:er|or|ist|ant|ian|grapher)\b(?![^;\n]*\b(?:hired me|"
                  r"I (?:did|built|made|designed|wrote|ran|handled|kept|shot|edited|illustrated|was)\b))")
# Details that say who reported to whom, which the relationship may have typed the other way
# round: "he reported to me as regional logistics officer" (reader 199).
_REPORTED_TO_ME = lazy(r"(?i)(?:^|;\s*|\n\s*)(?:(?:she|he) (?:reported|reports) (?:directly )?to me|I (?:directly )?(?:managed|"
                       r"supervised|line-managed) (?:her|him)|(?:she|he) (?:was|were) (?:one of )?my (?:two |"
                       r"three )?(?:[\w-]+ )?(?:reports?|direct reports?|assistants?|deputy|trainees?))\b(?!')")
_I_REPORTED = lazy(r"(?i)(?:^|;\s*|\n\s*)(?:I (?:reported|report) (?:directly )?to (?:her|him)|(?:she|he) (?:managed|"
                   r"supervised|line-managed) me|(?:she|he) (?:was|were) my (?:line )?(?:manager|boss|supervisor))\b(?!')")
# Details that say who stood above whom, which "senior" and "junior" may have typed the other
# way round: "he worked under me as a graduate engineer", "she was the senior architect".
_UNDER_ME = lazy(r"(?i)(?:^|;\s*|\n\s*)(?:(?:(?:she|he|they) )?(?:worked|was|were) (?:under me|(?:one of )?my (?:deputy|"
                 r"assistant|trainee|intern|apprentice|junior))|I (?:hired|trained|mentored) (?:her|him|them)\b)|"
                 r"(?:^|;\s*|\n\s*)(?:[\w-]+ ){0,4}(?:officer|engineer|nurse|analyst|assistant|intern|resident) "
                 r"under me(?=\s*(?:$|[;\n,.]| for\b| from\b| in\b))")
_ABOVE_ME = lazy(r"(?i)(?:^|;\s*|\n\s*)(?:(?:(?:she|he|they) (?:was|were) )?(?:the |our )?(?:senior|lead|head|chief) "
                 r"[a-z]+(?=;|\n|$| and\b)|(?:(?:she|he|they) (?:[\w ]+ )?)?(?:taught|trained|mentored|supervised|"
                 r"managed) me\b|I (?:worked|was|served)(?: (?:as )?(?:a |an |the )?[\w-]+(?: [\w-]+)?)? under (?:her|him|them)\b"
                 r"(?! predecessor| successor)|"
                 r"\bI(?: am|'m| was) (?:a |an |the )?(?!(?:[\w-]+ )?(?:manager|head|lead|director|chief|senior|partner|"
                 r"principal|consultant|PI|supervisor|boss|charge|sister|matron|owner)\b)[\w-]+(?: [\w-]+)? (?:in|on) (?:her|his|their) "
                 r"(?:ward|team|lab|department|unit|clinic|group|practice|kitchen|office|firm|class)\b|(?:she|he|they) (?:was|were) my (?:boss|"
                 r"manager|supervisor|mentor|head teacher)\b)")
# A detail that says the writer stood above the person: "I was head of year" (reader 202).
_I_WAS_SENIOR = lazy(r"(?i)(?:^|;\s*|\n\s*)I was (?:the |her |his |their )?(?:head|director|principal|chair|"
                     r"manager|supervisor|line manager|boss|team lead)(?:(?= of | on | for )|\s*(?=;|\n|$))")
_SUPPLIED_THEM = lazy(r"(?i)\b(?:(?:she|he|they) (?:was|were|is|are) (?:our|my) (?:[\w-]+ )?(?:client|customer)|"
                      r"(?:she|he|they) (?:was|were) (?:the |our )?client-side|(?:I|we) (?:was|were|am|are) (?:her|his|"
                      r"their) (?:supplier|vendor|contractor|consultants?|agency)|(?:she|he|they) hired (?:me|us))\b")


def _as_the_details_say(ctx: Context) -> tuple[Context, bool]:
    """The context with its relationship turned where what the writer typed says it runs the
    other way, and whether the person taught or advised the writer (no LinkedIn value says
    so): a recommendation never says "I was her teacher" of the writer's own piano teacher."""
    typed = " ; ".join([ctx.details or "", ctx.project, *ctx.strengths])
    side = ctx.relationship.value
    taught_them = _I_TAUGHT_THEM.search(" ; ".join([ctx.details or "", ctx.project]))  # "I supervised
    #   his PhD", "she was my teaching assistant", "her teaching practice": the writer's student
    if side in ("teacher", "advisor") and not taught_them and (
            _FOR_MY_CHILD.search(ctx.details or "") or _MY_CHILDS.search(ctx.project)):
        return ctx.with_changes(relationship=Relationship.CLIENT), False  # "my son went from a 4
        #   to a 7", "my son's GCSE maths tutoring": they taught the writer's child (reader 223)
    if side in ("teacher", "advisor") and (_TAUGHT_ME.search(typed) or not taught_them and (
            _TEACHERS_PRAISE.search(" ; ".join(ctx.strengths)) or parse(ctx.recipient).title.lower().startswith("prof"))):
        return ctx.with_changes(relationship=Relationship.REPORTED_TO_YOU), True  # "Prof. Giulia
        #   Romano", "patient teacher", "clear explanations": the writer was taught (readers 223, 225)
    ours = shared(r"(?i) for (?:our|my) (?!\w+'s\b)(?!(?:[\w-]+ ){0,2}(?:clients?|customers?|together|years?|months?)\b)"
                  r"(?:[\w-]+ ){0,2}[\w-]+$").search(ctx.project) and not shared(r"(?i)\bI (?:did|delivered|built|made|ran)\b").search(
                      ctx.project) or shared(
        r"(?i)(?:[-\u2013\u2014:,]| for| of) (?:our|my) (?!\w+'s\b)(?:[\w-]+ ){0,2}(?:office|home|house|kitchen|restaurant|shop|"
                  r"bakery|business|company|firm|practice|startup|cafe|caf\u00e9|salon|studio|farm|applications|"
                  r"documents|contracts|reports|manuscripts|grant applications|proposals|payroll|taxes|logo|branding|"
                  r"photos|videos|ads|network|servers|credit union|bank|hospital|school|charity|council|nonprofit|"
                  r"foundation|association|church|agency|"
                  r"store|clinic|school|website|site|app|game|product|platform|catalogue|manuals|wedding|event|move|relocation|renovation|garden|building|"
                  r"warehouse|gateway|patients|staff|family|dad|mum|mom|mother|father|kids|children|channel|"
                  r"podcast|brand|books|accounts)\b").search(ctx.project)
    #   "moving company - our office relocation": ours, where "our cloud cost review" may be joint
    if side == "vendor" and (_SUPPLIED_ME.search(typed) or ours or _FREELANCE.search(ctx.details or "")) and not _SUPPLIED_THEM.search(typed):
        return ctx.with_changes(relationship=Relationship.CLIENT), False
    if side == "client" and _SUPPLIED_THEM.search(typed) and not _SUPPLIED_ME.search(typed):
        return ctx.with_changes(relationship=Relationship.VENDOR), False
    told = ctx.details or ""  # the details alone: a project typed as the tie is read elsewhere
    if side == "junior-to-you" and (_I_WAS_SENIOR.search(told) or _UNDER_ME.search(told)):
        return ctx.with_changes(relationship=Relationship.SENIOR_TO_YOU), False  # "I was head of year",
        #   "he worked under me as a graduate engineer" (reader 210)
    if side == "senior-to-you" and _ABOVE_ME.search(told) and not _UNDER_ME.search(told):
        return ctx.with_changes(relationship=Relationship.JUNIOR_TO_YOU), False  # "he was the senior
        #   architect and taught me Revit": never "As the more senior colleague" (reader 210)
    if side == "managed-you" and _ABOVE_ME.search(told) and not (_UNDER_ME.search(told) or _REPORTED_TO_ME.search(told)):
        return ctx.with_changes(relationship=Relationship.REPORTED_TO_YOU), False  # "she was head teacher
        #   and trained me when I arrived": I worked for her (reader 210)
    if side in ("same-team", "different-teams", "different-companies") and _I_REPORTED.search(told) \
            and not _REPORTED_TO_ME.search(told):
        return ctx.with_changes(relationship=Relationship.REPORTED_TO_YOU), False  # "she was my manager":
        #   never "glad to have her on the team" (reader 210)
    if side == "reported-to-you" and (_REPORTED_TO_ME.search(told) or _UNDER_ME.search(told)) \
            and not _I_REPORTED.search(told):
        return ctx.with_changes(relationship=Relationship.MANAGED_YOU), False  # the writer managed them
    if side == "managed-you" and _I_REPORTED.search(told) and not _REPORTED_TO_ME.search(told):
        return ctx.with_changes(relationship=Relationship.REPORTED_TO_YOU), False
    return ctx, False


def _as_theirs(strength: str, names: frozenset, their: str) -> str:
    """A strength typed with the person's own name as its owner is theirs: "Isla's eye for
    health & safety" is "her eye for health & safety" (reader 110)."""
    owner = next((w for w in names if strength.startswith(f"{w}'s ") and len(strength) > len(w) + 3),
                 None)
    if owner:
        return f"{their} {strength[len(owner) + 3:]}"
    subject = named_clause(strength, names)
    if not subject:
        return strength  # "Patience with beginners": a strength, never "she with beginners" (review)
    said = {"her": "she", "his": "he"}.get(their, "they")  # "Chidi asks the question everyone
    return they_agree(f"{said} {subject}")  # else is afraid to ask": "they ask ...", never "when it
    #   came to Chidi asks the question" (reader 186)


# Jobs many people hold at once, said with "a": "as a Deliveroo rider", "as a line cook".
_MANY_HOLD = SERVICE_JOBS | frozenset("""rider driver referee umpire werkstudent intern volunteer steward
nurse teacher tutor engineer developer analyst teller stocker tech server accountant advisor adviser
educator tester agent operator scribe pharmacist paramedic medic mechanic recruiter scientist researcher
translator interpreter therapist midwife hygienist assistant associate counselor counsellor caseworker
picker packer cook rep representative carer caregiver technician instructor trainer coach""".split()) - {"clerk"}  # a
#   town clerk is the one


def _named_as_pronoun(details: str | None, names: frozenset[str], they: str, their: str) -> str | None:
    """Details that open with the person's name, said with their pronoun as the composer says
    any detail of theirs: "Sofia represented 300 asylum seekers" -> "she represented ...",
    "Emeka's firm provided ..." -> "his firm provided ..."; a name that is also a word ("River",
    "Precious") is never read as "the river" (reader 199)."""
    if not details or not names:
        return details
    spelt = sorted({n.lower() for n in names if n}, key=len, reverse=True)
    lower = {w for n in spelt for w in n.split()}
    def said(part: str) -> str:
        low = part.lower()
        name = next((n for n in spelt if low.startswith(n) and low[len(n):len(n) + 1] in (" ", "'", "\u2019")), None)
        if name is None:
            return part
        rest = part[len(name):]
        if rest.startswith(("'s ", "\u2019s ")):
            return their + rest[2:]
        word = shared(r" ([a-z][\w'-]*)").match(rest)
        if not word or word.group(1) in _NOT_A_VERB or word.group(1).lower() in lower:
            return part  # "Sofia and I co-wrote it", "Sam lee built it" stay as typed
        verb = word.group(1)
        if they == "they" and verb.endswith("s") and not verb.endswith("ss") and lexicon.lemma(verb) != verb.lower():
            verb = {"has": "have", "is": "are", "was": "were"}.get(verb, lexicon.lemma(verb))  # "they lead"
        elif they == "they":
            verb = {"is": "are", "was": "were", "has": "have"}.get(verb, verb)
        return f"{they} {verb}{rest[word.end():]}"
    pieces = _PART_START.split(details)  # the name read as a prefix of each part, never compiled
    said_all = "".join(said(p) if i % 2 == 0 else p for i, p in enumerate(pieces))  # into a pattern a name
    return they_agree(said_all) if they == "they" else said_all


# Where a detail starts: the text's start, or after a ";", a line break and a bullet.
_PART_START = lazy(r"((?:^|[;\n])[ \t]*(?:[-*\u2022][ \t]*)?)")
_NOT_A_VERB = frozenset("and or with from at in of on for to by the a an as plus nor".split())


def _theirs(fact: realise.Fact, strengths: tuple[str, ...]) -> realise.Fact:
    """A count done to with no doer, the deed of a strength of theirs: "300 farmers trained"
    with "training farmers" is "She trained 300 farmers", never "In all, 300 farmers were
    trained" (reader 104)."""
    done = shared(r"^(\d[\d,]*\+?) ([a-z][\w -]*?) (?:were )?([a-z]+ed)$").match(fact.text)
    if fact.form != "clause" or not done:
        return fact
    verb = stem(done.group(3))
    if any(s.split() and s.split()[0].lower().endswith("ing") and stem(s.split()[0].lower()) == verb
           for s in strengths):
        return realise.Fact(f"{done.group(3)} {done.group(1)} {done.group(2)}", "past")
    return fact


_OUR_POST = lazy(r"(?i)^(?:our|my) (?:[a-z-]+ ){0,2}(?:counsel|lawyer|solicitor|attorney|accountant|auditor|consultant|"
                 r"architect|engineer|contractor|supplier|agent|broker|designer|developer|trainer|nanny|"
                 r"childminder|cleaner|driver|photographer|bookkeeper|translator|interpreter|therapist|doctor|"
                 r"gp|vet|dentist|physio|midwife|rep|representative|account manager|point of contact|liaison|"
                 r"vendor|caterer|chef|planner|agency)"
                 r"(?: (?:on|for|at|in) [^;]*?)?(?:,? (?:from |since |between |in )?(?:19|20)\d\d.*)?$")


_FIRST_JOB = lazy(r"(?i)^(?:(?:her|his|their|a) )?(first|second) ((?:[\w-]+ ){0,2}(?:job|role|position|post))"
                  r"((?: (?:out of|after) (?:college|university|uni|school|grad school|the army|the military|the navy|"
                  r"his degree|her degree|their degree|the bootcamp|bootcamp))?)$")  # "first job after uni" (reader 217)


def _first_job(fact: realise.Fact, their: str) -> str | None:
    """A note of where the person was in their working life ("first job out of college", "first
    sales job"), as the scene: "It was her first job out of college", never a thing the writer
    points to (reader 209); None for any other detail."""
    found = _FIRST_JOB.match(fact.text) if fact.form in ("noun", "clause") else None
    return f"It was {their} {found.group(1).lower()} {found.group(2)}{found.group(3)}" if found else None


def _who_they_were(fact: realise.Fact, later: str) -> realise.Fact:
    """A detail that names the person's post with us, and no verb: "our outside counsel
    2020-2022" is "She was our outside counsel from 2020 to 2022", never a line on its own
    (reader 206); only in a recommendation, where the details are about the person. A post
    that ties writer and person ("my tech lead for 3 years") is _writer_note's."""
    words = fact.text.lower().split()
    verb = next((i for i, w in enumerate(words) if i >= 2 and (_past_or_present(w) or w == "cut")), None)
    joined = verb is not None and any(w in ("and", "who", "which", "that") for w in words[2:verb])
    if fact.form != "clause" or not _OUR_POST.match(fact.text) or _TIE.match(fact.text) or (
            verb is not None and not joined):
        return fact  # "our auditor in 2021 praised her reconciliations": someone else's deed;
        #   "our lawyer since 2015 and never lost a case" is hers (reviews)
    since = shared(r"\bsince (?:19|20)\d\d\b").search(fact.text)  # "my accountant since 2015":
    verb = ("have been" if later == "they" else "has been") if since else (
        "were" if later == "they" else "was")  # she has been
    return realise.Fact(f"{realise.cap(later)} {verb} {fact.text}", "writer")  # said whole,
    #   never "As one example, she was our outside counsel" (review)


# Deeds done to one's own thing, so "shipped her first PR" is hers: "her" there owns, where in
# "promoted her to lead" it is done to her.
_HER_OWN_DEEDS = frozenset("""shipped defended finished completed published presented earned won opened
founded released delivered hit reached doubled tripled""".split())


def _writers(fact: realise.Fact) -> realise.Fact:
    """A detail in the first person is the writer's, said as typed: "I relied on her for the
    weekly dashboard", "I finished in 3.5 years" (a student of the person's), "we got our first
    star in 2023". The writer typed it; its "I" is never the person ("He finished in 3.5 years",
    reader 100)."""
    if fact.form == "clause" and _FIRST_PERSON_START.match(fact.text):
        return realise.Fact(realise.cap(fact.text), "writer")
    if fact.form in ("past", "deed") and shared(
            r"(?i)^(?:served|worked|trained|reported|flew|sailed|deployed|studied) (?:directly )?(?:under|for|"
            r"with|alongside|to|beside) (?:her|him|them)(?=$|[,;.]| (?:from|for|since|between|during|"
            r"until|in|19\d\d|20\d\d)\b)").match(fact.text):  # never "reported to her board"
        return realise.Fact(f"I {realise.lower_first(fact.text)}", "writer")  # "served under her 2019-2021" is the
        #   writer's ("I served under her ..."), never "She served under her" (reader 132)
    if fact.form in ("past", "deed") and shared(r"(?i)\btogether$").search(fact.text):
        return realise.Fact(f"We {realise.lower_first(fact.text)}", "writer")  # "catered 200+
        #   weddings together": we did, never "He catered 200+ weddings together" (reader 134)
    if fact.form in ("past", "deed") and shared(r"(?i)^(?:lost|gained|ran|passed|got|reached|hit|finished|completed|"
                                                r"learned|learnt|recovered|improved|dropped)\b.*\bwith (?:her|him)"
                                                r"(?=$| in\b| over\b| after\b| within\b)").match(fact.text):
        return realise.Fact(f"I {realise.lower_first(fact.text)}", "writer")  # "lost 20kg with him in a year":
        #   the writer did, with the trainer's help; never "He lost 20kg with him" (reader 203)
    if fact.form in ("past", "deed") and shared(r"(?i)^met (?:at|in|on|through|during|via)\b").match(fact.text):
        return realise.Fact(f"We {realise.lower_first(fact.text)}", "writer")  # "met at a conference in
        #   2019": we did, never "The project met" (reader 213)
    return fact


def _measured(strength: str) -> realise.Fact | None:
    """A strength typed as a result with its figures, as the fact it is: "on-time delivery 82%
    -> 97%" (On-time delivery went from 82% to 97%), "zero LTIs in 400k man-hours" (The work
    had zero LTIs ...), a rate "280 covers a night" (she handled 280 covers a night); None for a
    strength ("mentored 3 interns" is a deed the strength frames say well)."""
    if not shared(r"\d").search(strength):
        return None
    found = realise.as_typed(realise.facts(strength), strength)
    if len(found) != 1:
        return None
    fact = found[0]
    if fact.form == "clause" and shared(r"\b(?:went|from|to|up|down|rose|fell|grew|was|were)\b").search(
            fact.text) and not _FIRST_PERSON_START.match(fact.text) \
            and not shared(r"(?i)^(?:he|she|they)\b").match(fact.text):  # "he was never late to a
        #   job in 4 yrs" is said as the strength, never twice (reader 169); "portfolio at risk under
        #   2%": "Portfolio at risk was under 2%." (reader 120)
        return fact
    if fact.form == "noun" and COUNT.match(fact.text) and not RATE.search(fact.text):
        said = count_sentence(fact.text)
        return realise.Fact(said.rstrip("."), "clause") if said else None
    if fact.form == "noun" and RATE.search(fact.text) and shared(
            r"^[\d,.]+k? (?:[a-z]+ )?(?:covers|calls|tickets|orders|patients|cases|customers|guests|"
            r"clients|claims|parcels|deliveries|shipments|requests|enquiries|inquiries|bookings|"
            r"meals|cartons|pallets|containers|loads|transactions|applications|students|visitors) ").match(fact.text):
        return realise.Fact(f"handled {fact.text}", "past")
    return None


# Past verbs whose subject did them: "92% scored 3+", "3 titles shipped", "4 players moved up".
_DID_THEMSELVES = frozenset("""scored passed graduated returned stayed left joined finished completed
qualified progressed moved grew rose fell shipped won earned reached signed enrolled""".split())


def _own_clause(note: str) -> str | None:
    """A note that is a whole clause, a count and its own verb ("92% scored 3+", "340 farming
    families now sell through the co-op"), as a sentence; None for anything else."""
    words = note.rstrip(".").split()
    if len(words) < 2 or not shared(r"(?:about |over |nearly )?[\d$\u20ac\u00a3][\d,.%kKmM+]*$|"
                                    r"(?:all|most|every|each)$").match(words[0]) \
            or FIRST_PERSON.search(note):
        return None
    verb = next((w for w in words[1:6] if realise.word_class(w.lower()) == "Z"
                 or w.lower() in _DID_THEMSELVES
                 or (realise.word_class(w.lower()) == "V" and words[0][:1].isdigit()
                     and words[0] not in ("1", "one"))), None)  # "92% scored 3+"; "20 staff laid
    #   off" is a headline, no clause (review)
    if not verb or shared(r"(?i)\b(?:was|were)\b").search(note) or (
            verb == words[-1] and verb.lower() not in _DID_THEMSELVES and verb.lower().endswith("s")):
        return None  # "3 concrete pours": a count of pours, no clause (reader 163)
    return realise.cap(note.rstrip(".")) + "."


# People a note may name, who are never part of someone's work: "co-founders", "cofounder".
_PEOPLE = frozenset("""founder cofounder owner boss mentor mentee colleague coworker friend cousin
sister brother parent""".split())


def _one_note(notes: list[realise.Fact], pick: Picker, phrasing: dict, name: str,
              their: str) -> str | None:
    """One note that reads as a noun phrase, said as part of their work ("Her work also included
    the weekly look-ahead schedules.") or, with a figure or praise, as a thing the writer points to
    ("I would also point to a 92% success rate."); with its article
    where a noun phrase needs one, its requester's "my" as the person's. None for anything
    else: several notes, a count, a rate or a measure in note form stay a list."""
    if len(notes) != 1 or notes[0].form != "noun" or any(
            realise.word_class(w) in ("V", "Z", "D") for w in notes[0].text.lower().split()[1:]) \
            or COUNT.match(notes[0].text) or shared(r"[,;]").search(notes[0].text) \
            or RATE.search(notes[0].text):
        return None  # a count, a rate or two notes in one ("4 firms, 9 months") stay listed
    note = notes[0].text.rstrip(".")
    low = note.lower().split()
    head = low[-1].split("-")[-1]
    if low[0] in ("now", "still", "former", "ex") or low[0].startswith("ex-") or head in (
            ROLE_WORDS | SERVICE_JOBS | _PEOPLE) or head.rstrip("s") in ROLE_WORDS | SERVICE_JOBS | _PEOPLE \
            or (low[0] in ("first", "second") and {"job", "role", "post"} & set(low)):
        return None  # "ex-bartender", "first job after uni": who they were, never "His work also
        #   took in the ex-bartender" (reader 217)
    if low[0] not in ("a", "an", "the") and (shared(r"[\d%]").search(note) or any(
            w in ("never", "always", "no", "not", "to", "from", "versus", "vs", "below", "above",
                  "under", "over", "down", "up", "back", "than", "instead") for w in low)
            or realise.word_class(low[-1]) != "N" or note[:1].isupper()):
        return None  # a measure in note form ("churn from 9% to 4%", "TAT 68 min to 41 min")
        #   reads worse as "I would also point to ..." than in a list (reader 106)
    if FIRST_PERSON.search(note):
        note = realise.to_name(note, name)
    first = note.split()[0]
    if first.lower() in ("a", "an", "the", "her", "his", "their", "its", "our", "every", "each"):
        np = realise.lower_first(note) if first[1:].islower() else note
    elif first[:1].isupper() and not first[1:].islower() or f"{name}'s" == first:
        np = note  # "DCB0129 sign-off", "Dana's team of 9"
    else:
        np = "the " + (realise.lower_first(note) if first[1:].islower() else note)
    slot = "pointed" if shared(r"(?i)[\d%]|\b(?:top|best|highest|first|record|award|prize|praise|rating|review|"
                               r"reviews|feedback|score|result|results|thanks|compliment|compliments|outstanding)\b"
                               ).search(np) else "included"
    frame = pick(phrasing["evidence"][slot], f"evidence.{slot}")  # "Her work also included the weekly
    #   look-ahead schedules.": hers, where "I would also point to" them said not whose (reader 191)
    return realise.cap(frame.format(np=np, their=their))


_FIGURE = lazy(r"\d")


def _joined(sentences: list[str], subjects: set[str]) -> list[str]:
    """Two short sentences about the person in a row as one: "She also had a gift for mentoring
    law students, and she never missed a court deadline." (a chain of six-word sentences reads
    as a form filled in). Only plain ones: no connector, comma or "and" of their own."""
    out: list[str] = []
    joined = False  # the last one is two already: never three in one
    for sentence in sentences:
        last = out[-1] if out else ""
        if last and not joined and _plain(last, subjects) and _plain(sentence, subjects) \
                and len(words(last)) + len(words(sentence)) <= 22 \
                and bool(_FIGURE.search(last)) == bool(_FIGURE.search(sentence)):  # a strength
            #   with a strength, a fact with a fact: never "She was equally strong when it came to
            #   Epic, and she trained 30 front-desk staff." (reader 119)
            subject = sentence.split()[0]
            said = sentence if subject not in ("She", "He", "They") else sentence[0].lower() + sentence[1:]
            if " also " in last:  # "..., and she also showed": "also" once (reader 123)
                said = said.replace(" also ", " ", 1)
            out[-1], joined = last[:-1] + ", and " + said, True
            continue
        if sentence.startswith("That work ") and last.split(" ", 1)[0] in subjects:
            sentence = ("In all, the work " if sentence.startswith("That work spanned") else "The work ") \
                + sentence[len("That work "):]  # "The work ran from 2020 to 2023" (reader 164)  # after "He trained 2
            #   new techs.", never "That work spanned 3 years" as if the training did (reader 159)
        if last.startswith(("The work ", "That work ")) and sentence.startswith(("The work ", "That work ")):
            sentence = "It " + sentence.split(" ", 2)[2]  # "The work covered 40 venues. It involved
            #   200 artists.", never "The work" three times in a row (readers 153, 154)
        out.append(sentence)
        joined = False
    return out


def _plain(sentence: str, subjects: set[str]) -> bool:
    return sentence.split()[0] in subjects and sentence.endswith(".") and "," not in sentence \
        and " and " not in sentence and not shared(r"\b(?:too|as well|also)\.$").search(sentence)


def _layout(*paragraphs: list[str]) -> str:
    return "\n\n".join(" ".join(p) for p in paragraphs if p)


def _strengths(strengths: list[realise.Strength], backing: dict, typed: tuple[str, ...],
               pick: Picker, phrasing: dict, name: str, later: str, their: str,
               evidence_of) -> list[list[str]]:
    """Each strength in a sentence of its own shape (Strength.about), strongest first, each
    followed by the details that back it. The strongest point has a sentence of its own;
    further skills without details share one ("She was also very good at costing and training
    commis chefs."), as do further things of theirs. A detail that is the strength itself,
    with its figure ("mentored 3 interns"), is said in its place. The first sentence names
    them when their pronoun is "they". One list of sentences for each strength or group."""
    items: list[dict] = []  # shape, phrases, facts, index (-1: a group), tool
    for i, strength in enumerate(strengths):
        found = backing.get(i, [])
        if _in_their_language(typed[i]) and not english(typed[i]):  # "zuverlässig", "liderança clínica": named as typed, in
            items.append(dict(shape="quoted", phrases=[f"\u201c{typed[i].strip()}\u201d"], found=found, i=i,
                              tool=False))  # quotes, never "He was also skilled in zuverlässig" (readers 204, 212)
            continue
        if found and _restates(found, typed[i]):
            items.append(dict(shape="fact", phrases=[], found=found, i=i, tool=False))
            continue
        shape, phrase = strength.about(later, their)
        tool = strength.form in ("skill", "tools") and not (
            shape == "at" and phrase.split()[0].endswith("ing"))  # "skilled in Python", never
        #   "at her best when it came to Python"; "negotiating in French" is no tool
        if tool and shape in ("at", "in", "own") and not phrase.startswith(f"{their} "):
            shape = "tool"
        elif tool and shape == "own" and strength.form == "skill" and len(phrase.split()) <= 5 \
                and not phrase.startswith((f"{their} work on ", f"{their} knowledge of ")):  # "his
            #   knowledge of AML", never "at home with knowledge of AML"
            shape, phrase = "tool", phrase[len(their) + 1:]  # "Lean Six Sigma", never "their
            #                                                  Lean Six Sigma"
        group = next((g for g in items[1:] if g["i"] == -1 and (
            g["shape"] == shape or ({g["shape"], shape} == {"at", "tool"} and not any(
                p.split()[0].endswith("ing") for p in g["phrases"] + [phrase])))
            and all(len(p.split()) <= 3 for p in g["phrases"] + [phrase])
            and len({p.split()[0].endswith("ing") for p in g["phrases"] + [phrase]}) == 1), None)
        #   never "working through blackouts and procurement" (reader 101); "very
        #   good at set styling and Photoshop"; never "at training nurses and Excel", nor
        #   "explaining model limits to the risk committee and stress testing" (to whom?)
        be = f"{later} {'are' if later == 'they' else 'is'} "
        if shape == "clause" and strength.form == "adjective" and not found \
                and phrase.startswith(be) and " and " not in phrase:  # "she is rigorous and
            mate = next((g for g in items if g.get("adjectives")), None)  # kind to patients",
            if mate:  # never "She is kind to patients." on its own line (reader 119)
                mate["adjectives"].append(phrase[len(be):])
            else:
                items.append(dict(shape=shape, phrases=[phrase], found=found, i=i, tool=False,
                                  adjectives=[phrase[len(be):]]))
            continue
        if shape != "clause" and not found and items and not shared(r" and |,").search(phrase):
            if group is None:
                group = dict(shape=shape, phrases=[], found=[], i=-1, tool=False)
                items.append(group)
            group["phrases"].append(phrase)
            group["tool"] |= tool
            if shape == "at":
                group["shape"] = "at"
        else:
            items.append(dict(shape=shape, phrases=[phrase], found=found, i=i, tool=tool))
    said: list[str] = []
    told: list[list[str]] = []
    for n, item in enumerate(items):
        before, i = len(said), item["i"]
        shown = evidence_of(item["found"], str(i), "first" if n == 0 else "also",
                            " ".join(said)) if item["shape"] == "fact" else []
        if shown:
            said += [realise.cap(shown[0]), *shown[1:]]
        else:  # a strength that is its own fact, said already: the strength as typed
            if item["shape"] == "fact":
                shape, phrase = strengths[i].about(later, their)
                item = dict(shape=shape, phrases=[phrase], found=[], i=i, tool=False)
            who = name if (n == 0 and later == "they") else later
            phrases = item["phrases"]
            if item["shape"] == "clause" and who != later:  # "Dana is kind", not "they is kind"
                phrases = [strengths[i].about(name, their)[1]]
            if len(item.get("adjectives", ())) > 1:
                phrases = [f"{who} {'are' if who == 'they' else 'is'} {_in_order(item['adjectives'])}"]
            if item["shape"] == "clause" and len(phrases) == 1 and shared(r"^I\b").match(phrases[0]) \
                    and not shared(r"\b(?:her|him|his|them|their|she|he|they)\b").search(phrases[0]) \
                    and name not in phrases[0]:  # "I always knew where things stood": with them
                them = {"her": "her", "his": "him"}.get(their, "them")  # (reader 118)
                phrases = [f"working with {them}, {phrases[0]}"]
            if item["shape"] == "clause" and len(phrases) == 1 and shared(
                    r"(?i)^(?:everyone|everybody|people|the team|the whole team|clients|patients|customers|"
                    r"students|staff|members|kids|parents|families|guests|newcomers|new starters) "
                    r"(?:always |all )?(?:felt|feel|feels)\b").match(
                    phrases[0]) and not shared(r"\b(?:her|him|them|she|he|they)\b").search(phrases[0]):  # "everyone felt welcome": around the person, never a bare
                them = {"her": "her", "his": "him"}.get(their, "them")  # "Just as important,
                phrases = [f"around {them}, {phrases[0]}"]  # everyone felt welcome." (reader 138)
            said.append(_frame(pick, phrasing, item["shape"], "lead" if n == 0 else "more",
                               " ".join(said), who, their, phrases, n, item["tool"],
                               len(items) == 1))
            said += evidence_of(item["found"], str(i), "all", " ".join(said))
        told.append(said[before:])
    return told


def _in_their_language(strength: str) -> bool:
    """A strength typed in another language: "zuverlässig", "liderança clínica", "ayudante de
    cátedra excelente"; never an English word with an accent ("café management") nor a tool."""
    words = [w.strip(".,;:()") for w in strength.split()]
    return realise.in_another_language(strength) or (
        bool(words) and all(w.isalpha() and w.islower() and realise.word_class(w) is None for w in words)
        and any(not w.isascii() for w in words))


def _in_order(items: list[str]) -> str:
    """Strengths in the order typed, the strongest first: "a", "a and b", "a, b, and c"; "her
    work on" said once for all it leads ("her work on risk assessments and toolbox talks")."""
    for lead in {" ".join(i.split()[:3]) + " " for i in items if " work on " in i}:
        led = [i for i in items if i.startswith(lead)]
        if len(led) > 1:
            at = items.index(led[0])
            items = [i for i in items if i not in led]
            items.insert(at, lead + _in_order([i[len(lead):] for i in led]))
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]  # with the comma realise.join puts


def _frame(pick: Picker, phrasing: dict, shape: str, slot: str, so_far: str, who: str,
           their: str, phrases: list[str], n: int, tool: bool, alone: bool) -> str:
    """One strength's sentence: the picked frame of its shape, passing over one whose words
    are said already ("also ... also", "valued ... valued")."""
    options = phrasing[f"strength_{shape}"][slot]
    pronoun = who in ("she", "he", "they")
    phrase = _in_order(phrases)
    pos = their if pronoun else f"{who}'s"
    core = shared(r" (?:in|on|at|of|for|with) ").split(phrase.replace(f"{pos} work on ", "", 1))[0]
    many = not phrase.startswith(f"{pos} work ") and (
        (" and " in core or phrase.count(f"{pos} ") > 1) or _plural(phrase))  # "her work on A
    #   and B deserves", "her grit and her humour deserve", "her education in Arabic and
    #   English deserves"
    frame = first_fit(options, pick(options, f"strength.{shape}.{n}"), lambda f: (
        unsaid(f.replace("{S}", "").replace("{was}", ""), so_far, "{x}")
        and not (" also " in so_far and " also " in f)
        and (pronoun or not shared(r"\{pos\} (?:best|strongest)").search(f))  # not "Can was at
        #   Can's best", "Charlie was at Charlie's strongest" (reader 107)
        and not (alone and shared(r"first").search(f))  # no "first thing" with no second
        and not ("gift for" in f  # a gift for a task with its object ("for training commis
                 and not all(p.split()[0].endswith("ing") and len(p.split()) > 1  # chefs"), not
                             and p.split()[1] not in ("on", "in", "at", "to", "with")  # "for
                             for p in phrases))  # Python" or "for paying on time"
        and not (f in ("{X}.", "{X}, too.") and len(phrases[0].split()) < 4)  # no "They are calm."
        and not (" too." in so_far and "too" in f)  # "..., too." once
        and not (" as well." in so_far and "as well" in f)  # and "as well" once
        and not _echoes(f, so_far)  # nor "very good at" twice (reader 121)
        and not (set(shared(r"[a-z]+").findall(f.lower())) & _PRAISE
                 & set(shared(r"[a-z]+").findall(phrase.lower().replace("strength", "strong"))))  # not
        #   "strong at strength and conditioning", "very good at asking
        #   good questions", "real skill in excellent pain management" (readers 143, 144)
        and not (many and shared(r"(?:is|was) \{x\}").search(f))  # not "The first thing I
        #   would mention is his clear priorities"
        and not ("too" in f and shared(r"\b(?:never|not|no|n't|even)\b").search(phrases[0]))  # not
        #   "They never missed a deadline, too.", nor "... even during the strike, too."
        and not (tool and shape != "tool" and "stood out" in f)  # "stood out in mentoring", not
        #   "in Flutter" ("her command of Flutter stood out" is a tool's own)
        and not ("remember most" in f and len(phrases[0].split()) < 5)  # not "What I remember
        #   most is that Dimitra is accurate"
        and not (f == "{X}." and slot == "lead" and len(phrases[0].split()) < 5)  # not a
        #   bare "Ama is organised." to open with
        and ("did best" not in f or all(p.split()[0].endswith("ing") for p in phrases))
        and not (phrases[0].startswith(("working with ", "around ")) and f != "{X}.")  # "Working with her,
        #   I always knew ...", after no connector of its own
        and not (shape == "clause" and f.endswith("too.")
                 and phrases[-1].endswith(("too", "well", " to")))))  # not "go to, too"
    if (" as well." in so_far and frame.endswith(" as well.")) or (" too." in so_far and frame.endswith(", too.")):
        frame = frame.rsplit(",", 1)[0] + "." if frame.endswith(", too.") else frame[:-len(" as well.")] + "."
        #   when no other frame fits: "as well" once, never twice in a row (readers 129, 132)
    was = "were" if who == "they" else "was"
    them = {"she": "her", "he": "him", "they": "them"}.get(who, who)
    text = frame.format(S=who, O=them, was=was, pos=pos, Pos=realise.cap(pos), x=phrase,
                        X=realise.cap(phrase), deserves="deserve" if many else "deserves")  # "her
    #   work on A and B deserves", "her grit and her humour deserve"
    return realise.cap(text)


# Words of praise a frame brings that the strength may bring too.
_PRAISE = frozenset("good strong excellent outstanding great best strongest gift skill skilled real".split())


def _echoes(frame: str, so_far: str) -> bool:
    """Whether a frame's own words, three in a row, are said already: "She was also very good
    at" after "She was very good at donor reporting as well"."""
    said = " ".join(so_far.lower().split())
    own = [w for w in shared(r"\{\w+\}|[\w']+").findall(frame.lower())
           if not w.startswith("{") and w not in ("also", "as", "well", "too", "just")]
    return any(" ".join(own[i:i + 3]) in said for i in range(len(own) - 2))


def _plural(np: str) -> bool:
    """"their sharp questions in class" is plural, by the head before any preposition."""
    words = np.split()
    head = next((words[i - 1] for i, w in enumerate(words) if i and w in ("in", "on", "at", "of",
                                                                          "with", "for", "to", "under",
                                                                          "across", "during", "around")), words[-1])
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "'s"))


def _restates(found: list, strength: str) -> bool:
    """Whether a fact is the strength itself, with its figure: "mentored 3 interns" for
    "mentored interns". Then the fact is said instead of the strength and an example of it.
    Every word of the strength must be in it: "3,400 flu vaccines" is no "vaccinating", nor
    "400 artists" "he's great with artists"."""
    return len(words(strength)) > 1 and any(Text(f.text).coverage(typed).score >= 1.0
                                            for f in found for typed in {strength, realise.clean(strength)})
    #   "CSAT up 12 pts" is restated by "CSAT went up 12 points" (reader 185)


def _pronouns(ctx: Context) -> tuple[str, str]:
    """("her", "her") / ("his", "him") when `pronouns` says so or the context itself calls the
    person she or he; ("their", "them") otherwise: llmdraft does not guess anyone's pronouns."""
    if ctx.pronouns:
        return {"she": ("her", "her"), "he": ("his", "him")}.get(ctx.pronouns, ("their", "them"))
    said = " ".join([ctx.project, *ctx.strengths, ctx.details or "", ctx.purpose or ""]).lower()
    she = len(shared(r"\b(?:she|her|hers|herself|shes)\b").findall(said))
    he = len(shared(r"\b(?:he|him|his|himself|hes)\b").findall(said))  # "hes the guy you want"
    if she and not he:
        return "her", "her"
    if he and not she:
        return "his", "him"
    return "their", "them"


_CHANGE = lazy(r"\bfrom (?!(?:19|20)\d\d\b)[$\u00a3\u20ac]?\d[\d.,]*\S* (?:\w+ )?to [$\u00a3\u20ac]?\d|"
               r"\b(?:by|to) \d[\d.,]*%|\b(?:halved|doubled|tripled)\b")
# A measure of the work a skill moves ("door-to-triage time fell from 22 to 9 minutes"); what
# the world did ("footfall fell during covid", "interest rates went from 0.5% to 5%") is none.
_A_MEASURE = lazy(r"(?i)^(?:the |our |her |his |their |team |average |avg |mean |median )*(?:[\w-]+ ){0,3}(?:time|times|"
                  r"rate|rates|score|scores|satisfaction|csat|nps|yield|accuracy|defects?|errors?|waste|downtime|"
                  r"turnaround|uptime|retention|conversion|attendance|throughput|backlog|cost|costs|spend|"
                  r"complaints|incidents|delays|readmissions|churn|margin|margins)\b (?:went|fell|rose|dropped|"
                  r"improved|grew|climbed|decreased|increased|was cut|were cut)\b")
_OUTSIDE = lazy(r"(?i)\b(?:covid|pandemic|lockdown|recession|after (?:she|he|they) left|before (?:she|he|they) "
                r"(?:came|joined|arrived)|previous|predecessor|interest rates?|cuts?\b|budget was)\b")
_HEADCOUNT = lazy(r"(?i)^(?:the |our |my )?(?:team|headcount|staff|department|unit|crew|company|office)(?: size)? "
                  r"(?:grew|went|rose|doubled|tripled|expanded|increased)\b")


def _lead_backed(backing: dict, strengths: tuple[str, ...]) -> tuple[dict, realise.Fact | None]:
    """A measured result that no strength's words name ("door-to-triage time fell from 22 to 9
    minutes"), said right after the first strength when that is a skill or a line of work
    ("process improvement") and no detail backs it: the strongest point beside the figure,
    never the figure left at the end (reader 206). Said plainly, never "For example": the
    words do not say it is one; a team's growth is no result of anyone's skill (reader 104),
    and a quality ("calm under pressure") is no cause of a figure."""
    loose = backing.get(None, [])
    if 0 in backing or not strengths or realise.strength(strengths[0]).form not in ("noun", "skill", "gerund"):
        return backing, None
    result = next((f for f in loose if _CHANGE.search(f.text) and not _FIRST_PERSON_START.match(f.text)
                   and not _HEADCOUNT.match(f.text) and not _OUTSIDE.search(f.text) and (
                       f.form in ("past", "deed") or (f.form == "clause" and _A_MEASURE.match(f.text)))), None)
    if result is None:
        return backing, None
    rest = [f for f in loose if f is not result]
    return {**{k: v for k, v in backing.items() if k is not None}, **({None: rest} if rest else {})}, result


# A recommendation is public: it does not tell the person's employer they are job hunting.
# Work that is one person's study, not a project one is trusted with again: "a project like the
# MSc dissertation" does not read.
_ACADEMIC_WORK = lazy(r"(?i)\b(?:thesis|dissertation|capstone|coursework|seminar|module|course|research|"
                      r"class|degree|studio|placement|internship|residency)\b")
# A student's own work, which their teacher calls theirs: "her thesis", never "her seminar".
_STUDENTS_OWN = frozenset("thesis dissertation capstone project research placement internship "
                          "residency portfolio coursework essay paper".split())
# What one applies to as a student or a fellow, which a recommendation may name.
_STUDY = lazy(r"(?i)\b(?:program|programme|fellowship|school|university|college|course|degree|"
              r"master'?s|phd|mba|llm|msc|residency|scholarship|accelerator|lab|incubator|pgce|"
              r"mres|mphil|mph|mpa|mfa|ms|ma|md|jd|teacher training)\b")
# A professional standing one applies for, which a recommendation may name.
_CREDENTIAL = lazy(r"(?i)\b(?:chartership|chartered|fellowship|membership|accreditation|licen[cs]e|"
                   r"registration|certification|board|tenure)\b")
# What a job hunt aims at, which a public recommendation does not announce ("a charge nurse
# position", "nursing jobs in the UK"); a fellowship, a programme or a promotion it may name.
_A_JOB = lazy(r"(?i)\b(?:roles?|positions?|jobs?|posts?|openings?|vacanc(?:y|ies)|work|employment|"
              r"contracts?)\b")
# How a hunt is said, before the post it is for: "applying for a theatre manager role".
_SEEKING = lazy(r"(?i)^(?:applying|looking|going|interviewing|searching|hoping)(?: to apply)? "
                r"(?:for|at|to) |^(?:seeking|pursuing|targeting|considering) ")
_JOB_HUNT = lazy(r"\b(?:job (?:search|hunt\w*)|looking for (?:a |my next )?(?:new )?(?:job|role|"
                       r"position)|new (?:job|role|position)|job seeking|between jobs)\b", re.I)


def _purpose(ctx: Context, name: str, pick: Picker, phrasing: dict, fill: dict) -> str | None:
    if _JOB_HUNT.search(ctx.purpose or ""):
        return None
    mine = shared(r"(?i)^(?:i'?m |i am |for )?(nominating|putting forward|proposing|endorsing|"
                  r"recommending|shortlisting) (him|her|them)\b(.*)$").match(ctx.purpose or "")
    if mine:  # "nominating him for a mentorship award": the writer is, never "As he is
        #         nominating him ..." (reader 122)
        rest = realise.clean(mine.group(3)).rstrip(".")
        return f"I am {mine.group(1).lower()} {fill['them']}{' ' + rest if rest else ''}, and I do " \
               "so gladly."
    nominated = shared(r"(?i)^(?:for )?(?:my |his |her |their )?((?:[\w-]+ ){0,3}(?:award|prize|medal|"
                       r"fellowship|honour|honor)) nomination$").match(ctx.purpose or "")
    if nominated:  # "teaching award nomination": backed, never "now focused on his teaching award
        award = realise.indefinite(realise.lower_first(nominated.group(1)))  # nomination"
        return f"I wholeheartedly support {fill['their']} nomination for {award}."  # (reader 128)
    found = realise.purpose(ctx.purpose or "")
    if found.form == "goal" and found.text.startswith("my promotion "):  # "her promotion case"
        #   (realise.purpose's file for a promotion) is not the aim: back them for the post
        return _fit(pick, phrasing, "a promotion", fill)
    if found.form in ("goals", "target", "activity", "hope", "clause") and _A_JOB.search(found.text):
        post = _SEEKING.sub("", found.text)  # "looking at charge nurse positions" on their
        #   profile tells their employer; "I would back Sara for a charge nurse position" does not
        if _A_JOB.search(post) and not shared(r"(?i)^(?:an?|my|the|their|his|her)?\s*(?:new |next "
                                              r")?(?:roles?|positions?|jobs?|posts?|openings?|"
                                              r"work|employment|contracts?)\b").match(post) \
                and found.form != "clause" and not shared(
                    r"(?i)\b(?:applications?|search|hunt|interviews?)\b").search(post) \
                and not post.split()[0].endswith("ing"):  # "moving to a role at the World Bank"
            #   is a move, no post to back them for
            post = shared(r"(?i)^my (?=first )").sub("a ", post)  # "well suited to a first
            #   teaching job", never "to his first teaching job", as if he had it (reader 120)
            post = shared(r"(?i)^my ").sub(f"{fill['their']} ", post)
            return _fit(pick, phrasing, post, fill)
        return None  # "a new job": a hunt and nothing a reader could weigh them for
    if found.form == "so":
        move = shared(r"(?i)^so (?:that )?(?:he|she|they|I|we) can (?:move|transition|switch|step|"
                      r"pivot|go) (?:into|to) (.+)$").match(found.text)
        if move and not shared(r"(?i)\b(?:new|another|different)\b").match(move.group(1)):
            return _fit(pick, phrasing, shared(r"^(?:my|his|her|their) ").sub("", move.group(1)),
                        fill)  # "so he can move into civilian supply chain management": the
            #   writer's view of the fit, never that he is moving (reader 115)
        earn = shared(r"(?i)^so (?:that )?(?:he|she|they|I) can (?:get|earn|gain|complete|finish|"
                      r"obtain|pass) (?:(?:his|her|their|my|the|a|an) )?(.+)$").match(found.text)
        if earn and _CREDENTIAL.search(earn.group(1)) or earn and _STUDY.search(earn.group(1)):
            goal = f"{fill['their']} {earn.group(1)}"  # "so he can get his CBF coaching licence"
            return first_fit(phrasing["purpose"]["all"], choose(pick, phrasing, "purpose", "all"),
                             lambda t: "{name} in {purpose}" not in t).format(purpose=goal, **fill)
    post = shared(r"(?i)^(?:applying (?:to|for) |going for )?(?:my |his |her |their |a |an )?"
                  r"([a-z][\w-]*(?: [a-z][\w-]*){0,2}?) (?:(?:job )?applications?|(internships?))$"
                  ).match(found.text)
    if post and not _STUDY.search(post.group(1)) and not _CREDENTIAL.search(post.group(1)) \
            and not found.text.endswith(" application") \
            and post.group(1).lower().split()[-1] not in ("job", "my", "new", "grant", "visa", "mortgage",
                                                          "patent", "loan", "planning", "funding",
                                                          "insurance", "permit", "licence",
                                                          "license", "rental", "tenancy", "passport"):
        return _fit(pick, phrasing, realise.indefinite(" ".join(
            w if w.isupper() and len(w) > 1 else w.lower() for w in post.group(1).split()) + (
            " internship" if post.group(2) else " role")), fill)  # "faculty applications",
        #   "applying to software internships": the writer's view of the fit, never the hunt
    if shared(r"(?i)\bapplications?(?: (?:to|at|with) |$)").search(found.text) and not _STUDY.search(
            found.text) and not _CREDENTIAL.search(found.text):
        return None  # "his application to Ubisoft", "her UN P2 application": a job hunt, never
        #              on a profile (readers 99, 103); "her chartership application" may be
    if found.text.startswith("applying to ") and not _STUDY.search(found.text):
        return None  # "applying to the BC Wildfire Service" is a job hunt too; a programme or a
        #              school may be named
    if found.form == "goals":
        template = first_fit(phrasing["goals"]["all"], choose(pick, phrasing, "goals", "all"),
                             lambda t: fits_goals(t, found.text))  # not "looking at college
        #                                                              applications"
        return template.format(purpose=owned_applications(template, found, fill["their"]),
                               **fill)  # "with her MBA applications"
    if found.form == "target":  # "pursuing an LLM at LSE", never "in" it
        aim = shared(r"\bmy ").sub(f"{fill['their']} ", found.text)  # "their first graduate
        #   job", "the partner track at her firm"
        return choose(pick, phrasing, "target", "all").format(purpose=aim, **fill)
    if found.form == "goal" and not shared(r"(?i)\b(?:applications?|promotion|case|bid|move)\b").search(found.text):
        bare = shared(r"^(?:my|his|her|their) ").sub("", found.text)
        head = shared(r" (?:in|at|with|for|of|to|into) .*$").sub("", bare).split()[-1].lower()
        nominated = shared(r"(?i)^nominated (?:for|as) (.+)$").match(bare)
        if nominated:  # "nominated for a non-exec director role": backed for it, never "in his
            return f"I would back {fill['them']} for {nominated.group(1)} without hesitation."  # nominated"
        if head in ("award", "prize", "medal", "honour", "honor", "scholarship") and bare.split()[0][:1].islower():
            return f"I wholeheartedly support {fill['their']} nomination for the {bare}."  # "her community
            #   leader award": her nomination for it, never "my support in her ... award" (reader 192)
        if bare.split()[0].lower() in ("trial", "audition", "tryout", "trials", "interview", "debut"):
            return f"I wish {fill['them']} every success in {fill['their']} {bare}."  # "his trial with ..."
        typed_bare = not shared(r"(?i)^(?:my|his|her|their|a|an|the)\b").match((ctx.purpose or "").strip())
        if typed_bare and bare.split()[0].lower() not in _ENDEAVOURS and len(bare.split()) > 1 and (
                head in ("academy", "college", "school", "university") or (
                    head in ("course", "programme", "program", "training", "guide", "licence", "license", "certificate")
                    and bare.split()[0][:1].isupper())):  # "police academy", "FGASA senior guide": a place or
            #   a level one is recommended for, never "support him in his police academy"; "my degree"
            #   and "a return to college" keep the frames below (review)
            the = "the " if head in ("course", "programme", "program") else ""
            return f"I would recommend {fill['them']} for {the}{bare} without hesitation."
        if found.text.startswith("my ") and head not in _ENDEAVOURS:  # "her hotel in London": no "I
            return f"I wish {fill['them']} every success with {fill['their']} {bare}."  # support her hotel"
    if found.form == "goal":
        goal = realise.to_name(found.text, name) if found.text.startswith("my ") else found.text
        template = choose(pick, phrasing, "purpose", "all")
        theirs = found.text.startswith("my ")
        template = first_fit(phrasing["purpose"]["all"], template, lambda t: not (
            (" in {purpose}" in t and not theirs)  # "support Dana in graduate school" says she
            #                                        is there already
            or ("support {purpose}" in t and not theirs)))  # "I wholeheartedly support his move
        #   into project management", never "... support the academic job market"
        return template.format(purpose=goal.replace(f"{name}'s ", f"{fill['their']} ", 1),
                               **fill)
    doing = {"activity": found.text, "hope": "hoping " + found.text}.get(found.form)
    if doing:  # "hoping to complete my apprenticeship" is theirs: "his apprenticeship"
        doing = shared(r"\bmy\b").sub(fill["their"], doing)
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


# What one is supported in, as the [purpose] frames say: "her move into product", "his studies".
_ENDEAVOURS = frozenset("""move transition career plans plan goal goals ambition ambitions return switch change
growth development studies study research work business venture startup practice journey search step
steps path pivot shift""".split())


def _fit(pick: Picker, phrasing: dict, post: str, fill: dict) -> str:
    """The writer backs them for a post: a promotion is one they are backed "for", never one
    they "would do well in" or are "suited to"."""
    fit = choose(pick, phrasing, "fit", "all")
    if post.startswith("a promotion"):
        fit = first_fit(phrasing["fit"]["all"], fit, lambda t: " for {purpose}" in t)
    many = shared(r"(?i)^([a-z][\w -]*?) (?:jobs|roles|positions|posts|openings)$").match(post)
    if many and " for {purpose}" not in fit:  # "well suited to a sous chef role", never "to sous
        post = realise.indefinite(f"{many.group(1)} role")  # chef jobs" (reader 108)
    return fit.format(purpose=post, **fill)


def _count(text: str) -> int:
    return len(words(text))
