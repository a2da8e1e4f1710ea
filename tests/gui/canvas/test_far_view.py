"""Far out the canvas paints one kept image of the map: it must show what painting every item shows."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

FAR = 0.2  # the boxes show their kind and first words only


def settle() -> None:
    """Let the scene report its changes (it does so a turn of the event loop after the items changed)."""
    for _ in range(3):
        QApplication.processEvents()


def frame(view, far: bool):
    view.far_pictures = far
    settle()
    return view.viewport().grab().toImage()


def differing(a, b) -> float:
    """The share of (sampled) pixels that differ visibly between two frames (blending may round a shade apart)."""
    assert a.size() == b.size()
    points = [(x, y) for x in range(0, a.width(), 3) for y in range(0, a.height(), 3)]

    def apart(p: int, q: int) -> bool:
        return any(abs((p >> shift & 255) - (q >> shift & 255)) > 8 for shift in (0, 8, 16))

    return sum(apart(a.pixel(x, y), b.pixel(x, y)) for x, y in points) / len(points)


def assert_same_frame(view):
    assert view.far_picture_in_use()
    kept, items = frame(view, True), frame(view, False)
    assert differing(kept, items) < 0.002
    view.far_pictures = True


def test_far_out_the_kept_image_shows_what_the_items_show(window, ui):
    view, scene = window.view, window.scene
    view.set_zoom(FAR)
    settle()
    assert_same_frame(view)
    scene.select_ids(["s2", "o3"])  # selection marks
    scene.set_highlighted(["r1"])  # find marks
    settle()
    assert_same_frame(view)
    window.document.amap.update("s2", text="A much longer text now, so that the box grows and the map moves. " * 3)
    scene.relayout()
    settle()
    assert_same_frame(view)


def test_near_or_while_editing_every_item_paints_itself(window):
    view, scene = window.view, window.scene
    view.set_zoom(1.0)
    assert not view.far_picture_in_use()
    view.set_zoom(FAR)
    assert view.far_picture_in_use()
    scene.start_inline_edit("s2")
    assert not view.far_picture_in_use()


def test_a_map_too_big_for_the_image_is_painted_item_by_item(window, monkeypatch):
    from argmap.gui.canvas import far_view

    view = window.view
    view.set_zoom(FAR)
    monkeypatch.setattr(far_view, "MAX_PIXELS", 1000)
    assert not view.far_picture_in_use()
    assert not frame(view, True).isNull()


def test_near_the_kept_image_waits_and_catches_up_when_used_again(window, ui, monkeypatch):
    """Typing or hovering at 100 % must not render the far image (its area at the far zoom holds many items);
    the changes made meanwhile show once the view is far out again."""
    from argmap.gui.canvas.far_view import FarPicture

    view, scene = window.view, window.scene
    view.set_zoom(FAR)
    settle()
    assert_same_frame(view)  # the image exists
    view.set_zoom(1.0)
    frame(view, True)
    rendered = []
    original = FarPicture._render_area
    monkeypatch.setattr(FarPicture, "_render_area", lambda self, target: (rendered.append(target), original(self, target)))
    scene.select_ids(["s2"])
    scene.set_highlighted(["r1"])
    editor = scene.start_inline_edit("o3")
    assert editor is not None
    editor.textCursor().insertText("typed near")
    settle()
    frame(view, True)
    assert rendered == []  # nothing rendered into the image while near
    editor.cancel()
    settle()
    view.set_zoom(FAR)
    assert_same_frame(view)  # the selection and the find mark show far out too
    assert rendered


def test_after_a_zoom_the_sharp_image_comes_in_slices_and_shows_what_the_items_show(window, monkeypatch):
    """A big map's image is rendered sharp again in slices over several turns of the event loop (all at once kept the
    editor still for 0.3 s at 10,000 statements); a change made meanwhile shows in it too."""
    from PySide6.QtCore import QElapsedTimer

    from argmap.gui.canvas import far_view

    monkeypatch.setattr(far_view, "AT_ONCE_MS", -1.0)  # no image is quick enough: as on a big map
    monkeypatch.setattr(far_view, "SLICE_MS", 0.0)  # one slice per turn of the event loop
    view, scene = window.view, window.scene
    far = view._far
    view.set_zoom(FAR)
    frame(view, True)
    view.set_zoom(FAR * 1.2)
    frame(view, True)  # the old image, scaled
    assert far.scale == pytest.approx(FAR) and far.wanted_scale == pytest.approx(FAR * 1.2)
    slices = []
    original = far_view.FarPicture._paint_scene
    monkeypatch.setattr(far_view.FarPicture, "_paint_scene", lambda self, *a: (slices.append(a[-1]), original(self, *a)))
    clock = QElapsedTimer()
    clock.start()
    leftmost = min(scene.statement_items(), key=lambda item: item.x())
    changed = False
    while far.scale != pytest.approx(FAR * 1.2) and clock.elapsed() < 5000:
        QApplication.processEvents()
        if len(slices) >= 8 and not changed:  # half-way, the leftmost box (in a slice done already) is selected
            scene.select_ids([leftmost.statement_id])
            changed = True
    assert far.scale == pytest.approx(FAR * 1.2)
    assert len(slices) > 3
    assert_same_frame(view)
    around = view.mapFromScene(leftmost.sceneBoundingRect()).boundingRect().adjusted(-6, -6, 6, 6)
    kept, items = frame(view, True).copy(around), frame(view, False).copy(around)
    assert differing(kept, items) < 0.01  # the selection shows in the image


def test_an_image_slow_to_render_is_not_rendered_again_at_each_zoom_step(window, monkeypatch):
    """However few statements the map has, an image that takes longer than a frame to render is shown scaled while
    the user zooms and rendered sharp once after the pause (300 statements took 90 ms a zoom step, rendered at
    once because the map was under 1,000 statements); the sharp image shows what the items show."""
    import time

    from argmap.gui.canvas import far_view

    original = far_view.FarPicture._paint_scene
    rendered: list[float] = []

    slow_now = [True]

    def slow(self, *args) -> None:  # the first whole rendering as a slower machine or a denser map would take it
        rendered.append(args[2])
        if slow_now[0]:
            time.sleep(far_view.AT_ONCE_MS / 1000)
        original(self, *args)

    monkeypatch.setattr(far_view.FarPicture, "_paint_scene", slow)
    view, far = window.view, window.view._far
    view.set_zoom(FAR)
    frame(view, True)
    rendered.clear()
    slow_now[0] = False  # (the sharp image's slices at their usual size: a sleep in each made them a few rows each)
    for step in (1.05, 1.1, 1.15, 1.2):
        view.set_zoom(FAR * step)
        frame(view, True)
    assert rendered == [], "no rendering while zooming: the old image is shown scaled"
    assert far.scale == pytest.approx(FAR) and far.wanted_scale == pytest.approx(FAR * 1.2)
    end = time.perf_counter() + 5
    while far.scale != pytest.approx(FAR * 1.2) and time.perf_counter() < end:
        QApplication.processEvents()
    assert far.scale == pytest.approx(FAR * 1.2)
    assert rendered and all(scale == pytest.approx(FAR * 1.2) for scale in rendered), "only at the zoom the user stopped at"
    assert_same_frame(view)


def test_an_image_quick_to_render_is_sharp_at_every_zoom_at_once(window, monkeypatch):
    from argmap.gui.canvas import far_view

    monkeypatch.setattr(far_view, "AT_ONCE_MS", 1000.0)  # however busy the machine running the test
    view, far = window.view, window.view._far
    view.set_zoom(FAR)
    frame(view, True)
    view.set_zoom(FAR * 1.2)
    frame(view, True)
    assert far.scale == pytest.approx(FAR * 1.2)
    assert_same_frame(view)


def test_a_large_map_fitted_makes_no_item_and_shows_what_every_item_shows(make_window, tmp_path, monkeypatch, qtbot):
    """Far out, the image is painted from the map's picture: fitting a large map makes no Qt item (rendering the scene
    made one per box and arrow, and they stayed: every later keystroke and hover paid for them), yet it shows what
    painting every item shows, with the find marks and edits of boxes that have no item.

    The idle filing of moved parts makes the items of the grid cells around the area last shown (coarser than the
    exact look-up a paint makes meanwhile): it is let finish before items are counted, or a slow machine counted them."""
    from argmap.gui.canvas import far_view, near_items
    from argmap.io import save
    from tests.gui.canvas.test_lazy_items import big_map

    monkeypatch.setattr(near_items, "LAZY_FROM", 100)
    monkeypatch.setattr(far_view, "AT_ONCE_MS", -1.0)  # no image is quick enough: as on a big map
    amap = big_map()
    save(amap, tmp_path / "big.json")
    window = make_window(tmp_path / "big.json")
    view, scene, far = window.view, window.scene, window.view._far
    view.set_zoom(1.0)
    frame(view, True)
    qtbot.waitUntil(lambda: not scene.filing_pending(), timeout=5000)
    made = len(scene.items())
    assert scene.lazy and made < len(amap)
    view.fit_map()
    assert view.far_picture_in_use()
    frame(view, True)
    assert len(scene.items()) == made, "the fitted frame made no item"
    placed = scene.placed_boxes()

    def around(i: str) -> QRect:
        x, y, w, h = placed[i]
        return view.mapFromScene(QRectF(x, y, w, h)).boundingRect().adjusted(-4, -4, 4, 4)

    def as_if_new(i: str) -> None:
        """The kept image, updated where the box changed, shows what one painted anew shows."""
        kept = frame(view, True).copy(around(i))
        far.drop()
        fresh = frame(view, True).copy(around(i))
        assert differing(kept, fresh) < 0.01

    far_box = max(placed, key=lambda i: placed[i][0])  # far from where the view was: no item
    assert scene.made_item(far_box) is None
    scene.set_highlighted([far_box])
    as_if_new(far_box)
    scene.set_highlighted([])
    as_if_new(far_box)
    scene.apply_evaluation({far_box: 0.0}, {}, only={far_box})  # (the strength row is not shown: nothing changes)
    as_if_new(far_box)
    scene.set_highlighted([far_box])
    window.document.amap.update(far_box, text="Now a much longer text, so that the box grows and the boxes near it move. " * 3)
    scene.relayout()
    qtbot.waitUntil(lambda: not scene.filing_pending(), timeout=5000)
    made = len(scene.items())
    kept = frame(view, True)
    assert len(scene.items()) == made, "the fitted frame after an edit made no item"
    items = frame(view, False)  # every item paints itself (this makes them)
    assert differing(kept, items) < 0.003


def made_ahead(make_window, tmp_path, monkeypatch, qtbot, while_made=lambda scene: None):
    """A large map opened and left alone near until its far image is made ahead; the window, the slices rendered
    and the images rendered at once (within a frame). ``while_made`` runs after the first slices."""
    from argmap.gui.canvas import far_view, near_items
    from argmap.io import save
    from tests.gui.canvas.test_lazy_items import big_map

    monkeypatch.setattr(near_items, "LAZY_FROM", 100)
    monkeypatch.setattr(far_view, "AT_ONCE_MS", -1.0)  # no image is quick enough: as on a big map
    monkeypatch.setattr(far_view, "SLICE_MS", 0.0)  # one slice per turn of the event loop
    slices, at_once = [], []
    original, whole = far_view.FarPicture._paint_scene, far_view.FarPicture._render
    monkeypatch.setattr(far_view.FarPicture, "_paint_scene", lambda self, *a: (slices.append(a[-1]), original(self, *a)))
    monkeypatch.setattr(far_view.FarPicture, "_render", lambda self, *a: (at_once.append(a), whole(self, *a)))
    save(big_map(), tmp_path / "big.json")
    window = make_window(tmp_path / "big.json")
    view, far = window.view, window.view._far
    view.set_zoom(1.0)
    qtbot.waitUntil(lambda: len(slices) >= 2 or far.image is not None, timeout=10_000)
    assert far.image is None
    while_made(window.scene)
    qtbot.waitUntil(lambda: far.image is not None, timeout=10_000)
    assert len(slices) > 3 and not at_once and not view.far_picture_in_use(), "made in slices while near"
    assert far.scale == pytest.approx(view.fit_zoom())
    return window, slices, at_once


def test_a_large_map_left_alone_gets_its_fitted_image_ahead_so_the_first_fit_renders_nothing(make_window, tmp_path, monkeypatch, qtbot):
    """Left alone near, the editor makes a large map's far image at about the fitted zoom ahead, a slice at a time (the
    first Fit map went over every part within its frame: 45-75 ms at 10,000 statements); the fit shows it at once,
    with what changed meanwhile, as painting every item shows."""
    chosen = []

    def select_leftmost(scene) -> None:  # after its slice, before the image is done: the selection shows once used
        chosen.append(min(scene.placed_boxes().items(), key=lambda kv: kv[1][0])[0])
        scene.select_ids(chosen)

    window, _, at_once = made_ahead(make_window, tmp_path, monkeypatch, qtbot, select_leftmost)
    view, scene, far = window.view, window.scene, window.view._far
    with monkeypatch.context() as patched:
        patched.setattr(far.sharpen, "start", lambda: None)  # (the image as made ahead stays, for a look)
        view.fit_map()
        ahead = frame(view, True)
        assert view.far_picture_in_use() and not at_once, "the fit's frame shows the image made ahead"
        x, y, w, h = scene.placed_boxes()[chosen[0]]
        around = view.mapFromScene(QRectF(x, y, w, h)).boundingRect().adjusted(-4, -4, 4, 4)
        items = frame(view, False)
        assert differing(ahead.copy(around), items.copy(around)) < 0.01, "the selection made meanwhile shows"
        assert differing(ahead, items) < 0.01  # (about the fitted zoom: here the very same)
    frame(view, True)
    qtbot.waitUntil(lambda: far.scale == view.zoom() and far._sharper is None, timeout=10_000)  # sharp, if it was not
    kept, items = frame(view, True), frame(view, False)
    assert differing(kept, items) < 0.003


def test_an_image_made_ahead_a_fraction_of_a_pixel_off_is_shown_then_sharpened(make_window, tmp_path, monkeypatch, qtbot):
    """A frame at the zoom of the image made ahead but whose pixels fall a fraction of a pixel apart shows it at once
    and renders it again, at the frame's own fraction, after the pause (an image so shifted was rendered within the
    frame: right for one rendered as the user zoomed, not for one made ahead to spare the first fit)."""
    window, _, at_once = made_ahead(make_window, tmp_path, monkeypatch, qtbot)
    far = window.view._far
    scale = far.scale
    far.active = True  # (as a far frame sets it)
    assert far.ready(scale, 0.5, 0.25) and not at_once and far.phase == (0.0, 0.0)
    qtbot.waitUntil(lambda: far.phase == (0.5, 0.25), timeout=10_000)
    assert far.scale == scale and not at_once
    far.active = False


def test_far_out_a_box_too_small_for_words_shows_its_kind_colour_where_it_is(make_window, tmp_path, monkeypatch):
    """Far out, boxes without room for a line of words are rectangles of their kind's colour (the find mark's, the
    selection's), gathered by colour and drawn at once, boxes with an item or without (a call per box was most of the
    first far image of a large map)."""
    from PySide6.QtCore import QPointF

    from argmap.gui.canvas import near_items
    from argmap.gui.canvas.view import MIN_ZOOM
    from argmap.io import save
    from tests.gui.canvas.test_lazy_items import big_map

    monkeypatch.setattr(near_items, "LAZY_FROM", 100)
    amap = big_map()
    save(amap, tmp_path / "big.json")
    window = make_window(tmp_path / "big.json")
    view, scene = window.view, window.scene
    view.set_zoom(MIN_ZOOM)
    assert view.far_picture_in_use()
    placed = scene.placed_boxes()
    shown = view.visible_area()
    found, chosen = [i for i in sorted(placed) if shown.contains(QRectF(*placed[i]))][3:5]
    scene.set_highlighted([found])
    scene.select_ids([chosen])
    image = frame(view, True)
    theme, checked = scene.theme, []
    for i, (x, y, w, h) in placed.items():
        if w * MIN_ZOOM < 3 or h * MIN_ZOOM < 3:
            continue  # (a pixel at its middle may be only partly covered)
        expected = theme.selection if i == chosen else theme.highlight if i == found else theme.kinds[amap.statement(i).kind].accent
        at = view.mapFromScene(QPointF(x + w / 2, y + h / 2))
        if not image.rect().adjusted(2, 2, -2, -2).contains(at):
            continue
        assert QColor(image.pixel(at)).name() == QColor(expected).name(), i
        checked.append(i)
    assert len(checked) > 10 and {found, chosen} <= set(checked)
    made = [scene.made_item(i) is not None for i in checked]
    assert any(made) and not all(made)  # (boxes painted by their item's state and from the picture)


def test_the_image_is_made_ahead_when_the_parts_are_filed_after_the_readying_ended(make_window, tmp_path, monkeypatch, qtbot):
    """A map got ready for edits before its parts were filed (they are filed first: the image's slices ask for them)
    still gets its image ahead, once they are (a 2,000-statement map got none)."""
    from argmap.gui.canvas import near_items
    from argmap.gui.canvas import scene as scene_module

    monkeypatch.setattr(scene_module, "READY_AFTER_MS", 0)
    monkeypatch.setattr(near_items, "FILE_AFTER_MS", 1500)
    window, _, at_once = made_ahead(make_window, tmp_path, monkeypatch, qtbot)
    assert not window.scene._readying.isActive() and not at_once


def test_the_areas_to_render_again_are_united_where_they_overlap():
    """The areas changed while the image was not in use are rendered again united where they overlap (the items the
    zoom steps made near the view: 36 areas, each a rendering with its own look-up of the map's parts, 30-40 ms at the
    first fit of 10,000 statements; united, 2): every pixel named still rendered, none twice."""
    import random

    from argmap.gui.canvas.far_view import _united

    rng = random.Random(7)
    for _ in range(200):
        areas = [QRectF(rng.randrange(0, 60), rng.randrange(0, 20), rng.randrange(1, 12), rng.randrange(1, 6))
                 for _ in range(rng.randrange(1, 30))]
        united = _united(areas)
        assert all(any(u.contains(a) for u in united) for a in areas)
        assert not any(u.intersects(v) for k, u in enumerate(united) for v in united[k + 1:])
        assert len(united) <= len(areas)
