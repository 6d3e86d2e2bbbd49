"""Load and query times of the Oxigraph store against rdflib's memory store, on demand.

    python benchmarks/bench_store.py --triples 200000 --triples 1000000 [--corpus output]

Builds a synthetic graph following docs/graph-model.md with about the number of
triples asked for (and also times the build folder given by --corpus when it
exists), then prints one table: each step's seconds per backend and their ratio.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from rdflib import Graph

from kg.errors import QueryError
from kg.query import run_query
from kg.store import load_graph, open_store, save_store

QUERIES: list[tuple[str, dict[str, str]]] = [
    ("targets", {"year": "2023"}),
    ("indicator-history", {"indicator": "地区生产总值"}),
    ("projects-in-place", {"place": "市0"}),
    ("top-entities", {"limit": "10"}),
    ("figures-threshold", {"min": "1000", "max": "5000", "unit": "人"}),
    ("responsibilities", {}),
]
INDICATORS = ["地区生产总值", "一般公共预算收入", "城镇新增就业", "固定资产投资", "社会消费品零售总额",
              "细颗粒物平均浓度", "居民人均可支配收入", "进出口总额"]
UNITS = ["元", "元", "人", "元", "元", "微克/立方米", "元", "元"]
COMPARATORS = ["eq", "ge", "gt", "le", "lt", "approx"]
HEAD = """@base <https://w3id.org/govkg/id/> .
@prefix kg: <https://w3id.org/govkg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def synthetic_report(n: int) -> Iterator[tuple[str, int]]:
    """Turtle for report ``n``: its sentences, figures, entities and assertions, with triple counts."""
    city, district, year = n % 10, n % 200, 2015 + n % 10
    report = f"<report/r{n}>"
    yield (f'{report} a kg:Report ; rdfs:label "报告{n}" ; kg:place <place/区{district}> ; '
           f'kg:level "district" ; kg:year "{year}"^^xsd:gYear ; kg:sourceFile "r{n}.txt" .\n'), 6
    yield (f'<place/区{district}> a kg:Place ; rdfs:label "区{district}" ; skos:altLabel "{district}区" ; '
           f"kg:locatedIn <place/市{city}> .\n"
           f'<place/市{city}> a kg:Place ; rdfs:label "市{city}" .\n'), 6
    for s in range(40):
        sentence = f"<report/r{n}/sentence/{s}>"
        yield (f"{sentence} a kg:Sentence ; kg:inReport {report} ; kg:index {s} ; kg:start {s * 50} ; "
               f'kg:end {s * 50 + 49} ; kg:text "第{s}句：地区生产总值增长{s % 9}%，完成投资{s}亿元。" .\n'), 6
        street, project, org = f"<place/街道{n}-{s}>", f"<project/工程{n}-{s}>", f"<organization/局{n % 50}-{s}>"
        yield (f'{street} a kg:Place ; rdfs:label "街道{n}-{s}" ; kg:locatedIn <place/区{district}> ; '
               f"prov:wasDerivedFrom {sentence} .\n"
               f'{project} a kg:Project ; rdfs:label "工程{n}-{s}" ; skos:altLabel "项目{n}-{s}" ; '
               f"kg:locatedIn {street} ; prov:wasDerivedFrom {sentence} .\n"
               f'{org} a kg:Organization ; rdfs:label "局{n % 50}-{s}" ; kg:responsibleFor {project} .\n'
               f"<report/r{n}/assertion/{s}> a kg:Assertion ; rdf:subject {project} ; "
               f"rdf:predicate kg:locatedIn ; rdf:object {street} ; kg:confidence 0.7 ; "
               f"prov:wasDerivedFrom {sentence} .\n"), 20
        i = (n + s) % len(INDICATORS)
        kind = "Target" if s % 3 == 0 else "Achievement"
        yield (f"<report/r{n}/figure/{s}> a kg:{kind} ; kg:indicator \"{INDICATORS[i]}\" ; "
               f'kg:value {(n * 37 + s * 101) % 10000}.5 ; kg:unit "{UNITS[i]}" ; '
               f'kg:comparator kg:{COMPARATORS[s % 6]} ; kg:period "{year - 1}" ; '
               f'kg:periodStart "{year - 1}"^^xsd:gYear ; kg:periodEnd "{year - 1}"^^xsd:gYear ; '
               f'kg:evidenceText "{INDICATORS[i]}{s}" ; kg:start {s * 50} ; kg:end {s * 50 + 9} ; '
               f"kg:confidence 0.9 ; kg:concerns <place/区{district}>, {project} ; "
               f"prov:wasDerivedFrom {sentence} .\n"), 16


def write_synthetic(path: Path, triples: int) -> int:
    """Write a model-shaped Turtle file of about ``triples`` triples; return the count written."""
    written = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(HEAD)
        n = 0
        while written < triples:
            for text, count in synthetic_report(n):
                out.write(text)
                written += count
            n += 1
    return written


def timed(step: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = step()
    return time.perf_counter() - start, value


def _query_seconds(name: str, params: dict[str, str], graph: Graph, timeout: float) -> float | None:
    try:
        return timed(lambda: run_query(name, graph, params, timeout=timeout))[0]
    except QueryError:
        return None


def bench(source: Path, label: str, timeout: float) -> list[tuple[str, str, float | None, float | None]]:
    """Rows of (graph, step, oxigraph seconds, memory seconds) for one graph."""
    rows: list[tuple[str, str, float | None, float | None]] = []
    ox_load, ox_graph = timed(lambda: load_graph(source, "oxigraph"))
    mem_load, mem_graph = timed(lambda: load_graph(source, "memory"))
    rows.append((label, "load (parse)", ox_load, mem_load))
    with tempfile.TemporaryDirectory() as folder:
        save_seconds, _ = timed(lambda: save_store(ox_graph, Path(folder) / "store"))
        rows.append((label, "save store", save_seconds, None))
        open_seconds, stored = timed(lambda: open_store(Path(folder) / "store"))
        rows.append((label, "open store", open_seconds, None))
        # Every Oxigraph query first: a timed-out rdflib query goes on in its abandoned
        # thread, holding the GIL, and would slow whatever ran after it.
        times = {
            backend: [_query_seconds(name, params, graph, timeout) for name, params in QUERIES]
            for backend, graph in (("oxigraph", stored), ("memory", mem_graph))
        }
        for (name, _), ox, mem in zip(QUERIES, times["oxigraph"], times["memory"]):
            rows.append((label, f"query {name}", ox, mem))
        del stored
    return rows


def print_table(rows: list[tuple[str, str, float | None, float | None]], file: TextIO = sys.stdout) -> None:
    def cell(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    header = ("graph", "step", "oxigraph s", "memory s", "memory/oxigraph")
    lines = [header]
    for graph, step, ox, mem in rows:
        ratio = f"{mem / ox:.1f}x" if ox and mem else ("timeout" if ox and mem is None and "query" in step else "-")
        lines.append((graph, step, cell(ox), cell(mem), ratio))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        print("  ".join(value.ljust(width) for value, width in zip(line, widths)).rstrip(), file=file, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, action="append", help="synthetic graph size (repeatable)")
    parser.add_argument("--corpus", type=Path, default=Path("output"), help="a build folder, timed if present")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per query before it counts as timed out")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.triples or [200_000, 1_000_000]:
            path = Path(folder) / f"synthetic-{size}.ttl"
            written = write_synthetic(path, size)
            rows += bench(path, f"synthetic {written:,}", args.timeout)
            print_table(rows[-len(QUERIES) - 3:], file=sys.stderr)  # progress, as each size ends
    if args.corpus.is_dir() and any((args.corpus / n).exists() for n in ("store", "graph.ttl", "graph.trig")):
        rows += bench(args.corpus, f"corpus {args.corpus.name}", args.timeout)
    print_table(rows)


if __name__ == "__main__":
    main()
