"""A picture's arrows from nothing: each link's usual shape (:func:`fresh_arrows`), then each drawn arrow's verdict,
whether it passes under a box it does not join (:func:`check_arrows`), kept in its memo with the areas it looked at.
:func:`~argmap.drawing.diagram.build_diagram` calls both; an edit's picture redoes only what the edit reached. Then the
arrows placed as drawn (:func:`place_fresh`) and the links' net kept for the edits (:func:`fresh_net`)."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Mapping
from itertools import islice
from typing import TYPE_CHECKING, Any

from argmap.drawing.arrows import ArrowKit, bracket_hub, link_kit, link_shape
from argmap.drawing.geometry import Box, TidyHead, TidyPath, tidy_arrow
from argmap.drawing.honest import Area, Arrow, clear_tree_arrows, misleads
from argmap.drawing.lanes import lane_arrow
from argmap.drawing.obstacles import BoxIndex
from argmap.drawing.placed import PlacedArrow
from argmap.drawing.reuse import ArrowMemo, Footprints, PictureMemo
from argmap.drawing.routing import group_lane, lane_needs_slot, spread_slots
from argmap.drawing.tidy_proof import tidy_cleared
from argmap.model import Link

if TYPE_CHECKING:
    from argmap.drawing.theme import Theme

#: The links whose usual shapes :func:`fresh_arrows` makes in one step of a staged picture (about 20 us each), the
#: arrows checked (about 8 us each, tidy) and placed (about 1 us each) in one.
FRESH_SLICE = 250
CHECK_SLICE = 800
PLACE_SLICE = 4000
#: The links listed for their slots in one step (about 5 us each), the fans given slots, the keys made (twice as many).
SLOT_SLICE = 3000


def plain_links_and_undercuts(every_link: list[Link], shown: Mapping[str, Box]) -> tuple[list[Link], list[Link]]:
    """The links between shown boxes: those drawn as arrows of their own (not in a linked reason, not undercuts),
    and the undercuts; in map order. One pass, without a property call per link."""
    links: list[Link] = []
    undercuts: list[Link] = []
    for link in every_link:
        if link.source in shown and link.target in shown:
            if link.onto is not None or link.onto_group is not None:  # Link.is_undercut
                undercuts.append(link)
            elif link.group is None:
                links.append(link)
    return links, undercuts


def slot_steps(links: list[Link], keys: list[tuple[str, str]], cross: Mapping[tuple[str, str], bool], lanes: Mapping[Any, Any],
               shown: Mapping[str, Box], groups: list[tuple[str, str, list[str], Any]], *,
               horizontal: bool) -> Generator[None, None, dict]:
    """The slots of the arrows that take one (:func:`~argmap.drawing.routing.spread_slots`), a slice of links or fans
    at a time (a generator: its value is the slots). Those arrows are listed by parent, as assign_slots lists them
    (listed here: no tuple made per arrow to list)."""
    fans: dict[str, list[tuple[float, Any]]] = {}
    get_into = fans.get
    for lo in range(0, len(links), SLOT_SLICE):
        for link, key in zip(links[lo:lo + SLOT_SLICE], keys[lo:lo + SLOT_SLICE], strict=True):
            if not cross[key]:
                lane = lanes.get(key) if lanes else None
                if lane is None:
                    x, y, w, h = shown[link.source]  # fan_coordinate, inline (a call per arrow)
                    entry = (x + w / 2 if horizontal else y + h / 2, key)
                elif lane_needs_slot(lane, shown[link.target]):
                    entry = (lane[0], key)
                else:
                    continue
                entries = get_into(link.target)
                if entries is None:
                    fans[link.target] = [entry]
                else:
                    entries.append(entry)
        yield
    for target, name, members, _ in groups:
        visible = [m for m in members if m in shown]
        lane = group_lane(visible, target, shown, lanes)
        if lane is None:
            hub = bracket_hub([shown[m] for m in visible], horizontal=horizontal)
        else:
            hub = lane[0] if target in shown and lane_needs_slot(lane, shown[target]) else None
        if hub is not None:
            fans.setdefault(target, []).append((hub, (target, name)))
    if len(fans) <= SLOT_SLICE:
        return spread_slots(fans)
    slots: dict = {}
    parents = iter(fans.items())
    for _ in range(0, len(fans), SLOT_SLICE):  # (each fan's slots are its own)
        slots.update(spread_slots(dict(islice(parents, SLOT_SLICE))))
        yield
    return slots


def keys_and_cross(links: list[Link], tree: Any, made: tuple[list[tuple[str, str]], dict[tuple[str, str], bool]]) -> Iterator[None]:
    """Each link's key, and whether it is a cross-link (not of the layout's spanning ``tree``), into ``made``: a slice
    of links at a time."""
    keys, cross = made
    tree_parent = getattr(tree, "parent", None)  # (a TreeLinks: its parent of each child, read without a call per link)
    for lo in range(0, len(links), SLOT_SLICE * 2):
        part = [(link.source, link.target) for link in links[lo:lo + SLOT_SLICE * 2]]
        keys += part
        if tree_parent is not None:
            cross.update({key: tree_parent.get(key[0]) != key[1] for key in part})
        else:
            cross.update({key: key not in tree for key in part})
        yield


class _Ends(dict):
    def __missing__(self, key: str) -> tuple:
        return ()


class LinkEnds:
    """The picture's drawn links at each box, as a graph's ``succ`` and ``pred`` answer (what
    :class:`~argmap.drawing.near_signs.NearSigns` asks of the map's graph), for a staged picture's rest, which may run
    after the map changed: the map's own graph until the map tells of a change (``changed``, its event), then made of the
    picture's own link keys (the links the graph has at a box, less those the picture does not draw: the same arrows).
    :meth:`let_go` when the rest is made."""

    def __init__(self, keys: list[tuple[str, str]], graph: Any, changed: Any) -> None:
        self._keys, self._graph, self._changed = keys, graph, changed
        self._succ: dict[str, list[str]] | None = None
        self._pred: dict[str, list[str]] = _Ends()
        changed.connect(self._map_changed)

    def _map_changed(self, _change: object) -> None:
        self._graph = None
        self.let_go()

    def let_go(self) -> None:
        """Stop following the map (its graph is read as it is from now on)."""
        self._changed.disconnect(self._map_changed)

    @property
    def succ(self) -> Mapping[str, Any]:
        if self._graph is not None:
            return self._graph.succ
        if self._succ is None:
            self._made()
        assert self._succ is not None
        return self._succ

    @property
    def pred(self) -> Mapping[str, Any]:
        if self._graph is not None:
            return self._graph.pred
        if self._succ is None:
            self._made()
        return self._pred

    def _made(self) -> None:
        succ: dict[str, list[str]] = _Ends()
        pred = self._pred
        for source, target in self._keys:
            out = succ.get(source)
            if out is None:
                succ[source] = [target]
            else:
                out.append(target)
            into = pred.get(target)
            if into is None:
                pred[target] = [source]
            else:
                into.append(source)
        self._succ = succ


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
) -> None:
    """Each arrow's usual shape for a picture made from nothing, into ``remembered``; the drawn ones (with a line) added
    to ``drawn`` and ``usual``, and those whose head is not a tidy tree arrow's to ``untidy`` (see near_signs). The same
    as build_diagram's loop for an edit's picture, without what that compares with the last picture, and a tree arrow's
    tidy shape asked for directly (a call less per arrow: 50,000 at open)."""
    get_slot, get_lane = slots.get, lanes.get if lanes else None
    for link, key in zip(links, keys, strict=True):
        is_cross = cross[key]
        child, parent, slot = shown[link.source], shown[link.target], get_slot(key)
        lane = None if is_cross or get_lane is None else get_lane(key)
        shape = lane_arrow(child, parent, *lane, slot, light=True) if lane is not None else None
        if shape is None:
            shape = None if is_cross else tidy_arrow(child, parent, direction, slot, light=True)  # link_shape's fast path
            if shape is None:
                shape = link_shape(child, parent, direction=direction, slot=slot, cross=is_cross, light=True)
        path = shape[0]
        has_line = type(path) is TidyPath or not path.isEmpty()  # empty: boxes pinned on top of each other
        m = remembered[key] = ArrowMemo((child, parent, slot, lane, is_cross), shape, has_line)
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
) -> None:
    """The verdict of :func:`misleads` for each drawn arrow not checked yet (or whose footprint a change met), kept in its
    memo with the areas it looked at (``memo``: the picture remembers them). Most tree arrows are cleared at once by
    :func:`clear_tree_arrows` (the same verdict and areas), or with ``tidy`` (a picture from nothing of a tidy layout)
    without looking at the boxes (:func:`~argmap.drawing.tidy_proof.tidy_cleared`); the others are checked one by one."""
    todo = [k for k, (_, key, m) in enumerate(drawn) if m.misleading is None or key in stale]
    arrows = [usual[k] for k in todo] if len(todo) != len(usual) else usual
    cleared = tidy_cleared(arrows, index.cell) if tidy and isinstance(index, BoxIndex) else clear_tree_arrows(arrows, index)
    footprints: list[tuple[tuple[str, str], Area]] = []
    for k, area in zip(todo, cleared, strict=True):
        _, key, m = drawn[k]
        if area is not None:
            m.misleading = False
            footprints.append((key, area))
            continue
        probe: list[Area] | None = [] if memo is not None else None
        m.misleading = misleads(usual[k], index, signs, probe, memo.routes.under if memo is not None else None)
        if memo is not None and probe is not None:
            memo.footprints.put(key, probe)
    if memo is not None:
        if type(memo.footprints) is Footprints:  # filed when first asked about (a picture from nothing: 48,000 at 50,000)
            memo.footprints.put_later(footprints)
        else:
            memo.footprints.put_areas(footprints)


def place_fresh(drawn: list[tuple[Link, tuple[str, str], ArrowMemo]], settled: list[tuple[tuple, bool]], usual: list[Arrow],
                theme: Theme, arrows: list[PlacedArrow]) -> None:
    """The drawn arrows of a picture from nothing, each placed as ``settled`` says, into ``arrows`` (as build_diagram's loop
    for an edit's picture places those not placed yet)."""
    kits: dict[tuple[int, bool], ArrowKit] = {}
    append = arrows.append
    for (link, _, m), (shape, over), arrow in zip(drawn, settled, usual, strict=True):
        relation, is_cross = link.relation, arrow[4]
        kit = kits.get((id(relation), is_cross))
        if kit is None:
            kit = kits[(id(relation), is_cross)] = link_kit(theme, relation, cross=is_cross)
        placed = m.placed = PlacedArrow(link.source, link.target, shape, relation, kit, is_cross, over)
        append(placed)


def fresh_net(orders: dict[str, int], links: list[Link], slots: dict, misleading: set[tuple[str, str]], groups: dict,
             undercuts: list[Link], keys: list[tuple[str, str]], cross: dict[tuple[str, str], bool], placed: list | None) -> Any:
    """The net of a picture made from nothing (:meth:`ArrowNet.made_steps`), with its cross-links and its arrows as drawn; a
    generator (a step at a time when the editor is idle: :meth:`~argmap.drawing.reuse.PictureMemo.net_some`)."""
    from argmap.drawing.arrow_net import ArrowNet

    net = yield from ArrowNet.made_steps(orders, links, slots, misleading, groups, undercuts, keys)
    net.cross = {key for key, is_cross in cross.items() if is_cross}
    net.placed = placed
    return net
