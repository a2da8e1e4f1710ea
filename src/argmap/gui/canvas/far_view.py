"""Far out, the canvas paints one picture of the whole map instead of every item.

When the text would be specks (the boxes show only their kind and first words, see
:data:`~argmap.gui.canvas.statement_item.GLANCE_BELOW_PX`), a frame used to call every
box's and arrow's ``paint`` in Python: 147 ms at 10,000 statements for one fitted frame.
Here the map is painted once into an image at the view's zoom, straight from the map's picture
with the items' own painting functions and the items' states where they exist (selection,
hover, find marks; :mod:`~argmap.gui.canvas.far_painting`): no Qt item is made for it, so a
large map keeps only the items near where the view was (rendering the scene made every item,
and they stayed). Each frame draws that image. What changes afterwards is painted again only
where it changed (the scene's ``changed`` rectangles for its items, ``pictureChanged`` for parts
without one: a hover, a selection, an edit), so the image always shows
what painting every item would. A zoom draws the image scaled at once and renders it
sharp again a moment later, in slices of a few milliseconds over several turns of the
event loop (the whole image at once kept the editor still for 0.3 s at 10,000 statements
each time the zooming paused), swapped in when complete. While the view is near (the items paint themselves), the
image is not touched: the changes are noted and rendered when the image is next used (a
keystroke at 100 % used to render the image's area under the box at the far zoom: 5 ms a
key at 10,000 statements, more on bigger maps). On a large map left alone near, the image at about the fitted zoom is
made ahead in slices (:meth:`FarPicture.prepare`): the first Fit map shows it at once instead of going over every
part within its frame. The image is capped at :data:`MAX_PIXELS`; beyond that, and
whenever a gesture, a rubber band or the inline editor is under way, items paint as usual.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtGui import QImage, QPainter, QTransform

from argmap.gui.canvas.far_painting import paint_picture
from argmap.gui.canvas.scene import MapScene

#: The largest image kept (4 bytes a pixel: 48 MB).
MAX_PIXELS = 12_000_000
#: A zoomed frame shows the image scaled; this long after the last zoom it is rendered sharp.
SHARPEN_MS = 150
#: An image whose last whole rendering took at most this long is rendered sharp at every zoom at once (within a
#: frame); a slower one is shown scaled and sharpened after the pause. Measured, not guessed from the map's size:
#: 300 statements far out took 90 ms a zoom step when every map under 1,000 statements was rendered at once.
AT_ONCE_MS = 12.0
#: Changes noted while the image is not in use beyond this many: it is rendered again whole when next used.
MAX_PENDING = 200
#: A sharper image is rendered in slices; each turn of the event loop renders slices for about this long.
SLICE_MS = 8.0


class _Sharper:
    """A sharper image being rendered slice by slice (along its longer side), and the scene's changes meanwhile."""

    def __init__(self, image: QImage, source: QRectF, scale: float, phase: tuple[float, float]) -> None:
        self.image, self.source, self.scale, self.phase = image, source, scale, phase
        self.done = 0  # pixels rendered along the longer side
        self.long = max(image.width(), image.height())
        self.step = max(8, math.ceil(self.long / 16))
        self.changed: list[QRectF] = []  # scene areas changed while slices were rendered
        self.ms = 0.0  # how long its slices took, all told
        self.ahead = False  # made while the view is near, for a later far frame (see FarPicture.prepare)

    def next_slice(self) -> QRectF:
        end = min(self.long, self.done + self.step)
        wide = self.image.width() >= self.image.height()
        area = (
            QRectF(self.done, 0, end - self.done, self.image.height())
            if wide
            else QRectF(0, self.done, self.image.width(), end - self.done)
        )
        self.done = end
        return area


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
        self._sharper: _Sharper | None = None
        self._render_ms = math.inf  # how long the last whole rendering took (none yet: not known to be quick)
        self._ahead = False  # the image was made ahead (see prepare), at about the zoom it is used at
        self._slicer = QTimer(self)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._render_slices)
        scene.changed.connect(self._changed)
        scene.pictureChanged.connect(lambda rect: self._changed([rect]))  # parts without an item changed
        scene.sceneRectChanged.connect(lambda _rect: self.drop())

    def drop(self) -> None:
        self.image = None
        self._pending = []
        self._stop_sharpening()

    def _stop_sharpening(self) -> None:
        self._sharper = None
        self._slicer.stop()

    def fits(self, scale: float) -> bool:
        """True when the whole scene at ``scale`` stays within :data:`MAX_PIXELS`."""
        rect = self.scene.sceneRect()
        return rect.width() * scale * rect.height() * scale <= MAX_PIXELS

    def ready(self, scale: float, dx: float, dy: float) -> bool:
        """Make sure an image is there for a frame at ``scale`` whose scene origin lands at viewport (dx, dy)
        (a scaled one may do for a moment)."""
        self.wanted_scale = scale
        phase = (dx - math.floor(dx), dy - math.floor(dy))
        quick = self._render_ms <= AT_ONCE_MS  # rendered within a frame: no need to wait
        shifted = self.scale == scale and phase != self.phase  # (an image made ahead is shown so for a moment)
        if self.image is None or not self.fits(self.scale) or (shifted and not self._ahead) or quick:
            if self.image is None or self.scale != scale or phase != self.phase:
                self._render(scale, phase)
        elif self.scale != scale or shifted:
            self.wanted_phase = phase
            job = self._sharper
            if job is None or (job.scale, job.phase) != (scale, phase):  # (not again while one is under way)
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
        """Start rendering the image at the wanted zoom, slice by slice (:meth:`_render_slices`)."""
        job = self._sharper
        if job is not None and (job.scale, job.phase) == (self.wanted_scale, self.wanted_phase):
            return  # under way already
        self._stop_sharpening()
        wanted = (self.wanted_scale, self.wanted_phase)
        if not (self.active and self.image is not None and (self.scale, self.phase) != wanted and self.fits(self.wanted_scale)):
            return
        placed = self._placement(self.wanted_scale, self.wanted_phase)
        if placed is None:
            return
        source, width, height = placed
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        self._sharper = _Sharper(image, source, self.wanted_scale, self.wanted_phase)
        self._slicer.start()

    def prepare(self, scale: float) -> None:
        """With no image yet: render one at ``scale`` (about the fitted view's) a slice at a time, while the view is
        near, so that the first far frame at about that zoom shows it at once (scaled a little, and sharpened after the
        pause as after a zoom) instead of going over every part of a large map within that frame (the first fit of
        10,000 statements: 30-45 ms of the GUI thread, 200-300 at 50,000)."""
        if self.image is not None or self._sharper is not None or not self.fits(scale):
            return
        placed = self._placement(scale, (0.0, 0.0))
        if placed is None:
            return
        source, width, height = placed
        self._sharper = _Sharper(QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied), source, scale, (0.0, 0.0))
        self._sharper.ahead = True
        self._slicer.start()

    def _render_slices(self) -> None:
        job = self._sharper
        if job is None or (not job.ahead and (job.scale != self.wanted_scale or job.phase != self.wanted_phase or not self.active)):
            self._stop_sharpening()  # zoomed again meanwhile (a new one starts after the pause), or near now
            return
        start = time.perf_counter()
        while job.done < job.long:  # at least one slice a turn
            began = time.perf_counter()
            self._paint_scene(job.image, job.source, job.scale, job.next_slice())
            took = (time.perf_counter() - began) * 1000
            job.ms += took
            if took > 0:  # the next slices about SLICE_MS each (a dense part of the map takes longer per pixel)
                job.step = max(4, min(job.long, round(job.step * max(0.25, min(4.0, SLICE_MS / took)))))
            if (time.perf_counter() - start) * 1000 >= SLICE_MS:
                break
        if job.done < job.long:
            return
        self._stop_sharpening()
        self.image, self.source, self.scale, self.phase = job.image, job.source, job.scale, job.phase
        self._render_ms, self._ahead = job.ms, job.ahead
        if not self.active:  # (made ahead: what changed meanwhile is rendered when the image is used)
            self._pending = job.changed if len(job.changed) <= MAX_PENDING else None
            return
        if job.changed:
            self._update(job.changed)  # what changed while the slices were rendered
        self.redraw_view()

    def _render(self, scale: float, phase: tuple[float, float] | None = None) -> None:
        """The whole image again; its pixels fall on the viewport's (``phase``: the fraction of a pixel
        the scene's origin lies at), so the image shows exactly what the items paint."""
        phase = self.phase if phase is None else phase
        self._stop_sharpening()
        placed = self._placement(scale, phase)
        if placed is None:
            self.image = None
            return
        self.source, width, height = placed
        self.scale, self.phase, self._ahead = scale, phase, False
        self.image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        self._pending = []
        began = time.perf_counter()
        self._render_area(QRectF(0, 0, width, height))
        self._render_ms = (time.perf_counter() - began) * 1000

    def _placement(self, scale: float, phase: tuple[float, float]) -> tuple[QRectF, int, int] | None:
        """The scene area an image at ``scale`` shows and its size in pixels, or None when it is too big."""
        rect = self.scene.sceneRect()
        x0 = (math.floor(rect.left() * scale + phase[0]) - phase[0]) / scale
        y0 = (math.floor(rect.top() * scale + phase[1]) - phase[1]) / scale
        width, height = math.ceil((rect.right() - x0) * scale) + 1, math.ceil((rect.bottom() - y0) * scale) + 1
        if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
            return None
        return QRectF(x0, y0, width / scale, height / scale), width, height

    def _render_area(self, target: QRectF) -> None:
        """Render the scene again into the image's pixels ``target`` (whole pixels)."""
        assert self.image is not None
        self._paint_scene(self.image, self.source, self.scale, target)

    def _paint_scene(self, image: QImage, shown: QRectF, s: float, target: QRectF) -> None:
        """Paint the map into ``image`` (showing the scene area ``shown`` at scale ``s``), pixels ``target`` only: from
        the map's picture (:mod:`~argmap.gui.canvas.far_painting`), so no Qt item is made for it."""
        left, top = shown.left() + target.left() / s, shown.top() + target.top() / s
        source = QRectF(left, top, target.width() / s, target.height() / s)
        painter = QPainter(image)
        try:
            painter.setRenderHints(self.hints)
            painter.setClipRect(target)
            painter.fillRect(target, self.scene.backgroundBrush())
            painter.setWorldTransform(QTransform(s, 0.0, 0.0, s, target.left() - left * s, target.top() - top * s))
            paint_picture(painter, self.scene, source)
        finally:
            painter.end()

    def _changed(self, rects: list[QRectF]) -> None:
        """Render again where the scene changed (the view asks for its own frame); while the image is not
        in use, only note where."""
        if self._sharper is not None:
            self._sharper.changed.extend(QRectF(r) for r in rects)  # rendered into the sharper image when it is swapped in
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
        areas = _united(areas)
        if sum(a.width() * a.height() for a in areas) > 0.5 * bounds.width() * bounds.height():
            self._render(self.scale)  # most of it changed (a relayout): once, whole
            return
        for area in areas:
            self._render_area(area)


def _united(areas: list[QRectF]) -> list[QRectF]:
    """The areas, those that overlap united: each rendering pays for its painter and its look-up of the map's parts,
    and the areas noted while the image was not in use overlap (the items the zoom steps made near the view)."""
    united: list[QRectF] = []
    for area in areas:
        for k, known in enumerate(united):
            if known.intersects(area):
                united[k] = known.united(area)
                break
        else:
            united.append(area)
    return united if len(united) == len(areas) else _united(united)
