"""Schemathesis against every server app over real HTTP on 127.0.0.1: each mock vendor (the
spec's `paths`) and each webhook receiver (its `webhooks`, mounted at their default paths),
all checks on (receivers: all but negative-data rejection, see below), a fixed seed,
SCHEMATHESIS_EXAMPLES examples per operation (100 in CI)."""

from __future__ import annotations

import contextlib
import copy
import os
import time
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection

from tests.conftest import API_IDS, package
from tests.contract.test_webhooks import recording_handlers
from tests.helpers import api, auth_kwargs, signed_delivery, spec, webhook_secrets
from tests.servers import serve

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "100"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)


def _mock_headers(api_id: str) -> dict[str, str]:
    a = api(api_id)
    headers = {}
    for scheme, value in zip(a.schemes, auth_kwargs(a).values(), strict=True):
        headers[scheme.header] = f"Bearer {value}" if scheme.kind == "bearer" else value
    return headers


def _webhook_spec(api_id: str) -> dict[str, Any]:
    """The spec's webhooks as paths, where the generated receiver mounts them. A JWT carried in
    the body (x-webhook-auth token-pointer) is no HTTP security scheme Schemathesis could
    exercise: those requirements are dropped here and the test signs each body itself."""
    data = copy.deepcopy(spec(api_id).data)
    body_tokens = {s.id for s in api(api_id).webhook_schemes if s.kind == "jwt" and s.token_pointer}
    paths: dict[str, Any] = {}
    for op in api(api_id).webhooks:
        for _name, item in data.get("webhooks", {}).items():
            for method, raw in item.items():
                if isinstance(raw, dict) and raw.get("operationId") == op.py_name:
                    if any(set(alt) & body_tokens for alt in raw.get("security", [])):
                        raw["security"] = []
                    paths.setdefault(op.webhook_path, {})[method] = raw
    data["paths"] = paths
    data.pop("webhooks", None)
    data["servers"] = [{"url": "/"}]
    return data


def _mock_schema(api_id: str) -> Any:
    data = copy.deepcopy(spec(api_id).data)
    data["servers"] = [{"url": "/"}]
    return schemathesis.openapi.from_dict(data)


class _Apps:
    """Servers started on first use and stopped at the end of the module."""

    def __init__(self, stack: contextlib.ExitStack) -> None:
        self.stack = stack
        self.urls: dict[tuple[str, str], str] = {}

    def url(self, kind: str, api_id: str) -> str:
        if (kind, api_id) not in self.urls:
            a = api(api_id)
            if kind == "mock":
                accepted = {
                    s.id: v for s, v in zip(a.schemes, auth_kwargs(a).values(), strict=True)
                }
                app = package(api_id).server.create_mock_app(credentials=accepted)
            else:
                app = package(api_id).server.create_webhook_app(
                    recording_handlers(api_id), secrets=webhook_secrets(a)
                )
            self.urls[(kind, api_id)] = self.stack.enter_context(serve(app))
        return self.urls[(kind, api_id)]


@pytest.fixture(scope="module")
def apps() -> Iterator[_Apps]:
    with contextlib.ExitStack() as stack:
        yield _Apps(stack)


def _make_mock_test(api_id: str) -> Any:
    @_mock_schema(api_id).parametrize()
    @SETTINGS
    def test(case: Any, apps: _Apps) -> None:
        # Valid credentials replace the generated ones; a header the case leaves out on
        # purpose (the missing-auth scenarios) stays out.
        present = {k.lower() for k in (case.headers or {})}
        valid = {k: v for k, v in _mock_headers(api_id).items() if k.lower() in present}
        case.call_and_validate(base_url=apps.url("mock", api_id), headers=valid)

    return test


def _make_webhook_test(api_id: str) -> Any:
    by_path = {op.webhook_path: op for op in api(api_id).webhooks}

    @schemathesis.openapi.from_dict(_webhook_spec(api_id)).parametrize()
    @SETTINGS
    def test(case: Any, apps: _Apps) -> None:
        op = by_path[case.path]
        headers, body = signed_delivery(
            api(api_id), op, case.body if isinstance(case.body, dict) else {}, time.time()
        )
        if isinstance(case.body, dict):
            case.body = body
        present = {k.lower() for k in (case.headers or {})}
        valid = {k: v for k, v in headers.items() if k.lower() in present}
        # Every check but "schema-violating data is refused": a receiver is tolerant by design
        # (specs/README.md, "What the models enforce"): it reads whatever its handler's model
        # accepts (nulls as absent, unlisted enum values, unenforced formats) and refuses only
        # what cannot carry its meaning, which tests/contract/test_webhooks.py and
        # tests/functional/test_tolerant_read.py pin down.
        case.call_and_validate(
            base_url=apps.url("webhook", api_id),
            headers=valid,
            excluded_checks=[negative_data_rejection],
        )

    return test


for _api_id in API_IDS:
    globals()[f"test_mock_{_api_id}"] = _make_mock_test(_api_id)
    if api(_api_id).webhooks:
        globals()[f"test_webhooks_{_api_id}"] = _make_webhook_test(_api_id)
