"""The whole RDF graph as a networkx ``MultiDiGraph``.

Each IRI or blank node that is a subject or an object is a node; each triple whose
object is one is an edge from subject to object, keyed by the predicate as a CURIE
(``nkg:speaker``). Literal values become node attributes named by their predicate's
CURIE (several values joined with "; "), ``rdf:type`` becomes ``type`` (local
names) and a readable ``label`` comes from ``rdfs:label``, ``schema:identifier``,
the span text or the IRI's last segment. An edge's ``articles`` counts the article
graphs that hold its triple. This is rdflib's ``rdflib_to_networkx_multidigraph``
with literals folded into the nodes, so files stay readable in Gephi.

Unlike the other views it reads triples, not ``Facts``: ``rdf_view(rows)`` takes the
rows of ``queries/view-triples.rq``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

import networkx as nx
from rdflib import RDF, RDFS, BNode, Literal
from rdflib.term import Node

from kg.terms import PREFIXES
from kg.views.attrs import shorten
from kg.vocab import NKG, SCHEMA

#: Literal properties that name a node, best first.
LABEL_PROPERTIES = (RDFS.label, SCHEMA.identifier, NKG.trigger, NKG.anchorOf, NKG.content)


def curie(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def local_name(iri: str) -> str:
    return iri.rstrip("/#").replace("#", "/").rsplit("/", 1)[-1]


def rdf_view(
    rows: Iterable[Mapping[str, Node | None]], *, articles: Collection[str] | None = None
) -> nx.MultiDiGraph:
    """The graph of ``view-triples.rq`` rows (only those of ``articles``, unless None)."""
    edges: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    literals: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    types: dict[str, set[str]] = defaultdict(set)
    blanks: set[str] = set()
    for row in rows:
        s, p, o, art = row["subject"], row["predicate"], row["object"], str(row["article"])
        if articles is not None and art not in articles:
            continue
        subject, predicate = str(s), str(p)
        blanks.update(str(t) for t in (s, o) if isinstance(t, BNode))
        if p == RDF.type:
            types[subject].add(local_name(str(o)))
        elif isinstance(o, Literal):
            literals[subject][predicate].add(str(o))
        else:
            edges[subject, predicate, str(o)].add(art)
    graph = nx.MultiDiGraph(view="rdf")
    for node in sorted(set(types) | set(literals) | {n for s, _, o in edges for n in (s, o)}):
        attrs = _node_attrs(node, types.get(node, set()), literals.get(node, {}))
        graph.add_node(node, kind="blank" if node in blanks else "iri", **attrs)
    for (s, p, o), arts in sorted(edges.items()):
        key = curie(p)
        graph.add_edge(s, o, key=key, relation=key, group=local_name(p), label=local_name(p),
                       predicate=p, articles=len(arts))
    return graph


def _node_attrs(node: str, types: set[str], values: Mapping[str, set[str]]) -> dict:
    attrs: dict[str, str | int | bool] = {
        curie(p): "; ".join(sorted(v)) for p, v in sorted(values.items())
    }
    label = next((sorted(values[str(p)])[0] for p in LABEL_PROPERTIES if str(p) in values),
                 local_name(node))
    main = sorted(types)[0] if types else ""
    attrs.update(label=shorten(label), type="; ".join(sorted(types)),
                 group=main or "(untyped)")
    return attrs
