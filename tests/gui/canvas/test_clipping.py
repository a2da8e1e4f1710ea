"""A long arrow is painted as its part in view only: the same line, where the whole one would be."""

from __future__ import annotations

from itertools import pairwise

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsScene

from argmap.gui.canvas.clipping import needs_clipping, visible_lines, visible_part

AREA = QRectF(50_000, -200, 1600, 1000)


def cubic(p0, c1, c2, p3) -> QPainterPath:
    path = QPainterPath(QPointF(*p0))
    path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*p3))
    return path


#: A tree arrow into a main claim far along a wide map: a stem, then an S-curve 55,000 units long.
TREE = QPainterPath(QPointF(80_000, 420))
TREE.lineTo(80_000, 400)
TREE.cubicTo(52_000, 400, 52_000, 300, 24_000, 300)
#: A cross-link arcing over the map.
ARC = cubic((10_000, 700), (30_000, -300), (70_000, -300), (90_000, 700))


def on_curve(path: QPainterPath, point: QPointF, tolerance: float) -> bool:
    """True when ``point`` lies within ``tolerance`` of ``path``: the nearest of dense samples, then refined."""

    def distance(t: float) -> float:
        p = path.pointAtPercent(min(1.0, max(0.0, t)))
        return ((p.x() - point.x()) ** 2 + (p.y() - point.y()) ** 2) ** 0.5

    n = 4000
    t = min((i / n for i in range(n + 1)), key=distance)
    step = 1 / n
    for _ in range(40):  # golden-free refinement: halve the step around the best sample
        t = min((t - step, t, t + step), key=distance)
        step /= 2
    return distance(t) <= tolerance


@pytest.mark.parametrize("path", [TREE, ARC], ids=["tree arrow", "cross-link"])
def test_the_part_in_view_is_the_same_line_and_all_of_it_that_is_in_view(path):
    assert needs_clipping(path.boundingRect(), AREA)
    part = visible_part(path, AREA)
    assert not part.isEmpty()
    # little of it lies outside the area (the pieces that cross its edges are at most two areas long) ...
    assert part.boundingRect().width() <= 5 * AREA.width()
    # ... every point of it is on the line ...
    for i in range(0, 101, 5):
        assert on_curve(path, part.pointAtPercent(i / 100), 0.5)
    # ... and every point of the line within the area is on it
    for i in range(0, 2001):
        p = path.pointAtPercent(i / 2000)
        if AREA.contains(p):
            assert on_curve(part, p, 0.5)


def test_a_line_is_clipped_exactly_and_keeps_its_corners():
    path = QPainterPath(QPointF(0, 0))
    path.lineTo(51_000, 0)
    path.lineTo(51_000, 300)
    path.lineTo(99_000, 300)
    part = visible_part(path, AREA)
    points = [(part.elementAt(i).x, part.elementAt(i).y) for i in range(part.elementCount())]
    assert points == [(50_000, 0), (51_000, 0), (51_000, 300), (51_600, 300)]


def test_nothing_in_view_gives_nothing():
    assert visible_part(cubic((0, 5000), (100, 5000), (200, 5000), (90_000, 5000)), AREA).isEmpty()
    assert visible_lines(cubic((0, 5000), (100, 5000), (200, 5000), (90_000, 5000)), AREA, 1.0) == ([], False)


#: A tree arrow as the layout draws them into a main claim: straight up out of the reason, a long flat run, and
#: straight up into the claim (the bends are tight: most of the straight pieces are there).
ELBOW = QPainterPath(QPointF(50_026, 247))
ELBOW.lineTo(50_026, 227)
ELBOW.cubicTo(50_026, 200.6, 66_977, 200.6, 66_977, 185)


@pytest.mark.parametrize("zoom", [1.0, 0.5, 2.0, 8.0])
@pytest.mark.parametrize(("path", "area"), [(TREE, AREA), (ELBOW, AREA), (ARC, AREA), (ELBOW, QRectF(66_500, 0, 800, 500))],
                         ids=["tree arrow", "elbow", "cross-link", "elbow's end"])
def test_the_lines_stay_within_an_eighth_of_a_screen_pixel_of_the_curve(zoom, path, area):
    lines, _ = visible_lines(path, area, zoom)
    assert lines
    for line in lines[:: max(1, len(lines) // 40)]:
        for f in (0.0, 0.5, 1.0):
            assert on_curve(path, line.pointAt(f), 0.125 / zoom + 0.01)
    # the lines join up where the curve is in the area: no gap
    inside = [line for line in lines if area.contains(line.p1()) and area.contains(line.p2())]
    assert all(a.p2() == b.p1() for a, b in pairwise(inside))


def test_a_curve_in_view_is_drawn_with_few_straight_pieces():
    """The pieces are about as few as the eighth of a pixel allows (a pixel's worth of curve each, or longer)."""
    lines, _ = visible_lines(ELBOW, QRectF(49_800, 0, 1600, 1000), 1.0)
    assert 20 <= len(lines) <= 300


def test_an_end_in_view_is_reported():
    area = QRectF(79_500, 0, 1600, 1000)
    assert visible_lines(TREE, area, 1.0)[1]


def centre_rows(image: QImage) -> dict[int, float]:
    """For each column with ink, the row of the ink's centre (alpha-weighted)."""
    centres = {}
    for x in range(image.width()):
        total = weighted = 0.0
        for y in range(image.height()):
            a = QColor.fromRgba(image.pixel(x, y)).alpha()
            total += a
            weighted += a * (y + 0.5)
        if total > 200:
            centres[x] = weighted / total
    return centres


def test_the_canvas_draws_a_long_arrow_where_the_whole_arrow_lies(qapp):
    """A tree arrow into a far main claim, seen at 100 %: the line's centre in each column of the frame lies on the
    curve (within a fifth of a pixel; Qt's own stroking of the whole path strays up to 0.3 px on such curves)."""
    from argmap.drawing.theme import Theme
    from argmap.gui.canvas.link_item import LinkItem
    from argmap.gui.canvas.statement_item import StatementItem
    from argmap.model import ArgumentMap

    amap = ArgumentMap("Wide")
    claim = amap.add("claim", "Far away.", id="c")
    reason = amap.add("support", "Here.", parent=claim.id, id="r")
    theme = Theme.light()
    scene = QGraphicsScene()
    item = LinkItem(amap.link("r", "c"), StatementItem(reason, theme), StatementItem(claim, theme), theme)
    item.set_shape((TREE, _head(), QPointF(80_000, 430), TREE.boundingRect().adjusted(-10, -10, 10, 10)))
    scene.addItem(item)
    view_area = QRectF(50_000, 250, 600, 200)
    image = QImage(600, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), view_area)
    painter.end()
    centres = centre_rows(image)
    assert len(centres) > 500  # the line crosses the frame
    for x, row in list(centres.items())[::25]:
        sx = view_area.left() + x + 0.5
        # the curve's y at sx: bisection on the S-curve part (x falls from 80,000 to 24,000)
        lo, hi = 0.0, 1.0
        for _ in range(60):
            mid = (lo + hi) / 2
            if _s_curve(mid).x() > sx:
                lo = mid
            else:
                hi = mid
        assert abs(row - (_s_curve(lo).y() - view_area.top())) < 0.2, x


def _s_curve(t: float) -> QPointF:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = (80_000, 400), (52_000, 400), (52_000, 300), (24_000, 300)
    m = 1 - t
    a, b, c, d = m**3, 3 * m * m * t, 3 * m * t * t, t**3
    return QPointF(a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)


def _head() -> QPolygonF:
    return QPolygonF([QPointF(24_000, 300), QPointF(24_011, 294), QPointF(24_011, 306)])


def test_cutting_a_curve_leaves_no_garbage_for_the_collector():
    import gc

    long_curve = cubic((0, 0), (0, 5000), (8000, 5000), (8000, 10000))
    area = QRectF(3000, 4000, 800, 600)
    was = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        for _ in range(5):  # a few painted frames
            visible_part(long_curve, area)
            visible_lines(long_curve, area, 0.5)
        assert gc.collect() == 0  # nothing in reference cycles: frames do not feed the collector
    finally:
        if was:
            gc.enable()


def test_a_curve_drawn_in_straight_pieces_has_as_much_ink_as_the_curve_along_it(qapp):
    """Zoomed in (300 %), the straight pieces of a cut arrow give each column of pixels about the ink Qt's own stroke
    of the curve gives it: no pale seam where two pieces meet (two flat, antialiased ends side by side left a tick
    across the line with a fifth less ink at every joint)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPen

    from argmap.gui.canvas.link_item import _draw_joined

    path = QPainterPath(QPointF(20, 80))
    path.lineTo(20, 70)
    path.cubicTo(20, 40, 300, 40, 300, 10)
    pen = QPen(QColor("#2e7d32"), 1.8)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)

    def render(pieces: bool) -> QImage:
        image = QImage(990, 270, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(3, 3)
        if pieces:
            lines, _ = visible_lines(path, QRectF(-100, -100, 600, 300), 3.0)
            assert len(lines) > 20
            _draw_joined(painter, lines, pen)
        else:
            painter.setPen(pen)
            painter.drawPath(path)
        painter.end()
        return image

    def ink(image: QImage, x: int) -> int:
        return sum(255 - QColor(image.pixel(x, y)).red() for y in range(image.height()))

    curve, pieces = render(False), render(True)
    for x in range(150, 800):  # the run between the bends: every column holds a bit of the line
        assert 0.95 <= ink(pieces, x) / ink(curve, x) <= 1.1, x
