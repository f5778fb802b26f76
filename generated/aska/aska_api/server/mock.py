# Generated from specs/aska.yaml by vendorgen. Do not edit: regenerate instead.
"""A mock of the Aska Supplier API API for tests: checks auth, validates requests
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
        name="insert_stock",
        method="POST",
        path="/api/askajewels/InsertStock",
        body_model=models.StonesRequest,
        body_schema="StonesRequest",
        body_required=True,
        params=(
            ParamSpec(
                "Idempotency-Key",
                "header",
                False,
                {"type": "string", "minLength": 1, "maxLength": 255},
            ),
        ),
        security=(("transkey",),),
        success_status=200,
        success_body={
            "Result": {
                "inserted": 1,
                "skipped": 1,
                "total": 1,
                "requested": 2,
                "duplicates": [
                    {"refStockId": "ABC-001", "existingTagNo": "AJ0076", "reason": "existing"}
                ],
            },
            "Message": "Success",
        },
        errors={
            400: ErrorTemplate(400, {"Errors": []}, "/Errors"),
            401: ErrorTemplate(401, {"Errors": []}, "/Errors"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, {"Errors": []}, "/Errors"),
            500: ErrorTemplate(500, {"Errors": []}, "/Errors"),
        },
        idempotency_header="Idempotency-Key",
        idempotency_ttl=86400.0,
    ),
    Route(
        name="issue_api_key",
        method="POST",
        path="/api/askajewels/ApiKeys/Issue",
        body_model=models.PartyKeyRequest,
        body_schema="PartyKeyRequest",
        body_required=True,
        params=(
            ParamSpec(
                "Idempotency-Key",
                "header",
                False,
                {"type": "string", "minLength": 1, "maxLength": 255},
            ),
        ),
        security=(("transkey",),),
        success_status=200,
        success_body={},
        errors={
            400: ErrorTemplate(400, {"Errors": []}, "/Errors"),
            401: ErrorTemplate(401, {"Errors": []}, "/Errors"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, {"Errors": []}, "/Errors"),
            500: ErrorTemplate(500, {"Errors": []}, "/Errors"),
        },
        idempotency_header="Idempotency-Key",
        idempotency_ttl=86400.0,
    ),
    Route(
        name="mark_unavailable",
        method="POST",
        path="/api/askajewels/MarkUnavailable",
        body_model=models.MarkUnavailableRequest,
        body_schema="MarkUnavailableRequest",
        body_required=True,
        params=(
            ParamSpec(
                "Idempotency-Key",
                "header",
                False,
                {"type": "string", "minLength": 1, "maxLength": 255},
            ),
        ),
        security=(("transkey",),),
        success_status=200,
        success_body={},
        errors={
            400: ErrorTemplate(400, {"Errors": []}, "/Errors"),
            401: ErrorTemplate(401, {"Errors": []}, "/Errors"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, {"Errors": []}, "/Errors"),
            500: ErrorTemplate(500, {"Errors": []}, "/Errors"),
        },
        idempotency_header="Idempotency-Key",
        idempotency_ttl=86400.0,
    ),
    Route(
        name="my_stock",
        method="GET",
        path="/api/askajewels/MyStock",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(),
        security=(("transkey",),),
        success_status=200,
        success_body={
            "Result": {
                "partyId": 95,
                "stones": [
                    {
                        "UniqueId": "730",
                        "StockId": "AJ0036",
                        "StoneType": "HPHT",
                        "Shape": "Oval Brilliant",
                        "Color": "E",
                        "Clarity": "VS1",
                        "Cut": "EX",
                        "Polish": "EX",
                        "Symm": "EX",
                        "Fluo": "",
                        "Lab": "IGI",
                        "CertNo": "678530428",
                        "Cts": "1.70",
                        "Rate": "155.00",
                        "Amount": "263.50",
                        "Location": "India",
                        "ImageFile": "https://aska.co.in/aska/Diamonds/AJH001252/AJH001252.JPEG",
                        "VideoFile": "https://aska.co.in/aska/Diamonds/AJH001252/AJH001252.MP4",
                    }
                ],
            },
            "Message": "Success",
        },
        errors={
            400: ErrorTemplate(400, {"Errors": []}, "/Errors"),
            401: ErrorTemplate(401, {"Errors": []}, "/Errors"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, {"Errors": []}, "/Errors"),
            500: ErrorTemplate(500, {"Errors": []}, "/Errors"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="revoke_api_key",
        method="POST",
        path="/api/askajewels/ApiKeys/Revoke",
        body_model=models.PartyKeyRequest,
        body_schema="PartyKeyRequest",
        body_required=True,
        params=(
            ParamSpec(
                "Idempotency-Key",
                "header",
                False,
                {"type": "string", "minLength": 1, "maxLength": 255},
            ),
        ),
        security=(("transkey",),),
        success_status=200,
        success_body={},
        errors={
            400: ErrorTemplate(400, {"Errors": []}, "/Errors"),
            401: ErrorTemplate(401, {"Errors": []}, "/Errors"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, {"Errors": []}, "/Errors"),
            500: ErrorTemplate(500, {"Errors": []}, "/Errors"),
        },
        idempotency_header="Idempotency-Key",
        idempotency_ttl=86400.0,
    ),
    Route(
        name="stone_approve",
        method="POST",
        path="/api/askajewels/StoneApprove",
        body_model=models.OrderDetailList,
        body_schema="OrderDetailList",
        body_required=True,
        params=(
            ParamSpec(
                "Idempotency-Key",
                "header",
                False,
                {"type": "string", "minLength": 1, "maxLength": 255},
            ),
        ),
        security=(("transkey",),),
        success_status=200,
        success_body={},
        errors={
            400: ErrorTemplate(400, {"Errors": []}, "/Errors"),
            401: ErrorTemplate(401, {"Errors": []}, "/Errors"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, {"Errors": []}, "/Errors"),
            500: ErrorTemplate(500, {"Errors": []}, "/Errors"),
        },
        idempotency_header="Idempotency-Key",
        idempotency_ttl=86400.0,
    ),
    Route(
        name="stone_outof_stock",
        method="POST",
        path="/api/askajewels/StoneOutofStock",
        body_model=models.OrderDetailList,
        body_schema="OrderDetailList",
        body_required=True,
        params=(
            ParamSpec(
                "Idempotency-Key",
                "header",
                False,
                {"type": "string", "minLength": 1, "maxLength": 255},
            ),
        ),
        security=(("transkey",),),
        success_status=200,
        success_body={},
        errors={
            400: ErrorTemplate(400, {"Errors": []}, "/Errors"),
            401: ErrorTemplate(401, {"Errors": []}, "/Errors"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, {"Errors": []}, "/Errors"),
            500: ErrorTemplate(500, {"Errors": []}, "/Errors"),
        },
        idempotency_header="Idempotency-Key",
        idempotency_ttl=86400.0,
    ),
    Route(
        name="stone_request",
        method="POST",
        path="/api/askajewels/StoneRequest",
        body_model=models.EmptyRequest,
        body_schema="EmptyRequest",
        body_required=True,
        params=(),
        security=(("transkey",),),
        success_status=200,
        success_body={},
        errors={
            400: ErrorTemplate(400, {"Errors": []}, "/Errors"),
            401: ErrorTemplate(401, {"Errors": []}, "/Errors"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, {"Errors": []}, "/Errors"),
            500: ErrorTemplate(500, {"Errors": []}, "/Errors"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="update_stock",
        method="POST",
        path="/api/askajewels/UpdateStock",
        body_model=models.UpdateStockRequest,
        body_schema="UpdateStockRequest",
        body_required=True,
        params=(
            ParamSpec(
                "Idempotency-Key",
                "header",
                False,
                {"type": "string", "minLength": 1, "maxLength": 255},
            ),
        ),
        security=(("transkey",),),
        success_status=200,
        success_body={
            "Result": {"inserted": 1, "updated": 1, "total": 2, "requested": 2},
            "Message": "Success",
        },
        errors={
            400: ErrorTemplate(400, {"Errors": []}, "/Errors"),
            401: ErrorTemplate(401, {"Errors": []}, "/Errors"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, {"Errors": []}, "/Errors"),
            500: ErrorTemplate(500, {"Errors": []}, "/Errors"),
        },
        idempotency_header="Idempotency-Key",
        idempotency_ttl=86400.0,
    ),
    Route(
        name="upload_stock",
        method="POST",
        path="/api/askajewels/UploadStock",
        body_model=models.DiamondStockList,
        body_schema="DiamondStockList",
        body_required=True,
        params=(
            ParamSpec(
                "Idempotency-Key",
                "header",
                False,
                {"type": "string", "minLength": 1, "maxLength": 255},
            ),
        ),
        security=(("transkey",),),
        success_status=200,
        success_body={},
        errors={
            400: ErrorTemplate(400, {"Errors": []}, "/Errors"),
            401: ErrorTemplate(401, {"Errors": []}, "/Errors"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, {"Errors": []}, "/Errors"),
            500: ErrorTemplate(500, {"Errors": []}, "/Errors"),
        },
        idempotency_header="Idempotency-Key",
        idempotency_ttl=86400.0,
    ),
    Route(
        name="upsert_stock",
        method="POST",
        path="/api/askajewels/UpsertStock",
        body_model=models.StonesRequest,
        body_schema="StonesRequest",
        body_required=True,
        params=(
            ParamSpec(
                "Idempotency-Key",
                "header",
                False,
                {"type": "string", "minLength": 1, "maxLength": 255},
            ),
        ),
        security=(("transkey",),),
        success_status=200,
        success_body={
            "Result": {"inserted": 1, "updated": 1, "total": 2, "requested": 2},
            "Message": "Success",
        },
        errors={
            400: ErrorTemplate(400, {"Errors": []}, "/Errors"),
            401: ErrorTemplate(401, {"Errors": []}, "/Errors"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, {"Errors": []}, "/Errors"),
            500: ErrorTemplate(500, {"Errors": []}, "/Errors"),
        },
        idempotency_header="Idempotency-Key",
        idempotency_ttl=86400.0,
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
        title="Mock Aska Supplier API",
        credentials=credentials,
        rate_limit=ops.RATE_LIMIT if emulate_rate_limit else None,
        emulate_idempotency=emulate_idempotency,
        retry_after_default=60,
        clock=clock,
        max_body_bytes=max_body_bytes,
    )
