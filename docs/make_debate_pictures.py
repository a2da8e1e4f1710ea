"""Render the README's debate pictures: the Sources dock, the drill, and pages of a brief (PDF and Word).

Run from the repository root: ``QT_QPA_PLATFORM=offscreen python docs/make_debate_pictures.py``.
The brief's pages are rasterised with ``pdftoppm`` (poppler-utils) and the Word document is
turned into a PDF first with LibreOffice (``soffice --headless``); a missing tool is reported
and its picture skipped. Settings go to a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt

ROOT = Path(__file__).resolve().parents[1]
PICTURES = ROOT / "docs" / "pictures"
DEMO = ROOT / "maps" / "training-mission.json"
EXAMPLE = ROOT / "maps" / "japan-nato-ukraine.json"


def settle(app, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()


def window_pictures(app) -> None:
    from PySide6.QtGui import QTextCursor

    from argmap.gui.drill_dialog import DrillDialog
    from argmap.gui.main_window import MainWindow
    from argmap.io import load

    window = MainWindow()
    window.resize(1500, 900)
    window.files.open_path(DEMO)
    window.show()
    window.action_map["show_sides"].setChecked(True)
    window.action_map["show_sources"].setChecked(True)
    window.inspector_dock.hide()
    window.outline_dock.hide()
    window.history_dock.hide()
    window.resizeDocks([window.sources_dock], [600], Qt.Orientation.Horizontal)
    settle(app)
    window.view.fit_map()
    window.scene.select_ids(["e2"])
    settle(app)
    panel = window.sources
    text = panel.text.toPlainText()
    start = text.index("Japan has frozen Russian assets")
    cursor = panel.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("Japan has frozen Russian assets, limited trade and\ncondemned the invasion in the United Nations."),
                       QTextCursor.MoveMode.KeepAnchor)
    panel.text.setTextCursor(cursor)  # a passage selected, ready for Quote as evidence (Ctrl+Shift+U)
    settle(app)
    out = PICTURES / "sources-dock.png"
    window.grab().save(str(out))
    print(f"wrote {out}")
    window.document.stack.setClean()
    window.action_map["show_sides"].setChecked(False)
    window.close()
    drill = DrillDialog(load(EXAMPLE))
    drill.show()
    settle(app)
    drill.mark(True)
    drill.reveal()
    settle(app)
    out = PICTURES / "drill.png"
    drill.grab().save(str(out))
    print(f"wrote {out}")
    drill.close()


def brief_pages() -> None:
    from argmap.export.brief import write_brief
    from argmap.io import load

    work = Path(tempfile.mkdtemp())
    amap = load(EXAMPLE)
    pdf, docx = work / "brief-for.pdf", work / "brief-against.docx"
    write_brief(amap, pdf, "for", minutes=6)
    write_brief(amap, docx, "against", minutes=6)
    if shutil.which("soffice"):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work / "word"), str(docx)],
                       check=True, capture_output=True, timeout=300)
    else:
        print("soffice (LibreOffice) not found: the Word pages are skipped")
    if not shutil.which("pdftoppm"):
        print("pdftoppm (poppler-utils) not found: no brief pages")
        return
    for name, source in (("brief-pdf", pdf), ("brief-docx", work / "word" / "brief-against.pdf")):
        if source.exists():
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", str(source), str(PICTURES / name)], check=True)
            print(f"wrote {PICTURES / name}-1.png and -2.png")


def main() -> int:
    from argmap.gui.app import make_application

    app = make_application()
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("argmap-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    window_pictures(app)
    brief_pages()
    return 0


if __name__ == "__main__":
    sys.exit(main())
