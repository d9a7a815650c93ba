"""JSON files: an array of article objects, read one element at a time with ijson (a
file of any size never sits in memory whole), or a single article object.

Elements are numbered from 1 (``item 3``). An element that is not an object, or
has no text, is rejected and the rest go on. Malformed JSON ends the file: a
streaming parser cannot find the next element after a syntax error, so the
elements before it are kept and the rejection names the item where it broke.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import IO

from kg.errors import ConfigError
from kg.records import Article, Rejection
from loaders.base import (
    LoadOptions,
    RejectHandler,
    admit,
    binary_problem,
    snippet,
    utf8_bytes,
)
from loaders.fields import FIELD_ALIASES, article_from, pick

#: Bytes looked at to tell an array from a single object.
HEAD = 64


def load_stream(
    stream: IO[bytes] | IO[str], *, source: str, on_reject: RejectHandler, options: LoadOptions
) -> Iterator[Article]:
    """Articles from a JSON array (or one object) named ``source``."""
    problem = binary_problem(stream)
    if problem is not None:
        on_reject(Rejection(source, None, problem))
        return
    data = utf8_bytes(stream, where=source)
    first = data.peek(HEAD)[:HEAD].lstrip(b" \t\r\n\xef\xbb\xbf")[:1]
    if first not in (b"[", b"{"):
        reason = "empty file" if not first else "not a JSON array or object"
        on_reject(Rejection(source, None, reason, snippet(data.peek(HEAD))))
        return
    prefix = "item" if first == b"[" else ""
    ijson = _ijson()
    number = 0
    try:
        for number, element in enumerate(ijson.items(data, prefix, use_float=True), start=1):
            position = _position(prefix, number)
            article = _article(element, source=source, position=position, on_reject=on_reject)
            if article is not None:
                article = admit(article, source=source, position=position,
                                options=options, on_reject=on_reject)
            if article is not None:
                yield article
    except ijson.JSONError as exc:
        where = _position(prefix, number + 1)
        reason = (f"malformed JSON in {where or 'the object'}: {_first_line(exc)}; "
                  "nothing after it is read")
        on_reject(Rejection(source, where, reason))


def _article(
    element: object, *, source: str, position: str | None, on_reject: RejectHandler
) -> Article | None:
    if not isinstance(element, Mapping):
        on_reject(Rejection(source, position, f"not a JSON object but a {type(element).__name__}",
                            snippet(repr(element))))
        return None
    text = pick(element, "text")
    if not isinstance(text, str):
        reason = (f"no text field (looked for {', '.join(FIELD_ALIASES['text'])})"
                  if text is None else f"the text field is a {type(text).__name__}, not a string")
        on_reject(Rejection(source, position, reason, snippet(repr(dict(element)))))
        return None
    where = f"{source}:{position.removeprefix('item ')}" if position else source
    return article_from(element, text=text, source=where)


def _position(prefix: str, number: int) -> str | None:
    return f"item {number}" if prefix else None


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _ijson():  # type: ignore[no-untyped-def]
    try:
        import ijson
    except ImportError as exc:
        raise ConfigError('reading JSON arrays needs ijson: pip install "ijson>=3.2"') from exc
    return ijson
