"""JSON files: an array of article objects, read one element at a time (a file of any size
never sits in memory whole), or a single article object.

Elements are numbered from 1 (``item 3``). The array is cut into its elements by a
small scanner that knows only strings, brackets and commas; each element is then
parsed alone with ``json``. So whatever is wrong with one element (malformed, nested
too deeply, a number ``json`` cannot read, no text) costs that element only: it is
rejected by number and the rest go on. The scanner keeps at most ``max_chars`` worth
of one element in memory, and no more than ``MAX_DEPTH`` levels of nesting.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import IO

from kg.records import Article, Rejection
from loaders.base import (
    CHUNK,
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
#: Levels of nesting an element may have: an article record needs two or three.
MAX_DEPTH = 64
#: Bytes an element may hold beyond ``max_chars`` of text (six per ``\\uXXXX`` escape).
ELEMENT_SLACK = 65_536
_BOM = b"\xef\xbb\xbf"
_IN_STRING = re.compile(rb'["\\]')
_OUTSIDE = re.compile(rb'["\[\]{},]')


def load_stream(
    stream: IO[bytes] | IO[str], *, source: str, on_reject: RejectHandler, options: LoadOptions
) -> Iterator[Article]:
    """Articles from a JSON array (or one object) named ``source``."""
    problem = binary_problem(stream)
    if problem is not None:
        on_reject(Rejection(source, None, problem))
        return
    data = utf8_bytes(stream, where=source)
    start = data.peek(HEAD)[:HEAD]
    skip = len(start) - len(start.lstrip(b" \t\r\n"))
    if start[skip : skip + 3] == _BOM:
        data.read(skip + 3)
    first = data.peek(HEAD)[:HEAD].lstrip(b" \t\r\n")[:1]
    if first not in (b"[", b"{"):
        reason = "empty file" if not first else "not a JSON array or object"
        on_reject(Rejection(source, None, reason, snippet(data.peek(HEAD))))
        return
    limit = options.max_chars * 6 + ELEMENT_SLACK
    elements = _elements(data, limit) if first == b"[" else _whole(data, limit)
    for number, raw, problem in elements:
        position = f"item {number}" if first == b"[" else None
        if problem is None:
            element, problem = _parse(raw)
        if problem is not None:
            on_reject(Rejection(source, position, problem, snippet(raw)))
            continue
        article = _article(element, source=source, position=position, on_reject=on_reject)
        if article is not None:
            article = admit(article, source=source, position=position,
                            options=options, on_reject=on_reject)
        if article is not None:
            yield article


def _parse(raw: bytes) -> tuple[object, str | None]:
    """(element, None), or (None, why it cannot be read)."""
    try:
        return json.loads(raw), None
    except json.JSONDecodeError as exc:
        return None, f"malformed JSON: {exc.msg} at column {exc.colno}"
    except RecursionError:
        return None, "malformed JSON: nested too deeply to read"
    except ValueError as exc:  # an integer of more than 4,300 digits
        return None, f"unreadable JSON: {str(exc).split(';')[0]}"


def _whole(data: IO[bytes], limit: int) -> Iterator[tuple[int, bytes, str | None]]:
    """The one element of a file that holds a single object."""
    raw = data.read(limit + 1)
    yield 1, raw, (f"object larger than {limit} bytes" if len(raw) > limit else None)


class _Scan:
    """Where the scanner is in the array: nesting depth, inside a string or not."""

    def __init__(self) -> None:
        self.depth = 0  # 1 inside the top-level array, 2 inside an element's object ...
        self.in_string = False
        self.escaped = False  # the chunk ended on a backslash inside a string


def _elements(data: IO[bytes], limit: int) -> Iterator[tuple[int, bytes, str | None]]:
    """(number, raw bytes, problem) of each element of the top-level array, in order."""
    scan = _Scan()
    parts: list[bytes] = []
    size, number, opened, started, problem = 0, 0, False, False, None
    while chunk := data.read(CHUNK):
        pos = 0
        for cut, char in _events(chunk, scan):
            if not opened:  # the array's own bracket
                opened, pos = True, cut + 1
                continue
            if scan.depth == 1 and char in (b",", b"]"):
                piece = chunk[pos:cut]
                if size < limit and problem is None:
                    parts.append(piece)
                raw = b"".join(parts).strip()
                if raw or started:
                    number += 1
                    yield number, raw, problem or _size_problem(size + len(piece), limit)
                parts, size, started, problem, pos = [], 0, False, None, cut + 1
                if char == b"]":
                    return
            elif scan.depth > MAX_DEPTH and problem is None:
                problem = f"malformed JSON: nested deeper than {MAX_DEPTH} levels"
            started = started or scan.depth > 1
        piece = chunk[pos:]
        if size < limit and problem is None:
            parts.append(piece)
        size += len(piece)
        started = started or bool(piece.strip())
    raw = b"".join(parts).strip()
    if raw or started:  # the file ends inside an element, or after one without the "]"
        whole = scan.depth == 1 and not scan.in_string
        yield number + 1, raw, problem or (
            None if whole else "malformed JSON: the file ends inside this element")


def _events(chunk: bytes, scan: _Scan) -> Iterator[tuple[int, bytes]]:
    """(offset, character) of each bracket, brace and comma outside strings; strings are
    skipped whole. ``scan.depth`` counts an opening bracket before it is yielded and a
    closing one after, so an element's own brackets are seen at depth 2 and more."""
    pos = 0
    if scan.escaped:
        pos, scan.escaped = 1, False
    while pos < len(chunk):
        if scan.in_string:
            m = _IN_STRING.search(chunk, pos)
            if m is None:
                return
            if m.group() == b"\\":
                if m.end() >= len(chunk):
                    scan.escaped = True
                    return
                pos = m.end() + 1
                continue
            scan.in_string, pos = False, m.end()
            continue
        m = _OUTSIDE.search(chunk, pos)
        if m is None:
            return
        char, pos = m.group(), m.end()
        if char == b'"':
            scan.in_string = True
        elif char in (b"[", b"{"):
            scan.depth += 1
            yield m.start(), char
        else:
            yield m.start(), char
            if char in (b"]", b"}") and scan.depth > 1:  # a stray one cannot leave the array
                scan.depth -= 1


def _size_problem(size: int, limit: int) -> str | None:
    return f"element larger than {limit} bytes" if size > limit else None


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
