"""Deterministic Turtle and TriG text written straight from sorted N-Triples lines, no rdflib Graph in between."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# Prefixes written at the top of every file; only terms whose local name is a
# plain word are abbreviated (instance IRIs, with their slashes, stay in full).
PREFIXES: dict[str, str] = {
    "kg": "https://w3id.org/govkg/ontology#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD = PREFIXES["xsd"]
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")
_NAMES: dict[str, str] = {}  # vocabulary terms (a few hundred) in their short form
_PREFIX_OF = {namespace: prefix for prefix, namespace in PREFIXES.items()}
assert all(namespace.endswith("#") for namespace in PREFIXES.values())


def _name(iri: str) -> str:
    """``<…ontology#value>`` → ``kg:value``; other IRIs as they are.

    >>> _name("<https://w3id.org/govkg/ontology#value>"), _name("<https://w3id.org/govkg/id/place/x>")
    ('kg:value', '<https://w3id.org/govkg/id/place/x>')
    """
    cached = _NAMES.get(iri)
    if cached is not None:
        return cached
    cut = iri.rfind("#")  # every prefixed namespace ends in "#": other IRIs stay as they are, at once
    prefix = _PREFIX_OF.get(iri[1:cut + 1]) if cut > 0 else None
    if prefix is None or not _LOCAL.fullmatch(iri[cut + 1:-1]):
        return iri
    out = _NAMES[iri] = f"{prefix}:{iri[cut + 1:-1]}"
    return out


def _object(term: str) -> str:
    """An N-Triples object in its Turtle short form.

    >>> _object('"12"^^<http://www.w3.org/2001/XMLSchema#integer>'), _object('"0.85"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    ('12', '0.85')
    >>> _object('"2022"^^<http://www.w3.org/2001/XMLSchema#gYear>')
    '"2022"^^xsd:gYear'
    """
    if term[0] == "<":
        return _name(term)
    if term[-1] != ">":
        return term
    cut = term.rindex("^^<")
    lexical, datatype = term[1:cut - 1], term[cut + 3:-1]
    if datatype == _XSD + "integer" and _INTEGER.fullmatch(lexical):
        return lexical
    if datatype == _XSD + "decimal" and _DECIMAL.fullmatch(lexical):
        return lexical
    return f"{term[:cut]}^^{_name(term[cut + 2:])}"


def _blocks(lines: Iterable[str], indent: str) -> Iterator[str]:
    """One Turtle block per subject of sorted N-Triples lines (lines of a subject are adjacent)."""
    subject = None
    predicates: dict[str, list[str]] = {}

    def block() -> str:
        parts = []
        if _TYPE in predicates:
            parts.append("a " + ", ".join(predicates.pop(_TYPE)))
        parts += [f"{_name(p)} " + f",\n{indent}        ".join(objects) for p, objects in predicates.items()]
        return f"{indent}{_name(subject)} " + f" ;\n{indent}    ".join(parts) + " .\n"

    for line in lines:
        s, _, rest = line.partition(" ")
        p, _, o = rest.partition(" ")
        if s != subject:
            if subject is not None:
                yield block()
            subject, predicates = s, {}
        predicates.setdefault(p, []).append(_object(o.rstrip()[:-2]))
    if subject is not None:
        yield block()


def _header() -> str:
    return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in PREFIXES.items()) + "\n"


def turtle(lines: Iterable[str]) -> str:
    """Turtle text of sorted, distinct N-Triples lines (``<s> <p> o .``).

    >>> print(turtle(['<urn:x:a> <http://www.w3.org/2000/01/rdf-schema#label> "甲" .\\n',
    ...               '<urn:x:a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/govkg/ontology#Place> .\\n']).splitlines()[-2:])
    ['<urn:x:a> a kg:Place ;', '    rdfs:label "甲" .']
    """
    return "".join(turtle_chunks(lines))


def turtle_chunks(lines: Iterable[str]) -> Iterator[str]:
    """:func:`turtle` in pieces, to write a big graph without holding its text."""
    yield _header()
    for i, block in enumerate(_blocks(lines, "")):
        yield "\n" + block if i else block


def trig_chunks(graphs: Iterable[tuple[str, Iterable[str]]]) -> Iterator[str]:
    """TriG text of named graphs, each given as (graph IRI, its sorted N-Triples lines), in pieces."""
    yield _header()
    for name, lines in graphs:
        yield f"<{name}> {{\n"
        for i, block in enumerate(_blocks(lines, "    ")):
            yield "\n" + block if i else block
        yield "}\n\n"


def trig(graphs: Iterable[tuple[str, Iterable[str]]]) -> str:
    """TriG text of named graphs, each given as (graph IRI, its sorted N-Triples lines)."""
    return "".join(trig_chunks(graphs))
