"""``kg serve``'s WSGI application: the SPARQL 1.1 Protocol and Graph Store Protocol.

    GET  /            what this server offers, as plain text
    GET|POST /query   SPARQL queries (union of all graphs as the default graph)
    POST /update      SPARQL Update (``--allow-update`` and the bearer token only)
    GET|HEAD /store?graph=IRI | ?default          one graph (Turtle, N-Triples …)
    GET|HEAD /search?q=WORDS[&type=K&limit=N&offset=N]   search by words (JSON)
    GET|HEAD /search?lookup=name|contains&q=WORDS         the index's exact lookups (JSON)
    GET|HEAD /search?lookup=page&question=NAME&q=VALUE…   a page's items, from the index
    GET|HEAD /, /search, /entity/…, /article/…, /q/…, /static/…   the explorer's pages
             (``kg.explorer``; / and /search only for a client asking for text/html)
    PUT|POST|DELETE /store?graph=IRI | ?default   replace, add to, remove (as /update)

Status codes: 400 malformed query or request (and SERVICE, LOAD, too deep or too
long: ``kg.endpoint.guard``), 401 no or wrong token (with ``WWW-Authenticate:
Bearer``), 403 writes to a read-only server, 404 no such graph, 405 wrong method,
406 no acceptable result format, 413 body too large, 414 URL too long, 415
unsupported Content-Type, 429 too many requests in progress from one address, 500
evaluation failed or refused (more rows than ``--max-rows``), 503 query timed out,
every worker busy, or a worker died (out of memory). docs/security.md has them all.
Tokens are compared with ``hmac.compare_digest``, in constant time.
"""

from __future__ import annotations

import hmac
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pyoxigraph as ox

from kg.endpoint import protocol
from kg.endpoint.guard import Guard
from kg.endpoint.protocol import RequestError
from kg.endpoint.workers import Job, Reply, WorkerPool, text_reply
from kg.errors import StoreError
from kg.store import GraphStore

log = logging.getLogger(__name__)
StartResponse = Callable[[str, list[tuple[str, str]]], Any]


@dataclass(frozen=True, slots=True)
class Limits:
    """What one request may ask for; docs/security.md lists them with the connection limits."""

    timeout: float = 10.0  # seconds a query may run
    max_rows: int = 100_000  # solutions or triples in one answer
    max_request_bytes: int = 8 * 1024 * 1024  # a request body
    max_url_bytes: int = 64 * 1024  # the query string of a GET (414 beyond)
    max_query_chars: int = 256 * 1024  # a query's text, however sent
    max_depth: int = 64  # nesting of { ( [ in a query or update
    max_client_requests: int = 8  # requests one client address may have in progress (429)


class Writer:
    """The store opened for writing, behind one lock; present only with ``--allow-update``."""

    def __init__(self, store: GraphStore, token: str) -> None:
        if not token:
            raise ValueError("a writable endpoint needs a token")
        self.store = store
        self._token = token.encode("utf-8")
        self._lock = threading.Lock()

    def check(self, authorization: str) -> None:
        """Accept ``Bearer <token>``; anything else is a 401, compared in constant time."""
        scheme, _, given = authorization.strip().partition(" ")
        challenge = ("WWW-Authenticate", 'Bearer realm="newskg"')
        if scheme.lower() != "bearer" or not given.strip():
            raise RequestError(
                401, "updates need 'Authorization: Bearer <token>' (the token kg serve was "
                "started with)", challenge,
            )
        if not hmac.compare_digest(given.strip().encode("utf-8"), self._token):
            raise RequestError(
                401, "the bearer token is not valid for this server",
                ("WWW-Authenticate", 'Bearer realm="newskg", error="invalid_token"'),
            )

    def update(self, text: str) -> None:
        with self._lock:
            try:
                self.store.store.update(text)
            except SyntaxError as exc:
                raise RequestError(400, f"SPARQL Update syntax error: {exc}") from None
            except (OSError, RuntimeError, ValueError) as exc:
                raise RequestError(500, f"the update failed: {exc}") from None
            try:  # the default graph is the merge of the named graphs: made anew after a write
                self.store.merge_default_graph()
            except StoreError as exc:
                raise RequestError(500, f"the update was made, but {exc}") from None

    def has_graph(self, iri: str) -> bool:
        return self.store.store.contains_named_graph(ox.NamedNode(iri))


class SparqlApp:
    """The WSGI callable. Queries go to the worker pool; writes to the ``Writer``."""

    def __init__(self, pool: WorkerPool, limits: Limits, writer: Writer | None,
                 *, allow_service: tuple[str, ...] = (), store: Path | None = None,
                 token: str | None = None) -> None:
        from kg.explorer.pages import Explorer

        self.pool = pool
        self.store = store  # the data directory: its search index answers /search
        self.limits = limits
        self.writer = writer
        self.guard = Guard(allow_service=allow_service, max_depth=limits.max_depth,
                           max_query_chars=limits.max_query_chars)
        # the pages; with a token, they need it (the SPARQL endpoints stay as they are)
        self.explorer = Explorer(pool, root=store, token=token, timeout=limits.timeout,
                                 max_rows=limits.max_rows)
        self._in_progress: dict[str, int] = {}  # requests per client address
        self._clients_lock = threading.Lock()

    def __call__(self, environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        started = time.perf_counter()
        client = environ.get("REMOTE_ADDR", "")
        try:
            with self._admitted(client):
                reply = self._route(environ)
        except RequestError as exc:
            reply = text_reply(exc.status, exc.message, *exc.headers)
        status = HTTPStatus(reply.status)
        headers = [("Content-Type", reply.content_type)]
        if reply.chunks is None:  # streamed: waitress sends it chunked, or to the close
            headers.append(("Content-Length", str(len(reply.body))))
        headers += list(reply.headers)
        start_response(f"{status.value} {status.phrase}", headers)
        log.info("%s %s -> %d (%.0f ms)", environ.get("REQUEST_METHOD"),
                 environ.get("PATH_INFO"), reply.status, 1000 * (time.perf_counter() - started))
        if environ.get("REQUEST_METHOD") == "HEAD":
            return [b""]
        return [reply.body] if reply.chunks is None else reply.chunks

    # --- routes

    def _route(self, environ: dict) -> Reply:
        path = environ.get("PATH_INFO", "/").rstrip("/") or "/"
        method = environ.get("REQUEST_METHOD", "GET").upper()
        if len(environ.get("QUERY_STRING", "")) > self.limits.max_url_bytes:
            raise RequestError(414, f"the URL is longer than {self.limits.max_url_bytes} bytes "
                               "(--max-url-bytes); POST the query instead")
        if self.explorer.wants(path, environ):
            return self.explorer.handle(environ, path, method)
        if path == "/":
            return text_reply(200, self._about())
        if path in ("/query", "/update"):
            op = protocol.parse_operation(method, environ.get("CONTENT_TYPE", ""),
                                          environ.get("QUERY_STRING", ""), self._body(environ))
            if op.kind == "query" and path == "/query":
                return self._query(op, environ)
            if op.kind == "update" and path == "/update":
                return self._update(op, environ)
            where = "/query" if op.kind == "query" else "/update"
            raise RequestError(400, f"send a SPARQL {op.kind} to {where}, not to {path}")
        if path == "/store":
            return self._graph_store(method, environ)
        if path == "/search":
            return self._search(method, environ.get("QUERY_STRING", ""))
        raise RequestError(404, f"nothing at {path}; the endpoints are /query, /update, /store, "
                           "/search")

    def _query(self, op: protocol.Operation, environ: dict) -> Reply:
        self.guard.check(op.text, "query")
        for iri in op.default_graphs + op.named_graphs:
            _named_node(iri, "default-graph-uri or named-graph-uri")
        job = Job(text=op.text, accept=environ.get("HTTP_ACCEPT", ""), format=op.format,
                  default_graphs=op.default_graphs, named_graphs=op.named_graphs,
                  max_rows=self.limits.max_rows)
        return self.pool.run(job)

    def _update(self, op: protocol.Operation, environ: dict) -> Reply:
        writer = self._authorized(environ)
        if op.default_graphs or op.named_graphs:
            raise RequestError(400, "using-graph-uri and using-named-graph-uri are not supported; "
                               "write USING or WITH in the update instead")
        self.guard.check(op.text, "update")
        writer.update(op.text)
        return Reply(204)

    def _graph_store(self, method: str, environ: dict) -> Reply:
        graph = _graph_param(environ.get("QUERY_STRING", ""))
        if method in ("GET", "HEAD"):
            job = Job(accept=environ.get("HTTP_ACCEPT", ""), graph=graph,
                      max_rows=self.limits.max_rows)
            return self.pool.run(job)
        if method not in ("PUT", "POST", "DELETE"):
            raise RequestError(405, f"method {method} is not allowed on /store")
        writer = self._authorized(environ)
        existed = writer.has_graph(graph) if graph else True
        target = f"GRAPH <{graph}> " if graph else ""
        if method == "DELETE":
            if not existed:
                raise RequestError(404, f"no graph <{graph}> in the store")
            writer.update(f"DROP GRAPH <{graph}>" if graph else "DROP DEFAULT")
            return Reply(204)
        body = _ntriples(environ.get("CONTENT_TYPE", ""), self._body(environ))
        drop = (f"DROP SILENT GRAPH <{graph}> ;\n" if graph else "DROP SILENT DEFAULT ;\n")
        insert = f"INSERT DATA {{ {target}{{\n{body}\n}} }}"
        writer.update((drop if method == "PUT" else "") + insert)
        return Reply(204 if existed else 201)

    def _search(self, method: str, query_string: str) -> Reply:
        """``GET /search?q=WORDS``: the hits of ``kg search`` as JSON, read-only, within the
        query limits (``--timeout``; at most ``--max-rows`` hits, offset included)."""
        from kg.errors import QueryError
        from kg.search import DEFAULT_HITS, MAX_HITS, SearchIndex, SearchTimeout

        if method not in ("GET", "HEAD"):
            raise RequestError(405, f"method {method} is not allowed on /search; use GET",
                               ("Allow", "GET, HEAD"))
        params = parse_qs(query_string, keep_blank_values=True)
        unknown = sorted(set(params) - {"q", "type", "limit", "offset", "lookup", "question",
                                        "by", "count", "sub"})
        if unknown:
            raise RequestError(400, f"/search takes q, type, limit, offset, lookup (and "
                               f"question, by, count, sub with lookup=page), not "
                               f"{unknown[0]!r}")
        words = _one(params, "q", "")
        if not words.strip():
            raise RequestError(400, "give the words to search for: /search?q=claimed+control")
        if len(words) > self.limits.max_query_chars:
            raise RequestError(400, f"q has {len(words)} characters; at most "
                               f"{self.limits.max_query_chars} (--max-query-chars)")
        if _one(params, "lookup", "") == "page":
            return self._page(params, words)
        if "lookup" in params:
            return self._lookup(_one(params, "lookup", ""), words)
        limit = _number(params, "limit", DEFAULT_HITS)
        offset = _number(params, "offset", 0)
        most = min(MAX_HITS, self.limits.max_rows)
        if not 1 <= limit <= most or limit + offset > self.limits.max_rows:
            raise RequestError(400, f"limit must be 1 to {most}, and limit + offset at most "
                               f"{self.limits.max_rows} (--max-rows)")
        if self.store is None:
            raise RequestError(404, "this server has no search index")
        try:
            with SearchIndex(self.store) as index:
                found = index.search(words, kind=_one(params, "type", "") or None, limit=limit,
                                     offset=offset, timeout=self.limits.timeout)
        except SearchTimeout as exc:
            raise RequestError(503, str(exc)) from None
        except QueryError as exc:
            raise RequestError(400, str(exc)) from None
        except StoreError as exc:
            raise RequestError(404, str(exc)) from None
        body = {"query": words, "offset": offset, "limit": limit,
                "hits": [h.as_dict() for h in found.hits]}
        return Reply(200, "application/json",
                      json.dumps(body, ensure_ascii=False).encode("utf-8"))

    def _lookup(self, kind: str, words: str) -> Reply:
        """``GET /search?lookup=name|contains&q=…``: the IRIs the search index gives a
        name (``SearchIndex.named``) or the statements whose content contains the words
        (``SearchIndex.containing``), exactly as the named queries' lookups and
        ``CONTAINS`` find them: what ``kg query --endpoint`` starts a named query from
        on a kg serve (``kg.query.indexed_text``). 409 while the index is not in step
        with the store, 413 beyond ``--max-rows`` IRIs: the client then sends the
        query alone."""

        if kind not in ("name", "contains"):
            raise RequestError(400, f"lookup is name, contains or page, not {kind!r}")
        with self._index_in_step() as index:
            nodes = index.named(words) if kind == "name" else index.containing(words)
        if nodes is None:
            raise RequestError(400, "contains needs 3 characters or more")
        if len(nodes) > self.limits.max_rows:
            raise RequestError(413, f"{len(nodes)} IRIs; at most {self.limits.max_rows} "
                               "(--max-rows): send the query alone")
        body = {"query": words, "lookup": kind, "nodes": nodes}
        return Reply(200, "application/json",
                     json.dumps(body, ensure_ascii=False).encode("utf-8"))

    def _page(self, params: dict[str, list[str]], value: str) -> Reply:
        """``GET /search?lookup=page&question=NAME&q=VALUE&by=name|iri&offset=&limit=``
        (``&count=1``; first-report's ``&type=`` and ``&sub=`` IRIs): the items of one
        page of a question the index pages (``kg.search.SearchIndex.page``), in its
        order, as JSON (``items``, ``total``, ``reports``, ``first``): what ``kg query
        --endpoint`` starts such a question from (``kg.query.run_page``), then asking
        the store for those items' details. 409 while the index is behind the store."""
        from kg.errors import QueryError

        question, by = _one(params, "question", ""), _one(params, "by", "name")
        if by not in ("name", "iri"):
            raise RequestError(400, f"by is name or iri, not {by!r}")
        offset, limit = _number(params, "offset", 0), _number(params, "limit", 100)
        if offset < 0 or limit < 1 or offset + limit > self.limits.max_rows:
            raise RequestError(400, f"limit must be 1 or more, offset 0 or more, and limit + "
                               f"offset at most {self.limits.max_rows} (--max-rows)")
        try:
            with self._index_in_step() as index:
                picked = index.page(question, value, by_name=by == "name", offset=offset,
                                    limit=limit, count=_one(params, "count", "") == "1",
                                    kind=_one(params, "type", ""),
                                    subclasses=params.get("sub", []))
        except QueryError as exc:
            raise RequestError(400, str(exc)) from None
        body = {"query": value, "lookup": "page", "question": question, **picked.as_dict()}
        return Reply(200, "application/json",
                     json.dumps(body, ensure_ascii=False).encode("utf-8"))

    # --- helpers

    @contextmanager
    def _index_in_step(self) -> Iterator[Any]:
        """The store's search index, in step with the store, its lookups bounded by the
        timeout: 404 without an index, 409 while a build is writing, 503 past the
        timeout."""
        from kg.search import SearchIndex

        if self.store is None:
            raise RequestError(404, "this server has no search index")
        try:
            with SearchIndex(self.store) as index:
                if not index.in_step():
                    raise RequestError(409, "the search index is behind the store (a build "
                                       "is writing): send the query alone")
                deadline = time.monotonic() + self.limits.timeout
                index.db.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
                yield index
        except StoreError as exc:
            raise RequestError(404, str(exc)) from None
        except sqlite3.OperationalError as exc:
            raise RequestError(503, f"the lookup took more than {self.limits.timeout:g} s: "
                               f"{exc}") from None

    @contextmanager
    def _admitted(self, client: str) -> Iterator[None]:
        """Count the client's requests in progress; 429 beyond ``max_client_requests``."""
        with self._clients_lock:
            running = self._in_progress.get(client, 0)
            if running >= self.limits.max_client_requests:
                raise RequestError(
                    429, f"{client} already has {running} requests in progress; this server "
                    f"takes at most {self.limits.max_client_requests} per client "
                    "(--max-client-requests)", ("Retry-After", "1"))
            self._in_progress[client] = running + 1
        try:
            yield
        finally:
            with self._clients_lock:
                left = self._in_progress.pop(client) - 1
                if left:
                    self._in_progress[client] = left

    def _authorized(self, environ: dict) -> Writer:
        if self.writer is None:
            raise RequestError(403, "this endpoint is read-only; start kg serve with "
                               "--allow-update and a token to accept writes")
        self.writer.check(environ.get("HTTP_AUTHORIZATION", ""))
        return self.writer

    def _body(self, environ: dict) -> bytes:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise RequestError(400, "Content-Length is not a number") from None
        if length > self.limits.max_request_bytes:
            raise RequestError(413, f"the request has {length} bytes; this server takes at "
                               f"most {self.limits.max_request_bytes} (--max-request-bytes)")
        return environ["wsgi.input"].read(length) if length > 0 else b""

    def _about(self) -> str:
        mode = "read-write (bearer token)" if self.writer else "read-only"
        return (
            "newskg SPARQL endpoint (SPARQL 1.1 Protocol)\n\n"
            "GET|POST /query    queries; the default graph is the union of all graphs\n"
            "POST     /update   SPARQL Update\n"
            "GET      /store?graph=IRI   one named graph (Graph Store Protocol)\n"
            "GET      /search?q=WORDS    search by words (JSON): type=statement|entity|"
            "article|event, limit, offset\n"
            "GET      /search?lookup=page&question=NAME&q=…  a page's items, from the index\n"
            "GET      /search?lookup=name|contains&q=WORDS   the IRIs of a name, the "
            "statements whose content contains WORDS (JSON)\n"
            "GET      /          (Accept: text/html) the explorer: pages for browsers\n\n"
            f"mode: {mode}; timeout {self.limits.timeout:g} s; at most {self.limits.max_rows} "
            f"rows; requests up to {self.limits.max_request_bytes} bytes\n"
        )


def _graph_param(query_string: str) -> str:
    """The graph a Graph Store request names: an IRI, or "" for ``?default``."""
    params = parse_qs(query_string, keep_blank_values=True)
    graphs = params.get("graph", [])
    if "default" in params and not graphs:
        return ""
    if len(graphs) != 1:
        raise RequestError(400, "name one graph: /store?graph=IRI or /store?default")
    return _named_node(graphs[0], "graph")


def _one(params: dict[str, list[str]], name: str, default: str) -> str:
    """The one value of a query-string parameter (a 400 when given twice)."""
    values = params.get(name, [])
    if len(values) > 1:
        raise RequestError(400, f"give {name} once, not {len(values)} times")
    return values[0] if values else default


def _number(params: dict[str, list[str]], name: str, default: int) -> int:
    raw = _one(params, name, str(default))
    try:
        return int(raw)
    except ValueError:
        raise RequestError(400, f"{name} must be a whole number, not {raw[:50]!r}") from None


def _named_node(iri: str, what: str) -> str:
    """``iri`` if it is an absolute IRI; a 400 naming the parameter otherwise."""
    try:
        return ox.NamedNode(iri).value
    except ValueError as exc:
        raise RequestError(400, f"{what} is not a valid IRI: {iri[:200]!r} ({exc})") from None


def _ntriples(content_type: str, body: bytes) -> str:
    """The triples of an RDF document as N-Triples lines (the body of an INSERT DATA)."""
    media = content_type.split(";")[0].strip()
    rdf_format = ox.RdfFormat.from_media_type(media) if media else None
    if rdf_format is None:
        raise RequestError(415, f"cannot read RDF sent as {media or '(no Content-Type)'!r}; "
                           "send text/turtle, application/n-triples or application/rdf+xml")
    try:
        quads = list(ox.parse(body, format=rdf_format))
    except SyntaxError as exc:
        raise RequestError(400, f"cannot parse the {media} body: {exc}") from None
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
