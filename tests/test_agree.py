"""Issue 10: the checks agree with a careful reader on the classes the issue names.

Each test is a class of message, with several phrasings that none of the labelled sets holds,
run through `llmdraft check` (or `eval`, or `draft` against the local Chat Completions server)
as a user runs it, plus direct calls where many phrasings are cheaper in one process.
"""

from __future__ import annotations

import json

import pytest

from chatserver import reply
from contexts import ARTICLE_MESSAGE, DEFAULT_TEXT, article
from llmdraft.checks import REGISTRY, run_checks

CTX = {"recipient": "Teodora Ilic", "sender": "Ravi Shankar", "project": "cold storage retrofit",
       "strengths": ["refrigerant leak testing"], "relationship": "same-team",
       "channel": "linkedin-request"}
ASK = ("Hi Teodora, would you write me a recommendation about the cold storage retrofit, "
       "mentioning my refrigerant leak testing? ")


def verdicts(message: str, kind: str = "request", subject: str | None = None, **changes) -> dict:
    from llmdraft.kinds import context_for

    ctx = context_for(kind, {**CTX, **changes})
    return {r.name: r for r in run_checks(kind, ctx, message, subject)}


def check_cli(run, tmp_path, message: str, *extra: str):
    path = tmp_path / "message.txt"
    path.write_text(message, encoding="utf-8")
    flags = ["--to", CTX["recipient"], "--from", CTX["sender"], "--project", CTX["project"],
             "--strength", CTX["strengths"][0], "--relationship", CTX["relationship"]]
    proc = run("check", *flags, *extra, "--message-file", str(path), "--json")
    assert proc.returncode in (0, 1), proc.stderr
    data = json.loads(proc.stdout)
    return proc, {c["name"]: c for c in data["checks"]}


# -- is_a_message -------------------------------------------------------------------------------

NOT_MESSAGES = [
    "I'm sorry, but I cannot help with this.",
    "Unfortunately I can't write messages that impersonate a real person.",
    "I am afraid I am not able to comply with that request.",
    "As an AI, I do not have colleagues, but here are a few tips: be specific and polite.",
    "Could you please provide more details about the project and your strengths?",
    "Here's your message:",
    '{"subject": null, "message": ""}',
    "   ",
    "I apologise, but I am unable to produce that.",
    "I'm not comfortable drafting this.",
    "Subject: A LinkedIn recommendation",
    "<message></message>",
    "null",
    "Here are two versions you could send:",
    "I need more context to write this. How do you know Teodora?",
]


@pytest.mark.parametrize("text", NOT_MESSAGES)
def test_refusals_and_non_messages_fail_is_a_message_and_say_so(text):
    if not text.strip():
        text = "\n"
    got = verdicts(text)
    assert not got["is_a_message"].passed
    assert got["is_a_message"].detail.startswith("not a message")
    assert got["is_a_message"].severity == "error"
    # It says nothing specific either, but it is not LinkedIn's text: the detail says what it is
    assert not got["not_default_text"].passed
    assert "is_a_message" in got["not_default_text"].detail
    assert "default" not in got["not_default_text"].detail


@pytest.mark.parametrize("kind", ["followup", "recommendation"])
def test_is_a_message_runs_for_every_kind(kind):
    assert kind in REGISTRY["is_a_message"].kinds
    assert not verdicts("I'm sorry, I can't assist with that.", kind)["is_a_message"].passed


def test_a_person_who_apologises_still_wrote_a_message():
    text = ("Sorry, I can't make Thursday's call after all. " + ASK
            + "I'd be glad to write one for you too. Thanks so much, and no pressure.")
    assert verdicts(text)["is_a_message"].passed
    assert verdicts(ARTICLE_MESSAGE)["is_a_message"].passed


def test_check_cli_names_the_refusal(run, tmp_path):
    proc, got = check_cli(run, tmp_path, "I'm sorry, but I can't help with that.")
    assert proc.returncode == 1
    assert got["is_a_message"]["passed"] is False and "refusal" in got["is_a_message"]["detail"]


def test_a_model_refusal_is_re_asked(run, chat_server):
    good = ("Hi John, would you write me a recommendation about the Colorado Community "
            "Development project, mentioning how I organized a diverse group of volunteers and "
            "my project management? I'd be glad to write one for you in return. Thank you!")
    chat_server.script(reply("I'm sorry, but I can't help with that."), reply(good))
    proc = run("draft", "--to", "John Rivera", "--project", "Colorado Community Development project",
               "--strength", "organizing a diverse group of volunteers", "--strength",
               "project management", "--base-url", chat_server.base_url, "--model", "m", "--json",
               env={"OPENAI_API_KEY": "sk-test"})
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["attempts"] == 2 and data["message"] == good
    assert "is_a_message" in json.dumps(chat_server.chat_requests[1].body["messages"])


# -- offers in other words ----------------------------------------------------------------------

OFFERS = [
    "Let me know if I can ever do the same for you.",
    "More than happy to reciprocate whenever you like.",
    "I owe you one, and by one I mean a recommendation.",
    "id be glad to write you one",
    "ill write you one back this week",
    "If you'd ever like a recommendation from me, just say.",
    "I'd happily repay the favour.",
    "Let me know if you'd like one back!",
    "if u ever need one just shout",
    "Happy to put in a good word for you on LinkedIn as well.",
]
NOT_OFFERS = [
    "I know you're busy, so I can write the recommendation of me myself for you to sign off.",
    "To save you time, I'm happy to draft something you can just edit and post.",
    "Which of your own strengths do you think came through on that project?",
    "What did you enjoy most about it?",
    "I owe you one!",
    "I know you wrote one for Sam last year.",
    "I'll send you a draft you can edit.",
]


@pytest.mark.parametrize("sentence", OFFERS)
def test_offers_in_other_words(sentence):
    assert verdicts(ASK + sentence + " Thanks!")["reciprocal_offer"].passed


@pytest.mark.parametrize("sentence", NOT_OFFERS)
def test_not_offers(sentence):
    assert not verdicts(ASK + sentence + " Thanks!")["reciprocal_offer"].passed


# -- one context for every front end ------------------------------------------------------------

def test_eval_measures_a_recommendation_suite_as_recommendations(run, tmp_path):
    """No `channel` in the suite: a 1,500-character recommendation is within its 3,000."""
    body = ("Teodora's refrigerant leak testing on the cold storage retrofit was the best I have "
            "seen. ") * 18
    suite = {"kind": "recommendation", "cases": [{
        "id": "long-rec", "context": {k: v for k, v in CTX.items() if k != "channel"},
        "message": body, "expect": {"within_length": True}}]}
    path = tmp_path / "recs.yaml"
    path.write_text(json.dumps(suite), encoding="utf-8")
    proc = run("eval", str(path), "--json", "-q")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert 1000 < len(body) < 3000


# -- strengths said with another part of speech -------------------------------------------------

PARAPHRASES = [
    ("drafting clear board papers", "my clear board papers"),               # gerund+adj+noun -> adj+noun
    ("steady incident triage", "how steadily I triaged incidents"),         # adj+noun -> adverb+verb
    ("patient coaching", "coaching the new hires patiently"),
    ("precise documentation", "documenting each step precisely"),
    ("ticket sales", "the tickets I sold"),                                  # noun -> irregular verb
    ("revenue growth", "how I grew revenue"),
    ("budget decisions", "how I decided the budget"),
    ("reliability of the test suite", "keeping the test suite reliable"),   # noun -> adjective
    ("efficiency in scheduling", "scheduling efficiently"),
]
MISSES = [
    ("drafting clear board papers", "my board papers"),         # the quality is gone too
    ("training new pickers", "the new pickers"),                # the activity was the strength
    ("patient coaching", "my coaching"),
    ("ticket sales", "the tickets"),
]


@pytest.mark.parametrize("strength, said", PARAPHRASES)
def test_strength_said_with_another_part_of_speech_is_covered(strength, said):
    text = f"Hi Teodora, would you mention {said} in a recommendation about the cold storage retrofit?"
    assert verdicts(text, strengths=[strength])["strengths_covered"].passed


@pytest.mark.parametrize("strength, said", MISSES)
def test_strength_without_its_point_is_not_covered(strength, said):
    text = f"Hi Teodora, would you mention {said} in a recommendation about the cold storage retrofit?"
    assert not verdicts(text, strengths=[strength])["strengths_covered"].passed


# -- the wrong person, and grounded's false alarms ----------------------------------------------

BODY = ("would you write me a recommendation about the cold storage retrofit, mentioning my "
        "refrigerant leak testing? I'd be glad to write one for you too. Thanks!")


@pytest.mark.parametrize("greeting", ["Dear Mr. Okonkwo,", "Hi Marguerite,", "Marguerite,",
                                      "Good morning Dr. Varga!", "Hey Sven -"])
def test_greeting_someone_else_fails_recipient_named_and_grounded(greeting):
    got = verdicts(f"{greeting} {BODY}")
    assert not got["recipient_named"].passed
    assert not got["grounded"].passed and "greeted" in got["grounded"].detail


@pytest.mark.parametrize("greeting", ["Hi Teodora,", "Dear Ms. Ilic,", "Teo,", "Hi there,",
                                      "Quick question,", "Hello team,"])
def test_greeting_the_recipient_or_no_one_invents_nobody(greeting):
    assert verdicts(f"{greeting} {BODY}")["grounded"].passed


def test_check_cli_flags_the_wrong_person_twice(run, tmp_path):
    proc, got = check_cli(run, tmp_path, f"Hi Marguerite, {BODY}")
    assert proc.returncode == 1
    assert not got["recipient_named"]["passed"] and not got["grounded"]["passed"]


@pytest.mark.parametrize("jargon", ["our R&D team", "the QA sign-off", "the weekly KPIs",
                                    "the HACCP logs", "the GPs' rota", "the SOPs and the CAPA log",
                                    "our OKRs"])
def test_trade_acronyms_are_not_inventions(jargon):
    text = (f"Hi Teodora, would you write me a recommendation about the cold storage retrofit? "
            f"My refrigerant leak testing fed {jargon}. I'd be glad to write one for you too.")
    assert verdicts(text)["grounded"].passed


@pytest.mark.parametrize("named", ["NASA", "Siemens", "the IBM team", "Dr. Halvorsen"])
def test_an_organisation_or_person_is_still_an_invention(named):
    text = (f"Hi Teodora, would you write me a recommendation about the cold storage retrofit for "
            f"{named}, mentioning my refrigerant leak testing? I'd be glad to write one for you too.")
    assert not verdicts(text)["grounded"].passed


def test_years_of_is_judged_by_its_number():
    given = {"details": "we worked side by side for 4 years"}
    said = "After 4 years of working together, " + BODY
    assert verdicts("Hi Teodora! " + said, **given)["grounded"].passed
    assert verdicts("Hi Teodora! After years of working together, " + BODY, **given)["grounded"].passed
    wrong = verdicts("Hi Teodora! After 9 years of working together, " + BODY, **given)["grounded"]
    assert not wrong.passed and "'9'" in wrong.detail
    assert not verdicts("Hi Teodora! After years of working together, " + BODY)["grounded"].passed
    assert not verdicts("Hi Teodora! After six years of working together, " + BODY)["grounded"].passed
    gap = verdicts("Hi Teodora! After [X] years of working together, " + BODY)
    assert gap["grounded"].passed and not gap["no_placeholders"].passed


# -- LinkedIn's default texts, old and new, and messages as empty as they are -------------------

# Texts the check must reject: LinkedIn's pre-filled request in its older and current wording
# (quoted only to be rejected), and messages that fit any two people just as well.
EMPTY = [
    "Dear Teodora,\n\nI'm sending this to ask you for a brief recommendation of my work that I can "
    "include in my LinkedIn profile. If you have any questions, let me know.\n\nThanks in advance "
    "for helping me out.\n\n-Ravi",
    "Hi Teodora, can you write me a recommendation?",
    "Hi Teodora, I hope all is well with you! I'm refreshing my profile this month and it would "
    "mean a great deal to have a few words from you about working together. Thank you so much!",
    "Hello Teodora, would you be so kind as to recommend me? Your opinion of my work matters to me "
    "and I'd gladly do the same for you. Best wishes, Ravi",
]


@pytest.mark.parametrize("text", EMPTY)
def test_default_texts_and_equally_empty_messages_fail(run, tmp_path, text):
    proc, got = check_cli(run, tmp_path, text)
    assert proc.returncode == 1
    assert got["not_default_text"]["passed"] is False
    assert got["is_a_message"]["passed"] is True


def test_one_given_specific_is_enough_to_not_be_the_default():
    text = ("Hi Teodora, hope you're well! Would you write me a short recommendation? The retrofit "
            "is still the job I am proudest of. Thanks!")
    assert verdicts(text)["not_default_text"].passed


def test_the_article_request_passes_and_its_default_fails():
    ctx = article(strengths=["organizing a diverse group of volunteers", "project management skills"])
    ok = {r.name: r for r in run_checks("request", ctx, ARTICLE_MESSAGE)}
    assert all(r.passed for r in ok.values() if r.severity == "error"), ok
    bad = {r.name: r for r in run_checks("request", ctx, DEFAULT_TEXT)}
    assert not bad["not_default_text"].passed and bad["is_a_message"].passed


# -- subjects in `check` ------------------------------------------------------------------------

GOOD = (ASK + "I'd be glad to write one for you too - which of your strengths should I mention? "
        "No pressure, and thank you!")


def test_check_without_a_subject_warns_and_passes(run, tmp_path):
    proc, got = check_cli(run, tmp_path, GOOD, "--channel", "email")
    assert proc.returncode == 0, proc.stdout
    subject = got["subject_present"]
    assert subject["passed"] is False and subject["severity"] == "warning"
    assert "no subject was given" in subject["detail"]


def test_check_with_a_subject_line_passes_it(run, tmp_path):
    proc, got = check_cli(run, tmp_path, "Subject: A recommendation?\n\n" + GOOD, "--channel", "email")
    assert proc.returncode == 0 and got["subject_present"]["passed"] is True


def test_a_drafted_email_without_a_subject_is_still_an_error(run, chat_server):
    chat_server.default = reply(json.dumps({"subject": None, "message": GOOD}))
    proc = run("draft", "--to", CTX["recipient"], "--project", CTX["project"], "--strength",
               CTX["strengths"][0], "--channel", "email", "--base-url", chat_server.base_url,
               "--model", "m", "--max-attempts", "1", "--json", env={"OPENAI_API_KEY": "sk-test"})
    data = json.loads(proc.stdout)
    subject = next(c for c in data["checks"] if c["name"] == "subject_present")
    assert subject["severity"] == "error" and subject["passed"] is False
    assert proc.returncode == 1


# -- `llmdraft eval` lists every disagreement with a label --------------------------------------

def test_eval_lists_each_disagreement_exactly(run, tmp_path):
    suite = {"kind": "request", "defaults": {k: v for k, v in CTX.items()}, "cases": [
        {"id": "wrongly-labelled", "message": GOOD, "context": {},
         "expect": {"reciprocal_offer": False, "thanks": True}},
        {"id": "agrees", "message": GOOD, "context": {}, "expect": {"reciprocal_offer": True}},
    ]}
    path = tmp_path / "labelled.yaml"
    path.write_text(json.dumps(suite), encoding="utf-8")
    proc = run("eval", str(path), "-q", env={"COLUMNS": "250"})
    assert proc.returncode == 1
    assert "Disagreements with the labels (1)" in proc.stdout
    row = next(line for line in proc.stdout.splitlines() if "wrongly-labelled" in line)
    for cell in ("reciprocal_offer", "fail", "passes", "offers to return the favour"):
        assert cell in row, row
    assert "agrees" not in proc.stdout.split("Disagreements with the labels")[1]
    report = json.loads(run("eval", str(path), "--json", "-q").stdout)
    assert report["disagreements"] == [{
        "id": "wrongly-labelled", "repeat": 1, "check": "reciprocal_offer", "severity": "error",
        "label": "fail", "verdict": "passes",
        "detail": next(d for d in report["disagreements"])["detail"]}]
    assert report["disagreements"][0]["detail"].startswith("offers to return the favour")


def test_a_hyphenated_recipient_greeted_in_full_is_known():
    text = "Hello Anne-Marie! " + BODY
    assert verdicts(text, recipient="Anne-Marie Dubois")["grounded"].passed
    assert verdicts("Dear D'Arcy, " + BODY, recipient="D'Arcy O'Brien-Walsh")["grounded"].passed
    assert verdicts("Dear Ms O'Brien-Walsh, " + BODY, recipient="D'Arcy O'Brien-Walsh")["grounded"].passed
    assert not verdicts("Hello Anne-Sophie! " + BODY, recipient="Anne-Marie Dubois")["grounded"].passed
    assert not verdicts("Dear Mr O'Hara, " + BODY, recipient="D'Arcy O'Brien-Walsh")["grounded"].passed
