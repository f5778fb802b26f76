# Generated from specs/assure_erp.yaml by vendorgen. Do not edit: regenerate instead.
"""A mock of the Assure Magic V2 API for ERP Systems API for tests: checks auth, validates requests
against the spec, answers with the documented examples."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from fastapi import FastAPI

from .. import _operations as ops
from .. import models
from ._support import DEFAULT_MAX_BODY_BYTES, ErrorTemplate, Route, build_mock_app
from ._support import ParamSpec

__all__ = ["ROUTES", "create_mock_app"]

ROUTES: tuple[Route, ...] = (
    Route(
        name="add_customer_location",
        method="POST",
        path="/master/customers/{customerCode}/locations",
        body_model=models.CustomerLocation,
        body_schema="CustomerLocation",
        body_required=True,
        params=(ParamSpec("customerCode", "path", True, {"type": "string", "minLength": 1}),),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="add_vendor_location",
        method="POST",
        path="/master/vendors/{vendorCode}/locations",
        body_model=models.VendorLocation,
        body_schema="VendorLocation",
        body_required=True,
        params=(ParamSpec("vendorCode", "path", True, {"type": "string", "minLength": 1}),),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="create_customer_master",
        method="POST",
        path="/master/customers",
        body_model=models.CustomerMaster,
        body_schema="CustomerMaster",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="create_inward_order",
        method="POST",
        path="/orders/inward",
        body_model=models.CreateInwardOrderRequest,
        body_schema="CreateInwardOrderRequest",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="create_manufacturable_sku",
        method="POST",
        path="/master/sku/manufacturable",
        body_model=models.ManufacturableSkuRequest,
        body_schema="ManufacturableSkuRequest",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="create_outward_order",
        method="POST",
        path="/orders/outward",
        body_model=models.CreateOutwardOrderRequest,
        body_schema="CreateOutwardOrderRequest",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="create_outward_order_using_partner_codes",
        method="POST",
        path="/orders/outward/partner-code",
        body_model=models.CreateOutwardOrderUsingPartnerCodesRequest,
        body_schema="CreateOutwardOrderUsingPartnerCodesRequest",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="create_sku_listings",
        method="POST",
        path="/master/sku-listings",
        body_model=models.CreateSkuListingsRequest,
        body_schema="CreateSkuListingsRequest",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="create_vendor_master",
        method="POST",
        path="/master/vendors",
        body_model=models.VendorMaster,
        body_schema="VendorMaster",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="post_master_articles",
        method="POST",
        path="/master/articles",
        body_model=models.ArticlesPostRequest,
        body_schema="ArticlesPostRequest",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body={
            "virtualSkuDefinitions": [
                {
                    "virtualParentChannelSkuId": "parent1",
                    "childSkus": [{"channelSkuCode": "sku1", "qty": 2}],
                }
            ]
        },
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
        variants=(
            (models.CreateArticleMasterRequest, {}),
            (models.CreateVirtualSkuDefinitionRequest, {}),
            (models.SearchVirtualSkuDefinitionRequest, {"virtualSkuDefinitions": []}),
        ),
    ),
    Route(
        name="push_customer_cancellation",
        method="PUT",
        path="/orders/{orderCode}/cancel",
        body_model=models.CustomerCancellationRequest,
        body_schema="CustomerCancellationRequest",
        body_required=True,
        params=(ParamSpec("orderCode", "path", True, {"type": "string", "minLength": 1}),),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="remove_manufacturable_sku",
        method="POST",
        path="/master/sku/manufacturable/remove",
        body_model=models.ManufacturableSkuRequest,
        body_schema="ManufacturableSkuRequest",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="search_article_master",
        method="POST",
        path="/master/articles/search",
        body_model=models.SearchArticleMasterRequest,
        body_schema="SearchArticleMasterRequest",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body={
            "articleMasters": [
                {
                    "channelSkuCode": "channelSkuCode1",
                    "category": "category",
                    "brand": "BrandFactory",
                    "styleCode": "erp article style",
                    "mrp": 1299.0,
                    "hsn": "hsn1234",
                    "imageUrl": "HTTP://www.mybrand.com/styl123.jpg",
                    "name": "product name",
                    "taxRule": "GST_3",
                    "size": "xl",
                    "color": "blue",
                },
                {
                    "channelSkuCode": "channelSkuCode2",
                    "category": "category",
                    "brand": "puma",
                    "styleCode": "erp article style",
                    "mrp": 1299.0,
                    "hsn": "hsn1234",
                    "imageUrl": "HTTP://www.mybrand.com/styl123.jpg",
                    "name": "product name",
                    "taxRule": "GST_APPAREL",
                    "size": "xl",
                    "color": "blue",
                },
            ]
        },
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="search_customer_location",
        method="GET",
        path="/master/customers/{customerCode}/locations/{customerLocationCode}",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(
            ParamSpec("customerCode", "path", True, {"type": "string", "minLength": 1}),
            ParamSpec("customerLocationCode", "path", True, {"type": "string", "minLength": 1}),
        ),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body={
            "customerCode": "customerCode",
            "customerLocationCode": "customerLocationCode",
            "gstin": "ABBDEG67889",
            "billingAddress": {
                "name": "name",
                "line1": "address line 1",
                "line2": "address line 2",
                "line3": "address line 3",
                "city": "Bengaluru",
                "state": "Karnataka",
                "zip": "560076",
                "country": "INDIA",
                "email": "email.com",
                "phone": "9999999999",
            },
            "shippingAddress": {
                "name": "name",
                "line1": "address line 1",
                "line2": "address line 2",
                "line3": "address line 3",
                "city": "Bengaluru",
                "state": "Karnataka",
                "zip": "560076",
                "country": "INDIA",
                "email": "email.com",
                "phone": "9999999999",
            },
        },
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="search_customer_master",
        method="GET",
        path="/master/customers/{customerCode}",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(ParamSpec("customerCode", "path", True, {"type": "string", "minLength": 1}),),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body={
            "customerCode": "ErpCustomerCode",
            "name": "name",
            "address": {
                "name": "customerName",
                "line1": "address line 1",
                "line2": "address line 2",
                "line3": "address line 3",
                "city": "Bengaluru",
                "state": "Karnataka",
                "zip": "560076",
                "country": "INDIA",
                "email": "email.com",
                "phone": "9999999999",
            },
        },
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="search_inventory",
        method="POST",
        path="/inventories",
        body_model=models.SearchInventoryRequest,
        body_schema="SearchInventoryRequest",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body={
            "inventories": [
                {
                    "channelSkuCode": "100565437",
                    "qcPassAvailableQuantity": 100,
                    "qcPassAllocatedQuantity": 100,
                    "qcPassRecycledQuantity": 2,
                    "qcPassLostQuantity": 3,
                    "qcFailAvailableQuantity": 20,
                    "qcFailRecycledQuantity": 1,
                    "qcFailAllocatedQuantity": 0,
                    "qcFailLostQuantity": 1,
                },
                {
                    "channelSkuCode": "100565435",
                    "qcPassAvailableQuantity": 100,
                    "qcPassAllocatedQuantity": 100,
                    "qcPassRecycledQuantity": 2,
                    "qcPassLostQuantity": 3,
                    "qcFailAvailableQuantity": 20,
                    "qcFailRecycledQuantity": 1,
                    "qcFailAllocatedQuantity": 0,
                    "qcFailLostQuantity": 1,
                },
            ],
            "failedChannelSkuCodeList": ["100565431", "100565433"],
            "hasMore": False,
        },
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="search_sku_attributes",
        method="POST",
        path="/master/sku-attributes/search",
        body_model=models.SearchSkuAttributesRequest,
        body_schema="SearchSkuAttributesRequest",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body={
            "skuAttributeList": [
                {
                    "channelSkuCode": "erpArticleCode1",
                    "skuAttributes": {
                        "attribute1": "string",
                        "attribute10": "string",
                        "attribute11": "string",
                        "attribute12": "string",
                        "attribute13": "string",
                        "attribute14": "string",
                        "attribute15": "string",
                        "attribute2": "string",
                        "attribute3": "string",
                        "attribute4": "string",
                        "attribute5": "string",
                        "attribute6": "string",
                        "attribute7": "string",
                        "attribute8": "string",
                        "attribute9": "string",
                    },
                },
                {
                    "channelSkuCode": "erpArticleCode2",
                    "skuAttributes": {
                        "attribute1": "string",
                        "attribute10": "string",
                        "attribute11": "string",
                        "attribute12": "string",
                        "attribute13": "string",
                        "attribute14": "string",
                        "attribute15": "string",
                        "attribute2": "string",
                        "attribute3": "string",
                        "attribute4": "string",
                        "attribute5": "string",
                        "attribute6": "string",
                        "attribute7": "string",
                        "attribute8": "string",
                        "attribute9": "string",
                    },
                },
            ]
        },
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="search_vendor_location",
        method="GET",
        path="/master/vendors/{vendorCode}/locations/{vendorLocationCode}",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(
            ParamSpec("vendorCode", "path", True, {"type": "string", "minLength": 1}),
            ParamSpec("vendorLocationCode", "path", True, {"type": "string", "minLength": 1}),
        ),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body={
            "vendorCode": "vendorCode",
            "vendorLocationCode": "vendorLocationCode",
            "gstin": "ABBDEC567HH",
            "billingAddress": {
                "name": "name",
                "line1": "address line 1",
                "line2": "address line 2",
                "line3": "address line 3",
                "city": "Bengaluru",
                "state": "Karnataka",
                "zip": "560076",
                "country": "INDIA",
                "email": "email.com",
                "phone": "9999999999",
            },
            "shippingAddress": {
                "name": "name",
                "line1": "address line 1",
                "line2": "address line 2",
                "line3": "address line 3",
                "city": "Bengaluru",
                "state": "Karnataka",
                "zip": "560076",
                "country": "INDIA",
                "email": "email.com",
                "phone": "9999999999",
            },
        },
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="search_vendor_master",
        method="GET",
        path="/master/vendors/{vendorCode}",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(ParamSpec("vendorCode", "path", True, {"type": "string", "minLength": 1}),),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body={
            "vendorCode": "ErpVendorCode",
            "name": "name",
            "address": {
                "name": "vendor",
                "line1": "address line 1",
                "line2": "address line 2",
                "line3": "address line 3",
                "city": "Bengaluru",
                "state": "Karnataka",
                "zip": "560076",
                "country": "INDIA",
                "email": "email.com",
                "phone": "9999999999",
            },
        },
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="update_article_master",
        method="PUT",
        path="/master/articles",
        body_model=models.UpdateArticleMasterRequest,
        body_schema="UpdateArticleMasterRequest",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="update_customer_location",
        method="PUT",
        path="/master/customers/{customerCode}/locations",
        body_model=models.CustomerLocation,
        body_schema="CustomerLocation",
        body_required=True,
        params=(ParamSpec("customerCode", "path", True, {"type": "string", "minLength": 1}),),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="update_customer_master",
        method="PUT",
        path="/master/customers",
        body_model=models.CustomerMaster,
        body_schema="CustomerMaster",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="update_order_properties",
        method="PUT",
        path="/orders/{orderCode}",
        body_model=models.UpdateOrderPropertiesRequest,
        body_schema="UpdateOrderPropertiesRequest",
        body_required=True,
        params=(ParamSpec("orderCode", "path", True, {"type": "string", "minLength": 1}),),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="update_vendor_location",
        method="PUT",
        path="/master/vendors/{vendorCode}/locations",
        body_model=models.VendorLocation,
        body_schema="VendorLocation",
        body_required=True,
        params=(ParamSpec("vendorCode", "path", True, {"type": "string", "minLength": 1}),),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="update_vendor_master",
        method="PUT",
        path="/master/vendors",
        body_model=models.VendorMaster,
        body_schema="VendorMaster",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="upsert_sku_attributes",
        method="PUT",
        path="/master/sku-attributes",
        body_model=models.UpsertSkuAttributesRequest,
        body_schema="UpsertSkuAttributesRequest",
        body_required=True,
        params=(),
        security=(
            (
                "authPassword",
                "authUsername",
            ),
        ),
        success_status=200,
        success_body=None,
        errors={
            400: ErrorTemplate(
                400, {"message": "", "description": ""}, "/message", ("/description",)
            ),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(
                500, {"message": "", "description": ""}, "/message", ("/description",)
            ),
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
        title="Mock Assure Magic V2 API for ERP Systems",
        credentials=credentials,
        rate_limit=ops.RATE_LIMIT if emulate_rate_limit else None,
        emulate_idempotency=emulate_idempotency,
        retry_after_default=None,
        clock=clock,
        max_body_bytes=max_body_bytes,
    )
