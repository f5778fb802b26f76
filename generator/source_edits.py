"""Text edits to generated Python source at the positions its ast gives, made in one pass.

The models module is edited after datamodel-code-generator writes it (model_types.py,
model_aliases.py). Two things are easy to get wrong there, and both are solved here once:

- the ast counts columns in UTF-8 bytes and lines at `\\n`, `\\r\\n` and `\\r` only, whereas
  Python strings count characters and `str.splitlines` also splits at form feeds and other
  separators: a position taken naively is off after any non-ASCII character on its line;
- splicing edits into the text one by one copies the whole module for each edit, which is
  quadratic in the size of the spec (thousands of edits in a large one).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def lines(source: str) -> list[str]:
    """The lines of `source` as the ast numbers them, each with its line ending."""
    return _LINE.findall(source)


class Positions:
    """Character offsets into one source text from ast line numbers and columns."""

    def __init__(self, source: str) -> None:
        self.lines = lines(source)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))

    def line_start(self, lineno: int) -> int:
        """The offset of 1-based line `lineno` (the end of the text after the last line)."""
        return self.starts[lineno - 1]

    def offset(self, lineno: int, col_offset: int) -> int:
        """The offset of an ast position (`col_offset` in UTF-8 bytes)."""
        line = self.lines[lineno - 1] if lineno <= len(self.lines) else ""
        if line.isascii():
            return self.starts[lineno - 1] + col_offset
        return self.starts[lineno - 1] + len(line.encode()[:col_offset].decode())

    def span(self, node: ast.expr | ast.stmt) -> tuple[int, int]:
        """The node's start and end offsets."""
        end_line = node.end_lineno if node.end_lineno is not None else node.lineno
        end_col = node.end_col_offset if node.end_col_offset is not None else node.col_offset
        return self.offset(node.lineno, node.col_offset), self.offset(end_line, end_col)


def apply(source: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """`source` with each (begin, end, text) replacing `source[begin:end]`; edits must not
    overlap."""
    pieces, done = [], 0
    for begin, end, text in sorted(edits):
        if begin < done:
            raise ValueError(f"overlapping edits at offset {begin}")
        pieces += [source[done:begin], text]
        done = end
    pieces.append(source[done:])
    return "".join(pieces)
