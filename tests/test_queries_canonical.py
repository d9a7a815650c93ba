"""The canonical question library: exact rows of every question, on three backends.

Each question runs unchanged, its parameters bound as VALUES clauses, on the
embedded store, through ``kg serve`` and on a real ``oxigraph serve`` (over HTTP
with SPARQLWrapper). The graph is
``canonical_graph``: invented articles about a fictional river town.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from canonical_graph import NASTY, TEXT_A, TEXT_B, TEXT_C, TEXT_D, TEXT_E, build_store, evidence
from rdflib import XSD, Literal
from sparql_servers import store_backends

from kg.query import Selectable, list_queries, run_query
from kg.store import GraphStore

data_dir, embedded, served, oxigraph, in_rdflib, backend = store_backends(
    build_store, "canonical")


S = Literal


def day(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


def n(value: int) -> Literal:
    return Literal(value)


CLAIM = (S("Northern Guard"), None, S("Assert"), S("it had captured the river town of Osterby"),
         S("ControlEvent"), day("2023-06-11"), S(evidence(TEXT_A, 0)), S("reed-1"))
HOLM = (S("Dana Holm"), S("Farmers Union"), S("Deny"), S("the Guard never entered Osterby"),
        S("MovementEvent"), day("2023-06-13"), S(TEXT_C), S("reed-3"))
UNION_DENIAL = (S("Farmers Union"), None, S("Deny"), S("Osterby had fallen"), S("ControlEvent"),
                None, S(evidence(TEXT_A, 2)), S("reed-1"))
FIRST_ANY = (day("2023-06-10"), S("Harbor Wire"), S("reed-4"), S("ConflictEvent"), S("Clashes"),
             day("2023-06-09"), S("Asserted"), S(TEXT_D), n(4))

#: name -> [(parameters, columns (checked when given), exact rows)]
EXPECTED: dict[str, list[tuple[dict[str, str], tuple[str, ...], list[tuple]]]] = {
    "claims-about": [
        ({"entity": "osterby"},
         ("speaker", "onBehalfOf", "stance", "content", "event", "date", "evidence", "article"),
         [CLAIM, HOLM, UNION_DENIAL]),
        ({"entity": "THE GUARD"}, (), [CLAIM, HOLM, UNION_DENIAL]),  # an alias; content names it
        ({"entity": "Ilse Varga"}, (), []),  # she promised; nobody claimed anything about her
    ],
    "first-report": [
        ({"about": "Osterby"},
         ("published", "outlet", "article", "eventType", "trigger", "date", "factuality",
          "evidence", "reports"),
         [FIRST_ANY]),
        ({"about": "Osterby", "type": "ControlEvent"}, (),
         [(day("2023-06-12"), S("Lakeside Tribune"), S("reed-1"), S("ControlEvent"), S("captured"),
           day("2023-06-11"), S("Claimed"), S(evidence(TEXT_A, 0)), n(2))]),
        ({"about": "osterby", "type": "Event"}, (), [FIRST_ANY]),  # a superclass
        ({"about": "Dana Holm"}, (), []),
    ],
    "corroboration": [
        ({"about": "Osterby", "type": "ControlEvent"},
         ("outlet", "articles", "firstPublished", "asserted", "claimed", "denied", "deniedBy"),
         [(S("Lakeside Tribune"), n(1), S("2023-06-12"), n(0), n(1), n(0), S("Farmers Union")),
          (S("Valley Post"), n(1), S("2023-06-13"), n(1), n(0), n(0), None)]),
        ({"about": "Osterby"}, (),
         [(S("Lakeside Tribune"), n(2), S("2023-06-12"), n(0), n(1), n(1),
           S("Dana Holm; Farmers Union")),
          (S("Harbor Wire"), n(1), S("2023-06-10"), n(1), n(0), n(0), None),
          (S("Valley Post"), n(1), S("2023-06-13"), n(2), n(0), n(0), None)]),
    ],
    "timeline": [
        ({"entity": "Northern Guard"}, ("date", "kind", "what", "role", "evidence", "article"),
         [(day("2023-06-11"), S("ControlEvent"), S("captured"), S("agent"),
           S(evidence(TEXT_A, 0)), S("reed-1")),
          (day("2023-06-11"), S("ControlEvent"), S("taken"), S("agent"),
           S(evidence(TEXT_B, 0)), S("reed-2")),
          (day("2023-06-11"), S("Statement"), S("it had captured the river town of Osterby"),
           S("speaker"), S(evidence(TEXT_A, 0)), S("reed-1")),
          (day("2023-06-12"), S("Statement"), S("to rebuild the bridge"), S("on behalf of"),
           S(evidence(TEXT_A, 1)), S("reed-1"))]),
        ({"entity": "Osterby"}, (),
         [(day("2023-06-09"), S("ConflictEvent"), S("Clashes"), S("place"), S(TEXT_D),
           S("reed-4")),
          (day("2023-06-11"), S("ControlEvent"), S("captured"), S("place"),
           S(evidence(TEXT_A, 0)), S("reed-1")),
          (day("2023-06-11"), S("ControlEvent"), S("taken"), S("place"),
           S(evidence(TEXT_B, 0)), S("reed-2")),
          (day("2023-06-12"), S("ConflictEvent"), S("Shelling"), S("place"),
           S(evidence(TEXT_B, 1)), S("reed-2"))]),
    ],
    "who-said-what": [
        ({"about": "Osterby"},
         ("speaker", "stance", "statements", "articles", "firstDate", "lastDate", "example"),
         [(S("Dana Holm"), S("Deny"), n(1), n(1), S("2023-06-13"), S("2023-06-13"),
           S("the Guard never entered Osterby")),
          (S("Farmers Union"), S("Deny"), n(1), n(1), None, None, S("Osterby had fallen")),
          (S("Northern Guard"), S("Assert"), n(1), n(1), S("2023-06-11"), S("2023-06-11"),
           S("it had captured the river town of Osterby"))]),
        ({"about": "BRIDGE"}, (),  # words of the content
         [(S("Ilse Varga"), S("Promise"), n(1), n(1), S("2023-06-12"), S("2023-06-12"),
           S("to rebuild the bridge"))]),
    ],
    "members": [
        ({"organization": "farmers union"}, ("member", "articles", "statements"),
         [(S("Dana Holm"), n(1), n(1))]),
        ({"organization": "the guard"}, (), [(S("Ilse Varga"), n(1), n(1))]),
        ({"organization": "Osterby"}, (), []),
    ],
    "statements-by": [  # an older question, here for the name full of SPARQL syntax
        ({"actor": NASTY}, ("speaker", "stance", "cue", "content", "date", "onBehalfOf", "via",
                            "evidence", "article", "reported", "outlet"),
         [(S(NASTY), S("Assert"), S("say"), S("the ferry will run"), None, None, None,
           S(TEXT_E), S("reed-5"), day("2023-06-15"), None)]),  # no publisher known
    ],
    # The stated date when the text gives one, never a guess; beside it, when and by whom
    # the claim was reported, so an undated denial still says "reported 2023-06-12 by …".
    "claimed-control": [
        ({"place": "osterby"},
         ("speaker", "onBehalfOf", "date", "stance", "content", "evidence", "article",
          "reported", "outlet"),
         [(S("Northern Guard"), None, day("2023-06-11"), S("Assert"),
           S("it had captured the river town of Osterby"), S(evidence(TEXT_A, 0)), S("reed-1"),
           day("2023-06-12"), S("Lakeside Tribune")),
          (S("Farmers Union"), None, None, S("Deny"), S("Osterby had fallen"),
           S(evidence(TEXT_A, 2)), S("reed-1"), day("2023-06-12"), S("Lakeside Tribune"))]),
    ],
    "denials": [
        ({"about": "Osterby"},
         ("deniedBy", "date", "content", "respondsToSpeaker", "respondsToContent", "evidence",
          "article", "reported", "outlet"),
         [(S("Dana Holm"), day("2023-06-13"), S("the Guard never entered Osterby"), None, None,
           S(TEXT_C), S("reed-3"), day("2023-06-14"), S("Lakeside Tribune")),
          (S("Farmers Union"), None, S("Osterby had fallen"), S("Northern Guard"),
           S("it had captured the river town of Osterby"), S(evidence(TEXT_A, 2)), S("reed-1"),
           day("2023-06-12"), S("Lakeside Tribune"))]),
    ],
}


def cases() -> Iterator[tuple[str, dict[str, str], tuple[str, ...], list[tuple]]]:
    for name, items in EXPECTED.items():
        for params, columns, rows in items:
            yield name, params, columns, rows


@pytest.mark.parametrize(("name", "params", "columns", "want"), list(cases()))
def test_canonical_question_rows(
    backend: Selectable, name: str, params: dict, columns: tuple, want: list
) -> None:
    result = run_query(backend, name, params)
    if columns:
        assert result.columns == columns
    assert result.rows == want


def test_every_canonical_question_is_in_the_library() -> None:
    names = {q.name for q in list_queries()}
    assert {"claimed-control", "claims-about", "statements-by", "denials", "first-report",
            "corroboration", "timeline", "who-said-what", "members"} <= names


@pytest.mark.parametrize("remote", ["served", "oxigraph"])
def test_every_named_query_gives_the_embedded_rows_remotely(
    request: pytest.FixtureRequest, embedded: GraphStore, remote: str
) -> None:
    store = request.getfixturevalue(remote)
    for q in list_queries():
        for value in ("Osterby", "Northern Guard", "Farmers Union"):
            params = {p.name: value for p in q.params if p.required}
            assert run_query(store, q.name, params) == run_query(embedded, q.name, params), q.name


EVIL = [
    NASTY + "x",
    'x" } ; DROP ALL ; #',
    "Osterby' } UNION { ?s ?p ?o }",
    '\\"\n}}} """ \'\'\' \\u0022',
    NASTY.replace('"', "'"),
]


@pytest.mark.parametrize("evil", EVIL)
def test_values_full_of_sparql_syntax_match_nothing_and_change_nothing(
    backend: Selectable, evil: str
) -> None:
    for q in list_queries():
        params = {p.name: evil for p in q.params if p.type == "string"}
        if params:
            assert run_query(backend, q.name, params).rows == [], q.name
    graphs = backend.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert graphs.rows == [(n(6),)]  # five articles and the ontology
