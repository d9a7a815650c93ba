"""The links graph: ``owl:sameAs`` for each linked entity, and every decision with its reason.

``LINKS_GRAPH`` is its own named graph, so ``kg build`` (which replaces article
graphs wholesale) never touches it: links survive any rebuild of the articles.
Each decision replaces the entity's earlier one (its IRI is minted from the
entity's), in one update with the pruning of decisions about entities that no
article names any more. A run that could not look an entity up (offline, not
cached) leaves an earlier decision as it was::

    <…/id/person/ilse-varga> owl:sameAs wd:Q4711 .
    <…/id/wikidata-link/9a…> a nkg:LinkDecision ;
        nkg:decisionFor <…/id/person/ilse-varga> ; nkg:linkOutcome nkg:Linked ;
        nkg:wikidataItem wd:Q4711 ; nkg:confidence 0.667 ; nkg:linkReason "…" ;
        dcterms:source <https://query.wikidata.org/sparql> ;
        prov:generatedAtTime "…"^^xsd:dateTime .
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from rdflib import OWL, RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg import iri
from kg.resources import queries_dir
from kg.store import LINKS_GRAPH, GraphStore
from kg.vocab import NKG, PROV, RESOURCE_BASE

from .records import Decision

DECISIONS_QUERY = Path("link") / "decisions.rq"


def decision_iri(entity: str) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}wikidata-link/{iri.digest(entity)}")


def write_decisions(store: GraphStore, decisions: Sequence[Decision], *, endpoint: str) -> int:
    """Record ``decisions`` (links as ``owl:sameAs``), drop those about vanished entities."""
    earlier = _earlier(store)
    keep = [d for d in decisions if not (d.outcome == "NotLookedUp" and d.entity in earlier)]
    gone = [e for e, mentioned in earlier.items() if not mentioned]
    subjects: list[URIRef] = []
    for entity in [*(d.entity for d in keep), *gone]:
        subjects += [URIRef(entity), decision_iri(entity)]
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    g = Graph()
    for d in keep:
        _add_decision(g, d, endpoint=endpoint, now=now)
    return store.replace_subjects(LINKS_GRAPH, subjects, g)


def _earlier(store: GraphStore) -> dict[str, bool]:
    """The entities decided on before: whether an article still mentions each."""
    query = (queries_dir() / DECISIONS_QUERY).read_text(encoding="utf-8")
    rows = store.select(query, bindings={"graph": LINKS_GRAPH}).dicts()
    return {str(r["entity"]): r["mentioned"] is not None and r["mentioned"].toPython() is True
            for r in rows}


def _add_decision(g: Graph, d: Decision, *, endpoint: str, now: str) -> None:
    node, entity = decision_iri(d.entity), URIRef(d.entity)
    g.add((node, RDF.type, NKG.LinkDecision))
    g.add((node, NKG.decisionFor, entity))
    g.add((node, NKG.linkOutcome, NKG[d.outcome]))
    g.add((node, NKG.linkReason, Literal(d.reason)))
    g.add((node, DCTERMS.source, URIRef(endpoint)))
    g.add((node, PROV.generatedAtTime, Literal(now, datatype=XSD.dateTime)))
    if d.confidence is not None:
        g.add((node, NKG.confidence, Literal(Decimal(f"{d.confidence:.3f}"),
                                             datatype=XSD.decimal)))
    if d.outcome == "Linked" and d.item is not None:
        g.add((node, NKG.wikidataItem, URIRef(d.item)))
        g.add((entity, OWL.sameAs, URIRef(d.item)))
