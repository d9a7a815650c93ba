"""``kg build --workers N``: articles read in N processes, stored by one.

The build's own process stays the single writer: it loads and screens the articles
(the ``Ledger``), resolves entity IRIs in input order (``EntityIndex``), writes the
store and the records. The workers do the rest, which is nearly all the CPU: parsing
(``nlp.pipe``), extraction, RDF mapping, SHACL validation and pruning. Each worker
loads the spaCy pipeline and the shapes once.

The unit of work is ``read_articles``: a list of ``Article``s in, one picklable
``Outcome`` per article out, in the same order. A process pool runs it here; a Dask
cluster can run the same function on partitions of articles.

A worker names each entity by its own IRI (from type and label): the writer keeps
the worker's graph when the index gives every entity that IRI, and maps and validates
the article again itself when it does not (an alias of an entity stored earlier), so
the store is the same whatever the number of workers. Results come back in input
order. A worker that raises or dies costs only the article it was reading: the
articles of the batch it had are read again one by one in a fresh pool, and the one
that kills a worker again is recorded as failed.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

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


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def read_articles(articles: list[Article], model: str | None = None,
                  batch_size: int | None = None) -> list[Outcome]:
    """Parse, extract, map, validate and prune ``articles``: one ``Outcome`` each, in order.

    Never raises for one article: a failure is that article's ``Outcome``.
    """
    from kg.extract import DEFAULT_BATCH_SIZE
    from kg.nlp import load_pipeline, memory_zone

    nlp = load_pipeline(model)
    with memory_zone(nlp):  # the words spaCy meets in this batch go with its Docs
        return _read_batch(nlp, articles, batch_size or DEFAULT_BATCH_SIZE)


def _read_batch(nlp, articles: list[Article], size: int) -> list[Outcome]:
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
        out.prepared = prepare(ex, nodes, content_hash(article), out.stages)
    return outcomes


def read(articles: Iterable[Article], *, workers: int, model: str | None = None,
         batch_size: int | None = None) -> Iterator[Outcome]:
    """``read_articles`` over ``articles`` in ``workers`` processes: outcomes in input order."""
    from kg.extract import DEFAULT_BATCH_SIZE
    from kg.pipeline import batches

    size = batch_size or DEFAULT_BATCH_SIZE
    with _Pool(workers, model, size) as pool:
        pending: deque[tuple[list[Article], int, Future]] = deque()
        for batch in batches(articles, size):
            pending.append((batch, *pool.submit(batch)))
            while len(pending) > READ_AHEAD * workers:
                yield from pool.outcomes(*pending.popleft())
        while pending:
            yield from pool.outcomes(*pending.popleft())


class _Pool:
    """A process pool that is made again when one of its processes dies."""

    def __init__(self, workers: int, model: str | None, batch_size: int) -> None:
        self._workers, self._model, self._batch_size = workers, model, batch_size
        self._generation = 0
        self._executor = self._start()

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")  # no copy of the writer's store
        return ProcessPoolExecutor(self._workers, mp_context=context,
                                   initializer=_init_worker, initargs=(self._model,))

    def submit(self, batch: list[Article]) -> tuple[int, Future]:
        return self._generation, self._executor.submit(read_articles, batch, self._model,
                                                        self._batch_size)

    def outcomes(self, batch: list[Article], generation: int, future: Future) -> list[Outcome]:
        """The outcomes of ``batch``; when its worker died or raised, each article is read
        again alone, and one that fails that way again is a failed ``Outcome``."""
        try:
            return future.result()
        except Exception:  # noqa: BLE001 - a dead process (BrokenProcessPool) or a bug
            self._restart(generation)
        outcomes = []
        for article in batch:
            generation, single = self.submit([article])
            try:
                outcomes.extend(single.result())
            except Exception as exc:  # noqa: BLE001
                self._restart(generation)
                outcomes.append(Outcome(article, failure=f"its worker process failed: "
                                                         f"{type(exc).__name__}: {exc}"))
        return outcomes

    def _restart(self, generation: int) -> None:
        """A fresh pool, unless one was already made since ``generation``."""
        if generation != self._generation:
            return
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._generation += 1
        self._executor = self._start()


def _init_worker(model: str | None) -> None:
    """Load what every article needs, once; leave Ctrl-C to the writer, and end with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    from kg.nlp import load_pipeline
    from kg.validate import _default_class_tree, default_shapes

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

