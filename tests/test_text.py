"""The matching the checks rest on: folding, stemming, phrase coverage."""

import pytest

from llmdraft.text import Text, covered, fold, stem


@pytest.mark.parametrize("a, b", [
    ("negotiations", "negotiated"), ("supplier", "suppliers"), ("running", "ran"),
    ("organize", "organizing"), ("organisation", "organized"), ("rewrite", "rewriting"),
    ("management", "managing"), ("wrote", "writing"), ("gave", "giving"),
    ("craftspeople", "craftsperson"), ("diversity", "diverse"), ("demos", "demo"),
])
def test_inflections_meet(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", [("manage", "mango"), ("bill", "build"), ("supply", "support")])
def test_different_words_stay_apart(a, b):
    assert stem(a) != stem(b)


def test_fold_drops_accents_and_special_letters():
    assert fold("José Łukasz Zoë Nguyễn Søren") == "Jose Lukasz Zoe Nguyen Soren"
    assert fold("it\u2019s") == "it's"


@pytest.mark.parametrize("phrase, text", [
    ("supplier negotiations", "I negotiated with suppliers every quarter."),
    ("running weekly demos", "You saw how I ran the weekly demos."),
    ("rewrite of Halcyon billing", "our work on the Halcyon billing rewrite"),
    ("organizing a diverse group of volunteers", "how I organized a diverse volunteer group"),
])
def test_paraphrase_is_covered(phrase, text):
    assert covered(Text(text).coverage(phrase), phrase)


@pytest.mark.parametrize("phrase, text", [
    ("supplier negotiations", "I worked with suppliers."),
    ("rewrite of Halcyon billing", "our billing rewrite"),  # the proper name is missing
    ("organizing a diverse group of volunteers", "organizing things"),
])
def test_partial_mention_is_not_covered(phrase, text):
    assert not covered(Text(text).coverage(phrase), phrase)


def test_words_far_apart_do_not_count_as_one_mention():
    text = "Supplier " + "filler " * 40 + "negotiations"
    assert not covered(Text(text).coverage("supplier negotiations"), "supplier negotiations")


def test_every_lazy_pattern_compiles():
    """Patterns compile on first use (llmdraft/patterns.py); a typo in one that a run rarely
    reaches must still fail here, not in a user's draft."""
    import llmdraft.checks  # noqa: F401  (registers and defines every check's patterns)
    import llmdraft.compose  # noqa: F401
    from llmdraft import patterns

    compiled = patterns.every()
    assert len(compiled) > 80
    assert all(hasattr(p, "search") and p.pattern for p in compiled)
