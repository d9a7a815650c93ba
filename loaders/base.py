"""What every loader shares: the loader signature, its options, and the checks every
article passes before it leaves a loader.

A loader reads one opened input and yields ``Article`` records, nothing else. An
input that cannot become an article is handed to ``on_reject`` and skipped; it
never stops the corpus. Every loader ends with ``admit``, so the rules on size and
language are the same whatever the format.
"""

from __future__ import annotations

import codecs
import dataclasses
import io
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Protocol

from kg.iri import valid_text
from kg.records import Article, Rejection
from loaders.language import language_problem

log = logging.getLogger("loaders")

RejectHandler = Callable[[Rejection], None]
#: Characters of raw input kept in a ``Rejection`` snippet.
SNIPPET_CHARS = 200
#: Characters of article text newskg reads by default; a longer article is rejected.
DEFAULT_MAX_CHARS = 1_000_000
#: Bytes inspected for NUL characters to tell a binary file from text.
BINARY_PROBE = 8192
#: Bytes read at a time by the streaming readers.
CHUNK = 65_536


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """What every loader is told, besides its input.

    ``max_chars``: an article with more characters of text is rejected, not truncated
    (a cut article would be stored as if whole). ``text_column``: the CSV column that
    holds the text (else detected by name). ``languages``: language codes newskg
    accepts; an article detected as another language is rejected; empty accepts all.
    """

    max_chars: int = DEFAULT_MAX_CHARS
    text_column: str | None = None
    languages: tuple[str, ...] = ("en",)


class Loader(Protocol):
    """Reads one opened input (a file or standard input) named ``source``."""

    def __call__(
        self,
        stream: IO[bytes] | IO[str],
        *,
        source: str,
        on_reject: RejectHandler,
        options: LoadOptions,
    ) -> Iterator[Article]: ...


def log_rejection(rejection: Rejection) -> None:
    """The default ``on_reject``: a warning in the log."""
    where = f"{rejection.source}, {rejection.position}" if rejection.position else rejection.source
    log.warning("skipped %s: %s", where, rejection.reason)


def one_line(message: object) -> str:
    """A message (an exception's, say) on one line: whitespace runs become one space."""
    return " ".join(str(message).split()) or type(message).__name__


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


# --- the checks every article passes


def text_problem(text: str, max_chars: int) -> str | None:
    """Why ``text`` cannot be an article's text (empty, too long), or ``None`` when it can."""
    if not text.strip():
        return "empty text"
    if len(text) > max_chars:
        return (f"text has {len(text)} characters, over the limit of {max_chars} "
                "(raise it with --max-chars)")
    return None


def admit(
    article: Article,
    *,
    source: str,
    position: str | None,
    options: LoadOptions,
    on_reject: RejectHandler,
    raw: str | bytes | None = None,
) -> Article | None:
    """``article`` when newskg can read it; else ``None``, after reporting why.

    Every loader hands its articles through here: the size limit and the language
    rule hold for every format alike. ``raw`` is the input the snippet shows
    (default: the article text).
    """
    article = valid_article(article)
    problem = text_problem(article.text, options.max_chars) or language_problem(
        article.text, declared=article.language, accepted=options.languages
    )
    if problem is None:
        return article
    on_reject(Rejection(source=source, position=position, reason=problem,
                        snippet=snippet(article.text if raw is None else raw)))
    return None


def valid_article(article: Article) -> Article:
    """``article`` with every text field valid Unicode (``kg.iri.valid_text``)."""
    changed = {}
    for name in ("id", "text", "url", "title", "published", "publisher", "language",
                 "source", "author", "retrieved"):
        value = getattr(article, name)
        if isinstance(value, str) and (clean := valid_text(value)) is not value:
            changed[name] = clean
    return dataclasses.replace(article, **changed) if changed else article


def binary_problem(stream: IO[bytes] | IO[str]) -> str | None:
    """Why the stream is not text (NUL bytes at its start), looked at without consuming it."""
    peek = getattr(stream, "peek", None)
    if peek is None:
        return None
    head = peek(BINARY_PROBE)[:BINARY_PROBE]
    if isinstance(head, bytes) and _looks_binary(head):
        kb = BINARY_PROBE // 1024
        return f"binary file (NUL bytes in the first {kb} KB); only UTF-8 text is read"
    return None


def _looks_binary(head: bytes) -> bool:
    """NUL bytes in ``head``, and many of them or in what is no UTF-8 text: one stray NUL
    in a line of text costs that line (or row) only, not the whole file."""
    nuls = head.count(b"\x00")
    if not nuls:
        return False
    if nuls * 100 > len(head):  # UTF-16, say, or a binary format that decodes by chance
        return True
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.reason != "unexpected end of data"  # a character cut by the probe is text
    return False


# --- streams


def utf8_bytes(stream: IO[bytes] | IO[str], *, where: str) -> io.BufferedReader:
    """The stream as valid UTF-8 bytes, read lazily; invalid bytes become U+FFFD, warned once.

    For readers that want bytes (JSON arrays) or one decoding for a whole file (csv): the
    repair happens on the way, so one bad byte costs one character, not the file.
    """
    return io.BufferedReader(_Utf8Repair(stream, where=where), buffer_size=CHUNK)


class _Utf8Repair(io.RawIOBase):
    def __init__(self, raw: IO[bytes] | IO[str], *, where: str) -> None:
        self._raw = raw
        self._where = where
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self._out = memoryview(b"")
        self._done = False
        self._warned = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        while not self._out and not self._done:
            data = self._raw.read(CHUNK)
            if isinstance(data, str):  # a text stream (standard input replaced in tests)
                data = data.encode("utf-8")
            self._done = not data
            self._out = memoryview(self._decode(data, final=self._done).encode("utf-8"))
        n = min(len(buffer), len(self._out))
        buffer[:n] = self._out[:n]
        self._out = self._out[n:]
        return n

    def _decode(self, data: bytes, *, final: bool) -> str:
        state = self._decoder.getstate()
        try:
            return self._decoder.decode(data, final)
        except UnicodeDecodeError as exc:
            if not self._warned:
                log.warning("%s: invalid UTF-8 (%s); undecodable bytes replaced by U+FFFD",
                            self._where, exc.reason)
                self._warned = True
            lenient = codecs.getincrementaldecoder("utf-8")("replace")
            lenient.setstate(state)
            text = lenient.decode(data, final)
            self._decoder.setstate(lenient.getstate())
            return text
