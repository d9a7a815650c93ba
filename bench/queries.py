"""The canonical questions on a generated graph: embedded, through ``kg serve``, and rdflib.

    .venv/bin/python bench/queries.py                       # about 1 M triples
    .venv/bin/python bench/queries.py --triples 10000000 --no-rdflib

Articles are generated from a fixed seed through the real mapping
(``kg.rdf.extraction_graph``): each names a few of a pool of people, organisations
and places, with statements, denials, events and memberships, so the graph has the
shape a build gives. Every question runs ``--rounds`` times (median reported) on the
embedded store (pyoxigraph, substitutions) and through a ``kg serve`` on the same
store (HTTP, SPARQLWrapper, VALUES binding); rdflib's in-memory SPARQL runs the same
query text once on the same quads (default graph = union), as the reference.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg import iri
from kg.rdf import extraction_graph
from kg.records import Article, DateValue, Entity, Event, Extraction, Membership, Span, Statement
from kg.store import GraphStore
from kg.terms import to_quads

QUESTIONS: list[tuple[str, dict[str, str]]] = [
    ("claimed-control", {"place": "Place 7"}),
    ("claims-about", {"entity": "Org 3"}),
    ("statements-by", {"actor": "Org 3"}),
    ("denials", {"about": "Place 7"}),
    ("first-report", {"about": "Place 7", "type": "ControlEvent"}),
    ("corroboration", {"about": "Place 7", "type": "ControlEvent"}),
    ("timeline", {"entity": "Person 11"}),
    ("who-said-what", {"about": "Place 7"}),
    ("members", {"organization": "Org 3"}),
]
TEXT = "Person said on Monday that Org had seized Place. Org denied that Place had fallen."


def article(n: int, rng: random.Random) -> Extraction:
    """One generated article: a claim of control, its denial, a member speaking."""
    person, org, rival, place = (rng.randrange(400), rng.randrange(60), rng.randrange(60),
                                 rng.randrange(200))
    day = DateValue(f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}", "date", "on Monday")
    whole, first, second = Span(0, len(TEXT)), Span(0, 48), Span(49, len(TEXT))
    return Extraction(
        article=Article(id=f"gen-{n}", text=TEXT, published=day.value,
                        publisher=f"Outlet {n % 25}"),
        entities=(Entity("p", "Person", f"Person {person}"),
                  Entity("o", "Organization", f"Org {org}", aliases=(f"O{org}",)),
                  Entity("r", "Organization", f"Org {rival}" if rival != org else "Org x"),
                  Entity("l", "Place", f"Place {place}")),
        events=(Event("e", "ControlEvent", "seized", Span(34, 40), first, agents=("o",),
                      places=("l",), date=day, factuality="Claimed"),),
        statements=(
            Statement("s", "p", "Assert", "say", "Org had seized Place", Span(30, 47), first,
                      on_behalf_of="o", date=day, proposition="e"),
            Statement("d", "r", "Deny", "deny", "Place had fallen", Span(65, 81), second,
                      proposition="e", responds_to="s"),
        ),
        memberships=(Membership("p", "o", whole),),
    )


def generate(root: Path, triples: int) -> int:
    """A store at ``root`` with about ``triples`` triples of generated articles."""
    rng = random.Random(7)
    written = 0
    with GraphStore.open(root) as store:
        n = 0
        while written < triples:
            batch = []
            for _ in range(500):
                g = extraction_graph(article(n, rng))
                batch.extend(to_quads(g, ox.NamedNode(str(iri.article_graph(f"gen-{n}")))))
                n += 1
            store.store.bulk_extend(batch)
            written += len(batch)
        store.store.optimize()
    return written


def timed(fn: Callable[[], object], rounds: int) -> tuple[float, int]:
    seconds, rows = [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()
        seconds.append(time.perf_counter() - started)
        rows = len(result)  # type: ignore[arg-type]
    return statistics.median(seconds), rows


def rdflib_dataset(store: GraphStore):
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    ds.addN(_rdflib_quads(store, ds))
    return ds


def _rdflib_quads(store: GraphStore, ds) -> Iterator:
    from kg.terms import from_oxigraph

    cache: dict = {}
    graphs: dict = {}

    def term(t):
        if t not in cache:
            cache[t] = from_oxigraph(t)
        return cache[t]

    for q in store.store.quads_for_pattern(None, None, None, None):
        name = q.graph_name.value
        if name not in graphs:
            from rdflib import URIRef

            graphs[name] = ds.graph(URIRef(name))
        yield term(q.subject), term(q.predicate), term(q.object), graphs[name]


def reference_seconds(ds, text: str, limit: float) -> float | str:
    """rdflib's time for ``text`` in a forked child (so it can be stopped after ``limit`` s)."""
    import multiprocessing

    def child(conn) -> None:
        try:
            started = time.perf_counter()
            list(ds.query(text))
            conn.send(time.perf_counter() - started)
        except Exception as exc:  # noqa: BLE001 - rdflib fails on some queries; say which
            conn.send(f"fails: {type(exc).__name__}")

    parent, end = multiprocessing.get_context("fork").Pipe()
    process = multiprocessing.get_context("fork").Process(target=child, args=(end,))
    process.start()
    answer: float | str = parent.recv() if parent.poll(limit) else f"> {limit:g} s"
    process.kill()
    process.join()
    return answer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-rdflib", action="store_true", help="Leave out the reference.")
    parser.add_argument("--rdflib-max-seconds", type=float, default=120,
                        help="Stop an rdflib query after this long.")
    parser.add_argument("--keep", type=Path, default=None, help="Build the store here and keep it.")
    args = parser.parse_args(argv)
    from kg.endpoint.app import Limits
    from kg.endpoint.remote import RemoteStore
    from kg.endpoint.server import ServeConfig, make_server
    from kg.query import bind_params, get_query, inline_bindings, run_query

    root = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-")) / "data"
    started = time.perf_counter()
    if not (root / "oxigraph" / "CURRENT").is_file():
        total = generate(root, args.triples)
        print(f"generated {total} triples in {time.perf_counter() - started:.0f} s", flush=True)
    store = GraphStore.open(root, read_only=True)
    server = make_server(ServeConfig(store=root, port=0, workers=2,
                                     limits=Limits(timeout=300, max_rows=10_000_000)))
    import threading

    threading.Thread(target=server.run, daemon=True).start()
    remote = RemoteStore(f"{server.url}/query", timeout=600)
    run_query(remote, "counts")  # workers started and store opened
    ds = None
    if not args.no_rdflib:
        began = time.perf_counter()
        ds = rdflib_dataset(store)
        print(f"rdflib loaded {len(ds)} triples in {time.perf_counter() - began:.0f} s",
              flush=True)
    print(f"{'question':<16} {'rows':>6} {'embedded ms':>12} {'kg serve ms':>12} "
          f"{'rdflib ms':>10} {'rdflib/emb':>10}")
    for name, params in QUESTIONS:
        embedded, rows = timed(lambda n=name, p=params: run_query(store, n, p), args.rounds)
        served, _ = timed(lambda n=name, p=params: run_query(remote, n, p), args.rounds)
        reference = ratio = "-"
        if ds is not None:
            q = get_query(name)
            text = inline_bindings(q.text, bind_params(q, params))
            seconds = reference_seconds(ds, text, args.rdflib_max_seconds)
            if isinstance(seconds, str):
                reference, ratio = seconds, "-"
            else:
                reference, ratio = f"{1000 * seconds:.0f}", f"{seconds / embedded:.0f}x"
        print(f"{name:<16} {rows:>6} {1000 * embedded:>12.1f} {1000 * served:>12.1f} "
              f"{reference:>10} {ratio:>10}", flush=True)
    server.close()
    store.close()
    if args.keep is None:
        shutil.rmtree(root.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
