"""What a picture keeps of the links for the next one (:class:`ArrowNet`): their drawing order (the map's link order),
the links at each statement, the slots, the linked reasons and the arrows as drawn (:mod:`argmap.drawing.edit_picture`
reads and keeps it up to date)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Generator, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from argmap.drawing.staged import drained

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Link, Relation

Key = tuple[str, str]
Rank = tuple[int, int]  # (order of the source, order of the target): the map's link order
#: The links gone over in one step of :meth:`ArrowNet.made_steps` (a few ms).
MADE_SLICE = 5000


@dataclass
class ArrowNet:
    """The links of the last picture (the map's plain links and linked reasons), for the next one."""

    order: list[Key]  # every plain link, in the map's link order (the order arrows are drawn in)
    rank: list[Rank]  # the same, as ranks (kept sorted: where a new link goes)
    link: dict[Key, Link]  # the link of each key
    #: each statement's plain links (either end), in the order they came: a tuple each, not a set (a set of one or two
    #: keys is 216 bytes, a tuple 48-56: 8 MB at 50,000 statements), made again when one comes or goes (a few each)
    touching: dict[str, tuple[Key, ...]]
    slots: dict[Hashable, float]  # where each arrow meets its parent's edge (link keys and (target, group) keys)
    #: target -> (rank of its first linked-reason link, [(group, members, relation)]): the linked reasons
    groups: dict[str, tuple[Rank, list[tuple[str, list[str], Relation]]]] = field(default_factory=dict)
    misleading: set[Key] = field(default_factory=set)  # drawn arrows whose usual shape misleads
    rank_of: dict[Key, Rank] = field(default_factory=dict)  # each link's rank
    #: the PlacedArrow of each link of ``order`` (None: not drawn), once an edit's picture made it
    placed: list[Any] | None = None
    undercuts: dict[Key, Link] = field(default_factory=dict)  # the undercuts (drawn again with every picture: few)
    cross: set[Key] = field(default_factory=set)  # the plain links that are not tree links (cross-links)
    #: each link's place in ``order`` while no link comes or goes (None: found by its rank): for placing thousands at once
    at: dict[Key, int] | None = None
    #: the misleading links as the router was last given them (:mod:`argmap.drawing.routed_list`)
    listed: Any = None

    @classmethod
    def of(
        cls,
        amap: ArgumentMap,
        links: list[Link],
        slots: dict[Hashable, float],
        misleading: set[Key],
        every_link: list[Link],
        undercuts: list[Link],
        keys: list[Key] | None = None,
    ) -> ArrowNet:
        """The net of a picture made from nothing (``links``: its plain links, in drawing order; ``every_link``: all;
        ``undercuts``: the undercuts; ``keys``: the links' keys, when the caller has them)."""
        groups = cls.groups_of(amap, {link.target for link in every_link if link.group is not None})
        return cast("ArrowNet", drained(cls.made_steps(amap.orders(), links, slots, misleading, groups, undercuts, keys)))

    @classmethod
    def made_steps(
        cls,
        orders: Mapping[str, int],
        links: list[Link],
        slots: dict[Hashable, float],
        misleading: set[Key],
        groups: dict[str, tuple[Rank, list[tuple[str, list[str], Relation]]]],
        undercuts: list[Link],
        keys: list[Key] | None = None,
    ) -> Generator[None, None, ArrowNet]:
        """:meth:`of` from the map's parts as the picture read them: ``orders`` (each statement's creation order) and
        ``groups`` (:meth:`groups_of`), so that it may be made after the map changed (an opening puts it off); yielding
        every :data:`MADE_SLICE` links (the editor makes it when idle: 0.2-0.7 s at 50,000
        statements in one step)."""
        order_of = orders.__getitem__  # (every end is in the map: no check per id)
        if keys is None:
            keys = [link.key for link in links]
        touching: dict[str, tuple[Key, ...]] = {}
        get = touching.get
        for lo in range(0, len(keys), MADE_SLICE):
            for key in keys[lo:lo + MADE_SLICE]:  # (a tuple each, see ArrowNet.touching)
                source, target = key
                touching[source] = (*get(source, ()), key)
                if target != source:
                    touching[target] = (*get(target, ()), key)
            yield
        ranks: list[tuple[int, int]] = []
        for lo in range(0, len(keys), MADE_SLICE):
            ranks += [(order_of(s), order_of(t)) for s, t in keys[lo:lo + MADE_SLICE]]
            yield
        net = cls(keys, ranks, dict(zip(keys, links, strict=True)), touching, slots)
        net.rank_of = dict(zip(keys, ranks, strict=True))
        net.misleading = set(misleading)
        net.undercuts = {link.key: link for link in undercuts}
        net.groups = groups
        return net

    @staticmethod
    def groups_of(amap: ArgumentMap, targets: Iterable[str]) -> dict[str, tuple[Rank, list[tuple[str, list[str], Relation]]]]:
        """The linked reasons into each of ``targets`` (those that have some), as :attr:`groups` holds them."""
        found = {}
        for target in targets:
            entry = _group_entry(amap, target)
            if entry is not None:
                found[target] = entry
        return found

    def read_groups(self, amap: ArgumentMap, target: str) -> None:
        """The linked reasons into ``target``, read again from the map."""
        entry = _group_entry(amap, target)
        if entry is None:
            self.groups.pop(target, None)
        else:
            self.groups[target] = entry

    def drop(self, key: Key) -> None:
        del self.link[key]
        touching = self.touching
        for end in key:
            here = touching.get(end)
            if here is not None and key in here:
                left = tuple(k for k in here if k != key)
                if left:
                    touching[end] = left
                else:
                    del touching[end]
        k = bisect_left(self.rank, self.rank_of.pop(key))
        self.at = None
        del self.order[k]
        del self.rank[k]
        if self.placed is not None:
            del self.placed[k]

    def add(self, key: Key, link: Link, rank: Rank) -> None:
        self.link[key] = link
        touching = self.touching
        for end in key:
            here = touching.get(end, ())
            if key not in here:
                touching[end] = (*here, key)
        k = bisect_left(self.rank, rank)
        self.at = None
        self.order.insert(k, key)
        self.rank.insert(k, rank)
        self.rank_of[key] = rank
        if self.placed is not None:
            self.placed.insert(k, None)

    def place(self, key: Key, arrow: Any) -> None:
        """The link's arrow as drawn now (None: not drawn)."""
        if self.placed is not None:
            at = self.at
            self.placed[at[key] if at is not None else bisect_left(self.rank, self.rank_of[key])] = arrow

    def place_many(self, arrows: list[tuple[Key, Any]]) -> None:
        """:meth:`place` for each; for thousands (an edit framing the trees it moves across), each link's place is
        listed once (a search by rank each took 0.15 s for the 48,000 tree arrows of 50,000 statements)."""
        if self.placed is None:
            return
        if self.at is None and len(arrows) > 256 and 32 * len(arrows) > len(self.order):
            self.at = {key: k for k, key in enumerate(self.order)}
        for key, arrow in arrows:
            self.place(key, arrow)


def _group_entry(amap: ArgumentMap, target: str) -> tuple[Rank, list[tuple[str, list[str], Relation]]] | None:
    """The linked reasons into ``target`` as :attr:`ArrowNet.groups` holds them; None when it has none."""
    groups = amap.groups(target) if target in amap else {}
    if not groups:
        return None
    order_of = amap.order_of
    rank = min((order_of(m), order_of(target)) for members in groups.values() for m in members)
    return rank, [(name, members, amap.link(members[0], target).relation) for name, members in groups.items()]
