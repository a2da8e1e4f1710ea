"""Presentation frames: each step shows what was revealed, frames the new statement readably, never moves a box."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.io import load

EXAMPLE = Path(__file__).resolve().parents[2] / "maps" / "japan-nato-ukraine.json"


@pytest.fixture
def presentation(qapp):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.presentation import PRESENT_FONT_PX, Presentation
    from argmap.drawing.theme import Theme
    from argmap.teaching.steps import presentation_steps

    amap = load(EXAMPLE)
    diagram = build_diagram(amap, Theme.named("light", PRESENT_FONT_PX))
    return Presentation(diagram, presentation_steps(amap, only=diagram.ids()))


def test_every_step_frames_its_new_statement_whole_and_readable(presentation):
    from argmap.drawing.presentation import READABLE_WIDTH_EM

    boxes = {b.id: b for b in presentation.diagram.boxes}
    widest = READABLE_WIDTH_EM * presentation.diagram.theme.text_px
    assert len(presentation) == len(boxes) + 1  # every statement, then the whole map
    for k in range(len(presentation) - 1):
        frame = presentation.frame(k)
        assert frame.shown == presentation.steps.ids[: k + 1]
        box = boxes[frame.current]
        assert frame.source.contains(box.x, box.y) and frame.source.contains(box.x + box.painting.w, box.y + box.painting.h)
        assert frame.source.width() <= widest + 1
        assert frame.source.width() / frame.source.height() == pytest.approx(16 / 9)


def test_a_reply_is_framed_with_what_it_replies_to_when_that_stays_readable(presentation):
    frame = presentation.frame(1)  # the first reason, with the main claim above it
    main = next(b for b in presentation.diagram.boxes if b.id == presentation.steps.ids[0])
    assert frame.source.contains(main.x + main.painting.w / 2, main.y + main.painting.h / 2)


def test_the_picture_of_a_step_is_the_one_picture_with_the_rest_left_out(presentation):
    frame = presentation.frame(5)
    picture = presentation.picture(frame)
    assert picture.ids() == [b.id for b in presentation.diagram.boxes if b.id in frame.shown]
    full = {b.id: (b.x, b.y) for b in presentation.diagram.boxes}
    assert all((b.x, b.y) == full[b.id] for b in picture.boxes)  # no box moves between steps
    assert all(a.source in frame.shown and a.target in frame.shown for a in picture.arrows)


def test_the_last_frame_is_the_whole_map(presentation):
    last = presentation.frame(len(presentation) - 1)
    assert last.current is None and set(last.shown) == set(presentation.diagram.ids())
    assert last.source.contains(presentation.diagram.bounds())


def test_branch_numbers(presentation):
    first = presentation.branch_step(1)
    assert first == 1
    assert presentation.branch_step(99) is None
