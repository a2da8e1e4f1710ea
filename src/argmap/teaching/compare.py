"""Compare two maps statement by statement and link by link: a student's map with a model answer,
or two versions of one map kept in git.

Statements are matched by id where the two maps share ids (a copy edited, two versions of a
file), otherwise by how alike their texts are (RapidFuzz's indel similarity, 0 to 100, above a
threshold the teacher can move). Then the structure is compared through the matching: which
statements of B have no counterpart in A (missing from A), which of A none in B (extra in A),
which sit under a different parent, bear on it with the other relation, or are of another kind.
:func:`apply_diff` turns A into B with the result, which is how the tests check that a diff
leaves nothing out.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process, utils

from argmap.model import ArgumentMap, Link, Statement

#: Texts at least this alike (0 to 100) count as the same statement reworded; the teacher can move it.
DEFAULT_THRESHOLD = 60.0
#: Statement fields compared and carried by a diff: every field but the id (new fields join by themselves).
FIELDS = tuple(f.name for f in dataclasses.fields(Statement) if f.name != "id")
#: Map fields compared and carried (title and description are set together; the others by their setters).
MAP_FIELDS = ("title", "description", "layout", "semantics", "sources")

Matching = Literal["auto", "id", "text"]


@dataclass
class MapDiff:
    """What differs between map A and map B; ids of A unless a name says B."""

    a: ArgumentMap
    b: ArgumentMap
    threshold: float
    by_id: bool  # whether shared ids were used to match
    pairs: dict[str, str] = field(default_factory=dict)  # A id -> B id
    scores: dict[str, float] = field(default_factory=dict)  # A id -> text similarity with its match, 0..100
    only_a: list[str] = field(default_factory=list)  # extra in A (no counterpart in B)
    only_b: list[str] = field(default_factory=list)  # B ids missing from A
    changed: dict[str, dict[str, tuple[object, object]]] = field(default_factory=dict)  # A id -> field -> (A, B)
    moved: list[str] = field(default_factory=list)  # matched, but under other parents
    links_only_a: list[Link] = field(default_factory=list)
    links_only_b: list[Link] = field(default_factory=list)  # B ids
    links_changed: list[tuple[Link, Link]] = field(default_factory=list)  # (A link, B link): relation, group or scheme
    map_changed: dict[str, tuple[object, object]] = field(default_factory=dict)

    # ------------------------------------------------------------ reading it
    @property
    def is_empty(self) -> bool:
        return not (self.only_a or self.only_b or self.changed or self.links_only_a or self.links_only_b
                    or self.links_changed or self.map_changed)

    def b_to_a(self) -> dict[str, str]:
        return {bid: aid for aid, bid in self.pairs.items()}

    def relation_changed(self) -> list[str]:
        """Matched statements under the same parent in both maps, bearing on it with the other relation."""
        return [lk.source for lk, other in self.links_changed if lk.relation != other.relation]

    def kind_changed(self) -> list[str]:
        return [i for i, fields in self.changed.items() if "kind" in fields]

    def reworded(self) -> list[str]:
        return [i for i, fields in self.changed.items() if "text" in fields]

    def status(self, a_id: str) -> str:
        """How a box of A fares: "extra", "misplaced" (other parent, relation or kind) or "matched"."""
        if a_id not in self.pairs:
            return "extra"
        if a_id in self.moved or a_id in self.relation_changed() or a_id in self.kind_changed():
            return "misplaced"
        return "matched"

    def place_for(self, b_id: str) -> tuple[str | None, str]:
        """Where a statement missing from A belongs in A: (the A statement it bears on or None, relation)."""
        back = self.b_to_a()
        for parent in self.b.parents(b_id):
            if parent in back:
                return back[parent], str(self.b.link(b_id, parent).relation)
        return None, "support"

    def coverage(self) -> dict[str, int]:
        """The teacher's numbers: how much of B (the model answer) A has, statements and links."""
        b_links = len(self.b.links())
        return {
            "statements": len(self.b),
            "statements_matched": len(self.pairs),
            "statements_in_place": sum(1 for i in self.pairs if self.status(i) == "matched"),
            "links": b_links,
            "links_matched": b_links - len(self.links_only_b),
            "links_same": b_links - len(self.links_only_b) - len(self.links_changed),
            "extra_statements": len(self.only_a),
            "extra_links": len(self.links_only_a),
        }


def compare(a: ArgumentMap, b: ArgumentMap, *, threshold: float = DEFAULT_THRESHOLD, matching: Matching = "auto") -> MapDiff:
    """The differences between ``a`` and ``b`` (see :class:`MapDiff`); ``matching`` is "id", "text" or
    "auto" (ids where the maps share them and the shared ids mostly name alike texts, so that two
    unrelated maps numbered s1, s2, ... are not matched by accident)."""
    if not 0 <= threshold <= 100:
        raise ValueError(f"threshold {threshold:g} must be between 0 and 100")
    by_id = matching == "id" or (matching == "auto" and _ids_are_shared(a, b, threshold))
    diff = MapDiff(a, b, threshold, by_id)
    if by_id:
        for i in a.ids():
            if i in b:
                diff.pairs[i] = i
                diff.scores[i] = similarity(a.statement(i).text, b.statement(i).text)
    if matching != "id":
        _match_texts(diff, threshold)
    back = diff.b_to_a()
    diff.only_a = [i for i in a.ids() if i not in diff.pairs]
    diff.only_b = [i for i in b.ids() if i not in back]
    for aid, bid in diff.pairs.items():
        sa, sb = a.statement(aid), b.statement(bid)
        fields = {name: (getattr(sa, name), getattr(sb, name)) for name in FIELDS if getattr(sa, name) != getattr(sb, name)}
        if fields:
            diff.changed[aid] = fields
        if {diff.pairs.get(p) for p in a.parents(aid)} != set(b.parents(bid)):
            diff.moved.append(aid)
    for lk in a.links():
        counterpart = (diff.pairs.get(lk.source), diff.pairs.get(lk.target))
        if None in counterpart or not b.has_link(*counterpart):  # type: ignore[arg-type]
            diff.links_only_a.append(lk)
            continue
        other = b.link(*counterpart)  # type: ignore[arg-type]
        if (lk.relation, lk.group, lk.scheme) != (other.relation, other.group, other.scheme):
            diff.links_changed.append((lk, other))
    for lk in b.links():
        source, target = back.get(lk.source), back.get(lk.target)
        if source is None or target is None or not a.has_link(source, target):
            diff.links_only_b.append(lk)
    for name in MAP_FIELDS:
        if getattr(a, name) != getattr(b, name):
            diff.map_changed[name] = (getattr(a, name), getattr(b, name))
    return diff


def similarity(x: str, y: str) -> float:
    """How alike two statements' texts are, 0 to 100 (case, punctuation and spacing ignored)."""
    return float(fuzz.ratio(x, y, processor=utils.default_process))


def _ids_are_shared(a: ArgumentMap, b: ArgumentMap, threshold: float) -> bool:
    shared = [i for i in a.ids() if i in b]
    if not shared:
        return False
    alike = sum(1 for i in shared if similarity(a.statement(i).text, b.statement(i).text) >= threshold)
    return alike * 2 >= len(shared)


def _match_texts(diff: MapDiff, threshold: float) -> None:
    """Pair the statements left over by their texts, best pairs first (same kind breaks a tie)."""
    back = diff.b_to_a()
    left_a = [i for i in diff.a.ids() if i not in diff.pairs]
    left_b = [i for i in diff.b.ids() if i not in back]
    if not left_a or not left_b:
        return
    texts_a = [diff.a.statement(i).text for i in left_a]
    texts_b = [diff.b.statement(i).text for i in left_b]
    processed_b = [utils.default_process(t) for t in texts_b]
    candidates = []
    for r, aid in enumerate(left_a):
        kind = diff.a.statement(aid).kind
        # process.extract, not cdist: cdist needs NumPy, a large dependency for one matrix
        found = process.extract(utils.default_process(texts_a[r]), processed_b, scorer=fuzz.ratio, processor=None,
                                score_cutoff=threshold, limit=None)
        for _text, score, c in found:
            candidates.append((-float(score), diff.b.statement(left_b[c]).kind != kind, r, c))
    candidates.sort()
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    for negative, _, r, c in candidates:
        if r in taken_a or c in taken_b:
            continue
        taken_a.add(r)
        taken_b.add(c)
        diff.pairs[left_a[r]] = left_b[c]
        diff.scores[left_a[r]] = -negative
    diff.pairs = {i: diff.pairs[i] for i in diff.a.ids() if i in diff.pairs}  # in A's order


# ------------------------------------------------------------ applying a diff
def apply_diff(a: ArgumentMap, diff: MapDiff) -> ArgumentMap:
    """A new map: ``a`` changed as ``diff`` says, which has B's content (A's ids for matched statements;
    statements new from B keep their ids where they are free)."""
    return patch(a, diff)[0]


def patch(a: ArgumentMap, diff: MapDiff) -> tuple[ArgumentMap, dict[str, str]]:
    """:func:`apply_diff`, and the B id of each statement of the result (the result's id -> B's id)."""
    title = str(diff.map_changed.get("title", (None, a.title))[1])
    description = str(diff.map_changed.get("description", (None, a.description))[1])
    result = ArgumentMap(title, description)
    for name in MAP_FIELDS[2:]:
        set_map_field(result, name, diff.map_changed.get(name, (None, getattr(a, name)))[1])
    result.view = a.view
    removed = set(diff.only_a)
    for s in a.statements():
        if s.id in removed:
            continue
        changes = {name: new for name, (_old, new) in diff.changed.get(s.id, {}).items()}
        result.insert(dataclasses.replace(s, **changes) if changes else s)  # type: ignore[arg-type]
    ids = dict(diff.b_to_a())
    for bid in diff.only_b:
        new_id = bid if bid not in result else result.new_id()
        ids[bid] = new_id
        result.insert(dataclasses.replace(diff.b.statement(bid), id=new_id))
    dropped = {lk.key for lk in diff.links_only_a}
    changed = {lk.key: other for lk, other in diff.links_changed}
    links: list[Link] = []
    for lk in a.links():
        if lk.key in dropped or lk.source in removed or lk.target in removed:
            continue
        other = changed.get(lk.key)
        links.append(lk if other is None else Link(lk.source, lk.target, other.relation, other.group, other.scheme))
    links += [Link(ids[lk.source], ids[lk.target], lk.relation, lk.group, lk.scheme) for lk in diff.links_only_b]
    for lk in links:
        result.add_link(lk)
    return result, {mine: theirs for theirs, mine in ids.items()}


def set_map_field(amap: ArgumentMap, name: str, value: object) -> None:
    """Set one of :data:`MAP_FIELDS` after the title and description (layout, semantics, source documents)."""
    setter = {"layout": amap.set_layout, "semantics": amap.set_semantics, "sources": amap.set_sources}[name]
    setter(value)  # type: ignore[operator]


def content(amap: ArgumentMap, rename: dict[str, str] | None = None) -> dict[str, object]:
    """A map's content as plain data, order left out (ids renamed through ``rename``): equal for equal maps."""
    rename = rename or {}

    def name(i: str) -> str:
        return rename.get(i, i)

    return {
        "map": tuple(getattr(amap, f) for f in MAP_FIELDS),
        "statements": {name(s.id): tuple(getattr(s, f) for f in FIELDS) for s in amap.statements()},
        "links": {(name(lk.source), name(lk.target)): (lk.relation, lk.group, lk.scheme) for lk in amap.links()},
    }

