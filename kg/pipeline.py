"""The one place that spells the stage order: read, segment, tokenize, extract, resolve, relate, map to RDF, write."""
from __future__ import annotations

import logging
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg import nlp
from kg.errors import InputError
from kg.extract.mentions import find_mentions
from kg.extract.quantities import find_quantities
from kg.extract.relations import find_relations
from kg.metadata import make_report
from kg.reader import iter_report_files, read_text
from kg.records import Document, Entity, EntityType, Mention, Report
from kg.resolve import plain, resolve_entities
from kg.segment import split_sentences

log = logging.getLogger(__name__)


def region_hint(stem: str) -> str | None:
    """A place named by a file name (state-council-2025 → 中国, province-hebei-2025 → 河北省)."""
    if "state-council" in stem:
        return "中国"
    from kg import gazetteer

    for slug, division in gazetteer.PROVINCES.items():
        if f"-{slug}-" in f"-{stem}-":
            return division.name
    return None


def read_report(path: str | Path) -> Report:
    """Read one report file into a Report with its header metadata."""
    path = Path(path)
    text = read_text(path)
    return make_report(path.stem, text, source=path.name, region_hint=region_hint(path.stem))


def _header_mentions(report: Report, sentences, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the issuer, place and speaker from the header, so the report links to them."""
    extra = []
    wanted = [(report.place, EntityType.PLACE), (report.issuer, EntityType.ORGANIZATION),
              (report.speaker, EntityType.PERSON)]
    have = {(m.type, m.name) for m in mentions}
    for name, kind in wanted:
        if not name or (kind, name) in have:
            continue
        pos = report.text.find(name)
        sentence = next((s for s in sentences if s.start <= pos and pos + len(name) <= s.end), None) if pos >= 0 else None
        if sentence is not None:
            extra.append(Mention(pos, pos + len(name), name, kind, sentence.index, name, 0.95))
        else:
            extra.append(Mention(0, len(name), name, kind, -1, name, 0.9))
    return extra


def extract(report: Report) -> Document:
    """Every stage after reading, for one report."""
    sentences = split_sentences(report)
    tokens = nlp.tokenize([s.text for s in sentences])
    mentions = find_mentions(report, sentences, tokens)
    mentions += _header_mentions(report, sentences, mentions)
    mentions, forms = resolve_entities(report, mentions)
    entities = _entities(mentions, forms)
    quantities = find_quantities(report, sentences)
    relations = find_relations(report, sentences, entities, mentions, quantities)
    return Document(report, tuple(sentences), tuple(entities), tuple(quantities), tuple(relations))


def _entities(mentions: list[Mention], forms: dict[tuple[EntityType, str], set[str]]) -> list[Entity]:
    grouped: dict[tuple[EntityType, str], list[Mention]] = {}
    for m in mentions:
        grouped.setdefault((m.type, m.name), []).append(m)
    out = []
    for (kind, name), ms in sorted(grouped.items()):
        surfaces = set(forms.get((kind, name), set())) | {m.text for m in ms}
        surfaces |= {plain(s) for s in surfaces}
        aliases = tuple(sorted(s for s in surfaces if s and s != name))
        confidence = min(0.99, max(m.confidence for m in ms) + 0.02 * (len(ms) - 1))
        out.append(Entity(kind, name, aliases, tuple(ms), round(confidence, 2)))
    return out


@dataclass
class BuildResult:
    """What a build produced: the documents, the graph, where files went, timings."""

    documents: list[Document]
    graph: Graph
    outputs: dict[str, Path] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict:
        entity_counts: Counter = Counter()
        figure_counts: Counter = Counter()
        relation_counts: Counter = Counter()
        for doc in self.documents:
            entity_counts.update(e.type.value for e in doc.entities)
            figure_counts.update(q.kind.value for q in doc.quantities)
            relation_counts.update(r.predicate.value for r in doc.relations)
        return {
            "reports": len(self.documents),
            "sentences": sum(len(d.sentences) for d in self.documents),
            "entities": dict(sorted(entity_counts.items())),
            "figures": dict(sorted(figure_counts.items())),
            "relations": dict(sorted(relation_counts.items())),
            "triples": len(self.graph),
            "seconds": round(self.seconds, 2),
            "outputs": {k: str(v) for k, v in self.outputs.items()},
            "failures": self.failures,
        }


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` then rename tmp over ``path``: the file appears complete or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; the output is an ordinary file
    try:
        write(Path(tmp))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build(paths: Iterable[str | Path], out_dir: str | Path | None = "output", *, html: bool = True,
          store: bool = True,
          progress: Callable[[int, int, str], None] | None = None, keep_going: bool = True) -> BuildResult:
    """Build every report under ``paths`` into one graph; write graph.ttl, the Oxigraph store (store/)
    and graph.html to ``out_dir``.

    A file that cannot be read is recorded in ``failures`` and skipped when
    ``keep_going``; otherwise its InputError propagates. Raises InputError when
    no report could be built.
    """
    from kg.graph import to_graph

    started = time.perf_counter()
    files = iter_report_files(paths)
    documents: list[Document] = []
    failures: list[tuple[str, str]] = []
    for done, path in enumerate(files, 1):
        try:
            documents.append(extract(read_report(path)))
        except InputError as err:
            if not keep_going or len(files) == 1:
                raise
            failures.append((str(path), err.reason))
            log.warning("skipped %s", err)
        if progress:
            progress(done, len(files), str(path))
    if not documents:
        raise InputError(", ".join(str(p) for p in paths), "no report could be built")
    graph = to_graph(documents)
    result = BuildResult(documents, graph, failures=failures)
    if out_dir is not None:
        out = Path(out_dir)
        ttl = out / "graph.ttl"
        write_atomic(ttl, lambda tmp: tmp.write_bytes(serialize(graph)))
        result.outputs["turtle"] = ttl
        if store:
            from kg.store import save_store

            result.outputs["store"] = save_store(graph, out / "store")
        if html:
            from kg.visualize import render_html

            page = out / "graph.html"
            write_atomic(page, lambda tmp: render_html(graph, tmp))
            result.outputs["html"] = page
    result.seconds = time.perf_counter() - started
    return result


def serialize(graph: Graph, fmt: str = "turtle") -> bytes:
    """Deterministic serialisation: rdflib's Turtle writer sorts subjects and predicates."""
    return graph.serialize(format=fmt, encoding="utf-8")
