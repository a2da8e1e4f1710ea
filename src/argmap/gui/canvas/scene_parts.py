"""What the parts of :class:`~argmap.gui.canvas.scene.MapScene` share, declared once for the type checker.

The scene is split into mixins with one idea each (:mod:`~argmap.gui.canvas.near_items`: its items;
:mod:`~argmap.gui.canvas.interaction`: gestures and the inline editor). Each reads state that
``MapScene.__init__`` sets up; :class:`SceneParts` names that state and its types, so every part is checked
as if it were the whole scene. At run time it is a plain class with no members.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtCore import QPoint, QRectF, QTimer, Signal
    from PySide6.QtWidgets import QGraphicsScene as _SceneBase

    from argmap.drawing.box import BoxPainting
    from argmap.drawing.diagram import Diagram, PlacedArrow, PlacedBox, PlacedBracket
    from argmap.drawing.theme import Theme
    from argmap.gui.canvas.gestures import Gesture
    from argmap.gui.canvas.group_item import CoPremiseItem
    from argmap.gui.canvas.inline_editor import InlineEditor
    from argmap.gui.canvas.link_item import LinkItem
    from argmap.gui.canvas.nearby import NearbyGrid
    from argmap.gui.canvas.statement_item import StatementItem
    from argmap.gui.canvas.touching import TouchingTable
    from argmap.model import ArgumentMap, Link
else:
    _SceneBase = object

Box = tuple[float, float, float, float]


class SceneParts(_SceneBase):
    """The scene's state as ``MapScene.__init__`` sets it up (see there for what each one holds)."""

    if TYPE_CHECKING:
        textEditCommitted = Signal(str, str)
        titleEditCommitted = Signal(str, str)
        moveFinished = Signal(list, list, list)
        connectRequested = Signal(str, str)
        undercutRequested = Signal(str, str, str, str)
        editCancelled = Signal(str)
        contextMenuRequested = Signal(str, QPoint)
        pictureChanged = Signal(QRectF)
        readyStep = Signal()

        _amap: ArgumentMap | None
        _theme: Theme
        direction: str
        lazy: bool
        _paintings: dict[str, BoxPainting]
        _items: dict[str, StatementItem]
        _link_of: dict[tuple[str, str], Link]
        _links: dict[tuple[str, str], LinkItem]
        #: each statement's links (either end), in the order they came (read through NearItems._touching)
        _touching_table: TouchingTable
        _undercut_keys: set[tuple[str, str]]
        _group_of: dict[tuple[str, str], list[str]]
        _groups: dict[tuple[str, str], CoPremiseItem]
        _highlighted: set[str]
        _box_of: dict[str, PlacedBox]
        _arrow_of: Mapping[tuple[str, str], PlacedArrow]
        _aliased: bool
        _filing: QTimer
        _bracket_of: dict[tuple[str, str], PlacedBracket]
        _grid: NearbyGrid
        _covered: QRectF
        _diagram: Diagram
        _fresh: set
        _gesture: Gesture | None
        _editor: InlineEditor | None
        _pending: QTimer

        @property
        def amap(self) -> ArgumentMap: ...

        def relayout(self) -> None: ...

        def user_busy(self) -> bool: ...

        def placed_boxes(self) -> dict[str, Box]: ...
