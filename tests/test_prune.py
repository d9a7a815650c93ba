"""kg.prune: a graph whose statements break the shapes is stored without them, and the
mended graph is cleared by ``kg.precheck`` where it can be, without a second pySHACL run:
the outcome (graph, items removed, report) is the one pySHACL's second run gives.

The article is invented (made-up town, people and organisations).
"""

from __future__ import annotations

import datetime as dt

from rdflib import RDF

import kg.prune
from kg.extract import extract
from kg.rdf import add_bookkeeping, extraction_graph
from kg.records import Article
from kg.vocab import NKG

TEXT = ("Mayor Edda Sund said on Monday that the pier of Varsk would reopen in May. The "
        "harbour board of Varsk denied on Tuesday that the ferry terminal had been sold.")


def broken_graph(nlp):
    """The article's graph with one statement's content gone (the shapes want one)."""
    article = Article(id="prune-1", text=TEXT, published="2024-03-15", publisher="Varsk Courier")
    graph = extraction_graph(extract(nlp(TEXT), article=article))
    add_bookkeeping(graph, article, content_hash="a-b",
                    ingested_at=dt.datetime(2024, 3, 15, tzinfo=dt.UTC))
    statement = min(graph.subjects(RDF.type, NKG.Statement))
    graph.remove((statement, NKG.content, None))
    return graph, statement


def test_mended_graph_is_cleared_without_a_second_pyshacl_run(nlp, monkeypatch):
    runs = []
    real = kg.prune.validate

    def counted(graph):
        runs.append(len(graph))
        return real(graph)

    monkeypatch.setattr(kg.prune, "validate", counted)
    graph, statement = broken_graph(nlp)
    pruned = kg.prune.checked(graph)
    assert len(runs) == 1  # the first run finds the statement; the precheck clears the rest
    assert [r.item for r in pruned.removed] == [str(statement)]
    assert pruned.graph is not None and (statement, None, None) not in pruned.graph

    runs.clear()
    monkeypatch.setattr(kg.prune, "surely_conforms", lambda g: False)  # as before: pySHACL
    again = kg.prune.checked(broken_graph(nlp)[0])
    assert len(runs) == 2
    assert again.removed == pruned.removed
    assert again.report.text == pruned.report.text
    assert sorted(again.graph) == sorted(pruned.graph)
