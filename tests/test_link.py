"""``kg link`` against a real ``oxigraph serve`` holding a small Wikidata in Wikibase RDF.

The fixture (``tests/data/wikidata-fixture.ttl``) and the store's five articles are
invented. The store is built from extraction records through the real mapping
(``kg.rdf.extraction_graph``), as ``tests/canonical_graph.py`` does, so linking sees
what a build would store. Requests go through a recording proxy on loopback, which
counts them, keeps their User-Agent and time, and can answer 429 first. Nothing
leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import OWL, Dataset, Literal, URIRef
from sparql_servers import free_port, oxigraph_server

from kg import iri
from kg.cli import main
from kg.endpoint.remote import RemoteStore, push
from kg.errors import ConfigError, EndpointError
from kg.link import ClientSettings, LinkSummary, link
from kg.link.client import DEFAULT_BATCH_SIZE, DEFAULT_PAUSE, user_agent
from kg.link.rank import DEFAULT_MARGIN, DEFAULT_THRESHOLD
from kg.query import run_query
from kg.rdf import extraction_graph
from kg.records import Article, Entity, Extraction
from kg.store import LINK_CACHE_GRAPH, LINKS_GRAPH, GraphStore
from kg.vocab import WD

FIXTURE = Path(__file__).resolve().parent / "data" / "wikidata-fixture.ttl"
SAME_AS = "PREFIX owl: <http://www.w3.org/2002/07/owl#> SELECT ?e ?q WHERE { ?e owl:sameAs ?q }"
LOOKUPS = ("PREFIX nkg: <https://w3id.org/newskg/ontology#> "
           "SELECT (COUNT(*) AS ?n) WHERE { ?l a nkg:WikidataLookup }")

# --- the store: five invented articles


def _article(article_id: str, text: str, *entities: Entity) -> Extraction:
    return Extraction(article=Article(id=article_id, text=text, published="2024-05-06"),
                      entities=entities)


TOMAS = Entity("tomas", "Person", "Tomas Brandt", aliases=("Brandt",))
GREEN = Entity("green", "Organization", "Green Accord")
ARTICLES = (
    _article("vel-1", "Tomas Brandt of the Green Accord spoke in Linden, Veldonia, on Monday.",
             TOMAS, GREEN, Entity("linden", "Place", "Linden"),
             Entity("veldonia", "Place", "Veldonia")),
    _article("ost-2", "Lena Brandt scored twice for Port Avenel FC in Port Avenel.",
             Entity("lena", "Person", "Lena Brandt", aliases=("Brandt",)),
             Entity("fc", "Organization", "Port Avenel FC"),
             Entity("avenel", "Place", "Port Avenel")),
    _article("cal-3", "The Calder brewery raised its prices in Calder.",
             Entity("brewery", "Organization", "Calder", aliases=("the brewery",)),
             Entity("town", "Place", "Calder")),
    _article("rail-4", "Brandt said Veldonian Rail and the Quillon Harbour Authority would "
             "talk to Sorell.",
             Entity("brandt", "Person", "Brandt"),
             Entity("rail", "Organization", "Veldonian Rail"),
             Entity("harbour", "Organization", "Quillon Harbour Authority"),
             Entity("sorell", "Person", "Sorell")),
    _article("voss-5", "Mara Voss of the Green Accord voted in Brask.",
             Entity("voss", "Person", "Mara Voss"), GREEN, Entity("brask", "Place", "Brask")),
)

#: What linking the five articles must decide: (type, label) -> (outcome, item).
EXPECTED = {
    ("Organization", "Calder"): ("Linked", "Q9100023"),  # the brewery, not the town
    ("Organization", "Green Accord"): ("Linked", "Q9100020"),  # the party, not the album
    ("Organization", "Port Avenel FC"): ("Linked", "Q9100024"),
    ("Organization", "Quillon Harbour Authority"): ("NoCandidate", None),
    ("Organization", "Veldonian Rail"): ("Linked", "Q9100022"),  # an alias of its item
    ("Person", "Brandt"): ("Ambiguous", None),  # the surname of two people
    ("Person", "Lena Brandt"): ("Linked", "Q9100031"),
    ("Person", "Mara Voss"): ("Linked", "Q9100033"),  # the politician of the Green Accord
    ("Person", "Sorell"): ("BelowThreshold", None),  # one person's alias, but one word
    ("Person", "Tomas Brandt"): ("Linked", "Q9100030"),
    ("Place", "Brask"): ("NoCandidate", None),  # only the German label says Brask
    ("Place", "Calder"): ("Linked", "Q9100012"),  # the town, not the brewery
    ("Place", "Linden"): ("Linked", "Q9100010"),  # the Linden in Veldonia
    ("Place", "Port Avenel"): ("Linked", "Q9100013"),
    ("Place", "Veldonia"): ("Linked", "Q9100001"),
}


def build_store(root: Path) -> Path:
    with GraphStore.open(root) as store:
        for ex in ARTICLES:
            store.replace_graph(iri.article_graph(ex.article.id), extraction_graph(ex))
    return root


# --- the endpoint: oxigraph serve with the fixture, behind a recording proxy


@pytest.fixture(scope="module")
def wikidata(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The query URL of an ``oxigraph serve`` holding the fixture in its default graph."""
    with oxigraph_server(tmp_path_factory.mktemp("wikidata")) as base:
        request = urllib.request.Request(f"{base}/store?default", data=FIXTURE.read_bytes(),
                                         headers={"Content-Type": "text/turtle"}, method="POST")
        with urllib.request.urlopen(request, timeout=10):
            pass
        yield f"{base}/query"


@dataclass
class Seen:
    at: float
    user_agent: str
    status: int


@dataclass
class Recorder:
    """A proxy in front of ``upstream``: what it saw, and the refusals it answers first."""

    upstream: str
    url: str = ""
    seen: list[Seen] = field(default_factory=list)
    refusals: list[tuple[int, str]] = field(default_factory=list)  # (status, Retry-After)

    def forward(self, handler: BaseHTTPRequestHandler) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        agent = handler.headers.get("User-Agent", "")
        if self.refusals:
            status, retry = self.refusals.pop(0)
            self.seen.append(Seen(time.monotonic(), agent, status))
            handler.send_response(status)
            handler.send_header("Retry-After", retry)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        request = urllib.request.Request(self.upstream, data=body, method="POST", headers={
            "Content-Type": handler.headers.get("Content-Type", ""),
            "Accept": handler.headers.get("Accept", "")})
        with urllib.request.urlopen(request, timeout=30) as answer:
            payload, kind = answer.read(), answer.headers.get("Content-Type", "")
        self.seen.append(Seen(time.monotonic(), agent, 200))
        handler.send_response(200)
        handler.send_header("Content-Type", kind)
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)


@contextmanager
def recording_proxy(upstream: str) -> Iterator[Recorder]:
    recorder = Recorder(upstream)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            recorder.forward(self)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    recorder.url = f"http://127.0.0.1:{server.server_address[1]}/query"
    try:
        yield recorder
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture()
def proxy(wikidata: str) -> Iterator[Recorder]:
    with recording_proxy(wikidata) as recorder:
        yield recorder


@pytest.fixture()
def store_root(tmp_path: Path) -> Path:
    return build_store(tmp_path / "data")


def run_link(root: Path, endpoint: str, **options) -> LinkSummary:
    settings = ClientSettings(endpoint=endpoint, pause=options.pop("pause", 0.0),
                              batch_size=options.pop("batch_size", DEFAULT_BATCH_SIZE),
                              retries=options.pop("retries", 3),
                              contact=options.pop("contact", None))
    with GraphStore.open(root) as store:
        return link(store, settings=settings, **options)


def outcomes(summary: LinkSummary) -> dict[tuple[str, str], tuple[str, str | None]]:
    return {(d.type, d.label): (d.outcome, d.item and d.item.rsplit("/", 1)[-1])
            for d in summary.decisions}


def decision(summary: LinkSummary, etype: str, label: str):
    return next(d for d in summary.decisions if (d.type, d.label) == (etype, label))


def same_as(root: Path) -> dict[str, str]:
    with GraphStore.open(root, read_only=True) as store:
        return {str(e): str(q) for e, q in store.select(SAME_AS).rows}


# --- which links, which refusals


def test_links_and_refusals_are_exactly_the_expected_ones(store_root: Path, proxy) -> None:
    summary = run_link(store_root, proxy.url)
    assert outcomes(summary) == EXPECTED
    assert (summary.linked, summary.count("Ambiguous"), summary.count("BelowThreshold"),
            summary.count("NoCandidate")) == (11, 1, 1, 2)
    assert summary.names == summary.fetched == 15 and summary.from_cache == 0
    assert summary.requests == len(proxy.seen) == 3  # one request per entity type


def test_two_people_sharing_a_surname_full_names_link_the_surname_is_ambiguous(
    store_root: Path, proxy
) -> None:
    summary = run_link(store_root, proxy.url)
    assert decision(summary, "Person", "Tomas Brandt").item == str(WD.Q9100030)
    assert decision(summary, "Person", "Lena Brandt").item == str(WD.Q9100031)
    bare = decision(summary, "Person", "Brandt")
    assert bare.outcome == "Ambiguous" and bare.item is None
    assert "2 candidates too close" in bare.reason
    assert "Q9100030" in bare.reason and "Q9100031" in bare.reason
    assert "Q9100032" not in bare.reason  # the family-name item is no human
    assert bare.confidence == pytest.approx(0.315, abs=0.001)


def test_a_place_and_an_organisation_sharing_a_name_link_to_their_own_kind(
    store_root: Path, proxy
) -> None:
    summary = run_link(store_root, proxy.url)
    assert decision(summary, "Place", "Calder").item == str(WD.Q9100012)
    brewery = decision(summary, "Organization", "Calder")
    assert brewery.item == str(WD.Q9100023)
    assert "fact calder" in brewery.reason  # its headquarters is the town the article names


def test_the_country_named_beside_it_decides_between_two_places_of_one_name(
    store_root: Path, proxy
) -> None:
    linden = decision(run_link(store_root, proxy.url), "Place", "Linden")
    assert (linden.outcome, linden.item, linden.confidence) == ("Linked", str(WD.Q9100010), 0.667)
    assert "fact veldonia" in linden.reason and "runner-up Q9100011" in linden.reason


def test_the_party_named_beside_her_decides_between_two_people_of_one_name(
    store_root: Path, proxy
) -> None:
    voss = decision(run_link(store_root, proxy.url), "Person", "Mara Voss")
    assert voss.item == str(WD.Q9100033) and "fact green accord" in voss.reason


def test_an_alias_of_the_item_is_a_match(store_root: Path, proxy) -> None:
    rail = decision(run_link(store_root, proxy.url), "Organization", "Veldonian Rail")
    assert (rail.outcome, rail.item, rail.confidence) == ("Linked", str(WD.Q9100022), 0.63)
    assert "[alias]" in rail.reason


def test_names_without_candidates_and_a_lone_surname_are_refused_with_reasons(
    store_root: Path, proxy
) -> None:
    summary = run_link(store_root, proxy.url)
    harbour = decision(summary, "Organization", "Quillon Harbour Authority")
    assert harbour.reason == ("no organization in Wikidata has 'Quillon Harbour Authority' as "
                              "English label or alias")
    assert decision(summary, "Place", "Brask").outcome == "NoCandidate"  # German label only
    sorell = decision(summary, "Person", "Sorell")
    assert sorell.confidence == pytest.approx(0.459, abs=0.001)
    assert "Q9100035" in sorell.reason and "one-word name" in sorell.reason
    assert "under the threshold 0.60" in sorell.reason


def test_a_higher_threshold_and_margin_refuse_more(store_root: Path, proxy) -> None:
    summary = run_link(store_root, proxy.url, threshold=0.8, margin=0.5)
    got = outcomes(summary)
    assert got[("Place", "Veldonia")] == ("BelowThreshold", None)  # 0.667 alone
    assert got[("Place", "Linden")] == ("Ambiguous", None)  # leads by 0.44 only
    assert got[("Person", "Tomas Brandt")] == ("Linked", "Q9100030")  # 0.857


def test_only_the_types_asked_for_and_the_first_n_entities(store_root: Path, proxy) -> None:
    places = run_link(store_root, proxy.url, types=["Place"])
    assert {t for t, _ in outcomes(places)} == {"Place"} and len(proxy.seen) == 1
    first = run_link(store_root, proxy.url, limit=2, offline=True)
    assert [d.label for d in first.decisions] == ["Brandt", "Brask"]


# --- where the links live


def test_links_are_same_as_triples_in_their_own_graph_seen_on_the_union(
    store_root: Path, proxy
) -> None:
    run_link(store_root, proxy.url)
    links = same_as(store_root)
    assert len(links) == 11
    assert links[str(iri.entity_iri("Place", "Linden"))] == str(WD.Q9100010)
    with GraphStore.open(store_root, read_only=True) as store:
        in_links = {(str(s), str(o)) for s, _, o in store.graph(LINKS_GRAPH).triples(
            (None, OWL.sameAs, None))}
        assert in_links == set(links.items())
        assert all((None, OWL.sameAs, None) not in store.graph(g) for g in store.graphs())


def test_links_and_cache_are_not_articles_for_graphs_stats_and_validate(
    store_root: Path, proxy
) -> None:
    with GraphStore.open(store_root, read_only=True) as store:
        before = store.stats()
    run_link(store_root, proxy.url)
    with GraphStore.open(store_root, read_only=True) as store:
        assert store.has_graph(LINKS_GRAPH) and store.has_graph(LINK_CACHE_GRAPH)
        assert len(store.graphs()) == 5
        assert store.stats() == before
        assert len(list(store.dataset().graphs())) <= 6  # five articles, rdflib's default
    checked = CliRunner().invoke(main, ["validate", "--store", str(store_root)])
    assert checked.exit_code == 0, checked.output
    assert "5 graphs checked, 5 conform, 0 do not" in checked.output


def test_export_carries_the_links_but_not_the_cache(
    store_root: Path, proxy, tmp_path: Path
) -> None:
    run_link(store_root, proxy.url)
    out = tmp_path / "all.nq"
    with GraphStore.open(store_root, read_only=True) as store:
        store.export(out, "nquads")
    ds = Dataset()
    ds.parse(out, format="nquads")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert str(LINKS_GRAPH) in names and str(LINK_CACHE_GRAPH) not in names
    assert len(list(ds.graph(LINKS_GRAPH).triples((None, OWL.sameAs, None)))) == 11


def test_the_wikidata_export_gives_each_linked_entity_its_qid(
    store_root: Path, proxy, tmp_path: Path
) -> None:
    from kg.wikidata import wikibase_entities
    from kg.wikidata.schema import PROPERTY_IDS

    run_link(store_root, proxy.url)
    with GraphStore.open(store_root, read_only=True) as store:
        entities = wikibase_entities(store)
    matches = {(e.label, c.mainsnak.value.text) for e in entities for c in e.claims
               if c.mainsnak.property == PROPERTY_IDS["match"] and e.source
               and "/id/" in e.source}
    expected = {(label, f"http://www.wikidata.org/entity/{qid}")
                for (_, label), (outcome, qid) in EXPECTED.items() if outcome == "Linked"}
    assert matches == expected


def test_push_copies_the_links_graph_and_the_links_query_works_remotely(
    store_root: Path, proxy, tmp_path: Path
) -> None:
    run_link(store_root, proxy.url)
    with oxigraph_server(tmp_path / "remote", union_default_graph=True) as base:
        remote = RemoteStore(f"{base}/query")
        with GraphStore.open(store_root, read_only=True) as local:
            assert push(local, remote) == 7  # five articles, the links, the ontology
            embedded = run_query(local, "links", {"outcome": "Linked"})
        assert remote.select(SAME_AS).rows and len(remote.select(SAME_AS).rows) == 11
        assert run_query(remote, "links", {"outcome": "Linked"}) == embedded


def test_the_links_query_gives_one_row_per_decision(store_root: Path, proxy) -> None:
    summary = run_link(store_root, proxy.url)
    with GraphStore.open(store_root, read_only=True) as store:
        result = run_query(store, "links")
        refused = run_query(store, "links", {"outcome": "NoCandidate"})
    assert result.columns == ("entityType", "label", "result", "item", "confidence", "reason",
                              "entity")
    want = sorted(summary.decisions, key=lambda d: (d.outcome != "Linked", d.outcome, d.type,
                                                    d.label))
    assert [tuple(v.toPython() if isinstance(v, Literal) else v for v in row)
            for row in result.rows] == [
        (d.type, d.label, d.outcome, URIRef(d.item) if d.item else None,
         None if d.confidence is None else Decimal(str(d.confidence)), d.reason,
         URIRef(d.entity))
        for d in want
    ]
    assert [str(r[1]) for r in refused.rows] == ["Quillon Harbour Authority", "Brask"]


# --- the cache


def test_a_second_run_uses_the_cache_and_makes_no_request(store_root: Path, proxy) -> None:
    first = run_link(store_root, proxy.url)
    proxy.seen.clear()
    second = run_link(store_root, proxy.url)
    assert proxy.seen == [] and second.requests == 0
    assert (second.from_cache, second.fetched) == (15, 0)
    assert second.decisions == first.decisions
    with GraphStore.open(store_root, read_only=True) as store:
        assert int(store.select(LOOKUPS).rows[0][0]) == 15


def test_refresh_looks_every_name_up_again_and_replaces_the_cached_lookups(
    store_root: Path, proxy
) -> None:
    first = run_link(store_root, proxy.url)
    with GraphStore.open(store_root, read_only=True) as store:
        cached = len(store.graph(LINK_CACHE_GRAPH))
    again = run_link(store_root, proxy.url, refresh=True)
    assert (again.fetched, again.from_cache, len(proxy.seen)) == (15, 0, 6)
    assert outcomes(again) == outcomes(first)
    with GraphStore.open(store_root, read_only=True) as store:
        assert len(store.graph(LINK_CACHE_GRAPH)) == cached  # replaced, not added


def test_offline_after_a_run_links_the_same_without_the_network(store_root: Path, proxy) -> None:
    first = run_link(store_root, proxy.url)
    proxy.seen.clear()
    offline = run_link(store_root, proxy.url, offline=True)
    assert proxy.seen == [] and outcomes(offline) == outcomes(first)


def test_the_cache_belongs_to_its_endpoint(store_root: Path, proxy) -> None:
    """Item ids are an endpoint's own: another endpoint's lookups are not reused, and an
    entity that could not be looked up keeps its earlier decision."""
    run_link(store_root, proxy.url)
    elsewhere = run_link(store_root, "http://127.0.0.1:9/sparql", offline=True)
    assert {d.outcome for d in elsewhere.decisions} == {"NotLookedUp"}
    assert len(same_as(store_root)) == 11


def test_offline_with_an_empty_cache_links_nothing_and_says_so(store_root: Path) -> None:
    result = CliRunner().invoke(main, ["link", "--store", str(store_root), "--offline",
                                       "--endpoint", "http://127.0.0.1:9/query"])
    assert result.exit_code == 1, result.output
    assert "15 considered: 0 linked" in result.stdout
    assert "0 names: 0 from the cache" not in result.stdout
    assert ("kg: nothing linked: 15 entities have no cached lookup; run kg link without "
            "--offline to look them up") in result.stderr
    with GraphStore.open(store_root, read_only=True) as store:
        rows = run_query(store, "links", {"outcome": "NotLookedUp"}).rows
    assert len(rows) == 15 and "none of its names" in str(rows[0][5])


def test_an_entity_no_article_names_any_more_loses_its_link(store_root: Path, proxy) -> None:
    run_link(store_root, proxy.url)
    with GraphStore.open(store_root) as store:
        store.remove_graph(iri.article_graph("rail-4"))
    again = run_link(store_root, proxy.url, offline=True)
    assert ("Organization", "Veldonian Rail") not in outcomes(again)
    assert str(iri.entity_iri("Organization", "Veldonian Rail")) not in same_as(store_root)
    with GraphStore.open(store_root, read_only=True) as store:
        labels = [str(r[1]) for r in run_query(store, "links").rows]
    assert "Veldonian Rail" not in labels and "Sorell" not in labels and len(labels) == 11


def test_a_dry_run_writes_nothing(store_root: Path, proxy) -> None:
    summary = run_link(store_root, proxy.url, dry_run=True)
    assert summary.linked == 11 and summary.dry_run
    with GraphStore.open(store_root, read_only=True) as store:
        assert not store.has_graph(LINKS_GRAPH) and not store.has_graph(LINK_CACHE_GRAPH)


# --- politeness


def test_requests_carry_a_user_agent_that_says_who_is_asking(store_root: Path, proxy) -> None:
    run_link(store_root, proxy.url, contact="desk@news.example")
    agents = {s.user_agent for s in proxy.seen}
    assert agents == {user_agent("desk@news.example")}
    (agent,) = agents
    assert agent.startswith("newskg/") and "(desk@news.example; kg link)" in agent
    assert "SPARQLWrapper/" in agent
    assert "(https://w3id.org/newskg; kg link)" in user_agent()


def test_names_go_in_batches_with_a_pause_between_requests(store_root: Path, proxy) -> None:
    progress: list[tuple[int, int]] = []
    summary = run_link(store_root, proxy.url, batch_size=2, pause=0.2,
                       progress=lambda done, total: progress.append((done, total)))
    assert summary.requests == len(proxy.seen) == 9  # 5 names of each type, 2 a request
    assert progress == [(n, 15) for n in (2, 4, 5, 7, 9, 10, 12, 14, 15)]
    gaps = [b.at - a.at for a, b in zip(proxy.seen, proxy.seen[1:], strict=False)]
    assert min(gaps) >= 0.19
    assert outcomes(summary) == EXPECTED


def test_a_429_is_retried_after_the_time_retry_after_asks(store_root: Path, proxy) -> None:
    proxy.refusals.append((429, "1"))
    summary = run_link(store_root, proxy.url)
    assert [s.status for s in proxy.seen] == [429, 200, 200, 200]
    assert proxy.seen[1].at - proxy.seen[0].at >= 0.95
    assert summary.requests == 4 and outcomes(summary) == EXPECTED


def test_a_503_with_retry_after_is_retried_too(store_root: Path, proxy) -> None:
    proxy.refusals.append((503, "0"))
    summary = run_link(store_root, proxy.url)
    assert [s.status for s in proxy.seen][:2] == [503, 200] and summary.linked == 11


def test_429_to_the_last_retry_is_a_clear_error_and_keeps_what_was_fetched(
    store_root: Path, proxy
) -> None:
    proxy.refusals.extend([(429, "0")] * 2)
    with pytest.raises(EndpointError, match="HTTP 429 .too many requests") as caught:
        run_link(store_root, proxy.url, retries=1)
    assert "kg link --offline" in str(caught.value)
    with GraphStore.open(store_root, read_only=True) as store:
        assert not store.has_graph(LINKS_GRAPH)


def test_an_unreachable_endpoint_is_one_line_and_exit_2(store_root: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    result = CliRunner().invoke(main, ["link", "--store", str(store_root), "--endpoint", url,
                                       "--retries", "0", "--pause", "0"])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: cannot reach {url}")
    assert "kg link --offline links from the cache alone" in lines[0]
    assert "Traceback" not in result.output


# --- the command


def test_the_command_links_reports_and_exits_0(store_root: Path, proxy) -> None:
    result = CliRunner().invoke(main, [
        "link", "--store", str(store_root), "--endpoint", proxy.url, "--pause", "0", "--report"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert ("entities     15 considered: 11 linked, 1 ambiguous, 1 below threshold, "
            "2 no candidate, 0 not looked up") in out
    assert "lookups      15 names: 0 from the cache, 15 fetched in 3 requests" in out
    assert "Q9100010" in out and "too close to tell" in out  # the --report table
    assert "  ! Brandt (Person): ambiguous: 2 candidates too close" in result.stderr
    listed = CliRunner().invoke(main, ["query", "links", "--store", str(store_root),
                                       "--param", "outcome=Ambiguous", "--format", "json"])
    assert [r["label"] for r in json.loads(listed.stdout)] == ["Brandt"]
    table = CliRunner().invoke(main, ["query", "links", "--store", str(store_root)])
    assert "[alias" in table.stdout  # the evidence in brackets is text, not rich markup


def test_the_command_refuses_bad_options(store_root: Path) -> None:
    runner = CliRunner()
    bad_type = runner.invoke(main, ["link", "--store", str(store_root), "--types", "event"])
    assert bad_type.exit_code == 2 and "person,organization,place" in bad_type.output
    both = runner.invoke(main, ["link", "--store", str(store_root), "--offline", "--refresh"])
    assert both.exit_code == 2 and "give one of them" in both.stderr
    with pytest.raises(ConfigError):
        run_link(store_root, "http://127.0.0.1:9/query", threshold=1.5)


def test_the_command_defaults_are_the_api_defaults() -> None:
    params = {p.name: p.default for p in main.commands["link"].params}
    assert (params["threshold"], params["margin"]) == (DEFAULT_THRESHOLD, DEFAULT_MARGIN)
    assert (params["batch_size"], params["pause"]) == (DEFAULT_BATCH_SIZE, DEFAULT_PAUSE)


# --- a rebuild


@pytest.mark.slow
def test_links_survive_a_forced_rebuild_of_the_articles(tmp_path: Path, proxy) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({
        "id": "vel-9", "published": "2024-05-07",
        "text": "Tomas Brandt, a senator of the Green Accord, spoke in Linden, Veldonia, on "
                "Monday. Brandt said the Green Accord would win the vote."}) + "\n")
    root, runner = str(tmp_path / "data"), CliRunner()
    assert runner.invoke(main, ["build", str(corpus), "--store", root]).exit_code == 0
    linked = runner.invoke(main, ["link", "--store", root, "--endpoint", proxy.url,
                                  "--pause", "0"])
    assert linked.exit_code == 0, linked.output
    before, decided = same_as(Path(root)), decisions(Path(root))
    assert before[str(iri.entity_iri("Person", "Tomas Brandt"))] == str(WD.Q9100030)
    assert before[str(iri.entity_iri("Place", "Linden"))] == str(WD.Q9100010)
    rebuilt = runner.invoke(main, ["build", str(corpus), "--store", root, "--force"])
    assert rebuilt.exit_code == 0 and "1 stored" in rebuilt.stdout
    assert same_as(Path(root)) == before and decisions(Path(root)) == decided
    with GraphStore.open(root, read_only=True) as store:
        assert store.graphs() == [str(iri.article_graph("vel-9"))]


def decisions(root: Path) -> list[tuple]:
    with GraphStore.open(root, read_only=True) as store:
        return run_query(store, "links").rows
