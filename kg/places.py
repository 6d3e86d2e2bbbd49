"""Administrative codes and the country → province → city → district chain for the places a graph names."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS, XSD

from kg import gazetteer
from kg.gazetteer import Division
from kg.graph import new_graph
from kg.ontology import ID, KG

__all__ = ["COUNTRY", "COUNTRY_ALIAS", "COUNTRY_LABEL", "admin_triples", "place_division"]

COUNTRY_LABEL = "中国"
COUNTRY_ALIAS = "中华人民共和国"
COUNTRY = ID[f"place/{COUNTRY_LABEL}"]
_CERTAIN = Literal("1.0", datatype=XSD.decimal)


def place_division(names: Iterable[str], regions: Iterable[str] = ()) -> Division | None:
    """The one division a place's names denote, read inside each region it is named in.

    A name is looked up inside each region (a report's kg:region) and, where
    that finds nothing, across the country; names that are common words (和平)
    do not count. None when nothing or more than one division is found.

    >>> place_division(["鼓楼区"], ["福建省"]).code
    '350102'
    >>> place_division(["鼓楼区"]) is None, place_division(["鼓楼区"], ["福建省", "河南省"]) is None
    (True, True)
    >>> place_division(["沈河"], ["中国"]).name, place_division(["中街"]) is None
    ('沈河区', True)
    """
    names = [n for n in names if gazetteer.is_place_name(n)]
    scopes = sorted({r for r in regions if r.isdigit() or gazetteer.lookup(r) is not None}) or [None]
    found = set()
    for name in names:
        for scope in scopes:
            d = gazetteer.lookup(name, within=scope) if scope else None
            d = d or gazetteer.lookup(name)
            if d is not None:
                found.add(d)
    return found.pop() if len(found) == 1 else None


def _scope(region: str, title: object) -> str:
    """A report's region as a scope to look names up in: its name, or its code where many units share
    the name and the title tells which (沈阳市和平区 → 210102)."""
    if gazetteer.lookup(region) is not None or title is None:
        return region
    found = gazetteer.lookup_in_title(region, str(title))
    return found.code if found is not None else region


def _reports_of(graph: Graph, node: URIRef) -> set[URIRef]:
    """The reports a node is derived from, directly or through its sentences, or whose kg:place it is."""
    found = set(graph.subjects(KG.place, node))
    for source in graph.objects(node, PROV.wasDerivedFrom):
        report = graph.value(source, KG.inReport)
        if report is not None:
            found.add(report)
        elif (source, RDF.type, KG.Report) in graph:
            found.add(source)
    return found


def admin_triples(graph: Graph) -> Graph:
    """kg:adminCode and the kg:locatedIn chain up to 中国 for every kg:Place the gazetteer knows.

    Each place whose label or alias resolves (see ``place_division``, with the
    regions of the reports it is named in) gets its GB/T 2260 code and a
    kg:locatedIn link to its parent division, each parent to its own, and
    provinces to ``id:place/中国``. A parent the graph has no node for is minted
    as ``id:place/<full name>`` (label the full name, altLabel the short name,
    its code, confidence 1.0) and derived from the reports that name a place
    inside it; so is the country node if missing (label 中国, altLabel
    中华人民共和国, no code: GB/T 2260 has none for the country). These links
    are gazetteer facts, not read from a sentence, so they carry no
    kg:Assertion: a kg:locatedIn without one comes from the gazetteer.
    """
    region_of = {r: _scope(str(v), graph.value(r, RDFS.label))
                 for r, v in graph.subject_objects(KG.region) if (r, RDF.type, KG.Report) in graph}
    by_label: dict[str, URIRef] = {}
    resolved: dict[URIRef, Division] = {}
    sources: dict[URIRef, set[URIRef]] = {}
    for node in sorted(graph.subjects(RDF.type, KG.Place)):
        label = graph.value(node, RDFS.label)
        if label is None:
            continue
        by_label.setdefault(str(label), node)
        reports = _reports_of(graph, node)
        names = [str(label), *sorted(str(a) for a in graph.objects(node, SKOS.altLabel))]
        division = place_division(names, [region_of[r] for r in reports if r in region_of])
        if division is not None:
            resolved[node] = division
            sources[node] = reports

    # one node per division: the place labelled with its full name, else the first that resolves to it
    node_of: dict[str, URIRef] = {}
    for node, division in sorted(resolved.items()):
        node_of.setdefault(division.code, node)
    for node, division in resolved.items():
        if by_label.get(division.name) in resolved and resolved[by_label[division.name]] == division:
            node_of[division.code] = by_label[division.name]

    out = new_graph()
    code_of: dict[URIRef, str] = {n: str(c) for n, c in graph.subject_objects(KG.adminCode)}
    minted_from: dict[URIRef, set[URIRef]] = defaultdict(set)

    def node_for(division: Division) -> URIRef:
        node = node_of.get(division.code) or by_label.get(division.name)
        if node is None:
            node = ID[f"place/{division.name}"]
            out.add((node, RDF.type, KG.Division))
            out.add((node, RDFS.label, Literal(division.name)))
            if division.short_name != division.name:
                out.add((node, SKOS.altLabel, Literal(division.short_name)))
            out.add((node, KG.confidence, _CERTAIN))
        node_of[division.code] = node
        if code_of.setdefault(node, division.code) == division.code:
            out.add((node, KG.adminCode, Literal(division.code)))
        return node

    country_exists = (COUNTRY, RDF.type, KG.Place) in graph
    for node, division in sorted(resolved.items()):
        node_for(division)
        if node != node_of[division.code] and code_of.setdefault(node, division.code) == division.code:
            out.add((node, KG.adminCode, Literal(division.code)))
        child, chain = node, gazetteer.ancestors(division)
        for parent in chain:
            parent_node = node_for(parent)
            out.add((child, KG.locatedIn, parent_node))
            if parent_node not in resolved:
                minted_from[parent_node] |= sources[node]
            child = parent_node
        if child != COUNTRY:
            out.add((child, KG.locatedIn, COUNTRY))
            if not country_exists:
                minted_from[COUNTRY] |= sources[node]

    if minted_from.get(COUNTRY) or country_exists:
        out.add((COUNTRY, SKOS.altLabel, Literal(COUNTRY_ALIAS)))
        if not country_exists:
            out.add((COUNTRY, RDF.type, KG.Division))
            out.add((COUNTRY, RDFS.label, Literal(COUNTRY_LABEL)))
            out.add((COUNTRY, KG.confidence, _CERTAIN))
    for node, reports in minted_from.items():
        if (node, RDF.type, KG.Place) not in graph:
            for report in reports:
                out.add((node, PROV.wasDerivedFrom, report))
    return out
