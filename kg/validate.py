"""SHACL validation of article graphs against ``ontology/shapes.ttl``.

Each article's graph is validated alone, with the ``rdfs:subClassOf`` triples of
``ontology/newskg.ttl`` mixed in (pySHACL's ``ont_graph``, which pySHACL adds to a
copy of the graph): ``sh:targetClass nkg:Event`` then reaches ``nkg:ControlEvent``
instances and ``sh:class nkg:Agent`` accepts an ``nkg:Person``. Those few triples
are all the shapes need of the ontology; mixing in all of it gives the same
results, more slowly (see ontology/README.md). There is no inference: RDFS
inference is slower and would be wrong here, because the ontology's ``rdfs:range
nkg:Agent`` on ``nkg:speaker`` would turn any speaker, even a place, into an agent.

``validate()`` always returns a ``ValidationReport``. It never raises and never
returns an exception, even when pySHACL itself fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import SH, NamespaceManager
from rdflib.term import Node

from kg import resources
from kg.vocab import NKG

#: SHACL-AF is needed for ``nkgsh:NonStatementEventRule``, the rule that marks the
#: events that are not statements as the target of ``nkgsh:EventShape``.
_ADVANCED = True
#: Measured: "none" is correct and about 40 % faster than "rdfs" (see ontology/README.md).
_INFERENCE = "none"
#: A graph with more statements and events than this is validated in parts (``parts``):
#: pySHACL's time and memory grow faster than a graph does.
PART_ITEMS = 500
#: The links from one statement or event to another.
_ITEM_LINKS = (NKG.proposition, NKG.respondsTo)


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: which node fails, along which path, and why."""

    focus: str  # IRI (or "_:id") of the node that fails
    path: str | None  # IRI of the property; None for a node-level result
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    value: str | None  # an IRI as is, a literal in N3: "\"2021-13-45\"^^xsd:date"


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of validating one graph: whether it conforms, and every result."""

    conforms: bool
    results: tuple[Violation, ...]
    text: str


@cache
def default_shapes() -> Graph:
    """The shapes of ``ontology/shapes.ttl``, parsed on first use."""
    return Graph().parse(resources.shapes_file(), format="turtle")


@cache
def default_ontology() -> Graph:
    """The ontology of ``ontology/newskg.ttl``, parsed on first use."""
    return Graph().parse(resources.ontology_file(), format="turtle")


@cache
def _default_class_tree() -> Graph:
    return _class_tree(default_ontology())


def _class_tree(ontology: Graph) -> Graph:
    """The ``rdfs:subClassOf`` triples of ``ontology``: all the shapes need of it."""
    tree = Graph(bind_namespaces="none")
    tree += ontology.triples((None, RDFS.subClassOf, None))
    return tree


def validate(
    data: Graph, *, shapes: Graph | None = None, ontology: Graph | None = None
) -> ValidationReport:
    """Validate one article's graph against the shapes (default: the packaged files).

    Only the ``rdfs:subClassOf`` triples of ``ontology`` are used; ``data`` is not
    changed. Non-conformance is a report with ``conforms=False``. When the shapes
    cannot be loaded or pySHACL fails, the report does not conform and its one
    result says why.
    """
    try:
        shapes_graph = shapes if shapes is not None else default_shapes()
        tree = _class_tree(ontology) if ontology is not None else _default_class_tree()
    except Exception as exc:  # validate() must always report, whatever went wrong
        return _failure(f"cannot load the SHACL shapes or the ontology: {_describe(exc)}")
    try:
        import pyshacl

        conforms, report_graph, text = pyshacl.validate(
            data,
            shacl_graph=shapes_graph,
            ont_graph=tree,
            inference=_INFERENCE,
            advanced=_ADVANCED,
        )
    except Exception as exc:  # pySHACL raises many kinds; each becomes a report
        return _failure(f"pySHACL could not validate the graph: {_describe(exc)}")
    if not isinstance(report_graph, Graph):  # pySHACL returns a ValidationFailure here
        return _failure(f"pySHACL could not validate the graph: {text}")
    return ValidationReport(conforms=bool(conforms), results=_results(report_graph), text=text)


def validate_dataset(ds: Dataset) -> dict[str, ValidationReport]:
    """Validate each named graph of ``ds`` on its own; the keys are the graph IRIs.

    The default graph is validated as well (key ``urn:x-rdflib:default``) when it
    holds any triple.
    """
    reports: dict[str, ValidationReport] = {}
    for graph in ds.graphs():
        if graph.identifier == DATASET_DEFAULT_GRAPH_ID and len(graph) == 0:
            continue
        reports[str(graph.identifier)] = validate(graph)
    return reports


def parts(graph: Graph, size: int | None = None) -> Iterator[Graph]:
    """``graph`` as graphs that are each validated alone with the results the whole would
    give: ``graph`` itself when it has at most ``size`` statements and events (the nodes
    with an ``nkg:evidence``); else one part per ``size`` of them in text order, each
    with its evidence spans, the items it links to, and the triples of every node they
    point to (the article, the entities) with those nodes' types; then one part with
    everything else (the article, the entities, their links). Every triple of ``graph``
    is in one part or more. ``size`` is ``PART_ITEMS`` unless given."""
    size = PART_ITEMS if size is None else size
    items = {s for s in graph.subjects(NKG.evidence, None) if isinstance(s, URIRef)}
    if len(items) <= size:
        yield graph
        return
    spans = set(graph.objects(None, NKG.evidence))
    order = sorted(items, key=lambda i: min(map(_begin(graph), graph.objects(i, NKG.evidence))))
    for n in range(0, len(order), size):
        core = _linked(graph, order[n:n + size])
        yield _part(graph, core | {s for i in core for s in graph.objects(i, NKG.evidence)})
    yield _part(graph, {s for s in graph.subjects() if s not in items and s not in spans})


def _begin(graph: Graph):  # -> Callable[[Node], int]
    """A span's ``nkg:beginIndex`` (0 when it has none)."""
    def begin(span: Node) -> int:
        value = graph.value(span, NKG.beginIndex)
        return int(value.toPython()) if isinstance(value, Literal) else 0
    return begin


def _linked(graph: Graph, items: list[URIRef]) -> set[URIRef]:
    """``items`` and the items they link to, and those link to, and so on."""
    found, todo = set(items), list(items)
    while todo:
        item = todo.pop()
        for link in _ITEM_LINKS:
            for other in graph.objects(item, link):
                if isinstance(other, URIRef) and other not in found:
                    found.add(other)
                    todo.append(other)
    return found


def _part(graph: Graph, subjects: set[Node]) -> Graph:
    """The triples of ``subjects``, of every node they point to, and those nodes' types."""
    part = Graph(bind_namespaces="none")
    pointed: set[Node] = set()
    for subject in subjects:
        for triple in graph.triples((subject, None, None)):
            part.add(triple)
            if isinstance(triple[2], URIRef) and triple[2] not in subjects:
                pointed.add(triple[2])
    beyond: set[Node] = set()
    for node in pointed:
        for triple in graph.triples((node, None, None)):
            part.add(triple)
            if isinstance(triple[2], URIRef):
                beyond.add(triple[2])
    for node in beyond - pointed - subjects:
        for triple in graph.triples((node, RDF.type, None)):
            part.add(triple)
    return part


def merged_report(reports: list[ValidationReport]) -> ValidationReport:
    """One report of the reports of a graph's parts: a result found in several parts once."""
    if len(reports) == 1:
        return reports[0]
    results = tuple(sorted(dict.fromkeys(v for r in reports for v in r.results),
                           key=lambda v: (v.focus, v.path or "", v.message, v.value or "")))
    text = "\n".join(r.text for r in reports if not r.conforms) or reports[-1].text
    return ValidationReport(conforms=all(r.conforms for r in reports), results=results, text=text)


def report_to_dict(report: ValidationReport) -> dict[str, Any]:
    """A JSON-ready form of a report, for quarantine records."""
    return {
        "conforms": report.conforms,
        "results": [
            {
                "focus": v.focus,
                "path": v.path,
                "message": v.message,
                "severity": v.severity,
                "value": v.value,
            }
            for v in report.results
        ],
        "text": report.text,
    }


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"


def _failure(message: str) -> ValidationReport:
    violation = Violation(focus="", path=None, message=message, severity="Violation", value=None)
    return ValidationReport(conforms=False, results=(violation,), text=message)


def _results(report: Graph) -> tuple[Violation, ...]:
    """The top-level results of a pySHACL report graph (not the details of an ``sh:or``)."""
    found = []
    for rep in report.subjects(RDF.type, SH.ValidationReport):
        for res in report.objects(rep, SH.result):
            focus = report.value(res, SH.focusNode)
            path = report.value(res, SH.resultPath)
            severity = report.value(res, SH.resultSeverity)
            value = report.value(res, SH.value)
            messages = sorted(str(m) for m in report.objects(res, SH.resultMessage))
            found.append(
                Violation(
                    focus=_node_text(focus) if focus is not None else "",
                    path=_path_text(report, path) if path is not None else None,
                    message="; ".join(messages) or "does not conform",
                    severity=_local_name(severity) if severity is not None else "Violation",
                    value=_node_text(value) if value is not None else None,
                )
            )
    found.sort(key=lambda v: (v.focus, v.path or "", v.message, v.value or ""))
    return tuple(found)


def _node_text(node: Node) -> str:
    """An IRI as is, a blank node as ``_:id``, a literal in N3 with ``xsd:`` shortened."""
    if isinstance(node, Literal):
        return node.n3(_xsd_names())
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def _path_text(report: Graph, path: Node) -> str:
    """A SHACL path as text: the IRI of a predicate path, else SPARQL property-path
    syntax: ``^<iri>`` for an inverse path, ``^<a>/<b>/<c>`` for a sequence."""
    if isinstance(path, URIRef):
        return str(path)
    return _sparql_path(report, path)


def _sparql_path(report: Graph, path: Node) -> str:
    if isinstance(path, URIRef):
        return f"<{path}>"
    if (path, RDF.first, None) in report:
        return "/".join(_sparql_path(report, step) for step in Collection(report, path))
    options = report.value(path, SH.alternativePath)
    if options is not None:
        return "(" + "|".join(_sparql_path(report, o) for o in Collection(report, options)) + ")"
    for prop, form in _PATH_FORMS:
        inner = report.value(path, prop)
        if inner is not None:
            text = _sparql_path(report, inner)
            return form.format(f"({text})" if (inner, RDF.first, None) in report else text)
    return path.n3()


#: The one-argument SHACL path forms, as SPARQL property-path syntax.
_PATH_FORMS = (
    (SH.inversePath, "^{}"),
    (SH.zeroOrMorePath, "{}*"),
    (SH.oneOrMorePath, "{}+"),
    (SH.zeroOrOnePath, "{}?"),
)


def _local_name(iri: Node) -> str:
    return str(iri).rsplit("#", 1)[-1]


@cache
def _xsd_names() -> NamespaceManager:
    names = NamespaceManager(Graph(bind_namespaces="none"), bind_namespaces="none")
    names.bind("xsd", XSD)
    return names
