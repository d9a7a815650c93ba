"""The derived graphs: what the stored articles say together, kept up to date.

Two named graphs hold no article but are computed from the article graphs:

- ``COPIES_GRAPH``: which articles copy which (``nkg:copyOf``, with an
  ``nkg:CopyEvidence`` node: the similarity and the original) and the independent
  source of each copy or wire-credited article (``nkg:independentSource``, the name as
  ``nkg:sourceName``): ``kg.copies``;
- ``CLAIMS_GRAPH``: the ``nkg:ClaimCluster``s and the cross-article ``nkg:respondsTo``
  they make unambiguous: ``kg.claims``.

They depend on the article graphs only, never on the order the articles came in: a
build with any number of workers, a build resumed after a crash, a build in two
halves, or a removal followed by ``refresh`` give the same derived graphs as one
fresh build, and ``recluster`` computes them again from nothing.

``refresh`` is incremental: it reads again only the article graphs it is given (those
the build wrote or removed: ``Tracking``), and recomputes only what they touch: the
copies among their near-duplicate candidates (the LSH bands of their signatures), and
the clusters reachable from their events through the blocking keys (event class with
an agent or a place). What it needs to find those without reading the store again is
kept in an index beside the store, ``derived.sqlite`` (``Index``): per article its
hash, outlet, credits, signature and independent source; its LSH band keys; its
events as ``kg.claims.Item``s with their cluster; the id and hash of each retracted
article's stub (``kg.history``). The index is only a cache of the
article graphs: an article whose stored hash differs from the index's (a build
killed before its refresh) is refreshed by the next build (``stale``), and
``recluster`` makes the index again. The search index (``kg.search``) is attached to
the same connection and written in the same transactions, for the same graphs.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

import numpy as np
from rdflib import RDF, XSD, Graph, Literal, URIRef

from kg import claims, copies, iri, search
from kg.claims import Item
from kg.errors import StoreError
from kg.store import CLAIMS_GRAPH, COPIES_GRAPH, DERIVED_GRAPHS
from kg.vocab import NKG, SCHEMA

INDEX_FILE = "derived.sqlite"
#: Article graphs read and indexed per step of ``refresh``.
CHUNK = 500
#: SQLite's page cache for each of the two files the refresh writes (this index and the
#: search index), in MB: SQLite's own default is 2 MB, and once a file is many times
#: that, most of a row's pages are read again from the OS at each write (at 50 k
#: generated articles, 64 MB each took 3.5 % off the build's writer: bench/README.md).
#: A bound, reached early in a build and not passed.
CACHE_MB = 64

_SCHEMA = """
CREATE TABLE IF NOT EXISTS article (
    graph TEXT PRIMARY KEY, id TEXT NOT NULL, iri TEXT NOT NULL, hash TEXT, published TEXT,
    publisher TEXT, outlet TEXT, credits TEXT, signature BLOB, copy_of TEXT,
    similarity REAL, source TEXT);
CREATE UNIQUE INDEX IF NOT EXISTS article_id ON article(id);
CREATE TABLE IF NOT EXISTS band (key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id));
CREATE INDEX IF NOT EXISTS band_id ON band(id);
CREATE TABLE IF NOT EXISTS item (
    node TEXT PRIMARY KEY, article TEXT NOT NULL, data TEXT NOT NULL, cluster TEXT);
CREATE INDEX IF NOT EXISTS item_article ON item(article);
CREATE INDEX IF NOT EXISTS item_cluster ON item(cluster);
CREATE TABLE IF NOT EXISTS item_key (key TEXT NOT NULL, node TEXT NOT NULL, lo INTEGER,
    hi INTEGER);
CREATE INDEX IF NOT EXISTS item_key_key ON item_key(key, lo);
CREATE INDEX IF NOT EXISTS item_key_node ON item_key(node);
CREATE TABLE IF NOT EXISTS stub (graph TEXT PRIMARY KEY, id TEXT NOT NULL, hash TEXT);
"""


class Index:
    """``derived.sqlite``: what ``refresh`` needs to know of every stored article."""

    def __init__(self, root: str | Path) -> None:
        path = Path(root) / INDEX_FILE
        try:
            self.db = sqlite3.connect(path)
            self.db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the derived index {path}: {exc}; delete it and "
                             "run `kg recluster` to make it again") from exc
        search.attach(self.db, root)  # the search index: written in the same transactions
        for schema in ("main", "search"):
            self.db.execute(f"PRAGMA {schema}.cache_size = -{CACHE_MB * 1024}")

    def close(self) -> None:
        self.db.commit()
        self.db.close()

    def hashes(self) -> dict[str, str]:
        """Article id -> the hash the index read it with (a retracted one's stub too)."""
        return dict(self.db.execute("SELECT id, hash FROM article UNION ALL "
                                    "SELECT id, hash FROM stub"))

    def clear(self) -> None:
        self.db.executescript("DELETE FROM article; DELETE FROM band; DELETE FROM item; "
                              "DELETE FROM item_key; DELETE FROM stub;")
        search.clear(self.db)


def stale(index_root: str | Path, stored: dict[str, str | None]) -> set[str]:
    """The article graphs whose stored hash (``stored``: id -> hash) the index does not
    have: stored since its last refresh, or gone from the store."""
    index = Index(index_root)
    try:
        known = index.hashes()
        searched = search.hashes(index.db)
        if searched is None:  # incomplete: not to be trusted until kg reindex
            searched = known
    finally:
        index.close()
    changed = {i for i, h in stored.items()
               if known.get(i) != (h or "") or searched.get(i) != (h or "")}
    gone = (set(known) | set(searched)) - set(stored)
    return {str(iri.article_graph(i)) for i in changed | gone}


class Tracking:
    """A store whose article graph writes and removals are noted in ``touched``; and the
    index its refreshes write, held open from one to the next (``held``): SQLite's page
    cache and the ranked lists' bars (``kg.ranked.Bars``, kept by connection) last the
    whole build, not one ``CHUNK``."""

    def __init__(self, store) -> None:
        self._store, self.touched = store, set()
        self._index: Index | None = None

    def held(self) -> Index:
        """The index the refreshes of this store write, opened at the first."""
        if self._index is None:
            self._index = Index(self._store.root)
        return self._index

    def close_index(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None

    def __getattr__(self, name: str):
        return getattr(self._store, name)

    def replace_graph(self, graph_iri, graph: Graph) -> int:
        self._touch(graph_iri)
        return self._store.replace_graph(graph_iri, graph)

    def remove_graph(self, graph_iri) -> None:
        self._touch(graph_iri)
        self._store.remove_graph(graph_iri)

    def _touch(self, graph_iri) -> None:
        if not self.touched:  # the first since the last refresh: the index falls behind
            # through the held connection: another connection's write drops its bars
            search.mark_pending(self._store.root, self._index and self._index.db)
        self.touched.add(str(graph_iri))


def refresh(gs, graphs: Iterable[str], *, settle: bool = False, index: Index | None = None
            ) -> int:
    """Bring the derived graphs up to date for the article graphs ``graphs`` (written or
    removed since the last refresh), ``CHUNK`` at a time; returns the articles read.
    When they are all a build wrote (``Tracking.touched``), or ``settle`` says they are
    all the store holds, the search index is noted in step (``kg.search.settle``).
    ``index``: one held open (``Tracking.held``), left so; else one opened and closed."""
    own = index is None
    index = Index(gs.root) if own else index
    graphs = set(graphs)
    done = 0
    try:
        for chunk in _chunks(sorted(graphs), CHUNK):
            _refresh_chunk(gs, index, chunk)
            index.db.commit()
            done += len(chunk)
        touched = getattr(gs, "touched", None)  # a build's: every graph it wrote
        if touched is not None and touched <= graphs or settle:
            search.settle(index.db)
            index.db.commit()
    finally:
        if own:
            index.close()
    return done


def recluster(gs) -> int:
    """Compute the derived graphs and their index again from the article graphs alone."""
    index = Index(gs.root)
    try:
        index.clear()
        index.db.commit()
    finally:
        index.close()
    for name in DERIVED_GRAPHS:
        gs.remove_graph(name)
    return refresh(gs, gs.graphs(), settle=True)


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _refresh_chunk(gs, index: Index, graphs: list[str]) -> None:
    db = index.db
    changed: set[str] = set()  # article ids read again (or gone)
    neighbours: set[str] = set()  # near-duplicate candidates of those, before and after
    brought: dict[str, set[str]] = {}  # a neighbour -> the new articles it is one of
    renewed = False  # an article read again or gone: every neighbour computed again
    seeds: set[str] = set()  # item nodes to cluster again
    old_clusters: set[str] = set()
    gone_nodes: set[str] = set()  # the items and statements of the articles read again
    terms: dict = {}  # rdflib terms made, shared by the chunk's graphs
    for name in graphs:
        old = db.execute("SELECT id FROM article WHERE graph = ?", (name,)).fetchone()
        g = gs.graph(name, cache=terms, prefixes=False, contexts=False)
        search.update(db, name, g)
        read = claims.read_article(g)
        _note_stub(db, name, g)
        if old is not None:
            renewed = True
            neighbours |= _band_neighbours(db, old[0])
            clusters, nodes = _forget(db, old[0])
            old_clusters |= clusters
            gone_nodes |= nodes
            changed.add(old[0])
        if read is not None:
            facts, items = read
            _remember(db, name, facts, items)
            for other in _band_neighbours(db, facts["id"]):
                brought.setdefault(other, set()).add(facts["id"])
            changed.add(facts["id"])
            seeds.update(i.node for i in items)
    if renewed:
        neighbours |= brought.keys()
    else:  # only new articles: a neighbour changes only if one is its original
        neighbours = {n for n in brought.keys() - changed if _gains_original(db, n, brought[n])}
    moved = _update_copies(gs, db, changed | neighbours, gone=changed)
    for article_id in moved - changed:
        seeds.update(n for (n,) in db.execute("SELECT node FROM item WHERE article = ?",
                                              (article_id,)))
    for cluster in old_clusters:
        seeds.update(n for (n,) in db.execute("SELECT node FROM item WHERE cluster = ?",
                                              (cluster,)))
    _update_clusters(gs, db, seeds, old_clusters, gone_nodes)


def _note_stub(db: sqlite3.Connection, name: str, g: Graph) -> None:
    """Keep the id and hash of a retracted article's stub (``kg.history``), which holds
    nothing to derive, so that ``stale`` does not find it stale at every build."""
    db.execute("DELETE FROM stub WHERE graph = ?", (name,))
    stub = next(g.subjects(RDF.type, NKG.RetractedArticle), None)
    if stub is not None:
        db.execute("INSERT INTO stub (graph, id, hash) VALUES (?, ?, ?)",
                   (name, str(g.value(stub, SCHEMA.identifier)),
                    str(g.value(stub, NKG.contentHash) or "")))


def _remember(db: sqlite3.Connection, name: str, facts: dict, items: list[Item]) -> None:
    sig = copies.decode(facts["signature"]) if facts["signature"] else None
    db.execute("INSERT OR REPLACE INTO article (graph, id, iri, hash, published, publisher, "
               "outlet, credits, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (name, facts["id"], facts["iri"], facts["hash"], facts["published"],
                facts["publisher"], facts["outlet"], json.dumps(facts["credits"]),
                None if sig is None else sig.tobytes()))
    if sig is not None:
        db.executemany("INSERT OR IGNORE INTO band (key, id) VALUES (?, ?)",
                       [(k, facts["id"]) for k in copies.bands(sig)])
    for item in items:
        db.execute("INSERT OR REPLACE INTO item (node, article, data) VALUES (?, ?, ?)",
                   (item.node, item.article, item.dumps()))
        db.executemany("INSERT INTO item_key (key, node, lo, hi) VALUES (?, ?, ?, ?)",
                       [(k, item.node, item.lo, item.hi) for k in item.blocking_keys()])


def _forget(db: sqlite3.Connection, article_id: str) -> tuple[set[str], set[str]]:
    """Take an article out of the index; returns the clusters its items were in, and the
    items and statements (whose cross-article answers the claims graph may hold)."""
    clusters, nodes = set(), set()
    for cluster, data in db.execute("SELECT cluster, data FROM item WHERE article = ?",
                                    (article_id,)):
        item = Item.loads(data)
        nodes.add(item.node)
        nodes.update(v.node for v in item.votes)
        if cluster:
            clusters.add(cluster)
    db.execute("DELETE FROM item_key WHERE node IN (SELECT node FROM item WHERE article = ?)",
               (article_id,))
    db.execute("DELETE FROM item WHERE article = ?", (article_id,))
    db.execute("DELETE FROM band WHERE id = ?", (article_id,))
    db.execute("DELETE FROM article WHERE id = ?", (article_id,))
    return clusters, nodes


def _band_neighbours(db: sqlite3.Connection, article_id: str) -> set[str]:
    return {i for (i,) in db.execute(
        "SELECT DISTINCT b.id FROM band a JOIN band b ON a.key = b.key "
        "WHERE a.id = ? AND b.id != ?", (article_id, article_id))}


# ------------------------------------------------------------------ copies


def _update_copies(gs, db: sqlite3.Connection, ids: set[str], *, gone: set[str]) -> set[str]:
    """Compute again the original and the source of each article of ``ids``; write their
    part of the copies graph. Returns the articles whose source changed."""
    g, subjects, moved = Graph(), set(), set()
    for article_id in sorted(gone):
        subjects.update(_copy_subjects(iri.article_iri(article_id)))
    for article_id in sorted(ids):
        row = db.execute("SELECT id, iri, published, credits, signature, source, outlet "
                         "FROM article WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            moved.add(article_id)
            continue
        original, score = _original(db, row)
        source = _source(db, row, original)
        if source != row[5]:
            moved.add(article_id)
        db.execute("UPDATE article SET copy_of = ?, similarity = ?, source = ? WHERE id = ?",
                   (original, score, source, article_id))
        a = URIRef(row[1])
        subjects.update(_copy_subjects(a))
        if original is not None:
            o = db.execute("SELECT iri FROM article WHERE id = ?", (original,)).fetchone()[0]
            ev = _evidence_iri(a)
            g.add((a, NKG.copyOf, URIRef(o)))
            g.add((a, NKG.copyEvidence, ev))
            g.add((ev, RDF.type, NKG.CopyEvidence))
            g.add((ev, NKG.original, URIRef(o)))
            g.add((ev, NKG.similarity, Literal(f"{score:.3f}", datatype=XSD.decimal)))
        credits = json.loads(row[3] or "[]")
        if credits or original is not None:
            g.add((a, NKG.sourceName, Literal(source)))
            if credits:
                g.add((a, NKG.independentSource, iri.entity_iri("Organization", credits[0])))
    if subjects:
        gs.replace_subjects(COPIES_GRAPH, sorted(subjects), g)
    return moved


def _copy_subjects(a: URIRef) -> tuple[URIRef, URIRef]:
    return a, _evidence_iri(a)


def _evidence_iri(a: URIRef) -> URIRef:
    return iri.item_iri("copy-evidence", str(a))


def _original(db: sqlite3.Connection, row) -> tuple[str | None, float | None]:
    """The earliest article (publication date, then id) of which ``row``'s article is a
    near-duplicate, with their similarity; (None, None) when it is the earliest."""
    if row[4] is None:
        return None, None
    mine = np.frombuffer(row[4], dtype="<u4")
    best = (_order(row[2], row[0]), None)
    for other in sorted(_band_neighbours(db, row[0])):
        found = _copy(db, mine, other)
        if found is not None and found[0] < best[0]:
            best = found
    return (best[0][1], best[1]) if best[1] is not None else (None, None)


def _order(published: str | None, article_id: str) -> tuple[str, str]:
    """Which of two articles is the earlier: publication date (none: last), then id."""
    return published or "9999", article_id


def _copy(db: sqlite3.Connection, mine: np.ndarray, other: str
          ) -> tuple[tuple[str, str], float] | None:
    """The article ``other`` (its ``_order``) and its similarity, when it is a
    near-duplicate of the one whose signature is ``mine``."""
    o = db.execute("SELECT published, signature FROM article WHERE id = ?", (other,)).fetchone()
    if o is None or o[1] is None:
        return None
    score = copies.similarity(mine, np.frombuffer(o[1], dtype="<u4"))
    return (_order(o[0], other), score) if score >= copies.COPY_SIMILARITY else None


def _gains_original(db: sqlite3.Connection, article_id: str, new: set[str]) -> bool:
    """Whether one of the articles ``new`` (just added, none read again or gone) is a
    near-duplicate of the article ``article_id`` and earlier than its original (or than
    it, when it has none): the only way adding them changes its original, its source
    and its part of the copies graph (``_original``: the earliest of its neighbours that
    is a copy). True when that cannot be told from the index (computed again then)."""
    row = db.execute("SELECT published, signature, copy_of FROM article WHERE id = ?",
                     (article_id,)).fetchone()
    if row is None or row[1] is None:
        return True
    best = _order(row[0], article_id)
    if row[2] is not None:
        o = db.execute("SELECT published FROM article WHERE id = ?", (row[2],)).fetchone()
        if o is None:
            return True
        best = _order(o[0], row[2])
    mine = np.frombuffer(row[1], dtype="<u4")
    return any(found is not None and found[0] < best
               for found in (_copy(db, mine, other) for other in sorted(new)))


def _source(db: sqlite3.Connection, row, original: str | None) -> str:
    """The independent source of an article: the wire agency it credits, else that of
    the article it copies, else its outlet, else the article itself."""
    credits = json.loads(row[3] or "[]")
    if credits:
        return credits[0]
    if original is not None:
        o = db.execute("SELECT id, credits, outlet FROM article WHERE id = ?",
                       (original,)).fetchone()
        return (json.loads(o[1] or "[]") or [o[2] or f"article {o[0]}"])[0]
    return row[6] or f"article {row[0]}"


# ------------------------------------------------------------------ clusters


def _update_clusters(gs, db: sqlite3.Connection, seeds: set[str], old: set[str],
                     gone: set[str]) -> None:
    """Cluster again everything reachable from ``seeds``; replace the clusters they were
    in (and ``old``, the clusters of items ``gone``) by the new ones."""
    items = _closure(db, seeds)
    old = set(old) | {c for c in (_cluster_of(db, n) for n in items) if c}
    subjects = {URIRef(c) for c in old} | {URIRef(n) for n in gone}
    subjects |= {URIRef(v.node) for i in items.values() for v in i.votes if v.side == "deny"}
    g = Graph()
    for members in claims.components(items.values()):
        c = str(claims.cluster_iri(members))
        subjects.add(URIRef(c))
        db.executemany("UPDATE item SET cluster = ? WHERE node = ?",
                       [(c, i.node) for i in members])
        claims.cluster_graph(members, lambda a: _article_field(db, a, "source"),
                             lambda a: _article_field(db, a, "publisher"), into=g)
    if subjects:
        gs.replace_subjects(CLAIMS_GRAPH, sorted(subjects), g)


def _closure(db: sqlite3.Connection, seeds: set[str]) -> dict[str, Item]:
    """The items of ``seeds`` and every item reachable from them by ``compatible``."""
    found: dict[str, Item] = {}
    todo = sorted(seeds)
    while todo:
        node = todo.pop()
        if node in found:
            continue
        row = db.execute("SELECT data FROM item WHERE node = ?", (node,)).fetchone()
        if row is None:
            continue
        item = found[node] = Item.loads(row[0])
        for key in item.blocking_keys():
            for (other,) in db.execute(
                    "SELECT node FROM item_key WHERE key = ? AND lo <= ? AND hi >= ?",
                    (key, item.hi + claims.SLACK_DAYS, item.lo - claims.SLACK_DAYS)):
                if other not in found:
                    data = db.execute("SELECT data FROM item WHERE node = ?",
                                      (other,)).fetchone()
                    if data is not None and claims.compatible(item, Item.loads(data[0])):
                        todo.append(other)
    return found


def _cluster_of(db: sqlite3.Connection, node: str) -> str | None:
    row = db.execute("SELECT cluster FROM item WHERE node = ?", (node,)).fetchone()
    return row[0] if row else None


def _article_field(db: sqlite3.Connection, article_id: str, field: str) -> str:
    row = db.execute(f"SELECT {field} FROM article WHERE id = ?", (article_id,)).fetchone()
    return (row[0] or "") if row else ""
