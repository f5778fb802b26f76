# Generated from specs/tiny.yaml by vendorgen. Do not edit: regenerate instead.
"""Clients of Tiny."""

from ._async import AsyncTinyClient
from ._sync import TinyClient

__all__ = ["AsyncTinyClient", "TinyClient"]
