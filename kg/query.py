"""Run read-only SPARQL over a graph or a remote endpoint, with a timeout and a row cap."""
from __future__ import annotations

import csv
import io
import json
import threading
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Identifier

from kg.errors import GraphError, QueryError
from kg.queries import get_named_query, parse_named_query, sparql_term
from kg.store import PREFIXES, is_oxigraph, load_graph, sparql_prefixes

DEFAULT_TIMEOUT = 30.0
DISPLAY_PREFIXES = {**PREFIXES, "id": "https://w3id.org/govkg/id/"}
QUERY_KINDS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}


class QueryTimeoutError(QueryError):
    """A query ran past its timeout and was abandoned."""


@dataclass(frozen=True)
class QueryResult:
    """The answer to a query: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Identifier | None, ...], ...] = ()
    answer: bool | None = None
    graph: Graph | None = None
    truncated: bool = False


def resolve_query(query: str, params: Mapping[str, str] | None = None) -> tuple[str, int | None]:
    """SPARQL text from text itself, ``@file.rq`` or a named query; returns text and row limit.

    Parameters apply to named queries and ``@file.rq`` files with a header.
    """
    text = query
    if query.startswith("@"):
        path = Path(query[1:])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise QueryError(f"{path}: cannot read the query file: {error.strerror}") from None
        if text.startswith("# "):
            return parse_named_query(path.stem, text).bind(params)
    elif _looks_like_name(query):
        return get_named_query(query.strip()).bind(params)
    if params:
        raise QueryError(
            "parameters apply to named queries and @file.rq files with a header; write the values into the query"
        )
    return text, None


def _looks_like_name(query: str) -> bool:
    stripped = query.strip()
    return bool(stripped) and all(c.isalnum() or c in "-_" for c in stripped)


# rdflib's pyparsing grammar is not safe to run from two threads at once.
_PARSER_LOCK = threading.Lock()


def check_query(text: str) -> str:
    """Parse a query and return its kind; refuse updates, SERVICE and malformed text."""
    return _prepare(text)[0]


def _prepare(text: str) -> tuple[str, Query]:
    """The query's kind and its rdflib algebra, once refused if it may not run."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    with _PARSER_LOCK:
        try:
            parsed = parseQuery(text)
        except ParseException as error:
            try:
                parseUpdate(text)
            except ParseException:
                raise QueryError(
                    f"malformed query at line {error.lineno}, column {error.col}: {error.msg} "
                    f"(near {error.line.strip()[:60]!r})"
                ) from None
            raise QueryError(
                "updates are refused: the graph is read-only; send a SELECT, ASK, CONSTRUCT or DESCRIBE"
            ) from None
        try:
            prepared = translateQuery(parsed, initNs=PREFIXES)
        except Exception as error:  # rdflib raises bare Exceptions, e.g. for unknown prefixes
            raise QueryError(f"cannot read the query: {error}") from None
    if any(node.name == "ServiceGraphPattern" for node in _walk(prepared.algebra)):
        raise QueryError("SERVICE clauses are refused: queries run on this graph only")
    return QUERY_KINDS.get(parsed[1].name, parsed[1].name), prepared


def _walk(node: object):
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from _walk(value)


def run_query(
    query: str,
    graph: Graph | str | Path,
    params: Mapping[str, str] | None = None,
    *,
    backend: str = "oxigraph",
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int | None = None,
) -> QueryResult:
    """Run a read-only query (text, ``@file.rq`` or a named query) on a graph or build folder."""
    text, limit = resolve_query(query, params)
    _, prepared = _prepare(text)
    if not isinstance(graph, Graph):
        graph = load_graph(graph, backend)
    # Oxigraph parses the text itself; rdflib runs the algebra parsed above.
    runnable = text if is_oxigraph(graph) else prepared
    cap, report_cut = _row_cap(limit, max_rows)
    deadline = time.monotonic() + timeout
    result = _with_timeout(lambda: _evaluate(graph, runnable, deadline, cap), timeout)
    if result.truncated and not report_cut:
        return QueryResult(result.kind, result.variables, result.rows)
    return result


def _row_cap(limit: int | None, max_rows: int | None) -> tuple[int | None, bool]:
    """The rows to keep, and whether cutting there is truncation (a query's own limit is not).

    >>> _row_cap(10, None), _row_cap(None, 5), _row_cap(10, 5), _row_cap(5, 10)
    ((10, False), (5, True), (5, True), (5, False))
    """
    if max_rows is not None and (limit is None or max_rows < limit):
        return max_rows, True
    return limit, False


def _evaluate(graph: Graph, query: str | Query, deadline: float, cap: int | None) -> QueryResult:
    try:
        result = graph.query(query, initNs=PREFIXES)
    except SyntaxError as error:
        raise QueryError(f"malformed query: {error}") from None
    if result.type == "ASK":
        return QueryResult("ASK", answer=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(result.type, graph=result.graph)
    variables = tuple(str(v) for v in result.vars or ())
    rows = []
    truncated = False
    cursor = iter(result)
    try:
        for row in cursor:
            if time.monotonic() > deadline:
                raise _TimedOut()
            if cap is not None and len(rows) >= cap:
                truncated = True
                break
            rows.append(tuple(row))
    finally:
        # Free the engine's cursor in the thread that made it, as pyoxigraph requires.
        cursor.close()
        result.bindings = (row for row in ())  # a generator replaces the cursor
    return QueryResult("SELECT", variables, tuple(rows), truncated=truncated)


class _TimedOut(Exception):
    pass


def _with_timeout(work: Callable[[], QueryResult], timeout: float) -> QueryResult:
    """Run ``work`` in a worker thread; give up on it after ``timeout`` seconds."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # handed to the caller below
            outcome["error"] = error

    worker = threading.Thread(target=target, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    error = outcome.get("error")
    if worker.is_alive() or isinstance(error, _TimedOut):
        raise QueryTimeoutError(f"query timed out after {timeout:g} s")
    if isinstance(error, BaseException):
        if isinstance(error, (QueryError, GraphError)):
            raise error
        raise QueryError(f"query failed: {error}") from error
    return outcome["result"]  # type: ignore[return-value]


def run_remote_query(
    query: str,
    endpoint: str,
    params: Mapping[str, str] | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int | None = None,
) -> QueryResult:
    """Run a read-only query on a SPARQL 1.1 Protocol endpoint (form-encoded POST)."""
    text, limit = resolve_query(query, params)
    kind = check_query(text)
    body = urllib.parse.urlencode({"query": sparql_prefixes() + text}).encode()
    accept = (
        "text/turtle, application/n-triples;q=0.8"
        if kind in ("CONSTRUCT", "DESCRIBE")
        else "application/sparql-results+json"
    )
    request = urllib.request.Request(
        endpoint,
        data=body,
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            payload = response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip().splitlines()
        raise QueryError(f"{endpoint} answered {error.code}: {' '.join(detail)[:300]}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise QueryError(f"{endpoint}: cannot reach the endpoint: {reason}") from None
    if kind in ("CONSTRUCT", "DESCRIBE"):
        graph = Graph()
        graph.parse(data=payload, format="nt" if "n-triples" in content_type else "turtle")
        return QueryResult(kind, graph=graph)
    return _from_json_results(payload, *_row_cap(limit, max_rows))


def _from_json_results(payload: bytes, cap: int | None, report_cut: bool) -> QueryResult:
    data = json.loads(payload)
    if "boolean" in data:
        return QueryResult("ASK", answer=bool(data["boolean"]))
    variables = tuple(data["head"]["vars"])
    bindings = data["results"]["bindings"]
    truncated = report_cut and cap is not None and len(bindings) > cap
    rows = tuple(tuple(_term_from_json(b.get(v)) for v in variables) for b in bindings[:cap])
    return QueryResult("SELECT", variables, rows, truncated=truncated)


def _term_from_json(value: dict | None) -> Identifier | None:
    if value is None:
        return None
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    return Literal(value["value"], lang=value.get("xml:lang"), datatype=value.get("datatype"))


def to_json(result: QueryResult) -> dict:
    """The SPARQL 1.1 Query Results JSON form of a SELECT or ASK result."""
    if result.kind == "ASK":
        return {"head": {}, "boolean": bool(result.answer)}
    bindings = []
    for row in result.rows:
        binding = {}
        for name, term in zip(result.variables, row):
            if term is not None:
                binding[name] = _json_term(term)
        bindings.append(binding)
    return {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}


def _json_term(term: Identifier) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def _display(term: Identifier | None) -> str:
    """A term as a person reads it: prefixed IRIs, plain numbers.

    >>> _display(URIRef("https://w3id.org/govkg/id/place/沈河区"))
    'id:place/沈河区'
    >>> _display(Literal("106200000000.0", datatype=XSD.decimal))
    '106200000000'
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in DISPLAY_PREFIXES.items():
            if term.startswith(namespace):
                return f"{prefix}:{term[len(namespace):]}"
        return str(term)
    if isinstance(term, Literal) and term.datatype in (XSD.decimal, XSD.integer):
        try:
            number = Decimal(str(term))
        except InvalidOperation:
            return str(term)
        return str(int(number)) if number == number.to_integral_value() else format(number.normalize(), "f")
    return str(term)


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: East Asian wide characters take two.

    >>> _width("GDP地区生产总值")
    15
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _as_table(result: QueryResult) -> str:
    if result.kind != "SELECT":
        return _as_boolean_or_turtle(result)
    cells = [[_display(t).replace("\n", " ") for t in row] for row in result.rows]
    widths = [max([_width(v)] + [_width(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(_pad(v, w) for v, w in zip(result.variables, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() for row in cells]
    count = len(result.rows)
    lines.append(f"({count} row{'s' if count != 1 else ''}{', cut at the row limit' if result.truncated else ''})")
    return "\n".join(lines) + "\n"


def _as_csv(result: QueryResult) -> str:
    if result.kind != "SELECT":
        return _as_boolean_or_turtle(result)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else f"_:{t}" if isinstance(t, BNode) else str(t) for t in row])
    return out.getvalue()


def _as_tsv(result: QueryResult) -> str:
    if result.kind != "SELECT":
        return _as_boolean_or_turtle(result)
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join(_tsv_term(t) for t in row))
    return "\n".join(lines) + "\n"


def _tsv_term(term: Identifier | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return sparql_term(term).replace("\t", "\\t")


def _as_json(result: QueryResult) -> str:
    if result.kind not in ("SELECT", "ASK"):
        return _as_boolean_or_turtle(result)
    return json.dumps(to_json(result), ensure_ascii=False, indent=1) + "\n"


def _as_xml(result: QueryResult) -> str:
    if result.kind not in ("SELECT", "ASK"):
        return _as_boolean_or_turtle(result)
    from rdflib.query import Result
    from rdflib.term import Variable

    out = Result(result.kind)
    if result.kind == "ASK":
        out.askAnswer = bool(result.answer)
    else:
        out.vars = [Variable(v) for v in result.variables]
        out.bindings = [
            {Variable(v): t for v, t in zip(result.variables, row) if t is not None} for row in result.rows
        ]
    return out.serialize(format="xml").decode("utf-8")


def _as_boolean_or_turtle(result: QueryResult) -> str:
    if result.kind == "ASK":
        return "true\n" if result.answer else "false\n"
    graph = result.graph if result.graph is not None else Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph.serialize(format="turtle")


RESULT_FORMATS: dict[str, Callable[[QueryResult], str]] = {
    "table": _as_table,
    "csv": _as_csv,
    "tsv": _as_tsv,
    "json": _as_json,
    "xml": _as_xml,
}


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Write a result as an aligned table or a SPARQL 1.1 results format (csv, tsv, json, xml).

    ASK answers print as true/false and CONSTRUCT/DESCRIBE graphs as Turtle, whatever ``fmt``.
    """
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
    return RESULT_FORMATS[fmt](result)
