"""Render the graph in a build folder and save a 1400x900 screenshot of the page from headless Chromium."""
from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from kg.cli_viz import load_graph
from kg.visualize import DEFAULT_MAX_NODES, render_html

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def screenshot(graph_path: Path, out: Path, *, max_nodes: int = DEFAULT_MAX_NODES, select: str | None = None) -> None:
    """Draw ``graph_path`` offline in Chromium and write a PNG, optionally with one node's panel open."""
    from playwright.sync_api import sync_playwright

    graph = load_graph(graph_path)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        page_path = Path(folder, "graph.html")
        render_html(graph, page_path, max_nodes=max_nodes)
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
        context.set_offline(True)
        tab = context.new_page()
        tab.goto(page_path.as_uri())
        tab.wait_for_function("window.govkgReady === true", timeout=60_000)
        if select:
            tab.fill("#govkg-search", select)
            tab.press("#govkg-search", "Enter")
        else:  # open the panel of the best-linked node
            tab.evaluate("govkg.data.nodes.length && govkg.select(govkg.data.nodes[0].id) && govkg.network.fit()")
        tab.wait_for_timeout(300)
        out.parent.mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=str(out))
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("graph", nargs="?", type=Path, default=Path("output"),
                        help="a folder with graph.ttl, or a graph file (default: output)")
    parser.add_argument("-o", "--output", type=Path, help="PNG to write (default: GRAPH/graph.png)")
    parser.add_argument("--max-nodes", type=int, default=DEFAULT_MAX_NODES)
    parser.add_argument("--select", help="name of a node whose panel to show")
    args = parser.parse_args()
    out = args.output or (args.graph if args.graph.is_dir() else args.graph.parent) / "graph.png"
    screenshot(args.graph, out, max_nodes=args.max_nodes, select=args.select)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
