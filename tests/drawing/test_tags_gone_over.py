"""The off-page connectors an edit's picture goes over (:mod:`argmap.drawing.tags_gone_over`): the tags filed by their
connectors' ends answer as the tags taken one by one do, and after random edits with many connectors, where only some
connectors are gone over, the picture and every tag are those made from nothing."""

from __future__ import annotations

import contextlib
import random

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.drawing.tags_gone_over import FiledTags
from argmap.drawing.taken_tags import Taken
from argmap.model import InvalidLink, Relation
from tests.drawing.test_frames import forest_map, widen
from tests.drawing.test_kept_tags import assert_fresh, far_links


def _area(rng: random.Random) -> tuple[float, float, float, float]:
    big = rng.random() < 0.1  # (wider than a square: kept apart)
    return (rng.uniform(-600, 600), rng.uniform(-600, 600), rng.uniform(300, 700) if big else rng.uniform(0, 200),
            rng.choice([0.0, 12.0, rng.uniform(0, 60)]))


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("touching", [True, False])
def test_filed_tags_answer_as_the_counted_tags_taken_one_by_one(seed, touching):
    """Tags filed by ends, some put again elsewhere and some dropped, then asked with a test of which ends count: the
    answer is that of a ``Taken`` holding only the counted ends' tags where they are now (edges touching as asked)."""
    rng = random.Random(seed)
    filed = FiledTags()
    now: dict = {}
    for _ in range(300):
        ends = (f"s{rng.randrange(60)}", f"t{rng.randrange(3)}")
        if rng.random() < 0.15:
            filed.drop(ends)
            now.pop(ends, None)
        else:
            areas = (_area(rng), _area(rng))
            filed.put(ends, areas)
            now[ends] = areas
    assert filed.of == now
    for _ in range(200):
        counted = {ends for ends in now if rng.random() < 0.6}
        taken = Taken()
        for ends in counted:
            for area in now[ends]:
                taken.add(area)
        x0, y0 = rng.uniform(-700, 700), rng.uniform(-700, 700)
        x1, y1 = x0 + rng.choice([0.0, rng.uniform(0, 300)]), y0 + rng.uniform(0, 100)
        assert filed.meets(x0, y0, x1, y1, touching, counted.__contains__) == taken.meets(x0, y0, x1, y1, touching=touching)
    # an edge exactly on the rectangle's: met only when touching counts
    edge = FiledTags()
    edge.put(("a", "b"), ((100.0, 100.0, 50.0, 20.0), (400.0, 100.0, 50.0, 20.0)))
    assert edge.meets(150.0, 120.0, 160.0, 130.0, True, lambda ends: True)
    assert not edge.meets(150.0, 120.0, 160.0, 130.0, False, lambda ends: True)
    assert not edge.meets(100.0, 100.0, 460.0, 130.0, True, lambda ends: False)


@pytest.fixture
def gone_over(monkeypatch):
    """For each edit's picture that went over only some connectors: (how many it went over, how many there are)."""
    from argmap.drawing import kept_tags, tags_gone_over

    counts: list[tuple[int, int]] = []
    made = tags_gone_over.Sparse.refiled

    def refiled(self, placed):
        counts.append((len(self.queued), len(self.at)))
        return made(self, placed)

    monkeypatch.setattr(tags_gone_over.Sparse, "refiled", refiled)
    assert kept_tags.Sparse is tags_gone_over.Sparse
    return counts


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                    HealthCheck.function_scoped_fixture], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]), framed=st.booleans())
def test_after_edits_that_go_over_some_connectors_the_picture_is_the_one_made_from_nothing(
    qapp, no_routes, monkeypatch, gone_over, data, direction, framed
):
    """Many far cross-links (every one an off-page connector), then edits that widen trees, add leaves, link and unlink:
    an edit's picture goes over the connectors whose route was made again, whose tags' areas a change meets, and those
    after a tag that moved whose areas it meets; the others kept as the last picture's. Each picture and every tag are
    those made from nothing (a connector left out whose tag had to move, or a kept tag not kept clear of, would differ)."""
    from argmap.drawing import frames
    from argmap.gui.canvas import MapScene

    if framed:
        monkeypatch.setattr(frames, "FRAME_FROM", 1)
        monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)
    amap = forest_map(data.draw)
    for _ in range(3):
        far_links(data.draw, amap)
    scene = MapScene(amap, direction=direction, decorations=False)
    try:
        for serial in range(data.draw(st.integers(2, 8))):
            what = data.draw(st.sampled_from(["widen", "leaf", "connect", "disconnect"]))
            with contextlib.suppress(InvalidLink):
                if what == "widen":
                    widen(data.draw, amap, serial)
                elif what == "leaf":
                    amap.add("support", "A new reason, typed in.", id=f"w{serial}", parent=data.draw(st.sampled_from(amap.ids())))
                elif what == "connect":
                    a, b = data.draw(st.sampled_from(amap.ids())), data.draw(st.sampled_from(amap.ids()))
                    if a != b and not amap.has_link(a, b) and not amap.has_link(b, a):
                        amap.connect(a, b, data.draw(st.sampled_from([Relation.SUPPORT, Relation.ATTACK])))
                else:
                    links = [(link.source, link.target) for link in amap.links() if link.group is None and link.onto is None]
                    if links:
                        amap.disconnect(*data.draw(st.sampled_from(links)))
            scene.relayout()
            assert_fresh(scene, amap, direction)
    finally:
        scene.detach()


def test_some_edits_go_over_only_some_connectors(qapp, no_routes, gone_over):
    """The shortcut is taken: after an edit far from most connectors, fewer are gone over than there are."""
    from argmap.gui.canvas import MapScene
    from argmap.model import ArgumentMap

    amap = ArgumentMap()
    for k in range(4):
        amap.add("claim", f"Main claim {k}.", id=f"c{k}")
        for j in range(6):
            amap.add("support", f"Reason {j} of {k}.", id=f"r{k}{j}", parent=f"c{k}")
    for j in range(6):  # far cross-links between the first trees and the last (connectors)
        amap.connect(f"r0{j}", "c3", Relation.ATTACK)
        amap.connect(f"r1{j}", "c2", Relation.SUPPORT)
    scene = MapScene(amap, direction="TB", decorations=False)
    try:
        amap.update("r35", text="Reason 5 of 3, a little longer now.")
        scene.relayout()
        assert_fresh(scene, amap, "TB")
        amap.add("support", "A new reason, typed in.", id="w0", parent="r32")
        scene.relayout()
        assert_fresh(scene, amap, "TB")
        assert any(went < there for went, there in gone_over), gone_over
    finally:
        scene.detach()
