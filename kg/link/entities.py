"""The entities of the store to link, with their names and the names around them.

An entity's names are its labels and those of its other names that are proper
names: "NAP" or "Kessel Works", not "the ministry" (a description) nor "Varga" for
a person (a bare surname names many people). Its context is the places and
organisations its articles name beside it (``queries/link/context.rq`` and
``mentions.rq``, joined here in memory so that the cost is linear in the mentions),
normalised as ``kg.iri.normalise_name`` does, for the ranking to compare with each candidate's
country, location, party, employer and description.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.iri import normalise_name
from kg.query import run_query
from kg.records import EntityType
from kg.resources import queries_dir
from kg.store import GraphStore

from .records import Target

#: The entity types ``kg link`` links, and the word each takes on the command line.
ENTITY_TYPES: dict[str, EntityType] = {
    "person": "Person",
    "organization": "Organization",
    "place": "Place",
}
#: At most this many names are looked up per entity (its labels first).
MAX_NAMES = 4
CONTEXT_QUERY = Path("link") / "context.rq"
MENTIONS_QUERY = Path("link") / "mentions.rq"


@dataclass(slots=True)
class _Names:
    types: set[EntityType] = field(default_factory=set)
    labels: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def target(self, entity: str, context: frozenset[str]) -> Target:
        types = tuple(t for t in ENTITY_TYPES.values() if t in self.types)
        names = lookup_names(types, self.labels, self.aliases)
        return Target(entity, types, min(self.labels or self.aliases), names, context)


def load_targets(
    store: GraphStore, *, types: Iterable[EntityType], limit: int | None = None
) -> list[Target]:
    """The entities of ``types`` named in the articles, by label (the first ``limit``)."""
    wanted = set(types)
    found: dict[str, _Names] = {}
    for row in run_query(store, "entity-names").dicts():
        etype: EntityType = str(row["entityType"])  # type: ignore[assignment]
        if etype in wanted:
            entry = found.setdefault(str(row["entity"]), _Names())
            entry.types.add(etype)
            is_label = row["isLabel"] is not None and row["isLabel"].toPython() is True
            (entry.labels if is_label else entry.aliases).append(str(row["name"]))
    chosen = sorted(found.items(), key=lambda kv: (min(kv[1].labels or kv[1].aliases), kv[0]))
    chosen = chosen[:limit] if limit is not None else chosen
    context = _contexts(store, [entity for entity, _ in chosen])
    return [names.target(e, context.get(e, frozenset())) for e, names in chosen]


def lookup_names(
    types: Sequence[EntityType], labels: Sequence[str], aliases: Sequence[str]
) -> tuple[str, ...]:
    """The names to look up: the labels, then the aliases that are proper names."""
    out: list[str] = []
    proper = sorted(a for a in aliases if is_proper_name("Person" in types, a))
    for name in [*sorted(labels), *proper]:
        if name.strip() and name.strip() not in out:
            out.append(name.strip())
    return tuple(out[:MAX_NAMES])


def is_proper_name(person: bool, name: str) -> bool:
    """Whether an alias names the entity: capitalised, and not a bare one-word person name."""
    return name[:1].isupper() and not (person and len(name.split()) < 2)


def _contexts(store: GraphStore, entities: Sequence[str]) -> dict[str, frozenset[str]]:
    """Each entity's context: the normalised proper names of the places and organisations
    named in its articles (the entity's own names left out)."""
    wanted = set(entities)
    names: dict[str, set[str]] = defaultdict(set)  # place or organisation -> its names
    around: dict[str, set[str]] = defaultdict(set)  # article -> its places and organisations
    for other, name, article in store.select(_query(CONTEXT_QUERY)).rows:
        if is_proper_name(False, str(name)) and normalise_name(str(name)):
            names[str(other)].add(normalise_name(str(name)))
            around[str(article)].add(str(other))
    found: dict[str, set[str]] = defaultdict(set)
    for entity, article in store.select(_query(MENTIONS_QUERY)).rows:
        if str(entity) in wanted:
            for other in around.get(str(article), ()):
                if other != str(entity):
                    found[str(entity)] |= names[other]
    return {entity: frozenset(ns) for entity, ns in found.items()}


def _query(path: Path) -> str:
    return (queries_dir() / path).read_text(encoding="utf-8")
