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


@dataclass(frozen=True)
class Verdict:
    """What checking one spec file found: its normalised spec (None when it has an error or
    cannot be read) and every problem, warnings included."""

    path: Path
    spec: Spec | None
    problems: list[Problem]


def check_paths(
    paths: list[Path], *, strict: bool = False, api: str | None = None
) -> list[Verdict]:
    """Load, validate and normalise each spec file (`validate.check_spec`). `strict` adds the
    house style (`validate --strict`); `api` names the one spec."""
    from .validate import check_spec

    verdicts = []
    for path in paths:
        if not path.is_file():
            missing = Problem(display_path(path), 0, "", _missing(path))
            verdicts.append(Verdict(path, None, [missing]))
            continue
        loaded = load_spec(path, api)
        if isinstance(loaded, list):
            verdicts.append(Verdict(path, None, loaded))
            continue
        normalised, found = check_spec(loaded, strict)
        verdicts.append(Verdict(path, normalised, found))
    return verdicts


def accepted(verdicts: list[Verdict]) -> list[Spec]:
    """The normalised specs; SpecProblems with every problem of every spec if any is an error."""
    problems = [p for v in verdicts for p in v.problems]
    if not verdicts:
        problems.append(Problem("specs", 0, "", "no specs found"))
    if any(p.level == "error" for p in problems):
        raise SpecProblems(problems)
    return [v.spec for v in verdicts if v.spec is not None]


def load_and_validate(
    paths: list[Path], *, strict: bool = False, api: str | None = None
) -> list[Spec]:
    """Load, validate and normalise every spec; raise SpecProblems with all problems of all
    specs. `strict` adds the house style (`validate --strict`); `api` names the one spec."""
    return accepted(check_paths(paths, strict=strict, api=api))


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
