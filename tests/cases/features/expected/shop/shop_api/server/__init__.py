# Generated from specs/shop.yaml by vendorgen. Do not edit: regenerate instead.
"""Servers of Shop: a mock of the vendor for tests and webhook receivers.

Needs the `server` extra (FastAPI).
"""

from .mock import create_mock_app
from .webhooks import ShopWebhookHandlers, create_webhook_app

__all__ = ["ShopWebhookHandlers", "create_mock_app", "create_webhook_app"]
