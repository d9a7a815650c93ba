"""SPARQL text: parameter values written in as ``VALUES`` clauses, comments taken out.

Parameters of a query are bound the same way on every store, embedded or remote:
``inline_bindings`` adds ``VALUES ?p { term }`` at the start of every ``WHERE``
block that mentions ``?p``, with the term serialised and escaped by pyoxigraph
(N-Triples syntax, which is SPARQL syntax), never the raw text. A value full of
quotes, braces and keywords therefore stays one literal.

Why not pyoxigraph's ``substitutions``, embedded: its optimiser plans a query as
if the substituted variables were unbound, so it cannot start from a parameter's
value. With the same values as ``VALUES`` clauses the canonical questions ran
1.5 to 7 times faster at 1 M triples (``bench/queries.py``). Substitutions also
bound only projected variables and hid the value from ``BOUND()`` and from
subqueries that did not list it; ``VALUES`` has none of those quirks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rdflib.term import Node

from kg.errors import QueryError
from kg.terms import to_oxigraph

#: The SPARQL tokens that matter for finding WHERE blocks: strings, IRIs and comments
#: are matched whole so that braces or keywords inside them are never taken as syntax.
_SKIP = "|".join(
    (
        r'"""(?:[^"\\]|\\.|"(?!""))*"""',  # long strings first
        r"'''(?:[^'\\]|\\.|'(?!''))*'''",
        r'"(?:[^"\\\n\r]|\\.)*"',
        r"'(?:[^'\\\n\r]|\\.)*'",
        r"<[^<>\"{}|^`\\\x00-\x20]*>",  # an IRI; a lone < is "less than"
        r"#[^\n]*",
    )
)
_TOKENS = re.compile(
    rf"(?P<skip>{_SKIP})|(?P<where>(?<![\w?$:])(?:WHERE|ASK)\b)"
    r"|(?P<var>[?$]\w+)|(?P<open>\{)|(?P<close>\})",
    re.IGNORECASE,
)


def sparql_term(term: Node) -> str:
    """``term`` in SPARQL syntax, escaped by pyoxigraph: ``"a \\"b\\""``, ``<iri>``."""
    try:
        return str(to_oxigraph(term))
    except (ValueError, TypeError) as exc:
        raise QueryError(f"cannot write {term!r} into a query: {exc}") from exc


def inline_bindings(sparql: str, bindings: Mapping[str, Node]) -> str:
    """``sparql`` with each binding as a ``VALUES`` clause in every WHERE block using it.

    Each block (the outer query's and every subquery's) gets the clauses of the
    variables it mentions, so a subquery sees the value without listing it in its
    SELECT. A parameter that no WHERE block mentions is a ``QueryError``: its value
    would silently go unused.
    """
    return inline_values(sparql, {name: [term] for name, term in bindings.items()})


def inline_values(sparql: str, values: Mapping[str, Iterable[Node]]) -> str:
    """``sparql`` with ``VALUES ?name { term … }`` for each entry, placed as
    ``inline_bindings`` places them: several values per variable, for queries that look
    up a batch at once (``kg link`` sends many names in one request)."""
    terms = {name: " ".join(map(sparql_term, nodes)) for name, nodes in values.items()}
    inserts: list[tuple[int, str]] = []
    used: set[str] = set()
    for start, names in _where_blocks(sparql):
        hits = [n for n in terms if n in names]
        used.update(hits)
        if hits:
            inserts.append((start, " ".join(f"VALUES ?{n} {{ {terms[n]} }}" for n in hits)))
    unused = sorted(set(terms) - used)
    if unused:
        raise QueryError(f"no WHERE block of the query uses ?{unused[0]}; cannot bind it")
    for start, clause in sorted(inserts, reverse=True):
        sparql = f"{sparql[:start]} {clause}{sparql[start:]}"
    return sparql


def strip_comments(sparql: str) -> str:
    """``sparql`` without its ``#`` comments (a ``#`` in an IRI or a string stays).

    SPARQLWrapper guesses whether a text is a query or an update from the first
    keyword it finds, and its comment filter misses every other comment line, so a
    header that says "adds" or "drop" would be sent as an update.
    """
    parts: list[str] = []
    last = 0
    for m in _TOKENS.finditer(sparql):
        if m.lastgroup == "skip" and m.group().startswith("#"):
            parts.append(sparql[last : m.start()])
            last = m.end()
    parts.append(sparql[last:])
    return "".join(parts).strip()


def _where_blocks(sparql: str) -> list[tuple[int, set[str]]]:
    """(offset just after the brace, variable names inside) of every WHERE/ASK block."""
    blocks: list[tuple[int, set[str]]] = []
    stack: list[tuple[int, set[str]] | None] = []  # None: a brace that opens no WHERE block
    pending = False
    for m in _TOKENS.finditer(sparql):
        kind = m.lastgroup
        if kind == "where":
            pending = True
        elif kind == "open":
            stack.append((m.end(), set()) if pending else None)
            pending = False
        elif kind == "close" and stack:
            block = stack.pop()
            if block is not None:
                blocks.append(block)
        elif kind == "var":
            for block in stack:
                if block is not None:
                    block[1].add(m.group()[1:])
    return blocks


#: The prologue (BASE and PREFIX declarations) that may open a query before its form.
_PROLOGUE = re.compile(r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*", re.IGNORECASE)
_FORM = re.compile(r"(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def query_form(sparql: str) -> str | None:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: the form of the query ``sparql``
    (the keyword after its prologue and comments); None when it opens with none of them
    (an update, or not SPARQL: the store's parser says which)."""
    text = strip_comments(sparql)
    m = _FORM.match(text, _PROLOGUE.match(text).end())
    return m.group(1).upper() if m else None


def split_prologue(sparql: str) -> tuple[str, str]:
    """``(prologue, query)``: the BASE and PREFIX declarations of ``sparql`` (comments
    taken out) and the rest, to wrap the query in another (``kg.query.count_rows``)."""
    text = strip_comments(sparql)
    end = _PROLOGUE.match(text).end()
    return text[:end], text[end:]
