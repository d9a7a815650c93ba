"""``search.ordered`` (the pages of claims-about and statements-by read in order from
the index) kept in step article by article: the same rows as made whole from the
items (``order_all``) through adds, changes and removals, and what keeping it costs an
article does not grow with the items of the entities the article names.

The articles are invented: statements by one of a few speakers, one of them in every
article, about an event at one of a few places.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from kg import search
from kg.search import Facts
from kg.vocab import NKG, SCHEMA

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
EVERYWHERE = "http://example.org/person/everywhere"  # speaks in every article


def article(n: int, rng: random.Random, salt: str = "") -> tuple[str, Facts]:
    graph, a = f"http://example.org/graph/o{n}", f"http://example.org/article/o{n}"
    triples = [(a, TYPE, search._ARTICLE), (a, search._IDENTIFIER, f"o{n}"),
               (a, search._HASH, f"h{n}{salt}"), (a, f"{SCHEMA}headline", f"Report {n}"),
               (a, f"{SCHEMA}datePublished", f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")]
    for i in range(rng.randint(1, 3)):
        s, ev = f"{a}#s{i}", f"{a}#ev{i}"
        who = EVERYWHERE if i == 0 else f"http://example.org/person/p{rng.randrange(4)}"
        place = f"http://example.org/place/l{rng.randrange(3)}"
        triples += [(s, TYPE, f"{NKG}Statement"), (s, f"{NKG}speaker", who),
                    (who, LABEL, f"Speaker {who[-2:]}"), (s, DERIVED, a),
                    (s, f"{NKG}content", f"the bridge {rng.choice(['held', 'fell'])} {salt}"),
                    (s, f"{NKG}proposition", ev), (ev, TYPE, f"{NKG}Event"),
                    (ev, f"{NKG}place", place), (place, LABEL, f"Place {place[-1]}")]
        if rng.random() < 0.7:
            triples.append((s, f"{NKG}date", f"2025-0{rng.randint(1, 9)}-0{rng.randint(1, 9)}"))
    return graph, Facts(triples)


def writer(root: Path) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    search.attach(db, root)
    return db


def in_step(db: sqlite3.Connection) -> list[tuple]:
    kept = sorted(db.execute("SELECT * FROM search.ordered"))
    assert kept
    db.execute("SAVEPOINT whole")
    search.order_all(db)
    made = sorted(db.execute("SELECT * FROM search.ordered"))
    db.execute("ROLLBACK TO whole")
    db.execute("RELEASE whole")
    assert kept == made
    return kept


def test_the_ordered_rows_kept_article_by_article_are_those_made_whole(tmp_path: Path) -> None:
    rng = random.Random(7)
    db = writer(tmp_path)
    for n in range(60):
        search.update(db, *article(n, rng))
    db.commit()
    first = in_step(db)
    for n in range(0, 60, 4):  # changed: other contents and dates
        search.update(db, *article(n, rng, salt="again"))
    db.commit()
    assert in_step(db) != first
    for n in range(1, 60, 5):
        search.forget(db, f"http://example.org/graph/o{n}")
    db.commit()
    in_step(db)
    for n in range(60, 80):
        search.update(db, *article(n, rng))
    db.commit()
    in_step(db)
    db.close()


def test_keeping_the_order_of_an_article_costs_the_same_whatever_its_speaker_said_before(
        tmp_path: Path) -> None:
    """SQLite's steps to make an article's ordered rows again, with the speaker of all
    articles in 20 of them and in 400."""
    def steps(articles: int) -> int:
        root = tmp_path / str(articles)
        root.mkdir()
        rng = random.Random(3)
        db = writer(root)
        for n in range(articles):
            search.update(db, *article(n, rng))
        graph, facts = article(articles, rng, salt="new")
        search.update(db, graph, facts)
        db.commit()
        pairs = search._touched(db, graph)
        assert (EVERYWHERE, f"http://example.org/article/o{articles}#s0") in pairs
        counted = [0]

        def count() -> int:
            counted[0] += 1
            return 0

        db.set_progress_handler(count, 1)
        search._reorder(db, pairs, search._ordered(db, pairs))
        db.set_progress_handler(None, 1)
        db.commit()
        in_step(db)
        db.close()
        return counted[0]

    few, many = steps(20), steps(400)
    assert many <= few * 1.2, (few, many)
