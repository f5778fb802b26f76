# Generated from specs/derived.yaml by vendorgen. Do not edit: regenerate instead.
"""Clients of Derived Shop."""

from ._async import AsyncDerivedClient
from ._sync import DerivedClient

__all__ = ["AsyncDerivedClient", "DerivedClient"]
