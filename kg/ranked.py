"""Ranked lists of frequent words, phrases and pairs of words: the first page of such a
search without scoring every row that holds it (``kg.search``).

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
search's tie-break): ``q`` *dominates* ``r``. For a search of two words (``org
seized``: both must be found, in any order) BM25 is ``idf_a g(f_a, D) + idf_b g(f_b,
D)``, and ``q`` dominates ``r`` when it has as many of each word (``f_a`` and ``f_b``)
and as few tokens: dominance in three counts (``_dominates``). A row dominated by a
row of its own node is never its node's first hit (a hit is one node: an entity once,
however many articles name it), and one dominated by rows of ``DEPTH`` other nodes
never among the first ``DEPTH`` hits. ``search.ranked`` keeps, for each key held by
``RANK_FROM`` rows or more (``search.word``) — a token, a phrase of up to ``LONGEST``
tokens one after the other (``"a b c"``), or two tokens found anywhere in one row
(``"a&b"``, in sort order, with both counts: ``freq`` and ``freq2``) — every other row
of it, kind by kind (for ``--type``; a row kept for all kinds is kept for its own):
the exact first ``DEPTH`` hits are among them. A search reads those rows (a few
hundred), computes their score exactly as FTS5's ``bm25`` does (``score``: the same
formula, the same operations in the same order, the counts FTS5 keeps,
``_averages``, and the rows that hold each word or phrase) and ranks them: same hits,
same order, same scores as ranking every match (``tests/test_ranked.py``,
``bench/search.py``). Where two scores that differ in exact arithmetic round to the
same double, the tie-break could put a dominated row first; the index's counts are
small integers, far from that.

Kept in step with the index, in the same transaction (``kg.search.update``,
``forget``, ``reindex``): the words of each row added or removed are read by FTS5's
own tokenizer (a temporary FTS5 table, ``_tokens``); ``search.word`` counts the rows
that hold each word, each pair of ranked words found together, each phrase of two
ranked words, and each phrase of ``n`` tokens whose first and last ``n - 1`` are
ranked phrases (a phrase in ``RANK_FROM`` rows has both in as many: counting only
those keeps the count of phrases that cannot be frequent out; ``_Tokens.grams``); a
phrase longer than ``LONGEST`` is counted so too, never ranked (for its BM25,
``several``), and one held by as many rows as a phrase is ranked from is counted on
(``COUNTED``): the phrases one token longer that it makes with another are counted
from then on, so that no phrase of frequent words, however long, is left for FTS5 to
count; a row added to a
ranked key joins its list unless rows already listed dominate it so (``_outranked``;
the writer remembers what outranked a row, and skips the rows it outranks
too without reading the list: most rows added at scale, ``Bars``). A list is made with
slack (``SLACK``): rows dominated by fewer than ``DEPTH + SLACK`` other nodes, and rows
added are held to what is left of it (``search.word.slack``). A removed row that was
listed and not so dominated may have kept others out: each node a list loses so takes
one from its slack (the rows it left out are still dominated by ``DEPTH`` and what is
left), and that node's other rows are checked again (``_relisted``); once the slack is
spent, the list is made again from FTS5's own lists (``_rank``: seconds for a word in
100,000 rows), so that taking an article out makes a list again once in ``SLACK``
such removals, not at each (``removed``). So a list holds every node that fewer than
``DEPTH`` + its slack other nodes outrank, and a page that ends there comes from it
(``_depths``: the 120th hit of ``seized`` at 10 M triples 653 ms → 4). A key
that reaches ``RANK_FROM`` rows (a key of several words, a pair or a phrase: more as
the index grows, ``SHARE``) is ranked then, and the pairs and longer phrases it
makes with the ranked keys counted from the rows that hold it (``_promote``); a key
once ranked stays ranked, its list exact whatever its count. A new key's rows and
counts are read from FTS5's lists word by word (``_freqs_of``): from the places of its
rarest word, then each other word read once for a batch of keys and only in the rows
left (a phrase of ``the`` and a rare word costs the rare word's rows); those that its
ranking makes frequent in turn are counted from the rows just read (``_found``). The tables are this
module's own (``VERSION`` in ``search.meta``'s ``ranked`` key, never
``search.FORMAT``): an index without them, or of an earlier ``VERSION``, is given
them by the next refresh that attaches it or ``kg reindex`` (``build``, from the
index's rows), and searched by full ranking until then.

A prefix of ``PREFIXES`` characters or fewer (``o*``, ``cou*``) is a key of its own,
counted and ranked like a word: FTS5 scores a prefix as one phrase whose count in a row
is that of all the row's tokens that begin with it, held by the rows that hold any of
them (``_Tokens.prefixes``). A longer prefix alone (``seiz*``) is answered from the
lists of the words it stands for, when two or fewer of them are ranked, and the rows of
the others (``prefix``); one that stands for ``STANDING`` ranked words or more
(``cont*``: ``contact``, ``continu``, ``control``) is made a key of its own when the
last of them is ranked (``_begun``), and counted and ranked as a short one is from
then on. Several words
and phrases, each ranked (``org seized said``, ``"had fallen" place``), are answered by
the threshold algorithm over their lists and their pairs' when it can stop
(``several``): a row left out of a list scores there no better than the list's
``DEPTH``-th node, or deeper, as its slack says (or a listed row of its own node), and
where the rows tie (at 10 M generated triples every statement and event of a kind ties
with the next), one left out that ties that node sorts after the list's own first
nodes of its class, so the page stands when its last hit sorts before them. A phrase
longer than ``LONGEST`` stands there on the list of its rarest ranked phrase of
``LONGEST``, its rows counted here (when its two phrases one token shorter are ranked
or counted on) or by FTS5.

Not from the lists: a page that ends beyond ``DEPTH`` hits and the list's slack (of
several parts: unless the threshold holds there too), a phrase longer than ``LONGEST``
none of whose phrases of ``LONGEST`` is ranked (one that has is bounded by that one's
list and counted by FTS5: ``several``), a prefix beside other words, or longer than
``PREFIXES`` whose rare words are held by more than ``FEW`` rows, a key
in fewer than ``RANK_FROM`` rows (a pair or a phrase: than its share, ``SHARE``),
several parts where the threshold cannot stop. Of those, a search that matches
``FEW`` rows or fewer (a frequent word with a rare one, a name, a rare phrase of
frequent words) is scored here from the matches' tokens and ``search.word``'s counts
(``few``); the others are ranked in full by FTS5. Why not those, exactly
(``bench/README.md`` has the figures):

- several parts whose threshold does not stop: the bound is what the lists left out
  can score, the ``DEPTH``-th node of each (the best sum of them: the three pairs of
  three words count each word twice), so it stops when the page's last hit beats it,
  or ties it and sorts before the nodes the lists kept of its class. On rows that
  differ (real news) that is a page well inside ``DEPTH`` (at ``DEPTH`` 12 in
  ``tests/test_ranked.py``, pages of one to three hits); deeper pages, or words whose
  best rows hold none of the others, go to full ranking. Lists per three words would
  add a count per triple of a row's ranked words to each update (120 for a generated
  statement row, 2 300 for a real sentence of 25 frequent words).
- a phrase longer than ``LONGEST`` whose phrases one token shorter are not both
  ranked or counted on (held by fewer rows than a phrase is ranked from), in tens of
  ms: ``several`` takes its first hits from the list of its rarest phrase of
  ``LONGEST`` (a row holds the longer phrase no more often than the shorter), but its
  BM25 needs the count of rows that hold it, which FTS5 finds only by reading the
  positions of every row of each of its words (at 10 M triples, before phrases were
  counted on, 121 ms of CPU for the 334 000 rows of a phrase of eight, against 845 for
  full ranking). Phrases are listed up to ``LONGEST`` only: each length listed is one
  more pass over the rows of the shorter phrases in each update and in the build (at
  1 M triples ``LONGEST`` 4 → 6 took the build from 35 to 44 s, each article's update
  from 24 to 26 ms of CPU); a longer one counted on costs its count alone.
- a page beyond ``DEPTH`` and the list's slack (``DEPTH + SLACK``, 125, when the list
  is new) of one word, phrase or pair: the lists keep what can be among the first hits
  so far, and what they left out can tie the last (its class's next node), so they
  prove no more; ``DEPTH`` 200 doubles them and makes each article's update half as
  long again (24 → 35 ms of CPU at 1 M triples), for pages seven to ten of 20. FTS5
  ranks such a page at the cost of ``bm25`` for every match (about 1.5 µs a row: 500 ms
  of the 700 for three frequent words at 10 M triples; asking SQLite for a few pages
  only, so that its sorter keeps the best, saved a third of the rest but cost a second
  pass where an entity's rows fill them, doubling an alias's search).
- a prefix longer than ``PREFIXES`` whose rare words are held by more than ``FEW``
  rows: its score is of one phrase counting them all, bounded by no list. Every
  length of prefix ranked as a key would add about nine keys to each row added (on
  real news, against 57 words, pairs and phrases), counted and checked against their
  lists; a longer prefix is keyed only when it stands for ``STANDING`` ranked words.

Why lists per pair of words and per phrase, rather than Fagin's threshold algorithm
or tantivy (``bench/README.md`` has the figures). The threshold algorithm would read
each word's list best first, score each row it meets in full, and stop once the
``k``-th best score beats the sum of the scores the lists could still give; over the
pruned lists, what a list left out is bounded by its ``DEPTH``-th node's score. It
stops only when the same rows lead every word's list: at 10 M triples the best rows of
``org`` are entity names (``Org 3``, two tokens) that hold no ``seized``, so the bound
stays above every row that holds both and it would read every row (``several`` runs it
kind by kind, over the pairs' lists, where it does stop); and a phrase's
BM25 needs the count of rows that hold it, which only a full scan or a kept count
gives. tantivy (block-max WAND) ranks by its own BM25: ``idf = ln(1 + (N - n + 0.5) /
(n + 0.5))`` where FTS5 floors a negative one at 1e-6, lengths rounded to one byte,
no column weights within a field; so its hits and scores would not be the full
ranking's; its index is a directory of segments committed on its own, outside the
SQLite transaction that moves the search rows with the derived index; and it is a
compiled dependency. The pair and phrase lists reuse the dominance that serves one
word, are exact by construction whatever the data, and are a few hundred rows each.
"""

from __future__ import annotations

import heapq
import itertools
import json
import math
import re
import sqlite3
from collections.abc import Collection, Iterable, Iterator

#: The layout of this module's tables, in ``search.meta`` (``ranked``): other than
#: this, or missing, and the lists are made again (``build``) by the next refresh
#: (3: phrases of five and six tokens counted and ranked too; 4: prefixes of up to
#: ``PREFIXES`` characters ranked too, phrases of seven counted; 5: lists with slack,
#: ``SLACK``: an index of 4 is one whose lists have none left, ``upgrade``; 6: longer
#: phrases counted on, ``COUNTED``: an index of 4 or 5 is one that has none yet, a
#: writer of 5 would leave the counts of those it has behind; 7: longer prefixes that
#: stand for ``STANDING`` ranked words ranked too, ``_begun``: an index of 4 to 6 is
#: given theirs by ``upgrade``, a writer of 6 would leave their counts behind).
VERSION = "7"
#: Earlier versions whose lists are this one's as they stand (``upgrade``).
_TAKEN = ("4", "5", "6")
#: A word held by this many rows or more gets a ranked list (fewer: ranking them all
#: costs a few ms).
RANK_FROM = 2000
#: A key of several words, two found together (``"a&b"``) or a phrase (``"a b"``), is
#: ranked from more rows as the index grows: from ``RANK_FROM`` rows, or one
#: ``SHARE``-th of the index's rows when that is more, up to ``CEILING``. Such a key
#: left without a list is answered by FTS5 in about what its own rows cost (on a
#: 2.7 M-row index, ms of CPU at 2,000 to 5,000 rows: a pair 6 to 17, a phrase, whose
#: words' places are read too, 15 to 52; bench/README.md), while ranking it reads its
#: rarest word's list, which grows with the index. Keys held by a fixed number of rows
#: keep coming as the index grows (a template's phrase with a number, say): from a
#: fixed threshold, each is ranked in turn and the writer's cost per article grows;
#: from the share, the keys ranked stay about as many, and those searched in full stay
#: under ``CEILING`` rows. A single word is ranked from ``RANK_FROM`` rows whatever the
#: index's size: its list is read at the cost of its own rows.
SHARE = 270
CEILING = 10_000
#: A search whose page ends within this many hits is answered from the lists.
DEPTH = 100
#: A list is made with rows outranked by up to ``DEPTH + SLACK`` other nodes, so that
#: taking rows out of it does not make it again until ``SLACK`` nodes it listed are
#: gone (``search.word.slack``, what is left of it; ``removed``): a list made again
#: reads every row of its key from FTS5 (seconds for a word in 100,000 rows or a short
#: prefix), one taken down costs a look at its list.
SLACK = 25
#: The longest phrase counted and ranked (in tokens): six, for 1.3 times the lists'
#: build and 2 ms more of each article's update than four at 1 M triples.
LONGEST = 6
#: The longest prefix, in characters, counted and ranked as a key of its own (``"o*"``:
#: the rows that hold any token that begins with it, and their weighted count of all
#: those tokens, as FTS5 scores the prefix): a short prefix stands for too many words
#: to be answered from theirs (``prefix``).
PREFIXES = 3
#: A longer prefix that stands for this many ranked words or more is ranked as a key
#: of its own too (``_begun``): a row that holds three of them is bounded by no list of
#: theirs (``prefix``). It is one of few (none in the 10 M-triple generated store; on
#: real-like news, ``cont*`` of ``contact``, ``continu``, ``control``).
STANDING = 3
#: ``search.word.ranked`` of a phrase longer than ``LONGEST`` held by as many rows as a
#: phrase is ranked from (``_ranked_from``): no list, but the phrases one token longer
#: that it begins or ends with another such are counted from then on (``_keyed``,
#: ``_promote``), as the phrases of ranked ones are, so that a long phrase's count of
#: rows, which its BM25 needs, is in ``search.word`` (``several``), not counted by FTS5
#: from every row of its words. Once counted on, always.
COUNTED = 2
#: FTS5's bm25 constants (``fts5_aux.c``).
_K1, _B = 1.2, 0.75
#: The weight of each column's words, as ``search`` gives them to ``bm25``.
_COLUMNS = {"text": 2.0, "sentence": 1.0}

SCHEMA = """
CREATE TABLE IF NOT EXISTS search.word (term TEXT PRIMARY KEY, docs INTEGER NOT NULL,
    ranked INTEGER NOT NULL DEFAULT 0, slack INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search.ranked (term TEXT NOT NULL, row INTEGER NOT NULL,
    kind TEXT NOT NULL, freq REAL NOT NULL, size INTEGER NOT NULL, node TEXT NOT NULL,
    freq2 REAL NOT NULL DEFAULT 0, PRIMARY KEY (term, row)) WITHOUT ROWID;
"""


def upgrade(db: sqlite3.Connection) -> None:
    """Give ``search.ranked`` of an index of ``VERSION`` 1 its column ``freq2`` (the
    lists are made again, ``build``, since ``ready`` is false for it); ``search.word``
    its column ``slack``, and lists of ``VERSION`` 4 (made without slack) and 5 (before
    phrases counted on) and 6 (before longer prefixes ranked) this version: those of 4
    have no slack left (any listed row of theirs taken out that no rows left outrank
    makes its list again, as it did), and none has a phrase counted on yet (a frequent
    one is, the next time a row that holds it is added; until then FTS5 counts its
    longer phrases, as it did); their longer prefixes that stand for ``STANDING``
    ranked words are ranked here (``_begun``); and an index of any version its indexes
    ``ranked_kind`` (``_outranked``) and ``ranked_row``."""
    columns = {row[1] for row in db.execute("PRAGMA search.table_info(ranked)")}
    if "freq2" not in columns:
        db.execute("ALTER TABLE search.ranked ADD COLUMN freq2 REAL NOT NULL DEFAULT 0")
    if "slack" not in {row[1] for row in db.execute("PRAGMA search.table_info(word)")}:
        db.execute("ALTER TABLE search.word ADD COLUMN slack INTEGER NOT NULL DEFAULT 0")
    made = db.execute("SELECT value FROM search.meta WHERE key = 'ranked'").fetchone()
    if made is not None and made[0] in _TAKEN:  # a writer of theirs left no slack set
        _mark(db, True)
        words = _ranked_keys(db, 1)
        _begun(db, words, words)
    db.execute("CREATE INDEX IF NOT EXISTS search.ranked_kind ON ranked(term, kind, freq, "
               "freq2, size, node)")
    db.execute("CREATE INDEX IF NOT EXISTS search.ranked_row ON ranked(row)")


def ready(db: sqlite3.Connection) -> bool:
    """Whether the lists hold every row of the index (this ``VERSION``, or 4 or 5: read
    as they are until a writer attaches the index, ``upgrade``)."""
    row = db.execute("SELECT value FROM search.meta WHERE key = 'ranked'").fetchone()
    return row is not None and row[0] in (*_TAKEN, VERSION)


def _depths(db: sqlite3.Connection, keys: Iterable[str]) -> dict[str, int]:
    """How deep the list of each of ``keys`` is known to be: every node outranked by
    fewer than ``DEPTH`` + its slack other nodes is listed (``_listed``, ``removed``),
    so a page that ends there is proven. ``DEPTH`` for an index of ``VERSION`` 4 read
    as it is (no slack kept)."""
    keys = list(keys)
    made = db.execute("SELECT value FROM search.meta WHERE key = 'ranked'").fetchone()
    if made is None or made[0] == "4":
        return dict.fromkeys(keys, DEPTH)
    left = dict(db.execute("SELECT term, slack FROM search.word WHERE term IN "
                           "(SELECT value FROM json_each(?))", (json.dumps(keys),)))
    return {k: DEPTH + left.get(k, 0) for k in keys}


def _mark(db: sqlite3.Connection, done: bool) -> None:
    if done:
        db.execute("INSERT OR REPLACE INTO search.meta (key, value) VALUES ('ranked', ?)",
                   (VERSION,))
    else:
        db.execute("DELETE FROM search.meta WHERE key = 'ranked'")


def clear(db: sqlite3.Connection, *, done: bool) -> None:
    """Empty the lists: kept from now on (``done``: the index is empty too) or not
    (``build`` makes them once the index is full: ``kg reindex``)."""
    db.execute("DELETE FROM search.meta WHERE key = 'prefixes'")
    db.execute("DELETE FROM search.word")
    db.execute("DELETE FROM search.ranked")
    _drop_bars(db)
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
               f"content = '', tokenize = '{TOKENIZER}')")  # contentless: emptied at once
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.said_words USING "
               "fts5vocab('temp', 'said', 'instance')")


def _first_words(keys: Iterable[str]) -> set[str]:
    return {k.partition(" ")[0] for k in keys}


class _Tokens:
    """One row's tokens as FTS5 makes them: ``size`` (all columns), each token's
    weighted count (``freqs``), and which token is where (``places``: (column,
    offset) -> token)."""

    __slots__ = ("size", "freqs", "places")

    def __init__(self) -> None:
        self.size = 0
        self.freqs: dict[str, float] = {}
        self.places: dict[tuple[str, int], str] = {}

    def grams(self, n: int, within: set[str], starts: set[str] | None = None
              ) -> dict[str, float]:
        """The weighted counts of the phrases of ``n`` tokens (``"a b c"``: one after the
        other in one column, as FTS5 finds the phrase) whose first ``n - 1`` tokens and
        last ``n - 1`` are keys of ``within`` (for two, two words of ``within``).
        ``starts``: the first words of ``within``, made once for many rows."""
        out: dict[str, float] = {}
        if starts is None:  # most tokens begin none: skipped
            starts = _first_words(within)
        for (column, at), first in self.places.items():
            if first not in starts:
                continue
            words = [first]
            for i in range(1, n):
                word = self.places.get((column, at + i))
                if word is None:
                    break
                words.append(word)
            else:
                if " ".join(words[:-1]) in within and " ".join(words[1:]) in within:
                    key = " ".join(words)
                    out[key] = out.get(key, 0.0) + _COLUMNS[column]
        return out

    def prefixes(self, longer: Collection[str] = ()) -> dict[str, float]:
        """The weighted counts of the row's prefixes of ``PREFIXES`` characters or fewer
        (``"o*"``: of every token that begins with ``o``), and of those of ``longer``
        (longer prefixes with keys of their own, ``_begun``)."""
        out: dict[str, float] = {}
        for word, f in self.freqs.items():
            for n in range(1, min(PREFIXES, len(word)) + 1):
                k = word[:n] + "*"
                out[k] = out.get(k, 0.0) + f
            if longer:
                for n in range(PREFIXES + 1, len(word) + 1):
                    k = word[:n] + "*"
                    if k in longer:
                        out[k] = out.get(k, 0.0) + f
        return out

    def together(self, within: set[str]) -> dict[str, tuple[float, float]]:
        """The keys of two tokens of ``within`` found anywhere in the row (``"a&b"``,
        ``a`` before ``b`` in sort order), with the weighted count of each."""
        held = sorted(self.freqs.keys() & within)
        return {f"{a}&{b}": (self.freqs[a], self.freqs[b])
                for i, a in enumerate(held) for b in held[i + 1:]}


def _tokens(db: sqlite3.Connection, texts: Iterable[tuple[int, str, str]]) -> dict[int, _Tokens]:
    """Row -> its ``_Tokens``, of ``texts`` ((row, text, sentence), folded as the index
    holds them), read by FTS5's own tokenizer (a temporary FTS5 table)."""
    _tokenizer(db)
    db.executemany("INSERT INTO temp.said (rowid, text, sentence) VALUES (?, ?, ?)", texts)
    out: dict[int, _Tokens] = {}
    try:
        for term, row, column, offset in db.execute(
                "SELECT term, doc, col, offset FROM temp.said_words"):
            found = out.get(row)
            if found is None:
                found = out[row] = _Tokens()
            found.size += 1
            freqs = found.freqs
            freqs[term] = freqs.get(term, 0.0) + _COLUMNS[column]
            found.places[(column, offset)] = term
    finally:  # a contentless table's rows go at once, not read again to be unindexed
        db.execute("INSERT INTO temp.said (said) VALUES ('delete-all')")
    return out


def _terms(db: sqlite3.Connection, words: str) -> list[str]:
    """The tokens FTS5 makes of ``words`` (folded), in order."""
    found = _tokens(db, [(1, words, "")]).get(1)
    return [] if found is None else [t for _, t in sorted(
        (at, t) for (_, at), t in found.places.items())]


def key(db: sqlite3.Connection, words: str) -> str | None:
    """The key of a search for ``words`` (folded): its one token, or its tokens as a
    phrase (``"a b"``) of ``LONGEST`` or fewer; None when FTS5 makes none or more."""
    terms = _terms(db, words)
    return " ".join(terms) if 1 <= len(terms) <= LONGEST else None


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

#: A row's weighted counts of a key: (count, 0) for a word or a phrase of two, (count
#: of ``a``, count of ``b``) for two words found together (``"a&b"``).
Freqs = tuple[float, float]


def _dominates(q: tuple[Freqs, int], r: tuple[Freqs, int]) -> bool:
    """Whether rows of counts and length ``q`` score at least as high as ``r`` in every
    state of the index: as many of each word or more, as short or shorter."""
    return q[1] <= r[1] and q[0][0] >= r[0][0] and q[0][1] >= r[0][1]


def _keep(classes: dict[tuple[Freqs, int], dict[str, int]], depth: int) -> set[int]:
    """The rows that may be a node's first hit among the first ``depth``, of rows of one
    kind by their counts and length (each node's least row: the others are dominated by
    it): dominated by rows of fewer than ``depth`` other nodes (``kg.ranked``'s
    docstring; ``_rank`` keeps ``DEPTH + SLACK``)."""
    kept: set[int] = set()
    done: list[tuple[tuple[Freqs, int], set[str]]] = []  # each class, the nodes kept of it
    closed: list[tuple[Freqs, int]] = []  # classes whose dominators and own fill depth
    for pair in sorted(classes, key=lambda c: (-c[0][0], -c[0][1], c[1])):  # dominators first
        if any(_dominates(full, pair) for full in closed):
            continue
        above: set[str] = set()  # the nodes of the classes that dominate this one
        for other, nodes in done:
            if _dominates(other, pair):
                above |= nodes
                if len(above) >= depth:
                    break
        best = heapq.nsmallest(max(depth - len(above), 0), (
            (node, row) for node, row in classes[pair].items() if node not in above))
        kept.update(row for _, row in best)
        done.append((pair, {node for node, _ in best}))
        if len(above) + len(best) >= depth:
            closed.append(pair)
    return kept


#: The most rows the first words read of a batch of keys may hold at once (``_freqs_of``).
_HELD = 1_000_000
#: The most rows whose tokens ``_promote`` keeps, to count the keys it ranks next.
_KEPT = 20_000


def _hit_words(db: sqlite3.Connection) -> None:
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.hit_words USING "
               "fts5vocab('search', 'hit', 'instance')")


def _weighted(places: Iterable[tuple]) -> dict[int, float]:
    """Row -> weighted count of ``places`` ((row, column, …): each a word or a phrase
    found there, counted by its column's weight)."""
    freqs: dict[int, float] = {}
    for place in places:
        row = place[0]
        freqs[row] = freqs.get(row, 0.0) + _COLUMNS[place[1]]
    return freqs


def _word_freqs(db: sqlite3.Connection, word: str) -> dict[int, float]:
    """Row -> weighted count of ``word``, of every row of the index that holds it; of a
    prefix (``"o*"``), of all the words that begin with it."""
    _hit_words(db)
    if word.endswith("*"):  # FTS5's lists of the words, one after the other
        return _weighted(db.execute("SELECT doc, col FROM temp.hit_words WHERE term >= ? AND "
                                    "term <= ?", (word[:-1], word[:-1] + "\U0010ffff")))
    return _weighted(db.execute("SELECT doc, col FROM temp.hit_words WHERE term = ?", (word,)))


def _freqs(db: sqlite3.Connection, key: str) -> dict[int, Freqs]:
    """Row -> weighted counts of ``key`` (a token; ``"a b"``, the phrase; ``"a&b"``, both
    words), of every row of the index that holds it, read from FTS5's own lists."""
    return dict(_freqs_of(db, [key]))[key]


def _freqs_of(db: sqlite3.Connection, keys: Iterable[str]
              ) -> Iterator[tuple[str, dict[int, Freqs]]]:
    """``_freqs`` of each of ``keys``, in batches that read each word's list once (a
    prefix: the lists of its words, ``_word_freqs``). A key
    of several words starts from the places of its rarest one (by ``search.word``), and
    each other word is read once for all the keys of the batch that hold it, and only in
    the rows they have left (the filter in SQLite): a phrase of a frequent word and a
    rare one costs the rare one's rows, not the frequent one's (``the`` is in half the
    rows). A batch's keys start from ``_HELD`` rows or fewer (and one more key)."""
    keys = list(keys)
    words = {w for k in keys for w in re.split("[ &]", k)}
    docs = dict(db.execute("SELECT term, docs FROM search.word WHERE term IN "
                           "(SELECT value FROM json_each(?))", (json.dumps(sorted(words)),)))
    several: list[tuple[str, str, list[str], int]] = []  # by first word: a batch shares it
    for k in keys:
        parts = k.split("&") if "&" in k else k.split(" ")
        if len(parts) == 1:  # a word or a prefix
            yield k, {row: (f, 0.0) for row, f in _word_freqs(db, k).items()}
            continue
        first = min(range(len(parts)), key=lambda i: (docs.get(parts[i], 0), i))
        several.append((parts[first], k, parts, first))
    batch: list[tuple[str, list[str], int]] = []  # key, its words, the rarest one's place
    held = 0
    for _, k, parts, first in sorted(several):
        batch.append((k, parts, first))
        held += docs.get(parts[first], 0)
        if held >= _HELD:
            yield from _read_batch(db, batch)
            batch, held = [], 0
    if batch:
        yield from _read_batch(db, batch)


def _read_batch(db: sqlite3.Connection, batch: list[tuple[str, list[str], int]]
                ) -> Iterator[tuple[str, dict[int, Freqs]]]:
    """``_freqs_of`` one batch: (key, its words, the place of the one read first). The
    first words are read whole and kept for the batch; each other word once, in the rows
    the keys that hold it have left, and dropped once they have used it: a pair is then
    the rows of both words' counts, a phrase its starts kept where the word follows."""
    _hit_words(db)
    counts: dict[str, dict[int, float]] = {}  # word -> row -> weighted count (rows read)
    places: dict[str, set[tuple[int, str, int]]] = {}  # word -> (row, column, offset)
    in_phrases = {w for k, parts, _ in batch if "&" not in k for w in parts}

    def note(word: str, found: list[tuple[int, str, int]]) -> None:
        counts[word] = _weighted(found)
        if word in in_phrases:
            places[word] = set(found)

    def use(k: str, i: int, word: str) -> None:  # the key's word ``i`` is read
        if k in starts:
            at = places[word]
            starts[k] = {(row, column, s) for row, column, s in starts[k]
                         if (row, column, s + i) in at}
        else:
            a, b = (counts[w] for w in k.split("&"))
            small, large = (a, b) if len(a) <= len(b) else (b, a)
            pairs[k] = {row: (a[row], b[row]) for row in small if row in large}

    whole = {parts[first] for _, parts, first in batch}
    for word in sorted(whole):
        note(word, db.execute("SELECT doc, col, offset FROM temp.hit_words WHERE term = ?",
                              (word,)).fetchall())
    starts: dict[str, set[tuple[int, str, int]]] = {}  # a phrase: where it may start
    pairs: dict[str, dict[int, Freqs]] = {}
    todo: dict[str, list[tuple[str, int]]] = {}  # word -> (key, its place) still to read
    for k, parts, first in batch:
        if "&" not in k:
            starts[k] = {(row, column, offset - first)
                         for row, column, offset in places[parts[first]]}
        for i, word in enumerate(parts):
            if i != first:
                todo.setdefault(word, []).append((k, i))
    for word in sorted(todo, key=lambda w: (w not in whole, w)):
        if word not in whole:
            rows: set[int] = set()
            for k, _ in todo[word]:
                if k in starts:
                    rows.update(row for row, _, _ in starts[k])
                else:  # a pair: the rows of its first word, read whole
                    rows.update(counts[next(w for w in k.split("&") if w != word)])
            note(word, db.execute(
                "SELECT doc, col, offset FROM temp.hit_words WHERE term = ? AND "
                "doc IN (SELECT value FROM json_each(?))",
                (word, json.dumps(sorted(rows)))).fetchall())
        for k, i in todo[word]:
            use(k, i, word)
        if word not in whole:
            del counts[word]
            places.pop(word, None)
    for k, _, _ in batch:
        if k in pairs:
            yield k, pairs[k]
        else:
            yield k, {row: (f, 0.0) for row, f in _weighted(starts[k]).items()}


def _rank(db: sqlite3.Connection, key: str, sizes: dict[int, int] | None = None,
          entries: dict[int, tuple[str, str]] | None = None,
          freqs: dict[int, Freqs] | None = None) -> set[int]:
    """Make the list of ``key`` again from the index (``sizes``, ``entries``: every
    row's length, kind and node, when read already; ``freqs``: ``_freqs``'s, when read
    already); returns the rows that hold it."""
    if freqs is None:
        freqs = _freqs(db, key)
    if sizes is None:
        sizes = _sizes(db, freqs)
    if entries is None:
        entries = {row: (kind, node) for row, kind, node in db.execute(
            "SELECT rowid, kind, node FROM search.entry WHERE rowid IN "
            "(SELECT value FROM json_each(?))", (json.dumps(list(freqs)),))}
    kinds: dict[str, dict[tuple[Freqs, int], dict[str, int]]] = {}  # kind -> class -> node
    for row, freq in freqs.items():  # -> its least row
        if row in entries:
            kind, node = entries[row]
            nodes = kinds.setdefault(kind, {}).setdefault((freq, sizes[row]), {})
            if row < nodes.get(node, row + 1):
                nodes[node] = row
    kept: set[int] = set()
    for classes in kinds.values():  # a row kept for its kind is kept for all kinds
        kept |= _keep(classes, DEPTH + SLACK)
    db.execute("DELETE FROM search.ranked WHERE term = ?", (key,))
    _drop_bars(db, [key])
    db.executemany("INSERT INTO search.ranked (term, row, kind, freq, freq2, size, node) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [(key, row, entries[row][0], *freqs[row], sizes[row], entries[row][1])
                    for row in sorted(kept)])
    db.execute("INSERT INTO search.word (term, docs, ranked, slack) VALUES (?, ?, 1, ?) "
               "ON CONFLICT (term) DO UPDATE SET docs = excluded.docs, ranked = 1, "
               "slack = excluded.slack", (key, len(freqs), SLACK))
    return set(freqs)


def _ranked_keys(db: sqlite3.Connection, n: int) -> set[str]:
    """The ranked words (``n`` 1) or phrases of ``n`` tokens (longer than ``LONGEST``:
    those counted on, ``COUNTED``)."""
    return {t for (t,) in db.execute(
        "SELECT term FROM search.word WHERE ranked >= 1 AND instr(term, '&') = 0 AND "
        "instr(term, '*') = 0 AND length(term) - length(replace(term, ' ', '')) = ?", (n - 1,))}


def _promote(db: sqlite3.Connection, keys: list[str], sizes: dict[int, int] | None = None,
             entries: dict[int, tuple[str, str]] | None = None,
             tokens: dict[int, _Tokens] | None = None) -> None:
    """Rank ``keys`` (held by ``RANK_FROM`` rows or more): their lists; and of the words
    and phrases among them, the counts of the longer phrases they begin or end (with
    ranked keys: ``_Tokens.grams``) and of two ranked words found together, read from
    the rows that hold them; then rank those that are frequent, the same way (their
    counts from those rows' ``tokens``, every row of theirs is there, when they are
    ``_KEPT`` or fewer: a key made frequent as an article comes; else from FTS5's
    lists, ``_freqs_of``)."""
    if not keys:
        return
    counted = {k for k in keys if k.count(" ") >= LONGEST}  # no list: counted on
    db.executemany("UPDATE search.word SET ranked = ? WHERE term = ?",
                   [(COUNTED if k in counted else 1, k) for k in keys])
    new = {k for k in keys if "&" not in k and "*" not in k}
    holding: set[int] = set()  # the rows that hold a key of ``new``: all its keys are there
    read = _freqs_of(db, sorted(keys)) if tokens is None else _found(tokens, keys).items()
    for k, freqs in read:
        if k in counted:
            rows = set(freqs)
            db.execute("UPDATE search.word SET docs = ? WHERE term = ?", (len(rows), k))
        else:
            rows = _rank(db, k, sizes, entries, freqs)
        if k in new:
            holding |= rows
    lengths = sorted({k.count(" ") + 1 for k in new})
    within = {n: _ranked_keys(db, n) for n in lengths}
    if 1 in within:  # new words: the longer prefixes they complete (the ranked words read)
        _begun(db, [k for k in new if " " not in k], within[1], sizes, entries)
    starts = {n: _first_words(phrases) for n, phrases in within.items()}
    counts: dict[str, int] = {}
    ordered = sorted(holding)
    kept: dict[int, _Tokens] | None = {} if len(ordered) <= _KEPT else None
    for start in range(0, len(ordered), 5000):
        for row, t in _indexed(db, ordered[start : start + 5000]).items():
            if kept is not None:
                kept[row] = t
            found = [*t.together(within[1])] if 1 in within else []
            for n in lengths:
                found += t.grams(n + 1, within[n], starts[n])
            for k in found:
                ends = (k.split("&") if "&" in k else
                        (k.rpartition(" ")[0], k.partition(" ")[2]))
                if not new.isdisjoint(ends):
                    counts[k] = counts.get(k, 0) + 1
    db.executemany("INSERT OR REPLACE INTO search.word (term, docs, ranked) VALUES (?, ?, 0)",
                   counts.items())
    several_from = _several_from(db)
    _promote(db, [k for k, n in counts.items() if n >= _ranked_from(k, several_from)],
             sizes, entries, kept)


def _longer(db: sqlite3.Connection) -> frozenset[str]:
    """The prefixes longer than ``PREFIXES`` characters ranked as keys of their own
    (``_begun``)."""
    found = db.execute("SELECT value FROM search.meta WHERE key = 'prefixes'").fetchone()
    return frozenset(json.loads(found[0])) if found is not None else frozenset()


def _begun(db: sqlite3.Connection, words: Iterable[str], ranked: set[str],
           sizes: dict[int, int] | None = None,
           entries: dict[int, tuple[str, str]] | None = None) -> None:
    """Rank as keys of their own the prefixes longer than ``PREFIXES`` characters of
    ``words`` (just ranked) that now stand for ``STANDING`` or more of the ranked words
    (``ranked``, ``_ranked_keys``'s): their lists made from FTS5's lists of their words
    (``_rank``), and their rows' counts kept from then on as rows come and go
    (``_keyed``, ``_longer``). Once ranked, always, as a word is."""
    starts = {w[:n] for w in words for n in range(PREFIXES + 1, len(w) + 1)}
    if not starts:
        return
    standing: dict[str, int] = {}
    for w in ranked:
        for n in range(PREFIXES + 1, len(w) + 1):
            if w[:n] in starts:
                standing[w[:n]] = standing.get(w[:n], 0) + 1
    had = _longer(db)
    begun = sorted(f"{p}*" for p, n in standing.items() if n >= STANDING)
    begun = [k for k in begun if k not in had]
    if not begun:
        return
    db.execute("INSERT OR REPLACE INTO search.meta (key, value) VALUES ('prefixes', ?)",
               (json.dumps(sorted(had.union(begun))),))
    for k in begun:
        _rank(db, k, sizes, entries)


def _several_from(db: sqlite3.Connection) -> int:
    """The rows from which a key of several words (two found together, a phrase) is
    ranked, now (``SHARE``)."""
    return min(CEILING, max(RANK_FROM, _averages(db)[0] // SHARE))


def _ranked_from(key: str, several_from: int) -> float:
    """The rows from which ``key`` is ranked: ``several_from`` (``_several_from``) for
    two words found together or a phrase, ``RANK_FROM`` for a word or a prefix (a
    phrase longer than ``LONGEST``: counted on, ``COUNTED``)."""
    return several_from if "&" in key or " " in key else RANK_FROM


def _found(tokens: dict[int, _Tokens], keys: list[str]) -> dict[str, dict[int, Freqs]]:
    """``_freqs`` of ``keys`` (words, prefixes, phrases, pairs of words) from the
    ``tokens`` of rows that include every row that holds one of them."""
    out: dict[str, dict[int, Freqs]] = {k: {} for k in keys}
    words = {w for k in keys if "&" in k for w in k.split("&")}
    single = {k for k in keys if "&" not in k and " " not in k}  # a word or a prefix
    begun = {k for k in single if k.endswith("*")}
    phrases: dict[int, set[str]] = {}  # length -> the phrases of ``keys``
    for k in keys:
        if "&" not in k and k not in single:
            phrases.setdefault(k.count(" ") + 1, set()).add(k)
    ends = {n: {p.rpartition(" ")[0] for p in ps} | {p.partition(" ")[2] for p in ps}
            for n, ps in phrases.items()}
    starts = {n: _first_words(e) for n, e in ends.items()}
    for row, t in tokens.items():
        for k in single - begun:
            if k in t.freqs:
                out[k][row] = (t.freqs[k], 0.0)
        for k, f in (t.prefixes(begun).items() if begun else ()):
            if k in begun:
                out[k][row] = (f, 0.0)
        for k, f in t.together(words).items():
            if k in out:
                out[k][row] = f
        for n, ps in phrases.items():
            for k, f in t.grams(n, ends[n], starts[n]).items():
                if k in ps:
                    out[k][row] = (f, 0.0)
    return out


def build(db: sqlite3.Connection) -> int:
    """Make every list from the index's rows (an index without them, ``kg reindex``);
    returns the keys ranked (words, prefixes, phrases, two words together)."""
    clear(db, done=False)
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.hit_rows USING "
               "fts5vocab('search', 'hit', 'row')")
    db.execute("INSERT INTO search.word (term, docs) SELECT term, doc FROM temp.hit_rows")
    _hit_words(db)
    for n in range(1, PREFIXES + 1):  # the words' places are in order: their prefixes too
        db.execute("INSERT INTO search.word (term, docs) SELECT substr(term, 1, ?) || '*', "
                   "count(DISTINCT doc) FROM temp.hit_words WHERE length(term) >= ? "
                   "GROUP BY substr(term, 1, ?)", (n, n, n))
    frequent = [t for (t,) in db.execute("SELECT term FROM search.word WHERE docs >= ? "
                                         "ORDER BY term", (RANK_FROM,))]
    if frequent:
        entries = {row: (kind, node) for row, kind, node in db.execute(
            "SELECT rowid, kind, node FROM search.entry")}
        _promote(db, frequent, _sizes(db), entries)
    _mark(db, True)
    return db.execute("SELECT count(*) FROM search.word WHERE ranked = 1").fetchone()[0]


#: The nodes of a key's list, of one kind, that have a row dominating a row (as many
#: of each count or more, as few tokens or fewer, and better in one of the three, or
#: the same in all and before it by node and row), at most ``depth`` of them (the last
#: parameter).
_DOMINATING = ("SELECT DISTINCT node FROM search.ranked WHERE term = ? AND kind = ? "
               "AND freq >= ? AND freq2 >= ? AND size <= ? "
               "AND (freq > ? OR freq2 > ? OR size < ? OR node < ? OR (node = ? AND row < ?)) "
               "LIMIT ?")
#: Bars: rows a key's list holds, of one kind, found outranked by rows of ``DEPTH``
#: nodes or more (``_DOMINATING``): their counts (freq, freq2, size), node and row.
#: Those rows dominate any row of that kind with no more of either count and as many
#: tokens or more that is worse in one of the three, or the same in all and after it by
#: node and row; so that row is outranked without reading the list. A list only gains
#: rows between the times it is made again (``_rank``) or loses one (``removing``,
#: ``clear``), which drop its bars. They are a cache the writer keeps in memory, by
#: connection (``_CACHED``: key -> kind -> counts -> node, row; of the rows of the same
#: counts, the first by node and row): none is ever needed for an answer, so they are
#: all dropped whenever they may be wrong, when another connection has written the
#: index since they were set (``PRAGMA data_version``) or a transaction that set them
#: was rolled back. For that, each transaction that uses them stamps them anew, in a
#: temporary table rolled back with it (``_STAMP``): bars whose stamp is not the
#: table's are not used.
Bars = dict[str, dict[str, dict[tuple[float, float, int], tuple[str, int]]]]
_STAMP = ("CREATE TEMP TABLE IF NOT EXISTS bar_stamp (version INTEGER NOT NULL, "
          "stamp INTEGER NOT NULL)")
#: id(connection) -> (stamp, bars), for the last few connections that wrote.
_CACHED: dict[int, tuple[int, Bars]] = {}
_STAMPS = itertools.count(1)


def _bars(db: sqlite3.Connection) -> Bars:
    """The bars the connection holds, stamped for the transaction under way: none if
    another connection has written the index since they were set, or the transaction
    that last stamped them was rolled back."""
    db.execute(_STAMP)
    version = db.execute("PRAGMA search.data_version").fetchone()[0]
    stamp, bars = _CACHED.pop(id(db), (0, {}))
    if db.execute("SELECT version, stamp FROM temp.bar_stamp").fetchone() != (version, stamp):
        bars = {}
    stamp = next(_STAMPS)
    db.execute("DELETE FROM temp.bar_stamp")
    db.execute("INSERT INTO temp.bar_stamp (version, stamp) VALUES (?, ?)", (version, stamp))
    while len(_CACHED) >= 4:  # connections long closed, most likely
        del _CACHED[next(iter(_CACHED))]
    _CACHED[id(db)] = (stamp, bars)
    return bars


def _drop_bars(db: sqlite3.Connection, keys: Iterable[str] | None = None) -> None:
    """Drop the bars of ``keys`` (None: all), whose lists are made again or lose rows."""
    bars = _bars(db)
    if keys is None:
        bars.clear()
    else:
        for k in keys:
            bars.pop(k, None)


def _outranked(db: sqlite3.Connection, key: str, freq: Freqs, size: int, node: str, row: int,
               kind: str, bars: Bars, depth: int) -> bool:
    """Whether the list of ``key`` holds a row of the row's node, or rows of ``depth``
    other nodes of its kind (``DEPTH`` and the list's slack), that dominate it: when it
    does, the row does not belong in the list. First by the key's ``bars`` (most rows
    added are outranked, and by the rows that outranked one like them); then read by
    SQLite from the list: a node is of one kind (an article, a statement, an event or
    an entity), so both are found among the dominating rows of its kind, read from the
    index ``ranked_kind`` alone (the rows of ``freq`` or more) and no further than
    ``depth`` nodes. A row outranked by ``depth`` nodes sets a bar (the slack only falls
    until the list is made again, or loses rows, which drops its bars)."""
    counts = (*freq, size)
    corners = bars.setdefault(key, {}).setdefault(kind, {})
    for (f, f2, d), after in corners.items():
        if f >= freq[0] and f2 >= freq[1] and d <= size and (
                (f, f2, d) != counts or (node, row) > after):
            return True
    own, others = db.execute(
        f"SELECT max(node = ?), count(*) FROM ({_DOMINATING})",
        (node, key, kind, *freq, size, *freq, size, node, node, row, depth)).fetchone()
    if others >= depth and (node, row) < corners.get(counts, (node, row + 1)):
        corners[counts] = (node, row)
    return bool(own) or others >= depth


def _bump(db: sqlite3.Connection, counts: dict[str, int]) -> dict[str, int]:
    """Add ``counts`` (key -> rows) to ``search.word``; returns the keys ranked (1) or
    counted on (``COUNTED``)."""
    db.executemany("INSERT INTO search.word (term, docs) VALUES (?, ?) ON CONFLICT (term) "
                   "DO UPDATE SET docs = docs + excluded.docs", counts.items())
    return dict(db.execute(
        "SELECT term, ranked FROM search.word WHERE ranked >= 1 AND term IN "
        "(SELECT value FROM json_each(?))", (json.dumps(list(counts)),)))


def _reached(db: sqlite3.Connection, counts: Iterable[str]) -> list[str]:
    """The keys of ``counts`` held by ``RANK_FROM`` rows or more (a key of several words:
    by ``_several_from``) and not ranked yet."""
    several_from = _several_from(db)
    return [t for t, docs in db.execute(
        "SELECT term, docs FROM search.word WHERE ranked = 0 AND docs >= ? AND term IN "
        "(SELECT value FROM json_each(?)) ORDER BY term", (RANK_FROM, json.dumps(list(counts))))
        if docs >= _ranked_from(t, several_from)]


def _keyed(db: sqlite3.Connection, tokens: dict[int, _Tokens], sign: int
           ) -> tuple[dict[int, dict[str, Freqs]], list[str]]:
    """Count the rows' keys in ``search.word`` (``sign`` -1: rows taken out): their
    words and prefixes (``_Tokens.prefixes``); the phrases of two ranked words, of three
    whose two phrases of two are ranked, and so on, longer than ``LONGEST`` on the
    phrases counted on (``_Tokens.grams``, ``COUNTED``); and the pairs of ranked words
    found together.
    Returns each row's ranked keys with their weighted counts, and the keys counted."""
    counts = _counted((t.freqs for t in tokens.values()), sign)
    words = set(_bump(db, counts))
    out = {row: {w: (t.freqs[w], 0.0) for w in t.freqs.keys() & words}
           for row, t in tokens.items()}
    longer = _longer(db)
    prefixes = {row: t.prefixes(longer) for row, t in tokens.items()}
    begun = _counted(prefixes.values(), sign)
    listed = set(_bump(db, begun))
    for row, held in prefixes.items():
        out[row].update((k, (f, 0.0)) for k, f in held.items() if k in listed)
    keyed = {row: {**{k: (f, 0.0) for k, f in t.grams(2, words).items()}, **t.together(words)}
             for row, t in tokens.items()}
    counted = [*counts, *begun]
    n = 3
    while True:  # phrases longer than LONGEST: counted, not listed
        found = _counted(keyed.values(), sign)
        flags = _bump(db, found)
        counted += found
        for row, held in keyed.items():
            out[row].update((k, f) for k, f in held.items() if flags.get(k) == 1)
        within = {k for k in flags if "&" not in k}
        if not within:
            break
        keyed = {row: {k: (f, 0.0) for k, f in t.grams(n, within).items()}
                 for row, t in tokens.items()}
        n += 1
    return out, counted


def added(db: sqlite3.Connection, rows: list[tuple[int, str, str]]) -> None:
    """Note the rows (row, kind, node) just added to the index: count their keys, add
    them to the lists they may belong to, and rank the keys they make frequent."""
    if not rows or not ready(db):
        return
    tokens = _indexed(db, [r[0] for r in rows])
    keyed, counted = _keyed(db, tokens, 1)
    wanted: dict[str, list[tuple[Freqs, int, str, int, str]]] = {}  # key -> rows to check
    for row, kind, node in rows:
        for k, freq in keyed.get(row, {}).items():
            wanted.setdefault(k, []).append((freq, tokens[row].size, node, row, kind))
    _listed(db, wanted)
    _promote(db, _reached(db, counted))


def _listed(db: sqlite3.Connection, wanted: dict[str, list[tuple[Freqs, int, str, int, str]]]
            ) -> None:
    """Add to the list of each key of ``wanted`` its rows (freqs, size, node, row, kind)
    that belong there: unless outranked (``_outranked``) by its own node's, or by rows of
    ``DEPTH`` other nodes and as many as its slack."""
    bars = _bars(db)
    left = dict(db.execute("SELECT term, slack FROM search.word WHERE term IN "
                           "(SELECT value FROM json_each(?))", (json.dumps(list(wanted)),)))
    for k, new in wanted.items():
        depth = DEPTH + left.get(k, 0)
        for candidate in sorted(new, key=lambda c: (-c[0][0], -c[0][1], c[1], c[2], c[3])):
            if not _outranked(db, k, *candidate, bars, depth):  # best first: each sees those before
                freq, size, node, row, kind = candidate
                db.execute("INSERT INTO search.ranked (freq, freq2, size, node, row, kind, "
                           "term) VALUES (?, ?, ?, ?, ?, ?, ?)", (*freq, size, node, row, kind, k))


def removing(db: sqlite3.Connection, rows: list[int]) -> list[tuple]:
    """Note that the rows are being taken out of the index (before they are): their
    keys counted out, and taken out of the lists; returns what was listed, for
    ``removed``."""
    if not rows or not ready(db):
        return []
    _keyed(db, _indexed(db, rows), -1)
    listed = [(term, (f, f2), *rest) for term, f, f2, *rest in db.execute(
        "SELECT term, freq, freq2, size, node, row, kind FROM search.ranked WHERE "
        "row IN (SELECT value FROM json_each(?))", (json.dumps(rows),))]
    db.execute("DELETE FROM search.ranked WHERE row IN (SELECT value FROM json_each(?))",
               (json.dumps(rows),))
    _drop_bars(db, {item[0] for item in listed})
    return listed


def removed(db: sqlite3.Connection, listed: list[tuple], added: Iterable[int] = ()) -> None:
    """Once ``removing``'s rows are gone (and the rows ``added`` in their place, a
    changed article's, are in), mend the lists that a removed row may have kept others
    out of: one whose list now holds no row of its node, nor rows of ``DEPTH`` other
    nodes of its kind and as many as the list's slack, that dominate it (unless a row
    just added is the same (node, kind, counts, length) and its node has no other row
    in the index: the new row dominates all that the old one did). A row left out was
    dominated by rows of its own node or of ``DEPTH`` + slack other nodes; with such a
    removed row's node gone from those, by one node fewer: the slack falls by the nodes
    lost, and the rows their nodes still have in the index are looked at again
    (``_relisted``: of its own node, a row may now have none above it). When more
    nodes are lost than the slack left, the list is made again from the index
    (``_rank``, its slack whole again)."""
    fresh = json.dumps(sorted(set(added)))
    bars = _bars(db)
    mended: dict[tuple[str, str], set[str]] = {}  # (node, kind) -> keys it left
    for k in sorted({item[0] for item in listed}):
        left = db.execute("SELECT slack FROM search.word WHERE term = ?", (k,)).fetchone()
        left = 0 if left is None else left[0]
        lost: set[tuple[str, str]] = set()  # (node, kind)
        for _, freq, size, node, row, kind in (item for item in listed if item[0] == k):
            if _outranked(db, k, freq, size, node, row, kind, bars, DEPTH + left):
                continue
            if fresh != "[]" and db.execute(
                    "SELECT 1 FROM search.ranked WHERE term = ? AND node = ? AND kind = ? AND "
                    "freq = ? AND freq2 = ? AND size = ? AND row IN (SELECT value FROM "
                    "json_each(?))", (k, node, kind, *freq, size, fresh)).fetchone() and (
                    db.execute("SELECT count(*) FROM search.entry WHERE node = ?",
                               (node,)).fetchone()[0] == 1):
                continue
            lost.add((node, kind))
        if len(lost) > left:
            _rank(db, k)
        elif lost:
            db.execute("UPDATE search.word SET slack = ? WHERE term = ?", (left - len(lost), k))
            for pair in lost:
                mended.setdefault(pair, set()).add(k)
    if mended:
        _relisted(db, mended)


def _relisted(db: sqlite3.Connection, nodes: dict[tuple[str, str], set[str]]) -> None:
    """Add to the lists of keys the rows that nodes have in the index and that belong
    there now (``_listed``): ``nodes``, (node, kind) -> the keys whose lists lost a row of
    it. Each node's rows are read once for all its keys."""
    wanted: dict[str, list[tuple[Freqs, int, str, int, str]]] = {}
    for (node, kind), keys in sorted(nodes.items()):
        rows = [r for (r,) in db.execute("SELECT rowid FROM search.entry WHERE node = ? AND "
                                          "kind = ? ORDER BY rowid", (node, kind))]
        for start in range(0, len(rows), 5000):
            tokens = _indexed(db, rows[start : start + 5000])
            for k, held in sorted(_found(tokens, sorted(keys)).items()):
                if not held:
                    continue
                listed = {r for (r,) in db.execute(
                    "SELECT row FROM search.ranked WHERE term = ? AND row IN "
                    "(SELECT value FROM json_each(?))", (k, json.dumps(sorted(held))))}
                wanted.setdefault(k, []).extend(
                    (freq, tokens[row].size, node, row, kind)
                    for row, freq in held.items() if row not in listed)
    _listed(db, wanted)


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


_TWO_WORDS = re.compile(r'"(\w+)" AND "(\w+)"')


def keys(db: sqlite3.Connection, expression: str) -> list[str] | None:
    """The keys of a search (``kg.search``'s ``match_expression``) that the lists may
    answer: ``[key]`` for one word or one phrase (``"a b c"``) of ``LONGEST`` tokens or
    fewer, ``[a, b]`` for two words (in the search's order: its scores add in it); None
    for any other."""
    two = _TWO_WORDS.fullmatch(expression)
    if two is not None:
        found = [_terms(db, w) for w in two.groups()]
        if all(len(t) == 1 for t in found) and found[0] != found[1]:
            return [found[0][0], found[1][0]]
        return None
    if re.fullmatch(r'"\w+(?: \w+)*"', expression) is None:
        return None
    one = key(db, expression[1:-1])
    return None if one is None else [one]


def top(db: sqlite3.Connection, terms: list[str], kind: str | None, wanted: int
        ) -> list[tuple[int, float]] | None:
    """The first ``wanted`` hits of a search for ``terms`` (``keys``: a token or a
    phrase of two, or two tokens; of ``kind`` when given), one a node, best first:
    (row, score) as ranking every match gives them; None when the lists cannot say
    (not ready, the key not ranked, too deep: beyond ``_depths``)."""
    if not ready(db):
        return None
    listed_key = terms[0] if len(terms) == 1 else "&".join(sorted(terms))
    if wanted > DEPTH and wanted > _depths(db, [listed_key])[listed_key]:
        return None
    docs = dict(db.execute("SELECT term, docs FROM search.word WHERE term IN "
                           "(SELECT value FROM json_each(?))", (json.dumps(terms),)))
    found = db.execute("SELECT ranked FROM search.word WHERE term = ?", (listed_key,)).fetchone()
    if found is None or found[0] != 1 or len(docs) < len(terms):
        return None
    rows, tokens = _averages(db)
    listed = db.execute("SELECT row, freq, freq2, size, node FROM search.ranked WHERE term = ?"
                        + (" AND kind = ?" if kind else ""),
                        (listed_key, *([kind] if kind else [])))
    if len(terms) == 1:
        return _first(((score([(freq, docs[terms[0]])], size, rows, tokens), node, row)
                       for row, freq, _, size, node in listed), wanted)
    swap = terms[0] > terms[1]  # the list's counts are in sort order, the scores add in
    return _first(((score([((f2 if swap else f), docs[terms[0]]),  # the search's
                           ((f if swap else f2), docs[terms[1]])], size, rows, tokens), node, row)
                   for row, f, f2, size, node in listed), wanted)


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
    matches = _highlighted(db, expression, FEW + 1)
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


def _highlighted(db: sqlite3.Connection, expression: str, most: int = -1) -> list[tuple]:
    """The matches of ``expression`` (``most`` of them; -1: all) as ``_marked`` reads
    them: row, kind, node, FTS5's ``docsize`` record, and each column with FTS5's marks."""
    return db.execute(
        "SELECT hit.rowid, e.kind, e.node, d.sz, highlight(hit, 0, '\x02', '\x03'), "
        "highlight(hit, 1, '\x02', '\x03') FROM search.hit JOIN search.entry e ON "
        "e.rowid = hit.rowid JOIN search.hit_docsize d ON d.id = hit.rowid "
        "WHERE hit MATCH ? LIMIT ?", (expression, most)).fetchall()


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


# ------------------------------------------------------------------ several parts

#: Scores this close (relative) are taken as equal: the bounds below add a search's
#: scores in another order than FTS5's (a few units in the last place of a double
#: apart), and the same counts always give the same double; distinct counts differ by
#: far more (a row one token longer than another of 500, in a word whose ``idf`` is
#: floored at 1e-6, by 1e-10).
_TIE = 1e-12


def _near(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= _TIE * max(1.0, abs(b))


def several(db: sqlite3.Connection, expression: str, kind: str | None, wanted: int
            ) -> list[tuple[int, float]] | None:
    """The first ``wanted`` hits of a search of several words and phrases, each ranked
    (``org seized said``, ``"had fallen" place``; of ``kind`` when given), one a node,
    best first, as ranking every match gives them, when the lists prove them: None when
    they cannot.

    Fagin's threshold algorithm over the lists of its parts and of its pairs of words
    (``"a&b"``): every listed row that holds every part is scored from its counts; a row
    left out of a list scores there no better than that list's ``DEPTH``-th node (or
    deeper: ``_depths``), or than a listed row of its own node (``_bounds``), and its
    score is a sum of lists' scores in several ways (``_covers``: the three pairs of
    three words count each word twice), so it scores no better than the least such sum.
    The page stands when every row left out of all the lists comes after its last hit
    (``_settled``): scoring worse, or tying and sorting after it by node, which the
    list's own order proves where the rows tie (a row left out of its class, ``DEPTH``
    nodes listed before it). A phrase longer than ``LONGEST`` (alone too) stands on the
    list of its rarest ranked phrase of ``LONGEST`` (a row holds it no more often than
    that one), scored with its own count of rows, kept in ``search.word`` or counted by
    FTS5 (``_stand_ins``). Not from here: a part that is not ranked (a rare one:
    ``few``), a prefix, and two of its words held together by fewer rows than their
    share (``SHARE``): every match is among those rows, which FTS5 ranks in about what
    they cost (24 to 37 ms of CPU for a whole search of two words at 2,000 to 8,600 rows
    of a 2.7 M-row index, against 116 to 528 ms here, where the rows of the words' lists
    that hold both words are read again by the tokenizer: bench/README.md)."""
    found = _PHRASE.findall(expression)
    if not ready(db) or not found or any(star for _, star in found):
        return None
    parts = [" ".join(_terms(db, text)) for text, _ in found]
    longer = [p.count(" ") >= LONGEST for p in parts]
    if not all(parts) or len(set(parts)) < len(parts) or len(parts) < 2 and not any(longer):
        return None
    words = sorted(p for p in parts if " " not in p)
    pairs = [f"{a}&{b}" for i, a in enumerate(words) for b in words[i + 1:]]
    grams = [" ".join(p.split(" ")[i:i + LONGEST]) for p, long in zip(parts, longer, strict=True)
             if long for i in range(p.count(" ") + 2 - LONGEST)]
    grams += [" ".join(g) for p, long in zip(parts, longer, strict=True) if long
              for g in (p.split(" ")[1:], p.split(" ")[:-1])]  # its count's: _stand_ins
    held = {t: (docs, listed) for t, docs, listed in db.execute(
        "SELECT term, docs, ranked FROM search.word WHERE term IN "
        "(SELECT value FROM json_each(?))", (json.dumps(parts + pairs + grams),))}
    if any(k in held and not held[k][1] and held[k][0] < CEILING for k in pairs):
        return None  # two of its words in fewer rows than their share: FTS5 ranks those
    stand = _stand_ins(db, found, parts, longer, held)  # list -> the part it bounds
    if stand is None:
        return None
    pairs = [k for k in pairs if held.get(k, (0, 0))[1]]
    docs = {p: held[p][0] for p in parts}
    total, tokens = _averages(db)
    values: dict[tuple[str, float, int], float] = {}  # (part, count, length) -> its score
    lists: dict[str, dict[str, list[tuple[float, Freqs, int, str, int]]]] = {}  # kind ->
    known: dict[int, tuple[int, dict[str, float]]] = {}  # row -> its length, parts' counts
    for term, row, k, freq, freq2, size, node in db.execute(
            "SELECT term, row, kind, freq, freq2, size, node FROM search.ranked WHERE term IN "
            "(SELECT value FROM json_each(?))" + (" AND kind = ?" if kind else ""),
            (json.dumps([*stand, *pairs]), *([kind] if kind else []))):
        value = 0.0  # the list's score for this search: its parts' scores
        for w, f in zip(term.split("&"), (freq, freq2), strict=False):
            part = stand.get(w, w)
            if (part, f, size) not in values:
                values[part, f, size] = score([(f, docs[part])], size, total, tokens)
            value += values[part, f, size]
            if part == w:  # a stand-in's count is not its part's
                known.setdefault(row, (size, {}))[1][w] = f
        lists.setdefault(k, {}).setdefault(term, []).append(
            (value, (freq, freq2), size, node, row))
    covers = _covers(list(stand), pairs)
    depths = _depths(db, [*stand, *pairs])
    scored: dict[int, tuple[float, str] | None] = {}  # row -> its score and node, if a match
    for tried in ([covers[-1]], covers):  # the tightest sum's lists first, then all
        terms = {t for cover in tried for t in cover}
        rows = {row: node for by in lists.values() for t, listed in by.items() if t in terms
                for _, _, _, node, row in listed}
        counted = {row: (size, [freqs[p] for p in parts]) for row in rows.keys() - scored.keys()
                   for size, freqs in [known.get(row, (0, {}))] if len(freqs) == len(parts)}
        counted.update((row, (t.size, [_occurrences(t, p.split(" ")) for p in parts]))
                       for row, t in _indexed(db, sorted(rows.keys() - scored.keys()
                                                         - counted.keys())).items())
        for row, (size, freqs) in counted.items():  # the lists' counts, or its tokens'
            scored[row] = (score(list(zip(freqs, docs.values(), strict=True)), size,
                                 total, tokens), rows[row]) if all(freqs) else None
        page = _first(((*scored[row], row) for row in rows if scored.get(row)), wanted)
        hits = {rows[row]: (value, row) for row, value in page}
        last = (page[-1][1], rows[page[-1][0]]) if len(page) == wanted else None
        doubtful: set[str] | None = set()  # nodes whose rows left out only their count
        for by in lists.values():  # rules out; a kind none of whose rows is listed has
            bounds = {t: _bounds(listed, depths[t]) for t, listed in by.items() if t in terms}
            settled = _settled(bounds, tried, hits, last)  # none that match
            doubtful = None if settled is None or doubtful is None else doubtful | settled
        if doubtful is not None and not any(_left(db, rows.values(), doubtful).values()):
            return page
    return None


def _stand_ins(db: sqlite3.Connection, found: list[tuple[str, str]], parts: list[str],
               longer: list[bool], held: dict[str, tuple[int, int]]) -> dict[str, str] | None:
    """The list that bounds each part of a search (list -> part): its own, or for a
    phrase longer than ``LONGEST`` that of its rarest ranked phrase of ``LONGEST``, its
    count of rows (``held``, updated) kept in ``search.word`` (a phrase whose two
    phrases one token shorter are ranked or counted on, ``COUNTED``: ``_keyed``) or
    counted by FTS5; None when a part has none."""
    stand = {}
    for part, long in zip(parts, longer, strict=True):
        if not long:
            if not held.get(part, (0, 0))[1]:
                return None
            stand[part] = part
            continue
        tokens = part.split(" ")
        ranked = [g for i in range(len(tokens) + 1 - LONGEST)
                  if held.get(g := " ".join(tokens[i:i + LONGEST]), (0, 0))[1]]
        if not ranked:
            return None
        stand[min(ranked, key=lambda g: held[g][0])] = part
    if len(stand) < len(parts):  # a part that is another's stand-in
        return None
    for text, part, long in zip((t for t, _ in found), parts, longer, strict=True):
        tokens = part.split(" ")
        if long and all(held.get(" ".join(g), (0, 0))[1] for g in (tokens[1:], tokens[:-1])):
            held[part] = (held.get(part, (0, 0))[0], 1)  # counted as its rows come and go
        elif long:  # FTS5 reads every row of its words: counted last, when all else holds
            held[part] = (db.execute("SELECT count(*) FROM search.hit WHERE hit MATCH ?",
                                     (f'"{text}"',)).fetchone()[0], 1)
    return stand


def _left(db: sqlite3.Connection, rows: Iterable[str], nodes: set[str]) -> dict[str, int]:
    """Node -> how many of its rows the index holds beyond ``rows`` (their nodes), of
    ``nodes``."""
    listed: dict[str, int] = {}
    for node in rows:
        if node in nodes:
            listed[node] = listed.get(node, 0) + 1
    return {node: n - listed.get(node, 0) for node, n in db.execute(
        "SELECT node, count(*) FROM search.entry WHERE node IN "
        "(SELECT value FROM json_each(?)) GROUP BY node", (json.dumps(sorted(nodes)),))}


class _Bound:
    """What a list of one kind says of the rows it left out, for a search (``_bounds``):
    ``value``, the best score such a row can have there unless a row of its own node
    is listed (infinite: every row of an unlisted node is listed); ``after``, the node
    that one scoring exactly ``value`` sorts after (None: none can); ``own``, each
    listed node's best score there, with the first row that scores it."""

    __slots__ = ("value", "after", "own")

    def __init__(self, value: float = math.inf, after: str | None = None,
                 own: dict[str, tuple[float, int]] | None = None) -> None:
        self.value, self.after, self.own = value, after, own or {}

    def least(self, node: str) -> float:
        """The best score a row of ``node`` left out of the list can have there."""
        return min(self.value, self.own.get(node, (math.inf, 0))[0])


def _bounds(listed: list[tuple[float, Freqs, int, str, int]], depth: int) -> _Bound:
    """The ``_Bound`` of one list's rows of one kind (score for the search, counts,
    length, node, row).

    A row is left out of a list when a listed row of its own node dominates it, or
    listed rows of ``depth`` other nodes (``DEPTH`` and the list's slack, ``_depths``;
    ``_keep``, ``_outranked``): of classes (counts, length) above its own, or of its own
    with a node before it. So a row of a node not listed scores at best as the
    ``depth``-th listed node does, and one that scores exactly that is of a class of
    that score, after the ``depth - a``-th of its listed nodes that are not among the
    ``a`` nodes of the classes above it."""
    own: dict[str, tuple[float, int]] = {}
    for value, _, _, node, row in sorted(listed, key=lambda r: r[4]):
        if node not in own or value < own[node][0] and not _near(value, own[node][0]):
            own[node] = (value, row)  # its best score, first row of that score
    if len(own) < depth:
        return _Bound(own=own)
    bound = sorted(value for value, _ in own.values())[depth - 1]
    classes: dict[tuple[Freqs, int], tuple[float, set[str]]] = {}
    for value, freq, size, node, _ in listed:
        classes.setdefault((freq, size), (value, set()))[1].add(node)
    after = None
    for pair, (value, nodes) in classes.items():
        if not _near(value, bound):
            continue
        above = {n for other, (_, held) in classes.items()
                 if other != pair and _dominates(other, pair) for n in held}
        rest, need = sorted(nodes - above), depth - len(above)
        if 1 <= need <= len(rest):
            after = rest[need - 1] if after is None else min(after, rest[need - 1])
    return _Bound(bound, after, own)


def _covers(parts: list[str], pairs: list[str]) -> list[dict[str, float]]:
    """Ways to write a search's score as a weighted sum of its lists' scores (list ->
    weight, each part's weights adding to 1): its parts' lists; a pair's and the other
    parts'; every pair of its words, each word counted ``len(words) - 1`` times."""
    covers = [dict.fromkeys(parts, 1.0)]
    for pair in pairs:
        covers.append({pair: 1.0, **{p: 1.0 for p in parts if p not in pair.split("&")}})
    words = [p for p in parts if " " not in p]
    if len(words) > 2 and len(pairs) == len(words) * (len(words) - 1) // 2:
        covers.append({**dict.fromkeys(pairs, 1.0 / (len(words) - 1)),
                       **{p: 1.0 for p in parts if " " in p}})
    return covers


def _after(value: float, node: str | None, last: tuple[float, str] | None) -> bool:
    """Whether a row scoring ``value`` or worse, of a node after ``node`` (None: it
    cannot score exactly ``value``), comes after ``last`` (the page's last hit's score
    and node; None: the page is not full)."""
    if value == math.inf:
        return True
    if last is None:
        return False
    if not _near(value, last[0]):
        return value > last[0]
    return node is None or node >= last[1]


def _settled(bounds: dict[str, _Bound], covers: list[dict[str, float]],
             hits: dict[str, tuple[float, int]], last: tuple[float, str] | None
             ) -> set[str] | None:
    """Whether no row of one kind left out of every list (``bounds``: ``_bounds`` of
    each) can change the page (``hits``: node -> its hit's score and row; ``last``:
    ``_after``'s): a node listed nowhere, from each list's bound; a listed one, from its
    own rows' scores too (``_outscored``). Returns the listed nodes a row left out
    could still change the page for, unless they have no such row (``_left``); None
    when a node listed nowhere could."""
    helds = [[(bounds.get(t, _Bound()), w) for t, w in cover.items()] for cover in covers]
    for i, held in enumerate(helds):
        afters = [b.after for b, _ in held]
        if _after(sum(w * b.value for b, w in held),
                  None if None in afters else max(afters), last):
            helds.insert(0, helds.pop(i))  # the sum that holds, tried first for each node
            break
    else:
        return None
    listed = {node for b in bounds.values() for node in b.own}
    return {node for node in listed
            if not any(_outscored(node, held, hits, last) for held in helds)}


def _outscored(node: str, held: list[tuple[_Bound, float]],
               hits: dict[str, tuple[float, int]], last: tuple[float, str] | None) -> bool:
    """Whether every row of ``node`` left out of the lists ``held`` (with their weights
    in a sum that is the search's score) comes after its hit, or after ``last`` when
    it has none. One that ties its hit ties in each list: with the list's bound (its
    node after the list's ``after``) or with its node's best row there, of the same
    class and so after that row."""
    value = sum(w * b.least(node) for b, w in held)
    if node not in hits:
        return _after(value, node, last)
    score_, row = hits[node]
    if value == math.inf or not _near(value, score_):
        return value > score_
    first = -1  # the row a row left out that ties the hit comes after
    for b, _ in held:
        least = b.least(node)
        by_list = _near(b.value, least) and b.after is not None and node > b.after
        best, at = b.own.get(node, (math.inf, 0))
        if not by_list and not _near(best, least):
            return True  # it cannot tie here: it scores worse than the hit
        if not by_list:
            first = max(first, at)
    return first >= row


# ------------------------------------------------------------------ prefixes

_PREFIX = re.compile(r'"(\w+)"\*')


def prefix(db: sqlite3.Connection, expression: str, kind: str | None, wanted: int
           ) -> list[tuple[int, float]] | None:
    """The first ``wanted`` hits of a search for one prefix (``seiz*``: ``kg.search``'s
    ``'"seiz"*'``; of ``kind`` when given), one a node, best first, as ranking every
    match gives them; None when the lists cannot say.

    FTS5 scores a prefix as one phrase: its weighted count in a row is that of all the
    row's tokens that begin with it, and the rows that hold it are those that hold any
    of them. A prefix of ``PREFIXES`` characters or fewer held by ``RANK_FROM`` rows has
    a list of its own, so it is answered as a word is (``top``). Of a longer one, its
    words are ``search.word``'s that begin with it (``_expanded``). A row that holds one
    ranked word ``a`` of them and no other dominates in the prefix search every row it
    dominates in ``a``'s list (a row with more of ``a`` has at least as much of the
    prefix), so the rows ``a``'s list left out are beaten there too; a row that holds
    two ranked words ``a`` and ``b``, likewise in the list of ``"a&b"`` (dominance in
    both counts, so in their sum). So the first hits, as deep as those lists are
    (``_depths``), are among the lists of the ranked words, of their pair, and the rows
    that hold the others (the rare words, ``FEW`` rows at most, found by FTS5), scored
    from their tokens (``_indexed``). A pair without a list (held by fewer rows than its
    share, ``SHARE``) stands for all the rows that hold both words, found by FTS5 and
    counted from its marks (``_marked``: 600 to 120 ms of CPU for ``govern*`` on a 2.7
    M-row index, 4,452 such rows), so a listed row holds its word alone and its list's
    count is its count. A longer prefix that stands for ``STANDING`` ranked words or
    more (a row holding three of them is bounded by no list of theirs) is a key of its
    own (``_begun``), answered as a short one. Not from here: a prefix whose rare words
    are held by more than ``FEW`` rows, or a page beyond the lists' depth (``_depths``)."""
    match = _PREFIX.fullmatch(expression)
    if match is None or not ready(db):
        return None
    stem = _terms(db, match.group(1))
    if len(stem) != 1:
        return None
    best = top(db, [stem[0] + "*"], kind, wanted)  # a short prefix, if frequent, or a
    if best is not None:  # longer one that stands for many ranked words: a key of its own
        return best
    words = _expanded(db, stem[0])
    frequent = sorted(w for w, (_, listed) in words.items() if listed)
    rare = sorted(w for w, (_, listed) in words.items() if not listed)
    if len(frequent) > 2 or sum(words[w][0] for w in rare) > FEW:
        return None
    if not words:
        return []
    keys, pair = [*frequent], ""
    both = 0  # the rows that hold both ranked words
    if len(frequent) == 2:
        pair = "&".join(frequent)
        found = db.execute("SELECT docs, ranked FROM search.word WHERE term = ?",
                           (pair,)).fetchone()
        both, listed = found if found is not None else (0, 0)
        if not listed and (both > CEILING or not _verbatim(db, frequent)):
            return None
        if listed:
            keys.append(pair)
    if keys and wanted > DEPTH and wanted > min(_depths(db, keys).values()):
        return None
    listed = {row: (freq, size, k, node) for row, freq, size, k, node in db.execute(
        "SELECT row, freq, size, kind, node FROM search.ranked WHERE term IN "
        "(SELECT value FROM json_each(?))", (json.dumps(keys),))}
    _hit_words(db)
    found = {row for w in rare for (row,) in db.execute(  # FTS5's own list of each word
        "SELECT DISTINCT doc FROM temp.hit_words WHERE term = ?", (w,))}
    marked: dict[int, tuple[str, str, int, list[float]]] = {}  # the rows that hold both
    if len(frequent) == 2 and pair not in keys:  # no list: every row that holds both
        both_rows = f'"{frequent[0]}" "{frequent[1]}"'
        if both <= FEW:  # few: scored from their tokens
            found |= {row for (row,) in db.execute("SELECT rowid FROM search.hit WHERE hit "
                                                   "MATCH ?", (both_rows,))}
        else:  # more (under their share): counted from FTS5's marks, not read again
            marked = _marked(db, _highlighted(db, both_rows), [[w] for w in frequent])
            if marked is None:  # a mark that is not one word: ranked in full
                return None
    # Read again: the rows of the rare words; and with two ranked words whose pair has a
    # list, every listed row (one in a word's list may hold the other). Without it, every
    # row that holds both is found or marked above, so a listed row holds its word alone.
    held = _indexed(db, sorted(found | listed.keys() if pair in keys else found))
    counts = {row: (freq, size) for row, (freq, size, _, _) in listed.items()}
    counts.update((row, (sum(freqs), size)) for row, (_, _, size, freqs) in marked.items()
                  if row not in held)  # a rare word's row is read again below
    counts.update((row, (sum(f for w, f in t.freqs.items() if w in words), t.size))
                  for row, t in held.items())
    docs = sum(words[w][0] for w in frequent) - both + sum(  # the rows that hold any word
        1 for t in held.values() if t.freqs.keys().isdisjoint(frequent))
    entries = {row: (k, node) for row, (_, _, k, node) in listed.items()}
    entries.update((row, (k, node)) for row, (k, node, _, _) in marked.items())
    entries.update((row, (k, node)) for row, k, node in db.execute(
        "SELECT rowid, kind, node FROM search.entry WHERE rowid IN "
        "(SELECT value FROM json_each(?))", (json.dumps(sorted(held.keys() - listed.keys())),)))
    total, tokens = _averages(db)
    return _first(((score([(freq, docs)], size, total, tokens), entries[row][1], row)
                   for row, (freq, size) in counts.items() if row in entries and freq
                   and (not kind or entries[row][0] == kind)), wanted)


def _expanded(db: sqlite3.Connection, stem: str) -> dict[str, tuple[int, int]]:
    """The words of the index that begin with ``stem`` (as FTS5 expands a prefix: the
    tokens' bytes begin with its bytes), each with the rows that hold it and whether
    it is ranked."""
    return {t: (docs, listed) for t, docs, listed in db.execute(
        "SELECT term, docs, ranked FROM search.word WHERE term >= ? AND term < ? AND "
        "docs > 0 AND instr(term, ' ') = 0 AND instr(term, '&') = 0 AND instr(term, '*') = 0",
        (stem, stem + "\U0010ffff")) if t.startswith(stem)}


def _verbatim(db: sqlite3.Connection, words: list[str]) -> bool:
    """Whether FTS5 makes each of ``words`` (tokens of the index) into itself, so that
    ``"word"`` in a query finds the rows that hold that token (the stemmer, run again
    on a stem, could change it)."""
    made = _tokens(db, [(i + 1, w, "") for i, w in enumerate(words)])
    return all(list(made[i + 1].freqs) == [w] if i + 1 in made else False
               for i, w in enumerate(words))


def _words_of(db: sqlite3.Connection, part: re.Match, most: int) -> list[str] | None:
    """The words of the index that the prefix ``part`` (``"seiz"*``) stands for, when
    there are ``most`` or fewer and each is found by itself (``_verbatim``)."""
    stem = _terms(db, part.group(1))
    words = sorted(_expanded(db, stem[0])) if len(stem) == 1 else []
    return words if words and len(words) <= most and _verbatim(db, words) else None


def resolved(db: sqlite3.Connection, expression: str) -> str:
    """``expression`` with each prefix that stands for one word of the index written as
    that word (``seiz* org`` as ``seiz org``): FTS5 scores the two alike (the same
    tokens in each row, so the same count; the same rows, so the same ``idf``), and
    the lists, ``few`` and FTS5 find a word without merging the rows of every word a
    prefix could stand for."""
    if "*" not in expression or not ready(db):
        return expression

    def word(part: re.Match) -> str:
        words = _words_of(db, part, 1)
        return part.group(0) if words is None else f'"{words[0]}"'

    return _PREFIX.sub(word, expression)


def marking(db: sqlite3.Connection, expression: str, rows: list[int]) -> str:
    """The search to mark a page's hits ``rows`` with (``kg.search``'s ``highlight``):
    each prefix written as the words that begin with it in those rows (``("seiz" OR
    "seizur")``: the same tokens marked there, where FTS5 would first merge the rows of
    every word of the index it stands for, 220 ms at 10 M triples for ``seiz*`` and
    seconds for ``c*`` on real news), when each is found by itself (``_verbatim``); as
    it is otherwise."""
    if "*" not in expression or not rows:
        return expression
    held = {w for t in _indexed(db, rows).values() for w in t.freqs}

    def words(part: re.Match) -> str:
        stem = _terms(db, part.group(1))
        found = sorted(w for w in held if len(stem) == 1 and w.startswith(stem[0]))
        if not found or not _verbatim(db, found):
            return part.group(0)
        return "(" + " OR ".join(f'"{w}"' for w in found) + ")"

    return _PREFIX.sub(words, expression)
