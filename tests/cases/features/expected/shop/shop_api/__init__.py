# Generated from specs/shop.yaml by vendorgen. Do not edit: regenerate instead.
"""Shop: typed models, clients and a mock server, generated from its spec."""

from . import errors, models
from ._operations import RATE_LIMIT  # the documented budget, to share across processes
from ._ratelimit import (
    InMemoryRateLimitBackend,
    RateLimit,
    RateLimitBackend,
    RateLimiter,
    RedisRateLimitBackend,
)
from ._retry import RetryPolicy
from ._types import SequenceNotStr  # what array arguments take: any sequence but a str
from .client import AsyncShopClient, ShopClient

__all__ = [
    "AsyncShopClient",
    "ShopClient",
    "InMemoryRateLimitBackend",
    "RATE_LIMIT",
    "RateLimit",
    "RateLimitBackend",
    "RateLimiter",
    "RedisRateLimitBackend",
    "RetryPolicy",
    "SequenceNotStr",
    "errors",
    "models",
]
