"""The teaching commands of a window: present the map (and, in their own modules, compare, worksheets, templates).

Kept out of the main window: it builds this controller, which connects its own actions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from argmap.gui import settings
from argmap.gui.comments_panel import CommentsController
from argmap.gui.compare_panel import CompareController
from argmap.gui.document import Document
from argmap.gui.presentation import PresentationWindow
from argmap.gui.schemes_panel import SchemeController
from argmap.io import MapFileError, load
from argmap.package_files import maps_dir
from argmap.teaching.steps import Order

if TYPE_CHECKING:
    from argmap.gui.main_window import MainWindow


class TeachingController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.presentation: PresentationWindow | None = None
        self.compare = CompareController(window)  # File > Compare with model answer
        self.schemes = SchemeController(window)  # Statement > Mark as scheme, the Critical questions dock
        self.comments = CommentsController(window)  # Statement > Comment, markers, the Comments dock
        a = window.action_map
        a["present"].triggered.connect(self.present)
        a["export_worksheet"].triggered.connect(self.export_worksheet)
        a["new_from_template"].triggered.connect(self.new_from_template)
        a["present_breadth_first"].setChecked(settings.settings().value("present/order", "depth") == "breadth")
        a["present_breadth_first"].toggled.connect(
            lambda on: settings.settings().setValue("present/order", "breadth" if on else "depth"))

    def map_shown(self) -> None:
        """A map was just put on the canvas (opened, or new): its critical-question badges and comment markers shown
        too, as after an edit (the canvas's layoutChanged, which they follow, comes blocked while the map switches)."""
        self.schemes.map_shown()
        self.comments.map_shown()

    def present(self) -> PresentationWindow | None:
        """View > Present (F5): the map full screen from its main claim, in the window's theme; Esc comes back."""
        window = self.window
        amap = window.document.amap
        if len(amap) == 0:
            window.statusBar().showMessage(self.tr("Nothing to present: the map is empty"), 5000)
            return None
        order: Order = "breadth" if window.action_map["present_breadth_first"].isChecked() else "depth"
        shown = PresentationWindow(amap, theme=window.theme_name, order=order)
        shown.closed.connect(self._presentation_closed)
        self.presentation = shown
        screen = window.screen()
        if screen is not None:
            shown.setGeometry(screen.geometry())
        shown.showFullScreen()
        shown.activateWindow()
        shown.setFocus(Qt.FocusReason.OtherFocusReason)
        return shown

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.window.activateWindow()
        self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def export_worksheet(self) -> Path | None:
        """File > Export worksheet: the selected statements, or every statement of one kind, left blank (PNG or PDF)."""
        window = self.window
        amap = window.document.amap
        if len(amap) == 0:
            window.statusBar().showMessage(self.tr("Nothing to export: the map is empty"), 5000)
            return None
        selected = window.scene.selected_ids()
        choices: list[tuple[str, list[str], list[str]]] = []
        if selected:
            choices.append((self.tr("The selected statements (%1)").replace("%1", str(len(selected))), selected, []))
        for kind, label in WORKSHEET_KINDS.items():
            count = sum(1 for s in amap.statements() if s.kind == kind)
            if count:
                choices.append((self.tr(label) + f" ({count})", [], [kind]))
        label, ok = QInputDialog.getItem(window, self.tr("Export worksheet"), self.tr("Leave blank:"),
                                         [c[0] for c in choices], 0, False)
        if not ok or not label:
            return None
        _label, ids, kinds = next(c for c in choices if c[0] == label)
        doc = window.document
        stem = doc.path.with_suffix("") if doc.path else Path(self.tr("worksheet"))
        name, chosen = QFileDialog.getSaveFileName(window, self.tr("Export worksheet"), f"{stem}-worksheet.pdf",
                                                   self.tr("PDF document (*.pdf);;PNG image (*.png)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".png"):
            path = path.with_name(path.name + (".png" if "png" in chosen.lower() else ".pdf"))
        from argmap.export import ExportError
        from argmap.export.worksheet import export_worksheet

        pdf = path.suffix.lower() == ".pdf"
        try:
            count = export_worksheet(amap, path, ids=ids, kinds=kinds, theme="light", page="A4" if pdf else "fit",
                                     scale=1.0 if pdf else 2.0, font_size=window.scene.theme.font_size,
                                     direction=window.scene.direction)
        except ExportError as exc:
            QMessageBox.warning(window, self.tr("Cannot export worksheet"), str(exc))
            return None
        window.statusBar().showMessage(
            self.tr("Exported %1 with %2 blanks; the answer key is File > Export").replace("%1", str(path))
            .replace("%2", str(count)), 8000)
        return path

    def new_from_template(self) -> bool:
        """File > New from template: a teaching template as a new, untitled map (Save asks for a name)."""
        window = self.window
        found = templates()
        if not found:
            QMessageBox.warning(window, self.tr("New from template"), self.tr("No templates found (they live in maps/)."))
            return False
        label, ok = QInputDialog.getItem(window, self.tr("New from template"), self.tr("Template:"),
                                         [title for title, _ in found], 0, False)
        if not ok or not label:
            return False
        path = next(p for title, p in found if title == label)
        try:
            amap = load(path)
        except MapFileError as exc:
            QMessageBox.warning(window, self.tr("New from template"), str(exc))
            return False
        if not window.files.maybe_save():
            return False
        document = Document(amap)
        window.set_document(document)
        document.mark_unsaved()  # closing asks: the copy exists only in this window
        return True


# ------------------------------------------------------------ worksheets and templates
WORKSHEET_KINDS = {
    "support": "Every reason", "objection": "Every objection", "rebuttal": "Every rebuttal",
    "evidence": "Every piece of evidence", "claim": "Every claim",
}


def template_folder() -> Path | None:
    """The ``maps`` folder that ships with argmap (in the wheel, or the checkout's), if there is one."""
    folder = maps_dir()
    return folder if folder.is_dir() else None


def templates() -> list[tuple[str, Path]]:
    """(title, path) of every template in ``maps/`` (files named ``*template*.json``), by title."""
    folder = template_folder()
    if folder is None:
        return []
    found = []
    for path in sorted(folder.glob("*template*.json")):
        try:
            found.append((load(path).title, path))
        except MapFileError:
            continue  # a broken file is no template; the others are still offered
    return sorted(found)
