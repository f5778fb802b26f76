# Generated from specs/graas.yaml by vendorgen. Do not edit: regenerate instead.
"""A mock of the Graas API API for tests: checks auth, validates requests
against the spec, answers with the documented examples."""

from __future__ import annotations

import time
import typing
from collections.abc import Callable, Mapping

import pydantic

from fastapi import FastAPI
from pydantic import TypeAdapter

from .. import _operations as ops
from .. import models
from ._support import DEFAULT_MAX_BODY_BYTES, ErrorTemplate, Route, build_mock_app
from ._support import ParamSpec

__all__ = ["ROUTES", "create_mock_app"]

ROUTES: tuple[Route, ...] = (
    Route(
        name="create_asn",
        method="POST",
        path="/v1/asn",
        body_model=models.CreateAsnRequest,
        body_required=True,
        params=(),
        security=(
            (
                "accountNumber",
                "appKey",
            ),
            (
                "appKey",
                "longToken",
            ),
        ),
        success_status=200,
        success_body={"asnID": 24},
        errors={
            400: ErrorTemplate(400, {"errorMessage": "supplierID is missing"}, "/errorMessage"),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(413, {"errorMessage": "supplierID is missing"}, "/errorMessage"),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="create_kartrocket_account",
        method="POST",
        path="/v1/accounts/channels/kartrocket",
        body_model=models.KartrocketAccountRequest,
        body_required=True,
        params=(),
        security=(("appKey",),),
        success_status=200,
        success_body={
            "accountNumber": "5a4e44b3a67a6d000489e5a8",
            "status": "success",
            "url": "https://dev.sellonall.com/Dashboard/signup/index.html?userId=5a4e44b4e4b0b058034e7975&accountNumber=5a4e44b3a67a6d000489e5a8&isTrusted=true",
            "responseMessage": "Your account creation request has been successful. Fill the password and complete the registration.",
        },
        errors={
            400: ErrorTemplate(400, {"status": "x"}, "/status"),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(413, {"status": "x"}, "/status"),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="create_lazada_account",
        method="POST",
        path="/v1/accounts/channels/lazada",
        body_model=models.LazadaAccountRequest,
        body_required=True,
        params=(),
        security=(("appKey",),),
        success_status=200,
        success_body={
            "accountNumber": "5a4e46e7a67a6d000489e5ae",
            "status": "success",
            "url": "https://dev.sellonall.com/Dashboard/signup/index.html?userId=5a4e46e7e4b0b058034e7978&accountNumber=5a4e46e7a67a6d000489e5ae&isTrusted=true",
            "responseMessage": "Your account creation request has been successful. Fill the password and complete the registration.",
        },
        errors={
            400: ErrorTemplate(400, {"status": "x"}, "/status"),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(413, {"status": "x"}, "/status"),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="create_product_master",
        method="POST",
        path="/v1/productMaster/item",
        body_model=models.ProductMasterCreateRequest,
        body_required=True,
        params=(),
        security=(
            (
                "accountNumber",
                "appKey",
            ),
            (
                "appKey",
                "longToken",
            ),
        ),
        success_status=201,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"errorMessage": "sellerSku : fxlm already exists"}, "/errorMessage"
            ),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(
                413, {"errorMessage": "sellerSku : fxlm already exists"}, "/errorMessage"
            ),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="get_asn",
        method="GET",
        path="/v1/asn/{asnID}",
        body_model=None,
        body_required=False,
        params=(
            ParamSpec("asnID", "path", True, TypeAdapter(int), False),
            ParamSpec(
                "warehouseID",
                "query",
                True,
                TypeAdapter(typing.Annotated[str, pydantic.Field(min_length=1)]),
                False,
            ),
        ),
        security=(
            (
                "accountNumber",
                "appKey",
            ),
            (
                "appKey",
                "longToken",
            ),
        ),
        success_status=200,
        success_body={
            "asnID": 15,
            "supplierID": 1,
            "supplierRef": "123456789",
            "date": 1627309834,
            "status": "draft",
            "orderItems": [
                {
                    "sellerSKU": "testSKU1",
                    "description": "Milk powder brand name",
                    "quantity": 2,
                    "receivedQuantity": 2,
                    "uom": 1,
                    "itemAmount": {"amount": 1200, "currencyCode": "SGD"},
                    "status": "draft",
                },
                {
                    "sellerSKU": "testSKU2",
                    "description": "Hybrid apple watch",
                    "quantity": 1,
                    "receivedQuantity": 1,
                    "uom": 1,
                    "itemAmount": {"amount": 1550, "currencyCode": "SGD"},
                    "status": "draft",
                },
            ],
        },
        errors={
            400: ErrorTemplate(400, {"errorMessage": "asnID is missing"}, "/errorMessage"),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(413, {"errorMessage": "asnID is missing"}, "/errorMessage"),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="get_asn_ids",
        method="GET",
        path="/v1/asn",
        body_model=None,
        body_required=False,
        params=(
            ParamSpec("supplierID", "query", True, TypeAdapter(int), False),
            ParamSpec(
                "supplierRef",
                "query",
                True,
                TypeAdapter(typing.Annotated[str, pydantic.Field(min_length=1)]),
                False,
            ),
            ParamSpec(
                "warehouseID",
                "query",
                True,
                TypeAdapter(typing.Annotated[str, pydantic.Field(min_length=1)]),
                False,
            ),
        ),
        security=(
            (
                "accountNumber",
                "appKey",
            ),
            (
                "appKey",
                "longToken",
            ),
        ),
        success_status=200,
        success_body={"asnIDs": [2, 15]},
        errors={
            400: ErrorTemplate(
                400, {"errorMessage": "supplierID and supplierRef is missing"}, "/errorMessage"
            ),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(
                413, {"errorMessage": "supplierID and supplierRef is missing"}, "/errorMessage"
            ),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="get_authorization_url",
        method="POST",
        path="/services/account/auth",
        body_model=models.AccountAuthRequest,
        body_required=True,
        params=(),
        security=(("appKey",),),
        success_status=200,
        success_body={
            "status": "success",
            "url": "https://stage.graas.work/signup?email=badoh7459220%40pbridal.com&code=fdc8215d-c6a3-44cc-95f6-4d85d2c6e92c",
        },
        errors={
            400: ErrorTemplate(400, {"status": "x"}, "/status"),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(413, {"status": "x"}, "/status"),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="get_long_token",
        method="GET",
        path="/services/account/longToken",
        body_model=None,
        body_required=False,
        params=(
            ParamSpec(
                "code",
                "query",
                True,
                TypeAdapter(typing.Annotated[str, pydantic.Field(min_length=1)]),
                False,
            ),
        ),
        security=(("appKey",),),
        success_status=200,
        success_body={"longToken": "<long token>"},
        errors={
            400: ErrorTemplate(400, {"errorMessage": ""}, "/errorMessage"),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(413, {"errorMessage": ""}, "/errorMessage"),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="get_order",
        method="GET",
        path="/v1/order/{nickNameID}/{orderID}",
        body_model=None,
        body_required=False,
        params=(
            ParamSpec(
                "nickNameID",
                "path",
                True,
                TypeAdapter(typing.Annotated[str, pydantic.Field(min_length=1)]),
                False,
            ),
            ParamSpec(
                "orderID",
                "path",
                True,
                TypeAdapter(typing.Annotated[str, pydantic.Field(min_length=1)]),
                False,
            ),
        ),
        security=(
            (
                "accountNumber",
                "appKey",
            ),
            (
                "appKey",
                "longToken",
            ),
        ),
        success_status=200,
        success_body={
            "site": {"name": "lazada", "nickNameID": "lazada-1"},
            "orderID": "1514262635",
            "orderNumber": "1514262635",
            "buyerDetails": {"name": "abs", "email": "abc@gmail.com"},
            "paymentMethods": "VISA/MasterCard",
            "orderStatus": "INITIATED",
            "paymentStatus": "COMPLETED",
            "shippingStatus": "NOT_SHIPPED",
            "shippingDetails": {
                "address": {
                    "name": "abc",
                    "street1": "abc",
                    "street2": "abcd",
                    "phone": 213123,
                    "postalCode": 1212,
                    "country": "Singapore",
                },
                "shippingTrackingDetails": {
                    "airwayBill": "WNTTABZWECABYRXKXH28",
                    "courierName": "Delivery",
                },
            },
            "shippingAmount": {"amount": 1521, "currencyCode": "SGD"},
            "sellerDiscountAmount": {"amount": 900, "currencyCode": "SGD"},
            "channelDiscountAmount": {"amount": 0, "currencyCode": "SGD"},
            "timeCreated": 1505889671,
            "timeLastUpdated": 1505889671,
            "timeOrderCreated": 1505889671,
            "orderItems": [
                {
                    "itemTitle": "Export Drones Drones DJI  DJI Spark FLY More Combo (UK)",
                    "itemAmount": {"amount": 18000, "currencyCode": "SGD"},
                    "customSKU": "EXPDRONE",
                    "variantDetails": [{"title": "Colour", "name": "Sunrise Yellow"}],
                    "quantity": 1,
                    "settlementAmount": {"amount": 0, "currencyCode": "SGD"},
                    "imageURL": "",
                }
            ],
            "orderAmount": {"amount": 18000, "currencyCode": "SGD"},
            "documents": {
                "shippingLabelUrl": "https://docs.graas.ai/uploads/shippingLabels/AIL/lazada-1/20033078YKWU3K.pdf"
            },
            "status": "success",
        },
        errors={
            400: ErrorTemplate(400, {"errorMessage": ""}, "/errorMessage"),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(413, {"errorMessage": ""}, "/errorMessage"),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="get_orders",
        method="GET",
        path="/v1/orders",
        body_model=None,
        body_required=False,
        params=(
            ParamSpec("basicUnitCustomSKU", "query", False, TypeAdapter(bool), False),
            ParamSpec("groupByCart", "query", False, TypeAdapter(bool), False),
            ParamSpec(
                "pageNumber",
                "query",
                False,
                TypeAdapter(typing.Annotated[int, pydantic.Field(ge=1)]),
                False,
            ),
            ParamSpec(
                "pageSize",
                "query",
                False,
                TypeAdapter(typing.Annotated[int, pydantic.Field(ge=1)]),
                False,
            ),
            ParamSpec(
                "updatedAfter",
                "query",
                True,
                TypeAdapter(typing.Annotated[int, pydantic.Field(ge=0)]),
                False,
            ),
            ParamSpec(
                "updatedBefore",
                "query",
                True,
                TypeAdapter(typing.Annotated[int, pydantic.Field(ge=0)]),
                False,
            ),
        ),
        security=(
            (
                "accountNumber",
                "appKey",
            ),
            (
                "appKey",
                "longToken",
            ),
        ),
        success_status=200,
        success_body={
            "numberOfPages": 1,
            "numberOfRecords": 3,
            "history": [
                {
                    "site": {"name": "qoo10", "nickNameID": "qoo10-1"},
                    "orderID": "227973300",
                    "buyerDetails": {"name": "Hui", "email": "ram@graas.ai"},
                    "orderNumber": "227973300",
                    "orderItems": [
                        {
                            "orderItemID": "227973300",
                            "SKU": "AIL0006416-01",
                            "quantity": 12,
                            "itemAmount": {"amount": 355, "currencyCode": "SGD"},
                            "shippingAmount": {"amount": 390, "currencyCode": "SGD"},
                            "orderType": "Delivery",
                            "itemTitle": "[FNN] CARTON SALES COCOLIFE 100% COCONUT WATER 1L x 12",
                            "settlementAmount": {"amount": 3962, "currencyCode": "SGD"},
                            "imageURL": "http://images.graas.ai/uploads/AIL/Shinmudra-U-AIL0004892-01/thumbnail/1.jpg",
                            "variantDetails": [
                                {"title": "Type", "name": "Cocolife Coconut Water 1L x 12"}
                            ],
                            "customSKU": "8888200702977",
                            "isOption": False,
                            "categoryName": "Drinks & Sweets/Others/Others ## 300000931",
                            "categoryID": "300000931",
                        }
                    ],
                    "orderStatus": "INITIATED",
                    "paymentStatus": "NOT_INITIATED",
                    "shippingStatus": "NOT_SHIPPED",
                    "orderAmount": {"amount": 4260, "currencyCode": "SGD"},
                    "shippingDetails": {
                        "address": {
                            "name": "Hui",
                            "street1": "*******airN*******",
                            "street2": "Boon Keng",
                            "phone": "+65*******1872",
                            "postalCode": "32***60",
                            "country": "SG",
                        },
                        "shippingTrackingDetails": {
                            "airwayBill": "SGP95722039",
                            "courierName": "Store Pickup",
                            "remarks": "Get the order between 9 am and 12 pm.",
                            "pickupVoucherCode": "1234567891***",
                        },
                    },
                    "timeCreated": 1504588069,
                    "timeLastUpdated": 1504588069,
                    "timeOrderCreated": 1504587886,
                    "shippingAmount": {"amount": 390, "currencyCode": "SGD"},
                    "sellerDiscountAmount": {"amount": 900, "currencyCode": "SGD"},
                    "channelDiscountAmount": {"amount": 0, "currencyCode": "SGD"},
                    "cartNumber": "113054733",
                    "invoiceNumber": "INV0000001",
                    "documents": {
                        "shippingLabelUrl": "https://docs.graas.ai/uploads/shippingLabels/AIL/qoo10-1/20033078YKWU3K.pdf"
                    },
                },
                {
                    "orderID": "34550403686697",
                    "site": {"name": "lazada", "nickNameID": "lazada-1"},
                    "buyerDetails": {"name": "Mark "},
                    "channelDiscountAmount": {"amount": 0, "currencyCode": "SGD"},
                    "invoiceNumber": "INV00012630",
                    "orderAmount": {"amount": 5040, "currencyCode": "SGD"},
                    "orderAmountInUSD": {"amount": 3622, "currencyCode": "USD"},
                    "orderItems": [
                        {
                            "orderItemID": "34550403786697",
                            "shopId": "Graas Store",
                            "SKU": "AIL0000755",
                            "shippingAmount": {"amount": 75, "currencyCode": "SGD"},
                            "customSKU": "248HT-970S",
                            "shopSKU": "OE702HLAA9L5OUSGAMZ-19159282",
                            "quantity": 1,
                            "itemAmount": {"amount": 2520, "currencyCode": "SGD"},
                            "itemTitle": "Hotery Professional Chef's Torch",
                            "sellerDiscountAmount": {"amount": 0, "currencyCode": "SGD"},
                            "deliveryType": "Dropshipping",
                            "shippingProviderType": "standard",
                            "timeOrderCreated": 1594212698,
                            "paymentStatus": "REFUNDED",
                            "orderStatus": "CANCELLED",
                            "shippingStatus": "NOT_SHIPPED",
                            "imageURL": "http://images.graas.ai/uploads/AIL/Shinmudra-AIL0000755/thumbnail/1.jpeg",
                            "isOption": False,
                            "categoryName": "Outdoor & Garden:Outdoor:BBQ & Outdoor Dining:BBQ Accessories ## 10000792",
                            "categoryID": "10000792",
                            "itemSoldAmount": {"amount": 2520, "currencyCode": "SGD"},
                        },
                        {
                            "orderItemID": "34550403886697",
                            "shopId": "Graas Store",
                            "SKU": "AIL0000755",
                            "shippingAmount": {"amount": 74, "currencyCode": "SGD"},
                            "customSKU": "248HT-970S",
                            "shopSKU": "OE702HLAA9L5OUSGAMZ-19159282",
                            "quantity": 1,
                            "itemAmount": {"amount": 2520, "currencyCode": "SGD"},
                            "itemTitle": "Hotery Professional Chef's Torch",
                            "sellerDiscountAmount": {"amount": 0, "currencyCode": "SGD"},
                            "deliveryType": "Dropshipping",
                            "shippingProviderType": "standard",
                            "timeOrderCreated": 1594212698,
                            "paymentStatus": "COMPLETED",
                            "orderStatus": "PROCESSING",
                            "shippingStatus": "READY_TO_SHIP",
                            "shippingTrackingDetails": {
                                "airwayBill": "NLSGD10778330",
                                "courierName": "Pickup: NinjaVanSG, Delivery: NinjaVan",
                            },
                            "imageURL": "http://images.graas.ai/uploads/AIL/Shinmudra-AIL0000755/thumbnail/1.jpeg",
                            "isOption": False,
                            "categoryName": "Outdoor & Garden:Outdoor:BBQ & Outdoor Dining:BBQ Accessories ## 10000792",
                            "categoryID": "10000792",
                            "itemSoldAmount": {"amount": 2520, "currencyCode": "SGD"},
                        },
                    ],
                    "orderNumber": "34550403686697",
                    "orderSoldAmount": {"amount": 5040, "currencyCode": "SGD"},
                    "orderSoldAmountInUSD": {"amount": 3622, "currencyCode": "USD"},
                    "orderStatus": "PROCESSING",
                    "orderStatuses": ["CANCELLED", "PROCESSING"],
                    "paymentMethods": ["MIXEDCARD"],
                    "paymentStatus": "COMPLETED",
                    "paymentStatuses": ["REFUNDED"],
                    "sellerDiscountAmount": {"amount": 0, "currencyCode": "SGD"},
                    "shippingAmount": {"amount": 149, "currencyCode": "SGD"},
                    "shippingDetails": {
                        "address": {
                            "name": "Mark",
                            "street1": "****cNair********",
                            "street2": "Boon Keng",
                            "state": "Singapore",
                            "city": "Singapore",
                            "country": "Singapore",
                            "phone": "***15818***",
                            "postalCode": "32***60",
                        },
                        "shippingTrackingDetails": {
                            "airwayBill": "NLSGD10778330",
                            "courierName": "Pickup: NinjaVanSG, Delivery: NinjaVan",
                        },
                        "shippingTrackingDetailsList": [
                            {
                                "courierName": "Pickup: NinjaVanSG, Delivery: NinjaVan",
                                "airwayBill": "NLSGD10778330",
                            }
                        ],
                    },
                    "shippingStatus": "READY_TO_SHIP",
                    "shippingStatuses": ["READY_TO_SHIP", "NOT_SHIPPED"],
                    "documents": {
                        "shippingLabelUrl": "https://docs.graas.ai/uploads/shippingLabels/AIL/lazada-1/34550403686697.pdf"
                    },
                    "timeCancelled": 1594212835,
                    "timeCreated": 1594212836,
                    "timeLastUpdated": 1594258354,
                    "timeOrderCreated": 1594212698,
                    "updateStatus": "COMPLETE",
                    "updateStartTime": 1594258054,
                },
                {
                    "orderID": "7446703243474",
                    "site": {"name": "lazada", "nickNameID": "lazada-1"},
                    "buyerDetails": {"name": "Teena Sehgal Chadha"},
                    "channelDiscountAmount": {"amount": 412, "currencyCode": "SGD"},
                    "orderAmount": {"amount": 6280, "currencyCode": "SGD"},
                    "orderAmountInUSD": {"amount": 4559, "currencyCode": "USD"},
                    "orderItems": [
                        {
                            "orderItemID": "7446703643474",
                            "shopId": "Graas Store",
                            "shippingAmount": {"amount": 0, "currencyCode": "SGD"},
                            "customSKU": "553256",
                            "quantity": 1,
                            "itemAmount": {"amount": 3490, "currencyCode": "SGD"},
                            "itemTitle": "Jamie Oliver Round Baking Dish (Rustic Red)",
                            "sellerDiscountAmount": {"amount": 0, "currencyCode": "SGD"},
                            "deliveryType": "Own Warehouse",
                            "shippingProviderType": "standard",
                            "timeOrderCreated": 1540015389,
                            "itemSoldAmount": {"amount": 3490, "currencyCode": "SGD"},
                            "orderStatus": "RETURNED",
                            "paymentStatus": "REFUNDED",
                            "shippingStatus": "RETURNED",
                            "shippingTrackingDetails": {"airwayBill": "NLRSG-10-9D981E6C6BD"},
                        },
                        {
                            "orderItemID": "7446704343474",
                            "shopId": "Graas Store",
                            "shippingAmount": {"amount": 0, "currencyCode": "SGD"},
                            "customSKU": "553228",
                            "quantity": 1,
                            "itemAmount": {"amount": 2790, "currencyCode": "SGD"},
                            "itemTitle": "Jamie Oliver Terracotta Bowl (Rustic Red)",
                            "sellerDiscountAmount": {"amount": 0, "currencyCode": "SGD"},
                            "deliveryType": "Dropshipping",
                            "shippingProviderType": "economy",
                            "timeOrderCreated": 1540015389,
                            "itemSoldAmount": {"amount": 2790, "currencyCode": "SGD"},
                            "orderStatus": "DELIVERED",
                            "paymentStatus": "COMPLETED",
                            "shippingStatus": "DELIVERED",
                            "shippingTrackingDetails": {
                                "airwayBill": "NLSGD00782761",
                                "courierName": "Pickup: SpeedPost, Delivery: NinjaVan",
                            },
                        },
                    ],
                    "orderNumber": "7446703243474",
                    "orderSoldAmount": {"amount": 6280, "currencyCode": "SGD"},
                    "orderSoldAmountInUSD": {"amount": 4559, "currencyCode": "USD"},
                    "orderStatus": "DELIVERED",
                    "paymentMethods": ["MIXEDCARD"],
                    "paymentStatus": "COMPLETED",
                    "sellerDiscountAmount": {"amount": 0, "currencyCode": "SGD"},
                    "shippingAmount": {"amount": 0, "currencyCode": "SGD"},
                    "shippingDetails": {
                        "address": {
                            "name": "Teena Sehgal Chadha",
                            "street1": "************ Nakhoda, Holland G***********",
                            "street2": "",
                            "city": "Singapore",
                            "country": "Singapore",
                            "phone": "65******3702",
                            "postalCode": "25****2",
                        },
                        "shippingTrackingDetails": {
                            "airwayBill": "NLSGD00782761",
                            "courierName": "Pickup: SpeedPost, Delivery: NinjaVan",
                        },
                        "shippingTrackingDetailsList": [
                            {
                                "airwayBill": "NLSGD00782761",
                                "courierName": "Pickup: SpeedPost, Delivery: NinjaVan",
                            },
                            {"airwayBill": "NLRSG-10-9D981E6C6BD"},
                        ],
                    },
                    "documents": {
                        "shippingLabelUrl": "https://docs.graas.ai/uploads/shippingLabels/AIL/lazada-1/34550403686697.pdf"
                    },
                    "shippingStatus": "DELIVERED",
                    "timeCreated": 1564724322,
                    "timeDelivered": 1564724322,
                    "timeLastUpdated": 1564724322,
                    "timeOrderCreated": 1540015389,
                    "orderStatuses": ["DELIVERED", "RETURNED"],
                    "paymentStatuses": ["COMPLETED", "REFUNDED"],
                    "shippingStatuses": ["DELIVERED", "RETURNED"],
                },
            ],
            "status": "success",
        },
        errors={
            400: ErrorTemplate(400, {"errorMessage": ""}, "/errorMessage"),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(413, {"errorMessage": ""}, "/errorMessage"),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="get_short_token",
        method="GET",
        path="/services/account/shortToken",
        body_model=None,
        body_required=False,
        params=(),
        security=(("longToken",),),
        success_status=200,
        success_body={
            "status": "success",
            "accessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJleHAiOjE2OTk1MDc4MDQsImp0aSI6IjIyOGRhZTc0LTI4MjEtNGUwOC05YTE1LWFmMTM0ZjYzZmViNSIsInVzZXJOYW1lIjoidGMxQGdyYWFzLndvcmsiLCJhY2NvdW50TnVtYmVyIjoiNjNmZGM5ODNiMzc4NjFkMzBhZjg5MTlmIiwibWVyY2hhbnRJRCI6IlRDMSIsInVzZXJJZCI6IjY0NmFkOTIyY2M4MDhkNmE4ZDg5NjA2NyIsImxvY2FsZSI6ImVuX1VTIiwiYWNjb3VudFRpbWV6b25lIjoiQXNpYS9TaW5nYXBvcmUifQ.Pf1FBF_aYiGxnyFaOu-Nyv2nVcIMqv2cUBlp9S-BqHE",
        },
        errors={
            400: ErrorTemplate(400, {"status": "x"}, "/status"),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(413, {"status": "x"}, "/status"),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="update_orders",
        method="PUT",
        path="/v1/orders",
        body_model=models.OrderUpdateRequest,
        body_required=True,
        params=(),
        security=(
            (
                "accountNumber",
                "appKey",
            ),
            (
                "appKey",
                "longToken",
            ),
        ),
        success_status=200,
        success_body={
            "result": [
                {
                    "response": {
                        "orderID": "31659500092762",
                        "orderStatus": "ACCEPTED",
                        "site": {"name": "lazada", "nickNameID": "lazada-1"},
                        "orderItems": [
                            {"orderItemID": "31685600492762", "sellerSKU": "testSKU1"},
                            {"orderItemID": "31685600592734", "sellerSKU": "testSKU2"},
                        ],
                    },
                    "httpCode": 202,
                },
                {
                    "errorMessage": "Record Not Found",
                    "response": {
                        "orderID": "152121",
                        "orderStatus": "ACCEPTED",
                        "site": {"name": "lazada", "nickNameID": "lazada-1"},
                        "shippingTrackingDetails": {
                            "courierName": "Singpost Registered Mail",
                            "airwayBill": "22",
                        },
                    },
                    "httpCode": 404,
                },
            ]
        },
        errors={
            400: ErrorTemplate(400, {"errorMessage": ""}, "/errorMessage"),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(413, {"errorMessage": ""}, "/errorMessage"),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
        variants=(
            (models.AcceptOrderRequest, {}),
            (models.CancelOrderRequest, {}),
        ),
    ),
    Route(
        name="update_product_master",
        method="PUT",
        path="/v1/productMaster/item",
        body_model=models.ProductMasterUpdateRequest,
        body_required=True,
        params=(),
        security=(
            (
                "accountNumber",
                "appKey",
            ),
            (
                "appKey",
                "longToken",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(400, {"errorMessage": ""}, "/errorMessage"),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(413, {"errorMessage": ""}, "/errorMessage"),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="update_quantities",
        method="PUT",
        path="/v1/productMaster/quantitiesList",
        body_model=models.BulkQuantitiesRequest,
        body_required=True,
        params=(),
        security=(
            (
                "accountNumber",
                "appKey",
            ),
            (
                "appKey",
                "longToken",
            ),
        ),
        success_status=200,
        success_body={
            "result": [
                {
                    "sellerSKU": "productmasterA",
                    "status": "success",
                    "updatedQuantity": [
                        {"warehouseID": "satsaco-1", "quantity": 30},
                        {"warehouseID": "MyStock-1", "quantity": 31},
                    ],
                    "httpCode": 200,
                },
                {"sellerSKU": "productmasterB", "status": "failure", "httpCode": 400},
                {
                    "sellerSKU": "productmasterC",
                    "updatedQuantity": [{"quantity": 32, "warehouseID": "MyStock-1"}],
                    "httpCode": 200,
                },
            ]
        },
        errors={
            400: ErrorTemplate(400, {"errorMessage": ""}, "/errorMessage"),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(413, {"errorMessage": ""}, "/errorMessage"),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="update_quantity_diffs",
        method="PUT",
        path="/v1/productMaster/quantityDiffList",
        body_model=models.BulkQuantityDiffsRequest,
        body_required=True,
        params=(),
        security=(
            (
                "accountNumber",
                "appKey",
            ),
            (
                "appKey",
                "longToken",
            ),
        ),
        success_status=200,
        success_body={
            "result": [
                {
                    "sellerSKU": "productmasterA",
                    "status": "success",
                    "updatedQuantity": [
                        {"warehouseID": "satsaco-1", "quantity": 33},
                        {"warehouseID": "MyStock-1", "quantity": 32},
                    ],
                    "httpCode": 200,
                },
                {"sellerSKU": "productmasterB", "status": "failure", "httpCode": 400},
                {
                    "sellerSKU": "productmasterC",
                    "updatedQuantity": [{"quantity": 35, "warehouseID": "MyStock-1"}],
                    "httpCode": 200,
                },
            ]
        },
        errors={
            400: ErrorTemplate(400, {"errorMessage": ""}, "/errorMessage"),
            401: ErrorTemplate(401, {"errorMessage": ""}, "/errorMessage"),
            413: ErrorTemplate(413, {"errorMessage": ""}, "/errorMessage"),
            429: ErrorTemplate(429, {"errorMessage": ""}, "/errorMessage"),
            500: ErrorTemplate(500, {"errorMessage": ""}, "/errorMessage"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
)


def create_mock_app(
    *,
    credentials: Mapping[str, str] | None = None,
    emulate_rate_limit: bool = False,
    emulate_idempotency: bool = False,
    clock: Callable[[], float] = time.monotonic,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> FastAPI:
    """A FastAPI app mocking every inbound operation.

    `credentials` maps security scheme ids to the values the mock accepts (any non-empty
    value when omitted). `emulate_rate_limit` answers 429 with Retry-After beyond the
    documented limit. `emulate_idempotency` replays the first response to a repeated
    idempotency key with the same payload (for its documented lifetime) and rejects the key
    with a different payload.
    """
    return build_mock_app(
        ROUTES,
        ops.AUTH_SCHEMES,
        title="Mock Graas API",
        credentials=credentials,
        rate_limit=ops.RATE_LIMIT if emulate_rate_limit else None,
        emulate_idempotency=emulate_idempotency,
        retry_after_default=None,
        clock=clock,
        max_body_bytes=max_body_bytes,
    )
