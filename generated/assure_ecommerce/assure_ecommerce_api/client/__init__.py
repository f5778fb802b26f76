# Generated from specs/assure_ecommerce.yaml by vendorgen. Do not edit: regenerate instead.
"""Clients of Assure Magic API for custom e-commerce platforms."""

from ._async import AsyncAssureEcommerceClient
from ._sync import AssureEcommerceClient

__all__ = ["AsyncAssureEcommerceClient", "AssureEcommerceClient"]
