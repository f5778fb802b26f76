"""What a vendor sends is read without loss; what the integrator sends is held to the spec.

Spec-driven: every documented 2xx response example and every webhook example, with variants
derived mechanically (an enum value replaced by an unlisted one, an optional property set to
null, a formatted string replaced by "" and a date-time by its offset-less form, an unknown
property added). The client (through httpx.MockTransport) returns a model that dumps back to
exactly the variant; the receiver answers 2xx and hands the handler that same data. A
representative subset of variants per example runs by default (every kind, a few of each)."""

from __future__ import annotations

import copy
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel
from vendorgen.walk import deref

from tests.conftest import API_IDS, package
from tests.contract.test_webhooks import deliveries, recording_handlers
from tests.functional.test_client_transport import _client, _invoke
from tests.helpers import api, raw_operation, sample_param, signed_delivery, spec, webhook_secrets

PER_KIND = 3  # variants of each kind per example in the default run
UNKNOWN = "x_vendorgen_unknown"


def _schema(data: Any, schema: Any) -> dict[str, Any]:
    """The schema with its $ref and allOf resolved into one object schema."""
    schema = deref(data, schema) if isinstance(schema, dict) else {}
    if "allOf" in schema:
        merged: dict[str, Any] = {"properties": {}, "required": []}
        for part in schema["allOf"]:
            part = _schema(data, part)
            merged["properties"].update(part.get("properties") or {})
            merged["required"] += part.get("required") or []
        return {**schema, **merged}
    return schema


def _variants(data: Any, schema: Any, value: Any, path: tuple[Any, ...]) -> Iterator[tuple]:
    """(kind, path, new value) for each mechanical change of `value` under `schema`."""
    schema = _schema(data, schema)
    if isinstance(value, dict):
        yield ("unknown", (*path, UNKNOWN), "kept")
        props = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        for key, item in value.items():
            if key in props:
                if key not in required and item is not None:
                    yield ("null", (*path, key), None)
                yield from _variants(data, props[key], item, (*path, key))
    elif isinstance(value, list) and value:
        yield from _variants(data, schema.get("items"), value[0], (*path, 0))
    elif isinstance(value, str) and "enum" in schema:
        yield ("enum", path, "VENDORGEN_UNLISTED")
    elif isinstance(value, int) and not isinstance(value, bool) and "enum" in schema:
        yield ("enum", path, 987654)
    elif isinstance(value, str) and schema.get("format") == "date-time":
        yield ("offset-less", path, value[:19])
        yield ("empty", path, "")
    elif isinstance(value, str) and schema.get("format"):
        yield ("empty", path, "")


def _apply(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    result = copy.deepcopy(value)
    node = result
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = new
    return result


def _subset(changes: list[tuple]) -> list[tuple]:
    """Every kind, at most PER_KIND of each, spread over the example."""
    chosen = []
    for kind in sorted({c[0] for c in changes}):
        of_kind = [c for c in changes if c[0] == kind]
        step = max(1, len(of_kind) // PER_KIND)
        chosen += of_kind[::step][:PER_KIND]
    return chosen


def _examples(api_id: str, media: dict[str, Any]) -> list[Any]:
    data = spec(api_id).data
    found = [deref(data, e).get("value") for e in (media.get("examples") or {}).values()]
    if "example" in media:
        found.append(media["example"])
    return [e for e in found if e is not None]


def _response_cases() -> list[tuple[str, Any, Any, Any]]:
    cases = []
    for api_id in API_IDS:
        data = spec(api_id).data
        for op in api(api_id).operations:
            successes = [r for r in op.responses if r.is_success]
            if not successes or not successes[0].model or op.pagination:
                continue
            raw = raw_operation(api_id, op)
            response = deref(data, raw["responses"][str(op.success.status)])
            for media in (response.get("content") or {}).values():
                for example in _examples(api_id, media):
                    for change in _subset(list(_variants(data, media["schema"], example, ()))):
                        cases.append((api_id, op, _apply(example, *change[1:]), change))
    return cases


RESPONSE_CASES = _response_cases()


def _id(case: tuple[Any, ...]) -> str:
    kind, path, _ = case[3]
    return f"{case[0]}-{case[1].py_name}-{kind}-{'/'.join(map(str, path))}"


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=_id)
def test_client_reads_every_variant_without_loss(case: tuple[Any, ...]) -> None:
    api_id, op, body, _ = case
    call = op.calls[0]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(op.mock_status, json=body)

    with _client(api_id, handler) as client:
        result = _invoke(api_id, client, op, call)
    assert isinstance(result, BaseModel)
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == body


def _webhook_cases() -> list[tuple[str, Any, Any, Any]]:
    cases = []
    for api_id in [a for a in API_IDS if api(a).webhooks]:
        data = spec(api_id).data
        for op in api(api_id).webhooks:
            if op.body is None:
                continue
            body = deref(data, raw_operation(api_id, op)["requestBody"])
            media = next(iter(body["content"].values()))
            for _label, example in deliveries(api_id, op):
                for change in _subset(list(_variants(data, media["schema"], example, ()))):
                    cases.append((api_id, op, _apply(example, *change[1:]), change))
    return cases


WEBHOOK_CASES = _webhook_cases()


@pytest.mark.parametrize("case", WEBHOOK_CASES, ids=_id)
def test_receiver_accepts_every_variant(case: tuple[Any, ...]) -> None:
    api_id, op, body, _ = case
    # A fresh receiver per case: variants of one example share its delivery key (deduplicated).
    handlers = recording_handlers(api_id)
    pkg = package(api_id)
    store = pkg.server.InMemoryDeliveryStore()
    app = pkg.server.create_webhook_app(handlers, secrets=webhook_secrets(api(api_id)), store=store)
    http = TestClient(app)
    params = {p.name: sample_param(p) for p in op.params if p.location == "query"}
    headers, body = signed_delivery(api(api_id), op, body, time.time())
    response = http.request(op.method, op.webhook_path, params=params, headers=headers, json=body)
    assert 200 <= response.status_code < 300, response.text
    assert len(handlers.calls) == 1
    model = handlers.calls[0][1]
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == body


def test_client_refuses_to_send_what_the_spec_forbids() -> None:
    """Graas update_product_master: sellerSKU alone (minProperties 2) and a null title."""
    pkg = package("graas")
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, json={})

    with _client("graas", handler) as client:
        for body, pointer in [
            (pkg.models.ProductMasterUpdateRequest(seller_sku="abcd"), "/"),
            (
                pkg.models.ProductMasterUpdateRequest(seller_sku="abcd", item_title=None),
                "/itemTitle",
            ),
        ]:
            with pytest.raises(pkg.errors.RequestValidationError) as caught:
                client.update_product_master(body)
            assert any(p.startswith(pointer + ":") for p in caught.value.problems)
            assert isinstance(caught.value, ValueError)
    assert sent == []


@pytest.mark.parametrize("api_id", API_IDS)
def test_client_refuses_unlisted_enum_and_missing_required(api_id: str) -> None:
    """For each API, the first request body with an enum property: an unlisted value is not
    sent; a body missing a required property is not sent either."""
    pkg = package(api_id)
    data = spec(api_id).data
    schemas = data["components"]["schemas"]
    checked = 0
    for name, schema in schemas.items():
        schema = _schema(data, schema)
        props = schema.get("properties") or {}
        required = schema.get("required") or []
        if not required or not hasattr(pkg.models, name):
            continue
        # the full JSON Schema check the client runs before sending
        problems = pkg._validation.request_problems(name, {})
        assert any("required" in p for p in problems), (name, problems)
        enums = [k for k, p in props.items() if "enum" in _schema(data, p)]
        if enums:
            instance = {enums[0]: "VENDORGEN_UNLISTED"}
            problems = pkg._validation.request_problems(name, instance)
            assert any(p.startswith(f"/{enums[0]}:") for p in problems), (name, problems)
        checked += 1
    assert checked
