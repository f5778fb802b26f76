# Generated from specs/assure_ecommerce.yaml by vendorgen. Do not edit: regenerate instead.
"""Transport of the generated clients: auth, retries, rate limit, idempotency, redaction.

Generic: everything vendor-specific arrives as data (`Operation`, `AuthScheme`, `RateLimit`)
from `_operations.py`. The same file is generated into every distribution.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import math
import random
import threading
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import quote

import httpx
from pydantic import BaseModel, SecretStr, ValidationError

from . import errors

__all__ = [
    "DEFAULT_TIMEOUT",
    "AsyncSession",
    "AuthScheme",
    "Credentials",
    "ErrorSpec",
    "InMemoryRateLimitBackend",
    "Operation",
    "RateLimit",
    "RateLimitBackend",
    "RateLimiter",
    "RetryPolicy",
    "SyncSession",
    "parse_retry_after",
]

logger = logging.getLogger("assure_ecommerce_api")

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=5.0)
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid")


@dataclass(frozen=True)
class ErrorSpec:
    """The documented body of an error status: its model and where its messages are."""

    model: type[BaseModel] | None
    message_pointer: str | None = None


@dataclass(frozen=True)
class Operation:
    """What the transport needs to know about one operation, taken from the spec."""

    name: str
    method: str
    path: str
    success_model: type[BaseModel] | None
    errors: Mapping[str, ErrorSpec]
    security: tuple[tuple[str, ...], ...]
    idempotency_header: str | None = None


@dataclass(frozen=True)
class AuthScheme:
    """A credential the vendor expects in a header (`kind` header) or as a Bearer token."""

    id: str
    header: str
    kind: str = "header"


class Credentials:
    """Credentials held as SecretStr; `repr` and logs never show them."""

    def __init__(
        self, schemes: Sequence[AuthScheme], values: Mapping[str, str | SecretStr | None]
    ) -> None:
        self._schemes = {scheme.id: scheme for scheme in schemes}
        self._values = {
            key: value if isinstance(value, SecretStr) else SecretStr(value)
            for key, value in values.items()
            if value is not None
        }

    def __repr__(self) -> str:
        shown = ", ".join(f"{key}=SecretStr('**********')" for key in sorted(self._values))
        return f"Credentials({shown})"

    @property
    def header_names(self) -> frozenset[str]:
        return frozenset(scheme.header.lower() for scheme in self._schemes.values())

    def headers_for(self, operation: Operation) -> dict[str, str]:
        """Headers of the first security alternative of `operation` we hold every credential of."""
        if not operation.security or () in operation.security:
            return {}
        for alternative in operation.security:
            if all(scheme in self._values for scheme in alternative):
                return {self._schemes[s].header: self._render(s) for s in alternative}
        needed = " or ".join(" + ".join(alt) for alt in operation.security)
        raise errors.ClientError(
            f"{operation.name} needs credentials: {needed}", operation=operation.name
        )

    def _render(self, scheme_id: str) -> str:
        secret = self._values[scheme_id].get_secret_value()
        return f"Bearer {secret}" if self._schemes[scheme_id].kind == "bearer" else secret


@dataclass(frozen=True)
class RetryPolicy:
    """How failed attempts are retried. Delays are capped; so is the whole call (`deadline`)."""

    max_retries: int = 2
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    max_retry_after: float = 60.0
    deadline: float | None = 120.0
    retry_statuses: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})

    def backoff(self, retry_index: int, rand: float) -> float:
        """Exponential backoff with jitter: in [ceiling/2, ceiling], ceiling capped at backoff_max."""
        ceiling = min(self.backoff_max, self.backoff_initial * (2.0 ** min(retry_index, 62)))
        return ceiling * (0.5 + min(max(rand, 0.0), 1.0) / 2)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date); None if unusable."""
    if value is None:
        return None
    text = value.strip()
    try:
        seconds = (
            float(text) if text.isdigit() or _is_decimal(text) else _http_date_delay(text, now)
        )
    except (TypeError, ValueError, OverflowError):
        return None
    if seconds is None or math.isnan(seconds) or math.isinf(seconds) or seconds < 0:
        return None
    return seconds


def _is_decimal(text: str) -> bool:
    head, _, tail = text.partition(".")
    return bool(head) and head.isdigit() and (not tail or tail.isdigit())


def _http_date_delay(text: str, now: float) -> float | None:
    parsed = email.utils.parsedate_to_datetime(text)
    if parsed is None or parsed.tzinfo is None:
        return None
    return max(parsed.timestamp() - now, 0.0)


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` requests in any window of `period` seconds."""

    limit: int
    period: float


class RateLimitBackend(Protocol):
    """Where request times are kept. Processes sharing one backend share one budget."""

    def reserve(self, key: str, limit: RateLimit, now: float) -> float:
        """Book the next slot for `key` and return the time (on the caller's clock) it starts."""
        ...


class InMemoryRateLimitBackend:
    """A sliding log of the last `limit` slots per key: no window of `period` seconds ever holds
    more than `limit` requests (a plain token bucket allows twice that across a refill)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slots: dict[str, deque[float]] = {}

    def reserve(self, key: str, limit: RateLimit, now: float) -> float:
        with self._lock:
            slots = self._slots.setdefault(key, deque(maxlen=limit.limit))
            start = now
            if len(slots) == limit.limit:
                start = max(now, slots[0] + limit.period)
            if slots:
                start = max(start, slots[-1])
            slots.append(start)
            return start


class RateLimiter:
    """Client-side pacing so a well-behaved integrator never sees a 429."""

    def __init__(
        self,
        limit: RateLimit,
        *,
        key: str = "default",
        backend: RateLimitBackend | None = None,
    ) -> None:
        self.limit = limit
        self.key = key
        self.backend = backend or InMemoryRateLimitBackend()

    def __repr__(self) -> str:
        return f"RateLimiter({self.limit.limit}/{self.limit.period:g}s)"

    def delay(self, now: float) -> float:
        return max(self.backend.reserve(self.key, self.limit, now) - now, 0.0)


@dataclass
class _Attempts:
    """State of one logical call across its attempts."""

    operation: Operation
    idempotent: bool
    started: float
    retries: int = 0


class _Core:
    """Everything but the I/O, shared by the sync and async sessions."""

    def __init__(
        self,
        *,
        credentials: Credentials,
        retry: RetryPolicy | None,
        rate_limiter: RateLimiter | None,
        clock: Callable[[], float],
        wall_clock: Callable[[], float],
        rand: Callable[[], float],
    ) -> None:
        self.credentials = credentials
        self.retry = retry or RetryPolicy()
        self.rate_limiter = rate_limiter
        self.clock = clock
        self.wall_clock = wall_clock
        self.rand = rand

    def __repr__(self) -> str:
        return f"{type(self).__name__}(credentials={self.credentials!r}, retry={self.retry!r})"

    def build(
        self,
        operation: Operation,
        *,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        headers: Mapping[str, Any] | None,
        body: BaseModel | None,
        idempotency_key: str | None,
    ) -> tuple[httpx.URL | str, dict[str, Any], dict[str, str], bytes | None, _Attempts]:
        url = operation.path
        for name, value in (path_params or {}).items():
            url = url.replace("{" + name + "}", quote(_text(value), safe=""))
        params = {k: _query_value(v) for k, v in (query or {}).items() if v is not None}
        sent = {k: _text(v) for k, v in (headers or {}).items() if v is not None}
        sent.update(self.credentials.headers_for(operation))
        if operation.idempotency_header:
            sent[operation.idempotency_header] = idempotency_key or uuid.uuid4().hex
        content = None
        if body is not None:
            content = body.model_dump_json(by_alias=True, exclude_unset=True).encode()
            sent["Content-Type"] = "application/json"
        sent["Accept"] = "application/json"
        idempotent = operation.method in _SAFE_METHODS or operation.idempotency_header is not None
        return url, params, sent, content, _Attempts(operation, idempotent, self.clock())

    def throttle_delay(self) -> float:
        return self.rate_limiter.delay(self.clock()) if self.rate_limiter else 0.0

    def on_response(self, state: _Attempts, response: httpx.Response) -> tuple[Any, float | None]:
        """(result, None) on success; (None, delay) to retry; raises the typed error otherwise."""
        operation = state.operation
        logger.debug(
            "%s %s -> %d", operation.method, response.request.url.path, response.status_code
        )
        if 200 <= response.status_code < 300:
            return _parse_success(operation, response), None
        retry_after = parse_retry_after(response.headers.get("retry-after"), self.wall_clock())
        error = _api_error(operation, response, retry_after)
        status = response.status_code
        if status not in self.retry.retry_statuses:
            raise error
        never_reached = status in (429, 503) and retry_after is not None
        if not (state.idempotent or never_reached):
            raise errors.UnknownOutcomeError(
                f"{operation.name}: HTTP {status} to a write without an idempotency key; "
                "it was not retried and may or may not have taken effect",
                operation=operation.name,
                status=status,
            ) from error
        if retry_after is not None and retry_after > self.retry.max_retry_after:
            raise _rate_limited(error, retry_after)
        return None, self._next_delay(state, error, retry_after)

    def on_exception(self, state: _Attempts, exc: httpx.HTTPError) -> float:
        """The delay before retrying after a transport failure; raises when not retrying."""
        operation = state.operation
        logger.debug("%s %s failed: %s", operation.method, operation.path, type(exc).__name__)
        never_reached = isinstance(
            exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout
        )
        error = _transport_error(operation, exc)
        if not isinstance(exc, httpx.TransportError):
            raise error from None
        if not (state.idempotent or never_reached):
            raise errors.UnknownOutcomeError(
                f"{operation.name}: {type(exc).__name__} after the request may have been sent; "
                "it was not retried and may or may not have taken effect",
                operation=operation.name,
            ) from None
        return self._next_delay(state, error, None)

    def _next_delay(
        self, state: _Attempts, error: errors.ClientError, retry_after: float | None
    ) -> float:
        if state.retries >= self.retry.max_retries:
            raise error
        delay = (
            retry_after
            if retry_after is not None
            else self.retry.backoff(state.retries, self.rand())
        )
        deadline = self.retry.deadline
        if deadline is not None and self.clock() + delay - state.started > deadline:
            raise error
        state.retries += 1
        return delay


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(getattr(value, "value", value))


def _query_value(value: Any) -> str | list[str]:
    if isinstance(value, list | tuple):
        return [_text(v) for v in value]
    return _text(value)


def _parse_success(operation: Operation, response: httpx.Response) -> Any:
    if operation.success_model is None:
        return None
    try:
        # An empty body is the empty object to a model that allows one (`{}` bodies).
        return operation.success_model.model_validate_json(response.content or b"{}")
    except ValidationError as exc:
        raise errors.InvalidResponseError(
            f"{operation.name}: HTTP {response.status_code} body does not match "
            f"{operation.success_model.__name__}: {exc.error_count()} error(s)",
            operation=operation.name,
            status=response.status_code,
            text=response.text,
        ) from None


def _error_spec(operation: Operation, status: int) -> ErrorSpec:
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in operation.errors:
            return operation.errors[key]
    return ErrorSpec(None)


def _api_error(
    operation: Operation, response: httpx.Response, retry_after: float | None
) -> errors.ApiError:
    spec = _error_spec(operation, response.status_code)
    body: BaseModel | None = None
    if spec.model is not None and response.content:
        try:
            body = spec.model.model_validate_json(response.content)
        except ValidationError:
            body = None
    kwargs: dict[str, Any] = {
        "operation": operation.name,
        "status": response.status_code,
        "body": body,
        "text": response.text,
        "request_id": next(
            (response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None
        ),
        "messages": _messages(response, spec.message_pointer),
    }
    status = response.status_code
    if status == 429:
        return errors.RateLimitedError(retry_after=retry_after, **kwargs)
    error_type = _STATUS_ERRORS.get(status) or (
        errors.ServerError if status >= 500 else errors.UnexpectedStatusError
    )
    return error_type(**kwargs)


_STATUS_ERRORS: dict[int, type[errors.ApiError]] = {
    400: errors.BadRequestError,
    401: errors.UnauthorizedError,
    403: errors.ForbiddenError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    422: errors.BadRequestError,
}


def _rate_limited(error: errors.ApiError, retry_after: float) -> errors.RateLimitedError:
    return errors.RateLimitedError(
        retry_after=retry_after,
        operation=error.operation,
        status=error.status,
        body=error.body,
        text=error.text,
        request_id=error.request_id,
        messages=error.messages,
    )


def _messages(response: httpx.Response, pointer: str | None) -> tuple[str, ...]:
    if not pointer:
        return ()
    try:
        node: Any = json.loads(response.content)
        for token in pointer.split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
    except (ValueError, KeyError, IndexError, TypeError):
        return ()
    items = node if isinstance(node, list) else [node]
    return tuple(str(item)[:500] for item in items[:20] if item is not None)


def _transport_error(operation: Operation, exc: httpx.HTTPError) -> errors.ClientError:
    # The message names the failure, never the request: no URL query, no headers.
    message = f"{operation.name}: {type(exc).__name__}"
    if isinstance(exc, httpx.TimeoutException):
        return errors.TimeoutError(message, operation=operation.name)
    return errors.TransportError(message, operation=operation.name)


class SyncSession:
    """One HTTP connection pool and the call loop, for the sync client."""

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Credentials,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._core = _Core(
            credentials=credentials,
            retry=retry,
            rate_limiter=rate_limiter,
            clock=clock,
            wall_clock=wall_clock,
            rand=rand,
        )
        self._sleep = sleep
        self._http = httpx.Client(
            base_url=base_url,
            timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
            follow_redirects=False,  # custom auth headers must never reach another host
            transport=transport,
        )

    def __repr__(self) -> str:
        return f"SyncSession(base_url={str(self._http.base_url)!r}, core={self._core!r})"

    def close(self) -> None:
        self._http.close()

    def call(
        self,
        operation: Operation,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        body: BaseModel | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        url, params, sent, content, state = self._core.build(
            operation,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            idempotency_key=idempotency_key,
        )
        while True:
            wait = self._core.throttle_delay()
            if wait > 0:
                self._sleep(wait)
            try:
                response = self._http.request(
                    operation.method, url, params=params, headers=sent, content=content
                )
            except httpx.HTTPError as exc:
                delay = self._core.on_exception(state, exc)
            else:
                result, retry_delay = self._core.on_response(state, response)
                if retry_delay is None:
                    return result
                delay = retry_delay
            self._sleep(delay)


class AsyncSession:
    """One HTTP connection pool and the call loop, for the async client."""

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Credentials,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._core = _Core(
            credentials=credentials,
            retry=retry,
            rate_limiter=rate_limiter,
            clock=clock,
            wall_clock=wall_clock,
            rand=rand,
        )
        self._sleep = sleep
        self._http = httpx.AsyncClient(
            base_url=base_url,
            timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
            follow_redirects=False,  # custom auth headers must never reach another host
            transport=transport,
        )

    def __repr__(self) -> str:
        return f"AsyncSession(base_url={str(self._http.base_url)!r}, core={self._core!r})"

    async def close(self) -> None:
        await self._http.aclose()

    async def call(
        self,
        operation: Operation,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        body: BaseModel | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        url, params, sent, content, state = self._core.build(
            operation,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            idempotency_key=idempotency_key,
        )
        while True:
            wait = self._core.throttle_delay()
            if wait > 0:
                await self._sleep(wait)
            try:
                response = await self._http.request(
                    operation.method, url, params=params, headers=sent, content=content
                )
            except httpx.HTTPError as exc:
                delay = self._core.on_exception(state, exc)
            else:
                result, retry_delay = self._core.on_response(state, response)
                if retry_delay is None:
                    return result
                delay = retry_delay
            await self._sleep(delay)
