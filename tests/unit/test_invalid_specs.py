"""Each spec in tests/invalid/ fails validation with exactly its expected report, and nothing
is written when any spec is invalid."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.helpers import run_vendorgen

INVALID = ROOT / "tests" / "invalid"
CASES = sorted(INVALID.glob("*.yaml"))


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 5


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_invalid_spec_reports_exactly(case: Path) -> None:
    """The house style of specs/ (`validate --strict`) refuses each, saying exactly why."""
    result = run_vendorgen("validate", "--strict", case.relative_to(ROOT).as_posix())
    assert result.returncode == 1
    expected = case.with_suffix(".expected").read_text()
    expected_file = case.with_suffix(".expected").relative_to(ROOT)
    refresh = f"python -m vendorgen validate --strict {case.relative_to(ROOT)} 2> {expected_file}"
    assert result.stderr == expected, f"refresh with: {refresh}"


# Valid OpenAPI that only the house style refuses: without --strict it is derived, not refused.
HOUSE_STYLE_ONLY = {"inline_body", "not_openapi_31"}


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_without_strict_only_invalid_openapi_is_refused(case: Path) -> None:
    result = run_vendorgen("validate", case.relative_to(ROOT).as_posix())
    if case.stem in HOUSE_STYLE_ONLY:
        assert result.returncode == 0, result.stderr
        return
    assert result.returncode == 1
    assert "nothing was written" in result.stderr
    # Every problem cites the file (and, where there is one, its line).
    for line in result.stderr.splitlines()[:-1]:
        if not line.startswith(" "):
            assert line.startswith(f"tests/invalid/{case.name}:"), line


def test_invalid_spec_writes_nothing(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    shutil.copy(ROOT / "specs" / "aska.yaml", specs / "good.yaml")
    shutil.copy(INVALID / "example_mismatch.yaml", specs / "bad.yaml")
    out = tmp_path / "generated"
    (out / "good").mkdir(parents=True)
    (out / "good" / "keep.txt").write_text("previous tree")
    result = run_vendorgen("--specs", str(specs), "--out", str(out), "generate")
    assert result.returncode == 1
    assert "nothing was written" in result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [
        "good",
        "good/keep.txt",
    ]


def test_specs_pass_the_strict_house_style() -> None:
    """CI runs the house style on specs/ (also `make validate`)."""
    result = run_vendorgen("validate", "--strict")
    assert result.returncode == 0, result.stderr
    assert "spec(s) valid" in result.stdout
