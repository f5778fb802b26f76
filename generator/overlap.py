"""Checking the specs in a second process while this one renders them.

Checking a spec (`validate.check_spec`: openapi-spec-validator, then vendorgen's own checks)
costs about a third of generating it, and rendering needs nothing from the checks but the
normalised spec, which is cheap to derive. So `generate` and `check`, given two jobs, hand the
checks to one worker process (`check_worker.py`) and meanwhile render every spec on the
assumption that it is valid. Nothing is written until the worker's verdicts are in:

- any problem that is an error: every problem is raised, exactly as checking first raises them
  (the worker runs the same `pipeline.check_paths`);
- a spec whose verdict is not the spec this process assumed (the checks tolerated and dropped
  unknown keys, say): it is rendered again from the verdict;
- otherwise the renders stand.

Output and errors are therefore those of `--jobs 1`; only the time differs. A worker that fails
to start or to answer is replaced by checking in this process. The guesses never run on a spec
whose references are dangling or cyclic (normalising it could loop), and any exception while
guessing only discards the guess.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from . import pipeline
from .load import Spec, load_spec

_ROOT_PACKAGE = __name__.split(".")[0]  # `vendorgen` installed, `generator` in a checkout


@dataclass(frozen=True)
class Render:
    spec: Spec
    rendered: pipeline.Rendered
    seconds: float


def default_jobs() -> int:
    """Two when this process may use more than one CPU; `VENDORGEN_JOBS` (1 or more)
    overrides. A value that is no count is said on stderr and ignored."""
    setting = os.environ.get("VENDORGEN_JOBS", "").strip()
    if setting.isdigit() and int(setting) >= 1:
        return min(int(setting), 2)
    if setting:
        print(
            f"warning: VENDORGEN_JOBS={setting!r} is not a count of 1 or more; ignored",
            file=sys.stderr,
        )
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 2 if (cpus or 1) > 1 else 1


def checked_renders(paths: list[Path], *, api: str | None = None, jobs: int = 1) -> list[Render]:
    """Every spec checked and rendered, in order; SpecProblems (every problem of every spec)
    or pipeline.GenerationError as checking first, then rendering, would raise them."""
    if jobs < 2 or not paths:
        return [_render(spec) for spec in pipeline.load_and_validate(paths, api=api)]
    worker = _Worker.start(paths, api)
    guesses = [_guess(path, api) for path in paths]
    verdicts = worker.verdicts(len(paths))
    if verdicts is None:
        verdicts = pipeline.check_paths(paths, api=api)
    pipeline.accepted(verdicts)  # raises the problems, if any is an error
    renders = []
    for verdict, guess in zip(verdicts, guesses, strict=True):
        if verdict.spec is None:
            continue
        if guess and guess.spec == verdict.spec:  # the verdict's copy: it carries the warnings
            renders.append(replace(guess, spec=verdict.spec))
        else:
            renders.append(_render(verdict.spec))
    return renders


def _render(spec: Spec) -> Render:
    started = time.perf_counter()
    rendered = pipeline.render_api(spec)
    return Render(spec, rendered, time.perf_counter() - started)


def _guess(path: Path, api: str | None) -> Render | None:
    """The spec rendered as if its checks will pass; None when that cannot be assumed."""
    from .spec.normalise import normalise
    from .spec.refs import reference_problems

    try:
        if not path.is_file():
            return None
        loaded = load_spec(path, api)
        if isinstance(loaded, list) or any(reference_problems(loaded)):
            return None
        normalised = normalise(loaded)
        if isinstance(normalised, list):
            return None
        return _render(normalised)
    except Exception:  # an invalid spec: its verdict will say why; the guess is only dropped
        return None


class _Worker:
    """One `python -m <package>.check_worker` process: JSON request on stdin, the pickled
    verdicts on stdout (the worker is this very program, so its pickles are trusted)."""

    def __init__(self, process: subprocess.Popen[bytes] | None) -> None:
        self._process = process

    @classmethod
    def start(cls, paths: list[Path], api: str | None) -> _Worker:
        request = json.dumps({"paths": [str(p) for p in paths], "api": api}).encode()
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", f"{_ROOT_PACKAGE}.check_worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,  # a failing worker is replaced, not reported
            )
            assert process.stdin is not None
            process.stdin.write(request)
            process.stdin.close()
        except OSError:
            return cls(None)
        return cls(process)

    def verdicts(self, count: int) -> list[pipeline.Verdict] | None:
        """The worker's verdicts, one per path; None if it failed."""
        if self._process is None:
            return None
        assert self._process.stdout is not None
        with self._process.stdout:
            output = self._process.stdout.read()
        if self._process.wait() != 0:
            return None
        try:
            verdicts = pickle.loads(output)
        except Exception:
            return None
        if not isinstance(verdicts, list) or len(verdicts) != count:
            return None
        return verdicts if all(isinstance(v, pipeline.Verdict) for v in verdicts) else None
