"""The Wikidata JSON dump as three real clients read it: Wikidata Toolkit, qwikidata,
WikibaseIntegrator (``tests/wikibase_clients.py``).

What each reader understood of every entity (labels, descriptions, aliases, and every
claim with its id, rank, value, qualifiers and references) must be exactly what the
export meant to write: the expected summaries are made from the export's own records
(``kg.wikidata.wikibase_entities``), not from the JSON it wrote. The dumps are the
invented canonical graph, a graph with a retracted and disputed claim, an article URL,
ingestion times and a Wikidata link, and the MEANTIME development set read by the real
pipeline (``tests/data/meantime-dev``: 30 English Wikinews articles, CC BY).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from canonical_graph import build_store
from test_wikidata_export import retraction, store_with
from wikibase_clients import MISSING, READERS, comparable, read_dump

from kg import iri
from kg.pipeline import build
from kg.store import GraphStore
from kg.wikidata import export_wikibase, wikibase_entities
from kg.wikidata.model import Claim, Entity, ItemValue, MonolingualValue, Snak, TextValue, TimeValue

MEANTIME = Path(__file__).resolve().parent / "data" / "meantime-dev" / "articles.jsonl"


def expected(e: Entity) -> dict[str, Any]:
    """The summary a reader should give of ``e``, in ``wikibase_clients``' shape."""
    return {
        "type": "property" if e.is_property else "item",
        "datatype": e.datatype if e.is_property else None,
        "labels": {"en": e.label},
        "descriptions": {"en": e.description} if e.description else {},
        "aliases": {"en": list(e.aliases)} if e.aliases else {},
        "claims": {p: [_claim(c) for c in cs] for p, cs in e.claims_by_property().items()},
    }


def _claim(c: Claim) -> dict[str, Any]:
    qualifiers: dict[str, list] = {}
    for q in c.qualifiers:
        qualifiers.setdefault(q.property, []).append(_value(q))
    references = []
    for r in c.references:
        snaks: dict[str, list] = {}
        for s in r.snaks:
            snaks.setdefault(s.property, []).append(_value(s))
        references.append(snaks)
    return {"id": c.guid, "rank": c.rank, "value": _value(c.mainsnak),
            "qualifiers": qualifiers, "references": references}


def _value(s: Snak) -> Any:
    v = s.value
    if isinstance(v, ItemValue):
        return v.id
    if isinstance(v, MonolingualValue):
        return {"text": v.text, "language": v.language}
    if isinstance(v, TimeValue):
        return {"time": v.wikibase, "precision": v.precision}
    assert isinstance(v, TextValue)
    return v.text


def exported(root: Path, out: Path) -> tuple[Path, dict[str, dict[str, Any]]]:
    """The JSON dump of the store at ``root`` and the summaries its readers should give."""
    with GraphStore.open(root, read_only=True) as store:
        export_wikibase(store, out, "wikidata-json")
        records = wikibase_entities(store)
    return out, {e.id: expected(e) for e in records}


def assert_read_as_exported(path: Path, want: dict[str, dict[str, Any]], reader: str) -> None:
    got = read_dump(path, reader)
    assert list(got) == list(want), f"{reader} read other entities"
    if MISSING[reader]:
        got = {k: comparable(v) for k, v in got.items()}
        want = {k: comparable(v) for k, v in want.items()}
    for entity_id, summary in want.items():
        assert got[entity_id] == summary, f"{reader} read {entity_id} differently"


@pytest.fixture(scope="module")
def canonical(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("clients-canonical")
    return exported(build_store(folder / "data"), folder / "dump.json")


@pytest.fixture(scope="module")
def disputed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("clients-disputed")
    ministry = str(iri.entity_iri("Organization", "Ministry of Ports"))
    root = store_with(folder / "data", retraction(), links={ministry: "Q4294967"})
    return exported(root, folder / "dump.json")


@pytest.fixture(scope="module")
def meantime(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    if not MEANTIME.is_file():
        pytest.fail(f"the MEANTIME development set is missing: {MEANTIME}")
    folder = tmp_path_factory.mktemp("clients-meantime")
    summary = build([str(MEANTIME)], store=folder / "data")
    assert summary.stored == 30 and summary.quarantined == 0
    return exported(folder / "data", folder / "dump.json")


@pytest.mark.parametrize("reader", READERS)
def test_canonical_dump_reads_back_exactly(canonical, reader: str) -> None:
    assert_read_as_exported(*canonical, reader)


@pytest.mark.parametrize("reader", READERS)
def test_ranks_disputes_references_and_links_read_back_exactly(disputed, reader: str) -> None:
    path, want = disputed
    assert_read_as_exported(path, want, reader)
    assert ranks(path, reader) == {"normal", "deprecated"}


def ranks(path: Path, reader: str) -> set[str]:
    """The ranks of every claim of the dump at ``path`` as ``reader`` reads them."""
    return {c["rank"] for e in read_dump(path, reader).values()
            for cs in e["claims"].values() for c in cs}


@pytest.fixture(scope="module")
def clustered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The invented corpus of ``tests/data/claims``: claim clusters across articles."""
    from claims_graph import build_store as build_claims

    folder = tmp_path_factory.mktemp("clients-clustered")
    return exported(build_claims(folder / "data"), folder / "dump.json")


@pytest.mark.parametrize("reader", READERS)
def test_disputes_across_articles_read_back_exactly(clustered, reader: str) -> None:
    path, want = clustered
    assert_read_as_exported(path, want, reader)
    assert ranks(path, reader) == {"normal", "deprecated"}


@pytest.mark.slow
@pytest.mark.parametrize("reader", READERS)
def test_meantime_dev_export_loads_in_every_reader(meantime, reader: str) -> None:
    path, want = meantime
    assert_read_as_exported(path, want, reader)
    claims = sum(len(cs) for e in want.values() for cs in e["claims"].values())
    assert len(want) > 150 and claims > 800  # the whole set, not a sample


def test_readers_agree_on_the_counts_of_labels_claims_qualifiers_references(canonical) -> None:
    path, _ = canonical
    counts = {}
    for reader in READERS:
        entities = read_dump(path, reader).values()
        claims = [c for e in entities for cs in e["claims"].values() for c in cs]
        counts[reader] = (sum(len(e["labels"]) for e in entities), len(claims),
                          sum(len(v) for c in claims for v in c["qualifiers"].values()),
                          sum(len(c["references"]) for c in claims))
    assert len(set(counts.values())) == 1, counts
    assert all(n > 0 for n in counts["wdtk"]), counts
