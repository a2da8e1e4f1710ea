"""Random maps and random edits of them, for the property tests of compare and merge.

An edit is plain data (``("text", id, value)``, ``("delete", id)``, ...), so the same list can be
applied to several copies of a map, and ``touched`` says which statements it concerns: edits
that touch disjoint statements do not conflict.
"""

from __future__ import annotations

from hypothesis import strategies as st

from argmap.io import dumps, loads
from argmap.model import ArgumentMap, Kind, MapError

KINDS = [Kind.SUPPORT, Kind.OBJECTION, Kind.REBUTTAL, Kind.EVIDENCE]
WORDS = st.lists(st.sampled_from(["walk", "school", "safe", "cars", "health", "time", "rain", "cost"]), min_size=1, max_size=6)
TEXTS = WORDS.map(lambda words: " ".join(words).capitalize() + ".")


@st.composite
def maps(draw, max_size: int = 10) -> ArgumentMap:
    """A tree from one main claim, with now and then a cross-link or a linked reason."""
    amap = ArgumentMap(draw(TEXTS))
    amap.add("claim", draw(TEXTS), id="c")
    for n in range(draw(st.integers(1, max_size))):
        parent = draw(st.sampled_from(amap.ids()))
        amap.add(draw(st.sampled_from(KINDS)), draw(TEXTS), parent=parent, id=f"s{n}",
                 score=draw(st.sampled_from([0.5, 0.5, 0.2, 0.9])))
    for _ in range(draw(st.integers(0, 2))):
        source, target = draw(st.sampled_from(amap.ids())), draw(st.sampled_from(amap.ids()))
        if source != target and not amap.has_link(source, target) and not amap.has_link(target, source):
            amap.connect(source, target, draw(st.sampled_from(["support", "attack"])))
    if draw(st.booleans()):
        for target in amap.ids():
            supports = [lk.source for lk in amap.incoming(target) if lk.relation == "support" and lk.group is None]
            if len(supports) >= 2:
                amap.group(target, supports[:2])
                break
    return amap


@st.composite
def edits(draw, amap: ArgumentMap, prefix: str, count: int = 5) -> list[tuple]:
    """Up to ``count`` edits of ``amap`` (new statements get ids starting with ``prefix``)."""
    result: list[tuple] = []
    ids = amap.ids()
    for n in range(draw(st.integers(0, count))):
        target = draw(st.sampled_from(ids))
        op = draw(st.sampled_from(["text", "kind", "score", "delete", "add", "move", "notes", "comment", "scheme"]))
        if op == "text":
            result.append(("text", target, draw(TEXTS)))
        elif op in ("notes", "comment"):
            result.append((op, target, draw(TEXTS)))
        elif op == "scheme":
            result.append(("scheme", target, draw(st.sampled_from(["expert_opinion", "analogy", None]))))
        elif op == "kind":
            result.append(("kind", target, draw(st.sampled_from(KINDS))))
        elif op == "score":
            result.append(("score", target, draw(st.sampled_from([0.1, 0.3, 0.7]))))
        elif op == "delete":
            result.append(("delete", target))
        elif op == "add":
            result.append(("add", f"{prefix}{n}", target, draw(st.sampled_from(KINDS)), draw(TEXTS)))
        else:
            result.append(("move", target, draw(st.sampled_from(ids))))
    return result


def touched(amap: ArgumentMap, edit: tuple) -> set[str]:
    """The statements of ``amap`` an edit concerns (a move concerns the old parents too)."""
    op, target = edit[0], edit[1]
    if op == "add":
        return {edit[2]}
    if op == "move":
        return {target, edit[2], *(amap.parents(target) if target in amap else [])}
    if op == "delete":  # its links go too, and with them what the statements around it bear on
        return {target, *(amap.parents(target) if target in amap else []), *(amap.children(target) if target in amap else [])}
    return {target}


def apply_edits(amap: ArgumentMap, edit_list: list[tuple]) -> ArgumentMap:
    """A copy of ``amap`` with the edits made; an edit the model refuses (or on a statement gone) is skipped."""
    copy = loads(dumps(amap))
    for edit in edit_list:
        op = edit[0]
        try:
            if op in ("text", "kind", "score", "notes", "comment"):
                copy.update(edit[1], **{op: edit[2]})
            elif op == "scheme" and copy.parents(edit[1]):
                copy.update_link(edit[1], copy.parents(edit[1])[0], scheme=edit[2])
            elif op == "delete":
                copy.remove(edit[1])
            elif op == "add":
                copy.add(edit[3], edit[4], parent=edit[2], id=edit[1])
            elif op == "move":
                copy.move(edit[1], edit[2])
        except MapError:
            pass
    return copy
