"""What ``kg.ranked.added`` costs an article at scale, on a build's own rows.

    .venv/bin/python bench/ranked_replay.py --into COPY/search.sqlite \\
        --rows-from LATER/search.sqlite --articles 1000

Two search indexes of the same build: ``--into`` taken at some size (a copy: it is
written, then rolled back) and ``--rows-from`` taken later. The search rows of the
articles the later index has and the earlier one has not (the next ``--articles``,
after ``--skip``, in the order they were indexed) are added to the earlier index
with their own row ids, one article at a time, as the build's refresh adds them, and
``ranked.added`` is clocked alone (process CPU time): the checks against the ranked
lists, their bars, counting the rows' keys, and ranking the keys they make frequent.
Everything is rolled back at the end, so runs before and after a change start from
the same index; only the upgrade a writer gives an index of an earlier ``VERSION``
(``ranked.upgrade``) is kept, as it would be. Prints the mean per article every 250
articles, the keys ranked on the way, and a digest of ``search.ranked`` and
``search.word`` after the last one (the same digest: the same lists and counts).
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from kg import ranked  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--into", required=True, type=Path, help="search.sqlite to add to")
    parser.add_argument("--rows-from", required=True, type=Path,
                        help="a later search.sqlite of the same build")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--skip", type=int, default=0)
    args = parser.parse_args()
    for path in (args.into, args.rows_from):
        if not path.is_file():
            sys.exit(f"ranked_replay: no index at {path}")
    later = sqlite3.connect(f"file:{args.rows_from}?mode=ro", uri=True)
    db = sqlite3.connect(":memory:")
    db.execute("ATTACH DATABASE ? AS search", (str(args.into),))
    ranked.upgrade(db)  # its layout, as a writer attaching it has it (kept: an earlier
    db.commit()  # version's index is marked as this one's)
    have = {g for (g,) in db.execute("SELECT graph FROM search.doc")}
    order = [g for g, _ in later.execute(
        "SELECT graph, min(rowid) AS first FROM entry GROUP BY graph ORDER BY first")
        if g not in have][args.skip:args.skip + args.articles]
    if not order:
        sys.exit(f"ranked_replay: {args.rows_from} has no article {args.into} has not")
    columns = [c[1] for c in later.execute("PRAGMA table_info(entry)")]
    print(f"{len(have)} articles in {args.into}; replaying {len(order)}", flush=True)
    keys_before = db.execute("SELECT count(*) FROM search.word WHERE ranked = 1").fetchone()[0]
    db.execute("BEGIN")
    spent = 0.0
    try:
        for n, graph in enumerate(order, 1):
            added = []
            for rowid, *values, text, sentence in later.execute(
                    f"SELECT e.rowid, {', '.join('e.' + c for c in columns)}, h.text, "
                    "h.sentence FROM entry e JOIN hit h ON h.rowid = e.rowid "
                    "WHERE e.graph = ? ORDER BY e.rowid", (graph,)):
                entry = dict(zip(columns, values, strict=True))
                db.execute(f"INSERT INTO search.entry (rowid, {', '.join(columns)}) VALUES "
                           f"(?, {', '.join('?' * len(columns))})", (rowid, *values))
                db.execute("INSERT INTO search.hit (rowid, text, sentence) VALUES (?, ?, ?)",
                           (rowid, text, sentence))
                added.append((rowid, entry["kind"], entry["node"]))
            start = time.process_time()
            ranked.added(db, added)
            spent += time.process_time() - start
            if n % 250 == 0:
                print(f"{n} articles: {1000 * spent / n:.1f} ms an article", flush=True)
        digest = hashlib.sha1()
        for table, order_by in (("ranked", "term, row"), ("word", "term")):
            for row in db.execute(f"SELECT * FROM search.{table} ORDER BY {order_by}"):
                digest.update(repr(row).encode())
        keys = db.execute("SELECT count(*) FROM search.word WHERE ranked = 1").fetchone()[0]
    finally:
        db.rollback()
    print(f"{len(order)} articles: ranked.added {spent:.2f} CPU s, "
          f"{1000 * spent / len(order):.1f} ms an article; keys ranked {keys_before} -> "
          f"{keys}; lists' digest {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
