"""File > Compare with model answer…: marks on the boxes and a dock with the teacher's numbers.

The comparison is :func:`argmap.teaching.compare.compare` (the same as ``argmap diff``), of the
map in the window (A, the student's) with a model answer read from a file (B). Each box gets a
mark (matched, misplaced: another parent, relation or kind, extra: not in the model answer);
the dock lists the model answer's statements that are missing, each with "Add it here" (under
the statement its parent matched, one undo step), and the coverage in numbers. The threshold
for "the same statement reworded" is shown and can be moved. Editing the map compares again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from argmap.gui.commands.statements import AddStatement
from argmap.io import MapFileError, load
from argmap.model import ArgumentMap
from argmap.teaching.compare import DEFAULT_THRESHOLD, MapDiff, compare

if TYPE_CHECKING:
    from argmap.gui.main_window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole
#: Colour-blind-safe marks (Okabe and Ito), each with a word as well: never colour alone.
MARKS = {
    "matched": (QColor("#0072b2"), "✓ in the model answer"),
    "misplaced": (QColor("#e69f00"), "↔ misplaced"),
    "extra": (QColor("#cc79a7"), "+ not in the model answer"),
}
MARK_Z = 50.0  # above boxes and arrows


def short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CompareMark(QGraphicsItem):
    """A coloured frame round one box with a small label above it; ignores the mouse."""

    def __init__(self, box: QRectF, status: str) -> None:
        super().__init__()
        self.box, self.status = box, status
        self.setZValue(MARK_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._font = QFont()
        self._font.setPixelSize(11)
        self._font.setBold(True)

    def boundingRect(self) -> QRectF:
        return self.box.adjusted(-40, -80, 40, 40)  # room for the label, which keeps its size on screen

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        color, label = MARKS[self.status]
        lod = max(0.05, option.levelOfDetailFromTransform(painter.worldTransform()))  # screen px per scene unit
        px = 1.0 / lod  # one screen pixel, in scene units: the marks read at any zoom
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        matched = self.status == "matched"
        width = (2.0 if matched else 4.0) * max(1.0, px)
        painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine if matched else Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        gap = 3 + width / 2
        painter.drawRoundedRect(self.box.adjusted(-gap, -gap, gap, gap), 10, 10)
        if matched:  # the usual case stays quiet: a thin frame, no word
            return
        font = QFont(self._font)
        font.setPixelSize(max(1, round(11 * max(1.0, px))))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        tag_w, tag_h = metrics.horizontalAdvance(label) + 10 * max(1.0, px), metrics.height() + 4 * max(1.0, px)
        tag = QRectF(self.box.right() + gap - tag_w, self.box.top() - gap - tag_h, tag_w, tag_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(tag, 3 * max(1.0, px), 3 * max(1.0, px))
        painter.setPen(QColor("#000000"))
        painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), label)


class ComparePanel(QWidget):
    """The dock's contents: the numbers, the threshold, the missing statements and the rest."""

    thresholdChanged = Signal(float)
    addRequested = Signal(str)  # a model answer's statement id
    statementChosen = Signal(str)  # a box of this map to select
    stopRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.summary.setObjectName("compare_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Same statement when texts are at least")))
        self.threshold = QSpinBox()
        self.threshold.setObjectName("compare_threshold")
        self.threshold.setAccessibleName(self.tr("Similarity threshold"))
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(round(DEFAULT_THRESHOLD))
        self.threshold.setToolTip(self.tr("How alike two texts must be (0 to 100) to count as one statement reworded"))
        self.threshold.valueChanged.connect(lambda v: self.thresholdChanged.emit(float(v)))
        row.addWidget(self.threshold)
        row.addWidget(QLabel(self.tr("alike")))
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("<b>Missing</b> (in the model answer, not in this map)")))
        self.missing = QListWidget()
        self.missing.setObjectName("compare_missing")
        self.missing.setAccessibleName(self.tr("Statements missing from this map"))
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing, 2)
        self.add_button = QPushButton(self.tr("Add it here"))
        self.add_button.setObjectName("compare_add")
        self.add_button.setToolTip(self.tr("Add the chosen statement where the model answer has it (one undo step)"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._add_chosen)
        self.missing.itemDoubleClicked.connect(lambda _item: self._add_chosen())
        self.missing.currentItemChanged.connect(lambda item, _old: self.add_button.setEnabled(item is not None))
        layout.addWidget(self.add_button)
        layout.addWidget(QLabel(self.tr("<b>Misplaced or extra</b> (click to select)")))
        self.others = QListWidget()
        self.others.setObjectName("compare_others")
        self.others.setAccessibleName(self.tr("Misplaced and extra statements"))
        self.others.setWordWrap(True)
        self.others.itemClicked.connect(lambda item: self.statementChosen.emit(item.data(ID_ROLE)))
        layout.addWidget(self.others, 1)
        stop = QPushButton(self.tr("Stop comparing"))
        stop.setObjectName("compare_stop")
        stop.clicked.connect(self.stopRequested.emit)
        layout.addWidget(stop)

    def _add_chosen(self) -> None:
        item = self.missing.currentItem()
        if item is not None:
            self.addRequested.emit(item.data(ID_ROLE))

    def show_diff(self, diff: MapDiff, model_name: str) -> None:
        n = diff.coverage()

        def percent(part: int, whole: int) -> str:
            return f"{round(100 * part / whole)} %" if whole else "-"

        self.summary.setText(self.tr(
            "<b>Model answer:</b> %1<br><b>Statements:</b> %2 of %3 (%4), %5 in the right place<br>"
            "<b>Links:</b> %6 of %7 (%8)<br><b>Not in the model answer:</b> %9")
            .replace("%1", model_name).replace("%2", str(n["statements_matched"])).replace("%3", str(n["statements"]))
            .replace("%4", percent(n["statements_matched"], n["statements"])).replace("%5", str(n["statements_in_place"]))
            .replace("%6", str(n["links_matched"])).replace("%7", str(n["links"]))
            .replace("%8", percent(n["links_matched"], n["links"])).replace("%9", str(n["extra_statements"])))
        current = self.missing.currentItem()
        chosen = current.data(ID_ROLE) if current is not None else None
        self.missing.clear()
        for i in diff.only_b:
            s = diff.b.statement(i)
            parent, _relation = diff.place_for(i)
            where = self.tr("under “%1”").replace("%1", short(diff.a.statement(parent).text, 40)) if parent else \
                self.tr("as a main claim")
            item = QListWidgetItem(f"{diff.b.statement(i).kind.value.upper()}: {short(s.text)}\n    {where}")
            item.setData(ID_ROLE, i)
            self.missing.addItem(item)
            if i == chosen:
                self.missing.setCurrentItem(item)
        self.add_button.setEnabled(self.missing.currentItem() is not None)
        self.others.clear()
        for i in diff.a.ids():
            status = diff.status(i)
            if status == "matched":
                continue
            label = self.tr("misplaced") if status == "misplaced" else self.tr("extra")
            item = QListWidgetItem(f"{label}: {short(diff.a.statement(i).text)}")
            item.setData(ID_ROLE, i)
            self.others.addItem(item)


class CompareController(QObject):
    """Compares the window's map with a model answer while the Compare dock is open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.model: ArgumentMap | None = None
        self.model_path: Path | None = None
        self.diff: MapDiff | None = None
        self.threshold = DEFAULT_THRESHOLD
        self.marks: dict[str, CompareMark] = {}
        self._watched: object = None
        self.panel = ComparePanel()
        self.dock = QDockWidget(self.tr("Compare with model answer"), window)
        self.dock.setObjectName("dock_compare")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._dock_visibility)
        self._again = QTimer(self, singleShot=True, interval=150)  # edits in a burst compare once
        self._again.timeout.connect(self.refresh)
        self.panel.thresholdChanged.connect(self.set_threshold)
        self.panel.addRequested.connect(self.add_missing)
        self.panel.statementChosen.connect(self._select)
        self.panel.stopRequested.connect(self.stop)
        window.scene.layoutChanged.connect(self._place_marks)
        window.action_map["compare"].triggered.connect(self.choose_model)

    # ------------------------------------------------------------ starting and stopping
    def choose_model(self) -> None:
        doc = self.window.document
        start = str(doc.path.parent) if doc.path else ""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Compare with model answer"), start,
                                              self.tr("argmap maps (*.json);;All files (*)"))
        if name:
            self.compare_with(name)

    def compare_with(self, path: str | Path) -> bool:
        try:
            model = load(path)
        except MapFileError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot compare"), str(exc))
            return False
        self.model, self.model_path = model, Path(path)
        document = self.window.document
        if self._watched is not document:  # compare again after each edit of the map in the window
            document.mapChanged.connect(self._schedule)
            self._watched = document
        self.dock.show()
        self.dock.raise_()
        self.refresh()
        return True

    def stop(self) -> None:
        self.model = None
        self.diff = None
        self._clear_marks()
        self.dock.hide()

    def _dock_visibility(self, visible: bool) -> None:
        if not visible and not self.dock.isVisible() and self.model is not None and not self.window.isMinimized():
            self.model = None  # the dock was closed: no more marks
            self.diff = None
            self._clear_marks()

    def _schedule(self, _change: object = None) -> None:
        if self.model is not None:
            self._again.start()

    def set_threshold(self, value: float) -> None:
        self.threshold = value
        if self.panel.threshold.value() != round(value):
            self.panel.threshold.setValue(round(value))
        self.refresh()

    # ------------------------------------------------------------ comparing
    def refresh(self) -> None:
        if self.model is None or self.model_path is None:
            return
        self.diff = compare(self.window.document.amap, self.model, threshold=self.threshold)
        self.panel.show_diff(self.diff, self.model_path.name)
        self._place_marks()

    def status_of(self, statement_id: str) -> str | None:
        """The mark a box shows ("matched", "misplaced", "extra"), or None when not comparing."""
        mark = self.marks.get(statement_id)
        return mark.status if mark is not None else None

    def add_missing(self, model_id: str) -> str | None:
        """Add the model answer's statement where it belongs in this map (one undo step); returns the new id."""
        if self.diff is None or model_id not in self.diff.only_b:
            return None
        s = self.diff.b.statement(model_id)
        parent, relation = self.diff.place_for(model_id)
        command = AddStatement(self.window.document.amap, s.kind, s.text, parent=parent, relation=relation if parent else None)
        if not self.window.document.execute(command):
            return None
        self.refresh()
        if command.new_id is not None:
            self._select(command.new_id)
        return command.new_id

    def _select(self, statement_id: str) -> None:
        self.window.scene.select_ids([statement_id], focus=False)
        self.window.view.ensure_visible(statement_id)

    # ------------------------------------------------------------ marks on the boxes
    def _clear_marks(self) -> None:
        scene = self.window.scene
        for mark in self.marks.values():
            if isValid(mark) and mark.scene() is scene:  # a new map in the window clears the scene, marks too
                scene.removeItem(mark)
        self.marks.clear()

    def _place_marks(self) -> None:
        self._clear_marks()
        if self.diff is None:
            return
        scene = self.window.scene
        for i in self.diff.a.ids():
            item = scene.item_for(i)
            if item is None or not item.isVisible():
                continue
            mark = CompareMark(item.scene_box(), self.diff.status(i))
            scene.addItem(mark)
            self.marks[i] = mark
