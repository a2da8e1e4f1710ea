"""What a subcommand is, its exit codes, and how it reports a problem.

Exit codes: 0 ok, 1 invalid input (a file that cannot be read, parsed or written), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass

OK, INVALID, USAGE = 0, 1, 2


@dataclass(frozen=True)
class Command:
    """One ``argmap NAME ...`` subcommand: ``setup`` adds its arguments, ``run`` does it and returns the exit code."""

    name: str
    help: str
    setup: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def report(message: str) -> None:
    """One line for the user on stderr (a problem, not output)."""
    print(message, file=sys.stderr)
