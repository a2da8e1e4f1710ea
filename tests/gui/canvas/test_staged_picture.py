"""A large map opened in two stages (drawing/staged.py, gui/canvas/staged_rest.py): its boxes first, its arrows and
brackets made afterwards a slice at a time. Interrupted anywhere, the picture shows no arrow not made yet; an edit, an
export or the map changing meanwhile leaves the picture, once finished, the one made from nothing."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from argmap.model import Kind
from tests.drawing.memo_checks import assert_memo_as_from_nothing
from tests.gui.canvas.test_same_picture import _one_big_tree, canvas_picture, exported_picture


@pytest.fixture(autouse=True)
def small_slices(monkeypatch):
    """Slices of a few arrows (a map of 250 statements is then made in about 30 steps, interrupted between any two)."""
    from argmap.drawing import diagram, unfiled_index

    monkeypatch.setattr(diagram, "FRESH_SLICE", 20)
    monkeypatch.setattr(diagram, "CHECK_SLICE", 30)
    monkeypatch.setattr(diagram, "PLACE_SLICE", 50)
    monkeypatch.setattr(unfiled_index, "FILE_STEP", 40)  # (its boxes filed in several steps too)


def _steps(amap) -> int:
    """How many steps the rest of a staged picture of ``amap`` takes."""
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    picture = build_diagram(amap, Theme.light(), remember=True, staged=True)
    count = 0
    while picture.make_some(0.0):  # (one step at a time: the deadline has passed after each)
        count += 1
    return count + 1


@pytest.mark.parametrize("seed", [0, 1])
def test_a_staged_picture_made_a_step_at_a_time_is_the_picture_made_at_once(qapp, seed):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    amap = _one_big_tree(seed, True)
    theme = Theme.light()
    at_once = build_diagram(amap, theme, remember=True)
    staged = build_diagram(amap, theme, remember=True, staged=True)
    assert staged.unfinished and not staged.arrows and not staged.brackets, "only the boxes are placed at first"
    assert exported_picture(staged)["boxes"] == exported_picture(at_once)["boxes"]
    finished: list = []
    staged.when_finished(finished.append)
    steps = 0
    while staged.make_some(0.0):
        steps += 1
        assert not finished
    assert steps > 10, "the rest comes in many steps"
    assert finished == [staged] and not staged.unfinished
    assert exported_picture(staged) == exported_picture(at_once)
    assert_memo_as_from_nothing(staged.memo, at_once.memo, seed)
    assert staged.bounds() == at_once.bounds()


def test_a_staged_pictures_whole_reads_make_the_rest_first(qapp):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    amap = _one_big_tree(0, True)
    theme = Theme.light()
    at_once = build_diagram(amap, theme, remember=True)
    for read in (lambda d: d.bounds(), lambda d: d.only(d.ids()[:40]), lambda d: d.finish()):
        staged = build_diagram(amap, theme, remember=True, staged=True)
        staged.make_some(0.0)
        read(staged)
        assert not staged.unfinished
        assert exported_picture(staged) == exported_picture(at_once)


def _edit(amap, k: int) -> None:
    """Change the map in one of a few ways (the same as a user's edits do: through the model)."""
    ids = [i for i in amap.ids() if amap.children(i)]
    if k % 3 == 0:
        amap.add(Kind.OBJECTION, "A new objection, added while the arrows were being made.", parent=ids[len(ids) // 2])
    elif k % 3 == 1:
        leaf = next(i for i in reversed(amap.ids()) if not amap.children(i) and not amap.groups(i))
        amap.remove(leaf)
    else:
        target = ids[len(ids) // 3]
        amap.update(target, text=amap.statement(target).text + " And it says a good deal more now, at some length.")


@pytest.mark.parametrize("at", [0.0, 0.2, 0.5, 0.8, 0.95])
def test_a_scene_interrupted_while_making_its_arrows_then_edited_shows_the_picture_made_from_nothing(qapp, monkeypatch, at):
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene, scene

    monkeypatch.setattr(scene, "STAGE_FROM", 100)
    amap = _one_big_tree(1, True)
    stop = int(_steps(amap) * at)
    view = MapScene(amap, decorations=False)
    try:
        assert view.lazy and view.picture_unfinished() and view.filing_pending()
        for _ in range(stop):
            view._diagram.make_some(0.0)
        assert view.picture_unfinished()
        # honest meanwhile: a box's arrows not made yet are not drawn (no shape), whatever part is made
        assert all(link.arrow_shape() is None for link in view.link_items())
        assert all(group.drawing() is None for group in view.group_items())
        for k in range(3):
            _edit(amap, k + stop)
            view.relayout()
            # the rest of the last picture is let go: the edited map's boxes at once, its arrows made when idle again
            assert view.picture_unfinished() and not view._diagram.arrows
            assert view.placed_boxes() == _boxes(build_diagram(amap, view.theme, direction=view.direction))
            for _ in range(k):  # (edits again in the new picture's rest, at other points)
                view._diagram.make_some(0.0)
        exported = view.diagram()  # an export (a whole read) while the edited map's arrows are made: they are made first
        assert not view.picture_unfinished()
        made = build_diagram(amap, view.theme, direction=view.direction, remember=True)
        assert exported_picture(exported) == exported_picture(made)
        assert canvas_picture(view) == exported_picture(made)
        assert_memo_as_from_nothing(view._diagram.memo, made.memo, 1)
        _edit(amap, 0)  # the next edit's picture (an edit's: made of the last one) is the one from nothing too
        view.relayout()
        assert not view.picture_unfinished()
        assert canvas_picture(view) == exported_picture(build_diagram(amap, view.theme, direction=view.direction))
    finally:
        view.detach()


def _boxes(picture) -> dict:
    return {b.id: (b.x, b.y, b.painting.w, b.painting.h) for b in picture.boxes}


@pytest.mark.parametrize("at", [0.0, 0.5])
def test_an_edit_in_a_window_while_the_arrows_are_made_is_undone_and_the_picture_is_the_one_from_nothing(
        qapp, qtbot, monkeypatch, make_window, tmp_path, at):
    """An edit (and its undo) while a large map's arrows are made does not wait for them: the window shows the edited
    map's boxes, its arrows come when idle, and the finished picture is the one made from nothing."""
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import scene
    from argmap.gui.canvas.staged_rest import StagedRest
    from argmap.io import save

    monkeypatch.setattr(scene, "STAGE_FROM", 100)
    amap = _one_big_tree(0, True)
    stop = int(_steps(amap) * at)
    save(amap, tmp_path / "big.json")
    idle = StagedRest._make_some
    held = [True]  # (no slice made when idle until the edit is made: the steps made are those below)
    monkeypatch.setattr(StagedRest, "_make_some", lambda self: None if held[0] else idle(self))
    window = make_window(tmp_path / "big.json")
    canvas, document = window.scene, window.document
    for _ in range(stop):
        canvas._diagram.make_some(0.0)
    assert canvas.picture_unfinished()
    before = len(document.amap)
    window.action_map["add_claim"].trigger()
    canvas.relayout()
    assert len(document.amap) == before + 1 and canvas.picture_unfinished()
    held[0] = False

    def from_nothing() -> dict:  # (the boxes as the canvas measured them: with their strengths)
        qtbot.waitUntil(lambda: not canvas.picture_unfinished() and not canvas.relayout_pending and not window.evaluator.live.due,
                        timeout=20000)
        made = build_diagram(document.amap, canvas.theme, direction=canvas.direction, measure=lambda s, _n: canvas._paintings[s.id])
        return exported_picture(made)

    assert from_nothing() == canvas_picture(canvas)
    window.action_map["undo"].trigger()
    canvas.relayout()
    assert len(document.amap) == before
    assert from_nothing() == canvas_picture(canvas)


@pytest.mark.parametrize("at", [0.1, 0.6])
def test_the_rest_made_after_the_map_changed_is_the_picture_of_the_map_as_opened(qapp, monkeypatch, at):
    """An edit changes the map before its relayout (the model tells the scene, the picture follows at the next turn of
    the event loop): a slice of the rest may run between the two, and reads only what the picture read of the map."""
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme
    from argmap.gui.canvas import MapScene, scene

    monkeypatch.setattr(scene, "STAGE_FROM", 100)
    amap = _one_big_tree(0, True)
    as_opened = build_diagram(amap, Theme.light(), remember=True)
    stop = int(_steps(amap) * at)
    view = MapScene(amap, decorations=False)
    try:
        for _ in range(stop):
            view._diagram.make_some(0.0)
        picture = view._diagram
        # the edit removes boxes whose arrows the rest has still to make (and their links)
        for leaf in [i for i in reversed(amap.ids()) if not amap.children(i) and not amap.groups(i)][:5]:
            amap.remove(leaf)
        while picture.make_some(0.0):
            pass
        assert exported_picture(picture) == exported_picture(as_opened)
        view.relayout()
        assert canvas_picture(view) == exported_picture(build_diagram(amap, view.theme, direction=view.direction))
    finally:
        view.detach()


def test_an_export_while_the_arrows_are_made_is_the_whole_picture(qapp, monkeypatch):
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene, scene

    monkeypatch.setattr(scene, "STAGE_FROM", 100)
    amap = _one_big_tree(0, False)
    view = MapScene(amap, decorations=False)
    try:
        view._diagram.make_some(0.0)
        exported = view.diagram()
        assert not view.picture_unfinished()
        assert exported_picture(exported) == exported_picture(build_diagram(amap, view.theme, direction=view.direction))
        assert canvas_picture(view) == exported_picture(exported)  # the canvas shows the arrows made
    finally:
        view.detach()


def test_the_scene_makes_the_rest_when_idle_and_then_shows_it(qapp, qtbot, monkeypatch):
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene, scene

    monkeypatch.setattr(scene, "STAGE_FROM", 100)
    amap = _one_big_tree(1, False)
    view = MapScene(amap, decorations=False)
    try:
        link = view.link_item_for(*next(iter(amap.links())).key)
        assert link is not None and link.arrow_shape() is None
        qtbot.waitUntil(lambda: not view.picture_unfinished(), timeout=10000)
        assert link.arrow_shape() is not None, "an item made before its arrow shows it once made"
        assert canvas_picture(view) == exported_picture(build_diagram(amap, view.theme, direction=view.direction))
    finally:
        view.detach()


def test_a_window_shows_the_boxes_first_and_then_the_arrows_in_its_view(qapp, qtbot, monkeypatch, make_window, tmp_path):
    from argmap.gui.canvas import scene
    from argmap.io import save

    monkeypatch.setattr(scene, "STAGE_FROM", 100)
    amap = _one_big_tree(0, False)
    save(amap, tmp_path / "big.json")
    window = make_window(tmp_path / "big.json")
    view, canvas = window.view, window.scene
    view.set_zoom(1.0)
    view.viewport().repaint()
    qapp.processEvents()
    area = view.visible_area()
    shown = {i for i, (x, y, w, h) in canvas.placed_boxes().items() if area.intersects(type(area)(x, y, w, h))}
    inside = [link.key for link in amap.links() if (link.source in shown or link.target in shown) and link.group is None]
    assert shown and inside
    qtbot.waitUntil(lambda: not canvas.filing_pending(), timeout=20000)
    qapp.processEvents()  # (the views paint once the arrows are shown: their items are made then)
    made = {link.link.key for link in canvas.made_link_items() if link.arrow_shape() is not None}
    assert set(inside) <= made, "the arrows between the boxes in view are drawn once made"


def test_the_status_bar_says_the_arrows_are_coming_until_they_are_shown(qapp, qtbot, monkeypatch, make_window, tmp_path):
    from argmap.gui.canvas import scene
    from argmap.io import save

    monkeypatch.setattr(scene, "STAGE_FROM", 100)
    amap = _one_big_tree(0, False)
    save(amap, tmp_path / "big.json")
    window = make_window(tmp_path / "big.json")
    said = window.drawing_label
    assert window.scene.picture_unfinished()
    assert said.isVisible() and "arrows" in said.text()
    qtbot.waitUntil(lambda: not window.scene.picture_unfinished(), timeout=20000)
    assert not said.isVisible(), "the words go once the arrows are shown"
    small = tmp_path / "small.json"
    save(_one_big_tree(1, False), small)
    monkeypatch.setattr(scene, "STAGE_FROM", 100_000)
    assert window.files.open_path(small)
    assert not said.isVisible(), "a map drawn at once says nothing of arrows to come"


@pytest.mark.parametrize("beyond", [False, True])
def test_fit_map_while_the_arrows_are_made_fits_the_boxes_at_once_then_the_whole_picture(
    qapp, qtbot, monkeypatch, make_window, tmp_path, beyond
):
    """Fit map right after a large map opens does not make every arrow first (2.5-3 s at 50,000 statements): it fits the
    boxes; once the whole extent is known, a view still fitted is the fit of the whole picture (``beyond``: as if arrows
    reached beyond the boxes, the boxes' extent made smaller than the picture's)."""
    from argmap.gui.canvas import scene, staged_rest
    from argmap.io import save

    monkeypatch.setattr(scene, "STAGE_FROM", 100)
    monkeypatch.setattr(staged_rest, "MAKE_SLICE_S", 0.0)  # (a step a turn: the rest not made while the test looks)
    if beyond:
        real = staged_rest.boxes_extent
        monkeypatch.setattr(staged_rest, "boxes_extent", lambda boxes, known=None: real(boxes, known).adjusted(60, 40, -60, -40))
    save(_one_big_tree(0, False), tmp_path / "big.json")
    window = make_window(tmp_path / "big.json")
    view, canvas = window.view, window.scene
    assert canvas.picture_unfinished()
    view.fit_map()
    qapp.processEvents()  # (the scroll bars of the view before it gone: fitted to the whole room)
    view.fit_map()
    assert canvas.picture_unfinished(), "the fits made no arrow"
    assert view.is_fitted()
    at_first = view.visible_area()
    qtbot.waitUntil(lambda: not canvas.filing_pending() and canvas.diagram_bounds_known(), timeout=20000)
    qapp.processEvents()
    settled = view.visible_area()
    view.fit_map()  # the fit of the whole picture, made now
    assert view.visible_area() == settled
    assert (settled != at_first) == beyond, "the view moves only when the picture reaches beyond its boxes"


@pytest.mark.parametrize("part", ["connectors", "brackets"])
def test_the_connectors_and_brackets_are_made_one_at_a_time_and_come_out_as_made_at_once(qapp, monkeypatch, part):
    """The off-page connectors' tags (kept_tags.connector_steps) and the linked reasons' brackets
    (bracket_picture.bracket_steps) are made in steps of their own, interrupted between any two; the picture finished
    is the one made at once (where each connector's tags keep clear of those before, and each bracket's of those)."""
    import random

    from benchmarks.generate import _add_linked_reasons, generate_map

    from argmap.drawing import diagram, honest
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    module, name = (honest, "connector_steps") if part == "connectors" else (diagram, "bracket_steps")
    inside: list[bool] = [False]
    interrupted: list[int] = []
    steps = getattr(module, name)

    def watched(*args, **kwargs):
        inside[0] = True
        try:
            return (yield from steps(*args, **kwargs))
        finally:
            inside[0] = False

    monkeypatch.setattr(module, name, watched)
    amap = generate_map(1000, seed=0)
    _add_linked_reasons(amap, amap.ids(), random.Random(1), 40)  # (more brackets)
    theme = Theme.light()
    at_once = build_diagram(amap, theme, remember=True)
    made = sum(1 for a in at_once.arrows if a.over) if part == "connectors" else len(at_once.brackets)
    assert made > 10
    staged = build_diagram(amap, theme, remember=True, staged=True)
    while staged.make_some(0.0):
        if inside[0]:
            interrupted.append(1)
    assert len(interrupted) >= made - 1, "a step each"
    assert exported_picture(staged) == exported_picture(at_once)
    assert_memo_as_from_nothing(staged.memo, at_once.memo, 0)


def test_a_large_maps_outline_rows_come_just_after_the_canvas_first_paints(qapp, qtbot, monkeypatch, make_window, tmp_path):
    """Opened in a shown window, a staged map's outline rows are made after the canvas's first paint (their parents and
    marks are passes over every link), of the map as it is then: the rows a rebuild makes of it."""
    from argmap.gui.canvas import scene
    from argmap.io import save

    monkeypatch.setattr(scene, "STAGE_FROM", 100)
    save(_one_big_tree(0, False), tmp_path / "big.json")
    window = make_window()
    outline = window.outline
    assert window.files.open_path(tmp_path / "big.json")
    assert outline._model.amap is None and outline._model.rowCount() == 0, "no rows before the canvas paints"
    assert outline.is_filling()
    amap = window.document.amap
    top = amap.ids()[0]
    amap.add(Kind.SUPPORT, "A reason added before the outline's rows are made.", parent=top)  # (followed: the rows are made later)
    qtbot.waitUntil(lambda: outline._model.amap is amap, timeout=20000)
    assert not outline.is_filling()
    made = [outline._model.kids(i) for i in [None, *amap.ids()]]
    outline.rebuild()
    assert made == [outline._model.kids(i) for i in [None, *amap.ids()]], "the rows a rebuild makes of the map as it is"
    assert any(outline._model.kids(top)), "the rows under the top"
