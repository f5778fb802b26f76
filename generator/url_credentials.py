"""No URL in a spec may hold a user name or password (`https://user:secret@host/`).

A server URL becomes the generated client's BASE_URL and an OAuth2 tokenUrl its token
endpoint: a secret in either would be copied into generated code, sent by httpx as basic
credentials and logged with every request URL. authorizationUrl, refreshUrl and
openIdConnectUrl are refused the same way: a spec is no place for a secret. Server variables
count too: a `default` or `enum` value that puts a user name into the URL is reported where it
is written. A path key such as `//user:secret@host/x` would be copied into the client the
same way. The problems carry no excerpt of the line and a masked pointer: either would print
the secret.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from .load import Spec
from .problems import Problem, pointer, unescape_pointer_token
from .runtime._userinfo import has_userinfo, mask_userinfo
from .walk import iter_keywords

__all__ = ["check_url_credentials"]

_SECURITY_URLS = frozenset({"tokenUrl", "authorizationUrl", "refreshUrl", "openIdConnectUrl"})
_MESSAGE = (
    "holds a user name or password; a spec is no place for a credential (it would be copied "
    "into the generated client and logged): remove it"
)


def check_url_credentials(spec: Spec) -> Iterator[Problem]:
    """Every path, server URL (root, path item, operation, link), server variable value and
    OAuth2 or OpenID Connect URL of the document that holds a user name or password."""
    paths = spec.data.get("paths")
    for path in paths if isinstance(paths, Mapping) else ():
        if isinstance(path, str) and has_userinfo(path):  # `//user:secret@host/x`
            yield _problem(spec, pointer("paths", path), "path")
    for at, keyword, value in iter_keywords(spec.data):
        if keyword in _SECURITY_URLS and isinstance(value, str) and has_userinfo(value):
            yield _problem(spec, f"{at}/{keyword}", keyword)
        elif keyword == "servers" and isinstance(value, list):
            for index, server in enumerate(value):
                yield from _server(spec, f"{at}/servers/{index}", server)
        elif keyword == "server" and isinstance(value, dict):  # a Link Object's server
            yield from _server(spec, f"{at}/server", value)


def _server(spec: Spec, at: str, server: Any) -> Iterator[Problem]:
    """The url itself, else each variable value that alone (the others neutral) puts a user name
    into it, else the url when only the defaults together do."""
    if not isinstance(server, Mapping) or not isinstance(server.get("url"), str):
        return
    url = server["url"]
    raw = server.get("variables")
    variables = (
        {str(k): v for k, v in raw.items() if isinstance(v, Mapping)}
        if isinstance(raw, Mapping)
        else {}
    )
    if has_userinfo(url):
        yield _problem(spec, f"{at}/url", "server url")
        return
    neutral = dict.fromkeys(variables, "x")
    found = False
    for name, variable in variables.items():
        enum = variable.get("enum")
        values = [("default", variable.get("default", ""))]
        values += [(f"enum/{i}", v) for i, v in enumerate(enum if isinstance(enum, list) else ())]
        for where, value in values:
            if has_userinfo(_filled(url, {**neutral, name: str(value)})):
                found = True
                yield _problem(spec, f"{at}/variables{pointer(name)}/{where}", "server variable")
    defaults = {name: str(v.get("default", "")) for name, v in variables.items()}
    if not found and has_userinfo(_filled(url, defaults)):
        yield _problem(spec, f"{at}/url", "server url (its variables at their defaults)")


def _filled(url: str, values: Mapping[str, str]) -> str:
    for name, value in values.items():
        url = url.replace("{" + name + "}", value)
    return url


def _problem(spec: Spec, at: str, what: str) -> Problem:
    """The problem without the line's excerpt, and its pointer masked too: a path such as
    `//user:secret@host/x` is a token of the pointers below it."""
    problem = spec.problem(at, f"{what} {_MESSAGE}")
    tokens = [unescape_pointer_token(t) for t in problem.pointer.split("/")[1:]]
    return replace(problem, pointer=pointer(*map(mask_userinfo, tokens)), excerpt="")
