"""What the offline composers share: choosing phrasing, the tone, greetings, facts, fitting.

The composers only choose and assemble sentences; every typed field reaches them through
llmdraft/realise/ (the input realiser) and names.py, never pasted raw.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from itertools import permutations

from .. import lexicon, prompts, realise
from ..context import SUBJECT_LIMIT, Closeness, Context
from ..names import greeting, parse, signature, to_reader
from ..patterns import lazy, shared
from ..text import stem


class Picker:
    """Chooses among alternatives, deterministically.

    Each slot starts at an offset drawn from the whole context, so two senders asking the same
    person, or one sender asking two people, get different wording. `variant` then walks each
    slot through its alternatives in an order of the slot's own (a permutation of six steps
    drawn from the context and the slot's name), so variants 0 to 5 are six different messages
    and no two of them share more than a sentence or two, even where a slot has only four
    alternatives. `layout` (the order of the parts) alternates with the variant too.
    """

    def __init__(self, ctx: Context, variant: int, kind: str):
        self._seed = hashlib.sha256(f"{kind}|{ctx.canonical_json()}".encode()).digest()
        self.variant = variant
        self.layout = (self._offset("layout") + variant) % 2

    def _offset(self, slot: str) -> int:
        return int.from_bytes(hashlib.sha256(self._seed + slot.encode()).digest()[:4], "big")

    def __call__(self, options: list[str], slot: str) -> str:
        offset = self._offset(slot)
        steps = _ORDERS[offset % len(_ORDERS)]
        step = steps[self.variant % 6] + self.variant // 6
        return options[(offset + step) % len(options)]


_ORDERS = list(permutations(range(6)))  # the 720 orders a slot can walk its variants in


def table(kind: str) -> dict:
    """The kind's phrasing with the shared tables (common.toml) beside it."""
    merged = dict(prompts.phrasing("common"))
    merged.update(prompts.phrasing(kind))
    return merged


def choose(pick: Picker, phrasing: dict, section: str, key: str, said: str = "") -> str:
    """The slot's wording; with `said` (the message so far), the first alternative from the
    picked one on that does not repeat a telling word of it ("happy to ... happy to")."""
    options = phrasing[section][key]
    first = pick(options, f"{section}.{key}")
    if not said:
        return first
    used = {w[:7].rstrip("s") for w in _TELLING.findall(said.lower())}  # "hesitate" is
    #                                                            "hesitation", "helps" "help"
    order = walk(options, first)
    if pick.variant % 2:  # variants step away in opposite directions, so they stay apart
        order = order[:1] + order[:0:-1]
    return next((o for o in order if not used & {w[:7].rstrip("s")
                                                 for w in _TELLING.findall(o.lower())}),
                first)


def walk(options: list[str], first: str) -> list[str]:
    """The alternatives from the picked one on, round to the one before it."""
    at = options.index(first)
    return options[at:] + options[:at]


def first_fit(options: list[str], first: str, fits) -> str:
    """The picked alternative if it fits, else the next one that does (else the picked one)."""
    return next((o for o in walk(options, first) if fits(o)), first)


def unsaid(frame: str, said: str, slot: str) -> bool:
    """Whether a frame's words before its slot ("For example, {fact}") are not in `said` yet."""
    lead = frame.split(slot)[0].strip()
    if not lead:
        return True
    # Nor its telling word: "As for results" after "Results came fast".
    heard = {w.rstrip("s") for w in shared(r"[a-z]{5,}").findall(said.lower())}
    return lead not in said and not any(w.rstrip("s") in heard
                                        for w in shared(r"[a-z]{5,}").findall(lead.lower()))


# A project that is a group of people ("the neonatal transport team", "the pastry section"): a
# relation that says "team" would say it twice ("across teams on the ... team", "on your team on
# the ... crew").
TEAMS = frozenset("team crew squad department unit desk gang band choir section ward quartet "
                  "quintet trio orchestra ensemble".split())


# Words a reader notices when they come twice in a short message.
_TELLING = lazy(r"\b(?:happy|glad|gladly|love|lovely|grateful|appreciate|pleased|"
                      r"delighted|perfect|great|really|so much|side by side|closely|up close|"
                      r"first-hand|directly|clear view|supplier|client|recommend|help|helps|hoping|"
                      r"hesitate|hesitation|reservation|pleasure|respect|confidence)\b")


def tone(ctx: Context) -> str:
    """'formal', 'polite', 'plain' or 'casual', from the relationship and closeness together:
    a distant peer is not a distant executive, and a close former manager is not a buddy."""
    higher = ctx.relationship.seniority == "higher"
    if ctx.closeness is Closeness.CLOSE:
        return "plain" if higher else "casual"
    if higher:
        return "formal" if ctx.closeness is Closeness.DISTANT else "polite"
    return "plain"


def greeting_line(ctx: Context, pick: Picker, phrasing: dict, register: str,
                  inline: bool = False) -> str:
    """"Dear Dr. Ash," / "Hey Sam!"; `inline` (a note that runs on after it) ends with a comma."""
    name = greeting(ctx.recipient, formal=register in ("formal", "polite"),
                    greet_as=ctx.greet_as, close=ctx.closeness is Closeness.CLOSE,
                    role=ctx.recipient_role)
    line = choose(pick, phrasing, "greeting", register)
    if " " in name and register == "polite":  # "Dear Tanaka Hiroshi", never a mail merge's
        line = first_fit(phrasing["greeting"][register], line,  # "Hello Tanaka Hiroshi"
                         lambda g: g.startswith("Dear"))
    line = line.format(name=name)
    if shared(r"^Your (?:Excellency|Highness|Majesty|Honou?r|Eminence|Grace|Lordship|Ladyship)\b").match(name):
        line = f"{name},"  # "Your Excellency," is the whole salutation, never "Dear Your
        #   Excellency," (reader 165)
    return line[:-1] + "," if inline and line.endswith("!") else line


def signoff(ctx: Context, pick: Picker, phrasing: dict, register: str) -> str | None:
    if not ctx.sender:
        return None
    sender = signature(ctx.sender, formal=register in ("formal", "polite"))
    said = choose(pick, phrasing, "signoff", register)
    if ctx.closeness is Closeness.DISTANT:  # no "Warmly" to someone one is out of touch with
        said = first_fit(phrasing["signoff"][register], said, lambda s: not s.startswith("Warm"))
    return said.format(sender=sender)


# A date the message gives, after which "no rush" would contradict it (reader 170).
_DEADLINE = lazy(r"(?i)\b(?:due|deadline|needs? it by|by (?:the \d|next|this|end|monday|tuesday|wednesday|"
                 r"thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
                 r"september|october|november|december|\d)|(?:is|are) (?:next|this) (?:week|month|monday|"
                 r"tuesday|wednesday|thursday|friday)|close[sd]? (?:on|next|this|at))")


def closing_line(pick: Picker, phrasing: dict, register: str, said: str) -> str:
    """The last line before the sign-off, never "no rush" after a date the message gives."""
    line = choose(pick, phrasing, "closing", register, said)
    if _DEADLINE.search(said):
        line = first_fit(phrasing["closing"][register], line,
                         lambda c: not shared(r"(?i)\bwait\b|\brush\b|\bwhenever\b").search(c))
    return line


def purpose_sentence(ctx: Context, pick: Picker, phrasing: dict, after: str = "") -> str | None:
    """What the recommendation is for, as a whole sentence in the sender's voice; when it is
    needed by ("the deadline is the 20th") is said as timing, never put in a purpose's frame.
    A frame that opens as the sentence `after` does ("I'm hoping ...") gives way to another."""
    aim, when = split_timing(ctx.purpose)
    if when:
        said = _on_timing(when, ctx)
        return f"{purpose_sentence(replace(ctx, purpose=aim), pick, phrasing, after)} {said}" if aim \
            else said
    if not ctx.purpose:
        return None
    found = realise.purpose(ctx.purpose)
    key = found.form
    if key == "activity" and "doing" in phrasing["purpose"] and shared(
            r"(?:looking|searching|applying|hoping|trying|working|interviewing|preparing|moving|going|aiming|"
            r"building|growing|setting|putting|starting|launching|finishing|completing|"
            r"transitioning|switching|shifting|pivoting|relocating|returning|heading|stepping)\b").match(
            found.text):
        key = "doing"  # "I'm looking for new clients", never "focused on looking for"; "I'm
        #   moving to a shore-based job", never "my focus is moving to" it (reader 149)
    template = choose(pick, phrasing, "purpose", key)
    template = first_fit(phrasing["purpose"][key], template,
                         lambda t: not after.startswith(" ".join(t.split()[:2])))  # never two
    #   sentences in a row that open "I'm hoping" (reader 151)
    if found.form == "goals":
        template = first_fit(phrasing["purpose"]["goals"], template,
                             lambda t: fits_goals(t, found.text))
    if shared(r"\b(?:website|site|page|profile|portfolio|brochure|listing|blog|newsletter|company|"
              r"business|agency|studio|practice|startup|firm|shop)$").search(
            found.text):  # a recommendation is quoted there: "help with my website" says building
        template = first_fit(phrasing["purpose"][key], template,
                             lambda t: "with {purpose}" not in t)
    if " for " in found.text:  # not "a real boost for funding for a third store"
        template = first_fit(phrasing["purpose"][key], template,
                             lambda t: "for {purpose}" not in t
                             and (found.form != "goals" or fits_goals(t, found.text)))
    if shared(r"\b(?:before|after|when|while|until|once|so that|because|as soon as) (?:we|I|they|you|he|she|it)\b").search(
            found.text):  # a purpose with a clause of its own: never "I'm asking with my profile
        template = first_fit(phrasing["purpose"][key], template,  # before we start the series B
                             lambda t: "in mind" not in t and "with {purpose}" not in t)  # process in mind"
        #   (reader 162)
    if shared(r"(?i)\b(?:next|this|tomorrow|soon|later|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
              r"on (?:mon|tue|wed|thu|fri|sat|sun)\w*)\b").search(found.text):  # a time of its own:
        template = first_fit(phrasing["purpose"][key], template,  # never "interviewing next week at
                             lambda t: not shared(r"(?i)at the moment|right now|currently|these days").search(t))
        #   the moment" (reader 174)
    if " with " in found.text:  # not "asking with a role with an operator in mind"
        template = first_fit(phrasing["purpose"][key], template,
                             lambda t: "with {purpose}" not in t
                             and (found.form != "goals" or fits_goals(t, found.text)))
    aims = owned_applications(template, found, "my")  # "help me with my MBA applications"
    said = template.format(purpose=aims, purpose_lower=realise.lower_first(aims))
    return shared(r", ([A-Z]{2}) (?=next|in mind|now)").sub(r", \1, ", said)  # "Cambridge, MA, next"


def owned_applications(template: str, found: realise.Purpose, owner: str) -> str:
    """The purpose for `template`: applications after "with" are someone's ("with my MBA
    applications", "with her MBA applications"); anything else as realised."""
    if found.form == "goals" and " applications" in f" {found.text}" \
            and " with {purpose}" in template:
        return f"{owner} {found.text}"
    return found.text


def fits_goals(template: str, goals: str) -> bool:
    """Whether a frame reads with this plural goal: one looks at roles, not at one's own
    applications ("looking at PhD applications" reads them); a recommendation helps one get
    roles, not "with" them."""
    heads = shared(r"(?i)\b(applications|roles|jobs|positions|posts|openings|programs|"
                       r"programmes)\b").findall(goals)
    last = heads[0].lower() if heads else ""  # "PhD applications in materials science"
    if last == "applications":
        return not shared(r"look(?:ing|s) at|considering|going after").search(template)
    return not shared(r"help(?: me)? with|preparing for|support with|success with").search(
                         template)  # "success with lectureships" does not read either


_SMALL = "One Two Three Four Five Six Seven Eight Nine Ten".split()


def _count_first(sentence: str) -> str:
    """A sentence that starts with a count, as one may start: "Two wards were redesigned.",
    "In all, 42 projects were ..." (a share may start one: "19% of ...")."""
    count = shared(r"(\d[\d,]*)(\+?) ").match(sentence)
    if not count:
        return realise.money_first(sentence)  # "In all, $12M was raised."; a rate stays
    if not count.group(2) and count.group(1).isdigit() and 1 <= int(count.group(1)) <= 10:
        rest = shared(r"^ (in|out of) 10\b").sub(r" \1 ten", sentence[count.end(1):])  # "Nine in
        #   ten matches", never "Nine in 10"
        return _SMALL[int(count.group(1)) - 1] + rest  # never "In all, 2
        #   wards were redesigned." (reader 120)
    return f"In all, {sentence}"


def evidence(facts: list[realise.Fact], pick: Picker, phrasing: dict, subject: str = "I",
             third: bool = False, thing: str | None = None, names: frozenset = frozenset(),
             slot: str = "all", second: bool = True, said: str = "",
             leads: str = "all", listed: list[realise.Fact] | None = None) -> list[str]:
    """The details as sentences: the first after a lead-in ("For example, I cut costs by
    20%."), the rest as they are. A first sentence that must keep its capital (a name, a word
    the lexicon does not know) goes without a lead-in rather than with a capital after a comma.
    With `said` (the text so far), a lead-in already used is passed over ("For example ... For
    example"). Notes (noun phrases, and deeds typed as telegrams: "team attrition under 5%",
    "won state competition") are no sentence to guess a verb for: they go to `listed`, for a
    list under a lead-in; only what the work produced is said ("The work produced three
    peer-reviewed papers."). A request passes one deed or clause and no list (details())."""
    notes = [f for f in facts if f.form == "noun" or f.terse()]
    made = [f for f in notes if _MADE.fullmatch(realise.head(f.text.lower().split()).strip(",."))
            and not shared(r", (?!(?:one|two|three|all|each|most|both|several)\b)").search(f.text)]
    #   "200+ instruments, daily reports" is two notes, never "the work produced" both (reader 129)
    mine = listed is None  # no list of the caller's: the notes are listed here
    listed = [] if listed is None else listed
    listed += [f for f in notes if f not in made]
    facts = [f for f in facts if f not in notes]
    clauses = realise.fact_sentences([f for f in facts if f.form != "span"], subject, third,
                                     thing, second)
    out = []
    if clauses:
        options = phrasing["evidence"][leads]
        if clauses[0].split()[0].lower() == "you" and "yours" in phrasing["evidence"]:
            options = phrasing["evidence"]["yours"]  # what the reader did, recalled to them:
            #   never "In case it is useful, you ran audits at 22 factories" (reader 161)
        # "The numbers tell ..." needs a figure, not only a year ("won the prize in 2022")
        figures = bool(shared(r"\d").search(shared(r"\b(?:\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                                                   r"oct|nov|dec)\w* )?(?:19|20)\d\d\b", re.I).sub(
                                                       "", clauses[0])))  # a date is no figure
        timed = bool(shared(r"(?i)^(?:it|there)\b|\b(?:during|all day|over \S+ (?:days?|weeks?|months?|"
                            r"years?|hours?)|in \d+ (?:days?|weeks?|months?|years?|hours?))\b").search(
                                clauses[0]))  # "it rained all day": no "In that time," before it
        level = bool(shared(r"^(?:the |its |a |an )?[\w' -]+ (?:was|were) (?:[$\u20ac\u00a3]?\d|zero\b|no\b)").match(
            clauses[0])) or bool(shared(r"^\S+ (?:was|is|were|are) (?:a|an) ").match(clauses[0]))
        #   "the budget was $1.4M" is no instance of a strength (reader 130), nor "he was a
        #   certified 6G welder" (reader 151)
        lead = "{fact}" if level else first_fit(
            options, pick(options, f"evidence.{slot}"),
            lambda o: unsaid(o, said, "{fact}") and (figures or not any(
                w in o for w in ("number", "results", "figures")))
            and not (timed and shared(r"(?i)\b(?:time|period|during)\b").search(o)))
        head = clauses[0].split()[0].strip(",.'")
        if thing and thing.split()[0].strip(",.'") == head:
            names = names | {head}  # the project's own name: "Halcyon raised $40k."
        first = clauses[0] if head in names else realise.lower_first(clauses[0])
        if (":" in lead and ":" in clauses[0]) or (first[:1].isupper() and head not in names
                                                    and not head.isupper()):
            lead, first = "{fact}", clauses[0]
        out.append(realise.cap(lead.format(fact=first)))  # "{fact}" alone starts the sentence
        out += [realise.cap(c) for c in clauses[1:]]  # "He double-checks ...", never "he"
        out = [shared(r"^(\d[\d,]*%?) of the (\d[\d,]* (?:[a-z-]+ )?[a-z]+s) ").sub(r"Of the \2, \1 ", s)
               for s in out]  # "Of the 25 teenagers, 19 went on to college."
        out = [_count_first(s) for s in out]  # no sentence starts with a figure
    if made:  # "The work produced three peer-reviewed papers and a paper in Nature."
        out.append(pick(phrasing["evidence"]["produced"], f"produced.{slot}").format(
            facts=realise.join([realise.lower_first(f.text) if f.text[:1].isdigit()
                                or f.text.split()[0].lower() in _COUNT_WORDS
                                or realise.head(f.text.lower().split()).endswith("s")
                                else realise.indefinite(realise.lower_first(f.text))
                                for f in made])))
    if mine and listed:
        out.append(notes_list(listed, pick, phrasing))
    # How long it lasted comes last, with no lead-in: "That work spanned two years."
    return out + realise.fact_sentences([f for f in facts if f.form == "span"])


def notes_list(notes: list[realise.Fact], pick: Picker, phrasing: dict,
               name: str | None = None) -> str:
    """Notes as typed, in a list under a lead-in ("A few specifics from that work:\n- Team
    attrition under 5%"); with `name`, a note in the requester's voice is said of them ("my
    team of 9" is "Dana's team of 9")."""
    leads = phrasing["evidence"]["one" if len(notes) == 1 else "list"]
    return bulleted(pick(leads, "evidence.list"), [realise.list_line(
        realise.to_name(n.text, name) if name and FIRST_PERSON.search(n.text) else n.text)
        for n in notes])


# A note in the requester's voice: "my team of 9" is Dana's team of 9 in a recommendation.
FIRST_PERSON = lazy(r"(?i)\b(?:I|my|me|mine|myself)\b")


# What work produces, said so: "The work produced three peer-reviewed papers."
_MADE = lazy(r"(?i)\b(?:papers?|articles?|publications?|patents?|reports?|books?|chapters?|"
                   r"apps?|prototypes?)\b")
# Counts typed as words: "three papers" takes no article.
_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve several "
                         "many dozens".split())


def bulleted(lead: str, items: list[str]) -> str:
    """A lead-in and a list under it: "These are the things I'd most like it to cover:\n-
    SQL\n- Led the migration"."""
    return lead + "".join(f"\n- {item}" for item in items)


# A note to oneself that the person agreed: "he said yes over coffee last month".
_SAID_YES = lazy(r"(?i)^(?:he|she|they|you|u|(?:mr|mrs|ms|miss|dr|prof)\.? (?-i:[A-Z])[\w'-]+)\b[^;]{0,40}?\b(?:said (?:yes|fine|ok|okay|sure)|"
                 r"saying (?:yes|fine|ok|okay|sure)|(?:replied|answered|texted|wrote back|messaged) [\"'\u2018\u201c]?(?:yes|ok|okay|sure|of course|happy to|will do|"
                 r"absolutely|definitely|no problem)\b|"
                 r"agreed|promised|"
                 r"offered(?=\s*$| to (?:write|do it|do one|help)\b| (?:at|over|during|on|in|via|by|when|after)\b(?! \d))|"
                 r"said (?:you'd|he'd|she'd|they'd|you'll|he'll|she'll|they'll|"
                 r"you would|he would|she would|they would|you will|he will|she will|they will|u would|u will|u'd|u'll))\b(?! to (?!write|do it|do one))")  # "he said he'd
#   have it done after his mission": a note to oneself, never recalled to them (reader 165)
# An aside to oneself in brackets: "(she handled all donor relations, I did routes)".
_ASIDE = lazy(r"(?i)^\((?:she|he|they|I|we|you|note|nb)\b[^()]*\)$")
# An offer typed as a detail: "happy to send a draft if that helps"; "happy to report ..." is news.
_OFFER = lazy(r"(?i)^(?:I'm |I am |I'd be |I would be )?(happy|glad|willing) to (send|write|draft|share|"
              r"put together|jump on|chat|talk|call|meet|help|return|do)\b")
_NEWS = lazy(r"(?i)^(?:I'm |I am )?(?:happy|glad|proud|pleased) to (?:report|say|share|announce) (?:that )?")
# A note of the reader's own news or post, which they know better than anyone: "she moved to
# TCS in January", "he was my junior architect 2019-2022", "Jia Hui joined my team as a
# management associate in 2023", "he now lives in Hamburg" (readers 197, 199).
_THEIR_OWN = r"(?:now )?(?:(?:has|have) since (?:moved|left|joined|gone)|joined|moved|left|relocated|retired|emigrated|lives?|is now|started (?:at|with|as|on)|" \
             r"(?:are|is|'re|\u2019re) (?:on holiday|on leave|away|off|busy|travelling|traveling|abroad)(?!.*\b(?:and|but)\b)|" \
             r"owns? (?:a|an|the|your|his|her)(?!.*\b(?:and|but)\b)|" \
             r"(?:has been|have been|is|are|'s|'re|was|were) (?:so |very |really )?(?:busy|swamped|snowed under|slammed)\b|" \
             r"(?:is|are|'re) (?:now |currently )?(?:in|at|with|based in|working at|working for)(?= (?-i:[A-Z]))(?!.*\b(?:and|but)\b)|" \
             r"became|got promoted|was promoted|(?:was|were) (?:my|our|a|an|the) (?:[\w-]+ ){0,2}(?:architect|engineer|" \
             r"analyst|assistant|associate|intern|trainee|apprentice|officer|designer|developer|nurse|teacher|" \
             r"lawyer|consultant|accountant|report|hire|coordinator|researcher|student))\b"
_THEIRS = lazy(rf"(?i){_THEIR_OWN}")
_OURS_AFTER = lazy(r"%|\$|\b(?:me|my|I(?! (?:think|guess|reckon|believe)\b)|we|our|us)\b(?<!\bmy(?= (?:team|group|"
                   r"department|unit|lab|office)))")
_RETURNED = lazy(r"(?i)\breturn the favou?r\b|\bwrite one for you\b")


# A note of how long since the two were in touch: "we last spoke in 2017", "lost touch after
# the merger", "haven't talked since 2019".
_CONTACT = lazy(r"(?i)^(?:we |i )?(?:last (?:spoke|talked|met|saw each other|worked together|"
                r"spoke to|talked to)|(?:have not|haven't|hadn't|did not|didn't) (?:spoken|talked|"
                r"been in touch|seen each other)|lost touch|(?:have|haven't|had) not been in touch)\b|"
                r"^(?:she|he|they|you) (?:said|told me|asked me) to (?:message|email|text|contact|ping|dm|"
                r"reach out to|write to|call) (?:her|him|them|you)(?: here| on linkedin| on here)?$")  # "she said to message her here": how to reach
#   them, the sender's note, never "You said to message you here" (reader 198)


# A note of how the two knew each other, typed to or about the one asked: "I managed you for 18
# months", "you advised my thesis 2021-2022", "you were my supervisor".
_OUR_TIE = lazy(r"(?i)^(?:(?:I|we) (?:(?:directly )?(?:managed|supervised|mentored|coached|trained|hired|"
                r"taught|advised) (?:you|her|him|them)|reported to (?:you|her|him|them)|worked (?:for|"
                r"under|with|alongside) (?:you|her|him|them)|was (?:your|her|his|their)|were your)|you (?:(?:directly )?(?:managed|supervised|mentored|coached|trained|"
                r"hired|taught|advised) (?:me|my)|were my|was my)|(?:she|he|they) "
                r"(?:managed|supervised|advised|taught|mentored) (?:me|my)|(?:she|he|they) (?:was|were) "
                r"my (?:[\w-]+ )?(?:supervisor|manager|advisor|adviser|mentor|teacher|tutor|lead|leader|boss|"
                r"director|professor|coach|chief|head|superior|instructor|trainer|preceptor)|(?:she|he|they|you) "
                r"(?:was|were) (?:in|on) my (?:team|group|unit|ward|department|lab|class|shift|squad|crew)\b"
                r"(?! (?:who|that|which|when|and)\b)|(?:we )?worked together(?= (?:in|from|between|during|for|autumn|"
                r"spring|summer|winter|fall|(?:19|20)\d\d)\b|$))\b")  # "worked together autumn 2015 to
#   spring 2016": when, which they know (reader 208)


# "we were classmates at KAIST, 2016": what the two were, which the reader knows (reader 215).
# The sender's reassurance, typed as a note: "I know you're busy, even 2-3 lines is fine": the
# message says how little it asks already; never "One example you could use: I know ..." (reader 228).
_NO_BURDEN = lazy(r"(?i)^(?:i know (?:you'?re|you are|it'?s) (?:busy|a busy time|a lot)|even (?:\d|a few|one|two|three|a couple)"
                  r"[^;]{0,25}\b(?:is|are|would be|works?) (?:fine|enough|plenty|great|ok|okay)|no pressure|"
                  r"(?:totally|completely) (?:fine|ok|okay) if not)\b")
# Who said it, in brackets after a note: "(he told me)".
_HEARSAY = lazy(r"(?i)\s*\((?:as )?(?:she|he|they) (?:told|said to|mentioned to) (?:me|us)\)")
# A note of where each stood, or how the two met: "he was the Toyota side lead, I was at Denso",
# "we met during the audit", "she was the medical monitor, I was in data management": what the
# one asked knows; told back to them it is their own post (reader 227).
_SIDES = lazy(r"(?i)^(?![^;]*\b(?:who|that|which|where|when)\b)(?:we met (?:during|at|in|through|on|via|at)\b[^;]{0,60}|(?:she|he|they|you) (?:was|were) (?:the|our|their|"
              r"his|her|a|an) (?:[\w-]+ ){0,3}(?:lead|manager|monitor|contact|rep|representative|liaison|owner|sponsor|"
              r"counterpart|director|head|auditor|consultant|pm|point of contact)(?: (?:on|for|at|from) [^;,]{1,40})?"
              r"(?:,? (?:and |while |whereas )?I was (?:the |a |an |in |at |on |with )[^;]{1,50})?)$")
_WE_WERE = lazy(r"(?i)^we were (?:classmates|colleagues|teammates|coursemates|in the same (?:class|team|cohort|"
                r"year|office))\b")


def _after_the_post(note: str) -> str:
    """A note of how the two stood from its first "at", "in", "for" or "with" on: "you were my
    MTLD coach" names no more than the post; "you were my manager at Deloitte" says where."""
    tie = _OUR_TIE.search(note)
    if tie and not shared(r"(?i)\b(?:my|your|her|his|their|our)$").search(tie.group(0)):
        return note[tie.end():]  # "you taught me Python and SQL": what follows the tie is the work
    start = tie.end() if tie else 0  # "you were on my team for 3 years": after the tie itself
    found = shared(r"(?i)\b(?:at|in|for|with|from|during|on|through|when|that|which|who)\b").search(note, start)
    return note[found.start() - 1:] if found else ""


def _their_own(note: str, who: list[str]) -> bool:
    """Whether a note tells the reader (you, she, he or their name) their own news or post, with
    nothing of the sender's work after it: "she moved to TCS in January". The name is read as a
    prefix, never compiled into a pattern (one a name would fill a cache over a batch)."""
    note = shared(r"(?i)^(?:now|currently|these days|today),? ").sub("", note)  # "now he is in Bangalore"
    low = note.lower()
    subject = next((w for w in who if low.startswith(w + " ") or low.startswith(w + "'s ")), None)
    if subject is None:
        return False
    rest = shared(r"^(?:'s)? ").sub("", note[len(subject):])
    told = _THEIRS.match(rest)
    after = shared(r"(?i),? (?:and )?we (?:haven't|have not|haven\u2019t) (?:talked|spoken|been in touch)(?: since)?\.?$").sub(
        "", rest[told.end():]) if told else ""  # "..., we haven't talked since": no work of ours (reader 205)
    return bool(told) and not _OURS_AFTER.search(after)


def details(ctx: Context, pick: Picker, phrasing: dict, said: str = "") -> str:
    """The details in a request or a follow-up: one deed, or one clause as typed, as a
    sentence ("For example, I cut costs by 20%."); else a list of them as typed, in the
    sender's voice (a note such as "85,000 visitors in four months" is no sentence to guess).
    How long the work lasted ("2019-2021") is a sentence after the list ("That work ran from
    2019 to 2021."). With `said`, a lead-in that repeats its telling word ("the specifics
    again ... specifics") is passed over."""
    every = realise.notes(ctx.details, second=False)
    every = [_HEARSAY.sub("", n) for n in every]
    #   "sales up after new packaging (he told me)": to him, it is his own word (reader 227)
    typed = [n for n in every
             if not _CONTACT.search(n) and not (_WE_WERE.match(n) and len(n.split()) <= 9)
             and not _SIDES.match(n) and not _NO_BURDEN.match(n) and not KIN.match(n)
             and not (_OUR_TIE.search(n) and len(n.split()) <= 11 and not shared(
                 r"(?<!^)(?<!\bin )\b(?!I\b)(?!(?:Spring|Summer|Autumn|Fall|Winter)\b)[A-Z]|%|\$|"
                 r"\b(?:that|which|who|through|on|when)\b").search(_after_the_post(n)))]  # "we last spoke in 2017", "you
    #   advised my thesis 2021-2022": how the two stand, which the opening says: no example of the
    #   work to offer them (readers 122, 123); "you were my manager at Deloitte" says more, "in
    #   Abuja" only where (reader 208)
    who = sorted({"you", "she", "he", *(w.lower() for w in (*parse(ctx.recipient).words(), ctx.recipient.strip()))}
                 - {""}, key=len, reverse=True)
    typed = [n for n in typed if not _their_own(n, who)]  # told back to them, it is news to no one
    kept = list(typed)
    typed = [n for n in typed if not _ASIDE.match(n)  # "(she handled all donor relations, I did
             and not _SAID_YES.match(n)]  # routes)": an aside to oneself; "he said yes over coffee":
    #   the follow-up says so already (reader 162)
    typed = [_NEWS.sub("", n[1:-1] if n.startswith("(") and n.endswith(")") else n) for n in typed]
    offers = [n for n in typed if _OFFER.match(n)]  # "happy to send a draft": an offer, made as
    typed = [n for n in typed if n not in offers]  # one, never listed as a detail (reader 161, 162)
    offered = [realise.cap(realise.to_second_person(_OFFER.sub(
        lambda m: "I'd be " + m.group(1).lower() + " to " + m.group(2), n, 1)).rstrip("."))
               + "." for n in offers[:1] if not _RETURNED.search(n)]  # the favour is offered
    #   already; "a draft she can edit" is one you can edit (reader 167)
    if not typed:  # (reader 122)
        return "\n\n".join(offered)
    needed = {n: _needed_for(n) for n in typed if _NEEDED.match(n)}  # "need it for band 6 interview": what
    needed = {n: said for n, said in needed.items() if said or "rush" in n.lower()}  # it is for, never
    typed = [n for n in typed if n not in needed]  # offered as a detail (reader 192)
    for_what = [] if ctx.purpose else [said for said in list(needed.values())[:1] if said]
    plans = [n for n in typed if _PLAN.match(n) and len(n.split()) <= 10 and not shared(r"[$\u20ac\u00a3%]|\bfor \d+ [a-z]+").search(n)
             and not any(lexicon.word_class(w) == "D" or (w.endswith("ed") and len(w) > 4) for w in n.lower().split()[1:])]  # "moving to sysadmin": what it is for, never a
    typed = [n for n in typed if n not in plans]  # detail to write about (reader 246)
    if plans and not ctx.purpose and not for_what:
        said = purpose_sentence(replace(ctx, purpose=_PLAN.sub("", plans[0]) or plans[0]), pick, phrasing)
        for_what = [said] if said else []
    if not typed:
        return "\n\n".join(for_what + offered)
    timing = [n for n in typed if _TIMING.search(n)]  # "application closes 30 June": when it
    #   is needed, never offered as something to write about
    raw = "; ".join(realise.lower_first(n) for n in typed if n not in timing) \
        if timing or typed != kept or len(typed) < len(every) else _HEARSAY.sub("", ctx.details or "")
    when = [_on_timing(n, ctx) for n in timing]
    found = by_strength(realise.as_typed(realise.facts(raw), raw), ctx.strengths)  # a clause
    #   of ours is a note again:
    #   "Sullivan home repiped in 3 days", never "... was repiped ..."
    second = not realise.someone_else(" ".join([ctx.project, ctx.details or "", *ctx.strengths]))
    if len(found) == 1 and found[0].form in ("past", "deed", "clause") \
            and not found[0].terse():  # one
        #   deed, or a clause as typed; a telegram ("time reduced 11%") is listed as typed
        said = " ".join(evidence(found, pick, phrasing,
                                 thing=None if sender_project(ctx).inert else addressed(
                                     sender_project(ctx).np, ctx),  # "I passed the ECHO audit" (review)
                                 names=frozenset(parse(ctx.recipient).words()), second=second))
        return "\n\n".join([realise.sentence_starts(addressed(said, ctx)), *when, *for_what, *offered])  # "in June.
        #   You were thrilled" (reader 187)
    notes = [addressed(n, ctx) for n in realise.notes(raw, second)]
    told = {n: realise.facts(realise.lower_first(n)) for n in notes}
    spans = [told[n][0] for n in notes if [f.form for f in told[n]] == ["span"]]
    notes = [n for n in notes if [f.form for f in told[n]] != ["span"]]
    out = []
    if notes:
        options = phrasing["evidence"]["one" if len(notes) == 1 else "list"]
        lead = first_fit(options, pick(options, "evidence.list"), lambda o: unsaid(o, said, ":"))
        out.append(bulleted(lead, notes))
    if spans:
        out.append(" ".join(realise.fact_sentences(spans)))
    return "\n\n".join(out + when + for_what + offered)


# A note of how the two are related: "he is my uncle", "you are the owner's son" (reader 245).
KIN = lazy(r"(?i)^(?:she|he|they|you|u)(?: (?:is|was|are|were|r)|'s|'re|\u2019s|\u2019re) (?:my|the owner's|the boss's) "
            r"(?:[\w-]+ )?(?:cousin|uncle|aunt|auntie|brother|sister|niece|nephew|relative|brother-in-law|sister-in-law|son|"
            r"daughter|family friend|neighbou?r|godson|goddaughter)\b(?!['\u2019])(?=\s*(?:$|[,.;]|but\b|though\b|so\b))")
# A note of the sender's next step: "moving to sysadmin", "now applying for design jobs".
_PLAN = lazy(r"(?i)^(?:now |currently |soon |next:? )?(?=(?:moving|switching|transitioning|pivoting|applying|"
             r"heading|going back|changing careers?) (?:to|into|from|for|back|over)\b)")
# A note of what the recommendation is needed for: "need it for band 6 interview".
_NEEDED = lazy(r"(?i)^(?:I )?(?:still )?need(?:ed)? (?:it|this|one|the (?:rec|recommendation|reference|ref))"
               r"(?: for |,? (?:as |because |since )?(?:I'm |I am )?(?=(?:applying|interviewing|going for|moving|heading)\b))(.+)$"
               r"|^(?:on timing:?\s*)?no rush(?:,? just a (?:nudge|reminder))?\.?$")


def _needed_for(note: str) -> str:
    """"need it for band 6 interview" -> "I need it for my band 6 interview."."""
    what = (_NEEDED.match(note).group(1) or "").rstrip(". ")
    if not what:
        return ""  # "no rush, just a nudge": the follow-up says so already
    if any(realise.word_class(w) in ("D", "Z") or w in ("is", "are", "runs", "closes") for w in what.lower().split()[1:]):
        return ""  # "need it for the panel sits": a clause, no purpose to say; it stays a detail
    if what.split()[0].endswith("ing"):
        return f"I need it as I'm {what}."  # "still need it, applying for the level 4 job" (reader 194)
    if not shared(r"(?i)^(?:my|the|a|an|our|this|next)\b").match(what) and what.split()[-1].islower():
        what = "my " + what
    return f"I need it for {what}."


def by_strength(facts: list[realise.Fact], strengths: tuple[str, ...]) -> list[realise.Fact]:
    """A result whose verb is a strength of theirs is their own deed: "raised $18k" with
    "fundraising" is "I raised $18k", never "The league raised $18k" (reader 109)."""
    stems = {stem(w.lower()) for s in strengths for w in s.replace("-", " ").split() if len(w) > 3}
    out = []
    for fact in facts:
        done = shared(r"^((?:about |over |nearly )?[\d.,]+\+?[km]?(?: (?:million|thousand|billion))? "
                      r"[a-z][\w -]*?) (?:were|was) ([a-z]+ed)\b(.*)$").match(fact.text) \
            if fact.form == "clause" else None
        if done and not done.group(3).lstrip().startswith("by ") \
                and any(_same_root(stem(done.group(2)), s) for s in stems):  # "... by external
            #   consultants" names who did it (review)
            fact = realise.Fact(f"{done.group(2)} {done.group(1)}{done.group(3)}", "past")  # "2
            #   million words were translated" with "legal translation": he translated them
            #   (reader 151)
        verb = stem(fact.text.split()[0].lower()) if fact.form == "past" else ""
        if len(verb) > 3 and any(verb == s or (verb in s and s.endswith(verb)) or _same_root(verb, s)
                                 for s in stems):
            fact = realise.Fact(fact.text, "deed")  # "registered 18,000 households" with
            #   "beneficiary registration", "hosted 80 episodes" with "bilingual hosting" (reader 148)
        out.append(fact)
    return out


def _same_root(verb: str, noun: str) -> bool:
    """"register" and "registrat" (registration), "negotiat" and "negotiat": one root, all but
    the last two letters of the shorter shared."""
    shared_len = next((i for i, (a, b) in enumerate(zip(verb, noun)) if a != b), min(len(verb), len(noun)))
    return shared_len >= 5 and shared_len >= min(len(verb), len(noun)) - 2


# A note on when the recommendation is needed, not about the work: "application closes 30
# June", "the interview is next Thursday", "no rush, but the portal closes end of month".
_DAY_AND_MONTH = (r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|"
                  r"\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?)")  # "Dec 15"
_A_DATE = lazy(r"(?i)" + _DAY_AND_MONTH)
_TIMING = lazy(r"(?i),\s*" + _DAY_AND_MONTH + r"$|"
               r"\b(?:deadlines?|due (?:by|on|in|date|end|next|this|tomorrow|today|\d+|(?:jan|feb|mar|apr|"
               r"may|jun|jul|aug|sep|oct|nov|dec)\w*)|"
               r"closes?(?! (?:went|from|time|process|cycle|down|up|to|in \d+ days))|"  # not a finance close
               r"closing date|(?:^|(?<=applications ))closing (?:the )?(?:end|next|this|on|in|soon|\d)|(?:the|my) interview|"
               r"interview (?:is|on)|(?:review )?panel (?:meets|is)|portal (?:closes|opens|shuts)|"
               r"no rush|apply by|start(?:s|ing)? interviewing|interviewing (?:on|from|next|this)|"
               r"interviews? (?:start|begin)|interview [\w'&. ]{0,40}?on the \d+(?:st|nd|rd|th)|before (?:the \d+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d+)|"
               r"applications? (?:close|due)|by (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
               r"by (?:the )?end of|by the \d+(?:st|nd|rd|th)|needs? it by|is tomorrow|by (?:tomorrow|today|tonight)|"
               r"asked for (?:it|one) by|"
               r"next (?:week|month|monday|tuesday|wednesday|thursday|friday)|"
               r"(?:is|are) (?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
               r"(?:committee|board|panel|council) (?:meets|sits|decides|reviews))\b")


def split_timing(purpose: str | None) -> tuple[str | None, str | None]:
    """A purpose and when it is needed by, apart: "applying for a deputy manager role; the
    deadline is the 20th" -> ("applying for a deputy manager role", "the deadline is the 20th")."""
    needed = shared(r"(?i)^(?:i )?(?:need|want) (?:it|this|one|the rec\w*) (?:before|by) (?:my |the |a )?(.+)$").match(
        (purpose or "").strip())
    if needed:  # "need it before recruiter call on 22 Nov": when, never "I need it before" (reader 176)
        return None, needed.group(1)
    if not purpose or not _TIMING.search(purpose):
        return purpose, None
    parts = [p.strip() for p in shared(r"(?i);\s*|,\s*|\s+-\s+|\s*[()]\s*|\s+(?=before (?:the \d|(?:jan|"
                                       r"feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d))|"
                                       r"(?<=applications) (?=clos(?:ing|es) \S)"  # "PM applications
                                       #   closing end of month": the aim, then when (reader 181)
                                       ).split(purpose) if p.strip()]
    aim = [p for p in parts if not _TIMING.search(p) and not _A_DATE.fullmatch(p)]
    return ("; ".join(aim) or None), "; ".join(p for p in parts if p not in aim)


def _on_timing(note: str, ctx: Context) -> str:
    """A timing note as a sentence of the sender's: "deadline end of the month" -> "My deadline
    is the end of the month.", "grant application due March 1" -> "My grant application is due
    March 1.", "interview is on Thursday" -> "The interview is on Thursday."; else as typed
    after "On timing:" (no verb guessed)."""
    text = realise.lower_first(realise.tidy_case(realise.clean(note))).strip().rstrip(".")  # "phd apps due dec 15":
    text = shared(r"\b(?:the )?end of (month|week|year|term|quarter|semester)\b").sub(
        r"the end of the \1", text)  # "deadline end of month": the end of the month (reader 125)
    text = shared(r"\b(due|by|before|until|closes|close|closing|ends|end) (?:the )?end of (?:the )?(month|week|"
                  r"year|term|quarter|semester|summer)\b").sub(
        lambda m: f"{m.group(1)} {'at ' if m.group(1) in ('due', 'closes', 'close', 'closing', 'ends', 'end') else ''}"
                  f"the end of the {m.group(2)}", text)  # "due end of month": due at the end of
    #   the month (reader 122)
    #   "My PhD applications are due Dec 15." (reader 114)
    text = shared(r"^(?:for|with) (?=(?:my|the|our) )").sub("", text)  # "for my postdoc
    #   applications due March 1": my applications are due (reader 130)
    when = shared(r"(?:the |my |our )?((?:[A-Za-z][\w'-]* ){0,3}?)deadline( (?:for|to) [^,;]+?)(?: is|:) "
                  r"(?:(the )?(end of .+)|(.+))").fullmatch(text) or shared(
                  r"(?:the |my |our )?((?:[A-Za-z][\w'-]* ){0,3}?)deadline((?: (?:for|to) [^,;]+?)?)"
                  r"(?: is|:)? (?:(the )?(end of .+)|(.+))").fullmatch(text)  # "the deadline for the
    #   residency is next Friday": "for the residency" is what the deadline is for (reader 130)
    told = shared(r"^(?:the |my )?deadline(?: is|:) ((?:(?:my|our) (?:[\w-]+ )?applications?|the applications?|applications) (?:closes|close|"
                  r"is due|are due|ends)\b.*)$").match(text)
    if told:  # "deadline: my application closes Friday": the clause is the timing, never "My
        return addressed(realise.cap(told.group(1)) + ".", ctx)  # deadline is my application closes" (reader 193)
    if when:  # "fellowship deadline on the 30th": "My fellowship deadline is on the 30th."
        said = f"the {when.group(4)}" if when.group(4) else when.group(5)
        verb = "has" if shared(r"(?:moved|changed|shifted|slipped|been)\b").match(said) else "is"
        if shared(r"(?:has|is|was|will) \S").match(said) and not shared(
                r"(?:will|is) (?:confirm|tbc|tbd)\b").match(said):
            verb, said = said.split(" ", 1)  # "my deadline has moved to Jan 10": its own verb
        return addressed(f"My {when.group(1)}deadline{when.group(2)} {verb} {said}.", ctx)  # "My
        #   deadline for applications is 15 March.", "My deadline has moved to Jan 10." (reader 106)
    closes = shared(r"^(?:closing date|closes?|closing)(?: is)? ((?:on |by |at |next |this |the |end |in ){0,2}(?:\d|"
                    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
                    r"tomorrow|today|week|month|end|friday|monday).*)$").match(text)
    if closes:  # "WHO internship, closes 1 June": applications close (reader 154)
        when = closes.group(1)
        on = "" if shared(r"(?:on|by|in|at|next|this|tomorrow|today|end|the end|soon)\b").match(when) else "on "
        return addressed(f"Applications close {on}{when}.", ctx)
    sitting = shared(r"(?!(?i:i|we|he|she|they|i've|i'm)\b)(?:the |my )?((?:[\w-]+ ){0,3}(?:interview loop|interviews?|onsite|panel|final round|exams?|call|"
                     r"assessment cent(?:re|er)|viva|defen[cs]e|deadlines|auditions?))( (?:at|with|for) (?:(?!\b(?:is|are|was)\b)[^,;])+?)? (next \w+|this \w+|tomorrow|"
                     r"on [\w ]+|in \w+(?: \d+)?)( at [^,;]+)?").fullmatch(text)
    if sitting:  # "interview loop next week at Stripe": "My interview loop at Stripe is next week."
        where = sitting.group(2) or sitting.group(4) or ""  # (reader 173)
        plural = sitting.group(1).endswith("s")
        return addressed(f"My {sitting.group(1)}{where} {'are' if plural else 'is'} {sitting.group(3)}.", ctx)
    if text.split()[0] in ("applying", "interviewing", "starting", "submitting", "moving", "pitching", "raising",
                           "launching", "relocating", "graduating", "presenting", "defending") \
            and len(text.split()) > 2:
        return addressed(f"I'm {text}.", ctx)  # "I'm applying for a development director role
        #   next week.", never "On timing: applying ..." (reader 100)
    text = "due " + text if _A_DATE.fullmatch(text) else text  # "PhD applications to ETH, Dec 15": they are due Dec 15 (reader 174)
    text = shared(r"(?i)\bdue (jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?$").sub(
        lambda m: f"due in {realise.MONTH_OF[m.group(1).lower()]}", text)  # "apps due Oct": in October
    text = shared(r"(?i)\b(\w+) apps\b(?= (?:are )?due\b)").sub(r"\1 applications", text)  # "MBB apps due"
    due = shared(r"(?:(?:the |my |our )?([A-Za-z][\w -]*?) (?:is |are )?)?due (.+)").fullmatch(text)
    if due:
        thing = due.group(1)
        if not thing:  # "due Jan 5" after the purpose: what is due is what they apply for
            #   (never "My deadline is", a word a reminder must not use unless it was typed)
            thing = "application" if shared(r"(?i)\bappl(?:y|ying|ication)|\b(?:fellowship|scholarship|"
                                             r"residency|grant|bursary|studentship|internship|"
                                             r"programme|program|mba|phd|master'?s|postdoc|admission)\b").search(
                ctx.purpose or "") \
                else None  # "Fogarty fellowship, due Feb 1": the application is, never "It is
            #   due Feb 1." after "I'm applying for a Fogarty fellowship." (reader 162)
        if thing and shared(r"(?i)(?:^|\s)(?:fellowship|scholarship|residency|grant|bursary|visa|"
                            r"studentship|internship|mba|phd)$").search(thing):
            thing += " application"  # "fellowship due next Friday": the application is due, never
            #   "My fellowship is due" (reader 142)
        return addressed(f"My {thing} {'are' if thing.endswith('s') else 'is'} due {due.group(2)}."
                         if thing else f"It is due {due.group(2)}.", ctx)
    words = text.split()
    verb = next((i for i, w in enumerate(words[:7]) if w in ("is", "are", "closes", "close", "meets",
                                                            "meet", "opens", "starts", "ends", "wants",
                                                            "needs", "expects", "asked")), 0)
    if verb and len(words) > verb + 1 and words[0] not in ("the", "my", "our", "i", "we"):
        if "application" in words[:verb] or "applications" in words[:verb]:
            text = "my " + text  # "charge nurse application closes Friday" -> "My charge nurse
            #   application closes Friday." (reader 104)
        elif words[verb - 1] in _MINE or words[0] in _MINE:
            text = "my " + text  # "interview is on Monday" -> "My interview is on Monday.";
            #   "interview with Hale & Morrow is on the 9th" -> "My interview with ..."
        elif lexicon.word_class(words[verb - 1]) == "N" and not words[verb - 1].endswith("s") \
                and not (words[verb - 1].isupper() and verb == 1):  # "HR needs it by the 15th"
            text = "the " + text  # "restaurant wants it by Friday" -> "The restaurant ..."
        return addressed(realise.cap(text) + ".", ctx)
    if words and words[0].lower() in ("the", "my", "our", "i", "i'm", "we") and len(words) > 2:
        return addressed(realise.cap(text) + ".", ctx)  # "my review panel meets on 14 March."
    event = shared(r"((?:[A-Za-z][\w-]* ){0,3}(?:" + "|".join(_MY_EVENTS) + r"|start date)(s?))( (?:is |are )?(?:on|next|this|in|at|"
                   r"tomorrow|today)\b.*)").fullmatch(text)
    if event:  # "vet school interview next month" -> "My vet school interview is next month.";
        when = event.group(3).strip()  # "buy-side interviews next week": they are (reader 144)
        be = "" if when.startswith(("is ", "are ")) else "are " if event.group(2) else "is "
        return addressed(f"My {event.group(1)} {be}{when}.", ctx)
    if shared(r"(?:before|by|within|ideally by) \S").match(text):
        return addressed(f"It would help to have it {text}.", ctx)  # "before June 10"
    return addressed(f"On timing: {text}.", ctx)


# Events of the sender's that a timing note names: "interview is on Monday" is mine; "board
# meets 14 March" is the board's.
_MINE = ("interview", "exam", "audition", "assessment", "defense", "defence", "call")
_MY_EVENTS = (*_MINE, "panel", "hearing", "review", "visit", "board")


def fit(greeting_text: str | None, parts: list[tuple[str, int]], signoff_text: str | None,
        limit: int) -> str:
    """Lay out greeting, body and sign-off within `limit`: drop the sign-off, then the parts
    with the highest drop rank first (rank 0 is never dropped)."""
    parts = [(text, rank) for text, rank in parts if text]

    def layout() -> str:
        body = ""
        for text, _ in parts:
            if not body:
                body = text
            elif "\n- " in body.rsplit("\n\n", 1)[-1]:  # a list ends its paragraph
                body += "\n\n" + text
            else:
                body += " " + text
        text = f"{greeting_text}\n\n{body}" if greeting_text else body
        return f"{text}\n\n{signoff_text}" if signoff_text else text

    message = layout()
    while len(message) > limit:
        droppable = [i for i, (_, rank) in enumerate(parts) if rank > 0]
        if signoff_text:
            signoff_text = None
        elif droppable:
            parts.pop(max(droppable, key=lambda i: (parts[i][1], i)))
        else:
            break
        message = layout()
    return message


def done_by_me(on: str) -> str:
    """A gerund project done for the reader is the sender's doing: "while helping you buy your
    first home" -> "when I was helping you buy your first home" (not the reader helping)."""
    if on.startswith("while ") and shared(r"\byou(?:r)?\b").search(on):
        return "when I was " + on[len("while "):]
    return on


# A student's own stage, which they call theirs when asking their supervisor: "my PhD on
# sugarcane drought tolerance", never "the PhD" (reader 168).
DOCTORAL = frozenset("phd doctorate dphil postdoc".split())
STUDENTS_STAGES = DOCTORAL | frozenset("thesis dissertation capstone".split())


def sender_project(ctx: Context) -> realise.Project:
    """The project as the sender says it: "the PhD on X" is "my PhD on X" to a teacher, an
    advisor or a manager."""
    project = realise.project(ctx.project)
    if ctx.relationship.value in ("teacher", "advisor", "managed-you") and project.np.startswith("the ") \
            and realise.project_head(project) in STUDENTS_STAGES \
            and not shared(r"the \S+(?:'s|s') ").match(project.np):
        return realise.Project("my " + project.np[4:], "possessive")
    return project


def their_side(text: str, ctx: Context, owner: str) -> str:
    """A project's "their agency", typed about someone at another firm, team, client or
    supplier, is that person's: "your agency" said to them, "her agency" in a recommendation
    (reader 182)."""
    if ctx.relationship.value not in ("different-companies", "different-teams", "client", "vendor"):
        return text
    return shared(r"\btheir (agency|company|firm|team|studio|practice|business|startup|side|"
                  r"department|organi[sz]ation|school|lab|office|shop)\b").sub(rf"{owner} \1", text)


def addressed(text: str, ctx: Context) -> str:
    """A phrase as said to the recipient: "Aaron's podcast launch" -> "your podcast launch",
    "the Claire's group" -> "your group"."""
    said = their_side(to_reader(text, ctx.recipient, ctx.greet_as), ctx, "your")
    mine = parse(ctx.sender).given if ctx.sender else ""
    if mine and len(mine) > 1:  # "Mateo's thesis film" from Mateo is "my thesis film" (reader 158)
        said = re.sub(rf"\b(?:[Tt]he )?{re.escape(mine)}(?:'s|\u2019s)(?= [a-z])", "my", said)
    return shared(r"\b([Tt])he your\b").sub(lambda m: "Your" if m.group(1) == "T" else "your", said)


def to_client(text: str, ctx: Context) -> str:
    """The strengths as said to the reader: to a client, "the client" in them is the reader
    ("what the client wants" -> "what you want"); and when the project's "her" or "his" is the
    reader's ("the collection for her wedding" -> "your wedding"), so is the strengths' ("how I
    listened to what she wanted" -> "what you wanted")."""
    if ctx.relationship.value == "client":
        text = realise.client_as_reader(text)
        if not shared(r"(?i)^(?:she|he|her|his)\b").match(text):  # "listened to what she
            text = realise.to_second_person(text)  # wanted": the client is the reader
    for pronouns in (r"she|her|hers|herself", r"he|him|his|himself"):
        if re.search(rf"(?i)\b(?:{pronouns})\b", ctx.project) \
                and re.search(rf"(?i)\b(?:{pronouns})\b", text):
            return realise.to_second_person(text)
    return text


def subject(ctx: Context, pick: Picker, phrasing: dict) -> str | None:
    if not ctx.channel.has_subject:
        return None
    project = sender_project(ctx)
    np = addressed(project.np if project.form != "where" else f"my work {project.np}", ctx)  # "my
    #   work backstage at Lagos Fashion Week 2022", never "about backstage at"
    listed = bool(ctx.strengths)  # "The details for ..." only over details that follow (reader 192)
    text = first_fit(phrasing["subject"]["all"], choose(pick, phrasing, "subject", "all"),
                     lambda t: listed or "details" not in t).format(
        project=np, project_name=realise.cap(np), on_project=addressed(project.on, ctx))
    if len(text) > SUBJECT_LIMIT:
        text = first_fit(phrasing["subject"]["short"], choose(pick, phrasing, "subject", "short"),
                         lambda t: listed or "details" not in t)
    return text
