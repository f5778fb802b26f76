# Generated from specs/open_api.yaml by vendorgen. Do not edit: regenerate instead.
"""Pydantic v2 models of Open."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Pong(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    ok: bool
