# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Pydantic v2 models of Media."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from typing import TypeAlias
from .._files import Base64, File
from .._types import Number


class Pet(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: int
    name: str


class PetPatch(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: str | None = None


class Problem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    message: str | None = None


class SignupFilter(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    kind: str | None = None
    level: int | None = None


class SignupAddress(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    city: str
    floor: int | None = None


class SignupMeta(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    source: str | None = None
    score: int | None = None


class DocumentUpload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    title: str
    pages: int | None = None
    labels: list[str] | None = None
    meta: SignupMeta | None = None
    file: File
    extras: list[File] | None = None


Blob: TypeAlias = File


Note: TypeAlias = str


class Receipt(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    ok: bool


class Attachment(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    filename: str
    content: Base64


class SignupForm(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    name: str
    count: int
    active: bool | None = None
    ratio: Number | None = None
    tags: list[str] | None = None
    codes: list[int] | None = None
    filter: SignupFilter | None = None
    meta: SignupMeta | None = None
    address: SignupAddress | None = None
