"""Export a map, or part of an open scene, to PNG, SVG or PDF.

The scene that draws the canvas draws the export too (decorations off), so an exported
diagram looks exactly like the editor. Qt is imported only when an export runs, so that
``import argmap.export`` stays cheap for the command line.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.export.errors import ExportError
from argmap.export.render import PAGES, check_writable, ensure_app, format_for, render_pdf, render_png, render_svg

if TYPE_CHECKING:
    from argmap.gui.canvas.scene import MapScene
    from argmap.model import ArgumentMap


def export_map(
    amap: ArgumentMap,
    path: str | Path,
    *,
    fmt: str | None = None,
    scale: float = 1.0,
    dpi: float | None = None,
    background: str | None = None,
    theme: str = "light",
    page: str = "fit",
    ids: Iterable[str] | None = None,
    direction: str = "TB",
    evaluation: bool = False,
) -> None:
    """Write ``amap`` as a diagram to ``path`` (format from the suffix unless ``fmt`` is given).

    ``scale`` or ``dpi`` size a PNG (scale 1 = 96 dpi); ``background`` is ``None`` for the
    theme's canvas colour, ``"white"``, ``"transparent"`` or any colour name; ``page`` is
    ``"fit"`` (PDF page = map), ``"A4"`` or ``"Letter"`` (scaled to fit); ``ids`` exports only
    those statements and the links among them; ``evaluation`` draws each box's strength
    row (DF-QuAD) and marks defeated statements, as the editor does. Raises :class:`ExportError` (``"PATH: message"``).
    """
    path = Path(path)
    fmt = format_for(path, fmt)
    page = _page(path, page)
    check_writable(path)
    ensure_app()
    from argmap.gui.canvas.scene import MapScene
    from argmap.gui.canvas.theme import Theme

    try:
        chosen = Theme.named(theme)
    except ValueError as exc:
        raise ExportError(path, str(exc)) from None
    try:
        scene = MapScene(amap, chosen, direction=direction, decorations=False, indexed=False, evaluation=evaluation)
    except ValueError as exc:
        raise ExportError(path, str(exc)) from None
    try:
        export_scene(scene, path, fmt=fmt, scale=scale, dpi=dpi, background=background, page=page, ids=ids)
    finally:
        scene.detach()


def export_scene(
    scene: MapScene,
    path: str | Path,
    *,
    fmt: str | None = None,
    scale: float = 1.0,
    dpi: float | None = None,
    background: str | None = None,
    page: str = "fit",
    ids: Iterable[str] | None = None,
) -> None:
    """Export what an open scene shows (or only ``ids``), without selection or editing marks."""
    path = Path(path)
    fmt = format_for(path, fmt)
    page = _page(path, page)
    check_writable(path)
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush

    fill = _background(path, background, scene.theme.background, transparent_ok=True)
    keep = None if ids is None else [i for i in ids if scene.item_for(i) is not None]
    if keep is not None and not keep:
        raise ExportError(path, "nothing to export: none of the chosen statements is in the map")
    was_decorated = scene.decorations
    scene.set_decorations(False)
    transient = [item for item in (scene.inline_editor, scene._connect_line) if item is not None and item.isVisible()]
    for item in transient:
        item.setVisible(False)
    hidden = scene.isolate(keep) if keep is not None else []
    brush = scene.backgroundBrush()
    scene.setBackgroundBrush(QBrush())  # the exporter paints the chosen background (or none) itself
    try:
        # whole pixels: the SVG then maps scene units 1:1 (a scale of 1.00002 would split every text run)
        source = QRectF(scene.items_bounding_rect_for_export(keep).toAlignedRect())
        amap = scene.amap
        if fmt == "png":
            render_png(scene, source, path, scale=scale, dpi=dpi, background=fill)
        elif fmt == "svg":
            render_svg(scene, source, path, title=amap.title, description=amap.description, background=fill)
        else:
            render_pdf(scene, source, path, page=page, title=amap.title, background=fill)
    finally:
        scene.setBackgroundBrush(brush)
        for item in hidden + transient:
            item.setVisible(True)
        scene.set_decorations(was_decorated)


def export_size(scene: MapScene, *, scale: float = 1.0, dpi: float | None = None, ids: Iterable[str] | None = None) -> tuple[int, int]:
    """Width and height in pixels of a PNG export (at ``scale`` or ``dpi``); SVG is the size at scale 1.

    For the export dialog's size preview: cheap, draws nothing.
    """
    keep = None if ids is None else [i for i in ids if scene.item_for(i) is not None]
    rect = scene.items_bounding_rect_for_export(keep).toAlignedRect()
    factor = dpi / 96.0 if dpi is not None else scale
    return max(1, round(rect.width() * factor)), max(1, round(rect.height() * factor))


def _page(path: Path, page: str) -> str:
    for name in PAGES:
        if page.lower() == name.lower():
            return name
    raise ExportError(path, f"unknown page {page!r}: choose fit, A4 or Letter")


def _background(path: Path, background: str | None, theme_color, *, transparent_ok: bool):
    from PySide6.QtGui import QColor

    if background is None:
        return QColor(theme_color)
    if background == "transparent" and transparent_ok:
        return None
    color = QColor(background)
    if not color.isValid():
        raise ExportError(path, f"unknown background colour {background!r}: use white, transparent or a colour name")
    return color
