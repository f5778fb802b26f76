# Generated from specs/avasam.yaml by vendorgen. Do not edit: regenerate instead.
"""Pydantic v2 models of Avasam Seller API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from typing import TypeAlias
from typing import Annotated, Any
from enum import Enum, IntEnum, StrEnum
from .._types import DateTime, Number, OpenEnum, OpenIntEnum


class ReceiverError(BaseModel):
    """
    The webhook receiver's error body (Avasam documents none).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    message: str


LocalDateTime: TypeAlias = str
"""An ISO 8601 date and time whose UTC offset may be missing, e.g. "0001-01-01T00:00:00"."""


class RequestTokenRequest(BaseModel):
    """
    Your API key pair, from Settings → User management → API keys.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    consumer_key: str
    """
    Requested from user management in Avasam.
    """
    secret_key: str
    """
    Requested from user management in Avasam.
    """


class RequestTokenResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    access_token: str
    """
    Access token for the seller API calls.
    """
    expires_at: DateTime
    """
    Time and date to request a new token (ISO 8601 with offset, e.g. "2021-12-22T17:36:19.8066912+00:00").
    """


class AcknowledgeStockUpdateRequest(BaseModel):
    """
    Acknowledgement of a stock-update notification. The doc gives no body shape; extra keys pass through.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    request_id: Annotated[str | None, Field(alias="requestId")] = None
    """
    The requestId of the stock_update notification being acknowledged (assumed; see the operation note).
    """


class SellerOrderItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    sku: Annotated[str, Field(alias="SKU")]
    """
    Avasam SKU of the product.
    """
    stock: Annotated[int, Field(alias="Stock")]
    """
    Number of products ordered.
    """


class DeliveryInfo(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: Annotated[str, Field(alias="Name")]
    """
    Recipient of the order.
    """
    address: Annotated[str, Field(alias="Address")]
    """
    Postal address (street and number, flat, etc.).
    """
    city: Annotated[str, Field(alias="City")]
    """
    Postal town or city.
    """
    country: Annotated[str, Field(alias="Country")]
    """
    Country to deliver to.
    """
    post_code: Annotated[str, Field(alias="PostCode")]
    """
    Postcode for delivery.
    """
    phone_no: Annotated[str, Field(alias="PhoneNo")]
    """
    Contact phone number.
    """
    email: Annotated[str | None, Field(alias="Email")] = None
    """
    Email address for the order.
    """


class ErrorCode(IntEnum):
    """
    0 = no error, 1 = error.
    """

    NO_ERROR = 0
    ERROR = 1


class OrderResult(BaseModel):
    """
    Result of create_seller_order and add_new_order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    error_code: Annotated[OpenIntEnum[ErrorCode] | None, Field(alias="ErrorCode")] = None
    """
    0 = no error, 1 = error.
    """
    message: Annotated[str | None, Field(alias="Message")] = None
    """
    Result or error text for the order request.
    """
    id: int | None = None
    """
    Always 0.
    """


class SellerProductListRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    page: Annotated[int, Field(alias="Page")]
    """
    Page number to return (the examples start at 0).
    """
    limit: Annotated[int, Field(alias="Limit")]
    """
    Maximum number of records per page.
    """


class ExtendedProperty(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    Title of the extended property.
    """
    value: Annotated[str | None, Field(alias="Value")] = None
    """
    Value of the extended property.
    """


class IsActive(IntEnum):
    """
    1 = Active, 0 = Inactive.
    """

    INACTIVE = 0
    ACTIVE = 1


class IsSelected(IntEnum):
    """
    1 = Yes, 0 = No.
    """

    NO = 0
    YES = 1


class ProductVariation(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    sku: Annotated[str | None, Field(alias="SKU")] = None
    title: Annotated[str | None, Field(alias="Title")] = None
    is_active: Annotated[OpenIntEnum[IsActive] | None, Field(alias="IsActive")] = None
    """
    1 = Active, 0 = Inactive.
    """
    is_selected: Annotated[OpenIntEnum[IsSelected] | None, Field(alias="IsSelected")] = None
    """
    1 = Yes, 0 = No.
    """


class MultiLanguageText(BaseModel):
    """
    Other titles or descriptions, keyed by language.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    en: str | None = None


class SortStatus(StrEnum):
    """
    Sort direction.
    """

    UP = "up"
    DOWN = "down"


class Variation(StrEnum):
    """
    Return only variations ("" = no filter).
    """

    TRUE = "true"
    FALSE = "false"
    EMPTY = ""


class IsMapped(StrEnum):
    """
    Return only mapped (Yes) or unmapped (No) products ("" = no filter).
    """

    YES = "Yes"
    NO = "No"
    EMPTY = ""


class InventoryFilterRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    supplier: Annotated[str | None, Field(alias="Supplier")] = None
    """
    Search SKU or product title text.
    """
    sortby: Annotated[str, Field(alias="Sortby")]
    """
    Field name to sort by (e.g. SKU).
    """
    sort_status: Annotated[OpenEnum[SortStatus], Field(alias="SortStatus")]
    """
    Sort direction.
    """
    limit: int | str
    """
    Maximum number of records per page.
    """
    price_delimeter: Annotated[str | None, Field(alias="PriceDelimeter")] = None
    """
    Price comparison operator
    """
    price_value: Annotated[Number | None, Field(alias="PriceValue")] = None
    """
    Price compared with PriceDelimeter.
    """
    stock_value: Annotated[str | None, Field(alias="StockValue")] = None
    """
    Stock comparison operator
    """
    stock: Annotated[Number | None, Field(alias="Stock")] = None
    """
    Stock level compared with StockValue.
    """
    variation: Annotated[OpenEnum[Variation] | None, Field(alias="Variation")] = None
    """
    Return only variations ("" = no filter).
    """
    category: Annotated[str | None, Field(alias="Category")] = None
    """
    Category id filter.
    """
    category_name: Annotated[str | None, Field(alias="CategoryName")] = None
    """
    Category name filter.
    """
    is_mapped: Annotated[OpenEnum[IsMapped] | None, Field(alias="IsMapped")] = None
    """
    Return only mapped (Yes) or unmapped (No) products ("" = no filter).
    """
    price_max_value: Annotated[Number | None, Field(alias="PriceMaxValue")] = None
    """
    Price compared with PriceMaxDelimeter.
    """
    price_max_delimeter: Annotated[str | None, Field(alias="PriceMaxDelimeter")] = None
    """
    Second price comparison operator
    """
    page: int
    """
    Page number to return (the example starts at 0).
    """


class Type(IntEnum):
    """
    SellerProductType: 0 = WishList, 1 = Product.
    """

    WISH_LIST = 0
    PRODUCT = 1


class SellerListingStatus(StrEnum):
    """
    Channel listing status.
    """

    LISTED_EXTERNALLY = "Listed Externally"
    LISTED = "Listed"
    ERROR = "Error"


class SellerListing(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    channel: Annotated[str | None, Field(alias="Channel")] = None
    account: Annotated[str | None, Field(alias="Account")] = None
    """
    Channel account name.
    """
    status: Annotated[OpenEnum[SellerListingStatus] | None, Field(alias="Status")] = None
    """
    Channel listing status.
    """
    refrence_id: Annotated[str | None, Field(alias="RefrenceId")] = None
    """
    Channel reference id.
    """
    error: Annotated[list[str] | None, Field(alias="Error")] = None


class OrderType(StrEnum):
    """
    Only ‘Queue’ is used when creating an order.
    """

    QUEUE = "Queue"


class GeneralInfoModel(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    reference_num: Annotated[str, Field(alias="ReferenceNum")]
    """
    Order reference number.
    """
    received_date: Annotated[str, Field(alias="ReceivedDate")]
    """
    Order creation date and time, dd/mm/yyyy HH:MM.
    """
    name: Annotated[str, Field(alias="Name")]
    """
    Delivery customer full name.
    """
    first_name: Annotated[str, Field(alias="FirstName")]
    sur_name: Annotated[str, Field(alias="SurName")]
    address: Annotated[str, Field(alias="Address")]
    """
    Shipping address.
    """
    city: Annotated[str, Field(alias="City")]
    """
    Shipping city.
    """
    post_code: Annotated[str, Field(alias="PostCode")]
    county: Annotated[str, Field(alias="County")]
    """
    Shipping country name.
    """
    phone_no: Annotated[str | None, Field(alias="PhoneNo")] = None
    email: Annotated[str | None, Field(alias="Email")] = None
    """
    Delivery customer email.
    """
    error: Annotated[list[str] | None, Field(alias="Error")] = None
    """
    Always blank.
    """
    source: Annotated[str, Field(alias="Source")]
    """
    The order's source name.
    """
    sub_source: Annotated[str | None, Field(alias="SubSource")] = None


class AddressModel(BaseModel):
    """
    CustomerInfo; the doc's AddressModel, documented with the same fields as GeneralInfoModel.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    reference_num: Annotated[str, Field(alias="ReferenceNum")]
    """
    Order reference number.
    """
    received_date: Annotated[str, Field(alias="ReceivedDate")]
    """
    Order creation date and time, dd/mm/yyyy HH:MM.
    """
    name: Annotated[str, Field(alias="Name")]
    """
    Delivery customer full name.
    """
    first_name: Annotated[str, Field(alias="FirstName")]
    sur_name: Annotated[str, Field(alias="SurName")]
    address: Annotated[str, Field(alias="Address")]
    """
    Shipping address.
    """
    city: Annotated[str, Field(alias="City")]
    """
    Shipping city.
    """
    post_code: Annotated[str, Field(alias="PostCode")]
    county: Annotated[str, Field(alias="County")]
    """
    Shipping country name.
    """
    phone_no: Annotated[str | None, Field(alias="PhoneNo")] = None
    email: Annotated[str | None, Field(alias="Email")] = None
    """
    Delivery customer email.
    """
    error: Annotated[list[str] | None, Field(alias="Error")] = None
    """
    Always blank.
    """
    source: Annotated[str, Field(alias="Source")]
    """
    The order's source name.
    """
    sub_source: Annotated[str | None, Field(alias="SubSource")] = None


class ItemModel(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: Annotated[str | None, Field(alias="_id")] = None
    """
    Item unique id.
    """
    sku: Annotated[str, Field(alias="SKU")]
    """
    Avasam SKU number.
    """
    number: Annotated[str, Field(alias="Number")]
    """
    Avasam SKU.
    """
    price: Annotated[Number, Field(alias="Price")]
    costprice: Number
    """
    Cost price.
    """
    title: Annotated[str, Field(alias="Title")]
    bar_code: Annotated[str | None, Field(alias="BarCode")] = None
    vat: Annotated[Number, Field(alias="Vat")]
    pack_qty: Annotated[int, Field(alias="PackQty")]
    """
    Number of products ordered.
    """
    image: str
    """
    Product image path.
    """
    authkey: str
    """
    Supplier code.
    """
    is_selected: Annotated[bool, Field(alias="IsSelected")]
    actual_pack_qty: Annotated[int, Field(alias="ActualPackQty")]
    """
    Product pack quantity.
    """
    vat_per: Annotated[Number, Field(alias="VatPer")]
    discount_per: Annotated[Number, Field(alias="DiscountPer")]


class SellerStockListRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    limit: int
    """
    Maximum number of records per page.
    """
    page: int
    """
    Page number to return (the example starts at 0).
    """


class StockLevel(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    sku: Annotated[str | None, Field(alias="SKU")] = None
    """
    Avasam SKU.
    """
    stock: Annotated[int | None, Field(alias="Stock")] = None
    """
    Stock level in Avasam.
    """


class ProcessOrderListRequestPaymentStatus(StrEnum):
    PAID = "Paid"
    UN_PAID = "UnPaid"
    ALL = "All"


class Limit(Enum):
    """
    Maximum number of orders per page.
    """

    LIMIT_10 = 10
    LIMIT_25 = 25
    LIMIT_60 = 60
    LIMIT_100 = 100
    LIMIT_10_STRING = "10"
    LIMIT_25_STRING = "25"
    LIMIT_60_STRING = "60"
    LIMIT_100_STRING = "100"


class ProcessOrderListRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    from_date: Annotated[DateTime, Field(alias="FromDate")]
    """
    Earliest date of the orders.
    """
    to_date: Annotated[DateTime, Field(alias="ToDate")]
    """
    Latest date of the orders.
    """
    date_dispaly: Annotated[str, Field(alias="DateDispaly")]
    """
    Period name, e.g. "Today", "Last 7 days", "Last 60 days".
    """
    customer: Annotated[str | None, Field(alias="Customer")] = None
    """
    Filter by customer name.
    """
    order_status: Annotated[str, Field(alias="OrderStatus")]
    """
    Filter by status, e.g. "Dispatch".
    """
    payment_status: Annotated[
        OpenEnum[ProcessOrderListRequestPaymentStatus] | None, Field(alias="PaymentStatus")
    ] = None
    sortby: Annotated[str, Field(alias="Sortby")]
    """
    Field to sort by, e.g. "ChRecdDate".
    """
    sort_status: Annotated[OpenEnum[SortStatus], Field(alias="SortStatus")]
    """
    Sort direction.
    """
    limit: Limit
    """
    Maximum number of orders per page.
    """
    page: int


class AvasamOrderStatus(IntEnum):
    """
    OrderStatus, sent as an integer. Names in documented order: QUEUE, AWAITING_PAYMENT, DRAFT, CREATED, ERROR, CANCELLED_REQUEST, CANCELLED, DISPATCH_QUEUE, DISPATCH, RETURN_REQUEST, RETURN, QUEUE_EDIT, AWAITING_PAYMENT_EDIT, UPDATE_PENDING_SUPPLIER, CREATE_PENDING_SUPPLIER, DISPATCH_ERROR, REPAYMENT, MERGE, INPROCESS, CANCEL_PARTIAL_ORDER (codes 0-19 assumed in this order).
    """

    QUEUE = 0
    AWAITING_PAYMENT = 1
    DRAFT = 2
    CREATED = 3
    ERROR = 4
    CANCELLED_REQUEST = 5
    CANCELLED = 6
    DISPATCH_QUEUE = 7
    DISPATCH = 8
    RETURN_REQUEST = 9
    RETURN = 10
    QUEUE_EDIT = 11
    AWAITING_PAYMENT_EDIT = 12
    UPDATE_PENDING_SUPPLIER = 13
    CREATE_PENDING_SUPPLIER = 14
    DISPATCH_ERROR = 15
    REPAYMENT = 16
    MERGE = 17
    INPROCESS = 18
    CANCEL_PARTIAL_ORDER = 19


class AvasamOrderPaymentStatus(StrEnum):
    PAID = "Paid"
    UN_PAID = "UnPaid"


class ErrorType(IntEnum):
    """
    OrderErrorType, sent as an integer. Names in documented order: NONE, PRODUCTNOTMAPP, PRODUCTMISSING, PRODUCTNOTSOURCE, PARENTPRODUCT, SHIPPINGNOTMAPP, SHIPPINGNOTFOUND, PROCESSORDERERROR, RESTRICTEDPRODUCT, OUTOFSTOCK, OTHERERROR, PAYMENTERROR (codes 0-11 assumed in this order; the example's 0 is NONE).
    """

    NONE = 0
    PRODUCTNOTMAPP = 1
    PRODUCTMISSING = 2
    PRODUCTNOTSOURCE = 3
    PARENTPRODUCT = 4
    SHIPPINGNOTMAPP = 5
    SHIPPINGNOTFOUND = 6
    PROCESSORDERERROR = 7
    RESTRICTEDPRODUCT = 8
    OUTOFSTOCK = 9
    OTHERERROR = 10
    PAYMENTERROR = 11


class ReturnStatus(StrEnum):
    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    EMPTY = ""


class OrderAddress(BaseModel):
    """
    The doc's Address model.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    email_address: Annotated[str | None, Field(alias="EmailAddress")] = None
    address1: Annotated[str | None, Field(alias="Address1")] = None
    address2: Annotated[str | None, Field(alias="Address2")] = None
    address3: Annotated[str | None, Field(alias="Address3")] = None
    town: Annotated[str | None, Field(alias="Town")] = None
    post_code: Annotated[str | None, Field(alias="PostCode")] = None
    country: Annotated[str | None, Field(alias="Country")] = None
    full_name: Annotated[str | None, Field(alias="FullName")] = None
    phone_number: Annotated[str | None, Field(alias="PhoneNumber")] = None


class OrderShipping(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    shipping_name: Annotated[str | None, Field(alias="ShippingName")] = None
    shipping_provider: Annotated[str | None, Field(alias="ShippingProvider")] = None
    weight: Annotated[Number | None, Field(alias="Weight")] = None
    total: Annotated[Number | None, Field(alias="Total")] = None
    vat_per: Annotated[Number | None, Field(alias="VATPer")] = None
    vat: Annotated[Number | None, Field(alias="VAT")] = None
    tracking_number: Annotated[str | None, Field(alias="TrackingNumber")] = None


class OrderPayment(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    ref_number: Annotated[str | None, Field(alias="RefNumber")] = None
    type: Annotated[str | None, Field(alias="Type")] = None
    total: Annotated[Number | None, Field(alias="Total")] = None
    on: Annotated[DateTime | None, Field(alias="On")] = None


class OrderOption(BaseModel):
    """
    Other details.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: Annotated[str | None, Field(alias="Name")] = None
    value: Annotated[str | None, Field(alias="Value")] = None
    is_private: Annotated[bool | None, Field(alias="IsPrivate")] = None


class OrderItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    item_id: Annotated[str | None, Field(alias="ItemId")] = None
    sku: Annotated[str | None, Field(alias="SKU")] = None
    """
    Supplier SKU.
    """
    s_code: Annotated[str | None, Field(alias="sCode")] = None
    """
    Avasam SKU.
    """
    title: Annotated[str | None, Field(alias="Title")] = None
    barcode: Annotated[str | None, Field(alias="Barcode")] = None
    qty: Annotated[int | None, Field(alias="Qty")] = None
    unit_price: Annotated[Number | None, Field(alias="UnitPrice")] = None
    vat_per: Annotated[Number | None, Field(alias="VATPer")] = None
    vat: Annotated[Number | None, Field(alias="VAT")] = None
    discount_per: Annotated[Number | None, Field(alias="DiscountPer")] = None
    discount: Annotated[Number | None, Field(alias="Discount")] = None
    sub_total: Annotated[Number | None, Field(alias="SubTotal")] = None
    total: Annotated[Number | None, Field(alias="Total")] = None
    authkey: str | None = None
    """
    Supplier code.
    """
    return_quantity: Annotated[int | None, Field(alias="ReturnQuantity")] = None
    reason: Annotated[str | None, Field(alias="Reason")] = None
    """
    Return reason.
    """
    cost_inc_tax: Annotated[Number | None, Field(alias="CostIncTax")] = None
    weight: Annotated[Number | None, Field(alias="Weight")] = None
    height: Annotated[Number | None, Field(alias="Height")] = None
    width: Annotated[Number | None, Field(alias="Width")] = None
    depth: Annotated[Number | None, Field(alias="Depth")] = None
    vat_excl: Annotated[bool | None, Field(alias="VatExcl")] = None
    vat_incuding: Annotated[Number | None, Field(alias="VatIncuding")] = None


class OrderNote(BaseModel):
    """
    The doc's OrderNotes model.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    user: Annotated[str | None, Field(alias="User")] = None
    """
    Who wrote it, e.g. Avasam, Import or a channel name.
    """
    notes: Annotated[str | None, Field(alias="Notes")] = None
    on: Annotated[DateTime | None, Field(alias="On")] = None
    self: Annotated[bool | None, Field(alias="Self")] = None


class OrderHistory(BaseModel):
    """
    The doc's History model.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: Annotated[str | None, Field(alias="Name")] = None
    action: Annotated[str | None, Field(alias="Action")] = None
    on: Annotated[DateTime | None, Field(alias="On")] = None


class TicketidStatus(IntEnum):
    """
    CustomerSupportStatus in documented order: OPEN, REPLY, CLOSED, HOLD, CUSTOMERREPLY, SUPPLIERREPLY, INPROGRESS (codes 0-6 assumed).
    """

    OPEN = 0
    REPLY = 1
    CLOSED = 2
    HOLD = 3
    CUSTOMERREPLY = 4
    SUPPLIERREPLY = 5
    INPROGRESS = 6


class OrderTicket(BaseModel):
    """
    The doc's OrderTicketList model.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    orderid: Annotated[str | None, Field(alias="Orderid")] = None
    totalticket: Annotated[int | None, Field(alias="Totalticket")] = None
    ticketids: Annotated[list[str] | None, Field(alias="Ticketids")] = None
    ticketid_status: Annotated[
        list[OpenIntEnum[TicketidStatus]] | None, Field(alias="TicketidStatus")
    ] = None
    return_orders: Annotated[list[str] | None, Field(alias="ReturnOrders")] = None
    totalreturnorder: Annotated[int | None, Field(alias="Totalreturnorder")] = None


class StockChange(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    sku: str | None = None
    """
    Product SKU.
    """
    quantity: int | None = None
    """
    New product quantity.
    """
    updated_on: Annotated[DateTime | None, Field(alias="updatedOn")] = None
    """
    When the stock was updated (may come without an offset).
    """


class PriceUpdateNotification(BaseModel):
    """
    What Avasam sends to your price update endpoint. The doc documents no payload; every key passes through.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )


class CreateSellerOrderRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    authkey: Annotated[str, Field(alias="Authkey")]
    """
    Authorization key for the Avasam account.
    """
    reference_number: Annotated[str, Field(alias="ReferenceNumber")]
    """
    Avasam order reference number.
    """
    itemlist: Annotated[list[SellerOrderItem], Field(alias="Itemlist")]
    shipping_service_name: Annotated[str, Field(alias="ShippingServiceName")]
    """
    Your shipping service name as configured in Avasam.
    """
    notes: Annotated[str | None, Field(alias="Notes")] = None
    """
    Order notes.
    """
    delivery_info: Annotated[DeliveryInfo, Field(alias="DeliveryInfo")]


class SellerProduct(BaseModel):
    """
    One product of your inventory.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    sku: Annotated[str | None, Field(alias="SKU")] = None
    """
    The SKU of the item.
    """
    price: Annotated[Number | None, Field(alias="Price")] = None
    """
    The item's cost price to sellers.
    """
    title: Annotated[str | None, Field(alias="Title")] = None
    bar_code: Annotated[str | None, Field(alias="BarCode")] = None
    """
    Unique barcode (EAN, ISBN, etc.).
    """
    vat: Annotated[Number | None, Field(alias="Vat")] = None
    """
    Sales tax/VAT rate as a percentage.
    """
    customer_group: Annotated[str | None, Field(alias="CustomerGroup")] = None
    """
    Affiliated customer group
    """
    image: Annotated[str | None, Field(alias="Image")] = None
    """
    Path to the main image.
    """
    category: Annotated[str | None, Field(alias="Category")] = None
    """
    Assigned category.
    """
    description: Annotated[str | None, Field(alias="Description")] = None
    minimum_level: Annotated[int | None, Field(alias="MinimumLevel")] = None
    """
    Minimum stock level for stock control/reordering.
    """
    retail_price: Annotated[Number | None, Field(alias="RetailPrice")] = None
    """
    RRP.
    """
    product_depth: Annotated[Number | None, Field(alias="ProductDepth")] = None
    product_weight: Annotated[Number | None, Field(alias="ProductWeight")] = None
    product_width: Annotated[Number | None, Field(alias="ProductWidth")] = None
    height: Annotated[Number | None, Field(alias="Height")] = None
    product_image: Annotated[list[str] | None, Field(alias="ProductImage")] = None
    """
    Paths to the item's images.
    """
    extended_properties: Annotated[
        list[ExtendedProperty] | None, Field(alias="ExtendedProperties")
    ] = None
    """
    Product specifics.
    """
    is_variation: Annotated[bool | None, Field(alias="IsVariation")] = None
    """
    Whether this SKU is a variation parent.
    """
    variations: Annotated[list[ProductVariation] | None, Field(alias="Variations")] = None
    """
    The items of this variation, when IsVariation is true.
    """
    multi_title: Annotated[MultiLanguageText | None, Field(alias="MultiTitle")] = None
    multi_description: Annotated[MultiLanguageText | None, Field(alias="MultiDescription")] = None
    category_id: Annotated[str | None, Field(alias="CategoryId")] = None
    """
    ID of the assigned category.
    """


class SellerProductListDetailsModel(BaseModel):
    """
    One sourced product.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    get_update_price: Annotated[dict[str, Any] | None, Field(alias="GetUpdatePrice")] = None
    """
    Price update value.
    """
    id: Annotated[str | None, Field(alias="_id")] = None
    """
    Product unique id.
    """
    sku: Annotated[str | None, Field(alias="SKU")] = None
    price: Annotated[Number | None, Field(alias="Price")] = None
    retail_price: Annotated[Number | None, Field(alias="RetailPrice")] = None
    title: Annotated[str | None, Field(alias="Title")] = None
    image: str | None = None
    """
    Product image path.
    """
    is_active: Annotated[bool | None, Field(alias="IsActive")] = None
    category: Annotated[str | None, Field(alias="Category")] = None
    """
    Category name.
    """
    category_id: Annotated[str | None, Field(alias="CategoryId")] = None
    create_on: Annotated[LocalDateTime | None, Field(alias="CreateOn")] = None
    update_on: Annotated[LocalDateTime | None, Field(alias="UpdateOn")] = None
    type: Annotated[OpenIntEnum[Type] | None, Field(alias="Type")] = None
    """
    SellerProductType: 0 = WishList, 1 = Product.
    """
    limit: int | None = None
    page: int | None = None
    listing_status: Annotated[str | None, Field(alias="ListingStatus")] = None
    is_created_in_linnworks: Annotated[bool | None, Field(alias="IsCreatedInLinnworks")] = None
    stock: Annotated[int | None, Field(alias="Stock")] = None
    number: Annotated[str | None, Field(alias="Number")] = None
    """
    The product's Avasam SKU.
    """
    has_variations: Annotated[bool | None, Field(alias="HasVariations")] = None
    """
    Whether this is a parent product.
    """
    listings: Annotated[list[SellerListing] | None, Field(alias="Listings")] = None
    vat_percentage: Annotated[Number | None, Field(alias="VATPercentage")] = None
    price_inc_vat: Annotated[Number | None, Field(alias="PriceIncVat")] = None
    retail_price_inc_vat: Annotated[Number | None, Field(alias="RetailPriceIncVat")] = None
    """
    RRP including VAT.
    """
    description: str | None = None
    is_mapped: Annotated[bool | None, Field(alias="isMapped")] = None
    """
    Whether the product is mapped to a listing.
    """
    authkey: str | None = None
    """
    Supplier unique code.
    """
    shipperid: str | None = None
    """
    Supplier unique id.
    """
    seekerid: str | None = None
    """
    Seller unique id.
    """


class AddNewOrderRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    general_info: Annotated[GeneralInfoModel, Field(alias="GeneralInfo")]
    customer_info: Annotated[AddressModel, Field(alias="CustomerInfo")]
    customer_type: Annotated[str | None, Field(alias="CustomerType")] = None
    """
    Always blank.
    """
    items: Annotated[list[ItemModel], Field(alias="Items")]
    shippingservicename: str
    shippingserviceid: str
    shippingservicecharge: Number | str
    """
    Shipping service charge (sent as a number in the example).
    """
    supplier_code: Annotated[str | None, Field(alias="SupplierCode")] = None
    """
    Documented as always blank.
    """
    notes: Annotated[str | None, Field(alias="Notes")] = None
    order_type: Annotated[OpenEnum[OrderType], Field(alias="OrderType")]
    """
    Only ‘Queue’ is used when creating an order.
    """
    is_self: Annotated[bool | None, Field(alias="IsSelf")] = None
    """
    Always false.
    """


SellerStockList: TypeAlias = list[StockLevel]


class OrderCustomer(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    Delivery user name.
    """
    address: Annotated[OrderAddress | None, Field(alias="Address")] = None
    billing_address: Annotated[OrderAddress | None, Field(alias="BillingAddress")] = None


class StockUpdateNotification(BaseModel):
    """
    What Avasam sends to your stock update endpoint.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    request_id: Annotated[str | None, Field(alias="requestId")] = None
    """
    Request id; must match the Request ID in the JWT payload.
    """
    on: DateTime | None = None
    """
    UTC time the request was sent (may come without an offset).
    """
    token: str | None = None
    """
    JWT created with the verification token from your webhook configuration.
    """
    data: list[StockChange] | None = None
    """
    The products whose stock changed.
    """


SellerProductList: TypeAlias = list[SellerProduct]


class InventoryListResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    data: list[SellerProductListDetailsModel] | None = None
    total: int | None = None
    """
    Total count of matching products.
    """


class AvasamOrder(BaseModel):
    """
    One order.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: Annotated[str | None, Field(alias="_id")] = None
    """
    Order unique id.
    """
    number: Annotated[str | None, Field(alias="Number")] = None
    """
    Order number.
    """
    seller_ref: Annotated[str | None, Field(alias="SellerRef")] = None
    """
    Order reference number.
    """
    seller_order_id: Annotated[str | None, Field(alias="SellerOrderId")] = None
    seller_other_ref: Annotated[str | None, Field(alias="SellerOtherRef")] = None
    supplier_ref: Annotated[str | None, Field(alias="SupplierRef")] = None
    """
    Always blank.
    """
    supplier_order_id: Annotated[str | None, Field(alias="SupplierOrderId")] = None
    """
    Always blank.
    """
    supplier_other_ref: Annotated[str | None, Field(alias="SupplierOtherRef")] = None
    """
    The supplier's id in other order management software.
    """
    is_child: Annotated[bool | None, Field(alias="IsChild")] = None
    """
    A child of a merged or split order.
    """
    parent_id: Annotated[str | None, Field(alias="ParentId")] = None
    """
    The main order a merged or split order comes from.
    """
    is_parent: Annotated[bool | None, Field(alias="IsParent")] = None
    """
    The parent of a merged or split order.
    """
    status: Annotated[OpenIntEnum[AvasamOrderStatus] | None, Field(alias="Status")] = None
    """
    OrderStatus, sent as an integer. Names in documented order: QUEUE, AWAITING_PAYMENT, DRAFT, CREATED, ERROR, CANCELLED_REQUEST, CANCELLED, DISPATCH_QUEUE, DISPATCH, RETURN_REQUEST, RETURN, QUEUE_EDIT, AWAITING_PAYMENT_EDIT, UPDATE_PENDING_SUPPLIER, CREATE_PENDING_SUPPLIER, DISPATCH_ERROR, REPAYMENT, MERGE, INPROCESS, CANCEL_PARTIAL_ORDER (codes 0-19 assumed in this order).
    """
    payment_status: Annotated[
        OpenEnum[AvasamOrderPaymentStatus] | None, Field(alias="PaymentStatus")
    ] = None
    channel: Annotated[str | None, Field(alias="Channel")] = None
    account: Annotated[str | None, Field(alias="Account")] = None
    """
    Channel account name.
    """
    inv_id: Annotated[str | None, Field(alias="InvId")] = None
    """
    Invoice unique id.
    """
    inv_number: Annotated[str | None, Field(alias="InvNumber")] = None
    seller_id: Annotated[str | None, Field(alias="SellerId")] = None
    supplier_id: Annotated[str | None, Field(alias="SupplierId")] = None
    """
    Always blank.
    """
    auth_key: Annotated[str | None, Field(alias="AuthKey")] = None
    """
    Supplier unique code.
    """
    customer: Annotated[OrderCustomer | None, Field(alias="Customer")] = None
    shipping: Annotated[OrderShipping | None, Field(alias="Shipping")] = None
    payment: Annotated[OrderPayment | None, Field(alias="Payment")] = None
    option: Annotated[OrderOption | None, Field(alias="Option")] = None
    items: Annotated[list[OrderItem] | None, Field(alias="Items")] = None
    retrun_item: Annotated[list[OrderItem] | None, Field(alias="RetrunItem")] = None
    """
    Returned items, when available.
    """
    unpiad_amount: Annotated[Number | None, Field(alias="UnpiadAmount")] = None
    paid_amount: Annotated[Number | None, Field(alias="PaidAmount")] = None
    vat: Annotated[Number | None, Field(alias="VAT")] = None
    sub_total: Annotated[Number | None, Field(alias="SubTotal")] = None
    total: Annotated[Number | None, Field(alias="Total")] = None
    discount: Annotated[Number | None, Field(alias="Discount")] = None
    discount_per: Annotated[Number | None, Field(alias="DiscountPer")] = None
    surcharge: Annotated[Number | None, Field(alias="Surcharge")] = None
    error: Annotated[list[str] | None, Field(alias="Error")] = None
    error_type: Annotated[OpenIntEnum[ErrorType] | None, Field(alias="ErrorType")] = None
    """
    OrderErrorType, sent as an integer. Names in documented order: NONE, PRODUCTNOTMAPP, PRODUCTMISSING, PRODUCTNOTSOURCE, PARENTPRODUCT, SHIPPINGNOTMAPP, SHIPPINGNOTFOUND, PROCESSORDERERROR, RESTRICTEDPRODUCT, OUTOFSTOCK, OTHERERROR, PAYMENTERROR (codes 0-11 assumed in this order; the example's 0 is NONE).
    """
    is_shipper_payout: Annotated[bool | None, Field(alias="IsShipperPayout")] = None
    processed: Annotated[bool | None, Field(alias="Processed")] = None
    is_process_at_seeker: Annotated[bool | None, Field(alias="IsProcessAtSeeker")] = None
    is_deleted: Annotated[bool | None, Field(alias="IsDeleted")] = None
    is_return_request_draft: Annotated[bool | None, Field(alias="IsReturnRequestDraft")] = None
    is_return_request: Annotated[bool | None, Field(alias="IsReturnRequest")] = None
    manifest_printed: Annotated[bool | None, Field(alias="ManifestPrinted")] = None
    seller_name: Annotated[str | None, Field(alias="SellerName")] = None
    label_printed: Annotated[bool | None, Field(alias="LabelPrinted")] = None
    is_invoiced: Annotated[bool | None, Field(alias="IsInvoiced")] = None
    notes: Annotated[list[OrderNote] | None, Field(alias="Notes")] = None
    despatch_by: Annotated[DateTime | None, Field(alias="DespatchBy")] = None
    """
    When the order is to be (or was) dispatched.
    """
    meta_data: Annotated[dict[str, str] | None, Field(alias="MetaData")] = None
    """
    Other order details not in existing fields.
    """
    histories: Annotated[list[OrderHistory] | None, Field(alias="Histories")] = None
    created: Annotated[DateTime | None, Field(alias="Created")] = None
    ch_recd_date: Annotated[DateTime | None, Field(alias="ChRecdDate")] = None
    """
    When the order was changed/updated.
    """
    dispatch: Annotated[DateTime | None, Field(alias="Dispatch")] = None
    last_update: Annotated[DateTime | None, Field(alias="LastUpdate")] = None
    is_credit_notes: Annotated[bool | None, Field(alias="IsCreditNotes")] = None
    return_status: Annotated[OpenEnum[ReturnStatus] | None, Field(alias="ReturnStatus")] = None
    currency: Annotated[str | None, Field(alias="Currency")] = None
    """
    Order currency, e.g. "GBP".
    """


class ProcessOrderListResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    data: list[AvasamOrder] | None = None
    total: int | None = None
    """
    Total count of matching orders.
    """
    authkey: str | None = None
    """
    Supplier unique id.
    """
    order_ticket: Annotated[list[OrderTicket] | None, Field(alias="OrderTicket")] = None
    process_date_time: Annotated[str | None, Field(alias="ProcessDateTime")] = None
    """
    When the order was marked as processed.
    """
