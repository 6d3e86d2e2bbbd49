"""Check a graph against ontology/shapes.ttl with pyshacl."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

from kg.errors import GraphError
from kg.ontology import load_ontology, load_shapes


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    triples: int
    violations: list[str] = field(default_factory=list)


def validate_graph(graph: Graph) -> ValidationReport:
    """Validate ``graph``; each violation as 'focus path: message'."""
    import pyshacl

    conforms, results, _ = pyshacl.validate(
        graph, shacl_graph=load_shapes(), ont_graph=load_ontology(), inference="none"
    )
    violations = []
    for result in results.subjects(SH.resultSeverity, SH.Violation):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        violations.append(f"{focus} {path or ''}: {message}")
    return ValidationReport(bool(conforms), len(graph), sorted(violations))


def load_graph_file(path: Path) -> Graph:
    """A graph from a Turtle/TriG/N-Triples file or a build folder holding graph.ttl."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.ttl"
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file")
    graph = Graph()
    try:
        graph.parse(path)
    except Exception as err:  # rdflib raises many parser-specific types
        raise GraphError(f"{path}: cannot parse: {err}") from None
    return graph


def validate_file(path: Path) -> ValidationReport:
    return validate_graph(load_graph_file(path))
