"""``kg link``: link the store's entities to Wikidata items (``owl:sameAs``).

Exit codes as everywhere in ``kg``: 0 something is linked; 1 nothing is (no
candidate good enough, or ``--offline`` with nothing cached); 2 bad input or a
runtime error (the endpoint unreachable, say), reported in one line on stderr.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli import EXIT_EMPTY, friendly, store_option

if TYPE_CHECKING:
    from kg.link import LinkSummary

#: Environment variable with the operator's e-mail address or URL, for the User-Agent.
CONTACT_ENV = "NEWSKG_CONTACT"
#: Refusals listed on stderr at the end of a run (``--report`` lists every decision).
SHOWN_REFUSALS = 10
TYPE_WORDS = ("person", "organization", "place")
OUTCOME_WORDS = {"Linked": "linked", "Ambiguous": "ambiguous",
                 "BelowThreshold": "below threshold", "NoCandidate": "no candidate",
                 "NotLookedUp": "not looked up"}


def _types(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    words = tuple(w.strip().lower() for w in value.split(",") if w.strip())
    bad = [w for w in words if w not in TYPE_WORDS]
    if bad or not words:
        raise click.BadParameter(f"{', '.join(bad) or 'nothing'}: give one or more of "
                                 f"{','.join(TYPE_WORDS)}, separated by commas")
    return words


@click.command()
@store_option
@click.option("--endpoint", default=None, metavar="URL",
              help="A Wikidata-compatible SPARQL endpoint: a mirror, or a local Wikibase or "
                   "triple store loaded with Wikidata's RDF (default: "
                   "https://query.wikidata.org/sparql).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.6, show_default=True,
              help="Link only a candidate with at least this confidence.")
@click.option("--margin", type=click.FloatRange(0, 1), default=0.2, show_default=True,
              help="… that beats the runner-up's confidence by this much (else: ambiguous).")
@click.option("--types", "types", default=",".join(TYPE_WORDS), show_default=True,
              callback=_types, help="Which entities to link, separated by commas.")
@click.option("--refresh", is_flag=True, help="Look every name up again, cached or not.")
@click.option("--offline", is_flag=True, help="Use only the cache: no request at all.")
@click.option("--dry-run", is_flag=True, help="Decide and report, but write nothing.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Only the first N entities, by label.")
@click.option("--report", is_flag=True, help="Print every decision of this run as a table.")
@click.option("--batch-size", type=click.IntRange(min=1), default=25, show_default=True,
              help="Names per request.")
@click.option("--pause", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between two requests.")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
              help="Retries of a request that failed for a reason a retry may cure "
                   "(429 and 503 wait for Retry-After).")
@click.option("--contact", default=lambda: os.environ.get(CONTACT_ENV), metavar="EMAIL|URL",
              help=f"Who runs this, for the User-Agent (or set {CONTACT_ENV}).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@friendly
def link(store: Path, endpoint: str | None, threshold: float, margin: float,
         types: tuple[str, ...], refresh: bool, offline: bool, dry_run: bool,
         limit: int | None, report: bool, batch_size: int, pause: float, retries: int,
         contact: str | None, quiet: bool) -> None:
    """Link people, organisations and places to Wikidata items (owl:sameAs).

    Candidates are the items whose English label or alias is one of the entity's
    names and that are a human, an organization or a geographic entity; the article
    context (places and organisations named beside it) ranks them. Lookups are cached
    in the store, so running it again needs no network. See why an entity was not
    linked with --report or `kg query links`.

    \b
    kg link --contact me@example.org
    kg link --endpoint http://127.0.0.1:7878/query --pause 0
    kg link --offline --report
    """
    from kg.link import ENTITY_TYPES, ClientSettings
    from kg.link import link as run_link
    from kg.link.client import DEFAULT_ENDPOINT
    from kg.store import GraphStore

    settings = ClientSettings(endpoint=endpoint or DEFAULT_ENDPOINT, contact=contact,
                              batch_size=batch_size, pause=pause, retries=retries)
    with GraphStore.open(store, create=False, read_only=dry_run) as gs:
        summary = _with_progress(quiet, lambda progress: run_link(
            gs, settings=settings, types=[ENTITY_TYPES[t] for t in types],
            threshold=threshold, margin=margin, refresh=refresh, offline=offline,
            dry_run=dry_run, limit=limit, progress=progress))
    _print_summary(summary)
    if report:
        _print_report(summary)
    if not summary.linked:
        click.echo(f"kg: nothing linked{_why_nothing(summary, offline)}", err=True)
        sys.exit(EXIT_EMPTY)


def _with_progress(quiet: bool,
                   run: Callable[[Callable[[int, int], None] | None], LinkSummary]) -> LinkSummary:
    if quiet or not sys.stderr.isatty():
        return run(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("looking names up"), BarColumn(), MofNCompleteColumn(),
                  transient=True) as bar:
        task = bar.add_task("lookups", total=None)
        return run(lambda done, total: bar.update(task, completed=done, total=total))


def _print_summary(s: LinkSummary) -> None:
    counts = ", ".join(f"{s.count(o)} {word}" for o, word in OUTCOME_WORDS.items())
    click.echo(f"store        {s.store}{' (dry run: nothing written)' if s.dry_run else ''}")
    click.echo(f"endpoint     {s.endpoint}")
    click.echo(f"entities     {len(s.decisions)} considered: {counts}")
    click.echo(f"lookups      {s.names} names: {s.from_cache} from the cache, {s.fetched} "
               f"fetched in {s.requests} requests")
    click.echo(f"time         {s.seconds:.1f} s")
    for d in s.refused[:SHOWN_REFUSALS]:
        click.echo(f"  ! {d.label} ({d.type}): {OUTCOME_WORDS[d.outcome]}: {d.reason}", err=True)
    if len(s.refused) > SHOWN_REFUSALS:
        click.echo(f"  ! … and {len(s.refused) - SHOWN_REFUSALS} more: kg query links "
                   "(or kg link --report)", err=True)


def _print_report(s: LinkSummary) -> None:
    from kg.cli import _print_table

    rows = [[d.type, d.label, d.outcome, d.item or "",
             "" if d.confidence is None else f"{d.confidence:.3f}", d.reason]
            for d in s.decisions]
    _print_table(("entityType", "label", "result", "item", "confidence", "reason"), rows)


def _why_nothing(s: LinkSummary, offline: bool) -> str:
    if offline and s.count("NotLookedUp"):
        return (f": {s.count('NotLookedUp')} entities have no cached lookup; run kg link "
                "without --offline to look them up")
    if not s.decisions:
        return ": the store has no entities of these types"
    return ": no candidate was good enough (see kg query links)"


COMMANDS = [link]
