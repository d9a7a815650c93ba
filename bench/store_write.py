"""What the store write of a build costs, and what two ways of making it cheaper would save.

    .venv/bin/python bench/evaluate.py --sets dev,meantime-dev,news-dev,polnear-dev  # the stores
    .venv/bin/python bench/store_write.py                   # their article graphs, 3 rounds
    .venv/bin/python bench/store_write.py STORE ... --rounds 5

Issue 14, point 2: the store is most of what is left after ``nlp.pipe`` besides the
extraction. The article graphs of built stores (by default the four dev sets of
``bench/evaluate.py``: ``build/eval/<set>/store``) are written again, in rounds, into
fresh stores, each way clocked in process CPU seconds (pyoxigraph's own threads
included), the ways interleaved within a round:

- ``merged``     ``GraphStore.replace_graph``, as a build writes: each article's quads
                 in its named graph and in the merged default graph, one transaction;
- ``unmerged``   the same with no merged default graph (each quad written once; queries
                 would then read pyoxigraph's union of the named graphs, a multiset);
- ``extend 1``   the same quads (both copies) with ``Store.extend``, one article a call:
                 one transaction an article, as the build;
- ``extend 32``  the same, 32 articles a call: one transaction per 32 articles.

It prints the medians, per article, and the size of the store's tables (its ``.sst``
files after ``Store.optimize``) per article, merged and unmerged. Whether a transaction
costs an ``fdatasync`` is not measured here: ``strace -f -c -e trace=fdatasync`` of a
run says (pyoxigraph 0.4: none per transaction; the write-ahead log is synced only at
flushes and compactions).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from kg.store import GraphStore  # noqa: E402
from kg.terms import to_quads  # noqa: E402

DEV_STORES = tuple(ROOT / "build" / "eval" / name / "store"
                   for name in ("dev", "meantime-dev", "news-dev", "polnear-dev"))
WAYS = ("merged", "unmerged", "extend 1", "extend 32")


def article_graphs(stores: list[Path]) -> list[tuple[str, object]]:
    """(graph IRI, rdflib graph) of every article graph of ``stores``."""
    graphs = []
    for path in stores:
        with GraphStore.open(path, read_only=True) as gs:
            graphs += [(name, gs.graph(name, prefixes=False)) for name in gs.graphs()]
    return graphs


def write(way: str, graphs: list, folder: Path) -> tuple[float, int]:
    """CPU seconds of writing ``graphs`` the ``way`` into a fresh store in ``folder``, and
    the bytes of its tables once compacted."""
    with GraphStore.open(folder) as gs:
        if way in ("merged", "unmerged"):
            gs.merged = way == "merged"
            started = time.process_time()
            for name, graph in graphs:
                gs.replace_graph(name, graph)
            spent = time.process_time() - started
        else:
            per_call = int(way.split()[1])
            quads = []
            for name, graph in graphs:
                named = list(to_quads(graph, ox.NamedNode(name)))
                quads.append(named + [ox.Quad(q.subject, q.predicate, q.object) for q in named])
            started = time.process_time()
            for first in range(0, len(quads), per_call):
                gs.store.extend([q for one in quads[first:first + per_call] for q in one])
            spent = time.process_time() - started
        gs.store.optimize()
    return spent, sum(f.stat().st_size for f in folder.rglob("*.sst"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stores", nargs="*", type=Path, default=list(DEV_STORES))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    missing = [s for s in args.stores if not (s / "oxigraph").is_dir()]
    if missing:
        print(f"store_write: no store at {missing[0]} (build it first: see the docstring)",
              file=sys.stderr)
        return 2
    graphs = article_graphs(args.stores)
    n = len(graphs)
    print(f"{n} article graphs, {sum(len(g) for _, g in graphs)} triples; "
          f"{args.rounds} rounds")
    spent: dict[str, list[float]] = {way: [] for way in WAYS}
    size: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="newskg-store-write-") as tmp:
        for r in range(args.rounds):
            for way in WAYS:
                seconds, size[way] = write(way, graphs, Path(tmp) / f"{r}-{way}")
                spent[way].append(seconds)
    print(f"\n{'way':<10} {'CPU ms/article':>15} {'tables KB/article':>18}")
    for way in WAYS:
        tables = f"{size[way] / n / 1024:.1f}" if way in ("merged", "unmerged") else ""
        print(f"{way:<10} {1000 * statistics.median(spent[way]) / n:15.2f} {tables:>18}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
