"""How an off-page connector is painted (:mod:`argmap.drawing.off_page`): an end out of the area being painted is left
out, and the tags' words are cut as Qt's ``elidedText`` cuts them, kept between frames."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.drawing.test_honest_arrows import smallest_cross_link_case
from tests.drawing.test_undercut_connectors import far_undercuts

NAMES = {"A": "Reason A", "Y": "Objection Y", "s": "A premise", "p1": "Another premise", "u": "An undercutter",
         "v": "Another undercutter"}


def connectors(amap, direction: str) -> list[tuple]:
    """(shape, relation) of every connector in the map's picture, and each moved along by (37.5, -12.25)."""
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.geometry import qt_shape
    from argmap.drawing.off_page import is_connector, moved_connector
    from argmap.drawing.theme import Theme

    found = []
    for arrow in build_diagram(amap, Theme.light(), direction=direction).arrows:
        if arrow.over and is_connector(arrow.shape):
            shape = qt_shape(arrow.shape)
            s, t = shape[0].tags
            moved = moved_connector(shape, (s.x + 37.5, s.y - 12.25, s.w, s.h), (t.x + 37.5, t.y - 12.25, t.w, t.h), 37.5, -12.25)
            found += [(shape, arrow.relation), (moved, arrow.relation)]
    assert found
    return found


def drawn_by_hand() -> list[tuple]:
    """(shape, relation) of connectors made from tags and stubs as :func:`connector_path` takes them, with stubs longer than
    any reach around a tag (up, down, across), far apart: an end's area must follow its stub."""
    from argmap.drawing.off_page import connector_path
    from argmap.model import Relation

    ups = connector_path("A", "Y", (0, 0, 170, 16), ((60, 90), (60, 16)), (2000, 500, 170, 16), ((2100, 430), (2100, 500)))
    across = connector_path("A", "Y", (0, 0, 170, 16), ((300, 8), (170, 8)), (2000, 500, 170, 16), ((1900, 508), (2000, 508)))
    return [(ups, Relation.ATTACK), (across, Relation.SUPPORT)]


def painted(shape: tuple, relation, exposed=None, clip=None):
    """The connector painted on a transparent image of its bounds (scene units as pixels), clipped to ``clip`` (scene
    units, a rectangle or a region) as a frame that paints only part of the canvas is; ``exposed`` is handed to the
    painter."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter, QRegion

    from argmap.drawing.arrows import link_kit
    from argmap.drawing.off_page import paint_connector
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    bounds = shape[3]
    image = QImage(int(bounds.width()) + 2, int(bounds.height()) + 2, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.translate(-bounds.left(), -bounds.top())
    if isinstance(clip, QRegion):
        painter.setClipRegion(clip)
    elif clip is not None:
        painter.setClipRect(clip)
    paint_connector(painter, shape, relation, link_kit(theme, relation, cross=True), theme, NAMES.get, exposed)
    painter.end()
    return image


def inked(image) -> bool:
    """Whether any pixel is painted (not transparent)."""
    return any(bytes(image.constBits())[3::4])


@pytest.mark.parametrize("direction", ["TB", "LR"])
@pytest.mark.parametrize("case", ["cross-link", "undercut", "by hand"])
def test_a_connectors_two_ends_hold_every_pixel_it_paints(qapp, no_routes, direction, case):
    from PySide6.QtGui import QRegion

    from argmap.drawing.off_page import connector_ends

    amap = smallest_cross_link_case() if case == "cross-link" else far_undercuts()
    for shape, relation in drawn_by_hand() if case == "by hand" else connectors(amap, direction):
        ends = connector_ends(shape)
        assert connector_ends(shape) is ends, "worked out once per shape"
        assert ends[0] != shape[3] and ends[1] != shape[3], "each end its own area, not the whole connector's"
        assert inked(painted(shape, relation))
        elsewhere = QRegion(shape[3].toAlignedRect().adjusted(-9, -9, 9, 9))
        for end in ends:
            elsewhere -= QRegion(end.toAlignedRect())
        assert not inked(painted(shape, relation, None, elsewhere)), "nothing painted outside its ends"


@pytest.mark.parametrize("direction", ["TB", "LR"])
@pytest.mark.parametrize("case", ["cross-link", "undercut", "by hand"])
def test_a_connector_painted_where_a_frame_repaints_looks_as_painted_whole(qapp, no_routes, direction, case):
    """A frame repaints a part of the canvas: there the connector shows what painting it whole shows, whichever part
    (a tag, a stub alone, the head, the empty middle between its ends), though the ends out of the part are skipped."""
    from PySide6.QtCore import QRectF

    amap = smallest_cross_link_case() if case == "cross-link" else far_undercuts()
    for shape, relation in drawn_by_hand() if case == "by hand" else connectors(amap, direction):
        path, head = shape[0], shape[1]
        source, target = path.tags
        parts = [polygon.boundingRect().adjusted(-1, -1, 1, 1) for polygon in path.toSubpathPolygons()]
        parts += [head.boundingRect(), source.rect().adjusted(-9, -9, 9, 9), target.rect().adjusted(-9, -9, 9, 9)]
        halfway = (source.rect().center() + target.rect().center()) / 2
        middle = QRectF(halfway.x() - 15, halfway.y() - 10, 30, 20)
        assert not any(middle.intersects(part) for part in parts), "an area between the ends meets neither"
        for area in [*parts, middle, shape[3]]:
            assert painted(shape, relation, area, area) == painted(shape, relation, None, area)
        assert not inked(painted(shape, relation, None, middle)), "nothing of it is there"


def test_a_tags_words_are_cut_as_elided_text_cuts_them_in_its_font(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetricsF

    from argmap.drawing.off_page import _fitted_words
    from argmap.drawing.theme import Theme

    fonts = [Theme.light().badge_font(), Theme.light().title_font()]
    assert QFontMetricsF(fonts[0]).horizontalAdvance("to: Reason A") != QFontMetricsF(fonts[1]).horizontalAdvance("to: Reason A")
    for font in fonts:
        for words in ("to: Reason A", "from: Objection Y, which says a good deal more than fits on a tag", "with: 検討した結果"):
            for width in (30.0, 80.0, 146.0, 400.0):
                expected = QFontMetricsF(font).elidedText(words, Qt.TextElideMode.ElideRight, width)
                assert _fitted_words(font).cut(words, width) == expected
                assert _fitted_words(font).cut(words, width) == expected, "the kept cut"


def test_a_tag_shows_the_named_statements_new_words_after_an_edit(qapp, no_routes):
    """The words are kept by what they say: a renamed statement's tag is cut anew (not the old name's cut)."""
    shape, relation = connectors(smallest_cross_link_case(), "TB")[0]
    source = shape[0].tags[0].rect().adjusted(-9, -9, 9, 9)
    before = painted(shape, relation, source, source)
    NAMES["Y"] = "Objection Y, said again at some length"
    try:
        after = painted(shape, relation, source, source)
    finally:
        NAMES["Y"] = "Objection Y"
    assert after != before
    assert painted(shape, relation, source, source) == before
