"""A tagged bracket is taken over without looking through every tag placed before it only when those tags are the very
ones placed before it in the last picture (:class:`argmap.drawing.bracket_picture.TagsBefore`)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from argmap.drawing.bracket_picture import TagsBefore

A, B, C, D = (0.0, 0.0, 10.0, 5.0), (100.0, 0.0, 10.0, 5.0), (200.0, 0.0, 10.0, 5.0), (300.0, 0.0, 10.0, 5.0)
FIRST, SECOND = ("bracket", "t1", "g"), ("bracket", "t2", "g")


def test_the_same_tags_before_a_bracket_as_last_time():
    last = TagsBefore([A, B, C, D], {FIRST: 2, SECOND: 3})
    now = [A, B]
    assert last.same(FIRST, now)
    now.append(C)
    assert last.same(SECOND, now)


def test_a_tag_before_the_bracket_placed_elsewhere_than_last_time():
    last = TagsBefore([A, B, C, D], {FIRST: 2, SECOND: 3})
    assert not last.same(FIRST, [A, D]), "as many tags as last time, but one of them elsewhere"


def test_once_a_tag_differs_every_later_bracket_looks():
    last = TagsBefore([A, B, C, D], {FIRST: 1, SECOND: 3})
    now = [D]
    assert not last.same(FIRST, now)
    now += [B, C]
    assert not last.same(SECOND, now), "the first tag still differs"


def test_more_or_fewer_tags_before_the_bracket_than_last_time():
    last = TagsBefore([A, B, C, D], {FIRST: 2})
    assert not last.same(FIRST, [A]) and not last.same(FIRST, [A, B, C])
    assert not TagsBefore([A, B, C, D], {FIRST: 2}).same(SECOND, [A, B]), "a bracket not tagged last time"
