"""The client's parameter encoder (generator/runtime/_params.py) against OpenAPI 3.1 §4.8.12.4's
style values table: color = "blue" / ["blue", "black", "brown"] / {"R": 100, "G": 200, "B": 150}
for every style and explode, percent-encoded per RFC 3986 (the table's `|` and space as %7C and
%20, which 3.1.1's table writes too)."""

from __future__ import annotations

import enum
from typing import Any

import pytest
from pydantic import BaseModel
from vendorgen.runtime._params import (
    ParamStyle,
    cookie_text,
    header_text,
    path_text,
    plain,
    query_pairs,
)

BLUE = "blue"
COLORS = ["blue", "black", "brown"]
RGB = {"R": 100, "G": 200, "B": 150}


@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("matrix", False, BLUE, ";color=blue"),
        ("matrix", False, COLORS, ";color=blue,black,brown"),
        ("matrix", False, RGB, ";color=R,100,G,200,B,150"),
        ("matrix", True, BLUE, ";color=blue"),
        ("matrix", True, COLORS, ";color=blue;color=black;color=brown"),
        ("matrix", True, RGB, ";R=100;G=200;B=150"),
        ("label", False, BLUE, ".blue"),
        ("label", False, COLORS, ".blue,black,brown"),
        ("label", False, RGB, ".R,100,G,200,B,150"),
        ("label", True, BLUE, ".blue"),
        ("label", True, COLORS, ".blue.black.brown"),
        ("label", True, RGB, ".R=100.G=200.B=150"),
        ("simple", False, BLUE, "blue"),
        ("simple", False, COLORS, "blue,black,brown"),
        ("simple", False, RGB, "R,100,G,200,B,150"),
        ("simple", True, BLUE, "blue"),
        ("simple", True, COLORS, "blue,black,brown"),
        ("simple", True, RGB, "R=100,G=200,B=150"),
    ],
)
def test_path_styles_as_the_table(style: str, explode: bool, value: Any, expected: str) -> None:
    assert path_text("color", value, ParamStyle(style, explode)) == expected


@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("form", False, BLUE, "color=blue"),
        ("form", False, COLORS, "color=blue,black,brown"),
        ("form", False, RGB, "color=R,100,G,200,B,150"),
        ("form", True, BLUE, "color=blue"),
        ("form", True, COLORS, "color=blue&color=black&color=brown"),
        ("form", True, RGB, "R=100&G=200&B=150"),
        ("spaceDelimited", False, COLORS, "color=blue%20black%20brown"),
        ("spaceDelimited", False, RGB, "color=R%20100%20G%20200%20B%20150"),
        ("pipeDelimited", False, COLORS, "color=blue%7Cblack%7Cbrown"),
        ("pipeDelimited", False, RGB, "color=R%7C100%7CG%7C200%7CB%7C150"),
        ("deepObject", True, RGB, "color[R]=100&color[G]=200&color[B]=150"),
    ],
)
def test_query_styles_as_the_table(style: str, explode: bool, value: Any, expected: str) -> None:
    assert "&".join(query_pairs("color", value, ParamStyle(style, explode))) == expected


def test_defaults_are_the_specs() -> None:
    """path and header: simple; query: form, exploded."""
    assert path_text("color", COLORS, ParamStyle()) == "blue,black,brown"
    assert header_text(RGB, ParamStyle()) == "R,100,G,200,B,150"
    assert header_text(RGB, ParamStyle(explode=True)) == "R=100,G=200,B=150"
    assert (
        "&".join(query_pairs("color", COLORS, ParamStyle())) == "color=blue&color=black&color=brown"
    )
    assert "&".join(query_pairs("color", RGB, ParamStyle())) == "R=100&G=200&B=150"


def test_reserved_characters_are_encoded_unless_allowed() -> None:
    value = "a/b?c&d=e,f g+h"
    assert path_text("p", value, ParamStyle()) == "a%2Fb%3Fc%26d%3De%2Cf%20g%2Bh"
    assert query_pairs("q", value, ParamStyle()) == ["q=a%2Fb%3Fc%26d%3De%2Cf%20g%2Bh"]
    assert query_pairs("q", value, ParamStyle(allow_reserved=True)) == ["q=a/b?c&d=e,f%20g+h"]
    # A comma inside an item stays apart from the separators.
    assert query_pairs("q", ["a,b", "c"], ParamStyle("form", False)) == ["q=a%2Cb,c"]
    assert path_text("p", ["a,b", "ü"], ParamStyle()) == "a%2Cb,%C3%BC"


class Color(enum.Enum):
    BLUE = "blue"


class Point(BaseModel):
    x: int
    y_axis: int | None = None
    model_config = {"populate_by_name": True}


def test_values_are_written_as_json_writes_them() -> None:
    """Booleans as true/false, null as nothing, enum members by value, models by alias."""
    assert query_pairs("f", True, ParamStyle()) == ["f=true"]
    assert query_pairs("f", [True, None, Color.BLUE], ParamStyle()) == ["f=true", "f=", "f=blue"]
    assert path_text("p", [False, None], ParamStyle()) == "false,"
    assert plain(Point(x=1)) == {"x": 1}  # unset None fields are not sent
    assert query_pairs("point", Point(x=1, y_axis=2), ParamStyle()) == ["x=1", "y_axis=2"]
    assert cookie_text(["a b", "c;d"]) == "a%20b,c%3Bd"
    assert cookie_text(RGB) == "R,100,G,200,B,150"


def test_the_mock_reads_nothing_as_null_where_only_null_fits() -> None:
    """What the client writes for a null item (nothing) decodes back to null, unless a string
    fits too (then it is the empty string)."""
    from vendorgen.runtime.server._params import _typed

    assert query_pairs("e", [None], ParamStyle()) == ["e="]
    assert _typed([""], {"type": "array", "items": {"enum": [None]}}) == [None]
    assert _typed([""], {"type": "array", "items": {"type": ["string", "null"]}}) == [""]
    assert _typed("", {"type": "integer"}) == ""  # still refused by the schema check
