"""Vendor-doc line citations stay in the specs and stay out of the generated packages.

Spec authors cite the vendor document a fact comes from (`(avasam-seller-api.txt:884-895)`,
`graas-api.txt:517: the table ...`). That is how a reviewer checks a spec against its source,
but an SDK user has no such file, so every description, summary and note loses its citations
before it becomes a docstring, a comment, a README line or a schema description. Decided once,
here, for every kind of spec text: the prose stays, the `<name>.txt:<lines>` reference goes.
An `x-doc-note` (why the spec reads the vendor doc as it does) is about the doc itself, so it
is left out of the generated package whole.
"""

from __future__ import annotations

import re
from typing import Any

# `<file>.txt:<line>[-<line>][, <line>[-<line>]]...`
_CITE = r"[\w.-]+\.txt:\d+(?:-\d+)?(?:(?:,\s*|\s+and\s+)\d+(?:-\d+)?)*"
_ALONE_IN_PARENS = re.compile(rf"\s*\(\s*{_CITE}\s*\)")  # " (x.txt:1-2)" -> ""
_FIRST_IN_PARENS = re.compile(rf"\(\s*{_CITE}\s*[;,]\s*")  # "(x.txt:1; no table)" -> "(no table)"
_LAST_IN_PARENS = re.compile(rf"\s*[;,]\s*{_CITE}\s*\)")  # "(Push API, x.txt:1)" -> "(Push API)"
_ANYWHERE = re.compile(rf"{_CITE}(?::\s*|\s*)")  # "x.txt:25-26: the table" -> "the table"
# Keys whose string values are prose that reaches the generated code.
PROSE_KEYS = frozenset({"description", "summary", "title"})
DOC_NOTE = "x-doc-note"


def drop_citations(text: str) -> str:
    """`text` without vendor-doc line citations, with the rest of the sentence intact."""
    text = _ALONE_IN_PARENS.sub("", text)
    text = _FIRST_IN_PARENS.sub("(", text)
    text = _LAST_IN_PARENS.sub(")", text)
    return _ANYWHERE.sub("", text)


def without_citations(node: Any) -> Any:
    """A copy of a spec document whose prose (`PROSE_KEYS`) carries no citations.

    Everything else (names, examples, enums) is left byte for byte as the spec says.
    """
    if isinstance(node, dict):
        return {
            key: _prose(value) if key in PROSE_KEYS else without_citations(value)
            for key, value in node.items()
            if key != DOC_NOTE
        }
    if isinstance(node, list):
        return [without_citations(item) for item in node]
    return node


def _prose(value: Any) -> Any:
    """A prose value: a string (or, should a spec say so, a list of strings)."""
    if isinstance(value, str):
        return drop_citations(value)
    if isinstance(value, list):
        return [drop_citations(v) if isinstance(v, str) else without_citations(v) for v in value]
    return without_citations(value)
