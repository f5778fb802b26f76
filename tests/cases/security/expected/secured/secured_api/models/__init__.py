# Generated from specs/secured.yaml by vendorgen. Do not edit: regenerate instead.
"""Pydantic v2 models of Secured."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from typing import Annotated


class Problem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    errors: list[str]


class Granted(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    ok: bool


class Payment(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    payment_id: Annotated[str, Field(alias="paymentId")]
