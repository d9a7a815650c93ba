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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None,
                        help="JSON Lines articles (default: bench/corpus.py's, made here)")
    parser.add_argument("--at", default="1000,3000", help="inputs done at each snapshot")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--frames", type=int, default=6, help="tracemalloc's traceback depth")
    args = parser.parse_args()
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
