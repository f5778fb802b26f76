# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Which failures are retried, and how long to wait between attempts."""

from __future__ import annotations

import email.utils
import math
import re
from dataclasses import dataclass

__all__ = ["RetryPolicy", "parse_retry_after"]

# delta-seconds (RFC 9110), plus a decimal fraction some servers send; ASCII digits only.
_DELTA_SECONDS = re.compile(r"^[0-9]+(\.[0-9]+)?$", re.ASCII)


@dataclass(frozen=True)
class RetryPolicy:
    """How failed attempts are retried. Delays are capped; so is the whole call.

    `deadline` (seconds, None for none) bounds the whole call: every attempt, every wait
    between attempts and the reading of every response body. Each attempt's connect, read,
    write and pool timeouts are capped by the time left, and the body is read in chunks with the
    time left checked after each one, so a vendor that drip-feeds its answer cannot hold a call
    past its deadline by more than one socket read. A call past its deadline raises
    `errors.TimeoutError` (`UnknownOutcomeError` for a write without an idempotency key).
    """

    max_retries: int = 2
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    max_retry_after: float = 60.0
    deadline: float | None = 120.0
    retry_statuses: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})

    def backoff(self, retry_index: int, rand: float) -> float:
        """Exponential backoff with jitter, in [ceiling/2, ceiling]; ceiling <= backoff_max."""
        ceiling = min(self.backoff_max, self.backoff_initial * (2.0 ** min(retry_index, 62)))
        return ceiling * (0.5 + min(max(rand, 0.0), 1.0) / 2)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date); None if unusable."""
    if value is None:
        return None
    text = value.strip()
    try:
        seconds = float(text) if _DELTA_SECONDS.match(text) else _http_date_delay(text, now)
    except (TypeError, ValueError, OverflowError):
        return None
    if seconds is None or math.isnan(seconds) or math.isinf(seconds) or seconds < 0:
        return None
    return seconds


def _http_date_delay(text: str, now: float) -> float | None:
    parsed = email.utils.parsedate_to_datetime(text)
    if parsed is None or parsed.tzinfo is None:
        return None
    return max(parsed.timestamp() - now, 0.0)
