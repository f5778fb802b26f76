# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Keeps query-string credentials out of httpx's own log records.

httpx logs every request's URL (`HTTP Request: GET https://...?api_key=...`, at INFO). An API
key sent in the query would be in it, so the clients that send one register its parameter name
here, and a filter on the `httpx` logger replaces that parameter's value in the URL of every
record before any handler sees it.
"""

from __future__ import annotations

import logging
import threading

import httpx

__all__ = ["REDACTED", "redact_query_params"]

REDACTED = "**********"


class _QueryRedaction(logging.Filter):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and self.names:
            record.args = tuple(self._redacted(arg) for arg in record.args)
        return True

    def _redacted(self, arg: object) -> object:
        if not isinstance(arg, httpx.URL):
            return arg
        for name in self.names & set(arg.params.keys()):
            arg = arg.copy_set_param(name, REDACTED)
        return arg


_FILTER = _QueryRedaction()


def redact_query_params(names: set[str]) -> None:
    """From now on, httpx's log records show these query parameters' values as REDACTED."""
    if not names:
        return
    with _FILTER.lock:
        _FILTER.names = _FILTER.names | names
        logging.getLogger("httpx").addFilter(_FILTER)
