"""In the editor, a far co-premise's tag (a linked reason whose co-premises lie far apart) leads to the partner it names,
and the canvas shows the very bracket and tags that the exports paint."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from argmap.io import save
from tests.drawing.test_far_co_premises import far_co_premise_case
from tests.gui.canvas.test_same_picture import assert_same_picture


def test_a_click_on_a_co_premises_tag_goes_to_its_partner(make_window, tmp_path, no_routes):
    from argmap.drawing.off_page import bracket_tags
    from argmap.gui.canvas.group_item import CoPremiseItem

    save(far_co_premise_case(), tmp_path / "map.json")
    window = make_window(tmp_path / "map.json")
    view, scene = window.view, window.scene
    view.set_zoom(3.0)
    (group,) = [i for i in scene.items() if isinstance(i, CoPremiseItem)]
    tags = {tag.other: tag for tag in bracket_tags(group.drawing()[0])}
    assert set(tags) == {"A", "B"}
    for other in ("A", "B"):
        tag = tags[other]
        view.centerOn(tag.rect().center())
        QApplication.processEvents()
        at = view.mapFromScene(tag.rect().center() + QPointF(20, 0))
        assert view.connector_tag_at(QPointF(at)) == tag
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
        assert scene.selected_ids() == [other]
        middle = view.mapToScene(view.viewport().rect().center())
        assert scene.item_for(other).scene_box().adjusted(-2, -2, 2, 2).contains(middle), f"the view went to {other}"
    assert group._name_of("B") == "Reason B far away"
    view.centerOn(tags["A"].rect().center())
    QApplication.processEvents()
    window.view.grab().save(str(tmp_path / "canvas.png"))


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_the_canvas_shows_the_tagged_bracket_the_export_paints(qapp, no_routes, direction):
    assert_same_picture(far_co_premise_case(), direction=direction)


def test_far_out_the_kept_image_shows_the_co_premises_tags_as_the_items_do(make_window, tmp_path, no_routes):
    from argmap.drawing.off_page import bracket_tags
    from argmap.gui.canvas.group_item import CoPremiseItem
    from tests.gui.canvas.test_far_view import assert_same_frame, differing, frame, settle

    save(far_co_premise_case(), tmp_path / "map.json")
    window = make_window(tmp_path / "map.json")
    view, scene = window.view, window.scene
    view.set_zoom(0.45)  # the far image, with the tags' words
    settle()
    assert_same_frame(view)
    (group,) = [i for i in scene.items() if isinstance(i, CoPremiseItem)]
    for tag in bracket_tags(group.drawing()[0]):
        area = view.mapFromScene(tag.rect().adjusted(-4, -4, 4, 4)).boundingRect()
        kept, items = frame(view, True).copy(area), frame(view, False).copy(area)
        blank = kept.copy()
        blank.fill(scene.theme.background)
        assert differing(items, blank) > 0.1, "the tag is painted"
        assert differing(kept, items) < 0.05
        view.far_pictures = True


def test_an_edit_of_the_partner_repaints_the_tags_in_view(make_window, tmp_path, no_routes):
    from argmap.drawing.off_page import bracket_tags
    from argmap.gui.canvas.group_item import CoPremiseItem

    save(far_co_premise_case(), tmp_path / "map.json")
    window = make_window(tmp_path / "map.json")
    view, scene = window.view, window.scene
    (group,) = [i for i in scene.items() if isinstance(i, CoPremiseItem)]
    (tag,) = [t for t in bracket_tags(group.drawing()[0]) if t.other == "A"]  # by B, naming A
    view.centerOn(tag.rect().center())
    repainted: list = []
    scene.pictureChanged.connect(repainted.append)
    window.document.amap.update("A", text="Reason A, said again")
    scene.relayout()
    QApplication.processEvents()
    assert any(r.contains(tag.rect()) for r in repainted)
    assert group._name_of("A") == "Reason A, said again"


def test_a_click_on_an_undercuts_tag_goes_to_the_premise_whose_arrow_it_attacks(make_window, tmp_path, no_routes):
    from argmap.gui.canvas.link_item import LinkItem
    from tests.drawing.test_undercut_connectors import far_undercuts

    save(far_undercuts(), tmp_path / "map.json")
    window = make_window(tmp_path / "map.json")
    view, scene = window.view, window.scene
    view.set_zoom(3.0)
    (link,) = [i for i in scene.items() if isinstance(i, LinkItem) and i.link.key == ("u", "t")]
    assert link.drawn_over_boxes
    at_source, at_line = link.arrow_shape()[0].tags
    assert link._name_of(at_source.other) == "Japan has trained peacekeepers for decades."
    for tag, goes_to in ((at_source, "s"), (at_line, "u")):
        view.centerOn(tag.rect().center())
        QApplication.processEvents()
        at = view.mapFromScene(tag.rect().center() + QPointF(20, 0))
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
        assert scene.selected_ids() == [goes_to]
