"""The command line: a Typer app whose commands live one group per module."""

from __future__ import annotations

import os
import sys
from importlib import import_module

import typer

HELP = "Draft specific LinkedIn recommendation requests, and check them."

# name -> (module, attribute, is a group of subcommands), in the order --help lists them.
COMMANDS = {
    "draft": ("draft", "draft", False),
    "check": ("draft", "check", False),
    "followup": ("followup", "followup", False),
    "recommend": ("recommend", "recommend", False),
    "batch": ("batch_cmd", "batch", False),
    "who": ("who_cmd", "who", False),
    "eval": ("eval_cmd", "app", True),
    "cache": ("cache_cmd", "app", True),
}


def build_app(only: str | None = None) -> typer.Typer:
    """The Typer app with every command, or with just `only`: Typer builds each command's
    parameters up front, and building all of them costs a draft more than the draft itself."""
    app = typer.Typer(name="llmdraft", help=HELP, no_args_is_help=True, add_completion=False,
                      pretty_exceptions_enable=False)
    if only is not None:
        @app.callback()
        def _group() -> None:  # keeps "llmdraft NAME ..." a group of one, not NAME itself
            pass

    for name, (module, attr, group) in COMMANDS.items():
        if only is not None and name != only:
            continue
        target = getattr(import_module(f".{module}", __name__), attr)
        if group:
            app.add_typer(target, name=name)
        else:
            app.command(name)(target)
    return app


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
    args = sys.argv[1:] if argv is None else argv
    first = args[0] if args else None
    command = typer.main.get_command(build_app(first if first in COMMANDS else None))
    try:
        code = command.main(args=args, prog_name="llmdraft", standalone_mode=False)
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
