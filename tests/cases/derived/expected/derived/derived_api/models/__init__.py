# Generated from specs/derived.yaml by vendorgen. Do not edit: regenerate instead.
"""Pydantic v2 models of Derived Shop."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from typing import TypeAlias
from typing import Annotated
from .._types import Number


class OrderLine(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    sku: str
    quantity: int


class CartFull(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: str
    lines: list[OrderLine]
    total: Number | None = None


class ListOrdersResponseItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: str
    note: str | None = None


ListOrdersResponse: TypeAlias = list[ListOrdersResponseItem]


class CreateOrderRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    lines: list[OrderLine]
    coupon: Annotated[str | None, Field(examples=["SPRING"])] = None


class GetOrdersOrderId404Response(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    message: str | None = None


class CancelOrderResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    status: str | None = None
