"""The registry of subcommands, in the order ``argmap --help`` lists them.

A new command is a :class:`~argmap.cli.command.Command` in its own module, added here.
"""

from __future__ import annotations

from argmap.cli import brief, check, convert, desktop, diff, explain, export, map_files
from argmap.cli.command import Command

COMMANDS: dict[str, Command] = {
    command.name: command
    for command in (
        map_files.VALIDATE, map_files.INFO, map_files.FMT, check.CHECK, explain.EXPLAIN, export.EXPORT, brief.BRIEF,
        convert.IMPORT, convert.CONVERT, diff.DIFF, diff.MERGE, desktop.DESKTOP,
    )
}
