"""Paste: statements from another map (or this one) come in with fresh ids."""

from __future__ import annotations

import dataclasses

from argmap.gui.commands.base import MapCommand, tr_count
from argmap.gui.commands.recorder import Recorder
from argmap.model import DEFAULT_RELATION, ArgumentMap, Kind


class Paste(MapCommand):
    """Insert a copied map; its top statements go under ``parent`` (or stand alone when there is none).

    A pasted main claim becomes a support when it lands under a parent. Pins are dropped:
    positions from elsewhere mean nothing here.
    """

    def __init__(self, amap: ArgumentMap, clip: ArgumentMap, parent: str | None = None) -> None:
        super().__init__(amap, tr_count("Paste statement", "Paste %n statements", len(clip)))
        self.clip, self.parent = clip, parent
        self.new_ids: dict[str, str] = {}

    def apply(self, rec: Recorder) -> None:
        if not self.new_ids:  # first time: choose ids; redo reuses them
            taken = set(self.amap.ids())
            for old in self.clip.ids():
                fresh = self.amap.new_id()
                while fresh in taken:
                    fresh = f"{fresh}x"
                taken.add(fresh)
                self.new_ids[old] = fresh
        tops = self.clip.main_claims()
        for old in self.clip.ids():
            s = self.clip.statement(old)
            kind = s.kind
            if self.parent is not None and old in tops and kind == Kind.CLAIM:
                kind = Kind.SUPPORT
            rec.add(kind, s.text, id=self.new_ids[old], notes=s.notes, sources=s.sources, tags=s.tags,
                    score=s.score, collapsed=s.collapsed)
        # Every part of a link travels (groups it is shared by, scheme, what it undercuts), the
        # links an undercut may attack first; group names stay (they are per target).
        links = sorted(self.clip.links(), key=lambda link: link.is_undercut)
        ids = self.new_ids
        for link in links:
            onto = ids[link.onto] if link.onto is not None else None
            rec.add_link(dataclasses.replace(link, source=ids[link.source], target=ids[link.target], onto=onto))
        if self.parent is not None:
            for old in tops:
                kind = self.amap.statement(self.new_ids[old]).kind
                rec.connect(self.new_ids[old], self.parent, DEFAULT_RELATION[kind])

    @property
    def pasted_ids(self) -> list[str]:
        return list(self.new_ids.values())
