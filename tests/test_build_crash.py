"""Crash safety: ``kg build`` killed with SIGKILL in the middle of a corpus, then run again,
leaves every article stored exactly once and none half-written.

The build runs as a real process (``python -m kg build``) with its output on a
pseudo-terminal, so that it draws its progress ("N articles read, M stored"); the
test kills it as soon as a few articles are stored, while it is writing the next
ones. The rebuild must skip exactly the articles the killed build stored, store
the rest, and every graph must equal the graph of an uninterrupted build (but for
the ingestion time).
"""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from loader_files import write_jsonl
from rdflib import Literal

from kg import iri
from kg.pipeline import build, content_hash
from kg.records import Article
from kg.store import DERIVED_GRAPHS, GraphStore
from kg.vocab import NKG

TOWNS = ("Port Elin", "Varsk", "Holmvik", "Brekka", "Sjoby", "Tallvik", "Ostmark", "Lunde")
PEOPLE = ("Edda Sund", "Jonas Lindqvist", "Mira Halden", "Tor Aasen", "Signe Vold")
THINGS = ("pier", "ferry terminal", "fish market", "lighthouse", "harbour bridge", "quay")
#: Articles in the corpus, and how many the killed build must have stored first.
CORPUS_SIZE = 60
KILL_AFTER = 3
STORED = re.compile(rb"(\d+) stored")


def corpus_articles() -> list[dict]:
    """``CORPUS_SIZE`` distinct short articles about invented towns and people."""
    out = []
    for n in range(CORPUS_SIZE):
        town, person = TOWNS[n % len(TOWNS)], PEOPLE[n % len(PEOPLE)]
        thing = THINGS[n % len(THINGS)]
        text = (f"The council of {town} said on Monday that the {thing} would reopen after "
                f"{n + 2} weeks of repairs. Mayor {person} told reporters that the work had "
                f"cost {n + 10} thousand crowns.")
        out.append({"id": f"n-{n:03d}", "text": text, "published": "2024-03-13"})
    return out


def graph_quads(store: Path) -> dict[str, set[str]]:
    """Every article graph's quads as N-Quads text, the ingestion time left out, and the
    derived graphs' (copies, claim clusters: kg.derived)."""
    ingested = str(NKG.ingestedAt)
    with GraphStore.open(store, read_only=True) as gs:
        derived = [str(g) for g in DERIVED_GRAPHS if gs.has_graph(g)]
        return {
            name: {str(q) for q in gs.store.quads_for_pattern(None, None, None, ox.NamedNode(name))
                   if ingested not in str(q.predicate)}
            for name in gs.graphs() + derived
        }


def run_until_stored(args: list[str], at_least: int, *, timeout: float = 180) -> int:
    """Run ``args`` on a pseudo-terminal; SIGKILL it once its progress shows ``at_least`` stored.

    Returns the last count it showed. Fails when the process ends before that.
    """
    master, slave = pty.openpty()
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave,
                            env={**os.environ, "COLUMNS": "200", "TERM": "xterm"})
    os.close(slave)
    seen, shown = b"", 0
    deadline = time.monotonic() + timeout
    try:
        while shown < at_least:
            assert time.monotonic() < deadline, f"no progress in {timeout} s: {seen[-500:]!r}"
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:  # the terminal closed: the process ended
                    break
            counts = STORED.findall(seen)
            shown = int(counts[-1]) if counts else 0
            assert proc.poll() is None or shown >= at_least, (
                f"the build ended before it was killed: {seen[-800:]!r}")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert proc.returncode == -signal.SIGKILL
    return shown


@pytest.mark.slow
def test_build_killed_mid_corpus_then_rebuilt_stores_each_article_exactly_once(
    tmp_path: Path,
) -> None:
    records = corpus_articles()
    corpus = write_jsonl(tmp_path / "corpus.jsonl", *records)
    store = tmp_path / "store"
    command = [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store)]

    shown = run_until_stored(command, KILL_AFTER)
    killed = graph_quads(store)
    assert shown >= KILL_AFTER
    assert KILL_AFTER <= len(killed) < CORPUS_SIZE, "the kill did not land mid-corpus"

    rebuilt = subprocess.run([*command, "-q"], capture_output=True, text=True, timeout=600)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert (f"{CORPUS_SIZE} read, {CORPUS_SIZE - len(killed)} stored, 0 quarantined, 0 failed"
            in rebuilt.stdout), rebuilt.stdout
    assert f"skipped      {len(killed)} unchanged since an earlier build" in rebuilt.stdout

    reference = tmp_path / "reference"
    build([corpus], store=reference)
    expected = graph_quads(reference)
    final = graph_quads(store)
    assert sorted(final) == sorted(str(iri.article_graph(r["id"])) for r in records)
    for name, quads in expected.items():
        assert final[name] == quads, f"graph {name} differs from an uninterrupted build"
    with GraphStore.open(store, read_only=True) as gs:
        for r in records:  # one article node, one content hash, in its own graph
            rows = gs.select(
                "PREFIX nkg: <https://w3id.org/newskg/ontology#> "
                "PREFIX schema: <https://schema.org/> "
                "SELECT ?g ?hash ?id WHERE { GRAPH ?g { ?a schema:identifier ?id ; "
                "nkg:contentHash ?hash } }",
                bindings={"id": Literal(r["id"])},
            ).rows
            want = content_hash(Article(id=r["id"], text=r["text"], published=r["published"]))
            assert [(str(g), str(h)) for g, h in rows] == [
                (str(iri.article_graph(r["id"])), want)]
