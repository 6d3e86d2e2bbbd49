"""Follow the corpus's provincial 2025 targets to their results in the 2026 reports, with samples to check by hand.

    python benchmarks/track_targets.py [GRAPH] [--samples 20] [--seed 0]

GRAPH is a build folder or a graph file (default output/graph.ttl), built for
example with ``kg build ../shared/corpus -o output``. Where the graph has no
kg:measures or kg:status yet, they are derived here with
``kg.tracking.measure_triples`` and ``kg.tracking.link_targets``. Prints the
share of figures that map to a known indicator, the provincial 2025 targets
matched to a 2026-report result and their status counts (through the named
query ``target-outcomes``), and a seeded sample of matches with the target's
and the result's evidence text.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rdflib import RDF, Graph  # noqa: E402

from kg.ontology import KG  # noqa: E402
from kg.query import _display, run_query  # noqa: E402
from kg.tracking import link_targets, measure_triples  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("graph", nargs="?", default=str(ROOT / "output" / "graph.ttl"))
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    path = Path(args.graph)
    if path.is_dir():
        path = path / "graph.ttl"
    if not path.is_file():
        print(f"no graph at {path}; build one with: kg build ../shared/corpus -o output", file=sys.stderr)
        return 2
    started = time.perf_counter()
    graph = Graph().parse(path)
    print(f"graph      {len(graph):,} triples, read in {time.perf_counter() - started:.0f} s")
    if next(graph.triples((None, KG.measures, None)), None) is None:
        graph += measure_triples(graph)
    if next(graph.triples((None, KG.status, None)), None) is None:
        graph += link_targets(graph)

    figures = [f for kind in (KG.Target, KG.Achievement) for f in graph.subjects(RDF.type, kind)]
    measured = sum(1 for f in figures if graph.value(f, KG.measures) is not None)
    print(f"figures    {measured:,} of {len(figures):,} measure a known indicator ({measured / len(figures):.1%})")
    statuses = Counter(str(s).removeprefix(str(KG._NS)) for s in graph.objects(None, KG.status))
    print("all        " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))

    result = run_query("target-outcomes", graph, {"year": "2025"}, backend="rdflib", timeout=600)
    col = {name: i for i, name in enumerate(result.variables)}
    rows = [r for r in result.rows if str(r[col["report_region"]]) != "中国"]
    counts = Counter(str(r[col["status_name"]]) for r in rows)
    matched = [r for r in rows if r[col["result"]] is not None]
    print(f"provincial 2025 targets with a status: {len(rows)}; matched to a 2026-report result: {len(matched)}")
    print("status     " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))

    picked = sorted(random.Random(args.seed).sample(range(len(matched)), min(args.samples, len(matched))))
    for n, i in enumerate(picked, 1):
        r = matched[i]
        show = {k: _display(r[v]) for k, v in col.items()}
        print(
            f"\n{n:2}. {show['report_region']} {show['indicator_name']}: target {show['comparator']} "
            f"{show['target_value']}{show['unit']}, result {show['result_value']}{show['unit']}, "
            f"gap {show['gap']} → {show['status_name']}\n"
            f"    target: {show['target_text']}\n    result: {show['result_text']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
