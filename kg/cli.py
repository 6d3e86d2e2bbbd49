"""The ``kg`` command: each subcommand parses its options, calls one library function and prints."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from kg.errors import KGError


class KGGroup(click.Group):
    """A click group that turns our errors into one line on stderr and exit code 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as err:
            click.echo(f"error: {err}", err=True)
            sys.exit(2)
        except OSError as err:
            click.echo(f"error: {err.filename or ''}: {err.strerror or err}", err=True)
            sys.exit(2)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govkg")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
def main(verbose: int) -> None:
    """govkg: Chinese government work reports into a knowledge graph."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def _print_summary(summary: dict) -> None:
    click.echo(f"reports    {summary['reports']}")
    click.echo(f"sentences  {summary['sentences']}")
    click.echo("entities   " + ", ".join(f"{k} {v}" for k, v in summary["entities"].items()))
    click.echo("figures    " + ", ".join(f"{k} {v}" for k, v in summary["figures"].items()))
    click.echo("relations  " + ", ".join(f"{k} {v}" for k, v in summary["relations"].items()))
    click.echo(f"triples    {summary['triples']}")
    click.echo(f"seconds    {summary['seconds']}")
    for name, path in summary["outputs"].items():
        click.echo(f"{name:<10} {path}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder for graph.ttl, graph.trig, graph.html, store/ and cache/.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for extraction [default: every core].")
@click.option("--cluster", metavar="ADDRESS", default=None,
              help="Extract on the Dask scheduler at ADDRESS (e.g. tcp://127.0.0.1:8786) instead.")
@click.option("--rebuild", is_flag=True, help="Extract every report again, ignoring the cache.")
@click.option("--no-html", is_flag=True, help="Skip the network page.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def build(paths: tuple[Path, ...], out_dir: Path, jobs: int | None, cluster: str | None, rebuild: bool,
          no_html: bool, quiet: bool) -> None:
    """Build report files or folders (PATHS) into DIR/graph.ttl, DIR/graph.trig and DIR/graph.html."""
    import time

    from kg.pipeline import build as run_build

    started = time.perf_counter()

    def progress(done: int, total: int, path: str) -> None:
        if quiet or total < 2:
            return
        rate = done / max(time.perf_counter() - started, 1e-9)
        bar = "#" * (20 * done // total)
        click.echo(f"\r[{bar:<20}] {done}/{total} {rate:5.2f} reports/s {Path(path).name[:40]:<40}",
                   nl=done == total, err=True)

    result = run_build(paths, out_dir, html=not no_html, jobs=jobs, cluster=cluster, incremental=not rebuild,
                       progress=progress)
    summary = result.summary()
    _print_summary(summary)
    if summary["unchanged"]:
        click.echo(f"unchanged  {summary['unchanged']} report(s) reused from the cache")
    if summary["up_to_date"]:
        click.echo(f"up to date nothing changed since the last build into {out_dir}: its files were kept")
    if result.failures:
        click.echo(f"{len(result.failures)} file(s) could not be built:", err=True)
        for path, reason in result.failures:
            click.echo(f"  {path}: {reason}", err=True)
        sys.exit(1)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
def validate(graph: Path) -> None:
    """Check GRAPH (a .ttl file or a build folder) against the SHACL shapes."""
    from kg.validate import validate_file

    report = validate_file(graph)
    if report.conforms:
        click.echo(f"{graph}: conforms ({report.triples} triples)")
        return
    click.echo(f"{graph}: {len(report.violations)} violation(s)")
    for v in report.violations:
        click.echo(f"  {v}")
    sys.exit(1)


def _register_optional_commands() -> None:
    """Commands that live in their own modules (query, export, serve, push, viz)."""
    from kg import cli_sparql, cli_viz

    for command in (cli_sparql.query, cli_sparql.queries, cli_sparql.export, cli_sparql.serve, cli_sparql.push,
                    cli_viz.viz):
        main.add_command(command)


_register_optional_commands()
