"""Graph views: the facts read from the store, each view's exact nodes and edges, focus,
depth, date and article filters, and the actors' statistics.

The story is invented (tests/view_corpus.py): a guard claims a port, a union denies it,
then they clash there and the union calls for talks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import networkx as nx
import pytest
from view_corpus import (
    ALDER,
    CLAIM,
    CLASH,
    DENIAL,
    GUARD,
    HOLT,
    SEIZE,
    TALKS,
    UNION,
    build_store,
    first,
    second,
)

from kg.errors import ConfigError
from kg.query import run_query
from kg.rdf import extraction_graph
from kg.store import GraphStore
from kg.validate import validate
from kg.views import VIEWS, build, view
from kg.views.facts import Facts, load_facts
from kg.views.select import narrow, period
from kg.views.stats import annotate, communities, node_stats


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> GraphStore:
    root = build_store(tmp_path_factory.mktemp("views") / "store")
    with GraphStore.open(root, read_only=True) as gs:
        yield gs


@pytest.fixture(scope="module")
def facts(store: GraphStore) -> Facts:
    return load_facts(store)


def edges(graph: nx.Graph) -> set[tuple]:
    if graph.is_multigraph():
        return {(u, v, k) for u, v, k in graph.edges(keys=True)}
    return {tuple(sorted((u, v))) for u, v in graph.edges()}


def test_the_fixture_articles_conform_to_the_shapes() -> None:
    for ex in (first(), second()):
        assert validate(extraction_graph(ex)).conforms


# ------------------------------------------------------------------ facts


def test_facts_hold_every_entity_item_role_and_membership(facts: Facts) -> None:
    assert {k: (e.type, e.label, e.aliases, e.articles) for k, e in facts.entities.items()} == {
        GUARD: ("Organization", "Coastal Guard", ("the guard",), 2),
        UNION: ("Organization", "River Union", ("the union",), 2),
        HOLT: ("Person", "Marin Holt", (), 1),
        ALDER: ("Place", "Port Alder", (), 2),
    }
    assert {k: (i.kind, i.article, i.date, i.stance, i.factuality)
            for k, i in facts.items.items()} == {
        SEIZE: ("ControlEvent", "alder-1", "2024-03-04", "", "Claimed"),
        CLAIM: ("Statement", "alder-1", "2024-03-04", "Assert", ""),
        DENIAL: ("Statement", "alder-1", "2024-03-05", "Deny", ""),
        CLASH: ("ConflictEvent", "alder-2", "2024-04", "", "Asserted"),
        TALKS: ("Statement", "alder-2", "", "Appeal", ""),
    }
    assert facts.items[DENIAL].evidence == "The River Union denied the claims."
    assert {(r.item, r.role, r.target) for r in facts.roles} == {
        (SEIZE, "agent", GUARD), (SEIZE, "place", ALDER),
        (CLAIM, "speaker", HOLT), (CLAIM, "onBehalfOf", GUARD), (CLAIM, "proposition", SEIZE),
        (DENIAL, "speaker", UNION), (DENIAL, "respondsTo", CLAIM),
        (CLASH, "agent", UNION), (CLASH, "participant", GUARD), (CLASH, "place", ALDER),
        (TALKS, "speaker", UNION),
    }
    assert [(m.person, m.organization, m.article) for m in facts.members] == [
        (HOLT, GUARD, "alder-1")]
    assert facts.articles["alder-1"].headline == "Guard takes port"
    assert facts.articles["alder-2"].published == "2024-04-10"


def test_a_denial_is_about_what_the_answered_claim_is_about(facts: Facts) -> None:
    assert facts.involved(DENIAL) == {UNION, HOLT, GUARD, ALDER}
    assert facts.involved(TALKS) == {UNION}


def test_view_queries_run_on_an_empty_store(tmp_path: Path) -> None:
    with GraphStore.open(tmp_path / "empty") as empty:
        for name in ("view-entities", "view-articles", "view-items", "view-roles",
                     "view-memberships", "view-triples"):
            assert run_query(empty, name).rows == [], name
        assert len(view(empty, "claims")) == 0


# ------------------------------------------------------------------ the five views


def test_actors_view_links_members_co_actors_and_speakers(facts: Facts) -> None:
    g = build(facts, "actors")
    assert isinstance(g, nx.Graph) and not g.is_directed()
    assert set(g) == {HOLT, GUARD, UNION}
    assert edges(g) == {tuple(sorted(p)) for p in ((HOLT, GUARD), (HOLT, UNION), (GUARD, UNION))}
    assert {k: g.edges[HOLT, GUARD][k] for k in ("relation", "weight", "items", "articles")} == {
        "relation": "member; statement", "weight": 1, "items": 2, "articles": "alder-1"}
    assert g.edges[HOLT, UNION]["relation"] == "statement"  # the union answers Holt
    assert g.edges[GUARD, UNION]["relation"] == "event"
    assert g.edges[GUARD, UNION]["evidence"].startswith("The River Union clashed")
    assert g.nodes[GUARD].items() >= {"label": "Coastal Guard", "type": "Organization",
                                      "group": "Organization", "articles": 2}.items()


def test_claims_view_points_claim_and_denial_at_one_event(facts: Facts) -> None:
    g = build(facts, "claims")
    assert isinstance(g, nx.MultiDiGraph)
    assert set(g) == {HOLT, GUARD, UNION, ALDER, SEIZE, TALKS}
    assert edges(g) == {
        (HOLT, SEIZE, CLAIM), (UNION, SEIZE, DENIAL), (UNION, TALKS, TALKS),
        (HOLT, GUARD, "onBehalfOf"), (SEIZE, GUARD, "agent"), (SEIZE, ALDER, "place"),
    }
    assert g.edges[HOLT, SEIZE, CLAIM]["stance"] == "Assert"
    denial = g.edges[UNION, SEIZE, DENIAL]
    assert (denial["stance"], denial["group"], denial["article"]) == ("Deny", "Deny", "alder-1")
    assert denial["responds_to"] == "the guard had seized Port Alder"
    assert denial["evidence"] == "The River Union denied the claims."
    assert (g.nodes[SEIZE]["label"], g.nodes[SEIZE]["type"]) == ("seized", "ControlEvent")
    assert (g.nodes[TALKS]["kind"], g.nodes[TALKS]["label"]) == ("claim",
                                                                 "talks between both sides")


def test_events_view_links_items_to_entities_and_to_each_other(facts: Facts) -> None:
    g = build(facts, "events")
    assert set(g) == {SEIZE, CLAIM, DENIAL, CLASH, TALKS, HOLT, GUARD, UNION, ALDER}
    assert edges(g) == {
        (SEIZE, GUARD, "agent"), (SEIZE, ALDER, "place"),
        (CLAIM, HOLT, "speaker"), (CLAIM, GUARD, "onBehalfOf"), (CLAIM, SEIZE, "proposition"),
        (DENIAL, UNION, "speaker"), (DENIAL, CLAIM, "respondsTo"),
        (CLASH, UNION, "agent"), (CLASH, GUARD, "participant"), (CLASH, ALDER, "place"),
        (TALKS, UNION, "speaker"),
    }
    assert g.nodes[CLASH]["date"] == "2024-04"
    assert g.nodes[CLAIM]["content"] == "the guard had seized Port Alder"


def test_timeline_orders_dated_items_and_leaves_undated_ones_out(facts: Facts) -> None:
    g = build(facts, "timeline")
    order = sorted(g, key=lambda n: g.nodes[n]["order"])
    assert order == [SEIZE, CLAIM, DENIAL, CLASH]  # same day: the event before the claim
    assert set(g.edges()) == {(SEIZE, CLAIM), (CLAIM, DENIAL), (DENIAL, CLASH)}
    assert g.graph["undated"] == 1
    assert (g.nodes[CLASH]["start"], g.nodes[CLASH]["end"]) == ("2024-04-01", "2024-04-30")
    assert g.nodes[CLAIM]["label"] == "Marin Holt says: the guard had seized Port Alder"
    assert g.nodes[DENIAL]["label"] == "River Union denies: the claims"
    assert g.nodes[SEIZE]["label"] == "seized: Coastal Guard, Port Alder"


def test_timeline_of_an_entity_keeps_the_items_about_it(facts: Facts) -> None:
    assert set(build(facts, "timeline", focus=["Marin Holt"])) == {CLAIM, DENIAL}
    assert set(build(facts, "timeline", focus=["port alder"])) == {SEIZE, CLAIM, DENIAL, CLASH}


def test_rdf_view_is_every_triple_with_literals_on_the_nodes(store: GraphStore) -> None:
    g = view(store, "rdf")
    rows = store.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                        "WHERE { GRAPH ?g { ?s ?p ?o FILTER(!isLiteral(?o)) "
                        "FILTER(?p != <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>) "
                        "?a a <https://w3id.org/newskg/ontology#Article> } } }").rows
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_edges() == int(rows[0][0])
    assert g.has_edge(CLAIM, HOLT, key="nkg:speaker")
    assert g.has_edge(DENIAL, CLAIM, key="nkg:respondsTo")
    assert g.nodes[CLAIM]["nkg:content"] == "the guard had seized Port Alder"
    assert g.nodes[CLAIM]["type"] == "Statement"
    assert g.nodes[GUARD]["label"] == "Coastal Guard"
    assert g.nodes[GUARD]["skos:altLabel"] == "the guard"
    assert g.edges[CLAIM, HOLT, "nkg:speaker"]["articles"] == 1
    one = view(store, "rdf", articles=["alder-2"])
    assert CLASH in one and CLAIM not in one


# ------------------------------------------------------------------ focus and depth


def test_focus_by_label_keeps_what_lies_within_depth(facts: Facts) -> None:
    assert set(build(facts, "claims", focus=["Port Alder"], depth=1)) == {ALDER, SEIZE}
    assert set(build(facts, "claims", focus=["PORT ALDER"])) == {ALDER, SEIZE, HOLT, UNION, GUARD}
    g = build(facts, "claims", focus=["Port Alder"])
    assert g.nodes[ALDER]["focus"] is True and g.nodes[SEIZE]["focus"] is False
    assert g.graph["title"] == "Claims and denials: Port Alder"


def test_focus_by_alias_or_iri_and_several_at_once(facts: Facts) -> None:
    assert set(build(facts, "actors", focus=["the union"], depth=1)) == {UNION, HOLT, GUARD}
    assert set(build(facts, "actors", focus=[HOLT], depth=0)) == {HOLT}
    g = build(facts, "events", focus=["Marin Holt", CLASH], depth=1)
    assert set(g) == {HOLT, CLAIM, CLASH, UNION, GUARD, ALDER}


def test_focus_that_names_nothing_or_lies_outside_the_view_is_an_error(facts: Facts) -> None:
    with pytest.raises(ConfigError, match="--focus 'Atlantis' names no entity"):
        build(facts, "claims", focus=["Atlantis"])
    with pytest.raises(ConfigError, match="not in the actors view"):
        build(facts, "actors", focus=["Port Alder"])  # a place: not an actor
    with pytest.raises(ConfigError, match="unknown view 'gossip'; choose one of actors"):
        build(facts, "gossip")


# ------------------------------------------------------------------ dates and articles


@pytest.mark.parametrize(
    ("lexical", "first_day", "last_day"),
    [("2024-04", "2024-04-01", "2024-04-30"), ("2024", "2024-01-01", "2024-12-31"),
     ("2024-02", "2024-02-01", "2024-02-29"), ("2024-03-04", "2024-03-04", "2024-03-04"),
     ("2024-03-04T10:00:00Z", "2024-03-04", "2024-03-04")],
)
def test_a_date_is_the_period_its_precision_gives(lexical, first_day, last_day) -> None:
    assert period(lexical) == (dt.date.fromisoformat(first_day), dt.date.fromisoformat(last_day))


def test_date_range_keeps_items_whose_period_overlaps_it(facts: Facts) -> None:
    day = dt.date.fromisoformat
    assert set(narrow(facts, since=day("2024-04-05")).items) == {CLASH, TALKS}  # April; 04-10
    assert set(narrow(facts, since=day("2024-04-20")).items) == {CLASH}
    assert set(narrow(facts, until=day("2024-03-04")).items) == {SEIZE, CLAIM}
    assert narrow(facts, until=day("2024-03-04")).members == ()  # published on 03-05
    g = build(facts, "claims", since=day("2024-04-01"))
    assert set(g) == {UNION, TALKS}
    assert g.graph["title"] == "Claims and denials (2024-04-01 to …)"
    with pytest.raises(ConfigError, match="the date range is empty"):
        narrow(facts, since=day("2024-05-01"), until=day("2024-04-01"))


def test_article_filter_keeps_one_article(facts: Facts) -> None:
    g = build(facts, "claims", articles=["alder-1"])
    assert TALKS not in g and {SEIZE, HOLT, UNION} <= set(g)
    assert set(build(facts, "actors", articles=["alder-2"])) == {GUARD, UNION}
    with pytest.raises(ConfigError, match="no article 'alder-9' in the store"):
        build(facts, "claims", articles=["alder-9"])


def test_every_view_is_registered_and_builds_on_empty_facts() -> None:
    assert set(VIEWS) == {"actors", "claims", "events", "timeline", "rdf"}
    for name in VIEWS:
        assert len(build(Facts(), name)) == 0


# ------------------------------------------------------------------ statistics


def test_actor_stats_rank_the_broker_first(facts: Facts) -> None:
    g = build(facts, "actors")
    g.remove_edge(HOLT, UNION)  # a path: Holt - Guard - Union, the guard in the middle
    rows = node_stats(g)
    assert [(r.label, r.degree, r.betweenness) for r in rows] == [
        ("Coastal Guard", 2, 1.0), ("Marin Holt", 1, 0.0), ("River Union", 1, 0.0)]


def test_communities_are_numbered_by_size_and_stable() -> None:
    g = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("c", "x")])
    assert communities(g) == {"a": 1, "b": 1, "c": 1, "x": 2, "y": 2}
    assert communities(g) == communities(g.copy())


def test_annotate_writes_stats_onto_the_nodes(facts: Facts) -> None:
    g = build(facts, "actors")
    annotate(g)
    assert {k: g.nodes[GUARD][k] for k in ("degree", "community")} == {"degree": 2,
                                                                       "community": 1}
    assert isinstance(g.nodes[GUARD]["betweenness"], float)
