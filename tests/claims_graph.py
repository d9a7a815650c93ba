"""The invented corpus of ``tests/data/claims`` as extractions, and a store built from them.

Each article's extraction is what a perfect reading of its text gives (entities,
events, statements with their offsets), so the rows of the cross-article questions
do not depend on the reading engine; the store is made as a build makes it: each
graph prepared (``kg.pipeline.prepare``: mapping, text signature and wire credits,
validation), stored, then the derived graphs refreshed (``kg.derived.refresh``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from canonical_graph import sentence, words

from kg import derived, iri
from kg.pipeline import content_hash, own_iri, prepare
from kg.records import Article, DateValue, Entity, Event, Extraction, Statement
from kg.store import GraphStore

CORPUS = Path(__file__).parent / "data" / "claims" / "corpus.jsonl"
ARTICLES = {a["id"]: Article(**a) for a in map(json.loads, CORPUS.read_text().splitlines())}

GUARD = Entity("guard", "Organization", "Northern Guard", aliases=("the Guard",))
LEGION = Entity("legion", "Organization", "Southern Legion")
UNION = Entity("union", "Organization", "Farmers Union")
WATCH = Entity("watch", "Organization", "River Watch")
OSTERBY = Entity("osterby", "Place", "Osterby")
SUNDAY = DateValue("2024-03-03", "date", "on Sunday")


def text(article_id: str) -> str:
    return ARTICLES[article_id].text


def _wire_story(article_id: str) -> Extraction:
    """hw-1, vp-1, ct-1: the Guard's claim to have captured Osterby on Sunday."""
    t = text(article_id)
    first = words(t, "The Northern Guard said on Sunday that it had captured the river town of "
                     "Osterby after a night of heavy fighting along the old bridge.")
    content = "it had captured the river town of Osterby"
    return Extraction(
        article=ARTICLES[article_id],
        entities=(GUARD, OSTERBY),
        events=(Event("capture", "ControlEvent", "captured", words(t, "captured"), first,
                      agents=("guard",), places=("osterby",), date=SUNDAY,
                      factuality="Claimed"),),
        statements=(Statement("claim", "guard", "Assert", "say", content, words(t, content),
                              first, date=SUNDAY, proposition="capture"),),
    )


def _denial(article_id: str, content: str, trigger: str, *, said: DateValue,
            happened: DateValue | None, speaker: Entity = UNION) -> Extraction:
    t = text(article_id)
    return Extraction(
        article=ARTICLES[article_id],
        entities=(speaker, GUARD, OSTERBY),
        events=(Event("event", "ControlEvent", trigger, words(t, trigger), sentence(t, 0),
                      agents=("guard",), places=("osterby",), date=happened,
                      factuality="Denied"),),
        statements=(Statement("denial", speaker.key, "Deny", "deny", content, words(t, content),
                              sentence(t, 0), date=said, proposition="event"),),
    )


def _legion() -> Extraction:
    t = text("lt-2")
    return Extraction(
        article=ARTICLES["lt-2"],
        entities=(LEGION, OSTERBY),
        events=(Event("capture", "ControlEvent", "captured", words(t, "captured"), sentence(t, 0),
                      agents=("legion",), places=("osterby",), factuality="Claimed"),),
        statements=(Statement("claim", "legion", "Assert", "claim", "it had captured Osterby",
                              words(t, "it had captured Osterby"), sentence(t, 0),
                              date=SUNDAY, proposition="capture"),),
    )


def _again() -> Extraction:
    t = text("vp-2")
    may = DateValue("2024-05-19", "date", "on Sunday")
    return Extraction(
        article=ARTICLES["vp-2"],
        entities=(GUARD, WATCH, OSTERBY),
        events=(Event("capture", "ControlEvent", "captured", words(t, "captured"), sentence(t, 0),
                      agents=("guard",), places=("osterby",), date=may, factuality="Claimed"),),
        statements=(
            Statement("claim", "guard", "Assert", "say", "it had captured Osterby again",
                      words(t, "it had captured Osterby again"), sentence(t, 0), date=may,
                      proposition="capture"),
            Statement("denial", "watch", "Deny", "deny", "the Guard had returned to the town",
                      words(t, "the Guard had returned to the town"), sentence(t, 1),
                      proposition="capture", responds_to="claim"),
        ),
    )


def extractions() -> dict[str, Extraction]:
    return {
        "hw-1": _wire_story("hw-1"),
        "vp-1": _wire_story("vp-1"),
        "ct-1": _wire_story("ct-1"),
        "lt-1": _denial("lt-1", "the Northern Guard had taken Osterby", "taken",
                        said=DateValue("2024-03-05", "date", "on Tuesday"), happened=None),
        "lt-2": _legion(),
        "ct-2": _denial("ct-2", "the Guard did not capture Osterby in March", "capture",
                        said=DateValue("2024-03-20", "date", "on March 20"),
                        happened=DateValue("2024-03", "gYearMonth", "in March")),
        "vp-2": _again(),
    }


def store_articles(gs: GraphStore, ids: Iterable[str]) -> None:
    """Store the articles ``ids`` as a build does, then refresh the derived graphs."""
    made = extractions()
    names = []
    for article_id in ids:
        ex = made[article_id]
        prepared = prepare(ex, {e.key: own_iri(e) for e in ex.entities}, content_hash(ex.article))
        assert prepared.graph is not None, prepared.report
        names.append(str(iri.article_graph(article_id)))
        gs.replace_graph(names[-1], prepared.graph)
    derived.refresh(gs, names)


def build_store(root: Path, ids: Iterable[str] | None = None) -> Path:
    with GraphStore.open(root) as gs:
        store_articles(gs, ARTICLES if ids is None else ids)
    return root
