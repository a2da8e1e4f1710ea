"""Start the editor: ``argmap [FILE]`` calls :func:`run`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from argmap.drawing.language import install_translators
from argmap.file_errors import is_symlink_loop
from argmap.gui import settings
from argmap.package_files import resource


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QGuiApplication.setApplicationDisplayName("argmap")
    QGuiApplication.setDesktopFileName("argmap")  # the taskbar matches the window to argmap.desktop and its icon
    QGuiApplication.setWindowIcon(app_icon())
    settings.remember_system_palette()
    install_translators(app)  # before anything is drawn: the canvas remembers its strings
    return app


def app_icon() -> QIcon:
    """argmap's icon: the desktop theme's (after `argmap desktop install`), else the one shipped in resources/icons."""
    return QIcon.fromTheme("argmap", QIcon(str(resource("icons", "argmap.svg"))))


def run(path: str | None) -> int:
    """Open the editor window (on ``path`` if given) and run until the last window closes."""
    app = make_application()
    from argmap.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if path:
        if not Path(path).exists() and not is_symlink_loop(path):  # a loop of links gets the loader's message
            # A new file name: start an empty map that will be saved there.
            window.document.path = Path(path).absolute()  # absolute: recovery must not save into another folder
            window.update_title()
        else:
            window.files.open_path(path)  # a bad file shows the loader's message and keeps the empty map
    QTimer.singleShot(0, window.files.offer_recoveries)
    return app.exec()
