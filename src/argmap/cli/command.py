"""What a subcommand is, its exit codes, and how it reports a problem.

Exit codes: 0 ok, 1 invalid input (a file that cannot be read, parsed or written), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
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


#: Format characters that reorder or hide what follows them on a terminal (bidi embeddings, overrides, isolates).
_BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | {0x200E, 0x200F, 0x061C}


def terminal_safe(text: str) -> str:
    """``text`` with every control character written as an escape (``\x1b``, ``\n``): a title or a
    statement printed to a terminal can neither act on it (set its title, clear the screen, hide
    text) nor break the one-line-per-item output."""
    if text.isprintable():
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) == "Cc" or ord(ch) in _BIDI else ch for ch in text
    )


def say(text: str) -> None:
    """One line of output on stdout, terminal-safe."""
    print(terminal_safe(text))


def say_json(value: object) -> None:
    """``value`` as indented JSON on stdout; the C1 controls and bidi marks that JSON leaves raw are escaped too."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    print("".join(f"\\u{ord(ch):04x}" if 0x7F <= ord(ch) <= 0x9F or ord(ch) in _BIDI else ch for ch in text))


def report(message: str) -> None:
    """One line for the user on stderr (a problem, not output), terminal-safe."""
    print(terminal_safe(message), file=sys.stderr)
