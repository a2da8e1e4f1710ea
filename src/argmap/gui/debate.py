"""Debate preparation in the editor: View > Sides, File > Export brief… and Go > Drill.

The content is the core's (:mod:`argmap.evaluation.sides`, :mod:`argmap.evaluation.brief`);
the files are written by :mod:`argmap.export.brief`. This controller only asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout, QMessageBox, QSpinBox, QWidget

from argmap.gui.canvas.scene import MapScene
from argmap.gui.docks.outline import Outline
from argmap.gui.document import Document

SIDES_SETTING = "view/sides"
FORMATS = (("Markdown", ".md"), ("Web page (HTML)", ".html"), ("Word document", ".docx"), ("PDF", ".pdf"))


_W = TypeVar("_W", bound=QObject)

def tr(text: str) -> str:
    return QCoreApplication.translate("Debate", text)

def named(widget: _W, name: str, **properties: object) -> _W:
    """``widget`` with an objectName (tests and screen readers find it) and Qt properties set (minimum, value, …)."""
    widget.setObjectName(name)
    for key, value in properties.items():
        widget.setProperty(key, value)
    return widget



@dataclass(frozen=True, slots=True)
class BriefOptions:
    side: str  # "for" or "against"
    minutes: float
    wpm: int
    suffix: str  # ".md", ".html", ".docx" or ".pdf"


class BriefDialog(QDialog):
    """Side, speech length, speaking rate and format of a brief."""

    def __init__(self, parent: QWidget | None = None, side: str = "for") -> None:
        super().__init__(parent)
        self.setObjectName("brief_dialog")
        self.setWindowTitle(tr("Export brief"))
        form = QFormLayout(self)
        self.side = named(QComboBox(), "brief_side")
        self.side.addItem(tr("For the main claim"), "for")
        self.side.addItem(tr("Against the main claim"), "against")
        self.side.setCurrentIndex(0 if side == "for" else 1)
        self.minutes = named(QDoubleSpinBox(), "brief_minutes", minimum=0.5, maximum=120.0, value=6.0, singleStep=0.5, suffix=tr(" min"))
        self.wpm = named(QSpinBox(), "brief_wpm", minimum=40, maximum=400, value=160, suffix=tr(" words/min"))
        self.format = named(QComboBox(), "brief_format")
        for name, suffix in FORMATS:
            self.format.addItem(f"{tr(name)} ({suffix})", suffix)
        self.format.setCurrentIndex(3)
        form.addRow(tr("&Side:"), self.side)
        form.addRow(tr("Speech &length:"), self.minutes)
        form.addRow(tr("Speaking &rate:"), self.wpm)
        form.addRow(tr("&Format:"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> BriefOptions:
        return BriefOptions(self.side.currentData(), self.minutes.value(), self.wpm.value(), self.format.currentData())


def ask_brief(parent: QWidget | None) -> BriefOptions | None:
    """The brief's options, or None when cancelled (a plain function: tests replace it)."""
    dialog = BriefDialog(parent)
    return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


class DebateController(QObject):
    def __init__(
        self, document: Document, scene: MapScene, outline: Outline, actions: dict[str, QAction], *,
        dialog_parent: QWidget, show_message: Callable[[str, int], None], parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document, self.scene, self.outline = document, scene, outline
        self.dialog_parent, self.show_message = dialog_parent, show_message
        self.sides_action = actions["show_sides"]
        self.sides_action.toggled.connect(self.set_sides)
        actions["export_brief"].triggered.connect(lambda _c=False: self.export_brief())
        actions["drill"].triggered.connect(lambda _c=False: self.drill())
        self.sides_action.setChecked(bool(QSettings().value(SIDES_SETTING, False, type=bool)))

    def set_document(self, document: Document) -> None:
        self.document = document

    def set_sides(self, on: bool) -> None:
        """Mark every statement FOR or AGAINST the main claim on the canvas and in the outline."""
        self.scene.set_sides_visible(on)
        self.outline.set_sides_visible(on)
        QSettings().setValue(SIDES_SETTING, on)

    def export_brief(self) -> Path | None:
        amap = self.document.amap
        if len(amap) == 0:
            QMessageBox.warning(self.dialog_parent, tr("Export brief"), tr("The map is empty: write a main claim first."))
            return None
        options = ask_brief(self.dialog_parent)
        if options is None:
            return None
        doc_path = self.document.path
        stem = doc_path.with_suffix("") if doc_path else Path(tr("brief"))
        start = str(stem.with_name(f"{stem.name}-{options.side}{options.suffix}"))
        name, _ = QFileDialog.getSaveFileName(self.dialog_parent, tr("Export brief"), start, f"{tr('Brief')} (*{options.suffix})")
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != options.suffix:
            path = path.with_name(path.name + options.suffix)
        from argmap.export import ExportError
        from argmap.export.brief import write_brief

        try:
            write_brief(amap, path, options.side, minutes=options.minutes, wpm=options.wpm)
        except (ExportError, OSError, ValueError) as exc:
            QMessageBox.critical(self.dialog_parent, tr("Cannot export brief"), str(exc))
            return None
        self.show_message(tr("Wrote the brief to %1").replace("%1", str(path)), 5000)
        return path

    def drill(self) -> QDialog | None:
        from argmap.gui.drill_dialog import DrillDialog

        if len(self.document.amap) == 0:
            QMessageBox.warning(self.dialog_parent, tr("Drill"), tr("The map is empty: there is nothing to practise."))
            return None
        dialog = DrillDialog(self.document.amap, self.dialog_parent)
        dialog.open()  # not modal for the app: the map stays visible behind it
        return dialog
