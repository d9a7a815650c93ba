"""``kg load DIR``: the shards of ``kg build --shards DIR`` into the store (``kg.shards``)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import _print_summary, friendly, store_option


@click.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@store_option
@friendly
def load(directory: Path, store: Path) -> None:
    """Store the shards in DIRECTORY (made by kg build --shards), as the build's single
    writer would; shards loaded before are skipped."""
    summary = load_shards(directory, store)
    _print_summary(summary.build)
    click.echo(f"shards       {summary.shards} loaded, {summary.skipped} loaded before; "
               f"{summary.records} records merged")


def load_shards(directory: Path, store: Path):
    """``kg.shards.load``, the time it took in the summary."""
    import time

    from kg.shards import load as load_folder

    started = time.perf_counter()
    summary = load_folder(directory, store)
    summary.build.seconds = round(time.perf_counter() - started, 2)
    summary.build.stages = {}
    return summary


COMMANDS = [load]
