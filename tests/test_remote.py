"""Remote stores: VALUES binding, error classes, and writing to a real ``oxigraph serve``."""

from __future__ import annotations

import datetime as dt
import urllib.error
from collections.abc import Iterator
from email.utils import format_datetime
from pathlib import Path

import pyoxigraph as ox
import pytest
from canonical_graph import build_store
from click.testing import CliRunner
from rdflib import Literal
from sparql_servers import kg_server, oxigraph_server

from kg.cli import main
from kg.endpoint.remote import RemoteStore, endpoint_error, push, retry_after
from kg.endpoint.server import ServeConfig
from kg.errors import EndpointError, QueryError
from kg.query import inline_bindings, inline_values, run_query, strip_comments
from kg.store import GraphStore

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


# --- binding parameters into the text


def test_values_go_into_every_where_block_that_uses_the_variable() -> None:
    text = ('SELECT ?x $p WHERE { ?x <urn:p> "{ WHERE }" # } where\n'
            "{ SELECT ?y $p WHERE { ?y <urn:q> $p } } { SELECT ?z WHERE { ?z ?a ?b } } }")
    out = inline_bindings(text, {"p": Literal('a "b" } #')})
    assert out.count('VALUES ?p { "a \\"b\\" } #" }') == 2
    assert "SELECT ?z WHERE { ?z" in out  # a block without ?p is left alone


def test_several_values_of_one_variable_go_into_one_values_clause() -> None:
    text = "SELECT ?x WHERE { ?x <urn:p> ?name { SELECT ?y WHERE { ?y <urn:q> ?z } } }"
    out = inline_values(text, {"name": [Literal("a", lang="en"), Literal('b "} ')]})
    assert out.count('VALUES ?name { "a"@en "b \\"} " }') == 1
    assert "SELECT ?y WHERE { ?y" in out  # the subquery does not mention ?name


def test_a_parameter_no_block_uses_is_an_error() -> None:
    with pytest.raises(QueryError, match="no WHERE block of the query uses \\?q"):
        inline_bindings("SELECT ?x WHERE { ?x ?p ?o }", {"q": Literal("v")})


def test_comments_go_but_hashes_in_iris_and_strings_stay() -> None:
    text = '# adds nothing\nPREFIX a: <http://x.org/#>\n# drop\nSELECT ?s WHERE { ?s a:p "#1" }'
    assert strip_comments(text) == 'PREFIX a: <http://x.org/#>\n\nSELECT ?s WHERE { ?s a:p "#1" }'


# --- errors


def test_errors_say_whether_a_retry_may_help() -> None:
    refused = endpoint_error(urllib.error.URLError(ConnectionRefusedError()), "http://h/q")
    assert refused.transient and "is the server running" in str(refused)
    busy = urllib.error.HTTPError("http://h/q", 503, "busy", {}, None)  # type: ignore[arg-type]
    assert endpoint_error(busy, "http://h/q").transient
    bad = urllib.error.HTTPError("http://h/q", 400, "bad", {}, None)  # type: ignore[arg-type]
    assert not endpoint_error(bad, "http://h/q").transient


def test_retry_after_reads_seconds_and_http_dates() -> None:
    def error(value: str | None) -> urllib.error.HTTPError:
        headers = {} if value is None else {"Retry-After": value}
        return urllib.error.HTTPError("http://h/q", 429, "slow", headers, None)  # type: ignore[arg-type]

    assert retry_after(error("3")) == 3.0
    assert retry_after(error(None)) is None and retry_after(error("soon")) is None
    later = format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30), usegmt=True)
    assert 25 <= (retry_after(error(later)) or 0) <= 30
    assert retry_after(ValueError("no HTTP")) is None


def test_an_endpoint_that_is_not_a_url_is_refused() -> None:
    with pytest.raises(EndpointError, match="not an endpoint URL"):
        RemoteStore("localhost:7878")


def test_nobody_listening_is_a_transient_error_after_retries() -> None:
    remote = RemoteStore("http://127.0.0.1:9/query", retries=1, timeout=2)
    with pytest.raises(EndpointError, match="cannot reach") as caught:
        remote.select(COUNT)
    assert caught.value.transient and remote.requests == 2


# --- a real oxigraph server


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    root = build_store(tmp_path_factory.mktemp("local") / "data")
    with GraphStore.open(root, read_only=True) as store:
        yield store


@pytest.fixture()
def oxigraph(tmp_path: Path) -> Iterator[str]:
    with oxigraph_server(tmp_path / "oxigraph", union_default_graph=True) as base:
        yield f"{base}/query"


def named_quads(store: GraphStore) -> int:
    """Quads in the store's named graphs (its default graph is their merge, not pushed)."""
    return sum(1 for q in store.store.quads_for_pattern(None, None, None, None)
               if not isinstance(q.graph_name, ox.DefaultGraph))


def quads(remote: RemoteStore) -> int:
    return int(remote.select(COUNT).rows[0][0].toPython())


def test_push_copies_every_graph_in_batches_and_twice_changes_nothing(
    local: GraphStore, oxigraph: str
) -> None:
    remote = RemoteStore(oxigraph, batch_size=2)
    assert push(local, remote) == 6  # five articles and the ontology
    assert remote.requests == 3
    assert quads(remote) == named_quads(local)
    push(local, remote)
    assert quads(remote) == named_quads(local)
    names = remote.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert sorted(str(r[0]) for r in names.rows) == sorted(
        [*local.graphs(), "https://w3id.org/newskg/ontology"])


def test_replacing_an_article_graph_replaces_it_whole(local: GraphStore, oxigraph: str) -> None:
    remote = RemoteStore(oxigraph)
    push(local, remote)
    first = local.graphs()[0]
    remote.replace_graph(first, local.graph(first).__class__())  # empty: the graph goes
    remote.flush()
    assert quads(remote) == named_quads(local) - len(local.graph(first))


def test_cli_push_query_and_sparql_against_the_remote(local: GraphStore, oxigraph: str) -> None:
    runner = CliRunner()
    pushed = runner.invoke(main, ["push", "--store", str(local.root), "--endpoint", oxigraph])
    assert pushed.exit_code == 0, pushed.output
    asked = runner.invoke(main, ["query", "members", "--param", "organization=Farmers Union",
                                 "--endpoint", oxigraph, "--format", "csv"])
    assert asked.exit_code == 0, asked.output
    assert asked.output.splitlines() == ["member,articles,statements", "Dana Holm,1,1"]
    counted = runner.invoke(main, ["sparql", COUNT, "--endpoint", oxigraph, "--format", "csv"])
    assert counted.output.splitlines()[1] == str(named_quads(local))


@pytest.mark.slow
def test_build_writes_each_article_to_the_remote_store_idempotently(
    tmp_path: Path, oxigraph: str
) -> None:
    runner = CliRunner()
    args = ["build", str(EXAMPLES), "--store", str(tmp_path / "data"), "--endpoint", oxigraph,
            "--quiet"]
    built = runner.invoke(main, args)
    assert built.exit_code == 0, built.output
    remote = RemoteStore(oxigraph)
    with GraphStore.open(tmp_path / "data", read_only=True) as store:
        total = named_quads(store)
        want = run_query(store, "denials", {})
    assert quads(remote) == total
    assert run_query(remote, "denials", {}) == want and want.rows
    rebuilt = runner.invoke(main, [*args, "--force"])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert quads(remote) == total


def test_writes_to_kg_serve_need_its_token(local: GraphStore, tmp_path: Path) -> None:
    import shutil

    shutil.copytree(local.root, tmp_path / "copy")
    config = ServeConfig(store=tmp_path / "copy", port=0, workers=1, allow_update=True,
                         token="t0ken")
    with kg_server(config) as base:
        with pytest.raises(EndpointError, match="HTTP 401 \\(no or wrong token"):
            RemoteStore(f"{base}/query").update("CLEAR ALL")
        remote = RemoteStore(f"{base}/query", token="t0ken")
        remote.update("DROP GRAPH <https://w3id.org/newskg/ontology>")
        assert quads(remote) < named_quads(local)
