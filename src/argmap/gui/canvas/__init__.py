"""The canvas: a QGraphicsScene that mirrors an ArgumentMap, its items, and a zoomable view.

The exporters draw with the same scene, so the canvas and every exported diagram look alike.
"""

from argmap.drawing.theme import THEME_NAMES, KindStyle, Theme
from argmap.gui.canvas.group_item import CoPremiseItem
from argmap.gui.canvas.inline_editor import InlineEditor
from argmap.gui.canvas.link_item import LinkItem
from argmap.gui.canvas.scene import MapScene
from argmap.gui.canvas.statement_item import StatementItem
from argmap.gui.canvas.view import MapView

__all__ = ["THEME_NAMES", "CoPremiseItem", "InlineEditor", "KindStyle", "LinkItem", "MapScene", "MapView", "StatementItem", "Theme"]
