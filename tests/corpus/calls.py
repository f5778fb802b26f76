"""Call every operation of a generated corpus client against its own mock over 127.0.0.1:
arguments from the document (its examples, else the smallest valid instance), every
credential the client can hold, and the outcome of each call, the error kept as the reason."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from typing import Any

from vendorgen.build import build_api
from vendorgen.ir import Api, Operation
from vendorgen.load import Spec
from vendorgen.mockdata import example_or_sample, sample
from vendorgen.walk import deref, iter_operations

from tests.servers import serve


@dataclass(frozen=True)
class Outcome:
    operation: str  # method name
    route: str  # METHOD /path
    error: str | None  # None: the call returned

    @property
    def ok(self) -> bool:
        return self.error is None


def call_every_operation(spec: Spec, package: Any) -> list[Outcome]:
    """Serve the package's mock, call each operation once with the sync client."""
    api = build_api(spec)
    client_class = getattr(package, api.client_class)
    app = package.server.create_mock_app()  # any non-empty credential is accepted
    outcomes = []
    with serve(app) as url, client_class(base_url=url, rate_limiter=False, **_keys(api)) as client:
        for op in api.operations:
            route = f"{op.method} {op.path}"
            try:
                args, kwargs = arguments(spec, package, op)
                getattr(client, op.py_name)(*args, **kwargs)
            except Exception as exc:  # the reason is the result: kept, counted, printed
                outcomes.append(Outcome(op.py_name, route, _reason(exc)))
            else:
                outcomes.append(Outcome(op.py_name, route, None))
    return outcomes


def _keys(api: Api) -> dict[str, str]:
    """A value for every credential keyword of the client."""
    return {
        keyword: f"corpus-{index}-credential"
        for index, (keyword, _) in enumerate(
            item for scheme in api.schemes for item in scheme.inputs
        )
    }


def arguments(spec: Spec, package: Any, op: Operation) -> tuple[list[Any], dict[str, Any]]:
    """(positional, keyword) arguments: the body model, then every parameter by keyword."""
    raw, path_item = _raw(spec, op)
    documented = {}
    for item in [*path_item.get("parameters", []), *raw.get("parameters", [])]:
        param = deref(spec.data, item)
        documented[(param["in"], param["name"])] = param
    kwargs = {
        p.py_name: _value(spec.data, documented[(p.location, p.name)]) for p in op.call_params
    }
    args = []
    if op.body is not None:
        body = deref(spec.data, raw["requestBody"])
        media = body["content"][op.body.media_type]
        if op.body.model:  # JSON, form or multipart: the body's model, or its data
            model = getattr(package.models, op.body.model)
            data = example_or_sample(spec.data, media)
            # A schema that is no object is a type alias (list[...], str), not a model class.
            args.append(model.model_validate(data) if hasattr(model, "model_validate") else data)
        elif op.body.kind == "text":
            text = example_or_sample(spec.data, media)
            args.append(text if isinstance(text, str) else "corpus text")
        else:  # binary: bytes that are no UTF-8 text
            args.append(b"corpus-bytes\x00\xff")
    return args, kwargs


def _value(data: dict[str, Any], param: dict[str, Any]) -> Any:
    """The parameter's example, else its smallest instance, made non-empty: an empty list or
    object puts nothing on the wire, which a required parameter cannot be."""
    value = example_or_sample(data, param)
    schema = deref(data, param.get("schema") or {})
    if value == [] and isinstance(schema, dict) and "items" in schema:
        return [sample(data, schema["items"])]
    if value == {} and isinstance(schema, dict) and schema.get("properties"):
        return {name: sample(data, sub) for name, sub in schema["properties"].items()}
    return value


def _raw(spec: Spec, op: Operation) -> tuple[dict[str, Any], dict[str, Any]]:
    for section, path, _method, raw in iter_operations(spec.data):
        if section == "paths" and raw.get("operationId") == op.py_name:
            return raw, spec.data["paths"][path]
    raise KeyError(op.py_name)


def _reason(exc: BaseException) -> str:
    """The error in one line: its type, its message, and where it was raised."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" ({frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno})" if frames else ""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:300]}{where}"
