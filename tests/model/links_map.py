"""The map of links the link and linked-reason tests start from."""

from __future__ import annotations

from argmap.model import ArgumentMap


def links_map() -> ArgumentMap:
    """c <- s1, s2, s3 (supports), c <- o1, o2 (objections), o1 <- r (rebuttal), s1 <- e (evidence)."""
    m = ArgumentMap("Links")
    m.add("claim", "Claim.", id="c")
    for i in (1, 2, 3):
        m.add("support", f"Support {i}.", parent="c", id=f"s{i}")
    for i in (1, 2):
        m.add("objection", f"Objection {i}.", parent="c", id=f"o{i}")
    m.add("rebuttal", "Rebuttal.", parent="o1", id="r")
    m.add("evidence", "Evidence.", parent="s1", id="e")
    return m
