"""GraphStore: named graphs per article in pyoxigraph, read back, queried, exported."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import OWL, RDFS, SKOS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import iri
from kg.errors import QueryError, StoreError
from kg.rdf import extraction_graph
from kg.records import Article, DateValue, Entity, Event, Extraction, Span, Statement
from kg.resources import ontology_file
from kg.store import (
    LINK_CACHE_GRAPH,
    LINKS_GRAPH,
    ONTOLOGY_GRAPH,
    GraphStore,
    QueryResult,
    append_record,
)
from kg.vocab import NKG

#: The class hierarchy of the contract, enough for subclass queries.
ONTOLOGY = """
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
nkg:Article rdfs:subClassOf schema:NewsArticle .
nkg:Person rdfs:subClassOf nkg:Agent .
nkg:Organization rdfs:subClassOf nkg:Agent .
nkg:Statement rdfs:subClassOf nkg:Event .
nkg:ControlEvent rdfs:subClassOf nkg:Event .
nkg:ConflictEvent rdfs:subClassOf nkg:Event .
"""


def assert_isomorphic(expected: Graph, got: Graph) -> None:
    if not isomorphic(expected, got):
        _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
        pytest.fail(
            "graphs differ\nonly expected:\n"
            + only_expected.serialize(format="nt")
            + "\nonly got:\n"
            + only_got.serialize(format="nt")
        )


def extraction(article_id: str = "dock-1", *, stance: str = "Assert") -> Extraction:
    """A dock workers' union says it blockaded a terminal (invented)."""
    text = "The Dockers Union said it had blockaded the Saltmarsh terminal on Friday."
    art = Article(
        id=article_id,
        text=text,
        url=f"https://news.example/{article_id}",
        published="2023-04-08",
        title="Terminal blockaded",
        publisher="Bay Courier",
    )
    trigger = text.index("blockaded")
    sentence = Span(0, len(text))
    return Extraction(
        article=art,
        entities=(
            Entity("u", "Organization", "Dockers Union", mentions=(Span(4, 17),)),
            Entity("t", "Place", "Saltmarsh terminal", aliases=("Saltmarsh",)),
        ),
        events=(
            Event(
                "e",
                "ControlEvent",
                "blockaded",
                Span(trigger, trigger + 9),
                sentence,
                agents=("u",),
                places=("t",),
                date=DateValue("2023-04-07", "date", "on Friday"),
            ),
        ),
        statements=(
            Statement(
                "s",
                "u",
                stance,
                "say",
                "it had blockaded the Saltmarsh terminal on Friday",
                Span(text.index("it had"), len(text) - 1),
                sentence,
                proposition="e",
            ),
        ),
    )


@pytest.fixture
def ontology(tmp_path: Path) -> Path:
    path = tmp_path / "onto.ttl"
    path.write_text(ONTOLOGY, encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path, ontology: Path) -> Iterator[GraphStore]:
    with GraphStore.open(tmp_path / "data", ontology=ontology) as s:
        yield s


def put(store: GraphStore, ex: Extraction) -> Graph:
    g = extraction_graph(ex)
    store.replace_graph(iri.article_graph(ex.article.id), g)
    return g


# --- writing and reading graphs


def test_replace_graph_then_graph_gives_an_isomorphic_copy(store: GraphStore) -> None:
    g = extraction_graph(extraction())
    assert store.replace_graph(iri.article_graph("dock-1"), g) == len(g)
    assert_isomorphic(g, store.graph(iri.article_graph("dock-1")))
    assert store.graphs() == [str(iri.article_graph("dock-1"))]


def test_replacing_the_same_article_twice_leaves_the_triple_count(store: GraphStore) -> None:
    g = put(store, extraction())
    before = store.stats()["triples"]
    put(store, extraction())
    assert store.stats()["triples"] == before == len(g)
    assert len(store.graphs()) == 1


def test_replacing_with_a_changed_graph_removes_the_old_triples(store: GraphStore) -> None:
    put(store, extraction(stance="Assert"))
    new = put(store, extraction(stance="Deny"))
    stored = store.graph(iri.article_graph("dock-1"))
    assert_isomorphic(new, stored)
    assert set(stored.objects(None, NKG.stance)) == {NKG.Deny}


def test_replacing_with_an_empty_graph_removes_the_article(store: GraphStore) -> None:
    put(store, extraction())
    assert store.replace_graph(iri.article_graph("dock-1"), Graph()) == 0
    assert store.graphs() == []


def test_a_graph_that_cannot_be_stored_leaves_the_old_one(store: GraphStore) -> None:
    old = put(store, extraction())
    bad = Graph()
    bad.add((URIRef("https://news.example/has space"), RDFS.label, Literal("x")))
    with pytest.raises(StoreError, match="cannot store graph"):
        store.replace_graph(iri.article_graph("dock-1"), bad)
    assert_isomorphic(old, store.graph(iri.article_graph("dock-1")))


def test_remove_graph(store: GraphStore) -> None:
    put(store, extraction("a"))
    put(store, extraction("b"))
    store.remove_graph(iri.article_graph("a"))
    store.remove_graph(iri.article_graph("never-stored"))
    assert store.graphs() == [str(iri.article_graph("b"))]
    assert not store.has_graph(iri.article_graph("a"))


def test_replace_subjects_replaces_what_is_said_about_them_and_keeps_the_rest(
    store: GraphStore,
) -> None:
    name, ex = URIRef("https://w3id.org/newskg/test-graph"), Namespace("urn:x:")
    first = Graph()
    for s, o in (("a", "1"), ("a", "2"), ("b", "3"), ("c", "4")):
        first.add((ex[s], RDFS.label, Literal(o)))
    store.replace_graph(name, first)
    second = Graph()
    second.add((ex.a, RDFS.label, Literal("5")))
    second.add((ex.d, RDFS.label, Literal("6")))
    assert store.replace_subjects(name, [ex.a, ex.b], second) == 2
    got = {(str(s), str(o)) for s, _, o in store.graph(name)}
    assert got == {("urn:x:a", "5"), ("urn:x:c", "4"), ("urn:x:d", "6")}
    store.replace_subjects(name, [ex.c], Graph())  # removing only
    assert len(store.graph(name)) == 2
    assert store.replace_subjects(name, [], Graph()) == 0  # nothing to do, no update


def test_links_and_cache_graphs_are_no_article_but_export_carries_the_links(
    store: GraphStore,
) -> None:
    a = put(store, extraction("a"))
    same = Graph()
    same.add((URIRef("urn:x:e"), OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q1")))
    store.replace_graph(LINKS_GRAPH, same)
    store.replace_graph(LINK_CACHE_GRAPH, same)
    assert store.graphs() == [str(iri.article_graph("a"))]
    assert store.exported_graphs() == [str(iri.article_graph("a")), str(LINKS_GRAPH)]
    assert store.exported_graphs(include_ontology=True)[-1] == str(ONTOLOGY_GRAPH)
    assert store.stats()["graphs"] == 1 and store.stats()["triples"] == len(a)
    assert {str(g.identifier) for g in store.dataset().graphs() if len(g)} == {
        str(iri.article_graph("a"))}
    buf = io.BytesIO()
    store.export(buf, "nquads")
    ds = Dataset().parse(data=buf.getvalue(), format="nquads")
    assert len(ds.graph(LINKS_GRAPH)) == 1 and len(ds.graph(LINK_CACHE_GRAPH)) == 0


def test_blank_nodes_survive_the_round_trip(store: GraphStore) -> None:
    g = Graph()
    g.parse(
        data='<https://x.example/a> <https://x.example/p> [ <https://x.example/q> "v" ] .',
        format="turtle",
    )
    store.replace_graph("https://x.example/g", g)
    assert_isomorphic(g, store.graph("https://x.example/g"))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(), lang=st.sampled_from([None, "en", "pt-BR"]))
def test_any_text_survives_the_store(store: GraphStore, text: str, lang: str | None) -> None:
    g = Graph()
    g.add((URIRef("https://x.example/s"), RDFS.label, Literal(text, lang=lang)))
    store.replace_graph("https://x.example/g", g)
    assert set(store.graph("https://x.example/g").objects()) == {Literal(text, lang=lang)}


# --- querying the union of graphs


def test_queries_see_the_union_of_all_article_graphs(store: GraphStore) -> None:
    put(store, extraction("a"))
    put(store, extraction("b"))
    union = store.select(
        "PREFIX nkg: <https://w3id.org/newskg/ontology#> "
        "SELECT ?e (COUNT(?a) AS ?n) WHERE { ?e nkg:mentionedIn ?a } GROUP BY ?e ORDER BY ?e"
    )
    assert union.columns == ("e", "n")
    assert union.rows == [
        (iri.entity_iri("Organization", "Dockers Union"), Literal(2)),
        (iri.entity_iri("Place", "Saltmarsh terminal"), Literal(2)),
    ]


LABELS = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
          "SELECT ?e (COUNT(?name) AS ?n) WHERE { ?e rdfs:label ?name } GROUP BY ?e ORDER BY ?e")


def _label_counts(store: GraphStore) -> dict[str, int]:
    return {str(e): int(n.toPython()) for e, n in store.select(LABELS).rows}


def test_the_default_graph_is_a_set_each_triple_once_however_many_articles(
    store: GraphStore,
) -> None:
    for name in "abc":  # three articles name the same union and terminal
        put(store, extraction(name))
    union = str(iri.entity_iri("Organization", "Dockers Union"))
    assert _label_counts(store)[union] == 1  # pyoxigraph's own union would say 3
    store.remove_graph(iri.article_graph("a"))
    put(store, extraction("b", stance="Deny"))  # replaced: its other triples stay
    assert _label_counts(store)[union] == 1
    store.remove_graph(iri.article_graph("b"))
    store.remove_graph(iri.article_graph("c"))
    assert union not in _label_counts(store)  # gone with the last article naming it
    put(store, extraction("d"))
    assert _label_counts(store)[union] == 1


def test_the_default_graph_is_the_merge_of_the_named_graphs_after_every_write(
    store: GraphStore,
) -> None:
    put(store, extraction("a"))
    put(store, extraction("b", stance="Deny"))
    store.replace_subjects(LINKS_GRAPH, [URIRef("https://x.example/e")],
                           _one("https://x.example/e", "linked"))
    store.remove_graph(iri.article_graph("a"))
    quads = list(store.store.quads_for_pattern(None, None, None, None))
    default = {q.triple for q in quads if isinstance(q.graph_name, ox.DefaultGraph)}
    named = {q.triple for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert default == named


def _one(subject: str, label: str) -> Graph:
    g = Graph()
    g.add((URIRef(subject), RDFS.label, Literal(label)))
    return g


def test_a_store_made_before_the_merge_is_read_as_a_union_then_merged_on_opening(
    tmp_path: Path, ontology: Path,
) -> None:
    with GraphStore.open(tmp_path / "data", ontology=ontology) as s:
        put(s, extraction("a"))
        put(s, extraction("b"))
        s.store.clear_graph(ox.DefaultGraph())  # as a store of an earlier version
    (tmp_path / "data" / "default-graph-merged").unlink()
    union = str(iri.entity_iri("Organization", "Dockers Union"))
    with GraphStore.open(tmp_path / "data", read_only=True) as old:
        assert not old.merged and _label_counts(old)[union] == 2  # the multiset union
    with GraphStore.open(tmp_path / "data", ontology=ontology) as s:
        assert s.merged and _label_counts(s)[union] == 1
    with GraphStore.open(tmp_path / "data", read_only=True) as s:
        assert s.merged and _label_counts(s)[union] == 1
        assert s.stats()["triples"] == 2 * len(extraction_graph(extraction("a")))


def test_select_binds_values_without_pasting_them(store: GraphStore) -> None:
    put(store, extraction())
    sparql = "SELECT ?e $name WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> $name }"
    hit = store.select(sparql, bindings={"name": Literal("Dockers Union")})
    assert hit == QueryResult(("e",), [(iri.entity_iri("Organization", "Dockers Union"),)])
    assert store.select(sparql, bindings={"name": Literal('x" } ; DROP ALL ; #')}).rows == []
    assert len(store.graphs()) == 1


def test_bindings_reach_subqueries_and_bound_without_being_selected(store: GraphStore) -> None:
    put(store, extraction())
    sparql = (
        "SELECT ?e WHERE { { SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> "
        "$name } } FILTER(BOUND($name)) }"
    )
    hit = store.select(sparql, bindings={"name": Literal("Dockers Union")})
    assert hit.rows == [(iri.entity_iri("Organization", "Dockers Union"),)]
    assert store.select(sparql, bindings={"name": Literal("Saltmarsh")}).rows == []


def test_a_binding_no_where_block_uses_is_a_clear_query_error(store: GraphStore) -> None:
    with pytest.raises(QueryError, match="no WHERE block of the query uses \\?x"):
        store.select("SELECT ?e WHERE { ?e ?p ?o }", bindings={"x": Literal("1")})


def test_subclass_queries_use_the_ontology_graph(store: GraphStore) -> None:
    put(store, extraction())
    assert store.ask(
        "PREFIX nkg: <https://w3id.org/newskg/ontology#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "ASK { ?s a nkg:Statement . ?s a/rdfs:subClassOf* nkg:Event }"
    )


def test_construct_returns_an_rdflib_graph(store: GraphStore) -> None:
    put(store, extraction())
    g = store.construct(
        "PREFIX nkg: <https://w3id.org/newskg/ontology#> "
        "CONSTRUCT { ?s nkg:cue ?c } WHERE { ?s nkg:cue ?c }"
    )
    assert set(g.objects(None, NKG.cue)) == {Literal("say")}


def test_bad_sparql_and_wrong_query_form_are_query_errors(store: GraphStore) -> None:
    with pytest.raises(QueryError, match="SPARQL syntax error"):
        store.select("SELECT WHERE {")
    with pytest.raises(QueryError, match="not an ASK query"):
        store.select("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match="needs an ASK"):
        store.ask("SELECT * WHERE { ?s ?p ?o }")


# --- stats, ontology, export


def test_stats_count_graphs_triples_and_contract_classes(store: GraphStore) -> None:
    a = put(store, extraction("a"))
    b = put(store, extraction("b"))
    shared = len(set(a) & set(b))
    assert store.stats() == {
        "graphs": 2,
        "triples": len(a) + len(b),
        "articles": 2,
        "persons": 0,
        "organizations": 2,  # the union and the publisher
        "places": 1,
        "statements": 2,
        "events": 2,  # statements are events too, but not counted here
    }
    assert shared > 0  # entities repeat across graphs, yet count once


def test_ontology_graph_is_loaded_once_and_kept_out_of_the_data(
    tmp_path: Path, ontology: Path
) -> None:
    with GraphStore.open(tmp_path / "d", ontology=ontology) as s:
        size = len(s.graph(ONTOLOGY_GRAPH))
        assert size == 6 and s.graphs() == [] and s.stats()["triples"] == 0
    with GraphStore.open(tmp_path / "d", ontology=ontology) as s:
        assert len(s.graph(ONTOLOGY_GRAPH)) == size
        assert len(s.dataset(include_ontology=True).graph(ONTOLOGY_GRAPH)) == size
        assert len(list(s.dataset().graphs())) <= 1  # only rdflib's empty default graph


def test_dataset_holds_every_article_graph(store: GraphStore) -> None:
    a = put(store, extraction("a"))
    b = put(store, extraction("b"))
    ds = store.dataset()
    assert_isomorphic(a, ds.graph(iri.article_graph("a")))
    assert_isomorphic(b, ds.graph(iri.article_graph("b")))


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")]
)
def test_export_with_graphs_parses_back(
    store: GraphStore, tmp_path: Path, fmt: str, rdflib_format: str
) -> None:
    a = put(store, extraction("a"))
    b = put(store, extraction("b"))
    out = tmp_path / f"out.{fmt}"
    store.export(out, fmt)  # type: ignore[arg-type]
    ds = Dataset()
    ds.parse(out, format=rdflib_format)
    assert_isomorphic(a, ds.graph(iri.article_graph("a")))
    assert_isomorphic(b, ds.graph(iri.article_graph("b")))
    assert len(ds.graph(ONTOLOGY_GRAPH)) == 0


def test_turtle_export_is_the_union_of_all_graphs(store: GraphStore) -> None:
    a = put(store, extraction("a"))
    b = put(store, extraction("b"))
    buf = io.BytesIO()
    store.export(buf, "turtle")
    union = Graph()
    for t in list(a) + list(b):
        union.add(t)
    assert_isomorphic(union, Graph().parse(data=buf.getvalue(), format="turtle"))


def test_a_whole_turtle_export_keeps_one_label_per_entity_and_conforms(
    tmp_path: Path,
) -> None:
    """Three articles name the union two ways: the export's label is the name two of
    them use, the other an altLabel, and the union of all graphs passes the shapes."""
    from kg.validate import validate

    with GraphStore.open(tmp_path / "data") as packaged:  # the real ontology and shapes
        for name in ("a", "b"):
            put(packaged, extraction(name))
        other = extraction("c")
        renamed = Entity("u", "Organization", "Dockers' Union", aliases=("Dockers Union",),
                         mentions=(Span(4, 17),))
        put(packaged, Extraction(other.article, (renamed, *other.entities[1:]), other.events,
                                 other.statements))
        buf = io.BytesIO()
        packaged.export(buf, "turtle")
    union = Graph().parse(data=buf.getvalue(), format="turtle")
    dockers = iri.entity_iri("Organization", "Dockers Union")
    assert set(union.objects(dockers, RDFS.label)) == {Literal("Dockers Union")}
    assert Literal("Dockers' Union") in set(union.objects(dockers, SKOS.altLabel))
    report = validate(union)
    assert report.conforms, report.text


def test_export_can_include_the_ontology(store: GraphStore) -> None:
    buf = io.BytesIO()
    store.export(buf, "nquads", include_ontology=True)
    ds = Dataset().parse(data=buf.getvalue(), format="nquads")
    assert (NKG.Statement, RDFS.subClassOf, NKG.Event) in ds.graph(ONTOLOGY_GRAPH)


def test_unknown_export_format_is_a_store_error(store: GraphStore) -> None:
    with pytest.raises(StoreError, match="choose one of nquads, trig, turtle, jsonld"):
        store.export(io.BytesIO(), "rdfxml")  # type: ignore[arg-type]


# --- opening, locking, sidecars


def test_opening_a_missing_store_without_create_says_to_build_first(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="run `kg build` first"):
        GraphStore.open(tmp_path / "nothing", create=False)
    with pytest.raises(StoreError, match="run `kg build` first"):
        GraphStore.open(tmp_path / "nothing", read_only=True)
    assert not (tmp_path / "nothing").exists()


def test_a_store_open_elsewhere_is_a_clear_store_error(store: GraphStore) -> None:
    with pytest.raises(StoreError, match="in use by another process"):
        GraphStore.open(store.root)


def test_a_store_locked_by_another_process_is_a_clear_store_error(store: GraphStore) -> None:
    code = (
        "import sys\nfrom kg.store import GraphStore\nfrom kg.errors import StoreError\n"
        f"try:\n    GraphStore.open({str(store.root)!r})\nexcept StoreError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "in use by another process" in out.stdout


def test_read_only_store_reads_but_refuses_writes(tmp_path: Path, ontology: Path) -> None:
    with GraphStore.open(tmp_path / "d", ontology=ontology) as s:
        put(s, extraction())
    with GraphStore.open(tmp_path / "d", read_only=True) as s:
        assert len(s.graphs()) == 1
        with pytest.raises(StoreError, match="read-only"):
            s.remove_graph(iri.article_graph("dock-1"))


def test_closed_store_is_a_store_error(tmp_path: Path, ontology: Path) -> None:
    s = GraphStore.open(tmp_path / "d", ontology=ontology)
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.graphs()
    with GraphStore.open(tmp_path / "d", ontology=ontology):  # the lock was released
        pass


def test_append_record_writes_one_json_line_each(store: GraphStore) -> None:
    append_record(
        store.rejected_path, {"source": "feed.jsonl", "position": "line 3", "reason": "malformed"}
    )
    append_record(
        store.rejected_path, {"source": "-", "reason": "empty text", "snippet": "ünïcode"}
    )
    lines = store.rejected_path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in lines] == [
        {"position": "line 3", "reason": "malformed", "source": "feed.jsonl"},
        {"reason": "empty text", "snippet": "ünïcode", "source": "-"},
    ]
    assert store.quarantine_path == store.root / "quarantine.jsonl"


def test_append_record_failure_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot append"):
        append_record(blocker / "sub" / "r.jsonl", {"a": 1})


def test_missing_ontology_file_only_warns(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with GraphStore.open(tmp_path / "d", ontology=tmp_path / "absent.ttl") as s:
        assert not s.has_graph(ONTOLOGY_GRAPH)
    assert "absent.ttl" in caplog.text


def test_the_default_ontology_is_the_packaged_file(tmp_path: Path) -> None:
    with GraphStore.open(tmp_path / "d") as s:
        assert s.has_graph(ONTOLOGY_GRAPH) == ontology_file().is_file()
        assert s.graphs() == []
