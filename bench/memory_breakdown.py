"""Where a build's memory goes: resident memory after each thing a build process loads.

    .venv/bin/python bench/memory_breakdown.py                 # the four dev sets
    .venv/bin/python bench/memory_breakdown.py FILE.jsonl

One process does, step by step, what ``kg build --workers 1`` does (the writer and
the reader in one), and prints after each step its resident set (RSS, from
/proc/self/statm), the growth that step caused, and the Python objects it left
(``tracemalloc``: what Python allocated and still holds; the rest of a step's
growth is native memory: spaCy's and thinc's arrays, RocksDB, the allocator's free
lists). The steps: Python and newskg's imports; the spaCy model; the SHACL shapes
and the ontology's class tree (and pySHACL's import); the store opened (RocksDB and
the ontology graph); the ledger and the entity index; one batch of articles parsed
(the Docs of ``DEFAULT_BATCH_SIZE`` articles held at once); extracted; mapped,
validated and stored; then the rest of the corpus, batch by batch, each in spaCy's
memory zone as the build does.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from dev_sets import DEV_SETS  # noqa: E402

_PAGE = os.sysconf("SC_PAGE_SIZE")


class Steps:
    def __init__(self) -> None:
        self.rss = self.py = 0
        print(f"{'step':<52} {'RSS MB':>7} {'+MB':>7} {'Python +MB':>11}")

    def __call__(self, what: str) -> None:
        gc.collect()
        rss = int(Path("/proc/self/statm").read_text().split()[1]) * _PAGE
        py = tracemalloc.get_traced_memory()[0]
        print(f"{what:<52} {rss / 2**20:7.0f} {(rss - self.rss) / 2**20:+7.0f} "
              f"{(py - self.py) / 2**20:+11.1f}", flush=True)
        self.rss, self.py = rss, py


def main(argv: list[str] | None = None) -> int:
    files = [Path(a) for a in (argv if argv is not None else sys.argv[1:])] or [
        f for f in DEV_SETS if f.exists()]
    tracemalloc.start()
    step = Steps()
    step("Python")
    from kg.extract import DEFAULT_BATCH_SIZE, extract
    from kg.identity import EntityIndex
    from kg.iri import article_graph
    from kg.nlp import load_pipeline, memory_zone
    from kg.pipeline import Ledger, content_hash, own_iri, prepare
    from kg.store import GraphStore
    from loaders import load
    step("imports (newskg, rdflib, pyoxigraph, the loaders)")
    nlp = load_pipeline()
    step("spaCy model (en_core_web_sm) and the layout component")
    from kg.validate import _default_class_tree, default_shapes
    default_shapes()
    _default_class_tree()
    import pyshacl  # noqa: F401
    step("SHACL shapes, class tree, pySHACL imported")
    articles = list(load(files))
    step(f"the corpus in memory ({len(articles)} articles)")
    with tempfile.TemporaryDirectory(prefix="newskg-memory-") as tmp, \
            GraphStore.open(Path(tmp) / "store") as gs:
        step("store opened (RocksDB, the ontology graph)")
        ledger, index = Ledger.from_store(gs), EntityIndex.from_store(gs)
        step("ledger and entity index (SQLite, empty store)")
        first, rest = articles[:DEFAULT_BATCH_SIZE], articles[DEFAULT_BATCH_SIZE:]
        with memory_zone(nlp):
            docs = list(nlp.pipe((a.text for a in first), batch_size=DEFAULT_BATCH_SIZE))
            step(f"one batch parsed: {len(docs)} Docs held")
            extractions = [extract(d, article=a) for d, a in zip(docs, first, strict=True)]
            step("... and extracted")
            del docs
        step("... its Docs and memory zone gone")
        _store(gs, index, ledger, extractions, prepare, content_hash, own_iri, article_graph)
        step("... mapped, validated (pySHACL's first run) and stored")
        del extractions
        for n in range(0, len(rest), DEFAULT_BATCH_SIZE):
            batch = rest[n:n + DEFAULT_BATCH_SIZE]
            with memory_zone(nlp):
                exs = [extract(d, article=a) for d, a in zip(
                    nlp.pipe((a.text for a in batch), batch_size=DEFAULT_BATCH_SIZE), batch,
                    strict=True)]
            _store(gs, index, ledger, exs, prepare, content_hash, own_iri, article_graph)
            step(f"batch {n // DEFAULT_BATCH_SIZE + 2} read and stored")
        ledger.close()
        index.close()
    peak = int(next(line.split()[1] for line in Path("/proc/self/status").read_text()
                    .splitlines() if line.startswith("VmHWM")))
    print(f"\npeak RSS (VmHWM) {peak / 1024:.0f} MB; Python's own peak "
          f"{tracemalloc.get_traced_memory()[1] / 2**20:.0f} MB")
    return 0


def _store(gs, index, ledger, extractions, prepare, content_hash, own_iri, article_graph):
    for ex in extractions:
        hash_ = content_hash(ex.article)
        ledger.remember(ex.article, hash_)
        nodes = {e.key: index.resolve(e) for e in ex.entities}
        made = prepare(ex, nodes, hash_)
        if made.graph is not None:
            gs.replace_graph(article_graph(ex.article.id), made.graph)
            for e in ex.entities:
                index.add(nodes[e.key], e)


if __name__ == "__main__":
    sys.exit(main())
