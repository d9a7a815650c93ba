"""Query worker processes: each opens the store read-only and answers one job at a time.

Why processes: pyoxigraph has no way to stop a running query, so a thread that runs
past its time limit would go on holding a core. A worker process over its limit is
killed and replaced, and the client gets a clear 503. Processes also spread readers
over the cores without the GIL in the way.

Every answer comes from one snapshot, and answers never go back in time, though each
worker opens its own: before each job a worker fingerprints the store's data files
(name, size and time of each write-ahead log, table, manifest); when they differ from
the fingerprint it took just before opening its store, it reopens. Every committed
write appends to the write-ahead log, so an unchanged fingerprint means nothing was
written since that worker opened, and its snapshot is as new as any other worker's.
A client asking after an answer is thus answered from that snapshot or a later one.
A ``kg build`` beside the server (or a write through ``--allow-update``) is seen by
the next query.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

import pyoxigraph as ox

from kg.endpoint import protocol, results
from kg.store import merged_default_graph

log = logging.getLogger(__name__)
_TEXT = "text/plain; charset=utf-8"
#: Prefixes for Turtle answers (kept here: workers import neither rdflib nor kg.terms).
PREFIXES = {
    "nkg": "https://w3id.org/newskg/ontology#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


@dataclass(frozen=True, slots=True)
class Job:
    """A query (or, with ``graph`` set, a Graph Store read) for a worker."""

    text: str = ""
    accept: str = ""
    format: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_rows: int = 100_000
    graph: str | None = None  # a named graph IRI, or "" for the default graph


@dataclass(frozen=True, slots=True)
class Reply:
    """A reply: its body whole, or (``chunks``, the explorer's downloads) streamed, with
    no Content-Length, piece by piece as they are made."""

    status: int
    content_type: str = _TEXT
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = field(default=())
    chunks: Iterable[bytes] | None = None


def text_reply(status: int, message: str, *headers: tuple[str, str]) -> Reply:
    """A plain-text reply; an error's reason is one line of at most 500 characters."""
    if status >= 400:
        message = " ".join(message.split())
        message = message if len(message) <= 500 else message[:497] + "..."
    return Reply(status, _TEXT, (message.rstrip() + "\n").encode("utf-8"), headers)


class WorkerPool:
    """``size`` worker processes over the store at ``path``; ``run`` answers a job."""

    def __init__(self, path: Path, *, size: int, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._lock = threading.Lock()
        self._starting = 0  # workers being started in the background to replace killed ones
        for _ in range(size):
            self._idle.put(self._spawn())

    def run(self, job: Job) -> Reply:
        """The worker's reply; 503 when every worker stays busy or the query runs too long."""
        worker = self._take()
        if worker is None:
            return text_reply(
                503, f"all query workers stayed busy for {self.timeout:g} s; try again",
                ("Retry-After", "1"),
            )
        try:
            worker.conn.send(job)
            if worker.conn.poll(self.timeout):
                reply = worker.conn.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError) as exc:
            log.warning("query worker %s died: %s", worker.process.pid, exc)
            self._replace(worker)
            return text_reply(
                503, "the query process ran out of a resource (memory, most likely) and was "
                "replaced; narrow the query (LIMIT, more specific patterns) and try again",
                ("Retry-After", "1"),
            )
        self._replace(worker)
        return text_reply(
            503,
            f"query timed out after {self.timeout:g} s and was stopped; narrow it (LIMIT, "
            "more specific patterns) or start the server with a longer --timeout",
        )

    def _take(self) -> _Worker | None:
        """An idle worker, waiting at most the time limit for a busy one to finish.

        A worker being started to replace a killed one is not busy: its start (slow on a
        loaded machine) is waited for too, up to ``STARTUP_WAIT``.
        """
        try:
            return self._idle.get(timeout=self.timeout)
        except queue.Empty:
            pass
        if not self._starting:  # (a replacement may have arrived just now)
            try:
                return self._idle.get_nowait()
            except queue.Empty:
                return None
        try:
            return self._idle.get(timeout=STARTUP_WAIT)
        except queue.Empty:
            return None

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            worker.stop()

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=worker_main, args=(child, str(self.path)), daemon=True, name="kg-query"
        )
        process.start()
        child.close()
        # a worker counts as idle once it has opened the store: the time limit is the
        # query's, not the start of a process (slow on a loaded machine)
        # (one that dies starting gets the usual 503 on its first job, and a successor)
        if parent.poll(STARTUP_WAIT):
            with contextlib.suppress(EOFError, OSError):
                parent.recv()
        return _Worker(process, parent)

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and start another in the background (starting takes ~0.3 s)."""
        worker.stop()
        with self._lock:
            self._starting += 1

        def respawn() -> None:
            try:
                if not self._closed:
                    self._idle.put(self._spawn())
            finally:
                with self._lock:
                    self._starting -= 1

        threading.Thread(target=respawn, daemon=True).start()


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection

    def stop(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


def worker_main(conn: Connection, path: str) -> None:
    """The loop of a worker process: receive a job, answer it, until told to stop.

    Nothing a request holds ends this loop: every error becomes a reply. The process
    dies only when the operating system stops it (memory) or the pool kills it (time).
    RocksDB's read-only mode is not made for a store another process writes: a file
    may be gone by the time it is read. Such an error opens the store again and runs
    the job again, up to ``_ATTEMPTS`` times.
    """
    store: ox.Store | None = None
    opened: tuple = ()
    union = True
    try:
        opened = fingerprint(path)
        store = ox.Store.read_only(path)
        union = not merged_default_graph(Path(path).parent)
    except (OSError, RuntimeError):
        store = None  # the first job opens it (and says why when it cannot)
    conn.send(READY)
    while True:
        try:
            job = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        reply = text_reply(503, "the store kept changing under the query (a build is writing "
                           "it); try again", ("Retry-After", "1"))
        for attempt in range(_ATTEMPTS):
            try:
                now = fingerprint(path)
                if store is None or now != opened:
                    store = None
                    store, opened = ox.Store.read_only(path), now
                    union = not merged_default_graph(Path(path).parent)
                reply = answer(store, job, union=union)
                break
            except (OSError, RuntimeError) as exc:
                # A writer beside us renamed or compacted files between our reading of the
                # manifest and of a table: open again, on the state the files are in now.
                store = None
                if attempt == _ATTEMPTS - 1:
                    reply = text_reply(503, f"cannot read the store: {exc}", ("Retry-After", "1"))
                time.sleep(0.05 * (attempt + 1))
            except Exception as exc:  # noqa: BLE001 - a bad request must not end the worker
                reply = text_reply(500, f"the query failed: {type(exc).__name__}: {exc}")
                break
        conn.send(reply)


def fingerprint(path: str) -> tuple:
    """Name, size and change time of the store's data files; any committed write changes it.

    RocksDB's info logs (``LOG``) and ``LOCK`` are left out: opening the store read-only
    may touch them.
    """
    files = []
    for entry in os.scandir(path):
        name = entry.name
        if name.endswith((".log", ".sst")) or name.startswith("MANIFEST") or name == "CURRENT":
            info = entry.stat()
            files.append((name, info.st_size, info.st_mtime_ns))
    return tuple(sorted(files))


_ATTEMPTS = 4
#: What a new worker sends once its store is open.
READY = "ready"
#: Seconds a new worker may take to start and open the store before it counts as idle anyway.
STARTUP_WAIT = 60.0


def _storage_failure(exc: Exception) -> bool:
    """Whether ``exc`` is RocksDB failing to read its files, not the query failing."""
    text = str(exc)
    return "IO error" in text or "Corruption" in text or "No such file" in text


def answer(store: ox.Store, job: Job, *, union: bool = False) -> Reply:
    """Run one job on ``store`` (the same code runs in tests without a process).

    The default graph is the store's own, the merge of its named graphs that
    ``GraphStore`` keeps (each triple once); ``union`` asks pyoxigraph for its union of
    the named graphs instead, for a store made before that merge was kept."""
    if job.graph is not None:
        return _graph(store, job)
    try:
        result = store.query(job.text, **_dataset(job, union))
    except SyntaxError as exc:
        return text_reply(400, f"SPARQL syntax error: {exc}")
    except (OSError, RuntimeError, ValueError) as exc:  # ASK and failed SERVICE fail here
        if _storage_failure(exc):
            raise
        return text_reply(500, f"SPARQL evaluation failed: {exc}")
    try:
        if isinstance(result, ox.QuerySolutions):
            return _solutions(result, job)
        if isinstance(result, ox.QueryBoolean):
            return _boolean(bool(result), job)
        return _triples(list(_capped(result, job.max_rows)), job)
    except _TooMany:
        return text_reply(
            500, f"refused: the result has more than {job.max_rows} rows (the server's "
            "--max-rows); add LIMIT, or page with LIMIT and OFFSET",
        )
    except (OSError, RuntimeError, ValueError) as exc:
        if _storage_failure(exc):
            raise
        return text_reply(500, f"SPARQL evaluation failed: {exc}")


class _TooMany(Exception):
    pass


def _capped(items, cap: int) -> list:
    out = []
    for item in items:
        if len(out) == cap:
            raise _TooMany
        out.append(item)
    return out


def _dataset(job: Job, union: bool) -> dict:
    if job.default_graphs:
        dataset: dict = {"default_graph": [ox.NamedNode(g) for g in job.default_graphs]}
    else:
        dataset = {"use_default_graph_as_union": union}
    if job.named_graphs:
        dataset["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    return dataset


def _solutions(result: ox.QuerySolutions, job: Job) -> Reply:
    media = protocol.negotiate(job.accept, protocol.RESULT_TYPES, job.format)
    if media is None:
        return _not_acceptable(protocol.RESULT_TYPES, "SELECT", job)
    variables = [v.value for v in result.variables]
    rows = [tuple(s[i] for i in range(len(variables))) for s in _capped(result, job.max_rows)]
    body = results.solutions(variables, rows, protocol.RESULT_TYPES[media])
    return Reply(200, f"{media}; charset=utf-8", body)


def _boolean(value: bool, job: Job) -> Reply:
    media = protocol.negotiate(job.accept, protocol.RESULT_TYPES, job.format)
    if media is None:
        return _not_acceptable(protocol.RESULT_TYPES, "ASK", job)
    body = results.boolean(value, protocol.RESULT_TYPES[media])
    return Reply(200, f"{media}; charset=utf-8", body)


def _triples(items: list[ox.Triple], job: Job) -> Reply:
    media = protocol.negotiate(job.accept, protocol.GRAPH_TYPES, job.format)
    if media is None:
        return _not_acceptable(protocol.GRAPH_TYPES, "CONSTRUCT and DESCRIBE", job)
    body = results.triples(items, protocol.GRAPH_TYPES[media], PREFIXES)
    return Reply(200, f"{media}; charset=utf-8", body)


def _graph(store: ox.Store, job: Job) -> Reply:
    """A Graph Store Protocol GET: the triples of one graph; 404 when it does not exist."""
    if job.graph:
        name: ox.NamedNode | ox.DefaultGraph = ox.NamedNode(job.graph)
        if not store.contains_named_graph(name):
            return text_reply(404, f"no graph <{job.graph}> in the store")
    else:
        name = ox.DefaultGraph()
    try:
        quads = _capped(store.quads_for_pattern(None, None, None, name), job.max_rows)
    except _TooMany:
        return text_reply(500, f"refused: the graph has more than {job.max_rows} triples")
    return _triples([q.triple for q in quads], job)


def _not_acceptable(offers: dict[str, str], what: str, job: Job) -> Reply:
    asked = job.format or job.accept
    return text_reply(
        406, f"cannot answer {what} as {asked!r}; acceptable: {', '.join(offers)}"
    )
