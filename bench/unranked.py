"""What a key of several words costs FTS5 when it has no ranked list (``kg.ranked.SHARE``).

    .venv/bin/python bench/unranked.py STORE/search.sqlite
    .venv/bin/python bench/unranked.py STORE/search.sqlite --kind phrase --sample 10

A pair of words (``"a&b"``) or a phrase (``"a b c"``) held by fewer rows than its share
of the index (``kg.ranked._several_from``) gets no list, and a search for it alone is
ranked in full by FTS5 (``bm25``, 20 hits). This draws keys of the index's own
vocabulary (``search.word``, held by ``RANK_FROM`` rows or more) in bands of rows and
clocks that full ranking (process CPU, the median of ``--rounds``), so that the cost of
leaving a key without a list can be set against the cost of ranking it. With
``--search``, it also clocks the whole ``kg search`` of each key's words
(``SearchIndex.search``, 20 hits: the lists tried first, the page marked), which is
what a user waits for. Read-only: the
index may be that of a build under way. Keys are FTS5's tokens (stemmed); a key whose
match does not give back its count of rows (the stemmer, run again on a stem, can
change it) is left out and counted.
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

from kg import ranked  # noqa: E402
from kg.search import _WEIGHTS  # noqa: E402

#: Where each kind of key is found in ``search.word``.
KINDS = {"pair": "instr(term, '&') > 0", "phrase": "instr(term, ' ') > 0"}
BANDS = ((2_000, 5_000), (5_000, 10_000), (10_000, 20_000), (20_000, None))


def expression(key: str) -> str:
    """The FTS5 query of ``key``: both words, or the phrase."""
    if "&" in key:
        return " AND ".join(f'"{w}"' for w in key.split("&"))
    return f'"{key}"'


def cpu_ms(run, rounds: int) -> float:
    """ms of CPU, the median of ``rounds`` calls of ``run``."""
    spent = []
    for _ in range(rounds):
        started = time.process_time()
        run()
        spent.append(1000 * (time.process_time() - started))
    return statistics.median(spent)


def ranked_in_full(db: sqlite3.Connection, query: str) -> None:
    """Every match of ``query`` ranked by FTS5, the first 20 kept."""
    weights = ", ".join(map(str, _WEIGHTS))  # as kg search weighs the columns
    db.execute(f"SELECT rowid, bm25(hit, {weights}) AS s FROM search.hit WHERE hit MATCH ? "
               "ORDER BY s LIMIT 20", (query,)).fetchall()


def words_of(key: str) -> str:
    """What a user types for ``key``: its two words, or the phrase."""
    return key.replace("&", " ") if "&" in key else f'"{key}"'


def median(spent: list[float]) -> str:
    return (f"{statistics.median(spent):.1f} ({min(spent):.1f} to {max(spent):.1f})"
            if spent else "-")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index", type=Path, help="a store's search.sqlite")
    parser.add_argument("--kind", choices=(*KINDS, "both"), default="both")
    parser.add_argument("--sample", type=int, default=8, help="keys drawn in each band")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--search", action="store_true",
                        help="clock the whole kg search of each key's words too")
    args = parser.parse_args(argv)
    if not args.index.is_file():
        sys.exit(f"unranked: no index at {args.index}")
    db = sqlite3.connect("file::memory:", uri=True, timeout=60)  # attached, as kg.search does
    db.execute("ATTACH DATABASE ? AS search", (f"file:{args.index}?mode=ro",))
    rows, share = ranked._averages(db)[0], ranked._several_from(db)
    print(f"{args.index}: {rows} rows; keys of several words ranked from {share} rows "
          f"(RANK_FROM {ranked.RANK_FROM}, SHARE {ranked.SHARE}, CEILING {ranked.CEILING})")
    index = None
    if args.search:
        from kg.search import SearchIndex
        index = SearchIndex(args.index.parent)
    print("| kind | rows of the key | keys in the band | ranked | clocked | full ranking, "
          "median ms CPU (range) |" + (" kg search, median ms CPU (range) |" if index else ""))
    print("|---|---|---|---|---|---|" + ("---|" if index else ""))
    rng = random.Random(args.seed)
    for kind in KINDS if args.kind == "both" else (args.kind,):
        for low, high in BANDS:
            keys = db.execute(
                f"SELECT term, docs, ranked FROM search.word WHERE {KINDS[kind]} AND docs >= ?"
                + (" AND docs < ?" if high else "") + " ORDER BY term",
                (low, high) if high else (low,)).fetchall()
            spent, whole, skipped = [], [], 0
            for key, docs, _ in rng.sample(keys, min(args.sample, len(keys))):
                query = expression(key)
                if db.execute("SELECT count(*) FROM search.hit WHERE hit MATCH ?",
                              (query,)).fetchone()[0] != docs:
                    skipped += 1
                    continue
                spent.append(cpu_ms(lambda q=query: ranked_in_full(db, q), args.rounds))
                if index is not None:
                    whole.append(cpu_ms(lambda k=key: index.search(words_of(k), limit=20),
                                        args.rounds))
            band = f"{low:,} to {high:,}" if high else f"{low:,} or more"
            print(f"| {kind} | {band} | {len(keys)} | {sum(r for _, _, r in keys)} | "
                  f"{len(spent)}{f' ({skipped} left out)' if skipped else ''} | {median(spent)} |"
                  + (f" {median(whole)} |" if index else ""))
    if index is not None:
        index.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
