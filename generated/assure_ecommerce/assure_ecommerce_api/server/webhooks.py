# Generated from specs/assure_ecommerce.yaml by vendorgen. Do not edit: regenerate instead.
"""Webhook receivers for Assure Magic API for custom e-commerce platforms: the calls the vendor makes to you.

Subclass `AssureEcommerceWebhookHandlers` outside the generated tree (regeneration never touches
it), implement one method per callback, and serve `create_webhook_app(YourHandlers(), ...)`.
"""

from __future__ import annotations

import abc
import time
from collections.abc import Callable, Mapping

from fastapi import FastAPI

from .. import models
from ._support import DEFAULT_MAX_BODY_BYTES, ErrorTemplate, ParamSpec
from ._store import DeliveryStore
from ._webhooks import Callback, WebhookAuth, build_webhook_app

__all__ = ["CALLBACKS", "DEFAULT_PATHS", "AssureEcommerceWebhookHandlers", "create_webhook_app"]


class AssureEcommerceWebhookHandlers(abc.ABC):
    """One coroutine per callback: typed request in, typed response out. Raise to make the
    vendor retry (it gets the documented 500 body); repeats of a delivery with the same
    key are answered from the first response without calling you again."""

    @abc.abstractmethod
    async def acknowledge_return_order(
        self,
        body: models.ReturnOrderAcknowledgement,
    ) -> None:
        """Assure acknowledges a return order with the QC result per SKU

        Send Acknowledgement to channel for Return Orders. Sent to
        <CLIENT_PLATFORM_RETURN_ORDER_ACKNOWLEDGEMENT_URL>. Answer 200 with no body.

        PUT /callbacks/return-order-acknowledgement
        """

    @abc.abstractmethod
    async def create_manifest(
        self,
        body: models.CreateManifestRequest,
    ) -> models.ManifestList:
        """Assure asks the channel to manifest a list of shipments

        Create manifest of a list of shipments. Sent to
        <CLIENT_PLATFORM_CREATE_MANIFEST_FOR_SHIPMENTS_URL>. If some shipments are already
        manifested, answer with the existing manifests as well as the new one. The call must
        return the same response for a shipment at least until it is handed over.

        POST /callbacks/create-manifest
        """

    @abc.abstractmethod
    async def create_shipment(
        self,
        body: models.CreateShipmentRequest,
    ) -> models.CreateShipmentResponse:
        """Assure asks the channel to create a shipment for order items (pack)

        Create shipment of a list of order items. Sent to
        <CLIENT_PLATFORM_CREATE_SHIPMENTS_FOR_ORDER_ITEMS_URL>. The request's shipmentId is AM's
        own numeric id for the shipment; the response's shipmentId is the channel's id, which
        Assure quotes afterwards (get shipment, manifest, handover). A repeated call for the
        same shipment must get the same response until the shipment is handed over.

        POST /callbacks/create-shipment
        """

    @abc.abstractmethod
    async def get_inventory_count(
        self,
        *,
        sku_id: str,
    ) -> models.InventoryCount:
        """Assure fetches a SKU's quantity per warehouse from the channel

        Get quantity of a particular sku. Sent to
        <CLIENT_PLATFORM_GET_INVENTORY_COUNT_BY_SKU_ID>.

        GET /callbacks/inventory-count
        """

    @abc.abstractmethod
    async def get_manifest(
        self,
        *,
        manifest_id: str,
    ) -> models.ManifestDetails:
        """Assure fetches a manifest's document URL

        Get manifest details from channels. Sent to <CLIENT_PLATFORM_GET_MANIFEST_URL>. Once a
        manifest is created this must answer at least until the order is handed over.

        GET /callbacks/manifest
        """

    @abc.abstractmethod
    async def get_order_by_order_id(
        self,
        *,
        order_id: str,
        warehouse_id: str,
    ) -> models.OrderStatus:
        """Assure fetches an order's status from the channel

        Get order status by channel orderId. Sent to <CLIENT_PLATFORM_GET_ORDER_BY_ORDER_ID>.
        Must answer for every existing order, fulfilled ones included, with the proper status.

        GET /callbacks/order
        """

    @abc.abstractmethod
    async def get_shipment(
        self,
        *,
        order_id: str,
        shipment_id: str,
    ) -> models.ShipmentDetails:
        """Assure fetches a shipment's AWB, transporter, invoice and label URLs

        Get shipment details. Sent to <CLIENT_PLATFORM_GET_SHIPMENT_BY_ORDER_ID_URL>. Once a
        shipment is created this must answer at least until the shipment is handed over.

        GET /callbacks/shipment
        """

    @abc.abstractmethod
    async def get_shipment_list(
        self,
        *,
        order_id: str,
    ) -> models.ShipmentList:
        """Assure lists the shipments created on the channel for an order (partial packing)

        Get List of shipments created on channel for a given Order Id. Sent to
        <CLIENT_PLATFORM_GET_SHIPMENTS_BY_ORDER_ID_URL>; only used when partial packing is
        allowed. Must answer for an order at least until the order is handed over.

        GET /callbacks/shipments
        """

    @abc.abstractmethod
    async def handover_orders(
        self,
        body: models.HandoverRequest,
    ) -> models.HandoverResult:
        """Assure tells the channel which shipments are handed over to the courier

        Informing channel about orders to be handed over to courier. Sent to
        <CLIENT_PLATFORM_POST_HANDOVER_STATUS_URL>; the shipment ids are the channel's, as
        returned by create_shipment. A shipment already handed over must be reported in
        successShipments, never in failureShipments.

        POST /callbacks/handover-status
        """

    @abc.abstractmethod
    async def seller_order_cancellation(
        self,
        body: models.SellerOrderCancellation,
    ) -> None:
        """Assure sends line-item cancellations triggered by the seller (before packing)

        Send line item cancellation quantity to channel; allowed before packing only. Sent to
        <CLIENT_PLATFORM_SELLER_ORDER_CANCELLATION_URL>. A complete cancellation lists every
        line item with its cancelled quantity; a partial one only the line items the seller
        cancelled. Answer 200 with no body.

        PUT /callbacks/seller-order-cancellation
        """

    @abc.abstractmethod
    async def update_inventory(
        self,
        body: models.InventoryUpdate,
    ) -> models.InventoryUpdateResult:
        """Assure sends available inventory per SKU (at most 100 per call)

        Update the channel with available inventory. Sent to
        <CLIENT_PLATFORM_POST_INVENTORY_UPDATE_URL>. Answer with the SKUs whose update succeeded
        and failed.

        POST /callbacks/inventory-update
        """


WEBHOOK_AUTH: tuple[WebhookAuth, ...] = (
    WebhookAuth(
        id="callbackAuthPassword",
        kind="shared-header",
        header="authPassword",
        algorithm="",
        token_pointer=None,
        claims=(),
        max_age_seconds=None,
    ),
    WebhookAuth(
        id="callbackAuthUsername",
        kind="shared-header",
        header="authUsername",
        algorithm="",
        token_pointer=None,
        claims=(),
        max_age_seconds=None,
    ),
)

CALLBACKS: tuple[Callback, ...] = (
    Callback(
        name="acknowledge_return_order",
        method="PUT",
        path="/callbacks/return-order-acknowledgement",
        body_model=models.ReturnOrderAcknowledgement,
        body_required=True,
        params=(),
        security=(
            (
                "callbackAuthPassword",
                "callbackAuthUsername",
            ),
        ),
        success_status=200,
        response_model=None,
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"code": 0, "description": "x"}, "/description"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="create_manifest",
        method="POST",
        path="/callbacks/create-manifest",
        body_model=models.CreateManifestRequest,
        body_required=True,
        params=(),
        security=(
            (
                "callbackAuthPassword",
                "callbackAuthUsername",
            ),
        ),
        success_status=200,
        response_model=models.ManifestList,
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"code": 0, "description": "x"}, "/description"),
        },
        dedupe_pointers=(
            "/warehouseId",
            "/manifestItems",
        ),
    ),
    Callback(
        name="create_shipment",
        method="POST",
        path="/callbacks/create-shipment",
        body_model=models.CreateShipmentRequest,
        body_required=True,
        params=(),
        security=(
            (
                "callbackAuthPassword",
                "callbackAuthUsername",
            ),
        ),
        success_status=200,
        response_model=models.CreateShipmentResponse,
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"code": 0, "description": "x"}, "/description"),
        },
        dedupe_pointers=(
            "/orderId",
            "/shipmentId",
        ),
    ),
    Callback(
        name="get_inventory_count",
        method="GET",
        path="/callbacks/inventory-count",
        body_model=None,
        body_required=False,
        params=(ParamSpec("skuId", "query", True, {"type": "string"}, py_name="sku_id"),),
        security=(
            (
                "callbackAuthPassword",
                "callbackAuthUsername",
            ),
        ),
        success_status=200,
        response_model=models.InventoryCount,
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"code": 0, "description": "x"}, "/description"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="get_manifest",
        method="GET",
        path="/callbacks/manifest",
        body_model=None,
        body_required=False,
        params=(ParamSpec("manifestId", "query", True, {"type": "string"}, py_name="manifest_id"),),
        security=(
            (
                "callbackAuthPassword",
                "callbackAuthUsername",
            ),
        ),
        success_status=200,
        response_model=models.ManifestDetails,
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"code": 0, "description": "x"}, "/description"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="get_order_by_order_id",
        method="GET",
        path="/callbacks/order",
        body_model=None,
        body_required=False,
        params=(
            ParamSpec("orderId", "query", True, {"type": "string"}, py_name="order_id"),
            ParamSpec("warehouseId", "query", True, {"type": "string"}, py_name="warehouse_id"),
        ),
        security=(
            (
                "callbackAuthPassword",
                "callbackAuthUsername",
            ),
        ),
        success_status=200,
        response_model=models.OrderStatus,
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"code": 0, "description": "x"}, "/description"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="get_shipment",
        method="GET",
        path="/callbacks/shipment",
        body_model=None,
        body_required=False,
        params=(
            ParamSpec("orderId", "query", True, {"type": "string"}, py_name="order_id"),
            ParamSpec("shipmentId", "query", True, {"type": "string"}, py_name="shipment_id"),
        ),
        security=(
            (
                "callbackAuthPassword",
                "callbackAuthUsername",
            ),
        ),
        success_status=200,
        response_model=models.ShipmentDetails,
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"code": 0, "description": "x"}, "/description"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="get_shipment_list",
        method="GET",
        path="/callbacks/shipments",
        body_model=None,
        body_required=False,
        params=(ParamSpec("orderId", "query", True, {"type": "string"}, py_name="order_id"),),
        security=(
            (
                "callbackAuthPassword",
                "callbackAuthUsername",
            ),
        ),
        success_status=200,
        response_model=models.ShipmentList,
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"code": 0, "description": "x"}, "/description"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="handover_orders",
        method="POST",
        path="/callbacks/handover-status",
        body_model=models.HandoverRequest,
        body_required=True,
        params=(),
        security=(
            (
                "callbackAuthPassword",
                "callbackAuthUsername",
            ),
        ),
        success_status=200,
        response_model=models.HandoverResult,
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"code": 0, "description": "x"}, "/description"),
        },
        dedupe_pointers=("/shipments",),
        settled_unless="/failureShipments",
    ),
    Callback(
        name="seller_order_cancellation",
        method="PUT",
        path="/callbacks/seller-order-cancellation",
        body_model=models.SellerOrderCancellation,
        body_required=True,
        params=(),
        security=(
            (
                "callbackAuthPassword",
                "callbackAuthUsername",
            ),
        ),
        success_status=200,
        response_model=None,
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"code": 0, "description": "x"}, "/description"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="update_inventory",
        method="POST",
        path="/callbacks/inventory-update",
        body_model=models.InventoryUpdate,
        body_required=True,
        params=(),
        security=(
            (
                "callbackAuthPassword",
                "callbackAuthUsername",
            ),
        ),
        success_status=200,
        response_model=models.InventoryUpdateResult,
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"code": 0, "description": "x"}, "/description"),
        },
        dedupe_pointers=(),
    ),
)

DEFAULT_PATHS: Mapping[str, str] = {callback.name: callback.path for callback in CALLBACKS}


def create_webhook_app(
    handlers: AssureEcommerceWebhookHandlers,
    *,
    secrets: Mapping[str, str] | None = None,
    paths: Mapping[str, str] | None = None,
    store: DeliveryStore | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    clock: Callable[[], float] = time.time,
) -> FastAPI:
    """A FastAPI app receiving every callback of Assure Magic API for custom e-commerce platforms.

    `secrets` maps the security schemes the vendor authenticates with to their values
    (callbackAuthPassword, callbackAuthUsername); a missing one is an error, never an open door.
    `paths` overrides the default path of a callback by name (see DEFAULT_PATHS). `store` claims
    each delivery key so one worker runs the handler and repeats get its answer: by default a
    SQLite file (`.webhook-deliveries.sqlite3` in the working directory) shared by the workers
    of this machine; pass `SQLiteDeliveryStore(path)` for another file,
    `RedisDeliveryStore(redis_client)` for several machines.
    """
    return build_webhook_app(
        handlers,
        CALLBACKS,
        WEBHOOK_AUTH,
        title="Assure Magic API for custom e-commerce platforms webhooks",
        secrets=secrets or {},
        paths=paths,
        store=store,
        max_body_bytes=max_body_bytes,
        clock=clock,
    )
