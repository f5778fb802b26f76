"""Names and literals made from untrusted spec text."""

from __future__ import annotations

import ast

import pytest
from vendorgen import model_names, naming


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


@pytest.mark.parametrize(
    ("prop", "field"),
    [
        ("imageURLs", "image_urls"),
        ("asnIDs", "asn_ids"),
        ("SELLinALLId", "sellinall_id"),
        ("sizeChartImageURL", "size_chart_image_url"),
        ("_id", "id"),
        ("class", "class_"),
        ("json", "json_"),
        ("model_dump", "field_model_dump"),
        ("1st", "field_1st"),
    ],
)
def test_field_name(prop: str, field: str) -> None:
    assert naming.field_name(prop) == field


def test_inline_schemas_are_named_by_place_on_a_clash() -> None:
    schemas = {
        "Order": {"properties": {"status": {"type": "integer", "enum": [0, 1]}}},
        "Shipment": {"properties": {"status": {"type": "string", "enum": ["a"]}}},
        "Ticket": {"properties": {"TicketidStatus": {"type": "array", "items": {"enum": [1]}}}},
    }
    named = model_names.name_inline_schemas(schemas)
    order = ["OrderStatus", "Order", "ShipmentStatus", "Shipment", "TicketidStatus", "Ticket"]
    assert list(named) == order
    assert named["Order"]["properties"]["status"] == {"$ref": "#/components/schemas/OrderStatus"}
    items = named["Ticket"]["properties"]["TicketidStatus"]["items"]
    assert items == {"$ref": "#/components/schemas/TicketidStatus"}  # not singularised


def test_same_inline_schema_in_two_places_is_one_class() -> None:
    status = {"type": "string", "enum": ["open"]}
    named = model_names.name_inline_schemas(
        {"A": {"properties": {"status": status}}, "B": {"properties": {"status": status}}}
    )
    assert list(named) == ["Status", "A", "B"]


@pytest.mark.parametrize(
    ("schema", "members"),
    [
        ({"enum": [0, 1], "x-enum-varnames": ["open", "closedNow"]}, ["OPEN", "CLOSED_NOW"]),
        ({"enum": [0, 1], "x-enumNames": ["Open", "Closed"]}, ["OPEN", "CLOSED"]),
        ({"enum": [10, "10"]}, ["LIMIT_10", "LIMIT_10_STRING"]),
        ({"enum": ["a", ""]}, ["A", "EMPTY"]),
        ({"enum": ["open", "closed"]}, None),
    ],
)
def test_enum_member_names(schema: dict[str, object], members: list[str] | None) -> None:
    assert model_names.enum_member_names(schema, "Limit") == members


def test_two_properties_one_field_are_kept_apart() -> None:
    fields = model_names.field_names({"properties": {"id": {}, "id_": {}, "imageURLs": {}}})
    assert fields == {"id_": "id_", "imageURLs": "image_urls"}
