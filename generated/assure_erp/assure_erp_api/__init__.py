# Generated from specs/assure_erp.yaml by vendorgen. Do not edit: regenerate instead.
"""Assure Magic V2 API for ERP Systems: typed models, clients and a mock server, generated from its spec."""

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
from .client import AsyncAssureErpClient, AssureErpClient

__all__ = [
    "AsyncAssureErpClient",
    "AssureErpClient",
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
