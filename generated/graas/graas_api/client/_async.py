# Generated from specs/graas.yaml by vendorgen. Do not edit: regenerate instead.
"""Asynchronous client of Graas API."""

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

__all__ = ["AsyncGraasClient"]


class AsyncGraasClient:
    """Asynchronous client of Graas API: one typed method per operation."""

    def __init__(
        self,
        *,
        account_number: str | SecretStr | None = None,
        app_key: str | SecretStr | None = None,
        long_token: str | SecretStr | None = None,
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
        check_options("AsyncGraasClient", runtime_options)
        credentials = Credentials(
            ops.AUTH_SCHEMES,
            {
                "accountNumber": account_number,
                "appKey": app_key,
                "longToken": long_token,
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
        return f"AsyncGraasClient({self._session!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
    ) -> AsyncGraasClient:
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
            "account_number": "accountNumber",
            "app_key": "appKey",
            "long_token": "longToken",
        }
        unknown = sorted(set(values) - set(names))
        if unknown:
            raise TypeError(f"unknown credentials: {', '.join(unknown)}")
        self._session.update_credentials({names[k]: v for k, v in values.items()})

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._session.close()

    async def __aenter__(self) -> AsyncGraasClient:
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

    async def create_asn(
        self,
        body: (
            models.CreateAsnRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        warehouse_id: str | None | NotGiven = NOT_GIVEN,
        supplier_id: int | NotGiven = NOT_GIVEN,
        supplier_ref: str | None | NotGiven = NOT_GIVEN,
        date: int | None | NotGiven = NOT_GIVEN,
        order_items: (
            SequenceNotStr[models.AsnItem | dict[str, typing.Any]] | None | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.CreateAsnResponse:
        """Create an ASN (advance shipping notice) for a purchase order

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "warehouse_id": warehouse_id,
            "supplier_id": supplier_id,
            "supplier_ref": supplier_ref,
            "date": date,
            "order_items": order_items,
        }
        _sent = request_body(
            "create_asn",
            models.CreateAsnRequest,
            body,
            fields,
            required=True,
            name="CreateAsnRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_ASN,
            body=_sent,
        )
        return typing.cast("models.CreateAsnResponse", _result)

    async def create_kartrocket_account(
        self,
        body: (
            models.KartrocketAccountRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        sellinall_id: str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        phone_number: str | None | NotGiven = NOT_GIVEN,
        pricing_category: _types.OpenEnum[models.PricingCategory] | None | NotGiven = NOT_GIVEN,
        kartrocket: (
            models.KartrocketCredentials | dict[str, typing.Any] | None | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.ChannelAccountResponse:
        """Create a Graas account and add a Kartrocket account

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "sellinall_id": sellinall_id,
            "name": name,
            "phone_number": phone_number,
            "pricing_category": pricing_category,
            "kartrocket": kartrocket,
        }
        _sent = request_body(
            "create_kartrocket_account",
            models.KartrocketAccountRequest,
            body,
            fields,
            required=True,
            name="KartrocketAccountRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_KARTROCKET_ACCOUNT,
            body=_sent,
        )
        return typing.cast("models.ChannelAccountResponse", _result)

    async def create_lazada_account(
        self,
        body: (
            models.LazadaAccountRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        graas_id: str | None | NotGiven = NOT_GIVEN,
        sellinall_id: str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        phone_number: str | None | NotGiven = NOT_GIVEN,
        pricing_category: _types.OpenEnum[models.PricingCategory] | None | NotGiven = NOT_GIVEN,
        lazada: models.LazadaCredentials | dict[str, typing.Any] | None | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.ChannelAccountResponse:
        """Create a Graas account and add a Lazada account

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "graas_id": graas_id,
            "sellinall_id": sellinall_id,
            "name": name,
            "phone_number": phone_number,
            "pricing_category": pricing_category,
            "lazada": lazada,
        }
        _sent = request_body(
            "create_lazada_account",
            models.LazadaAccountRequest,
            body,
            fields,
            required=True,
            name="LazadaAccountRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_LAZADA_ACCOUNT,
            body=_sent,
        )
        return typing.cast("models.ChannelAccountResponse", _result)

    async def create_product_master(
        self,
        body: (
            models.ProductMasterCreateRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        seller_sku: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        item_title: str | NotGiven = NOT_GIVEN,
        short_description: str | None | NotGiven = NOT_GIVEN,
        item_description: str | NotGiven = NOT_GIVEN,
        item_title_th_th: str | None | NotGiven = NOT_GIVEN,
        short_description_th_th: str | None | NotGiven = NOT_GIVEN,
        item_description_th_th: str | None | NotGiven = NOT_GIVEN,
        image_urls: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        size_chart_image_url: str | None | NotGiven = NOT_GIVEN,
        quantities: (
            SequenceNotStr[models.WarehouseQuantity | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        price: SequenceNotStr[models.Price | dict[str, typing.Any]] | NotGiven = NOT_GIVEN,
        variant_attributes: (
            SequenceNotStr[models.VariantAttribute | dict[str, typing.Any]] | None | NotGiven
        ) = NOT_GIVEN,
        other_attributes: (
            SequenceNotStr[models.OtherAttribute | dict[str, typing.Any]] | None | NotGiven
        ) = NOT_GIVEN,
        package_length_in_cm: _types.Number | NotGiven = NOT_GIVEN,
        package_width_in_cm: _types.Number | NotGiven = NOT_GIVEN,
        package_height_in_cm: _types.Number | NotGiven = NOT_GIVEN,
        package_weight_in_kg: _types.Number | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Create a product master (one seller SKU)

        Creates the product master for a seller SKU with its titles and descriptions (optionally
        in Thai, the `_thTH` fields), images, per-warehouse quantities, prices per currency,
        variant and other attributes, and package dimensions.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "seller_sku": seller_sku,
            "product_id": product_id,
            "item_title": item_title,
            "short_description": short_description,
            "item_description": item_description,
            "item_title_th_th": item_title_th_th,
            "short_description_th_th": short_description_th_th,
            "item_description_th_th": item_description_th_th,
            "image_urls": image_urls,
            "size_chart_image_url": size_chart_image_url,
            "quantities": quantities,
            "price": price,
            "variant_attributes": variant_attributes,
            "other_attributes": other_attributes,
            "package_length_in_cm": package_length_in_cm,
            "package_width_in_cm": package_width_in_cm,
            "package_height_in_cm": package_height_in_cm,
            "package_weight_in_kg": package_weight_in_kg,
        }
        _sent = request_body(
            "create_product_master",
            models.ProductMasterCreateRequest,
            body,
            fields,
            required=True,
            name="ProductMasterCreateRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_PRODUCT_MASTER,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def get_asn(
        self,
        *,
        asn_id: int,
        warehouse_id: str,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.AsnDetail:
        """Get a specific ASN

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.GET_ASN,
            path_params={
                "asnID": asn_id,
            },
            query={
                "warehouseID": warehouse_id,
            },
        )
        return typing.cast("models.AsnDetail", _result)

    async def get_asn_ids(
        self,
        *,
        supplier_id: int,
        supplier_ref: str,
        warehouse_id: str,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.AsnIdsResponse:
        """Get the ASN IDs of a supplier in a WMS account

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.GET_ASN_IDS,
            query={
                "supplierID": supplier_id,
                "supplierRef": supplier_ref,
                "warehouseID": warehouse_id,
            },
        )
        return typing.cast("models.AsnIdsResponse", _result)

    async def get_authorization_url(
        self,
        body: (
            models.AccountAuthRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        email: str | NotGiven = NOT_GIVEN,
        business_name: str | NotGiven = NOT_GIVEN,
        phone_number: str | None | NotGiven = NOT_GIVEN,
        state: str | None | NotGiven = NOT_GIVEN,
        redirect_url: str | NotGiven = NOT_GIVEN,
        country_code: str | None | NotGiven = NOT_GIVEN,
        currency_code: models.CurrencyCode | None | NotGiven = NOT_GIVEN,
        default_locale: _types.OpenEnum[models.DefaultLocale] | None | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.AccountAuthResponse:
        """Create account (step 1) — get the authorization URL

        Creates a new Graas (Turbocharger) account for the email, or connects an existing one,
        and returns the URL where the user verifies or sets a password. After the user completes
        the authorization flow Graas redirects to redirectURL, echoing `state`.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "email": email,
            "business_name": business_name,
            "phone_number": phone_number,
            "state": state,
            "redirect_url": redirect_url,
            "country_code": country_code,
            "currency_code": currency_code,
            "default_locale": default_locale,
        }
        _sent = request_body(
            "get_authorization_url",
            models.AccountAuthRequest,
            body,
            fields,
            required=True,
            name="AccountAuthRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.GET_AUTHORIZATION_URL,
            body=_sent,
        )
        return typing.cast("models.AccountAuthResponse", _result)

    async def get_long_token(
        self,
        *,
        code: str,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.LongTokenResponse:
        """Get API access token (step 3) — exchange the auth grant code for a long-lived token

        Exchanges the authorization grant code (valid for 10 minutes) for the long-lived token
        sent as `Authorization: Bearer <longToken>` (the longToken scheme).

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.GET_LONG_TOKEN,
            query={
                "code": code,
            },
        )
        return typing.cast("models.LongTokenResponse", _result)

    async def get_order(
        self,
        *,
        nick_name_id: str,
        order_id: str,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Order:
        """Get a specific order

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.GET_ORDER,
            path_params={
                "nickNameID": nick_name_id,
                "orderID": order_id,
            },
        )
        return typing.cast("models.Order", _result)

    async def get_orders(
        self,
        *,
        updated_after: int,
        updated_before: int,
        basic_unit_custom_sku: bool | None = None,
        group_by_cart: bool | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.GetOrdersResponse:
        """Get orders updated between two Unix times (paged)

        Retrieves the orders updated between updatedAfter and updatedBefore (Unix seconds), page
        by page: `history` holds the page's orders, numberOfPages and numberOfRecords the
        totals.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.GET_ORDERS,
            query={
                "updatedAfter": updated_after,
                "updatedBefore": updated_before,
                "basicUnitCustomSKU": basic_unit_custom_sku,
                "groupByCart": group_by_cart,
                "pageNumber": page_number,
                "pageSize": page_size,
            },
        )
        return typing.cast("models.GetOrdersResponse", _result)

    async def iter_get_orders_pages(
        self,
        *,
        updated_after: int,
        updated_before: int,
        basic_unit_custom_sku: bool | None = None,
        group_by_cart: bool | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.GetOrdersResponse]:
        """Every page of `get_orders`, from the requested page (or the first) to the last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.GET_ORDERS_PAGING
        _session = self._session_for(timeout, retry, extra_headers)
        _query: dict[str, typing.Any] = {
            "updatedAfter": updated_after,
            "updatedBefore": updated_before,
            "basicUnitCustomSKU": basic_unit_custom_sku,
            "groupByCart": group_by_cart,
            "pageNumber": page_number,
            "pageSize": page_size,
        }
        _page_body = None
        _page = _paging.start(_page_body, _query)
        _walk = _paging.walk("get_orders", _paging.size(_page_body, _query), self._max_pages)
        while True:
            _page_body, _query = _paging.at_page(_page_body, _query, _page)
            _result = await _session.call(
                ops.GET_ORDERS,
                query=_query,
            )
            yield typing.cast("models.GetOrdersResponse", _result)
            if not _walk.has_next(_result, _page):
                return
            _page += 1

    async def iter_get_orders(
        self,
        *,
        updated_after: int,
        updated_before: int,
        basic_unit_custom_sku: bool | None = None,
        group_by_cart: bool | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.Order]:
        """Every item of `get_orders` across its pages, from the requested page (or the first) to
        the last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.GET_ORDERS_PAGING
        async for _result in self.iter_get_orders_pages(
            updated_after=updated_after,
            updated_before=updated_before,
            basic_unit_custom_sku=basic_unit_custom_sku,
            group_by_cart=group_by_cart,
            page_number=page_number,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
            retry=retry,
        ):
            for _item in _paging.page_items(_result):
                yield typing.cast("models.Order", _item)

    async def get_short_token(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.ShortTokenResponse:
        """Get short-lived token (step 4) — token for the embedded dashboard

        Returns an access token (valid for 1 hour) used to open the embedded Graas dashboard. It
        is not an API credential.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.GET_SHORT_TOKEN,
        )
        return typing.cast("models.ShortTokenResponse", _result)

    async def update_orders(
        self,
        body: (
            models.OrderUpdateRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
        **fields: typing.Any,
    ) -> models.OrderUpdateResponse:
        """Accept or cancel orders (Accept Order and Cancel Order share PUT /v1/orders)

        One call for two documented operations: accept_order (orderStatus ACCEPTED, optionally
        with the shipping tracking details of seller-own-fleet orders) and cancel_order
        (orderStatus CANCELLED with a cancel reason). Each order gets its own result with an
        httpCode (202 when accepted for processing, 404 "Record Not Found" for an unknown
        orderID).

        The body is given as a model of any of its kinds, as its JSON data (a dict), or as its
        fields in keyword arguments (Python or wire names); it is validated here, before
        anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _sent = request_body(
            "update_orders",
            models.OrderUpdateRequest,
            body,
            fields,
            required=True,
            name="OrderUpdateRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.UPDATE_ORDERS,
            body=_sent,
        )
        return typing.cast("models.OrderUpdateResponse", _result)

    async def accept_order(
        self,
        body: (
            models.AcceptOrderRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        data: (
            SequenceNotStr[models.AcceptOrderUpdate | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.AcceptOrderResponse:
        """Accept orders (orderStatus ACCEPTED), optionally with shipping tracking details

        Accepts each listed order (or, for Lazada, the listed order items); for seller-own-fleet
        orders shippingTrackingDetails sets the courier and airway bill.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "data": data,
        }
        _sent = request_body(
            "accept_order",
            models.AcceptOrderRequest,
            body,
            fields,
            required=True,
            name="AcceptOrderRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.ACCEPT_ORDER,
            body=_sent,
        )
        return typing.cast("models.AcceptOrderResponse", _result)

    async def cancel_order(
        self,
        body: (
            models.CancelOrderRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        data: (
            SequenceNotStr[models.CancelOrderUpdate | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.CancelOrderResponse:
        """Cancel orders (orderStatus CANCELLED) with a cancel reason

        Cancels each listed order (or, for Lazada, the listed order items) with
        cancelDetails.cancelReason.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "data": data,
        }
        _sent = request_body(
            "cancel_order",
            models.CancelOrderRequest,
            body,
            fields,
            required=True,
            name="CancelOrderRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CANCEL_ORDER,
            body=_sent,
        )
        return typing.cast("models.CancelOrderResponse", _result)

    async def update_product_master(
        self,
        body: (
            models.ProductMasterUpdateRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        seller_sku: str | NotGiven = NOT_GIVEN,
        product_id: str | None | NotGiven = NOT_GIVEN,
        item_title: str | None | NotGiven = NOT_GIVEN,
        short_description: str | None | NotGiven = NOT_GIVEN,
        item_description: str | None | NotGiven = NOT_GIVEN,
        item_title_th_th: str | None | NotGiven = NOT_GIVEN,
        short_description_th_th: str | None | NotGiven = NOT_GIVEN,
        item_description_th_th: str | None | NotGiven = NOT_GIVEN,
        image_urls: SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        size_chart_image_url: str | None | NotGiven = NOT_GIVEN,
        quantities: (
            SequenceNotStr[models.WarehouseQuantity | dict[str, typing.Any]] | None | NotGiven
        ) = NOT_GIVEN,
        price: SequenceNotStr[models.Price | dict[str, typing.Any]] | None | NotGiven = NOT_GIVEN,
        variant_attributes: (
            SequenceNotStr[models.VariantAttribute | dict[str, typing.Any]] | None | NotGiven
        ) = NOT_GIVEN,
        other_attributes: (
            SequenceNotStr[models.OtherAttribute | dict[str, typing.Any]] | None | NotGiven
        ) = NOT_GIVEN,
        package_length_in_cm: _types.Number | None | NotGiven = NOT_GIVEN,
        package_width_in_cm: _types.Number | None | NotGiven = NOT_GIVEN,
        package_height_in_cm: _types.Number | None | NotGiven = NOT_GIVEN,
        package_weight_in_kg: _types.Number | None | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Update a product master (partial update by seller SKU)

        sellerSKU identifies the product master; send at least one other field. Only the fields
        sent are updated.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "seller_sku": seller_sku,
            "product_id": product_id,
            "item_title": item_title,
            "short_description": short_description,
            "item_description": item_description,
            "item_title_th_th": item_title_th_th,
            "short_description_th_th": short_description_th_th,
            "item_description_th_th": item_description_th_th,
            "image_urls": image_urls,
            "size_chart_image_url": size_chart_image_url,
            "quantities": quantities,
            "price": price,
            "variant_attributes": variant_attributes,
            "other_attributes": other_attributes,
            "package_length_in_cm": package_length_in_cm,
            "package_width_in_cm": package_width_in_cm,
            "package_height_in_cm": package_height_in_cm,
            "package_weight_in_kg": package_weight_in_kg,
        }
        _sent = request_body(
            "update_product_master",
            models.ProductMasterUpdateRequest,
            body,
            fields,
            required=True,
            name="ProductMasterUpdateRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.UPDATE_PRODUCT_MASTER,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def update_quantities(
        self,
        body: (
            models.BulkQuantitiesRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        data: SequenceNotStr[models.SkuQuantities | dict[str, typing.Any]] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.BulkQuantityResponse:
        """Bulk quantity update — set per-warehouse quantities of several SKUs

        Sets the quantity of each listed warehouse for each seller SKU. The result reports each
        SKU separately with its own httpCode; a failed SKU does not fail the call.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "data": data,
        }
        _sent = request_body(
            "update_quantities",
            models.BulkQuantitiesRequest,
            body,
            fields,
            required=True,
            name="BulkQuantitiesRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.UPDATE_QUANTITIES,
            body=_sent,
        )
        return typing.cast("models.BulkQuantityResponse", _result)

    async def update_quantity_diffs(
        self,
        body: (
            models.BulkQuantityDiffsRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        data: (
            SequenceNotStr[models.SkuQuantityDiffs | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.BulkQuantityResponse:
        """Bulk quantityDiff update — add to per-warehouse quantities of several SKUs

        Adds each quantityDiff to the existing inventory of the warehouse for each seller SKU;
        the result reports the resulting quantities per SKU with its own httpCode.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "data": data,
        }
        _sent = request_body(
            "update_quantity_diffs",
            models.BulkQuantityDiffsRequest,
            body,
            fields,
            required=True,
            name="BulkQuantityDiffsRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.UPDATE_QUANTITY_DIFFS,
            body=_sent,
        )
        return typing.cast("models.BulkQuantityResponse", _result)
