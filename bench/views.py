"""How fast the graph views are built and written on a large generated graph.

A store is generated from invented articles (no NLP: ``Extraction`` records are made
directly, mapped with ``kg.rdf.extraction_graph`` and stored), sized so that the
event view has about ``--nodes`` nodes (10 000 by default). Then each step is timed:
reading the store (``load_facts``), building each view, ``--stats`` on the actors,
and writing each view in every format. Times are wall seconds, the median of
``--rounds`` runs (each step once as a warm-up first, unless ``--no-warmup``).

    .venv/bin/python bench/views.py                  # ~10k-node event view
    .venv/bin/python bench/views.py --nodes 2000 --rounds 3
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from kg import iri  # noqa: E402
from kg.rdf import extraction_graph  # noqa: E402
from kg.records import (  # noqa: E402
    Article,
    DateValue,
    Entity,
    Event,
    Extraction,
    Membership,
    Span,
    Statement,
)
from kg.store import GraphStore  # noqa: E402
from kg.views import VIEWS, build  # noqa: E402
from kg.views.facts import load_facts  # noqa: E402
from kg.views.stats import node_stats  # noqa: E402
from kg.viz import FORMATS, write  # noqa: E402

#: Statements and events per generated article.
ITEMS = 4
EVENT_TYPES = ("ControlEvent", "ConflictEvent", "MovementEvent", "ContactEvent")


def article(n: int, rng: random.Random, pools: dict[str, int]) -> Extraction:
    """One invented article: a claim about an event, a denial, a second event, a membership."""
    def pick(kind: str) -> str:  # a few names recur often, as in news; most seldom
        popular = rng.random() < 0.3
        number = int(rng.paretovariate(1.0)) if popular else rng.randrange(pools[kind])
        return f"{kind} {number % pools[kind]:05d}"

    people = list(dict.fromkeys(pick("Person") for _ in range(2)))
    orgs = list(dict.fromkeys(pick("Organization") for _ in range(2)))
    place = pick("Place")
    sentences = [f"{people[0]} of {orgs[0]} said that {orgs[-1]} had seized {place}.",
                 f"{people[-1]} denied it.", f"Fighting went on in {place} on Monday."]
    text = " ".join(sentences)
    spans, start = [], 0
    for s in sentences:
        spans.append(Span(start, start + len(s)))
        start += len(s) + 1
    day = DateValue(f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}", "date", "on Monday")
    ents = ([Entity(f"p{i}", "Person", p) for i, p in enumerate(people)]
            + [Entity(f"o{i}", "Organization", o) for i, o in enumerate(orgs)]
            + [Entity("l", "Place", place)])
    seized = text.index("seized")
    return Extraction(
        article=Article(id=f"gen-{n:06d}", text=text, published=day.value),
        entities=tuple(ents),
        events=(
            Event("e1", rng.choice(EVENT_TYPES), "seized", Span(seized, seized + 6), spans[0],
                  agents=(f"o{len(orgs) - 1}",), places=("l",), date=day, factuality="Claimed"),
            Event("e2", "ConflictEvent", "Fighting", Span(spans[2].begin, spans[2].begin + 8),
                  spans[2], participants=("o0",), places=("l",), date=day),
        ),
        statements=(
            Statement("s1", "p0", "Assert", "say", sentences[0][:-1], spans[0], spans[0],
                      on_behalf_of="o0", date=day, proposition="e1"),
            Statement("s2", f"p{len(people) - 1}", "Deny", "deny", "it", spans[1], spans[1],
                      date=day, responds_to="s1"),
        ),
        memberships=(Membership("p0", "o0", spans[0]),),
    )


def generate(root: Path, nodes: int, seed: int = 7) -> int:
    """Fill a store at ``root`` so that the event view has about ``nodes`` nodes."""
    articles = max(10, nodes // (ITEMS + 1))
    pools = {"Person": articles, "Organization": max(5, articles // 8),
             "Place": max(5, articles // 10)}
    rng = random.Random(seed)
    with GraphStore.open(root) as gs:
        for n in range(articles):
            ex = article(n, rng, pools)
            gs.replace_graph(iri.article_graph(ex.article.id), extraction_graph(ex))
    return articles


def timed(fn: Callable[[], object], rounds: int, warmup: bool) -> tuple[float, object]:
    if warmup:
        fn()
    times, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=10_000, help="size of the event view")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--no-warmup", dest="warmup", action="store_false")
    parser.add_argument("--views", default=",".join(VIEWS), help="comma-separated views")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        count = generate(Path(tmp) / "store", args.nodes)
        print(f"generated {count} articles in {time.perf_counter() - started:.1f} s")
        with GraphStore.open(Path(tmp) / "store", read_only=True) as gs:
            secs, facts = timed(lambda: load_facts(gs), args.rounds, args.warmup)
            print(f"load_facts   {secs:7.2f} s  ({len(facts.items)} items, "
                  f"{len(facts.entities)} entities)")
            triples = None
            if "rdf" in args.views:
                from kg.query import run_query

                secs, triples = timed(lambda: run_query(gs, "view-triples").dicts(),
                                      args.rounds, args.warmup)
                print(f"view-triples {secs:7.2f} s  ({len(triples)} rows)")
        print(f"\n{'view':<9} {'nodes':>7} {'edges':>7} {'build':>7}  "
              + "  ".join(f"{f:>7}" for f in FORMATS))
        for name in args.views.split(","):
            _bench_view(name, facts, triples, Path(tmp), args)
        secs, _ = timed(lambda: node_stats(build(facts, "actors")), args.rounds, False)
        print(f"\nactors --stats (degree, betweenness, Louvain): {secs:.2f} s")


def _bench_view(name: str, facts, triples, tmp: Path, args) -> None:
    secs, graph = timed(lambda: build(facts, name, triples=triples), args.rounds, args.warmup)
    cells = []
    for fmt in FORMATS:
        out = tmp / f"{name}.{fmt}"
        spent, _ = timed(lambda out=out: write(graph, out), args.rounds, False)
        cells.append(f"{spent:7.2f}")
    print(f"{name:<9} {len(graph):>7} {graph.number_of_edges():>7} {secs:7.2f}  "
          + "  ".join(cells))


if __name__ == "__main__":
    main()
