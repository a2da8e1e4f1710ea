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

An edit's layout is the one made from nothing, bit for bit, so an edit's picture takes the same word (:func:`holds_for`):
a tree arrow that passed under no box keeps its verdict and footprint whatever boxes moved (:func:`kept_by_proof`), and
moved along with its boxes, they move along (:func:`moved_unproved` names the few that must be checked again).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Hashable, Iterable, Mapping, Sequence
from typing import Any

from argmap.drawing.geometry import ARROW_LENGTH, STEM, TidyPath
from argmap.drawing.honest import Area, Arrow
from argmap.drawing.obstacles import SMALL_AREA
from argmap.drawing.reuse import ArrowMemo

Key = tuple[str, str]


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
        # min() and max() of the five as comparisons (the same values: the first of equals, as they take it)
        x0 = x1 = sx
        for x in (tx, c1x, c2x, ex):
            if x < x0:
                x0 = x
            elif x > x1:
                x1 = x
        y0 = y1 = sy
        for y in (ty, c1y, c2y, ey):
            if y < y0:
                y0 = y
            elif y > y1:
                y1 = y
        columns, rows = int(x1 // cell) - int(x0 // cell) + 1, int(y1 // cell) - int(y0 // cell) + 1
        if columns * rows > SMALL_AREA and rows > 2 and columns > 2:
            append(None)  # (as the check: looked up piece by piece)
        else:
            append((x0, y0, x1, y1))
    return found


def holds_for(layout: Any) -> bool:
    """:func:`proof_holds` for an edit's ``layout``: an edit lays its trees out bit for bit as a layout from nothing does
    (:mod:`argmap.layout.tidy_edit`), so the proof holds for its tree arrows too."""
    trees = getattr(layout, "trees", None)
    if trees is None or trees.forest is None or len(trees.signature) < 5:
        return False
    return proof_holds(trees.signature[4], trees.signature[2], bool(trees.forest.pins), bool(layout.hidden), bool(layout.lanes))


_USUAL = ArrowMemo.__dict__["usual"]  # (the shape as kept: a framed memo's is not moved by reading it)


def kept_by_proof(memo: ArrowMemo, key: Hashable, tree: Container) -> bool:
    """Whether an arrow's verdict (not misleading) and footprint stay, in a picture of a layout for which the proof holds,
    whatever boxes moved: a tree arrow of the tidy shape that passed under no box. Its footprint is what the check looked
    up along its line (the box of the line, or its pieces), which a check passing under no box owes to the line alone."""
    return memo.misleading is False and key in tree and type(_USUAL.__get__(memo)[0]) is TidyPath


def moved_unproved(keys: Iterable[Key], memos: Mapping[Key, ArrowMemo], areas_of: Callable[[Key], list[Area] | None],
                   step: tuple[float, float], cell: float) -> set[Key]:
    """Of ``keys`` (tree arrows moved along by ``step``, the proof holding for the layout now), those whose verdict and
    footprint are not simply moved along: all but the arrows that passed under no box keeping the box of their line (one
    area) and keeping one after the move (not looked up piece by piece where the moved box lies across the cells)."""
    dx, dy = step
    left: set[Key] = set()
    get = _USUAL.__get__
    for key in keys:
        m = memos[key]
        areas = areas_of(key) if m.misleading is False and type(get(m)[0]) is TidyPath else None
        if areas is None or len(areas) != 1:
            left.add(key)
            continue
        x0, y0, x1, y1 = areas[0]
        columns = int((x1 + dx) // cell) - int((x0 + dx) // cell) + 1
        rows = int((y1 + dy) // cell) - int((y0 + dy) // cell) + 1
        if columns * rows > SMALL_AREA and rows > 2 and columns > 2:
            left.add(key)
    return left


def settle_tree_arrows(keys: Iterable[Key], memos: Mapping[Key, ArrowMemo], tree_parent: Mapping[str, str], cell: float,
                       under: dict, footprints: Any) -> set[Key]:
    """Of ``keys`` (arrows of an edit's picture to be checked, the proof holding for its layout), the drawn tree arrows of
    the tidy shape whose line's area :func:`tidy_cleared` gives, settled as :func:`~argmap.drawing.honest.misleads` would
    settle them (not misleading, that area looked up, passing under no box: ``under`` forgets them) and as a picture
    from nothing does: an edit made again the 40-90 arrows into the parents beside a moved branch, 0.1 ms a check."""
    tree = [key for key in keys if tree_parent.get(key[0]) == key[1] and memos[key].drawn]
    arrows: list[Arrow] = [((0.0, 0.0, 0.0, 0.0), (0.0, 0.0, 0.0, 0.0), key, memos[key].usual, False) for key in tree]
    settled: set[Key] = set()
    for key, area in zip(tree, tidy_cleared(arrows, cell), strict=True):
        if area is not None:
            memos[key].misleading = False
            under.pop(key, None)
            footprints.put(key, [area])
            settled.add(key)
    return settled
