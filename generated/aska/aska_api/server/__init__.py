# Generated from specs/aska.yaml by vendorgen. Do not edit: regenerate instead.
"""Servers of Aska Supplier API: a mock of the vendor for tests.

Needs the `server` extra (FastAPI, uvicorn).
"""

from .mock import create_mock_app

__all__ = ["create_mock_app"]
