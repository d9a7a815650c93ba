"""The ranked lists of frequent words (``kg.ranked``): a one-word search answered from
them gives the same hits, in the same order, with the same scores, as ranking every
match with FTS5's ``bm25`` (``SearchIndex.search`` with the lists left aside), on
generated indexes, after articles are added, changed and removed, and after the lists
are made again from the index.

The articles are invented: a few hundred of them, their statements made of a small
vocabulary of invented words, so that every word and most phrases of two are frequent
and the rows tie and differ in their counts and lengths; the thresholds are lowered so
that words reach them as articles are added and the lists prune (``RANK_FROM``,
``DEPTH``).
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from kg import ranked, search
from kg.search import Facts, SearchIndex, match_expression
from kg.vocab import NKG, SCHEMA

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
WORDS = ("brindle", "corvat", "dunmere", "ellow", "fassick", "grolle", "hennet",
         "seized", "seizes", "fallen", "quarry", "tolven")
NAMES = [f"Varek Osp {n}" for n in range(25)]
#: Rare words in the headline of every ``i``-th article, which prefixes of frequent
#: words also stand for (``fal*``: ``fallen`` and them).
RARE = ((23, "fallowmere"), (41, "fallowby"), (37, "seizewick"))
#: A set phrase that many statements end with: its phrases of three to six words are
#: frequent.
SET_PHRASE = "tolven quarry brindle ellow hennet corvat"


def article(n: int, rng: random.Random, *, salt: str = "") -> tuple[str, Facts]:
    """An invented article graph: a title, one to four statements of a few words (some
    repeated) with a sentence each, and entities from a pool of names."""
    graph = f"http://example.org/graph/a{n}"
    a = f"http://example.org/article/a{n}"
    triples = [(a, TYPE, search._ARTICLE), (a, search._IDENTIFIER, f"a{n}"),
               (a, search._HASH, f"h{n}{salt}"), (a, f"{SCHEMA}datePublished", "2025-03-01"),
               (a, f"{SCHEMA}headline", " ".join(rng.choices(WORDS, k=rng.randint(1, 5)))
                + "".join(f" {w}" for i, w in RARE if n % i == 0))]
    for i in range(rng.randint(1, 4)):
        s, ev, who = f"{a}#s{i}", f"{a}#ev{i}", f"http://example.org/person/p{rng.randrange(9)}"
        triples += [(s, TYPE, f"{NKG}Statement"), (s, f"{NKG}speaker", who),
                    (who, LABEL, f"Speaker {who[-1]}"),
                    (s, f"{NKG}content", " ".join(rng.choices(WORDS, k=rng.randint(1, 9)))
                     + (f" {SET_PHRASE}" if rng.random() < 0.3 else "")),
                    (s, f"{NKG}evidence", ev),
                    (ev, f"{NKG}anchorOf", " ".join(rng.choices(WORDS, k=rng.randint(0, 12))))]
    for name in rng.sample(NAMES, 3):
        e = f"http://example.org/entity/{name.replace(' ', '-')}"
        triples += [(e, f"{NKG}mentionedIn", a), (e, LABEL, name)]
    return graph, Facts(triples)


#: How many searches the lists answered (``top``, ``prefix``, ``several``), and the
#: scoring of few matches (``few``); FTS5 ranked the rest in full.
USED = {"top": 0, "prefix": 0, "few": 0, "several": 0}


@pytest.fixture
def lowered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranked, "RANK_FROM", 30)
    monkeypatch.setattr(ranked, "DEPTH", 12)
    monkeypatch.setattr(ranked, "SLACK", 3)
    for name in USED:
        monkeypatch.setattr(ranked, name, counting(name, getattr(ranked, name)))


def counting(name: str, answer):
    def counted(*args):
        found = answer(*args)
        USED[name] += found is not None
        return found
    return counted


def writer(root: Path) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    search.attach(db, root)
    return db


def filled(root: Path, articles: int, seed: int) -> tuple[sqlite3.Connection, random.Random]:
    """A writer of an index at ``root`` that holds ``articles`` invented articles."""
    rng = random.Random(seed)
    db = writer(root)
    for n in range(articles):
        search.update(db, *article(n, rng))
    db.commit()
    return db, rng


def full(index: SearchIndex, words: str, **kw) -> list:
    """The hits as ranking every match gives them (the lists left aside), marked by
    FTS5 from the search itself (a prefix too)."""
    index._ranked = lambda *args: None
    index._marking = lambda expression, rows: expression
    try:
        return index.search(words, **kw).hits
    finally:
        del index._ranked, index._marking


SEARCHES = [("seized", {}), ("seized", {"kind": "statement", "limit": 12}),
            ("fallen", {"limit": 5}), ("fallen", {"kind": "article", "limit": 4, "offset": 3}),
            ("brindle", {"limit": 12}), ("Varek", {}), ("varek", {"kind": "entity", "limit": 10}),
            ("osp", {"offset": 7, "limit": 5}), ("seizing", {"kind": "statement", "limit": 3}),
            ('"seized fallen"', {"limit": 12}),
            ('"brindle corvat"', {"kind": "statement", "limit": 6}),
            ('"Varek Osp"', {"limit": 10}), ('"fallen fallen"', {"limit": 9}),
            ("Osp 3", {}), ('"Osp 3"', {"limit": 3}), ("varek 7 osp", {}),
            ("seized tolven grolle", {"kind": "statement", "offset": 2}),
            ("seized brindle", {"limit": 5}), ('"seized fallen" ellow', {}),
            ("seized fallen", {}), ("fallen seized", {"kind": "statement"}),
            ("quarry tolven", {"limit": 12}), ("osp varek", {"kind": "entity", "limit": 4}),
            ("fallen ellow", {"kind": "article"}), ('"tolven quarry brindle"', {}),
            ('"quarry brindle ellow"', {"kind": "statement", "limit": 5}),
            ('"tolven quarry brindle ellow"', {"limit": 12}),
            ('"quarry brindle ellow hennet corvat"', {"limit": 12}),
            (f'"{SET_PHRASE}"', {"kind": "statement", "limit": 6}),
            # prefixes: one ranked word and rare ones, two ranked and rare ones, rare
            # ones alone, more ranked words than two (ranked in full)
            ("seiz*", {"limit": 10}), ("seizing*", {"kind": "statement", "limit": 6}),
            ("fal*", {"limit": 12}), ("fa*", {"kind": "statement", "limit": 12}),
            ("f*", {"offset": 4, "limit": 8}),
            ("fallow*", {}), ("osp*", {"kind": "entity", "limit": 4}), ("g*", {"limit": 5}),
            ("s*", {"limit": 7}), ("1*", {}),
            # a prefix beside words: one that stands for one word is that word
            ("gro* fallen", {"limit": 12}), ("osp* varek", {"kind": "entity", "limit": 4}),
            ("hen* tolven quarry", {"kind": "statement"}), ("seiz* fallen", {"limit": 5}),
            ("fal* brindle", {"limit": 6})]
#: Several frequent words, a word beside a phrase: the lists' threshold (``several``),
#: where the matches are more than ``FEW``.
SEVERAL = [("seized fallen brindle", {"limit": 3}), ("brindle seized fallen", {"limit": 2}),
           ("corvat ellow hennet", {"kind": "statement", "limit": 2}),
           ("grolle dunmere fassick seized", {"limit": 1}), ("osp varek 3", {}),
           ("seized fallen brindle", {"kind": "article", "limit": 2, "offset": 1}),
           ('"quarry brindle" seized', {"limit": 2}), ('fallen "tolven quarry"', {"limit": 3}),
           ('"tolven quarry brindle" ellow hennet', {"kind": "statement", "limit": 3}),
           ('"brindle corvat" "seized fallen"', {"limit": 2}), ("seized ellow", {"limit": 30}),
           ("tolven quarry brindle", {"limit": 2, "offset": 1}), ("varek osp", {"limit": 3}),
           ("ellow hennet grolle", {"kind": "statement", "offset": 4}),
           ('"osp 3" varek', {"limit": 5}), ("grolle tolven seized fallen", {"limit": 2}),
           ("seized ellow fallen", {"kind": "statement", "limit": 3}),
           ("fallen brindle corvat", {"limit": 20, "offset": 10}),
           # phrases longer than LONGEST (4 here): on the list of a phrase of four
           ('"tolven quarry brindle ellow hennet"', {"limit": 3}),
           ('"quarry brindle ellow hennet corvat" seized', {"limit": 2}),
           (f'"{SET_PHRASE}"', {"kind": "statement", "limit": 2})]


def same_as_full(root: Path, searches: list | None = None) -> dict[str, int]:
    """Compare every search of ``SEARCHES`` (or ``searches``) with full ranking, and of
    phrases of three words and more taken from the index's rows; returns how many were
    answered each way (``USED``)."""
    USED.update(dict.fromkeys(USED, 0))
    with SearchIndex(root) as index:
        texts = [t for (t,) in index.db.execute("SELECT text FROM search.hit WHERE "
                                                "length(text) > 20 ORDER BY rowid LIMIT 6")]
        phrases = [(f'"{" ".join(t.split()[:n])}"{tail}', {}) for t in texts for n in (3, 5)
                   for tail in ("", f" {t.split()[-1]}")]
        for words, kw in [*(SEARCHES if searches is None else searches), *phrases]:
            got = index.search(words, **kw).hits
            assert got == full(index, words, **kw), (words, kw)
            assert got, (words, kw)
    return dict(USED)


def test_one_word_from_the_lists_is_full_ranking_through_adds_changes_and_removes(
        tmp_path: Path, lowered: None) -> None:
    db, rng = filled(tmp_path, 300, 11)
    listed = db.execute("SELECT count(*) FROM search.ranked").fetchone()[0]
    words = db.execute("SELECT count(*) FROM search.word WHERE ranked = 1").fetchone()[0]
    rows = db.execute("SELECT count(*) FROM search.entry").fetchone()[0]
    assert words >= len(WORDS) and listed < words * rows  # pruned: not every row of every word
    for words in (SET_PHRASE, "quarry brindle ellow hennet corvat",
                  "tolven quarry brindle ellow", "quarry brindle", "seized&fallen"):
        key = "&".join(sorted(ranked.key(db, w) for w in words.split("&")))
        assert db.execute("SELECT ranked FROM search.word WHERE term = ?", (key,)).fetchone() == (
            1,), words  # phrases of two to six words, two words together: ranked
    used = same_as_full(tmp_path)
    assert 11 <= used["top"] < len(SEARCHES) and used["few"] >= 10 and 6 <= used["prefix"] < 10
    for n in range(0, 300, 4):  # removed
        search.forget(db, f"http://example.org/graph/a{n}")
    for n in range(1, 300, 9):  # changed
        search.update(db, *article(n, rng, salt="b"))
    db.commit()
    same_as_full(tmp_path)
    for n in range(300, 420):  # added
        search.update(db, *article(n, rng))
    db.commit()
    same_as_full(tmp_path)
    kept = {t: (d, r) for t, d, r in db.execute("SELECT term, docs, ranked FROM search.word "
                                                 "WHERE docs > 0")}
    ranked.build(db)  # made again from the index: the same counts, the same hits
    db.commit()
    made = {t: (d, r) for t, d, r in db.execute("SELECT term, docs, ranked FROM search.word "
                                                "WHERE docs > 0")}
    # A key ranked stays ranked when rows are taken out (a phrase of three that fell to
    # RANK_FROM - 1, and the longer ones it begins counted): build ranks only those held
    # by RANK_FROM rows now
    assert all(kept.get(t) == (d, r) or kept.get(t) == (d, 1) for t, (d, r) in made.items())
    same_as_full(tmp_path)
    db.close()


def test_keys_of_several_words_are_ranked_from_a_share_of_the_index_and_searched_the_same(
        tmp_path: Path, lowered: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pair of words or a phrase is ranked from ``SHARE`` of the index's rows once that
    is more than ``RANK_FROM`` (so the keys ranked stay about as many as the index
    grows); one held by fewer is searched in full, with the same hits. A word is ranked
    from ``RANK_FROM`` rows whatever the index's size."""
    monkeypatch.setattr(ranked, "SHARE", 4)
    monkeypatch.setattr(ranked, "PREFIXES", 0)  # ``fa*`` below from its words' lists
    db, rng = filled(tmp_path, 300, 11)
    rows = ranked._averages(db)[0]
    assert ranked._several_from(db) == rows // 4 > ranked.RANK_FROM

    def counted(where: str) -> list[tuple[int, int]]:
        return db.execute(f"SELECT docs, ranked FROM search.word WHERE {where} AND docs >= ?",
                          (ranked.RANK_FROM,)).fetchall()

    for where in ("instr(term, '&') > 0", "instr(term, ' ') > 0"):  # pairs, phrases
        keys = counted(where)
        assert any(r for _, r in keys) and any(not r for _, r in keys), where
        assert all(r or docs < rows // 4 for docs, r in keys), where
    words = counted("instr(term, '&') = 0 AND instr(term, ' ') = 0")
    assert any(docs < rows // 4 for docs, _ in words) and all(r for _, r in words)
    same_as_full(tmp_path, [*SEARCHES, *SEVERAL])
    # Two frequent words held together by fewer rows than their share: ranked by FTS5
    # (every match is among those rows), not from the words' lists
    few = ranked.FEW
    monkeypatch.setattr(ranked, "FEW", 5)  # more matches than FEW: past ``few``
    stems = {ranked.key(db, w): w for w in WORDS}
    under = [k for (k,) in db.execute("SELECT term FROM search.word WHERE instr(term, '&') > 0 "
                                      "AND ranked = 0 AND docs > 5 ORDER BY term")
             if all(w in stems for w in k.split("&"))]
    assert len(under) >= 4
    USED.update(dict.fromkeys(USED, 0))
    tokenized: list[int] = []  # rows read again by the tokenizer (what the lists cost here)
    indexed = ranked._indexed
    monkeypatch.setattr(ranked, "_indexed", lambda db, rows: tokenized.extend(rows) or indexed(
        db, rows))
    with SearchIndex(tmp_path) as index:
        for k in under:
            words = " ".join(stems[w] for w in k.split("&"))
            assert index.search(words, limit=3).hits == full(index, words, limit=3), words
    assert USED["several"] == 0 and not tokenized
    monkeypatch.setattr(ranked, "_indexed", indexed)
    # A prefix that stands for two of them (``fa*``: fallen, fassick): the rows that hold
    # both counted from FTS5's marks, the others from the words' lists
    marks: list[int] = []
    marked = ranked._marked
    monkeypatch.setattr(ranked, "_marked", lambda db, matches, phrases: marks.append(
        len(matches)) or marked(db, matches, phrases))
    pair = "&".join(sorted(ranked.key(db, w) for w in ("fallen", "fassick")))
    assert pair in under
    rare = db.execute("SELECT sum(docs) FROM search.word WHERE term LIKE 'fa%' AND ranked = 0 "
                      "AND instr(term, '&') = 0 AND instr(term, ' ') = 0").fetchone()[0]
    both = db.execute("SELECT docs FROM search.word WHERE term = ?", (pair,)).fetchone()[0]
    assert rare < both
    monkeypatch.setattr(ranked, "FEW", rare)  # its rare words' rows read, not those of both
    with SearchIndex(tmp_path) as index:
        for words, kw in [("fa*", {"limit": 10}), ("fa*", {"kind": "statement", "limit": 7}),
                          ("fa*", {"kind": "article", "offset": 3, "limit": 5})]:
            assert index.search(words, **kw).hits == full(index, words, **kw), (words, kw)
    assert USED["prefix"] == 3 and len(marks) == 3 and min(marks) > rare, (USED, marks, rare, both)
    monkeypatch.setattr(ranked, "FEW", few)
    for n in range(300, 420):  # added: the share grows with the rows
        search.update(db, *article(n, rng))
    db.commit()
    assert ranked._several_from(db) == ranked._averages(db)[0] // 4 > rows // 4
    same_as_full(tmp_path)
    monkeypatch.setattr(ranked, "CEILING", ranked.RANK_FROM + 1)  # the ceiling
    assert ranked._several_from(db) == ranked.RANK_FROM + 1
    db.close()


@pytest.mark.parametrize("by_other", [False, True])
def test_rows_like_those_outranked_are_listed_again_once_the_rows_that_outranked_them_go(
        tmp_path: Path, lowered: None, by_other: bool) -> None:
    """The writer notes what outranked a row (``ranked._outranked``'s bars) and skips the
    rows like it; once most of the index is taken out (by this writer, or by another
    connection), rows like them are listed again and the lists answer as full ranking
    does."""
    db, rng = filled(tmp_path, 300, 5)
    assert any(ranked._bars(db).values())
    other = writer(tmp_path) if by_other else db
    for n in range(290):
        search.forget(other, f"http://example.org/graph/a{n}")
    other.commit()
    for n in range(300, 340):
        search.update(db, *article(n, rng))
    db.commit()
    used = same_as_full(tmp_path, [("seized", {}), ("fallen", {"limit": 5}),
                                   ("seized", {"kind": "statement", "limit": 12}),
                                   ('"seized fallen"', {"limit": 12}), ("brindle", {})])
    assert used["top"] >= 3
    other.close()
    db.close()


def lists(db: sqlite3.Connection) -> tuple[list, list]:
    return (db.execute("SELECT * FROM search.ranked ORDER BY term, row").fetchall(),
            db.execute("SELECT * FROM search.word ORDER BY term").fetchall())


def test_bars_set_in_a_transaction_rolled_back_are_not_used(
        tmp_path: Path, lowered: None) -> None:
    """The bars the writer keeps in memory rest on the rows listed when they were set:
    once a transaction that added rows is rolled back, the lists the writer makes are
    those of a writer that never added them."""
    made = []
    for root, rolled_back in ((tmp_path / "a", True), (tmp_path / "b", False)):
        root.mkdir()
        db, _ = filled(root, 40, 3)
        if rolled_back:
            rng = random.Random(4)
            for n in range(40, 240):
                search.update(db, *article(n, rng))
            assert any(ranked._bars(db).values())
            db.rollback()
        rng = random.Random(5)
        for n in range(40, 140):
            search.update(db, *article(n, rng))
        db.commit()
        made.append(lists(db))
        db.close()
    assert made[0] == made[1]
    same_as_full(tmp_path / "a")


def test_several_words_from_the_lists_are_full_ranking_through_adds_changes_and_removes(
        tmp_path: Path, lowered: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranked, "FEW", 5)  # more matches than FEW: the lists' threshold
    monkeypatch.setattr(ranked, "LONGEST", 4)
    db, rng = filled(tmp_path, 300, 17)
    assert same_as_full(tmp_path, SEVERAL)["several"] >= 6
    assert five_counted(db) >= 2
    for n in range(0, 300, 5):  # removed
        search.forget(db, f"http://example.org/graph/a{n}")
    for n in range(2, 300, 7):  # changed
        search.update(db, *article(n, rng, salt="c"))
    db.commit()
    assert same_as_full(tmp_path, SEVERAL)["several"] >= 6
    assert five_counted(db) >= 2
    for n in range(300, 400):  # added
        search.update(db, *article(n, rng))
    db.commit()
    assert same_as_full(tmp_path, SEVERAL)["several"] >= 6
    assert five_counted(db) >= 2
    db.close()


def test_a_phrase_longer_than_those_counted_before_takes_its_count_from_the_index(
        tmp_path: Path, lowered: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A phrase of ``LONGEST`` + 2 tokens (six here) whose phrases of five are frequent
    is counted as rows come and go, so a search of it is scored from the lists without
    FTS5 counting its rows (which reads every row of its words); the same hits as full
    ranking, through removals and additions."""
    monkeypatch.setattr(ranked, "FEW", 5)
    monkeypatch.setattr(ranked, "LONGEST", 4)
    db, rng = filled(tmp_path, 300, 17)
    searches = [(f'"{SET_PHRASE}"', {"kind": "statement", "limit": 3}),
                (f'"{SET_PHRASE}" seized', {"limit": 2})]
    for step in range(3):
        if step == 1:
            for n in range(0, 300, 4):
                search.forget(db, f"http://example.org/graph/a{n}")
        if step == 2:
            for n in range(300, 380):
                search.update(db, *article(n, rng))
        db.commit()
        five_counted(db)
        USED.update(dict.fromkeys(USED, 0))
        statements: list[str] = []
        with SearchIndex(tmp_path) as index:
            index.db.set_trace_callback(statements.append)
            got = [index.search(words, **kw).hits for words, kw in searches]
            index.db.set_trace_callback(None)
            assert got == [full(index, words, **kw) for words, kw in searches]
        assert USED["several"] >= 1, USED
        assert not [s for s in statements if "count(*) FROM search.hit WHERE hit MATCH" in s]
    db.close()


def test_an_index_of_version_5_gains_phrases_counted_on_as_rows_come(
        tmp_path: Path, lowered: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """An index of ``VERSION`` 5 (its phrases counted up to ``LONGEST`` + 1, none counted
    on) is taken as it is by a writer, without a build: searches stay full ranking's,
    and a frequent phrase of ``LONGEST`` + 1 is counted on once rows that hold it come,
    its longer phrases counted exactly from then on."""
    monkeypatch.setattr(ranked, "FEW", 5)
    monkeypatch.setattr(ranked, "LONGEST", 4)
    db, rng = filled(tmp_path, 300, 17)
    db.execute("DELETE FROM search.word WHERE length(term) - length(replace(term, ' ', '')) "
               "> ?", (ranked.LONGEST,))  # as version 5 counted them: up to LONGEST + 1
    db.execute("UPDATE search.word SET ranked = 0 WHERE ranked = ?", (ranked.COUNTED,))
    db.execute("UPDATE search.meta SET value = '5' WHERE key = 'ranked'")
    db.commit()
    db.close()
    built = []
    build = ranked.build
    monkeypatch.setattr(ranked, "build", lambda db: built.append(1) or build(db))
    db = writer(tmp_path)
    assert not built and db.execute("SELECT value FROM search.meta WHERE key = 'ranked'"
                                    ).fetchone() == (ranked.VERSION,)
    same_as_full(tmp_path, SEVERAL)
    for n in range(300, 360):
        search.update(db, *article(n, rng))
    db.commit()
    assert five_counted(db) >= 2  # phrases of six counted on the fives counted on
    same_as_full(tmp_path, SEVERAL)
    db.close()


def five_counted(db: sqlite3.Connection) -> int:
    """Check the rows counted of each phrase longer than ``LONGEST`` (four here) whose
    two phrases one token shorter are ranked or counted on (``ranked.COUNTED``) against
    each row's tokens (``several`` takes them rather than FTS5's count), and that none
    has a list; returns how many phrases of five the index holds, and checks that phrases
    of six are counted too once their phrases of five are frequent."""
    rows = [r for (r,) in db.execute("SELECT rowid FROM search.hit")]
    tokens = ranked._indexed(db, rows).values()
    flags = dict(db.execute("SELECT term, ranked FROM search.word"))
    held: dict[int, int] = {}
    n = ranked.LONGEST + 1
    while True:
        shorter = {t for t, f in flags.items() if f and "&" not in t and "*" not in t
                   and t.count(" ") == n - 2}
        counts = dict(db.execute("SELECT term, docs FROM search.word WHERE "
                                 "length(term) - length(replace(term, ' ', '')) = ?", (n - 1,)))
        found: dict[str, int] = {}
        for t in tokens:
            for k in t.grams(n, shorter):
                found[k] = found.get(k, 0) + 1
        assert {k: c for k, c in counts.items() if c} == found, n
        assert {flags[k] for k in found} <= {0, ranked.COUNTED}, n  # never listed
        held[n] = len(found)
        if not found:
            break
        n += 1
    assert not db.execute("SELECT count(*) FROM search.ranked WHERE length(term) - "
                          "length(replace(term, ' ', '')) >= ?", (ranked.LONGEST,)).fetchone()[0]
    assert held.get(ranked.LONGEST + 2, 0) >= 1, held  # phrases of six, counted on fives
    return held[ranked.LONGEST + 1]


def tied(n: int) -> tuple[str, Facts]:
    """An invented article whose one statement is word for word every other's: its rows
    tie on every search, and come in the order of their nodes."""
    graph, a = f"http://example.org/graph/t{n}", f"http://example.org/article/t{n}"
    s, ev = f"{a}#s0", f"{a}#ev0"
    return graph, Facts([
        (a, TYPE, search._ARTICLE), (a, search._IDENTIFIER, f"t{n}"), (a, search._HASH, f"t{n}"),
        (a, f"{SCHEMA}headline", "hennet grolle"), (s, TYPE, f"{NKG}Statement"),
        (s, f"{NKG}content", "tolven quarry brindle"), (s, f"{NKG}evidence", ev),
        (ev, f"{NKG}anchorOf", "ellow said the tolven quarry brindle had fallen")])


TIED = [("tolven quarry brindle", {"limit": 5}), ('"tolven quarry" brindle ellow', {"limit": 9}),
        ('"ellow said the tolven quarry brindle had"', {"limit": 4}),  # seven words
        ('"said the tolven quarry brindle had fallen" ellow', {"kind": "statement", "limit": 6}),
        ("fallen brindle said", {"kind": "statement", "limit": 12}),
        ('"had fallen" quarry', {"limit": 3, "offset": 4}), ("hennet grolle", {"limit": 7})]


def test_rows_that_tie_on_several_words_come_in_node_order_from_the_lists(
        tmp_path: Path, lowered: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranked, "FEW", 5)
    db = writer(tmp_path)
    order = random.Random(6).sample(range(400), 160)  # nodes added out of their order
    for n in order:
        search.update(db, *tied(n))
    db.commit()
    assert same_as_full(tmp_path, TIED)["several"] >= 5
    for n in order[::3]:  # removed: the first hits among them
        search.forget(db, f"http://example.org/graph/t{n}")
    db.commit()
    assert same_as_full(tmp_path, TIED)["several"] >= 5
    for n in range(400, 440):  # added
        search.update(db, *tied(n))
    db.commit()
    assert same_as_full(tmp_path, TIED)["several"] >= 5
    db.close()


def test_removing_the_best_row_lists_the_next(tmp_path: Path, lowered: None) -> None:
    db, _ = filled(tmp_path, 120, 5)
    with SearchIndex(tmp_path) as index:
        first = index.search("seized", limit=1).hits[0]
    graph = db.execute("SELECT graph FROM search.entry WHERE node = ?", (first.node,)).fetchone()[0]
    search.forget(db, graph)  # the best row gone: the next are listed again
    db.commit()
    same_as_full(tmp_path)
    with SearchIndex(tmp_path) as index:
        assert first.node not in {h.node for h in index.search("seized", limit=12).hits}
    db.close()


def needed(listed: list[tuple], freq: ranked.Freqs, size: int, node: str, row: int, kind: str,
           depth: int) -> bool:
    """Whether a row belongs in a list that holds ``listed`` (freqs, size, node, row,
    kind): no row of its node, nor rows of ``depth`` other nodes of its kind, listed
    dominate it (``kg.ranked``'s docstring; what ``ranked._outranked`` asks SQLite)."""
    others: set[str] = set()
    for f, d, n, r, k in listed:
        if ranked._dominates((f, d), (freq, size)) and (
                f != freq or d < size or (n, r) < (node, row)):
            if n == node:
                return False
            if k == kind:
                others.add(n)
                if len(others) >= depth:
                    return False
    return True


def slack_holds(db: sqlite3.Connection) -> dict[str, int]:
    """Check every ranked key's list against every row of the index that holds it (read
    from FTS5's lists): each listed row with its counts, length, kind and node as the
    index has them; each row left out dominated by a listed row of its own node, or by
    listed rows of ``DEPTH`` and the list's slack other nodes of its kind. Returns each
    key's slack left."""
    entries = {row: (kind, node) for row, kind, node in db.execute(
        "SELECT rowid, kind, node FROM search.entry")}
    sizes = ranked._sizes(db)
    left = dict(db.execute("SELECT term, slack FROM search.word WHERE ranked = 1"))
    for k, slack in left.items():
        listed = [((f, f2), d, n, r, kind) for f, f2, d, n, r, kind in db.execute(
            "SELECT freq, freq2, size, node, row, kind FROM search.ranked WHERE term = ?", (k,))]
        freqs = ranked._freqs(db, k)
        assert {r: (f, d, (t, n)) for f, d, n, r, t in listed} == {
            r: (freqs[r], sizes[r], entries[r]) for _, _, _, r, _ in listed}, k
        rows = {r for _, _, _, r, _ in listed}
        for row, freq in freqs.items():
            if row not in rows:
                kind, node = entries[row]
                assert not needed(listed, freq, sizes[row], node, row, kind,
                                  ranked.DEPTH + slack), (k, row)
    return left


def test_taking_rows_out_spends_a_lists_slack_before_making_it_again(
        tmp_path: Path, lowered: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A list keeps rows outranked by up to ``DEPTH + SLACK`` other nodes; each node it
    loses that no rows left outrank takes one from its slack, and the rows that node
    still has are looked at again (an entity's rows of other articles); once the slack
    is spent the list is made again from the index. The more slack, the fewer lists made
    again for the same articles taken out; searches stay full ranking's."""
    made_again = []
    for slack in (0, 3, 40):
        monkeypatch.setattr(ranked, "SLACK", slack)
        root = tmp_path / str(slack)
        root.mkdir()
        db, rng = filled(root, 240, 13)
        assert set(slack_holds(db).values()) == {slack}
        made, relisted = [], []
        rank, relist = ranked._rank, ranked._relisted
        monkeypatch.setattr(ranked, "_rank", lambda db, k, *a, rank=rank, made=made: (
            a or made.append(k)) and 0 or rank(db, k, *a))  # not a key ranked anew (_promote)
        monkeypatch.setattr(ranked, "_relisted", lambda db, nodes, relist=relist,
                            relisted=relisted: relisted.extend(
                                (k, kind) for (_, kind), keys in nodes.items() for k in keys)
                            or relist(db, nodes))
        for n in range(0, 240, 3):  # taken out one by one
            search.forget(db, f"http://example.org/graph/a{n}")
            if n % 30 == 0:
                slack_holds(db)
        for n in range(1, 240, 11):  # changed
            search.update(db, *article(n, rng, salt="d"))
        db.commit()
        monkeypatch.setattr(ranked, "_rank", rank)
        monkeypatch.setattr(ranked, "_relisted", relist)
        left = slack_holds(db)
        if slack:
            assert {kind for _, kind in relisted} >= {"entity", "statement"}
            assert any(v < slack for v in left.values())
        else:
            assert not relisted
        made_again.append(len(made))
        same_as_full(root)
        for n in range(240, 300):  # added after: each list's rows checked against its slack
            search.update(db, *article(n, rng))
        db.commit()
        slack_holds(db)
        same_as_full(root, [*SEARCHES[:12], *SEVERAL[:6]])
        db.close()
    assert made_again[0] > made_again[1] > made_again[2], made_again


def test_a_page_within_a_lists_slack_comes_from_the_list(tmp_path: Path, lowered: None
                                                        ) -> None:
    """A list holds every node outranked by fewer than ``DEPTH`` + its slack other nodes
    (what is left of it: taking rows out spends it), so a page that ends there is proven
    from it: past ``DEPTH`` while the slack lasts, with the hits full ranking gives;
    past what is left, ranked in full."""
    db, _ = filled(tmp_path, 300, 11)
    deeper = [("seized", {"limit": 15}), ("fallen", {"offset": 10, "limit": 5}),
              ('"seized fallen"', {"limit": 14}), ("seized fallen", {"limit": 13}),
              ("brindle", {"kind": "statement", "limit": 15}), ("fal*", {"limit": 14}),
              ("1*", {"limit": 15}), ("seized fallen brindle", {"limit": 14})]
    depth = ranked.DEPTH + ranked.SLACK
    assert all(kw.get("offset", 0) + kw["limit"] > ranked.DEPTH for _, kw in deeper)
    used = same_as_full(tmp_path, deeper)
    assert used["top"] >= 5 and used["prefix"] >= 1
    with SearchIndex(tmp_path) as index:  # FTS5 would score these few matches in full
        assert ranked.top(index.db, ["seiz"], None, depth) is not None
        assert ranked.top(index.db, ["seiz"], None, depth + 1) is None
    for n in range(0, 300, 4):  # removed: the slack spent, in part or whole
        search.forget(db, f"http://example.org/graph/a{n}")
    db.commit()
    left = db.execute("SELECT slack FROM search.word WHERE term = 'seiz'").fetchone()[0]
    with SearchIndex(tmp_path) as index:
        assert ranked.top(index.db, ["seiz"], None, ranked.DEPTH + left) is not None
        assert ranked.top(index.db, ["seiz"], None, ranked.DEPTH + left + 1) is None
    same_as_full(tmp_path, deeper)
    db.close()


def test_lists_of_version_4_are_lists_without_slack(tmp_path: Path, lowered: None) -> None:
    """An index whose lists were made before the slack (``VERSION`` 4: no column
    ``slack``) is searched from them as it is, and a writer that attaches it takes them
    as lists with no slack left, without making them again."""
    db, _ = filled(tmp_path, 100, 8)
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(ranked, "SLACK", 0)
    ranked.build(db)  # lists of VERSION 4: outranked by DEPTH nodes, no slack
    monkeypatch.undo()
    before = lists(db)
    db.execute("CREATE TABLE search.old AS SELECT term, docs, ranked FROM search.word")
    db.execute("DROP TABLE search.word")
    db.execute("CREATE TABLE search.word (term TEXT PRIMARY KEY, docs INTEGER NOT NULL, "
               "ranked INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID")
    db.execute("INSERT INTO search.word SELECT * FROM search.old")
    db.execute("DROP TABLE search.old")
    db.execute("UPDATE search.meta SET value = '4' WHERE key = 'ranked'")
    db.commit()
    db.close()
    USED.update(dict.fromkeys(USED, 0))
    with SearchIndex(tmp_path) as index:  # a reader: from the lists
        assert index.search("seized", limit=5).hits == full(index, "seized", limit=5)
    assert USED["top"] == 1
    built = []
    monkeypatch.setattr(ranked, "build", lambda db: built.append(1))
    db = writer(tmp_path)
    monkeypatch.undo()
    assert not built and ranked.ready(db)
    assert db.execute("SELECT value FROM search.meta WHERE key = 'ranked'").fetchone() == (
        ranked.VERSION,)
    assert lists(db) == before and set(slack_holds(db).values()) == {0}
    for n in range(0, 100, 7):
        search.forget(db, f"http://example.org/graph/a{n}")
    db.commit()
    slack_holds(db)
    same_as_full(tmp_path)
    db.close()


def test_scores_are_fts5s_own(tmp_path: Path, lowered: None) -> None:
    db, _ = filled(tmp_path, 80, 3)
    rows, tokens = ranked._averages(db)
    docs = db.execute("SELECT docs FROM search.word WHERE term = 'seiz'").fetchone()[0]
    listed = {row: (freq, size) for row, freq, size in db.execute(
        "SELECT row, freq, size FROM search.ranked WHERE term = 'seiz'")}
    bm25 = dict(db.execute("SELECT rowid, bm25(hit, 2.0, 1.0) FROM search.hit "
                           "WHERE hit MATCH 'seized'"))
    assert docs == len(bm25) and listed
    for row, (freq, size) in listed.items():
        assert ranked.score([(freq, docs)], size, rows, tokens) == bm25[row]
    db.close()


def test_an_index_without_the_lists_is_given_them_by_the_next_writer(
        tmp_path: Path, lowered: None) -> None:
    db, _ = filled(tmp_path, 100, 8)
    used = same_as_full(tmp_path)
    db.execute("DROP TABLE search.ranked")
    db.execute("DROP TABLE search.word")
    db.execute("DELETE FROM search.meta WHERE key = 'ranked'")
    db.commit()
    db.close()
    with SearchIndex(tmp_path) as index:  # a reader: full ranking, same hits
        assert index._ranked('"seized"', None, 5) is None
        assert index.search("seized", limit=5).hits
    db = writer(tmp_path)  # a writer attaches it: the lists are made
    assert ranked.ready(db)
    db.close()
    assert same_as_full(tmp_path) == used and used["top"] > 5


def test_what_the_lists_do_not_answer_is_ranked_by_fts5(
        tmp_path: Path, lowered: None, monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = filled(tmp_path, 60, 2)
    db.close()
    with SearchIndex(tmp_path) as index:
        assert index._ranked(match_expression('"Varek Osp"'), None, 5) is not None
        for words in ('"seized fallen brindle"', "seized fallen brindle", "Osp 3"):  # few
            assert index._ranked(match_expression(words), None, 5) is not None, words
        monkeypatch.setattr(ranked, "FEW", 3)  # more matches than FEW: FTS5 ranks them all
        for words in ("seized fallen brindle corvat", "seiz* fallen", "fallow*"):
            assert index._ranked(match_expression(words), None, 5) is None, words
        # three words: the lists' threshold stops for the first five hits, not for twelve
        assert index._ranked(match_expression("seized fallen brindle"), None, 5) is not None
        assert index._ranked(match_expression("seized fallen brindle"), None, 12) is None
        for words in ("seized fallen", "fallen seized"):  # two frequent words: their list
            assert index._ranked(match_expression(words), None, 5) is not None, words


def test_lists_of_the_first_version_are_made_again_by_the_next_writer(
        tmp_path: Path, lowered: None) -> None:
    db, _ = filled(tmp_path, 100, 8)
    used = same_as_full(tmp_path)
    db.execute("DROP TABLE search.ranked")  # the first layout: no freq2, no pairs
    db.execute("CREATE TABLE search.ranked (term TEXT NOT NULL, row INTEGER NOT NULL, kind TEXT "
               "NOT NULL, freq REAL NOT NULL, size INTEGER NOT NULL, node TEXT NOT NULL, "
               "PRIMARY KEY (term, row)) WITHOUT ROWID")
    db.execute("UPDATE search.meta SET value = '1' WHERE key = 'ranked'")
    db.commit()
    db.close()
    with SearchIndex(tmp_path) as index:  # a reader: full ranking, same hits
        assert index._ranked(match_expression("seized fallen"), None, 5) is None
    db = writer(tmp_path)  # a writer attaches it: the column added, the lists made
    assert ranked.ready(db)
    db.close()
    assert same_as_full(tmp_path) == used


def test_a_prefix_of_two_ranked_words_whose_pair_is_rare_scores_the_rows_of_both(
        tmp_path: Path, lowered: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranked, "PREFIXES", 0)  # no prefix ranked as a key of its own
    db, _ = filled(tmp_path, 300, 4)
    pair = "fallen&fassick"
    assert db.execute("SELECT ranked FROM search.word WHERE term = ?", (pair,)).fetchone() == (1,)
    db.execute("UPDATE search.word SET ranked = 0 WHERE term = ?", (pair,))  # as if rare:
    db.execute("DELETE FROM search.ranked WHERE term = ?", (pair,))  # no list of it
    db.commit()
    db.close()
    USED.update(dict.fromkeys(USED, 0))
    with SearchIndex(tmp_path) as index:
        searches = [("fa*", {"limit": 12}), *(("f*", {"kind": k, "limit": 12}) for k in
                                               ("statement", "article"))]
        for words, kw in searches:
            got = index.search(words, **kw).hits
            assert got and got == full(index, words, **kw), (words, kw)
    assert USED["prefix"] == len(searches)


def brute(db: sqlite3.Connection, key: str) -> dict[int, tuple[float, float]]:
    """The weighted counts of ``key`` in every row of the index, from each row's tokens."""
    rows = [r for (r,) in db.execute("SELECT rowid FROM search.hit")]
    out = {}
    for row, t in ranked._indexed(db, rows).items():
        if key.endswith("*"):
            if found := sum(f for w, f in t.freqs.items() if w.startswith(key[:-1])):
                out[row] = (found, 0.0)
        elif "&" in key:
            a, b = key.split("&")
            if a in t.freqs and b in t.freqs:
                out[row] = (t.freqs[a], t.freqs[b])
        elif found := ranked._occurrences(t, key.split(" ")):
            out[row] = (found, 0.0)
    return out


@pytest.mark.parametrize("held", [1, 500])
def test_a_keys_counts_are_the_same_read_word_by_word_in_batches_or_from_the_rows_tokens(
        tmp_path: Path, lowered: None, monkeypatch: pytest.MonkeyPatch, held: int) -> None:
    """A key's rows and counts read from FTS5's lists a word at a time for a batch of keys
    (``_freqs_of``: one key a batch, or many) are those of each row's tokens, phrases
    with a word twice among them; and the lists the writer makes as keys become frequent
    are the same whether it counts a cascade's keys from the rows it has just read
    (``_found``) or from FTS5's lists."""
    monkeypatch.setattr(ranked, "_HELD", held)
    monkeypatch.setattr(ranked, "_KEPT", 0)  # every key counted from FTS5's lists
    db, _ = filled(tmp_path, 150, 6)
    lists = sorted(db.execute("SELECT * FROM search.ranked"))
    words = sorted(db.execute("SELECT * FROM search.word"))
    keys = [t for (t,) in db.execute("SELECT term FROM search.word WHERE ranked = 1")]
    keys += ["fallen fallen", "seiz seiz", "seiz fallen seiz", "fallen&seiz"]
    assert sum("&" in k for k in keys) > 10 and sum(k.count(" ") >= 2 for k in keys) > 10
    assert {"s*", "se*", "sei*", "1*"} <= set(keys)
    for k, freqs in ranked._freqs_of(db, keys):
        assert freqs == brute(db, k), k
    assert brute(db, "fallen fallen") and brute(db, "seiz fallen seiz")
    db.close()
    (tmp_path / search.SEARCH_FILE).unlink()
    monkeypatch.setattr(ranked, "_KEPT", 10**9)  # a cascade's keys from the rows' tokens
    again, _ = filled(tmp_path, 150, 6)
    assert sorted(again.execute("SELECT * FROM search.ranked")) == lists
    assert sorted(again.execute("SELECT * FROM search.word")) == words
    again.close()


def prefixes_answered(root: Path, searches: list) -> None:
    """Each search of ``searches`` (a prefix alone) is answered by ``prefix`` with the
    hits full ranking gives."""
    USED.update(dict.fromkeys(USED, 0))
    with SearchIndex(root) as index:
        for words, kw in searches:
            got = index.search(words, **kw).hits
            assert got and got == full(index, words, **kw), (words, kw)
    assert USED["prefix"] == len(searches)


def churned(db: sqlite3.Connection, rng: random.Random, articles: int) -> None:
    """Of the ``articles`` filled in, every third taken out and every seventh changed;
    60 more added; committed."""
    for n in range(0, articles, 3):
        search.forget(db, f"http://example.org/graph/a{n}")
    for n in range(1, articles, 7):
        search.update(db, *article(n, rng, salt="c"))
    for n in range(articles, articles + 60):
        search.update(db, *article(n, rng))
    db.commit()


def prefix_counts(db: sqlite3.Connection) -> dict[str, int]:
    return dict(db.execute("SELECT term, docs FROM search.word WHERE instr(term, '*') > 0 "
                           "AND docs > 0"))


def test_a_short_prefix_is_ranked_as_a_key_of_its_own_through_adds_changes_and_removes(
        tmp_path: Path, lowered: None) -> None:
    """A prefix of ``PREFIXES`` characters or fewer (``1*``: 1, 10, 11 … of the names,
    several of them ranked, more than the words' lists can answer for; ``f*``: fallen,
    fassick and rare words) has a list of its own, counted as articles come and go: its
    searches are answered from it, with the hits full ranking gives, and its counts are
    those ``build`` makes from the index."""
    db, rng = filled(tmp_path, 300, 7)
    searches = [("s*", {"limit": 12}), ("s*", {"kind": "statement", "offset": 3, "limit": 9}),
                ("se*", {"kind": "article", "limit": 5}), ("f*", {"limit": 12}),
                ("fa*", {"limit": 7}), ("1*", {"limit": 4}),
                ("1*", {"kind": "entity", "limit": 12}), ("sei*", {"limit": 12}),
                ("Sé*", {"limit": 3}), ("F*", {"kind": "article", "limit": 10})]

    listed = {k for (k,) in db.execute("SELECT term FROM search.word WHERE ranked = 1 AND "
                                       "instr(term, '*') > 0")}
    assert {"s*", "se*", "sei*", "f*", "fa*", "v*", "1*", "o*"} <= listed
    assert not {k for k in listed if len(k) > ranked.PREFIXES + 1}
    assert sum(listed for _, listed in ranked._expanded(db, "1").values()) > 2
    prefixes_answered(tmp_path, searches)
    churned(db, rng, 300)
    prefixes_answered(tmp_path, searches)
    counts = prefix_counts(db)
    ranked.build(db)
    db.commit()
    assert prefix_counts(db) == counts
    rows = [r for (r,) in db.execute("SELECT rowid FROM search.hit")]
    tokens = ranked._indexed(db, rows).values()
    assert counts["s*"] == sum(any(w.startswith("s") for w in t.freqs) for t in tokens)
    prefixes_answered(tmp_path, searches)
    db.close()


def test_a_longer_prefix_of_many_ranked_words_is_ranked_as_a_key_of_its_own(
        tmp_path: Path, lowered: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A prefix longer than ``PREFIXES`` characters that stands for ``STANDING`` ranked
    words (``marn*``: three invented words that begin with it, more than the words'
    lists can answer for) is given a list of its own once the third is ranked, counted
    as articles come and go: its searches are answered from it with the hits full
    ranking gives, and its counts are those ``build`` makes from the index. An index of
    ``VERSION`` 6, which has no such list, is given it by the next writer."""
    monkeypatch.setitem(globals(), "WORDS", (*WORDS, "marnik", "marnol", "marnux"))
    db, rng = filled(tmp_path, 200, 5)
    assert ranked._longer(db) == {"marn*"}  # marni*, marno*: one ranked word each
    assert db.execute("SELECT ranked FROM search.word WHERE term = 'marn*'").fetchone() == (1,)
    searches = [("marn*", {"limit": 12}), ("marn*", {"kind": "statement", "offset": 3,
                                                     "limit": 9}),
                ("Marn*", {"kind": "article", "limit": 5})]

    prefixes_answered(tmp_path, searches)
    churned(db, rng, 200)
    prefixes_answered(tmp_path, searches)
    kept = prefix_counts(db)
    rows = [r for (r,) in db.execute("SELECT rowid FROM search.hit")]
    tokens = ranked._indexed(db, rows).values()
    assert kept["marn*"] == sum(any(w.startswith("marn") for w in t.freqs) for t in tokens)
    ranked.build(db)
    db.commit()
    assert prefix_counts(db) == kept and ranked._longer(db) == {"marn*"}
    listed = db.execute("SELECT row, freq, size FROM search.ranked WHERE term = 'marn*' "
                        "ORDER BY row").fetchall()
    db.execute("DELETE FROM search.ranked WHERE term = 'marn*'")  # as a writer of 6 left it
    db.execute("DELETE FROM search.word WHERE term = 'marn*'")
    db.execute("DELETE FROM search.meta WHERE key = 'prefixes'")
    db.execute("UPDATE search.meta SET value = '6' WHERE key = 'ranked'")
    db.commit()
    db.close()
    with SearchIndex(tmp_path) as index:  # a reader: ranked in full, the same hits
        assert index._ranked(match_expression("marn*"), None, 5) is None
    db = writer(tmp_path)  # a writer: the list is made
    assert prefix_counts(db) == kept and ranked._longer(db) == {"marn*"}
    assert db.execute("SELECT row, freq, size FROM search.ranked WHERE term = 'marn*' "
                      "ORDER BY row").fetchall() == listed
    prefixes_answered(tmp_path, searches)
    db.close()
