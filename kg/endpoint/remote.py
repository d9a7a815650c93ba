"""A remote SPARQL 1.1 store, through SPARQLWrapper: query it, write article graphs to it.

Writes use SPARQL 1.1 Update, which every triple store speaks: each article's graph
is replaced by ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }``, and
several articles go in one request (``batch_size``). A request is one transaction
in the stores we know (Oxigraph, Fuseki, GraphDB), so a reader never sees half an
article, and sending the same batch twice gives the same store: a failed batch can
be retried and a rebuild is idempotent.

Named queries bind their parameters with ``VALUES`` clauses (``kg.sparql.inline_bindings``),
as the embedded store does. Queries read article graphs through
``GRAPH ?g`` and the ontology graph, so they need no union-default-graph setting.

Errors are ``EndpointError``; ``transient`` is true for what a retry may cure
(connection refused or reset, time-outs, 429, 502/503/504), which is retried
``retries`` times with a growing pause before it is raised. A 429 or 503 that
carries ``Retry-After`` is retried after the time the server asks for (at most
``MAX_RETRY_AFTER``), as public endpoints such as Wikidata's require.
"""

from __future__ import annotations

import ast
import datetime as dt
import email.utils
import logging
import os
import socket
import time
import urllib.error
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager, nullcontext
from types import TracebackType
from typing import Any, Self, TypeVar

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import EndpointError
from kg.sparql import inline_bindings, strip_comments
from kg.store import ONTOLOGY_GRAPH, GraphStore, QueryResult
from kg.terms import PREFIXES, iri, plain_literal, to_oxigraph

log = logging.getLogger(__name__)

#: Environment variable holding the bearer token (for remote stores and ``kg serve``).
TOKEN_ENV = "NEWSKG_TOKEN"
DEFAULT_BATCH_SIZE = 50  # article graphs per update request
DEFAULT_BATCH_BYTES = 4 * 1024 * 1024  # … or fewer, when their text grows past this
DEFAULT_TIMEOUT = 60  # seconds for one HTTP request
_TRANSIENT_STATUS = frozenset({408, 429, 502, 503, 504})
#: The longest ``Retry-After`` honoured, in seconds; a longer one is waited this long.
MAX_RETRY_AFTER = 300.0
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_T = TypeVar("_T")


class RemoteStore:
    """A SPARQL 1.1 endpoint (and its update endpoint) holding newskg article graphs.

    ``replace_graph`` and ``remove_graph`` are queued and sent in batches; ``flush``
    (or leaving the ``with`` block) sends what is queued.
    """

    def __init__(
        self,
        endpoint: str,
        *,
        update_endpoint: str | None = None,
        token: str | None = None,
        timeout: int = DEFAULT_TIMEOUT,
        batch_size: int = DEFAULT_BATCH_SIZE,
        batch_bytes: int = DEFAULT_BATCH_BYTES,
        retries: int = 3,
        user_agent: str | None = None,
    ) -> None:
        if not endpoint.startswith(("http://", "https://")):
            raise EndpointError(
                f"not an endpoint URL: {endpoint!r}; give http(s)://HOST[:PORT]/PATH, "
                "e.g. http://127.0.0.1:7878/query"
            )
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or _guess_update_endpoint(endpoint)
        self.token = token
        self.timeout = timeout
        self.batch_size = max(1, batch_size)
        self.batch_bytes = batch_bytes
        self.retries = retries
        self.user_agent = user_agent
        self._queue: list[str] = []
        self._queued_bytes = 0
        self.graphs_written = 0
        self.requests = 0
        self._graphs_seen = 0
        self._lookups_offered: bool | None = None  # by a kg serve's /search: not yet asked

    # --- reading

    def lookups(self) -> SearchLookups | None:
        """The exact lookups of the search index of the kg serve this endpoint is (its
        ``/search?lookup=…``), for the named queries (``kg.query.indexed_text``); None
        for an endpoint not at ``…/query``, or once it has said it offers none."""
        head, sep, tail = self.endpoint.rpartition("/query")
        if not sep or tail or self._lookups_offered is False:
            return None
        return SearchLookups(self, f"{head}/search")

    def select(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        """Run a SELECT; ``bindings`` become VALUES clauses and their echo columns are dropped."""
        text = strip_comments(inline_bindings(sparql, bindings) if bindings else sparql)
        answer = self._call(lambda: self._query(text))
        if "results" not in answer:
            raise EndpointError(f"{self.endpoint} did not answer with SELECT results: {answer!r}")
        names = [n for n in answer["head"].get("vars", []) if n not in (bindings or {})]
        rows = rows_of(answer["results"]["bindings"], names)
        return QueryResult(columns=tuple(names), rows=rows)

    def ask(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> bool:
        """Run an ASK; its answer."""
        text = strip_comments(inline_bindings(sparql, bindings) if bindings else sparql)
        answer = self._call(lambda: self._query(text))
        if not isinstance(answer, dict) or "boolean" not in answer:
            raise EndpointError(f"{self.endpoint} did not answer with an ASK result: {answer!r}")
        return bool(answer["boolean"])

    def construct(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> Graph:
        """Run a CONSTRUCT or DESCRIBE; the graph it makes (asked for as Turtle)."""
        text = strip_comments(inline_bindings(sparql, bindings) if bindings else sparql)
        data = self._call(lambda: self._graph_query(text))
        g = Graph()
        for prefix, namespace in PREFIXES.items():
            g.bind(prefix, namespace)
        try:
            g.parse(data=data, format="turtle")
        except Exception as exc:  # noqa: BLE001 - any parser error is a bad answer
            raise EndpointError(f"{self.endpoint} answered the query with a graph that is "
                                f"not Turtle: {' '.join(str(exc).split())[:200]}") from exc
        return g

    # --- writing

    def update(self, sparql: str) -> None:
        """Send one SPARQL Update request (queued writes are sent first)."""
        self.flush()
        self._call(lambda: self._update(sparql))

    def replace_graph(self, graph_iri: URIRef | str, graph: Graph) -> int:
        """Queue the replacement of the named graph by ``graph``; returns its triples."""
        tag = self._blank_tag()
        self._enqueue(
            str(graph_iri),
            (f"{_sparql(s, tag)} {_sparql(p, tag)} {_sparql(o, tag)} ." for s, p, o in graph),
        )
        return len(graph)

    def replace_graph_quads(self, graph_iri: str, quads: Iterable[ox.Quad]) -> None:
        """Like ``replace_graph``, straight from pyoxigraph quads (for ``push``)."""
        tag = self._blank_tag()
        self._enqueue(
            graph_iri,
            (f"{_text(q.subject, tag)} {q.predicate} {_text(q.object, tag)} ." for q in quads),
        )

    def remove_graph(self, graph_iri: URIRef | str) -> None:
        """Queue the removal of the named graph (nothing happens where there is none)."""
        self._enqueue(str(graph_iri), ())

    def flush(self) -> None:
        """Send the queued graph writes as one update request."""
        if not self._queue:
            return
        request = " ;\n".join(self._queue)
        count = len(self._queue)
        self._call(lambda: self._update(request))
        self._queue, self._queued_bytes = [], 0
        self.graphs_written += count

    def close(self) -> None:
        self.flush()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is None:
            self.flush()
        elif self._queue:
            log.warning("%d graph writes to %s not sent", len(self._queue), self.update_endpoint)

    # --- internals

    def _enqueue(self, graph_iri: str, lines: Iterable[str]) -> None:
        try:
            name = str(ox.NamedNode(graph_iri))
        except ValueError as exc:
            raise EndpointError(f"not a valid graph IRI: {graph_iri!r} ({exc})") from exc
        body = "\n".join(lines)
        op = f"DROP SILENT GRAPH {name}"
        if body:
            op += f" ;\nINSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}"
        self._queue.append(op)
        self._queued_bytes += len(op)
        if len(self._queue) >= self.batch_size or self._queued_bytes >= self.batch_bytes:
            self.flush()

    def _blank_tag(self) -> str:
        """A prefix for one graph's blank node labels: labels are scoped to the whole
        update request, so two graphs in one batch must not share any."""
        self._graphs_seen += 1
        return f"g{self._graphs_seen}x"

    def _wrapper(self) -> Any:
        from SPARQLWrapper import JSON, POST, SPARQLWrapper

        w = SPARQLWrapper(self.endpoint, updateEndpoint=self.update_endpoint)
        if self.user_agent:
            w.agent = self.user_agent
        w.setMethod(POST)
        w.setReturnFormat(JSON)
        w.setTimeout(self.timeout)
        if self.token:
            w.addCustomHttpHeader("Authorization", f"Bearer {self.token}")
        return w

    def _query(self, text: str) -> dict:
        w = self._wrapper()
        w.setQuery(text)
        return w.queryAndConvert()

    def _graph_query(self, text: str) -> bytes:
        from SPARQLWrapper import TURTLE

        w = self._wrapper()
        w.setReturnFormat(TURTLE)
        w.setQuery(text)
        return w.query().response.read()

    def _update(self, text: str) -> None:
        from SPARQLWrapper import POSTDIRECTLY

        w = self._wrapper()
        w.setRequestMethod(POSTDIRECTLY)
        w.setQuery(text)
        w.query().response.read()

    def _call(self, fn: Callable[[], _T]) -> _T:
        """Run one request, retrying what is transient with pauses of 0.5, 1, 2 … s
        (or what the server's ``Retry-After`` asks for)."""
        for attempt in range(self.retries + 1):
            self.requests += 1
            try:
                return fn()
            except Exception as exc:  # noqa: BLE001 - urllib and SPARQLWrapper raise many types
                error = endpoint_error(exc, self.endpoint)
                if not error.transient or attempt == self.retries:
                    raise error from exc
                pause = retry_after(exc)
                pause = 0.5 * 2**attempt if pause is None else min(pause, MAX_RETRY_AFTER)
                log.warning("%s; retrying in %.1f s", error, pause)
                time.sleep(pause)
        raise AssertionError("unreachable")


def push(
    local: GraphStore,
    remote: RemoteStore,
    *,
    include_ontology: bool = True,
    progress: Callable[[int, int], None] | None = None,
    names: list[str] | None = None,
) -> int:
    """Copy every article graph of ``local``, its links graph (``kg link``) and the
    ontology graph to ``remote``; or only the graphs ``names`` (and the ontology), those
    ``kg push DIR`` loaded from shards: a name the store lacks (an article that failed)
    removes the remote graph.

    Each graph replaces the remote graph of the same name, so pushing twice changes
    nothing. Requests carry ``remote.batch_size`` graphs (fewer past its
    ``batch_bytes``), each retried when the failure is transient. Returns the number of
    graphs sent.
    """
    if names is None:
        names = local.exported_graphs(include_ontology=include_ontology)
    elif include_ontology:
        names = [str(ONTOLOGY_GRAPH), *dict.fromkeys(names)]
    for done, name in enumerate(names, 1):
        quads = local.store.quads_for_pattern(None, None, None, ox.NamedNode(name))
        remote.replace_graph_quads(name, quads)
        if progress is not None:
            progress(done, len(names))
    remote.flush()
    return len(names)


def _send_ontology(remote: RemoteStore) -> None:
    from kg.resources import ontology_file

    g = Graph()
    g.parse(ontology_file(), format="turtle")
    remote.replace_graph(ONTOLOGY_GRAPH, g)


def open_remote(
    endpoint: str | None,
    *,
    update_endpoint: str | None = None,
    token: str | None = None,
    send_ontology: bool = False,
) -> AbstractContextManager[RemoteStore | None]:
    """The ``RemoteStore`` at ``endpoint`` (``None`` stays ``None``), for ``with``.

    The token defaults to ``NEWSKG_TOKEN``. ``send_ontology`` (for builds) first
    replaces the remote ontology graph, which the named queries' subclass paths need.
    """
    if endpoint is None:
        return nullcontext(None)
    remote = RemoteStore(endpoint, update_endpoint=update_endpoint, token=token_from_env(token))
    if send_ontology:
        _send_ontology(remote)
    return remote


def token_from_env(token: str | None) -> str | None:
    """``token`` when given, else the ``NEWSKG_TOKEN`` environment variable (or None)."""
    return token or os.environ.get(TOKEN_ENV) or None


def endpoint_error(exc: BaseException, url: str) -> EndpointError:
    """An ``EndpointError`` saying what went wrong and whether a retry may help."""
    if isinstance(exc, EndpointError):
        return exc
    status, body = _status_and_body(exc)
    if status is not None:
        hint = _STATUS_HINTS.get(status, "")
        return EndpointError(
            f"{url} answered HTTP {status}{hint}: {body[:500]}".rstrip(": "),
            transient=status in _TRANSIENT_STATUS,
        )
    if isinstance(exc, urllib.error.URLError | ConnectionError | socket.timeout | TimeoutError):
        reason = getattr(exc, "reason", exc)
        return EndpointError(
            f"cannot reach {url}: {reason}; is the server running, and is the URL right?",
            transient=True,
        )
    if isinstance(exc, ValueError):  # SPARQLWrapper could not decode the answer
        return EndpointError(f"{url} gave an answer that is not SPARQL results: {exc}")
    return EndpointError(f"request to {url} failed: {type(exc).__name__}: {exc}")


def retry_after(exc: BaseException) -> float | None:
    """The seconds an HTTP error's ``Retry-After`` header asks to wait (None without one).

    The header is a number of seconds or an HTTP date (RFC 9110 §10.2.3).
    """
    headers = getattr(exc, "headers", None) if isinstance(exc, urllib.error.HTTPError) else None
    value = headers.get("Retry-After") if headers is not None else None
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


_STATUS_HINTS = {
    400: " (the endpoint rejected the query or update as malformed)",
    401: " (no or wrong token: give --token or set NEWSKG_TOKEN)",
    403: " (refused: the endpoint is read-only or the token lacks the right)",
    404: " (no endpoint at this URL)",
    413: " (request too large: lower the batch size)",
    415: " (the endpoint does not take this content type; is it the update URL?)",
    429: " (too many requests: the endpoint asks its clients to slow down)",
}


def _status_and_body(exc: BaseException) -> tuple[int | None, str]:
    """HTTP status and response text from urllib's or SPARQLWrapper's exception."""
    if isinstance(exc, urllib.error.HTTPError):
        try:
            body = exc.read().decode("utf-8", "replace")
        except Exception:  # noqa: BLE001 - the body is only for the message
            body = ""
        return exc.code, body.strip()
    from SPARQLWrapper import SPARQLExceptions as sw

    codes = {
        sw.QueryBadFormed: 400,
        sw.Unauthorized: 401,
        sw.EndPointNotFound: 404,
        sw.URITooLong: 414,
        sw.EndPointInternalError: 500,
    }
    status = next((c for cls, c in codes.items() if isinstance(exc, cls)), None)
    if status is None:
        return None, ""
    raw = str(exc).partition("Response:\n")[2]
    try:
        body = ast.literal_eval(raw).decode("utf-8", "replace")
    except (ValueError, SyntaxError, AttributeError):
        body = raw
    return status, body.strip()


class SearchLookups:
    """``named`` and ``containing`` of ``kg.search.SearchIndex``, asked of a kg serve's
    ``/search?lookup=name|contains&q=…``. An answer other than the IRIs (an index
    behind its store, too many IRIs, an earlier kg serve) is
    ``kg.query.LookupUnavailable``; a 404 or 405 (no index, or no kg serve) also tells
    the store not to ask again."""

    def __init__(self, store: RemoteStore, url: str) -> None:
        self.store, self.url = store, url

    def named(self, name: str) -> list[str]:
        return self._ask("name", name) if name.strip() else []  # no label is blank

    def containing(self, words: str) -> list[str] | None:
        return self._ask("contains", words) if len(words) >= 3 else None

    def page(self, question: str, value: str, *, by_name: bool, offset: int, limit: int,
             count: bool = False, kind: str = "", subclasses=()):
        """``kg.search.SearchIndex.page``, asked of ``/search?lookup=page``."""
        from kg.query import LookupUnavailable
        from kg.search import Picked

        if not value.strip():
            raise LookupUnavailable("no value to look up")
        body = self._get({"lookup": "page", "question": question, "q": value,
                          "by": "name" if by_name else "iri", "offset": offset,
                          "limit": limit, "count": int(count), "type": kind,
                          "sub": list(subclasses)})
        try:
            items, total, rows = body["items"], body["total"], body.get("rows")
            if not all(isinstance(i, str) for i in items):
                raise TypeError("items")
            if rows is not None and not all(isinstance(r, list) for r in rows):
                raise TypeError("rows")
            return Picked(items, None if total is None else int(total), int(body["reports"]),
                          body["first"], rows)
        except (KeyError, TypeError, ValueError) as exc:
            raise LookupUnavailable(f"{self.url}: no page of items: {exc}") from None

    def _ask(self, kind: str, words: str) -> list[str]:
        from kg.query import LookupUnavailable

        nodes = self._get({"lookup": kind, "q": words}).get("nodes")
        if not isinstance(nodes, list) or not all(isinstance(n, str) for n in nodes):
            raise LookupUnavailable(f"{self.url}: no list of IRIs")
        return nodes

    def _get(self, params: dict) -> dict:
        import json
        import urllib.parse
        import urllib.request

        from kg.query import LookupUnavailable

        query = urllib.parse.urlencode(params, doseq=True)
        request = urllib.request.Request(f"{self.url}?{query}",
                                         headers={"Accept": "application/json"})
        if self.store.token:
            request.add_header("Authorization", f"Bearer {self.store.token}")
        if self.store.user_agent:
            request.add_header("User-Agent", self.store.user_agent)
        try:
            with urllib.request.urlopen(request, timeout=self.store.timeout) as reply:
                body = json.loads(reply.read().decode("utf-8"))
            if not isinstance(body, dict):
                raise TypeError("not a JSON object")
        except urllib.error.HTTPError as exc:
            if exc.code in (404, 405):  # not a kg serve, or one without an index
                self.store._lookups_offered = False
            raise LookupUnavailable(f"{self.url}: {exc.code}") from None
        except (OSError, ValueError, TypeError) as exc:
            raise LookupUnavailable(f"{self.url}: {exc}") from None
        self.store._lookups_offered = True
        return body


def _guess_update_endpoint(endpoint: str) -> str:
    """Oxigraph and Fuseki take updates at ``…/update`` beside ``…/query``; else the same URL."""
    head, sep, tail = endpoint.rpartition("/query")
    return f"{head}/update{tail}" if sep and "/" not in tail else endpoint


def _text(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple, tag: str) -> str:
    return f"_:{tag}{term.value}" if isinstance(term, ox.BlankNode) else str(term)


def _sparql(term: Node, tag: str) -> str:
    try:
        return _text(to_oxigraph(term), tag)
    except (ValueError, TypeError) as exc:
        raise EndpointError(f"cannot send {term!r} to a remote store: {exc}") from exc


def _term(binding: Mapping[str, str]) -> Node:
    """The rdflib term of one SPARQL JSON results binding."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return iri(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in binding:
            return Literal(value, lang=binding["xml:lang"])
        datatype = binding.get("datatype")
        if datatype and datatype != _XSD_STRING:
            return Literal(value, datatype=URIRef(datatype))
        return plain_literal(value)
    raise EndpointError(f"unsupported term in SPARQL results: {binding!r}")


def rows_of(bindings: list[Mapping[str, Mapping[str, str]]],
            names: list[str]) -> list[tuple[Node | None, ...]]:
    """The rows of SPARQL JSON results' ``bindings``, a term for each of ``names``
    (None where unbound); each distinct term is made once (``kg.terms.converter``)."""
    made: dict[tuple, Node] = {}
    rows = []
    for b in bindings:
        row = []
        for n in names:
            binding = b.get(n)
            if binding is None:
                row.append(None)
                continue
            key = (binding["type"], binding["value"], binding.get("xml:lang"),
                   binding.get("datatype"))
            node = made.get(key)
            if node is None:
                node = made[key] = _term(binding)
            row.append(node)
        rows.append(tuple(row))
    return rows
