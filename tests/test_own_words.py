"""llmdraft writes in its own words: no 8-word span of the source article in prompts/ or in any
offline draft, and six variants that are really different messages."""

import hashlib
import itertools
import re
from pathlib import Path

import pytest

from contexts import ARTICLE
from llmdraft.compose import compose
from llmdraft.context import Channel, Closeness, Context, Relationship

ROOT = Path(__file__).resolve().parent.parent
SPANS = {line for line in (Path(__file__).parent / "data" / "article_8grams.txt")
         .read_text("utf-8").split() if not line.startswith("#") and len(line) == 16}


def article_spans(text: str) -> list[str]:
    """The 8-word spans within one sentence of `text` that the article also has (by hash)."""
    found = []
    for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
        words = re.findall(r"[a-z0-9']+", sentence.replace("\u2019", "'").lower())
        for i in range(len(words) - 7):
            span = " ".join(words[i:i + 8])
            if hashlib.sha256(span.encode()).hexdigest()[:16] in SPANS:
                found.append(span)
    return found


def test_the_span_detector_finds_a_span_of_the_article():
    # The article's model request is in tests/contexts.py, as a message a user pastes to `check`.
    from contexts import ARTICLE_MESSAGE

    assert len(article_spans(ARTICLE_MESSAGE)) > 50
    assert not article_spans("Would you write me a short recommendation about our work on Atlas?")


@pytest.mark.parametrize("path", sorted(p.relative_to(ROOT).as_posix() for p in
                                        (ROOT / "prompts").rglob("*") if p.is_file()))
def test_no_article_span_in_the_prompts(path):
    assert not article_spans((ROOT / path).read_text("utf-8")), path


EXTRAS = [{}, {"sender": "Dana Holt", "purpose": "building my LinkedIn presence",
               "details": "we delivered the programs on time and under budget"}]


@pytest.mark.parametrize("kind", ["request", "followup", "recommendation"])
def test_no_article_span_in_any_draft(kind):
    """The article's own context (its project and strengths) is the likeliest to pull its
    sentences back in; every relationship, channel, closeness and variant is tried."""
    for relationship, channel, closeness, extra, variant in itertools.product(
            Relationship, Channel, Closeness, EXTRAS, range(2)):
        if (kind == "recommendation") != (channel is Channel.RECOMMENDATION):
            continue
        ctx = Context.from_dict({**ARTICLE, **extra, "relationship": relationship.value,
                                 "channel": channel.value, "closeness": closeness.value})
        message, _ = compose(kind, ctx, variant)
        assert not article_spans(message), (message, article_spans(message))


def _sentences(text: str) -> set[str]:
    """The message's own sentences; a list's lines are the user's words, the same in every
    variant, and are left out."""
    return {s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text)
            if len(s.split()) > 3 and not s.startswith("- ")}


@pytest.mark.parametrize("kind, channel", [("request", "linkedin-request"),
                                           ("request", "email"),
                                           ("followup", "linkedin-message"),
                                           ("recommendation", "recommendation")])
def test_six_variants_are_six_different_messages(kind, channel):
    ctx = Context.from_dict({**ARTICLE, "sender": "Dana Holt", "channel": channel,
                             "details": "we cut costs by 20%"})
    drafts = [compose(kind, ctx, v)[0] for v in range(6)]
    assert len(set(drafts)) == 6
    for a, b in itertools.combinations(drafts, 2):
        shared = _sentences(a) & _sentences(b)
        assert len(shared) <= len(_sentences(a)) / 2, (a, b, shared)


def test_two_people_asking_the_same_person_do_not_send_the_same_text():
    """The default variant depends on the whole context, the sender and recipient included."""
    first = Context.from_dict({**ARTICLE, "sender": "Dana Holt"})
    second = Context.from_dict({**ARTICLE, "sender": "Lee Park"})
    one, two = compose("request", first, 0)[0], compose("request", second, 0)[0]
    assert len(_sentences(one) & _sentences(two)) <= len(_sentences(one)) / 2, (one, two)
    other = Context.from_dict({**ARTICLE, "recipient": "Maria Lopez"})
    without = Context.from_dict(ARTICLE)
    assert compose("request", other, 0)[0].replace("Maria", "John") != \
        compose("request", without, 0)[0]
