# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Delivery stores: who runs the handler for a delivery key, and what the vendor gets on a repeat.

A store offers an atomic claim. The first caller of `claim(key, ...)` gets a token and runs the
handler; every concurrent or later caller sees the claim in flight (and polls) or the stored
answer (and replays it). A claim that is never completed (the worker crashed) expires after
`claim_seconds`, so a retry of the vendor runs the handler again. Keys are fixed-size digests
(see `delivery_key`): nothing the caller chose is stored verbatim.

- `SQLiteDeliveryStore` (the default): a file shared by every worker of one machine, surviving
  restarts.
- `InMemoryDeliveryStore`: one process only, for tests.
- `RedisDeliveryStore` (in `_redis_store`): several machines.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import secrets
import sqlite3
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "DEFAULT_CLAIM_SECONDS",
    "DEFAULT_RESULT_SECONDS",
    "DEFAULT_STORE_PATH",
    "Claim",
    "DeliveryStore",
    "InMemoryDeliveryStore",
    "SQLiteDeliveryStore",
    "delivery_key",
]

DEFAULT_STORE_PATH = ".webhook-deliveries.sqlite3"
DEFAULT_CLAIM_SECONDS = 60.0
DEFAULT_RESULT_SECONDS = 24 * 3600.0


@dataclass(frozen=True)
class Claim:
    """The outcome of `claim`: `token` when this caller owns the delivery, `response` when it
    was already answered; neither when another worker is still handling it."""

    token: str | None = None
    response: tuple[int, bytes] | None = None


class DeliveryStore(Protocol):
    """Atomic claim per delivery key. `complete` and `release` only act for the claim's token
    holder, so a worker whose claim expired cannot overwrite or drop its successor's claim."""

    async def claim(self, key: str, claim_seconds: float) -> Claim: ...

    async def complete(
        self, key: str, token: str, response: tuple[int, bytes], keep_seconds: float
    ) -> None: ...

    async def release(self, key: str, token: str) -> None: ...


def delivery_key(namespace: str, canonical: str) -> str:
    """A fixed-size key (sha256 hex) for the canonical JSON of the key values."""
    return hashlib.sha256(f"{namespace}\0{canonical}".encode()).hexdigest()


def new_token() -> str:
    return secrets.token_hex(16)


class InMemoryDeliveryStore:
    """Claims and answers in this process's memory: protects ONE process only (use the default
    SQLite store for several workers, `RedisDeliveryStore` for several machines). Bounded by
    entry count and by stored answer bytes; the oldest entries go first."""

    def __init__(self, max_entries: int = 10_000, max_bytes: int = 16 * 1024 * 1024) -> None:
        self._entries: OrderedDict[str, tuple[str | None, float, tuple[int, bytes] | None]] = (
            OrderedDict()
        )
        self._max_entries = max_entries
        self._max_bytes = max_bytes
        self._bytes = 0
        self._clock = time.monotonic

    async def claim(self, key: str, claim_seconds: float) -> Claim:
        now = self._clock()
        entry = self._entries.get(key)
        if entry is not None and entry[1] > now:
            token, _, response = entry
            return Claim(response=response) if response is not None else Claim()
        self._drop(key)
        token = new_token()
        self._set(key, (token, now + claim_seconds, None))
        return Claim(token=token)

    async def complete(
        self, key: str, token: str, response: tuple[int, bytes], keep_seconds: float
    ) -> None:
        entry = self._entries.get(key)
        if entry is None or entry[0] != token:
            return
        self._drop(key)
        self._set(key, (None, self._clock() + keep_seconds, response))

    async def release(self, key: str, token: str) -> None:
        entry = self._entries.get(key)
        if entry is not None and entry[0] == token:
            self._drop(key)

    def _set(self, key: str, entry: tuple[str | None, float, tuple[int, bytes] | None]) -> None:
        self._entries[key] = entry
        self._bytes += _size(entry)
        while self._entries and (
            len(self._entries) > self._max_entries or self._bytes > self._max_bytes
        ):
            oldest = next(iter(self._entries))
            self._drop(oldest)

    def _drop(self, key: str) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= _size(entry)


def _size(entry: tuple[str | None, float, tuple[int, bytes] | None]) -> int:
    return 64 + 32 + (len(entry[2][1]) if entry[2] is not None else 0)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS deliveries (
    key TEXT PRIMARY KEY,
    token TEXT,
    expires REAL NOT NULL,
    status INTEGER,
    body BLOB
)
"""


class SQLiteDeliveryStore:
    """The default store: one SQLite file (WAL mode) that every worker process of a machine
    opens, so they share claims, and that a restarted receiver still reads, so a captured
    delivery replayed later does not run the handler again. The claim is
    `INSERT ... ON CONFLICT DO NOTHING` inside an immediate transaction. Not for several
    machines (a network file system breaks SQLite's locks): use `RedisDeliveryStore` there."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_STORE_PATH) -> None:
        # Resolved now, opened on first use: an app that never sees a keyed delivery makes no file.
        self._path = os.path.abspath(os.fspath(path))
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._last_purge = 0.0

    @property
    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            db = sqlite3.connect(
                self._path, timeout=30.0, isolation_level=None, check_same_thread=False
            )
            db.execute("PRAGMA busy_timeout = 30000")
            _wal(db)
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute(_SCHEMA)
            self._connection = db
        return self._connection

    async def claim(self, key: str, claim_seconds: float) -> Claim:
        return await asyncio.to_thread(self._claim, key, claim_seconds)

    async def complete(
        self, key: str, token: str, response: tuple[int, bytes], keep_seconds: float
    ) -> None:
        await asyncio.to_thread(self._complete, key, token, response, keep_seconds)

    async def release(self, key: str, token: str) -> None:
        await asyncio.to_thread(
            self._write, "DELETE FROM deliveries WHERE key=? AND token=?", (key, token)
        )

    def _claim(self, key: str, claim_seconds: float) -> Claim:
        now, token = time.time(), new_token()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("DELETE FROM deliveries WHERE key=? AND expires<=?", (key, now))
                inserted = self._db.execute(
                    "INSERT INTO deliveries (key, token, expires) VALUES (?, ?, ?)"
                    " ON CONFLICT DO NOTHING",
                    (key, token, now + claim_seconds),
                ).rowcount
                row = (
                    None
                    if inserted
                    else self._db.execute(
                        "SELECT status, body FROM deliveries WHERE key=?", (key,)
                    ).fetchone()
                )
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        if inserted:
            return Claim(token=token)
        if row is None or row[0] is None:
            return Claim()
        return Claim(response=(int(row[0]), bytes(row[1] or b"")))

    def _complete(
        self, key: str, token: str, response: tuple[int, bytes], keep_seconds: float
    ) -> None:
        now = time.time()
        self._write(
            "UPDATE deliveries SET token=NULL, expires=?, status=?, body=? WHERE key=? AND token=?",
            (now + keep_seconds, response[0], response[1], key, token),
        )
        if now - self._last_purge > 60:  # expired answers leave the file now and then
            self._last_purge = now
            self._write("DELETE FROM deliveries WHERE expires<=?", (now,))

    def _write(self, sql: str, args: tuple[object, ...]) -> None:
        with self._lock:
            self._db.execute(sql, args)

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


def _wal(db: sqlite3.Connection, seconds: float = 30.0) -> None:
    """Switch the file to WAL. SQLite answers "database is locked" at once, without its busy
    timeout, when another process switches the same new file at that moment (two workers
    starting together): try again until `seconds` pass."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
