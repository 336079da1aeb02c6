"""Follow-ups and recommendations: the advice table, the offline drafts, the CLI, the endpoint."""

import itertools
import json
import re
import os
import subprocess
import sys
from datetime import date

import pytest

from chatserver import reply
from contexts import ARTICLE
from llmdraft.advice import advise, days_between
from llmdraft.checks import run_checks
from llmdraft.compose import compose
from llmdraft.context import Channel, Closeness, Context, Relationship
from llmdraft.errors import InputError

TODAY = date(2026, 11, 25)
HIGHER = {"managed-you", "senior-to-you", "teacher", "advisor", "client"}


# -- the decision table -------------------------------------------------------------------------

TABLE = list(itertools.product(Relationship, Closeness, [0, 3, 6, 7, 10, 30, 90, 91, 694],
                               [0, 1, 2]))


@pytest.mark.parametrize("relationship, closeness, days, sent", TABLE)
def test_advice_table(relationship, closeness, days, sent):
    ctx = Context.from_dict({**ARTICLE, "relationship": relationship.value,
                             "closeness": closeness.value})
    advice = advise(ctx, days, sent, TODAY)
    if sent >= 1:
        expected = "dont"
    elif relationship.value in HIGHER and closeness is not Closeness.CLOSE:
        expected = "dont"
    elif days < 7:
        expected = "wait"
    elif days > 90:
        expected = "dont"  # stale: ask afresh
    else:
        expected = "send"
    assert advice.decision == expected
    assert advice.reason and "John" in advice.reason
    if expected == "wait":
        assert advice.send_after == date.fromordinal(TODAY.toordinal() + 7 - days).isoformat()
    else:
        assert advice.send_after is None


def test_days_from_a_date_and_bad_timing_input():
    assert days_between("2026-11-15", None, TODAY) == 10
    assert days_between(None, 4, TODAY) == 4
    for asked_on, days in [("2026-11-15", 3), (None, None), ("next week", None),
                           ("2026-12-01", None), (None, -1)]:
        with pytest.raises(InputError):
            days_between(asked_on, days, TODAY)


# -- offline drafts over every relationship, closeness and channel ------------------------------

EXTRA = {"sender": "Dana Holt", "details": "the programs shipped on time; 40 volunteers took part"}


@pytest.mark.parametrize("relationship", list(Relationship), ids=lambda r: r.value)
def test_offline_followups_pass_their_checks(relationship):
    for closeness, channel, extra, variant in itertools.product(
            Closeness, Channel, [{}, EXTRA], range(2)):
        if channel is Channel.RECOMMENDATION:
            continue
        ctx = Context.from_dict({**ARTICLE, **extra, "relationship": relationship.value,
                                 "closeness": closeness.value, "channel": channel.value})
        message, subject = compose("followup", ctx, variant)
        results = run_checks("followup", ctx, message, subject)
        failed = {r.name: r.detail for r in results if not r.passed and r.severity == "error"}
        assert not failed, (message, failed)
        assert {r.name for r in results} >= {"no_pressure", "recipient_named", "project_named",
                                             "strengths_covered", "grounded", "within_length"}


@pytest.mark.parametrize("relationship", list(Relationship), ids=lambda r: r.value)
def test_offline_recommendations_pass_their_checks(relationship):
    for extra, words, variant in itertools.product(
            [{}, EXTRA, {"strengths": ["led the migration", "budgeting", "supplier negotiations",
                                       "mentoring new analysts", "Python"]}],
            [None, "60-90", "150-250"], range(2)):
        ctx = Context.from_dict({**ARTICLE, **extra, "relationship": relationship.value,
                                 "channel": "recommendation", "words": words})
        message, _ = compose("recommendation", ctx, variant)
        results = {r.name: r for r in run_checks("recommendation", ctx, message)}
        # short of the word target is a warning: facts are not padded to length
        failed = {n: r.detail for n, r in results.items() if not r.passed and n != "word_target"}
        assert not failed, (message, failed)
        low, high = ctx.word_range
        assert low // 3 <= len(message.split()) <= high + 5


@pytest.mark.parametrize("message, ok", [
    ("Hi John, I'm still waiting on that recommendation for the project.", False),
    ("Hi John, as I said, the Colorado project. I need this by Friday.", False),
    ("Hi John, just following up again on the recommendation.", False),
    ("Hi John, a quick recap of the Colorado project recommendation. No pressure!", True),
    ("Hi John, this is my second reminder about the Colorado project.", False),
    ("Hi John, I'm following up on my last three messages about the Colorado project.", False),
    ("Hi John, guess you forgot about the Colorado project recommendation?", False),
    ("Hi John, I've already told the recruiter it's on my profile.", False),
    ("Hi John, honestly I thought we were closer than this.", False),
    ("Hi John, the Colorado project, whenever suits you; I checked in with the team again.", True),
    ("Hi John, thank you once again for agreeing to write it: the Colorado project.", True),
])
def test_no_pressure(message, ok):
    ctx = Context.from_dict(ARTICLE)
    results = {r.name: r for r in run_checks("followup", ctx, message)}
    assert results["no_pressure"].passed is ok


@pytest.mark.parametrize("sentence, ok", [
    ("John is a hard-working team player.", False),
    ("John goes above and beyond.", False),
    ("John is hard-working: he organized a diverse group of 40 volunteers.", True),
])
def test_cliches_need_a_specific_in_the_same_sentence(sentence, ok):
    ctx = Context.from_dict({**ARTICLE, "channel": "recommendation"})
    results = {r.name: r for r in run_checks("recommendation", ctx, sentence)}
    assert results["no_empty_cliches"].passed is ok


def test_recommendation_checks_catch_inventions_and_length():
    ctx = Context.from_dict({**ARTICLE, "channel": "recommendation"})
    text = ("I managed John for five years at Google, where his project management and his "
            "organizing of a diverse group of volunteers on the Colorado Community Development "
            "project stood out. I would gladly work with John again, and I recommend him to any "
            "team that needs this.")
    results = {r.name: r for r in run_checks("recommendation", ctx, text)}
    assert not results["grounded"].passed
    assert results["word_count"].passed  # 45 words: short, not empty
    assert not results["word_target"].passed and "100 to 200" in results["word_target"].detail
    thin = {r.name: r for r in run_checks("recommendation", ctx, "John is great.")}
    assert not thin["word_count"].passed
    long = {r.name: r for r in run_checks("recommendation", ctx, "word " * 250)}
    assert not long["word_count"].passed and "cut 50" in long["word_count"].detail


# -- the CLI, offline and with the endpoint -------------------------------------------------------

ARGS = ["--to", "John Rivera", "--project", "Colorado Community Development project",
        "--strength", "organizing a diverse group of volunteers", "--strength", "project management"]


def cli(*args, env=None, tmp_path=None):
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LLMDRAFT_"))}
    if tmp_path is not None:
        environ["LLMDRAFT_CACHE_DIR"] = str(tmp_path / "cache")
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "llmdraft", *args], env=environ,
                          capture_output=True, text=True, timeout=60)


def test_followup_cli_advice_and_reminder():
    proc = cli("followup", *ARGS, "--days-since", "10")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Hi John") or proc.stdout.startswith("Hello John")
    assert "advice: send it." in proc.stderr

    proc = cli("followup", *ARGS, "--days-since", "3", "--json")
    data = json.loads(proc.stdout)
    assert proc.returncode == 4  # wait: exit 4, with the advice as JSON
    assert data["advice"]["decision"] == "wait" and data["message"] == ""
    assert data["advice"]["send_after"]

    proc = cli("followup", *ARGS, "--relationship", "managed-you", "--days-since", "20")
    assert proc.returncode == 5 and proc.stdout == ""  # don't: exit 5, nothing to paste
    assert proc.stderr.startswith("llmdraft: advice: don't send it.")
    proc = cli("followup", *ARGS, "--relationship", "managed-you", "--days-since", "20",
               "--anyway", "--json")
    data = json.loads(proc.stdout)
    assert data["advice"]["decision"] == "dont" and data["passed"] and data["message"]
    assert data["kind"] == "followup"


def test_followup_cli_bad_timing_is_exit_2():
    proc = cli("followup", *ARGS)
    assert proc.returncode == 2 and proc.stderr.startswith("llmdraft: error: when did you ask")
    proc = cli("followup", *ARGS, "--asked-on", "yesterday")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_recommend_cli_offline():
    proc = cli("recommend", "--to", "Dana Holt", "--from", "John Rivera",
               "--project", "Atlas data platform", "--strength", "supplier negotiations",
               "--strength", "running weekly demos", "--relationship", "managed-you", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["kind"] == "recommendation" and data["passed"]
    opening = ". ".join(data["message"].split(". ")[:2])
    assert opening.count("supplier negotiations") == 1  # strongest first
    assert 33 <= len(data["message"].split()) <= 200
    proc = cli("recommend", "--to", "Dana Holt", "--project", "Atlas", "--strength", "x",
               "--suggestion")
    assert proc.stdout.startswith("Suggested draft")
    assert cli("recommend", "--to", "Dana", "--project", "A", "--strength", "x", "--words",
               "lots").returncode == 2


def test_followup_and_recommend_through_the_endpoint(chat_server, tmp_path):
    good_followup = ("Hi John,\n\nA quick recap, in case it helps: a few lines on the Colorado "
                     "Community Development project, mentioning how I organized a diverse group "
                     "of volunteers and my project management, would be perfect. No pressure at "
                     "all if now isn't a good time. Thank you!")
    chat_server.script(reply("Hi John, I'm still waiting on that recommendation."),
                       reply(good_followup))
    env = {"OPENAI_BASE_URL": chat_server.base_url, "LLMDRAFT_MODEL": "test-model"}
    proc = cli("followup", *ARGS, "--days-since", "9", "--json", env=env, tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["attempts"] == 2 and data["provider"] == "openai"
    reask = chat_server.requests[1].body["messages"][-1]["content"]
    assert "no_pressure" in reask
    system = chat_server.requests[0].body["messages"][0]["content"]
    assert "follow-up" in system and "still waiting" in system

    chat_server.default = reply("Dana is great.")
    proc = cli("recommend", "--to", "Dana Holt", "--project", "Atlas", "--strength", "testing",
               "--max-attempts", "2", env=env, tmp_path=tmp_path)
    assert proc.returncode == 1
    assert "word_count" in proc.stderr
    body = chat_server.requests[-1].body
    assert "100 to 200 words" in body["messages"][0]["content"]


def test_a_channel_from_the_context_file_is_kept_for_a_followup(tmp_path):
    path = tmp_path / "ctx.yaml"
    path.write_text("recipient: John Rivera\nproject: Atlas\nstrengths: [testing]\nchannel: email\n")
    proc = cli("followup", "--context", str(path), "--days-since", "9", "--json")
    data = json.loads(proc.stdout)
    assert data["passed"] and data["subject"]  # an email, so with a subject
    proc = cli("followup", *ARGS, "--days-since", "9", "--json")
    assert json.loads(proc.stdout)["subject"] is None  # no channel given: a LinkedIn message


def test_pronouns_say_how_a_recommendation_speaks_of_them(tmp_path):
    """--pronouns (or a `pronouns` key) is how the writer speaks of the person; without it
    llmdraft says "they" unless the context says "she" or "he". Anything else is exit 2."""
    base = ("recommend", "--to", "Maya Haddad", "--from", "Omar Aziz", "--relationship", "teacher",
            "--project", "MA in inclusive education", "--strength", "co-teaching",
            "--strength", "classroom research")
    said = cli(*base, "--pronouns", "She/Her", tmp_path=tmp_path)
    assert said.returncode == 0, said.stderr
    assert re.search(r"\bShe (?:was|also)\b", said.stdout) and " they " not in said.stdout, said.stdout
    plain = cli(*base, tmp_path=tmp_path)
    assert not re.search(r"\b(?:she|her)\b", plain.stdout, re.I), plain.stdout
    bad = cli(*base, "--pronouns", "sometimes", tmp_path=tmp_path)
    assert bad.returncode == 2 and bad.stderr.startswith("llmdraft: error: pronouns must be")
    assert Context.from_dict({"recipient": "A B", "project": "p", "strengths": "s",
                              "pronouns": "he/him"}).pronouns == "he"


def test_a_reminder_says_how_long_it_has_been(tmp_path):
    """Within three weeks the thanks need not say when; after that it says "a few weeks", and
    after two months it owns the gap. The days are the advice's (--days-since or --asked-on)."""
    base = ("followup", "--to", "Ana Lopes", "--from", "Rui Costa", "--project",
            "Lisbon office launch", "--strength", "vendor negotiations", "--relationship",
            "same-team", "--anyway")
    said = {days: cli(*base, "--days-since", str(days), tmp_path=tmp_path) for days in (8, 30, 75)}
    assert all(p.returncode == 0 for p in said.values()), [p.stderr for p in said.values()]
    first = {days: p.stdout.split("\n\n")[1].split(". ")[0] for days, p in said.items()}
    assert not re.search(r"weeks|while|months|time has", first[8]), first[8]
    assert "few weeks" in first[30], first[30]
    assert re.search(r"while|months|time has", first[75]) and "weeks" not in first[75], first[75]
    assert Context.from_dict({"recipient": "A B", "project": "p", "strengths": "s",
                              "days_since": "30"}).days_since == 30
    with pytest.raises(InputError):
        Context.from_dict({"recipient": "A B", "project": "p", "strengths": "s",
                           "days_since": "soon"})


def test_a_follow_up_to_a_distant_contact_says_they_have_been_out_of_touch():
    """Closeness "distant" means little contact: a follow-up says so once (readers 133-135, 142),
    as how often the two are in touch, never a time since that nobody typed (readers 163-168),
    and never "a while" twice."""
    import re as _re
    from llmdraft.compose import compose as _compose
    from llmdraft.context import Context as _Context
    for relationship in ("managed-you", "same-team", "classmate"):
        for days in (None, 10, 70):
            for variant in range(6):
                ctx = _Context.from_dict({"recipient": "Ana Ruiz", "sender": "Bo Li",
                                          "project": "the Atlas migration", "strengths": ["SQL"],
                                          "relationship": relationship, "closeness": "distant",
                                          "channel": "email", "days_since": days})
                message = _compose("followup", ctx, variant)[0]
                assert _re.search(r"touch|contact|cross|talk", message), message
                assert message.count("a while") <= 1, message


@pytest.mark.parametrize("channel", [c.value for c in Channel if c.value != "recommendation"])
def test_a_follow_up_without_strengths_restates_the_project(channel):
    """Readers 185, 186: a yes was to the request, whatever strengths it named; a reminder with
    none typed restates the project alone, never fails with "missing strengths". A request and a
    recommendation still need one."""
    for variant in range(6):
        proc = cli("followup", "--to", "Elena Rossi", "--from", "Mark", "--project", "Q3 sales push",
                   "--days-since", "12", "--channel", channel, "--variant", str(variant), "--json")
        assert proc.returncode == 0, proc.stderr
        data = json.loads(proc.stdout)
        assert data["passed"] and "Q3 sales push" in data["message"], data["message"]
        assert not [c for c in data["checks"] if not c["passed"]], data["checks"]
        assert "specifics" not in data["message"] and ":\n" not in data["message"]
        covered = next(c for c in data["checks"] if c["name"] == "strengths_covered")
        assert covered["detail"].startswith("no strengths were given")
    for command in ("draft", "recommend"):
        proc = cli(command, "--to", "Elena Rossi", "--project", "Q3 sales push")
        assert proc.returncode == 2 and "missing strengths" in proc.stderr


# How a recommendation's opening says the writer hired the person (the `client` relation lines).
_AS_CLIENT = ("'s client", "I brought", "'s services", "I engaged")
# ... and that the person taught the writer (the `student` relation lines).
_AS_STUDENT = ("taught me", "I learned from", "'s student", "I studied under")


@pytest.mark.parametrize("given, details, project, said, never", [
    ("teacher", "i took her class for 2 terms; she stayed late to help me with my citizenship test",
     "evening ESL program at the library", _AS_STUDENT, "I was Ingrid's teacher"),
    ("teacher", "taught me 8 years from age 7; prepared me for grade 8 exam which i passed with distinction",
     "piano lessons", _AS_STUDENT, "I taught"),
    ("vendor", "his firm supplied the consultants; reduced lead time 22%", "supply chain optimisation",
     _AS_CLIENT, "supplier"),
    ("vendor", "delivers to our kitchen 6 days a week since 2018", "produce deliveries", _AS_CLIENT, "supplier"),
    ("vendor", "found 2 critical findings", "Penetration test of our payment gateway", _AS_CLIENT, "supplier"),
    ("client", "he was our client-side lead at the bank", "pricing strategy", ("supplier", "provided services",
                                                                              "my client"), "I brought"),
])
def test_a_recommendation_reads_the_relationship_the_way_the_details_say(given, details, project, said, never):
    """Readers 185-188 gave `teacher` for their own teacher and `vendor` for their own supplier;
    the details said which way it ran, and the drafts said both ("I was Ingrid's teacher" ...
    "I took her class"). The details decide: the writer learned from them, or hired them."""
    from llmdraft.kinds import context_for
    ctx = context_for("recommendation", {"recipient": "Ingrid Berg", "project": project, "strengths": ["patience"],
                                         "relationship": given, "pronouns": "she", "details": details})
    for variant in range(6):
        message = compose("recommendation", ctx, variant)[0]
        opening = message.split(".")[0]
        assert never not in message, (variant, message)
        assert any(s in opening for s in ((said,) if isinstance(said, str) else said)), (variant, opening)
        assert not [c.name for c in run_checks("recommendation", ctx, message) if not c.passed and c.severity == "error"]
    plain = Context.from_dict({"recipient": "Ingrid Berg", "project": "piano lessons", "strengths": ["patience"],
                               "relationship": "teacher", "pronouns": "she"})
    assert any(t in compose("recommendation", plain, 0)[0] for t in ("I taught", "teacher", "I mentored", "supervised"))
