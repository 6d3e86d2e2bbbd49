"""Tests for kg.serve over real HTTP: the SPARQL protocol, refusals, limits and the page."""
from __future__ import annotations

import json
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.serve import make_server
from kg.store import load_graph

MINI = Path(__file__).parent / "data" / "sparql-mini.ttl"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def server():
    srv = make_server(load_graph(MINI), "127.0.0.1", 0, timeout=0.5, max_rows=5)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(5)


def fetch(url, data=None, headers=None, method=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8")


def get(server, query, accept="application/sparql-results+json"):
    return fetch(f"{server.url}/sparql?query={urllib.parse.quote(query)}", headers={"Accept": accept})


def count(server):
    status, _, body = get(server, COUNT)
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_serve_get_returns_json_results(server):
    status, headers, body = get(server, "SELECT ?l WHERE { <https://w3id.org/govkg/id/place/中街> rdfs:label ?l }")
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"] == [{"l": {"type": "literal", "value": "中街"}}]


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/sparql-query", COUNT.encode()),
        ("application/x-www-form-urlencoded", urllib.parse.urlencode({"query": COUNT}).encode()),
    ],
)
def test_serve_post_forms(server, content_type, body):
    status, _, text = fetch(f"{server.url}/sparql", body, {"Content-Type": content_type})
    assert status == 200
    assert json.loads(text)["results"]["bindings"][0]["n"]["value"] == "367"


@pytest.mark.parametrize(
    ("accept", "media", "start"),
    [
        ("text/csv", "text/csv", "n\r\n367\r\n"),
        ("text/tab-separated-values", "text/tab-separated-values", "?n\n"),
        ("application/sparql-results+xml", "application/sparql-results+xml", "<?xml"),
        ("text/html;q=0.9, text/csv;q=0.2, text/tab-separated-values;q=0.5", "text/tab-separated-values", "?n"),
        ("*/*", "application/sparql-results+json", '{"head"'),
    ],
)
def test_serve_accept_negotiation(server, accept, media, start):
    status, headers, body = get(server, COUNT, accept)
    assert status == 200 and headers["Content-Type"].startswith(media)
    assert body.startswith(start)


def test_serve_construct_as_turtle_or_ntriples(server):
    query = "CONSTRUCT { ?o kg:partOf ?p } WHERE { ?o kg:partOf ?p }"
    status, headers, body = get(server, query, "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and "kg:partOf" in body
    status, headers, body = get(server, query, "application/n-triples")
    assert headers["Content-Type"].startswith("application/n-triples") and len(body.splitlines()) == 2


def test_serve_ask(server):
    status, _, body = get(server, "ASK { ?s kg:locatedIn ?o }")
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/sparql-update", b"DELETE WHERE { ?s ?p ?o }"),
        ("application/x-www-form-urlencoded", b"update=CLEAR%20ALL"),
        ("application/sparql-query", b"DELETE WHERE { ?s ?p ?o }"),
        ("application/x-www-form-urlencoded", b"query=DROP%20ALL"),
        ("application/sparql-query", b"INSERT DATA { <urn:a> <urn:b> <urn:c> }"),
        ("application/sparql-query", b"LOAD <http://example.org/x.ttl>"),
    ],
)
def test_serve_refuses_updates_and_changes_nothing(server, content_type, body):
    status, _, text = fetch(f"{server.url}/sparql", body, {"Content-Type": content_type})
    assert status == 400 and "updates are refused" in text
    assert count(server) == 367


def test_serve_refuses_service(server):
    status, _, text = get(server, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert status == 400 and "SERVICE" in text


def test_serve_malformed_query_gives_line_and_column(server):
    status, _, text = get(server, "SELECT ?x WHERE {\n ?x ?y }")
    assert status == 400 and "line 2" in text and "column" in text


def test_serve_times_out(server):
    status, _, text = get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g a ?h }")
    assert status == 503 and "timed out after 0.5 s" in text


def test_serve_caps_rows_and_says_so(server):
    status, headers, body = get(server, "SELECT ?s WHERE { ?s ?p ?o }")
    data = json.loads(body)
    assert status == 200 and len(data["results"]["bindings"]) == 5
    assert data["truncated"] is True and "5 rows" in headers["X-Truncated"]
    status, headers, body = get(server, "SELECT ?s WHERE { ?s a kg:Report }")
    assert "X-Truncated" not in headers and "truncated" not in json.loads(body)


def test_serve_named_queries(server):
    status, _, body = fetch(f"{server.url}/queries")
    names = [q["name"] for q in json.loads(body)]
    assert status == 200 and "targets" in names and "projects-in-place" in names
    status, _, body = fetch(f"{server.url}/queries/projects-in-place?place={urllib.parse.quote('五爱')}")
    bindings = json.loads(body)["results"]["bindings"]
    assert [b["project_label"]["value"] for b in bindings] == ["五爱市场改造提升工程"]
    status, _, body = fetch(f"{server.url}/queries/nope")
    assert status == 404 and "known queries" in body


def test_serve_page_is_self_contained(server):
    status, headers, body = fetch(f"{server.url}/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "http://" not in body and "https://" not in body
    assert "textContent" in body and "innerHTML" not in body


def test_serve_listens_on_loopback_by_default():
    srv = make_server(MINI, port=0)
    try:
        assert srv.server_address[0] == "127.0.0.1"
    finally:
        srv.server_close()


def _browser_skip_reason() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (.ci/install-browser installs it)"
    if shutil.which("chromium") is None:
        return "no chromium binary on PATH (.ci/install-browser installs it)"
    return None


@pytest.mark.skipif(_browser_skip_reason() is not None, reason=str(_browser_skip_reason()))
def test_serve_page_runs_a_query_in_chromium(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page()
            page.goto(f"{server.url}/")
            page.fill("#query", "SELECT ?label WHERE { ?p a kg:Person ; rdfs:label ?label } ORDER BY ?label")
            page.click("#run")
            page.wait_for_selector("#results tbody tr")
            cells = page.locator("#results tbody td").all_text_contents()
            assert cells == ["刘晓明", "林宇航"]
            page.select_option("#named", "projects-in-place")
            page.fill("#params input[name=place]", "<b>五爱</b>")
            page.click("#run")
            page.wait_for_selector("#status:has-text('0 rows')")
            page.fill("#params input[name=place]", "五爱")
            page.click("#run")
            page.wait_for_selector("#status:has-text('1 row')")
            assert "五爱市场改造提升工程" in page.locator("#results tbody").inner_text()
        finally:
            browser.close()


@pytest.mark.skipif(_browser_skip_reason() is not None, reason=str(_browser_skip_reason()))
def test_serve_page_runs_nothing_from_the_data(tmp_path):
    """Labels and evidence holding <script> and onerror= show as text on the query page."""
    from playwright.sync_api import sync_playwright

    hostile = make_server(Path(__file__).parent / "data" / "mini-graph.ttl", "127.0.0.1", 0)
    thread = threading.Thread(target=hostile.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{hostile.server_address[1]}"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"),
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            try:
                page = browser.new_page()
                dialogs = []
                page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
                page.goto(f"{url}/")
                page.fill("#query", "SELECT ?text WHERE { { ?o rdfs:label ?text } UNION { ?o skos:altLabel ?text } "
                                    "UNION { ?f kg:evidenceText ?text } FILTER(CONTAINS(?text, '<')) }")
                page.click("#run")
                page.wait_for_selector("#results tbody tr")
                shown = page.locator("#results tbody").inner_text()
                assert "<script>alert(1)</script>" in shown and "onerror=alert(2)" in shown
                assert page.locator("#results img, #results script").count() == 0
                page.wait_for_timeout(300)
                assert dialogs == []
            finally:
                browser.close()
    finally:
        hostile.shutdown()
