# Generated from specs/secured.yaml by vendorgen. Do not edit: regenerate instead.
"""Clients of Secured."""

from ._async import AsyncSecuredClient
from ._sync import SecuredClient

__all__ = ["AsyncSecuredClient", "SecuredClient"]
