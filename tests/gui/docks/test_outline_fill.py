"""The outline of a big map fills in chunks after the map is shown, and ends up as an outline filled at once."""

from __future__ import annotations

import sys
from pathlib import Path

from argmap.io import save
from tests.gui.docks.test_docks import outline_snapshot

ROOT = Path(__file__).resolve().parents[3]


def big_map(n: int):
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate_map

    return generate_map(n, seed=3)


def eager_snapshot(outline, monkeypatch) -> list:
    """The outline as it is when filled at once (one chunk holding every row)."""
    from argmap.gui.docks import outline as module

    monkeypatch.setattr(module, "FILL_CHUNK", 10**9)
    outline.rebuild()
    assert not outline.is_filling()
    return outline_snapshot(outline)


def test_a_big_outline_fills_after_the_map_is_shown_and_matches_one_filled_at_once(make_window, tmp_path, qtbot, monkeypatch):
    from argmap.gui.docks.outline import FILL_CHUNK

    amap = big_map(max(1500, 3 * FILL_CHUNK))
    save(amap, tmp_path / "big.json")
    window = make_window()
    outline = window.outline
    assert window.files.open_path(tmp_path / "big.json")
    assert outline.is_filling() and len(outline._items) < len(amap)  # the canvas did not wait for every row
    window.scene.select_ids(["s1200"])  # chosen on the canvas while the rows come in
    qtbot.waitUntil(lambda: not outline.is_filling(), timeout=20000)
    assert len(outline._items) == len(amap)
    assert outline.selected_ids() == ["s1200"]
    assert outline.item_for("s1200").parent().isExpanded()
    chunked = outline_snapshot(outline)
    assert chunked == eager_snapshot(outline, monkeypatch)


def test_an_edit_while_the_outline_fills_shows_in_it(make_window, tmp_path, qtbot):
    from argmap.gui.docks.outline import FILL_CHUNK

    amap = big_map(max(1500, 3 * FILL_CHUNK))
    save(amap, tmp_path / "big.json")
    window = make_window()
    outline = window.outline
    assert window.files.open_path(tmp_path / "big.json")
    assert outline.is_filling()
    window.document.amap.update("s3", text="Changed while the outline was filling.")
    window.document.amap.add("objection", "Added while the outline was filling.", id="late", parent="s3")
    qtbot.waitUntil(lambda: not outline.is_filling() and len(outline._items) == len(window.document.amap), timeout=20000)
    assert outline.item_for("s3").text(0) == "Changed while the outline was filling."
    assert outline.item_for("late").parent() is outline.item_for("s3")


def test_row_tooltips_say_what_the_map_says_now(make_window, tmp_path, qtbot):
    """Tooltips are worked out when asked: a titled row's text, and what an undercut does, after edits too."""
    amap = big_map(max(1500, 3 * 200))
    amap.update("s3", title="A short title")
    save(amap, tmp_path / "big.json")
    window = make_window()
    outline = window.outline
    assert window.files.open_path(tmp_path / "big.json")
    qtbot.waitUntil(lambda: not outline.is_filling(), timeout=20000)
    row = outline.item_for("s3")
    assert row.text(0) == "A short title" and row.font(0).bold()
    assert row.toolTip(0) == f"A short title\n\n{window.document.amap.statement('s3').text}"
    window.document.amap.update("s3", text="Edited after the outline filled.")
    assert row.toolTip(0) == "A short title\n\nEdited after the outline filled."
    plain = outline.item_for("s4")
    assert not plain.font(0).bold() and plain.toolTip(0) == window.document.amap.statement("s4").text
    assert plain.toolTip(1) == ""  # a plain support or attack says nothing more than its kind column
