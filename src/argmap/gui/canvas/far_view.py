"""Far out, the canvas paints one picture of the whole map instead of every item.

When the text would be specks (the boxes show only their kind and first words, see
:data:`~argmap.gui.canvas.statement_item.GLANCE_BELOW_PX`), a frame used to call every
box's and arrow's ``paint`` in Python: 147 ms at 10,000 statements for one fitted frame.
Here the scene is rendered once into an image at the view's zoom (``QGraphicsScene.render``:
the very items, with the same level of detail, selection and find marks), and each frame
draws that image. What changes afterwards is rendered again only where it changed (the
scene's ``changed`` rectangles: a hover, a selection, an edit), so the image always shows
what painting every item would. A zoom draws the image scaled at once and renders it
sharp again a moment later. While the view is near (the items paint themselves), the
image is not touched: the changes are noted and rendered when the image is next used (a
keystroke at 100 % used to render the image's area under the box at the far zoom: 5 ms a
key at 10,000 statements, more on bigger maps). The image is capped at :data:`MAX_PIXELS`; beyond that, and
whenever a gesture, a rubber band or the inline editor is under way, items paint as usual.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtGui import QImage, QPainter

from argmap.gui.canvas.scene import MapScene

#: The largest image kept (4 bytes a pixel: 48 MB).
MAX_PIXELS = 12_000_000
#: A zoomed frame shows the image scaled; this long after the last zoom it is rendered sharp.
SHARPEN_MS = 150
#: Maps with fewer statements are rendered sharp at every zoom at once.
SHARP_AT_ONCE = 1000
#: Changes noted while the image is not in use beyond this many: it is rendered again whole when next used.
MAX_PENDING = 200


class FarPicture(QObject):
    """The image of one scene at one zoom, kept current with the scene's changes."""

    def __init__(self, scene: MapScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.image: QImage | None = None
        self.source = QRectF()  # the scene area the image shows
        self.scale = 0.0
        self.hints = QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        self.wanted_scale = 0.0
        self.phase = self.wanted_phase = (0.0, 0.0)
        self.sharpen = QTimer(self)
        self.sharpen.setSingleShot(True)
        self.sharpen.setInterval(SHARPEN_MS)
        self.sharpen.timeout.connect(self._sharpen)
        self.redraw_view = lambda: None  # set by the view: asks for a frame after sharpening
        #: Whether the view's frames show the image (the view sets it at each frame); while not, changes wait.
        self.active = False
        self._pending: list[QRectF] | None = []  # scene areas changed while not active (None: too many, all of it)
        scene.changed.connect(self._changed)
        scene.sceneRectChanged.connect(lambda _rect: self.drop())

    def drop(self) -> None:
        self.image = None
        self._pending = []

    def fits(self, scale: float) -> bool:
        """True when the whole scene at ``scale`` stays within :data:`MAX_PIXELS`."""
        rect = self.scene.sceneRect()
        return rect.width() * scale * rect.height() * scale <= MAX_PIXELS

    def ready(self, scale: float, dx: float, dy: float) -> bool:
        """Make sure an image is there for a frame at ``scale`` whose scene origin lands at viewport (dx, dy)
        (a scaled one may do for a moment)."""
        self.wanted_scale = scale
        phase = (dx - math.floor(dx), dy - math.floor(dy))
        small = self.scene.amap_size() < SHARP_AT_ONCE  # rendered in a few milliseconds: no need to wait
        if self.image is None or not self.fits(self.scale) or (self.scale == scale and phase != self.phase) or small:
            if self.image is None or self.scale != scale or phase != self.phase:
                self._render(scale, phase)
        elif self.scale != scale:
            self.wanted_phase = phase
            self.sharpen.start()
        self._catch_up()
        return self.image is not None

    def _catch_up(self) -> None:
        """Render what changed while the image was not in use."""
        pending, self._pending = self._pending, []
        if self.image is None:
            return
        if pending is None:
            self._render(self.scale)
        elif pending:
            self._update(pending)

    def paint(self, painter: QPainter) -> None:
        """Draw the image onto ``painter``, whose transform maps scene coordinates onto the viewport."""
        if self.image is None:
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.scale != self.wanted_scale)
        painter.drawImage(self.source, self.image, QRectF(self.image.rect()))

    def _sharpen(self) -> None:
        if self.active and self.image is not None and self.scale != self.wanted_scale and self.fits(self.wanted_scale):
            self._render(self.wanted_scale, self.wanted_phase)
            self.redraw_view()

    def _render(self, scale: float, phase: tuple[float, float] | None = None) -> None:
        """The whole image again; its pixels fall on the viewport's (``phase``: the fraction of a pixel
        the scene's origin lies at), so the image shows exactly what the items paint."""
        phase = self.phase if phase is None else phase
        rect = self.scene.sceneRect()
        x0 = (math.floor(rect.left() * scale + phase[0]) - phase[0]) / scale
        y0 = (math.floor(rect.top() * scale + phase[1]) - phase[1]) / scale
        width, height = math.ceil((rect.right() - x0) * scale) + 1, math.ceil((rect.bottom() - y0) * scale) + 1
        if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
            self.image = None
            return
        self.scale, self.phase = scale, phase
        self.source = QRectF(x0, y0, width / scale, height / scale)
        self.image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        self._pending = []
        self._render_area(QRectF(0, 0, width, height))

    def _render_area(self, target: QRectF) -> None:
        """Render the scene again into the image's pixels ``target`` (whole pixels)."""
        assert self.image is not None
        s = self.scale
        left, top = self.source.left() + target.left() / s, self.source.top() + target.top() / s
        source = QRectF(left, top, target.width() / s, target.height() / s)
        painter = QPainter(self.image)
        try:
            painter.setRenderHints(self.hints)
            painter.setClipRect(target)
            painter.fillRect(target, self.scene.backgroundBrush())
            self.scene.render(painter, target, source)
        finally:
            painter.end()

    def _changed(self, rects: list[QRectF]) -> None:
        """Render again where the scene changed (the view asks for its own frame); while the image is not
        in use, only note where."""
        if self.image is None:
            return
        if not self.active:
            if self._pending is not None:
                self._pending.extend(QRectF(r) for r in rects)
                if len(self._pending) > MAX_PENDING:
                    self._pending = None
            return
        self._update(rects)

    def _update(self, rects: list[QRectF]) -> None:
        assert self.image is not None
        s, origin = self.scale, self.source.topLeft()
        bounds = QRectF(self.image.rect())
        areas = []
        for rect in rects:
            area = QRectF((rect.left() - origin.x()) * s, (rect.top() - origin.y()) * s, rect.width() * s, rect.height() * s)
            area = QRectF(area.adjusted(-2, -2, 2, 2).toAlignedRect()).intersected(bounds)
            if not area.isEmpty():
                areas.append(area)
        if sum(a.width() * a.height() for a in areas) > 0.5 * bounds.width() * bounds.height():
            self._render(self.scale)  # most of it changed (a relayout): once, whole
            return
        for area in areas:
            self._render_area(area)
