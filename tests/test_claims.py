"""Claims across sources (issue 17): copies, claim clusters, ``disputes``, on the
invented corpus of ``tests/data/claims`` (``claims_graph``).

The rows are exact, on the embedded store, through ``kg serve`` and on a real
``oxigraph serve``, as for the canonical questions, and in rdflib's SPARQL engine.
The derived graphs must not depend on how the articles came in: in two halves, in
another order, after a removal, or computed again from nothing, they are the same.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from claims_graph import ARTICLES, CORPUS, build_store, extractions, store_articles, text
from rdflib import XSD, Literal, URIRef
from sparql_servers import WITH_RDFLIB, store_backends

from kg import derived, iri
from kg.claims import Item, Vote, compatible, interval
from kg.copies import wire_credits
from kg.pipeline import build
from kg.query import Selectable, run_query
from kg.store import CLAIMS_GRAPH, COPIES_GRAPH, DERIVED_GRAPHS, GraphStore
from kg.vocab import NKG

data_dir, embedded, served, oxigraph, in_rdflib, backend = store_backends(
    build_store, "claims", WITH_RDFLIB)


S = Literal


def n(value: int) -> Literal:
    return Literal(value)


def day(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


def first(article_id: str, sentence: int = 0) -> Literal:
    return S(text(article_id).split(". ")[sentence].removeprefix("OSTERBY (Reuters) - ")
             .rstrip(".") + ".")


MARCH = (S("ControlEvent: Northern Guard; Osterby; 2024-03-03"), S("Northern Guard"), n(1),
         S("2024-03-03"), S("Farmers Union"), n(2), S("2024-03-05"), first("hw-1"),
         first("lt-1"))
MAY = (S("ControlEvent: Northern Guard; Osterby; 2024-05-19"), S("Northern Guard"), n(1),
       S("2024-05-19"), S("River Watch"), n(1), S("2024-05-21"), first("vp-2"),
       first("vp-2", 1))
COLUMNS = ("claim", "asserters", "independentAsserters", "firstAsserted", "deniers",
           "independentDeniers", "firstDenied", "evidence", "denialEvidence")


@pytest.mark.parametrize(("params", "want"), [
    ({}, [MARCH, MAY]),  # three copies of one wire story assert once; two outlets deny
    ({"about": "osterby"}, [MARCH, MAY]),
    ({"about": "THE GUARD"}, [MARCH, MAY]),  # an alias
    ({"about": "Southern Legion"}, []),  # its claim is its own, and nobody denies it
    ({"about": "Farmers Union"}, []),  # a denier, not what the claim is about
    ({"since": "2024-04-01"}, [MAY]),
    ({"about": "Osterby", "since": "2024-03-20"}, [MARCH, MAY]),  # last denied on March 20
    ({"since": "2024-05-22"}, []),
])
def test_disputes_rows(backend: Selectable, params: dict, want: list) -> None:
    result = run_query(backend, "disputes", params)
    assert result.columns == COLUMNS
    assert result.rows == want


def test_corroboration_counts_copies_of_one_wire_story_once(backend: Selectable) -> None:
    rows = run_query(backend, "corroboration", {"about": "Osterby", "type": "ControlEvent"}).rows
    assert rows == CORROBORATION


CORROBORATION = [
    (S("Reuters"), n(3), S("2024-03-04"), n(0), n(3), n(0), None),  # hw-1, vp-1, ct-1
    (S("Lakeside Tribune"), n(2), S("2024-03-04"), n(0), n(1), n(1), S("Farmers Union")),
    (S("Coast Courier"), n(1), S("2024-03-21"), n(0), n(0), n(1), S("Farmers Union")),
    (S("Valley Post"), n(1), S("2024-05-21"), n(0), n(1), n(0), S("River Watch")),
]


def article(article_id: str) -> URIRef:
    return iri.article_iri(article_id)


def test_copies_graph_links_each_copy_to_the_earliest_with_its_evidence(
        embedded: GraphStore) -> None:
    g = embedded.graph(COPIES_GRAPH)
    assert set(g.subject_objects(NKG.copyOf)) == {(article("vp-1"), article("hw-1")),
                                                  (article("ct-1"), article("hw-1"))}
    scores = {s: float(g.value(g.value(s, NKG.copyEvidence), NKG.similarity))
              for s in g.subjects(NKG.copyOf)}
    assert scores[article("ct-1")] > 0.9 and 0.6 <= scores[article("vp-1")] < 0.9
    assert {str(o) for o in g.objects(None, NKG.sourceName)} == {"Reuters"}
    assert set(g.subjects(NKG.sourceName)) == {article(a) for a in ("hw-1", "vp-1", "ct-1")}
    credits = embedded.graph(iri.article_graph("vp-1")).value(article("vp-1"), NKG.wireCredit)
    assert str(credits) == "Reuters"


def test_a_denial_answers_another_articles_claim_when_the_cluster_is_unambiguous(
        embedded: GraphStore) -> None:
    g = embedded.graph(CLAIMS_GRAPH)
    wire = embedded.graph(iri.article_graph("hw-1"))
    claim = next(wire.subjects(NKG.stance, NKG.Assert))
    denials = {s for a in ("lt-1", "ct-2")
               for s in embedded.graph(iri.article_graph(a)).subjects(NKG.stance, NKG.Deny)}
    # River Watch answers its own article's claim, which its graph links already
    assert set(g.subject_objects(NKG.respondsTo)) == {(d, claim) for d in denials}


def test_unrelated_claims_about_one_place_stay_apart(embedded: GraphStore) -> None:
    g = embedded.graph(CLAIMS_GRAPH)
    labels = sorted(str(x) for x in g.objects(None, NKG.asserters))
    assert labels == ["Northern Guard", "Northern Guard", "Southern Legion"]
    march = next(c for c in g.subjects(NKG.independentDeniers, Literal(2)))
    members = {str(m) for m in g.objects(march, NKG.member)}
    assert len(members) == 5  # hw-1, vp-1, ct-1 (claims), lt-1, ct-2 (denials)
    assert len(set(g.subjects(NKG.member))) == 3


def item(node: str, date: tuple[int, int], *, cls: str = "C", agents=("g",),
         places=("o",)) -> Item:
    return Item(node, "a", cls, agents, places, date[0], date[1], "", (), (
        Vote("assert", "v", node, "a", "", ""),))


def test_compatible_needs_class_shared_names_and_overlapping_dates() -> None:
    day = interval("2024-03-03", None)
    month = interval("2024-03", URIRef("http://www.w3.org/2001/XMLSchema#gYearMonth"))
    assert day is not None and month is not None and month[0] <= day[0] <= month[1]
    assert compatible(item("x", day), item("y", month))  # precision: March holds the 3rd
    assert not compatible(item("x", day), item("y", day, cls="D"))
    assert not compatible(item("x", day), item("y", day, agents=("h",)))  # other agent
    assert compatible(item("x", day), item("y", day, agents=()))  # the place is enough
    assert not compatible(item("x", day), item("y", day, agents=(), places=()))
    assert not compatible(item("x", day), item("y", (day[0] + 30, day[1] + 30)))


def derived_graphs(root: Path) -> dict[str, set]:
    with GraphStore.open(root, read_only=True) as gs:
        return {str(g): set(gs.graph(g)) for g in DERIVED_GRAPHS}


ALL = list(ARTICLES)


def test_in_two_halves_in_any_order_as_at_once(data_dir: Path, tmp_path: Path) -> None:
    with GraphStore.open(tmp_path / "halves") as gs:
        store_articles(gs, ALL[4:])
        store_articles(gs, ALL[:4])
    with GraphStore.open(tmp_path / "reversed") as gs:
        for article_id in reversed(ALL):
            store_articles(gs, [article_id])
    once = derived_graphs(data_dir)
    assert derived_graphs(tmp_path / "halves") == once
    assert derived_graphs(tmp_path / "reversed") == once


@pytest.mark.parametrize("gone", ["hw-1", "lt-1", "vp-2"])
def test_removing_an_article_gives_the_graphs_of_a_store_without_it(
        tmp_path: Path, gone: str) -> None:
    build_store(tmp_path / "all")
    with GraphStore.open(tmp_path / "all") as gs:
        gs.remove_graph(iri.article_graph(gone))
        derived.refresh(gs, [str(iri.article_graph(gone))])
    build_store(tmp_path / "without", [a for a in ALL if a != gone])
    assert derived_graphs(tmp_path / "all") == derived_graphs(tmp_path / "without")


def test_recluster_makes_the_same_graphs_from_the_articles_alone(
        data_dir: Path, tmp_path: Path) -> None:
    shutil.copytree(data_dir, tmp_path / "copy")
    (tmp_path / "copy" / derived.INDEX_FILE).unlink()
    with GraphStore.open(tmp_path / "copy") as gs:
        assert derived.recluster(gs) == len(ARTICLES)
    assert derived_graphs(tmp_path / "copy") == derived_graphs(data_dir)


def test_wire_credits_read_dateline_closing_and_byline() -> None:
    assert wire_credits("KABUL (Reuters) - The Taliban said") == ("Reuters",)
    assert wire_credits("The talks ended. -- AFP") == ("AFP",)
    assert wire_credits("Talks ended.", "By Jane Roe, Associated Press") == ("Associated Press",)
    assert wire_credits("Talks ended.", "AP") == ("Associated Press",)
    assert wire_credits("He said (ap) it was over, and Reuters reported it later.") == ()


def test_build_finds_the_copies_and_a_build_after_a_lost_refresh_catches_up(
        tmp_path: Path) -> None:
    """The real build: the reading engine reads the corpus; copies do not depend on it.
    A build killed after storing articles but before its refresh (here: the index
    deleted) is caught up by the next build, which reads nothing again."""
    build([CORPUS], store=tmp_path / "built")
    graphs = derived_graphs(tmp_path / "built")
    copies = {(s, o) for s, p, o in graphs[str(COPIES_GRAPH)] if p == NKG.copyOf}
    assert copies == {(article("vp-1"), article("hw-1")), (article("ct-1"), article("hw-1"))}
    (tmp_path / "built" / derived.INDEX_FILE).unlink()
    with GraphStore.open(tmp_path / "built") as gs:
        for g in DERIVED_GRAPHS:
            gs.remove_graph(g)
    again = build([CORPUS], store=tmp_path / "built")
    assert again.unchanged == len(ARTICLES) and again.stored == 0
    assert derived_graphs(tmp_path / "built") == graphs


def test_a_build_that_derives_every_two_articles_derives_what_one_at_the_end_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build brings the derived graphs up to date every ``derived.CHUNK`` articles
    (so the names of the graphs written do not pile up): with a chunk of two, the
    corpus's copies and claim clusters are those of one refresh at the end."""
    build([CORPUS], store=tmp_path / "once")
    monkeypatch.setattr(derived, "CHUNK", 2)
    build([CORPUS], store=tmp_path / "chunked")
    graphs = derived_graphs(tmp_path / "once")
    assert graphs[str(COPIES_GRAPH)] and graphs[str(CLAIMS_GRAPH)]
    assert derived_graphs(tmp_path / "chunked") == graphs


def test_copies_that_arrive_before_their_original_are_linked_to_it_when_it_comes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The corpus read backwards, one article a refresh: each copy is stored before the
    wire story it copies; when the story comes, the copies stored before it take it as
    their original (``derived._gains_original``), as one refresh at the end finds."""
    backwards = tmp_path / "backwards.jsonl"
    backwards.write_text("".join(reversed(CORPUS.read_text().splitlines(keepends=True))))
    build([backwards], store=tmp_path / "once")
    monkeypatch.setattr(derived, "CHUNK", 1)
    build([backwards], store=tmp_path / "chunked")
    graphs = derived_graphs(tmp_path / "once")
    copies = {(s, o) for s, p, o in graphs[str(COPIES_GRAPH)] if p == NKG.copyOf}
    assert copies == {(article("vp-1"), article("hw-1")), (article("ct-1"), article("hw-1"))}
    assert derived_graphs(tmp_path / "chunked") == graphs


def test_the_corpus_is_what_the_fixture_reads() -> None:
    ids = [json.loads(line)["id"] for line in CORPUS.read_text().splitlines()]
    assert ids == list(extractions())


def test_the_derived_graphs_conform_to_the_shapes_and_a_broken_one_does_not(
        embedded: GraphStore) -> None:
    from kg.validate import validate

    for name in DERIVED_GRAPHS:
        assert validate(embedded.graph(name)).conforms, name
    broken = embedded.graph(CLAIMS_GRAPH)
    cluster = next(broken.subjects(NKG.independentDeniers, Literal(2)))
    broken.add((cluster, NKG.independentDeniers, Literal("two")))
    copies = embedded.graph(COPIES_GRAPH)
    evidence = next(copies.subjects(NKG.similarity, None))
    copies.set((evidence, NKG.similarity, Literal(1.5)))
    assert not validate(broken).conforms and not validate(copies).conforms


def test_kg_recluster_command(data_dir: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    shutil.copytree(data_dir, tmp_path / "copy")
    result = CliRunner().invoke(main, ["recluster", "--store", str(tmp_path / "copy")])
    assert result.exit_code == 0, result.output
    assert result.output == f"derived graphs computed again from {len(ARTICLES)} articles\n"
    assert derived_graphs(tmp_path / "copy") == derived_graphs(data_dir)
    missing = CliRunner().invoke(main, ["recluster", "--store", str(tmp_path / "none")])
    assert missing.exit_code == 2 and "no graph store" in missing.output


def test_denials_name_the_claim_of_another_article_the_cluster_answers(
        backend: Selectable) -> None:
    """lt-1 and ct-2 deny what only the Guard claimed before them, in other articles (the
    wire story: hw-1, the earliest copy, is answered); vp-2's denial answers its own
    article's claim."""
    result = run_query(backend, "denials")
    wire = S("it had captured the river town of Osterby")
    assert result.rows == [
        (S("Farmers Union"), day("2024-03-05"), S("the Northern Guard had taken Osterby"),
         S("Northern Guard"), wire, first("lt-1"), S("lt-1"), day("2024-03-06"),
         S("Lakeside Tribune")),
        (S("Farmers Union"), day("2024-03-20"), S("the Guard did not capture Osterby in March"),
         S("Northern Guard"), wire, first("ct-2"), S("ct-2"), day("2024-03-21"),
         S("Coast Courier")),
        (S("River Watch"), None, S("the Guard had returned to the town"), S("Northern Guard"),
         S("it had captured Osterby again"), first("vp-2", 1), S("vp-2"), day("2024-05-21"),
         S("Valley Post")),
    ]


def test_wikidata_dump_disputes_across_articles_and_deprecates_what_more_sources_deny(
        data_dir: Path, tmp_path: Path) -> None:
    """The March capture: one independent source (the Reuters story and its two copies)
    asserts it, two deny it (lt-1, ct-2, articles that never name the claim's article):
    every event of the cluster is deprecated and disputed by the Farmers Union. The May
    capture: one asserts, one denies: normal rank, disputed by River Watch."""
    from kg.wikidata import export_wikibase
    from kg.wikidata.schema import PROPERTY_IDS as P

    with GraphStore.open(data_dir, read_only=True) as gs:
        export_wikibase(gs, tmp_path / "dump.json", "wikidata-json")
    lines = (tmp_path / "dump.json").read_text(encoding="utf-8").split("\n")[1:-2]
    entities = [json.loads(line.rstrip(",")) for line in lines]
    by_label = {e["labels"]["en"]["value"]: e for e in entities}
    qid = {name: by_label[name]["id"] for name in ("Farmers Union", "River Watch")}

    def places(e: dict) -> list[tuple[str, list[str]]]:
        return [(c["rank"], [q["datavalue"]["value"]["id"]
                             for q in c.get("qualifiers", {}).get(P["disputed"], [])])
                for c in e["claims"][P["place"]]]

    captures = [e for e in entities if e["labels"]["en"]["value"] == "captured (control event)"]
    found = sorted((e["descriptions"]["en"]["value"], places(e)) for e in captures)
    march = ("deprecated", [qid["Farmers Union"]])
    assert found == [
        ("control event reported in news article ct-1", [march]),
        ("control event reported in news article hw-1", [march]),
        ("control event reported in news article lt-2", [("normal", [])]),  # the Legion's
        ("control event reported in news article vp-1", [march]),
        ("control event reported in news article vp-2", [("normal", [qid["River Watch"]])]),
    ]
    def item(article_id: str, speaker: str) -> dict:
        return next(e for e in entities
                    if e["descriptions"]["en"]["value"].endswith(f"news article {article_id}")
                    and e["labels"]["en"]["value"].startswith(f"{speaker}:"))

    claim = item("hw-1", "Northern Guard")
    (proposition,) = claim["claims"][P["proposition"]]
    assert proposition["rank"] == "normal"  # the Guard never denies it: its statement stands
    assert [q["datavalue"]["value"]["id"] for q in proposition["qualifiers"][P["disputed"]]] \
        == [qid["Farmers Union"]]
    denial = item("lt-1", "Farmers Union")
    assert [c["mainsnak"]["datavalue"]["value"]["id"] for c in denial["claims"][P["responds"]]] \
        == [claim["id"]]  # answered across articles (the claims graph)


def test_a_denial_answers_the_agents_claim_when_its_commander_claims_it_too() -> None:
    """Two speakers assert the capture in the wire story, the group and its commander:
    a denial elsewhere answers the group's claim, the agent of what is denied; with no
    agent among the speakers, two speakers stay ambiguous and nothing is linked."""
    from kg.claims import responses

    def vote(side: str, node: str, article: str, speaker: str, when: str) -> Vote:
        return Vote(side, speaker, node, article, when, "", speaker=speaker, statement=True)

    votes = [vote("assert", "s-group", "hb-1", "brigade", "2025-02-03"),
             vote("assert", "s-commander", "hb-1", "marsh", "2025-02-03"),
             vote("deny", "s-council", "ng-1", "council", "2025-02-05")]
    assert responses(votes, frozenset({"brigade"})) == [("s-council", "s-group")]
    assert responses(votes, frozenset({"militia"})) == []
    assert responses(votes[:1] + votes[2:]) == [("s-council", "s-group")]
