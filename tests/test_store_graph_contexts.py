"""kg.store.GraphStore.graph(contexts=False): the article graph in rdflib's
``SimpleMemory`` store (``kg.derived`` reads every article graph so) gives the same
triples, in the same order, for every pattern a reader asks as the default ``Memory``
store; and the claims read from it are the same."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF
from test_store import ONTOLOGY, extraction, put

from kg import claims, iri
from kg.store import GraphStore
from kg.vocab import NKG


def test_graph_without_contexts_reads_as_the_default(tmp_path: Path) -> None:
    onto = tmp_path / "onto.ttl"
    onto.write_text(ONTOLOGY, encoding="utf-8")
    with GraphStore.open(tmp_path / "data", ontology=onto) as store:
        ex = extraction("dock-7")
        put(store, ex)
        name = iri.article_graph(ex.article.id)
        full = store.graph(name, prefixes=False)
        light = store.graph(name, prefixes=False, contexts=False)
    assert len(light) == len(full) > 0
    assert sorted(light) == sorted(full)
    for s, p, o in full:
        for pattern in ((s, None, None), (s, p, None), (None, p, None), (None, p, o),
                        (None, None, o), (s, None, o), (s, p, o)):
            assert list(light.triples(pattern)) == list(full.triples(pattern)), pattern
    article = full.value(None, RDF.type, NKG.Article)
    assert light.value(None, RDF.type, NKG.Article) == article
    assert repr(claims.read_article(light)) == repr(claims.read_article(full))
