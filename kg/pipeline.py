"""``build``: the stages composed. Articles are loaded, read, mapped to RDF,
validated and stored one by one; nothing is kept in memory but the current batch.

Every input that does not end up in the store is accounted for: rejected by a
loader or by extraction (``rejected.jsonl``) or quarantined by SHACL
(``quarantine.jsonl``), and counted in the ``BuildSummary``.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg import iri
from kg.extract import DEFAULT_BATCH_SIZE, extract
from kg.identity import EntityIndex
from kg.nlp import load_pipeline
from kg.rdf import extraction_graph
from kg.records import Article, Extraction, Rejection
from kg.store import GraphStore, append_record
from kg.validate import report_to_dict, validate

#: Where the store lives unless ``--store`` or ``NEWSKG_STORE`` says otherwise.
DEFAULT_STORE = "newskg-data"

Progress = Callable[["BuildSummary", Article | None], None]


@dataclass(slots=True)
class BuildSummary:
    """What one build did; ``read == stored + quarantined + failed`` always holds."""

    store: str
    read: int = 0  # articles the loaders produced
    stored: int = 0
    quarantined: int = 0  # built but not conforming to the shapes
    failed: int = 0  # extraction raised on the article
    rejected: int = 0  # inputs the loaders could not turn into articles
    triples: int = 0
    entities: int = 0
    statements: int = 0
    events: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def build(paths: Iterable[str | Path], *, store: str | Path = DEFAULT_STORE,
          format: str | None = None, model: str | None = None,
          batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress | None = None) -> BuildSummary:
    """Build (or update) the store at ``store`` from the articles under ``paths``."""
    from loaders import load  # the loaders package is a sibling stage, imported on use

    started = time.perf_counter()
    summary = BuildSummary(store=str(store))
    sidecar: list[GraphStore] = []

    def reject(r: Rejection) -> None:
        summary.rejected += 1
        summary.problems.append(f"rejected {r.source} {r.position or ''}: {r.reason}".strip())
        append_record(sidecar[0].rejected_path, {**asdict(r), "at": _now()})

    articles = load(paths, format=format, on_reject=reject)  # bad paths fail before any store
    load_pipeline(model)  # so does a missing model
    with GraphStore.open(store) as gs:
        sidecar.append(gs)
        summary.store = str(gs.root)
        index = EntityIndex.from_store(gs)
        for ex in _read(articles, model, batch_size, summary, gs):
            _store_one(gs, ex, summary, index)
            if progress is not None:
                progress(summary, ex.article)
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary


def _read(articles: Iterable[Article], model: str | None, batch_size: int,
          summary: BuildSummary, gs: GraphStore) -> Iterator[Extraction]:
    """Extractions, lazily; an article on which extraction fails is recorded and skipped."""
    nlp = load_pipeline(model)
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        summary.read += 1
        try:
            yield extract(doc, article=article)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the corpus
            _failed(gs, article, summary, f"extraction failed: {type(exc).__name__}: {exc}")


def _failed(gs: GraphStore, article: Article, summary: BuildSummary, reason: str) -> None:
    """Record an article that could not be read or mapped; its older graph goes too."""
    summary.failed += 1
    summary.problems.append(f"{article.id}: {reason}")
    gs.remove_graph(iri.article_graph(article.id))
    append_record(gs.rejected_path, {"source": article.source, "position": None,
                                     "article": article.id, "reason": reason,
                                     "snippet": article.text[:200], "at": _now()})


def _store_one(gs: GraphStore, ex: Extraction, summary: BuildSummary,
               index: EntityIndex) -> None:
    name = iri.article_graph(ex.article.id)
    nodes = {e.key: index.resolve(e) for e in ex.entities}
    try:
        graph = extraction_graph(ex, entity_iri=lambda e: nodes[e.key])
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the corpus
        _failed(gs, ex.article, summary, f"mapping failed: {type(exc).__name__}: {exc}")
        return
    report = validate(graph)
    if not report.conforms:
        summary.quarantined += 1
        summary.problems.append(f"{ex.article.id}: does not conform to the shapes "
                                f"({len(report.results)} violations); see quarantine.jsonl")
        gs.remove_graph(name)  # an older version of the article must not stay as if current
        append_record(gs.quarantine_path, {"article": ex.article.id, "source": ex.article.source,
                                           "graph": str(name), "at": _now(),
                                           "report": report_to_dict(report)})
        return
    summary.triples += gs.replace_graph(name, graph)
    for e in ex.entities:
        index.add(nodes[e.key], e)
    summary.stored += 1
    summary.entities += len(ex.entities)
    summary.statements += len(ex.statements)
    summary.events += len(ex.events)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
