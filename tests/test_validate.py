"""Every SHACL shape has a conforming fixture and violating ones naming the failing node and path.

The fixtures start from one correct article graph (``GOOD``) and change a few
triples; each violating case lists the exact set of (focus node, path) pairs the
report must name, so a fixture that breaks more than it means to fails too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import pytest
from rdflib import RDFS, Dataset, Graph, Namespace, URIRef
from rdflib.namespace import SKOS

from kg import iri
from kg.rdf import extraction_graph
from kg.records import (
    Article,
    DateValue,
    Entity,
    Event,
    Extraction,
    Membership,
    Span,
    Statement,
)
from kg.validate import (
    ValidationReport,
    Violation,
    default_ontology,
    report_to_dict,
    validate,
    validate_dataset,
)
from kg.vocab import NKG, PROV, SCHEMA

EX = Namespace("https://example.org/")
TEXT = (
    "The Ministry of Ports said on Monday it had seized the ferry in Port Elin. "
    "Arno Vell of the Ferry Union denied the seizure, Coast Radio reported."
)
FIRST = TEXT.index(" Arno")  # end of the first sentence

PREFIXES = """
@prefix nkg:    <https://w3id.org/newskg/ontology#> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix ex:     <https://example.org/> .
"""

GOOD = f"""
ex:article a nkg:Article ;
    schema:identifier "port-1" ;
    schema:url <https://example.org/news/port-1> ;
    schema:datePublished "2024-03-12"^^xsd:date ;
    schema:headline "Ferry seized in Port Elin" ;
    schema:publisher ex:herald ;
    nkg:textLength {len(TEXT)} .

ex:herald a nkg:Organization ; rdfs:label "Harbour Herald" .
ex:ministry a nkg:Organization ;
    rdfs:label "Ministry of Ports" ; skos:altLabel "the ministry" ; nkg:mentionedIn ex:article .
ex:union a nkg:Organization ; rdfs:label "Ferry Union" ; nkg:mentionedIn ex:article .
ex:radio a nkg:Organization ; rdfs:label "Coast Radio" ; nkg:mentionedIn ex:article .
ex:vell a nkg:Person ;
    rdfs:label "Arno Vell" ; nkg:mentionedIn ex:article ; nkg:memberOf ex:union .
ex:elin a nkg:Place ; rdfs:label "Port Elin" ; nkg:mentionedIn ex:article .

ex:seizure a nkg:ControlEvent ;
    nkg:trigger "seized" ;
    nkg:agent ex:ministry ;
    nkg:participant ex:union ;
    nkg:place ex:elin ;
    nkg:date "2024-03-11"^^xsd:date ;
    nkg:dateText "on Monday" ;
    nkg:factuality nkg:Claimed ;
    prov:wasDerivedFrom ex:article ;
    nkg:evidence ex:span1 .

ex:claim a nkg:Statement ;
    nkg:speaker ex:ministry ;
    nkg:stance nkg:Assert ;
    nkg:cue "say" ;
    nkg:content "it had seized the ferry in Port Elin" ;
    nkg:isDirectQuote false ;
    nkg:proposition ex:seizure ;
    nkg:date "2024-03-11"^^xsd:date ;
    nkg:dateText "on Monday" ;
    prov:wasDerivedFrom ex:article ;
    nkg:evidence ex:span1 .

ex:denial a nkg:Statement ;
    nkg:speaker ex:vell ;
    nkg:onBehalfOf ex:union ;
    nkg:stance nkg:Deny ;
    nkg:cue "deny" ;
    nkg:content "the seizure" ;
    nkg:isDirectQuote false ;
    nkg:proposition ex:seizure ;
    nkg:respondsTo ex:claim ;
    nkg:via ex:radio ;
    prov:wasDerivedFrom ex:article ;
    nkg:evidence ex:span2 .

ex:span1 a nkg:TextSpan ;
    nkg:beginIndex 0 ; nkg:endIndex {FIRST} ; nkg:anchorOf "{TEXT[:FIRST]}" .
ex:span2 a nkg:TextSpan ;
    nkg:beginIndex {FIRST + 1} ; nkg:endIndex {len(TEXT)} ; nkg:anchorOf "{TEXT[FIRST + 1 :]}" .
"""

ARTICLE, HERALD, MINISTRY, VELL, ELIN = EX.article, EX.herald, EX.ministry, EX.vell, EX.elin
SEIZURE, CLAIM, DENIAL, SPAN1, SPAN2 = EX.seizure, EX.claim, EX.denial, EX.span1, EX.span2
#: The path of nkgsh:EvidenceWithinTextShape, from an article to the ends of its
#: evidence spans: a span past the text is reported on its article (see ontology/README.md).
EVIDENCE_ENDS = f"^<{PROV.wasDerivedFrom}>/<{NKG.evidence}>/<{NKG.endIndex}>"

Pattern = tuple[URIRef | None, URIRef | None, object]


def graph_with(add: str = "", remove: Iterable[Pattern] = ()) -> Graph:
    """The good graph, less the triples matching ``remove``, plus the Turtle ``add``."""
    g = Graph().parse(data=PREFIXES + GOOD, format="turtle")
    for pattern in remove:
        g.remove(pattern)  # type: ignore[arg-type]
    if add:
        g.parse(data=PREFIXES + add, format="turtle")
    return g


def failures(report: ValidationReport) -> set[tuple[str, str | None]]:
    return {(v.focus, v.path) for v in report.results}


def expect(*pairs: tuple[URIRef, URIRef | str | None]) -> set[tuple[str, str | None]]:
    return {(str(focus), str(path) if path is not None else None) for focus, path in pairs}


def case(name: str, expected: set, *, add: str = "", remove: Iterable[Pattern] = ()):
    return pytest.param(add, tuple(remove), expected, id=name)


# ------------------------------------------------------------------ conforming fixtures


def test_good_graph_conforms() -> None:
    report = validate(graph_with())
    assert report.conforms, report.text
    assert report.results == ()


def test_statements_need_no_trigger_or_factuality() -> None:
    """nkg:Statement is a subclass of nkg:Event, yet the event-only constraints skip it."""
    g = graph_with()
    assert g.value(CLAIM, NKG.trigger) is None and g.value(CLAIM, NKG.factuality) is None
    assert validate(g).conforms


def test_publisher_need_not_be_mentioned_in_its_article() -> None:
    g = graph_with()
    assert g.value(HERALD, NKG.mentionedIn) is None
    assert validate(g).conforms


@pytest.mark.parametrize(
    "literal",
    [
        '"2024-03-11"^^xsd:date',
        '"2024-03-11+02:00"^^xsd:date',
        '"2024-03"^^xsd:gYearMonth',
        '"2024"^^xsd:gYear',
        '"2024-03-11T09:30:00"^^xsd:dateTime',
        '"2024-03-11T09:30:00.5Z"^^xsd:dateTime',
    ],
)
def test_each_date_datatype_conforms(literal: str) -> None:
    g = graph_with(add=f"ex:seizure nkg:date {literal} .", remove=[(SEIZURE, NKG.date, None)])
    assert validate(g).conforms


def test_article_published_at_a_date_time_conforms() -> None:
    g = graph_with(
        add='ex:article schema:datePublished "2024-03-12T08:00:00Z"^^xsd:dateTime .',
        remove=[(ARTICLE, SCHEMA.datePublished, None)],
    )
    assert validate(g).conforms


def test_span_may_end_exactly_at_the_end_of_the_text() -> None:
    g = graph_with()
    assert int(g.value(SPAN2, NKG.endIndex)) == int(g.value(ARTICLE, NKG.textLength))
    assert validate(g).conforms


def test_event_subclass_declared_in_the_data_is_an_event() -> None:
    g = graph_with(
        add="""
        ex:Seizure rdfs:subClassOf nkg:ControlEvent .
        ex:seizure a ex:Seizure .
        """
    )
    assert validate(g).conforms


# ------------------------------------------------------------------ violating fixtures


ARTICLE_CASES = [
    case("no identifier", expect((ARTICLE, SCHEMA.identifier)),
         remove=[(ARTICLE, SCHEMA.identifier, None)]),
    case("two identifiers", expect((ARTICLE, SCHEMA.identifier)),
         add='ex:article schema:identifier "port-2" .'),
    case("empty identifier", expect((ARTICLE, SCHEMA.identifier)),
         add='ex:article schema:identifier "" .', remove=[(ARTICLE, SCHEMA.identifier, None)]),
    case("two publication dates", expect((ARTICLE, SCHEMA.datePublished)),
         add='ex:article schema:datePublished "2024-03-13"^^xsd:date .'),
    case("publication date as a string", expect((ARTICLE, SCHEMA.datePublished)),
         add='ex:article schema:datePublished "2024-03-12" .',
         remove=[(ARTICLE, SCHEMA.datePublished, None)]),
    case("ill-formed publication date-time", expect((ARTICLE, SCHEMA.datePublished)),
         add='ex:article schema:datePublished "2024-03-12T25:00:00"^^xsd:dateTime .',
         remove=[(ARTICLE, SCHEMA.datePublished, None)]),
    case("url as a string", expect((ARTICLE, SCHEMA.url)),
         add='ex:article schema:url "https://example.org/news/port-1" .',
         remove=[(ARTICLE, SCHEMA.url, None)]),
    case("headline not a string", expect((ARTICLE, SCHEMA.headline)),
         add="ex:article schema:headline 12 .", remove=[(ARTICLE, SCHEMA.headline, None)]),
    case("publisher is a place", expect((ARTICLE, SCHEMA.publisher)),
         add="ex:article schema:publisher ex:elin ."),
    case("no text length", expect((ARTICLE, NKG.textLength)),
         remove=[(ARTICLE, NKG.textLength, None)]),
    case("text length not an integer", expect((ARTICLE, NKG.textLength)),
         add=f'ex:article nkg:textLength "{len(TEXT)}.0"^^xsd:decimal .',
         remove=[(ARTICLE, NKG.textLength, None)]),
    case("negative text length", expect((ARTICLE, NKG.textLength), (ARTICLE, EVIDENCE_ENDS)),
         add="ex:article nkg:textLength -1 .", remove=[(ARTICLE, NKG.textLength, None)]),
    case("two content hashes", expect((ARTICLE, NKG.contentHash)),
         add='ex:article nkg:contentHash "ab12", "cd34" .'),
    case("ingestion time as a date", expect((ARTICLE, NKG.ingestedAt)),
         add='ex:article nkg:ingestedAt "2024-03-12"^^xsd:date .'),
]  # fmt: skip

ENTITY_CASES = [
    case("entity without label", expect((MINISTRY, RDFS.label)),
         remove=[(MINISTRY, RDFS.label, None)]),
    case("entity with two labels", expect((MINISTRY, RDFS.label)),
         add='ex:ministry rdfs:label "Ports Ministry" .'),
    case("blank label", expect((ELIN, RDFS.label)),
         add='ex:elin rdfs:label "  " .', remove=[(ELIN, RDFS.label, None)]),
    case("alternative label not a string", expect((MINISTRY, SKOS.altLabel)),
         add="ex:ministry skos:altLabel 7 ."),
    case("mentioned in a place", expect((VELL, NKG.mentionedIn)),
         add="ex:vell nkg:mentionedIn ex:elin ."),
    case("entity from no article", expect((ELIN, None)),
         remove=[(ELIN, NKG.mentionedIn, None)]),
    case("place as a member", expect((ELIN, None)),
         add="ex:elin nkg:memberOf ex:union ."),
    case("member of a place", expect((VELL, NKG.memberOf)),
         add="ex:vell nkg:memberOf ex:elin ."),
    case("organisation as a member", expect((EX.radio, None)),
         add="ex:radio nkg:memberOf ex:union ."),
]  # fmt: skip

ITEM_CASES = [
    case("statement derived from nothing", expect((CLAIM, PROV.wasDerivedFrom)),
         remove=[(CLAIM, PROV.wasDerivedFrom, None)]),
    case("event derived from two sources", expect((SEIZURE, PROV.wasDerivedFrom)),
         add="ex:seizure prov:wasDerivedFrom <https://example.org/elsewhere> ."),
    case("event without evidence", expect((SEIZURE, NKG.evidence)),
         remove=[(SEIZURE, NKG.evidence, None)]),
    case("evidence not a span", expect((DENIAL, NKG.evidence)),
         add="ex:denial nkg:evidence ex:elin ."),
    case("event with two dates", expect((SEIZURE, NKG.date)),
         add='ex:seizure nkg:date "2024-03"^^xsd:gYearMonth .'),
    case("ill-formed date", expect((SEIZURE, NKG.date)),
         add='ex:seizure nkg:date "2021-13-45"^^xsd:date .', remove=[(SEIZURE, NKG.date, None)]),
    case("date of the wrong datatype", expect((SEIZURE, NKG.date)),
         add='ex:seizure nkg:date "2024-03-11"^^xsd:string .',
         remove=[(SEIZURE, NKG.date, None)]),
    case("date as a plain string", expect((CLAIM, NKG.date)),
         add='ex:claim nkg:date "Monday" .', remove=[(CLAIM, NKG.date, None)]),
    case("ill-formed year-month", expect((CLAIM, NKG.date)),
         add='ex:claim nkg:date "2024-3"^^xsd:gYearMonth .', remove=[(CLAIM, NKG.date, None)]),
    case("ill-formed year", expect((CLAIM, NKG.date)),
         add='ex:claim nkg:date "24"^^xsd:gYear .', remove=[(CLAIM, NKG.date, None)]),
    case("ill-formed date-time", expect((CLAIM, NKG.date)),
         add='ex:claim nkg:date "2024-03-11 at 9"^^xsd:dateTime .',
         remove=[(CLAIM, NKG.date, None)]),
    case("date text not a string", expect((SEIZURE, NKG.dateText)),
         add="ex:seizure nkg:dateText 11 ."),
]  # fmt: skip

STATEMENT_CASES = [
    case("statement with two speakers", expect((CLAIM, NKG.speaker)),
         add="ex:claim nkg:speaker ex:vell ."),
    case("speaker is a place", expect((CLAIM, NKG.speaker)),
         add="ex:claim nkg:speaker ex:elin .", remove=[(CLAIM, NKG.speaker, None)]),
    case("speaker of no known type", expect((CLAIM, NKG.speaker)),
         add="ex:claim nkg:speaker ex:someone .", remove=[(CLAIM, NKG.speaker, None)]),
    case("statement without speaker", expect((CLAIM, NKG.speaker)),
         remove=[(CLAIM, NKG.speaker, None)]),
    case("on behalf of a person", expect((DENIAL, NKG.onBehalfOf)),
         add="ex:denial nkg:onBehalfOf ex:vell .", remove=[(DENIAL, NKG.onBehalfOf, None)]),
    case("on behalf of two organisations", expect((DENIAL, NKG.onBehalfOf)),
         add="ex:denial nkg:onBehalfOf ex:ministry ."),
    case("stance not a stance", expect((CLAIM, NKG.stance)),
         add="ex:claim nkg:stance nkg:Asserted .", remove=[(CLAIM, NKG.stance, None)]),
    case("two stances", expect((CLAIM, NKG.stance)),
         add="ex:claim nkg:stance nkg:Deny ."),
    case("statement without stance", expect((CLAIM, NKG.stance)),
         remove=[(CLAIM, NKG.stance, None)]),
    case("statement without cue", expect((CLAIM, NKG.cue)),
         remove=[(CLAIM, NKG.cue, None)]),
    case("statement without content", expect((CLAIM, NKG.content)),
         remove=[(CLAIM, NKG.content, None)]),
    case("empty content", expect((CLAIM, NKG.content)),
         add='ex:claim nkg:content "" .', remove=[(CLAIM, NKG.content, None)]),
    case("two contents", expect((CLAIM, NKG.content)),
         add='ex:claim nkg:content "the ferry" .'),
    case("direct-quote flag as a string", expect((CLAIM, NKG.isDirectQuote)),
         add='ex:claim nkg:isDirectQuote "false" .', remove=[(CLAIM, NKG.isDirectQuote, None)]),
    case("no direct-quote flag", expect((CLAIM, NKG.isDirectQuote)),
         remove=[(CLAIM, NKG.isDirectQuote, None)]),
    case("proposition is a place", expect((CLAIM, NKG.proposition)),
         add="ex:claim nkg:proposition ex:elin ."),
    case("responds to an event", expect((DENIAL, NKG.respondsTo)),
         add="ex:denial nkg:respondsTo ex:seizure ."),
    case("via a place", expect((DENIAL, NKG.via)),
         add="ex:denial nkg:via ex:elin ."),
]  # fmt: skip

EVENT_CASES = [
    case("event without trigger", expect((SEIZURE, NKG.trigger)),
         remove=[(SEIZURE, NKG.trigger, None)]),
    case("event with two triggers", expect((SEIZURE, NKG.trigger)),
         add='ex:seizure nkg:trigger "took" .'),
    case("blank trigger", expect((SEIZURE, NKG.trigger)),
         add='ex:seizure nkg:trigger " " .', remove=[(SEIZURE, NKG.trigger, None)]),
    case("event without factuality", expect((SEIZURE, NKG.factuality)),
         remove=[(SEIZURE, NKG.factuality, None)]),
    case("factuality is a stance", expect((SEIZURE, NKG.factuality)),
         add="ex:seizure nkg:factuality nkg:Assert .", remove=[(SEIZURE, NKG.factuality, None)]),
    case("agent is a place", expect((SEIZURE, NKG.agent)),
         add="ex:seizure nkg:agent ex:elin ."),
    case("participant is a place", expect((SEIZURE, NKG.participant)),
         add="ex:seizure nkg:participant ex:elin ."),
    case("place is a person", expect((SEIZURE, NKG.place)),
         add="ex:seizure nkg:place ex:vell ."),
    case("plain nkg:Event without trigger or factuality",
         expect((EX.plain, NKG.trigger), (EX.plain, NKG.factuality)),
         add="ex:plain a nkg:Event ; prov:wasDerivedFrom ex:article ; nkg:evidence ex:span1 ."),
    case("event of a subclass declared in the data, without trigger",
         expect((EX.raid, NKG.trigger)),
         add="""ex:Raid rdfs:subClassOf nkg:ConflictEvent .
                ex:raid a ex:Raid ; nkg:factuality nkg:Asserted ;
                    prov:wasDerivedFrom ex:article ; nkg:evidence ex:span1 ."""),
]  # fmt: skip

SPAN_CASES = [
    case("span with begin equal to end", expect((SPAN1, NKG.beginIndex)),
         add=f"ex:span1 nkg:beginIndex {FIRST} .", remove=[(SPAN1, NKG.beginIndex, None)]),
    case("span with begin after end", expect((SPAN1, NKG.beginIndex)),
         add=f"ex:span1 nkg:beginIndex {FIRST + 5} .", remove=[(SPAN1, NKG.beginIndex, None)]),
    case("span without begin", expect((SPAN1, NKG.beginIndex)),
         remove=[(SPAN1, NKG.beginIndex, None)]),
    case("negative begin", expect((SPAN1, NKG.beginIndex)),
         add="ex:span1 nkg:beginIndex -1 .", remove=[(SPAN1, NKG.beginIndex, None)]),
    case("span without end", expect((SPAN1, NKG.endIndex)),
         remove=[(SPAN1, NKG.endIndex, None)]),
    case("span ending past the text", expect((ARTICLE, EVIDENCE_ENDS)),
         add=f"ex:span2 nkg:endIndex {len(TEXT) + 1} .", remove=[(SPAN2, NKG.endIndex, None)]),
    case("span past the text of the article its item was derived from",
         expect((EX.other, EVIDENCE_ENDS)),
         add="""ex:other a nkg:Article ; schema:identifier "port-0" ; nkg:textLength 100 .
                ex:denial prov:wasDerivedFrom ex:other .""",
         remove=[(DENIAL, PROV.wasDerivedFrom, None)]),
    case("span with two ends", expect((SPAN1, NKG.endIndex)),
         add=f"ex:span1 nkg:endIndex {FIRST - 1} ."),
    case("span with two anchors", expect((SPAN1, NKG.anchorOf)),
         add='ex:span1 nkg:anchorOf "The Ministry" .'),
]  # fmt: skip


@pytest.mark.parametrize(
    ("add", "remove", "expected"),
    ARTICLE_CASES + ENTITY_CASES + ITEM_CASES + STATEMENT_CASES + EVENT_CASES + SPAN_CASES,
)
def test_violation_names_focus_and_path(add: str, remove: tuple, expected: set) -> None:
    report = validate(graph_with(add=add, remove=remove))
    assert not report.conforms
    assert failures(report) == expected, report.text
    assert all(v.severity == "Violation" and v.message for v in report.results)


def test_violation_carries_the_offending_value_and_a_readable_message() -> None:
    g = graph_with(
        add='ex:seizure nkg:date "2021-13-45"^^xsd:date .', remove=[(SEIZURE, NKG.date, None)]
    )
    (violation,) = validate(g).results
    assert violation.value == '"2021-13-45"^^xsd:date'
    assert "well-formed xsd:date" in violation.message


def test_span_past_the_text_is_reported_on_its_article_with_the_end_as_value() -> None:
    g = graph_with(add="ex:span2 nkg:endIndex 999 .", remove=[(SPAN2, NKG.endIndex, None)])
    (violation,) = validate(g).results
    assert (violation.focus, violation.path, violation.value) == (
        str(ARTICLE),
        EVIDENCE_ENDS,
        '"999"^^xsd:integer',
    )
    assert "past the end of this article's text" in violation.message
    assert "nkg:textLength" in violation.message


def test_each_end_past_the_text_is_a_value_of_its_own() -> None:
    g = graph_with(
        add="ex:span1 nkg:endIndex 500 . ex:span2 nkg:endIndex 999 .",
        remove=[(SPAN1, NKG.endIndex, None), (SPAN2, NKG.endIndex, None)],
    )
    report = validate(g)
    assert {(v.focus, v.path, v.value) for v in report.results} == {
        (str(ARTICLE), EVIDENCE_ENDS, '"500"^^xsd:integer'),
        (str(ARTICLE), EVIDENCE_ENDS, '"999"^^xsd:integer'),
    }


ILL_TYPED_END = dict(
    add='ex:span1 nkg:endIndex "abc"^^xsd:integer .', remove=[(SPAN1, NKG.endIndex, None)]
)


def test_ill_typed_span_end_does_not_conform() -> None:
    assert not validate(graph_with(**ILL_TYPED_END)).conforms


@pytest.mark.xfail(
    strict=True,
    reason="pySHACL's sh:lessThanOrEquals raises TypeError on an ill-typed xsd:integer, so "
    "the report holds one 'pySHACL could not validate' result instead of the span's",
)
def test_ill_typed_span_end_is_reported_on_the_span() -> None:
    assert (str(SPAN1), str(NKG.endIndex)) in failures(validate(graph_with(**ILL_TYPED_END)))


def test_statement_that_is_also_an_event_class_needs_no_trigger() -> None:
    """The event-only checks skip any statement, whatever other event class it has."""
    g = graph_with(add="ex:claim a nkg:ControlEvent .")
    assert validate(g).conforms


# ------------------------------------------------------------------ a graph from kg.rdf


def hand_built_extraction(**article: str) -> Extraction:
    """The fixture article as records, the way extraction would produce them."""
    first, second = Span(0, FIRST), Span(FIRST + 1, len(TEXT))
    art = Article(
        id="port-1",
        text=TEXT,
        url="https://example.org/news/port-1",
        title="Ferry seized in Port Elin",
        published=article.get("published", "2024-03-12"),
        publisher=article.get("publisher", "Harbour Herald"),
        language="en",
    )
    monday = DateValue("2024-03-11", "date", "on Monday")
    return Extraction(
        article=art,
        entities=(
            Entity(
                "ministry", "Organization", "Ministry of Ports", ("the ministry",), (Span(4, 21),)
            ),
            Entity("elin", "Place", "Port Elin", mentions=(Span(64, 73),)),
            Entity("vell", "Person", "Arno Vell", mentions=(Span(75, 84),)),
            Entity("union", "Organization", "Ferry Union", mentions=(Span(92, 103),)),
            Entity("radio", "Organization", "Coast Radio", mentions=(Span(124, 135),)),
        ),
        events=(
            Event(
                "seizure",
                "ControlEvent",
                "seized",
                Span(44, 50),
                first,
                agents=("ministry",),
                places=("elin",),
                date=monday,
                factuality="Claimed",
            ),
        ),
        statements=(
            Statement(
                "claim",
                "ministry",
                "Assert",
                "say",
                "it had seized the ferry in Port Elin",
                Span(37, 73),
                first,
                date=monday,
                proposition="seizure",
            ),
            Statement(
                "denial",
                "vell",
                "Deny",
                "deny",
                "the seizure",
                Span(111, 122),
                second,
                on_behalf_of="union",
                via="radio",
                proposition="seizure",
                responds_to="claim",
            ),
        ),
        memberships=(Membership("vell", "union", second),),
    )


def test_extraction_graph_of_a_hand_built_extraction_conforms() -> None:
    g = extraction_graph(hand_built_extraction())
    report = validate(g)
    assert report.conforms, report.text
    assert (None, NKG.respondsTo, None) in g and (None, NKG.memberOf, None) in g


def test_publisher_also_named_in_the_text_keeps_one_label() -> None:
    ex = hand_built_extraction(publisher="The Harbour Herald")
    ex = Extraction(
        article=ex.article,
        entities=(*ex.entities, Entity("herald", "Organization", "Harbour Herald")),
        events=ex.events,
        statements=ex.statements,
        memberships=ex.memberships,
    )
    assert validate(extraction_graph(ex)).conforms


# ------------------------------------------------------------------ the API around pySHACL


def test_validate_does_not_change_its_input() -> None:
    g = graph_with()
    before = set(g)
    validate(g)
    assert set(g) == before


def test_validate_dataset_reports_each_named_graph_alone() -> None:
    ds = Dataset()
    good_iri, bad_iri = iri.article_graph("port-1"), iri.article_graph("port-2")
    for triple in graph_with():
        ds.graph(good_iri).add(triple)
    for triple in graph_with(remove=[(CLAIM, NKG.speaker, None)]):
        ds.graph(bad_iri).add(triple)
    reports = validate_dataset(ds)
    assert set(reports) == {str(good_iri), str(bad_iri)}
    assert reports[str(good_iri)].conforms
    assert failures(reports[str(bad_iri)]) == expect((CLAIM, NKG.speaker))


def test_report_to_dict_is_json_ready() -> None:
    report = validate(graph_with(remove=[(CLAIM, NKG.content, None)]))
    data = json.loads(json.dumps(report_to_dict(report)))
    assert data["conforms"] is False
    assert data["results"] == [
        {
            "focus": str(CLAIM),
            "path": str(NKG.content),
            "message": report.results[0].message,
            "severity": "Violation",
            "value": None,
        }
    ]


def test_the_class_tree_comes_from_the_ontology_given() -> None:
    """Without rdfs:subClassOf triples an nkg:Organization is no nkg:Agent."""
    assert validate(graph_with(), ontology=Graph()).conforms is False
    tree_only = Graph()
    tree_only += default_ontology().triples((None, RDFS.subClassOf, None))
    assert validate(graph_with(), ontology=tree_only).conforms


def test_broken_shapes_give_a_report_not_an_exception() -> None:
    broken = Graph().parse(
        data=PREFIXES
        + """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        ex:Broken a sh:NodeShape ; sh:targetClass nkg:Article ;
            sh:property [ sh:path nkg:textLength ; sh:minCount "many" ] .
        """,
        format="turtle",
    )
    report = validate(graph_with(), shapes=broken)
    assert not report.conforms
    (violation,) = report.results
    assert isinstance(violation, Violation)
    assert "pySHACL could not validate" in violation.message
