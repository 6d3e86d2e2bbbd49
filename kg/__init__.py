"""govkg: turn Chinese government work reports into an RDF knowledge graph.

Importing ``kg`` is cheap and silent; heavy libraries (jieba, spaCy, pyvis,
pyshacl) load on first use.

>>> from kg import build          # doctest: +SKIP
>>> result = build(["seeds"])     # doctest: +SKIP
>>> result.graph.serialize(format="turtle")  # doctest: +SKIP
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["build", "__version__"]


def __getattr__(name: str):
    if name == "build":
        from kg.pipeline import build

        return build
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
