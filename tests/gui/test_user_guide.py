"""Help > User guide shows docs/ inside argmap; F1 in a dock or dialog opens its part."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from argmap.gui import user_guide
from argmap.gui.user_guide import UserGuide, guide_pages, open_guide


def guides() -> list[UserGuide]:
    return [g for g in user_guide._open if g.isVisible()]


def test_every_page_of_docs_is_in_the_guide_with_its_title():
    pages = dict(guide_pages())
    assert pages["editor.md"] == "The argmap editor"
    assert pages["desktop.md"].startswith("On the desktop")
    assert next(iter(pages)) == "editor.md"
    assert {"commands.md", "export.md", "formats.md", "layout.md", "drawing.md"} <= set(pages)


def test_help_user_guide_opens_the_editor_page_with_its_pictures(window, ui, qtbot):
    ui.trigger(window, "user_guide")
    guide = guides()[-1]
    text = guide.browser.toPlainText()
    assert text.startswith("The argmap editor")
    assert "Building a map with the keyboard" in text
    assert guide.pages.count() >= 7
    # the screenshot in the page resolves next to the page (shipped with it)
    image = guide.browser.document().resource(2, guide.browser.document().baseUrl().resolved("screenshot-light.png"))
    assert image is not None and not image.isNull()
    guide.pages.setCurrentRow([guide.pages.item(i).data(Qt.ItemDataRole.UserRole)
                               for i in range(guide.pages.count())].index("desktop.md"))
    assert guide.browser.toPlainText().startswith("On the desktop")
    guide.grab().save(str(window.document.path.parent / "guide.png"))
    guide.close()


def test_f1_in_the_inspector_opens_its_part_of_the_guide(window, ui, qtbot):
    ui.trigger(window, "select_main")
    text_field = window.inspector.findChild(QWidget, "inspector_text")
    text_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is text_field, timeout=2000)
    qtbot.keyClick(text_field, Qt.Key.Key_F1)
    guide = guides()[-1]
    assert guide.page == "editor.md"
    assert guide.browser.textCursor().block().text().startswith("Inspector (right)")
    assert guide.browser.verticalScrollBar().value() > 0  # scrolled down to it
    guide.close()


def test_f1_on_the_canvas_still_lists_the_shortcuts(window, qtbot):
    shown = []
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=2000)
    before = len(guides())
    window.action_map["keymap"].triggered.disconnect()
    window.action_map["keymap"].triggered.connect(lambda: shown.append(True))
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    assert shown and len(guides()) == before


def test_a_dialog_names_its_part_and_a_guide_over_it_is_its_child(window, qtbot):
    dialog = QDialog(window)
    dialog.setProperty("help_section", "export.md#From the command line")
    guide = open_guide(user_guide.help_section(dialog), window)
    assert guide.page == "export.md"
    assert guide.browser.textCursor().block().text() == "From the command line"
    guide.close()


def test_every_dock_has_its_part_of_the_guide(window):
    """F1 works in every dock: each one names a part, and that page has those words."""
    from PySide6.QtWidgets import QDockWidget

    docks = window.findChildren(QDockWidget)
    assert len(docks) >= 5
    for dock in docks:
        section = user_guide.help_section(dock.widget() or dock)
        assert section, f"dock {dock.objectName()!r} names no part of the user guide"
        page, _, words = section.partition("#")
        guide = open_guide(section, window)
        assert guide.page == page
        assert guide.browser.document().find(words).position() >= 0 or words == "", (dock.objectName(), words)
        guide.close()


def test_f1_in_a_marked_dialog_opens_its_part(window, qtbot):
    """A modal dialog is its own window, out of reach of the window's F1: mark_dialog gives it one."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    user_guide.mark_dialog(dialog, "export.md#From the command line")
    dialog.show()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)
    qtbot.keyClick(field, Qt.Key.Key_F1)
    guide = guides()[-1]
    assert guide.page == "export.md"
    assert guide.browser.textCursor().block().text() == "From the command line"
    guide.close()
    dialog.close()

