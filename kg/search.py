"""Search by words: a full-text index of the store, ``STORE/search.sqlite``.

What it holds, one row per thing found in an article graph (``rows``):

- ``statement``: its content, and the sentence it rests on (``nkg:evidence``);
- ``event``: its trigger word and class, and its sentence;
- ``article``: its title (``schema:headline``);
- ``entity``: its names (``rdfs:label`` and ``skos:altLabel``), once per article that
  names it; a search gives each entity once.

Beside them, every label and alias of the article graphs, lower-cased, with the IRI it
names (``SearchIndex.named``), and the statements' content again in a trigram index,
which finds any part of a word (``SearchIndex.containing``): the named queries start
from those on the embedded store instead of reading every label and every statement
(``kg.query``). And ``item``: each statement and event with the entities it is about
(its proposition's, or that of the statement it answers), by (speaker, on behalf of,
via) or involves (agent, participant, place), with the keys the questions sort it by
(date, speaker, content, article, publication date, classes: ``items``, ``ORDERS``),
so that SQLite picks a page of ``claims-about``, ``statements-by``, ``first-report``
or the explorer's entity page in order and SPARQL reads only that page's details
(``SearchIndex.page``, ``kg.query.run_page``); with each item's stance, factuality,
evidence sentence, speakers, the classes and place of a statement's proposition, and
an event's reporting articles and deniers (``FORMAT`` 4), ``claimed-control`` and
``denials`` are paged the same way, and ``who-said-what``, ``corroboration`` and the
entity page's timeline are answered from the index (``WHOLE``). ``FORMAT`` 5: each
membership with the member's least label in its article graph (``member``) and who
spoke on behalf of whom (``spoke``), so that ``members`` is answered from the index
alone too; and ``ordered``, one row per (question, entity, item) of ``claims-about``
and ``statements-by`` with the item's sort keys over the graphs that hold it, its
primary key in the question's order, so that a page of a single entity's items is
read in order, ``LIMIT`` rows from ``OFFSET``, instead of sorting all of them (a
busy organisation's 5 400 statements at 10 M triples: 25 ms of SQLite to sort, 0.05
ms to read a page in order); kept per (entity, item) with the articles that hold the item
(``_reorder``), made whole by ``kg reindex`` (``order_all``); ``upgrade`` brings an
index of format 4 to 5 without making it again.

Why SQLite FTS5: it is in Python's own ``sqlite3`` (no dependency, no server), ranks
by BM25, finds phrases (``"claimed control"``) and prefixes, and its ``porter unicode61
remove_diacritics 2`` tokenizer folds case and accents (``Zürich`` is ``zurich``) and
stems English words (``claimed`` finds ``claims``); the letters it does not fold
(``ø``, ``ł``, ``æ``, ``ß``, ``đ``, ``þ`` …) are folded by ``fold``, in the text
written and in the words searched, and hits are marked in the text as written
(``search.shown`` keeps it where folding changed it). An index is one file beside the
store, and its transactions are SQLite's, so it moves in step with the derived index
(tantivy, the other candidate, would be a compiled dependency with its own files and
commits, for ranking we do not need beyond BM25).

Kept in step with the store. The index is written where the derived graphs are
(``kg.derived.refresh``, for every article graph a build, a retraction, ``kg remove``
or another fix writes or removes): ``search.sqlite`` is attached to the derived
index's connection, so an article's search rows and its derived index rows are
committed in one SQLite transaction, after its graph is in the store. A build killed
before that commit leaves the article's hash unknown to both indexes, and the next
build refreshes it (``kg.derived.stale``, which asks this index too). Until then
``search`` leaves out any hit whose article the store no longer holds as indexed
(and says how many). ``kg retract``, ``kg remove`` and the other fixes mark the index
pending before they write and settle it after their refresh (``writing``). ``kg
reindex`` makes the index again from the article graphs, read from the store's quads
(``Facts``).

Ranking: FTS5's BM25, over every match; a search of one word, a phrase of up to
``kg.ranked.LONGEST`` or two words that many rows hold is answered from ranked lists
of the rows that can come first (``kg.ranked``'s tables ``word`` and ``ranked``, kept
by ``update`` and ``forget``), a prefix (``seiz*``) from the lists of the words it
stands for (``kg.ranked.prefix``), any other search that matches few rows
(``kg.ranked.few``: more words, longer phrases) by scoring those rows from their tokens
and ``word``'s counts, and several ranked words and phrases that match more from the
lists of each and of their pairs, where the threshold algorithm proves the page
(``kg.ranked.several``), with the same hits and scores.

An index made beside a store that already held articles (a store of an earlier
version) knows only what was refreshed since: it is marked incomplete, and ``kg
search`` asks for ``kg reindex`` until it has run.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, BNode, Graph

from kg import iri, ranked
from kg.errors import QueryError, StoreError
from kg.vocab import NKG, SCHEMA

SEARCH_FILE = "search.sqlite"
#: Case and accent folding, English stemming (``kg.search``'s docstring says why).
TOKENIZER = "porter unicode61 remove_diacritics 2"
KINDS = ("statement", "event", "article", "entity")
#: Hits a search gives unless asked for more.
DEFAULT_HITS = 20
#: The most hits one search may ask for (``kg serve``'s ``/search`` too).
MAX_HITS = 1000
#: Marks around the words found, in the highlighted sentence.
MARKS = ("«", "»")
#: The marks FTS5 puts around the words found, before ``_unfold_marks`` makes them
#: ``MARKS`` (control characters: no text holds them).
_HIGHLIGHT = ("\x02", "\x03")
_MARKING = str.maketrans(dict(zip(_HIGHLIGHT, MARKS, strict=True)))
#: The layout of the index: one made by an earlier one (without ``fold``) is
#: incomplete (``complete``), and ``kg search`` asks for ``kg reindex``. 3: ``item`` and
#: ``involves``. 4: ``item``'s stance, denial, factuality, evidence sentence and the
#: classes of a statement's proposition, ``involves``'s role ``at`` (the place of a
#: statement's proposition), and every statement an item (``items``); an index of an
#: earlier layout has its ``item`` and ``involves`` dropped and made again empty on
#: writing (``attach``), incomplete until ``kg reindex``. 5: ``member`` and ``spoke``
#: (members' rows from the index) and ``ordered`` (the pages of ``SORTED`` read in
#: order); an index of format 4 is incomplete until ``kg reindex``.
FORMAT = "5"
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS search.doc (graph TEXT PRIMARY KEY, id TEXT NOT NULL,
    hash TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search.entry (rowid INTEGER PRIMARY KEY, graph TEXT NOT NULL,
    kind TEXT NOT NULL, node TEXT NOT NULL, article TEXT NOT NULL, label TEXT, date TEXT);
CREATE INDEX IF NOT EXISTS search.entry_graph ON entry(graph);
CREATE INDEX IF NOT EXISTS search.entry_node ON entry(node);
CREATE VIRTUAL TABLE IF NOT EXISTS search.hit USING fts5(text, sentence,
    tokenize = '{TOKENIZER}');
CREATE TABLE IF NOT EXISTS search.shown (rowid INTEGER PRIMARY KEY, text TEXT, sentence TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS search.content USING fts5(text, tokenize = 'trigram');
CREATE TABLE IF NOT EXISTS search.name (name TEXT NOT NULL, node TEXT NOT NULL,
    graph TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS search.name_name ON name(name, node);
CREATE INDEX IF NOT EXISTS search.name_graph ON name(graph);
CREATE TABLE IF NOT EXISTS search.item (rowid INTEGER PRIMARY KEY, graph TEXT NOT NULL,
    node TEXT NOT NULL, kind TEXT NOT NULL, date TEXT, speaker TEXT, content TEXT,
    article TEXT, published TEXT, classes TEXT, derived INTEGER NOT NULL, stance TEXT,
    deny INTEGER NOT NULL DEFAULT 0, factuality TEXT, evidence TEXT, propositions TEXT,
    latest TEXT, speakers TEXT, reports TEXT, deniers TEXT);
CREATE INDEX IF NOT EXISTS search.item_graph ON item(graph);
CREATE INDEX IF NOT EXISTS search.item_node ON item(node);
CREATE INDEX IF NOT EXISTS search.item_deny ON item(deny) WHERE deny = 1;
CREATE TABLE IF NOT EXISTS search.involves (entity TEXT NOT NULL, role TEXT NOT NULL,
    item INTEGER NOT NULL, PRIMARY KEY (entity, role, item)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS search.involves_item ON involves(item);
CREATE TABLE IF NOT EXISTS search.member (org TEXT NOT NULL, who TEXT NOT NULL,
    graph TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS search.member_org ON member(org, who);
CREATE INDEX IF NOT EXISTS search.member_graph ON member(graph);
CREATE TABLE IF NOT EXISTS search.spoke (org TEXT NOT NULL, who TEXT NOT NULL,
    node TEXT NOT NULL, graph TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS search.spoke_org ON spoke(org, who, node);
CREATE INDEX IF NOT EXISTS search.spoke_graph ON spoke(graph);
CREATE TABLE IF NOT EXISTS search.ordered (question TEXT NOT NULL, entity TEXT NOT NULL,
    undated INTEGER NOT NULL, date TEXT NOT NULL, keyed INTEGER NOT NULL, key TEXT NOT NULL,
    content TEXT NOT NULL, node TEXT NOT NULL, PRIMARY KEY (question, entity, undated, date,
    keyed, key, content, node)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search.meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
"""
#: Weights of the columns in BM25: words of the thing itself count twice those of
#: the sentence around it.
_WEIGHTS = (2.0, 1.0)
_TERM = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+\*?")


def attach(db: sqlite3.Connection, root: str | Path, *, rank: bool = True) -> None:
    """Attach ``root/search.sqlite`` to ``db`` as ``search`` (made when missing: complete
    when ``empty`` says the store has no article indexed yet). With ``rank``, a complete
    index without the ranked lists of frequent words (``kg.ranked``) is given them."""
    path = Path(root) / SEARCH_FILE
    fresh = not path.exists()
    try:
        db.execute("ATTACH DATABASE ? AS search", (str(path),))
        old = _upgrade(db)
        db.executescript(_SCHEMA + ranked.SCHEMA)
        ranked.upgrade(db)
        if old:
            _set_complete(db, False)
        if fresh:
            indexed = db.execute("SELECT count(*) FROM main.article").fetchone()[0] if _has(
                db, "main", "article") else 0
            _set_complete(db, indexed == 0)
            ranked.clear(db, done=indexed == 0)
        elif rank and complete(db) and not ranked.ready(db):
            ranked.build(db)
        db.commit()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the search index {path}: {exc}; delete it and run "
                         "`kg reindex` to make it again") from exc


def _upgrade(db: sqlite3.Connection) -> bool:
    """Drop ``item`` and ``involves`` of an index of an earlier layout (``FORMAT`` 3:
    without ``item.deniers``), to be made again by ``_SCHEMA``; returns whether it did
    (the index is then incomplete until ``kg reindex``, which fills them)."""
    columns = {row[1] for row in db.execute("PRAGMA search.table_info(item)")}
    if not columns or "deniers" in columns:
        return False
    db.executescript("DROP TABLE IF EXISTS search.involves; DROP TABLE search.item;")
    return True


def _has(db: sqlite3.Connection, schema: str, table: str) -> bool:
    return db.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE name = ?",
                      (table,)).fetchone() is not None


def _set_complete(db: sqlite3.Connection, complete: bool) -> None:
    db.execute("INSERT OR REPLACE INTO search.meta (key, value) VALUES ('complete', ?)",
               ("yes" if complete else "no",))
    db.execute("INSERT OR REPLACE INTO search.meta (key, value) VALUES ('format', ?)",
               (FORMAT,))


def clear(db: sqlite3.Connection) -> None:
    """Empty the index, to be filled again for every article graph (``kg recluster``)."""
    db.executescript("DELETE FROM search.hit; DELETE FROM search.content; "
                     "DELETE FROM search.shown; DELETE FROM search.entry; "
                     "DELETE FROM search.name; DELETE FROM search.doc; "
                     "DELETE FROM search.item; DELETE FROM search.involves; "
                     "DELETE FROM search.member; DELETE FROM search.spoke; "
                     "DELETE FROM search.ordered;")
    ranked.clear(db, done=True)
    _set_complete(db, True)


def mark_pending(root: str | Path, db: sqlite3.Connection | None = None) -> bool:
    """Note in the index of the store at ``root`` that article graphs are being written
    that it does not hold yet (``kg.derived.Tracking``, ``kg load``, ``writing``): the
    named queries do not start from it until a refresh has caught up (``settle``).
    Returns whether it was so noted already. With no index there is nothing to note:
    the refresh makes one, incomplete if the store held articles (``attach``). ``db``:
    a connection with it attached, idle, to note it through (committed at once)."""
    if db is None and not (Path(root) / SEARCH_FILE).is_file():
        return False
    with (nullcontext(db) if db is not None else _written(root)) as db:
        already = pending(db)
        db.execute("INSERT OR REPLACE INTO search.meta (key, value) VALUES ('pending', 'yes')")
        db.commit()
    return already


@contextmanager
def _written(root: str | Path) -> Iterator[sqlite3.Connection]:
    """A connection with the index of the store at ``root`` attached for writing
    (``attach``), closed after; an SQLite error is a ``StoreError``."""
    db = sqlite3.connect(":memory:")
    try:
        attach(db, root, rank=False)
        yield db
    except sqlite3.Error as exc:
        raise StoreError(f"cannot write the search index in {root}: {exc}") from exc
    finally:
        db.close()


@contextmanager
def writing(root: str | Path) -> Iterator[None]:
    """Around article graph writes made outside a build and the refresh that follows
    them (``kg retract``, ``kg remove`` and the other fixes): the index is marked
    pending before the first write, so that a process killed in between leaves it so
    (the named queries read the store alone until the next build or ``kg reindex``),
    and settled after the refresh, unless it was pending already (a build's graphs
    still to refresh, or a load's: theirs is the refresh that settles it)."""
    already = mark_pending(root)
    yield
    if already or not (Path(root) / SEARCH_FILE).is_file():
        return
    with _written(root) as db:
        settle(db)
        db.commit()


def settle(db: sqlite3.Connection) -> None:
    """The index holds every graph written (committed with the refresh that did it)."""
    db.execute("DELETE FROM search.meta WHERE key = 'pending'")


def pending(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM search.meta WHERE key = 'pending'").fetchone() is not None


def complete(db: sqlite3.Connection) -> bool:
    """Whether the index holds every article graph, in this version's ``FORMAT``."""
    meta = dict(db.execute("SELECT key, value FROM search.meta "
                           "WHERE key IN ('complete', 'format')"))
    return meta.get("complete") == "yes" and meta.get("format") == FORMAT


def hashes(db: sqlite3.Connection) -> dict[str, str] | None:
    """Article id -> the hash its rows were made from; None when the index is incomplete
    (it cannot tell what it lacks: ``kg reindex``)."""
    if not complete(db):
        return None
    return dict(db.execute("SELECT id, hash FROM search.doc"))


def forget(db: sqlite3.Connection, graph: str) -> None:
    """Take the rows of the article graph ``graph`` out of the index."""
    touched = _touched(db, graph)
    before = _ordered(db, touched)
    ranked.removed(db, _forget(db, graph))
    _reorder(db, touched, before)


def _forget(db: sqlite3.Connection, graph: str) -> list[tuple]:
    """``forget``, but for the ranked lists' last step (``kg.ranked.removed``), which
    ``update`` takes once the article's new rows are in."""
    gone = [row for (row,) in db.execute("SELECT rowid FROM search.entry WHERE graph = ?",
                                          (graph,))]
    listed = ranked.removing(db, gone)
    for table in ("hit", "content", "shown"):
        db.execute(f"DELETE FROM search.{table} WHERE rowid IN "
                   "(SELECT rowid FROM search.entry WHERE graph = ?)", (graph,))
    db.execute("DELETE FROM search.entry WHERE graph = ?", (graph,))
    db.execute("DELETE FROM search.name WHERE graph = ?", (graph,))
    db.execute("DELETE FROM search.involves WHERE item IN "
               "(SELECT rowid FROM search.item WHERE graph = ?)", (graph,))
    db.execute("DELETE FROM search.item WHERE graph = ?", (graph,))
    db.execute("DELETE FROM search.member WHERE graph = ?", (graph,))
    db.execute("DELETE FROM search.spoke WHERE graph = ?", (graph,))
    db.execute("DELETE FROM search.doc WHERE graph = ?", (graph,))
    return listed


def update(db: sqlite3.Connection, graph: str, g: Graph | Facts, *,
           in_order: bool = True) -> None:
    """Make the rows of the article graph ``graph`` those of ``g`` (none: it is gone).
    ``in_order``: keep ``search.ordered`` in step too (``reindex`` makes it at its end)."""
    touched = _touched(db, graph) if in_order else set()
    before = _ordered(db, touched)
    gone = _forget(db, graph)
    added: list[tuple[int, str, str]] = []
    _add(db, graph, g, added)
    ranked.added(db, added)
    ranked.removed(db, gone, [row for row, _, _ in added])
    if in_order:
        now = _touched(db, graph)
        _reorder(db, touched | now, before + _ordered(db, now - touched, besides=graph))


#: The questions whose pages are read from ``search.ordered`` in order, each with the
#: column of ``search.item`` that is its second key (after the date, before the
#: content: ``ORDERS``).
SORTED = {"claims-about": "speaker", "statements-by": "article"}


def _ordering(question: str, join: str | None = None) -> str:
    """The ``SELECT`` of ``search.ordered``'s rows of ``question`` (``SORTED``), one per
    (entity, item) of ``ORDERS``' rows, with its keys as ``ORDERS`` sorts them
    (``undated`` and ``keyed`` 0 or 1, so that no key is NULL), to be restricted to
    some (entity, item) pairs by the ``AND …`` that follows ``WHERE``."""
    where, _, _ = ORDERS[question]
    second = SORTED[question]
    return (f"SELECT '{question}', v.entity, MIN(i.date) IS NULL, COALESCE(MIN(i.date), ''), "
            f"MIN(i.{second}) IS NOT NULL, COALESCE(MIN(i.{second}), ''), MIN(i.content), "
            f"i.node FROM {join or _INVOLVED} WHERE {where} ")


def _touched(db: sqlite3.Connection, graph: str) -> set[tuple[str, str]]:
    """The (entity, item) pairs of the article graph ``graph``'s items."""
    return set(db.execute(f"SELECT DISTINCT v.entity, i.node FROM {_INVOLVED} "
                          f"WHERE i.graph = ?", (graph,)))


def _ordered(db: sqlite3.Connection, pairs: set[tuple[str, str]], besides: str | None = None
             ) -> list[tuple]:
    """``search.ordered``'s rows of the (entity, item) ``pairs``, made from the items of
    every graph (but ``besides``): the rows it holds for them, as it is kept in step
    with the items."""
    other, extra = ("AND i.graph != ? ", (besides,)) if besides else ("", ())
    return [row for entity, node in sorted(pairs) for question in SORTED
            for row in db.execute(f"{_ordering(question, _OF_NODE)} AND v.entity = ? AND "
                                  f"i.node = ? {other}GROUP BY v.entity, i.node",
                                  (entity, node, *extra))]


def _reorder(db: sqlite3.Connection, pairs: set[tuple[str, str]], before: list[tuple]) -> None:
    """Make ``search.ordered``'s rows of the (entity, item) ``pairs`` again from the
    items of every graph, in place of ``before`` (``_ordered``'s, before the items
    changed: each found by its whole key, where only the question and entity would
    read every row of an entity named in thousands of articles)."""
    deleted = db.executemany("DELETE FROM search.ordered WHERE question = ? AND entity = ? "
                             "AND undated = ? AND date = ? AND keyed = ? AND key = ? AND "
                             "content = ? AND node = ?", before).rowcount
    if deleted != len(before):  # not in step after all: every row of each pair, read
        db.executemany("DELETE FROM search.ordered WHERE question = ? AND entity = ? AND "
                       "node = ?", [(q, e, n) for e, n in pairs for q in SORTED])
    db.executemany("INSERT INTO search.ordered (question, entity, undated, date, keyed, key, "
                   "content, node) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", _ordered(db, pairs))


def order_all(db: sqlite3.Connection) -> None:
    """Make ``search.ordered`` again from every item (``reindex``)."""
    db.execute("DELETE FROM search.ordered")
    for question in SORTED:
        db.execute(f"INSERT INTO search.ordered {_ordering(question)} GROUP BY v.entity, i.node")


def _add(db: sqlite3.Connection, graph: str, g: Graph | Facts,
         added: list[tuple[int, str, str]]) -> None:
    """The rows of ``g`` into the index; (row, kind, node) of each into ``added``."""
    facts = g if isinstance(g, Facts) else Facts.from_graph(g)
    article = next(iter(facts.subjects(_TYPE, _ARTICLE)), None)
    stub = next(iter(facts.subjects(_TYPE, _RETRACTED)), None)
    node = article if article is not None else stub
    if node is None:
        return
    article_id = facts.value(node, _IDENTIFIER) or ""
    db.execute("INSERT INTO search.doc (graph, id, hash) VALUES (?, ?, ?)",
               (graph, article_id, facts.value(node, _HASH) or ""))
    if article is None:
        return  # a retracted article's stub: nothing to find
    db.executemany("INSERT INTO search.name (name, node, graph) VALUES (?, ?, ?)",
                   sorted({(name.lower(), node, graph) for p in (_LABEL, _ALT)
                           for node, name in facts.pairs(p) if not node.startswith("_:")}))
    for kind, thing, label, date, text, sentence in rows(facts, article):
        cur = db.execute("INSERT INTO search.entry (graph, kind, node, article, label, date) "
                         "VALUES (?, ?, ?, ?, ?, ?)",
                         (graph, kind, thing, article_id, label, date))
        added.append((cur.lastrowid, kind, thing))
        folded = (fold(text), fold(sentence))
        db.execute("INSERT INTO search.hit (rowid, text, sentence) VALUES (?, ?, ?)",
                   (cur.lastrowid, *folded))
        if folded != (text, sentence):  # shown as written, marked where the folded matched
            db.execute("INSERT INTO search.shown (rowid, text, sentence) VALUES (?, ?, ?)",
                       (cur.lastrowid, text, sentence))
        if kind == "statement":  # its content as written, for the named queries' CONTAINS
            db.execute("INSERT INTO search.content (rowid, text) VALUES (?, ?)",
                       (cur.lastrowid, text))
    _kept(db, graph, facts)
    for *keys, involved in items(facts):
        cur = db.execute("INSERT INTO search.item (graph, node, kind, date, speaker, content, "
                         "article, published, classes, derived, stance, deny, factuality, "
                         "evidence, propositions, latest, speakers, reports, deniers) VALUES "
                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (graph, *keys))
        db.executemany("INSERT OR IGNORE INTO search.involves (entity, role, item) "
                       "VALUES (?, ?, ?)", [(e, r, cur.lastrowid) for r, e in involved])


def _kept(db: sqlite3.Connection, graph: str, facts: Facts) -> None:
    """The memberships of an article graph with the member's least label there
    (``search.member``), and who spoke on behalf of whom in it (``search.spoke``):
    members' rows (``SearchIndex.members``)."""
    db.executemany("INSERT INTO search.member (org, who, graph, name) VALUES (?, ?, ?, ?)",
                   [(org, who, graph, min(facts.objects(who, _LABEL)))
                    for who, org in sorted(set(facts.pairs(_MEMBER_OF)))
                    if facts.objects(who, _LABEL) and not who.startswith("_:")])
    db.executemany("INSERT INTO search.spoke (org, who, node, graph) VALUES (?, ?, ?, ?)",
                   sorted({(org, who, node, graph) for node, org in facts.pairs(_ON_BEHALF_OF)
                           for who in facts.objects(node, _SPEAKER)
                           if not who.startswith("_:") and not org.startswith("_:")}))


_TYPE, _LABEL, _ALT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
_ARTICLE, _RETRACTED = str(NKG.Article), str(NKG.RetractedArticle)
_IDENTIFIER, _HASH = str(SCHEMA.identifier), str(NKG.contentHash)


class Facts:
    """The triples of one article graph, every term as a string (an IRI or a literal's
    lexical form; a blank node ``_:`` and its id), looked up by subject and predicate:
    what ``rows`` reads. Made from an rdflib graph (``from_graph``: the derived graphs'
    refresh reads each graph so) or from the store's quads directly (``from_quads``:
    ``reindex``, which so spares making rdflib terms and graphs, most of its time).
    Where a thing has several values of one predicate, ``value`` gives the least."""

    def __init__(self, triples: Iterable[tuple[str, str, str]]) -> None:
        self._objects: dict[tuple[str, str], list[str]] = {}
        self._pairs: dict[str, list[tuple[str, str]]] = {}
        for s, p, o in triples:
            self._objects.setdefault((s, p), []).append(o)
            self._pairs.setdefault(p, []).append((s, o))

    @classmethod
    def from_graph(cls, g: Graph) -> Facts:
        return cls((_text(s), str(p), _text(o)) for s, p, o in g)

    @classmethod
    def from_quads(cls, quads: Iterable[ox.Quad]) -> Facts:
        return cls((_ox_text(q.subject), q.predicate.value, _ox_text(q.object)) for q in quads)

    def objects(self, subject: str, predicate: str) -> list[str]:
        return self._objects.get((subject, predicate), [])

    def value(self, subject: str | None, predicate: str) -> str | None:
        found = self._objects.get((subject, predicate)) if subject is not None else None
        return min(found) if found else None

    def pairs(self, predicate: str) -> list[tuple[str, str]]:
        return self._pairs.get(predicate, [])

    def subjects(self, predicate: str, obj: str | None = None) -> set[str]:
        return {s for s, o in self.pairs(predicate) if obj is None or o == obj}


def _text(term) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _ox_text(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def rows(g: Facts, article: str) -> Iterator[tuple[str, str, str, str, str, str]]:
    """(kind, node, label, date, text, sentence) of each thing of the article graph to
    index: the label names it in a hit (a statement's speaker, an event's class)."""
    published = (g.value(article, str(SCHEMA.datePublished)) or "")[:10]
    title = g.value(article, str(SCHEMA.headline))
    if title is not None:
        yield "article", article, title, published, title, ""
    for s in sorted(g.subjects(_TYPE, str(NKG.Statement))):
        name = g.value(g.value(s, str(NKG.speaker)), _LABEL)
        yield ("statement", s, name or "", g.value(s, str(NKG.date)) or published,
               g.value(s, str(NKG.content)) or "", _sentence(g, s))
    for ev in sorted(g.subjects(str(NKG.trigger))):
        cls = next((c for c in sorted(g.objects(ev, _TYPE)) if c.startswith(str(NKG))), None)
        kind = cls.rpartition("#")[2] if cls is not None else ""
        words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", kind.removesuffix("Event")).lower()
        yield ("event", ev, kind, g.value(ev, str(NKG.date)) or published,
               f"{g.value(ev, str(NKG.trigger))} {words}".strip(), _sentence(g, ev))
    for e in sorted(g.subjects(str(NKG.mentionedIn))):
        label = g.value(e, _LABEL)
        if label is None:
            continue
        names = [label, *sorted(set(g.objects(e, _ALT)) - {label})]
        yield "entity", e, label, "", " ; ".join(names), ""


#: The roles an entity has in a statement or event, each a predicate of the item to it
#: (``kg/explorer/sparql/entity-items.rq``'s roles).
ROLES = ("speaker", "onBehalfOf", "via", "agent", "participant", "place")
#: The roles of an entity in an event (a proposition's agent, participant or place).
_EVENT_ROLES = tuple(str(NKG[r]) for r in ("agent", "participant", "place"))


def items(g: Facts) -> list[tuple]:
    """The rows of ``search.item`` for one article graph: each statement or event with an
    entity in it, with the keys the named queries and the entity page sort and filter
    them by, and the entities it involves and how (``search.involves``), so that SQLite
    picks a page of them in order and SPARQL reads only that page's details
    (``kg.query.run_page``).

    Each row is (node, kind, date, speaker, content, article, published, classes,
    derived, stance, deny, factuality, evidence, propositions, latest, speakers,
    reports, deniers, involved), as the
    queries read them in the article graph: kind ``statement`` (an ``nkg:Statement``)
    or ``event``; the least value where there are several, as SPARQL's ``MIN``:
    ``date`` (``nkg:date``), ``speaker`` (a label of the ``nkg:speaker``), ``content``
    (``nkg:content``, an event's ``nkg:trigger``), ``article`` (the identifier of the
    ``prov:wasDerivedFrom``), ``published`` (its ``schema:datePublished``) and
    ``evidence`` (the ``nkg:anchorOf`` of its ``nkg:evidence``); ``latest`` the
    greatest ``nkg:date``; ``stance`` every ``nkg:stance`` and ``factuality`` every
    ``nkg:factuality``, space-separated (the least first); an event's ``reports``, the
    JSON of [article, publication date, [publisher labels]] of each
    ``prov:wasDerivedFrom`` with a ``schema:datePublished``, and ``deniers``, the JSON of
    the labels of the speakers of the denials (stance ``nkg:Deny``) whose proposition,
    or that of the statement they answer, is the event (corroboration's,
    ``SearchIndex.reported``); ``speakers`` the JSON of
    [speaker, its least label] of each ``nkg:speaker`` with a label (who-said-what's
    groups, ``SearchIndex.said_about``); its ``classes``, every
    ``rdf:type``, space-separated, and a statement's ``propositions``, ``class|place``
    for every ``rdf:type`` and ``nkg:place`` of each of its ``nkg:proposition`` that is
    not only hoped for or possible (factuality ``nkg:Future``, ``nkg:Possible``), so that
    claimed-control keeps a statement as its SPARQL does: one event of a control class
    at the place, claimed; ``derived`` 1 when the item has a
    ``prov:wasDerivedFrom``, ``deny`` 1 when one of its stances is ``nkg:Deny``; None
    where there is no value, as SPARQL leaves a variable unbound. ``involved`` holds
    (role, entity) pairs: ``role`` the predicate from the item to the entity
    (``ROLES``), ``about`` when the item is a statement whose ``nkg:proposition`` has
    the entity as agent, participant or place (and ``at`` beside it for a place),
    ``answers`` when the statement it ``nkg:respondsTo`` has such a proposition. Every
    statement and every item with a stance is a row, whatever it involves."""
    statements = g.subjects(_TYPE, _STATEMENT)
    found: dict[str, set[tuple[str, str]]] = {s: set() for s in statements}
    deniers: dict[str, set[str]] = {}  # an event -> the labels of who denies it
    for s in g.subjects(_STANCE, _DENY):
        names = {n for who in g.objects(s, _SPEAKER) for n in g.objects(who, _LABEL)}
        for event in {*g.objects(s, _PROPOSITION), *(e for x in g.objects(s, _RESPONDS_TO)
                                                     for e in g.objects(x, _PROPOSITION))}:
            deniers.setdefault(event, set()).update(names)
    found.update((s, set()) for s in g.subjects(_STANCE) if s not in found)
    for role in ROLES:
        for node, entity in g.pairs(str(NKG[role])):
            found.setdefault(node, set()).add((role, entity))
    involved: dict[str, set[str]] = {}  # an event -> the entities it involves
    for p in _EVENT_ROLES:
        for event, entity in g.pairs(p):
            involved.setdefault(event, set()).add(entity)
    for s, event in g.pairs(_PROPOSITION):
        found.setdefault(s, set()).update(("about", e) for e in involved.get(event, ()))
        found[s].update(("at", e) for e in g.objects(event, _PLACE))
    for s, answered in g.pairs(_RESPONDS_TO):
        for event in g.objects(answered, _PROPOSITION):
            found.setdefault(s, set()).update(("answers", e) for e in involved.get(event, ()))
    out = []
    for node in sorted(found):
        pairs = sorted((r, e) for r, e in found[node] if not e.startswith("_:"))
        said = node in statements
        if node.startswith("_:") or not (pairs or said or g.objects(node, _STANCE)):
            continue
        speakers = [name for who in g.objects(node, _SPEAKER) for name in g.objects(who, _LABEL)]
        sources = g.objects(node, _DERIVED)
        ids = [i for a in sources for i in g.objects(a, _IDENTIFIER)]
        published = [d for a in sources for d in g.objects(a, _PUBLISHED)]
        stances = sorted(set(g.objects(node, _STANCE)))
        labelled = sorted((who, min(g.objects(who, _LABEL))) for who in set(
            g.objects(node, _SPEAKER)) if g.objects(who, _LABEL))
        dates = g.objects(node, _DATE)
        anchors = [a for e in g.objects(node, _EVIDENCE) for a in g.objects(e, _ANCHOR)]
        propositions = {f"{c}|{where}" for p in g.objects(node, _PROPOSITION)
                        if not _STRIVEN & set(g.objects(p, _FACTUALITY))
                        for c in g.objects(p, _TYPE) for where in g.objects(p, _PLACE)}
        reports = sorted([a, d, sorted({n for p in g.objects(a, _PUBLISHER)
                                        for n in g.objects(p, _LABEL)})]
                         for a in set(sources) for d in set(g.objects(a, _PUBLISHED)))
        out.append((node, "statement" if said else "event", g.value(node, _DATE),
                    min(speakers, default=None),
                    g.value(node, _CONTENT) if said else g.value(node, _TRIGGER),
                    min(ids, default=None), min(published, default=None),
                    " ".join(sorted(g.objects(node, _TYPE))) or None,
                    int(bool(sources)), " ".join(stances) or None, int(_DENY in stances),
                    " ".join(sorted(set(g.objects(node, _FACTUALITY)))) or None,
                    min(anchors, default=None), " ".join(sorted(propositions)) or None,
                    max(dates, default=None),
                    json.dumps(labelled, ensure_ascii=False) if labelled else None,
                    None if said or not reports else json.dumps(reports, ensure_ascii=False),
                    None if said else json.dumps(sorted(deniers.get(node, ())),
                                                 ensure_ascii=False), pairs))
    return out


_STATEMENT, _PROPOSITION = str(NKG.Statement), str(NKG.proposition)
_RESPONDS_TO, _SPEAKER, _DATE = str(NKG.respondsTo), str(NKG.speaker), str(NKG.date)
_CONTENT, _TRIGGER = str(NKG.content), str(NKG.trigger)
_DERIVED, _PUBLISHED = "http://www.w3.org/ns/prov#wasDerivedFrom", str(SCHEMA.datePublished)
_STANCE, _DENY, _FACTUALITY = str(NKG.stance), str(NKG.Deny), str(NKG.factuality)
_PUBLISHER = str(SCHEMA.publisher)
_MEMBER_OF, _ON_BEHALF_OF = str(NKG.memberOf), str(NKG.onBehalfOf)
#: A proposition only hoped for, attempted or possible: no claim of it (claimed-control).
_STRIVEN = {str(NKG.Future), str(NKG.Possible)}
_EVIDENCE, _ANCHOR, _PLACE = str(NKG.evidence), str(NKG.anchorOf), str(NKG.place)


def _sentence(g: Facts, node: str) -> str:
    return g.value(g.value(node, str(NKG.evidence)), str(NKG.anchorOf)) or ""


#: The letters that ``unicode61 remove_diacritics`` leaves as they are (they are no
#: letter plus an accent in Unicode), folded as a reader of English would type them.
_FOLDS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "Ae",
                        "œ": "oe", "Œ": "Oe", "ß": "ss", "ẞ": "SS", "đ": "d", "Đ": "D",
                        "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H",
                        "ı": "i", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T", "ŋ": "ng",
                        "Ŋ": "Ng", "ĸ": "k"})


def fold(text: str) -> str:
    """``text`` with the letters FTS5 does not fold (``ø``, ``ł``, ``æ``, ``ß``, ``đ``,
    ``þ`` …) written as their plain letters: the one function for what the index
    holds (``update``) and what a search asks (``match_expression``), so ``Tromsø``,
    ``Tromso`` and ``TROMSØ`` find each other; the tokenizer does the rest (case,
    accents)."""
    return text.translate(_FOLDS)


def _unfold_marks(written: str, marked: str) -> str:
    """``written`` with the marks (``_HIGHLIGHT``) that ``marked``, its ``fold`` marked
    by FTS5's ``highlight``, holds, each where it falls, as ``MARKS``."""
    opening, closing = _HIGHLIGHT
    out, at = [], 0

    def marks() -> None:
        nonlocal at
        while at < len(marked) and marked[at] in _HIGHLIGHT:
            out.append(MARKS[0] if marked[at] == opening else MARKS[1])
            at += 1

    for ch in written:
        marks()
        out.append(ch)
        width = len(fold(ch))
        for step in range(width):
            at += 1
            if step < width - 1:
                marks()
    marks()
    return "".join(out)


# ------------------------------------------------------------------ searching


@dataclass(frozen=True, slots=True)
class Hit:
    """One thing found: its kind, IRI, the article it is in (for an entity, the first
    of ``articles`` articles), a label (speaker, event class, title or name), a date,
    its text and its sentence with the words found between ``MARKS``, and its BM25
    score (lower is better, as SQLite gives it)."""

    kind: str
    node: str
    article: str
    label: str
    date: str
    text: str
    sentence: str
    score: float
    articles: int = 1

    def as_dict(self) -> dict:
        return {"kind": self.kind, "node": self.node, "article": self.article,
                "label": self.label, "date": self.date, "text": self.text,
                "sentence": self.sentence, "score": round(-self.score, 4),
                "articles": self.articles}


@dataclass(slots=True)
class Found:
    """The hits of one search, best first; ``behind``: hits left out because the store
    no longer holds their article as the index read it."""

    query: str
    hits: list[Hit] = field(default_factory=list)
    behind: int = 0


def match_expression(words: str) -> str:
    """The FTS5 query for what a user typed: every word must be found (``"…"`` a phrase,
    ``word*`` a prefix); FTS5's own operators and punctuation are taken as words, so no
    input is a syntax error; letters are folded as in the index (``fold``). An input
    with no word at all is a ``QueryError``."""
    parts = []
    for m in _TERM.finditer(fold(words)):
        phrase, bare = m.group(1), m.group(2)
        tokens = _WORD.findall(phrase if phrase is not None else bare)
        if not tokens:
            continue
        if phrase is not None:
            parts.append('"' + " ".join(t.rstrip("*") for t in tokens) + '"')
        else:
            parts.extend(f'"{t.rstrip("*")}"' + ("*" if t.endswith("*") else "")
                         for t in tokens)
    if not parts:
        raise QueryError(f"nothing to search for in {words!r}: give words, e.g. "
                         '"claimed control"')
    return " AND ".join(parts)


#: The questions answered a page at a time from ``search.item``: the rows each keeps
#: (SQL on the item table, as the question's SPARQL finds them), what one row is, and
#: the question's ``ORDER BY`` on the keys (SQLite compares text by code point, as
#: SPARQL compares strings; unbound, NULL, sorts first in both), the item last as the
#: tie-break. Read with ``queries/paged/``'s files and ``kg.query.run_page``.
ORDERS: dict[str, tuple[str, str, str]] = {
    "claims-about": ("role IN ('about', 'answers') AND kind = 'statement' AND content IS "
                     "NOT NULL", "node", "MIN(date) IS NULL, COALESCE(MIN(date), ''), "
                     "MIN(speaker), MIN(content), node"),
    "statements-by": ("role IN ('speaker', 'onBehalfOf') AND kind = 'statement' AND "
                      "content IS NOT NULL AND derived = 1", "node",
                      "MIN(date) IS NULL, COALESCE(MIN(date), ''), MIN(article), "
                      "MIN(content), node"),
    "entity-items": ("role NOT IN ('answers', 'at')", "node || ' ' || role",
                     "MIN(date) IS NULL, MIN(date), node, role"),
}


#: The items with the entities they involve, what ``SearchIndex.page`` reads.
_INVOLVED = "search.involves v JOIN search.item i ON i.rowid = v.item"
#: ``_INVOLVED`` read from the items of one node (``search.item_node``) to the entities
#: they involve: SQLite would otherwise start from the entity, and read every item of
#: an entity named in thousands of articles for each of its items an article adds.
_OF_NODE = "search.item i CROSS JOIN search.involves v ON i.rowid = v.item"
#: The question whose page ``SearchIndex.first_reports`` picks.
FIRST_REPORT = "first-report"
#: The questions on statements picked by their own keys (``SearchIndex.statements``):
#: claimed-control (the place of the statement's proposition, of a control class) and
#: denials (stance ``nkg:Deny``; what about, whose: the value of its page is the JSON
#: of both parameters, ``{"about": …, "speaker": …}``).
CLAIMED_CONTROL, DENIALS = "claimed-control", "denials"
#: Their rows' order: date (undated last), speaker (``deniedBy``), content, statement.
_SAID_ORDER = ("MIN(i.date) IS NULL, COALESCE(MIN(i.date), ''), MIN(i.speaker), "
               "MIN(i.content), i.node")
#: The question whose rows the index gives whole (``SearchIndex.said_about``), and
#: their columns.
WHO_SAID_WHAT = "who-said-what"
WHO_SAID_WHAT_COLUMNS = ("speaker", "stance", "statements", "articles", "firstDate",
                         "lastDate", "example")
#: The explorer's timeline, whose rows the index gives whole (``SearchIndex.dated``),
#: and their columns (``kg/explorer/sparql/entity-dates.rq``).
ENTITY_DATES = "entity-dates"
ENTITY_DATES_COLUMNS = ("item", "class", "date", "stance", "factuality", "content",
                        "speaker", "article", "evidence")
#: corroboration: the index gives what it counts of each event (``SearchIndex.reported``),
#: ``kg.query`` the rows.
CORROBORATION = "corroboration"
CORROBORATION_COLUMNS = ("outlet", "articles", "firstPublished", "asserted", "claimed",
                         "denied", "deniedBy")
#: members: the index gives the organisation's IRIs (``Picked.items``) and how many
#: statements each speaker made on its behalf (``SearchIndex.said_for``), ``kg.query``
#: the memberships (``queries/paged/members.rq``) and the rows.
MEMBERS = "members"
MEMBERS_COLUMNS = ("member", "articles", "statements")
#: The questions whose rows (not only their items) come from the index.
WHOLE = {WHO_SAID_WHAT: WHO_SAID_WHAT_COLUMNS, ENTITY_DATES: ENTITY_DATES_COLUMNS,
         CORROBORATION: CORROBORATION_COLUMNS, MEMBERS: MEMBERS_COLUMNS}
#: Every question ``SearchIndex.page`` pages.
PAGED = (*ORDERS, FIRST_REPORT, CLAIMED_CONTROL, DENIALS, *WHOLE)


@dataclass(frozen=True, slots=True)
class Picked:
    """The items of one page of a question, as the index picks them (``SearchIndex.page``):
    ``items`` in the question's order; ``total`` the number of them all (None when not
    counted); for first-report, ``reports`` (articles reporting such an event) and
    ``first`` (the earliest publication date); for who-said-what, ``rows``, the page's
    rows themselves (``WHO_SAID_WHAT_COLUMNS``: strings, the two counts numbers, None
    where SPARQL leaves a value unbound), and ``items`` empty."""

    items: list[str]
    total: int | None
    reports: int = 0
    first: str | None = None
    rows: list[list] | None = None

    def as_dict(self) -> dict:
        return {"items": self.items, "total": self.total, "reports": self.reports,
                "first": self.first, **({"rows": self.rows} if self.rows is not None else {})}


class SearchTimeout(QueryError):
    """A search stopped at its time limit (``kg serve``'s ``--timeout``)."""


class SearchIndex:
    """``search.sqlite`` of a store, opened for reading."""

    def __init__(self, root: str | Path) -> None:
        self.path = Path(root) / SEARCH_FILE
        if not self.path.is_file():
            raise StoreError(f"no search index in {root}: run `kg reindex --store {root}` "
                             "to make it (kg build keeps it up to date from then on)")
        try:
            self.db = sqlite3.connect("file::memory:", uri=True)
            self.db.execute("ATTACH DATABASE ? AS search", (f"file:{self.path}?mode=ro",))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the search index {self.path}: {exc}") from exc
        made = self.db.execute("SELECT value FROM search.meta WHERE key = 'format'").fetchone()
        if made is not None and made[0] != FORMAT:
            self.close()
            raise StoreError(f"the search index of {root} is of an earlier layout (format "
                             f"{made[0]}; this version reads {FORMAT}): run `kg reindex "
                             f"--store {root}` to make it again (until then the questions "
                             "read the store alone)")
        if not complete(self.db):
            self.close()
            raise StoreError(f"the search index of {root} is incomplete (made beside a store "
                             "that held articles already, or by an earlier version): "
                             f"run `kg reindex --store {root}`")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def search(self, words: str, *, kind: str | None = None, limit: int = DEFAULT_HITS,
               offset: int = 0, store=None, timeout: float | None = None) -> Found:
        """The things whose words match ``words`` (``match_expression``), best first
        (BM25), ``kind`` only when given; an entity once however many articles name it.
        With ``store`` (a ``GraphStore``), a hit whose article the store holds no
        more as the index read it is left out and counted in ``Found.behind``. A search
        that runs longer than ``timeout`` seconds is stopped (``SearchTimeout``)."""
        if kind is not None and kind not in KINDS:
            raise QueryError(f"unknown kind {kind!r}; search for one of {', '.join(KINDS)}")
        if not 1 <= limit <= MAX_HITS or offset < 0:
            raise QueryError(f"give 1 to {MAX_HITS} hits from an offset of 0 or more, not "
                             f"{limit} from {offset}")
        expression = match_expression(words)
        where = "hit MATCH ?" + (" AND e.kind = ?" if kind else "")
        args: list = [expression, *([kind] if kind else [])]
        weights = ", ".join(map(str, _WEIGHTS))
        # Ranked by FTS5 itself, with no grouping: an entity's rows (one per article that
        # names it) are folded into its best one here (three times faster at 1 M triples)
        sql = (f"SELECT e.kind, e.node, e.article, e.label, e.date, e.graph, e.rowid, "
               f"bm25(hit, {weights}) AS score FROM search.hit "
               f"JOIN search.entry e ON e.rowid = hit.rowid WHERE {where} "
               f"ORDER BY score, e.node, e.rowid")
        open_, close = _HIGHLIGHT
        marked = (f"SELECT hit.rowid, highlight(hit, 0, '{open_}', '{close}'), "
                  f"highlight(hit, 1, '{open_}', '{close}'), s.text, s.sentence "
                  f"FROM search.hit LEFT JOIN search.shown s ON s.rowid = hit.rowid "
                  f"WHERE hit MATCH ? AND hit.rowid IN (SELECT value FROM json_each(?))")
        result = Found(words)
        if timeout is not None:
            deadline = time.monotonic() + timeout
            self.db.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            found = self._ranked(expression, kind, offset + limit)
            if found is None:  # every match scored
                found = self._best(self.db.execute(sql, args), offset + limit)
            found = found[offset:]
            page = [f[6] for f in found]
            shown = {row: rest for row, *rest in self.db.execute(  # the page's, at once
                marked, (self._marking(expression, page), json.dumps(page)))} if page else {}
            for k, node, article, label, date, graph, row, score in found:
                count = 1 if k != "entity" else self.db.execute(  # an entity's rows are all
                    "SELECT count(*) FROM search.entry WHERE node = ?",  # entity rows: counted
                    (node,)).fetchone()[0]  # in the index on node alone (5 640: 100 -> 1 ms)
                if store is not None and not self._current(store, graph):
                    result.behind += 1
                    continue
                text, sentence, *written = shown[row]
                if written[0] is not None:  # folded in the index: marked as written
                    text, sentence = _unfold_marks(written[0], text), _unfold_marks(
                        written[1], sentence)
                else:
                    text, sentence = (m.translate(_MARKING) for m in (text, sentence))
                result.hits.append(Hit(k, node, article, label or "", date or "", text,
                                       sentence, score, count))
        except sqlite3.OperationalError as exc:
            if timeout is not None and "interrupt" in str(exc):
                raise SearchTimeout(f"the search for {words!r} took more than {timeout:g} s; "
                                    "give fewer or rarer words") from exc
            raise QueryError(f"cannot search for {words!r}: {exc}") from exc
        except sqlite3.Error as exc:
            raise QueryError(f"cannot search for {words!r}: {exc}") from exc
        finally:
            self.db.set_progress_handler(None, 0)
        return result

    def _ranked(self, expression: str, kind: str | None, wanted: int) -> list[tuple] | None:
        """The first ``wanted`` rows of the search as ranking every match gives them,
        from the ranked list of its word, phrase or two words (``kg.ranked``), of the
        words of its one prefix (``kg.ranked.prefix``), from its few matches
        (``kg.ranked.few``), or from the lists of its several parts and their pairs
        (``kg.ranked.several``): None for any other (then FTS5 scores every match)."""
        self.db.execute("BEGIN")  # one state of the index for the counts and the list
        try:  # a prefix that stands for one word is searched as that word
            expression = ranked.resolved(self.db, expression)
            keys = ranked.keys(self.db, expression)
            best = None if keys is None else ranked.top(self.db, keys, kind, wanted)
            if best is None:  # one prefix: its words' lists and the rows of its rare ones
                best = ranked.prefix(self.db, expression, kind, wanted)
            if best is None:  # few matches: scored from their tokens and the counts
                best = ranked.few(self.db, expression, kind, wanted)
            if best is None:  # several ranked parts: their lists and their pairs' bound
                best = ranked.several(self.db, expression, kind, wanted)
        finally:
            self.db.commit()  # nor the tokenizer's temporary rows: no transaction left open
        if best is None:
            return None
        return [(*self.db.execute(
            "SELECT kind, node, article, label, date, graph, rowid FROM search.entry "
            "WHERE rowid = ?", (row,)).fetchone(), score) for row, score in best]

    def _marking(self, expression: str, rows: list[int]) -> str:
        """The search that marks the page's hits ``rows`` (``kg.ranked.marking``: each
        prefix as the words of those rows that begin with it), its tokenizer's temporary
        rows in a transaction of their own."""
        if "*" not in expression:
            return expression
        self.db.execute("BEGIN")
        try:
            return ranked.marking(self.db, expression, rows)
        finally:
            self.db.commit()

    @staticmethod
    def _best(rows, wanted: int) -> list[tuple]:
        """The first ``wanted`` rows of ``rows`` (best first) with a node not seen before."""
        seen: set[str] = set()
        best = []
        for row in rows:
            if row[1] not in seen:
                seen.add(row[1])
                best.append(row)
                if len(best) == wanted:
                    break
        return best

    def _current(self, store, graph: str) -> bool:
        """Whether the store holds the article graph ``graph`` with the hash the index
        read it with."""
        row = self.db.execute("SELECT id, hash FROM search.doc WHERE graph = ?",
                              (graph,)).fetchone()
        if row is None:
            return False
        name = ox.NamedNode(graph)
        if not row[1]:  # an article stored without a hash (not by kg build): there or not
            return store.has_graph(graph)
        hash_ = next(iter(store.store.quads_for_pattern(
            ox.NamedNode(str(iri.article_iri(row[0]))), ox.NamedNode(str(NKG.contentHash)),
            None, name)), None)
        return hash_ is not None and hash_.object.value == row[1]

    def named(self, name: str) -> list[str]:
        """The IRIs that an article graph gives ``name`` as a label or alias, whatever
        the case (``str.lower``, as SPARQL's ``LCASE``), sorted."""
        return [n for (n,) in self.db.execute(
            "SELECT DISTINCT node FROM search.name WHERE name = ? ORDER BY node",
            (name.lower(),))]

    def containing(self, words: str) -> list[str] | None:
        """The statements whose content contains ``words`` whatever the case (as SPARQL's
        ``CONTAINS(LCASE(…), LCASE(…))``), sorted; None for fewer than 3 characters,
        which the trigram index cannot look up."""
        if len(words) < 3:
            return None
        low = words.lower()
        found = self.db.execute(
            "SELECT e.node, c.text FROM search.content c JOIN search.entry e "
            "ON e.rowid = c.rowid WHERE content MATCH ?", ('"' + words.replace('"', '""') + '"',))
        return sorted({node for node, text in found if low in text.lower()})

    def ordered(self, question: str, entities: list[str], *, offset: int = 0,
                limit: int = -1) -> list[str]:
        """The items (statements, events) of ``question`` (a key of ``ORDERS``) that
        involve one of ``entities`` (IRIs), in the question's own order, ``limit`` of
        them (-1: all) from ``offset``: what SQLite picks from ``search.item`` so that
        SPARQL reads the details of one page only (``kg.query.run_page``). A question
        whose rows are (item, role) pairs gives ``item role`` strings."""
        where, key, order = ORDERS[question]
        marks = ", ".join("?" * len(entities))
        if question in SORTED and len(entities) == 1:  # its rows in order: a page's read
            return [row[0] for row in self.db.execute(
                "SELECT node FROM search.ordered WHERE question = ? AND entity = ? ORDER BY "
                "undated, date, keyed, key, content, node LIMIT ? OFFSET ?",
                (question, entities[0], limit, offset))]
        if question in SORTED:  # each item's keys over the entities' rows
            return [row[0] for row in self.db.execute(
                f"SELECT node FROM search.ordered WHERE question = ? AND entity IN ({marks}) "
                f"GROUP BY node ORDER BY MIN(undated), MIN(CASE undated WHEN 0 THEN date END), "
                f"MIN(CASE keyed WHEN 1 THEN key END), MIN(content), node LIMIT ? OFFSET ?",
                (question, *entities, limit, offset))]
        return [row[0] for row in self.db.execute(
            f"SELECT {key} FROM {_INVOLVED} WHERE entity IN ({marks}) AND {where} "
            f"GROUP BY {key} ORDER BY {order} LIMIT ? OFFSET ?",
            (*entities, limit, offset))]

    def first_reports(self, entities: list[str], kind: str = "",
                      subclasses: Iterable[str] = ()) -> tuple[list[str], int, str | None]:
        """What ``first-report`` asks of the events that involve one of ``entities`` (as
        agent, participant or place), of the class ``kind`` (a local name, as the
        question's ``type``: a class of that name, or one of ``subclasses``, the IRIs of
        the classes with a superclass of that name; any class when empty): those
        reported on the earliest publication date, in the question's order (article,
        trigger); how many articles report such an event in all; and that date (None
        when there is none)."""
        marks = ", ".join("?" * len(entities))
        wanted = set(subclasses)
        found = [row for row in self.db.execute(
            f"SELECT node, graph, published, article, content, classes FROM {_INVOLVED} "
            f"WHERE entity IN ({marks}) AND role IN ('agent', 'participant', 'place') AND "
            f"derived = 1 AND published IS NOT NULL", entities)
            if row[5] and (not kind or any(c in wanted or c.partition("#")[2] == kind
                                           for c in row[5].split()))]
        if not found:
            return [], 0, None
        first = min(row[2] for row in found)
        keys: dict[str, tuple] = {}
        for node, _, published, article, trigger, _ in found:
            if published == first and article is not None:
                old = keys.get(node, (article, trigger))
                keys[node] = (min(old[0], article), min((t for t in (old[1], trigger)
                                                         if t is not None), default=None))
        order = sorted(keys, key=lambda n: (keys[n][0], keys[n][1] is not None,
                                            keys[n][1] or "", n))
        return order, len({row[1] for row in found}), first

    def page(self, question: str, value: str, *, by_name: bool, offset: int, limit: int,
             count: bool = False, kind: str = "", subclasses: Iterable[str] = ()) -> Picked:
        """The items of one page of ``question`` (a key of ``ORDERS``, or
        ``first-report``) about ``value``: a name (``by_name``: the IRIs the index gives
        it, as the question's lookup finds them) or an entity's IRI. ``limit`` items
        from ``offset`` in the question's order, the number of them all with ``count``
        (always for first-report), and first-report's reports and date (``kind`` and
        ``subclasses``: ``first_reports``). What ``kg.query.run_page`` starts from, on
        the embedded store or through a kg serve's ``/search?lookup=page``."""
        if question == CORROBORATION:  # every event's: kg.query makes the rows and pages
            rows = self.reported(value, kind, subclasses)
            return Picked([], None, rows=rows)
        if question == MEMBERS:
            rows = self.members(self.named(value) if by_name else [value])
            return Picked([], len(rows) if count else None,
                          rows=rows[offset : offset + limit])
        if question in WHOLE:
            rows = self.said_about(value) if question == WHO_SAID_WHAT else self.dated(value)
            return Picked([], len(rows) if count else None,
                          rows=rows[offset : offset + limit])
        if question in (CLAIMED_CONTROL, DENIALS):  # not by_name: about a place's IRI
            where, args = (
                self._claimed_control(value, subclasses, by_name=by_name)
                if question == CLAIMED_CONTROL else self._denials(value, by_name=by_name))
            return Picked(self.statements(where, args, offset=offset, limit=limit),
                          self.statements(where, args) if count else None)
        entities = self.named(value) if by_name else [value]
        if question == FIRST_REPORT:
            events, reports, first = self.first_reports(entities, kind, subclasses)
            return Picked(events[offset : offset + limit], len(events), reports, first)
        if question not in ORDERS:
            raise QueryError(f"no page of {question!r} from the index; it pages "
                             f"{', '.join(PAGED)}")
        return Picked(self.ordered(question, entities, offset=offset, limit=limit),
                      self.count_ordered(question, entities) if count else None)

    def statements(self, where: str, args: list, *, offset: int = 0,
                   limit: int | None = None) -> list[str] | int:
        """The statements of ``search.item`` (as ``i``) that ``where`` keeps, in the order
        of claimed-control's and denials' rows (``_SAID_ORDER``), ``limit`` of them from
        ``offset``; with no ``limit``, how many there are."""
        if limit is None:
            return self.db.execute(f"SELECT count(DISTINCT i.node) FROM search.item i "
                                   f"WHERE {where}", args).fetchone()[0]
        return [row[0] for row in self.db.execute(
            f"SELECT i.node FROM search.item i WHERE {where} GROUP BY i.node "
            f"ORDER BY {_SAID_ORDER} LIMIT ? OFFSET ?", (*args, limit, offset))]

    def said_about(self, about: str) -> list[list]:
        """The rows of who-said-what about ``about``: the statements whose proposition
        (or that of the statement they answer) involves one of the IRIs of that name,
        or whose content holds its words (``containing``: 3 characters or more),
        grouped by speaker (IRI) and stance (its local name), each with its least
        label, how many statements and articles, its first and last date and its least
        content; most statements first, then speaker, stance, speaker IRI."""
        hits, words = self.named(about), self.containing(about)
        if words is None:
            raise QueryError(f"no page of who-said-what about {about!r} from the index: "
                             "words of 3 characters or more")
        found = self.db.execute(
            f"SELECT i.graph, i.node, i.date, i.latest, i.content, i.speakers, i.stance "
            f"FROM search.item i WHERE i.kind = 'statement' AND i.content IS NOT NULL AND "
            f"i.speakers IS NOT NULL AND i.stance IS NOT NULL AND i.rowid IN (SELECT item "
            f"FROM search.involves WHERE role IN ('about', 'answers') AND entity IN "
            f"({', '.join('?' * len(hits))}) UNION SELECT rowid FROM search.item WHERE node "
            f"IN (SELECT value FROM json_each(?)))", (*hits, json.dumps(words)))
        groups: dict[tuple[str, str], dict] = {}
        for graph, node, date, latest, content, speakers, stances in found:
            for who, label in json.loads(speakers):
                for stance in {s.partition("#")[2] for s in stances.split()}:
                    group = groups.setdefault((who, stance), {
                        "label": label, "said": set(), "graphs": set(), "dates": [],
                        "example": content})
                    group["label"] = min(group["label"], label)
                    group["said"].add(node)
                    group["graphs"].add(graph)
                    group["dates"] += [d for d in (date, latest) if d is not None]
                    group["example"] = min(group["example"], content)
        order = sorted(groups, key=lambda k: (-len(groups[k]["said"]), groups[k]["label"],
                                              k[1], k[0]))
        return [[groups[k]["label"], k[1], len(groups[k]["said"]), len(groups[k]["graphs"]),
                 min(groups[k]["dates"], default=None), max(groups[k]["dates"], default=None),
                 groups[k]["example"]] for k in order]

    def members(self, organisations: list[str]) -> list[list]:
        """The rows of members of ``organisations`` (IRIs), as ``queries/members.rq``
        gives them: [least name, articles, statements] of each member (``nkg:memberOf``
        one of them, with a label, in an article graph: ``search.member``), the
        articles those graphs are, the statements it made on behalf of one of them
        (``nkg:speaker`` and ``nkg:onBehalfOf`` in one graph: ``search.spoke``); most
        articles first, then name, then the member's IRI."""
        marks = ", ".join("?" * len(organisations))
        said = dict(self.db.execute(f"SELECT who, count(DISTINCT node) FROM search.spoke "
                                    f"WHERE org IN ({marks}) GROUP BY who", organisations))
        found = self.db.execute(f"SELECT who, MIN(name), count(DISTINCT graph) FROM "
                                f"search.member WHERE org IN ({marks}) GROUP BY who "
                                f"ORDER BY 3 DESC, 2, 1", organisations)
        return [[name, articles, said.get(who, 0)] for who, name, articles in found]

    def dated(self, entity: str) -> list[list]:
        """The rows of the explorer's timeline of ``entity`` (an IRI): its dated items
        (as in ``entity-items``: by a role, or by their proposition), each with the
        least of its date, ``nkg:`` class, stance, factuality, content (else trigger),
        speaker, article and evidence sentence over the graphs that hold it, as
        ``kg/explorer/sparql/entity-dates.rq`` reads them; by date, then item."""
        found = self.db.execute(
            "SELECT node, MIN(date), group_concat(classes, ' '), MIN(stance), "
            "MIN(factuality), MIN(content), MIN(speaker), MIN(article), MIN(evidence) "
            "FROM search.item WHERE node IN (SELECT i.node FROM search.involves v JOIN "
            "search.item i ON i.rowid = v.item WHERE v.entity = ? AND v.role NOT IN "
            "('answers', 'at')) GROUP BY node HAVING MIN(date) IS NOT NULL "
            "ORDER BY MIN(date), node", (entity,))
        prefix = str(NKG)
        return [[node, min((c for c in (classes or "").split() if c.startswith(prefix)),
                           default=None), date, *(v.split()[0] if v else None
                                                  for v in (stance, factuality)), *rest]
                for node, date, classes, stance, factuality, *rest in found]

    def reported(self, about: str, kind: str = "", subclasses: Iterable[str] = ()) -> list[list]:
        """What corroboration counts of the events that involve one of the IRIs named
        ``about`` (as agent, participant or place), of the class ``kind`` (as
        ``first_reports``): one row per (event, graph, article) reporting it,
        [event, graph, article, publication date, [publisher labels], asserted,
        claimed, denied (0 or 1: a factuality of the event there), [deniers]]. The
        outlets need the store (an article's ``nkg:sourceName`` is in the copies
        graph): ``kg.query`` counts them (``_corroboration``)."""
        entities, wanted = self.named(about), set(subclasses)
        marks = ", ".join("?" * len(entities))
        found = self.db.execute(
            f"SELECT DISTINCT i.node, i.graph, i.classes, i.factuality, i.reports, i.deniers "
            f"FROM {_INVOLVED} WHERE v.entity IN ({marks}) AND v.role IN ('agent', "
            f"'participant', 'place') AND i.reports IS NOT NULL", entities)
        out = []
        for node, graph, classes, factuality, reports, deniers in found:
            if kind and not any(c in wanted or c.partition("#")[2] == kind
                                for c in (classes or "").split()):
                continue
            facts = set((factuality or "").split())
            flags = [int(str(NKG[f]) in facts) for f in ("Asserted", "Claimed", "Denied")]
            out += [[node, graph, a, pub, publishers, *flags, json.loads(deniers or "[]")]
                    for a, pub, publishers in json.loads(reports)]
        return out

    def _claimed_control(self, place: str, classes: Iterable[str], *,
                         by_name: bool = True) -> tuple[str, list]:
        """What keeps claimed-control's statements about ``place`` (a name; not
        ``by_name``: the place's IRI, the explorer's ``place-claims``): a statement
        read from an article (``derived``) with a content one of whose propositions has
        one of the place's IRIs as ``nkg:place`` and one of ``classes``
        (``nkg:ControlEvent`` and its subclasses, as the store's ontology has them) as a
        class, and is claimed, not only hoped for or possible (``propositions``)."""
        places = self.named(place) if by_name else [place]
        marks = ", ".join("?" * len(places))
        return (f"i.rowid IN (SELECT item FROM search.involves WHERE role = 'at' AND "
                f"entity IN ({marks})) AND i.kind = 'statement' AND i.content IS NOT NULL "
                f"AND i.derived = 1 AND EXISTS (SELECT 1 FROM json_each(?) c, json_each(?) p "
                f"WHERE instr(' ' || i.propositions || ' ', ' ' || c.value || '|' || p.value "
                f"|| ' '))",
                [*places, json.dumps(sorted(set(classes))), json.dumps(places)])

    def _denials(self, value: str, *, by_name: bool = True) -> tuple[str, list]:
        """What keeps denials' statements for ``value``, the JSON of the question's
        parameters: stance ``nkg:Deny``, a content, read from an article; with
        ``speaker``, said by (or on behalf of) one of the IRIs of that name; with
        ``about``, whose proposition (or that of the statement it answers) involves one
        of the IRIs of that name, or whose content holds its words (``containing``:
        3 characters or more). Not ``by_name`` (the explorer's ``place-denials``):
        ``value`` is a place's IRI, and its denials those whose proposition (or that of
        the statement they answer) involves it."""
        if not by_name:
            return ("i.deny = 1 AND i.content IS NOT NULL AND i.derived = 1 AND i.rowid IN "
                    "(SELECT item FROM search.involves WHERE role IN ('about', 'answers') "
                    "AND entity = ?)", [value])
        try:
            asked = json.loads(value)
            about, speaker = str(asked.get("about", "")), str(asked.get("speaker", ""))
        except (ValueError, AttributeError):
            raise QueryError(f"a page of denials takes the JSON of its parameters "
                             f"({{\"about\": …, \"speaker\": …}}), not {value!r}") from None
        where, args = ["i.deny = 1 AND i.content IS NOT NULL AND i.derived = 1"], []
        if speaker:
            hits = self.named(speaker)
            where.append(f"i.rowid IN (SELECT item FROM search.involves WHERE role IN "
                         f"('speaker', 'onBehalfOf') AND entity IN ({', '.join('?' * len(hits))}))")
            args += hits
        if about:
            hits, words = self.named(about), self.containing(about)
            if words is None:
                raise QueryError(f"no page of denials about {about!r} from the index: words "
                                 "of 3 characters or more")
            where.append(f"i.rowid IN (SELECT item FROM search.involves WHERE role IN "
                         f"('about', 'answers') AND entity IN ({', '.join('?' * len(hits))}) "
                         f"UNION SELECT rowid FROM search.item WHERE node IN "
                         f"(SELECT value FROM json_each(?)))")
            args += [*hits, json.dumps(words)]
        return " AND ".join(where), args

    def count_ordered(self, question: str, entities: list[str]) -> int:
        """How many items ``ordered`` gives in all."""
        where, key, _ = ORDERS[question]
        marks = ", ".join("?" * len(entities))
        if question in SORTED:
            return self.db.execute(f"SELECT count(DISTINCT node) FROM search.ordered WHERE "
                                   f"question = ? AND entity IN ({marks})",
                                   (question, *entities)).fetchone()[0]
        return self.db.execute(f"SELECT count(*) FROM (SELECT 1 FROM {_INVOLVED} WHERE "
                               f"entity IN ({marks}) AND {where} GROUP BY {key})",
                               entities).fetchone()[0]

    def in_step(self) -> bool:
        """Whether the index holds every article graph as the store holds it: not while
        a build (or ``kg load``) has written graphs it has not refreshed yet, nor after
        one killed before its refresh, until the next build (``pending``)."""
        return complete(self.db) and not pending(self.db)

    def stats(self) -> dict[str, int]:
        """Articles and rows of each kind in the index."""
        out = {"articles": self.db.execute("SELECT count(*) FROM search.doc").fetchone()[0]}
        out.update(dict(self.db.execute("SELECT kind, count(*) FROM search.entry "
                                        "GROUP BY kind")))
        return out


def upgrade(gs) -> bool:
    """Bring a complete index of ``FORMAT`` 4 beside the store ``gs`` to this format
    without making it again: the memberships and the statements on behalf of an
    organisation (``search.member``, ``search.spoke``) read from the store's quads of
    the article graphs the index holds, as ``update`` writes them, and
    ``search.ordered`` made from its items (``order_all``); one transaction. Returns
    whether it did (False: no index, or not a complete one of format 4 in step with
    the store, which ``kg reindex`` makes again)."""
    if not (Path(gs.root) / SEARCH_FILE).is_file():
        return False
    with _written(gs.root) as db:
        meta = dict(db.execute("SELECT key, value FROM search.meta"))
        if meta.get("format") != "4" or meta.get("complete") != "yes" or pending(db):
            return False
        db.executescript("DELETE FROM search.member; DELETE FROM search.spoke;")
        graphs = {g for (g,) in db.execute("SELECT graph FROM search.doc")}
        articles = {q.graph_name.value for q in gs.store.quads_for_pattern(
            None, ox.NamedNode(_TYPE), ox.NamedNode(_ARTICLE), None)
            if isinstance(q.graph_name, ox.NamedNode)} & graphs
        for graph in sorted(articles):
            name = ox.NamedNode(graph)
            facts = Facts.from_quads(q for p in (_MEMBER_OF, _ON_BEHALF_OF, _SPEAKER, _LABEL)
                                     for q in gs.store.quads_for_pattern(
                                         None, ox.NamedNode(p), None, name))
            _kept(db, graph, facts)
        order_all(db)
        db.execute("UPDATE search.meta SET value = ? WHERE key = 'format'", (FORMAT,))
        db.commit()
    return True


def reindex(gs) -> int:
    """Make the search index of the store ``gs`` again from its article graphs; returns
    the graphs read, each straight from the store's quads (``Facts``). One transaction
    per ``kg.derived.CHUNK`` graphs; the index is
    marked complete once all are read (a ``kg reindex`` killed half-way leaves it
    incomplete, and ``kg search`` asks for another)."""
    from kg.derived import CHUNK

    path = Path(gs.root) / SEARCH_FILE
    db = sqlite3.connect(":memory:")
    try:
        attach(db, gs.root, rank=False)
        names = gs.graphs()
        clear(db)
        ranked.clear(db, done=False)  # made at once at the end, not row by row
        _set_complete(db, False)
        db.commit()
        for start in range(0, len(names), CHUNK):
            for name in names[start : start + CHUNK]:  # the quads as pyoxigraph gives them
                quads = gs.store.quads_for_pattern(None, None, None, ox.NamedNode(name))
                update(db, name, Facts.from_quads(quads), in_order=False)
            db.commit()
        order_all(db)
        _set_complete(db, True)
        settle(db)
        db.execute("INSERT INTO search.hit(hit) VALUES ('optimize')")
        ranked.build(db)
        db.commit()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot write the search index {path}: {exc}") from exc
    finally:
        db.close()
    return len(names)
