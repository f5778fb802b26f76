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
from .spec import model
from .walk import iter_operations

__all__ = [
    "alternatives",
    "build_schemes",
    "check_requirements",
    "requirements",
    "webhook_schemes",
]

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


def alternatives(
    document: model.Document, operation: model.Operation
) -> tuple[tuple[str, ...], ...]:
    """`requirements`, read from the typed model."""
    return tuple(
        tuple(sorted(scheme_id for scheme_id, _ in requirement.schemes))
        for requirement in document.requirements(operation)
    )


def _used(document: model.Document, section: str) -> list[model.SecurityScheme]:
    """The declared schemes the operations of `section` use, by id."""
    operations = document.operations if section == "paths" else document.webhooks
    used = {s for op in operations for alt in alternatives(document, op) for s in alt}
    return [scheme for scheme in document.security_schemes if scheme.id in used]


def build_schemes(document: model.Document) -> tuple[SecurityScheme, ...]:
    """The schemes inbound operations use: the client's credentials. (Schemes only webhooks
    use authenticate the vendor to the integrator; the client never holds them.)"""
    result = [_scheme(document, scheme) for scheme in _used(document, "paths")]
    # Each credential is a keyword of the client's constructor: unique, and none of its own.
    names = naming.unique(
        [s.py_name + "_" if s.py_name in naming.CLIENT_OPTIONS else s.py_name for s in result]
    )
    return tuple(replace(s, py_name=name) for s, name in zip(result, names, strict=True))


def _scheme(document: model.Document, scheme: model.SecurityScheme) -> SecurityScheme:
    kind, location, header, prefix = _placement(scheme)
    exchange = _token_exchange(document, scheme.extensions.get("x-token-exchange"))
    if scheme.type == "oauth2":
        exchange = exchange or _client_credentials(document, scheme)
    return SecurityScheme(
        scheme.id,
        naming.snake(scheme.id, "credential"),
        kind,
        header,
        naming.clean_text(scheme.description),
        exchange,
        location=location,
        prefix=prefix,
    )


def _placement(scheme: model.SecurityScheme) -> tuple[str, str, str, str]:
    """(kind, location, name, http scheme word) of a scheme's credential on the wire."""
    if scheme.type == "apiKey":
        location = scheme.location if scheme.location in _API_KEY_LOCATIONS else "header"
        return "header", location, scheme.name, ""
    if scheme.type == "http":
        word = scheme.scheme or "bearer"
        if word.lower() in ("bearer", "basic"):
            return word.lower(), "header", "Authorization", ""
        return "http", "header", "Authorization", word
    if scheme.type == "mutualTLS":
        return "tls", "header", "", ""
    return "bearer", "header", "Authorization", ""  # oauth2 and openIdConnect: an access token


def _client_credentials(
    document: model.Document, scheme: model.SecurityScheme
) -> TokenExchange | None:
    """The clientCredentials flow as a token exchange: the client's id and secret (as HTTP
    basic) for a token from the tokenUrl, asking for every scope an operation requires."""
    flow = next((f for f in scheme.flows if f.kind == "clientCredentials"), None)
    if flow is None or not flow.token_url:
        return None
    scopes = sorted(
        {
            scope
            for op in document.operations
            for requirement in document.requirements(op)
            for scheme_id, wanted in requirement.schemes
            if scheme_id == scheme.id
            for scope in wanted
        }
    )
    fields: tuple[tuple[str, str], ...] = (("grant_type", "client_credentials"),)
    if scopes:
        fields += (("scope", " ".join(scopes)),)
    return TokenExchange(
        operation=f"{scheme.id} token request",
        path=flow.token_url,
        credentials=(
            ("client_id", f"{scheme.id}.client_id"),
            ("client_secret", f"{scheme.id}.client_secret"),
        ),
        token_pointer="/access_token",
        expires_pointer="/expires_in",
        expires_format="seconds-from-now",
        refresh_margin=60.0,
        encoding="form",
        fields=fields,
    )


def _token_exchange(document: model.Document, raw: Any) -> TokenExchange | None:
    """The project's `x-token-exchange`: a spec operation trading credentials for a token."""
    if not raw:
        return None
    path = next(op.path for op in document.operations if op.operation_id == raw["operation"])
    return TokenExchange(
        operation=raw["operation"],
        path=path,
        credentials=tuple(sorted(raw["credentials"].items())),
        token_pointer=raw["token"],
        expires_pointer=raw["expires-at"],
        expires_format=raw.get("expires-format", "iso-8601"),
        refresh_margin=float(raw.get("refresh-margin-seconds", 60)),
    )


def webhook_schemes(document: model.Document) -> tuple[WebhookScheme, ...]:
    """How the vendor authenticates its calls to the receiver: the same placements as the
    client's, plus the project's `x-webhook-auth` (a signed JWT, or no check at all)."""
    result = []
    for scheme in _used(document, "webhooks"):
        auth = scheme.extensions.get("x-webhook-auth") or {}
        kind, location, header, prefix = _placement(scheme)
        if kind == "header":
            kind = "shared-header"  # tls stays tls: no secret can pass it, the receiver refuses
        kind = auth.get("type") or kind
        result.append(
            WebhookScheme(
                id=scheme.id,
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
