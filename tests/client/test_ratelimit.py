"""Client-side pacing from x-rate-limit: a burst never exceeds the documented limit in any
window, in one process (fake clock) and across two processes sharing a real redis-server."""

from __future__ import annotations

import bisect
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from vendorgen.runtime import _ratelimit

from tests.client.fakes import FakeClock, invoke, make_client, success
from tests.conftest import API_IDS, GENERATED, ROOT
from tests.helpers import api

LIMITED = [a for a in API_IDS if api(a).rate_limit is not None]


def max_in_window(times: list[float], period: float) -> int:
    times = sorted(times)
    return max(bisect.bisect_left(times, t + period - 1e-9) - i for i, t in enumerate(times))


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("api_id", LIMITED)
def test_burst_of_300_never_exceeds_the_documented_limit(api_id: str, is_async: bool) -> None:
    limit = api(api_id).rate_limit
    assert limit is not None
    op = next(o for o in api(api_id).operations if not o.variants)
    clock = FakeClock()
    sent: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(clock.now)
        return success(op)

    client = make_client(api_id, handler, is_async=is_async, clock=clock, rate_limiter=None)
    for _ in range(300):
        invoke(api_id, client, op, is_async=is_async)
    assert len(sent) == 300
    assert max_in_window(sent, limit.period_seconds) <= limit.limit
    # and it is not slower than it must be: 300 calls take just over (300 / limit - 1) periods
    assert clock.now - 1_000_000.0 <= (300 / limit.limit) * limit.period_seconds


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    server = shutil.which("redis-server")
    assert server, "redis-server is required (make test installs it)"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    workdir = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [
            server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        import redis

        client = redis.Redis(host="127.0.0.1", port=port)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


WORKER = """
import sys, time, httpx, redis
sys.path.insert(0, {dist!r})
import {pkg} as pkg
url, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
backend = pkg.RedisRateLimitBackend(redis.Redis.from_url(url), prefix="test:")
limiter = pkg.RateLimiter(pkg.RateLimit(limit=10, period=1.0), key="shared-key", backend=backend)
sent = []
def handler(request):
    sent.append(time.time())
    return httpx.Response({status}, json={body})
client = pkg.{client}(base_url="https://vendor.test", transport=httpx.MockTransport(handler),
                      rate_limiter=limiter, clock=time.time, **{credentials!r})
op = pkg._operations.{const}
for _ in range(count):
    client._session.call(op, body=None)
open(out, "w").write("\\n".join(map(repr, sent)))
"""


def test_redis_backend_shares_one_budget_between_two_processes(
    redis_url: str, tmp_path: Path
) -> None:
    api_id = LIMITED[0]
    a = api(api_id)
    op = next(o for o in a.operations if o.method == "GET")
    script = WORKER.format(
        dist=str(GENERATED / api_id),
        pkg=a.package,
        client=a.client_class,
        const=op.const_name,
        credentials={s.py_name: "k" for s in a.schemes},
        status=op.mock_status,
        body=op.mock_literal,
    )
    (tmp_path / "worker.py").write_text(script)
    outs = [tmp_path / f"out{i}.txt" for i in range(2)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [
        subprocess.Popen(
            [sys.executable, str(tmp_path / "worker.py"), redis_url, "25", str(out)], env=env
        )
        for out in outs
    ]
    assert [w.wait(timeout=60) for w in workers] == [0, 0]
    times = [float(t) for out in outs for t in out.read_text().split()]
    assert len(times) == 50
    # The limiter books slots; the times here are when requests were observed, which scheduling
    # can delay by a few milliseconds: the bound is checked on windows 50 ms shorter.
    assert max_in_window(times, 0.95) <= 10
    assert max(times) - min(times) >= 3.5  # 50 calls at 10/s cannot finish sooner


def test_in_memory_backend_is_thread_safe() -> None:
    import threading

    backend = _ratelimit.InMemoryRateLimitBackend()  # the runtime's source, tested once
    limit = _ratelimit.RateLimit(limit=60, period=60.0)
    starts: list[float] = []
    lock = threading.Lock()

    def book() -> None:
        for _ in range(30):
            start = backend.reserve("k", limit, 0.0)
            with lock:
                starts.append(start)

    threads = [threading.Thread(target=book) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(starts) == 300
    assert max_in_window(starts, 60.0) <= 60
