"""Where graphs live: an Oxigraph store on disk (the default) or rdflib's memory store.

Both backends are reached through rdflib's API (``rdflib.Dataset``), so the
rest of govkg does not care which one holds a graph. A build keeps its store
at ``<output>/store/``; :func:`save_store` replaces it atomically.
"""
from __future__ import annotations

import logging
import os
import queue
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import NoReturn
from pathlib import Path

from rdflib import Dataset, Graph, Literal
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import GraphError

log = logging.getLogger(__name__)

STORE_DIR = "store"
GRAPH_FILES = ("graph.trig", "graph.ttl", "graph.nq", "graph.nt", "graph.jsonld")

# File suffix -> rdflib parser. The Oxigraph backend loads with pyoxigraph's fast
# parsers ("ox-" plugins of oxrdflib); the memory backend keeps rdflib's own, as the
# ox- parsers hand rdflib explicit xsd:string literals that its SPARQL engine does
# not match with plain ones.
PARSE_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}

# name -> (rdflib serializer, prefixes abbreviate?, sort lines?)
EXPORT_FORMATS: dict[str, tuple[str, bool]] = {
    "turtle": ("turtle", False),
    "nt": ("nt", True),
    "trig": ("trig", False),
    "jsonld": ("json-ld", False),
}

PREFIXES: dict[str, str] = {
    "kg": "https://w3id.org/govkg/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


def _oxigraph_dataset() -> Dataset:
    return Dataset(store="Oxigraph", default_union=True)


def _memory_dataset() -> Dataset:
    return Dataset(default_union=True)


BACKENDS: dict[str, Callable[[], Dataset]] = {
    "oxigraph": _oxigraph_dataset,
    "memory": _memory_dataset,
}


def new_dataset(backend: str = "oxigraph") -> Dataset:
    """An empty dataset whose default graph is the union of its graphs."""
    if backend not in BACKENDS:
        raise GraphError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    dataset = BACKENDS[backend]()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    return dataset


def is_oxigraph(graph: Graph) -> bool:
    """Whether ``graph`` is held by an Oxigraph store."""
    from oxrdflib import OxigraphStore

    return isinstance(graph.store, OxigraphStore)


def parse_graph(path: str | Path, backend: str = "oxigraph") -> Dataset:
    """Parse an RDF file (.ttl, .trig, .nt, .nq, .jsonld, .rdf) with pyoxigraph's parsers."""
    path = Path(path)
    fmt = PARSE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphError(f"{path}: unknown graph file type; use one of {', '.join(PARSE_FORMATS)}")
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file; run `kg build` first or pass --graph")
    dataset = new_dataset(backend)
    options = {"transactional": False} if is_oxigraph(dataset) else {}
    if is_oxigraph(dataset):
        fmt = f"ox-{fmt}"
    try:
        dataset.parse(str(path), format=fmt, **options)
    except Exception as error:  # parsers raise SyntaxError, ValueError or their own errors
        raise GraphError(f"{path}: cannot parse the graph: {error}") from error
    return dataset


def open_store(directory: str | Path, read_only: bool = True) -> Dataset:
    """Open an Oxigraph store on disk; read-only opens never lock out other readers."""
    import pyoxigraph
    from oxrdflib import OxigraphStore

    directory = Path(directory)
    if read_only and not directory.is_dir():
        raise GraphError(f"{directory}: no store here; run `kg build` first")
    try:
        inner = pyoxigraph.Store.read_only(str(directory)) if read_only else pyoxigraph.Store(str(directory))
    except OSError as error:
        raise GraphError(f"{directory}: cannot open the store: {error}") from error
    dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    return dataset


def load_graph(source: str | Path, backend: str = "oxigraph") -> Dataset:
    """The graph of a build folder (its store/, else its graph file) or of one graph file."""
    source = Path(source)
    if backend not in BACKENDS:
        raise GraphError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if source.is_file():
        return parse_graph(source, backend)
    if not source.is_dir():
        raise GraphError(f"{source}: no such folder or graph file; run `kg build` first or pass --graph")
    store = source / STORE_DIR
    if store.is_dir():
        dataset = open_store(store)
        if backend == "oxigraph":
            return dataset
        memory = new_dataset(backend)
        memory.addN((s, p, _plain(o), memory.default_graph) for s, p, o in dataset.triples((None, None, None)))
        return memory
    for name in GRAPH_FILES:
        if (source / name).is_file():
            return parse_graph(source / name, backend)
    raise GraphError(f"{source}: holds neither {STORE_DIR}/ nor any of {', '.join(GRAPH_FILES)}; run `kg build`")


def _plain(term: Node) -> Node:
    """rdflib's SPARQL tells "x"^^xsd:string from "x"; RDF 1.1 does not. Use the plain form."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def save_store(graph: Graph, directory: str | Path) -> Path:
    """Write ``graph`` as an Oxigraph store at ``directory``, replacing it atomically.

    The store is built in a sibling temporary folder and renamed into place, so
    readers see the old store or the new one, never a half-written one.
    """
    def load(store) -> None:
        store.bulk_load(input=graph.serialize(format="ox-nquads", encoding="utf-8"), format=_ox().RdfFormat.N_QUADS)

    return _build_store(Path(directory), load)


def sparql_prefixes() -> str:
    """PREFIX declarations for :data:`PREFIXES` (kg:, prov:, rdfs: …), to put before a query's text."""
    return "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())


def select(graph: Graph, query: str) -> Iterator[tuple[str | None, ...]]:
    """The rows of a SPARQL SELECT as plain strings (IRIs and lexical forms; None where unbound).

    The query may use the prefixes of :data:`PREFIXES` without declaring them.

    Over an Oxigraph store (:func:`lines_graph`) the query runs natively and no
    rdflib term is made, which is most of the cost of reading a corpus slice
    through rdflib; over any other graph rdflib answers it.
    """
    query = sparql_prefixes() + query
    if is_oxigraph(graph):
        union = isinstance(graph, Dataset) and graph.default_union  # a .trig file: every triple in a named graph
        for solution in graph.store._inner.query(query, use_default_graph_as_union=union):
            yield tuple(term.value if term is not None else None for term in solution)
        return
    for row in graph.query(query):
        yield tuple(str(term) if term is not None else None for term in row)


LOAD_BATCH = 100_000


def lines_graph(lines: Iterable[str]) -> Graph:
    """An rdflib Graph over an in-memory Oxigraph store holding N-Triples ``lines``, loaded in batches.

    For read-mostly slices of a corpus graph: a tenth of the memory of rdflib's
    own store, and no text of the whole slice is ever built.
    """
    graph = Graph(store="Oxigraph", identifier=DATASET_DEFAULT_GRAPH_ID)
    _load_lines(graph.store._inner, lines)  # the pyoxigraph.Store behind oxrdflib; the Graph reads its default graph
    return graph


def _load_lines(store, lines: Iterable[str]) -> None:
    """Bulk-load N-Triples lines into the default graph of ``store`` in batches of LOAD_BATCH lines.

    Oxigraph parses each batch natively; a one-shot load of a corpus graph
    peaks near 700 MB, batches stay near 150 MB.
    """
    ox = _ox()
    batch: list[str] = []

    def flush() -> None:
        if batch:
            store.bulk_load(input="".join(batch).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
            batch.clear()

    for line in lines:
        batch.append(line)
        if len(batch) >= LOAD_BATCH:
            flush()
    flush()


class StoreBuilder:
    """A new store at ``directory``, loaded from N-Triples text in a thread as the text comes.

    A build hands it each report's triples as the report is extracted, so the
    store loads on a core extraction leaves free (Oxigraph's loader lets go of
    the GIL); :meth:`finish` swaps it into place like :func:`save_store`,
    :meth:`discard` drops it. Text is loaded in batches of about LOAD_BATCH lines.
    """

    def __init__(self, directory: str | Path) -> None:
        self.target = Path(directory)
        self._building = _aside_folder(self.target)
        self._queue: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="govkg-store", daemon=True)
        self._thread.start()

    def add(self, ntriples: str) -> None:
        """Load N-Triples text (whole lines; duplicates and order do not matter)."""
        if ntriples:
            self._queue.put(ntriples)

    def _load(self) -> None:
        ox = _ox()
        done = False  # the None that ends the text has come
        try:
            store = ox.Store(str(self._building))
            batch: list[str] = []
            size = 0
            while not done:
                text = self._queue.get()
                done = text is None
                if text is not None:
                    batch.append(text)
                    size += text.count("\n")
                if batch and (done or size >= LOAD_BATCH):
                    store.bulk_load(input="".join(batch).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
                    batch, size = [], 0
            store.flush()
            del store
        except BaseException as error:  # raised again by finish()
            self._error = error
            while not done:  # take what add() still gives until the end, unloaded
                done = self._queue.get() is None

    def finish(self) -> Path:
        """Wait for every text given to load, then put the store in place; returns its directory."""
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            _give_up(self._building, self.target, self._error)
        return put_in_place(self._building, self.target)

    def discard(self) -> None:
        """Stop loading and remove what was loaded; the store in place, if any, is left as it was."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        shutil.rmtree(self._building, ignore_errors=True)


def _ox():
    import pyoxigraph

    return pyoxigraph


def _build_store(target: Path, load) -> Path:
    """Build a store in a sibling temporary folder with ``load(store)``, then rename it into place."""
    return put_in_place(_build_aside(target, load), target)


def _aside_folder(target: Path) -> Path:
    """A new empty folder beside ``target`` to build its next store in."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}-new-", dir=target.parent))


def _give_up(building: Path, target: Path, error: BaseException) -> NoReturn:
    """Remove a store being built and raise ``error``, an OSError as a GraphError naming ``target``."""
    shutil.rmtree(building, ignore_errors=True)
    if isinstance(error, OSError):
        raise GraphError(f"{target}: cannot write the store: {error}") from error
    raise error


def _build_aside(target: Path, load) -> Path:
    """Build a store with ``load(store)`` in a temporary folder beside ``target``; returns that folder."""
    building = _aside_folder(target)
    try:
        store = _ox().Store(str(building))
        load(store)
        store.flush()
        del store
    except BaseException as error:
        _give_up(building, target, error)
    return building


def build_store_aside(lines: Iterable[str], directory: str | Path) -> Path:
    """Load N-Triples ``lines`` into a new store beside ``directory``, not yet in place: pass the folder
    returned to :func:`put_in_place` once everything else written with it has been written, or remove it."""
    return _build_aside(Path(directory), lambda store: _load_lines(store, lines))


def put_in_place(building: Path, target: str | Path) -> Path:
    """Swap a store built aside into ``target`` (the store there before is removed); returns ``target``."""
    target = Path(target)
    try:
        _swap_into_place(building, target)
    except BaseException as error:
        _give_up(building, target, error)
    log.info("wrote the store at %s", target)
    return target


def _swap_into_place(new: Path, target: Path) -> None:
    if not target.exists():
        os.rename(new, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=target.parent))
    os.rename(target, old / target.name)
    try:
        os.rename(new, target)
    except OSError:
        os.rename(old / target.name, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def export_graph(graph: Graph, fmt: str = "turtle") -> bytes:
    """Serialize a graph deterministically as Turtle, N-Triples, TriG or JSON-LD."""
    if fmt not in EXPORT_FORMATS:
        raise GraphError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    serializer, sort_lines = EXPORT_FORMATS[fmt]
    copy: Graph = Dataset() if serializer == "trig" else Graph()
    for prefix, namespace in PREFIXES.items():
        copy.bind(prefix, namespace)
    if isinstance(copy, Dataset) and isinstance(graph, Dataset):
        copy.addN((s, p, _plain(o), copy.graph(g.identifier if isinstance(g, Graph) else g))
                  for s, p, o, g in graph.quads((None, None, None, None)))
    else:
        target = copy.default_graph if isinstance(copy, Dataset) else copy
        copy.addN((s, p, _plain(o), target) for s, p, o in graph.triples((None, None, None)))
    data = copy.serialize(format=serializer, encoding="utf-8")
    if sort_lines:
        data = b"".join(sorted(data.splitlines(keepends=True)))
    return data
