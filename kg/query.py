"""Named SPARQL queries: one ``queries/NAME.rq`` file each, run with typed parameters.

Each file opens with a comment block that documents it::

    # title: Who claimed control of a place, and when
    # description: Statements whose proposition is a control event ...
    #   (indented comment lines continue the field above)
    # param: place (string, required) — label or alias of the place
    # param: type (choice: Person|Organization|Place, optional) — ...
    # param: since (date, optional, default=1900-01-01) — ...

Parameter types: ``string`` (an ``xsd:string`` literal), ``iri`` (an IRI, checked),
``date`` (``YYYY-MM-DD``, an ``xsd:date``), ``int`` (an ``xsd:integer``) and
``choice: A|B`` (one of the listed words, as a string). Values are never pasted
into the query text: ``kg.sparql.inline_bindings`` adds ``VALUES ?p { term }`` to
every WHERE block that mentions ``?p``, with the term escaped by pyoxigraph, on the
embedded store and on remote ones alike, so the same query file gives the same rows
everywhere. An optional parameter that is not given is bound to its default (``""``
for strings and choices), and queries test ``$p = ""`` to mean "not given".
A column named like a parameter is left out of the result.

On an embedded store whose search index (``kg.search``) is in step with it, a named
query starts from the index (``indexed_text``): each lookup by name from the IRIs the
index gives that name, and a question on words of the statements' content (``about``,
with a file of the same name in ``queries/indexed/``) from the statements whose content
holds them. The lookups and filters stay in the query, so the rows are the query's own.

A kg serve offers the same lookups (``/search?lookup=name|contains``), so a named
query sent to one with ``kg query --endpoint`` starts from its index too.

Pages. ``run_page`` (the entry point for a named query with parameters, a page and a
count: its docstring) runs a named query for one page of its rows (``LIMIT`` and
``OFFSET`` after the query's own ``ORDER BY``, so that the pages, put together, are
the rows ``run_query`` gives, on every store), says whether more rows follow (it asks
for one row more than the page) and, on request, counts them all (``count_rows``: the
query as a subquery of ``SELECT (COUNT(*) …)``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Literal as TypingLiteral
from typing import Protocol

import pyoxigraph as ox
from rdflib import XSD, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError
from kg.resources import queries_dir
from kg.sparql import inline_bindings as inline_bindings  # re-exported: kg.query's API
from kg.sparql import inline_values as inline_values
from kg.sparql import sparql_term as sparql_term
from kg.sparql import split_prologue
from kg.sparql import strip_comments as strip_comments
from kg.store import QueryResult
from kg.vocab import NKG

ParamType = TypingLiteral["string", "iri", "date", "int", "choice"]
PARAM_TYPES: tuple[str, ...] = ("string", "iri", "date", "int", "choice")

_FIELD = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*)$")
_CONTINUATION = re.compile(r"^#\s{2,}(\S.*)$")
_PARAM = re.compile(r"^(?P<name>\w+)\s*\((?P<spec>[^)]*)\)\s*(?:(?:—|–|--|-|:)\s*(?P<doc>.*))?$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Selectable(Protocol):
    """What a named query runs on: ``GraphStore`` (embedded) or ``RemoteStore`` (HTTP)."""

    def select(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        ...


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of a named query, as its header declares it."""

    name: str
    type: ParamType
    required: bool
    description: str = ""
    default: str | None = None  # used when an optional parameter is not given
    choices: tuple[str, ...] = ()

    def describe(self) -> str:
        kind = f"one of {'|'.join(self.choices)}" if self.type == "choice" else self.type
        return f"{self.name} ({kind}, {'required' if self.required else 'optional'})"


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A ``queries/*.rq`` file: its name (file stem), header fields and SPARQL text."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path


def list_queries(directory: Path | None = None) -> list[NamedQuery]:
    """Every named query, sorted by name (``directory`` defaults to the packaged ``queries/``)."""
    folder = directory or queries_dir()
    return [parse_query(p) for p in sorted(folder.glob("*.rq"))]


def get_query(name: str, directory: Path | None = None) -> NamedQuery:
    """The named query ``name``; an unknown name is a ``QueryError`` listing the known ones."""
    folder = directory or queries_dir()
    path = folder / f"{name}.rq"
    if "/" in name or "\\" in name or not path.is_file():
        known = ", ".join(q.name for q in list_queries(folder)) or "(none)"
        raise QueryError(f"unknown query {name!r}; known queries: {known}")
    return parse_query(path)


def run_query(
    store: Selectable,
    name: str,
    params: Mapping[str, str] | None = None,
    *,
    directory: Path | None = None,
) -> QueryResult:
    """Run the named query with string parameter values (as a user types them)."""
    query = get_query(name, directory)
    bindings = bind_params(query, params or {})
    name = query.name if directory is None else None
    return store.select(indexed_text(store, query.text, bindings, name), bindings=bindings)


#: The folder of ``queries/`` whose files ask a question of the same name on words of
#: the statements' content, starting from the search index (``indexed_text``).
INDEXED = "indexed"
#: The most statements whose content holds the words that a question of ``indexed/``
#: starts from; beyond, the question reads every statement as the SPARQL alone does:
#: pyoxigraph joins a long ``VALUES`` in more than linear time (at 1 M triples, 250
#: statements 60 ms of CPU, 2 000 6 s, 17 000 53 s; reading every statement well
#: under 1 s).
MOST_STATEMENTS = 250
#: The folder of ``queries/`` (and of ``kg/explorer/sparql/``) whose files ask a question
#: of the same name for the items of one page, which the search index picked in the
#: question's order (``kg.search.ORDERS``; ``run_page``).
PAGED = "paged"
#: An IRI no store holds: the items of an empty page (``_with_items``; an empty
#: ``VALUES`` can make pyoxigraph read every statement to join nothing).
_NO_ITEM = "urn:newskg:no-item"
#: Rows in a page of ``kg query`` unless ``--limit`` says otherwise.
PAGE_ROWS = 100
#: The modifiers that would clash with a page's LIMIT and OFFSET, at the query's end.
_TAIL_LIMIT = re.compile(r"\b(?:LIMIT|OFFSET)\b[^{}]*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a named query's rows: ``result`` holds at most ``limit`` rows from
    row ``offset`` (0 is the first); ``more`` says whether rows follow; ``total`` is the
    number of rows of the whole answer when it was asked for (else None)."""

    result: QueryResult
    offset: int
    limit: int
    more: bool
    total: int | None = None


def run_page(
    store: Selectable,
    name: str,
    params: Mapping[str, str] | None = None,
    *,
    limit: int = PAGE_ROWS,
    offset: int = 0,
    count: bool = False,
    directory: Path | None = None,
) -> Page:
    """Answer the named query ``name`` for one page: the one function to call for a
    named query with parameters, a page and a count (``kg query``; ``kg serve``'s pages).

    ``store`` is a ``GraphStore`` (embedded) or a ``RemoteStore`` (any SPARQL endpoint);
    ``params`` the parameter values as a user types them (strings; checked and typed by
    ``bind_params``: a wrong, missing or unknown one is a ``QueryError`` naming it).
    Returns a ``Page``: ``result`` the rows ``offset`` to ``offset + limit`` (0 is the
    first) in the query's own order, so that pages put together are ``run_query``'s
    rows on every store; ``more`` whether rows follow (one row more is asked for);
    ``total`` with ``count`` the number of rows of the whole answer (one query more).

    Index first: where a search index in step with the store answers lookups (the
    embedded store's ``search.sqlite``, or the kg serve behind a ``RemoteStore``), the
    query starts from it (``indexed_text``: names, and the words of ``about`` for the
    questions with a ``queries/indexed/`` file); else the SPARQL alone. The rows are
    the same either way (``tests/test_search.py``)."""
    if limit < 1 or offset < 0:
        raise QueryError(f"a page needs a limit of 1 or more and an offset of 0 or more, "
                         f"not limit {limit} and offset {offset}")
    query = get_query(name, directory)
    bindings = bind_params(query, params or {})
    paged = _page_from_index(store, query, bindings, directory or queries_dir(),
                             limit=limit, offset=offset, count=count)
    if paged is not None:
        return paged
    query = replace(query, text=indexed_text(store, query.text, bindings,
                                             query.name if directory is None else None))
    if _TAIL_LIMIT.search(strip_comments(query.text)):  # the query pages itself: cut here
        whole = store.select(query.text, bindings=bindings)
        rows = whole.rows[offset : offset + limit + 1]
        result = QueryResult(whole.columns, rows)
    else:
        text = f"{query.text.rstrip()}\nLIMIT {limit + 1}\nOFFSET {offset}\n"
        result = store.select(text, bindings=bindings)
    more = len(result.rows) > limit
    page = QueryResult(result.columns, result.rows[:limit])
    total = count_rows(store, query, bindings) if count else None
    return Page(page, offset, limit, more, total)


def _page_from_index(store: Selectable, query: NamedQuery, bindings: Mapping[str, Node],
                     folder: Path, *, limit: int, offset: int, count: bool) -> Page | None:
    """One page of the question ``query`` from the search index, when it has the
    question's keys (``kg.search.PAGED``, a file of the same name in ``folder/paged/``)
    and is in step with ``store``: SQLite picks the page's items (one more, to say
    whether more follow) among those that involve the entity the query looks up (by
    name: the IRIs the index gives it; or an IRI parameter's value; denials: both its
    names, as JSON), in the question's order, and the ``paged/`` query reads their
    details (``VALUES``) and sorts them as the question does; with ``count``, the index
    counts them all. ``who-said-what`` and the explorer's ``entity-dates`` take their
    rows from the index alone, ``corroboration`` from it and the store's
    ``nkg:sourceName`` of the articles it names (``kg.search.WHOLE``). None when the
    index cannot: the question then runs as SPARQL alone."""
    from kg.search import (
        CLAIMED_CONTROL,
        CORROBORATION,
        DENIALS,
        ENTITY_DATES,
        FIRST_REPORT,
        MEMBERS,
        WHO_SAID_WHAT,
        WHOLE,
    )
    from kg.search import PAGED as PAGED_QUESTIONS

    variant = folder / PAGED / f"{query.name}.rq"
    here = queries_dir().resolve()
    whole = (query.name, folder.resolve()) in {  # rows from the index: these files' questions
        (WHO_SAID_WHAT, here), (CORROBORATION, here), (MEMBERS, here),
        (ENTITY_DATES, EXPLORER_SPARQL)}
    by_iri = BY_IRI.get(query.name) if folder.resolve() == EXPLORER_SPARQL else None
    if by_iri:  # the explorer's question of one place: the named one's page, by IRI
        query, variant = replace(query, name=by_iri), here / PAGED / f"{by_iri}.rq"
    if not whole and (query.name not in PAGED_QUESTIONS or not variant.is_file()):
        return None
    lookups = {m["param"] for m in _NAME_LOOKUP.finditer(query.text)}
    iris = [p.name for p in query.params if p.type == "iri"]
    kind, subclasses = str(bindings.get("type", "")) if query.name in (
        FIRST_REPORT, CORROBORATION) else "", ()
    if by_iri:
        value, lookups = str(bindings["place"]), set()
    elif query.name == DENIALS:  # two names, both optional: the page's value is their JSON
        asked = {p: str(bindings.get(p, "")) for p in ("about", "speaker")}
        if 0 < len(asked["about"]) < 3:  # words too short for the index: the SPARQL alone
            return None
        value, lookups = json.dumps(asked, ensure_ascii=False), {"about", "speaker"}
    elif len(lookups) + len(iris) != 1 or (
            query.name == WHO_SAID_WHAT and len(str(bindings["about"])) < 3):
        return None
    else:
        value = str(bindings[next(iter(lookups))] if lookups else bindings[iris[0]])
    with _index_of(store) as index:
        if index is None or not hasattr(index, "page"):
            return None
        if query.name == CLAIMED_CONTROL:
            subclasses = _subclasses_of(store, CONTROL_EVENT)
        elif kind:
            subclasses = _subclasses(store, kind)
        try:
            picked = index.page(query.name, value, by_name=bool(lookups), offset=offset,
                                limit=limit + 1, count=count, kind=kind,
                                subclasses=subclasses)
        except LookupUnavailable:  # the server would not: the question runs as SPARQL alone
            return None
    if whole:
        if picked.rows is None:
            return None
        if query.name == CORROBORATION:  # the events' figures: counted per outlet here
            rows = _corroboration(store, picked.rows)
            return Page(QueryResult(WHOLE[query.name], rows[offset : offset + limit]), offset,
                        limit, len(rows) > offset + limit, len(rows) if count else None)
        made = {WHO_SAID_WHAT: _said_row, MEMBERS: _member_row}.get(query.name, _dated_row)
        rows = [made(row) for row in picked.rows]
        return Page(QueryResult(WHOLE[query.name], rows[:limit]), offset, limit,
                    len(rows) > limit, picked.total if count else None)
    text = variant.read_text(encoding="utf-8").replace(
        "VALUES (?count ?first) { }", f"VALUES (?count ?first) {{ ({picked.reports} "
        f"{sparql_term(Literal(picked.first or ''))}) }}", 1)
    text = _with_items(text, picked.items)
    result = store.select(text, bindings={k: v for k, v in bindings.items() if f"${k}" in text})
    rows = result.rows if picked.items else [  # a question that keeps its VALUES rows
        r for r in result.rows if URIRef(_NO_ITEM) not in r]
    page = QueryResult(result.columns, rows[:limit])
    return Page(page, offset, limit, len(picked.items) > limit,
                picked.total if count else None)


def _subclasses(store: Selectable, kind: str) -> list[str]:
    """The classes with a superclass whose local name is ``kind`` (``rdfs:subClassOf+``;
    ``STRAFTER(STR(?super), "#")``, as ``first-report``'s ``type`` reads it), sorted."""
    rows = store.select("SELECT DISTINCT ?c ?s WHERE { ?c "
                        "<http://www.w3.org/2000/01/rdf-schema#subClassOf>+ ?s }").rows
    return sorted({str(c) for c, s in rows if str(s).partition("#")[2] == kind})


def _corroboration(store: Selectable, reported: list[list]) -> list[tuple]:
    """corroboration's rows from what the index gives of each event that it counts
    (``kg.search.SearchIndex.reported``): each article's outlet (its ``nkg:sourceName``,
    from the store, where the copies graph keeps it; else its publisher's label in its
    own graph; else "(unknown)"), then per outlet the articles, the earliest
    publication, the events asserted, claimed and denied there, and who denied them,
    as the SPARQL counts them; most articles first, then outlet."""
    articles = sorted({row[2] for row in reported})
    sources: dict[str, set[str]] = {}
    if articles:
        values = " ".join(sparql_term(URIRef(a)) for a in articles)
        for a, name in store.select(f"SELECT ?a ?s WHERE {{ VALUES ?a {{ {values} }} ?a "
                                    f"<{NKG_SOURCE_NAME}> ?s }}").rows:
            sources.setdefault(str(a), set()).add(str(name))
    outlets: dict[str, dict] = {}
    for event, _, article, published, publishers, *flags, deniers in reported:
        for outlet in sources.get(article) or publishers or ["(unknown)"]:
            o = outlets.setdefault(outlet, {"articles": set(), "first": published,
                                            "events": ([set(), set(), set()]), "by": set()})
            o["articles"].add(article)
            o["first"] = min(o["first"], published)
            for seen, flag in zip(o["events"], flags, strict=True):
                if flag:
                    seen.add(event)
            o["by"].update(deniers)
    order = sorted(outlets, key=lambda name: (-len(outlets[name]["articles"]), name))
    return [(Literal(name), Literal(len(o["articles"])), Literal(o["first"]),
             *(Literal(len(e)) for e in o["events"]),
             Literal("; ".join(sorted(o["by"] - {""}))) if o["by"] - {""} else None)
            for name in order for o in [outlets[name]]]


def _member_row(row: list) -> tuple[Node, ...]:
    """One row of members from the index (``kg.search.SearchIndex.members``) as SPARQL
    gives it: the name a plain literal, the two counts ``xsd:integer``."""
    name, articles, statements = row
    return Literal(name), Literal(int(articles)), Literal(int(statements))


#: An article's independent source, in the copies graph (``kg.derived``).
NKG_SOURCE_NAME = str(NKG.sourceName)


def _said_row(row: list) -> tuple[Node | None, ...]:
    """One row of who-said-what from the index (``kg.search.SearchIndex.said_about``)
    as SPARQL gives it: plain literals, the two counts ``xsd:integer``, None unbound."""
    speaker, stance, statements, articles, first, last, example = row
    return (Literal(speaker), Literal(stance), Literal(int(statements)),
            Literal(int(articles)), *(None if d is None else Literal(d) for d in (first, last)),
            Literal(example))


#: The explorer's queries (``kg.explorer.pages.SPARQL``), whose timeline
#: (``entity-dates``) the index answers whole.
EXPLORER_SPARQL = (Path(__file__).resolve().parent / "explorer" / "sparql")
#: The datatypes of ``nkg:date`` by the form of its value (``kg.rdf``'s dates).
_DATE_FORMS = ((re.compile(r"-?\d{4,}$"), XSD.gYear),
               (re.compile(r"-?\d{4,}-\d\d$"), XSD.gYearMonth),
               (re.compile(r"-?\d{4,}-\d\d-\d\d$"), XSD.date))


def _dated_row(row: list) -> tuple[Node | None, ...]:
    """One row of the explorer's timeline from the index (``SearchIndex.dated``) as
    SPARQL gives it: IRIs, the date typed by its form (``xsd:dateTime`` beyond a day),
    plain literals, None unbound."""
    item, cls, when, stance, factuality, *texts = row
    datatype = next((t for form, t in _DATE_FORMS if form.match(when)), XSD.dateTime)
    return (URIRef(item), None if cls is None else URIRef(cls),
            Literal(when, datatype=datatype),
            *(None if v is None else URIRef(v) for v in (stance, factuality)),
            *(None if v is None else Literal(v) for v in texts))


#: The class of claimed-control's events (``rdfs:subClassOf*``).
CONTROL_EVENT = str(NKG.ControlEvent)
#: The explorer's questions of one place by its IRI (``kg/explorer/sparql/``), which
#: the index pages as the named question of their rows, for that IRI.
BY_IRI = {"place-claims": "claimed-control", "place-denials": "denials"}


def _subclasses_of(store: Selectable, cls: str) -> list[str]:
    """``cls`` and the classes with it as a superclass (``rdfs:subClassOf*``), sorted."""
    rows = store.select(f"SELECT DISTINCT ?c WHERE {{ ?c <http://www.w3.org/2000/01/"
                        f"rdf-schema#subClassOf>* <{cls}> }}").rows
    return sorted({str(c) for (c,) in rows} | {cls})


def _with_items(text: str, picked: list[str]) -> str:
    """A ``paged/`` query with its first empty ``VALUES`` filled with the items
    ``picked`` (``VALUES ?item { … }``; ``VALUES (?item ?role) { … }`` for an item and
    role each, written ``item role``), and every later empty ``VALUES`` of the same
    variables too (a subquery's); with none, an IRI no store holds."""
    m = re.search(r"VALUES\s+(\?\w+|\(\s*\?\w+\s+\?\w+\s*\))\s*\{\s*\}", text)
    if m is None:
        raise QueryError("a paged query needs an empty VALUES clause to fill")
    if m.group(1).startswith("("):
        pairs = [key.split(" ", 1) for key in picked] or [[_NO_ITEM, ""]]
        terms = " ".join(f"({sparql_term(URIRef(i))} {sparql_term(Literal(r))})"
                         for i, r in pairs)
    else:
        terms = " ".join(sparql_term(URIRef(i)) for i in picked or [_NO_ITEM])
    same = re.compile(rf"VALUES\s+{re.escape(m.group(1))}\s*\{{\s*\}}")
    filled = f"VALUES {m.group(1)} {{ {terms} }}"
    return text[: m.start()] + filled + same.sub(lambda _: filled, text[m.end():])


def count_rows(store: Selectable, query: NamedQuery, bindings: Mapping[str, Node]) -> int:
    """How many rows the named query gives with ``bindings``, counted by the store."""
    prologue, body = split_prologue(inline_bindings(query.text, bindings) if bindings
                                    else query.text)
    result = store.select(f"{prologue}\nSELECT (COUNT(*) AS ?newskgRows) WHERE {{ {{\n"
                          f"{body}\n}} }}")
    value = result.rows[0][0] if result.rows else None
    return int(value.toPython()) if value is not None else 0


#: A lookup of things by name in a named query: a label or alias equal, whatever the
#: case, to a parameter's value (``?hit rdfs:label|skos:altLabel ?hitName .
#: FILTER(LCASE(STR(?hitName)) = LCASE(STR($entity)))``).
_NAME_LOOKUP = re.compile(
    r"(?P<indent>[ \t]*)\?(?P<node>\w+)\s+rdfs:label(?:\|skos:altLabel)?\s+\?(?P<name>\w+)\s*\.\s*"
    r"FILTER\s*\(\s*LCASE\(STR\(\?(?P=name)\)\)\s*=\s*LCASE\(STR\(\$(?P<param>\w+)\)\)\s*\)")


def indexed_text(store: Selectable, sparql: str, bindings: Mapping[str, Node],
                 name: str | None = None) -> str:
    """The text to run for the named query ``name`` (whose text is ``sparql``) on
    ``store``: where a search index in step with the store answers lookups (the
    embedded store's own, or a ``kg serve``'s through ``/search?lookup=…``:
    ``_index_of``), its lookups by name (``_NAME_LOOKUP``) start from the IRIs the
    index gives that name (``VALUES ?hit { … }`` before each), and a question on words
    of the statements' content (``queries/indexed/NAME.rq``) from the statements whose
    content holds them; else ``sparql`` as it is.

    The lookups and filters themselves stay, so the rows are the query's own: the
    index only spares the store reading every label and every statement to find the
    few that match (``kg.search``; ``tests/test_search.py`` compares the rows)."""
    variant = queries_dir() / INDEXED / f"{name}.rq" if name else None
    words = str(bindings.get("about", ""))
    if variant is not None and not (variant.is_file() and len(words) >= 3):
        variant = None
    lookups = list(_NAME_LOOKUP.finditer(sparql))
    if not (lookups or variant):
        return sparql
    with _index_of(store) as index:
        if index is None:
            return sparql
        try:
            found = index.containing(words) if variant is not None else None
            if variant is not None and found is not None and len(found) <= MOST_STATEMENTS:
                sparql = _with_statements(variant.read_text(encoding="utf-8"), found,
                                          named=bool(index.named(words)))
                lookups = list(_NAME_LOOKUP.finditer(sparql))
            nodes = {p: index.named(str(bindings[p])) for p in {m["param"] for m in lookups}
                     if p in bindings}
        except LookupUnavailable:  # the server would not: the query reads every label
            return sparql
    for m in reversed(lookups):
        if m["param"] not in nodes:
            continue
        values = " ".join(sparql_term(URIRef(n)) for n in nodes[m["param"]])
        clause = f"{m['indent']}VALUES ?{m['node']} {{ {values} }}\n"
        sparql = sparql[: m.start()] + clause + sparql[m.start():]
    return sparql


class LookupUnavailable(Exception):
    """A remote search index that did not answer a lookup (behind its store, too many
    IRIs, not a kg serve): the named query runs without it."""


class Lookups(Protocol):
    """What ``indexed_text`` asks of a search index (``kg.search.SearchIndex``, or a
    kg serve's through ``kg.endpoint.remote.RemoteStore.lookups``)."""

    def named(self, name: str) -> list[str]:
        ...

    def containing(self, words: str) -> list[str] | None:
        ...


@contextmanager
def _index_of(store: Selectable) -> Iterator[Lookups | None]:
    """The search index that answers ``store``'s lookups, when there is one in step
    with it: the embedded store's ``search.sqlite``, or the ``/search`` of the kg serve
    a ``RemoteStore`` talks to; else None."""
    root = getattr(store, "root", None)
    if root is None:
        remote = getattr(store, "lookups", None)
        yield remote() if remote is not None else None
        return
    from kg.errors import StoreError
    from kg.search import SearchIndex

    try:
        index = SearchIndex(root)
    except StoreError:  # no index, or an incomplete one: the query reads every label
        yield None
        return
    try:
        yield index if index.in_step() else None
    finally:
        index.close()


def _with_statements(text: str, statements: list[str], *, named: bool = True) -> str:
    """An ``indexed/`` query with ``statements`` as its ``VALUES ?statement``; with none,
    without the branch they start (between ``# words: begin`` and ``# words: end``):
    pyoxigraph reads every statement to join them with an empty VALUES (ten times
    slower at 60 k triples than the question without the branch). Likewise, when the
    index gives the words no IRI (not ``named``) and statements hold them, without the
    branch that starts from the named entity (``# names: begin`` … ``end``), which
    would find nothing (60 times faster at 1 M triples)."""
    if not statements:
        begin, end = text.index("# words: begin"), text.index("# words: end")
        return text[:begin] + text[end:]
    if not named:
        begin, end = text.index("# names: begin"), text.index("# names: end")
        text = text[:begin] + text[end:]
        union = text.index("UNION {", text.index("# words: begin"))
        text = text[:union] + text[union + len("UNION "):]
    terms = " ".join(sparql_term(URIRef(n)) for n in statements)
    return text.replace("VALUES ?statement { }", f"VALUES ?statement {{ {terms} }}", 1)


def bind_params(query: NamedQuery, values: Mapping[str, str]) -> dict[str, Node]:
    """Typed RDF terms for the values; a wrong, missing or unknown one is a ``QueryError``."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        raise QueryError(
            f"query {query.name!r} has no parameter {unknown[0]!r}; "
            f"its parameters: {_param_list(query)}"
        )
    bindings: dict[str, Node] = {}
    for p in query.params:
        raw = values.get(p.name)
        if raw is None or (raw == "" and p.type != "string"):
            if p.required:
                raise QueryError(
                    f"query {query.name!r} needs parameter {p.name!r} ({p.type}): {p.description}"
                )
            raw = p.default if p.default is not None else ""
            if raw == "":
                bindings[p.name] = Literal("")
                continue
        bindings[p.name] = convert(p, raw, query=query.name)
    return bindings


def convert(param: Param, raw: str, *, query: str = "") -> Node:
    """The RDF term for one parameter value, checked against the parameter's type."""
    where = f"parameter {param.name!r}" + (f" of query {query!r}" if query else "")
    if param.type == "string":
        if param.required and not raw.strip():
            raise QueryError(f"{where} is empty; give {param.description or 'a value'}")
        return Literal(raw)
    if param.type == "choice":
        match = next((c for c in param.choices if c.lower() == raw.strip().lower()), None)
        if match is None:
            raise QueryError(f"{where} got {raw!r}; valid values: {', '.join(param.choices)}")
        return Literal(match)
    if param.type == "int":
        try:
            return Literal(int(raw.strip()))
        except ValueError:
            raise QueryError(f"{where} got {raw!r}; expected a whole number such as 10") from None
    if param.type == "date":
        return _date_term(raw.strip(), where)
    return _iri_term(raw.strip(), where)


def parse_query(path: Path) -> NamedQuery:
    """Read a ``.rq`` file and its header; a bad header is a ``QueryError`` naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot read query file {path}: {exc}") from exc
    fields: dict[str, str] = {"title": "", "description": ""}
    raw_params: list[str] = []
    last: str | None = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := _FIELD.match(line):
            last = m.group(1)
            if last == "param":
                raw_params.append(m.group(2).strip())
            else:
                fields[last] = m.group(2).strip()
        elif (c := _CONTINUATION.match(line)) and last is not None:
            if last == "param":
                raw_params[-1] += " " + c.group(1).strip()
            else:
                fields[last] = f"{fields[last]} {c.group(1).strip()}".strip()
    params = tuple(_parse_param(s, path) for s in raw_params)
    for p in params:
        if not re.search(rf"[$?]{p.name}\b", _body(text)):
            raise QueryError(
                f"{path}: parameter {p.name!r} is declared but ${p.name} is not in the query"
            )
    if not fields["title"]:
        raise QueryError(f"{path}: the header has no '# title:' line")
    return NamedQuery(path.stem, fields["title"], fields["description"], params, text, path)


def _parse_param(spec: str, path: Path) -> Param:
    m = _PARAM.match(spec)
    if not m:
        raise QueryError(
            f"{path}: cannot read '# param: {spec}'; "
            "write '# param: NAME (TYPE, required|optional) — description'"
        )
    parts = [part.strip() for part in m.group("spec").split(",")]
    kind, _, options = parts[0].partition(":")
    kind = kind.strip()
    if kind not in PARAM_TYPES:
        raise QueryError(
            f"{path}: parameter {m.group('name')!r} has unknown type {kind!r}; "
            f"types: {', '.join(PARAM_TYPES)}"
        )
    flags = {part.partition("=")[0].strip(): part.partition("=")[2].strip() for part in parts[1:]}
    default = flags.get("default")
    required = "required" in flags
    if not required and default is None and kind not in ("string", "choice"):
        raise QueryError(f"{path}: optional {kind} parameter {m.group('name')!r} needs a default=")
    choices = tuple(c.strip() for c in options.split("|") if c.strip())
    return Param(m.group("name"), kind, required, (m.group("doc") or "").strip(), default, choices)  # type: ignore[arg-type]


def _body(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def _param_list(query: NamedQuery) -> str:
    return ", ".join(p.describe() for p in query.params) or "(none)"


def _date_term(raw: str, where: str) -> Literal:
    try:
        if not _ISO_DATE.match(raw):
            raise ValueError(raw)
        date.fromisoformat(raw)
    except ValueError:
        raise QueryError(
            f"{where} got {raw!r}; expected a date as YYYY-MM-DD, e.g. 2021-09-06"
        ) from None
    return Literal(raw, datatype=XSD.date)


def _iri_term(raw: str, where: str) -> URIRef:
    try:
        if not _SCHEME.match(raw):
            raise ValueError("no scheme")
        ox.NamedNode(raw)
    except ValueError:
        raise QueryError(
            f"{where} got {raw!r}; expected an absolute IRI such as https://w3id.org/newskg/id/..."
        ) from None
    return URIRef(raw)
