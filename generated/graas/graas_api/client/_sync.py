# Generated from specs/graas.yaml by vendorgen. Do not edit: regenerate instead.
"""Synchronous client of Graas API."""

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

__all__ = ["GraasClient"]


class GraasClient:
    """Synchronous client of Graas API: one typed method per operation."""

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
        check_options("GraasClient", runtime_options)
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
        return f"GraasClient({self._session!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
    ) -> GraasClient:
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

    def close(self) -> None:
        """Close the connection pool."""
        self._session.close()

    def __enter__(self) -> GraasClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def create_asn(
        self,
        body: models.CreateAsnRequest | dict[str, typing.Any] | list[typing.Any] | None = None,
        **fields: typing.Any,
    ) -> models.CreateAsnResponse:
        """Create an ASN (advance shipping notice) for a purchase order

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body("create_asn", models.CreateAsnRequest, body, fields, required=True)
        result = self._session.call(
            ops.CREATE_ASN,
            body=sent,
        )
        return typing.cast("models.CreateAsnResponse", result)

    def create_kartrocket_account(
        self,
        body: (
            models.KartrocketAccountRequest | dict[str, typing.Any] | list[typing.Any] | None
        ) = None,
        **fields: typing.Any,
    ) -> models.ChannelAccountResponse:
        """Create a Graas account and add a Kartrocket account

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "create_kartrocket_account",
            models.KartrocketAccountRequest,
            body,
            fields,
            required=True,
        )
        result = self._session.call(
            ops.CREATE_KARTROCKET_ACCOUNT,
            body=sent,
        )
        return typing.cast("models.ChannelAccountResponse", result)

    def create_lazada_account(
        self,
        body: models.LazadaAccountRequest | dict[str, typing.Any] | list[typing.Any] | None = None,
        **fields: typing.Any,
    ) -> models.ChannelAccountResponse:
        """Create a Graas account and add a Lazada account

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "create_lazada_account", models.LazadaAccountRequest, body, fields, required=True
        )
        result = self._session.call(
            ops.CREATE_LAZADA_ACCOUNT,
            body=sent,
        )
        return typing.cast("models.ChannelAccountResponse", result)

    def create_product_master(
        self,
        body: (
            models.ProductMasterCreateRequest | dict[str, typing.Any] | list[typing.Any] | None
        ) = None,
        **fields: typing.Any,
    ) -> None:
        """Create a product master (one seller SKU)

        Creates the product master for a seller SKU with its titles and descriptions (optionally
        in Thai, the `_thTH` fields), images, per-warehouse quantities, prices per currency,
        variant and other attributes, and package dimensions.

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "create_product_master", models.ProductMasterCreateRequest, body, fields, required=True
        )
        result = self._session.call(
            ops.CREATE_PRODUCT_MASTER,
            body=sent,
        )
        return typing.cast("None", result)

    def get_asn(
        self,
        *,
        asn_id: int,
        warehouse_id: str,
    ) -> models.AsnDetail:
        """Get a specific ASN"""
        result = self._session.call(
            ops.GET_ASN,
            path_params={
                "asnID": asn_id,
            },
            query={
                "warehouseID": warehouse_id,
            },
        )
        return typing.cast("models.AsnDetail", result)

    def get_asn_ids(
        self,
        *,
        supplier_id: int,
        supplier_ref: str,
        warehouse_id: str,
    ) -> models.AsnIdsResponse:
        """Get the ASN IDs of a supplier in a WMS account"""
        result = self._session.call(
            ops.GET_ASN_IDS,
            query={
                "supplierID": supplier_id,
                "supplierRef": supplier_ref,
                "warehouseID": warehouse_id,
            },
        )
        return typing.cast("models.AsnIdsResponse", result)

    def get_authorization_url(
        self,
        body: models.AccountAuthRequest | dict[str, typing.Any] | list[typing.Any] | None = None,
        **fields: typing.Any,
    ) -> models.AccountAuthResponse:
        """Create account (step 1) — get the authorization URL

        Creates a new Graas (Turbocharger) account for the email, or connects an existing one,
        and returns the URL where the user verifies or sets a password. After the user completes
        the authorization flow Graas redirects to redirectURL, echoing `state`.

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "get_authorization_url", models.AccountAuthRequest, body, fields, required=True
        )
        result = self._session.call(
            ops.GET_AUTHORIZATION_URL,
            body=sent,
        )
        return typing.cast("models.AccountAuthResponse", result)

    def get_long_token(
        self,
        *,
        code: str,
    ) -> models.LongTokenResponse:
        """Get API access token (step 3) — exchange the auth grant code for a long-lived token

        Exchanges the authorization grant code (valid for 10 minutes) for the long-lived token
        sent as `Authorization: Bearer <longToken>` (the longToken scheme).
        """
        result = self._session.call(
            ops.GET_LONG_TOKEN,
            query={
                "code": code,
            },
        )
        return typing.cast("models.LongTokenResponse", result)

    def get_order(
        self,
        *,
        nick_name_id: str,
        order_id: str,
    ) -> models.Order:
        """Get a specific order"""
        result = self._session.call(
            ops.GET_ORDER,
            path_params={
                "nickNameID": nick_name_id,
                "orderID": order_id,
            },
        )
        return typing.cast("models.Order", result)

    def get_orders(
        self,
        *,
        updated_after: int,
        updated_before: int,
        basic_unit_custom_sku: bool | None = None,
        group_by_cart: bool | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> models.GetOrdersResponse:
        """Get orders updated between two Unix times (paged)

        Retrieves the orders updated between updatedAfter and updatedBefore (Unix seconds), page
        by page: `history` holds the page's orders, numberOfPages and numberOfRecords the
        totals.
        """
        result = self._session.call(
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
        return typing.cast("models.GetOrdersResponse", result)

    def iter_get_orders_pages(
        self,
        *,
        updated_after: int,
        updated_before: int,
        basic_unit_custom_sku: bool | None = None,
        group_by_cart: bool | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> Iterator[models.GetOrdersResponse]:
        """Every page of `get_orders`, from the requested page (or the first) to the last."""
        paging = ops.GET_ORDERS_PAGING
        query: dict[str, typing.Any] = {
            "updatedAfter": updated_after,
            "updatedBefore": updated_before,
            "basicUnitCustomSKU": basic_unit_custom_sku,
            "groupByCart": group_by_cart,
            "pageNumber": page_number,
            "pageSize": page_size,
        }
        page_body = None
        page = paging.start(page_body, query)
        walk = paging.walk("get_orders", paging.size(page_body, query), self._max_pages)
        while True:
            page_body, query = paging.at_page(page_body, query, page)
            result = self._session.call(
                ops.GET_ORDERS,
                query=query,
            )
            yield typing.cast("models.GetOrdersResponse", result)
            if not walk.has_next(result, page):
                return
            page += 1

    def iter_get_orders(
        self,
        *,
        updated_after: int,
        updated_before: int,
        basic_unit_custom_sku: bool | None = None,
        group_by_cart: bool | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> Iterator[models.Order]:
        """Every item of `get_orders` across its pages, from the requested page (or the first) to
        the last.
        """
        paging = ops.GET_ORDERS_PAGING
        for result in self.iter_get_orders_pages(
            updated_after=updated_after,
            updated_before=updated_before,
            basic_unit_custom_sku=basic_unit_custom_sku,
            group_by_cart=group_by_cart,
            page_number=page_number,
            page_size=page_size,
        ):
            for item in paging.page_items(result):
                yield typing.cast("models.Order", item)

    def get_short_token(
        self,
    ) -> models.ShortTokenResponse:
        """Get short-lived token (step 4) — token for the embedded dashboard

        Returns an access token (valid for 1 hour) used to open the embedded Graas dashboard. It
        is not an API credential.
        """
        result = self._session.call(
            ops.GET_SHORT_TOKEN,
        )
        return typing.cast("models.ShortTokenResponse", result)

    def update_orders(
        self,
        body: models.OrderUpdateRequest | dict[str, typing.Any] | list[typing.Any] | None = None,
        **fields: typing.Any,
    ) -> models.OrderUpdateResponse:
        """Accept or cancel orders (Accept Order and Cancel Order share PUT /v1/orders)

        One call for two documented operations: accept_order (orderStatus ACCEPTED, optionally
        with the shipping tracking details of seller-own-fleet orders) and cancel_order
        (orderStatus CANCELLED with a cancel reason). Each order gets its own result with an
        httpCode (202 when accepted for processing, 404 "Record Not Found" for an unknown
        orderID).

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body("update_orders", models.OrderUpdateRequest, body, fields, required=True)
        result = self._session.call(
            ops.UPDATE_ORDERS,
            body=sent,
        )
        return typing.cast("models.OrderUpdateResponse", result)

    def accept_order(
        self,
        body: models.AcceptOrderRequest | dict[str, typing.Any] | list[typing.Any] | None = None,
        **fields: typing.Any,
    ) -> models.AcceptOrderResponse:
        """Accept orders (orderStatus ACCEPTED), optionally with shipping tracking details

        Accepts each listed order (or, for Lazada, the listed order items); for seller-own-fleet
        orders shippingTrackingDetails sets the courier and airway bill.

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body("accept_order", models.AcceptOrderRequest, body, fields, required=True)
        result = self._session.call(
            ops.ACCEPT_ORDER,
            body=sent,
        )
        return typing.cast("models.AcceptOrderResponse", result)

    def cancel_order(
        self,
        body: models.CancelOrderRequest | dict[str, typing.Any] | list[typing.Any] | None = None,
        **fields: typing.Any,
    ) -> models.CancelOrderResponse:
        """Cancel orders (orderStatus CANCELLED) with a cancel reason

        Cancels each listed order (or, for Lazada, the listed order items) with
        cancelDetails.cancelReason.

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body("cancel_order", models.CancelOrderRequest, body, fields, required=True)
        result = self._session.call(
            ops.CANCEL_ORDER,
            body=sent,
        )
        return typing.cast("models.CancelOrderResponse", result)

    def update_product_master(
        self,
        body: (
            models.ProductMasterUpdateRequest | dict[str, typing.Any] | list[typing.Any] | None
        ) = None,
        **fields: typing.Any,
    ) -> None:
        """Update a product master (partial update by seller SKU)

        sellerSKU identifies the product master; send at least one other field. Only the fields
        sent are updated.

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "update_product_master", models.ProductMasterUpdateRequest, body, fields, required=True
        )
        result = self._session.call(
            ops.UPDATE_PRODUCT_MASTER,
            body=sent,
        )
        return typing.cast("None", result)

    def update_quantities(
        self,
        body: models.BulkQuantitiesRequest | dict[str, typing.Any] | list[typing.Any] | None = None,
        **fields: typing.Any,
    ) -> models.BulkQuantityResponse:
        """Bulk quantity update — set per-warehouse quantities of several SKUs

        Sets the quantity of each listed warehouse for each seller SKU. The result reports each
        SKU separately with its own httpCode; a failed SKU does not fail the call.

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "update_quantities", models.BulkQuantitiesRequest, body, fields, required=True
        )
        result = self._session.call(
            ops.UPDATE_QUANTITIES,
            body=sent,
        )
        return typing.cast("models.BulkQuantityResponse", result)

    def update_quantity_diffs(
        self,
        body: (
            models.BulkQuantityDiffsRequest | dict[str, typing.Any] | list[typing.Any] | None
        ) = None,
        **fields: typing.Any,
    ) -> models.BulkQuantityResponse:
        """Bulk quantityDiff update — add to per-warehouse quantities of several SKUs

        Adds each quantityDiff to the existing inventory of the warehouse for each seller SKU;
        the result reports the resulting quantities per SKU with its own httpCode.

        The body is given as a model, as its JSON data (a dict, or a list), or as its fields in
        keyword arguments (Python or wire names); it is validated here, before anything is sent.
        """
        sent = request_body(
            "update_quantity_diffs", models.BulkQuantityDiffsRequest, body, fields, required=True
        )
        result = self._session.call(
            ops.UPDATE_QUANTITY_DIFFS,
            body=sent,
        )
        return typing.cast("models.BulkQuantityResponse", result)
