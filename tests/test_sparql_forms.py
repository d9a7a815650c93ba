"""``kg sparql`` answers every query form, and ``kg query`` pages, on three backends.

SELECT prints rows (table, csv, json, tsv), ASK prints true or false (exit 0 or 1),
CONSTRUCT and DESCRIBE print a graph (Turtle, N-Triples, JSON-LD); the same on the
embedded store, through ``kg serve`` and on a real ``oxigraph serve``. The pages of a
named query, put together, are its rows as ``run_query`` gives them. The graph is
``canonical_graph``: invented articles about a fictional river town.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from canonical_graph import build_store
from click.testing import CliRunner, Result
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from sparql_servers import store_backends

from kg import iri
from kg.cli import main
from kg.errors import QueryError
from kg.query import list_queries, run_page, run_query
from kg.sparql import query_form, split_prologue

data_dir, embedded, served, oxigraph, in_rdflib, backend = store_backends(
    build_store, "forms", kinds=("embedded", "kg-serve", "oxigraph"))

PREFIXES = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
ASK_YES = PREFIXES + 'ASK { ?place a nkg:Place ; rdfs:label "Osterby" }'
ASK_NO = PREFIXES + 'ASK { ?place a nkg:Place ; rdfs:label "Atlantis" }'
CONSTRUCT = PREFIXES + ("CONSTRUCT { ?e rdfs:label ?name } WHERE { GRAPH ?g { "
                        "{ ?e a nkg:Place } UNION { ?e a nkg:Organization } "
                        "?e rdfs:label ?name } }")
SELECT = PREFIXES + ("SELECT ?name WHERE { GRAPH ?g { ?e a nkg:Place ; rdfs:label ?name } } "
                     "ORDER BY ?name LIMIT 1")
OSTERBY = URIRef(str(iri.entity_iri("Place", "Osterby")))


def where(request: pytest.FixtureRequest, kind: str) -> list[str]:
    """The command-line options that point ``kg`` at the backend ``kind``."""
    if kind == "embedded":
        return ["--store", str(request.getfixturevalue("data_dir"))]
    return ["--endpoint", request.getfixturevalue(kind).endpoint]


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


KINDS = ("embedded", "served", "oxigraph")


@pytest.mark.parametrize("kind", KINDS)
def test_ask_prints_true_and_exits_0_or_false_and_exits_1(request, kind: str) -> None:
    yes = invoke("sparql", ASK_YES, *where(request, kind))
    no = invoke("sparql", ASK_NO, *where(request, kind))
    assert (yes.exit_code, yes.stdout) == (0, "true\n"), yes.output
    assert (no.exit_code, no.stdout) == (1, "false\n"), no.output


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("fmt", "syntax"), [("turtle", "turtle"), ("ntriples", "nt"),
                                             ("jsonld", "json-ld")])
def test_construct_prints_the_graph_in_each_syntax(request, embedded, kind: str, fmt: str,
                                                   syntax: str) -> None:
    result = invoke("sparql", CONSTRUCT, "--format", fmt, *where(request, kind))
    assert result.exit_code == 0, result.output
    printed = Graph().parse(data=result.stdout, format=syntax)
    want = embedded.construct(CONSTRUCT)
    assert len(want) >= 3 and isomorphic(printed, want)
    assert Literal("Osterby") in set(printed.objects())


@pytest.mark.parametrize("kind", KINDS)
def test_describe_prints_the_triples_about_the_resource(request, embedded, kind: str) -> None:
    describe = f"DESCRIBE <{OSTERBY}>"
    result = invoke("sparql", describe, *where(request, kind))  # Turtle by default
    assert result.exit_code == 0, result.output
    printed = Graph().parse(data=result.stdout, format="turtle")
    assert len(printed) > 0 and isomorphic(printed, embedded.construct(describe))
    assert set(printed.subjects()) == {OSTERBY}


@pytest.mark.parametrize("kind", KINDS)
def test_select_prints_rows_in_tsv_csv_and_json(request, kind: str) -> None:
    tsv = invoke("sparql", SELECT, "--format", "tsv", *where(request, kind))
    assert (tsv.exit_code, tsv.stdout) == (0, '?name\n"Osterby"\n'), tsv.output
    rows = list(csv.reader(io.StringIO(invoke("sparql", SELECT, "--format", "csv",
                                              *where(request, kind)).stdout)))
    assert rows == [["name"], ["Osterby"]]
    as_json = invoke("sparql", SELECT, "--format", "json", *where(request, kind))
    assert json.loads(as_json.stdout) == [{"name": "Osterby"}]


def test_an_empty_construct_exits_1_saying_so(data_dir) -> None:
    empty = PREFIXES + 'CONSTRUCT { ?e ?p ?o } WHERE { ?e rdfs:label "Atlantis" ; ?p ?o }'
    result = invoke("sparql", empty, "--store", str(data_dir))
    assert result.exit_code == 1 and result.stderr == "(no triples)\n"


@pytest.mark.parametrize(("query", "fmt", "message"), [
    (SELECT, "turtle", "kg: --format turtle is for CONSTRUCT and DESCRIBE; a SELECT prints "
                       "as table, csv, json, tsv\n"),
    (CONSTRUCT, "csv", "kg: --format csv is for SELECT; a CONSTRUCT prints as turtle, "
                       "ntriples, jsonld\n"),
])
def test_a_format_of_the_other_form_is_refused_in_one_line(data_dir, query, fmt,
                                                           message) -> None:
    result = invoke("sparql", query, "--format", fmt, "--store", str(data_dir))
    assert result.exit_code == 2 and result.stderr == message


def test_the_form_is_read_past_prefixes_and_comments() -> None:
    assert query_form("# ASK me\nPREFIX a: <http://a/#>\n  describe <http://a/x>") == "DESCRIBE"
    assert query_form("BASE <http://a/> CONSTRUCT WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert query_form("DROP ALL") is None
    assert split_prologue("PREFIX a: <http://a/>\nSELECT * {}") == ("PREFIX a: <http://a/>\n",
                                                                     "SELECT * {}")


# ------------------------------------------------------------------ pages


@pytest.mark.parametrize("kind", KINDS)
def test_pages_put_together_are_the_rows_of_every_named_query(request, kind: str) -> None:
    store = request.getfixturevalue(kind)
    for q in list_queries():
        for value in ("Osterby", "Northern Guard"):
            params = {p.name: value for p in q.params if p.required}
            whole = run_query(store, q.name, params)
            rows, offset = [], 0
            while True:
                page = run_page(store, q.name, params, limit=2, offset=offset,
                                count=offset == 0)
                assert page.result.columns == whole.columns, q.name
                if offset == 0:
                    assert page.total == len(whole.rows), q.name
                rows += page.result.rows
                offset += 2
                if not page.more:
                    break
            assert rows == whole.rows, q.name


def test_a_page_past_the_end_is_empty_and_a_bad_page_is_refused(embedded) -> None:
    page = run_page(embedded, "entities", {}, limit=5, offset=10_000, count=True)
    assert page.result.rows == [] and not page.more and page.total > 0
    with pytest.raises(QueryError, match="limit of 1 or more"):
        run_page(embedded, "entities", {}, limit=0)


def test_kg_query_says_how_many_more_rows_there_are(data_dir) -> None:
    store = ["--store", str(data_dir)]
    whole = invoke("query", "entities", "--format", "csv", *store)
    total = len(whole.stdout.splitlines()) - 1
    assert whole.exit_code == 0 and total > 3, whole.output
    assert whole.stderr == ""  # the whole answer: no note
    last = invoke("query", "entities", "--format", "csv", "--offset", str(total - 1), *store)
    assert last.stderr == f"rows {total}-{total}; no more\n"
    first = invoke("query", "entities", "--format", "csv", "--limit", "2", *store)
    assert first.stdout.splitlines() == whole.stdout.splitlines()[:3]
    assert first.stderr == "rows 1-2; more rows follow: --offset 2 (--count counts them)\n"
    second = invoke("query", "entities", "--format", "csv", "--limit", "2", "--offset", "2",
                    "--count", *store)
    assert second.stdout.splitlines()[1:] == whole.stdout.splitlines()[3:5]
    assert second.stderr == f"rows 3-4 of {total}; {total - 4} more: --offset 4\n"
