"""``kg build --shards DIR``, ``kg load DIR`` and ``kg push DIR``: graphs by way of files.

With ``--shards``, each worker (a process of ``--workers`` or of a Dask cluster) writes
what it read of a partition into ``DIR`` instead of sending it back: ``KEY.nq``, the
articles' graphs as N-Quads, and ``KEY.outcomes``, the rest of each article's
``kg.parallel.Outcome`` (its extraction, what validation removed, why it failed; the
graph left out). ``KEY`` is a digest of the partition's article ids and content hashes,
and both files are written to a temporary name and renamed: a partition read twice
(a worker died after writing it, Dask ran it again) leaves the same two files, never a
second copy. The build's process stays the single screener: it keeps the ledger
(against ``--store`` when that exists, so that articles already loaded are skipped),
writes the skipped and rejected inputs to ``DIR/rejected.jsonl``, and appends each
partition's key to ``DIR/journal.txt`` in input order. It writes no store. An
article its loader marks retracted is journaled as a shard of that article alone,
unread (``ShardFolder.retract``), for ``kg load`` to retract.

``kg load DIR`` is the single writer of the other builds, run later: it replays the
journal in input order through the same code (``kg.pipeline``), so entity identity is
the same as a local build's. A worker names each entity by its own IRI (type and
label); the writer resolves each against the store's ``EntityIndex`` in input order,
and when an entity resolves to another IRI (an alias of one stored earlier: the
acronym of an organisation spelled out before) the article is mapped and validated
again with the writer's IRIs and written in one transaction, as a local build does.
The store is wrapped in ``kg.history.Keeping`` as a build's is, so a changed article's
stored version is held in the history store before its new graph goes in.
Every other article's quads go in with pyoxigraph's bulk loader (``bulk_extend``), at
least ``BULK_QUADS`` at a time (its cost hardly depends on how many), the store's
merged default graph with them. The records (``rejected.jsonl``, ``quarantine.jsonl``)
are those of a local build: the same lines, the screening ones first. Loaded shards
and merged records are listed in the store's ``loaded-shards.txt`` once they are in:
a second ``kg load`` of the same folder adds nothing. A load killed midway leaves
whole articles, and the next one loads the shards not listed again (their records
may then appear twice). The bulk loader wants the store to itself: no ``kg serve`` or
build beside a ``kg load``.

The folder must be reachable at the same path from every worker (a shared file
system, for a cluster). Its ``.outcomes`` files are Python pickles: load only shards
made by your own workers, as you would open only your own store.
"""

from __future__ import annotations

import json
import os
import pickle
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg import iri
from kg.errors import StoreError
from kg.store import DERIVED_GRAPHS, trim_heap
from kg.vocab import NKG

JOURNAL = "journal.txt"
REJECTED = "rejected.jsonl"
#: In the store's folder: the shards and record lines ``kg load`` has merged.
LOADED = "loaded-shards.txt"
#: Quads gathered before a call of the bulk loader (about 350 articles' worth).
BULK_QUADS = 200_000
CONTENT_HASH = ox.NamedNode(str(NKG.contentHash))


def shard_key(articles) -> str:
    """The name of a partition's shard: a digest of its articles' ids and contents."""
    from kg.pipeline import content_hash

    return iri.digest("shard", *(f"{a.id}\t{content_hash(a)}" + ("\tretracted" * a.retracted)
                                 for a in articles))


def write_shard(directory: str | Path, outcomes: list) -> str:
    """Write a partition's outcomes as the shard ``KEY.nq`` + ``KEY.outcomes`` in
    ``directory`` (each atomically); returns ``KEY``. An article whose graph has a term
    N-Quads cannot hold keeps its graph in ``.outcomes`` (``kg load`` then fails it, as
    the store would)."""
    from kg.terms import to_oxigraph

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    key = shard_key(o.article for o in outcomes)
    quads: list[ox.Quad] = []
    kept = []
    for outcome in outcomes:
        made = outcome.prepared
        if made is not None and made.graph is not None:
            name = ox.NamedNode(str(iri.article_graph(outcome.article.id)))
            try:
                mine = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), name)
                        for s, p, o in made.graph]
            except (ValueError, TypeError):
                kept.append(outcome)
                continue
            quads.extend(mine)
            outcome = replace(outcome, prepared=replace(made, graph=IN_SHARD))
        kept.append(outcome)
    _atomic(directory / f"{key}.nq", ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
    _atomic(directory / f"{key}.outcomes", pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
    return key


#: What an outcome's graph is, once its quads are in the shard's ``.nq`` (an empty graph
#: of this name, which pickling keeps).
IN_SHARD = Graph(identifier=URIRef("urn:newskg:in-shard"))


def _atomic(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


class ShardFolder:
    """``DIR`` as the build's process sees it: the journal and the screening records."""

    def __init__(self, directory: str | Path) -> None:
        self.root = Path(directory)
        self.root.mkdir(parents=True, exist_ok=True)
        self.rejected_path = self.root / REJECTED
        self._last: str | None = None

    def write(self, outcomes: list) -> str:
        """A shard written here (an article whose worker failed: ``kg load`` records it)."""
        return write_shard(self.root, outcomes)

    def retract(self, article) -> None:
        """Journal the retraction of ``article`` (marked so by its loader) in its turn: a
        shard of that article alone, unread, which ``kg load`` retracts as a build would."""
        from kg.parallel import Outcome

        self.journal(self.write([Outcome(article)]))

    def journal(self, key: str) -> None:
        """Note the shard ``key`` as the next partition in input order (once)."""
        if key != self._last:
            with (self.root / JOURNAL).open("a", encoding="utf-8") as fh:
                fh.write(key + "\n")
            self._last = key


@dataclass(slots=True)
class LoadSummary:
    """What one ``kg load`` did: the build's counts (``kg.pipeline.BuildSummary``) of
    the articles it stored, and how many shards and records it merged or skipped."""

    build: object  # kg.pipeline.BuildSummary
    shards: int = 0
    skipped: int = 0  # shards loaded by an earlier kg load
    records: int = 0  # screening records merged
    graphs: list[str] | None = None  # the article graphs written


def load(directory: str | Path, store: str | Path,
         progress: Callable[[int, int], None] | None = None) -> LoadSummary:
    """Store the shards of ``directory`` in ``store``, in the journal's order, as the
    single writer does (see the module's doc); returns what it did."""
    from kg import curation, derived, history, search
    from kg.pipeline import BuildSummary, holds_text, keep_text_as_recorded
    from kg.store import GraphStore, append_record, recorded_text

    directory = Path(directory)
    journal = directory / JOURNAL
    if not journal.is_file():
        raise StoreError(f"no shards in {directory}: {JOURNAL} is missing (make them with "
                         "kg build --shards)")
    keys = list(dict.fromkeys(journal.read_text(encoding="utf-8").split()))
    summary = LoadSummary(BuildSummary(store=str(store)), graphs=[])
    text = recorded_text(directory) is not False  # kg build --shards --no-text
    with GraphStore.open(store) as local, history.Keeping(local) as gs:  # held: the
        # version a changed article replaces, as in a build
        keep_text_as_recorded(gs.root, text, holds_text(gs))  # its graphs all made one way
        search.mark_pending(gs.root)  # in step again after the recluster below
        done_path = gs.root / LOADED
        done = set(done_path.read_text(encoding="utf-8").split()) if done_path.exists() else set()
        rejected = directory / REJECTED
        lines = rejected.read_text(encoding="utf-8").splitlines() if rejected.exists() else []
        for line in lines:
            tag = "record-" + iri.digest("record", line)
            if tag not in done:
                append_record(gs.rejected_path, json.loads(line))
                _note(done_path, done, tag)
                summary.records += 1
        bulk = _Bulk(local, gs.hold_replaced, lambda key: _note(done_path, done, key))
        with curation.entity_index(gs) as index:  # the names as read
            for n, key in enumerate(keys, 1):
                if key in done:
                    summary.skipped += 1
                else:
                    _load_shard(gs, directory, key, summary, index, bulk, text)
                    summary.shards += 1
                if progress is not None:
                    progress(n, len(keys))
        bulk.flush()
        curation.refresh(gs, summary.graphs, written=True)  # the analyst's fixes, applied
        # the cross-article graphs (copies, claim clusters) again from every article graph:
        # a bulk load is the time for it
        derived.recluster(gs)
        summary.graphs.extend(str(name) for name in DERIVED_GRAPHS)  # written again whole
    return summary


class _Bulk:
    """Quads on their way to ``bulk_extend``, shards' worth at a time: the bulk loader
    costs the same for a few quads as for many, so it gets at least ``BULK_QUADS`` (or
    what is left at the end). A shard is noted as loaded once its quads are in."""

    def __init__(self, gs, hold: Callable[[str, set[str]], None],
                 loaded: Callable[[str], None]) -> None:
        self._gs, self._hold, self._loaded = gs, hold, loaded
        self._quads: list[ox.Quad] = []
        self._names: set[str] = set()
        self._keys: list[str] = []

    def before(self, name: str) -> None:
        """Before the writer touches the article graph ``name``: an older version of it
        that is still waiting goes in first."""
        if name in self._names:
            self.flush()

    def add(self, name: str, quads: list[ox.Quad]) -> None:
        if self._gs.has_graph(name):  # an older version: held (unless the same), then gone
            self._hold(name, {q.object.value for q in quads if q.predicate == CONTENT_HASH})
            self._gs.remove_graph(name)
        self._names.add(name)
        self._quads.extend(quads)

    def done(self, key: str) -> None:
        self._keys.append(key)
        if len(self._quads) >= BULK_QUADS:
            self.flush()

    def flush(self) -> None:
        if self._quads:
            default = ox.DefaultGraph()
            merged = [ox.Quad(q.subject, q.predicate, q.object, default) for q in self._quads] \
                if self._gs.merged else []
            self._gs.store.bulk_extend([*self._quads, *merged])
            self._gs.store.flush()
            trim_heap()
        for key in self._keys:
            self._loaded(key)
        self._quads, self._names, self._keys = [], set(), []


def _load_shard(gs, directory: Path, key: str, summary: LoadSummary, index,
                bulk: _Bulk, text: bool) -> None:
    """One shard: each article through the writer's code, the quads of those whose
    graph is the worker's handed to ``bulk``."""
    from kg.pipeline import _retract, _store_outcome

    try:
        outcomes = pickle.loads((directory / f"{key}.outcomes").read_bytes())
        parsed = ox.parse(path=str(directory / f"{key}.nq"), format=ox.RdfFormat.N_QUADS)
        by_graph: dict[str, list[ox.Quad]] = defaultdict(list)
        for quad in parsed:
            by_graph[quad.graph_name.value].append(quad)
    except (OSError, SyntaxError, pickle.UnpicklingError, EOFError, AttributeError,
            ImportError, ValueError) as exc:  # missing, cut short, or of another version
        raise StoreError(f"shard {key} in {directory} cannot be read: {exc}; run the "
                         "build with --shards again to write it anew") from exc

    def write(name: URIRef, graph: Graph) -> int:
        if graph.identifier != IN_SHARD.identifier:  # a term N-Quads refused: the store says why
            return gs.replace_graph(name, graph)
        quads = by_graph.get(str(name), [])
        bulk.add(str(name), quads)
        return len(quads)

    for outcome in outcomes:
        name = str(iri.article_graph(outcome.article.id))
        bulk.before(name)
        if outcome.article.retracted:  # journaled by the build's screening (ShardFolder)
            _retract(gs, outcome.article, summary.build)
        else:
            summary.build.read += 1
            _store_outcome(gs, outcome, summary.build, index, write=write, text=text)
        summary.graphs.append(name)
    bulk.done(key)


def _note(path: Path, done: set[str], tag: str) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write(tag + "\n")
    done.add(tag)
