"""A read-only SPARQL 1.1 Protocol endpoint over a graph, with a small page to query it."""
from __future__ import annotations

import json
import logging
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from rdflib import Graph

from kg.errors import KGError
from kg.queries import named_queries
from kg.query import (
    DEFAULT_TIMEOUT,
    QueryResult,
    QueryTimeoutError,
    format_result,
    run_query,
    to_json,
)
from kg.store import PREFIXES, load_graph

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_MAX_ROWS = 10_000
MAX_BODY = 1 << 20

# media type -> result format, for SELECT and ASK; the first is the default
RESULT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
}
# media type -> rdflib serializer, for CONSTRUCT and DESCRIBE; the first is the default
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
}


def negotiate(accept: str | None, offered: dict[str, str]) -> str:
    """The offered media type the Accept header prefers; the first offered one by default.

    >>> negotiate("text/csv;q=0.5, text/tab-separated-values", RESULT_TYPES)
    'text/tab-separated-values'
    >>> negotiate("text/html, */*;q=0.1", GRAPH_TYPES)
    'text/turtle'
    """
    default = next(iter(offered))
    choices = []
    for position, item in enumerate((accept or "").split(",")):
        media, _, rest = item.strip().partition(";")
        quality = 1.0
        for param in rest.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        media = media.strip().lower()
        if media in offered and quality > 0:
            choices.append((-quality, position, media))
    return min(choices)[2] if choices else default


class SparqlServer(ThreadingHTTPServer):
    """An HTTP server holding the graph it answers queries on."""

    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], graph: Graph, timeout: float, max_rows: int
    ) -> None:
        super().__init__(address, SparqlHandler)
        self.graph = graph
        self.query_timeout = timeout
        self.max_rows = max_rows

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


def make_server(
    graph: Graph | str | Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    backend: str = "oxigraph",
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
) -> SparqlServer:
    """A server for ``graph`` (a graph, a build folder or a graph file); call ``serve_forever``."""
    if not isinstance(graph, Graph):
        graph = load_graph(graph, backend)
    try:
        return SparqlServer((host, port), graph, timeout, max_rows)
    except OSError as error:
        raise KGError(f"cannot listen on {host}:{port}: {error.strerror}; pick another --port") from None


class SparqlHandler(BaseHTTPRequestHandler):
    """Answers ``/sparql`` (the protocol), ``/queries`` (named queries) and ``/`` (the page)."""

    server: SparqlServer
    server_version = "govkg-sparql"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        log.info("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:  # noqa: N802 (http.server's spelling)
        url = urllib.parse.urlsplit(self.path)
        fields = urllib.parse.parse_qs(url.query)
        if url.path == "/":
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", _page())
        elif url.path == "/sparql":
            self._protocol(fields)
        elif url.path == "/queries":
            self._send_json(_catalogue())
        elif url.path.startswith("/queries/"):
            name = urllib.parse.unquote(url.path[len("/queries/"):])
            if name not in named_queries():
                known = ", ".join(named_queries())
                self._error(HTTPStatus.NOT_FOUND, f"no named query {name!r}; known queries: {known}")
            else:
                self._answer(name, {k: v[-1] for k, v in fields.items()})
        else:
            self._error(HTTPStatus.NOT_FOUND, f"no such page {url.path}; the endpoint is /sparql")

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, f"no such endpoint {url.path}; POST to /sparql")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request body is over {MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        fields = urllib.parse.parse_qs(url.query)
        if content_type == "application/sparql-query":
            fields["query"] = [body]
        elif content_type == "application/x-www-form-urlencoded":
            fields.update(urllib.parse.parse_qs(body))
        elif content_type == "application/sparql-update":
            fields["update"] = [body]
        else:
            self._error(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "send application/sparql-query or application/x-www-form-urlencoded with query=",
            )
            return
        self._protocol(fields)

    def _protocol(self, fields: dict[str, list[str]]) -> None:
        if "update" in fields:
            self._error(HTTPStatus.BAD_REQUEST, "updates are refused: this endpoint is read-only")
        elif len(fields.get("query", [])) != 1:
            self._error(HTTPStatus.BAD_REQUEST, "give exactly one query= parameter")
        elif fields.keys() & {"default-graph-uri", "named-graph-uri"}:
            self._error(HTTPStatus.BAD_REQUEST, "default-graph-uri and named-graph-uri are not supported")
        else:
            self._answer(fields["query"][0], None)

    def _answer(self, query: str, params: dict[str, str] | None) -> None:
        try:
            result = run_query(
                query,
                self.server.graph,
                params,
                timeout=self.server.query_timeout,
                max_rows=self.server.max_rows,
            )
        except QueryTimeoutError as error:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(error))
            return
        except KGError as error:
            self._error(HTTPStatus.BAD_REQUEST, str(error))
            return
        self._send_result(result)

    def _send_result(self, result: QueryResult) -> None:
        accept = self.headers.get("Accept")
        headers = {}
        if result.truncated:
            headers["X-Truncated"] = f"only the first {self.server.max_rows} rows are sent"
        if result.kind in ("CONSTRUCT", "DESCRIBE"):
            media = negotiate(accept, GRAPH_TYPES)
            graph = result.graph if result.graph is not None else Graph()
            for prefix, namespace in PREFIXES.items():
                graph.bind(prefix, namespace)
            body = graph.serialize(format=GRAPH_TYPES[media], encoding="utf-8")
            self._send(HTTPStatus.OK, f"{media}; charset=utf-8", body, headers)
            return
        media = negotiate(accept, RESULT_TYPES)
        fmt = RESULT_TYPES[media]
        if fmt == "json":
            data = to_json(result)
            if result.truncated:
                data["truncated"] = True
            text = json.dumps(data, ensure_ascii=False)
        else:
            text = format_result(result, fmt)
        self._send(HTTPStatus.OK, f"{media}; charset=utf-8", text.encode("utf-8"), headers)

    def _send_json(self, data: object) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self._send(HTTPStatus.OK, "application/json; charset=utf-8", body)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(
        self, status: HTTPStatus, content_type: str, body: bytes, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


def _catalogue() -> list[dict[str, object]]:
    return [
        {
            "name": q.name,
            "description": q.description,
            "text": q.text,
            "parameters": [
                {"name": p.name, "type": p.type, "meaning": p.meaning, "default": p.default, "required": p.required}
                for p in q.parameters
            ],
        }
        for q in named_queries().values()
    ]


def _page() -> bytes:
    return PAGE.encode("utf-8")


# Everything inline, no external URLs; results are written with textContent only.
PAGE = """<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>govkg SPARQL</title>
<style>
 body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
 textarea { width: 100%; height: 14em; font: 13px monospace; }
 table { border-collapse: collapse; margin-top: 1em; }
 th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
 th { background: #f3f3f3; }
 #params label { margin-right: 1em; }
 #status { margin-top: .5em; color: #555; }
 #status.error { color: #b00; }
</style>
</head>
<body>
<h1>govkg SPARQL</h1>
<p>
 <label>Named query <select id="named"><option value="">(write your own)</option></select></label>
 <span id="description"></span>
</p>
<div id="params"></div>
<textarea id="query" spellcheck="false">SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20</textarea>
<p><button id="run" type="button">Run</button></p>
<div id="status"></div>
<table id="results"><thead></thead><tbody></tbody></table>
<script>
"use strict";
const byId = (id) => document.getElementById(id);
let catalogue = {};

function showStatus(text, isError) {
  const status = byId("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

function termText(term) {
  if (!term) return "";
  return term.value;
}

function showTable(data) {
  const head = document.querySelector("#results thead");
  const body = document.querySelector("#results tbody");
  head.replaceChildren();
  body.replaceChildren();
  if ("boolean" in data) {
    showStatus(data.boolean ? "true" : "false", false);
    return;
  }
  const row = document.createElement("tr");
  for (const name of data.head.vars) {
    const th = document.createElement("th");
    th.textContent = name;
    row.appendChild(th);
  }
  head.appendChild(row);
  for (const binding of data.results.bindings) {
    const tr = document.createElement("tr");
    for (const name of data.head.vars) {
      const td = document.createElement("td");
      td.textContent = termText(binding[name]);
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  const n = data.results.bindings.length;
  showStatus(n + (n === 1 ? " row" : " rows") + (data.truncated ? ", cut at the row limit" : ""), false);
}

function showParams(query) {
  const box = byId("params");
  box.replaceChildren();
  for (const p of (query ? query.parameters : [])) {
    const label = document.createElement("label");
    label.textContent = p.name + " ";
    const input = document.createElement("input");
    input.name = p.name;
    input.placeholder = p.default === null ? (p.required ? "required" : "any") : p.default;
    input.title = p.meaning;
    label.appendChild(input);
    box.appendChild(label);
  }
}

async function run() {
  const name = byId("named").value;
  const text = byId("query").value;
  let response;
  showStatus("running…", false);
  try {
    if (name && catalogue[name] && catalogue[name].text === text) {
      const params = new URLSearchParams();
      for (const input of byId("params").querySelectorAll("input")) {
        if (input.value) params.set(input.name, input.value);
      }
      response = await fetch("/queries/" + encodeURIComponent(name) + "?" + params,
        { headers: { Accept: "application/sparql-results+json" } });
    } else {
      response = await fetch("/sparql", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded",
                   Accept: "application/sparql-results+json" },
        body: new URLSearchParams({ query: text }),
      });
    }
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) {
      showStatus(await response.text(), true);
    } else if (type.startsWith("application/sparql-results+json")) {
      showTable(await response.json());
    } else {
      document.querySelector("#results thead").replaceChildren();
      document.querySelector("#results tbody").replaceChildren();
      showStatus(await response.text(), false);
    }
  } catch (error) {
    showStatus(String(error), true);
  }
}

async function loadCatalogue() {
  const response = await fetch("/queries");
  for (const query of await response.json()) {
    catalogue[query.name] = query;
    const option = document.createElement("option");
    option.value = query.name;
    option.textContent = query.name;
    byId("named").appendChild(option);
  }
}

byId("named").addEventListener("change", () => {
  const query = catalogue[byId("named").value];
  byId("description").textContent = query ? query.description : "";
  if (query) byId("query").value = query.text;
  showParams(query);
});
byId("query").addEventListener("input", () => {
  const name = byId("named").value;
  if (name && catalogue[name] && catalogue[name].text !== byId("query").value) {
    byId("named").value = "";
    byId("description").textContent = "";
    showParams(null);
  }
});
byId("run").addEventListener("click", run);
loadCatalogue();
</script>
</body>
</html>
"""
