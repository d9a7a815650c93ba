"""Conversions between rdflib terms and pyoxigraph terms, in one place.

The rest of newskg speaks rdflib; only ``kg.store`` talks to pyoxigraph. Plain
literals are ``xsd:string`` in RDF 1.1: pyoxigraph makes that datatype explicit,
rdflib leaves it off, so ``from_oxigraph`` drops it again and a round trip gives
back an equal rdflib term.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.vocab import NKG_IRI, PROV, SCHEMA

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
#: Prefixes written into Turtle and TriG exports.
PREFIXES: dict[str, str] = {
    "nkg": NKG_IRI,
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)


def to_oxigraph(term: Node) -> OxTerm:
    """The pyoxigraph term for an rdflib IRI, blank node or literal.

    Raises ``ValueError`` for an IRI pyoxigraph refuses (spaces, bad characters),
    and ``TypeError`` for anything that is not a term (variables, graphs).
    """
    if isinstance(term, URIRef):
        return _named_node(str(term))
    if isinstance(term, BNode):
        return _blank_node(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return ox.Literal(str(term), datatype=_named_node(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(
        f"cannot store {term!r} ({type(term).__name__}); only IRIs, blank nodes and literals"
    )


@lru_cache(maxsize=4096)
def _named_node(iri: str) -> ox.NamedNode:
    """``ox.NamedNode(iri)``; the predicates, classes and entities an article's graph
    repeats are made once (a refused IRI raises and is not cached)."""
    return ox.NamedNode(iri)


def from_oxigraph(term: OxTerm | ox.Triple | ox.DefaultGraph | None) -> Node | None:
    """The rdflib term for a pyoxigraph term (``None`` for unbound or the default graph)."""
    if term is None or isinstance(term, ox.DefaultGraph):
        return None
    if isinstance(term, ox.NamedNode):
        return iri(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (_XSD_STRING, _LANG_STRING):
            return plain_literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise TypeError(f"RDF-star triple terms are not supported: {term!r}")


def converter() -> Callable[[OxTerm | None], Node | None]:
    """``from_oxigraph`` for one answer, which makes each distinct term once: an
    answer repeats its classes, dates, names and articles row after row, and a typed
    literal costs rdflib a parse of its value (a date: some 0.1 ms)."""
    made: dict[OxTerm, Node | None] = {}

    def convert(term: OxTerm | None) -> Node | None:
        if term is None:
            return None
        node = made.get(term)
        if node is None:
            node = made[term] = from_oxigraph(term)
        return node

    return convert


def iri(value: str) -> URIRef:
    """``URIRef(value)`` for an IRI a store or endpoint gave (so already valid):
    without ``URIRef``'s check of the IRI, which only warns."""
    return str.__new__(URIRef, value)


def plain_literal(text: str) -> Literal:
    """``Literal(text)``, the same object made without rdflib's casting: a plain string
    is its own value, with no language, datatype or ill-typed flag
    (``rdflib.term.Literal.__new__`` with a ``str`` and nothing else; a test holds the
    two equal in every slot). ``Literal`` tries each of its Python types on the
    string, which was half of the time of turning an answer into rdflib terms."""
    node = str.__new__(Literal, text)
    node._language = node._datatype = node._ill_typed = None
    node._value = text
    return node


def to_quads(triples: Iterable[tuple[Node, Node, Node]], graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """The rdflib triples as pyoxigraph quads in ``graph``."""
    for s, p, o in triples:
        yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph)


def _blank_node(label: str) -> ox.BlankNode:
    """A pyoxigraph blank node for an rdflib label, hashed when the label is not a valid id.

    Hashing keeps the mapping stable, so one rdflib blank node stays one blank node.
    """
    try:
        return ox.BlankNode(label)
    except ValueError:
        return ox.BlankNode("b" + hashlib.sha1(label.encode("utf-8")).hexdigest())
