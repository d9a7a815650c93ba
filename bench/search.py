"""Word searches on a store, from the ranked lists and by full ranking, the hits compared.

    .venv/bin/python bench/search.py /tmp/kg1m --rounds 5
    .venv/bin/python bench/search.py /tmp/kg10m --rank     # give the index its lists first

Times each search of ``SEARCHES`` (``kg search``, a page of 20 hits unless said, the
store passed as ``kg search`` does, so each hit's article is checked) two ways: as
``kg search`` runs it (from ``kg.ranked``'s lists where they answer) and with every
match scored by FTS5 (the lists left aside: what every search did before them), and
checks that both give the same hits (kind, node, article, text marked, score).
``--rank`` first gives an index without the lists its lists, as the next build would
(``kg.ranked.build``), and prints the time and the index's size before and after.
Median and least wall-clock milliseconds of ``--rounds`` runs, and the median CPU
milliseconds of this process. ``--updates N`` instead times each article's index
update (``kg.search.update``, the ranked lists' upkeep included): ``N`` articles of
``bench/queries.py``'s generator added to a copy of the index, CPU milliseconds per
article.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's kg, not another
from kg import iri, ranked, search  # noqa: E402 - after the path is set
from kg.rdf import extraction_graph  # noqa: E402
from kg.search import SEARCH_FILE, SearchIndex, match_expression  # noqa: E402
from kg.store import GraphStore  # noqa: E402

#: (words, kind, hits): a word in every article, phrases in every denial, names, two
#: words, a page deeper down; then several words and longer phrases: a frequent word
#: with a rare one (``org o3``: a name and its alias), a name with a frequent word
#: (``person 12 said``), a rare phrase of three words and frequent ones, two frequent
#: words in either order, three frequent words; prefixes of one ranked word (``seiz*``),
#: of two (``p*``: ``person``, ``place``; ``s*``: these two, as short prefixes, from a
#: list of their own), of many ranked words and thousands of rows of rare ones (``o*``:
#: ``org``, ``on`` and the aliases ``o0``…), and one that stands for one word beside
#: another (``seiz* org``: the pair's list); phrases of five, six, seven and eight
#: frequent words (a list of six; seven and eight: their rows counted as they come);
#: three and four frequent words, and a word beside a phrase (``kg.ranked.several``), on
#: pages that end at the 20th, 100th, 120th (within the lists' slack) and 200th hit
#: (200: ranked in full).
SEARCHES = [("seized", None, 20), ('"had fallen"', None, 20), ("denied", None, 20),
            ("seized", "statement", 20), ("Place 7", None, 20), ('"Org 3"', None, 20),
            ("Org 3 denied", None, 20), ("org seized", None, 20), ("fallen", None, 100),
            ("org o3", None, 20), ("person 12 said", None, 20), ('"org 3 o3"', None, 20),
            ('"org had seized"', None, 20), ('"said on monday that"', None, 20),
            ("seized org", None, 20), ("place fallen", "statement", 20),
            ("monday seized fallen", None, 20), ("seiz*", None, 20), ("p*", None, 20),
            ("s*", "statement", 20), ("o*", None, 20), ("seiz* org", None, 20),
            ('"said on monday that org"', None, 20),
            ('"org denied that place had fallen"', "statement", 20),
            ('"said on monday that org had seized"', None, 20),
            ('"said on monday that org had seized place"', None, 20),
            ("org seized said", None, 20), ("place fallen had", "statement", 20),
            ('"had fallen" place', None, 20), ('org "had seized"', None, 20),
            ("denied org place fallen", None, 20), ("org seized said", None, 100),
            ("seized", None, 120), ("org seized said", None, 120),
            ("org seized said", None, 200)]


def timed(index: SearchIndex, store, words: str, kind: str | None, hits: int,
          rounds: int) -> tuple[list, list[float], float]:
    """The hits, the wall-clock ms of each round, and the median CPU ms of this process
    (what a machine shared with other work still measures fairly)."""
    spent, cpu, found = [], [], []
    for _ in range(rounds):
        began, began_cpu = time.perf_counter(), time.process_time()
        found = index.search(words, kind=kind, limit=hits, store=store).hits
        spent.append(1000 * (time.perf_counter() - began))
        cpu.append(1000 * (time.process_time() - began_cpu))
    return found, spent, statistics.median(cpu)


def rank(root: Path) -> None:
    path = root / SEARCH_FILE
    before = path.stat().st_size / 1e6
    db = sqlite3.connect(":memory:")
    search.attach(db, root, rank=False)
    began = time.perf_counter()
    keys = ranked.build(db)
    db.commit()
    rows = db.execute("SELECT count(*) FROM search.ranked").fetchone()[0]
    db.close()
    print(f"ranked lists of {keys} words and phrases ({rows} rows) made in "
          f"{time.perf_counter() - began:.1f} s; {path.name} {before:.1f} -> "
          f"{path.stat().st_size / 1e6:.1f} MB", flush=True)


def updates(root: Path, articles: int) -> None:
    """Add ``articles`` generated articles to a copy of ``root``'s index, 50 at a time
    (one transaction each); print the CPU ms per article of each batch."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from queries import article  # bench/queries.py's generator

    rng = random.Random(99)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(root / SEARCH_FILE, Path(tmp) / SEARCH_FILE)
        db = sqlite3.connect(":memory:")
        search.attach(db, tmp)  # lists made first if the index lacks them
        db.commit()
        for start in range(10**7, 10**7 + articles, 50):
            graphs = [(str(iri.article_graph(f"gen-{n}")), extraction_graph(article(n, rng)))
                      for n in range(start, min(start + 50, 10**7 + articles))]
            began = time.process_time()
            for graph, g in graphs:
                search.update(db, graph, g)
            db.commit()
            print(f"articles {start - 10**7 + 1}-{start - 10**7 + len(graphs)}: "
                  f"{1000 * (time.process_time() - began) / len(graphs):.1f} ms CPU each",
                  flush=True)
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rank", action="store_true",
                        help="Make the index's ranked lists first (kg.ranked.build).")
    parser.add_argument("--no-store", action="store_true",
                        help="A search index alone (no store beside it): hits not checked "
                        "against the store's articles.")
    parser.add_argument("--updates", type=int, default=0,
                        help="Time the index update of this many generated articles instead.")
    args = parser.parse_args(argv)
    if args.rank:
        rank(args.store)
    if args.updates:
        updates(args.store, args.updates)
        return 0
    store = None if args.no_store else GraphStore.open(args.store, read_only=True)
    same = True
    print("| words | hits | lists or few? | ms (median, least) | every match scored, ms | "
          "ms CPU | every match scored, ms CPU |\n|---|---|---|---|---|---|---|")
    with SearchIndex(args.store) as index:
        for words, kind, hits in SEARCHES:
            listed = index._ranked(match_expression(words), kind, hits) is not None
            fast, spent, cpu = timed(index, store, words, kind, hits, args.rounds)
            index._ranked = lambda *_: None
            index._marking = lambda expression, rows: expression  # FTS5 marks a prefix itself
            full, spent_full, cpu_full = timed(index, store, words, kind, hits, args.rounds)
            del index._ranked, index._marking
            same &= fast == full
            label = f"`{words}`" + (f" --type {kind}" if kind else "") + (
                f" --limit {hits}" if hits != 20 else "")
            print(f"| {label} | {len(fast)}{'' if fast == full else ' **differ**'} | "
                  f"{'yes' if listed else 'no'} | {statistics.median(spent):.1f} "
                  f"({min(spent):.1f}) | {statistics.median(spent_full):.1f} "
                  f"({min(spent_full):.1f}) | {cpu:.1f} | {cpu_full:.1f} |", flush=True)
    if store is not None:
        store.close()
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
