"""The newskg vocabulary as rdflib namespaces.

``NKG`` is a ``DefinedNamespace`` with ``_fail = True``: a typo in a term is an
error at once, and ``tests/test_ontology.py`` checks that every term here is
defined in ``ontology/newskg.ttl``.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

NKG_IRI = "https://w3id.org/newskg/ontology#"
#: Base of the IRIs newskg mints for articles, entities, statements, events and spans.
RESOURCE_BASE = "https://w3id.org/newskg/id/"
#: Base of the named graphs, one per article.
GRAPH_BASE = "https://w3id.org/newskg/graph/"

SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")


class NKG(DefinedNamespace):
    """Terms of ``https://w3id.org/newskg/ontology#``."""

    _NS = Namespace(NKG_IRI)
    _fail = True

    # classes
    Article: URIRef
    Agent: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Event: URIRef
    Statement: URIRef
    ConflictEvent: URIRef
    ControlEvent: URIRef
    MovementEvent: URIRef
    ContactEvent: URIRef
    PersonnelEvent: URIRef
    JusticeEvent: URIRef
    LifeEvent: URIRef
    TransactionEvent: URIRef
    BusinessEvent: URIRef
    GovernanceEvent: URIRef
    ProtestEvent: URIRef
    DisasterEvent: URIRef
    Stance: URIRef
    Factuality: URIRef
    TextSpan: URIRef

    # stances
    Assert: URIRef
    Deny: URIRef
    Appeal: URIRef
    Promise: URIRef
    Threat: URIRef
    Accusation: URIRef

    # factuality values
    Asserted: URIRef
    Claimed: URIRef
    Denied: URIRef
    Possible: URIRef
    Future: URIRef

    # entity properties
    mentionedIn: URIRef
    memberOf: URIRef

    # statement properties
    speaker: URIRef
    onBehalfOf: URIRef
    stance: URIRef
    cue: URIRef
    content: URIRef
    isDirectQuote: URIRef
    proposition: URIRef
    respondsTo: URIRef
    via: URIRef

    # event properties
    trigger: URIRef
    agent: URIRef
    participant: URIRef
    place: URIRef
    factuality: URIRef

    # shared
    date: URIRef
    dateText: URIRef
    evidence: URIRef

    # spans
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef

    # articles and bookkeeping
    textLength: URIRef
    sourceUrl: URIRef
    contentHash: URIRef
    summaryOnly: URIRef
    ingestedAt: URIRef
    # across articles (kg.copies, kg.claims, kg.derived)
    textSignature: URIRef
    wireCredit: URIRef
    copyOf: URIRef
    CopyEvidence: URIRef
    copyEvidence: URIRef
    original: URIRef
    similarity: URIRef
    independentSource: URIRef
    sourceName: URIRef
    ClaimCluster: URIRef
    eventClass: URIRef
    member: URIRef
    asserting: URIRef
    denying: URIRef
    about: URIRef
    outlet: URIRef
    asserters: URIRef
    deniers: URIRef
    independentAsserters: URIRef
    independentDeniers: URIRef
    firstDate: URIRef
    lastDate: URIRef
    firstAsserted: URIRef
    firstDenied: URIRef
    assertEvidence: URIRef
    denyEvidence: URIRef
    # corrections and retractions (kg.history)
    RetractedArticle: URIRef
    versionOf: URIRef
    supersededAt: URIRef
    retractedAt: URIRef
    # the analyst's fixes (kg.curation)
    Curation: URIRef
    RemovedArticle: URIRef
    curationId: URIRef
    curationAction: URIRef
    arguments: URIRef
    curatedBy: URIRef
    curatedAt: URIRef
    undoneBy: URIRef
    undoneAt: URIRef
    keeps: URIRef
    merges: URIRef
    curatedEntity: URIRef
    splitInto: URIRef
    curatedName: URIRef
    newType: URIRef
    curatedArticle: URIRef
    removedBy: URIRef

    # Wikidata mapping (annotations read by the Wikibase exports)
    wikidataProperty: URIRef
    wikidataClass: URIRef
    # linking to Wikidata (kg link): cache records, decisions and their outcomes
    WikidataLookup: URIRef
    LinkCandidate: URIRef
    LinkDecision: URIRef
    LinkOutcome: URIRef
    Linked: URIRef
    Ambiguous: URIRef
    BelowThreshold: URIRef
    NoCandidate: URIRef
    NotLookedUp: URIRef
    lookupName: URIRef
    lookupType: URIRef
    candidate: URIRef
    wikidataItem: URIRef
    matchedAlias: URIRef
    itemLabel: URIRef
    itemDescription: URIRef
    itemClass: URIRef
    contextLabel: URIRef
    decisionFor: URIRef
    linkOutcome: URIRef
    confidence: URIRef
    linkReason: URIRef


class Terms:
    """A namespace whose terms are looked up once each: ``Terms(NKG).evidence`` is
    ``NKG.evidence``. An attribute of a ``DefinedNamespace`` or ``Namespace`` is made
    again at every access (about a microsecond: checks, a new ``URIRef``), and the
    RDF mapping and the shape check ask for hundreds per article."""

    def __init__(self, namespace) -> None:  # a DefinedNamespace class or a Namespace
        self._namespace = namespace
        self._items: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = getattr(self._namespace, name)
        setattr(self, name, term)  # found in the instance from now on, without this call
        return term

    def __getitem__(self, name: str) -> URIRef:
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = self._namespace[name]
        return term
