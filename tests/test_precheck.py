"""``kg.precheck.surely_conforms``: never True for a graph pySHACL finds wrong.

The graphs are the real graphs of articles read by the real pipeline (invented ones,
and the dev sets when ../shared is there), and thousands of copies of them broken
one way each, at random (seeded): a triple taken out, a value doubled, a literal
where a node should be and the reverse, another datatype, an ill-typed date, a
blank string, another class, a span out of order or past the text, a membership
between any two nodes. For every one, the fast check may say True only when pySHACL
says the graph conforms; and it must clear the good graphs, or it saves nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from conftest import SHARED
from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef

from kg.copies import add_copy_evidence
from kg.extract import extract
from kg.precheck import SHAPES_DIGEST, _current_digest, surely_conforms
from kg.rdf import add_bookkeeping, extraction_graph
from kg.records import Article
from kg.validate import validate
from kg.vocab import NKG

TEXTS = (
    "The council of Varsk said on Monday that the pier would reopen. Mayor Edda Sund told "
    "reporters that the work had cost 12 thousand crowns.",
    "Mayor Edda Sund denied on Tuesday that the ferry terminal in Varsk had been sold. The "
    "harbour board of Varsk said it would appeal.",
    "HOLMVIK (Reuters) - Police in Holmvik arrested two men on Wednesday after a protest at "
    "the fish market, "
    "spokesman Tor Aasen said. The Holmvik Workers Union (HWU) called the arrests unlawful.",
)
CLASSES = (NKG.Person, NKG.Organization, NKG.Place, NKG.Article, NKG.Statement, NKG.TextSpan,
           NKG.ConflictEvent, NKG.Agent, NKG.Event, NKG.ClaimCluster, NKG.CopyEvidence)
ODD_LITERALS = (
    Literal(""), Literal("   "), Literal("x", lang="en"), Literal(-1), Literal(3),
    Literal("2021-13-45", datatype=XSD.date), Literal("21", datatype=XSD.gYear),
    Literal("2021-9", datatype=XSD.gYearMonth), Literal("2021-09-06", datatype=XSD.date),
    Literal("2021-09-06T10:00", datatype=XSD.dateTime), Literal(True),
    Literal("7", datatype=XSD.string), Literal("seven", datatype=XSD.integer),
    Literal(1.5), Literal(10**9),
)


def graph_of(nlp, article: Article) -> Graph:
    graph = extraction_graph(extract(nlp(article.text), article=article))
    add_bookkeeping(graph, article, content_hash="a-b", ingested_at=dt.datetime.now(dt.UTC))
    add_copy_evidence(graph, article)
    return graph


@pytest.fixture(scope="module")
def good(nlp) -> list[Graph]:
    return [graph_of(nlp, Article(id=f"pre-{n}", text=t, published="2024-03-15",
                                  publisher="Varsk Courier", url=f"https://example.org/{n}"))
            for n, t in enumerate(TEXTS)]


def mutant(graph: Graph, rng: random.Random) -> Graph:
    """``graph`` broken one way, chosen at random."""
    g = Graph()
    g += graph
    triples = sorted(g, key=str)
    nodes = sorted({s for s, _, _ in triples}, key=str)
    s, p, o = rng.choice(triples)
    kind = rng.randrange(9)
    if kind == 0:
        g.remove((s, p, o))
    elif kind == 1:
        g.add((s, p, Literal(f"{o} again") if isinstance(o, Literal) else rng.choice(nodes)))
    elif kind == 2:
        g.remove((s, p, o))
        g.add((s, p, Literal(str(o)) if not isinstance(o, Literal) else rng.choice(
            [URIRef("https://example.org/nothing"), BNode(), rng.choice(nodes)])))
    elif kind == 3:
        g.remove((s, p, o))
        g.add((s, p, rng.choice(ODD_LITERALS)))
    elif kind == 4:
        g.remove((s, RDF.type, None))
        g.add((s, RDF.type, rng.choice(CLASSES)))
    elif kind == 5:
        g.add((s, RDF.type, rng.choice(CLASSES)))
    elif kind == 6:
        span = rng.choice(sorted(g.subjects(RDF.type, NKG.TextSpan), key=str))
        prop = rng.choice((NKG.beginIndex, NKG.endIndex))
        g.set((span, prop, Literal(rng.choice((-1, 0, 1, 5, 10**6)))))
    elif kind == 7:
        g.add((rng.choice(nodes), NKG.memberOf, rng.choice(nodes)))
    else:  # a term of the derived graphs, or of copy evidence, on any node
        prop = rng.choice((NKG.copyOf, NKG.copyEvidence, NKG.sourceName, NKG.wireCredit,
                           NKG.textSignature, NKG.similarity, NKG.original))
        g.add((rng.choice(nodes), prop, rng.choice([*ODD_LITERALS, rng.choice(nodes)])))
    return g


def test_the_check_is_written_for_the_shapes_in_use() -> None:
    assert _current_digest() == SHAPES_DIGEST, (
        "ontology/shapes.ttl changed: bring kg/precheck.py up to date with it, then its "
        "SHAPES_DIGEST (until then every graph goes to pySHACL)")


def test_good_graphs_are_cleared(good) -> None:
    assert all(validate(g).conforms for g in good)
    assert all(surely_conforms(g) for g in good)


@pytest.mark.slow
def test_no_broken_graph_is_cleared_that_pyshacl_rejects(good) -> None:
    rng = random.Random(14)
    cleared = rejected = 0
    for n in range(600):
        g = mutant(good[n % len(good)], rng)
        fast = surely_conforms(g)
        report = validate(g)
        assert not (fast and not report.conforms), (
            f"mutant {n} cleared but pySHACL rejects it: {report.results[:2]}")
        cleared += fast
        rejected += not report.conforms
    assert rejected > 200, "the mutations break too little to test anything"
    assert cleared > 50, "the check clears too little to save anything"


@pytest.mark.slow
@pytest.mark.shared
def test_dev_graphs_are_cleared_only_when_they_conform(nlp) -> None:
    path = SHARED / "eval" / "news-dev" / "articles.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()][:30]
    verdicts = []
    for row in rows:
        article = Article(id=row["id"], text=row["text"], published=row.get("published"),
                          publisher=row.get("publisher"), url=row.get("url"),
                          title=row.get("title"))
        g = graph_of(nlp, article)
        verdicts.append((surely_conforms(g), validate(g).conforms))
    assert not [v for v in verdicts if v == (True, False)]
    assert [fast for fast, slow in verdicts if slow] == [True] * sum(s for _, s in verdicts)
