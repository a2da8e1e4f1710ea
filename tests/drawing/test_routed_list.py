"""The misleading arrows' list kept from one edit's picture to the next (drawing/routed_list.py) is the list read from
nothing: the same links in the same order, the same boxes, the very usual shapes of their memos, the same cross-ness."""

from __future__ import annotations

import contextlib

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.drawing.test_frames import small_frames, widened_scene  # noqa: F401  (a fixture)
from tests.drawing.test_reuse import edit, start_map
from tests.drawing.test_route_reuse import routed_map


def checking(monkeypatch) -> list[tuple[int, int]]:
    """Every list an edit's picture hands the router compared with the one read from nothing; (entries, of them kept
    from the last picture) for each."""
    from argmap.drawing import edit_picture, routed_list

    seen: list[tuple[int, int]] = []
    real = routed_list.routed_list

    def checked(net, shown, remembered, tree_parent, **kw):
        last = dict(net.listed.entries) if net.listed is not None else {}
        order, listed = real(net, shown, remembered, tree_parent, **kw)
        assert order == sorted(net.misleading, key=net.rank_of.__getitem__)
        assert len(listed) == len(order)
        for key, (source, target, ends, usual, cross) in zip(order, listed, strict=True):
            assert ends == key
            assert (source, target) == (shown[key[0]], shown[key[1]])
            assert usual is remembered[key].usual  # (read now: a framed memo's shape moves with its frame when read)
            assert cross == (tree_parent.get(key[0]) != key[1])
        seen.append((len(listed), sum(1 for key, entry in zip(order, listed, strict=True) if last.get(key) is entry)))
        return order, listed

    monkeypatch.setattr(edit_picture, "routed_list", checked)
    return seen


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                    HealthCheck.function_scoped_fixture], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]))
def test_after_random_edits_the_routers_list_is_the_one_read_from_nothing(qapp, data, direction, monkeypatch):
    from argmap.gui.canvas import MapScene

    checking(monkeypatch)
    amap = routed_map(2) if data.draw(st.booleans()) else start_map(data.draw)
    scene = MapScene(amap, direction=direction, decorations=False)
    removed: list = []
    try:
        for serial in range(data.draw(st.integers(1, 8))):
            edit(data.draw, amap, serial, removed)
            scene.relayout()
    finally:
        scene.detach()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                    HealthCheck.function_scoped_fixture], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]))
@pytest.mark.usefixtures("small_frames")
def test_with_trees_in_frames_the_routers_list_is_the_one_read_from_nothing(qapp, data, direction, monkeypatch):
    checking(monkeypatch)
    with contextlib.closing(widened_scene(data, direction, monkeypatch)) as steps:
        for scene, _, _ in steps:
            for _ in range(data.draw(st.integers(0, 12))):  # the editor idle: trees framed, a slice a step
                scene._ready_some()


def test_an_edit_far_from_the_misleading_arrows_reads_none_of_their_entries_again(qapp, monkeypatch):
    from argmap.gui.canvas import MapScene

    seen = checking(monkeypatch)
    amap = routed_map(3)
    scene = MapScene(amap, decorations=False)
    try:
        amap.add("support", "A new reason.", id="far", parent="c2")
        scene.relayout()
        seen.clear()
        amap.update("far", text="A new reason, longer now.")  # one box changed, in the last tree
        scene.relayout()
        assert seen and seen[-1][0] > 0  # (there are misleading arrows)
        total, kept = seen[-1]
        assert kept >= total - 6  # only those at the boxes the edit moved are read again
    finally:
        scene.detach()
