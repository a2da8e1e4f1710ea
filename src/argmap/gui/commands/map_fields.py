"""Commands on the map as a whole."""

from __future__ import annotations

from argmap.gui.commands.base import MapCommand, tr
from argmap.gui.commands.recorder import Recorder
from argmap.model import ArgumentMap


class SetTitle(MapCommand):
    def __init__(self, amap: ArgumentMap, title: str, description: str | None = None) -> None:
        super().__init__(amap, tr("Change title"))
        self.title, self.description = title, description

    def apply(self, rec: Recorder) -> None:
        rec.set_title(self.title, self.description)


class SetLayout(MapCommand):
    """Tree or columns: how the map is arranged (saved with it, so exports follow).

    A position dragged to in one arrangement means nothing in the other (a box placed far
    right of a wide tree would stretch the columns back into a poster), so switching also
    lets every pinned statement go, in the same undo step: undo puts them back.
    """

    def __init__(self, amap: ArgumentMap, layout: str) -> None:
        super().__init__(amap, tr("Arrange in columns") if layout == "columns" else tr("Arrange as a tree"))
        self.layout = layout

    def apply(self, rec: Recorder) -> None:
        if self.layout == self.amap.layout:
            return
        for statement in self.amap.statements():
            if statement.pinned is not None:
                rec.update(statement.id, pinned=None)
        rec.set_layout(self.layout)


class SetSemantics(MapCommand):
    """How the map's strengths are worked out (saved with the map): DF-QuAD, quadratic energy or Euler-based."""

    def __init__(self, amap: ArgumentMap, semantics: str) -> None:
        super().__init__(amap, tr("Change strength semantics"))
        self.semantics = semantics

    def apply(self, rec: Recorder) -> None:
        rec.set_semantics(self.semantics)
