"""``argmap export MAP OUT.pdf --steps``: the presentation as a slide deck, one 16:9 page per step.

The pages are the frames of :class:`~argmap.drawing.presentation.Presentation`, painted by
the same :func:`~argmap.drawing.presentation.paint_frame` as the presentation window, so a
class without a projector for the app sees the same sequence on paper or in a PDF viewer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from argmap.export.errors import ExportError, said
from argmap.export.render import SLIDE_POINTS, check_writable, ensure_app, write_bytes

if TYPE_CHECKING:
    from argmap.model import ArgumentMap


def export_steps(
    amap: ArgumentMap,
    path: str | Path,
    *,
    theme: str = "light",
    order: str = "depth",
    evaluation: bool = False,
    font_size: int | None = None,
    arrangement: str | None = None,
) -> int:
    """Write the presentation of ``amap`` as a PDF of 16:9 pages; returns the number of pages.

    ``order`` is "depth" (a reply's own replies right after it) or "breadth"; ``evaluation``
    shows strengths and marks defeated statements; ``font_size`` defaults to the presentation's 20 px.
    """
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ExportError(path, said("steps are written as a PDF slide deck: give a file name ending in .pdf"))
    check_writable(path)
    ensure_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.presentation import PRESENT_FONT_PX, Presentation, paint_frame
    from argmap.drawing.theme import Theme
    from argmap.teaching.steps import presentation_steps

    try:
        chosen = Theme.named(theme, font_size or PRESENT_FONT_PX)
        diagram = build_diagram(amap, chosen, evaluation=evaluation, arrangement=arrangement)
        steps = presentation_steps(amap, order, only=diagram.ids())  # type: ignore[arg-type]
    except ValueError as exc:
        raise ExportError(path, str(exc)) from None
    if not len(steps):
        raise ExportError(path, said("the map is empty: there is nothing to present"))
    presentation = Presentation(diagram, steps, aspect=SLIDE_POINTS[0] / SLIDE_POINTS[1])

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)  # into memory, then written atomically: a failed export keeps the old file
    writer.setTitle(amap.title)
    writer.setCreator("argmap")
    writer.setResolution(144)
    upright = QSizeF(SLIDE_POINTS[1], SLIDE_POINTS[0])  # page sizes are upright; landscape turns it into 16:9
    size = QPageSize(upright, QPageSize.Unit.Point, "Slide 16:9", QPageSize.SizeMatchPolicy.ExactMatch)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(path, said("could not write the PDF file"))
    target = QRectF(painter.viewport())
    for k in range(len(presentation)):
        if k:
            writer.newPage()
        frame = presentation.frame(k)
        paint_frame(painter, presentation, frame, frame.source, target)
    painter.end()
    del writer  # the PDF is complete only once the writer is gone
    buffer.close()
    write_bytes(path, bytes(data.data()))
    return len(presentation)
