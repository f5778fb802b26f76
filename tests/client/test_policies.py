"""Idempotency keys across retries, Retry-After handling, backoff bounds, redirects."""

from __future__ import annotations

import email.utils
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vendorgen.runtime import _retry

from tests.client.fakes import FakeClock, invoke, make_client, success
from tests.conftest import API_IDS, package
from tests.helpers import api

IDEMPOTENT_WRITES = [
    (a, op)
    for a in API_IDS
    for op in api(a).operations
    if op.idempotency is not None and op.method != "GET"
]
FAULTS: dict[str, Any] = {
    **{f"http-{s}": s for s in (408, 429, 500, 502, 503, 504)},
    "connect-error": httpx.ConnectError("x"),
    "read-timeout": httpx.ReadTimeout("x"),
    "write-timeout": httpx.WriteTimeout("x"),
    "protocol-error": httpx.RemoteProtocolError("x"),
}


# The key is the runtime's (one module in every package): every fault on the first keyed
# write, one fault on every other (its header name and wiring are the operation's own).
KEY_CASES = [
    (a, op, fault)
    for index, (a, op) in enumerate(IDEMPOTENT_WRITES)
    for fault in (sorted(FAULTS) if index == 0 else ["http-503"])
]


@pytest.mark.parametrize(
    ("api_id", "op", "fault"), KEY_CASES, ids=[f"{a}-{o.py_name}-{f}" for a, o, f in KEY_CASES]
)
def test_one_key_per_call_same_key_on_every_attempt(api_id: str, op: Any, fault: str) -> None:
    keys: list[str] = []
    header = op.idempotency.name

    def handler(request: httpx.Request) -> httpx.Response:
        keys.append(request.headers[header])
        if len(keys) % 3 == 0:  # attempts 1 and 2 of each call fail, the third succeeds
            return success(op)
        outcome = FAULTS[fault]
        if isinstance(outcome, Exception):
            raise outcome
        return httpx.Response(outcome, json={})

    # No deadline: a documented Retry-After default (Aska: 60 s) would spend the default one.
    retry = package(api_id)._retry.RetryPolicy(deadline=None)
    client = make_client(api_id, handler, retry=retry)
    invoke(api_id, client, op)
    invoke(api_id, client, op)
    invoke(api_id, client, op, idempotency_key="caller-key-1")
    assert len(keys) == 9
    first, second, caller = keys[0:3], keys[3:6], keys[6:9]
    assert len(set(first)) == 1 and len(set(second)) == 1 and first[0] != second[0]
    assert caller == ["caller-key-1"] * 3


NOW = 1_700_000_000.0
RETRY_AFTER_CASES = [
    ("0", 0.0),
    ("1", 1.0),
    ("7", 7.0),
    ("60", 60.0),
    ("1.5", 1.5),
    (" 3 ", 3.0),
    ("30", 30.0),
    ("59.999", 59.999),
    ("00012", 12.0),
    (email.utils.formatdate(NOW + 10, usegmt=True), 10.0),
    (email.utils.formatdate(NOW + 45, usegmt=True), 45.0),
    (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),  # a date in the past: go now
    (email.utils.formatdate(NOW, usegmt=True), 0.0),
    ("", None),
    ("soon", None),
    ("-1", None),
    ("-0.5", None),
    ("inf", None),
    ("Infinity", None),
    ("nan", None),
    ("NaN", None),
    ("1e3", None),
    ("0x10", None),
    ("1,5", None),
    ("٣", None),
    ("Wed, 99 Oct 2015 07:28:00 GMT", None),
    ("Wed, 21 Oct 2015 07:28:00", None),
    ("12 seconds", None),
    ("+5", None),
    ("5.", None),
    (".5", None),
    ("1 2", None),
]


@pytest.mark.parametrize(("value", "expected"), RETRY_AFTER_CASES)
def test_parse_retry_after(value: str, expected: float | None) -> None:
    parse = _retry.parse_retry_after  # the runtime's source, tested once
    result = parse(value, NOW)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected, abs=1.0)


def _retry_after_client(value: str, op: Any, api_id: str) -> tuple[Any, FakeClock, list[int]]:
    calls: list[int] = []
    clock = FakeClock(now=NOW)

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        retry_after = value.encode("utf-8")  # raw bytes: httpx refuses non-ASCII str headers
        return (
            httpx.Response(429, json={}, headers={"Retry-After": retry_after})
            if len(calls) == 1
            else success(op)
        )

    return make_client(api_id, handler, clock=clock), clock, calls


@pytest.mark.parametrize(("value", "expected"), RETRY_AFTER_CASES)
def test_client_honours_retry_after(value: str, expected: float | None) -> None:
    api_id = API_IDS[0]
    op = next(o for o in api(api_id).operations if o.method == "GET" or o.idempotency)
    client, clock, calls = _retry_after_client(value, op, api_id)
    invoke(api_id, client, op)
    assert len(calls) == 2
    default = package(api_id)._operations.RETRY_AFTER_DEFAULT
    if expected is None:  # unusable: the documented default, else backoff (rand fixed at 0.5)
        assert clock.sleeps == [pytest.approx(default if default is not None else 0.5 * 0.75)]
    else:
        assert clock.sleeps == [pytest.approx(expected, abs=1.0)]


@pytest.mark.parametrize("value", ["61", "3600", email.utils.formatdate(NOW + 7200, usegmt=True)])
def test_retry_after_above_cap_raises_rate_limited_without_sleeping(value: str) -> None:
    api_id = API_IDS[0]
    op = next(o for o in api(api_id).operations if o.method == "GET" or o.idempotency)
    client, clock, calls = _retry_after_client(value, op, api_id)
    with pytest.raises(package(api_id).errors.RateLimitedError) as caught:
        invoke(api_id, client, op)
    assert caught.value.retry_after and caught.value.retry_after > 60
    assert clock.sleeps == [] and len(calls) == 1


def test_deadline_bounds_the_whole_call() -> None:
    api_id = API_IDS[0]
    op = next(o for o in api(api_id).operations if o.method == "GET")
    pkg = package(api_id)
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503, json={}, headers={"Retry-After": "40"})

    client = make_client(api_id, handler, retry=pkg.RetryPolicy(max_retries=10, deadline=100.0))
    with pytest.raises(pkg.errors.ServerError):
        invoke(api_id, client, op)
    assert len(calls) == 3  # 0 s, 40 s, 80 s; a third wait would end past the 100 s deadline


@settings(max_examples=300, derandomize=True)
@given(
    retry=st.integers(min_value=0, max_value=200),
    rand=st.floats(min_value=0, max_value=1),
    initial=st.floats(min_value=0.01, max_value=5),
    cap=st.floats(min_value=0.1, max_value=120),
)
def test_backoff_bounds(retry: int, rand: float, initial: float, cap: float) -> None:
    policy = _retry.RetryPolicy(backoff_initial=initial, backoff_max=cap)
    delay = policy.backoff(retry, rand)
    ceiling = min(cap, initial * 2.0**retry)
    assert ceiling / 2 <= delay <= ceiling + 1e-9
    assert delay <= cap + 1e-9


# Redirect handling is the runtime's: every status on one client, one on every other.
REDIRECTS = [
    (a, s) for a in API_IDS for s in ([301, 302, 303, 307, 308] if a == API_IDS[0] else [307])
]


@pytest.mark.parametrize(("api_id", "status"), REDIRECTS)
def test_redirects_to_another_origin_are_never_followed(api_id: str, status: int) -> None:
    hosts: list[str] = []
    op = next(o for o in api(api_id).operations if not o.variants)

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        return httpx.Response(status, headers={"Location": "https://evil.example/steal"})

    client = make_client(api_id, handler)
    with pytest.raises(package(api_id).errors.ClientError):
        invoke(api_id, client, op)
    assert hosts == ["vendor.test"]
