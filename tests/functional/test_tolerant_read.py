"""What a vendor sends is read without loss; what the integrator sends is held to the spec.

Spec-driven: every documented 2xx response example (paginated operations too, through the page
iterator and the item iterator) and every webhook example, with variants derived mechanically by
tests/variants.py (an unlisted enum value, an optional property set to null, a formatted string
set to "" and a date-time without its offset, an unknown property added, each oneOf/anyOf value
replaced by every other branch — and the same variants inside that branch), over every array
item. The client (through httpx.MockTransport) returns a model that dumps back to exactly the
variant; the receiver answers 2xx and hands the handler that same data. The parametrized tests
run a representative subset per example (every kind, PER_KIND of each);
`test_every_variant_of_every_example` runs all of them in one loop."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel, RootModel
from vendorgen.walk import deref

from tests.conftest import API_IDS, package
from tests.contract.test_webhooks import deliveries, recording_handlers
from tests.functional.test_client_transport import _client
from tests.helpers import (
    api,
    build,
    call_kwargs,
    raw_operation,
    request_body,
    sample_param,
    signed_delivery,
    spec,
    webhook_secrets,
)
from tests.variants import apply, changes, label, resolved, subset

PER_KIND = 3  # variants of each kind per example in the default run


def _examples(api_id: str, media: dict[str, Any]) -> list[Any]:
    data = spec(api_id).data
    found = [deref(data, e).get("value") for e in (media.get("examples") or {}).values()]
    if "example" in media:
        found.append(media["example"])
    return [e for e in found if e is not None]


def _response_examples() -> Iterator[tuple[str, Any, Any, Any]]:
    """(api, operation, response schema, example) of every documented 2xx example."""
    for api_id in API_IDS:
        data = spec(api_id).data
        for op in api(api_id).operations:
            successes = [r for r in op.responses if r.is_success]
            if not successes or not successes[0].model:
                continue
            response = deref(data, raw_operation(api_id, op)["responses"][str(op.success.status)])
            for media in (response.get("content") or {}).values():
                for example in _examples(api_id, media):
                    yield api_id, op, media["schema"], example


def _webhook_examples() -> Iterator[tuple[str, Any, Any, Any]]:
    for api_id in [a for a in API_IDS if api(a).webhooks]:
        data = spec(api_id).data
        for op in api(api_id).webhooks:
            if op.body is None:
                continue
            body = deref(data, raw_operation(api_id, op)["requestBody"])
            media = next(iter(body["content"].values()))
            for _label, example in deliveries(api_id, op):
                yield api_id, op, media["schema"], example


def _cases(examples: Iterator[tuple[str, Any, Any, Any]], every: bool) -> list[tuple[Any, ...]]:
    cases = []
    for api_id, op, schema, example in examples:
        found = list(changes(spec(api_id).data, schema, example))
        for change in found if every else subset(found, PER_KIND):
            cases.append((api_id, op, apply(example, change[1]), change))
    return cases


RESPONSE_CASES = _cases(_response_examples(), every=False)
WEBHOOK_CASES = _cases(_webhook_examples(), every=False)


def _id(case: tuple[Any, ...]) -> str:
    return f"{case[0]}-{case[1].py_name}-{label(case[3])}"


def _dumped(value: Any) -> Any:
    """A result as JSON: a model, or a plain list / union member of a type alias."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list):
        return [_dumped(item) for item in value]
    return value


def _client_problems(api_id: str, op: Any, body: Any) -> list[str]:
    """What the client loses of `body` (empty: nothing): the call's model, and for a paginated
    operation the first page of the page iterator and every item of it from the item iterator."""
    pkg = package(api_id)
    call = op.calls[0]
    args = []
    if call.request_model:
        model = getattr(pkg.models, call.request_model)
        args.append(build(model, request_body(api_id, op, call)))

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(op.mock_status, json=body)

    problems = []
    with _client(api_id, handler) as client:
        results = [("call", getattr(client, call.py_name)(*args, **call_kwargs(op)))]
        if op.pagination:
            pages = getattr(client, f"iter_{call.py_name}_pages")(*args, **call_kwargs(op))
            results.append(("page", next(iter(pages))))
        for where, result in results:
            if result is None or isinstance(result, RootModel) or _dumped(result) != body:
                problems.append(f"{where}: {_dumped(result)!r}")
        if op.pagination:
            problems += _item_problems(api_id, op, client, args, body)
    return problems


def _item_problems(api_id: str, op: Any, client: Any, args: list[Any], body: Any) -> list[str]:
    """The item iterator yields the page's items as they were sent (stopping before page 2)."""
    pointer = [p for p in op.pagination.items.split("/") if p]
    sent: Any = body
    for part in pointer:
        sent = sent.get(part) if isinstance(sent, dict) else None
    sent = sent if isinstance(sent, list) else []
    items = getattr(client, f"iter_{op.calls[0].py_name}")(*args, **call_kwargs(op))
    read = [_dumped(item) for item in itertools.islice(items, len(sent))]
    return [] if read == sent else [f"items: {read!r}"]


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=_id)
def test_client_reads_every_variant_without_loss(case: tuple[Any, ...]) -> None:
    api_id, op, body, _ = case
    assert _client_problems(api_id, op, body) == []


def _receiver_problems(api_id: str, op: Any, body: Any) -> list[str]:
    """What the receiver loses of `body`: not a 2xx, no handler call, or other data handed on."""
    # A fresh receiver per case: variants of one example share its delivery key (deduplicated).
    handlers = recording_handlers(api_id)
    pkg = package(api_id)
    store = pkg.server.InMemoryDeliveryStore()
    app = pkg.server.create_webhook_app(handlers, secrets=webhook_secrets(api(api_id)), store=store)
    http = TestClient(app)
    params = {p.name: sample_param(p) for p in op.params if p.location == "query"}
    headers, body = signed_delivery(api(api_id), op, body, time.time())
    response = http.request(op.method, op.webhook_path, params=params, headers=headers, json=body)
    if not 200 <= response.status_code < 300:
        return [f"HTTP {response.status_code}: {response.text}"]
    if len(handlers.calls) != 1:
        return [f"handler called {len(handlers.calls)} times"]
    model = handlers.calls[0][1]
    return [] if _dumped(model) == body else [f"handed {_dumped(model)!r}"]


@pytest.mark.parametrize("case", WEBHOOK_CASES, ids=_id)
def test_receiver_accepts_every_variant(case: tuple[Any, ...]) -> None:
    api_id, op, body, _ = case
    assert _receiver_problems(api_id, op, body) == []


def _collected(check: Any, case: tuple[Any, ...]) -> list[str]:
    """The check's problems, a raised error counting as one (so one run reports them all)."""
    try:
        return list(check(*case[:3]))
    except Exception as exc:  # any error is a lost variant, reported with the rest
        return [f"{type(exc).__name__}: {exc}"]


@pytest.mark.exhaustive
def test_every_variant_of_every_example() -> None:
    """The exhaustive run: every change of every example, client and receiver, in one loop
    (the parametrized tests above run a subset); failures are collected, then reported."""
    failures = []
    for case in _cases(_response_examples(), every=True):
        failures += [f"{_id(case)}: {p}" for p in _collected(_client_problems, case)]
    for case in _cases(_webhook_examples(), every=True):
        failures += [f"{_id(case)}: {p}" for p in _collected(_receiver_problems, case)]
    assert failures == [], f"{len(failures)} variant(s) lost data:\n" + "\n".join(failures[:20])


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
        schema = resolved(data, schema)
        props = schema.get("properties") or {}
        required = schema.get("required") or []
        if not required or not hasattr(pkg.models, name):
            continue
        # the full JSON Schema check the client runs before sending
        problems = pkg._validation.request_problems(name, {})
        assert any("required" in p for p in problems), (name, problems)
        enums = [k for k, p in props.items() if "enum" in resolved(data, p)]
        if enums:
            instance = {enums[0]: "VENDORGEN_UNLISTED"}
            problems = pkg._validation.request_problems(name, instance)
            assert any(p.startswith(f"/{enums[0]}:") for p in problems), (name, problems)
        checked += 1
    assert checked
