# Generated from specs/avasam.yaml by vendorgen. Do not edit: regenerate instead.
"""Asynchronous client of Avasam Seller API."""

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

__all__ = ["AsyncAvasamClient"]


class AsyncAvasamClient:
    """Asynchronous client of Avasam Seller API: one typed method per operation."""

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
        check_options("AsyncAvasamClient", runtime_options)
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
        return f"AsyncAvasamClient({self._session!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
    ) -> AsyncAvasamClient:
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

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._session.close()

    async def __aenter__(self) -> AsyncAvasamClient:
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

    async def acknowledge_stock_update(
        self,
        body: (
            models.AcknowledgeStockUpdateRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        request_id: str | None | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Acknowledge a stock-update notification you received

        Call this after receiving a stock_update webhook to acknowledge it. The doc gives no
        body or response shape.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "request_id": request_id,
        }
        _sent = request_body(
            "acknowledge_stock_update",
            models.AcknowledgeStockUpdateRequest,
            body,
            fields,
            required=True,
            name="AcknowledgeStockUpdateRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.ACKNOWLEDGE_STOCK_UPDATE,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def add_new_order(
        self,
        body: (
            models.AddNewOrderRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        general_info: models.GeneralInfoModel | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        customer_info: models.AddressModel | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        customer_type: str | None | NotGiven = NOT_GIVEN,
        items: SequenceNotStr[models.ItemModel | dict[str, typing.Any]] | NotGiven = NOT_GIVEN,
        shippingservicename: str | NotGiven = NOT_GIVEN,
        shippingserviceid: str | NotGiven = NOT_GIVEN,
        shippingservicecharge: _types.Number | str | NotGiven = NOT_GIVEN,
        supplier_code: str | None | NotGiven = NOT_GIVEN,
        notes: str | None | NotGiven = NOT_GIVEN,
        order_type: _types.OpenEnum[models.OrderType] | NotGiven = NOT_GIVEN,
        is_self: bool | None | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.OrderResult:
        """Create a new order in Avasam

        Creates a queued order with general and customer details, the items with their prices
        and your shipping service. Failure is reported in the 200 body (ErrorCode 1).

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "general_info": general_info,
            "customer_info": customer_info,
            "customer_type": customer_type,
            "items": items,
            "shippingservicename": shippingservicename,
            "shippingserviceid": shippingserviceid,
            "shippingservicecharge": shippingservicecharge,
            "supplier_code": supplier_code,
            "notes": notes,
            "order_type": order_type,
            "is_self": is_self,
        }
        _sent = request_body(
            "add_new_order",
            models.AddNewOrderRequest,
            body,
            fields,
            required=True,
            name="AddNewOrderRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.ADD_NEW_ORDER,
            body=_sent,
        )
        return typing.cast("models.OrderResult", _result)

    async def create_seller_order(
        self,
        body: (
            models.CreateSellerOrderRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        authkey: str | NotGiven = NOT_GIVEN,
        reference_number: str | NotGiven = NOT_GIVEN,
        itemlist: (
            SequenceNotStr[models.SellerOrderItem | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        shipping_service_name: str | NotGiven = NOT_GIVEN,
        notes: str | None | NotGiven = NOT_GIVEN,
        delivery_info: models.DeliveryInfo | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.OrderResult:
        """Create a new order for one of your customers

        Places an order for the listed Avasam SKUs, shipped with your configured shipping
        service to the delivery address. Failure is reported in the 200 body (ErrorCode 1).

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "authkey": authkey,
            "reference_number": reference_number,
            "itemlist": itemlist,
            "shipping_service_name": shipping_service_name,
            "notes": notes,
            "delivery_info": delivery_info,
        }
        _sent = request_body(
            "create_seller_order",
            models.CreateSellerOrderRequest,
            body,
            fields,
            required=True,
            name="CreateSellerOrderRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_SELLER_ORDER,
            body=_sent,
        )
        return typing.cast("models.OrderResult", _result)

    async def get_inventory_list_with_filter(
        self,
        body: (
            models.InventoryFilterRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        supplier: str | None | NotGiven = NOT_GIVEN,
        sortby: str | NotGiven = NOT_GIVEN,
        sort_status: _types.OpenEnum[models.SortStatus] | NotGiven = NOT_GIVEN,
        limit: int | str | NotGiven = NOT_GIVEN,
        price_delimeter: str | None | NotGiven = NOT_GIVEN,
        price_value: _types.Number | None | NotGiven = NOT_GIVEN,
        stock_value: str | None | NotGiven = NOT_GIVEN,
        stock: _types.Number | None | NotGiven = NOT_GIVEN,
        variation: _types.OpenEnum[models.Variation] | None | NotGiven = NOT_GIVEN,
        category: str | None | NotGiven = NOT_GIVEN,
        category_name: str | None | NotGiven = NOT_GIVEN,
        is_mapped: _types.OpenEnum[models.IsMapped] | None | NotGiven = NOT_GIVEN,
        price_max_value: _types.Number | None | NotGiven = NOT_GIVEN,
        price_max_delimeter: str | None | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.InventoryListResponse:
        """A filtered, sorted list of your sourced products

        Filter by text, category, price, stock, variation and mapping status; sort by a field;
        page with page/limit. Returns the matching page in `data` and the overall count in
        `total`.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "supplier": supplier,
            "sortby": sortby,
            "sort_status": sort_status,
            "limit": limit,
            "price_delimeter": price_delimeter,
            "price_value": price_value,
            "stock_value": stock_value,
            "stock": stock,
            "variation": variation,
            "category": category,
            "category_name": category_name,
            "is_mapped": is_mapped,
            "price_max_value": price_max_value,
            "price_max_delimeter": price_max_delimeter,
            "page": page,
        }
        _sent = request_body(
            "get_inventory_list_with_filter",
            models.InventoryFilterRequest,
            body,
            fields,
            required=True,
            name="InventoryFilterRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.GET_INVENTORY_LIST_WITH_FILTER,
            body=_sent,
        )
        return typing.cast("models.InventoryListResponse", _result)

    async def iter_get_inventory_list_with_filter_pages(
        self,
        body: models.InventoryFilterRequest | dict[str, typing.Any] | None = None,
        *,
        supplier: str | None | NotGiven = NOT_GIVEN,
        sortby: str | NotGiven = NOT_GIVEN,
        sort_status: _types.OpenEnum[models.SortStatus] | NotGiven = NOT_GIVEN,
        limit: int | str | NotGiven = NOT_GIVEN,
        price_delimeter: str | None | NotGiven = NOT_GIVEN,
        price_value: _types.Number | None | NotGiven = NOT_GIVEN,
        stock_value: str | None | NotGiven = NOT_GIVEN,
        stock: _types.Number | None | NotGiven = NOT_GIVEN,
        variation: _types.OpenEnum[models.Variation] | None | NotGiven = NOT_GIVEN,
        category: str | None | NotGiven = NOT_GIVEN,
        category_name: str | None | NotGiven = NOT_GIVEN,
        is_mapped: _types.OpenEnum[models.IsMapped] | None | NotGiven = NOT_GIVEN,
        price_max_value: _types.Number | None | NotGiven = NOT_GIVEN,
        price_max_delimeter: str | None | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.InventoryListResponse]:
        """Every page of `get_inventory_list_with_filter`, from the requested page (or the first)
        to the last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.GET_INVENTORY_LIST_WITH_FILTER_PAGING
        _session = self._session_for(timeout, retry, extra_headers)
        _query: dict[str, typing.Any] = {}
        fields: dict[str, typing.Any] = {
            "supplier": supplier,
            "sortby": sortby,
            "sort_status": sort_status,
            "limit": limit,
            "price_delimeter": price_delimeter,
            "price_value": price_value,
            "stock_value": stock_value,
            "stock": stock,
            "variation": variation,
            "category": category,
            "category_name": category_name,
            "is_mapped": is_mapped,
            "price_max_value": price_max_value,
            "price_max_delimeter": price_max_delimeter,
            "page": page,
        }
        _page_body = request_body(
            "iter_get_inventory_list_with_filter_pages",
            models.InventoryFilterRequest,
            body,
            fields,
            required=True,
            name="InventoryFilterRequest",
        )
        _page = _paging.start(_page_body, _query)
        _walk = _paging.walk(
            "get_inventory_list_with_filter", _paging.size(_page_body, _query), self._max_pages
        )
        while True:
            _page_body, _query = _paging.at_page(_page_body, _query, _page)
            _result = await _session.call(
                ops.GET_INVENTORY_LIST_WITH_FILTER,
                query=_query,
                body=_page_body,
            )
            yield typing.cast("models.InventoryListResponse", _result)
            if not _walk.has_next(_result, _page):
                return
            _page += 1

    async def iter_get_inventory_list_with_filter(
        self,
        body: models.InventoryFilterRequest | dict[str, typing.Any] | None = None,
        *,
        supplier: str | None | NotGiven = NOT_GIVEN,
        sortby: str | NotGiven = NOT_GIVEN,
        sort_status: _types.OpenEnum[models.SortStatus] | NotGiven = NOT_GIVEN,
        limit: int | str | NotGiven = NOT_GIVEN,
        price_delimeter: str | None | NotGiven = NOT_GIVEN,
        price_value: _types.Number | None | NotGiven = NOT_GIVEN,
        stock_value: str | None | NotGiven = NOT_GIVEN,
        stock: _types.Number | None | NotGiven = NOT_GIVEN,
        variation: _types.OpenEnum[models.Variation] | None | NotGiven = NOT_GIVEN,
        category: str | None | NotGiven = NOT_GIVEN,
        category_name: str | None | NotGiven = NOT_GIVEN,
        is_mapped: _types.OpenEnum[models.IsMapped] | None | NotGiven = NOT_GIVEN,
        price_max_value: _types.Number | None | NotGiven = NOT_GIVEN,
        price_max_delimeter: str | None | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.SellerProductListDetailsModel]:
        """Every item of `get_inventory_list_with_filter` across its pages, from the requested page
        (or the first) to the last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.GET_INVENTORY_LIST_WITH_FILTER_PAGING
        async for _result in self.iter_get_inventory_list_with_filter_pages(
            body,
            supplier=supplier,
            sortby=sortby,
            sort_status=sort_status,
            limit=limit,
            price_delimeter=price_delimeter,
            price_value=price_value,
            stock_value=stock_value,
            stock=stock,
            variation=variation,
            category=category,
            category_name=category_name,
            is_mapped=is_mapped,
            price_max_value=price_max_value,
            price_max_delimeter=price_max_delimeter,
            page=page,
            timeout=timeout,
            extra_headers=extra_headers,
            retry=retry,
        ):
            for _item in _paging.page_items(_result):
                yield typing.cast("models.SellerProductListDetailsModel", _item)

    async def get_process_order_list(
        self,
        body: (
            models.ProcessOrderListRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        from_date: _types.DateTime | NotGiven = NOT_GIVEN,
        to_date: _types.DateTime | NotGiven = NOT_GIVEN,
        date_dispaly: str | NotGiven = NOT_GIVEN,
        customer: str | None | NotGiven = NOT_GIVEN,
        order_status: str | NotGiven = NOT_GIVEN,
        payment_status: (
            _types.OpenEnum[models.ProcessOrderListRequestPaymentStatus] | None | NotGiven
        ) = NOT_GIVEN,
        sortby: str | NotGiven = NOT_GIVEN,
        sort_status: _types.OpenEnum[models.SortStatus] | NotGiven = NOT_GIVEN,
        limit: models.Limit | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.ProcessOrderListResponse:
        """Orders that have been processed, filtered by date, status and customer

        Documented as GetProcessOrderList. Returns the matching page of orders in `data`, the
        total count, and the tickets raised against the orders.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "from_date": from_date,
            "to_date": to_date,
            "date_dispaly": date_dispaly,
            "customer": customer,
            "order_status": order_status,
            "payment_status": payment_status,
            "sortby": sortby,
            "sort_status": sort_status,
            "limit": limit,
            "page": page,
        }
        _sent = request_body(
            "get_process_order_list",
            models.ProcessOrderListRequest,
            body,
            fields,
            required=True,
            name="ProcessOrderListRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.GET_PROCESS_ORDER_LIST,
            body=_sent,
        )
        return typing.cast("models.ProcessOrderListResponse", _result)

    async def iter_get_process_order_list_pages(
        self,
        body: models.ProcessOrderListRequest | dict[str, typing.Any] | None = None,
        *,
        from_date: _types.DateTime | NotGiven = NOT_GIVEN,
        to_date: _types.DateTime | NotGiven = NOT_GIVEN,
        date_dispaly: str | NotGiven = NOT_GIVEN,
        customer: str | None | NotGiven = NOT_GIVEN,
        order_status: str | NotGiven = NOT_GIVEN,
        payment_status: (
            _types.OpenEnum[models.ProcessOrderListRequestPaymentStatus] | None | NotGiven
        ) = NOT_GIVEN,
        sortby: str | NotGiven = NOT_GIVEN,
        sort_status: _types.OpenEnum[models.SortStatus] | NotGiven = NOT_GIVEN,
        limit: models.Limit | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.ProcessOrderListResponse]:
        """Every page of `get_process_order_list`, from the requested page (or the first) to the
        last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.GET_PROCESS_ORDER_LIST_PAGING
        _session = self._session_for(timeout, retry, extra_headers)
        _query: dict[str, typing.Any] = {}
        fields: dict[str, typing.Any] = {
            "from_date": from_date,
            "to_date": to_date,
            "date_dispaly": date_dispaly,
            "customer": customer,
            "order_status": order_status,
            "payment_status": payment_status,
            "sortby": sortby,
            "sort_status": sort_status,
            "limit": limit,
            "page": page,
        }
        _page_body = request_body(
            "iter_get_process_order_list_pages",
            models.ProcessOrderListRequest,
            body,
            fields,
            required=True,
            name="ProcessOrderListRequest",
        )
        _page = _paging.start(_page_body, _query)
        _walk = _paging.walk(
            "get_process_order_list", _paging.size(_page_body, _query), self._max_pages
        )
        while True:
            _page_body, _query = _paging.at_page(_page_body, _query, _page)
            _result = await _session.call(
                ops.GET_PROCESS_ORDER_LIST,
                query=_query,
                body=_page_body,
            )
            yield typing.cast("models.ProcessOrderListResponse", _result)
            if not _walk.has_next(_result, _page):
                return
            _page += 1

    async def iter_get_process_order_list(
        self,
        body: models.ProcessOrderListRequest | dict[str, typing.Any] | None = None,
        *,
        from_date: _types.DateTime | NotGiven = NOT_GIVEN,
        to_date: _types.DateTime | NotGiven = NOT_GIVEN,
        date_dispaly: str | NotGiven = NOT_GIVEN,
        customer: str | None | NotGiven = NOT_GIVEN,
        order_status: str | NotGiven = NOT_GIVEN,
        payment_status: (
            _types.OpenEnum[models.ProcessOrderListRequestPaymentStatus] | None | NotGiven
        ) = NOT_GIVEN,
        sortby: str | NotGiven = NOT_GIVEN,
        sort_status: _types.OpenEnum[models.SortStatus] | NotGiven = NOT_GIVEN,
        limit: models.Limit | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.AvasamOrder]:
        """Every item of `get_process_order_list` across its pages, from the requested page (or the
        first) to the last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.GET_PROCESS_ORDER_LIST_PAGING
        async for _result in self.iter_get_process_order_list_pages(
            body,
            from_date=from_date,
            to_date=to_date,
            date_dispaly=date_dispaly,
            customer=customer,
            order_status=order_status,
            payment_status=payment_status,
            sortby=sortby,
            sort_status=sort_status,
            limit=limit,
            page=page,
            timeout=timeout,
            extra_headers=extra_headers,
            retry=retry,
        ):
            for _item in _paging.page_items(_result):
                yield typing.cast("models.AvasamOrder", _item)

    async def get_seller_product_list(
        self,
        body: (
            models.SellerProductListRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        page: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.SellerProductList:
        """Full details of the products in your inventory, one page at a time

        Returns a JSON array of products for the requested Page of Limit records.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "page": page,
            "limit": limit,
        }
        _sent = request_body(
            "get_seller_product_list",
            models.SellerProductListRequest,
            body,
            fields,
            required=True,
            name="SellerProductListRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.GET_SELLER_PRODUCT_LIST,
            body=_sent,
        )
        return typing.cast("models.SellerProductList", _result)

    async def iter_get_seller_product_list_pages(
        self,
        body: models.SellerProductListRequest | dict[str, typing.Any] | None = None,
        *,
        page: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.SellerProductList]:
        """Every page of `get_seller_product_list`, from the requested page (or the first) to the
        last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.GET_SELLER_PRODUCT_LIST_PAGING
        _session = self._session_for(timeout, retry, extra_headers)
        _query: dict[str, typing.Any] = {}
        fields: dict[str, typing.Any] = {
            "page": page,
            "limit": limit,
        }
        _page_body = request_body(
            "iter_get_seller_product_list_pages",
            models.SellerProductListRequest,
            body,
            fields,
            required=True,
            name="SellerProductListRequest",
        )
        _page = _paging.start(_page_body, _query)
        _walk = _paging.walk(
            "get_seller_product_list", _paging.size(_page_body, _query), self._max_pages
        )
        while True:
            _page_body, _query = _paging.at_page(_page_body, _query, _page)
            _result = await _session.call(
                ops.GET_SELLER_PRODUCT_LIST,
                query=_query,
                body=_page_body,
            )
            yield typing.cast("models.SellerProductList", _result)
            if not _walk.has_next(_result, _page):
                return
            _page += 1

    async def iter_get_seller_product_list(
        self,
        body: models.SellerProductListRequest | dict[str, typing.Any] | None = None,
        *,
        page: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.SellerProduct]:
        """Every item of `get_seller_product_list` across its pages, from the requested page (or
        the first) to the last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.GET_SELLER_PRODUCT_LIST_PAGING
        async for _result in self.iter_get_seller_product_list_pages(
            body,
            page=page,
            limit=limit,
            timeout=timeout,
            extra_headers=extra_headers,
            retry=retry,
        ):
            for _item in _paging.page_items(_result):
                yield typing.cast("models.SellerProduct", _item)

    async def request_token(
        self,
        body: (
            models.RequestTokenRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        consumer_key: str | NotGiven = NOT_GIVEN,
        secret_key: str | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.RequestTokenResponse:
        """Exchange your consumer key and secret key for an access token

        Returns an access_token for the seller API calls and the expires_at time after which a
        new token must be requested. Not counted against the API rate limit.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "consumer_key": consumer_key,
            "secret_key": secret_key,
        }
        _sent = request_body(
            "request_token",
            models.RequestTokenRequest,
            body,
            fields,
            required=True,
            name="RequestTokenRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.REQUEST_TOKEN,
            body=_sent,
        )
        return typing.cast("models.RequestTokenResponse", _result)

    async def seller_stock_list(
        self,
        body: (
            models.SellerStockListRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.SellerStockList:
        """Stock levels of your products, one page at a time

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "limit": limit,
            "page": page,
        }
        _sent = request_body(
            "seller_stock_list",
            models.SellerStockListRequest,
            body,
            fields,
            required=True,
            name="SellerStockListRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.SELLER_STOCK_LIST,
            body=_sent,
        )
        return typing.cast("models.SellerStockList", _result)

    async def iter_seller_stock_list_pages(
        self,
        body: models.SellerStockListRequest | dict[str, typing.Any] | None = None,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.SellerStockList]:
        """Every page of `seller_stock_list`, from the requested page (or the first) to the last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.SELLER_STOCK_LIST_PAGING
        _session = self._session_for(timeout, retry, extra_headers)
        _query: dict[str, typing.Any] = {}
        fields: dict[str, typing.Any] = {
            "limit": limit,
            "page": page,
        }
        _page_body = request_body(
            "iter_seller_stock_list_pages",
            models.SellerStockListRequest,
            body,
            fields,
            required=True,
            name="SellerStockListRequest",
        )
        _page = _paging.start(_page_body, _query)
        _walk = _paging.walk("seller_stock_list", _paging.size(_page_body, _query), self._max_pages)
        while True:
            _page_body, _query = _paging.at_page(_page_body, _query, _page)
            _result = await _session.call(
                ops.SELLER_STOCK_LIST,
                query=_query,
                body=_page_body,
            )
            yield typing.cast("models.SellerStockList", _result)
            if not _walk.has_next(_result, _page):
                return
            _page += 1

    async def iter_seller_stock_list(
        self,
        body: models.SellerStockListRequest | dict[str, typing.Any] | None = None,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.StockLevel]:
        """Every item of `seller_stock_list` across its pages, from the requested page (or the
        first) to the last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.SELLER_STOCK_LIST_PAGING
        async for _result in self.iter_seller_stock_list_pages(
            body,
            limit=limit,
            page=page,
            timeout=timeout,
            extra_headers=extra_headers,
            retry=retry,
        ):
            for _item in _paging.page_items(_result):
                yield typing.cast("models.StockLevel", _item)
