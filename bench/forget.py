"""What taking an article out of a large search index costs (``kg.search.forget``).

    .venv/bin/python bench/forget.py COPY --articles 30
    .venv/bin/python bench/forget.py COPY --articles 10 --listed-from 100000

``COPY`` is a store folder (or a copy of one) whose ``search.sqlite`` is written: the
articles are taken out one after the other, each in a transaction of its own (what
``kg forget`` and a changed article do), and committed, unless ``--rollback`` (then each
is rolled back: every article is taken out of the same index). Articles are drawn at
random (``--seed``) among all, or among those with a row listed under a ranked key held
by ``--listed-from`` rows or more (a word in 100,000 rows, a one-letter prefix: whose
list, made again from the index, reads every row of the key). Prints, for each, the ms
of process CPU and the lists made again (``kg.ranked._rank``) and mended from their
slack (``kg.ranked._relisted``); then the median, mean, largest and sum.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from kg import ranked, search  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path, help="a store folder with a search.sqlite (a copy)")
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--listed-from", type=int, default=0,
                        help="only articles with a row listed under a key of this many rows")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rollback", action="store_true",
                        help="roll each back (each taken out of the same index)")
    args = parser.parse_args()
    if not (args.store / search.SEARCH_FILE).is_file():
        sys.exit(f"forget: no search index at {args.store / search.SEARCH_FILE}")
    db = sqlite3.connect(":memory:")
    search.attach(db, args.store)
    if not ranked.ready(db):
        sys.exit(f"forget: the index at {args.store} has no ranked lists")
    if args.listed_from:
        graphs = [g for (g,) in db.execute(
            "SELECT DISTINCT e.graph FROM search.word w JOIN search.ranked r ON r.term = w.term "
            "JOIN search.entry e ON e.rowid = r.row WHERE w.ranked = 1 AND w.docs >= ? "
            "ORDER BY e.graph", (args.listed_from,))]
    else:
        graphs = [g for (g,) in db.execute("SELECT graph FROM search.doc ORDER BY graph")]
    picked = random.Random(args.seed).sample(graphs, min(args.articles, len(graphs)))
    print(f"{len(graphs)} articles to draw from; taking out {len(picked)} "
          f"({'rolled back' if args.rollback else 'committed'})", flush=True)
    counts = {"made": 0, "mended": 0}
    rank, relist = ranked._rank, ranked._relisted

    def made(db, key, *read):
        counts["made"] += not read  # not a key ranked anew (_promote gives what it read)
        return rank(db, key, *read)

    def mended(db, nodes):  # (node, kind) -> keys
        counts["mended"] += sum(len(keys) for keys in nodes.values())
        return relist(db, nodes)

    ranked._rank, ranked._relisted = made, mended
    spent = []
    for graph in picked:
        counts.update(made=0, mended=0)
        start = time.process_time()
        search.forget(db, graph)
        (db.rollback if args.rollback else db.commit)()
        spent.append((time.process_time() - start) * 1000)
        print(f"{spent[-1]:10.1f} ms  made again {counts['made']:3}  mended "
              f"{counts['mended']:3}  {graph}", flush=True)
    print(f"median {statistics.median(spent):.1f} ms, mean {statistics.mean(spent):.1f}, "
          f"largest {max(spent):.1f}, sum {sum(spent) / 1000:.1f} s over {len(spent)}")


if __name__ == "__main__":
    main()
