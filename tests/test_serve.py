"""``kg serve``: the SPARQL 1.1 Protocol over HTTP, spoken to with SPARQLWrapper.

Every server here listens on a free 127.0.0.1 port and stops when its test module ends.
"""

from __future__ import annotations

import json
import shutil
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from email.message import Message
from pathlib import Path

import pyoxigraph as ox
import pytest
from canonical_graph import build_store
from rdflib import Graph
from sparql_servers import kg_server
from SPARQLWrapper import (
    CSV,
    GET,
    JSON,
    JSONLD,
    POST,
    POSTDIRECTLY,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, QueryBadFormed

from kg.endpoint.app import Limits
from kg.endpoint.protocol import GRAPH_TYPES, RESULT_TYPES, negotiate
from kg.endpoint.remote import RemoteStore
from kg.endpoint.server import ServeConfig
from kg.endpoint.workers import Job, WorkerPool
from kg.query import run_query
from kg.store import GraphStore

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
LABELS = (
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "SELECT DISTINCT ?label WHERE { ?x rdfs:label ?label } ORDER BY ?label LIMIT 3"
)
CONSTRUCT = (
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "CONSTRUCT { ?x rdfs:label ?l } WHERE { GRAPH ?g { ?x rdfs:label ?l } }"
)
TOKEN = "s3cret-token-for-tests"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve") / "data")


@pytest.fixture(scope="module")
def base(data_dir: Path) -> Iterator[str]:
    with kg_server(ServeConfig(store=data_dir, port=0, workers=2)) as url:
        yield url


@pytest.fixture(scope="module")
def triples(data_dir: Path) -> int:
    """Quads in the named graphs (the default graph is their merge, counted apart)."""
    with GraphStore.open(data_dir, read_only=True) as store:
        return sum(1 for q in store.store.quads_for_pattern(None, None, None, None)
                   if not isinstance(q.graph_name, ox.DefaultGraph))


def test_the_default_graph_counts_each_triple_once(base: str, data_dir: Path) -> None:
    """COUNT over the default graph is over the set of triples of all articles, not the
    multiset pyoxigraph's union would give (an entity named in n articles n times)."""
    with GraphStore.open(data_dir, read_only=True) as store:
        distinct = {q.triple for q in store.store.quads_for_pattern(None, None, None, None)
                    if not isinstance(q.graph_name, ox.DefaultGraph)}
    counted = count(client(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").queryAndConvert())
    assert counted == len(distinct)


def client(base: str, query: str, fmt: str = JSON) -> SPARQLWrapper:
    w = SPARQLWrapper(f"{base}/query")
    w.setQuery(query)
    w.setReturnFormat(fmt)
    return w


def http(url: str, *, data: bytes | None = None, method: str | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, Message, bytes]:
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def count(answer: dict) -> int:
    return int(answer["results"]["bindings"][0]["n"]["value"])


# --- the query operation, in its three encodings


@pytest.mark.parametrize(
    ("method", "encoding"), [(GET, URLENCODED), (POST, URLENCODED), (POST, POSTDIRECTLY)]
)
def test_query_by_get_and_both_post_encodings(
    base: str, triples: int, method: str, encoding: str
) -> None:
    w = client(base, COUNT)
    w.setMethod(method)
    w.setRequestMethod(encoding)
    assert count(w.queryAndConvert()) == triples


def test_default_graph_is_the_union_and_dataset_parameters_narrow_it(base: str) -> None:
    union = client(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").queryAndConvert()
    assert count(union) > 0
    w = client(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    w.addDefaultGraph("https://example.org/no-such-graph")
    assert count(w.queryAndConvert()) == 0


# --- content negotiation


def test_select_results_in_json_xml_csv_and_tsv(base: str) -> None:
    want = ["Dana Holm", "Farmers Union", "Ferry"]
    as_json = client(base, LABELS, JSON).queryAndConvert()
    assert [b["label"]["value"][:len(w)] for b, w in
            zip(as_json["results"]["bindings"], want, strict=True)] == want
    xml = client(base, LABELS, XML).queryAndConvert()
    assert [n.firstChild.data for n in xml.getElementsByTagName("literal")][:2] == want[:2]
    csv_lines = client(base, LABELS, CSV).queryAndConvert().decode().splitlines()
    assert csv_lines[:3] == ["label", "Dana Holm", "Farmers Union"]
    tsv_lines = client(base, LABELS, TSV).queryAndConvert().decode().splitlines()
    assert tsv_lines[:3] == ["?label", '"Dana Holm"', '"Farmers Union"']


@pytest.mark.parametrize(("fmt", "rdf_format"), [(TURTLE, "turtle"), (JSONLD, "json-ld")])
def test_construct_answers_in_rdf_formats(base: str, fmt: str, rdf_format: str) -> None:
    w = client(base, CONSTRUCT, fmt)
    raw = w.query().response.read()
    g = Graph().parse(data=raw, format=rdf_format)
    assert len(g) >= 7  # a label for each entity and each publisher


def test_construct_as_ntriples_and_ask_as_json(base: str) -> None:
    status, headers, body = http(f"{base}/query?query={_q(CONSTRUCT)}",
                                 headers={"Accept": "application/n-triples"})
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert len(Graph().parse(data=body, format="nt")) >= 7
    ask = client(base, "ASK { GRAPH ?g { ?s ?p ?o } }").queryAndConvert()
    assert ask == {"head": {}, "boolean": True}


def test_negotiation_honours_q_values_wildcards_and_the_format_parameter() -> None:
    assert negotiate("", RESULT_TYPES) == "application/sparql-results+json"
    assert negotiate("text/*;q=0.5, application/sparql-results+xml;q=0.9", RESULT_TYPES) == (
        "application/sparql-results+xml")
    assert negotiate("*/*;q=0.1, text/tab-separated-values", RESULT_TYPES) == (
        "text/tab-separated-values")
    assert negotiate("text/html", RESULT_TYPES) is None
    assert negotiate("text/html", GRAPH_TYPES, "jsonld") == "application/ld+json"


# --- the protocol's errors


def test_malformed_query_is_400(base: str) -> None:
    with pytest.raises(QueryBadFormed, match="SPARQL syntax error"):
        client(base, "SELECT ?x WHERE { ?x ").queryAndConvert()


def test_unacceptable_format_is_406_and_unsupported_body_415(base: str) -> None:
    status, _, body = http(f"{base}/query?query={_q(COUNT)}", headers={"Accept": "text/html"})
    assert status == 406 and b"acceptable: application/sparql-results+json" in body
    status, _, body = http(f"{base}/query", data=COUNT.encode(),
                           headers={"Content-Type": "text/plain"})
    assert status == 415 and b"application/sparql-query" in body


def test_missing_query_and_update_by_get_are_refused(base: str) -> None:
    assert http(f"{base}/query")[0] == 400
    assert http(f"{base}/update?update=CLEAR%20ALL")[0] == 405


def test_read_only_server_refuses_updates_with_403(base: str, triples: int) -> None:
    status, _, body = http(f"{base}/update", data=b"CLEAR ALL",
                           headers={"Content-Type": "application/sparql-update",
                                    "Authorization": f"Bearer {TOKEN}"})
    assert status == 403 and b"read-only" in body
    assert count(client(base, COUNT).queryAndConvert()) == triples


# --- limits


@pytest.fixture(scope="module")
def tight(data_dir: Path) -> Iterator[str]:
    limits = Limits(timeout=1.0, max_rows=5, max_request_bytes=2000)
    with kg_server(ServeConfig(store=data_dir, port=0, workers=1, limits=limits)) as url:
        yield url


def test_row_cap_is_reported(tight: str) -> None:
    with pytest.raises(EndPointInternalError, match="more than 5 rows"):
        client(tight, "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }").queryAndConvert()
    assert len(client(tight, LABELS).queryAndConvert()["results"]["bindings"]) == 3


def test_request_size_cap_is_413(tight: str) -> None:
    padding = "#" + "x" * 3000 + "\n"
    status, _, body = http(f"{tight}/query", data=(padding + COUNT).encode(),
                           headers={"Content-Type": "application/sparql-query"})
    assert status == 413 and b"at most 2000" in body


def test_query_over_the_time_limit_is_stopped_and_the_server_goes_on(tight: str) -> None:
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } "
            "GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }")
    status, _, body = http(f"{tight}/query", data=slow.encode(),
                           headers={"Content-Type": "application/sparql-query"})
    assert status == 503 and b"timed out after 1 s" in body
    assert len(client(tight, LABELS).queryAndConvert()["results"]["bindings"]) == 3


# --- concurrency


def test_parallel_clients_all_get_the_right_answers(base: str, data_dir: Path) -> None:
    questions = [("claims-about", {"entity": "Osterby"}), ("timeline", {"entity": "Osterby"}),
                 ("members", {"organization": "Farmers Union"}),
                 ("corroboration", {"about": "Osterby"}), ("who-said-what", {"about": "Osterby"})]
    with GraphStore.open(data_dir, read_only=True) as store:
        want = {name: run_query(store, name, p) for name, p in questions}

    def ask(i: int) -> bool:
        name, params = questions[i % len(questions)]
        return run_query(RemoteStore(f"{base}/query"), name, params) == want[name]

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(ask, range(40)))
    assert answers == [True] * 40


# --- updates, with the token


@pytest.fixture(scope="module")
def writable(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    copy = tmp_path_factory.mktemp("writable") / "data"
    shutil.copytree(data_dir, copy)
    config = ServeConfig(store=copy, port=0, workers=1, allow_update=True, token=TOKEN)
    with kg_server(config) as url:
        yield url


INSERT = b'INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> ' \
         b'<http://www.w3.org/2000/01/rdf-schema#label> "Added" } }'


def test_update_needs_the_bearer_token(writable: str) -> None:
    headers = {"Content-Type": "application/sparql-update"}
    status, got, _ = http(f"{writable}/update", data=INSERT, headers=headers)
    assert status == 401 and got["WWW-Authenticate"].startswith("Bearer")
    status, got, _ = http(f"{writable}/update", data=INSERT,
                          headers={**headers, "Authorization": "Bearer wrong"})
    assert status == 401 and "invalid_token" in got["WWW-Authenticate"]
    status, _, _ = http(f"{writable}/update", data=INSERT,
                        headers={**headers, "Authorization": f"Bearer {TOKEN}"})
    assert status == 204
    seen = client(writable, 'ASK { ?a <http://www.w3.org/2000/01/rdf-schema#label> "Added" }')
    assert seen.queryAndConvert()["boolean"] is True


def test_graph_store_protocol_put_get_delete(writable: str) -> None:
    url = f"{writable}/store?graph=https://example.org/put"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    turtle = b'<https://example.org/b> <http://www.w3.org/2000/01/rdf-schema#label> "Put" .'
    assert http(url, data=turtle, method="PUT",
                headers={**auth, "Content-Type": "text/turtle"})[0] == 201
    assert http(url, data=turtle, method="PUT",
                headers={**auth, "Content-Type": "text/turtle"})[0] == 204
    status, _, body = http(url, headers={"Accept": "application/n-triples"})
    assert status == 200 and len(Graph().parse(data=body, format="nt")) == 1
    assert http(url, method="DELETE")[0] == 401
    assert http(url, method="DELETE", headers=auth)[0] == 204
    got = http(url)
    assert got[0] == 404, got


def test_writable_server_without_a_token_does_not_start(data_dir: Path) -> None:
    from kg.endpoint.server import make_server
    from kg.errors import ConfigError

    with pytest.raises(ConfigError, match="needs a bearer token"):
        make_server(ServeConfig(store=data_dir, port=0, allow_update=True))


def test_defaults_bind_loopback_with_a_ten_second_timeout(tmp_path: Path) -> None:
    config = ServeConfig(store=tmp_path)
    assert (config.host, config.limits.timeout, config.allow_update) == ("127.0.0.1", 10.0, False)


def test_about_page_lists_the_endpoints(base: str) -> None:
    status, _, body = http(f"{base}/")
    assert status == 200 and b"/query" in body and b"read-only" in body
    status, _, body = http(f"{base}/nowhere")
    assert status == 404


def _q(text: str) -> str:
    from urllib.parse import quote

    return quote(text)


def test_service_answers_json_that_any_client_reads(base: str) -> None:
    status, headers, body = http(f"{base}/query?query={_q(COUNT)}")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(body)["head"]["vars"] == ["n"]


def test_time_limit_counts_the_query_not_the_start_of_its_worker(data_dir: Path) -> None:
    # A new worker process takes longer to start (import, open the store) than this
    # limit; it counts as free only once started, so the first query is answered.
    pool = WorkerPool(data_dir / "oxigraph", size=1, timeout=0.2)
    try:
        reply = pool.run(Job(text="ASK { ?s ?p ?o }", accept="application/sparql-results+json"))
    finally:
        pool.close()
    assert reply.status == 200, reply.body


def test_a_query_after_a_killed_one_waits_for_the_replacement_worker(data_dir: Path) -> None:
    # The one worker is killed over the limit; the replacement takes longer to start than
    # the limit, and the next query waits for it instead of hearing "all workers busy".
    pool = WorkerPool(data_dir / "oxigraph", size=1, timeout=0.2)
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } "
            "GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }")
    ask = Job(text="ASK { ?s ?p ?o }", accept="application/sparql-results+json")
    try:
        stopped = pool.run(Job(text=slow, accept="application/sparql-results+json"))
        after = pool.run(ask)
    finally:
        pool.close()
    assert stopped.status == 503 and b"timed out after 0.2 s" in stopped.body
    assert after.status == 200, after.body
