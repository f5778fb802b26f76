# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Clients of Media."""

from ._async import AsyncMediaClient
from ._sync import MediaClient

__all__ = ["AsyncMediaClient", "MediaClient"]
