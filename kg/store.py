"""The graph store: one pyoxigraph (RocksDB) store on disk, one named graph per article.

Layout of a data directory (``newskg-data/`` by default)::

    newskg-data/oxigraph/          the RocksDB files of the pyoxigraph store
    newskg-data/quarantine.jsonl   articles whose graph broke the shapes (one JSON object a line)
    newskg-data/rejected.jsonl     inputs that never became articles
    newskg-data/derived.sqlite     the index of the derived graphs (kg.derived)
    newskg-data/history/           earlier and retracted versions of articles (kg.history)
    newskg-data/build-options.json whether its graphs keep the articles' texts (kg build --no-text)

The ontology (``ontology/newskg.ttl``) is loaded into its own named graph,
``ONTOLOGY_GRAPH``, each time the store is opened for writing (replacing what was
there, so an upgraded ontology takes effect). Queries see the union of all graphs
as their default graph, so ``?x a/rdfs:subClassOf* nkg:Event`` works without any
reasoning step. That union is a *set*: the store keeps its default graph equal to the
merge of every named graph, each triple once, updated in the same transaction as the
graph that changes (pyoxigraph's own union default graph is a multiset: a label
found in 19 articles would count 19 times under ``COUNT``). A store made before this
was kept is brought up to date the first time it is opened for writing; until then,
read-only, it is queried through pyoxigraph's union (``merged_default_graph``).
``graphs()``, ``stats()``, ``dataset()`` and ``export()`` leave the
ontology graph out: they are about the data.

``kg link`` keeps two more graphs that hold no article: ``LINKS_GRAPH`` (the
``owl:sameAs`` links to Wikidata and the decision behind each) and
``LINK_CACHE_GRAPH`` (the Wikidata lookups, so that linking again needs no network).
A build replaces article graphs only, so links survive it. ``graphs()``, ``stats()``
and ``dataset()`` (what ``kg validate`` checks) are about articles and leave both
out; ``export()`` and ``kg push`` carry the links graph, since the links are data,
but not the cache, which is a local copy of someone else's data.

Two more are derived from the article graphs by ``kg.derived`` (after each build, or
``kg recluster``): ``COPIES_GRAPH`` (wire and syndicated copies, independent sources)
and ``CLAIMS_GRAPH`` (claim clusters across articles), with their index
``derived.sqlite`` in the data directory. Like the links they are left out of
``graphs()`` and ``stats()`` and carried by ``export()`` and ``kg push``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Literal, Self, TypeVar

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

from kg.errors import ConfigError, GraphError, QueryError, StoreError
from kg.resources import ontology_file, queries_dir
from kg.sparql import inline_bindings
from kg.terms import PREFIXES, OxTerm, converter, from_oxigraph, to_oxigraph
from kg.vocab import NKG

log = logging.getLogger(__name__)

#: Named graph holding the ontology, so that subclass queries work in the store.
ONTOLOGY_GRAPH = URIRef("https://w3id.org/newskg/ontology")
#: Named graph of the Wikidata links (``owl:sameAs``) and the decisions behind them.
LINKS_GRAPH = URIRef("https://w3id.org/newskg/links")
#: Named graph caching ``kg link``'s Wikidata lookups.
LINK_CACHE_GRAPH = URIRef("https://w3id.org/newskg/wikidata-cache")
#: Named graphs derived from the article graphs by ``kg.derived``: copies, claim clusters.
COPIES_GRAPH = URIRef("https://w3id.org/newskg/graph/copies")
CLAIMS_GRAPH = URIRef("https://w3id.org/newskg/graph/claims")
DERIVED_GRAPHS = (COPIES_GRAPH, CLAIMS_GRAPH)
#: Named graph of the analyst's fixes (``kg merge``, ``split``, ``retype``, ``remove``):
#: ``kg.curation``.
CURATION_GRAPH = URIRef("https://w3id.org/newskg/graph/curation")
#: The graphs that hold no article.
SERVICE_GRAPHS = frozenset({str(ONTOLOGY_GRAPH), str(LINKS_GRAPH), str(LINK_CACHE_GRAPH),
                            str(CURATION_GRAPH), *map(str, DERIVED_GRAPHS)})
ExportFormat = Literal["nquads", "trig", "turtle", "jsonld"]
EXPORT_FORMATS: tuple[str, ...] = ("nquads", "trig", "turtle", "jsonld")
_DATASET_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_STORE_DIR = "oxigraph"
#: A graph of more triples than this is written, or removed, in several transactions
#: of at most this many: pyoxigraph holds a whole transaction in memory, about 1.5 KB
#: a quad (a 1,000,000-character article's graph would take gigabytes in one).
WRITE_TRIPLES = 20_000
#: After this many triples written, the store is flushed: RocksDB keeps what is written
#: in memory tables until a flush, and left to itself let them grow by about 0.3 MB an
#: article to some 700 MB (bench/scale.py). Flushed every 25,000 (about a hundred
#: articles), a build's memory stays flat for the same CPU; the C heap is trimmed then
#: too (``trim_heap``).
FLUSH_TRIPLES = 25_000

#: Written in the last transaction of a graph written in parts: the build's proof that
#: the article is whole (``kg.pipeline``: an article without it is read again).
_WRITTEN_LAST = NKG.contentHash
#: A file in the data directory, written once the default graph holds the merge of the
#: named graphs; from then on every write keeps it so.
_MERGED_MARKER = "default-graph-merged"
_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_SKOS_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
_STATS_QUERY = "counts.rq"  # also a named query: `kg query counts`
_T = TypeVar("_T")
OxTriple = tuple[OxTerm, OxTerm, OxTerm]


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The rows of a SELECT query; unbound values are ``None``."""

    columns: tuple[str, ...]
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)

    def dicts(self) -> list[dict[str, Node | None]]:
        """Rows as ``{column: value}``, for JSON output and readable tests."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


class GraphStore:
    """Named graphs of articles in a pyoxigraph store; open it with ``GraphStore.open``."""

    def __init__(self, store: ox.Store, root: Path, *, read_only: bool) -> None:
        self._store: ox.Store | None = store
        self.root = root
        self.read_only = read_only
        self.merged = merged_default_graph(root)
        self._unflushed = 0  # triples written since the last flush

    # --- opening and closing

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        read_only: bool = False,
        ontology: Path | None = None,
    ) -> Self:
        """Open the data directory ``path`` (created when ``create``).

        ``ontology`` is the Turtle file loaded into ``ONTOLOGY_GRAPH``; by default the
        packaged ``ontology/newskg.ttl`` (skipped with a warning while it is missing).
        A read-only store is never written, so its ontology graph is left as it is.
        """
        root = Path(path)
        db = root / _STORE_DIR
        exists = (db / "CURRENT").is_file()
        if not exists and (read_only or not create):
            raise StoreError(f"no graph store at {root}: run `kg build` first to create it")
        try:
            if read_only:
                store = ox.Store.read_only(str(db))
            else:
                db.mkdir(parents=True, exist_ok=True)
                store = ox.Store(str(db))
        except OSError as exc:
            raise _open_error(root, exc) from exc
        self = cls(store, root, read_only=read_only)
        if not read_only:
            self._load_ontology(ontology)
            if not self.merged:
                self.merge_default_graph()
        return self

    def close(self) -> None:
        """Flush and release the store (and its lock); the object is unusable afterwards."""
        if self._store is not None:
            if not self.read_only:
                self._guard(self._store.flush)
            self._store = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def store(self) -> ox.Store:
        """The underlying pyoxigraph store, for what this class does not cover."""
        if self._store is None:
            raise StoreError(f"the graph store at {self.root} is closed")
        return self._store

    # --- sidecar files

    @property
    def quarantine_path(self) -> Path:
        return self.root / "quarantine.jsonl"

    @property
    def rejected_path(self) -> Path:
        return self.root / "rejected.jsonl"

    # --- writing

    def replace_graph(self, graph_iri: URIRef | str, graph: Graph) -> int:
        """Make ``graph`` the whole content of the named graph; returns the triples written.

        One SPARQL update (``DROP SILENT GRAPH ; INSERT DATA``) is one transaction,
        so a reader never sees half an article, and a failure leaves the old graph.
        It measured as fast as ``remove_graph`` + ``extend``, which would be two.
        """
        name = _named_node(graph_iri)
        if len(graph) > WRITE_TRIPLES and not any(
                isinstance(s, BNode) or isinstance(o, BNode) for s, _, o in graph):
            return self._replace_in_parts(name, graph)  # DELETE DATA cannot name blank nodes
        terms = _terms(name, graph)
        if self._is_empty(name) and not any(
                type(t[0]) is ox.BlankNode or type(t[2]) is ox.BlankNode for t in terms):
            self._add_new(name, terms)  # the common case: an article new to the store
        else:
            triples = [ox.Triple(*t) for t in terms]
            before, after = self._default_changes(name, triples)
            update = before + f"DROP SILENT GRAPH {name}" + _insert_data(name, _data(triples))
            self._write(update + after, what=f"graph {graph_iri}")
        self._unflushed += len(terms)
        if self._unflushed >= FLUSH_TRIPLES:
            self._guard(self.store.flush)
            trim_heap()
            self._unflushed = 0
        return len(graph)

    def _is_empty(self, name: ox.NamedNode) -> bool:
        """Whether the store holds no triple in the graph ``name``."""
        return self._guard(lambda: next(iter(self.store.quads_for_pattern(
            None, None, None, name)), None) is None)

    def _add_new(self, name: ox.NamedNode, terms: list[OxTriple]) -> None:
        """Write the triples ``terms`` as the graph ``name``, which holds none yet, and
        into the merged default graph: one transaction (``Store.extend``), as the update
        ``replace_graph`` makes would be, without writing and parsing it (a third of
        the store's time per article)."""
        if self.read_only:
            raise StoreError(f"the graph store at {self.root} is open read-only; cannot "
                             f"write graph {name.value}")
        quads = [ox.Quad(s, p, o, name) for s, p, o in terms]
        if self.merged:
            quads += [ox.Quad(s, p, o) for s, p, o in terms]
        try:
            self.store.extend(quads)
        except OSError as exc:
            raise StoreError(f"cannot write graph {name.value} to the store at {self.root}: "
                             f"{exc}") from exc

    def replace_subjects(
        self, graph_iri: URIRef | str, subjects: Iterable[URIRef], graph: Graph
    ) -> int:
        """In one named graph, replace every triple about ``subjects`` by ``graph``.

        For graphs written piece by piece (``kg link``'s cache, after each batch of
        lookups; the derived graphs of ``kg.derived``): the rest of the graph stays, and
        the change is one update, one transaction, whose cost does not grow with the
        rest of the graph. Returns the triples written.
        """
        name = _named_node(graph_iri)
        nodes = " ".join(str(_named_node(s)) for s in subjects)
        update = (
            self._forget(name, f"VALUES ?s {{ {nodes} }}")
            + f"DELETE {{ GRAPH {name} {{ ?s ?p ?o }} }} "
            f"WHERE {{ VALUES ?s {{ {nodes} }} GRAPH {name} {{ ?s ?p ?o }} }}"
            if nodes
            else ""
        )
        data = _data(_triples(name, graph))
        update += _insert_data(name, data)
        if update and self.merged:  # the default graph gets what is new, not the whole graph
            blank = any(isinstance(t, BNode) for triple in graph for t in triple)
            update += self._remember(name) if blank else _insert_data(None, data)
        if update:
            self._write(update.removeprefix(" ;\n"), what=f"graph {graph_iri}")
        return len(graph)

    def _replace_in_parts(self, name: ox.NamedNode, graph: Graph) -> int:
        """``replace_graph`` for a big graph, in transactions of ``WRITE_TRIPLES``: the old
        graph goes, then the new one comes in parts, its ``nkg:contentHash`` last. A build
        killed in between leaves the article without its hash (or without its graph),
        which the next build takes for a changed article and writes again whole."""
        for part in _parts(graph, WRITE_TRIPLES):  # every term checked before any write
            _triples(name, part)
        self.remove_graph(name.value)
        later = list(graph.triples((None, _WRITTEN_LAST, None)))
        for part in (*_parts((t for t in graph if t[1] != _WRITTEN_LAST), WRITE_TRIPLES), later):
            data = _data(_triples(name, part))
            update = _insert_data(name, data) + (_insert_data(None, data) if self.merged else "")
            if update:
                self._write(update.removeprefix(" ;\n"), what=f"graph {name.value}")
                self._guard(self.store.flush)  # RocksDB's write buffers grow until flushed
        return len(graph)

    def remove_graph(self, graph_iri: URIRef | str) -> None:
        """Remove an article's named graph (nothing happens when there is none); a big
        one in transactions of ``WRITE_TRIPLES`` triples."""
        name = _named_node(graph_iri)
        while len(old := self._first_triples(name)) == WRITE_TRIPLES and not any(map(
                _has_blank, old)):  # blank nodes cannot be named in DELETE DATA
            gone = [t for t in old if self.merged and not self._elsewhere(t, name)]
            update = f"DELETE DATA {{ GRAPH {name} {{\n{_data(old)} .\n}} }}"
            if gone:
                update += f" ;\nDELETE DATA {{\n{_data(gone)} .\n}}"
            self._write(update, what=f"graph {graph_iri}")
            self._guard(self.store.flush)
        before, _ = self._default_changes(name, [])
        self._write(before + f"DROP SILENT GRAPH {name}", what=f"graph {graph_iri}")

    def _first_triples(self, name: ox.NamedNode) -> list[ox.Triple]:
        """Up to ``WRITE_TRIPLES`` triples of the graph ``name``."""
        return self._guard(lambda: [q.triple for q in islice(
            self.store.quads_for_pattern(None, None, None, name), WRITE_TRIPLES)])

    def merge_default_graph(self, *, bulk: bool = False) -> None:
        """Make the default graph the merge of every named graph, and keep it so from now on.

        Done once per store, when a store of an earlier version is first opened for
        writing, and by ``kg serve`` after each write it accepts (which may touch any
        graph). One update, one transaction, so readers beside it (a ``kg serve``) see
        the store before or after; ``bulk`` streams it in with ``bulk_extend`` instead,
        which holds nothing in memory but must have the store to itself (benchmarks).
        The marker file is written once the merge is complete, so a store interrupted
        half-way is merged again at its next opening.
        """
        default = ox.DefaultGraph()

        def merge() -> None:
            self.store.clear_graph(default)
            self.store.bulk_extend(
                ox.Quad(q.subject, q.predicate, q.object, default)
                for q in self.store.quads_for_pattern(None, None, None, None)
                if not isinstance(q.graph_name, ox.DefaultGraph)
            )
            self.store.flush()

        if self.read_only:
            raise StoreError(f"the graph store at {self.root} is open read-only; cannot merge "
                             "its default graph")
        if bulk:
            self._guard(merge)
        else:
            self._write("DROP SILENT DEFAULT ;\n"
                        "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
                        what="the merged default graph")
        (self.root / _MERGED_MARKER).write_text(
            "The default graph of this store is the merge of its named graphs.\n",
            encoding="utf-8")
        self.merged = True

    # --- reading

    def graphs(self) -> list[str]:
        """IRIs of the article graphs, sorted (the ontology, links and cache graphs are not)."""
        names = self._guard(lambda: [g.value for g in self.store.named_graphs()])
        return sorted(n for n in names if n not in SERVICE_GRAPHS)

    def exported_graphs(self, *, include_ontology: bool = False) -> list[str]:
        """What ``export`` and ``kg push`` copy: the article graphs, then the links graph
        and the derived graphs (``kg.derived``) and the curation graph (``kg.curation``)
        when there are, then (on request) the ontology graph."""
        links = [str(g) for g in (LINKS_GRAPH, *DERIVED_GRAPHS, CURATION_GRAPH)
                 if self.has_graph(g)]
        return self.graphs() + links + ([str(ONTOLOGY_GRAPH)] if include_ontology else [])

    def has_graph(self, graph_iri: URIRef | str) -> bool:
        return self._guard(lambda: self.store.contains_named_graph(_named_node(graph_iri)))

    def graph(self, graph_iri: URIRef | str, *, cache: dict[object, Node | None] | None = None,
              prefixes: bool = True, contexts: bool = True) -> Graph:
        """A copy of one named graph as an rdflib ``Graph`` (empty when there is none).

        For a reader of many graphs (``kg.derived``): ``cache`` keeps the rdflib terms
        made, across the graphs it reads (entities, predicates and classes repeat),
        ``prefixes=False`` binds none (a third of the time of a small graph, for code that
        never prints it), and ``contexts=False`` keeps the triples in rdflib's
        ``SimpleMemory`` store rather than its ``Memory`` store: the same nested dicts, so
        every pattern gives the same triples in the same order, without the contexts of
        each triple (a quarter of the time to fill and to read, for code that only reads
        the triples by pattern)."""
        g = Graph(store="default" if contexts else SimpleMemory(),
                  identifier=URIRef(str(graph_iri)))
        if prefixes:
            _bind_prefixes(g)
        g.addN(self._rdflib_quads(_named_node(graph_iri), g, {} if cache is None else cache))
        return g

    def dataset(self, *, include_ontology: bool = False) -> Dataset:
        """Every article graph in one rdflib ``Dataset`` (for validation and export; in memory)."""
        ds = Dataset()
        _bind_prefixes(ds)
        cache: dict[object, Node | None] = {}  # entities and predicates repeat across graphs
        names = self.graphs() + ([str(ONTOLOGY_GRAPH)] if include_ontology else [])
        for name in map(ox.NamedNode, names):
            ds.addN(self._rdflib_quads(name, ds.graph(URIRef(name.value)), cache))
        return ds

    def graph_triples(self) -> Iterator[tuple[URIRef, list[tuple[Node, Node, Node]]]]:
        """The graphs ``export`` writes (articles, then the links), as (graph IRI, triples).

        For exporters that read the whole store: one graph at a time, so the store is
        never in memory as rdflib terms at once, and each IRI (entities and predicates
        repeat across graphs) is converted only once.
        """
        cache: dict[object, Node | None] = {}
        for name in self.exported_graphs():
            yield URIRef(name), self._rdflib_triples(ox.NamedNode(name), cache)

    def select(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        """Run a SELECT over the union of all graphs; ``bindings`` are bound, never pasted in.

        Each binding becomes a ``VALUES`` clause (``kg.sparql.inline_bindings``), as
        on a remote store; a column named like a binding is left out of the result.
        """
        solutions = self._query(sparql, bindings)
        if not isinstance(solutions, ox.QuerySolutions):
            form = "an ASK" if isinstance(solutions, ox.QueryBoolean) else "a CONSTRUCT or DESCRIBE"
            raise QueryError(f"expected a SELECT query (rows of answers), not {form} query; "
                             "write it as SELECT")
        names = [v.value for v in solutions.variables]
        keep = [i for i, n in enumerate(names) if n not in (bindings or {})]
        convert = converter()
        rows = self._evaluate(
            lambda: [tuple(convert(sol[i]) for i in keep) for sol in solutions]
        )
        return QueryResult(columns=tuple(names[i] for i in keep), rows=rows)

    def rows(self, sparql: str) -> Iterator[tuple[Node | None, ...]]:
        """The rows of a SELECT, one at a time as the store makes them: for the build's
        bookkeeping over a large store, which ``select`` would hold in memory whole."""
        solutions = self._query(sparql, None)
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError("rows() needs a SELECT query")
        width = len(solutions.variables)
        iterator = iter(solutions)
        while True:
            solution = self._evaluate(lambda: next(iterator, None))
            if solution is None:
                return
            yield tuple(from_oxigraph(solution[i]) for i in range(width))

    def ask(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> bool:
        answer = self._query(sparql, bindings)
        if not isinstance(answer, ox.QueryBoolean):
            raise QueryError("ask() needs an ASK query")
        return bool(answer)

    def construct(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> Graph:
        triples = self._query(sparql, bindings)
        if not isinstance(triples, ox.QueryTriples):
            raise QueryError("construct() needs a CONSTRUCT or DESCRIBE query")
        g = Graph()
        _bind_prefixes(g)
        convert = converter()
        for t in self._evaluate(lambda: list(triples)):
            g.add((convert(t.subject), convert(t.predicate), convert(t.object)))
        return g

    def stats(self) -> dict[str, int]:
        """Numbers of graphs, triples, and things of each contract class (with subclasses)."""
        counts = self.select((queries_dir() / _STATS_QUERY).read_text(encoding="utf-8")).dicts()[0]
        out = {"graphs": len(self.graphs()), "triples": self._count_triples()}
        out.update({k: int(v.toPython()) if v is not None else 0 for k, v in counts.items()})
        return out

    # --- export

    def export(
        self, out: BinaryIO | str | Path, format: ExportFormat, *, include_ontology: bool = False
    ) -> None:
        """Write every article graph, and the links graph, to ``out`` (a path or a binary file).

        N-Quads, TriG and JSON-LD keep the graphs; Turtle is the union of all graphs
        (each triple once). The ontology graph only on request. All four are written
        by pyoxigraph: rdflib's JSON-LD writer took 55 s where pyoxigraph took 1 s
        (85k triples), and rdflib reads pyoxigraph's expanded JSON-LD back unchanged.
        """
        if format not in EXPORT_FORMATS:
            raise StoreError(
                f"unknown export format {format!r}; choose one of {', '.join(EXPORT_FORMATS)}"
            )
        rdf_format = _DATASET_FORMATS.get(format)
        if rdf_format is not None:
            quads = self._all_quads(include_ontology=include_ontology)
        else:
            rdf_format, quads = ox.RdfFormat.TURTLE, self._union_triples(include_ontology)
        prefixes = None if format == "nquads" else PREFIXES
        where = str(out) if isinstance(out, str | Path) else getattr(out, "name", "the output")
        if isinstance(where, int) or where in ("<stdout>", 1):
            where = "standard output"
        if isinstance(out, str | Path) and not Path(out).parent.is_dir():
            raise StoreError(f"cannot write the export to {out}: there is no folder "
                             f"{Path(out).parent}; create it first")
        target = str(out) if isinstance(out, Path) else out
        try:
            ox.serialize(quads, target, rdf_format, prefixes=prefixes)
        except BrokenPipeError:
            raise  # the reader of an export went away; not a failure
        except OSError as exc:  # the output cannot be written (a full disk, a folder gone)
            raise StoreError(f"cannot write the export to {where}: "
                             f"{exc.strerror or _one_line(exc)}") from exc

    # --- internals

    def _load_ontology(self, path: Path | None) -> None:
        """Replace the ontology graph with the ontology file (idempotent; missing file: warning)."""
        try:
            path = path or ontology_file()
        except ConfigError as exc:
            log.warning("ontology not loaded into the store: %s", exc)
            return
        if not path.is_file():
            log.warning("ontology %s not found; subclass queries see only asserted types", path)
            return
        g = Graph()
        try:
            g.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many parser-specific types
            raise StoreError(f"cannot read the ontology {path}: {exc}") from exc
        self.replace_graph(ONTOLOGY_GRAPH, g)

    def _default_changes(self, name: ox.NamedNode, triples: list[ox.Triple]) -> tuple[str, str]:
        """What to take out of the default graph before ``name`` becomes ``triples``, and
        what to add after, so that it stays the merge of the named graphs ("" and ""
        before the merge). Only the difference is written: a triple the graph had and
        no other graph holds goes, a triple new to the graph comes; rebuilding an
        unchanged article changes nothing there. Blank nodes, which data cannot name,
        are handled by patterns over the graph instead."""
        if not self.merged:
            return "", ""
        new = set(triples)
        old = self._guard(lambda: {q.triple for q in self.store.quads_for_pattern(
            None, None, None, name)})
        if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)
               for t in new | old):
            return self._forget(name), self._remember(name)
        gone = [t for t in old - new if not self._elsewhere(t, name)]
        before = f"DELETE DATA {{\n{_data(gone)} .\n}} ;\n" if gone else ""
        return before, _insert_data(None, _data([t for t in triples if t not in old]))

    def _elsewhere(self, triple: ox.Triple, name: ox.NamedNode) -> bool:
        """Whether a named graph other than ``name`` holds ``triple``."""
        return any(q.graph_name != name and not isinstance(q.graph_name, ox.DefaultGraph)
                   for q in self.store.quads_for_pattern(
                       triple.subject, triple.predicate, triple.object, None))

    def _forget(self, name: ox.NamedNode, where: str = "") -> str:
        """The update that takes out of the default graph the triples of ``name`` (those
        ``where`` selects) that no other named graph holds ("" before the merge)."""
        if not self.merged:
            return ""
        return (f"DELETE {{ ?s ?p ?o }} WHERE {{ {where} GRAPH {name} {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {name}) }} }}"
                " ;\n")

    def _remember(self, name: ox.NamedNode) -> str:
        """The update that copies the triples of ``name`` into the default graph."""
        if not self.merged:
            return ""
        return f" ;\nINSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }}"

    def _write(self, update: str, *, what: str) -> None:
        if self.read_only:
            raise StoreError(
                f"the graph store at {self.root} is open read-only; cannot write {what}"
            )
        try:
            self.store.update(update)
        except (SyntaxError, ValueError) as exc:  # a term of this update refused, not the store
            raise GraphError(f"cannot write {what} to {self.root}: {_one_line(exc)}") from exc
        except OSError as exc:
            raise StoreError(f"cannot write {what} to the store at {self.root}: {exc}") from exc

    def _query(
        self, sparql: str, bindings: Mapping[str, Node] | None
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        text = inline_bindings(sparql, bindings) if bindings else sparql
        try:
            return self.store.query(text, use_default_graph_as_union=not self.merged)
        except SyntaxError as exc:
            update = _update_keyword(text)
            if update:
                raise QueryError(f"{update} is a SPARQL update: newskg runs queries only "
                                 "(SELECT); the store changes only through kg build") from exc
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except RuntimeError as exc:
            raise QueryError(f"SPARQL evaluation failed: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot read the store at {self.root}: {exc}") from exc

    def _guard(self, fn: Callable[[], _T]) -> _T:
        """Run ``fn``, turning pyoxigraph's ``OSError`` into a ``StoreError`` naming the store."""
        try:
            return fn()
        except BrokenPipeError:
            raise  # the reader of an export went away; not the store's failure
        except OSError as exc:
            raise StoreError(f"the graph store at {self.root} failed: {exc}") from exc

    def _evaluate(self, fn: Callable[[], _T]) -> _T:
        """Like ``_guard``, for reading query results: pyoxigraph evaluates them lazily."""
        try:
            return self._guard(fn)
        except RuntimeError as exc:
            raise QueryError(f"SPARQL evaluation failed: {exc}") from exc

    def _rdflib_quads(
        self, name: ox.NamedNode, context: Graph, cache: dict[object, Node | None]
    ) -> list[tuple[Node, Node, Node, Graph]]:
        """The quads of one graph as rdflib ``addN`` input."""
        return [(s, p, o, context) for s, p, o in self._rdflib_triples(name, cache)]

    def _rdflib_triples(
        self, name: ox.NamedNode, cache: dict[object, Node | None]
    ) -> list[tuple[Node, Node, Node]]:
        """The triples of one graph as rdflib terms, converting each distinct term once
        (``cache`` is shared across graphs, where entities and predicates repeat)."""

        def term(t: object) -> Node:
            if t not in cache:
                cache[t] = from_oxigraph(t)  # type: ignore[arg-type]
            return cache[t]  # type: ignore[return-value]

        quads = self._guard(lambda: list(self.store.quads_for_pattern(None, None, None, name)))
        return [(term(q.subject), term(q.predicate), term(q.object)) for q in quads]

    def _all_quads(self, *, include_ontology: bool) -> Iterator[ox.Quad]:
        """Quads grouped by graph, graphs in ``exported_graphs`` order, so exports are stable."""
        for name in self.exported_graphs(include_ontology=include_ontology):
            yield from self.store.quads_for_pattern(None, None, None, ox.NamedNode(name))

    def _union_triples(self, include_ontology: bool) -> Iterator[ox.Triple]:
        """Each triple of the exported graphs once; a thing named differently by different
        articles keeps one ``rdfs:label`` (``_preferred_labels``), its other labels
        becoming ``skos:altLabel``s, as the shapes ask of one graph."""
        preferred = self._preferred_labels(include_ontology)
        seen: set[ox.Triple] = set()
        for q in self._all_quads(include_ontology=include_ontology):
            t = q.triple
            if t.predicate == _RDFS_LABEL and preferred.get(t.subject, t.object) != t.object:
                t = ox.Triple(t.subject, _SKOS_ALT_LABEL, t.object)
            if t not in seen:
                seen.add(t)
                yield t

    def _preferred_labels(self, include_ontology: bool) -> dict[object, object]:
        """For each subject with several labels across the exported graphs, the one that
        most graphs give it (then the longest, then the first in code-point order)."""
        counts: dict[object, dict[object, int]] = {}
        for name in self.exported_graphs(include_ontology=include_ontology):
            for q in self.store.quads_for_pattern(None, _RDFS_LABEL, None, ox.NamedNode(name)):
                by_label = counts.setdefault(q.subject, {})
                by_label[q.object] = by_label.get(q.object, 0) + 1
        return {
            subject: min(labels, key=lambda o: (-labels[o], -len(str(o.value)), str(o.value)))
            for subject, labels in counts.items() if len(labels) > 1
        }

    def _count_triples(self) -> int:
        """Quads in the article graphs: all quads less those of the default graph (the
        merge) and of the graphs that hold no article."""
        others = [ox.NamedNode(n) for n in SERVICE_GRAPHS] + [ox.DefaultGraph()]
        return self._guard(
            lambda: (
                len(self.store)
                - sum(1 for g in others for _ in self.store.quads_for_pattern(None, None, None, g))
            )
        )


def merged_default_graph(root: str | Path) -> bool:
    """Whether the store in the data directory ``root`` keeps its default graph as the
    merge of its named graphs (else queries fall back to pyoxigraph's union)."""
    return (Path(root) / _MERGED_MARKER).is_file()


#: In a store's folder (and a ``--shards`` folder): the build options its article graphs
#: were made with, so that a later build into it makes them the same way.
BUILD_OPTIONS = "build-options.json"


def recorded_text(root: str | Path) -> bool | None:
    """Whether the graphs in the folder ``root`` keep the articles' texts (False: built
    with ``kg build --no-text``); None when no build recorded it there."""
    path = Path(root) / BUILD_OPTIONS
    try:
        return bool(json.loads(path.read_text(encoding="utf-8"))["text"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"cannot read {path}: {exc}") from exc


def record_text(root: str | Path, text: bool) -> None:
    """Record in the folder ``root`` whether its graphs keep the articles' texts."""
    path = Path(root) / BUILD_OPTIONS
    try:
        path.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc}") from exc


def append_record(path: str | Path, record: Mapping[str, object]) -> None:
    """Append ``record`` to a JSON Lines sidecar file as one line (keys sorted, UTF-8).

    A line left unfinished by a killed process is closed first, so that it costs only
    itself and not the record after it.
    """
    line = json.dumps(record, ensure_ascii=False, sort_keys=True, default=str) + "\n"
    data = line.encode("utf-8", "replace")  # a lone surrogate in a snippet costs one "?"
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab+") as fh:
            if fh.seek(0, 2) > 0:
                fh.seek(-1, 2)
                if fh.read(1) != b"\n":
                    data = b"\n" + data
            fh.write(data)
    except OSError as exc:
        raise StoreError(f"cannot append to {path}: {exc}") from exc


def _parts(triples: Iterable[tuple[Node, Node, Node]], size: int) -> Iterator[list]:
    """``triples`` in lists of ``size``."""
    it = iter(triples)
    while part := list(islice(it, size)):
        yield part


def _has_blank(t: ox.Triple) -> bool:
    return isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)


def _terms(name: ox.NamedNode, graph: Iterable[tuple[Node, Node, Node]]) -> list[OxTriple]:
    """The triples of ``graph``, each as a tuple of pyoxigraph terms (each checked as
    ``ox.Triple`` would: a subject that is not an IRI, a predicate that is not one)."""
    try:
        terms = [(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in graph]
        for triple in terms:
            if type(triple[0]) is not ox.NamedNode or type(triple[1]) is not ox.NamedNode:
                ox.Triple(*triple)  # raises unless a blank subject
        return terms
    except (ValueError, TypeError) as exc:
        raise GraphError(f"cannot store graph {name.value}: {_one_line(exc)}") from exc


def _triples(name: ox.NamedNode, graph: Iterable[tuple[Node, Node, Node]]) -> list[ox.Triple]:
    """The triples of ``graph`` as pyoxigraph terms."""
    try:
        return [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))  # type: ignore[arg-type]
                for s, p, o in graph]
    except (ValueError, TypeError) as exc:
        raise GraphError(f"cannot store graph {name.value}: {_one_line(exc)}") from exc


def _data(triples: Iterable[ox.Triple]) -> str:
    """Triples written as SPARQL data ("" when none)."""
    return " .\n".join(f"{t.subject} {t.predicate} {t.object}" for t in triples)


def _insert_data(name: ox.NamedNode | None, body: str) -> str:
    """`` ;\nINSERT DATA { GRAPH name { body } }`` ("" for no data); into the default
    graph when ``name`` is None."""
    if not body:
        return ""
    if name is None:
        return f" ;\nINSERT DATA {{\n{body} .\n}}"
    return f" ;\nINSERT DATA {{ GRAPH {name} {{\n{body} .\n}} }}"


def _named_node(graph_iri: URIRef | str) -> ox.NamedNode:
    try:
        return ox.NamedNode(str(graph_iri))
    except ValueError as exc:
        raise StoreError(f"not a valid graph IRI: {graph_iri!r} ({exc})") from exc


def _open_error(root: Path, exc: OSError) -> StoreError:
    if "lock" in str(exc).lower():
        return StoreError(
            f"the graph store at {root} is in use by another process or another open "
            "GraphStore (a running `kg build` or `kg serve`?); close it first, or open it read-only"
        )
    return StoreError(f"cannot open the graph store at {root}: {exc}")


def trim_heap() -> None:
    """Give the C heap's free memory back to the system (glibc's ``malloc_trim``; nothing
    elsewhere). Freed memory tables of RocksDB and freed rdflib graphs otherwise stay in
    the writer's resident memory until reused: a replay of article graphs into a
    store, trimmed every 500, held 76, 92 and 103 MB after 600, 1,200 and 1,800 graphs
    instead of 101, 108 and 111 (bench/README.md, "What grew in the writer")."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim():  # type: ignore[no-untyped-def]
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def _bind_prefixes(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


_UPDATE = re.compile(r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*"
                     r"(INSERT|DELETE|DROP|CLEAR|LOAD|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


def _update_keyword(sparql: str) -> str | None:
    """The keyword that opens ``sparql`` when it is an update (``DROP``), else ``None``."""
    m = _UPDATE.match(sparql)
    return m.group(1).upper() if m else None
