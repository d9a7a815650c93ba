"""Field mapping shared by the loaders: many input spellings, one ``Article``.

Feeds, scrapers and dumps name the same things differently (``body`` or
``articleBody``, ``date`` or ``datePublished``); the first non-empty field of each
alias list wins. Publication dates are normalised to the lexical forms that
``kg.rdf.date_literal`` types: ``2021-09-06``, ``2021-09``, ``2021``, or an
``xsd:dateTime`` such as ``2021-09-06T10:00:00Z``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

from kg.iri import digest, valid_text
from kg.records import Article

log = logging.getLogger(__name__)

#: Article field -> input keys accepted for it, in order of preference.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "identifier", "guid"),
    "text": ("text", "body", "content", "articleBody"),
    "published": ("published", "date", "datePublished"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "publisher": ("publisher", "source", "site_name"),
    "language": ("language", "lang", "inLanguage"),
    "author": ("author", "byline", "creator"),
    "retracted": ("retracted", "isRetracted", "withdrawn"),
}
#: The values of a flag field (``retracted``) that mean yes, in lower case.
_YES = frozenset({"true", "yes", "1", "retracted", "withdrawn"})
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S")
_YEAR = re.compile(r"^\d{4}$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")


def pick(record: Mapping[str, object], field: str) -> object | None:
    """The first present, non-empty value among the aliases of ``field``."""
    for key in FIELD_ALIASES[field]:
        value = record.get(key)
        if value is not None and value != "":
            return value
    return None


def text_value(value: object | None) -> str | None:
    """A metadata value as a string: numbers stringified, ``{"name": ...}`` unwrapped."""
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("@id") or value.get("url")
    if value is None or isinstance(value, (list, dict, bool)):
        return None
    text = valid_text(_number_text(value) if isinstance(value, (int, float)) else str(value))
    return text.strip() or None


def _number_text(value: int | float) -> str:
    """A number as text; an integer too long for ``str`` (over 4,300 digits) as a hash."""
    try:
        return str(value)
    except ValueError:
        return f"int-{digest('int', value.bit_length(), value % 1_000_000_007)}"


def names_value(value: object | None) -> str | None:
    """One name, or several (a list of names or ``{"name": ...}`` objects) joined by ``; ``."""
    if isinstance(value, list):
        names = [n for n in map(text_value, value) if n]
        return "; ".join(names) or None
    return text_value(value)


def make_id(url: str | None, text: str) -> str:
    """A stable id for a record that has none: a hash of its URL, else of its text."""
    return digest("url", url) if url else digest("text", text)


def article_from(
    record: Mapping[str, object],
    *,
    text: str,
    source: str,
    default_id: str | None = None,
    summary_only: bool = False,
    retrieved: str | None = None,
) -> Article:
    """The ``Article`` of a metadata record and its text; ``source`` says where it was read.

    Without an id the article gets ``default_id``, else a hash of its URL or text.
    """
    url = clean_url(pick(record, "url"), where=source)
    text = valid_text(text)
    return Article(
        id=text_value(pick(record, "id")) or default_id or make_id(url, text),
        text=text,
        url=url,
        title=text_value(pick(record, "title")),
        published=normalise_published(pick(record, "published"), where=source),
        publisher=text_value(pick(record, "publisher")),
        language=text_value(pick(record, "language")),
        source=source,
        author=names_value(pick(record, "author")),
        summary_only=summary_only,
        retrieved=retrieved,
        retracted=flag_value(pick(record, "retracted")),
    )


def flag_value(value: object | None) -> bool:
    """A yes/no field: True, 1 or "true", "yes", "1" (any case) mean yes."""
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in _YES if value is not None else False


def clean_url(value: object | None, *, where: str) -> str | None:
    """The URL when it has a scheme; else ``None``, warned. It is kept as given:
    ``kg.rdf`` makes the IRI of it (``kg.iri.web_iri``) and keeps the original too."""
    url = text_value(value)
    if url is not None and not _URL.match(url):
        log.warning("%s: %r is not a usable URL; the article keeps no URL", where, url)
        return None
    return url


def normalise_published(value: object | None, *, where: str) -> str | None:
    """The ISO lexical form of a publication date, or ``None`` (with a warning) when unreadable.

    Accepts ISO dates and date-times (``T`` or a space, ``Z`` or an offset, seconds
    optional), bare years and year-months, and RFC 2822 dates from RSS feeds.
    """
    raw = text_value(value)
    if raw is None:
        return None
    result = _parse_date(raw)
    if result is None:
        log.warning(
            "%s: cannot read the publication date %r; the article keeps no date", where, raw
        )
    return result


def _parse_date(raw: str) -> str | None:
    if raw.startswith("0000"):
        return None  # XSD has no year zero: "0000" would be an invalid xsd:gYear
    if _YEAR.match(raw):
        return raw
    if m := _YEAR_MONTH.match(raw):
        return raw if 1 <= int(m.group(2)) <= 12 else None
    if len(raw) == 10 and _DATE_PREFIX.match(raw):
        try:
            return date.fromisoformat(raw).isoformat()
        except ValueError:
            return None
    if _DATE_PREFIX.match(raw):
        return _iso_datetime(raw)
    try:
        return _format_datetime(parsedate_to_datetime(raw))
    except (TypeError, ValueError, IndexError, AttributeError):
        return None


def _iso_datetime(raw: str) -> str | None:
    try:
        return _format_datetime(datetime.fromisoformat(raw))
    except ValueError:
        return None


def _format_datetime(dt: datetime) -> str:
    """``xsd:dateTime`` lexical form: seconds always, ``Z`` for UTC, offset kept otherwise."""
    text = dt.replace(tzinfo=None).isoformat(
        timespec="microseconds" if dt.microsecond else "seconds"
    )
    offset = dt.utcoffset()
    if offset is None:
        return text
    if offset == timedelta(0):
        return text + "Z"
    return text + dt.isoformat()[-6:]
