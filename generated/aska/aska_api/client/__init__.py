# Generated from specs/aska.yaml by vendorgen. Do not edit: regenerate instead.
"""Clients of Aska Supplier API."""

from ._async import AsyncAskaClient
from ._sync import AskaClient

__all__ = ["AsyncAskaClient", "AskaClient"]
