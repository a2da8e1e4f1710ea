"""Left alone, the editor gets a big map's picture ready for the next edits a step at a time (drawing/frames.py
ready_some), a few ms at a time; input on the canvas puts the next step off (the user's work has the time)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from argmap.model import ArgumentMap


@pytest.fixture
def shown(qtbot, monkeypatch):
    from argmap.gui.canvas import MapScene, MapView
    from argmap.gui.canvas import scene as scene_module

    steps: list[int] = []
    monkeypatch.setattr(scene_module, "ready_some", lambda *args: steps.append(1) or False)
    amap = ArgumentMap("Small")
    amap.add("claim", "Homework should be optional.", id="c")
    amap.add("support", "Pupils rest.", id="r", parent="c")
    scene = MapScene(amap)
    view = MapView(scene)
    view.resize(800, 600)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    scene._readying.stop()
    yield scene, view, steps
    scene.detach()


def wheel(view) -> QWheelEvent:
    at = QPointF(40, 40)
    return QWheelEvent(at, QPointF(view.viewport().mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, -120),
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)


#: The pause the tests let input wait for (no test waits so long: none depends on how fast the machine is).
PAUSE_MS = 600_000
#: How long the wait has left, well on its way, when input comes.
LEFT_MS = 30_000


def put_off(scene, act) -> bool:
    """Whether ``act`` started the wait for a pause again: a wait with ``LEFT_MS`` to go has a whole pause left after it
    (the pause made far longer than the time left, so that no machine is slow enough to blur the two)."""
    scene._readying.start(LEFT_MS)
    act()
    return scene._readying.isActive() and scene._readying.remainingTime() > LEFT_MS


def test_pointing_scrolling_and_typing_on_the_canvas_put_the_next_step_off(shown, qtbot, monkeypatch):
    from argmap.gui.canvas import scene as scene_module

    scene, view, steps = shown
    viewport = view.viewport()
    pause = scene_module.READY_AFTER_MS
    monkeypatch.setattr(scene_module, "READY_AFTER_MS", PAUSE_MS)
    assert put_off(scene, lambda: QTest.mouseMove(viewport, QPoint(40, 40)))
    assert put_off(scene, lambda: QTest.mouseMove(viewport, QPoint(90, 70)))
    assert put_off(scene, lambda: QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(5, 5)))
    assert put_off(scene, lambda: QApplication.sendEvent(viewport, wheel(view)))
    assert put_off(scene, lambda: QTest.keyClick(view, Qt.Key.Key_Right))
    assert not steps
    monkeypatch.setattr(scene_module, "READY_AFTER_MS", pause)
    QTest.mouseMove(viewport, QPoint(60, 50))  # (the usual pause again)
    assert scene._readying.isActive() and scene._readying.remainingTime() < LEFT_MS
    qtbot.waitUntil(lambda: bool(steps), timeout=10_000)  # left alone: the step comes


def test_with_nothing_to_get_ready_input_starts_no_step(shown, qtbot):
    scene, view, steps = shown
    QTest.mouseMove(view.viewport(), QPoint(30, 30))
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert not scene._readying.isActive() and not steps


def test_the_first_steps_file_the_footprints_a_picture_from_nothing_left_loose(qapp, monkeypatch):
    """Opening leaves the tree arrows' footprints loose (filed when first asked about): the editor's first steps when
    idle file them, before any other getting ready, so that an edit soon after opening does not."""
    from argmap.drawing import reuse
    from argmap.gui.canvas import MapScene
    from argmap.gui.canvas import scene as scene_module

    others: list[int] = []
    monkeypatch.setattr(scene_module, "ready_some", lambda *args: others.append(1) or True)
    monkeypatch.setattr(reuse, "LOOSE_SLICE", 4)
    monkeypatch.setattr(scene_module, "READY_STEP_S", 0.0)  # a slice a step
    amap = ArgumentMap("Wide")
    top = amap.add("claim", "Homework should be optional.").id
    for k in range(30):
        amap.add("support", f"Reason {k}.", parent=top)
    scene = MapScene(amap)
    try:
        footprints = scene.diagram().memo.footprints
        scene.diagram().bounds()  # (the extent is worked out first: see the next test)
        loose = len(footprints._loose)
        assert loose == 30
        scene._ready_some()
        assert 0 < len(footprints._loose) < loose, "a slice filed"
        for _ in range(loose):
            if not footprints._loose:
                break
            assert not others, "nothing else got ready meanwhile"
            scene._ready_some()
        assert not footprints._loose and footprints.areas((amap.ids()[5], top)) is not None
        scene._ready_some()
        assert others, "then the rest of getting ready"
    finally:
        scene.detach()


def test_the_steps_work_out_the_extent_a_fit_needs(qtbot, monkeypatch):
    """Left alone, the editor first works out the picture's extent, a part at a time: Fit map then finds it known (on
    50,000 statements it was a pass of 70 ms over every part, most of a first fit's stall)."""
    from argmap.drawing import diagram as diagram_module
    from argmap.drawing import extent
    from argmap.gui.canvas import MapScene, MapView
    from argmap.gui.canvas import scene as scene_module

    monkeypatch.setattr(scene_module, "ready_some", lambda *args: False)
    monkeypatch.setattr(scene_module, "READY_STEP_S", 0.0)  # a part a step
    monkeypatch.setattr(extent, "STEP_PARTS", 4)
    amap = ArgumentMap("Wide")
    top = amap.add("claim", "Homework should be optional.").id
    for k in range(30):
        amap.add("support", f"Reason {k}.", parent=top)
    scene = MapScene(amap)
    view = MapView(scene)
    qtbot.addWidget(view)
    try:
        picture = scene.diagram()
        scene._readying.stop()
        steps = 0
        while True:
            scene._ready_some()
            steps += 1
            if not scene._readying.isActive():
                break
            scene._readying.stop()
        assert steps > 30 / 4
        passes: list[int] = []
        counted = diagram_module.extent_steps
        monkeypatch.setattr(diagram_module, "extent_steps", lambda *a, **k: passes.append(1) or counted(*a, **k))
        view.fit_map()
        assert not passes, "the fit found the extent known"
        assert view.mapToScene(view.viewport().rect()).boundingRect().contains(picture.bounds())
    finally:
        scene.detach()


def test_the_heaps_free_memory_goes_back_once_the_readying_that_did_some_work_is_done(qapp, monkeypatch):
    """Once ready after some steps of work the editor gives the heap's free pages back to the system (what the open
    or the edits and the readying freed): once, and not at a step with nothing to get ready."""
    from argmap.gui.canvas import MapScene
    from argmap.gui.canvas import scene as scene_module

    left = [2]  # steps with work to do
    given: list[int] = []
    monkeypatch.setattr(scene_module, "ready_some", lambda *args: (left.__setitem__(0, left[0] - 1) or True) if left[0] else False)
    monkeypatch.setattr(scene_module, "give_back_free_memory", lambda: given.append(1) or True)
    amap = ArgumentMap("Small")
    amap.add("support", "Pupils rest.", parent=amap.add("claim", "Homework should be optional.").id)
    scene = MapScene(amap)
    try:
        scene._readying.stop()
        scene.diagram().memo.file_loose(1.0)
        scene._ready_some()
        scene._ready_some()
        assert not given, "not while there is work left"
        scene._ready_some()
        assert given == [1], "ready: given back"
        scene._ready_some()
        assert given == [1], "nothing got ready since: nothing to give back"
    finally:
        scene.detach()


def test_giving_back_free_memory_leaves_every_object_as_it_was():
    import platform

    from argmap.gui.free_memory import give_back_free_memory

    kept = [bytes(range(256)) * 4096 for _ in range(8)]
    for _ in range(8):
        dropped = [bytearray(1 << 20) for _ in range(4)]
        del dropped
    given = give_back_free_memory()
    assert given == (platform.system() == "Linux" and platform.libc_ver()[0] == "glibc")  # (no malloc_trim elsewhere)
    assert all(k == bytes(range(256)) * 4096 for k in kept)
