"""Helpers the functional and contract tests share: the IR of each api and sample call arguments."""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path
from typing import Any

from vendorgen.build import build_api
from vendorgen.ir import Api, Call, Operation, Param
from vendorgen.load import Spec, load_spec
from vendorgen.mockdata import example_or_sample, sample
from vendorgen.walk import deref, iter_operations

ROOT = Path(__file__).resolve().parent.parent
CREDENTIAL = "canary-credential-7f3a"


def run_vendorgen(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -m vendorgen <args>` in the checkout, as a person runs it (output captured)."""
    return subprocess.run(
        [sys.executable, "-m", "vendorgen", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@functools.cache
def spec(api_id: str) -> Spec:
    loaded = load_spec(ROOT / "specs" / f"{api_id}.yaml")
    assert isinstance(loaded, Spec), loaded
    return loaded


@functools.cache
def api(api_id: str) -> Api:
    return build_api(spec(api_id))


def raw_operation(api_id: str, op: Operation) -> dict[str, Any]:
    for _section, _name, _method, raw in iter_operations(spec(api_id).data):
        if raw["operationId"] == op.py_name:
            return raw
    raise KeyError(op.py_name)


def sample_param(param: Param) -> Any:
    hint = param.type_hint
    if hint.startswith("typing.Literal["):
        return eval(hint[len("typing.Literal[") : -1].split(", ")[0])
    if hint.startswith("list["):
        inner = Param(param.name, param.py_name, param.location, True, hint[5:-1], "")
        return [sample_param(inner)]
    return {"int": 1, "float": 1.5, "bool": True}.get(hint, "sample-1")


def call_kwargs(op: Operation) -> dict[str, Any]:
    return {p.py_name: sample_param(p) for p in op.call_params}


def request_body(api_id: str, op: Operation, call: Call) -> Any:
    """JSON for the call's request: the documented example when the spec has one."""
    data = spec(api_id).data
    if call.py_name != op.py_name:
        return sample(data, {"$ref": f"#/components/schemas/{call.request_model}"})
    body = deref(data, raw_operation(api_id, op)["requestBody"])
    media = next(iter(sorted(body["content"].items())))[1]
    return example_or_sample(data, media)


def auth_kwargs(a: Api) -> dict[str, str]:
    return {scheme.py_name: f"{CREDENTIAL}-{scheme.py_name}" for scheme in a.schemes}


def expected_path(op: Operation) -> str:
    path = op.path
    for p in op.params:
        if p.location == "path":
            path = path.replace("{" + p.name + "}", str(sample_param(p)))
    return path


def same_json(left: Any, right: Any) -> bool:
    """JSON equality where two spellings of one instant (`...00Z` / `...00.000Z`) are equal:
    the models carry date-times as datetimes and print them in one canonical form."""
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(same_json(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(
            same_json(a, b) for a, b in zip(left, right, strict=True)
        )
    if isinstance(left, str) and isinstance(right, str) and left != right:
        try:
            return _instant(left) == _instant(right)
        except ValueError:
            return False
    return bool(left == right)


def _instant(text: str) -> Any:
    import datetime as dt

    if "T" not in text:
        raise ValueError(text)
    return dt.datetime.fromisoformat(text)


def b64url(data: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def make_jwt(
    secret: str,
    payload: dict[str, Any],
    *,
    alg: str = "HS256",
    header: dict[str, Any] | None = None,
) -> str:
    """An HMAC-signed JWT, built by hand so tests do not trust the code they test."""
    import hashlib
    import hmac
    import json as _json

    digests = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}
    head = b64url(_json.dumps(header or {"alg": alg, "typ": "JWT"}).encode())
    body = b64url(_json.dumps(payload).encode())
    signing = f"{head}.{body}".encode()
    signature = hmac.new(secret.encode(), signing, digests.get(alg, hashlib.sha256)).digest()
    return f"{head}.{body}.{b64url(signature)}"


WEBHOOK_SECRET = "canary-webhook-secret-91c2"


def webhook_secrets(a: Api) -> dict[str, str]:
    return {scheme.id: f"{WEBHOOK_SECRET}-{scheme.id}" for scheme in a.webhook_schemes}


def signed_delivery(a: Api, op: Operation, body: Any, now: float) -> tuple[dict[str, str], Any]:
    """Headers and body that authenticate `body` for webhook `op` as the vendor would."""
    import copy

    headers: dict[str, str] = {}
    body = copy.deepcopy(body)
    secrets = webhook_secrets(a)
    for scheme_id in op.security[0] if op.security else ():
        scheme = next(s for s in a.webhook_schemes if s.id == scheme_id)
        secret = secrets[scheme_id]
        if scheme.kind == "shared-header":
            headers[scheme.header] = secret
        elif scheme.kind == "bearer":
            headers[scheme.header] = f"Bearer {secret}"
        elif scheme.kind == "jwt":
            claims: dict[str, Any] = {"exp": int(now) + 300, "iat": int(now)}
            for claim, pointer in scheme.claims:
                if isinstance(body, dict):
                    body.setdefault(pointer.lstrip("/"), f"delivery-{claim}-1")
                    claims[claim] = body[pointer.lstrip("/")]
            token = make_jwt(secret, claims, alg=scheme.algorithm)
            if scheme.token_pointer:
                body[scheme.token_pointer.lstrip("/")] = token
            else:
                headers[scheme.header] = f"Bearer {token}"
    return headers, body


def build(model: Any, data: Any) -> Any:
    """`data` parsed as a generated model: a model class, or a type alias (a list, a union) —
    generator/model_aliases.py turns root models into aliases."""
    import pydantic

    return pydantic.TypeAdapter(model).validate_python(data)
