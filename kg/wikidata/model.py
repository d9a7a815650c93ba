"""The Wikibase data model, as far as newskg's exports need it.

One set of records serves all three exports (JSON dump, RDF dump, QuickStatements):
``kg.wikidata.mapping`` turns the graph into ``Entity`` records once, and each writer
only serialises them. Values are typed by their Wikibase *datatype*, which decides
both the JSON value type and the RDF form (formats.md §1.4, §2.5).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Rank = Literal["preferred", "normal", "deprecated"]
Datatype = Literal["wikibase-item", "string", "external-id", "url", "monolingualtext", "time"]

#: Wikibase time precisions (json.md §time): 9 year, 10 month, 11 day.
YEAR, MONTH, DAY = 9, 10, 11
GREGORIAN = "http://www.wikidata.org/entity/Q1985727"


@dataclass(frozen=True, slots=True)
class ItemValue:
    """A reference to another entity of the export, by its id ("Q12", "P3")."""

    id: str

    @property
    def numeric_id(self) -> int:
        return int(self.id[1:])


@dataclass(frozen=True, slots=True)
class TextValue:
    """A plain string: the value of ``string``, ``external-id`` and ``url`` properties."""

    text: str


@dataclass(frozen=True, slots=True)
class MonolingualValue:
    text: str
    language: str = "en"


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A Gregorian date at day, month or year precision.

    ``year``, ``month`` and ``day`` are what the precision keeps; the rest is 0
    (month and day "unknown or insignificant", json.md §time).
    """

    year: int
    month: int = 0
    day: int = 0
    precision: int = DAY

    @property
    def wikibase(self) -> str:
        """The JSON form: ``+2021-09-00T00:00:00Z`` (sign, four-digit year, zero month/day)."""
        return f"+{self.year:04d}-{self.month:02d}-{self.day:02d}T00:00:00Z"

    @property
    def xsd(self) -> str:
        """The RDF form, cleaned as Wikibase does: no sign, unknown month and day as 01."""
        return f"{self.year:04d}-{max(self.month, 1):02d}-{max(self.day, 1):02d}T00:00:00Z"


Value = ItemValue | TextValue | MonolingualValue | TimeValue


@dataclass(frozen=True, slots=True)
class Snak:
    """A property and its value (newskg writes only ``value`` snaks)."""

    property: str
    datatype: Datatype
    value: Value


@dataclass(frozen=True, slots=True)
class Reference:
    """Where a claim comes from: snaks in the order they are written (``snaks-order``)."""

    snaks: tuple[Snak, ...]

    def properties(self) -> list[str]:
        return list(dict.fromkeys(s.property for s in self.snaks))


@dataclass(frozen=True, slots=True)
class Claim:
    """One Wikibase statement: main snak, qualifiers, references, rank and its GUID."""

    guid: str
    mainsnak: Snak
    qualifiers: tuple[Snak, ...] = ()
    references: tuple[Reference, ...] = ()
    rank: Rank = "normal"

    def qualifier_properties(self) -> list[str]:
        return list(dict.fromkeys(s.property for s in self.qualifiers))


@dataclass(slots=True)
class Entity:
    """An item or a property of the export, with its terms and claims (in writing order).

    ``source`` is the newskg IRI the entity stands for (None for the export's own
    vocabulary items and properties); ``modified`` the latest ingestion time of the
    articles it was read from, an ISO date-time.
    """

    id: str
    label: str
    description: str = ""
    aliases: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    datatype: Datatype | None = None  # properties only
    source: str | None = None
    modified: str = "1970-01-01T00:00:00Z"

    @property
    def is_property(self) -> bool:
        return self.id.startswith("P")

    def claims_by_property(self) -> dict[str, list[Claim]]:
        """Claims grouped by main-snak property, properties in first-seen order."""
        groups: dict[str, list[Claim]] = {}
        for claim in self.claims:
            groups.setdefault(claim.mainsnak.property, []).append(claim)
        return groups
