# Generated from specs/avasam.yaml by vendorgen. Do not edit: regenerate instead.
"""Avasam Seller API: typed models, clients and a mock server, generated from its spec."""

from . import errors, models
from ._runtime import (
    InMemoryRateLimitBackend,
    RateLimit,
    RateLimitBackend,
    RateLimiter,
    RetryPolicy,
)
from .client import AsyncAvasamClient, AvasamClient

__all__ = [
    "AsyncAvasamClient",
    "AvasamClient",
    "InMemoryRateLimitBackend",
    "RateLimit",
    "RateLimitBackend",
    "RateLimiter",
    "RetryPolicy",
    "errors",
    "models",
]
