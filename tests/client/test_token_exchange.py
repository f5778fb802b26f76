"""Token exchange (Avasam's consumer/secret key -> access_token): fetched on first use, reused,
refreshed before expires_at, fetched once for 50 concurrent threads or tasks, dropped and the
call replayed once on a 401 (a second 401 raises)."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import time
from typing import Any

import httpx
import pytest

from tests.client.fakes import FakeClock, invoke, make_client, success
from tests.conftest import API_IDS, package
from tests.helpers import api, build

EXCHANGE_APIS = [a for a in API_IDS if any(s.exchange for s in api(a).schemes)]
pytestmark = pytest.mark.skipif(not EXCHANGE_APIS, reason="no spec declares x-token-exchange")


class Vendor:
    """Issues tokens and accepts only the newest, unexpired one."""

    def __init__(
        self, api_id: str, clock: FakeClock, lifetime: float = 3600.0, delay: float = 0.0
    ) -> None:
        self.a = api(api_id)
        self.scheme = next(s for s in self.a.schemes if s.exchange)
        self.op = next(
            o for o in self.a.operations if self.scheme.id in {s for alt in o.security for s in alt}
        )
        self.clock, self.lifetime, self.delay = clock, lifetime, delay
        self.exchanges = 0
        self.calls = 0
        self.valid: str | None = None
        self.reject_all = False
        self.lock = threading.Lock()

    def _token_response(self) -> httpx.Response:
        with self.lock:
            self.exchanges += 1
            self.valid = f"token-{self.exchanges}"
        expires = dt.datetime.fromtimestamp(self.clock.now + self.lifetime, dt.UTC).isoformat()
        return httpx.Response(200, json={"access_token": self.valid, "expires_at": expires})

    def handle(self, request: httpx.Request) -> httpx.Response:
        assert self.scheme.exchange is not None
        if request.url.path == self.scheme.exchange.path:
            if self.delay:
                time.sleep(self.delay)
            return self._token_response()
        self.calls += 1
        if self.reject_all or request.headers.get("authorization") != f"Bearer {self.valid}":
            return httpx.Response(401, json={})
        return success(self.op)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        assert self.scheme.exchange is not None
        if request.url.path == self.scheme.exchange.path and self.delay:
            await asyncio.sleep(self.delay)
            return self._token_response()
        return self.handle(request)


def _client(vendor: Vendor, api_id: str, *, is_async: bool = False) -> Any:
    assert vendor.scheme.exchange is not None
    keys = {name: f"canary-{name}" for _, name in vendor.scheme.exchange.credentials}
    handler = vendor.ahandle if is_async else vendor.handle
    return make_client(api_id, handler, is_async=is_async, clock=vendor.clock, credentials=keys)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("api_id", EXCHANGE_APIS)
def test_first_use_then_reuse_then_refresh_before_expiry(api_id: str, is_async: bool) -> None:
    vendor = Vendor(api_id, FakeClock(), lifetime=600.0)
    client = _client(vendor, api_id, is_async=is_async)
    invoke(api_id, client, vendor.op, is_async=is_async)
    invoke(api_id, client, vendor.op, is_async=is_async)
    assert vendor.exchanges == 1
    vendor.clock.now += 600 - 59  # inside the refresh margin: exchange again before it expires
    invoke(api_id, client, vendor.op, is_async=is_async)
    assert vendor.exchanges == 2 and vendor.calls == 3


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("api_id", EXCHANGE_APIS)
def test_401_drops_the_token_and_replays_once(api_id: str, is_async: bool) -> None:
    vendor = Vendor(api_id, FakeClock())
    client = _client(vendor, api_id, is_async=is_async)
    invoke(api_id, client, vendor.op, is_async=is_async)
    vendor.valid = "revoked-by-vendor"  # the vendor forgets the token it issued
    invoke(api_id, client, vendor.op, is_async=is_async)
    assert vendor.exchanges == 2 and vendor.calls == 3


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("api_id", EXCHANGE_APIS)
def test_second_401_raises(api_id: str, is_async: bool) -> None:
    vendor = Vendor(api_id, FakeClock())
    vendor.reject_all = True
    client = _client(vendor, api_id, is_async=is_async)
    with pytest.raises(package(api_id).errors.UnauthorizedError):
        invoke(api_id, client, vendor.op, is_async=is_async)
    assert vendor.calls == 2 and vendor.exchanges == 2


@pytest.mark.parametrize("api_id", EXCHANGE_APIS)
def test_failed_exchange_raises_typed_error(api_id: str) -> None:
    clock = FakeClock()
    vendor = Vendor(api_id, clock)
    exchange_path = vendor.scheme.exchange.path  # type: ignore[union-attr]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == exchange_path:
            return httpx.Response(401, json={})
        return vendor.handle(request)

    keys = {name: "wrong" for _, name in vendor.scheme.exchange.credentials}  # type: ignore[union-attr]
    client = make_client(api_id, handler, clock=clock, credentials=keys)
    with pytest.raises(package(api_id).errors.UnauthorizedError):
        invoke(api_id, client, vendor.op)
    assert vendor.calls == 0


@pytest.mark.parametrize("api_id", EXCHANGE_APIS)
def test_fifty_threads_cause_one_exchange(api_id: str) -> None:
    vendor = Vendor(api_id, FakeClock(), delay=0.05)
    client = _client(vendor, api_id)
    errors: list[BaseException] = []
    barrier = threading.Barrier(50)

    def work() -> None:
        try:
            barrier.wait()
            invoke(api_id, client, vendor.op)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert vendor.exchanges == 1 and vendor.calls == 50


@pytest.mark.parametrize("api_id", EXCHANGE_APIS)
def test_fifty_tasks_cause_one_exchange(api_id: str) -> None:
    vendor = Vendor(api_id, FakeClock(), delay=0.05)
    client = _client(vendor, api_id, is_async=True)
    from tests.helpers import call_kwargs, request_body

    op = vendor.op
    model = (
        getattr(package(api_id).models, op.calls[0].request_model)
        if op.calls[0].request_model
        else None
    )

    async def burst() -> None:
        async def one() -> None:
            args = [build(model, request_body(api_id, op, op.calls[0]))] if model else []
            await getattr(client, op.py_name)(*args, **call_kwargs(op))

        await asyncio.gather(*(one() for _ in range(50)))

    asyncio.run(burst())
    assert vendor.exchanges == 1 and vendor.calls == 50


@pytest.mark.parametrize("api_id", EXCHANGE_APIS)
def test_an_expired_token_is_used_for_the_floor_not_exchanged_per_call(api_id: str) -> None:
    """The exchange answers with an expiry an hour in the past (clock skew, broken vendor)."""
    vendor = Vendor(api_id, FakeClock(), lifetime=-3600.0)
    client = _client(vendor, api_id)
    for _ in range(5):
        invoke(api_id, client, vendor.op)
    assert vendor.exchanges == 1 and vendor.calls == 5
    floor = package(api_id)._auth.EXPIRY_FLOOR
    vendor.clock.now += floor + 1  # the floor spent: one more exchange, not one per call
    for _ in range(5):
        invoke(api_id, client, vendor.op)
    assert vendor.exchanges == 2 and vendor.calls == 10
