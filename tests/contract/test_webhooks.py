"""Every webhook app, served by uvicorn on 127.0.0.1, driven over real HTTP with each documented
example of its callbacks: the handler receives the typed model and its answer goes back."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pydantic
import pytest
from vendorgen.mockdata import example_or_sample
from vendorgen.walk import deref

from tests.conftest import API_IDS, package
from tests.helpers import api, raw_operation, sample_param, signed_delivery, spec, webhook_secrets
from tests.servers import serve

WEBHOOK_APIS = [a for a in API_IDS if api(a).webhooks]
JSON = {"content-type": "application/json"}


def recording_handlers(api_id: str) -> Any:
    """A handler subclass that records each call and answers with the documented response."""
    a = api(api_id)
    pkg = package(api_id)
    base = getattr(pkg.server, a.webhook_handlers_class)
    calls: list[tuple[str, Any, dict[str, Any]]] = []

    def method(op: Any) -> Any:
        async def handle(self: Any, *args: Any, **kwargs: Any) -> Any:
            calls.append((op.py_name, args[0] if args else None, kwargs))
            if op.success.model is None:
                return None
            shape = pydantic.TypeAdapter(getattr(pkg.models, op.success.model))
            return shape.validate_python(json.loads(op.mock_body))

        return handle

    cls = type("Recorder", (base,), {op.py_name: method(op) for op in a.webhooks})
    handlers = cls()
    handlers.calls = calls
    return handlers


def deliveries(api_id: str, op: Any) -> list[tuple[str, Any]]:
    """(label, JSON body) for each documented request example, or one schema sample."""
    if op.body is None:
        return [("no body", None)]
    data = spec(api_id).data
    media = next(iter(deref(data, raw_operation(api_id, op)["requestBody"])["content"].values()))
    examples = [
        (name, deref(data, ex)["value"]) for name, ex in (media.get("examples") or {}).items()
    ]
    return examples or [("sample", example_or_sample(data, media))]


@pytest.fixture(scope="module", params=WEBHOOK_APIS)
def webhook_server(request: pytest.FixtureRequest) -> Iterator[tuple[str, str, Any]]:
    api_id = str(request.param)
    handlers = recording_handlers(api_id)
    app = package(api_id).server.create_webhook_app(handlers, secrets=webhook_secrets(api(api_id)))
    with serve(app) as url:
        yield api_id, url, handlers


def test_every_callback_with_every_documented_example(webhook_server: tuple[str, str, Any]) -> None:
    api_id, url, handlers = webhook_server
    a = api(api_id)
    pkg = package(api_id)
    delivered = 0
    with httpx.Client(base_url=url, timeout=10) as http:
        for op in a.webhooks:
            params = {p.name: sample_param(p) for p in op.params if p.location == "query"}
            for label, body in deliveries(api_id, op):
                handlers.calls.clear()
                headers, body = signed_delivery(a, op, body, time.time())
                response = http.request(
                    op.method, op.webhook_path, params=params, headers=headers, json=body
                )
                assert response.status_code == op.mock_status, (op.py_name, label, response.text)
                ((name, received, kwargs),) = handlers.calls
                assert name == op.py_name
                if op.body:
                    model = getattr(pkg.models, op.body.model)
                    if isinstance(model, type):
                        assert isinstance(received, model)
                    else:  # a type alias: a plain list or union member, already parsed
                        assert pydantic.TypeAdapter(model).validate_python(received) == received
                assert set(kwargs) == {p.py_name for p in op.params}
                if op.success.model:
                    pydantic.TypeAdapter(getattr(pkg.models, op.success.model)).validate_json(
                        response.content
                    )
                delivered += 1
    assert delivered >= len(a.webhooks)


def test_unauthenticated_delivery_gets_401_before_validation(
    webhook_server: tuple[str, str, Any],
) -> None:
    api_id, url, handlers = webhook_server
    secured = [op for op in api(api_id).webhooks if op.security and () not in op.security]
    if not secured:
        # The vendor documents no credentials on its callbacks: none are demanded, and a
        # malformed body is a 400, not a 401.
        op = next(o for o in api(api_id).webhooks if o.body)
        response = httpx.request(
            op.method, url + op.webhook_path, content=b"{not json", headers=JSON, timeout=10
        )
        assert response.status_code == 400
        return
    handlers.calls.clear()
    for op in secured:
        response = httpx.request(op.method, url + op.webhook_path, content=b"{not json", timeout=10)
        assert response.status_code == 401, op.py_name
    assert handlers.calls == []


def test_malformed_body_gets_documented_400_without_echo(
    webhook_server: tuple[str, str, Any],
) -> None:
    api_id, url, _ = webhook_server
    a = api(api_id)
    for op in [
        o
        for o in a.webhooks
        if o.body
        and not any(
            s
            for alt in o.security
            for s in alt
            if next(w for w in a.webhook_schemes if w.id == s).kind == "jwt"
        )
    ]:
        headers, _ = signed_delivery(a, op, {}, time.time())
        headers["content-type"] = "application/json"
        params = {p.name: sample_param(p) for p in op.params if p.location == "query"}
        response = httpx.request(
            op.method,
            url + op.webhook_path,
            params=params,
            headers=headers,
            content=b'{"zz-secret-input": [1, 2',
            timeout=10,
        )
        assert response.status_code == 400, op.py_name
        assert "zz-secret-input" not in response.text
        assert response.json() is not None


def test_oversized_body_gets_413(webhook_server: tuple[str, str, Any]) -> None:
    api_id, url, _ = webhook_server
    op = next(o for o in api(api_id).webhooks if o.body)
    response = httpx.request(
        op.method, url + op.webhook_path, content=b"x" * (11 * 1024 * 1024), timeout=30
    )
    assert response.status_code == 413


def test_unknown_path_answers_in_vendor_shape(webhook_server: tuple[str, str, Any]) -> None:
    _, url, _ = webhook_server
    response = httpx.get(url + "/no/such/callback", timeout=10)
    assert response.status_code == 404
    # the documented 404 answer, or none when nothing documents one: never FastAPI's own
    assert response.content == b"" or "detail" not in response.json()


def test_paths_are_configurable() -> None:
    api_id = WEBHOOK_APIS[0]
    a = api(api_id)
    op = a.webhooks[0]
    app = package(api_id).server.create_webhook_app(
        recording_handlers(api_id), secrets=webhook_secrets(a), paths={op.py_name: "/custom/hook"}
    )
    assert "/custom/hook" in {getattr(r, "path", "") for r in app.routes}
    with pytest.raises(ValueError, match="needs secrets"):
        if any(alt for o in a.webhooks for alt in o.security):
            package(api_id).server.create_webhook_app(recording_handlers(api_id), secrets={})
        else:
            raise ValueError("needs secrets (none documented)")


def test_handler_failure_gets_documented_500(webhook_server: tuple[str, str, Any]) -> None:
    api_id, _url, _ = webhook_server
    a = api(api_id)
    handlers = recording_handlers(api_id)
    op = a.webhooks[0]

    async def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("integrator bug")

    setattr(handlers, op.py_name, boom)
    app = package(api_id).server.create_webhook_app(handlers, secrets=webhook_secrets(a))
    with serve(app) as own_url:
        _label, body = deliveries(api_id, op)[0]
        headers, body = signed_delivery(a, op, body, time.time())
        params = {p.name: sample_param(p) for p in op.params if p.location == "query"}
        response = httpx.request(
            op.method,
            own_url + op.webhook_path,
            params=params,
            headers=headers,
            json=body,
            timeout=10,
        )
    assert response.status_code == 500
    assert "integrator bug" not in response.text
    # the documented 500 body; none when the spec documents none (nothing invented)
    documented = next(t for t in op.error_templates if t.status == 500)
    assert (response.content == b"") == (documented.body_literal == "None")
    if response.content:
        assert isinstance(response.json(), dict)


@pytest.mark.parametrize("api_id", WEBHOOK_APIS)
def test_repeated_deliveries_return_first_response_once(api_id: str) -> None:
    a = api(api_id)
    keyed = [op for op in a.webhooks if op.dedupe_pointers]
    if not keyed:
        pytest.skip("no callback documents a delivery key")
    handlers = recording_handlers(api_id)
    app = package(api_id).server.create_webhook_app(handlers, secrets=webhook_secrets(a))
    with serve(app) as url, httpx.Client(base_url=url, timeout=10) as http:
        for op in keyed:
            _label, body = deliveries(api_id, op)[0]
            headers, body = signed_delivery(a, op, body, time.time())
            params = {p.name: sample_param(p) for p in op.params if p.location == "query"}
            handlers.calls.clear()
            first = http.request(
                op.method, op.webhook_path, params=params, headers=headers, json=body
            )
            second = http.request(
                op.method, op.webhook_path, params=params, headers=headers, json=body
            )
            assert first.status_code == op.mock_status, (op.py_name, first.text)
            assert (second.status_code, second.content) == (first.status_code, first.content)
            # An answer reporting a partial failure (the spec's settled-unless) is not replayed.
            assert len(handlers.calls) == (2 if reports_failure(op) else 1), op.py_name


def reports_failure(op: Any) -> bool:
    if not op.dedupe_settled_unless:
        return False
    from vendorgen.runtime._jsonpointer import MISSING, resolve

    value = resolve(json.loads(op.mock_body), op.dedupe_settled_unless)
    return value not in (MISSING, None, False, "", [], {})
