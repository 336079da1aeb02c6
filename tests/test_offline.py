"""The offline composer: every relationship x channel x closeness passes every check."""

import itertools

import pytest

from contexts import ARTICLE
from llmdraft.checks import run_checks
from llmdraft.context import Channel, Closeness, Context, Relationship
from llmdraft.providers.offline import OfflineProvider
from llmdraft.providers.base import Attempt

EXTRAS = [
    {},
    {"sender": "Dana Holt", "purpose": "a job search in product management",
     "details": "the programs shipped on time and under budget; 40 volunteers took part"},
    {"recipient": "Dr. Anna Lindqvist", "project": "rewrite of Halcyon billing",
     "strengths": ["supplier negotiations", "running weekly demos", "Python"],
     "purpose": "applying for senior engineering roles"},
    {"recipient": "José Álvarez", "project": "Q3 2024 pricing overhaul",
     "strengths": ["lead the pricing analysis", "stakeholder communication"],
     "sender": "Zoë Ng", "purpose": "promotion"},
]


def compose(ctx, variant=0):
    reply = OfflineProvider().complete(Attempt("request", ctx, (), variant))
    return reply, {r.name: r for r in run_checks("request", ctx, reply.message, reply.subject)}


MATRIX = list(itertools.product(Relationship, Channel, Closeness))


@pytest.mark.parametrize("relationship, channel, closeness", MATRIX,
                         ids=[f"{r.value}-{c.value}-{k.value}" for r, c, k in MATRIX])
def test_every_combination_passes_every_error_check(relationship, channel, closeness):
    for extra, variant in itertools.product(EXTRAS, range(3)):
        ctx = Context.from_dict({**ARTICLE, **extra, "relationship": relationship.value,
                                 "channel": channel.value, "closeness": closeness.value})
        reply, results = compose(ctx, variant)
        failed = {n: r.detail for n, r in results.items() if not r.passed and r.severity == "error"}
        assert not failed, (reply.message, failed)
        if channel is not Channel.CONNECTION_NOTE:
            warnings = {n: r.detail for n, r in results.items() if not r.passed}
            assert not warnings, (reply.message, warnings)
        assert (reply.subject is not None) is channel.has_subject


def test_deterministic_and_variants_differ():
    ctx = Context.from_dict(ARTICLE)
    first, _ = compose(ctx, 0)
    assert compose(ctx, 0)[0].message == first.message
    others = {compose(ctx, v)[0].message for v in range(1, 6)}
    assert others - {first.message}, "no variant gives another phrasing"


def test_tone_follows_the_relationship():
    senior = Context.from_dict({**ARTICLE, "relationship": "managed-you"})
    friend = Context.from_dict({**ARTICLE, "relationship": "same-team", "closeness": "close"})
    senior_text = {compose(senior, v)[0].message.split("\n")[0] for v in range(6)}
    friend_text = {compose(friend, v)[0].message.split("\n")[0] for v in range(6)}
    assert all(g.startswith(("Dear", "Hello")) for g in senior_text)
    assert all(g.startswith(("Hi", "Hey")) for g in friend_text)


def test_article_context_reads_like_the_article():
    """The five parts of the article's model request, in order."""
    msg = compose(Context.from_dict(ARTICLE))[0].message
    positions = [msg.index("John"), msg.index("LinkedIn"), msg.index("Colorado Community"),
                 msg.index("organizing a diverse group"), msg.index("for you")]
    assert positions == sorted(positions), msg
    assert "which of your" in msg


def test_connection_note_fits_and_keeps_the_essentials():
    ctx = Context.from_dict({**ARTICLE, "channel": "connection-note"})
    reply, results = compose(ctx)
    assert len(reply.message) <= 200
    for name in ("project_named", "strengths_covered", "reciprocal_offer", "recipient_named"):
        assert results[name].passed


def test_impossible_note_fails_honestly():
    ctx = Context.from_dict({**ARTICLE, "channel": "connection-note",
                             "project": "the very long-running and multi-phase " * 4 + "programme",
                             "strengths": ["a strength described at some length " * 3]})
    reply, results = compose(ctx)
    assert not results["within_length"].passed


def test_long_details_are_dropped_before_the_limit_is_broken():
    ctx = Context.from_dict({**ARTICLE, "details": "outcome " * 200})
    reply, results = compose(ctx)
    assert len(reply.message) <= 1000 and results["within_length"].passed
    assert "outcome outcome" not in reply.message


# -- what people type, and how it must read (cases from the review of the first version) -------

@pytest.mark.parametrize("extra, present, absent", [
    ({"recipient": "Rivera, John"}, ["John,"], ["Rivera,,"]),
    ({"recipient": "Rev. Martin King", "relationship": "advisor"}, [" Rev. King,"], ["Martin,"]),
    ({"recipient": "J. R. R. Tolkien"}, ["J. R. R. Tolkien,"], ["Hello J.,", "Hi J.,"]),
    ({"sender": "Dr. Dana Holt"}, ["\nDana"], ["\nDr."]),
    ({"purpose": "job search"}, ["for my job search"], ["for job search"]),
    ({"purpose": "To land a new role"}, ["I'm hoping to land a new role"], ["for To land"]),
    ({"purpose": "I want to move into product"}, ["I want to move into product,"], ["for I want"]),
    ({"purpose": "applying for senior roles"}, ["I'm applying for senior roles"], []),
    ({"purpose": "consulting clients"}, ["for consulting clients"], ["I'm consulting"]),
    ({"strengths": ["led the migration", "budgeting"]},
     ["how I led the migration", "my budgeting"], ["my led", "my work budgeting"]),
    ({"strengths": ["Leadership", "Python"]}, ["my leadership", "my Python"], ["Leadership work"]),
    ({"strengths": ["lead the pricing analysis"]}, ["my ability to lead the pricing analysis"], []),
    ({"strengths": ["stakeholder management; budgeting"]},
     ["my stakeholder management and my budgeting"], ["management;"]),
    ({"project": "ACME's CRM rollout"}, ["ACME's CRM rollout"], ["the ACME's"]),
    ({"project": "Halcyon"}, [" Halcyon."], ["the Halcyon"]),
    ({"details": "Cut invoice disputes from 40 a month to 6"}, [": cut invoice disputes"], []),
    ({"details": "- raised $40k\n- 300 guests"}, ["raised $40k; 300 guests."], ["- 300"]),
])
def test_inputs_read_as_a_person_would_write_them(extra, present, absent):
    ctx = Context.from_dict({**ARTICLE, "project": "Halcyon", **extra})
    for variant in range(3):
        reply, results = compose(ctx, variant)
        failed = [n for n, r in results.items() if not r.passed and r.severity == "error"]
        assert not failed, (reply.message, failed)
        for good in present:
            assert good in reply.message, (good, reply.message)
        for bad in absent:
            assert bad not in reply.message, (bad, reply.message)


def test_connection_note_variants_differ():
    ctx = Context.from_dict({**ARTICLE, "channel": "connection-note", "project": "Atlas",
                             "strengths": ["testing"]})
    assert compose(ctx, 0)[0].message != compose(ctx, 1)[0].message


@pytest.mark.parametrize("recipient, relationship, greeting", [
    ("Prof. Dr. Hans Müller", "advisor", " Prof. Müller,"),
    ("de la Cruz, María", "same-team", " María,"),
    ("anna lee", "same-team", " Anna,"),
    ("JOHN SMITH", "same-team", " John,"),
])
def test_names_as_people_type_them(recipient, relationship, greeting):
    ctx = Context.from_dict({**ARTICLE, "recipient": recipient, "relationship": relationship})
    reply, results = compose(ctx)
    assert reply.message.split("\n")[0].endswith(greeting), reply.message.split("\n")[0]
    assert results["recipient_named"].passed
