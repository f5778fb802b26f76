"""Stage 4: render an Api into files — models through datamodel-code-generator, the rest through Jinja."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import jinja2

from generator import naming
from generator.ir import Api

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
HEADER = "# Generated from specs/{spec}.yaml by vendorgen. Do not edit: regenerate instead."


class RenderError(Exception):
    pass


@dataclass(frozen=True)
class Output:
    files: dict[str, str]
    model_count: int


# template (relative to templates/package) -> output path (relative to the distribution);
# `{pkg}` is the package name.
PACKAGE_FILES = {
    "pyproject.toml.jinja": "pyproject.toml",
    "README.md.jinja": "README.md",
    "__init__.py.jinja": "{pkg}/__init__.py",
    "py.typed.jinja": "{pkg}/py.typed",
    "errors.py.jinja": "{pkg}/errors.py",
    "_runtime.py.jinja": "{pkg}/_runtime.py",
    "_operations.py.jinja": "{pkg}/_operations.py",
    "client/__init__.py.jinja": "{pkg}/client/__init__.py",
    "server/__init__.py.jinja": "{pkg}/server/__init__.py",
    "server/_support.py.jinja": "{pkg}/server/_support.py",
    "server/mock.py.jinja": "{pkg}/server/mock.py",
}


WEBHOOK_FILES = {
    "server/_webhooks.py.jinja": "{pkg}/server/_webhooks.py",
    "server/webhooks.py.jinja": "{pkg}/server/webhooks.py",
}


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "package"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    # Every filter, registered in one place. Spec text reaches code only through these.
    env.filters.update(
        {"literal": naming.literal, "docstring": naming.docstring, "comment": naming.comment}
    )
    return env


def render(api: Api) -> Output:
    env = environment()
    header = HEADER.format(spec=api.id)
    models_source, model_names = render_models(api, header)
    missing = sorted(_named_models(api) - model_names)
    if missing:
        raise RenderError(f"{api.id}: schemas {missing} did not become model classes of the same name; rename them")
    files = {f"{api.package}/models/__init__.py": models_source}
    context = {"api": api, "header": header}
    for template, target in PACKAGE_FILES.items():
        files[target.format(pkg=api.package)] = env.get_template(template).render(context)
    if api.webhooks:
        for template, target in WEBHOOK_FILES.items():
            files[target.format(pkg=api.package)] = env.get_template(template).render(context)
    client = env.get_template("client/client.py.jinja")
    files[f"{api.package}/client/_sync.py"] = client.render(context, is_async=False)
    files[f"{api.package}/client/_async.py"] = client.render(context, is_async=True)
    return Output(dict(sorted(files.items())), len(model_names))


def _named_models(api: Api) -> set[str]:
    names = set()
    for op in api.operations + api.webhooks:
        names.update(r.model for r in op.responses if r.model)
        if op.body:
            names.add(op.body.model)
        for variant in op.variants:
            names.update((variant.request_model, variant.response_model))
    return names


def render_models(api: Api, header: str) -> tuple[str, set[str]]:
    from datamodel_code_generator import (
        DataModelType,
        InputFileType,
        PythonVersion,
        TargetPydanticVersion,
        generate,
    )

    source = generate(
        api.schema_document,
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        # Constraints as Annotated[..., StringConstraints(...)], which mypy accepts inside unions.
        target_pydantic_version=TargetPydanticVersion.V2_11,
        custom_template_dir=TEMPLATES / "models",
        custom_file_header=f"{header}\n\"\"\"Pydantic v2 models of {naming.comment(api.title)}.\"\"\"",
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
        output_datetime_class="datetime",
        # URLs stay the strings the vendor sent: AnyUrl rewrites them ("HTTP://x" -> "http://x/"),
        # so a payload would not round-trip. The validator still checks `uri` in examples.
        type_mappings=["string+uri=string", "string+url=string"],
    )
    if not isinstance(source, str):
        raise RenderError(f"{api.id}: datamodel-code-generator returned several modules")
    tree = ast.parse(source)
    names = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    return source, names
