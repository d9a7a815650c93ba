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

from collections.abc import Iterable
from pathlib import Path

from rdflib import URIRef

from kg import iri
from kg.iri import is_acronym, without_of_tail
from kg.records import Entity
from kg.resources import queries_dir
from kg.scratch import Scratch

#: The query that lists every name of every stored entity (not a user question).
NAMES_QUERY = Path("bookkeeping") / "entity-names.rq"


#: The index's tables: every name an entity is known by (``kind`` label, alias, or
#: core: an organisation's name without a trailing "of X"), the acronyms of each
#: organisation, and the IRIs of the entities this build stored.
_TABLES = (
    "CREATE TABLE names (kind TEXT, type TEXT, norm TEXT, iri TEXT, "
    "PRIMARY KEY (kind, type, norm, iri)) WITHOUT ROWID",
    "CREATE TABLE acronyms (iri TEXT, acronym TEXT, PRIMARY KEY (iri, acronym)) WITHOUT ROWID",
    "CREATE TABLE built (iri TEXT PRIMARY KEY) WITHOUT ROWID",
)
_NAMED = "SELECT iri FROM names WHERE kind = ? AND type = ? AND norm = ?"


class EntityIndex(Scratch):
    """Known entities by (type, normalised name): as their label, and as an alias.

    Kept in a private temporary SQLite database (``kg.scratch``: on disk, deleted with
    the index; a few MB of page cache in memory), so a build's memory does not grow
    with the entities of the store, and each lookup is a search by primary key.
    """

    TABLES = _TABLES

    def __init__(self) -> None:
        super().__init__()
        #: How many distinct IRIs the entities of the articles stored since the index was
        #: made were given (the build's count of entities, the number ``kg stats`` gives).
        self.built = 0

    @classmethod
    def from_store(cls, store, *, skip: frozenset[str] = frozenset(),
                   more=None) -> EntityIndex:  # store: kg.store.GraphStore
        """The names of every entity already stored (``queries/bookkeeping/entity-names.rq``,
        streamed: each row once it is found), but those of the graphs ``skip``; and those
        of the store ``more`` (the graphs as read that the analyst's fixes changed:
        ``kg.curation.entity_index``)."""
        index = cls()
        query = (queries_dir() / NAMES_QUERY).read_text(encoding="utf-8")
        for source in (store, more):
            if source is None:
                continue

            def add(entity, etype, name, is_label, graph, source=source) -> None:
                if source is store and str(graph) in skip:
                    return
                index._remember(URIRef(str(entity)), str(etype), str(name),
                                is_label=is_label.toPython() is True)

            index.fill(source.rows(query), add)
        return index

    def resolve(self, ent: Entity) -> URIRef:
        """The IRI for ``ent``: its own when known or when the evidence is unclear."""
        own = iri.entity_iri(ent.type, ent.label, scope=ent.scope)
        if ent.scope:
            return own  # a description ("the government") names a body of its article only
        norm = iri.normalise_name(ent.label)
        found = self._named("label", ent.type, norm)
        if own in found:
            return own
        if _is_evidence(ent.type, ent.label):
            found |= self._named("alias", ent.type, norm)
        for alias in ent.aliases:
            if _is_evidence(ent.type, alias):
                found |= self._named("label", ent.type, iri.normalise_name(alias))
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
        nodes = self._named("core", ent.type, core) | self._named("label", ent.type, core)
        return {n for n in nodes if any(a.startswith(b) or b.startswith(a)
                                        for a in mine for b in self._acronyms_of(n))}

    def add(self, node: URIRef, ent: Entity) -> None:
        """Record a stored entity under the IRI it was given (not a description: its words
        are no evidence for another article's entity)."""
        if ent.scope:
            return
        self._remember(node, ent.type, ent.label, is_label=True)
        for alias in ent.aliases:
            self._remember(node, ent.type, alias, is_label=False)
        if ent.type == "Organization":
            self._insert("core", ent.type, iri.normalise_name(without_of_tail(ent.label)), node)
            self._db.executemany("INSERT OR IGNORE INTO acronyms VALUES (?, ?)",
                                 [(str(node), a) for a in _acronyms(ent.aliases)])

    def count_built(self, nodes: Iterable[URIRef]) -> int:
        """Note ``nodes`` as given to entities of a stored article; returns ``built``."""
        for node in nodes:
            self.built += self._db.execute("INSERT OR IGNORE INTO built VALUES (?)",
                                           (str(node),)).rowcount
        return self.built

    def _remember(self, node: URIRef, etype: str, name: str, *, is_label: bool) -> None:
        self._insert("label" if is_label else "alias", etype, iri.normalise_name(name), node)

    def _insert(self, kind: str, etype: str, norm: str, node: URIRef) -> None:
        self._db.execute("INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?)",
                         (kind, etype, norm, str(node)))

    def _named(self, kind: str, etype: str, norm: str) -> set[URIRef]:
        return {URIRef(row[0]) for row in self._db.execute(_NAMED, (kind, etype, norm))}

    def _acronyms_of(self, node: URIRef) -> set[str]:
        return {row[0] for row in self._db.execute(
            "SELECT acronym FROM acronyms WHERE iri = ?", (str(node),))}


def _acronyms(names) -> set[str]:
    return {n.replace(".", "") for n in names if is_acronym(n)}


def _is_evidence(etype: str, name: str) -> bool:
    """Whether a shared name says two entities are one: not a bare surname or forename,
    nor a description in lower case ("government", "health ministry")."""
    if name == name.lower():
        return False
    return not (etype == "Person" and len(name.split()) < 2)
