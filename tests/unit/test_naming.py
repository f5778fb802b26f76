"""Names and literals made from untrusted spec text."""

from __future__ import annotations

import ast

import pytest
from vendorgen import naming


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("refStockId", "ref_stock_id"),
        ("UploadStock", "upload_stock"),
        ("Idempotency-Key", "idempotency_key_"),
        ("class", "class_"),
        ("match", "match_"),
        ("list", "list_"),
        ("2fa", "value_2fa"),
        ("", "value"),
        ("!!!", "value"),
        ("HTTPStatus", "http_status"),
        ("nickNameID", "nick_name_id"),
    ],
)
def test_snake(text: str, expected: str) -> None:
    assert naming.snake(text) == expected


def test_unique_suffixes_clashes() -> None:
    assert naming.unique(["user_id", "user_id", "user_id"]) == ["user_id", "user_id_2", "user_id_3"]


@pytest.mark.parametrize(
    "text",
    [
        '"""',
        "'''",
        "ends with backslash \\",
        "\\N{",
        "a\rb\u2028c",
        "{{ x }}",
        "{__import__('os')}",
        '"',
        "\u202eevil",
    ],
)
def test_docstring_and_literal_cannot_escape(text: str) -> None:
    module = f"def f():\n    {naming.docstring(text, '    ')}\n    return {naming.literal(text)}\n"
    tree = ast.parse(module)
    func = tree.body[0]
    assert isinstance(func, ast.FunctionDef) and len(func.body) == 2
    returned = func.body[1]
    assert isinstance(returned, ast.Return) and isinstance(returned.value, ast.Constant)
    assert returned.value.value == text
    assert all(ord(c) < 128 for c in naming.literal(text))


def test_literal_round_trips_json() -> None:
    value = {"a": [1, 2.5, True, None, "x\ny"], "é": {"b": ""}}
    assert ast.literal_eval(naming.literal(value)) == value
