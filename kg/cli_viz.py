"""The ``kg viz`` command: draw a graph file, a build folder or a CONSTRUCT query's result."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import click

from kg.errors import GraphError, KGError, QueryError
from kg.visualize import DEFAULT_MAX_NODES, ENTITY_CLASSES

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld"}


def load_graph(path: Path):
    """Read a graph file, or ``graph.ttl`` in a folder, merging any named graphs into one."""
    from rdflib import Dataset, Graph

    if path.is_dir():
        path = path / "graph.ttl"
    if path.suffix not in FORMATS:
        raise GraphError(f"{path}: unknown graph format; use one of {', '.join(FORMATS)} or a folder with graph.ttl")
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file; run `kg build` first or name a .ttl file")
    try:
        dataset = Dataset(default_union=True)
        dataset.parse(path, format=FORMATS[path.suffix])
    except Exception as error:  # rdflib raises many parser-specific types
        raise GraphError(f"{path}: cannot parse as {FORMATS[path.suffix]}: {error}") from error
    graph = Graph()
    for s, p, o, _ in dataset.quads():
        graph.add((s, p, o))
    return graph


def query_text(query: str) -> str:
    """Return SPARQL text: ``query`` itself, a ``.rq`` file, or a named query in ``kg/queries``."""
    if any(char.isspace() for char in query):
        return query
    if query.endswith(".rq") and Path(query).is_file():
        return Path(query).read_text(encoding="utf-8")
    named = resources.files("kg.queries") / f"{query}.rq"
    if named.is_file():
        return named.read_text(encoding="utf-8")
    known = sorted(f.name[:-3] for f in resources.files("kg.queries").iterdir() if f.name.endswith(".rq"))
    raise QueryError(f"unknown query {query!r}; give SPARQL CONSTRUCT text or one of: {', '.join(known) or 'none yet'}")


def construct(graph, query: str):
    """Run a CONSTRUCT or DESCRIBE query over ``graph`` and return the resulting graph."""
    try:
        result = graph.query(query_text(query))
    except KGError:
        raise
    except Exception as error:
        raise QueryError(f"cannot run the query: {error}") from error
    if result.type not in ("CONSTRUCT", "DESCRIBE"):
        raise QueryError(f"--query must be a CONSTRUCT or DESCRIBE query to draw, not {result.type}")
    return result.graph


def _types(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    if value is None:
        return None
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in ENTITY_CLASSES]
    if unknown or not names:
        raise click.BadParameter(f"{', '.join(unknown) or value!r}: choose from {','.join(ENTITY_CLASSES)}")
    return names


@click.command("viz")
@click.argument("graph_path", metavar="[GRAPH]", default="output", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write  [default: graph.html beside GRAPH]")
@click.option("--query", metavar="NAME|SPARQL", help="Draw the result of a named or inline CONSTRUCT query.")
@click.option("--report", metavar="STEM", help="Only what one report says, e.g. shenhe-2022.")
@click.option("--types", callback=_types, metavar="CLASS,...",
              help=f"Entity classes to draw: {','.join(ENTITY_CLASSES)}.")
@click.option("--max-nodes", type=click.IntRange(min=0), default=DEFAULT_MAX_NODES, show_default=True,
              help="Draw the N entities with most relations + figures; 0 draws all.")
@click.option("--png", type=click.Path(dir_okay=False, path_type=Path), help="Also (or, without -o, only) write a PNG.")
def viz(graph_path: Path, output: Path | None, query: str | None, report: str | None,
        types: list[str] | None, max_nodes: int, png: Path | None) -> None:
    """Draw GRAPH (a .ttl/.trig/.nt file or a folder with graph.ttl) as an interactive HTML page."""
    from kg.visualize import render_html, render_png

    if output is None and png is None:
        output = (graph_path if graph_path.is_dir() else graph_path.parent) / "graph.html"
    options = {"types": types, "report": report, "max_nodes": max_nodes}
    try:
        graph = load_graph(graph_path)
        if query:
            graph = construct(graph, query)
        for path, render in ((output, render_html), (png, render_png)):
            if path is not None:
                stats = render(graph, path, **options)
                click.echo(f"wrote {path}: {stats.nodes:,} of {stats.total_nodes:,} nodes, "
                           f"{stats.edges:,} relations, {stats.figures:,} figures, {stats.reports:,} reports")
    except (KGError, ValueError) as error:
        click.echo(f"Error: {error}", err=True)
        raise SystemExit(2) from error
