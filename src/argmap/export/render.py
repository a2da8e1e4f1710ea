"""Draw a MapScene into PNG, SVG or PDF: the canvas's own drawing code, without decorations."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from argmap.export.errors import ExportError

FORMATS = ("png", "svg", "pdf")
PAGES = ("fit", "A4", "Letter")
#: Bigger PNGs are refused with a hint: Qt cannot paint images this large reliably.
MAX_PNG_SIDE = 32_000
MAX_PNG_PIXELS = 400_000_000
#: PDF viewers refuse pages larger than 200 inches (14,400 pt); bigger maps are scaled down.
MAX_PDF_POINTS = 14_400.0
PDF_MARGIN_MM = 10.0
#: Fonts browsers and Inkscape try when the one Qt used is not installed on the reader's machine.
SVG_FONT_FALLBACK = "'DejaVu Sans', 'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif"


def needs_offscreen() -> bool:
    """True on a Linux/BSD machine without a display: Qt must use its offscreen platform."""
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_app():
    """A QApplication is needed to draw text; create one (offscreen when there is no display)."""
    if needs_offscreen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(["argmap-export"])
    return app


def format_for(path: Path, fmt: str | None) -> str:
    chosen = (fmt or path.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        what = f"format {fmt!r}" if fmt else f"file name suffix {path.suffix!r}" if path.suffix else "a file name with no suffix"
        raise ExportError(path, f"cannot export to {what}: use .png, .svg or .pdf")
    return chosen


def check_writable(path: Path) -> None:
    """Fail early, with the path, before any drawing is done."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(path, "is a folder, not a file name")
    if not folder.is_dir():
        raise ExportError(path, f"the folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ExportError(path, "permission denied: cannot write here")


def draw_items(scene, painter, source, target, *, keep_aspect: bool = False) -> None:
    """Paint the scene's visible items from ``source`` (scene units) into ``target`` (device units).

    It calls each item's own ``paint`` (the canvas's drawing code) bottom to top, like
    ``QGraphicsScene.render``, but with one plain transform per item and no save/restore:
    Qt's SVG writer then puts an item's lines of text into one group instead of one group
    per line, which makes big exports about twice as fast and half as large.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTransform
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    sx = target.width() / source.width() if source.width() else 1.0
    sy = target.height() / source.height() if source.height() else 1.0
    dx, dy = target.left(), target.top()
    if keep_aspect:
        sx = sy = min(sx, sy)
        dx += (target.width() - source.width() * sx) / 2
        dy += (target.height() - source.height() * sy) / 2
    base = QTransform(sx, 0, 0, sy, dx - source.left() * sx, dy - source.top() * sy)
    option = QStyleOptionGraphicsItem()
    # every visible item: the source rect is their bounding rect, so no need to ask each item for its own
    for item in scene.items(Qt.SortOrder.AscendingOrder):
        if item.isVisible():
            pos = item.pos()
            if pos.isNull():  # arrows and brackets live at the scene origin
                painter.setTransform(base)
            else:
                painter.setTransform(QTransform.fromTranslate(pos.x(), pos.y()) * base)
            item.paint(painter, option, None)
    painter.resetTransform()


def render_png(scene, source, path: Path, *, scale: float, dpi: float | None, background) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    if dpi is not None:
        scale = dpi / 96.0
    if not (0 < scale <= 100):
        raise ExportError(path, f"scale {scale:g} must be above 0 and at most 100")
    width, height = max(1, round(source.width() * scale)), max(1, round(source.height() * scale))
    if max(width, height) > MAX_PNG_SIDE or width * height > MAX_PNG_PIXELS:
        raise ExportError(path, f"the image would be {width} x {height} pixels, too large for PNG: use a smaller --scale, or SVG or PDF")
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(path, f"not enough memory for a {width} x {height} image")
    image.setDotsPerMeterX(round((dpi or 96.0 * scale) / 0.0254))
    image.setDotsPerMeterY(round((dpi or 96.0 * scale) / 0.0254))
    image.fill(background if background is not None else Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing | QPainter.RenderHint.SmoothPixmapTransform
    )
    draw_items(scene, painter, source, QRectF(0, 0, width, height))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError(path, "could not encode the PNG image")
    buffer.close()
    write_bytes(path, bytes(data.data()))


def render_svg(scene, source, path: Path, *, title: str, description: str, background) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    width, height = round(source.width()), round(source.height())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(96)
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    if background is not None:
        painter.fillRect(QRectF(0, 0, width, height), background)
    draw_items(scene, painter, source, QRectF(0, 0, width, height))
    painter.end()
    buffer.close()
    text = bytes(data.data()).decode("utf-8")
    write_bytes(path, _tidy_svg(text, width, height).encode("utf-8"))


def _tidy_svg(text: str, width: int, height: int) -> str:
    """Pixel sizes instead of millimetres, and font fallbacks for machines without Qt's font.

    A CSS rule beats the presentation attributes Qt writes on every element, so one
    <style> gives every text the fallback list without rewriting a large file.
    """
    head, sep, rest = text.partition("<defs>")
    head = re.sub(r'<svg width="[^"]*" height="[^"]*"', f'<svg width="{width}px" height="{height}px"', head, count=1)
    style = f"<style>text {{ font-family: {SVG_FONT_FALLBACK}; }}</style>"
    return head + sep + style + rest if sep else head


def render_pdf(scene, source, path: Path, *, page: str, title: str, background) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)  # into memory, then written atomically: a failed export keeps the old file
    writer.setTitle(title)
    writer.setCreator("argmap")
    writer.setResolution(300)
    if page == "fit":
        # 96 scene units per inch, like the PNG at scale 1 and the SVG's pixels
        points = QSizeF(source.width() * 0.75, source.height() * 0.75)
        shrink = min(1.0, MAX_PDF_POINTS / max(points.width(), points.height()))
        writer.setPageSize(QPageSize(points * shrink, QPageSize.Unit.Point, "argmap", QPageSize.SizeMatchPolicy.ExactMatch))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    else:
        size = QPageSize.PageSizeId.A4 if page == "A4" else QPageSize.PageSizeId.Letter
        landscape = source.width() > source.height()
        orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        margins = QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM)
        writer.setPageLayout(QPageLayout(QPageSize(size), orientation, margins, QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(path, "could not write the PDF file")
    target = QRectF(painter.viewport())
    if background is not None:
        painter.fillRect(target, background)
    draw_items(scene, painter, source, target, keep_aspect=page != "fit")  # A4/Letter: scaled to fit, centred
    painter.end()
    del writer  # the PDF is complete only once the writer is gone
    buffer.close()
    write_bytes(path, bytes(data.data()))


def write_bytes(path: Path, data: bytes) -> None:
    """Write all or nothing: a failed export leaves the previous file byte for byte as it was."""
    from argmap.io.errors import MapFileError
    from argmap.io.files import write_atomic

    try:
        write_atomic(path, data)
    except MapFileError as exc:
        raise ExportError(path, exc.reason) from None
