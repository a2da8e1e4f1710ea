"""``argmap [FILE]``: open the editor (the only command that needs Qt's widgets)."""

from __future__ import annotations

from argmap.cli.command import INVALID, report
from argmap.cli.system_libraries import window_problem


def open_editor(file: str | None) -> int:
    problem = window_problem()  # before Qt loads: a missing X11 library makes Qt abort the process
    if problem is not None:
        for line in problem.splitlines():  # report() escapes newlines: one call per line
            report(line)
        return INVALID
    try:
        from argmap.gui.app import run  # here, not above: every other command runs without Qt
    except ImportError as exc:  # Qt missing or cannot load its system libraries
        report(f"argmap: the editor cannot start: {exc}")
        return INVALID
    return run(file)
