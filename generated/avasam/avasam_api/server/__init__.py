# Generated from specs/avasam.yaml by vendorgen. Do not edit: regenerate instead.
"""Servers of Avasam Seller API: a mock of the vendor for tests and webhook receivers.

Needs the `server` extra (FastAPI).
"""

from .mock import create_mock_app
from .webhooks import AvasamWebhookHandlers, create_webhook_app

__all__ = ["AvasamWebhookHandlers", "create_mock_app", "create_webhook_app"]
