"""Graph views: the store as networkx graphs to analyse, draw, or open in Gephi.

=========  ====================  ===================================================
view       networkx type         nodes and edges
=========  ====================  ===================================================
actors     ``Graph``             people and organisations; membership, shared events
                                 and statements, weighted by articles
claims     ``MultiDiGraph``      speakers -> what they claim or deny (one edge per
                                 statement, by stance) -> agents and places
events     ``MultiDiGraph``      statements and events -> the entities they name
timeline   ``DiGraph``           dated statements and events, in order
rdf        ``MultiDiGraph``      every IRI; an edge per triple, literals as attributes
=========  ====================  ===================================================

``view(store, name, focus=…, depth=…, since=…, until=…, articles=…)`` reads the
store (``kg.views.facts.load_facts``), keeps the items of the articles and dates
asked for (``kg.views.select.narrow``), builds the view, and keeps the part within
``depth`` edges of the focus (a label, an alias or an IRI). The timeline takes the
focus differently: the items that name it. Views are found through ``VIEWS``
(name -> ``ViewSpec`` with a "module:function" target, imported when used).
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import networkx as nx

from kg.errors import ConfigError
from kg.query import run_query
from kg.store import GraphStore
from kg.views.facts import Facts, load_facts
from kg.views.select import around, narrow, period, resolve

__all__ = ["VIEWS", "ViewSpec", "build", "view"]


@dataclass(frozen=True, slots=True)
class ViewSpec:
    """A view: its builder ("module:function" of ``Facts`` -> graph) and defaults."""

    target: str
    title: str
    depth: int  # default --depth around the focus
    focus: Literal["around", "items"] = "around"  # ego graph, or the items naming the focus
    source: Literal["facts", "triples"] = "facts"

    def builder(self) -> Callable:
        module, _, attr = self.target.partition(":")
        return getattr(importlib.import_module(module), attr)


#: The views, by the name ``kg viz`` takes.
VIEWS: dict[str, ViewSpec] = {
    "actors": ViewSpec("kg.views.actors:actors_view", "Actors", depth=1),
    "claims": ViewSpec("kg.views.claims:claims_view", "Claims and denials", depth=2),
    "events": ViewSpec("kg.views.events:events_view", "Events and statements", depth=3),
    "timeline": ViewSpec("kg.views.timeline:timeline_view", "Timeline", depth=0, focus="items"),
    "rdf": ViewSpec("kg.views.rdf:rdf_view", "RDF graph", depth=1, source="triples"),
}


def spec(name: str) -> ViewSpec:
    if name not in VIEWS:
        raise ConfigError(f"unknown view {name!r}; choose one of {', '.join(VIEWS)}")
    return VIEWS[name]


def view(
    store: GraphStore,
    name: str,
    *,
    focus: Sequence[str] = (),
    depth: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    articles: Sequence[str] = (),
) -> nx.Graph:
    """The view ``name`` of the graph in ``store`` (see the module docstring)."""
    chosen = spec(name)
    facts = load_facts(store)
    rows = run_query(store, "view-triples").dicts() if chosen.source == "triples" else None
    return build(facts, name, focus=focus, depth=depth, since=since, until=until,
                 articles=articles, triples=rows)


def build(
    facts: Facts,
    name: str,
    *,
    focus: Sequence[str] = (),
    depth: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    articles: Sequence[str] = (),
    triples: list | None = None,
) -> nx.Graph:
    """The view ``name`` of ``facts`` (the rdf view needs ``triples``: view-triples.rq rows)."""
    chosen = spec(name)
    seeds = resolve(facts, focus) if focus else set()
    kept = narrow(facts, since=since, until=until, articles=articles)
    if chosen.source == "triples":
        graph = chosen.builder()(triples or [], articles=_articles_of(kept, since, until,
                                                                      articles))
    elif chosen.focus == "items" and seeds:
        graph = chosen.builder()(kept.only(
            [i for i in kept.items if i in seeds or seeds & kept.involved(i)], kept.members))
    else:
        graph = chosen.builder()(kept)
    if seeds and chosen.focus == "around":
        graph = around(graph, seeds, chosen.depth if depth is None else depth, view=name)
    graph.graph.update(title=_title(chosen, facts, focus, since, until, articles),
                       focus="; ".join(focus), since=str(since or ""), until=str(until or ""),
                       articles="; ".join(articles))
    return graph


def _articles_of(facts: Facts, since: dt.date | None, until: dt.date | None,
                 articles: Sequence[str]) -> set[str] | None:
    """The article ids a date range and an article list leave (None: every article)."""
    if not (since or until or articles):
        return None
    keep = set()
    for a in facts.articles.values():
        span = period(a.published)
        if articles and a.id not in articles:
            continue
        if (since or until) and (span is None or (since and span[1] < since)
                                 or (until and span[0] > until)):
            continue
        keep.add(a.id)
    return keep


def _title(chosen: ViewSpec, facts: Facts, focus: Sequence[str], since: dt.date | None,
           until: dt.date | None, articles: Sequence[str]) -> str:
    names = [facts.entities[f].label if f in facts.entities else f for f in focus]
    title = chosen.title + (f": {', '.join(names)}" if names else "")
    if since or until:
        title += f" ({since or '…'} to {until or '…'})"
    if articles:
        title += f" [articles: {', '.join(articles)}]"
    return title
