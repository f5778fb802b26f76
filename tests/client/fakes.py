"""A fake clock and scripted transports for driving generated clients without real time."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.conftest import package
from tests.helpers import api, auth_kwargs, build, call_kwargs, request_body


@dataclass
class FakeClock:
    """Monotonic and wall time that only move when someone sleeps."""

    now: float = 1_000_000.0
    sleeps: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def make_client(
    api_id: str,
    handler: Callable[[httpx.Request], httpx.Response],
    *,
    is_async: bool = False,
    clock: FakeClock | None = None,
    **options: Any,
) -> Any:
    """A generated client over a MockTransport, with a fake clock and no real sleeping."""
    a = api(api_id)
    pkg = package(api_id)
    clock = clock or FakeClock()
    cls = getattr(pkg, a.async_client_class if is_async else a.client_class)
    options.setdefault("rate_limiter", False)
    credentials = options.pop("credentials", None)
    return cls(
        base_url="https://vendor.test",
        transport=httpx.MockTransport(handler),
        clock=clock,
        wall_clock=clock,
        sleep=clock.asleep if is_async else clock.sleep,
        rand=lambda: 0.5,
        **(credentials if credentials is not None else auth_kwargs(a)),
        **options,
    )


def invoke(
    api_id: str,
    client: Any,
    op: Any,
    call: Any | None = None,
    *,
    is_async: bool = False,
    **extra: Any,
) -> Any:
    """Call one operation with its documented example (or a schema sample) as the body."""
    call = call or op.calls[0]
    args = []
    if call.request_model:
        model = getattr(package(api_id).models, call.request_model)
        args.append(build(model, request_body(api_id, op, call)))
    result = getattr(client, call.py_name)(*args, **call_kwargs(op), **extra)
    return asyncio.run(_awaited(result)) if is_async else result


async def _awaited(value: Any) -> Any:
    return await value


def success(op: Any) -> httpx.Response:
    body = json.loads(op.mock_body)
    return (
        httpx.Response(op.mock_status, json=body)
        if body is not None
        else httpx.Response(op.mock_status)
    )


def ops_by_method(api_id: str) -> dict[str, Any]:
    """One operation per HTTP method the API uses, preferring ones without variants."""
    chosen: dict[str, Any] = {}
    for op in api(api_id).operations:
        if op.variants:
            continue
        chosen.setdefault(op.method, op)
    return chosen
