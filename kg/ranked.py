"""Ranked lists of frequent words and phrases of two: the first page of such a search
without scoring every row that holds it (``kg.search``).

FTS5 ranks a search by BM25 (``bm25(hit, 2, 1)``), which it computes for every row
that matches before the best come out: a word found in every article costs a score
for each of them (720 ms at 10 M triples for 340 000 rows). For a search of one word,
or of one phrase (``"had fallen"``), BM25 is ``idf × g(f, D)``: ``idf`` one number
for the search, ``f`` the row's weighted count of the word or phrase (in the thing
twice, in its sentence once: ``search._WEIGHTS``), ``D`` the row's length in tokens,
and ``g = f (k1 + 1) / (f + k1 (1 - b + b D / avgdl))``, which grows with ``f`` and
falls with ``D`` whatever the average length ``avgdl`` of the whole index is. So a
row ``q`` ranks before a row ``r`` in every state of the index when ``f_q ≥ f_r`` and
``D_q ≤ D_r`` (where both are equal, when ``q`` comes first by node and rowid, the
search's tie-break): ``q`` *dominates* ``r``. A row dominated by a row of its own node
is never its node's first hit (a hit is one node: an entity once, however many
articles name it), and one dominated by rows of ``DEPTH`` other nodes never among
the first ``DEPTH`` hits. ``search.ranked`` keeps, for each key (a token, or two
tokens one after the other: ``"a b"``) held by ``RANK_FROM`` rows or more
(``search.word``), every other row of it, kind by kind (for ``--type``; a row kept
for all kinds is kept for its own): the exact first ``DEPTH`` hits are among them.
A search reads those rows (a few hundred), computes their score exactly as FTS5's
``bm25`` does (``score``: the same formula, the same operations in the same order,
the counts FTS5 keeps, ``_averages``, and the rows that hold the key) and ranks
them: same hits, same order, same scores as ranking every match
(``tests/test_ranked.py``, ``bench/search.py``). Where two scores that differ in
exact arithmetic round to the same double, the tie-break could put a dominated row
first; the index's counts are small integers, far from that.

Kept in step with the index, in the same transaction (``kg.search.update``,
``forget``, ``reindex``): the words of each row added or removed are read by FTS5's
own tokenizer (a temporary FTS5 table, ``_tokens``); ``search.word`` counts the rows
that hold each word, and each phrase of two ranked words; a row added to a ranked
key joins its list unless rows already listed dominate it so (``_needed``). A removed
row that was listed and not so dominated may have kept others out: that key's list is
made again from FTS5's own lists (``_rank``). A word that reaches ``RANK_FROM`` rows
is ranked then, and the phrases it makes with the ranked words counted
(``_promote``). The tables are this module's own (``VERSION`` in ``search.meta``'s
``ranked`` key, never ``search.FORMAT``): an index without them is given them by the
next refresh that attaches it or ``kg reindex`` (``build``, from the index's rows),
and searched by full ranking until then.

Not from the lists: several words (their scores add, each with its own counts), a
phrase of three words or more, a prefix (``word*``), a key in fewer than
``RANK_FROM`` rows, a page that ends beyond ``DEPTH`` hits. Of those, a search that
matches ``FEW`` rows or fewer (a frequent word with a rare one, a name, a rare phrase
of frequent words) is scored here from the matches' tokens and ``search.word``'s
counts (``few``); the others are ranked in full by FTS5.

Why no WAND for several frequent words (``org seized``: 334 000 matches at 10 M
triples, 1.4 s): WAND and its kin (MaxScore, block-max) walk every word's full list of
rows in row order, each entry carrying the word's count in the row, and skip rows
whose best possible score cannot enter the top k. FTS5 keeps those counts only inside
each row's position lists, which a caller reads row by row (``fts5vocab`` scans every
instance of a word); a list of (row, count, length) per frequent word kept beside it
would be about the size of FTS5's own index for those words, and walking 300 000 of
them in Python costs more than FTS5's ranking. Nor can the pruned lists above answer
them: a row beaten, in one word, by rows of 100 other nodes may still be first for
two words when those rows lack the other, and the generated corpora's rows tie, so
no bound on what the lists left out ends the search early. Those searches are ranked
in full (``bench/README.md``).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections.abc import Iterable

#: The layout of this module's tables, in ``search.meta`` (``ranked``): other than
#: this, or missing, and the lists are made again (``build``) by the next refresh.
VERSION = "1"
#: A word held by this many rows or more gets a ranked list (fewer: ranking them all
#: costs a few ms).
RANK_FROM = 2000
#: A search whose page ends within this many hits is answered from the lists.
DEPTH = 100
#: FTS5's bm25 constants (``fts5_aux.c``).
_K1, _B = 1.2, 0.75
#: The weight of each column's words, as ``search`` gives them to ``bm25``.
_COLUMNS = {"text": 2.0, "sentence": 1.0}

SCHEMA = """
CREATE TABLE IF NOT EXISTS search.word (term TEXT PRIMARY KEY, docs INTEGER NOT NULL,
    ranked INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search.ranked (term TEXT NOT NULL, row INTEGER NOT NULL,
    kind TEXT NOT NULL, freq REAL NOT NULL, size INTEGER NOT NULL, node TEXT NOT NULL,
    PRIMARY KEY (term, row)) WITHOUT ROWID;
"""


def ready(db: sqlite3.Connection) -> bool:
    """Whether the lists hold every row of the index (this ``VERSION``)."""
    row = db.execute("SELECT value FROM search.meta WHERE key = 'ranked'").fetchone()
    return row is not None and row[0] == VERSION


def _mark(db: sqlite3.Connection, done: bool) -> None:
    if done:
        db.execute("INSERT OR REPLACE INTO search.meta (key, value) VALUES ('ranked', ?)",
                   (VERSION,))
    else:
        db.execute("DELETE FROM search.meta WHERE key = 'ranked'")


def clear(db: sqlite3.Connection, *, done: bool) -> None:
    """Empty the lists: kept from now on (``done``: the index is empty too) or not
    (``build`` makes them once the index is full: ``kg reindex``)."""
    db.execute("DELETE FROM search.word")
    db.execute("DELETE FROM search.ranked")
    _mark(db, done)


# ------------------------------------------------------------------ FTS5's counts


def _varints(blob: bytes) -> list[int]:
    """The SQLite varints in ``blob`` (FTS5's ``docsize`` and ``averages`` records)."""
    out, at = [], 0
    while at < len(blob):
        value = 0
        for step in range(9):
            byte = blob[at]
            at += 1
            if step == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        out.append(value)
    return out


def _averages(db: sqlite3.Connection) -> tuple[int, int]:
    """(rows, tokens) of the whole FTS5 index, as ``bm25`` reads them (``xRowCount``,
    ``xColumnTotalSize``): its ``averages`` record."""
    row = db.execute("SELECT block FROM search.hit_data WHERE id = 1").fetchone()
    if row is None or not row[0]:
        return 0, 0
    counts = _varints(row[0])
    return counts[0], sum(counts[1:])


def _sizes(db: sqlite3.Connection, rows: Iterable[int] | None = None) -> dict[int, int]:
    """Each row's length in tokens, all columns (``bm25``'s ``D``); of ``rows`` only,
    when given."""
    if rows is None:
        found = db.execute("SELECT id, sz FROM search.hit_docsize")
    else:
        found = db.execute("SELECT id, sz FROM search.hit_docsize WHERE id IN "
                           "(SELECT value FROM json_each(?))", (json.dumps(list(rows)),))
    return {row: sum(_varints(sz)) for row, sz in found}


def score(found: Iterable[tuple[float, int]], size: int, rows: int, tokens: int) -> float:
    """FTS5's ``bm25`` of a row (``fts5Bm25Function``: the same operations in the same
    order, so the same double): ``found`` the weighted count of each phrase of the
    query in the row, with the rows of the index that hold that phrase; ``size`` the
    row's tokens; ``rows`` and ``tokens`` those of the index."""
    avgdl = tokens / rows
    total = 0.0
    for freq, docs in found:
        idf = math.log((rows - docs + 0.5) / (docs + 0.5))
        if idf <= 0.0:
            idf = 1e-6
        total += idf * ((freq * (_K1 + 1.0)) / (freq + _K1 * (1 - _B + _B * size / avgdl)))
    return -1.0 * total


# ------------------------------------------------------------------ tokens


def _tokenizer(db: sqlite3.Connection) -> None:
    from kg.search import TOKENIZER

    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.said USING fts5(text, sentence, "
               f"tokenize = '{TOKENIZER}')")
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.said_words USING "
               "fts5vocab('temp', 'said', 'instance')")


class _Tokens:
    """One row's tokens as FTS5 makes them: ``size`` (all columns), each token's
    weighted count (``freqs``), and which token is where (``places``: (column,
    offset) -> token)."""

    __slots__ = ("size", "freqs", "places")

    def __init__(self) -> None:
        self.size = 0
        self.freqs: dict[str, float] = {}
        self.places: dict[tuple[str, int], str] = {}

    def pairs(self, within: set[str]) -> dict[str, float]:
        """The weighted counts of the two-word keys (``"a b"``: ``a`` then ``b`` in one
        column, as FTS5 finds the phrase) of two tokens of ``within``."""
        out: dict[str, float] = {}
        for (column, at), first in self.places.items():
            second = self.places.get((column, at + 1))
            if second is not None and first in within and second in within:
                key = f"{first} {second}"
                out[key] = out.get(key, 0.0) + _COLUMNS[column]
        return out


def _tokens(db: sqlite3.Connection, texts: Iterable[tuple[int, str, str]]) -> dict[int, _Tokens]:
    """Row -> its ``_Tokens``, of ``texts`` ((row, text, sentence), folded as the index
    holds them), read by FTS5's own tokenizer (a temporary FTS5 table)."""
    _tokenizer(db)
    db.executemany("INSERT INTO temp.said (rowid, text, sentence) VALUES (?, ?, ?)", texts)
    out: dict[int, _Tokens] = {}
    try:
        for term, row, column, offset in db.execute(
                "SELECT term, doc, col, offset FROM temp.said_words"):
            found = out.get(row) or out.setdefault(row, _Tokens())
            found.size += 1
            found.freqs[term] = found.freqs.get(term, 0.0) + _COLUMNS[column]
            found.places[(column, offset)] = term
    finally:
        db.execute("DELETE FROM temp.said")
    return out


def _terms(db: sqlite3.Connection, words: str) -> list[str]:
    """The tokens FTS5 makes of ``words`` (folded), in order."""
    found = _tokens(db, [(1, words, "")]).get(1)
    return [] if found is None else [t for _, t in sorted(
        (at, t) for (_, at), t in found.places.items())]


def key(db: sqlite3.Connection, words: str) -> str | None:
    """The key of a search for ``words`` (folded): its one token, or its two tokens as
    a phrase (``"a b"``); None when FTS5 makes none or more."""
    terms = _terms(db, words)
    return " ".join(terms) if 1 <= len(terms) <= 2 else None


def _indexed(db: sqlite3.Connection, rows: list[int]) -> dict[int, _Tokens]:
    """``_tokens`` of rows of the index, their text read from it."""
    return _tokens(db, db.execute("SELECT rowid, text, sentence FROM search.hit WHERE rowid IN "
                                  "(SELECT value FROM json_each(?))", (json.dumps(rows),)))


def _counted(keyed: Iterable[Iterable[str]], sign: int = 1) -> dict[str, int]:
    """How many rows hold each key (``sign``: -1 for rows taken out)."""
    counts: dict[str, int] = {}
    for keys in keyed:
        for k in keys:
            counts[k] = counts.get(k, 0) + sign
    return counts


# ------------------------------------------------------------------ the lists


def _keep(rows: list[tuple[float, int, str, int]]) -> set[int]:
    """The rows (freq, size, node, row) that may be a node's first hit among the first
    ``DEPTH``: dominated by no row of their own node and by rows of fewer than
    ``DEPTH`` other nodes (``kg.ranked``'s docstring)."""
    pairs: dict[tuple[float, int], list[tuple[str, int]]] = {}
    for freq, size, node, row in rows:
        pairs.setdefault((freq, size), []).append((node, row))
    kept: set[int] = set()
    done: list[tuple[int, set[str]]] = []  # each pair's size and the nodes of its rows
    closed = math.inf  # the least size of a pair whose dominators and own fill DEPTH
    for pair in sorted(pairs, key=lambda p: (-p[0], p[1])):  # every dominator first
        if pair[1] >= closed:  # a full pair with as many words or more, as short or less
            continue
        above: set[str] = set()  # the nodes of the pairs that dominate this one
        for size, nodes in done:  # all have freq >= this one's
            if size <= pair[1]:
                above |= nodes
                if len(above) >= DEPTH:
                    break
        seen = set(above)
        own: set[str] = set()
        for node, row in sorted(pairs[pair]):
            if node in seen:  # dominated by a row of its own node
                continue
            if len(seen) >= DEPTH:
                break
            kept.add(row)
            seen.add(node)
            own.add(node)
        done.append((pair[1], own))
        if len(seen) >= DEPTH:
            closed = min(closed, pair[1])
    return kept


def _hit_words(db: sqlite3.Connection) -> None:
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.hit_words USING "
               "fts5vocab('search', 'hit', 'instance')")


def _freqs(db: sqlite3.Connection, key: str) -> dict[int, float]:
    """Row -> weighted count of ``key`` (a token, or ``"a b"``: the phrase), of every
    row of the index that holds it, read from FTS5's own lists."""
    _hit_words(db)
    freqs: dict[int, float] = {}
    first, _, second = key.partition(" ")
    if not second:
        for row, column in db.execute("SELECT doc, col FROM temp.hit_words WHERE term = ?",
                                      (first,)):
            freqs[row] = freqs.get(row, 0.0) + _COLUMNS[column]
        return freqs
    starts = set(db.execute("SELECT doc, col, offset + 1 FROM temp.hit_words WHERE term = ?",
                            (first,)))
    for place in db.execute("SELECT doc, col, offset FROM temp.hit_words WHERE term = ?",
                            (second,)):
        if place in starts:
            freqs[place[0]] = freqs.get(place[0], 0.0) + _COLUMNS[place[1]]
    return freqs


def _rank(db: sqlite3.Connection, key: str, sizes: dict[int, int] | None = None,
          entries: dict[int, tuple[str, str]] | None = None) -> None:
    """Make the list of ``key`` again from the index (``sizes``, ``entries``: every
    row's length, kind and node, when read already)."""
    freqs = _freqs(db, key)
    if sizes is None:
        sizes = _sizes(db, freqs)
    if entries is None:
        entries = {row: (kind, node) for row, kind, node in db.execute(
            "SELECT rowid, kind, node FROM search.entry WHERE rowid IN "
            "(SELECT value FROM json_each(?))", (json.dumps(list(freqs)),))}
    rows = [(freq, sizes[row], entries[row][1], row, entries[row][0])
            for row, freq in freqs.items() if row in entries]
    kept: set[int] = set()
    for kind in {r[4] for r in rows}:  # a row kept for its kind is kept for all kinds
        kept |= _keep([r[:4] for r in rows if r[4] == kind])
    db.execute("DELETE FROM search.ranked WHERE term = ?", (key,))
    db.executemany("INSERT INTO search.ranked (term, row, kind, freq, size, node) "
                   "VALUES (?, ?, ?, ?, ?, ?)",
                   [(key, row, kind, freq, size, node)
                    for freq, size, node, row, kind in rows if row in kept])
    db.execute("INSERT INTO search.word (term, docs, ranked) VALUES (?, ?, 1) "
               "ON CONFLICT (term) DO UPDATE SET docs = excluded.docs, ranked = 1",
               (key, len(freqs)))


def _ranked_words(db: sqlite3.Connection) -> set[str]:
    return {t for (t,) in db.execute("SELECT term FROM search.word WHERE ranked = 1 AND "
                                     "instr(term, ' ') = 0")}


def _promote(db: sqlite3.Connection, words: list[str], sizes: dict[int, int] | None = None,
             entries: dict[int, tuple[str, str]] | None = None) -> None:
    """Rank ``words`` (held by ``RANK_FROM`` rows or more): their lists, and the counts
    of the phrases of two ranked words they make, read from the rows that hold them,
    and the lists of those phrases that are frequent."""
    if not words:
        return
    db.executemany("UPDATE search.word SET ranked = 1 WHERE term = ?", [(w,) for w in words])
    for word in words:
        _rank(db, word, sizes, entries)
    within, new = _ranked_words(db), set(words)
    _hit_words(db)
    holding = sorted({row for (row,) in db.execute(
        "SELECT DISTINCT doc FROM temp.hit_words WHERE term IN (SELECT value FROM json_each(?))",
        (json.dumps(words),))})
    counts: dict[str, int] = {}
    for start in range(0, len(holding), 5000):
        tokens = _indexed(db, holding[start : start + 5000])
        for k, n in _counted(
                [k for k in t.pairs(within) if not new.isdisjoint(k.split(" "))]
                for t in tokens.values()).items():
            counts[k] = counts.get(k, 0) + n
    db.executemany("INSERT OR REPLACE INTO search.word (term, docs, ranked) VALUES (?, ?, 0)",
                   counts.items())
    for k in sorted(k for k, n in counts.items() if n >= RANK_FROM):
        _rank(db, k, sizes, entries)


def build(db: sqlite3.Connection) -> int:
    """Make every list from the index's rows (an index without them, ``kg reindex``);
    returns the keys ranked (words and phrases of two)."""
    clear(db, done=False)
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.hit_rows USING "
               "fts5vocab('search', 'hit', 'row')")
    db.execute("INSERT INTO search.word (term, docs) SELECT term, doc FROM temp.hit_rows")
    frequent = [t for (t,) in db.execute("SELECT term FROM search.word WHERE docs >= ? "
                                         "ORDER BY term", (RANK_FROM,))]
    if frequent:
        entries = {row: (kind, node) for row, kind, node in db.execute(
            "SELECT rowid, kind, node FROM search.entry")}
        _promote(db, frequent, _sizes(db), entries)
    _mark(db, True)
    return db.execute("SELECT count(*) FROM search.word WHERE ranked = 1").fetchone()[0]


def _needed(listed: list[tuple[float, int, str, int, str]], freq: float, size: int,
            node: str, row: int, kind: str) -> bool:
    """Whether a row belongs in a list that holds ``listed`` (freq, size, node, row,
    kind): no row of its node, nor rows of ``DEPTH`` other nodes of its kind, listed
    dominate it."""
    others: set[str] = set()
    for f, d, n, r, k in listed:
        if f >= freq and d <= size and (f > freq or d < size or (n, r) < (node, row)):
            if n == node:
                return False
            if k == kind:
                others.add(n)
                if len(others) >= DEPTH:
                    return False
    return True


def _bump(db: sqlite3.Connection, counts: dict[str, int]) -> set[str]:
    """Add ``counts`` (key -> rows) to ``search.word``; returns the keys ranked."""
    db.executemany("INSERT INTO search.word (term, docs) VALUES (?, ?) ON CONFLICT (term) "
                   "DO UPDATE SET docs = docs + excluded.docs", counts.items())
    return {t for (t,) in db.execute(
        "SELECT term FROM search.word WHERE ranked = 1 AND term IN "
        "(SELECT value FROM json_each(?))", (json.dumps(list(counts)),))}


def _reached(db: sqlite3.Connection, counts: Iterable[str]) -> list[str]:
    """The keys of ``counts`` held by ``RANK_FROM`` rows or more and not ranked yet."""
    return [t for (t,) in db.execute(
        "SELECT term FROM search.word WHERE ranked = 0 AND docs >= ? AND term IN "
        "(SELECT value FROM json_each(?)) ORDER BY term", (RANK_FROM, json.dumps(list(counts))))]


def _keyed(db: sqlite3.Connection, tokens: dict[int, _Tokens], sign: int
           ) -> tuple[dict[int, dict[str, float]], list[str]]:
    """Count the rows' words and phrases of two ranked words in ``search.word`` (``sign``
    -1: rows taken out); returns each row's ranked keys with their weighted counts, and
    the keys counted."""
    counts = _counted((t.freqs for t in tokens.values()), sign)
    words = _bump(db, counts)
    pairs = {row: t.pairs(words) for row, t in tokens.items()}
    phrases = _counted(pairs.values(), sign)
    listed = _bump(db, phrases)
    out = {}
    for row, t in tokens.items():
        out[row] = {w: t.freqs[w] for w in t.freqs.keys() & words}
        out[row].update((k, f) for k, f in pairs[row].items() if k in listed)
    return out, [*counts, *phrases]


def added(db: sqlite3.Connection, rows: list[tuple[int, str, str]]) -> None:
    """Note the rows (row, kind, node) just added to the index: count their keys, add
    them to the lists they may belong to, and rank the keys they make frequent."""
    if not rows or not ready(db):
        return
    tokens = _indexed(db, [r[0] for r in rows])
    keyed, counted = _keyed(db, tokens, 1)
    wanted: dict[str, list[tuple[float, int, str, int, str]]] = {}  # key -> rows to check
    for row, kind, node in rows:
        for k, freq in keyed.get(row, {}).items():
            wanted.setdefault(k, []).append((freq, tokens[row].size, node, row, kind))
    for k, new in wanted.items():  # each key's list read once, as far as may dominate
        listed = db.execute("SELECT freq, size, node, row, kind FROM search.ranked WHERE "
                            "term = ? AND freq >= ? AND size <= ?",
                            (k, min(c[0] for c in new), max(c[1] for c in new))).fetchall()
        for candidate in sorted(new, key=lambda c: (-c[0], c[1], c[2], c[3])):  # best first
            if _needed(listed, *candidate):
                listed.append(candidate)
                db.execute("INSERT INTO search.ranked (freq, size, node, row, kind, term) "
                           "VALUES (?, ?, ?, ?, ?, ?)", (*candidate, k))
    reached = _reached(db, counted)
    for k in reached:  # phrases of two ranked words: their lists
        if " " in k:
            _rank(db, k)
    _promote(db, [k for k in reached if " " not in k])


def removing(db: sqlite3.Connection, rows: list[int]) -> list[tuple]:
    """Note that the rows are being taken out of the index (before they are): their
    keys counted out, and taken out of the lists; returns what was listed, for
    ``removed``."""
    if not rows or not ready(db):
        return []
    _keyed(db, _indexed(db, rows), -1)
    listed = db.execute("SELECT term, freq, size, node, row, kind FROM search.ranked WHERE "
                        "row IN (SELECT value FROM json_each(?))", (json.dumps(rows),)).fetchall()
    db.execute("DELETE FROM search.ranked WHERE row IN (SELECT value FROM json_each(?))",
               (json.dumps(rows),))
    return listed


def removed(db: sqlite3.Connection, listed: list[tuple], added: Iterable[int] = ()) -> None:
    """Once ``removing``'s rows are gone (and the rows ``added`` in their place, a
    changed article's, are in), make again the lists that a removed row may have kept
    others out of: one whose lists now hold no row of its node, nor rows of ``DEPTH``
    other nodes of its kind, that dominate it; unless a row just added is the same
    (node, kind, count, length) and its node has no other row in the index (the new
    row dominates all that the old one did)."""
    fresh = set(added)
    again: set[str] = set()
    for k in sorted({item[0] for item in listed}):
        now = db.execute("SELECT freq, size, node, row, kind FROM search.ranked WHERE term = ?",
                         (k,)).fetchall()
        for _, freq, size, node, row, kind in (item for item in listed if item[0] == k):
            if not _needed(now, freq, size, node, row, kind):
                continue
            same = [r for f, d, n, r, t in now
                    if r in fresh and (f, d, n, t) == (freq, size, node, kind)]
            if same and db.execute("SELECT count(*) FROM search.entry WHERE node = ?",
                                   (node,)).fetchone()[0] == 1:
                continue
            again.add(k)
            break
    for k in sorted(again):
        _rank(db, k)


def _first(scored: Iterable[tuple[float, str, int]], wanted: int) -> list[tuple[int, float]]:
    """(row, score) of the first ``wanted`` of ``scored`` (score, node, row) in the
    search's order, one a node."""
    seen: set[str] = set()
    out = []
    for value, node, row in sorted(scored):
        if node not in seen:
            seen.add(node)
            out.append((row, value))
            if len(out) == wanted:
                break
    return out


def top(db: sqlite3.Connection, key: str, kind: str | None, wanted: int
        ) -> list[tuple[int, float]] | None:
    """The first ``wanted`` hits of a search for ``key`` (a token or a phrase of two;
    of ``kind`` when given), one a node, best first: (row, score) as ranking every
    match gives them; None when the lists cannot say (not ready, the key not ranked,
    too deep)."""
    if wanted > DEPTH or not ready(db):
        return None
    found = db.execute("SELECT docs FROM search.word WHERE term = ? AND ranked = 1",
                       (key,)).fetchone()
    if found is None:
        return None
    docs, (rows, tokens) = found[0], _averages(db)
    listed = db.execute("SELECT row, freq, size, node FROM search.ranked WHERE term = ?"
                        + (" AND kind = ?" if kind else ""), (key, *([kind] if kind else [])))
    return _first(((score([(freq, docs)], size, rows, tokens), node, row)
                   for row, freq, size, node in listed), wanted)


# ------------------------------------------------------------------ few matches

#: A search whose matches are this many rows or fewer is scored here, every match, from
#: the rows' tokens and the counts of ``search.word`` (``few``).
FEW = 1500
_PHRASE = re.compile(r'"([^"]*)"(\*?)')


def few(db: sqlite3.Connection, expression: str, kind: str | None, wanted: int
        ) -> list[tuple[int, float]] | None:
    """The first ``wanted`` hits of the search ``expression`` (``kg.search``'s
    ``match_expression``: phrases, all to be found; of ``kind`` when given), one a
    node, best first, as ranking every match gives them, when it matches ``FEW`` rows
    or fewer: None when it matches more, has a prefix, or the counts are not kept
    (``ready``).

    What FTS5 spends on such a search is not the matches but the counts its ``bm25``
    needs first: for each phrase, the rows of the whole index that hold it, which it
    finds by reading every row of each word (``Place 7``: 790 matches, but ``place`` in
    668 000 rows at 10 M triples). Here FTS5 only finds the matches (its ``AND`` seeks
    through the longer lists, from the shortest); the rows that hold each word are
    ``search.word``'s counts, a phrase of several words is counted by FTS5 (the
    matches themselves when it is the whole search); each match's tokens are read again
    by FTS5's own tokenizer (``_indexed``) for the weighted count of each phrase and
    its length, and ``score`` computes ``bm25`` as FTS5 does, phrase by phrase in the
    search's order: the same doubles, so the same hits in the same order
    (``tests/test_ranked.py``)."""
    found = _PHRASE.findall(expression)
    if not ready(db) or not found or any(star for _, star in found):
        return None
    found_rows = db.execute("SELECT count(*) FROM (SELECT rowid FROM search.hit WHERE hit "
                            "MATCH ? LIMIT ?)", (expression, FEW + 1)).fetchone()[0]
    if found_rows > FEW:  # more: ranked by FTS5
        return None
    if not found_rows:
        return []
    matches = db.execute(
        "SELECT hit.rowid, e.kind, e.node, d.sz, highlight(hit, 0, '\x02', '\x03'), "
        "highlight(hit, 1, '\x02', '\x03') FROM search.hit JOIN search.entry e ON "
        "e.rowid = hit.rowid JOIN search.hit_docsize d ON d.id = hit.rowid "
        "WHERE hit MATCH ? LIMIT ?", (expression, FEW + 1)).fetchall()
    if len(matches) > FEW:
        return None
    if not matches:
        return []
    rows = [m[0] for m in matches]
    phrases = [_terms(db, text) for text, _ in found]
    if not all(phrases):
        return None
    docs = []
    for phrase, (text, _) in zip(phrases, found, strict=True):
        if len(phrase) == 1:
            held = db.execute("SELECT docs FROM search.word WHERE term = ?",
                              (phrase[0],)).fetchone()
        elif len(found) == 1:
            held = (len(rows),)
        else:  # a phrase beside other words: its rows counted, as far as FEW
            held = db.execute("SELECT count(*) FROM (SELECT 1 FROM search.hit WHERE hit "
                              "MATCH ? LIMIT ?)", (f'"{text}"', FEW + 1)).fetchone()
            if held[0] > FEW:
                return None
        if held is None:
            return None
        docs.append(held[0])
    total, tokens = _averages(db)
    counted = _marked(db, matches, phrases)
    if counted is None:  # phrases that share words: each match's tokens read again
        entries = {m[0]: m[1:4] for m in matches}
        counted = {row: (*entries[row][:2], t.size, [_occurrences(t, p) for p in phrases])
                   for row, t in _indexed(db, rows).items()}
    scored = [(score(list(zip(freqs, docs, strict=True)), size, total, tokens), node, row)
              for row, (k, node, size, freqs) in counted.items() if not kind or k == kind]
    return _first(scored, wanted)


_MARKED = re.compile("\x02([^\x03]*)\x03")


def _marked(db: sqlite3.Connection, matches: list[tuple], phrases: list[list[str]]
            ) -> dict[int, tuple[str, str, int, list[float]]] | None:
    """Row -> (kind, node, length, weighted count of each phrase) of the ``matches``
    (row, kind, node, FTS5's ``docsize`` record, each column highlighted), from FTS5's
    own marks: each marked stretch is one instance of the phrase whose tokens it is,
    as long as no two phrases share a word (their instances could overlap, which FTS5
    marks as one stretch); None when they do, or a stretch is no one phrase."""
    words = [w for p in phrases for w in set(p)]
    if len(words) != len(set(words)) and len(set(map(tuple, phrases))) > 1:
        return None
    stretches = sorted({s for m in matches for c in m[4:] for s in _MARKED.findall(c)})
    read = _tokens(db, [(i + 1, s, "") for i, s in enumerate(stretches)])
    which: dict[str, tuple[str, ...]] = {}
    for i, s in enumerate(stretches):
        places = read.get(i + 1)
        which[s] = () if places is None else tuple(
            t for _, t in sorted((at, t) for (_, at), t in places.places.items()))
    out = {}
    for row, k, node, sz, *columns in matches:
        freqs = [0.0] * len(phrases)
        for weight, column in zip(_COLUMNS.values(), columns, strict=True):
            for s in _MARKED.findall(column):
                hits = [i for i, p in enumerate(phrases) if tuple(p) == which[s]]
                if not hits:
                    return None
                for i in hits:
                    freqs[i] += weight
        out[row] = (k, node, sum(_varints(sz)), freqs)
    return out


def _occurrences(tokens: _Tokens, phrase: list[str]) -> float:
    """The weighted count of ``phrase`` (its tokens one after the other in one column)
    in a row."""
    if len(phrase) == 1:
        return tokens.freqs.get(phrase[0], 0.0)
    return sum(_COLUMNS[column] for (column, at), first in tokens.places.items()
               if first == phrase[0] and all(tokens.places.get((column, at + i)) == word
                                             for i, word in enumerate(phrase[1:], 1)))
