# Generated from specs/assure_erp.yaml by vendorgen. Do not edit: regenerate instead.
"""Clients of Assure Magic V2 API for ERP Systems."""

from ._async import AsyncAssureErpClient
from ._sync import AssureErpClient

__all__ = ["AsyncAssureErpClient", "AssureErpClient"]
