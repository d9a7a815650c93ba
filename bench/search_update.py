"""What ``kg.search.update`` costs an article, into a fresh index and into a large one.

    .venv/bin/python bench/evaluate.py --sets dev,meantime-dev,news-dev,polnear-dev
    .venv/bin/python bench/search_update.py --index ../runs/kg1m-copy/search.sqlite

Reads the article graphs of the stores ``bench/evaluate.py`` left (``build/eval/<set>/
store``: the four dev sets, 145 graphs) once, as the build's derive step reads them
(``GraphStore.graph``), then, round after round, clocks ``search.update`` of each
(process CPU time), and apart the part of it in ``kg.ranked.added`` (the ranked lists):

- ``fresh``  into a new, empty index (few keys ranked: the lists are nearly idle);
- ``large``  into the index ``--index`` (a copy of a large store's ``search.sqlite``:
             many keys ranked, each row added checked against their lists). The
             updates of a round are rolled back at its end (a savepoint), so every
             round starts from the same index and the file is left as it was.

Prints the mean and median per article of each, over all rounds. Run it twice, before
and after a change (``PYTHONPATH`` at each tree), turn by turn on a shared machine.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from kg import ranked, search  # noqa: E402
from kg.store import GraphStore  # noqa: E402

SETS = ("dev", "news-dev", "meantime-dev", "polnear-dev")


def graphs(eval_dir: Path) -> list[tuple[str, object]]:
    """(name, rdflib graph) of every article graph of the sets' stores."""
    out = []
    for name in SETS:
        store = eval_dir / name / "store"
        if not store.is_dir():
            continue
        with GraphStore.open(store, read_only=True) as gs:
            cache: dict = {}
            out += [(g, gs.graph(g, cache=cache, prefixes=False)) for g in gs.graphs()]
    return out


def one_round(db: sqlite3.Connection, read: list[tuple[str, object]]) -> tuple[list, list]:
    """CPU seconds of each article's ``search.update``, and of its ``ranked.added``."""
    spent, lists = [], []
    inner = ranked.added

    def clocked(*args, **kwargs):
        started = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            lists[-1] += time.process_time() - started

    search.ranked.added = clocked
    try:
        for name, g in read:
            lists.append(0.0)
            started = time.process_time()
            search.update(db, name, g)
            spent.append(time.process_time() - started)
    finally:
        search.ranked.added = inner
    return spent, lists


def fresh_round(read: list[tuple[str, object]]) -> tuple[list, list]:
    with tempfile.TemporaryDirectory(prefix="newskg-update-") as tmp:
        db = sqlite3.connect(Path(tmp) / "main.sqlite")
        search.attach(db, tmp)
        try:
            return one_round(db, read)
        finally:
            db.commit()
            db.close()


def large_round(db: sqlite3.Connection, read: list[tuple[str, object]]) -> tuple[list, list]:
    db.execute("SAVEPOINT bench")
    try:
        return one_round(db, read)
    finally:
        db.execute("ROLLBACK TO bench")
        db.execute("RELEASE bench")


def _line(label: str, spent: list[float], lists: list[float]) -> str:
    ms = [1000 * s for s in spent]
    return (f"{label:<7} update mean {statistics.mean(ms):6.2f} ms, median "
            f"{statistics.median(ms):6.2f} ms; ranked.added mean "
            f"{1000 * statistics.mean(lists):6.2f} ms ({len(spent)} updates)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=ROOT / "build" / "eval",
                        help="where bench/evaluate.py left the sets' stores")
    parser.add_argument("--index", type=Path, help="a large search.sqlite (a copy: opened "
                        "for writing, every change rolled back)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    read = graphs(args.eval)
    if not read:
        print(f"no stores under {args.eval}: run bench/evaluate.py first", file=sys.stderr)
        return 2
    print(f"{len(read)} article graphs; {args.rounds} rounds after a warm-up")
    fresh = ([], [])
    for n in range(args.rounds + 1):
        spent, lists = fresh_round(read)
        if n:
            fresh[0].extend(spent)
            fresh[1].extend(lists)
    print(_line("fresh", *fresh))
    if args.index is not None:
        db = sqlite3.connect(":memory:")
        db.execute("ATTACH DATABASE ? AS search", (str(args.index),))
        ranked.upgrade(db)  # its layout, as a writer attaching it has it
        keys = db.execute("SELECT count(*) FROM search.word WHERE ranked = 1").fetchone()[0]
        large = ([], [])
        for n in range(args.rounds + 1):
            spent, lists = large_round(db, read)
            if n:
                large[0].extend(spent)
                large[1].extend(lists)
        db.close()
        print(_line("large", *large) + f"; {keys} keys ranked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
