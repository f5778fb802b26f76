# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Walking paged operations: which page comes next, and when the last one has been seen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel
from pydantic_core import to_json, to_jsonable_python

from . import errors
from ._jsonpointer import resolve

__all__ = ["MAX_PAGES", "PageWalk", "Paging"]

MAX_PAGES = 10_000  # default cap: a vendor that never says "last page" cannot loop a client
_Model = TypeVar("_Model", bound=BaseModel)


@dataclass(frozen=True)
class Paging:
    """How an operation pages (x-pagination): the page parameter, and how to see the end."""

    style: str  # page-number | has-more | page-limit
    page_param: str
    size_param: str | None
    params_in: str  # query | body
    first_page: int
    items: str  # JSON pointer into the response
    has_more: str | None = None
    total: str | None = None

    def start(self, body: BaseModel | None, query: dict[str, Any]) -> int:
        given = (
            _field(body, self.page_param)
            if self.params_in == "body"
            else query.get(self.page_param)
        )
        return int(given) if given is not None else self.first_page

    def size(self, body: BaseModel | None, query: dict[str, Any]) -> int | None:
        if self.size_param is None:
            return None
        given = (
            _field(body, self.size_param)
            if self.params_in == "body"
            else query.get(self.size_param)
        )
        try:
            return int(given) if given is not None else None
        except (TypeError, ValueError):
            return None

    def at_page(
        self, body: _Model | None, query: dict[str, Any], page: int
    ) -> tuple[_Model | None, dict[str, Any]]:
        if self.params_in == "query" or body is None:
            return body, {**query, self.page_param: page}
        data = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        data[self.page_param] = page
        return type(body).model_validate(data), query

    def has_next(self, result: Any, page: int, size: int | None) -> bool:
        """Whether another page follows, from has-more, the documented total or a short page.
        Without a requested size, a page's own item count stands for the page size."""
        document = to_jsonable_python(result, by_alias=True)
        if self.has_more is not None:
            return resolve(document, self.has_more) is True
        items = resolve(document, self.items)
        count = len(items) if isinstance(items, list) else 0
        if count == 0:
            return False
        total = resolve(document, self.total) if self.total is not None else None
        if isinstance(total, int) and not isinstance(total, bool):
            return (page - self.first_page + 1) * (size or count) < total
        return size is None or count >= size

    def page_items(self, result: Any) -> list[Any]:
        """The items of one page, as the models parsed them (not re-dumped JSON)."""
        node = result
        for part in [p for p in self.items.split("/") if p]:
            node = _child(node, part.replace("~1", "/").replace("~0", "~"))
        return list(node) if isinstance(node, list) else []

    def walk(self, operation: str, size: int | None, max_pages: int = MAX_PAGES) -> PageWalk:
        return PageWalk(self, operation, size, max_pages)


class PageWalk:
    """One iteration over the pages: stops at the end, fails on a repeated page or the cap."""

    def __init__(self, paging: Paging, operation: str, size: int | None, max_pages: int) -> None:
        self._paging = paging
        self._operation = operation
        self._size = size
        self._max_pages = max_pages
        self._pages = 0
        self._previous: str | None = None

    def has_next(self, result: Any, page: int) -> bool:
        self._pages += 1
        seen = to_json(result, by_alias=True).decode()
        if seen == self._previous and self._paging.has_next(result, page, self._size):
            raise errors.PaginationError(
                f"{self._operation}: page {page} repeats the previous page; stopped",
                operation=self._operation,
                pages=self._pages,
            )
        self._previous = seen
        if not self._paging.has_next(result, page, self._size):
            return False
        if self._pages >= self._max_pages:
            raise errors.PaginationError(
                f"{self._operation}: more than {self._max_pages} pages (max_pages); stopped",
                operation=self._operation,
                pages=self._pages,
            )
        return True


def _child(node: Any, key: str) -> Any:
    """`node[key]` by wire name, through models (their aliases and extra fields) and dicts."""
    if isinstance(node, BaseModel):
        for name, info in type(node).model_fields.items():
            if (info.alias or name) == key:
                return getattr(node, name)
        return (node.model_extra or {}).get(key)
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, list) and key.isdigit() and int(key) < len(node):
        return node[int(key)]
    return None


def _field(body: BaseModel | None, wire_name: str) -> Any:
    if body is None:
        return None
    return body.model_dump(mode="json", by_alias=True).get(wire_name)
