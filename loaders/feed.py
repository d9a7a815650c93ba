"""RSS and Atom feeds: one article per entry, with feedparser.

An entry's text is its full content (``content:encoded``, Atom ``content``) when the
feed carries it, else its summary (``description``, Atom ``summary``); an article
read from a summary has ``summary_only`` set, and the graph says so. Markup in
either is reduced to text, one line per paragraph. The feed's title is the
publisher and its language the articles' declared language.

feedparser reads a whole document at once, so a feed is read up to
``MAX_FEED_BYTES`` (feeds are small; a larger file is rejected). Its lenient parser
recovers the entries of a malformed feed; that is logged, and an entry left
without any text is rejected by number (``entry 3``) while the others go on.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator, Mapping
from typing import IO

from kg.errors import ConfigError
from kg.records import Article, Rejection
from loaders.base import BINARY_PROBE, LoadOptions, RejectHandler, admit, snippet
from loaders.fields import article_from

log = logging.getLogger(__name__)

#: Bytes of a feed read at most.
MAX_FEED_BYTES = 64 * 1024 * 1024
#: Elements after which a line ends when markup is reduced to text.
BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
              "tr", "pre", "section", "article", "figcaption")
_SPACES = re.compile(r"[ \t\u00a0\r\f\v]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not allowed in XML text
_EMAIL_NAME = re.compile(r"^\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*$")


def load_stream(
    stream: IO[bytes] | IO[str], *, source: str, on_reject: RejectHandler, options: LoadOptions
) -> Iterator[Article]:
    """The articles of the feed named ``source``, one per entry."""
    raw = stream.read(MAX_FEED_BYTES + 1)
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    problem = _raw_problem(raw)
    if problem is not None:
        on_reject(Rejection(source, None, problem, snippet(raw)))
        return
    feedparser = _feedparser()
    try:
        parsed = feedparser.parse(io.BytesIO(raw))  # a stream: never taken for a URL or a path
    except Exception as exc:  # noqa: BLE001 - feedparser fails in many ways on broken bytes
        on_reject(Rejection(source, None, f"not a readable feed ({type(exc).__name__}: {exc})",
                            snippet(raw)))
        return
    if not parsed.entries:
        broken = parsed.get("bozo_exception")
        reason = f"not an RSS or Atom feed ({broken})" if broken else "a feed without entries"
        on_reject(Rejection(source, None, reason, snippet(raw)))
        return
    if parsed.get("bozo"):
        log.warning("%s: malformed feed (%s); its entries were read by the lenient parser",
                    source, parsed.get("bozo_exception"))
    channel = {"publisher": parsed.feed.get("title"), "language": parsed.feed.get("language")}
    for number, entry in enumerate(parsed.entries, start=1):
        article = _entry_article(entry, channel, source=source, number=number,
                                 on_reject=on_reject)
        if article is not None:
            article = admit(article, source=source, position=f"entry {number}",
                            options=options, on_reject=on_reject)
        if article is not None:
            yield article


def _entry_article(
    entry: Mapping, channel: Mapping[str, object], *, source: str, number: int,
    on_reject: RejectHandler,
) -> Article | None:
    """The article of one entry, or ``None`` after reporting that it has no text."""
    full = next((t for t in map(_part_text, entry.get("content") or ()) if t), "")
    summary = _part_text({"value": entry.get("summary") or "",
                          "type": (entry.get("summary_detail") or {}).get("type", "text/html")})
    if not (full or summary):
        title = entry.get("title") or entry.get("id") or ""
        on_reject(Rejection(source, f"entry {number}", "entry has neither content nor summary",
                            snippet(str(title))))
        return None
    meta = {
        **channel,
        "id": entry.get("id"),
        "url": entry.get("link"),
        "title": entry.get("title"),
        "published": entry.get("published") or entry.get("updated"),
        "author": _author(entry.get("author")),
    }
    return article_from(meta, text=full or summary, source=f"{source}:{number}",
                        summary_only=not full)


def _author(raw: str | None) -> str | None:
    """The byline: ``Name``, or the name in RSS's ``email (Name)``; an address alone is none."""
    if not raw:
        return None
    m = _EMAIL_NAME.match(raw)
    if m:
        return m["name"].strip()
    return None if "@" in raw else raw.strip()


def _part_text(part: Mapping) -> str:
    """The text of a content or summary part; markup reduced to lines of text."""
    value = (part.get("value") or "").strip()
    if not value or "html" not in (part.get("type") or "text/html"):
        return value
    return html_text(value)


def html_text(fragment: str) -> str:
    """The text of an HTML fragment, one line per block element, spaces collapsed."""
    from lxml import etree, html  # a dependency of trafilatura and feedparser's sanitiser

    fragment = _CONTROL.sub("", fragment)
    try:
        root = html.fromstring(f"<div>{fragment}</div>")
    except (etree.ParserError, ValueError):
        return fragment
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _raw_problem(raw: bytes) -> str | None:
    if not raw.strip():
        return "empty file"
    if b"\x00" in raw[:BINARY_PROBE]:
        return "binary file (NUL bytes at its start), not a feed"
    if len(raw) > MAX_FEED_BYTES:
        return f"feed is larger than {MAX_FEED_BYTES} bytes; split it"
    return None


def _feedparser():  # type: ignore[no-untyped-def]
    try:
        import feedparser
    except ImportError as exc:
        raise ConfigError(f"reading feeds needs feedparser, which does not import ({exc}): "
                          'pip install "feedparser>=6.0"') from exc
    return feedparser
