"""`llmdraft eval SUITE` and `llmdraft eval compare OLD.json NEW.json`.

`eval` is a group whose default command is `run`: `llmdraft eval SUITE ...` is read as
`llmdraft eval run SUITE ...`, so a positional suite file and the `compare` subcommand coexist
(a suite file named `compare` is reached as `./compare`). Everything heavy (the evals package,
pydantic, yaml, rich) is imported inside the commands, never when `llmdraft` starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from ..errors import InputError
from .common import (DRAFT, ENDPOINT, BaseUrl, Model, ProviderOpt, check_concurrency, endpoint,
                     guarded)

RUN = "Running"
# The suites shipped in the wheel (llmdraft/_evals) and in a checkout (evals/), run by name.
SHIPPED = ("requests", "followups", "recommendations", "checks", "checks_holdout", "checks_third",
           "checks_fourth", "checks_fifth")


def evals_dir() -> Path | None:
    """The shipped suites' folder: the wheel's copy, else a checkout's evals/."""
    package = Path(__file__).resolve().parent.parent
    for folder in (package / "_evals", package.parent / "evals"):
        if folder.is_dir():
            return folder
    return None


def shipped_suite(suite: Path) -> Path:
    """SUITE as given when it is a file; a bare name (requests, checks.yaml) that is no file
    here is the shipped suite of that name."""
    if suite.exists() or len(suite.parts) != 1:
        return suite
    name = suite.name[:-5] if suite.name.endswith(".yaml") else suite.name
    folder = evals_dir()
    if name in SHIPPED and folder is not None and (folder / f"{name}.yaml").is_file():
        return folder / f"{name}.yaml"
    return suite
OUT = "Reports"


class _DefaultRun(TyperGroup):
    """A group that runs `run` when the first argument is not one of its commands."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["run", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=_DefaultRun,
    help="Run an eval suite (llmdraft eval SUITE), or compare two reports "
         "(llmdraft eval compare OLD.json NEW.json). Suite format: evals/README.md.",
    no_args_is_help=True,
    subcommand_metavar="SUITE [OPTIONS] | compare OLD.json NEW.json",
)


@app.command("run", help=(
    "Run an eval suite: draft (or check) every case, grade it, print a table. Exit 0 when the "
    "pass rate reaches the threshold, 1 below it, 2 for a bad suite or usage, 3 when the model "
    "endpoint failed."))
@guarded
def run(
    suite: Annotated[Path, typer.Argument(help="The suite: a YAML file (or a CSV of cases), or "
                                               "a shipped suite by name: " + ", ".join(SHIPPED)
                                               + ".",
                                          metavar="SUITE", show_default=False)],
    provider: ProviderOpt = None, model: Model = None, base_url: BaseUrl = None,
    judge_model: Annotated[Optional[str], typer.Option(
        help="The model that grades `judge` assertions, through the same endpoint "
             "(--base-url / OPENAI_BASE_URL, OPENAI_API_KEY). Without one they are skipped.",
        envvar="LLMDRAFT_JUDGE_MODEL", rich_help_panel="Model endpoint")] = None,
    filter_: Annotated[Optional[list[str]], typer.Option(
        "--filter", help="Only cases with this id, id glob (inj-*) or tag; repeat for more.",
        rich_help_panel=RUN)] = None,
    filter_failing: Annotated[Optional[Path], typer.Option(
        help="Only the cases that failed in this earlier JSON report.",
        rich_help_panel=RUN)] = None,
    repeat: Annotated[int, typer.Option(
        help="Run each case N times (the draft cache is bypassed when N > 1).",
        rich_help_panel=RUN)] = 1,
    concurrency: Annotated[int, typer.Option(help="Cases run at once.", rich_help_panel=RUN)] = 4,
    threshold: Annotated[Optional[float], typer.Option(
        help="Minimum pass rate, 0 to 1 (overrides the suite's; default 1.0).",
        rich_help_panel=RUN)] = None,
    max_attempts: Annotated[int, typer.Option(help="Drafts to try per case (re-asks).",
                                              rich_help_panel=RUN)] = DRAFT.max_attempts,
    retries: Annotated[int, typer.Option(help="Retries of a failed endpoint call.",
                                         rich_help_panel=RUN)] = ENDPOINT.retries,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for one endpoint call.",
                                           rich_help_panel=RUN)] = ENDPOINT.timeout,
    temperature: Annotated[Optional[float], typer.Option(help="Sampling temperature.",
                                                         rich_help_panel=RUN)] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.",
                                           rich_help_panel=RUN)] = False,
    refresh: Annotated[bool, typer.Option("--refresh", help="Draft anew and overwrite the cache.",
                                          rich_help_panel=RUN)] = False,
    out: Annotated[Optional[list[str]], typer.Option(
        "--out", "-o", help="Write the report: FILE.json, FILE.html or FILE.csv (repeatable).",
        rich_help_panel=OUT)] = None,
    prices: Annotated[Optional[Path], typer.Option(
        help="A TOML price table to add to the built-in one (or LLMDRAFT_PRICES).",
        rich_help_panel=OUT)] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print the JSON report instead of the table.", rich_help_panel=OUT)] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.",
                                        rich_help_panel=OUT)] = False,
) -> None:
    from ..evals import report as reports
    from ..evals.runner import MAX_REPEAT, RunOptions, run_suite, select
    from ..evals.suite import load_suite
    from ..settings import DraftOptions

    if repeat < 1 or concurrency < 1:
        raise InputError("--repeat and --concurrency must be at least 1")
    check_concurrency(concurrency)
    where = endpoint(provider, model, base_url, timeout, retries, no_cache)
    how = DraftOptions(max_attempts=max_attempts, temperature=temperature, refresh=refresh)

    if repeat > MAX_REPEAT:
        raise InputError(f"--repeat {repeat}: run each case at most {MAX_REPEAT:,} times")
    if threshold is not None and not 0 <= threshold <= 1:
        raise InputError(f"--threshold must be between 0 and 1, not {threshold}")
    for path in out or []:
        reports.format_of(path)
        folder = Path(path).expanduser().resolve().parent
        if not folder.is_dir():  # before the run pays for anything
            raise InputError(f"cannot write {path}: the folder {folder} does not exist")

    suite = shipped_suite(suite)
    loaded = load_suite(suite)
    only = None
    if filter_failing is not None:
        earlier = reports.read(filter_failing)
        only = {r.id for r in earlier.failing}
    cases = select(loaded, filter_, only)
    if not cases:
        why = []
        if filter_:
            why.append(f"--filter {' '.join(filter_)}")
        if only is not None:
            why.append(f"the failures of {filter_failing} ({len(only)})")
        raise InputError(f"no case of {suite} matches {' and '.join(why) or 'the selection'}")

    opts = RunOptions(endpoint=where, draft=how, concurrency=concurrency, repeat=repeat,
                      judge_model=judge_model, prices=str(prices) if prices else None,
                      threshold=threshold)
    progress = None
    if not quiet:
        from ..evals.table import Progress

        progress = Progress(str(suite), repeat=repeat)
    result = run_suite(loaded, cases, opts, progress)

    for path in out or []:
        reports.write(result, path)
    if as_json:
        print(reports.to_json(result), end="")
    else:
        from ..evals.table import print_summary
        from ..sanitize import visible

        print_summary(result)
        for path in out or []:
            print(f"report written: {visible(str(path))}")
    if not result.met_threshold:
        raise typer.Exit(1)


@app.command("compare", help=(
    "What changed between two JSON reports: cases that went from pass to fail and from fail to "
    "pass, the change in pass rate per check and per assertion type, tokens, cost and latency. "
    "Exit 1 when NEW regressed."))
@guarded
def compare(
    old: Annotated[Path, typer.Argument(help="The earlier JSON report.", metavar="OLD.json",
                                        show_default=False)],
    new: Annotated[Path, typer.Argument(help="The later JSON report.", metavar="NEW.json",
                                        show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the comparison as JSON.")] = False,
) -> None:
    import json

    from ..evals import report as reports
    from ..evals.compare import diff, print_diff

    d = diff(reports.read(old), reports.read(new))
    if as_json:
        print(json.dumps(d, indent=2, ensure_ascii=False))
    else:
        print_diff(d, str(old), str(new))
    if d["regressed"]:
        raise typer.Exit(1)
