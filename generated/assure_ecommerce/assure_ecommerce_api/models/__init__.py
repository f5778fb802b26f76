# Generated from specs/assure_ecommerce.yaml by vendorgen. Do not edit: regenerate instead.
"""Pydantic v2 models of Assure Magic API for custom e-commerce platforms."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from typing import TypeAlias
from enum import StrEnum
from typing import Annotated
from .._types import DateTime, Number, OpenEnum


class ErrorData(BaseModel):
    """
    The "Error Data" body, `{ "code": int, "description": "string" }`.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    Error code.
    """
    description: str
    """
    Human-readable error.
    """


LooseId: TypeAlias = str | int
"""An id documented as a string that the doc's samples also send as a JSON number (e.g.
"sku_id":2). Send strings.
"""


Amount: TypeAlias = Number | str
"""A decimal amount (documented as double) that the doc's samples also send as a string, e.g.
"1500.0". Send numbers.
"""


Quantity: TypeAlias = int | str
"""A quantity (documented as int) that the doc's samples also send as a digit string, e.g. "7".
Send integers.
"""


class Address(BaseModel):
    """
    A billing or shipping address of an order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    city: str
    """
    City.
    """
    country: str
    """
    Country.
    """
    email: str
    """
    Email Id of customer (may be empty).
    """
    first_name: str
    """
    First name of customer.
    """
    last_name: str | None = None
    """
    Last name of customer.
    """
    line_one: str
    """
    Address line one.
    """
    line_two: str | None = None
    """
    Address line two.
    """
    line_three: str | None = None
    """
    Address line three.
    """
    line_four: str | None = None
    """
    Address line four.
    """
    mobile: str
    """
    Mobile number.
    """
    state: str
    """
    State.
    """
    zip: str
    """
    Pin code.
    """


class GiftOptions(BaseModel):
    """
    Gift options if the item is to be sent as a gift.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    gift: bool | None = None
    """
    Item is a gift or not.
    """
    gift_charge: Number | None = None
    """
    Extra charge to pack item as a gift.
    """
    gift_message: str | None = None
    """
    Gift message.
    """
    giftwrap_required: bool | None = None
    """
    Gift wrap required or not.
    """


class OrderPushItem(BaseModel):
    """
    One item of a pushed order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    cancelled_quantity: Number | None = None
    """
    Cancelled quantity of the item.
    """
    discount_amount_item: Amount
    """
    Discount amount per item.
    """
    ean: LooseId
    """
    European Article Number (EAN) of the item.
    """
    gift_options: GiftOptions | None = None
    mrp: Amount
    """
    MRP per item.
    """
    order_item_id: LooseId
    """
    Order item id of the item.
    """
    ordered_quantity: int
    """
    Quantity of the item ordered.
    """
    selling_price_per_item: Amount
    """
    Selling price of item after discount.
    """
    sku_id: LooseId
    """
    Stock keeping unit (SKU) id of the item.
    """


class PaymentMethod(StrEnum):
    """
    Method of payment.
    """

    COD = "COD"
    NCOD = "NCOD"


class OrderPush(BaseModel):
    """
    A new customer order (Order Push API); also the 200 body.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    ack_by_time: DateTime | None = None
    """
    Time by which the order has to be acknowledged (ISO format).
    """
    billing_address: Address
    dispatch_by_time: DateTime | None = None
    """
    Maximum time by which the order must be dispatched (ISO format).
    """
    on_hold: bool | None = None
    """
    True if the order has been kept on hold.
    """
    order_id: str
    """
    Order ID of the order.
    """
    order_items: list[OrderPushItem]
    """
    List of items in the order.
    """
    order_time: DateTime
    """
    Time at which the order was placed (ISO format).
    """
    parent_order_id: LooseId
    """
    Order Id of the parent order.
    """
    payment_method: OpenEnum[PaymentMethod]
    """
    Method of payment.
    """
    shipping_address: Address
    start_processing_time: DateTime | None = None
    """
    Used when on_hold is true — time by which processing has to be started (ISO format).
    """
    warehouse_id: str
    """
    Warehouse from which the order has to be fulfilled.
    """


class ReturnOrderItem(BaseModel):
    """
    One returned item.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    price: Amount
    """
    Price per item.
    """
    reason_for_return: str | None = None
    """
    Reason for return.
    """
    sku_id: LooseId
    """
    Stock keeping unit (SKU) id of the item.
    """
    status: str | None = None
    """
    Item status, e.g. "initiated" (Raw block and Sample only).
    """
    sub_reason: str | None = None
    """
    Sub reason for return.
    """


class OrderType(StrEnum):
    """
    Type of return.
    """

    RETURN_TO_ORIGIN = "RETURN_TO_ORIGIN"
    CUSTOMER_RETURN = "CUSTOMER_RETURN"
    SELF_SHIP = "SELF_SHIP"


class ReturnOrderPush(BaseModel):
    """
    A new return order (Return Order Push API); also the 200 body.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    forward_order_number: str
    """
    Original order number against which the return was created.
    """
    order_items: list[ReturnOrderItem]
    """
    List of items to be returned.
    """
    order_type: OpenEnum[OrderType]
    """
    Type of return.
    """
    return_order_id: LooseId
    """
    Return Order Id.
    """
    tracking_id: str
    """
    Tracking number assigned to the return order.
    """
    transporter: str
    """
    Transport service.
    """
    warehouse_id: str | None = None
    """
    Warehouse to which the item comes on return. Mandatory per the table (line 460): always send it.
    """


class CancelItem(BaseModel):
    """
    One item to cancel.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    cancelled_quantity: int
    """
    Quantity of the item that has to be cancelled.
    """
    order_item_id: str
    """
    Item Id of the item.
    """
    reason: str | None = None
    """
    Reason for cancellation.
    """
    sku_id: str
    """
    Stock keeping unit (SKU) id of the item.
    """


class OrderCancellationPush(BaseModel):
    """
    An order cancellation (Order Cancellation Push API); also the 200 body.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    cancel_items: list[CancelItem]
    """
    List of items to be cancelled.
    """
    order_id: str
    """
    Order Id of the order the items belong to.
    """


class SkuQuantity(BaseModel):
    """
    Available quantity of one SKU.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    quantity: int
    """
    Available quantity of the SKU.
    """
    sku_id: Annotated[str, Field(alias="skuId")]
    """
    Stock keeping unit (SKU) id of the item.
    """


class InventoryUpdate(BaseModel):
    """
    Update Inventory request.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    warehouse_id: Annotated[str, Field(alias="warehouseId")]
    """
    Warehouse where inventory has to be updated.
    """
    inventories: list[SkuQuantity]
    """
    List of inventories — at most 100 per request (line 583).
    """


class InventoryUpdateResult(BaseModel):
    """
    Update Inventory response.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    failure_sku_list: Annotated[list[str] | None, Field(alias="failureSkuList")] = None
    """
    SKU ids whose inventory update failed.
    """
    success_sku_list: Annotated[list[str] | None, Field(alias="successSkuList")] = None
    """
    SKU ids whose inventory update succeeded.
    """


class ShipmentItem(BaseModel):
    """
    One order item in a shipment to create.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    serial_no: Annotated[str | None, Field(alias="serialNo")] = None
    """
    Serial number of the item.
    """
    sku_id: Annotated[str, Field(alias="skuId")]
    """
    Stock keeping unit (SKU) id of the item.
    """
    order_item_id: Annotated[str, Field(alias="orderItemId")]
    """
    Item id.
    """
    quantity: Quantity
    """
    Quantity of the item to be shipped in this shipment.
    """


class CreateShipmentRequest(BaseModel):
    """
    Create Shipment request.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    warehouse_id: Annotated[str | None, Field(alias="warehouseId")] = None
    """
    Warehouse Id of the warehouse the order is fulfilled from (mandatory per the table, absent from the Sample).
    """
    invoice_id: Annotated[str | None, Field(alias="invoiceId")] = None
    """
    Invoice id of the invoice generated for the shipment.
    """
    order_id: Annotated[str, Field(alias="orderId")]
    """
    Order Id of the order.
    """
    shipment_id: Annotated[int | str | None, Field(alias="shipmentId")] = None
    """
    AM's own id for this shipment ("Shipment Id generated by AM", documented as long; the Sample sends a digit string). NOT the channel's shipment id — that is what the response returns.
    """
    shipment_items: Annotated[list[ShipmentItem], Field(alias="shipmentItems")]
    """
    List of items in the shipment.
    """


class CreateShipmentResponse(BaseModel):
    """
    Create Shipment response.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    shipment_id: Annotated[str, Field(alias="shipmentId")]
    """
    The channel's id for the shipment ("Shipment Id provided by channel") — not AM's request shipmentId. Assure quotes it in get_shipment, create_manifest and handover_orders.
    """


class ShipmentDetails(BaseModel):
    """
    Get Shipment response.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    awb_number: Annotated[str | None, Field(alias="awbNumber")] = None
    """
    Air waybill (AWB) number of the shipment.
    """
    invoice_url: Annotated[str | None, Field(alias="invoiceUrl")] = None
    """
    URL the invoice is downloaded from.
    """
    shipping_label_url: Annotated[str | None, Field(alias="shippingLabelUrl")] = None
    """
    URL the shipping label is downloaded from.
    """
    transporter: str | None = None
    """
    Name of the transport service.
    """


class ShipmentListItem(BaseModel):
    """
    One item in a listed shipment.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_item_id: Annotated[str | None, Field(alias="orderItemId")] = None
    """
    Item Id.
    """
    sku_id: Annotated[str | None, Field(alias="skuId")] = None
    """
    Stock keeping unit (SKU) id of the item.
    """
    quantity: Quantity | None = None
    """
    Quantity of the item in the shipment.
    """


class ShipmentListEntry(BaseModel):
    """
    One shipment already created for the order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    shipment_id: Annotated[str | None, Field(alias="shipmentId")] = None
    """
    Shipment Id provided by channel.
    """
    items: list[ShipmentListItem] | None = None
    """
    List of items in the shipment.
    """


class ShipmentList(BaseModel):
    """
    Get Shipment List response.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_id: Annotated[str | None, Field(alias="orderId")] = None
    """
    Order id of the order.
    """
    shipment_items: Annotated[list[ShipmentListEntry] | None, Field(alias="shipmentItems")] = None
    """
    List of shipments already created for the order.
    """


class ManifestItem(BaseModel):
    """
    One shipment to manifest.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    shipment_id: Annotated[str | None, Field(alias="shipmentId")] = None
    """
    Channel shipment id of the shipment.
    """
    awb_number: Annotated[str | None, Field(alias="awbNumber")] = None
    """
    Airway Bill Number.
    """
    order_id: Annotated[str | None, Field(alias="orderId")] = None
    """
    Order Id of the order whose shipments are to be manifested.
    """


class CreateManifestRequest(BaseModel):
    """
    Create Manifest request.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    warehouse_id: Annotated[str | None, Field(alias="warehouseId")] = None
    """
    Warehouse Id where the shipments were created.
    """
    manifest_items: Annotated[list[ManifestItem] | None, Field(alias="manifestItems")] = None
    """
    List of shipments in the manifest.
    """
    provider: str | None = None
    """
    Transporter.
    """


class ManifestShipment(BaseModel):
    """
    A shipment under a manifest.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_id: Annotated[str | None, Field(alias="orderId")] = None
    """
    orderId to which the shipment belongs.
    """
    shipment_id: Annotated[str | None, Field(alias="shipmentId")] = None
    """
    shipmentId of the shipment under the manifest.
    """
    awb_number: Annotated[str | None, Field(alias="awbNumber")] = None
    """
    awbNumber of the shipment (table only
    """


class Manifest(BaseModel):
    """
    One manifest created by the channel.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    manifest_id: Annotated[str | None, Field(alias="manifestId")] = None
    """
    Manifest id provided by the channel.
    """
    shipments: list[ManifestShipment] | None = None
    """
    Shipments under the manifest.
    """


ManifestList: TypeAlias = list[Manifest]
"""Create Manifest response: the new manifest, plus the already created manifests of shipments that
were manifested before.
"""


class ManifestDetails(BaseModel):
    """
    Get Manifest response (no table).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    manifest_id: Annotated[str | None, Field(alias="manifestId")] = None
    """
    Channel manifest id.
    """
    manifest_url: Annotated[str | None, Field(alias="manifestUrl")] = None
    """
    URL of the manifest document (the Sample shows "wd02").
    """


class HandoverShipment(BaseModel):
    """
    One shipment to hand over.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    shipment_id: Annotated[str | None, Field(alias="shipmentId")] = None
    """
    Channel shipment id (returned by create_shipment) to hand over.
    """
    manifest_id: Annotated[str | None, Field(alias="manifestId")] = None
    """
    ManifestId of the shipment.
    """
    awb_number: Annotated[str | None, Field(alias="awbNumber")] = None
    """
    Airway Bill Number.
    """


class HandoverRequest(BaseModel):
    """
    Handover Orders request.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    shipments: list[HandoverShipment] | None = None
    """
    List of shipments to be handed over.
    """


class ShipmentRef(BaseModel):
    """
    A shipment and its order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    shipment_id: Annotated[str | None, Field(alias="shipmentId")] = None
    """
    Shipment id (the channel's).
    """
    order_id: Annotated[str | None, Field(alias="orderId")] = None
    """
    Order id of the order.
    """


class HandoverResult(BaseModel):
    """
    Handover Orders response.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    failure_shipments: Annotated[list[ShipmentRef] | None, Field(alias="failureShipments")] = None
    """
    Shipments which can't be handed over.
    """
    success_shipments: Annotated[list[ShipmentRef] | None, Field(alias="successShipments")] = None
    """
    Shipments handed over successfully — including ones already handed over before.
    """


class QcReason(StrEnum):
    """
    Quality check failure reason.
    """

    DAMAGED = "DAMAGED"
    STAINED = "STAINED"
    BROKEN_STITCH = "BROKEN_STITCH"
    FABRIC_DEFECT = "FABRIC_DEFECT"
    SHADE_VARIATION = "SHADE_VARIATION"
    LOGO_MISSING = "LOGO_MISSING"
    UNEVEN_LENGTH = "UNEVEN_LENGTH"
    WRONG_PAIR = "WRONG_PAIR"
    USED_PRODUCT = "USED_PRODUCT"
    TAG_BOX_MISMATCH = "TAG_BOX_MISMATCH"
    TAG_MISSING = "TAG_MISSING"
    WARRANTY_CARD_MISSING = "WARRANTY_CARD_MISSING"
    PART_MISSING = "PART_MISSING"
    BOX_DAMAGE = "BOX_DAMAGE"
    PRODUCT_MISMATCH = "PRODUCT_MISMATCH"
    STICKER_MISMATCH = "STICKER_MISMATCH"
    PRODUCT_MISSING = "PRODUCT_MISSING"


class QcStatus(StrEnum):
    """
    Quality check result.
    """

    PASS = "PASS"
    FAIL = "FAIL"


class ReturnQcItem(BaseModel):
    """
    Quality-check result of one returned SKU.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    qc_reason: Annotated[OpenEnum[QcReason] | None, Field(alias="qcReason")] = None
    """
    Quality check failure reason.
    """
    qc_status: Annotated[OpenEnum[QcStatus] | None, Field(alias="qcStatus")] = None
    """
    Quality check result.
    """
    sku_id: Annotated[str | None, Field(alias="skuId")] = None
    """
    Stock keeping unit (SKU) id of the item.
    """


class ReturnOrderAcknowledgement(BaseModel):
    """
    Acknowledge Return Orders request.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    warehouse_id: Annotated[str | None, Field(alias="warehouseId")] = None
    """
    Warehouse Id where the return order will be received.
    """
    items: list[ReturnQcItem] | None = None
    """
    List of items in the return order.
    """
    return_order_id: Annotated[str | None, Field(alias="returnOrderId")] = None
    """
    Return Order id.
    """


class SellerCancelledLineItem(BaseModel):
    """
    One line item cancelled by the seller.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_item_id: Annotated[str | None, Field(alias="orderItemId")] = None
    """
    Order item id of the line item.
    """
    sku_id: Annotated[str | None, Field(alias="skuId")] = None
    """
    Stock keeping unit (SKU) id of the item.
    """
    ordered_quantity: Annotated[int | None, Field(alias="orderedQuantity")] = None
    """
    Quantity that was initially ordered.
    """
    cancelled_quantity: Annotated[int | None, Field(alias="cancelledQuantity")] = None
    """
    Quantity that is cancelled.
    """


class SellerOrderCancellation(BaseModel):
    """
    Order Cancellation from Seller request.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_id: Annotated[str | None, Field(alias="orderId")] = None
    """
    Order Id.
    """
    line_items: Annotated[list[SellerCancelledLineItem] | None, Field(alias="lineItems")] = None
    """
    Cancelled line items — all of them for a complete cancellation, only the cancelled ones for a partial one.
    """


class OrderStatusItem(BaseModel):
    """
    One item of the order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    cancelled_quantity: Annotated[int | None, Field(alias="cancelledQuantity")] = None
    """
    Cancelled quantity of the item.
    """
    discount_amount_item: Annotated[Number | None, Field(alias="discountAmountItem")] = None
    """
    Discount amount on the item.
    """
    line_item_id: Annotated[str | None, Field(alias="lineItemId")] = None
    """
    Order item id of the item (the table calls it orderItemId).
    """
    mrp: Number | None = None
    """
    MRP of the item.
    """
    ordered_quantity: Annotated[int | None, Field(alias="orderedQuantity")] = None
    """
    Quantity of the item ordered.
    """
    selling_price_per_item: Annotated[Number | None, Field(alias="sellingPricePerItem")] = None
    """
    Selling price of the item after discount.
    """
    sku_id: Annotated[str | None, Field(alias="skuId")] = None
    """
    Stock keeping unit (SKU) id of the item.
    """


class Status(StrEnum):
    """
    Status of the order.
    """

    CREATED = "CREATED"
    NEW = "NEW"
    PACKED = "PACKED"
    MANIFESTED = "MANIFESTED"
    HANDOVERED = "HANDOVERED"
    DELIVERED = "DELIVERED"
    CANCELLED = "CANCELLED"


class OrderStatus(BaseModel):
    """
    Get Order By OrderId response.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    awb_no: Annotated[str | None, Field(alias="awbNo")] = None
    """
    Air waybill (AWB) number of the shipment (null/empty if no shipment yet).
    """
    transporter: str | None = None
    """
    Transport service (null/empty if no shipment yet).
    """
    expected_delivery_time: Annotated[DateTime | None, Field(alias="expectedDeliveryTime")] = None
    """
    Expected delivery time (ISO format; Raw block and Sample).
    """
    dispatch_by_time: Annotated[DateTime | None, Field(alias="dispatchByTime")] = None
    """
    Maximum time by which the order must be dispatched (ISO format; table only).
    """
    manifest_id: Annotated[str | None, Field(alias="manifestId")] = None
    """
    Manifest Id of the shipment (null/empty if no manifest yet).
    """
    on_hold: Annotated[bool | None, Field(alias="onHold")] = None
    """
    True if the order has been kept on hold.
    """
    order_id: Annotated[str | None, Field(alias="orderId")] = None
    """
    Order Id of the order.
    """
    order_items: Annotated[list[OrderStatusItem] | None, Field(alias="orderItems")] = None
    """
    List of items in the order.
    """
    processing_start_time: Annotated[DateTime | None, Field(alias="processingStartTime")] = None
    """
    Used when onHold is true — time by which processing has to be started (ISO format).
    """
    shipment_id: Annotated[str | None, Field(alias="shipmentId")] = None
    """
    The channel's shipment id for this order (null/empty if no shipment yet).
    """
    status: OpenEnum[Status] | None = None
    """
    Status of the order.
    """
    warehouse_id: Annotated[str | None, Field(alias="warehouseId")] = None
    """
    Warehouse from which the order has to be fulfilled.
    """


class WarehouseInventory(BaseModel):
    """
    A SKU's quantity in one warehouse.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    quantity: int | None = None
    """
    Quantity of the item (0 if not present).
    """
    sku_id: Annotated[str | None, Field(alias="skuId")] = None
    """
    Stock keeping unit (SKU) id of the item.
    """
    warehouse_id: Annotated[str | None, Field(alias="warehouseId")] = None
    """
    The warehouse.
    """
    sku_enabled: Annotated[bool | None, Field(alias="skuEnabled")] = None
    """
    Whether the SKU is enabled or disabled.
    """


class InventoryCount(BaseModel):
    """
    Get Inventory Count response.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    inventories: list[WarehouseInventory] | None = None
    """
    Quantity of the SKU in different warehouses.
    """
