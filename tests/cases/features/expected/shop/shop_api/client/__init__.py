# Generated from specs/shop.yaml by vendorgen. Do not edit: regenerate instead.
"""Clients of Shop."""

from ._async import AsyncShopClient
from ._sync import ShopClient

__all__ = ["AsyncShopClient", "ShopClient"]
