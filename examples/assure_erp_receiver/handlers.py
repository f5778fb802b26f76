"""The ERP's side of Assure's callbacks: an in-memory ledger standing in for the ERP database."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from assure_erp_api import models
from assure_erp_api.server import AssureErpWebhookHandlers

ACK = models.CallbackAck(has_error=False)


@dataclass
class Ledger:
    """What the ERP knows: received quantities, posted orders, stock, and invoices to serve."""

    received: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    rejected: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    orders: dict[str, models.OrderPosting] = field(default_factory=dict)
    stock: dict[tuple[str, str], int] = field(default_factory=dict)
    invoices: dict[tuple[str, str], models.InvoiceResponse] = field(default_factory=dict)
    other: list[tuple[str, Any]] = field(default_factory=list)


class ErpHandlers(AssureErpWebhookHandlers):
    """One coroutine per callback. Raising makes Assure retry (it gets the documented 500)."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    async def grn_posting_order_wise(self, body: models.GrnPostingOrderWise) -> models.CallbackAck:
        for item in body.order_items:
            self.ledger.received[(body.order_code, item.channel_sku_code)] += item.qc_pass_quantity
            self.ledger.rejected[(body.order_code, item.channel_sku_code)] += item.qc_fail_quantity
        return ACK

    async def order_posting(self, body: models.OrderPosting) -> models.CallbackAck:
        self.ledger.orders[body.order_code] = body
        return ACK

    async def update_inventory_count(
        self, body: models.InventoryCountUpdate
    ) -> models.InventoryCountUpdateResponse:
        updated = []
        for line in body.inventories:
            self.ledger.stock[(body.location_code, line.channel_sku_code)] = line.quantity
            updated.append(line.channel_sku_code)
        return models.InventoryCountUpdateResponse(success_list=updated, failure_list=[])

    async def get_invoice(self, *, order_code: str, shipment_code: str) -> models.InvoiceResponse:
        invoice = self.ledger.invoices.get((order_code, shipment_code))
        if invoice is None:
            raise LookupError(f"no invoice for {order_code}/{shipment_code} yet")  # Assure retries
        return invoice

    # The rest are acknowledged and recorded for the ERP's back office.

    async def grn_posting_gate_entry_wise(
        self, body: models.GrnPostingGateEntryWise
    ) -> models.CallbackAck:
        return self._keep("grn_posting_gate_entry_wise", body)

    async def grn_notification(self, body: models.GrnNotification) -> models.CallbackAck:
        return self._keep("grn_notification", body)

    async def gate_entry_grn_notification(
        self, body: models.GateEntryGrnNotification
    ) -> models.CallbackAck:
        return self._keep("gate_entry_grn_notification", body)

    async def handover_notification(self, body: models.HandoverNotification) -> models.CallbackAck:
        return self._keep("handover_notification", body)

    async def push_seller_cancellation(self, body: models.SellerCancellation) -> models.CallbackAck:
        return self._keep("push_seller_cancellation", body)

    async def return_order_posting(self, body: models.ReturnOrderPosting) -> models.CallbackAck:
        return self._keep("return_order_posting", body)

    async def pack_order(self, body: models.PackOrder) -> models.PackOrderResponse:
        self.ledger.other.append(("pack_order", body))
        return models.PackOrderResponse(shipment_code=f"SHP-{body.order_code}")

    async def get_shipping_label(
        self, *, order_code: str, shipment_code: str
    ) -> models.ShippingLabelResponse:
        raise LookupError("this ERP does not print shipping labels")

    def _keep(self, name: str, body: Any) -> models.CallbackAck:
        self.ledger.other.append((name, body))
        return ACK


def sample_invoice(order_code: str) -> models.InvoiceResponse:
    """An invoice as the ERP would have it on file (tax details per item)."""
    return models.InvoiceResponse(
        invoice_code=f"INV-{order_code}",
        invoice_url=f"https://erp.example/invoices/{order_code}.pdf",
        invoice_date=dt.datetime(2024, 1, 15, 10, 0, tzinfo=dt.UTC),
        invoice_details=[
            models.InvoiceDetail(
                channel_sku_code="100005734",
                net_tax_amount_per_unit=18.0,
                net_tax_amount_total=36.0,
                base_selling_price_per_unit=100.0,
                base_selling_price_total=200.0,
                actual_selling_price_per_unit=118.0,
                actual_selling_price_total=236.0,
                quantity=2,
                tax_items=[
                    models.TaxItem(type="IGST", rate=18.0, tax_per_unit=18.0, tax_total=36.0)
                ],
            )
        ],
    )
