"""The records that flow between stages: loaders make ``Article``s, extraction makes
an ``Extraction``; RDF mapping, validation and storage only ever see these.

All offsets are character offsets into ``Article.text`` exactly as loaded. Entity,
event and statement ``key``s are local to one extraction; ``kg.rdf`` turns them
into IRIs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["Person", "Organization", "Place"]
DateType = Literal["date", "gYearMonth", "gYear", "dateTime"]

#: Local names of the ``nkg:Stance`` individuals a statement may carry.
STANCES = ("Assert", "Deny", "Appeal", "Promise", "Threat", "Accusation")
#: Local names of the ``nkg:Factuality`` individuals an event may carry.
FACTUALITIES = ("Asserted", "Claimed", "Denied", "Possible", "Future")
#: Local names of the event classes of the contract (each a subclass of ``nkg:Event``).
EVENT_CLASSES = (
    "ConflictEvent",
    "ControlEvent",
    "MovementEvent",
    "ContactEvent",
    "PersonnelEvent",
    "JusticeEvent",
    "LifeEvent",
    "TransactionEvent",
    "BusinessEvent",
    "GovernanceEvent",
    "ProtestEvent",
    "DisasterEvent",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as a loader read it."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 date ("2021-09-06") or date-time lexical form
    publisher: str | None = None
    language: str | None = None
    source: str | None = None  # where it came from, e.g. "corpus.jsonl:12"
    author: str | None = None  # byline as the page or feed gives it ("A. Name; B. Name")
    summary_only: bool = False  # the text is a feed's summary, not the full article
    retrieved: str | None = None  # when it was fetched (a WARC record's date), ISO 8601
    retracted: bool = False  # withdrawn by its source: kept out of every answer (kg.history)


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[begin, end)`` in the article text."""

    begin: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.begin <= self.end:
            raise ValueError(f"bad span [{self.begin}, {self.end})")


@dataclass(frozen=True, slots=True)
class DateValue:
    """A normalised date: ``value`` is the XSD lexical form of ``datatype``."""

    value: str  # "2021-09-06", "2021-09", "2021", "2021-09-06T14:00:00"
    datatype: DateType
    text: str  # the words it came from ("on Sunday")


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place as one article names it."""

    key: str
    type: EntityType
    label: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    also: tuple[EntityType, ...] = ()  # further types: a country that acts is also an agent
    #: The article id when the entity is named only by a description ("the government",
    #: "the health ministry"): such a name means another body in another article, so the
    #: entity keeps an IRI of its own article and is never merged across articles.
    scope: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened (or is claimed, denied, possible, future)."""

    key: str
    type: str  # one of EVENT_CLASSES (or a refinement defined in the ontology)
    trigger: str
    trigger_span: Span
    evidence: Span
    agents: tuple[str, ...] = ()  # entity keys
    participants: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    date: DateValue | None = None
    factuality: str = "Asserted"


@dataclass(frozen=True, slots=True)
class Statement:
    """An attributed claim: who said what, on whose behalf, with which stance."""

    key: str
    speaker: str  # entity key
    stance: str  # one of STANCES
    cue: str  # lemma of the reporting verb or phrase
    content: str
    content_span: Span
    evidence: Span
    is_direct_quote: bool = False
    on_behalf_of: str | None = None  # entity key
    via: str | None = None  # entity key of the outlet or channel
    date: DateValue | None = None
    proposition: str | None = None  # event key
    responds_to: str | None = None  # statement key
    #: events of the content's other main clauses ("seized X and took Y"), beside the first
    further_propositions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Membership:
    """``person`` is a member (leader, spokesperson, official …) of ``organization``."""

    person: str
    organization: str
    evidence: Span
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read out of one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    memberships: tuple[Membership, ...] = ()
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become an article (or was refused), and why."""

    source: str  # path, URL or "-" for standard input
    position: str | None  # "line 12", "record 3", "entry 5", or None for the whole file
    reason: str
    snippet: str = ""  # the first few hundred characters of the raw input
