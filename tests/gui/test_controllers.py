"""The controllers work from the collaborators they are given: no editor window needed."""

from __future__ import annotations

import pytest

from argmap.gui.canvas.scene import MapScene
from argmap.gui.canvas.view import MapView
from argmap.gui.docks.inspector import Inspector
from argmap.gui.docks.outline import Outline
from argmap.gui.document import Document
from argmap.gui.editing import EditController
from argmap.gui.find import FindBar, FindController
from argmap.model import ArgumentMap, Kind


def small_map() -> ArgumentMap:
    amap = ArgumentMap("Tea")
    amap.add(Kind.CLAIM, "Tea is good", id="c")
    amap.add(Kind.SUPPORT, "Green tea has antioxidants", parent="c", id="s1")
    amap.add(Kind.OBJECTION, "Tea stains teeth", parent="c", id="o1")
    amap.add(Kind.SUPPORT, "Black tea wakes you up", parent="c", id="s2")
    return amap


@pytest.fixture
def canvas(qtbot):
    scene = MapScene(ArgumentMap())
    view = MapView(scene)
    qtbot.addWidget(view)
    yield scene, view
    scene.detach()


def test_find_steps_through_the_matches_of_the_document_it_was_given(canvas, qtbot):
    scene, view = canvas
    document = Document(small_map())
    scene.set_map(document.amap)
    bar = FindBar()
    qtbot.addWidget(bar)
    finder = FindController(document, bar, scene, view)
    bar.edit.setText("tea")  # as typed: the bar asks the controller to search
    assert scene.highlighted_ids() == ["c", "s1", "o1", "s2"]
    bar.edit.setText("black TEA")
    finder.step(+1)
    assert scene.selected_ids() == ["s2"]
    assert bar.count_label.text() == "1 of 1"

    other = Document(ArgumentMap("Coffee"))
    other.amap.add(Kind.CLAIM, "Coffee is better than tea", id="k")
    scene.set_map(other.amap)
    finder.set_document(other)
    assert finder.found == []
    bar.edit.setText("coffee")
    assert finder.found == ["k"]


def test_edits_go_to_the_document_and_messages_to_the_callback(canvas, qtbot):
    scene, view = canvas
    document = Document(small_map())
    scene.set_map(document.amap)
    inspector, outline = Inspector(), Outline()
    for widget in (inspector, outline):
        qtbot.addWidget(widget)
    messages: list[tuple[str, int]] = []
    editor = EditController(document, scene, view, inspector, outline, dialog_parent=view,
                            show_message=lambda text, ms: messages.append((text, ms)))
    scene.select_ids(["o1"])
    editor.set_kind(Kind.REBUTTAL)
    assert document.amap.statement("o1").kind == Kind.REBUTTAL
    assert document.stack.count() == 1
    editor.select_all()
    editor.group()  # a claim, supports and a rebuttal share no parent: refused, with a message
    assert messages and messages[-1][1] == 6000
    assert document.stack.count() == 1
