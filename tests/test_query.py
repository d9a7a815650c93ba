"""Named queries: header parsing, typed parameters, and the exact rows of every queries/*.rq.

The fixture is two invented articles about a fictional port town: a ministry claims
its forces seized it, a militia denies it, and a militia spokesman later claims the
militia took it back (an event of a refined class, to exercise rdfs:subClassOf*).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from canonical_graph import sentence
from canonical_graph import words as span_of
from rdflib import RDF, RDFS, XSD, Literal, URIRef

from kg import iri
from kg.errors import QueryError
from kg.query import Param, bind_params, convert, get_query, list_queries, run_query
from kg.rdf import extraction_graph
from kg.records import Article, DateValue, Entity, Event, Extraction, Membership, Span, Statement
from kg.resources import ontology_file
from kg.store import GraphStore
from kg.vocab import NKG

REFINED = URIRef("https://example.org/onto#HarbourRecapture")
ONTOLOGY = f"""
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
nkg:Person rdfs:subClassOf nkg:Agent .
nkg:Organization rdfs:subClassOf nkg:Agent .
nkg:Statement rdfs:subClassOf nkg:Event .
nkg:ControlEvent rdfs:subClassOf nkg:Event .
nkg:ConflictEvent rdfs:subClassOf nkg:Event .
<{REFINED}> rdfs:subClassOf nkg:ControlEvent .
"""

TEXT_1 = (
    "The Interior Ministry said on Monday that its forces had seized the port town of Velmora. "
    "The Coastal Militia denied that Velmora had fallen. "
    "Fighting continued near Velmora harbour."
)
TEXT_2 = (
    "Militia spokesman Tamsin Korrin told Harbour Radio on Wednesday "
    "that the militia had taken back Velmora."
)




def first_article() -> Extraction:
    t = TEXT_1
    monday = DateValue("2024-03-04", "date", "on Monday")
    return Extraction(
        article=Article(id="port-1", text=t, published="2024-03-05", publisher="Bay Courier"),
        entities=(
            Entity("min", "Organization", "Interior Ministry"),
            Entity("vel", "Place", "Velmora", aliases=("Velmora Port",)),
            Entity("mil", "Organization", "Coastal Militia"),
        ),
        events=(
            Event(
                "seize",
                "ControlEvent",
                "seized",
                span_of(t, "seized"),
                sentence(t, 0),
                agents=("min",),
                places=("vel",),
                date=monday,
                factuality="Claimed",
            ),
            Event(
                "fight",
                "ConflictEvent",
                "Fighting",
                span_of(t, "Fighting"),
                sentence(t, 2),
                places=("vel",),
            ),
        ),
        statements=(
            Statement(
                "claim",
                "min",
                "Assert",
                "say",
                "its forces had seized the port town of Velmora",
                span_of(t, "its forces had seized the port town of Velmora"),
                sentence(t, 0),
                date=monday,
                proposition="seize",
            ),
            Statement(
                "denial",
                "mil",
                "Deny",
                "deny",
                "Velmora had fallen",
                span_of(t, "Velmora had fallen"),
                sentence(t, 1),
                proposition="seize",
                responds_to="claim",
            ),
        ),
    )


def second_article() -> Extraction:
    t = TEXT_2
    wednesday = DateValue("2024-03-06", "date", "on Wednesday")
    whole = Span(0, len(t))
    return Extraction(
        article=Article(id="port-2", text=t, published="2024-03-07", publisher="Bay Courier"),
        entities=(
            Entity("kor", "Person", "Tamsin Korrin", aliases=("Korrin",)),
            Entity("mil", "Organization", "Coastal Militia", aliases=("the militia",)),
            Entity("radio", "Organization", "Harbour Radio"),
            Entity("vel", "Place", "Velmora"),
        ),
        events=(
            Event(
                "retake",
                "ControlEvent",
                "taken back",
                span_of(t, "taken back"),
                whole,
                agents=("mil",),
                places=("vel",),
                date=wednesday,
                factuality="Claimed",
            ),
        ),
        statements=(
            Statement(
                "claim",
                "kor",
                "Assert",
                "tell",
                "the militia had taken back Velmora",
                span_of(t, "the militia had taken back Velmora"),
                whole,
                on_behalf_of="mil",
                via="radio",
                date=wednesday,
                proposition="retake",
            ),
        ),
        memberships=(Membership("kor", "mil", whole, role="spokesman"),),
    )


@pytest.fixture(scope="module", params=["minimal-ontology", "packaged-ontology"])
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[GraphStore]:
    """The two articles in a store, with the minimal hierarchy above or the real ontology."""
    root = tmp_path_factory.mktemp("query")
    onto = root / "onto.ttl"
    if request.param == "packaged-ontology":
        if not ontology_file().is_file():
            pytest.skip("ontology/newskg.ttl is not there yet")
        refinement = f"\n<{REFINED}> <{RDFS.subClassOf}> <{NKG.ControlEvent}> .\n"
        onto.write_text(ontology_file().read_text(encoding="utf-8") + refinement, encoding="utf-8")
    else:
        onto.write_text(ONTOLOGY, encoding="utf-8")
    with GraphStore.open(root / "data", ontology=onto) as s:
        s.replace_graph(iri.article_graph("port-1"), extraction_graph(first_article()))
        g = extraction_graph(second_article())
        for event in list(g.subjects(RDF.type, NKG.ControlEvent)):  # refine the class
            g.remove((event, RDF.type, NKG.ControlEvent))
            g.add((event, RDF.type, REFINED))
        s.replace_graph(iri.article_graph("port-2"), g)
        yield s


def day(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


def rows(store: GraphStore, name: str, **params: str) -> list[tuple]:
    return run_query(store, name, params).rows


S = Literal  # plain string values, for short tables
SENT_1, SENT_2, SENT_3 = (
    S(TEXT_1[sp.begin : sp.end]) for sp in (sentence(TEXT_1, i) for i in range(3))
)
WHOLE_2 = S(TEXT_2)

# --- the exact rows of every named query

def ENT(path: str) -> URIRef:  # noqa: N802 - reads like S() in the tables above
    return URIRef(f"https://w3id.org/newskg/id/{path}")


T, F = Literal(True), Literal(False)


EXPECTED: dict[str, list[tuple[dict[str, str], tuple[str, ...], list[tuple]]]] = {
    "claimed-control": [
        (
            {"place": "velmora port"},
            ("speaker", "onBehalfOf", "date", "stance", "content", "evidence", "article",
             "reported", "outlet"),
            [
                (
                    S("Interior Ministry"),
                    None,
                    day("2024-03-04"),
                    S("Assert"),
                    S("its forces had seized the port town of Velmora"),
                    SENT_1,
                    S("port-1"),
                    day("2024-03-05"),
                    S("Bay Courier"),
                ),
                (
                    S("Tamsin Korrin"),
                    S("Coastal Militia"),
                    day("2024-03-06"),
                    S("Assert"),
                    S("the militia had taken back Velmora"),
                    WHOLE_2,
                    S("port-2"),
                    day("2024-03-07"),
                    S("Bay Courier"),
                ),
                (
                    S("Coastal Militia"),
                    None,
                    None,
                    S("Deny"),
                    S("Velmora had fallen"),
                    SENT_2,
                    S("port-1"),
                    day("2024-03-05"),
                    S("Bay Courier"),
                ),
            ],
        ),
        ({"place": "Bay Courier"}, (), []),
    ],
    "statements-by": [
        (
            {"actor": "COASTAL militia"},
            (
                "speaker",
                "stance",
                "cue",
                "content",
                "date",
                "onBehalfOf",
                "via",
                "evidence",
                "article",
                "reported",
                "outlet",
            ),
            [
                (
                    S("Tamsin Korrin"),
                    S("Assert"),
                    S("tell"),
                    S("the militia had taken back Velmora"),
                    day("2024-03-06"),
                    S("Coastal Militia"),
                    S("Harbour Radio"),
                    WHOLE_2,
                    S("port-2"),
                    day("2024-03-07"),
                    S("Bay Courier"),
                ),
                (
                    S("Coastal Militia"),
                    S("Deny"),
                    S("deny"),
                    S("Velmora had fallen"),
                    None,
                    None,
                    None,
                    SENT_2,
                    S("port-1"),
                    day("2024-03-05"),
                    S("Bay Courier"),
                ),
            ],
        ),
        (
            {"actor": "korrin"},
            (),
            [
                (
                    S("Tamsin Korrin"),
                    S("Assert"),
                    S("tell"),
                    S("the militia had taken back Velmora"),
                    day("2024-03-06"),
                    S("Coastal Militia"),
                    S("Harbour Radio"),
                    WHOLE_2,
                    S("port-2"),
                    day("2024-03-07"),
                    S("Bay Courier"),
                )
            ],
        ),
    ],
    "events-at": [
        (
            {"place": "VELMORA"},
            ("type", "trigger", "agents", "date", "factuality", "evidence", "article"),
            [
                (
                    S("ControlEvent"),
                    S("seized"),
                    S("Interior Ministry"),
                    day("2024-03-04"),
                    S("Claimed"),
                    SENT_1,
                    S("port-1"),
                ),
                (
                    S("HarbourRecapture"),
                    S("taken back"),
                    S("Coastal Militia"),
                    day("2024-03-06"),
                    S("Claimed"),
                    WHOLE_2,
                    S("port-2"),
                ),
                (S("ConflictEvent"), S("Fighting"), None, None, S("Asserted"), SENT_3, S("port-1")),
            ],
        ),
    ],
    "denials": [
        (
            {},
            (
                "deniedBy",
                "date",
                "content",
                "respondsToSpeaker",
                "respondsToContent",
                "evidence",
                "article",
                "reported",
                "outlet",
            ),
            [
                (
                    S("Coastal Militia"),
                    None,
                    S("Velmora had fallen"),
                    S("Interior Ministry"),
                    S("its forces had seized the port town of Velmora"),
                    SENT_2,
                    S("port-1"),
                    day("2024-03-05"),
                    S("Bay Courier"),
                )
            ],
        ),
        ({"about": "velmora port"}, (), "same as above"),  # a name of the denied event's place
        ({"about": "FALLEN"}, (), "same as above"),  # words of the content
        ({"speaker": "coastal militia", "about": "Interior Ministry"}, (), "same as above"),
        ({"speaker": "Interior Ministry"}, (), []),
        ({"about": "harbour radio"}, (), []),
    ],
    "entities": [
        (
            {},
            ("entityType", "label", "aliases", "articles"),
            [
                (S("Organization"), S("Coastal Militia"), S("the militia"), Literal(2)),
                (S("Place"), S("Velmora"), S("Velmora Port"), Literal(2)),
                (S("Organization"), S("Harbour Radio"), None, Literal(1)),
                (S("Organization"), S("Interior Ministry"), None, Literal(1)),
                (S("Person"), S("Tamsin Korrin"), S("Korrin"), Literal(1)),
                (
                    S("Organization"),
                    S("Bay Courier"),
                    None,
                    Literal(0),
                ),  # a publisher, never mentioned
            ],
        ),
        ({"type": "person"}, (), [(S("Person"), S("Tamsin Korrin"), S("Korrin"), Literal(1))]),
    ],
    "entity-names": [
        (
            {},
            ("entity", "entityType", "name", "isLabel"),
            [
                (ENT("organization/coastal-militia"), S("Organization"), S("Coastal Militia"), T),
                (ENT("organization/harbour-radio"), S("Organization"), S("Harbour Radio"), T),
                (ENT("organization/interior-ministry"), S("Organization"),
                 S("Interior Ministry"), T),
                (ENT("organization/coastal-militia"), S("Organization"), S("the militia"), F),
                (ENT("person/tamsin-korrin"), S("Person"), S("Korrin"), F),
                (ENT("person/tamsin-korrin"), S("Person"), S("Tamsin Korrin"), T),
                (ENT("place/velmora"), S("Place"), S("Velmora"), T),
                (ENT("place/velmora"), S("Place"), S("Velmora Port"), F),
            ],
        ),
    ],
    "counts": [
        (
            {},
            ("articles", "persons", "organizations", "places", "statements", "events"),
            [(Literal(2), Literal(1), Literal(4), Literal(1), Literal(3), Literal(3))],
        ),
    ],
}


def expected_cases() -> Iterator[tuple[str, dict[str, str], tuple[str, ...], list[tuple]]]:
    for name, cases in EXPECTED.items():
        previous: list[tuple] = []
        for params, columns, want in cases:
            want = previous if want == "same as above" else want
            previous = want
            yield name, params, columns, want


@pytest.mark.parametrize(("name", "params", "columns", "want"), list(expected_cases()))
def test_named_query_rows(
    store: GraphStore, name: str, params: dict, columns: tuple, want: list
) -> None:
    result = run_query(store, name, params)
    if columns:
        assert result.columns == columns
    assert result.rows == want


def test_every_named_query_has_expected_rows() -> None:
    from test_queries_canonical import EXPECTED as CANONICAL  # the newer questions' rows

    names = [q.name for q in list_queries()]
    views = {n for n in names if n.startswith("view-")}  # the graph views' own, tested there
    linked = {"links"}  # needs a linked store: tests/test_link.py
    derived = {"disputes", "said-on"}  # the derived graphs, the history: tests/test_claims.py
    assert sorted(set(EXPECTED) | set(CANONICAL) | views | linked | derived) == names


def test_every_named_query_runs_on_an_empty_store(tmp_path: Path) -> None:
    with GraphStore.open(tmp_path / "empty", ontology=tmp_path / "none.ttl") as empty:
        for q in list_queries():
            values = {p.name: "x" for p in q.params if p.required}
            result = run_query(empty, q.name, values)
            assert q.name == "counts" or result.rows == []
            assert not {p.name for p in q.params} & set(result.columns)  # parameter echoes dropped


def test_every_named_query_documents_itself() -> None:
    for q in list_queries():
        assert q.title and q.description, q.name
        assert all(p.description for p in q.params), q.name
        assert "PREFIX nkg: <https://w3id.org/newskg/ontology#>" in q.text


# --- safety of parameter binding


@pytest.mark.parametrize("evil", ['x" } ; DROP ALL ; #', "Velmora' } UNION { ?s ?p ?o", '\\"\n}}}'])
def test_parameter_values_are_bound_not_pasted(store: GraphStore, evil: str) -> None:
    assert rows(store, "claimed-control", place=evil) == []
    assert rows(store, "statements-by", actor=evil) == []
    assert rows(store, "denials", about=evil, speaker=evil) == []
    assert len(store.graphs()) == 2


# --- errors


def test_unknown_query_lists_the_known_ones(store: GraphStore) -> None:
    with pytest.raises(
        QueryError, match="unknown query 'who-won'; known queries: claimed-control, claims-about"
    ):
        run_query(store, "who-won", {})
    with pytest.raises(QueryError, match="unknown query"):
        get_query("../queries/counts")


def test_missing_required_parameter_is_named(store: GraphStore) -> None:
    with pytest.raises(QueryError, match="needs parameter 'place' \\(string\\): label or alias"):
        run_query(store, "claimed-control", {})
    with pytest.raises(QueryError, match="parameter 'place' of query 'claimed-control' is empty"):
        run_query(store, "claimed-control", {"place": "  "})


def test_unknown_parameter_is_named_with_the_valid_ones(store: GraphStore) -> None:
    with pytest.raises(
        QueryError, match="has no parameter 'town'; its parameters: place \\(string, required\\)"
    ):
        run_query(store, "claimed-control", {"town": "Velmora"})


def test_bad_choice_lists_the_valid_values(store: GraphStore) -> None:
    with pytest.raises(QueryError, match="got 'Planet'; valid values: Person, Organization, Place"):
        run_query(store, "entities", {"type": "Planet"})


@pytest.mark.parametrize(
    ("kind", "raw", "term"),
    [
        ("string", 'a "quoted" value', Literal('a "quoted" value')),
        ("int", " 12 ", Literal(12)),
        ("date", "2024-03-04", Literal("2024-03-04", datatype=XSD.date)),
        (
            "iri",
            "https://w3id.org/newskg/id/place/velmora",
            URIRef("https://w3id.org/newskg/id/place/velmora"),
        ),
    ],
)
def test_typed_parameters_become_rdf_terms(kind: str, raw: str, term: object) -> None:
    assert convert(Param("p", kind, True), raw) == term  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "raw", "message"),
    [
        ("int", "twelve", "expected a whole number"),
        ("date", "2024-02-30", "expected a date as YYYY-MM-DD"),
        ("date", "04/03/2024", "expected a date as YYYY-MM-DD"),
        ("iri", "velmora", "expected an absolute IRI"),
        ("iri", "https://example.org/a b", "expected an absolute IRI"),
        ("iri", "https://example.org/>", "expected an absolute IRI"),
    ],
)
def test_badly_typed_values_are_query_errors(kind: str, raw: str, message: str) -> None:
    with pytest.raises(QueryError, match=f"parameter 'p' got {raw!r}; {message}"):
        convert(Param("p", kind, True), raw)  # type: ignore[arg-type]


# --- header parsing, on query files written here


def write_query(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.rq"
    path.write_text(text, encoding="utf-8")
    return path


def test_header_fields_params_and_defaults_are_read(tmp_path: Path) -> None:
    write_query(
        tmp_path,
        "since",
        "# title: Things since a day\n"
        "# description: First line,\n"
        "#   second line.\n"
        "# param: since (date, optional, default=2000-01-01) — earliest date\n"
        "# param: node (iri, required) - the subject\n"
        "# param: limit (int, optional, default=5): how many\n"
        "SELECT ?x $since $node $limit WHERE { $node ?p ?x }\n",
    )
    q = get_query("since", tmp_path)
    assert (q.title, q.description) == ("Things since a day", "First line, second line.")
    assert [(p.name, p.type, p.required, p.default, p.description) for p in q.params] == [
        ("since", "date", False, "2000-01-01", "earliest date"),
        ("node", "iri", True, None, "the subject"),
        ("limit", "int", False, "5", "how many"),
    ]
    assert bind_params(q, {"node": "https://x.example/n"}) == {
        "since": Literal("2000-01-01", datatype=XSD.date),
        "node": URIRef("https://x.example/n"),
        "limit": Literal(5),
    }


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("# param: p (string, required) — p\nSELECT $p WHERE {}\n", "no '# title:' line"),
        (
            "# title: t\n# param: p (colour, required) — p\nSELECT $p WHERE {}\n",
            "unknown type 'colour'",
        ),
        ("# title: t\n# param: p (int, optional) — p\nSELECT $p WHERE {}\n", "needs a default="),
        (
            "# title: t\n# param: p (string, required) — p\nSELECT ?q WHERE {}\n",
            "$p is not in the query",
        ),
        ("# title: t\n# param: p string\nSELECT $p WHERE {}\n", "cannot read '# param: p string'"),
    ],
)
def test_malformed_headers_are_query_errors(tmp_path: Path, header: str, message: str) -> None:
    write_query(tmp_path, "bad", header)
    with pytest.raises(QueryError, match=message.replace("$", "\\$").replace("(", "\\(")):
        get_query("bad", tmp_path)
