"""One self-contained web page per view: the graph, a canvas viewer, nothing fetched.

The page (``assets/page.html``) inlines its style sheet, the viewer
(``assets/viewer.js``, plain JavaScript on a canvas, no library) and the graph as
JSON in a ``<script type="application/json">`` block. Labels and sentences come
from news text, so they are made harmless three ways: ``<``, ``>`` and ``&`` in the
JSON are written as ``\\u003c`` … (no "</script>" can end the block), the title is
HTML-escaped, and the viewer puts text on the page only through ``textContent``.
A Content-Security-Policy allows the one inline script, by its SHA-256, and no
request of any kind (``default-src 'none'``), so even a missed hole cannot load
anything. Node positions are computed here (``kg.viz.layout``), so a 10 k-node
page opens without a physics simulation in the browser.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import math
import re
from importlib.resources import files
from pathlib import Path
from typing import TextIO

import networkx as nx

from kg.viz.layout import positions
from kg.viz.style import bend, edge_palette, node_palette

#: Width of the layout in page units (the viewer fits it to the window).
WORLD = 1000.0
#: Vertical distance between timeline rows, in page units.
ROW = 28.0
#: Attributes shown apart from the others in a tooltip, or not at all.
SPECIAL = frozenset({"label", "group", "kind", "evidence", "article", "headline", "url", "focus",
                     "start", "end", "order"})
MAX_FIELD = 300
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")
_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
           "\u2029": "\\u2029"}


def write_html(graph: nx.Graph, out: str | Path | TextIO) -> None:
    page = render_html(graph)
    if isinstance(out, str | Path):
        Path(out).write_text(page, encoding="utf-8")
    else:
        out.write(page)


def render_html(graph: nx.Graph) -> str:
    """The page for ``graph``, as one string."""
    assets = files("kg.viz") / "assets"
    script = (assets / "viewer.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    title = str(graph.graph.get("title") or graph.graph.get("view") or "graph")
    values = {
        "TITLE": html.escape(title),
        "COUNTS": f"{len(graph)} nodes, {graph.number_of_edges()} edges",
        "STYLE": (assets / "viewer.css").read_text(encoding="utf-8"),
        "SCRIPT_HASH": digest,
        "SCRIPT": script,
        "DATA": script_json(payload(graph)),
    }
    template = (assets / "page.html").read_text(encoding="utf-8")
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)  # one pass: no re-scan


def script_json(value: object) -> str:
    """JSON that can sit inside a <script> element whatever strings it holds."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _UNSAFE[m.group(0)], text)


def payload(graph: nx.Graph) -> dict:
    """What the viewer reads: nodes with positions, edges by index, legend, axis ticks."""
    timeline = graph.graph.get("view") == "timeline"
    pos = _world(graph, timeline)
    order = list(graph)
    index = {n: i for i, n in enumerate(order)}
    degree = dict(graph.degree())
    ranked = sorted(order, key=lambda n: (not graph.nodes[n].get("focus", False), -degree[n],
                                          str(graph.nodes[n].get("label", n))))
    rank = {n: r for r, n in enumerate(ranked)}
    nodes = [_node(n, graph.nodes[n], pos[n], degree[n], rank[n], len(graph)) for n in order]
    edges = _edges(graph, index)
    return {
        "title": str(graph.graph.get("title", "")),
        "directed": graph.is_directed() and not timeline,
        "timeline": timeline,
        "ticks": _ticks(graph) if timeline else [],
        "nodes": nodes,
        "edges": edges,
        "legend": {
            "nodes": list(node_palette(d.get("group", "") for _, d in graph.nodes(data=True))
                          .items()),
            "edges": list(edge_palette(e["group"] for e in edges).items()),
        },
    }


def _world(graph: nx.Graph, timeline: bool) -> dict:
    raw = positions(graph)
    if not timeline:
        return {n: (x * WORLD, (1.0 - y) * WORLD) for n, (x, y) in raw.items()}
    if not raw:
        return {}
    first = min(x for x, _ in raw.values())
    span = max(max(x for x, _ in raw.values()) - first, 1.0)
    return {n: ((x - first) / span * WORLD, -y * ROW) for n, (x, y) in raw.items()}


def _node(node, data: dict, xy: tuple[float, float], degree: int, rank: int, size: int) -> dict:
    radius = (4 + 2 * math.sqrt(degree)) if size <= 2000 else (2 + 0.5 * math.sqrt(degree))
    return {
        "id": str(node),
        "label": str(data.get("label", node)),
        "group": str(data.get("group", "")),
        "x": round(xy[0], 2),
        "y": round(xy[1], 2),
        "r": round(min(radius, 14.0), 1),
        "rank": rank,
        "focus": bool(data.get("focus", False)),
        "info": _info(str(data.get("label", node)), data, node),
    }


def _edges(graph: nx.Graph, index: dict) -> list[dict]:
    triples = (graph.edges(keys=True, data=True) if graph.is_multigraph()
               else ((u, v, None, d) for u, v, d in graph.edges(data=True)))
    bend_edges = graph.is_directed() and graph.number_of_edges() <= 5000 \
        and graph.graph.get("view") != "timeline"
    seen: dict[tuple, int] = {}
    out = []
    for u, v, _, d in triples:
        nth = seen[u, v] = seen.get((u, v), -1) + 1
        title = f"{graph.nodes[u].get('label', u)} → {graph.nodes[v].get('label', v)}"
        out.append({
            "s": index[u], "t": index[v], "group": str(d.get("group", "")),
            "bend": bend(nth) if bend_edges else 0,
            "info": _info(title, d, None),
        })
    return out


def _info(title: str, data: dict, node) -> dict:
    """The tooltip: title, fields (every other attribute), evidence sentence, source article."""
    fields = [[k, _field(v)] for k, v in data.items()
              if k not in SPECIAL and v not in (None, "") and not isinstance(v, dict)]
    if node is not None:
        fields.append(["id", str(node)])
    source = " — ".join(str(data[k]) for k in ("article", "headline", "url") if data.get(k))
    return {"title": title, "fields": fields, "evidence": str(data.get("evidence", "")),
            "source": source}


def _field(value: object) -> str:
    text = "; ".join(map(str, value)) if isinstance(value, list | tuple | set) else str(value)
    return text if len(text) <= MAX_FIELD else text[: MAX_FIELD - 1] + "…"


def _ticks(graph: nx.Graph) -> list[list]:
    """Axis ticks [x in page units, label] for a timeline: days, months or years."""
    days = [dt.date.fromisoformat(d["start"]) for _, d in graph.nodes(data=True)]
    if not days:
        return []
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    marks: list[dt.date] = []
    if span <= 45:
        step = max(1, span // 10)
        marks = [first + dt.timedelta(days=i) for i in range(0, span + 1, step)]
        fmt = "%Y-%m-%d"
    elif span <= 800:
        d = first.replace(day=1)
        while d <= last:
            marks.append(d)
            d = (d + dt.timedelta(days=32)).replace(day=1)
        fmt = "%Y-%m"
    else:
        marks = [dt.date(y, 1, 1) for y in range(first.year, last.year + 1)]
        fmt = "%Y"
    return [[round((m - first).days / span * WORLD, 2), m.strftime(fmt)] for m in marks]
