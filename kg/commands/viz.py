"""``kg viz``: a view of the graph as a picture, a web page or a file for Gephi.

Exit codes as everywhere in ``kg``: 0 done; 1 the view is empty (the file is still
written); 2 bad input (an unknown view, focus or extension) or a runtime error,
reported in one line on stderr.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

VIEW_NAMES = ("actors", "claims", "events", "timeline", "rdf")
OUTPUT_FORMATS = ("png", "svg", "html", "json", "graphml", "gexf")
STATS_FORMATS = ("table", "csv", "json")
EXIT_EMPTY, EXIT_ERROR = 1, 2


@click.command()
@click.argument("view", type=click.Choice(VIEW_NAMES))
@click.option("--focus", "-f", "focus", multiple=True, metavar="NAME|IRI",
              help="Keep only what lies around this entity (label, alias or IRI); repeatable.")
@click.option("--depth", "-d", type=click.IntRange(min=0), default=None,
              help="Edges from the focus to keep (default: actors 1, claims 2, events 3, "
                   "rdf 1; the timeline keeps the items that name the focus).")
@click.option("--since", default=None, metavar="YYYY-MM-DD",
              help="Only statements and events dated on or after this day.")
@click.option("--until", default=None, metavar="YYYY-MM-DD",
              help="Only statements and events dated on or before this day.")
@click.option("--article", "-a", "articles", multiple=True, metavar="ID",
              help="Only what this article says (its identifier); repeatable.")
@click.option("--out", "-o", "out", default=None, metavar="FILE",
              help="Write the view to FILE: .png .svg .html .json .graphml .gexf (- for stdout).")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default=None,
              help="Output format, when FILE's extension does not say it.")
@click.option("--width", type=click.IntRange(min=200), default=1600, show_default=True,
              help="Width in pixels of a PNG or SVG drawing.")
@click.option("--height", type=click.IntRange(min=200), default=1200, show_default=True,
              help="Height in pixels of a PNG or SVG drawing.")
@click.option("--stats", is_flag=True,
              help="Print degree, betweenness and Louvain community of each node "
                   "(they are also written as node attributes).")
@click.option("--stats-format", type=click.Choice(STATS_FORMATS), default="table",
              show_default=True, help="How --stats prints its rows.")
@click.option("--top", type=click.IntRange(min=1), default=25, show_default=True,
              help="Rows of the --stats table (csv and json print every node).")
@click.option("--store", "store", type=click.Path(file_okay=False, path_type=Path),
              default=lambda: os.environ.get("NEWSKG_STORE", "newskg-data"),
              show_default="newskg-data", help="Folder of the graph store (or set NEWSKG_STORE).")
def viz(view, focus, depth, since, until, articles, out, fmt, width, height, stats,
        stats_format, top, store) -> None:
    """Draw or export VIEW (actors, claims, events, timeline, rdf) of the graph.

    \b
    kg viz claims --focus Mirovka --out claims.html
    kg viz timeline --focus "Maria Kovacs" --out timeline.png
    kg viz actors --stats
    kg viz rdf --article article-42 --out graph.gexf
    """
    from kg.errors import KGError

    try:
        if out:
            from kg.viz import format_of

            format_of(out, fmt)  # a bad extension fails before the store is read
        graph = _build(view, focus, depth, since, until, articles, store)
        if stats:
            _print_stats(graph, stats_format, top, to_stderr=out == "-")
        if out:
            _write(graph, out, fmt, width, height)
        elif not stats:
            click.echo(f"{graph.graph['title']}: {len(graph)} nodes, "
                       f"{graph.number_of_edges()} edges (write it with --out FILE)")
    except KGError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    if len(graph) == 0:
        click.echo(f"kg: the {view} view is empty: nothing in the store matches", err=True)
        sys.exit(EXIT_EMPTY)


def _build(view, focus, depth, since, until, articles, store: Path):
    from kg.store import GraphStore
    from kg.views import view as make_view
    from kg.views.select import parse_day

    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    with GraphStore.open(store, create=False, read_only=True) as gs:
        return make_view(gs, view, focus=focus, depth=depth, since=first, until=last,
                         articles=articles)


def _write(graph, out: str, fmt: str | None, width: int, height: int) -> None:
    from kg.viz import write

    used = write(graph, out, format=fmt, width=width, height=height)
    if out != "-":
        click.echo(f"wrote {out} ({used}: {len(graph)} nodes, {graph.number_of_edges()} edges)",
                   err=True)


def _print_stats(graph, fmt: str, top: int, *, to_stderr: bool) -> None:
    import csv
    import json
    from dataclasses import asdict

    from kg.views.stats import annotate

    rows = [asdict(r) for r in annotate(graph)]
    stream = sys.stderr if to_stderr else sys.stdout
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1), file=stream)
    elif fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]) if rows else ["node"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        _stats_table(rows[:top], len(rows), stream)


def _stats_table(rows: list[dict], total: int, stream) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("label", "type", "degree", "weighted", "betweenness", "community",
                  header_style="bold", caption=f"{min(len(rows), total)} of {total} nodes, "
                                               "most central first")
    for r in rows:
        table.add_row(r["label"], r["type"], str(r["degree"]), f"{r['weighted_degree']:g}",
                      f"{r['betweenness']:.3f}", str(r["community"]))
    Console(file=stream, width=120).print(table)


COMMANDS = [viz]
