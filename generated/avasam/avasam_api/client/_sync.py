# Generated from specs/avasam.yaml by vendorgen. Do not edit: regenerate instead.
"""Synchronous client of Avasam Seller API."""

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

__all__ = ["AvasamClient"]


class AvasamClient:
    """Synchronous client of Avasam Seller API: one typed method per operation."""

    def __init__(
        self,
        *,
        avasam_token: str | SecretStr | None = None,
        consumer_key: str | SecretStr | None = None,
        secret_key: str | SecretStr | None = None,
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
        check_options("AvasamClient", runtime_options)
        credentials = Credentials(
            ops.AUTH_SCHEMES,
            {
                "avasamToken": avasam_token,
                "consumer_key": consumer_key,
                "secret_key": secret_key,
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
        return f"AvasamClient({self._session!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
    ) -> AvasamClient:
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
            "avasam_token": "avasamToken",
            "consumer_key": "consumer_key",
            "secret_key": "secret_key",
        }
        unknown = sorted(set(values) - set(names))
        if unknown:
            raise TypeError(f"unknown credentials: {', '.join(unknown)}")
        self._session.update_credentials({names[k]: v for k, v in values.items()})

    def close(self) -> None:
        """Close the connection pool."""
        self._session.close()

    def __enter__(self) -> AvasamClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def acknowledge_stock_update(
        self,
        body: (
            models.AcknowledgeStockUpdateRequest | dict[str, typing.Any] | list[typing.Any] | None
        ) = None,
        **fields: typing.Any,
    ) -> None:
        """Acknowledge a stock-update notification you received

        Call this after receiving a stock_update webhook to acknowledge it. The doc gives no
        body or response shape.

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "acknowledge_stock_update",
            models.AcknowledgeStockUpdateRequest,
            body,
            fields,
            required=True,
        )
        result = self._session.call(
            ops.ACKNOWLEDGE_STOCK_UPDATE,
            body=sent,
        )
        return typing.cast("None", result)

    def add_new_order(
        self,
        body: models.AddNewOrderRequest | dict[str, typing.Any] | list[typing.Any] | None = None,
        **fields: typing.Any,
    ) -> models.OrderResult:
        """Create a new order in Avasam

        Creates a queued order with general and customer details, the items with their prices
        and your shipping service. Failure is reported in the 200 body (ErrorCode 1).

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body("add_new_order", models.AddNewOrderRequest, body, fields, required=True)
        result = self._session.call(
            ops.ADD_NEW_ORDER,
            body=sent,
        )
        return typing.cast("models.OrderResult", result)

    def create_seller_order(
        self,
        body: (
            models.CreateSellerOrderRequest | dict[str, typing.Any] | list[typing.Any] | None
        ) = None,
        **fields: typing.Any,
    ) -> models.OrderResult:
        """Create a new order for one of your customers

        Places an order for the listed Avasam SKUs, shipped with your configured shipping
        service to the delivery address. Failure is reported in the 200 body (ErrorCode 1).

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "create_seller_order", models.CreateSellerOrderRequest, body, fields, required=True
        )
        result = self._session.call(
            ops.CREATE_SELLER_ORDER,
            body=sent,
        )
        return typing.cast("models.OrderResult", result)

    def get_inventory_list_with_filter(
        self,
        body: (
            models.InventoryFilterRequest | dict[str, typing.Any] | list[typing.Any] | None
        ) = None,
        **fields: typing.Any,
    ) -> models.InventoryListResponse:
        """A filtered, sorted list of your sourced products

        Filter by text, category, price, stock, variation and mapping status; sort by a field;
        page with page/limit. Returns the matching page in `data` and the overall count in
        `total`.

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "get_inventory_list_with_filter",
            models.InventoryFilterRequest,
            body,
            fields,
            required=True,
        )
        result = self._session.call(
            ops.GET_INVENTORY_LIST_WITH_FILTER,
            body=sent,
        )
        return typing.cast("models.InventoryListResponse", result)

    def iter_get_inventory_list_with_filter_pages(
        self,
        body: models.InventoryFilterRequest | dict[str, typing.Any] | None = None,
        **fields: typing.Any,
    ) -> Iterator[models.InventoryListResponse]:
        """Every page of `get_inventory_list_with_filter`, from the requested page (or the first)
        to the last.
        """
        paging = ops.GET_INVENTORY_LIST_WITH_FILTER_PAGING
        query: dict[str, typing.Any] = {}
        page_body = request_body(
            "iter_get_inventory_list_with_filter_pages",
            models.InventoryFilterRequest,
            body,
            fields,
            required=True,
        )
        page = paging.start(page_body, query)
        walk = paging.walk(
            "get_inventory_list_with_filter", paging.size(page_body, query), self._max_pages
        )
        while True:
            page_body, query = paging.at_page(page_body, query, page)
            result = self._session.call(
                ops.GET_INVENTORY_LIST_WITH_FILTER,
                query=query,
                body=page_body,
            )
            yield typing.cast("models.InventoryListResponse", result)
            if not walk.has_next(result, page):
                return
            page += 1

    def iter_get_inventory_list_with_filter(
        self,
        body: models.InventoryFilterRequest | dict[str, typing.Any] | None = None,
        **fields: typing.Any,
    ) -> Iterator[models.SellerProductListDetailsModel]:
        """Every item of `get_inventory_list_with_filter` across its pages, from the requested page
        (or the first) to the last.
        """
        paging = ops.GET_INVENTORY_LIST_WITH_FILTER_PAGING
        for result in self.iter_get_inventory_list_with_filter_pages(
            body,
            **fields,
        ):
            for item in paging.page_items(result):
                yield typing.cast("models.SellerProductListDetailsModel", item)

    def get_process_order_list(
        self,
        body: (
            models.ProcessOrderListRequest | dict[str, typing.Any] | list[typing.Any] | None
        ) = None,
        **fields: typing.Any,
    ) -> models.ProcessOrderListResponse:
        """Orders that have been processed, filtered by date, status and customer

        Documented as GetProcessOrderList. Returns the matching page of orders in `data`, the
        total count, and the tickets raised against the orders.

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "get_process_order_list", models.ProcessOrderListRequest, body, fields, required=True
        )
        result = self._session.call(
            ops.GET_PROCESS_ORDER_LIST,
            body=sent,
        )
        return typing.cast("models.ProcessOrderListResponse", result)

    def iter_get_process_order_list_pages(
        self,
        body: models.ProcessOrderListRequest | dict[str, typing.Any] | None = None,
        **fields: typing.Any,
    ) -> Iterator[models.ProcessOrderListResponse]:
        """Every page of `get_process_order_list`, from the requested page (or the first) to the
        last.
        """
        paging = ops.GET_PROCESS_ORDER_LIST_PAGING
        query: dict[str, typing.Any] = {}
        page_body = request_body(
            "iter_get_process_order_list_pages",
            models.ProcessOrderListRequest,
            body,
            fields,
            required=True,
        )
        page = paging.start(page_body, query)
        walk = paging.walk("get_process_order_list", paging.size(page_body, query), self._max_pages)
        while True:
            page_body, query = paging.at_page(page_body, query, page)
            result = self._session.call(
                ops.GET_PROCESS_ORDER_LIST,
                query=query,
                body=page_body,
            )
            yield typing.cast("models.ProcessOrderListResponse", result)
            if not walk.has_next(result, page):
                return
            page += 1

    def iter_get_process_order_list(
        self,
        body: models.ProcessOrderListRequest | dict[str, typing.Any] | None = None,
        **fields: typing.Any,
    ) -> Iterator[models.AvasamOrder]:
        """Every item of `get_process_order_list` across its pages, from the requested page (or the
        first) to the last.
        """
        paging = ops.GET_PROCESS_ORDER_LIST_PAGING
        for result in self.iter_get_process_order_list_pages(
            body,
            **fields,
        ):
            for item in paging.page_items(result):
                yield typing.cast("models.AvasamOrder", item)

    def get_seller_product_list(
        self,
        body: (
            models.SellerProductListRequest | dict[str, typing.Any] | list[typing.Any] | None
        ) = None,
        **fields: typing.Any,
    ) -> models.SellerProductList:
        """Full details of the products in your inventory, one page at a time

        Returns a JSON array of products for the requested Page of Limit records.

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "get_seller_product_list", models.SellerProductListRequest, body, fields, required=True
        )
        result = self._session.call(
            ops.GET_SELLER_PRODUCT_LIST,
            body=sent,
        )
        return typing.cast("models.SellerProductList", result)

    def iter_get_seller_product_list_pages(
        self,
        body: models.SellerProductListRequest | dict[str, typing.Any] | None = None,
        **fields: typing.Any,
    ) -> Iterator[models.SellerProductList]:
        """Every page of `get_seller_product_list`, from the requested page (or the first) to the
        last.
        """
        paging = ops.GET_SELLER_PRODUCT_LIST_PAGING
        query: dict[str, typing.Any] = {}
        page_body = request_body(
            "iter_get_seller_product_list_pages",
            models.SellerProductListRequest,
            body,
            fields,
            required=True,
        )
        page = paging.start(page_body, query)
        walk = paging.walk(
            "get_seller_product_list", paging.size(page_body, query), self._max_pages
        )
        while True:
            page_body, query = paging.at_page(page_body, query, page)
            result = self._session.call(
                ops.GET_SELLER_PRODUCT_LIST,
                query=query,
                body=page_body,
            )
            yield typing.cast("models.SellerProductList", result)
            if not walk.has_next(result, page):
                return
            page += 1

    def iter_get_seller_product_list(
        self,
        body: models.SellerProductListRequest | dict[str, typing.Any] | None = None,
        **fields: typing.Any,
    ) -> Iterator[models.SellerProduct]:
        """Every item of `get_seller_product_list` across its pages, from the requested page (or
        the first) to the last.
        """
        paging = ops.GET_SELLER_PRODUCT_LIST_PAGING
        for result in self.iter_get_seller_product_list_pages(
            body,
            **fields,
        ):
            for item in paging.page_items(result):
                yield typing.cast("models.SellerProduct", item)

    def request_token(
        self,
        body: models.RequestTokenRequest | dict[str, typing.Any] | list[typing.Any] | None = None,
        **fields: typing.Any,
    ) -> models.RequestTokenResponse:
        """Exchange your consumer key and secret key for an access token

        Returns an access_token for the seller API calls and the expires_at time after which a
        new token must be requested. Not counted against the API rate limit.

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "request_token", models.RequestTokenRequest, body, fields, required=True
        )
        result = self._session.call(
            ops.REQUEST_TOKEN,
            body=sent,
        )
        return typing.cast("models.RequestTokenResponse", result)

    def seller_stock_list(
        self,
        body: (
            models.SellerStockListRequest | dict[str, typing.Any] | list[typing.Any] | None
        ) = None,
        **fields: typing.Any,
    ) -> models.SellerStockList:
        """Stock levels of your products, one page at a time

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "seller_stock_list", models.SellerStockListRequest, body, fields, required=True
        )
        result = self._session.call(
            ops.SELLER_STOCK_LIST,
            body=sent,
        )
        return typing.cast("models.SellerStockList", result)

    def iter_seller_stock_list_pages(
        self,
        body: models.SellerStockListRequest | dict[str, typing.Any] | None = None,
        **fields: typing.Any,
    ) -> Iterator[models.SellerStockList]:
        """Every page of `seller_stock_list`, from the requested page (or the first) to the last."""
        paging = ops.SELLER_STOCK_LIST_PAGING
        query: dict[str, typing.Any] = {}
        page_body = request_body(
            "iter_seller_stock_list_pages",
            models.SellerStockListRequest,
            body,
            fields,
            required=True,
        )
        page = paging.start(page_body, query)
        walk = paging.walk("seller_stock_list", paging.size(page_body, query), self._max_pages)
        while True:
            page_body, query = paging.at_page(page_body, query, page)
            result = self._session.call(
                ops.SELLER_STOCK_LIST,
                query=query,
                body=page_body,
            )
            yield typing.cast("models.SellerStockList", result)
            if not walk.has_next(result, page):
                return
            page += 1

    def iter_seller_stock_list(
        self,
        body: models.SellerStockListRequest | dict[str, typing.Any] | None = None,
        **fields: typing.Any,
    ) -> Iterator[models.StockLevel]:
        """Every item of `seller_stock_list` across its pages, from the requested page (or the
        first) to the last.
        """
        paging = ops.SELLER_STOCK_LIST_PAGING
        for result in self.iter_seller_stock_list_pages(
            body,
            **fields,
        ):
            for item in paging.page_items(result):
                yield typing.cast("models.StockLevel", item)
