"""The analyst's fixes (``kg.curation``): ``kg merge``, ``kg split``, ``kg retype``,
``kg remove``, ``kg curation list|undo``; and ``kg show``, what the graph holds for one
article or actor.

A fix is made in the local store, which keeps the record and the graphs as read.
With ``--endpoint`` (the remote store a ``kg build --endpoint`` writes to), every
graph the fix changed is then sent there whole: the article views, the curation
record and the derived graphs, as the build sends what it writes."""

from __future__ import annotations

import json

import click

from kg.cli import friendly, store_option, token_option

by_option = click.option("--by", "by", default=None, metavar="NAME",
                         help="Who makes the fix (default: the user running kg).")


def remote_options(command):
    """``--endpoint``, ``--update-endpoint``, ``--token``: where the fix is sent too."""
    for option in reversed((
            click.option("--endpoint", default=None, metavar="URL",
                         help="Also send the graphs the fix changes to this remote SPARQL "
                              "store (the one `kg build --endpoint` writes to)."),
            click.option("--update-endpoint", default=None, metavar="URL",
                         help="The remote store's update URL (default: /query -> /update)."),
            token_option)):
        command = option(command)
    return command


class _Noting:
    """A store whose graph writes are noted in ``written`` (the names)."""

    def __init__(self, store) -> None:
        self._store, self.written = store, set()

    def __getattr__(self, name: str):
        return getattr(self._store, name)

    def replace_graph(self, graph_iri, graph) -> int:
        self.written.add(str(graph_iri))
        return self._store.replace_graph(graph_iri, graph)

    def remove_graph(self, graph_iri) -> None:
        self.written.add(str(graph_iri))
        self._store.remove_graph(graph_iri)


def _run(store, fn, *args, endpoint=None, update_endpoint=None, token=None, **kwargs):
    """``fn(gs, *args, **kwargs)`` on the local store; with ``endpoint``, then every
    graph it changed (and the derived graphs, updated piece by piece) sent there whole."""
    from kg.endpoint.remote import open_remote, push
    from kg.errors import EndpointError
    from kg.store import CURATION_GRAPH, DERIVED_GRAPHS, GraphStore

    with GraphStore.open(store, create=False) as gs:
        if endpoint is None:
            return fn(gs, *args, **kwargs)
        noting = _Noting(gs)
        done = fn(noting, *args, **kwargs)
        names = sorted(noting.written | {str(CURATION_GRAPH)} | set(map(str, DERIVED_GRAPHS)))
        try:
            with open_remote(endpoint, update_endpoint=update_endpoint, token=token) as target:
                push(gs, target, include_ontology=False, names=names)  # a graph gone: removed
        except EndpointError as exc:
            raise EndpointError(f"{exc}; the fix is made in the store at {gs.root}: "
                                f"`kg push --store {gs.root} --endpoint {endpoint}` sends it",
                                transient=exc.transient) from exc
        return done


def _done(action) -> None:
    click.echo(f"curation {action.id}: {_describe(action)} (by {action.by}); "
               f"`kg curation undo {action.id}` undoes it")


def _describe(action) -> str:
    args = " ".join(f"{a!r}" if " " in a else a for a in action.arguments)
    return f"{action.kind} {args}"


@click.command()
@click.argument("keep", metavar="A")
@click.argument("gone", metavar="B")
@by_option
@store_option
@remote_options
@friendly
def merge(keep, gone, by, store, endpoint, update_endpoint, token) -> None:
    """A and B are one actor: B becomes A in every article (names or IRIs)."""
    from kg import curation

    _done(_run(store, curation.merge, keep, gone, by=by, endpoint=endpoint,
               update_endpoint=update_endpoint, token=token))


@click.command()
@click.argument("entity")
@click.option("--article", "articles", multiple=True, metavar="ID",
              help="An article whose mentions of ENTITY go to the new entity (repeatable).")
@click.option("--named", default=None, metavar="NAME",
              help="The articles that name ENTITY so (its name or alias there) go to the "
                   "new entity.")
@click.option("--as", "label", default=None, metavar="NAME",
              help="The new entity's name (default: the name those articles give it).")
@by_option
@store_option
@remote_options
@friendly
def split(entity, articles, named, label, by, store, endpoint, update_endpoint, token) -> None:
    """Undo a merge: ENTITY, in the articles given by --article or --named, is another
    entity; elsewhere it stays as it is."""
    from kg import curation

    _done(_run(store, curation.split, entity, articles=articles, named=named, label=label,
               by=by, endpoint=endpoint, update_endpoint=update_endpoint, token=token))


@click.command()
@click.argument("entity")
@click.argument("type_name", metavar="TYPE", type=click.Choice(("Person", "Organization",
                                                               "Place"), case_sensitive=False))
@by_option
@store_option
@remote_options
@friendly
def retype(entity, type_name, by, store, endpoint, update_endpoint, token) -> None:
    """ENTITY is a TYPE (Person, Organization or Place) in every article."""
    from kg import curation

    _done(_run(store, curation.retype, entity, type_name, by=by, endpoint=endpoint,
               update_endpoint=update_endpoint, token=token))


@click.command()
@click.argument("article_id", metavar="ARTICLE")
@by_option
@store_option
@remote_options
@friendly
def remove(article_id, by, store, endpoint, update_endpoint, token) -> None:
    """Take the article ARTICLE (its id) out of every answer; its graph as read is kept."""
    from kg import curation

    _done(_run(store, curation.remove, article_id, by=by, endpoint=endpoint,
               update_endpoint=update_endpoint, token=token))


@click.group(name="curation")
def curation_group() -> None:
    """The analyst's fixes: list them, undo one."""


@curation_group.command(name="list")
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table",
              show_default=True)
@store_option
@friendly
def list_(fmt, store) -> None:
    """Every fix, in the order made, undone ones too."""
    from kg import curation
    from kg.store import GraphStore

    with GraphStore.open(store, create=False, read_only=True) as gs:
        found = curation.actions(gs)
    if fmt == "json":
        click.echo(json.dumps([{"id": a.id, "action": a.kind, "arguments": list(a.arguments),
                                "by": a.by, "at": a.at, "undoneBy": a.undone_by or None,
                                "undoneAt": a.undone_at or None} for a in found], indent=1))
        return
    if not found:
        click.echo("no curation actions", err=True)
        return
    for a in found:
        state = f"undone {a.undone_at} by {a.undone_by}" if a.undone_at else "active"
        click.echo(f"{a.id:>4}  {a.at}  {a.by:<12} {_describe(a)}  [{state}]")


@curation_group.command()
@click.argument("number", metavar="ID", type=int)
@by_option
@store_option
@remote_options
@friendly
def undo(number, by, store, endpoint, update_endpoint, token) -> None:
    """Undo the fix ID (it stays in the record, marked undone)."""
    from kg import curation

    action = _run(store, curation.undo, number, by=by, endpoint=endpoint,
                  update_endpoint=update_endpoint, token=token)
    click.echo(f"curation {action.id} undone: {_describe(action)}")


@click.command()
@click.argument("name", metavar="ARTICLE|ENTITY")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text",
              show_default=True)
@store_option
@friendly
def show(name, fmt, store) -> None:
    """What the graph holds for one article (its id) or one actor (a name or an IRI):
    statements, events, memberships, each with the sentence behind it, and the fixes
    applied to it."""
    from kg.show import render, show_item
    from kg.store import GraphStore

    with GraphStore.open(store, create=False, read_only=True) as gs:
        found = show_item(gs, name)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=1))
    else:
        click.echo(render(found))


COMMANDS = [merge, split, retype, remove, curation_group, show]
