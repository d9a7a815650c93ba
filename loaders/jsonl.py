"""JSON Lines: one article per line, read a line at a time (a corpus never sits in memory).

Blank lines are skipped. A line that is not a JSON object, has no text, or has
only whitespace for text is rejected with its line number; the rest go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import IO

from kg.records import Article, Rejection
from loaders.base import LoadOptions, RejectHandler, admit, binary_problem, decode, snippet
from loaders.fields import FIELD_ALIASES, article_from, pick

#: Bytes a line may hold beyond ``max_chars`` of text: metadata and JSON escapes.
LINE_SLACK = 65_536


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
        lineno += 1
        newline = b"\n" if isinstance(raw, bytes) else "\n"
        too_long = len(raw) >= limit and not raw.endswith(newline)  # type: ignore[arg-type]
        if too_long:
            rest = raw
            while rest and not rest.endswith(newline):  # type: ignore[arg-type]
                rest = stream.readline(limit)
        yield lineno, raw, too_long


def _rejection(source: str, lineno: int, reason: str, raw: str | bytes) -> Rejection:
    line = raw.rstrip(b"\r\n") if isinstance(raw, bytes) else raw.rstrip("\r\n")
    return Rejection(source=source, position=f"line {lineno}", reason=reason, snippet=snippet(line))
