"""SPARQL results and graphs as bytes, in the formats of the SPARQL 1.1 recommendations.

Solutions are written here rather than by ``QuerySolutions.serialize`` because the
endpoint counts rows against its cap before it answers, and pyoxigraph can only
serialise a result it has not yet iterated. Graphs are written by pyoxigraph.
Only pyoxigraph and the standard library are imported: this runs in the query
worker processes, which start fast.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Row = Sequence[Term | None]
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"
_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def solutions(variables: Sequence[str], rows: Sequence[Row], fmt: str) -> bytes:
    """SELECT results in ``fmt`` (json, xml, csv or tsv)."""
    return _WRITERS[fmt](variables, rows)


def boolean(value: bool, fmt: str) -> bytes:
    """An ASK result in ``fmt``; CSV and TSV hold the bare word, as Oxigraph and Jena do."""
    word = "true" if value else "false"
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        return (
            f'<?xml version="1.0"?>\n<sparql xmlns="{_RESULTS_NS}"><head/>'
            f"<boolean>{word}</boolean></sparql>\n"
        ).encode()
    return f"{word}\n".encode()


def triples(items: Sequence[ox.Triple], fmt: str, prefixes: dict[str, str]) -> bytes:
    """CONSTRUCT or DESCRIBE results (or a Graph Store GET) as an RDF document."""
    rdf_format = _RDF_FORMATS[fmt]
    use = prefixes if fmt in ("turtle", "rdfxml") else None
    return ox.serialize(items, format=rdf_format, prefixes=use) or b""


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _json(variables: Sequence[str], rows: Sequence[Row]) -> bytes:
    bindings = [
        {v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}
        for row in rows
    ]
    doc = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value not in (_XSD_STRING, _LANG_STRING):
            dt = quoteattr(term.datatype.value)
            return f"<literal datatype={dt}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _xml(variables: Sequence[str], rows: Sequence[Row]) -> bytes:
    out = io.StringIO()
    out.write(f'<?xml version="1.0"?>\n<sparql xmlns="{_RESULTS_NS}">\n<head>')
    out.writelines(f"<variable name={quoteattr(v)}/>" for v in variables)
    out.write("</head>\n<results>\n")
    for row in rows:
        out.write("<result>")
        for v, t in zip(variables, row, strict=True):
            if t is not None:
                out.write(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>")
        out.write("</result>\n")
    out.write("</results>\n</sparql>\n")
    return out.getvalue().encode("utf-8")


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)


def _csv(variables: Sequence[str], rows: Sequence[Row]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([_csv_value(t) for t in row] for row in rows)
    return out.getvalue().encode("utf-8")


def _tsv(variables: Sequence[str], rows: Sequence[Row]) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


_WRITERS = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}
