"""The analyst's fixes (issue 17, point 5): ``kg merge``, ``split``, ``retype``,
``remove``, ``kg curation list|undo``, ``kg show``, on the invented corpus of
``tests/data/claims`` (``claims_graph``).

The fixes are recorded in the curation graph and applied to the store's article graphs
(views), the graphs as read kept in ``STORE/read/``: the rows are exact on the embedded
store, through ``kg serve``, on a real ``oxigraph serve`` and in rdflib's own SPARQL
engine (on the N-Quads export); the fixes survive the
articles being stored again (a build with ``--force``); undoing every fix gives the
store as read back.
"""

from __future__ import annotations

import gc
import io
import json
import shutil
from pathlib import Path

import pytest
from claims_graph import ARTICLES, CORPUS, build_store, store_articles
from click.testing import CliRunner
from rdflib import RDF, Dataset, Literal
from sparql_servers import WITH_RDFLIB, store_backends

from kg import curation, iri
from kg.cli import main
from kg.errors import StoreError
from kg.pipeline import build
from kg.query import Selectable, run_query
from kg.store import CURATION_GRAPH, DERIVED_GRAPHS, GraphStore
from kg.views import view
from kg.vocab import NKG

UNION, WATCH, GUARD = "Farmers Union", "River Watch", "Northern Guard"


def curate(gs: GraphStore) -> None:
    """River Watch is the Farmers Union; ct-1 (a wire copy) is removed; the Guard of the
    May article is another actor; the Legion is retyped and that undone."""
    curation.merge(gs, UNION, WATCH, by="ana")
    curation.remove(gs, "ct-1", by="ana")
    curation.split(gs, GUARD, articles=["vp-2"], label="Northern Guard (May)", by="bo")
    curation.retype(gs, "Southern Legion", "Person", by="bo")
    curation.undo(gs, 4, by="ana")


def build_curated(root: Path) -> Path:
    build_store(root)
    with GraphStore.open(root) as gs:
        curate(gs)
    return root


data_dir, embedded, served, oxigraph, in_rdflib, backend = store_backends(
    build_curated, "curation", WITH_RDFLIB)

S = Literal


def n(value: int) -> Literal:
    return Literal(value)


def first(article_id: str, sentence: int = 0) -> Literal:
    from claims_graph import text

    return S(text(article_id).split(". ")[sentence].removeprefix("OSTERBY (Reuters) - ")
             .rstrip(".") + ".")


def test_disputes_see_the_merged_denier_the_split_claimant_and_not_the_removed_copy(
        backend: Selectable) -> None:
    rows = run_query(backend, "disputes").rows
    assert rows == [
        (S("ControlEvent: Northern Guard; Osterby; 2024-03-03"), S(GUARD), n(1),
         S("2024-03-03"), S(UNION), n(2), S("2024-03-05"), first("hw-1"), first("lt-1")),
        # River Watch is the Farmers Union now; the May Guard is its own actor
        (S("ControlEvent: Northern Guard (May); Osterby; 2024-05-19"),
         S("Northern Guard (May)"), n(1), S("2024-05-19"), S(UNION), n(1), S("2024-05-21"),
         first("vp-2"), first("vp-2", 1)),
    ]


def test_entities_and_articles_show_the_fixes(backend: Selectable) -> None:
    rows = [tuple("" if v is None else str(v) for v in r)
            for r in run_query(backend, "entities").rows]
    assert rows[:5] == [
        ("Place", "Osterby", "", "6"),  # ct-1 is removed
        ("Organization", GUARD, "the Guard", "4"),  # not in vp-2: there it is another actor
        ("Organization", UNION, WATCH, "3"),  # lt-1, ct-2, and vp-2 as River Watch
        ("Organization", "Northern Guard (May)", "Northern Guard; the Guard", "1"),
        ("Organization", "Southern Legion", "", "1"),  # the retype to Person was undone
    ]
    ids = sorted(str(r["identifier"]) for r in run_query(backend, "view-articles").dicts())
    assert ids == sorted(set(ARTICLES) - {"ct-1"})


def test_curation_list_records_action_arguments_who_and_when(data_dir: Path) -> None:
    result = CliRunner().invoke(main, ["curation", "list", "--format", "json",
                                       "--store", str(data_dir)])
    assert result.exit_code == 0, result.output
    got = json.loads(result.output)
    assert [(a["id"], a["action"], a["arguments"], a["by"], a["undoneBy"]) for a in got] == [
        (1, "merge", [UNION, WATCH], "ana", None),
        (2, "remove", ["ct-1"], "ana", None),
        (3, "split", [GUARD, "vp-2", "--as", "Northern Guard (May)"], "bo", None),
        (4, "retype", ["Southern Legion", "Person"], "bo", "ana"),
    ]
    assert all(a["at"].endswith("+00:00") for a in got) and got[3]["undoneAt"]


def test_the_graphs_as_read_are_kept_apart_and_the_views_conform(data_dir: Path) -> None:
    from kg.validate import validate

    with GraphStore.open(curation.read_path(data_dir), read_only=True) as read:
        kept = set(read.graphs())
        as_read = read.graph(iri.article_graph("vp-2"))
    # the articles a live fix changes: River Watch's, the removed one, the split one
    assert kept == {str(iri.article_graph(a)) for a in ("vp-2", "ct-1")}
    assert (None, None, Literal(WATCH)) in as_read  # as read: River Watch, its own label
    with GraphStore.open(data_dir, read_only=True) as gs:
        for name in gs.graphs():
            assert validate(gs.graph(name)).conforms, name
        assert validate(gs.graph(CURATION_GRAPH)).conforms
        stub = gs.graph(iri.article_graph("ct-1"))
        assert set(stub.objects(None, RDF.type)) == {NKG.RemovedArticle}


def derived_graphs(root: Path) -> dict[str, set]:
    """The derived and the article graphs, less when each article was stored."""
    with GraphStore.open(root, read_only=True) as gs:
        return {str(g): {t for t in gs.graph(g) if t[1] != NKG.ingestedAt}
                for g in [*DERIVED_GRAPHS, *gs.graphs()]}


def test_undoing_every_fix_gives_the_store_as_read(data_dir: Path, tmp_path: Path) -> None:
    shutil.copytree(data_dir, tmp_path / "undone")
    with GraphStore.open(tmp_path / "undone") as gs:
        for number in (3, 2, 1):
            curation.undo(gs, number, by="cy")
        assert all(not a.active for a in curation.actions(gs))
    build_store(tmp_path / "plain")
    assert derived_graphs(tmp_path / "undone") == derived_graphs(tmp_path / "plain")


def test_the_fixes_survive_the_articles_stored_again(data_dir: Path, tmp_path: Path) -> None:
    shutil.copytree(data_dir, tmp_path / "again")
    with GraphStore.open(tmp_path / "again") as gs:
        curating = curation.Curating(gs)
        try:
            store_articles(curating, ARTICLES)  # what a build --force writes: the graphs as read
        finally:
            curating.close()
    assert derived_graphs(tmp_path / "again") == derived_graphs(data_dir)


def test_a_real_build_with_force_keeps_a_merge_and_a_removal(tmp_path: Path) -> None:
    store = tmp_path / "built"
    build([CORPUS], store=store)
    with GraphStore.open(store) as gs:
        curation.merge(gs, UNION, WATCH, by="ana")
        curation.remove(gs, "hw-1", by="ana")
    before = derived_graphs(store)
    again = build([CORPUS], store=store, force=True)
    assert again.stored == len(ARTICLES)
    assert derived_graphs(store) == before
    with GraphStore.open(store, read_only=True) as gs:
        names = {str(r["label"]) for r in run_query(gs, "entities").dicts()}
        assert UNION in names and WATCH not in names
        ids = {str(r["identifier"]) for r in run_query(gs, "view-articles").dicts()}
        assert "hw-1" not in ids and len(ids) == len(ARTICLES) - 1
    unchanged = build([CORPUS], store=store)
    assert unchanged.unchanged == len(ARTICLES) and unchanged.stored == 0


def test_graph_views_draw_the_merged_actor_once_and_not_the_removed_article(
        embedded: GraphStore) -> None:
    actors = view(embedded, "actors")
    labels = sorted(str(d.get("label")) for _, d in actors.nodes(data=True))
    assert UNION in labels and WATCH not in labels
    assert labels.count(UNION) == 1
    timeline = view(embedded, "timeline")
    articles = {str(d.get("article", "")) for _, d in timeline.nodes(data=True)}
    assert "ct-1" not in articles


def test_graph_views_say_which_fixes_made_a_node(embedded: GraphStore) -> None:
    """The kept actor of a merge and both sides of a split carry their fixes; an undone
    retype and untouched actors carry none."""
    actors = view(embedded, "actors")
    fixes = {str(d["label"]): str(d["curation"]) for _, d in actors.nodes(data=True)}
    assert fixes[UNION].startswith("merge #1 by ana, ")
    assert fixes[GUARD].startswith("split #3 by bo, ")
    assert fixes["Northern Guard (May)"].startswith("split #3 by bo, ")
    assert fixes.get("Southern Legion", "") == ""  # retype #4 was undone
    assert {f for label, f in fixes.items()
            if label not in (UNION, GUARD, "Northern Guard (May)")} <= {""}


def test_the_nquads_export_carries_the_views_and_the_record(embedded: GraphStore) -> None:
    out = io.BytesIO()
    embedded.export(out, "nquads")
    ds = Dataset()
    ds.parse(data=out.getvalue().decode(), format="nquads")
    names = {str(g.identifier) for g in ds.graphs()}
    assert str(CURATION_GRAPH) in names
    assert not any(o == Literal(WATCH) and p != NKG.arguments and "altLabel" not in str(p)
                   for _, p, o, _ in ds.quads((None, None, None, None)))


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_the_commands_say_what_they_did_and_refuse_in_one_line(tmp_path: Path) -> None:
    store = str(build_store(tmp_path / "s"))
    code, out, _ = cli("merge", UNION, WATCH, "--by", "ana", "--store", store)
    assert (code, out) == (0, "curation 1: merge 'Farmers Union' 'River Watch' (by ana); "
                              "`kg curation undo 1` undoes it\n")
    code, out, _ = cli("remove", "ct-1", "--by", "ana", "--store", store)
    assert (code, out) == (0, "curation 2: remove ct-1 (by ana); `kg curation undo 2` undoes it\n")
    code, out, _ = cli("curation", "undo", "2", "--by", "bo", "--store", store)
    assert (code, out) == (0, "curation 2 undone: remove ct-1\n")
    for args, message in [
        (("merge", UNION, WATCH), f"kg: {UNION!r} and {WATCH!r} are one entity already "
                                  "(https://w3id.org/newskg/id/organization/farmers-union)"),
        (("merge", "Nobody", UNION), "kg: no entity named 'Nobody' in the store at "
                                     f"{store}; `kg query entities` lists them"),
        (("remove", "zz-9"), f"kg: no article 'zz-9' in the store at {store}; "
                             "`kg query view-articles` lists the stored ones"),
        (("curation", "undo", "2"), "kg: curation action 2 was undone already"),
        (("curation", "undo", "7"), f"kg: no curation action 7 in the store at {store}; "
                                    "`kg curation list` lists them"),
        (("retype", "Osterby", "Person"), "kg: refused: it would break the shapes"),
        (("split", GUARD), "kg: split: say which mentions go to the new entity"),
        (("split", "Southern Legion", "--article", "lt-2"), "kg: every article that mentions "
                                                            "'Southern Legion' was named"),
        (("show", "nothing"), f"kg: no article or entity 'nothing' in the store at {store}"),
    ]:
        code, out, err = cli(*args, "--store", store)
        assert code == 2 and out == "" and err.startswith(message), (args, err)
        assert err.count("\n") == 1, err


def test_split_by_name_sends_the_articles_that_use_it(tmp_path: Path) -> None:
    store = build_store(tmp_path / "s")
    with GraphStore.open(store) as gs:
        curation.merge(gs, UNION, WATCH)
        action = curation.split(gs, UNION, named=WATCH)  # undoes the merge where it was read
        assert action.articles == (iri.article_iri("vp-2"),) and action.label == WATCH
        assert action.into == iri.entity_iri("Organization", WATCH)
        rows = {str(r["deniers"]) for r in run_query(gs, "disputes").dicts()}
    assert rows == {UNION, WATCH}


def test_show_an_article_and_an_actor_with_evidence_and_fixes(data_dir: Path) -> None:
    code, out, _ = cli("show", "vp-2", "--store", str(data_dir))
    assert code == 0
    assert out.splitlines() == [
        "article vp-2: Guard says it took Osterby again",
        "  Valley Post, 2024-05-21",
        "  https://valleypost.example/2024/05/21/osterby-again",
        "",
        "statements (2)",
        "  2024-05-19  Northern Guard (May)  Assert: it had captured Osterby again",
        "      \u201cThe Northern Guard said on Sunday that it had captured Osterby again.\u201d",
        "  undated  Farmers Union  Deny: the Guard had returned to the town",
        "      \u201cRiver Watch, a monitoring group, denied that the Guard had returned to the "
        "town.\u201d",
        "",
        "events (1)",
        "  ControlEvent \u2018captured\u2019: agent Northern Guard (May); at Osterby; 2024-05-19; "
        "Claimed",
        "      \u201cThe Northern Guard said on Sunday that it had captured Osterby again.\u201d",
        "",
        "curation (2)",
        f"  1: merge {UNION} {WATCH} (by ana, " + out.split("(by ana, ")[1].split("\n")[0],
        "  3: split Northern Guard vp-2 --as Northern Guard (May) (by bo, "
        + out.split("(by bo, ")[1].split("\n")[0],
    ]
    code, out, _ = cli("show", "river watch", "--format", "json", "--store", str(data_dir))
    got = json.loads(out)
    assert (got["kind"], got["name"], got["otherNames"], got["types"], got["articles"]) == (
        "entity", UNION, [WATCH], ["Organization"], 3)
    assert [(s["article"], s["stance"], s["date"]) for s in got["statements"]] == [
        ("lt-1", "Deny", "2024-03-05"), ("ct-2", "Deny", "2024-03-20"), ("vp-2", "Deny", "")]
    assert got["statements"][0]["evidence"] == str(first("lt-1"))
    assert [a["id"] for a in got["curation"]] == [1]
    code, out, _ = cli("show", "ct-1", "--store", str(data_dir))
    assert "removed by the analyst" in out and "2: remove ct-1 (by ana" in out


def test_an_unknown_type_and_an_ambiguous_name_are_one_line_errors(data_dir: Path) -> None:
    with GraphStore.open(data_dir, read_only=True) as gs, pytest.raises(StoreError) as err:
        curation.retype(gs, UNION, "Planet")
    assert str(err.value) == "unknown type 'Planet': use one of Person, Organization, Place"


def test_the_wikidata_dump_and_graphml_have_one_merged_actor(embedded: GraphStore,
                                                             tmp_path: Path) -> None:
    from kg.viz.files import write_graphml
    from kg.wikidata import export_wikibase

    export_wikibase(embedded, tmp_path / "dump.json", "wikidata-json")
    lines = (tmp_path / "dump.json").read_text(encoding="utf-8").split("\n")[1:-2]
    items = [json.loads(line.rstrip(",")) for line in lines]
    union = [e for e in items if e["labels"]["en"]["value"] == UNION]
    assert len(union) == 1 and not [e for e in items if e["labels"]["en"]["value"] == WATCH]
    assert [a["value"] for a in union[0]["aliases"]["en"]] == [WATCH]
    assert not any("news article ct-1" in e.get("descriptions", {}).get("en", {}).get("value", "")
                   for e in items)  # the removed article
    write_graphml(view(embedded, "actors"), tmp_path / "actors.graphml")
    import networkx as nx

    drawn = nx.read_graphml(tmp_path / "actors.graphml")
    labels = [d["label"] for _, d in drawn.nodes(data=True)]
    assert labels.count(UNION) == 1 and WATCH not in labels  # River Watch: an alias of it


def test_a_retracted_article_stays_retracted_when_a_fix_on_it_is_undone(tmp_path: Path) -> None:
    from kg.history import retract

    store = build_store(tmp_path / "s")
    with GraphStore.open(store) as gs:
        curation.merge(gs, UNION, WATCH)  # changes vp-2, whose graph as read is kept
        retract(gs, "vp-2")
        curation.undo(gs, 1)
        g = gs.graph(iri.article_graph("vp-2"))
        assert set(g.objects(None, RDF.type)) == {NKG.RetractedArticle}
        assert [str(r["deniers"]) for r in run_query(gs, "disputes").dicts()] == [UNION]


def test_a_load_of_shards_keeps_the_fixes(tmp_path: Path) -> None:
    """``kg load`` writes the shards' graphs as read, in bulk; the fixes apply after."""
    from kg.shards import load

    store = tmp_path / "store"
    build([CORPUS], store=store)
    with GraphStore.open(store) as gs:
        curation.merge(gs, UNION, WATCH, by="ana")
    before = derived_graphs(store)
    shards = tmp_path / "shards"
    build([CORPUS], store=tmp_path / "elsewhere", shards=shards, workers=1)
    loaded = load(shards, store)
    assert loaded.graphs is not None
    assert len(loaded.graphs) == len(ARTICLES) + len(DERIVED_GRAPHS)  # articles, then derived
    assert derived_graphs(store) == before


def test_a_fix_with_endpoint_reaches_the_remote_store_and_its_undo_too(tmp_path: Path) -> None:
    """A remote store (``kg build --endpoint``, ``kg push``) gets a fix made with
    ``--endpoint``: the changed views, the record and the derived graphs; the remote
    answers as the local store does. An unreachable endpoint is one line that says the
    fix is made locally and how to send it."""
    from sparql_servers import free_port, oxigraph_server

    from kg.endpoint.remote import RemoteStore, push

    root = build_store(tmp_path / "data")
    with oxigraph_server(tmp_path / "remote", union_default_graph=True) as base:
        remote = RemoteStore(f"{base}/query")
        with GraphStore.open(root, read_only=True) as gs:
            push(gs, remote)
        flags = ["--store", str(root), "--endpoint", f"{base}/query"]
        merged = CliRunner().invoke(main, ["merge", UNION, WATCH, "--by", "ana", *flags])
        assert merged.exit_code == 0, merged.output
        with GraphStore.open(root, read_only=True) as gs:
            local = run_query(gs, "disputes").rows
        assert [str(r[4]) for r in local] == [UNION, UNION]  # River Watch is the Union now
        assert run_query(remote, "disputes").rows == local
        assert [str(r[0]) for r in run_query(remote, "entities").rows].count(WATCH) == 0
        undone = CliRunner().invoke(main, ["curation", "undo", "1", *flags])
        assert undone.exit_code == 0, undone.output
        assert [str(r[4]) for r in run_query(remote, "disputes").rows] == [UNION, WATCH]
    dead = f"http://127.0.0.1:{free_port()}/query"
    failed = CliRunner().invoke(main, ["retype", "Southern Legion", "Person",
                                       "--store", str(root), "--endpoint", dead])
    assert failed.exit_code != 0
    message = failed.output.strip()
    assert "\n" not in message and f"kg push --store {root} --endpoint {dead}" in message
    del failed  # its traceback holds the store the command wrote: let pyoxigraph close it
    gc.collect()
    with GraphStore.open(root, read_only=True) as gs:
        assert [a.kind for a in curation.actions(gs) if a.active] == ["retype"]


def test_the_fast_check_makes_the_views_pyshacl_alone_makes(
        data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fix validates the views it changes with ``kg.precheck`` and sends to pySHACL only
    those it is unsure of: every graph is what validating each with pySHACL gives, and
    a fix that breaks the shapes is refused all the same (retyping a place that is an
    event's place into a person)."""
    import kg.precheck
    import kg.validate

    checked = []
    shacl = kg.validate.validate
    CLOCKS = (NKG.curatedAt, NKG.undoneAt, NKG.ingestedAt)  # when each store was made
    monkeypatch.setattr(kg.validate, "validate", lambda g: checked.append(g) or shacl(g))
    monkeypatch.setattr(kg.precheck, "surely_conforms", lambda g: False)
    build_curated(tmp_path / "shacl")
    assert checked  # every changed view went to pySHACL

    def graphs(root: Path) -> dict[str, set]:
        with GraphStore.open(root, read_only=True) as gs:
            return {name: {t for t in gs.graph(name) if t[1] not in CLOCKS}
                    for name in gs.graphs()}

    assert graphs(tmp_path / "shacl") == graphs(data_dir)
    monkeypatch.undo()
    shutil.copytree(data_dir, tmp_path / "copy")
    with GraphStore.open(tmp_path / "copy") as gs, pytest.raises(StoreError, match="refused"):
        curation.retype(gs, "Osterby", "Person")
