"""The timeline: dated statements and events in order.

A ``DiGraph`` whose nodes are the dated items (of the focus, when there is one:
the items that name it, or whose proposition or answered statement does), each
with ``start`` and ``end`` days (a month-precise date spans its month), an
``order`` and a one-line ``label`` ("Legion says: …", "captured: Legion, Mirovka").
``next`` edges chain them in order. Undated items have no place on a timeline and
are left out; ``undated`` in the graph's attributes counts them.
"""

from __future__ import annotations

import networkx as nx

from kg.views.attrs import item_attrs, shorten
from kg.views.facts import Facts, ItemFact
from kg.views.select import period

#: How a timeline label says each stance.
STANCE_VERBS = {
    "Assert": "says",
    "Deny": "denies",
    "Appeal": "appeals",
    "Promise": "promises",
    "Threat": "threatens",
    "Accusation": "accuses",
}


def timeline_view(facts: Facts) -> nx.DiGraph:
    dated, undated = [], 0
    for item in facts.items.values():
        span = period(item.date)
        if span is None:
            undated += 1
        else:
            dated.append((span, item))
    dated.sort(key=lambda pair: (pair[0], pair[1].is_statement, pair[1].iri))
    graph = nx.DiGraph(view="timeline", undated=undated)
    previous = None
    for order, ((start, end), item) in enumerate(dated):
        attrs = item_attrs(facts, item)
        attrs.update(label=timeline_label(facts, item), start=start.isoformat(),
                     end=end.isoformat(), order=order)
        graph.add_node(item.iri, **attrs)
        if previous is not None:
            graph.add_edge(previous, item.iri, relation="next", group="next", label="")
        previous = item.iri
    return graph


def timeline_label(facts: Facts, item: ItemFact) -> str:
    """"Speaker says: content" for a statement, "trigger: who, where" for an event."""
    names = [e.label for _, e in facts.entity_links(item.iri)]
    if item.is_statement:
        speaker = next((e.label for r, e in facts.entity_links(item.iri) if r == "speaker"), "")
        verb = STANCE_VERBS.get(item.stance, "says")
        return shorten(f"{speaker} {verb}: {item.content}", 80)
    return shorten(f"{item.trigger}: {', '.join(dict.fromkeys(names))}".rstrip(": "), 80)
