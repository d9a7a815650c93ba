"""From the graph's facts to Wikibase entities: what goes where.

Items, in id order after the vocabulary (``kg.wikidata.schema``): the people,
organisations and places (by IRI), the articles (by publication date, then id), the
events and the statements (by IRI). Every claim read from an article carries a
reference to it: stated in (the article's item), reference URL, publication date,
retrieved (when it was read into the graph) and quotation (the sentence that supports
the claim). A claim that its own speaker later denies is deprecated; one that others
deny keeps the normal rank and a "statement disputed by" qualifier naming them. Across
articles, the claim clusters (``kg.claims``) make every event of a cluster asserted by
the cluster's asserters and disputed by its deniers, whichever article names them; and
an event of a cluster that more independent sources deny than assert is deprecated.
The mapping is documented in ``ontology/README.md`` ("Wikidata exports").
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import RDFS, Graph, Literal

from kg.vocab import NKG
from kg.wikidata.model import (
    DAY,
    MONTH,
    YEAR,
    Claim,
    Entity,
    ItemValue,
    MonolingualValue,
    Rank,
    Reference,
    Snak,
    TextValue,
    TimeValue,
    Value,
)
from kg.wikidata.read import ArticleFacts, EntityFacts, EventFacts, Facts
from kg.wikidata.schema import (
    AGENT_ROLE,
    BY_KEY,
    PROPERTIES,
    PROPERTY_IDS,
    WIKIDATA_ENTITY,
    VocabularyItem,
    shorten,
    vocabulary,
)

#: Namespace of the statement GUIDs: uuid5 of the claim's identifying fields, so the
#: same graph always gives the same GUIDs.
GUID_NAMESPACE = uuid.UUID("6f1b8e0c-3f5e-5d7a-9c2b-2a4e6b8d0f11")
EPOCH = "1970-01-01T00:00:00Z"
_ISO_TIME = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?:$|T|Z|[+-]\d)")


@dataclass(slots=True)
class Disputes:
    """Who asserts and who denies each event, and who denies each statement directly."""

    asserted: dict[str, set[str]] = field(default_factory=dict)
    denied: dict[str, set[str]] = field(default_factory=dict)
    statement_denied: dict[str, set[str]] = field(default_factory=dict)
    refuted: set[str] = field(default_factory=set)  # events more sources deny than assert

    @classmethod
    def of(cls, facts: Facts) -> Disputes:
        out = cls()
        for st in facts.statements.values():
            agents = {a for a in (st.speaker, st.behalf) if a}
            targets = set(st.propositions)
            if st.stance == str(NKG.Deny):
                for answered in st.responds:
                    out.statement_denied.setdefault(answered, set()).update(agents)
                    if answered in facts.statements:
                        targets.update(facts.statements[answered].propositions)
            side = out.denied if st.stance == str(NKG.Deny) else out.asserted
            for event in targets:
                side.setdefault(event, set()).update(agents)
        for cluster in facts.clusters:
            asserters = set().union(*(_voices(facts, v) for v in cluster.asserting))
            deniers = set().union(*(_voices(facts, v) for v in cluster.denying))
            for event in cluster.members:
                out.asserted.setdefault(event, set()).update(asserters)
                out.denied.setdefault(event, set()).update(deniers)
                if cluster.independent_deniers > cluster.independent_asserters:
                    out.refuted.add(event)
        return out

    def of_event(self, event: str) -> tuple[Rank, set[str]]:
        """Deprecated when every agent who asserts it also denies it; else who disputes it."""
        asserted, denied = self.asserted.get(event, set()), self.denied.get(event, set())
        refuted = event in self.refuted or bool(asserted and asserted <= denied)
        rank: Rank = "deprecated" if refuted else "normal"
        return rank, denied - asserted

    def of_statement(self, st: EventFacts, event: str) -> tuple[Rank, set[str]]:
        """The statement's proposition: deprecated when its own speaker denies it."""
        own = {a for a in (st.speaker, st.behalf) if a}
        deniers = self.denied.get(event, set()) | self.statement_denied.get(st.iri, set())
        rank: Rank = "deprecated" if own & deniers else "normal"
        return rank, deniers - own


def _voices(facts: Facts, node: str) -> set[str]:
    """Who speaks in a cluster's vote: a statement's speaker and whom they speak for; an
    event reported as fact by its article, the article's publisher."""
    st = facts.statements.get(node)
    if st is not None:
        return {a for a in (st.speaker, st.behalf) if a}
    ev = facts.events.get(node)
    art = facts.articles.get(ev.article) if ev is not None else None
    return {art.publisher} if art is not None and art.publisher else set()


class Builder:
    """Mints ids and claims; one per export."""

    def __init__(self, facts: Facts, vocab: list[VocabularyItem], ontology: Graph, *,
                 language: str) -> None:
        self.facts, self.language = facts, language
        self.labels = {str(v.source): v.label for v in vocab}
        self.parents = {str(v.source): {str(c) for c in ontology.transitive_objects(
            v.source, RDFS.subClassOf)} - {str(v.source)} for v in vocab}
        self.ids: dict[str, str] = {}
        self.sources: dict[str, str] = {}
        self.articles = _articles_in_order(facts)
        self.entities = entities_in_articles(facts)
        self.article_order = {a.iri: n for n, a in enumerate(self.articles)}
        sources = [str(v.source) for v in vocab] + self.entities
        sources += [a.iri for a in self.articles]
        sources += sorted(facts.events) + sorted(facts.statements)
        for n, source in enumerate(sources, start=1):
            self.ids[source], self.sources[f"Q{n}"] = f"Q{n}", source
        self.disputes = Disputes.of(facts)
        self._references: dict[tuple[str, str | None], Reference] = {}

    # --- values and references

    def item(self, iri: str) -> ItemValue | None:
        qid = self.ids.get(iri)
        return ItemValue(qid) if qid else None

    def text(self, text: str) -> MonolingualValue:
        return MonolingualValue(text, self.language)

    def reference(self, article: str, quotation: str | None = None) -> Reference:
        """The reference to ``article`` (and the sentence quoted from it), made once."""
        key = (article, quotation)
        if key not in self._references:
            art = self.facts.articles[article]
            snaks = [self.snak("stated", ItemValue(self.ids[article]))]
            if art.url:
                snaks.append(self.snak("refurl", TextValue(art.url)))
            for name, stamp in (("published", art.published), ("retrieved", art.ingested)):
                if (when := time_value(stamp)) is not None:
                    snaks.append(self.snak(name, when))
            if quotation:
                snaks.append(self.snak("quotation", self.text(quotation)))
            self._references[key] = Reference(tuple(snaks))
        return self._references[key]

    def references(self, articles: Iterable[str]) -> tuple[Reference, ...]:
        ordered = sorted(articles, key=lambda a: self.article_order.get(a, 0))
        return tuple(self.reference(a) for a in ordered if a in self.facts.articles)

    @staticmethod
    def snak(key: str, value: Value) -> Snak:
        return Snak(PROPERTY_IDS[key], BY_KEY[key].datatype, value)

    def most_specific(self, types: Iterable[str]) -> list[str]:
        """The types that no other of them specialises, in IRI order."""
        found = set(types)
        return sorted(t for t in found if not any(t in self.parents.get(o, ()) for o in found))

    # --- claims

    def claims_for(self, entity: Entity) -> ClaimList:
        return ClaimList(self, entity)


class ClaimList:
    """Adds claims to one entity, minting each claim's GUID from what identifies it."""

    def __init__(self, builder: Builder, entity: Entity) -> None:
        self.builder, self.entity = builder, entity
        self._seen: dict[str, int] = {}

    def add(self, key: str, value: Value | None, *, qualifiers: Iterable[Snak] = (),
            references: Iterable[Reference] = (), rank: Rank = "normal") -> None:
        if value is None:
            return
        ident = "|".join((self.entity.source or self.entity.id, key, self._value_key(value)))
        n = self._seen[ident] = self._seen.get(ident, -1) + 1
        guid = uuid.uuid5(GUID_NAMESPACE, f"{ident}|{n}")
        self.entity.claims.append(Claim(
            f"{self.entity.id}${str(guid).upper()}", self.builder.snak(key, value),
            tuple(qualifiers), tuple(references), rank))

    def _value_key(self, value: Value) -> str:
        if isinstance(value, ItemValue):
            return self.builder.sources.get(value.id, value.id)
        return repr(value)


def build_entities(facts: Facts, ontology: Graph, *, language: str = "en") -> list[Entity]:
    """The export's properties and items, in id order, for the facts of a store."""
    vocab = vocabulary(ontology)
    b = Builder(facts, vocab, ontology, language=language)
    entities = [property_entity(n, p.key) for n, p in enumerate(PROPERTIES, start=1)]
    entities += [vocabulary_entity(b, v) for v in vocab]
    entities += [entity_item(b, facts.entities[iri]) for iri in b.entities]
    entities += [article_item(b, a) for a in b.articles]
    entities += [event_item(b, facts.events[i]) for i in sorted(facts.events)]
    entities += [statement_item(b, facts.statements[i]) for i in sorted(facts.statements)]
    _unique_descriptions(entities)
    return entities


def property_entity(number: int, key: str) -> Entity:
    p = BY_KEY[key]
    entity = Entity(f"P{number}", p.label, p.description, datatype=p.datatype)
    if p.wikidata:
        entity.claims.append(Claim(
            f"P{number}${str(uuid.uuid5(GUID_NAMESPACE, f'P{number}|equivalent')).upper()}",
            Builder.snak("equivalent", TextValue(f"{WIKIDATA_ENTITY}{p.wikidata}"))))
    return entity


def vocabulary_entity(b: Builder, v: VocabularyItem) -> Entity:
    entity = Entity(b.ids[str(v.source)], v.label, v.description, source=str(v.source))
    claims = b.claims_for(entity)
    if v.instance_of is not None:
        claims.add("type", b.item(str(v.instance_of)))
    for parent in v.superclasses:
        claims.add("subclass", b.item(str(parent)))
    if v.wikidata:
        claims.add("match", TextValue(f"{WIKIDATA_ENTITY}{v.wikidata}"))
    claims.add("iri", TextValue(str(v.source)))
    return entity


def entity_item(b: Builder, e: EntityFacts) -> Entity:
    label, aliases = _names(e)
    kinds = b.most_specific(e.types)
    noun = b.labels.get(kinds[0], "entity") if kinds else "entity"
    entity = Entity(b.ids[e.iri], label, f"{noun} named in the news", aliases, source=e.iri,
                    modified=_modified(b, _entity_articles(e)))
    claims = b.claims_for(entity)
    for t in kinds:
        claims.add("type", b.item(t), references=b.references(e.types[t]))
    for wikidata in sorted(e.same_as):
        claims.add("match", TextValue(wikidata))
    for org in sorted(e.member_of):
        claims.add("member", b.item(org), references=b.references(e.member_of[org]))
    for article in sorted(e.mentioned_in, key=lambda a: b.article_order.get(a, 0)):
        claims.add("mention", b.item(article))
    claims.add("iri", TextValue(e.iri))
    return entity


def article_item(b: Builder, a: ArticleFacts) -> Entity:
    where = ", ".join(x for x in (_label_of(b, a.publisher), _day(a.published)) if x)
    entity = Entity(b.ids[a.iri], shorten(a.headline or a.id),
                    shorten(f"news article {a.id}" + (f" ({where})" if where else "")),
                    source=a.iri, modified=_modified(b, [a.iri]))
    claims = b.claims_for(entity)
    claims.add("type", b.item(str(NKG.Article)))
    if a.headline:
        claims.add("title", MonolingualValue(a.headline, a.language or b.language))
    claims.add("published", time_value(a.published))
    if a.publisher:
        claims.add("publisher", b.item(a.publisher))
    if a.author:
        claims.add("author", TextValue(a.author))
    if a.url:
        claims.add("url", TextValue(a.url))
    claims.add("article", TextValue(a.id))
    claims.add("iri", TextValue(a.iri))
    return entity


def event_item(b: Builder, ev: EventFacts) -> Entity:
    kinds = b.most_specific(ev.types)
    noun = b.labels.get(kinds[0], "event") if kinds else "event"
    entity = Entity(b.ids[ev.iri], shorten(f"{ev.trigger or noun} ({noun})"),
                    shorten(f"{noun} reported in news article {_article_id(b, ev)}"),
                    source=ev.iri, modified=_modified(b, [ev.article]))
    claims = b.claims_for(entity)
    refs = (b.reference(ev.article, ev.evidence),) if ev.article in b.facts.articles else ()
    for t in kinds:
        claims.add("type", b.item(t), references=refs)
    rank, deniers = b.disputes.of_event(ev.iri)
    disputed = [b.snak("disputed", v) for v in map(b.item, sorted(deniers)) if v]
    role = [b.snak("role", ItemValue(b.ids[str(AGENT_ROLE)]))]
    for agent in ev.agents:
        claims.add("participant", b.item(agent), qualifiers=role + disputed, references=refs,
                   rank=rank)
    for key, values in (("participant", ev.participants), ("place", ev.places)):
        for value in values:
            claims.add(key, b.item(value), qualifiers=disputed, references=refs, rank=rank)
    claims.add("date", time_value(ev.date), qualifiers=disputed, references=refs, rank=rank)
    if ev.factuality:
        claims.add("factuality", b.item(ev.factuality), references=refs)
    if ev.trigger:
        claims.add("trigger", TextValue(ev.trigger), references=refs)
    claims.add("iri", TextValue(ev.iri))
    return entity


def statement_item(b: Builder, st: EventFacts) -> Entity:
    speaker = _label_of(b, st.speaker) or "someone"
    stance = b.labels.get(st.stance or "", "")
    entity = Entity(b.ids[st.iri], shorten(f"{speaker}: {st.content or ''}".strip()),
                    shorten(f"{stance} statement in news article {_article_id(b, st)}".strip()),
                    source=st.iri, modified=_modified(b, [st.article]))
    claims = b.claims_for(entity)
    refs = (b.reference(st.article, st.evidence),) if st.article in b.facts.articles else ()
    for t in b.most_specific(st.types):
        claims.add("type", b.item(t), references=refs)
    for key, value in (("speaker", st.speaker), ("behalf", st.behalf), ("stance", st.stance)):
        if value:
            claims.add(key, b.item(value), references=refs)
    if st.cue:
        claims.add("cue", TextValue(st.cue), references=refs)
    if st.content:
        claims.add("content", b.text(st.content), references=refs)
        if st.direct:
            claims.add("quotation", b.text(st.content), references=refs)
    claims.add("date", time_value(st.date), references=refs)
    for event in st.propositions:
        rank, deniers = b.disputes.of_statement(st, event)
        disputed = [b.snak("disputed", v) for v in map(b.item, sorted(deniers)) if v]
        claims.add("proposition", b.item(event), qualifiers=disputed, references=refs,
                   rank=rank if st.stance != str(NKG.Deny) else "normal")
    for answered in st.responds:
        claims.add("responds", b.item(answered), references=refs)
    if st.via:
        claims.add("via", b.item(st.via), references=refs)
    claims.add("iri", TextValue(st.iri))
    return entity


def time_value(literal: Literal | None) -> TimeValue | None:
    """The Wikibase time of an ``xsd:date``, ``gYearMonth``, ``gYear`` or ``dateTime`` value
    (a date-time keeps its day: Wikibase times are no finer); None when it is none of them."""
    if literal is None:
        return None
    m = _ISO_TIME.match(str(literal).strip())
    if m is None or int(m["year"]) == 0:
        return None
    year, month, day = int(m["year"]), int(m["month"] or 0), int(m["day"] or 0)
    precision = DAY if day else MONTH if month else YEAR
    return TimeValue(year, month, day, precision)


# --- helpers


def entities_in_articles(facts: Facts) -> list[str]:
    """The entities some article's graph types, by IRI (a link alone makes no item)."""
    return sorted(iri for iri, e in facts.entities.items() if e.types)


def _articles_in_order(facts: Facts) -> list[ArticleFacts]:
    return sorted(facts.articles.values(), key=lambda a: (str(a.published or ""), a.id, a.iri))


def _names(e: EntityFacts) -> tuple[str, list[str]]:
    """The label seen most often (ties: the first in order); every other name an alias."""
    ranked = sorted(e.labels.items(), key=lambda kv: (-kv[1], kv[0]))
    label = ranked[0][0] if ranked else e.iri.rsplit("/", 1)[-1]
    names = [n for n, _ in ranked[1:]] + list(e.aliases)
    aliases = list(dict.fromkeys(shorten(n) for n in names if n != label and n.strip()))
    return shorten(label), [a for a in aliases if a != shorten(label)]


def _entity_articles(e: EntityFacts) -> set[str]:
    return set().union(e.mentioned_in, *e.types.values())


def _modified(b: Builder, articles: Iterable[str]) -> str:
    """The latest ingestion (else publication) time of the articles, as Wikibase writes it."""
    stamps = []
    for iri in articles:
        art = b.facts.articles.get(iri)
        if art is not None and (stamp := art.ingested or art.published) is not None:
            text = str(stamp)
            stamps.append(text[:19] + "Z" if "T" in text else f"{text[:10]}T00:00:00Z")
    return max(stamps, default=EPOCH)


def _label_of(b: Builder, iri: str | None) -> str:
    if iri and iri in b.facts.entities:
        return _names(b.facts.entities[iri])[0]
    return ""


def _day(literal: Literal | None) -> str:
    return str(literal)[:10] if literal is not None else ""


def _article_id(b: Builder, item: EventFacts) -> str:
    art = b.facts.articles.get(item.article)
    return art.id if art is not None else item.article


def _unique_descriptions(entities: list[Entity]) -> None:
    """Wikibase refuses two items with the same label and description: number the repeats."""
    seen: dict[tuple[str, str], int] = {}
    for e in entities:
        key = (e.label, e.description)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            e.description = shorten(f"{e.description} ({seen[key]})")
