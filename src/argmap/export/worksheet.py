"""Export a worksheet: the map with chosen statements (or every statement of some kinds) left blank.

The answer key is the same map exported normally (:func:`argmap.export.export_map`): the
worksheet has the answer key's layout box for box.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.export.api import export_diagram
from argmap.export.errors import ExportError, said
from argmap.export.render import check_writable, ensure_app, format_for

if TYPE_CHECKING:
    from argmap.model import ArgumentMap


def export_worksheet(
    amap: ArgumentMap,
    path: str | Path,
    *,
    ids: Iterable[str] = (),
    kinds: Iterable[str] = (),
    fmt: str | None = None,
    theme: str = "light",
    page: str = "fit",
    scale: float = 1.0,
    dpi: float | None = None,
    font_size: int | None = None,
    direction: str = "TB",
    arrangement: str | None = None,
) -> int:
    """Write the worksheet as PNG or PDF (SVG too); returns how many boxes were left blank."""
    path = Path(path)
    format_for(path, fmt)
    check_writable(path)
    ensure_app()
    from argmap.drawing.theme import Theme
    from argmap.drawing.worksheet import blank_ids, build_worksheet

    try:
        chosen = Theme.named(theme, font_size)
        blanks = blank_ids(amap, ids, kinds)
        if not blanks:
            raise ExportError(path, said("nothing to leave blank: name statements or kinds the map has"))
        diagram = build_worksheet(amap, chosen, blanks, direction=direction, arrangement=arrangement)
    except ValueError as exc:
        raise ExportError(path, str(exc)) from None
    export_diagram(diagram, path, fmt=fmt, scale=scale, dpi=dpi, page=page)
    return len(blanks)
