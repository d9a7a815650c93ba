"""The SPARQL 1.1 Protocol's requests, as pure functions: what to run, and in which format.

- query: GET ``?query=``; POST ``application/x-www-form-urlencoded`` with ``query=``;
  POST ``application/sparql-query`` with the query as the body. ``default-graph-uri``
  and ``named-graph-uri`` (URL or form) choose the dataset.
- update: POST only, ``update=`` (form) or ``application/sparql-update``.

Formats are negotiated from ``Accept`` (q-values and wildcards honoured); a ``format``
parameter (``json``, ``xml``, ``csv``, ``tsv``, ``turtle``, ``ntriples``, ``jsonld``,
``rdfxml``, or a media type) overrides it, for browsers; one that names nothing
offered is ignored. A problem is a ``RequestError`` carrying
the HTTP status the protocol asks for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qs

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"

#: Media types of SELECT and ASK results, with the format name; the first is the default.
RESULT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
#: Media types of CONSTRUCT and DESCRIBE results (and Graph Store GETs); the first is the default.
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/turtle": "turtle",
    "application/x-turtle": "turtle",
    "text/n3": "turtle",  # Turtle is N3
    "application/n3": "turtle",
    "text/rdf+n3": "turtle",
    "application/x-json+ld": "jsonld",
    "text/plain": "ntriples",
}
_CANONICAL = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


class RequestError(Exception):
    """A request the endpoint refuses: ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str, *headers: tuple[str, str]) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


@dataclass(frozen=True, slots=True)
class Operation:
    """One protocol operation: a query or an update, its text and its dataset."""

    kind: Literal["query", "update"]
    text: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    format: str | None = None  # the ``format`` parameter, when given


def parse_operation(method: str, content_type: str, query_string: str, body: bytes) -> Operation:
    """The operation a request to the query or update URL asks for."""
    url = parse_qs(query_string, keep_blank_values=True)
    media = content_type.split(";")[0].strip().lower()
    if method in ("GET", "HEAD"):
        if body:
            raise RequestError(400, "a GET request must have no body; POST the query instead")
        if "update" in url:
            raise RequestError(405, "an update must be sent with POST, never GET")
        return _operation("query", url, url)
    if method != "POST":
        raise RequestError(405, f"method {method} is not allowed here; use GET or POST")
    if media == FORM:
        form = parse_qs(_utf8(body), keep_blank_values=True)
        kind = "update" if "update" in form else "query"
        return _operation(kind, form, {**url, **form})
    if media in (SPARQL_QUERY, SPARQL_UPDATE):
        kind = "query" if media == SPARQL_QUERY else "update"
        return _operation(kind, {kind: [_utf8(body)]}, url)
    raise RequestError(
        415,
        f"unsupported Content-Type {content_type or '(none)'!r}; send {FORM}, "
        f"{SPARQL_QUERY} or {SPARQL_UPDATE}",
    )


def negotiate(accept: str, offers: dict[str, str], format_param: str | None = None) -> str | None:
    """The media type to answer with, from ``offers``; ``None`` means 406 Not Acceptable.

    An empty ``Accept`` gets the first offer. The highest q-value wins; among equals,
    the more specific range, then the server's order.
    """
    for token in (format_param or "").split(","):  # SPARQLWrapper sends "json-ld", types
        name = token.strip().lower()
        named = _CANONICAL.get(name.replace("-", ""), name)
        if named in offers:
            return named
    ranges = _accept_ranges(accept or "*/*")
    best: tuple[float, int, int] | None = None
    choice = None
    for order, offer in enumerate(offers):
        media_range, q = next(((r, q) for r, q in ranges if _matches(r, offer)), ("", 0.0))
        key = (q, 2 - media_range.count("*"), -order)
        if q > 0 and (best is None or key > best):
            best, choice = key, offer
    return choice


def _accept_ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            name, _, value = f.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((fields[0].lower(), q))
    ranges.sort(key=lambda r: -(2 - r[0].count("*")))  # specific ranges decide first
    return ranges


def _matches(media_range: str, offer: str) -> bool:
    if media_range in ("*/*", "*"):
        return True
    kind, _, sub = media_range.partition("/")
    offer_kind, _, offer_sub = offer.partition("/")
    return kind == offer_kind and sub in ("*", offer_sub)


def _operation(kind: str, params: dict[str, list[str]], dataset: dict[str, list[str]]) -> Operation:
    texts = params.get(kind, [])
    if len(texts) != 1:
        raise RequestError(
            400,
            f"give exactly one {kind!r} parameter (got {len(texts)}); e.g. "
            "/query?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%2010",
        )
    formats = dataset.get("format") or [None]
    if kind == "update":
        graphs = ("using-graph-uri", "using-named-graph-uri")
    else:
        graphs = ("default-graph-uri", "named-graph-uri")
    return Operation(
        kind,  # type: ignore[arg-type]
        texts[0],
        tuple(dataset.get(graphs[0], [])),
        tuple(dataset.get(graphs[1], [])),
        formats[0],
    )


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RequestError(400, f"the request body is not UTF-8: {exc}") from None
