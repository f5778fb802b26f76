# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Servers of Media: a mock of the vendor for tests and webhook receivers.

Needs the `server` extra (FastAPI, uvicorn); `RedisDeliveryStore` needs the `redis` extra.
"""

from .mock import create_mock_app
from ._redis_store import RedisDeliveryStore
from ._store import DeliveryStore, InMemoryDeliveryStore, SQLiteDeliveryStore
from .webhooks import MediaWebhookHandlers, create_webhook_app

__all__ = [
    "MediaWebhookHandlers",
    "DeliveryStore",
    "InMemoryDeliveryStore",
    "RedisDeliveryStore",
    "SQLiteDeliveryStore",
    "create_mock_app",
    "create_webhook_app",
]
