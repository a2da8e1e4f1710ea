"""In the editor, an off-page connector's tag (an arrow with no way around the boxes) leads to the statement it names."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from argmap.io import save
from tests.drawing.test_honest_arrows import smallest_cross_link_case
from tests.drawing.test_reuse import edit, start_map
from tests.gui.canvas.test_same_picture import canvas_picture, exported_picture


def test_a_click_on_a_tag_selects_the_other_end_and_brings_it_into_view(make_window, tmp_path, no_routes):
    from argmap.gui.canvas.link_item import LinkItem

    save(smallest_cross_link_case(), tmp_path / "map.json")
    window = make_window(tmp_path / "map.json")
    view, scene = window.view, window.scene
    view.set_zoom(3.0)
    (link,) = [i for i in scene.items() if isinstance(i, LinkItem) and i.link.key == ("A", "Y")]
    assert link.drawn_over_boxes
    source_tag, target_tag = link.arrow_shape()[0].tags
    assert source_tag.other == "Y"
    view.centerOn(source_tag.rect().center())
    QApplication.processEvents()
    y_box = scene.item_for("Y").scene_box()
    assert not view.viewport().rect().intersects(view.mapFromScene(y_box).boundingRect()), "Y is out of view"
    at = view.mapFromScene(source_tag.rect().center() + QPointF(20, 0))
    assert view.connector_tag_at(QPointF(at)) == source_tag
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert scene.selected_ids() == ["Y"]
    middle = view.mapToScene(view.viewport().rect().center())
    assert y_box.adjusted(-2, -2, 2, 2).contains(middle), "the view went to Y"
    # and back: the tag at Y names A
    at = view.mapFromScene(target_tag.rect().center() + QPointF(20, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert scene.selected_ids() == ["A"]


def test_the_canvas_paints_the_tags_with_the_names(make_window, tmp_path, no_routes):
    """The tag's words are painted on the canvas (the item asks its own statements, so an edit shows at once)."""
    from argmap.gui.canvas.link_item import LinkItem

    amap = smallest_cross_link_case()
    save(amap, tmp_path / "map.json")
    window = make_window(tmp_path / "map.json")
    scene = window.scene
    (link,) = [i for i in scene.items() if isinstance(i, LinkItem) and i.link.key == ("A", "Y")]
    assert link._name_of("Y") == "Objection Y" and link._name_of("A") == "Reason A"
    window.view.grab().save(str(tmp_path / "canvas.png"))


def test_far_out_the_kept_image_shows_the_tags_as_the_items_do(make_window, tmp_path, no_routes):
    from tests.gui.canvas.test_far_view import assert_same_frame, settle

    save(smallest_cross_link_case(), tmp_path / "map.json")
    window = make_window(tmp_path / "map.json")
    from argmap.gui.canvas.link_item import LinkItem
    from tests.gui.canvas.test_far_view import differing, frame

    view, scene = window.view, window.scene
    view.set_zoom(0.45)  # the far image, with the tags' words (the box texts are specks already)
    settle()
    assert_same_frame(view)
    (link,) = [i for i in scene.items() if isinstance(i, LinkItem) and i.link.key == ("A", "Y")]
    for tag in link.arrow_shape()[0].tags:  # where the tags are, the two frames agree too
        area = view.mapFromScene(tag.rect().adjusted(-4, -4, 4, 4)).boundingRect()
        kept, items = frame(view, True).copy(area), frame(view, False).copy(area)
        blank = kept.copy()
        blank.fill(scene.theme.background)
        assert differing(items, blank) > 0.1, "the tag is painted"
        assert differing(kept, items) < 0.05
        view.far_pictures = True


def test_an_edit_of_the_named_statement_repaints_the_tags_in_view(make_window, tmp_path, no_routes):
    """A tag names a statement far away: when that one's words change, the tag in view is painted again."""
    from argmap.gui.canvas.link_item import LinkItem

    save(smallest_cross_link_case(), tmp_path / "map.json")
    window = make_window(tmp_path / "map.json")
    view, scene = window.view, window.scene
    (link,) = [i for i in scene.items() if isinstance(i, LinkItem) and i.link.key == ("A", "Y")]
    source_tag = link.arrow_shape()[0].tags[0]
    view.centerOn(source_tag.rect().center())
    repainted: list = []
    scene.pictureChanged.connect(repainted.append)
    window.document.amap.update("Y", text="Objection Y, said again")
    scene.relayout()
    QApplication.processEvents()
    assert any(r.contains(source_tag.rect()) for r in repainted)
    assert link._name_of("Y") == "Objection Y, said again"


def test_an_edit_of_another_statement_does_not_repaint_the_tags(make_window, tmp_path, no_routes):
    """Only a tag naming an edited statement may read differently: the others are not painted again (a connector's
    item spans the map, and painting its tags again repainted a band across the view at each edit)."""
    from argmap.gui.canvas.link_item import LinkItem

    save(smallest_cross_link_case(), tmp_path / "map.json")
    window = make_window(tmp_path / "map.json")
    view, scene = window.view, window.scene
    (link,) = [i for i in scene.items() if isinstance(i, LinkItem) and i.link.key == ("A", "Y")]
    tags = link.arrow_shape()[0].tags
    view.centerOn(tags[0].rect().center())
    repainted: list = []
    scene.pictureChanged.connect(repainted.append)
    window.document.amap.update("B", text="Reason B")  # named by no tag
    window.document.amap.update("B", text="Reason B, said again")
    scene.relayout()
    QApplication.processEvents()
    assert not any(r.intersects(tag.rect()) for r in repainted for tag in tags)
    window.document.amap.update("A", text="Reason A, said again")  # named by the target's tag
    scene.relayout()
    QApplication.processEvents()
    assert [tag.other for tag in tags if any(r.contains(tag.rect()) for r in repainted)] == ["A"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
          derandomize=True)
@given(data=st.data())
def test_after_random_edits_the_canvas_shows_the_connectors_of_the_picture_made_from_nothing(qapp, no_routes, data):
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene

    amap = start_map(data.draw)
    scene = MapScene(amap, decorations=False)
    try:
        for serial in range(data.draw(st.integers(1, 6))):
            edit(data.draw, amap, serial)
            scene.relayout()
            made = build_diagram(amap, scene.theme, direction=scene.direction)
            assert canvas_picture(scene) == exported_picture(made)
            shown = {link.link.key: link.arrow_shape()[0].tags for link in scene.link_items() if link.drawn_over_boxes}
            assert shown == {(a.source, a.target): a.shape[0].tags for a in made.arrows if a.over}
    finally:
        scene.detach()
