"""Pictures: PNG and SVG drawings with matplotlib's Agg backend (no display needed).

A network is drawn with nodes sized by degree and coloured by group, edges coloured
by group (arrows on directed graphs up to ``ARROW_EDGES`` edges), the labels of the
``max_labels`` best-connected nodes on a light box, a legend of the colours in use,
and a title with the counts. A timeline is a dated chart: one row per item, a dot on
its day (a bar over its month or year when that is all the text gave), its label
beside it. The picture is exactly ``width`` x ``height`` pixels.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from kg.errors import ConfigError
from kg.viz.layout import positions
from kg.viz.style import bend, edge_palette, node_palette

#: Directed graphs with more edges than this are drawn without arrow heads (speed).
ARROW_EDGES = 600
#: Graphs with at most this many edges get the edges' labels drawn.
EDGE_LABELS = 40
#: Rows a timeline chart shows; later items are counted in the title.
TIMELINE_ROWS = 60
DPI = 100


def _matplotlib():
    try:
        import matplotlib
    except ImportError as exc:
        raise ConfigError(
            "drawing PNG or SVG needs matplotlib, which is not installed; "
            'install it with: pip install "matplotlib>=3.8"'
        ) from exc
    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    return Figure


def draw(graph: nx.Graph, out: str | Path | BinaryIO, *, format: str = "png",
         width: int = 1600, height: int = 1200, max_labels: int = 40) -> None:
    """Draw ``graph`` (a view) into ``out`` as ``format`` ("png" or "svg")."""
    figure_class = _matplotlib()
    fig = figure_class(figsize=(width / DPI, height / DPI), dpi=DPI)
    if graph.graph.get("view") == "timeline":
        _timeline(fig, graph)
    else:
        _network(fig, graph, max_labels)
    fig.savefig(out, format=format, dpi=DPI)


def _title(graph: nx.Graph, extra: str = "") -> str:
    title = graph.graph.get("title") or graph.graph.get("view", "graph")
    return f"{title}\n{len(graph)} nodes, {graph.number_of_edges()} edges{extra}"


def _network(fig, graph: nx.Graph, max_labels: int) -> None:
    ax = fig.add_axes((0.15, 0.01, 0.84, 0.92))  # the legend has the left column
    ax.set_axis_off()
    fig.suptitle(_title(graph), fontsize=14)
    if len(graph) == 0:
        ax.text(0.5, 0.5, "(empty view)", ha="center", va="center", fontsize=14)
        return
    pos = positions(graph)
    node_colours = node_palette(d.get("group", "") for _, d in graph.nodes(data=True))
    edge_colours = edge_palette(d.get("group", "") for *_, d in graph.edges(data=True))
    degree = dict(graph.degree())
    sizes = [min(120 + 60 * degree[n], 1000) if len(graph) <= 300 else 6 + 2 * degree[n]
             for n in graph]
    _edges(ax, graph, pos, edge_colours, sizes)
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=sizes, linewidths=0.6,
                           node_color=[node_colours[d.get("group", "")]
                                       for _, d in graph.nodes(data=True)],
                           edgecolors=["black" if d.get("focus") else "white"
                                       for _, d in graph.nodes(data=True)])
    _labels(ax, graph, pos, degree, max_labels)
    if graph.number_of_edges() <= EDGE_LABELS:
        _edge_labels(ax, graph, pos)
    _legend(fig, node_colours, edge_colours)
    ax.margins(0.08)
    ax.set_aspect("equal", adjustable="datalim")  # arcs and their labels bend alike


def _edges(ax, graph: nx.Graph, pos, colours: dict[str, str], sizes: list[int]) -> None:
    edges = list(graph.edges(keys=True, data=True) if graph.is_multigraph()
                 else graph.edges(data=True))
    if not edges:
        return
    colour = [colours[e[-1].get("group", "")] for e in edges]
    pairs = [tuple(e[:-1]) for e in edges]
    big = len(edges) > ARROW_EDGES
    width = 0.4 if big else [1.0 + 0.5 * min(e[-1].get("weight", 1), 6) for e in edges]
    if big or not graph.is_directed():
        from matplotlib.collections import LineCollection

        ax.add_collection(LineCollection([(pos[e[0]], pos[e[1]]) for e in pairs], colors=colour,
                                         linewidths=width, alpha=0.5 if big else 0.8, zorder=1))
        return
    nx.draw_networkx_edges(graph, pos, edgelist=pairs, ax=ax, edge_color=colour, width=width,
                           arrows=True, arrowsize=12, node_size=sizes, alpha=0.85,
                           connectionstyle=_curves(edges))


def _curves(edges) -> list[str]:
    """Arcs by parallel-edge index: a statement and its answer, or u->v and v->u, bend apart."""
    most = Counter((e[0], e[1]) for e in edges).most_common(1)[0][1]
    return [f"arc3,rad={bend(i)}" for i in range(most)]


def _edge_labels(ax, graph: nx.Graph, pos) -> None:
    """The words of each edge (a claim's reporting verb) at the middle of its arc."""
    curved = graph.is_directed() and graph.number_of_edges() <= ARROW_EDGES
    nth: Counter = Counter()
    for u, v, data in graph.edges(data=True):
        rad = bend(nth[u, v]) if curved else 0.0
        nth[u, v] += 1
        text = str(data.get("label", ""))
        if not text or u == v:
            continue
        (x1, y1), (x2, y2) = pos[u], pos[v]
        x, y = (x1 + x2) / 2 + rad / 2 * (y2 - y1), (y1 + y2) / 2 - rad / 2 * (x2 - x1)
        ax.text(x, y, text, fontsize=8, color="#333333", ha="center", va="center", zorder=4,
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7})


def _labels(ax, graph: nx.Graph, pos, degree: dict, max_labels: int) -> None:
    ranked = sorted(graph, key=lambda n: (-graph.nodes[n].get("focus", False), -degree[n],
                                          str(graph.nodes[n].get("label", n))))
    shown = ranked[: max(0, max_labels)]
    size = 10 if len(shown) <= 25 else 8
    for n in shown:
        x, y = pos[n]
        ax.annotate(str(graph.nodes[n].get("label", n)), (x, y), xytext=(0, -11),
                    textcoords="offset points", ha="center", va="top", fontsize=size,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                          "alpha": 0.75}, zorder=5)


def _legend(fig, node_colours: dict[str, str], edge_colours: dict[str, str]) -> None:
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker="o", ls="", color=c, markersize=9, label=g or "(none)")
               for g, c in node_colours.items()]
    handles += [Line2D([], [], color=c, lw=2.5, label=g or "(none)")
                for g, c in edge_colours.items()]
    fig.legend(handles=handles[:36], loc="upper left", bbox_to_anchor=(0.005, 0.92),
               fontsize=9, framealpha=0.85, title="nodes · edges", title_fontsize=9)


def _timeline(fig, graph: nx.Graph) -> None:
    import matplotlib.dates as mdates

    rows = sorted(graph.nodes(data=True), key=lambda nd: nd[1]["order"])
    more = len(rows) - TIMELINE_ROWS
    rows = rows[:TIMELINE_ROWS]
    fig.suptitle(_title(graph, f"; first {TIMELINE_ROWS} shown" if more > 0 else ""),
                 fontsize=14)
    ax = fig.add_axes((0.03, 0.07, 0.94, 0.82))
    if not rows:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "(no dated statements or events)", ha="center", fontsize=14)
        return
    colours = edge_palette(_row_group(d) for _, d in rows)
    first = min(mdates.date2num(dt.date.fromisoformat(d["start"])) for _, d in rows)
    last = max(mdates.date2num(dt.date.fromisoformat(d["end"])) + 1 for _, d in rows)
    middle = (first + last) / 2
    font = 10 if len(rows) <= 25 else max(5, int(300 / len(rows)))
    for y, (_, d) in enumerate(rows):
        start = mdates.date2num(dt.date.fromisoformat(d["start"]))
        end = mdates.date2num(dt.date.fromisoformat(d["end"])) + 1  # the whole last day
        colour = colours[_row_group(d)]
        if end - start > 1:  # a month or a year: a bar over it
            ax.plot([start, end], [y, y], color=colour, lw=5, alpha=0.45, solid_capstyle="butt")
        ax.plot([start], [y], marker="o" if d["kind"] == "statement" else "s", color=colour,
                ms=8)
        left = start > middle  # labels of late items go left, so none runs off the chart
        ax.annotate(f"{d['date']}  {d['label']}", (start, y), xytext=(-9 if left else 9, 0),
                    textcoords="offset points", va="center", ha="right" if left else "left",
                    fontsize=font)
    _timeline_axes(ax, first, last, len(rows), colours)


def _row_group(data: dict) -> str:
    """A statement is coloured by its stance, an event by its factuality."""
    return data.get("stance") or data.get("factuality") or data.get("group", "")


def _timeline_axes(ax, first: float, last: float, rows: int, colours: dict[str, str]) -> None:
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D

    pad = max(last - first, 2.0) * 0.08
    ax.set_xlim(first - pad, last + pad)
    ax.set_ylim(max(rows, 12) - 0.5, -0.8)
    ax.set_yticks([])
    locator = mdates.AutoDateLocator(maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#dddddd")
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    handles = [Line2D([], [], color=c, lw=4, label=g) for g, c in colours.items()]
    handles += [Line2D([], [], marker="o", ls="", color="black", label="statement"),
                Line2D([], [], marker="s", ls="", color="black", label="event")]
    ax.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, 1.0), fontsize=9,
              ncol=min(len(handles), 9), frameon=False)
