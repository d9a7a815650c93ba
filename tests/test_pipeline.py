"""``kg.pipeline.build``: articles in, one validated named graph per article out.

The corpora are invented short articles written into ``tmp_path``; every build
runs the real spaCy pipeline, mapping, SHACL validation and store. Where a test
needs a graph that breaks the shapes, it breaks the real graph of a real article
(``nkg:content`` removed) and lets the real validator find it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, RDFS, Graph, Literal

import kg.extract
import kg.pipeline
import kg.prune
import kg.validate
from kg import iri
from kg.errors import LoaderError
from kg.pipeline import BuildSummary, build
from kg.query import run_query
from kg.rdf import extraction_graph
from kg.records import Extraction
from kg.store import GraphStore
from kg.vocab import NKG, SCHEMA

#: A ministry claims a fort; a militia spokesman denies it (invented names).
AMBERLY = {
    "id": "amberly-1",
    "published": "2024-03-13",  # a Wednesday: "on Monday" is 2024-03-11
    "title": "Ministry says Fort Amberly seized",
    "publisher": "Ostrava Courier",
    "text": (
        "The Ministry of Defence of Ostrava said on Monday that its forces had seized Fort "
        "Amberly. Militia spokesman Teodor Kralj denied that Fort Amberly had fallen."
    ),
}
#: A mayor announces a council decision (invented names).
DREVNO = {
    "id": "drevno-1",
    "published": "2024-03-14",
    "text": (
        "Mayor Ilse Brandt said on Tuesday that the council of Drevno had approved a new "
        "bridge. Residents welcomed the decision."
    ),
}
DREVNO_OLD_CONTENT = "the council of Drevno had approved a new bridge"
#: The same article id, corrected by the publisher.
DREVNO_CORRECTED = {
    **DREVNO,
    "text": (
        "Mayor Ilse Brandt said on Wednesday that the council of Drevno had rejected the "
        "bridge plan. Residents were divided."
    ),
}
DREVNO_NEW_CONTENT = "the council of Drevno had rejected the bridge plan"
#: Not JSON: the loader must reject this line and go on.
MALFORMED = '{"id": "torn-1", "text": "The harbour master of Kesk said'


def write_corpus(path: Path, records: Iterable[dict | str]) -> Path:
    """Write ``records`` as JSON Lines (a ``str`` is written as the raw line)."""
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def article_quads(store: Path) -> set[str]:
    """Every quad of the article graphs (the ontology graph left out), as N-Quads text."""
    with GraphStore.open(store, read_only=True) as gs:
        return {
            str(q)
            for g in gs.graphs()
            for q in gs.store.quads_for_pattern(None, None, None, ox.NamedNode(g))
        }


def contents(store: Path) -> set[str]:
    """The ``nkg:content`` of every statement in the store."""
    with GraphStore.open(store, read_only=True) as gs:
        rows = gs.select(
            "SELECT ?c WHERE { ?s <https://w3id.org/newskg/ontology#content> ?c }"
        ).rows
    return {str(r[0]) for r in rows}


def without_content(article_id: str):
    """``extraction_graph``, except that the statements of ``article_id`` lose their content."""

    def mapped(ex: Extraction, **options) -> Graph:
        g = extraction_graph(ex, **options)
        if ex.article.id == article_id:
            g.remove((None, NKG.content, None))
        return g

    return mapped


def without_identifier(article_id: str):
    """``extraction_graph``, except that the article ``article_id`` loses its identifier: a
    violation on the article itself, which no removal of a statement or event can mend."""

    def mapped(ex: Extraction, **options) -> Graph:
        g = extraction_graph(ex, **options)
        if ex.article.id == article_id:
            g.remove((None, SCHEMA.identifier, None))
        return g

    return mapped


def without_first_content(article_id: str):
    """``extraction_graph``, except that the first statement of ``article_id`` (in text
    order) loses its content: one wrong item among good ones."""

    def mapped(ex: Extraction, **options) -> Graph:
        g = extraction_graph(ex, **options)
        if ex.article.id == article_id:
            first = min(g.subjects(NKG.content, None), key=lambda s: _evidence_begin(g, s))
            g.remove((first, NKG.content, None))
        return g

    return mapped


def _evidence_begin(g: Graph, item) -> int:
    return min(int(g.value(span, NKG.beginIndex)) for span in g.objects(item, NKG.evidence))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[BuildSummary, Path]:
    """Two good articles and one malformed line, built once for the read-only tests."""
    root = tmp_path_factory.mktemp("pipeline")
    corpus = write_corpus(root / "corpus.jsonl", [AMBERLY, MALFORMED, DREVNO])
    store = root / "store"
    return build([corpus], store=store), store


# ------------------------------------------------------------------ the summary


def test_build_summary_counts_read_stored_rejected(built) -> None:
    summary, store = built
    assert (summary.read, summary.stored, summary.quarantined, summary.failed) == (2, 2, 0, 0)
    assert summary.rejected == 1
    assert summary.read == summary.stored + summary.quarantined + summary.failed
    assert summary.store == str(store)
    assert summary.statements >= 3  # the ministry, the spokesman, the mayor
    assert summary.events >= 1
    assert summary.entities >= 4


def test_build_summary_triples_match_the_store(built) -> None:
    summary, store = built
    with GraphStore.open(store, read_only=True) as gs:
        assert gs.stats()["triples"] == summary.triples


def test_build_reports_progress_once_per_article(tmp_path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", [AMBERLY, DREVNO])
    seen: list[tuple[str, int]] = []
    build(
        [corpus],
        store=tmp_path / "store",
        progress=lambda s, article: seen.append((article.id, s.stored)),
    )
    assert seen == [("amberly-1", 1), ("drevno-1", 2)]


# ------------------------------------------------------------------ the store


def test_build_stores_one_named_graph_per_article(built) -> None:
    _, store = built
    with GraphStore.open(store, read_only=True) as gs:
        assert gs.graphs() == sorted(str(iri.article_graph(a["id"])) for a in (AMBERLY, DREVNO))
        graph = gs.graph(iri.article_graph("amberly-1"))
    article = iri.article_iri("amberly-1")
    assert (article, NKG.textLength, Literal(len(AMBERLY["text"]))) in graph
    # everything in an article's graph is about that article: no other article's node
    assert iri.article_iri("drevno-1") not in set(graph.all_nodes())


def test_rebuilding_the_same_input_skips_every_article_and_changes_nothing(tmp_path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", [AMBERLY, DREVNO])
    store = tmp_path / "store"
    first = build([corpus], store=store)
    quads = article_quads(store)
    second = build([corpus], store=store)
    assert article_quads(store) == quads
    assert (second.read, second.unchanged, second.stored, second.triples) == (2, 2, 0, 0)
    assert first.triples == len(quads)


def test_forced_rebuild_is_idempotent_but_for_the_ingestion_time(tmp_path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", [AMBERLY, DREVNO])
    store = tmp_path / "store"
    first = build([corpus], store=store)
    quads = article_quads(store)
    second = build([corpus], store=store, force=True)
    assert (second.unchanged, second.stored) == (0, 2)
    assert second.triples == first.triples == len(quads)
    ingested = str(NKG.ingestedAt)
    assert {q for q in article_quads(store) if ingested not in q} == {
        q for q in quads if ingested not in q
    }
    with GraphStore.open(store, read_only=True) as gs:
        assert gs.stats()["triples"] == len(quads)


def test_changed_text_under_the_same_id_replaces_the_old_graph(tmp_path) -> None:
    store = tmp_path / "store"
    build([write_corpus(tmp_path / "v1.jsonl", [DREVNO])], store=store)
    assert DREVNO_OLD_CONTENT in contents(store)
    summary = build([write_corpus(tmp_path / "v2.jsonl", [DREVNO_CORRECTED])], store=store)
    assert summary.stored == 1
    found = contents(store)
    assert DREVNO_OLD_CONTENT not in found
    assert DREVNO_NEW_CONTENT in found
    with GraphStore.open(store, read_only=True) as gs:
        assert gs.graphs() == [str(iri.article_graph("drevno-1"))]


# ------------------------------------------------------------------ what stays out


def test_non_conforming_article_is_quarantined_with_its_report(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(kg.pipeline, "extraction_graph", without_identifier("amberly-1"))
    corpus = write_corpus(tmp_path / "corpus.jsonl", [AMBERLY, DREVNO])
    store = tmp_path / "store"
    summary = build([corpus], store=store)

    assert (summary.read, summary.stored, summary.quarantined, summary.rejected) == (2, 1, 1, 0)
    assert summary.removed == 0
    assert any("amberly-1" in p and "quarantine.jsonl" in p for p in summary.problems)
    (record,) = read_jsonl(store / "quarantine.jsonl")
    assert record["article"] == "amberly-1" and record["stored"] is False
    assert record["graph"] == str(iri.article_graph("amberly-1"))
    report = record["report"]
    assert report["conforms"] is False
    paths = {r["path"] for r in report["results"]}
    assert paths == {str(SCHEMA.identifier)}
    assert all("schema:identifier" in r["message"] for r in report["results"])
    assert report["text"]
    with GraphStore.open(store, read_only=True) as gs:
        assert not gs.has_graph(iri.article_graph("amberly-1"))
        assert gs.graphs() == [str(iri.article_graph("drevno-1"))]


def test_statements_that_break_the_shapes_cost_themselves_not_the_article(
    tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(kg.pipeline, "extraction_graph", without_content("amberly-1"))
    corpus = write_corpus(tmp_path / "corpus.jsonl", [AMBERLY, DREVNO])
    store = tmp_path / "store"
    summary = build([corpus], store=store)

    assert (summary.read, summary.stored, summary.quarantined, summary.rejected) == (2, 2, 0, 0)
    assert summary.removed == 2  # the ministry's claim and the militia's denial
    (record,) = read_jsonl(store / "quarantine.jsonl")
    assert (record["article"], record["stored"]) == ("amberly-1", True)
    assert [r["types"] for r in record["removed"]] == [["Statement"], ["Statement"]]
    assert all("nkg:content" in reason for r in record["removed"] for reason in r["reasons"])
    assert {r["path"] for r in record["report"]["results"]} == {str(NKG.content)}
    with GraphStore.open(store, read_only=True) as gs:
        assert gs.has_graph(iri.article_graph("amberly-1"))
        graph = gs.graph(iri.article_graph("amberly-1"))
    assert not set(graph.subjects(RDF.type, NKG.Statement))
    assert (None, RDF.type, NKG.Article) in graph
    assert any(str(label) == "Fort Amberly" for label in graph.objects(None, RDFS.label))
    assert not {s for s in graph.subjects(RDF.type, NKG.TextSpan)} - set(
        graph.objects(None, NKG.evidence))  # no span left hanging on a removed statement


def test_one_statement_that_breaks_the_shapes_leaves_the_others_stored(
    tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(kg.pipeline, "extraction_graph", without_first_content("amberly-1"))
    corpus = write_corpus(tmp_path / "corpus.jsonl", [AMBERLY])
    store = tmp_path / "store"
    summary = build([corpus], store=store)

    assert (summary.stored, summary.quarantined, summary.removed) == (1, 0, 1)
    assert summary.seen == summary.stored + summary.quarantined + summary.rejected
    (record,) = read_jsonl(store / "quarantine.jsonl")
    [removed] = record["removed"]
    assert removed["types"] == ["Statement"] and record["stored"] is True
    assert contents(store) == {"Fort Amberly had fallen"}  # the denial stays
    with GraphStore.open(store, read_only=True) as gs:
        assert not gs.ask(f"ASK {{ <{removed['item']}> ?p ?o }}")
        assert not gs.ask(f"ASK {{ ?s ?p <{removed['item']}> }}")
    again = build([corpus], store=store)
    assert again.unchanged == 1  # stored, so the next build skips it


def test_quarantine_removes_the_previous_version_of_the_article(tmp_path, monkeypatch) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", [AMBERLY])
    store = tmp_path / "store"
    build([corpus], store=store)
    monkeypatch.setattr(kg.pipeline, "extraction_graph", without_identifier("amberly-1"))
    summary = build([corpus], store=store, force=True)
    assert summary.quarantined == 1
    with GraphStore.open(store, read_only=True) as gs:
        assert gs.graphs() == []


def test_malformed_json_line_is_rejected_and_counted(built) -> None:
    summary, store = built
    (record,) = read_jsonl(store / "rejected.jsonl")
    assert record["position"] == "line 2"
    assert record["reason"].startswith("malformed JSON")
    assert record["source"].endswith("corpus.jsonl")
    assert "harbour master of Kesk" in record["snippet"]
    assert any("malformed JSON" in p for p in summary.problems)
    assert not (store / "quarantine.jsonl").exists()


def test_article_on_which_extraction_fails_is_recorded_and_skipped(tmp_path, monkeypatch) -> None:
    real = kg.extract.extract

    def fragile(doc, *, article):
        if article.id == "drevno-1":
            raise ValueError("invented failure")
        return real(doc, article=article)

    monkeypatch.setattr(kg.extract, "extract", fragile)
    store = tmp_path / "store"
    summary = build([write_corpus(tmp_path / "c.jsonl", [DREVNO, AMBERLY])], store=store)
    assert (summary.read, summary.stored, summary.failed, summary.rejected) == (2, 1, 1, 0)
    (record,) = read_jsonl(store / "rejected.jsonl")
    assert record["article"] == "drevno-1"
    assert "ValueError: invented failure" in record["reason"]


def test_failed_rebuild_removes_the_previous_version_of_the_article(tmp_path, monkeypatch) -> None:
    store = tmp_path / "store"
    corpus = write_corpus(tmp_path / "c.jsonl", [DREVNO])
    build([corpus], store=store)

    def broken(doc, *, article):
        raise ValueError("invented failure")

    monkeypatch.setattr(kg.extract, "extract", broken)
    assert build([corpus], store=store, force=True).failed == 1
    with GraphStore.open(store, read_only=True) as gs:
        assert gs.graphs() == []


def test_article_whose_mapping_fails_is_recorded_and_skipped(tmp_path, monkeypatch) -> None:
    def fragile(ex: Extraction, **options) -> Graph:
        if ex.article.id == "drevno-1":
            raise AttributeError("term 'RiotEvent' not in namespace (invented)")
        return extraction_graph(ex, **options)

    monkeypatch.setattr(kg.pipeline, "extraction_graph", fragile)
    store = tmp_path / "store"
    summary = build([write_corpus(tmp_path / "c.jsonl", [DREVNO, AMBERLY])], store=store)
    assert (summary.read, summary.stored, summary.failed) == (2, 1, 1)
    (record,) = read_jsonl(store / "rejected.jsonl")
    assert record["article"] == "drevno-1"


def test_build_of_a_missing_path_creates_no_store(tmp_path) -> None:
    store = tmp_path / "store"
    with pytest.raises(LoaderError, match="no such file"):
        build([tmp_path / "nowhere.jsonl"], store=store)
    assert not store.exists()


# ------------------------------------------------------------------ querying what was built


def test_claimed_control_names_the_speaker_and_the_date(built) -> None:
    _, store = built
    with GraphStore.open(store, read_only=True) as gs:
        rows = run_query(gs, "claimed-control", {"place": "fort amberly"}).dicts()
    claims = [r for r in rows if str(r["stance"]) == "Assert"]
    assert [(str(r["speaker"]), str(r["date"]), str(r["article"])) for r in claims] == [
        ("Ministry of Defence of Ostrava", "2024-03-11", "amberly-1")
    ]
    assert claims[0]["date"].datatype == rdflib.XSD.date
    denials = [r for r in rows if str(r["stance"]) == "Deny"]
    assert [str(r["speaker"]) for r in denials] == ["Teodor Kralj"]


def test_claimed_control_has_no_rows_for_another_place(built) -> None:
    _, store = built
    with GraphStore.open(store, read_only=True) as gs:
        assert len(run_query(gs, "claimed-control", {"place": "Drevno"})) == 0


def test_article_spacy_fails_on_costs_itself_only(tmp_path, monkeypatch) -> None:
    """spaCy failing inside ``nlp.pipe`` once lost the whole batch; now the batch is
    parsed again one by one and only the article it fails on is recorded."""
    real = kg.pipeline.load_pipeline(None)

    class Fragile:
        def pipe(self, pairs, **options):
            pairs = list(pairs)
            if any("Drevno" in text for text, _ in pairs):
                raise RuntimeError("invented spaCy failure\non two lines")
            return real.pipe(pairs, **options)

        def __call__(self, text):
            if "Drevno" in text:
                raise RuntimeError("invented spaCy failure\non two lines")
            return real(text)

    monkeypatch.setattr(kg.pipeline, "load_pipeline", lambda model=None: Fragile())
    store = tmp_path / "store"
    summary = build([write_corpus(tmp_path / "c.jsonl", [DREVNO, AMBERLY])], store=store)
    assert (summary.read, summary.stored, summary.failed) == (2, 1, 1)
    (record,) = read_jsonl(store / "rejected.jsonl")
    assert record["article"] == "drevno-1" and record["source"].endswith("c.jsonl:1")
    assert record["reason"] == ("parsing failed: RuntimeError: invented spaCy failure on two "
                                "lines")


def test_graph_the_store_refuses_costs_its_article_only(tmp_path, monkeypatch) -> None:
    real = kg.pipeline.add_bookkeeping

    def refused(g, art, **options):
        real(g, art, **options)
        if art.id == "drevno-1":  # a term no store takes: what an untrusted URL once was
            g.add((iri.article_iri(art.id), NKG.contentHash, rdflib.URIRef("http://[::1")))

    monkeypatch.setattr(kg.pipeline, "add_bookkeeping", refused)
    monkeypatch.setattr(kg.pipeline, "checked", lambda g: kg.prune.Pruned(
        g, (), kg.validate.ValidationReport(conforms=True, results=(), text="")))
    store = tmp_path / "store"
    summary = build([write_corpus(tmp_path / "c.jsonl", [DREVNO, AMBERLY])], store=store)
    assert (summary.read, summary.stored, summary.failed) == (2, 1, 1)
    (record,) = read_jsonl(store / "rejected.jsonl")
    assert record["article"] == "drevno-1"
    assert record["reason"].startswith("cannot store its graph: cannot store graph ")
    assert "\n" not in record["reason"]


def test_summary_counts_each_entity_once_as_the_store_does(tmp_path) -> None:
    again = {**AMBERLY, "id": "amberly-2", "text": AMBERLY["text"] + " Fort Amberly is quiet."}
    store = tmp_path / "store"
    summary = build([write_corpus(tmp_path / "c.jsonl", [AMBERLY, again, DREVNO])], store=store)
    with GraphStore.open(store, read_only=True) as gs:
        [(count,)] = gs.select("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e "
                               "<https://w3id.org/newskg/ontology#mentionedIn> ?a }").rows
    assert summary.stored == 3 and summary.entities == int(count)
