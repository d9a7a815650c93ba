"""The store as the explorer reads it: SELECT queries on ``kg serve``'s worker processes.

``PoolStore`` is a ``kg.query.Selectable``: ``kg.query.run_page`` and ``run_query`` run
on it as on an embedded store, each query in a worker with the server's time limit
(a slow page is a 503, never a stuck thread), its answer read back from SPARQL JSON.
``root`` (the data directory) lets ``kg.query.indexed_text`` start the named queries
from the search index, as on the embedded store.

An IRI parameter written ``$name`` in the query is put in place of the variable
(``kg.sparql.sparql_term``, after ``kg.query.bind_params`` has checked it is an IRI)
rather than bound by a ``VALUES`` clause: pyoxigraph 0.5 does not carry a ``VALUES``
binding into a ``GRAPH`` pattern or a triple with a variable predicate, and reads the
whole store instead (an article page: 4 s against 17 ms at 100 k triples). Written
``?name``, it would be bound by ``VALUES``, as ``kg.query`` binds every value; the
named queries hold no IRI parameter.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

from rdflib import URIRef
from rdflib.term import Node

from kg.endpoint.protocol import RequestError
from kg.endpoint.remote import rows_of
from kg.endpoint.workers import Job, WorkerPool
from kg.sparql import inline_bindings, sparql_term
from kg.store import QueryResult

_JSON = "application/sparql-results+json"


class PoolStore:
    """SELECT on the worker pool; a failed or refused query raises ``RequestError``."""

    def __init__(self, pool: WorkerPool, root: Path | None, *, max_rows: int) -> None:
        self.pool = pool
        self.root = root
        self.max_rows = max_rows

    def select(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        text, rest = _with_iris(sparql, bindings or {})
        text = inline_bindings(text, rest) if rest else text
        reply = self.pool.run(Job(text=text, accept=_JSON, max_rows=self.max_rows))
        if reply.status != 200:
            raise RequestError(reply.status, reply.body.decode("utf-8", "replace").strip(),
                               *reply.headers)
        answer = json.loads(reply.body)
        names = [v for v in answer["head"]["vars"] if v not in (bindings or {})]
        rows = rows_of(answer["results"]["bindings"], names)
        return QueryResult(tuple(names), rows)


def _with_iris(sparql: str, bindings: Mapping[str, Node]) -> tuple[str, dict[str, Node]]:
    """``sparql`` with each IRI binding written in place of its ``$name``, and the
    bindings left for ``VALUES``."""
    rest = {}
    for name, term in bindings.items():
        pattern = re.compile(rf"\${re.escape(name)}\b")
        if isinstance(term, URIRef) and pattern.search(sparql):
            written = sparql_term(term)
            sparql = pattern.sub(lambda _, written=written: written, sparql)
        else:
            rest[name] = term
    return sparql, rest
