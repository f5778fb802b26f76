# Generated from specs/assure_erp.yaml by vendorgen. Do not edit: regenerate instead.
"""Asynchronous client of Assure Magic V2 API for ERP Systems."""

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

__all__ = ["AsyncAssureErpClient"]


class AsyncAssureErpClient:
    """Asynchronous client of Assure Magic V2 API for ERP Systems: one typed method per operation."""

    def __init__(
        self,
        *,
        auth_password: str | SecretStr | None = None,
        auth_username: str | SecretStr | None = None,
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
        check_options("AsyncAssureErpClient", runtime_options)
        credentials = Credentials(
            ops.AUTH_SCHEMES,
            {
                "authPassword": auth_password,
                "authUsername": auth_username,
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
        return f"AsyncAssureErpClient({self._session!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
    ) -> AsyncAssureErpClient:
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
            "auth_password": "authPassword",
            "auth_username": "authUsername",
        }
        unknown = sorted(set(values) - set(names))
        if unknown:
            raise TypeError(f"unknown credentials: {', '.join(unknown)}")
        self._session.update_credentials({names[k]: v for k, v in values.items()})

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._session.close()

    async def __aenter__(self) -> AsyncAssureErpClient:
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

    async def add_customer_location(
        self,
        body: (
            models.CustomerLocation | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        customer_code: str,
        customer_location_code: str | NotGiven = NOT_GIVEN,
        gstin: str | NotGiven = NOT_GIVEN,
        billing_address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        shipping_address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Add a customer location master

        Creates a location (GSTIN, billing and shipping address) of an existing customer.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "customer_location_code": customer_location_code,
            "gstin": gstin,
            "billing_address": billing_address,
            "shipping_address": shipping_address,
        }
        _sent = request_body(
            "add_customer_location",
            models.CustomerLocation,
            body,
            fields,
            required=True,
            name="CustomerLocation",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.ADD_CUSTOMER_LOCATION,
            path_params={
                "customerCode": customer_code,
            },
            body=_sent,
        )
        return typing.cast("None", _result)

    async def add_vendor_location(
        self,
        body: (
            models.VendorLocation | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        vendor_code: str,
        vendor_location_code: str | NotGiven = NOT_GIVEN,
        gstin: str | NotGiven = NOT_GIVEN,
        billing_address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        shipping_address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Add a vendor location master

        Creates a location (GSTIN, billing and shipping address) of an existing vendor.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "vendor_location_code": vendor_location_code,
            "gstin": gstin,
            "billing_address": billing_address,
            "shipping_address": shipping_address,
        }
        _sent = request_body(
            "add_vendor_location",
            models.VendorLocation,
            body,
            fields,
            required=True,
            name="VendorLocation",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.ADD_VENDOR_LOCATION,
            path_params={
                "vendorCode": vendor_code,
            },
            body=_sent,
        )
        return typing.cast("None", _result)

    async def create_customer_master(
        self,
        body: (
            models.CustomerMaster | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        customer_code: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        is_excess_grn_allowed: bool | None | NotGiven = NOT_GIVEN,
        address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Create a customer master

        Creates in Assure the customer the ERP knows by its customer code.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "customer_code": customer_code,
            "name": name,
            "is_excess_grn_allowed": is_excess_grn_allowed,
            "address": address,
        }
        _sent = request_body(
            "create_customer_master",
            models.CustomerMaster,
            body,
            fields,
            required=True,
            name="CustomerMaster",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_CUSTOMER_MASTER,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def create_inward_order(
        self,
        body: (
            models.CreateInwardOrderRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        parent_order_code: str | None | NotGiven = NOT_GIVEN,
        order_time: _types.DateTime | NotGiven = NOT_GIVEN,
        order_type: _types.OpenEnum[models.InwardOrderType] | NotGiven = NOT_GIVEN,
        order_code: str | NotGiven = NOT_GIVEN,
        location_code: str | NotGiven = NOT_GIVEN,
        partner_code: str | NotGiven = NOT_GIVEN,
        partner_location_code: str | NotGiven = NOT_GIVEN,
        tax_breakup_forms: (
            SequenceNotStr[models.TaxBreakupForm | dict[str, typing.Any]] | None | NotGiven
        ) = NOT_GIVEN,
        order_items: (
            SequenceNotStr[models.InwardOrderItem | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Create an inward order (PO, STO, RO, OPEN_PO or OPEN_RO)

        Creates one inward order per payload; each SKU may appear only once. Create the vendor
        master, its location and the article masters first.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "parent_order_code": parent_order_code,
            "order_time": order_time,
            "order_type": order_type,
            "order_code": order_code,
            "location_code": location_code,
            "partner_code": partner_code,
            "partner_location_code": partner_location_code,
            "tax_breakup_forms": tax_breakup_forms,
            "order_items": order_items,
        }
        _sent = request_body(
            "create_inward_order",
            models.CreateInwardOrderRequest,
            body,
            fields,
            required=True,
            name="CreateInwardOrderRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_INWARD_ORDER,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def create_manufacturable_sku(
        self,
        body: (
            models.ManufacturableSkuRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        location_code: str | NotGiven = NOT_GIVEN,
        channel_sku_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Create manufacturable (print-on-demand) SKU definitions at a location

        Marks the given SKUs as manufacturable (print on demand) at a location.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "location_code": location_code,
            "channel_sku_ids": channel_sku_ids,
        }
        _sent = request_body(
            "create_manufacturable_sku",
            models.ManufacturableSkuRequest,
            body,
            fields,
            required=True,
            name="ManufacturableSkuRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_MANUFACTURABLE_SKU,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def create_outward_order(
        self,
        body: (
            models.CreateOutwardOrderRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        parent_order_code: str | None | NotGiven = NOT_GIVEN,
        location_code: str | NotGiven = NOT_GIVEN,
        order_code: str | NotGiven = NOT_GIVEN,
        order_time: _types.DateTime | NotGiven = NOT_GIVEN,
        order_type: _types.OpenEnum[models.OutwardOrderType] | NotGiven = NOT_GIVEN,
        is_priority: bool | None | NotGiven = NOT_GIVEN,
        gift: bool | None | NotGiven = NOT_GIVEN,
        on_hold: bool | NotGiven = NOT_GIVEN,
        qc_status: _types.OpenEnum[models.QcStatus] | NotGiven = NOT_GIVEN,
        dispatch_by_time: _types.DateTime | NotGiven = NOT_GIVEN,
        start_processing_time: _types.DateTime | NotGiven = NOT_GIVEN,
        payment_method: _types.OpenEnum[models.PaymentMethod] | NotGiven = NOT_GIVEN,
        tax_breakup_forms: (
            SequenceNotStr[models.TaxBreakupForm | dict[str, typing.Any]] | None | NotGiven
        ) = NOT_GIVEN,
        pack_type: _types.OpenEnum[models.PackType] | None | NotGiven = NOT_GIVEN,
        shipping_address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        billing_address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        order_items: (
            SequenceNotStr[models.OutwardOrderItem | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Create an outward order (SO, STO, RTV or RPO)

        Creates one outward order per payload; each SKU may appear only once.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "parent_order_code": parent_order_code,
            "location_code": location_code,
            "order_code": order_code,
            "order_time": order_time,
            "order_type": order_type,
            "is_priority": is_priority,
            "gift": gift,
            "on_hold": on_hold,
            "qc_status": qc_status,
            "dispatch_by_time": dispatch_by_time,
            "start_processing_time": start_processing_time,
            "payment_method": payment_method,
            "tax_breakup_forms": tax_breakup_forms,
            "pack_type": pack_type,
            "shipping_address": shipping_address,
            "billing_address": billing_address,
            "order_items": order_items,
        }
        _sent = request_body(
            "create_outward_order",
            models.CreateOutwardOrderRequest,
            body,
            fields,
            required=True,
            name="CreateOutwardOrderRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_OUTWARD_ORDER,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def create_outward_order_using_partner_codes(
        self,
        body: (
            models.CreateOutwardOrderUsingPartnerCodesRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        parent_order_code: str | None | NotGiven = NOT_GIVEN,
        location_code: str | NotGiven = NOT_GIVEN,
        order_code: str | NotGiven = NOT_GIVEN,
        order_time: _types.DateTime | NotGiven = NOT_GIVEN,
        order_type: _types.OpenEnum[models.PartnerCodeOrderType] | NotGiven = NOT_GIVEN,
        on_hold: bool | NotGiven = NOT_GIVEN,
        dispatch_by_time: _types.DateTime | NotGiven = NOT_GIVEN,
        start_processing_time: _types.DateTime | NotGiven = NOT_GIVEN,
        payment_method: _types.OpenEnum[models.PaymentMethod] | NotGiven = NOT_GIVEN,
        tax_breakup_forms: (
            SequenceNotStr[models.TaxBreakupForm | dict[str, typing.Any]] | None | NotGiven
        ) = NOT_GIVEN,
        pack_type: _types.OpenEnum[models.PackType] | None | NotGiven = NOT_GIVEN,
        qc_status: _types.OpenEnum[models.QcStatus] | None | NotGiven = NOT_GIVEN,
        partner_code: str | NotGiven = NOT_GIVEN,
        partner_location_code: str | NotGiven = NOT_GIVEN,
        order_items: (
            SequenceNotStr[models.OutwardOrderItem | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Create an outward order using partner codes

        Creates one outward order addressed by partner (customer or vendor) code and partner
        location code instead of inline addresses. Create the customer master, its location and
        the article masters first.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "parent_order_code": parent_order_code,
            "location_code": location_code,
            "order_code": order_code,
            "order_time": order_time,
            "order_type": order_type,
            "on_hold": on_hold,
            "dispatch_by_time": dispatch_by_time,
            "start_processing_time": start_processing_time,
            "payment_method": payment_method,
            "tax_breakup_forms": tax_breakup_forms,
            "pack_type": pack_type,
            "qc_status": qc_status,
            "partner_code": partner_code,
            "partner_location_code": partner_location_code,
            "order_items": order_items,
        }
        _sent = request_body(
            "create_outward_order_using_partner_codes",
            models.CreateOutwardOrderUsingPartnerCodesRequest,
            body,
            fields,
            required=True,
            name="CreateOutwardOrderUsingPartnerCodesRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_OUTWARD_ORDER_USING_PARTNER_CODES,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def create_sku_listings(
        self,
        body: (
            models.CreateSkuListingsRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        channel_name: str | NotGiven = NOT_GIVEN,
        sku_listings: (
            SequenceNotStr[models.SkuListing | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Create barcode ↔ channel SKU listings (up to 5,000 per payload)

        Creates barcode-to-channel-SKU mappings for a channel; the article masters must already
        exist.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "channel_name": channel_name,
            "sku_listings": sku_listings,
        }
        _sent = request_body(
            "create_sku_listings",
            models.CreateSkuListingsRequest,
            body,
            fields,
            required=True,
            name="CreateSkuListingsRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_SKU_LISTINGS,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def create_vendor_master(
        self,
        body: (
            models.VendorMaster | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        vendor_code: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        is_excess_grn_allowed: bool | None | NotGiven = NOT_GIVEN,
        address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Create a vendor master

        Creates in Assure the vendor (supplier) the ERP knows by its vendor code.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "vendor_code": vendor_code,
            "name": name,
            "is_excess_grn_allowed": is_excess_grn_allowed,
            "address": address,
        }
        _sent = request_body(
            "create_vendor_master",
            models.VendorMaster,
            body,
            fields,
            required=True,
            name="VendorMaster",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_VENDOR_MASTER,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def post_master_articles(
        self,
        body: (
            models.ArticlesPostRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
        **fields: typing.Any,
    ) -> models.ArticlesPostResponse:
        """Create article masters, create virtual SKU definitions or search virtual SKU definitions

        Three documented operations share POST /master/articles; the body's top-level key
        selects one: `articleMasters` creates article masters (up to 5,000 per payload),
        `virtualSkuDefinitions` creates virtual (bundle) SKU definitions, `parentChannelSkus`
        searches virtual SKU definitions. Use the typed variant methods.

        The body is given as a model of any of its kinds, as its JSON data (a dict), or as its
        fields in keyword arguments (Python or wire names); it is validated here, before
        anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _sent = request_body(
            "post_master_articles",
            models.ArticlesPostRequest,
            body,
            fields,
            required=True,
            name="ArticlesPostRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.POST_MASTER_ARTICLES,
            body=_sent,
        )
        return typing.cast("models.ArticlesPostResponse", _result)

    async def create_article_master(
        self,
        body: (
            models.CreateArticleMasterRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        article_masters: (
            SequenceNotStr[models.ArticleMaster | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.EmptyBody:
        """Create article masters (up to 5,000 per payload)

        Creates article masters (SKUs) in Assure, optionally with SKU attributes, dimensions and
        a virtual (bundle) SKU definition.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "article_masters": article_masters,
        }
        _sent = request_body(
            "create_article_master",
            models.CreateArticleMasterRequest,
            body,
            fields,
            required=True,
            name="CreateArticleMasterRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_ARTICLE_MASTER,
            body=_sent,
        )
        return typing.cast("models.EmptyBody", _result)

    async def create_virtual_sku_definition(
        self,
        body: (
            models.CreateVirtualSkuDefinitionRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        virtual_sku_definitions: (
            SequenceNotStr[models.VirtualSkuDefinition | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.EmptyBody:
        """Create virtual SKU definitions

        Defines virtual (bundle) SKUs as a parent SKU made of child SKUs and quantities.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "virtual_sku_definitions": virtual_sku_definitions,
        }
        _sent = request_body(
            "create_virtual_sku_definition",
            models.CreateVirtualSkuDefinitionRequest,
            body,
            fields,
            required=True,
            name="CreateVirtualSkuDefinitionRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_VIRTUAL_SKU_DEFINITION,
            body=_sent,
        )
        return typing.cast("models.EmptyBody", _result)

    async def search_virtual_sku_definition(
        self,
        body: (
            models.SearchVirtualSkuDefinitionRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        parent_channel_skus: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.SearchVirtualSkuDefinitionResponse:
        """Search virtual SKU definitions by parent SKU

        Returns the virtual SKU definitions of the given parent SKUs.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "parent_channel_skus": parent_channel_skus,
        }
        _sent = request_body(
            "search_virtual_sku_definition",
            models.SearchVirtualSkuDefinitionRequest,
            body,
            fields,
            required=True,
            name="SearchVirtualSkuDefinitionRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.SEARCH_VIRTUAL_SKU_DEFINITION,
            body=_sent,
        )
        return typing.cast("models.SearchVirtualSkuDefinitionResponse", _result)

    async def push_customer_cancellation(
        self,
        body: (
            models.CustomerCancellationRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        order_code: str,
        location_code: str | NotGiven = NOT_GIVEN,
        order_items: (
            SequenceNotStr[models.CancelledOrderItem | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Push a customer cancellation of an outward order (full or partial)

        Cancels outward order items; cancelledQuantity is always the absolute cancelled
        quantity. Allowed before invoicing only.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "location_code": location_code,
            "order_items": order_items,
        }
        _sent = request_body(
            "push_customer_cancellation",
            models.CustomerCancellationRequest,
            body,
            fields,
            required=True,
            name="CustomerCancellationRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.PUSH_CUSTOMER_CANCELLATION,
            path_params={
                "orderCode": order_code,
            },
            body=_sent,
        )
        return typing.cast("None", _result)

    async def remove_manufacturable_sku(
        self,
        body: (
            models.ManufacturableSkuRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        location_code: str | NotGiven = NOT_GIVEN,
        channel_sku_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Remove manufacturable SKU definitions at a location

        Removes the manufacturable (print-on-demand) definition of the given SKUs at a location.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "location_code": location_code,
            "channel_sku_ids": channel_sku_ids,
        }
        _sent = request_body(
            "remove_manufacturable_sku",
            models.ManufacturableSkuRequest,
            body,
            fields,
            required=True,
            name="ManufacturableSkuRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.REMOVE_MANUFACTURABLE_SKU,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def search_article_master(
        self,
        body: (
            models.SearchArticleMasterRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        channel_sku_codes: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.SearchArticleMasterResponse:
        """Search article masters by channel SKU code (up to 5,000)

        Returns the article masters of the given channelSkuCodes.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "channel_sku_codes": channel_sku_codes,
        }
        _sent = request_body(
            "search_article_master",
            models.SearchArticleMasterRequest,
            body,
            fields,
            required=True,
            name="SearchArticleMasterRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.SEARCH_ARTICLE_MASTER,
            body=_sent,
        )
        return typing.cast("models.SearchArticleMasterResponse", _result)

    async def search_customer_location(
        self,
        *,
        customer_code: str,
        customer_location_code: str,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.CustomerLocationDetails:
        """Get a customer location master

        Returns the location master Assure holds for a customer code and customer location code.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.SEARCH_CUSTOMER_LOCATION,
            path_params={
                "customerCode": customer_code,
                "customerLocationCode": customer_location_code,
            },
        )
        return typing.cast("models.CustomerLocationDetails", _result)

    async def search_customer_master(
        self,
        *,
        customer_code: str,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.CustomerMasterDetails:
        """Get the customer master of a customer code

        Returns the customer master data Assure holds.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.SEARCH_CUSTOMER_MASTER,
            path_params={
                "customerCode": customer_code,
            },
        )
        return typing.cast("models.CustomerMasterDetails", _result)

    async def search_inventory(
        self,
        body: (
            models.SearchInventoryRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        location_code: str | NotGiven = NOT_GIVEN,
        channel_sku_codes: SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        page_number: int | None | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.SearchInventoryResponse:
        """Search inventory at a warehouse (up to 10,000 SKUs per payload)

        Returns QC-pass and QC-fail inventory per SKU. With channelSkuCodes (at most 10,000) it
        answers for those SKUs; without them the response is paginated by pageNumber (up to 10k
        SKUs per page) and hasMore says whether another page follows.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "location_code": location_code,
            "channel_sku_codes": channel_sku_codes,
            "page_number": page_number,
        }
        _sent = request_body(
            "search_inventory",
            models.SearchInventoryRequest,
            body,
            fields,
            required=True,
            name="SearchInventoryRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.SEARCH_INVENTORY,
            body=_sent,
        )
        return typing.cast("models.SearchInventoryResponse", _result)

    async def iter_search_inventory_pages(
        self,
        body: models.SearchInventoryRequest | dict[str, typing.Any] | None = None,
        *,
        location_code: str | NotGiven = NOT_GIVEN,
        channel_sku_codes: SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        page_number: int | None | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.SearchInventoryResponse]:
        """Every page of `search_inventory`, from the requested page (or the first) to the last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.SEARCH_INVENTORY_PAGING
        _session = self._session_for(timeout, retry, extra_headers)
        _query: dict[str, typing.Any] = {}
        fields: dict[str, typing.Any] = {
            "location_code": location_code,
            "channel_sku_codes": channel_sku_codes,
            "page_number": page_number,
        }
        _page_body = request_body(
            "iter_search_inventory_pages",
            models.SearchInventoryRequest,
            body,
            fields,
            required=True,
            name="SearchInventoryRequest",
        )
        _page = _paging.start(_page_body, _query)
        _walk = _paging.walk("search_inventory", _paging.size(_page_body, _query), self._max_pages)
        while True:
            _page_body, _query = _paging.at_page(_page_body, _query, _page)
            _result = await _session.call(
                ops.SEARCH_INVENTORY,
                query=_query,
                body=_page_body,
            )
            yield typing.cast("models.SearchInventoryResponse", _result)
            if not _walk.has_next(_result, _page):
                return
            _page += 1

    async def iter_search_inventory(
        self,
        body: models.SearchInventoryRequest | dict[str, typing.Any] | None = None,
        *,
        location_code: str | NotGiven = NOT_GIVEN,
        channel_sku_codes: SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        page_number: int | None | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncIterator[models.InventoryRecord]:
        """Every item of `search_inventory` across its pages, from the requested page (or the
        first) to the last.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _paging = ops.SEARCH_INVENTORY_PAGING
        async for _result in self.iter_search_inventory_pages(
            body,
            location_code=location_code,
            channel_sku_codes=channel_sku_codes,
            page_number=page_number,
            timeout=timeout,
            extra_headers=extra_headers,
            retry=retry,
        ):
            for _item in _paging.page_items(_result):
                yield typing.cast("models.InventoryRecord", _item)

    async def search_sku_attributes(
        self,
        body: (
            models.SearchSkuAttributesRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        channel_sku_codes: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.SearchSkuAttributesResponse:
        """Search SKU attributes by channel SKU code (up to 5,000)

        Returns the SKU attributes of the given channelSkuCodes.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "channel_sku_codes": channel_sku_codes,
        }
        _sent = request_body(
            "search_sku_attributes",
            models.SearchSkuAttributesRequest,
            body,
            fields,
            required=True,
            name="SearchSkuAttributesRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.SEARCH_SKU_ATTRIBUTES,
            body=_sent,
        )
        return typing.cast("models.SearchSkuAttributesResponse", _result)

    async def search_vendor_location(
        self,
        *,
        vendor_code: str,
        vendor_location_code: str,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.VendorLocationDetails:
        """Get a vendor location master

        Returns the location master Assure holds for a vendor code and vendor location code.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.SEARCH_VENDOR_LOCATION,
            path_params={
                "vendorCode": vendor_code,
                "vendorLocationCode": vendor_location_code,
            },
        )
        return typing.cast("models.VendorLocationDetails", _result)

    async def search_vendor_master(
        self,
        *,
        vendor_code: str,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.VendorMasterDetails:
        """Get the vendor master of a vendor code

        Returns the vendor master data Assure holds for a vendor code.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.SEARCH_VENDOR_MASTER,
            path_params={
                "vendorCode": vendor_code,
            },
        )
        return typing.cast("models.VendorMasterDetails", _result)

    async def update_article_master(
        self,
        body: (
            models.UpdateArticleMasterRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        article_masters: (
            SequenceNotStr[models.ArticleMasterUpdate | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Update article masters (up to 5,000 per payload)

        Updates article masters already in Assure; channelSkuCode identifies each one and cannot
        change.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "article_masters": article_masters,
        }
        _sent = request_body(
            "update_article_master",
            models.UpdateArticleMasterRequest,
            body,
            fields,
            required=True,
            name="UpdateArticleMasterRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.UPDATE_ARTICLE_MASTER,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def update_customer_location(
        self,
        body: (
            models.CustomerLocation | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        customer_code: str,
        customer_location_code: str | NotGiven = NOT_GIVEN,
        gstin: str | NotGiven = NOT_GIVEN,
        billing_address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        shipping_address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Update a customer location master

        Updates a location created by add_customer_location; every field but
        customerLocationCode can change.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "customer_location_code": customer_location_code,
            "gstin": gstin,
            "billing_address": billing_address,
            "shipping_address": shipping_address,
        }
        _sent = request_body(
            "update_customer_location",
            models.CustomerLocation,
            body,
            fields,
            required=True,
            name="CustomerLocation",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.UPDATE_CUSTOMER_LOCATION,
            path_params={
                "customerCode": customer_code,
            },
            body=_sent,
        )
        return typing.cast("None", _result)

    async def update_customer_master(
        self,
        body: (
            models.CustomerMaster | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        customer_code: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        is_excess_grn_allowed: bool | None | NotGiven = NOT_GIVEN,
        address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Update a customer master

        Updates a customer created by create_customer_master; every field but customerCode can
        change.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "customer_code": customer_code,
            "name": name,
            "is_excess_grn_allowed": is_excess_grn_allowed,
            "address": address,
        }
        _sent = request_body(
            "update_customer_master",
            models.CustomerMaster,
            body,
            fields,
            required=True,
            name="CustomerMaster",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.UPDATE_CUSTOMER_MASTER,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def update_order_properties(
        self,
        body: (
            models.UpdateOrderPropertiesRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        order_code: str,
        dispatch_by_time: str | NotGiven = NOT_GIVEN,
        location_code: str | NotGiven = NOT_GIVEN,
        on_hold: bool | NotGiven = NOT_GIVEN,
        start_processing_time: str | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Update an order's dispatch-by time, processing start time and hold flag

        Updates dispatchByTime and startProcessingTime, usually when an order is unheld.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "dispatch_by_time": dispatch_by_time,
            "location_code": location_code,
            "on_hold": on_hold,
            "start_processing_time": start_processing_time,
        }
        _sent = request_body(
            "update_order_properties",
            models.UpdateOrderPropertiesRequest,
            body,
            fields,
            required=True,
            name="UpdateOrderPropertiesRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.UPDATE_ORDER_PROPERTIES,
            path_params={
                "orderCode": order_code,
            },
            body=_sent,
        )
        return typing.cast("None", _result)

    async def update_vendor_location(
        self,
        body: (
            models.VendorLocation | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        vendor_code: str,
        vendor_location_code: str | NotGiven = NOT_GIVEN,
        gstin: str | NotGiven = NOT_GIVEN,
        billing_address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        shipping_address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Update a vendor location master

        Updates a location created by add_vendor_location; every field but vendorLocationCode
        can change.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "vendor_location_code": vendor_location_code,
            "gstin": gstin,
            "billing_address": billing_address,
            "shipping_address": shipping_address,
        }
        _sent = request_body(
            "update_vendor_location",
            models.VendorLocation,
            body,
            fields,
            required=True,
            name="VendorLocation",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.UPDATE_VENDOR_LOCATION,
            path_params={
                "vendorCode": vendor_code,
            },
            body=_sent,
        )
        return typing.cast("None", _result)

    async def update_vendor_master(
        self,
        body: (
            models.VendorMaster | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        vendor_code: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        is_excess_grn_allowed: bool | None | NotGiven = NOT_GIVEN,
        address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Update a vendor master

        Updates a vendor created by create_vendor_master; every field but vendorCode can change.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "vendor_code": vendor_code,
            "name": name,
            "is_excess_grn_allowed": is_excess_grn_allowed,
            "address": address,
        }
        _sent = request_body(
            "update_vendor_master",
            models.VendorMaster,
            body,
            fields,
            required=True,
            name="VendorMaster",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.UPDATE_VENDOR_MASTER,
            body=_sent,
        )
        return typing.cast("None", _result)

    async def upsert_sku_attributes(
        self,
        body: (
            models.UpsertSkuAttributesRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        sku_attribute_list: (
            SequenceNotStr[models.SkuAttributeEntry | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        """Add or update SKU attributes (up to 5,000 channel SKUs per payload)

        Saves attribute1…attribute15 of each SKU. A value not yet stored is saved; for a stored
        value an empty string sets it to null and null leaves it unchanged.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "sku_attribute_list": sku_attribute_list,
        }
        _sent = request_body(
            "upsert_sku_attributes",
            models.UpsertSkuAttributesRequest,
            body,
            fields,
            required=True,
            name="UpsertSkuAttributesRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.UPSERT_SKU_ATTRIBUTES,
            body=_sent,
        )
        return typing.cast("None", _result)
