"""``kg link``: the store's people, organisations and places linked to Wikidata items.

For each entity: look its names up at a Wikidata-compatible SPARQL endpoint
(``candidates``: items whose English label or alias is the name and that are
instances of human, organization or geographic entity/location), rank the
candidates with the article context (``rank``), and link the best with
``owl:sameAs`` when it is sure enough, or record why not (``links``). Lookups are
cached in the store (``cache``), so linking again, after a rebuild or offline,
needs no network. ``link`` is the API; ``kg.commands.link`` the command.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import groupby

from kg.errors import ConfigError, EndpointError
from kg.records import EntityType
from kg.store import GraphStore

from .cache import read_lookups, write_lookups
from .candidates import lookup
from .client import ClientSettings, PoliteClient
from .entities import ENTITY_TYPES, load_targets
from .links import write_decisions
from .rank import DEFAULT_MARGIN, DEFAULT_THRESHOLD, decide
from .records import Decision, LinkSummary, Lookup, LookupKey, Target

__all__ = ["ClientSettings", "Decision", "LinkSummary", "link", "ENTITY_TYPES",
           "DEFAULT_THRESHOLD", "DEFAULT_MARGIN"]

#: ``progress(names looked up so far, names to look up)``, after each request.
Progress = Callable[[int, int], None]
#: Wikidata's public endpoint, with the default politeness.
DEFAULT_SETTINGS = ClientSettings()


def link(
    store: GraphStore,
    *,
    settings: ClientSettings = DEFAULT_SETTINGS,
    types: Iterable[EntityType] = tuple(ENTITY_TYPES.values()),
    threshold: float = DEFAULT_THRESHOLD,
    margin: float = DEFAULT_MARGIN,
    refresh: bool = False,
    offline: bool = False,
    dry_run: bool = False,
    limit: int | None = None,
    progress: Progress | None = None,
) -> LinkSummary:
    """Link the entities of ``store`` (of ``types``; the first ``limit``) to Wikidata.

    Names already looked up at ``settings.endpoint`` come from the cache, unless
    ``refresh``; ``offline`` uses the cache alone. ``dry_run`` decides and reports
    but writes nothing (not even the cache).
    """
    _check(threshold=threshold, margin=margin, refresh=refresh, offline=offline)
    started = time.perf_counter()
    summary = LinkSummary(store=str(store.root), endpoint=settings.endpoint, dry_run=dry_run)
    targets = load_targets(store, types=types, limit=limit)
    keys = list(dict.fromkeys(k for t in targets for k in t.keys))
    cached = read_lookups(store, settings.endpoint, keys)
    missing = [] if offline else [k for k in keys if refresh or k not in cached]
    fetched = _fetch(store, settings, missing, cached, summary, dry_run=dry_run,
                     progress=progress)
    found = {**cached, **fetched}
    summary.names, summary.fetched = len(keys), len(fetched)
    summary.from_cache = sum(1 for k in keys if k in cached and k not in fetched)
    summary.decisions = [_decide(t, found, threshold=threshold, margin=margin) for t in targets]
    if not dry_run:
        write_decisions(store, summary.decisions, endpoint=settings.endpoint)
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary


def _check(*, threshold: float, margin: float, refresh: bool, offline: bool) -> None:
    if not 0.0 <= threshold <= 1.0 or not 0.0 <= margin <= 1.0:
        raise ConfigError(f"threshold {threshold} and margin {margin} must lie between 0 and 1")
    if refresh and offline:
        raise ConfigError("--refresh looks every name up again and --offline looks nothing "
                          "up: give one of them")


def _fetch(store: GraphStore, settings: ClientSettings, keys: Sequence[LookupKey],
           previous: Mapping[LookupKey, Lookup], summary: LinkSummary, *, dry_run: bool,
           progress: Progress | None) -> dict[LookupKey, Lookup]:
    """Look ``keys`` up, a batch of one type per request, caching each batch at once."""
    if not keys:
        return {}
    client = PoliteClient(settings)
    fetched: dict[LookupKey, Lookup] = {}
    try:
        for batch in _batches(keys, max(1, settings.batch_size)):
            etype = batch[0][0]
            looked = lookup(client, [name for _, name in batch], etype, source=settings.endpoint)
            if not dry_run:
                write_lookups(store, looked, previous=previous)
            fetched.update((x.key, x) for x in looked)
            summary.requests = client.requests
            if progress is not None:
                progress(len(fetched), len(keys))
    except EndpointError as exc:
        kept = "" if dry_run or not fetched else f"; the {len(fetched)} names looked up are cached"
        raise EndpointError(f"{exc}{kept} (kg link --offline links from the cache alone)",
                            transient=exc.transient) from exc
    return fetched


def _batches(keys: Sequence[LookupKey], size: int) -> Iterable[list[LookupKey]]:
    for _, same_type in groupby(sorted(keys), key=lambda k: k[0]):
        group = list(same_type)
        for start in range(0, len(group), size):
            yield group[start : start + size]


def _decide(target: Target, found: Mapping[LookupKey, Lookup], *, threshold: float,
            margin: float) -> Decision:
    lookups = [found[k] for k in target.keys if k in found]
    return decide(target, lookups, threshold=threshold, margin=margin)
