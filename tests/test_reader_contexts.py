"""Contexts fresh readers wrote: each file is 100 situations one reader typed the way people
type them (requests, follow-ups and recommendations, all twelve relationships), written without
seeing llmdraft's code, for the reading rounds of issue 8. The offline composer drafts every one
of them through llmdraft's own checks: no exception, no error-severity check failed (a
failed error check would make an offline user's draft exit 1), and reads_cleanly passed."""

import json
from pathlib import Path

import pytest

import llmdraft

FILES = sorted((Path(__file__).parent / "data" / "readers").glob("reader_*.json"))


def test_there_are_reader_contexts():
    assert len(FILES) >= 6


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_reader_context_drafts_offline_through_the_checks(path):
    items = json.loads(path.read_text("utf-8"))
    assert len(items) >= 90
    failed = []
    for n, item in enumerate(items, 1):
        fields = dict(item)
        kind = fields.pop("kind", "request")
        result = llmdraft.draft(fields, kind=kind, provider="offline")
        assert result.message.strip(), (path.stem, n)
        if result.failed_errors:
            failed.append((n, kind, [f"{c.name}: {c.detail}" for c in result.failed_errors]))
        unclean = [c for c in result.checks if c.name == "reads_cleanly" and not c.passed]
        if unclean:  # a warning for a model's draft; the offline composer never trips it
            failed.append((n, kind, [f"reads_cleanly: {c.detail}" for c in unclean]))
    assert not failed, failed
