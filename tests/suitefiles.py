"""Writing eval suites for the eval tests."""

import textwrap
from pathlib import Path

# The article's context, as an inline YAML mapping for suite cases.
CONTEXT = ("{recipient: John Rivera, project: Colorado Community Development project, "
           "strengths: [organizing a diverse group of volunteers]}")


def write(tmp_path: Path, text: str, name: str = "suite.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path
