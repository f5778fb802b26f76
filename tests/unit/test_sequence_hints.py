"""Array arguments of client methods, without HTTP: annotated `SequenceNotStr[...]` (covariant,
a str refused) for parameters and body-field keywords, nested arrays too, while the servers and
the models keep `list[...]`; and the one conversion of any sequence to a list where parameters
enter the runtime (`wire_dates`). Over HTTP against the mocks: tests/functional/
test_sequence_args.py."""

from __future__ import annotations

import collections
import datetime as dt
from typing import Any

import pytest
from vendorgen.model_fields import body_keywords
from vendorgen.runtime._params import wire_dates
from vendorgen.type_hints import type_hint

ITEM = {"$ref": "#/components/schemas/Item"}
DATA: dict[str, Any] = {"components": {"schemas": {"Item": {"type": "object"}}}}


@pytest.mark.parametrize(
    ("schema", "client", "server"),
    [
        ({"type": "array", "items": {"type": "string"}}, "SequenceNotStr[str]", "list[str]"),
        (
            {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
            "SequenceNotStr[SequenceNotStr[int]]",
            "list[list[int]]",
        ),
        (
            {"type": "array", "items": ITEM},
            "SequenceNotStr[models.Item]",
            "list[dict[str, typing.Any]]",
        ),
        (
            {"type": "array", "items": {"type": "string", "format": "date"}},
            "SequenceNotStr[dt.date | str]",
            "list[str]",
        ),
    ],
)
def test_parameter_arrays(schema: dict[str, Any], client: str, server: str) -> None:
    assert type_hint(DATA, schema, dates=True, sequences=True) == client
    assert type_hint(DATA, schema, models=False) == server


MODELS = """
from builtins import list as list_aliased

class Item(BaseModel):
    name: str

class Order(BaseModel):
    items: list[Item]
    grid: list[list[int]] | None = None
    tags: dict[str, list[str]] | None = None
    rows: list[dict[str, list[Item]]] | None = None
    list: list_aliased[str] | None = None
"""


def test_body_field_arrays_are_sequences_but_inside_a_dict() -> None:
    """`dict` is invariant in its values: a list inside one stays a list, or the caller's
    `dict[str, list[str]]` would be refused."""
    keywords = {k.name: k.annotation for k in body_keywords(MODELS)["Order"]}
    item = "models.Item | dict[str, typing.Any]"
    assert keywords == {
        "items": f"SequenceNotStr[{item}]",
        "grid": "SequenceNotStr[SequenceNotStr[int]] | None",
        "tags": "dict[str, list[str]] | None",
        "rows": f"SequenceNotStr[dict[str, list[{item}]]] | None",
        "list": "SequenceNotStr[str] | None",
    }


def test_any_sequence_but_text_becomes_a_list_once() -> None:
    wire, _ = wire_dates(
        {
            "query": {
                "t": ("a", "b"),
                "q": collections.deque([1, 2]),
                "r": range(2),
                "nested": ((1, 2), [3]),
                "days": (dt.date(2026, 1, 2),),
                "s": "ab",
                "b": b"ab",
                "o": {"k": ("v",)},
            }
        }
    )
    assert wire == {
        "query": {
            "t": ["a", "b"],
            "q": [1, 2],
            "r": [0, 1],
            "nested": [[1, 2], [3]],
            "days": ["2026-01-02"],
            "s": "ab",
            "b": b"ab",
            "o": {"k": ["v"]},
        }
    }
