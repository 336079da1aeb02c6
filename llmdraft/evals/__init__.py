"""Eval suites: run a suite of cases through the engine and report what passed.

One module per concern:
  suite.py        the suite format (YAML, or cases from a CSV) and its validation
  assertions.py   the assertion types (`icontains`, `regex`, `check`, `judge`, ...) and their registry
  judge.py        `judge` assertions, graded by a model through an OpenAI-compatible endpoint
  runner.py       runs the cases (concurrently, repeated), grades them, builds the report
  prices.py       the price table (prices.toml, extendable) and the cost of a run
  records.py      the report as typed records (Report, RunRecord, Outcome, ...): what is written
                  and read back; every other module reads their attributes, not string keys
  report.py       the report's JSON and CSV files, and reading a report back
  html_report.py  the self-contained HTML page
  table.py        the terminal table and the progress display (rich, imported only here)
  compare.py      what changed between two reports

Nothing here is imported when `llmdraft` starts: the eval command imports it when it runs.
"""
