"""Draw the knowledge graph as a self-contained interactive HTML page or a static PNG.

Entities (Organization, Place, Project, Person) and reports are the nodes;
``kg:locatedIn``, ``kg:partOf`` and ``kg:responsibleFor`` are the edges.
Figures are not nodes: a report yields hundreds of them and each belongs to the
entity it ``kg:concerns``, so they are listed in that entity's side panel; a
figure that concerns no entity is listed under its report's node.

Big graphs are cut to the ``max_nodes`` entities with the most relations plus
figures (``max_nodes=0`` keeps all). Positions are computed here, in roughly
linear time, so the page draws with physics off.
"""
from __future__ import annotations

import html
import importlib.util
import json
import logging
import math
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.store import select

KG = Namespace("https://w3id.org/govkg/ontology#")

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_MAX_NODES", "ENTITY_CLASSES", "VizStats", "graph_data", "render_html", "render_png"]

DEFAULT_MAX_NODES = 1500
ENTITY_CLASSES = ("Organization", "Place", "Project", "Person")
RELATIONS = ("locatedIn", "partOf", "responsibleFor")
REPORT_LINKS = ("issuer", "place", "speaker")

# Colour-blind-safe Tableau colours; vis-network shape names.
NODE_STYLES = {
    "Organization": {"color": "#4e79a7", "shape": "dot"},
    "Place": {"color": "#59a14f", "shape": "triangle"},
    "Project": {"color": "#f28e2b", "shape": "square"},
    "Person": {"color": "#e15759", "shape": "diamond"},
    "Report": {"color": "#79706e", "shape": "star"},
}
EDGE_COLORS = {
    "locatedIn": "#59a14f",
    "partOf": "#4e79a7",
    "responsibleFor": "#f28e2b",
    "issuer": "#bab0ac",
    "place": "#bab0ac",
    "speaker": "#bab0ac",
}
COMPARATOR_SIGNS = {"eq": "=", "ge": "≥", "gt": ">", "le": "≤", "lt": "<", "approx": "≈"}
CJK_FONT_NAMES = (
    "Noto Sans CJK SC", "Noto Sans CJK", "Noto Serif CJK", "Source Han Sans",
    "WenQuanYi", "Microsoft YaHei", "SimHei", "PingFang", "Heiti", "Droid Sans Fallback",
)

_TEMPLATES = Path(__file__).with_name("templates")
_SPACING = 90.0  # canvas pixels between neighbouring nodes
_SPRING_MAX = 150  # components up to this size get a force-directed layout


@dataclass(frozen=True)
class VizStats:
    """What a rendering drew: entity nodes shown out of those that matched the filters."""

    nodes: int
    total_nodes: int
    edges: int
    figures: int
    reports: int


def graph_data(
    graph: Graph,
    *,
    types: Collection[str] | None = None,
    report: str | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    title: str | None = None,
) -> dict[str, Any]:
    """Return the JSON-ready data a page draws: nodes with positions, edges, figures, sentences.

    ``types`` keeps entity classes by name, ``report`` keeps what one report
    (by file stem) says, ``max_nodes`` keeps the entities with most relations
    plus figures (0 keeps all).
    """
    wanted = _check_types(types)
    if max_nodes < 0:
        raise ValueError(f"max_nodes must be 0 (all) or positive, not {max_nodes}")
    classes = _entity_classes(graph)
    reports = _reports(graph)
    if report is not None and report not in {r["stem"] for r in reports}:
        known = ", ".join(r["stem"] for r in reports[:20]) or "none in this graph"
        raise ValueError(f"unknown report {report!r}; choose from: {known}")
    reports = [r for r in reports if report is None or r["stem"] == report]
    report_index = {r["iri"]: i for i, r in enumerate(reports)}
    sentence_report = {s: report_index.get(r) for s, r in _pairs(graph, KG.inReport)}

    # Entities and the sentences (hence reports) they come from; nodes are IRIs as plain strings throughout.
    entities: dict[str, dict[str, Any]] = {}
    for iri, cls in classes.items():
        if cls in wanted:
            entities[iri] = {"iri": iri, "cls": cls, "sentences": set(), "reports": set(), "figures": []}
    for iri, sentence in _pairs(graph, PROV.wasDerivedFrom):
        if iri in entities:
            entities[iri]["sentences"].add(sentence)
    for iri, sentence in select(graph, "SELECT ?e ?s WHERE { ?m kg:mentionOf ?e ; kg:inSentence ?s }"):
        if iri in entities:
            entities[iri]["sentences"].add(sentence)
    for entity in entities.values():
        entity["sentences"] = {s for s in entity["sentences"] if sentence_report.get(s) is not None}
        entity["reports"] = {sentence_report[s] for s in entity["sentences"]}
    for i, r in enumerate(reports):
        for link in REPORT_LINKS:
            if r[link] in entities:
                entities[r[link]]["reports"].add(i)
    if report is not None:
        entities = {iri: e for iri, e in entities.items() if e["reports"]}

    figures = _figures(graph, sentence_report, report is not None)
    for number, figure in enumerate(figures):
        about = [iri for iri in figure.pop("concerns") if iri in classes]
        for iri in about:
            if iri in entities:
                entities[iri]["figures"].append(number)
        if not about and figure["report"] is not None:
            reports[figure["report"]]["figures"].append(number)

    # Rank by relations + figures; keep the top max_nodes.
    import networkx as nx

    links = nx.Graph()
    links.add_nodes_from(entities)
    relations = []
    for name in RELATIONS:
        for s, o in _pairs(graph, KG[name]):
            if s in entities and o in entities and s != o:
                relations.append((s, o, name))
                links.add_edge(s, o)
    labels: dict[str, str] = {}
    for iri, label in select(graph, "SELECT ?e ?l WHERE { ?e rdfs:label ?l }"):
        labels.setdefault(iri, label)
    for entity in entities.values():
        entity["label"] = labels.get(entity["iri"]) or unquote(entity["iri"].rsplit("/", 1)[-1])
        entity["score"] = links.degree(entity["iri"]) + len(entity["figures"])
    ranked = sorted(entities.values(), key=lambda e: (-e["score"], e["label"], e["iri"]))
    shown = ranked[:max_nodes] if max_nodes else ranked
    ids = {e["iri"]: i for i, e in enumerate(shown)}

    edges = [{"from": ids[s], "to": ids[o], "label": name} for s, o, name in sorted(relations) if s in ids and o in ids]
    for i, r in enumerate(reports):
        edges += [{"from": f"report:{i}", "to": ids[r[link]], "label": link} for link in REPORT_LINKS if r[link] in ids]
    positions = _layout(len(shown), [f"report:{i}" for i in range(len(reports))], edges)

    # Keep only the figures and sentences the page refers to, renumbered.
    figure_ids: dict[int, int] = {}
    sentence_ids: dict[str, int] = {}
    order = {s: (r, _int(i)) for s, r, i in select(graph, _SENTENCE_ORDER)}

    def position(sentence: str) -> tuple[str, int, str]:  # report, index in it, IRI
        return (*order.get(sentence, ("None", 0)), sentence)

    nodes = []
    for i, e in enumerate(shown):
        x, y = positions[i]
        nodes.append({
            "id": i,
            "label": e["label"],
            "aliases": sorted({str(a) for a in graph.objects(URIRef(e["iri"]), SKOS.altLabel)} - {e["label"]}),
            "cls": e["cls"],
            "iri": e["iri"],
            "x": x,
            "y": y,
            "size": round(10 + 4 * math.sqrt(e["score"]), 1),
            "degree": links.degree(e["iri"]),
            "reports": sorted(e["reports"]),
            "figures": [figure_ids.setdefault(f, len(figure_ids)) for f in e["figures"]],
            "sentences": [sentence_ids.setdefault(s, len(sentence_ids)) for s in sorted(e["sentences"], key=position)],
        })
    report_nodes = []
    for i, r in enumerate(reports):
        x, y = positions[f"report:{i}"]
        report_nodes.append({
            "id": f"report:{i}", "label": r["label"], "stem": r["stem"], "year": r["year"],
            "iri": r["iri"], "x": x, "y": y,
            "figures": [figure_ids.setdefault(f, len(figure_ids)) for f in r["figures"]],
        })
    figure_list = [None] * len(figure_ids)
    for old, new in figure_ids.items():
        figure_list[new] = figures[old]
    texts = dict(select(graph, "SELECT ?s ?t WHERE { ?s kg:text ?t }")) \
        if sentence_ids else {}
    sentences = [{"text": texts.get(s, ""), "report": sentence_report[s]} for s in sentence_ids]

    note = f"showing {len(shown):,} of {len(entities):,} nodes"
    if len(shown) < len(entities):
        note += " (those with the most relations + figures) — increase with --max-nodes, 0 for all"
    default_title = reports[0]["label"] if report is not None and reports else "govkg knowledge graph"
    return {
        "title": title or default_title,
        "note": note,
        "total": len(entities),
        "classes": [c for c in ENTITY_CLASSES if c in wanted] + ["Report"],
        "styles": NODE_STYLES,
        "edgeColors": EDGE_COLORS,
        "nodes": nodes,
        "reports": report_nodes,
        "edges": edges,
        "figures": figure_list,
        "sentences": sentences,
    }


def render_html(
    graph: Graph,
    path: str | Path,
    *,
    types: Collection[str] | None = None,
    report: str | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    title: str | None = None,
) -> VizStats:
    """Write ``graph`` as one HTML file that works offline: scripts, styles and data inlined."""
    data = graph_data(graph, types=types, report=report, max_nodes=max_nodes, title=title)
    vis_js, vis_css = _vis_assets()
    values = {
        "title": html.escape(data["title"]),
        "vis_css": vis_css,
        "page_css": (_TEMPLATES / "network.css").read_text(encoding="utf-8"),
        "data": script_json(data),
        "vis_js": vis_js,
        "page_js": (_TEMPLATES / "network.js").read_text(encoding="utf-8"),
    }
    template = (_TEMPLATES / "network.html").read_text(encoding="utf-8")
    page = re.sub(r"\{\{ (\w+) \}\}", lambda m: values[m.group(1)], template)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    log.info("wrote %s: %s", path, data["note"])
    return _stats(data)


def render_png(
    graph: Graph,
    path: str | Path,
    *,
    types: Collection[str] | None = None,
    report: str | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    title: str | None = None,
    labels: int = 60,
) -> VizStats:
    """Write a static picture of ``graph`` with matplotlib, naming its ``labels`` biggest nodes."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    data = graph_data(graph, types=types, report=report, max_nodes=max_nodes, title=title)
    font = _cjk_font()
    fonts = [font] if font else []
    if font is None:
        log.warning("no font with Chinese characters found; labels in %s may show as boxes", path)
    with matplotlib.rc_context({"font.sans-serif": fonts + matplotlib.rcParams["font.sans-serif"]}):
        figure = Figure(figsize=(14, 9), dpi=100)
        FigureCanvasAgg(figure)
        ax = figure.add_subplot()
        ax.set_axis_off()
        ax.set_aspect("equal")
        ax.set_title(f"{data['title']} — {data['note'].split(' (')[0]}")
        points = {n["id"]: (n["x"], -n["y"]) for n in data["nodes"] + data["reports"]}
        for edge in data["edges"]:
            (x0, y0), (x1, y1) = points[edge["from"]], points[edge["to"]]
            ax.plot([x0, x1], [y0, y1], color=EDGE_COLORS[edge["label"]], lw=0.6, zorder=1)
        markers = {"dot": "o", "triangle": "^", "square": "s", "diamond": "D", "star": "*"}
        groups = [(c, [n for n in data["nodes"] if n["cls"] == c]) for c in ENTITY_CLASSES]
        groups.append(("Report", [{**r, "size": 25} for r in data["reports"]]))
        for cls, members in groups:
            if members:
                style = NODE_STYLES[cls]
                ax.scatter([points[n["id"]][0] for n in members], [points[n["id"]][1] for n in members],
                           s=[n["size"] ** 2 / 2 for n in members], c=style["color"],
                           marker=markers[style["shape"]], zorder=2, linewidths=0)
        biggest = sorted(data["nodes"], key=lambda n: -n["size"])[:labels] + data["reports"]
        for n in biggest:
            ax.annotate(n["label"], points[n["id"]], fontsize=7, ha="center", va="bottom", zorder=3)
        handles = [
            Line2D([], [], ls="", marker=markers[NODE_STYLES[c]["shape"]], color=NODE_STYLES[c]["color"], label=c)
            for c in data["classes"]
        ]
        ax.legend(handles=handles, loc="lower right", frameon=False)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(path, bbox_inches="tight")
    return _stats(data)


def script_json(data: Any) -> str:
    r"""Serialise ``data`` as JSON that is safe inside an HTML ``<script>`` element.

    >>> script_json({"label": "</script><b>&"})
    '{"label":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _stats(data: dict[str, Any]) -> VizStats:
    relations = sum(1 for e in data["edges"] if e["label"] in RELATIONS)
    return VizStats(len(data["nodes"]), data["total"], relations, len(data["figures"]), len(data["reports"]))


def _check_types(types: Collection[str] | None) -> set[str]:
    if types is None:
        return set(ENTITY_CLASSES)
    unknown = set(types) - set(ENTITY_CLASSES)
    if unknown:
        raise ValueError(f"unknown entity class {', '.join(sorted(unknown))}; choose from {', '.join(ENTITY_CLASSES)}")
    return set(types)


def _entity_classes(graph: Graph) -> dict[str, str]:
    """Map each entity (by IRI) to its class name, following rdfs:subClassOf declared in the graph."""
    names = {str(KG[c]): c for c in ENTITY_CLASSES}
    for cls in ENTITY_CLASSES:
        for sub in graph.transitive_subjects(RDFS.subClassOf, KG[cls]):
            if isinstance(sub, URIRef):
                names.setdefault(str(sub), cls)
    found: dict[str, str] = {}
    classes = " ".join(f"<{cls}>" for cls in sorted(names))
    for iri, cls in select(graph, f"SELECT ?e ?c WHERE {{ VALUES ?c {{ {classes} }} ?e a ?c FILTER(isIRI(?e)) }}"):
        if cls in names:
            name = names[cls]
            if iri not in found or ENTITY_CLASSES.index(name) < ENTITY_CLASSES.index(found[iri]):
                found[iri] = name
    return found


def _reports(graph: Graph) -> list[dict[str, Any]]:
    reports = []
    for iri in set(graph.subjects(RDF.type, KG.Report)):
        year = graph.value(iri, KG.year)
        stem = unquote(str(iri).rstrip("/").rsplit("/", 1)[-1])
        reports.append({
            "iri": str(iri),
            "stem": stem,
            "label": _text(graph, iri, RDFS.label) or stem,
            "year": int(str(year)[:4]) if year is not None and str(year)[:4].isdigit() else None,
            "figures": [],
            **{link: _iri(graph.value(iri, KG[link])) for link in REPORT_LINKS},
        })
    return sorted(reports, key=lambda r: (r["year"] or 0, r["stem"]))


def _figures(graph: Graph, sentence_report: dict, one_report: bool) -> list[dict[str, Any]]:
    """Figures with their fields, sorted by report and position; ``concerns`` still as IRIs."""
    kinds = {str(KG.Target): "target", str(KG.Achievement): "result"}
    for cls, kind in list(kinds.items()):
        kinds.update({str(sub): kind for sub in graph.transitive_subjects(RDFS.subClassOf, URIRef(cls))})
    figures = []
    # the fields of every figure in one query, as strings (native on an Oxigraph store, see kg.store.select)
    concerns: dict[str, list[str]] = {}
    for figure, entity in select(graph, _CONCERNS):
        concerns.setdefault(figure, []).append(entity)
    rows = select(graph, _FIGURE_FIELDS % " ".join(f"<{cls}>" for cls in sorted(kinds)))
    seen = set()
    for iri, cls, value, indicator, unit, comparator, period, evidence, start, sentence in rows:
        if (iri, cls) in seen:
            continue  # a second value of some field: the first row stands
        seen.add((iri, cls))
        report = sentence_report.get(sentence) if sentence else None
        if one_report and report is None:
            continue
        comparator = comparator.rsplit("#", 1)[-1] if comparator is not None else ""
        figures.append({
            "kind": kinds[cls],
            "indicator": indicator or "",
            "value": _number(value),
            "unit": unit or "",
            "comparator": COMPARATOR_SIGNS.get(comparator, comparator),
            "period": period or "",
            "evidence": evidence or "",
            "report": report,
            "concerns": sorted(set(concerns.get(iri, ()))),
            "_order": (report if report is not None else -1, _int(start), iri),
        })
    figures.sort(key=lambda f: f.pop("_order"))
    return figures


_FIGURE_FIELDS = """SELECT ?f ?cls ?value ?indicator ?unit ?comparator ?period ?evidence ?start ?sentence WHERE {
  VALUES ?cls { %s } ?f a ?cls .
  OPTIONAL { ?f kg:value ?value } OPTIONAL { ?f kg:indicator ?indicator } OPTIONAL { ?f kg:unit ?unit }
  OPTIONAL { ?f kg:comparator ?comparator } OPTIONAL { ?f kg:period ?period }
  OPTIONAL { ?f kg:evidenceText ?evidence } OPTIONAL { ?f kg:start ?start }
  OPTIONAL { ?f prov:wasDerivedFrom ?sentence }
}"""
_SENTENCE_ORDER = "SELECT ?s ?r ?i WHERE { ?s kg:inReport ?r . OPTIONAL { ?s kg:index ?i } }"
_CONCERNS = "SELECT ?f ?e WHERE { ?f kg:concerns ?e }"


def _pairs(graph: Graph, predicate: URIRef) -> Iterator[tuple[str, str]]:
    """(subject, object) of every triple with ``predicate``, as strings: natively on an Oxigraph store
    (:func:`kg.store.select`), where rdflib would make two terms a triple."""
    return select(graph, f"SELECT ?s ?o WHERE {{ ?s <{predicate}> ?o }}")  # type: ignore[return-value]


def _iri(term: Any) -> str | None:
    return str(term) if isinstance(term, URIRef) else None


def _text(graph: Graph, iri: Any, predicate: URIRef) -> str:
    value = graph.value(iri, predicate)
    return str(value) if value is not None else ""


def _int(value: Any) -> int:
    try:
        return int(value.toPython()) if isinstance(value, Literal) else int(value) if isinstance(value, str) else 0
    except (TypeError, ValueError):
        return 0


def _number(value: Any) -> str:
    """Format a figure's value with thousands separators and no exponent.

    >>> _number(Literal("106200000000.0"))
    '106,200,000,000'
    >>> _number(Literal("80.50"))
    '80.5'
    """
    if value is None:
        return ""
    try:
        number = Decimal(str(value)).normalize()
    except InvalidOperation:
        return str(value)
    return f"{number:,f}"


def _layout(count: int, extra: list[str], edges: list[dict[str, Any]]) -> dict[Any, tuple[int, int]]:
    """Place nodes 0..count-1 and ``extra`` in O(n log n): components packed in rows.

    Single nodes go on a grid in rank order, components of two or three on a
    circle, up to ``_SPRING_MAX`` nodes by a seeded spring layout, bigger ones
    in rings by distance from their best-linked node.
    """
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(extra)
    g.add_nodes_from(range(count))
    g.add_edges_from((e["from"], e["to"]) for e in edges)
    pieces, singles = [], []
    for component in sorted(nx.connected_components(g), key=lambda c: (-len(c), min(map(str, c)))):
        if len(component) == 1:
            singles.extend(component)
        else:
            pieces.append(_place_component(g.subgraph(component)))
    side = int(math.ceil(math.sqrt(len(singles)))) if singles else 0
    if singles:
        grid = {n: ((i % side) * _SPACING, (i // side) * _SPACING) for i, n in enumerate(singles)}
        pieces.append(grid)
    return _pack(pieces)


def _place_component(g: Any) -> dict[Any, tuple[float, float]]:
    import networkx as nx

    n = len(g)
    if n <= 3:
        return {node: (_SPACING * math.cos(2 * math.pi * i / n), _SPACING * math.sin(2 * math.pi * i / n))
                for i, node in enumerate(sorted(g, key=str))}
    if n <= _SPRING_MAX:
        ordered = nx.Graph()
        ordered.add_nodes_from(sorted(g, key=str))
        ordered.add_edges_from(g.edges)
        pos = nx.spring_layout(ordered, seed=0, iterations=60, scale=_SPACING * math.sqrt(n) * 1.3)
        return {node: (float(x), float(y)) for node, (x, y) in pos.items()}
    root = max(sorted(g, key=str), key=g.degree)
    angle = {root: 0.0}
    pos = {root: (0.0, 0.0)}
    ring, radius = [root], 0.0
    while ring:
        nxt, seen = [], set(angle)
        for parent in ring:
            for child in sorted(g[parent], key=str):
                if child not in seen:
                    seen.add(child)
                    nxt.append((angle[parent], child))
        if not nxt:
            break
        radius = max(radius + 2 * _SPACING, len(nxt) * _SPACING / (2 * math.pi))
        for i, (_, child) in enumerate(sorted(nxt, key=lambda t: t[0])):
            angle[child] = 2 * math.pi * i / len(nxt)
            pos[child] = (radius * math.cos(angle[child]), radius * math.sin(angle[child]))
        ring = [child for _, child in nxt]
    return pos


def _pack(pieces: list[dict[Any, tuple[float, float]]]) -> dict[Any, tuple[int, int]]:
    """Shelf-pack laid-out pieces into rows about as wide as the whole is tall."""
    boxes = []
    for piece in pieces:
        xs = [x for x, _ in piece.values()]
        ys = [y for _, y in piece.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + _SPACING * 2, max(ys) - min(ys) + _SPACING * 2))
    width = max([math.sqrt(sum(w * h for *_, w, h in boxes))] + [w for *_, w, _ in boxes])
    positions: dict[Any, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for piece, (left, top, w, h) in zip(pieces, boxes, strict=True):
        if x > 0 and x + w > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in piece.items():
            positions[node] = (round(x + px - left), round(y + py - top))
        x += w
        row_height = max(row_height, h)
    return positions


def _vis_assets() -> tuple[str, str]:
    """Read vis-network's standalone script and stylesheet from the installed pyvis package."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis is needed for its copy of vis-network: pip install pyvis")
    folders = sorted(Path(spec.submodule_search_locations[0], "lib").glob("vis-*"), key=_version_key)
    for folder in reversed(folders):
        js, css = folder / "vis-network.min.js", folder / "vis-network.css"
        if js.is_file() and css.is_file():
            return js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8")
    raise FileNotFoundError("pyvis ships no vis-network.min.js under lib/vis-*; reinstall pyvis>=0.3.2")


def _version_key(folder: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", folder.name))


def _cjk_font() -> str | None:
    """Name a font that has Chinese characters, preferring well-known CJK families."""
    from matplotlib import font_manager, ft2font

    manager = font_manager.fontManager
    for attempt in range(2):
        for wanted in CJK_FONT_NAMES:
            for entry in manager.ttflist:
                if wanted.lower() in entry.name.lower():
                    return entry.name
        for entry in manager.ttflist:
            try:
                if ord("中") in ft2font.FT2Font(entry.fname).get_charmap():
                    return entry.name
            except (OSError, RuntimeError):
                continue
        if attempt == 0:  # the font cache may predate fonts installed since: add the system's
            known = {entry.fname for entry in manager.ttflist}
            for fname in font_manager.findSystemFonts():
                if fname not in known:
                    try:
                        manager.addfont(fname)
                    except (OSError, RuntimeError, ValueError):
                        continue
    return None
