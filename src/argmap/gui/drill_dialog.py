"""Go > Drill: the other side's arguments one at a time, our answers hidden until asked, a tally.

Keyboard: Space shows our answers, Y "I had it", N "I missed it", S skips, Esc closes.
An answer counts as in time when "had it" is pressed within the time limit.
"""

from __future__ import annotations

from html import escape
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from argmap.evaluation.brief import Block, NoMainClaim, build_brief
from argmap.evaluation.drill import DEFAULT_SECONDS, Drill
from argmap.evaluation.speech import clock
from argmap.model import ArgumentMap

_W = TypeVar("_W", bound=QObject)

def tr(text: str) -> str:
    return QCoreApplication.translate("Drill", text)


def tally(drill: Drill) -> str:
    """"3 of 5 answered in time" in the interface's language (Drill.tally() is the English one)."""
    return tr("%1 of %2 answered in time").replace("%1", str(drill.in_time)).replace("%2", str(len(drill.attempts)))

def named(widget: _W, name: str, **properties: object) -> _W:
    """``widget`` with an objectName (tests and screen readers find it) and Qt properties set (minimum, value, …)."""
    widget.setObjectName(name)
    for key, value in properties.items():
        widget.setProperty(key, value)
    return widget



class DrillDialog(QDialog):
    def __init__(self, amap: ArgumentMap, parent: QWidget | None = None, *, side: str = "for") -> None:
        super().__init__(parent)
        self.setObjectName("drill_dialog")
        self.setWindowTitle(tr("Drill: answer the other side"))
        self.resize(620, 460)
        self.amap = amap
        self.side = named(QComboBox(), "drill_side")
        self.side.addItem(tr("We argue for the main claim"), "for")
        self.side.addItem(tr("We argue against the main claim"), "against")
        self.side.setCurrentIndex(0 if side == "for" else 1)
        self.limit = named(QSpinBox(), "drill_limit", minimum=5, maximum=600, value=int(DEFAULT_SECONDS), suffix=tr(" s each"))
        self.progress = named(QLabel(), "drill_progress")
        self.argument = named(QLabel(), "drill_argument", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.answers = named(QLabel(), "drill_answers", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.answers.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.tally = named(QLabel(), "drill_tally")
        for label in (self.argument, self.answers):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = named(QPushButton(tr("Show our answers (Space)")), "drill_reveal")
        self.had_button = named(QPushButton(tr("I had it (Y)")), "drill_had")
        self.missed_button = named(QPushButton(tr("I missed it (N)")), "drill_missed")
        self.skip_button = named(QPushButton(tr("Skip (S)")), "drill_skip")
        self.restart_button = named(QPushButton(tr("Start again (R)")), "drill_restart")
        self.keys = {
            Qt.Key.Key_Space: self.reveal, Qt.Key.Key_Y: lambda: self.mark(True), Qt.Key.Key_N: lambda: self.mark(False),
            Qt.Key.Key_S: self.skip, Qt.Key.Key_R: self.restart,
        }
        # The keys go to the dialog itself (keyPressEvent), whatever was clicked last: nothing else takes focus by Tab.
        for widget in (self.reveal_button, self.had_button, self.missed_button, self.skip_button, self.restart_button,
                       self.side, self.limit):
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            if isinstance(widget, QPushButton):
                widget.setAutoDefault(False)
                widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reveal_button.clicked.connect(self.reveal)
        self.had_button.clicked.connect(lambda: self.mark(True))
        self.missed_button.clicked.connect(lambda: self.mark(False))
        self.skip_button.clicked.connect(self.skip)
        self.restart_button.clicked.connect(self.restart)
        self.side.currentIndexChanged.connect(lambda _i: self.restart())
        self.limit.valueChanged.connect(lambda value: setattr(self.drill, "limit", float(value)))

        top = QHBoxLayout()
        top.addWidget(self.side, 1)
        top.addWidget(self.limit)
        buttons = QHBoxLayout()
        for button in (self.reveal_button, self.had_button, self.missed_button, self.skip_button, self.restart_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.argument)
        layout.addWidget(self.answers, 1)
        layout.addWidget(self.tally)
        layout.addLayout(buttons)

        self.clock = QElapsedTimer()
        self.ticker = QTimer(self, interval=250)
        self.ticker.timeout.connect(self._show_progress)
        self.drill: Drill = Drill([])
        self.main_id = ""
        self.answered_after: float | None = None  # seconds to the reveal of the current argument
        self.restart()

    def keyPressEvent(self, event) -> None:
        action = self.keys.get(Qt.Key(event.key())) if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier else None
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    # ------------------------------------------------------------ the drill
    def restart(self) -> None:
        try:
            brief = build_brief(self.amap, self.side.currentData())
        except NoMainClaim:  # every statement bears on another: nobody to argue for or against
            self.main_id, self.drill = "", Drill([], float(self.limit.value()))
        else:
            self.main_id = brief.main_id  # an argument against it is "against the motion", said in the interface's language
            self.drill = Drill.of(brief, float(self.limit.value()))
        self._show()

    def elapsed(self) -> float:
        return self.clock.elapsed() / 1000 if self.clock.isValid() else 0.0

    def reveal(self) -> None:
        if not self.drill.revealed:
            self.answered_after = self.elapsed()  # the answer was given aloud before looking: the clock stops here
        self.drill.reveal()
        self._show(restart_clock=False)

    def mark(self, had_it: bool) -> None:
        seconds = self.answered_after if self.drill.revealed and self.answered_after is not None else self.elapsed()
        self.drill.mark(had_it, seconds)
        self._show()

    def skip(self) -> None:
        self.drill.skip()
        self._show()

    # ------------------------------------------------------------ showing
    def _show(self, *, restart_clock: bool = True) -> None:
        drill, block = self.drill, self.drill.current
        self.setFocus()  # after a click on the side or the limit, the keys work again
        if restart_clock:
            self.clock.restart()
            self.answered_after = None
        self.tally.setText(tally(drill))
        for button in (self.reveal_button, self.had_button, self.missed_button, self.skip_button):
            button.setEnabled(block is not None)
        self.reveal_button.setEnabled(block is not None and not drill.revealed)
        if block is None:
            self.ticker.stop()
            self.progress.setText(tr("Done"))
            self.argument.setText(self._summary())
            self.answers.setText("")
            return
        self.ticker.start()
        self._show_progress()
        self.argument.setText(
            f"<p><b>{escape(tr('They say:'))} {escape(block.against.heading)}</b></p><p>{escape(block.against.text)}</p>"
            f"<p><i>{escape(tr('Against:'))} {escape(tr('the motion') if block.target == self.main_id else block.target_heading)}</i></p>")
        self.answers.setText(_answers_html(block) if drill.revealed else f"<i>{escape(tr('Answer aloud, then press Space.'))}</i>")

    def _show_progress(self) -> None:
        drill = self.drill
        if drill.done:
            return
        left = drill.limit - self.elapsed()
        time = tr("%1 left").replace("%1", clock(left)) if left >= 0 else tr("time is up")
        self.progress.setText(tr("Argument %1 of %2").replace("%1", str(drill.index + 1)).replace("%2", str(len(drill.blocks)))
                              + f"  ·  {time}")

    def _summary(self) -> str:
        drill = self.drill
        if not drill.blocks:
            return f"<p>{escape(tr('The other side has no argument against us on this map.'))}</p>"
        parts = [f"<p><b>{escape(tally(drill))}</b></p>"]
        missed = drill.missed()
        if missed:
            parts.append(f"<p>{escape(tr('Practise again:'))}</p><ul>")
            parts += [f"<li>{escape(b.against.heading)}</li>" for b in missed]
            parts.append("</ul>")
        return "".join(parts)


def _answers_html(block: Block) -> str:
    if not block.answers:
        return f"<p><b>{escape(tr('No prepared answer yet.'))}</b> {escape(tr('Add a rebuttal to this argument on the map.'))}</p>"
    parts = [f"<p><b>{escape(tr('Our answers:'))}</b></p><ol>"]
    for answer in block.answers:
        parts.append(f"<li>{escape(answer.text)}")
        for card in answer.cards:
            cite = f" ({escape(card.citation)})" if card.citation else ""
            parts.append(f"<br><i>{escape(card.quote or card.text)}</i>{cite}")
        parts.append("</li>")
    parts.append("</ol>")
    return "".join(parts)
