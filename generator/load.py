"""Stage 1: read a YAML spec, keeping the line of every node so problems can cite it."""

from __future__ import annotations

import gc
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from .pipeline_paths import api_id
from .problems import Problem, display_path, escape_pointer_token

# A guard against hostile input, not a cost: a spec this large is refused unless the
# environment raises the limit (inherited by the checking worker process, overlap.py).
MAX_BYTES = int(os.environ.get("VENDORGEN_MAX_SPEC_BYTES") or 5_000_000)
# Real specs nest about 17 levels; the OpenAPI validator recurses out of stack near 85 levels
# of schema, and Python's parser refuses 200 nested brackets in generated literals.
MAX_DEPTH = 64

try:
    from yaml import CSafeLoader as _Base
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _Base  # type: ignore[assignment]


class _Loader(_Base):
    """libyaml's C loader (10x the pure-Python one) without YAML 1.1 timestamps.

    Unquoted dates must stay strings: specs are JSON data, and `2021-12-22` in an example is
    text on the wire. Mapping keys are kept as written (`200:` is the string "200", as in JSON).
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        return {key.value: self.construct_object(value, deep=deep) for key, value in node.value}


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Spec:
    """A loaded spec: its data, where it came from, and the line/column of each JSON pointer.

    A normalised spec (`spec.normalise`) carries `origins`: layers of normalised pointer ->
    pointer before that step, so a problem found in the normalised data still cites the
    pointer, line and column the author wrote. `ignored` lists the `x-` extensions it dropped;
    `warnings`, the problems its checks found that are not errors (not part of equality: the
    same spec, checked or not, renders the same).
    """

    api: str
    path: Path
    data: dict[str, Any]
    marks: dict[str, tuple[int, int]]
    lines: tuple[str, ...]
    origins: tuple[dict[str, str], ...] = ()
    ignored: tuple[str, ...] = ()
    warnings: tuple[Problem, ...] = field(default=(), compare=False)

    @property
    def file(self) -> str:
        return display_path(self.path)

    def original(self, ptr: str) -> str:
        """The pointer, in the document as written, of the node at `ptr` of `data`."""
        for layer in reversed(self.origins):
            for _ in range(16):  # a moved node inside a moved node: translate again
                moved = _translate(ptr, layer)
                if moved == ptr:
                    break
                ptr = moved
        return ptr

    def locate(self, ptr: str) -> tuple[int, int]:
        """Line and column (1-based) of the nearest node at or above `ptr`."""
        ptr = self.original(ptr)
        while True:
            if ptr in self.marks:
                return self.marks[ptr]
            if not ptr:
                return (0, 0)
            ptr = ptr.rsplit("/", 1)[0]

    def problem(self, ptr: str, message: str, level: str = "error") -> Problem:
        ptr = self.original(ptr)
        line, column = self.locate(ptr)
        excerpt = self.lines[line - 1].rstrip()[:4000] if 0 < line <= len(self.lines) else ""
        return Problem(self.file, line, ptr, message, column, level, excerpt)


def _translate(ptr: str, layer: dict[str, str]) -> str:
    """`ptr` with its longest prefix found in `layer` replaced by what it maps to."""
    head, tail = ptr, ""
    while True:
        if head in layer:
            return layer[head] + tail
        if not head:
            return ptr
        head, last = head.rsplit("/", 1)
        tail = f"/{last}{tail}"


_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")
)
_API_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_NOT_JSON_NUMBER = re.compile(r"^[-+]?\.(inf|nan)$", re.IGNORECASE)


def load_spec(path: Path, api: str | None = None) -> Spec | list[Problem]:
    """Load one spec file (YAML or JSON), or return why it cannot be loaded. The api id is
    derived from the file name (`api_id`) unless given (`--api`)."""
    file = display_path(path)
    api = api or api_id(path)
    if not _API_ID.match(api):
        return [Problem(file, 0, "", f"api id {api!r} must match {_API_ID.pattern}")]
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [Problem(file, 0, "", f"cannot read: {exc.strerror}")]
    if len(raw) > MAX_BYTES:
        message = (
            f"larger than {MAX_BYTES} bytes; refusing to load "
            "(VENDORGEN_MAX_SPEC_BYTES raises the limit)"
        )
        return [Problem(file, 0, "", message)]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [Problem(file, 0, "", f"not UTF-8 ({exc.reason} at byte {exc.start})")]
    return load_text(text, path, api)


def load_text(text: str, path: Path, api: str) -> Spec | list[Problem]:
    result = _load_text(text, path, api)
    if isinstance(result, Spec):
        return result
    lines = text.splitlines()
    return [
        (
            replace(p, excerpt=lines[p.line - 1].rstrip()[:4000])
            if not p.excerpt and 0 < p.line <= len(lines)
            else p
        )
        for p in result
    ]


def _load_text(text: str, path: Path, api: str) -> Spec | list[Problem]:
    file = display_path(path)
    aliases = _aliases(text, file)
    if aliases:
        return aliases
    loader = _Loader(text)
    # The node tree is millions of small objects that all stay alive: collecting while it is
    # built only rescans them (the load stage grew superlinearly with spec size until this).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        node = loader.get_single_node()
        if node is None:
            return [Problem(file, 1, "", "empty document")]
        problems: list[Problem] = []
        marks: dict[str, tuple[int, int]] = {}
        _walk(node, "", marks, problems, file, set(), 0)
        if problems:
            return problems
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        column = mark.column + 1 if mark else 0
        return [Problem(file, line, "", f"invalid YAML: {exc.problem or exc.context}", column)]
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        message = f"invalid YAML: character U+{code:04X} is not allowed"
        return [Problem(file, line, "", message, column)]
    except yaml.YAMLError as exc:
        return [Problem(file, 0, "", f"invalid YAML: {exc}")]
    finally:
        loader.dispose()
        if gc_was_enabled:
            gc.enable()
    if not isinstance(data, dict):
        return [Problem(file, 1, "", "the document must be a mapping")]
    return Spec(api, path, data, marks, tuple(text.splitlines()))


def _aliases(text: str, file: str) -> list[Problem]:
    """Aliases are refused up front, located where they are used (a billion-laughs document
    expands exponentially once its aliases are followed)."""
    problems = []
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
                mark = event.start_mark
                problems.append(
                    Problem(
                        file,
                        mark.line + 1,
                        "",
                        "YAML anchors and aliases are not supported in specs",
                        mark.column + 1,
                    )
                )
    except yaml.YAMLError:
        return []  # reported, with its location, by the full load
    return problems[:20]


def _walk(
    node: yaml.Node,
    ptr: str,
    marks: dict[str, tuple[int, int]],
    problems: list[Problem],
    file: str,
    seen: set[int],
    depth: int,
) -> None:
    """Record marks; refuse aliases (billion laughs), deep nesting, odd tags and duplicate keys."""
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if id(node) in seen:
        problems.append(
            Problem(file, line, ptr, "YAML anchors and aliases are not supported in specs")
        )
        return
    seen.add(id(node))
    marks[ptr] = (line, column)
    if depth > MAX_DEPTH:
        problems.append(Problem(file, line, ptr, f"nested deeper than {MAX_DEPTH} levels", column))
        return
    if node.tag not in _PLAIN_TAGS:
        problems.append(Problem(file, line, ptr, f"YAML tag {node.tag!r} is not allowed", column))
        return
    if node.tag.endswith(":float") and _NOT_JSON_NUMBER.match(str(node.value)):
        problems.append(Problem(file, line, ptr, f"{node.value} is not a JSON number", column))
        return
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(
                    Problem(
                        file,
                        key_node.start_mark.line + 1,
                        ptr,
                        "mapping keys must be strings",
                        key_node.start_mark.column + 1,
                    )
                )
                continue
            key = key_node.value
            if key == "<<":
                problems.append(
                    Problem(
                        file, key_node.start_mark.line + 1, ptr, "YAML merge keys are not supported"
                    )
                )
                continue
            if key in keys:
                problems.append(
                    Problem(
                        file,
                        key_node.start_mark.line + 1,
                        ptr,
                        f"duplicate key {key!r}",
                        key_node.start_mark.column + 1,
                    )
                )
            keys.add(key)
            child = f"{ptr}/{escape_pointer_token(key)}"
            _walk(value_node, child, marks, problems, file, seen, depth + 1)
            if not isinstance(value_node, yaml.ScalarNode):
                # A block collection starts on the line after its key: point at the key.
                marks[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, f"{ptr}/{index}", marks, problems, file, seen, depth + 1)
