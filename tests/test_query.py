"""Tests for kg.query and the named queries, on tests/data/sparql-mini.ttl with both backends."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.cli_sparql import queries as queries_command
from kg.cli_sparql import query as query_command
from kg.errors import QueryError
from kg.queries import named_queries
from kg.query import QueryTimeoutError, format_result, run_query
from kg.store import load_graph

MINI = Path(__file__).parent / "data" / "sparql-mini.ttl"
ID = "https://w3id.org/govkg/id/"
KG = "https://w3id.org/govkg/ontology#"
S22_1 = "现在，我代表沈河区人民政府，向大会报告政府工作。"
S22_3 = "沈阳市沈河区地区生产总值完成1062亿元，一般公共预算收入75亿元。"
S22_5 = "区发改局牵头推进五爱街道五爱市场改造提升工程，完成投资3亿元。"
S22_8 = "今年主要预期目标是：地区生产总值增长6.5%以上，城镇新增就业1.2万人以上。"


def cell(term):
    """A result cell as the expected rows spell it: id:…, kg:…, numbers as Decimal."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term).replace(ID, "id:").replace(KG, "kg:")
    if isinstance(term, Literal) and term.datatype in (XSD.decimal, XSD.integer):
        return Decimal(str(term))
    return str(term)


def rows(result):
    return [tuple(cell(t) for t in row) for row in result.rows]


@pytest.fixture(scope="module", params=["oxigraph", "memory"])
def graph(request):
    return load_graph(MINI, request.param)


D = Decimal
NAMED_CASES = [
    ("targets", {}, [
        ("2022", "id:report/shenhe-2022", "地区生产总值增长", D("6.5"), "%", "kg:ge", "2022", "id:report/shenhe-2022/figure/300-312"),
        ("2022", "id:report/shenhe-2022", "城镇新增就业", D(12000), "人", "kg:ge", "2022", "id:report/shenhe-2022/figure/313-326"),
        ("2023", "id:report/shenhe-2023", "地区生产总值增长", D(6), "%", "kg:approx", "2023", "id:report/shenhe-2023/figure/249-259"),
        ("2023", "id:report/shenhe-2023", "城镇新增就业", D(13000), "人", "kg:ge", "2023", "id:report/shenhe-2023/figure/260-273"),
        ("2023", "id:report/shenhe-2023", "细颗粒物平均浓度", D(35), "微克/立方米", "kg:le", "2023", "id:report/shenhe-2023/figure/274-291"),
    ]),
    ("targets", {"year": "2022"}, [
        ("2022", "id:report/shenhe-2022", "地区生产总值增长", D("6.5"), "%", "kg:ge", "2022", "id:report/shenhe-2022/figure/300-312"),
        ("2022", "id:report/shenhe-2022", "城镇新增就业", D(12000), "人", "kg:ge", "2022", "id:report/shenhe-2022/figure/313-326"),
    ]),
    ("targets", {"report": "shenhe-2023", "year": "2022"}, []),
    ("indicator-history", {"indicator": "就业"}, [
        ("2022", "id:report/shenhe-2022", "kg:Target", "城镇新增就业", D(12000), "人", "kg:ge", "2022", "id:report/shenhe-2022/figure/313-326"),
        ("2023", "id:report/shenhe-2023", "kg:Target", "城镇新增就业", D(13000), "人", "kg:ge", "2023", "id:report/shenhe-2023/figure/260-273"),
    ]),
    ("indicator-history", {"indicator": "地区生产总值"}, [
        ("2022", "id:report/shenhe-2022", "kg:Achievement", "地区生产总值", D(106200000000), "元", "kg:eq", "2021", "id:report/shenhe-2022/figure/101-113"),
        ("2022", "id:report/shenhe-2022", "kg:Target", "地区生产总值增长", D("6.5"), "%", "kg:ge", "2022", "id:report/shenhe-2022/figure/300-312"),
        ("2023", "id:report/shenhe-2023", "kg:Achievement", "地区生产总值", D(110500000000), "元", "kg:eq", "2022", "id:report/shenhe-2023/figure/86-100"),
        ("2023", "id:report/shenhe-2023", "kg:Achievement", "地区生产总值年均增长", D("5.2"), "%", "kg:approx", "2018-2022", "id:report/shenhe-2023/figure/101-112"),
        ("2023", "id:report/shenhe-2023", "kg:Target", "地区生产总值增长", D(6), "%", "kg:approx", "2023", "id:report/shenhe-2023/figure/249-259"),
    ]),
    ("projects-in-place", {"place": "沈阳"}, [
        ("id:project/中街步行街改造工程", "中街步行街改造工程", "id:place/中街", "中街"),
        ("id:project/五爱市场改造提升工程", "五爱市场改造提升工程", "id:place/五爱街道", "五爱街道"),
        ("id:project/地铁六号线沈河段", "地铁六号线沈河段", "id:place/沈河区", "沈河区"),
    ]),
    ("projects-in-place", {"place": "五爱街道"}, [
        ("id:project/五爱市场改造提升工程", "五爱市场改造提升工程", "id:place/五爱街道", "五爱街道"),
    ]),
    ("projects-in-place", {"place": "中街步行街"}, [
        ("id:project/中街步行街改造工程", "中街步行街改造工程", "id:place/中街", "中街"),
    ]),
    ("responsibilities", {}, [
        ("沈河区人民政府", None, "地铁六号线沈河段", "id:organization/沈河区人民政府", "id:project/地铁六号线沈河段"),
        ("沈河区住房和城乡建设局", "沈河区人民政府", "中街步行街改造工程", "id:organization/沈河区住房和城乡建设局", "id:project/中街步行街改造工程"),
        ("沈河区发展和改革局", "沈河区人民政府", "五爱市场改造提升工程", "id:organization/沈河区发展和改革局", "id:project/五爱市场改造提升工程"),
    ]),
    ("top-entities", {}, [
        ("沈河区", "kg:Place", D(9), "id:place/沈河区"),
        ("中街", "kg:Place", D(1), "id:place/中街"),
        ("中街步行街改造工程", "kg:Project", D(1), "id:project/中街步行街改造工程"),
        ("五爱市场改造提升工程", "kg:Project", D(1), "id:project/五爱市场改造提升工程"),
    ]),
    ("top-entities", {"limit": "2"}, [
        ("沈河区", "kg:Place", D(9), "id:place/沈河区"),
        ("中街", "kg:Place", D(1), "id:place/中街"),
    ]),
    ("evidence", {"report": "shenhe-2022"}, [
        ("id:report/shenhe-2022", D(1), "kg:Assertion", "id:organization/沈河区人民政府", "kg:locatedIn", "id:place/沈河区", S22_1, "id:report/shenhe-2022/assertion/7d1f3c0e8e0f2d4b"),
        ("id:report/shenhe-2022", D(3), "kg:Achievement", "id:report/shenhe-2022/figure/101-113", "kg:indicator", "地区生产总值", S22_3, "id:report/shenhe-2022/figure/101-113"),
        ("id:report/shenhe-2022", D(3), "kg:Achievement", "id:report/shenhe-2022/figure/114-125", "kg:indicator", "一般公共预算收入", S22_3, "id:report/shenhe-2022/figure/114-125"),
        ("id:report/shenhe-2022", D(3), "kg:Assertion", "id:place/沈河区", "kg:locatedIn", "id:place/沈阳市", S22_3, "id:report/shenhe-2022/assertion/1000c9754e098de8"),
        ("id:report/shenhe-2022", D(5), "kg:Achievement", "id:report/shenhe-2022/figure/222-230", "kg:indicator", "完成投资", S22_5, "id:report/shenhe-2022/figure/222-230"),
        ("id:report/shenhe-2022", D(5), "kg:Assertion", "id:organization/沈河区发展和改革局", "kg:partOf", "id:organization/沈河区人民政府", S22_5, None),
        ("id:report/shenhe-2022", D(5), "kg:Assertion", "id:organization/沈河区发展和改革局", "kg:responsibleFor", "id:project/五爱市场改造提升工程", S22_5, None),
        ("id:report/shenhe-2022", D(5), "kg:Assertion", "id:place/五爱街道", "kg:locatedIn", "id:place/沈河区", S22_5, None),
        ("id:report/shenhe-2022", D(5), "kg:Assertion", "id:project/五爱市场改造提升工程", "kg:locatedIn", "id:place/五爱街道", S22_5, None),
        ("id:report/shenhe-2022", D(8), "kg:Target", "id:report/shenhe-2022/figure/300-312", "kg:indicator", "地区生产总值增长", S22_8, "id:report/shenhe-2022/figure/300-312"),
        ("id:report/shenhe-2022", D(8), "kg:Target", "id:report/shenhe-2022/figure/313-326", "kg:indicator", "城镇新增就业", S22_8, "id:report/shenhe-2022/figure/313-326"),
    ]),
    ("figures-threshold", {"min": "10", "max": "20000"}, [
        ("城镇新增就业", D(13000), "人", "kg:ge", "2023", "kg:Target", "id:report/shenhe-2023", "id:report/shenhe-2023/figure/260-273"),
        ("城镇新增就业", D(12000), "人", "kg:ge", "2022", "kg:Target", "id:report/shenhe-2022", "id:report/shenhe-2022/figure/313-326"),
        ("细颗粒物平均浓度", D(35), "微克/立方米", "kg:le", "2023", "kg:Target", "id:report/shenhe-2023", "id:report/shenhe-2023/figure/274-291"),
    ]),
    ("figures-threshold", {"indicator": "地区生产总值", "min": "100"}, [
        ("地区生产总值", D(110500000000), "元", "kg:eq", "2022", "kg:Achievement", "id:report/shenhe-2023", "id:report/shenhe-2023/figure/86-100"),
        ("地区生产总值", D(106200000000), "元", "kg:eq", "2021", "kg:Achievement", "id:report/shenhe-2022", "id:report/shenhe-2022/figure/101-113"),
    ]),
    ("figures-threshold", {"unit": "%", "max": "6"}, [
        ("地区生产总值增长", D(6), "%", "kg:approx", "2023", "kg:Target", "id:report/shenhe-2023", "id:report/shenhe-2023/figure/249-259"),
        ("地区生产总值年均增长", D("5.2"), "%", "kg:approx", "2018-2022", "kg:Achievement", "id:report/shenhe-2023", "id:report/shenhe-2023/figure/101-112"),
    ]),
]


@pytest.mark.parametrize(("name", "params", "expected"), NAMED_CASES, ids=lambda v: str(v)[:40])
def test_query_named_rows(graph, name, params, expected):
    got = rows(run_query(name, graph, params))
    if name == "evidence":  # assertion IRIs hash their triple: compare the rest of those rows
        got = [row if row[2] != "kg:Assertion" else row[:-1] + (None,) for row in got]
        expected = [row if row[2] != "kg:Assertion" else row[:-1] + (None,) for row in expected]
    assert got == expected


SAMPLE_VALUES = {"string": "沈河区", "gYear": "2023", "decimal": "1", "integer": "1",
                 "report": "shenhe-2023", "iri": "https://example.org/x"}


def test_query_own_named_queries_have_expected_rows():
    own = {"targets", "indicator-history", "projects-in-place", "responsibilities",
           "top-entities", "evidence", "figures-threshold"}
    assert own <= {case[0] for case in NAMED_CASES} and own <= set(named_queries())


@pytest.mark.parametrize("named", list(named_queries().values()), ids=lambda q: q.name)
def test_query_every_named_query_runs(graph, named):
    params = {p.name: SAMPLE_VALUES[p.type] for p in named.parameters if p.required}
    assert run_query(named.name, graph, params).kind == "SELECT"


@pytest.mark.parametrize("named", list(named_queries().values()), ids=lambda q: q.name)
def test_query_named_headers_are_complete(named):
    assert named.description and not named.description.startswith("#")
    for param in named.parameters:
        assert param.meaning
        if param.name != "limit":
            assert f"?{param.name}" in named.text


def test_query_parameters_are_terms_not_text(graph):
    hostile = '沈河区" } ?s ?p ?o { "'
    assert run_query("projects-in-place", graph, {"place": hostile}).rows == ()


@pytest.mark.parametrize(
    ("query", "params", "message"),
    [
        ("SELECT ?x WHERE {\n  ?x ?y \n}}", None, "line 2, column 3"),
        ("no-such-query", None, "known queries: evidence, figures-threshold"),
        ("indicator-history", None, "needs --param indicator"),
        ("targets", {"year": "twenty"}, "year='twenty'"),
        ("targets", {"colour": "red"}, "its parameters: report, year"),
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", None, "updates are refused"),
        ("DELETE WHERE { ?s ?p ?o }", None, "updates are refused"),
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", None, "SERVICE"),
        ("SELECT ?x WHERE { ?x a nope:Thing }", None, "nope"),
    ],
)
def test_query_bad_input_raises_query_error(graph, query, params, message):
    with pytest.raises(QueryError, match=message.replace("?", r"\?").replace("(", r"\(")):
        run_query(query, graph, params)


def test_query_update_leaves_graph_unchanged(graph):
    before = len(graph)
    with pytest.raises(QueryError):
        run_query("DELETE WHERE { ?s ?p ?o }", graph)
    assert len(graph) == before


def test_query_times_out(graph):
    with pytest.raises(QueryTimeoutError, match="timed out after 0.3 s"):
        run_query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", graph, timeout=0.3)


def test_query_times_out_inside_the_engine():
    graph = load_graph(MINI, "oxigraph")  # one engine call that outlasts the timeout
    with pytest.raises(QueryTimeoutError):
        run_query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g a ?h }", graph, timeout=0.3)


def test_query_row_cap_marks_truncation(graph):
    result = run_query("SELECT ?s WHERE { ?s a kg:Sentence }", graph, max_rows=2)
    assert len(result.rows) == 2 and result.truncated
    assert not run_query("top-entities", graph, {"limit": "2"}).truncated


def test_query_ask_and_construct(graph):
    assert run_query("ASK { ?p kg:locatedIn ?q }", graph).answer is True
    result = run_query("CONSTRUCT { ?o kg:partOf ?p } WHERE { ?o kg:partOf ?p }", graph)
    assert result.kind == "CONSTRUCT" and len(result.graph) == 2
    assert format_result(run_query("ASK { ?p kg:nothing ?q }", graph)) == "false\n"
    assert "kg:partOf" in format_result(result)


def test_query_from_file(graph, tmp_path):
    path = tmp_path / "labels.rq"
    path.write_text("# Labels of places.\n# param: place — a label (required)\n"
                    "SELECT ?p WHERE { VALUES (?place) { (UNDEF) } ?p rdfs:label ?place }\n", encoding="utf-8")
    assert rows(run_query(f"@{path}", graph, {"place": "中街"})) == [("id:place/中街",)]


def test_query_table_aligns_wide_characters(graph):
    text = format_result(run_query("responsibilities", graph), "table")
    lines = text.splitlines()
    assert lines[0].startswith("organization_label      part_of_label")
    assert lines[2].startswith("沈河区人民政府                          地铁六号线沈河段")
    assert lines[3].startswith("沈河区住房和城乡建设局  沈河区人民政府  中街步行街改造工程")
    assert lines[-1] == "(3 rows)"


def test_query_results_formats(graph):
    result = run_query("targets", graph, {"year": "2022"})
    csv_text = format_result(result, "csv")
    assert csv_text.startswith("year,report,indicator,value,unit,comparator,period,figure\r\n2022,")
    assert "https://w3id.org/govkg/ontology#ge" in csv_text
    tsv_lines = format_result(result, "tsv").splitlines()
    assert tsv_lines[0].split("\t")[:3] == ["?year", "?report", "?indicator"]
    assert tsv_lines[1].split("\t")[:3] == [
        '"2022"^^<http://www.w3.org/2001/XMLSchema#gYear>',
        "<https://w3id.org/govkg/id/report/shenhe-2022>",
        '"地区生产总值增长"',
    ]
    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"][0] == "year"
    assert data["results"]["bindings"][0]["indicator"] == {"type": "literal", "value": "地区生产总值增长"}
    assert "<sparql" in format_result(result, "xml")
    with pytest.raises(QueryError, match="table, csv, tsv, json, xml"):
        format_result(result, "yaml")


def test_query_cli_prints_table_and_lists_queries():
    runner = CliRunner()
    result = runner.invoke(query_command, ["targets", "--graph", str(MINI), "-p", "year=2023", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 4 and result.output.startswith("year,report,")
    listing = runner.invoke(queries_command, [])
    for name in named_queries():
        assert f"{name}: " in listing.output
    assert "--param indicator=" in listing.output
