"""One IRI per real entity across the store.

A name of one type mints one IRI (``kg.iri.entity_iri``), so the same name in two
articles meets on one node by itself. ``EntityIndex`` adds the alias evidence: an
article that says only "NAP" reuses the IRI of the entity an earlier article called
"Northern Alliance Party (NAP)", and an article that spells out a name an earlier
one knew only by its acronym joins that entity too. Evidence must point to exactly
one entity; a one-word person name (a surname) is never evidence on its own, so two
people who share a surname stay apart.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import URIRef

from kg import iri
from kg.extract.clusters import is_acronym, without_of_tail
from kg.records import Entity


class EntityIndex:
    """Known entities by (type, normalised name): as their label, and as an alias."""

    def __init__(self) -> None:
        self._labels: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
        self._aliases: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
        #: organisations by their name without a trailing "of X", and their acronyms
        self._cores: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
        self._acronyms: dict[URIRef, set[str]] = defaultdict(set)
        #: The IRIs given to entities of the articles stored since the index was made
        #: (the build's count of distinct entities, the number ``kg stats`` gives too).
        self.built: set[URIRef] = set()

    @classmethod
    def from_store(cls, store) -> EntityIndex:  # store: kg.store.GraphStore
        """The names of every entity already stored (``queries/entity-names.rq``)."""
        from kg.query import run_query

        index = cls()
        for row in run_query(store, "entity-names").dicts():
            index._remember(URIRef(str(row["entity"])), str(row["entityType"]),
                            str(row["name"]), is_label=row["isLabel"].toPython() is True)
        return index

    def resolve(self, ent: Entity) -> URIRef:
        """The IRI for ``ent``: its own when known or when the evidence is unclear."""
        own = iri.entity_iri(ent.type, ent.label, scope=ent.scope)
        if ent.scope:
            return own  # a description ("the government") names a body of its article only
        key = (ent.type, iri.normalise_name(ent.label))
        if own in self._labels[key]:
            return own
        found = set(self._labels[key])
        if _is_evidence(ent.type, ent.label):
            found |= self._aliases[key]
        for alias in ent.aliases:
            if _is_evidence(ent.type, alias):
                found |= self._labels[(ent.type, iri.normalise_name(alias))]
        if not found and ent.type == "Organization":
            found = self._variant(ent)
        return found.pop() if len(found) == 1 else own

    def _variant(self, ent: Entity) -> set[URIRef]:
        """"X League of Orrin (XLLO)" and "X League (XLL)": the same name but for a trailing
        "of" place, and acronyms one of which begins the other; both conditions, or nothing."""
        mine = _acronyms(ent.aliases)
        if not mine:
            return set()
        core = iri.normalise_name(without_of_tail(ent.label))
        nodes = self._cores[(ent.type, core)] | self._labels[(ent.type, core)]
        return {n for n in nodes if any(a.startswith(b) or b.startswith(a)
                                        for a in mine for b in self._acronyms[n])}

    def add(self, node: URIRef, ent: Entity) -> None:
        """Record a stored entity under the IRI it was given (not a description: its words
        are no evidence for another article's entity)."""
        if ent.scope:
            return
        self._remember(node, ent.type, ent.label, is_label=True)
        for alias in ent.aliases:
            self._remember(node, ent.type, alias, is_label=False)
        if ent.type == "Organization":
            self._cores[(ent.type, iri.normalise_name(without_of_tail(ent.label)))].add(node)
            self._acronyms[node] |= _acronyms(ent.aliases)

    def _remember(self, node: URIRef, etype: str, name: str, *, is_label: bool) -> None:
        table = self._labels if is_label else self._aliases
        table[(etype, iri.normalise_name(name))].add(node)


def _acronyms(names) -> set[str]:
    return {n.replace(".", "") for n in names if is_acronym(n)}


def _is_evidence(etype: str, name: str) -> bool:
    """Whether a shared name says two entities are one: not a bare surname or forename,
    nor a description in lower case ("government", "health ministry")."""
    if name == name.lower():
        return False
    return not (etype == "Person" and len(name.split()) < 2)
