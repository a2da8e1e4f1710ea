"""Export a map, or a drawing already built from one, to PNG, SVG or PDF.

Boxes and arrows are measured and painted by :mod:`argmap.drawing`, the canvas's own
drawing code, so an exported diagram looks exactly like the editor (without selection
or editing marks). A headless export builds the drawing straight from the map
(:func:`export_map`); the editor builds it from what its scene shows and hands it to
:func:`export_diagram`. This layer never imports the GUI.

Qt is imported inside the functions: ``argmap.export`` is imported by the command line,
whose other commands must start without Qt (tests/cli/test_export_command.py checks it).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.export.errors import ExportError, said
from argmap.export.render import AUTO, PAGES, check_writable, ensure_app, format_for, png_scale, render_pdf, render_png, render_svg

if TYPE_CHECKING:
    from argmap.drawing.diagram import Diagram
    from argmap.model import ArgumentMap


def export_map(
    amap: ArgumentMap,
    path: str | Path,
    *,
    fmt: str | None = None,
    scale: float | str = 1.0,
    dpi: float | None = None,
    background: str | None = None,
    theme: str = "light",
    page: str = "fit",
    ids: Iterable[str] | None = None,
    direction: str = "TB",
    evaluation: bool = False,
    arrangement: str | None = None,
    font_size: int | None = None,
    sides: bool = False,
) -> None:
    """Write ``amap`` as a diagram to ``path`` (format from the suffix unless ``fmt`` is given).

    ``scale`` or ``dpi`` size a PNG (scale 1 = 96 dpi; ``"auto"``: 1, or the largest scale that fits when
    1 is too large); a PNG too large is refused as soon as the boxes are placed; ``background`` is ``None`` for the
    theme's canvas colour, ``"white"``, ``"transparent"`` or any colour name; ``page`` is
    ``"fit"`` (PDF page = map), ``"A4"``, ``"Letter"`` or ``"slide"`` (16:9; scaled to fit); ``ids`` exports only
    those statements and the links among them; ``evaluation`` draws each box's strength
    row and verdict (refuted ones faded), as the editor does; ``arrangement`` is "tree" or
    "columns" (None: the map's own, see :attr:`ArgumentMap.layout`); ``font_size`` is the statement text's
    size in px (None: the theme's 14, as in the editor's Normal text size); ``sides`` marks each box "for" or
    "against" the main claim, as View > Sides does. Raises :class:`ExportError` (``"PATH: message"``).
    """
    path = Path(path)
    fmt = format_for(path, fmt)
    page = _page(path, page)
    check_writable(path)
    ensure_app()
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    try:
        chosen = Theme.named(theme, font_size)
    except ValueError as exc:
        raise ExportError(path, str(exc)) from None
    check = None
    if fmt == "png" and ids is None and scale != AUTO:  # an impossible size is refused before the arrows are made

        def check(width: float, height: float) -> None:
            png_scale(width, height, scale, dpi, path, at_least=True)

    try:
        diagram = build_diagram(
            amap, chosen, direction=direction, evaluation=evaluation, arrangement=arrangement, sides=sides, on_extent=check
        )
    except ValueError as exc:
        raise ExportError(path, str(exc)) from None
    _render(diagram, path, fmt=fmt, scale=scale, dpi=dpi, background=background, page=page, ids=ids)


def export_diagram(
    diagram: Diagram,
    path: str | Path,
    *,
    fmt: str | None = None,
    scale: float | str = 1.0,
    dpi: float | None = None,
    background: str | None = None,
    page: str = "fit",
    ids: Iterable[str] | None = None,
) -> None:
    """Write a drawing that is already built (the editor's: ``MapScene.diagram()``), or only
    its ``ids``; the options are those of :func:`export_map`."""
    path = Path(path)
    fmt = format_for(path, fmt)
    page = _page(path, page)
    check_writable(path)
    _render(diagram, path, fmt=fmt, scale=scale, dpi=dpi, background=background, page=page, ids=ids)


def _render(
    diagram: Diagram,
    path: Path,
    *,
    fmt: str,
    scale: float | str,
    dpi: float | None,
    background: str | None,
    page: str,
    ids: Iterable[str] | None,
) -> None:
    fill = _background(path, background, diagram.theme.background, transparent_ok=True)
    if ids is not None:
        diagram = diagram.only([ids] if isinstance(ids, str) else ids)  # one id given as a string is one id
        if not diagram.boxes:
            raise ExportError(path, said("nothing to export: none of the chosen statements is in the map"))
    # whole pixels: the SVG then maps scene units 1:1
    source = diagram.bounds()
    if fmt == "png":
        render_png(diagram, source, path, scale=scale, dpi=dpi, background=fill)
    elif fmt == "svg":
        render_svg(diagram, source, path, background=fill)
    else:
        render_pdf(diagram, source, path, page=page, background=fill)


def export_size(diagram: Diagram, *, scale: float = 1.0, dpi: float | None = None) -> tuple[int, int]:
    """Width and height in pixels of ``diagram``'s PNG export (at ``scale`` or ``dpi``); SVG is the size at scale 1.

    For the export dialog's size preview: cheap, draws nothing.
    """
    rect = diagram.bounds()
    factor = dpi / 96.0 if dpi is not None else scale
    return max(1, round(rect.width() * factor)), max(1, round(rect.height() * factor))


def _page(path: Path, page: str) -> str:
    for name in PAGES:
        if page.lower() == name.lower():
            return name
    raise ExportError(path, said("unknown page %1: choose fit, A4, Letter or slide", repr(page)))


def _background(path: Path, background: str | None, theme_color, *, transparent_ok: bool):
    from PySide6.QtGui import QColor

    if background is None:
        return QColor(theme_color)
    if background == "transparent" and transparent_ok:
        return None
    color = QColor(background)
    if not color.isValid():
        raise ExportError(path, said("unknown background colour %1: use white, transparent or a colour name", repr(background)))
    return color
