"""Wikidata-style exports of the graph: JSON dump, Wikibase RDF dump, QuickStatements.

    from kg.store import GraphStore
    from kg.wikidata import export_wikibase

    with GraphStore.open("newskg-data", read_only=True) as store:
        summary = export_wikibase(store, "dump.json", "wikidata-json")

The graph is read once into facts (``read``), mapped once to Wikibase entities
(``mapping``, with the export's own vocabulary from ``schema``), and written by one
of three writers. ``wikibase_entities`` gives the entities themselves.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from rdflib import Graph

from kg.errors import ConfigError, StoreError
from kg.wikidata.model import Entity

if TYPE_CHECKING:
    from kg.store import GraphStore

WikibaseFormat = Literal["wikidata-json", "wikibase-rdf", "quickstatements"]
WIKIBASE_FORMATS: tuple[str, ...] = ("wikidata-json", "wikibase-rdf", "quickstatements")
#: How ids are chosen. "local": the export mints its own P and Q ids, for a standalone
#: Wikibase, and records Wikidata's equivalents in "equivalent property" / "exact match".
ID_SCHEMES: tuple[str, ...] = ("local",)


@dataclass(frozen=True, slots=True)
class ExportSummary:
    format: str
    items: int
    properties: int
    claims: int
    written: int  # entities, or lines for QuickStatements


def wikibase_entities(store: GraphStore, *, language: str = "en") -> list[Entity]:
    """The store's graph as Wikibase entities: the export's properties, then its items."""
    from kg.wikidata.mapping import build_entities
    from kg.wikidata.read import Classes, read_facts

    ontology = load_ontology()
    facts = read_facts(store.graph_triples(), Classes.of(ontology))
    return build_entities(facts, ontology, language=language)


def export_wikibase(store: GraphStore, out: str | Path, format: str, *, ids: str = "local",
                    concept_uri: str | None = None) -> ExportSummary:
    """Write the store in ``format`` to ``out`` (a path, ``"-"`` for standard output).

    ``concept_uri`` is the base of the RDF dump's IRIs (``wikibase-rdf`` only).
    """
    if format not in WIKIBASE_FORMATS:
        raise ConfigError(f"unknown Wikibase format {format!r}; "
                          f"choose one of {', '.join(WIKIBASE_FORMATS)}")
    if ids not in ID_SCHEMES:
        raise ConfigError(f"unknown id scheme {ids!r}; choose one of {', '.join(ID_SCHEMES)} "
                          "(Wikidata's own ids only exist for entities already in Wikidata)")
    entities = wikibase_entities(store)
    written = _write(entities, out, format, concept_uri)
    properties = sum(1 for e in entities if e.is_property)
    return ExportSummary(format, len(entities) - properties, properties,
                         sum(len(e.claims) for e in entities), written)


def load_ontology() -> Graph:
    """The packaged ontology, parsed once per process (``kg.validate`` shares it)."""
    from kg.validate import default_ontology

    try:
        return default_ontology()
    except (OSError, SyntaxError) as exc:
        raise ConfigError(f"cannot read the ontology for the Wikibase export: {exc}") from exc


def _write(entities: list[Entity], out: str | Path, format: str, concept_uri: str | None) -> int:
    from kg.wikidata.jsondump import write_json_dump
    from kg.wikidata.quickstatements import write_quickstatements
    from kg.wikidata.rdfdump import DEFAULT_CONCEPT_URI, write_rdf_dump

    try:
        if format == "wikibase-rdf":
            target = sys.stdout.buffer if str(out) == "-" else str(out)
            count = write_rdf_dump(entities, target, concept_uri=concept_uri or DEFAULT_CONCEPT_URI)
            if str(out) == "-":
                sys.stdout.buffer.flush()
            return count
        writer = write_json_dump if format == "wikidata-json" else write_quickstatements
        if str(out) == "-":
            return writer(entities, sys.stdout)
        with Path(out).open("w", encoding="utf-8", newline="\n") as fh:
            return writer(entities, fh)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise StoreError(f"cannot write {out}: {exc}") from exc
