"""HTML pages: the main text and the metadata of one saved web page, with trafilatura.

trafilatura keeps the article body and drops navigation, footers and comments; its
metadata gives the title, the author, the site name (the publisher), the canonical
URL and the publication date (found by htmldate in the page's markup). A page
whose main text has fewer than ``MIN_WORDS`` words (a gallery, a page of links, a
cookie wall) is rejected: it is not an article.

The id is a hash of the canonical URL when the page names one, else the file stem.
``read_page`` is also how the WARC loader reads the HTML records of a crawl.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from kg.errors import ConfigError
from kg.records import Article, Rejection
from loaders.base import BINARY_PROBE, LoadOptions, RejectHandler, admit, snippet
from loaders.fields import article_from, make_id

log = logging.getLogger(__name__)

#: Bytes of markup a page may have per character of text allowed (``max_chars``).
MARKUP_PER_CHAR = 10
#: Words of main text below which a page is not taken for an article.
MIN_WORDS = 10
#: How the publication date is looked for: markup and text near it, original not updated.
DATE_SEARCH = {"extensive_search": False, "original_date": True}


def load_stream(
    stream: IO[bytes] | IO[str], *, source: str, on_reject: RejectHandler, options: LoadOptions
) -> Iterator[Article]:
    """The one article of an HTML page named ``source`` (a path, or ``-``)."""
    limit = options.max_chars * MARKUP_PER_CHAR
    raw = stream.read(limit + 1)
    if len(raw) > limit:
        on_reject(Rejection(source, None, f"page is larger than {limit} bytes "
                            f"({MARKUP_PER_CHAR} per character of --max-chars; raise that)",
                            snippet(raw)))
        return
    default_id = Path(source).stem if source != "-" else None
    article = read_page(raw, source=source, position=None, on_reject=on_reject,
                        options=options, default_id=default_id, article_source=source)
    if article is not None:
        yield article


def read_page(
    raw: bytes | str,
    *,
    source: str,
    position: str | None,
    on_reject: RejectHandler,
    options: LoadOptions,
    article_source: str,
    default_id: str | None = None,
    url: str | None = None,
    retrieved: str | None = None,
) -> Article | None:
    """The article of one page, or ``None`` after reporting why there is none.

    ``source`` and ``position`` name the input in a rejection, ``article_source`` in
    the article. ``url`` is where the page was fetched from: its canonical URL, when
    it names one, wins. ``default_id`` is the id when there is no URL at all.
    """
    problem = _raw_problem(raw)
    if problem is not None:
        on_reject(Rejection(source, position, problem, snippet(raw)))
        return None
    doc = _extract(raw, url=url)
    text = _body(doc)
    if len(text.split()) < MIN_WORDS:
        reason = (f"no article text in the page ({len(text.split())} words of main text, "
                  f"{MIN_WORDS} needed): a page of links, images or scripts?")
        on_reject(Rejection(source, position, reason, snippet(raw)))
        return None
    page_url = getattr(doc, "url", None) or url
    meta = {
        "url": page_url,
        "title": doc.title,
        "author": doc.author,
        "publisher": _site_name(doc.sitename, page_url),
        "published": doc.date,
    }
    article = article_from(meta, text=text, source=article_source,
                           default_id=make_id(page_url, text) if page_url else default_id,
                           retrieved=retrieved)
    return admit(article, source=source, position=position, options=options,
                 on_reject=on_reject, raw=raw)


def _raw_problem(raw: bytes | str) -> str | None:
    if not raw or not raw.strip():
        return "empty file"
    head = raw[:BINARY_PROBE]
    if (b"\x00" if isinstance(head, bytes) else "\x00") in head:  # type: ignore[operator]
        return "binary file (NUL bytes at its start), not an HTML page"
    return None


def _extract(raw: bytes | str, *, url: str | None):  # type: ignore[no-untyped-def]
    """trafilatura's ``Document`` of the page (``None`` when it finds nothing)."""
    try:
        from trafilatura import bare_extraction
    except ImportError as exc:  # trafilatura itself, or one of its own imports
        raise ConfigError(f"reading HTML needs trafilatura, which does not import ({exc}): "
                          'pip install "trafilatura>=2.0" "lxml[html_clean]"') from exc
    try:
        return bare_extraction(raw, url=url, with_metadata=True, include_comments=False,
                               include_tables=False, date_extraction_params=dict(DATE_SEARCH))
    except (ValueError, TypeError, LookupError) as exc:  # malformed markup or encoding
        log.warning("trafilatura failed on a page (%s); taken as a page without text", exc)
        return None


def _body(doc) -> str:  # type: ignore[no-untyped-def]
    """The main text, without the headline when the page repeats it as its first line."""
    text = (getattr(doc, "text", None) or "").strip()
    title = (getattr(doc, "title", None) or "").strip()
    first, sep, rest = text.partition("\n")
    if title and sep and first.strip() == title:
        return rest.lstrip("\n")
    return text


def _site_name(name: str | None, url: str | None) -> str | None:
    """The site name, unless it is only the host name trafilatura falls back to."""
    if not name:
        return None
    host = urlsplit(url).hostname if url else None
    return None if host and name.lower() in (host, host.removeprefix("www.")) else name
