"""Map extracted documents into RDF under the govkg ontology, with IRIs minted from content."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal
from urllib.parse import quote

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
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


def new_graph() -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    return graph


# N-Triples terms as text: building ~1M triples as rdflib terms and adding them
# to a Graph costs more than extracting them, so a report's triples are written
# straight as N-Triples lines and parsed only where an rdflib Graph is wanted.
_XSD = str(XSD)
_INTEGER = f"<{_XSD}integer>"
_STRING = f"{_XSD}string"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _n(iri: str) -> str:
    return f"<{iri}>"


def _text(value: str) -> str:
    """A plain literal in N-Triples.

    >>> print(_text('他说"好"\\n'))
    "他说\\"好\\"\\n"
    """
    return '"' + value.translate(_ESCAPES) + '"'


def _int(value: int) -> str:
    return f'"{value}"^^{_INTEGER}'


def _typed(lexical: str, datatype: URIRef) -> str:
    return f'"{lexical}"^^<{datatype}>'


def _decimal_text(x: float | Decimal) -> str:
    value = x if isinstance(x, Decimal) else Decimal(str(round(float(x), 4)))
    text = format(value, "f")
    return text if "." in text else text + ".0"


def _decimal(x: float | Decimal) -> Literal:
    """An xsd:decimal in the lexical form Turtle writes and reads back (52000000000.0, 0.85).

    >>> _decimal(Decimal("52000000000")), _decimal(0.85)
    (rdflib.term.Literal('52000000000.0', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal')), rdflib.term.Literal('0.85', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal')))
    """
    return Literal(_decimal_text(x), datatype=XSD.decimal)


def _dec(x: float | Decimal) -> str:
    return _typed(_decimal_text(x), XSD.decimal)


def _year(y: int) -> str:
    return _typed(f"{y:04d}", XSD.gYear)


_A = _n(RDF.type)


def document_ntriples(doc: Document) -> str:
    """The triples of one report as N-Triples text: one line per triple, sorted, no duplicates.

    The lines are the same for the same document in any process, so reports
    built apart can be merged by set union and sorted again.
    """
    lines: set[str] = set()

    def add(s: str, p: str, o: str) -> None:
        lines.add(f"{s} {p} {o} .\n")

    K = {name: _n(KG[name]) for name in (
        "Report", "Sentence", "Mention", "Target", "Achievement", "Assertion", "level", "date", "year", "sourceFile",
        "contentHash", "region", "inReport", "index", "start", "end", "text", "section", "subsection", "confidence",
        "mentionOf", "inSentence", "issuer", "place", "speaker", "indicator", "value", "unit", "comparator",
        "period", "periodStart", "periodEnd", "evidenceText")}
    label, alt, derived = _n(RDFS.label), _n(SKOS.altLabel), _n(PROV.wasDerivedFrom)
    report, stem = doc.report, doc.report.stem
    base = f"{ID}report/{slug(stem)}"
    r = _n(base)

    def sentence(index: int) -> str:
        return f"<{base}/sentence/{index}>"

    add(r, _A, K["Report"])
    if report.title:
        add(r, label, _text(report.title))
    add(r, K["level"], _text(report.level.value))
    if report.date:
        add(r, K["date"], _typed(report.date, XSD.date))
    if report.year:
        add(r, K["year"], _year(report.year))
    if report.source:
        add(r, K["sourceFile"], _text(report.source))
    if report.content_hash:
        add(r, K["contentHash"], _text(report.content_hash))
    if report.place:
        add(r, K["region"], _text(report.place))

    for s in doc.sentences:
        node = sentence(s.index)
        add(node, _A, K["Sentence"])
        add(node, K["inReport"], r)
        add(node, K["index"], _int(s.index))
        add(node, K["start"], _int(s.start))
        add(node, K["end"], _int(s.end))
        add(node, K["text"], _text(s.text))
        if s.section:
            add(node, K["section"], _text(s.section))
        if s.subsection:
            add(node, K["subsection"], _text(s.subsection))

    entity_nodes: dict[tuple[EntityType, str], str] = {}
    for e in doc.entities:
        node = _n(entity_iri(e.type, e.name))
        entity_nodes[(e.type, e.name)] = node
        add(node, _A, _n(ENTITY_CLASS[e.type]))
        add(node, label, _text(e.name))
        for alias in e.aliases:
            add(node, alt, _text(alias))
        add(node, K["confidence"], _dec(e.confidence))
        sources = {m.sentence for m in e.mentions if m.sentence >= 0}
        for index in sources:
            add(node, derived, sentence(index))
        if not sources:
            add(node, derived, r)
        kind = e.type.value.lower()
        for m in e.mentions:
            if m.sentence < 0:
                continue
            mention = f"<{base}/mention/{m.start}-{m.end}-{kind}>"
            add(mention, _A, K["Mention"])
            add(mention, K["mentionOf"], node)
            add(mention, K["inSentence"], sentence(m.sentence))
            add(mention, K["start"], _int(m.start))
            add(mention, K["end"], _int(m.end))
            add(mention, K["text"], _text(m.text))
            add(mention, K["confidence"], _dec(m.confidence))

    for name, kind, link in ((report.issuer, EntityType.ORGANIZATION, "issuer"),
                             (report.place, EntityType.PLACE, "place"),
                             (report.speaker, EntityType.PERSON, "speaker")):
        if name and (kind, name) in entity_nodes:
            add(r, K[link], entity_nodes[(kind, name)])

    figure_nodes: dict[str, str] = {}
    for q in doc.quantities:
        node = _n(figure_iri(stem, q))
        figure_nodes[q.key] = node
        add(node, _A, K["Target"] if q.kind.value == "target" else K["Achievement"])
        add(node, K["indicator"], _text(q.indicator))
        add(node, K["value"], _dec(q.value))
        add(node, K["unit"], _text(q.unit))
        add(node, K["comparator"], _n(KG[q.comparator.value]))
        if q.period:  # none when the report's year is unknown
            add(node, K["period"], _text(q.period))
            start, _, end = q.period.partition("-")
            add(node, K["periodStart"], _year(int(start)))
            add(node, K["periodEnd"], _year(int(end or start)))
        add(node, K["evidenceText"], _text(q.evidence))
        add(node, K["start"], _int(q.start))
        add(node, K["end"], _int(q.end))
        add(node, K["confidence"], _dec(q.confidence))
        add(node, derived, sentence(q.sentence))

    for rel in doc.relations:
        if rel.predicate is Predicate.CONCERNS:
            subject = figure_nodes.get(rel.subject)
        else:
            subject = entity_nodes.get((rel.subject_type, rel.subject))
        obj = entity_nodes.get((rel.object_type, rel.object))
        if subject is None or obj is None:
            continue
        predicate = KG[rel.predicate.value]
        add(subject, _n(predicate), obj)
        digest = hashlib.sha1(f"{subject[1:-1]} {predicate} {obj[1:-1]} {rel.sentence}".encode()).hexdigest()[:16]
        assertion = f"<{base}/assertion/{digest}>"
        add(assertion, _A, K["Assertion"])
        add(assertion, _n(RDF.subject), subject)
        add(assertion, _n(RDF.predicate), _n(predicate))
        add(assertion, _n(RDF.object), obj)
        add(assertion, K["confidence"], _dec(rel.confidence))
        add(assertion, derived, sentence(rel.sentence) if rel.sentence >= 0 else r)
    return "".join(sorted(lines))


def document_graph(doc: Document) -> Graph:
    """The triples of one report as an rdflib Graph."""
    return ntriples_graph(document_ntriples(doc))


def ntriples_graph(data: str | Iterable[str], store: str = "default", turtle_file: str | None = None) -> Graph:
    """An rdflib Graph (our prefixes bound) of N-Triples text or lines, parsed by pyoxigraph.

    ``store="SimpleMemory"`` (rdflib's store without graph contexts) loads
    about twice as fast, for a graph that is only read. With ``turtle_file``
    the triples come from that Turtle file instead of ``data``.
    """
    import pyoxigraph

    graph = Graph(store=store)
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    if turtle_file is not None:
        parsed = pyoxigraph.parse(path=turtle_file, format=pyoxigraph.RdfFormat.TURTLE)
    else:
        text = data if isinstance(data, str) else "".join(data)
        if not text:
            return graph
        parsed = pyoxigraph.parse(input=text.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    iris: dict[str, URIRef] = {}

    def term(node):
        if isinstance(node, pyoxigraph.NamedNode):
            iri = node.value
            found = iris.get(iri)
            if found is None:
                found = iris[iri] = URIRef(iri)
            return found
        if isinstance(node, pyoxigraph.BlankNode):
            return BNode(node.value)
        if node.language:
            return Literal(node.value, lang=node.language)
        datatype = node.datatype.value
        return Literal(node.value) if datatype == _STRING else Literal(node.value, datatype=term(node.datatype))

    graph.addN((term(t.subject), term(t.predicate), term(t.object), graph) for t in parsed)
    return graph


def report_graph_iri(stem: str) -> URIRef:
    """The named graph that holds one report's triples: ``id:graph/<stem>``."""
    return REPORT_GRAPH[slug(stem)]


def to_graph(docs: Iterable[Document]) -> Graph:
    """The union of every report's triples in one graph."""
    lines: set[str] = set()
    for doc in docs:
        lines.update(document_ntriples(doc).splitlines(keepends=True))
    return ntriples_graph("".join(sorted(lines)))
