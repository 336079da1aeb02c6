"""Which detail backs which strength in a recommendation (llmdraft/compose/backing.py), and the
recommendations that say each fact right after the strength it shows."""

import llmdraft
from llmdraft import realise
from llmdraft.compose.backing import match


def _under(details: str, strengths: tuple[str, ...]) -> dict:
    """Each strength (or None) with the texts of the facts matched under it."""
    found = match(realise.facts(details), strengths)
    return {(strengths[k] if k is not None else None): [f.text for f in facts] for k, facts in found.items()}


def test_a_deed_naming_half_a_two_word_strength_backs_it():
    strengths = ("grant writing", "CFD simulation", "mentoring residents")
    found = _under("she secured a WHO grant of $120k; cut simulation turnaround 40% by rewriting the "
                   "meshing scripts", strengths)
    assert found["grant writing"] == ["she secured a WHO grant of $120k"]
    assert [t.startswith("cut the simulation turnaround") for t in found["CFD simulation"]] == [True], found


def test_a_word_any_work_names_backs_nothing():
    found = _under("fixed the team's rota; team grew from 12 to 40 agents", ("team building", "coaching agents"))
    assert set(found) == {None}, found  # "team" is no instance of team building; growth no coaching


def test_a_deed_of_the_kind_the_strength_is_a_skill_in_backs_it():
    found = _under("taught the intro course to 40 new hires; renegotiated the cleaning contract",
                   ("mentoring", "negotiation", "Python"))
    assert found["mentoring"] == ["taught the intro course to 40 new hires"], found
    assert found["negotiation"] == ["renegotiated the cleaning contract"], found


def test_a_deed_two_strengths_could_claim_stays_unclaimed():
    found = _under("organised and presented the quarterly review", ("event planning", "public speaking"))
    assert set(found) == {None}, found  # planning and speaking both: neither is guessed


def test_a_fact_that_is_no_deed_of_theirs_is_matched_by_words_only():
    found = _under("the office was evacuated twice", ("calm under pressure",))
    assert set(found) == {None}, found  # what happened, not what they did


def test_the_recommendation_says_the_fact_after_its_strength():
    message = llmdraft.draft({"recipient": "Leila Ahmadi", "project": "the heart research unit",
                              "strengths": ["statistical analysis", "grant writing"], "pronouns": "she",
                              "relationship": "senior-to-you",
                              "details": "we published 6 papers together\nshe secured a WHO grant of $120k"},
                             kind="recommendation", provider="offline").message
    strength_at = message.index("grant writing")
    assert strength_at < message.index("she secured a WHO grant") < message.index("6 papers"), message


def test_a_word_a_kind_shares_is_no_deed_of_that_kind_review():
    """"pipeline", "closed", "trained", "covered", "raised" and "wrote" name deeds of many kinds:
    only the deed itself ("closed 12 new accounts", "trained 40 nurses") backs a strength."""
    assert set(_under("fixed the broken CI pipeline", ("sales", "DevOps"))) == {None}
    assert set(_under("closed 40 tickets a day", ("sales", "customer support"))) == {None}
    assert set(_under("trained the new model on 2M images", ("mentoring juniors", "computer vision"))) == {None}
    assert set(_under("covered the Brexit story for the FT", ("reliability", "writing"))) == {None}
    assert set(_under("raised morale after the layoffs", ("fundraising", "empathy"))) == {None}
    assert set(_under("wrote the test suite for the payments API", ("technical writing", "API design"))) == {None}
    assert _under("closed 12 new accounts in Q3", ("sales", "Excel")) == {"sales": ["closed 12 new accounts in Q3"]}
    assert _under("she won a $50k NIH grant", ("grant writing", "statistics")) == {
        "grant writing": ["she won a $50k NIH grant"]}  # an irregular past is a deed too
    assert _under("she spoke at 3 conferences", ("public speaking", "statistics")) == {
        "public speaking": ["she spoke at 3 conferences"]}
