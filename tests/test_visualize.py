"""Tests for kg.visualize and ``kg viz``: the page's data, its safety, and the page in a real browser."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from kg.cli_viz import viz
from kg.visualize import ENTITY_CLASSES, graph_data, render_html, render_png

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini-graph.ttl"
KG = Namespace("https://w3id.org/govkg/ontology#")
ID = Namespace("https://w3id.org/govkg/id/")
XSS_LABEL = "<script>alert(1)</script>"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(MINI)


@pytest.fixture(scope="module")
def entity_count(graph: Graph) -> int:
    return len({s for c in ENTITY_CLASSES for s in graph.subjects(RDF.type, KG[c])})


@pytest.fixture(scope="module")
def page(graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini graph rendered once for the whole module."""
    path = tmp_path_factory.mktemp("viz") / "graph.html"
    render_html(graph, path)
    return path


def page_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="govkg-data">(.*?)</script>', html, re.S)
    assert match, "the page has no govkg-data element"
    return json.loads(match.group(1))


# ---- data preparation -------------------------------------------------------


def test_visualize_counts_every_entity(graph, entity_count):
    data = graph_data(graph)
    assert entity_count == 11
    assert len(data["nodes"]) == data["total"] == entity_count
    assert {n["cls"] for n in data["nodes"]} == set(ENTITY_CLASSES)
    assert [r["stem"] for r in data["reports"]] == ["shenhe-2022", "shenhe-2023"]
    assert {e["label"] for e in data["edges"]} >= {"locatedIn", "partOf", "responsibleFor"}


def test_visualize_node_details(graph):
    data = graph_data(graph)
    zhongjie = next(n for n in data["nodes"] if n["label"] == "中街")
    assert zhongjie["aliases"] == ["中街步行街"]
    [figure] = [data["figures"][f] for f in zhongjie["figures"]]
    assert figure == {"kind": "result", "indicator": "日均客流", "value": "300,000", "unit": "人次",
                      "comparator": "≥", "period": "2018-2021", "evidence": "中街日均客流达到30万人次", "report": 0}
    assert [data["sentences"][s]["text"] for s in zhongjie["sentences"]] == [
        "中街步行街改造提升工程全面完工，中街日均客流达到30万人次。"]


def test_visualize_figure_about_no_entity_is_under_its_report(graph):
    data = graph_data(graph)
    report = data["reports"][0]
    assert [data["figures"][f]["indicator"] for f in report["figures"]] == ["城镇新增就业"]
    attached = {f for n in data["nodes"] for f in n["figures"]}
    assert attached | set(report["figures"]) == set(range(len(data["figures"]))) and len(data["figures"]) == 8


@pytest.mark.parametrize("types, expected", [
    (["Place"], {"沈河区", "中街", "沈阳市", "五里河"}),
    (["Person"], {"林宇航"}),
    (["Project", "Person"], {"中街步行街改造提升工程", "老旧小区改造工程", "林宇航"}),
])
def test_visualize_class_filter(graph, types, expected):
    data = graph_data(graph, types=types)
    assert {n["label"] for n in data["nodes"]} == expected
    assert data["classes"] == [c for c in ENTITY_CLASSES if c in types] + ["Report"]
    ids = {n["id"] for n in data["nodes"]} | {r["id"] for r in data["reports"]}
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])


def test_visualize_report_filter(graph):
    data = graph_data(graph, report="shenhe-2023")
    assert {n["label"] for n in data["nodes"]} == {"沈河区人民政府", "沈阳市人民政府", "沈河区", "沈阳市"}
    assert [r["stem"] for r in data["reports"]] == ["shenhe-2023"]
    assert [f["evidence"] for f in data["figures"]] == ["地区生产总值增长5%"]
    assert all(s["report"] == 0 for s in data["sentences"])
    assert data["title"] == "2023年沈阳市沈河区政府工作报告"


@pytest.mark.parametrize("options, message", [
    ({"types": ["Planet"]}, "choose from Organization, Place, Project, Person"),
    ({"report": "nowhere-1999"}, "choose from: shenhe-2022, shenhe-2023"),
    ({"max_nodes": -1}, "max_nodes"),
])
def test_visualize_bad_options_name_the_valid_ones(graph, options, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        graph_data(graph, **options)


def test_visualize_max_nodes_keeps_the_best_linked(graph):
    data = graph_data(graph, max_nodes=3)
    assert [n["label"] for n in data["nodes"]] == ["沈河区", "沈河区人民政府", "中街"]
    assert data["note"].startswith("showing 3 of 11 nodes") and "--max-nodes" in data["note"]
    shown = {n["id"] for n in data["nodes"]} | {r["id"] for r in data["reports"]}
    assert all(e["from"] in shown and e["to"] in shown for e in data["edges"])
    assert len(graph_data(graph, max_nodes=0)["nodes"]) == 11


def test_visualize_layout_places_every_node_apart(graph):
    hub = ID["place/沈河区"]
    big = Graph()
    big.add((hub, RDF.type, KG.Place))
    for i in range(400):  # one component too big for the spring layout, plus isolated nodes
        big.add((ID[f"place/p{i}"], RDF.type, KG.Place))
        if i < 300:
            big.add((ID[f"place/p{i}"], KG.locatedIn, hub if i < 200 else ID[f"place/p{i - 200}"]))
    data = graph_data(big, max_nodes=0)
    positions = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(data["nodes"]) == len(positions) == 401


def test_visualize_escapes_labels_and_evidence(page, graph):
    html = page.read_text(encoding="utf-8")
    for raw in (XSS_LABEL, "<img src=x", '"onerror=alert(1) x="', "onerror=alert(2)>"):
        assert raw not in html
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in html
    data = page_data(html)
    assert XSS_LABEL in {n["label"] for n in data["nodes"]}
    assert data == json.loads(json.dumps(graph_data(graph)))


def test_visualize_page_is_self_contained(page):
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=|<link\b", html, re.I)
    assert '<meta charset="utf-8">' in html and "vis.Network" in html and "中街" in html


def test_visualize_output_is_deterministic(graph, page, tmp_path):
    again = tmp_path / "again.html"
    render_html(graph, again)
    assert again.read_bytes() == page.read_bytes()


def test_visualize_png(graph, tmp_path):
    pytest.importorskip("matplotlib", reason="render_png needs matplotlib")
    stats = render_png(graph, tmp_path / "graph.png")
    assert (tmp_path / "graph.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (stats.nodes, stats.edges, stats.figures, stats.reports) == (11, 9, 8, 2)


def test_visualize_cli_draws_a_folder(tmp_path):
    shutil.copy(MINI, tmp_path / "graph.ttl")
    result = CliRunner().invoke(viz, [str(tmp_path), "--types", "Place,Organization"])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and "8 of 8 nodes" in result.output
    assert len(page_data((tmp_path / "graph.html").read_text(encoding="utf-8"))["nodes"]) == 8


def test_visualize_cli_draws_a_construct_query(tmp_path):
    query = ("PREFIX kg: <https://w3id.org/govkg/ontology#> "
             "CONSTRUCT { ?s a kg:Place ; kg:locatedIn ?o } WHERE { ?s a kg:Place . OPTIONAL { ?s kg:locatedIn ?o } }")
    out = tmp_path / "places.html"
    result = CliRunner().invoke(viz, [str(MINI), "-o", str(out), "--query", query])
    assert result.exit_code == 0, result.output
    data = page_data(out.read_text(encoding="utf-8"))
    assert {n["label"] for n in data["nodes"]} == {"沈河区", "中街", "沈阳市", "五里河"}
    assert len(data["edges"]) == 3


@pytest.mark.parametrize("args, message", [
    (["--types", "Planet"], "choose from Organization,Place,Project,Person"),
    (["--report", "nowhere-1999"], "unknown report"),
    (["--query", "SELECT * WHERE { ?s ?p ?o }"], "CONSTRUCT"),
    (["--query", "no-such-query"], "unknown query"),
])
def test_visualize_cli_rejects_bad_options(tmp_path, args, message):
    result = CliRunner().invoke(viz, [str(MINI), "-o", str(tmp_path / "x.html"), *args])
    assert result.exit_code == 2
    assert message in result.output


# ---- the page in a real browser ---------------------------------------------


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (.ci/install-browser)")
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip("browser tests need Debian's chromium (.ci/install-browser)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def opened(browser, page):
    """The mini page opened from file:// with the network cut off; yields (page, attempts, dialogs)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.set_offline(True)
    attempts: list[str] = []

    def refuse(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            attempts.append(route.request.url)
            route.abort()

    context.route("**/*", refuse)
    context.add_init_script(
        "window.__xss = 0; window.alert = window.confirm = window.prompt = () => { window.__xss += 1; };")
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else attempts.append(r.url))
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(page.as_uri())
    tab.wait_for_function("window.govkgReady === true", timeout=20_000)
    yield tab, attempts, dialogs
    assert errors == []
    context.close()


def select_by_search(tab, text: str) -> None:
    tab.fill("#govkg-search", text)
    tab.press("#govkg-search", "Enter")
    tab.wait_for_selector("#govkg-panel:not([hidden])")


def test_visualize_browser_opens_offline_with_every_entity(opened, entity_count):
    tab, attempts, _ = opened
    assert tab.evaluate("govkg.data.nodes.length") == entity_count
    assert tab.evaluate("govkg.view.length") == entity_count + 2  # and the two report nodes
    assert tab.inner_text("#govkg-note") == f"showing {entity_count} of {entity_count} nodes"
    assert attempts == []


def test_visualize_browser_search_shows_panel(opened):
    tab, _, _ = opened
    select_by_search(tab, "区发改局")  # an alias
    assert tab.inner_text("#govkg-panel .govkg-name") == "沈河区发展和改革局"
    assert tab.inner_text("#govkg-panel .govkg-class") == "Organization"
    select_by_search(tab, "沈河区")
    panel = tab.inner_text("#govkg-panel")
    assert tab.inner_text("#govkg-panel .govkg-name") == "沈河区"
    assert "地区生产总值" in panel and "≥ 6 %" in panel and "2022" in panel
    assert "全区地区生产总值完成1062亿元，一般公共预算收入完成80.5亿元。" in panel
    assert "2023年沈阳市沈河区政府工作报告" in panel
    assert tab.evaluate("govkg.network.getSelectedNodes()") == [0]


def test_visualize_browser_click_on_canvas_shows_panel(opened):
    tab, _, _ = opened
    node = tab.evaluate("govkg.data.nodes.find(n => n.label === '中街').id")
    x, y = tab.evaluate("""id => {
        const p = govkg.network.canvasToDOM(govkg.network.getPositions([id])[id]);
        const box = document.querySelector('#govkg-network canvas').getBoundingClientRect();
        return [box.left + p.x, box.top + p.y];
    }""", node)
    tab.mouse.click(x, y)
    tab.wait_for_selector("#govkg-panel:not([hidden])")
    assert tab.inner_text("#govkg-panel .govkg-name") == "中街"
    assert tab.inner_text("#govkg-panel .govkg-class") == "Place"
    panel = tab.inner_text("#govkg-panel")
    assert "日均客流" in panel and "中街步行街改造提升工程全面完工，中街日均客流达到30万人次。" in panel


def test_visualize_browser_filters(opened):
    tab, _, _ = opened
    tab.uncheck("#govkg-classes input[value=Place]")
    assert tab.evaluate("govkg.view.get().map(n => n.id)").count(0) == 0  # 沈河区 is hidden
    assert tab.evaluate("govkg.view.length") == 13 - 4
    tab.check("#govkg-classes input[value=Place]")
    tab.select_option("#govkg-report", "report:1")
    assert tab.evaluate("govkg.view.length") == 4 + 1
    tab.select_option("#govkg-report", "year:2022")
    assert tab.evaluate("govkg.view.length") == 11 - 2 + 1  # 沈阳市 and its government only in 2023


def test_visualize_browser_runs_no_injected_code(opened):
    tab, _, dialogs = opened
    select_by_search(tab, XSS_LABEL)
    assert tab.inner_text("#govkg-panel .govkg-name") == XSS_LABEL
    panel = tab.inner_text("#govkg-panel")
    assert '"onerror=alert(1) x="' in panel and "<img src=x onerror=alert(2)>" in panel
    assert "<img src=x onerror=alert(3)>" in panel  # the alias
    tab.wait_for_timeout(200)
    assert tab.evaluate("window.__xss") == 0 and dialogs == []
    assert tab.evaluate("document.querySelectorAll('[onerror], img, #govkg-panel script').length") == 0


def test_visualize_browser_draws_something(opened, browser):
    tab, _, _ = opened
    shot = tab.locator("#govkg-network").screenshot()
    blank = browser.new_page(viewport={"width": 1400, "height": 900})
    blank.set_content("<div style='width:900px;height:700px;background:#fff'></div>")
    white = blank.screenshot()
    blank.close()
    try:
        from io import BytesIO

        from PIL import Image
    except ImportError:
        assert len(shot) > 3 * len(white)
    else:
        image = Image.open(BytesIO(shot)).convert("RGB")
        assert len(image.getcolors(maxcolors=1 << 24)) > 50
        assert image.convert("L").getextrema()[0] < 128
