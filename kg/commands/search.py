"""``kg search WORDS``: statements, events, articles and entities found by their words
(``kg.search``); ``kg reindex``: make the search index again from the article graphs.

``kg build`` (and every retraction and fix) keeps the index up to date by itself; this
makes it again: for a store made before the index existed, or with ``search.sqlite``
lost.
"""

from __future__ import annotations

import csv
import json
import sys
import time

import click

from kg.cli import EXIT_EMPTY, friendly, store_option

SEARCH_FORMATS = ("table", "json", "csv")


@click.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--type", "kind", type=click.Choice(("statement", "entity", "article", "event")),
              default=None, help="Only things of this kind.")
@click.option("--limit", type=click.IntRange(min=1, max=1000), default=20, show_default=True,
              help="Hits to print.")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Hits to skip before those printed.")
@click.option("--format", "fmt", type=click.Choice(SEARCH_FORMATS), default="table",
              show_default=True, help="How to print the hits.")
@store_option
@friendly
def search(words, kind, limit, offset, fmt, store) -> None:
    """Find statements, events, articles and entities by WORDS, best first (BM25).

    Every word must be found, in any form (claimed finds claims), case and accents
    aside; "two words" in quotes is a phrase; word* a prefix. The sentence each rests
    on is printed with the words found «marked»."""
    from kg.search import SearchIndex
    from kg.store import GraphStore

    text = " ".join(words)
    with GraphStore.open(store, create=False, read_only=True) as gs, SearchIndex(store) as index:
        found = index.search(text, kind=kind, limit=limit, offset=offset, store=gs)
    hits = [h.as_dict() for h in found.hits]
    if fmt == "json":
        click.echo(json.dumps(hits, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(hits[0]) if hits else ["kind"])
        writer.writeheader()
        writer.writerows(hits)
    else:
        _print_hits(found.hits)
    if found.behind:
        click.echo(f"{found.behind} hits left out: the store no longer holds their article as "
                   "the index read it (a build was interrupted?); kg build or kg reindex "
                   "brings the index up to date", err=True)
    if not hits:
        click.echo("(no hits)", err=True)
        sys.exit(EXIT_EMPTY)


def _print_hits(hits) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from kg.cli import _terminal_width
    from kg.search import MARKS

    def bold(text: str) -> str:
        return escape(text).replace(MARKS[0], "[bold]").replace(MARKS[1], "[/bold]")

    table = Table("kind", "label", "date", "article", "text", "sentence", header_style="bold")
    for h in hits:
        article = h.article + (f" (+{h.articles - 1})" if h.articles > 1 else "")
        table.add_row(h.kind, escape(h.label), h.date, escape(article), bold(h.text),
                      bold(h.sentence))
    Console(width=max(120, _terminal_width())).print(table)


@click.command()
@store_option
@click.option("--full", is_flag=True,
              help="Make the index again from every article graph even when an index of "
                   "the previous layout (format 4) could be brought forward in place.")
@friendly
def reindex(store, full) -> None:
    """Make the search index (search.sqlite) again from the stored article graphs.

    A complete index of the previous layout (format 4) is brought to this one in place
    (its new tables read from the store), about four times faster than making it again;
    --full makes it again regardless."""
    from kg.search import FORMAT, SearchIndex, upgrade
    from kg.search import reindex as run
    from kg.store import GraphStore

    started = time.perf_counter()
    with GraphStore.open(store, create=False) as gs:
        upgraded = not full and upgrade(gs)
        graphs = 0 if upgraded else run(gs)
    with SearchIndex(store) as index:
        numbers = index.stats()
    rows = ", ".join(f"{numbers.get(k, 0)} {k}s" for k in ("statement", "event", "article",
                                                           "entity"))
    done = (f"brought from format 4 to {FORMAT} in place" if upgraded
            else f"made again from {graphs} article graphs")
    click.echo(f"search index {done} in {time.perf_counter() - started:.1f} s: {rows}")


COMMANDS = [search, reindex]
