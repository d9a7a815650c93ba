"""What an article keeps when some of its statements or events fail the shapes.

One wrong item must not cost an article. When an article's graph does not conform,
``prune`` finds the statements and events the violations are about (the focus
itself, the item whose evidence span is the focus, or the item whose span ends past
the text, which ``nkgsh:EvidenceWithinTextShape`` reports on the article), removes
them with what hangs only on them (their evidence spans, the links other items have
to them) and validates again. When the rest conforms it is stored, and what was
removed, and why, goes to the article's quarantine record; when a violation is about
something else (the article itself, an entity) the article is quarantined whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import RDF, Graph, URIRef
from rdflib.term import Node

from kg.precheck import surely_conforms
from kg.validate import ValidationReport, merged_report, parts, validate
from kg.vocab import NKG

#: Rounds of remove-and-validate before the article is quarantined whole.
MAX_ROUNDS = 3
_NUMBER = re.compile(r"-?\d+")


@dataclass(frozen=True, slots=True)
class RemovedItem:
    """A statement or event taken out of an article's graph, and the messages why."""

    item: str  # its IRI
    types: tuple[str, ...]  # local names of its classes ("Statement", "ControlEvent")
    reasons: tuple[str, ...]

    @property
    def is_statement(self) -> bool:
        return "Statement" in self.types

    def as_dict(self) -> dict[str, object]:
        return {"item": self.item, "types": list(self.types), "reasons": list(self.reasons)}


@dataclass(frozen=True, slots=True)
class Pruned:
    """The outcome: the graph to store (``None`` when the article cannot be saved),
    the items removed from it, and the report that started it all."""

    graph: Graph | None
    removed: tuple[RemovedItem, ...]
    report: ValidationReport


def prune(graph: Graph, report: ValidationReport) -> Pruned:
    """``graph`` less the items ``report`` finds wrong, when the rest conforms."""
    first, removed, current = report, [], report
    for _ in range(MAX_ROUNDS):
        items = offending_items(graph, current)
        if not items:
            return Pruned(None, tuple(removed), first)
        graph = _copy(graph)
        for item, reasons in items.items():
            types = tuple(sorted(str(t).rsplit("#", 1)[-1] for t in graph.objects(item, RDF.type)))
            removed.append(RemovedItem(str(item), types, tuple(sorted(set(reasons)))))
            remove_item(graph, item)
        if surely_conforms(graph):  # the graph mended: pySHACL would say so, more slowly
            return Pruned(graph, tuple(removed), first)
        current = validate(graph)
        if current.conforms:
            return Pruned(graph, tuple(removed), first)
    return Pruned(None, tuple(removed), first)


def checked(graph: Graph) -> Pruned:
    """Validate ``graph`` and prune what fails (``prune``); a big graph in parts
    (``kg.validate.parts``), so that time and memory grow only with its size. The
    ``Pruned.graph`` is ``graph`` itself when it conforms; a part that cannot be mended
    gives ``None`` (the article is quarantined), with that part's report."""
    pieces = parts(graph)
    first = next(pieces)
    if first is graph:  # small enough to be validated whole
        report = validate(graph)
        return Pruned(graph, (), report) if report.conforms else prune(graph, report)
    reports: list[ValidationReport] = []
    removed: list[RemovedItem] = []
    for part in (first, *pieces):
        report = validate(part)
        reports.append(report)
        if report.conforms:
            continue
        pruned = prune(part, report)
        if pruned.graph is None:
            return Pruned(None, (*removed, *pruned.removed), report)
        for item in pruned.removed:
            remove_item(graph, URIRef(item.item))
        removed += pruned.removed
    return Pruned(graph, tuple(removed), merged_report(reports))


def offending_items(graph: Graph, report: ValidationReport) -> dict[URIRef, list[str]]:
    """Item -> messages, for every violation that is about a statement or event; ``{}``
    when any violation is about something else (then no removal can save the article)."""
    found: dict[URIRef, list[str]] = {}
    for v in report.results:
        items = _items_of(graph, v.focus, v.path, v.value)
        if not items:
            return {}
        for item in items:
            found.setdefault(item, []).append(v.message)
    return found


def remove_item(graph: Graph, item: URIRef) -> None:
    """Remove ``item``, every link to it, and its evidence spans no other item uses."""
    spans = set(graph.objects(item, NKG.evidence))
    graph.remove((item, None, None))
    graph.remove((None, None, item))
    for span in spans:
        if (None, NKG.evidence, span) not in graph:
            graph.remove((span, None, None))


def _items_of(graph: Graph, focus: str, path: str | None, value: str | None) -> set[URIRef]:
    """The statements and events a violation on ``focus`` (along ``path``, with ``value``)
    is about."""
    if not focus.startswith(("http://", "https://")):
        return set()
    node = URIRef(focus)
    if _is_item(graph, node):
        return {node}
    if (node, RDF.type, NKG.TextSpan) in graph:
        return {s for s in graph.subjects(NKG.evidence, node) if isinstance(s, URIRef)}
    if (node, RDF.type, NKG.Article) in graph and value is not None and (path or "").endswith(
            f"<{NKG.endIndex}>"):
        end = _NUMBER.search(value)  # nkgsh:EvidenceWithinTextShape: the end past the text
        if end is not None:
            return {s for span in _spans_ending_at(graph, int(end.group()))
                    for s in graph.subjects(NKG.evidence, span) if isinstance(s, URIRef)}
    return set()


def _is_item(graph: Graph, node: Node) -> bool:
    """Statements and events are the nodes with evidence spans."""
    return (node, NKG.evidence, None) in graph


def _spans_ending_at(graph: Graph, end: int) -> list[Node]:
    return [s for s, o in graph.subject_objects(NKG.endIndex)
            if getattr(o, "value", None) == end]


def _copy(graph: Graph) -> Graph:
    out = Graph(namespace_manager=graph.namespace_manager)
    out += graph
    return out
