# Generated from specs/assure_erp.yaml by vendorgen. Do not edit: regenerate instead.
"""Webhook receivers for Assure Magic V2 API for ERP Systems: the calls the vendor makes to you.

Subclass `AssureErpWebhookHandlers` outside the generated tree (regeneration never touches
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

__all__ = ["CALLBACKS", "DEFAULT_PATHS", "AssureErpWebhookHandlers", "create_webhook_app"]


class AssureErpWebhookHandlers(abc.ABC):
    """One coroutine per callback: typed request in, typed response out. Raise to make the
    vendor retry (it gets the documented 500 body); repeats of a delivery with the same
    key are answered from the first response without calling you again."""

    @abc.abstractmethod
    async def gate_entry_grn_notification(
        self,
        body: models.GateEntryGrnNotification,
    ) -> models.CallbackAck:
        """Near-real-time GRN notification, gate-entry-wise

        Assure posts, gate entry by gate entry, the quantities GRNed since its job last synced
        successfully, with the gate entry's invoice, documents, transporter and vehicle.

        POST /callbacks/grn/gate-entry-notifications
        """

    @abc.abstractmethod
    async def get_invoice(
        self,
        *,
        order_code: str,
        shipment_code: str,
    ) -> models.InvoiceResponse:
        """Assure fetches a shipment's invoice (PDF URL or Base64) and tax details

        Assure asks the ERP for the invoice of a shipment: a PDF URL or the Base64 PDF, with tax
        details per item.

        GET /callbacks/shipments/invoice
        """

    @abc.abstractmethod
    async def get_shipping_label(
        self,
        *,
        order_code: str,
        shipment_code: str,
    ) -> models.ShippingLabelResponse:
        """Assure fetches a shipment's shipping label, AWB number and transporter

        Assure asks the ERP for the shipping label of a shipment (PDF URL or Base64) with the
        courier's tracking number and name.

        GET /callbacks/shipments/shipping-label
        """

    @abc.abstractmethod
    async def grn_notification(
        self,
        body: models.GrnNotification,
    ) -> models.CallbackAck:
        """Near-real-time GRN notification, order-wise

        Assure posts, order by order, the quantities GRNed since its job last synced
        successfully to the ERP: absolute totals and deltas since the previous notification. The
        job frequency is configurable.

        POST /callbacks/grn/notifications
        """

    @abc.abstractmethod
    async def grn_posting_gate_entry_wise(
        self,
        body: models.GrnPostingGateEntryWise,
    ) -> models.CallbackAck:
        """GRN of a closed gate entry, posted to the ERP

        Assure posts the QC-pass and QC-fail quantities GRNed against a gate entry, once the
        gate entry is closed.

        POST /callbacks/grn/gate-entry-wise
        """

    @abc.abstractmethod
    async def grn_posting_order_wise(
        self,
        body: models.GrnPostingOrderWise,
    ) -> models.CallbackAck:
        """GRN of a closed inward order, posted to the ERP

        Assure posts the QC-pass and QC-fail quantities GRNed against an inward order, once the
        inward order is closed.

        POST /callbacks/grn/order-wise
        """

    @abc.abstractmethod
    async def handover_notification(
        self,
        body: models.HandoverNotification,
    ) -> models.CallbackAck:
        """Shipments handed over to the courier at a warehouse

        Assure notifies the ERP of the shipments handed over at a warehouse. Repeated calls must
        be answered with success.

        POST /callbacks/shipments/handover
        """

    @abc.abstractmethod
    async def order_posting(
        self,
        body: models.OrderPosting,
    ) -> models.CallbackAck:
        """Completed sales order details posted to the ERP

        Assure posts, at a configured frequency, the details of outward orders completed in
        Assure: items, shipments with invoice data and tax split, and addresses.

        POST /callbacks/orders/posting
        """

    @abc.abstractmethod
    async def pack_order(
        self,
        body: models.PackOrder,
    ) -> models.PackOrderResponse:
        """Pack notification — the ERP answers with its shipment code

        Assure tells the ERP a shipment is about to be packed with the listed SKUs, with the
        invoice data; the ERP answers with the shipment code it uses. Repeated calls carry the
        same shipmentId and must get the same successful response. Multiple shipments per order
        are allowed for B2B orders only.

        POST /callbacks/shipments/pack
        """

    @abc.abstractmethod
    async def push_seller_cancellation(
        self,
        body: models.SellerCancellation,
    ) -> models.CallbackAck:
        """Seller cancellation of an order (full or partial), pushed to the ERP

        Assure pushes a cancellation made on the seller side; cancelledQuantity is the absolute
        quantity. Sent until the order is invoiced.

        PUT /callbacks/orders/seller-cancellation
        """

    @abc.abstractmethod
    async def return_order_posting(
        self,
        body: models.ReturnOrderPosting,
    ) -> models.CallbackAck:
        """Processed B2C return order posted to the ERP

        Assure posts a B2C return order once it has been received and processed: per-item
        status, QC result and images, the forward shipments' invoice data, and addresses.

        POST /callbacks/returns/posting
        """

    @abc.abstractmethod
    async def update_inventory_count(
        self,
        body: models.InventoryCountUpdate,
    ) -> models.InventoryCountUpdateResponse:
        """Absolute available-for-sale inventory pushed to the ERP (200 SKUs per batch)

        Assure pushes the absolute inventory available for sale per SKU at a warehouse, in
        batches of 200 SKUs, at a configured frequency. The ERP answers which SKUs it updated.

        PUT /callbacks/inventory
        """


WEBHOOK_AUTH: tuple[WebhookAuth, ...] = ()

CALLBACKS: tuple[Callback, ...] = (
    Callback(
        name="gate_entry_grn_notification",
        method="POST",
        path="/callbacks/grn/gate-entry-notifications",
        body_model=models.GateEntryGrnNotification,
        body_required=True,
        params=(),
        security=(),
        success_status=200,
        response_model=models.CallbackAck,
        errors={
            400: ErrorTemplate(400, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="get_invoice",
        method="GET",
        path="/callbacks/shipments/invoice",
        body_model=None,
        body_required=False,
        params=(
            ParamSpec("orderCode", "query", True, {"type": "string"}, py_name="order_code"),
            ParamSpec("shipmentCode", "query", True, {"type": "string"}, py_name="shipment_code"),
        ),
        security=(),
        success_status=200,
        response_model=models.InvoiceResponse,
        errors={
            400: ErrorTemplate(400, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="get_shipping_label",
        method="GET",
        path="/callbacks/shipments/shipping-label",
        body_model=None,
        body_required=False,
        params=(
            ParamSpec("orderCode", "query", True, {"type": "string"}, py_name="order_code"),
            ParamSpec("shipmentCode", "query", True, {"type": "string"}, py_name="shipment_code"),
        ),
        security=(),
        success_status=200,
        response_model=models.ShippingLabelResponse,
        errors={
            400: ErrorTemplate(400, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="grn_notification",
        method="POST",
        path="/callbacks/grn/notifications",
        body_model=models.GrnNotification,
        body_required=True,
        params=(),
        security=(),
        success_status=200,
        response_model=models.CallbackAck,
        errors={
            400: ErrorTemplate(400, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="grn_posting_gate_entry_wise",
        method="POST",
        path="/callbacks/grn/gate-entry-wise",
        body_model=models.GrnPostingGateEntryWise,
        body_required=True,
        params=(),
        security=(),
        success_status=200,
        response_model=models.CallbackAck,
        errors={
            400: ErrorTemplate(400, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="grn_posting_order_wise",
        method="POST",
        path="/callbacks/grn/order-wise",
        body_model=models.GrnPostingOrderWise,
        body_required=True,
        params=(),
        security=(),
        success_status=200,
        response_model=models.CallbackAck,
        errors={
            400: ErrorTemplate(400, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="handover_notification",
        method="POST",
        path="/callbacks/shipments/handover",
        body_model=models.HandoverNotification,
        body_required=True,
        params=(),
        security=(),
        success_status=200,
        response_model=models.CallbackAck,
        errors={
            400: ErrorTemplate(400, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
        },
        dedupe_pointers=(
            "/locationCode",
            "/handoverItems",
        ),
    ),
    Callback(
        name="order_posting",
        method="POST",
        path="/callbacks/orders/posting",
        body_model=models.OrderPosting,
        body_required=True,
        params=(),
        security=(),
        success_status=200,
        response_model=models.CallbackAck,
        errors={
            400: ErrorTemplate(400, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="pack_order",
        method="POST",
        path="/callbacks/shipments/pack",
        body_model=models.PackOrder,
        body_required=True,
        params=(),
        security=(),
        success_status=200,
        response_model=models.PackOrderResponse,
        errors={
            400: ErrorTemplate(400, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
        },
        dedupe_pointers=("/shipmentId",),
    ),
    Callback(
        name="push_seller_cancellation",
        method="PUT",
        path="/callbacks/orders/seller-cancellation",
        body_model=models.SellerCancellation,
        body_required=True,
        params=(),
        security=(),
        success_status=200,
        response_model=models.CallbackAck,
        errors={
            400: ErrorTemplate(400, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="return_order_posting",
        method="POST",
        path="/callbacks/returns/posting",
        body_model=models.ReturnOrderPosting,
        body_required=True,
        params=(),
        security=(),
        success_status=200,
        response_model=models.CallbackAck,
        errors={
            400: ErrorTemplate(400, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="update_inventory_count",
        method="PUT",
        path="/callbacks/inventory",
        body_model=models.InventoryCountUpdate,
        body_required=True,
        params=(),
        security=(),
        success_status=200,
        response_model=models.InventoryCountUpdateResponse,
        errors={
            400: ErrorTemplate(400, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, {"hasError": True, "errorMessage": "x"}, "/errorMessage"),
        },
        dedupe_pointers=(),
    ),
)

DEFAULT_PATHS: Mapping[str, str] = {callback.name: callback.path for callback in CALLBACKS}


def create_webhook_app(
    handlers: AssureErpWebhookHandlers,
    *,
    secrets: Mapping[str, str] | None = None,
    paths: Mapping[str, str] | None = None,
    store: DeliveryStore | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    clock: Callable[[], float] = time.time,
) -> FastAPI:
    """A FastAPI app receiving every callback of Assure Magic V2 API for ERP Systems.

    `secrets` maps the security schemes the vendor authenticates with to their values (none are
    documented); a missing one is an error, never an open door. `paths` overrides the default
    path of a callback by name (see DEFAULT_PATHS). `store` claims each delivery key so one
    worker runs the handler and repeats get its answer: by default a SQLite file
    (`.webhook-deliveries.sqlite3` in the working directory) shared by the workers of this
    machine; pass `SQLiteDeliveryStore(path)` for another file,
    `RedisDeliveryStore(redis_client)` for several machines.
    """
    return build_webhook_app(
        handlers,
        CALLBACKS,
        WEBHOOK_AUTH,
        title="Assure Magic V2 API for ERP Systems webhooks",
        secrets=secrets or {},
        paths=paths,
        store=store,
        max_body_bytes=max_body_bytes,
        clock=clock,
    )
