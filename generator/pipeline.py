"""The pipeline, stage by stage: load -> validate -> ir -> render -> format."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .load import Spec, load_spec
from .problems import Problem, SpecProblems, display_path


class GenerationError(Exception):
    """Rendering failed for a reason the spec author can act on."""


@dataclass(frozen=True)
class Rendered:
    files: dict[str, str]
    operations: int
    webhooks: int
    models: int

    @property
    def summary(self) -> dict[str, int]:
        return {
            "operations": self.operations,
            "webhooks": self.webhooks,
            "models": self.models,
            "files": len(self.files),
        }


def load_and_validate(
    paths: list[Path], *, strict: bool = False, api: str | None = None
) -> list[Spec]:
    """Load, validate and normalise every spec; raise SpecProblems with all problems of all
    specs. `strict` adds the house style (`validate --strict`); `api` names the one spec."""
    from .validate import check_spec

    problems: list[Problem] = []
    specs: list[Spec] = []
    if not paths:
        problems.append(Problem("specs", 0, "", "no specs found"))
    for path in paths:
        if not path.is_file():
            problems.append(Problem(display_path(path), 0, "", _missing(path)))
            continue
        loaded = load_spec(path, api)
        if isinstance(loaded, list):
            problems.extend(loaded)
            continue
        normalised, found = check_spec(loaded, strict)
        problems.extend(found)
        if normalised is not None:
            specs.append(normalised)
    if any(p.level == "error" for p in problems):
        raise SpecProblems(problems)
    return specs


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the GC's first threshold while generating: rendering allocates many long-lived
    objects (IR, templates, black's trees) and the default threshold (700) rescans them
    constantly. Output is unaffected; the previous thresholds come back afterwards."""
    previous = gc.get_threshold()
    gc.set_threshold(50_000, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _missing(path: Path) -> str:
    """Why a selected spec is not there, naming the apis that are."""
    known = sorted(p.stem for p in path.parent.glob("*.yaml")) if path.parent.is_dir() else []
    if not known:
        return "no such spec file"
    return f"no such spec file (apis in {display_path(path.parent)}/: {', '.join(known)})"


def render_api(spec: Spec) -> Rendered:
    from .build import build_api
    from .fmt import FormatError, format_files
    from .render import RenderError, render

    api = build_api(spec)
    try:
        output = render(api)
        files = format_files(output.files, output.preformatted)
    except (RenderError, FormatError) as exc:
        raise GenerationError(f"{spec.file}: {exc}; nothing was written.") from exc
    return Rendered(files, len(api.operations), len(api.webhooks), output.model_count)
