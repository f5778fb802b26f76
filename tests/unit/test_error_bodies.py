"""Error answers of the generated servers come only from what the spec documents (issue 12), and
mock data for an enum wrapped in a composition is a member of the enum (issue 11)."""

from __future__ import annotations

import ast
from typing import Any

from vendorgen.error_bodies import documented_errors, error_templates
from vendorgen.mockdata import sample

PROBLEM = {
    "type": "object",
    "required": ["code"],
    "properties": {
        "code": {"type": "string", "enum": ["BAD"]},
        "message": {"type": "string"},
        "description": {"type": "string"},
    },
    "examples": [{"code": "BAD", "message": "doc text", "description": "[sku: may not be null]"}],
}


def _doc(**responses: Any) -> dict[str, Any]:
    documented = {
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/Problem"},
                "examples": {"doc": {"value": {"code": "BAD", "message": "from the doc"}}},
            }
        },
        "description": "bad",
    }
    return {
        "paths": {
            "/a": {"get": {"operationId": "a", "responses": {"400": documented, **responses}}},
            "/b": {"get": {"operationId": "b", "responses": {"200": {"description": "ok"}}}},
        },
        "components": {"schemas": {"Problem": PROBLEM}},
    }


def _templates(data: dict[str, Any], path: str) -> dict[int, Any]:
    raw = data["paths"][path]["get"]
    return {t.status: t for t in error_templates(data, "paths", raw, documented_errors(data))}


def test_documented_body_without_example_text_and_with_every_message_field() -> None:
    data = _doc()
    bad = _templates(data, "/a")[400]
    assert "doc" not in bad.body_literal and "null" not in bad.body_literal
    assert ast.literal_eval(bad.body_literal) == {"code": "BAD", "message": "", "description": ""}
    assert (bad.message_pointer, bad.also) == ("/message", ("/description",))


def test_bodiless_documented_status_stays_bodiless_and_nothing_is_invented() -> None:
    data = _doc(**{"401": {"description": "no body documented"}})
    own = _templates(data, "/a")
    assert own[401].body_literal == "None"  # documented without a body
    assert own[413].body_literal == "None"  # documented nowhere: no invented shape
    other = _templates(data, "/b")
    assert other[400].body_literal != "None"  # the API documents a 400 body elsewhere
    assert other[401].body_literal == "None"


def test_default_response_answers_every_status_the_operation_leaves_out() -> None:
    data = _doc(default={"description": "anything else, no body"})
    own = _templates(data, "/a")
    assert own[400].body_literal != "None"
    assert all(own[s].body_literal == "None" for s in (401, 404, 405, 413, 415, 429, 500))


def test_enum_wrapped_in_all_of_samples_a_member() -> None:
    data = {"components": {"schemas": {"Status": {"type": "string", "enum": ["on", "off"]}}}}
    wrapped = {"allOf": [{"$ref": "#/components/schemas/Status"}], "description": "d"}
    assert sample(data, wrapped) == "on"
    holder = {"type": "object", "required": ["s"], "properties": {"s": wrapped}}
    assert sample(data, holder) == {"s": "on"}
    merged = {
        "allOf": [{"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}}],
        "required": ["b"],
        "properties": {"b": wrapped},
    }
    assert sample(data, merged) == {"a": 0, "b": "on"}
