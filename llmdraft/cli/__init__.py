"""The command line: a Typer app whose commands live one group per module."""

from __future__ import annotations

import os
import sys
from importlib import import_module
from typing import Annotated

import typer

HELP = "Draft specific LinkedIn recommendation requests, and check them."

# name -> (module, attribute, is a group of subcommands), in the order --help lists them.
COMMANDS = {
    "draft": ("draft", "draft", False),
    "check": ("draft", "check", False),
    "followup": ("followup", "followup", False),
    "recommend": ("recommend", "recommend", False),
    "batch": ("batch_cmd", "batch", False),
    "batch-status": ("batch_cmd", "status", False),  # `llmdraft batch status OUTPUT`
    "batch-collect": ("batch_cmd", "collect", False),  # `llmdraft batch collect OUTPUT`
    "who": ("who_cmd", "who", False),
    "eval": ("eval_cmd", "app", True),
    "cache": ("cache_cmd", "app", True),
    "serve": (".serve.command", "serve", False),  # the web page and HTTP API (llmdraft/serve)
    "config": ("config_cmd", "app", True),
    "models": ("models_cmd", "models", False),
    "prompts": ("prompts_cmd", "app", True),
    "history": ("history_cmd", "app", True),
}


def build_app(only: str | None = None) -> typer.Typer:
    """The Typer app with every command, or with just `only`: Typer builds each command's
    parameters up front, and building all of them costs a draft more than the draft itself."""
    from .examples import epilog

    app = typer.Typer(name="llmdraft", help=HELP, no_args_is_help=True, add_completion=True,
                      pretty_exceptions_enable=False,
                      context_settings={"help_option_names": ["-h", "--help"]})

    @app.callback()
    def _root(version: Annotated[bool, typer.Option(
            "--version", "-V", help="Print llmdraft's version and exit.", is_eager=True,
            callback=_print_version)] = False) -> None:
        # Also keeps "llmdraft NAME ..." a group of one when only NAME is built.
        pass

    for name, (module, attr, group) in COMMANDS.items():
        if only is not None and name != only:
            continue
        target = getattr(import_module(f".{module}", __name__), attr)
        if group:
            app.add_typer(target, name=name, epilog=epilog(name))
        else:
            app.command(name, epilog=epilog(name),
                        hidden=name in SUBCOMMANDS.values())(target)
    return app


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        print(f"llmdraft {__version__}")
        raise typer.Exit(0)


def _tidy(command) -> None:
    """Help conventions Typer does not apply itself: a switch shows no `<bool>`."""
    for param in getattr(command, "params", []):
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    make_help = getattr(command, "get_help_option", None)
    if make_help is not None:
        def get_help_option(ctx, _make=make_help):
            option = _make(ctx)
            if option is not None:
                option.metavar = ""
            return option

        command.get_help_option = get_help_option
    for sub in getattr(command, "commands", {}).values():
        _tidy(sub)


# `llmdraft batch status OUT` is the command "batch-status": `batch` itself takes an INPUT path
# (a file named "status" is still read as ./status).
SUBCOMMANDS = {("batch", "status"): "batch-status", ("batch", "collect"): "batch-collect"}

INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug in llmdraft, not in the input


def _say(line: str) -> None:
    from ..sanitize import message_line

    try:
        print(message_line(line), file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass  # stderr itself is gone: the exit code is all that is left


def _internal_error(exc: Exception) -> None:
    """The last resort: one line, exit 70; LLMDRAFT_DEBUG=1 shows the traceback."""
    if os.environ.get("LLMDRAFT_DEBUG"):
        raise exc
    detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
    _say(f"llmdraft: internal error: {type(exc).__name__}: {detail} (a bug: please report it; "
         f"LLMDRAFT_DEBUG=1 shows the traceback)")
    _exit(INTERNAL_ERROR)


def _exit(code: int) -> None:
    """Exit after flushing stdout here, where a failure (a full disk, a closed pipe) can still
    be reported as one line, rather than in the interpreter's shutdown, which prints a
    traceback-like note and exits 120. A command that did its work keeps its compiled patterns
    for the next run (llmdraft/patterns.py); a bad input (exit 2) leaves nothing behind."""
    if code in (0, 1, 4, 5):
        from .. import patterns

        patterns.save()
    try:
        sys.stdout.flush()
    except (OSError, ValueError) as exc:
        from ..oserrors import describe

        _silence_stdout()
        if code == 0:
            _say(f"llmdraft: error: cannot write the output: {describe(exc)}")
            code = 2
    sys.exit(code)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    sys.stdout = open(os.devnull, "w")


class _Closed:
    """Stands for a stdout that was closed before llmdraft started: commands that print fail
    with one line (exit 2); commands that only write files (batch) are not affected."""

    def write(self, text: str) -> int:
        import errno

        raise OSError(errno.EBADF, "stdout is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(9, "stdout is closed")


def main(argv: list[str] | None = None) -> None:
    """Run the app; a usage error is one line on stderr and exit 2, like every bad input."""
    if sys.stdin is None:  # started with stdin closed (<&-): reading it is then a clean EOF
        sys.stdin = open(os.devnull)
    if sys.stdout is None:  # started with stdout closed (>&-): printing is then an error
        sys.stdout = _Closed()
    args = sys.argv[1:] if argv is None else argv
    if tuple(args[:2]) in SUBCOMMANDS:
        args = [SUBCOMMANDS[tuple(args[:2])], *args[2:]]  # type: ignore[index]
    first = args[0] if args else None
    try:
        command = typer.main.get_command(build_app(first if first in COMMANDS else None))
        _tidy(command)
        code = command.main(args=args, prog_name="llmdraft", standalone_mode=False)
    except KeyboardInterrupt:
        _say("llmdraft: interrupted")
        _exit(130)
    except (OSError, RecursionError, MemoryError) as exc:  # stdout gone, a disk full: not a bug
        from ..oserrors import describe

        _silence_stdout()
        _say(f"llmdraft: error: {describe(exc)}")
        _exit(2)
    except Exception as exc:  # noqa: BLE001 - click's usage errors, or a bug
        if not hasattr(exc, "format_message") or not hasattr(exc, "exit_code"):
            _internal_error(exc)
        message = exc.format_message()
        if exc.exit_code == 0 or not message:  # no arguments: the help was printed already
            _exit(exc.exit_code)
        hint = ""
        ctx = getattr(exc, "ctx", None)
        if ctx is not None:
            hint = f" (see '{ctx.command_path} --help')"
        _say(f"llmdraft: error: {message}{hint}")
        _exit(exc.exit_code)
    _exit(code if isinstance(code, int) else 0)


# Commands that only print: when one has done its work, nothing is left for Python's teardown to
# finish (no open file, no thread), and that teardown (a garbage collection over every object,
# then every module's) costs an offline draft more than the draft itself (bench/startup.py).
_PRINT_ONLY = frozenset({"draft", "check", "followup", "recommend"})


def run() -> None:
    """The process's entry point (the `llmdraft` script, `python -m llmdraft`): main(); then,
    after a command that only prints has exited 0 or 1 with its output flushed and the atexit
    hooks run, the process ends at once (os._exit) rather than through Python's teardown.
    LLMDRAFT_FULL_EXIT=1 keeps the teardown. Tests call main() in their own process."""
    try:
        main()
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        command = next((a for a in sys.argv[1:] if not a.startswith("-")), None)
        if code in (0, 1) and command in _PRINT_ONLY and not os.environ.get("LLMDRAFT_FULL_EXIT"):
            import atexit
            import threading

            if threading.active_count() == 1:
                atexit._run_exitfuncs()
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                except (OSError, ValueError):
                    raise done from None  # the usual exit reports what it can
                os._exit(code)
        raise
