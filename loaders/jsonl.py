"""JSON Lines: one article per line, read a line at a time (a corpus never sits in memory).

Blank lines are skipped. A line that is not a JSON object, has no text, or has
only whitespace for text is rejected with its line number; the rest go on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import IO

from kg.records import Article, Rejection
from loaders.base import LoadOptions, RejectHandler, admit, binary_problem, decode, snippet
from loaders.fields import FIELD_ALIASES, article_from, pick

#: Bytes a line may hold beyond ``max_chars`` of text: metadata and JSON escapes.
LINE_SLACK = 65_536
_BARE_CR = re.compile("\r(?!\n)")
_BARE_CR_BYTES = re.compile(b"\r(?!\n)")


def load_stream(
    stream: IO[bytes] | IO[str], *, source: str, on_reject: RejectHandler, options: LoadOptions
) -> Iterator[Article]:
    """Articles from a JSON Lines stream (binary or text) named ``source``."""
    problem = binary_problem(stream)
    if problem is not None:
        on_reject(Rejection(source=source, position=None, reason=problem))
        return
    limit = options.max_chars * 6 + LINE_SLACK  # a \\uXXXX escape is six bytes for one character
    for lineno, raw, too_long in _lines(stream, limit):
        where = f"{source}:{lineno}"
        if too_long:
            on_reject(_rejection(source, lineno, f"line longer than {limit} bytes", raw))
            continue
        line = decode(raw, where=where)
        if lineno == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        article = _article(line, source=source, lineno=lineno, on_reject=on_reject)
        if article is not None:
            article = admit(article, source=source, position=f"line {lineno}",
                            options=options, on_reject=on_reject, raw=line.rstrip("\r\n"))
        if article is not None:
            yield article


def _article(line: str, *, source: str, lineno: int, on_reject: RejectHandler) -> Article | None:
    """The article of one line, or ``None`` after reporting why there is none."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        reason = f"malformed JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}"
        on_reject(_rejection(source, lineno, reason, line))
        return None
    except RecursionError:
        on_reject(_rejection(source, lineno, "malformed JSON: nested too deeply to read", line))
        return None
    except ValueError as exc:  # an integer of more than 4,300 digits
        on_reject(_rejection(source, lineno, f"unreadable JSON: {str(exc).split(';')[0]}", line))
        return None
    if not isinstance(record, Mapping):
        on_reject(
            _rejection(source, lineno, f"not a JSON object but a {type(record).__name__}", line)
        )
        return None
    reason = _text_problem(pick(record, "text"))
    if reason is not None:
        on_reject(_rejection(source, lineno, reason, line))
        return None
    text = pick(record, "text")
    assert isinstance(text, str)
    return article_from(record, text=text, source=f"{source}:{lineno}")


def _text_problem(text: object | None) -> str | None:
    """Why ``text`` cannot be an article's text, or ``None`` when it may (``admit`` decides)."""
    if text is None:
        return f"no text field (looked for {', '.join(FIELD_ALIASES['text'])})"
    if not isinstance(text, str):
        return f"the text field is a {type(text).__name__}, not a string"
    return None


def _lines(stream: IO[bytes] | IO[str], limit: int) -> Iterator[tuple[int, bytes | str, bool]]:
    """(line number, line, too long) for each line; an over-long line is skipped to its end."""
    lineno = 0
    while raw := stream.readline(limit):
        newline = b"\n" if isinstance(raw, bytes) else "\n"
        too_long = len(raw) >= limit and not raw.endswith(newline)  # type: ignore[arg-type]
        if too_long:
            rest = raw
            while rest and not rest.endswith(newline):  # type: ignore[arg-type]
                rest = stream.readline(limit)
            lineno += 1
            yield lineno, raw, too_long
            continue
        for line in _split_bare_cr(raw):  # a file with CR-only line ends (old Mac style)
            lineno += 1
            yield lineno, line, False


def _split_bare_cr(raw: bytes | str) -> list[bytes] | list[str]:
    """The lines of ``raw`` when it holds bare CRs as line ends; JSON never has a raw CR
    inside a string, so each one ends a line."""
    bare = _BARE_CR_BYTES if isinstance(raw, bytes) else _BARE_CR
    if not bare.search(raw):  # type: ignore[arg-type]
        return [raw]  # type: ignore[return-value]
    return bare.split(raw)  # type: ignore[arg-type,return-value]


def _rejection(source: str, lineno: int, reason: str, raw: str | bytes) -> Rejection:
    line = raw.rstrip(b"\r\n") if isinstance(raw, bytes) else raw.rstrip("\r\n")
    return Rejection(source=source, position=f"line {lineno}", reason=reason, snippet=snippet(line))
