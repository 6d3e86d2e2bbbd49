"""Tests for kg.store: backends, the on-disk store, loading and exporting."""
from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from kg.errors import GraphError
from kg.query import run_query
from kg.store import BACKENDS, EXPORT_FORMATS, export_graph, is_oxigraph, load_graph, open_store, save_store

MINI = Path(__file__).parent / "data" / "sparql-mini.ttl"


def canonical(graph: Graph) -> Graph:
    """The graph with decimals written one way: Oxigraph keeps 6.0 as 6, rdflib as 6.0."""
    out = Graph()
    for s, p, o in graph.triples((None, None, None)):
        if isinstance(o, Literal) and o.datatype == XSD.decimal:
            o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=XSD.decimal)
        out.add((s, p, o))
    return out


def plain_graph(dataset: Graph) -> Graph:
    graph = Graph()
    graph.parse(data=export_graph(dataset, "nt"), format="nt")
    return canonical(graph)


@pytest.fixture(scope="module")
def reference() -> Graph:
    return canonical(Graph().parse(MINI, format="turtle"))


@pytest.mark.parametrize("backend", list(BACKENDS))
def test_store_load_graph_file_matches_rdflib(backend, reference):
    dataset = load_graph(MINI, backend)
    assert isinstance(dataset, Dataset)
    assert is_oxigraph(dataset) == (backend == "oxigraph")
    assert isomorphic(plain_graph(dataset), reference)


def test_store_unknown_backend_lists_the_valid_ones():
    with pytest.raises(GraphError, match="oxigraph, memory"):
        load_graph(MINI, "postgres")


def test_store_save_and_open_round_trip(tmp_path, reference):
    target = save_store(load_graph(MINI, "memory"), tmp_path / "store")
    assert target == tmp_path / "store"
    store = open_store(target)
    assert isomorphic(plain_graph(store), reference)
    assert [p.name for p in tmp_path.iterdir()] == ["store"]


def test_store_save_replaces_the_old_store(tmp_path):
    save_store(load_graph(MINI), tmp_path / "store")
    small = Graph()
    small.add((URIRef("urn:x:a"), URIRef("urn:x:b"), Literal("c")))
    save_store(small, tmp_path / "store")
    assert len(open_store(tmp_path / "store")) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["store"]


def test_store_failed_save_keeps_the_old_store(tmp_path, monkeypatch):
    save_store(load_graph(MINI), tmp_path / "store")

    class Broken(Graph):
        def serialize(self, *args, **kwargs):
            raise OSError("disk full")

    with pytest.raises(GraphError, match="disk full"):
        save_store(Broken(), tmp_path / "store")
    assert len(open_store(tmp_path / "store")) == 367
    assert [p.name for p in tmp_path.iterdir()] == ["store"]


def test_store_read_only_opens_share_the_store(tmp_path):
    save_store(load_graph(MINI), tmp_path / "store")
    first, second = open_store(tmp_path / "store"), open_store(tmp_path / "store")
    assert len(first) == len(second) == 367


@pytest.mark.parametrize("backend", list(BACKENDS))
def test_store_build_folder_prefers_the_store(tmp_path, backend):
    (tmp_path / "graph.ttl").write_text("<urn:x:a> <urn:x:b> <urn:x:c> .\n", encoding="utf-8")
    assert len(load_graph(tmp_path, backend)) == 1
    save_store(load_graph(MINI), tmp_path / "store")
    dataset = load_graph(tmp_path, backend)
    assert len(dataset) == 367
    assert len(run_query("projects-in-place", dataset, {"place": "沈河区"}).rows) == 3


@pytest.mark.parametrize(
    ("source", "message"),
    [("missing-folder", "no such folder"), ("empty", "holds neither store/"), ("graph.csv", "unknown graph file type")],
)
def test_store_bad_source_raises_graph_error(tmp_path, source, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "graph.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(GraphError, match=message):
        load_graph(tmp_path / source)


def test_store_malformed_file_raises_graph_error(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(GraphError, match="cannot parse"):
        load_graph(bad)


@pytest.mark.parametrize("fmt", list(EXPORT_FORMATS))
def test_store_export_round_trips_and_is_deterministic(fmt, reference):
    data = export_graph(load_graph(MINI), fmt)
    assert data == export_graph(load_graph(MINI), fmt)
    parsed = Dataset()
    parsed.parse(data=data, format={"nt": "nt", "turtle": "turtle", "trig": "trig", "jsonld": "json-ld"}[fmt])
    graph = Graph()
    graph += parsed.triples((None, None, None))
    assert isomorphic(canonical(graph), reference)
    assert b"XMLSchema#string" not in data


def test_store_export_unknown_format_lists_the_valid_ones():
    with pytest.raises(GraphError, match="turtle, nt, trig, jsonld"):
        export_graph(Graph(), "rdfa")


def test_store_queries_run_concurrently(tmp_path):
    save_store(load_graph(MINI), tmp_path / "store")
    store = open_store(tmp_path / "store")
    counts = []
    threads = [threading.Thread(target=lambda: counts.append(len(run_query("targets", store).rows)))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counts == [5] * 8


@pytest.mark.parametrize("backend", BACKENDS)
def test_store_select_reads_turtle_trig_and_the_store_alike(tmp_path, backend):
    from conftest import MINI as REPORT
    from kg.pipeline import build
    from kg.store import select

    out = tmp_path / "out"
    build([REPORT], out, html=False)
    query = "SELECT ?f ?v WHERE { ?f a <https://w3id.org/govkg/ontology#Target> ; <https://w3id.org/govkg/ontology#value> ?v }"
    found = [sorted((f, Decimal(v)) for f, v in select(load_graph(source, backend), query))
             for source in (out / "graph.ttl", out / "graph.trig", out)]
    assert found[0] and found[0] == found[1] == found[2]  # a .trig file holds every triple in a named graph
