"""RDF mapping: one ``Extraction`` becomes the named graph of its article.

Only the terms of the contract (``ontology/newskg.ttl``) are written. Every IRI
comes from ``kg.iri``, so mapping the same extraction twice gives the same graph.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from rdflib import RDF as _RDF
from rdflib import RDFS as _RDFS
from rdflib import XSD as _XSD
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS as _SKOS
from rdflib.paths import Path
from rdflib.plugins.stores.memory import Memory
from rdflib.term import Node

from kg import iri, vocab
from kg.records import Article, DateValue, Entity, Event, Extraction, Span, Statement
from kg.vocab import Terms

#: The vocabularies, each term looked up once (``kg.vocab.Terms``).
NKG, PROV, SCHEMA = Terms(vocab.NKG), Terms(vocab.PROV), Terms(vocab.SCHEMA)
RDF, RDFS, XSD, SKOS = Terms(_RDF), Terms(_RDFS), Terms(_XSD), Terms(_SKOS)

_DATATYPES = {
    "date": XSD.date,
    "gYearMonth": XSD.gYearMonth,
    "gYear": XSD.gYear,
    "dateTime": XSD.dateTime,
}


def datetime_literal(at: dt.datetime) -> Literal:
    """``at`` as an ``xsd:dateTime`` in UTC to the second ("2026-06-22T06:00:00Z")."""
    return Literal(at.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
                   datatype=XSD.dateTime)


def new_graph() -> Graph:
    g = Graph()
    _bind(g)
    return g


def _bind(g: Graph) -> None:
    g.bind("nkg", vocab.NKG._NS)
    g.bind("schema", vocab.SCHEMA)
    g.bind("prov", vocab.PROV)
    g.bind("skos", _SKOS)


Triple = tuple[Node, Node, Node]
#: Pattern lookups an ``ArticleGraph`` answers by scanning its triples before it makes
#: its rdflib store (pySHACL asks thousands; the build's own steps a handful).
_SCANS = 8


class ArticleGraph(Graph):
    """An article's graph: an rdflib ``Graph`` that keeps its triples in a plain set (a
    dict, in the order added) until it is asked more than to add, count and iterate
    them, or to match a few patterns; then it fills an rdflib store, with the prefixes
    of ``new_graph``, and is an ordinary ``Graph`` from there on.

    The build maps, prechecks and stores nearly every article with only those, and
    rdflib's indexed store (three indexes and the contexts, a Python dict update each)
    was most of the mapping's time. A graph pySHACL has to judge, or anything else
    that reaches the store, gets the same rdflib store, filled in the same order, as a
    ``Graph`` built triple by triple.
    """

    def __init__(self, triples: Iterable[Triple] = ()) -> None:
        super().__init__()
        del self._Graph__store  # made on first use: __getattr__
        self._pending: dict[Triple, None] | None = dict.fromkeys(triples)
        self._scans = 0

    def __getattr__(self, name: str):  # only for attributes not found: the store
        if name != "_Graph__store":
            raise AttributeError(name)
        store = Memory()
        self._Graph__store = store
        pending, self._pending = self._pending or {}, None
        _bind(self)
        store.addN((s, p, o, self) for s, p, o in pending)
        return store

    def add(self, triple: Triple) -> ArticleGraph:
        if self._pending is None:
            return super().add(triple)
        s, p, o = triple
        assert isinstance(s, Node) and isinstance(p, Node) and isinstance(o, Node), (
            f"a triple of rdflib terms, not {triple!r}")  # as Graph.add checks
        self._pending[triple] = None
        return self

    def __len__(self) -> int:
        return super().__len__() if self._pending is None else len(self._pending)

    def triples(self, triple):  # type: ignore[override]
        s, p, o = triple
        if self._pending is not None and not isinstance(p, Path):
            if s is None and p is None and o is None:
                return iter(tuple(self._pending))
            self._scans += 1
            if self._scans <= _SCANS:
                return iter([t for t in self._pending if (s is None or t[0] == s)
                             and (p is None or t[1] == p) and (o is None or t[2] == o)])
        return super().triples(triple)

    def __iter__(self) -> Iterator[Triple]:
        return self.triples((None, None, None))

    def __reduce__(self):  # pickled to and from the workers as its triples
        if self._pending is None:
            return super().__reduce__()
        return ArticleGraph, (tuple(self._pending),)


def date_literal(value: str) -> Literal:
    """The typed literal of an ISO date or date-time string ("2021-09-06", "2021-09-06T10:00Z")."""
    if "T" in value or " " in value.strip():
        try:
            stamp = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return Literal(value, datatype=XSD.dateTime)
        return Literal(stamp.isoformat(), datatype=XSD.dateTime)
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value), "date")
    return Literal(value, datatype=_DATATYPES[kind])


EntityNamer = Callable[[Entity], URIRef]


def _own_iri(ent: Entity) -> URIRef:
    return iri.entity_iri(ent.type, ent.label, scope=ent.scope)


def extraction_graph(ex: Extraction, *, entity_iri: EntityNamer = _own_iri) -> Graph:
    """The article's graph: article metadata, entities, events, statements, memberships.

    ``entity_iri`` names each entity; by default from its type and label, and the
    build passes ``kg.identity.EntityIndex.resolve`` to reuse IRIs already stored.
    """
    g = ArticleGraph()
    art = ex.article
    a = iri.article_iri(art.id)
    ents = {e.key: entity_iri(e) for e in ex.entities}
    _add_article(g, a, art, named=set(ents.values()))
    labelled: set[URIRef] = set()
    for e in ex.entities:
        _add_entity(g, ents[e.key], e, a, labelled)
    evs = {ev.key: iri.item_iri("event", art.id, ev.trigger_span.begin, ev.type)
           for ev in ex.events}
    sts = {st.key: _statement_iri(art.id, st, ents) for st in ex.statements}
    for ev in ex.events:
        _add_event(g, evs[ev.key], ev, a, ents, art)
    for st in ex.statements:
        _add_statement(g, sts[st.key], st, a, ents, evs, sts, art)
    for m in ex.memberships:
        if m.person in ents and m.organization in ents:
            g.add((ents[m.person], NKG.memberOf, ents[m.organization]))
    return g


def _statement_iri(article_id: str, st: Statement, ents: dict[str, URIRef]) -> URIRef:
    """A statement is who said what where: the speaker is part of its key, so two speakers
    of the same words at the same place ("X and Y said ...") are two statements."""
    speaker = str(ents.get(st.speaker, st.speaker))
    return iri.item_iri("statement", article_id, st.evidence.begin, st.content_span.begin,
                        st.cue, speaker)


def _add_article(g: Graph, a: URIRef, art: Article, *, named: set[URIRef]) -> None:
    """The article's metadata; a publisher the text also names keeps the text's label."""
    g.add((a, RDF.type, NKG.Article))
    g.add((a, SCHEMA.identifier, Literal(art.id)))
    g.add((a, NKG.textLength, Literal(len(art.text))))
    if art.url:
        _add_url(g, a, art.url)
    if art.published:
        g.add((a, SCHEMA.datePublished, date_literal(art.published)))
    if art.title:
        g.add((a, SCHEMA.headline, Literal(art.title)))
    if art.author:
        g.add((a, SCHEMA.author, Literal(art.author)))
    if art.language:
        g.add((a, SCHEMA.inLanguage, Literal(art.language)))
    if art.publisher:
        org = iri.entity_iri("Organization", art.publisher)
        g.add((a, SCHEMA.publisher, org))
        if org not in named:
            g.add((org, RDF.type, NKG.Organization))
            g.add((org, RDFS.label, Literal(art.publisher)))


def _add_url(g: Graph, a: URIRef, url: str) -> None:
    """``schema:url``: the IRI made of the URL (``kg.iri.web_iri``). When that is not the
    URL as given, or none can be made, ``nkg:sourceUrl`` keeps the original as a string."""
    made = iri.web_iri(url)
    if made is not None:
        g.add((a, SCHEMA.url, made))
    if made is None or str(made) != url:
        g.add((a, NKG.sourceUrl, Literal(iri.valid_text(url))))


def add_bookkeeping(
    g: Graph, art: Article, *, content_hash: str, ingested_at: dt.datetime, text: bool = True
) -> None:
    """The build's record of the article, added to its graph so that both are stored in
    one transaction: ``nkg:contentHash`` (to tell, next time, whether it changed) and
    ``nkg:ingestedAt`` (an aware date-time). An article read from a feed's summary is
    marked ``nkg:summaryOnly true`` and carries that summary as ``schema:abstract``: its
    spans point into the abstract, not into a full text the graph never saw. Any other
    article carries its text as ``schema:articleBody`` (unless ``text`` is false:
    ``kg build --no-text``), so that the explorer shows it whole with its spans marked
    at their offsets; either way the graph holds the text its offsets count in.
    """
    a = iri.article_iri(art.id)
    g.add((a, NKG.contentHash, Literal(content_hash)))
    g.add((a, NKG.ingestedAt, datetime_literal(ingested_at)))
    if art.summary_only:
        g.add((a, NKG.summaryOnly, Literal(True)))
        g.add((a, SCHEMA.abstract, Literal(art.text)))
    elif text:
        g.add((a, SCHEMA.articleBody, Literal(art.text)))


def _add_entity(g: Graph, e: URIRef, ent: Entity, a: URIRef, labelled: set[URIRef]) -> None:
    """One label per IRI (``labelled``: the entities given theirs): a second spelling of
    the same name becomes an alias."""
    for etype in (ent.type, *ent.also):
        g.add((e, RDF.type, NKG[etype]))
    label_prop = SKOS.altLabel if e in labelled else RDFS.label
    labelled.add(e)
    g.add((e, label_prop, Literal(ent.label)))
    for alias in ent.aliases:
        if alias != ent.label:
            g.add((e, SKOS.altLabel, Literal(alias)))
    g.add((e, NKG.mentionedIn, a))


def _add_span(g: Graph, node: URIRef, span: Span, art: Article) -> None:
    s = iri.item_iri("span", art.id, span.begin, span.end)
    g.add((node, NKG.evidence, s))
    g.add((s, RDF.type, NKG.TextSpan))
    g.add((s, NKG.beginIndex, Literal(span.begin)))
    g.add((s, NKG.endIndex, Literal(span.end)))
    g.add((s, NKG.anchorOf, Literal(art.text[span.begin : span.end])))


def _add_date(g: Graph, node: URIRef, date: DateValue | None) -> None:
    if date is None:
        return
    g.add((node, NKG.date, Literal(date.value, datatype=_DATATYPES[date.datatype])))
    if date.text:
        g.add((node, NKG.dateText, Literal(date.text)))


def _add_refs(g: Graph, node: URIRef, prop: URIRef, keys: Iterable[str], ents: dict) -> None:
    for key in keys:
        if key in ents:
            g.add((node, prop, ents[key]))


def _add_event(g: Graph, ev: URIRef, e: Event, a: URIRef, ents: dict, art: Article) -> None:
    g.add((ev, RDF.type, NKG[e.type]))
    g.add((ev, NKG.trigger, Literal(e.trigger)))
    _add_refs(g, ev, NKG.agent, e.agents, ents)
    _add_refs(g, ev, NKG.participant, e.participants, ents)
    _add_refs(g, ev, NKG.place, e.places, ents)
    _add_date(g, ev, e.date)
    g.add((ev, NKG.factuality, NKG[e.factuality]))
    g.add((ev, PROV.wasDerivedFrom, a))
    _add_span(g, ev, e.evidence, art)


def _add_statement(
    g: Graph, s: URIRef, st: Statement, a: URIRef, ents: dict, evs: dict, sts: dict, art: Article
) -> None:
    g.add((s, RDF.type, NKG.Statement))
    _add_refs(g, s, NKG.speaker, [st.speaker], ents)
    _add_refs(g, s, NKG.onBehalfOf, [st.on_behalf_of] if st.on_behalf_of else [], ents)
    _add_refs(g, s, NKG.via, [st.via] if st.via else [], ents)
    g.add((s, NKG.stance, NKG[st.stance]))
    g.add((s, NKG.cue, Literal(st.cue)))
    g.add((s, NKG.content, Literal(st.content)))
    g.add((s, NKG.isDirectQuote, Literal(st.is_direct_quote)))
    for prop in (st.proposition, *st.further_propositions):
        if prop in evs:
            g.add((s, NKG.proposition, evs[prop]))
    if st.responds_to in sts:
        g.add((s, NKG.respondsTo, sts[st.responds_to]))
    _add_date(g, s, st.date)
    g.add((s, PROV.wasDerivedFrom, a))
    _add_span(g, s, st.evidence, art)
