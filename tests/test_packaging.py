"""The prompt templates are found by a wheel install and by an editable install alike."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import llmdraft

ROOT = Path(__file__).resolve().parent.parent

PROBE = (
    "import sys; sys.path.insert(0, {site!r}); import llmdraft, llmdraft.prompts as p; "
    "print(llmdraft.__file__); print(p.prompts_dir()); "
    "r = llmdraft.draft({{'recipient': 'Ada Obi', 'project': 'Apollo', 'strengths': ['testing']}},"
    " provider='offline', cache=False); print(r.passed)"
)


def run_probe(site: str, cwd: Path) -> list[str]:
    out = subprocess.run([sys.executable, "-c", PROBE.format(site=site)], cwd=cwd,
                         capture_output=True, text=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin", "LLMDRAFT_CACHE_DIR": str(cwd / "c")})
    assert out.returncode == 0, out.stderr
    return out.stdout.split("\n")


def test_wheel_carries_the_prompts(tmp_path):
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist"), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("llmdraft-*.whl"))
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        zf.extractall(site)
    assert "llmdraft/_prompts/request/system.md" in names
    assert "llmdraft/_prompts/offline/request.toml" in names
    module, prompts, passed = run_probe(str(site), tmp_path)[:3]
    assert module.startswith(str(site)), module
    assert prompts == str(site / "llmdraft" / "_prompts")
    assert passed == "True"


def test_editable_install_reads_the_repository_prompts(tmp_path):
    if not Path(llmdraft.__file__).resolve().is_relative_to(ROOT):
        pytest.skip("llmdraft is not installed from this checkout (editable)")
    module, prompts, passed = run_probe("", tmp_path)[:3]
    assert Path(module).resolve().is_relative_to(ROOT)
    assert Path(prompts).resolve() == ROOT / "prompts"
    assert passed == "True"
