"""``kg build --no-text``: the articles' texts (``schema:articleBody``) left out of the
store, everything else the same, in this process, with worker processes and by way of
shards; the store records it, so that no later build mixes graphs with and without
their texts; the explorer's article page shows the evidence sentences instead.

Every build runs the real spaCy pipeline on the invented corpus of
``test_build_workers``; graphs are compared as N-Quads without ``nkg:ingestedAt``.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sparql_servers import kg_server
from test_build_crash import graph_quads
from test_build_workers import BATCH, corpus, records
from test_explorer import fetch

from kg.cli import main
from kg.endpoint.server import ServeConfig
from kg.errors import ConfigError
from kg.pipeline import build
from kg.store import BUILD_OPTIONS, recorded_text
from kg.vocab import SCHEMA

BODY = f"<{SCHEMA.articleBody}>"


def without_text(quads: dict[str, set[str]]) -> dict[str, set[str]]:
    return {name: {q for q in graph if BODY not in q} for name, graph in quads.items()}


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> tuple[Path, Path, Path]:
    """The corpus, its store built with the texts and the same built without them."""
    tmp = tmp_path_factory.mktemp("no-text")
    path = corpus(tmp)
    build([path], store=tmp / "text", workers=1, batch_size=BATCH)
    build([path], store=tmp / "bare", workers=1, batch_size=BATCH, text=False)
    return path, tmp / "text", tmp / "bare"


def test_a_build_without_text_is_a_build_with_text_minus_the_article_bodies(stores) -> None:
    _, text, bare = stores
    kept = graph_quads(text)
    assert sum(BODY in q for graph in kept.values() for q in graph) == 14  # one per article
    assert graph_quads(bare) == without_text(kept)
    assert records(bare) == records(text)
    assert recorded_text(bare) is False and recorded_text(text) is True


@pytest.mark.slow
def test_two_workers_leave_the_texts_out_too(stores, tmp_path) -> None:
    path, text, bare = stores
    summary = build([path], store=tmp_path / "two", workers=2, batch_size=BATCH, text=False)
    assert summary.workers == 2 and summary.stored == 14
    assert graph_quads(tmp_path / "two") == graph_quads(bare) == without_text(graph_quads(text))


@pytest.mark.slow
def test_shards_made_without_text_load_without_text(stores, tmp_path) -> None:
    """--shards records the option in its folder; kg load maps again (an alias resolved
    by the writer) without the text too, and records it in the store."""
    path, _, bare = stores
    shards, store = tmp_path / "shards", tmp_path / "loaded"
    build([path], store=tmp_path / "s", workers=2, shards=shards, batch_size=BATCH, text=False)
    assert recorded_text(shards) is False
    result = CliRunner().invoke(main, ["load", str(shards), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert graph_quads(store) == graph_quads(bare)
    assert recorded_text(store) is False


def test_a_resumed_build_keeps_the_option_or_is_refused_in_one_line(stores, tmp_path) -> None:
    path, text, bare = stores
    again = build([path], store=bare, workers=1, batch_size=BATCH, text=False)
    assert again.unchanged == 14 and again.stored == 0
    with pytest.raises(ConfigError, match=r"built with --no-text: give --no-text"):
        build([path], store=bare, workers=1, batch_size=BATCH)
    with pytest.raises(ConfigError, match=r"holds the articles' texts"):
        build([path], store=text, workers=1, batch_size=BATCH, text=False)
    with pytest.raises(ConfigError, match=r"holds the articles' texts"):
        build([path], store=text, shards=tmp_path / "shards", batch_size=BATCH, text=False)
    result = CliRunner().invoke(main, ["build", str(path), "--store", str(bare), "-q"])
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(bare) in lines[0] and "--no-text" in lines[0]
    assert graph_quads(bare) == without_text(graph_quads(text)), "nothing written"


def test_a_store_built_before_the_option_is_judged_by_its_graphs(stores, tmp_path) -> None:
    """No record: a store whose graphs keep texts takes no --no-text build; one whose
    graphs keep none (built before the texts were kept) takes it, and records it."""
    path, text, bare = stores
    old_text, old_bare = tmp_path / "old-text", tmp_path / "old-bare"
    for store, old in ((text, old_text), (bare, old_bare)):
        shutil.copytree(store, old)
        (old / BUILD_OPTIONS).unlink()
    with pytest.raises(ConfigError, match=r"holds the articles' texts"):
        build([path], store=old_text, workers=1, batch_size=BATCH, text=False)
    assert build([path], store=old_text, workers=1, batch_size=BATCH).unchanged == 14
    assert recorded_text(old_text) is True
    assert build([path], store=old_bare, workers=1, batch_size=BATCH, text=False).unchanged == 14
    assert recorded_text(old_bare) is False


def test_cli_build_no_text(tmp_path) -> None:
    path = corpus(tmp_path, size=2)
    result = CliRunner().invoke(main, ["build", str(path), "--store", str(tmp_path / "s"),
                                       "--no-text", "-q", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert not any(BODY in q for g in graph_quads(tmp_path / "s").values() for q in g)


@pytest.fixture(scope="module")
def served(stores) -> Iterator[str]:
    with kg_server(ServeConfig(store=stores[2], port=0, workers=1)) as url:
        yield url


def test_the_article_page_of_a_store_without_text_shows_the_evidence_sentences(
        served: str) -> None:
    status, _, html = fetch(served + "/article/n-000")
    assert status == 200 and 'id="article-full"' not in html
    assert "built without the articles’ text" in html
    # the sentence a statement rests on, at its offsets; what lies before it is not kept
    assert re.search(r'<p class="sentence" id="s-[0-9a-f]+" data-begin="93" data-end="166">'
                     r'Mayor <mark class="hl hl-entity" title="Edda Sund \(Person\)">', html)
    assert "[characters 0–93 not kept]" in html and "The council of" not in html
