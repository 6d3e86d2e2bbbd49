"""Tests for kg.push and remote queries against real Oxigraph and Virtuoso servers."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli_sparql import push as push_command
from kg.errors import GraphError, QueryError
from kg.push import push_graph
from kg.query import run_remote_query

MINI = Path(__file__).parent / "data" / "sparql-mini.ttl"
GRAPH = "https://example.org/govkg/mini"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
COUNT_IN_GRAPH = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    return False


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def number(result) -> int:
    return int(result.rows[0][0])


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


@pytest.fixture
def oxigraph(tmp_path):
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph; .ci/install-servers)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "oxigraph"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        if not wait_for(f"{url}/query?query=ASK%7B%7D", 30):
            pytest.skip("the oxigraph server did not start within 30 s")
        yield url
    finally:
        stop(process)


def test_push_gsp_default_graph_then_query(oxigraph):
    report = push_graph(MINI, f"{oxigraph}/store", chunk_size=100)
    assert (report.triples, report.requests, report.graph) == (367, 4, None)
    assert number(run_remote_query(COUNT, f"{oxigraph}/query")) == 367
    result = run_remote_query("projects-in-place", f"{oxigraph}/query", {"place": "沈河区"})
    assert [str(row[1]) for row in result.rows] == ["中街步行街改造工程", "五爱市场改造提升工程", "地铁六号线沈河段"]


def test_push_gsp_replaces_the_graph(oxigraph):
    push_graph(MINI, f"{oxigraph}/store", graph_iri=GRAPH, chunk_size=1000)
    push_graph(MINI, f"{oxigraph}/store", graph_iri=GRAPH, chunk_size=50)
    assert number(run_remote_query(COUNT_IN_GRAPH, f"{oxigraph}/query")) == 367


def test_push_update_into_named_graph(oxigraph):
    report = push_graph(MINI, f"{oxigraph}/update", graph_iri=GRAPH, method="update", chunk_size=120)
    assert report.requests == 4
    push_graph(MINI, f"{oxigraph}/update", graph_iri=GRAPH, method="update", chunk_size=400)
    assert number(run_remote_query(COUNT_IN_GRAPH, f"{oxigraph}/query")) == 367
    assert number(run_remote_query(COUNT, f"{oxigraph}/query")) == 0


def test_push_remote_query_formats(oxigraph):
    push_graph(MINI, f"{oxigraph}/store")
    top = run_remote_query("top-entities", f"{oxigraph}/query", {"limit": "1"})
    assert [str(t) for t in top.rows[0][:3]] == ["沈河区", "https://w3id.org/govkg/ontology#Place", "9"]
    assert run_remote_query("ASK { ?s kg:partOf ?o }", f"{oxigraph}/query").answer is True
    graph = run_remote_query("CONSTRUCT WHERE { ?s kg:partOf ?o }", f"{oxigraph}/query").graph
    assert len(graph) == 2
    capped = run_remote_query("SELECT ?s WHERE { ?s ?p ?o }", f"{oxigraph}/query", max_rows=3)
    assert len(capped.rows) == 3 and capped.truncated


def test_push_cli_reports_what_it_sent(oxigraph):
    result = CliRunner().invoke(push_command, ["--endpoint", f"{oxigraph}/store", "--graph", GRAPH,
                                               "--source", str(MINI), "--chunk", "200"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().startswith(f"sent 367 triples to <{GRAPH}>")


def test_push_errors_name_the_endpoint(oxigraph):
    with pytest.raises(GraphError, match="answered 4"):
        push_graph(MINI, f"{oxigraph}/query", method="update")
    with pytest.raises(GraphError, match="not an absolute IRI"):
        push_graph(MINI, f"{oxigraph}/store", graph_iri="not an iri")
    with pytest.raises(GraphError, match="gsp, update"):
        push_graph(MINI, f"{oxigraph}/store", method="ftp")
    with pytest.raises(QueryError, match="updates are refused"):
        run_remote_query("CLEAR ALL", f"{oxigraph}/query")


def test_push_unreachable_endpoint():
    with pytest.raises(GraphError, match="cannot reach"):
        push_graph(MINI, f"http://127.0.0.1:{free_port()}/store", timeout=5)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {dir}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
MaxClientConnections = 5
ServerThreads = 5

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource-7-bin; .ci/install-servers)")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port = free_port()
    (folder / "virtuoso.ini").write_text(
        VIRTUOSO_INI.format(dir=folder, sql_port=free_port(), http_port=http_port), encoding="utf-8"
    )
    process = subprocess.Popen(
        [binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
        cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{http_port}"
    try:
        if not wait_for(f"{url}/sparql?query=ASK%7B%7D", 60):
            pytest.skip("Virtuoso did not start within 60 s")
        yield url
    finally:
        stop(process)


def test_push_virtuoso_graph_store_with_digest_auth(virtuoso):
    report = push_graph(MINI, f"{virtuoso}/sparql-graph-crud-auth", graph_iri=GRAPH,
                        user="dba", password="dba", chunk_size=100)
    assert (report.triples, report.requests) == (367, 4)
    assert number(run_remote_query(COUNT_IN_GRAPH, f"{virtuoso}/sparql")) == 367
    # Virtuoso's default graph is the union of its graphs: named queries run unchanged.
    result = run_remote_query("targets", f"{virtuoso}/sparql", {"year": "2023"})
    assert [str(row[2]) for row in result.rows] == ["地区生产总值增长", "城镇新增就业", "细颗粒物平均浓度"]


def test_push_virtuoso_refuses_anonymous_writes(virtuoso):
    with pytest.raises(GraphError, match="answered 40"):
        push_graph(MINI, f"{virtuoso}/sparql-graph-crud-auth", graph_iri=GRAPH, chunk_size=100)
