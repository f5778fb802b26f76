"""Edits to the generated models at ast positions (generator/source_edits.py): right after
non-ASCII text on the line and after form feeds, and in one pass whatever their number."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from vendorgen import pipeline, source_edits

SPEC = """\
openapi: 3.1.0
info: {title: Accents, version: "1"}
paths:
  /thing:
    get:
      operationId: get_thing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        price:
          anyOf: [{const: "état"}, {type: number}]
        when:
          anyOf: [{const: "déjà"}, {type: string, format: date-time}]
"""


def test_a_type_after_non_ascii_text_is_replaced_in_place(tmp_path: Path) -> None:
    """Before: the ast's byte columns were used as character offsets, so `Number` replaced
    `float` one character early and the models did not parse."""
    path = tmp_path / "accents.yaml"
    path.write_text(SPEC, encoding="utf-8")
    (spec,) = pipeline.load_and_validate([path])
    models = pipeline.render_api(spec).files["accents_api/models/__init__.py"]
    ast.parse(models)
    assert 'price: Literal["état"] | Number | None = None' in models
    assert 'when: Literal["déjà"] | DateTime | None = None' in models


@pytest.mark.parametrize(
    "source",
    ["x = 'é' + float\n", "x = 'ab' + float\n", "a = 1\n\x0c\nx = '€€' + float\r\n", "x = float"],
)
def test_spans_are_those_of_the_ast(source: str) -> None:
    tree = ast.parse(source)
    name = next(n for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == "float")
    begin, end = source_edits.Positions(source).span(name)
    assert source[begin:end] == "float"
    assert source_edits.apply(source, [(begin, end, "Number")]) == source.replace("float", "Number")


def test_many_edits_in_one_pass_and_overlaps_refused() -> None:
    source = "".join(f"x{i}: float\n" for i in range(2000))
    at = source_edits.Positions(source)
    names = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Name) and n.id == "float"]
    edited = source_edits.apply(source, [(*at.span(n), "Number") for n in names])
    assert edited == source.replace("float", "Number")
    with pytest.raises(ValueError, match="overlapping"):
        source_edits.apply("abcdef", [(0, 3, "x"), (2, 4, "y")])
