"""The per-report build cache under ``DIR/cache/``: each report's N-Triples and a JSON manifest.

A rebuild into the same folder hashes each report file's bytes and reuses the
cached triples of every report whose bytes, file name and extractor version
are unchanged. The extractor version is a hash of the source files that decide
what a report's triples are (every module of ``kg`` except the output-side
ones in :data:`NOT_EXTRACTION`, plus ``kg/data/``) and of the jieba and spaCy
versions, so editing an extractor invalidates the whole cache by itself.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

log = logging.getLogger(__name__)

CACHE_DIR = "cache"
MANIFEST = "manifest.json"
FORMAT = 1  # bump when the cache layout changes

# Modules that read, write or serve graphs but do not decide a report's triples.
NOT_EXTRACTION = frozenset({
    "__init__.py", "__main__.py", "cache.py", "cli.py", "cli_sparql.py", "cli_viz.py", "outputs.py", "parallel.py",
    "push.py", "query.py", "serve.py", "store.py", "turtle.py", "validate.py", "visualize.py",
})
_PACKAGE = Path(__file__).resolve().parent


@cache
def extractor_version() -> str:
    """A short hash of everything that decides a report's triples; changes when an extractor does."""
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    for name in ("jieba", "spacy", "pycountry"):  # their dictionaries and country names shape the triples
        try:
            digest.update(f"{name} {metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} -\n".encode())
    files = [p for p in _PACKAGE.glob("*.py") if p.name not in NOT_EXTRACTION]
    files += list((_PACKAGE / "extract").glob("*.py")) + [p for p in (_PACKAGE / "data").glob("*") if p.is_file()]
    for path in sorted(files, key=lambda p: p.relative_to(_PACKAGE).as_posix()):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@cache
def code_version() -> str:
    """A short hash of every file the package ships (extractors, writers, page template, ontology).

    The outputs of a build depend on all of it, the per-report triples only on
    :func:`extractor_version`'s part.
    """
    from kg.ontology import ontology_path

    digest = hashlib.sha256(extractor_version().encode())
    files = [p for p in _PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    files += [p for p in ontology_path().parent.glob("*.ttl")]
    for path in sorted(files, key=lambda p: (p.name, str(p))):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def file_digest(path: Path) -> str:
    """``sha256:<hex>`` of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return "sha256:" + digest.hexdigest()


@dataclass(frozen=True)
class ReportStats:
    """Counts of what one report gave, kept in the manifest so a cached report needs no re-reading."""

    sentences: int = 0
    triples: int = 0
    entities: tuple[tuple[str, int], ...] = ()
    figures: tuple[tuple[str, int], ...] = ()
    relations: tuple[tuple[str, int], ...] = ()

    def to_json(self) -> dict:
        return {"sentences": self.sentences, "triples": self.triples, "entities": dict(self.entities),
                "figures": dict(self.figures), "relations": dict(self.relations)}

    @classmethod
    def from_json(cls, data: dict) -> ReportStats:
        return cls(int(data["sentences"]), int(data["triples"]),
                   *(tuple(sorted((str(k), int(v)) for k, v in data[key].items()))
                     for key in ("entities", "figures", "relations")))


@dataclass(frozen=True)
class CacheEntry:
    """One cached report: where it came from, the hash of its bytes and its counts."""

    stem: str
    source: str
    digest: str
    stats: ReportStats


class BuildCache:
    """The cache folder of one build output; holds the manifest loaded at open."""

    def __init__(self, out_dir: str | Path, version: str | None = None) -> None:
        self.folder = Path(out_dir) / CACHE_DIR
        self.version = version or extractor_version()
        self.entries: dict[str, CacheEntry] = {}
        self.outputs: dict = {}  # what the last build wrote: its fingerprint, triple count and files
        manifest = self.folder / MANIFEST
        if not manifest.is_file():
            return
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or data.get("extractor") != self.version:
                log.info("extractor changed (%s → %s): rebuilding every report", data.get("extractor"), self.version)
                return
            self.entries = {stem: CacheEntry(stem, e["source"], e["digest"], ReportStats.from_json(e["stats"]))
                            for stem, e in data["reports"].items()}
            self.outputs = data.get("outputs") or {}
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.warning("ignoring the unreadable build cache %s: %s", manifest, error)

    def path(self, stem: str) -> Path:
        return self.folder / f"{stem}.nt"

    def lookup(self, stem: str, source: str, digest: str) -> tuple[CacheEntry, str] | None:
        """The entry and N-Triples text of a report whose bytes and name are unchanged, else None."""
        entry = self.entries.get(stem)
        if entry is None or entry.digest != digest or Path(entry.source).name != Path(source).name:
            return None
        try:
            text = self.path(stem).read_text(encoding="utf-8")
        except OSError:
            return None
        header, _, body = text.partition("\n")
        if header != self._header(digest):
            return None
        return entry, body

    def _header(self, digest: str) -> str:
        return f"# govkg {self.version} {digest}"

    def store(self, entry: CacheEntry, ntriples: str) -> None:
        """Write one report's triples (atomically); the manifest is written by :meth:`save`."""
        from kg.outputs import write_atomic

        self.entries[entry.stem] = entry
        text = self._header(entry.digest) + "\n" + ntriples
        write_atomic(self.path(entry.stem), lambda tmp: tmp.write_text(text, encoding="utf-8"))

    @staticmethod
    def fingerprint(entries: list[CacheEntry], options: dict) -> str:
        """A hash of what a build's outputs depend on: the code, each report's name and bytes, the options."""
        digest = hashlib.sha256(f"{code_version()}\n{json.dumps(options, sort_keys=True)}\n".encode())
        for entry in sorted(entries, key=lambda e: e.stem):
            digest.update(f"{entry.stem}\0{Path(entry.source).name}\0{entry.digest}\n".encode())
        return digest.hexdigest()

    def current_outputs(self, fingerprint: str) -> dict | None:
        """The record of the last build's outputs if they are still what this build would write, else None.

        They are when the fingerprint matches and every file written then is
        still there with the size and modification time it had.
        """
        record = self.outputs
        if not record or record.get("fingerprint") != fingerprint:
            return None
        for name, (size, mtime) in record.get("files", {}).items():
            path = self.folder.parent / name
            try:
                stat = path.stat()
            except OSError:
                return None
            if path.is_file() and (stat.st_size != size or stat.st_mtime_ns != mtime):
                return None
        return record

    @staticmethod
    def outputs_record(fingerprint: str, triples: int, files: list[Path]) -> dict:
        """What :meth:`save` keeps of a build's outputs so the next build can tell they are current."""
        stats = {}
        for path in files:
            stat = path.stat()
            stats[path.name] = [stat.st_size if path.is_file() else 0, stat.st_mtime_ns if path.is_file() else 0]
        return {"fingerprint": fingerprint, "triples": triples, "files": dict(sorted(stats.items()))}

    def save(self, keep: set[str], outputs: dict | None = None) -> None:
        """Write the manifest of the reports in ``keep`` and delete every other report's cache file.

        ``outputs`` is the :meth:`outputs_record` of the files this build wrote.
        """
        from kg.outputs import write_atomic

        self.entries = {stem: e for stem, e in self.entries.items() if stem in keep}
        for path in self.folder.glob("*.nt"):
            if path.stem not in self.entries:
                path.unlink(missing_ok=True)
        data = {"format": FORMAT, "extractor": self.version,
                "reports": {stem: {"source": e.source, "digest": e.digest, "stats": e.stats.to_json()}
                            for stem, e in sorted(self.entries.items())}}
        if outputs:
            data["outputs"] = outputs
            self.outputs = outputs
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        write_atomic(self.folder / MANIFEST, lambda tmp: tmp.write_text(text, encoding="utf-8"))
