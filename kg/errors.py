"""The one small exception tree of govkg; the CLI turns these into exit code 2."""
from __future__ import annotations


class KGError(Exception):
    """Base class: every error govkg raises on purpose."""


class InputError(KGError):
    """A report file or folder cannot be read (missing, empty, binary, bad encoding)."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class QueryError(KGError):
    """A SPARQL query is malformed, unknown, refused or timed out."""


class GraphError(KGError):
    """A graph file or store cannot be read or written."""


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes."""
