# ruff: noqa: E501  (the lines under test are long on purpose)
"""layout.py lays out lines as black does: checked against black itself on literals of every
shape (random nested JSON data, tuples, awkward strings) and on the other shapes templates
write (calls, long unions in parameters, long assignments and returns)."""

from __future__ import annotations

import ast

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vendorgen import fmt, layout, naming

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | st.text(alphabet="ab'\"\\ \n\t\u00e9\u202e\U0001f600", max_size=12)
    | st.sampled_from(["", "x" * 95, "/a/{id}/b", "a,)b", "(x,)"])
)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=6)
    | st.lists(inner, max_size=4).map(tuple)
    | st.dictionaries(st.text(max_size=30), inner, max_size=6),
    max_leaves=30,
)


def _black(source: str) -> list[str]:
    return black.format_str(source, mode=fmt.black_mode()).splitlines()


@settings(max_examples=300, deadline=None)
@given(value=_values, depth=st.integers(min_value=0, max_value=4))
def test_a_literal_in_an_assignment_is_laid_out_as_black_does(value: object, depth: int) -> None:
    pad = "    " * depth
    code = f"name = {naming.literal(value)}"
    wrapped = "".join(f"{'    ' * d}if x:\n" for d in range(depth)) + pad + code + "\n"
    expected = _black(wrapped)[depth:]
    assert layout.literal_lines(code, len(pad)) == expected


@settings(max_examples=300, deadline=None)
@given(
    value=_values,
    depth=st.integers(min_value=1, max_value=5),
    key=st.sampled_from(["success_body=", '"key": ', "", "42: "]),
)
def test_a_literal_item_inside_brackets_is_laid_out_as_black_does(
    value: object, depth: int, key: str
) -> None:
    pad = "    " * depth
    item = f"{key}{naming.literal(value)},"
    opener = "f(" if key.endswith("=") else "{" if key.endswith(": ") else "["
    closer = {"f(": ")", "{": "}", "[": "]"}[opener]
    outer = "    " * (depth - 1)
    source = f"{outer}{opener}\n{pad}{item}\n{outer}{closer}\n"
    prefix = "".join(f"{'    ' * d}if x:\n" for d in range(depth - 1))
    expected = _black(prefix + source)[depth:-1]
    assert layout.literal_lines(item, len(pad)) == expected


_CONTEXTS = {
    # (source around the line at indent 8, how many of black's lines precede it and follow it)
    "item": ("def f():\n    g(\n{}\n    )\n", 2, 1),
    "parameter": ("class C:\n    def f(\n        self,\n{}\n    ) -> None:\n        pass\n", 3, 2),
    "statement": ("def f():\n    if x:\n{}\n", 2, 0),
}


@pytest.mark.parametrize(
    ("context", "line"),
    [
        (
            "item",
            'ParamSpec("orderNumber", "query", True, TypeAdapter(list[str]), True, "order_no"),',
        ),
        (
            "item",
            'ParamSpec("orderNumber", "query", True, TypeAdapter(list[str]), True, "order_nos"),',
        ),
        ("item", 'security=(("authPassword", "authUsername",),),'),
        (
            "item",
            'params=(ParamSpec("Idempotency-Key", "header", False, TypeAdapter(str), False),),',
        ),
        (
            "item",
            'params=(ParamSpec("Idempotency-Key", "header", False, TypeAdapter(str), False, "x"),),',
        ),
        ("item", "errors={},"),
        (
            "parameter",
            "body: models.ProductCreateRequest | dict[str, typing.Any] | list[typing.Any] | None = None,",
        ),
        (
            "parameter",
            "body: models.ProductMasterCreateRequestWithAVeryLongNameIndeedYes | dict[str, typing.Any] | list[typing.Any] | None = None,",
        ),
        (
            "parameter",
            "order_numbers: list[typing.Annotated[str, pydantic.StringConstraints(max_length=64)]] | None = None,",
        ),
        (
            "statement",
            'sent = request_body("create_kartrocket_account", models.KartrocketAccountRequest, body, fields, required=True)',
        ),
        (
            "statement",
            'sent = request_body("create_lazada_account", models.LazadaAccountRequest, body, fields, required=True)',
        ),
        (
            "statement",
            'RETRY_AFTER_DEFAULT: float | None = "a string long enough to need the parentheses black adds..."',
        ),
        (
            "statement",
            'return typing.cast("models.SomeResponseWithAnExtremelyLongNameThatGoesOnAndOnForever", result)',
        ),
        (
            "statement",
            'walk = paging.walk("list_everything_there_is", paging.size(page_body, query), self._max_pages)',
        ),
    ],
)
def test_template_shapes_are_laid_out_as_black_does(context: str, line: str) -> None:
    source, before, after = _CONTEXTS[context]
    formatted = _black(source.format(" " * 8 + line))
    expected = formatted[before : len(formatted) - after]
    assert layout.literal_lines(line, 8) == expected


def test_relayout_leaves_short_lines_alone_and_splits_long_ones() -> None:
    source = "x = 1\n" + "y = [" + ", ".join(['"abcdefghij"'] * 10) + "]\n"
    assert layout.relayout(source) == black.format_str(source, mode=fmt.black_mode())
    assert layout.relayout("x = 1\n") == "x = 1\n"


@given(st.text())
def test_string_literals_read_back_and_are_quoted_as_black_quotes(value: str) -> None:
    text = layout.string_literal(value)
    assert ast.literal_eval(text) == value
    assert text.isascii()
    assert black.format_str(f"x = {text}\n", mode=fmt.black_mode()) == f"x = {text}\n"


def test_relayout_never_touches_a_docstring() -> None:
    long_text = "A sentence (with parentheses, commas) long enough to pass the limit " * 2
    source = f'def f() -> None:\n    """{long_text}\n\n    {long_text}\n    """\n'
    assert layout.relayout(source) == source
