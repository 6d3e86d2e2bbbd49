"""Targets linked to the next year's result: indicator concepts, status, gap, and the target-outcomes query."""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import RDF, Graph, URIRef

from kg.graph import document_graph, figure_iri
from kg.indicators import concept
from kg.ontology import KG
from kg.query import run_query
from kg.records import Comparator, Document, Kind, Level, Quantity, Report, Sentence
from kg.tracking import link_targets, measure_triples, status_of
from kg.validate import validate_graph


def _doc(stem: str, place: str, year: int, figures: list[tuple]) -> Document:
    """A report of ``place`` for ``year`` stating ``figures``: (kind, indicator, value, unit, comparator, period, evidence)."""
    text = "。".join(f[-1] for f in figures) + "。"
    quantities, start = [], 0
    for kind, indicator, value, unit, comparator, period, evidence in figures:
        quantities.append(Quantity(Kind(kind), indicator, Decimal(value), unit, Comparator(comparator), period,
                                   start, start + len(evidence), evidence, 0, value_text=value))
        start += len(evidence) + 1
    report = Report(stem, text, source=f"{stem}.txt", place=place, level=Level.PROVINCE, year=year)
    return Document(report, (Sentence(0, 0, len(text), text),), (), tuple(quantities))


DOCS = {
    "ln-2024": _doc("ln-2024", "辽宁省", 2024, [
        ("target", "地区生产总值增长", "5.5", "%", "approx", "2024", "地区生产总值增长5.5%左右"),
        ("target", "固定资产投资增长", "5", "%", "ge", "2024", "固定资产投资增长5%以上"),
        ("target", "社会消费品零售总额增长", "6", "%", "approx", "2024", "社会消费品零售总额增长6%左右"),
        ("target", "城镇新增就业", "450000", "人", "ge", "2024", "城镇新增就业45万人以上"),
        ("target", "居民消费价格涨幅", "3", "%", "approx", "2024", "居民消费价格涨幅3%左右"),
        ("target", "进出口总额增长", "4", "%", "approx", "2024", "进出口总额增长4%左右"),
    ]),
    "ln-2025": _doc("ln-2025", "辽宁省", 2025, [
        ("achievement", "全省地区生产总值增长", "5.1", "%", "eq", "2024", "全省地区生产总值增长5.1%"),
        ("achievement", "地区生产总值增长", "5.6", "%", "eq", "2024", "地区生产总值增长5.6%"),
        ("achievement", "固定资产投资增长", "3", "%", "eq", "2024", "固定资产投资增长3%"),
        ("achievement", "城镇新增就业", "8", "%", "eq", "2024", "城镇新增就业增长8%"),
        ("achievement", "居民消费价格涨幅", "0.2", "%", "eq", "2024", "居民消费价格涨幅0.2%"),
        ("achievement", "进出口总额", "2", "%", "eq", "2024", "进出口总额下降2%"),
        ("achievement", "进出口总额年均增长", "5", "%", "eq", "2024", "进出口总额年均增长5%"),
        ("target", "地区生产总值增长", "5", "%", "approx", "2025", "地区生产总值增长5%左右"),
    ]),
    "jl-2024": _doc("jl-2024", "吉林省", 2024, [
        ("target", "地区生产总值增长", "6", "%", "approx", "2024", "地区生产总值增长6%左右"),
    ]),
}


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    for doc in DOCS.values():
        g += document_graph(doc)
    g += measure_triples(g)
    g += link_targets(g)
    return g


def _node(stem: str, evidence: str) -> URIRef:
    q = next(q for q in DOCS[stem].quantities if q.evidence == evidence)
    return figure_iri(stem, q)


def test_tracking_figures_measure_their_indicator_concept(graph):
    node = _node("ln-2024", "地区生产总值增长5.5%左右")
    assert graph.value(node, KG.measures) == URIRef(concept("gdp-growth").iri)
    assert (URIRef(concept("gdp-growth").iri), RDF.type, KG.Indicator) in graph


def test_tracking_met_target_links_closest_result_with_gap(graph):
    target = _node("ln-2024", "地区生产总值增长5.5%左右")
    assert graph.value(target, KG.outcome) == _node("ln-2025", "地区生产总值增长5.6%")
    assert graph.value(target, KG.status) == KG.met
    assert graph.value(target, KG.gap).toPython() == Decimal("0.1")


def test_tracking_missed_target(graph):
    target = _node("ln-2024", "固定资产投资增长5%以上")
    assert graph.value(target, KG.status) == KG.missed
    assert graph.value(target, KG.gap).toPython() == Decimal("-2")


def test_tracking_no_result_when_review_report_states_none(graph):
    target = _node("ln-2024", "社会消费品零售总额增长6%左右")
    assert graph.value(target, KG.status) == KG.noResult
    assert graph.value(target, KG.outcome) is None and graph.value(target, KG.gap) is None


def test_tracking_unit_mismatch_is_not_linked(graph):
    target = _node("ln-2024", "城镇新增就业45万人以上")
    assert graph.value(target, KG.outcome) is None
    assert graph.value(target, KG.status) == KG.noResult


def test_tracking_ceiling_indicator_met_below_target(graph):
    assert graph.value(_node("ln-2024", "居民消费价格涨幅3%左右"), KG.status) == KG.met


def test_tracking_decline_is_negative_and_average_is_not_a_one_year_result(graph):
    target = _node("ln-2024", "进出口总额增长4%左右")
    assert graph.value(target, KG.outcome) == _node("ln-2025", "进出口总额下降2%")
    assert graph.value(target, KG.status) == KG.missed
    assert graph.value(target, KG.gap).toPython() == Decimal("-6")


@pytest.mark.parametrize("stem, evidence", [("jl-2024", "地区生产总值增长6%左右"), ("ln-2025", "地区生产总值增长5%左右")])
def test_tracking_no_status_without_review_report(graph, stem, evidence):
    node = _node(stem, evidence)
    assert graph.value(node, KG.status) is None and graph.value(node, KG.outcome) is None


@pytest.mark.parametrize("comparator, target, result, unit, expected", [
    ("ge", "5", "5", "%", KG.met),
    ("gt", "5", "5", "%", KG.missed),
    ("le", "3", "3.1", "%", KG.missed),
    ("lt", "3", "2.9", "%", KG.met),
    ("approx", "5", "4.5", "%", KG.met),
    ("approx", "5", "4.49", "%", KG.missed),
    ("eq", "100", "95", "人", KG.met),
    ("eq", "100", "94", "人", KG.missed),
])  # fmt: skip
def test_tracking_status_by_comparator(comparator, target, result, unit, expected):
    assert status_of(comparator, Decimal(target), Decimal(result), unit) == expected


def test_tracking_is_deterministic():
    g = Graph()
    for doc in DOCS.values():
        g += document_graph(doc)
    g += measure_triples(g)
    first, second = link_targets(g), link_targets(g)
    assert set(first) == set(second) and not any(isinstance(t, type(None)) for t in first)


def test_tracking_result_conforms_to_shapes(graph):
    report = validate_graph(graph)
    assert report.conforms, report.violations[:5]


@pytest.mark.parametrize("params, statuses", [
    ({}, {"met", "missed", "noResult"}),
    ({"status": "met"}, {"met"}),
    ({"region": "辽宁", "year": "2024", "status": "missed"}, {"missed"}),
    ({"region": "吉林"}, set()),
])  # fmt: skip
def test_tracking_target_outcomes_query(graph, params, statuses):
    result = run_query("target-outcomes", graph, params, backend="rdflib")
    col = result.variables.index("status_name")
    assert {str(row[col]) for row in result.rows} == statuses
    if params.get("status") == "met":
        texts = {str(row[result.variables.index("result_text")]) for row in result.rows}
        assert "地区生产总值增长5.6%" in texts
