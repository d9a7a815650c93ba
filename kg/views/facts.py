"""What the views are drawn from: the store read once into plain records.

Five named queries (``queries/view-*.rq``) read entities, articles, statements and
events, the roles that link them, and memberships. Every view is then a pure
function of these ``Facts``, so a view is tested on records without a store, and
building several views reads the store once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property

from rdflib.term import Node

from kg.query import run_query
from kg.store import GraphStore

#: Entity types in the order that picks an entity's main type when it has several.
ENTITY_TYPES = ("Person", "Organization", "Place")
AGENT_TYPES = frozenset({"Person", "Organization"})
#: Roles that point from an item to an entity, and those that point to another item.
ENTITY_ROLES = ("speaker", "onBehalfOf", "via", "agent", "participant", "place")
ITEM_ROLES = ("proposition", "respondsTo")
ROLE_ORDER = {role: n for n, role in enumerate(ENTITY_ROLES + ITEM_ROLES)}
#: Separator of the aliases in ``view-entities.rq``: U+241F, printable (so XML and JSON
#: results carry it), and no name holds it.
ALIAS_SEPARATOR = "\u241f"


@dataclass(frozen=True, slots=True)
class EntityFact:
    """A person, organisation or place, merged over every article that names it."""

    iri: str
    types: tuple[str, ...]
    label: str
    aliases: tuple[str, ...] = ()
    articles: int = 0  # articles that mention it
    curation: str = ""  # the analyst's active fixes on it: "merge #1 by ana, 2024-05-02; …"

    @property
    def type(self) -> str:
        return next((t for t in ENTITY_TYPES if t in self.types), self.types[0])

    @property
    def is_agent(self) -> bool:
        return bool(AGENT_TYPES.intersection(self.types))

    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass(frozen=True, slots=True)
class ArticleFact:
    iri: str
    id: str
    published: str = ""  # lexical form of schema:datePublished, "" when unknown
    headline: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class ItemFact:
    """A statement or an event, with the text the views show for it ("" when absent)."""

    iri: str
    kind: str  # "Statement" or the event class's local name
    article: str  # the article's identifier
    trigger: str = ""
    content: str = ""
    stance: str = ""
    cue: str = ""
    factuality: str = ""
    date: str = ""  # XSD lexical form: 2021-09-06, 2021-09, 2021 or a date-time
    date_text: str = ""
    evidence: str = ""
    is_direct_quote: bool = False

    @property
    def is_statement(self) -> bool:
        return self.kind == "Statement"


@dataclass(frozen=True, slots=True)
class RoleFact:
    item: str
    role: str  # one of ENTITY_ROLES or ITEM_ROLES
    target: str


@dataclass(frozen=True, slots=True)
class MemberFact:
    person: str
    organization: str
    article: str  # identifier of the article that says so


@dataclass(frozen=True)
class Facts:
    """Everything the views need, keyed by IRI (articles by identifier)."""

    entities: Mapping[str, EntityFact] = field(default_factory=dict)
    articles: Mapping[str, ArticleFact] = field(default_factory=dict)
    items: Mapping[str, ItemFact] = field(default_factory=dict)
    roles: tuple[RoleFact, ...] = ()
    members: tuple[MemberFact, ...] = ()

    @cached_property
    def _by_item(self) -> dict[str, list[RoleFact]]:
        index: dict[str, list[RoleFact]] = defaultdict(list)
        for r in self.roles:
            index[r.item].append(r)
        return index

    def roles_of(self, item: str, *roles: str) -> list[str]:
        """Targets of ``item``'s links in ``roles`` (every role when none is named)."""
        return [r.target for r in self._by_item.get(item, ()) if not roles or r.role in roles]

    def entity_links(self, item: str) -> Iterator[tuple[str, EntityFact]]:
        """``(role, entity)`` for each entity ``item`` names, in role order."""
        for r in self._by_item.get(item, ()):
            if r.role in ENTITY_ROLES and r.target in self.entities:
                yield r.role, self.entities[r.target]

    def involved(self, item: str) -> set[str]:
        """Entities the item is about: its own, its proposition's, and those of the
        proposition of the statement it answers (a denial is about what it denies)."""
        found = {e.iri for _, e in self.entity_links(item)}
        for other in self.roles_of(item, *ITEM_ROLES):
            found |= {e.iri for _, e in self.entity_links(other)}
            for prop in self.roles_of(other, "proposition"):
                found |= {e.iri for _, e in self.entity_links(prop)}
        return found

    def published(self, item: ItemFact) -> str:
        article = self.articles.get(item.article)
        return article.published if article else ""

    def only(self, items: Iterable[str], members: Iterable[MemberFact]) -> Facts:
        """The same facts with only these items (and the roles between kept things)."""
        kept = {i: self.items[i] for i in items if i in self.items}
        roles = tuple(
            r for r in self.roles
            if r.item in kept and (r.target in kept or r.target in self.entities)
        )
        return replace(self, items=kept, roles=roles, members=tuple(members))


def load_facts(store: GraphStore) -> Facts:
    """Read everything the views need from ``store`` (five queries, one pass each)."""
    entities = {e.iri: e for e in _rows(store, "view-entities", _entity)}
    for iri, fixes in _fixes(store).items():
        if iri in entities:
            entities[iri] = replace(entities[iri], curation=fixes)
    articles = {a.id: a for a in _rows(store, "view-articles", _article)}
    items = {i.iri: i for i in sorted(_rows(store, "view-items", _item), key=lambda i: i.iri)}
    roles = tuple(sorted(_rows(store, "view-roles", _role),
                         key=lambda r: (r.item, ROLE_ORDER.get(r.role, 99), r.target)))
    members = tuple(_rows(store, "view-memberships", _member))
    return Facts(entities, articles, items, roles, members)


def _rows(store: GraphStore, query: str, make) -> Iterator:
    for row in run_query(store, query).dicts():
        yield make({k: _text(v) for k, v in row.items()})


def _fixes(store: GraphStore) -> dict[str, str]:
    """Each curated entity's active fixes, in the order they were made."""
    fixes: dict[str, list[str]] = {}
    for row in _rows(store, "view-curation", dict):
        fixes.setdefault(row["entity"], []).append(
            f"{row['action']} #{row['id']} by {row['by']}, {row['at'][:10]}")
    return {iri: "; ".join(notes) for iri, notes in fixes.items()}


def _text(value: Node | None) -> str:
    return "" if value is None else str(value)


def _entity(row: dict[str, str]) -> EntityFact:
    aliases = tuple(sorted(a for a in row["aliases"].split(ALIAS_SEPARATOR)
                           if a and a != row["label"]))
    label = row["label"] or row["entity"].rsplit("/", 1)[-1]
    return EntityFact(row["entity"], tuple(sorted(row["types"].split())), label, aliases,
                      int(row["articles"] or 0))


def _article(row: dict[str, str]) -> ArticleFact:
    return ArticleFact(row["article"], row["identifier"], row["published"], row["headline"],
                       row["url"])


def _item(row: dict[str, str]) -> ItemFact:
    return ItemFact(
        iri=row["item"], kind=row["class"], article=row["article"], trigger=row["trigger"],
        content=row["content"], stance=row["stance"], cue=row["cue"],
        factuality=row["factuality"], date=row["date"], date_text=row["dateText"],
        evidence=row["evidence"], is_direct_quote=row["isDirectQuote"] == "true",
    )


def _role(row: dict[str, str]) -> RoleFact:
    return RoleFact(row["item"], row["role"], row["target"])


def _member(row: dict[str, str]) -> MemberFact:
    return MemberFact(row["person"], row["organization"], row["article"])
