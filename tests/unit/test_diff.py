"""`python -m vendorgen diff`: each spec pair in tests/diff/<case>/ gives exactly its
expected.txt report, breaking changes exit 1 (0 with --no-fail), and --json carries the same
changes. Refresh a report with (case=<case>):

    python -m vendorgen diff tests/diff/$case/old.yaml tests/diff/$case/new.yaml \
        > tests/diff/$case/expected.txt
"""

from __future__ import annotations

import json
import re
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
    assert out == expected, (
        f"refresh: python -m vendorgen diff {rel}/old.yaml {rel}/new.yaml > {rel}/expected.txt"
    )
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
    assert report["changes"][0]["rule"] == "request-property-added-required"
    assert report["changes"][0]["level"] == "breaking"
    assert report["changes"][0]["file"] == str(case.relative_to(ROOT) / "new.yaml")
    assert report["changes"][0]["line"] > 0


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


def test_every_rule_has_a_case() -> None:
    """Each registered rule reports in at least one tests/diff case (in some direction)."""
    from vendorgen.diff import RULES

    reports = "".join((case / "expected.txt").read_text() for case in CASES)
    used = set(re.findall(r"\[([a-z0-9-]+)\]$", reports, re.MULTILINE))
    missing = [r.id for r in RULES if not used & {i for i, _, _ in r.listed()}]
    assert missing == []


def test_list_rules_names_every_rule_with_its_level(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["diff", "--list-rules"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split()[1:3] for line in out.splitlines()[1:] if line.strip()}
    assert rows["request-property-added-required"] == ["breaking", "clients"]
    assert rows["response-property-added-required"][0] == "info"
    assert rows["webhook-property-removed"] == ["breaking", "receivers"]
    assert rows["webhook-response-property-added-required"] == ["breaking", "vendor"]
    assert rows["request-operation-deprecated"] == ["warning", "clients"]
    assert rows["response-keyword-changed"] == ["breaking", "clients"]


def test_config_changes_a_rule_level(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    case = CORPUS / "request_required_field_added"
    config = tmp_path / "rules.yaml"
    config.write_text("request-property-added-required: warning\n")
    code, out, _ = _diff(capsys, case, "--config", str(config))
    assert code == 0
    assert "Warnings" in out and "0 breaking, 1 warning, 0 not breaking." in out
    config.write_text("property-added-required: info\n")  # a base id sets every direction
    code, out, _ = _diff(capsys, case, "--config", str(config))
    assert code == 0
    assert out.endswith("0 breaking, 1 not breaking.\n")


def test_config_with_an_unknown_rule_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    config = tmp_path / "rules.yaml"
    config.write_text("no-such-rule: info\n")
    code, out, err = _diff(capsys, CORPUS / "identical", "--config", str(config))
    assert (code, out) == (2, "")
    assert "unknown rule 'no-such-rule'" in err
    config.write_text("request-property-removed: fatal\n")
    assert (
        "level must be one of breaking, warning, info"
        in _diff(capsys, CORPUS / "identical", "--config", str(config))[2]
    )


def test_github_annotations_point_at_the_spec_line(capsys: pytest.CaptureFixture[str]) -> None:
    case = CORPUS / "response_field_removed"
    code, out, _ = _diff(capsys, case, "--format", "githubactions")
    assert code == 1
    first = out.splitlines()[0]
    old = str((case / "old.yaml").relative_to(ROOT))
    line = next(
        n
        for n, text in enumerate((case / "old.yaml").read_text().splitlines(), 1)
        if text.strip().startswith("note:") and n > 80
    )  # the removed property, in the old spec: it no longer exists in the new one
    assert first.startswith(f"::error file={old},line={line},title=response-property-removed::")
    assert first.endswith("Order.note (response): property removed (breaks clients)")
    assert out.splitlines()[-1].startswith("::notice title=vendorgen diff::")


def test_markdown_report_is_a_table_per_audience(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _diff(capsys, CORPUS / "enum_directions", "--format", "markdown")
    assert code == 1
    assert out.startswith("### API changes: `tests/diff/enum_directions/old.yaml` → ")
    assert "**1 breaking, 2 not breaking.**" in out
    assert '| Order.status (response) | enum values added: "refunded" | ' in out
    assert "`response-enum-values-added` | tests/diff/enum_directions/new.yaml:" in out


def test_a_crash_is_exit_2_even_with_no_fail(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import vendorgen.diff as diff

    def explode(*_: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(diff, "diff_sources", explode)
    code, out, err = _diff(capsys, CORPUS / "identical", "--no-fail")
    assert (code, out) == (2, "")
    assert err.startswith("error: could not compare tests/diff/identical/old.yaml and ")
    assert "Traceback" not in err


SHARED = ROOT.parent / "shared" / "corpus"  # outside documents (see its README)


def test_outside_30_document_compares_with_its_own_style(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Petstore (OpenAPI 3.0.4, camelCase operationIds, inline bodies) against an edited copy."""
    import yaml

    petstore = SHARED / "petstore" / "openapi.yaml"
    spec = yaml.safe_load(petstore.read_text())
    status = spec["paths"]["/pet/findByStatus"]["get"]["parameters"][0]
    status["schema"]["default"] = "pending"
    login = spec["paths"]["/user/login"]["get"]["responses"]["200"]
    login["headers"]["X-Rate-Limit"]["schema"] = {"type": "string"}
    del spec["paths"]["/store/inventory"]
    spec["components"]["schemas"]["Pet"]["properties"]["name"]["nullable"] = True
    edited = tmp_path / "petstore.yaml"
    edited.write_text(yaml.safe_dump(spec, sort_keys=False))
    assert cli.main(["diff", str(petstore), str(petstore)]) == 0
    assert capsys.readouterr().out.endswith("No changes.\n")
    assert cli.main(["diff", str(petstore), str(edited), "--format", "json"]) == 1
    rules = {c["rule"] for c in json.loads(capsys.readouterr().out)["changes"]}
    assert {
        "request-default-changed",
        "response-type-changed",
        "request-operation-removed",
        "response-became-nullable",
        "request-became-nullable",
    } <= rules


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bad-status-code.yaml", "('abcdef' was unexpected)"),
        ("circular-body-ref.yaml", "leads back to itself"),
        ("invalid-uuid-defaults.yaml", "default does not match its schema: 'notauuid'"),
        ("missing-body-ref.yaml", "points to nothing"),
        ("optional-path-param.yaml", "'required' is a required property"),
    ],
)
def test_invalid_outside_documents_are_refused_precisely(
    capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    bad = SHARED / "openapi-python-client" / "documents_with_errors" / name
    assert cli.main(["diff", str(bad), str(SHARED / "petstore" / "openapi.yaml")]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert re.search(rf"{re.escape(name)}:[1-9][0-9]*: error: /", err), err
    assert "Traceback" not in err
