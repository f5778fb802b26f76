# Generated from specs/items.yaml by vendorgen. Do not edit: regenerate instead.
"""Pydantic v2 models of Items."""

from __future__ import annotations

from enum import StrEnum
from pydantic import BaseModel, ConfigDict
from typing import TypeAlias
from .._types import OpenEnum


class Status(StrEnum):
    AVAILABLE = "available"
    SOLD = "sold"


class Item(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: str
    status: OpenEnum[Status]
    """
    The status, wrapped in allOf as documents often do to add a description.
    """


ItemList: TypeAlias = list[Item]


class User(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: str


class Session(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    token: str


class Point(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    x: int
    y: int


class Range(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    min: int | None = None
    max: int | None = None


class Code(StrEnum):
    INVALID = "invalid"


class Problem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: OpenEnum[Code]
    message: str | None = None
