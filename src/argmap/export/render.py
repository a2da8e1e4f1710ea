"""Draw a :class:`~argmap.drawing.diagram.Diagram` into PNG, SVG or PDF.

PNG and PDF go through a QPainter, SVG through :class:`~argmap.drawing.svg_painter.SvgPainter`:
the boxes and arrows are painted by the same code as the canvas's either way.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

from argmap.export.errors import ExportError, said
from argmap.file_errors import replace_refusal

FORMATS = ("png", "svg", "pdf")
PAGES = ("fit", "A4", "Letter", "slide")
#: A widescreen presentation slide (16:9, 13.33 x 7.5 inches: the size of a PowerPoint or Impress slide), in points.
SLIDE_POINTS = (960.0, 540.0)
#: Bigger PNGs are refused with a hint: Qt cannot paint images this large reliably.
MAX_PNG_SIDE = 32_000
MAX_PNG_PIXELS = 400_000_000
#: ``scale="auto"``: 1, or the largest scale whose PNG fits (:func:`largest_png_scale`) when 1 does not.
AUTO = "auto"
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
    """Measuring text needs a Qt application; make one (offscreen when there is no display).

    A window-less QGuiApplication starts fastest; a program that already imported Qt's
    widgets (and may want windows later) gets a QApplication. An existing one is used as it is.
    """
    if needs_offscreen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if "PySide6.QtWidgets" in sys.modules:
            from PySide6.QtWidgets import QApplication

            app = QApplication(["argmap-export"])
        else:
            app = QGuiApplication(["argmap-export"])
        from argmap.drawing.language import install_translators

        install_translators(app)  # kind labels and badges in the interface's language, as in the editor
    return app


def format_for(path: Path, fmt: str | None) -> str:
    chosen = (fmt or path.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        if fmt:
            raise ExportError(path, said("cannot export to format %1: use .png, .svg or .pdf", repr(fmt)))
        if path.suffix:
            raise ExportError(path, said("cannot export to file name suffix %1: use .png, .svg or .pdf", repr(path.suffix)))
        raise ExportError(path, said("cannot export to a file name with no suffix: use .png, .svg or .pdf"))
    return chosen


def check_writable(path: Path) -> None:
    """Fail early, with the path, before any drawing is done (the same refusals as every writer's)."""
    folder = path.parent if str(path.parent) else Path(".")
    refusal = replace_refusal(path)  # a read-only file, a loop of links
    if refusal is not None:
        raise ExportError(path, refusal)
    if path.is_dir():
        raise ExportError(path, said("is a folder, not a file name"))
    if path.exists() and not path.is_file():  # a device or a pipe: the atomic rename would replace it
        raise ExportError(path, said("is not a regular file (a device or a pipe): give a file name"))
    if not folder.is_dir():
        raise ExportError(path, said("the folder %1 does not exist", repr(str(folder))))
    if not os.access(folder, os.W_OK):
        raise ExportError(path, said("permission denied: cannot write here"))


def png_fits(width: int, height: int) -> bool:
    return max(width, height) <= MAX_PNG_SIDE and width * height <= MAX_PNG_PIXELS


def png_size(width: float, height: float, scale: float) -> tuple[int, int]:
    """The PNG's pixels for a drawing of ``width`` x ``height`` scene units at ``scale``."""
    return max(1, round(width * scale)), max(1, round(height * scale))


def largest_png_scale(width: float, height: float) -> float:
    """The largest scale (in thousandths) at which a drawing of ``width`` x ``height`` units makes a PNG that fits."""
    scale = min(MAX_PNG_SIDE / max(width, 1.0), MAX_PNG_SIDE / max(height, 1.0), math.sqrt(MAX_PNG_PIXELS / max(width * height, 1.0)))
    scale = math.floor(min(scale, 100.0) * 1000) / 1000
    while scale > 0.001 and not png_fits(*png_size(width, height, scale)):
        scale -= 0.001
    return round(scale, 3)


def png_scale(width: float, height: float, scale: float | str, dpi: float | None, path: Path, *, at_least: bool = False) -> float:
    """The scale to draw at (``"auto"``: 1, or less so that it fits), or ExportError naming the largest scale that fits.

    ``at_least``: the size given is what the drawing will at least measure (its boxes, before the arrows).
    """
    if dpi is not None:
        scale = dpi / 96.0
    if scale == AUTO:
        return min(1.0, largest_png_scale(width, height))
    if not isinstance(scale, int | float) or not (0 < scale <= 100):
        raise ExportError(path, said("scale %1 must be above 0 and at most 100, or auto", repr(scale)))
    w, h = png_size(width, height, scale)
    if not png_fits(w, h):
        largest = largest_png_scale(width, height)
        numbers = (f"{w:,}", f"{h:,}", f"{MAX_PNG_SIDE:,}", f"{MAX_PNG_PIXELS:,}", f"{largest:g}")
        if at_least:
            raise ExportError(path, said(
                "the image would be at least %1 x %2 pixels, too large for PNG (at most %3 pixels a side and %4 in all): "
                "the largest scale that fits is at most %5 (on the command line: --scale %5, or --scale auto); or export SVG or PDF",
                *numbers))
        raise ExportError(path, said(
            "the image would be %1 x %2 pixels, too large for PNG (at most %3 pixels a side and %4 in all): "
            "the largest scale that fits is %5 (on the command line: --scale %5, or --scale auto); or export SVG or PDF", *numbers))
    return float(scale)


def render_png(diagram, source, path: Path, *, scale: float | str, dpi: float | None, background) -> None:
    write_bytes(path, png_bytes(diagram, source, scale=scale, dpi=dpi, background=background, path=path))


def png_bytes(diagram, source, *, scale: float | str, dpi: float | None, background, path: Path | str = "image") -> bytes:
    """The PNG file of ``source`` (scene units) of ``diagram``; errors name ``path`` (also for the clipboard's picture)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    path = Path(path)
    scale = png_scale(source.width(), source.height(), scale, dpi, path)
    width, height = png_size(source.width(), source.height(), scale)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(path, said("not enough memory for a %1 x %2 image", width, height))
    image.setDotsPerMeterX(round((dpi or 96.0 * scale) / 0.0254))
    image.setDotsPerMeterY(round((dpi or 96.0 * scale) / 0.0254))
    image.fill(background if background is not None else Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing | QPainter.RenderHint.SmoothPixmapTransform
    )
    diagram.paint(painter, source, QRectF(0, 0, width, height))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stub says bytes; PySide6 takes only a str here
        raise ExportError(path, said("could not encode the PNG image"))
    buffer.close()
    return bytes(data.data())


def render_svg(diagram, source, path: Path, *, background) -> None:
    write_bytes(path, svg_text(diagram, source, background=background).encode("utf-8"))


def svg_text(diagram, source, *, background) -> str:
    """The SVG document of ``source`` (scene units) of ``diagram``."""
    from PySide6.QtCore import QRectF

    from argmap.drawing.svg_painter import SvgPainter

    width, height = round(source.width()), round(source.height())
    painter = SvgPainter(width, height, font_fallback=SVG_FONT_FALLBACK)
    if background is not None:
        painter.fillRect(QRectF(0, 0, width, height), background)
    diagram.paint(painter, source, QRectF(0, 0, width, height))
    return painter.document(title=diagram.title, description=diagram.description)


def render_pdf(diagram, source, path: Path, *, page: str, background) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)  # into memory, then written atomically: a failed export keeps the old file
    writer.setTitle(diagram.title)
    writer.setCreator("argmap")
    writer.setResolution(300)
    if page == "fit":
        # 96 scene units per inch, like the PNG at scale 1 and the SVG's pixels
        points = QSizeF(source.width() * 0.75, source.height() * 0.75)
        shrink = min(1.0, MAX_PDF_POINTS / max(points.width(), points.height()))
        writer.setPageSize(QPageSize(points * shrink, QPageSize.Unit.Point, "argmap", QPageSize.SizeMatchPolicy.ExactMatch))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    else:
        if page == "slide":
            # page sizes are given upright; the landscape orientation below turns it into 16:9
            upright = QSizeF(SLIDE_POINTS[1], SLIDE_POINTS[0])
            size = QPageSize(upright, QPageSize.Unit.Point, "Slide 16:9", QPageSize.SizeMatchPolicy.ExactMatch)
        else:
            size = QPageSize(QPageSize.PageSizeId.A4 if page == "A4" else QPageSize.PageSizeId.Letter)
        landscape = page == "slide" or source.width() > source.height()
        orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        margins = QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM)
        writer.setPageLayout(QPageLayout(size, orientation, margins, QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(path, said("could not write the PDF file"))
    target = QRectF(painter.viewport())
    if background is not None:  # the whole sheet, margins too: a dark theme prints no white frame
        layout = writer.pageLayout()
        full, inside = layout.fullRectPixels(writer.resolution()), layout.paintRectPixels(writer.resolution())
        painter.fillRect(QRectF(full).translated(-inside.x(), -inside.y()), background)
    diagram.paint(painter, source, target, keep_aspect=page != "fit")  # A4/Letter/slide: scaled to fit, centred
    painter.end()
    del writer  # the PDF is complete only once the writer is gone
    buffer.close()
    write_bytes(path, bytes(data.data()))


def write_bytes(path: Path, data: bytes) -> None:
    """Write all or nothing: a failed export leaves the previous file byte for byte as it was."""
    from argmap.file_errors import MapFileError
    from argmap.io.files import write_atomic

    try:
        write_atomic(path, data)
    except MapFileError as exc:
        raise ExportError(path, exc.reason) from None
