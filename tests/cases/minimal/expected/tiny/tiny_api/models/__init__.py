# Generated from specs/tiny.yaml by vendorgen. Do not edit: regenerate instead.
"""Pydantic v2 models of Tiny."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Pong(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    ok: bool
