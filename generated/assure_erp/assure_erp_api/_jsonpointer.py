# Generated from specs/assure_erp.yaml by vendorgen. Do not edit: regenerate instead.
"""JSON pointers (RFC 6901) into response and request bodies: the one reader and writer every
module uses."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["MISSING", "pointer", "resolve"]

MISSING: Any = object()  # "no such location", distinct from a JSON null


def resolve(document: Any, pointer: str, default: Any = MISSING) -> Any:
    """The value at `pointer` in `document`, or `default` where nothing is there."""
    node = document
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return default
    return node


def pointer(parts: Iterable[Any]) -> str:
    """The pointer to the location `parts` (keys and indexes) names; "" for the whole."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)
