"""Corpus builds: named graphs per report, worker processes, Dask, the incremental cache."""
from __future__ import annotations

import json
import shutil

import pytest

from kg.ontology import ID
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.cache import BuildCache, extractor_version
from kg.cli import main
from kg.graph import REPORT_GRAPH, document_ntriples, to_graph
from kg.outputs import page_graph
from kg.pipeline import build
from kg.store import open_store

from conftest import MINI, SEED


@pytest.fixture()
def folder(tmp_path):
    """The mini report and the seed in a folder tree of their own."""
    root = tmp_path / "reports"
    (root / "a").mkdir(parents=True)
    shutil.copy(MINI, root / "a" / MINI.name)
    shutil.copy(SEED, root / SEED.name)
    return root


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """The same two reports built with one worker and with two."""
    root = tmp_path_factory.mktemp("reports")
    shutil.copy(MINI, root / MINI.name)
    shutil.copy(SEED, root / SEED.name)
    one, two = tmp_path_factory.mktemp("j1"), tmp_path_factory.mktemp("j2")
    return build([root], one, jobs=1, html=False), build([root], two, jobs=2, html=False), one, two


def test_build_parallel_output_is_byte_identical(two_builds):
    _, _, one, two = two_builds
    for name in ("graph.ttl", "graph.trig"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_build_turtle_is_the_union_of_the_reports(two_builds):
    result, _, one, _ = two_builds
    graph = Graph().parse(one / "graph.ttl")
    assert len(graph) == result.triples
    reports = to_graph(result.documents)
    derived = Dataset().parse(one / "graph.trig", format="trig").graph(ID["graph/derived"])
    assert len(derived) > 0  # kg:measures, kg:adminCode, kg:locatedIn up to 中国
    assert isomorphic(graph, reports + derived)
    assert len(open_store(one / "store")) == result.triples


def test_build_trig_holds_one_named_graph_per_report(two_builds):
    result, _, one, _ = two_builds
    dataset = Dataset().parse(one / "graph.trig", format="trig")
    names = {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}
    assert set(names) == {str(REPORT_GRAPH["mini-report"]), str(REPORT_GRAPH["shenhe-2022"]), str(ID["graph/derived"])}
    assert names[str(REPORT_GRAPH["mini-report"])] == dict((e.stem, e.stats.triples) for e in result.reports)[
        "mini-report"]
    union = Graph()
    for graph in dataset.graphs():
        for triple in graph:
            union.add(triple)
    assert len(union) == result.triples


def test_build_summary_counts_every_report(two_builds):
    first, second, _, _ = two_builds
    assert first.summary()["reports"] == 2 and first.summary() | {"seconds": 0, "outputs": {}} == \
        second.summary() | {"seconds": 0, "outputs": {}}


def test_build_rebuild_skips_unchanged_reports(folder, tmp_path):
    out = tmp_path / "out"
    first = build([folder], out, html=False)
    before = (out / "graph.ttl").read_bytes()
    again = build([folder], out, html=False)
    assert (len(first.documents), len(again.documents), again.unchanged) == (2, 0, 2)
    assert (out / "graph.ttl").read_bytes() == before
    assert again.summary()["entities"] == first.summary()["entities"]


def test_build_with_nothing_changed_keeps_the_last_outputs(folder, tmp_path):
    out = tmp_path / "out"
    first = build([folder], out)
    stamps = {name: (out / name).stat().st_mtime_ns for name in ("graph.ttl", "graph.trig", "graph.html")}
    again = build([folder], out)
    assert again.up_to_date and not first.up_to_date
    assert {name: (out / name).stat().st_mtime_ns for name in stamps} == stamps  # not rewritten
    assert again.triples == first.triples and set(again.outputs) == set(first.outputs)
    assert len(again.graph) == first.triples


@pytest.mark.parametrize("change", ["delete page", "edit turtle", "other options", "no cache"])
def test_build_rewrites_outputs_that_are_gone_edited_or_built_otherwise(folder, tmp_path, change):
    out = tmp_path / "out"
    build([folder], out)
    before = (out / "graph.ttl").read_bytes()
    if change == "delete page":
        (out / "graph.html").unlink()
    elif change == "edit turtle":
        (out / "graph.ttl").write_bytes(before + b"# an edit\n")
    again = build([folder], out, html=change != "other options", incremental=change != "no cache")
    assert not again.up_to_date
    assert (out / "graph.ttl").read_bytes() == before
    assert (out / "graph.html").is_file()


def test_build_changed_report_replaces_only_its_own_facts(folder, tmp_path):
    out = tmp_path / "out"
    build([folder], out, html=False)
    seed_only = build([SEED], tmp_path / "seed", html=False)
    mini = folder / "a" / MINI.name
    mini.write_text(mini.read_text(encoding="utf-8").replace("和平区", "沈北新区"), encoding="utf-8")
    again = build([folder], out, html=False)
    assert [d.report.stem for d in again.documents] == ["mini-report"]
    trig = Dataset().parse(out / "graph.trig", format="trig")
    seed_graph = trig.graph(REPORT_GRAPH["shenhe-2022"])
    alone = Dataset().parse(tmp_path / "seed" / "graph.trig", format="trig").graph(REPORT_GRAPH["shenhe-2022"])
    assert isomorphic(seed_graph, alone)
    assert seed_only.triples > len(seed_graph) == len(alone)  # the union adds the derived facts
    assert "沈北新区" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_build_removed_report_drops_its_facts_and_cache(folder, tmp_path):
    out = tmp_path / "out"
    build([folder], out, html=False)
    (folder / "a" / MINI.name).unlink()
    again = build([folder], out, html=False)
    alone = build([SEED], tmp_path / "alone", html=False)
    assert (out / "graph.ttl").read_bytes() == (tmp_path / "alone" / "graph.ttl").read_bytes()
    assert (again.unchanged, again.triples) == (1, alone.triples)
    assert sorted(p.name for p in (out / "cache").iterdir()) == ["manifest.json", "shenhe-2022.nt"]


def test_build_extractor_change_invalidates_the_cache(folder, tmp_path):
    out = tmp_path / "out"
    build([folder], out, html=False)
    manifest = out / "cache" / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    assert data["extractor"] == extractor_version() and set(data["reports"]) == {"mini-report", "shenhe-2022"}
    data["extractor"] = "an older extractor"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    assert BuildCache(out).entries == {}
    assert len(build([folder], out, html=False).documents) == 2


def test_build_corrupt_cache_file_is_rebuilt(folder, tmp_path):
    out = tmp_path / "out"
    build([folder], out, html=False)
    before = (out / "graph.ttl").read_bytes()
    (out / "cache" / "mini-report.nt").write_text("# something else\n", encoding="utf-8")
    again = build([folder], out, html=False)
    assert [d.report.stem for d in again.documents] == ["mini-report"]
    assert (out / "graph.ttl").read_bytes() == before


def test_build_bad_file_in_folder_is_listed_and_skipped(folder, tmp_path):
    (folder / "broken.txt").write_bytes(b"")
    (folder / "a" / "shenhe-2022.txt").write_text("同名的另一份报告。", encoding="utf-8")
    result = build([folder], tmp_path / "out", html=False, jobs=2)
    reasons = dict(result.failures)
    assert reasons[str(folder / "broken.txt")] == "file is empty"
    assert "same file name stem" in reasons[str(folder / "shenhe-2022.txt")]
    assert [e.stem for e in result.reports] == ["mini-report", "shenhe-2022"]


def test_build_page_graph_draws_the_same_page(two_builds, tmp_path):
    from kg.visualize import render_html

    result = two_builds[0]
    from kg.derive import derive_lines

    lines = sorted({line for doc in result.documents for line in document_ntriples(doc).splitlines(keepends=True)})
    lines = sorted(set(lines).union(derive_lines(lines)))
    render_html(result.graph, tmp_path / "full.html")
    render_html(page_graph(lines), tmp_path / "view.html")
    assert (tmp_path / "full.html").read_bytes() == (tmp_path / "view.html").read_bytes()


def test_build_cli_jobs_quiet_and_rebuild(folder, tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    first = runner.invoke(main, ["build", str(folder), "-o", str(out), "-j", "1", "--no-html"])
    assert first.exit_code == 0, first.output
    assert "reports/s" in first.stderr and (out / "graph.trig").is_file()
    second = runner.invoke(main, ["build", str(folder), "-o", str(out), "-q", "--no-html"])
    assert "unchanged  2" in second.stdout and "up to date" in second.stdout and second.stderr == ""
    third = runner.invoke(main, ["build", str(folder), "-o", str(out), "-q", "--no-html", "--rebuild"])
    assert third.exit_code == 0 and "unchanged" not in third.stdout


def test_build_on_dask_cluster_matches_local_build(two_builds, tmp_path):
    distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed (pip install "
                                                            "'dask[distributed]')")
    _, _, one, _ = two_builds
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) \
            as cluster:
        result = build([MINI, SEED], tmp_path / "dask", html=False, cluster=cluster.scheduler_address)
    assert len(result.documents) == 2
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "dask" / name).read_bytes() == (one / name).read_bytes(), name


def test_build_union_gives_an_entity_several_reports_name_its_best_confidence(tmp_path):
    from kg.validate import validate_file
    from rdflib import Namespace, URIRef

    root = tmp_path / "reports"
    root.mkdir()
    header = "2022年沈阳市沈河区政府工作报告\n各位代表:\n一、过去一年工作回顾\n"
    (root / "a-2022.txt").write_text(header + "辽宁振兴。辽宁发展。辽宁开放。\n", encoding="utf-8")
    (root / "b-2022.txt").write_text(header + "辽宁振兴。\n", encoding="utf-8")
    build([root], tmp_path / "out", jobs=1, html=False)
    kg = Namespace("https://w3id.org/govkg/ontology#")
    place = URIRef(ID["place/辽宁"])
    per_report = Dataset().parse(tmp_path / "out" / "graph.trig", format="trig")
    given = {float(c) for g in per_report.graphs() for c in g.objects(place, kg.confidence)}
    assert len(given) == 2  # each report's own confidence in its own graph
    union = {float(c) for c in Graph().parse(tmp_path / "out" / "graph.ttl").objects(place, kg.confidence)}
    assert union == {max(given)}
    assert validate_file(tmp_path / "out").conforms
