"""Send a graph to a remote triple store by the SPARQL 1.1 Graph Store Protocol or Update."""
from __future__ import annotations

import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.term import Identifier

from kg.errors import GraphError
from kg.queries import sparql_term
from kg.store import load_graph

log = logging.getLogger(__name__)

DEFAULT_CHUNK = 50_000
DEFAULT_TIMEOUT = 120.0


@dataclass(frozen=True)
class PushReport:
    """What a push sent: to where, into which graph, how many triples in how many requests."""

    endpoint: str
    graph: str | None
    triples: int
    requests: int


def _term(term: Identifier) -> str:
    return f"_:{term}" if isinstance(term, BNode) else sparql_term(term)


def _lines(graph: Graph) -> tuple[list[str], list[str]]:
    """The graph as Turtle lines: those holding blank nodes apart, to travel in one request."""
    with_bnodes, plain = [], []
    for s, p, o in graph.triples((None, None, None)):
        line = f"{_term(s)} {_term(p)} {_term(o)} ."
        (with_bnodes if isinstance(s, BNode) or isinstance(o, BNode) else plain).append(line)
    return sorted(with_bnodes), sorted(plain)


def _chunks(graph: Graph, size: int) -> Iterator[list[str]]:
    """Chunks of at most ``size`` lines, except the first, which takes every blank-node triple."""
    with_bnodes, plain = _lines(graph)
    first = with_bnodes + plain[: max(0, size - len(with_bnodes))]
    yield first
    for start in range(len(first) - len(with_bnodes), len(plain), size):
        yield plain[start : start + size]


def _opener(endpoint: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    if user is None:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, endpoint, user, password or "")
    return urllib.request.build_opener(
        urllib.request.HTTPDigestAuthHandler(passwords), urllib.request.HTTPBasicAuthHandler(passwords)
    )


def _send(
    opener: urllib.request.OpenerDirector, url: str, method: str, content_type: str, body: bytes, timeout: float
) -> None:
    request = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": content_type})
    try:
        with opener.open(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read().decode("utf-8", "replace").split())[:300]
        raise GraphError(f"{url}: the endpoint answered {error.code} {error.reason}: {detail}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise GraphError(f"{url}: cannot reach the endpoint: {getattr(error, 'reason', error)}") from None


def _push_gsp(
    chunks: Iterable[list[str]], endpoint: str, graph_iri: str | None, send: Callable[..., None]
) -> int:
    """PUT the first chunk (replacing the graph), POST the others (appending to it)."""
    target = f"graph={urllib.parse.quote(graph_iri, safe='')}" if graph_iri else "default"
    url = f"{endpoint}{'&' if '?' in endpoint else '?'}{target}"
    requests = 0
    for index, chunk in enumerate(chunks):
        body = "".join(line + "\n" for line in chunk).encode("utf-8")
        send(url, "PUT" if index == 0 else "POST", "text/turtle; charset=utf-8", body)
        requests += 1
    return requests


def _push_update(
    chunks: Iterable[list[str]], endpoint: str, graph_iri: str | None, send: Callable[..., None]
) -> int:
    """INSERT DATA chunk by chunk; a named graph is dropped first, so the push replaces it."""
    requests = 0
    for index, chunk in enumerate(chunks):
        triples = "".join(f"  {line}\n" for line in chunk)
        if graph_iri:
            graph = sparql_term(_iri(graph_iri))
            update = f"INSERT DATA {{ GRAPH {graph} {{\n{triples}}} }}"
            if index == 0:
                update = f"DROP SILENT GRAPH {graph} ;\n{update}"
        else:
            update = f"INSERT DATA {{\n{triples}}}"
        send(endpoint, "POST", "application/sparql-update; charset=utf-8", update.encode("utf-8"))
        requests += 1
    return requests


def _iri(value: str) -> URIRef:
    return URIRef(value)


def _is_iri(value: str) -> bool:
    try:
        sparql_term(URIRef(value))
    except ValueError:
        return False
    return True


METHODS: dict[str, Callable[..., int]] = {"gsp": _push_gsp, "update": _push_update}


def push_graph(
    graph: Graph | str | Path,
    endpoint: str,
    *,
    graph_iri: str | None = None,
    method: str = "gsp",
    user: str | None = None,
    password: str | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    timeout: float = DEFAULT_TIMEOUT,
    backend: str = "oxigraph",
) -> PushReport:
    """Send ``graph`` (a graph, build folder or graph file) to a remote store, in chunks.

    ``gsp`` speaks the Graph Store Protocol (``endpoint`` is the store URL, such as
    Oxigraph's ``/store`` or Fuseki's ``/ds/data``) and replaces the target graph;
    ``update`` sends ``INSERT DATA`` to an update endpoint. Without ``graph_iri``
    the triples go to the default graph.
    """
    if method not in METHODS:
        raise GraphError(f"unknown push method {method!r}; choose one of {', '.join(METHODS)}")
    if chunk_size < 1:
        raise GraphError(f"chunk size {chunk_size} must be at least 1")
    if graph_iri is not None and not _is_iri(graph_iri):
        raise GraphError(f"--graph {graph_iri!r} is not an absolute IRI, such as https://example.org/govkg")
    if not isinstance(graph, Graph):
        graph = load_graph(graph, backend)
    opener = _opener(endpoint, user, password)

    def send(url: str, verb: str, content_type: str, body: bytes) -> None:
        log.info("%s %s (%d bytes)", verb, url, len(body))
        _send(opener, url, verb, content_type, body, timeout)

    try:
        chunks = list(_chunks(graph, chunk_size))
    except ValueError as error:
        raise GraphError(f"cannot write the graph for sending: {error}") from None
    requests = METHODS[method](chunks, endpoint, graph_iri, send)
    return PushReport(endpoint, graph_iri, sum(len(c) for c in chunks), requests)
