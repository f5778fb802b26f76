# Generated from specs/assure_ecommerce.yaml by vendorgen. Do not edit: regenerate instead.
"""A mock of the Assure Magic API for custom e-commerce platforms API for tests: checks auth, validates requests
against the spec, answers with the documented examples."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from fastapi import FastAPI

from .. import _operations as ops
from .. import models
from ._support import DEFAULT_MAX_BODY_BYTES, ErrorTemplate, Route, build_mock_app

__all__ = ["ROUTES", "create_mock_app"]

ROUTES: tuple[Route, ...] = (
    Route(
        name="push_order",
        method="POST",
        path="/order",
        body_model=models.OrderPush,
        body_schema="OrderPush",
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
            "parent_order_id": 132,
            "warehouse_id": "Wid234",
            "order_id": "H19304030003",
            "order_time": "2018-10-01T08:18:25Z",
            "shipping_address": {
                "email": "",
                "first_name": "Rohan",
                "last_name": "Kapadia",
                "mobile": "+911231231231",
                "line_one": "first line of the structured address",
                "line_two": "second line of the structured address",
                "line_three": "",
                "line_four": "",
                "city": "Bengaluru",
                "state": "Karnataka",
                "country": "India",
                "zip": "560103",
            },
            "billing_address": {
                "email": "",
                "first_name": "Rohan",
                "last_name": "Kapadia",
                "mobile": "+911231231231",
                "line_one": "Addressline1",
                "line_two": "Addressline2",
                "line_three": "",
                "line_four": "",
                "city": "Bengaluru",
                "state": "Karnataka",
                "country": "India",
                "zip": "560103",
            },
            "order_items": [
                {
                    "sku_id": 2,
                    "ean": 2,
                    "order_item_id": "102",
                    "ordered_quantity": 2,
                    "cancelled_quantity": 0,
                    "mrp": "1500.0",
                    "discount_amount_item": "0.0",
                    "selling_price_per_item": "1500.0",
                    "gift_options": {
                        "giftwrap_required": False,
                        "gift": False,
                        "gift_message": "",
                        "gift_charge": 0,
                    },
                },
                {
                    "sku_id": 3,
                    "ean": 8,
                    "order_item_id": 101,
                    "ordered_quantity": 5,
                    "cancelled_quantity": 0,
                    "mrp": "1500.0",
                    "discount_amount_item": 0.0,
                    "selling_price_per_item": 1500.0,
                    "gift_options": {
                        "is_giftwrap_required": False,
                        "is_gift": False,
                        "gift_message": "",
                        "gift_charge": 0,
                    },
                },
            ],
            "on_hold": False,
            "dispatch_by_time": "2018-10-01T08:18:25Z",
            "ack_by_time": "2018-10-01T08:18:25Z",
            "payment_method": "NCOD",
        },
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="push_order_cancellation",
        method="PUT",
        path="/cancel-order",
        body_model=models.OrderCancellationPush,
        body_schema="OrderCancellationPush",
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
            "cancel_items": [
                {"order_item_id": "102", "cancelled_quantity": 1, "sku_id": "2"},
                {"order_item_id": "101", "cancelled_quantity": 4, "sku_id": "3"},
            ],
            "order_id": "H19304030001",
        },
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="push_return_order",
        method="POST",
        path="/return-order",
        body_model=models.ReturnOrderPush,
        body_schema="ReturnOrderPush",
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
            "forward_order_number": "108",
            "warehouseId": "Wid234",
            "order_items": [
                {
                    "price": "1500.0",
                    "reason_for_return": "Different Size",
                    "sku_id": 3,
                    "status": "initiated",
                    "sub_reason": "size",
                }
            ],
            "order_type": "SELF_SHIP",
            "return_order_id": 101,
            "tracking_id": "HYN402",
            "transporter": "BlueDart",
        },
        errors={
            400: ErrorTemplate(400, {"code": 0, "description": "x"}, "/description"),
            401: ErrorTemplate(401, {"code": 0, "description": "x"}, "/description"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
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
        title="Mock Assure Magic API for custom e-commerce platforms",
        credentials=credentials,
        rate_limit=ops.RATE_LIMIT if emulate_rate_limit else None,
        emulate_idempotency=emulate_idempotency,
        retry_after_default=None,
        clock=clock,
        max_body_bytes=max_body_bytes,
    )
