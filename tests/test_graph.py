import subprocess
import sys

from rdflib import Graph
from rdflib.compare import isomorphic

from kg.graph import document_graph, entity_iri, slug
from kg.ontology import KG
from kg.records import EntityType

from conftest import DATA, MINI, ROOT

GOLDEN = DATA / "mini-report.golden.ttl"


def test_graph_mini_report_matches_golden_graph(mini_document):
    """The golden graph was built once and read through by hand (see tests/data/README.md)."""
    golden = Graph().parse(GOLDEN)
    assert isomorphic(document_graph(mini_document), golden)


def test_graph_entity_iris_are_minted_from_names():
    assert str(entity_iri(EntityType.PLACE, "中街")) == "https://w3id.org/govkg/id/place/中街"
    assert slug("A/B c") == "A%2FB%20c"


def test_graph_uses_only_ontology_terms(mini_document):
    graph = document_graph(mini_document)
    kg_terms = {t for triple in graph for t in triple if str(t).startswith(str(KG._NS))}
    for term in kg_terms:
        assert getattr(KG, str(term).removeprefix(str(KG._NS)))  # raises for an unknown term


def test_graph_every_figure_and_entity_leads_to_a_sentence(mini_document):
    from rdflib.namespace import PROV

    graph = document_graph(mini_document)
    for cls in (KG.Target, KG.Achievement, KG.Place, KG.Project, KG.Organization):
        for node in graph.subjects(predicate=None, object=cls):
            sources = list(graph.objects(node, PROV.wasDerivedFrom))
            assert sources, node
            for source in sources:
                assert (source, None, KG.Sentence) in graph or (source, None, KG.Report) in graph


def test_graph_two_builds_give_byte_identical_turtle(tmp_path):
    """Separate processes, so hash seeds differ."""
    outs = []
    for name in ("a", "b"):
        out = tmp_path / name
        subprocess.run([sys.executable, "-m", "kg", "build", str(MINI), "-o", str(out), "--no-html", "-q"],
                       check=True, cwd=ROOT, capture_output=True, env={"PYTHONHASHSEED": name == "a" and "1" or "2",
                                                                       "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
        outs.append((out / "graph.ttl").read_bytes())
    assert outs[0] == outs[1]
    assert b"@prefix kg:" in outs[0]
