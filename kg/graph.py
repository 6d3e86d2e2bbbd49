"""Map extracted documents into RDF under the govkg ontology, with IRIs minted from content."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal
from urllib.parse import quote

from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS, XSD

from kg.ontology import ID, KG
from kg.records import Document, EntityType, Predicate, Quantity

PREFIXES = {"kg": KG._NS, "id": ID, "prov": PROV, "skos": SKOS, "rdfs": RDFS, "xsd": XSD}
ENTITY_CLASS = {t: KG[t.value] for t in EntityType}
REPORT_GRAPH = Namespace(str(ID) + "graph/")


def slug(name: str) -> str:
    """An IRI path segment that keeps CJK characters and escapes ASCII punctuation.

    >>> slug("满堂河、辉山明渠综合治理"), slug("a b/c"), slug("“万人进万企”主题活动")
    ('满堂河、辉山明渠综合治理', 'a%20b%2Fc', '%E2%80%9C万人进万企%E2%80%9D主题活动')
    """
    out = []
    for ch in name:
        if ch.isascii():
            out.append(ch if ch.isalnum() or ch in "-_." else quote(ch, safe=""))
        elif ch.isalnum() or "\u4e00" <= ch <= "\u9fff" or ch in "、·":
            out.append(ch)
        else:
            out.append(quote(ch, safe=""))
    return "".join(out)


def entity_iri(kind: EntityType, name: str) -> URIRef:
    return ID[f"{kind.value.lower()}/{slug(name)}"]


def report_iri(stem: str) -> URIRef:
    return ID[f"report/{slug(stem)}"]


def sentence_iri(stem: str, index: int) -> URIRef:
    return ID[f"report/{slug(stem)}/sentence/{index}"]


def figure_iri(stem: str, q: Quantity) -> URIRef:
    return ID[f"report/{slug(stem)}/figure/{q.start}-{q.end}-{slug(q.value_text)}"]


def _decimal(x: float | Decimal) -> Literal:
    """An xsd:decimal in the lexical form Turtle writes and reads back (52000000000.0, 0.85).

    >>> _decimal(Decimal("52000000000")), _decimal(0.85)
    (rdflib.term.Literal('52000000000.0', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal')), rdflib.term.Literal('0.85', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal')))
    """
    value = x if isinstance(x, Decimal) else Decimal(str(round(float(x), 4)))
    text = format(value, "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


def _year(y: int) -> Literal:
    return Literal(f"{y:04d}", datatype=XSD.gYear)


def new_graph() -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    return graph


def document_graph(doc: Document) -> Graph:
    """The triples of one report."""
    g = new_graph()
    report, stem = doc.report, doc.report.stem
    r = report_iri(stem)
    g.add((r, RDF.type, KG.Report))
    if report.title:
        g.add((r, RDFS.label, Literal(report.title)))
    g.add((r, KG.level, Literal(report.level.value)))
    if report.date:
        g.add((r, KG.date, Literal(report.date, datatype=XSD.date)))
    if report.year:
        g.add((r, KG.year, _year(report.year)))
    if report.source:
        g.add((r, KG.sourceFile, Literal(report.source)))
    if report.content_hash:
        g.add((r, KG.contentHash, Literal(report.content_hash)))
    if report.place:
        g.add((r, KG.region, Literal(report.place)))

    for s in doc.sentences:
        node = sentence_iri(stem, s.index)
        g.add((node, RDF.type, KG.Sentence))
        g.add((node, KG.inReport, r))
        g.add((node, KG.index, Literal(s.index)))
        g.add((node, KG.start, Literal(s.start)))
        g.add((node, KG.end, Literal(s.end)))
        g.add((node, KG.text, Literal(s.text)))
        if s.section:
            g.add((node, KG.section, Literal(s.section)))
        if s.subsection:
            g.add((node, KG.subsection, Literal(s.subsection)))

    entity_nodes: dict[tuple[EntityType, str], URIRef] = {}
    for e in doc.entities:
        node = entity_iri(e.type, e.name)
        entity_nodes[(e.type, e.name)] = node
        g.add((node, RDF.type, ENTITY_CLASS[e.type]))
        g.add((node, RDFS.label, Literal(e.name)))
        for alias in e.aliases:
            g.add((node, SKOS.altLabel, Literal(alias)))
        g.add((node, KG.confidence, _decimal(e.confidence)))
        sources = {m.sentence for m in e.mentions if m.sentence >= 0}
        for index in sources:
            g.add((node, PROV.wasDerivedFrom, sentence_iri(stem, index)))
        if not sources:
            g.add((node, PROV.wasDerivedFrom, r))
        for m in e.mentions:
            if m.sentence < 0:
                continue
            mention = ID[f"report/{slug(stem)}/mention/{m.start}-{m.end}-{e.type.value.lower()}"]
            g.add((mention, RDF.type, KG.Mention))
            g.add((mention, KG.mentionOf, node))
            g.add((mention, KG.inSentence, sentence_iri(stem, m.sentence)))
            g.add((mention, KG.start, Literal(m.start)))
            g.add((mention, KG.end, Literal(m.end)))
            g.add((mention, KG.text, Literal(m.text)))
            g.add((mention, KG.confidence, _decimal(m.confidence)))

    if report.issuer and (EntityType.ORGANIZATION, report.issuer) in entity_nodes:
        g.add((r, KG.issuer, entity_nodes[(EntityType.ORGANIZATION, report.issuer)]))
    if report.place and (EntityType.PLACE, report.place) in entity_nodes:
        g.add((r, KG.place, entity_nodes[(EntityType.PLACE, report.place)]))
    if report.speaker and (EntityType.PERSON, report.speaker) in entity_nodes:
        g.add((r, KG.speaker, entity_nodes[(EntityType.PERSON, report.speaker)]))

    figure_nodes: dict[str, URIRef] = {}
    for q in doc.quantities:
        node = figure_iri(stem, q)
        figure_nodes[q.key] = node
        g.add((node, RDF.type, KG.Target if q.kind.value == "target" else KG.Achievement))
        g.add((node, KG.indicator, Literal(q.indicator)))
        g.add((node, KG.value, _decimal(q.value)))
        g.add((node, KG.unit, Literal(q.unit)))
        g.add((node, KG.comparator, KG[q.comparator.value]))
        g.add((node, KG.period, Literal(q.period)))
        start, _, end = q.period.partition("-")
        g.add((node, KG.periodStart, _year(int(start))))
        g.add((node, KG.periodEnd, _year(int(end or start))))
        g.add((node, KG.evidenceText, Literal(q.evidence)))
        g.add((node, KG.start, Literal(q.start)))
        g.add((node, KG.end, Literal(q.end)))
        g.add((node, KG.confidence, _decimal(q.confidence)))
        g.add((node, PROV.wasDerivedFrom, sentence_iri(stem, q.sentence)))

    for rel in doc.relations:
        if rel.predicate is Predicate.CONCERNS:
            subject = figure_nodes.get(rel.subject)
        else:
            subject = entity_nodes.get((rel.subject_type, rel.subject))
        obj = entity_nodes.get((rel.object_type, rel.object))
        if subject is None or obj is None:
            continue
        predicate = KG[rel.predicate.value]
        g.add((subject, predicate, obj))
        digest = hashlib.sha1(f"{subject} {predicate} {obj} {rel.sentence}".encode()).hexdigest()[:16]
        assertion = ID[f"report/{slug(stem)}/assertion/{digest}"]
        g.add((assertion, RDF.type, KG.Assertion))
        g.add((assertion, RDF.subject, subject))
        g.add((assertion, RDF.predicate, predicate))
        g.add((assertion, RDF.object, obj))
        g.add((assertion, KG.confidence, _decimal(rel.confidence)))
        g.add((assertion, PROV.wasDerivedFrom, sentence_iri(stem, rel.sentence) if rel.sentence >= 0 else r))
    return g


def to_dataset(docs: Iterable[Document]) -> Dataset:
    """Each report's triples in its own named graph ``id:graph/<stem>``."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    for doc in docs:
        named = ds.graph(REPORT_GRAPH[slug(doc.report.stem)])
        for triple in document_graph(doc):
            named.add(triple)
    return ds


def to_graph(docs: Iterable[Document]) -> Graph:
    """The union of every report's triples in one graph."""
    g = new_graph()
    for doc in docs:
        for triple in document_graph(doc):
            g.add(triple)
    return g
