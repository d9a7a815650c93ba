"""The records of linking: what is looked up, what Wikidata answered, what was decided.

Names flow one way: ``entities`` turns the store's entities into ``Target``s,
``candidates`` asks the endpoint and makes ``Lookup``s (cached by ``cache``),
``rank`` turns a target and its lookups into a ``Decision``, which ``links`` writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kg.records import EntityType

Outcome = Literal["Linked", "Ambiguous", "BelowThreshold", "NoCandidate", "NotLookedUp"]
#: Local names of the ``nkg:LinkOutcome`` individuals, linked first.
OUTCOMES: tuple[Outcome, ...] = ("Linked", "Ambiguous", "BelowThreshold", "NoCandidate",
                                 "NotLookedUp")
#: One lookup per entity type and name (at one endpoint): the cache's key.
LookupKey = tuple[EntityType, str]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A Wikidata item whose English label or alias is the name looked up."""

    item: str  # http://www.wikidata.org/entity/Q…
    label: str
    description: str
    matched_alias: bool  # the name is one of its aliases, not its label
    classes: tuple[str, ...] = ()  # the items it is an instance of (P31)
    context: tuple[str, ...] = ()  # labels of its country, location, party, employer …

    @property
    def qid(self) -> str:
        return self.item.rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class Lookup:
    """What the endpoint answered for one name and entity type, and when."""

    name: str
    type: EntityType
    endpoint: str
    fetched_at: str  # ISO 8601 date-time, UTC
    candidates: tuple[Candidate, ...] = ()

    @property
    def key(self) -> LookupKey:
        return (self.type, self.name)


@dataclass(frozen=True, slots=True)
class Target:
    """An entity of the store to link: its names and the names mentioned around it."""

    iri: str
    types: tuple[EntityType, ...]  # a country that acts is a place and an organisation
    label: str
    names: tuple[str, ...]  # the names looked up, its label first
    context: frozenset[str] = frozenset()  # normalised names of co-mentioned places and orgs

    @property
    def keys(self) -> tuple[LookupKey, ...]:
        return tuple((t, n) for t in self.types for n in self.names)


@dataclass(frozen=True, slots=True)
class Decision:
    """Linked (to ``item``, with ``confidence``) or refused, and why in words."""

    entity: str
    type: EntityType
    label: str
    outcome: Outcome
    reason: str
    item: str | None = None  # the Wikidata item, when linked
    confidence: float | None = None  # of the best candidate, when there is one


@dataclass(slots=True)
class LinkSummary:
    """What one ``kg link`` run did."""

    store: str
    endpoint: str
    decisions: list[Decision] = field(default_factory=list)
    names: int = 0  # distinct (type, name) lookups the entities need
    from_cache: int = 0
    fetched: int = 0
    requests: int = 0  # HTTP requests made, retries included
    seconds: float = 0.0
    dry_run: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(1 for d in self.decisions if d.outcome == outcome)

    @property
    def linked(self) -> int:
        return self.count("Linked")

    @property
    def refused(self) -> list[Decision]:
        return [d for d in self.decisions if d.outcome != "Linked"]
