"""Argument schemes in the editor: mark a reason as a scheme's instance, see its critical questions, raise one.

Statement > Mark as scheme… (Ctrl+Shift+M, also in the palette) sets the scheme of the selected
reason (every link of a linked reason). The Critical questions dock (View, Ctrl+Shift+Q) shows
the reason's scheme, its premises' roles, its reference and each critical question, open or
raised; Q (or the dock's button) turns the chosen open question, else the first, into an
objection against the reason's premise: one undo step. Open questions are also findings.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from itertools import compress
from operator import attrgetter, is_not
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGraphicsItem,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from argmap.gui.commands.base import MapCommand
from argmap.gui.commands.recorder import Recorder
from argmap.model import ArgumentMap, EdgeAdded, EdgeChanged, EdgeRemoved, Kind, Relation
from argmap.model.schemes import CriticalQuestion, Reason, catalogue, find_scheme, open_questions, raised, reason_of, reasons

if TYPE_CHECKING:
    from argmap.gui.main_window import MainWindow

KEY_ROLE = Qt.ItemDataRole.UserRole
_SCHEME = attrgetter("scheme")
_NOT_NONE = partial(is_not, None)


def catalogue_text(text: str) -> str:
    """A scheme's name, premise, role, conclusion or critical question (resources/schemes.json) in the
    interface's language: update.py files the catalogue's texts under the context "Schemes"."""
    return QCoreApplication.translate("Schemes", text)


class SetScheme(MapCommand):
    """Mark the reason of ``statement_id`` (all its co-premises' links) as an instance of ``scheme`` (None: unmark)."""

    def __init__(self, amap: ArgumentMap, statement_id: str, scheme: str | None) -> None:
        found = find_scheme(scheme)
        name = found.name.lower() if found else None
        super().__init__(amap, f"Mark as {name}" if name else "Unmark scheme")
        parent = amap.parents(statement_id)[0]
        link = amap.link(statement_id, parent)
        members = amap.groups(parent).get(link.group, [statement_id]) if link.group else [statement_id]
        self.keys = [(m, parent) for m in members]
        self.scheme = scheme

    def apply(self, rec: Recorder) -> None:
        for source, target in self.keys:
            rec.update_link(source, target, scheme=self.scheme)


class RaiseQuestion(MapCommand):
    """An objection against a reason's premise that asks one of its scheme's critical questions."""

    def __init__(self, amap: ArgumentMap, premise: str, question: CriticalQuestion) -> None:
        super().__init__(amap, "Raise critical question")
        self.premise, self.question = premise, question
        self.new_id: str | None = None

    def apply(self, rec: Recorder) -> None:
        if self.new_id is None:
            self.new_id = self.amap.new_id("q")
        rec.add(Kind.OBJECTION, self.question.text, parent=self.premise, relation=Relation.ATTACK, id=self.new_id,
                question=self.question.key)


class PromptBadge(QGraphicsItem):
    """Under a marked reason's box: its scheme and how many critical questions are open; the questions as tooltip.

    A canvas item, not part of the map's picture: exports and presentations do not show it.
    """

    def __init__(self, box: QRectF, text: str, questions: list[CriticalQuestion]) -> None:
        super().__init__()
        self.text = text
        self.setPos(box.left() + 6, box.bottom() + 2)
        self.setZValue(45.0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip("\n".join(f"? {catalogue_text(q.text)}" for q in questions) or text)
        self._font = QFont()
        self._font.setPixelSize(10)
        self._font.setItalic(True)
        self._width = 8 + 6.2 * len(text)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width + 2, 16)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font)
        width = painter.fontMetrics().horizontalAdvance(self.text) + 10
        painter.setPen(QPen(QColor("#5b6470"), 1.0, Qt.PenStyle.DashLine))
        painter.setBrush(QColor("#fffbe6"))
        painter.drawRoundedRect(QRectF(0, 0, width, 15), 7, 7)
        painter.setPen(QColor("#3d3200"))
        painter.drawText(QRectF(5, 0, width - 5, 15), int(Qt.AlignmentFlag.AlignVCenter), self.text)


class QuestionsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("critical_questions")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel()
        self.heading.setObjectName("questions_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        self.questions = QListWidget()
        self.questions.setObjectName("questions_list")
        self.questions.setAccessibleName(self.tr("Critical questions of the selected reason"))
        self.questions.setWordWrap(True)
        layout.addWidget(self.questions, 1)
        self.raise_button = QPushButton(self.tr("Raise as objection (Q)"))
        self.raise_button.setObjectName("questions_raise")
        layout.addWidget(self.raise_button)

    def chosen_key(self) -> str | None:
        item = self.questions.currentItem()
        return item.data(KEY_ROLE) if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled else None


class SchemeController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = QuestionsPanel()
        self.dock = QDockWidget(self.tr("Critical questions"), window)
        self.dock.setObjectName("dock_questions")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        a = window.action_map
        a["set_scheme"].triggered.connect(self.choose_scheme)
        a["raise_question"].triggered.connect(lambda: self.raise_question())
        a["show_questions"].toggled.connect(self._show_dock)
        self.dock.visibilityChanged.connect(lambda _v: a["show_questions"].setChecked(not self.dock.isHidden()))
        self.panel.raise_button.clicked.connect(lambda: self.raise_question())
        window.scene.selectionChanged.connect(self.refresh)
        self._watched: object = None
        self.badges: dict[str, PromptBadge] = {}
        #: (source, target) of the links marked with a scheme; None: not read yet. With none (most maps),
        #: an edit reads no link for the badges (all of them, sorted, cost 25-40 ms at 10,000 statements).
        self._marked: set[tuple[str, str]] | None = None
        self._again = QTimer(self, singleShot=True, interval=0)
        self._again.timeout.connect(self._after_change)
        window.scene.layoutChanged.connect(self._again.start)
        self.inspector_box = self._add_inspector_row()
        window.scene.selectionChanged.connect(self._show_in_inspector)

    # ------------------------------------------------------------ the Inspector's Scheme row
    def _add_inspector_row(self) -> QComboBox | None:
        """A "Scheme" row at the end of the Inspector's form, for the selected reason."""
        form = self.window.inspector.form_widget.layout()
        if not isinstance(form, QFormLayout):
            return None
        box = QComboBox()
        box.setObjectName("inspector_scheme")
        box.setAccessibleName(self.tr("Argument scheme of this reason"))
        box.setToolTip(self.tr("The argument scheme this reason is an instance of; its critical questions become prompts"))
        box.addItem(self.tr("(no scheme)"), None)
        for scheme in catalogue().values():
            box.addItem(catalogue_text(scheme.name), scheme.id)
        box.activated.connect(self._scheme_chosen_in_inspector)
        form.addRow(self.tr("Sc&heme"), box)
        return box

    def _show_in_inspector(self) -> None:
        box = self.inspector_box
        if box is None:
            return
        amap = self.window.document.amap
        chosen = self.selected_reason()
        parents = amap.parents(chosen[0]) if chosen else []
        usable = bool(parents) and chosen is not None and amap.link(chosen[0], parents[0]).relation == Relation.SUPPORT
        box.setEnabled(usable)
        scheme = find_scheme(chosen[1].scheme) if chosen and chosen[1] else None
        box.setCurrentIndex(box.findData(scheme.id) if scheme else 0)

    def _scheme_chosen_in_inspector(self, index: int) -> None:
        chosen = self.selected_reason()
        box = self.inspector_box
        if chosen is None or box is None or not self.window.document.amap.parents(chosen[0]):
            return
        self._follow_document()
        self.window.document.execute(SetScheme(self.window.document.amap, chosen[0], box.itemData(index)))
        self.refresh()

    def _show_dock(self, on: bool) -> None:
        self.dock.setVisible(on)
        if on:
            self.dock.raise_()
            self.refresh()

    def _follow_document(self) -> None:
        document = self.window.document
        if self._watched is not document:
            document.mapChanged.connect(self._map_changed)
            self._watched = document
            self._marked = None

    def _map_changed(self, change: object) -> None:
        marked = self._marked
        if marked is not None:  # the links marked with a scheme, kept from the events (not read per edit)
            if isinstance(change, EdgeAdded | EdgeRemoved):
                marked.discard(change.link.key)
                if isinstance(change, EdgeAdded) and change.link.scheme is not None:
                    marked.add(change.link.key)
            elif isinstance(change, EdgeChanged):
                marked.discard(change.old.key)
                if change.new.scheme is not None:
                    marked.add(change.new.key)
        self._again.start()  # later: in the middle of a change the scene may still hold a removed statement

    def map_shown(self) -> None:
        """The window shows another map: placed for it at the next turn of the event loop."""
        self._again.start()

    def _after_change(self) -> None:
        self.refresh()
        self._show_in_inspector()
        self.place_badges()

    def selected_reason(self) -> tuple[str, Reason | None] | None:
        """The selected statement and the marked reason it is a premise of (None when unmarked)."""
        ids = self.window.scene.selected_ids()
        if len(ids) != 1 or ids[0] not in self.window.document.amap:
            return None
        return ids[0], reason_of(self.window.document.amap, ids[0])

    def choose_scheme(self) -> bool:
        """Statement > Mark as scheme: the scheme of the selected reason, from the catalogue (or none)."""
        amap = self.window.document.amap
        chosen = self.selected_reason()
        if chosen is None or not amap.parents(chosen[0]):
            self.window.statusBar().showMessage(self.tr("Select one reason (a statement that supports another) first"), 5000)
            return False
        statement_id, reason = chosen
        if amap.link(statement_id, amap.parents(statement_id)[0]).relation != Relation.SUPPORT:
            self.window.statusBar().showMessage(self.tr("Schemes are for reasons: this statement attacks"), 5000)
            return False
        schemes = list(catalogue().values())
        names = [self.tr("(no scheme)")] + [catalogue_text(s.name) for s in schemes]
        current = find_scheme(reason.scheme) if reason else None
        start = schemes.index(current) + 1 if current in schemes else 0
        label, ok = QInputDialog.getItem(self.window, self.tr("Mark as scheme"), self.tr("This reason is an instance of:"),
                                         names, start, False)
        if not ok:
            return False
        scheme = schemes[names.index(label) - 1].id if label in names[1:] else None
        self._follow_document()
        done = self.window.document.execute(SetScheme(amap, statement_id, scheme))
        if done and scheme is not None:
            self.dock.show()
            self.dock.raise_()
        self.refresh()
        return done

    def raise_question(self, key: str | None = None) -> str | None:
        """Turn the chosen (else the first) open critical question of the selected reason into an objection."""
        chosen = self.selected_reason()
        reason = chosen[1] if chosen is not None else None
        if chosen is None or reason is None:
            self.window.statusBar().showMessage(self.tr("Select a reason marked with a scheme (Ctrl+Shift+M) first"), 5000)
            return None
        statement_id = chosen[0]
        amap = self.window.document.amap
        questions = open_questions(amap, reason)
        key = key or self.panel.chosen_key()
        question = next((q for q in questions if q.key == key), questions[0] if questions else None)
        if question is None:
            self.window.statusBar().showMessage(self.tr("Every critical question of this reason is raised"), 5000)
            return None
        premise = statement_id if statement_id in reason.premises else reason.premises[0]
        command = RaiseQuestion(amap, premise, replace(question, text=catalogue_text(question.text)))  # the objection in the UI's language
        self._follow_document()
        if not self.window.document.execute(command):
            return None
        self.refresh()
        return command.new_id

    def refresh(self) -> None:
        panel = self.panel
        if not self.dock.isVisible():
            return
        panel.questions.clear()
        chosen = self.selected_reason()
        reason = chosen[1] if chosen else None
        scheme = find_scheme(reason.scheme) if reason else None
        if reason is None or scheme is None:
            panel.heading.setText(self.tr("Select a reason marked with a scheme (Statement > Mark as scheme…, "
                                          "Ctrl+Shift+M) to see its critical questions."))
            panel.raise_button.setEnabled(False)
            return
        amap = self.window.document.amap
        roles = "".join(f"<li><i>{catalogue_text(p.role.replace('_', ' '))}</i>: {catalogue_text(p.text)}</li>" for p in scheme.premises)
        so = self.tr("so")
        panel.heading.setText(f"<b>{catalogue_text(scheme.name)}</b><ul>{roles}</ul><i>{so}</i> {catalogue_text(scheme.conclusion)}"
                              f"<br><small>{scheme.reference}</small>")
        done = raised(amap, reason)
        for q in scheme.questions:
            item = QListWidgetItem(("✓ " if q.key in done else "? ") + catalogue_text(q.text))
            item.setData(KEY_ROLE, q.key)
            if q.key in done:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Raised by an objection in the map"))
            panel.questions.addItem(item)
        panel.raise_button.setEnabled(len(done) < len(scheme.questions))

    def place_badges(self) -> None:
        """A prompt badge under the first premise of each marked reason that has open questions."""
        self._follow_document()
        scene, amap = self.window.scene, self.window.document.amap
        for badge in self.badges.values():
            if isValid(badge) and badge.scene() is scene:
                scene.removeItem(badge)
        self.badges.clear()
        if self._marked is None:
            # the links as held, those with a scheme picked in C: the map's sorted link list cost 40 ms at 50,000
            # statements (the first edit), a Python loop over the adjacency 18 ms, this 8.5 ms
            links = amap.held_links()
            self._marked = {link.key for link in compress(links, map(_NOT_NONE, map(_SCHEME, links)))}
        if not self._marked:
            return
        for reason in reasons(amap):
            scheme = find_scheme(reason.scheme)
            box = scene.item_for(reason.premises[0])
            if scheme is None or box is None or not box.isVisible():
                continue
            questions = open_questions(amap, reason)
            count = len(questions)
            if count == 1:  # (the English forms written out: no English catalogue gives "%n ... (s)" its plural)
                text = self.tr("%1 · 1 open question")
            elif count:
                text = self.tr("%1 · %n open questions", "", count)
            else:
                text = self.tr("%1 · every question raised")
            text = text.replace("%1", catalogue_text(scheme.name).lower())
            badge = PromptBadge(box.scene_box(), text, questions)
            scene.addItem(badge)
            self.badges[reason.premises[0]] = badge
