"""A picture's arrows from nothing: each link's usual shape (:func:`fresh_arrows`), then each drawn arrow's verdict,
whether it passes under a box it does not join (:func:`check_arrows`), kept in its memo with the areas it looked at.
:func:`~argmap.drawing.diagram.build_diagram` calls both; an edit's picture redoes only what the edit reached."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from argmap.drawing.arrows import link_shape
from argmap.drawing.geometry import Box, TidyHead, TidyPath, tidy_arrow_and_line
from argmap.drawing.honest import Area, Arrow, clear_tree_arrows, misleads
from argmap.drawing.lanes import lane_arrow
from argmap.drawing.obstacles import BoxIndex
from argmap.drawing.reuse import ArrowMemo, Footprints, PictureMemo
from argmap.drawing.tidy_proof import in_pieces, tidy_cleared
from argmap.model import Link


def fresh_arrows(
    links: list[Link],
    keys: list[tuple[str, str]],
    cross: Mapping[tuple[str, str], bool],
    shown: Mapping[str, Box],
    slots: Mapping,
    lanes: Mapping[tuple[str, str], tuple[float, float]] | None,
    direction: str,
    remembered: dict[tuple[str, str], ArrowMemo],
    drawn: list[tuple[Link, tuple[str, str], ArrowMemo]],
    usual: list[Arrow],
    untidy: list[tuple[str, str]] | None = None,
    cleared: dict[tuple[str, str], Area] | None = None,
    cell: float = 0.0,
) -> None:
    """Each arrow's usual shape for a picture made from nothing, into ``remembered``; the drawn ones (with a line) added
    to ``drawn`` and ``usual``, and those whose head is not a tidy tree arrow's to ``untidy`` (see near_signs). The same
    as build_diagram's loop for an edit's picture, without what that compares with the last picture, and a tree arrow's
    tidy shape asked for directly (a call less per arrow: 50,000 at open).

    ``cleared`` (a picture from nothing of a tidy layout, boxes filed in cells of ``cell``): each tidy tree arrow's
    verdict given at once, with the area :func:`check_arrows` would keep (:func:`~argmap.drawing.tidy_proof.tidy_cleared`)
    put in ``cleared``, as its shape is made (the check's own pass over 50,000 arrows and its lists were 0.1 s of
    opening); the check is left the others."""
    get_slot, get_lane = slots.get, lanes.get if lanes else None
    half = cell / 2  # (a line less than half a cell across one way is never looked up piece by piece)
    for link, key in zip(links, keys, strict=True):
        is_cross = cross[key]
        child, parent, slot = shown[link.source], shown[link.target], get_slot(key)
        lane = None if is_cross or get_lane is None else get_lane(key)
        shape = lane_arrow(child, parent, *lane, slot, light=True) if lane is not None else None
        line = None
        if shape is None:
            made = None if is_cross else tidy_arrow_and_line(child, parent, direction, slot)  # link_shape's fast path
            if made is None:
                shape = link_shape(child, parent, direction=direction, slot=slot, cross=is_cross, light=True)
            else:
                shape, line = made
        path = shape[0]
        has_line = line is not None or type(path) is TidyPath or not path.isEmpty()  # empty: boxes pinned on top of each other
        m = remembered[key] = ArrowMemo((child, parent, slot, lane, is_cross), shape, has_line)
        if line is not None and cleared is not None:  # (a tree arrow of the tidy shape: the proof's verdict and area)
            x0, y0, x1, y1 = line
            if x1 - x0 < half or y1 - y0 < half or not in_pieces(x0, y0, x1, y1, cell):
                m.misleading = False
                cleared[key] = line
        if has_line:
            drawn.append((link, key, m))
            usual.append((child, parent, key, shape, is_cross))
            if untidy is not None and type(shape[1]) is not TidyHead:
                untidy.append(key)


def check_arrows(
    drawn: list[tuple[Link, tuple[str, str], ArrowMemo]],
    usual: list[Arrow],
    stale: set,
    index: BoxIndex,
    signs: Callable[[], BoxIndex],
    memo: PictureMemo | None,
    *,
    tidy: bool = False,
    cleared: dict[tuple[str, str], Area] | None = None,
) -> None:
    """The verdict of :func:`misleads` for each drawn arrow not checked yet (or whose footprint a change met), kept in its
    memo with the areas it looked at (``memo``: the picture remembers them). Most tree arrows are cleared at once by
    :func:`clear_tree_arrows` (the same verdict and areas), or with ``tidy`` (a picture from nothing of a tidy layout)
    without looking at the boxes (:func:`~argmap.drawing.tidy_proof.tidy_cleared`); the others are checked one by one.
    ``cleared``: the areas of the arrows :func:`fresh_arrows` cleared (their verdicts given), kept with the others'."""
    todo = [k for k, (_, key, m) in enumerate(drawn) if m.misleading is None or key in stale]
    arrows = [usual[k] for k in todo] if len(todo) != len(usual) else usual
    areas = tidy_cleared(arrows, index.cell) if tidy and isinstance(index, BoxIndex) else clear_tree_arrows(arrows, index)
    footprints: list[tuple[tuple[str, str], Area]] = []
    for k, area in zip(todo, areas, strict=True):
        _, key, m = drawn[k]
        if area is not None:
            m.misleading = False
            footprints.append((key, area))
            continue
        probe: list[Area] | None = [] if memo is not None else None
        m.misleading = misleads(usual[k], index, signs, probe, memo.routes.under if memo is not None else None)
        if memo is not None and probe is not None:
            memo.footprints.put(key, probe)
    if cleared and footprints:  # (with the others, in the order of the arrows, as if cleared here)
        footprints, cleared = sorted([*cleared.items(), *footprints], key=_ranks(drawn)), None
    if memo is not None:
        if type(memo.footprints) is not Footprints:
            memo.footprints.put_areas(cleared.items() if cleared else footprints)
        elif cleared:  # (the dict handed over as it is)
            memo.footprints.put_later_taking(cleared)
        else:  # filed when first asked about (a picture from nothing: 48,000 at 50,000)
            memo.footprints.put_later(footprints)


def _ranks(drawn: list[tuple[Link, tuple[str, str], ArrowMemo]]) -> Callable[[tuple[tuple[str, str], Area]], int]:
    """An entry's (key, area) place among the drawn arrows (to merge entries in their order)."""
    place = {key: n for n, (_, key, _) in enumerate(drawn)}
    return lambda entry: place[entry[0]]
