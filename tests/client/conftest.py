"""Every client test runs with every logger at DEBUG, and afterwards no credential canary —
raw, base64 or URL-encoded — may appear in anything that was logged."""

from __future__ import annotations

import base64
import logging
import urllib.parse
from collections.abc import Iterator

import pytest

from tests.helpers import CREDENTIAL

_FORMS = {
    CREDENTIAL,
    base64.b64encode(CREDENTIAL.encode()).decode().rstrip("="),
    base64.urlsafe_b64encode(CREDENTIAL.encode()).decode().rstrip("="),
    urllib.parse.quote(CREDENTIAL),
}


@pytest.fixture(autouse=True)
def debug_logging_leaks_no_canary(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield
    logged = "\n".join(f"{r.getMessage()} {r.__dict__!r}" for r in caplog.records)
    leaked = sorted(form for form in _FORMS if form in logged)
    assert not leaked, f"credential canary leaked into the logs: {leaked}"
