"""Qt's spatial index covers the map: every paint, hover and keystroke asks it which items are where.

Qt's index (and each view's scroll range) learns the scene's size only from the scene's
``sceneRectChanged`` signal. :meth:`MapScene.indexed_rect` is what that signal last said,
so where it differs from the scene rect, Qt's index covers the wrong area and every
query tests every item (20 ms per paint at 10,000 statements instead of 0.3 ms).
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from argmap.io import save
from argmap.model import ArgumentMap


def wide_map(n: int = 80) -> ArgumentMap:
    amap = ArgumentMap("Wide")
    top = amap.add("claim", "The main claim.")
    for k in range(n):
        amap.add("support" if k % 2 else "objection", f"Reason {k}, long enough to wrap onto a second line.", parent=top.id)
    return amap


def test_an_opened_map_is_indexed_where_it_lies(make_window, tmp_path):
    save(wide_map(), tmp_path / "wide.json")
    window = make_window(tmp_path / "wide.json")
    scene = window.scene
    assert scene.indexed_rect() == scene.sceneRect()
    assert scene.indexed_rect().contains(scene.itemsBoundingRect())
    # and the views scroll over the whole map, not the empty map's area
    assert window.view.horizontalScrollBar().maximum() > 0


def test_opening_another_map_moves_the_index(make_window, tmp_path):
    save(wide_map(4), tmp_path / "small.json")
    save(wide_map(120), tmp_path / "big.json")
    window = make_window(tmp_path / "small.json")
    small = window.scene.indexed_rect()
    assert window.files.open_path(tmp_path / "big.json")
    scene = window.scene
    assert scene.indexed_rect() == scene.sceneRect()
    assert scene.indexed_rect().width() > 4 * small.width()


def test_a_size_set_while_signals_are_blocked_is_announced_when_they_are_unblocked(qapp):
    from argmap.gui.canvas import MapScene

    scene = MapScene(ArgumentMap())
    try:
        blocked = scene.blockSignals(True)
        scene.set_map(wide_map())
        assert scene.indexed_rect() != scene.sceneRect()  # what a stale index looks like
        scene.blockSignals(blocked)
        assert scene.indexed_rect() == scene.sceneRect()
    finally:
        scene.detach()


def test_an_edit_that_grows_the_map_grows_the_index(make_window, tmp_path):
    save(wide_map(4), tmp_path / "small.json")
    window = make_window(tmp_path / "small.json")
    amap, scene = window.document.amap, window.scene
    top = amap.main_claims()[0]
    for k in range(60):
        amap.add("support", f"Another reason {k}.", parent=top)
    scene.relayout()
    assert scene.indexed_rect() == scene.sceneRect()
    assert scene.indexed_rect().contains(scene.itemsBoundingRect())



def test_a_fitted_map_is_fitted_again_only_when_the_view_changes_size(window, qtbot, monkeypatch):
    """Scroll bars coming and going resize only the viewport; fitting again on those made them come and go for ever
    (70,000 fits while the event loop ran during the opening of a big map)."""
    from PySide6.QtWidgets import QApplication

    from argmap.gui.canvas.view import MapView

    fits = []
    real = MapView.fit_map
    monkeypatch.setattr(MapView, "fit_map", lambda self: fits.append(1) or real(self))
    window.view.fit_map()
    assert window.view.is_fitted()
    for _ in range(200):
        QApplication.processEvents()
    assert len(fits) < 10  # nothing keeps fitting
    settled = len(fits)
    window.resize(window.width() - 200, window.height())
    qtbot.waitUntil(lambda: len(fits) > settled, timeout=2000)  # a real resize still fits again
