"""The ontology defines every term the code and the contract use, with a sane class tree."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, SH

from kg import resources
from kg.records import EVENT_CLASSES, FACTUALITIES, STANCES
from kg.vocab import NKG, NKG_IRI
from kg.wikidata.schema import PROPERTIES

CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "CONTRACT.md"
#: Wikidata ids verified in shared/reference/formats.md section 5, and the few more the
#: Wikibase exports use, each checked as ontology/README.md ("Wikidata exports") says;
#: no other may appear in the ontology or the export's vocabulary.
VERIFIED_WIKIDATA = {
    "Q5", "Q43229", "Q1190554", "P463", "P710", "P276", "P585",  # the ontology's alignments
    "P31", "P279", "P248", "P854", "P813", "P577", "P1476", "P123", "P2093", "P1310",  # §5
    "P3831", "P1683", "P1628", "P2888", "P953", "Q2221906", "Q5707594",  # ontology/README.md
}
ENTITY_CLASSES = (NKG.Person, NKG.Organization, NKG.Place)
#: Classes no one of which may fall under another.
DISJOINT_ROOTS = (*ENTITY_CLASSES, NKG.Event, NKG.Article, NKG.TextSpan, NKG.Stance, NKG.Factuality)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(resources.ontology_file(), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(resources.shapes_file(), format="turtle")


def vocab_terms() -> list[str]:
    return sorted(NKG.__annotations__)


def superclasses(g: Graph, cls: URIRef) -> set[URIRef]:
    """Everything ``cls`` is an rdfs:subClassOf*, itself included."""
    out: set[URIRef] = set()
    todo = [cls]
    while todo:
        c = todo.pop()
        if c not in out:
            out.add(c)
            todo.extend(o for o in g.objects(c, RDFS.subClassOf) if isinstance(o, URIRef))
    return out


def nkg_superclasses(g: Graph, cls: URIRef) -> set[URIRef]:
    return {c for c in superclasses(g, cls) if str(c).startswith(NKG_IRI)} - {cls}


def test_ontology_and_shapes_files_parse(ontology: Graph, shapes: Graph) -> None:
    assert len(ontology) > 100
    assert (None, RDF.type, SH.NodeShape) in shapes


def test_ontology_header_has_title_version_licence_description(ontology: Graph) -> None:
    header = next(ontology.subjects(RDF.type, OWL.Ontology))
    for prop in (DCTERMS.title, OWL.versionInfo, DCTERMS.license, DCTERMS.description):
        assert ontology.value(header, prop) is not None, prop


@pytest.mark.parametrize("term", vocab_terms())
def test_every_vocab_term_is_defined_with_label_and_comment(ontology: Graph, term: str) -> None:
    iri = NKG[term]
    assert ontology.value(iri, RDF.type) is not None, f"nkg:{term} has no rdf:type"
    assert ontology.value(iri, RDFS.label) is not None, f"nkg:{term} has no rdfs:label"
    assert ontology.value(iri, RDFS.comment) is not None, f"nkg:{term} has no rdfs:comment"


def test_every_ontology_term_is_in_the_vocab(ontology: Graph) -> None:
    """kg.rdf writes terms through the fail-fast NKG namespace, so it must know all of them."""
    defined = {
        str(s)[len(NKG_IRI) :]
        for s in ontology.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(NKG_IRI)
    }
    assert defined == set(vocab_terms())


@pytest.mark.shared
def test_every_contract_term_is_defined(ontology: Graph) -> None:
    terms = set(re.findall(r"\bnkg:([A-Za-z_][A-Za-z0-9_]*)", CONTRACT.read_text("utf-8")))
    assert len(terms) > 30
    defined = set(ontology.subjects(RDFS.label, None)) & set(ontology.subjects(RDFS.comment, None))
    undefined = sorted(t for t in terms if URIRef(NKG_IRI + t) not in defined)
    assert undefined == [], f"terms of CONTRACT.md without rdfs:label/rdfs:comment: {undefined}"


def test_record_value_lists_match_the_ontology(ontology: Graph) -> None:
    assert set(ontology.subjects(RDF.type, NKG.Stance)) == {NKG[s] for s in STANCES}
    assert set(ontology.subjects(RDF.type, NKG.Factuality)) == {NKG[f] for f in FACTUALITIES}


@pytest.mark.parametrize("name", [*EVENT_CLASSES, "Statement"])
def test_event_classes_and_statement_are_events(ontology: Graph, name: str) -> None:
    assert nkg_superclasses(ontology, NKG[name]) == {NKG.Event}


@pytest.mark.parametrize("cls", [NKG.Person, NKG.Organization])
def test_persons_and_organisations_are_agents_only(ontology: Graph, cls: URIRef) -> None:
    assert nkg_superclasses(ontology, cls) == {NKG.Agent}


def test_no_top_class_falls_under_another(ontology: Graph) -> None:
    for cls in DISJOINT_ROOTS:
        above = superclasses(ontology, cls) - {cls}
        assert not above & set(DISJOINT_ROOTS), f"{cls} is under {above & set(DISJOINT_ROOTS)}"


def test_class_tree_has_no_cycle(ontology: Graph) -> None:
    for cls in set(ontology.subjects(RDFS.subClassOf, None)):
        parents = {o for o in ontology.objects(cls, RDFS.subClassOf) if isinstance(o, URIRef)}
        assert not any(cls in superclasses(ontology, p) for p in parents), f"cycle through {cls}"


def test_shapes_file_adds_no_class_tree(shapes: Graph) -> None:
    """The scorer loads every .ttl of ontology/; the hierarchy must come from newskg.ttl alone."""
    assert not list(shapes.triples((None, RDFS.subClassOf, None)))
    assert not list(shapes.triples((None, OWL.equivalentClass, None)))


def test_shapes_hold_no_sparql(shapes: Graph) -> None:
    """pySHACL parses a SPARQL query again each time it runs it: one SPARQL check per
    span made validation three times slower (ontology/README.md, "Shapes")."""
    sparql = {SH.sparql, SH.select, SH.ask, SH.SPARQLTarget, SH.SPARQLRule}
    assert [t for t in shapes if t[1] in sparql or t[2] in sparql] == []


def test_shapes_use_only_defined_nkg_terms(ontology: Graph, shapes: Graph) -> None:
    used = {n for t in shapes for n in t if isinstance(n, URIRef) and str(n).startswith(NKG_IRI)}
    assert {u for u in used if ontology.value(u, RDF.type) is None} == set()


def test_wikidata_alignments_use_only_verified_ids(ontology: Graph) -> None:
    wikidata = re.compile(r"^http://www\.wikidata\.org/(?:entity|prop/direct)/([PQ]\d+)$")
    ids = {m.group(1) for n in ontology.all_nodes() if (m := wikidata.match(str(n)))}
    assert ids and ids <= VERIFIED_WIKIDATA
    exported = {p.wikidata for p in PROPERTIES if p.wikidata}
    assert exported <= VERIFIED_WIKIDATA


@pytest.mark.parametrize(
    ("term", "external"),
    [
        (NKG.Article, "https://schema.org/NewsArticle"),
        (NKG.Person, "https://schema.org/Person"),
        (NKG.Organization, "https://schema.org/Organization"),
        (NKG.Place, "https://schema.org/Place"),
        (NKG.Agent, "http://www.w3.org/ns/prov#Agent"),
        (NKG.Event, "http://semanticweb.cs.vu.nl/2009/11/sem/Event"),
    ],
)
def test_classes_specialise_their_external_counterparts(
    ontology: Graph, term: URIRef, external: str
) -> None:
    assert URIRef(external) in superclasses(ontology, term)


def test_speaker_is_a_kind_of_prov_attribution(ontology: Graph) -> None:
    prov = Namespace("http://www.w3.org/ns/prov#")
    assert (NKG.speaker, RDFS.subPropertyOf, prov.wasAttributedTo) in ontology


def test_date_ranges_over_the_four_date_datatypes(ontology: Graph) -> None:
    rng = ontology.value(NKG.date, RDFS.range)
    members = set(ontology.items(ontology.value(rng, OWL.unionOf)))
    xsd = Namespace("http://www.w3.org/2001/XMLSchema#")
    assert members == {xsd.date, xsd.gYearMonth, xsd.gYear, xsd.dateTime}
