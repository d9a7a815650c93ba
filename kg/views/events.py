"""The event graph: statements and events with the people, organisations and places
they involve.

A ``MultiDiGraph`` with one node per statement or event (its date, factuality or
stance, evidence sentence and article as attributes) and one per entity; edges go
from each item to the entities it names, keyed and labelled by role (speaker,
agent, place …), from a statement to its proposition, and from a denial to the
statement it answers. Focused on an entity, it shows the entity's events and
statements with their places and dates ("around an entity").
"""

from __future__ import annotations

import networkx as nx

from kg.views.attrs import entity_attrs, item_attrs, role_edge
from kg.views.facts import ITEM_ROLES, Facts


def events_view(facts: Facts) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(view="events")
    for item in sorted(facts.items.values(), key=lambda i: (i.date, i.iri)):
        graph.add_node(item.iri, **item_attrs(facts, item))
    for item in facts.items:
        for role, entity in facts.entity_links(item):
            graph.add_node(entity.iri, **entity_attrs(entity))
            graph.add_edge(item, entity.iri, key=role, **role_edge(role))
        for role in ITEM_ROLES:
            for other in facts.roles_of(item, role):
                if other in facts.items:
                    graph.add_edge(item, other, key=role, **role_edge(role))
    return graph
