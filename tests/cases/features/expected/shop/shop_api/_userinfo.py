# Generated from specs/shop.yaml by vendorgen. Do not edit: regenerate instead.
"""A URL's user name and password (`https://user:secret@host/`) are a credential.

httpx would send them as HTTP basic credentials and print them with the URL in its request log
(and `repr`); a redirect or a vendor's page link could carry them further. So a URL holding
them is refused where it enters (the spec, `base_url`, a token URL), and one that arrives from
a vendor (a `Location`, a link in a body) is shown with them masked. Standard library only:
the generator checks specs with the same rule.
"""

from __future__ import annotations

import re

__all__ = ["MASK", "has_userinfo", "mask_userinfo", "refuse_userinfo"]

MASK = "**********"

# `//` starts an authority (RFC 3986 3.2) and the user name and password end at its last `@`
# (as urllib and browsers read it: a password may hold a raw `@`); the authority ends at `/`,
# `?`, `#` or a line break. Searched anywhere in a text, so a URL inside a query or a message
# counts too: masking too much loses a little log text, masking too little leaks a secret.
_USERINFO = re.compile(r"//[^/?#\r\n]*@")


def has_userinfo(url: str) -> bool:
    """Whether `url` (or a URL inside it) holds a user name or password."""
    return _USERINFO.search(url) is not None


def mask_userinfo(text: str) -> str:
    """`text` with the user name and password of every URL in it replaced by MASK."""
    return _USERINFO.sub(f"//{MASK}@", text)


def refuse_userinfo(what: str, url: object) -> None:
    """A ValueError, naming neither the user name nor the password, if `url` holds them."""
    if has_userinfo(str(url)):
        raise ValueError(
            f"{what} holds a user name or password; it was not accepted (httpx would send it "
            "and log it with every request URL, and a redirect could carry it): give "
            "credentials through the client's credential keywords"
        )
