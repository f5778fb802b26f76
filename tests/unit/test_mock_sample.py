"""Mock samples of unions belong to the union: `oneOf` exactly one member, `anyOf` at least one."""

from __future__ import annotations

from typing import Any

import jsonschema
from vendorgen.mockdata import sample


def _valid(document: dict[str, Any], schema: dict[str, Any], value: Any) -> bool:
    return bool(jsonschema.Draft202012Validator({**document, **schema}).is_valid(value))


DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Free": {"type": "object"},
            "Closed": {
                "type": "object",
                "properties": {"a": {"type": "string"}},
                "additionalProperties": False,
            },
            "Cat": {
                "type": "object",
                "properties": {"kind": {"type": "string"}, "claws": {"type": "integer"}},
            },
            "Dog": {
                "type": "object",
                "properties": {"kind": {"type": "string", "enum": ["dog"]}},
                "required": ["kind"],
            },
        }
    }
}


def test_one_of_whose_first_minimal_sample_matches_two_members() -> None:
    union = {
        "oneOf": [{"$ref": "#/components/schemas/Free"}, {"$ref": "#/components/schemas/Closed"}]
    }
    value = sample(DOCUMENT, union)
    assert _valid(DOCUMENT, union, value)
    assert value == {"x-extra": "x"}


def test_one_of_with_an_anything_member_picks_a_value_only_it_accepts() -> None:
    union = {"oneOf": [{"$ref": "#/components/schemas/Free"}, {}]}
    value = sample(DOCUMENT, union)
    assert _valid(DOCUMENT, union, value)
    assert not isinstance(value, dict)


def test_nested_one_of_is_valid_inside_its_object() -> None:
    refs = [{"$ref": "#/components/schemas/Free"}, {"$ref": "#/components/schemas/Closed"}]
    outer = {"type": "object", "required": ["inner"], "properties": {"inner": {"oneOf": refs}}}
    value = sample(DOCUMENT, {"type": "array", "minItems": 1, "items": outer})
    assert _valid(DOCUMENT, {"type": "array", "items": outer}, value)


def test_discriminator_mapping_value_separates_members() -> None:
    union = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"},
        },
    }
    value = sample(DOCUMENT, union)
    assert _valid(DOCUMENT, union, value)
    assert value["kind"] == "cat"


def test_any_of_keeps_the_first_members_sample_when_valid() -> None:
    union = {
        "anyOf": [{"$ref": "#/components/schemas/Free"}, {"$ref": "#/components/schemas/Closed"}]
    }
    assert sample(DOCUMENT, union) == {}


def test_unsatisfiable_one_of_falls_back_to_the_first_member() -> None:
    union = {
        "oneOf": [{"$ref": "#/components/schemas/Free"}, {"$ref": "#/components/schemas/Free"}]
    }
    assert sample(DOCUMENT, union) == {}
