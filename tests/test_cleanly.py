"""reads_cleanly against two labelled sets written by people who had not seen the check.

reads_cleanly.yaml (303 messages) was written first and the rules were tuned on it;
reads_cleanly_holdout.yaml (230) was written later by another author and measured before any
change (precision 0.956, recall 0.956; README). The check is an error, so a model draft that
trips it is re-asked: precision is what keeps that affordable.
"""

from pathlib import Path

import pytest
import yaml

from llmdraft.checks import REGISTRY
from llmdraft.checks.cleanly import problems

DATA = Path(__file__).parent / "data"


def _score(name: str) -> tuple[float, float, list]:
    items = yaml.safe_load((DATA / name).read_text("utf-8"))
    tp = fp = fn = 0
    wrong = []
    for item in items:
        flagged = bool(problems(item["text"]))
        if flagged and not item["clean"]:
            tp += 1
        elif flagged:
            fp += 1
            wrong.append(("false alarm", item["text"][:80], problems(item["text"])))
        elif not item["clean"]:
            fn += 1
            wrong.append(("missed " + item["defect"], item["text"][:80]))
    return tp / (tp + fp), tp / (tp + fn), wrong


@pytest.mark.parametrize("name", ["reads_cleanly.yaml", "reads_cleanly_holdout.yaml"])
def test_precision_and_recall_on_labelled_messages(name):
    precision, recall, wrong = _score(name)
    assert precision >= 0.95 and recall >= 0.93, (precision, recall, wrong)


def test_it_is_an_error_check_for_every_kind():
    check = REGISTRY["reads_cleanly"]
    assert check.severity == "error"
    assert set(check.kinds) == {"request", "followup", "recommendation"}


@pytest.mark.parametrize("text", [
    "Could you mention my He never missed a deadline?",
    "It would help with for for my job search.",
    "We worked together on the my capstone.",
    "Please mention my resourceful.",
    "Hi {name}, would you write me a recommendation?",
    "I'd love a note about the launch (and the rollout.",
    "Thanks for reading. mention my SQL if you can.",
    "She ran the audit,. It went well.",
    "Thank you so much for considering it!\n\nThanks,\nDana",
])
def test_broken_fills_are_found(text):
    assert problems(text), text


@pytest.mark.parametrize("text", [
    "I learned that that approach works.",
    "She earned an A in organic chemistry.",
    "He spent a year in Walla Walla. iOS shipped the same day.",
    "We used Python, dbt, Looker, etc., and it worked :)",
    "Thank you for considering it.\n\nBest,\nDana",
    "Three things stood out:\na) her charting,\nb) her calm, and\nc) her teaching.",
    "My own view: my SQL was weak until the Our Lady of Lourdes project.",
])
def test_good_english_is_left_alone(text):
    assert not problems(text), problems(text)


@pytest.mark.parametrize("text, broken", [
    ("The fit-out was came in 4% under budget.", True),
    ("To give you something concrete, food cost was went from 34% to 28%.", True),
    ("The offer were drew up in a day.", True),
    ("She was taken on as lead.", False),
    ("Sales rose 10% and the team grew.", False),
])
def test_a_be_verb_before_a_simple_past_is_a_broken_fill(text, broken):
    from llmdraft.checks.cleanly import problems

    assert bool(problems(text)) is broken, problems(text)


@pytest.mark.parametrize("text, broken", [
    ("We worked on the An Post parcel hub automation.", False),  # Irish "An" in a name
    ("We worked on the an Post parcel hub.", True),
    ("We did the An thing.", True),
    ("Sessiz Liman was shot in 34 days on the Black Sea coast.", False),  # a participle too
    ("The series was went to air in May.", True),
    ("- Thesis graded A\n\nThese days I'm applying to a PhD.", False),  # a grade ends a line
    ("He worked for me on launching our Muscat office.", False),  # reader 96: a place's name
    ("I would welcome your Excellent feedback.", True),
    ("She earned the the grade.", True),
    ("She earned a the grade.", True),
])
def test_names_and_participles_that_look_like_slips(text, broken):
    assert bool(problems(text)) is broken, problems(text)
