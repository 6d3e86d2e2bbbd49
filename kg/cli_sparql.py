"""The SPARQL commands of ``kg``: query, queries, export, serve and push."""
from __future__ import annotations

from pathlib import Path

import click

from kg.errors import QueryError

DEFAULT_GRAPH = "output"


def _params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise QueryError(f"--param {item!r}: write name=value")
        params[name.strip()] = value
    return params


graph_option = click.option(
    "--graph",
    "graph",
    default=DEFAULT_GRAPH,
    show_default=True,
    help="A build folder (its store/ or graph file) or a graph file (.ttl, .trig, .nt, .jsonld).",
)
backend_option = click.option(
    "--backend",
    default="oxigraph",
    show_default=True,
    help="Where the graph is held: oxigraph or memory (rdflib).",
)


@click.command()
@click.argument("query")
@graph_option
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="A named query's parameter.")
@click.option("--format", "fmt", default="table", show_default=True, help="table, csv, tsv, json or xml.")
@click.option("--endpoint", default=None, help="Query this SPARQL endpoint instead of a local graph.")
@click.option("--timeout", default=30.0, show_default=True, help="Seconds before the query is abandoned.")
@backend_option
def query(query: str, graph: str, params: tuple[str, ...], fmt: str, endpoint: str | None,
          timeout: float, backend: str) -> None:
    """Run QUERY: SPARQL text, @file.rq or the name of a stored query (see `kg queries`)."""
    from kg.query import format_result, run_query, run_remote_query

    if endpoint:
        result = run_remote_query(query, endpoint, _params(params), timeout=timeout)
    else:
        result = run_query(query, Path(graph), _params(params), backend=backend, timeout=timeout)
    click.echo(format_result(result, fmt), nl=False)


@click.command()
def queries() -> None:
    """List the named queries with what they answer and their parameters."""
    from kg.queries import named_queries

    for named in named_queries().values():
        click.echo(f"{named.name}: {named.description}")
        for param in named.parameters:
            default = "required" if param.required else f"default: {param.default or 'any'}"
            click.echo(f"    --param {param.name}=…  {param.meaning} ({param.type}; {default})")


@click.command()
@graph_option
@click.option("--format", "fmt", default="turtle", show_default=True, help="turtle, nt, trig or jsonld.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write here instead of standard output.")
@backend_option
def export(graph: str, fmt: str, output: Path | None, backend: str) -> None:
    """Write the graph as Turtle, N-Triples, TriG or JSON-LD."""
    from kg.store import export_graph, load_graph

    data = export_graph(load_graph(Path(graph), backend), fmt)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        output.write_bytes(data)
        click.echo(f"wrote {output}", err=True)


@click.command()
@graph_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=7878, show_default=True, help="Port to listen on.")
@click.option("--timeout", default=30.0, show_default=True, help="Seconds before a query is abandoned.")
@click.option("--max-rows", default=10_000, show_default=True, help="Rows sent at most per answer.")
@backend_option
def serve(graph: str, host: str, port: int, timeout: float, max_rows: int, backend: str) -> None:
    """Serve the graph read-only as a SPARQL endpoint at /sparql, with a query page at /."""
    from kg.serve import make_server

    server = make_server(Path(graph), host, port, backend=backend, timeout=timeout, max_rows=max_rows)
    click.echo(f"SPARQL endpoint {server.url}/sparql, query page {server.url}/ (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@click.command()
@click.option("--endpoint", required=True, help="Graph Store URL (gsp) or update endpoint (update).")
@click.option("--graph", "graph_iri", default=None, help="IRI of the named graph to write; the default graph otherwise.")
@click.option("--source", default=DEFAULT_GRAPH, show_default=True,
              help="A build folder (its store/ or graph file) or a graph file to send.")
@click.option("--method", default="gsp", show_default=True, help="gsp (Graph Store Protocol) or update.")
@click.option("--user", default=None, help="User name, for endpoints that ask for one (basic or digest).")
@click.option("--password", default=None, help="Password for --user.")
@click.option("--chunk", default=50_000, show_default=True, help="Triples per request.")
@backend_option
def push(endpoint: str, graph_iri: str | None, source: str, method: str, user: str | None,
         password: str | None, chunk: int, backend: str) -> None:
    """Send the graph to a remote triple store, in chunks."""
    from kg.push import push_graph

    report = push_graph(Path(source), endpoint, graph_iri=graph_iri, method=method, user=user,
                        password=password, chunk_size=chunk, backend=backend)
    target = f"<{report.graph}>" if report.graph else "the default graph"
    click.echo(f"sent {report.triples} triples to {target} at {report.endpoint} in {report.requests} requests")
