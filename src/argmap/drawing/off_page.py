"""Off-page connectors: the drawing of an arrow for which the router found no way around the boxes.

A far-reaching cross-link whose every usual shape passes under boxes it does not connect, and for
which the bounded router (:mod:`argmap.drawing.detour`) found no way around them, used to be drawn
over the boxes with a halo: the line struck through the text of every box on its way. It is drawn
instead as the flowchart's off-page connector, in two short pieces that pass under nothing:

- at the source, a short stub leaves the box and ends in a small tag with the relation's sign
  ("+" or "-") and "to: …" naming the statement the arrow goes to;
- at the target, a tag with the same sign and "from: …" naming the source, and a short stub from
  it that enters the box with the arrowhead.

Each tag sits in free space beside its box (above it, else below it; in top-down maps off the
middle, where the box's own tree arrow leaves) and is placed only where it covers no box, no other
arrow's sign or head, no routed line and no other tag. Its size does not depend on the words in it
(they are cut to fit when painted), so the picture's geometry is the same whatever the texts say.

A linked reason whose co-premises lie far apart is drawn the same way (:class:`TaggedBracket`): the
usual bracket joins those that stand together, and each far one gets a stub and a tag "with: …".

The tags name statements by id in the picture; the painter is given the names
(:func:`statement_name`). In the editor a click on a tag goes to the statement it names.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainterPath, QPen, QPolygonF

from argmap.drawing.geometry import SYMBOL_RADIUS
from argmap.drawing.obstacles import Box, BoxIndex, Point
from argmap.drawing.taken_tags import Step, Taken

#: An area as (x0, y0, x1, y1).
Area = tuple[float, float, float, float]

if TYPE_CHECKING:
    from argmap.drawing.arrows import ArrowKit
    from argmap.drawing.theme import Theme
    from argmap.model import Relation, Statement

TAG_WIDTH = 170.0
TAG_HEIGHT = 16.0
SOURCE_STUB = 8.0
TARGET_STUB = 10.0  # carries a small arrowhead into the target
HEAD_LENGTH = 8.0
HEAD_HALF_WIDTH = 4.5
#: A tag in a top-down map keeps this far to the side of the middle of its box's edge, where the box's own tree arrow
#: leaves with its sign (and the arrows into the box arrive).
OFF_MIDDLE = SYMBOL_RADIUS + 8.0
#: The stub meets the box this far in from the tag's inner end.
STUB_IN = 12.0
#: Other arrows' signs and heads are looked for this far along the stub's axis around a tag: a sign there stands on a
#: tree arrow's stem, whose line would run through the tag.
MARK_REACH = 24.0
CLEAR = 1.0  # kept from boxes and routed lines


class Tag(NamedTuple):
    """One end of an off-page connector: the tag's rectangle and the statement it names."""

    x: float
    y: float
    w: float
    h: float
    other: str  # the statement named: the arrow's other end
    leaving: bool  # at the source: the arrow leaves for ``other``; else at the target: it comes from ``other``
    joins: bool = False  # a linked reason's: the co-premise it stands by goes "with: …" ``other`` (see :func:`joining_tags`)
    onto: bool = False  # an undercut's, at its source: it goes "onto: …" the arrow from ``other`` (:func:`undercut_connector`)

    def rect(self) -> QRectF:
        return QRectF(self.x, self.y, self.w, self.h)

    def sign(self) -> QPointF:
        """The centre of the relation's sign, at the tag's left end."""
        return QPointF(self.x + self.h / 2, self.y + self.h / 2)


class ConnectorPath(QPainterPath):
    """The two stubs and the tags' outlines as one line (drawn, hit and compared as an arrow's line), with the tags."""

    def __init__(self, tags: tuple[Tag, ...], line: QPainterPath | None = None) -> None:
        """``line``: the line to start from (a copy of it; none: empty)."""
        if line is None:
            super().__init__()
        else:
            super().__init__(line)
        self.tags = tags
        self.ends: tuple[QRectF, QRectF] | None = None  # the areas its two ends cover when painted (connector_ends)


def is_connector(shape: tuple) -> bool:
    """True when an arrow's shape is an off-page connector."""
    return isinstance(shape[0], ConnectorPath)


def tags_of(shape: tuple) -> tuple[Tag, ...]:
    """An off-page connector's two tags (the source's, the target's); none for any other arrow."""
    path = shape[0]
    return path.tags if isinstance(path, ConnectorPath) else ()


class Found:
    """What a tag's checks met (:meth:`_Space.free`): the boxes, the other arrows' signs and heads (not the ones of the
    arrows being routed), and whether a routed line or another tag turned a place down."""

    __slots__ = ("alone", "boxes", "marks")

    def __init__(self) -> None:
        self.boxes: set = set()
        self.marks: set = set()
        self.alone = True


class _Space:
    """What a tag must keep clear of in one picture: boxes, other arrows' signs and heads, routed lines, other tags."""

    def __init__(self, index: BoxIndex, marks: BoxIndex, own_marks: set, legs: list[tuple[Point, Point]]) -> None:
        self.index, self.marks, self.own_marks = index, marks, own_marks
        self._legs = legs
        self._legs_index: BoxIndex | None = None
        self.taken = Taken()  # the tags and stubs placed so far
        self.pending: list[tuple[Box, Step]] = []  # those not yet put in ``taken`` (an edit's picture mostly keeps them all)

    @property
    def legs(self) -> BoxIndex:
        """The routed lines' legs (straight: routes run across and along), each as the thin box it covers: filed when a
        tag is first placed (an edit's picture mostly keeps every tag: filing thousands of legs took 3-5 ms of it)."""
        if self._legs_index is None:
            self._legs_index = BoxIndex({k: (min(px, qx), min(py, qy), abs(qx - px) or 0.01, abs(qy - py) or 0.01)
                                         for k, ((px, py), (qx, qy)) in enumerate(self._legs)})
        return self._legs_index

    def free(
        self, tag: Box, stub: tuple[Point, Point], box_id: str, horizontal: bool, looked: list[Area] | None = None,
        found: Found | None = None,
    ) -> bool:
        """True when the tag and its stub keep clear of everything; ``looked`` collects the area the answer depends on,
        ``found`` what the checks met."""
        x, y, w, h = tag
        (ax, ay), (bx, by) = stub  # (a stub runs straight up or down from a box; across only onto an undercut's line)
        if looked is not None:
            reach = MARK_REACH + 3
            looked.append((min(x, ax, bx) - reach, min(y, ay, by) - reach, max(x + w, ax, bx) + reach, max(y + h, ay, by) + reach))
        hit = self.index.within(x - CLEAR, y - CLEAR, x + w + CLEAR, y + h + CLEAR)
        if hit:
            if found is not None:
                found.boxes |= hit
            return False
        x0, y0 = min(x, ax - 2, bx - 2), min(y, ay, by)  # the tag and its stub (which starts on the box's own border)
        x1, y1 = max(x + w, ax + 2, bx + 2), max(y + h, ay, by)
        near = self.index.within(min(ax, bx) - 2, min(ay, by), max(ax, bx) + 2, max(ay, by))
        if near:
            if found is not None:
                found.boxes |= near
            if near != {box_id}:
                return False
        grow_x, grow_y = (3.0, MARK_REACH) if horizontal else (MARK_REACH, 3.0)
        marks = self.marks.within(x0 - grow_x, y0 - grow_y, x1 + grow_x, y1 + grow_y)
        if marks and not marks <= self.own_marks:
            if found is not None:
                found.marks |= marks - self.own_marks
            return False
        if self.legs.boxes and self.legs.within(x0 - CLEAR, y0 - CLEAR, x1 + CLEAR, y1 + CLEAR):
            if found is not None:
                found.alone = False
            return False
        if self.file().meets(x0 - 2, y0 - 2, x1 + 2, y1 + 2):
            if found is not None:
                found.alone = False
            return False
        return True

    def take(self, area: Box, step: Step = None) -> None:
        """One more tag's area; ``step``: by how much it moved along since the last picture (see :class:`Taken`)."""
        self.pending.append((area, step))

    def file(self) -> Taken:
        """The tags taken so far, all put in (only once a tag is checked: an edit that moves no tree checks none)."""
        if self.pending:
            add = self.taken.add
            for area, step in self.pending:
                add(area, step)
            self.pending = []
        return self.taken


_NOTHING: BoxIndex = BoxIndex({})


def _candidates(box: Box, stub: float, horizontal: bool, toward_left: bool) -> list[tuple[Box, tuple[Point, Point]]]:
    """Where a tag may go beside ``box``, best first: (tag, stub from the box's border to the tag). A tag's size
    depends on nothing but the box's width (in left-to-right maps it stays within it)."""
    return [candidate(box, stub, horizontal, toward_left, k) for k in range(4)]


def candidate(box: Box, stub: float, horizontal: bool, toward_left: bool, k: int) -> tuple[Box, tuple[Point, Point]]:
    """The ``k``-th of :func:`_candidates` alone (a tag moved along with its box takes the one it took). Top-down: above
    the box, else below it, to the side of the middle (toward the other end first); left to right: in the gap above
    the box, else below it, within its width (beside it run tree arrows)."""
    x, y, w, h = box
    width, height = TAG_WIDTH, TAG_HEIGHT
    top, left = k < 2, (k % 2 == 0) == toward_left
    ty = y - stub - height if top else y + h + stub
    edge, near = (y, ty + height) if top else (y + h, ty)
    if horizontal:
        cx = x + w / 2
        if left:
            tx, sx = cx - OFF_MIDDLE - width, max(x + 4, cx - OFF_MIDDLE - STUB_IN)
        else:
            tx, sx = cx + OFF_MIDDLE, min(x + w - 4, cx + OFF_MIDDLE + STUB_IN)
    else:
        width = min(width, w - 8)
        tx = x + 4 if left else x + w - 4 - width
        sx = min(max(tx + STUB_IN + height, x + 4), x + w - 4)
    return (tx, ty, width, height), ((sx, edge), (sx, near))


def place_tag(
    space: _Space, box_id: str, box: Box, stub: float, horizontal: bool, toward_left: bool, looked: list[Area],
    found: Found | None = None,
) -> tuple[int, Box, tuple[Point, Point], Box]:
    """The first free place for a tag beside the box (see :func:`_candidates`): (which of the candidates, the tag, its
    stub, the area they take: taken in ``space``). ``looked`` collects the areas looked at, ``found`` what they held."""
    spots = _candidates(box, stub, horizontal, toward_left)
    k = next((j for j, (t, s) in enumerate(spots) if space.free(t, s, box_id, horizontal, looked, found)), -1)
    if k < 0:  # nowhere free: the first place that covers no box, else the first
        loose = _Space(space.index, _NOTHING, set(), [])
        k = next((j for j, (t, s) in enumerate(spots) if loose.free(t, s, box_id, horizontal, None, found)), 0)
    tag, line = spots[k]
    area = taking(tag, line)
    space.take(area)
    return k, tag, line, area


def taking(tag: Box, line: tuple[Point, Point]) -> Box:
    """The area a tag and its stub take."""
    (ax, ay), (_, by) = line
    x0, y0 = min(tag[0], ax), min(tag[1], ay, by)
    return (x0, y0, max(tag[0] + tag[2], ax) - x0, max(tag[1] + tag[3], ay, by) - y0)


def _place(
    space: _Space, box_id: str, box: Box, stub: float, horizontal: bool, toward_left: bool, looked: list[Area], taken: list[Box],
) -> tuple[Box, tuple[Point, Point]]:
    """:func:`place_tag`'s tag and stub; ``taken`` collects the area they take."""
    _, tag, line, area = place_tag(space, box_id, box, stub, horizontal, toward_left, looked)
    taken.append(area)
    return tag, line


def connector_shape(
    source_id: str, target_id: str, source: Box, target: Box, space: _Space, horizontal: bool,
    looked: list[Area] | None = None, taken: list[Box] | None = None,
) -> tuple:
    """The off-page connector of the arrow from ``source`` to ``target``: (path, head, sign, bounds) as an arrow's shape.
    ``looked`` collects the areas its places depend on, ``taken`` the areas its tags and stubs take."""
    looked = [] if looked is None else looked
    taken = [] if taken is None else taken
    sc, tc = source[0] + source[2] / 2, target[0] + target[2] / 2
    s_tag, s_stub = _place(space, source_id, source, SOURCE_STUB, horizontal, tc < sc, looked, taken)
    t_tag, t_stub = _place(space, target_id, target, TARGET_STUB, horizontal, sc < tc, looked, taken)
    return connector_path(source_id, target_id, s_tag, s_stub, t_tag, t_stub)


def connector_path(
    source_id: str, target_id: str, s_tag: Box, s_stub: tuple[Point, Point], t_tag: Box, t_stub: tuple[Point, Point],
) -> tuple:
    """The connector's shape (path, head, sign, bounds) from its two tags and stubs."""
    tags = (Tag(*s_tag, target_id, True), Tag(*t_tag, source_id, False))
    path = ConnectorPath(tags)
    path.moveTo(*s_stub[0])
    path.lineTo(*s_stub[1])
    (ex, ey), (fx, fy) = t_stub  # from the target's border out to the tag: the head sits on the border
    return _stub_into(path, fx, fy, ex, ey, tags)


def moved_connector(shape: tuple, source_tag: Box, target_tag: Box, dx: float, dy: float) -> tuple:
    """A connector's shape moved by (dx, dy) with both its tags (which are ``source_tag`` and ``target_tag`` now): the
    shape :func:`connector_path` makes there, up to the last bits of the numbers, made quicker."""
    path, head, sign, bounds = shape
    s, t = path.tags
    moved = ConnectorPath((Tag(*source_tag, s.other, True), Tag(*target_tag, t.other, False)), path.translated(dx, dy))
    return moved, head.translated(dx, dy), sign + QPointF(dx, dy), bounds.translated(dx, dy)


def _stub_into(path: QPainterPath, fx: float, fy: float, ex: float, ey: float, tags: Sequence[Tag]) -> tuple:
    """The connector's last stub from (fx, fy) to its head at (ex, ey), the tags' outlines, its head, sign and bounds."""
    length = math.hypot(fx - ex, fy - ey) or 1.0
    ux, uy = (ex - fx) / length, (ey - fy) / length  # pointing into the target
    path.moveTo(fx, fy)
    path.lineTo(ex - ux * (HEAD_LENGTH - 1), ey - uy * (HEAD_LENGTH - 1))
    for tag in tags:
        path.addRoundedRect(tag.rect(), TAG_HEIGHT / 2, TAG_HEIGHT / 2)
    bx, by = ex - ux * HEAD_LENGTH, ey - uy * HEAD_LENGTH
    head = QPolygonF([QPointF(ex, ey), QPointF(bx - uy * HEAD_HALF_WIDTH, by + ux * HEAD_HALF_WIDTH),
                      QPointF(bx + uy * HEAD_HALF_WIDTH, by - ux * HEAD_HALF_WIDTH)])
    bounds = path.boundingRect().united(head.boundingRect()).adjusted(-3, -3, 3, 3)
    return path, head, tags[0].sign(), bounds


# ---------------------------------------------------------------- an undercut with no way around the boxes
def _point_candidates(point: Point, horizontal: bool, toward_left: bool) -> list[tuple[Box, tuple[Point, Point]]]:
    """Where a tag may go beside a point of an attacked line, best first: (tag, stub from the point to the tag). Top-down
    the lines there run up from a premise: the tag stands to a side and its stub crosses onto the line; left to right
    above or below it."""
    px, py = point
    spots: list[tuple[Box, tuple[Point, Point]]] = []
    for reach in (TARGET_STUB + 4, TARGET_STUB + 20, TARGET_STUB + 36):  # farther out where nearer is taken
        if horizontal:
            for left in (toward_left, not toward_left):
                tx = px - reach - TAG_WIDTH if left else px + reach
                spots.append(((tx, py - TAG_HEIGHT / 2, TAG_WIDTH, TAG_HEIGHT), ((px, py), (tx + TAG_WIDTH if left else tx, py))))
        else:
            for top in (True, False):
                ty = py - reach - TAG_HEIGHT if top else py + reach
                stub = ((px, py), (px, ty + TAG_HEIGHT if top else ty))
                for tx in (px - TAG_WIDTH / 2, px - STUB_IN, px - TAG_WIDTH + STUB_IN):
                    spots.append(((tx, ty, TAG_WIDTH, TAG_HEIGHT), stub))
    return spots


def undercut_connector(
    source_id: str, source: Box, premise: str, point: Point, index: BoxIndex, marks: BoxIndex, taken: list[Box], horizontal: bool,
) -> tuple:
    """An undercut that found no way around the boxes, as an off-page connector (an arrow's shape): a stub from the
    undercutter to a tag "onto: …" naming the ``premise`` whose arrow it attacks, and by the attacked
    ``point`` a tag "from: …" naming the undercutter, whose stub hits the line there with the head. The tags keep clear
    of the boxes, the arrows' signs and heads (``marks``, the attacked line's not among them) and the tags before
    (``taken``: filled with the areas these take)."""
    space = _Space(index, marks, set(), [])
    for area in taken:
        space.take(area)
    sc = source[0] + source[2] / 2
    s_tag, s_stub = _place(space, source_id, source, SOURCE_STUB, horizontal, point[0] < sc, [], taken)
    spots = _point_candidates(point, horizontal, sc < point[0])
    t_tag, t_stub = next(((t, s) for t, s in spots if space.free(t, s, "", horizontal)), None) or next(
        ((t, s) for t, s in spots if _Space(index, _NOTHING, set(), []).free(t, s, "", horizontal)), spots[0])  # else one on no box
    (ex, ey), (fx, fy) = t_stub
    taken.append((min(t_tag[0], fx), min(t_tag[1], fy), t_tag[2] + abs(fx - ex), t_tag[3] + abs(fy - ey)))
    tags = (Tag(*s_tag, premise, True, False, True), Tag(*t_tag, source_id, False))
    path = ConnectorPath(tags)
    path.moveTo(*s_stub[0])
    path.lineTo(*s_stub[1])
    return _stub_into(path, fx, fy, ex, ey, tags)


# ---------------------------------------------------------------- a linked reason's far co-premises
class TaggedBracket(ConnectorPath):
    """A linked reason whose co-premises lie far apart, with no way around the boxes between them: the usual bracket
    joins those that stand together (``cluster``, around the one nearest the target); each far one gets a short stub
    and a tag "with: …" naming that nearest one, which gets a tag naming the far one. ``pieces``: (the statement a tag
    stands by, the tag, its stub), to draw a part of them again (an export of a selection)."""

    def __init__(self, base: QPainterPath, pieces: Sequence[tuple[str, Tag, tuple[Point, Point]]], cluster: Sequence[str]) -> None:
        super().__init__(tuple(tag for _, tag, _ in pieces))
        self.pieces, self.cluster = tuple(pieces), tuple(cluster)
        #: what its tags were placed among, for the next picture (set by the caller that placed them): the boxes they
        #: stand by, the tags placed before near those (:func:`tags_near`), and the areas its own tags took
        self.placed_among: tuple[list[Box], list[Box], list[Box]] | None = None
        #: the boxes and the arrows' marks its checks met (by key: where they were), to tell when all moved along with it
        self.seen: tuple[dict, dict] | None = None
        self.addPath(base)
        for _, tag, (start, end) in pieces:
            self.moveTo(*start)
            self.lineTo(*end)
            self.addRoundedRect(tag.rect(), TAG_HEIGHT / 2, TAG_HEIGHT / 2)

    def part(self, keep: set[str], draw: Callable[[list[str]], tuple[QPainterPath, tuple]]) -> tuple[QPainterPath, tuple] | None:
        """The bracket for the ``keep`` members only: the cluster's chosen members joined (``draw`` makes the bracket
        for some members), with the tags of those chosen; None when no member of the cluster is chosen."""
        near = [m for m in self.cluster if m in keep]
        if not near:
            return None
        bracket, shape = draw(near)
        pieces = [p for p in self.pieces if p[0] in keep]
        if not pieces:
            return bracket, shape
        tagged = TaggedBracket(bracket, pieces, near)
        line, head, symbol, bounds = shape
        return tagged, (line, head, symbol, bounds.united(tagged.boundingRect().adjusted(-3, -3, 3, 3)))


def bracket_tags(bracket: QPainterPath) -> tuple[Tag, ...]:
    """The tags of a linked reason's bracket (none unless its co-premises lie far apart)."""
    return bracket.tags if isinstance(bracket, ConnectorPath) else ()


def taken_by_connectors(shapes: Iterable[tuple]) -> list[Box]:
    """The areas the off-page connectors' tags take among these arrow shapes (a bracket's tags keep clear of them)."""
    return [(t.x, t.y, t.w, t.h) for shape in shapes if isinstance(shape[0], ConnectorPath) for t in shape[0].tags]


#: How far from a box a tag placed beside it may reach.
TAG_REACH = TAG_WIDTH + SOURCE_STUB + TAG_HEIGHT + MARK_REACH


def tags_near(taken: Sequence[Box], boxes: Sequence[Box]) -> list[Box]:
    """The tags' areas of ``taken`` near enough to ``boxes`` for a tag placed beside one of them to meet them."""
    reach = TAG_REACH
    if not boxes:
        return []
    # those near the area around all the boxes first (a big map has a thousand tags, a linked reason a few boxes)
    x0, y0 = min(b[0] for b in boxes) - reach, min(b[1] for b in boxes) - reach
    x1, y1 = max(b[0] + b[2] for b in boxes) + reach, max(b[1] + b[3] for b in boxes) + reach
    return [
        (x, y, w, h) for x, y, w, h in taken
        if x < x1 and x0 < x + w and y < y1 and y0 < y + h
        and any(x < bx + bw + reach and bx - reach < x + w and y < by + bh + reach and by - reach < y + h for bx, by, bw, bh in boxes)
    ]


def joining_tags(
    far: Sequence[tuple[str, Box]], anchor: str, anchor_box: Box, index: BoxIndex, marks: BoxIndex, lines: Sequence[QPainterPath],
    taken: list[Box], horizontal: bool, looked: list[Area] | None = None, near: Sequence[Box] | None = None,
) -> list[tuple[str, Tag, tuple[Point, Point]]]:
    """For each far co-premise, a tag by it naming ``anchor`` and one by ``anchor`` naming it, with their stubs, placed as
    a connector's tags are (:func:`_candidates`) clear of the boxes, the arrows' signs and heads (``marks``), the bracket's
    own ``lines`` and the tags placed before (``taken``: filled with the areas these take; only those :func:`tags_near`
    the boxes count; ``near``: those, when the caller has them). ``looked`` collects the areas the places depend on (boxes
    and marks reaching in)."""
    legs = [(a, b) for line in lines for piece in line.toSubpathPolygons() for a, b in pairwise((p.x(), p.y()) for p in piece.toList())]
    space = _Space(index, marks, set(), legs)
    if near is None:  # (a big map has thousands of connectors' tags: looking through them took 1 ms)
        near = tags_near(taken, [anchor_box, *(box for _, box in far)])
    for area in near:
        space.take(area)
    ac = anchor_box[0] + anchor_box[2] / 2
    pieces: list[tuple[str, Tag, tuple[Point, Point]]] = []
    looked = [] if looked is None else looked
    for member, box in far:
        mc = box[0] + box[2] / 2
        tag, stub = _place(space, member, box, SOURCE_STUB, horizontal, ac < mc, looked, taken)
        pieces.append((member, Tag(*tag, anchor, False, True), stub))
        tag, stub = _place(space, anchor, anchor_box, SOURCE_STUB, horizontal, mc < ac, looked, taken)
        pieces.append((anchor, Tag(*tag, member, False, True), stub))
    return pieces


# ---------------------------------------------------------------- painting
def statement_name(statement: Statement) -> str:
    """How a tag names a statement: its title, else its text (cut to fit when painted)."""
    return " ".join((statement.title or statement.text).split())


def paint_connector(
    painter, shape: tuple, relation: Relation, kit: ArrowKit, theme: Theme, name_of: Callable[[str], str | None] | None,
    exposed: QRectF | None = None,
) -> None:
    """The tags (filled with the background), the stubs and outlines, the head, both signs, then the names (none
    when ``name_of`` is None: too small to read). ``exposed``: the area being painted (the painter draws nothing
    outside it); an end of the connector that does not meet it is left out. A connector's bounds span both its far
    apart ends, so a view between them painted both tags' insides and words off screen at every frame."""
    from argmap.drawing.arrows import paint_link

    path, head, symbol, _ = shape
    tags: tuple[Tag, ...] = path.tags
    shown, target_shown = tags, True
    if exposed is not None:
        source_end, target_end = connector_ends(shape)
        source_shown, target_shown = source_end.intersects(exposed), target_end.intersects(exposed)
        if not (source_shown or target_shown):
            return
        shown = tags if source_shown and target_shown else (tags[1],) if target_shown else (tags[0],)
    fill_tags(painter, shown, theme)
    paint_link(painter, path, head, symbol, relation, kit)
    if target_shown:
        paint_link(painter, QPainterPath(), QPolygonF(), tags[1].sign(), relation, kit)
    if name_of is not None:
        paint_tag_words(painter, shown, theme, name_of)


#: How far a connector's painting reaches beyond its tags, stubs and head: the signs' discs on the tags' ends, the lines'
#: width and smoothing.
_END_REACH = SYMBOL_RADIUS + 4.0


def connector_ends(shape: tuple) -> tuple[QRectF, QRectF]:
    """The areas a connector's two ends cover when painted (the source's tag and stub; the target's tag, stub and head),
    made once per shape. A shape whose path is not two stubs then the tags (none made here is not) gets its whole bounds
    for each end."""
    path, head, _, bounds = shape
    known = path.ends
    if known is not None:
        return known
    tags = path.tags
    move, line = QPainterPath.ElementType.MoveToElement, QPainterPath.ElementType.LineToElement
    if len(tags) != 2 or path.elementCount() < 4 or [path.elementAt(i).type for i in range(4)] != [move, line, move, line]:
        path.ends = (bounds, bounds)
        return path.ends
    ends = []
    for k, tag in enumerate(tags):
        a, b = path.elementAt(2 * k), path.elementAt(2 * k + 1)
        area = tag.rect().united(QRectF(QPointF(a.x, a.y), QPointF(b.x, b.y)).normalized())
        if k == 1:
            area = area.united(head.boundingRect())
        ends.append(area.adjusted(-_END_REACH, -_END_REACH, _END_REACH, _END_REACH))
    path.ends = (ends[0], ends[1])
    return path.ends


def fill_tags(painter, tags: Sequence[Tag], theme: Theme) -> None:
    """The tags' insides in the background colour (their outlines are drawn with the line)."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(theme.background))
    for tag in tags:
        painter.drawRoundedRect(tag.rect(), TAG_HEIGHT / 2, TAG_HEIGHT / 2)


def paint_tag_words(painter, tags: Sequence[Tag], theme: Theme, name_of: Callable[[str], str | None]) -> None:
    """Each tag's words ("to: …", "from: …", "with: …"), cut to fit; after the sign where the tag has one."""
    from argmap.drawing.theme import tr

    if not tags:
        return
    font = theme.badge_font()
    fitted = _fitted_words(font)
    painter.setFont(font)
    painter.setPen(QPen(theme.text))
    for tag in tags:
        name = name_of(tag.other)
        if name is None:
            continue
        kind = tr("with: %1") if tag.joins else tr("onto: %1") if tag.onto else None
        words = (kind or (tr("to: %1") if tag.leaving else tr("from: %1"))).replace("%1", name)
        start = 7.0 if tag.joins else tag.h + 3  # a linked reason's tag has no sign
        text = fitted.cut(words, tag.w - start - 5)
        baseline = tag.y + (tag.h + fitted.ascent - fitted.descent) / 2
        painter.drawText(QPointF(tag.x + start, baseline), text)


class _FittedWords:
    """Words cut to fit a width in one font, kept: they depend on the words, the width and the font alone, and cutting
    them again (Qt's ``elidedText``) at every frame was most of a frame's time zoomed in on a large map."""

    __slots__ = ("ascent", "cuts", "descent", "font", "metrics")

    #: At most this many cuts are kept (a map's tags name a few thousand statements): then they are made anew.
    KEEP = 20_000

    def __init__(self, font: QFont) -> None:
        self.font = font  # (held: the fonts' table is keyed by its id)
        self.metrics = QFontMetricsF(font)
        self.ascent, self.descent = self.metrics.ascent(), self.metrics.descent()
        self.cuts: dict[tuple[str, float], str] = {}

    def cut(self, words: str, width: float) -> str:
        """``words`` cut with "…" to fit ``width`` (as ``elidedText`` cuts them)."""
        key = (words, width)
        text = self.cuts.get(key)
        if text is None:
            if len(self.cuts) >= self.KEEP:
                self.cuts.clear()
            text = self.cuts[key] = self.metrics.elidedText(words, Qt.TextElideMode.ElideRight, width)
        return text


_FITTED: dict[int, _FittedWords] = {}


def _fitted_words(font: QFont) -> _FittedWords:
    """The kept cuts of words in ``font`` (the theme's fonts are made once and shared: by its id)."""
    known = _FITTED.get(id(font))
    if known is None or known.font is not font:
        known = _FITTED[id(font)] = _FittedWords(font)
    return known


def tag_at(shape: tuple, x: float, y: float) -> Tag | None:
    """The tag of a connector's shape under the point (scene units), if any."""
    return tag_in(tags_of(shape), x, y)


def tag_in(tags: Sequence[Tag], x: float, y: float) -> Tag | None:
    """The tag under the point (scene units), if any."""
    return next((tag for tag in tags if tag.rect().adjusted(-2, -2, 2, 2).contains(x, y)), None)


def paint_over(
    painter, shape: tuple, relation: Relation, kit: ArrowKit, theme: Theme, name_of: Callable[[str], str | None] | None,
) -> None:
    """An arrow that found no way around the boxes: its off-page connector, or (an undercut's line, which has none)
    the line drawn over the boxes with a halo."""
    if is_connector(shape):
        paint_connector(painter, shape, relation, kit, theme, name_of)
    else:
        from argmap.drawing.arrows import paint_link_over

        path, head, symbol, _ = shape
        paint_link_over(painter, path, head, symbol, relation, kit)
