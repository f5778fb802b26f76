"""Problems found in specs: collected, never raised one at a time, reported together."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    """A JSON pointer token read back (RFC 6901: `~1` is `/`, then `~0` is `~`)."""
    return token.replace("~1", "/").replace("~0", "~")


def pointer(*tokens: str | int) -> str:
    return "".join("/" + escape_pointer_token(str(t)) for t in tokens)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a spec, located by file, line and JSON pointer."""

    file: str
    line: int  # 1-based; 0 when unknown
    pointer: str
    message: str
    column: int = 0  # 1-based
    level: str = "error"
    excerpt: str = field(default="", compare=False)

    def render(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        at = printable(_short(self.pointer or "/", 200))
        text = f"{where}: {self.level}: {at}: {printable(self.message)}"
        if self.excerpt:
            caret = max(self.column - 1, 0)
            before, after = printable(self.excerpt[:caret]), printable(self.excerpt[caret:])
            if len(before) > 100:  # keep the caret on screen
                before = "..." + before[-80:]
            if len(after) > 100:
                after = after[:80] + "..."
            text += f"\n    {before}{after}\n    {' ' * len(before)}^"
        return text


def printable(text: str) -> str:
    """Spec text made safe for a terminal: control, bidi and invisible characters escaped."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


def _short(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit // 2 - 2] + "..." + text[-(limit // 2 - 1) :]


class SpecProblems(Exception):
    """Raised when specs have problems; carries all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__(f"{len(self.problems)} problem(s) in specs")

    def render(self) -> str:
        lines = [p.render() for p in self.problems]
        errors = sum(1 for p in self.problems if p.level == "error")
        lines.append(f"{errors} error(s); nothing was written.")
        return "\n".join(lines)


def display_path(path: Path) -> str:
    """A path relative to the working directory when possible, so messages stay short."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
