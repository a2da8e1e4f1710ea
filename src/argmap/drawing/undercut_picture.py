"""The undercuts' arrows of a picture, each ending on the line it attacks (or a connector when no way is found)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from argmap.drawing.arrows import link_kit, link_shape
from argmap.drawing.detour import Budget
from argmap.drawing.geometry import Box
from argmap.drawing.honest import sign_index
from argmap.drawing.obstacles import BoxIndex
from argmap.drawing.off_page import bracket_tags, taken_by_connectors, undercut_connector
from argmap.drawing.placed import PlacedArrow
from argmap.drawing.routing import fan_coordinate
from argmap.drawing.theme import Theme
from argmap.model import Link, Relation

if TYPE_CHECKING:
    from argmap.drawing.diagram import Diagram


def undercut_arrows(
    undercuts: list[Link],
    diagram: Diagram,
    shown: Mapping[str, Box],
    theme: Theme,
    index: BoxIndex,
    *,
    horizontal: bool,
    budget: Budget,
    lines: Mapping[tuple[str, str, str], object] | None = None,
) -> list[PlacedArrow]:
    """The arrows of the undercuts, each ending on the line it attacks (a premise's arrow or a linked
    reason's one arrow, as this picture draws them); onto the target's box when that line is not drawn.
    ``lines``: those lines, (target, premise, "") or (target, "", group) -> line, when the caller has them."""
    from argmap.drawing.undercuts import attacked_point, honest_undercut

    if lines is None:
        drawn: dict[tuple[str, str, str], object] = {(a.target, a.source, ""): a.shape[0] for a in diagram.arrows}
        drawn.update({(g.target, "", g.name): g.shape[0] for g in diagram.brackets})
        lines = drawn
    onto_of = {link.key: (link.onto or "", link.onto_group or "") for link in undercuts}
    sharing: dict[tuple[str, str, str], list[Link]] = {}
    for link in undercuts:
        sharing.setdefault((link.target, *onto_of[link.key]), []).append(link)
    placed = []
    taken: list[Box] | None = None  # the tags placed so far (asked only when an undercut needs a connector)
    for key, same in sharing.items():
        same.sort(key=lambda link: fan_coordinate(shown[link.source], horizontal=horizontal))
        line = lines.get(key)
        for rank, link in enumerate(same):
            source = shown[link.source]
            if line is None:  # the attacked premise is hidden (collapsed): at least show what is attacked
                shape, over = link_shape(source, shown[link.target], direction="TB" if horizontal else "LR", slot=None, cross=True), False
            else:
                point, angle = attacked_point(line, rank=rank)

                def connect(link: Link = link, key: tuple[str, str, str] = key, point: QPointF = point) -> tuple:
                    nonlocal taken
                    if taken is None:
                        taken = taken_by_connectors([a.shape for a in diagram.arrows if a.over])
                        taken += [(t.x, t.y, t.w, t.h) for g in diagram.brackets for t in bracket_tags(g.bracket)]
                    at = (point.x(), point.y())
                    named = key[1] or next((m for m in _members(diagram, key) if m in shown), key[0])
                    box = shown[link.source]
                    return undercut_connector(link.source, box, named, at, index, _marks_near(diagram, box, at, key), taken, horizontal)

                shape, over = honest_undercut(
                    link.source, source, point, angle, index, horizontal=horizontal, budget=budget, connect=connect
                )
            kit = link_kit(theme, Relation.ATTACK, cross=False)
            placed.append(PlacedArrow(link.source, link.target, shape, Relation.ATTACK, kit, False, over, onto_of[link.key]))
    return placed


def _members(diagram: Diagram, key: tuple[str, str, str]) -> list[str]:
    """The co-premises of the linked reason ``key`` (target, "", group) attacks."""
    return next((g.members for g in diagram.brackets if (g.target, g.name) == (key[0], key[2])), [])


def _marks_near(diagram: Diagram, source: Box, point: tuple[float, float], key: tuple[str, str, str]) -> BoxIndex:
    """The signs and heads of the picture's arrows near an undercut's ends (where its connector's tags go), but the attacked one's."""
    reach = 300.0
    x0, x1 = min(source[0], point[0]) - reach, max(source[0] + source[2], point[0]) + reach
    y0, y1 = min(source[1], point[1]) - reach, max(source[1] + source[3], point[1]) + reach
    shapes = {}
    for a in diagram.arrows:
        r = a.shape[3]
        near = r.left() < x1 and x0 < r.right() and r.top() < y1 and y0 < r.bottom()
        if near and not a.over and (a.source, a.target) != (key[1], key[0]):
            shapes[(a.source, a.target)] = a.shape
    return sign_index(shapes)
