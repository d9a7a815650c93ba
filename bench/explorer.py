"""How long each explorer page takes on a generated store of N triples (``kg serve``'s app).

    nice -n 10 .venv/bin/python bench/explorer.py --triples 100000
    nice -n 10 .venv/bin/python bench/explorer.py --triples 1000000 --keep /tmp/kg1m

The store is bench/queries.py's (generated articles through the real mapping, a
merged default graph, its search index made as ``kg reindex`` makes it; ``--keep``
reuses one). Each page is asked for ``--rounds`` times through the WSGI application
``kg serve`` runs (``SparqlApp``, its worker processes and time limit), without the
HTTP layer, as a browser asks (``Accept: text/html``); the median and the slowest are
reported in milliseconds, with the size of the page, the time of its first asking
(what the explorer keeps per state of the store, ``pages.Explorer._once``, is read
then) and the median CPU milliseconds of the page (this process's, which parses the
answers and draws the page, and its query workers', read from ``/proc``: figures a
loaded machine does not skew as it skews wall time). ``--pages`` picks the pages
whose names hold one of its words. The target (issue 16): every page under 300 ms at
1 M triples, the first visit too.

``--cold`` adds each page's first visit to a fresh server: a new process per page
(``--visit``) that opens the store's worker pool and the application as ``kg serve``
does, then asks that one page once, timed (wall and CPU ms, its workers' included;
the process's start and the pool's, before the visit, are not): nothing the explorer
keeps per state of the store or per process (compiled templates, lazily imported
modules) is there yet. The files stay in the operating system's page cache (the
runs before, the same store): cold is the server's, not the disk's.

The pages: every kind of page (home, search, an entity of each kind, graph.json, an
article, the SPARQL editor, a name's choice of entities), the second page of each
paged list, and every canonical question (``/q/NAME``) without its parameters (a
form, or the whole store's rows when none is required) and with them. Beside the
generated articles the store holds one more (``TWIN``) that names a second place
"Place 8" (its own IRI), so that Place 8's page asks its claims and denials by IRI.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's kg
sys.path.insert(0, str(Path(__file__).resolve().parent))
from kg import iri  # noqa: E402
from kg.endpoint.app import Limits, SparqlApp  # noqa: E402
from kg.endpoint.workers import WorkerPool  # noqa: E402
from kg.errors import StoreError  # noqa: E402
from kg.rdf import extraction_graph  # noqa: E402
from kg.records import Entity, Extraction  # noqa: E402
from kg.search import SEARCH_FILE, SearchIndex, reindex  # noqa: E402
from kg.store import GraphStore  # noqa: E402
from queries import article, generate  # noqa: E402 - bench/queries.py's generated store

HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
PAGES = [
    ("home", "/", ""),
    ("search", "/search", "q=Place+7"),
    ("search page 2", "/search", "q=Place+7&offset=20"),
    ("entity (place)", "/entity/place/place-7", ""),
    ("entity (place of a shared name)", "/entity/place/place-8", ""),
    ("entity (place) denials page 2", "/entity/place/place-7", "denials=50"),
    ("entity (organisation)", "/entity/organization/org-3", ""),
    ("entity (organisation) page 2", "/entity/organization/org-3", "offset=50"),
    ("entity (organisation) articles page 2", "/entity/organization/org-3", "articles=10"),
    ("entity (person)", "/entity/person/person-11", ""),
    ("entity by name", "/entity", "name=Org+3"),
    ("entity by a shared name", "/entity", "name=Place+8"),
    ("graph.json", "/entity/organization/org-3/graph.json", ""),
    ("article", "/article/gen-5", ""),
    ("sparql", "/sparql", ""),
    ("question claimed-control", "/q/claimed-control", "place=Place+7"),
    ("question claimed-control page 2", "/q/claimed-control", "place=Place+7&offset=50"),
    ("question claimed-control counted", "/q/claimed-control", "place=Place+7&count=1"),
    ("question denials", "/q/denials", "about=Place+7"),
    ("question timeline", "/q/timeline", "entity=Person+11"),
    ("download CSV", "/q/statements-by", "actor=Org+3&format=csv"),
]
#: Each canonical question's parameters in the pages "with": bench/queries.py's, and
#: for the others values of the generated store.
ASKED = {"claimed-control": "place=Place+7", "claims-about": "entity=Org+3",
         "corroboration": "about=Place+7&type=ControlEvent", "counts": "",
         "denials": "about=Place+7&speaker=Org+5", "disputes": "about=Place+7",
         "entities": "type=Place", "events-at": "place=Place+7",
         "first-report": "about=Place+7&type=ControlEvent", "links": "outcome=Linked",
         "members": "organization=Org+3", "said-on": "outlet=Outlet+4&day=2024-05-05",
         "statements-by": "actor=Org+3", "timeline": "entity=Person+11",
         "who-said-what": "about=Place+7"}
PAGES += [(f"/q/{name}{' (no parameters)' if asked else ''}", f"/q/{name}", "")
          for name, asked in ASKED.items()]
PAGES += [(f"/q/{name}?…", f"/q/{name}", asked) for name, asked in ASKED.items() if asked]
#: The article that names a second place "Place 8" (bench/queries.py's words): a
#: claim that it was seized and a denial, by an organisation of its own.
TWIN = "twin-place-8"


def twin() -> Extraction:
    """bench/queries.py's article with the names of its own, the place "Place 8"."""
    made = article(0, random.Random(0))
    return replace(made, article=replace(made.article, id=TWIN), entities=(
        Entity("p", "Person", "Person twin"), Entity("o", "Organization", "Org twin"),
        Entity("r", "Organization", "Org rival twin"), Entity("l", "Place", "Place 8", scope=TWIN)))


def add_twin(root: Path) -> None:
    """The ``TWIN`` article in the store (and in its merged default graph, as
    ``replace_graph`` keeps it), the search index made again after it."""
    graph = iri.article_graph(TWIN)
    with GraphStore.open(root) as store:
        if store.has_graph(graph):
            return
        store.replace_graph(graph, extraction_graph(twin()))
    (root / SEARCH_FILE).unlink(missing_ok=True)


def current(root: Path) -> bool:
    """Whether the store's search index is there, complete and of this version's layout
    (else it is made again, as ``kg reindex`` does: a kept store's index of an earlier
    format would leave every question to the SPARQL alone)."""
    try:
        SearchIndex(root).close()
    except StoreError:
        return False
    return True


def cpu_seconds() -> float:
    """CPU seconds of this process and of its children still running (the workers)."""
    spent = time.process_time()
    tick = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[1]) == os.getpid():  # ppid; then utime and stime are fields 11, 12
            spent += (int(fields[11]) + int(fields[12])) / tick
    return spent


def ask(app: SparqlApp, path: str, query: str) -> tuple[int, int, float]:
    """Status, bytes and seconds of one page."""
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query,
               "HTTP_ACCEPT": HTML, "REMOTE_ADDR": "127.0.0.1", "wsgi.input": io.BytesIO()}
    status: list[str] = []
    started = time.perf_counter()
    body = b"".join(app(environ, lambda s, headers: status.append(s)))
    return int(status[0].split()[0]), len(body), time.perf_counter() - started


def visit(root: Path, workers: int, path: str, query: str) -> dict:
    """One page asked once of a server just started on ``root`` (``--visit``): status,
    bytes, wall ms and CPU ms of that first visit."""
    pool = WorkerPool(root / "oxigraph", size=workers, timeout=60)
    try:
        app = SparqlApp(pool, Limits(timeout=60), None, store=root)
        started = cpu_seconds()
        status, size, seconds = ask(app, path, query)
        spent = cpu_seconds() - started
    finally:
        pool.close()
    return {"status": status, "size": size, "ms": seconds * 1000, "cpu": spent * 1000}


def cold(root: Path, workers: int, path: str, query: str) -> dict:
    """``visit`` in a process of its own (a fresh ``kg serve``)."""
    done = subprocess.run([sys.executable, __file__, "--keep", str(root), "--workers",
                           str(workers), "--visit", path, query], capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="the store's folder, kept (and reused)")
    parser.add_argument("--pages", default="",
                        help="only the pages whose names hold one of these words, comma-"
                        "separated (for an A/B of two checkouts in turn): 'question,graph'")
    parser.add_argument("--cold", action="store_true",
                        help="also each page's first visit to a fresh server (a process "
                        "of its own per page)")
    parser.add_argument("--visit", nargs=2, metavar=("PATH", "QUERY"),
                        help=argparse.SUPPRESS)  # --cold's child: one page, once
    args = parser.parse_args(argv)
    if args.visit:
        print(json.dumps(visit(args.keep, args.workers, *args.visit)))
        return 0
    words = [w.strip() for w in args.pages.split(",") if w.strip()]
    pages = [p for p in PAGES if not words or any(w in p[0] for w in words)]
    root = args.keep or Path(tempfile.mkdtemp(prefix="kg-explorer-")) / "data"
    try:
        if not (root / "oxigraph").exists():
            started = time.perf_counter()
            written = generate(root, args.triples)
            print(f"generated {written} quads in {time.perf_counter() - started:.0f} s",
                  file=sys.stderr)
        add_twin(root)
        if not current(root):
            with GraphStore.open(root) as store:
                reindex(store)
        with GraphStore.open(root, read_only=True) as store:
            triples = store.stats()["triples"]
        pool = WorkerPool(root / "oxigraph", size=args.workers, timeout=60)
        try:
            app = SparqlApp(pool, Limits(timeout=60), None, store=root)
            print(f"{triples} triples, {args.rounds} rounds, {args.workers} workers\n")
            print("| page | status | KB |" + (" cold ms | cold ms CPU |" if args.cold else "")
                  + " first ms | median ms | slowest ms | median ms CPU |")
            print("|---|---|---|" + ("---|---|" if args.cold else "") + "---|---|---|---|")
            for name, path, query in pages:
                fresh = ""
                if args.cold:
                    made = cold(root, args.workers, path, query)
                    fresh = f" {made['ms']:.0f} | {made['cpu']:.0f} |"
                first = ask(app, path, query)[2]  # workers warm, files in the page cache
                times, cpu = [], []
                for _ in range(args.rounds):
                    started = cpu_seconds()
                    status, size, seconds = ask(app, path, query)
                    cpu.append((cpu_seconds() - started) * 1000)
                    times.append(seconds * 1000)
                print(f"| {name} | {status} | {size / 1024:.1f} |{fresh} {first * 1000:.0f} | "
                      f"{statistics.median(times):.0f} | {max(times):.0f} | "
                      f"{statistics.median(cpu):.0f} |", flush=True)
        finally:
            pool.close()
    finally:
        if args.keep is None:
            shutil.rmtree(root.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
