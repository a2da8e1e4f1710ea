"""A framed tree's parts (drawing/framed_parts.py) are read where they are now: where they were made, moved by their
frame's offset since (the whole pictures are checked in test_frames.py; here each part on its own)."""

from PySide6.QtCore import QPointF, QRectF

from argmap.drawing.framed_index import Frame
from argmap.drawing.framed_parts import FramedArrow, FramedBox, FramedMemo
from argmap.drawing.geometry import LightPath, LightPolygon


def _shape(x: float) -> tuple:
    path = LightPath(None, ((x, 0.0), (x, 10.0), (x, 15.0, x + 5, 20.0, x + 5, 30.0)))
    head = LightPolygon(None, ((x + 5, 30.0), (x + 1, 24.0), (x + 9, 24.0)))
    return path, head, QPointF(x, 5.0), QRectF(x, 0.0, 9.0, 30.0)


def test_a_framed_box_is_where_its_frame_moved_it() -> None:
    frame = Frame("root")
    frame.dx, frame.dy = 100.0, 0.0
    box = FramedBox("a", 130.0, 40.0, None, frame)  # made where it is now, with the frame already moved 100 across
    assert (box.x, box.y) == (130.0, 40.0)
    frame.dx, frame.dy = 250.0, -20.0
    assert (box.x, box.y) == (280.0, 20.0)


def test_a_framed_memo_reads_its_boxes_and_shape_moved_and_move_along_adds_a_step() -> None:
    frame = Frame("root")
    inputs = ((0.0, 0.0, 50.0, 20.0), (0.0, 100.0, 50.0, 20.0), 0.5, 0, False)
    memo = FramedMemo(inputs, _shape(10.0), True, frame=frame)
    frame.dx = 30.0
    assert memo.inputs[:2] == ((30.0, 0.0, 50.0, 20.0), (30.0, 100.0, 50.0, 20.0))
    assert memo.inputs[2:] == (0.5, 0, False)
    assert memo.usual[0].segments == _shape(40.0)[0].segments
    assert memo.usual[3] == QRectF(40.0, 0.0, 9.0, 30.0)
    memo.move_along(5.0, 0.0)  # the part of the tree beside an edit: a step of its own beyond the frame's
    assert memo.inputs[0] == (35.0, 0.0, 50.0, 20.0)
    assert memo.usual[0].segments == _shape(45.0)[0].segments
    kept, at = memo.kept_shape()
    assert kept[3] == QRectF(45.0, 0.0, 9.0, 30.0) and at == (30.0, 0.0)


def test_a_framed_arrow_is_its_shape_moved_and_its_bounds_without_moving_the_shape() -> None:
    frame = Frame("root")
    arrow = FramedArrow("child", "parent", _shape(10.0), None, None, frame)
    assert arrow.shape[0].segments == _shape(10.0)[0].segments
    frame.dx, frame.dy = 20.0, 7.0
    assert arrow.bounds_now() == QRectF(30.0, 7.0, 9.0, 30.0)
    path, head, symbol, bounds = arrow.shape
    assert path.segments[0] == (30.0, 7.0) and head.points[0] == (35.0, 37.0)
    assert symbol == QPointF(30.0, 12.0) and bounds == QRectF(30.0, 7.0, 9.0, 30.0)
    assert arrow.shape is arrow.shape  # moved once for an offset, not at every read


def test_a_framed_arrow_moved_along_in_place_is_drawn_where_its_memo_now_has_its_shape() -> None:
    frame, other = Frame("root"), Frame("other")
    memo = FramedMemo(((0.0, 0.0, 50.0, 20.0), (0.0, 100.0, 50.0, 20.0), 0.5, 0, False), _shape(10.0), True, frame=frame)
    arrow = FramedArrow("child", "parent", _shape(10.0), None, None, frame)
    frame.dx = 30.0
    assert arrow.shape[3] == QRectF(40.0, 0.0, 9.0, 30.0)  # (read once where the frame has it: the moved shape kept)
    memo.move_along(5.0, 2.0)  # the part of the tree beside an edit: a step of its own beyond the frame's
    assert arrow.moved_along(memo)
    assert arrow.bounds_now() == QRectF(45.0, 2.0, 9.0, 30.0)
    moved = tuple(tuple(v + (2.0 if k % 2 else 0.0) for k, v in enumerate(s)) for s in _shape(45.0)[0].segments)
    assert arrow.shape[0].segments == moved  # (its shape read anew, not the one kept for the frame's offset)
    frame.dx = 130.0  # and it goes on moving with its frame
    assert arrow.bounds_now() == QRectF(145.0, 2.0, 9.0, 30.0)
    assert not FramedArrow("child", "parent", _shape(10.0), None, None, other).moved_along(memo)  # another frame's: made anew
