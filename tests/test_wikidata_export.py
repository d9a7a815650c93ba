"""Wikibase exports: the JSON dump, the Wikibase RDF dump and QuickStatements v1.

The graph is ``canonical_graph`` (invented articles about a river town) plus, where a
test needs it, small invented articles built through the real mapping. What each
export must hold comes from ``shared/reference/formats.md``: the JSON structure and
what offline readers require (§1, §4.5), the RDF vocabulary (§2) and QuickStatements
syntax (§3). ``test_wikidata_clients.py`` loads the same dumps with real readers.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from canonical_graph import NASTY, TEXT_A, build_store, evidence
from click.testing import CliRunner
from rdflib import OWL, Graph, URIRef

from kg import iri
from kg.cli import main
from kg.query import bind_params, get_query, inline_bindings, run_query
from kg.rdf import add_bookkeeping, extraction_graph
from kg.records import Article, DateValue, Entity, Event, Extraction, Span, Statement
from kg.resources import queries_dir
from kg.store import LINKS_GRAPH, GraphStore
from kg.vocab import NKG, WD
from kg.wikidata import export_wikibase, load_ontology, wikibase_entities
from kg.wikidata.model import Entity as WikibaseEntity
from kg.wikidata.quickstatements import quote
from kg.wikidata.schema import BY_KEY, PROPERTIES, PROPERTY_IDS

P = PROPERTY_IDS  # the export's property ids by key: P["speaker"] == "P14"
GUID = re.compile(r"^[QP]\d+\$[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")
WIKIBASE_QUERIES = queries_dir() / "wikibase"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("wikibase") / "data")


@pytest.fixture(scope="module")
def dumps(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The three exports of the canonical graph, written once."""
    out = tmp_path_factory.mktemp("dumps")
    files = {"wikidata-json": out / "dump.json", "wikibase-rdf": out / "dump.ttl",
             "quickstatements": out / "dump.qs"}
    with GraphStore.open(data_dir, read_only=True) as store:
        for fmt, path in files.items():
            export_wikibase(store, path, fmt)
    return files


@pytest.fixture(scope="module")
def entities(dumps: dict[str, Path]) -> dict[str, dict]:
    return {e["id"]: e for e in dump_entities(dumps["wikidata-json"])}


def dump_entities(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return [json.loads(line.rstrip(",")) for line in lines[1:-2]]


def label(e: dict) -> str:
    return e["labels"]["en"]["value"]


def by_label(entities: dict[str, dict], text: str) -> dict:
    found = [e for e in entities.values() if e["labels"].get("en", {}).get("value") == text]
    assert len(found) == 1, f"{len(found)} entities labelled {text!r}"
    return found[0]


def values(snaks: list[dict]) -> list:
    return [s["datavalue"]["value"] for s in snaks]


def item_ids(snaks: list[dict]) -> list[str]:
    return [v["id"] for v in values(snaks)]


def claims(e: dict, key: str) -> list[dict]:
    return e["claims"].get(P[key], [])


def store_with(root: Path, *extractions: Extraction, links: dict[str, str] | None = None) -> Path:
    """A store holding the articles' graphs (and owl:sameAs links in a graph of their own)."""
    with GraphStore.open(root) as store:
        for ex in extractions:
            g = extraction_graph(ex)
            add_bookkeeping(g, ex.article, content_hash="h",
                            ingested_at=dt.datetime(2024, 5, 2, 9, 30, tzinfo=dt.UTC))
            store.replace_graph(iri.article_graph(ex.article.id), g)
        if links:
            g = Graph()
            for entity, qid in links.items():
                g.add((URIRef(entity), OWL.sameAs, WD[qid]))
            store.replace_graph(LINKS_GRAPH, g)
    return root


def export(root: Path, fmt: str, out: Path) -> Path:
    with GraphStore.open(root, read_only=True) as store:
        export_wikibase(store, out, fmt)
    return out


# ---------------------------------------------------------------- JSON dump: structure


def test_json_dump_has_wikibase_layout(dumps: dict[str, Path]) -> None:
    lines = dumps["wikidata-json"].read_text(encoding="utf-8").split("\n")
    assert lines[0] == "[" and lines[-2] == "]" and lines[-1] == ""
    body = lines[1:-2]
    assert all(line.endswith(",") for line in body[:-1]) and not body[-1].endswith(",")
    assert all(isinstance(json.loads(line.rstrip(",")), dict) for line in body)


def test_every_entity_has_what_offline_readers_require(entities: dict[str, dict]) -> None:
    for e in entities.values():
        assert {"type", "id", "labels", "descriptions", "aliases", "claims", "lastrevid",
                "modified"} <= e.keys(), e["id"]
        assert isinstance(e["lastrevid"], int)
        assert ("sitelinks" in e) == (e["type"] == "item")
        assert ("datatype" in e) == (e["type"] == "property")
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["modified"])
        assert 0 < len(label(e)) <= 250


def test_every_claim_has_id_rank_datatype_hashes_and_orders(entities: dict[str, dict]) -> None:
    seen: set[str] = set()
    for e in entities.values():
        for prop, statements in e["claims"].items():
            for c in statements:
                assert GUID.match(c["id"]) and c["id"].startswith(e["id"] + "$"), c["id"]
                assert c["id"] not in seen
                seen.add(c["id"])
                assert c["type"] == "statement" and c["rank"] in ("normal", "deprecated")
                assert c["mainsnak"]["property"] == prop
                snaks = [c["mainsnak"]]
                if "qualifiers" in c:
                    assert set(c["qualifiers-order"]) == set(c["qualifiers"])
                    snaks += [s for group in c["qualifiers"].values() for s in group]
                for ref in c.get("references", []):
                    assert set(ref["snaks-order"]) == set(ref["snaks"]) and ref["hash"]
                    snaks += [s for group in ref["snaks"].values() for s in group]
                for s in snaks:
                    assert s["snaktype"] == "value" and s["hash"]
                    assert s["datatype"] == entities[s["property"]]["datatype"]
                    if s["datatype"] == "wikibase-item":
                        v = s["datavalue"]["value"]
                        assert v["id"] in entities and v["numeric-id"] == int(v["id"][1:])


def test_properties_are_numbered_in_the_schema_order_with_wikidata_equivalents(
    entities: dict[str, dict],
) -> None:
    for n, p in enumerate(PROPERTIES, start=1):
        e = entities[f"P{n}"]
        assert (label(e), e["datatype"]) == (p.label, p.datatype)
        equivalents = [c["mainsnak"]["datavalue"]["value"] for c in claims(e, "equivalent")]
        expected = [f"http://www.wikidata.org/entity/{p.wikidata}"] if p.wikidata else []
        assert equivalents == expected


def test_ontology_states_the_same_wikidata_mapping_as_the_export() -> None:
    ontology = load_ontology()
    for p in PROPERTIES:
        if p.source is not None and str(p.source).startswith(str(NKG._NS)):
            stated = ontology.value(p.source, NKG.wikidataProperty)
            assert stated == (WD[p.wikidata] if p.wikidata else None), p.key
    assert ontology.value(NKG.agent, NKG.wikidataProperty) == WD["P710"]  # with its role


def test_classes_are_items_with_their_subclass_tree_and_wikidata_matches(
    entities: dict[str, dict],
) -> None:
    control, event, person = (by_label(entities, t) for t in ("control event", "event", "person"))
    assert item_ids([c["mainsnak"] for c in claims(control, "subclass")]) == [event["id"]]
    assert values([c["mainsnak"] for c in claims(person, "match")]) == [
        "http://www.wikidata.org/entity/Q5"]
    assert values([c["mainsnak"] for c in claims(control, "iri")]) == [str(NKG.ControlEvent)]


def test_vocabulary_items_are_the_classes_and_values_items_use() -> None:
    from kg.records import EVENT_CLASSES, FACTUALITIES, STANCES
    from kg.wikidata.schema import AGENT_ROLE, vocabulary

    sources = [str(v.source) for v in vocabulary(load_ontology())]
    names = ("Agent", "Person", "Organization", "Place", "Article", "Event", "Statement",
             "Stance", "Factuality", *EVENT_CLASSES, *STANCES, *FACTUALITIES)
    assert sorted(sources) == sorted([str(NKG[n]) for n in names] + [str(AGENT_ROLE)])
    assert len(sources) == len(set(sources))  # no text spans, no kg link records


# ---------------------------------------------------------------- JSON dump: content


def test_entity_has_label_aliases_type_and_articles(entities: dict[str, dict]) -> None:
    guard = by_label(entities, "Northern Guard")
    assert [a["value"] for a in guard["aliases"]["en"]] == ["the Guard"]
    assert guard["descriptions"]["en"]["value"] == "organisation named in the news"
    types = claims(guard, "type")
    assert item_ids([c["mainsnak"] for c in types]) == [by_label(entities, "organisation")["id"]]
    stated_in = [item_ids(r["snaks"][P["stated"]]) for r in types[0]["references"]]
    articles = [by_label(entities, a)["id"] for a in ("reed-1", "reed-2", "reed-3")]
    assert stated_in == [[a] for a in articles]  # one reference per article, in date order
    assert item_ids([c["mainsnak"] for c in claims(guard, "mention")]) == articles


def test_membership_is_member_of_with_its_article(entities: dict[str, dict]) -> None:
    varga = by_label(entities, "Ilse Varga")
    (member,) = claims(varga, "member")
    assert item_ids([member["mainsnak"]]) == [by_label(entities, "Northern Guard")["id"]]
    assert item_ids(member["references"][0]["snaks"][P["stated"]]) == [
        by_label(entities, "reed-1")["id"]]


def test_statement_item_says_who_what_when_and_about_which_event(
    entities: dict[str, dict],
) -> None:
    st = by_label(entities, "Northern Guard: it had captured the river town of Osterby")
    assert st["descriptions"]["en"]["value"] == "assert statement in news article reed-1"
    main = {key: [c["mainsnak"]["datavalue"]["value"] for c in claims(st, key)]
            for key in ("speaker", "stance", "cue", "content", "date", "proposition")}
    assert main["speaker"][0]["id"] == by_label(entities, "Northern Guard")["id"]
    assert main["stance"][0]["id"] == by_label(entities, "assert")["id"]
    assert main["cue"] == ["say"]
    assert main["content"] == [{"text": "it had captured the river town of Osterby",
                                "language": "en"}]
    assert main["date"][0]["time"] == "+2023-06-11T00:00:00Z"
    assert main["date"][0]["precision"] == 11
    assert main["proposition"][0]["id"] == by_label(entities, "captured (control event)")["id"]
    assert claims(st, "quotation") == []  # reported speech, not a direct quote


def test_every_claim_from_an_article_cites_it_with_the_sentence(
    entities: dict[str, dict],
) -> None:
    st = by_label(entities, "Northern Guard: it had captured the river town of Osterby")
    reed = by_label(entities, "reed-1")
    for c in st["claims"].values():
        for claim in c:
            if claim["mainsnak"]["property"] == P["iri"]:
                continue
            (ref,) = claim["references"]
            assert ref["snaks-order"] == [P["stated"], P["published"], P["quotation"]]
            assert item_ids(ref["snaks"][P["stated"]]) == [reed["id"]]
            assert values(ref["snaks"][P["published"]])[0]["time"] == "+2023-06-12T00:00:00Z"
            assert values(ref["snaks"][P["quotation"]]) == [
                {"text": evidence(TEXT_A, 0), "language": "en"}]


def test_denied_claim_keeps_normal_rank_and_names_who_disputes_it(
    entities: dict[str, dict],
) -> None:
    union = by_label(entities, "Farmers Union")["id"]
    claim = by_label(entities, "Northern Guard: it had captured the river town of Osterby")
    event = by_label(entities, "captured (control event)")
    (proposition,) = claims(claim, "proposition")
    assert proposition["rank"] == "normal"
    assert item_ids(proposition["qualifiers"][P["disputed"]]) == [union]
    for key in ("participant", "place", "date"):
        for c in claims(event, key):
            assert c["rank"] == "normal" and item_ids(c["qualifiers"][P["disputed"]]) == [union]
    (agent,) = claims(event, "participant")
    assert agent["qualifiers-order"] == [P["role"], P["disputed"]]
    assert item_ids(agent["qualifiers"][P["role"]]) == [by_label(entities, "agent role")["id"]]
    denial = by_label(entities, "Farmers Union: Osterby had fallen")
    assert "qualifiers" not in claims(denial, "proposition")[0]  # the denial itself
    assert item_ids([claims(denial, "responds")[0]["mainsnak"]]) == [claim["id"]]


def retraction() -> Extraction:
    """A ministry claims a seizure, then denies it itself; a union disputes it too."""
    text = ("The Ministry of Ports said it had seized the ferry at Kelby. "
            "Later the Ministry of Ports denied that it had seized the ferry. "
            "The Dockers Union also denied it.")
    s1, s2, s3 = Span(0, 61), Span(62, 127), Span(128, len(text))
    ministry = Entity("m", "Organization", "Ministry of Ports")
    union = Entity("u", "Organization", "Dockers Union")
    kelby = Entity("k", "Place", "Kelby")
    day = DateValue("2024-05-01", "date", "")
    return Extraction(
        article=Article(id="kelby-1", text=text, published="2024-05-01",
                        url="https://news.example/kelby-1", title="Ferry seized at Kelby?"),
        entities=(ministry, union, kelby),
        events=(Event("e", "ControlEvent", "seized", Span(35, 41), s1, agents=("m",),
                      places=("k",), factuality="Claimed"),),
        statements=(
            Statement("a", "m", "Assert", "say", "it had seized the ferry at Kelby",
                      Span(28, 60), s1, date=day, proposition="e"),
            Statement("b", "m", "Deny", "deny", "it had seized the ferry", Span(103, 126), s2,
                      date=day, proposition="e", responds_to="a"),
            Statement("c", "u", "Deny", "deny", "it", Span(150, 152), s3, responds_to="a"),
        ),
    )


@pytest.fixture(scope="module")
def retracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = store_with(tmp_path_factory.mktemp("retracted") / "data", retraction())
    out = tmp_path_factory.mktemp("retracted-dumps")
    return {"root": root, "json": export(root, "wikidata-json", out / "d.json"),
            "rdf": export(root, "wikibase-rdf", out / "d.ttl")}


def test_claim_denied_by_its_own_speaker_is_deprecated(retracted: dict[str, Path]) -> None:
    entities = {e["id"]: e for e in dump_entities(retracted["json"])}
    claim = by_label(entities, "Ministry of Ports: it had seized the ferry at Kelby")
    event = by_label(entities, "seized (control event)")
    union = by_label(entities, "Dockers Union")["id"]
    (proposition,) = claims(claim, "proposition")
    assert proposition["rank"] == "deprecated"
    assert item_ids(proposition["qualifiers"][P["disputed"]]) == [union]  # the other denier
    for key in ("participant", "place"):
        assert [c["rank"] for c in claims(event, key)] == ["deprecated"]
    assert [c["rank"] for c in claims(event, "type")] == ["normal"]


def test_truthy_triples_leave_out_deprecated_claims(retracted: dict[str, Path]) -> None:
    store = ox.Store()
    store.load(path=str(retracted["rdf"]), format=ox.RdfFormat.TURTLE)
    prefixes = ("PREFIX wdt: <https://w3id.org/newskg/wikibase/prop/direct/> "
                "PREFIX p: <https://w3id.org/newskg/wikibase/prop/> "
                "PREFIX wikibase: <http://wikiba.se/ontology#> "
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ")
    truthy = f"{prefixes} ASK {{ ?e rdfs:label 'seized (control event)'@en ; wdt:{P['place']} ?x }}"
    full = (f"{prefixes} ASK {{ ?e rdfs:label 'seized (control event)'@en ; p:{P['place']} ?s . "
            "?s wikibase:rank wikibase:DeprecatedRank }")
    assert not bool(store.query(truthy)) and bool(store.query(full))


def test_references_carry_url_publication_and_retrieval_dates(
    retracted: dict[str, Path],
) -> None:
    entities = {e["id"]: e for e in dump_entities(retracted["json"])}
    (ref,) = claims(by_label(entities, "seized (control event)"), "type")[0]["references"]
    assert ref["snaks-order"] == [P[k] for k in ("stated", "refurl", "published", "retrieved",
                                                 "quotation")]
    assert values(ref["snaks"][P["refurl"]]) == ["https://news.example/kelby-1"]
    assert values(ref["snaks"][P["retrieved"]])[0]["time"] == "+2024-05-02T00:00:00Z"
    article = by_label(entities, "Ferry seized at Kelby?")
    assert values([claims(article, "title")[0]["mainsnak"]]) == [
        {"text": "Ferry seized at Kelby?", "language": "en"}]
    assert values([claims(article, "url")[0]["mainsnak"]]) == ["https://news.example/kelby-1"]
    assert article["modified"] == "2024-05-02T09:30:00Z"


# ---------------------------------------------------------------- ids, dates, links


def test_exports_of_the_same_graph_are_identical(data_dir: Path, tmp_path: Path) -> None:
    for fmt in ("wikidata-json", "wikibase-rdf", "quickstatements"):
        first = export(data_dir, fmt, tmp_path / "a").read_bytes()
        assert export(data_dir, fmt, tmp_path / "b").read_bytes() == first, fmt


def test_claim_guids_keep_their_uuid_when_the_graph_grows(tmp_path: Path) -> None:
    root = store_with(tmp_path / "data", retraction())
    before = {c["id"].split("$")[1]: label(e) for e in dump_entities(
        export(root, "wikidata-json", tmp_path / "a.json")) for cs in e["claims"].values()
        for c in cs}
    store_with(root, quiet_article())
    after = {c["id"].split("$")[1]: label(e) for e in dump_entities(
        export(root, "wikidata-json", tmp_path / "b.json")) for cs in e["claims"].values()
        for c in cs}
    assert before.items() <= after.items()


def quiet_article() -> Extraction:
    text = "Aldo Brin spoke in Kelby."
    return Extraction(article=Article(id="kelby-0", text=text, published="2024-04-01"),
                      entities=(Entity("a", "Person", "Aldo Brin"), Entity("k", "Place", "Kelby")))


@pytest.mark.parametrize(("date", "time", "precision", "rdf"), [
    (DateValue("2024-05-01", "date", "on Wednesday"), "+2024-05-01T00:00:00Z", 11,
     "2024-05-01T00:00:00Z"),
    (DateValue("2024-04", "gYearMonth", "last month"), "+2024-04-00T00:00:00Z", 10,
     "2024-04-01T00:00:00Z"),
    (DateValue("2023", "gYear", "last year"), "+2023-00-00T00:00:00Z", 9,
     "2023-01-01T00:00:00Z"),
    (DateValue("2024-05-01T14:30:00+02:00", "dateTime", "at 14:30"), "+2024-05-01T00:00:00Z",
     11, "2024-05-01T00:00:00Z"),
])
def test_dates_keep_their_precision(tmp_path: Path, date: DateValue, time: str, precision: int,
                                    rdf: str) -> None:
    text = "Aldo Brin said the port reopened."
    ex = Extraction(
        article=Article(id="port-9", text=text, published="2024-05-01"),
        entities=(Entity("a", "Person", "Aldo Brin"),),
        statements=(Statement("s", "a", "Assert", "say", "the port reopened", Span(15, 32),
                              Span(0, len(text)), date=date),))
    root = store_with(tmp_path / "data", ex)
    entities = {e["id"]: e for e in dump_entities(export(root, "wikidata-json", tmp_path / "d"))}
    (when,) = claims(by_label(entities, "Aldo Brin: the port reopened"), "date")
    assert when["mainsnak"]["datavalue"]["value"]["time"] == time
    assert when["mainsnak"]["datavalue"]["value"]["precision"] == precision
    turtle = export(root, "wikibase-rdf", tmp_path / "d.ttl").read_text(encoding="utf-8")
    assert f'wdt:{P["date"]} "{rdf}"^^xsd:dateTime' in turtle
    assert f'wikibase:timePrecision {precision}' in turtle or (
        f'wikibase:timePrecision "{precision}"^^xsd:integer' in turtle)


def test_entity_linked_to_wikidata_carries_its_qid(tmp_path: Path) -> None:
    ministry = str(iri.entity_iri("Organization", "Ministry of Ports"))
    stray = str(iri.entity_iri("Person", "Nobody Here"))  # linked, but in no article
    root = store_with(tmp_path / "data", retraction(), links={ministry: "Q4294967", stray: "Q7"})
    entities = {e["id"]: e for e in dump_entities(export(root, "wikidata-json", tmp_path / "d"))}
    assert not [e for e in entities.values() if stray in json.dumps(e)]
    match = claims(by_label(entities, "Ministry of Ports"), "match")
    assert [c["mainsnak"]["datavalue"]["value"] for c in match] == [
        "http://www.wikidata.org/entity/Q4294967"]
    assert claims(by_label(entities, "Dockers Union"), "match") == []


def test_awkward_text_survives_every_export(dumps: dict[str, Path],
                                            entities: dict[str, dict]) -> None:
    assert by_label(entities, NASTY)["type"] == "item"
    rdf = Graph().parse(dumps["wikibase-rdf"], format="turtle")
    assert any(str(o) == NASTY for o in rdf.objects())
    qs = dumps["quickstatements"].read_text(encoding="utf-8")
    assert f'LAST\tLen\t"{NASTY}"' in qs.split("\n")


# ---------------------------------------------------------------- Wikibase RDF


def test_rdf_dump_answers_who_claimed_control_like_the_native_query(
    data_dir: Path, dumps: dict[str, Path],
) -> None:
    with GraphStore.open(data_dir, read_only=True) as store:
        native = run_query(store, "claimed-control", {"place": "osterby"}).dicts()
    dump = ox.Store()
    dump.load(path=str(dumps["wikibase-rdf"]), format=ox.RdfFormat.TURTLE)
    assert native
    for name, columns in (("claimed-control", ("speaker", "date", "stance", "content",
                                               "evidence", "article")),
                          ("claimed-control-truthy", ("speaker", "date", "stance", "content"))):
        q = get_query(name, WIKIBASE_QUERIES)
        text = inline_bindings(q.text, bind_params(q, {"place": "Osterby"}))
        rows = [{c: (r[c].value if r[c] is not None else None) for c in columns}
                for r in dump.query(text)]
        assert [_comparable(r, columns) for r in rows] == [
            _comparable({c: (str(n[c]) if n[c] is not None else None) for c in columns}, columns)
            for n in native], name
    q = get_query("claimed-control", WIKIBASE_QUERIES)
    disputed = {r["speaker"].value: r["disputedBy"].value if r["disputedBy"] else ""
                for r in dump.query(inline_bindings(q.text, bind_params(q, {"place": "osterby"})))}
    assert disputed == {"Northern Guard": "Farmers Union", "Farmers Union": ""}  # pq: qualifiers


def _comparable(row: dict, columns: tuple[str, ...]) -> tuple:
    """A row with dates to the day and stances in lower case (labels vs local names)."""
    out = []
    for c in columns:
        v = row[c]
        out.append(v[:10] if c == "date" and v else v.lower() if c == "stance" and v else v)
    return tuple(out)


def test_rdf_dump_describes_properties_statements_references_and_values(
    dumps: dict[str, Path],
) -> None:
    store = ox.Store()
    store.load(path=str(dumps["wikibase-rdf"]), format=ox.RdfFormat.TURTLE)
    prefixes = "".join(f"PREFIX {k}: <{v}> " for k, v in {
        "wd": "https://w3id.org/newskg/wikibase/entity/", "wikibase": "http://wikiba.se/ontology#",
        "p": "https://w3id.org/newskg/wikibase/prop/",
        "ps": "https://w3id.org/newskg/wikibase/prop/statement/",
        "psv": "https://w3id.org/newskg/wikibase/prop/statement/value/",
        "prov": "http://www.w3.org/ns/prov#", "schema": "http://schema.org/",
        "wdt": "https://w3id.org/newskg/wikibase/prop/direct/"}.items())
    asks = [
        f"wd:{P['speaker']} a wikibase:Property ; wikibase:propertyType wikibase:WikibaseItem ; "
        f"wikibase:claim p:{P['speaker']} ; wikibase:directClaim wdt:{P['speaker']}",
        "?s a wikibase:Statement, wikibase:BestRank ; wikibase:rank wikibase:NormalRank ; "
        "prov:wasDerivedFrom ?r . ?r a wikibase:Reference",
        f"?s psv:{P['date']} ?v . ?v a wikibase:TimeValue ; wikibase:timePrecision 11 ; "
        "wikibase:timeCalendarModel <http://www.wikidata.org/entity/Q1985727>",
        "?d a schema:Dataset ; schema:about ?e . ?e a wikibase:Item",
        "wikibase:Dump a schema:Dataset",
    ]
    for pattern in asks:
        assert bool(store.query(f"{prefixes} ASK {{ {pattern} }}")), pattern
    statements = store.query(
        f"{prefixes} SELECT (COUNT(*) AS ?n) WHERE {{ ?s a wikibase:Statement }}")
    count = int(next(iter(statements))[0].value)
    assert count == sum(len(cs) for e in dump_entities(dumps["wikidata-json"])
                        for cs in e["claims"].values())


# ---------------------------------------------------------------- QuickStatements


def test_quickstatements_create_every_item_then_add_every_claim(
    dumps: dict[str, Path], entities: dict[str, dict],
) -> None:
    lines = dumps["quickstatements"].read_text(encoding="utf-8").splitlines()
    items = [e for e in entities.values() if e["type"] == "item"]
    assert lines.count("CREATE") == len(items)
    labels = [line.split("\t")[2] for line in lines if line.startswith("LAST\tLen\t")]
    assert labels == [f'"{label(e)}"' for e in items]  # created in id order: ids match
    claim_lines = [line.split("\t") for line in lines if re.match(r"^Q\d+\t", line)]
    for fields in claim_lines:
        assert len(fields) % 2 == 1 and re.fullmatch(r"P\d+", fields[1])
        keys = fields[3::2]
        assert all(re.fullmatch(r"[PS]\d+", k) for k in keys)
        sources = [k for k in keys if k.startswith("S")]
        assert keys == [k for k in keys if k.startswith("P")] + sources  # qualifiers first
    with_refs = {(f[0], f[1], f[2]) for f in claim_lines}
    assert len(with_refs) == sum(len(cs) for e in items for cs in e["claims"].values())


def test_quickstatements_values_follow_v1_syntax(dumps: dict[str, Path]) -> None:
    lines = dumps["quickstatements"].read_text(encoding="utf-8").splitlines()
    date = next(line for line in lines if f"\t{P['date']}\t+2023-06-11" in line)
    assert "\t+2023-06-11T00:00:00Z/11\t" in date + "\t"
    content = next(line for line in lines if f"\t{P['content']}\t" in line)
    assert re.search(rf"\t{P['content']}\ten:\"[^\t]+\"", content)
    assert re.search(rf"\tS{P['stated'][1:]}\tQ\d+", content)
    assert re.search(rf"\tS{P['quotation'][1:]}\ten:\"[^\t]+\"", content)


def test_text_with_tabs_and_line_breaks_stays_one_field(tmp_path: Path) -> None:
    text = "Aldo Brin said:\t\"we\nwill stay\"."
    ex = Extraction(
        article=Article(id="tab-1", text=text, published="2024-05-01", title="One\tTwo\nThree"),
        entities=(Entity("a", "Person", "Aldo Brin"),),
        statements=(Statement("s", "a", "Assert", "say", "we\nwill stay", Span(18, 29),
                              Span(0, len(text)), is_direct_quote=True),))
    qs = export(store_with(tmp_path / "data", ex), "quickstatements", tmp_path / "q")
    lines = qs.read_text(encoding="utf-8").splitlines()
    assert 'LAST\tLen\t"One Two Three"' in lines
    quoted = [line for line in lines if f"\t{P['quotation']}\t" in line]
    assert quoted and all('en:"we will stay"' in line for line in quoted)


def _v1_commands(text: str, *, url_form: bool) -> list[list[str]]:
    """Commands as a v1 reader splits them: by tab and line (the file form), or, as
    QuickStatements 3.0's parser also does, with ``||`` and ``|`` read as line and tab."""
    if url_form:
        text = text.replace("||", "\n").replace("|", "\t")
    return [line.split("\t") for line in text.split("\n") if line]


def test_a_bar_in_a_url_value_is_percent_encoded() -> None:
    assert quote("https://example.org/a?tags=pier|quay") == '"https://example.org/a?tags=pier%7Cquay"'
    assert quote("pier | quay") == '"pier \u00a6 quay"'


def test_bars_in_values_add_no_commands(tmp_path: Path) -> None:
    title = "Harbour||Q1|P1|Q2||LAST|Len|\"x\""
    text = "Ada Moreno said the pier|quay was closed."
    ex = Extraction(
        article=Article(id="bar-1", text=text, published="2024-05-01", title=title),
        entities=(Entity("a", "Person", "Ada Moreno||Q2|P31|Q5"),),
        statements=(Statement("s", "a", "Assert", "say", "the pier|quay was closed",
                              Span(18, 42), Span(0, len(text))),))
    qs = export(store_with(tmp_path / "data", ex), "quickstatements", tmp_path / "q")
    written = qs.read_text(encoding="utf-8")
    assert "|" not in written
    file_form = _v1_commands(written, url_form=False)
    assert _v1_commands(written, url_form=True) == file_form
    label = title.replace("|", "\u00a6")
    assert ["LAST", "Len", f'"{label}"'] in file_form
    assert any("en:\"the pier\u00a6quay was closed\"" in c for c in file_form)
    assert all(c == ["CREATE"] or len(c) == 3 or len(c) % 2 == 1 for c in file_form)


# ---------------------------------------------------------------- API and CLI


def test_entities_api_gives_the_same_entities_the_dump_holds(
    data_dir: Path, entities: dict[str, dict],
) -> None:
    with GraphStore.open(data_dir, read_only=True) as store:
        records = wikibase_entities(store)
    assert all(isinstance(e, WikibaseEntity) for e in records)
    assert [e.id for e in records] == list(entities)
    assert sum(len(e.claims) for e in records) == sum(
        len(cs) for e in entities.values() for cs in e["claims"].values())
    assert {p.key for p in PROPERTIES} == set(BY_KEY)


@pytest.mark.parametrize(("fmt", "unit"), [("wikidata-json", "entities"),
                                           ("wikibase-rdf", "entities"),
                                           ("quickstatements", "lines")])
def test_cli_exports_and_says_what_it_wrote(data_dir: Path, tmp_path: Path, fmt: str,
                                            unit: str) -> None:
    out = tmp_path / "dump"
    result = CliRunner().invoke(main, ["export", "--store", str(data_dir), "--format", fmt,
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert re.search(rf"wrote \d+ {unit} to {re.escape(str(out))}: \d+ items, \d+ properties, "
                     r"\d+ claims", result.output)
    assert out.stat().st_size > 1000


def test_cli_rejects_an_unknown_id_scheme(data_dir: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--store", str(data_dir), "--format",
                                       "wikidata-json", "--ids", "wikidata"])
    assert result.exit_code == 2 and "local" in result.output


def test_rdf_dump_can_use_another_concept_uri(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "d.ttl"
    result = CliRunner().invoke(main, ["export", "--store", str(data_dir), "--format",
                                       "wikibase-rdf", "--concept-uri", "http://kb.example/",
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    g = Graph().parse(out, format="turtle")
    assert (URIRef(f"http://kb.example/entity/{P['speaker']}"), None, None) in g
    assert not any(str(s).startswith("https://w3id.org/newskg/wikibase/") for s in g.subjects())
