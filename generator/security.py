"""Security schemes: the spec's `securitySchemes` and `security` requirements -> the IR's
credentials, and the problems of a requirement naming a scheme nobody declared.

Every OpenAPI scheme type is something the client can hold: an API key (header, query or
cookie), HTTP basic (username + password), a bearer or other HTTP-scheme token, an OAuth2
access token (any flow, or `openIdConnect`) and, for the clientCredentials flow, a client id and
secret exchanged for a token at the flow's tokenUrl. `mutualTLS` is the transport's business
(a client certificate), so it needs nothing from the constructor.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from . import naming
from .ir import SecurityScheme, TokenExchange, WebhookScheme
from .load import Spec
from .problems import Problem, pointer
from .walk import iter_operations

__all__ = ["build_schemes", "check_requirements", "requirements", "webhook_schemes"]

# How a scheme's credential is sent, by the spec's (type, in) or (type, http scheme).
_API_KEY_LOCATIONS = ("header", "query", "cookie")


def requirements(data: dict[str, Any], op: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """An operation's security alternatives (its own, else the document's), each the sorted
    scheme ids used together; `()` among them means no credential is needed."""
    security = op.get("security", data.get("security", []))
    return tuple(tuple(sorted(req)) for req in security if isinstance(req, dict))


def _declared(data: dict[str, Any]) -> dict[str, Any]:
    schemes = (data.get("components") or {}).get("securitySchemes") or {}
    return schemes if isinstance(schemes, dict) else {}


def check_requirements(spec: Spec) -> Iterator[Problem]:
    """A requirement naming a scheme `components/securitySchemes` does not declare would make
    every call of the operation fail: a spec problem, reported where the name is written."""
    declared = _declared(spec.data)
    places: list[tuple[str, Any]] = [(pointer("security"), spec.data.get("security"))]
    places += [
        (pointer(section, name, method, "security"), op.get("security"))
        for section, name, method, op in iter_operations(spec.data)
    ]
    for at, security in places:
        if not isinstance(security, list):
            continue
        for index, requirement in enumerate(security):
            for scheme in requirement if isinstance(requirement, dict) else ():
                if scheme not in declared:
                    known = ", ".join(sorted(declared)) or "none"
                    yield spec.problem(
                        f"{at}/{index}/{pointer(scheme)[1:]}",
                        f"security scheme {scheme!r} is not declared in "
                        f"components/securitySchemes (declared: {known})",
                    )


def _used_ids(data: dict[str, Any], section: str) -> set[str]:
    return {
        scheme
        for where, _, _, op in iter_operations(data)
        if where == section
        for alternative in requirements(data, op)
        for scheme in alternative
    }


def used_schemes(data: dict[str, Any], section: str) -> list[tuple[str, dict[str, Any]]]:
    """(id, scheme) of the declared schemes the operations of `section` use, by id."""
    used = _used_ids(data, section)
    return [(i, raw) for i, raw in sorted(_declared(data).items()) if i in used]


def build_schemes(data: dict[str, Any]) -> tuple[SecurityScheme, ...]:
    """The schemes inbound operations use: the client's credentials. (Schemes only webhooks
    use authenticate the vendor to the integrator; the client never holds them.)"""
    result = [_scheme(data, scheme_id, raw) for scheme_id, raw in used_schemes(data, "paths")]
    # Each credential is a keyword of the client's constructor: unique, and none of its own.
    names = naming.unique(
        [s.py_name + "_" if s.py_name in naming.CLIENT_OPTIONS else s.py_name for s in result]
    )
    return tuple(replace(s, py_name=name) for s, name in zip(result, names, strict=True))


def _scheme(data: dict[str, Any], scheme_id: str, raw: dict[str, Any]) -> SecurityScheme:
    text = naming.clean_text(str(raw.get("description", "")))
    py_name = naming.snake(scheme_id, "credential")
    kind, location, header, prefix = _placement(raw)
    exchange = _token_exchange(data, raw.get("x-token-exchange"))
    if raw.get("type") == "oauth2":
        exchange = exchange or _client_credentials(data, scheme_id, raw)
    return SecurityScheme(
        scheme_id, py_name, kind, header, text, exchange, location=location, prefix=prefix
    )


def _placement(raw: dict[str, Any]) -> tuple[str, str, str, str]:
    """(kind, location, name, http scheme word) of a scheme's credential on the wire."""
    kind = raw.get("type")
    if kind == "apiKey":
        location = raw.get("in") if raw.get("in") in _API_KEY_LOCATIONS else "header"
        return "header", str(location), str(raw.get("name", "")), ""
    if kind == "http":
        word = str(raw.get("scheme", "bearer"))
        if word.lower() == "bearer":
            return "bearer", "header", "Authorization", ""
        if word.lower() == "basic":
            return "basic", "header", "Authorization", ""
        return "http", "header", "Authorization", word
    if kind == "mutualTLS":
        return "tls", "header", "", ""
    return "bearer", "header", "Authorization", ""  # oauth2 and openIdConnect: an access token


def _client_credentials(
    data: dict[str, Any], scheme_id: str, raw: dict[str, Any]
) -> TokenExchange | None:
    """The clientCredentials flow as a token exchange: client id and secret form-encoded to the
    tokenUrl, asking for every scope an operation requires of this scheme."""
    flow = (raw.get("flows") or {}).get("clientCredentials")
    if not isinstance(flow, dict) or not flow.get("tokenUrl"):
        return None
    scopes = sorted(
        {
            scope
            for _, _, _, op in iter_operations(data)
            for requirement in op.get("security", data.get("security", [])) or ()
            if isinstance(requirement, dict)
            for scope in requirement.get(scheme_id) or ()
        }
    )
    fields: tuple[tuple[str, str], ...] = (("grant_type", "client_credentials"),)
    if scopes:
        fields += (("scope", " ".join(scopes)),)
    return TokenExchange(
        operation=f"{scheme_id} token request",
        path=str(flow["tokenUrl"]),
        credentials=(
            ("client_id", f"{scheme_id}.client_id"),
            ("client_secret", f"{scheme_id}.client_secret"),
        ),
        token_pointer="/access_token",
        expires_pointer="/expires_in",
        expires_format="seconds-from-now",
        refresh_margin=60.0,
        encoding="form",
        fields=fields,
    )


def _token_exchange(data: dict[str, Any], raw: dict[str, Any] | None) -> TokenExchange | None:
    """The project's `x-token-exchange`: a spec operation trading credentials for a token."""
    if not raw:
        return None
    path = next(
        name
        for _, name, _, op in iter_operations(data)
        if op.get("operationId") == raw["operation"]
    )
    return TokenExchange(
        operation=raw["operation"],
        path=path,
        credentials=tuple(sorted(raw["credentials"].items())),
        token_pointer=raw["token"],
        expires_pointer=raw["expires-at"],
        expires_format=raw.get("expires-format", "iso-8601"),
        refresh_margin=float(raw.get("refresh-margin-seconds", 60)),
    )


def webhook_schemes(data: dict[str, Any]) -> tuple[WebhookScheme, ...]:
    """How the vendor authenticates its calls to the receiver: the same placements as the
    client's, plus the project's `x-webhook-auth` (a signed JWT, or no check at all)."""
    result = []
    for scheme_id, raw in used_schemes(data, "webhooks"):
        auth = raw.get("x-webhook-auth") or {}
        kind, location, header, prefix = _placement(raw)
        if kind == "header":
            kind = "shared-header"  # tls stays tls: no secret can pass it, the receiver refuses
        kind = auth.get("type") or kind
        result.append(
            WebhookScheme(
                id=scheme_id,
                kind=kind,
                header=str(auth.get("header") or header or "Authorization"),
                algorithm=auth.get("algorithm", "HS256" if kind == "jwt" else ""),
                token_pointer=auth.get("token-pointer"),
                claims=tuple(sorted((auth.get("claims") or {}).items())),
                max_age_seconds=auth.get("max-age-seconds"),
                location=location if kind == "shared-header" else "header",
                prefix=prefix,
            )
        )
    return tuple(result)
