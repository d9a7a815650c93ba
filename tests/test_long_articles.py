"""Bounded memory for long articles (issue 12, point 3): a long article is read in
paragraph-aligned pieces with the offsets mapped back, a big graph is validated and
written in parts, and the statements one article may contribute are capped with a
record. The sizes are made small here so that short texts take the long paths; the
memory and time figures themselves come from bench/memory.py, not from the suite."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal, URIRef

import kg.extract
import kg.extract.pieces
import kg.pipeline
import kg.store
import kg.validate
from kg.extract import extract
from kg.extract.pieces import cap_items, extract_in_pieces, pieces
from kg.nlp import load_pipeline
from kg.pipeline import build
from kg.prune import checked
from kg.rdf import extraction_graph
from kg.records import Article, Extraction
from kg.store import GraphStore
from kg.vocab import NKG

#: Three paragraphs, each one whole in itself (names given in full, claims answered
#: in the paragraph that makes them), so they read the same whole or one by one.
TEXT = (
    "The Kelvar Militia said on Monday that its members had taken control of the depot "
    "in Orrin. \"We will hold the town until the talks resume,\" spokesman Ada Moreno told "
    "reporters. The Dockside Union denied the claim, saying its forces still guarded the "
    "bridge.\n\n"
    "Clashes continued near Lunet overnight, and two guards were injured, officials said. "
    "The Marlow City Council said on Tuesday that it had closed the harbour in Marlow.\n\n"
    "Piet Olsen, a spokesman for the Delta Grain company, said the company would sell its "
    "silos in Tesk. The Veska Farmers Union accused Delta Grain of hiding the sale."
)
ARTICLE = Article(id="long-1", text=TEXT, published="2025-03-10", title="Depot taken")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _view(ex: Extraction) -> tuple:
    """An extraction with entity keys replaced by labels: what the graph would say."""
    label = {e.key: e.label for e in ex.entities}
    statements = [(label.get(s.speaker), s.stance, s.cue, s.content, s.content_span,
                   s.evidence, label.get(s.on_behalf_of), s.proposition, s.responds_to,
                   s.date) for s in ex.statements]
    events = [(e.key, e.type, e.trigger, e.trigger_span, e.evidence,
               tuple(label[k] for k in e.agents), tuple(label[k] for k in e.places),
               e.factuality, e.date) for e in ex.events]
    entities = sorted((e.type, e.label, e.aliases, e.mentions, e.also) for e in ex.entities)
    members = sorted((label[m.person], label[m.organization], m.evidence)
                     for m in ex.memberships)
    return statements, events, entities, members


def test_pieces_cover_the_text_and_end_at_paragraph_breaks() -> None:
    ranges = list(pieces(TEXT, 300))
    assert ranges[0][0] == 0 and ranges[-1][1] == len(TEXT)
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    assert all(end - begin <= 300 for begin, end in ranges)
    assert len(ranges) == 3 and all(TEXT[:end].endswith("\n\n") for _, end in ranges[:-1])


def test_pieces_of_a_text_without_breaks_are_cut_at_the_limit() -> None:
    assert list(pieces("x" * 25, 10)) == [(0, 10), (10, 20), (20, 25)]
    assert list(pieces("short", 10)) == [(0, 5)]


def test_an_article_read_in_pieces_gives_the_items_of_the_whole(nlp) -> None:
    whole = extract(nlp(TEXT), article=ARTICLE)
    split = extract_in_pieces(nlp, ARTICLE, limit=300)
    assert whole.statements and whole.events
    assert _view(split) == _view(whole)
    for st in split.statements:  # offsets point into the whole text
        assert TEXT[st.evidence.begin:st.evidence.end].strip()


def test_statements_over_the_limit_are_left_out_with_a_reason(nlp) -> None:
    ex = extract(nlp(TEXT), article=ARTICLE)
    same, reason = cap_items(ex, 100)
    assert same is ex and reason is None
    capped, reason = cap_items(ex, 2)
    assert [s.key for s in capped.statements] == [s.key for s in ex.statements[:2]]
    assert len(capped.events) == 2
    kept = {e.key for e in capped.events} | {s.key for s in capped.statements}
    assert all(s.proposition in kept | {None} and s.responds_to in kept | {None}
               for s in capped.statements)
    assert reason == (f"{len(ex.statements)} statements and {len(ex.events)} events, over "
                      "the limit of 2 of each per article: the first 2 of each are kept")


def _corpus(tmp_path) -> str:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": ARTICLE.id, "text": TEXT, "published": "2025-03-10",
                                "title": "Depot taken"}) + "\n", encoding="utf-8")
    return str(path)


def test_build_reads_a_long_article_in_pieces_and_stores_it_whole(tmp_path, monkeypatch) -> None:
    whole = build([_corpus(tmp_path)], store=tmp_path / "whole")
    monkeypatch.setattr(kg.pipeline, "PIECE_CHARS", 300)
    monkeypatch.setattr(kg.validate, "PART_ITEMS", 3)
    monkeypatch.setattr(kg.store, "WRITE_TRIPLES", 40)
    split = build([_corpus(tmp_path)], store=tmp_path / "split")
    assert (split.stored, split.failed, split.quarantined) == (1, 0, 0)
    assert (split.statements, split.events, split.triples) == (
        whole.statements, whole.events, whole.triples)
    with GraphStore.open(tmp_path / "whole") as a, GraphStore.open(tmp_path / "split") as b:
        name = kg.pipeline.iri.article_graph(ARTICLE.id)
        assert _without_stamp(a.graph(name)).isomorphic(_without_stamp(b.graph(name)))


def _without_stamp(g: Graph) -> Graph:
    g.remove((None, NKG.ingestedAt, None))
    return g


def test_build_records_the_statements_over_the_limit(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(kg.extract.pieces, "MAX_STATEMENTS", 1)
    store = tmp_path / "store"
    summary = build([_corpus(tmp_path)], store=store)
    assert (summary.stored, summary.statements) == (1, 1)
    (record,) = [json.loads(line) for line in (store / "quarantine.jsonl").open()]
    assert record["article"] == ARTICLE.id and record["stored"] is True
    assert "over the limit of 1 of each per article" in record["limit"]
    assert any("in part:" in p and "over the limit" in p for p in summary.problems)


def test_a_graph_validated_in_parts_reports_what_the_whole_does(nlp) -> None:
    g = extraction_graph(extract(nlp(TEXT), article=ARTICLE))
    st = next(g.subjects(NKG.content, None))
    g.remove((st, NKG.content, None))  # a statement with no content breaks the shapes
    g.add((st, NKG.content, Literal(1)))
    whole = kg.validate.validate(g)
    split = list(kg.validate.parts(g, 2))
    assert len(split) > 2 and not whole.conforms
    assert set().union(*(set(p) for p in split)) == set(g)
    merged = kg.validate.merged_report([kg.validate.validate(p) for p in split])
    assert (merged.conforms, merged.results) == (whole.conforms, whole.results)


def test_checked_prunes_a_big_graph_part_by_part(nlp, monkeypatch) -> None:
    g = extraction_graph(extract(nlp(TEXT), article=ARTICLE))
    st = next(g.subjects(NKG.content, None))
    g.set((st, NKG.content, Literal(1)))
    whole = checked(Graph() + g)
    monkeypatch.setattr(kg.validate, "PART_ITEMS", 2)
    split = checked(g)
    assert whole.graph is not None and split.graph is not None
    assert [r.item for r in split.removed] == [r.item for r in whole.removed] == [str(st)]
    assert set(split.graph) == set(whole.graph)


def test_a_big_graph_is_written_and_removed_in_parts(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(kg.store, "WRITE_TRIPLES", 7)
    name = URIRef("https://example.org/graph/a")
    big = Graph()
    for n in range(30):
        big.add((URIRef(f"https://example.org/s{n}"), NKG.content, Literal(f"said {n}")))
    big.add((URIRef("https://example.org/a"), NKG.contentHash, Literal("h")))
    with GraphStore.open(tmp_path / "store") as gs:
        assert gs.replace_graph(name, big) == 31
        assert set(gs.graph(name)) == set(big)
        assert len(gs.select("SELECT * WHERE { ?s ?p ?o FILTER(?p != <http://www.w3.org/"
                             "2000/01/rdf-schema#subClassOf>) }").rows) >= 31
        small = Graph()
        small.add((URIRef("https://example.org/s1"), NKG.content, Literal("said 1")))
        gs.replace_graph(name, small)
        assert set(gs.graph(name)) == set(small)
        gs.replace_graph(name, big)
        gs.remove_graph(name)
        assert not gs.has_graph(name)
        assert not gs.ask("ASK { <https://example.org/s5> ?p ?o }")


def test_a_worker_reads_a_long_article_in_pieces_and_caps_it(nlp, monkeypatch) -> None:
    # kg.parallel.read_articles, run here in-process: what a --workers build's worker does
    import kg.extract.pieces
    from kg.parallel import read_articles

    monkeypatch.setattr(kg.extract.pieces, "PIECE_CHARS", 300)
    monkeypatch.setattr(kg.extract.pieces, "MAX_STATEMENTS", 2)
    (out,) = read_articles([ARTICLE])
    whole, reason = cap_items(extract_in_pieces(nlp, ARTICLE, limit=300), 2)
    assert out.failure is None and out.prepared is not None
    assert _view(out.extraction) == _view(whole)
    assert out.cut == reason and "limit of 2" in out.cut
