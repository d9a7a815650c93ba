"""Corrections and retractions (issue 17, point 4): ``kg.history``.

A changed article replaces its graph, and the version it replaces is held in the
history store with its statements, so that "what did outlet X say on day D" still
answers there; a retracted article leaves every answer of the store, its graph held.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from claims_graph import ARTICLES, CORPUS, extractions
from click.testing import CliRunner
from rdflib import RDF, Literal

from kg import derived, iri
from kg.cli import main
from kg.errors import StoreError
from kg.history import Keeping, held_graph, history_path, retract
from kg.pipeline import build, content_hash, own_iri, prepare
from kg.query import run_query
from kg.records import Extraction
from kg.store import CLAIMS_GRAPH, GraphStore
from kg.vocab import NKG, PROV

S = Literal


def store(gs, ex: Extraction) -> None:
    made = prepare(ex, {e.key: own_iri(e) for e in ex.entities}, content_hash(ex.article))
    assert made.graph is not None
    gs.replace_graph(iri.article_graph(ex.article.id), made.graph)
    derived.refresh(gs, [str(iri.article_graph(ex.article.id))])


def corrected(ex: Extraction) -> Extraction:
    """lt-1 corrected after its first sentence (whose offsets stay): the union's members
    said something else."""
    text = ex.article.text.replace("were still selling grain", "had left their farms")
    assert text != ex.article.text
    return replace(ex, article=replace(ex.article, text=text))


def said_on(root: Path, outlet: str, day: str) -> list[tuple]:
    with GraphStore.open(root, read_only=True) as gs:
        return run_query(gs, "said-on", {"outlet": outlet, "day": day}).rows


def test_a_corrected_article_keeps_its_earlier_version_in_the_history(tmp_path: Path) -> None:
    lt1 = extractions()["lt-1"]
    with GraphStore.open(tmp_path / "s") as local:
        gs = Keeping(local)
        store(gs, lt1)
        store(gs, lt1)  # the same version again: nothing held
        assert not history_path(tmp_path / "s").exists()
        store(gs, corrected(lt1))
    old = new = S("The Farmers Union denied on Tuesday that the Northern Guard had taken "
                  "Osterby.")
    row = (S("Farmers Union"), S("Deny"), S("the Northern Guard had taken Osterby"))
    assert [r[:3] + r[3:5] for r in said_on(tmp_path / "s", "Lakeside Tribune", "2024-03-06")] \
        == [(*row, new, S("lt-1"))]
    held = said_on(history_path(tmp_path / "s"), "lakeside tribune", "2024-03-06")
    assert [r[:5] for r in held] == [(*row, old, S("lt-1"))]
    assert held[0][5] is not None and held[0][6] is None  # superseded, not retracted
    with GraphStore.open(history_path(tmp_path / "s"), read_only=True) as h:
        g = h.graph(held_graph("lt-1", content_hash(lt1.article)))
    version = g.value(iri.article_iri("lt-1"), PROV.wasRevisionOf)
    assert version is not None and (version, NKG.versionOf, iri.article_iri("lt-1")) in g
    assert str(version).startswith(str(iri.article_iri("lt-1")) + "/v/")


def test_a_retracted_article_leaves_every_answer_and_its_graph_stays(tmp_path: Path) -> None:
    with GraphStore.open(tmp_path / "s") as gs:
        for ex in extractions().values():
            store(gs, ex)
        before = run_query(gs, "disputes", {}).rows
        retract(gs, "lt-1")
        with pytest.raises(StoreError, match="retracted already"):
            retract(gs, "lt-1")
        with pytest.raises(StoreError, match="no article 'nope'"):
            retract(gs, "nope")
        after = run_query(gs, "disputes", {}).rows
        assert run_query(gs, "said-on", {"outlet": "Lakeside Tribune", "day": "2024-03-06"}
                         ).rows == []
        assert not any(str(s) for s in gs.graph(CLAIMS_GRAPH).objects(None, NKG.denying)
                       if "lt-1" in str(s))
        stats = gs.stats()
    assert before[0][5] == S(2) and after[0][5] == S(1)  # one outlet fewer denies it
    assert after[0][6] == S("2024-03-20")  # the first denial is now ct-2's
    assert stats["articles"] == len(ARTICLES) - 1
    held = said_on(history_path(tmp_path / "s"), "Lakeside Tribune", "2024-03-06")
    assert [r[4] for r in held] == [S("lt-1")] and held[0][6] is not None


def test_a_build_skips_a_retracted_article_and_keeps_corrections(tmp_path: Path) -> None:
    """The real build: a corrected article replaces its graph and its earlier version is
    held; a retracted one is not stored again by the next build."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(CORPUS.read_text())
    build([corpus], store=tmp_path / "s")
    result = CliRunner().invoke(main, ["retract", "lt-2", "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in CORPUS.read_text().splitlines()]
    for line in lines:
        if line["id"] == "lt-1":
            line["text"] = line["text"].replace("on Tuesday", "on Wednesday")
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines))
    again = build([corpus], store=tmp_path / "s")
    assert (again.stored, again.unchanged) == (1, len(ARTICLES) - 1)  # lt-2 skipped
    with GraphStore.open(tmp_path / "s", read_only=True) as gs:
        stub = gs.graph(iri.article_graph("lt-2"))
        assert (iri.article_iri("lt-2"), RDF.type, NKG.RetractedArticle) in stub
        assert "Wednesday" in str(gs.select(
            'SELECT ?t WHERE { ?s <https://w3id.org/newskg/ontology#anchorOf> ?t '
            'FILTER(CONTAINS(?t, "Farmers"))}').rows)
    with GraphStore.open(history_path(tmp_path / "s"), read_only=True) as h:
        versions = h.select(
            "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?v ?why WHERE { "
            "?v nkg:versionOf ?a ; ?why ?t FILTER(?why IN (nkg:supersededAt, nkg:retractedAt)) }"
        ).rows
    assert sorted(str(why).rpartition("#")[2] for _, why in versions) == ["retractedAt",
                                                                          "supersededAt"]


def test_a_loader_field_retracts_a_stored_article(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(CORPUS.read_text())
    build([corpus], store=tmp_path / "s")
    lines = [json.loads(line) for line in CORPUS.read_text().splitlines()]
    marks = {"lt-1": True, "ct-2": "yes", "hw-1": "no"}
    for line in lines:
        if line["id"] in marks:
            line["retracted"] = marks[line["id"]]
    lines.append({"id": "never", "text": "A story withdrawn before anyone stored it.",
                  "isRetracted": "true"})
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines))
    again = build([corpus], store=tmp_path / "s")
    assert (again.retracted, again.unchanged, again.stored) == (3, len(ARTICLES) - 2, 0)
    assert again.seen == again.done == len(ARTICLES) + 1
    assert any("'never'" in p and "not read" in p for p in again.problems)
    with GraphStore.open(tmp_path / "s", read_only=True) as gs:
        # both of the union's denials are retracted: it disputes nothing any more
        assert all("Farmers Union" not in str(r[4]) for r in run_query(gs, "disputes", {}).rows)
        assert gs.stats()["articles"] == len(ARTICLES) - 2
    held = said_on(history_path(tmp_path / "s"), "Coast Courier", "2024-03-21")
    assert [r[4] for r in held] == [S("ct-2")] * len(held) and held


def test_a_retracted_stub_is_not_read_again_by_the_next_build(tmp_path: Path) -> None:
    """The derived index knows the stub's hash: nothing is stale after the retraction,
    so the next build's refresh reads no graph it did not write."""
    from kg.pipeline import Ledger

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(CORPUS.read_text())
    build([corpus], store=tmp_path / "s")
    assert CliRunner().invoke(main, ["retract", "lt-2", "--store", str(tmp_path / "s")]
                              ).exit_code == 0
    with GraphStore.open(tmp_path / "s", read_only=True) as gs, Ledger.from_store(gs) as ledger:
        stored = ledger.stored()
    assert "lt-2" in stored
    assert derived.stale(tmp_path / "s", stored) == set()
