# Generated from specs/graas.yaml by vendorgen. Do not edit: regenerate instead.
"""Clients of Graas API."""

from ._async import AsyncGraasClient
from ._sync import GraasClient

__all__ = ["AsyncGraasClient", "GraasClient"]
