# Generated from specs/assure_erp.yaml by vendorgen. Do not edit: regenerate instead.
"""Pydantic v2 models of Assure Magic V2 API for ERP Systems."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from typing import TypeAlias
from typing import Annotated, Literal
from enum import StrEnum
from .._types import Date, DateTime, Number, OpenEnum


class AssureError(BaseModel):
    """
    The body Assure answers a 400 or 500 with, e.g. code "BAD_DATA", message "Input validation failed", description "[channelSkuCode: may not be null]".
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: str | None = None
    """
    Machine-readable error code
    """
    message: str | None = None
    """
    Human-readable summary.
    """
    description: str | None = None
    """
    Details
    """


class ClientError(BaseModel):
    """
    The body the ERP's callback endpoints must answer a 400 or 500 with.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    has_error: Annotated[Literal[True], Field(alias="hasError")]
    """
    Always true in an error body.
    """
    error_message: Annotated[str, Field(alias="errorMessage")]
    """
    What went wrong.
    """


class CallbackAck(BaseModel):
    """
    The success body of the callbacks, `{"hasError": false}`.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    has_error: Annotated[Literal[False], Field(alias="hasError")]
    """
    Always false on success.
    """


class EmptyBody(BaseModel):
    """
    The doc's "EmptyBody": a 200 without content. Used as the response model of the create_article_master and create_virtual_sku_definition variants.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )


class Address(BaseModel):
    """
    A postal address as the masters, orders and pack notifications carry it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: str
    """
    Name of the addressee.
    """
    line1: str
    """
    1st line of the address.
    """
    line2: str | None = None
    """
    2nd line of the address.
    """
    line3: str | None = None
    """
    3rd line of the address.
    """
    city: str
    state: str
    zip: str
    """
    ZIP / PIN code.
    """
    country: str
    email: str
    phone: str | None = None


class AddressDetails(BaseModel):
    """
    An address as the search_* master and location responses return it; every key optional.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: str | None = None
    """
    Name of the addressee.
    """
    line1: str | None = None
    """
    1st line of the address.
    """
    line2: str | None = None
    """
    2nd line of the address.
    """
    line3: str | None = None
    """
    3rd line of the address.
    """
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    """
    ZIP / PIN code.
    """
    country: str | None = None
    email: str | None = None
    phone: str | None = None


class PostedAddress(BaseModel):
    """
    A customer address in order and return postings from Assure; email is optional here.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: str
    """
    Name of the customer.
    """
    line1: str
    line2: str | None = None
    line3: str | None = None
    city: str
    state: str
    """
    For B2C postings, an upper-case Indian state name from the doc's list (ANDHRA PRADESH … UTTAR PRADESH).
    """
    zip: str
    country: str
    email: str | None = None
    phone: str | None = None


class PaymentMethod(StrEnum):
    """
    Cash on delivery or not ("Possible values - COD, NCOD").
    """

    COD = "COD"
    NCOD = "NCOD"


class QcStatus(StrEnum):
    """
    QC status; PASS by default when an outward order leaves it out.
    """

    PASS = "PASS"
    FAIL = "FAIL"


class OutwardOrderType(StrEnum):
    """
    SO (sales order), STO (stock transfer order), RTV (return to vendor), RPO (replacement).
    """

    SO = "SO"
    STO = "STO"
    RTV = "RTV"
    RPO = "RPO"


class PartnerCodeOrderType(StrEnum):
    """
    Order types of create_outward_order_using_partner_codes.
    """

    SO = "SO"
    STO = "STO"
    RTV = "RTV"


class InwardOrderType(StrEnum):
    """
    PO (purchase order), STO (stock transfer order), RO (return order), OPEN_PO, OPEN_RO.
    """

    PO = "PO"
    STO = "STO"
    RO = "RO"
    OPEN_PO = "OPEN_PO"
    OPEN_RO = "OPEN_RO"


class PackType(StrEnum):
    PIECE = "PIECE"
    BULK = "BULK"


class GiftDocumentFormat(StrEnum):
    """
    Format of giftDocument; set when a document is present.
    """

    PDF = "PDF"
    ZPL = "ZPL"
    PNG = "PNG"


class TaxRule(StrEnum):
    """
    A rule of the Assure Tax Rule Table: GST_0/3/5/12/18/28 at a flat rate; GST_APPAREL 5% up to 1000 and 12% above; GST_FOOTWEAR 5% up to 1000 and 18% above.
    """

    GST_0 = "GST_0"
    GST_3 = "GST_3"
    GST_5 = "GST_5"
    GST_12 = "GST_12"
    GST_18 = "GST_18"
    GST_28 = "GST_28"
    GST_APPAREL = "GST_APPAREL"
    GST_FOOTWEAR = "GST_FOOTWEAR"


class VendorMaster(BaseModel):
    """
    A vendor as create_vendor_master and update_vendor_master take it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    vendor_code: Annotated[str, Field(alias="vendorCode")]
    """
    Code used by the ERP to identify the vendor; cannot be updated.
    """
    name: str
    """
    Name of the vendor.
    """
    is_excess_grn_allowed: Annotated[bool | None, Field(alias="isExcessGrnAllowed")] = None
    """
    Whether excess GRN is allowed for the supplier.
    """
    address: Address


class VendorMasterDetails(BaseModel):
    """
    A vendor master as search_vendor_master returns it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    vendor_code: Annotated[str | None, Field(alias="vendorCode")] = None
    name: str | None = None
    address: AddressDetails | None = None


class VendorLocation(BaseModel):
    """
    A vendor location as add_vendor_location and update_vendor_location take it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    vendor_location_code: Annotated[str, Field(alias="vendorLocationCode")]
    """
    Code of the location; cannot be updated.
    """
    gstin: str
    """
    GSTIN number.
    """
    billing_address: Annotated[Address, Field(alias="billingAddress")]
    shipping_address: Annotated[Address, Field(alias="shippingAddress")]


class VendorLocationDetails(BaseModel):
    """
    A vendor location as search_vendor_location returns it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    vendor_code: Annotated[str | None, Field(alias="vendorCode")] = None
    vendor_location_code: Annotated[str | None, Field(alias="vendorLocationCode")] = None
    gstin: str | None = None
    billing_address: Annotated[AddressDetails | None, Field(alias="billingAddress")] = None
    shipping_address: Annotated[AddressDetails | None, Field(alias="shippingAddress")] = None


class CustomerMaster(BaseModel):
    """
    A customer as create_customer_master and update_customer_master take it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    customer_code: Annotated[str, Field(alias="customerCode")]
    """
    Code used by the ERP to identify the customer; cannot be updated.
    """
    name: str
    """
    Name of the customer.
    """
    is_excess_grn_allowed: Annotated[bool | None, Field(alias="isExcessGrnAllowed")] = None
    address: Address


class CustomerMasterDetails(BaseModel):
    """
    A customer master as search_customer_master returns it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    customer_code: Annotated[str | None, Field(alias="customerCode")] = None
    name: str | None = None
    address: AddressDetails | None = None


class CustomerLocation(BaseModel):
    """
    A customer location as add_customer_location and update_customer_location take it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    customer_location_code: Annotated[str, Field(alias="customerLocationCode")]
    """
    Code of the location; cannot be updated.
    """
    gstin: str
    """
    GSTIN number.
    """
    billing_address: Annotated[Address, Field(alias="billingAddress")]
    shipping_address: Annotated[Address, Field(alias="shippingAddress")]


class CustomerLocationDetails(BaseModel):
    """
    A customer location as search_customer_location returns it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    customer_code: Annotated[str | None, Field(alias="customerCode")] = None
    customer_location_code: Annotated[str | None, Field(alias="customerLocationCode")] = None
    gstin: str | None = None
    billing_address: Annotated[AddressDetails | None, Field(alias="billingAddress")] = None
    shipping_address: Annotated[AddressDetails | None, Field(alias="shippingAddress")] = None


class SkuAttributes(BaseModel):
    """
    Free attributes attribute1…attribute15 of a SKU. When updating a stored value, "" sets it to null and null leaves it unchanged.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    attribute1: str | None = None
    attribute2: str | None = None
    attribute3: str | None = None
    attribute4: str | None = None
    attribute5: str | None = None
    attribute6: str | None = None
    attribute7: str | None = None
    attribute8: str | None = None
    attribute9: str | None = None
    attribute10: str | None = None
    attribute11: str | None = None
    attribute12: str | None = None
    attribute13: str | None = None
    attribute14: str | None = None
    attribute15: str | None = None


class ChannelDimension(BaseModel):
    """
    Dimensions and weight of the article.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    length: Number | None = None
    breadth: Number | None = None
    height: Number | None = None
    weight: Number | None = None


class ChildSku(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    """
    SKU code of the child SKU.
    """
    qty: int
    """
    Quantity of the child SKU in the bundle.
    """


class VirtualSkuDefinition(BaseModel):
    """
    A virtual (bundle) SKU made of child SKUs.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    virtual_parent_channel_sku_id: Annotated[str, Field(alias="virtualParentChannelSkuId")]
    """
    SKU code of the virtual (parent) SKU.
    """
    child_skus: Annotated[list[ChildSku], Field(alias="childSkus")]


class PostedChildSku(BaseModel):
    """
    A child SKU of a virtual SKU as order postings and search_virtual_sku_definition return it; every key optional.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str | None, Field(alias="channelSkuCode")] = None
    """
    SKU code of the child SKU.
    """
    qty: int | None = None
    """
    Quantity of the child SKU in the bundle.
    """


class PostedVirtualSkuDefinition(BaseModel):
    """
    A virtual (bundle) SKU as order postings and search_virtual_sku_definition return it; every key optional.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    virtual_parent_channel_sku_id: Annotated[
        str | None, Field(alias="virtualParentChannelSkuId")
    ] = None
    """
    SKU code of the virtual (parent) SKU.
    """
    child_skus: Annotated[list[PostedChildSku] | None, Field(alias="childSkus")] = None


class ArticleMaster(BaseModel):
    """
    One article master (SKU) as create_article_master takes it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    """
    Code used by the channel to identify the SKU.
    """
    channel_serial_no: Annotated[str | None, Field(alias="channelSerialNo")] = None
    """
    Unique code generated at the channel side.
    """
    barcode: str
    """
    Scannable code on the physical product that identifies the SKU uniquely.
    """
    category: str | None = None
    """
    The broad category of the product.
    """
    brand: str
    style_code: Annotated[str, Field(alias="styleCode")]
    mrp: Number
    """
    Maximum retail price.
    """
    hsn: str
    """
    HSN code.
    """
    image_url: Annotated[str | None, Field(alias="imageUrl")] = None
    """
    Public image URL
    """
    name: str
    """
    Name of the product.
    """
    tax_rule: Annotated[OpenEnum[TaxRule], Field(alias="taxRule")]
    size: str | None = None
    color: str | None = None
    channel_tolerance_days: Annotated[int | None, Field(alias="channelToleranceDays")] = None
    """
    Days before expiry up to which an item can fulfil ERP orders.
    """
    grn_tolerance_days: Annotated[int | None, Field(alias="grnToleranceDays")] = None
    """
    GRN warns when a product expires in fewer days.
    """
    return_tolerance_days: Annotated[int | None, Field(alias="returnToleranceDays")] = None
    """
    B2C returns warn when a product expires in fewer days.
    """
    is_perishable: Annotated[bool | None, Field(alias="isPerishable")] = None
    channel_dimension: Annotated[ChannelDimension | None, Field(alias="channelDimension")] = None
    sku_attributes: Annotated[SkuAttributes | None, Field(alias="skuAttributes")] = None
    is_virtual: Annotated[bool | None, Field(alias="isVirtual")] = None
    """
    Whether the SKU has a virtual SKU definition.
    """
    virtual_sku_definition: Annotated[
        VirtualSkuDefinition | None, Field(alias="virtualSkuDefinition")
    ] = None
    """
    The child SKUs of a virtual bundle SKU; null for a plain SKU.
    """


class CreateArticleMasterRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    article_masters: Annotated[list[ArticleMaster], Field(alias="articleMasters")]
    """
    The articles to create — at most 5,000 per payload.
    """


class CreateVirtualSkuDefinitionRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    virtual_sku_definitions: Annotated[
        list[VirtualSkuDefinition], Field(alias="virtualSkuDefinitions")
    ]


class SearchVirtualSkuDefinitionRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    parent_channel_skus: Annotated[list[str], Field(alias="parentChannelSkus")]
    """
    Parent (virtual) SKU codes to look up.
    """


class SearchVirtualSkuDefinitionResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    virtual_sku_definitions: Annotated[
        list[PostedVirtualSkuDefinition], Field(alias="virtualSkuDefinitions")
    ]


ArticlesPostRequest: TypeAlias = (
    CreateArticleMasterRequest
    | CreateVirtualSkuDefinitionRequest
    | SearchVirtualSkuDefinitionRequest
)
"""Body of POST /master/articles: one of the three documented requests, told apart by their
required top-level key (articleMasters, virtualSkuDefinitions, parentChannelSkus).
"""


ArticlesPostResponse: TypeAlias = EmptyBody | SearchVirtualSkuDefinitionResponse
"""200 of POST /master/articles: empty for the two creates, the definitions found for the search."""


class ArticleMasterUpdate(BaseModel):
    """
    One article master as update_article_master takes it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    """
    Identifies the article; cannot be updated.
    """
    category: str | None = None
    brand: str | None = None
    style_code: Annotated[str | None, Field(alias="styleCode")] = None
    mrp: Number | None = None
    """
    Maximum retail price.
    """
    hsn: str | None = None
    """
    HSN code.
    """
    image_url: Annotated[str | None, Field(alias="imageUrl")] = None
    name: str | None = None
    tax_rule: Annotated[OpenEnum[TaxRule] | None, Field(alias="taxRule")] = None
    size: str | None = None
    color: str | None = None


class UpdateArticleMasterRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    article_masters: Annotated[list[ArticleMasterUpdate], Field(alias="articleMasters")]
    """
    The articles to update — at most 5,000 per payload.
    """


class SearchArticleMasterRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_codes: Annotated[list[str], Field(alias="channelSkuCodes")]
    """
    Channel SKU codes to look up — "Max Limit is 5000".
    """


class ArticleMasterRecord(BaseModel):
    """
    One article master as search_article_master returns it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    category: str | None = None
    brand: str | None = None
    style_code: Annotated[str | None, Field(alias="styleCode")] = None
    mrp: Number | None = None
    hsn: str | None = None
    image_url: Annotated[str | None, Field(alias="imageUrl")] = None
    name: str | None = None
    tax_rule: Annotated[OpenEnum[TaxRule] | None, Field(alias="taxRule")] = None
    size: str | None = None
    color: str | None = None


class SearchArticleMasterResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    article_masters: Annotated[list[ArticleMasterRecord], Field(alias="articleMasters")]


class SkuAttributeEntry(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    """
    Code used by the channel to identify the SKU.
    """
    sku_attributes: Annotated[SkuAttributes | None, Field(alias="skuAttributes")] = None


class UpsertSkuAttributesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    sku_attribute_list: Annotated[list[SkuAttributeEntry], Field(alias="skuAttributeList")]
    """
    Attributes for at most 5,000 channel SKUs per payload.
    """


class SearchSkuAttributesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_codes: Annotated[list[str], Field(alias="channelSkuCodes")]
    """
    At most 5,000 channel SKU codes per payload.
    """


class SearchSkuAttributesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    sku_attribute_list: Annotated[list[SkuAttributeEntry], Field(alias="skuAttributeList")]


class SkuListing(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    """
    Code used by the channel to identify the SKU.
    """
    channel_serial_no: Annotated[str, Field(alias="channelSerialNo")]
    """
    Unique code generated at the channel side.
    """
    barcode: str
    """
    Scannable code on the physical product.
    """
    tolerance_days: Annotated[int | None, Field(alias="toleranceDays")] = None
    """
    Days before expiry up to which an item can fulfil ERP orders.
    """


class CreateSkuListingsRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_name: Annotated[str, Field(alias="channelName")]
    """
    ERP channel code of the marketplace.
    """
    sku_listings: Annotated[list[SkuListing], Field(alias="skuListings")]
    """
    At most 5,000 listings per payload.
    """


class ManufacturableSkuRequest(BaseModel):
    """
    The location and SKUs of create_manufacturable_sku and remove_manufacturable_sku.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    location_code: Annotated[str, Field(alias="locationCode")]
    channel_sku_ids: Annotated[list[str], Field(alias="channelSkuIds")]
    """
    SKU codes of the manufacturable SKUs.
    """


class TaxItemForm(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    type: str
    """
    Type of tax applicable.
    """
    rate: Number
    """
    Tax rate for this tax type.
    """
    tax_per_unit: Annotated[Number, Field(alias="taxPerUnit")]
    """
    Tax of this type per unit.
    """


class TaxBreakupForm(BaseModel):
    """
    Tax break-up of one SKU; if sent, all its fields must be sent.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_id: Annotated[str, Field(alias="channelSkuId")]
    """
    Channel SKU id.
    """
    base_selling_price_per_unit: Annotated[Number, Field(alias="baseSellingPricePerUnit")]
    """
    Base selling price per unit of the SKU.
    """
    tax_item_forms: Annotated[list[TaxItemForm], Field(alias="taxItemForms")]


class GiftOptions(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    giftwrap_required: Annotated[bool, Field(alias="giftwrapRequired")]
    gift_message: Annotated[str | None, Field(alias="giftMessage")] = None
    gift_charge_per_unit: Annotated[Number | None, Field(alias="giftChargePerUnit")] = None
    """
    Gift charge per unit.
    """
    gift_document: Annotated[str | None, Field(alias="giftDocument")] = None
    """
    Base64-encoded gift document.
    """
    gift_document_format: Annotated[
        OpenEnum[GiftDocumentFormat] | None, Field(alias="giftDocumentFormat")
    ] = None


class OutwardOrderItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    """
    SKU code of the order item.
    """
    order_item_code: Annotated[str, Field(alias="orderItemCode")]
    """
    The channel's unique id of the order item.
    """
    quantity: int
    seller_discount_per_unit: Annotated[Number | None, Field(alias="sellerDiscountPerUnit")] = None
    channel_discount_per_unit: Annotated[Number | None, Field(alias="channelDiscountPerUnit")] = (
        None
    )
    selling_price_per_unit: Annotated[Number, Field(alias="sellingPricePerUnit")]
    """
    Unit price including tax.
    """
    shipping_charge_per_unit: Annotated[Number | None, Field(alias="shippingChargePerUnit")] = None
    min_expiry: Annotated[Date | None, Field(alias="minExpiry")] = None
    """
    Minimum expiry date of the item to ship.
    """
    gift_options: Annotated[GiftOptions | None, Field(alias="giftOptions")] = None


class CreateOutwardOrderRequest(BaseModel):
    """
    One outward order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    parent_order_code: Annotated[str | None, Field(alias="parentOrderCode")] = None
    """
    Code of the parent order.
    """
    location_code: Annotated[str, Field(alias="locationCode")]
    """
    Warehouse location code that fulfils the order.
    """
    order_code: Annotated[str, Field(alias="orderCode")]
    """
    Unique code used by the channel to identify the order.
    """
    order_time: Annotated[DateTime, Field(alias="orderTime")]
    """
    Time the customer placed the order.
    """
    order_type: Annotated[OpenEnum[OutwardOrderType], Field(alias="orderType")]
    is_priority: Annotated[bool | None, Field(alias="isPriority")] = None
    """
    True when the order has higher priority than normal orders.
    """
    gift: bool | None = None
    """
    True when the order is a gift and must be gift wrapped.
    """
    on_hold: Annotated[bool, Field(alias="onHold")]
    """
    True to keep the order on hold until update_order_properties unholds it.
    """
    qc_status: Annotated[OpenEnum[QcStatus], Field(alias="qcStatus")]
    dispatch_by_time: Annotated[DateTime, Field(alias="dispatchByTime")]
    start_processing_time: Annotated[DateTime, Field(alias="startProcessingTime")]
    payment_method: Annotated[OpenEnum[PaymentMethod], Field(alias="paymentMethod")]
    tax_breakup_forms: Annotated[list[TaxBreakupForm] | None, Field(alias="taxBreakupForms")] = None
    pack_type: Annotated[OpenEnum[PackType] | None, Field(alias="packType")] = None
    shipping_address: Annotated[Address, Field(alias="shippingAddress")]
    billing_address: Annotated[Address, Field(alias="billingAddress")]
    order_items: Annotated[list[OutwardOrderItem], Field(alias="orderItems")]


class CreateOutwardOrderUsingPartnerCodesRequest(BaseModel):
    """
    One outward order addressed by partner codes.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    parent_order_code: Annotated[str | None, Field(alias="parentOrderCode")] = None
    location_code: Annotated[str, Field(alias="locationCode")]
    """
    Warehouse location code that fulfils the order.
    """
    order_code: Annotated[str, Field(alias="orderCode")]
    order_time: Annotated[DateTime, Field(alias="orderTime")]
    order_type: Annotated[OpenEnum[PartnerCodeOrderType], Field(alias="orderType")]
    on_hold: Annotated[bool, Field(alias="onHold")]
    dispatch_by_time: Annotated[DateTime, Field(alias="dispatchByTime")]
    start_processing_time: Annotated[DateTime, Field(alias="startProcessingTime")]
    payment_method: Annotated[OpenEnum[PaymentMethod], Field(alias="paymentMethod")]
    tax_breakup_forms: Annotated[list[TaxBreakupForm] | None, Field(alias="taxBreakupForms")] = None
    pack_type: Annotated[OpenEnum[PackType] | None, Field(alias="packType")] = None
    qc_status: Annotated[OpenEnum[QcStatus] | None, Field(alias="qcStatus")] = None
    partner_code: Annotated[str, Field(alias="partnerCode")]
    """
    Code of the customer (or vendor
    """
    partner_location_code: Annotated[str, Field(alias="partnerLocationCode")]
    """
    Code of that partner's location.
    """
    order_items: Annotated[list[OutwardOrderItem], Field(alias="orderItems")]


class InwardOrderItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    quantity: int
    selling_price_per_unit: Annotated[Number, Field(alias="sellingPricePerUnit")]


class CreateInwardOrderRequest(BaseModel):
    """
    One inward order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    parent_order_code: Annotated[str | None, Field(alias="parentOrderCode")] = None
    order_time: Annotated[DateTime, Field(alias="orderTime")]
    order_type: Annotated[OpenEnum[InwardOrderType], Field(alias="orderType")]
    order_code: Annotated[str, Field(alias="orderCode")]
    location_code: Annotated[str, Field(alias="locationCode")]
    """
    Warehouse location code that receives the order.
    """
    partner_code: Annotated[str, Field(alias="partnerCode")]
    """
    Vendor code for PO/STO
    """
    partner_location_code: Annotated[str, Field(alias="partnerLocationCode")]
    """
    Vendor location code for PO/STO
    """
    tax_breakup_forms: Annotated[list[TaxBreakupForm] | None, Field(alias="taxBreakupForms")] = None
    order_items: Annotated[list[InwardOrderItem], Field(alias="orderItems")]


class CancelledOrderItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    cancelled_quantity: Annotated[int, Field(alias="cancelledQuantity")]
    """
    Absolute cancelled quantity; less than the ordered quantity.
    """
    order_item_code: Annotated[str, Field(alias="orderItemCode")]


class CustomerCancellationRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    location_code: Annotated[str, Field(alias="locationCode")]
    order_items: Annotated[list[CancelledOrderItem], Field(alias="orderItems")]


class UpdateOrderPropertiesRequest(BaseModel):
    """
    The order properties update_order_properties changes.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    dispatch_by_time: Annotated[str, Field(alias="dispatchByTime")]
    """
    Time by which the order is expected to be dispatched (ISO-8601).
    """
    location_code: Annotated[str, Field(alias="locationCode")]
    """
    Code of the warehouse.
    """
    on_hold: Annotated[bool, Field(alias="onHold")]
    """
    False to unhold the order.
    """
    start_processing_time: Annotated[str, Field(alias="startProcessingTime")]
    """
    Time by which processing is expected to start (ISO-8601).
    """


class SearchInventoryRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    location_code: Annotated[str, Field(alias="locationCode")]
    """
    Code of the warehouse.
    """
    channel_sku_codes: Annotated[list[str] | None, Field(alias="channelSkuCodes")] = None
    """
    At most 10,000 SKUs per payload. Omit to page through all.
    """
    page_number: Annotated[int | None, Field(alias="pageNumber")] = None
    """
    Page to return when channelSkuCodes is not sent.
    """


class InventoryRecord(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str | None, Field(alias="channelSkuCode")] = None
    qc_pass_available_quantity: Annotated[int | None, Field(alias="qcPassAvailableQuantity")] = None
    """
    Available for sale
    """
    qc_pass_allocated_quantity: Annotated[int | None, Field(alias="qcPassAllocatedQuantity")] = None
    """
    QC pass
    """
    qc_pass_recycled_quantity: Annotated[int | None, Field(alias="qcPassRecycledQuantity")] = None
    """
    QC pass
    """
    qc_pass_lost_quantity: Annotated[int | None, Field(alias="qcPassLostQuantity")] = None
    """
    QC pass
    """
    qc_fail_available_quantity: Annotated[int | None, Field(alias="qcFailAvailableQuantity")] = None
    """
    Available
    """
    qc_fail_recycled_quantity: Annotated[int | None, Field(alias="qcFailRecycledQuantity")] = None
    qc_fail_allocated_quantity: Annotated[int | None, Field(alias="qcFailAllocatedQuantity")] = None
    """
    QC fail
    """
    qc_fail_lost_quantity: Annotated[int | None, Field(alias="qcFailLostQuantity")] = None


class SearchInventoryResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    inventories: list[InventoryRecord] | None = None
    """
    Inventory per SKU; a page holds up to 10k SKUs.
    """
    failed_channel_sku_code_list: Annotated[
        list[str] | None, Field(alias="failedChannelSkuCodeList")
    ] = None
    """
    SKU codes not present in Assure.
    """
    has_more: Annotated[bool | None, Field(alias="hasMore")] = None
    """
    Whether more pages follow.
    """


class SellerCancellation(BaseModel):
    """
    A seller-side cancellation pushed by Assure.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_code: Annotated[str, Field(alias="orderCode")]
    location_code: Annotated[str, Field(alias="locationCode")]
    """
    Code used by channels to identify a warehouse.
    """
    order_items: Annotated[list[CancelledOrderItem], Field(alias="orderItems")]


class TaxItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    type: str
    """
    Type of tax
    """
    rate: Number
    """
    Tax rate for this tax type.
    """
    tax_per_unit: Annotated[Number, Field(alias="taxPerUnit")]
    tax_total: Annotated[Number, Field(alias="taxTotal")]


class ShipmentItemDetail(BaseModel):
    """
    One item of a posted shipment with its prices and tax split.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    order_item_code: Annotated[str, Field(alias="orderItemCode")]
    net_tax_amount_per_unit: Annotated[Number, Field(alias="netTaxAmountPerUnit")]
    """
    Tax per unit.
    """
    net_tax_amount_total: Annotated[Number, Field(alias="netTaxAmountTotal")]
    """
    Total tax.
    """
    base_selling_price_per_unit: Annotated[Number, Field(alias="baseSellingPricePerUnit")]
    base_selling_price_total: Annotated[Number, Field(alias="baseSellingPriceTotal")]
    selling_price_per_unit: Annotated[Number, Field(alias="sellingPricePerUnit")]
    """
    Unit selling price including tax.
    """
    selling_price_total: Annotated[Number, Field(alias="sellingPriceTotal")]
    quantity: int
    shipping_charge_per_unit: Annotated[Number | None, Field(alias="shippingChargePerUnit")] = None
    channel_discount: Annotated[Number | None, Field(alias="channelDiscount")] = None
    """
    Channel discount of the item.
    """
    tax_items: Annotated[list[TaxItem], Field(alias="taxItems")]


class PostedShipment(BaseModel):
    """
    A shipment of a completed order with its invoice data.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    shipment_code: Annotated[str | None, Field(alias="shipmentCode")] = None
    generated_invoice_id: Annotated[str | None, Field(alias="generatedInvoiceId")] = None
    """
    Invoice id generated by Assure.
    """
    generated_invoice_date: Annotated[DateTime | None, Field(alias="generatedInvoiceDate")] = None
    external_invoice_id: Annotated[str | None, Field(alias="externalInvoiceId")] = None
    """
    Invoice id provided by the channel.
    """
    external_invoice_date: Annotated[DateTime | None, Field(alias="externalInvoiceDate")] = None
    invoice_document_url: Annotated[str | None, Field(alias="invoiceDocumentUrl")] = None
    shipping_label_document_url: Annotated[str | None, Field(alias="shippingLabelDocumentUrl")] = (
        None
    )
    shipment_items: Annotated[list[ShipmentItemDetail], Field(alias="shipmentItems")]


class PostedOrderItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_item_code: Annotated[str, Field(alias="orderItemCode")]
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    ordered_quantity: Annotated[int, Field(alias="orderedQuantity")]
    cancelled_quantity: Annotated[int, Field(alias="cancelledQuantity")]
    channel_discount: Annotated[Number | None, Field(alias="channelDiscount")] = None
    """
    Discount provided by the channel per unit.
    """
    selling_price_per_unit: Annotated[Number, Field(alias="sellingPricePerUnit")]
    gift_charge_per_unit: Annotated[Number | None, Field(alias="giftChargePerUnit")] = None
    seller_discount: Annotated[Number | None, Field(alias="sellerDiscount")] = None
    shipping_charge: Annotated[Number | None, Field(alias="shippingCharge")] = None


class OrderEventType(StrEnum):
    """
    The order event an order posting reports.
    """

    OUTWARD_ORDER_CREATE = "OUTWARD_ORDER_CREATE"
    OUTWARD_ORDER_CANCEL = "OUTWARD_ORDER_CANCEL"
    OUTWARD_ORDER_COMPLETE = "OUTWARD_ORDER_COMPLETE"
    OUTWARD_ORDER_PARTIAL_CANCEL = "OUTWARD_ORDER_PARTIAL_CANCEL"


class OrderPosting(BaseModel):
    """
    A completed outward order posted by Assure.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    partner_code: Annotated[str, Field(alias="partnerCode")]
    """
    Customer code for SO/STO, vendor code for RTV; for marketplace orders the ERP channel name mapped in Assure.
    """
    partner_location_code: Annotated[str, Field(alias="partnerLocationCode")]
    """
    Customer location code for SO/STO
    """
    location_code: Annotated[str, Field(alias="locationCode")]
    """
    Warehouse that fulfilled the order.
    """
    order_code: Annotated[str, Field(alias="orderCode")]
    parent_order_code: Annotated[str | None, Field(alias="parentOrderCode")] = None
    """
    May be null, empty or repeated across orders.
    """
    is_priority: Annotated[bool | None, Field(alias="isPriority")] = None
    channel_name: Annotated[str, Field(alias="channelName")]
    """
    Channel name of the marketplace.
    """
    order_time: Annotated[DateTime, Field(alias="orderTime")]
    """
    Time the order was placed at the channel (ISO-8601; a Unix time in a numeric string also reads).
    """
    order_type: Annotated[OpenEnum[OutwardOrderType], Field(alias="orderType")]
    message_id: Annotated[int, Field(alias="messageId")]
    """
    Unique identifier of the notification.
    """
    payment_method: Annotated[OpenEnum[PaymentMethod], Field(alias="paymentMethod")]
    event_type: Annotated[OpenEnum[OrderEventType], Field(alias="eventType")]
    event_time: Annotated[DateTime, Field(alias="eventTime")]
    """
    Time the event was created.
    """
    virtual_sku_definitions: Annotated[
        list[PostedVirtualSkuDefinition] | None, Field(alias="virtualSkuDefinitions")
    ] = None
    shipping_charges: Annotated[Number | None, Field(alias="shippingCharges")] = None
    order_items: Annotated[list[PostedOrderItem], Field(alias="orderItems")]
    shipments: list[PostedShipment] | None = None
    shipping_address: Annotated[PostedAddress, Field(alias="shippingAddress")]
    billing_address: Annotated[PostedAddress, Field(alias="billingAddress")]


class GrnOrderType(StrEnum):
    """
    PO (purchase order), STO (stock transfer order), RO (return order).
    """

    PO = "PO"
    STO = "STO"
    RO = "RO"


class GateEntryGrnOrderType(StrEnum):
    """
    orderType of gate_entry_grn_notification — the inward types of the example and the outward types of its table row.
    """

    PO = "PO"
    STO = "STO"
    RO = "RO"
    SO = "SO"
    RTV = "RTV"
    RPO = "RPO"


class GrnOrderItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    qc_pass_quantity: Annotated[int, Field(alias="qcPassQuantity")]
    """
    QC-pass quantity inwarded.
    """
    qc_fail_quantity: Annotated[int, Field(alias="qcFailQuantity")]
    """
    QC-fail quantity inwarded.
    """


class GrnPostingOrderWise(BaseModel):
    """
    GRN of a closed inward order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_code: Annotated[str, Field(alias="orderCode")]
    order_type: Annotated[OpenEnum[GrnOrderType], Field(alias="orderType")]
    location_code: Annotated[str, Field(alias="locationCode")]
    message_id: Annotated[int, Field(alias="messageId")]
    """
    Unique identifier of the notification.
    """
    order_items: Annotated[list[GrnOrderItem], Field(alias="orderItems")]


class GrnPostingGateEntryWise(BaseModel):
    """
    GRN of a closed gate entry.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_code: Annotated[str, Field(alias="orderCode")]
    parent_order_code: Annotated[str | None, Field(alias="parentOrderCode")] = None
    """
    Parent order code sent when the inward order was created.
    """
    order_type: Annotated[OpenEnum[GrnOrderType], Field(alias="orderType")]
    invoice_id: Annotated[str, Field(alias="invoiceId")]
    """
    Id with which the shipment arrived in the warehouse.
    """
    awb_number: Annotated[str, Field(alias="awbNumber")]
    """
    AWB number of the shipment received.
    """
    external_invoice_date: Annotated[DateTime, Field(alias="externalInvoiceDate")]
    gate_entry_id: Annotated[str, Field(alias="gateEntryId")]
    """
    Id of the gate entry.
    """
    message_id: Annotated[int, Field(alias="messageId")]
    location_code: Annotated[str, Field(alias="locationCode")]
    order_items: Annotated[list[GrnOrderItem], Field(alias="orderItems")]


class GrnNotificationItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    qc_pass_absolute_quantity: Annotated[int, Field(alias="qcPassAbsoluteQuantity")]
    """
    Total QC-pass quantity GRNed in the order for the SKU.
    """
    qc_fail_absolute_quantity: Annotated[int, Field(alias="qcFailAbsoluteQuantity")]
    """
    Total QC-fail quantity GRNed in the order for the SKU.
    """
    qc_fail_delta_quantity: Annotated[int, Field(alias="qcFailDeltaQuantity")]
    """
    QC-fail quantity GRNed since the last notification for the order.
    """
    qc_pass_delta_quantity: Annotated[int, Field(alias="qcPassDeltaQuantity")]
    """
    QC-pass quantity GRNed since the last notification for the order.
    """


class GrnNotification(BaseModel):
    """
    Order-wise near-real-time GRN notification.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_code: Annotated[str, Field(alias="orderCode")]
    location_code: Annotated[str, Field(alias="locationCode")]
    message_id: Annotated[int, Field(alias="messageId")]
    """
    Unique identifier of the notification.
    """
    items: list[GrnNotificationItem]


class GateEntryGrnNotification(BaseModel):
    """
    Gate-entry-wise near-real-time GRN notification.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    invoice_id: Annotated[str | int, Field(alias="invoiceId")]
    """
    External invoice id given when the gate entry was created.
    """
    invoice_document_url: Annotated[str, Field(alias="invoiceDocumentUrl")]
    """
    Invoice document given at gate entry.
    """
    state_tax_document_url: Annotated[str, Field(alias="stateTaxDocumentUrl")]
    """
    State tax document given at gate entry.
    """
    shipping_label_document_url: Annotated[str, Field(alias="shippingLabelDocumentUrl")]
    """
    Shipping label given at gate entry.
    """
    transporter: str
    """
    Transporter that delivered the goods.
    """
    vehicle_number: Annotated[str, Field(alias="vehicleNumber")]
    """
    Vehicle that delivered the goods.
    """
    invoice_code: Annotated[str | None, Field(alias="invoiceCode")] = None
    gate_entry_created_at: Annotated[DateTime, Field(alias="gateEntryCreatedAt")]
    """
    Time the gate entry was created in Assure.
    """
    external_invoice_date: Annotated[DateTime, Field(alias="externalInvoiceDate")]
    awb_number: Annotated[str, Field(alias="awbNumber")]
    """
    AWB number of the shipment being inwarded.
    """
    gate_entry_id: Annotated[str | int | None, Field(alias="gateEntryId")] = None
    """
    Id of the gate entry.
    """
    message_id: Annotated[int, Field(alias="messageId")]
    """
    Unique identifier of the notification.
    """
    order_code: Annotated[str, Field(alias="orderCode")]
    order_type: Annotated[OpenEnum[GateEntryGrnOrderType], Field(alias="orderType")]
    location_code: Annotated[str, Field(alias="locationCode")]
    items: list[GrnNotificationItem]


class PackageDimensions(BaseModel):
    """
    Dimensions of the packed box.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    length: Number | None = None
    breadth: Number | None = None
    height: Number | None = None


class InvoiceItem(BaseModel):
    """
    One invoice line of a pack notification; every key is optional.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    actual_selling_price_per_unit: Annotated[
        Number | None, Field(alias="actualSellingPricePerUnit")
    ] = None
    """
    Selling price per unit including tax.
    """
    actual_selling_price_total: Annotated[Number | None, Field(alias="actualSellingPriceTotal")] = (
        None
    )
    """
    Total selling price including tax.
    """
    channel_sku_code: Annotated[str | None, Field(alias="channelSkuCode")] = None
    item_name: Annotated[str | None, Field(alias="itemName")] = None
    quantity: int | None = None
    tax_rule: Annotated[str | None, Field(alias="taxRule")] = None
    """
    Tax rule of the product (free text here
    """
    hsn_code: Annotated[str | None, Field(alias="hsnCode")] = None
    vendor_sku: Annotated[str | None, Field(alias="vendorSku")] = None
    """
    Client SKU code.
    """
    mrp: Number | None = None
    brand: str | None = None
    style_code: Annotated[str | None, Field(alias="styleCode")] = None
    color: str | None = None
    size: str | None = None
    category: str | None = None
    image_url: Annotated[str | None, Field(alias="imageUrl")] = None


class PackInvoice(BaseModel):
    """
    Invoice details of a pack notification.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    from_address: Annotated[Address | None, Field(alias="fromAddress")] = None
    shipping_address: Annotated[Address, Field(alias="shippingAddress")]
    billing_address: Annotated[Address, Field(alias="billingAddress")]
    order_time: Annotated[DateTime | None, Field(alias="orderTime")] = None
    channel_name: Annotated[str | None, Field(alias="channelName")] = None
    from_party_name: Annotated[str | None, Field(alias="fromPartyName")] = None
    """
    Name of the seller.
    """
    to_party_name: Annotated[str | None, Field(alias="toPartyName")] = None
    """
    Name of the buyer.
    """
    from_tin: Annotated[str | None, Field(alias="fromTIN")] = None
    """
    Seller GSTIN.
    """
    to_tin: Annotated[str | None, Field(alias="toTIN")] = None
    """
    Buyer GSTIN.
    """
    pan_no: Annotated[str | None, Field(alias="panNo")] = None
    """
    Client's PAN number.
    """
    invoice_items: Annotated[list[InvoiceItem] | None, Field(alias="invoiceItems")] = None


class PackShipmentItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    order_item_code: Annotated[str, Field(alias="orderItemCode")]
    quantity: int
    item_codes: Annotated[list[str] | None, Field(alias="itemCodes")] = None
    """
    External item ids of the item.
    """


class PackOrder(BaseModel):
    """
    A pack notification.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_code: Annotated[str, Field(alias="orderCode")]
    location_code: Annotated[str, Field(alias="locationCode")]
    shipment_id: Annotated[int, Field(alias="shipmentId")]
    """
    Assure's shipment id; the same on repeated calls.
    """
    package_sku: Annotated[str | None, Field(alias="packageSku")] = None
    """
    SKU of the packing material.
    """
    weight: Number | None = None
    """
    Weight of the package in grams.
    """
    dimensions: PackageDimensions | None = None
    invoice: PackInvoice
    shipment_items: Annotated[list[PackShipmentItem], Field(alias="shipmentItems")]


class PackedShipmentItem(BaseModel):
    """
    Its keys are required when shipmentItems is sent.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    order_item_code: Annotated[str, Field(alias="orderItemCode")]
    quantity: int


class PackOrderResponse(BaseModel):
    """
    The ERP's answer to pack_order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    shipment_code: Annotated[str, Field(alias="shipmentCode")]
    """
    Unique code the channel uses for the shipment.
    """
    shipment_items: Annotated[list[PackedShipmentItem] | None, Field(alias="shipmentItems")] = None


class InvoiceDetail(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    order_item_code: Annotated[str | None, Field(alias="orderItemCode")] = None
    net_tax_amount_per_unit: Annotated[Number, Field(alias="netTaxAmountPerUnit")]
    net_tax_amount_total: Annotated[Number, Field(alias="netTaxAmountTotal")]
    base_selling_price_per_unit: Annotated[Number, Field(alias="baseSellingPricePerUnit")]
    base_selling_price_total: Annotated[Number, Field(alias="baseSellingPriceTotal")]
    actual_selling_price_per_unit: Annotated[Number, Field(alias="actualSellingPricePerUnit")]
    actual_selling_price_total: Annotated[Number, Field(alias="actualSellingPriceTotal")]
    quantity: int
    """
    Total quantity of the SKU on the line.
    """
    tax_items: Annotated[list[TaxItem], Field(alias="taxItems")]


class InvoiceResponse(BaseModel):
    """
    The ERP's answer to get_invoice. Send at least one of invoiceUrl and invoice.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    invoice_code: Annotated[str | None, Field(alias="invoiceCode")] = None
    invoice_url: Annotated[str | None, Field(alias="invoiceUrl")] = None
    """
    Downloadable PDF URL of the invoice.
    """
    invoice_date: Annotated[DateTime, Field(alias="invoiceDate")]
    invoice: str | None = None
    """
    Base64-encoded invoice PDF.
    """
    invoice_details: Annotated[list[InvoiceDetail], Field(alias="invoiceDetails")]


class ShippingLabelResponse(BaseModel):
    """
    The ERP's answer to get_shipping_label. Send at least one of shippingLabelUrl and shippingLabel.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    shipping_label_url: Annotated[str | None, Field(alias="shippingLabelUrl")] = None
    """
    Downloadable PDF URL of the label.
    """
    awb_number: Annotated[str, Field(alias="awbNumber")]
    """
    Tracking number from the courier.
    """
    shipping_label: Annotated[str | None, Field(alias="shippingLabel")] = None
    """
    Base64-encoded shipping label.
    """
    transporter: str
    """
    Courier partner name.
    """


class HandoverItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_code: Annotated[str, Field(alias="orderCode")]
    shipment_code: Annotated[str, Field(alias="shipmentCode")]


class HandoverNotification(BaseModel):
    """
    Shipments handed over at a warehouse.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    location_code: Annotated[str, Field(alias="locationCode")]
    """
    Warehouse the orders are shipped from.
    """
    handover_items: Annotated[list[HandoverItem], Field(alias="handoverItems")]


class ReturnOrderItemStatus(StrEnum):
    """
    Status of a return item.
    """

    CREATED = "CREATED"
    PROCESSING = "PROCESSING"
    MISSING = "MISSING"
    RECEIVED = "RECEIVED"
    CANCELLED = "CANCELLED"


class ReturnOrderType(StrEnum):
    """
    Kind of return.
    """

    RETURN_TO_ORIGIN = "RETURN_TO_ORIGIN"
    CUSTOMER_RETURN = "CUSTOMER_RETURN"
    SELF_SHIP = "SELF_SHIP"


class ReturnItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    item_code: Annotated[str | None, Field(alias="itemCode")] = None
    """
    The ERP's unique id of the order item.
    """
    return_reason: Annotated[str | None, Field(alias="returnReason")] = None
    """
    Reason for the return as given by the customer.
    """
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]
    return_order_item_status: Annotated[
        OpenEnum[ReturnOrderItemStatus], Field(alias="returnOrderItemStatus")
    ]
    qc_status: Annotated[OpenEnum[QcStatus], Field(alias="qcStatus")]
    qc_reason: Annotated[str | None, Field(alias="qcReason")] = None
    """
    Why the item was marked QC fail.
    """
    image_urls: Annotated[list[str] | None, Field(alias="imageUrls")] = None
    """
    Images of the item; only when it was marked QC fail.
    """


class ReturnShipment(BaseModel):
    """
    A forward shipment of the returned order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    shipment_code: Annotated[str | None, Field(alias="shipmentCode")] = None
    generated_invoice_id: Annotated[str | None, Field(alias="generatedInvoiceId")] = None
    generated_invoice_date: Annotated[DateTime | None, Field(alias="generatedInvoiceDate")] = None
    external_invoice_id: Annotated[str | None, Field(alias="externalInvoiceId")] = None
    external_invoice_date: Annotated[DateTime, Field(alias="externalInvoiceDate")]
    """
    Invoice date provided by the channel.
    """
    invoice_document_url: Annotated[str | None, Field(alias="invoiceDocumentUrl")] = None
    shipping_label_document_url: Annotated[str | None, Field(alias="shippingLabelDocumentUrl")] = (
        None
    )
    shipment_items: Annotated[list[ShipmentItemDetail], Field(alias="shipmentItems")]


class ReturnOrderPosting(BaseModel):
    """
    A processed B2C return order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    partner_code: Annotated[str, Field(alias="partnerCode")]
    """
    Customer code in the channel.
    """
    partner_location_code: Annotated[str, Field(alias="partnerLocationCode")]
    """
    Customer location code in the channel.
    """
    location_code: Annotated[str, Field(alias="locationCode")]
    """
    Warehouse where the return is received.
    """
    channel_name: Annotated[str, Field(alias="channelName")]
    """
    Marketplace name.
    """
    return_order_code: Annotated[str, Field(alias="returnOrderCode")]
    forward_order_code: Annotated[str, Field(alias="forwardOrderCode")]
    return_creation_time: Annotated[DateTime | None, Field(alias="returnCreationTime")] = None
    message_id: Annotated[int, Field(alias="messageId")]
    """
    Unique identifier of the notification.
    """
    payment_method: Annotated[OpenEnum[PaymentMethod], Field(alias="paymentMethod")]
    return_order_type: Annotated[
        OpenEnum[ReturnOrderType] | None, Field(alias="returnOrderType")
    ] = None
    event_time: Annotated[DateTime, Field(alias="eventTime")]
    """
    Time the event was created.
    """
    items: list[ReturnItem]
    shipments: list[ReturnShipment] | None = None
    shipping_address: Annotated[PostedAddress, Field(alias="shippingAddress")]
    billing_address: Annotated[PostedAddress, Field(alias="billingAddress")]


class InventoryCount(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    quantity: int
    """
    Absolute quantity available for sale in Assure.
    """
    channel_sku_code: Annotated[str, Field(alias="channelSkuCode")]


class InventoryCountUpdate(BaseModel):
    """
    A batch of absolute available-for-sale quantities.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    location_code: Annotated[str, Field(alias="locationCode")]
    """
    Identifier of the warehouse in the channel.
    """
    inventories: list[InventoryCount]


class InventoryCountUpdateResponse(BaseModel):
    """
    The ERP's answer to update_inventory_count.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    failure_list: Annotated[list[str], Field(alias="failureList")]
    """
    channelSkuCodes whose update failed.
    """
    success_list: Annotated[list[str], Field(alias="successList")]
    """
    channelSkuCodes updated successfully.
    """
