"""The mock vendors' optional emulations, on a fake clock: the documented rate limit (429 with
Retry-After) and the 24-hour idempotency replay (same key + same payload -> the first response,
same key + other payload -> an error)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.client.fakes import FakeClock
from tests.conftest import API_IDS, package
from tests.helpers import api, auth_kwargs, request_body, sample_param
from tests.servers import serve

LIMITED = [a for a in API_IDS if api(a).rate_limit]
IDEMPOTENT = [
    (a, op)
    for a in API_IDS
    for op in api(a).operations
    if op.idempotency and op.body and not op.variants
]


def _headers(api_id: str) -> dict[str, str]:
    a = api(api_id)
    return {
        s.header: (f"Bearer {v}" if s.kind == "bearer" else v)
        for s, v in zip(a.schemes, auth_kwargs(a).values(), strict=True)
    }


@pytest.mark.parametrize("api_id", LIMITED)
def test_rate_limit_emulation(api_id: str) -> None:
    limit = api(api_id).rate_limit
    assert limit is not None
    op = next(o for o in api(api_id).operations if "{" not in o.path and not o.variants)
    body = request_body(api_id, op, op.calls[0]) if op.body else None
    params = {p.name: sample_param(p) for p in op.params if p.location == "query"}
    clock = FakeClock()
    app = package(api_id).server.create_mock_app(emulate_rate_limit=True, clock=clock)

    def send(http: httpx.Client) -> httpx.Response:
        return http.request(op.method, op.path, json=body, params=params)

    with (
        serve(app) as url,
        httpx.Client(base_url=url, headers=_headers(api_id), timeout=10) as http,
    ):
        statuses = [send(http).status_code for _ in range(limit.limit)]
        refused = send(http)
        clock.now += limit.period_seconds
        again = send(http)
    assert set(statuses) == {op.mock_status}
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    assert again.status_code == op.mock_status


@pytest.mark.parametrize(
    ("api_id", "op"), IDEMPOTENT[:3], ids=[f"{a}-{o.py_name}" for a, o in IDEMPOTENT[:3]]
)
def test_idempotency_replay_emulation(api_id: str, op: Any) -> None:
    assert op.idempotency is not None and op.idempotency.idempotency_ttl
    clock = FakeClock()
    app = package(api_id).server.create_mock_app(emulate_idempotency=True, clock=clock)
    body = request_body(api_id, op, op.calls[0])
    key = {op.idempotency.name: "batch-7421"}
    with (
        serve(app) as url,
        httpx.Client(base_url=url, headers=_headers(api_id), timeout=10) as http,
    ):
        first = http.request(op.method, op.path, json=body, headers=key)
        replay = http.request(op.method, op.path, json=body, headers=key)
        other = json.loads(json.dumps(body))
        other = [*other, other[0]] if isinstance(other, list) else {**other, "zz-extra": 1}
        conflict = http.request(op.method, op.path, json=other, headers=key)
        clock.now += op.idempotency.idempotency_ttl + 1
        after_ttl = http.request(op.method, op.path, json=other, headers=key)
    assert first.status_code == op.mock_status and "Idempotent-Replayed" not in first.headers
    assert (replay.status_code, replay.content) == (first.status_code, first.content)
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert conflict.status_code == 400
    assert (
        after_ttl.status_code == op.mock_status and "Idempotent-Replayed" not in after_ttl.headers
    )
