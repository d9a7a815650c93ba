"""``kg build`` over inputs it has seen: duplicates ingested once, unchanged articles
skipped, changed ones replaced, and every input accounted for.

The corpora are short invented articles; every build runs the real pipeline (spaCy,
mapping, SHACL, store).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner
from loader_files import FERRY, GERMAN, QUOTAS, page, rss, write_jsonl
from rdflib import XSD, Literal

import kg.extract
import kg.pipeline
from kg import iri
from kg.cli import main
from kg.pipeline import LEDGER_STATEMENTS, BuildSummary, Ledger, build, content_hash
from kg.records import Article
from kg.store import GraphStore, append_record
from kg.vocab import NKG, SCHEMA

STORM = (
    "Storms closed the harbour of Port Elin on Thursday, the coast guard said. "
    "Three fishing boats were towed back to the quay before the gale reached the island."
)
FERRY_LATER = FERRY.replace("next week", "on Friday")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def stored_ids(store: Path) -> list[str]:
    with GraphStore.open(store, read_only=True) as gs:
        rows = gs.select("PREFIX nkg: <https://w3id.org/newskg/ontology#> "
                         "PREFIX schema: <https://schema.org/> "
                         "SELECT ?id WHERE { ?a a nkg:Article ; schema:identifier ?id }").rows
    return sorted(str(r[0]) for r in rows)


def article_graph(store: Path, article_id: str):
    with GraphStore.open(store, read_only=True) as gs:
        return gs.graph(iri.article_graph(article_id))


def assert_accounted(s: BuildSummary) -> None:
    assert s.seen == s.stored + s.unchanged + s.duplicates + s.quarantined + s.failed + s.rejected
    assert s.read == s.seen - s.rejected


# --- content hash


def test_content_hash_ignores_whitespace_for_the_text_part_only() -> None:
    a = Article(id="a", text=FERRY)
    spaced = Article(id="b", text="  " + FERRY.replace(". ", ".\n\n") + "\n")
    dated = Article(id="a", text=FERRY, published="2024-03-11")
    text_a, version_a = content_hash(a).split("-")
    text_b, version_b = content_hash(spaced).split("-")
    assert text_a == text_b and version_a != version_b
    assert content_hash(dated).split("-")[0] == text_a and content_hash(dated) != content_hash(a)
    assert content_hash(Article(id="other-id", text=FERRY)) == content_hash(a)


# --- duplicates in one build


def test_the_same_article_twice_in_one_build_is_stored_once(tmp_path: Path) -> None:
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        {"id": "ferry", "text": FERRY, "url": "https://herald.example/ferry"},
        {"id": "ferry", "text": FERRY, "url": "https://herald.example/ferry"},  # same id
        {"id": "ferry-copy", "text": FERRY, "url": "https://herald.example/ferry"},  # same URL
        {"id": "ferry-respaced", "text": FERRY.replace(" ", "  ")},  # same normalised text
        {"id": "quotas", "text": QUOTAS},
    )
    store = tmp_path / "store"
    s = build([corpus], store=store)
    assert (s.read, s.stored, s.duplicates, s.rejected) == (5, 2, 3, 0)
    assert_accounted(s)
    assert stored_ids(store) == ["ferry", "quotas"]
    records = read_jsonl(store / "rejected.jsonl")
    assert [(r["article"], r["source"], r["reason"].split(":")[0]) for r in records] == [
        ("ferry", f"{corpus}:2", "duplicate"),
        ("ferry-copy", f"{corpus}:3", "duplicate"),
        ("ferry-respaced", f"{corpus}:4", "duplicate"),
    ]
    assert [r["reason"] for r in records[1:]] == [
        "duplicate: same URL as article 'ferry'", "duplicate: same text as article 'ferry'"]
    assert records[0]["snippet"] == FERRY[:200]


def test_one_id_for_two_texts_in_one_build_is_rejected(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", {"id": "n-1", "text": FERRY},
                         {"id": "n-1", "text": QUOTAS})
    store = tmp_path / "store"
    s = build([corpus], store=store)
    assert (s.read, s.stored, s.rejected, s.duplicates) == (1, 1, 1, 0)
    assert_accounted(s)
    [record] = read_jsonl(store / "rejected.jsonl")
    assert record["reason"].startswith("id 'n-1' already used by another text in this build")
    assert record["source"] == f"{corpus}:2"


# --- across builds


def test_second_build_of_a_folder_reads_only_new_and_changed_articles(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (folder / "quotas.txt").write_text(QUOTAS, encoding="utf-8")
    store = tmp_path / "store"
    first = build([folder], store=store)
    assert (first.stored, first.unchanged) == (2, 0)
    ferry_graph = article_graph(store, "ferry")

    (folder / "quotas.txt").write_text(QUOTAS.replace("Tuesday", "Wednesday"), "utf-8")
    (folder / "storm.txt").write_text(STORM, encoding="utf-8")
    second = build([folder], store=store)
    assert (second.read, second.stored, second.unchanged, second.duplicates) == (3, 2, 1, 0)
    assert_accounted(second)
    assert stored_ids(store) == ["ferry", "quotas", "storm"]
    assert set(article_graph(store, "ferry")) == set(ferry_graph)  # not touched
    quotas = article_graph(store, "quotas")
    lengths = set(quotas.objects(iri.article_iri("quotas"), NKG.textLength))
    assert lengths == {Literal(len(QUOTAS) + 2)}  # the new text's, and only it: "Wednesday"

    third = build([folder], store=store)
    assert (third.read, third.stored, third.unchanged) == (3, 0, 3)


def test_changed_metadata_is_a_change(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build([write_jsonl(tmp_path / "a.jsonl", {"id": "f", "text": FERRY,
                                              "published": "2024-03-11"})], store=store)
    s = build([write_jsonl(tmp_path / "b.jsonl", {"id": "f", "text": FERRY,
                                                  "published": "2024-03-12"})], store=store)
    assert (s.stored, s.unchanged) == (1, 0)
    published = set(article_graph(store, "f").objects(iri.article_iri("f"), SCHEMA.datePublished))
    assert published == {Literal("2024-03-12", datatype=XSD.date)}


def test_a_copy_of_a_stored_article_under_another_name_is_a_duplicate(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build([write_jsonl(tmp_path / "a.jsonl", {"id": "ferry", "text": FERRY,
                                              "url": "https://herald.example/ferry"})],
          store=store)
    (tmp_path / "saved.html").write_text(page([STORM], canonical="https://herald.example/ferry"),
                                         encoding="utf-8")
    (tmp_path / "copy.txt").write_text("\n" + FERRY + "\n", encoding="utf-8")
    s = build([tmp_path / "saved.html", tmp_path / "copy.txt"], store=store)
    assert (s.read, s.stored, s.duplicates) == (2, 0, 2)
    assert stored_ids(store) == ["ferry"]
    reasons = [r["reason"] for r in read_jsonl(store / "rejected.jsonl")]
    assert reasons == ["duplicate: same URL as article 'ferry'",
                       "duplicate: same text as article 'ferry'"]


def test_force_reads_unchanged_articles_again(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", {"id": "f", "text": FERRY})
    store = tmp_path / "store"
    build([corpus], store=store)
    s = build([corpus], store=store, force=True)
    assert (s.stored, s.unchanged) == (1, 0)


def test_ledger_loads_every_stored_article(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", {"id": "f", "text": FERRY},
                         {"id": "q", "text": QUOTAS, "url": "https://post.example/q"})
    store = tmp_path / "store"
    build([corpus], store=store)
    with GraphStore.open(store) as gs:
        ledger = Ledger.from_store(gs)
    assert len(ledger) == 2
    assert ledger.hash_of("f") == content_hash(Article(id="f", text=FERRY))
    other = Article(id="q2", text=STORM, url="https://post.example/q")
    assert ledger.verdict(other, content_hash(other)) == (
        "duplicate", "duplicate: same URL as article 'q'")


# --- what the graph holds


def test_article_graph_carries_its_bookkeeping(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", {"id": "f", "text": FERRY})
    store = tmp_path / "store"
    build([corpus], store=store)
    g = article_graph(store, "f")
    node = iri.article_iri("f")
    assert set(g.objects(node, NKG.contentHash)) == {
        Literal(content_hash(Article(id="f", text=FERRY)))}
    [stamp] = g.objects(node, NKG.ingestedAt)
    assert stamp.datatype == XSD.dateTime
    assert stamp.toPython().utcoffset() == dt.timedelta(0)
    assert dt.datetime.now(dt.UTC) - stamp.toPython() < dt.timedelta(minutes=5)
    assert not set(g.objects(node, SCHEMA.abstract))
    assert set(g.objects(node, SCHEMA.articleBody)) == {Literal(FERRY)}  # the explorer's text


def test_article_read_from_a_feed_summary_is_marked_in_the_graph(tmp_path: Path) -> None:
    feed = tmp_path / "herald.rss"
    feed.write_text(rss([{"guid": "full", "description": "Teaser.", "content": f"<p>{FERRY}</p>"},
                         {"guid": "teaser", "description": QUOTAS}]), encoding="utf-8")
    store = tmp_path / "store"
    s = build([feed], store=store)
    assert s.stored == 2
    teaser, full = article_graph(store, "teaser"), article_graph(store, "full")
    assert set(teaser.objects(iri.article_iri("teaser"), SCHEMA.abstract)) == {Literal(QUOTAS)}
    assert set(teaser.objects(iri.article_iri("teaser"), NKG.summaryOnly)) == {Literal(True)}
    assert not set(teaser.objects(iri.article_iri("teaser"), SCHEMA.articleBody))
    assert len(set(full.objects(iri.article_iri("full"), SCHEMA.articleBody))) == 1
    assert not set(full.objects(iri.article_iri("full"), SCHEMA.abstract))
    assert not set(full.objects(iri.article_iri("full"), NKG.summaryOnly))


def test_every_input_is_accounted_for(tmp_path: Path, monkeypatch) -> None:
    real = kg.extract.extract

    def fragile(doc, *, article):
        if article.id == "breaks":
            raise ValueError("invented failure")
        return real(doc, article=article)

    monkeypatch.setattr(kg.extract, "extract", fragile)
    store = tmp_path / "store"
    build([write_jsonl(tmp_path / "old.jsonl", {"id": "old", "text": STORM})], store=store)
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        {"id": "old", "text": STORM},  # unchanged
        {"id": "f", "text": FERRY},  # stored
        "{not json",  # rejected by the loader
        {"id": "de", "text": GERMAN},  # rejected: not English
        {"id": "f2", "text": FERRY},  # duplicate
        {"id": "breaks", "text": QUOTAS},  # failed
    )
    s = build([corpus], store=store)
    assert (s.seen, s.stored, s.unchanged, s.duplicates, s.failed, s.rejected) == (6, 1, 1, 1, 1, 2)
    assert_accounted(s)
    reasons = [r["reason"] for r in read_jsonl(store / "rejected.jsonl")]
    assert len(reasons) == 4  # every skip but the unchanged article is on record
    assert reasons[1].startswith("text is in language 'de'")


def test_append_record_closes_a_line_a_killed_build_left_open(tmp_path: Path) -> None:
    path = tmp_path / "rejected.jsonl"
    path.write_text('{"reason": "first"}\n{"reason": "torn', encoding="utf-8")
    append_record(path, {"reason": "next"})
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"reason": "first"}' and json.loads(lines[2]) == {"reason": "next"}


# --- the command


def test_cli_build_says_what_it_skipped_and_strict_fails_on_a_rejection(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", {"id": "f", "text": FERRY},
                         {"id": "f-copy", "text": FERRY})
    store = str(tmp_path / "store")
    runner = CliRunner()
    first = runner.invoke(main, ["build", str(corpus), "--store", store, "-q"])
    assert first.exit_code == 0, first.output
    assert "skipped      0 unchanged since an earlier build, 1 duplicates; 2 inputs seen" \
        in first.stdout
    second = runner.invoke(main, ["build", str(corpus), "--store", store, "-q", "--strict"])
    assert second.exit_code == 0, second.output  # skips are not rejections
    assert "1 unchanged since an earlier build, 1 duplicates" in second.stdout
    german = write_jsonl(tmp_path / "de.jsonl", {"id": "de", "text": GERMAN})
    strict = runner.invoke(main, ["build", str(german), "--store", store, "-q", "--strict"])
    assert strict.exit_code == 1 and "1 inputs rejected" in strict.stdout
    assert "language 'de'" in strict.stderr


def test_cli_build_reads_csv_with_a_named_text_column_and_a_size_limit(tmp_path: Path) -> None:
    corpus = tmp_path / "c.csv"
    long = QUOTAS + " " + STORM
    corpus.write_text(f'id;story\nf;"{FERRY}"\nq;"{long}"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(corpus), "--store", str(tmp_path / "s"), "-q",
                                       "--text-column", "story", "--max-chars", str(len(FERRY))])
    assert result.exit_code == 0, result.output
    assert "1 read, 1 stored" in result.stdout and "1 inputs rejected" in result.stdout
    assert f"over the limit of {len(FERRY)}" in result.stderr


def test_store_named_graph_holds_nothing_but_whole_articles(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", {"id": "f", "text": FERRY},
                         {"id": "q", "text": QUOTAS})
    store = tmp_path / "store"
    build([corpus], store=store)
    with GraphStore.open(store, read_only=True) as gs:
        for name in gs.graphs():
            quads = list(gs.store.quads_for_pattern(None, ox.NamedNode(str(NKG.contentHash)),
                                                    None, ox.NamedNode(name)))
            assert len(quads) == 1


def test_every_ledger_check_is_one_indexed_lookup() -> None:
    """Issue 14: ledger and duplicate checks are O(1) an article, however large the store.
    Each statement the ledger runs searches or writes by primary key, never scans."""
    with Ledger() as ledger:
        for n in range(2000):
            art = Article(id=f"a{n}", text=f"text {n}", url=f"https://x.example/{n}")
            ledger.remember(art, content_hash(art))
        for name, statement in LEDGER_STATEMENTS.items():
            plan = " ".join(row[-1] for row in ledger._db.execute(
                f"EXPLAIN QUERY PLAN {statement}", ("x",) * statement.count("?")))
            if statement.startswith("INSERT"):
                assert "SCAN" not in plan, name  # an insert by key has no plan to show
                continue
            assert "SEARCH" in plan and "PRIMARY KEY" in plan and "SCAN" not in plan, (name, plan)


def test_ledger_checks_cost_the_same_in_a_large_ledger() -> None:
    """The SQLite work of one check (virtual-machine steps) with 1,000 and with 50,000
    articles in the ledger: a B-tree one level deeper at most, never a pass over them."""
    def steps(size: int) -> int:
        with Ledger() as ledger:
            for n in range(size):
                art = Article(id=f"a{n}", text=f"text {n}", url=f"https://x.example/{n}")
                ledger.remember(art, content_hash(art))
            counted = [0]

            def count() -> int:
                counted[0] += 1
                return 0

            ledger._db.set_progress_handler(count, 1)
            probe = Article(id="new", text="a text of its own", url="https://y.example/1")
            ledger.verdict(probe, content_hash(probe))
            ledger.remember(probe, content_hash(probe))
            return counted[0]

    small, large = steps(1_000), steps(50_000)
    assert large <= small * 1.5, (small, large)
