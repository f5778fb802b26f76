"""A bounded load run on 127.0.0.1: 20 concurrent clients send 1,000 calls to a mock vendor and
1,000 deliveries (100 of them repeats) to a webhook receiver. Zero errors, every delivery handled
exactly once; the figures are printed."""

from __future__ import annotations

import asyncio
import copy
import statistics
import time
from typing import Any

import httpx
import pytest

from tests.conftest import API_IDS, package
from tests.contract.test_webhooks import deliveries, recording_handlers
from tests.helpers import (
    api,
    auth_kwargs,
    build,
    call_kwargs,
    request_body,
    signed_delivery,
    webhook_secrets,
)
from tests.servers import serve

CLIENTS, CALLS = 20, 1_000


def _report(
    capsys: pytest.CaptureFixture[str], label: str, latencies: list[float], elapsed: float
) -> None:
    ordered = sorted(latencies)
    with capsys.disabled():
        print(
            f"\n[load] {label}: {len(latencies)} requests from {CLIENTS} clients in {elapsed:.2f}s "
            f"= {len(latencies) / elapsed:.0f} req/s; "
            f"latency p50 {statistics.median(ordered) * 1000:.1f} ms, "
            f"p95 {ordered[int(len(ordered) * 0.95)] * 1000:.1f} ms, "
            f"max {ordered[-1] * 1000:.1f} ms"
        )


def test_mock_vendor_under_load(capsys: pytest.CaptureFixture[str]) -> None:
    api_id = "aska" if "aska" in API_IDS else API_IDS[0]
    a, pkg = api(api_id), package(api_id)
    op = next(o for o in a.operations if o.body and not o.variants)
    body = build(getattr(pkg.models, op.body.model), request_body(api_id, op, op.calls[0]))
    accepted = {s.id: v for s, v in zip(a.schemes, auth_kwargs(a).values(), strict=True)}
    latencies: list[float] = []

    async def worker(url: str, n: int) -> None:
        async with getattr(pkg, a.async_client_class)(
            base_url=url, rate_limiter=False, **auth_kwargs(a)
        ) as client:
            for _ in range(n):
                started = time.perf_counter()
                await getattr(client, op.py_name)(body, **call_kwargs(op))
                latencies.append(time.perf_counter() - started)

    with serve(pkg.server.create_mock_app(credentials=accepted)) as url:
        started = time.perf_counter()

        async def run() -> None:
            await asyncio.gather(*(worker(url, CALLS // CLIENTS) for _ in range(CLIENTS)))

        asyncio.run(asyncio.wait_for(run(), timeout=120))
        elapsed = time.perf_counter() - started
    assert len(latencies) == CALLS
    _report(capsys, f"{api_id} mock {op.py_name}", latencies, elapsed)


def test_webhook_receiver_under_load(capsys: pytest.CaptureFixture[str]) -> None:
    candidates = [
        (a, op) for a in API_IDS for op in api(a).webhooks if op.dedupe_pointers and op.body
    ]
    api_id, op = candidates[0]
    a = api(api_id)
    handlers = recording_handlers(api_id)
    (_, template), *_ = deliveries(api_id, op)
    unique = CALLS - 100
    bodies = []
    # Each delivery gets its own key: the first string-valued key field is made unique.
    key_field = next(
        p.lstrip("/") for p in op.dedupe_pointers if isinstance(template.get(p.lstrip("/")), str)
    )
    for i in range(unique):
        body = copy.deepcopy(template)
        body[key_field] = f"load-{i}"
        bodies.append(body)
    bodies += [copy.deepcopy(bodies[i]) for i in range(0, 200, 2)]  # 100 repeat deliveries
    statuses: list[int] = []
    latencies: list[float] = []

    async def worker(url: str, share: list[Any]) -> None:
        async with httpx.AsyncClient(base_url=url, timeout=30) as http:
            for body in share:
                headers, signed = signed_delivery(a, op, body, time.time())
                started = time.perf_counter()
                response = await http.request(
                    op.method, op.webhook_path, json=signed, headers=headers
                )
                latencies.append(time.perf_counter() - started)
                statuses.append(response.status_code)

    app = package(api_id).server.create_webhook_app(handlers, secrets=webhook_secrets(a))
    with serve(app) as url:
        started = time.perf_counter()

        async def run() -> None:
            await asyncio.gather(*(worker(url, bodies[i::CLIENTS]) for i in range(CLIENTS)))

        asyncio.run(asyncio.wait_for(run(), timeout=120))
        elapsed = time.perf_counter() - started
    assert len(statuses) == CALLS and set(statuses) == {op.mock_status}
    keys = [call[1].model_dump(by_alias=True)[key_field] for call in handlers.calls]
    assert len(handlers.calls) == unique, "lost or duplicated deliveries"
    assert sorted(keys) == sorted(f"load-{i}" for i in range(unique))
    _report(
        capsys, f"{api_id} webhook {op.py_name} ({unique} unique + 100 repeats)", latencies, elapsed
    )
