"""The generated client of tests/cases/routing (items.yaml) against its generated mock over real
HTTP on 127.0.0.1, for every style the case declares: the mock accepts each call (its schema
check passes), and the values it decodes from what the client sent are the values the caller
gave (a success alone would not show it: `ids=1&ids=2` read as form-unexploded is `[1]`)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from starlette.requests import Request

from tests.servers import serve


class _Recording:
    """The mock app, keeping each request's scope (the router fills in the raw path values)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.scopes: list[dict[str, Any]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.scopes.append(scope)
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def mock(items: ModuleType) -> Iterator[tuple[str, _Recording]]:
    server = importlib.import_module("items_api.server")
    recording = _Recording(server.create_mock_app())
    with serve(recording) as base:
        yield base, recording


def _decoded(recording: _Recording, operation: str) -> dict[str, Any]:
    """What the mock's own decoder reads from the last request, as the route's parameters."""
    mock = importlib.import_module("items_api.server.mock")
    params = importlib.import_module("items_api.server._params")
    route = next(r for r in mock.ROUTES if r.name == operation)
    values, problems = params.parse_params(route.params, Request(recording.scopes[-1]))
    assert problems == []
    return dict(values)


def test_every_style_round_trips(items: ModuleType, mock: tuple[str, _Recording]) -> None:
    url, recording = mock
    models = items.models
    with items.ItemsClient(base_url=url, rate_limiter=False) as client:
        client.simple_array(ids=[1, 2, 3])
        assert _decoded(recording, "simple_array") == {"ids": [1, 2, 3]}
        client.label_array(ids=[4, 5])
        assert _decoded(recording, "label_array") == {"ids": [4, 5]}
        client.matrix_object(point=models.Point(x=1, y=-2))
        assert _decoded(recording, "matrix_object") == {"point": {"x": 1, "y": -2}}
        client.query_styles(
            ids=[1, 2],
            codes=["a", "c d", "e,f"],
            range_=models.Range(min=0, max=9),
            point=models.Point(x=3, y=4),
            x_point=models.Point(x=5, y=6),
        )
        assert _decoded(recording, "query_styles") == {
            "ids": [1, 2],
            "codes": ["a", "c d", "e,f"],
            "range": {"min": 0, "max": 9},
            "point": {"x": 3, "y": 4},
            "X-Point": {"x": 5, "y": 6},
        }
        found = client.search_by_status(status=["sold", "available"], flag=True, x_trace_id="ab")
        assert isinstance(found, list)
        assert _decoded(recording, "search_by_status") == {
            "status": ["sold", "available"],
            "flag": True,
            "X-Trace.Id": "ab",
        }
        client.fetch_user(user_name="a,b/c")  # reserved characters stay inside the value
        assert _decoded(recording, "fetch_user") == {"user.name": "a,b/c"}


def test_the_typed_values_are_checked_before_encoding(items: ModuleType) -> None:
    """The schema check runs on the model, not on its encoded text (min must be >= 0)."""
    client = items.ItemsClient(base_url="http://127.0.0.1:9", rate_limiter=False)
    with client, pytest.raises(items.errors.RequestValidationError) as raised:
        client.query_styles(range_=items.models.Range(min=-1))
    assert raised.value.problems == ("/parameters/query/range/min: must satisfy minimum 0",)
