"""View > Sides, File > Export brief… and Go > Drill, as a user drives them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from argmap.gui import debate
from argmap.gui.docks.outline import SIDE_COLUMN


def test_sides_mark_boxes_and_outline_and_follow_edits(window, ui) -> None:
    scene, outline = window.scene, window.outline
    before = scene.item_for("o1").painting.w
    ui.trigger(window, "show_sides")
    assert scene.sides
    assert scene.item_for("o1").painting.side == "against"
    assert scene.item_for("r1").painting.side == "for"
    assert scene.item_for("o10").painting.side == "against"
    assert scene.item_for("o1").painting.w >= before
    assert outline.sides_visible()
    assert outline.item_for("o1").text(SIDE_COLUMN) == "against"
    assert outline.item_for("r11").text(SIDE_COLUMN) == "for"
    # the exported picture of the canvas carries the same markers
    assert {b.id: b.painting.side for b in scene.diagram().boxes}["o1"] == "against"
    # flipping a link flips the side of the whole branch under it
    scene.select_ids(["r1"])
    ui.trigger(window, "flip_relation")
    scene.relayout()
    assert scene.item_for("r1").painting.side == "against"
    assert scene.item_for("o10").painting.side == "for"
    window.outline._sides_timer.timeout.emit()
    assert outline.item_for("r1").text(SIDE_COLUMN) == "against"
    ui.trigger(window, "show_sides")
    assert scene.item_for("o1").painting.side is None and not outline.sides_visible()


def test_export_brief_writes_the_chosen_side_and_format(window, ui, dialogs, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(debate, "ask_brief", lambda parent: debate.BriefOptions("against", 6.0, 160, ".md"))
    out = tmp_path / "brief"
    dialogs.save_names.append(str(out))
    ui.trigger(window, "export_brief")
    written = tmp_path / "brief.md"
    text = written.read_text(encoding="utf-8")
    assert "**Side:** Against the motion" in text and "## Prepare an answer" in text
    assert not dialogs.warnings


def test_brief_dialog_offers_side_length_rate_and_format(qapp) -> None:
    dialog = debate.BriefDialog(side="against")
    assert dialog.options() == debate.BriefOptions("against", 6.0, 160, ".pdf")
    dialog.format.setCurrentIndex(2)
    dialog.minutes.setValue(4)
    assert dialog.options().suffix == ".docx" and dialog.options().minutes == 4


def test_drill_by_keyboard(window, ui, qtbot) -> None:
    ui.trigger(window, "drill")
    dialog = window.findChild(debate.QDialog, "drill_dialog")
    assert dialog is not None and dialog.isVisible()
    first = dialog.drill.current
    assert first is not None and first.against.text in dialog.argument.text()
    assert first.answers[0].text not in dialog.answers.text()  # hidden until asked
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert first.answers[0].text in dialog.answers.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Y)
    assert dialog.tally.text() == "1 of 1 answered in time"
    qtbot.keyClick(dialog, Qt.Key.Key_N)
    assert dialog.tally.text() == "1 of 2 answered in time"
    while not dialog.drill.done:
        qtbot.keyClick(dialog, Qt.Key.Key_S)
    assert "Practise again" in dialog.argument.text()
    dialog.side.setCurrentIndex(1)  # the other side restarts the drill
    assert dialog.drill.index == 0 and dialog.tally.text() == "0 of 0 answered in time"
    dialog.close()


def test_drill_on_a_map_without_a_main_claim_has_nothing_to_practise(qapp) -> None:
    from argmap.gui.drill_dialog import DrillDialog
    from argmap.model import ArgumentMap

    m = ArgumentMap()
    m.add("claim", "A", id="a")
    m.add("objection", "B", parent="a", id="b")
    m.connect("a", "b", "attack")
    dialog = DrillDialog(m)
    assert dialog.drill.done and "no argument" in dialog.argument.text()
