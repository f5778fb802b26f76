# Generated from specs/aska.yaml by vendorgen. Do not edit: regenerate instead.
"""Operations of Aska Supplier API as data for the transport: method, path, models, auth."""

from __future__ import annotations

from . import models
from ._auth import AuthScheme
from ._ratelimit import RateLimit
from ._responses import ErrorSpec, Operation

BASE_URL = "https://aska.co.in"

AUTH_SCHEMES: tuple[AuthScheme, ...] = (
    AuthScheme(
        id="transkey",
        header="transkey",
        kind="header",
        arguments=(("transkey",),),
    ),
)

RATE_LIMIT: RateLimit | None = RateLimit(limit=60, period=60.0)
# Seconds to wait after a 429 without Retry-After, as the vendor documents it (x-rate-limit).
RETRY_AFTER_DEFAULT: float | None = 60

INSERT_STOCK = Operation(
    name="insert_stock",
    method="POST",
    path="/api/askajewels/InsertStock",
    success_model=models.InsertStockResponse,
    success_name="InsertStockResponse",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/Errors"),
        "401": ErrorSpec(models.ErrorBody, "/Errors"),
        "429": ErrorSpec(models.ErrorBody, "/Errors"),
        "5XX": ErrorSpec(models.ErrorBody, "/Errors"),
    },
    security=(("transkey",),),
    idempotency_header="Idempotency-Key",
    request_schema="StonesRequest",
    failure_when=(),
)

ISSUE_API_KEY = Operation(
    name="issue_api_key",
    method="POST",
    path="/api/askajewels/ApiKeys/Issue",
    success_model=models.Envelope,
    success_name="Envelope",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/Errors"),
        "401": ErrorSpec(models.ErrorBody, "/Errors"),
        "429": ErrorSpec(models.ErrorBody, "/Errors"),
        "5XX": ErrorSpec(models.ErrorBody, "/Errors"),
    },
    security=(("transkey",),),
    idempotency_header="Idempotency-Key",
    request_schema="PartyKeyRequest",
    failure_when=(),
)

MARK_UNAVAILABLE = Operation(
    name="mark_unavailable",
    method="POST",
    path="/api/askajewels/MarkUnavailable",
    success_model=models.Envelope,
    success_name="Envelope",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/Errors"),
        "401": ErrorSpec(models.ErrorBody, "/Errors"),
        "409": ErrorSpec(models.MarkUnavailableConflict, None),
        "429": ErrorSpec(models.ErrorBody, "/Errors"),
        "5XX": ErrorSpec(models.ErrorBody, "/Errors"),
    },
    security=(("transkey",),),
    idempotency_header="Idempotency-Key",
    request_schema="MarkUnavailableRequest",
    failure_when=(),
)

MY_STOCK = Operation(
    name="my_stock",
    method="GET",
    path="/api/askajewels/MyStock",
    success_model=models.MyStockResponse,
    success_name="MyStockResponse",
    errors={
        "401": ErrorSpec(models.ErrorBody, "/Errors"),
        "429": ErrorSpec(models.ErrorBody, "/Errors"),
        "5XX": ErrorSpec(models.ErrorBody, "/Errors"),
    },
    security=(("transkey",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

REVOKE_API_KEY = Operation(
    name="revoke_api_key",
    method="POST",
    path="/api/askajewels/ApiKeys/Revoke",
    success_model=models.Envelope,
    success_name="Envelope",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/Errors"),
        "401": ErrorSpec(models.ErrorBody, "/Errors"),
        "429": ErrorSpec(models.ErrorBody, "/Errors"),
        "5XX": ErrorSpec(models.ErrorBody, "/Errors"),
    },
    security=(("transkey",),),
    idempotency_header="Idempotency-Key",
    request_schema="PartyKeyRequest",
    failure_when=(),
)

STONE_APPROVE = Operation(
    name="stone_approve",
    method="POST",
    path="/api/askajewels/StoneApprove",
    success_model=models.Envelope,
    success_name="Envelope",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/Errors"),
        "401": ErrorSpec(models.ErrorBody, "/Errors"),
        "429": ErrorSpec(models.ErrorBody, "/Errors"),
        "5XX": ErrorSpec(models.ErrorBody, "/Errors"),
    },
    security=(("transkey",),),
    idempotency_header="Idempotency-Key",
    request_schema="OrderDetailList",
    failure_when=(),
)

STONE_OUTOF_STOCK = Operation(
    name="stone_outof_stock",
    method="POST",
    path="/api/askajewels/StoneOutofStock",
    success_model=models.Envelope,
    success_name="Envelope",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/Errors"),
        "401": ErrorSpec(models.ErrorBody, "/Errors"),
        "429": ErrorSpec(models.ErrorBody, "/Errors"),
        "5XX": ErrorSpec(models.ErrorBody, "/Errors"),
    },
    security=(("transkey",),),
    idempotency_header="Idempotency-Key",
    request_schema="OrderDetailList",
    failure_when=(),
)

STONE_REQUEST = Operation(
    name="stone_request",
    method="POST",
    path="/api/askajewels/StoneRequest",
    success_model=models.StoneRequestResponse,
    success_name="StoneRequestResponse",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/Errors"),
        "401": ErrorSpec(models.ErrorBody, "/Errors"),
        "429": ErrorSpec(models.ErrorBody, "/Errors"),
        "5XX": ErrorSpec(models.ErrorBody, "/Errors"),
    },
    security=(("transkey",),),
    idempotency_header=None,
    request_schema="EmptyRequest",
    failure_when=(),
)

UPDATE_STOCK = Operation(
    name="update_stock",
    method="POST",
    path="/api/askajewels/UpdateStock",
    success_model=models.UpdateStockResponse,
    success_name="UpdateStockResponse",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/Errors"),
        "401": ErrorSpec(models.ErrorBody, "/Errors"),
        "429": ErrorSpec(models.ErrorBody, "/Errors"),
        "5XX": ErrorSpec(models.ErrorBody, "/Errors"),
    },
    security=(("transkey",),),
    idempotency_header="Idempotency-Key",
    request_schema="UpdateStockRequest",
    failure_when=(),
)

UPLOAD_STOCK = Operation(
    name="upload_stock",
    method="POST",
    path="/api/askajewels/UploadStock",
    success_model=models.Envelope,
    success_name="Envelope",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/Errors"),
        "401": ErrorSpec(models.ErrorBody, "/Errors"),
        "429": ErrorSpec(models.ErrorBody, "/Errors"),
        "5XX": ErrorSpec(models.ErrorBody, "/Errors"),
    },
    security=(("transkey",),),
    idempotency_header="Idempotency-Key",
    request_schema="DiamondStockList",
    failure_when=(),
)

UPSERT_STOCK = Operation(
    name="upsert_stock",
    method="POST",
    path="/api/askajewels/UpsertStock",
    success_model=models.UpsertStockResponse,
    success_name="UpsertStockResponse",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/Errors"),
        "401": ErrorSpec(models.ErrorBody, "/Errors"),
        "429": ErrorSpec(models.ErrorBody, "/Errors"),
        "5XX": ErrorSpec(models.ErrorBody, "/Errors"),
    },
    security=(("transkey",),),
    idempotency_header="Idempotency-Key",
    request_schema="StonesRequest",
    failure_when=(),
)
