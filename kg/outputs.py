"""The files a build writes from the sorted lines of the union: graph.ttl, graph.trig, store/ and graph.html.

Loading an Oxigraph store is native code that lets go of the GIL, so the
store is built aside in a thread while this one writes the Turtle and TriG
text, and put in place only once they are written. (A build that extracts
reports on fewer workers than cores loads its store during extraction
instead, with a :class:`kg.store.StoreBuilder`.) The network page is drawn
last, when the Turtle blocks and the store are let go, so peak memory stays
that of one of them.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from pathlib import Path

from rdflib import Graph

from kg.ontology import ID
from kg.store import StoreBuilder, build_store_aside, put_in_place

# What a build writes into its folder, by the key it has in BuildResult.outputs.
OUTPUT_FILES = {"turtle": "graph.ttl", "trig": "graph.trig", "store": "store", "html": "graph.html"}

# The cross-report facts (kg:measures, target outcomes, the administrative hierarchy) go in their own named graph.
DERIVED_GRAPH = "\0derived"


@cache
def _umask() -> int:
    """The process umask, read once: reading it means setting it, which must not race with threads writing files."""
    umask = os.umask(0)
    os.umask(umask)
    return umask


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` then rename tmp over ``path``: the file appears complete or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; the output is an ordinary file
    try:
        write(Path(tmp))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _writer(chunks: Iterable[str]) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(chunks)
    return write


def _remove_built(done: Future[Path]) -> None:
    """Remove a store built aside that is not to be put in place."""
    if done.exception() is None:
        shutil.rmtree(done.result(), ignore_errors=True)


def write_outputs(lines: list[str], per_report: dict[str, list[str]], out: Path, *, html: bool,
                  store: bool, loader: StoreBuilder | None = None, page: list[str] | None = None) -> dict[str, Path]:
    """graph.ttl (the union), graph.trig (a named graph per report), store/ and graph.html, each atomically.

    ``lines`` is the union as sorted N-Triples lines, ``per_report`` each
    report's (and :data:`DERIVED_GRAPH`'s) sorted lines; both are emptied.
    The text is written in pieces and the stores loaded from the lines in
    batches, so no whole serialisation of a corpus is held in memory. Returns
    the paths written, by their key in :data:`OUTPUT_FILES`. With ``loader``
    (already given every line) the store is the one it loaded; ``page`` is
    the :func:`page_lines` of ``lines`` when the caller has them.
    """
    from kg import turtle
    from kg.graph import report_graph_iri

    written: dict[str, Path] = {}
    _umask()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="govkg-load") as pool:
        stored: Future[Path] | None = None
        if store and loader is None:  # built aside; put in place only once the text files are written
            stored = pool.submit(build_store_aside, lines, out / OUTPUT_FILES["store"])
        named = sorted((str(report_graph_iri(stem)) if stem != DERIVED_GRAPH else str(ID["graph/derived"]), stem)
                       for stem in per_report)
        try:
            shared = turtle.SharedBlocks()  # the TriG's blocks, most of which the Turtle of the union repeats
            trig = out / OUTPUT_FILES["trig"]
            write_atomic(trig, _writer(turtle.trig_chunks(((name, per_report[stem]) for name, stem in named),
                                                          shared)))
            written["trig"] = trig
            ttl = out / OUTPUT_FILES["turtle"]
            write_atomic(ttl, _writer(shared.turtle_chunks()))
            written["turtle"] = ttl
            del shared
            per_report.clear()
        except BaseException:
            if stored is not None:  # the text files failed: the store of the last build stays with them
                stored.add_done_callback(_remove_built)
            raise
        if stored is not None:
            written["store"] = put_in_place(stored.result(), out / OUTPUT_FILES["store"])
        elif store and loader is not None:
            written["store"] = loader.finish()
    if html:  # drawn last, once the Turtle blocks and the store are let go, so none is held with it
        from kg.visualize import render_html

        page = page_lines(lines) if page is None else page
        lines.clear()
        graph = page_graph(page, True)
        target = out / OUTPUT_FILES["html"]
        write_atomic(target, lambda tmp: render_html(graph, tmp))
        written["html"] = target
        del graph
    lines.clear()
    return written


# Triples the network page (kg.visualize) never reads: leaving them out of the
# graph it is drawn from saves time and memory on a corpus; a test checks the
# page comes out the same.
_PAGE_SKIPS = frozenset(
    [f"<https://w3id.org/govkg/ontology#{name}>" for name in (
        "end", "confidence", "section", "subsection", "periodStart", "periodEnd", "contentHash", "sourceFile",
        "level", "region", "date")]
    + [f"<http://www.w3.org/1999/02/22-rdf-syntax-ns#{name}>" for name in ("subject", "predicate", "object")])


def page_lines(lines: Iterable[str]) -> list[str]:
    """The lines the network page draws from, in their order."""
    return [line for line in lines if _page_wants(line)]


def _page_wants(line: str) -> bool:
    subject, _, rest = line.partition(" ")
    if rest[:rest.find(" ")] in _PAGE_SKIPS:
        return False
    # an entity's prov:wasDerivedFrom names the same sentences as its mentions, so mentions are left out
    return "/mention/" not in subject


def page_graph(lines: list[str], sliced: bool = False) -> Graph:
    """The part of the union the network page draws from (``lines`` itself when ``sliced``: the
    :func:`page_lines` of the sorted union), in an Oxigraph store behind rdflib's API."""
    from kg.store import lines_graph

    return lines_graph(lines if sliced else page_lines(lines))
