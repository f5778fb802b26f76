"""The delivery stores: an atomic claim per delivery key, shared by apps (workers) that use the
same store, durable across a restart for SQLite, bounded for memory, and only settled answers
are replayed."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import package
from tests.contract.test_webhooks import (
    WEBHOOK_APIS,
    deliveries,
    recording_handlers,
    reports_failure,
)
from tests.helpers import api, build, sample_param, signed_delivery, webhook_secrets
from tests.servers import serve


def keyed_callback() -> tuple[str, Any]:
    """The first documented callback with a delivery key whose documented answer settles it."""
    for api_id in WEBHOOK_APIS:
        for op in api(api_id).webhooks:
            if op.dedupe_pointers and not reports_failure(op):
                return api_id, op
    raise AssertionError("no callback documents a delivery key")


def send(url: str, api_id: str, op: Any, body: Any) -> httpx.Response:
    headers, body = signed_delivery(api(api_id), op, body, time.time())
    params = {p.name: sample_param(p) for p in op.params if p.location == "query"}
    with httpx.Client(base_url=url, timeout=10) as http:
        return http.request(op.method, op.webhook_path, params=params, headers=headers, json=body)


def test_default_store_is_a_sqlite_file_that_survives_a_restart(tmp_path: Path) -> None:
    api_id, op = keyed_callback()
    _, body = deliveries(api_id, op)[0]
    secrets = webhook_secrets(api(api_id))
    first_handlers = recording_handlers(api_id)
    with serve(package(api_id).server.create_webhook_app(first_handlers, secrets=secrets)) as url:
        first = send(url, api_id, op, body)
    assert first.status_code == op.mock_status, first.text
    assert len(first_handlers.calls) == 1
    database = tmp_path / ".webhook-deliveries.sqlite3"  # the documented default, in the cwd
    assert database.exists()
    # A new process (new app, new store object) replaying the captured delivery: no handler run.
    second_handlers = recording_handlers(api_id)
    with serve(package(api_id).server.create_webhook_app(second_handlers, secrets=secrets)) as url:
        replay = send(url, api_id, op, body)
    assert (replay.status_code, replay.content) == (first.status_code, first.content)
    assert second_handlers.calls == []
    # Keys are fixed-size digests: nothing the caller sent is stored as the key.
    with sqlite3.connect(database) as db:
        keys = [row[0] for row in db.execute("SELECT key FROM deliveries")]
    assert len(keys) == 1 and len(keys[0]) == 64
    assert json.dumps(body)[:20] not in keys[0]


def test_two_apps_sharing_a_sqlite_file_run_the_handler_once(tmp_path: Path) -> None:
    api_id, op = keyed_callback()
    _, body = deliveries(api_id, op)[0]
    secrets = webhook_secrets(api(api_id))
    server = package(api_id).server
    handlers = recording_handlers(api_id)
    apps = [
        server.create_webhook_app(
            handlers, secrets=secrets, store=server.SQLiteDeliveryStore(tmp_path / "shared.db")
        )
        for _ in range(2)
    ]
    headers, signed = signed_delivery(api(api_id), op, body, time.time())
    params = {p.name: sample_param(p) for p in op.params if p.location == "query"}

    async def burst() -> list[httpx.Response]:
        clients = [
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")
            for app in apps
        ]
        try:
            return await asyncio.gather(
                *(
                    clients[i % 2].request(
                        op.method, op.webhook_path, params=params, headers=headers, json=signed
                    )
                    for i in range(20)
                )
            )
        finally:
            for client in clients:
                await client.aclose()

    responses = asyncio.run(burst())
    assert {r.status_code for r in responses} == {op.mock_status}
    assert len({r.content for r in responses}) == 1
    assert len(handlers.calls) == 1


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_claim_complete_release_and_expiry(kind: str, tmp_path: Path) -> None:
    server = package(keyed_callback()[0]).server
    store = (
        server.InMemoryDeliveryStore()
        if kind == "memory"
        else server.SQLiteDeliveryStore(tmp_path / "d.db")
    )

    async def scenario() -> None:
        first = await store.claim("k", 60)
        assert first.token and first.response is None
        in_flight = await store.claim("k", 60)
        assert (in_flight.token, in_flight.response) == (None, None)
        await store.complete("k", "not-the-owner", (200, b"x"), 60)  # ignored
        assert (await store.claim("k", 60)).response is None
        await store.complete("k", first.token, (200, b'{"ok":true}'), 60)
        assert (await store.claim("k", 60)).response == (200, b'{"ok":true}')
        # a released claim is free again; a crashed (never completed) claim expires
        other = await store.claim("r", 60)
        await store.release("r", other.token)
        assert (await store.claim("r", 60)).token
        assert (await store.claim("crashed", 0.0)).token
        assert (await store.claim("crashed", 60)).token

    asyncio.run(scenario())


def test_in_memory_store_is_bounded_by_entries_and_bytes() -> None:
    server = package(keyed_callback()[0]).server

    async def fill(store: Any, count: int, size: int) -> list[bool]:
        for i in range(count):
            claim = await store.claim(f"k{i}", 60)
            await store.complete(f"k{i}", claim.token, (200, b"x" * size), 60)
        # newest first: a claim for an evicted key is itself a new entry
        found = [
            (await store.claim(f"k{i}", 60)).response is not None for i in reversed(range(count))
        ]
        return found[::-1]

    by_count = asyncio.run(fill(server.InMemoryDeliveryStore(max_entries=3), 5, 1))
    assert by_count == [False, False, True, True, True]
    by_bytes = asyncio.run(fill(server.InMemoryDeliveryStore(max_bytes=3000), 5, 1000))
    assert by_bytes[:3] == [False, False, False] and by_bytes[-1]


def test_a_partial_failure_answer_is_not_replayed() -> None:
    """settled-unless: an answer listing a failure lets the retry reach the handler; once the
    handler answers without failures, repeats are answered from that answer."""
    candidates = [
        (a, op) for a in WEBHOOK_APIS for op in api(a).webhooks if op.dedupe_settled_unless
    ]
    assert candidates, "no spec declares settled-unless"
    api_id, op = candidates[0]
    pkg = package(api_id)
    answer = json.loads(op.mock_body)
    failing = build(pkg.models.__dict__[op.success.model], answer)
    pointer = op.dedupe_settled_unless.lstrip("/")
    settled = build(pkg.models.__dict__[op.success.model], {**answer, pointer: []})
    answers = [failing, settled]
    calls: list[int] = []

    async def handle(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return answers[min(len(calls) - 1, 1)]

    base = getattr(pkg.server, api(api_id).webhook_handlers_class)
    handlers = type("H", (base,), {o.py_name: handle for o in api(api_id).webhooks})()
    app = pkg.server.create_webhook_app(handlers, secrets=webhook_secrets(api(api_id)))
    _, body = deliveries(api_id, op)[0]
    with serve(app) as url:
        statuses = [send(url, api_id, op, body).status_code for _ in range(4)]
    assert statuses == [op.mock_status] * 4
    assert len(calls) == 2
