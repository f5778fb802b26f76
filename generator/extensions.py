"""The `x-` extension vocabulary: where each may appear and the JSON Schema its value must match.

Vendor behaviour lives in the specs as these extensions; the generator renders it generically.
specs/README.md documents each one for spec authors.
"""

from __future__ import annotations

from typing import Any, Final

_POINTER: Final = {"type": "string", "pattern": "^(/[^/]*)*$"}
_NAME: Final = {"type": "string", "minLength": 1}
_OPERATION_ID: Final = {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"}
_SCHEMA_REF: Final = {"type": "string", "pattern": "^#/components/schemas/[A-Z][A-Za-z0-9]*$"}

DOC_NOTE: Final[dict[str, Any]] = {
    "oneOf": [
        {"type": "string", "minLength": 1},
        {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
    ]
}

RATE_LIMIT: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["limit", "period-seconds", "scope"],
    "additionalProperties": False,
    "properties": {
        "limit": {"type": "integer", "minimum": 1},
        "period-seconds": {"type": "number", "exclusiveMinimum": 0},
        # key: per credential; client: per integrator account; cumulative: across all endpoints.
        "scope": {"enum": ["key", "client", "cumulative"]},
        "retry-after-default-seconds": {"type": "number", "minimum": 0},
        "exempt-operations": {"type": "array", "items": _OPERATION_ID},
    },
}

IDEMPOTENCY_KEY: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["ttl-seconds"],
    "additionalProperties": False,
    "properties": {"ttl-seconds": {"type": "integer", "minimum": 1}},
}

PAGINATION: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["style", "page-param", "items"],
    "additionalProperties": False,
    "properties": {
        "style": {"enum": ["page-number", "has-more", "page-limit"]},
        "page-param": _NAME,
        "size-param": _NAME,
        "params-in": {"enum": ["query", "body"]},
        "first-page": {"type": "integer", "minimum": 0},
        "items": _POINTER,
        "has-more": _POINTER,
        "total": _POINTER,
    },
}

TOKEN_EXCHANGE: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["operation", "credentials", "token", "expires-at"],
    "additionalProperties": False,
    "properties": {
        "operation": _OPERATION_ID,
        # request body field -> name of the credential the integrator supplies
        "credentials": {"type": "object", "additionalProperties": _NAME, "minProperties": 1},
        "token": _POINTER,
        "expires-at": _POINTER,
        "expires-format": {"enum": ["iso-8601", "unix-seconds"]},
        "refresh-margin-seconds": {"type": "number", "minimum": 0},
    },
}

MONEY: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["unit"],
    "additionalProperties": False,
    "properties": {
        "unit": {"enum": ["minor", "major"]},
        "currency-field": _NAME,
        "scale": {"type": "integer", "minimum": 0},
    },
}

_VARIANT: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["operationId", "summary", "request", "response"],
    "additionalProperties": False,
    "properties": {
        "operationId": _OPERATION_ID,
        "summary": {"type": "string"},
        "description": {"type": "string"},
        "request": _SCHEMA_REF,
        "response": _SCHEMA_REF,
        "x-doc-note": DOC_NOTE,
    },
}

VARIANTS: Final[dict[str, Any]] = {"type": "array", "minItems": 2, "items": _VARIANT}

WEBHOOK_AUTH: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["type"],
    "additionalProperties": False,
    "properties": {
        "type": {"enum": ["jwt", "shared-header", "none"]},
        "algorithm": {"enum": ["HS256", "HS384", "HS512"]},
        "header": _NAME,
        # JWT in the request body instead of a header: where it is.
        "token-pointer": _POINTER,
        "secret-name": _NAME,
        "claims": {"type": "object", "additionalProperties": _POINTER},
        "max-age-seconds": {"type": "number", "minimum": 0},
    },
}

_DEDUPE_POINTERS: Final[dict[str, Any]] = {"type": "array", "minItems": 1, "items": _POINTER}

DEDUPE_KEY: Final[dict[str, Any]] = {
    "oneOf": [
        _DEDUPE_POINTERS,
        {
            "type": "object",
            "required": ["pointers"],
            "additionalProperties": False,
            "properties": {
                "pointers": _DEDUPE_POINTERS,
                # A response pointer: a non-empty value there reports a partial failure, so
                # that answer is not replayed and the vendor's retry reaches the handler.
                "settled-unless": _POINTER,
                "ttl-seconds": {"type": "number", "exclusiveMinimum": 0},
            },
        },
    ]
}

MESSAGE_FIELD: Final[dict[str, Any]] = _POINTER

# On a 2xx response: the body is a failure when any condition holds (the value at `pointer`
# equals `equals`, or, without `equals`, is present at all).
FAILURE_WHEN: Final[dict[str, Any]] = {
    "type": "array",
    "minItems": 1,
    "items": {
        "type": "object",
        "required": ["pointer"],
        "additionalProperties": False,
        "properties": {"pointer": _POINTER, "equals": {}},
    },
}

WEBHOOK_PATH: Final[dict[str, Any]] = {"type": "string", "pattern": "^/[A-Za-z0-9_./{}-]*$"}

# Names the doc gives to an enum's values (integer codes named in prose), in `enum` order.
ENUM_VARNAMES: Final[dict[str, Any]] = {"type": "array", "minItems": 1, "items": _NAME}

# extension name -> (where it may appear, schema). Locations are the OpenAPI object kinds the
# validator walks; an extension anywhere else is reported, as is an unknown `x-` name.
VOCABULARY: Final[dict[str, tuple[frozenset[str], dict[str, Any]]]] = {
    "x-doc-note": (frozenset({"*"}), DOC_NOTE),
    "x-rate-limit": (frozenset({"root"}), RATE_LIMIT),
    "x-idempotency-key": (frozenset({"parameter"}), IDEMPOTENCY_KEY),
    "x-pagination": (frozenset({"operation"}), PAGINATION),
    "x-token-exchange": (frozenset({"securityScheme"}), TOKEN_EXCHANGE),
    "x-money": (frozenset({"schema"}), MONEY),
    "x-variants": (frozenset({"operation"}), VARIANTS),
    "x-webhook-auth": (frozenset({"securityScheme"}), WEBHOOK_AUTH),
    "x-dedupe-key": (frozenset({"webhook"}), DEDUPE_KEY),
    "x-message-field": (frozenset({"response"}), MESSAGE_FIELD),
    "x-failure-when": (frozenset({"response"}), FAILURE_WHEN),
    "x-webhook-path": (frozenset({"webhook"}), WEBHOOK_PATH),
    "x-enum-varnames": (frozenset({"schema"}), ENUM_VARNAMES),
    "x-enumNames": (frozenset({"schema"}), ENUM_VARNAMES),  # the same, as NSwag spells it
}
