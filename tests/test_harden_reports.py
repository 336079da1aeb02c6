"""Issue 9's invariant for `eval compare` and --filter-failing: a report that llmdraft did not
write (every top-level field, every field of a result, of an assertion and of a summary row
replaced by a value of another type) is one line and exit 2, never exit 70."""

from __future__ import annotations

import copy
import json

import pytest

from fuzzkit import check_invariant, invoke

BAD = [None, 1, "x", [], {}, [1], [None], [{}]]


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    suite = folder / "suite.yaml"
    suite.write_text("cases:\n  - id: a\n    context: {recipient: Ada Obi, project: Apollo, "
                     "strengths: [testing]}\n    assert: [{icontains: Apollo}]\n")
    code, _, stderr = invoke("eval", suite, "-q", "--out", folder / "good.json")
    assert code in (0, 1), stderr
    return json.loads((folder / "good.json").read_text())


def mutations(good: dict):
    for key in good:
        for bad in BAD:
            yield key, bad, lambda d, k=key, b=bad: d.__setitem__(k, b)
    for key in good["results"][0]:
        for bad in BAD[:5]:
            yield f"results.{key}", bad, lambda d, k=key, b=bad: d["results"][0].__setitem__(k, b)
    for key in good["results"][0]["assertions"][0]:
        for bad in BAD[:5]:
            yield (f"assertions.{key}", bad,
                   lambda d, k=key, b=bad: d["results"][0]["assertions"][0].__setitem__(k, b))
    for section in ("by_check", "by_assertion", "by_case", "usage", "latency", "suite"):
        first = next(iter(good[section]))
        for bad in BAD[:5]:
            yield (f"{section}.{first}", bad,
                   lambda d, s=section, f=first, b=bad: d[s].__setitem__(f, b))


def test_a_report_of_any_shape_keeps_the_invariant(good, tmp_path):
    (tmp_path / "good.json").write_text(json.dumps(good))
    suite = tmp_path / "suite.yaml"
    suite.write_text("cases:\n  - id: a\n    context: {recipient: Ada Obi, project: Apollo, "
                     "strengths: [testing]}\n")
    tried = 0
    for name, bad, mutate in mutations(good):
        report = copy.deepcopy(good)
        mutate(report)
        (tmp_path / "bad.json").write_text(json.dumps(report))
        for args in (("eval", "compare", tmp_path / "good.json", tmp_path / "bad.json"),
                     ("eval", "compare", tmp_path / "bad.json", tmp_path / "good.json"),
                     ("eval", suite, "-q", "--filter-failing", tmp_path / "bad.json")):
            outcome = invoke(*args)
            try:
                check_invariant(*outcome)
            except AssertionError as exc:
                raise AssertionError(f"{name} = {bad!r}: {outcome[2][:200]}") from exc
            tried += 1
    assert tried > 500
