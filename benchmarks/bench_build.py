"""Time corpus builds: -j 1, -j 2, an incremental rebuild after one report changes, against a bare jieba pass.

    python benchmarks/bench_build.py [FOLDER] [--no-html]

FOLDER defaults to ../shared/corpus; it is copied to a temporary folder so
one report can be changed. Each build runs in its own process, so peak memory
(ru_maxrss of the build process plus its largest worker) and start-up costs
count; the bare ``jieba.lcut`` pass over the same texts runs in the same
session, so the ratios hold on a noisy machine.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BUILD = """
import json, resource, sys, time
from kg.pipeline import build
started = time.perf_counter()
result = build([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3]), html=sys.argv[4] == "html")
seconds = time.perf_counter() - started
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "triples": result.triples, "reports": len(result.reports),
                  "extracted": len(result.documents), "self_mb": me / 1024, "child_mb": children / 1024}))
"""


def jieba_pass(folder: Path) -> tuple[float, int, int]:
    """Seconds for one bare jieba.lcut over every report text (dictionary loaded first), texts, characters."""
    from kg.nlp import _jieba
    from kg.reader import iter_report_files, read_text

    jieba = _jieba()
    texts = []
    for path in iter_report_files([folder]):
        try:
            texts.append(read_text(path))
        except Exception:  # a benchmark skips what the build skips
            continue
    started = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - started, len(texts), sum(map(len, texts))


def run_build(folder: Path, out: Path, jobs: int, html: bool) -> dict:
    proc = subprocess.run([sys.executable, "-c", BUILD, str(folder), str(out), str(jobs), "html" if html else "-"],
                          cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--no-html", action="store_true", help="skip graph.html in every build")
    args = parser.parse_args()
    source = Path(args.folder)
    if not source.is_dir():
        print(f"no corpus at {source}; pass a folder of reports", file=sys.stderr)
        return 2
    html = not args.no_html
    with tempfile.TemporaryDirectory(prefix="govkg-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        shutil.copytree(source, folder)
        jieba_seconds, count, chars = jieba_pass(folder)
        print(f"corpus      {count} reports, {chars:,} characters")
        print(f"jieba.lcut  {jieba_seconds:.1f} s")
        rows = []
        for jobs in (1, 2):
            stats = run_build(folder, Path(tmp) / f"out-j{jobs}", jobs, html)
            rows.append((f"build -j {jobs}", stats))
        one = Path(tmp) / "out-j1"
        same = (one / "graph.ttl").read_bytes() == (Path(tmp) / "out-j2" / "graph.ttl").read_bytes()
        changed = sorted(folder.rglob("*.txt"))[0]
        changed.write_text(changed.read_text(encoding="utf-8") + "\n今年地区生产总值增长5%左右。\n", encoding="utf-8")
        rows.append(("rebuild, 1 changed, -j 2", run_build(folder, Path(tmp) / "out-j2", 2, html)))
        rows.append(("rebuild, none changed", run_build(folder, Path(tmp) / "out-j2", 2, html)))
        print(f"{'':26} {'seconds':>8} {'× jieba':>8} {'peak MB':>8} {'worker MB':>9} {'triples':>9} {'extracted':>9}")
        for name, s in rows:
            print(f"{name:26} {s['seconds']:8.1f} {s['seconds'] / jieba_seconds:8.2f} {s['self_mb']:8.0f} "
                  f"{s['child_mb']:9.0f} {s['triples']:9,} {s['extracted']:9}")
        print(f"graph.ttl from -j 1 and -j 2 byte-identical: {same}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
