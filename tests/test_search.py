"""Search by words (``kg.search``, ``kg search``, ``kg reindex``): a full-text index kept
in step with the store by ``kg build``, retractions and fixes, BM25 ranking, phrases,
stems, case and accent folding, and no article the store lacks after a crash.

The articles are invented. A store is built once for the module with ``kg build``
(spaCy reads the articles); the tests that change a store copy it first.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from loader_files import write_jsonl
from sparql_servers import kg_server

from kg import iri
from kg.cli import main
from kg.endpoint.app import Limits
from kg.endpoint.server import ServeConfig
from kg.errors import QueryError, StoreError
from kg.pipeline import build
from kg.search import SEARCH_FILE, SearchIndex, fold, match_expression
from kg.store import GraphStore

ARTICLES = [
    {"id": "fjord-1", "published": "2024-05-15", "title": "Rebels claim control of Kvarn valley",
     "text": ("The Kvarn Liberation Front claimed control of the Kvarn valley on Monday. "
              "Defence minister Petra Lund denied that the valley had fallen.")},
    {"id": "fjord-2", "published": "2024-05-16", "title": "Airport in Vésterby reopens",
     "text": ("The airport of Vésterby reopened on Tuesday, the transport agency said. "
              "Spokesman Anders Moe said that flights to Kvarn would resume in June.")},
    {"id": "fjord-3", "published": "2024-05-17", "title": "Ferry strike ends",
     "text": ("Union leader Ida Berg said on Wednesday that the ferry strike had ended. "
              "The ferry company denied that it had agreed to higher wages.")},
]


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("search")
    corpus = write_jsonl(root / "corpus.jsonl", *ARTICLES)
    build([corpus], store=root / "store")
    return root / "store"


@pytest.fixture
def copy(built: Path, tmp_path: Path) -> Path:
    """A copy of the built store, for a test that changes it."""
    return Path(shutil.copytree(built, tmp_path / "store"))


def search(store: Path, *words: str) -> list[dict]:
    result = invoke("search", *words, "--format", "json", "--store", str(store))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def indexed(store: Path) -> list[tuple]:
    """Every row of the index (kind, node, article, label, date, text, sentence), sorted."""
    with sqlite3.connect(store / SEARCH_FILE) as db:
        return sorted(db.execute("SELECT e.kind, e.node, e.article, e.label, e.date, h.text, "
                                 "h.sentence FROM entry e JOIN hit h ON h.rowid = e.rowid"))


def documents(store: Path) -> dict[str, str]:
    with sqlite3.connect(store / SEARCH_FILE) as db:
        return dict(db.execute("SELECT id, hash FROM doc"))


def stored(store: Path) -> dict[str, str]:
    """Article id -> content hash of every article graph in the store."""
    with GraphStore.open(store, read_only=True) as gs:
        rows = gs.select("PREFIX nkg: <https://w3id.org/newskg/ontology#> "
                         "PREFIX schema: <https://schema.org/> SELECT ?id ?hash WHERE { "
                         "GRAPH ?g { ?a schema:identifier ?id ; nkg:contentHash ?hash } }").rows
    return {str(i): str(h) for i, h in rows}


def test_a_build_indexes_statements_events_titles_and_entities(built: Path) -> None:
    kinds = {row[0] for row in indexed(built)}
    assert kinds == {"statement", "event", "article", "entity"}
    assert documents(built) == stored(built)


def test_words_find_the_statement_with_its_sentence_marked(built: Path) -> None:
    hits = search(built, "claimed", "control", "--type", "statement")
    assert hits and hits[0]["article"] == "fjord-1"
    assert "«claimed» «control»" in hits[0]["sentence"]
    assert hits[0]["label"] == "Kvarn Liberation Front"


def test_stems_phrases_case_and_accents(built: Path) -> None:
    assert search(built, "CLAIMS", "--type", "statement")[0]["article"] == "fjord-1"  # a stem
    assert [h["article"] for h in search(built, '"Kvarn valley"', "--type", "article")] == [
        "fjord-1"]
    assert search(built, '"valley Kvarn"', "--type", "article") == []  # a phrase keeps order
    assert {h["article"] for h in search(built, "vesterby", "--type", "article")} == {"fjord-2"}
    found = search(built, "Vésterby", "--type", "article")
    assert found[0]["text"] == "Airport in «Vésterby» reopens"


def test_an_entity_is_one_hit_however_many_articles_name_it(built: Path) -> None:
    hits = search(built, "Kvarn", "--type", "entity")
    names = [h["label"] for h in hits]
    assert len(names) == len(set(h["node"] for h in hits))
    assert any(h["articles"] >= 1 for h in hits)


def test_hits_are_ranked_by_bm25_best_first(built: Path) -> None:
    hits = search(built, "ferry")
    scores = [h["score"] for h in hits]
    assert len(hits) >= 2 and scores == sorted(scores, reverse=True)


def test_no_hit_exits_1_and_no_word_is_a_clear_error(built: Path) -> None:
    result = invoke("search", "zeppelin", "--store", str(built))
    assert result.exit_code == 1 and result.stderr == "(no hits)\n"
    result = invoke("search", "()", "--store", str(built))
    assert result.exit_code == 2 and result.stderr.startswith("kg: nothing to search for in '()'")


@pytest.mark.parametrize("typed", ['a" OR b', "NEAR(x y)", "col:word", "-x", "*", "'"])
def test_any_input_is_words_never_an_fts_syntax_error(typed: str) -> None:
    try:
        expression = match_expression(typed)
    except QueryError:
        return
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(a)")
    db.execute("SELECT * FROM t WHERE t MATCH ?", (expression,)).fetchall()


def test_reindex_makes_the_same_index_again(copy: Path) -> None:
    before = indexed(copy)
    (copy / SEARCH_FILE).unlink()
    assert invoke("search", "ferry", "--store", str(copy)).stderr.startswith(
        "kg: no search index in")
    result = invoke("reindex", "--store", str(copy))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("search index made again from 3 article graphs")
    assert indexed(copy) == before


def test_an_index_made_beside_a_store_with_articles_asks_for_reindex(copy: Path) -> None:
    (copy / SEARCH_FILE).unlink()
    invoke("retract", "fjord-3", "--store", str(copy))  # a refresh makes a new index
    with pytest.raises(StoreError, match="incomplete"):
        SearchIndex(copy)
    assert invoke("reindex", "--store", str(copy)).exit_code == 0
    assert "fjord-1" in documents(copy)


def test_a_retracted_or_removed_article_leaves_the_index(copy: Path) -> None:
    assert search(copy, "ferry", "--type", "article")
    assert invoke("retract", "fjord-3", "--store", str(copy)).exit_code == 0
    assert search(copy, "ferry") == []
    assert invoke("remove", "fjord-2", "--store", str(copy)).exit_code == 0
    assert search(copy, "airport") == []
    assert {r[2] for r in indexed(copy)} == {"fjord-1"}


def test_a_changed_article_replaces_its_rows(copy: Path, tmp_path: Path) -> None:
    changed = dict(ARTICLES[2], text=ARTICLES[2]["text"].replace("ferry", "tram"),
                   title="Tram strike ends")
    build([write_jsonl(tmp_path / "changed.jsonl", changed)], store=copy)
    assert search(copy, "tram", "--type", "article")[0]["article"] == "fjord-3"
    assert search(copy, "ferry") == []
    assert documents(copy) == stored(copy)


def test_a_hit_whose_article_the_store_no_longer_holds_is_left_out(copy: Path) -> None:
    with GraphStore.open(copy) as gs:  # behind the index's back, as a crash would leave it
        gs.remove_graph(iri.article_graph("fjord-3"))
    result = invoke("search", "ferry", "--store", str(copy))
    assert result.exit_code == 1
    assert "hits left out: the store no longer holds their article" in result.stderr


@pytest.mark.slow
def test_a_build_killed_then_resumed_indexes_exactly_what_the_store_holds(
        tmp_path: Path) -> None:
    from test_build_crash import CORPUS_SIZE, KILL_AFTER, corpus_articles, run_until_stored

    records = corpus_articles()
    corpus = write_jsonl(tmp_path / "corpus.jsonl", *records)
    store = tmp_path / "store"
    command = [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store)]
    run_until_stored(command, KILL_AFTER)
    held = stored(store)
    assert KILL_AFTER <= len(held) < CORPUS_SIZE
    if (store / SEARCH_FILE).exists():  # never an article the store lacks, or an old one
        assert documents(store).items() <= held.items()
    rebuilt = subprocess.run([*command, "-q"], capture_output=True, text=True, timeout=600)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert documents(store) == stored(store) and len(documents(store)) == CORPUS_SIZE
    reference = tmp_path / "reference"
    build([corpus], store=reference)
    assert indexed(store) == indexed(reference)


def test_a_build_refreshing_article_by_article_through_one_connection_indexes_the_same(
        built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The derive step's index is held open for the whole build (its page cache and the
    ranked lists' bars last), and the index is noted pending through it before each
    chunk's writes: a refresh after every article gives the same index, settled."""
    from kg import derived

    opened, init = [], derived.Index.__init__

    def counted(self, root) -> None:
        opened.append(root)
        init(self, root)

    monkeypatch.setattr(derived, "CHUNK", 1)
    monkeypatch.setattr(derived.Index, "__init__", counted)
    build([write_jsonl(tmp_path / "corpus.jsonl", *ARTICLES)], store=tmp_path / "store")
    assert len(opened) == 2  # one to find the stale graphs, one for every refresh
    assert indexed(tmp_path / "store") == indexed(built)
    assert documents(tmp_path / "store") == stored(tmp_path / "store")
    with SearchIndex(tmp_path / "store") as index:
        assert index.in_step()


# ------------------------------------------------------------------ kg serve: /search


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


@pytest.fixture(scope="module")
def served(built: Path):
    with kg_server(ServeConfig(store=built, port=0, workers=1,
                               limits=Limits(max_rows=50))) as base:
        yield base


def test_serve_search_answers_what_kg_search_prints(built: Path, served: str) -> None:
    status, body = get(f"{served}/search?q=claimed+control&type=statement")
    assert status == 200, body
    answer = json.loads(body)
    assert answer["query"] == "claimed control" and answer["offset"] == 0
    assert answer["hits"] == search(built, "claimed", "control", "--type", "statement")
    status, body = get(f"{served}/search?q=%22Kvarn+valley%22&limit=1&offset=0")
    assert status == 200 and len(json.loads(body)["hits"]) == 1


@pytest.mark.parametrize(("path", "status", "reason"), [
    ("/search", 400, "give the words to search for"),
    ("/search?q=ferry&type=ship", 400, "unknown kind 'ship'"),
    ("/search?q=ferry&limit=51", 400, "limit must be 1 to 50"),
    ("/search?q=ferry&limit=10&offset=41", 400, "limit + offset at most 50"),
    ("/search?q=ferry&limit=ten", 400, "limit must be a whole number"),
    ("/search?q=ferry&q=tram", 400, "give q once"),
    ("/search?q=ferry&sort=date", 400, "not 'sort'"),
    ("/search?q=()", 400, "nothing to search for"),
])
def test_serve_search_refuses_what_is_out_of_bounds_in_one_line(served: str, path: str,
                                                                 status: int, reason: str) -> None:
    got, body = get(f"{served}{path}")
    assert got == status and reason in body and body.count("\n") == 1


def test_serve_search_is_read_only(served: str) -> None:
    request = urllib.request.Request(f"{served}/search?q=ferry", data=b"", method="POST")
    try:
        urllib.request.urlopen(request, timeout=30)
        raise AssertionError("POST /search was accepted")
    except urllib.error.HTTPError as exc:
        assert exc.code == 405


def test_serve_search_without_an_index_is_404(copy: Path) -> None:
    (copy / SEARCH_FILE).unlink()
    with kg_server(ServeConfig(store=copy, port=0, workers=1)) as base:
        status, body = get(f"{base}/search?q=ferry")
    assert status == 404 and "kg reindex" in body


# ------------------------------------------------------------------ named queries, index first


@pytest.fixture(scope="module")
def canonical(tmp_path_factory) -> Path:
    """The canonical question graph (tests/canonical_graph.py), its search index made."""
    from canonical_graph import build_store

    from kg.search import reindex

    root = build_store(tmp_path_factory.mktemp("canonical-search") / "data")
    with GraphStore.open(root) as gs:
        reindex(gs)
    return root


VALUES = ("Osterby", "osterby", "THE GUARD", "Northern Guard", "Farmers Union", "Dana Holm",
          "Lakeside Tribune", "Harbor Wire", "Nobody", "", 'x" } ; DROP ALL ; #',
          "fallen", "NEVER ENTERED", "the", "Os", "ferry", "had")


def test_named_queries_start_from_the_index_and_give_the_same_rows(canonical: Path) -> None:
    from kg.query import bind_params, indexed_text, list_queries, run_query

    used, worded = set(), set()
    with GraphStore.open(canonical, read_only=True) as gs:
        for q in list_queries():
            for value in VALUES:
                params = {p.name: value for p in q.params if p.type == "string"}
                if not params or any(p.required and not value for p in q.params):
                    continue
                bindings = bind_params(q, params)
                text = indexed_text(gs, q.text, bindings, q.name)
                if text != q.text:
                    used.add(q.name)
                if "VALUES ?statement { <" in text:
                    worded.add(q.name)
                plain = gs.select(q.text, bindings=bindings)
                assert run_query(gs, q.name, params) == plain, (q.name, value)
    assert used == {"claimed-control", "claims-about", "corroboration", "denials", "disputes",
                    "events-at", "first-report", "members", "said-on", "statements-by",
                    "timeline", "who-said-what"}
    assert worded == {"denials", "who-said-what"}


def test_an_index_behind_the_store_is_not_used_until_a_refresh(copy: Path) -> None:
    from kg import derived
    from kg.query import bind_params, get_query, indexed_text

    q = get_query("timeline")
    bindings = bind_params(q, {"entity": "Kvarn"})
    with GraphStore.open(copy, read_only=True) as gs:
        assert indexed_text(gs, q.text, bindings) != q.text
    with GraphStore.open(copy) as gs:  # a build writes, and is killed before its refresh
        derived.Tracking(gs).remove_graph(iri.article_graph("fjord-3"))
    with GraphStore.open(copy, read_only=True) as gs:
        assert indexed_text(gs, q.text, bindings) == q.text
    with GraphStore.open(copy) as gs:  # the next build's refresh catches up
        tracking = derived.Tracking(gs)
        tracking.remove_graph(iri.article_graph("fjord-2"))
        derived.refresh(tracking, tracking.touched | {str(iri.article_graph("fjord-3"))})
    with GraphStore.open(copy, read_only=True) as gs:
        assert indexed_text(gs, q.text, bindings) != q.text
    assert set(documents(copy)) == {"fjord-1"}


def test_fold_writes_the_letters_fts5_keeps_as_plain_ones() -> None:
    assert fold("Tromsø, Łódź, Straße, Æsir, Đorđe, Þingvellir, Øresund") == (
        "Tromso, Lódź, Strasse, Aesir, Dorde, Thingvellir, Oresund")
    assert match_expression("TROMSØ") == match_expression("tromso".upper())


def test_folded_letters_find_each_other_and_are_marked_as_written(tmp_path: Path) -> None:
    from rdflib import RDF, Graph, Literal, URIRef

    from kg.search import attach, update
    from kg.vocab import NKG, SCHEMA

    article, statement = iri.article_iri("nord-1"), URIRef("https://example.org/s1")
    g = Graph()
    g.add((article, RDF.type, NKG.Article))
    g.add((article, SCHEMA.identifier, Literal("nord-1")))
    g.add((article, SCHEMA.headline, Literal("Ferry to Tromsø resumes after Straße protest")))
    g.add((statement, RDF.type, NKG.Statement))
    g.add((statement, NKG.content, Literal("the Łódź office had closed")))
    db = sqlite3.connect(":memory:")
    attach(db, tmp_path)  # a fresh index beside no article: complete
    update(db, str(iri.article_graph("nord-1")), g)
    db.commit()
    db.close()
    with SearchIndex(tmp_path) as index:
        for words in ("tromso", "Tromsø", "TROMSØ"):
            [hit] = index.search(words).hits
            assert hit.text == "Ferry to «Tromsø» resumes after Straße protest", words
        assert index.search("strasse").hits[0].text == (
            "Ferry to Tromsø resumes after «Straße» protest")
        assert index.search('"Straße protest"').hits[0].text.endswith("«Straße protest»")
        [hit] = index.search("lodz").hits
        assert (hit.kind, hit.text) == ("statement", "the «Łódź» office had closed")
        assert index.containing("Łódź") == [str(statement)]  # CONTAINS reads as written
        assert index.containing("Lodz") == []


@pytest.mark.parametrize("command", [("retract", "fjord-3"), ("remove", "fjord-3")])
def test_a_crash_between_a_write_and_its_refresh_leaves_the_index_pending(
        copy: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, str]) -> None:
    from kg import derived

    def killed(*args, **kwargs):  # the process dies after the graph is written
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(derived, "refresh", killed)
        result = invoke(*command, "--store", str(copy))
    assert result.exit_code != 0
    with SearchIndex(copy) as index:
        assert not index.in_step()  # the named queries read the store alone
    assert "fjord-3" in documents(copy)  # the index still holds the article it lost
    assert invoke("recluster", "--store", str(copy)).exit_code == 0  # a refresh of all
    with SearchIndex(copy) as index:
        assert index.in_step()
        assert index.search("ferry").hits == []


@pytest.mark.parametrize("command", [("retract", "fjord-3"), ("remove", "fjord-3")])
def test_a_write_and_its_refresh_leave_the_index_in_step(copy: Path,
                                                         command: tuple[str, str]) -> None:
    assert invoke(*command, "--store", str(copy)).exit_code == 0
    with SearchIndex(copy) as index:
        assert index.in_step()
        assert index.search("ferry").hits == []


# ------------------------------------------------------------------ kg query --endpoint a kg serve


def plain_rows(result) -> list[tuple]:
    return [tuple(None if v is None else str(v) for v in row) for row in result.rows]


def test_a_kg_serve_answers_the_index_lookups_exactly(canonical: Path) -> None:
    with kg_server(ServeConfig(store=canonical, port=0, workers=1)) as base, \
            SearchIndex(canonical) as index:
        status, body = get(f"{base}/search?lookup=name&q=northern+guard")
        assert status == 200 and json.loads(body)["nodes"] == index.named("northern guard") != []
        status, body = get(f"{base}/search?lookup=contains&q=fallen")
        assert status == 200 and json.loads(body)["nodes"] == index.containing("fallen") != []
        for path, code, reason in (("lookup=near&q=x", 400, "lookup is name, contains or page"),
                                   ("lookup=contains&q=ab", 400, "3 characters")):
            status, body = get(f"{base}/search?{path}")
            assert status == code and reason in body, body


QUESTIONS = (("who-said-what", {"about": "fallen"}), ("denials", {"about": "Osterby"}),
             ("claims-about", {"entity": "Northern Guard"}), ("timeline", {"entity": "dana holm"}),
             ("statements-by", {"actor": "THE GUARD"}), ("who-said-what", {"about": "Nobody"}))


@pytest.mark.parametrize(("name", "params"), QUESTIONS)
def test_kg_query_through_a_kg_serve_starts_from_its_index_with_the_same_rows(
        canonical: Path, name: str, params: dict[str, str]) -> None:
    from kg.endpoint.remote import RemoteStore
    from kg.query import bind_params, get_query, indexed_text, run_page, run_query

    q = get_query(name)
    bindings = bind_params(q, params)
    with kg_server(ServeConfig(store=canonical, port=0, workers=1)) as base, \
            GraphStore.open(canonical, read_only=True) as gs:
        remote = RemoteStore(f"{base}/query")
        text = indexed_text(remote, q.text, bindings, name)
        assert text == indexed_text(gs, q.text, bindings, name) != q.text
        expected = plain_rows(gs.select(q.text, bindings=bindings))  # the SPARQL alone
        assert plain_rows(run_query(remote, name, params)) == expected
        assert plain_rows(run_query(gs, name, params)) == expected
        page = run_page(remote, name, params, limit=1, count=True)
        assert plain_rows(page.result) == expected[:1]
        assert (page.more, page.total) == (len(expected) > 1, len(expected))


def test_a_kg_serve_with_its_index_behind_or_none_gets_the_query_alone(copy: Path) -> None:
    from kg.endpoint.remote import RemoteStore
    from kg.query import bind_params, get_query, indexed_text
    from kg.search import mark_pending

    q = get_query("timeline")
    bindings = bind_params(q, {"entity": "Kvarn"})
    mark_pending(copy)  # a build is writing
    with kg_server(ServeConfig(store=copy, port=0, workers=1)) as base:
        status, body = get(f"{base}/search?lookup=name&q=kvarn")
        assert status == 409 and "behind the store" in body
        remote = RemoteStore(f"{base}/query")
        assert indexed_text(remote, q.text, bindings, "timeline") == q.text
        assert remote.lookups() is not None  # behind for now: asked again next time
    (copy / SEARCH_FILE).unlink()
    with kg_server(ServeConfig(store=copy, port=0, workers=1)) as base:
        remote = RemoteStore(f"{base}/query")
        assert indexed_text(remote, q.text, bindings, "timeline") == q.text
        assert remote.lookups() is None  # no index there: not asked again


def test_words_no_name_has_drop_the_name_branch_and_too_many_statements_the_index(
        canonical: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import query
    from kg.query import bind_params, get_query, indexed_text, run_query

    with GraphStore.open(canonical, read_only=True) as gs:
        for name in ("who-said-what", "denials"):
            q = get_query(name)
            bindings = bind_params(q, {"about": "fallen"})  # words of a content, no name
            plain = gs.select(q.text, bindings=bindings)
            text = indexed_text(gs, q.text, bindings, name)
            assert "VALUES ?statement { <" in text and "# names: begin" not in text
            assert run_query(gs, name, {"about": "fallen"}) == plain
            with monkeypatch.context() as patched:  # more statements than it starts from
                patched.setattr(query, "MOST_STATEMENTS", 0)
                text = indexed_text(gs, q.text, bindings, name)
                assert "VALUES ?statement" not in text and "# words: begin" not in text
                assert run_query(gs, name, {"about": "fallen"}) == plain


# ------------------------------------------------------------------ pages picked by the index


PAGED = (("claims-about", "entity"), ("statements-by", "actor"), ("first-report", "about"),
         ("claimed-control", "place"), ("members", "organization"))
#: first-report's event classes: none given, one, its superclass, one no event has.
TYPES = ("", "ControlEvent", "ConflictEvent", "Event", "Nothing")
NAMES = ("Osterby", "osterby", "THE GUARD", "Northern Guard", "Farmers Union", "Dana Holm",
         "Nobody")


def pages(store, name: str, params: dict[str, str], size: int) -> list[list[tuple]]:
    """Every page of ``size`` rows of the question, with (more, total) after each."""
    from kg.query import run_page

    out, offset = [], 0
    while True:
        page = run_page(store, name, params, limit=size, offset=offset, count=True)
        out.append([*plain_rows(page.result), (page.more, page.total)])
        if not page.more:
            return out
        offset += size


def test_the_index_picks_each_page_in_the_question_order_with_the_same_rows(
        canonical: Path) -> None:
    from kg.query import PAGED as FOLDER
    from kg.query import _page_from_index, bind_params, get_query, queries_dir

    with GraphStore.open(canonical, read_only=True) as gs:
        for name, param in PAGED:
            q = get_query(name)
            asked = [{param: v, **({"type": t} if name == "first-report" else {})}
                     for v in NAMES for t in (TYPES if name == "first-report" else ("",))]
            for params in asked:
                bindings = bind_params(q, params)
                plain = plain_rows(gs.select(q.text, bindings=bindings))  # the SPARQL alone
                for size in (1, 2, 100):
                    for offset in range(len(plain) + 1):
                        page = _page_from_index(gs, q, bindings, queries_dir(), limit=size,
                                                offset=offset, count=True)
                        assert page is not None, (name, params)  # from the index
                        assert plain_rows(page.result) == plain[offset:offset + size]
                        assert (page.more, page.total) == (len(plain) > offset + size,
                                                           len(plain))
            assert name == "members" or (queries_dir() / FOLDER / f"{name}.rq").is_file()


#: denials' parameters: names, words of a content (one no name has), none.
DENIALS = [{"about": a, "speaker": s} for a in ("", "Osterby", "osterby", "fallen", "claims",
                                              "Northern Guard", "Nobody")
           for s in ("", "THE GUARD", "Dana Holm", "Nobody")]


def test_the_index_picks_each_page_of_denials_by_about_and_speaker(canonical: Path) -> None:
    from kg.query import _page_from_index, bind_params, get_query, queries_dir

    q = get_query("denials")
    seen = 0
    with GraphStore.open(canonical, read_only=True) as gs:
        for params in DENIALS:
            bindings = bind_params(q, params)
            plain = plain_rows(gs.select(q.text, bindings=bindings))  # the SPARQL alone
            seen += len(plain)
            for size in (1, 100):
                for offset in range(len(plain) + 1):
                    page = _page_from_index(gs, q, bindings, queries_dir(), limit=size,
                                            offset=offset, count=True)
                    assert page is not None, params  # from the index
                    assert plain_rows(page.result) == plain[offset:offset + size], params
                    assert (page.more, page.total) == (len(plain) > offset + size, len(plain))
        short = bind_params(q, {"about": "ab"})  # too short for the index's words
        assert _page_from_index(gs, q, short, queries_dir(), limit=5, offset=0,
                                count=False) is None
    assert seen > 5


#: who-said-what's ``about``: names, words of a content, both, neither.
SAID_ABOUT = ("Osterby", "osterby", "THE GUARD", "Northern Guard", "Dana Holm", "fallen",
              "the claims", "Nobody")


def test_the_index_gives_the_rows_of_who_said_what_as_sparql_does(canonical: Path) -> None:
    from kg.query import _page_from_index, bind_params, get_query, queries_dir

    q = get_query("who-said-what")
    seen = 0
    with GraphStore.open(canonical, read_only=True) as gs:
        for about in SAID_ABOUT:
            bindings = bind_params(q, {"about": about})
            plain = gs.select(q.text, bindings=bindings)  # the SPARQL alone
            seen += len(plain.rows)
            for size in (1, 2, 100):
                for offset in range(len(plain.rows) + 1):
                    page = _page_from_index(gs, q, bindings, queries_dir(), limit=size,
                                            offset=offset, count=True)
                    assert page is not None, about  # from the index
                    assert page.result.columns == plain.columns
                    assert page.result.rows == plain.rows[offset:offset + size], about
                    assert [[type(v), getattr(v, "datatype", None)] for r in page.result.rows
                            for v in r] == [[type(v), getattr(v, "datatype", None)]
                                            for r in plain.rows[offset:offset + size] for v in r]
                    assert (page.more, page.total) == (len(plain.rows) > offset + size,
                                                       len(plain.rows))
        short = bind_params(q, {"about": "ab"})  # too short for the index's words
        assert _page_from_index(gs, q, short, queries_dir(), limit=5, offset=0,
                                count=False) is None
    assert seen > 5


def test_the_index_counts_corroboration_as_sparql_does(canonical: Path,
                                                       tmp_path: Path) -> None:
    from rdflib import Graph, Literal

    from kg.query import _page_from_index, bind_params, get_query, queries_dir
    from kg.store import COPIES_GRAPH
    from kg.vocab import NKG

    q = get_query("corroboration")
    copy = Path(shutil.copytree(canonical, tmp_path / "data"))
    with GraphStore.open(copy) as gs:  # one article credits a wire: its outlet is that
        a = iri.article_iri("reed-2")
        gs.replace_subjects(COPIES_GRAPH, [a], Graph().add((a, NKG.sourceName,
                                                            Literal("Harbor Wire"))))
    seen = 0
    for root in (canonical, copy):
        with GraphStore.open(root, read_only=True) as gs:
            for about in ("Osterby", "osterby", "Northern Guard", "Dana Holm", "Nobody"):
                for kind in TYPES:
                    params = {"about": about, "type": kind}
                    bindings = bind_params(q, params)
                    plain = gs.select(q.text, bindings=bindings)  # the SPARQL alone
                    seen += len(plain.rows)
                    for size, offset in ((1, 0), (1, 1), (2, 1), (100, 0)):
                        page = _page_from_index(gs, q, bindings, queries_dir(), limit=size,
                                                offset=offset, count=True)
                        assert page is not None, params  # from the index
                        assert page.result.columns == plain.columns
                        assert page.result.rows == plain.rows[offset:offset + size], params
                        assert (page.more, page.total) == (len(plain.rows) > offset + size,
                                                           len(plain.rows))
    assert seen > 5


def test_an_index_of_the_earlier_layout_is_made_again_with_the_same_pages(
        canonical: Path, tmp_path: Path) -> None:
    from kg.query import _page_from_index, bind_params, get_query, queries_dir, run_page
    from kg.search import FORMAT, attach

    asked = [("claimed-control", {"place": "Osterby"}), ("denials", {"about": "Osterby"}),
             ("claims-about", {"entity": "Northern Guard"})]
    copy = Path(shutil.copytree(canonical, tmp_path / "data"))
    with GraphStore.open(copy, read_only=True) as gs:
        before = [plain_rows(run_page(gs, n, p, count=True).result) for n, p in asked]
    assert any(before)
    with sqlite3.connect(copy / SEARCH_FILE) as db:  # as FORMAT 3 left it
        db.executescript("DROP TABLE involves; DROP TABLE item; CREATE TABLE item (rowid "
                         "INTEGER PRIMARY KEY, graph TEXT NOT NULL, node TEXT NOT NULL, kind "
                         "TEXT NOT NULL, date TEXT, speaker TEXT, content TEXT, article TEXT, "
                         "published TEXT, classes TEXT, derived INTEGER NOT NULL); CREATE "
                         "TABLE involves (entity TEXT NOT NULL, role TEXT NOT NULL, item "
                         "INTEGER NOT NULL, PRIMARY KEY (entity, role, item)) WITHOUT ROWID;"
                         "UPDATE meta SET value = '3' WHERE key = 'format';")
    with pytest.raises(StoreError, match=r"earlier layout \(format 3; this version reads "
                       rf"{FORMAT}\): run `kg reindex --store "):
        SearchIndex(copy)
    with GraphStore.open(copy, read_only=True) as gs:  # the SPARQL alone, the same rows
        for (name, params), rows in zip(asked, before, strict=True):
            q = get_query(name)
            assert _page_from_index(gs, q, bind_params(q, params), queries_dir(), limit=100,
                                    offset=0, count=False) is None
            assert plain_rows(run_page(gs, name, params, count=True).result) == rows
    db = sqlite3.connect(":memory:")  # a build's refresh opens it: upgraded, incomplete
    attach(db, copy)
    assert "deny" in {row[1] for row in db.execute("PRAGMA search.table_info(item)")}
    db.close()
    with pytest.raises(StoreError, match="incomplete"):
        SearchIndex(copy)
    assert invoke("reindex", "--store", str(copy)).exit_code == 0
    with GraphStore.open(copy, read_only=True) as gs:
        for (name, params), rows in zip(asked, before, strict=True):
            q = get_query(name)
            page = _page_from_index(gs, q, bind_params(q, params), queries_dir(), limit=100,
                                    offset=0, count=True)
            assert page is not None and plain_rows(page.result) == rows


def test_pages_are_the_same_on_every_store(canonical: Path) -> None:
    from sparql_servers import oxigraph_server

    from kg.endpoint.remote import RemoteStore, push

    with GraphStore.open(canonical, read_only=True) as gs, \
            kg_server(ServeConfig(store=canonical, port=0, workers=1)) as served, \
            oxigraph_server(canonical.parent / "oxigraph-paged", union_default_graph=True) as ox:
        oxigraph = RemoteStore(f"{ox}/query", update_endpoint=f"{ox}/update")
        push(gs, oxigraph)
        for name, param in PAGED:
            for value in NAMES[::2]:
                params = {param: value, **({"type": "ControlEvent"} if name == "first-report"
                                           else {})}
                expected = pages(gs, name, params, 2)  # embedded, from the index
                assert pages(RemoteStore(f"{served}/query"), name, params, 2) == expected
                assert pages(oxigraph, name, params, 2) == expected
        for about in ("Osterby", "Northern Guard"):
            params = {"about": about, "type": "ControlEvent"}
            expected = pages(gs, "corroboration", params, 2)
            for other in (RemoteStore(f"{served}/query"), oxigraph):
                assert pages(other, "corroboration", params, 2) == expected
        for about in SAID_ABOUT[::2]:
            expected = pages(gs, "who-said-what", {"about": about}, 2)
            for other in (RemoteStore(f"{served}/query"), oxigraph):
                assert pages(other, "who-said-what", {"about": about}, 2) == expected
        for params in DENIALS[::3]:
            expected = pages(gs, "denials", params, 2)
            assert pages(RemoteStore(f"{served}/query"), "denials", params, 2) == expected
            assert pages(oxigraph, "denials", params, 2) == expected


def item_rows(store: Path) -> list[tuple]:
    with sqlite3.connect(store / SEARCH_FILE) as db:
        return sorted(db.execute("SELECT graph, node, kind, date, speaker, content, article, "
                                 "published, classes, derived, role, entity FROM involves "
                                 "JOIN item ON item.rowid = involves.item"))


def test_the_items_follow_the_articles_and_reindex_makes_them_again(copy: Path) -> None:
    graph = str(iri.article_graph("fjord-3"))
    before = item_rows(copy)
    assert {r[0] for r in before} >= {graph}
    assert {r[11] for r in before if r[0] == graph}  # entities of its statements and events
    (copy / SEARCH_FILE).unlink()
    assert invoke("reindex", "--store", str(copy)).exit_code == 0
    assert item_rows(copy) == before
    assert invoke("remove", "fjord-3", "--store", str(copy)).exit_code == 0
    assert item_rows(copy) == [r for r in before if r[0] != graph]
    with sqlite3.connect(copy / SEARCH_FILE) as db:  # no entity left pointing at nothing
        assert db.execute("SELECT count(*) FROM involves").fetchone()[0] == len(item_rows(copy))


def kept_rows(store: Path) -> dict[str, list[tuple]]:
    """The index's tables kept for members and the ordered pages (FORMAT 5)."""
    with sqlite3.connect(store / SEARCH_FILE) as db:
        return {t: sorted(db.execute(f"SELECT * FROM {t}")) for t in ("member", "spoke",
                                                                        "ordered")}


def test_the_ordered_keys_and_memberships_a_build_keeps_are_those_reindex_makes(
        copy: Path) -> None:
    kept = kept_rows(copy)  # written article by article by the build (no membership here:
    assert kept["ordered"]  # the canonical store's pages of members test those)
    assert {r[0] for r in kept["ordered"]} == {"claims-about", "statements-by"}
    (copy / SEARCH_FILE).unlink()
    assert invoke("reindex", "--store", str(copy)).exit_code == 0
    assert kept_rows(copy) == kept
    graph = str(iri.article_graph("fjord-3"))
    assert invoke("remove", "fjord-3", "--store", str(copy)).exit_code == 0
    gone = kept_rows(copy)  # the article's rows out, the keys of its items made again
    assert gone != kept and not [r for r in gone["member"] + gone["spoke"] if graph in r]
    (copy / SEARCH_FILE).unlink()
    assert invoke("reindex", "--store", str(copy)).exit_code == 0
    assert kept_rows(copy) == gone


def test_an_index_of_format_4_is_brought_to_5_with_the_rows_reindex_makes(
        canonical: Path, tmp_path: Path) -> None:
    from kg.search import FORMAT, upgrade

    copy = tmp_path / "canonical"
    shutil.copytree(canonical, copy)
    kept = kept_rows(copy)
    assert all(kept.values())  # memberships, statements on behalf, ordered keys
    with sqlite3.connect(copy / SEARCH_FILE) as db:  # as format 4 left it
        db.executescript("DELETE FROM member; DELETE FROM spoke; DELETE FROM ordered; "
                         "UPDATE meta SET value = '4' WHERE key = 'format';")
    with pytest.raises(StoreError, match="earlier layout"):
        SearchIndex(copy)
    with GraphStore.open(copy) as gs:
        assert upgrade(gs)
        assert not upgrade(gs)  # format 5 already: nothing to do
    assert kept_rows(copy) == kept
    with SearchIndex(copy) as index, sqlite3.connect(copy / SEARCH_FILE) as db:
        assert index.in_step()
        assert db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()[0] == FORMAT


def test_kg_reindex_brings_a_format_4_index_forward_and_full_makes_it_again(
        canonical: Path, tmp_path: Path) -> None:
    copy = tmp_path / "canonical"
    shutil.copytree(canonical, copy)
    kept = kept_rows(copy)
    with sqlite3.connect(copy / SEARCH_FILE) as db:  # as format 4 left it
        db.executescript("DELETE FROM member; DELETE FROM spoke; DELETE FROM ordered; "
                         "UPDATE meta SET value = '4' WHERE key = 'format';")
    result = invoke("reindex", "--store", str(copy))
    assert result.exit_code == 0, result.output
    assert "brought from format 4 to 5 in place" in result.output
    assert kept_rows(copy) == kept
    result = invoke("reindex", "--store", str(copy), "--full")
    assert result.exit_code == 0, result.output
    assert "made again from" in result.output
    assert kept_rows(copy) == kept


def test_a_pending_index_leaves_the_pages_to_the_sparql_alone(
        copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import derived
    from kg.query import _page_from_index, bind_params, get_query, queries_dir, run_page

    q = get_query("statements-by")
    bindings = bind_params(q, {"actor": "Ida Berg"})
    with GraphStore.open(copy, read_only=True) as gs:
        page = _page_from_index(gs, q, bindings, queries_dir(), limit=5, offset=0,
                                count=False)
        assert page is not None and page.result.rows  # her statement, from the index
    with monkeypatch.context() as patched:  # killed between the write and its refresh
        patched.setattr(derived, "refresh", lambda *a, **k: (_ for _ in ()).throw(
            KeyboardInterrupt))
        assert invoke("remove", "fjord-3", "--store", str(copy)).exit_code != 0
    with GraphStore.open(copy, read_only=True) as gs:
        assert _page_from_index(gs, q, bindings, queries_dir(), limit=5, offset=0,
                                count=False) is None
        assert run_page(gs, "statements-by", {"actor": "Ida Berg"}).result.rows == []


def test_the_entity_page_lists_are_picked_by_the_index_with_the_same_rows(
        canonical: Path) -> None:
    from kg.explorer.pages import SPARQL
    from kg.query import _page_from_index, bind_params, get_query

    with GraphStore.open(canonical, read_only=True) as gs:
        entities = [str(n) for (n,) in gs.select(
            "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT DISTINCT ?e WHERE { "
            "?x nkg:speaker|nkg:onBehalfOf|nkg:via|nkg:agent|nkg:participant|nkg:place ?e "
            "FILTER(isIRI(?e)) } ORDER BY ?e").rows]
        assert len(entities) > 5
        seen = 0
        for name in ("entity-items", "entity-dates"):
            q = get_query(name, SPARQL)
            for node in entities:
                bindings = bind_params(q, {"entity": node})
                plain = plain_rows(gs.select(q.text, bindings=bindings))  # the SPARQL alone
                seen += len(plain)
                for size in (1, 3, 50):
                    for offset in range(0, len(plain) + 1, size):
                        page = _page_from_index(gs, q, bindings, SPARQL, limit=size,
                                                offset=offset, count=True)
                        assert page is not None
                        assert plain_rows(page.result) == plain[offset:offset + size], (
                            name, node, size, offset)
                        if name == "entity-dates":  # rows from the index: the same terms
                            assert page.result.rows == gs.select(
                                q.text, bindings=bindings).rows[offset:offset + size]
                        assert (page.more, page.total) == (len(plain) > offset + size,
                                                           len(plain))
        assert seen > 20


def test_pages_of_a_built_store_from_the_index_are_the_sparql_alone_rows(built: Path) -> None:
    from kg.query import _page_from_index, bind_params, get_query, queries_dir

    names = ("Kvarn", "the Kvarn valley", "Petra Lund", "Ida Berg", "Anders Moe", "Vésterby",
             "The Kvarn Liberation Front")
    seen = 0
    with GraphStore.open(built, read_only=True) as gs:
        for name, param in PAGED:
            q = get_query(name)
            for value in names:
                for kind in (TYPES if name == "first-report" else ("",)):
                    params = {param: value, **({"type": kind} if name == "first-report"
                                               else {})}
                    bindings = bind_params(q, params)
                    plain = plain_rows(gs.select(q.text, bindings=bindings))
                    seen += len(plain)
                    page = _page_from_index(gs, q, bindings, queries_dir(), limit=100,
                                            offset=0, count=True)
                    assert page is not None and plain_rows(page.result) == plain, params
                    assert page.total == len(plain)
    assert seen > 3


def test_a_kg_serve_pages_a_question_from_its_index_for_kg_query(canonical: Path) -> None:
    from kg.endpoint.remote import RemoteStore
    from kg.query import _page_from_index, bind_params, get_query, queries_dir

    q = get_query("claims-about")
    bindings = bind_params(q, {"entity": "Northern Guard"})
    with kg_server(ServeConfig(store=canonical, port=0, workers=1)) as base, \
            GraphStore.open(canonical, read_only=True) as gs, SearchIndex(canonical) as index:
        status, body = get(f"{base}/search?lookup=page&question=claims-about&q=northern+guard"
                           "&offset=1&limit=2&count=1")
        assert status == 200
        picked = index.page("claims-about", "northern guard", by_name=True, offset=1, limit=2,
                            count=True)
        assert json.loads(body)["items"] == picked.items != []
        assert json.loads(body)["total"] == picked.total == 3
        remote = RemoteStore(f"{base}/query")
        page = _page_from_index(remote, q, bindings, queries_dir(), limit=2, offset=1,
                                count=True)
        assert page is not None  # from the server's index
        assert plain_rows(page.result) == plain_rows(gs.select(q.text, bindings=bindings))[1:3]
        for path, reason in (("question=timeline", "no page of 'timeline'"),
                             ("question=claims-about&by=word", "by is name or iri"),
                             ("question=claims-about&limit=0", "limit must be 1")):
            status, body = get(f"{base}/search?lookup=page&q=x&{path}")
            assert status == 400 and reason in body, body
