"""The generated mock of tests/cases/routing (items.yaml) over real HTTP on 127.0.0.1: routing as
OpenAPI says (concrete paths first, any parameter name, %2F inside a value), parameters decoded
by style/explode and validated by their schema, allOf-wrapped enums in mock data, and error
answers only as documented."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.servers import serve


@pytest.fixture(scope="module")
def url(items: ModuleType) -> Iterator[str]:
    server = importlib.import_module("items_api.server")
    with serve(server.create_mock_app()) as base:
        yield base


def _get(url: str, path: str, **kwargs: Any) -> httpx.Response:
    return httpx.get(url + path, timeout=10, **kwargs)


def test_concrete_paths_win_over_templated_ones_declared_first(url: str) -> None:
    found = _get(url, "/items/findByStatus", params={"status": "sold"})
    assert found.status_code == 200 and isinstance(found.json(), list)
    one = _get(url, "/items/some-item")
    assert one.status_code == 200 and one.json()["id"]
    assert _get(url, "/users/login").json() == {"token": "x"}
    assert _get(url, "/users/ada").json() == {"name": "x"}


def test_encoded_slash_stays_inside_a_path_value(url: str, items: ModuleType) -> None:
    assert _get(url, "/items/a%2Fb").status_code == 200
    assert _get(url, "/items/a/b").status_code == 404  # no such path: a real slash is not a value
    with items.ItemsClient(base_url=url, rate_limiter=False) as client:
        item = client.fetch_item(item_id="shelf/7")  # the client encodes the slash
    assert item.status == "available"  # allOf-wrapped enum: a member, not {}


def test_parameter_names_with_hyphens_and_dots(url: str) -> None:
    assert _get(url, "/users/ada.lovelace").status_code == 200
    ok = _get(url, "/items/findByStatus", params={"status": "sold"}, headers={"X-Trace.Id": "ab"})
    assert ok.status_code == 200
    short = _get(url, "/items/findByStatus", params={"status": "sold"}, headers={"X-Trace.Id": "a"})
    assert short.status_code == 400 and "X-Trace.Id" in short.json()["message"]


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("status=sold&page_size=10", 200),  # integer enum in the query
        ("status=sold&page_size=20", 200),
        ("status=sold&page_size=15", 400),
        ("status=sold&status=available", 200),  # form, exploded: repeated keys
        ("status=lost", 400),
        ("", 400),  # required
        ("status=sold&big=99999999999999999999999", 200),  # no format: no int64 bound
        ("status=sold&small=2147483648", 400),  # format int32
        ("status=sold&small=1_000", 400),
        ("status=sold&small=%2B5", 400),
        ("status=sold&flag=true", 200),
        ("status=sold&flag=yes", 400),
    ],
)
def test_query_values_are_typed_and_validated_by_schema(url: str, query: str, status: int) -> None:
    assert _get(url, "/items/findByStatus?" + query).status_code == status, query


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/styles/simple/1,2,3", 204),
        ("/styles/simple/1,x", 400),
        ("/styles/label/.1.2.3", 204),
        ("/styles/label/1.2", 400),  # no leading dot
        ("/styles/label/.1.x", 400),
        ("/styles/matrix/;x=1;y=2", 204),
        ("/styles/matrix/;x=1", 400),  # y is required
        ("/styles/matrix/;x=1;y=b", 400),
        ("/styles/matrix/x=1;y=2", 400),  # no leading semicolon
    ],
)
def test_path_styles(url: str, path: str, status: int) -> None:
    assert _get(url, path).status_code == status, path


@pytest.mark.parametrize(
    ("query", "headers", "status"),
    [
        ("ids=1,2,3", {}, 204),  # form, not exploded
        ("ids=1,x", {}, 400),
        ("codes=ab|cd", {}, 204),  # pipeDelimited
        ("codes=ab|abcd", {}, 400),
        ("range[min]=1&range[max]=5", {}, 204),  # deepObject
        ("range[min]=-1", {}, 400),
        ("x=1&y=2", {}, 204),  # form object, exploded: its properties are the keys
        ("x=1&y=z", {}, 400),
        ("", {"X-Point": "x=1,y=2"}, 204),  # simple object, exploded, in a header
        ("", {"X-Point": "x=1"}, 400),
        ("", {"X-Point": "x,1,y,2"}, 400),  # not exploded: not how this header is written
    ],
)
def test_query_and_header_styles(
    url: str, query: str, headers: dict[str, str], status: int
) -> None:
    response = _get(url, "/styles/query?" + query, headers=headers)
    assert response.status_code == status, (query, headers, response.text)


def test_error_answers_are_only_what_is_documented(url: str) -> None:
    bad = _get(url, "/items/findByStatus?status=lost")
    # the documented shape, the actual problem in its message field, not the doc's example text
    assert bad.json()["code"] == "invalid"
    assert "status" in bad.json()["message"] and "may not be null" not in bad.text
    bodiless = _get(url, "/users/login?remember=maybe")  # its 400 is documented without a body
    assert bodiless.status_code == 400 and bodiless.content == b""
    unknown = _get(url, "/no/such/path")
    assert unknown.status_code == 404 and unknown.content == b""  # the documented 404 has no body
    wrong_method = httpx.post(url + "/users/login", timeout=10)
    assert wrong_method.status_code == 405 and wrong_method.content == b""
    assert "GET" in wrong_method.headers["allow"]
    head = httpx.head(url + "/users/login", timeout=10)  # HEAD is not documented: 405, not 500
    assert head.status_code == 405


def test_problems_never_repeat_what_the_caller_chose(url: str) -> None:
    response = _get(url, "/styles/query?range[min]=1&range[secret-token-123]=2")
    assert response.status_code == 400
    assert "range" in response.json()["message"] and "secret-token-123" not in response.text
    typed = _get(url, "/styles/query?range[min]=x")
    assert "['min']" in typed.json()["message"]  # a declared property is named
