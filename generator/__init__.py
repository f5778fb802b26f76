"""Spec-driven code generator: OpenAPI 3.1 specs in, typed models, clients and servers out."""

__version__ = "0.1.0"
