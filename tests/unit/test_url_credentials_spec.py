"""A spec URL holding a user name or password is an error where it is written (file, line,
pointer), for OpenAPI 3.0 and 3.1 alike: servers (root, path item, operation; variable
defaults and enum values that put one into the URL), OAuth2 tokenUrl, authorizationUrl and
refreshUrl, and openIdConnectUrl. The report never repeats the secret and nothing is written,
so the secret cannot reach generated code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from vendorgen.load import Spec, load_spec
from vendorgen.validate import validate_spec

from tests.helpers import run_vendorgen

SECRET = "S3cret-canary-7Qz"
Edit = Callable[[dict[str, Any]], None]


def _document(version: str) -> dict[str, Any]:
    ok = {"200": {"description": "Up.", "content": {"application/json": {"schema": {}}}}}
    return {
        "openapi": version,
        "info": {"title": "Creds", "version": "1"},
        "servers": [{"url": "https://api.example/v1"}],
        "paths": {"/ping": {"get": {"operationId": "ping", "responses": ok}}},
        "security": [{"cc": []}],
        "components": {
            "securitySchemes": {
                "cc": {
                    "type": "oauth2",
                    "flows": {
                        "clientCredentials": {
                            "tokenUrl": "https://auth.example/token",
                            "scopes": {},
                        },
                        "authorizationCode": {
                            "authorizationUrl": "https://auth.example/authorize",
                            "tokenUrl": "https://auth.example/token",
                            "refreshUrl": "https://auth.example/refresh",
                            "scopes": {},
                        },
                    },
                },
                "oidc": {
                    "type": "openIdConnect",
                    "openIdConnectUrl": "https://auth.example/.well-known/openid-configuration",
                },
            }
        },
    }


def _set(where: str, value: Any) -> Edit:
    """An edit putting `value` at `where`: dict keys and list indexes joined by " > "."""

    def edit(data: dict[str, Any]) -> None:
        *parents, last = where.split(" > ")
        node: Any = data
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        node[last] = value

    return edit


def _leaked(url: str) -> str:
    return url.replace("SECRET", SECRET)


_FLOWS = "components > securitySchemes > cc > flows"
_SCHEMES = "/components/securitySchemes"
_HOST = "servers > 0 > variables"
# (door, edits, JSON pointer of the problem)
DOORS: list[tuple[str, list[Edit], str]] = [
    (
        "server-url",
        [_set("servers > 0 > url", _leaked("https://alice:SECRET@api.example/v1"))],
        "/servers/0/url",
    ),
    (
        "server-url-user-only",
        [_set("servers > 0 > url", _leaked("https://SECRET@api.example"))],
        "/servers/0/url",
    ),
    (
        "server-variable-default",
        [
            _set("servers > 0 > url", "https://{host}/v1"),
            _set(_HOST, {"host": {"default": _leaked("a:SECRET@api.example")}}),
        ],
        "/servers/0/variables/host/default",
    ),
    (
        "server-variable-enum",
        [
            _set("servers > 0 > url", "https://{host}/v1"),
            _set(
                _HOST,
                {
                    "host": {
                        "default": "api.example",
                        "enum": ["api.example", _leaked("b:SECRET@api.example")],
                    }
                },
            ),
        ],
        "/servers/0/variables/host/enum/1",
    ),
    (
        "path-item-server",
        [_set("paths > /ping > servers", [{"url": _leaked("https://u:SECRET@o.example")}])],
        "/paths/~1ping/servers/0/url",
    ),
    (
        "operation-server",
        [_set("paths > /ping > get > servers", [{"url": _leaked("https://u:SECRET@o.example")}])],
        "/paths/~1ping/get/servers/0/url",
    ),
    (
        "path",
        [
            lambda data: data.__setitem__(
                "paths", {f"//u:{SECRET}@o.example/x": data["paths"]["/ping"]}
            )
        ],
        "/paths/~1~1**********@o.example~1x",  # the pointer names the path, masked
    ),
    (
        "tokenUrl",
        [_set(f"{_FLOWS} > clientCredentials > tokenUrl", _leaked("https://i:SECRET@a.example/t"))],
        f"{_SCHEMES}/cc/flows/clientCredentials/tokenUrl",
    ),
    (
        "authorizationUrl",
        [
            _set(
                f"{_FLOWS} > authorizationCode > authorizationUrl",
                _leaked("https://u:SECRET@a.example/a"),
            )
        ],
        f"{_SCHEMES}/cc/flows/authorizationCode/authorizationUrl",
    ),
    (
        "refreshUrl",
        [
            _set(
                f"{_FLOWS} > authorizationCode > refreshUrl",
                _leaked("https://u:SECRET@a.example/r"),
            )
        ],
        f"{_SCHEMES}/cc/flows/authorizationCode/refreshUrl",
    ),
    (
        "openIdConnectUrl",
        [
            _set(
                "components > securitySchemes > oidc > openIdConnectUrl",
                _leaked("https://u:SECRET@id.example/"),
            )
        ],
        f"{_SCHEMES}/oidc/openIdConnectUrl",
    ),
]
VERSIONS = ["3.0.3", "3.1.0"]


def _write(tmp_path: Path, data: dict[str, Any], name: str = "creds") -> tuple[Path, str]:
    path = tmp_path / f"{name}.yaml"
    text = yaml.safe_dump(data, sort_keys=False, default_flow_style=False, width=200)
    path.write_text(text)
    return path, text


def _apply(version: str, edits: list[Edit]) -> dict[str, Any]:
    data = _document(version)
    for edit in edits:
        edit(data)
    return data


@pytest.mark.parametrize("version", VERSIONS)
def test_the_clean_document_is_valid(tmp_path: Path, version: str) -> None:
    """The baseline every door below edits: without a secret, no problem at all."""
    path, _ = _write(tmp_path, _apply(version, []))
    spec = load_spec(path)
    assert isinstance(spec, Spec)
    assert validate_spec(spec) == []


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(("door", "edits", "at"), DOORS, ids=[d[0] for d in DOORS])
def test_each_door_is_an_error_at_its_place(
    tmp_path: Path, version: str, door: str, edits: list[Edit], at: str
) -> None:
    path, text = _write(tmp_path, _apply(version, edits))
    spec = load_spec(path)
    assert isinstance(spec, Spec)
    problems = validate_spec(spec)
    assert [(p.level, p.pointer) for p in problems] == [("error", at)], door
    (problem,) = problems
    assert "holds a user name or password" in problem.message
    assert problem.line > 0 and SECRET in text.splitlines()[problem.line - 1]
    assert SECRET not in problem.render()


@pytest.mark.parametrize(
    "url",
    ["https://api.example/users/@me", "https://api.example/v1?contact=a@b.example", "/v1"],
)
def test_an_at_sign_outside_the_authority_is_no_credential(tmp_path: Path, url: str) -> None:
    path, _ = _write(tmp_path, _apply("3.1.0", [_set("servers > 0 > url", url)]))
    spec = load_spec(path)
    assert isinstance(spec, Spec)
    assert validate_spec(spec) == []


def test_an_unrelated_variable_is_not_blamed(tmp_path: Path) -> None:
    variables = {
        "host": {"default": f"a:{SECRET}@api.example"},
        "version": {"default": "v1", "enum": ["v1", "v2"]},
    }
    edits = [
        _set("servers > 0 > url", "https://{host}/{version}"),
        _set(_HOST, variables),
    ]
    path, _ = _write(tmp_path, _apply("3.1.0", edits))
    spec = load_spec(path)
    assert isinstance(spec, Spec)
    assert [p.pointer for p in validate_spec(spec)] == ["/servers/0/variables/host/default"]


@pytest.mark.parametrize("version", VERSIONS)
def test_generate_writes_nothing_and_the_secret_reaches_no_output(
    tmp_path: Path, version: str
) -> None:
    """Every door at once: `generate` refuses, names each place, and no file holds the secret
    (before this check, BASE_URL and the token URL were copied into _operations.py)."""
    specs, out = tmp_path / "specs", tmp_path / "generated"
    specs.mkdir()
    skip = "server-variable-enum"  # its url edit would undo the default door's
    edits = [e for door, door_edits, _ in DOORS if door != skip for e in door_edits]
    _write(specs, _apply(version, edits))
    for command in ("validate", "generate", "check"):
        result = run_vendorgen("--specs", str(specs), "--out", str(out), command)
        assert result.returncode == 1, (command, result.stderr)
        assert "holds a user name or password" in result.stderr
        assert SECRET not in result.stdout + result.stderr
    written = [p for p in out.rglob("*") if p.is_file()] if out.exists() else []
    assert not [p for p in written if SECRET in p.read_text(errors="replace")]
    assert written == []
