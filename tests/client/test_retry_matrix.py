"""Retry behaviour of the generated clients, sync and async, through httpx.MockTransport; exact
attempt counts and error types; a fake clock, so nothing really sleeps.

The retry code is one runtime (generator/runtime/_retry.py, _send.py, _runtime.py) copied
verbatim into every package, and it decides on three things only: the HTTP method, whether the
operation has an idempotency key, and the package's documented Retry-After default. So the full
matrix (status x failures x Retry-After x sync/async; transport exception x sync/async) runs
once per distinct combination of those three, on the first operation that has it, and every
client's every method gets a few wiring rows (retried, not retried, refused). Set
VENDORGEN_EXHAUSTIVE=1 to run the full matrix on every operation of every client again.
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import pytest

from tests.client.fakes import FakeClock, invoke, make_client, ops_by_method, success
from tests.conftest import API_IDS, package
from tests.helpers import api

MAX = 2  # RetryPolicy().max_retries
RETRYABLE = (408, 429, 500, 502, 503, 504)
NOT_RETRIED = (400, 401, 403, 404, 409, 422)
ERROR_TYPES = {
    400: "BadRequestError",
    401: "UnauthorizedError",
    403: "ForbiddenError",
    404: "NotFoundError",
    408: "UnexpectedStatusError",
    409: "ConflictError",
    422: "BadRequestError",
    429: "RateLimitedError",
}
CLIENT_OPS = [(a, method, op) for a in API_IDS for method, op in sorted(ops_by_method(a).items())]
FAILURES = (0, 1, MAX, MAX + 1)


def _retry_class(api_id: str, op: Any) -> tuple[str, bool, bool]:
    """What the retry runtime decides on: method, idempotency key, documented Retry-After."""
    limit = api(api_id).rate_limit
    documented = limit is not None and limit.retry_after_default is not None
    return op.method, op.idempotency is not None, documented


def _one_per_class(cases: list[tuple[str, str, Any]]) -> list[tuple[str, str, Any]]:
    chosen: dict[tuple[str, bool, bool], tuple[str, str, Any]] = {}
    for case in cases:
        chosen.setdefault(_retry_class(case[0], case[2]), case)
    return list(chosen.values())


EXHAUSTIVE = os.environ.get("VENDORGEN_EXHAUSTIVE") == "1"
MATRIX_OPS = CLIENT_OPS if EXHAUSTIVE else _one_per_class(CLIENT_OPS)
# (status, failures, Retry-After): retried then recovered, retried until given up, a 429
# (the documented default wait when the vendor sends no Retry-After), never retried.
WIRING = [(503, 1, False), (503, MAX + 1, False), (429, 1, False), (400, 1, False)]


def _idempotent(op: Any) -> bool:
    return op.method in ("GET", "HEAD", "OPTIONS") or op.idempotency is not None


def _expected(op: Any, status: int, failures: int, retry_after: bool) -> tuple[int, str | None]:
    """(attempts, error type name or None for success)."""
    if failures == 0:
        return 1, None
    if status not in RETRYABLE:
        return 1, ERROR_TYPES.get(status) or "ServerError"
    # A 429 is a refusal (never processed): retried on writes too. Any other status to a write
    # without an idempotency key may have taken effect, Retry-After or not.
    if not (_idempotent(op) or status == 429):
        return 1, "UnknownOutcomeError"
    if failures <= MAX:
        return failures + 1, None
    return MAX + 1, ERROR_TYPES.get(status) or "ServerError"


def _run(api_id: str, op: Any, responses: list[Any], is_async: bool) -> tuple[int, Any, FakeClock]:
    attempts = 0
    clock = FakeClock()

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal attempts
        attempts += 1
        outcome = responses[min(attempts - 1, len(responses) - 1)]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    # No deadline: counts only (a documented 60 s Retry-After default would spend the default).
    retry = package(api_id)._retry.RetryPolicy(deadline=None)
    client = make_client(api_id, handler, is_async=is_async, clock=clock, retry=retry)
    try:
        result: Any = invoke(api_id, client, op, is_async=is_async)
    except package(api_id).errors.ClientError as exc:
        result = exc
    return attempts, result, clock


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("retry_after", [False, True], ids=["plain", "retry-after"])
@pytest.mark.parametrize("failures", FAILURES)
@pytest.mark.parametrize("status", RETRYABLE + NOT_RETRIED)
@pytest.mark.parametrize(
    ("api_id", "method", "op"), MATRIX_OPS, ids=[f"{a}-{m}" for a, m, _ in MATRIX_OPS]
)
def test_status_matrix(
    api_id: str, method: str, op: Any, status: int, failures: int, retry_after: bool, is_async: bool
) -> None:
    _check_status(api_id, op, status, failures, retry_after, is_async)


@pytest.mark.parametrize(("status", "failures", "retry_after"), WIRING)
@pytest.mark.parametrize(
    ("api_id", "method", "op"), CLIENT_OPS, ids=[f"{a}-{m}" for a, m, _ in CLIENT_OPS]
)
def test_status_wiring_of_every_client(
    api_id: str, method: str, op: Any, status: int, failures: int, retry_after: bool
) -> None:
    _check_status(api_id, op, status, failures, retry_after, is_async=False)


def _check_status(
    api_id: str, op: Any, status: int, failures: int, retry_after: bool, is_async: bool
) -> None:
    headers = {"Retry-After": "1"} if retry_after else {}
    responses = [httpx.Response(status, json={}, headers=headers)] * failures + [success(op)]
    attempts, result, clock = _run(api_id, op, responses, is_async)
    expected_attempts, expected_error = _expected(op, status, failures, retry_after)
    assert attempts == expected_attempts
    if expected_error is None:
        assert not isinstance(result, Exception), result
    else:
        assert type(result).__name__ == expected_error
        if hasattr(result, "status"):
            assert result.status == status
    retries = expected_attempts - 1
    assert len(clock.sleeps) == retries
    if retry_after and retries:
        assert clock.sleeps == [1.0] * retries
    default = package(api_id)._operations.RETRY_AFTER_DEFAULT
    if status == 429 and not retry_after and retries and default is not None:
        assert clock.sleeps == [default] * retries  # the vendor's documented wait


EXCEPTIONS = {
    "connect-error": (httpx.ConnectError("refused"), True, "TransportError"),
    "connect-timeout": (httpx.ConnectTimeout("slow connect"), True, "TimeoutError"),
    "pool-timeout": (httpx.PoolTimeout("pool"), True, "TimeoutError"),
    "read-timeout": (httpx.ReadTimeout("slow read"), False, "TimeoutError"),
    "write-timeout": (httpx.WriteTimeout("slow write"), False, "TimeoutError"),
    "protocol-error": (httpx.RemoteProtocolError("peer closed"), False, "TransportError"),
}


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("exception", sorted(EXCEPTIONS))
@pytest.mark.parametrize(
    ("api_id", "method", "op"), MATRIX_OPS, ids=[f"{a}-{m}" for a, m, _ in MATRIX_OPS]
)
def test_exception_matrix(
    api_id: str, method: str, op: Any, exception: str, is_async: bool
) -> None:
    _check_exception(api_id, op, exception, is_async)


@pytest.mark.parametrize("exception", ["connect-error", "read-timeout"])
@pytest.mark.parametrize(
    ("api_id", "method", "op"), CLIENT_OPS, ids=[f"{a}-{m}" for a, m, _ in CLIENT_OPS]
)
def test_exception_wiring_of_every_client(
    api_id: str, method: str, op: Any, exception: str
) -> None:
    _check_exception(api_id, op, exception, is_async=False)


def _check_exception(api_id: str, op: Any, exception: str, is_async: bool) -> None:
    exc, never_reached, error_type = EXCEPTIONS[exception]
    attempts, result, _ = _run(api_id, op, [exc], is_async)
    if _idempotent(op) or never_reached:
        assert attempts == MAX + 1
        assert type(result).__name__ == error_type
    else:
        assert attempts == 1
        assert type(result).__name__ == "UnknownOutcomeError"
    # and one failure then success recovers whenever a retry is allowed
    attempts, result, _ = _run(api_id, op, [exc, success(op)], is_async)
    if _idempotent(op) or never_reached:
        assert (attempts, isinstance(result, Exception)) == (2, False)
