"""Further ``kg`` commands, one module per capability, each exposing ``COMMANDS``.

``register`` adds them to the main group. A command module imports only click at
module level; everything heavy is imported inside the command when it runs.
"""

from __future__ import annotations

import importlib

import click

#: Modules whose ``COMMANDS`` list is added to ``kg``; one line per capability.
MODULES: tuple[str, ...] = ("kg.commands.serve", "kg.commands.viz", "kg.commands.link",
                           "kg.commands.claims", "kg.commands.shards",
                           "kg.commands.curation", "kg.commands.search")


def register(group: click.Group) -> None:
    for name in MODULES:
        for command in importlib.import_module(name).COMMANDS:
            group.add_command(command)
