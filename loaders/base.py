"""What every loader shares: the loader signature and how it reports a rejected input.

A loader reads one opened input and yields ``Article`` records, nothing else. An
input that cannot become an article is handed to ``on_reject`` and skipped; it
never stops the corpus.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import IO, Protocol

from kg.records import Article, Rejection

log = logging.getLogger("loaders")

RejectHandler = Callable[[Rejection], None]
#: Characters of raw input kept in a ``Rejection`` snippet.
SNIPPET_CHARS = 200


class Loader(Protocol):
    """Reads one opened input (a file or standard input) named ``source``."""

    def __call__(
        self,
        stream: IO[bytes] | IO[str],
        *,
        source: str,
        on_reject: RejectHandler,
        max_chars: int,
    ) -> Iterator[Article]: ...


def log_rejection(rejection: Rejection) -> None:
    """The default ``on_reject``: a warning in the log."""
    where = f"{rejection.source}, {rejection.position}" if rejection.position else rejection.source
    log.warning("skipped %s: %s", where, rejection.reason)


def snippet(raw: str | bytes) -> str:
    """The first characters of raw input, for a rejection record."""
    if isinstance(raw, bytes):
        raw = raw[: SNIPPET_CHARS * 4].decode("utf-8", errors="replace")
    return raw[:SNIPPET_CHARS]


def decode(raw: bytes | str, *, where: str) -> str:
    """UTF-8 text of raw input; invalid bytes become U+FFFD, with a warning."""
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        log.warning(
            "%s: invalid UTF-8 (%s); undecodable bytes replaced by U+FFFD", where, exc.reason
        )
        return raw.decode("utf-8", errors="replace")
