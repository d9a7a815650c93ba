"""The canonical questions on a generated graph: embedded, through ``kg serve``, and rdflib.

    .venv/bin/python bench/queries.py                       # about 1 M triples
    .venv/bin/python bench/queries.py --triples 10000000 --no-rdflib --keep /tmp/kg10m
    .venv/bin/python bench/queries.py --keep /tmp/kg1m --questions timeline,members

The store's search index (``search.sqlite``, ``kg.search``) is made as ``kg reindex``
makes it (its time and size printed), unless ``--keep`` holds a complete one of this
version's layout already (one of format 4 is brought to this one, ``kg.search.upgrade``,
instead of made again). Each question
runs embedded twice: as ``kg query`` runs it (its lookups by name started from the
index: ``kg.query.indexed_text``) and as the SPARQL alone (the query text, no index),
which is what it was before the index and what a remote store runs; and its first
page of 100 rows (``kg.query.run_page``, index first), embedded and through ``kg serve``
(a question the index pages, ``kg.search.PAGED``, from the server's
``/search?lookup=page``), both checked against the whole answer's first 100 rows.
Through ``kg serve`` it runs as ``kg query --endpoint`` does: the lookups asked of the
server's index (``/search?lookup=…``), then the query with their VALUES. Then a few word searches
(``kg search``) are timed.

Articles are generated from a fixed seed through the real mapping
(``kg.rdf.extraction_graph``): each names a few of a pool of people, organisations
and places, with statements, denials, events and memberships, so the graph has the
shape a build gives. Every question runs ``--rounds`` times (median reported) on the
embedded store and through a ``kg serve`` on the same store (HTTP, SPARQLWrapper),
both binding parameters as VALUES clauses; rdflib's in-memory SPARQL runs the same
query text once on the same quads (default graph = union), as the reference, in a
forked child stopped after ``--rdflib-max-seconds``. The three must return the same
number of rows; a question where they do not is flagged. The table at the end is
Markdown; ``--json`` also writes the results to a file.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's kg, not another
from kg import iri  # noqa: E402 - after the path is set
from kg.rdf import extraction_graph  # noqa: E402
from kg.records import Article, DateValue, Entity, Event, Extraction, Membership, Span, Statement  # noqa: E402
from kg.search import SEARCH_FILE, SearchIndex, reindex, upgrade  # noqa: E402
from kg.store import GraphStore  # noqa: E402
from kg.terms import to_quads  # noqa: E402

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


@dataclass
class Result:
    """One question's figures: milliseconds (or why there are none) and rows per store."""

    question: str
    embedded_ms: float
    served_ms: float
    rows: dict[str, int | None]
    plain_ms: float | None = None  # embedded, the SPARQL alone (no index)
    page_ms: float | None = None  # embedded, the first page of 100 (kg.query.run_page)
    served_page_ms: float | None = None  # the same page through kg serve
    pages_agree: bool = True  # those two pages are the first 100 rows of the whole answer
    rdflib_ms: float | None = None
    rdflib_note: str = ""  # "> N s" or "fails: ..." when rdflib gave no time
    spread_ms: dict[str, tuple[float, float]] = field(default_factory=dict)

    @property
    def agree(self) -> bool:
        """Embedded, kg serve and (where it finished) rdflib return as many rows."""
        return len({n for n in self.rows.values() if n is not None}) == 1 and self.pages_agree

    @property
    def ratio(self) -> float | None:
        return None if self.rdflib_ms is None else self.rdflib_ms / self.embedded_ms


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


def generate(root: Path, triples: int, *, merge: bool = True) -> int:
    """A store at ``root`` with about ``triples`` triples of generated articles; its
    default graph the merge of the article graphs, as a build keeps it, unless ``merge``
    is false (then queries read pyoxigraph's union, a multiset, as stores did before)."""
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
        if merge:
            store.merge_default_graph(bulk=True)  # as a build keeps it: each triple once (kg.store)
        else:  # as a store of an earlier version: no merged default graph, read as a union
            store.store.clear_graph(ox.DefaultGraph())
            (root / "default-graph-merged").unlink(missing_ok=True)
        store.store.optimize()
    return written


def article_triples(store: GraphStore) -> int:
    """Quads in the article graphs (the ontology graph and the default graph, their merge,
    left out)."""
    return store.stats()["triples"]


def timed(fn: Callable[[], object], rounds: int) -> tuple[list[float], int]:
    """Seconds of each of ``rounds`` calls, and the rows of the last answer."""
    seconds, rows = [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()
        seconds.append(time.perf_counter() - started)
        rows = len(result)  # type: ignore[arg-type]
    return seconds, rows


def rss_mb() -> float:
    """This process's resident memory now, in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rdflib_dataset(store: GraphStore):
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    ds.addN(_rdflib_quads(store, ds))
    return ds


def _rdflib_quads(store: GraphStore, ds) -> Iterator:
    from rdflib import URIRef

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
            graphs[name] = ds.graph(URIRef(name))
        yield term(q.subject), term(q.predicate), term(q.object), graphs[name]


def reference(ds, text: str, limit: float) -> tuple[float | None, int | None, str]:
    """rdflib's (seconds, rows, note) for ``text``, in a forked child stopped after ``limit`` s."""

    def child(conn) -> None:
        try:
            started = time.perf_counter()
            rows = len(list(ds.query(text)))
            conn.send((time.perf_counter() - started, rows, ""))
        except Exception as exc:  # noqa: BLE001 - rdflib fails on some queries; say how
            conn.send((None, None, f"fails: {type(exc).__name__}: {str(exc)[:80]}"))

    context = multiprocessing.get_context("fork")
    parent, end = context.Pipe()
    process = context.Process(target=child, args=(end,))
    process.start()
    answer = parent.recv() if parent.poll(limit) else (None, None, f"> {limit:g} s")
    process.kill()
    process.join()
    return answer


def run_question(name: str, params: dict[str, str], store, remote, ds, args) -> Result:
    """Time one question on the embedded store, through kg serve, and with rdflib."""
    from kg.query import PAGE_ROWS, bind_params, get_query, inline_bindings, run_page, run_query

    embedded, rows = timed(lambda: run_query(store, name, params), args.rounds)
    paged, _ = timed(lambda: run_page(store, name, params, limit=PAGE_ROWS).result,
                     args.rounds)
    q = get_query(name)
    bindings = bind_params(q, params)
    plain, plain_rows = timed(lambda: store.select(q.text, bindings=bindings), args.rounds)
    served, served_rows = timed(lambda: run_query(remote, name, params), args.rounds)
    served_paged, _ = timed(lambda: run_page(remote, name, params, limit=PAGE_ROWS).result,
                            args.rounds)
    first = run_query(store, name, params).rows[:PAGE_ROWS]
    pages_agree = (run_page(store, name, params, limit=PAGE_ROWS).result.rows == first
                   == run_page(remote, name, params, limit=PAGE_ROWS).result.rows)
    result = Result(name, 1000 * statistics.median(embedded), 1000 * statistics.median(served),
                    {"embedded": rows, "SPARQL alone": plain_rows, "kg serve": served_rows},
                    plain_ms=1000 * statistics.median(plain),
                    page_ms=1000 * statistics.median(paged),
                    served_page_ms=1000 * statistics.median(served_paged),
                    pages_agree=pages_agree,
                    spread_ms={"embedded": (1000 * min(embedded), 1000 * max(embedded)),
                               "kg serve": (1000 * min(served), 1000 * max(served))})
    if ds is not None:
        seconds, result.rows["rdflib"], result.rdflib_note = reference(
            ds, inline_bindings(q.text, bind_params(q, params)), args.rdflib_max_seconds)
        result.rdflib_ms = None if seconds is None else 1000 * seconds
    return result


#: Word searches timed after the questions (``kg search``, 20 hits a page).
SEARCHES = ("seized", '"had fallen"', "Place 7", "Org 3 denied", "Outlet 4")


def time_search(root: Path, store, words: str, rounds: int) -> tuple[str, int, float]:
    """(words, hits, median ms) of ``kg search WORDS`` on the store at ``root``."""
    with SearchIndex(root) as index:
        seconds, hits = timed(lambda: index.search(words, store=store).hits, rounds)
    return words, hits, 1000 * statistics.median(seconds)


def markdown(results: list[Result], *, rdflib: bool) -> str:
    """The results as a Markdown table (rows per store, milliseconds, rdflib's ratio)."""
    head = ["question", "rows", "embedded ms", "page of 100 ms", "SPARQL alone ms",
            "kg serve ms", "kg serve page of 100 ms"]
    head += ["rdflib ms", "rdflib/embedded"] if rdflib else []
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        rows = "/".join("-" if n is None else str(n) for n in r.rows.values())
        cells = [r.question, rows if r.agree else f"**{rows} differ**",
                 f"{r.embedded_ms:.0f}", f"{r.page_ms or 0:.0f}", f"{r.plain_ms or 0:.0f}",
                 f"{r.served_ms:.0f}", f"{r.served_page_ms or 0:.0f}"]
        if rdflib:
            cells += [r.rdflib_note or f"{r.rdflib_ms:.0f}", _ratio(r)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _ratio(r: Result) -> str:
    """rdflib's time over the embedded one; a lower bound when rdflib ran out of time."""
    if r.ratio is not None:
        return f"{r.ratio:.0f}x"
    if r.rdflib_note.startswith(">"):
        limit = float(r.rdflib_note.split()[1])
        return f"> {1000 * limit / r.embedded_ms:.0f}x"
    return "-"


def serve(root: Path):
    """A kg serve on ``root`` in a thread, and a RemoteStore for it."""
    from kg.endpoint.app import Limits
    from kg.endpoint.remote import RemoteStore
    from kg.endpoint.server import ServeConfig, make_server

    server = make_server(ServeConfig(store=root, port=0, workers=2,
                                     limits=Limits(timeout=600, max_rows=10_000_000)))
    threading.Thread(target=server.run, daemon=True).start()
    return server, RemoteStore(f"{server.url}/query", timeout=900)


def _index_usable(root: Path) -> bool:
    """Whether ``root`` holds a complete search index of this version's layout."""
    from kg.errors import StoreError

    try:
        SearchIndex(root).close()
    except StoreError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--questions", default="",
                        help="Comma-separated names of the questions to run (default: all).")
    parser.add_argument("--no-rdflib", action="store_true", help="Leave out the reference.")
    parser.add_argument("--union-default-graph", action="store_true",
                        help="Generate no merged default graph: queries read pyoxigraph's "
                        "union of the named graphs (a multiset), as stores did before; "
                        "to measure what keeping the merge costs or saves.")
    parser.add_argument("--rdflib-max-seconds", type=float, default=120,
                        help="Stop an rdflib query after this long.")
    parser.add_argument("--keep", type=Path, default=None,
                        help="Build the store here and keep it (an existing one is reused).")
    parser.add_argument("--json", type=Path, default=None, help="Also write the results here.")
    args = parser.parse_args(argv)
    from kg.query import get_query, run_query

    chosen = [q for q in args.questions.split(",") if q]
    unknown = sorted(set(chosen) - {name for name, _ in QUESTIONS})
    if unknown:
        parser.error(f"unknown question {unknown[0]!r}; choose from "
                     + ", ".join(name for name, _ in QUESTIONS))
    root = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-")) / "data"
    started = time.perf_counter()
    if not (root / "oxigraph" / "CURRENT").is_file():
        total = generate(root, args.triples, merge=not args.union_default_graph)
        print(f"generated {total} triples in {time.perf_counter() - started:.0f} s", flush=True)
    if not _index_usable(root):  # none, or one of an earlier layout (kg.search.FORMAT)
        began = time.perf_counter()
        with GraphStore.open(root) as writable:  # format 4: its new tables only
            graphs = None if upgrade(writable) else reindex(writable)
        seconds = time.perf_counter() - began
        size = (root / SEARCH_FILE).stat().st_size / 1e6
        made = "brought to this format" if graphs is None else f"of {graphs} graphs made"
        print(f"search index {made} in {seconds:.1f} s, {size:.1f} MB", flush=True)
    store = GraphStore.open(root, read_only=True)
    triples = article_triples(store)
    print(f"store {root}: {triples} triples in the article graphs; queries from "
          f"{get_query('counts').path.parent}", flush=True)
    server, remote = serve(root)
    run_query(remote, "counts")  # workers started and store opened
    ds = None
    if not args.no_rdflib:
        began, before = time.perf_counter(), rss_mb()
        ds = rdflib_dataset(store)
        print(f"rdflib loaded {len(ds)} triples in {time.perf_counter() - began:.0f} s, "
              f"RSS +{rss_mb() - before:.0f} MB", flush=True)
    results = []
    for name, params in QUESTIONS:
        if chosen and name not in chosen:
            continue
        results.append(run_question(name, params, store, remote, ds, args))
        r = results[-1]
        reference = "" if ds is None else (
            f"  rdflib {r.rdflib_note or f'{r.rdflib_ms or 0:.0f} ms'}")
        print(f"{name:<16} rows {r.rows}  embedded {r.embedded_ms:.0f} ms  kg serve "
              f"{r.served_ms:.0f} ms{reference}" + ("" if r.agree else "  ROWS DIFFER"),
              flush=True)
    searched = [time_search(root, store, words, args.rounds) for words in SEARCHES]
    once = " (rdflib: one run)" if ds is not None else ""
    print(f"\n{triples} triples, median of {args.rounds} rounds{once}\n")
    print(markdown(results, rdflib=ds is not None))
    print("\n| words (kg search) | hits | ms |\n|---|---|---|")
    for words, hits, ms in searched:
        print(f"| `{words}` | {hits} | {ms:.1f} |")
    if args.json:
        args.json.write_text(json.dumps({"triples": triples, "rounds": args.rounds,
                                         "results": [asdict(r) for r in results]}, indent=2))
    server.close()
    store.close()
    if args.keep is None:
        shutil.rmtree(root.parent, ignore_errors=True)
    return 0 if all(r.agree for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
