# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Servers of Media: a mock of the vendor for tests.

Needs the `server` extra (FastAPI, uvicorn).
"""

from .mock import create_mock_app

__all__ = ["create_mock_app"]
