"""Where a window's view starts on a map just opened: the whole map fitted when it is readable that way, else the
main claim and its reasons at a readable size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer

from argmap.gui.navigation import main_claim

if TYPE_CHECKING:
    from argmap.gui.canvas.scene import MapScene
    from argmap.gui.canvas.view import MapView
    from argmap.gui.document import Document

#: Below this zoom a fitted map is too small to read; show its top at START_ZOOM instead.
READABLE_ZOOM = 0.45
START_ZOOM = 0.75


class StartView:
    """The start view of the editor window (:class:`~argmap.gui.main_window.MainWindow` mixes it in)."""

    view: MapView
    scene: MapScene
    document: Document
    _status_timer: QTimer
    _start_view_size: QSize  # the viewport size the start view was last made for

    def _start_view_again(self) -> None:
        """The start view once more when the canvas's size differs from the one it was made for (opening at
        start-up, before the window is laid out; scroll bars that came with it); the same size gives the same view:
        not worked out twice (on a large map that looked over the whole map again)."""
        if self.view.viewport().size() != self._start_view_size:
            self.show_start_view()

    def show_start_view(self) -> None:
        """The whole map if it is readable that way; else the main claim and its reasons at a readable size."""
        try:
            self._make_start_view()
        finally:
            self._start_view_size = self.view.viewport().size()

    def _make_start_view(self) -> None:
        if not self._too_large_to_read():
            self.view.fit_map()
            if self.view.zoom() >= READABLE_ZOOM:
                return
        top = main_claim(self.document.amap)  # what Home selects: also a claim inside a cycle
        item = self.scene.item_for(top) if top is not None else None
        if item is None:
            return
        self.view.set_zoom(START_ZOOM)
        box = item.scene_box()
        visible_height = self.view.viewport().height() / START_ZOOM
        if self.scene.direction == "TB":
            self.view.centerOn(box.center().x(), box.top() - 30 + visible_height / 2)
        else:
            visible_width = self.view.viewport().width() / START_ZOOM
            self.view.centerOn(box.left() - 30 + visible_width / 2, box.center().y())
        self._status_timer.start()

    def _too_large_to_read(self) -> bool:
        """True when the boxes alone, fitted, would be too small to read (a large map): the fit, which works out the whole
        drawing's extent (0.15 s at 50,000 statements), would be thrown away. Known only for a large map without
        collapsed parts (their hidden statements keep places in the layout); a tenth to spare for the fit's margins."""
        scene = self.scene
        layout = scene.layout
        if not scene.lazy or layout.hidden or not layout.boxes:
            return False
        bounds, viewport = layout.bounds(), self.view.viewport().size()
        if bounds.w <= 0 or bounds.h <= 0:
            return False
        return min(viewport.width() / bounds.w, viewport.height() / bounds.h) < 0.9 * READABLE_ZOOM
