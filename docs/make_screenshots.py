"""Render the README screenshots: the editor on the example map, light and dark, with the evaluation shown.

The light one shows the Findings dock (main claim's strength, unanswered objections), the
dark one the outline; both show the strength row on every box (View > Evaluation on boxes).

The Japanese one (``--japanese``, a process of its own: the canvas keeps the strings it was
first drawn with) shows the interface in Japanese on the Japanese example map.

Run from the repository root: ``QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [--japanese]``.
Settings and app data go to a temporary folder, so your own settings are not touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "maps" / "japan-nato-ukraine.json"
EXAMPLE_JA = ROOT / "maps" / "japan-nato-ukraine.ja.json"


def settle(app, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    from argmap.gui.app import make_application

    app = make_application()
    japanese = "--japanese" in sys.argv
    if japanese:
        from argmap.drawing.language import install_translators

        install_translators(app, "ja")
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("argmap-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from argmap.gui import settings
    from argmap.gui.main_window import MainWindow

    for theme in ("light",) if japanese else ("light", "dark"):
        settings.set_theme_choice(theme)
        window = MainWindow()
        window.resize(1400, 900)
        window.files.open_path(EXAMPLE_JA if japanese else EXAMPLE)
        window.show()
        settle(app)
        window.action_map["show_evaluation"].setChecked(True)
        window.action_map["show_findings"].setChecked(theme == "light")
        settle(app)
        window.show_start_view()
        window.scene.select_ids(["o1"])
        settle(app)
        out = ROOT / "docs" / ("screenshot-ja.png" if japanese else f"screenshot-{theme}.png")
        window.grab().save(str(out))
        print(f"wrote {out}")
        window.document.stack.setClean()
        window.close()
        settle(app)
    if not japanese:
        analysis_dock(app, MainWindow)
    return 0


def analysis_dock(app, window_class) -> None:
    """The Analysis dock on the example map, the Article 9 objection selected (README, docs/evaluation.md)."""
    from argmap.gui import settings

    settings.set_theme_choice("light")
    window = window_class()
    window.resize(1400, 900)
    window.files.open_path(EXAMPLE)
    window.show()
    settle(app)
    window.action_map["show_analysis"].setChecked(True)
    settle(app)
    window.scene.select_ids(["o1"])
    settle(app)
    window.analysis_dock.resize(420, 860)
    out = ROOT / "docs" / "pictures" / "analysis-dock.png"
    window.analysis_dock.grab().save(str(out))
    print(f"wrote {out}")
    window.document.stack.setClean()
    window.close()
    settle(app)


if __name__ == "__main__":
    sys.exit(main())
