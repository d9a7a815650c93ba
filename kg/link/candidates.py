"""Candidates from the endpoint: the items whose English label or alias is a name.

One request per batch of names of one entity type (``queries/wikidata/lookup.rq``,
with the names and the type's root classes added as ``VALUES`` by
``kg.query.inline_values``, escaped, never pasted). Each name gets a ``Lookup``,
with no candidates when nothing matched, so that "none" is cached too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.query import inline_values
from kg.records import EntityType
from kg.resources import queries_dir
from kg.store import QueryResult
from kg.vocab import WD

from .records import Candidate, Lookup

LOOKUP_QUERY = Path("wikidata") / "lookup.rq"
#: The Wikidata classes an item must be an instance of (P31/P279*) to stand for an
#: entity of each type: human; organization; geographic entity or geographic location.
TYPE_ROOTS: dict[EntityType, tuple[URIRef, ...]] = {
    "Person": (WD.Q5,),
    "Organization": (WD.Q43229,),
    "Place": (WD.Q27096213, WD.Q2221906),
}
#: The property whose values are the item's classes; the other properties the query
#: fetches (country, located in, member of, party, employer, headquarters) are context.
CLASS_PROPERTY = URIRef("http://www.wikidata.org/prop/direct/P31")
#: The language of the names looked up and of the labels read.
LANGUAGE = "en"


class Endpoint(Protocol):
    def select(self, sparql: str) -> QueryResult: ...


def lookup(endpoint: Endpoint, names: Sequence[str], etype: EntityType, *,
           source: str) -> list[Lookup]:
    """One ``Lookup`` per name, from one request (``source`` is the endpoint's URL)."""
    query = (queries_dir() / LOOKUP_QUERY).read_text(encoding="utf-8")
    values: dict[str, list[Node]] = {
        "name": [Literal(n, lang=LANGUAGE) for n in names],
        "root": list(TYPE_ROOTS[etype]),
    }
    rows = endpoint.select(inline_values(query, values)).dicts()
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    found = _candidates(rows)
    return [Lookup(n, etype, source, now, tuple(found.get(n, {}).values())) for n in names]


@dataclass(slots=True)
class _Parts:
    """What the rows say about one item matched by one name."""

    alias: bool = True
    label: str = ""
    description: str = ""
    classes: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)

    def add(self, row: dict[str, Node | None]) -> None:
        self.alias &= row["alias"] is not None and row["alias"].toPython() is True  # label wins
        self.label = self.label or _text(row["label"])
        self.description = self.description or _text(row["description"])
        if row["value"] is not None and row["property"] == CLASS_PROPERTY:
            _add(self.classes, str(row["value"]))
        elif row["valueLabel"] is not None:
            _add(self.context, str(row["valueLabel"]))


def _candidates(rows: list[dict[str, Node | None]]) -> dict[str, dict[str, Candidate]]:
    """name -> item -> Candidate, from rows of one item and fact each."""
    parts: dict[tuple[str, str], _Parts] = {}
    for row in rows:
        parts.setdefault((str(row["name"]), str(row["item"])), _Parts()).add(row)
    found: dict[str, dict[str, Candidate]] = {}
    for (name, item), p in sorted(parts.items()):
        found.setdefault(name, {})[item] = Candidate(
            item, p.label, p.description, p.alias, tuple(sorted(p.classes)),
            tuple(sorted(p.context)))
    return found


def _text(value: Node | None) -> str:
    return "" if value is None else str(value)


def _add(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)
