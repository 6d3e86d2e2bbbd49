"""Link each target to the indicator it measures and to the result a later report gives for it."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS, XSD

from kg.graph import new_graph
from kg.indicators import NAMESPACE, Concept, concepts, match_indicator
from kg.ontology import KG
from kg.store import select

__all__ = [
    "CEILINGS", "PERCENT_TOLERANCE", "RELATIVE_TOLERANCE",
    "indicator_concept", "link_targets", "measure_triples", "status_of",
]  # fmt: skip

PERCENT_TOLERANCE = Decimal("0.5")  # percentage points, for eq/approx targets in %
RELATIVE_TOLERANCE = Decimal("0.05")  # share of the target value, for eq/approx targets in other units
CEILINGS = frozenset({
    "cpi", "unemployment-rate", "registered-unemployment-rate", "deficit", "deficit-ratio",
    "pm25", "workplace-deaths",
})  # fmt: skip
"""Indicators whose eq/approx targets are ceilings: a lower result meets them (CPI 3%左右, result 0.2%)."""
OTHER_SPAN = re.compile(r"年均|每年|累计|五年|年平均|上半年|前三季度|[一二三四]季度")
"""Words in a result's evidence that put it in a span other than one year (an average, a total, a quarter)."""
DECLINE = re.compile(r"下降|减少|回落|负增长")
CHANGE = re.compile(r"增长|增速|增幅|下降|减少|回落")


@dataclass(frozen=True)
class _Figure:
    node: URIRef
    indicator: str
    value: Decimal
    unit: str
    comparator: str
    period: str
    start: int
    report: URIRef
    evidence: str
    measures: str | None = None  # the indicator concept's IRI, once measure_triples has run


def _decimal(value: Decimal) -> Literal:
    """An xsd:decimal in the lexical form the rest of the graph uses.

    >>> str(_decimal(Decimal("0.40"))), str(_decimal(Decimal("-3"))), str(_decimal(Decimal("1E+2")))
    ('0.4', '-3.0', '100.0')
    """
    text = format(value.normalize(), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


_FIGURES = """
SELECT ?f ?value ?report ?comparator ?indicator ?unit ?period ?start ?evidence ?measures WHERE {
  ?f a <%s> ; kg:value ?value ; prov:wasDerivedFrom ?sentence .
  ?sentence kg:inReport ?report .
  OPTIONAL { ?f kg:comparator ?comparator } OPTIONAL { ?f kg:indicator ?indicator }
  OPTIONAL { ?f kg:unit ?unit } OPTIONAL { ?f kg:period ?period } OPTIONAL { ?f kg:start ?start }
  OPTIONAL { ?f kg:evidenceText ?evidence } OPTIONAL { ?f kg:measures ?measures }
}"""
_INDICATORS = """
SELECT ?f ?indicator ?evidence ?unit WHERE {
  ?f a <%s> ; kg:indicator ?indicator .
  OPTIONAL { ?f kg:evidenceText ?evidence } OPTIONAL { ?f kg:unit ?unit }
}"""


def _figures(graph: Graph, kind: URIRef) -> Iterator[_Figure]:
    """The figures of one class with the fields the tracking reads, in node order (one query, see kg.store.select)."""
    rows: dict[str, tuple] = {}
    for row in select(graph, _FIGURES % kind):
        rows.setdefault(row[0], row)
    for node in sorted(rows):
        _, value, report, comparator, indicator, unit, period, start, evidence, measures = rows[node]
        yield _Figure(
            node=URIRef(node),
            indicator=indicator or "",
            value=Decimal(value),
            unit=unit or "",
            comparator=comparator.removeprefix(str(KG._NS)) if comparator else "eq",
            period=period or "",
            start=int(start or 0),
            report=URIRef(report),
            evidence=evidence or "",
            measures=measures,
        )


def indicator_concept(indicator: str, evidence: str = "", unit: str = "") -> Concept | None:
    """The concept a figure measures: the one its indicator names, or that one's growth
    concept for a % figure whose evidence speaks of a change.

    >>> indicator_concept("进出口总额").notation, indicator_concept("进出口总额", "进出口总额下降2%", "%").notation
    ('foreign-trade', 'foreign-trade-growth')
    """
    found = match_indicator(indicator)
    if found is None or unit != "%" or found.notation.endswith("-growth") or not CHANGE.search(evidence):
        return found
    return concepts().get(f"{found.notation}-growth", found)


def measure_triples(graph: Graph) -> Graph:
    """``kg:measures`` from every figure to the indicator concept it measures (``indicator_concept``).

    The concepts used are typed ``kg:Indicator`` and labelled in the result, so
    the graph validates and reads without ``ontology/indicators.ttl``.
    """
    out = new_graph()
    used = set()
    for kind in (KG.Target, KG.Achievement):
        for node, text, evidence, unit in select(graph, _INDICATORS % kind):
            found = indicator_concept(text, evidence or "", unit or "")
            if found is not None:
                out.add((URIRef(node), KG.measures, URIRef(found.iri)))
                used.add(found.notation)
    scheme = concepts()
    for notation in used:
        c = scheme[notation]
        iri = URIRef(c.iri)
        out.add((iri, RDF.type, KG.Indicator))
        out.add((iri, RDF.type, SKOS.Concept))
        out.add((iri, SKOS.notation, Literal(c.notation)))
        out.add((iri, SKOS.prefLabel, Literal(c.label, lang="zh")))
        out.add((iri, SKOS.prefLabel, Literal(c.label_en, lang="en")))
    return out


def status_of(comparator: str, target: Decimal, result: Decimal, unit: str, ceiling: bool = False,
              result_comparator: str = "eq") -> URIRef:
    """Whether ``result`` meets a target of ``comparator`` ``target`` ``unit``.

    ge/gt/le/lt are read literally; a result itself stated as more than
    (超6.1万家, gt) meets a ge or gt target of the same value. An eq or approx target is met when the
    result is within the tolerance (0.5 percentage point for %, else 5% of the
    target) or beyond it on the good side: higher, or lower for a ceiling
    indicator such as CPI.

    >>> [status_of(c, Decimal(5), Decimal("5.4"), "%").removeprefix(str(KG._NS)) for c in ("ge", "gt", "le", "approx")]
    ['met', 'met', 'missed', 'met']
    >>> status_of("approx", Decimal(5), Decimal("4.4"), "%").removeprefix(str(KG._NS))
    'missed'
    >>> status_of("approx", Decimal(3), Decimal("0.2"), "%", ceiling=True).removeprefix(str(KG._NS))
    'met'
    >>> status_of("eq", Decimal(100), Decimal(96), "万人").removeprefix(str(KG._NS))
    'met'
    >>> status_of("gt", Decimal(61000), Decimal(61000), "家", result_comparator="gt").removeprefix(str(KG._NS))
    'met'
    """
    if comparator == "ge":
        ok = result >= target
    elif comparator == "gt":
        ok = result > target or result == target and result_comparator == "gt"
    elif comparator == "le":
        ok = result <= target
    elif comparator == "lt":
        ok = result < target
    else:
        tolerance = PERCENT_TOLERANCE if unit == "%" else abs(target) * RELATIVE_TOLERANCE
        better = result <= target if ceiling else result >= target
        ok = better or abs(result - target) <= tolerance
    return KG.met if ok else KG.missed


def _signed(figure: _Figure, concept: str) -> Decimal:
    """The figure's value, negative for a growth indicator whose evidence says it fell (投资下降3.3%)."""
    if concept.endswith("-growth") and figure.value > 0 and DECLINE.search(figure.evidence):
        return -figure.value
    return figure.value


def _closeness(a: str, b: str) -> float:
    """How alike two indicator texts are, from 0 to 1.

    >>> _closeness("地区生产总值增长", "地区生产总值增长") > _closeness("地区生产总值增长", "全省地区生产总值增长")
    True
    """
    return SequenceMatcher(None, a, b).ratio()


def link_targets(graph: Graph) -> Graph:
    """Each target's outcome in the report that reviews its year, with status and gap.

    A target for year Y (kg:period "Y", or a span ending Y) in a report of
    region R is checked against the report of R for year Y + 1: among that
    report's achievements for the same period, the same indicator concept
    (kg:measures, or the concept kg:indicator names) and the same unit, the
    one whose indicator text is closest becomes its ``kg:outcome``, with
    ``kg:status`` (kg:met or kg:missed, see ``status_of``) and ``kg:gap``
    (result − target; a growth figure whose evidence says 下降 counts as
    negative). For a one-year target, results whose evidence speaks of
    another span (年均, 累计, 五年, 上半年, …) are left out. If that report states no such figure the status is
    ``kg:noResult``; if the graph holds no report of R for Y + 1, or the
    target's indicator is not in the scheme, the target gets nothing.
    """
    reports: dict[tuple[str, int], list[URIRef]] = defaultdict(list)
    for report in sorted(graph.subjects(RDF.type, KG.Report)):
        region, year = graph.value(report, KG.region), graph.value(report, KG.year)
        if region is not None and year is not None:
            reports[(str(region), int(str(year)[:4]))].append(report)
    region_of = {r: key[0] for key, rs in reports.items() for r in rs}
    year_of = {r: key[1] for key, rs in reports.items() for r in rs}

    def concept(figure: _Figure) -> str | None:
        if figure.measures is not None:
            return figure.measures
        found = indicator_concept(figure.indicator, figure.evidence, figure.unit)
        return found.iri if found else None

    results: dict[tuple[URIRef, str, str, str], list[_Figure]] = defaultdict(list)
    for a in _figures(graph, KG.Achievement):
        if (c := concept(a)) is not None and ("-" in a.period or not OTHER_SPAN.search(a.evidence)):
            results[(a.report, a.period, c, a.unit)].append(a)

    out = new_graph()
    for t in _figures(graph, KG.Target):
        region, c = region_of.get(t.report), concept(t)
        if region is None or c is None or not t.period:
            continue
        end = int(t.period.rpartition("-")[2])
        if year_of[t.report] > end:
            continue  # a target for a year the report itself reviews: not a target we can follow
        reviews = [r for r in reports.get((region, end + 1), []) if r != t.report]
        if not reviews:
            continue
        found = [a for r in reviews for a in results.get((r, t.period, c, t.unit), [])]
        if not found:
            out.add((t.node, KG.status, KG.noResult))
            continue
        best = min(found, key=lambda a: (-_closeness(t.indicator, a.indicator), a.start, str(a.node)))
        ceiling = c.removeprefix(NAMESPACE) in CEILINGS
        goal, reached = _signed(t, c), _signed(best, c)
        out.add((t.node, KG.outcome, best.node))
        out.add((t.node, KG.status, status_of(t.comparator, goal, reached, t.unit, ceiling, best.comparator)))
        out.add((t.node, KG.gap, _decimal(reached - goal)))
    return out
