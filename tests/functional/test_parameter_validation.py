"""Parameters are held to the spec on send, like bodies: a path, query or header value that
breaks its schema (type, bounds, length, format, enum, pattern) is refused before the request
leaves, named by `/parameters/<location>/<name>`, together with any body problem.

Cases are derived mechanically: for every parameter of every client call of every API (plus the
`features` test case, the only spec with enum and pattern parameters), one bad value per
constraint kind its schema has, sync and async. Aska, Assure ERP and Graas declare parameters;
Avasam and Assure e-commerce send everything in bodies (no client parameter to check)."""

from __future__ import annotations

import asyncio
import functools
import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from vendorgen.build import build_api
from vendorgen.ir import Api, Operation, Param
from vendorgen.load import Spec, load_spec
from vendorgen.mockdata import example_or_sample
from vendorgen.walk import deref

from tests.conftest import API_IDS, package
from tests.helpers import api, auth_kwargs, build, call_kwargs, request_body, spec

CASE_DIR = Path(__file__).resolve().parent.parent / "cases" / "features"
UNLISTED = "VENDORGEN_UNLISTED"
WRONG_TYPE = {"integer": "1", "number": "1.5", "string": 1, "boolean": "true"}
BAD_FORMAT = {
    "int64": 2**63,
    "int32": 2**31,
    "date-time": "2020-10-16 20:22",
    "date": "16/10/2020",
    "email": "no-at-sign",
    "uri": "no scheme",
}


@functools.cache
def _shop() -> tuple[Spec, Api, Any]:
    loaded = load_spec(CASE_DIR / "shop.yaml")
    assert isinstance(loaded, Spec), loaded
    sys.path.insert(0, str(CASE_DIR / "expected" / "shop"))
    return loaded, build_api(loaded), importlib.import_module("shop_api")


def _source(api_id: str) -> tuple[Spec, Api, Any]:
    if api_id == "shop":
        return _shop()
    return spec(api_id), api(api_id), package(api_id)


def _bad_values(schema: dict[str, Any]) -> list[tuple[str, Any]]:
    """(the rule it breaks, a value) for each constraint kind of `schema`."""
    bad: list[tuple[str, Any]] = []
    if schema.get("type") in WRONG_TYPE:
        bad.append(("type", WRONG_TYPE[schema["type"]]))
    if "minimum" in schema:
        bad.append(("minimum", schema["minimum"] - 1))
    if "maximum" in schema:
        bad.append(("maximum", schema["maximum"] + 1))
    if schema.get("minLength", 0) > 0:
        bad.append(("minLength", "x" * (schema["minLength"] - 1)))
    if "maxLength" in schema:
        bad.append(("maxLength", "x" * (schema["maxLength"] + 1)))
    if schema.get("format") in BAD_FORMAT:
        bad.append(("format", BAD_FORMAT[schema["format"]]))
    if "enum" in schema:
        bad.append(("enum", UNLISTED))
    if "pattern" in schema:
        value = "!! no match"
        assert not re.search(schema["pattern"], value)
        bad.append(("pattern", value))
    return bad


def _cases() -> list[tuple[str, Operation, Param, str, Any]]:
    cases = []
    for api_id in [*API_IDS, "shop"]:
        data, ir, _ = _source(api_id)
        for op in ir.operations:
            for param in op.params:
                schema = deref(data.data, json.loads(param.schema))
                for rule, value in _bad_values(schema):
                    if param.is_idempotency_key and rule == "type":
                        continue  # idempotency_key is typed str; its text is what is checked
                    cases.append((api_id, op, param, rule, value))
    return cases


CASES = _cases()


def _id(case: tuple[Any, ...]) -> str:
    return f"{case[0]}-{case[1].py_name}-{case[2].location}-{case[2].name}-{case[3]}"


def _call(api_id: str, op: Operation, kwargs: dict[str, Any], body: Any, is_async: bool) -> Any:
    """Calls `op` through MockTransport; returns the requests that reached the transport."""
    _, ir, pkg = _source(api_id)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    cls = getattr(pkg, ir.async_client_class if is_async else ir.client_class)
    client = cls(
        base_url="https://vendor.test",
        transport=httpx.MockTransport(handler),
        rate_limiter=False,
        **auth_kwargs(ir),
    )
    args = [] if body is None else [body]
    method = getattr(client, op.py_name)
    with pytest.raises(pkg.errors.RequestValidationError) as caught:
        if is_async:
            asyncio.run(method(*args, **kwargs))
        else:
            method(*args, **kwargs)
    assert sent == [], "nothing is sent"
    assert isinstance(caught.value, ValueError)
    return caught.value


def _valid_body(api_id: str, op: Operation) -> Any:
    if not op.body:
        return None
    data, _, pkg = _source(api_id)
    model = getattr(pkg.models, op.body.model)
    if api_id == "shop":
        raw = deref(data.data, data.data["paths"][op.path][op.method.lower()]["requestBody"])
        media = raw["content"]["application/json"]
        return build(model, example_or_sample(data.data, media))
    return build(model, request_body(api_id, op, op.calls[0]))


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=_id)
def test_parameter_breaking_its_schema_is_not_sent(case: tuple[Any, ...], is_async: bool) -> None:
    api_id, op, param, rule, value = case
    kwargs = call_kwargs(op)
    kwargs["idempotency_key" if param.is_idempotency_key else param.py_name] = value
    error = _call(api_id, op, kwargs, _valid_body(api_id, op), is_async)
    pointer = f"/parameters/{param.location}/{param.name}:"
    assert all(p.startswith(pointer) for p in error.problems), error.problems
    assert any(f"must satisfy {rule} " in p for p in error.problems), error.problems
    assert repr(value) not in str(error) or len(repr(value)) < 4, "values are never echoed"


def test_every_constraint_kind_is_covered() -> None:
    """One case at least per kind; real APIs reach all but enum and pattern (none declared)."""
    assert {c[3] for c in CASES} == {
        "type", "minimum", "maximum", "minLength", "maxLength", "format", "enum", "pattern"
    }
    assert {c[0] for c in CASES} == {"aska", "assure_erp", "graas", "shop"}


def test_missing_required_parameter_is_named() -> None:
    """Graas get_asn_ids without its required supplierRef (None passed)."""
    op = next(o for o in api("graas").operations if o.py_name == "get_asn_ids")
    kwargs = {**call_kwargs(op), "supplier_ref": None}
    error = _call("graas", op, kwargs, None, is_async=False)
    assert error.problems == ("/parameters/query/supplierRef: must satisfy required",)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_parameter_and_body_problems_reported_together(is_async: bool) -> None:
    """Assure ERP update_vendor_location: an empty vendorCode and an empty body, one error."""
    op = next(o for o in api("assure_erp").operations if o.py_name == "update_vendor_location")
    pkg = package("assure_erp")
    body = getattr(pkg.models, op.body.model).model_construct()  # required fields left out
    error = _call("assure_erp", op, {"vendor_code": ""}, body, is_async)
    assert "/parameters/path/vendorCode: must satisfy minLength 1" in error.problems
    assert any(p.startswith("/: must satisfy required") for p in error.problems), error.problems
