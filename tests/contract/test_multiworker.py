"""Receivers served by 4 uvicorn processes sharing one delivery store (a real redis-server, or
the default SQLite file): many concurrent deliveries, duplicates fired in pairs at the same
moment to two different processes: every unique delivery is handled exactly once, no 5xx.
Figures printed, never asserted.

Four single-worker processes on four ports rather than `--workers 4` on one: with one shared
socket the kernel decides which worker accepts a connection, and a run once sent every pair to
one worker, proving nothing. Separate ports make every pair cross processes, deterministically."""

from __future__ import annotations

import asyncio
import copy
import os
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import API_IDS, ROOT
from tests.contract.test_webhooks import deliveries, reports_failure
from tests.helpers import api, signed_delivery
from tests.servers import redis_server

WORKERS = 4


def _keyed_op() -> tuple[str, Any, str, Any]:
    """A callback with a delivery key, a settling answer, and a string key field to vary."""
    for api_id in API_IDS:
        for op in api(api_id).webhooks:
            if not (op.dedupe_pointers and op.body) or reports_failure(op):
                continue
            (_, template), *_ = deliveries(api_id, op)
            for pointer in op.dedupe_pointers:
                if isinstance(template.get(pointer.lstrip("/")), str):
                    return api_id, op, pointer.lstrip("/"), template
    raise AssertionError("no callback with a string delivery key")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


def _serve_workers(
    store: str, runs: Path, api_id: str, op: Any, key_field: str
) -> tuple[list[subprocess.Popen[bytes]], list[str]]:
    processes: list[subprocess.Popen[bytes]] = []
    urls: list[str] = []
    try:
        for _ in range(WORKERS):
            process, url = _serve_one(store, runs, api_id, op, key_field)
            processes.append(process)
            urls.append(url)
    except BaseException:
        _stop(processes)
        raise
    return processes, urls


def _serve_one(
    store: str, runs: Path, api_id: str, op: Any, key_field: str
) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MULTIWORKER_API": api_id,
        "MULTIWORKER_OP": op.py_name,
        "MULTIWORKER_STORE": store,
        "MULTIWORKER_RUNS": str(runs),
        "MULTIWORKER_KEY_FIELD": key_field,
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "tests.contract.multiworker_app:make_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
            # uvicorn drops a keep-alive connection idle for 5 s; on a loaded CI machine a pooled
            # connection can be reused just as it is dropped (httpx.ReadError, a client-side race,
            # not a delivery the receiver lost). Keep connections for the whole run.
            "--timeout-keep-alive",
            "600",
        ],
        cwd=runs.parent,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:  # ready when it answers
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        assert time.monotonic() < deadline, f"{url} never answered"
        try:
            with httpx.Client(timeout=5) as http:
                http.get(url + "/ready-probe")
            return process, url
        except httpx.TransportError:
            time.sleep(0.1)


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        process.wait(timeout=30)


def _load(
    urls: list[str],
    api_id: str,
    op: Any,
    key_field: str,
    template: Any,
    unique: int,
    pairs: int,
    label: str,
) -> None:
    a = api(api_id)
    statuses: list[int] = []
    latencies: list[float] = []
    pair_pids: list[tuple[str, str]] = []
    limit = asyncio.Semaphore(50)

    async def deliver(http: httpx.AsyncClient, body: Any) -> httpx.Response:
        headers, signed = signed_delivery(a, op, body, time.time())
        started = time.perf_counter()
        response = await http.request(op.method, op.webhook_path, json=signed, headers=headers)
        latencies.append(time.perf_counter() - started)
        statuses.append(response.status_code)
        return response

    async def group(clients: list[httpx.AsyncClient], i: int) -> None:
        body = copy.deepcopy(template)
        body[key_field] = f"mw-{i}"
        async with limit:
            if i < pairs:  # the original and its duplicate at the same moment, two processes
                first, second = await asyncio.gather(
                    deliver(clients[i % WORKERS], body),
                    deliver(clients[(i + 1) % WORKERS], copy.deepcopy(body)),
                )
                assert first.content == second.content
                pair_pids.append((first.headers["x-worker-pid"], second.headers["x-worker-pid"]))
            else:
                await deliver(clients[i % WORKERS], body)

    async def run() -> None:
        clients = [httpx.AsyncClient(base_url=url, timeout=120) for url in urls]
        try:
            await asyncio.gather(*(group(clients, i) for i in range(unique)))
        finally:
            for client in clients:
                await client.aclose()

    started = time.perf_counter()
    asyncio.run(asyncio.wait_for(run(), timeout=400))
    elapsed = time.perf_counter() - started
    assert len(statuses) == unique + pairs
    assert Counter(statuses) == Counter({op.mock_status: unique + pairs}), Counter(statuses)
    across = sum(1 for p, q in pair_pids if p != q)
    ordered = sorted(latencies)
    print(
        f"\n[multiworker] {label}: {len(latencies)} deliveries ({unique} unique, {pairs} "
        f"duplicates fired in pairs, {across} pairs answered by two different workers) in "
        f"{elapsed:.2f}s = {len(latencies) / elapsed:.0f} req/s; latency p50 "
        f"{statistics.median(ordered) * 1000:.1f} ms, p95 "
        f"{ordered[int(len(ordered) * 0.95)] * 1000:.1f} ms"
    )
    assert across == pairs, "a duplicate pair was answered by one process: the test proves less"


def _check_runs(runs: Path, op: Any, unique: int) -> None:
    lines = runs.read_text().splitlines()
    counted = Counter(lines)
    assert [k for k, n in counted.items() if n > 1] == [], "a delivery ran twice"
    assert set(counted) == {f"{op.py_name} mw-{i}" for i in range(unique)}


def _run(
    store: str,
    tmp_path: Path,
    unique: int,
    pairs: int,
    label: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    api_id, op, key_field, template = _keyed_op()
    runs = tmp_path / "runs.log"
    processes, urls = _serve_workers(store, runs, api_id, op, key_field)
    try:
        with capsys.disabled():
            _load(urls, api_id, op, key_field, template, unique, pairs, label)
    finally:
        _stop(processes)
    _check_runs(runs, op, unique)


def test_four_workers_share_a_redis_store(
    redis_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(f"redis:{redis_url}", tmp_path, 500, 120, "redis, 4 uvicorn processes", capsys)


def test_four_workers_share_the_sqlite_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = f"sqlite:{tmp_path / '.webhook-deliveries.sqlite3'}"
    _run(store, tmp_path, 150, 50, "sqlite, 4 uvicorn processes", capsys)
