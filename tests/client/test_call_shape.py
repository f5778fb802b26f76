"""The call shape of the generated clients, sync and async: a body as a model, as a dict or as
keyword fields sends the same request; a wrong body fails at the call and nothing is sent;
`iter_<op>()` yields every item across pages; a constructor typo names the client."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import httpx
import pydantic
import pytest

from tests.client.fakes import make_client, success
from tests.client.test_pagination import PAGED, PagedVendor
from tests.conftest import API_IDS, package
from tests.helpers import api, call_kwargs, request_body

CALLS = [
    (a, op, call)
    for a in API_IDS
    for op in api(a).operations
    for call in op.calls
    if call.request_model
]
IDS = [f"{a}-{call.py_name}" for a, _, call in CALLS]
SYNC_ASYNC = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])


def _run(value: Any, is_async: bool) -> Any:
    if not is_async:
        return value

    async def wait() -> Any:
        return await value

    return asyncio.run(wait())


def _model(api_id: str, name: str, data: Any) -> Any:
    """`data` as the request model `name`: a model, or a type alias (a list, a union)."""
    return pydantic.TypeAdapter(getattr(package(api_id).models, name)).validate_python(data)


class _Sent(Exception):
    """Raised by the fake vendor with the request: only what is sent matters here."""


def _sent(api_id: str, op: Any, call: Any, is_async: bool, *args: Any, **kwargs: Any) -> bytes:
    def handle(request: httpx.Request) -> httpx.Response:
        raise _Sent(request.content)

    client = make_client(api_id, handle, is_async=is_async)
    with pytest.raises(_Sent) as sent:
        _run(getattr(client, call.py_name)(*args, **call_kwargs(op), **kwargs), is_async)
    content: bytes = sent.value.args[0]
    return content


@SYNC_ASYNC
@pytest.mark.parametrize(("api_id", "op", "call"), CALLS, ids=IDS)
def test_a_dict_body_sends_what_the_model_sends(
    api_id: str, op: Any, call: Any, is_async: bool
) -> None:
    data = request_body(api_id, op, call)
    model = _model(api_id, call.request_model, data)
    assert _sent(api_id, op, call, is_async, data) == _sent(api_id, op, call, is_async, model)


KEYWORD_CALLS = [
    (a, op, call)
    for a, op, call in CALLS
    if isinstance(request_body(a, op, call), dict)
    and request_body(a, op, call)
    and not {p.py_name for p in op.call_params} & set(request_body(a, op, call))
    and all(k.isidentifier() for k in request_body(a, op, call))
]


@SYNC_ASYNC
@pytest.mark.parametrize(
    ("api_id", "op", "call"), KEYWORD_CALLS, ids=[f"{a}-{c.py_name}" for a, _, c in KEYWORD_CALLS]
)
def test_keyword_fields_send_what_the_model_sends(
    api_id: str, op: Any, call: Any, is_async: bool
) -> None:
    data = request_body(api_id, op, call)
    model = _model(api_id, call.request_model, data)
    # the same fields by Python name; fields the model does not declare go in `body=` only
    declared = set(type(model).model_fields)
    python_names = {k: v for k, v in model.model_dump(exclude_unset=True).items() if k in declared}
    by_python = _sent(api_id, op, call, is_async, **python_names)
    expected = type(model).model_validate(python_names)
    assert by_python == _sent(api_id, op, call, is_async, expected)
    if not isinstance(getattr(package(api_id).models, call.request_model), type):
        # a union body takes any member's fields, by wire name too
        assert _sent(api_id, op, call, is_async, **data) == by_python


def test_keyword_calls_cover_every_api_with_an_object_body() -> None:
    assert {a for a, _, _ in KEYWORD_CALLS} == {a for a, _, _ in CALLS}


@SYNC_ASYNC
@pytest.mark.parametrize(("api_id", "op", "call"), CALLS, ids=IDS)
def test_a_wrong_body_fails_at_the_call_and_sends_nothing(
    api_id: str, op: Any, call: Any, is_async: bool
) -> None:
    sent: list[httpx.Request] = []
    client = make_client(api_id, lambda r: sent.append(r) or success(op), is_async=is_async)
    method = getattr(client, call.py_name)
    with pytest.raises(pydantic.ValidationError, match=call.request_model):
        _run(method(42, **call_kwargs(op)), is_async)
    data = request_body(api_id, op, call)
    model = getattr(package(api_id).models, call.request_model)
    keywords = inspect.signature(method).parameters
    field = next((name for name in getattr(model, "model_fields", ()) if name in keywords), None)
    if field:  # an object body: its fields are keyword parameters
        with pytest.raises(TypeError, match=f"{call.py_name}.*not both"):
            _run(method(data, **call_kwargs(op), **{field: 1}), is_async)
    elif "fields" in keywords:  # a union body: any member's fields
        with pytest.raises(TypeError, match=f"{call.py_name}.*not both"):
            _run(method(data, **call_kwargs(op), unexpected_field=1), is_async)
    else:  # a list body, or a model without fields, takes no keyword fields
        with pytest.raises(TypeError, match="unexpected keyword argument"):
            _run(method(data, **call_kwargs(op), unexpected_field=1), is_async)
    assert sent == []


@SYNC_ASYNC
@pytest.mark.parametrize("api_id", API_IDS)
def test_a_constructor_typo_names_the_client(api_id: str, is_async: bool) -> None:
    a = api(api_id)
    name = a.async_client_class if is_async else a.client_class
    with pytest.raises(
        TypeError, match=rf"^{name}\(\) got an unexpected keyword argument 'timout'"
    ):
        make_client(api_id, lambda r: httpx.Response(200), is_async=is_async, timout=3)


@SYNC_ASYNC
@pytest.mark.parametrize(("api_id", "op"), PAGED, ids=[f"{a}-{o.py_name}" for a, o in PAGED])
def test_item_iterators_yield_every_item_across_pages(api_id: str, op: Any, is_async: bool) -> None:
    vendor = PagedVendor(op, 23)
    client = make_client(api_id, vendor.handle, is_async=is_async)
    kwargs = call_kwargs(op)
    p = op.pagination
    args: list[Any] = []
    if op.body:
        data = {**request_body(api_id, op, op.calls[0]), p.page_param: p.first_page}
        if p.size_param:
            data[p.size_param] = 10
        args.append(data)  # a plain dict body
    else:
        for param in op.call_params:
            if param.name == p.page_param:
                kwargs[param.py_name] = None
            if param.name == p.size_param:
                kwargs[param.py_name] = 10
    iterator = getattr(client, f"iter_{op.py_name}")(*args, **kwargs)
    if is_async:

        async def collect() -> list[Any]:
            return [item async for item in iterator]

        items = asyncio.run(collect())
    else:
        items = list(iterator)
    assert len(items) == 23
    expected = getattr(package(api_id).models, p.item_model) if p.item_model else object
    assert all(isinstance(item, expected) for item in items)
    assert len(vendor.requested) == 3


GETS = [(a, op) for a in API_IDS for op in api(a).operations if op.method == "GET"][:1] + [
    (a, op) for a in API_IDS for op in api(a).operations if op.method == "POST"
][:1]


@SYNC_ASYNC
@pytest.mark.parametrize(("api_id", "op"), GETS, ids=[f"{a}-{o.py_name}" for a, o in GETS])
def test_with_options_sets_timeout_headers_and_retry_for_the_copy_only(
    api_id: str, op: Any, is_async: bool
) -> None:
    from tests.helpers import request_body as body_of

    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503)

    client = make_client(api_id, handle, is_async=is_async)
    retry_policy = package(api_id).RetryPolicy(max_retries=0)
    quick = client.with_options(timeout=1.5, retry=retry_policy, extra_headers={"X-Trace": "t-1"})
    call = op.calls[0]
    args = [body_of(api_id, op, call)] if call.request_model else []
    with pytest.raises(package(api_id).errors.ClientError):
        _run(getattr(quick, call.py_name)(*args, **call_kwargs(op)), is_async)
    assert len(seen) == 1  # retry=max_retries 0: no second attempt
    assert seen[0].headers["x-trace"] == "t-1"
    assert seen[0].extensions["timeout"]["read"] <= 1.5
    seen.clear()
    with pytest.raises(package(api_id).errors.ClientError):
        _run(getattr(client, call.py_name)(*args, **call_kwargs(op)), is_async)
    assert len(seen) == 3  # the original keeps its own policy (two retries) and headers
    assert "x-trace" not in seen[0].headers
    assert seen[0].extensions["timeout"]["read"] > 1.5


@SYNC_ASYNC
@pytest.mark.parametrize(("api_id", "op"), GETS, ids=[f"{a}-{o.py_name}" for a, o in GETS])
def test_per_call_options_apply_to_that_call_only(api_id: str, op: Any, is_async: bool) -> None:
    """`timeout=`, `extra_headers=`, `retry=` on the call itself, as openai-python takes them."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503)

    client = make_client(api_id, handle, is_async=is_async)
    call = op.calls[0]
    args = [request_body(api_id, op, call)] if call.request_model else []
    method = getattr(client, call.py_name)
    options = {
        "timeout": 1.5,
        "retry": package(api_id).RetryPolicy(max_retries=0),
        "extra_headers": {"X-Trace": "t-2"},
    }
    with pytest.raises(package(api_id).errors.ClientError):
        _run(method(*args, **call_kwargs(op), **options), is_async)
    assert len(seen) == 1
    assert seen[0].headers["x-trace"] == "t-2"
    assert seen[0].extensions["timeout"]["read"] <= 1.5
    seen.clear()
    with pytest.raises(package(api_id).errors.ClientError):
        _run(method(*args, **call_kwargs(op)), is_async)
    assert len(seen) == 3  # the next call has the client's own policy again
    assert "x-trace" not in seen[0].headers
    assert seen[0].extensions["timeout"]["read"] > 1.5


def test_every_method_takes_the_per_call_options() -> None:
    missing = []
    for api_id in API_IDS:
        a = api(api_id)
        for cls_name in (a.client_class, a.async_client_class):
            cls = getattr(package(api_id), cls_name)
            for name, method in vars(cls).items():
                if name.startswith("_") or name in ("with_options", "update_credentials"):
                    continue
                if name in ("close", "aclose") or not callable(method):
                    continue
                params = inspect.signature(method).parameters
                for option in ("timeout", "extra_headers", "retry"):
                    if params.get(option, None) is None or (
                        params[option].kind is not inspect.Parameter.KEYWORD_ONLY
                    ):
                        missing.append(f"{cls_name}.{name}:{option}")
    assert not missing, missing


def _typed_keyword(api_id: str) -> tuple[str, str, str] | None:
    """(method, field, annotation) of a keyword body field typed `int` or `str`."""
    for op in api(api_id).operations:
        call = op.calls[0]
        if not call.request_model:
            continue
        method = getattr(getattr(package(api_id), api(api_id).client_class), call.py_name)
        for name, param in inspect.signature(method).parameters.items():
            if param.annotation in ("int | NotGiven", "str | NotGiven"):
                return call.py_name, name, param.annotation.split(" ")[0]
    return None


def test_mypy_catches_a_keyword_field_of_the_wrong_type(tmp_path: Any) -> None:
    import subprocess
    import sys

    from tests.conftest import GENERATED

    api_id = next(a for a in API_IDS if _typed_keyword(a))
    method, field, kind = _typed_keyword(api_id)  # type: ignore[misc]
    wrong = "1" if kind == "str" else '"1"'
    a = api(api_id)
    script = tmp_path / "caller.py"
    script.write_text(
        f"from {a.package} import {a.client_class}\n\n"
        f"def call(client: {a.client_class}) -> None:\n"
        f"    client.{method}({field}={wrong})\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c"), str(script)],
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(GENERATED / api_id), "PATH": "/usr/bin:/bin"},
        timeout=600,
    )
    assert f'Argument "{field}" to "{method}"' in result.stdout, result.stdout + result.stderr
