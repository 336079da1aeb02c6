"""The command line: a Typer app whose commands live one group per module."""

from __future__ import annotations

import os
import sys

import typer

from . import batch_cmd, cache_cmd, draft, eval_cmd, followup, recommend

app = typer.Typer(
    name="llmdraft",
    help="Draft specific LinkedIn recommendation requests, and check them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("draft")(draft.draft)
app.command("check")(draft.check)
app.command("followup")(followup.followup)
app.command("recommend")(recommend.recommend)
app.command("batch")(batch_cmd.batch)
app.command("who")(__import__("llmdraft.cli.who_cmd", fromlist=["who"]).who)
app.add_typer(cache_cmd.app, name="cache")
app.add_typer(eval_cmd.app, name="eval")


INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug in llmdraft, not in the input


def _internal_error(exc: Exception) -> None:
    """The last resort: one line, exit 70; LLMDRAFT_DEBUG=1 shows the traceback."""
    if os.environ.get("LLMDRAFT_DEBUG"):
        raise exc
    detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    print(f"llmdraft: internal error: {type(exc).__name__}: {detail} (a bug: please report it; "
          f"LLMDRAFT_DEBUG=1 shows the traceback)", file=sys.stderr)
    sys.exit(INTERNAL_ERROR)


def main(argv: list[str] | None = None) -> None:
    """Run the app; a usage error is one line on stderr and exit 2, like every bad input."""
    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, prog_name="llmdraft", standalone_mode=False)
    except KeyboardInterrupt:
        print("llmdraft: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - click's usage errors, or a bug
        if not hasattr(exc, "format_message") or not hasattr(exc, "exit_code"):
            _internal_error(exc)
        message = exc.format_message()
        if exc.exit_code == 0 or not message:  # no arguments: the help was printed already
            sys.exit(exc.exit_code)
        hint = ""
        ctx = getattr(exc, "ctx", None)
        if ctx is not None:
            hint = f" (see '{ctx.command_path} --help')"
        print(f"llmdraft: error: {message}{hint}", file=sys.stderr)
        sys.exit(exc.exit_code)
    sys.exit(code if isinstance(code, int) else 0)
