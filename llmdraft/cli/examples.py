"""Two or three examples for each command's --help, run from a checkout's folder (the files
named are the ones `examples/` ships). Kept apart from the commands so that every command's
help follows the same layout, and so that tests can check each one has its examples."""

from __future__ import annotations

EXAMPLES: dict[str, list[str]] = {
    "draft": [
        'llmdraft draft --to "John Rivera" --project "Colorado Community Development project" '
        '--strength "project management"',
        "llmdraft draft --context examples/context.yaml --channel email --json",
        "llmdraft draft --context examples/context.yaml --base-url http://localhost:11434/v1 "
        "--model llama3.1",
    ],
    "check": [
        "llmdraft check --message-file examples/draft.txt --context examples/context.yaml",
        "cat examples/draft.txt | llmdraft check --message-file - --context examples/context.yaml "
        "--json",
    ],
    "followup": [
        "llmdraft followup --context examples/context.yaml --days-since 10",
        "llmdraft followup --context examples/context.yaml --days-since 3 --json",
        "llmdraft followup --context examples/context.yaml --days-since 3 --anyway",
    ],
    "recommend": [
        'llmdraft recommend --to "Dana Holt" --from "John Rivera" --relationship managed-you '
        '--project "Colorado Community Development project" --strength "project management"',
        "llmdraft recommend --context examples/context.yaml --suggestion --words 120",
    ],
    "batch": [
        'llmdraft batch examples/students.csv -o drafts.csv --from "Dana Holt"',
        'llmdraft batch examples/students.csv -o drafts.jsonl --kind followup --anyway',
        "llmdraft batch drafts.csv -o drafts.csv --resume",
    ],
    "batch-status": [
        "llmdraft batch status drafts.csv",
        "llmdraft batch status drafts.jsonl",
    ],
    "batch-collect": [
        "llmdraft batch collect drafts.csv",
        "llmdraft batch collect drafts.csv --wait",
    ],
    "who": [
        "llmdraft who examples/linkedin-export.zip",
        "llmdraft who examples/linkedin-export --json --limit 5",
        'llmdraft who examples/linkedin-export.zip -o who.csv --project "Northwind onboarding"',
    ],
    "eval": [
        "llmdraft eval requests",
        "llmdraft eval checks --out checks.json",
        "llmdraft eval compare before.json after.json",
    ],
    "cache": [
        "llmdraft cache info --json",
        "llmdraft cache clear",
    ],
    "config": [
        'llmdraft config set sender "Dana Holt"',
        "llmdraft config set base_url http://localhost:11434/v1",
        "llmdraft config show --json",
    ],
    "models": [
        "llmdraft models",
        "llmdraft models --base-url http://localhost:11434/v1 --json",
    ],
    "serve": [
        "llmdraft serve --open",
        "llmdraft serve --port 9000 --provider offline",
        "llmdraft serve --host 0.0.0.0 --token a-long-shared-secret",
    ],
    "history": [
        "llmdraft history list --person \"John Rivera\"",
        "llmdraft history mark-sent \"John Rivera\" --on 2026-11-20",
        "llmdraft history due --days 14 -o due.csv && llmdraft batch due.csv -o reminders.csv",
    ],
    "prompts": [
        "llmdraft prompts list",
        "llmdraft prompts show request/system.md",
        "llmdraft prompts copy my-prompts && export LLMDRAFT_PROMPTS_DIR=$PWD/my-prompts",
    ],
}


def epilog(name: str) -> str | None:
    """'Examples:' and one example a line (Typer keeps the epilog's line breaks)."""
    lines = EXAMPLES.get(name)
    if not lines:
        return None
    return "Examples:\n" + "\n".join(f"  {line}" for line in lines)
