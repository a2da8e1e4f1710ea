"""Copy as picture (PNG and SVG) and as outline (Markdown); paste an outline as statements, one undo step."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QImage

from argmap.gui.clipboard import from_mime
from argmap.io.formats import read_any
from argmap.model import Kind, Relation
from tests.io.formats.test_markdown_outline import shape as outline_shape


def clipboard():
    return QGuiApplication.clipboard().mimeData()


def test_copy_as_picture_puts_png_and_svg_of_the_selection(window, ui):
    window.scene.select_ids(["c1"])
    ui.trigger(window, "copy_picture")
    data = clipboard()
    assert data.hasImage() and data.hasFormat("image/png") and data.hasFormat("image/svg+xml")
    bounds = window.scene.diagram(["c1"]).bounds()
    png = QImage.fromData(bytes(data.data("image/png").data()))
    assert (png.width(), png.height()) == (round(bounds.width() * 2), round(bounds.height() * 2))
    svg = bytes(data.data("image/svg+xml").data()).decode("utf-8")
    assert "<svg" in svg and "Japan should take part" in svg
    assert data.text().startswith("- **Claim:** Japan should take part")


def test_copy_as_picture_without_a_selection_is_the_whole_map(window, ui):
    window.scene.select_ids([])
    ui.trigger(window, "copy_picture")
    bounds = window.scene.diagram().bounds()
    png = QImage.fromData(bytes(clipboard().data("image/png").data()))
    assert png.width() == round(bounds.width() * 2)
    assert png.pixelColor(3, 3) == window.scene.theme.background  # the theme's canvas, not a transparent hole
    assert clipboard().text().startswith("# ")  # the whole map's outline starts with its title


def test_copy_as_outline_is_markdown(window, ui):
    amap = window.document.amap
    window.scene.select_ids(["o1"])
    ui.trigger(window, "copy_outline")
    text = bytes(clipboard().data("text/markdown").data()).decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == f"- **Con:** {' '.join(amap.statement('o1').text.split())}"
    assert len(lines) == 1 + len(amap.descendants("o1"))
    assert all(line.startswith("  ") and line.lstrip().startswith("- **") for line in lines[1:])


def test_paste_an_outline_makes_nested_statements_in_one_step(window, ui):
    amap = window.document.amap
    before = ui.text_of(window)
    count = len(amap)
    QGuiApplication.clipboard().setText(
        "- Training keeps Japanese staff away from the front line.\n"
        "  - Con: Trainers in Poland can still be targeted.\n"
        "    - Con: No NATO trainer has been attacked there.\n"
        "  + Evidence: The article says training takes place outside Ukraine.\n")
    window.scene.select_ids(["c1"])
    ui.trigger(window, "paste")
    assert len(amap) == count + 4
    top = window.scene.selected_ids()[0]
    assert amap.statement(top).kind == Kind.SUPPORT and amap.parents(top) == ["c1"]
    kids = {amap.statement(i).text: amap.statement(i).kind for i in amap.children(top)}
    assert kids == {"Trainers in Poland can still be targeted.": Kind.OBJECTION,
                    "The article says training takes place outside Ukraine.": Kind.EVIDENCE}
    objection = next(i for i in amap.children(top) if amap.statement(i).kind == Kind.OBJECTION)
    assert [amap.statement(i).kind for i in amap.children(objection)] == [Kind.REBUTTAL]
    ui.check_undo_redo(window, before)
    ui.trigger(window, "undo")
    assert len(amap) == count  # one undo step takes the whole outline away


def test_copy_outline_then_paste_gives_the_same_tree(make_window, window, ui, example_copy):
    window.scene.select_ids(["o1"])
    ui.trigger(window, "copy_outline")
    other = make_window()
    ui.trigger(other, "paste")
    amap, copied = other.document.amap, window.document.amap
    assert sorted(s.text for s in amap.statements()) == sorted(
        copied.statement(i).text for i in ["o1", *copied.descendants("o1")])


def test_convert_reads_a_pasted_outline_as_paste_does(tmp_path):
    """One reader: the file `argmap convert notes.md` reads gives the map Paste makes of the same text."""
    text = ("We should walk\n  + It is healthy\n  - It rains\n    - **Rebuttal:** Umbrellas\n"
            "  1. Evidence: A study\n     of 3,000 pupils.\n")
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    data = QMimeData()
    data.setText(text)
    pasted, converted = from_mime(data), read_any(path).map
    assert outline_shape(pasted) == outline_shape(converted)
    assert (Kind.EVIDENCE, "A study of 3,000 pupils.", "We should walk", Relation.SUPPORT) in outline_shape(converted)
