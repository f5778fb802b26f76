"""Page iterators of every paged operation, sync and async, across many pages: they request
pages in order from the first (or the caller's) and stop exactly after the last."""

from __future__ import annotations

import asyncio
import copy
import json
from typing import Any

import httpx
import pytest

from tests.client.fakes import make_client
from tests.conftest import API_IDS, package
from tests.helpers import api, build, call_kwargs, request_body

PAGED = [(a, op) for a in API_IDS for op in api(a).operations if op.pagination]


def _get(document: Any, pointer: str) -> Any:
    for token in pointer.split("/")[1:]:
        document = document[token]
    return document


def _set(document: Any, pointer: str, value: Any) -> Any:
    if not pointer:
        return value
    tokens = pointer.split("/")[1:]
    node = document
    for token in tokens[:-1]:
        node = node.setdefault(token, {})
    node[tokens[-1]] = value
    return document


def _distinct(row: Any, index: int) -> Any:
    """A row told apart from the others by its first string field (real pages differ; a page
    equal to the previous one is refused by the client as a repeat)."""
    if isinstance(row, dict):
        for key, value in row.items():
            if isinstance(value, str):
                row[key] = f"{value}{index}"
                break
    return row


class PagedVendor:
    def __init__(self, op: Any, total: int) -> None:
        self.op, self.paging, self.total = op, op.pagination, total
        self.requested: list[int] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        p = self.paging
        if p.params_in == "query":
            source: dict[str, Any] = dict(request.url.params)
        else:
            source = json.loads(request.content or b"{}")
        page = int(source[p.page_param])
        size = int(source.get(p.size_param) or 10) if p.size_param else 10
        self.requested.append(page)
        start = (page - p.first_page) * size
        count = max(0, min(size, self.total - start))
        base = json.loads(self.op.mock_body)
        items = _get(base, p.items) if p.items else base
        template = copy.deepcopy(items[0]) if isinstance(items, list) and items else {}
        rows = [_distinct(copy.deepcopy(template), start + i) for i in range(count)]
        body = _set(base, p.items, rows)
        if p.has_more:
            _set(body, p.has_more, start + count < self.total)
        if p.total:
            _set(body, p.total, self.total)
        return httpx.Response(self.op.mock_status, json=body)


def _pages(api_id: str, op: Any, vendor: PagedVendor, is_async: bool, size: int) -> list[Any]:
    client = make_client(api_id, vendor.handle, is_async=is_async)
    kwargs = call_kwargs(op)
    args: list[Any] = []
    p = op.pagination
    if op.body:
        data = request_body(api_id, op, op.calls[0])
        data = {**data, p.page_param: p.first_page}
        if p.size_param:
            data[p.size_param] = size
        args.append(build(getattr(package(api_id).models, op.body.model), data))
    else:
        for param in op.call_params:
            if param.name == p.page_param:
                kwargs[param.py_name] = None
            if param.name == p.size_param:
                kwargs[param.py_name] = size
    iterator = getattr(client, f"iter_{op.py_name}_pages")(*args, **kwargs)
    if not is_async:
        return list(iterator)

    async def collect() -> list[Any]:
        return [page async for page in iterator]

    return asyncio.run(collect())


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("total", [47, 50, 0])
@pytest.mark.parametrize("size", [10, 25])
@pytest.mark.parametrize(("api_id", "op"), PAGED, ids=[f"{a}-{o.py_name}" for a, o in PAGED])
def test_pages_in_order_and_stop_after_the_last(
    api_id: str, op: Any, size: int, total: int, is_async: bool
) -> None:
    vendor = PagedVendor(op, total)
    pages = _pages(api_id, op, vendor, is_async, size)
    first = op.pagination.first_page
    p = op.pagination
    effective = size if p.size_param else 10  # the vendor's default page size
    exact = max(1, -(-total // effective))
    # Without has-more or total the end shows as a short page; when the last page is full, or
    # the page size is unknown to the client, only one more (empty) page can tell.
    probe = 0
    if not p.has_more and not p.total:
        probe = 1 if (not p.size_param or total % effective == 0) and total else 0
    assert vendor.requested == list(range(first, first + exact + probe))
    assert len(pages) == exact + probe
    model = getattr(package(api_id).models, op.success.model)
    # a page is its model, or a plain list for a list response (a type alias)
    assert all(isinstance(page, model if isinstance(model, type) else list) for page in pages)


def test_every_paged_style_is_covered() -> None:
    assert {op.pagination.style for _, op in PAGED} == {"page-number", "has-more", "page-limit"}


def _graas_orders(handler_body: Any, **options: Any) -> tuple[list[int], Any]:
    """Iterate graas get_orders (no page size: the vendor picks it) against `handler_body`."""
    op = next(o for o in api("graas").operations if o.py_name == "get_orders")
    requested: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["pageNumber"])
        requested.append(page)
        return httpx.Response(op.mock_status, json=handler_body(json.loads(op.mock_body), page))

    client = make_client("graas", handler, **options)
    kwargs = {k: v for k, v in call_kwargs(op).items() if k not in ("page_number", "page_size")}
    return requested, client.iter_get_orders_pages(**kwargs)


def _with(body: Any, records: int, row: Any) -> Any:
    body["history"] = [row]
    body["numberOfRecords"] = records
    return body


def test_pages_stop_at_the_documented_total_without_a_page_size() -> None:
    requested, pages = _graas_orders(lambda body, page: _with(body, 1, body["history"][0]))
    assert len(list(pages)) == 1
    assert requested == [1]


def test_a_page_repeating_the_previous_one_stops_with_an_error() -> None:
    requested, pages = _graas_orders(lambda body, page: _with(body, 100, body["history"][0]))
    with pytest.raises(package("graas").errors.PaginationError):
        list(pages)
    assert requested == [1, 2]


def test_the_page_cap_stops_with_an_error() -> None:
    def endless(body: Any, page: int) -> Any:
        return _with(body, 10**9, _distinct(copy.deepcopy(body["history"][0]), page))

    requested, pages = _graas_orders(endless, max_pages=3)
    with pytest.raises(package("graas").errors.PaginationError) as caught:
        list(pages)
    assert requested == [1, 2, 3] and caught.value.pages == 3
