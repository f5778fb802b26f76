# Generated from specs/items.yaml by vendorgen. Do not edit: regenerate instead.
"""Asynchronous client of Items."""

from __future__ import annotations

import builtins  # noqa: F401 (keyword body fields of types spelled builtins.X)
import copy
import datetime as dt
import typing
from types import TracebackType

import httpx
from pydantic import SecretStr

from .. import _operations as ops
from .. import models
from .._auth import Credentials
from .. import _types  # noqa: F401 (types of keyword body fields)
from .._calls import NOT_GIVEN, NotGiven, check_options, request_body  # noqa: F401
from .._ratelimit import RateLimiter
from .._retry import RetryPolicy
from .._runtime import AsyncSession
from .._types import SequenceNotStr  # noqa: F401 (arrays: any sequence but a str)

__all__ = ["AsyncItemsClient"]


class AsyncItemsClient:
    """Asynchronous client of Items: one typed method per operation."""

    def __init__(
        self,
        *,
        base_url: str = ops.BASE_URL,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimiter | typing.Literal[False] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_response_bytes: int = 32 * 1024 * 1024,
        max_pages: int = 10_000,
        **runtime_options: typing.Any,
    ) -> None:
        """Credentials are kept as SecretStr. A `base_url` holding a user name or password
        (`https://user:secret@host`) is refused with a ValueError: httpx would send it and log
        it with every request URL, and a redirect could carry it; give credentials through
        their keywords. `rate_limiter=None` paces calls by the documented
        limit (if any); `False` disables pacing. `retry.deadline` bounds a whole call, reading
        the body included. A response body larger than `max_response_bytes` once decoded
        (gzip included) raises `errors.ResponseTooLargeError`. Page iterators stop with
        `errors.PaginationError` on a page that repeats the previous one or after
        `max_pages`. `runtime_options` (clock, wall_clock, sleep, rand) exist for tests."""
        check_options("AsyncItemsClient", runtime_options)
        credentials = Credentials(
            ops.AUTH_SCHEMES,
            {},
        )
        if rate_limiter is None and ops.RATE_LIMIT is not None:
            rate_limiter = RateLimiter(ops.RATE_LIMIT)
        self._max_pages = max_pages
        self._session = AsyncSession(
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            retry=retry,
            rate_limiter=rate_limiter or None,
            transport=transport,
            max_response_bytes=max_response_bytes,
            retry_after_default=ops.RETRY_AFTER_DEFAULT,
            **runtime_options,
        )

    def __repr__(self) -> str:
        return f"AsyncItemsClient({self._session!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
    ) -> AsyncItemsClient:
        """A copy of this client whose calls use these options, e.g.
        `client.with_options(timeout=5).some_call(...)`: one call's timeout, retry policy or extra
        headers (never replacing the operation's own headers or credentials). The copy shares
        this client's connection pool, credentials and rate limiter; close the original."""
        client = copy.copy(self)
        client._session = self._session.with_options(
            timeout=timeout, retry=retry, extra_headers=extra_headers
        )
        return client

    def update_credentials(self, **values: str | SecretStr | None) -> None:
        """Replace credentials by their keyword name, e.g. after an account flow hands you a
        long-lived token; None removes one."""
        names: dict[str, str] = {}
        unknown = sorted(set(values) - set(names))
        if unknown:
            raise TypeError(f"unknown credentials: {', '.join(unknown)}")
        self._session.update_credentials({names[k]: v for k, v in values.items()})

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._session.close()

    async def __aenter__(self) -> AsyncItemsClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def _session_for(
        self,
        timeout: httpx.Timeout | float | None,
        retry: RetryPolicy | None,
        extra_headers: typing.Mapping[str, str] | None,
    ) -> AsyncSession:
        """The session one call uses: this client's, or a copy with the call's own options."""
        if timeout is None and retry is None and not extra_headers:
            return self._session
        return self._session.with_options(timeout=timeout, retry=retry, extra_headers=extra_headers)

    async def fetch_item(
        self,
        *,
        item_id: str,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Item:
        """One item (declared before /items/findByStatus, and sorted before it)

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.FETCH_ITEM,
            path_params={
                "item-id": item_id,
            },
        )
        return typing.cast("models.Item", _result)

    async def fetch_user(
        self,
        *,
        user_name: str,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.User:
        """One user (declared before /users/login)

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.FETCH_USER,
            path_params={
                "user.name": user_name,
            },
        )
        return typing.cast("models.User", _result)

    async def label_array(
        self,
        *,
        ids: SequenceNotStr[int],
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """label style, an array in the path (.1.2.3 exploded)

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.LABEL_ARRAY,
            path_params={
                "ids": ids,
            },
        )
        return typing.cast("None", _result)

    async def list_changes(
        self,
        *,
        day: dt.date | str | None = None,
        days: SequenceNotStr[dt.date | str] | None = None,
        since: dt.datetime | str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Dates in the query (the client takes datetime and date values, sends RFC 3339)

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.LIST_CHANGES,
            query={
                "day": day,
                "days": days,
                "since": since,
            },
        )
        return typing.cast("None", _result)

    async def log_in(
        self,
        *,
        remember: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Session:
        """A session token

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.LOG_IN,
            query={
                "remember": remember,
            },
        )
        return typing.cast("models.Session", _result)

    async def matrix_object(
        self,
        *,
        point: models.Point,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """matrix style, an object in the path (;x=1;y=2 exploded)

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.MATRIX_OBJECT,
            path_params={
                "point": point,
            },
        )
        return typing.cast("None", _result)

    async def query_styles(
        self,
        *,
        x_point: models.Point | None = None,
        codes: SequenceNotStr[str] | None = None,
        ids: SequenceNotStr[int] | None = None,
        point: models.Point | None = None,
        range_: models.Range | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """form (not exploded), pipeDelimited, deepObject and an exploded form object

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.QUERY_STYLES,
            query={
                "codes": codes,
                "ids": ids,
                "point": point,
                "range": range_,
            },
            headers={
                "X-Point": x_point,
            },
        )
        return typing.cast("None", _result)

    async def search_by_status(
        self,
        *,
        status: SequenceNotStr[typing.Literal["available", "sold"]],
        x_trace_id: str | None = None,
        big: int | None = None,
        flag: bool | None = None,
        page_size: typing.Literal[10, 20] | None = None,
        small: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.ItemList:
        """Items by status

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.SEARCH_BY_STATUS,
            query={
                "status": status,
                "big": big,
                "flag": flag,
                "page_size": page_size,
                "small": small,
            },
            headers={
                "X-Trace.Id": x_trace_id,
            },
        )
        return typing.cast("models.ItemList", _result)

    async def simple_array(
        self,
        *,
        ids: SequenceNotStr[int],
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """simple style, an array of integers in the path (1,2,3)

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.SIMPLE_ARRAY,
            path_params={
                "ids": ids,
            },
        )
        return typing.cast("None", _result)
