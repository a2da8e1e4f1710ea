"""After rows come or go, the outline paints only from the first changed row down (gui/docks/outline_repaint.py),
and what is on screen is always what painting every row shows."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QGuiApplication

from argmap.io import save
from tests.gui.docks.test_outline_fill import big_map


def shown_outline(window, tmp_path, qtbot, n: int):
    save(big_map(n), tmp_path / "map.json")
    assert window.files.open_path(tmp_path / "map.json")
    window.outline_dock.show()
    window.outline_dock.raise_()
    qtbot.wait(20)
    return window.outline


def on_screen(outline):
    """The outline's rows as the window shows them now (the window's backing store, not a new paint)."""
    viewport = outline.viewport()
    corner = viewport.mapTo(viewport.window(), QPoint(0, 0))
    return (
        QGuiApplication.primaryScreen()
        .grabWindow(viewport.window().winId(), corner.x(), corner.y(), viewport.width(), viewport.height())
        .toImage()
    )


def painted_afresh(outline):
    return outline.viewport().grab().toImage()


class PaintedAreas(QObject):
    """The areas of the viewport painted (one rectangle per paint)."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.areas: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.areas.append(event.region().boundingRect())
        return False


@pytest.mark.parametrize("seed", [5, 6])
def test_random_edits_leave_on_screen_what_a_paint_of_every_row_shows(make_window, tmp_path, qtbot, seed):
    from argmap.gui.commands import AddStatement, DeleteStatements, Reparent, SetKind, UpdateStatement

    window = make_window()
    outline = shown_outline(window, tmp_path, qtbot, 120)
    doc, amap = window.document, window.document.amap
    assert on_screen(outline) == painted_afresh(outline)
    rng = random.Random(seed)
    for step in range(60):
        ids = amap.ids()
        a, b = rng.sample(ids, 2)
        roll = rng.randrange(8)
        if roll <= 1:
            command = AddStatement(amap, rng.choice(["support", "objection"]), f"Added {step}.", parent=a)
        elif roll <= 3:
            leaves = [i for i in ids if not amap.children(i)]
            command = DeleteStatements(amap, [rng.choice(leaves)], subtree=False)
        elif roll == 4:
            command = UpdateStatement(amap, a, text=f"Edited {step}.")
        elif roll == 5:
            command = SetKind(amap, [a], rng.choice(["support", "objection", "evidence"]))
        elif roll == 6 and a not in amap.ancestors(b) and b not in amap.descendants(a):
            command = Reparent(amap, a, b)
        else:
            doc.stack.undo()
            command = None
        if command is not None:
            doc.execute(command)
        if rng.random() < 0.2:
            outline.verticalScrollBar().setValue(rng.randrange(outline.verticalScrollBar().maximum() + 1))
        if rng.random() < 0.1:
            row = outline.item_for(rng.choice(amap.ids()))
            row.setExpanded(not row.isExpanded())
        if rng.random() < 0.5:  # as the canvas's selection follows an edit (in the same turn of the event loop)
            window.scene.select_ids(rng.sample(amap.ids(), rng.randrange(3)))
        # (once the event loop has painted what is pending: a loaded machine may take longer than one short wait; a
        # row left unpainted stays wrong however long it waits)
        qtbot.waitUntil(lambda: on_screen(outline) == painted_afresh(outline), timeout=3000)


def test_a_row_added_below_the_rows_on_screen_paints_none_of_them(make_window, tmp_path, qtbot):
    """At 150 statements every row is unfolded, and adding a reason to a statement whose rows are below the
    viewport painted every row on screen (about 15 ms); a reason added on screen paints from the row above it down."""
    from argmap.gui.commands import AddStatement

    window = make_window()
    outline = shown_outline(window, tmp_path, qtbot, 150)
    doc, amap = window.document, window.document.amap
    viewport = outline.viewport()
    model = outline.model()

    def top_of(statement_id: str) -> int:
        return outline.visualRect(model.index_for(statement_id)).top()

    painted = PaintedAreas(viewport)
    below = next(i for i in reversed(amap.ids()) if top_of(i) > viewport.height() and amap.children(i))
    qtbot.wait(20)
    painted.areas.clear()
    doc.execute(AddStatement(amap, "support", "Added below.", parent=below))
    qtbot.wait(20)
    assert painted.areas == [], "no row on screen changed"
    assert on_screen(outline) == painted_afresh(outline)

    on = next(i for i in amap.ids() if viewport.height() // 2 < top_of(i) < viewport.height() - 40 and amap.children(i))
    last = model.kids(on)[-1]
    while model.kids(last) and outline.isExpanded(model.index_for(last)):
        last = model.kids(last)[-1]  # the row right above where the new one goes
    painted.areas.clear()
    doc.execute(AddStatement(amap, "evidence", "Added on screen.", parent=on))  # evidence sorts last
    qtbot.wait(20)
    assert painted.areas, "the rows from the new one down were painted"
    assert min(area.top() for area in painted.areas) == top_of(last)
    assert on_screen(outline) == painted_afresh(outline)
