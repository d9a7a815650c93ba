"""``kg build --workers N``: articles read in N processes, stored by one.

The build's own process stays the single writer: it loads and screens the articles
(the ``Ledger``), resolves entity IRIs in input order (``EntityIndex``), writes the
store and the records. The workers do the rest, which is nearly all the CPU: parsing
(``nlp.pipe``), extraction, RDF mapping, SHACL validation and pruning. Each worker
loads the spaCy pipeline and the shapes once.

The unit of work is ``read_articles``: a list of ``Article``s in, one picklable
``Outcome`` per article out, in the same order. A ``Runner`` runs it: a process pool
here (``Pool``), or a Dask cluster (``kg.cluster.Cluster``, ``kg build --scheduler``);
``run`` sends the batches, keeps at most ``READ_AHEAD`` per worker in flight, gives the
outcomes back in input order and mends failures, the same for both.

A worker names each entity by its own IRI (from type and label): the writer keeps
the worker's graph when the index gives every entity that IRI, and maps and validates
the article again itself when it does not (an alias of an entity stored earlier), so
the store is the same whatever the number of workers. Results come back in input
order. A worker that raises or dies costs only the article it was reading: the
articles of the batch it had are read again one by one in a fresh pool (on a cluster,
Dask first gives the batch to another worker), and the one that kills a worker again is
recorded as failed.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Protocol

from kg.records import Article, Extraction

#: Batches sent ahead of the one the writer waits for, per worker.
READ_AHEAD = 2


@dataclass(slots=True)
class Outcome:
    """What a worker made of one article.

    ``extraction`` is None when parsing or extraction failed (``failure`` says why);
    ``prepared`` is the article's graph made with the entities' own IRIs
    (``kg.pipeline.Prepared``); ``stages`` the worker's CPU seconds by stage.
    """

    article: Article
    extraction: Extraction | None = None
    prepared: object | None = None  # kg.pipeline.Prepared
    failure: str | None = None
    stages: dict[str, float] = field(default_factory=dict)
    cut: str | None = None  # what the per-article limit left out (kg.extract.pieces)
    shard: str | None = None  # the key of the shard it was written to (--shards, kg.shards)


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def read_articles(articles: list[Article], model: str | None = None,
                  batch_size: int | None = None, shards: str | None = None,
                  text: bool = True) -> list[Outcome]:
    """Parse, extract, map, validate and prune ``articles``: one ``Outcome`` each, in order.

    Never raises for one article: a failure is that article's ``Outcome``. With
    ``shards`` (a folder), the outcomes are written there as a shard (``kg.shards``) and
    only its key comes back, with each article's id and stages. ``text`` false leaves
    the articles' texts out of their graphs (``kg build --no-text``).
    """
    from kg.nlp import DEFAULT_BATCH_SIZE, load_pipeline, memory_zone

    nlp = load_pipeline(model)
    with memory_zone(nlp):  # the words spaCy meets in this batch go with its Docs
        outcomes = _read_batch(nlp, articles, batch_size or DEFAULT_BATCH_SIZE, text)
    if shards is None:
        return outcomes
    from kg.shards import write_shard

    key = write_shard(shards, outcomes)
    return [Outcome(replace(o.article, text=""), failure=o.failure, stages=o.stages, shard=key)
            for o in outcomes]


def _read_batch(nlp, articles: list[Article], size: int, text: bool) -> list[Outcome]:
    from kg.extract import extract
    from kg.extract.pieces import MAX_STATEMENTS, PIECE_CHARS, cap_items, extract_in_pieces
    from kg.pipeline import Clock, content_hash, describe, own_iri, parse_batch, prepare

    outcomes: list[Outcome] = []
    parse_stages: dict[str, float] = {}
    clock = Clock(parse_stages)
    long = [a for a in articles if len(a.text) > PIECE_CHARS]  # read alone, in pieces
    docs: list = [None] * len(articles) if long else parse_batch(nlp, articles, size)
    clock.lap("parse")
    share = parse_stages.get("parse", 0.0) / max(1, len(articles))
    for article, doc in zip(articles, docs, strict=True):
        out = Outcome(article, stages={"parse": share})
        outcomes.append(out)
        if isinstance(doc, str):
            out.failure = doc
            continue
        clock = Clock(out.stages)
        try:
            if doc is None:
                out.extraction = extract_in_pieces(nlp, article, limit=PIECE_CHARS)
            else:
                out.extraction = extract(doc, article=article)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the corpus
            out.failure = f"{'reading' if doc is None else 'extraction'} failed: {describe(exc)}"
            continue
        finally:
            clock.lap("extract")
        ex, out.cut = cap_items(out.extraction, MAX_STATEMENTS)
        out.extraction = ex
        nodes = {e.key: own_iri(e) for e in ex.entities}
        out.prepared = prepare(ex, nodes, content_hash(article), out.stages, text=text)
    return outcomes


def run(runner: Runner, articles: Iterable[Article], size: int,
        idle: Callable[[], object] | None = None) -> Iterator[Outcome]:
    """The outcomes of ``articles``, in input order, read by ``runner`` in batches of
    ``size``, at most ``READ_AHEAD`` batches per worker sent ahead of the one awaited.
    ``idle`` is called before waiting for a batch that is not read yet: work of the
    caller's that may as well be done then (the writer's refresh of derived graphs)."""
    from kg.pipeline import batches

    pending: deque[tuple[list[Article], Job]] = deque()
    for batch in batches(articles, size):
        pending.append((batch, runner.submit(batch)))
        while len(pending) > READ_AHEAD * runner.width:
            yield from _outcomes(runner, *pending.popleft(), idle)
    while pending:
        yield from _outcomes(runner, *pending.popleft(), idle)


def _outcomes(runner: Runner, batch: list[Article], job: Job,
              idle: Callable[[], object] | None = None) -> list[Outcome]:
    """The outcomes of ``batch`` (``idle`` called first when they are not ready); when
    its worker died or raised, each article is read again alone, and one that fails
    that way again is a failed ``Outcome``."""
    if idle is not None and not job.future.done():
        idle()
    try:
        return runner.result(job)
    except Exception as exc:  # noqa: BLE001 - a dead worker (BrokenProcessPool, KilledWorker) or a bug
        runner.recover(job, exc)
    outcomes = []
    for article in batch:
        single = runner.submit([article])
        try:
            outcomes.extend(runner.result(single))
        except Exception as exc:  # noqa: BLE001
            runner.recover(single, exc)
            outcomes.append(Outcome(article, failure=f"its worker process failed: "
                                                     f"{type(exc).__name__}: {exc}"))
    return outcomes


@dataclass(slots=True)
class Job:
    """A batch sent to a runner: the future of its outcomes, and the runner's generation
    (how many times it was made again) when it was sent."""

    future: Future
    generation: int = 0


class Runner(Protocol):
    """Where ``read_articles`` runs: a process pool here (``Pool``) or a Dask cluster
    (``kg.cluster.Cluster``); ``run`` keeps the order and mends failures for both."""

    #: How many batches it reads at once (its worker processes, or the cluster's threads).
    width: int

    def __enter__(self) -> Runner: ...

    def __exit__(self, *exc: object) -> None: ...

    def submit(self, batch: list[Article]) -> Job:
        """Send ``batch`` to be read by ``read_articles``."""

    def result(self, job: Job) -> list[Outcome]:
        """The outcomes of ``job``'s batch, waited for; raises when its worker failed."""

    def recover(self, job: Job, exc: Exception) -> None:
        """After ``job`` failed with ``exc``: make the runner whole again, or raise a
        ``KGError`` when it cannot go on (a Dask scheduler lost)."""


class Pool:
    """A process pool that is made again when one of its processes dies."""

    def __init__(self, workers: int, model: str | None, batch_size: int, *,
                 shards: str | None = None, text: bool = True) -> None:
        self.width = workers
        self._model, self._batch_size, self._shards = model, batch_size, shards
        self._text = text
        self._generation = 0
        self._executor = self._start()

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")  # no copy of the writer's store
        return ProcessPoolExecutor(self.width, mp_context=context,
                                   initializer=_init_worker, initargs=(self._model,))

    def submit(self, batch: list[Article]) -> Job:
        """Send ``batch``; a pool found broken here (a worker died since the last look)
        is made again first: the batches it held fail when awaited and are read again."""
        try:
            return self._send(batch)
        except BrokenExecutor:
            self._restart()
            return self._send(batch)

    def _send(self, batch: list[Article]) -> Job:
        return Job(self._executor.submit(read_articles, batch, self._model, self._batch_size,
                                         self._shards, self._text), self._generation)

    def result(self, job: Job) -> list[Outcome]:
        return job.future.result()

    def recover(self, job: Job, exc: Exception) -> None:
        """A fresh pool, unless one was already made since ``job`` was sent."""
        if job.generation == self._generation:
            self._restart()

    def _restart(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._generation += 1
        self._executor = self._start()


def _init_worker(model: str | None) -> None:
    """Load what every article needs, once; leave Ctrl-C to the writer, and end with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    from kg.nlp import load_pipeline
    from kg.pipeline import GC_THRESHOLD
    from kg.validate import _default_class_tree, default_shapes

    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])  # as the writer's (a process of ours)
    load_pipeline(model)
    default_shapes()
    _default_class_tree()


def _die_with_parent() -> None:
    """On Linux, ask for SIGKILL when the writer dies (a killed build leaves no workers)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass

