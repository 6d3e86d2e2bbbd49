"""Extract every report of a corpus: per-report counts, the slowest reports, and the ratio to a bare jieba pass.

    python benchmarks/bench_corpus.py [FOLDER] [--top 10]

FOLDER defaults to ../shared/corpus. Each report is read, extracted and mapped
to RDF in this process (no files written); in the same run every report's
text goes once through a bare ``jieba.lcut``, so the ratio holds on a noisy
machine.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.graph import document_graph  # noqa: E402
from kg.nlp import _jieba  # noqa: E402
from kg.pipeline import extract, read_report  # noqa: E402
from kg.reader import iter_report_files  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"no corpus at {folder}; pass a folder of reports", file=sys.stderr)
        return 2
    files = iter_report_files([folder])
    jieba = _jieba()
    rows, failures = [], []
    texts = []
    extract_seconds = 0.0
    for path in files:
        try:
            report = read_report(path)
        except Exception as err:  # a benchmark reports every failure and goes on
            failures.append((path.name, str(err)))
            continue
        texts.append(report.text)
        started = time.perf_counter()
        try:
            doc = extract(report)
            triples = len(document_graph(doc))
        except Exception as err:
            failures.append((path.name, f"{type(err).__name__}: {err}"))
            continue
        seconds = time.perf_counter() - started
        extract_seconds += seconds
        rows.append((path.name, len(report.text), len(doc.entities), len(doc.quantities), len(doc.relations),
                     triples, seconds))
    started = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    jieba_seconds = time.perf_counter() - started

    print(f"{'report':52} {'chars':>7} {'ents':>5} {'figs':>5} {'rels':>5} {'triples':>8} {'s':>6}")
    for name, chars, ents, figs, rels, triples, seconds in rows:
        print(f"{name:52} {chars:7d} {ents:5d} {figs:5d} {rels:5d} {triples:8d} {seconds:6.2f}")
    print(f"\nslowest {args.top}:")
    for row in sorted(rows, key=lambda r: -r[-1])[: args.top]:
        print(f"  {row[0]:50} {row[-1]:6.2f} s  ({row[1] / row[-1] / 1000:.0f} k chars/s)")
    chars = sum(r[1] for r in rows)
    print(f"\nreports {len(rows)}, failures {len(failures)}, chars {chars:,}")
    print(f"extract + RDF: {extract_seconds:.1f} s ({chars / extract_seconds / 1000:.0f} k chars/s)")
    print(f"bare jieba.lcut: {jieba_seconds:.1f} s; ratio {extract_seconds / jieba_seconds:.1f}x")
    for name, reason in failures:
        print(f"FAILED {name}: {reason}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
