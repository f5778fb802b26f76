"""Command line: `vendorgen {generate,check,validate} [api...]` and `vendorgen diff OLD NEW`
(also `python -m vendorgen ...`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .pipeline_paths import spec_paths
from .problems import SpecProblems

if TYPE_CHECKING:
    from .overlap import Render

FIX_COMMAND = "vendorgen generate"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vendorgen", description=__doc__)
    parser.add_argument(
        "--specs", type=Path, default=Path("specs"), help="folder of <api>.yaml specs"
    )
    parser.add_argument(
        "--out", type=Path, default=Path("generated"), help="folder of generated distributions"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("generate", "render specs and replace generated/<api>/ atomically"),
        ("check", "fail with a diff when generated/ is not what the specs render"),
        ("validate", "validate specs and report every problem"),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("apis", nargs="*", help="api ids or spec files (default: all specs)")
        command.add_argument(
            "--api",
            help="the api id of the one spec file given (default: from its file name, "
            "`baseline_openapi_3.1.yaml` -> baseline_openapi_3_1)",
        )
        command.add_argument(
            "--verbose", action="store_true", help="list the `x-` extensions that were ignored"
        )
        if name == "validate":
            command.add_argument(
                "--strict",
                action="store_true",
                help="also enforce the house style of specs/ (named body schemas, snake_case "
                "operationIds, PascalCase schema names, only known x- extensions, OpenAPI 3.1)",
            )
        else:
            command.add_argument(
                "--jobs",
                type=int,
                choices=(1, 2),
                help="2: check the specs in a second process while rendering them (the default "
                "when more than one CPU is available, or set VENDORGEN_JOBS); 1: check, then "
                "render, in this process. Output and errors are the same.",
            )
    diff = commands.add_parser(
        "diff", help="every change between two versions of a spec, by whom it breaks"
    )
    diff.add_argument("old", type=Path, nargs="?", help="the spec as it was")
    diff.add_argument("new", type=Path, nargs="?", help="the spec as it is")
    diff.add_argument(
        "--format",
        choices=("text", "json", "markdown", "githubactions"),
        default="text",
        help="text (default), json, markdown (a PR comment) or githubactions (annotations)",
    )
    diff.add_argument("--json", action="store_true", help="same as --format json")
    diff.add_argument("--no-fail", action="store_true", help="exit 0 even when something breaks")
    diff.add_argument("--config", type=Path, help="YAML mapping rule id -> breaking|warning|info")
    diff.add_argument("--list-rules", action="store_true", help="print every rule and exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args)
    except ModuleNotFoundError as exc:  # a broken install: say what to do, not where it broke
        print(
            f"error: vendorgen needs the Python package {exc.name!r}, which is not installed in "
            f"{sys.prefix}.\nInstall vendorgen with its dependencies (`pip install <vendorgen "
            "checkout or URL>`, or `make .venv/.installed` in a checkout) and run it from that "
            "environment (`.venv/bin/vendorgen`).",
            file=sys.stderr,
        )
        return 2
    except OSError as exc:  # an unreadable or unwritable file or folder
        where = f" {exc.filename}:" if exc.filename else ""
        print(f"error:{where} {exc.strerror or exc}", file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "diff":
        return _diff(args)
    if args.command in ("check", "generate") and _unchanged(args):
        return 0
    from . import pipeline

    with pipeline.fewer_collections():
        return _run_pipeline(args)


def _run_pipeline(args: argparse.Namespace) -> int:
    from . import pipeline

    try:
        paths = spec_paths(args.specs, args.apis)
        if args.api and len(paths) != 1:
            print("error: --api names one spec; give exactly one", file=sys.stderr)
            return 2
        if args.command == "validate":
            specs = pipeline.load_and_validate(paths, strict=args.strict, api=args.api)
            _print_warnings(specs)
            _print_ignored(specs, args.verbose)
            print(f"{len(specs)} spec(s) valid: {', '.join(s.api for s in specs)}")
            return 0
        from .overlap import checked_renders, default_jobs

        renders = checked_renders(paths, api=args.api, jobs=args.jobs or default_jobs())
        _print_warnings([r.spec for r in renders])
        _print_ignored([r.spec for r in renders], args.verbose)
        if args.command == "check":
            return _check(renders, args.out)
        return _generate(renders, args.out)
    except SpecProblems as problems:
        print(problems.render(), file=sys.stderr)
        return 1
    except pipeline.GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _print_warnings(specs: list) -> None:  # type: ignore[type-arg]
    """What the checks found that is not an error (a call that cannot succeed, a pattern not
    checked), on stderr, every time: a valid spec can still deserve a second look."""
    for spec in specs:
        for problem in spec.warnings:
            print(problem.render(), file=sys.stderr)


def _print_ignored(specs: list, verbose: bool) -> None:  # type: ignore[type-arg]
    """`--verbose`: the `x-` extensions vendorgen does not read, which it ignored."""
    for spec in specs if verbose else ():
        for item in spec.ignored:
            print(f"{spec.file}: ignored extension {item}", file=sys.stderr)


def _diff(args: argparse.Namespace) -> int:
    from . import diff

    if args.list_rules:
        sys.stdout.write(diff.list_rules())
        return 0
    if args.old is None or args.new is None:
        print("error: diff needs OLD and NEW spec files (or --list-rules)", file=sys.stderr)
        return 2
    output = "json" if args.json else args.format
    return diff.main(args.old, args.new, output=output, fail=not args.no_fail, config=args.config)


def _unchanged(args: argparse.Namespace) -> bool:
    """The fast path: every selected api's inputs and tree are as last rendered."""
    from . import cache
    from .pipeline_paths import api_id, spec_paths

    if args.verbose:
        return False  # the full run lists what it ignored
    paths = spec_paths(args.specs, args.apis)
    ids = [args.api or api_id(p) for p in paths]
    summaries = [
        cache.fresh_summary(i, p, args.out / i) if p.is_file() else None
        for i, p in zip(ids, paths, strict=True)
    ]
    if not paths or any(s is None for s in summaries):
        return False
    if args.command == "check":
        print(f"generated/ is up to date ({len(paths)} api(s))")
        return True
    for api, summary in zip(ids, summaries, strict=True):
        assert summary is not None
        _print_summary(api, summary, changed=0, elapsed=0.0)
    return True


def _print_summary(api: str, summary: dict[str, int], *, changed: int, elapsed: float) -> None:
    print(
        f"{api}: {summary['operations']} operations, {summary['webhooks']} webhooks, "
        f"{summary['models']} models, {summary['files']} files "
        f"({changed} changed) in {elapsed:.2f}s"
    )


def _generate(renders: list[Render], out: Path) -> int:
    from . import cache, write

    for render in renders:  # every api was rendered before any is written: a failure writes nothing
        spec, rendered = render.spec, render.rendered
        changed = write.write_tree(out / spec.api, rendered.files)
        cache.remember(spec.api, spec.path, rendered.files, rendered.summary)
        _print_summary(spec.api, rendered.summary, changed=changed, elapsed=render.seconds)
    return 0


def _check(renders: list[Render], out: Path) -> int:
    from . import cache, write

    stale = False
    for render in renders:
        spec, rendered = render.spec, render.rendered
        _warn_artefacts(out / spec.api, write.build_artefacts(out / spec.api, rendered.files))
        diff = write.diff_tree(out / spec.api, rendered.files)
        if diff:
            stale = True
            sys.stdout.write(diff)
        else:
            cache.remember(spec.api, spec.path, rendered.files, rendered.summary)
    if stale:
        print(f"\ngenerated/ is stale. Fix it with:\n    {FIX_COMMAND}", file=sys.stderr)
        return 1
    print(f"generated/ is up to date ({len(renders)} api(s))")
    return 0


def _warn_artefacts(tree: Path, artefacts: list[str]) -> None:
    """Build artefacts do not make a tree stale, but they should not be committed either."""
    if artefacts:
        listed = ", ".join(artefacts)
        print(
            f"warning: {tree.as_posix()} holds build artefacts the generator does not write "
            f"(not compared; keep them out of version control): {listed}",
            file=sys.stderr,
        )


def run() -> None:
    """The `vendorgen` console script."""
    raise SystemExit(main())
