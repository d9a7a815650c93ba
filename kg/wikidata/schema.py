"""The export's own vocabulary: its properties and the items for newskg's classes and values.

A standalone Wikibase has none of Wikidata's entities, so the export mints its own:
the properties below (P1, P2, … in this order, the same in every export) and one item
for each class and named value of the ontology (Q1, Q2, … in the ontology's order).
Each records its Wikidata equivalent where one exists: a property by "equivalent
property" (Wikidata's P1628), an item by "exact match" (P2888). The Wikidata ids are
those of ``shared/reference/formats.md`` §5 and of ``ontology/README.md`` ("Wikidata
exports"); for nkg terms the ontology states the same mapping with
``nkg:wikidataProperty`` / ``nkg:wikidataClass`` (a test keeps the two in step).
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.vocab import NKG, NKG_IRI, PROV, SCHEMA, WD
from kg.wikidata.model import Datatype

WIKIDATA_ENTITY = str(WD)


@dataclass(frozen=True, slots=True)
class PropertyDef:
    """One property of the export: its key in code, its terms, datatype and equivalents."""

    key: str
    label: str
    datatype: Datatype
    description: str
    wikidata: str | None = None  # the Wikidata property id, when there is an equivalent
    source: URIRef | None = None  # the RDF term it is read from, when there is one


def _p(key: str, label: str, datatype: Datatype, description: str,
       wikidata: str | None = None, source: URIRef | None = None) -> PropertyDef:
    return PropertyDef(key, label, datatype, description, wikidata, source)


#: The export's properties, in id order: P1 is the first. Append only, never reorder,
#: so that ids stay the same from one newskg version to the next.
PROPERTIES: tuple[PropertyDef, ...] = (
    _p("type", "instance of", "wikibase-item", "class of which this item is an instance",
       "P31", RDF.type),
    _p("subclass", "subclass of", "wikibase-item", "every instance of this class is one of that "
       "class too", "P279", RDFS.subClassOf),
    _p("equivalent", "equivalent property", "url", "the same property in Wikidata", "P1628",
       OWL.equivalentProperty),
    _p("match", "exact match", "url", "the same thing in Wikidata", "P2888", OWL.sameAs),
    _p("iri", "newskg IRI", "url", "the IRI of this item in the newskg graph"),
    _p("member", "member of", "wikibase-item", "organisation the person belongs to (leader, "
       "spokesperson, member, official)", "P463", NKG.memberOf),
    _p("mention", "mentioned in", "wikibase-item", "news article that names this entity",
       None, NKG.mentionedIn),
    _p("participant", "participant", "wikibase-item", "agent taking part in the event; the one "
       "who brought it about has the role 'agent'", "P710", NKG.participant),
    _p("role", "object has role", "wikibase-item", "role of the value in this claim", "P3831"),
    _p("place", "location", "wikibase-item", "where the event happened", "P276", NKG.place),
    _p("date", "point in time", "time", "when the event happened or the statement was made",
       "P585", NKG.date),
    _p("factuality", "factuality", "wikibase-item", "how the article presents the event: "
       "asserted, claimed, denied, possible or future", None, NKG.factuality),
    _p("trigger", "trigger", "string", "the words of the text that express the event",
       None, NKG.trigger),
    _p("speaker", "speaker", "wikibase-item", "who made the statement, as the text names them",
       None, NKG.speaker),
    _p("behalf", "on behalf of", "wikibase-item", "organisation the speaker speaks for",
       None, NKG.onBehalfOf),
    _p("stance", "stance", "wikibase-item", "what the speaker does with the content: assert, "
       "deny, appeal, promise, threaten, accuse", None, NKG.stance),
    _p("cue", "cue", "string", "lemma of the reporting verb or phrase", None, NKG.cue),
    _p("content", "content", "monolingualtext", "what was said, as the text gives it",
       None, NKG.content),
    _p("quotation", "quotation", "monolingualtext", "words quoted verbatim: a direct quote, or "
       "in a reference the sentence of the article that supports the claim", "P1683",
       NKG.anchorOf),
    _p("proposition", "proposition", "wikibase-item", "the event the statement asserts or "
       "denies", None, NKG.proposition),
    _p("responds", "responds to", "wikibase-item", "the statement this one answers (a denial "
       "of it)", None, NKG.respondsTo),
    _p("via", "via", "wikibase-item", "outlet or channel through which the statement reached "
       "the article", None, NKG.via),
    _p("disputed", "statement disputed by", "wikibase-item", "who denies the claim", "P1310"),
    _p("stated", "stated in", "wikibase-item", "the article the claim was read from", "P248",
       PROV.wasDerivedFrom),
    _p("refurl", "reference URL", "url", "address of the article the claim was read from",
       "P854"),
    _p("published", "publication date", "time", "when the article was published", "P577",
       SCHEMA.datePublished),
    _p("retrieved", "retrieved", "time", "when the article was read into the graph", "P813",
       NKG.ingestedAt),
    _p("title", "title", "monolingualtext", "headline of the article", "P1476",
       SCHEMA.headline),
    _p("publisher", "publisher", "wikibase-item", "outlet that published the article", "P123",
       SCHEMA.publisher),
    _p("author", "author name string", "string", "byline of the article", "P2093",
       SCHEMA.author),
    _p("url", "full work available at URL", "url", "address of the article", "P953",
       SCHEMA.url),
    _p("article", "newskg article id", "external-id", "the id the article had in the input",
       None, SCHEMA.identifier),
)
PROPERTY_IDS: dict[str, str] = {p.key: f"P{n}" for n, p in enumerate(PROPERTIES, start=1)}
BY_KEY: dict[str, PropertyDef] = {p.key: p for p in PROPERTIES}
#: The order of the snaks of every reference (``snaks-order``).
REFERENCE_ORDER = ("stated", "refurl", "published", "retrieved", "quotation")
#: Wikibase limits labels, descriptions and aliases to 250 characters.
MAX_TERM = 250


@dataclass(frozen=True, slots=True)
class VocabularyItem:
    """An item for an ontology class or named value (stance, factuality, role)."""

    source: URIRef
    label: str
    description: str
    superclasses: tuple[URIRef, ...] = ()  # nkg classes it is rdfs:subClassOf
    instance_of: URIRef | None = None  # the nkg class of a named value
    wikidata: str | None = None  # the Wikidata item id, when there is an equivalent


#: The roots of the classes that get an item (text spans and kg link's records do not).
ITEM_CLASS_ROOTS = (NKG.Agent, NKG.Place, NKG.Article, NKG.Event, NKG.Stance, NKG.Factuality)
#: The role of the participant who brought an event about (nkg:agent).
AGENT_ROLE = URIRef(f"{NKG_IRI}agent")


def vocabulary(ontology: Graph) -> list[VocabularyItem]:
    """Items for the ontology's classes, then its stances and factualities, then the role.

    The classes of what becomes an item (agents, places, articles, events and
    statements, the stance and factuality classes), in IRI order; the named values
    grouped by class, also in IRI order. Same ontology, same ids.
    """
    classes = sorted({c for root in ITEM_CLASS_ROOTS
                      for c in ontology.transitive_subjects(RDFS.subClassOf, root) if _nkg(c)})
    items = [_class_item(ontology, c) for c in classes]
    for cls in (NKG.Stance, NKG.Factuality):
        for value in sorted(v for v in ontology.subjects(RDF.type, cls) if _nkg(v)):
            label, description = _terms(ontology, value)
            items.append(VocabularyItem(value, label, description, instance_of=cls))
    items.append(VocabularyItem(AGENT_ROLE, "agent role", "role of the participant who brought "
                                "the event about (newskg's nkg:agent)"))
    return items


def _class_item(ontology: Graph, cls: URIRef) -> VocabularyItem:
    label, description = _terms(ontology, cls)
    supers = tuple(sorted(s for s in ontology.objects(cls, RDFS.subClassOf) if _nkg(s)))
    match = ontology.value(cls, NKG.wikidataClass)
    wikidata = str(match)[len(WIKIDATA_ENTITY):] if match is not None else None
    return VocabularyItem(cls, label, description, supers, wikidata=wikidata)


def _terms(ontology: Graph, term: URIRef) -> tuple[str, str]:
    """Label and description (the rdfs:comment, cut at a sentence within 250 characters)."""
    label = str(ontology.value(term, RDFS.label) or term.split("#")[-1])
    sentence = str(ontology.value(term, RDFS.comment) or "").split(". ")[0].rstrip(".")
    if sentence[1:2].islower():  # Wikidata's descriptions start in lower case
        sentence = sentence[0].lower() + sentence[1:]
    return label, shorten(sentence, MAX_TERM)


def shorten(text: str, limit: int = MAX_TERM) -> str:
    """``text`` on one line, cut at a word with an ellipsis when longer than ``limit``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _nkg(term: object) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(NKG_IRI)
