"""A bare jieba.posseg + number-regex baseline, scored like govkg's own graph.

    python benchmarks/baseline.py [REPORT] [-o baseline.ttl]

Entities: every ns / nt / nr word jieba tags (Place / Organization / Person).
Figures: every Arabic number with 万/亿 and a following unit, kind from the
section (review → achievement, else target), indicator = the text before the
number in its clause, period = the report's year. It writes a Turtle file the
shared scorer reads, so govkg can be compared with what jieba gives for free.
"""
from __future__ import annotations

import argparse
import re
import sys
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import XSD

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.graph import entity_iri  # noqa: E402
from kg.ontology import ID, KG  # noqa: E402
from kg.pipeline import read_report  # noqa: E402
from kg.records import EntityType  # noqa: E402

NUMBER = re.compile(r"(\d+(?:\.\d+)?)(万亿|亿|万)?(%|元|个|家|人次|人|条|处|栋|所|件|户|项|次|公里|平方米|公顷|亩|倍|名)")
TAGS = {"ns": EntityType.PLACE, "nt": EntityType.ORGANIZATION, "nr": EntityType.PERSON}
MULTIPLIER = {"万": 10**4, "亿": 10**8, "万亿": 10**12, None: 1}


def baseline_graph(path: Path) -> Graph:
    import jieba.posseg

    report = read_report(path)
    text = report.text[report.body_start:]
    g = Graph()
    for word, tag in jieba.posseg.cut(text):
        if tag in TAGS and len(word) >= 2:
            node = entity_iri(TAGS[tag], word)
            g.add((node, RDF.type, KG[TAGS[tag].value]))
            g.add((node, RDFS.label, Literal(word)))
    review = True
    for i, line in enumerate(text.splitlines()):
        if re.match(r"\s*[一二三四五六七八九十]+、", line):
            review = bool(re.search(r"回顾|过去", line))
        for j, m in enumerate(NUMBER.finditer(line)):
            clause = re.split(r"[,，;；。]", line[: m.start()])[-1]
            node = ID[f"baseline/{i}/{j}"]
            g.add((node, RDF.type, KG.Achievement if review else KG.Target))
            g.add((node, KG.indicator, Literal(clause[-12:] or m[3])))
            value = Decimal(m[1]) * MULTIPLIER[m[2]]
            g.add((node, KG.value, Literal(value, datatype=XSD.decimal)))
            g.add((node, KG.unit, Literal(m[3])))
            g.add((node, KG.comparator, KG.eq))
            g.add((node, KG.period, Literal(str((report.year or 1) - (1 if review else 0)))))
    return g


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report", nargs="?", default=str(ROOT / "seeds" / "shenhe-2022.txt"))
    parser.add_argument("-o", "--out", default="output/baseline.ttl")
    args = parser.parse_args()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    baseline_graph(Path(args.report)).serialize(out, format="turtle")
    print(out)


if __name__ == "__main__":
    main()
