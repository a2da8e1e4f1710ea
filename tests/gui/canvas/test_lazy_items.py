"""On a large map the canvas makes Qt items only near what the view shows, and any other on demand.

(Here "large" is set to 100 statements, the default since session 11, so that the tests do not depend on it.)
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from argmap.io import save
from argmap.model import ArgumentMap


@pytest.fixture
def lazy_from_100(monkeypatch):
    from argmap.gui.canvas import near_items

    monkeypatch.setattr(near_items, "LAZY_FROM", 100)


def wait_until_filed(scene) -> None:
    """Let the editor be idle until the canvas has filed every part of its picture (a few seconds at the most)."""
    from PySide6.QtTest import QTest

    for _ in range(100):
        if not scene.filing_pending():
            break
        QTest.qWait(20)
    assert not scene.filing_pending()


def big_map(width: int = 12, depth: int = 3) -> ArgumentMap:
    """A wide tree of about 12 + 12*3 + 12*3*2 = 120 statements, far wider than a window."""
    amap = ArgumentMap("Big")
    top = amap.add("claim", "The main claim of a large map.")
    for k in range(width):
        reason = amap.add("support" if k % 2 else "objection", f"Reason {k}, long enough to wrap onto a second line.", parent=top.id)
        for j in range(depth):
            inner = amap.add("evidence", f"Evidence {k}.{j} for the reason.", parent=reason.id)
            for m in range(2):
                amap.add("rebuttal", f"Rebuttal {k}.{j}.{m}.", parent=inner.id)
    return amap


def open_big(make_window, tmp_path, qapp):
    amap = big_map()
    save(amap, tmp_path / "big.json")
    window = make_window(tmp_path / "big.json")
    window.view.set_zoom(1.0)
    for _ in range(3):
        qapp.processEvents()
    return window


def settle(window, qapp) -> None:
    window.view.viewport().repaint()  # a frame: the view asks the scene for the items it shows
    qapp.processEvents()


def boxes_in(scene, area) -> set[str]:
    """The statements whose boxes the picture has in ``area``."""
    return {i for i, (x, y, w, h) in scene.placed_boxes().items() if area.intersects(type(area)(x, y, w, h))}


def differing_pixels(a, b) -> int:
    assert a.size() == b.size()
    return sum(1 for y in range(a.height()) for x in range(0, a.width()) if a.pixel(x, y) != b.pixel(x, y))


def test_after_opening_only_the_boxes_near_the_view_have_items(lazy_from_100, make_window, tmp_path, qapp):
    window = open_big(make_window, tmp_path, qapp)
    scene, view = window.scene, window.view
    settle(window, qapp)
    total = len(window.document.amap)
    assert scene.lazy and scene.amap_size() == total
    made = {item.statement_id for item in scene.made_items()}
    assert boxes_in(scene, view.visible_area()) <= made, "every box in view has its item"
    assert len(made) < total / 2, "far boxes have none yet"
    assert len(scene.items()) < total, "Qt holds far fewer items than the map has parts"


def test_after_opening_every_box_and_arrow_is_found_where_the_picture_has_it(lazy_from_100, make_window, tmp_path, qapp):
    """Once the editor was idle after opening, the grid the view's look-ups read holds the whole picture: each part
    is found by a look-up over its own place, none waits to be filed."""

    window = open_big(make_window, tmp_path, qapp)
    scene = window.scene
    wait_until_filed(scene)
    grid, diagram = scene._grid, scene.diagram()
    assert not grid.stale
    for b in diagram.boxes:
        assert b.id in grid.within(b.x, b.y, b.x + b.painting.w, b.y + b.painting.h), b.id
    arrows = [a for a in diagram.arrows if not a.shape[3].isEmpty()]
    assert arrows
    for a in arrows:
        r = a.shape[3]
        assert (a.source, a.target) in grid.within(r.left(), r.top(), r.right(), r.bottom()), (a.source, a.target)


def test_right_after_opening_every_part_in_a_view_gets_its_item_before_the_grid_is_filed(lazy_from_100, monkeypatch, qapp):
    """Opening files only the arrows larger than a grid cell (the rest when the editor is idle): until then a view
    anywhere, also one that shows only the middle of a long cross-link, finds every box and arrow in it."""
    from PySide6.QtCore import QRectF

    from argmap.gui.canvas import MapScene, near_items
    from argmap.gui.canvas.nearby import CELL
    from argmap.model import Relation

    monkeypatch.setattr(near_items, "KEEP_ITEMS", 0)  # each view keeps only its own items: it must find them all
    amap = big_map()
    ids = amap.ids()
    amap.connect(ids[-1], ids[2], Relation.ATTACK)  # a cross-link across the map
    scene = MapScene(amap)
    try:
        assert scene.filing_pending(), "the parts wait to be filed"
        long = [a for a in scene.diagram().arrows if a.shape[3].width() > 4 * CELL]
        assert long, "the map has a long arrow"

        def check(area: QRectF) -> None:
            scene.show_near(area)
            boxes = boxes_in(scene, area)
            arrows = {(a.source, a.target) for a in scene.diagram().arrows if a.shape[3].intersects(area)}
            assert boxes <= {item.statement_id for item in scene.made_items()}, "every box in view has its item"
            assert arrows <= {(link.link.source, link.link.target) for link in scene.made_link_items()}

        def check_every_area() -> None:
            bounds = scene.diagram().bounds()
            x = bounds.left()
            while x < bounds.right():
                check(QRectF(x, bounds.top(), 1600, bounds.height()))
                x += 1200
            for a in long:  # only its middle in view
                r = a.shape[3]
                check(QRectF(r.center().x() - 5, r.center().y() - 5, 10, 10))

        check_every_area()
        assert scene.filing_pending()
        wait_until_filed(scene)  # idle: the parts are filed
        check_every_area()
    finally:
        scene.detach()


def test_scrolling_to_a_far_box_shows_it_where_the_picture_has_it(lazy_from_100, make_window, tmp_path, qapp):
    window = open_big(make_window, tmp_path, qapp)
    scene, view = window.scene, window.view
    placed = scene.placed_boxes()
    far = max(placed, key=lambda i: placed[i][0])  # the right-most box
    assert far not in {item.statement_id for item in scene.made_items()}
    x, y, w, h = placed[far]
    view.centerOn(x + w / 2, y + h / 2)
    settle(window, qapp)
    made = {item.statement_id: item for item in scene.made_items()}
    assert far in made and made[far].isVisible()
    assert made[far].box_tuple() == (x, y, w, h)
    assert boxes_in(scene, view.visible_area()) <= made.keys()
    # and the arrows there are drawn too: every arrow the picture has into a box in view has its item
    drawn = {(a.source, a.target) for a in scene.diagram().arrows}
    in_view = boxes_in(scene, view.visible_area())
    wanted = {key for key in drawn if key[0] in in_view and key[1] in in_view}
    assert wanted <= {link.link.key for link in scene.made_link_items() if link.isVisible()}


def test_selecting_and_finding_a_far_statement_shows_it(lazy_from_100, make_window, tmp_path, qapp):
    window = open_big(make_window, tmp_path, qapp)
    scene, view = window.scene, window.view
    placed = scene.placed_boxes()
    far = max(placed, key=lambda i: placed[i][0] + placed[i][1])
    other = max(placed, key=lambda i: placed[i][1] - placed[i][0])
    scene.set_highlighted([other])  # a find result off screen: marked when its item is made
    scene.select_ids([far])
    assert scene.selected_ids() == [far]
    view.ensure_visible(far)
    settle(window, qapp)
    assert view.visible_area().contains(scene.item_for(far).scene_box())
    assert scene.item_for(far).isSelected()
    x, y, _, _ = placed[other]
    view.centerOn(x, y)
    settle(window, qapp)
    assert scene.item_for(other).highlighted


def test_strengths_and_edits_reach_items_made_later(lazy_from_100, make_window, tmp_path, qapp):
    window = open_big(make_window, tmp_path, qapp)
    scene, amap = window.scene, window.document.amap
    made = {item.statement_id for item in scene.made_items()}
    far = next(i for i in reversed(amap.ids()) if i not in made)
    amap.update(far, text="A much longer text for a far statement, typed while it was off screen, wrapping onto lines.")
    scene.relayout()
    scene.set_evaluation_visible(True)
    scene.evaluate_now()
    item = scene.item_for(far)
    assert item.statement.text.startswith("A much longer text")
    assert item.evaluation_shown and item.strength is not None
    x, y, w, h = scene.placed_boxes()[far]
    assert item.box_tuple() == (x, y, w, h)


def test_a_small_map_has_every_item_at_once(make_window, tmp_path, qapp):
    amap = big_map(width=3)
    save(amap, tmp_path / "small.json")
    window = make_window(tmp_path / "small.json")
    assert not window.scene.lazy
    assert len(window.scene.made_items()) == len(amap)


def test_a_window_scrolled_around_a_large_map_looks_as_with_every_item(lazy_from_100, make_window, tmp_path, qapp):
    """The same frame, pixel for pixel, from a scene that made its items late and one that made all at once."""
    from PySide6.QtCore import QSize

    from argmap.gui.canvas import MapScene, MapView

    window = open_big(make_window, tmp_path, qapp)
    scene, view = window.scene, window.view
    scene.select_ids([])
    full = MapScene(window.document.amap, scene.theme, direction=scene.direction, evaluation=scene.evaluation)
    full.statement_items(), full.link_items(), full.group_items()  # every item made
    other = MapView(full)
    try:
        view.far_pictures = other.far_pictures = False
        other.resize(QSize(view.width(), view.height()))
        other.show()
        placed = scene.placed_boxes()
        for i in list(placed)[:: max(1, len(placed) // 4)]:
            x, y, w, h = placed[i]
            for v in (view, other):
                v.set_zoom(1.0)
                v.centerOn(x + w / 2, y + h / 2)
            settle(window, qapp)
            assert view.visible_area() == other.visible_area()
            assert _parts_in_view(view) == _parts_in_view(other), "the same boxes, arrows and brackets are in view"
            seen, expected = view.viewport().grab().toImage(), other.viewport().grab().toImage()
            # Items made in another order stack arrows of equal depth in another order: where two cross, a few
            # antialiased pixels differ (170-450 here); a part drawn elsewhere would be thousands.
            assert differing_pixels(seen, expected) < seen.width() * seen.height() / 400
    finally:
        other.setScene(None)
        other.deleteLater()
        full.detach()


def _parts_in_view(view) -> set:
    """What the items in ``view``'s viewport show: each box, arrow and bracket by what it stands for."""
    parts = set()
    for item in view.items(view.viewport().rect()):
        if hasattr(item, "statement_id"):
            parts.add(("box", item.statement_id))
        elif hasattr(item, "link"):
            parts.add(("arrow", item.link.key))
        elif hasattr(item, "member_ids"):
            parts.add(("bracket", item.target.statement_id, tuple(item.member_ids)))
    return parts


def test_far_items_are_dropped_when_many_exist_but_not_the_selected_one(lazy_from_100, monkeypatch, make_window, tmp_path, qapp):
    from argmap.gui.canvas import near_items

    monkeypatch.setattr(near_items, "KEEP_ITEMS", 60)
    window = open_big(make_window, tmp_path, qapp)
    scene, view = window.scene, window.view
    placed = scene.placed_boxes()
    left = min(placed, key=lambda i: placed[i][0])
    right = max(placed, key=lambda i: placed[i][0])
    scene.select_ids([left])
    scene.statement_items()  # every item made (as zoomed far out)
    assert len(scene.made_items()) == len(placed)
    x, y, w, h = placed[right]
    view.centerOn(x + w / 2, y + h / 2)
    settle(window, qapp)
    made = {item.statement_id for item in scene.made_items()}
    assert len(made) < len(placed) / 2, "the far ones were dropped"
    assert left in made and scene.selected_ids() == [left], "the selected box stays"
    assert boxes_in(scene, view.visible_area()) <= made
    for link in scene.made_link_items():  # every arrow kept still has both its boxes on the scene
        assert link.source_item.scene() is scene and link.target_item.scene() is scene


@pytest.mark.parametrize("at_once", [0, 10_000])
def test_after_edits_that_move_many_parts_every_part_near_the_view_gets_its_item(lazy_from_100, monkeypatch, qapp, at_once):
    """An edit that widens a tree moves the parts right of it; those are filed again when the editor is idle
    (``at_once`` 0: every change waits), and until then a view anywhere still finds every box and arrow in it."""
    from PySide6.QtCore import QRectF

    from argmap.gui.canvas import MapScene, near_items

    monkeypatch.setattr(near_items, "FILE_AT_ONCE", at_once)
    monkeypatch.setattr(near_items, "KEEP_ITEMS", 0)  # each view keeps only its own items: it must find them all
    amap = big_map()
    scene = MapScene(amap)
    try:
        first = amap.children(amap.ids()[0])[0]
        scene.show_near(QRectF(-300, -300, 1600, 1000))  # items near the left end
        for k in range(6):  # the first reason's tree widens: everything right of it moves
            amap.add("objection", f"A new objection {k}, long enough to need a wide box of its own.", parent=first)
        amap.remove(amap.children(amap.ids()[0])[-1])  # and the last reason goes
        scene.relayout()
        if at_once == 0:
            assert scene.filing_pending(), "the moved parts wait to be filed"

        def check_every_area() -> None:
            bounds = scene.diagram().bounds()
            x = bounds.left()
            while x < bounds.right():
                area = QRectF(x, bounds.top(), 1600, bounds.height())
                scene.show_near(area)
                boxes = boxes_in(scene, area)
                arrows = {(a.source, a.target) for a in scene.diagram().arrows if a.shape[3].intersects(area)}
                assert boxes <= {item.statement_id for item in scene.made_items()}, "every box in view has its item"
                assert arrows <= {(link.link.source, link.link.target) for link in scene.made_link_items()}
                x += 1200

        check_every_area()
        wait_until_filed(scene)  # idle: the moved parts are filed again (a moment after the edit)
        check_every_area()
    finally:
        scene.detach()


def test_a_large_map_taken_in_at_once_fills_the_same_tables_as_statement_by_statement(qapp, monkeypatch):
    """Opening a large map measures every box and notes every link in one pass (MapScene._take_in): the scene
    then knows the same boxes, links, undercuts and linked reasons as a small map's scene built item by item."""
    from argmap.gui.canvas import near_items
    from argmap.gui.canvas.scene import MapScene
    from argmap.model import Link, Relation

    amap = big_map()
    ids = amap.ids()
    amap.connect(ids[-1], ids[1], Relation.ATTACK)  # a cross-link
    amap.add("support", "A co-premise.", id="co", parent=ids[1])
    amap.group(ids[1], ["co", ids[2]])  # a linked reason
    attacked = next(link for link in amap.links() if link.target == ids[0] and link.group is None and not link.is_undercut)
    amap.add("objection", "Undercuts a reason's link.", id="u")
    amap.add_link(Link("u", attacked.target, Relation.ATTACK, onto=attacked.source))

    def tables(scene):
        return (
            {i: (p.statement, p.w, p.h) for i, p in scene._paintings.items()}, dict(scene._link_of), dict(scene._touching),
            set(scene._undercut_keys), dict(scene._group_of), [(b.id, b.x, b.y) for b in scene.diagram().boxes],
        )

    monkeypatch.setattr(near_items, "LAZY_FROM", 100)
    lazy = MapScene(amap)
    assert lazy.lazy and not lazy._items
    monkeypatch.setattr(near_items, "LAZY_FROM", 10_000)
    eager = MapScene(amap)
    assert not eager.lazy and eager._items
    assert tables(lazy) == tables(eager)
    assert lazy._undercut_keys == {("u", ids[0])}


def test_after_a_widening_edit_a_moved_long_arrow_is_found_where_neither_end_is_near(lazy_from_100, monkeypatch, qapp):
    """A long arrow (larger than a grid cell) that an edit moved, not filed again yet, is found in a view that shows
    only its middle (neither of its boxes near: the picture's box index does not lead to it)."""
    from PySide6.QtCore import QRectF

    from argmap.gui.canvas import MapScene, near_items
    from argmap.gui.canvas.nearby import CELL

    monkeypatch.setattr(near_items, "FILE_AT_ONCE", 0)  # every moved part waits to be filed
    monkeypatch.setattr(near_items, "KEEP_ITEMS", 0)  # each view keeps only its own items
    amap = big_map()
    scene = MapScene(amap)
    try:
        first = amap.children(amap.ids()[0])[0]
        scene.show_near(QRectF(-300, -300, 1600, 1000))
        for k in range(6):  # the first reason's tree widens: everything right of it moves
            amap.add("objection", f"A new objection {k}, long enough to need a wide box of its own.", parent=first)
        scene.relayout()
        assert scene.filing_pending()
        assert isinstance(scene._arrow_of, near_items._DrawnArrows), "an edit's picture (its arrows' memo) is shown"
        boxes = scene.placed_boxes()
        checked = 0
        for a in scene.diagram().arrows:
            key = (a.source, a.target)
            r = a.shape[3]
            if key not in scene._grid.stale or r.width() <= CELL:
                continue
            area = QRectF(r.center().x() - 5, r.center().y() - 5, 10, 10)
            far = area.adjusted(-CELL - 1, -CELL - 1, CELL + 1, CELL + 1)
            if any(far.intersects(QRectF(*boxes[i])) for i in key):
                continue  # (an end near: found another way)
            scene.show_near(area)
            assert key in {(link.link.source, link.link.target) for link in scene.made_link_items()}
            checked += 1
        assert checked >= 2, "the map has moved long arrows to look for"
    finally:
        scene.detach()


def test_the_whole_map_asked_for_at_once_holds_what_its_quarters_hold(lazy_from_100, make_window, tmp_path, qapp):
    """The far image of the fitted map asks for every part at once (taken without the grid: sorting out the grid's
    answer took 60 ms at 10,000 statements): the parts its quarters hold, in the picture's order, after an edit too."""
    from PySide6.QtCore import QRectF

    from argmap.gui.commands.statements import UpdateStatement

    window = open_big(make_window, tmp_path, qapp)
    scene, amap = window.scene, window.document.amap

    def check() -> None:
        rect = scene.sceneRect()
        boxes, arrows, brackets = scene.parts_within(rect.adjusted(-1, -1, 1, 1))
        assert [b.id for b in boxes] == sorted(b.id for b in boxes)
        assert [(a.source, a.target) for a in arrows] == sorted((a.source, a.target) for a in arrows)
        parts: list[set] = [set(), set(), set()]
        half_w, half_h = rect.width() / 2, rect.height() / 2
        for dx in (0, 1):
            for dy in (0, 1):
                quarter = scene.parts_within(QRectF(rect.left() + dx * half_w, rect.top() + dy * half_h, half_w, half_h))
                for seen, found in zip(parts, quarter, strict=True):
                    seen.update(map(id, found))
        assert parts == [set(map(id, boxes)), set(map(id, arrows)), set(map(id, brackets))]
        assert len(boxes) == len(amap) and len(arrows) == len(amap) - 1

    check()
    some = amap.ids()[5]
    window.editor.execute(UpdateStatement(amap, some, text=amap.statement(some).text + " Now wider, and on more lines." * 3))
    while scene.relayout_pending:
        qapp.processEvents()
    settle(window, qapp)
    assert type(scene._arrow_of).__name__ == "_DrawnArrows"  # (the edit's picture's table: seen through)
    check()


def test_a_large_maps_net_of_links_is_made_when_the_editor_is_first_idle_and_an_edit_before_that_makes_it(lazy_from_100, qapp):
    """Opening a large map leaves the picture's net of links (what an edit's picture goes over) to the canvas's first idle
    slice: the canvas says filing is pending until it is made; an edit that comes first makes it of the map as opened."""
    from PySide6.QtTest import QTest

    from argmap.gui.canvas import MapScene

    scene = MapScene(big_map())
    try:
        memo = scene.diagram().memo
        assert memo is not None and memo.net is None and memo.net_later is not None
        assert scene.filing_pending()
        for _ in range(100):  # idle: the first slice makes it
            if memo.net is not None:
                break
            QTest.qWait(20)
        assert memo.net is not None and memo.net_later is None
        wait_until_filed(scene)
    finally:
        scene.detach()
    amap = big_map()
    scene = MapScene(amap)
    try:
        before = len(scene.diagram().arrows)
        amap.add("support", "A reason added at once.", parent=amap.ids()[1])  # before the editor was idle
        scene.relayout()
        memo = scene.diagram().memo
        assert memo is not None and memo.net is not None and memo.net_later is None
        assert len(scene.diagram().arrows) == before + 1 and len(memo.net.order) == before + 1
    finally:
        scene.detach()


def test_a_large_maps_loose_footprints_are_filed_when_the_editor_is_first_idle_not_by_its_first_edit(
        lazy_from_100, qapp, monkeypatch):
    """Opening a large map leaves its tree arrows' footprints loose: the canvas files them in its first idle slices (not
    only once readying starts, 300 ms after the last input) and says filing is pending until then, so that a first edit
    right after the opening files none of them (25-55 ms at 10,000 statements)."""
    from argmap.gui.canvas import MapScene

    monkeypatch.setattr(MapScene, "_ready_some", lambda self: None)  # (not the readying's steps: the filing's)
    scene = MapScene(big_map())
    try:
        memo = scene.diagram().memo
        assert memo is not None and memo.loose_left() and scene.filing_pending()
        wait_until_filed(scene)
        assert not memo.loose_left() and not scene.filing_pending()
    finally:
        scene.detach()


def test_a_whole_maps_evaluation_tells_where_every_box_without_an_item_changed(lazy_from_100, qapp):
    """The far image is rendered again where boxes without an item change: a whole map's evaluation (its first, from
    the worker) names most boxes, and the area it announces holds each of them; an edit's names one, and only its box."""
    from PySide6.QtCore import QRectF

    from argmap.evaluation.verdict import Status
    from argmap.gui.canvas import MapScene

    scene = MapScene(big_map())
    try:
        repainted: list[QRectF] = []
        scene.pictureChanged.connect(repainted.append)
        placed = scene.placed_boxes()
        unmade = [i for i in placed if scene.made_item(i) is None]
        assert len(unmade) > len(placed) // 2
        scene.apply_evaluation({i: 0.25 for i in placed}, {i: Status.REFUTED for i in placed})
        for i in unmade:
            x, y, w, h = placed[i]
            assert any(area.contains(QRectF(x, y, w, h)) for area in repainted), i
        repainted.clear()
        one = unmade[0]
        scene.apply_evaluation({one: 0.5}, {one: Status.STANDS}, only={one})
        x, y, w, h = placed[one]
        assert len(repainted) == 1 and repainted[0].contains(QRectF(x, y, w, h))
        assert repainted[0].width() < w + 50 and repainted[0].height() < h + 50  # (the box with a margin)
    finally:
        scene.detach()
