# Generated from specs/graas.yaml by vendorgen. Do not edit: regenerate instead.
"""Transport of the generated clients: the call loop around auth, retries, pacing and
idempotency. Generic: everything vendor-specific arrives as data from `_operations.py`; the same
file is generated into every distribution."""

from __future__ import annotations

import asyncio
import copy
import logging
import random
import re
import time
import typing
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from . import errors
from ._auth import Credentials, Token, TokenExchange
from ._body import (
    ACCEPT_ENCODING,
    DEFAULT_MAX_RESPONSE_BYTES,
    BodyReader,
    BodyTooLarge,
    attempt_timeout,
)
from ._params import ParamStyle, cookie_text, header_text, path_text, query_pairs, wire_dates
from ._ratelimit import RateLimiter
from ._redact import mask_userinfo_in_logs
from ._responses import (
    ErrorSpec,
    Operation,
    api_error,
    documented_failure,
    parse_success,
    rate_limited,
    text,
    transport_error,
)
from ._retry import RetryPolicy, parse_retry_after
from ._send import Payload, encode_body
from ._tokens import AsyncTokenCache, TokenCache, read_token, token_url
from ._userinfo import mask_userinfo, refuse_userinfo
from ._validation import parameter_problems

__all__ = ["DEFAULT_TIMEOUT", "AsyncSession", "ErrorSpec", "Operation", "SyncSession"]

# The generated package's own logger ("<api>_api"), whatever the package is called.
logger = logging.getLogger(__name__.rpartition(".")[0])

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=5.0)
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_CONTROL = re.compile("[\r\n\x00]")
# RFC 9110 5.1: a field name is a token. A spec may document another (a space in it), which no
# HTTP client can send: the call is refused with the other parameter problems, nothing sent.
_FIELD_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# Values httpx would resolve as dot segments or collapse, moving the call to another path.
_NOT_A_SEGMENT = frozenset({"", ".", ".."})
_DEFAULT = ParamStyle()


def _path_segment(name: str, value: Any, how: ParamStyle) -> str:
    """A path parameter's encoded text; refused when it would not stay one path segment."""
    segment = path_text(name, value, how)
    if segment in _NOT_A_SEGMENT:
        raise ValueError(
            f"path parameter {name!r} must not be {segment!r}: it would change the request's path"
        )
    return segment


def _checked_body(
    operation: Operation, body: Any, problems: list[str]
) -> tuple[bytes | Payload | None, str | None]:
    """(content, Content-Type) of the body, encoded as its documented media type; parameter
    and body problems are reported together, nothing sent."""
    encoded: tuple[bytes | Payload | None, str | None] = (None, None)
    try:
        if body is not None:
            encoded = encode_body(operation, body)
    except errors.RequestValidationError as exc:
        problems = [*problems, *exc.problems]
    if problems:
        raise errors.RequestValidationError(operation.name, problems)
    return encoded


@dataclass
class _Call:
    """One logical call across its attempts."""

    operation: Operation
    url: str
    query: list[str]  # the query string's `name=value` pieces, already percent-encoded
    headers: dict[str, str]
    content: bytes | Payload | None
    alternative: tuple[str, ...]  # the security schemes it authenticates with
    idempotent: bool
    started: float
    retries: int = 0
    replayed_unauthorized: bool = False


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
        max_response_bytes: int,
        retry_after_default: float | None,
    ) -> None:
        self.credentials = credentials
        self.retry_after_default = retry_after_default
        self.max_response_bytes = max_response_bytes
        self.retry = retry or RetryPolicy()
        self.rate_limiter = rate_limiter
        self.clock = clock
        self.wall_clock = wall_clock
        self.rand = rand
        self.timeout: httpx.Timeout | None = None  # a with_options() override of the client's
        self.extra_headers: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(credentials={self.credentials!r}, retry={self.retry!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None,
        retry: RetryPolicy | None,
        extra_headers: Mapping[str, str] | None,
    ) -> _Core:
        """A copy with these per-call options; credentials and limits stay shared."""
        core = copy.copy(self)
        if timeout is not None:
            core.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if retry is not None:
            core.retry = retry
        if extra_headers:
            core.extra_headers = {
                **self.extra_headers,
                **{k: text(v) for k, v in extra_headers.items()},
            }
        return core

    def build(
        self,
        operation: Operation,
        *,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        headers: Mapping[str, Any] | None,
        body: Any,
        idempotency_key: str | None,
        cookies: Mapping[str, Any] | None = None,
    ) -> _Call:
        header_values = dict(headers or {})
        if operation.idempotency_header:
            if idempotency_key is not None and _CONTROL.search(idempotency_key):
                raise ValueError("idempotency_key must not contain CR, LF or NUL characters")
            # One key per logical call, the same on every attempt of it.
            key = uuid.uuid4().hex if idempotency_key is None else idempotency_key
            header_values[operation.idempotency_header] = key
        # Dates written once as their wire text: what is checked is what is sent.
        wire, datetimes = wire_dates(
            {"path": path_params, "query": query, "header": header_values, "cookie": cookies}
        )
        path_params, query, header_values, cookies = (
            wire[where] for where in ("path", "query", "header", "cookie")
        )
        problems = parameter_problems(operation.name, wire, datetimes)
        problems += [
            f"/parameters/header/{name}: not an HTTP header name (RFC 9110 5.1); cannot be sent"
            for name, value in header_values.items()
            if value is not None and not _FIELD_NAME.fullmatch(name)
        ]
        content, content_type = _checked_body(operation, body, problems)
        url = operation.path
        for name, value in (path_params or {}).items():
            segment = _path_segment(name, value, _style(operation, "path", name))
            url = url.replace("{" + name + "}", segment)
        sent = {
            k: header_text(v, _style(operation, "header", k))
            for k, v in header_values.items()
            if v is not None
        }
        if content_type is not None:
            sent["Content-Type"] = content_type
        if isinstance(content, Payload):
            sent["Content-Length"] = str(content.length)
        cookie = _cookie_header(cookies or {})
        if cookie:
            sent["Cookie"] = cookie
        if operation.accept is not None:  # None: the operation documents its own Accept
            sent["Accept"] = operation.accept
        sent["Accept-Encoding"] = ACCEPT_ENCODING
        return _Call(
            operation=operation,
            url=url,
            query=[
                pair
                for k, v in (query or {}).items()
                if v is not None
                for pair in query_pairs(k, v, _style(operation, "query", k))
            ],
            headers=sent,
            content=content,
            alternative=self.credentials.choose(operation.name, operation.security),
            idempotent=operation.method in _SAFE_METHODS
            or operation.idempotency_header is not None,
            started=self.clock(),
        )

    def time_left(self, call: _Call) -> float | None:
        """Seconds left before the call's deadline (None: no deadline)."""
        if self.retry.deadline is None:
            return None
        return self.retry.deadline - (self.clock() - call.started)

    def request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        call: _Call,
        headers: Mapping[str, str],
        tokens: Mapping[str, Token],
    ) -> httpx.Request:
        """One attempt's request; its timeouts never outlast the call's deadline."""
        query = _auth_query(self.credentials, call, tokens)
        return http.build_request(
            call.operation.method,
            call.url + ("?" + "&".join(query) if query else ""),
            # Extra headers never replace the operation's own or its credentials.
            headers={**self.extra_headers, **headers},
            content=_content(call.content, isinstance(http, httpx.AsyncClient)),
            timeout=attempt_timeout(self.timeout or http.timeout, self.time_left(call)),
        )

    def reader(self, call: _Call, response: httpx.Response) -> BodyReader:
        """Reads a success body up to the size limit, an error body only as far as it is kept."""
        return BodyReader(
            response,
            limit=self.max_response_bytes,
            truncate=not 200 <= response.status_code < 300,
            time_left=lambda: self.time_left(call),
        )

    def too_large(
        self, call: _Call, status: int, exc: BodyTooLarge
    ) -> errors.ResponseTooLargeError:
        return errors.ResponseTooLargeError(
            f"{call.operation.name}: HTTP {status} body larger than max_response_bytes "
            f"({exc.limit})",
            operation=call.operation.name,
            status=status,
            limit=exc.limit,
        )

    def throttle_delay(self) -> float:
        return self.rate_limiter.delay(self.clock()) if self.rate_limiter else 0.0

    def replay_unauthorized(
        self, call: _Call, response: httpx.Response, used: Mapping[str, Token]
    ) -> bool:
        """A 401 to an exchanged token: drop the token and replay the call, once."""
        if response.status_code != 401 or not used or call.replayed_unauthorized:
            return False
        call.replayed_unauthorized = True
        return True

    def on_response(self, call: _Call, response: httpx.Response) -> tuple[Any, float | None]:
        """(result, None) on success; (None, delay) to retry; raises the typed error otherwise.

        A 429 is a refusal: the request was not processed, so it is retried, writes included
        (after Retry-After, else the documented default, else backoff). Any other retryable
        status to a write without an idempotency key may have taken effect: not retried.
        """
        operation = call.operation
        logger.debug("%s %s -> %d", operation.method, operation.path, response.status_code)
        if 200 <= response.status_code < 300:
            return self._success(operation, response), None
        response = self._scrubbed(response)
        retry_after = parse_retry_after(response.headers.get("retry-after"), self.wall_clock())
        error = api_error(operation, response, retry_after)
        status = response.status_code
        if status not in self.retry.retry_statuses:
            raise error
        if status == 429 and retry_after is None:
            retry_after = self.retry_after_default
        if not (call.idempotent or status == 429):
            raise errors.UnknownOutcomeError(
                f"{operation.name}: HTTP {status} to a write without an idempotency key; "
                "it was not retried and may or may not have taken effect",
                operation=operation.name,
                status=status,
            ) from error
        if retry_after is not None and retry_after > self.retry.max_retry_after:
            raise rate_limited(error, retry_after)
        return None, self._next_delay(call, error, retry_after)

    def _success(self, operation: Operation, response: httpx.Response) -> Any:
        if operation.failure_when:
            failure = documented_failure(operation, self._scrubbed(response))
            if failure is not None:
                raise failure
        try:
            return parse_success(operation, response)
        except errors.InvalidResponseError as exc:
            exc.text = self.credentials.scrub(exc.text)
            raise

    def _scrubbed(self, response: httpx.Response) -> httpx.Response:
        """The error response with every credential we hold removed from its body, and every
        URL's user name and password masked: the error's body, text and message come from it."""
        content = response.content.decode("utf-8", "replace")
        scrubbed = mask_userinfo(self.credentials.scrub(content))
        if scrubbed == content:
            return response
        return httpx.Response(
            response.status_code, headers=response.headers, content=scrubbed.encode()
        )

    def on_exception(self, call: _Call, exc: httpx.HTTPError) -> float:
        """The delay before retrying after a transport failure; raises when not retrying."""
        operation = call.operation
        logger.debug("%s %s failed: %s", operation.method, operation.path, type(exc).__name__)
        never_reached = isinstance(
            exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout
        )
        error = transport_error(operation, exc)
        if not isinstance(exc, httpx.TransportError):
            raise error from None
        if not (call.idempotent or never_reached):
            raise errors.UnknownOutcomeError(
                f"{operation.name}: {type(exc).__name__} after the request may have been sent; "
                "it was not retried and may or may not have taken effect",
                operation=operation.name,
            ) from None
        return self._next_delay(call, error, None)

    def _next_delay(
        self, call: _Call, error: errors.ClientError, retry_after: float | None
    ) -> float:
        if call.retries >= self.retry.max_retries:
            raise error
        delay = (
            retry_after
            if retry_after is not None
            else self.retry.backoff(call.retries, self.rand())
        )
        deadline = self.retry.deadline
        if deadline is not None and self.clock() + delay - call.started >= deadline:
            raise error
        call.retries += 1
        return delay

    def exchange_failed(
        self, exchange: TokenExchange, response: httpx.Response
    ) -> errors.ClientError:
        operation = Operation(exchange.operation, "POST", exchange.path, None, {}, ())
        # A token endpoint may echo the request (the client secret) into its error body.
        return api_error(operation, self._scrubbed(response), None)

    def token_from(self, exchange: TokenExchange, response: httpx.Response) -> Token:
        try:
            token = read_token(exchange, response.json(), self.wall_clock())
        except ValueError as exc:
            raise errors.InvalidResponseError(
                f"{exchange.operation}: {exc}",
                operation=exchange.operation,
                status=response.status_code,
                text="",
            ) from None
        self.credentials.issued(exchange, token)
        return token


def _cookie_header(cookies: Mapping[str, Any]) -> str:
    """`in: cookie` parameters as one Cookie header; a value is percent-encoded where RFC 6265
    would not allow it (space, `;`, `,`, quotes, non-ASCII), a list comma-joined."""
    return "; ".join(f"{k}={cookie_text(v)}" for k, v in cookies.items() if v is not None)


def _style(operation: Operation, location: str, name: str) -> ParamStyle:
    """How the operation documents this parameter is written (default: the spec's)."""
    return operation.param_styles.get((location, name), _DEFAULT)


def _content(
    content: bytes | Payload | None, is_async: bool
) -> bytes | typing.Iterator[bytes] | typing.AsyncIterator[bytes] | None:
    """One attempt's body: a streamed payload starts again from the beginning each time."""
    if not isinstance(content, Payload):
        return content
    return content.asynchronous() if is_async else content.sync()


def _auth_headers(
    credentials: Credentials, call: _Call, tokens: Mapping[str, Token]
) -> dict[str, str]:
    """The call's headers with the chosen alternative's credentials: header values set, cookies
    added to the Cookie header. (Query credentials: `_auth_query`.)"""
    headers = dict(call.headers)
    for location, name, value in _placed(credentials, call, tokens):
        if location == "header":
            headers[name] = value
        elif location == "cookie":
            cookie = next((k for k in headers if k.lower() == "cookie"), "Cookie")
            pair = f"{name}={value}"
            headers[cookie] = f"{headers[cookie]}; {pair}" if headers.get(cookie) else pair
    return headers


def _auth_query(credentials: Credentials, call: _Call, tokens: Mapping[str, Token]) -> list[str]:
    """The call's query pieces with the chosen alternative's query credentials (which replace
    a parameter of the same name)."""
    placed = [
        (quote(name, safe=""), quote(value, safe=""))
        for location, name, value in _placed(credentials, call, tokens)
        if location == "query"
    ]
    names = {name for name, _ in placed}
    kept = [piece for piece in call.query if piece.partition("=")[0] not in names]
    return kept + [f"{name}={value}" for name, value in placed]


def _placed(
    credentials: Credentials, call: _Call, tokens: Mapping[str, Token]
) -> list[tuple[str, str, str]]:
    placed = (credentials.place(s, tokens.get(s)) for s in call.alternative)
    return [p for p in placed if p is not None]


def _detached(exc: httpx.HTTPError) -> httpx.HTTPError:
    """The same kind of failure without the request (and its credential headers) attached."""
    try:
        return type(exc)(type(exc).__name__)
    except TypeError:  # an httpx error with another constructor: keep only what it was
        return httpx.TransportError(type(exc).__name__)


def _exchanged(credentials: Credentials, call: _Call) -> list[str]:
    return [s for s in call.alternative if credentials.needs_token(s)]


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
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        retry_after_default: float | None = None,
    ) -> None:
        refuse_userinfo("base_url", base_url)  # see _userinfo: httpx would send and log it
        mask_userinfo_in_logs()
        self._core = _Core(
            credentials=credentials,
            retry=retry,
            rate_limiter=rate_limiter,
            clock=clock,
            wall_clock=wall_clock,
            rand=rand,
            max_response_bytes=max_response_bytes,
            retry_after_default=retry_after_default,
        )
        self._tokens = TokenCache(wall_clock)
        self._base_url = base_url  # as given: httpx's copy gains a trailing slash
        self._sleep = sleep
        self._http = httpx.Client(
            base_url=base_url,
            timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
            follow_redirects=False,  # custom auth headers must never reach another host
            transport=transport,
        )

    def __repr__(self) -> str:
        return f"SyncSession(base_url={str(self._http.base_url)!r}, core={self._core!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncSession:
        """A copy sending with these options, over the same connection pool and tokens."""
        session = copy.copy(self)
        session._core = self._core.with_options(
            timeout=timeout, retry=retry, extra_headers=extra_headers
        )
        return session

    def close(self) -> None:
        self._http.close()

    def update_credentials(self, values: Mapping[str, Any]) -> None:
        self._core.credentials.update(values)

    def call(
        self,
        operation: Operation,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = None,
        idempotency_key: str | None = None,
    ) -> Any:
        core = self._core
        call = core.build(
            operation,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            idempotency_key=idempotency_key,
            cookies=cookies,
        )
        while True:
            wait = core.throttle_delay()
            if wait > 0:
                self._sleep(wait)
            tokens = {
                s: self._tokens.get(core.credentials.schemes[s], self._exchange)
                for s in _exchanged(core.credentials, call)
            }
            failure: httpx.HTTPError | None = None
            try:
                response = self._attempt(call, tokens)
            except httpx.HTTPError as exc:
                failure = _detached(exc)
            if failure is not None:  # handled outside `except`: no __context__ to leak
                delay = core.on_exception(call, failure)
            else:
                if core.replay_unauthorized(call, response, tokens):
                    for scheme_id, token in tokens.items():
                        self._tokens.invalidate(scheme_id, token)
                    continue
                result, retry_delay = core.on_response(call, response)
                if retry_delay is None:
                    return result
                delay = retry_delay
            self._sleep(delay)

    def _attempt(self, call: _Call, tokens: Mapping[str, Token]) -> httpx.Response:
        """Send once and read the body chunk by chunk, within the deadline and size limit."""
        headers = _auth_headers(self._core.credentials, call, tokens)
        request = self._core.request(self._http, call, headers, tokens)
        streamed = self._http.send(request, stream=True)
        try:
            reader = self._core.reader(call, streamed)
            # The raw stream itself: a response a test transport built in memory has already
            # been read by httpx, and iter_raw() would refuse it.
            for raw in typing.cast(httpx.SyncByteStream, streamed.stream):
                if reader.feed(raw):
                    break
            return reader.finish()
        except BodyTooLarge as exc:
            raise self._core.too_large(call, streamed.status_code, exc) from None
        finally:
            streamed.close()

    def _exchange(self, exchange: TokenExchange) -> Token:
        body, headers = self._core.credentials.exchange_request(exchange)
        # Only the exchange's own headers: the API's credentials are set per call, never on the
        # httpx client, so none of them reaches a token endpoint (often another host).
        url = token_url(self._base_url, exchange)
        failure: httpx.HTTPError | None = None
        try:
            response = self._http.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            failure = _detached(exc)
        if failure is not None:  # raised outside `except`: no __context__ to leak
            raise transport_error(
                Operation(exchange.operation, "POST", exchange.path, None, {}, ()), failure
            )
        if not 200 <= response.status_code < 300:
            raise self._core.exchange_failed(exchange, response)
        return self._core.token_from(exchange, response)


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
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        retry_after_default: float | None = None,
    ) -> None:
        refuse_userinfo("base_url", base_url)  # see _userinfo: httpx would send and log it
        mask_userinfo_in_logs()
        self._core = _Core(
            credentials=credentials,
            retry=retry,
            rate_limiter=rate_limiter,
            clock=clock,
            wall_clock=wall_clock,
            rand=rand,
            max_response_bytes=max_response_bytes,
            retry_after_default=retry_after_default,
        )
        self._tokens = AsyncTokenCache(wall_clock)
        self._base_url = base_url  # as given: httpx's copy gains a trailing slash
        self._sleep = sleep
        self._http = httpx.AsyncClient(
            base_url=base_url,
            timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
            follow_redirects=False,  # custom auth headers must never reach another host
            transport=transport,
        )

    def __repr__(self) -> str:
        return f"AsyncSession(base_url={str(self._http.base_url)!r}, core={self._core!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncSession:
        """A copy sending with these options, over the same connection pool and tokens."""
        session = copy.copy(self)
        session._core = self._core.with_options(
            timeout=timeout, retry=retry, extra_headers=extra_headers
        )
        return session

    async def close(self) -> None:
        await self._http.aclose()

    def update_credentials(self, values: Mapping[str, Any]) -> None:
        self._core.credentials.update(values)

    async def call(
        self,
        operation: Operation,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = None,
        idempotency_key: str | None = None,
    ) -> Any:
        core = self._core
        call = core.build(
            operation,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            idempotency_key=idempotency_key,
            cookies=cookies,
        )
        while True:
            wait = core.throttle_delay()
            if wait > 0:
                await self._sleep(wait)
            tokens = {
                s: await self._tokens.get(core.credentials.schemes[s], self._exchange)
                for s in _exchanged(core.credentials, call)
            }
            failure: httpx.HTTPError | None = None
            try:
                response = await self._attempt(call, tokens)
            except httpx.HTTPError as exc:
                failure = _detached(exc)
            if failure is not None:  # handled outside `except`: no __context__ to leak
                delay = core.on_exception(call, failure)
            else:
                if core.replay_unauthorized(call, response, tokens):
                    for scheme_id, token in tokens.items():
                        self._tokens.invalidate(scheme_id, token)
                    continue
                result, retry_delay = core.on_response(call, response)
                if retry_delay is None:
                    return result
                delay = retry_delay
            await self._sleep(delay)

    async def _attempt(self, call: _Call, tokens: Mapping[str, Token]) -> httpx.Response:
        """Send once and read the body chunk by chunk, within the deadline and size limit."""
        headers = _auth_headers(self._core.credentials, call, tokens)
        request = self._core.request(self._http, call, headers, tokens)
        streamed = await self._http.send(request, stream=True)
        try:
            reader = self._core.reader(call, streamed)
            async for raw in typing.cast(httpx.AsyncByteStream, streamed.stream):
                if reader.feed(raw):
                    break
            return reader.finish()
        except BodyTooLarge as exc:
            raise self._core.too_large(call, streamed.status_code, exc) from None
        finally:
            await streamed.aclose()

    async def _exchange(self, exchange: TokenExchange) -> Token:
        body, headers = self._core.credentials.exchange_request(exchange)
        # Only the exchange's own headers: the API's credentials are set per call, never on the
        # httpx client, so none of them reaches a token endpoint (often another host).
        url = token_url(self._base_url, exchange)
        failure: httpx.HTTPError | None = None
        try:
            response = await self._http.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            failure = _detached(exc)
        if failure is not None:  # raised outside `except`: no __context__ to leak
            raise transport_error(
                Operation(exchange.operation, "POST", exchange.path, None, {}, ()), failure
            )
        if not 200 <= response.status_code < 300:
            raise self._core.exchange_failed(exchange, response)
        return self._core.token_from(exchange, response)
