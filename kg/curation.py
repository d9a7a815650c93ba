"""The analyst's fixes, kept apart from what was read: merge, split, retype, remove.

Each fix is an *action* recorded in the curation graph (``CURATION_GRAPH``) with who
made it and when; nothing of it is written into what the reading engine made. The
store's article graphs are *views*: each is its article's graph as read with every
active action applied (``apply``), in the order the actions were made. Where the
actions change an article's graph, the graph as read is kept in a store of its own,
``STORE/read/``, so that undoing an action (``undo``) makes the view again from it,
and the view of an article no action touches is its graph as read, with no copy.

Because the views are stored graphs, every reader sees the fixes with no change of
its own: the named queries on the embedded store, through ``kg serve`` or on any
SPARQL server the store is pushed to, the derived graphs (copies, claim clusters,
made from the article graphs), the exports (RDF, Wikidata dump) and the graph views.
A build applies the actions to what it writes (``Curating``), so a fix survives
``kg build --force``, a changed article and ``kg load``.

The actions:

- ``merge KEEP GONE``: the entity GONE is KEEP (one actor under two names): in every
  article GONE becomes KEEP, with KEEP's type, its name kept as a ``skos:altLabel``
  where the article names KEEP too;
- ``split ENTITY ARTICLES INTO``: in the articles ARTICLES, ENTITY becomes INTO, a new
  entity (undoes a merge the engine made: "NAP" read as the Northern Alliance Party);
- ``retype ENTITY TYPE``: ENTITY is a ``nkg:Person``, ``nkg:Organization`` or
  ``nkg:Place`` in every article;
- ``remove ARTICLE``: the article leaves every answer; its view is a stub
  (``nkg:RemovedArticle``, its id and content hash), so a build skips it as unchanged.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef

from kg import iri
from kg.errors import StoreError
from kg.rdf import datetime_literal
from kg.store import CURATION_GRAPH
from kg.vocab import GRAPH_BASE, NKG, RESOURCE_BASE, SCHEMA

READ_DIR = "read"
ACTIONS = ("merge", "split", "retype", "remove")
ENTITY_TYPES = ("Person", "Organization", "Place")
_ENTITY_CLASSES = frozenset(NKG[t] for t in ENTITY_TYPES)
#: The properties of an action's record, by role.
_ROLES = {"keep": NKG.keeps, "gone": NKG.merges, "entity": NKG.curatedEntity,
          "into": NKG.splitInto, "type": NKG.newType, "article": NKG.curatedArticle}


@dataclass(frozen=True, slots=True)
class Action:
    """One recorded fix."""

    id: int
    kind: str  # one of ACTIONS
    by: str
    at: str  # ISO date-time
    keep: URIRef | None = None  # merge: the entity kept
    gone: URIRef | None = None  # merge: the entity merged into it
    entity: URIRef | None = None  # split, retype: the entity
    into: URIRef | None = None  # split: the new entity
    type: URIRef | None = None  # retype, merge (KEEP's), split (ENTITY's): the class
    articles: tuple[URIRef, ...] = ()  # split: where; remove: the article
    label: str = ""  # merge: the kept entity's name; split: the new entity's name
    undone_by: str = ""
    undone_at: str = ""
    arguments: tuple[str, ...] = field(default=())  # as the user gave them

    @property
    def node(self) -> URIRef:
        return action_iri(self.id)

    @property
    def active(self) -> bool:
        return not self.undone_at

    def iris(self) -> set[URIRef]:
        """The entities and articles it touches."""
        return {x for x in (self.keep, self.gone, self.entity, self.into, *self.articles) if x}


def action_iri(number: int) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}curation/{number}")


def read_path(root: str | Path) -> Path:
    return Path(root) / READ_DIR


def default_curator() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return "unknown"


# ------------------------------------------------------------------ the record


def actions(gs) -> list[Action]:
    """Every recorded action, by id."""
    g = gs.graph(CURATION_GRAPH) if gs.has_graph(CURATION_GRAPH) else Graph()
    return sorted((_action(g, node) for node in g.subjects(RDF.type, NKG.Curation)),
                  key=lambda a: a.id)


def _action(g: Graph, node) -> Action:
    def one(prop):
        return g.value(node, prop)

    def text(prop) -> str:
        value = one(prop)
        return "" if value is None else str(value)

    return Action(
        id=int(one(NKG.curationId)), kind=text(NKG.curationAction), by=text(NKG.curatedBy),
        at=text(NKG.curatedAt), keep=one(NKG.keeps), gone=one(NKG.merges),
        entity=one(NKG.curatedEntity), into=one(NKG.splitInto), type=one(NKG.newType),
        articles=tuple(sorted(g.objects(node, NKG.curatedArticle))),
        label=text(NKG.curatedName), undone_by=text(NKG.undoneBy), undone_at=text(NKG.undoneAt),
        arguments=tuple(text(NKG.arguments).split("\t")) if one(NKG.arguments) else ())


def _record(action: Action) -> Graph:
    g = Graph()
    n = action.node
    g.add((n, RDF.type, NKG.Curation))
    g.add((n, NKG.curationId, Literal(action.id)))
    g.add((n, NKG.curationAction, Literal(action.kind)))
    g.add((n, NKG.curatedBy, Literal(action.by)))
    g.add((n, NKG.curatedAt, Literal(action.at, datatype=XSD.dateTime)))
    g.add((n, NKG.arguments, Literal("\t".join(action.arguments))))
    for prop, value in ((NKG.keeps, action.keep), (NKG.merges, action.gone),
                        (NKG.curatedEntity, action.entity), (NKG.splitInto, action.into),
                        (NKG.newType, action.type)):
        if value is not None:
            g.add((n, prop, value))
    for a in action.articles:
        g.add((n, NKG.curatedArticle, a))
    if action.label:
        g.add((n, NKG.curatedName, Literal(action.label)))
    if action.undone_at:
        g.add((n, NKG.undoneBy, Literal(action.undone_by)))
        g.add((n, NKG.undoneAt, Literal(action.undone_at, datatype=XSD.dateTime)))
    return g


def _now() -> str:
    return str(datetime_literal(dt.datetime.now(dt.UTC)))


def _save(gs, action: Action) -> None:
    g = gs.graph(CURATION_GRAPH) if gs.has_graph(CURATION_GRAPH) else Graph()
    g.remove((action.node, None, None))
    g += _record(action)
    gs.replace_graph(CURATION_GRAPH, g)


# ------------------------------------------------------------------ the commands


def merge(gs, keep: str, gone: str, *, by: str | None = None) -> Action:
    """Record that ``gone`` is the entity ``keep`` (names or IRIs) and apply it."""
    k, g = resolve_entity(gs, keep), resolve_entity(gs, gone)
    if k == g:
        raise StoreError(f"{keep!r} and {gone!r} are one entity already ({k})")
    return _add(gs, "merge", (keep, gone), by, keep=k, gone=g, type=_type_of(gs, k),
                label=_name_of(gs, k))


def split(gs, entity: str, *, articles: Iterable[str] = (), named: str | None = None,
          label: str | None = None, by: str | None = None) -> Action:
    """Record that ``entity``, in the articles ``articles`` (ids) and in those that name it
    ``named``, is another entity, named ``label`` (default: the name those articles give
    it); apply it."""
    e = resolve_entity(gs, entity)
    where = {resolve_article(gs, a) for a in articles}
    if named:
        where |= _articles_naming(gs, e, named)
        if not where:
            raise StoreError(f"no article names {entity!r} {named!r}; `kg show {entity!r}` "
                             "lists what names it has where")
    if not where:
        raise StoreError("split: say which mentions go to the new entity: --article ID "
                         "(repeatable) or --named NAME")
    mentioned = _articles_naming(gs, e, None)
    if not where <= mentioned:
        stray = sorted(str(a) for a in where - mentioned)
        raise StoreError(f"{entity!r} is not mentioned in {', '.join(stray)}")
    if where == mentioned:
        raise StoreError(f"every article that mentions {entity!r} was named: that is a "
                         f"rename, not a split (`kg retype` changes its type)")
    kind = _type_of(gs, e)
    name = label or named or _label_in(gs, e, min(where))
    into = iri.entity_iri(kind.rpartition("#")[2], name)
    if into == e or _exists(gs, into):
        into = iri.entity_iri(kind.rpartition("#")[2], name,
                              scope="split " + " ".join(sorted(map(str, where))))
    arguments = (entity, *sorted(articles), *(("--named", named) if named else ()),
                 *(("--as", label) if label else ()))
    return _add(gs, "split", arguments, by, entity=e, into=into, type=kind,
                articles=tuple(sorted(where)), label=name)


def retype(gs, entity: str, type_name: str, *, by: str | None = None) -> Action:
    """Record that ``entity`` is of the class ``type_name`` and apply it."""
    kind = next((t for t in ENTITY_TYPES if t.lower() == type_name.lower()), None)
    if kind is None:
        raise StoreError(f"unknown type {type_name!r}: use one of {', '.join(ENTITY_TYPES)}")
    e = resolve_entity(gs, entity)
    if _type_of(gs, e) == NKG[kind]:
        raise StoreError(f"{entity!r} is a {kind} already")
    return _add(gs, "retype", (entity, kind), by, entity=e, type=NKG[kind])


def remove(gs, article_id: str, *, by: str | None = None) -> Action:
    """Record that the article ``article_id`` leaves every answer, and apply it."""
    a = resolve_article(gs, article_id)
    return _add(gs, "remove", (article_id,), by, articles=(a,))


def undo(gs, number: int, *, by: str | None = None) -> Action:
    """Mark the action ``number`` undone (it stays in the record) and make the views
    again without it."""
    found = {a.id: a for a in actions(gs)}
    if number not in found:
        raise StoreError(f"no curation action {number} in the store at {gs.root}; "
                         "`kg curation list` lists them")
    action = found[number]
    if not action.active:
        raise StoreError(f"curation action {number} was undone already, at "
                         f"{action.undone_at} by {action.undone_by}")
    from dataclasses import replace

    done = replace(action, undone_by=by or default_curator(), undone_at=_now())
    active = [a for a in actions(gs) if a.active and a.id != number]
    refresh(gs, _touched(gs, action), active=active)
    _save(gs, done)
    return done


def _add(gs, kind: str, arguments: tuple[str, ...], by: str | None, **fields) -> Action:
    number = max((a.id for a in actions(gs)), default=0) + 1
    action = Action(number, kind, by or default_curator(), _now(),
                    arguments=tuple(arguments), **fields)
    active = [a for a in actions(gs) if a.active] + [action]
    refresh(gs, _touched(gs, action), active=active)  # refused before it is recorded
    _save(gs, action)
    return action


# ------------------------------------------------------------------ finding things


_ENTITY_QUERY = """
SELECT DISTINCT ?e ?type WHERE {
  GRAPH ?g { ?e ?labelled ?name ; a ?type . }
  VALUES ?labelled { <http://www.w3.org/2000/01/rdf-schema#label>
                     <http://www.w3.org/2004/02/skos/core#altLabel> }
  VALUES ?type { <https://w3id.org/newskg/ontology#Person>
                 <https://w3id.org/newskg/ontology#Organization>
                 <https://w3id.org/newskg/ontology#Place> }
  FILTER(LCASE(STR(?name)) = LCASE(STR(?wanted)))
}
"""


def resolve_entity(gs, name: str) -> URIRef:
    """The entity a user names: its IRI, or a name (label or alias) that only it has."""
    if name.startswith(("http://", "https://")):
        e = URIRef(name)
        if _exists(gs, e):
            return e
        raise StoreError(f"no entity {name} in the store at {gs.root}")
    rows = gs.select(_ENTITY_QUERY, bindings={"wanted": Literal(name)}).rows
    found = sorted({(str(e), str(t).rpartition("#")[2]) for e, t in rows})
    if not found:
        raise StoreError(f"no entity named {name!r} in the store at {gs.root}; "
                         "`kg query entities` lists them")
    if len({e for e, _ in found}) > 1:
        raise StoreError(f"{name!r} names {len(found)} entities: "
                         + ", ".join(f"{e} ({t})" for e, t in found) + "; give the IRI")
    return URIRef(found[0][0])


def resolve_article(gs, article_id: str) -> URIRef:
    a = iri.article_iri(article_id)
    g = gs.graph(iri.article_graph(article_id))
    if (a, RDF.type, NKG.Article) in g:
        return a
    if (a, RDF.type, NKG.RemovedArticle) in g:
        raise StoreError(f"article {article_id!r} is removed already "
                         "(`kg curation list`; `kg curation undo ID` brings it back)")
    raise StoreError(f"no article {article_id!r} in the store at {gs.root}; "
                     "`kg query view-articles` lists the stored ones")


def _exists(gs, node: URIRef) -> bool:
    return gs.ask("ASK { GRAPH ?g { ?node a ?type } }", bindings={"node": node})


def _type_of(gs, e: URIRef) -> URIRef:
    rows = gs.select("SELECT DISTINCT ?type WHERE { GRAPH ?g { ?e a ?type } }",
                     bindings={"e": e}).rows
    types = sorted(str(t) for (t,) in rows if t in _ENTITY_CLASSES)
    return URIRef(types[0]) if types else NKG.Organization


def _name_of(gs, e: URIRef) -> str:
    """The name most articles give ``e`` (the first in order among the most used)."""
    rows = gs.select("SELECT ?name (COUNT(?g) AS ?n) WHERE { GRAPH ?g { ?e ?labelled ?name } } "
                     "GROUP BY ?name", bindings={"e": e, "labelled": RDFS.label}).rows
    return min(((-int(n), str(name)) for name, n in rows), default=(0, str(e)))[1]


def _label_in(gs, e: URIRef, article: URIRef) -> str:
    g = gs.graph(_graph_of(article))
    return str(g.value(e, RDFS.label) or "")


def _articles_naming(gs, e: URIRef, name: str | None) -> set[URIRef]:
    """The articles that mention ``e`` (named ``name`` there, when given)."""
    rows = gs.select("SELECT DISTINCT ?a ?name WHERE { GRAPH ?g { ?e ?p ?a . ?a a ?article . "
                     "OPTIONAL { ?e ?labelled ?name } } }",
                     bindings={"e": e, "p": NKG.mentionedIn, "article": NKG.Article,
                               "labelled": RDFS.label}).rows
    alt = gs.select("SELECT DISTINCT ?a ?name WHERE { GRAPH ?g { ?e ?p ?a ; ?labelled ?name } }",
                    bindings={"e": e, "p": NKG.mentionedIn, "labelled": SKOS.altLabel}).rows
    return {a for a, n in [*rows, *alt]
            if name is None or (n is not None and str(n).lower() == name.lower())}


def _graph_of(article: URIRef) -> URIRef:
    """The named graph of an article, from its IRI (both end in the digest of its id)."""
    return URIRef(GRAPH_BASE + str(article).rpartition("/")[2])


# ------------------------------------------------------------------ the views


def apply(graph: Graph, active: Iterable[Action]) -> Graph:
    """An article's graph as read, with the actions ``active`` applied in their order."""
    g = Graph(bind_namespaces="none")  # written, never printed: no prefixes to bind
    g += graph
    article = next(g.subjects(RDF.type, NKG.Article), None)
    for action in active:
        if action.kind == "remove" and article in action.articles:
            return _stub(g, article, action)
        if action.kind == "merge":
            _rename(g, action.gone, action.keep, action.type, label=action.label)
        elif action.kind == "split" and article in action.articles:
            _rename(g, action.entity, action.into, action.type, label=action.label)
        elif action.kind == "retype" and (action.entity, None, None) in g:
            for t in list(g.objects(action.entity, RDF.type)):
                if t in _ENTITY_CLASSES:
                    g.remove((action.entity, RDF.type, t))
            g.add((action.entity, RDF.type, action.type))
    return g


def _rename(g: Graph, old: URIRef, new: URIRef, kind: URIRef | None, *,
            label: str = "") -> None:
    """``old`` becomes ``new`` in ``g``, of the class ``kind``, named ``label`` (the names
    it had here kept as ``skos:altLabel``)."""
    if (old, None, None) not in g and (None, None, old) not in g:
        return
    for s, p, o in list(g):
        if s == old or o == old:
            g.remove((s, p, o))
            if s == old and p == RDF.type and o in _ENTITY_CLASSES:
                continue
            g.add((new if s == old else s, p, new if o == old else o))
    if label:
        for name in list(g.objects(new, RDFS.label)):
            g.remove((new, RDFS.label, name))
            g.add((new, SKOS.altLabel, name))
        g.remove((new, SKOS.altLabel, Literal(label)))
        g.add((new, RDFS.label, Literal(label)))
    for t in list(g.objects(new, RDF.type)):
        if t in _ENTITY_CLASSES:
            g.remove((new, RDF.type, t))
    g.add((new, RDF.type, kind or NKG.Organization))


def _stub(g: Graph, article: URIRef, action: Action) -> Graph:
    stub = Graph()
    stub.add((article, RDF.type, NKG.RemovedArticle))
    for prop in (SCHEMA.identifier, NKG.contentHash):
        if (value := g.value(article, prop)) is not None:
            stub.add((article, prop, value))
    stub.add((article, NKG.removedBy, action.node))
    return stub


def _touched(gs, action: Action) -> set[str]:
    """The article graphs an action may change: those that hold any of its IRIs, and
    those already kept as read."""
    names = set()
    for node in action.iris():
        rows = gs.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { { ?node ?p ?o } UNION "
                         "{ ?s ?p ?node } } }", bindings={"node": node}).rows
        names |= {str(g) for (g,) in rows}
    kept = set(_kept(gs))
    return (names & set(gs.graphs())) | kept


def _kept(gs) -> list[str]:
    path = read_path(gs.root)
    if not path.exists():
        return []
    from kg.store import GraphStore

    with GraphStore.open(path) as read:
        return read.graphs()


def refresh(gs, names: Iterable[str], *, written: bool = False,
            active: list[Action] | None = None) -> set[str]:
    """Make the views of the article graphs ``names`` again from their graphs as read
    (kept in ``STORE/read/``; else the store's, which is then the graph as read, as it
    is when ``written``: a build or a load has just stored them) and the ``active``
    actions (default: those recorded and not undone); bring the derived graphs up to
    date. A view that would break the shapes is a ``StoreError``, and nothing is
    written. Returns the graphs whose view changed."""
    from kg import derived, search
    from kg.precheck import surely_conforms
    from kg.store import GraphStore
    from kg.validate import validate

    active = [a for a in actions(gs) if a.active] if active is None else active
    names = sorted(set(names))
    if not names or (not active and not read_path(gs.root).exists()):
        return set()
    terms: dict = {}  # the rdflib terms made, shared by the graphs read (kg.store)
    with GraphStore.open(read_path(gs.root)) as read:
        plan = []  # (name, graph as read, kept already, view, view differs from as read)
        for name in names:
            stored = gs.graph(name, cache=terms, prefixes=False)
            kept = not written and read.has_graph(name)
            as_read = read.graph(name, cache=terms, prefixes=False) if kept else stored
            view = apply(as_read, active)
            seen = set(view)
            if seen == set(stored):
                view = None  # the store holds it already
            elif not surely_conforms(view):  # pySHACL only where the fast check is unsure
                report = validate(view)
                if not report.conforms:
                    v = report.results[0]
                    raise StoreError(f"refused: it would break the shapes in {name}: "
                                     f"{v.focus} {v.path or ''}: {v.message}")
            plan.append((name, as_read, kept, view, seen != set(as_read)))
        changed = set()
        views = any(view is not None for _, _, _, view, _ in plan)
        with search.writing(gs.root) if views else nullcontext():  # pending until refreshed
            for name, as_read, kept, view, curated in plan:
                if curated:
                    if not kept:
                        read.replace_graph(name, as_read)
                elif read.has_graph(name):
                    read.remove_graph(name)
                if view is not None:
                    gs.replace_graph(name, view)
                    changed.add(name)
            derived.refresh(gs, changed)
    return changed


def forget(gs, name: str) -> None:
    """Drop the graph as read of the article graph ``name`` (retracted: its stub is no
    view of anything, ``kg.history``)."""
    from kg.store import GraphStore

    own = getattr(gs, "forget_read", None)  # a build's store: Curating holds the read store
    if own is not None:
        own(name)
    elif read_path(gs.root).exists():
        with GraphStore.open(read_path(gs.root)) as read:
            if read.has_graph(name):
                read.remove_graph(name)


def entity_index(gs):
    """The ``kg.identity.EntityIndex`` of the store *as read*: a build resolves the names
    of what it reads against what was read before, not against the fixes (so that a
    fix undone later leaves no trace in what was read after it)."""
    from kg.identity import EntityIndex
    from kg.store import GraphStore

    path = read_path(gs.root)
    if not path.exists():
        return EntityIndex.from_store(gs)
    with GraphStore.open(path, read_only=True) as read:
        return EntityIndex.from_store(gs, skip=frozenset(read.graphs()), more=read)


class Curating:
    """A store whose article graph writes are views: the active actions applied to the
    graph as read, which is kept in ``STORE/read/`` when they change it."""

    def __init__(self, store) -> None:
        self._store = store
        self._active = [a for a in actions(store) if a.active]
        self._read = None

    def __getattr__(self, name: str):
        return getattr(self._store, name)

    def _kept(self):
        if self._read is None and (self._active or read_path(self._store.root).exists()):
            from kg.store import GraphStore

            self._read = GraphStore.open(read_path(self._store.root))
        return self._read

    def close(self) -> None:
        if self._read is not None:
            self._read.close()
            self._read = None

    def replace_graph(self, graph_iri, graph: Graph) -> int:
        read = self._kept()
        if read is None:
            return self._store.replace_graph(graph_iri, graph)
        view = apply(graph, self._active)
        if set(view) != set(graph):
            read.replace_graph(graph_iri, graph)
        elif read.has_graph(graph_iri):
            read.remove_graph(graph_iri)
        return self._store.replace_graph(graph_iri, view)

    def forget_read(self, graph_iri) -> None:
        read = self._kept()
        if read is not None and read.has_graph(graph_iri):
            read.remove_graph(graph_iri)

    def remove_graph(self, graph_iri) -> None:
        read = self._kept()
        if read is not None and read.has_graph(graph_iri):
            read.remove_graph(graph_iri)
        self._store.remove_graph(graph_iri)
