"""Warnings reach the person: a valid spec's warnings are printed by `validate`, `generate` and
`check` (they were found, then dropped, unless an error came with them); and a `oneOf` that
lists the same schema twice is one of them (no value can be sent for it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from vendorgen import cli
from vendorgen.load import load_spec
from vendorgen.validate import check_spec

from tests.conftest import ROOT

TINY = ROOT / "tests" / "cases" / "minimal" / "tiny.yaml"


def _spec_with_repeated_member(folder: Path) -> Path:
    """A small valid spec whose body is `oneOf: [Pet, Pet]` (and a oneOf without repeats)."""
    pet = {"type": "object", "properties": {"name": {"type": "string"}}}
    body = {"oneOf": [{"$ref": "#/components/schemas/Pet"}, {"$ref": "#/components/schemas/Pet"}]}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "paths": {
            "/pets": {
                "post": {
                    "operationId": "add_pet",
                    "requestBody": {"content": {"application/json": {"schema": body}}},
                    "responses": {"204": {"description": "Added."}},
                }
            }
        },
        "components": {
            "schemas": {
                "Pet": pet,
                "Name": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            }
        },
    }
    path = folder / "pets.yaml"
    path.write_text(json.dumps(document, indent=2))
    return path


def test_a_repeated_one_of_member_is_a_warning_with_its_place(tmp_path: Path) -> None:
    spec = load_spec(_spec_with_repeated_member(tmp_path))
    assert not isinstance(spec, list)
    normalised, problems = check_spec(spec)
    assert normalised is not None  # valid OpenAPI: still generated
    (problem,) = problems
    assert problem.level == "warning"
    assert problem.pointer.endswith("/requestBody/content/application~1json/schema/oneOf/1")
    assert problem.line > 0
    assert "repeats member 0" in problem.message and "anyOf" in problem.message
    assert normalised.warnings == (problem,)


def test_strict_validation_makes_it_an_error(tmp_path: Path) -> None:
    spec = load_spec(_spec_with_repeated_member(tmp_path))
    assert not isinstance(spec, list)
    _, problems = check_spec(spec, strict=True)
    repeated = [p for p in problems if "repeats member" in p.message]
    assert [p.level for p in repeated] == ["error"]


@pytest.mark.parametrize(
    "argv",
    [["validate"], ["generate", "--jobs", "1"], ["generate", "--jobs", "2"]],
    ids=["validate", "generate-jobs-1", "generate-jobs-2"],
)
def test_warnings_of_a_valid_spec_are_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    path = _spec_with_repeated_member(tmp_path)
    command, *options = argv
    code = cli.main(["--specs", str(tmp_path), "--out", str(tmp_path / "out"), command, *options])
    captured = capsys.readouterr()
    assert code == 0
    assert f"{path.name}:" in captured.err or str(path) in captured.err
    assert ": warning: " in captured.err and "repeats member 0" in captured.err
    assert "repeats member" not in captured.out  # stdout keeps the summary alone


def test_a_spec_without_warnings_prints_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / TINY.name).write_bytes(TINY.read_bytes())
    code = cli.main(["--specs", str(tmp_path / "specs"), "--out", str(tmp_path / "o"), "validate"])
    assert code == 0
    assert capsys.readouterr().err == ""
