"""String formats the validator checks in a spec's examples and defaults, and the mock samples
satisfy: exactly the checker the generated client applies before sending (the runtime's
`_validation.FORMATS`), so an example the spec accepts is one the client would send."""

from __future__ import annotations

from .runtime._validation import FORMATS as FORMAT_CHECKER

__all__ = ["FORMAT_CHECKER"]
