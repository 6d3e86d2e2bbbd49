"""Tests for the closed vocabulary, the OWL ontology and the SHACL shapes."""
from __future__ import annotations

import pyshacl
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SH, Graph, Literal, URIRef

import kg
from kg.ontology import ID, KG, load_ontology, load_shapes, ontology_path

# SPARQL-style declarations, valid in both Turtle and SPARQL Update.
PREFIXES = """
BASE   <https://w3id.org/govkg/id/>
PREFIX kg:   <https://w3id.org/govkg/ontology#>
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

# A small graph that follows docs/graph-model.md.
CONFORMING = PREFIXES + """
<report/shenhe-2022> a kg:Report ;
    rdfs:label "2022年沈阳市沈河区政府工作报告" ;
    kg:issuer <organization/沈河区人民政府> ;
    kg:place <place/沈河区> ;
    kg:level "district" ;
    kg:date "2021-12-06"^^xsd:date ;
    kg:year "2022"^^xsd:gYear ;
    kg:speaker <person/林宇航> ;
    kg:sourceFile "shenhe-2022.txt" ;
    kg:contentHash "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" .

<report/shenhe-2022/sentence/12> a kg:Sentence ;
    kg:inReport <report/shenhe-2022> ;
    kg:index 12 ;
    kg:start 1043 ; kg:end 1120 ;
    kg:text "中街步行街改造完成，沈河区地区生产总值完成1062亿元。" ;
    kg:section "一、过去四年工作回顾" .

<place/中街> a kg:Place ;
    rdfs:label "中街" ;
    skos:altLabel "中街步行街" ;
    kg:confidence 0.85 ;
    kg:locatedIn <place/沈河区> ;
    prov:wasDerivedFrom <report/shenhe-2022/sentence/12> .

<place/沈河区> a kg:Place ;
    rdfs:label "沈河区" ;
    kg:adminCode "210103" ;
    kg:confidence 1.0 ;
    prov:wasDerivedFrom <report/shenhe-2022> , <report/shenhe-2022/sentence/12> .

<organization/沈河区人民政府> a kg:Organization ;
    rdfs:label "沈河区人民政府" ;
    kg:confidence 1.0 ;
    kg:locatedIn <place/沈河区> ;
    kg:responsibleFor <project/中街步行街改造> ;
    prov:wasDerivedFrom <report/shenhe-2022> .

<organization/沈河区商务局> a kg:Organization ;
    rdfs:label "沈河区商务局" ;
    kg:confidence 0.7 ;
    kg:partOf <organization/沈河区人民政府> ;
    prov:wasDerivedFrom <report/shenhe-2022/sentence/12> .

<project/中街步行街改造> a kg:Project ;
    rdfs:label "中街步行街改造" ;
    kg:confidence 0.8 ;
    prov:wasDerivedFrom <report/shenhe-2022/sentence/12> .

<person/林宇航> a kg:Person ;
    rdfs:label "林宇航" ;
    kg:confidence 1.0 ;
    prov:wasDerivedFrom <report/shenhe-2022> .

<report/shenhe-2022/mention/1043-1045> a kg:Mention ;
    kg:mentionOf <place/中街> ;
    kg:inSentence <report/shenhe-2022/sentence/12> ;
    kg:start 1043 ; kg:end 1045 ; kg:text "中街" ;
    kg:confidence 0.85 .

<report/shenhe-2022/figure/1100-1114> a kg:Achievement ;
    kg:indicator "地区生产总值" ;
    kg:value 106200000000.0 ;
    kg:unit "元" ;
    kg:comparator kg:eq ;
    kg:period "2021" ;
    kg:periodStart "2021"^^xsd:gYear ; kg:periodEnd "2021"^^xsd:gYear ;
    kg:evidenceText "地区生产总值完成1062亿元" ;
    kg:start 1100 ; kg:end 1114 ;
    kg:confidence 0.9 ;
    kg:concerns <place/沈河区> ;
    prov:wasDerivedFrom <report/shenhe-2022/sentence/12> .

<report/shenhe-2022/figure/1060-1072> a kg:Target ;
    kg:indicator "地区生产总值" ;
    kg:value 100000000000.0 ;
    kg:unit "元" ;
    kg:comparator kg:ge ;
    kg:period "2018-2021" ;
    kg:periodStart "2018"^^xsd:gYear ; kg:periodEnd "2021"^^xsd:gYear ;
    kg:evidenceText "地区生产总值不低于1000亿元" ;
    kg:start 1060 ; kg:end 1072 ;
    kg:confidence 0.8 ;
    kg:outcome <report/shenhe-2022/figure/1100-1114> ;
    kg:status kg:met ;
    kg:gap 6200000000.0 ;
    prov:wasDerivedFrom <report/shenhe-2022/sentence/12> .

<report/shenhe-2022/assertion/0123456789abcdef> a kg:Assertion ;
    rdf:subject <place/中街> ; rdf:predicate kg:locatedIn ; rdf:object <place/沈河区> ;
    kg:confidence 0.7 ;
    prov:wasDerivedFrom <report/shenhe-2022/sentence/12> .
"""

PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")

# SPARQL updates that each break one rule, and the result paths they must report.
BROKEN = {
    "figure without value": (
        "DELETE WHERE { <report/shenhe-2022/figure/1100-1114> kg:value ?v }",
        {KG.value},
    ),
    "value as a double": (
        """DELETE { ?f kg:value ?v } INSERT { ?f kg:value "1.062e11"^^xsd:double }
           WHERE { BIND(<report/shenhe-2022/figure/1100-1114> AS ?f) ?f kg:value ?v }""",
        {KG.value},
    ),
    "comparator not in the list": (
        """DELETE { ?f kg:comparator ?c } INSERT { ?f kg:comparator kg:met }
           WHERE { BIND(<report/shenhe-2022/figure/1100-1114> AS ?f) ?f kg:comparator ?c }""",
        {KG.comparator},
    ),
    "period of two digits": (
        """DELETE { ?f kg:period ?p } INSERT { ?f kg:period "22" }
           WHERE { BIND(<report/shenhe-2022/figure/1060-1072> AS ?f) ?f kg:period ?p }""",
        {KG.period},
    ),
    "figure without evidence": (
        "DELETE WHERE { <report/shenhe-2022/figure/1060-1072> kg:evidenceText ?t }",
        {KG.evidenceText},
    ),
    "status not an outcome status": (
        """DELETE { ?f kg:status ?s } INSERT { ?f kg:status kg:eq }
           WHERE { BIND(<report/shenhe-2022/figure/1060-1072> AS ?f) ?f kg:status ?s }""",
        {KG.status},
    ),
    "entity without label": (
        "DELETE WHERE { <place/中街> rdfs:label ?l }",
        {RDFS.label},
    ),
    "entity with two labels": (
        'INSERT DATA { <person/林宇航> rdfs:label "林市长" }',
        {RDFS.label},
    ),
    "entity without provenance": (
        "DELETE WHERE { <project/中街步行街改造> prov:wasDerivedFrom ?s }",
        {PROV_DERIVED},
    ),
    "confidence above one": (
        """DELETE { ?e kg:confidence ?c } INSERT { ?e kg:confidence 1.5 }
           WHERE { BIND(<place/中街> AS ?e) ?e kg:confidence ?c }""",
        {KG.confidence},
    ),
    "sentence without offsets": (
        "DELETE WHERE { <report/shenhe-2022/sentence/12> kg:start ?s ; kg:end ?e }",
        {KG.start, KG.end},
    ),
    "sentence ending before it starts": (
        """DELETE { ?s kg:end ?e } INSERT { ?s kg:end 1000 }
           WHERE { BIND(<report/shenhe-2022/sentence/12> AS ?s) ?s kg:end ?e }""",
        {KG.start},
    ),
    "sentence outside any report": (
        "DELETE WHERE { <report/shenhe-2022/sentence/12> kg:inReport ?r }",
        {KG.inReport},
    ),
    "mention without sentence": (
        "DELETE WHERE { <report/shenhe-2022/mention/1043-1045> kg:inSentence ?s }",
        {KG.inSentence},
    ),
    "report with a plain year": (
        """DELETE { ?r kg:year ?y } INSERT { ?r kg:year 2022 }
           WHERE { BIND(<report/shenhe-2022> AS ?r) ?r kg:year ?y }""",
        {KG.year},
    ),
    "located in an organisation": (
        "INSERT DATA { <project/中街步行街改造> kg:locatedIn <organization/沈河区人民政府> }",
        {KG.locatedIn},
    ),
    "part of a place": (
        "INSERT DATA { <organization/沈河区商务局> kg:partOf <place/沈河区> }",
        {KG.partOf},
    ),
    "responsible for a place": (
        "INSERT DATA { <organization/沈河区人民政府> kg:responsibleFor <place/中街> }",
        {KG.responsibleFor},
    ),
    "figure concerning a sentence": (
        """INSERT DATA { <report/shenhe-2022/figure/1100-1114>
                             kg:concerns <report/shenhe-2022/sentence/12> }""",
        {KG.concerns},
    ),
    "assertion without subject": (
        "DELETE WHERE { <report/shenhe-2022/assertion/0123456789abcdef> rdf:subject ?s }",
        {RDF.subject},
    ),
}


def declared_terms(graph: Graph) -> set[URIRef]:
    """The IRIs in the kg: namespace that the ontology types with rdf:type."""
    return {
        s
        for s in graph.subjects(RDF.type, None)
        if isinstance(s, URIRef) and s.startswith("https://w3id.org/govkg/ontology#")
    }


def conforming_graph() -> Graph:
    return Graph().parse(data=CONFORMING, format="turtle")


def broken_graph(update: str) -> Graph:
    graph = conforming_graph()
    graph.update(PREFIXES + update)
    return graph


def validate(graph: Graph, with_ontology: bool = True) -> tuple[bool, Graph]:
    conforms, results, _ = pyshacl.validate(
        graph,
        shacl_graph=load_shapes(),
        ont_graph=load_ontology() if with_ontology else None,
        inference="none",
    )
    return conforms, results


def result_paths(results: Graph) -> set:
    return {results.value(r, SH.resultPath) for r in results.objects(None, SH.result)}


@pytest.mark.parametrize(("name", "kind"), [("govkg.ttl", OWL.Ontology), ("shapes.ttl", SH.NodeShape)])
def test_ontology_files_parse(name, kind):
    graph = Graph().parse(ontology_path(name), format="turtle")
    assert any(graph.subjects(RDF.type, kind))


def test_ontology_path_finds_both_files():
    assert ontology_path().name == "govkg.ttl"
    assert ontology_path("shapes.ttl").is_file()


def test_ontology_path_missing_file_raises():
    with pytest.raises(FileNotFoundError, match="nope.ttl"):
        ontology_path("nope.ttl")


def test_ontology_loaders_are_cached():
    assert load_ontology() is load_ontology()
    assert load_shapes() is load_shapes()


def test_ontology_header_names_version():
    graph = load_ontology()
    ontology = URIRef("https://w3id.org/govkg/ontology")
    assert (ontology, RDF.type, OWL.Ontology) in graph
    assert graph.value(ontology, OWL.versionInfo) == Literal(kg.__version__)


def test_ontology_namespace_matches_file():
    in_file = declared_terms(load_ontology())
    in_code = set(dir(KG))
    assert in_file - in_code == set(), "terms in govkg.ttl missing from KG"
    assert in_code - in_file == set(), "terms in KG missing from govkg.ttl"


@pytest.mark.parametrize("name", ["Tagret", "Comparison", "located_in", "about"])
def test_ontology_unknown_term_raises(name):
    with pytest.raises(AttributeError, match=name):
        getattr(KG, name)
    with pytest.raises(AttributeError, match=name):
        KG[name]


def test_ontology_namespaces_are_distinct():
    assert str(KG.Place) == "https://w3id.org/govkg/ontology#Place"
    assert ID["place/中街"] == URIRef("https://w3id.org/govkg/id/place/中街")


@pytest.mark.parametrize(
    ("term", "kind"),
    [
        (KG.Organization, OWL.Class),
        (KG.Place, OWL.Class),
        (KG.Project, OWL.Class),
        (KG.Person, OWL.Class),
        (KG.Target, OWL.Class),
        (KG.Achievement, OWL.Class),
        (KG.indicator, OWL.DatatypeProperty),
        (KG.value, OWL.DatatypeProperty),
        (KG.unit, OWL.DatatypeProperty),
        (KG.period, OWL.DatatypeProperty),
        (KG.comparator, OWL.ObjectProperty),
        (KG.locatedIn, OWL.ObjectProperty),
        (KG.partOf, OWL.ObjectProperty),
        (KG.responsibleFor, OWL.ObjectProperty),
        (KG.concerns, OWL.ObjectProperty),
    ],
)
def test_ontology_contract_term_has_type(term, kind):
    assert (term, RDF.type, kind) in load_ontology()


@pytest.mark.parametrize("cls", [KG.Organization, KG.Place, KG.Project, KG.Person])
def test_ontology_entity_classes_are_entities(cls):
    assert (cls, RDFS.subClassOf, KG.Entity) in load_ontology()


@pytest.mark.parametrize("cls", [KG.Target, KG.Achievement])
def test_ontology_figure_classes_are_figures(cls):
    assert (cls, RDFS.subClassOf, KG.Figure) in load_ontology()


# rdflib.XSD is an open namespace that warns when the doctest collector probes
# this module's names, so it is reached through the rdflib module.
@pytest.mark.parametrize(
    ("prop", "datatype"),
    [
        (KG.indicator, rdflib.XSD.string),
        (KG.value, rdflib.XSD.decimal),
        (KG.unit, rdflib.XSD.string),
        (KG.period, rdflib.XSD.string),
        (KG.confidence, rdflib.XSD.decimal),
        (KG.year, rdflib.XSD.gYear),
        (KG.date, rdflib.XSD.date),
    ],
)
def test_ontology_datatype_property_range(prop, datatype):
    assert load_ontology().value(prop, RDFS.range) == datatype


@pytest.mark.parametrize("name", ["eq", "ge", "gt", "le", "lt", "approx"])
def test_ontology_comparators_are_individuals(name):
    assert (KG[name], RDF.type, KG.Comparator) in load_ontology()


def test_ontology_every_term_has_english_label_and_comment():
    graph = load_ontology()
    for term in sorted(declared_terms(graph)):
        labels = {label.language for label in graph.objects(term, RDFS.label)}
        comments = {comment.language for comment in graph.objects(term, RDFS.comment)}
        assert "en" in labels, f"{term} has no English rdfs:label"
        assert "en" in comments, f"{term} has no English rdfs:comment"


@pytest.mark.parametrize("with_ontology", [True, False])
def test_ontology_conforming_graph_passes_shapes(with_ontology):
    conforms, results = validate(conforming_graph(), with_ontology=with_ontology)
    assert conforms, results.serialize(format="turtle")


@pytest.mark.parametrize(("update", "paths"), BROKEN.values(), ids=BROKEN.keys())
def test_ontology_broken_graph_fails_shapes(update, paths):
    conforms, results = validate(broken_graph(update))
    assert not conforms
    assert result_paths(results) == paths


@pytest.mark.parametrize("with_ontology", [True, False])
def test_ontology_shapes_reach_figures_with_or_without_ontology(with_ontology):
    graph = broken_graph("DELETE WHERE { <report/shenhe-2022/figure/1100-1114> kg:value ?v }")
    conforms, results = validate(graph, with_ontology=with_ontology)
    assert not conforms
    assert result_paths(results) == {KG.value}


def test_ontology_assertion_needs_its_triple():
    graph = broken_graph("DELETE DATA { <place/中街> kg:locatedIn <place/沈河区> }")
    conforms, results = validate(graph)
    assert not conforms
    components = set(results.objects(None, SH.sourceConstraintComponent))
    assert components == {SH.SPARQLConstraintComponent}


def test_ontology_validation_leaves_data_graph_unchanged():
    graph = conforming_graph()
    before = len(graph)
    validate(graph)
    assert len(graph) == before
