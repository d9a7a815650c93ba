"""CSV with a header row: one article per row.

The text column is the one named by ``LoadOptions.text_column`` (``--text-column``),
else the first header that is a text field name of JSON Lines (``text``, ``body``,
``content``, ``articleBody``; any case). The other columns map to metadata by the
same names. The delimiter is the one of ``,`` ``;`` tab ``|`` the header uses most.
Rows stream one at a time; positions are physical line numbers (``line 7``), so a
quoted field over several lines is still found where it starts.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import IO

from kg.records import Article, Rejection
from loaders.base import LoadOptions, RejectHandler, admit, binary_problem, snippet, utf8_bytes
from loaders.fields import FIELD_ALIASES, article_from

#: Delimiters tried on the header line.
DELIMITERS = (",", ";", "\t", "|")
#: Header spellings (lower case) -> the field name ``loaders.fields`` knows.
_KNOWN = {alias.lower(): alias for aliases in FIELD_ALIASES.values() for alias in aliases}


def load_stream(
    stream: IO[bytes] | IO[str], *, source: str, on_reject: RejectHandler, options: LoadOptions
) -> Iterator[Article]:
    """The articles of the CSV file named ``source``, one per data row."""
    problem = binary_problem(stream)
    if problem is not None:
        on_reject(Rejection(source, None, problem))
        return
    lines = io.TextIOWrapper(utf8_bytes(stream, where=source), encoding="utf-8", newline="")
    header_line = lines.readline().lstrip("\ufeff")
    if not header_line.strip():
        on_reject(Rejection(source, None, "empty file"))
        return
    delimiter = max(DELIMITERS, key=header_line.count)
    header = next(csv.reader([header_line], delimiter=delimiter))
    column = _text_column(header, options.text_column)
    if isinstance(column, str):
        on_reject(Rejection(source, "line 1", column, snippet(header_line)))
        return
    _allow_long_fields(options.max_chars)
    names = [_KNOWN.get(h.strip().lower(), h.strip()) for h in header]
    for lineno, row, problem, raw in _rows(lines, delimiter):
        position = f"line {lineno}"
        if row is None:
            on_reject(Rejection(source, position, problem or "malformed CSV", snippet(raw)))
            continue
        article = _article(row, names, column, source=source, position=position,
                           on_reject=on_reject)
        if article is not None:
            article = admit(article, source=source, position=position, options=options,
                            on_reject=on_reject, raw=delimiter.join(row))
        if article is not None:
            yield article


class _Lines:
    """The lines of a text stream, remembering those the row being read has taken, and
    able to give lines back (to read them again after an unclosed quote)."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self._back: list[str] = []  # lines given back, last first
        self.taken: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self._back.pop() if self._back else next(self._lines)
        self.taken.append(line)
        return line

    def give_back(self, lines: list[str]) -> None:
        self._back.extend(reversed(lines))


def _rows(lines: Iterator[str], delimiter: str
          ) -> Iterator[tuple[int, list[str] | None, str | None, str]]:
    """(line number, row, None, raw) for each data row, or (line number, None, why, raw)
    for one that cannot be read. A quote left open swallows the lines after it into one
    field (up to the end of the file, or a quote that does not close a field): that row
    is rejected, and the lines after its first are read again as rows."""
    source = _Lines(lines)
    reader = csv.reader(source, delimiter=delimiter, strict=True)
    lineno = 2  # the header was line 1
    while True:
        source.taken = []
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # the row is rejected; the lines it swallowed are read again
            taken = source.taken or [""]
            if "unexpected end of data" in str(exc):
                reason = "unclosed quote: the field opened here runs to the end of the file"
            else:
                reason = f"malformed CSV: {exc}"
            if len(taken) > 1:
                reason += "; the lines after this one are read again"
            yield lineno, None, reason, taken[0]
            source.give_back(taken[1:])
            lineno += 1
            continue
        yield lineno, row, None, "".join(source.taken)
        lineno += len(source.taken)


def _text_column(header: list[str], wanted: str | None) -> int | str:
    """The index of the text column, or why there is none."""
    folded = [h.strip().lower() for h in header]
    if wanted is not None:
        if wanted.strip().lower() in folded:
            return folded.index(wanted.strip().lower())
        return f"no column {wanted!r}; the columns are: {', '.join(header)}"
    for alias in FIELD_ALIASES["text"]:
        if alias.lower() in folded:
            return folded.index(alias.lower())
    return (f"no text column (looked for {', '.join(FIELD_ALIASES['text'])}); "
            f"name one with --text-column; the columns are: {', '.join(header)}")


def _article(
    row: list[str], names: list[str], column: int, *, source: str, position: str,
    on_reject: RejectHandler,
) -> Article | None:
    if not any(cell.strip() for cell in row):
        return None  # a blank line
    if len(row) != len(names):
        on_reject(Rejection(source, position, f"row has {len(row)} fields, the header "
                            f"{len(names)}", snippet(",".join(row))))
        return None
    meta = {name: cell for i, (name, cell) in enumerate(zip(names, row, strict=True))
            if i != column}
    number = position.removeprefix("line ")
    return article_from(meta, text=row[column], source=f"{source}:{number}")


def _allow_long_fields(max_chars: int) -> None:
    """Let a field hold a whole article and more, so that ``admit`` names an over-long one.

    csv's default limit is 128 KB characters; the setting is process-wide, and only raised.
    """
    if csv.field_size_limit() < max_chars * 4:
        csv.field_size_limit(max_chars * 4)
