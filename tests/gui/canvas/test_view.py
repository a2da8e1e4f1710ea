"""The view for a room: Fit fills the window up to a cap, and far out every box still shows its kind and first words."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from argmap.gui.canvas.view import FIT_MAX_ZOOM
from argmap.io import save
from argmap.model import ArgumentMap


def on_screen(view, rect):
    return view.mapFromScene(rect).boundingRect()


def one_box_map(tmp_path):
    amap = ArgumentMap("Small")
    amap.add("claim", "Homework should be optional.", id="c")
    save(amap, tmp_path / "small.json")
    return tmp_path / "small.json"


def test_fit_on_the_example_map_in_the_default_window_fills_the_canvas(window, ui):
    window.resize(1400, 900)  # the size a first start opens with
    QApplication.processEvents()
    view = window.view
    ui.trigger(window, "fit")
    bounds = on_screen(view, window.scene.items_bounding_rect_for_export())
    viewport = view.viewport().rect()
    assert view.zoom() <= FIT_MAX_ZOOM
    assert viewport.adjusted(-2, -2, 2, 2).contains(bounds)  # all of it
    assert bounds.width() >= 0.95 * viewport.width() or bounds.height() >= 0.95 * viewport.height()  # as large as it goes


def test_fit_makes_a_small_map_large_but_no_larger_than_the_cap(make_window, ui, tmp_path):
    window = make_window(one_box_map(tmp_path))
    view = window.view
    ui.trigger(window, "fit")
    assert 1.0 < view.zoom() <= FIT_MAX_ZOOM
    box = on_screen(view, window.scene.item_for("c").scene_box())
    viewport = view.viewport().rect()
    assert viewport.contains(box)
    # the start view when the map opened is the same fitted view
    window.show_start_view()
    assert 1.0 < view.zoom() <= FIT_MAX_ZOOM


def test_fit_stops_at_the_cap_when_the_window_could_take_more(qtbot, tmp_path):
    from argmap.gui.canvas import MapScene, MapView
    from argmap.io import load

    scene = MapScene(load(one_box_map(tmp_path)))
    view = MapView(scene)
    view.resize(3000, 2000)  # room for a single box at far more than the cap
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.fit_map()
    assert view.zoom() == pytest.approx(FIT_MAX_ZOOM)
    assert view.viewport().rect().contains(view.mapFromScene(scene.item_for("c").scene_box().center()))
    scene.detach()


def test_zoom_to_selection_enlarges_one_box_beyond_the_old_limit(window, ui):
    window.scene.select_ids(["e2"])
    ui.trigger(window, "zoom_selection")
    assert 1.5 < window.view.zoom() <= FIT_MAX_ZOOM  # it stopped at 150 % before
    box = on_screen(window.view, window.scene.item_for("e2").scene_box())
    assert window.view.viewport().rect().contains(box)


def test_a_fitted_map_fits_again_when_the_window_grows_but_a_chosen_zoom_stays(window, ui):
    view = window.view
    ui.trigger(window, "fit")
    fitted = view.zoom()
    window.resize(1800, 1100)
    QApplication.processEvents()
    assert view.zoom() > fitted * 1.1
    ui.trigger(window, "zoom_reset")
    window.resize(1200, 800)
    QApplication.processEvents()
    assert view.zoom() == pytest.approx(1.0)


def text_pixels(image: QImage, rect) -> int:
    """Dark, unsaturated pixels: statement text (borders and header bands are saturated colours)."""
    count = 0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            c = QColor(image.pixel(x, y))
            if c.lightness() < 120 and c.hslSaturation() < 90:
                count += 1
    return count


def test_far_out_every_box_shows_words_in_a_readable_size(window, ui):
    window.resize(1400, 900)
    QApplication.processEvents()
    view = window.view
    ui.trigger(window, "fit")
    assert window.scene.theme.text_px * view.zoom() < 6  # full text would be specks here
    image = view.viewport().grab().toImage()
    viewport = view.viewport().rect()
    checked = 0
    for item in window.scene.statement_items():
        box = on_screen(view, item.scene_box()).adjusted(3, 3, -3, -3)  # inside the border
        assert viewport.contains(box)
        assert text_pixels(image, box) >= 20, item.statement_id
        glance = item.painting.glance(view.zoom())
        assert glance is not None and glance.lines
        first = (item.statement.title or item.statement.text).split()[0]  # far out, a title comes first
        assert glance.lines[0].startswith(first) or glance.lines[0].endswith("…")
        checked += 1
    assert checked == len(window.document.amap)


def test_far_out_text_is_drawn_in_screen_pixels_whatever_the_zoom(window, ui):
    """The words keep one size on screen as the map shrinks: their rows of ink are as tall at 30 % as at 20 % once the
    zoom has come to rest (meanwhile an image slow to render may be shown scaled: far_view.AT_ONCE_MS)."""
    import time

    view = window.view
    item = window.scene.item_for(window.document.amap.main_claims()[0])
    heights = []
    for zoom in (0.3, 0.2):
        view.set_zoom(zoom)
        view.centerOn(item)
        QApplication.processEvents()
        far, end = view._far, time.perf_counter() + 5
        while view.far_picture_in_use() and far.scale != pytest.approx(far.wanted_scale) and time.perf_counter() < end:
            QApplication.processEvents()
        image = view.viewport().grab().toImage()
        box = on_screen(view, item.scene_box()).adjusted(3, 3, -3, -3)
        rows = [y for y in range(box.top(), box.bottom() + 1)
                if any(QColor(image.pixel(x, y)).lightness() < 120 and QColor(image.pixel(x, y)).hslSaturation() < 90
                       for x in range(box.left(), box.right() + 1))]
        assert rows, zoom
        heights.append(rows[-1] - rows[0])
    assert heights[0] >= 8 and abs(heights[0] - heights[1]) <= 2


def test_the_kept_background_shows_what_drawing_it_anew_shows(window, ui):
    """The canvas keeps its background (the fill and the dotted grid) in a pixmap: after a zoom, a scroll or a
    theme change a frame must look as one that draws the background from nothing."""
    from PySide6.QtWidgets import QGraphicsView

    view = window.view
    assert view.cacheMode() == QGraphicsView.CacheModeFlag.CacheBackground

    def frame() -> QImage:
        QApplication.processEvents()
        return view.viewport().grab().toImage()

    def drawn_anew() -> QImage:
        view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        try:
            return frame()
        finally:
            view.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)

    changes = [
        lambda: view.set_zoom(view.zoom() * 1.2, QPointF(333, 211)),
        lambda: (view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 137),
                 view.verticalScrollBar().setValue(view.verticalScrollBar().value() - 59)),
        lambda: window.choose_theme("dark"),
        lambda: view.set_zoom(0.3),  # no grid this far out
        lambda: view.set_zoom(1.0),
        lambda: window.choose_theme("light"),
    ]
    view.set_zoom(1.0)
    for step, change in enumerate(changes):
        frame()  # the background is kept now
        change()
        assert frame() == drawn_anew(), step


def test_the_canvas_is_named_in_the_interfaces_language(qapp):
    """A screen reader hears the canvas's name translated (it was English in every language)."""
    from argmap.drawing.language import install_translators, qm_file
    from argmap.gui.canvas import MapView

    if not qm_file("ja").is_file():
        pytest.skip("the Japanese translation is not compiled (make test compiles it)")
    try:
        assert install_translators(qapp, "ja") == "ja"
        assert MapView().accessibleName() == "議論マップのキャンバス"
    finally:
        install_translators(qapp, "en")
    assert MapView().accessibleName() == "Argument map canvas"


def pixels_apart(a: QImage, b: QImage) -> int:
    """How many pixels of two frames differ visibly (by more than 8 in a colour)."""
    a, b = a.convertToFormat(QImage.Format.Format_RGB32), b.convertToFormat(QImage.Format.Format_RGB32)
    assert a.size() == b.size()
    apart = {k // 4 for k, (p, q) in enumerate(zip(bytes(a.constBits()), bytes(b.constBits()), strict=True)) if abs(p - q) > 8}
    return len(apart)


def straight_far_out(make_window, tmp_path, monkeypatch):
    """A large map (items made only near the view) far out, where its image would be too big to keep: (window, the
    count of items made at 100 %, a box far from there)."""
    from PySide6.QtTest import QTest

    from argmap.gui.canvas import far_view, near_items
    from tests.gui.canvas.test_far_view import FAR, frame
    from tests.gui.canvas.test_lazy_items import big_map

    monkeypatch.setattr(near_items, "LAZY_FROM", 100)
    monkeypatch.setattr(far_view, "MAX_PIXELS", 1000)
    save(big_map(), tmp_path / "big.json")
    window = make_window(tmp_path / "big.json")
    view, scene = window.view, window.scene
    view.set_zoom(1.0)
    frame(view, True)
    while scene.filing_pending():  # (the picture's parts are filed when the editor is idle: then the view looks again)
        QTest.qWait(10)
    frame(view, True)
    made = len(scene.items())
    placed = scene.placed_boxes()
    far_box = max(placed, key=lambda i: placed[i][0])  # far from where the view was: no item
    assert scene.lazy and scene.made_item(far_box) is None
    view.set_zoom(FAR)
    x, y, w, h = placed[far_box]
    view.centerOn(x + w / 2, y + h / 2)
    assert view.paints_from_picture() and not view.far_picture_in_use()
    return window, made, far_box


def test_far_out_a_large_maps_frames_are_painted_from_its_picture_and_show_what_the_items_show(make_window, tmp_path, monkeypatch):
    """Far out on a large map whose image would be too big, each frame paints its area straight from the map's picture:
    no Qt item is made for it (the first zoom in from the fitted 10,000-statement map made 1,500 items), and it shows
    what painting every item shows."""
    from tests.gui.canvas.test_far_view import differing, frame

    window, made, far_box = straight_far_out(make_window, tmp_path, monkeypatch)
    view, scene = window.view, window.scene
    straight = frame(view, True)
    assert len(scene.items()) == made and scene.made_item(far_box) is None, "the frame made no item"
    items = frame(view, False)  # every item paints itself (this makes those in view)
    assert scene.made_item(far_box) is not None
    assert pixels_apart(straight, items) < 20
    # after an edit that moves the boxes and arrows in view: their new places (no shape kept from before)
    window.document.amap.update(far_box, text="Now a much longer text, so that the box grows and the boxes near it move. " * 3)
    scene.relayout()
    moved = frame(view, True)
    assert differing(moved, straight) > 0.002
    assert pixels_apart(moved, frame(view, False)) < 20, "every pixel (an arrow of before is a thin line)"


def test_far_out_a_change_of_a_box_without_an_item_is_painted_again(make_window, tmp_path, monkeypatch, qapp):
    """Painted straight from the picture, a box in view has no item to ask for a frame when it changes (a find mark):
    the view repaints where it lies, and the frame shows what the items show."""
    from PySide6.QtCore import QEvent, QObject, QRectF

    from tests.gui.canvas.test_far_view import differing, frame, settle

    window, _, far_box = straight_far_out(make_window, tmp_path, monkeypatch)
    view, scene = window.view, window.scene
    frame(view, True)
    painted: list = []

    class Frames(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(event.region().boundingRect())
            return False

    frames = Frames()
    view.viewport().installEventFilter(frames)
    settle()
    painted.clear()
    scene.set_highlighted([far_box])
    settle()
    view.viewport().removeEventFilter(frames)
    x, y, w, h = scene.placed_boxes()[far_box]
    box = view.mapFromScene(QRectF(x, y, w, h)).boundingRect()
    assert any(r.contains(box) for r in painted), "the box is painted again"
    assert scene.made_item(far_box) is None
    marked = frame(view, True)
    assert differing(marked, frame(view, False)) < 0.002
