"""``build``: the stages composed. Articles are loaded, screened, read, mapped to RDF,
validated and stored one by one; nothing is kept in memory but the current batch: the
``Ledger`` and the ``EntityIndex`` are temporary SQLite databases, on disk.

Every article the loaders see is accounted for in the ``BuildSummary``: stored,
unchanged since an earlier build, a duplicate, quarantined by SHACL
(``quarantine.jsonl``), failed in extraction, or rejected (``rejected.jsonl``, with
duplicates and failures too). Whatever goes wrong with one input, line, row or article
is recorded with its reason and position, and the build goes on; only a store that
cannot be opened or written stops it. A statement or event that breaks the shapes
costs itself, not its article (``kg.prune``): the article is stored without it, and
its quarantine record and ``BuildSummary.removed`` say so.

Increments and duplicates. Each stored article carries ``nkg:contentHash``, two
digests joined by ``-``: one of its normalised text (NFKC, whitespace collapsed),
which finds the same article under another id, and one of its exact text with every
field that shapes its graph, which tells whether it changed. When a build starts, the
ledger loads the ids, hashes and URLs of the stored articles; then an article is

- *unchanged* when its id is stored with the same hash: skipped (unless ``force``);
- *changed* when its id is stored with another hash: read again, its graph replaced
  (the version it replaces held in the history store: ``kg.history``);
- a *duplicate* when an article of the store or of this build has its URL or its
  normalised text under another id, or this build met its id with the same text;
- *rejected* when this build met its id with another text (ids must be unique);
- *retracted* when its loader marks it so: not read, its stored graph held
  (``kg.history.retract``).

Every ``kg.derived.CHUNK`` articles stored, and once the last is, the derived graphs
(copies, claim clusters) are brought up to date for those written or removed
(``kg.derived.refresh``).

Crash safety: an article's graph and its bookkeeping (``nkg:contentHash``,
``nkg:ingestedAt``) are one SPARQL update, one store transaction. A build killed
at any point leaves every article stored whole or not at all, and the next build
stores the missing ones and skips the rest. A graph of more than ``WRITE_TRIPLES``
triples (``kg.store``; only an article of hundreds of thousands of characters has one)
is written in several transactions, its ``nkg:contentHash`` last: killed in between,
it lacks its hash, and the next build takes it for changed and writes it again.

Memory. An article longer than ``PIECE_CHARS`` is read in paragraph-aligned pieces
(``kg.extract.pieces``), its graph validated in parts (``kg.validate.parts``) and
written in parts, and it contributes at most ``MAX_STATEMENTS`` statements and as
many events (the rest recorded): a long article's peak memory does not grow with its
length (bench/memory.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from rdflib import Graph, URIRef

from kg import curation, derived, history, iri
from kg.copies import add_copy_evidence
from kg.errors import ConfigError, GraphError, StoreError
from kg.identity import EntityIndex
from kg.nlp import (
    DEFAULT_BATCH_SIZE,
    PIECE_CHARS,
    check_pipeline,
    load_pipeline,
    memory_zone,
    parse,
)
from kg.precheck import surely_conforms
from kg.prune import RemovedItem, checked
from kg.rdf import add_bookkeeping, extraction_graph
from kg.records import Article, Extraction, Rejection
from kg.resources import queries_dir
from kg.scratch import Scratch
from kg.store import DERIVED_GRAPHS, GraphStore, append_record, record_text, recorded_text
from kg.validate import ValidationReport, report_to_dict
from kg.vocab import SCHEMA
from loaders.base import DEFAULT_MAX_CHARS

#: The cyclic garbage collector's youngest threshold while a build runs (CPython's
#: default: 700 allocations). A build makes millions of short-lived objects, nearly
#: all freed by their reference counts: collecting every 700 took 0.7 s of a 23 s
#: build of the dev sets, and about 1 s of its wall time; at 50,000, 0.1 s, with the
#: same peak memory (bench/README.md, "throughput.py").
GC_THRESHOLD = 50_000

#: Where the store lives unless ``--store`` or ``NEWSKG_STORE`` says otherwise.
DEFAULT_STORE = "newskg-data"
#: The query that lists the stored articles' bookkeeping (not a user question).
STORED_ARTICLES_QUERY = Path("bookkeeping") / "stored-articles.rq"

Progress = Callable[["BuildSummary", Article | None], None]
#: Writes an article's graph under its name; returns the triples written.
Writer = Callable[[URIRef, Graph], int]
Verdict = Literal["new", "changed", "unchanged", "duplicate", "conflict"]


@dataclass(slots=True)
class BuildSummary:
    """What one build did.

    ``seen == stored + unchanged + duplicates + quarantined + failed + rejected +
    retracted + sharded`` and ``read == seen - rejected`` always hold (``sharded``
    only with ``--shards``).
    """

    store: str
    read: int = 0  # articles the loaders produced (less those rejected for a reused id)
    stored: int = 0
    quarantined: int = 0  # built but not conforming to the shapes
    removed: int = 0  # statements and events taken out of stored articles: they broke the shapes
    failed: int = 0  # extraction or mapping raised on the article
    rejected: int = 0  # inputs that could not become articles, or reused an id
    unchanged: int = 0  # stored by an earlier build with the same content: skipped
    duplicates: int = 0  # a second copy of an article (same URL or text): skipped
    retracted: int = 0  # marked retracted by its loader: its stored graph held (kg.history)
    triples: int = 0
    entities: int = 0  # distinct entities (IRIs) named in the articles stored by this build
    statements: int = 0
    events: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    #: CPU seconds by stage (``STAGES``), summed over the worker processes when there are
    #: any: loading (with screening), parsing, extraction, RDF mapping, validation, store,
    #: and the derived graphs (copies, claim clusters: ``kg.derived``) after the articles.
    stages: dict[str, float] = field(default_factory=dict)
    workers: int = 1
    cluster: str | None = None  # the Dask scheduler's address, when read on a cluster
    sharded: int = 0  # articles read into shards (--shards): kg load stores or records each
    shards: str | None = None  # the folder of the shards

    @property
    def seen(self) -> int:
        """Every input the build met: each article once, each rejected input once."""
        return self.read + self.rejected

    @property
    def done(self) -> int:
        """The inputs accounted for so far (``seen`` less those still being read)."""
        return (self.stored + self.unchanged + self.duplicates + self.quarantined + self.failed
                + self.rejected + self.retracted + self.sharded)

    def as_dict(self) -> dict:
        return {**asdict(self), "seen": self.seen}


def content_hash(article: Article) -> str:
    """``TEXT-VERSION``: digests of the normalised text and of everything that shapes the graph."""
    normalised = " ".join(unicodedata.normalize("NFKC", article.text).split())
    version = iri.digest(article.text, article.url, article.title, article.published,
                         article.publisher, article.language, article.summary_only)
    return f"{iri.digest('text', normalised)}-{version}"


#: The ledger's tables: by id (the content hash, and where this build met it: NULL
#: when only stored), by URL and by digest of the normalised text (the first id each).
_LEDGER_TABLES = (
    "CREATE TABLE ids (id TEXT PRIMARY KEY, hash TEXT, source TEXT) WITHOUT ROWID",
    "CREATE TABLE urls (url TEXT PRIMARY KEY, id TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE texts (text TEXT PRIMARY KEY, id TEXT NOT NULL) WITHOUT ROWID",
)
#: Every statement the ledger runs per article: each one lookup or write by primary key
#: (``tests/test_build_increments.py`` checks their query plans), so a check costs the
#: same with 10 thousand articles in the ledger as with 10 million.
LEDGER_STATEMENTS = {
    "id": "SELECT hash, source FROM ids WHERE id = ?",
    "url": "SELECT id FROM urls WHERE url = ?",
    "text": "SELECT id FROM texts WHERE text = ?",
    "add id": "INSERT OR REPLACE INTO ids (id, hash, source) VALUES (?, ?, ?)",
    "add url": "INSERT OR IGNORE INTO urls (url, id) VALUES (?, ?)",
    "add text": "INSERT OR IGNORE INTO texts (text, id) VALUES (?, ?)",
    "forget text": "DELETE FROM texts WHERE text = ? AND id = ?",
}


class Ledger(Scratch):
    """The articles already stored and those met in this build, by id, URL and text digest.

    Kept in a private temporary SQLite database (``kg.scratch``: on disk, deleted when
    closed; SQLite's page cache of a few MB is all it holds in memory), so that a
    build's memory does not grow with the store or the corpus, and every check is an
    indexed lookup (``LEDGER_STATEMENTS``). Filled from the store's bookkeeping when a
    build starts.
    """

    TABLES = _LEDGER_TABLES

    @classmethod
    def from_store(cls, gs: GraphStore) -> Ledger:
        """The bookkeeping of every stored article (``queries/bookkeeping/stored-articles.rq``),
        streamed from the store in chunks."""
        ledger = cls()
        query = (queries_dir() / STORED_ARTICLES_QUERY).read_text(encoding="utf-8")
        ledger.fill(gs.rows(query), lambda article_id, hash_, url: ledger._add(
            str(article_id), None if hash_ is None else str(hash_),
            None if url is None else str(url), source=None))
        return ledger

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM ids").fetchone()[0]

    def stored(self) -> dict[str, str | None]:
        """Id -> content hash of the articles stored before this build."""
        rows = self._db.execute("SELECT id, hash FROM ids WHERE source IS NULL")
        return dict(rows.fetchall())

    def hash_of(self, article_id: str) -> str | None:
        row = self._one("id", article_id)
        return row[0] if row else None

    def verdict(self, article: Article, hash_: str, *, force: bool = False) -> tuple[Verdict, str]:
        """What to do with ``article`` (whose content hash is ``hash_``), and why."""
        known = self._one("id", article.id)  # (hash, source) or None
        if known is not None and known[1] is not None:  # met earlier in this build
            if _text_part(known[0]) == _text_part(hash_):
                return "duplicate", f"duplicate: the same article as {known[1]}"
            return "conflict", (f"id {article.id!r} already used by another text in this "
                                f"build ({known[1]}); give every article its own id")
        if known is not None:
            if known[0] == hash_ and not force:
                return "unchanged", "stored unchanged by an earlier build"
            return "changed", "text or metadata changed since it was stored"
        if article.url:
            first = self._one("url", article.url)
            if first is not None and first[0] != article.id:
                return "duplicate", f"duplicate: same URL as article {first[0]!r}"
        other = self._one("text", _text_part(hash_) or "")
        if other is not None and other[0] != article.id:
            return "duplicate", f"duplicate: same text as article {other[0]!r}"
        return "new", "not stored before"

    def remember(self, article: Article, hash_: str) -> None:
        """Note ``article`` as met in this build (its older text, if any, is forgotten)."""
        old = self.hash_of(article.id)
        if old is not None:
            self._run("forget text", _text_part(old) or "", article.id)
        self._add(article.id, hash_, article.url, source=article.source or article.id)

    def _add(self, article_id: str, hash_: str | None, url: str | None, *,
             source: str | None) -> None:
        self._run("add id", article_id, hash_, source)
        if url:
            self._run("add url", url, article_id)
        if hash_:
            self._run("add text", _text_part(hash_) or "", article_id)

    def _one(self, statement: str, *args: object) -> tuple | None:
        return self._db.execute(LEDGER_STATEMENTS[statement], args).fetchone()

    def _run(self, statement: str, *args: object) -> None:
        self._db.execute(LEDGER_STATEMENTS[statement], args)


def _text_part(hash_: str | None) -> str | None:
    return hash_.partition("-")[0] if hash_ else None


def build(paths: Iterable[str | Path], *, store: str | Path = DEFAULT_STORE,
          format: str | None = None, model: str | None = None,
          batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress | None = None,
          max_chars: int = DEFAULT_MAX_CHARS, text_column: str | None = None,
          force: bool = False, target: GraphTarget | None = None,
          workers: int = 1, scheduler: str | None = None,
          shards: str | Path | None = None, text: bool = True) -> BuildSummary:
    """Build (or update) the store at ``store`` from the articles under ``paths``.

    Only new and changed articles are read; ``force`` reads unchanged ones again too
    (after an upgrade of the reading engine, say). ``max_chars`` and ``text_column``
    go to the loaders (``loaders.LoadOptions``). ``target`` (``kg build --endpoint``)
    receives every graph write too: see ``GraphTarget``.

    ``workers`` > 1 reads (parses, extracts, maps and validates) in that many processes
    (``kg.parallel``), this one being the single writer, when there is more than one
    batch to read; the store is the same as with 1, which reads in this process.
    ``scheduler`` (``tcp://HOST:PORT``) reads on that Dask cluster instead (``kg.cluster``),
    this process again the single writer. ``shards`` (a folder) has the workers write
    what they read there instead, for ``kg load`` (``kg.shards``): the store is then only
    read, to skip what it holds already. ``text`` false (``kg build --no-text``) leaves
    the articles' texts (``schema:articleBody``) out of their graphs; the store (or the
    shards' folder) records it, and a build the other way into it is refused
    (``keep_text_as_recorded``).
    """
    from loaders import load  # the loaders package is a sibling stage, imported on use

    started = time.perf_counter()
    summary = BuildSummary(store=str(store), workers=max(1, workers))
    sidecar: list[GraphStore] = []

    def reject(r: Rejection) -> None:
        summary.rejected += 1
        where = f"{r.source} {r.position}" if r.position else r.source
        summary.problems.append(f"rejected {where}: {' '.join(r.reason.split())}")
        append_record(sidecar[0].rejected_path, {**asdict(r), "at": _now()})

    articles = load(paths, format=format, on_reject=reject, max_chars=max_chars,
                    text_column=text_column)  # bad paths fail before any store is made
    from kg import parallel

    shared = _shared(shards)
    with contextlib.ExitStack() as stack:
        stack.enter_context(fewer_collections())
        cluster = None
        if scheduler is not None:  # an unreachable or unfit cluster fails before the store
            from kg.cluster import Cluster

            cluster = stack.enter_context(Cluster(scheduler, model, batch_size, shards=shared,
                                                        text=text))
            summary.workers, summary.cluster = cluster.width, scheduler
        elif summary.workers == 1:
            load_pipeline(model)  # so does a missing model
        else:
            check_pipeline(model)  # (this process does not parse: found, not loaded)

        def runner() -> parallel.Runner:
            """The cluster, else a pool of ``summary.workers`` processes."""
            return cluster or stack.enter_context(
                parallel.Pool(summary.workers, model, batch_size, shards=shared,
                              text=text))

        if shards is not None:
            from kg.shards import ShardFolder

            folder = ShardFolder(shards)
            sidecar.append(folder)
            summary.shards = str(folder.root)
            screened = stack.enter_context(_stored_ledger(store))
            if (Path(store) / "oxigraph").exists():  # only read: checked, not recorded
                with GraphStore.open(store, create=False, read_only=True) as stored:
                    keep_text_as_recorded(store, text, holds_text(stored), record=False)
            keep_text_as_recorded(folder.root, text, (folder.root / "journal.txt").exists())
            fresh = _timed(_screen(articles, screened, summary, folder, force=force,
                                   progress=progress), summary.stages, "load")
            for outcome in parallel.run(runner(), fresh, batch_size):
                _add_stages(summary, outcome)
                folder.journal(outcome.shard or folder.write([outcome]))  # None: its worker died
                summary.sharded += 1
                if progress is not None:
                    progress(summary, outcome.article)
            return _finished(summary, started)
        local = stack.enter_context(GraphStore.open(store))
        curating = curation.Curating(  # views: the analyst's fixes applied to what is read
            local if target is None else _Mirrored(local, target))
        stack.callback(curating.close)
        gs = derived.Tracking(stack.enter_context(  # held: the version a changed one replaces
            history.Keeping(curating)))
        stack.callback(gs.close_index)
        sidecar.append(gs)
        summary.store = str(gs.root)
        index = stack.enter_context(curation.entity_index(gs))  # names as read
        ledger = stack.enter_context(Ledger.from_store(gs))
        keep_text_as_recorded(gs.root, text, holds_text(gs))
        stale = derived.stale(gs.root, ledger.stored())  # e.g. a build killed before its refresh
        fresh = _timed(_screen(articles, ledger, summary, gs, force=force, progress=progress),
                       summary.stages, "load")
        fresh, more = _ahead(fresh, batch_size)
        if cluster is None and not more:
            summary.workers = 1  # one batch: no pool to start
        if cluster is not None or summary.workers > 1:
            for outcome in parallel.run(runner(), fresh, batch_size,
                                        idle=lambda: _derive_some(gs, summary, batch_size)):
                _store_outcome(gs, outcome, summary, index, text=text)
                _derive_some(gs, summary)
                if progress is not None:
                    progress(summary, outcome.article)
        else:
            for ex in _read(fresh, model, batch_size, summary, gs):
                _store_one(gs, ex, summary, index, ledger.hash_of(ex.article.id) or "",
                           text=text)
                _derive_some(gs, summary)
                if progress is not None:
                    progress(summary, ex.article)
        clock = Clock(summary.stages)
        derived.refresh(gs, gs.touched | stale,  # the cross-article graphs, for what changed
                        index=gs.held())
        if target is not None:  # it has only whole-graph writes: the derived graphs whole
            for name in DERIVED_GRAPHS:
                target.replace_graph(name, local.graph(name))
        clock.lap("derive")
    return _finished(summary, started)


#: Whether a store holds an article's text (``kg.rdf.add_bookkeeping``).
HOLDS_TEXT = f"ASK {{ GRAPH ?g {{ ?article <{SCHEMA.articleBody}> ?text }} }}"


def holds_text(gs: GraphStore) -> bool:
    """Whether any article graph of ``gs`` keeps its article's text."""
    return gs.ask(HOLDS_TEXT)


def keep_text_as_recorded(root: str | Path, text: bool, holds_texts: bool, *,
                          record: bool = True) -> None:
    """Refuse to build with ``text`` into the folder ``root`` (a store, or a ``--shards``
    folder) when its graphs were made the other way, so that a resumed or later build
    never mixes graphs with and without the articles' texts; record ``text`` there when
    nothing is recorded yet (``record``). A folder that records nothing was built
    before the option existed: ``holds_texts`` says whether its graphs keep the texts."""
    recorded = recorded_text(root)
    kept = True if recorded is None and holds_texts else recorded
    if kept is True and not text:
        raise ConfigError(f"{root} holds the articles' texts (built without --no-text): "
                          "build with --no-text into a new store or folder")
    if kept is False and text:
        raise ConfigError(f"{root} was built with --no-text: give --no-text to build into it")
    if recorded is None and record:
        record_text(root, text)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """The youngest generation collected every ``GC_THRESHOLD`` allocations inside the
    block, as before after it (``build``; the pool's workers keep it for good)."""
    before = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _derive_some(gs: derived.Tracking, summary: BuildSummary,
                 least: int = derived.CHUNK) -> None:
    """The derived graphs brought up to date for the article graphs written so far, each
    ``least`` of them (default ``derived.CHUNK``: the refresh reads that many at a time
    anyway, and the names of the graphs written wait in memory only that long; the
    result does not depend on when: ``kg.derived``). With workers, the writer also
    calls it with a batch's worth whenever it would wait for them (``parallel.run``'s
    ``idle``), so that the refresh is done beside their reading instead of after it."""
    if len(gs.touched) >= max(1, least):
        clock = Clock(summary.stages)
        derived.refresh(gs, gs.touched, index=gs.held())
        gs.touched.clear()
        clock.lap("derive")


def _finished(summary: BuildSummary, started: float) -> BuildSummary:
    summary.seconds = round(time.perf_counter() - started, 2)
    summary.stages = {k: round(summary.stages.get(k, 0.0), 2) for k in STAGES}
    return summary


def _shared(folder: str | Path | None) -> str | None:
    """The shards' folder as the workers must see it: absolute (on a cluster, a path of
    a file system every worker shares)."""
    return None if folder is None else str(Path(folder).resolve())


def _stored_ledger(store: str | Path) -> Ledger:
    """The ledger of the store at ``store``, opened read-only; empty when there is none."""
    try:
        with GraphStore.open(store, create=False, read_only=True) as gs:
            return Ledger.from_store(gs)
    except StoreError:
        if (Path(store) / "oxigraph").exists():
            raise
        return Ledger()


def _add_stages(summary: BuildSummary, outcome) -> None:
    for stage, seconds in outcome.stages.items():
        summary.stages[stage] = summary.stages.get(stage, 0.0) + seconds


def _store_outcome(gs: GraphStore, outcome, summary: BuildSummary,
                   index: EntityIndex, *, write: Writer | None = None,
                   text: bool = True) -> None:
    """Store what a worker made of an article (a ``kg.parallel.Outcome``), in input order.

    The worker named each entity by its own IRI. When the index gives every entity that
    IRI, the worker's graph is the graph this process would make; otherwise (an alias of
    an entity stored earlier) the article is mapped and validated again here, with the
    IRIs the index gives, exactly as ``workers=1`` does. ``write`` stores the worker's
    graph instead of ``gs.replace_graph`` (``kg load``: from its shard, in bulk).
    ``text``: as the worker was told (``kg build --no-text``).
    """
    _add_stages(summary, outcome)
    ex = outcome.extraction
    if ex is None:
        _failed(gs, outcome.article, summary, outcome.failure or "reading failed")
        return
    nodes = {e.key: index.resolve(e) for e in ex.entities}
    if outcome.prepared is not None and all(nodes[e.key] == own_iri(e) for e in ex.entities):
        _commit(gs, ex, nodes, outcome.prepared, summary, index, cut=outcome.cut, write=write)
    else:
        made = prepare(ex, nodes, content_hash(ex.article), summary.stages, text=text)
        _commit(gs, ex, nodes, made, summary, index, cut=outcome.cut)


def own_iri(ent) -> URIRef:
    return iri.entity_iri(ent.type, ent.label, scope=ent.scope)


def _ahead(items: Iterable[Article], size: int) -> tuple[Iterator[Article], bool]:
    """``items`` unchanged, and whether there are more than ``size`` of them."""
    items = iter(items)
    head = list(itertools.islice(items, size + 1))
    return itertools.chain(head, items), len(head) > size


def _timed(items: Iterable, stages: dict[str, float], name: str) -> Iterator:
    """``items``, the CPU time spent making each added to ``stages[name]``."""
    clock = Clock(stages)
    for item in items:
        clock.lap(name)
        yield item
        clock.lap(None)  # the consumer's time is not this stage's
    clock.lap(name)


def count_inputs(paths: Iterable[str | Path], *, format: str | None = None,
                 max_chars: int = DEFAULT_MAX_CHARS, text_column: str | None = None) -> int | None:
    """How many inputs (articles and rejected inputs) ``build`` will see under ``paths``:
    a pass of the loaders alone, for a progress bar's time left. None for standard input,
    which can be read only once, or when the loaders fail (``build`` will say why)."""
    from loaders import load

    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    if any(str(p) == "-" for p in paths):
        return None
    rejected = [0]

    def count(_: Rejection) -> None:
        rejected[0] += 1

    try:
        return sum(1 for _ in load(paths, format=format, on_reject=count, max_chars=max_chars,
                                   text_column=text_column)) + rejected[0]
    except Exception:  # noqa: BLE001 - the count is a nicety; build reports the error
        return None


def _screen(articles: Iterable[Article], ledger: Ledger, summary: BuildSummary,
            gs: GraphStore, *, force: bool, progress: Progress | None) -> Iterator[Article]:
    """The new and changed articles; the others are counted (and recorded when skipped)."""
    for article in articles:
        if article.retracted:
            _retract(gs, article, summary)
            if progress is not None:
                progress(summary, article)
            continue
        hash_ = content_hash(article)
        verdict, reason = ledger.verdict(article, hash_, force=force)
        if verdict == "conflict":
            summary.rejected += 1
            _record_skip(gs, article, summary, reason)
            continue
        summary.read += 1
        if verdict in ("new", "changed"):
            ledger.remember(article, hash_)
            yield article
            continue
        if verdict == "unchanged":
            ledger.remember(article, hash_)  # a second copy in this build is a duplicate
            summary.unchanged += 1
        else:
            summary.duplicates += 1
            _record_skip(gs, article, summary, reason)
        if progress is not None:
            progress(summary, article)


def _retract(gs: GraphStore, article: Article, summary: BuildSummary) -> None:
    """An article its loader marks retracted: its stored graph, if any, is held in the
    history store and leaves every answer (``kg.history.retract``); it is not read.
    Into shards (``kg.shards.ShardFolder``), the retraction is journaled in its turn,
    for ``kg load`` to apply (and record) as this does."""
    from kg.shards import ShardFolder

    summary.read += 1
    summary.retracted += 1
    if isinstance(gs, ShardFolder):
        gs.retract(article)
        return
    try:
        history.retract(gs, article.id)
        reason = "retracted: its graph is kept in the history store, out of every answer"
    except StoreError as exc:  # never stored, or retracted already: nothing to hold
        reason = f"retracted, not read ({exc})"
    _record_skip(gs, article, summary, reason)


def _record_skip(gs: GraphStore, article: Article, summary: BuildSummary, reason: str) -> None:
    summary.problems.append(f"skipped {_where(article)}: {reason}")
    append_record(gs.rejected_path, {"source": article.source, "position": None,
                                     "article": article.id, "reason": reason,
                                     "snippet": article.text[:200], "at": _now()})


def _read(articles: Iterable[Article], model: str | None, batch_size: int,
          summary: BuildSummary, gs: GraphStore) -> Iterator[Extraction]:
    """Extractions, lazily; an article on which parsing or extraction fails is recorded
    and skipped. An article longer than ``PIECE_CHARS`` is read alone, in paragraph-aligned
    pieces (``kg.extract.pieces``), so that memory does not grow with its length."""
    nlp = load_pipeline(model)
    for batch in batches(articles, batch_size):
        with memory_zone(nlp):  # the words spaCy meets in a batch go with its Docs
            yield from _read_batch(nlp, batch, batch_size, summary, gs)


def _read_batch(nlp, batch: list[Article], batch_size: int, summary: BuildSummary,
                gs: GraphStore) -> Iterator[Extraction]:
    """``_read`` of one batch."""
    from kg.extract import extract  # the reading engine: a writer with workers never loads it
    from kg.extract.pieces import extract_in_pieces

    if len(batch[0].text) > PIECE_CHARS:
        clock = Clock(summary.stages)
        try:
            ex = extract_in_pieces(nlp, batch[0], limit=PIECE_CHARS)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the corpus
            _failed(gs, batch[0], summary, f"reading failed: {describe(exc)}")
            return
        finally:
            clock.lap("extract")
        yield ex
        return
    for doc, article in _parsed(nlp, batch, batch_size, summary, gs):
        clock = Clock(summary.stages)
        try:
            ex = extract(doc, article=article)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the corpus
            _failed(gs, article, summary, f"extraction failed: {describe(exc)}")
            continue
        finally:
            clock.lap("extract")
        yield ex


def _parsed(nlp, batch: list[Article], batch_size: int, summary: BuildSummary,
            gs: GraphStore) -> list[tuple[object, Article]]:
    """(Doc, article) pairs of one batch (``parse_batch``); an article spaCy fails on is
    recorded and left out."""
    clock = Clock(summary.stages)
    docs = parse_batch(nlp, batch, batch_size)
    clock.lap("parse")
    pairs = []
    for doc, article in zip(docs, batch, strict=True):
        if isinstance(doc, str):
            _failed(gs, article, summary, doc)
        else:
            pairs.append((doc, article))
    return pairs


def parse_batch(nlp, batch: list[Article], batch_size: int) -> list:
    """A Doc for each article of ``batch``, in order, through ``nlp.pipe``; when spaCy fails
    on the batch, its articles are parsed one by one, and one it fails on gets the reason
    (a ``str``: "parsing failed: …") in its place, so that only that one is lost."""
    try:
        return list(parse(nlp, [a.text for a in batch], batch_size))
    except Exception:  # noqa: BLE001 - find the article it failed on
        docs: list = []
        for article in batch:
            try:
                docs.append(nlp(article.text))
            except Exception as exc:  # noqa: BLE001
                docs.append(f"parsing failed: {describe(exc)}")
        return docs


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Lists of at most ``size`` articles; an article longer than ``PIECE_CHARS`` comes
    alone, in its turn."""
    batch: list[Article] = []
    for article in articles:
        if len(article.text) > PIECE_CHARS:
            if batch:
                yield batch
                batch = []
            yield [article]
            continue
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def describe(exc: BaseException) -> str:
    """``Type: message`` on one line."""
    return f"{type(exc).__name__}: {' '.join(str(exc).split())}".rstrip(": ")


def _where(article: Article) -> str:
    """The input an article came from, and its id: ``corpus.jsonl:12 (id 'a-1')``."""
    return f"{article.source or '?'} (id {article.id!r})"


def _failed(gs: GraphStore, article: Article, summary: BuildSummary, reason: str) -> None:
    """Record an article that could not be read or mapped; its older graph goes too."""
    summary.failed += 1
    summary.problems.append(f"failed {_where(article)}: {reason}")
    gs.remove_graph(iri.article_graph(article.id))
    append_record(gs.rejected_path, {"source": article.source, "position": None,
                                     "article": article.id, "reason": reason,
                                     "snippet": article.text[:200], "at": _now()})


def _store_one(gs: GraphStore, ex: Extraction, summary: BuildSummary,
               index: EntityIndex, hash_: str, *, text: bool = True) -> None:
    """Map, validate and store one article: its graph and bookkeeping in one update
    (without its text when ``text`` is false)."""
    from kg.extract.pieces import MAX_STATEMENTS, cap_items

    ex, cut = cap_items(ex, MAX_STATEMENTS)  # what one article may contribute is bounded
    nodes = {e.key: index.resolve(e) for e in ex.entities}
    _commit(gs, ex, nodes, prepare(ex, nodes, hash_, summary.stages, text=text), summary, index,
            cut=cut)


@dataclass(slots=True)
class Prepared:
    """An article's graph, mapped, validated and pruned, ready to store: ``graph`` is
    None when the article is quarantined (``report`` says why) or ``failure`` says
    why it could not be mapped."""

    graph: Graph | None
    removed: tuple[RemovedItem, ...] = ()
    report: ValidationReport | None = None
    failure: str | None = None


def prepare(ex: Extraction, nodes: dict[str, URIRef], hash_: str,
            stages: dict[str, float] | None = None, *, text: bool = True) -> Prepared:
    """``ex`` as the graph to store, its entities named by ``nodes`` (key -> IRI). The
    same in the build's process and in a worker (``kg.parallel``); CPU seconds of the
    stages go to ``stages`` (map, validate). ``text`` false leaves the article's text
    out (``kg build --no-text``)."""
    clock = Clock(stages)
    try:
        graph = extraction_graph(ex, entity_iri=lambda e: nodes[e.key])
        add_bookkeeping(graph, ex.article, content_hash=hash_, ingested_at=dt.datetime.now(dt.UTC),
                        text=text)
        add_copy_evidence(graph, ex.article)  # what kg.derived finds copies by
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the corpus
        return Prepared(None, failure=f"mapping failed: {describe(exc)}")
    finally:
        clock.lap("map")
    try:
        if surely_conforms(graph):  # pySHACL would say so too, more slowly (kg.precheck)
            return Prepared(graph, report=CONFORMS)
        pruned = checked(graph)  # validated (a big graph in parts), what breaks the shapes out
        return Prepared(pruned.graph, pruned.removed, pruned.report)
    finally:
        clock.lap("validate")


#: The report of a graph that conforms, as pySHACL gives it.
CONFORMS = ValidationReport(conforms=True, results=(), text="Validation Report\nConforms: True\n")


def _commit(gs: GraphStore, ex: Extraction, nodes: dict[str, URIRef], made: Prepared,
            summary: BuildSummary, index: EntityIndex, *, cut: str | None = None,
            write: Writer | None = None) -> None:
    """Store a prepared article (or record why not) and count it; ``cut`` says what the
    per-article limit left out (``kg.extract.pieces.cap_items``); ``write`` writes its
    graph (by default ``gs.replace_graph``)."""
    if made.failure is not None:
        _failed(gs, ex.article, summary, made.failure)
        return
    if made.graph is None:
        assert made.report is not None
        _quarantine(gs, ex.article, summary, made.report)
        return
    clock = Clock(summary.stages)
    try:
        triples = (write or gs.replace_graph)(iri.article_graph(ex.article.id), made.graph)
    except GraphError as exc:  # a term the store refuses: this article only
        _failed(gs, ex.article, summary, f"cannot store its graph: {exc}")
        return
    finally:
        clock.lap("store")
    removed = made.removed
    if removed:
        assert made.report is not None
        _record_removed(gs, ex.article, summary, removed, made.report)
    if cut is not None:
        _record_cut(gs, ex.article, summary, cut)
    summary.triples += triples
    for e in ex.entities:
        index.add(nodes[e.key], e)
    summary.stored += 1
    summary.entities = index.count_built(nodes.values())
    summary.statements += len(ex.statements) - sum(r.is_statement for r in removed)
    summary.events += len(ex.events) - sum(not r.is_statement for r in removed)


#: The stages whose CPU time the summary gives, in order.
STAGES = ("load", "parse", "extract", "map", "validate", "store", "derive")


class Clock:
    """CPU seconds of this process, added to ``stages[name]`` at each ``lap(name)``."""

    def __init__(self, stages: dict[str, float] | None) -> None:
        self._stages = stages
        self._last = time.process_time()

    def lap(self, name: str | None) -> None:
        now = time.process_time()
        if self._stages is not None and name is not None:
            self._stages[name] = self._stages.get(name, 0.0) + now - self._last
        self._last = now


def _quarantine(gs: GraphStore, article: Article, summary: BuildSummary,
                report: ValidationReport) -> None:
    """The whole article stays out: a violation no removal of an item can mend."""
    summary.quarantined += 1
    summary.problems.append(f"quarantined {_where(article)}: does not conform to the shapes "
                            f"({len(report.results)} violations); see quarantine.jsonl")
    name = iri.article_graph(article.id)
    gs.remove_graph(name)  # an older version of the article must not stay as if current
    append_record(gs.quarantine_path, {"article": article.id, "source": article.source,
                                       "graph": str(name), "at": _now(), "stored": False,
                                       "report": report_to_dict(report)})


def _record_removed(gs: GraphStore, article: Article, summary: BuildSummary,
                    removed: tuple[RemovedItem, ...], report: ValidationReport) -> None:
    """The article was stored without the items that broke the shapes: say which, and why."""
    summary.removed += len(removed)
    summary.problems.append(f"stored {_where(article)} without {len(removed)} statements or "
                            "events that do not conform to the shapes; see quarantine.jsonl")
    append_record(gs.quarantine_path, {"article": article.id, "source": article.source,
                                       "graph": str(iri.article_graph(article.id)),
                                       "at": _now(), "stored": True,
                                       "removed": [r.as_dict() for r in removed],
                                       "report": report_to_dict(report)})


def _record_cut(gs: GraphStore, article: Article, summary: BuildSummary, reason: str) -> None:
    """The article was stored with its first statements and events only: say so, and why."""
    summary.problems.append(f"stored {_where(article)} in part: {reason}; see quarantine.jsonl")
    append_record(gs.quarantine_path, {"article": article.id, "source": article.source,
                                       "graph": str(iri.article_graph(article.id)),
                                       "at": _now(), "stored": True, "limit": reason})


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# ------------------------------------------------------------------ build --endpoint


class GraphTarget(Protocol):
    """Another store that gets every graph write (``kg.endpoint.remote.RemoteStore``).

    ``replace_graph`` with an empty graph removes the graph there.
    """

    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> int: ...


class _Mirrored:
    """The local store, with each graph write repeated on a ``GraphTarget``."""

    def __init__(self, local: GraphStore, target: GraphTarget) -> None:
        self._local, self._target = local, target

    def __getattr__(self, name: str):
        return getattr(self._local, name)

    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> int:
        self._target.replace_graph(graph_iri, graph)
        return self._local.replace_graph(graph_iri, graph)

    def remove_graph(self, graph_iri: URIRef) -> None:
        self._target.replace_graph(graph_iri, Graph())
        self._local.remove_graph(graph_iri)
