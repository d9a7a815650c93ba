"""The Wikibase RDF dump (Turtle): what Wikibase's ``dumpRdf`` writes, for newskg's entities.

Per entity: its type, terms (``rdfs:label``, ``skos:prefLabel``, ``schema:name``,
``schema:description``, ``skos:altLabel``), its data document (``wdata:``), the truthy
``wdt:`` triples of its best-ranked claims, and every claim in full: the statement node
with ``wikibase:rank``, ``ps:``/``psv:``, qualifiers ``pq:``/``pqv:``, references
(``prov:wasDerivedFrom`` → ``wdref:`` nodes with ``pr:``/``prv:``) and time value nodes
(``wdv:``). Prefixes derive from a concept base, as in Wikibase's ``RdfVocabulary``
(formats.md §2); newskg's own base by default, so that locally minted ids never pass
for Wikidata's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO

import pyoxigraph as ox

from kg.wikidata.model import (
    GREGORIAN,
    Claim,
    Entity,
    ItemValue,
    MonolingualValue,
    Reference,
    Snak,
    TextValue,
    TimeValue,
)

DEFAULT_CONCEPT_URI = "https://w3id.org/newskg/wikibase/"
WIKIBASE = "http://wikiba.se/ontology#"
SCHEMA = "http://schema.org/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
_PROPERTY_TYPES = {
    "wikibase-item": "WikibaseItem", "string": "String", "external-id": "ExternalId",
    "url": "Url", "monolingualtext": "Monolingualtext", "time": "Time",
}
_RANKS = {"preferred": "PreferredRank", "normal": "NormalRank", "deprecated": "DeprecatedRank"}
#: Predicate families per property, as Wikibase's PropertyRdfBuilder declares them.
_FAMILIES = (("directClaim", "wdt"), ("claim", "p"), ("statementProperty", "ps"),
             ("statementValue", "psv"), ("qualifier", "pq"), ("qualifierValue", "pqv"),
             ("reference", "pr"), ("referenceValue", "prv"), ("novalue", "wdno"))


def prefixes(concept_uri: str = DEFAULT_CONCEPT_URI) -> dict[str, str]:
    """The dump's prefixes for a concept base ``http://example.org/`` (ends with ``/``)."""
    base = concept_uri if concept_uri.endswith("/") else concept_uri + "/"
    return {
        "wd": f"{base}entity/", "wds": f"{base}entity/statement/", "wdref": f"{base}reference/",
        "wdv": f"{base}value/", "wdt": f"{base}prop/direct/", "p": f"{base}prop/",
        "ps": f"{base}prop/statement/", "psv": f"{base}prop/statement/value/",
        "pq": f"{base}prop/qualifier/", "pqv": f"{base}prop/qualifier/value/",
        "pr": f"{base}prop/reference/", "prv": f"{base}prop/reference/value/",
        "wdno": f"{base}prop/novalue/", "wdata": f"{base}wiki/Special:EntityData/",
        "wikibase": WIKIBASE, "schema": SCHEMA, "owl": OWL, "xsd": XSD,
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#",
    }


def write_rdf_dump(entities: Iterable[Entity], out: BinaryIO | str, *,
                   concept_uri: str = DEFAULT_CONCEPT_URI) -> int:
    """Write the dump as Turtle to ``out`` (a binary file or a path); returns the entities."""
    writer = _Writer(prefixes(concept_uri))
    ox.serialize(writer.triples(entities), out, ox.RdfFormat.TURTLE, prefixes=writer.ns)
    return writer.count


class _Writer:
    """Turns entities into triples; remembers the reference and value nodes it has written."""

    def __init__(self, ns: dict[str, str]) -> None:
        self.ns = ns
        self.count = 0
        self.latest = "1970-01-01T00:00:00Z"
        self._written: set[str] = set()
        self._references: dict[Reference, ox.NamedNode] = {}

    def iri(self, prefix: str, local: str) -> ox.NamedNode:
        return ox.NamedNode(self.ns[prefix] + local)

    def triples(self, entities: Iterable[Entity]) -> Iterator[ox.Triple]:
        for e in entities:
            self.count += 1
            self.latest = max(self.latest, e.modified)
            yield from self.entity(e)
        dump = self.iri("wikibase", "Dump")
        yield ox.Triple(dump, RDF_TYPE, self.iri("schema", "Dataset"))
        yield ox.Triple(dump, RDF_TYPE, ox.NamedNode(OWL + "Ontology"))
        yield ox.Triple(dump, self.iri("schema", "dateModified"), _datetime(self.latest))
        yield ox.Triple(dump, self.iri("schema", "softwareVersion"), ox.Literal("1.0.0"))
        yield ox.Triple(dump, ox.NamedNode(OWL + "imports"),
                        ox.NamedNode("http://wikiba.se/ontology-1.0.owl"))

    def entity(self, e: Entity) -> Iterator[ox.Triple]:
        node = self.iri("wd", e.id)
        kind = "Property" if e.is_property else "Item"
        yield ox.Triple(node, RDF_TYPE, self.iri("wikibase", kind))
        yield from self.terms(node, e)
        doc = self.iri("wdata", e.id)
        yield ox.Triple(doc, RDF_TYPE, self.iri("schema", "Dataset"))
        yield ox.Triple(doc, self.iri("schema", "about"), node)
        yield ox.Triple(doc, self.iri("schema", "version"), _integer(1))
        yield ox.Triple(doc, self.iri("schema", "dateModified"), _datetime(e.modified))
        if e.is_property:
            yield from self.property(node, e)
        for prop, claims in e.claims_by_property().items():
            best = {c.guid for c in _best(claims)}
            for claim in claims:
                if claim.guid in best:
                    yield ox.Triple(node, self.iri("wdt", prop), self.value(claim.mainsnak))
                yield from self.claim(node, claim, best=claim.guid in best)

    def terms(self, node: ox.NamedNode, e: Entity) -> Iterator[ox.Triple]:
        label = ox.Literal(e.label, language="en")
        for prefix, local in (("rdfs", "label"), ("skos", "prefLabel"), ("schema", "name")):
            yield ox.Triple(node, self.iri(prefix, local), label)
        if e.description:
            yield ox.Triple(node, self.iri("schema", "description"),
                            ox.Literal(e.description, language="en"))
        for alias in e.aliases:
            yield ox.Triple(node, self.iri("skos", "altLabel"), ox.Literal(alias, language="en"))

    def property(self, node: ox.NamedNode, e: Entity) -> Iterator[ox.Triple]:
        yield ox.Triple(node, self.iri("wikibase", "propertyType"),
                        self.iri("wikibase", _PROPERTY_TYPES[e.datatype or "string"]))
        kind = "ObjectProperty" if e.datatype in ("wikibase-item", "url") else "DatatypeProperty"
        for relation, prefix in _FAMILIES:
            predicate = self.iri(prefix, e.id)
            yield ox.Triple(node, self.iri("wikibase", relation), predicate)
            if prefix == "wdt":
                yield ox.Triple(predicate, RDF_TYPE, ox.NamedNode(OWL + kind))

    def claim(self, node: ox.NamedNode, c: Claim, *, best: bool) -> Iterator[ox.Triple]:
        prop = c.mainsnak.property
        st = self.iri("wds", c.guid.replace("$", "-"))
        yield ox.Triple(node, self.iri("p", prop), st)
        yield ox.Triple(st, RDF_TYPE, self.iri("wikibase", "Statement"))
        if best:
            yield ox.Triple(st, RDF_TYPE, self.iri("wikibase", "BestRank"))
        yield ox.Triple(st, self.iri("wikibase", "rank"), self.iri("wikibase", _RANKS[c.rank]))
        yield from self.snak(st, c.mainsnak, "ps", "psv")
        for q in c.qualifiers:
            yield from self.snak(st, q, "pq", "pqv")
        for r in c.references:
            ref = self._references.get(r)
            first = ref is None  # a reference shared by many claims is hashed and written once
            if ref is None:
                ref = self._references[r] = self.iri("wdref", _reference_hash(r))
            yield ox.Triple(st, ox.NamedNode(self.ns["prov"] + "wasDerivedFrom"), ref)
            if first:
                yield ox.Triple(ref, RDF_TYPE, self.iri("wikibase", "Reference"))
                for s in r.snaks:
                    yield from self.snak(ref, s, "pr", "prv")

    def snak(self, subject: ox.NamedNode, s: Snak, simple: str,
             full: str) -> Iterator[ox.Triple]:
        yield ox.Triple(subject, self.iri(simple, s.property), self.value(s))
        if isinstance(s.value, TimeValue):
            node = self.iri("wdv", _value_hash(s.value))
            yield ox.Triple(subject, self.iri(full, s.property), node)
            if self._first(node.value):
                yield from self.time_node(node, s.value)

    def time_node(self, node: ox.NamedNode, v: TimeValue) -> Iterator[ox.Triple]:
        yield ox.Triple(node, RDF_TYPE, self.iri("wikibase", "TimeValue"))
        yield ox.Triple(node, self.iri("wikibase", "timeValue"), _datetime(v.xsd))
        yield ox.Triple(node, self.iri("wikibase", "timePrecision"),
                        _integer(v.precision))
        yield ox.Triple(node, self.iri("wikibase", "timeTimezone"), _integer(0))
        yield ox.Triple(node, self.iri("wikibase", "timeCalendarModel"), ox.NamedNode(GREGORIAN))

    def value(self, s: Snak) -> ox.NamedNode | ox.Literal:
        """The simple value (wdt:, ps:, pq:, pr:) of a snak, by its datatype."""
        v = s.value
        if isinstance(v, ItemValue):
            return self.iri("wd", v.id)
        if isinstance(v, MonolingualValue):
            return ox.Literal(v.text, language=v.language)
        if isinstance(v, TimeValue):
            return _datetime(v.xsd)
        if isinstance(v, TextValue) and s.datatype == "url":
            try:
                return ox.NamedNode(v.text)
            except ValueError:
                return ox.Literal(v.text)  # Wikibase too writes an unusable URL as a string
        return ox.Literal(v.text)

    def _first(self, key: str) -> bool:
        """True the first time ``key`` is seen: shared nodes are written once."""
        if key in self._written:
            return False
        self._written.add(key)
        return True


def _best(claims: list[Claim]) -> list[Claim]:
    """The truthy claims: the preferred ones if any, else the normal ones; never deprecated."""
    preferred = [c for c in claims if c.rank == "preferred"]
    return preferred or [c for c in claims if c.rank == "normal"]


def _reference_hash(r: Reference) -> str:
    return hashlib.sha1(repr(r.snaks).encode("utf-8")).hexdigest()


def _value_hash(v: TimeValue) -> str:
    return hashlib.sha1(f"{v.wikibase}/{v.precision}".encode()).hexdigest()


def _datetime(text: str) -> ox.Literal:
    return ox.Literal(text, datatype=_xsd("dateTime"))


def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_xsd("integer"))


def _xsd(local: str) -> ox.NamedNode:
    return ox.NamedNode(XSD + local)
