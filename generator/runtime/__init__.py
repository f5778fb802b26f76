"""The runtime of every generated package, as real Python.

Each module here is copied verbatim (with the "generated" header line) into every generated
distribution, so a generated package stays self-contained and installable alone. Here they are
linted, type-checked and unit-tested once, as the project's own code. They may import only each
other (relative imports), the standard library and the generated package's declared
dependencies (httpx, pydantic; fastapi and jsonschema under `server/`). This `__init__` and
`server/__init__` are not copied: the generated package renders its own.
"""
