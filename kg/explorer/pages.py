"""The explorer's pages: what each URL shows, read from the store through named queries.

    GET /                      home: search box, the store's counts, latest articles,
                               the canonical questions as forms   (Accept: text/html)
    GET /search?q=WORDS        entities, statements and articles found (text/html;
                               /search answers JSON, as before, to every other client)
    GET /entity?name=NAME      the page of the entity of that name (303), or a choice
    GET /entity/KIND/SLUG      one entity (KIND: person, organization, place)
    GET /entity/KIND/SLUG/graph.json   its neighbourhood: {nodes: [...], edges: [...]}
                               (&offset=: the next neighbours, as the page's list pages)
    GET /article/ID            one article (ID: the input record's id, URL-encoded)
    GET /q/NAME?PARAM=…        a named question: form, table, pages; &format=csv|json
    GET /sparql                the SPARQL editor (YASGUI) on /query (text/html; kg.explorer.editor)
    GET /static/FILE           kg/explorer/static/ (CSS, our scripts, vendored YASGUI)

Every page is read-only (GET and HEAD), carries a strict Content-Security-Policy
(``CSP``: nothing but this server, no inline script: the only scripts are files of
/static/, the entity page's ``neighbourhood.js`` and the SPARQL page's) and, when the
server has a token, needs it: ``Authorization: Bearer TOKEN``, or HTTP Basic with the token as
password (any user name), which a browser asks for by itself. Lists are paged
(``offset``), and say how many rows there are: nothing is cut silently.

Stable element ids and classes (the browser tests and the scripts rely on them;
keep them):

    #search, #search-q              the search form and its text box (every page)
    #results, a.result-link         search results, and each result's link
    #entity, #entity-kind           an entity page, and its kind (Person, Place …)
    #control                        a place's "who claimed control, and who denied it"
    #timeline, svg.timeline-chart   the timeline chart (one <a> per item)
    #neighbourhood[data-src]        the neighbours as a list; data-src is graph.json;
                                    static/neighbourhood.js draws it (svg.neighbourhood-graph,
                                    .node per node (an <a>), g.edge per edge; data-drawn:
                                    the nodes drawn, "none" or "failed") and then hides the
                                    list (hidden: from sight, Tab and screen readers)
    #items, tr.item                 the statements and events of an entity
    #article, #article-text         an article page, and its text (or, for a store built
                                    before it kept the text, its evidence sentences)
    .sentence#s-HASH                one evidence sentence (``text.sentence_anchor``): a
                                    span.sentence in div.article-full#article-full, the
                                    whole text; a p.sentence in a store without the text
    mark.hl.hl-entity|hl-content|hl-cue|hl-trigger   a highlight; title says what it is
    #extracted, li.extracted        the items read from the article
    #question, #answer, tr.row      a question page, its table and each row
    a.evidence-link                 a row's link to its evidence sentence
    nav.pager a[rel=prev|next]      paging links
"""

from __future__ import annotations

import base64
import binascii
import csv
import hmac
import io
import json
import threading
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from rdflib import XSD, Literal

from kg import iri
from kg.endpoint.protocol import RequestError
from kg.endpoint.workers import Reply, WorkerPool, fingerprint
from kg.errors import QueryError, StoreError
from kg.explorer import chart, editor
from kg.explorer.store import PoolStore
from kg.explorer.text import (
    Mark,
    article_href,
    cue_spans,
    entity_href,
    entity_iri,
    entity_key,
    find_all,
    local_name,
    marked_parts,
    precision,
    sentence_anchor,
    show_date,
)
from kg.query import (
    PAGED,
    NamedQuery,
    Page,
    bind_params,
    count_rows,
    get_query,
    indexed_text,
    list_queries,
    run_page,
    run_query,
)
from kg.sparql import sparql_term
from kg.store import QueryResult
from kg.vocab import RESOURCE_BASE, SCHEMA

HERE = Path(__file__).parent
#: The explorer's own queries (by IRI), run like the named ones.
SPARQL = HERE / "sparql"
STATIC = HERE / "static"
#: The policy of every reply: this server only, no inline script, no frames, no plugins.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = (("Content-Security-Policy", CSP), ("X-Content-Type-Options", "nosniff"),
                    ("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY"))
HTML = "text/html; charset=utf-8"
#: Rows of a question's page, unless ``limit`` says otherwise (at most ``MAX_PAGE``).
PAGE = 50
MAX_PAGE = 500
#: Rows of a download unless ``limit`` says otherwise (a Link header points to the rest).
DOWNLOAD = 10_000
#: Items on an entity page, neighbours in its list and graph, articles, search hits.
ITEMS, NEIGHBOURS, ARTICLES, HITS = 50, 40, 10, 20
#: The offsets of an entity page's lists: its items, articles, neighbours, and a
#: place's claims and denials.
LISTS = ("offset", "articles", "neighbours", "claims", "denials")
#: Pages kept per state of the store (``Explorer._once``): the home page's counts and
#: latest articles, and the pages of the questions asked without a parameter.
KEPT = 64
#: Queries of one page asked at once (``Explorer._entity``): as many as ``kg serve``'s
#: default workers; with fewer workers the others wait for one.
PARTS = 2
#: Dated items the timeline chart draws (it says so when there are more).
CHART_ITEMS = 2000
#: Named queries that feed programs, not people: left off the home page's questions.
HIDDEN = ("view-", "entity-names")
#: Columns of the named questions that hold an entity's name: linked to its page.
NAME_COLUMNS = frozenset({"speaker", "onBehalfOf", "deniedBy", "member", "respondsToSpeaker",
                          "outlet", "label", "via"})
#: Columns of the named questions that hold a date as a plain string (``STR(?when)``, to
#: compare dates of mixed precision): shown with their precision, like typed ones.
DATE_COLUMNS = frozenset({"date", "reported", "published", "firstPublished", "firstDate",
                          "lastDate", "first"})
RESERVED = ("offset", "limit", "format", "count")
_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2",
                 ".json": "application/json", ".txt": "text/plain; charset=utf-8",
                 ".map": "application/json"}


@cache
def templates() -> Environment:
    """The Jinja2 environment: autoescape on for every template (``.html`` and the SVG
    in them), undefined names an error rather than an empty string."""
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(date=show_date, local=local_name, entity_href=entity_href,
                       article_href=article_href, anchor=sentence_anchor)
    env.globals.update(urlencode=urlencode, quote=quote)
    return env


@cache
def warm() -> None:
    """What a page's first visit would otherwise pay, done once as the server starts:
    every template compiled (the entity page's 0.1 s), the search index's module read."""
    import kg.search  # noqa: F401 - imported lazily by the pages that read the index

    env = templates()
    for name in env.list_templates(extensions=("html",)):
        env.get_template(name)


def wants_html(accept: str) -> bool:
    """Whether a client asks for HTML before JSON (a browser does; curl and the SPARQL
    clients do not): ``text/html`` listed, with a q-value no lower than JSON's."""
    weights: dict[str, float] = {}
    for part in accept.lower().split(","):
        media, *options = (p.strip() for p in part.split(";"))
        q = 1.0
        for option in options:
            if option.startswith("q="):
                try:
                    q = float(option[2:])
                except ValueError:
                    q = 0.0
        weights[media] = max(q, weights.get(media, 0.0))
    html = weights.get("text/html", 0.0)
    return html > 0 and html >= weights.get("application/json", 0.0)


@dataclass(frozen=True, slots=True)
class Rows:
    """A page of rows as dicts, with the paging facts the templates show."""

    rows: list[dict[str, Any]]
    offset: int
    limit: int
    more: bool
    total: int | None

    @classmethod
    def of(cls, page: Page) -> Rows:
        return cls(plain(page.result.dicts()), page.offset, page.limit, page.more, page.total)

    @property
    def last(self) -> int:
        return self.offset + len(self.rows)


class Explorer:
    """The pages of one ``kg serve``: ``wants`` says which requests are its own,
    ``handle`` answers them."""

    def __init__(self, pool: WorkerPool, *, root: Path | None, token: str | None,
                 timeout: float, max_rows: int) -> None:
        self.store = PoolStore(pool, root, max_rows=max_rows)
        self.root = root
        self.timeout = timeout
        self.max_rows = max_rows
        self._token = token.encode("utf-8") if token else None
        self._kept: dict[str, tuple[tuple, Any]] = {}  # name: (store's state, value)
        self._keeping = threading.Lock()
        warm()


    @staticmethod
    def wants(path: str, environ: Mapping[str, str]) -> bool:
        """The explorer's paths; ``/`` and ``/search`` only for a client asking for HTML."""
        if path in ("/", "/search", "/sparql"):
            return wants_html(environ.get("HTTP_ACCEPT", ""))
        return path == "/entity" or path.startswith(("/entity/", "/article/", "/q/",
                                                     "/static/"))

    def handle(self, environ: Mapping[str, Any], path: str, method: str) -> Reply:
        """The reply to one request: a page, JSON, a file, or an error page."""
        params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        try:
            if method not in ("GET", "HEAD"):
                raise RequestError(405, f"the explorer is read-only: {method} is not allowed "
                                   "(GET or HEAD)", ("Allow", "GET, HEAD"))
            self._check_token(environ.get("HTTP_AUTHORIZATION", ""))
            reply = self._route(path, params)
        except RequestError as exc:
            reply = self._error(exc.status, exc.message, path, exc.headers)
        except QueryError as exc:
            reply = self._error(400, str(exc), path)
        except StoreError as exc:
            reply = self._error(503, str(exc), path)
        security = SECURITY_HEADERS
        if path == "/sparql":  # YASGUI styles from script: editor.CSP says why
            security = (("Content-Security-Policy", editor.CSP), *SECURITY_HEADERS[1:])
        return replace(reply, headers=reply.headers + security)

    # --- routes

    def _route(self, path: str, params: dict[str, list[str]]) -> Reply:
        if path.startswith("/static/"):
            return static(path.removeprefix("/static/"))
        if path == "/":
            return self._page("home.html", **self._home())
        if path == "/search":
            return self._page("search.html", **self._search(params))
        if path == "/sparql":
            return self._page("sparql.html", **editor.context())
        if path == "/entity":
            return self._by_name(_one(params, "name"))
        if path.startswith("/entity/"):
            key = path.removeprefix("/entity/")
            if key.endswith("/graph.json"):
                return self._graph_json(key.removesuffix("/graph.json"),
                                        _number(params, "offset", 0, most=self.max_rows))
            return self._page("entity.html", **self._entity(key, params))
        if path.startswith("/article/"):
            return self._article(unquote(path.removeprefix("/article/")))
        if path.startswith("/q/"):
            return self._question(path.removeprefix("/q/"), params)
        raise RequestError(404, f"no page at {path}")

    def _home(self) -> dict:
        with ThreadPoolExecutor(1, thread_name_prefix="kg-page") as beside:
            counted = beside.submit(self._counts)  # SQLite here, beside the latest's queries
            latest = self._once("latest", lambda: Rows.of(latest_articles(self.store,
                                                                          ARTICLES)))
            counts, source = counted.result()
        return {"title": "newskg explorer", "counts": counts, "counted": source,
                "latest": latest, "questions": questions()}

    def _counts(self) -> tuple[dict[str, int], str]:
        """The store's counts, and where they come from: the search index when it is in
        step (a few SQLite counts), else ``counts.rq`` once per state of the store's
        files (it reads every typed node: 2 s at 100 k triples)."""
        from kg.search import SearchIndex

        if self.root is None:
            return {}, ""
        try:
            with SearchIndex(self.root) as index:
                if index.in_step():
                    return self._once("index-counts", lambda: index_counts(index.db)), \
                        "the search index"
        except StoreError:
            pass
        def count() -> dict[str, int]:
            rows = run_query(self.store, "counts").dicts()
            return {k: int(v.toPython()) for k, v in rows[0].items() if v is not None}

        return self._once("counts", count), "the store"

    def _once(self, name: str, compute: Callable[[], Any]) -> Any:
        """``compute()``, kept until the store's files or the search index change
        (``workers.fingerprint``): what the home page reads from the whole store or
        index (the counts, the latest articles) and the pages of the questions asked
        of the whole store, without a parameter (the first page of every denial, from
        the index), are read once per state of the store, not per visit; the ``KEPT``
        most recently asked. The first visit pays them (at 1 M triples 0.1 to 0.4 s
        of CPU: bench/README.md, ``bench/explorer.py --cold``)."""
        state: tuple = ()
        if self.root is not None:  # the store's files, and the search index's
            state = fingerprint(str(self.root / "oxigraph")) + _files_state(
                sorted(self.root.glob("search.sqlite*")))
        with self._keeping:  # (requests are threads; the computing is outside)
            kept = self._kept.get(name)
        if kept is None or kept[0] != state:
            kept = (state, compute())
        with self._keeping:
            self._kept.pop(name, None)
            self._kept[name] = kept  # the most recent last
            while len(self._kept) > KEPT:  # the least recently asked go first
                del self._kept[next(iter(self._kept))]
        return kept[1]

    def _search(self, params: dict[str, list[str]]) -> dict:
        from kg.search import SearchIndex

        words = _one(params, "q").strip()
        offset = _number(params, "offset", 0, most=self.max_rows)
        found: dict[str, list[dict]] = {"entity": [], "statement": [], "article": []}
        indexed = False
        if words:
            try:
                with SearchIndex(self.root or Path()) as index:
                    indexed = True
                    for kind in found:
                        hits = index.search(words, kind=kind, limit=HITS, offset=offset,
                                            timeout=self.timeout).hits
                        found[kind] = [_hit(h) for h in hits]
            except StoreError:
                indexed = False
            if not indexed:  # no index: the names alone, read from the store
                page = run_page(self.store, "names", {"words": words}, limit=HITS,
                                offset=offset, directory=SPARQL)
                found["entity"] = [{"href": entity_href(r["entity"]), "label": r["label"],
                                    "kind": "entity", "date": "", "articles": None,
                                    "text": [(f"{r['name']} ({local_name(r['kind'])})", False)],
                                    "sentence": []} for r in page.result.dicts()]
        more = any(len(hits) == HITS for hits in found.values())
        return {"title": f"Search: {words}" if words else "Search", "words": words,
                "found": found, "indexed": indexed, "offset": offset, "more": more,
                "hits": HITS}

    def _by_name(self, name: str) -> Reply:
        """``/entity?name=``: straight to the page of the one entity of that name (a label
        or alias, any case; ``kg.query`` looks it up in the search index when it can)."""
        if not name.strip():
            raise RequestError(400, "give a name: /entity?name=Osterby")
        found = run_query(self.store, "named", {"name": name}, directory=SPARQL)
        keys = sorted({key for (node,) in found.rows if (key := entity_key(node))})
        if len(keys) == 1:
            return Reply(303, HTML, b"", (("Location", f"/entity/{keys[0]}"),))
        if not keys:
            raise RequestError(404, f"no entity is named {name!r}")
        return self._page("names.html", title=f"Entities named {name}", name=name, keys=keys)

    def _entity(self, key: str, params: dict[str, list[str]]) -> dict:
        node = entity_iri(key)
        if node is None:
            raise RequestError(404, f"no entity has the key {key!r}")
        offsets = {name: _number(params, name, 0, most=self.max_rows) for name in LISTS}
        entity = {"entity": node}
        with ThreadPoolExecutor(PARTS, thread_name_prefix="kg-page") as parts:
            # the page's lists at once, on as many workers (each its own query): the page
            # takes about the longest, not their sum; the longest of a hub's (its
            # neighbours) first
            asked = {"facts": parts.submit(run_query, self.store, "entity", entity,
                                           directory=SPARQL),
                     "neighbours": parts.submit(run_page, self.store, "entity-neighbours",
                                                entity, limit=NEIGHBOURS,
                                                offset=offsets["neighbours"], directory=SPARQL),
                     "items": parts.submit(run_page, self.store, "entity-items", entity,
                                           limit=ITEMS, offset=offsets["offset"],
                                           directory=SPARQL),
                     "dated": parts.submit(run_page, self.store, "entity-dates", entity,
                                           limit=CHART_ITEMS, directory=SPARQL),
                     "articles": parts.submit(run_page, self.store, "entity-articles", entity,
                                              limit=ARTICLES, offset=offsets["articles"],
                                              directory=SPARQL)}
            facts = plain(asked["facts"].result().dicts())
            labels = [str(f["value"]) for f in facts if f["property"] == "label"]
            if not labels:
                raise RequestError(404, f"no entity <{node}> in the store")
            label = labels[0]
            kinds = sorted({local_name(f["value"]) for f in facts if f["property"] == "kind"})
            control = self._control(node, label, offsets, parts) if "Place" in kinds else None
            items, neighbours, articles = (Rows.of(asked[part].result())
                                           for part in ("items", "neighbours", "articles"))
            dated = asked["dated"].result()
        roles: dict[str, list[dict]] = {}
        for row in items.rows:
            roles.setdefault(str(row["role"]), []).append(row)
        return {"title": label, "key": key, "node": node, "label": label, "kinds": kinds,
                "facts": facts, "items": items, "roles": roles,
                "chart": chart.timeline(plain(dated.result.dicts())), "dated_more": dated.more,
                "chart_items": CHART_ITEMS, "neighbours": neighbours, "articles": articles,
                "control": control, "here": _here(f"/entity/{quote(key)}", params, LISTS)}

    def _control(self, node: str, label: str, offsets: dict[str, int],
                 parts: ThreadPoolExecutor) -> dict[str, Rows]:
        """A place's claims of control and denials, for its IRI: another place of the
        same name has its own page. By name (the named ``claimed-control`` and
        ``denials``, index first) when the name is this place's alone; else by IRI
        (``place-claims.rq``, ``place-denials.rq``: the same rows, but for the denials
        whose words alone name the place), which ``kg.query`` pages from the search
        index when it is in step (``kg.query.BY_IRI``: the named questions' pages for
        the IRI; else the SPARQL alone, place-denials looking the place's name up as
        the named questions do: bench/README.md). Claims and denials are asked at once,
        on the page's ``parts``."""
        named = run_query(self.store, "named", {"name": label}, directory=SPARQL)
        if {str(n) for (n,) in named.rows} == {node}:  # the name is this place's alone
            claims = parts.submit(run_page, self.store, "claimed-control", {"place": label},
                                  limit=PAGE, offset=offsets["claims"])
            denials = parts.submit(run_page, self.store, "denials", {"about": label},
                                   limit=PAGE, offset=offsets["denials"])
        else:
            claims = parts.submit(run_page, self.store, "place-claims", {"place": node},
                                  limit=PAGE, offset=offsets["claims"], directory=SPARQL)
            denials = parts.submit(run_page, self.store, "place-denials",
                                   {"place": node, "name": label}, limit=PAGE,
                                   offset=offsets["denials"], directory=SPARQL)
        return {"claims": Rows.of(claims.result()), "denials": Rows.of(denials.result())}

    def _graph_json(self, key: str, offset: int = 0) -> Reply:
        """The entity and ``NEIGHBOURS`` of its neighbours from ``offset`` (most shared
        first, as the entity page lists them), with ``more`` when others follow."""
        node = entity_iri(key)
        if node is None:
            raise RequestError(404, f"no entity has the key {key!r}")
        with ThreadPoolExecutor(2, thread_name_prefix="kg-page") as both:  # two workers
            named = both.submit(run_query, self.store, "entity-label", {"entity": node},
                                directory=SPARQL)
            page = run_page(self.store, "entity-neighbours", {"entity": node},
                            limit=NEIGHBOURS, offset=offset, directory=SPARQL)
            found = named.result().dicts()
        if not found:
            raise RequestError(404, f"no entity <{node}> in the store")
        label, kind = str(found[0]["label"]), local_name(found[0].get("kind"))
        nodes = [{"id": node, "label": label, "type": kind, "href": f"/entity/{key}"}]
        edges = []
        for row in page.result.dicts():
            other = str(row["other"])
            nodes.append({"id": other, "label": str(row["label"]),
                          "type": local_name(row["kind"]), "href": entity_href(other)})
            shared = int(row["items"].toPython())
            words = [f"{shared} shared item{'s' if shared != 1 else ''}"] if shared else []
            if str(row["membership"]) == "true":
                words.insert(0, "membership")
            edges.append({"source": node, "target": other, "label": ", ".join(words)})
        body = {"nodes": nodes, "edges": edges, "offset": offset, "more": page.more}
        return Reply(200, "application/json",
                     json.dumps(body, ensure_ascii=False).encode("utf-8"))

    def _article(self, article_id: str) -> Reply:
        if not article_id.strip():
            raise RequestError(404, "give an article's id: /article/ID")
        graph = str(iri.article_graph(article_id))
        node = str(iri.article_iri(article_id))
        facts = plain(run_query(self.store, "article", {"graph": graph, "article": node},
                                directory=SPARQL).dicts())
        records = self._quarantine(article_id)
        if not facts:
            if records:
                return self._page("quarantined.html", title=f"Article {article_id}",
                                  article_id=article_id, records=records)
            raise RequestError(404, f"no article with the id {article_id!r} in the store")
        about: dict[str, list] = {}
        for f in facts:
            about.setdefault(str(f["property"]), []).append(f)
        items = plain(run_query(self.store, "article-items", {"graph": graph},
                                directory=SPARQL).dicts())
        entities = plain(run_query(self.store, "article-entities", {"graph": graph},
                                   directory=SPARQL).dicts())
        length = about.get("textLength")
        text_length = int(length[0]["value"].toPython()) if length else None
        text = _first(about, "articleBody")
        if text is None and str(_first(about, "summaryOnly")) == "true":
            text = _first(about, "abstract")  # a feed's summary: the text its spans are in
        whole = None if text is None else article_text(str(text), items, entities)
        return self._page("article.html", title=_first(about, "headline") or article_id,
                          article_id=article_id, about=about, first=lambda p: _first(about, p),
                          items=items, entities=_entities(entities), whole=whole,
                          sentences=[] if whole is not None else sentences(
                              items, entities, text_length),
                          records=records)

    def _question(self, name: str, params: dict[str, list[str]]) -> Reply:
        try:
            query = get_query(name)
        except QueryError as exc:
            raise RequestError(404, str(exc)) from None
        if name.startswith(HIDDEN):
            raise RequestError(404, f"{name!r} feeds programs; ask it with kg query")
        values = {p.name: _one(params, p.name) for p in query.params if p.name in params}
        unknown = sorted(set(params) - {p.name for p in query.params} - set(RESERVED))
        if unknown:
            raise RequestError(400, f"question {name!r} has no parameter {unknown[0]!r}; its "
                               f"parameters: {', '.join(p.name for p in query.params)}")
        ready = all(values.get(p.name, "").strip() for p in query.params if p.required)
        fmt = _one(params, "format")
        if fmt and fmt not in ("csv", "json"):
            raise RequestError(400, f"format must be csv or json, not {fmt[:20]!r}")
        offset = _number(params, "offset", 0, most=self.max_rows)
        if fmt:
            if not ready:
                raise RequestError(400, f"question {name!r} needs "
                                   + ", ".join(p.name for p in query.params if p.required))
            limit = _number(params, "limit", DOWNLOAD, most=self.max_rows - 1)
            return self._download(query, values, fmt, offset, limit)
        limit = _number(params, "limit", PAGE, most=MAX_PAGE)
        count = _one(params, "count")
        if count not in ("", "1"):
            raise RequestError(400, f"count must be 1 (or left out), not {count[:20]!r}")
        answer = None
        if ready and not any(v.strip() for v in values.values()):  # the whole store's rows
            answer = self._once(f"/q/{name} {limit} {offset} {count}", lambda: self._answer(
                query, values, limit, offset, count=bool(count)))
        elif ready:
            answer = self._answer(query, values, limit, offset, count=bool(count))
        return self._page("question.html", title=query.title, query=query, values=values,
                          answer=answer, cells=cells, limit=limit, ready=ready,
                          counted=bool(count))

    def _answer(self, query: NamedQuery, values: dict[str, str], limit: int,
                offset: int, *, count: bool) -> Rows:
        """A page of a question's rows, and how many there are in all when the page
        holds the last of them or ``count`` (``&count=1``, a link of the page) asks.
        The count is a second query as long as the page's (the whole answer, counted),
        so it is not made unasked; asked, it runs beside the page on another worker
        (``kg.query.count_rows`` on the text ``run_page`` runs), so the page takes the
        longer of the two, not their sum."""
        if not count:
            page = Rows.of(run_page(self.store, query.name, values, limit=limit,
                                    offset=offset))
            return page if page.more else replace(page, total=page.last)
        bindings = bind_params(query, values)
        indexed = replace(query, text=indexed_text(self.store, query.text, bindings,
                                                   query.name))
        with ThreadPoolExecutor(2, thread_name_prefix="kg-page") as both:
            counting = both.submit(count_rows, self.store, indexed, bindings)
            page = run_page(self.store, query.name, values, limit=limit, offset=offset)
            total = counting.result()
        return replace(Rows.of(page), total=total)

    def _download(self, query: NamedQuery, values: dict[str, str], fmt: str, offset: int,
                  limit: int) -> Reply:
        """The rows as CSV or JSON, streamed: encoded and sent a few hundred rows at a
        time as the client reads them, never held whole as text."""
        page = run_page(self.store, query.name, values, limit=limit, offset=offset)
        headers: tuple[tuple[str, str], ...] = (
            ("Content-Disposition", f'attachment; filename="{query.name}.{fmt}"'),)
        next_href = None
        if page.more:  # never cut silently: the next rows are one link away
            next_href = f"/q/{query.name}?" + urlencode(
                {**values, "format": fmt, "offset": offset + limit, "limit": limit})
            headers += (("Link", f'<{next_href}>; rel="next"'),)
        columns = list(page.result.columns)
        if fmt == "json":
            head = {"question": query.name, "parameters": values, "columns": columns,
                    "offset": offset, "limit": limit, "more": page.more, "next": next_href}
            return Reply(200, "application/json", headers=headers,
                         chunks=_json_chunks(head, columns, page.result.rows))
        return Reply(200, "text/csv; charset=utf-8", headers=headers,
                     chunks=_csv_chunks(columns, page.result.rows))

    # --- helpers

    def _check_token(self, authorization: str) -> None:
        """With a token: ``Bearer TOKEN`` or Basic with TOKEN as the password, compared in
        constant time; else a 401 that makes a browser ask for it."""
        if self._token is None:
            return
        scheme, _, given = authorization.strip().partition(" ")
        secret = given.strip()
        if scheme.lower() == "basic":
            try:
                secret = base64.b64decode(secret, validate=True).decode("utf-8").partition(
                    ":")[2]
            except (binascii.Error, UnicodeDecodeError):
                secret = ""
        elif scheme.lower() != "bearer":
            secret = ""
        if not secret or not hmac.compare_digest(secret.encode("utf-8"), self._token):
            raise RequestError(401, "this server's pages need its token: give it as the "
                               "password (any user name), or send 'Authorization: Bearer "
                               "<token>'", ("WWW-Authenticate", 'Basic realm="newskg", '
                                            'charset="UTF-8"'))

    def _quarantine(self, article_id: str) -> list[dict]:
        """The quarantine records of the article (``quarantine.jsonl``), oldest first."""
        path = (self.root or Path()) / "quarantine.jsonl"
        if self.root is None or not path.is_file():
            return []
        needle = json.dumps(article_id, ensure_ascii=False)
        records = []
        with path.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                if needle not in line:
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if record.get("article") == article_id:
                    records.append(_quarantine_summary(record))
        return records

    def _page(self, template: str, *, code: int = 200, **context: Any) -> Reply:
        html = templates().get_template(template).render(**context)
        return Reply(code, HTML, html.encode("utf-8"))

    def _error(self, status: int, message: str, path: str,
               headers: tuple[tuple[str, str], ...] = ()) -> Reply:
        message = " ".join(message.split())[:500]
        if path.endswith(".json"):
            body = json.dumps({"error": message, "status": status}).encode("utf-8")
            return Reply(status, "application/json", body, headers)
        if path.startswith("/static/"):
            return Reply(status, "text/plain; charset=utf-8", (message + "\n").encode(),
                         headers)
        reply = self._page("error.html", code=status, title=f"{status}", status=status,
                           message=message)
        return Reply(status, HTML, reply.body, headers)


#: Rows encoded per piece of a streamed download.
CHUNK_ROWS = 500


def _cells(row: tuple) -> list[str]:
    return ["" if v is None else str(v) for v in row]


def _csv_chunks(columns: list[str], rows: list[tuple]) -> Iterator[bytes]:
    """A download as CSV, ``CHUNK_ROWS`` rows a piece (the header first)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for start in range(0, len(rows), CHUNK_ROWS):
        writer.writerows(_cells(row) for row in rows[start:start + CHUNK_ROWS])
        yield out.getvalue().encode("utf-8")
        out.seek(0)
        out.truncate()
    if out.tell():
        yield out.getvalue().encode("utf-8")


def _json_chunks(head: dict, columns: list[str], rows: list[tuple]) -> Iterator[bytes]:
    """A download as one JSON object: ``head``'s members, then ``rows`` (objects by
    column), ``CHUNK_ROWS`` rows a piece."""
    yield json.dumps(head, ensure_ascii=False)[:-1].encode("utf-8") + b', "rows": ['
    for start in range(0, len(rows), CHUNK_ROWS):
        piece = ", ".join(json.dumps(dict(zip(columns, _cells(row), strict=True)),
                                     ensure_ascii=False) for row in rows[start:start + CHUNK_ROWS])
        yield (", " if start else "").encode("utf-8") + piece.encode("utf-8")
    yield b"]}"


def plain(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with their plain string literals as ``str`` (an rdflib ``Literal`` equals no
    ``str``), typed ones (dates, numbers) kept, to be shown by their type."""
    return [{k: str(v) if isinstance(v, Literal) and v.datatype is None and v.language is None
             else v for k, v in row.items()} for row in rows]


def _files_state(paths: list[Path]) -> tuple:
    """Name, size and change time of each file (one gone meanwhile is left out)."""
    state = []
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            continue
        state.append((path.name, info.st_size, info.st_mtime_ns))
    return tuple(state)


def index_counts(db) -> dict[str, int]:
    """What ``counts.rq`` counts, from the search index (attached as ``search``): its
    articles, statements and events, and its entities by the kind their IRI names."""
    counts = {"articles": db.execute("SELECT count(*) FROM search.doc").fetchone()[0],
              "statements": 0, "events": 0}
    for kind, n in db.execute("SELECT kind, count(*) FROM search.entry WHERE kind IN "
                              "('statement', 'event') GROUP BY kind"):  # one pass, not two
        counts[f"{kind}s"] = n
    for segment, name in (("person", "persons"), ("organization", "organizations"),
                          ("place", "places")):
        counts[name] = db.execute(
            "SELECT count(DISTINCT node) FROM search.entry WHERE kind = 'entity' AND "
            "node >= ? AND node < ?", (f"{RESOURCE_BASE}{segment}/",
                                       f"{RESOURCE_BASE}{segment}0")).fetchone()[0]
    return counts


def _here(path: str, params: dict[str, list[str]], names: tuple[str, ...]) -> Callable[[str], str]:
    """The link prefix of one list's pager on a page of several lists: the page's
    ``path`` with the other lists' offsets as they are (``names``: the page's offset
    parameters), so that paging one list keeps the others where they were."""
    def base(name: str) -> str:
        kept = {n: params[n][0] for n in names if n != name and params.get(n, ["0"])[0] != "0"}
        return f"{path}?{urlencode(kept)}&" if kept else f"{path}?"
    return base


#: The publication dates of the store, latest first (``latest_articles``'s cut-off); the
#: things published on or after a day; one date that is not an ``xsd:date``, if any.
_PUBLISHED = f"<{SCHEMA.datePublished}>"
_LATEST_DAYS = f"SELECT ?day WHERE {{ ?a {_PUBLISHED} ?day }} ORDER BY DESC(?day) LIMIT %d"
_SINCE = f"SELECT DISTINCT ?a WHERE {{ ?a {_PUBLISHED} ?day FILTER(?day >= %s) }}"
_NOT_A_DAY = (f"SELECT ?day WHERE {{ ?a {_PUBLISHED} ?day FILTER(DATATYPE(?day) != "
              f"<{XSD.date}>) }} LIMIT 1")


def latest_articles(store: PoolStore, limit: int) -> Page:
    """The first ``limit`` rows of ``latest-articles`` (and whether more follow), read
    for the articles published on or after the day of the ``limit + 1``-th latest
    publication (``paged/latest-articles.rq``), not for every article of the store.

    The same rows: an article whose row (its least date) is of that day or later has a
    date of that day or later, so is read; the rows of that day or later are thus the
    whole answer's first rows, in its order, and are taken when there are ``limit + 1``
    of them (an article of those days whose least date is older is left out). Else
    (fewer such rows; a date that is not an ``xsd:date``, whose order among the others
    SPARQL leaves open) the whole ``latest-articles``: four short queries at 1 M
    triples (0.03 s of CPU) instead of one over every article (0.9 s)."""
    days = store.select(_LATEST_DAYS % (limit + 1)).rows
    if (len(days) == limit + 1 and isinstance(days[-1][0].toPython(), date)
            and not store.select(_NOT_A_DAY).rows):
        since = days[-1][0]
        recent = " ".join(sparql_term(a) for (a,) in store.select(
            _SINCE % sparql_term(since)).rows)
        text = (SPARQL / PAGED / "latest-articles.rq").read_text(encoding="utf-8")
        found = store.select(text.replace("VALUES ?recent { }", f"VALUES ?recent {{ {recent} }}"))
        cut = since.toPython()
        kept = [row for row in found.rows if row[2] is not None and isinstance(
            day := row[2].toPython(), type(cut)) and day >= cut]
        if len(kept) > limit:
            return Page(QueryResult(found.columns, kept[:limit]), 0, limit, True)
    return run_page(store, "latest-articles", limit=limit, directory=SPARQL)


def questions() -> list[NamedQuery]:
    """The named questions people ask (not those that feed the views), by name."""
    return [q for q in list_queries() if not q.name.startswith(HIDDEN)]


def static(name: str) -> Reply:
    """A file of ``kg/explorer/static/``: known types only, nothing outside the folder."""
    parts = name.split("/")
    if not name or any(p in ("", ".", "..") or p.startswith(".") or "\\" in p for p in parts):
        raise RequestError(404, f"no file {name!r} under /static/")
    path = (STATIC / name).resolve()
    media = _STATIC_TYPES.get(path.suffix.lower())
    if not path.is_relative_to(STATIC.resolve()) or not path.is_file() or media is None:
        raise RequestError(404, f"no file {name!r} under /static/")
    return Reply(200, media, path.read_bytes(), (("Cache-Control", "public, max-age=3600"),))


def cells(row: dict[str, Any], columns: tuple[str, ...]) -> list[dict[str, Any]]:
    """A question's row as the cells of its table: each value as shown, its link (an
    article, an evidence sentence, an entity by name or IRI) and its class."""
    out = []
    article = row.get("article")
    for column in columns:
        value = row.get(column)
        text = "" if value is None else str(value)
        href = None
        kind = "text"
        if value is None:
            kind = "empty"
        elif column == "article":
            href = article_href(text)
        elif column in ("evidence", "denialEvidence") and article is not None:
            href, kind = article_href(article, text), "evidence"
        elif column in NAME_COLUMNS:
            href = "/entity?" + urlencode({"name": text})
        elif text.startswith(RESOURCE_BASE):
            href = entity_href(text)
        shown = show_date(value) if _is_date(value) or (
            column in DATE_COLUMNS and precision(text)) else text
        out.append({"column": column, "text": shown, "raw": text, "href": href, "kind": kind})
    return out


def sentences(items: list[dict], entities: list[dict], text_length: int | None) -> list[dict]:
    """The article as a store built before it kept the text has it: its evidence
    sentences in order, each cut into parts with the entities, statement contents and
    cues, and event triggers marked, and the stretches of text between them that the
    store does not hold."""
    out: list[dict] = []
    seen = 0
    for (begin, end), span in sorted(_spans(items).items()):
        if begin > seen + 1:
            out.append({"gap": True, "begin": seen, "end": begin})
        text = span["text"]
        marks = _entity_marks(text, entities) + _item_marks(text, span["items"])
        out.append({"gap": False, "begin": begin, "end": end, "anchor": sentence_anchor(text),
                    "parts": marked_parts(text, marks), "items": span["items"]})
        seen = max(seen, end)
    if text_length is not None and text_length > seen + 1:
        out.append({"gap": True, "begin": seen, "end": text_length})
    return out


def article_text(text: str, items: list[dict], entities: list[dict]) -> list[dict]:
    """The article's whole text (``schema:articleBody``, or a feed summary's
    ``schema:abstract``) as the page shows it: the stretches between evidence spans and
    the spans themselves, at their offsets, each cut into parts with the entities marked
    wherever the text names them and a statement's content and cue and an event's
    trigger marked inside the span it rests on.

    A span is a ``sentence`` with the anchor of its words (``text.sentence_anchor``, so
    every link to an evidence sentence lands on it); spans that overlap (a clause inside
    its sentence) are one stretch, anchored by the longest, the others' anchors (``also``)
    at its start. A span whose offsets do not hold its words (a text changed since) is
    looked for by its words; one not found is left unmarked, not misplaced."""
    marks = _entity_marks(text, entities)
    located = []
    for (begin, end), span in _spans(items).items():
        words = span["text"]
        if text[begin:end] != words:
            begin = text.find(words) if words else -1
            if begin < 0:
                continue
            end = begin + len(words)
        located.append((begin, end, words))
        marks += [Mark(m.begin + begin, m.end + begin, m.kind, m.note)
                  for m in _item_marks(words, span["items"])]
    regions: list[dict] = []
    for begin, end, words in sorted(located):
        anchor = (end - begin, sentence_anchor(words))
        if regions and begin < regions[-1]["end"]:
            last = regions[-1]
            last["end"] = max(last["end"], end)
            last["anchors"].append(anchor)
        else:
            regions.append({"begin": begin, "end": end, "anchors": [anchor]})
    out: list[dict] = []
    seen = 0
    for region in regions:
        if region["begin"] > seen:
            out.append(_stretch(text, marks, seen, region["begin"]))
        anchors = [a for _, a in sorted(region["anchors"], key=lambda a: -a[0])]
        out.append({**_stretch(text, marks, region["begin"], region["end"]),
                    "anchor": anchors[0],
                    "also": [a for a in dict.fromkeys(anchors[1:]) if a != anchors[0]]})
        seen = region["end"]
    if seen < len(text):
        out.append(_stretch(text, marks, seen, len(text)))
    return out


def _stretch(text: str, marks: list[Mark], begin: int, end: int) -> dict:
    """``text[begin:end]`` cut into parts by the marks over it (clipped to it)."""
    inside = [Mark(max(m.begin, begin) - begin, min(m.end, end) - begin, m.kind, m.note)
              for m in marks if m.begin < end and m.end > begin]
    return {"begin": begin, "end": end, "anchor": None, "also": [],
            "parts": marked_parts(text[begin:end], inside)}


def _spans(items: list[dict]) -> dict[tuple[int, int], dict]:
    """The evidence spans of an article's items: (begin, end) -> its words and items."""
    spans: dict[tuple[int, int], dict] = {}
    for item in items:
        if item.get("begin") is None or item.get("evidence") is None:
            continue
        begin, end = int(item["begin"].toPython()), int(item["end"].toPython())
        spans.setdefault((begin, end), {"text": str(item["evidence"]), "items": []})[
            "items"].append(item)
    return spans


def _entity_marks(text: str, entities: list[dict]) -> list[Mark]:
    """Every place ``text`` names one of the article's entities, by any of its names."""
    marks = []
    for e in entities:
        kind = local_name(e["kind"]) if e.get("kind") is not None else "entity"
        marks += [Mark(b, f, "entity", f"{e['label']} ({kind})")
                  for b, f in find_all(text, str(e["name"]))]
    return marks


def _item_marks(sentence: str, items: list[dict]) -> list[Mark]:
    """The statement contents and cues and event triggers of the items resting on
    ``sentence``, in its offsets."""
    marks = []
    for item in items:
        cls = local_name(item["class"])
        speaker = str(item.get("speaker") or "someone")
        if item.get("content") is not None:
            stance = local_name(item.get("stance")) or "statement"
            note = f"Statement ({stance}) by {speaker}: {item['content']}"
            marks += [Mark(b, f, "content", note)
                      for b, f in find_all(sentence, str(item["content"]), words=False)]
        if item.get("cue") is not None:
            note = f"Reporting verb ({item['cue']}) of {speaker}'s statement"
            marks += [Mark(b, f, "cue", note) for b, f in cue_spans(sentence, str(item["cue"]))]
        if item.get("trigger") is not None:
            how = local_name(item.get("factuality"))
            note = f"{cls}{f' ({how})' if how else ''}: {item['trigger']}"
            marks += [Mark(b, f, "trigger", note)
                      for b, f in find_all(sentence, str(item["trigger"]))]
    return marks


def _hit(hit) -> dict:
    """A search hit as the template shows it: its page, label and marked words."""
    if hit.kind == "entity":
        href = entity_href(hit.node)
    elif hit.kind == "article":
        href = article_href(hit.article)
    else:
        href = article_href(hit.article, _unmarked(hit.sentence) or None)
    return {"href": href, "label": hit.label, "kind": hit.kind, "date": hit.date,
            "text": _split_marks(hit.text), "sentence": _split_marks(hit.sentence),
            "articles": hit.articles}


def _split_marks(text: str) -> list[tuple[str, bool]]:
    """Text with « » around the words found, as (piece, found) pairs."""
    from kg.search import MARKS

    pieces: list[tuple[str, bool]] = []
    rest, inside = text, False
    while rest:
        mark = MARKS[1] if inside else MARKS[0]
        before, found, rest = rest.partition(mark)
        if before:
            pieces.append((before, inside))
        if not found:
            break
        inside = not inside
    return pieces


def _unmarked(text: str) -> str:
    from kg.search import MARKS

    return text.replace(MARKS[0], "").replace(MARKS[1], "")


def _entities(rows: list[dict]) -> list[dict]:
    """An article's entities, one each, with their other names."""
    out: dict[str, dict] = {}
    for r in rows:
        entry = out.setdefault(str(r["entity"]), {"node": str(r["entity"]), "label": r["label"],
                                                   "kind": local_name(r.get("kind")),
                                                   "names": []})
        if str(r["name"]) != str(r["label"]):
            entry["names"].append(str(r["name"]))
    return list(out.values())


def _quarantine_summary(record: dict) -> dict:
    report = record.get("report") or {}
    results = report.get("results", []) if isinstance(report, dict) else []
    removed = record.get("removed") or []
    return {"at": str(record.get("at", "")), "stored": bool(record.get("stored")),
            "violations": len(results), "removed": len(removed),
            "limit": str(record.get("limit") or ""), "source": str(record.get("source") or "")}


def _first(about: dict[str, list], prop: str) -> Any:
    values = about.get(prop)
    return values[0]["value"] if values else None


def _is_date(value: object) -> bool:
    datatype = str(getattr(value, "datatype", "") or "")
    return datatype.endswith(("#date", "#dateTime", "#gYear", "#gYearMonth"))


def _one(params: dict[str, list[str]], name: str) -> str:
    values = params.get(name, [])
    if len(values) > 1:
        raise RequestError(400, f"give {name} once, not {len(values)} times")
    return values[0] if values else ""


def _number(params: dict[str, list[str]], name: str, default: int, *, most: int) -> int:
    raw = _one(params, name) or str(default)
    try:
        value = int(raw)
    except ValueError:
        raise RequestError(400, f"{name} must be a whole number, not {raw[:50]!r}") from None
    if not 0 <= value <= most:
        raise RequestError(400, f"{name} must be 0 to {most}, not {value}")
    return value
