"""Narrowing a view: by date range and article (on the facts), by focus (on the graph).

Dates in the graph have the precision the text gave: a day, a month or a year. A
date range keeps an item whose period *overlaps* the range, so "2021-09" is kept
for ``since=2021-09-20``. An item without a date of its own is dated by its
article's publication day; one with neither is dropped by any date range.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence

import networkx as nx

from kg.errors import ConfigError
from kg.views.facts import Facts, ItemFact


def period(lexical: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of an XSD date, gYearMonth, gYear or dateTime ("" or junk: None)."""
    text = lexical.strip()
    try:
        if len(text) == 4:
            year = int(text)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        day = dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
    return day, day


def parse_day(text: str | None, option: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` option value, or a ``ConfigError`` that says how to write it."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ConfigError(
            f"{option} got {text!r}; expected a day as YYYY-MM-DD, e.g. 2021-09-06"
        ) from None


def item_period(facts: Facts, item: ItemFact) -> tuple[dt.date, dt.date] | None:
    return period(item.date) or period(facts.published(item))


def narrow(
    facts: Facts,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    articles: Sequence[str] = (),
) -> Facts:
    """Facts with only the items and memberships of ``articles`` within the date range."""
    if since and until and since > until:
        raise ConfigError(f"the date range is empty: since {since} is after until {until}")
    if not (since or until or articles):
        return facts
    unknown = sorted(set(articles) - set(facts.articles))
    if unknown:
        known = ", ".join(sorted(facts.articles)[:10]) or "(none)"
        raise ConfigError(f"no article {unknown[0]!r} in the store; articles include: {known}")
    wanted = set(articles)

    def in_range(span: tuple[dt.date, dt.date] | None) -> bool:
        if not (since or until):
            return True
        if span is None:
            return False
        return (since is None or span[1] >= since) and (until is None or span[0] <= until)

    items = [
        i.iri for i in facts.items.values()
        if (not wanted or i.article in wanted) and in_range(item_period(facts, i))
    ]
    members = [
        m for m in facts.members
        if (not wanted or m.article in wanted)
        and in_range(period(facts.articles[m.article].published)
                     if m.article in facts.articles else None)
    ]
    return facts.only(items, members)


def resolve(facts: Facts, focus: Iterable[str]) -> set[str]:
    """IRIs named by each focus value: an IRI as it is, or an entity's label or alias
    (case-insensitive). A value that names nothing is a ``ConfigError``."""
    found: set[str] = set()
    for value in focus:
        hits = _named(facts, value)
        if not hits:
            raise ConfigError(
                f"--focus {value!r} names no entity or item in the store; give a label, "
                "an alias or an IRI (list them with: kg query entities)"
            )
        found |= hits
    return found


def _named(facts: Facts, value: str) -> set[str]:
    if value in facts.entities or value in facts.items:
        return {value}
    key = value.strip().casefold()
    return {e.iri for e in facts.entities.values() if key in {n.casefold() for n in e.names()}}


def around(graph: nx.Graph, seeds: set[str], depth: int, *, view: str) -> nx.Graph:
    """The part of ``graph`` within ``depth`` edges of any seed (edge direction ignored)."""
    if depth < 0:
        raise ConfigError(f"--depth must be 0 or more, got {depth}")
    present = [s for s in seeds if s in graph]
    if not present:
        raise ConfigError(
            f"the focus is not in the {view} view ({len(graph)} nodes): "
            "it holds no edge to what you named; try another view or no date/article filter"
        )
    undirected = graph.to_undirected(as_view=True)
    keep: set[str] = set()
    for seed in present:
        keep |= set(nx.single_source_shortest_path_length(undirected, seed, cutoff=depth))
    return _induced(graph, keep, seeds)


def _induced(graph: nx.Graph, keep: set[str], seeds: set[str]) -> nx.Graph:
    """The subgraph on ``keep``, in ``graph``'s order (``graph.subgraph`` follows set
    order, which changes between runs, and so would every layout)."""
    sub = graph.__class__()
    sub.graph.update(graph.graph)
    sub.add_nodes_from((n, {**d, "focus": n in seeds}) for n, d in graph.nodes(data=True)
                       if n in keep)
    edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)
    sub.add_edges_from((*e[:-1], dict(e[-1])) for e in edges if e[0] in keep and e[1] in keep)
    return sub
