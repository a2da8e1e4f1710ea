"""The canvas mirrors the model: items follow every change, boxes never overlap, text fits."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from argmap.io import load
from argmap.model import ArgumentMap, Kind, Relation

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "maps" / "japan-nato-ukraine.json"
MAPS = sorted((ROOT / "maps").glob("*.json"))


@pytest.fixture
def example():
    return load(EXAMPLE)


@pytest.fixture
def make_scene(qapp):
    from argmap.gui.canvas import MapScene

    scenes = []

    def make(amap, **kwargs):
        scene = MapScene(amap, **kwargs)
        scenes.append(scene)
        return scene

    yield make
    for scene in scenes:
        scene.detach()


def assert_mirrors(scene, amap):
    """Items match the model exactly: one box per statement, one link item per link."""
    assert {i.statement_id for i in scene.statement_items()} == set(amap.ids())
    assert {(li.link.source, li.link.target) for li in scene.link_items()} == {link.key for link in amap.links()}
    for item in scene.statement_items():
        assert item.statement == amap.statement(item.statement_id)
    for li in scene.link_items():
        assert li.link == amap.link(li.link.source, li.link.target)


def test_scene_builds_one_item_per_statement_and_link(make_scene, example):
    scene = make_scene(example)
    assert len(scene.statement_items()) == len(example) == 38
    assert len(scene.link_items()) == len(example.links()) == 37
    assert_mirrors(scene, example)
    assert len(scene.group_items()) == 1  # the one linked reason of the example


def test_adding_and_removing_in_the_model_updates_items(make_scene, example):
    scene = make_scene(example)
    new = example.add(Kind.OBJECTION, "A brand new objection.", parent="s1")
    assert scene.item_for(new.id) is not None
    assert scene.link_item_for(new.id, "s1") is not None
    assert_mirrors(scene, example)
    removal = example.remove("s2")  # s2 has children: every link at it goes too
    assert scene.item_for("s2") is None
    assert all("s2" not in (li.link.source, li.link.target) for li in scene.link_items())
    assert_mirrors(scene, example)
    example.restore(removal)
    assert scene.item_for("s2") is not None
    assert_mirrors(scene, example)


def test_changes_update_the_item_in_place(make_scene, example):
    scene = make_scene(example)
    item = scene.item_for("s1")
    height = item.size()[1]
    example.update("s1", text="Short.")
    assert scene.item_for("s1") is item
    assert item.statement.text == "Short."
    assert item.size()[1] < height
    example.update("s1", kind=Kind.EVIDENCE)
    assert item.statement.kind == Kind.EVIDENCE


def test_link_changes_follow(make_scene, example):
    scene = make_scene(example)
    link = scene.link_item_for("s1", "c1")
    support_color = link.color()
    example.update_link("s1", "c1", relation=Relation.ATTACK)
    assert scene.link_item_for("s1", "c1") is link
    assert link.link.relation == Relation.ATTACK
    assert link.color() != support_color
    example.disconnect("s1", "c1")
    assert scene.link_item_for("s1", "c1") is None
    example.connect("s1", "c1", Relation.SUPPORT)
    assert scene.link_item_for("s1", "c1") is not None
    assert_mirrors(scene, example)


def test_grouping_draws_one_bracket_for_the_co_premises(make_scene):
    amap = ArgumentMap()
    amap.add(Kind.CLAIM, "Claim", id="c")
    amap.add(Kind.SUPPORT, "Premise one", parent="c", id="a")
    amap.add(Kind.SUPPORT, "Premise two", parent="c", id="b")
    scene = make_scene(amap)
    assert scene.group_items() == []
    name = amap.group("c", ["a", "b"])
    scene.relayout()
    (group,) = scene.group_items()
    assert sorted(group.member_ids) == ["a", "b"]
    assert scene.link_item_for("a", "c").grouped and scene.link_item_for("b", "c").grouped
    assert not group.boundingRect().isEmpty()
    amap.ungroup("c", name)
    assert scene.group_items() == []
    assert not scene.link_item_for("a", "c").grouped


def test_a_bracket_given_the_same_drawing_again_is_not_painted_again(make_scene, qapp):
    """An edit's picture may draw a bracket again, the same: its item (which may span the map) is not repainted."""
    amap = ArgumentMap()
    amap.add(Kind.CLAIM, "Claim", id="c")
    amap.add(Kind.SUPPORT, "Premise one", parent="c", id="a")
    amap.add(Kind.SUPPORT, "Premise two", parent="c", id="b")
    amap.group("c", ["a", "b"])
    scene = make_scene(amap)
    (group,) = scene.group_items()
    qapp.processEvents()
    changed: list = []
    scene.changed.connect(changed.extend)
    bracket, shape = group.drawing()
    group.set_drawing(bracket, shape)  # an equal drawing (other objects)
    qapp.processEvents()
    assert changed == []
    moved = (shape[0].translated(5, 0), *shape[1:])
    group.set_drawing(bracket, moved)
    qapp.processEvents()
    assert changed and group.drawing()[1][0] == moved[0]


def test_many_events_in_one_edit_give_one_relayout(make_scene, example, qtbot):
    scene = make_scene(example)
    layouts = []
    scene.layoutChanged.connect(lambda: layouts.append(1))
    for n in range(5):
        example.add(Kind.SUPPORT, f"Reason {n}", parent="c1")
    assert layouts == []  # coalesced: nothing yet
    qtbot.waitUntil(lambda: len(layouts) == 1, timeout=2000)
    qtbot.wait(20)
    assert len(layouts) == 1
    new_ids = [i for i in example.ids() if example.statement(i).text.startswith("Reason ")]
    assert len(new_ids) == 5
    assert all(scene.item_for(i).scene_box().top() > scene.item_for("c1").scene_box().bottom() for i in new_ids)


def test_set_map_rebinds(make_scene, example):
    scene = make_scene(example)
    other = ArgumentMap()
    other.add(Kind.CLAIM, "Other claim", id="x")
    scene.set_map(other)
    assert [i.statement_id for i in scene.statement_items()] == ["x"]
    example.add(Kind.SUPPORT, "Ignored now", parent="c1")  # the old map no longer drives the scene
    assert [i.statement_id for i in scene.statement_items()] == ["x"]
    assert scene.amap is other


def boxes(scene):
    return {i.statement_id: i.scene_box() for i in scene.statement_items() if i.isVisible()}


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_no_two_boxes_overlap(make_scene, path, direction):
    amap = load(path)
    scene = make_scene(amap)
    scene.set_direction(direction)
    placed = boxes(scene)
    assert len(placed) == len(amap)
    for (a, ra), (b, rb) in itertools.combinations(placed.items(), 2):
        assert not ra.intersects(rb), f"{a} and {b} overlap"


def test_main_claim_on_top_and_arrows_point_up(make_scene, example):
    example.set_layout("tree")  # the example ships in columns (tests/test_columns_drawing.py)
    scene = make_scene(example)
    claim = scene.item_for("c1").scene_box()
    for item in scene.statement_items():
        if item.statement_id != "c1":
            assert item.scene_box().top() > claim.bottom()
    for li in scene.link_items():
        if li.grouped:
            continue
        start, tip = li.end_points()
        child, parent = li.source_item.scene_box(), li.target_item.scene_box()
        assert abs(start.y() - child.top()) < 0.5, "arrows leave the child at its top border"
        assert abs(tip.y() - parent.bottom()) < 0.5, "arrows end on the parent's bottom border"
        assert parent.left() <= tip.x() <= parent.right()


def test_text_fits_inside_its_box(make_scene, example):
    from PySide6.QtGui import QFontMetricsF

    url = "https://example.org/" + "a-very-long-path-segment" * 12
    example.add(Kind.EVIDENCE, f"See {url} for the data.\nA second paragraph.\n\nAnd a third.", parent="c1", id="long")
    example.add(Kind.SUPPORT, "", parent="c1", id="empty")
    scene = make_scene(example)
    for item in scene.statement_items():
        box = item.box_rect()
        text = item.text_rect()
        assert box.contains(text), item.statement_id
        metrics = QFontMetricsF(item.text_measurer.font)
        for line in item.painting.text.lines:
            assert metrics.horizontalAdvance(line) <= text.width() + 0.5, (item.statement_id, line)
        assert "".join(item.painting.text.lines).replace(" ", "") == "".join(item.statement.text.split()), "no text is lost"
    long_box = scene.item_for("long").size()
    assert long_box[0] <= scene.theme.wrap_width + 2 * scene.theme.padding + 4  # wrapped, not stretched


def test_kinds_are_told_apart_by_label_and_border_not_colour_alone(qapp):
    from argmap.gui.canvas import Theme

    for theme in (Theme.light(), Theme.dark()):
        labels = {style.label for style in theme.kinds.values()}
        assert len(labels) == len(Kind)
        looks = {(s.border_style, s.border_width, s.radius) for s in theme.kinds.values()}
        assert len(looks) >= 4  # support, objection, rebuttal, claim/evidence differ in line or shape
    with pytest.raises(ValueError, match="unknown theme"):
        Theme.named("pink")


def test_collapse_hides_the_subtree_and_counts_it(make_scene, example):
    scene = make_scene(example)
    hidden = example.descendants("o1")
    assert hidden
    example.update("o1", collapsed=True)
    scene.relayout()
    assert scene.item_for("o1").hidden_count == len(hidden)
    assert f"+{len(hidden)} hidden" in scene.item_for("o1").footer_text()
    assert all(not scene.item_for(i).isVisible() for i in hidden)
    assert all(not li.isVisible() for li in scene.link_items() if li.link.source in hidden)
    example.update("o1", collapsed=False)
    scene.relayout()
    assert all(scene.item_for(i).isVisible() for i in hidden)


def test_selection_in_map_order_and_highlight(make_scene, example):
    scene = make_scene(example)
    changes = []
    scene.selectionChanged.connect(lambda: changes.append(1))
    scene.select_ids(["s3", "c1", "nope", "s1"])
    assert scene.selected_ids() == ["c1", "s1", "s3"]
    assert len(changes) == 1
    scene.select_ids([])
    assert scene.selected_ids() == []
    scene.set_highlighted(["s2", "o1"])
    assert set(scene.highlighted_ids()) == {"s2", "o1"}
    assert scene.item_for("s2").highlighted
    scene.set_highlighted([])
    assert not scene.item_for("s2").highlighted


def test_direction_and_theme_switch(make_scene, example):
    from argmap.gui.canvas import Theme

    scene = make_scene(example)
    scene.set_direction("LR")
    claim = scene.item_for("c1").scene_box()
    assert all(i.scene_box().left() > claim.right() for i in scene.statement_items() if i.statement_id != "c1")
    with pytest.raises(ValueError):
        scene.set_direction("diagonal")
    scene.set_theme(Theme.dark())
    assert scene.backgroundBrush().color() == Theme.dark().background


def test_export_bounds_cover_every_box(make_scene, example):
    scene = make_scene(example)
    rect = scene.items_bounding_rect_for_export()
    for item in scene.statement_items():
        assert rect.contains(item.scene_box())
    part = scene.items_bounding_rect_for_export(["s1", "c1"])
    assert part.width() < rect.width()


def test_pinned_statement_stays_where_it_was_pinned(make_scene, example):
    scene = make_scene(example)
    example.pin("s3", 5000.0, 1200.0)
    scene.relayout()
    box = scene.item_for("s3").scene_box()
    assert (box.x(), box.y()) == (5000.0, 1200.0)
    link = scene.link_item_for("s3", "c1")
    start, _tip = link.end_points()
    assert box.adjusted(-1, -1, 1, 1).contains(start), "the arrow still starts at the moved box"
    example.unpin("s3")
    scene.relayout()
    assert scene.item_for("s3").scene_box().y() < 1200.0


def test_handlers_are_idempotent(make_scene, example):
    """A repeated event (a command's redo after a partial failure, say) leaves one item, not two."""
    from argmap.model import EdgeAdded, EdgeRemoved, NodeAdded, NodeChanged, NodeRemoved

    scene = make_scene(example)
    statement = example.statement("s1")
    link = example.link("s1", "c1")
    for change in (NodeAdded(statement), EdgeAdded(link), NodeChanged(statement, statement)):
        scene._on_change(change)
        scene._on_change(change)
    scene.relayout()
    assert_mirrors(scene, example)
    gone = example.add(Kind.SUPPORT, "Temporary", parent="c1")
    example.remove(gone.id)
    scene._on_change(NodeRemoved(gone))  # already removed: nothing happens
    scene._on_change(EdgeRemoved(link))
    scene._on_change(EdgeRemoved(link))
    assert scene.link_item_for("s1", "c1") is None
    scene._on_change(EdgeAdded(link))  # and back, as the model still has it
    scene.relayout()
    assert scene.item_for(gone.id) is None
    assert_mirrors(scene, example)


def test_evaluation_rows_only_when_asked(qapp):
    from argmap.evaluation import strengths
    from argmap.gui.canvas import MapScene

    amap = load(EXAMPLE)
    plain = MapScene(amap, decorations=False)
    assert not plain.evaluation and plain.item_for("c1").strength is None  # exports leave it out by default
    plain.detach()
    scene = MapScene(amap, decorations=False, evaluation=True)
    claim = scene.item_for("c1")
    assert claim.strength == round(strengths(amap)["c1"], 4)
    assert claim.evaluation_text() == f"{strengths(amap)['c1']:.2f}  ·  stands"
    tall = claim.size()[1]
    scene.set_evaluation_visible(False)
    assert claim.size()[1] < tall and scene.layout.boxes["c1"].h == claim.size()[1]  # laid out again
    scene.detach()
