"""The actors view: people and organisations, and what ties them.

An undirected ``Graph`` of agents. Two agents are linked when one is a member of
the other, when both take part in one event (as agent or participant), or through
a statement: speaker and the organisation spoken for or the channel, speaker and
the actors of the claimed event, speaker and the speaker of the statement answered.
An edge's ``weight`` is the number of articles behind it; ``relation`` says which
kinds of tie (event; member; statement) and ``items`` how many statements, events
and memberships, with one ``evidence`` sentence (the earliest) and its ``article``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from kg.views.attrs import entity_attrs
from kg.views.facts import Facts, ItemFact

#: Roles of a statement that make its actors, and those of an event.
STATEMENT_ACTORS = ("speaker", "onBehalfOf", "via")
EVENT_ACTORS = ("agent", "participant")


@dataclass(slots=True)
class _Tie:
    articles: set[str] = field(default_factory=set)
    relations: set[str] = field(default_factory=set)
    items: int = 0
    first: tuple[str, str, str] | None = None  # (date, evidence, article) of the earliest

    def add(self, relation: str, article: str, date: str = "", evidence: str = "") -> None:
        self.articles.add(article)
        self.relations.add(relation)
        self.items += 1
        if evidence and (self.first is None or (date, evidence) < self.first[:2]):
            self.first = (date, evidence, article)


def actors_view(facts: Facts) -> nx.Graph:
    ties: dict[tuple[str, str], _Tie] = defaultdict(_Tie)
    for item in facts.items.values():
        relation = "statement" if item.is_statement else "event"
        for a, b in combinations(sorted(_actors(facts, item)), 2):
            ties[a, b].add(relation, item.article, item.date, item.evidence)
    for m in facts.members:
        if _is_agent(facts, m.person) and _is_agent(facts, m.organization):
            pair = tuple(sorted((m.person, m.organization)))
            ties[pair].add("member", m.article)  # type: ignore[index]
    graph = nx.Graph(view="actors")
    for (a, b), tie in sorted(ties.items()):
        for node in (a, b):
            graph.add_node(node, **entity_attrs(facts.entities[node]))
        date, evidence, article = tie.first or ("", "", sorted(tie.articles)[0])
        graph.add_edge(
            a, b, relation="; ".join(sorted(tie.relations)), group=_group(tie.relations),
            label="", weight=len(tie.articles), items=tie.items,
            articles="; ".join(sorted(tie.articles)),
            evidence=evidence, article=article, date=date,
        )
    return graph


def _is_agent(facts: Facts, iri: str) -> bool:
    return iri in facts.entities and facts.entities[iri].is_agent


def _actors(facts: Facts, item: ItemFact) -> set[str]:
    """The agents one statement or event ties together."""
    own = STATEMENT_ACTORS if item.is_statement else EVENT_ACTORS
    found = {t for t in facts.roles_of(item.iri, *own) if _is_agent(facts, t)}
    if item.is_statement:
        for prop in facts.roles_of(item.iri, "proposition"):
            found |= {t for t in facts.roles_of(prop, *EVENT_ACTORS) if _is_agent(facts, t)}
        for other in facts.roles_of(item.iri, "respondsTo"):
            found |= {t for t in facts.roles_of(other, "speaker") if _is_agent(facts, t)}
    return found


def _group(relations: set[str]) -> str:
    """One colour per edge: membership first, then statements, then shared events."""
    return next(r for r in ("member", "statement", "event") if r in relations)
