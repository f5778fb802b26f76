"""Vendor-doc line citations stay in specs/ and never reach a generated package."""

from __future__ import annotations

import pytest
from vendorgen.citations import drop_citations, without_citations

from tests.conftest import GENERATED, SPECS


@pytest.mark.parametrize(
    ("spec_text", "generated_text"),
    [
        ("The doc's Address model (avasam-seller-api.txt:884-895).", "The doc's Address model."),
        ("Order status (graas-api.txt:517)", "Order status"),
        ("Result (avasam-seller-api.txt:136-140, 667-671).", "Result."),
        (
            "Get Manifest response (assure-magic-ecommerce.txt:1350-1357; no table).",
            "Get Manifest response (no table).",
        ),
        (
            "Shipping status (graas-api.txt:1658-1661, plus DELIVERED)",
            "Shipping status (plus DELIVERED)",
        ),
        (
            "An order (Order Push API, assure-magic-v2-erp.txt:10-20); also the 200 body.",
            "An order (Order Push API); also the 200 body.",
        ),
        ("graas-api.txt:25-26: the table marks neither field", "the table marks neither field"),
        ("Written by hand from graas-api.txt.", "Written by hand from graas-api.txt."),
    ],
)
def test_citations_are_dropped_and_the_prose_kept(spec_text: str, generated_text: str) -> None:
    assert drop_citations(spec_text) == generated_text


def test_only_prose_loses_citations() -> None:
    document = {
        "description": "A thing (x.txt:1-2).",
        "x-doc-note": "x.txt:3: why the spec says so",
        "properties": {"a": {"summary": "S (x.txt:4)", "example": "keep x.txt:5 here"}},
        "enum": ["x.txt:6"],
    }
    assert without_citations(document) == {
        "description": "A thing.",
        "properties": {"a": {"summary": "S", "example": "keep x.txt:5 here"}},
        "enum": ["x.txt:6"],
    }


def test_specs_cite_the_vendor_docs_and_generated_code_does_not() -> None:
    assert any(".txt:" in p.read_text() for p in SPECS.glob("*.yaml")), "specs keep them"
    cited = [
        p.relative_to(GENERATED).as_posix()
        for p in sorted(GENERATED.rglob("*"))
        if p.is_file() and ".txt:" in p.read_text(encoding="utf-8", errors="replace")
    ]
    assert cited == []
