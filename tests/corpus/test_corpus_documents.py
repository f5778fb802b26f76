"""Documents nobody on this project wrote: each valid one validates as given, generates and
imports; each of openapi-python-client's `documents_with_errors` is refused precisely."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from vendorgen import pipeline
from vendorgen.problems import SpecProblems

from tests.conftest import ROOT
from tests.corpus.conftest import CORPUS, INVALID, VALID, Generated, doc_id


def test_the_corpus_is_there() -> None:
    assert len(VALID) == 6, VALID
    assert len(INVALID) == 5, INVALID


def test_every_valid_document_validates_as_given() -> None:
    """`vendorgen validate <files>`, as a user would run it (one process for all of them)."""
    result = subprocess.run(
        [sys.executable, "-m", "vendorgen", "validate", *map(str, VALID)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "6 spec(s) valid: api_3_1_specific_openapi, baseline_openapi_3_0, baseline_openapi_3_1, "
        "docstrings_on_attributes, openapi_3_1_enums, openapi"
    )


@pytest.mark.parametrize("document", VALID, ids=doc_id)
def test_generates_and_imports(document: Path, corpus_out: dict[Path, Generated]) -> None:
    generated = corpus_out[document]
    package = generated.package()
    assert (generated.tree / "pyproject.toml").is_file()
    assert hasattr(package.server, "create_mock_app")
    print(f"{doc_id(document)}: api {generated.api}, {generated.operations} operations")


# (pointer, words of the message) of each problem each invalid document must be refused with.
REFUSALS = {
    "bad-status-code.yaml": [
        (
            "/paths/~1/get/responses/abcdef",
            "response status 'abcdef' is not an HTTP status code (100-599, 1XX-5XX or default)",
        )
    ],
    "circular-body-ref.yaml": [
        (
            "/components/requestBodies/body/$ref",
            "reference cycle #/components/requestBodies/body -> #/components/requestBodies/body"
            " never reaches an object: the reference leads back to itself",
        )
    ],
    "invalid-uuid-defaults.yaml": [
        (
            "/paths/~1/post/parameters/0/schema/default",
            "default does not match its schema: 'notauuid' is not a 'uuid'",
        ),
        (
            "/paths/~1/put/parameters/0/schema/default",
            "default does not match its schema: 3 is not of type 'string'",
        ),
    ],
    "missing-body-ref.yaml": [
        (
            "/paths/~1/post/requestBody/$ref",
            "reference '#/components/requestBodies/body' points to nothing",
        )
    ],
    "optional-path-param.yaml": [
        (
            "/paths/~1{optional}/get/parameters/0",
            "path parameter 'optional' needs `required: true`",
        )
    ],
}


@pytest.mark.parametrize("document", INVALID, ids=lambda p: p.name)
def test_invalid_documents_are_refused_precisely(document: Path) -> None:
    with pytest.raises(SpecProblems) as caught:
        pipeline.load_and_validate([document])
    errors = [p for p in caught.value.problems if p.level == "error"]
    expected = REFUSALS[document.name]
    assert len(errors) == len(expected), [p.render() for p in errors]
    text = document.read_text().splitlines()
    for problem, (at, words) in zip(errors, expected, strict=True):
        assert problem.pointer == at
        assert words in problem.message, problem.message
        assert problem.file.endswith(document.name)
        assert 0 < problem.line <= len(text) and problem.excerpt == text[problem.line - 1].rstrip()


def test_corpus_is_read_from_beside_the_checkout() -> None:
    assert ROOT.parent / "shared" / "corpus" == CORPUS
    assert not (ROOT / "tests" / "corpus" / "openapi.yaml").exists()
