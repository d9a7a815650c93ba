"""Statements, wave three: cue classes seen failing on real news, each as a table of
invented sentences (invented names and places) with near misses that must not fire;
and the statement IRI, which names its speaker."""

from __future__ import annotations

from kg.rdf import extraction_graph
from kg.records import Article, Entity, Extraction, Span, Statement
from kg.vocab import NKG

# ------------------------------------------------------------------ statement IRI


def _two_speakers_one_place() -> Extraction:
    text = "Ada Moreno and Piet Olsen said the pier would reopen."
    art = Article(id="w3-iri", text=text, published="2025-03-10")
    ents = (Entity(key="e0", label="Ada Moreno", type="Person", mentions=(Span(0, 10),)),
            Entity(key="e1", label="Piet Olsen", type="Person", mentions=(Span(15, 25),)))
    said = dict(stance="Assert", cue="say", content="the pier would reopen",
                content_span=Span(31, 52), evidence=Span(0, 53), is_direct_quote=False)
    sts = (Statement(key="s0", speaker="e0", **said), Statement(key="s1", speaker="e1", **said))
    return Extraction(article=art, entities=ents, events=(), statements=sts, memberships=())


def test_statement_iri_names_its_speaker_so_co_speakers_both_stay() -> None:
    g = extraction_graph(_two_speakers_one_place())
    statements = set(g.subjects(predicate=None, object=NKG.Statement))
    assert len(statements) == 2
    assert len({sp for s in statements for sp in g.objects(s, NKG.speaker)}) == 2


def test_statement_iri_is_stable_across_mappings() -> None:
    ex = _two_speakers_one_place()
    first = set(extraction_graph(ex).subjects(object=NKG.Statement))
    assert first == set(extraction_graph(ex).subjects(object=NKG.Statement))
