"""Payloads at the documents' limits, built by replicating the examples the specs carry."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import specs as spec_mod
from common import SPECS


@dataclass(frozen=True)
class Case:
    """A list payload: `schema` is the body model, `pointer` the list to fill with `count` items.

    With `operation`, schema and pointer come from the spec: the 2xx response model and the
    x-pagination items pointer of that operation.
    """

    label: str
    api: str
    count: int
    schema: str | None = None
    pointer: str | None = None
    operation: str | None = None


# Each entry: what the issue asks for first, then stand-ins if that spec or model is missing.
CASES: tuple[tuple[Case, ...], ...] = (
    (
        Case(
            "Assure ERP article masters",
            "assure_erp",
            5000,
            "CreateArticleMasterRequest",
            "/articleMasters",
        ),
        Case(
            "Aska stones (stand-in for article masters)", "aska", 5000, "StonesRequest", "/stones"
        ),
    ),
    (
        Case("Assure ERP inventory rows", "assure_erp", 10_000, operation="search_inventory"),
        Case(
            "Avasam inventory rows (stand-in)",
            "avasam",
            10_000,
            operation="get_inventory_list_with_filter",
        ),
    ),
    (
        Case("Graas orders", "graas", 1000, operation="get_orders"),
        Case(
            "Avasam orders (stand-in for Graas)", "avasam", 1000, operation="get_process_order_list"
        ),
    ),
)


@dataclass(frozen=True)
class Payload:
    case: Case
    schema: str
    pointer: str
    example: Any  # the documented example it was built from
    data: bytes  # JSON with `count` items at `pointer`
    substituted: bool


def build(case: Case, specs_dir: Path = SPECS) -> Payload | str:
    """The payload, or why it cannot be built from this spec."""
    path = specs_dir / f"{case.api}.yaml"
    if not path.is_file():
        return f"no specs/{case.api}.yaml"
    spec = spec_mod.load(path)
    schema, pointer = case.schema, case.pointer
    if case.operation:
        found = _from_operation(spec, case.operation)
        if isinstance(found, str):
            return found
        schema, pointer = found
    assert schema and pointer
    if schema not in ((spec.get("components") or {}).get("schemas") or {}):
        return f"no schema {schema} in specs/{case.api}.yaml"
    example = next((e for e in examples_of(spec, schema) if _items(e, pointer)), None)
    if example is None:
        return f"no example of {schema} with items at {pointer}"
    body = _with_items(example, pointer, case.count)
    data = json.dumps(body, ensure_ascii=False).encode()
    return Payload(case, schema, pointer, example, data, substituted=False)


def resolve(
    candidates: tuple[Case, ...], specs_dir: Path = SPECS, count: int | None = None
) -> tuple[Payload | None, list[str]]:
    """The first candidate that builds; the reasons the earlier ones did not."""
    reasons = []
    for index, case in enumerate(candidates):
        if count is not None:
            case = Case(case.label, case.api, count, case.schema, case.pointer, case.operation)
        built = build(case, specs_dir)
        if isinstance(built, Payload):
            return Payload(
                built.case, built.schema, built.pointer, built.example, built.data, index > 0
            ), reasons
        reasons.append(f"{case.label}: {built}")
    return None, reasons


def examples_of(spec: dict[str, Any], schema: str) -> list[Any]:
    """Every example value attached to `schema` (directly, or as a oneOf/anyOf member)."""
    ref = f"{spec_mod.SCHEMA_REF}{schema}"
    found: list[Any] = []

    components = (spec.get("components") or {}).get("schemas") or {}

    def refers(node: Any, depth: int = 0) -> bool:
        """`node` is the schema, or a oneOf/anyOf of it (possibly behind one $ref: x-variants)."""
        if not isinstance(node, dict) or depth > 1:
            return False
        if node.get("$ref") == ref:
            return True
        target = str(node.get("$ref", ""))
        if target.startswith(spec_mod.SCHEMA_REF):
            return refers(components.get(target[len(spec_mod.SCHEMA_REF) :]), depth + 1)
        members = list(node.get("oneOf") or []) + list(node.get("anyOf") or [])
        return any(isinstance(m, dict) and m.get("$ref") == ref for m in members)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if refers(node.get("schema")):
                if "example" in node:
                    found.append(node["example"])
                for named in (node.get("examples") or {}).values():
                    if isinstance(named, dict) and "value" in named:
                        found.append(named["value"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec.get("paths"))
    walk(spec.get("webhooks"))
    own = ((spec.get("components") or {}).get("schemas") or {}).get(schema) or {}
    found += ([own["example"]] if "example" in own else []) + list(own.get("examples") or [])
    return found


def request_example(spec: dict[str, Any], operation: str) -> Any:
    op = _operation(spec, operation)
    media = (((op or {}).get("requestBody") or {}).get("content") or {}).get(
        "application/json"
    ) or {}
    return _first_example(media)


def response_example(spec: dict[str, Any], operation: str) -> Any:
    op = _operation(spec, operation) or {}
    for status, response in sorted((op.get("responses") or {}).items()):
        if str(status).startswith("2"):
            media = ((response or {}).get("content") or {}).get("application/json") or {}
            return _first_example(media)
    return None


def _first_example(media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    for named in (media.get("examples") or {}).values():
        if isinstance(named, dict) and "value" in named:
            return named["value"]
    return None


def _operation(spec: dict[str, Any], operation: str) -> dict[str, Any] | None:
    return next((op for op_id, op in spec_mod.operations(spec) if op_id == operation), None)


def _from_operation(spec: dict[str, Any], operation: str) -> tuple[str, str] | str:
    op = _operation(spec, operation)
    if op is None:
        return f"no operation {operation}"
    items = (op.get("x-pagination") or {}).get("items")
    for status, response in sorted((op.get("responses") or {}).items()):
        if not str(status).startswith("2"):
            continue
        schema = (((response or {}).get("content") or {}).get("application/json") or {}).get(
            "schema"
        ) or {}
        ref = schema.get("$ref", "")
        if ref.startswith(spec_mod.SCHEMA_REF) and items:
            return ref[len(spec_mod.SCHEMA_REF) :], items
    return f"{operation} has no 2xx $ref response with x-pagination items"


def _items(value: Any, pointer: str) -> list[Any] | None:
    for token in pointer.strip("/").split("/"):
        if not isinstance(value, dict) or token not in value:
            return None
        value = value[token]
    return value if isinstance(value, list) and value else None


def _with_items(example: Any, pointer: str, count: int) -> Any:
    body = json.loads(json.dumps(example))
    *parents, last = pointer.strip("/").split("/")
    holder = body
    for token in parents:
        holder = holder[token]
    items = holder[last]
    holder[last] = [items[i % len(items)] for i in range(count)]
    return body
