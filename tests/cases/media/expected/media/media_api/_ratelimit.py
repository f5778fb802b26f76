# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Client-side pacing so a well-behaved integrator never sees a 429.

A sliding log of request slots: no window of `period` seconds ever holds more than `limit`
requests (a plain token bucket allows twice that across a refill). The backend holds the log;
processes sharing one key share one backend (Redis) and so one budget.
"""

from __future__ import annotations

import threading
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = [
    "InMemoryRateLimitBackend",
    "RateLimit",
    "RateLimitBackend",
    "RateLimiter",
    "RedisRateLimitBackend",
]


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` requests in any window of `period` seconds."""

    limit: int
    period: float


class RateLimitBackend(Protocol):
    """Where request times are kept. Processes sharing one backend share one budget."""

    def reserve(self, key: str, limit: RateLimit, now: float) -> float:
        """Book the next slot for `key` and return the time (on the caller's clock) it starts."""
        ...


class InMemoryRateLimitBackend:
    """A sliding log of the last `limit` slots per key: no window of `period` seconds ever holds
    more than `limit` requests (a plain token bucket allows twice that across a refill)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slots: dict[str, deque[float]] = {}

    def reserve(self, key: str, limit: RateLimit, now: float) -> float:
        with self._lock:
            slots = self._slots.setdefault(key, deque(maxlen=limit.limit))
            start = now
            if len(slots) == limit.limit:
                start = max(now, slots[0] + limit.period)
            if slots:
                start = max(start, slots[-1])
            slots.append(start)
            return start


class RateLimiter:
    """Client-side pacing so a well-behaved integrator never sees a 429."""

    def __init__(
        self,
        limit: RateLimit,
        *,
        key: str = "default",
        backend: RateLimitBackend | None = None,
    ) -> None:
        self.limit = limit
        self.key = key
        self.backend = backend or InMemoryRateLimitBackend()

    def __repr__(self) -> str:
        return f"RateLimiter({self.limit.limit}/{self.limit.period:g}s)"

    def delay(self, now: float) -> float:
        return max(self.backend.reserve(self.key, self.limit, now) - now, 0.0)


# Atomically: drop slots older than the window, then book the next slot at max(now, oldest
# slot + period, newest slot) when the window is full, else at max(now, newest slot).
_RESERVE_SCRIPT = """
local key, member = KEYS[1], ARGV[4]
local limit, period, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - period)
local start = now
local count = redis.call('ZCARD', key)
if count >= limit then
  local oldest = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
  start = math.max(start, tonumber(oldest[2]) + period)
end
local newest = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')
if newest[2] then start = math.max(start, tonumber(newest[2])) end
redis.call('ZADD', key, start, member)
redis.call('PEXPIRE', key, math.ceil((start - now + period) * 1000) + 1000)
return tostring(start)
"""


class RedisRateLimitBackend:
    """The budget in Redis, shared by every process using the same key. `client` is a
    `redis.Redis`; its server clock is the time base, so processes need no synchronised clocks."""

    def __init__(self, client: Any, *, prefix: str = "ratelimit:") -> None:
        self._client = client
        self._prefix = prefix
        self._script = client.register_script(_RESERVE_SCRIPT)

    def __repr__(self) -> str:
        return f"RedisRateLimitBackend(prefix={self._prefix!r})"

    def reserve(self, key: str, limit: RateLimit, now: float) -> float:
        seconds, micros = self._client.time()
        server_now = float(seconds) + float(micros) / 1e6
        start = float(
            self._script(
                keys=[self._prefix + key],
                args=[limit.limit, limit.period, server_now, uuid.uuid4().hex],
            )
        )
        return now + (start - server_now)
