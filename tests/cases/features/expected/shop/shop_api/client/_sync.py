# Generated from specs/shop.yaml by vendorgen. Do not edit: regenerate instead.
"""Synchronous client of Shop."""

from __future__ import annotations

import copy
import typing
from collections.abc import Iterator
from types import TracebackType

import httpx
from pydantic import SecretStr

from .. import _operations as ops
from .. import models
from .._auth import Credentials
from .._calls import check_options, request_body
from .._ratelimit import RateLimiter
from .._retry import RetryPolicy
from .._runtime import SyncSession

__all__ = ["ShopClient"]


class ShopClient:
    """Synchronous client of Shop: one typed method per operation."""

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
        transport: httpx.BaseTransport | None = None,
        max_response_bytes: int = 32 * 1024 * 1024,
        max_pages: int = 10_000,
        **runtime_options: typing.Any,
    ) -> None:
        """Credentials are kept as SecretStr. `rate_limiter=None` paces calls by the documented
        limit (if any); `False` disables pacing. `retry.deadline` bounds a whole call, reading
        the body included. A response body larger than `max_response_bytes` once decoded
        (gzip included) raises `errors.ResponseTooLargeError`. Page iterators stop with
        `errors.PaginationError` on a page that repeats the previous one or after
        `max_pages`. `runtime_options` (clock, wall_clock, sleep, rand) exist for tests."""
        check_options("ShopClient", runtime_options)
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
        self._session = SyncSession(
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
        return f"ShopClient({self._session!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
    ) -> ShopClient:
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

    def close(self) -> None:
        """Close the connection pool."""
        self._session.close()

    def __enter__(self) -> ShopClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def get_token(
        self,
        body: models.TokenRequest | dict[str, typing.Any] | list[typing.Any] | None = None,
        **fields: typing.Any,
    ) -> models.TokenResponse:
        """POST /token

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body("get_token", models.TokenRequest, body, fields, required=True)
        result = self._session.call(
            ops.GET_TOKEN,
            body=sent,
        )
        return typing.cast("models.TokenResponse", result)

    def list_orders(
        self,
        *,
        page: int | None = None,
        size: int | None = None,
        sku: str | None = None,
        status: typing.Literal["open", "shipped"] | None = None,
    ) -> models.OrderPage:
        """GET /orders"""
        result = self._session.call(
            ops.LIST_ORDERS,
            query={
                "page": page,
                "size": size,
                "sku": sku,
                "status": status,
            },
        )
        return typing.cast("models.OrderPage", result)

    def iter_list_orders_pages(
        self,
        *,
        page: int | None = None,
        size: int | None = None,
        sku: str | None = None,
        status: typing.Literal["open", "shipped"] | None = None,
    ) -> Iterator[models.OrderPage]:
        """Every page of `list_orders`, from the requested page (or the first) to the last."""
        paging = ops.LIST_ORDERS_PAGING
        query: dict[str, typing.Any] = {
            "page": page,
            "size": size,
            "sku": sku,
            "status": status,
        }
        page_body = None
        page = paging.start(page_body, query)
        walk = paging.walk("list_orders", paging.size(page_body, query), self._max_pages)
        while True:
            page_body, query = paging.at_page(page_body, query, page)
            result = self._session.call(
                ops.LIST_ORDERS,
                query=query,
            )
            yield typing.cast("models.OrderPage", result)
            if not walk.has_next(result, page):
                return
            page += 1

    def iter_list_orders(
        self,
        *,
        page: int | None = None,
        size: int | None = None,
        sku: str | None = None,
        status: typing.Literal["open", "shipped"] | None = None,
    ) -> Iterator[models.Order]:
        """Every item of `list_orders` across its pages, from the requested page (or the first) to
        the last.
        """
        paging = ops.LIST_ORDERS_PAGING
        for result in self.iter_list_orders_pages(
            page=page,
            size=size,
            sku=sku,
            status=status,
        ):
            for item in paging.page_items(result):
                yield typing.cast("models.Order", item)

    def update_orders(
        self,
        body: models.OrderChange | dict[str, typing.Any] | list[typing.Any] | None = None,
        *,
        idempotency_key: str | None = None,
        **fields: typing.Any,
    ) -> models.Done:
        """PUT /orders

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body("update_orders", models.OrderChange, body, fields, required=True)
        result = self._session.call(
            ops.UPDATE_ORDERS,
            body=sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.Done", result)

    def accept_order(
        self,
        body: models.Accept | dict[str, typing.Any] | list[typing.Any] | None = None,
        *,
        idempotency_key: str | None = None,
        **fields: typing.Any,
    ) -> models.Done:
        """Accept an order

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body("accept_order", models.Accept, body, fields, required=True)
        result = self._session.call(
            ops.ACCEPT_ORDER,
            body=sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.Done", result)

    def cancel_order(
        self,
        body: models.Cancel | dict[str, typing.Any] | list[typing.Any] | None = None,
        *,
        idempotency_key: str | None = None,
        **fields: typing.Any,
    ) -> models.Done:
        """Cancel an order

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body("cancel_order", models.Cancel, body, fields, required=True)
        result = self._session.call(
            ops.CANCEL_ORDER,
            body=sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.Done", result)
