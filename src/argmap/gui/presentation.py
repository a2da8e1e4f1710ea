"""Presentation mode: the map on the whole screen, revealed one statement at a time.

A window of its own (no docks, no toolbar, no menus) that paints the frames of
:class:`~argmap.drawing.presentation.Presentation`, the same frames the slide deck
(``argmap export MAP OUT.pdf --steps``) prints, and glides between them. Keys:
Space, →, ↓, Page Down next; ←, ↑, Backspace, Page Up back; Home, End; a number (then a
short pause or Enter) jumps to that reply of the main claim; B or . blanks the screen;
E shows strengths and statuses; C the teacher's comment on the statement just shown (comments are
hidden otherwise); T switches light and dark; O depth- or breadth-first; Esc leaves.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from argmap.drawing.diagram import Diagram, build_diagram
from argmap.drawing.presentation import PRESENT_FONT_PX, Frame, Presentation, paint_frame
from argmap.drawing.theme import FONT_FAMILIES, Theme
from argmap.model import ArgumentMap
from argmap.teaching.steps import Order, presentation_steps

#: How long the camera takes to glide to the next frame, ms.
GLIDE_MS = 450
#: After a digit, how long to wait for another before jumping (12 needs two keys).
DIGIT_PAUSE_MS = 700

NEXT_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_N}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp, Qt.Key.Key_P}


class PresentationWindow(QWidget):
    """Presents ``amap`` from its main claim; ``closed`` is emitted when the teacher leaves (Esc)."""

    closed = Signal()

    def __init__(self, amap: ArgumentMap, *, theme: str = "light", order: Order = "depth", evaluation: bool = False,
                 font_size: int = PRESENT_FONT_PX, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("%1 — presentation").replace("%1", amap.title))
        self.setAccessibleName(self.tr("Presentation of the map"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.amap = amap
        self.theme_name = theme
        self.order: Order = order
        self.evaluation = evaluation
        self.font_size = font_size
        self.blank = False
        self.show_comment = False
        self.step = 0
        self._digits = ""
        self._digit_timer = QTimer(self, singleShot=True, interval=DIGIT_PAUSE_MS)
        self._digit_timer.timeout.connect(self._jump_to_typed_branch)
        self._glide = QVariantAnimation(self)
        self._glide.setDuration(GLIDE_MS)
        self._glide.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._glide.valueChanged.connect(self._glided)
        self._source = QRectF()
        self._picture: tuple[int, Diagram] | None = None
        self.presentation = self._build()
        self._source = self.frame.source

    # ------------------------------------------------------------ what is shown
    def _build(self) -> Presentation:
        diagram = build_diagram(self.amap, Theme.named(self.theme_name, self.font_size), evaluation=self.evaluation)
        steps = presentation_steps(self.amap, self.order, only=diagram.ids())
        self._picture = None
        return Presentation(diagram, steps, aspect=self._aspect())

    def _aspect(self) -> float:
        return self.width() / self.height() if self.width() > 0 and self.height() > 0 else 16 / 9

    @property
    def frame(self) -> Frame:
        return self.presentation.frame(self.step)

    def shown_ids(self) -> tuple[str, ...]:
        """The statements on screen now (none while the screen is blank)."""
        return () if self.blank else self.frame.shown

    def step_count(self) -> int:
        return len(self.presentation)

    def _rebuild(self) -> None:
        """Theme, order or evaluation changed: the same step again, drawn anew (no glide)."""
        current = self.frame.current
        self.presentation = self._build()
        if current is not None and current in self.presentation.steps.ids:
            self.step = self.presentation.steps.ids.index(current)
        self.step = min(self.step, len(self.presentation) - 1)
        self._glide.stop()
        self._source = self.frame.source
        self.update()

    # ------------------------------------------------------------ moving
    def go_to(self, step: int) -> None:
        step = max(0, min(step, len(self.presentation) - 1))
        self.blank = False
        if step == self.step:
            self.update()
            return
        self.step = step
        self._glide.stop()
        self._glide.setStartValue(QRectF(self._source))
        self._glide.setEndValue(self.frame.source)
        self._glide.start()
        self.update()

    def next(self) -> None:
        self.go_to(self.step + 1)

    def back(self) -> None:
        self.go_to(self.step - 1)

    def jump_to_branch(self, number: int) -> bool:
        """Show the ``number``-th reply to the main claim (1-based); False when there is none."""
        step = self.presentation.branch_step(number)
        if step is None:
            return False
        self.go_to(step)
        return True

    def _jump_to_typed_branch(self) -> None:
        digits, self._digits = self._digits, ""
        if digits:
            self.jump_to_branch(int(digits))

    def _glided(self, value: object) -> None:
        if isinstance(value, QRectF):
            self._source = value
            self.update()

    # ------------------------------------------------------------ keys
    def event(self, event: QEvent) -> bool:
        # The editor's single-key shortcuts (arrows, letters) would otherwise fire while presenting:
        # claiming the key here makes Qt deliver it to keyPressEvent instead.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and not (
            event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self._digits += text
            self._digit_timer.start()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._digits:
            self._digit_timer.stop()
            self._jump_to_typed_branch()
        elif key in NEXT_KEYS:
            self.next()
        elif key in BACK_KEYS:
            self.back()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.presentation) - 1)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period, Qt.Key.Key_W):
            self.blank = not self.blank
            self.update()
        elif key == Qt.Key.Key_C:
            self.show_comment = not self.show_comment
            self.update()
        elif key == Qt.Key.Key_E:
            self.evaluation = not self.evaluation
            self._rebuild()
        elif key == Qt.Key.Key_T:
            self.theme_name = "dark" if self.theme_name == "light" else "light"
            self._rebuild()
        elif key == Qt.Key.Key_O:
            self.order = "breadth" if self.order == "depth" else "depth"
            self._rebuild()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        frame = self.frame
        if self._picture is None or self._picture[0] != frame.step:
            self._picture = (frame.step, self.presentation.picture(frame))
        paint_frame(painter, self.presentation, frame, self._source, QRectF(self.rect()), picture=self._picture[1],
                    blank=self.blank)
        if frame.step == 0 and not self.blank:
            self._paint_help(painter)
        comment = self.comment_shown()
        if comment:
            self._paint_comment(painter, comment)
        painter.end()

    def comment_shown(self) -> str:
        """The comment on screen: the current statement's, only after C."""
        current = self.frame.current
        if not self.show_comment or self.blank or current is None or current not in self.amap:
            return ""
        return self.amap.statement(current).comment.strip()

    def _paint_comment(self, painter: QPainter, comment: str) -> None:
        """The comment in a note at the bottom of the screen, over the map."""
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPixelSize(max(14, self.height() // 36))
        painter.setFont(font)
        margin = font.pixelSize()
        width = self.width() * 0.7
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        text = "✎ " + comment
        bounds = painter.fontMetrics().boundingRect(0, 0, round(width), 10_000, flags, text)
        note = QRectF((self.width() - width) / 2 - margin, self.height() - bounds.height() - 3 * margin,
                      width + 2 * margin, bounds.height() + 2 * margin)
        painter.setPen(QColor("#3d3200"))
        painter.setBrush(QColor("#fff4b8"))
        painter.drawRoundedRect(note, 8, 8)
        painter.drawText(note.adjusted(margin, margin, -margin, -margin), flags, text)

    def _paint_help(self, painter: QPainter) -> None:
        """On the first frame only: the keys, small, at the bottom."""
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPixelSize(max(11, self.height() // 60))
        painter.setFont(font)
        painter.setPen(QColor(self.presentation.diagram.theme.muted))
        text = self.tr("Space or → next · ← back · Home · End · 1-9 a branch · B blank · E strengths · C comment · "
                       "T theme · O order · Esc leave")
        area = QRectF(self.rect()).adjusted(0, 0, 0, -font.pixelSize())
        painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if abs(self.presentation.aspect - self._aspect()) > 1e-3:  # frames follow the screen's shape
            self.presentation = Presentation(self.presentation.diagram, self.presentation.steps, aspect=self._aspect())
            self._glide.stop()
            self._source = self.frame.source

    def closeEvent(self, event: QCloseEvent) -> None:
        self._glide.stop()
        self.closed.emit()
        super().closeEvent(event)
