"""Every generated client, sync and async, driven through httpx.MockTransport: the request it
sends for every operation, and the typed error it raises for every documented error status."""

from __future__ import annotations

import ast
import asyncio
import json
from typing import Any

import httpx
import pydantic
import pytest

from tests.conftest import API_IDS, package
from tests.helpers import (
    CREDENTIAL,
    api,
    auth_kwargs,
    call_kwargs,
    expected_path,
    request_body,
    same_json,
)

CASES = [(a, op, call) for a in API_IDS for op in api(a).operations for call in op.calls]
ERROR_CASES = [
    (a, op, response)
    for a in API_IDS
    for op in api(a).operations
    for response in op.errors
    if response.status.isdigit()
]
EXPECTED_ERROR = {
    400: "BadRequestError",
    401: "UnauthorizedError",
    403: "ForbiddenError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "BadRequestError",
    429: "RateLimitedError",
}


def _ids(case: tuple[Any, ...]) -> str:
    return "-".join(str(getattr(part, "py_name", getattr(part, "status", part))) for part in case)


def _client(api_id: str, handler: Any, *, is_async: bool = False, **options: Any) -> Any:
    pkg = package(api_id)
    a = api(api_id)
    cls = getattr(pkg, a.async_client_class if is_async else a.client_class)
    transport = httpx.MockTransport(handler)
    return cls(
        base_url="https://vendor.test",
        transport=transport,
        rate_limiter=False,
        **auth_kwargs(a),
        **options,
    )


def _invoke(api_id: str, client: Any, op: Any, call: Any) -> Any:
    pkg = package(api_id)
    args = []
    if call.request_model:
        model = getattr(pkg.models, call.request_model)
        args.append(pydantic.TypeAdapter(model).validate_python(request_body(api_id, op, call)))
    return getattr(client, call.py_name)(*args, **call_kwargs(op))


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("api_id", "op", "call"), CASES, ids=[_ids(c) for c in CASES])
def test_request_shape(api_id: str, op: Any, call: Any, is_async: bool) -> None:
    seen: list[httpx.Request] = []
    status, body = op.mock_status, ast.literal_eval(call.mock_literal)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body) if body is not None else httpx.Response(status)

    client = _client(api_id, handler, is_async=is_async)
    result = _invoke(api_id, client, op, call)
    if is_async:
        result = asyncio.run(result)

    (request,) = seen
    assert request.method == op.method
    assert request.url.path == expected_path(op)
    for p in op.call_params:
        if p.location == "query":
            assert request.url.params.get_list(p.name)
        if p.location == "header":
            assert p.name.lower() in request.headers
    for alternative in op.security[:1]:
        for scheme_id in alternative:
            scheme = next(s for s in api(api_id).schemes if s.id == scheme_id)
            assert CREDENTIAL in request.headers[scheme.header]
    if op.idempotency:
        assert request.headers[op.idempotency.name]
    if call.request_model:
        sent = json.loads(request.content)
        assert same_json(sent, json.loads(json.dumps(request_body(api_id, op, call))))
        assert request.headers["content-type"] == "application/json"
    if call.response_model:
        model = getattr(package(api_id).models, call.response_model)
        if isinstance(model, type):
            assert type(result) is model
        else:  # a type alias (generator/model_aliases.py): a plain list or a union member
            assert not isinstance(result, pydantic.RootModel)
            assert pydantic.TypeAdapter(model).validate_python(result) == result


@pytest.mark.parametrize(
    ("api_id", "op", "response"), ERROR_CASES, ids=[_ids(c) for c in ERROR_CASES]
)
def test_documented_error_raises_typed_error(api_id: str, op: Any, response: Any) -> None:
    from vendorgen.mockdata import example_or_sample
    from vendorgen.walk import deref

    from tests.helpers import raw_operation, spec

    data = spec(api_id).data
    raw = deref(data, raw_operation(api_id, op)["responses"][response.status])
    media = next(iter(sorted((raw.get("content") or {"-": {}}).items())))[1]
    body = example_or_sample(data, media) if raw.get("content") else None
    pkg = package(api_id)
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(int(response.status), json=body, headers={"x-request-id": "req-1"})

    client = _client(api_id, handler, retry=pkg.RetryPolicy(max_retries=0))
    with pytest.raises(pkg.errors.ClientError) as caught:
        _invoke(api_id, client, op, op.calls[0])
    error = caught.value
    assert calls == 1
    status = int(response.status)
    expected = EXPECTED_ERROR.get(status) or (
        "ServerError" if status >= 500 else "UnexpectedStatusError"
    )
    if isinstance(error, pkg.errors.ApiError):
        assert type(error).__name__ == expected
        assert error.status == status
        assert error.request_id == "req-1"
        if response.model:
            assert type(error.body).__name__ == response.model
    else:  # 408/5xx on a write without an idempotency key: not retried, outcome unknown
        assert isinstance(error, pkg.errors.UnknownOutcomeError)
        assert error.status == status
    assert CREDENTIAL not in str(error) and CREDENTIAL not in repr(error.__dict__)
