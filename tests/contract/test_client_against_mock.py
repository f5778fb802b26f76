"""Each generated client against its generated mock server, served by uvicorn on 127.0.0.1:
every inbound operation over real HTTP, every response parsed into the generated models."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pydantic import RootModel

from tests.conftest import API_IDS, package
from tests.helpers import api, auth_kwargs, build, call_kwargs, request_body
from tests.servers import serve


@pytest.fixture(scope="module", params=API_IDS)
def served(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    api_id = str(request.param)
    a = api(api_id)
    accepted = {s.id: v for s, v in zip(a.schemes, auth_kwargs(a).values(), strict=True)}
    app = package(api_id).server.create_mock_app(credentials=accepted)
    with serve(app) as url:
        yield api_id, url


def _calls(api_id: str) -> list[tuple[Any, Any]]:
    return [(op, call) for op in api(api_id).operations for call in op.calls]


def _args(api_id: str, op: Any, call: Any) -> list[Any]:
    if not call.request_model:
        return []
    return [
        build(getattr(package(api_id).models, call.request_model), request_body(api_id, op, call))
    ]


def test_every_operation_sync(served: tuple[str, str]) -> None:
    api_id, url = served
    a = api(api_id)
    cls = getattr(package(api_id), a.client_class)
    with cls(base_url=url, rate_limiter=False, **auth_kwargs(a)) as client:
        for op, call in _calls(api_id):
            result = getattr(client, call.py_name)(*_args(api_id, op, call), **call_kwargs(op))
            if call.response_model and op.mock_body != "null":
                assert result is not None and not isinstance(result, RootModel), call.py_name


def test_every_operation_async(served: tuple[str, str]) -> None:
    api_id, url = served
    a = api(api_id)
    cls = getattr(package(api_id), a.async_client_class)

    async def run() -> None:
        async with cls(base_url=url, rate_limiter=False, **auth_kwargs(a)) as client:
            for op, call in _calls(api_id):
                result = await getattr(client, call.py_name)(
                    *_args(api_id, op, call), **call_kwargs(op)
                )
                if call.response_model and op.mock_body != "null":
                    assert result is not None and not isinstance(result, RootModel), call.py_name

    asyncio.run(run())


def test_wrong_or_missing_credentials_get_401_with_documented_body(served: tuple[str, str]) -> None:
    api_id, url = served
    a = api(api_id)
    secured = [op for op in a.operations if op.security and () not in op.security]
    if not secured:
        pytest.skip("no authenticated operation")
    op = secured[0]
    pkg = package(api_id)
    wrong = {name: "wrong-value" for name in auth_kwargs(a)}
    client = getattr(pkg, a.client_class)(base_url=url, rate_limiter=False, **wrong)
    with client, pytest.raises(pkg.errors.UnauthorizedError) as caught:
        getattr(client, op.py_name)(*_args(api_id, op, op.calls[0]), **call_kwargs(op))
    assert caught.value.status == 401
    template = next(t for t in op.error_templates if t.status == 401)
    documented = next((r.model for r in op.errors if r.status == "401"), None)
    if documented:
        assert type(caught.value.body).__name__ == documented
    plain = next((o for o in secured if "{" not in o.path), None)
    if plain is not None:
        missing = httpx.request(plain.method, url + plain.path, timeout=5)
        assert missing.status_code == 401
        template = next(t for t in plain.error_templates if t.status == 401)
        # a 401 documented without a body stays bodiless: nothing invented
        assert (missing.content == b"") == (template.body_literal == "None")
        if template.message_pointer:
            body = missing.json()
            node = body
            for token in template.message_pointer.split("/")[1:]:
                node = node[token]
            assert node  # the documented body, carrying our message


def test_bad_body_gets_documented_400_not_422(served: tuple[str, str]) -> None:
    api_id, url = served
    a = api(api_id)
    with_body = [op for op in a.operations if op.body and "{" not in op.path]
    if not with_body:
        pytest.skip("no operation with a body")
    headers = {"content-type": "application/json"}
    for op in with_body[:1]:
        for scheme_id in op.security[0] if op.security else ():
            scheme = next(s for s in a.schemes if s.id == scheme_id)
            value = auth_kwargs(a)[scheme.py_name]
            headers[scheme.header] = f"Bearer {value}" if scheme.kind == "bearer" else value
        response = httpx.request(
            op.method, url + op.path, content=b'{"not": valid json', headers=headers, timeout=5
        )
        assert response.status_code == 400
        assert "valid json" not in response.text  # the input is never echoed
