"""The claims view: who claims what, and who denies it.

A ``MultiDiGraph``: one edge per statement, from its speaker to what it is about,
keyed by the statement's IRI and coloured by its stance (``group``). What a
statement is about is its proposition (an event); a statement without one that
answers another (a denial of a claim) points at what that one is about; one with
neither is a node of its own, labelled with its content. Each event also links to
its agents, participants and places, so "the militia claims the port seized /
the ministry denies it" is one picture, and a focus on the port reaches both.
"""

from __future__ import annotations

import networkx as nx

from kg.views.attrs import entity_attrs, item_attrs, role_edge, shorten, statement_edge
from kg.views.facts import Facts

#: Roles from an event to an entity drawn in the claims view.
EVENT_ROLES = ("agent", "participant", "place")


def claims_view(facts: Facts) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(view="claims")
    statements = sorted(
        (i for i in facts.items.values() if i.is_statement), key=lambda i: (i.date, i.iri)
    )
    for st in statements:
        speakers = [e for r, e in facts.entity_links(st.iri) if r == "speaker"]
        if not speakers:
            continue
        for target in _targets(facts, st.iri):
            _add_target(graph, facts, target)
            for speaker in speakers:
                graph.add_node(speaker.iri, **entity_attrs(speaker))
                edge = statement_edge(facts, st)
                edge["responds_to"] = _answered(facts, st.iri)
                graph.add_edge(speaker.iri, target, key=st.iri, **edge)
        _add_behalf(graph, facts, st.iri, [s.iri for s in speakers])
    return graph


def _add_behalf(graph: nx.MultiDiGraph, facts: Facts, statement: str, speakers: list[str]) -> None:
    """Speaker -> the organisation spoken for, once per pair."""
    for org in facts.roles_of(statement, "onBehalfOf"):
        if org not in facts.entities or org in speakers:
            continue
        graph.add_node(org, **entity_attrs(facts.entities[org]))
        for speaker in speakers:
            if not graph.has_edge(speaker, org, key="onBehalfOf"):
                graph.add_edge(speaker, org, key="onBehalfOf", **role_edge("onBehalfOf"))


def _targets(facts: Facts, statement: str, seen: frozenset[str] = frozenset()) -> list[str]:
    """What ``statement`` is about: propositions, else what the answered statement is about."""
    props = [p for p in facts.roles_of(statement, "proposition") if p in facts.items]
    if props:
        return props
    found: list[str] = []
    for other in facts.roles_of(statement, "respondsTo"):
        if other in facts.items and other not in seen:
            found += _targets(facts, other, seen | {statement})
    return found or [statement]


def _answered(facts: Facts, statement: str) -> str:
    """The content of the statement this one answers ("" when none)."""
    others = [facts.items[o].content for o in facts.roles_of(statement, "respondsTo")
              if o in facts.items]
    return others[0] if others else ""


def _add_target(graph: nx.MultiDiGraph, facts: Facts, target: str) -> None:
    if target in graph:
        return
    item = facts.items[target]
    attrs = item_attrs(facts, item)
    if item.is_statement:  # a claim without a proposition stands for its own content
        attrs.update(kind="claim", group="Claim", label=shorten(item.content))
    graph.add_node(target, **attrs)
    if item.is_statement:
        return
    for role, entity in facts.entity_links(target):
        if role in EVENT_ROLES:
            graph.add_node(entity.iri, **entity_attrs(entity))
            graph.add_edge(target, entity.iri, key=role, **role_edge(role))
