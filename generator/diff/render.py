"""The diff report as text (terminals), JSON (tools), Markdown (a pull-request comment) and
GitHub Actions workflow commands (annotations on the spec's lines)."""

from __future__ import annotations

import json
from dataclasses import asdict

from ..problems import printable
from .model import Change

HEADINGS = {
    "clients": "Breaking for clients (requests the vendor may reject, responses they may misread)",
    "receivers": "Breaking for webhook receivers (callbacks they may misread)",
    "vendor": "Breaking for the vendor (it may reject what existing webhook receivers answer)",
}
_GROUPS = (
    *((("breaking", who), text) for who, text in HEADINGS.items()),
    (("warning", None), "Warnings (nothing breaks yet; someone should act)"),
    (("info", None), "Not breaking"),
)


def _groups(changes: list[Change]) -> list[tuple[str, list[Change]]]:
    result = []
    for (level, who), heading in _GROUPS:
        group = [
            c for c in changes if c.level == level and (level != "breaking" or c.breaks == who)
        ]
        if group:
            result.append((heading, group))
    return result


def summary(changes: list[Change]) -> str:
    if not changes:
        return "No changes."
    breaking = sum(c.breaking for c in changes)
    warnings = sum(c.level == "warning" for c in changes)
    warned = f"{warnings} warning{'s' if warnings != 1 else ''}, " if warnings else ""
    return f"{breaking} breaking, {warned}{len(changes) - breaking - warnings} not breaking."


def render_text(old: str, new: str, changes: list[Change]) -> str:
    lines = [f"diff {old} -> {new}"]
    for heading, group in _groups(changes):
        lines += ["", f"{heading}:"]
        lines += [f"  {printable(c.where)}: {printable(c.message)}  [{c.rule}]" for c in group]
    return "\n".join([*lines, "", summary(changes)]) + "\n"


def render_json(old: str, new: str, changes: list[Change]) -> str:
    items = [{"breaking": c.breaking, "code": c.rule, **asdict(c)} for c in changes]
    report = {
        "old": old,
        "new": new,
        "breaking": sum(c.breaking for c in changes),
        "warnings": sum(c.level == "warning" for c in changes),
        "changes": items,
    }
    return json.dumps(report, indent=2, ensure_ascii=True) + "\n"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell: no pipes, no HTML, no line breaks."""
    text = printable(text).replace("\\", "\\\\").replace("|", "\\|")
    return text.replace("<", "&lt;").replace(">", "&gt;").replace("`", "'")


def render_markdown(old: str, new: str, changes: list[Change]) -> str:
    lines = [f"### API changes: `{_cell(old)}` → `{_cell(new)}`", "", f"**{summary(changes)}**"]
    for heading, group in _groups(changes):
        lines += [
            "",
            f"#### {heading}",
            "",
            "| where | change | rule | line |",
            "|---|---|---|---|",
        ]
        for c in group:
            at = f"{_cell(c.file)}:{c.line}" if c.line else _cell(c.file)
            lines.append(f"| {_cell(c.where)} | {_cell(c.message)} | `{c.rule}` | {at} |")
    return "\n".join(lines) + "\n"


def _escape_data(text: str) -> str:
    return printable(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_githubactions(old: str, new: str, changes: list[Change]) -> str:
    """One workflow command per change that breaks or warns (`::error file=…,line=…::…`)."""
    lines = []
    for c in changes:
        if c.level == "info":
            continue
        command = "error" if c.breaking else "warning"
        props = [f"file={_escape_property(c.file)}"] + ([f"line={c.line}"] if c.line else [])
        props.append(f"title={_escape_property(c.rule)}")
        who = f" ({'breaks' if c.breaking else 'affects'} {c.breaks})" if c.breaks else ""
        lines.append(
            f"::{command} {','.join(props)}::{_escape_data(f'{c.where}: {c.message}{who}')}"
        )
    lines.append(
        f"::notice title=vendorgen diff::{_escape_data(f'{old} -> {new}: {summary(changes)}')}"
    )
    return "\n".join(lines) + "\n"


RENDERERS = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "githubactions": render_githubactions,
}
