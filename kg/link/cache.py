"""The lookup cache: every ``Lookup`` as RDF in ``LINK_CACHE_GRAPH``, in the store itself.

A lookup is keyed by endpoint, entity type and name (item ids belong to an
endpoint: a local Wikibase mints its own), minted into its IRI, so reading the cache
is one query for the IRIs wanted and writing it replaces exactly the lookups
fetched again. The cache is written after each batch of requests, so an interrupted
run keeps what it fetched. Wikidata's labels go into nkg terms (``nkg:itemLabel``),
never ``rdfs:label``, so that queries on the union of all graphs never take a
Wikidata item for an entity of the articles::

    <…/id/wikidata-lookup/3f…> a nkg:WikidataLookup ;
        nkg:lookupName "Ilse Varga" ; nkg:lookupType nkg:Person ;
        dcterms:source <https://query.wikidata.org/sparql> ;
        prov:generatedAtTime "2026-01-05T10:00:00+00:00"^^xsd:dateTime ;
        nkg:candidate <…/id/wikidata-lookup/3f…/Q4711> .
    <…/id/wikidata-lookup/3f…/Q4711> a nkg:LinkCandidate ;
        nkg:wikidataItem wd:Q4711 ; nkg:matchedAlias false ;
        nkg:itemLabel "Ilse Varga" ; nkg:itemDescription "…" ;
        nkg:itemClass wd:Q5 ; nkg:contextLabel "…" .
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg import iri
from kg.query import inline_values
from kg.resources import queries_dir
from kg.store import LINK_CACHE_GRAPH, GraphStore
from kg.vocab import NKG, PROV, RESOURCE_BASE

from .records import Candidate, Lookup, LookupKey

CACHED_QUERY = Path("link") / "cached-lookups.rq"
#: Lookups one query reads back.
READ_BATCH = 500


def lookup_iri(endpoint: str, key: LookupKey) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}wikidata-lookup/{iri.digest(endpoint, *key)}")


def candidate_iri(lookup: URIRef, cand: Candidate) -> URIRef:
    return URIRef(f"{lookup}/{cand.qid}")


def read_lookups(store: GraphStore, endpoint: str,
                 keys: Iterable[LookupKey]) -> dict[LookupKey, Lookup]:
    """The cached lookups among ``keys`` (those never looked up are absent)."""
    query = (queries_dir() / CACHED_QUERY).read_text(encoding="utf-8")
    wanted = [lookup_iri(endpoint, k) for k in dict.fromkeys(keys)]
    found: dict[LookupKey, Lookup] = {}
    for start in range(0, len(wanted), READ_BATCH):
        values = {"graph": [LINK_CACHE_GRAPH], "lookup": wanted[start : start + READ_BATCH]}
        g = store.construct(inline_values(query, values))
        for node in g.subjects(RDF.type, NKG.WikidataLookup):
            look = _lookup(g, node)
            found[look.key] = look
    return found


def write_lookups(store: GraphStore, lookups: Iterable[Lookup], *,
                  previous: Mapping[LookupKey, Lookup]) -> int:
    """Store ``lookups``, replacing them and their ``previous`` candidates; one update."""
    g, subjects = Graph(), []
    for look in lookups:
        node = lookup_iri(look.endpoint, look.key)
        subjects.append(node)
        old = previous.get(look.key)
        subjects += [candidate_iri(node, c) for c in (old.candidates if old else ())]
        _add_lookup(g, node, look)
    return store.replace_subjects(LINK_CACHE_GRAPH, subjects, g)


def _add_lookup(g: Graph, node: URIRef, look: Lookup) -> None:
    g.add((node, RDF.type, NKG.WikidataLookup))
    g.add((node, NKG.lookupName, Literal(look.name)))
    g.add((node, NKG.lookupType, NKG[look.type]))
    g.add((node, DCTERMS.source, URIRef(look.endpoint)))
    g.add((node, PROV.generatedAtTime, Literal(look.fetched_at, datatype=XSD.dateTime)))
    for cand in look.candidates:
        c = candidate_iri(node, cand)
        g.add((node, NKG.candidate, c))
        g.add((c, RDF.type, NKG.LinkCandidate))
        g.add((c, NKG.wikidataItem, URIRef(cand.item)))
        g.add((c, NKG.matchedAlias, Literal(cand.matched_alias)))
        g.add((c, NKG.itemLabel, Literal(cand.label)))
        if cand.description:
            g.add((c, NKG.itemDescription, Literal(cand.description)))
        for cls in cand.classes:
            g.add((c, NKG.itemClass, URIRef(cls)))
        for label in cand.context:
            g.add((c, NKG.contextLabel, Literal(label)))


def _lookup(g: Graph, node: URIRef) -> Lookup:
    cands = sorted((_candidate(g, c) for c in g.objects(node, NKG.candidate)),
                   key=lambda c: c.item)
    etype = str(g.value(node, NKG.lookupType)).removeprefix(str(NKG._NS))
    return Lookup(str(g.value(node, NKG.lookupName)), etype,  # type: ignore[arg-type]
                  str(g.value(node, DCTERMS.source)),
                  str(g.value(node, PROV.generatedAtTime)), tuple(cands))


def _candidate(g: Graph, node: URIRef) -> Candidate:
    def text(prop: URIRef) -> str:
        value = g.value(node, prop)
        return "" if value is None else str(value)

    alias = g.value(node, NKG.matchedAlias)
    return Candidate(
        text(NKG.wikidataItem), text(NKG.itemLabel), text(NKG.itemDescription),
        alias is not None and alias.toPython() is True,
        tuple(sorted(str(o) for o in g.objects(node, NKG.itemClass))),
        tuple(sorted(str(o) for o in g.objects(node, NKG.contextLabel))),
    )
