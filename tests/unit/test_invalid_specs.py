"""Each spec in tests/invalid/ fails validation with exactly its expected report, and nothing
is written when any spec is invalid."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

INVALID = ROOT / "tests" / "invalid"
CASES = sorted(INVALID.glob("*.yaml"))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vendorgen", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 5


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_invalid_spec_reports_exactly(case: Path) -> None:
    result = _run("validate", case.relative_to(ROOT).as_posix())
    assert result.returncode == 1
    expected = case.with_suffix(".expected").read_text()
    expected_file = case.with_suffix(".expected").relative_to(ROOT)
    refresh = f"python -m vendorgen validate {case.relative_to(ROOT)} 2> {expected_file}"
    assert result.stderr == expected, f"refresh with: {refresh}"


def test_invalid_spec_writes_nothing(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    shutil.copy(ROOT / "specs" / "aska.yaml", specs / "good.yaml")
    shutil.copy(INVALID / "example_mismatch.yaml", specs / "bad.yaml")
    out = tmp_path / "generated"
    (out / "good").mkdir(parents=True)
    (out / "good" / "keep.txt").write_text("previous tree")
    result = _run("--specs", str(specs), "--out", str(out), "generate")
    assert result.returncode == 1
    assert "nothing was written" in result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [
        "good",
        "good/keep.txt",
    ]
