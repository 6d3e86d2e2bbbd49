"""Administrative codes and the gazetteer's country → province → city → district links for a graph's places."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import PROV, SKOS

from kg.graph import document_graph, entity_iri, report_iri
from kg.ontology import ID, KG
from kg.places import COUNTRY, admin_triples, place_division
from kg.records import Document, Entity, EntityType, Level, Mention, Report, Sentence
from kg.validate import validate_graph


def _doc(stem: str, place: str, names: list[str]) -> Document:
    """A report of ``place`` whose one sentence names each place in ``names``."""
    text = "、".join(names) + "。"
    entities, start = [], 0
    for name in names:
        mention = Mention(start, start + len(name), name, EntityType.PLACE, 0, name)
        entities.append(Entity(EntityType.PLACE, name, (), (mention,)))
        start += len(name) + 1
    report = Report(stem, text, source=f"{stem}.txt", place=place, level=Level.PROVINCE, year=2025)
    return Document(report, (Sentence(0, 0, len(text), text),), tuple(entities))


def _place(name: str):
    return entity_iri(EntityType.PLACE, name)


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    g += document_graph(_doc("ln-2025", "辽宁省", ["沈河区", "中街", "大连"]))
    g += document_graph(_doc("fj-2025", "福建省", ["鼓楼区", "福建"]))
    g += admin_triples(g)
    return g


def test_places_named_place_gets_its_code(graph):
    assert graph.value(_place("沈河区"), KG.adminCode) == Literal("210103")
    assert graph.value(_place("大连"), KG.adminCode) == Literal("210200")


def test_places_chain_reaches_the_country(graph):
    assert graph.value(_place("沈河区"), KG.locatedIn) == ID["place/沈阳市"]
    assert graph.value(ID["place/沈阳市"], KG.locatedIn) == ID["place/辽宁省"]
    assert graph.value(ID["place/辽宁省"], KG.locatedIn) == COUNTRY
    assert graph.value(COUNTRY, KG.locatedIn) is None


def test_places_minted_ancestor_has_names_code_and_report(graph):
    node = ID["place/沈阳市"]
    assert (node, RDF.type, KG.Division) in graph  # from the gazetteer, not the text: no kg:Place
    assert (node, RDF.type, KG.Place) not in graph
    assert graph.value(node, RDFS.label) == Literal("沈阳市")
    assert graph.value(node, SKOS.altLabel) == Literal("沈阳")
    assert graph.value(node, KG.adminCode) == Literal("210100")
    assert set(graph.objects(node, PROV.wasDerivedFrom)) == {report_iri("ln-2025")}


def test_places_country_node_has_alias_and_no_code(graph):
    assert (COUNTRY, RDF.type, KG.Division) in graph
    assert graph.value(COUNTRY, RDFS.label) == Literal("中国")
    assert graph.value(COUNTRY, SKOS.altLabel) == Literal("中华人民共和国")
    assert graph.value(COUNTRY, KG.adminCode) is None
    assert set(graph.objects(COUNTRY, PROV.wasDerivedFrom)) == {report_iri("ln-2025"), report_iri("fj-2025")}


def test_places_report_region_picks_among_same_names(graph):
    assert graph.value(_place("鼓楼区"), KG.adminCode) == Literal("350102")
    assert graph.value(ID["place/福州市"], KG.locatedIn) == _place("福建")


def test_places_named_ancestor_is_reused_not_minted(graph):
    assert (ID["place/福建省"], None, None) not in graph
    assert graph.value(_place("福建"), KG.adminCode) == Literal("350000")


def test_places_unknown_place_is_left_alone(graph):
    assert graph.value(_place("中街"), KG.adminCode) is None
    assert graph.value(_place("中街"), KG.locatedIn) is None


def test_places_links_carry_no_assertion(graph):
    assert not any(graph.subjects(RDF.subject, _place("沈河区")))


def test_places_result_conforms_to_shapes(graph):
    report = validate_graph(graph)
    assert report.conforms, report.violations[:5]


def test_places_is_deterministic():
    g = document_graph(_doc("ln-2025", "辽宁省", ["沈河区", "大连"]))
    assert set(admin_triples(g)) == set(admin_triples(g))


@pytest.mark.parametrize("names, regions, code", [
    (["沈河区"], [], "210103"),
    (["沈河"], ["辽宁省"], "210103"),
    (["朝阳区"], ["北京市"], "110105"),
    (["朝阳区"], [], None),
    (["和平"], ["辽宁省"], None),
    (["北京"], ["河北省"], "110000"),
])  # fmt: skip
def test_places_division_lookup(names, regions, code):
    found = place_division(names, regions)
    assert (found.code if found else None) == code


def test_places_a_unit_many_share_is_read_inside_the_one_its_report_title_names():
    doc = _doc("hp-2022", "和平区", ["和平区", "南京街"])
    titled = Document(Report(doc.report.stem, doc.report.text, source=doc.report.source, title="2022年沈阳市和平区政府工作报告",
                             place="和平区", level=Level.DISTRICT, year=2022), doc.sentences, doc.entities)
    g = document_graph(titled)
    g += admin_triples(g)
    assert g.value(_place("和平区"), KG.adminCode) == Literal("210102")  # Shenyang's, not Tianjin's
    untitled = document_graph(doc)
    assert admin_triples(untitled).value(_place("和平区"), KG.adminCode) is None
