"""Render the README pictures of the teaching tools: presentation mode, the compare overlay, a worksheet.

Run from the repository root: ``QT_QPA_PLATFORM=offscreen python docs/make_teaching_screenshots.py``.
Settings and app data go to a temporary folder, so your own settings are not touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "maps" / "japan-nato-ukraine.json"
OUT = ROOT / "docs" / "pictures"


def settle(app, seconds: float = 0.0) -> None:
    end = time.monotonic() + seconds
    while True:
        app.processEvents()
        if time.monotonic() >= end:
            break
        time.sleep(0.02)


def presentation(app) -> None:
    from argmap.gui.main_window import MainWindow

    window = MainWindow()
    window.files.open_path(EXAMPLE)
    window.show()
    settle(app)
    from argmap.gui.presentation import PresentationWindow

    shown = PresentationWindow(window.document.amap)  # what F5 shows full screen, here in a 16:9 window
    shown.resize(1600, 900)
    shown.show()
    settle(app, 0.1)
    for _ in range(4):
        shown.next()
    settle(app, 0.8)  # the glide to the frame ends
    out = OUT / "presentation.png"
    shown.grab().save(str(out))
    print(f"wrote {out}")
    shown.close()
    window.document.stack.setClean()
    window.close()
    settle(app)


def student_map(path: Path) -> None:
    """A student's copy of the example: three statements left out, two moved, one reworded, one extra."""
    from argmap.io import dumps, load

    student = load(EXAMPLE)
    for i in ("e1", "r4", "e5"):
        student.remove(i)
    student.move("s9", "c1")
    student.move("o9", "s1")
    student.update("s2", text="Events in Ukraine affect security in the Indo-Pacific, so deterring aggression in Europe "
                              "protects Japan's region too.")
    student.update_link("o2", "c1", relation="support")
    student.add("support", "Japan's economy depends on stable sea lanes.", parent="c1", id="x1")
    path.write_text(dumps(student), encoding="utf-8")


def compare_overlay(app) -> None:
    from argmap.gui.main_window import MainWindow

    path = Path(tempfile.mkdtemp()) / "student.json"
    student_map(path)
    window = MainWindow()
    window.resize(1500, 950)
    window.files.open_path(path)
    window.show()
    settle(app)
    window.outline_dock.hide()
    window.inspector_dock.hide()
    window.teaching.compare.compare_with(EXAMPLE)
    settle(app, 0.3)
    window.view.set_zoom(0.62)
    window.view.ensure_visible("o9")
    window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().minimum())
    window.teaching.compare.panel.missing.setCurrentRow(1)
    settle(app, 0.3)
    out = OUT / "compare.png"
    window.grab().save(str(out))
    print(f"wrote {out}")
    window.document.stack.setClean()
    window.close()
    settle(app)


def worksheet() -> None:
    from argmap.export.worksheet import export_worksheet
    from argmap.io import load

    out = OUT / "worksheet.png"
    export_worksheet(load(EXAMPLE), out, ids=["s2", "o3"], kinds=["evidence"], scale=0.75)
    print(f"wrote {out}")


def main() -> int:
    from argmap.gui.app import make_application

    app = make_application()
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("argmap-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from argmap.gui import settings

    settings.set_theme_choice("light")
    OUT.mkdir(exist_ok=True)
    presentation(app)
    compare_overlay(app)
    worksheet()
    return 0


if __name__ == "__main__":
    sys.exit(main())
