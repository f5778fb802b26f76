"""Stage 4: render an Api into files.

Models come from datamodel-code-generator, everything else from the Jinja templates.
"""

from __future__ import annotations

import ast
import functools
import io
import json
import tokenize
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from . import layout, naming
from .cache import CACHE_DIR
from .ir import Api
from .model_aliases import root_models_to_aliases
from .model_fields import RESERVED, Keyword, body_keywords, union_aliases
from .model_types import use_tolerant_types
from .pipeline_paths import TEMPLATES

HEADER = "# Generated from {spec} by vendorgen. Do not edit: regenerate instead."


class RenderError(Exception):
    pass


@dataclass(frozen=True)
class Output:
    files: dict[str, str]
    model_count: int
    # Paths of files that are already black-formatted: the verbatim runtime copies and the
    # modules rendered from templates (laid out by layout.py); black runs on the rest.
    preformatted: frozenset[str] = frozenset()


# template (relative to templates/package) -> output path (relative to the distribution);
# `{pkg}` is the package name.
PACKAGE_FILES = {
    "pyproject.toml.jinja": "pyproject.toml",
    "README.md.jinja": "README.md",
    "__init__.py.jinja": "{pkg}/__init__.py",
    "py.typed.jinja": "{pkg}/py.typed",
    "_operations.py.jinja": "{pkg}/_operations.py",
    "client/__init__.py.jinja": "{pkg}/client/__init__.py",
    "server/__init__.py.jinja": "{pkg}/server/__init__.py",
    "server/mock.py.jinja": "{pkg}/server/mock.py",
}


WEBHOOK_FILES = {
    "server/webhooks.py.jinja": "{pkg}/server/webhooks.py",
}

# The runtime: real, formatted modules under generator/runtime/, copied verbatim (after the
# header) into every package; black never needs to see them.
RUNTIME = Path(__file__).resolve().parent / "runtime"
RUNTIME_FILES = (
    "errors.py",
    "_runtime.py",
    "_calls.py",
    "_auth.py",
    "_redact.py",
    "_userinfo.py",
    "_tokens.py",
    "_retry.py",
    "_ratelimit.py",
    "_responses.py",
    "_params.py",
    "_pagination.py",
    "_body.py",
    "_jsonpointer.py",
    "_types.py",
    "_shapes.py",
    "_validation.py",
    "_send.py",
    "_files.py",
    "_forms.py",
    "_mediatypes.py",
    "server/_support.py",
    "server/_media.py",
    "server/_hostile.py",
    "server/_mock_auth.py",
    "server/_routing.py",
    "server/_params.py",
)
WEBHOOK_RUNTIME_FILES = (
    "server/_webhooks.py",
    "server/_webhook_body.py",
    "server/_webhook_answer.py",
    "server/_store.py",
    "server/_redis_store.py",
)


@functools.cache  # compiled templates are reused; the loader still notices edited files
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "package"),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    # Every filter, registered in one place. Spec text reaches code only through these.
    env.filters.update(
        {
            "literal": naming.literal,
            "docstring": naming.docstring,
            "comment": naming.comment,
            "toml": naming.toml_string,
        }
    )
    return env


def render(api: Api) -> Output:
    header = HEADER.format(spec=api.source_file)
    models_source, model_names = render_models(api, header)
    missing = sorted(_named_models(api) - model_names)
    if missing:
        raise RenderError(
            f"{api.id}: schemas {missing} did not become model classes of the same name; "
            "rename them"
        )
    files = {
        f"{api.package}/models/__init__.py": models_source,
        f"{api.package}/schemas.json": api.request_schemas,
    }
    fields, unions = body_keywords(models_source), union_aliases(models_source)

    def keywords(op: Any, model: str) -> tuple[Keyword, ...] | None:
        """A body's fields as keyword parameters; None when the body is not one model."""
        if model not in fields:
            return None
        taken = RESERVED | {p.py_name for p in op.call_params}
        return tuple(k for k in fields[model] if k.name not in taken)

    # The runtime modules keyword annotations name (`_types.OpenEnum[...]`, `_files.File`).
    modules = sorted(
        {
            word.partition(".")[0]
            for keys in fields.values()
            for k in keys
            for word in k.annotation.replace("[", " ").replace("|", " ").split()
            if word.startswith("_") and "." in word
        }
    )
    context = {
        "api": api,
        "header": header,
        "keywords": keywords,
        "unions": unions,
        "keyword_modules": modules,
    }
    templates = PACKAGE_FILES | (WEBHOOK_FILES if api.webhooks else {})
    for template, target in templates.items():
        files[target.format(pkg=api.package)] = _render(template, context)
    files[f"{api.package}/client/_sync.py"] = _render("client/client.py.jinja", context, False)
    files[f"{api.package}/client/_async.py"] = _render("client/client.py.jinja", context, True)
    files.update(runtime_files(api.package, header, webhooks=bool(api.webhooks)))
    # Only the models (datamodel-code-generator's output) still need black.
    models = f"{api.package}/models/__init__.py"
    formatted = frozenset(p for p in files if p.endswith(".py") and p != models)
    return Output(dict(sorted(files.items())), len(model_names), formatted)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept beside the no-op record (.vendorgen-cache/templates), as Python
    keeps .pyc files: compiling the templates is ~0.1 s of every run. Jinja keys each entry by
    the template's source checksum, so an edited template is compiled again; an unwritable
    folder only means compiling every time."""
    folder = CACHE_DIR / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def _render(template: str, context: dict[str, Any], is_async: bool = False) -> str:
    """One template's file; a Python module comes out black-formatted (long lines laid out
    as black would, layout.py), so black need not run on it."""
    text = environment().get_template(template).render(context, is_async=is_async)
    if not template.endswith(".py.jinja"):
        return text
    _check_parses(template, text)
    return layout.relayout(text)


def _check_parses(template: str, text: str) -> None:
    """A template that renders Python which does not parse is a vendorgen bug for this spec:
    say so and write nothing, rather than write a package that cannot be imported. (black, when
    it formatted these modules, was the check; parsing them costs ~0.03 s a spec.)"""
    try:
        compile(text, template, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as exc:
        raise RenderError(
            f"template {template} rendered Python that does not parse (line {exc.lineno}: "
            f"{exc.msg}). This is a bug in vendorgen for this spec; please report it with "
            "the spec"
        ) from None


def runtime_files(package: str, header: str, *, webhooks: bool) -> dict[str, str]:
    """The runtime modules for one package: the header line, then the module as it is."""
    names = RUNTIME_FILES + (WEBHOOK_RUNTIME_FILES if webhooks else ())
    return {f"{package}/{name}": header + "\n" + _runtime_source(name) for name in names}


@functools.cache
def _runtime_source(name: str) -> str:
    return (RUNTIME / name).read_text(encoding="utf-8")


def _named_models(api: Api) -> set[str]:
    """Every schema the document names: each must be the model class of that name (a
    schema named like an import, e.g. `BaseModel`, would otherwise be renamed silently)."""
    document = json.loads(api.schema_document)
    names: set[str] = set(document.get("components", {}).get("schemas", {}))
    for op in api.operations + api.webhooks:
        names.update(r.model for r in op.responses if r.model)
        if op.body and op.body.model:
            names.add(op.body.model)
        for variant in op.variants:
            names.update((variant.request_model, variant.response_model))
    return names


def render_models(api: Api, header: str) -> tuple[str, set[str]]:
    from datamodel_code_generator import Error

    try:
        source = _generate_models(api, header)
    except Error as exc:
        raise RenderError(f"{api.id}: the models cannot be generated: {exc}") from exc
    if not isinstance(source, str):
        raise RenderError(f"{api.id}: datamodel-code-generator returned several modules")
    try:
        source = use_tolerant_types(escape_hidden_characters(source))
        schemas = json.loads(api.schema_document)["components"]["schemas"]
        source = root_models_to_aliases(source, schemas)
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise RenderError(f"{api.id}: the generated models do not parse: {exc}") from exc
    names = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    names |= _alias_names(tree)

    return source, names


def _alias_names(tree: ast.Module) -> set[str]:
    """The type aliases root models became (generator/model_aliases.py)."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _generate_models(api: Api, header: str) -> Any:
    from datamodel_code_generator import (
        DataModelType,
        DatetimeClassType,
        InputFileType,
        PythonVersion,
        TargetPydanticVersion,
        generate,
    )

    return generate(
        api.schema_document,
        # Field names are ours (generator/naming.py, decided in the IR), not the generator's.
        aliases=dict(api.field_names),
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        # Constraints as Annotated[..., StringConstraints(...)], which mypy accepts inside unions.
        target_pydantic_version=TargetPydanticVersion.V2_11,
        custom_template_dir=TEMPLATES / "models",
        custom_file_header=f'{header}\n"""Pydantic v2 models of {naming.comment(api.title)}."""',
        disable_timestamp=True,
        formatters=[],
        snake_case_field=True,
        allow_population_by_field_name=True,
        use_annotated=True,
        field_constraints=True,
        use_schema_description=True,
        use_field_description=True,
        use_standard_collections=True,
        use_union_operator=True,
        capitalise_enum_members=True,
        set_default_enum_member=True,
        use_double_quotes=True,
        output_datetime_class=DatetimeClassType.Datetime,
        # URLs stay the strings the vendor sent: AnyUrl rewrites them ("HTTP://x" -> "http://x/"),
        # so a payload would not round-trip. The validator still checks `uri` in examples.
        # Emails likewise: pydantic's EmailStr refuses what JSON Schema's `email` allows.
        type_mappings=["string+uri=string", "string+url=string", "string+email=string"],
    )


def escape_hidden_characters(source: str) -> str:
    """Re-spell, with escapes, every string literal holding a control, bidi or invisible
    character: datamodel-code-generator writes enum values as they are, and such characters
    must not hide in generated code. The values do not change."""
    if all(c.isprintable() or c in "\n" for c in source):
        return source
    starts = [0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    edits = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        hidden = not all(c.isprintable() or c == "\n" for c in token.string)
        if token.type == tokenize.STRING and hidden:
            value = ast.literal_eval(token.string)
            begin = starts[token.start[0] - 1] + token.start[1]
            end = starts[token.end[0] - 1] + token.end[1]
            edits.append((begin, end, naming.literal(value)))
    for begin, end, text in reversed(edits):
        source = source[:begin] + text + source[end:]
    return source
