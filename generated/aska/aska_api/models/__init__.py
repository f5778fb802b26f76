# Generated from specs/aska.yaml by vendorgen. Do not edit: regenerate instead.
"""Pydantic v2 models of Aska Supplier API."""

from __future__ import annotations

from typing import Annotated, Any
from pydantic import BaseModel, ConfigDict, Field
from typing import TypeAlias
from enum import StrEnum
from .._types import Number, OpenEnum


class ErrorBody(BaseModel):
    """
    The documented error body, `{ "Errors": ["…"] }`.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    errors: Annotated[list[str], Field(alias="Errors")]


class Envelope(BaseModel):
    """
    Every success body, `{ "Result": …, "Message": "Success" }`.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    result: Annotated[Any | None, Field(alias="Result")] = None
    """
    Operation-specific result.
    """
    message: Annotated[str | None, Field(alias="Message")] = None


class EmptyRequest(BaseModel):
    """
    The empty body `{}`.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )


class PartyKeyRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    party_id: Annotated[int, Field(alias="PartyId")]
    """
    The supplier's PartyId, looked up in /Admin/UserApi.
    """


DecimalString: TypeAlias = str | Number
"""A decimal number as MyStock sends it: usually a JSON string ("1.70"), kept as sent so no
precision is lost; possibly empty (""), or a JSON number (as the same fields go in to
UploadStock).
"""


class DiamondStock(BaseModel):
    """
    One stone as UploadStock takes it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    tag_no: Annotated[str | None, Field(alias="TagNo")] = None
    """
    Your tag for the stone; MarkUnavailable's stockIds take it.
    """
    ref_stock_id: Annotated[str | None, Field(alias="RefStockId")] = None
    """
    Your own SKU.
    """
    shape_id: Annotated[str | None, Field(alias="ShapeId")] = None
    color_id: Annotated[str | None, Field(alias="ColorId")] = None
    clarity_id: Annotated[str | None, Field(alias="ClarityId")] = None
    cut_id: Annotated[str | None, Field(alias="CutId")] = None
    polish_id: Annotated[str | None, Field(alias="PolishId")] = None
    symm_id: Annotated[str | None, Field(alias="SymmId")] = None
    fluo_id: Annotated[str | None, Field(alias="FluoId")] = None
    lab_id: Annotated[str | None, Field(alias="LabId")] = None
    cert_no: Annotated[str | None, Field(alias="CertNo")] = None
    cts: Annotated[Number | None, Field(alias="Cts")] = None
    rate: Annotated[Number | None, Field(alias="Rate")] = None
    amount: Annotated[Number | None, Field(alias="Amount")] = None
    stone_type: Annotated[str | None, Field(alias="StoneType")] = None
    location: Annotated[str | None, Field(alias="Location")] = None
    image_file1: Annotated[str | None, Field(alias="ImageFile1")] = None
    """
    Link to the stone's image.
    """
    video_file1: Annotated[str | None, Field(alias="VideoFile1")] = None
    """
    Link to the stone's video.
    """
    certi_file: Annotated[str | None, Field(alias="CertiFile")] = None
    """
    Link to the stone's certificate.
    """


DiamondStockList: TypeAlias = list[DiamondStock]


class Stone(BaseModel):
    """
    One stone for UpdateStock, InsertStock and UpsertStock.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    ref_stock_id: Annotated[str, Field(alias="refStockId")]
    """
    Your own SKU: the canonical lookup key.
    """
    stock_id: Annotated[str | None, Field(alias="stockId", deprecated=True)] = None
    """
    Legacy alias for refStockId.
    """
    cts: Number | None = None
    rate: Number | None = None
    mrate: Number | None = None
    cert_no: Annotated[str | None, Field(alias="certNo")] = None
    shape: str | None = None
    color: str | None = None
    clarity: str | None = None
    cut: str | None = None
    polish: str | None = None
    symm: str | None = None
    fluo: str | None = None
    lab: str | None = None


class UpdateStockRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    stones: list[Stone]


class StonesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    stones: list[Stone]


class UpdateStockResult(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    inserted: int | None = None
    updated: int | None = None
    skipped: int | None = None
    total: int | None = None
    requested: int | None = None


class UpdateStockResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    result: Annotated[UpdateStockResult | None, Field(alias="Result")] = None
    message: Annotated[str | None, Field(alias="Message")] = None


class Reason(StrEnum):
    EXISTING = "existing"
    DUPLICATE_IN_PAYLOAD = "duplicate_in_payload"


class Duplicate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    ref_stock_id: Annotated[str | None, Field(alias="refStockId")] = None
    existing_tag_no: Annotated[str | None, Field(alias="existingTagNo")] = None
    """
    The internal Aska TagNo of the existing row.
    """
    reason: OpenEnum[Reason] | None = None


class InsertStockResult(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    inserted: int | None = None
    skipped: int | None = None
    total: int | None = None
    requested: int | None = None
    duplicates: list[Duplicate] | None = None


class InsertStockResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    result: Annotated[InsertStockResult | None, Field(alias="Result")] = None
    message: Annotated[str | None, Field(alias="Message")] = None


class UpsertStockResult(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    inserted: int | None = None
    updated: int | None = None
    total: int | None = None
    requested: int | None = None


class UpsertStockResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    result: Annotated[UpsertStockResult | None, Field(alias="Result")] = None
    message: Annotated[str | None, Field(alias="Message")] = None


class MarkUnavailableRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    stock_ids: Annotated[list[str], Field(alias="stockIds")]
    """
    Your TagNo values (as sent in UploadStock) of the stones to withdraw.
    """
    reason: str | None = None
    """
    Free text for Aska's audit trail.
    """


class MarkUnavailableConflict(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    blocked: bool | None = None
    reason: str | None = None
    """
    e.g. "committed_to_buyer"
    """
    conflicting_tag_nos: Annotated[list[str] | None, Field(alias="conflictingTagNos")] = None


class LiveStone(BaseModel):
    """
    One live stone with label-resolved fields.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    unique_id: Annotated[str | None, Field(alias="UniqueId")] = None
    stock_id: Annotated[str | None, Field(alias="StockId")] = None
    """
    The internal Aska TagNo (AJ + digits).
    """
    stone_type: Annotated[str | None, Field(alias="StoneType")] = None
    shape: Annotated[str | None, Field(alias="Shape")] = None
    color: Annotated[str | None, Field(alias="Color")] = None
    clarity: Annotated[str | None, Field(alias="Clarity")] = None
    cut: Annotated[str | None, Field(alias="Cut")] = None
    polish: Annotated[str | None, Field(alias="Polish")] = None
    symm: Annotated[str | None, Field(alias="Symm")] = None
    fluo: Annotated[str | None, Field(alias="Fluo")] = None
    lab: Annotated[str | None, Field(alias="Lab")] = None
    cert_no: Annotated[str | None, Field(alias="CertNo")] = None
    cts: Annotated[DecimalString | None, Field(alias="Cts")] = None
    rate: Annotated[DecimalString | None, Field(alias="Rate")] = None
    amount: Annotated[DecimalString | None, Field(alias="Amount")] = None
    location: Annotated[str | None, Field(alias="Location")] = None
    image_file: Annotated[str | None, Field(alias="ImageFile")] = None
    video_file: Annotated[str | None, Field(alias="VideoFile")] = None


class MyStockResult(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    party_id: Annotated[int | None, Field(alias="partyId")] = None
    stones: list[LiveStone] | None = None


class MyStockResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    result: Annotated[MyStockResult | None, Field(alias="Result")] = None
    message: Annotated[str | None, Field(alias="Message")] = None


class OrderDetail(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_detail_id: Annotated[int, Field(alias="OrderDetailId")]


OrderDetailList: TypeAlias = list[OrderDetail]


class StoneRequestResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    result: Annotated[list[OrderDetail] | None, Field(alias="Result")] = None
    message: Annotated[str | None, Field(alias="Message")] = None
