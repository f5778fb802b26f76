"""The generated packages' public surface is what their __all__ says, and only that."""

from __future__ import annotations

import pytest

from tests.conftest import API_IDS, package
from tests.helpers import api

RUNTIME = {
    "InMemoryRateLimitBackend",
    "RateLimit",
    "RateLimitBackend",
    "RateLimiter",
    "RedisRateLimitBackend",
    "RetryPolicy",
    "errors",
    "models",
}


@pytest.mark.parametrize("api_id", API_IDS)
def test_top_level_exports(api_id: str) -> None:
    pkg, a = package(api_id), api(api_id)
    assert set(pkg.__all__) == RUNTIME | {a.client_class, a.async_client_class}
    for name in pkg.__all__:
        assert getattr(pkg, name) is not None
    public = {n for n in vars(pkg) if not n.startswith("_")} - {"client", "server"}
    assert public <= set(pkg.__all__), public - set(pkg.__all__)


@pytest.mark.parametrize("api_id", API_IDS)
def test_server_exports(api_id: str) -> None:
    server, a = package(api_id).server, api(api_id)
    expected = {"create_mock_app"} | (
        {a.webhook_handlers_class, "create_webhook_app"} if a.webhooks else set()
    )
    assert set(server.__all__) == expected
    for name in server.__all__:
        assert callable(getattr(server, name))


@pytest.mark.parametrize("api_id", API_IDS)
def test_every_error_is_exported(api_id: str) -> None:
    errors = package(api_id).errors
    classes = {
        n for n, v in vars(errors).items() if isinstance(v, type) and issubclass(v, Exception)
    }
    assert set(errors.__all__) == classes
    assert all(issubclass(getattr(errors, n), errors.ClientError) for n in classes)
