"""Time how long `kg viz` pages of synthetic graphs take to become interactive in headless Chromium."""
from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

from rdflib import Graph, Literal, Namespace
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.visualize import DEFAULT_MAX_NODES, ENTITY_CLASSES, render_html

KG = Namespace("https://w3id.org/govkg/ontology#")
ID = Namespace("https://w3id.org/govkg/id/")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def synthetic_graph(entities: int, reports: int = 119, seed: int = 0) -> Graph:
    """A graph following docs/graph-model.md: reports, sentences, entities, relations, figures."""
    rng = random.Random(seed)
    g = Graph()
    sentences = []
    for r in range(reports):
        report = ID[f"report/r{r:03d}-{2014 + r % 10}"]
        g.add((report, RDF.type, KG.Report))
        g.add((report, RDFS.label, Literal(f"{2014 + r % 10}年第{r}区政府工作报告")))
        g.add((report, KG.year, Literal(str(2014 + r % 10), datatype=XSD.gYear)))
        for s in range(max(1, entities // reports // 2)):
            sentence = ID[f"report/r{r:03d}-{2014 + r % 10}/sentence/{s}"]
            g.add((sentence, RDF.type, KG.Sentence))
            g.add((sentence, KG.inReport, report))
            g.add((sentence, KG["index"], Literal(s)))
            g.add((sentence, KG.text, Literal(f"第{s}句：推进重点项目建设，完成投资{s}亿元。")))
            sentences.append((report, sentence))
    by_class: dict[str, list] = {c: [] for c in ENTITY_CLASSES}
    weights = [0.35, 0.3, 0.25, 0.1]
    for i in range(entities):
        cls = rng.choices(ENTITY_CLASSES, weights)[0]
        iri = ID[f"{cls.lower()}/实体{i}"]
        by_class[cls].append(iri)
        g.add((iri, RDF.type, KG[cls]))
        g.add((iri, RDFS.label, Literal(f"{cls[:3]}实体{i}")))
        if i % 3 == 0:
            g.add((iri, SKOS.altLabel, Literal(f"别名{i}")))
        for _ in range(rng.randint(1, 3)):
            g.add((iri, PROV.wasDerivedFrom, rng.choice(sentences)[1]))
    places, orgs, projects = by_class["Place"], by_class["Organization"], by_class["Project"]
    for i, place in enumerate(places[1:], 1):  # a forest of places, a few hubs
        g.add((place, KG.locatedIn, places[rng.randrange(max(1, i // 20))]))
    for org in orgs:
        if rng.random() < 0.6:
            g.add((org, KG.partOf, rng.choice(orgs)))
        if rng.random() < 0.5:
            g.add((org, KG.locatedIn, rng.choice(places)))
    for project in projects:
        g.add((rng.choice(orgs), KG.responsibleFor, project))
        g.add((project, KG.locatedIn, rng.choice(places)))
    everything = [e for members in by_class.values() for e in members]
    for f in range(entities * 2):
        report, sentence = rng.choice(sentences)
        figure = ID[f"{report.rsplit('/', 1)[-1]}/figure/{f}"]
        g.add((figure, RDF.type, rng.choice([KG.Target, KG.Achievement])))
        g.add((figure, KG.indicator, Literal("地区生产总值")))
        g.add((figure, KG.value, Literal(f"{rng.randint(1, 10**6)}.0", datatype=XSD.decimal)))
        g.add((figure, KG.unit, Literal("万元")))
        g.add((figure, KG.comparator, KG.eq))
        g.add((figure, KG.period, Literal("2022")))
        g.add((figure, KG.evidenceText, Literal(f"完成{f}万元")))
        g.add((figure, PROV.wasDerivedFrom, sentence))
        if rng.random() < 0.9:
            g.add((figure, KG.concerns, rng.choice(everything)))
    return g


def time_to_interactive(browser, page: Path) -> float:
    """Seconds from navigation until the page sets window.govkgReady."""
    tab = browser.new_page(viewport={"width": 1400, "height": 900})
    start = time.perf_counter()
    tab.goto(page.as_uri())
    tab.wait_for_function("window.govkgReady === true", timeout=120_000, polling=50)
    elapsed = time.perf_counter() - start
    tab.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=[2_000, 10_000, 20_000])
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    print(f"{'entities':>8} {'max_nodes':>9} {'drawn':>6} {'render s':>8} {'html MB':>7} {'interactive s':>13}")
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        for size in args.sizes:
            graph = synthetic_graph(size)
            for max_nodes in (DEFAULT_MAX_NODES, 0):
                page = Path(folder, f"graph-{size}-{max_nodes}.html")
                start = time.perf_counter()
                stats = render_html(graph, page, max_nodes=max_nodes)
                render = time.perf_counter() - start
                ready = time_to_interactive(browser, page)
                print(f"{size:>8,} {max_nodes or 'all':>9} {stats.nodes:>6,} {render:>8.1f} "
                      f"{page.stat().st_size / 1e6:>7.1f} {ready:>13.2f}", flush=True)
        browser.close()


if __name__ == "__main__":
    main()
