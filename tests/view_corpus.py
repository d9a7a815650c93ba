"""A small invented story for the graph-view tests, as extraction records and a store.

Article ``alder-1`` (published 2024-03-05): the Coastal Guard's spokesman Marin Holt
says the guard seized Port Alder on Monday; the River Union denies the claims.
Article ``alder-2`` (published 2024-04-10): the River Union clashed with the Coastal
Guard in Port Alder in April, and the union calls for talks (an undated appeal with
no proposition). Every name and sentence is invented.
"""

from __future__ import annotations

from pathlib import Path

from kg import iri
from kg.rdf import extraction_graph
from kg.records import Article, DateValue, Entity, Event, Extraction, Membership, Span, Statement
from kg.store import GraphStore

TEXT_1 = (
    "Marin Holt, a spokesman for the Coastal Guard, said on Monday that the guard had "
    "seized Port Alder. The River Union denied the claims."
)
TEXT_2 = (
    "The River Union clashed with the Coastal Guard in Port Alder in April. "
    "The union called for talks between both sides."
)

GUARD = str(iri.entity_iri("Organization", "Coastal Guard"))
UNION = str(iri.entity_iri("Organization", "River Union"))
HOLT = str(iri.entity_iri("Person", "Marin Holt"))
ALDER = str(iri.entity_iri("Place", "Port Alder"))


def span_of(text: str, words: str) -> Span:
    begin = text.index(words)
    return Span(begin, begin + len(words))


def sentence(text: str, n: int) -> Span:
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith(". ", i)]
    begin = starts[n]
    end = text.find(". ", begin)
    return Span(begin, len(text) if end < 0 else end + 1)


def first() -> Extraction:
    t = TEXT_1
    monday = DateValue("2024-03-04", "date", "on Monday")
    return Extraction(
        article=Article(id="alder-1", text=t, published="2024-03-05", title="Guard takes port"),
        entities=(
            Entity("holt", "Person", "Marin Holt"),
            Entity("guard", "Organization", "Coastal Guard", aliases=("the guard",)),
            Entity("alder", "Place", "Port Alder"),
            Entity("union", "Organization", "River Union"),
        ),
        events=(
            Event("seize", "ControlEvent", "seized", span_of(t, "seized"), sentence(t, 0),
                  agents=("guard",), places=("alder",), date=monday, factuality="Claimed"),
        ),
        statements=(
            Statement("claim", "holt", "Assert", "say", "the guard had seized Port Alder",
                      span_of(t, "the guard had seized Port Alder"), sentence(t, 0),
                      on_behalf_of="guard", date=monday, proposition="seize"),
            Statement("denial", "union", "Deny", "deny", "the claims", span_of(t, "the claims"),
                      sentence(t, 1), date=DateValue("2024-03-05", "date", ""),
                      responds_to="claim"),
        ),
        memberships=(Membership("holt", "guard", span_of(t, "a spokesman for the Coastal Guard"),
                                role="spokesman"),),
    )


def second() -> Extraction:
    t = TEXT_2
    return Extraction(
        article=Article(id="alder-2", text=t, published="2024-04-10"),
        entities=(
            Entity("union", "Organization", "River Union", aliases=("the union",)),
            Entity("guard", "Organization", "Coastal Guard"),
            Entity("alder", "Place", "Port Alder"),
        ),
        events=(
            Event("clash", "ConflictEvent", "clashed", span_of(t, "clashed"), sentence(t, 0),
                  agents=("union",), participants=("guard",), places=("alder",),
                  date=DateValue("2024-04", "gYearMonth", "in April")),
        ),
        statements=(
            Statement("talks", "union", "Appeal", "call", "talks between both sides",
                      span_of(t, "talks between both sides"), sentence(t, 1)),
        ),
    )


def item(extraction: Extraction, key: str) -> str:
    """The IRI kg.rdf mints for the event or statement ``key`` of ``extraction``."""
    art = extraction.article.id
    for ev in extraction.events:
        if ev.key == key:
            return str(iri.item_iri("event", art, ev.trigger_span.begin, ev.type))
    st = next(s for s in extraction.statements if s.key == key)
    who = next(e for e in extraction.entities if e.key == st.speaker)
    speaker = str(iri.entity_iri(who.type, who.label, scope=who.scope))
    return str(iri.item_iri("statement", art, st.evidence.begin, st.content_span.begin, st.cue,
                            speaker))


SEIZE, CLAIM, DENIAL = (item(first(), k) for k in ("seize", "claim", "denial"))
CLASH, TALKS = (item(second(), k) for k in ("clash", "talks"))


def build_store(root: Path, extractions: tuple[Extraction, ...] | None = None) -> Path:
    """A store at ``root`` holding the two articles (or ``extractions``); returns ``root``."""
    with GraphStore.open(root) as store:
        for ex in extractions or (first(), second()):
            store.replace_graph(iri.article_graph(ex.article.id), extraction_graph(ex))
    return root
