"""The process the crash test kills: edits a large map, autosaves and saves it in a loop, as the editor does.

    python stress/crash_child.py FOLDER FIRST_EDIT

Uses the editor's own Document, undo commands and Autosaver (Qt offscreen, no window). Edit i
sets the text of the first statement to ``edit i``; every edit is autosaved to FOLDER/recovery,
every third one also saved to FOLDER/map.json. Before each edit its number is printed (one short
line: a pipe takes it whole), so the parent knows which versions may be on disk. The parent kills
this process with SIGKILL at a random moment and checks every file it left.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(folder: Path, start: int) -> None:
    from PySide6.QtGui import QGuiApplication

    from argmap.gui import files
    from argmap.gui.commands.statements import UpdateStatement
    from argmap.gui.document import Document
    from argmap.io import load

    app = QGuiApplication([])  # noqa: F841 - the undo stack needs an application
    files.recovery_dir = lambda: folder / "recovery"  # type: ignore[assignment]
    target = folder / "map.json"
    document = Document(load(target), target)
    autosaver = files.Autosaver(document, interval_ms=3_600_000)
    first = document.amap.ids()[0]
    print("ready", flush=True)
    for i in range(start, start + 1_000_000):
        print(i, flush=True)
        document.execute(UpdateStatement(document.amap, first, text=f"edit {i}"))
        autosaver.autosave()  # a large map: written on the worker thread, as in the editor
        autosaver.wait()  # the editor's event loop would take the result; here, wait for it
        if i % 3 == 0:
            document.save()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
