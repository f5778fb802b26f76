"""The validator's visited-schema lists made set-speed (spec/openapi.py) change no verdict."""

from __future__ import annotations

from pathlib import Path

import pytest
from vendorgen import load
from vendorgen.spec import openapi

from tests.conftest import ROOT, SPECS

CORPUS = ROOT.parent / "shared" / "corpus" / "openapi-python-client"
DOCUMENTS = [
    SPECS / "assure_erp.yaml",
    CORPUS / "baseline_openapi_3.0.json",
    CORPUS / "baseline_openapi_3.1.yaml",
    *sorted((CORPUS / "documents_with_errors").glob("*.yaml")),
]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.stem)
def test_same_problems_with_and_without(document: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = load.load_spec(document, None)
    assert not isinstance(spec, list)
    fast = openapi.openapi_problems(spec, strict=False)
    monkeypatch.setattr(openapi, "_constant_time_dedupe", lambda checker: None)
    assert openapi.openapi_problems(spec, strict=False) == fast


def test_the_lists_are_replaced_where_they_are() -> None:
    """Against the pinned validator: if its internals move, this says so (the run is then
    only slower, never different)."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    checker = OpenAPIV31SpecValidator({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}})
    openapi._constant_time_dedupe(checker)
    schema_checker = checker.keyword_validators_registry["schema"]
    assert isinstance(schema_checker.visited_schema_ids, openapi._SeenIds)
    assert isinstance(schema_checker.meta_checked_schema_ids, openapi._SeenIds)
    seen = openapi._SeenIds()
    seen.append(7)
    assert 7 in seen and 8 not in seen and list(seen) == [7]
