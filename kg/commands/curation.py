"""The analyst's fixes (``kg.curation``): ``kg merge``, ``kg split``, ``kg retype``,
``kg remove``, ``kg curation list|undo``; and ``kg show``, what the graph holds for one
article or actor."""

from __future__ import annotations

import json

import click

from kg.cli import friendly, store_option

by_option = click.option("--by", "by", default=None, metavar="NAME",
                         help="Who makes the fix (default: the user running kg).")


def _run(store, fn, *args, **kwargs):
    from kg.store import GraphStore

    with GraphStore.open(store, create=False) as gs:
        return fn(gs, *args, **kwargs)


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
@friendly
def merge(keep, gone, by, store) -> None:
    """A and B are one actor: B becomes A in every article (names or IRIs)."""
    from kg import curation

    _done(_run(store, curation.merge, keep, gone, by=by))


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
@friendly
def split(entity, articles, named, label, by, store) -> None:
    """Undo a merge: ENTITY, in the articles given by --article or --named, is another
    entity; elsewhere it stays as it is."""
    from kg import curation

    _done(_run(store, curation.split, entity, articles=articles, named=named, label=label,
               by=by))


@click.command()
@click.argument("entity")
@click.argument("type_name", metavar="TYPE", type=click.Choice(("Person", "Organization",
                                                               "Place"), case_sensitive=False))
@by_option
@store_option
@friendly
def retype(entity, type_name, by, store) -> None:
    """ENTITY is a TYPE (Person, Organization or Place) in every article."""
    from kg import curation

    _done(_run(store, curation.retype, entity, type_name, by=by))


@click.command()
@click.argument("article_id", metavar="ARTICLE")
@by_option
@store_option
@friendly
def remove(article_id, by, store) -> None:
    """Take the article ARTICLE (its id) out of every answer; its graph as read is kept."""
    from kg import curation

    _done(_run(store, curation.remove, article_id, by=by))


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
@friendly
def undo(number, by, store) -> None:
    """Undo the fix ID (it stays in the record, marked undone)."""
    from kg import curation

    action = _run(store, curation.undo, number, by=by)
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
