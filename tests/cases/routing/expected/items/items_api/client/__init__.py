# Generated from specs/items.yaml by vendorgen. Do not edit: regenerate instead.
"""Clients of Items."""

from ._async import AsyncItemsClient
from ._sync import ItemsClient

__all__ = ["AsyncItemsClient", "ItemsClient"]
