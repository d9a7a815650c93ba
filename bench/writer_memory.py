"""What grows in the writer of ``kg build --workers N``? Snapshots diffed.

    .venv/bin/python bench/writer_memory.py --at 1000,3000              # bench/corpus.py's corpus
    .venv/bin/python bench/writer_memory.py --corpus /tmp/c10k.jsonl --at 2000,8000

Runs the real build (``kg.pipeline.build``, a pool of ``--workers`` processes) in this
process, which is then the build's single writer, with ``tracemalloc`` on; when the
inputs done reach each count of ``--at``, it notes the resident memory (VmRSS), the
Python heap ``tracemalloc`` traces, the live Python objects by type, and the store's
table files. Between the first count and the last it prints what grew: RSS, Python
objects (the lines that allocated them, with their callers), the object types whose
count grew, and the rest, native memory (RocksDB in pyoxigraph, SQLite, the
allocator). ``tracemalloc`` slows the writer (not the workers) about twofold.

With ``--store-only N --source STORE`` it writes no build, only article graphs: N
copies of the graphs of ``STORE`` (any built store), every IRI of the resource base
renamed per copy, into a fresh ``GraphStore`` (``replace_graph``, flushed as a build
flushes), printing RSS, the Python heap and the table files every 10 %;
``--trim`` also calls ``malloc_trim`` every 500 graphs.

Linux only (it reads /proc).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import sys
import tempfile
import tracemalloc
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

MB = 1024 * 1024


def rss() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def table_files(store: Path) -> tuple[int, int]:
    """The store's RocksDB table files: how many, and their bytes."""
    files = list((store / "oxigraph").glob("*.sst"))
    return len(files), sum(f.stat().st_size for f in files)


class Watch:
    """Snapshots of the writer at the inputs done given."""

    def __init__(self, at: list[int], store: Path) -> None:
        self.at, self.store = sorted(at), store
        self.points: list[dict] = []

    def __call__(self, summary, _article) -> None:
        if self.at and summary.done >= self.at[0]:
            self.at.pop(0)
            gc.collect()
            self.points.append({
                "done": summary.done, "rss": rss(),
                "python": tracemalloc.get_traced_memory()[0],
                "snapshot": tracemalloc.take_snapshot(),
                "types": Counter(type(o).__name__ for o in gc.get_objects()),
                "tables": table_files(self.store),
            })
            print(f"  at {summary.done} inputs: RSS {rss() / MB:.0f} MB, Python "
                  f"{self.points[-1]['python'] / MB:.1f} MB", flush=True)


def report(points: list[dict], top: int) -> None:
    first, last = points[0], points[-1]
    n = last["done"] - first["done"]
    grown, python = last["rss"] - first["rss"], last["python"] - first["python"]
    print(f"\nfrom {first['done']} to {last['done']} inputs ({n} more):")
    print(f"  RSS      {first['rss'] / MB:7.1f} -> {last['rss'] / MB:7.1f} MB "
          f"({grown / max(1, n) / 1024:+.2f} KB an input)")
    print(f"  Python   {first['python'] / MB:7.1f} -> {last['python'] / MB:7.1f} MB "
          f"({python / max(1, n) / 1024:+.2f} KB an input)")
    print(f"  the rest (native: RocksDB, SQLite, allocator) {(grown - python) / MB:+.1f} MB "
          f"({(grown - python) / max(1, n) / 1024:+.2f} KB an input)")
    (f0, b0), (f1, b1) = first["tables"], last["tables"]
    print(f"  store table files {f0} -> {f1}, {b0 / MB:.0f} -> {b1 / MB:.0f} MB")
    print(f"\nPython allocations that grew most (top {top}, by line, with callers):")
    diff = last["snapshot"].compare_to(first["snapshot"], "traceback")
    for stat in diff[:top]:
        if stat.size_diff <= 0:
            break
        print(f"  {stat.size_diff / 1024:+9.1f} KB {stat.count_diff:+7d} blocks")
        for line in stat.traceback.format(limit=4, most_recent_first=True):
            print(f"      {line.strip()}") if line.startswith("  File") else None
    print("\nobject types whose count grew most:")
    growth = Counter({k: last["types"][k] - first["types"].get(k, 0) for k in last["types"]})
    for name, more in growth.most_common(top):
        if more <= 0:
            break
        print(f"  {more:+8d} {name}")


def store_only(count: int, source: Path, trim: bool) -> None:
    """The store's part alone: ``count`` renamed copies of ``source``'s article graphs."""
    import ctypes

    from rdflib import Graph, URIRef

    from kg.store import GraphStore
    from kg.vocab import GRAPH_BASE, RESOURCE_BASE

    tracemalloc.start(1)  # the source graphs, held all along, counted too
    with GraphStore.open(source, read_only=True) as ref:
        graphs = [ref.graph(name) for name in ref.graphs()]
    print(f"{len(graphs)} graphs of {source}, {sum(map(len, graphs)) // len(graphs)} "
          "triples each on average")
    malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim if trim else None
    with tempfile.TemporaryDirectory(prefix="store-memory-") as tmp:
        store = Path(tmp) / "store"
        with GraphStore.open(store) as gs:
            for n in range(count):
                def renamed(term, n=n):
                    if isinstance(term, URIRef) and str(term).startswith(RESOURCE_BASE):
                        return URIRef(f"{term}-{n}")
                    return term

                g = Graph()
                for s, p, o in graphs[n % len(graphs)]:
                    g.add((renamed(s), p, renamed(o)))
                gs.replace_graph(URIRef(f"{GRAPH_BASE}article/copy-{n}"), g)
                if malloc_trim is not None and n % 500 == 0:
                    malloc_trim(0)
                if (n + 1) % max(1, count // 10) == 0:
                    gc.collect()
                    files, size = table_files(store)
                    print(f"{n + 1:7d} graphs: RSS {rss() / MB:6.1f} MB, Python "
                          f"{tracemalloc.get_traced_memory()[0] / MB:5.1f} MB, "
                          f"{files} table files, {size / MB:.0f} MB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None,
                        help="JSON Lines articles (default: bench/corpus.py's, made here)")
    parser.add_argument("--at", default="1000,3000", help="inputs done at each snapshot")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--frames", type=int, default=6, help="tracemalloc's traceback depth")
    parser.add_argument("--store-only", type=int, default=None, metavar="N",
                        help="write N copies of --source's graphs, no build")
    parser.add_argument("--source", type=Path, default=None, help="a built store")
    parser.add_argument("--trim", action="store_true", help="malloc_trim every 500 graphs")
    args = parser.parse_args()
    if args.store_only is not None:
        if args.source is None:
            parser.error("--store-only needs --source STORE")
        store_only(args.store_only, args.source, args.trim)
        return
    at = [int(x) for x in args.at.split(",")]
    from kg.pipeline import build

    with tempfile.TemporaryDirectory(prefix="writer-memory-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        if args.corpus is None:
            sys.path.insert(0, str(ROOT / "bench"))
            import corpus as make  # bench/corpus.py

            with corpus.open("w", encoding="utf-8") as fh:
                make.write(max(at), fh)
        else:
            with args.corpus.open(encoding="utf-8") as src, corpus.open("w") as out:
                out.writelines(itertools.islice(src, max(at)))
        store = Path(tmp) / "store"
        watch = Watch(at, store)
        tracemalloc.start(args.frames)
        summary = build([corpus], store=store, workers=args.workers, progress=watch)
        tracemalloc.stop()
        print(f"built: {summary.stored} stored, {summary.done} inputs")
        if len(watch.points) >= 2:
            report(watch.points, args.top)


if __name__ == "__main__":
    main()
