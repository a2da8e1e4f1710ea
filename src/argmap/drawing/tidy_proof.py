"""Tree arrows of a fresh tidy layout pass under no box: the answer of the arrow check known without looking.

Every arrow of a picture is checked against the boxes it is not drawn between (:func:`~argmap.drawing.honest.misleads`);
most tree arrows are cleared at once by :func:`~argmap.drawing.honest.clear_tree_arrows`, which looks up the boxes
reaching into each parent's fan of arrows. In a layout made from nothing by the tidy tree arrangement
(:mod:`argmap.layout.tidy`, no pinned statement, nothing collapsed) no box ever does, for this reason:

- A tree arrow runs from its child's top edge to its parent's bottom edge (TB; LR is the same turned), every point of
  it between the child's centre and where it meets the parent, across, and within the gap between the two, down (its
  stem and head are shorter than the level gap). Every child of a parent P starts exactly one level gap below P's
  bottom (the non-layered rule), so the arrows into P lie in the band between P's bottom and its children's tops, and
  across within the span of P and its children (P is centred over them, so the two spans meet: one interval).
- The tidy layout never lets two statements' regions overlap, a region being the box with the gaps it owns: the
  sibling gap to its right and the level gap below it. A box Q that reached below P's bottom into the band would own
  the space down to more than a level gap below P's bottom: it would meet the height of P's children's regions, so it
  lies wholly left or right of P's subtree there (neighbouring subtrees are separated at every height they share),
  outside the span of the children, hence of the band's arrows. P's own children start where the band ends, P's
  ancestors end a level gap above P, its other descendants below its children, and separate trees stand side by side.

So for such a picture the check's verdict (not misleading) and the area it keeps for each arrow (the box around the
arrow's line, see :func:`~argmap.drawing.honest.clear_tree_arrows`) are given here without the boxes
(``tests/drawing/test_tidy_proof.py`` compares them with the check on random tidy layouts). Arrows the check would
look up piece by piece, cross-links and any arrow not of the tidy shape are left to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from argmap.drawing.geometry import ARROW_LENGTH, STEM, TidyPath
from argmap.drawing.honest import Area, Arrow
from argmap.drawing.obstacles import SMALL_AREA


def proof_holds(arrangement: str, level_gap: float, any_pinned: bool, any_hidden: bool, any_lanes: bool) -> bool:
    """True when the tree arrows of a picture made from nothing with this layout pass under no box (see the module)."""
    return arrangement == "tree" and not (any_pinned or any_hidden or any_lanes) and level_gap > STEM + ARROW_LENGTH


def tidy_cleared(arrows: Sequence[Arrow], cell: float) -> list[Area | None]:
    """:func:`~argmap.drawing.honest.clear_tree_arrows` for the arrows of a picture for which :func:`proof_holds`: the
    area of each tidy tree arrow's line, None for the others (a cross-link, another shape, an area the check looks up
    piece by piece: the check decides those)."""
    found: list[Area | None] = []
    append = found.append
    for _, _, _, shape, cross in arrows:
        path = shape[0]
        if cross or type(path) is not TidyPath:
            append(None)
            continue
        sx, sy, tx, ty, c1x, c1y, c2x, c2y, ex, ey = path.numbers
        x0, x1 = min(sx, tx, c1x, c2x, ex), max(sx, tx, c1x, c2x, ex)
        y0, y1 = min(sy, ty, c1y, c2y, ey), max(sy, ty, c1y, c2y, ey)
        columns, rows = int(x1 // cell) - int(x0 // cell) + 1, int(y1 // cell) - int(y0 // cell) + 1
        if columns * rows > SMALL_AREA and rows > 2 and columns > 2:
            append(None)  # (as the check: looked up piece by piece)
        else:
            append((x0, y0, x1, y1))
    return found
