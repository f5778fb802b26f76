# Generated from specs/items.yaml by vendorgen. Do not edit: regenerate instead.
"""Keeps credentials in URLs out of httpx's and httpcore's own log records.

httpx logs every request's URL (`HTTP Request: GET https://...?api_key=...`, at INFO). An API
key sent in the query would be in it, so the clients that send one register its parameter name
here, and a filter on the `httpx` logger replaces that parameter's value in the URL of every
record before any handler sees it.

A URL's user name and password are masked the same way (`_userinfo`), in httpx's records and in
httpcore's DEBUG traces, which print a response's headers as received: a vendor's `Location`
could carry them. The client refuses them in its own URLs, so these can only come from outside.
"""

from __future__ import annotations

import logging
import threading

import httpx

from ._userinfo import MASK, has_userinfo, mask_userinfo

__all__ = ["REDACTED", "mask_userinfo_in_logs", "redact_query_params"]

REDACTED = MASK
# Loggers filter only the records logged on them, not their children's: each is named.
_HTTPCORE_LOGGERS = (
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


class _UrlRedaction(logging.Filter):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and has_userinfo(record.msg):
            record.msg = mask_userinfo(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(self._redacted(arg) for arg in record.args)
        return True

    def _redacted(self, arg: object) -> object:
        if isinstance(arg, str | bytes):
            text = arg if isinstance(arg, str) else arg.decode("latin-1")
            return mask_userinfo(text) if has_userinfo(text) else arg
        if not isinstance(arg, httpx.URL):
            return arg
        for name in self.names & set(arg.params.keys()):
            arg = arg.copy_set_param(name, REDACTED)
        if arg.userinfo:
            arg = arg.copy_with(userinfo=REDACTED.encode())
        return arg


_FILTER = _UrlRedaction()


def redact_query_params(names: set[str]) -> None:
    """From now on, httpx's log records show these query parameters' values as REDACTED."""
    if not names:
        return
    with _FILTER.lock:
        _FILTER.names = _FILTER.names | names
    mask_userinfo_in_logs()


def mask_userinfo_in_logs() -> None:
    """From now on, httpx's and httpcore's log records show no URL's user name or password.
    Idempotent: a logger holds the one filter once."""
    for name in ("httpx", *_HTTPCORE_LOGGERS):
        logging.getLogger(name).addFilter(_FILTER)
