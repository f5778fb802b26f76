# Generated from specs/shop.yaml by vendorgen. Do not edit: regenerate instead.
"""Asynchronous client of Shop."""

from __future__ import annotations

import builtins  # noqa: F401 (keyword body fields of types spelled builtins.X)
import copy
import typing
from collections.abc import AsyncIterator
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

__all__ = ["AsyncShopClient"]


class AsyncShopClient:
    """Asynchronous client of Shop: one typed method per operation."""

    def __init__(
        self,
        *,
        token: str | SecretStr | None = None,
        client_id: str | SecretStr | None = None,
        client_secret: str | SecretStr | None = None,
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
        check_options("AsyncShopClient", runtime_options)
        credentials = Credentials(
            ops.AUTH_SCHEMES,
            {
                "token": token,
                "client_id": client_id,
                "client_secret": client_secret,
            },
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
        return f"AsyncShopClient({self._session!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
    ) -> AsyncShopClient:
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
        names: dict[str, str] = {
            "token": "token",
            "client_id": "client_id",
            "client_secret": "client_secret",
        }
        unknown = sorted(set(values) - set(names))
        if unknown:
            raise TypeError(f"unknown credentials: {', '.join(unknown)}")
        self._session.update_credentials({names[k]: v for k, v in values.items()})

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._session.close()

    async def __aenter__(self) -> AsyncShopClient:
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

    async def get_token(
        self,
        body: (
            models.TokenRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        client_id: str | NotGiven = NOT_GIVEN,
        client_secret: str | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.TokenResponse:
        """POST /token

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "client_id": client_id,
            "client_secret": client_secret,
        }
        _sent = request_body(
            "get_token", models.TokenRequest, body, fields, required=True, name="TokenRequest"
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.GET_TOKEN,
            body=_sent,
        )
        return typing.cast("models.TokenResponse", _result)

    async def list_orders(
        self,
        *,
        page: int | None = None,
        size: int | None = None,
        sku: str | None = None,
        status: typing.Literal["open", "shipped"] | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.OrderPage:
        """GET /orders

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.LIST_ORDERS,
            query={
                "page": page,
                "size": size,
                "sku": sku,
                "status": status,
            },
        )
        return typing.cast("models.OrderPage", _result)

    async def iter_list_orders_pages(
        self,
        *,
        page: int | None = None,
        size: int | None = None,
        sku: str | None = None,
        status: typing.Literal["open", "shipped"] | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.OrderPage]:
        """Every page of `list_orders`, from the requested page (or the first) to the last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.LIST_ORDERS_PAGING
        _session = self._session_for(timeout, retry, extra_headers)
        _query: dict[str, typing.Any] = {
            "page": page,
            "size": size,
            "sku": sku,
            "status": status,
        }
        _page_body = None
        _page = _paging.start(_page_body, _query)
        _walk = _paging.walk("list_orders", _paging.size(_page_body, _query), self._max_pages)
        while True:
            _page_body, _query = _paging.at_page(_page_body, _query, _page)
            _result = await _session.call(
                ops.LIST_ORDERS,
                query=_query,
            )
            yield typing.cast("models.OrderPage", _result)
            if not _walk.has_next(_result, _page):
                return
            _page += 1

    async def iter_list_orders(
        self,
        *,
        page: int | None = None,
        size: int | None = None,
        sku: str | None = None,
        status: typing.Literal["open", "shipped"] | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.Order]:
        """Every item of `list_orders` across its pages, from the requested page (or the first) to
        the last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.LIST_ORDERS_PAGING
        async for _result in self.iter_list_orders_pages(
            page=page,
            size=size,
            sku=sku,
            status=status,
            timeout=timeout,
            extra_headers=extra_headers,
            retry=retry,
        ):
            for _item in _paging.page_items(_result):
                yield typing.cast("models.Order", _item)

    async def update_orders(
        self,
        body: models.OrderChange | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
        **fields: typing.Any,
    ) -> models.Done:
        """PUT /orders

        The body is given as a model of any of its kinds, as its JSON data (a dict), or as its
        fields in keyword arguments (Python or wire names); it is validated here, before
        anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _sent = request_body(
            "update_orders", models.OrderChange, body, fields, required=True, name="OrderChange"
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.UPDATE_ORDERS,
            body=_sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.Done", _result)

    async def accept_order(
        self,
        body: models.Accept | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None = None,
        *,
        idempotency_key: str | None = None,
        order_id: str | NotGiven = NOT_GIVEN,
        status: typing.Literal["ACCEPTED"] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Done:
        """Accept an order

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "order_id": order_id,
            "status": status,
        }
        _sent = request_body(
            "accept_order", models.Accept, body, fields, required=True, name="Accept"
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.ACCEPT_ORDER,
            body=_sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.Done", _result)

    async def cancel_order(
        self,
        body: models.Cancel | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None = None,
        *,
        idempotency_key: str | None = None,
        order_id: str | NotGiven = NOT_GIVEN,
        status: typing.Literal["CANCELLED"] | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Done:
        """Cancel an order

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "order_id": order_id,
            "status": status,
            "reason": reason,
        }
        _sent = request_body(
            "cancel_order", models.Cancel, body, fields, required=True, name="Cancel"
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CANCEL_ORDER,
            body=_sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.Done", _result)
