"""Corrections and retractions: earlier versions of articles, kept out of the answers.

An article that comes back changed (same id, another text or metadata) has its graph
replaced by the build; the version it replaces is not lost but *held*: copied, before
the replacement, into the history store (``STORE/history/``, a store of its own, so
that no question on the store ever sees it), each of its IRIs given the version's
suffix (``/v/{digest}``) so that versions never merge, with

    <article> prov:wasRevisionOf <article/v/…> .
    <article/v/…> nkg:supersededAt "…"^^xsd:dateTime ; nkg:versionOf <article> .

``kg retract ID`` holds an article's graph the same way (``nkg:retractedAt``) and
leaves in the store only a stub, ``nkg:RetractedArticle`` with its id and content hash,
so that a later build skips it as unchanged while its graph is out of every answer.
The questions run on the history store as on any store (``kg query NAME --store
STORE/history``): ``said-on`` there says what an outlet's articles said on a day in
the versions since corrected or retracted.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef

from kg import iri
from kg.errors import StoreError
from kg.rdf import datetime_literal
from kg.vocab import GRAPH_BASE, NKG, PROV, RESOURCE_BASE, SCHEMA

HISTORY_DIR = "history"
#: The IRIs a version renames: those minted for one article (not entities, shared).
_VERSIONED = tuple(f"{RESOURCE_BASE}{kind}/" for kind in ("article", "statement", "event",
                                                          "span"))


def history_path(root: str | Path) -> Path:
    return Path(root) / HISTORY_DIR


def held_graph(article_id: str, content_hash: str) -> URIRef:
    """The history store's graph of one version of an article."""
    return URIRef(f"{GRAPH_BASE}held/{iri.digest(article_id, content_hash)}")


def version_graph(old: Graph, article_id: str, *, at: dt.datetime, why: str) -> Graph:
    """``old`` (an article's stored graph) as a held version: its article's IRIs renamed,
    the version linked to the article, and when it was superseded or retracted (``why``:
    ``"superseded"`` or ``"retracted"``)."""
    current = iri.article_iri(article_id)
    version_hash = str(old.value(current, NKG.contentHash) or "")
    suffix = f"/v/{iri.digest(article_id, version_hash)}"

    def rename(node):
        if isinstance(node, URIRef) and str(node).startswith(_VERSIONED):
            return URIRef(f"{node}{suffix}")
        return node

    g = Graph()
    for s, p, o in old:
        g.add((rename(s), p, rename(o)))
    version = rename(current)
    stamp = datetime_literal(at)
    g.add((version, NKG.versionOf, current))
    g.add((current, PROV.wasRevisionOf, version))
    g.add((version, NKG.supersededAt if why == "superseded" else NKG.retractedAt, stamp))
    return g


def hold(gs, article_id: str, *, why: str, at: dt.datetime | None = None) -> bool:
    """Copy the stored graph of ``article_id`` into the history store as a version;
    False when there is none to hold. A ``Keeping`` store (or one that wraps it) keeps
    the history store open for the whole build; any other opens it for this version."""
    from kg.store import GraphStore

    name = iri.article_graph(article_id)
    old = gs.graph(name)
    if not len(old) or (iri.article_iri(article_id), RDF.type, NKG.Article) not in old:
        return False
    version = version_graph(old, article_id, at=at or dt.datetime.now(dt.UTC), why=why)
    content_hash = str(old.value(iri.article_iri(article_id), NKG.contentHash) or "")
    held = held_graph(article_id, content_hash)
    opened = getattr(gs, "history_store", None)
    if opened is not None:
        opened().replace_graph(held, version)
    else:
        with GraphStore.open(history_path(gs.root)) as history:
            history.replace_graph(held, version)
    return True


def retract(gs, article_id: str, *, at: dt.datetime | None = None) -> None:
    """Hold the article's graph as retracted and leave a stub in its place (see above)."""
    from kg import curation, derived, search

    name = iri.article_graph(article_id)
    old = gs.graph(name)
    a = iri.article_iri(article_id)
    if (a, RDF.type, NKG.Article) not in old:
        if (a, RDF.type, NKG.RetractedArticle) in old:
            raise StoreError(f"article {article_id!r} is retracted already")
        raise StoreError(f"no article {article_id!r} in the store at {gs.root}; "
                         "`kg query view-articles` lists the stored ones")
    at = at or dt.datetime.now(dt.UTC)
    hold(gs, article_id, why="retracted", at=at)
    stub = Graph()
    stub.add((a, RDF.type, NKG.RetractedArticle))
    stub.add((a, SCHEMA.identifier, Literal(article_id)))
    if (content_hash := old.value(a, NKG.contentHash)) is not None:
        stub.add((a, NKG.contentHash, content_hash))
    stub.add((a, NKG.retractedAt, datetime_literal(at)))
    with search.writing(gs.root):  # a crash before the refresh leaves the index pending
        gs.replace_graph(name, stub)
        curation.forget(gs, str(name))  # a fix's graph as read, if any, would bring it back
        derived.refresh(gs, [str(name)])


class Keeping:
    """A store that holds an article's stored version before a changed one replaces it
    (or before it is removed: a changed article that could not be read again). The
    history store is opened once, on the first version held, and closed with this."""

    def __init__(self, store) -> None:
        self._store = store
        self._history = None

    def __getattr__(self, name: str):
        return getattr(self._store, name)

    def __enter__(self) -> Keeping:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close_history()

    def history_store(self):
        """The history store (``STORE/history``), opened on first use."""
        from kg.store import GraphStore

        if self._history is None:
            self._history = GraphStore.open(history_path(self._store.root))
        return self._history

    def close_history(self) -> None:
        if self._history is not None:
            self._history.close()
            self._history = None

    def replace_graph(self, graph_iri, graph: Graph) -> int:
        self.hold_replaced(graph_iri, {str(h) for h in graph.objects(None, NKG.contentHash)})
        return self._store.replace_graph(graph_iri, graph)

    def remove_graph(self, graph_iri) -> None:
        self.hold_replaced(graph_iri, set())
        self._store.remove_graph(graph_iri)

    def hold_replaced(self, graph_iri, new: set[str]) -> None:
        """Before the graph ``graph_iri`` is replaced by one of the content hashes ``new``
        (none: removed): hold the article it stores, unless that is the same version."""
        if not self._store.has_graph(graph_iri):
            return
        found = self._store.select(
            "SELECT ?id ?hash WHERE { GRAPH ?g { ?a a ?type ; ?identifier ?id ; ?hashed ?hash } }",
            bindings={"g": URIRef(str(graph_iri)), "type": NKG.Article,
                      "identifier": SCHEMA.identifier, "hashed": NKG.contentHash}).rows
        if found and str(found[0][1]) not in new:
            hold(self, str(found[0][0]), why="superseded")
