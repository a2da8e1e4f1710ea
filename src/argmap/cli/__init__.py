"""The ``argmap`` command: ``argmap [FILE]`` opens the editor; subcommands work without a window.

One module per command or group of commands; each defines its
:class:`~argmap.cli.command.Command` values, and :data:`~argmap.cli.commands.COMMANDS`
lists them for the parser. Exit codes: 0 ok, 1 invalid input, 2 usage.
Subcommands other than the editor import no Qt, so they start fast and run anywhere.
"""

from argmap.cli.command import INVALID, OK, USAGE, Command
from argmap.cli.commands import COMMANDS
from argmap.cli.dispatch import entry, main

__all__ = ["COMMANDS", "INVALID", "OK", "USAGE", "Command", "entry", "main"]
