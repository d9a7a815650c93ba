"""The Wikibase JSON reader harness (tests/wikibase_clients.py) on dumps whose content is known.

The reference sample (tests/data/wikibase-sample/dump.json: every datavalue type, somevalue
and novalue, qualifiers, a reference, a property) reads as written by hand below in all
three readers, and the readers agree. Broken entities are rejected by the readers the
reference says reject them, with the reader's own error; the lenient readers' acceptance
is pinned too. A 2 000-entity dump generated here goes through all three in seconds.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from wikibase_clients import (
    MISSING,
    READERS,
    ReaderRejected,
    comparable,
    read_dump,
    wdtk_classpath,
)

SAMPLE_DUMP = Path(__file__).resolve().parent / "data" / "wikibase-sample" / "dump.json"


def time_value(time: str, precision: int) -> dict:
    return {"time": time, "precision": precision}


#: dump.json as its author wrote it (formats.md §1, samples/Q1.json), in the harness's shape.
SAMPLE = {
    "Q1": {
        "type": "item",
        "datatype": None,
        "labels": {"en": "2021 Panjshir offensive"},
        "descriptions": {"en": "military offensive in Afghanistan"},
        "aliases": {"en": ["Battle of Panjshir"]},
        "claims": {
            "P31": [{"id": "Q1$6F9E1B2C-3D4A-4B5C-8D6E-7F8091A2B3C4", "rank": "normal",
                     "value": "Q1190554", "qualifiers": {}, "references": []}],
            "P585": [{"id": "Q1$0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9", "rank": "normal",
                      "value": time_value("+2021-09-06T00:00:00Z", 11), "qualifiers": {},
                      "references": [{
                          "P248": ["Q2"],
                          "P854": ["https://example.org/news/1"],
                          "P813": [time_value("+2021-09-07T00:00:00Z", 11)],
                      }]}],
            "P710": [
                {"id": "Q1$1B2C3D4E-5F60-4172-8384-A5B6C7D8E9F0", "rank": "normal",
                 "value": "Q3", "qualifiers": {"P580": [time_value("+2021-08-00T00:00:00Z", 10)]},
                 "references": []},
                {"id": "Q1$2C3D4E5F-6071-4283-9495-B6C7D8E9F0A1", "rank": "normal",
                 "value": "somevalue", "qualifiers": {}, "references": []},
            ],
            "P1476": [{"id": "Q1$3D4E5F60-7182-4394-A5A6-C7D8E9F0A1B2", "rank": "normal",
                       "value": {"text": "Panjshir offensive", "language": "en"},
                       "qualifiers": {}, "references": []}],
            "P1120": [{"id": "Q1$4E5F6071-8293-44A5-B6B7-D8E9F0A1B2C3", "rank": "normal",
                       "value": {"amount": "+12", "unit": "1"}, "qualifiers": {},
                       "references": []}],
            "P625": [{"id": "Q1$5F607182-93A4-45B6-87C8-E9F0A1B2C3D4", "rank": "normal",
                      "value": {"latitude": 35.3, "longitude": 69.5}, "qualifiers": {},
                      "references": []}],
            "P1545": [{"id": "Q1$60718293-A4B5-46C7-98D9-F0A1B2C3D4E5", "rank": "deprecated",
                       "value": "1", "qualifiers": {}, "references": []}],
            "P582": [{"id": "Q1$718293A4-B5C6-47D8-A9EA-01B2C3D4E5F6", "rank": "normal",
                      "value": "novalue", "qualifiers": {}, "references": []}],
        },
    },
    "P585": {"type": "property", "datatype": "time", "labels": {"en": "point in time"},
             "descriptions": {}, "aliases": {}, "claims": {}},
}


def as_reader_sees(expected: dict[str, dict], reader: str) -> dict[str, dict]:
    """`expected` with the fields `reader` cannot give (MISSING) set to None."""
    return {eid: {k: None if k in MISSING[reader] else v for k, v in summary.items()}
            for eid, summary in expected.items()}


def write_dump(path: Path, entities: list[dict]) -> Path:
    """`entities` in JsonDumpGenerator's layout: ``[``, one per line, ``,`` between, ``]``."""
    lines = ",\n".join(json.dumps(entity, ensure_ascii=False) for entity in entities)
    path.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    return path


def sample_entities() -> list[dict]:
    """The entity dicts of the sample dump, read plainly (to break copies of them)."""
    lines = SAMPLE_DUMP.read_text(encoding="utf-8").splitlines()
    return [json.loads(line.rstrip(",")) for line in lines if line not in ("[", "]")]


# ------------------------------------------------------------------ the sample

@pytest.mark.parametrize("reader", READERS)
def test_sample_dump_reads_as_written(reader: str) -> None:
    got = read_dump(SAMPLE_DUMP, reader)
    assert got == as_reader_sees(SAMPLE, reader)
    # order inside lists is part of the contract: statements and aliases as in the file
    assert [s["value"] for s in got["Q1"]["claims"]["P710"]] == ["Q3", "somevalue"]


def test_readers_agree_on_the_sample() -> None:
    seen = {reader: read_dump(SAMPLE_DUMP, reader) for reader in READERS}
    first = {eid: comparable(s) for eid, s in seen["wdtk"].items()}
    for reader in READERS[1:]:
        assert {eid: comparable(s) for eid, s in seen[reader].items()} == first, reader


def test_only_qwikidata_lacks_a_field_and_it_is_the_property_datatype() -> None:
    assert {reader: MISSING[reader] for reader in READERS} == {
        "wdtk": (), "qwikidata": ("datatype",), "wikibaseintegrator": ()}
    assert read_dump(SAMPLE_DUMP, "qwikidata")["P585"]["datatype"] is None


def test_python_readers_make_no_network_call(monkeypatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"network call: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for reader in ("qwikidata", "wikibaseintegrator"):
        assert read_dump(SAMPLE_DUMP, reader).keys() == {"Q1", "P585"}


def test_unknown_reader_names_the_readers() -> None:
    with pytest.raises(ValueError, match="wdtk, qwikidata, wikibaseintegrator"):
        read_dump(SAMPLE_DUMP, "pywikibot")


def test_wdtk_classpath_is_explicit_jars_without_the_looping_log4j_bridges() -> None:
    read_dump(SAMPLE_DUMP, "wdtk")  # installs the package when absent
    jars = wdtk_classpath().split(":")
    assert all(Path(jar).is_file() and jar.startswith("/usr/share/java/") for jar in jars)
    assert {Path(jar).stem for jar in jars} >= {"wdtk-datamodel", "jackson-databind"}
    assert not any("log4j" in jar for jar in jars)


# ------------------------------------------------------------------ broken entities

Breakage = Callable[[dict], None]


def no_rank(q1: dict) -> None:
    del q1["claims"]["P31"][0]["rank"]


def short_time(q1: dict) -> None:
    q1["claims"]["P585"][0]["mainsnak"]["datavalue"]["value"]["time"] = "+2021-09-06"


def no_statement_id(q1: dict) -> None:
    del q1["claims"]["P31"][0]["id"]


def no_qualifier_hash(q1: dict) -> None:
    del q1["claims"]["P710"][0]["qualifiers"]["P580"][0]["hash"]


def no_lastrevid(q1: dict) -> None:
    del q1["lastrevid"]


#: (breakage, {reader: a regex of its own error}); a reader not named accepts the entity.
#: From formats.md §4, and checked here.
REJECTIONS: list[tuple[Breakage, dict[str, str]]] = [
    (no_rank, {"wdtk": "No rank provided to create a statement",
               "qwikidata": r"ValueError: required claim_dict keys .*'rank'",
               "wikibaseintegrator": "KeyError: 'rank'"}),
    (short_time, {"wdtk": r"TimeValueImpl\$JacksonInnerTime"}),
    (no_statement_id, {"qwikidata": r"ValueError: required claim_dict keys .*'id'",
                       "wikibaseintegrator": "KeyError: 'id'"}),
    (no_qualifier_hash, {"qwikidata": r"ValueError: required qualifier_dict keys .*'hash'"}),
    (no_lastrevid, {"wikibaseintegrator": "KeyError: 'lastrevid'"}),
]
CASES = [pytest.param(breakage, reader, errors.get(reader), id=f"{breakage.__name__}-{reader}")
         for breakage, errors in REJECTIONS for reader in READERS]


def broken_dump(tmp_path: Path, breakage: Breakage) -> Path:
    """The sample with Q1 broken and moved after P585, so the bad entity is on line 3."""
    q1, p585 = sample_entities()
    breakage(q1)
    return write_dump(tmp_path / f"{breakage.__name__}.json", [p585, q1])


@pytest.mark.parametrize(("breakage", "reader", "error"), CASES)
def test_broken_entity_is_rejected_with_the_readers_own_error(
        tmp_path: Path, breakage: Breakage, reader: str, error: str | None) -> None:
    path = broken_dump(tmp_path, breakage)
    if error is None:
        assert read_dump(path, reader).keys() == {"P585", "Q1"}
        return
    with pytest.raises(ReaderRejected) as rejected:
        read_dump(path, reader)
    assert (rejected.value.reader, rejected.value.line) == (reader, 3)
    assert rejected.match(error)
    if reader != "wdtk":  # the Python reader's exception itself, not a copy
        assert rejected.value.__cause__ is not None


def test_lenient_readers_pass_a_short_time_through_unchanged(tmp_path: Path) -> None:
    path = broken_dump(tmp_path, short_time)
    for reader in ("qwikidata", "wikibaseintegrator"):
        value = read_dump(path, reader)["Q1"]["claims"]["P585"][0]["value"]
        assert value == time_value("+2021-09-06", 11), reader


def test_wdtk_reads_a_statement_without_id_as_none(tmp_path: Path) -> None:
    statement = read_dump(broken_dump(tmp_path, no_statement_id), "wdtk")["Q1"]["claims"]["P31"]
    assert statement[0]["id"] is None and statement[0]["value"] == "Q1190554"


def test_only_wikibaseintegrator_keeps_qualifiers_left_out_of_qualifiers_order(
        tmp_path: Path) -> None:
    def no_qualifiers_order(q1: dict) -> None:
        del q1["claims"]["P710"][0]["qualifiers-order"]

    path = broken_dump(tmp_path, no_qualifiers_order)
    kept = {reader: read_dump(path, reader)["Q1"]["claims"]["P710"][0]["qualifiers"]
            for reader in READERS}
    assert kept == {"wdtk": {}, "qwikidata": {},
                    "wikibaseintegrator": {"P580": [time_value("+2021-08-00T00:00:00Z", 10)]}}


def test_a_line_that_is_not_json_is_rejected_by_every_reader(tmp_path: Path) -> None:
    path = tmp_path / "truncated.json"
    text = SAMPLE_DUMP.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([text[0], text[1][:200] + ",", *text[2:]]) + "\n", encoding="utf-8")
    for reader in READERS:
        with pytest.raises(ReaderRejected) as rejected:
            read_dump(path, reader)
        assert rejected.value.line == 2, reader


# ------------------------------------------------------------------ a large generated dump

#: (datatype, value type, JSON value, normalised value) for entity n: every kind the harness
#: normalises, with the awkward cases (BCE, year precision, a unit, negative decimals).
def values(n: int) -> list[tuple[str, str, Any, Any]]:
    day = f"+{1900 + n % 120:04d}-{1 + n % 12:02d}-{1 + n % 28:02d}T00:00:00Z"
    return [
        ("wikibase-item", "wikibase-entityid",
         {"entity-type": "item", "numeric-id": n + 7, "id": f"Q{n + 7}"}, f"Q{n + 7}"),
        ("wikibase-property", "wikibase-entityid",
         {"entity-type": "property", "numeric-id": 31, "id": "P31"}, "P31"),
        ("string", "string", f"str\"ing\\{n}", f"str\"ing\\{n}"),
        ("external-id", "string", f"ext-{n}", f"ext-{n}"),
        ("url", "string", f"https://news.example/{n}?a=1&b=2", f"https://news.example/{n}?a=1&b=2"),
        ("commonsMedia", "string", f"Picture {n}.jpg", f"Picture {n}.jpg"),
        ("monolingualtext", "monolingualtext", {"text": f"Żółw {n} 🐢", "language": "pl"},
         {"text": f"Żółw {n} 🐢", "language": "pl"}),
        ("time", "time", time_json(day, 11), time_value(day, 11)),
        ("time", "time", time_json("+2021-09-00T00:00:00Z", 10),
         time_value("+2021-09-00T00:00:00Z", 10)),
        ("time", "time", time_json("+1999-00-00T00:00:00Z", 9),
         time_value("+1999-00-00T00:00:00Z", 9)),
        ("time", "time", time_json("-0044-03-15T00:00:00Z", 11),
         time_value("-0044-03-15T00:00:00Z", 11)),
        ("quantity", "quantity", {"amount": f"-{n}.25", "unit": "1"},
         {"amount": f"-{n}.25", "unit": "1"}),
        ("quantity", "quantity",
         {"amount": f"+{n}", "upperBound": f"+{n + 1}", "lowerBound": f"+{n - 1}",
          "unit": "http://www.wikidata.org/entity/Q11573"},
         {"amount": f"+{n}", "unit": "http://www.wikidata.org/entity/Q11573"}),
        ("globe-coordinate", "globecoordinate",
         {"latitude": 35.3 + n / 1000, "longitude": -69.5, "altitude": None,
          "precision": 0.0001, "globe": "http://www.wikidata.org/entity/Q2"},
         {"latitude": 35.3 + n / 1000, "longitude": -69.5}),
    ]


def time_json(time: str, precision: int) -> dict:
    return {"time": time, "timezone": 0, "before": 0, "after": 0, "precision": precision,
            "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}


def snak(pid: str, datatype: str, value_type: str | None, value: Any) -> dict:
    """A snak with the hash that dumps give qualifier and reference snaks (qwikidata needs it)."""
    out: dict[str, Any] = {"snaktype": "value", "property": pid, "datatype": datatype}
    if value_type is None:
        out["snaktype"] = value
    else:
        out["datavalue"] = {"value": value, "type": value_type}
    out["hash"] = hashlib.sha1(json.dumps(out, sort_keys=True).encode()).hexdigest()
    return out


def statement(eid: str, k: int, n: int) -> tuple[str, dict, dict]:
    """Statement k of entity n: (pid, JSON, summary), with qualifiers and references on some."""
    datatype, value_type, value, normal = values(n)[k]
    pid = f"P{100 + k}"
    uuid = f"{n:08X}-{k:04X}-4000-8000-{n * 31 + k:012X}"
    rank = ("normal", "preferred", "deprecated")[(n + k) % 3]
    body = {"mainsnak": snak(pid, datatype, value_type, value), "type": "statement",
            "id": f"{eid}${uuid}", "rank": rank}
    summary = {"id": f"{eid}${uuid}", "rank": rank, "value": normal, "qualifiers": {},
               "references": []}
    if k % 2 == 0:
        when = time_value(f"+{2000 + n % 20}-05-00T00:00:00Z", 10)
        body["qualifiers"] = {
            "P580": [snak("P580", "time", "time", time_json(when["time"], 10))],
            "P1310": [snak("P1310", "wikibase-item", None, "somevalue"),
                      snak("P1310", "wikibase-item", "wikibase-entityid",
                           {"entity-type": "item", "numeric-id": 5, "id": "Q5"})]}
        body["qualifiers-order"] = ["P580", "P1310"]
        summary["qualifiers"] = {"P580": [when], "P1310": ["somevalue", "Q5"]}
    if k % 3 == 0:
        url = f"https://news.example/{n}/{k}"
        snaks = {"P854": [snak("P854", "url", "string", url)],
                 "P813": [snak("P813", "time", None, "novalue")]}
        body["references"] = [
            {"hash": hashlib.sha1(url.encode()).hexdigest(), "snaks": snaks,
             "snaks-order": ["P854", "P813"]},
            {"hash": hashlib.sha1(eid.encode()).hexdigest(),
             "snaks": {"P248": [snak("P248", "wikibase-item", "wikibase-entityid",
                                     {"entity-type": "item", "numeric-id": 2, "id": "Q2"})]},
             "snaks-order": ["P248"]}]
        summary["references"] = [{"P854": [url], "P813": ["novalue"]}, {"P248": ["Q2"]}]
    return pid, body, summary


def terms(n: int) -> tuple[dict, dict]:
    """Labels, descriptions and aliases in two languages: (JSON fields, summary fields)."""
    label = {"en": f"Event {n} \"quoted\" \\ {chr(0x1F4F0)}", "uk": f"Подія {n}"}
    described = {"en": f"invented event number {n}"}
    aliases = {"en": [f"E{n}", f"Ev. {n}", f"Event no. {n}"], "uk": [f"П{n}"]}
    def language_map(texts: dict) -> dict:
        return {lang: {"language": lang, "value": text} for lang, text in texts.items()}
    json_terms = {"labels": language_map(label), "descriptions": language_map(described),
                  "aliases": {lang: [{"language": lang, "value": a} for a in texts]
                              for lang, texts in aliases.items()}}
    return json_terms, {"labels": label, "descriptions": described, "aliases": aliases}


def generated_entity(n: int) -> tuple[dict, dict]:
    """Entity n of the generated dump and its expected summary: an item, or every 10th a
    property of one of the datatypes."""
    json_terms, summary_terms = terms(n)
    if n % 10 == 0:
        datatype = values(n)[n // 10 % len(values(n))][0]
        entity = {"type": "property", "id": f"P{1000 + n}", "datatype": datatype,
                  "lastrevid": n + 1, **json_terms, "claims": {}}
        return entity, {"type": "property", "datatype": datatype, **summary_terms, "claims": {}}
    eid = f"Q{1000 + n}"
    claims: dict[str, list] = {}
    expected: dict[str, list] = {}
    for k in range(len(values(n))):
        pid, body, summary = statement(eid, k, n)
        claims.setdefault(pid, []).append(body)
        expected.setdefault(pid, []).append(summary)
    entity = {"type": "item", "id": eid, "lastrevid": n + 1,
              "modified": "2024-03-15T00:00:00Z", **json_terms, "claims": claims,
              "sitelinks": {}}
    return entity, {"type": "item", "datatype": None, **summary_terms, "claims": expected}


LARGE = 2000


@pytest.fixture(scope="module")
def large_dump(tmp_path_factory) -> tuple[Path, dict[str, dict]]:
    pairs = [generated_entity(n) for n in range(LARGE)]
    path = write_dump(tmp_path_factory.mktemp("large") / "large.json",
                      [entity for entity, _ in pairs])
    return path, {entity["id"]: summary for entity, summary in pairs}


@pytest.fixture(scope="module")
def read_large(large_dump) -> Callable[[str], tuple[dict[str, dict], float]]:
    """Each reader's reading of the large dump and the seconds it took, read once per reader."""
    path, _ = large_dump

    @functools.cache
    def read(reader: str) -> tuple[dict[str, dict], float]:
        started = time.monotonic()
        got = read_dump(path, reader)
        return got, time.monotonic() - started

    return read


@pytest.mark.parametrize("reader", READERS)
def test_a_large_dump_reads_in_full_and_in_reasonable_time(
        large_dump, read_large, reader: str) -> None:
    _, expected = large_dump
    got, elapsed = read_large(reader)
    assert len(got) == LARGE
    assert got == as_reader_sees(expected, reader)
    assert elapsed < 60, f"{reader} took {elapsed:.1f} s for {LARGE} entities"


def test_readers_agree_on_the_large_dump(read_large) -> None:
    seen = [{eid: comparable(s) for eid, s in read_large(reader)[0].items()}
            for reader in READERS]
    assert seen[0] == seen[1] == seen[2]


def test_a_duplicate_entity_is_an_error(tmp_path: Path) -> None:
    q1, p585 = sample_entities()
    path = write_dump(tmp_path / "twice.json", [q1, p585, copy.deepcopy(q1)])
    for reader in READERS:
        with pytest.raises(ValueError, match="Q1 twice"):
            read_dump(path, reader)
