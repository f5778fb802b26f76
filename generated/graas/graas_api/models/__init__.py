# Generated from specs/graas.yaml by vendorgen. Do not edit: regenerate instead.
"""Pydantic v2 models of Graas API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import BaseModel, ConfigDict, Field
from typing import TypeAlias
from enum import StrEnum
from .._types import Number, OpenEnum


class ErrorBody(BaseModel):
    """
    The documented error body, `{"errorMessage": "sellerSku : fxlm already exists"}`.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    error_message: Annotated[str | None, Field(alias="errorMessage")] = None
    """
    Human-readable error message.
    """


class AccountErrorBody(BaseModel):
    """
    The account calls' failure body, status "failure".
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    status: str
    """
    "failure" when the request failed.
    """


CurrencyCode: TypeAlias = str
"""ISO 4217 currency code, e.g. SGD, IDR, INR, USD."""


class Status(StrEnum):
    """
    Whether the request was processed successfully.
    """

    SUCCESS = "success"
    FAILURE = "failure"


class DefaultLocale(StrEnum):
    """
    Dashboard language: en_US English (default), in_ID Bahasa (ID only), my_MY Malay (MY only), th_TH Thai (TH only), vi_VN Vietnamese (VN only), zh_CN Simplified Chinese (all countries).
    """

    EN_US = "en_US"
    IN_ID = "in_ID"
    MY_MY = "my_MY"
    TH_TH = "th_TH"
    VI_VN = "vi_VN"
    ZH_CN = "zh_CN"


class AccountAuthRequest(BaseModel):
    """
    Create-account request.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    email: str
    """
    User email ID (checked for uniqueness).
    """
    business_name: Annotated[str, Field(alias="businessName")]
    """
    Business name.
    """
    phone_number: Annotated[str | None, Field(alias="phoneNumber")] = None
    """
    Phone number, e.g. "+99678300810" (the table says int; see the operation's note).
    """
    state: str | None = None
    """
    Any value your application uses to keep state; returned unchanged as a query parameter of redirectURL.
    """
    redirect_url: Annotated[str, Field(alias="redirectURL")]
    """
    Where the user is redirected after completing the authorization flow.
    """
    country_code: Annotated[str | None, Field(alias="countryCode")] = None
    """
    Business country, ISO 3166-1 alpha-2.
    """
    currency_code: Annotated[CurrencyCode | None, Field(alias="currencyCode")] = None
    default_locale: Annotated[OpenEnum[DefaultLocale] | None, Field(alias="defaultLocale")] = (
        DefaultLocale.EN_US
    )
    """
    Dashboard language: en_US English (default), in_ID Bahasa (ID only), my_MY Malay (MY only), th_TH Thai (TH only), vi_VN Vietnamese (VN only), zh_CN Simplified Chinese (all countries).
    """


class AccountAuthResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    status: OpenEnum[Status] | None = None
    url: str | None = None
    """
    URL for password verification or for creating a new password for the email.
    """


class LongTokenResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    long_token: Annotated[str, Field(alias="longToken")]
    """
    Send as "Authorization: Bearer <longToken>" (the longToken scheme).
    """


class ShortTokenResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    status: OpenEnum[Status] | None = None
    access_token: Annotated[str | None, Field(alias="accessToken")] = None
    """
    Token for the embedded dashboard, valid for 1 hour.
    """


class PricingCategory(StrEnum):
    """
    T - trial account, P - premium account.
    """

    T = "T"
    P = "P"


class KartrocketCredentials(BaseModel):
    """
    The seller's Kartrocket credentials.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    kartrocket_api_key: Annotated[str | None, Field(alias="kartrocketApiKey")] = None
    """
    The Kartrocket API key.
    """
    kartrocket_web_url: Annotated[str | None, Field(alias="kartrocketWebUrl")] = None
    """
    The Kartrocket web URL.
    """


class KartrocketAccountRequest(BaseModel):
    """
    Create a Graas account with a Kartrocket account.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    sellinall_id: Annotated[str | None, Field(alias="SELLinALLId")] = None
    """
    User email ID.
    """
    name: str | None = None
    """
    User name.
    """
    phone_number: Annotated[str | None, Field(alias="phoneNumber")] = None
    """
    Phone number, e.g. "+915464645423" (the table says int).
    """
    pricing_category: Annotated[
        OpenEnum[PricingCategory] | None, Field(alias="pricingCategory")
    ] = None
    kartrocket: KartrocketCredentials | None = None


class CountryCode(StrEnum):
    """
    The Lazada country.
    """

    SG = "SG"
    ID = "ID"
    MY = "MY"
    PH = "PH"
    TH = "TH"


class LazadaCredentials(BaseModel):
    """
    The seller's Lazada credentials.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    user_id: Annotated[str | None, Field(alias="userID")] = None
    """
    The user id given by Lazada.
    """
    apikey: str | None = None
    """
    The API key given by Lazada.
    """
    country_code: Annotated[OpenEnum[CountryCode] | None, Field(alias="countryCode")] = None
    """
    The Lazada country.
    """


class LazadaAccountRequest(BaseModel):
    """
    Create a Graas account with a Lazada account.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    graas_id: Annotated[str | None, Field(alias="GraasId")] = None
    """
    User email ID (the example's name for the field).
    """
    sellinall_id: Annotated[str | None, Field(alias="SELLinALLId")] = None
    """
    User email ID (the table's name for the field; see the operation's note).
    """
    name: str | None = None
    """
    User name.
    """
    phone_number: Annotated[str | None, Field(alias="phoneNumber")] = None
    """
    Phone number, e.g. "+915464645423" (the table says int).
    """
    pricing_category: Annotated[
        OpenEnum[PricingCategory] | None, Field(alias="pricingCategory")
    ] = None
    lazada: LazadaCredentials | None = None


class ChannelAccountResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    account_number: Annotated[str | None, Field(alias="accountNumber")] = None
    """
    The new seller account number (the accountNumber header of later calls).
    """
    status: OpenEnum[Status] | None = None
    url: str | None = None
    """
    Sign-up URL where the user sets a password and completes registration.
    """
    response_message: Annotated[str | None, Field(alias="responseMessage")] = None


class WarehouseQuantity(BaseModel):
    """
    A quantity in one warehouse.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    warehouse_id: Annotated[str | None, Field(alias="warehouseID")] = "MyStock-1"
    """
    A warehouse ID linked to SiA; the default warehouse is MyStock-1.
    """
    quantity: int
    """
    The quantity in that warehouse.
    """


class VariantAttribute(BaseModel):
    """
    One variant attribute (e.g. colour or size), in English (key/value) or Thai (key_thTH/value_thTH).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    key: str | None = None
    """
    Variant name, e.g. color, size.
    """
    value: str | None = None
    """
    Variant value, e.g. red, xl.
    """
    key_th_th: Annotated[str | None, Field(alias="key_thTH")] = None
    """
    Variant name in Thai.
    """
    value_th_th: Annotated[str | None, Field(alias="value_thTH")] = None
    """
    Variant value in Thai.
    """


class OtherAttribute(BaseModel):
    """
    One common product attribute (e.g. gender, brand, tags), in English (key/values) or Thai (key_thTH/values_thTH).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    key: str | None = None
    """
    Attribute name.
    """
    values: list[str] | None = None
    key_th_th: Annotated[str | None, Field(alias="key_thTH")] = None
    """
    Attribute name in Thai.
    """
    values_th_th: Annotated[list[str] | None, Field(alias="values_thTH")] = None


class SkuQuantities(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    seller_sku: Annotated[str, Field(alias="sellerSKU")]
    """
    The seller SKU of the product master to update.
    """
    quantities: list[WarehouseQuantity]
    """
    The new quantity per warehouse.
    """


class BulkQuantitiesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    data: list[SkuQuantities]


class WarehouseQuantityDiff(BaseModel):
    """
    A quantity to add in one warehouse.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    quantity_diff: Annotated[int, Field(alias="quantityDiff")]
    """
    Quantity to be added to the existing inventory.
    """
    warehouse_id: Annotated[str | None, Field(alias="warehouseID")] = "MyStock-1"
    """
    A warehouse ID linked to SiA; the default warehouse is MyStock-1.
    """


class SkuQuantityDiffs(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    seller_sku: Annotated[str, Field(alias="sellerSKU")]
    """
    The seller SKU of the product master to update.
    """
    quantity_diffs: Annotated[list[WarehouseQuantityDiff], Field(alias="quantityDiffs")]
    """
    The quantity to add per warehouse (the table calls this array quantityDiff).
    """


class BulkQuantityDiffsRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    data: list[SkuQuantityDiffs]


class SkuQuantityResult(BaseModel):
    """
    The outcome for one SKU of a bulk quantity update.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    seller_sku: Annotated[str | None, Field(alias="sellerSKU")] = None
    status: OpenEnum[Status] | None = None
    updated_quantity: Annotated[list[WarehouseQuantity] | None, Field(alias="updatedQuantity")] = (
        None
    )
    """
    The quantities after the update, per warehouse.
    """
    http_code: Annotated[int | None, Field(alias="httpCode")] = None
    """
    The HTTP status of this SKU's update (200 or 400 in the doc).
    """


class BulkQuantityResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    result: list[SkuQuantityResult] | None = None


class OrderStatus(StrEnum):
    """
    Order status.
    """

    INITIATED = "INITIATED"
    ACCEPTED = "ACCEPTED"
    PROCESSING = "PROCESSING"
    DISPATCHED = "DISPATCHED"
    DELIVERED = "DELIVERED"
    CANCELLED = "CANCELLED"
    RETURNED = "RETURNED"
    CANCEL_PENDING = "CANCEL_PENDING"
    CANCEL_REQUESTED = "CANCEL_REQUESTED"
    RETURN_REQUESTED = "RETURN_REQUESTED"
    RETURN_SHIPPED = "RETURN_SHIPPED"
    RETURN_REJECTED = "RETURN_REJECTED"
    DELIVERY_FAILED = "DELIVERY_FAILED"


class PaymentStatus(StrEnum):
    """
    Payment status.
    """

    NOT_INITIATED = "NOT_INITIATED"
    AUTHORIZED = "AUTHORIZED"
    COMPLETED = "COMPLETED"
    REFUNDED = "REFUNDED"


class ShippingStatus(StrEnum):
    """
    Shipping status (plus DELIVERED and RETURNED seen in the examples).
    """

    NOT_SHIPPED = "NOT_SHIPPED"
    SHIPPED = "SHIPPED"
    READY_TO_SHIP = "READY_TO_SHIP"
    DELIVERED = "DELIVERED"
    RETURNED = "RETURNED"


class Site(BaseModel):
    """
    The marketplace account of an order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: str | None = None
    """
    Marketplace name, e.g. qoo10, lazada.
    """
    nick_name_id: Annotated[str | None, Field(alias="nickNameID")] = None
    """
    Graas's unique identifier of the seller's marketplace account, e.g. lazada-1.
    """


class BuyerDetails(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: str | None = None
    """
    Buyer name.
    """
    email: str | None = None
    """
    Buyer email address.
    """


class Address(BaseModel):
    """
    Buyer (shipping) address.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: str | None = None
    street1: str | None = None
    street2: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    """
    Country, as a code ("SG") or a name ("Singapore") — both appear.
    """
    phone: str | int | None = None
    """
    Phone number (a string, or a number in one example).
    """
    postal_code: Annotated[str | int | None, Field(alias="postalCode")] = None
    """
    Postal code (a string, or a number in one example).
    """


class TrackingDetails(BaseModel):
    """
    Shipping tracking details.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    airway_bill: Annotated[str | None, Field(alias="airwayBill")] = None
    """
    Tracking number of the order.
    """
    courier_name: Annotated[str | None, Field(alias="courierName")] = None
    """
    The company that ships the order.
    """
    remarks: str | None = None
    """
    Comment on the order info.
    """
    pickup_voucher_code: Annotated[str | None, Field(alias="pickupVoucherCode")] = None
    """
    Secret code to pick the order up from the store (courierName "Store Pickup").
    """


class ShippingDetails(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    address: Address | None = None
    shipping_tracking_details: Annotated[
        TrackingDetails | None, Field(alias="shippingTrackingDetails")
    ] = None
    shipping_tracking_details_list: Annotated[
        list[TrackingDetails] | None, Field(alias="shippingTrackingDetailsList")
    ] = None


class Documents(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    shipping_label_url: Annotated[str | None, Field(alias="shippingLabelUrl")] = None
    """
    Shipping label URL; the file format is marketplace-specific (png, html, pdf...).
    """


class VariantDetail(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    title: str | None = None
    """
    Variant name, e.g. Colour.
    """
    name: str | None = None
    """
    Variant value, e.g. Sunrise Yellow.
    """


class OrderType(StrEnum):
    """
    Delivery or Pickup (qoo10 only).
    """

    DELIVERY = "Delivery"
    PICKUP = "Pickup"


class OrderItemRef(BaseModel):
    """
    An order item to process (partial order processing, Lazada only).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_item_id: Annotated[str | None, Field(alias="orderItemID")] = None
    """
    Marketplace order item reference ID.
    """
    seller_sku: Annotated[str | None, Field(alias="sellerSKU")] = None
    """
    The seller's product SKU.
    """


class CancelDetails(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    cancel_reason: Annotated[str | None, Field(alias="cancelReason")] = None
    """
    The reason for cancelling, e.g. OUT_OF_STOCK.
    """


class AcceptOrderUpdate(BaseModel):
    """
    One order to accept.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_id: Annotated[str, Field(alias="orderID")]
    """
    The order to accept; the call fails for an unknown orderID.
    """
    order_status: Annotated[Literal["ACCEPTED"], Field(alias="orderStatus")]
    site: Site
    shipping_tracking_details: Annotated[
        TrackingDetails | None, Field(alias="shippingTrackingDetails")
    ] = None
    order_items: Annotated[list[OrderItemRef] | None, Field(alias="orderItems")] = None
    """
    The items to accept (partial processing, Lazada only).
    """


class CancelOrderUpdate(BaseModel):
    """
    One order to cancel.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_id: Annotated[str, Field(alias="orderID")]
    """
    The order to cancel.
    """
    order_status: Annotated[Literal["CANCELLED"], Field(alias="orderStatus")]
    site: Site
    need_to_update_order: Annotated[bool | None, Field(alias="needToUpdateOrder")] = None
    """
    Shown as true in the doc's example; not explained.
    """
    cancel_details: Annotated[CancelDetails | None, Field(alias="cancelDetails")] = None
    order_items: Annotated[list[OrderItemRef] | None, Field(alias="orderItems")] = None
    """
    The items to cancel (partial processing, Lazada only).
    """


class AcceptOrderRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    data: list[AcceptOrderUpdate]


class CancelOrderRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    data: list[CancelOrderUpdate]


OrderUpdateRequest: TypeAlias = AcceptOrderRequest | CancelOrderRequest
"""The PUT /v1/orders body — an accept_order or a cancel_order request."""


class AcceptOrderResult(BaseModel):
    """
    The outcome for one accepted order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    response: AcceptOrderUpdate | None = None
    http_code: Annotated[int | None, Field(alias="httpCode")] = None
    """
    The HTTP status for this order (202 accepted, 404 not found).
    """
    error_message: Annotated[str | None, Field(alias="errorMessage")] = None
    """
    e.g. "Record Not Found".
    """


class CancelOrderResult(BaseModel):
    """
    The outcome for one cancelled order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    response: CancelOrderUpdate | None = None
    http_code: Annotated[int | None, Field(alias="httpCode")] = None
    """
    The HTTP status for this order (202 accepted, 404 not found).
    """
    error_message: Annotated[str | None, Field(alias="errorMessage")] = None
    """
    e.g. "Record Not Found".
    """


class AcceptOrderResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    result: list[AcceptOrderResult] | None = None


class CancelOrderResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    result: list[CancelOrderResult] | None = None


OrderUpdateResponse: TypeAlias = AcceptOrderResponse | CancelOrderResponse
"""The PUT /v1/orders result — of an accept_order or a cancel_order request."""


class AsnAmount(BaseModel):
    """
    An ASN item's price in minor units; the currency is SGD unless given.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    amount: int
    """
    The amount in minor units (23.00 → 2300).

    An amount in minor units of the currency in `currencyCode` (10.99 is sent as 1099).
    """
    currency_code: Annotated[str | None, Field(alias="currencyCode")] = "SGD"
    """
    ISO 4217 currency code; SGD when left out.
    """


class AsnItem(BaseModel):
    """
    One item of an ASN.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    seller_sku: Annotated[str | None, Field(alias="sellerSKU")] = None
    """
    The seller's product SKU.
    """
    description: str | None = None
    """
    Description of the product.
    """
    quantity: int | None = None
    """
    The quantity.
    """
    uom: int | None = 1
    """
    Unit of measure; 1 (units) by default.
    """
    item_amount: Annotated[AsnAmount | None, Field(alias="itemAmount")] = None


class CreateAsnRequest(BaseModel):
    """
    A new ASN.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    warehouse_id: Annotated[str | None, Field(alias="warehouseID")] = None
    """
    Unique identifier of a WMS account.
    """
    supplier_id: Annotated[int, Field(alias="supplierID")]
    """
    The supplier's ID in the SiA WMS (the Graas team provides the list).
    """
    supplier_ref: Annotated[str | None, Field(alias="supplierRef")] = None
    """
    A reference for the supplier.
    """
    date: int | None = None
    """
    Unix time (seconds).
    """
    order_items: Annotated[list[AsnItem] | None, Field(alias="orderItems")] = None


class CreateAsnResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    asn_id: Annotated[int, Field(alias="asnID")]
    """
    The new ASN's ID.
    """


class AsnIdsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    asn_ids: Annotated[list[int] | None, Field(alias="asnIDs")] = None


class Money(BaseModel):
    """
    An amount in minor units with its currency code: 10.99 SGD is {"amount": 1099, "currencyCode": "SGD"}.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    amount: int
    """
    The amount in minor units (10.99 → 1099).

    An amount in minor units of the currency in `currencyCode` (10.99 is sent as 1099).
    """
    currency_code: Annotated[CurrencyCode, Field(alias="currencyCode")]


class Price(BaseModel):
    """
    The retail and sale price in one currency.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    currency_code: Annotated[CurrencyCode, Field(alias="currencyCode")]
    retail_price: Annotated[Money | None, Field(alias="retailPrice")] = None
    sale_price: Annotated[Money | None, Field(alias="salePrice")] = None


class ProductMasterCreateRequest(BaseModel):
    """
    A product master.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    seller_sku: Annotated[str, Field(alias="sellerSKU")]
    """
    The seller's product SKU, used when listing on marketplaces.
    """
    product_id: Annotated[str, Field(alias="productID")]
    """
    Seller-defined ID grouping related SKUs as variants.
    """
    item_title: Annotated[str, Field(alias="itemTitle")]
    """
    The title of the product.
    """
    short_description: Annotated[str | None, Field(alias="shortDescription")] = None
    """
    Highlights of the product.
    """
    item_description: Annotated[str, Field(alias="itemDescription")]
    """
    Description of the product.
    """
    item_title_th_th: Annotated[str | None, Field(alias="itemTitle_thTH")] = None
    """
    The title in Thai.
    """
    short_description_th_th: Annotated[str | None, Field(alias="shortDescription_thTH")] = None
    """
    Highlights in Thai.
    """
    item_description_th_th: Annotated[str | None, Field(alias="itemDescription_thTH")] = None
    """
    Description in Thai.
    """
    image_urls: Annotated[list[str], Field(alias="imageURLs")]
    """
    The image URLs of the product.
    """
    size_chart_image_url: Annotated[str | None, Field(alias="sizeChartImageURL")] = None
    """
    The size-chart image URL.
    """
    quantities: list[WarehouseQuantity]
    """
    Quantities per warehouse.
    """
    price: list[Price]
    """
    The price in each currency (one entry per currencyCode).
    """
    variant_attributes: Annotated[
        list[VariantAttribute] | None, Field(alias="variantAttributes")
    ] = None
    """
    Variant details; required when the item belongs to a variation.
    """
    other_attributes: Annotated[list[OtherAttribute] | None, Field(alias="otherAttributes")] = None
    """
    All common attributes of the product.
    """
    package_length_in_cm: Annotated[Number, Field(alias="packageLengthInCM")]
    """
    Package length in cm (the table spells it packageLenthInCM).
    """
    package_width_in_cm: Annotated[Number, Field(alias="packageWidthInCM")]
    """
    Package width in cm.
    """
    package_height_in_cm: Annotated[Number, Field(alias="packageHeightInCM")]
    """
    Package height in cm.
    """
    package_weight_in_kg: Annotated[Number, Field(alias="packageWeightInKG")]
    """
    Package weight in kg.
    """


class ProductMasterUpdateRequest(BaseModel):
    """
    A partial product master: sellerSKU plus at least one field to change.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    seller_sku: Annotated[str, Field(alias="sellerSKU")]
    """
    The seller's product SKU, used when listing on marketplaces.
    """
    product_id: Annotated[str | None, Field(alias="productID")] = None
    """
    Seller-defined ID grouping related SKUs as variants.
    """
    item_title: Annotated[str | None, Field(alias="itemTitle")] = None
    """
    The title of the product.
    """
    short_description: Annotated[str | None, Field(alias="shortDescription")] = None
    """
    Highlights of the product.
    """
    item_description: Annotated[str | None, Field(alias="itemDescription")] = None
    """
    Description of the product.
    """
    item_title_th_th: Annotated[str | None, Field(alias="itemTitle_thTH")] = None
    """
    The title in Thai.
    """
    short_description_th_th: Annotated[str | None, Field(alias="shortDescription_thTH")] = None
    """
    Highlights in Thai.
    """
    item_description_th_th: Annotated[str | None, Field(alias="itemDescription_thTH")] = None
    """
    Description in Thai.
    """
    image_urls: Annotated[list[str] | None, Field(alias="imageURLs")] = None
    """
    The image URLs of the product.
    """
    size_chart_image_url: Annotated[str | None, Field(alias="sizeChartImageURL")] = None
    """
    The size-chart image URL.
    """
    quantities: list[WarehouseQuantity] | None = None
    """
    Quantities per warehouse.
    """
    price: list[Price] | None = None
    """
    The price in each currency (one entry per currencyCode).
    """
    variant_attributes: Annotated[
        list[VariantAttribute] | None, Field(alias="variantAttributes")
    ] = None
    """
    Variant details; required when the item belongs to a variation.
    """
    other_attributes: Annotated[list[OtherAttribute] | None, Field(alias="otherAttributes")] = None
    """
    All common attributes of the product.
    """
    package_length_in_cm: Annotated[Number | None, Field(alias="packageLengthInCM")] = None
    """
    Package length in cm (the table spells it packageLenthInCM).
    """
    package_width_in_cm: Annotated[Number | None, Field(alias="packageWidthInCM")] = None
    """
    Package width in cm.
    """
    package_height_in_cm: Annotated[Number | None, Field(alias="packageHeightInCM")] = None
    """
    Package height in cm.
    """
    package_weight_in_kg: Annotated[Number | None, Field(alias="packageWeightInKG")] = None
    """
    Package weight in kg.
    """


class OrderItem(BaseModel):
    """
    One purchased item of an order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_item_id: Annotated[str | None, Field(alias="orderItemID")] = None
    """
    Marketplace ID of the purchased order item.
    """
    sku: Annotated[str | None, Field(alias="SKU")] = None
    """
    Unique identifier of the product in SELLinALL (Graas).
    """
    custom_sku: Annotated[str | None, Field(alias="customSKU")] = None
    shop_id: Annotated[str | None, Field(alias="shopId")] = None
    shop_sku: Annotated[str | None, Field(alias="shopSKU")] = None
    quantity: int | None = None
    """
    The number of items purchased.
    """
    item_amount: Annotated[Money | None, Field(alias="itemAmount")] = None
    item_sold_amount: Annotated[Money | None, Field(alias="itemSoldAmount")] = None
    shipping_amount: Annotated[Money | None, Field(alias="shippingAmount")] = None
    seller_discount_amount: Annotated[Money | None, Field(alias="sellerDiscountAmount")] = None
    settlement_amount: Annotated[Money | None, Field(alias="settlementAmount")] = None
    order_type: Annotated[OpenEnum[OrderType] | None, Field(alias="orderType")] = None
    """
    Delivery or Pickup (qoo10 only).
    """
    item_title: Annotated[str | None, Field(alias="itemTitle")] = None
    image_url: Annotated[str | None, Field(alias="imageURL")] = None
    """
    Image URL of the product (may be empty).
    """
    variant_details: Annotated[list[VariantDetail] | None, Field(alias="variantDetails")] = None
    is_option: Annotated[bool | None, Field(alias="isOption")] = None
    category_name: Annotated[str | None, Field(alias="categoryName")] = None
    category_id: Annotated[str | None, Field(alias="categoryID")] = None
    delivery_type: Annotated[str | None, Field(alias="deliveryType")] = None
    """
    e.g. Dropshipping, Own Warehouse.
    """
    shipping_provider_type: Annotated[str | None, Field(alias="shippingProviderType")] = None
    """
    e.g. standard, economy.
    """
    time_order_created: Annotated[int | None, Field(alias="timeOrderCreated")] = None
    """
    Unix time (seconds) the order was created in the marketplace.
    """
    order_status: Annotated[OpenEnum[OrderStatus] | None, Field(alias="orderStatus")] = None
    payment_status: Annotated[OpenEnum[PaymentStatus] | None, Field(alias="paymentStatus")] = None
    shipping_status: Annotated[OpenEnum[ShippingStatus] | None, Field(alias="shippingStatus")] = (
        None
    )
    shipping_tracking_details: Annotated[
        TrackingDetails | None, Field(alias="shippingTrackingDetails")
    ] = None


class Order(BaseModel):
    """
    A marketplace sales order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    site: Site | None = None
    order_id: Annotated[str | None, Field(alias="orderID")] = None
    """
    Unique identifier of the order.
    """
    order_number: Annotated[str | None, Field(alias="orderNumber")] = None
    """
    Unique identifier of the order.
    """
    cart_number: Annotated[str | None, Field(alias="cartNumber")] = None
    """
    ID of combined orders (qoo10 and 11street only).
    """
    invoice_number: Annotated[str | None, Field(alias="invoiceNumber")] = None
    """
    Unique invoice sequence number generated by Graas.
    """
    buyer_details: Annotated[BuyerDetails | None, Field(alias="buyerDetails")] = None
    order_items: Annotated[list[OrderItem] | None, Field(alias="orderItems")] = None
    order_status: Annotated[OpenEnum[OrderStatus] | None, Field(alias="orderStatus")] = None
    order_statuses: Annotated[list[OpenEnum[OrderStatus]] | None, Field(alias="orderStatuses")] = (
        None
    )
    """
    The statuses of the order's items.
    """
    payment_status: Annotated[OpenEnum[PaymentStatus] | None, Field(alias="paymentStatus")] = None
    payment_statuses: Annotated[
        list[OpenEnum[PaymentStatus]] | None, Field(alias="paymentStatuses")
    ] = None
    shipping_status: Annotated[OpenEnum[ShippingStatus] | None, Field(alias="shippingStatus")] = (
        None
    )
    shipping_statuses: Annotated[
        list[OpenEnum[ShippingStatus]] | None, Field(alias="shippingStatuses")
    ] = None
    payment_methods: Annotated[str | list[str] | None, Field(alias="paymentMethods")] = None
    """
    Payment method(s) — an array of strings, or a single string.
    """
    order_amount: Annotated[Money | None, Field(alias="orderAmount")] = None
    order_amount_in_usd: Annotated[Money | None, Field(alias="orderAmountInUSD")] = None
    order_sold_amount: Annotated[Money | None, Field(alias="orderSoldAmount")] = None
    order_sold_amount_in_usd: Annotated[Money | None, Field(alias="orderSoldAmountInUSD")] = None
    shipping_amount: Annotated[Money | None, Field(alias="shippingAmount")] = None
    seller_discount_amount: Annotated[Money | None, Field(alias="sellerDiscountAmount")] = None
    channel_discount_amount: Annotated[Money | None, Field(alias="channelDiscountAmount")] = None
    shipping_details: Annotated[ShippingDetails | None, Field(alias="shippingDetails")] = None
    documents: Documents | None = None
    time_created: Annotated[int | None, Field(alias="timeCreated")] = None
    """
    Unix time (seconds) the order was synced into Graas.
    """
    time_last_updated: Annotated[int | None, Field(alias="timeLastUpdated")] = None
    """
    Unix time (seconds) the order was last updated in Graas.
    """
    time_order_created: Annotated[int | None, Field(alias="timeOrderCreated")] = None
    """
    Unix time (seconds) the order was created in the marketplace.
    """
    time_cancelled: Annotated[int | None, Field(alias="timeCancelled")] = None
    """
    Unix time (seconds) the order was cancelled.
    """
    time_delivered: Annotated[int | None, Field(alias="timeDelivered")] = None
    """
    Unix time (seconds) the order was delivered.
    """
    update_status: Annotated[str | None, Field(alias="updateStatus")] = None
    """
    e.g. COMPLETE.
    """
    update_start_time: Annotated[int | None, Field(alias="updateStartTime")] = None
    """
    Unix time (seconds).
    """
    status: OpenEnum[Status] | None = None


class GetOrdersResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    number_of_pages: Annotated[int | None, Field(alias="numberOfPages")] = None
    """
    Total number of pages.
    """
    number_of_records: Annotated[int | None, Field(alias="numberOfRecords")] = None
    """
    Total number of order records.
    """
    history: list[Order] | None = None
    """
    The orders of this page.
    """
    status: OpenEnum[Status] | None = None


class AsnReceivedItem(BaseModel):
    """
    One item of an ASN with what was received.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    seller_sku: Annotated[str | None, Field(alias="sellerSKU")] = None
    description: str | None = None
    quantity: int | None = None
    received_quantity: Annotated[int | None, Field(alias="receivedQuantity")] = None
    """
    The quantity received.
    """
    uom: int | None = None
    item_amount: Annotated[Money | None, Field(alias="itemAmount")] = None
    status: str | None = None
    """
    Item status, e.g. draft.
    """


class AsnDetail(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    asn_id: Annotated[int | None, Field(alias="asnID")] = None
    supplier_id: Annotated[int | None, Field(alias="supplierID")] = None
    supplier_ref: Annotated[str | None, Field(alias="supplierRef")] = None
    date: int | None = None
    """
    Unix time (seconds).
    """
    status: str | None = None
    """
    ASN status, e.g. draft.
    """
    order_items: Annotated[list[AsnReceivedItem] | None, Field(alias="orderItems")] = None
