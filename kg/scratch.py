"""``Scratch``: a private temporary SQLite database, what the build's ``Ledger``
(``kg.pipeline``) and ``EntityIndex`` (``kg.identity``) keep their tables in.

On disk (SQLite's ``""`` database: a file of its own, deleted when closed), without a
journal or syncs (nothing in it outlives the build), with a page cache of
``CACHE_KB``: so a build's memory does not grow with the store, and each lookup is a
search by primary key.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterable
from typing import Self

#: SQLite's page cache of each scratch database, in KB.
CACHE_KB = 4000
#: Rows written in one transaction by ``fill``.
CHUNK = 10_000


class Scratch:
    """A temporary SQLite database with the tables ``TABLES`` (``CREATE TABLE`` statements)."""

    TABLES: tuple[str, ...] = ()

    def __init__(self) -> None:
        self._db = sqlite3.connect("", isolation_level=None)  # "": temporary, on disk
        for pragma in ("journal_mode = OFF", "synchronous = OFF", f"cache_size = -{CACHE_KB}"):
            self._db.execute(f"PRAGMA {pragma}")
        for table in self.TABLES:
            self._db.execute(table)

    def fill(self, rows: Iterable[tuple], add: Callable[..., None]) -> None:
        """``add(*row)`` for each of ``rows`` (streamed), ``CHUNK`` to a transaction."""
        rows = iter(rows)
        while chunk := list(itertools.islice(rows, CHUNK)):
            self._db.execute("BEGIN")
            for row in chunk:
                add(*row)
            self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
