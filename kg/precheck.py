"""A fast check that an article's graph conforms to ``ontology/shapes.ttl``, so that
pySHACL, the validator of record, sees only the graphs that may not.

pySHACL costs about what spaCy's parse costs per article, nearly all of it spent on
graphs that conform. ``surely_conforms`` checks the same constraints in plain Python
over one pass of the graph and answers True only when every one of them surely holds;
whenever it finds anything off, or anything it does not know (a datatype, a class, a
term of the shapes' own namespace, an ill-typed literal), it answers False and the
graph goes to pySHACL as before. So a graph that would fail pySHACL always fails,
and is pruned or quarantined exactly as it was (``tests/test_precheck.py`` holds it
to that on real graphs and thousands of broken ones).

It is written for one version of the shapes: ``SHAPES_DIGEST``. When shapes.ttl
changes, the check turns itself off (every graph goes to pySHACL) until it is brought
up to date and the digest with it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg import resources
from kg.rdf import NKG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD  # each term looked up once

#: SHA-256 of the ontology/shapes.ttl this module mirrors.
SHAPES_DIGEST = "179763fb5145b8356a13958004c2710ffab22e98d7a79e2446a22f00422d233e"
_SHAPES_NS = "https://w3id.org/newskg/shapes#"

_NONBLANK = re.compile(r"\S")
_DATE = re.compile(r"^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
                   r"(Z|[+-][0-9]{2}:[0-9]{2})?$")
_YEAR_MONTH = re.compile(r"^-?[0-9]{4,}-(0[1-9]|1[0-2])(Z|[+-][0-9]{2}:[0-9]{2})?$")
_YEAR = re.compile(r"^-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?$")
_DATE_TIME = re.compile(r"^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T"
                        r"([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?"
                        r"(Z|[+-][0-9]{2}:[0-9]{2})?$")
#: The date shapes (nkgsh:XsdDate …): datatype, the Python value rdflib parses it to
#: (None: rdflib does not parse it), and the lexical pattern.
_DATE_SHAPES = {
    XSD.date: (dt.date, _DATE),
    XSD.gYearMonth: (None, _YEAR_MONTH),
    XSD.gYear: (None, _YEAR),
    XSD.dateTime: (dt.datetime, _DATE_TIME),
}
_STANCES = frozenset(NKG[s] for s in ("Assert", "Deny", "Appeal", "Promise", "Threat",
                                      "Accusation"))
#: Classes and properties of the derived and curation graphs, which no article graph
#: holds (a removed article's stub is left to pySHACL too).
_DERIVED = frozenset({NKG.ClaimCluster, NKG.CopyEvidence, NKG.Curation, NKG.RemovedArticle})
_DERIVED_PROPERTIES = (NKG.copyOf, NKG.copyEvidence, NKG.sourceName)
_FACTUALITIES = frozenset(NKG[f] for f in ("Asserted", "Claimed", "Denied", "Possible",
                                           "Future"))


def surely_conforms(graph: Graph) -> bool:
    """True only when ``graph`` conforms to the packaged shapes for certain."""
    if not _enabled():
        return False
    facts: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
    published: set[Node] = set()  # objects of schema:publisher
    for s, p, o in graph:
        if p == RDFS.subClassOf or str(s).startswith(_SHAPES_NS) or str(o).startswith(
                _SHAPES_NS):
            return False  # would change the class tree or the rule's targets
        facts[s][p].append(o)
        if p == SCHEMA.publisher:
            published.add(o)
    check = _Checker(facts, published)
    try:
        return all(check.node(s) for s in list(facts))
    except _Unsure:
        return False


class _Unsure(Exception):
    """Something the check does not know how to judge: leave it to pySHACL."""


class _Checker:
    def __init__(self, facts: dict[Node, dict[Node, list[Node]]], published: set[Node]) -> None:
        self.facts, self.published = facts, published

    def classes(self, node: Node) -> frozenset[URIRef]:
        """The node's classes with their superclasses (pySHACL's sh:class and targets)."""
        if isinstance(node, Literal):
            return frozenset()
        found: set[URIRef] = set()
        for t in self.facts.get(node, {}).get(RDF.type, ()):
            if not isinstance(t, URIRef):
                raise _Unsure
            found |= _superclasses(t)
        return frozenset(found)

    def values(self, node: Node, prop: URIRef) -> list[Node]:
        return self.facts.get(node, {}).get(prop, [])

    def node(self, node: Node) -> bool:
        classes = self.classes(node)
        if classes & _DERIVED or any(self.values(node, p) for p in _DERIVED_PROPERTIES):
            raise _Unsure  # the derived graphs' terms (kg.derived): left to pySHACL
        ok = True
        if NKG.Article in classes:
            ok = ok and self.article(node)
        if classes & {NKG.Person, NKG.Organization, NKG.Place}:
            ok = ok and self.entity(node)
        if self.values(node, NKG.memberOf):
            ok = ok and NKG.Person in classes and all(
                self.is_a(v, NKG.Organization) for v in self.values(node, NKG.memberOf))
        if NKG.Event in classes:
            ok = ok and self.item(node)
            if NKG.Statement in classes:
                ok = ok and self.statement(node)
            else:
                ok = ok and self.event(node)
        if NKG.TextSpan in classes:
            ok = ok and self.span(node)
        return ok

    def is_a(self, node: Node, cls: URIRef) -> bool:
        return cls in self.classes(node)

    def count(self, node: Node, prop: URIRef, least: int, most: int | None) -> bool:
        n = len(self.values(node, prop))
        return n >= least and (most is None or n <= most)

    def strings(self, node: Node, prop: URIRef, *, nonblank: bool = False,
                min_length: int = 0) -> bool:
        return all(_is_string(v) and len(v) >= min_length
                   and (not nonblank or _NONBLANK.search(str(v)) is not None)
                   for v in self.values(node, prop))

    def all_a(self, node: Node, prop: URIRef, cls: URIRef) -> bool:
        return all(self.is_a(v, cls) for v in self.values(node, prop))

    def article(self, a: Node) -> bool:
        lengths = self.values(a, NKG.textLength)
        if not (self.count(a, SCHEMA.identifier, 1, 1)
                and self.strings(a, SCHEMA.identifier, min_length=1)
                and self.count(a, SCHEMA.datePublished, 0, 1)
                and all(_date_ok(v, (XSD.date, XSD.dateTime))
                        for v in self.values(a, SCHEMA.datePublished))
                and all(isinstance(v, URIRef) for v in self.values(a, SCHEMA.url))
                and self.count(a, NKG.sourceUrl, 0, 1) and self.strings(a, NKG.sourceUrl)
                and self.strings(a, SCHEMA.headline)
                and self.count(a, SCHEMA.articleBody, 0, 1) and self.strings(a, SCHEMA.articleBody)
                and self.all_a(a, SCHEMA.publisher, NKG.Organization)
                and len(lengths) == 1 and _natural(lengths[0])
                and self.count(a, NKG.contentHash, 0, 1) and self.strings(a, NKG.contentHash)
                and self.count(a, NKG.ingestedAt, 0, 1)
                and all(_date_ok(v, (XSD.dateTime,)) for v in self.values(a, NKG.ingestedAt))
                and self.count(a, NKG.textSignature, 0, 1) and self.strings(a, NKG.textSignature)
                and self.strings(a, NKG.wireCredit, min_length=1)):
            return False
        length = lengths[0].value
        for props in self.facts.values():  # nkgsh:EvidenceWithinTextShape
            if a in props.get(PROV.wasDerivedFrom, ()):
                for span in props.get(NKG.evidence, ()):
                    for end in self.values(span, NKG.endIndex):
                        if not _natural(end) or end.value > length:
                            return False
        return True

    def entity(self, e: Node) -> bool:
        return (self.count(e, RDFS.label, 1, 1) and self.strings(e, RDFS.label, nonblank=True)
                and self.strings(e, SKOS.altLabel, nonblank=True)
                and self.all_a(e, NKG.mentionedIn, NKG.Article)
                and (bool(self.values(e, NKG.mentionedIn)) or e in self.published))

    def item(self, x: Node) -> bool:
        return (self.count(x, PROV.wasDerivedFrom, 1, 1)
                and self.all_a(x, PROV.wasDerivedFrom, NKG.Article)
                and self.count(x, NKG.evidence, 1, None)
                and self.all_a(x, NKG.evidence, NKG.TextSpan)
                and self.count(x, NKG.date, 0, 1)
                and all(_date_ok(v, tuple(_DATE_SHAPES)) for v in self.values(x, NKG.date))
                and self.strings(x, NKG.dateText))

    def statement(self, s: Node) -> bool:
        stances = self.values(s, NKG.stance)
        quotes = self.values(s, NKG.isDirectQuote)
        return (self.count(s, NKG.speaker, 1, 1) and self.all_a(s, NKG.speaker, NKG.Agent)
                and self.count(s, NKG.onBehalfOf, 0, 1)
                and self.all_a(s, NKG.onBehalfOf, NKG.Organization)
                and len(stances) == 1 and stances[0] in _STANCES
                and self.count(s, NKG.cue, 1, 1) and self.strings(s, NKG.cue, nonblank=True)
                and self.count(s, NKG.content, 1, 1)
                and self.strings(s, NKG.content, nonblank=True)
                and len(quotes) == 1 and _typed(quotes[0], XSD.boolean, bool)
                and self.all_a(s, NKG.proposition, NKG.Event)
                and self.all_a(s, NKG.respondsTo, NKG.Statement)
                and self.all_a(s, NKG.via, NKG.Agent))

    def event(self, e: Node) -> bool:
        factualities = self.values(e, NKG.factuality)
        return (self.count(e, NKG.trigger, 1, 1) and self.strings(e, NKG.trigger, nonblank=True)
                and len(factualities) == 1 and factualities[0] in _FACTUALITIES
                and self.all_a(e, NKG.agent, NKG.Agent)
                and self.all_a(e, NKG.participant, NKG.Agent)
                and self.all_a(e, NKG.place, NKG.Place))

    def span(self, s: Node) -> bool:
        begins, ends = self.values(s, NKG.beginIndex), self.values(s, NKG.endIndex)
        return (len(begins) == 1 and len(ends) == 1 and _natural(begins[0])
                and _natural(ends[0]) and begins[0].value < ends[0].value
                and self.count(s, NKG.anchorOf, 0, 1) and self.strings(s, NKG.anchorOf))


def _is_string(v: Node) -> bool:
    """A plain string literal (xsd:string, no language tag)."""
    return (isinstance(v, Literal) and v.language is None
            and v.datatype in (None, XSD.string))


def _typed(v: Node, datatype: URIRef, kind: type) -> bool:
    """A well-formed literal of ``datatype`` whose value rdflib parsed to ``kind``."""
    return (isinstance(v, Literal) and v.datatype == datatype and v.language is None
            and not v.ill_typed and type(v.value) is kind)


def _natural(v: Node) -> bool:
    """A well-formed xsd:integer >= 0."""
    return _typed(v, XSD.integer, int) and v.value >= 0


def _date_ok(v: Node, datatypes: tuple[URIRef, ...]) -> bool:
    """``v`` matches one of the date shapes of ``datatypes`` (datatype and pattern)."""
    if not isinstance(v, Literal) or v.datatype not in datatypes or v.language is not None:
        return False
    kind, pattern = _DATE_SHAPES[v.datatype]
    if v.ill_typed or (kind is not None and type(v.value) is not kind):
        return False
    return pattern.search(str(v)) is not None


@cache
def _tree() -> dict[URIRef, set[URIRef]]:
    from kg.validate import _default_class_tree

    parents: dict[URIRef, set[URIRef]] = defaultdict(set)
    for sub, _, sup in _default_class_tree():
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            parents[sub].add(sup)
    return parents


@cache
def _superclasses(cls: URIRef) -> frozenset[URIRef]:
    """``cls`` and every class above it in the ontology."""
    found, todo = {cls}, [cls]
    while todo:
        for sup in _tree().get(todo.pop(), ()):
            if sup not in found:
                found.add(sup)
                todo.append(sup)
    return frozenset(found)


@cache
def _current_digest() -> str:
    return hashlib.sha256(resources.shapes_file().read_bytes()).hexdigest()


def _enabled() -> bool:
    return _current_digest() == SHAPES_DIGEST
