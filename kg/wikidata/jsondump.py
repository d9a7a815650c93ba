"""The Wikidata JSON dump: ``[``, one entity a line (``,`` after all but the last), ``]``.

The layout and every field are Wikibase's own (``JsonDumpGenerator``; formats.md
§1), with all that any of the common offline readers requires (§4.5): ``lastrevid``
and ``modified`` on every entity, ``sitelinks`` on items, a ``datatype`` and a
``hash`` on every snak, ``id`` and ``rank`` on every statement, ``qualifiers-order``
and ``snaks-order`` beside qualifiers and reference snaks, both ``id`` and
``numeric-id`` in entity values. Hashes are SHA-1s of the snak's content: opaque to
readers, and the same for the same content.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any, TextIO

from kg.wikidata.model import (
    GREGORIAN,
    Claim,
    Entity,
    ItemValue,
    MonolingualValue,
    Reference,
    Snak,
    TextValue,
    TimeValue,
)

LANGUAGE = "en"
#: Every entity is revision 1 of itself: the dump is a snapshot, not an edit history.
REVISION = 1


def write_json_dump(entities: Iterable[Entity], out: TextIO) -> int:
    """Write the dump to ``out``; returns the number of entities written."""
    out.write("[\n")
    count = 0
    references: dict[Reference, dict[str, Any]] = {}  # shared by many claims: made once
    for entity in entities:
        out.write(("" if count == 0 else ",\n") + _dumps(entity_json(entity, references)))
        count += 1
    out.write("\n]\n")
    return count


def entity_json(e: Entity, references: dict[Reference, dict[str, Any]] | None = None,
                ) -> dict[str, Any]:
    """One entity as Wikibase serialises it (``references``: a cache of reference JSON)."""
    cache = {} if references is None else references
    data: dict[str, Any] = {
        "type": "property" if e.is_property else "item",
        "id": e.id,
        "labels": _terms(e.label),
        "descriptions": _terms(e.description),
        "aliases": {LANGUAGE: [_term(a) for a in e.aliases]} if e.aliases else {},
        "claims": {p: [claim_json(c, cache) for c in cs]
                   for p, cs in e.claims_by_property().items()},
        "lastrevid": REVISION,
        "modified": e.modified,
    }
    if e.is_property:
        data["datatype"] = e.datatype
    else:
        data["sitelinks"] = {}
    return data


def claim_json(c: Claim, references: dict[Reference, dict[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {"mainsnak": snak_json(c.mainsnak), "type": "statement",
                            "id": c.guid, "rank": c.rank}
    if c.qualifiers:
        data["qualifiers"] = _grouped(c.qualifiers)
        data["qualifiers-order"] = c.qualifier_properties()
    if c.references:
        data["references"] = [references.get(r) or references.setdefault(r, reference_json(r))
                              for r in c.references]
    return data


def reference_json(r: Reference) -> dict[str, Any]:
    snaks = _grouped(r.snaks)
    return {"hash": _hash(snaks), "snaks": snaks, "snaks-order": r.properties()}


def snak_json(s: Snak) -> dict[str, Any]:
    value = datavalue(s)
    return {"snaktype": "value", "property": s.property, "datatype": s.datatype,
            "datavalue": value, "hash": _hash([s.property, value])}


def datavalue(s: Snak) -> dict[str, Any]:
    """The ``datavalue`` of a value snak; its value type follows from the datatype."""
    v = s.value
    if isinstance(v, ItemValue):
        kind = "property" if v.id.startswith("P") else "item"
        return {"value": {"entity-type": kind, "id": v.id, "numeric-id": v.numeric_id},
                "type": "wikibase-entityid"}
    if isinstance(v, MonolingualValue):
        return {"value": {"text": v.text, "language": v.language}, "type": "monolingualtext"}
    if isinstance(v, TimeValue):
        return {"value": {"time": v.wikibase, "timezone": 0, "before": 0, "after": 0,
                          "precision": v.precision, "calendarmodel": GREGORIAN},
                "type": "time"}
    if isinstance(v, TextValue):
        return {"value": v.text, "type": "string"}  # string, external-id and url alike
    raise TypeError(f"no Wikibase datavalue for {v!r}")


def _grouped(snaks: Iterable[Snak]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for s in snaks:
        groups.setdefault(s.property, []).append(snak_json(s))
    return groups


def _terms(text: str) -> dict[str, dict[str, str]]:
    return {LANGUAGE: _term(text)} if text else {}


def _term(text: str) -> dict[str, str]:
    return {"language": LANGUAGE, "value": text}


def _hash(data: object) -> str:
    return hashlib.sha1(_dumps(data).encode("utf-8")).hexdigest()


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
