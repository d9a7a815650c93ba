"""One IRI per real entity across articles: names, acronyms and aliases, never surnames."""

from __future__ import annotations

import json

from kg import iri
from kg.identity import EntityIndex
from kg.pipeline import build
from kg.records import Entity
from kg.store import GraphStore


def _known(*entities: Entity) -> EntityIndex:
    index = EntityIndex()
    for e in entities:
        index.add(index.resolve(e), e)
    return index


NAP = Entity("e1", "Organization", "Northern Alliance Party", aliases=("NAP",))


def test_same_name_same_iri() -> None:
    index = _known(NAP)
    again = Entity("x", "Organization", "Northern Alliance Party")
    assert index.resolve(again) == iri.entity_iri("Organization", "Northern Alliance Party")


def test_acronym_alone_joins_the_entity_that_defined_it() -> None:
    index = _known(NAP)
    assert index.resolve(Entity("x", "Organization", "NAP")) == index.resolve(NAP)


def test_full_name_joins_an_entity_known_by_its_acronym() -> None:
    index = _known(Entity("e1", "Organization", "NAP"))
    spelled = Entity("x", "Organization", "Northern Alliance Party", aliases=("NAP",))
    assert index.resolve(spelled) == iri.entity_iri("Organization", "NAP")


def test_types_keep_entities_apart() -> None:
    index = _known(Entity("e1", "Place", "Georgia"))
    person = Entity("x", "Person", "Georgia")
    assert index.resolve(person) == iri.entity_iri("Person", "Georgia")


def test_two_people_sharing_a_surname_stay_apart() -> None:
    index = _known(Entity("e1", "Person", "Ahmed Karimi", aliases=("Karimi",)))
    other = Entity("x", "Person", "Leyla Karimi", aliases=("Karimi",))
    assert index.resolve(other) == iri.entity_iri("Person", "Leyla Karimi")


def test_a_surname_alone_is_no_evidence() -> None:
    index = _known(Entity("e1", "Person", "Ahmed Karimi", aliases=("Karimi",)))
    assert index.resolve(Entity("x", "Person", "Karimi")) == iri.entity_iri("Person", "Karimi")


def test_evidence_naming_two_entities_mints_a_new_iri() -> None:
    index = _known(Entity("a", "Organization", "National Action Party", aliases=("NAP",)), NAP)
    nap = Entity("x", "Organization", "NAP")
    assert index.resolve(nap) == iri.entity_iri("Organization", "NAP")


def test_build_merges_an_acronym_across_articles_and_keeps_it_on_rebuild(tmp_path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    rows = [
        {"id": "one", "published": "2024-03-15", "text": "The Northern Alliance Party (NAP) "
         "said on Monday that it would boycott the vote in Halvik."},
        {"id": "two", "published": "2024-03-16", "text": "The NAP said on Friday that the "
         "boycott would go ahead."},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    build([corpus], store=store)
    build([corpus], store=store)
    with GraphStore.open(store, read_only=True) as gs:
        rows = gs.select(
            "PREFIX nkg: <https://w3id.org/newskg/ontology#> "
            "SELECT DISTINCT ?e WHERE { ?s a nkg:Statement ; nkg:speaker ?e }").rows
    assert [str(r[0]) for r in rows] == [
        str(iri.entity_iri("Organization", "Northern Alliance Party"))]
