# Generated from specs/assure_ecommerce.yaml by vendorgen. Do not edit: regenerate instead.
"""Routing of the generated servers as OpenAPI says, not as Starlette's path syntax would.

- A concrete path wins over a templated one (`/pet/findByStatus` before `/pet/{petId}`,
  `/user/login` before `/user/{username}`), whatever the order of the operations in the spec:
  routes are tried most specific first.
- A path parameter may have any name (`{pet-id}`, `{order.id}`): names never enter a regex.
- A value is matched on the raw path, one segment at a time, and only then percent-decoded, so
  an encoded slash (`%2F`) inside a value stays inside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote, unquote

from starlette.routing import Match, Route
from starlette.types import Scope

__all__ = ["RAW_PATH_PARAMS", "OpenApiRoute", "ordered", "specificity"]

# Scope key holding the matched path values still percent-encoded, for style decoding (a comma
# encoded as %2C inside an item must not split it).
RAW_PATH_PARAMS = "vendorgen.raw_path_params"

_TEMPLATE = re.compile(r"\{([^{}]+)\}")


class _Segment:
    """One `/`-separated piece of a path template: literal text, `{name}`, or a mix."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.names = _TEMPLATE.findall(text)
        pieces = _TEMPLATE.split(text)  # literal, name, literal, name, ..., literal
        pattern = "".join(
            re.escape(piece) if i % 2 == 0 else "(.+?)" for i, piece in enumerate(pieces)
        )
        self.regex = re.compile(pattern + r"\Z", re.DOTALL)

    @property
    def rank(self) -> int:
        """0 literal, 1 literal text around a parameter, 2 a whole-segment parameter."""
        if not self.names:
            return 0
        return 2 if self.text == "{" + self.names[0] + "}" else 1

    def match(self, raw: str) -> dict[str, str] | None:
        """The raw (still encoded) value of each parameter, or None when it does not match."""
        if not self.names:
            return {} if unquote(raw) == self.text else None
        found = self.regex.match(raw)
        if found is None or not all(found.groups()):
            return None
        return dict(zip(self.names, found.groups(), strict=True))


def specificity(template: str) -> tuple[tuple[int, ...], str]:
    """Sort key: concrete segments before templated ones, position by position."""
    return tuple(_Segment(s).rank for s in template.split("/")), template


class OpenApiRoute(Route):
    """A Starlette route matched by OpenAPI's rules (see the module docstring)."""

    def __init__(self, template: str, endpoint: Callable[..., Any], *, methods: list[str]) -> None:
        # Starlette's own path syntax never sees the template (it would read `{a:b}` as a
        # converter); matching is ours.
        super().__init__(
            "/" + template.strip("/").replace("{", "_").replace("}", "_"),
            endpoint,
            methods=methods,
            name=template,
        )
        self.path = self.template = template
        self.methods = set(methods)  # no implicit HEAD: an undocumented method is a 405
        self.segments = [_Segment(s) for s in template.split("/")]

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http":
            return Match.NONE, {}
        raw = _raw_params(self.segments, _raw_path(scope).split("/"))
        if raw is None:
            return Match.NONE, {}
        decoded = {name: unquote(value) for name, value in raw.items()}
        child = {
            "endpoint": self.endpoint,
            "path_params": {**scope.get("path_params", {}), **decoded},
            RAW_PATH_PARAMS: raw,
        }
        if self.methods and scope["method"] not in self.methods:
            return Match.PARTIAL, child
        return Match.FULL, child


def _raw_params(segments: list[_Segment], raw: list[str]) -> dict[str, str] | None:
    if len(segments) != len(raw):
        return None
    values: dict[str, str] = {}
    for segment, text in zip(segments, raw, strict=True):
        found = segment.match(text)
        if found is None:
            return None
        values.update(found)
    return values


def _raw_path(scope: Scope) -> str:
    """The request path as sent (percent-encoding kept), without the app's root path."""
    raw = scope.get("raw_path")
    path = raw.decode("latin-1") if isinstance(raw, bytes) else quote(scope["path"])
    path = path.split("?", 1)[0]
    root = quote(scope.get("root_path", ""))
    return path[len(root) :] if root and path.startswith(root) else path


def ordered(paths: Mapping[str, Any]) -> list[str]:
    """`paths` most specific first."""
    return sorted(paths, key=specificity)
