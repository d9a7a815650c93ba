"""kg.terms: pyoxigraph and SPARQL JSON terms made into rdflib terms, the fast way
equal in every respect to rdflib's own constructors."""

from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.endpoint.remote import rows_of
from kg.terms import converter, from_oxigraph, iri, plain_literal, to_oxigraph

TEXTS = ["", "Osterby", "  spaced  out ", "line\nbreak", "ünïcödé — “quoted”", "123",
         "2024-03-05", "true", "\ud800 lone surrogate"]


def slots(term: Literal) -> tuple:
    return (type(term), str(term), term._language, term._datatype, term._value,
            term._ill_typed)


@pytest.mark.parametrize("text", TEXTS)
def test_plain_literal_is_rdflibs_literal(text: str) -> None:
    assert slots(plain_literal(text)) == slots(Literal(text))
    assert plain_literal(text) == Literal(text)
    assert hash(plain_literal(text)) == hash(Literal(text))


def test_iri_is_rdflibs_uriref() -> None:
    value = "https://w3id.org/newskg/id/person/anna-berg"
    assert iri(value) == URIRef(value) and type(iri(value)) is URIRef
    assert hash(iri(value)) == hash(URIRef(value))


TERMS = [URIRef("https://example.org/a"), BNode("b1"), Literal("plain"),
         Literal("chat", lang="fr"), Literal("2024-03-05", datatype=XSD.date),
         Literal("2024", datatype=XSD.gYear), Literal("7", datatype=XSD.integer)]


@pytest.mark.parametrize("term", TERMS, ids=repr)
def test_round_trip_and_converter(term) -> None:
    ox_term = to_oxigraph(term)
    back = from_oxigraph(ox_term)
    assert back == term and type(back) is type(term)
    assert back.n3() == term.n3()
    convert = converter()
    assert convert(ox_term) == term
    assert convert(ox_term) is convert(ox_term)  # made once
    assert convert(None) is None


def test_json_rows_same_terms_made_once() -> None:
    uri = {"type": "uri", "value": "https://example.org/a"}
    day = {"type": "literal", "value": "2024-03-05", "datatype": str(XSD.date)}
    bindings = [{"s": uri, "d": day, "t": {"type": "literal", "value": "x"}},
                {"s": uri, "d": {"type": "literal", "value": "hi", "xml:lang": "en"}}]
    rows = rows_of(bindings, ["s", "d", "t"])
    assert rows == [(URIRef("https://example.org/a"), Literal("2024-03-05", datatype=XSD.date),
                     Literal("x")),
                    (URIRef("https://example.org/a"), Literal("hi", lang="en"), None)]
    assert rows[0][0] is rows[1][0]
