"""``argmap [FILE]``: open the editor (the only command that needs Qt's widgets)."""

from __future__ import annotations

from argmap.cli.command import INVALID, report


def open_editor(file: str | None) -> int:
    try:
        from argmap.gui.app import run  # here, not above: every other command runs without Qt
    except ImportError as exc:  # Qt missing or cannot load its system libraries
        report(f"argmap: the editor cannot start: {exc}")
        return INVALID
    return run(file)
