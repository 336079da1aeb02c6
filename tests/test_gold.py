"""Gold drafts: the offline text for a few hand-read contexts, pinned (tests/gold/).

A change in the composer's phrasing is a visible diff in tests/gold/drafts.txt. After a
deliberate change, regenerate with LLMDRAFT_UPDATE_GOLD=1, then read every changed draft."""

import os
from pathlib import Path

import yaml

from llmdraft.checks import run_checks
from llmdraft.compose import compose
from llmdraft.kinds import context_for

GOLD = Path(__file__).parent / "gold"


def render() -> str:
    out = []
    for case in yaml.safe_load((GOLD / "contexts.yaml").read_text("utf-8")):
        ctx = context_for(case["kind"], case["context"])
        message, subject = compose(case["kind"], ctx, 0)
        failed = [r.name for r in run_checks(case["kind"], ctx, message, subject) if not r.passed]
        head = f"=== {case['id']} ({case['kind']}, {ctx.channel.value})"
        out.append("\n".join([head] + ([f"Subject: {subject}"] if subject else []) + [message]
                             + [f"--- failed: {', '.join(failed) or 'none'}"]))
    return "\n\n".join(out) + "\n"


def test_gold_drafts_are_unchanged():
    path = GOLD / "drafts.txt"
    text = render()
    if os.environ.get("LLMDRAFT_UPDATE_GOLD"):
        path.write_text(text, "utf-8")
    assert text == path.read_text("utf-8")
