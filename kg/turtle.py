"""Deterministic Turtle and TriG text written straight from sorted N-Triples lines, no rdflib Graph in between."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

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


def _subject_blocks(lines: Iterable[str]) -> Iterator[tuple[str, str, int, int]]:
    """(subject, its Turtle block, first line, end) for each subject of sorted N-Triples lines.

    The lines of a subject are adjacent, and so are those of one predicate
    under it, as ``"s p "`` starts each; the ``rdf:type`` objects come first
    (``a …``), the other predicates in line order.
    """
    subject = predicate = None
    start = 0
    typed = ""  # the "a …" part of the current subject's block
    parts: list[str] = []  # its other "predicate objects" parts
    objects: list[str] = []  # the objects of the current predicate
    name, short = _name, _object

    def close() -> None:
        nonlocal typed
        if predicate == _TYPE:
            typed = "a " + ", ".join(objects)
        else:
            parts.append(name(predicate) + " " + _OBJECTS.join(objects))

    def block() -> str:
        if typed:
            parts.insert(0, typed)
        return f"{name(subject)} " + _PREDICATES.join(parts) + " .\n"

    for i, line in enumerate(lines):
        s, p, o = line.split(" ", 2)
        if p != predicate or s != subject:
            if predicate is not None:
                close()
            if s != subject:
                if subject is not None:
                    yield subject, block(), start, i
                subject, start, typed, parts = s, i, "", []
            predicate, objects = p, []
        o = o.rstrip()[:-2]
        objects.append(o if o[-1] != ">" else short(o))  # a plain or language-tagged literal stays as it is
    if subject is not None:
        close()
        yield subject, block(), start, len(lines)


_OBJECTS = ",\n        "
_PREDICATES = " ;\n    "


def _indented(block: str) -> str:
    """A Turtle block as it stands inside a TriG graph: every line four spaces in."""
    return "    " + block[:-1].replace("\n", "\n    ") + "\n"


def _blocks(lines: Iterable[str], indent: str) -> Iterator[str]:
    """One Turtle block per subject of sorted N-Triples lines, each line led by ``indent`` ("" or four spaces)."""
    for _, block, _, _ in _subject_blocks(lines):
        yield _indented(block) if indent else block


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


def trig_chunks(graphs: Iterable[tuple[str, Sequence[str]]], shared: SharedBlocks | None = None) -> Iterator[str]:
    """TriG text of named graphs, each given as (graph IRI, its sorted N-Triples lines), in pieces.

    With ``shared``, each subject's block is kept there as it goes by, for
    :meth:`SharedBlocks.turtle_chunks` to write the union from.
    """
    yield _header()
    for name, lines in graphs:
        yield f"<{name}> {{\n"
        for i, (subject, block, start, end) in enumerate(_subject_blocks(lines)):
            if shared is not None:
                shared.add(subject, block, lines, start, end)
            yield "\n" + _indented(block) if i else _indented(block)
        yield "}\n\n"


_CONFIDENCE = "> <https://w3id.org/govkg/ontology#confidence> "


def one_confidence(lines: list[str]) -> list[str]:
    """Sorted N-Triples lines with one kg:confidence per subject, the highest: an entity several reports name
    carries each report's confidence in its own graph, and the best of them in the union.

    >>> c = '<x> <https://w3id.org/govkg/ontology#confidence> "0.{}"^^<d> .'
    >>> one_confidence(sorted([c.format(7), c.format(9), '<y> <p> "1" .']))
    ['<x> <https://w3id.org/govkg/ontology#confidence> "0.9"^^<d> .', '<y> <p> "1" .']
    """
    out: list[str] = []
    for line in lines:
        cut = line.find(_CONFIDENCE)
        if cut > 0 and out and out[-1].startswith(line[:cut + len(_CONFIDENCE)]):
            if _decimal_of(line) > _decimal_of(out[-1]):
                out[-1] = line
            continue
        out.append(line)
    return out


def _decimal_of(line: str) -> float:
    return float(line.split(_CONFIDENCE, 1)[1].split('"')[1])


class SharedBlocks:
    """The subject blocks of named graphs, from which the Turtle of their union is written without
    reading its lines again.

    A subject in one graph only has the same block in the union; one in
    several (an entity named by many reports, a figure the derived graph
    adds to) is written again from the lines all its graphs give it.

    >>> shared = SharedBlocks()
    >>> a = ['<urn:x:a> <urn:x:p> "1" .\\n', '<urn:x:b> <urn:x:p> "2" .\\n']
    >>> b = ['<urn:x:a> <urn:x:p> "1" .\\n', '<urn:x:a> <urn:x:q> "3" .\\n']
    >>> _ = list(trig_chunks([("urn:g:1", a), ("urn:g:2", b)], shared))
    >>> "".join(shared.turtle_chunks()) == turtle(sorted(set(a + b)))
    True
    """

    def __init__(self) -> None:
        self._first: dict[str, tuple[str, Sequence[str], int, int]] = {}  # block, and where its lines are
        self._more: dict[str, list[str]] = {}  # the lines other graphs give a subject seen before

    def add(self, subject: str, block: str, lines: Sequence[str], start: int, end: int) -> None:
        """Note the block ``subject`` has in a graph whose ``lines[start:end]`` are the subject's."""
        if subject not in self._first:
            self._first[subject] = (block, lines, start, end)
        else:
            self._more.setdefault(subject, []).extend(lines[start:end])

    def turtle_chunks(self) -> Iterator[str]:
        """The Turtle of the union of the graphs seen, in pieces, as :func:`turtle_chunks` writes it.

        Subjects sort as their lines do: a subject ends at its ``>`` (or,
        for a blank node, the space after it), which no other character of
        a line sorts below.
        """
        yield _header()
        for i, subject in enumerate(sorted(self._first)):
            block, lines, start, end = self._first[subject]
            more = self._more.get(subject)
            if more is not None:
                ((_, block, _, _),) = _subject_blocks(one_confidence(sorted(set(more).union(lines[start:end]))))
            yield "\n" + block if i else block
