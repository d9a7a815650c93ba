"""WARC and WARC.GZ crawl archives, with warcio: every HTML page a crawl fetched
becomes an article through the HTML loader (``loaders.html.read_page``).

The archive is read one record at a time and each page only up to the size limit,
so a crawl of any size streams. A record is an article candidate when it is a
``response`` with a 2xx HTTP status and an HTML content type, or an HTML
``resource``; requests, metadata, images, scripts and redirects are not articles
and pass silently. The record's target URI is the article's URL unless the page
names a canonical one, and the record's date is kept as ``Article.retrieved``.

warcio stops quietly at the end of a cut file; this loader notices (a record
shorter than its ``Content-Length``, a header block without one, or bytes left
after the last whole record) and rejects the cut record: the records before it
are kept.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import IO

from kg.errors import ConfigError
from kg.records import Article, Rejection
from loaders.base import LoadOptions, RejectHandler
from loaders.fields import normalise_published
from loaders.html import MARKUP_PER_CHAR, read_page

log = logging.getLogger(__name__)

#: Content types of the records read as pages.
HTML_TYPES = ("text/html", "application/xhtml+xml")


def load_stream(
    stream: IO[bytes] | IO[str], *, source: str, on_reject: RejectHandler, options: LoadOptions
) -> Iterator[Article]:
    """The articles of the HTML records in the WARC named ``source``."""
    warcio = _warcio()
    counted = warcio.archiveiterator.UnseekableYetTellable(stream)  # counts the bytes read
    archive = warcio.archiveiterator.ArchiveIterator(counted)
    limit = options.max_chars * MARKUP_PER_CHAR
    records = iter(archive)
    number = 0
    while True:
        record = None
        try:  # warcio raises all sorts on a corrupt file: none of it may stop the corpus
            record = next(records, None)
            if record is None:
                break
            number += 1
            page = _page(record, limit)
            archive.read_to_end()
        except Exception as exc:  # noqa: BLE001 - see above; the file ends here
            at = number if record is not None else number + 1
            on_reject(Rejection(source, f"record {at} (offset {archive.offset})",
                                f"corrupt WARC: {type(exc).__name__}: {str(exc).strip()[:200]}; "
                                "the records before it were read"))
            return
        position = f"record {number} (offset {archive.get_record_offset()})"
        if _cut_short(record):
            on_reject(Rejection(source, position, "truncated WARC: the record is cut short; "
                                "the records before it were read"))
            return
        if record.rec_type == "response" and record.http_headers is None:
            target = record.rec_headers.get_header("WARC-Target-URI") or "no target"
            on_reject(Rejection(source, position, f"a response to a non-HTTP target ({target}); "
                                "only HTTP responses and resources are read as pages"))
        if page is not None:
            yield from _article(record, page, source=source, number=number, position=position,
                                limit=limit, on_reject=on_reject, options=options)
    if number == 0:
        on_reject(Rejection(source, None, "empty file" if counted.offset == 0
                            else "not a WARC file (no record found)"))
    elif counted.offset > archive.offset:  # read past the last whole record (and its padding)
        on_reject(Rejection(source, f"record {number + 1} (offset {archive.offset})",
                            f"truncated WARC: {counted.offset - archive.offset} bytes after the "
                            "last whole record are not a record; the records before it were read"))


def _article(  # type: ignore[no-untyped-def]
    record, page: bytes, *, source: str, number: int, position: str, limit: int,
    on_reject: RejectHandler, options: LoadOptions,
) -> Iterator[Article]:
    """The article of one HTML record, through the HTML loader."""
    if len(page) > limit:
        on_reject(Rejection(source, position, f"page is larger than {limit} bytes "
                            f"({MARKUP_PER_CHAR} per character of --max-chars; raise that)"))
        return
    headers = record.rec_headers
    url = (headers.get_header("WARC-Target-URI") or "").strip("<> ") or None
    retrieved = normalise_published(headers.get_header("WARC-Date"), where=f"{source} {position}")
    article = read_page(_decoded(page, record), source=source, position=position,
                        on_reject=on_reject, options=options, article_source=f"{source}:{number}",
                        url=url, retrieved=retrieved)
    if article is not None:
        yield article


def _page(record, limit: int) -> bytes | None:  # type: ignore[no-untyped-def]
    """The payload of an HTML page record (read up to ``limit`` + 1 bytes), else ``None``."""
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        kind = record.http_headers.get_header("Content-Type") or ""
        if not status.startswith("2"):
            return None
    elif record.rec_type == "resource":
        kind = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if kind.split(";")[0].strip().lower() not in HTML_TYPES:
        return None
    return record.content_stream().read(limit + 1)


def _decoded(page: bytes, record) -> bytes | str:  # type: ignore[no-untyped-def]
    """The page as text when the HTTP header names its charset; else bytes, for trafilatura."""
    headers = record.http_headers
    kind = (headers.get_header("Content-Type") if headers is not None else None) or ""
    for param in kind.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            try:
                return page.decode(value.strip().strip("\"'"), errors="replace")
            except LookupError:
                return page
    return page


def _cut_short(record) -> bool:  # type: ignore[no-untyped-def]
    """The record ends before its ``Content-Length`` says, or its headers were cut off."""
    length = (record.rec_headers.get_header("Content-Length") or "").strip()
    return not length.isdigit() or record.raw_stream.limit > 0


def _warcio():  # type: ignore[no-untyped-def]
    try:
        import warcio.archiveiterator
        import warcio.exceptions
        import warcio.statusandheaders
    except ImportError as exc:
        raise ConfigError(f"reading WARC files needs warcio, which does not import ({exc}): "
                          'pip install "warcio>=1.7"') from exc
    return warcio
