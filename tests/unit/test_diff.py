"""`python -m vendorgen diff`: each spec pair in tests/diff/<case>/ gives exactly its
expected.txt report, breaking changes exit 1 (0 with --no-fail), and --json carries the same
changes. Refresh a report with (case=<case>):

    python -m vendorgen diff tests/diff/$case/old.yaml tests/diff/$case/new.yaml \
        > tests/diff/$case/expected.txt
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from vendorgen import cli

from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "diff"
CASES = sorted(p for p in CORPUS.iterdir() if p.is_dir())


def _diff(capsys: pytest.CaptureFixture[str], case: Path, *flags: str) -> tuple[int, str, str]:
    old, new = (str((case / name).relative_to(ROOT)) for name in ("old.yaml", "new.yaml"))
    code = cli.main(["diff", old, new, *flags])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # reports name the files relative to the working directory


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_report_is_exactly_expected(capsys: pytest.CaptureFixture[str], case: Path) -> None:
    code, out, err = _diff(capsys, case)
    expected = (case / "expected.txt").read_text()
    rel = case.relative_to(ROOT)
    assert (
        out == expected
    ), f"refresh: python -m vendorgen diff {rel}/old.yaml {rel}/new.yaml > {rel}/expected.txt"
    assert err == ""
    summary = expected.rstrip().splitlines()[-1]  # "N breaking, M not breaking." or "No changes."
    assert code == (1 if summary[0].isdigit() and int(summary.split()[0]) else 0)


def test_breaking_changes_exit_1_unless_no_fail(capsys: pytest.CaptureFixture[str]) -> None:
    case = CORPUS / "request_required_field_added"
    assert _diff(capsys, case)[0] == 1
    assert _diff(capsys, case, "--no-fail")[0] == 0
    assert _diff(capsys, CORPUS / "docs_only")[0] == 0


def test_json_report_matches_text(capsys: pytest.CaptureFixture[str]) -> None:
    case = CORPUS / "shared_schema_directions"
    code, out, _ = _diff(capsys, case, "--json")
    report = json.loads(out)
    assert code == 1
    assert report["breaking"] == 1
    assert [(c["breaking"], c["breaks"], c["where"], c["message"]) for c in report["changes"]] == [
        (True, "clients", "Item.unit (request)", "new required property"),
        (False, None, "Item.unit (response)", "new required property"),
    ]
    assert report["changes"][0]["pointer"] == "/components/schemas/Item/properties/unit"
    assert report["changes"][0]["code"] == "property-added-required"


def test_direction_decides_who_breaks(capsys: pytest.CaptureFixture[str]) -> None:
    """The same kind of change breaks clients, receivers or the vendor by where the data flows."""
    verdicts = {}
    for name in (
        "response_field_made_optional",
        "webhook_field_made_optional",
        "webhook_response_field_made_optional",
    ):
        report = json.loads(_diff(capsys, CORPUS / name, "--json")[1])
        verdicts[name] = {c["breaks"] for c in report["changes"]}
    assert verdicts == {
        "response_field_made_optional": {"clients"},
        "webhook_field_made_optional": {"receivers"},
        "webhook_response_field_made_optional": {None},
    }


def test_invalid_spec_is_refused_with_its_problems(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(
        ["diff", "tests/invalid/dangling_ref.yaml", str(CORPUS / "identical" / "new.yaml")]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "tests/invalid/dangling_ref.yaml:12:" in err and "points to nothing" in err
    assert err.rstrip().endswith("nothing was compared.")


def test_missing_file_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert (
        cli.main(["diff", str(tmp_path / "nope.yaml"), str(CORPUS / "identical" / "new.yaml")]) == 2
    )
    assert "no such spec file" in capsys.readouterr().err
