"""RDF mapping: typed dates, one label per IRI, deterministic IRIs."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from kg import iri
from kg.rdf import ArticleGraph, date_literal, extraction_graph, new_graph
from kg.records import Article, Entity, Extraction, Span
from kg.validate import validate


@pytest.mark.parametrize(
    ("value", "lexical", "datatype"),
    [
        ("2024-03-15", "2024-03-15", XSD.date),
        ("2024-03", "2024-03", XSD.gYearMonth),
        ("2024", "2024", XSD.gYear),
        ("2024-03-15T10:00:00", "2024-03-15T10:00:00", XSD.dateTime),
        ("2024-03-15 10:00", "2024-03-15T10:00:00", XSD.dateTime),
        ("2024-03-15T10:00:00Z", "2024-03-15T10:00:00+00:00", XSD.dateTime),
    ],
)
def test_date_literal_is_the_precise_valid_type(value, lexical, datatype) -> None:
    lit = date_literal(value)
    assert (str(lit), lit.datatype) == (lexical, datatype)
    assert lit.ill_typed is not True  # rdflib does not check gYear and gYearMonth (None)


def _extraction(*entities: Entity, published: str = "2024-03-15") -> Extraction:
    text = "The Ministry of Ports met the ministry of ports in Port Elin."
    article = Article(id="a1", text=text, published=published)
    return Extraction(article=article, entities=entities)


def test_two_spellings_of_one_name_keep_one_label() -> None:
    g = extraction_graph(_extraction(
        Entity("e1", "Organization", "Ministry of Ports", mentions=(Span(4, 21),)),
        Entity("e2", "Organization", "ministry of ports", mentions=(Span(26, 43),)),
    ))
    node = iri.entity_iri("Organization", "Ministry of Ports")
    assert list(g.objects(node, RDFS.label)) == [Literal("Ministry of Ports")]
    assert list(g.objects(node, SKOS.altLabel)) == [Literal("ministry of ports")]
    assert validate(g).conforms


def test_article_with_a_space_separated_timestamp_conforms() -> None:
    g = extraction_graph(_extraction(published="2024-03-15 10:00"))
    assert validate(g).conforms


def test_mapping_the_same_extraction_twice_gives_the_same_graph() -> None:
    ex = _extraction(Entity("e1", "Place", "Port Elin", mentions=(Span(50, 59),)))
    assert isomorphic(extraction_graph(ex), extraction_graph(ex))



def _article_graph_and_graph():
    ex = _extraction(Entity("e1", "Organization", "Ministry of Ports", mentions=(Span(4, 21),)),
                     Entity("e2", "Place", "Port Elin", mentions=(Span(50, 59),)))
    light = extraction_graph(ex)
    plain = new_graph()
    for triple in light:
        plain.add(triple)
    return light, plain


def test_an_article_graph_answers_as_an_rdflib_graph_before_and_after_its_store_is_made() -> None:
    light, plain = _article_graph_and_graph()
    assert isinstance(light, ArticleGraph) and light._pending is not None
    node = iri.entity_iri("Organization", "Ministry of Ports")
    assert len(light) == len(plain) and set(light) == set(plain)
    assert (node, RDFS.label, Literal("Ministry of Ports")) in light
    assert (node, RDFS.label, Literal("ministry of ports")) not in light
    assert set(light.objects(None, RDF.type)) == set(plain.objects(None, RDF.type))
    for _ in range(20):  # past the scans it answers itself: then rdflib's store
        assert sorted(light.subjects(RDF.type, None)) == sorted(plain.subjects(RDF.type, None))
    assert light._pending is None and set(light) == set(plain) and len(light) == len(plain)
    assert dict(light.namespaces())["nkg"] == URIRef("https://w3id.org/newskg/ontology#")
    light.add((node, RDFS.comment, Literal("added after")))
    assert (node, RDFS.comment, Literal("added after")) in light and len(light) == len(plain) + 1
    assert isomorphic(light, plain + light)


def test_an_article_graph_made_for_pyshacl_holds_its_triples_and_prefixes() -> None:
    light, plain = _article_graph_and_graph()
    node = iri.entity_iri("Organization", "Ministry of Ports")
    light.add((node, RDFS.label, Literal("Ports")))  # a second label: pySHACL must judge
    assert validate(plain).conforms
    assert not validate(light).conforms and not validate(plain + light).conforms
    with pytest.raises(AssertionError):
        light.add((None, RDFS.label, Literal("no subject")))  # as rdflib refuses it
    assert light._pending is None and len(light) == len(plain) + 1
    assert light.serialize(format="turtle") == (plain + light).serialize(format="turtle")


def test_an_article_graph_pickles_as_its_triples() -> None:
    light, plain = _article_graph_and_graph()
    again = pickle.loads(pickle.dumps(light))
    assert isinstance(again, ArticleGraph) and again._pending is not None
    assert set(again) == set(plain)
    set(light.subjects(RDF.type, None))
    for _ in range(20):
        set(light.subjects(RDF.type, None))
    assert set(pickle.loads(pickle.dumps(light))) == set(plain)  # its store made: as a Graph

@given(st.text(min_size=1, max_size=40), st.sampled_from(["Person", "Organization", "Place"]))
def test_the_same_name_and_type_mint_the_same_iri(name, etype) -> None:
    assert iri.entity_iri(etype, name) == iri.entity_iri(etype, name)
    assert iri.entity_iri(etype, name).startswith("https://w3id.org/newskg/id/")


@given(st.text(max_size=200))
def test_any_text_survives_a_literal_round_trip(text) -> None:
    from rdflib import Graph, URIRef

    g = Graph()
    g.add((URIRef("urn:x:s"), RDFS.comment, Literal(text)))
    back = Graph().parse(data=g.serialize(format="nt"), format="nt")
    assert str(next(back.objects(URIRef("urn:x:s"), RDFS.comment))) == text
