"""An edit's picture made by going over only what the edit can have changed.

:func:`~argmap.drawing.diagram.build_diagram` made from the last picture (:mod:`argmap.drawing.reuse`)
still walked every box and every link to find what to redo: about 0.2 s at 10,000 statements, for an
edit that moves a few boxes. In the tree arrangement, with nothing collapsed, this module goes from the
other end: the boxes that moved or changed and the statements the edit named, then the arrows into
and out of those (an arrow's shape depends on its two boxes and on its slot along its parent's edge,
and the slots of a parent depend on all the arrows into it), the verdicts whose footprint an arrow's
or box's change reaches, the misleading arrows' routes, and the brackets. Every step does what
``build_diagram`` does for those parts, so the picture is the same as one made from nothing
(``tests/drawing/test_reuse.py`` checks it after random edits, and the canvas's too).

:class:`~argmap.drawing.arrow_net.ArrowNet` is what it keeps of the links between pictures.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Hashable, Mapping
from functools import partial
from itertools import accumulate, filterfalse
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF

from argmap.drawing.arrow_net import ArrowNet, Key
from argmap.drawing.arrows import bracket_hub, link_kit, link_shape
from argmap.drawing.bracket_picture import any_searched_bracket, bar_levels, searched_bracket
from argmap.drawing.detour import Budget
from argmap.drawing.framed_index import Frame, FramedIndex
from argmap.drawing.framed_parts import FramedArrow, FramedBox, FramedMemo
from argmap.drawing.frames import Frames, framed_signs, move_frames
from argmap.drawing.honest import Area, misleads, route_misleading
from argmap.drawing.kept_tags import Moves, note_moves
from argmap.drawing.moved_alike import Along, still_clear, still_under
from argmap.drawing.obstacles import BoxIndex
from argmap.drawing.placed import PlacedArrow, PlacedBox
from argmap.drawing.reuse import REMARK, ArrowMemo, PictureMemo
from argmap.drawing.rigid import common_step, group_areas, moved_shape, rigid_parents, verdicts_to_redo
from argmap.drawing.routed_list import routed_list
from argmap.drawing.routing import assign_slots, fan_coordinate
from argmap.drawing.tidy_proof import holds_for, kept_by_proof, moved_unproved, settle_tree_arrows
from argmap.drawing.undercut_picture import undercut_arrows

if TYPE_CHECKING:
    from argmap.drawing.diagram import Diagram
    from argmap.drawing.obstacles import Box
    from argmap.drawing.theme import Theme
    from argmap.layout import Layout
    from argmap.model import ArgumentMap, Link

def edit_picture(
    amap: ArgumentMap,
    theme: Theme,
    direction: str,
    layout: Layout,
    paintings: Mapping[str, Any],
    memo: PictureMemo,
    net: ArrowNet,
    dirty: Collection[str],
    diagram: Diagram,
    draw_brackets: Callable[..., None],
) -> None:
    """Fill ``diagram`` (boxes, arrows, brackets) for ``layout``, redoing only what the edit can have changed
    since the picture ``memo`` and ``net`` describe (and bringing them up to date)."""
    shown: Mapping[str, tuple[float, float, float, float]] = layout.boxes
    horizontal = direction == "TB"
    tree = layout.tree_links
    tree_parent = _parents(tree)  # (child, parent) in tree: tree_parent.get(child) == parent, asked without a call
    # the big trees moved across as a whole: their frames moved (frames.py), nothing of them is gone over
    frames: Frames | None = memo.frames
    offsets = {f: (f.dx, f.dy) for f in frames.every()} if frames is not None else {}  # (how far each moves now)
    across = move_frames(memo, net, layout, horizontal)
    index = memo.index
    if net.placed is None:  # the arrows as the last picture drew them, by link: kept up to date from now on
        net.placed = [m.placed if m.drawn else None for m in map(memo.arrows.__getitem__, net.order)]
    old_boxes = index.boxes
    maybe = layout.trees.moved if layout.trees is not None else None  # the boxes the layout may have moved
    if maybe is None:
        moved = [i for i, b in shown.items() if old_boxes.get(i) != b]
        was: Mapping[str, Box] = old_boxes
    else:
        rest = filterfalse(across.skip.__contains__, maybe) if across.skip else maybe
        maybe_shown = [i for i in dict.fromkeys(rest) if i in shown]
        was = _boxes_of(index, maybe_shown)  # (where they were, read once)
        moved = [i for i in maybe_shown if was.get(i) != shown[i]]
    read = was  # (where the boxes the layout may have moved were: below, the cross-links' checks ask)
    if across.regrouped:  # in another frame now: filed again, their arrows made again
        moved = list(dict.fromkeys(moved + [i for i in across.regrouped if i in shown and i in old_boxes]))
        was = old_boxes
    gone = _gone(old_boxes, shown, dirty)
    graph = amap.graph_view()
    succ, pred = graph.succ, graph.pred
    remembered = memo.arrows
    # the undercuts at the statements the edit changed, read again (every undercut is drawn again below)
    undercut_keys = set(net.undercuts)
    near = set(dirty) | gone
    for key in [k for k in net.undercuts if k[0] in near or k[1] in near]:
        del net.undercuts[key]
    for i in dirty:
        if i in pred:
            for key, data in [((s, i), d) for s, d in pred[i].items()] + [((i, t), d) for t, d in succ[i].items()]:
                if data["link"].is_undercut:
                    net.undercuts[key] = data["link"]
    # the boxes most of the moved ones moved with, and the parents all of whose arrows move along (rigid.py)
    step, group = common_step(moved, was, shown, dirty)
    found = rigid_parents(group, net, tree_parent, remembered, was) if group else None
    still = found.parents if found is not None else set()
    others_before = [was[i] for i in moved if i not in group and i in was] + [old_boxes[i] for i in gone]
    if group:
        before_group = [was[i] for i in group]
        group_changed = group_areas(before_group, step, memo.footprints.CELL)
        reach = _reach(group_changed[0::2], step)
    else:
        reach, group_changed = [], []
    changed: list[Area] = memo.move_some(moved, gone, shown, group, None if was is old_boxes else was, step)
    changed += group_changed
    if isinstance(index, FramedIndex):  # the layout's own extent (the frames' add up to it, up to the last bits)
        extent = layout.trees.extent if layout.trees is not None else None
        index.extent = None if extent is None else (extent[0], extent[1], extent[2] - extent[0], extent[3] - extent[1])
    elif layout.trees is not None and layout.trees.extent is not None and type(index) is BoxIndex:
        index.know_extent(layout.trees.extent)  # (made of the very numbers of the boxes: walking them again took 5 ms at 10k)
    of: Mapping[str, Frame] = frames.of if frames is not None else {}

    # boxes (listed in the map's order)
    boxes = _boxes_kept(amap, memo, gone, [i for i in dirty if i in shown and i not in memo.boxes])
    redo = set(moved).union(i for i in dirty if i in shown)
    new_boxes: set[str] = set(gone)
    for i in redo:
        box, p, b = shown[i], paintings[i], boxes[i]
        if b is None or b.painting is not p or b.x != box[0] or b.y != box[1]:
            f = of.get(i)
            boxes[i] = PlacedBox(i, box[0], box[1], p) if f is None else FramedBox(i, box[0], box[1], p, f)
            new_boxes.add(i)
    memo.boxes = boxes
    # (out of the map's order after an undone removal: listed by the map's ids, read now, 1 ms at 50,000 statements;
    # every statement is shown here)
    diagram.list_later(boxes=partial(list, boxes.values() if memo.in_order else map(boxes.__getitem__, amap.ids())))

    # the links the edit can have changed: those at a parent any of whose arrows may have changed
    touched = set(moved) | gone | set(dirty)
    targets: set[str] = set()
    for i in touched - still:
        if i in shown:
            targets.add(i)
            targets.update(succ[i])
        targets.update(key[1] for key in net.touching.get(i, ()))
    # the rigid parents are not changed by the edit: their links are the last picture's; the tree arrows into them
    # move along, the cross-links at them are made again by themselves (they take no slot), their parents' fans may change
    alone: list[Key] = found.cross if found is not None else []
    if found is not None:
        targets |= found.above
    for t, (_, here) in net.groups.items():  # a linked reason with a moved premise (their links are not in touching)
        if any(m in still for _, members, _ in here for m in members):
            targets.add(t)
    regauge: list[Key] = []
    if across.frames:  # what is not kept in a moved frame: cross-links (made again alone), routed arrows at its trees, linked reasons
        went = across.frames
        for key in net.cross:
            if of.get(key[0]) in went or of.get(key[1]) in went:
                alone.append(key)
        for key in net.misleading - net.cross:  # (tree arrows routed around boxes: made again with their parent's)
            if of.get(key[0]) in went or of.get(key[1]) in went:
                targets.add(key[1])
                # and checked again: what they passed under may have been outside the frame (a pinned box, another
                # arrow's mark), which the frame moved away from, or which went
                regauge.append(key)
        for t, (_, here) in net.groups.items():
            frame = of.get(t)
            if frame in went and all(of.get(m) is frame for _, members, _ in here for m in members):
                continue  # moved along with their target: their slots stay (a slot is a share of the target's edge)
            if frame in went or any(of.get(m) in went for _, members, _ in here for m in members):
                targets.add(t)
    targets |= across.targets  # (at the edges of the branches moved in their frames: drawing/branch_frames.py)
    targets &= shown.keys()
    targets -= still  # their arrows move along (below)
    for i in gone:  # linked reasons into a statement that went
        old_groups = net.groups.pop(i, None)
        for name, _, _ in old_groups[1] if old_groups is not None else ():
            net.slots.pop((i, name), None)
    removed: set[Key] = set()
    for i in (touched - still) | targets:  # the links at the rigid parents are all there, as they were
        for key in net.touching.get(i, ()):
            data = succ[key[0]].get(key[1]) if key[0] in succ else None
            if data is None or data["link"].group is not None or data["link"].is_undercut:
                removed.add(key)
    affected: dict[Key, Link] = {}
    for t in targets:
        for s, data in pred[t].items():
            link = data["link"]
            if link.group is None and not link.is_undercut:
                affected[(s, t)] = link
    for key in alone:
        if key not in affected and key[0] in succ and key[1] in shown and key[0] in shown:
            data = succ[key[0]].get(key[1])
            if data is not None and data["link"].group is None and not data["link"].is_undercut:
                affected[key] = data["link"]
    for key in removed:
        net.drop(key)
    order_of = amap.order_of
    for key, link in affected.items():
        if key in net.link:
            net.link[key] = link
        else:
            net.add(key, link, (order_of(key[0]), order_of(key[1])))

    # slots along each such parent's edge, as build_diagram deals them (links in the map's order, then linked reasons)
    slots = net.slots
    for t in targets:
        for key in [k for k in net.touching.get(t, ()) if k[1] == t]:
            slots.pop(key, None)
        old_groups = net.groups.get(t)
        if old_groups is not None:
            for name, _, _ in old_groups[1]:
                slots.pop((t, name), None)
        if old_groups is not None or any(data["link"].group is not None for data in pred[t].values()):  # else: none before, none now
            net.read_groups(amap, t)
        into = sorted((order_of(s), s) for s in pred[t] if (s, t) in affected and tree_parent.get(s) == t)
        candidates: list[tuple[str, float, Hashable]] = [(t, fan_coordinate(shown[s], horizontal=horizontal), (s, t)) for _, s in into]
        groups = net.groups.get(t)
        for name, members, _ in groups[1] if groups is not None else ():
            hub = bracket_hub([shown[m] for m in members], horizontal=horizontal)
            if hub is not None:
                candidates.append((t, hub, (t, name)))
        slots.update(assign_slots(candidates))
    for key in removed:
        slots.pop(key, None)

    # the arrows into the rigid parents: moved along, with their slots, footprints, marks and (mostly) verdicts
    rigid = set(found.arrows) if found is not None else set()
    # a tidy layout's tree arrows pass under no box (drawing/tidy_proof.py): their verdicts and footprints move along
    tidy = holds_for(layout)
    if rigid and tidy:
        recheck = moved_unproved(rigid, remembered, memo.footprints.areas, step, index.cell)
    else:
        recheck = verdicts_to_redo(rigid, step, group, set(moved), others_before, index, memo.footprints) if rigid else set()
    dx, dy = step
    offset = QPointF(dx, dy)
    for key in rigid:
        along = remembered[key]
        if type(along) is FramedMemo:
            along.move_along(dx, dy)  # (with the frame's offset since it was last read, when next read: most never are)
        else:
            along.usual = moved_shape(along.usual, dx, dy, offset)
            along.inputs = (shown[key[0]], shown[key[1]], along.inputs[2], None, False)
    if memo.signs is not None:
        if len(rigid) > REMARK * len(remembered) and type(memo.signs) is BoxIndex:  # filed again: quicker than moving most
            kept = memo.signs.boxes
            for key in rigid:
                for j in (0, 1):
                    mark = kept.get((key, j))
                    if mark is not None:
                        kept[(key, j)] = (mark[0] + dx, mark[1] + dy, mark[2], mark[3])
            memo.signs.reset(kept)
        else:  # (a framed index is moved, never made again: that reads every arrow's shape, moving each framed one)
            memo.signs.shift([(key, j) for key in rigid for j in (0, 1)], dx, dy)
    memo.footprints.shift(rigid - recheck if recheck else rigid, dx, dy)
    for key in recheck:
        remembered[key].misleading = None  # checked again below

    # the arrows' usual shapes
    framed = frames is not None and bool(frames.by_root)
    marked: list[Area] = []  # where arrows' marks (signs, heads) changed: only cross-links and brackets look at marks
    for key in removed:
        m = remembered.pop(key, None)
        net.cross.discard(key)
        if m is not None:
            memo.sign_changed(key, m.usual if m.drawn and m.inputs else None, None, marked)
            memo.footprints.drop(key)
        if framed:
            frames.keys.pop(key, None)  # type: ignore[union-attr]
    along_marks: list[tuple[Key, tuple, float, float]] = []  # cross-links whose two boxes moved alike: their marks moved along
    alike: dict[Key, tuple[float, float]] = {}  # the arrows made again whose shape is the last one moved, by step
    kept_verdicts: dict[Key, tuple[bool, list[Area], tuple[float, float]]] = {}  # those cross-links: verdict, footprint, step
    for key in affected:
        is_cross = tree_parent.get(key[0]) != key[1]
        if is_cross:
            net.cross.add(key)
        else:
            net.cross.discard(key)
        child, parent, slot = shown[key[0]], shown[key[1]], slots.get(key)
        inputs = (child, parent, slot, None, is_cross)
        m = remembered.get(key)
        frame = frames.arrow_frame(key, tree) if framed else None  # type: ignore[union-attr]
        if m is None or m.inputs != inputs or (m.frame if type(m) is FramedMemo else None) is not frame:
            if framed:  # (its signs and footprint are filed in its frame from now on)
                if frame is None:
                    frames.keys.pop(key, None)  # type: ignore[union-attr]
                else:
                    frames.keys[key] = frame  # type: ignore[union-attr]
            step_along = _moved_alike(m, inputs) if frame is None else None
            if step_along is not None:
                alike[key] = step_along
                if not is_cross:
                    step_along = None
            if step_along is not None:  # its shape moved, not made again (its verdict kept if what its check saw moved alike)
                sx, sy = step_along
                if m.misleading is not None and (looked := memo.footprints.areas(key)) is not None:  # type: ignore[union-attr]
                    kept_verdicts[key] = (m.misleading, looked, step_along)  # type: ignore[union-attr]
                remembered[key] = ArrowMemo(inputs, moved_shape(m.usual, sx, sy, QPointF(sx, sy)), True)  # type: ignore[union-attr]
                along_marks.append((key, m.usual, sx, sy))  # type: ignore[union-attr]
                continue
            shape = link_shape(child, parent, direction=direction, slot=slot, cross=is_cross, light=True)
            has_line = not shape[0].isEmpty()  # empty: boxes pinned on top of each other, no line between them
            memo.sign_changed(key, m.usual if m is not None and m.drawn and m.inputs else None, shape if has_line else None, marked)
            remembered[key] = ArrowMemo(inputs, shape, has_line) if frame is None else FramedMemo(inputs, shape, has_line, frame=frame)

    if along_marks:
        memo.move_signs(along_marks, marked)

    def signs() -> BoxIndex:
        if memo.signs is None:  # made once, when first needed, then kept up to date
            from argmap.drawing.honest import sign_index

            signs = sign_index({key: m.usual for key, m in remembered.items() if m.drawn and m.inputs})  # not undercuts
            memo.signs = framed_signs(signs, frames)  # type: ignore[assignment]
        return memo.signs  # type: ignore[return-value]

    # which arrows mislead: those changed, and those whose footprint a change reaches
    unchecked = {key for key in affected if remembered[key].misleading is None}  # checked anyway: no need to look them up
    unchecked.update(recheck)
    unchecked.update(key for key in regauge if key in remembered)
    skip = unchecked.union(rigid)
    asked = None  # with the proof, the checks of tree arrows that passed under no box stay whatever moved
    if tidy:
        asked = lambda key: (m := remembered.get(key)) is None or not kept_by_proof(m, key, tree)  # noqa: E731
    stale = memo.footprints.touching(changed, skip, asked) if changed else set()
    if marked:  # a tree arrow's check looks at boxes alone: asked of the plain footprints (frames hold only tree arrows')
        unframed = getattr(memo.footprints, "base", memo.footprints)

        def looks_at_marks(key: Any) -> bool:  # a cross-link or a bracket
            return len(key) != 2 or tree_parent.get(key[0]) != key[1]

        # (a mark inside a moved whole's area: the checks that look at marks meet that area, asked of them all below)
        stale |= unframed.touching(_outside(marked, across.areas) if across.areas else marked, skip, wanted=looks_at_marks)
        changed = changed + marked  # (the routes keep clear of marks)
    if across.areas:  # where the moved trees were and are: the checks kept outside them (their own arrows' stay)
        stale |= memo.footprints.base.touching(across.areas, skip, asked)  # type: ignore[attr-defined]
    if reach:  # the rigid arrows' marks moved: the checks that look at marks (cross-links') see it; asked of the plain
        # footprints (the frames hold only tree arrows', which this does not want)
        stale |= getattr(memo.footprints, "base", memo.footprints).touching(
            reach, skip, wanted=lambda key: key in remembered and tree_parent.get(key[0]) != key[1])
    if across.areas or reach:  # and the routes and tags (routes keep clear of marks), which ask only whether a change
        # meets their areas: one inside a moved whole's area tells them nothing more (most of a widening or narrowing
        # edit's thousands are, and beyond MAX_CHANGED every route was searched again)
        spans = across.areas + reach
        changed = _outside(changed, spans) + spans
    before = set(net.misleading)
    check = {key for key in stale if key in remembered} | unchecked
    under = memo.routes.under  # the box each arrow passed under last: tried first
    moved_along: Along | None = None
    # the footprints of those that keep their verdict: moved along by their step, a step at a time (their cells mostly stay)
    prints_along: dict[tuple[float, float], list[Key]] = {}
    framed_prints: Collection[Key] = getattr(memo.footprints, "filed", ())
    settled_now = settle_tree_arrows(check, remembered, tree_parent, index.cell, under, memo.footprints) if tidy else ()
    for key in check:
        m = remembered[key]
        if not m.drawn or key in settled_now:  # (those: as misleads settles them, without looking: tidy_proof.py)
            continue
        kept_verdict = kept_verdicts.get(key)
        if kept_verdict is not None:
            if moved_along is None:
                moves = {f: (f.dx - x, f.dy - y) for f, (x, y) in offsets.items() if f in across.frames}
                steps = alike | dict.fromkeys(rigid, step)
                moved_along = Along(moves, of, frames.keys if frames is not None else {}, read, shown, steps, affected.keys() | removed)
            verdict, looked, (sx, sy) = kept_verdict
            if still_under(under.get(key), looked, (sx, sy), index, moved_along) if verdict else still_clear(
                key, looked, (sx, sy), index, signs(), moved_along
            ):
                m.misleading = verdict
                if key in framed_prints:  # (not a cross-link's usual place: kept in a frame's coordinates)
                    memo.footprints.put(key, [(x0 + sx, y0 + sy, x1 + sx, y1 + sy) for x0, y0, x1, y1 in looked])
                else:
                    prints_along.setdefault((sx, sy), []).append(key)
                continue
        probe: list[Area] = []
        m.misleading = misleads((shown[key[0]], shown[key[1]], key, m.usual, tree_parent.get(key[0]) != key[1]), index, signs, probe, under)
        memo.footprints.put(key, probe)
    unframed_prints = getattr(memo.footprints, "base", memo.footprints)
    for (sx, sy), moved_prints in prints_along.items():
        unframed_prints.shift(moved_prints, sx, sy)
    for key in check | removed | affected.keys():
        m = remembered.get(key)
        if m is not None and m.drawn and m.misleading:
            net.misleading.add(key)
        else:
            net.misleading.discard(key)
    # (kept from the last picture: the entries of the links made again or moved along read again; every link at a box
    # that moved or changed is among those, see ``targets``, and so is every cross-link at a moved frame, see ``alone``;
    # in a tidy layout no arrow read through a frame misleads, so frames moved leave the other entries as they were)
    misleading, listed = routed_list(net, shown, remembered, tree_parent, stale_keys=affected.keys() | removed | rigid,
                                     stale_ids=[*dirty, *gone], every=bool(across.frames) and not tidy)
    budget = Budget.for_boxes(len(shown))  # the router's steps, shared by every search of this drawing
    keys: Mapping[Any, Frame] = frames.keys if frames is not None else {}  # (the off-page tags move along with these wholes)
    wholes = Moves(across.frames, of, keys, group, step, rigid, reach[1] if reach else None, affected.keys() | removed)
    note_moves(memo.routes, wholes, changed)
    routed = route_misleading(listed, index, horizontal, budget, signs, memo.routes, changed)  # (listed: routed_list.py)
    settled = dict(zip(misleading, routed, strict=True))

    # the arrows as drawn
    new_arrows: set[Key] = set(removed)
    plain = {key for key in rigid if key not in net.misleading and remembered[key].placed is not None}
    in_place: set[Key] = set()  # (of those, the framed ones whose drawn arrow is moved where it is listed)
    for key in plain:  # moved along, drawn as they are: the last picture's arrow, moved
        m = remembered[key]
        p = m.placed
        if type(m) is FramedMemo:  # (its shape moved when first read: most are never read, far from the view)
            if type(p) is FramedArrow and p.moved_along(m):
                in_place.add(key)
                continue
            shape, at = m.kept_shape()
            m.placed = FramedArrow(p.source, p.target, shape, p.relation, p.kit, m.frame, at)
        else:
            m.placed = PlacedArrow(p.source, p.target, m.usual, p.relation, p.kit, False, False)
    new_arrows |= plain
    # those whose link, place or verdict changed, and the misleading ones whose route or connector is not the one drawn
    # (not every misleading arrow: a thousand at 50,000 statements)
    rerouted = [
        key for key, (shape, over) in settled.items() if (p := remembered[key].placed) is None or p.shape is not shape or p.over != over
    ]
    for key in (affected.keys() | rigid | (before ^ net.misleading)).union(rerouted) - plain:
        m = remembered.get(key)
        if m is None or not m.drawn:
            if m is not None:
                new_arrows.add(key)
            continue
        link = net.link[key]
        shape, over = settled.get(key, (m.usual, False))
        is_cross = tree_parent.get(key[0]) != key[1]
        placed = m.placed
        if placed is None or placed.shape is not shape or placed.over != over or placed.relation != link.relation:
            kit = link_kit(theme, link.relation, cross=is_cross)
            if type(m) is FramedMemo and not over and not is_cross and shape is m.usual:
                m.placed = FramedArrow(link.source, link.target, shape, link.relation, kit, m.frame)
            else:
                m.placed = PlacedArrow(link.source, link.target, shape, link.relation, kit, is_cross, over)
            new_arrows.add(key)
    to_place = new_arrows - in_place if in_place else new_arrows
    if net.placed is None or 8 * len(to_place) > len(net.order):  # many: listed again (quicker than placing each)
        net.placed = [m.placed if m.drawn else None for m in map(remembered.__getitem__, net.order)]
    else:
        for key in to_place:
            m = remembered.get(key)
            if m is not None:
                net.place(key, m.placed if m.drawn else None)
    diagram.list_later(arrows=partial(list, filter(None, net.placed)))
    linked = [
        (t, name, members, relation)
        for t, (_, here) in sorted(net.groups.items(), key=lambda g: g[1][0])
        for name, members, relation in here
    ]
    levels: dict[tuple[str, str], tuple[int, tuple[float, ...]]] = {}
    for t, (_, reasons) in net.groups.items():  # the bars' steps where linked reasons into one target share premises
        sharing = {name: members for name, members, _ in reasons}
        if sum(map(len, sharing.values())) > len(set().union(*sharing.values())):
            levels.update(bar_levels(t, sharing, shown, horizontal=horizontal))
    if reach and any_searched_bracket(memo):  # the rigid arrows' marks moved: a bracket's searched lines keep clear of marks
        stale |= memo.footprints.touching(reach, wanted=partial(searched_bracket, memo))
    def drawn_over() -> list[tuple]:  # the arrows drawn over the boxes (misleading ones), in drawing order: not every arrow looked at
        return [p.shape for p in (remembered[key].placed for key in misleading) if p is not None and p.over]

    draw_brackets(linked, shown, slots, stale, signs, budget, levels=levels, index=index, drawn_over=drawn_over)
    if net.undercuts or undercut_keys:
        _draw_undercuts(amap, theme, net, remembered, shown, index, horizontal, budget, diagram, undercut_keys, new_arrows)
    if across.frames:  # (the few changed here added to the thousands of the moved trees: not copied the other way)
        across.boxes |= new_boxes
        across.arrows |= new_arrows
        new_boxes, new_arrows = across.boxes, across.arrows
    diagram.changed = (new_boxes, new_arrows)


#: How far an arrow's sign or head reaches beyond the boxes it joins (the stem's symbol, the head's length), with room.
MARK_REACH = 40.0


def _gone(old: Mapping[str, Any], shown: Mapping[str, Any], dirty: Collection[str]) -> set[str]:
    """The boxes of the last picture that this one does not show: among the statements the edit named (a removed
    statement is named), unless the counts say otherwise (then looked for among all: 50,000 boxes took 15 ms)."""
    gone = {i for i in dirty if i in old and i not in shown}
    new = sum(1 for i in dirty if i in shown and i not in old)
    if len(old) - len(gone) + new == len(shown):
        return gone
    return set(old.keys() - shown.keys())


def _boxes_kept(amap: ArgumentMap, memo: PictureMemo, gone: Collection[str], new: list[str]) -> dict[str, Any]:
    """The last picture's boxes by statement, without those ``gone`` and with the ``new`` statements last (None: to be
    placed), changed where they stand (made again in order, a table took 20 ms at 50,000). One put back before others
    (an undone removal) leaves it out of the map's order (:attr:`~argmap.drawing.reuse.PictureMemo.in_order`)."""
    kept = memo.boxes
    for i in gone:
        kept.pop(i, None)
    if new:
        new.sort(key=amap.order_of)
        last = next(reversed(kept), None)
        if memo.in_order and last is not None and amap.order_of(last) > amap.order_of(new[0]):
            memo.in_order = False
        kept.update(dict.fromkeys(new))
    return kept


def _outside(areas: list[Area], wholes: list[Area]) -> list[Area]:
    """The ``areas`` not inside one of the ``wholes`` (a few large ones: where moved trees and parts were and are):
    whether any of them meets an area is told as well by these and the wholes. The wholes by left edge, each with the
    furthest right edge of those before it, so an area is compared only with the wholes that can hold it."""
    if not wholes or not areas:
        return areas
    ordered = sorted(wholes)
    lefts = [w[0] for w in ordered]
    furthest = list(accumulate((w[2] for w in ordered), max))
    out = []
    for area in areas:
        x0, y0, x1, y1 = area
        j = bisect_right(lefts, x0) - 1
        while j >= 0 and furthest[j] >= x1:
            w = ordered[j]
            if x1 <= w[2] and w[1] <= y0 and y1 <= w[3]:
                break
            j -= 1
        else:
            out.append(area)
    return out


def _moved_alike(m: ArrowMemo | None, inputs: tuple) -> tuple[float, float] | None:
    """The step both boxes of an arrow drawn last time moved by, when they moved alike (same sizes, slot and kind): its
    shape is the last one moved by it, up to the last bits of the numbers. None: made again."""
    if m is None or type(m) is not ArrowMemo or not m.drawn or not m.inputs:
        return None
    (a, b, aw, ah), (c, d, cw, ch), slot, lane, cross = m.inputs
    (e, f, ew, eh), (g, h, gw, gh), slot_now, lane_now, cross_now = inputs
    if (aw, ah, cw, ch) != (ew, eh, gw, gh) or slot != slot_now or lane != lane_now or cross != cross_now:
        return None
    dx, dy = e - a, f - b
    return (dx, dy) if g - c == dx and h - d == dy else None


def _boxes_of(index: BoxIndex | FramedIndex, keys: list[str]) -> dict[str, Box]:
    """The boxes of those ``keys`` that are in the index, where they are, by key."""
    if isinstance(index, FramedIndex):
        return index.boxes_of(keys)  # type: ignore[return-value]
    boxes = index.boxes
    return {i: box for i in keys if (box := boxes.get(i)) is not None}


def _parents(tree: Collection[Key]) -> Mapping[str, str]:
    """The tree links as child -> parent."""
    parent = getattr(tree, "parent", None)  # (a layout's TreeLinks holds them so)
    return parent if parent is not None else dict(tree)


def _reach(areas: list[Area], step: tuple[float, float]) -> list[Area]:
    """The area around the boxes in ``areas`` (where they were: :func:`~argmap.drawing.rigid.group_areas`, a few hundred
    for thousands of boxes) where their arrows' signs and heads lie, before and after moving by ``step``."""
    r = MARK_REACH
    x0, y0 = min(a[0] for a in areas) - r, min(a[1] for a in areas) - r
    x1, y1 = max(a[2] for a in areas) + r, max(a[3] for a in areas) + r
    dx, dy = step
    return [(x0, y0, x1, y1), (x0 + dx, y0 + dy, x1 + dx, y1 + dy)]


def _draw_undercuts(
    amap: ArgumentMap,
    theme: Theme,
    net: ArrowNet,
    remembered: dict[Key, ArrowMemo],
    shown: Mapping[str, Box],
    index: BoxIndex,
    horizontal: bool,
    budget: Budget,
    diagram: Diagram,
    before: set[Key],
    new_arrows: set[Key],
) -> None:
    """Every undercut's arrow, made again (there are few) and put after the others, as ``build_diagram`` does;
    kept among the arrows the picture remembers (with no inputs: not a plain arrow), where the canvas looks."""

    order_of = amap.order_of
    links = sorted(net.undercuts.values(), key=lambda link: (order_of(link.source), order_of(link.target)))  # the map's link order
    lines: dict[tuple[str, str, str], object] = {}
    for link in links:
        if link.onto:
            m = remembered.get((link.onto, link.target))
            if m is not None and m.drawn and m.inputs and m.placed is not None:
                lines[(link.target, link.onto, "")] = m.placed.shape[0]
    for g in diagram.brackets:
        lines[(g.target, "", g.name)] = g.shape[0]
    placed = undercut_arrows(links, diagram, shown, theme, index, horizontal=horizontal, budget=budget, lines=lines)
    diagram.arrows += placed
    for key in before - net.undercuts.keys():
        m = remembered.get(key)
        if m is not None and not m.inputs:
            del remembered[key]
            new_arrows.add(key)
    for arrow in placed:
        key = (arrow.source, arrow.target)
        remembered[key] = ArrowMemo((), arrow.shape, True, False, arrow)
        new_arrows.add(key)
