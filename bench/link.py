"""How ``kg link --offline`` grows with the store: the whole command, timed, at growing sizes.

    .venv/bin/python bench/link.py                         # 50, 100, 200, 600 articles
    .venv/bin/python bench/link.py --articles 600,2000 --rounds 3

Stores are generated as bench/queries.py does (the real mapping, a fixed seed: each
article names a person, two organisations and a place out of pools of 400, 60 and 200).
``kg link --offline`` with an empty cache makes no request; it still reads every entity,
its names and its context (the places and organisations its articles name beside it),
decides, and records a refusal per entity: the part of ``kg link`` that grows with the
store. Times are wall seconds of the whole process, the median of ``--rounds``; the last
column is the time per article, which stays flat when the cost is linear.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's kg, not another
sys.path.insert(0, str(Path(__file__).resolve().parent))
from kg import iri  # noqa: E402
from kg.rdf import extraction_graph  # noqa: E402
from kg.store import GraphStore  # noqa: E402
from kg.terms import to_quads  # noqa: E402
from queries import article  # noqa: E402 - the generator of bench/queries.py


def generate(root: Path, articles: int) -> None:
    rng = random.Random(7)
    with GraphStore.open(root) as store:
        quads = []
        for n in range(articles):
            graph = ox.NamedNode(str(iri.article_graph(f"gen-{n}")))
            quads.extend(to_quads(extraction_graph(article(n, rng)), graph))
        store.store.bulk_extend(quads)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default="50,100,200,600", help="store sizes, in articles")
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args(argv)
    kg = str(Path(sys.executable).parent / "kg")
    print("| articles | entities | kg link --offline (s) | ms per article |")
    print("|---|---|---|---|")
    for n in (int(x) for x in a.articles.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "store"
            generate(root, n)
            times = []
            for _ in range(a.rounds):
                start = time.perf_counter()
                done = subprocess.run([kg, "link", "--offline", "--store", str(root)],
                                      capture_output=True, text=True, check=False)
                times.append(time.perf_counter() - start)
                if done.returncode not in (0, 1):
                    print(f"link: kg link failed: {done.stderr.strip()}", file=sys.stderr)
                    return 2
            with GraphStore.open(root, read_only=True) as store:
                entities = len(store.select(
                    "SELECT DISTINCT ?e WHERE { ?e <https://w3id.org/newskg/ontology#mentionedIn> "
                    "?a }"))
            median = statistics.median(times)
            print(f"| {n} | {entities} | {median:.2f} | {1000 * median / n:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
