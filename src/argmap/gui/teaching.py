"""The teaching commands of a window: present the map (and, in their own modules, compare, worksheets, templates).

Kept out of the main window: it builds this controller, which connects its own actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from argmap.gui import settings
from argmap.gui.compare_panel import CompareController
from argmap.gui.presentation import PresentationWindow
from argmap.teaching.steps import Order

if TYPE_CHECKING:
    from argmap.gui.main_window import MainWindow


class TeachingController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.presentation: PresentationWindow | None = None
        self.compare = CompareController(window)  # File > Compare with model answer
        a = window.action_map
        a["present"].triggered.connect(self.present)
        a["present_breadth_first"].setChecked(settings.settings().value("present/order", "depth") == "breadth")
        a["present_breadth_first"].toggled.connect(
            lambda on: settings.settings().setValue("present/order", "breadth" if on else "depth"))

    def present(self) -> PresentationWindow | None:
        """View > Present (F5): the map full screen from its main claim, in the window's theme; Esc comes back."""
        window = self.window
        amap = window.document.amap
        if len(amap) == 0:
            window.statusBar().showMessage(self.tr("Nothing to present: the map is empty"), 5000)
            return None
        order: Order = "breadth" if window.action_map["present_breadth_first"].isChecked() else "depth"
        shown = PresentationWindow(amap, theme=window.theme_name, order=order)
        shown.closed.connect(self._presentation_closed)
        self.presentation = shown
        screen = window.screen()
        if screen is not None:
            shown.setGeometry(screen.geometry())
        shown.showFullScreen()
        shown.activateWindow()
        shown.setFocus(Qt.FocusReason.OtherFocusReason)
        return shown

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.window.activateWindow()
        self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)
