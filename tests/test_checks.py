"""Each check on the cases the issue names, and every check on the labelled sets."""

from pathlib import Path

import pytest
import yaml

from contexts import ARTICLE_MESSAGE, DEFAULT_TEXT, article
from llmdraft.checks import ERROR_CHECKS, REGISTRY, WARNING_CHECKS, run_checks
from llmdraft.context import Context

ROOT = Path(__file__).resolve().parent.parent


def outcome(ctx, message, subject=None):
    return {r.name: r for r in run_checks("request", ctx, message, subject)}


DESIGN_ERRORS = {"project_named", "strengths_covered", "reciprocal_offer", "recipient_named",
                 "no_placeholders", "within_length", "grounded", "not_default_text"}


def test_contract_check_names_are_registered():
    assert set(ERROR_CHECKS) >= DESIGN_ERRORS
    assert set(WARNING_CHECKS) >= {"asks_their_strengths", "graceful_out", "thanks",
                                   "purpose_stated"}


def test_article_model_request_passes_every_error_check():
    ctx = article(strengths=["organizing a diverse group of volunteers",
                             "project management skills"])
    results = outcome(ctx, ARTICLE_MESSAGE)
    errors = {n: r for n, r in results.items() if r.severity == "error"}
    assert set(errors) >= DESIGN_ERRORS
    assert all(r.passed for r in errors.values()), {n: r.detail for n, r in errors.items()}
    assert results["asks_their_strengths"].passed


def test_linkedin_default_text_fails_the_four_it_should():
    results = outcome(article(), DEFAULT_TEXT)
    for name in ("project_named", "strengths_covered", "reciprocal_offer", "not_default_text"):
        assert not results[name].passed, name
    assert results["recipient_named"].passed


def test_detail_names_what_is_missing():
    ctx = article(strengths=["supplier negotiations", "project management"])
    results = outcome(ctx, "Hi John, about the Colorado Community Development project: "
                           "please mention my project management. Happy to return the favour!")
    assert not results["strengths_covered"].passed
    assert "'supplier negotiations'" in results["strengths_covered"].detail
    assert "project management" not in results["strengths_covered"].detail


@pytest.mark.parametrize("strength, message", [
    ("supplier negotiations", "Hi John, I negotiated with suppliers on Apollo."),
    ("running weekly demos", "Hi John, I ran the weekly demos on Apollo."),
])
def test_inflected_strength_counts(strength, message):
    ctx = Context.from_dict({"recipient": "John", "project": "Apollo", "strengths": [strength]})
    assert outcome(ctx, message)["strengths_covered"].passed


def test_a_mended_slip_is_not_another_word():
    ctx = Context.from_dict({**PRIYA, "strengths": ["reliabel"]})
    assert not outcome(ctx, "Hi Priya, how relaxed I am")["strengths_covered"].passed


def test_paraphrased_project_counts():
    ctx = Context.from_dict({"recipient": "Mia", "project": "rewrite of Halcyon billing",
                             "strengths": ["testing"]})
    assert outcome(ctx, "Hi Mia, about the Halcyon billing rewrite and my testing.")["project_named"].passed


@pytest.mark.parametrize("recipient, opening", [
    ("José Álvarez", "Hi Jose, "),
    ("Anna Lindqvist", "Dear Dr. Lindqvist, "),
    ("Ngozi Okafor", "Dear Ms. Okafor, "),
    ("Łukasz Nowak", "Cześć Łukasz! "),
])
def test_recipient_forms(recipient, opening):
    ctx = article(recipient=recipient)
    assert outcome(ctx, opening + "a note about the project.")["recipient_named"].passed


def test_greeting_someone_else_fails():
    assert not outcome(article(), "Hi Sarah, a note about the project.")["recipient_named"].passed


@pytest.mark.parametrize("sentence, is_offer", [
    ("I'd gladly return the favour.", True),
    ("If a recommendation from me would ever help you, it's yours.", True),
    ("I'd be happy to write one for you too.", True),
    ("Happy to recommend you as well.", True),
    ("I won't be able to write one back for a while.", False),
    ("Would you be willing to write me one?", False),
    ("I would love it if you could write one for me.", False),
    ("I wanted to write to you about the project.", False),
])
def test_offer(sentence, is_offer):
    assert outcome(article(), "Hi John. " + sentence)["reciprocal_offer"].passed is is_offer


@pytest.mark.parametrize("details, sentence, ok", [
    (None, "We worked together for five years.", False),
    (None, "It grew revenue by 40%.", False),
    (None, "Back at Google, you saw it first hand.", False),
    (None, "As VP of Sales, you saw it.", False),
    (None, "It launched last March.", False),
    (None, "Priya said you loved it.", False),
    ("onboarding went from 14 days to 3", "It took onboarding from 14 days to 3.", True),
    (None, "Two or three sentences would be plenty.", True),
    (None, "Thanks a million!", True),
])
def test_grounded(details, sentence, ok):
    ctx = article(details=details)
    assert outcome(ctx, "Hi John, a note. " + sentence)["grounded"].passed is ok


def test_grounded_accepts_numbers_in_the_project_name():
    ctx = article(project="2025 pricing overhaul")
    assert outcome(ctx, "Hi John, about the 2025 pricing overhaul.")["grounded"].passed


def test_grounded_flags_an_invented_signature():
    ctx = article()
    assert not outcome(ctx, "Hi John, a note.\n\nBest,\nAlex")["grounded"].passed
    assert outcome(article(sender="Alex Kim"), "Hi John, a note.\n\nBest,\nAlex")["grounded"].passed


@pytest.mark.parametrize("placeholder", ["[Your Name]", "{project}", "{{ name }}",
                                         "<insert strength>", "XX%", "____", "[Company]"])
def test_placeholders(placeholder):
    assert not outcome(article(), f"Hi John, about {placeholder}. Thanks")["no_placeholders"].passed


def test_no_false_placeholder_on_email_addresses_and_links():
    message = "Hi John, reach me at <dana@example.com> or see [my profile](https://x.test)."
    assert outcome(article(), message)["no_placeholders"].passed


def test_length_uses_the_channel_and_the_override():
    note = article(channel="connection-note")
    assert not outcome(note, "Hi John " + "x" * 200)["within_length"].passed
    premium = article(channel="connection-note", max_chars=300)
    assert outcome(premium, "Hi John " + "x" * 200)["within_length"].passed


def test_swap_deal_is_a_warning():
    r = outcome(article(), "Hi John. I'll write yours once you've written mine.")["no_swap_deal"]
    assert not r.passed and r.severity == "warning"


# -- the labelled sets ------------------------------------------------------------------------

def labelled(name):
    data = yaml.safe_load((ROOT / "evals" / name).read_text(encoding="utf-8"))
    return data["cases"]


def accuracy(cases):
    import llmdraft

    per_check = {}
    for case in cases:
        result = llmdraft.check(case["context"], case["message"], case.get("subject"),
                                kind=case.get("kind") or "request")
        results = {c.name: c for c in result.checks}
        for name, expected in case["expect"].items():
            if name not in results:
                continue  # a label for a check this kind does not run
            hits = per_check.setdefault(name, [0, 0])
            hits[0] += results[name].passed is expected
            hits[1] += 1
    return {name: right / total for name, (right, total) in per_check.items()}


@pytest.mark.parametrize("suite", ["checks_fourth.yaml", "checks_fifth.yaml",
                                   "checks_sixth.yaml", "checks_seventh.yaml",
                                   "checks_eighth.yaml", "checks_ninth.yaml",
                                   "checks_tenth.yaml", "checks_eleventh.yaml",
                                   "checks_twelfth.yaml", "checks_thirteenth.yaml",
                                   "checks_fourteenth.yaml", "checks_fifteenth.yaml",
                                   "checks_sixteenth.yaml", "checks_seventeenth.yaml",
                                   "checks_eighteenth.yaml", "checks_nineteenth.yaml",
                                   "checks_twentieth.yaml", "checks_twentyfirst.yaml",
                                   "checks_twentysecond.yaml", "checks_twentythird.yaml"])
def test_the_blind_sets_load_as_eval_suites(suite):
    from llmdraft.evals.suite import load_suite

    assert len(load_suite(ROOT / "evals" / suite).cases) >= 120


def test_labelled_set_is_large_and_complete():
    cases = labelled("checks.yaml")
    assert len(cases) >= 40
    for case in cases:
        assert set(case["expect"]) >= DESIGN_ERRORS


# The tuning sets are held near where tuning left them. The newest blind sets (the twenty-second
# and twenty-third; see evals/checks_measured.md) are not tuned on and so are measured
# (bench/check_accuracy.py), not held to a number here: a floor on them would invite tuning.
# One known disagreement between labellers: the fifth set's writer marks a leftover "[Your Name]"
# only as a placeholder; the fourth, seventh and eighth also as a broken sentence, which
# reads_cleanly follows (a gap in a figure, "XX%" or "TBD", it leaves to no_placeholders, as
# the fifth, seventh and eighth do), so the fifth holds it lower.
# The sixth set's writer counts close synonyms as naming a strength ("meticulous" for
# "attention to detail", "stayed calm" for "composure under pressure"), which the check, by word
# and part of speech, does not; and labels a refusal as not LinkedIn's default text, where the
# other writers and the check say the default-text check fails with it. The eleventh set's
# writer, too, counts paraphrases well beyond one word ("kept tenants informed" for "tenant
# communication"), which the check leaves to the writer's judgement; so does the fifteenth's
# ("how I costed the dishes" for "kitchen costing"). The seventeenth's writer gives strengths
# in English and messages wholly in Italian, Polish or Swahili that name them in translation,
# which a check by word cannot follow. The eighteenth's writer does not count "if you're
# comfortable" as a way out, nor "no rush" in a reminder (fourteen of the other sets' writers
# mostly do), and counts "it's been three weeks since you said yes" and "sorry to bother you
# again" as pressure, where three other writers do not.
_FLOORS = {("checks_fifth.yaml", "reads_cleanly"): 0.92,
           ("checks_eleventh.yaml", "strengths_covered"): 0.95,
           ("checks_fifteenth.yaml", "strengths_covered"): 0.95,
           ("checks_sixth.yaml", "strengths_covered"): 0.94,
           ("checks_sixth.yaml", "not_default_text"): 0.96,
           ("checks_seventeenth.yaml", "strengths_covered"): 0.95,
           ("checks_eighteenth.yaml", "graceful_out"): 0.93,
           ("checks_eighteenth.yaml", "no_pressure"): 0.93}


@pytest.mark.parametrize("suite, floor", [("checks.yaml", 0.97), ("checks_holdout.yaml", 0.97),
                                          ("checks_third.yaml", 0.97),
                                          ("checks_fourth.yaml", 0.97),
                                          ("checks_fifth.yaml", 0.97),
                                          ("checks_sixth.yaml", 0.97),
                                          ("checks_seventh.yaml", 0.97),
                                          ("checks_eighth.yaml", 0.97),
                                          ("checks_ninth.yaml", 0.97),
                                          ("checks_tenth.yaml", 0.97),
                                          ("checks_eleventh.yaml", 0.97),
                                          ("checks_twelfth.yaml", 0.97),
                                          ("checks_thirteenth.yaml", 0.97),
                                          ("checks_fourteenth.yaml", 0.97),
                                          ("checks_fifteenth.yaml", 0.97),
                                          ("checks_sixteenth.yaml", 0.97),
                                          ("checks_seventeenth.yaml", 0.97),
                                          ("checks_eighteenth.yaml", 0.97),
                                          ("checks_nineteenth.yaml", 0.97),
                                          ("checks_twentieth.yaml", 0.97),
                                          ("checks_twentyfirst.yaml", 0.97)])
def test_each_check_agrees_with_the_labels(suite, floor):
    """Per-check accuracy against human labels on the sets used while tuning."""
    if not (ROOT / "evals" / suite).exists():
        pytest.fail(f"evals/{suite} is missing")
    scores = accuracy(labelled(suite))
    low = {name: round(score, 3) for name, score in scores.items()
           if score < _FLOORS.get((suite, name), floor)}
    assert not low, f"checks below {floor:.0%} on {suite}: {low}"
    assert set(scores) <= set(REGISTRY)


# -- cases from the review of the first version ------------------------------------------------

PRIYA = {"recipient": "Priya Raman", "project": "Atlas data warehouse migration",
         "strengths": ["SQL performance tuning", "mentoring new analysts"]}


@pytest.mark.parametrize("sentence", [
    "I wish I could return the favour, but my schedule is packed.",
    "I have no plans to write one for you in return.",
    "I don't expect to return the favour.",
    "It's unlikely that I'll have time to write one for you too.",
    "I'd usually offer to write one back, but this time I can't.",
])
def test_refusals_are_not_offers(sentence):
    assert not outcome(Context.from_dict(PRIYA), "Hi Priya. " + sentence)["reciprocal_offer"].passed


def test_an_offer_asked_as_a_question_counts():
    msg = "Hi Priya. Would it help if I wrote one for you too?"
    assert outcome(Context.from_dict(PRIYA), msg)["reciprocal_offer"].passed


def test_a_strength_is_not_covered_across_sentences_or_by_the_offer():
    ctx = Context.from_dict(PRIYA)
    msg = ("Hi Priya, about the Atlas data warehouse migration and my SQL performance tuning. "
           "The new analysts joined late.")
    assert not outcome(ctx, msg)["strengths_covered"].passed
    writing = Context.from_dict({**PRIYA, "strengths": ["technical writing and presenting"]})
    msg = "Hi Priya, could you mention my presenting? I'd be glad to write one for you."
    assert not outcome(writing, msg)["strengths_covered"].passed


@pytest.mark.parametrize("strength, text", [
    ("leadership", "You saw me become a great leader."),
    ("organising events", "how I organized events"),
    ("data analysis", "how I analyzed the data"),
    ("trains new ppl", "that I train new people"),  # texting spelt out
    ("waste reduction", "how I cut waste in the dispensary"),  # a cut is a reduction
    ("site tidiness", "how tidy I kept the site"),
    ("clean handoffs to developers", "how I handed off cleanly to the developers"),
    ("writing test plans", "his test plans were clear and complete"),  # the thing made
    ("apprentice mentoring", "a generous mentor to our apprentices"),
    ("tidy installation work", "his installation work is the tidiest I have seen"),
    ("reliabel", "how reliable I am"),  # a slip the draft mends: two letters swapped
    ("warehose safety", "my warehouse safety skills"),  # ... or one left out
])
def test_spelling_and_derivation_meet(strength, text):
    ctx = Context.from_dict({**PRIYA, "strengths": [strength]})
    assert outcome(ctx, "Hi Priya, " + text)["strengths_covered"].passed


def test_a_project_is_named_by_its_proper_noun_and_head():
    ctx = Context.from_dict(PRIYA)
    assert outcome(ctx, "Hi Priya, about the Atlas migration.")["project_named"].passed
    assert not outcome(ctx, "Hi Priya, about the data migration.")["project_named"].passed


@pytest.mark.parametrize("details, sentence, ok", [
    ("revenue reached 1.2 million", "Revenue reached 1,200,000.", True),
    (None, "It took three sprints.", False),
    (None, "It made the SQL-heavy reports fast.", True),
])
def test_grounded_review_cases(details, sentence, ok):
    ctx = Context.from_dict({**PRIYA, "details": details})
    assert outcome(ctx, "Hi Priya. " + sentence)["grounded"].passed is ok


def test_hyphenated_signature_from_the_context_is_grounded():
    ctx = Context.from_dict({**PRIYA, "sender": "Anne-Marie Dupont"})
    assert outcome(ctx, "Hi Priya, a note.\n\nBest,\nAnne-Marie")["grounded"].passed


@pytest.mark.parametrize("message, ok", [
    ("Remember our todo app? Feel free to insert anything else.", True),
    ("He said it was great [sic].", True),
    ("Best, (your name)", False),
    ("At (company name) we shipped it.", False),
])
def test_placeholder_review_cases(message, ok):
    assert outcome(Context.from_dict(PRIYA), "Hi Priya. " + message)["no_placeholders"].passed is ok


def test_purpose_must_match_its_own_kind():
    ctx = Context.from_dict({**PRIYA, "purpose": "applying to MBA programs"})
    assert not outcome(ctx, "Hi Priya. It's for my job search.")["purpose_stated"].passed
    assert outcome(ctx, "Hi Priya. It's for my MBA applications.")["purpose_stated"].passed


@pytest.mark.parametrize("message", [
    "I'd love to write one for you too - what would you want me to shout about?",
    "I also can write recommendation for you, please tell me which strong points you want me write.",
    "Glad to write one for you too, just let me know your preferred strengths.",
    "I owe you a glowing paragraph in return, just say when and what to put in it.",
    "happy to return the favour whenever, just say what u want in yours.",
])
def test_asks_their_strengths_in_other_words(message):
    assert outcome(Context.from_dict(PRIYA), "Hi Priya. " + message)["asks_their_strengths"].passed


@pytest.mark.parametrize("message", [
    "I owe you a glowing paragraph in return.",
    "The pen is yours to command: tell me which of your strengths you'd like me to write up on "
    "your profile.",
])
def test_offers_in_other_words(message):
    assert outcome(Context.from_dict(PRIYA), "Hi Priya. " + message)["reciprocal_offer"].passed


def test_a_greeting_spelt_another_way_names_them_and_a_colleague_named_is_a_claim():
    ctx = Context.from_dict({**PRIYA, "recipient": "Mohammed Al-Rashid"})
    results = outcome(ctx, "Hi Mohamed, could you mention my SQL performance tuning?")
    assert results["recipient_named"].passed and results["grounded"].passed
    results = outcome(Context.from_dict(PRIYA), "Hi Priya. Ngozi from procurement suggested I "
                                                "ask you.")
    assert not results["grounded"].passed and "Ngozi" in results["grounded"].detail


def test_asking_about_your_own_strengths_is_not_asking_about_theirs():
    ctx = Context.from_dict(PRIYA)
    assert not outcome(ctx, "Hi Priya. Which of my strengths would you mention?")[
        "asks_their_strengths"].passed


@pytest.mark.parametrize("message, ok", [
    ("If it's not something you can do, that's fine.", True),
    ("Please don't worry about the length, just write it.", False),
    # comfort about what to mention is no way out of writing it; "which I understand" is no
    # understanding of a no
    ("If you feel comfortable, please mention my SQL.", False),
    ("If you're comfortable writing one, I'd be grateful.", True),
    ("My SQL work, which I understand contributed to the launch.", False),
    ("I'd completely understand if not.", True),
    ("Please say no if the timing is bad.", True),
    ("If you are not having time, no issue.", True),
])
def test_graceful_out_review_cases(message, ok):
    assert outcome(Context.from_dict(PRIYA), "Hi Priya. " + message)["graceful_out"].passed is ok


@pytest.mark.parametrize("message, ok", [
    ("Hi Raman, a note.", False),  # a surname needs a title
    ("Hello,\n\nI hope Priya is well.", False),  # named, but not greeted
    ("Dear Ms. Raman, a note.", True),
])
def test_greeting_review_cases(message, ok):
    assert outcome(Context.from_dict(PRIYA), message)["recipient_named"].passed is ok


def test_email_needs_a_subject():
    ctx = Context.from_dict({**PRIYA, "channel": "email"})
    assert not outcome(ctx, "Hi Priya.")["subject_present"].passed
    assert outcome(ctx, "Hi Priya.", subject="A request")["subject_present"].passed


def test_grounded_knows_a_name_after_an_elided_article():
    """"Théâtre de l'Odéon" and "the Côte d'Azur" are typed by the user: the draft that repeats
    them invents no "Odeon" or "Azur" (reader 72's five false failures)."""
    import llmdraft

    for project in ("Les Bonnes at Théâtre de l'Odéon", "villa rental on the Côte d'Azur"):
        result = llmdraft.draft({"recipient": "Camille Roux", "sender": "Léa Martin",
                                 "project": project, "strengths": ["lighting design"]},
                                kind="request", provider="offline", cache=False)
        assert result.passed, [c for c in result.checks if not c.passed]
    from llmdraft.checks import run_checks
    from llmdraft.context import Context

    ctx = Context.from_dict({"recipient": "Camille Roux", "project": "the Lyon gala",
                             "strengths": ["lighting design"]})
    failed = [c for c in run_checks("request", ctx, "Hi Camille, would you recommend my lighting "
                                    "design on the Lyon gala at the Odéon?")
              if not c.passed and c.name == "grounded"]
    assert failed  # a name the context never gave still fails


def test_grounded_knows_what_the_offline_composer_spells_out():
    """"dec 2023" said as "December 2023", "Me Lambert" greeted as "Maître Lambert", and a street
    ending in "Dr." before the next sentence: none is an invention (the self-check over 1,600
    readers' contexts found all three)."""
    import llmdraft

    for ctx in ({"recipient": "Ravi Menon", "project": "udaipur wedding shoot dec 2023",
                 "strengths": ["candid photography"]},
                {"recipient": "Me Claire Lambert", "project": "the Lyon gala",
                 "strengths": ["contract review"], "relationship": "senior-to-you",
                 "closeness": "distant"},
                {"recipient": "Marcus Hill", "project": "the listing at 44 Oak Hollow Dr",
                 "strengths": ["responsive"]}):
        for kind in ("request", "recommendation"):
            result = llmdraft.draft(ctx, kind=kind, provider="offline", cache=False)
            assert result.passed, (kind, result.message, [c for c in result.checks if not c.passed])


def test_grounded_accepts_what_the_composer_makes_of_typed_titles():
    """"Dre Sophie Martel" is greeted "Dr. Martel"; "Head of Department, X, University of Y" is
    "Head of the Department of X at the University of Y" (reader 77, 78)."""
    ctx = Context.from_dict({"recipient": "Dre Sophie Martel", "sender": "Julie Fortin",
                             "project": "the DPJ intake team",
                             "strengths": ["risk assessments"], "relationship": "senior-to-you"})
    message = ("Dear Dr. Martel,\n\nWould you write me a LinkedIn recommendation about my work on "
               "the DPJ intake team, mentioning my risk assessments? I'd gladly write one for you; "
               "which of your strengths should I mention?\n\nThank you,\nJulie")
    assert outcome(ctx, message)["grounded"].passed
    role = Context.from_dict({"recipient": "Funmilayo Ogunleye", "sender": "Julie Fortin",
                              "project": "MLS 402",
                              "strengths": ["metadata standards"], "relationship": "teacher",
                              "recipient_role": "Head of Department, Library and Information "
                                                "Science, University of Ibadan"})
    said = message.replace("Dr. Martel", "Dr. Ogunleye").replace("the DPJ intake team", "MLS 402") \
        .replace("risk assessments", "metadata standards").replace(
            "Would you", "As Head of the Department of Library and Information Science at the "
                         "University of Ibadan, would you")
    assert outcome(role, said)["grounded"].passed
    stranger = Context.from_dict({"recipient": "Sophie Martel", "sender": "Julie Fortin",
                                  "project": "the DPJ intake team",
                                  "strengths": ["risk assessments"], "relationship": "same-team"})
    assert not outcome(stranger, message)["grounded"].passed  # no title typed: invented


@pytest.mark.parametrize("context, said, wrong, invented", [
    ({"recipient": "Dr. Luís Moreira", "project": "the timetabling rollout",
      "strengths": ["training teachers"], "relationship": "client",
      "recipient_role": "school principal"},
     "Dear Dr. Moreira,\n\nWould you write me a LinkedIn recommendation about the timetabling "
     "rollout, mentioning training teachers? Your perspective as a school principal is exactly "
     "what a reader would value.", "school principal is", "principal engineer, is"),
    ({"recipient": "Tama Ngata", "project": "engineering capstone at uni of canterbury",
      "strengths": ["CAD"], "relationship": "classmate"},
     "Hey Tama, would you recommend my work on the engineering capstone at the University of "
     "Canterbury, mentioning CAD?", "University of Canterbury", "University of Otago"),
])
def test_grounded_takes_the_composers_own_words_and_still_fails_an_invention(context, said, wrong,
                                                                               invented):
    """"as a school principal is ..." names no title; "University" spells out a typed "uni"; a
    title or a place the context never gave still fails (readers 83, 84)."""
    ctx = Context.from_dict({**context, "sender": "Ana Lima"})
    said += " I'd gladly write one for you; which of your strengths should I mention?\n\nThanks,\nAna"
    assert outcome(ctx, said)["grounded"].passed
    assert not outcome(ctx, said.replace(wrong, invented))["grounded"].passed
