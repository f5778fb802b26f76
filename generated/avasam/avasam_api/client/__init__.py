# Generated from specs/avasam.yaml by vendorgen. Do not edit: regenerate instead.
"""Clients of Avasam Seller API."""

from ._async import AsyncAvasamClient
from ._sync import AvasamClient

__all__ = ["AsyncAvasamClient", "AvasamClient"]
