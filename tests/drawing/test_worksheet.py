"""Worksheets: chosen boxes blank (numbered, ruled, no words), the answer key's layout box for box."""

from __future__ import annotations

from pathlib import Path

from argmap.io import load

EXAMPLE = Path(__file__).resolve().parents[2] / "maps" / "japan-nato-ukraine.json"


class Recorder:
    """A painter stand-in that keeps the text drawn (what a student would see on paper)."""

    def __init__(self):
        self.texts: list[str] = []

    def __getattr__(self, name):
        return lambda *args, **kwargs: None

    def drawText(self, *args):
        self.texts.append(str(args[-1]))

    def drawTextAt(self, x, y, text):
        self.texts.append(text)


def test_blank_boxes_keep_the_layout_and_show_no_words(qapp):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme
    from argmap.drawing.worksheet import BlankBox, blank_ids, build_worksheet

    amap = load(EXAMPLE)
    blanks = blank_ids(amap, ["s2"], ["evidence"])
    assert blanks == ["s2", "e1", "e2", "e3", "e4", "e5"]
    key = build_diagram(amap, Theme.light())
    sheet = build_worksheet(amap, Theme.light(), blanks)
    assert [(b.id, b.x, b.y, b.painting.w, b.painting.h) for b in sheet.boxes] == \
        [(b.id, b.x, b.y, b.painting.w, b.painting.h) for b in key.boxes]
    for placed in sheet.boxes:
        painter = Recorder()
        placed.painting.paint(painter)
        words = " ".join(painter.texts)
        if placed.id in blanks:
            assert isinstance(placed.painting, BlankBox)
            assert amap.statement(placed.id).text.split()[0] not in words
            assert f"  {blanks.index(placed.id) + 1}" in words  # numbered in map order
        else:
            assert amap.statement(placed.id).text.split()[0] in words
