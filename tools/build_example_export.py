"""Builds examples/linkedin-export.zip from the CSVs in examples/linkedin-export/, as LinkedIn's
"Get a copy of your data" zip holds them (the files at the top of the zip). Deterministic: fixed
timestamps and order, so rebuilding it changes nothing unless a CSV changed.

    python tools/build_example_export.py
"""

from __future__ import annotations

import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "examples" / "linkedin-export"
TARGET = ROOT / "examples" / "linkedin-export.zip"


def build(source: Path = SOURCE, target: Path = TARGET) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for csv in sorted(source.glob("*.csv")):
            info = zipfile.ZipInfo(csv.name, date_time=(2025, 5, 10, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, csv.read_bytes())
    return target


if __name__ == "__main__":
    print(build())
