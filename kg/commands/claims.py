"""``kg recluster``: compute the derived graphs (copies, claim clusters) again;
``kg retract ID``: take an article out of every answer, keeping its graph (kg.history).

``kg build`` keeps them up to date by itself, for what each build stores or removes
(``kg.derived``); this makes them again from the stored article graphs alone: after
an upgrade of the clustering rules, or with an index (``derived.sqlite``) lost.
"""

from __future__ import annotations

import click

from kg.cli import friendly, store_option


@click.command()
@store_option
@friendly
def recluster(store) -> None:
    """Compute the copies and claim clusters again from the stored articles."""
    from kg.derived import recluster as run
    from kg.store import GraphStore

    with GraphStore.open(store, create=False) as gs:
        articles = run(gs)
    click.echo(f"derived graphs computed again from {articles} articles")


@click.command()
@click.argument("article_id", metavar="ID")
@store_option
@friendly
def retract(article_id, store) -> None:
    """Retract an article: its graph is kept in the history store, out of every answer."""
    from kg.history import history_path
    from kg.history import retract as run
    from kg.store import GraphStore

    with GraphStore.open(store, create=False) as gs:
        run(gs, article_id)
    click.echo(f"retracted {article_id}; its graph is kept in {history_path(store)}")


COMMANDS = [recluster, retract]
