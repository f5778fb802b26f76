# Generated from specs/shop.yaml by vendorgen. Do not edit: regenerate instead.
"""Pydantic v2 models of Shop."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from typing import TypeAlias
from typing import Annotated, Literal
from .._types import DateTime


class Problem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    errors: list[str]


class TokenRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    client_id: str
    client_secret: str


class TokenResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    access_token: str
    expires_at: DateTime


class Order(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: str
    amount: int
    """
    An amount in minor units of the currency in `currency` (10.99 is sent as 1099).
    """
    currency: str | None = None


class OrderPage(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    orders: list[Order]
    total: int


class Accept(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_id: Annotated[str, Field(alias="orderId")]
    status: Literal["ACCEPTED"]


class Cancel(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_id: Annotated[str, Field(alias="orderId")]
    status: Literal["CANCELLED"]
    reason: str


OrderChange: TypeAlias = Accept | Cancel


class Done(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    ok: bool | None = None


class Shipped(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_id: Annotated[str, Field(alias="orderId")]
    token: str | None = None
    shipped_at: Annotated[DateTime | None, Field(alias="shippedAt")] = None
