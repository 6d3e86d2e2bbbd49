"""Facts derived across reports once the union is built: indicator concepts, targets met or missed, the administrative hierarchy."""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph

_KG = "https://w3id.org/govkg/ontology#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
# The predicates the derivations read; everything else (sentence text, mentions, relation evidence) is left out,
# so a corpus loads in seconds.
_READ = frozenset(
    [f"<{_KG}{name}>" for name in (
        "indicator", "value", "unit", "comparator", "period", "region", "year", "evidenceText", "inReport",
        "place", "start", "adminCode", "level")]
    + [f"<{_RDF}type>", "<http://www.w3.org/2000/01/rdf-schema#label>",
       "<http://www.w3.org/2004/02/skos/core#altLabel>", "<http://www.w3.org/ns/prov#wasDerivedFrom>"])


_IN_REPORT = f"<{_KG}inReport>"


def _read(line: str) -> bool:
    subject, _, rest = line.partition(" ")
    predicate = rest[:rest.find(" ")]
    if "/sentence/" in subject:
        return predicate == _IN_REPORT  # a sentence matters only for the report it leads to
    return predicate in _READ and "/mention/" not in subject and "/assertion/" not in subject


def read_lines(lines: Iterable[str]) -> list[str]:
    """The lines the derivations read, in their order."""
    return [line for line in lines if _read(line)]


def derive_lines(lines: list[str], read: list[str] | None = None) -> list[str]:
    """The derivations over N-Triples lines of the union; the result as sorted N-Triples lines.

    The slice the derivations read (``read``, when the caller has it: the
    :func:`read_lines` of the sorted union) is held in an in-memory Oxigraph
    store behind rdflib's API (:func:`kg.store.lines_graph`).
    """
    from kg.places import admin_triples
    from kg.tracking import link_targets, measure_triples

    from kg.store import lines_graph

    graph = lines_graph(read if read is not None else read_lines(lines))
    derived = Graph()
    measures = measure_triples(graph)
    derived += measures
    graph += measures  # link_targets reads the indicator links just made
    derived += link_targets(graph)
    derived += admin_triples(graph)
    out = derived.serialize(format="nt11", encoding="utf-8").decode("utf-8")
    return sorted({line + "\n" for line in out.splitlines() if line.strip()})
