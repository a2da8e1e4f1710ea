"""MapView: zoom (Ctrl+wheel, around the cursor), pan (middle button or Space+drag), a dotted grid.

After a relayout it keeps the box the user is working on at the same place on screen,
so adding a statement does not make the map jump.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QToolTip, QWidget

from argmap.drawing.off_page import Tag, bracket_tags, statement_name, tag_in, tags_of
from argmap.gui.canvas.far_painting import paint_picture
from argmap.gui.canvas.far_view import FarPicture
from argmap.gui.canvas.group_item import CoPremiseItem
from argmap.gui.canvas.link_item import TAG_WORDS_FROM, LinkItem
from argmap.gui.canvas.scene import MapScene
from argmap.gui.canvas.statement_item import GLANCE_BELOW_PX, StatementItem

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
#: Fit (the whole map, the start view, the selection) zooms in up to this: a small map fills a
#: projector, a single box does not turn into a wall of letters.
FIT_MAX_ZOOM = 3.0
ZOOM_STEP = 1.2
GRID = 24.0
#: On a large map, items are made for what the view shows and this much more on each side (a share of the
#: view's size), so a scroll of less than that finds them made.
NEAR = 0.5
#: Far out, items are made within this many screen pixels of the mouse (a large map has none elsewhere there).
UNDER_MOUSE = 40.0
#: What counts as the user working on the canvas (see MapScene.put_off_readying).
_INPUT = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.MouseButtonDblClick,
})


class MapView(QGraphicsView):
    zoomChanged = Signal(float)

    def __init__(self, scene: MapScene | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # The background (fill and dotted grid) is kept in a pixmap: a frame copies it, a scroll draws only the strip
        # that comes into view (the grid's 2,800 dots took 5-10 ms of every frame at 100 %).
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Argument map canvas"))
        self.show_grid = True
        self._grid_row: tuple[int, QPolygonF] | None = None  # (columns, the dots of one row)
        self._far: FarPicture | None = None
        self._straight = False  # the last frame was painted straight from the picture (see paints_from_picture)
        self.far_pictures = True  # far out, paint from the map's picture: one image of it, or straight (False: every item, as near)
        self._space_down = False
        self._on_tag = False  # the mouse is over an off-page connector's tag
        self._pan_from: QPointF | None = None
        self._anchor: tuple[str, QPointF] | None = None
        self._last_zoom = 1.0
        self._fitted = False  # the last view was Fit map, so a resize (full screen) fits again
        self._fitting = False
        self._fitted_size = QSize()  # the view's size when the map was last fitted
        self._fitted_to_boxes: QRectF | None = None  # fitted while the arrows were made: to the boxes' extent, this one
        if scene is not None:
            self.setScene(scene)

    def setScene(self, scene: QGraphicsScene | None) -> None:
        old = self.scene()
        if isinstance(old, MapScene):
            old.aboutToRelayout.disconnect(self._remember_anchor)
            old.layoutChanged.disconnect(self._restore_anchor)
            old.layoutChanged.disconnect(self._refresh_tags)
            old.pictureChanged.disconnect(self._picture_changed)
            old.readyStep.disconnect(self._prepare_far)
            old.readyStep.disconnect(self._fit_whole_extent)
        if self._far is not None:
            self._far.deleteLater()
            self._far = None
        super().setScene(scene)
        if isinstance(scene, MapScene):
            scene.aboutToRelayout.connect(self._remember_anchor)
            scene.layoutChanged.connect(self._restore_anchor)
            scene.layoutChanged.connect(self._refresh_tags)
            scene.pictureChanged.connect(self._picture_changed)
            scene.readyStep.connect(self._prepare_far)
            scene.readyStep.connect(self._fit_whole_extent)
            self._far = FarPicture(scene, self)
            self._far.redraw_view = self.viewport().update

    # ---------------------------------------------------------------- painting far out
    def far_picture_in_use(self) -> bool:
        """True when a frame now is one image of the map (far out, see :mod:`~argmap.gui.canvas.far_view`)."""
        return self._far is not None and self._from_picture() and self._far.fits(self.zoom())

    def paints_from_picture(self) -> bool:
        """True when a frame now is painted from the map's picture, not by items: one kept image of the map
        (:meth:`far_picture_in_use`), or, on a large map whose image at this zoom would be too big, the area each frame
        shows painted straight from the picture (:func:`~argmap.gui.canvas.far_painting.paint_picture`): far out no
        item is made for it (the first zoom in from the fitted map made 1,500 items, and every frame painted each)."""
        scene = self.map_scene()
        if self._far is None or scene is None or not self._from_picture():
            return False
        return scene.lazy or self._far.fits(self.zoom())

    def _from_picture(self) -> bool:
        """Far out (the text would be specks) and nothing moving under the mouse."""
        scene = self.map_scene()
        if scene is None or not self.far_pictures:
            return False
        if scene.theme.text_px * self.zoom() >= GLANCE_BELOW_PX:
            return False  # near enough to read: every item paints itself
        # things moving under the mouse: the items as they are
        return scene.gesture is None and scene.inline_editor is None and self.rubberBandRect().isNull()

    def visible_area(self) -> QRectF:
        """The scene area the view shows now."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _make_near_items(self) -> None:
        """On a large map the scene makes items only where asked: here, for what the view shows and around it."""
        scene = self.map_scene()
        if scene is not None and scene.lazy:
            area = self.visible_area()
            dx, dy = area.width() * NEAR, area.height() * NEAR
            scene.show_near(area.adjusted(-dx, -dy, dx, dy))

    def paintEvent(self, event: QPaintEvent) -> None:
        far = self._far
        transform = self.viewportTransform()
        straight = self.paints_from_picture()
        use = straight and far is not None and far.fits(self.zoom())
        if far is not None:
            far.active = use  # while not, the image only notes the scene's changes
        self._straight = straight and not use
        if use and far is not None and far.ready(self.zoom(), transform.dx(), transform.dy()):
            self._paint_far(event, transform, far.paint)
        elif self._straight:
            area = self.mapToScene(event.rect().adjusted(-2, -2, 2, 2)).boundingRect()  # (2 px: smoothing at the edges)
            scene = self.map_scene()
            assert scene is not None
            self._paint_far(event, transform, lambda painter: self._paint_picture(painter, scene, area))
        else:
            self._make_near_items()
            super().paintEvent(event)

    def _paint_far(self, event: QPaintEvent, transform: QTransform, paint) -> None:
        """A frame far out: the background, then ``paint`` (given the painter, which maps scene coordinates)."""
        painter = QPainter(self.viewport())
        try:
            scene = self.map_scene()
            assert scene is not None
            painter.fillRect(event.rect(), scene.backgroundBrush())
            painter.setTransform(transform)
            paint(painter)
        finally:
            painter.end()

    def _paint_picture(self, painter: QPainter, scene: MapScene, area: QRectF) -> None:
        """The map's ``area`` painted straight from its picture, smoothed as the items are."""
        painter.setRenderHints(self.renderHints())
        paint_picture(painter, scene, area)

    def _prepare_far(self) -> None:
        """The editor idle on a large map: its far image at about the fitted zoom made ahead, a slice at a time (see
        :meth:`~argmap.gui.canvas.far_view.FarPicture.prepare`), for a first Fit map without a stall."""
        scene, far = self.map_scene(), self._far
        if scene is None or far is None or far.image is not None or not scene.lazy or not self.far_pictures:
            return
        if scene.filing_pending():  # (its slices ask the grid of parts, which would file them all at once)
            return
        zoom = self.fit_zoom()
        if zoom > 0 and scene.theme.text_px * zoom < GLANCE_BELOW_PX:
            far.prepare(zoom)

    def fit_zoom(self) -> float:
        """The zoom :meth:`fit_map` would give, about (0: none), worked out as Qt's ``fitInView`` does."""
        scene = self.map_scene()
        if scene is None:
            return 0.0
        rect, room = scene.items_bounding_rect_for_export(), self.viewport().rect().adjusted(2, 2, -2, -2)
        if rect.isEmpty() or room.isEmpty():
            return 0.0
        return min(room.width() / rect.width(), room.height() / rect.height(), FIT_MAX_ZOOM)

    def _picture_changed(self, area: QRectF) -> None:
        """Parts without an item changed there: painted straight from the picture, the frame shows them again."""
        if self._straight:
            shown = self.viewportTransform().mapRect(area).adjusted(-2, -2, 2, 2)
            self.viewport().update(shown.intersected(QRectF(self.viewport().rect())).toAlignedRect())

    def map_scene(self) -> MapScene | None:
        scene = self.scene()
        return scene if isinstance(scene, MapScene) else None

    # ---------------------------------------------------------------- zoom
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, around: QPointF | None = None) -> None:
        """Zoom to ``factor`` keeping the scene point under ``around`` (viewport pos) still."""
        self._fitted = False
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if around is None:
            around = QPointF(self.viewport().rect().center())
        before = QPointF(self.mapToScene(around.toPoint()))
        self.setTransform(QTransform.fromScale(factor, factor))
        self._scroll_by_scene(before - QPointF(self.mapToScene(around.toPoint())))
        self._zoom_changed()

    def _zoom_changed(self) -> None:
        zoom = self.zoom()
        if zoom != self._last_zoom:
            self._last_zoom = zoom
            self.zoomChanged.emit(zoom)

    def _scroll_by_scene(self, delta: QPointF) -> None:
        z = self.zoom()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(delta.x() * z))
        v.setValue(v.value() + round(delta.y() * z))

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def fit_map(self) -> None:
        """The whole map as large as the window allows, up to :data:`FIT_MAX_ZOOM`."""
        scene = self.map_scene()
        if scene is not None:
            rect = scene.extent_now()  # (a large map just opened: its boxes' extent, without making every arrow first)
            self._fit(rect)
            self._fitted = True
            self._fitted_size = self.size()
            self._fitted_to_boxes = rect if scene.picture_unfinished() else None

    def _fit_whole_extent(self) -> None:
        """Once the whole picture's extent is known, a view still fitted to a staged picture's boxes is fitted to it, if
        arrows or brackets reach beyond the boxes (with a tidy layout they do not: nothing moves)."""
        scene, boxes = self.map_scene(), self._fitted_to_boxes
        if scene is None or boxes is None or not scene.diagram_bounds_known():
            return
        self._fitted_to_boxes = None
        if self._fitted and scene.items_bounding_rect_for_export() != boxes:
            self.fit_map()

    def is_fitted(self) -> bool:
        """True while the view is the fitted map (Fit map, not zoomed or scrolled since)."""
        return self._fitted

    def zoom_to_selection(self) -> None:
        scene = self.map_scene()
        if scene is None:
            return
        ids = scene.selected_ids()
        if ids:
            self._fit(scene.extent_now(set(ids)))

    def _fit(self, rect: QRectF, max_zoom: float = FIT_MAX_ZOOM) -> None:
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > max_zoom:
            self.set_zoom(max_zoom)
        self.centerOn(rect.center())
        self._zoom_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # e.g. full screen on, a dock closed: the fitted map fills the new size. Only when the view itself changed
        # size: scroll bars coming or going resize the viewport alone, and fitting again each time made them come
        # and go for ever (70,000 fits while a 10,000-statement map opened).
        if self._fitted and not self._fitting and self.size() != self._fitted_size:
            self._fitting = True
            try:
                self.fit_map()
            finally:
                self._fitting = False

    def ensure_visible(self, statement_id: str) -> None:
        scene = self.map_scene()
        item = scene.item_for(statement_id) if scene else None
        if item is not None:
            self._fitted = False
            self.ensureVisible(item.scene_box(), 40, 40)

    def go_to(self, statement_id: str) -> None:
        """Select a statement and bring it to the middle of the view (an off-page connector's tag leads there)."""
        scene = self.map_scene()
        if scene is None:
            return
        scene.select_ids([statement_id])
        item = scene.item_for(statement_id)
        if item is not None:
            self._fitted = False
            self.centerOn(item.scene_box().center())

    def connector_tag_at(self, position: QPointF) -> Tag | None:
        """The off-page connector's tag under a point of the view (see :mod:`argmap.drawing.off_page`), if any."""
        scene = self.map_scene()
        if scene is None:
            return None
        at = self.mapToScene(position.toPoint())
        # by bounds: an arrow's hit shape is its line, and a tag is hit anywhere inside
        for item in scene.items(QRectF(at.x() - 3, at.y() - 3, 6, 6), Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if item.isVisible():
                tag = tag_in(_tags_of_item(item), at.x(), at.y())
                if tag is not None:
                    return tag
        return None

    def _refresh_tags(self) -> None:
        """After an edit, paint again the off-page connectors' (and far co-premises') tags in view: they name statements far away, whose
        words may have changed (their own picture did not, so nothing else would paint them again)."""
        scene = self.map_scene()
        if scene is None or self.zoom() < TAG_WORDS_FROM:
            return
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        edited = scene.last_edited  # (only a tag naming one of those may read differently: repainting every tag in view
        # repainted the band across the view that the long connectors' items span, at each edit)
        for item in scene.items(seen, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            for tag in _tags_of_item(item):
                if edited is not None and tag.other not in edited:
                    continue
                item.update(tag.rect().adjusted(-1, -1, 1, 1))
                scene.pictureChanged.emit(tag.rect().adjusted(-1, -1, 1, 1))  # the far image's copy too

    # ---------------------------------------------------------------- keep steady across relayouts
    def _anchor_item(self) -> StatementItem | None:
        scene = self.map_scene()
        if scene is None:
            return None
        focus = scene.focusItem()
        if isinstance(focus, StatementItem):
            return focus
        selected = scene.selected_ids()
        return scene.item_for(selected[0]) if selected else None

    def _remember_anchor(self) -> None:
        item = self._anchor_item()
        self._anchor = (item.statement_id, QPointF(self.mapFromScene(item.pos()))) if item else None

    def _restore_anchor(self) -> None:
        scene = self.map_scene()
        if self._anchor is None or scene is None:
            return
        statement_id, was = self._anchor
        item = scene.item_for(statement_id)
        if item is not None:
            now = QPointF(self.mapFromScene(item.pos()))
            self._scroll_by_scene((now - was) / self.zoom())

    # ---------------------------------------------------------------- input
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() in _INPUT:  # the user is at work here: the picture's getting ready for edits waits
            scene = self.map_scene()
            if scene is not None:
                scene.put_off_readying(looking=True)
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP**steps, event.position())
            event.accept()
            return
        self._fitted = False  # scrolled away from the fitted view
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene = self.map_scene()
        if scene is not None:
            scene.put_off_readying()  # (typing, as input on the viewport, puts the getting ready off)
        editing = scene is not None and scene.inline_editor is not None
        if event.key() == Qt.Key.Key_Escape and scene is not None and scene.cancel_gesture():
            event.accept()  # a drag or a connection under way: put back, report nothing
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and not editing:
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_down:
            self._space_down = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._make_items_under_mouse(event)
        if event.button() == Qt.MouseButton.LeftButton and not self._space_down and not event.modifiers():
            tag = self.connector_tag_at(event.position())
            if tag is not None:  # an off-page connector's tag: go to the statement it names
                self.go_to(tag.other)
                event.accept()
                return
        if event.button() == Qt.MouseButton.MiddleButton or (self._space_down and event.button() == Qt.MouseButton.LeftButton):
            self._fitted = False
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def _make_items_under_mouse(self, event: QMouseEvent) -> None:
        """Far out the frames show an image, and a large map has items only where the view was near: make those
        under the mouse, so that hovering shows a box's tooltip and a click selects it."""
        scene = self.map_scene()
        if scene is not None and scene.lazy and self.paints_from_picture():
            at, r = self.mapToScene(event.position().toPoint()), UNDER_MOUSE / self.zoom()
            scene.show_near(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._make_items_under_mouse(event)
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - round(delta.x()))
            v.setValue(v.value() - round(delta.y()))
            event.accept()
            return
        self._point_at_tag(event)
        super().mouseMoveEvent(event)

    def _point_at_tag(self, event: QMouseEvent) -> None:
        """Over an off-page connector's tag: a pointing hand and the full name of the statement a click goes to."""
        if event.buttons() != Qt.MouseButton.NoButton or self._space_down:
            return
        tag = self.connector_tag_at(event.position())
        scene = self.map_scene()
        if tag is not None and scene is not None:
            self._on_tag = True
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            words = self.tr("Go to: %1").replace("%1", statement_name(scene.amap.statement(tag.other)))
            QToolTip.showText(event.globalPosition().toPoint(), words, self.viewport())
        elif self._on_tag:
            self._on_tag = False
            self.viewport().unsetCursor()
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            if self._space_down:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ---------------------------------------------------------------- background
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # Qt passes a QRectF
        super().drawBackground(painter, rect)
        scene = self.map_scene()
        # no grid where the text is specks: there the far image is shown, which has none (a drag or an edit there
        # paints every item instead, and the grid came and went with it)
        if not self.show_grid or scene is None or not scene.decorations or scene.theme.text_px * self.zoom() < GLANCE_BELOW_PX:
            return
        painter.setRenderHints(self.renderHints())  # Qt's painter into the kept background has none set
        # Square dots as inked as round ones of 2 px (side √π): Qt fills antialiased round points one by one, about seven
        # times slower (at 69 %, 15-30 ms of every zoom step, which draws the background again)
        pen = QPen(scene.theme.grid, 1.7725 / self.zoom())
        pen.setCapStyle(Qt.PenCapStyle.SquareCap)
        painter.setPen(pen)
        left = int(rect.left() // GRID) * GRID
        top = int(rect.top() // GRID) * GRID
        columns = max(0, math.ceil((rect.right() - left) / GRID))
        rows = max(0, math.ceil((rect.bottom() - top) / GRID))
        if columns and rows:
            # One row of dots, made once per width and moved into place row by row: making a QPointF per dot in
            # Python took 14 ms of every frame at 100 % (1,600 x 1,000 pixels), and a block per size was made
            # again at every zoom step (thousands of objects, and sometimes a full garbage collection with them).
            if self._grid_row is None or self._grid_row[0] != columns:
                self._grid_row = (columns, QPolygonF([QPointF(c * GRID, 0.0) for c in range(columns)]))
            row, base = self._grid_row[1], painter.transform()
            for r in range(rows):
                painter.setTransform(QTransform.fromTranslate(left, top + r * GRID) * base)
                painter.drawPoints(row)
            painter.setTransform(base)


def _tags_of_item(item: QGraphicsItem) -> tuple[Tag, ...]:
    """The tags an item of the picture shows (see :mod:`argmap.drawing.off_page`): an off-page connector's, or a linked
    reason's whose co-premises lie far apart; none for any other item."""
    if isinstance(item, LinkItem) and item.drawn_over_boxes:
        shape = item.arrow_shape()
        return tags_of(shape) if shape is not None else ()
    if isinstance(item, CoPremiseItem):
        drawing = item.drawing()
        return bracket_tags(drawing[0]) if drawing is not None else ()
    return ()
