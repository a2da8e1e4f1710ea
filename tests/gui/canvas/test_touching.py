"""Each statement's links in the scene: a large map's opening notes them when idle, the same table as at once."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from argmap.gui.canvas import touching
from argmap.gui.canvas.touching import TouchingTable
from argmap.model import Relation

from .test_lazy_items import big_map, wait_until_filed


def link_by_link(keys):
    table: dict = {}
    for key in keys:
        for end in dict.fromkeys(key):
            table[end] = (*table.get(end, ()), key)
    return table


def test_the_table_noted_a_slice_at_a_time_is_the_one_noted_at_once(monkeypatch):
    keys = [(f"s{k}", f"s{k // 3}") for k in range(1, 200)] + [("s5", "s150"), ("s7", "s7"), ("s0", "s9")]
    monkeypatch.setattr(touching, "STEP", 7)
    sliced = TouchingTable()
    sliced.note_later(list(keys))
    assert sliced.pending()
    steps = 0
    while not sliced.some(0.0):  # one step a slice
        steps += 1
    assert steps == len(keys) // 7 and not sliced.pending()
    at_once = TouchingTable()
    at_once.note_later(list(keys))
    assert sliced.table == at_once.now() == link_by_link(keys)
    assert [list(v) for v in sliced.table.values()] == [list(v) for v in link_by_link(keys).values()]  # (order too)
    partly = TouchingTable()
    partly.note_later(list(keys))
    partly.some(0.0)
    whole = link_by_link(keys)
    for ids in ({"s1"}, {"s0", "s7", "s150"}, {f"s{k}" for k in range(0, 200, 9)}, set()):
        # the links at some boxes, while some links are left to note: those of the whole table
        assert partly.pending() and partly.keys_at(ids) == {key for i in ids for key in whole.get(i, ())}
    assert partly.now() == whole and not partly.pending()
    empty = TouchingTable()
    empty.note_later([])
    assert not empty.pending() and empty.now() == {}


@pytest.fixture
def lazy_from_100(monkeypatch):
    from argmap.gui.canvas import near_items

    monkeypatch.setattr(near_items, "LAZY_FROM", 100)


def tables_of(scene, ordered: bool = True):
    return {i: keys if ordered else sorted(keys) for i, keys in scene._touching.items() if keys}


def test_a_large_map_opened_notes_its_links_when_idle_and_an_edit_before_that_reads_them_all(lazy_from_100, qapp):
    from argmap.gui.canvas import MapScene

    amap = big_map()
    scene = MapScene(amap)
    try:
        assert scene._touching_table.pending() and scene.filing_pending()
        wait_until_filed(scene)  # (idle: the filing slices note them)
        assert not scene._touching_table.pending()
        assert tables_of(scene) == link_by_link(scene._link_of)
    finally:
        scene.detach()
    # an edit right after the opening (no idle turn): a statement removed with its links, a link added; the table is
    # that of a scene that opened the edited map (an added link comes last at its ends: the order it came)
    amap = big_map()
    scene = MapScene(amap)
    try:
        assert scene._touching_table.pending()
        ids = amap.ids()
        amap.remove(ids[1])
        amap.connect(ids[-1], ids[2], Relation.ATTACK)
        scene.relayout()
        assert not scene._touching_table.pending()
        fresh = MapScene(amap)
        try:
            assert tables_of(scene, ordered=False) == tables_of(fresh, ordered=False)
            assert tables_of(fresh) == link_by_link(fresh._link_of)
        finally:
            fresh.detach()
    finally:
        scene.detach()
