"""A map's arrangement ("tree" or "columns") is part of the map: kept in the file, changed with undo."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from argmap.gui.commands.map_fields import SetLayout
from argmap.io import MapFileError, dumps, load, loads
from argmap.model import ArgumentMap, InvalidValue, Kind, LayoutChanged


def _small() -> ArgumentMap:
    amap = ArgumentMap("t")
    amap.add(Kind.CLAIM, "Main", id="c")
    amap.add(Kind.SUPPORT, "Reason", parent="c", id="r")
    return amap


def test_a_new_map_is_a_tree_and_its_file_does_not_mention_it():
    amap = _small()
    assert amap.layout == "tree"
    assert '"layout"' not in dumps(amap)  # files of earlier versions stay byte for byte the same


def test_columns_are_saved_and_read_back():
    amap = _small()
    amap.set_layout("columns")
    text = dumps(amap)
    assert '"layout": "columns"' in text
    assert loads(text).layout == "columns"


def test_setting_the_layout_tells_listeners_once():
    amap = _small()
    seen = []
    amap.changed.connect(seen.append)
    amap.set_layout("columns")
    amap.set_layout("columns")
    assert seen == [LayoutChanged("columns")]


def test_an_unknown_layout_is_refused_by_the_model_and_by_the_loader(tmp_path):
    amap = _small()
    with pytest.raises(InvalidValue, match="unknown layout 'grid'"):
        amap.set_layout("grid")
    path = tmp_path / "odd.json"
    path.write_text(dumps(amap).replace('"title": "t",', '"title": "t",\n  "layout": "grid",'), encoding="utf-8")
    with pytest.raises(MapFileError, match=r"odd.json: \$.layout: Input should be 'tree' or 'columns'"):
        load(path)


def test_the_layout_change_is_one_undo_step(qapp):
    amap = _small()
    stack = QUndoStack()
    stack.push(SetLayout(amap, "columns"))
    assert amap.layout == "columns"
    stack.undo()
    assert amap.layout == "tree"
    stack.redo()
    assert amap.layout == "columns"
    stack.push(SetLayout(amap, "columns"))  # no change: nothing to undo
    assert stack.count() == 1


def test_switching_the_layout_lets_pinned_statements_go_and_undo_pins_them_again(qapp):
    amap = _small()
    amap.pin("r", 4500.0, 300.0)  # dragged far right in a wide tree
    stack = QUndoStack()
    stack.push(SetLayout(amap, "columns"))
    assert amap.statement("r").pinned is None and amap.layout == "columns"
    stack.undo()
    assert amap.statement("r").pinned == (4500.0, 300.0) and amap.layout == "tree"
