"""The one place that spells the stage order: read, segment, tokenize, extract, resolve, relate, map to RDF, write.

A corpus build hashes each file, reuses the cached triples of unchanged
reports (kg.cache), extracts the others in worker processes or on Dask
(kg.parallel), then writes the union and the per-report named graphs.
"""
from __future__ import annotations

import bisect
import logging
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from rdflib import Graph

from kg import nlp
from kg.turtle import one_confidence
from kg.cache import BuildCache, CacheEntry, ReportStats, file_digest
from kg.errors import InputError
from kg.extract.mentions import find_mentions
from kg.extract.quantities import find_quantities
from kg.extract.relations import find_relations
from kg.derive import derive_lines, read_lines
from kg.graph import document_ntriples
from kg.metadata import make_report
from kg.outputs import DERIVED_GRAPH, OUTPUT_FILES, page_lines, write_outputs
from kg.reader import MAX_BYTES, iter_report_files, read_text
from kg.records import Document, Entity, EntityType, Mention, Report
from kg.resolve import jurisdiction_chain, plain, resolve_entities
from kg.script import restore, simplified
from kg.segment import split_sentences
from kg.store import StoreBuilder

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
    report = make_report(path.stem, text, source=path.name, region_hint=region_hint(path.stem))
    if report.year is None:
        log.warning("%s: no year in the title, the date line, the review heading or the file name; "
                    "its figures get no period (name the file with the year, e.g. %s-2024%s)",
                    path.name, path.stem, path.suffix)
    return report


def _whole_word(name: str, text: str, sentences, mentions: list[Mention], tries: int = 20) -> int:
    """Where ``name`` first stands as a word of its own: jieba cuts it off on both sides and no other
    mention holds it (not 中国 in 中国共产党 or in 其中国有企业); -1 if nowhere among the first ``tries``."""
    taken = [(m.start, m.end) for m in mentions]
    for match in islice(re.finditer(re.escape(name), text), tries):
        start, end = match.span()
        if any(a <= start and end <= b and (a, b) != (start, end) for a, b in taken):
            continue
        sentence = next((s for s in sentences if s.start <= start and end <= s.end), None)
        if sentence is None:
            continue
        bounds = {offset for _, _, offset in nlp.tokenize([sentence.text])[0]}
        if start - sentence.start in bounds and (end - sentence.start in bounds or end == sentence.end):
            return start
    return -1


def _header_mentions(report: Report, sentences, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the issuer, place and speaker from the header, so the report links to them."""
    extra = []
    wanted = [(report.place, EntityType.PLACE), (report.issuer, EntityType.ORGANIZATION),
              (report.speaker, EntityType.PERSON)]
    header = report.text[:report.body_start or 300]
    chain = jurisdiction_chain(report)
    wanted += [(chain[level], EntityType.PLACE) for level in ("city", "province")
               if chain.get(level) and chain[level] != report.place and chain[level] in header]  # 武汉市 of
    # 武汉市洪山区人民政府工作报告: the units above the report's own that its title names
    have = {(m.type, m.name) for m in mentions}
    for name, kind in wanted:
        if not name or (kind, name) in have:
            continue
        pos = _whole_word(name, report.text, sentences, mentions)
        sentence = next((s for s in sentences if s.start <= pos and pos + len(name) <= s.end), None) if pos >= 0 else None
        if sentence is not None:
            extra.append(Mention(pos, pos + len(name), name, kind, sentence.index, name, 0.95))
        else:
            extra.append(Mention(0, len(name), name, kind, -1, name, 0.9))
    titled = f"{report.place}政府"  # 保亭黎族苗族自治县政府工作报告: the title's name of the issuer, an alias
    if report.issuer and report.issuer != titled and titled in header and report.issuer not in header:
        pos = header.find(titled)
        extra.append(Mention(pos, pos + len(titled), titled, EntityType.ORGANIZATION, -1, report.issuer, 0.9))
    return extra


def extract(report: Report) -> Document:
    """Every stage after reading, for one report; one in traditional characters through its simplified copy
    (:mod:`kg.script`)."""
    converted = simplified(report.text)
    if converted is not None:
        doc = _extract(replace(report, text=converted))
        return restore(doc, report.text, converted)
    return _extract(report)


def _extract(report: Report) -> Document:
    sentences = split_sentences(report)
    tokens = nlp.tokenize([s.text for s in sentences])
    mentions = find_mentions(report, sentences, tokens)
    mentions += _header_mentions(report, sentences, mentions)
    mentions, forms = resolve_entities(report, mentions)
    mentions += _repeated_mentions(report, sentences, tokens, mentions)
    entities = _entities(mentions, forms)
    quantities = find_quantities(report, sentences)
    relations = find_relations(report, sentences, entities, mentions, quantities)
    return Document(report, tuple(sentences), tuple(entities), tuple(quantities), tuple(relations))


def _repeated_mentions(report: Report, sentences, tokens, mentions: list[Mention]) -> list[Mention]:
    """Every other place the text names a thing it was found to name, as a word of its own (中航哈飞, found in
    中航哈飞、航发东安等龙头企业, again in 中航哈飞预计全年完成产值…): so the figures and links of those sentences
    reach it. Bodies' and places' names of three characters or more, at the word boundaries jieba gives, inside
    no other mention; not programmes', whose short and quoted forms are slogans as often as names."""
    surfaces: dict[str, Mention] = {}
    for m in mentions:
        if m.sentence >= 0 and not m.bare and len(m.text) >= 3 and m.type in (EntityType.ORGANIZATION, EntityType.PLACE):
            surfaces.setdefault(m.text, m)
    if not surfaces:
        return []
    taken = [(m.start, m.end) for m in mentions]
    bounds = {s.start + offset for s, toks in zip(sentences, tokens) for _, _, offset in toks} \
        | {s.start + offset + len(word) for s, toks in zip(sentences, tokens) for word, _, offset in toks}
    pattern = re.compile("|".join(map(re.escape, sorted(surfaces, key=len, reverse=True))))
    starts = [s.start for s in sentences]
    out = []
    for match in pattern.finditer(report.text, report.body_start):
        start, end = match.span()
        if start not in bounds or end not in bounds or any(a < end and start < b for a, b in taken):
            continue
        k = bisect.bisect_right(starts, start) - 1
        if k < 0 or end > sentences[k].end:
            continue
        found = surfaces[match[0]]
        out.append(Mention(start, end, match[0], found.type, sentences[k].index, found.name,
                           round(found.confidence - 0.1, 2)))
        taken.append((start, end))
    return out


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


@dataclass(frozen=True)
class ReportOutput:
    """What building one report file gave: its N-Triples and counts, or why it could not be read.

    Picklable, so worker processes and Dask workers return it as it is.
    """

    path: str
    stem: str
    digest: str
    ntriples: str = ""
    stats: ReportStats | None = None
    document: Document | None = None
    error: str | None = None


def report_stats(doc: Document, ntriples: str) -> ReportStats:
    """The counts the build summary shows for one report."""
    def counted(values: Iterable[str]) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(Counter(values).items()))

    return ReportStats(len(doc.sentences), ntriples.count("\n"), counted(e.type.value for e in doc.entities),
                       counted(q.kind.value for q in doc.quantities), counted(r.predicate.value for r in doc.relations))


def build_report(task: tuple[str, str, bytes | None]) -> ReportOutput:
    """Read, extract and map one report file to N-Triples; runs in a worker process.

    ``task`` is (path, digest of its bytes, the bytes or None). With the bytes
    (a Dask worker may not see the caller's files) the report is read from a
    temporary copy under the same file name.
    """
    path, digest, data = task
    stem = Path(path).stem
    try:
        if data is None:
            report = read_report(path)
        else:
            with tempfile.TemporaryDirectory(prefix="govkg-") as folder:
                copy = Path(folder) / Path(path).name
                copy.write_bytes(data)
                report = read_report(copy)
        doc = extract(report)
    except InputError as err:
        return ReportOutput(path, stem, digest, error=err.reason)
    ntriples = document_ntriples(doc)
    return ReportOutput(path, stem, digest, ntriples, report_stats(doc, ntriples), doc)


def sorted_distinct(runs: Iterable[list[str]]) -> list[str]:
    """The distinct lines of ``runs``, each sorted and distinct itself, in sorted order.

    Sorting the runs laid end to end lets Timsort merge them (a few tenths of
    a second for a corpus, against seconds to hash every line into a set and
    sort that); equal lines are then adjacent.

    >>> sorted_distinct([["a", "c"], ["b", "c"], []])
    ['a', 'b', 'c']
    """
    joined = [line for run in runs for line in run]
    joined.sort()
    return [line for i, line in enumerate(joined) if not i or line != joined[i - 1]]


def _warm_up() -> None:
    """Process-pool initializer: load jieba and the spaCy pipeline once per worker."""
    nlp.language()


@dataclass
class BuildResult:
    """What a build produced: the reports in the graph, its size, where files went, timings.

    ``documents`` holds the reports extracted in this run (a report reused from
    the cache is not re-read); ``reports`` every report in the graph.
    ``up_to_date`` says nothing had changed since the last build into the same
    folder, so its files were left as they were.
    ``graph`` is the union as an rdflib Graph, made on first use (from
    graph.ttl when the build wrote files, else from ``lines``, the union as
    sorted N-Triples lines, kept only then).
    """

    documents: list[Document]
    reports: list[CacheEntry] = field(default_factory=list)
    triples: int = 0
    lines: list[str] = field(default_factory=list, repr=False)
    outputs: dict[str, Path] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    up_to_date: bool = False  # nothing had changed: the outputs of the last build were left as they were
    _graph: Graph | None = field(default=None, repr=False)

    @property
    def graph(self) -> Graph:
        if self._graph is None:
            from kg.graph import ntriples_graph

            turtle = self.outputs.get("turtle")
            self._graph = ntriples_graph(self.lines, turtle_file=str(turtle) if turtle and not self.lines else None)
        return self._graph

    @property
    def unchanged(self) -> int:
        """Reports whose cached triples were reused."""
        return len(self.reports) - len(self.documents)

    def summary(self) -> dict:
        entity_counts: Counter = Counter()
        figure_counts: Counter = Counter()
        relation_counts: Counter = Counter()
        for entry in self.reports:
            entity_counts.update(dict(entry.stats.entities))
            figure_counts.update(dict(entry.stats.figures))
            relation_counts.update(dict(entry.stats.relations))
        return {
            "reports": len(self.reports),
            "unchanged": self.unchanged,
            "up_to_date": self.up_to_date,
            "sentences": sum(entry.stats.sentences for entry in self.reports),
            "entities": dict(sorted(entity_counts.items())),
            "figures": dict(sorted(figure_counts.items())),
            "relations": dict(sorted(relation_counts.items())),
            "triples": self.triples,
            "seconds": round(self.seconds, 2),
            "outputs": {k: str(v) for k, v in self.outputs.items()},
            "failures": self.failures,
        }


def build(paths: Iterable[str | Path], out_dir: str | Path | None = "output", *, html: bool = True,
          store: bool = True, jobs: int | None = 1, cluster: str | None = None, incremental: bool = True,
          progress: Callable[[int, int, str], None] | None = None, keep_going: bool = True) -> BuildResult:
    """Build every report under ``paths`` into one graph and write it to ``out_dir``.

    Writes graph.ttl (the union of all reports), graph.trig (each report in
    its own named graph ``id:graph/<stem>``), the Oxigraph store (store/, the
    union), graph.html and the per-report cache (cache/). Reports are
    extracted by ``jobs`` worker processes (None: every core) or on the Dask
    scheduler at ``cluster``; the output is byte-identical either way. With
    ``incremental``, a report whose file bytes are unchanged since the last
    build into ``out_dir`` (same extractor version) is not read again, and
    reports no longer given are dropped; when no report changed, none was
    dropped and the files of the last build are as it left them (same code,
    same options), they are kept and nothing is written. ``progress(done, total, path)`` is
    called as each report to extract finishes.

    A file that cannot be read is recorded in ``failures`` and skipped when
    ``keep_going``; otherwise its InputError propagates. Raises InputError when
    no report could be built.
    """
    from kg.parallel import default_jobs, run_unordered

    started = time.perf_counter()
    paths = list(paths)
    files = iter_report_files(paths)
    cache = BuildCache(out_dir) if out_dir is not None else None
    reused = cache.entries if cache is not None and incremental else {}
    texts: dict[str, str] = {}
    entries: dict[str, CacheEntry] = {}
    failures: list[tuple[str, str]] = []
    tasks: list[tuple[str, str, bytes | None]] = []
    sizes: dict[str, int] = {}
    owner: dict[str, Path] = {}

    def fail(path: Path | str, reason: str) -> None:
        if not keep_going or len(files) == 1:
            raise InputError(path, reason)
        failures.append((str(path), reason))
        log.warning("skipped %s: %s", path, reason)

    for path in files:
        if path.stem in owner:
            fail(path, f"another report has the same file name stem ({owner[path.stem]}); rename one")
            continue
        owner[path.stem] = path
        try:
            sizes[str(path)] = path.stat().st_size
            digest = file_digest(path) if sizes[str(path)] <= MAX_BYTES else ""
        except OSError:
            digest = ""  # read_report names the problem
        hit = cache.lookup(path.stem, str(path), digest) if cache is not None and path.stem in reused and digest \
            else None
        if hit is not None:
            entry, texts[path.stem] = hit
            entries[path.stem] = CacheEntry(path.stem, str(path), digest, entry.stats)
            continue
        tasks.append((str(path), digest, path.read_bytes() if cluster and digest else None))
    tasks.sort(key=lambda t: (-sizes.get(t[0], 0), t[0]))  # big reports first keep the workers busy

    # When extraction leaves a core free (one worker, or a cluster), the store loads in a thread meanwhile,
    # from the cached reports first; else it loads while the other outputs are written.
    workers = min(default_jobs() if jobs is None else jobs, len(tasks))
    spare = bool(tasks) and (bool(cluster) or workers < default_jobs())
    loader = StoreBuilder(Path(out_dir) / OUTPUT_FILES["store"]) if out_dir is not None and store and spare else None
    for text in texts.values() if loader is not None else ():
        loader.add(text)
    per_report: dict[str, list[str]] = {}
    read: list[list[str]] = []  # the lines of each report the derivations read
    page: list[list[str]] = []  # and those the page draws from
    drawn = html and out_dir is not None

    def gather(stem: str, text: str) -> None:
        """A report's triples as lines, and the slices of them the derivations and the page read."""
        per_report[stem] = text.splitlines(keepends=True)
        read.append(read_lines(per_report[stem]))
        if drawn:
            page.append(page_lines(per_report[stem]))

    early = bool(tasks)  # with nothing to extract the outputs may stand as they are: nothing to gather yet
    for stem in list(texts) if early else ():  # reports are gathered as they come, while others are extracted
        gather(stem, texts.pop(stem))
    try:
        documents: dict[str, Document] = {}
        for done, out in enumerate(run_unordered(build_report, tasks, jobs=jobs, cluster=cluster,
                                                 initializer=_warm_up), 1):
            if out.error is not None:
                fail(out.path, out.error)
            else:
                entry = CacheEntry(out.stem, out.path, out.digest, out.stats)
                entries[out.stem], documents[out.stem] = entry, out.document
                if loader is not None:
                    loader.add(out.ntriples)
                gather(out.stem, out.ntriples)
                if cache is not None and out.digest:
                    cache.store(entry, out.ntriples)
            if progress:
                progress(done, len(tasks), out.path)
        if not entries:
            raise InputError(", ".join(str(p) for p in paths), "no report could be built")

        stems = sorted(entries)
        fingerprint = cache.fingerprint(list(entries.values()), {"html": html, "store": store}) if cache else ""
        record = cache.current_outputs(fingerprint) if cache is not None and incremental and not documents else None
        if record is not None:  # nothing changed since the last build into out_dir: its outputs stand
            result = BuildResult([], [entries[s] for s in stems], record["triples"], failures=failures, up_to_date=True)
            result.outputs = {kind: Path(out_dir) / name for kind, name in OUTPUT_FILES.items()
                              if name in record["files"]}
            result.outputs["cache"] = cache.folder
            result.seconds = time.perf_counter() - started
            return result  # the loader's store is dropped below
        for stem in list(texts):
            gather(stem, texts.pop(stem))
        # the union shares its strings with the reports; a line two reports give (2% of a corpus) is held twice,
        # which costs less than looking every line up to share it
        union = sorted_distinct(per_report[stem] for stem in stems)
        derived = derive_lines(union, sorted_distinct(read))
        lines = one_confidence(sorted_distinct([union, derived]))
        del union
        page_slice = sorted_distinct([*page, page_lines(derived)]) if drawn else None
        read.clear()
        page.clear()
        per_report[DERIVED_GRAPH] = derived
        if loader is not None:
            loader.add("".join(derived))
        result = BuildResult([documents[s] for s in stems if s in documents], [entries[s] for s in stems],
                             len(lines), failures=failures)
        if out_dir is None:
            result.lines = lines
        else:
            result.outputs.update(write_outputs(lines, per_report, Path(out_dir), html=html, store=store,
                                                loader=loader, page=page_slice))
            cache.save(set(stems), cache.outputs_record(fingerprint, result.triples, [
                result.outputs[kind] for kind in OUTPUT_FILES if kind in result.outputs]))
            result.outputs["cache"] = cache.folder
    finally:
        if loader is not None:
            loader.discard()  # nothing left to drop once write_outputs has put the store in place
    result.seconds = time.perf_counter() - started
    return result
