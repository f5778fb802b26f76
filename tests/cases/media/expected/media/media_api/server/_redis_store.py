# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""`RedisDeliveryStore`: delivery claims shared by receivers on several machines.

The claim is `SET key <token> NX PX <claim ms>`; the answer replaces the token (same key, the
result's lifetime) only while the token is still the caller's, checked and written by one Lua
script, so a worker whose claim expired cannot overwrite its successor's. Needs the `redis`
extra (redis-py); works with a `redis.Redis` or a `redis.asyncio.Redis` client.
"""

from __future__ import annotations

import inspect
from typing import Any

from ._store import Claim, new_token

__all__ = ["RedisDeliveryStore"]

_PENDING = b"p:"
_DONE = b"d:"

_COMPLETE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0
"""

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


class RedisDeliveryStore:
    """Claims and answers in Redis under `prefix` + the delivery key (a sha256 digest)."""

    def __init__(self, client: Any, *, prefix: str = "webhook-delivery:") -> None:
        self._client = client
        self._prefix = prefix

    async def claim(self, key: str, claim_seconds: float) -> Claim:
        token = _PENDING + new_token().encode()
        name = self._prefix + key
        for _ in range(3):  # the key may expire between SET NX and GET: try again
            if await _result(self._client.set(name, token, nx=True, px=_ms(claim_seconds))):
                return Claim(token=token.decode())
            value = await _result(self._client.get(name))
            if value is None:
                continue
            value = value if isinstance(value, bytes) else str(value).encode()
            if value.startswith(_DONE):
                return Claim(response=(int(value[2:5]), value[5:]))
            return Claim()
        return Claim()

    async def complete(
        self, key: str, token: str, response: tuple[int, bytes], keep_seconds: float
    ) -> None:
        value = _DONE + b"%03d" % response[0] + response[1]
        await _result(
            self._client.eval(_COMPLETE, 1, self._prefix + key, token, value, _ms(keep_seconds))
        )

    async def release(self, key: str, token: str) -> None:
        await _result(self._client.eval(_RELEASE, 1, self._prefix + key, token))


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


async def _result(value: Any) -> Any:
    """A sync client answers at once; an asyncio client returns an awaitable."""
    return await value if inspect.isawaitable(value) else value
