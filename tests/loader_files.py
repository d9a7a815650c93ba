"""Makers of real input files for the loader and build tests: HTML pages, RSS and Atom
feeds, WARC archives (written with warcio), CSV and JSON. Every name and sentence is
invented.
"""

from __future__ import annotations

import io
import json
from html import escape
from pathlib import Path

#: Two short English news texts, long enough for language detection to judge them.
FERRY = (
    "The ferry company Nordlys Lines said on Monday that services between Port Elin and "
    "the island of Varsk would resume next week after repairs to the pier. Harbour master "
    "Jonas Lindqvist told reporters that the pier had been inspected and declared safe."
)
QUOTAS = (
    "Fishermen in Varsk protested on Tuesday against new catch quotas set by the regional "
    "council. The council said the limits would protect cod stocks for another decade, "
    "while the fishermen's union called them a threat to every family on the island."
)
#: The same kind of news, in German and in French (invented too).
GERMAN = (
    "Die Fährgesellschaft teilte am Montag mit, dass der Verkehr zwischen den beiden Inseln "
    "nach Reparaturen am Anleger in der kommenden Woche wieder aufgenommen werde."
)
FRENCH = (
    "La compagnie de ferry a annoncé lundi que les liaisons entre les deux îles "
    "reprendraient la semaine prochaine après des réparations de la jetée."
)


def page(
    paragraphs: list[str],
    *,
    title: str | None = None,
    canonical: str | None = None,
    site: str | None = None,
    author: str | None = None,
    published: str | None = None,
    charset: str = "utf-8",
) -> str:
    """A news page: head metadata, navigation and footer around an ``<article>``."""
    head = [f'<meta charset="{charset}">']
    if title:
        head.append(f"<title>{escape(title)}</title>")
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    if site:
        head.append(f'<meta property="og:site_name" content="{escape(site)}">')
    if author:
        head.append(f'<meta name="author" content="{escape(author)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    heading = f"<h1>{escape(title)}</h1>" if title else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{''.join(head)}</head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
        f"<article>{heading}{body}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    )


def rss(items: list[dict[str, str]], *, title: str = "Harbour Herald",
        language: str = "en-gb") -> str:
    """An RSS 2.0 feed; item keys: guid, title, link, pubDate, author, description, content."""
    parts = []
    for item in items:
        fields = []
        for key in ("guid", "title", "link", "pubDate", "author", "description"):
            if key in item:
                fields.append(f"<{key}>{escape(item[key])}</{key}>")
        if "content" in item:
            fields.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        parts.append(f"<item>{''.join(fields)}</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{escape(title)}</title><link>https://herald.example/</link>"
        f"<language>{language}</language>{''.join(parts)}</channel></rss>\n"
    )


def write_warc(path: Path, records: list[dict], *, gzip: bool = True) -> Path:
    """A WARC of response records; keys: uri, body (bytes or str), type, status, date, kind."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for r in records:
            body = r["body"].encode("utf-8") if isinstance(r["body"], str) else r["body"]
            kind = r.get("kind", "response")
            http = None
            if kind == "response":
                http = StatusAndHeaders(
                    f"{r.get('status', 200)} OK",
                    [("Content-Type", r.get("type", "text/html; charset=utf-8"))],
                    protocol="HTTP/1.1",
                )
            record = writer.create_warc_record(r["uri"], kind, payload=io.BytesIO(body),
                                               http_headers=http)
            record.rec_headers.replace_header("WARC-Date", r.get("date", "2024-03-13T08:00:00Z"))
            writer.write_record(record)
    return path


def write_jsonl(path: Path, *records: dict | str) -> Path:
    """Each item a record (dumped as JSON) or a raw line."""
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                for r in records),
        encoding="utf-8",
    )
    return path


def crashing_loader(stream, *, source, on_reject, options):  # type: ignore[no-untyped-def]
    """A loader with a bug: it raises on any input (to test the safety net)."""
    raise RuntimeError("invented bug")
    yield  # pragma: no cover - makes this a generator, as loaders are
