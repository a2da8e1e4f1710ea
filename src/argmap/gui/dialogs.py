"""Small dialogs. Each is a plain function so tests can replace it (monkeypatch) and never block."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from argmap.gui.user_guide import mark_dialog
from argmap.model import Relation, Source


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Dialogs", text, disambiguation, n)


def _form(parent: QWidget | None, title: str) -> tuple[QDialog, QFormLayout, QDialogButtonBox]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return dialog, form, buttons


def ask_source(parent: QWidget | None) -> Source | None:
    """Title and web address of a new source, or None when cancelled."""
    dialog, form, buttons = _form(parent, tr("Add source"))
    title, url = QLineEdit(), QLineEdit()
    title.setAccessibleName(tr("Source title"))
    url.setAccessibleName(tr("Source web address"))
    url.setPlaceholderText("https://…")
    form.addRow(tr("&Title:"), title)
    form.addRow(tr("&Web address:"), url)
    form.addRow(buttons)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setEnabled(False)
    title.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
    if dialog.exec() != QDialog.DialogCode.Accepted or not title.text().strip():
        return None
    return Source(title.text().strip(), url.text().strip() or None)


def exec_menu(menu: QMenu, at: QPoint) -> QAction | None:
    """Show a popup menu until the user chooses or dismisses it."""
    return menu.exec(at)


def ask_relation(parent: QWidget | None, at: QPoint | None = None, allow_move: bool = False) -> str | None:
    """How a dragged connection should link: 'support', 'attack', 'move' (re-parent) or None."""
    menu = QMenu(parent)
    menu.setAccessibleName(tr("Choose the relation"))
    choices = {
        menu.addAction(tr("Supports it")): "support",
        menu.addAction(tr("Attacks it")): "attack",
        menu.addAction(tr("Restates it (rephrase)")): "rephrase",
    }
    if allow_move:
        menu.addSeparator()
        choices[menu.addAction(tr("Move under it"))] = "move"
    chosen = menu.exec(at or QCursor.pos())
    return choices.get(chosen)


def ask_connection(parent: QWidget | None, statements: list[tuple[str, str]], source: str,
                   target: str) -> tuple[str, str, Relation] | None:
    """Source, target and relation of a new link, chosen from ``statements`` (id, text)."""
    dialog, form, buttons = _form(parent, tr("Connect statements"))

    def combo(selected: str) -> QComboBox:
        box = QComboBox()
        for statement_id, text in statements:
            box.addItem(_short(text), statement_id)
        box.setCurrentIndex(max(0, box.findData(selected)))
        return box

    source_box, target_box = combo(source), combo(target)
    relation_box = QComboBox()
    relation_box.addItem(tr("supports"), Relation.SUPPORT.value)
    relation_box.addItem(tr("attacks"), Relation.ATTACK.value)
    relation_box.addItem(tr("restates"), Relation.REPHRASE.value)
    source_box.setAccessibleName(tr("Statement that supports or attacks"))
    relation_box.setAccessibleName(tr("Relation"))
    target_box.setAccessibleName(tr("Statement it bears on"))
    form.addRow(tr("&This statement"), source_box)
    form.addRow(tr("&Relation"), relation_box)
    form.addRow(tr("&That statement"), target_box)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return source_box.currentData(), target_box.currentData(), Relation(relation_box.currentData())


def ask_choice(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """The position of the item chosen from ``items`` in a small list dialog, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(text) if ok and text in items else None


def ask_map_properties(parent: QWidget | None, title: str, description: str) -> tuple[str, str] | None:
    dialog, form, buttons = _form(parent, tr("Map title and description"))
    title_edit, description_edit = QLineEdit(title), QPlainTextEdit(description)
    title_edit.setAccessibleName(tr("Map title"))
    description_edit.setAccessibleName(tr("Map description"))
    description_edit.setTabChangesFocus(True)
    form.addRow(tr("&Title:"), title_edit)
    form.addRow(tr("&Description:"), description_edit)
    form.addRow(buttons)
    dialog.resize(520, 260)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return title_edit.text(), description_edit.toPlainText()


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class ImageExportOptions:
    scale: float = 1.0  # PNG only: 1 = 96 dpi
    selection_only: bool = False
    evaluation: bool = False  # draw the strength rows
    page: str = "fit"  # PDF only: "fit" (the page is the map's size), "A4", "Letter" or "slide" (16:9)


def ask_image_export(parent: QWidget | None, fmt: str, size_of: Callable[..., tuple[int, int]],
                     has_selection: bool) -> ImageExportOptions | None:
    """Scale (PNG), what to export and whether to show the evaluation, with a live size preview.

    ``size_of(scale, selection_only)`` measures the export without the evaluation; with the
    evaluation checked it is called as ``size_of(scale, selection_only, evaluation=True)``.
    """
    dialog, form, buttons = _form(parent, tr("Export image"))
    dialog.setObjectName("export_dialog")
    mark_dialog(dialog, "export.md")  # F1 opens the guide's export page
    scale = QComboBox()
    scale.setObjectName("export_scale")
    for factor in (1.0, 2.0, 3.0, 4.0):
        scale.addItem(f"{factor:g}× ({round(96 * factor)} dpi)", factor)  # noqa: RUF001 - a times sign
    scale.setCurrentIndex(1)  # sharp on a projector and in print
    scale.setEnabled(fmt == "png")
    scale.setAccessibleName(tr("Scale"))
    what = QComboBox()
    what.setObjectName("export_what")
    what.addItem(tr("The whole map"), False)
    if has_selection:
        what.addItem(tr("The selected statements"), True)
    what.setAccessibleName(tr("What to export"))
    page = QComboBox()
    page.setObjectName("export_page")
    for label, name in ((tr("Fit the map"), "fit"), (tr("Slide (16:9)"), "slide"), ("A4", "A4"), ("Letter", "Letter")):
        page.addItem(label, name)
    page.setEnabled(fmt == "pdf")
    page.setAccessibleName(tr("Page"))
    evaluation = QCheckBox(tr("Show strengths and verdicts"))
    evaluation.setObjectName("export_evaluation")
    size = QLabel()
    size.setObjectName("export_size")

    def preview() -> None:
        factor, only = scale.currentData() if fmt == "png" else 1.0, bool(what.currentData())
        # The strength rows make every box taller: measure the picture that will be drawn.
        w, h = size_of(factor, only, evaluation=True) if evaluation.isChecked() else size_of(factor, only)
        size.setText(tr("%1 × %2 pixels")  # noqa: RUF001 - a times sign
                     .replace("%1", f"{w:,}").replace("%2", f"{h:,}"))

    scale.currentIndexChanged.connect(preview)
    what.currentIndexChanged.connect(preview)
    evaluation.toggled.connect(preview)
    preview()
    form.addRow(tr("&Scale:"), scale)
    form.addRow(tr("&Page:"), page)
    form.addRow(tr("&Export:"), what)
    form.addRow("", evaluation)
    form.addRow(tr("Size:"), size)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return ImageExportOptions(scale.currentData() if fmt == "png" else 1.0, bool(what.currentData()),
                              evaluation.isChecked(), page.currentData() if fmt == "pdf" else "fit")


def show_import_notes(parent: QWidget | None, name: str, notes: list[str]) -> None:
    """What an import could not bring over, one note a line (in a scrollable box when there are many)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Imported with notes"))
    text = (tr("%1 was imported, but one part of it could not be:") if len(notes) == 1 else
            tr("%1 was imported, but %2 parts of it could not be:").replace("%2", str(len(notes))))
    box.setText(text.replace("%1", name))
    box.setDetailedText("\n".join(notes))
    box.setInformativeText("\n".join(notes[:8]) + ("\n…" if len(notes) > 8 else ""))
    box.exec()
