"""Write a big diagram's SVG on two cores: a forked copy of the process paints part of the boxes.

Painting thousands of boxes is Python work, so one process uses one core. For a big
headless export, the process forks once the diagram is built: the copy paints the last
boxes with its own :class:`~argmap.drawing.svg_painter.SvgPainter` and sends back what it
drew; meanwhile this process paints the arrows, the brackets and the first boxes. The
result is the same file, byte for byte, as painting everything here (class names come
from the styles themselves, and the pieces join in painting order).

Only where it is safe: Linux, a process with a single thread (the headless export; never
the editor), and a diagram big enough to gain. Whatever goes wrong with the copy (no
fork, a crash, no answer within a minute), this process paints those boxes itself.
"""

from __future__ import annotations

import pickle

from argmap.drawing.diagram import Diagram
from argmap.export.forking import collect, start_copy

#: Below this many boxes, forking costs more than it saves.
MIN_BOXES = 1500
#: Share of the boxes the copy paints: this process also paints every arrow.
COPY_SHARE = 0.65
#: How long to wait for the copy before painting its boxes here.
PATIENCE_S = 60.0


def paint_shared(diagram: Diagram, painter, source, target) -> None:
    """Paint ``diagram`` onto ``painter`` (an SvgPainter), with a forked copy doing part of the boxes."""
    split = len(diagram.boxes) - int(len(diagram.boxes) * COPY_SHARE)
    mine = Diagram(diagram.theme, diagram.title, diagram.description, diagram.boxes[:split], diagram.arrows, diagram.brackets)
    theirs = Diagram(diagram.theme, diagram.title, diagram.description, diagram.boxes[split:])

    def paint_theirs() -> bytes:  # in the copy
        painter.reset_drawing()
        theirs.paint(painter, source, target)
        return pickle.dumps(painter.drawing(), protocol=pickle.HIGHEST_PROTOCOL)

    copy = start_copy(paint_theirs)
    if copy is None:
        diagram.paint(painter, source, target)
        return
    pid, read_end = copy
    mine.paint(painter, source, target)
    drawing = _collect(read_end, pid)
    if drawing is None:
        theirs.paint(painter, source, target)
    else:
        painter.add(drawing)


def _collect(read_end: int, pid: int):
    """The copy's drawing, or None if it failed or took too long (it is then stopped)."""
    data = collect(read_end, pid, PATIENCE_S)
    if data is None:
        return None
    try:
        return pickle.loads(data)
    except Exception:  # a truncated answer: paint those boxes here
        return None
