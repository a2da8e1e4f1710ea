"""A presentation of a map: which boxes each step shows and where the camera looks.

The presentation window and the slide deck (``argmap export MAP OUT.pdf --steps``) both
draw with this module, from the one picture (:func:`~argmap.drawing.diagram.build_diagram`):
step ``k`` shows the statements revealed so far (the others are simply left out, so no
box moves between steps) and frames the current statement with as much of its branch
as stays readable: its parent, the siblings already shown and, when there is room, the
parent's parent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from argmap.drawing.diagram import Diagram
from argmap.drawing.geometry import Box
from argmap.drawing.theme import FONT_FAMILIES, Theme, tr
from argmap.teaching.steps import Steps

#: Statement text in a presentation, px (the editor's "Extra large"): it reads from the back of a room.
PRESENT_FONT_PX = 20
#: At most this many text heights fit across a frame (1,800 px at 20 px: at least 21 px text on a 1920 px screen,
#: 10.7 pt on a 16:9 slide page); a wider frame would make the text too small to read.
READABLE_WIDTH_EM = 90.0
#: At least this many across: a lone box is not blown up to fill the screen.
CLOSEST_WIDTH_EM = 30.0
FRAME_PAD = 40.0  # scene units around the framed boxes
CURRENT_RING = 5.0  # the ring round the statement just revealed, scene units


@dataclass(frozen=True, slots=True)
class Frame:
    """Step ``step`` of a presentation: the statements shown, the one just revealed, the scene area to show."""

    step: int
    shown: tuple[str, ...]
    current: str | None  # None on the closing overview
    source: QRectF


class Presentation:
    """The frames of one map's presentation, for a screen or page of ``aspect`` (width / height)."""

    def __init__(self, diagram: Diagram, steps: Steps, *, aspect: float = 16 / 9, overview: bool = True) -> None:
        self.diagram = diagram
        self.steps = steps
        self.aspect = aspect
        self.overview = overview and len(steps) > 1  # a last frame with the whole map
        self._boxes: dict[str, Box] = {b.id: (b.x, b.y, b.painting.w, b.painting.h) for b in diagram.boxes}

    def __len__(self) -> int:
        return len(self.steps) + (1 if self.overview else 0)

    def frame(self, k: int) -> Frame:
        k = max(0, min(k, len(self) - 1))
        if k >= len(self.steps):
            return Frame(k, self.steps.ids, None, self._fit(self.diagram.bounds(), limit=False))
        current = self.steps.ids[k]
        return Frame(k, self.steps.shown(k), current, self._focus(k, current))

    def picture(self, frame: Frame) -> Diagram:
        """The part of the diagram the frame shows (the boxes revealed so far and the arrows among them)."""
        return self.diagram.only(frame.shown)

    def branch_step(self, number: int) -> int | None:
        """The step that reveals the ``number``-th reply to the main claim (1-based), or None."""
        starts = self.steps.branch_starts()
        return starts[number - 1] if 1 <= number <= len(starts) else None

    # ------------------------------------------------------------ the camera
    def _focus(self, k: int, current: str) -> QRectF:
        parent = self.steps.parent.get(current)
        shown = set(self.steps.shown(k))
        candidates: list[list[str]] = []
        if parent is not None:
            siblings = [i for i, p in self.steps.parent.items() if p == parent and i in shown]
            grand = self.steps.parent.get(parent)
            if grand is not None:
                candidates.append([grand, parent, *siblings])
            candidates.append([parent, *siblings])
            candidates.append([parent, current])
        else:
            candidates.append([current])
        for ids in candidates:
            rect = self._fit(self._union(ids), limit=False)
            if rect.width() <= self._widest() + 0.5:
                return rect
        if parent is None:
            return self._fit(self._union([current]), limit=True)
        # The parent is too far to show both readably: the widest readable frame that holds the
        # new statement, moved as far toward the parent as it goes (its arrow points the way).
        return self._toward(self._union([current]), self._fit(self._union([parent, current]), limit=False))

    def _toward(self, box: QRectF, wanted: QRectF) -> QRectF:
        w = self._widest()
        h = w / self.aspect
        if box.width() + 2 * FRAME_PAD > w or box.height() + 2 * FRAME_PAD > h:
            return self._fit(box, limit=True)
        cx = min(max(wanted.center().x(), box.right() + FRAME_PAD - w / 2), box.left() - FRAME_PAD + w / 2)
        cy = min(max(wanted.center().y(), box.bottom() + FRAME_PAD - h / 2), box.top() - FRAME_PAD + h / 2)
        return QRectF(cx - w / 2, cy - h / 2, w, h)

    def _widest(self) -> float:
        return READABLE_WIDTH_EM * self.diagram.theme.text_px

    def _union(self, ids: Iterable[str]) -> QRectF:
        boxes = [self._boxes[i] for i in ids if i in self._boxes]
        if not boxes:
            return QRectF(0, 0, 1, 1)
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, y1 = max(b[0] + b[2] for b in boxes), max(b[1] + b[3] for b in boxes)
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def _fit(self, rect: QRectF, *, limit: bool) -> QRectF:
        """``rect`` with a margin, widened or heightened to the aspect, never closer than CLOSEST_WIDTH_EM
        (and, with ``limit``, never wider than the readable width: a box too big for it is shown from its top)."""
        closest = CLOSEST_WIDTH_EM * self.diagram.theme.text_px
        w = max(rect.width() + 2 * FRAME_PAD, (rect.height() + 2 * FRAME_PAD) * self.aspect, closest)
        top_aligned = False
        if limit and w > self._widest():
            w, top_aligned = self._widest(), True
        h = w / self.aspect
        cx, cy = rect.center().x(), rect.center().y()
        y = rect.top() - FRAME_PAD if top_aligned else cy - h / 2
        return QRectF(cx - w / 2, y, w, h)


def paint_frame(painter: QPainter, presentation: Presentation, frame: Frame, source: QRectF, target: QRectF, *,
                picture: Diagram | None = None, blank: bool = False, header: bool = True) -> None:
    """Draw one frame into ``target``: the background, the boxes shown (the area ``source`` of the scene,
    which the window animates between frames), a ring round the new statement and a header line
    with the map's title and the step number."""
    theme = presentation.diagram.theme
    painter.fillRect(target, theme.background)
    if blank:
        return
    picture = picture if picture is not None else presentation.picture(frame)
    area = target.adjusted(0, header_height(target), 0, 0) if header else target  # the header never covers a box
    painter.save()
    painter.setClipRect(area)
    picture.paint(painter, source, area, keep_aspect=True)
    if frame.current is not None and frame.current in presentation._boxes:
        _paint_ring(painter, presentation._boxes[frame.current], source, area, theme)
    painter.restore()
    if header:
        _paint_header(painter, presentation, frame, target, theme)


def header_height(target: QRectF) -> float:
    return 2.2 * _header_px(target)


def _header_px(target: QRectF) -> int:
    return max(10, round(target.height() / 42))


def _scale(source: QRectF, target: QRectF) -> tuple[float, float, float]:
    s = min(target.width() / source.width(), target.height() / source.height())
    dx = target.left() + (target.width() - source.width() * s) / 2 - source.left() * s
    dy = target.top() + (target.height() - source.height() * s) / 2 - source.top() * s
    return s, dx, dy


def _paint_ring(painter: QPainter, box: Box, source: QRectF, target: QRectF, theme: Theme) -> None:
    s, dx, dy = _scale(source, target)
    x, y, w, h = box
    ring = QRectF(x - CURRENT_RING, y - CURRENT_RING, w + 2 * CURRENT_RING, h + 2 * CURRENT_RING)
    screen = QRectF(ring.left() * s + dx, ring.top() * s + dy, ring.width() * s, ring.height() * s)
    pen = QPen(theme.highlight, max(2.0, 3.0 * s))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(screen, 10 * s, 10 * s)


def _paint_header(painter: QPainter, presentation: Presentation, frame: Frame, target: QRectF, theme: Theme) -> None:
    """The map's title on the left and "3 / 38" on the right, small, in the theme's muted colour."""
    px = _header_px(target)
    font = QFont()
    font.setFamilies([theme.font_family, *FONT_FAMILIES])
    font.setPixelSize(px)
    painter.setFont(font)
    band = QRectF(target.left() + px, target.top() + px * 0.6, target.width() - 2 * px, px * 1.6)
    painter.setPen(QColor(theme.muted))
    total = len(presentation)
    counter = tr("%1 / %2").replace("%1", str(frame.step + 1)).replace("%2", str(total))
    if frame.current is None:
        counter = tr("the whole map") + "  ·  " + counter
    painter.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), counter)
    title = painter.fontMetrics().elidedText(presentation.diagram.title, Qt.TextElideMode.ElideRight, round(band.width() * 0.7))
    painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
