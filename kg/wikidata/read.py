"""Read the store into plain facts about articles, entities, events and statements.

One pass over the named graphs (``GraphStore.graph_triples``): an article's graph
says what that article read, so every fact is kept with the article it came from,
which becomes the reference of the Wikibase claim made from it. Entities meet across
graphs on their IRI; ``owl:sameAs`` links are taken from any graph.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg.vocab import NKG, PROV, SCHEMA

Triples = list[tuple[Node, Node, Node]]


@dataclass(slots=True)
class ArticleFacts:
    iri: str
    id: str = ""
    url: str | None = None
    published: Literal | None = None
    headline: str | None = None
    publisher: str | None = None
    author: str | None = None
    language: str | None = None
    ingested: Literal | None = None


@dataclass(slots=True)
class EntityFacts:
    """A person, organisation or place, gathered over every graph that names it."""

    iri: str
    types: dict[str, set[str]] = field(default_factory=dict)  # class -> articles
    labels: Counter[str] = field(default_factory=Counter)
    aliases: dict[str, None] = field(default_factory=dict)  # an ordered set
    mentioned_in: set[str] = field(default_factory=set)
    member_of: dict[str, set[str]] = field(default_factory=dict)  # organisation -> articles
    same_as: set[str] = field(default_factory=set)


@dataclass(slots=True)
class ClusterFacts:
    """A claim cluster of the claims graph (``kg.claims``): its events, the statements
    (or events, for an outlet's own report) on each side, and the independent sources
    of each side."""

    iri: str
    members: list[str] = field(default_factory=list)
    asserting: list[str] = field(default_factory=list)
    denying: list[str] = field(default_factory=list)
    independent_asserters: int = 0
    independent_deniers: int = 0


@dataclass(slots=True)
class EventFacts:
    """An event or a statement of one article (statements carry the speech-act fields)."""

    iri: str
    article: str
    types: set[str] = field(default_factory=set)
    trigger: str | None = None
    agents: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: Literal | None = None
    factuality: str | None = None
    evidence: str | None = None  # the text of the span that supports it
    speaker: str | None = None
    behalf: str | None = None
    via: str | None = None
    stance: str | None = None
    cue: str | None = None
    content: str | None = None
    direct: bool = False
    propositions: list[str] = field(default_factory=list)
    responds: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Facts:
    articles: dict[str, ArticleFacts] = field(default_factory=dict)
    clusters: list[ClusterFacts] = field(default_factory=list)
    entities: dict[str, EntityFacts] = field(default_factory=dict)
    events: dict[str, EventFacts] = field(default_factory=dict)
    statements: dict[str, EventFacts] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Classes:
    """The ontology's class tree, as the sets a subject's ``rdf:type`` is looked up in."""

    entity: frozenset[str]
    event: frozenset[str]
    statement: frozenset[str]

    @classmethod
    def of(cls, ontology: Graph) -> Classes:
        def below(root: URIRef) -> frozenset[str]:
            return frozenset(str(c) for c in ontology.transitive_subjects(RDFS.subClassOf, root))

        statement = below(NKG.Statement)
        entity = below(NKG.Person) | below(NKG.Organization) | below(NKG.Place)
        return cls(entity, below(NKG.Event) - statement, statement)


#: Event and statement fields that hold one value, by predicate.
_SINGLE = {
    NKG.trigger: "trigger", NKG.date: "date", NKG.factuality: "factuality",
    NKG.speaker: "speaker", NKG.onBehalfOf: "behalf", NKG.via: "via", NKG.stance: "stance",
    NKG.cue: "cue", NKG.content: "content",
}
#: Event and statement fields that hold several, by predicate.
_MULTI = {
    NKG.agent: "agents", NKG.participant: "participants", NKG.place: "places",
    NKG.proposition: "propositions", NKG.respondsTo: "responds",
}
_ARTICLE = {
    SCHEMA.identifier: "id", SCHEMA.url: "url", SCHEMA.datePublished: "published",
    SCHEMA.headline: "headline", SCHEMA.publisher: "publisher", SCHEMA.author: "author",
    SCHEMA.inLanguage: "language", NKG.ingestedAt: "ingested",
}


def read_facts(graphs: Iterable[tuple[URIRef, Triples]], classes: Classes) -> Facts:
    """The facts of every graph; ``graphs`` as ``GraphStore.graph_triples`` yields them."""
    facts = Facts()
    for _name, triples in graphs:
        _read_graph(facts, triples, classes)
    return facts


def _read_graph(facts: Facts, triples: Triples, classes: Classes) -> None:
    subjects: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
    for s, p, o in triples:
        subjects[s].append((p, o))
        if p == OWL.sameAs and isinstance(o, URIRef):
            facts.entities.setdefault(str(s), EntityFacts(str(s))).same_as.add(str(o))
    article = next((s for s, po in subjects.items() if (RDF.type, NKG.Article) in po), None)
    if article is None:  # not an article's graph: its sameAs links, claim clusters, answers
        _read_clusters(facts, subjects)
        return
    a = str(article)
    facts.articles[a] = _article(a, subjects[article])
    anchors = {s: str(o) for s, po in subjects.items() for p, o in po if p == NKG.anchorOf}
    for subject, pairs in subjects.items():
        types = {str(o) for p, o in pairs if p == RDF.type}
        if types & classes.entity:
            _entity(facts, str(subject), pairs, types & classes.entity, a)
        elif types & (classes.event | classes.statement):
            item = _event(str(subject), a, pairs, anchors)
            item.types = types & (classes.event | classes.statement)
            kind = facts.statements if types & classes.statement else facts.events
            kind[item.iri] = item


def _read_clusters(facts: Facts, subjects: dict[Node, list[tuple[Node, Node]]]) -> None:
    """The claim clusters of the claims graph, and the answers across articles it holds
    (a denial's ``nkg:respondsTo`` a statement of another article)."""
    for subject, pairs in sorted(subjects.items()):
        if (RDF.type, NKG.ClaimCluster) in pairs:
            def objects(prop, pairs=pairs) -> list[str]:
                return sorted(str(o) for p, o in pairs if p == prop)

            def count(prop, pairs=pairs) -> int:
                return max((int(o.toPython()) for p, o in pairs if p == prop), default=0)

            facts.clusters.append(ClusterFacts(
                str(subject), objects(NKG.member), objects(NKG.asserting),
                objects(NKG.denying), count(NKG.independentAsserters),
                count(NKG.independentDeniers)))
        for p, o in pairs:
            st = facts.statements.get(str(subject))
            if p == NKG.respondsTo and st is not None and str(o) not in st.responds:
                st.responds.append(str(o))


def _article(iri: str, pairs: list[tuple[Node, Node]]) -> ArticleFacts:
    art = ArticleFacts(iri)
    for p, o in pairs:
        name = _ARTICLE.get(p)
        if name is not None:
            setattr(art, name, o if name in ("published", "ingested") else str(o))
    return art


def _entity(facts: Facts, iri: str, pairs: list[tuple[Node, Node]], types: set[str],
            article: str) -> None:
    ent = facts.entities.setdefault(iri, EntityFacts(iri))
    for t in types:
        ent.types.setdefault(t, set()).add(article)
    for p, o in pairs:
        if p == RDFS.label:
            ent.labels[str(o)] += 1
        elif p == SKOS.altLabel:
            ent.aliases[str(o)] = None
        elif p == NKG.mentionedIn:
            ent.mentioned_in.add(str(o))
        elif p == NKG.memberOf:
            ent.member_of.setdefault(str(o), set()).add(article)


def _event(iri: str, article: str, pairs: list[tuple[Node, Node]],
           anchors: dict[Node, str]) -> EventFacts:
    item = EventFacts(iri, article)
    for p, o in pairs:
        if (name := _SINGLE.get(p)) is not None:
            setattr(item, name, o if name == "date" else str(o))
        elif (name := _MULTI.get(p)) is not None:
            getattr(item, name).append(str(o))
        elif p == NKG.isDirectQuote:
            item.direct = bool(o.toPython()) if isinstance(o, Literal) else False
        elif p == NKG.evidence and item.evidence is None:
            item.evidence = anchors.get(o)
        elif p == PROV.wasDerivedFrom:
            item.article = str(o)
    for name in _MULTI.values():
        getattr(item, name).sort()
    return item
