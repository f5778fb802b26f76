# Generated from specs/open_api.yaml by vendorgen. Do not edit: regenerate instead.
"""Clients of Open."""

from ._async import AsyncOpenApiClient
from ._sync import OpenApiClient

__all__ = ["AsyncOpenApiClient", "OpenApiClient"]
