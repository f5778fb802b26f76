"""pyinstrument profiles of a missed target, boiled down to what dominates.

Run as a script in the interpreter being profiled:
    python bench/profiling.py OUT.json -m generator --out DIR generate
    python bench/profiling.py OUT.json bench/uncapped.py --specs DIR --out DIR generate
It runs the module (or script) under pyinstrument and writes {"seconds", "packages", "calls"}
to OUT.json.
`summarise` is also imported by runtime_worker.py to profile loops in-process.
"""

from __future__ import annotations

import json
import re
import runpy
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_SITE = re.compile(r"[/\\]site-packages[/\\]([^/\\]+)")
_STDLIB = re.compile(r"[/\\]lib[/\\]python3\.\d+[/\\]([^/\\]+)")
_GENERATED = re.compile(r"[/\\](\w+_api)[/\\]")


def package_of(path: str | None) -> str:
    """Which package a frame's file belongs to: 'black', 'generator', 'stdlib:re', ..."""
    if not path or path.startswith("<"):
        return "builtins (C)"
    if match := _SITE.search(path):
        return match.group(1).removesuffix(".py").split(".")[0]
    if match := _GENERATED.search(path):
        return f"generated {match.group(1)}"
    if path.startswith(str(ROOT)):
        return Path(path).relative_to(ROOT).parts[0].removesuffix(".py")
    if match := _STDLIB.search(path):
        return "stdlib:" + match.group(1).removesuffix(".py")
    return "other"


_TAIL = re.compile(r"[/\\](?:site-packages|lib[/\\]python3\.\d+)[/\\](.*)$")


def _label(frame: Any) -> str:
    """`package.module:function`, short."""
    path = frame.file_path or ""
    if match := _TAIL.search(path):
        path = match.group(1)
    elif path.startswith(str(ROOT)):
        path = str(Path(path).relative_to(ROOT))
    elif (generated := _GENERATED.search(path)) is not None:
        path = path[generated.start() + 1 :]
    module = path.removesuffix(".py").replace("/", ".").replace("\\", ".").removesuffix(".__init__")
    return f"{module}:{frame.function}"


def summarise(session: Any, top: int = 8) -> dict[str, Any]:
    """Self time by package, and the heaviest project-code calls by inclusive time."""
    root = session.root_frame()
    total = session.duration or 1e-9
    by_package: dict[str, float] = defaultdict(float)
    by_function: dict[str, float] = defaultdict(float)
    inclusive: dict[str, float] = defaultdict(float)

    def walk(frame: Any, on_stack: frozenset[str], parent: Any = None) -> None:
        owner_frame = parent if frame.is_synthetic and parent is not None else frame  # `[self]`
        own = frame.time - sum(child.time for child in frame.children)
        if own > 0:
            by_package[package_of(owner_frame.file_path)] += own
            by_function[_label(owner_frame)] += own
        label = _label(frame)
        owner = package_of(frame.file_path)
        in_project = owner in ("generator", "bench") or owner.startswith("generated")
        if in_project and not frame.is_synthetic and label not in on_stack:
            inclusive[label] += frame.time
            on_stack = on_stack | {label}
        for child in frame.children:
            walk(child, on_stack, owner_frame)

    if root is not None:
        walk(root, frozenset())
    packages = sorted(by_package.items(), key=lambda kv: -kv[1])[:top]
    calls: list[tuple[str, float]] = []
    for name, t in sorted(inclusive.items(), key=lambda kv: -kv[1]):
        if t >= 0.95 * total or t < 0.01 * total:  # `main` and friends; noise
            continue
        if calls and calls[-1][1] - t < 0.01 * total:  # a chain of wrappers: keep the deepest
            calls[-1] = (name, t)
        else:
            calls.append((name, t))
    calls = calls[:top]
    functions = sorted(by_function.items(), key=lambda kv: -kv[1])[:5]
    return {
        "seconds": total,
        "packages": [[name, t / total] for name, t in packages if t >= 0.01 * total],
        "functions": [[name, t / total] for name, t in functions],
        "calls": [[name, t / total] for name, t in calls],
    }


def render(summary: dict[str, Any]) -> str:
    packages = ", ".join(f"{name} {share:.0%}" for name, share in summary["packages"])
    functions = ", ".join(f"`{name}` {share:.0%}" for name, share in summary["functions"])
    calls = ", ".join(f"`{name}` {share:.0%}" for name, share in summary["calls"])
    return (
        f"{summary['seconds']:.2f} s sampled. Heaviest project calls (inclusive): "
        f"{calls or 'none'}. Self time by package: {packages}; by function: {functions} "
        "(time in compiled code, e.g. mypyc-built black or pydantic-core, counts as self time "
        "of the Python function that called it)."
    )


def main(argv: list[str]) -> int:
    """profiling.py OUT.json [--interval=SECONDS] (-m MODULE | SCRIPT.py) [ARGS...]"""
    from pyinstrument import Profiler

    out, target, *rest = argv
    interval = 0.001
    if target.startswith("--interval="):
        interval = float(target.split("=", 1)[1])
        target, *rest = rest
    if target == "-m":
        module, *args = rest
        sys.argv = [module, *args]
        sys.path[0] = str(Path.cwd())  # as `python -m` does
    else:
        sys.argv = [target, *rest]
        sys.path[0] = str(Path(target).resolve().parent)
    profiler = Profiler(interval=interval)
    profiler.start()
    try:
        if target == "-m":
            runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
        else:
            runpy.run_path(target, run_name="__main__")
    except SystemExit:
        pass
    finally:
        profiler.stop()
    Path(out).write_text(json.dumps(summarise(profiler.last_session)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
