"""generator/security.py: how each OpenAPI security scheme becomes a client credential (or a
receiver check), which constructor keywords it takes, and the scopes a token is asked for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vendorgen.build import build_api
from vendorgen.load import Spec
from vendorgen.security import build_schemes, requirements, webhook_schemes
from vendorgen.spec.model import read_document
from vendorgen.validate import validate_spec

SCHEMES: dict[str, Any] = {
    "hk": {"type": "apiKey", "in": "header", "name": "X-Key"},
    "qk": {"type": "apiKey", "in": "query", "name": "key"},
    "ck": {"type": "apiKey", "in": "cookie", "name": "sid"},
    "basic": {"type": "http", "scheme": "basic"},
    "bearer": {"type": "http", "scheme": "Bearer"},
    "digest": {"type": "http", "scheme": "Digest"},
    "cc": {
        "type": "oauth2",
        "flows": {"clientCredentials": {"tokenUrl": "https://auth.example/token", "scopes": {}}},
    },
    "implicit": {
        "type": "oauth2",
        "flows": {"implicit": {"authorizationUrl": "https://auth.example/a", "scopes": {}}},
    },
    "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://auth.example/.well-known"},
    "mtls": {"type": "mutualTLS"},
}


def _document(security: list[Any], webhooks: list[Any] | None = None) -> dict[str, Any]:
    def op(name: str, sec: list[Any]) -> dict[str, Any]:
        return {"operationId": name, "security": sec, "responses": {"200": {"description": "ok"}}}

    data: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {f"/p{i}": {"get": op(f"op_{i}", sec)} for i, sec in enumerate(security)},
        "components": {"securitySchemes": SCHEMES},
    }
    if webhooks:
        data["webhooks"] = {f"h{i}": {"post": op(f"h_{i}", s)} for i, s in enumerate(webhooks)}
    return data


def test_every_scheme_type_is_placed() -> None:
    data = _document([[{name: []}] for name in SCHEMES])
    placed = {
        s.id: (s.kind, s.location, s.header, s.prefix, s.exchange is not None)
        for s in build_schemes(read_document(data))
    }
    assert placed == {
        "hk": ("header", "header", "X-Key", "", False),
        "qk": ("header", "query", "key", "", False),
        "ck": ("header", "cookie", "sid", "", False),
        "basic": ("basic", "header", "Authorization", "", False),
        "bearer": ("bearer", "header", "Authorization", "", False),
        "digest": ("http", "header", "Authorization", "Digest", False),
        "cc": ("bearer", "header", "Authorization", "", True),
        "implicit": ("bearer", "header", "Authorization", "", False),
        "oidc": ("bearer", "header", "Authorization", "", False),
        "mtls": ("tls", "header", "", "", False),
    }


def test_client_credentials_ask_for_every_scope_the_operations_require() -> None:
    data = _document([[{"cc": ["b:write"]}], [{"cc": ["a:read", "b:write"]}, {"hk": []}]])
    (cc,) = [s for s in build_schemes(read_document(data)) if s.id == "cc"]
    assert cc.exchange is not None
    assert cc.exchange.path == "https://auth.example/token"
    assert cc.exchange.encoding == "form"
    assert dict(cc.exchange.fields) == {
        "grant_type": "client_credentials",
        "scope": "a:read b:write",
    }
    assert cc.exchange.expires_format == "seconds-from-now"


def test_keywords_and_their_alternatives() -> None:
    data = _document([[{"basic": []}, {"cc": [], "qk": []}, {"mtls": []}]])
    api = build_api(Spec("t", Path("t.yaml"), data, {}, ()))
    assert [k for k, _ in api.credential_kwargs] == [
        "basic_username",
        "basic_password",
        "cc",
        "qk",
        "cc_client_id",
        "cc_client_secret",
    ]
    by_id = {s.id: s for s in api.schemes}
    assert api.scheme_arguments(by_id["basic"]) == (("basic_username", "basic_password"),)
    assert api.scheme_arguments(by_id["cc"]) == (("cc",), ("cc_client_id", "cc_client_secret"))
    assert api.scheme_arguments(by_id["mtls"]) == ()


def test_requirements_keep_the_empty_alternative() -> None:
    data = _document([[{}, {"hk": []}]])
    assert requirements(data, data["paths"]["/p0"]["get"]) == ((), ("hk",))
    assert requirements({"security": [{"hk": []}]}, {}) == (("hk",),)
    assert requirements({"security": [{"hk": []}]}, {"security": []}) == ()


def test_receivers_check_the_same_placements() -> None:
    data = _document([], webhooks=[[{"qk": []}, {"basic": []}], [{"digest": []}, {"mtls": []}]])
    data["paths"] = {}
    found = {
        s.id: (s.kind, s.location, s.header, s.prefix) for s in webhook_schemes(read_document(data))
    }
    assert found == {
        "qk": ("shared-header", "query", "key", ""),
        "basic": ("basic", "header", "Authorization", ""),
        "digest": ("http", "header", "Authorization", "Digest"),
        "mtls": ("tls", "header", "Authorization", ""),
    }


def test_an_undeclared_scheme_is_a_problem_at_its_pointer() -> None:
    data = _document([[{"hk": []}, {"nope": [], "hk": []}]])
    data["security"] = [{"missing": []}]
    problems = [
        p
        for p in validate_spec(Spec("t", Path("t.yaml"), data, {}, ()))
        if "not declared" in p.message
    ]
    assert sorted(p.pointer for p in problems) == [
        "/paths/~1p0/get/security/1/nope",
        "/security/0/missing",
    ]
    assert all(p.message.startswith("security scheme ") for p in problems)
