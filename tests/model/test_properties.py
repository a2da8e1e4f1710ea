"""Property test: random sequences of model operations keep every invariant of ArgumentMap.

Each step may be valid or not. A refused step must raise a MapError, emit nothing and
leave the map byte-identical; an accepted step must emit events that let a mirror (what
a view keeps) stay equal to the model. After every step the invariants are checked.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from argmap.io import dumps, loads
from argmap.model import (
    KIND_ORDER,
    ArgumentMap,
    EdgeAdded,
    EdgeChanged,
    EdgeRemoved,
    Kind,
    MapChanged,
    MapError,
    NodeAdded,
    NodeChanged,
    NodeRemoved,
    Relation,
    Source,
)


def mostly(good: st.SearchStrategy, bad: st.SearchStrategy, odds: int = 6) -> st.SearchStrategy:
    """``good`` about ``odds`` times as often as ``bad``, so maps grow while refusals stay tested."""
    return st.sampled_from([good] * odds + [bad]).flatmap(lambda chosen: chosen)


IDS = mostly(st.none(), st.sampled_from(["s1", "s2", "s3", "x", " ", ""]), odds=3)
TEXT = mostly(st.text(max_size=30), st.sampled_from(["t" * 20_001, "bad \ud800"]))
KINDS = mostly(st.sampled_from(list(Kind)), st.just("bogus"))
RELATIONS = mostly(st.sampled_from(list(Relation)), st.just("sideways"))
GROUPS = st.one_of(st.none(), st.sampled_from(["g1", "g2", " "]))
FIELD_VALUES = st.one_of(
    st.tuples(st.just("text"), TEXT),
    st.tuples(st.just("kind"), KINDS),
    st.tuples(st.just("notes"), st.text(max_size=20)),
    st.tuples(st.just("score"), mostly(st.floats(0, 1), st.sampled_from([float("nan"), -0.1, 1.5, True]))),
    st.tuples(st.just("tags"), st.lists(st.sampled_from(["a", "b", " ", "c"]), max_size=3)),
    st.tuples(st.just("sources"), st.lists(st.builds(Source, st.sampled_from(["Book", "Web"])), max_size=2)),
    st.tuples(st.just("pinned"), st.one_of(st.none(), st.tuples(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6)))),
    st.tuples(st.just("collapsed"), st.booleans()),
    st.tuples(st.just("colour"), st.just("red")),
)


class MapMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.amap = ArgumentMap("Random")
        self.events: list = []
        self.amap.changed.connect(self.events.append)
        self.mirror_nodes: dict = {}
        self.mirror_links: dict = {}
        self.mirror_title = ("Random", "")
        self.removals: list = []

    # ---------------------------------------------------------------- helpers
    def existing(self, data, allow_unknown: bool = True) -> str:
        ids = self.amap.ids()
        if not ids:
            return "nope"
        return data.draw(mostly(st.sampled_from(ids), st.just("nope"), odds=8) if allow_unknown else st.sampled_from(ids))

    def attempt(self, call) -> object:
        """Run ``call``; a refusal must change nothing; either way replay the events on the mirror."""
        before = dumps(self.amap)
        self.events.clear()
        try:
            result = call()
        except MapError:
            assert self.events == [], "a refused operation emitted events"
            assert dumps(self.amap) == before, "a refused operation changed the map"
            return None
        for event in self.events:
            self.apply(event)
        return result

    def apply(self, event) -> None:
        match event:
            case NodeAdded(statement=s):
                assert s.id not in self.mirror_nodes
                self.mirror_nodes[s.id] = s
            case NodeRemoved(statement=s):
                assert not any(s.id in key for key in self.mirror_links), "node removed before its links"
                del self.mirror_nodes[s.id]
            case NodeChanged(old=old, new=new):
                assert self.mirror_nodes[old.id] == old and old.id == new.id
                self.mirror_nodes[new.id] = new
            case EdgeAdded(link=link):
                assert link.key not in self.mirror_links
                assert link.source in self.mirror_nodes and link.target in self.mirror_nodes, "edge before its nodes"
                self.mirror_links[link.key] = link
            case EdgeRemoved(link=link):
                assert self.mirror_links.pop(link.key) == link
            case EdgeChanged(old=old, new=new):
                assert self.mirror_links[old.key] == old and old.key == new.key
                self.mirror_links[new.key] = new
            case MapChanged(title=title, description=description):
                self.mirror_title = (title, description)
            case _:
                raise AssertionError(f"unexpected event {event!r}")

    # ---------------------------------------------------------------- rules
    @initialize(data=st.data(), size=st.integers(2, 8))
    def start_with_a_tree(self, data, size):
        for _ in range(size):
            ids = self.amap.ids()
            parent = data.draw(st.sampled_from(ids[:3])) if ids else None  # bushy: several children per parent
            kind = data.draw(st.sampled_from(list(Kind)))
            self.attempt(lambda kind=kind, parent=parent: self.amap.add(kind, "Statement.", parent=parent))

    @rule(data=st.data(), kind=KINDS, text=TEXT, new_id=IDS,
          relation=st.one_of(st.none(), RELATIONS), under=st.booleans())
    def add(self, data, kind, text, new_id, relation, under):
        parent = self.existing(data) if under else None
        self.attempt(lambda: self.amap.add(kind, text, parent=parent, relation=relation, id=new_id))

    @rule(data=st.data(), relation=RELATIONS, group=GROUPS)
    def connect(self, data, relation, group):
        source, target = self.existing(data), self.existing(data)
        self.attempt(lambda: self.amap.connect(source, target, relation, group))

    @rule(data=st.data(), any_pair=st.booleans())
    def disconnect(self, data, any_pair):
        links = self.amap.links()
        if links and not any_pair:
            source, target = data.draw(st.sampled_from(links)).key
        else:
            source, target = self.existing(data), self.existing(data)
        self.attempt(lambda: self.amap.disconnect(source, target))

    @rule(data=st.data())
    def remove(self, data):
        removal = self.attempt(lambda: self.amap.remove(self.existing(data)))
        if removal is not None:
            self.removals.append(removal)

    @precondition(lambda self: self.removals)
    @rule()
    def restore_last(self):
        removal = self.removals.pop()
        self.attempt(lambda: self.amap.restore(removal))

    @rule(data=st.data(), change=FIELD_VALUES)
    def update(self, data, change):
        name, value = change
        self.attempt(lambda: self.amap.update(self.existing(data), **{name: value}))

    @rule(data=st.data(), relation=st.one_of(st.none(), RELATIONS), group=GROUPS, regroup=st.booleans())
    def update_link(self, data, relation, group, regroup):
        links = self.amap.links()
        link = data.draw(st.sampled_from(links)) if links else None
        changes = {} if relation is None else {"relation": relation}
        if regroup:
            changes["group"] = group
        if link is not None:
            self.attempt(lambda: self.amap.update_link(link.source, link.target, **changes))

    @rule(data=st.data(), relation=RELATIONS)
    def join_a_group(self, data, relation):
        """Aim at existing linked reasons: a link into the same target joins one, maybe with the other relation."""
        grouped = [link for link in self.amap.links() if link.group is not None]
        if not grouped:
            return
        member = data.draw(st.sampled_from(grouped))
        others = [link for link in self.amap.incoming(member.target) if link.group != member.group]
        if others:
            other = data.draw(st.sampled_from(others))
            self.attempt(lambda: self.amap.update_link(other.source, other.target, group=member.group, relation=relation))
        source = self.existing(data)
        self.attempt(lambda: self.amap.connect(source, member.target, relation, member.group))

    @rule(data=st.data())
    def remove_and_restore(self, data):
        """An undone delete gives back exactly the map it started from."""
        before = dumps(self.amap)
        removal = self.attempt(lambda: self.amap.remove(self.existing(data)))
        if removal is not None:
            self.attempt(lambda: self.amap.restore(removal))
            assert dumps(self.amap) == before

    @rule(data=st.data(), relation=st.one_of(st.none(), RELATIONS))
    def move(self, data, relation):
        statement, parent = self.existing(data), self.existing(data)
        self.attempt(lambda: self.amap.move(statement, parent, relation))

    @rule(data=st.data(), name=st.one_of(st.none(), st.sampled_from(["g1", "g2"])))
    def group(self, data, name):
        m = self.amap
        busy = [i for i in m.ids() if len(m.children(i)) >= 2]
        target = data.draw(mostly(st.sampled_from(busy), st.just(self.existing(data)))) if busy else self.existing(data)
        children = m.children(target) if target in m else []
        if len(children) >= 2 and data.draw(st.booleans()):  # usually co-premises of one relation
            relation = m.link(children[0], target).relation
            children = [c for c in children if m.link(c, target).relation == relation] or children
        if len(children) >= 2:
            sources = data.draw(st.lists(st.sampled_from(children), min_size=2, max_size=4, unique=True))
        else:
            sources = [*children, "nope"]
        if data.draw(st.integers(0, 5)) == 0:
            sources.append("nope")
        self.attempt(lambda: m.group(target, sources, name))

    @rule(data=st.data(), name=st.sampled_from(["g1", "g2", "g3"]))
    def ungroup(self, data, name):
        self.attempt(lambda: self.amap.ungroup(self.existing(data), name))

    @rule(data=st.data(), x=st.floats(allow_nan=True), y=st.floats(-10, 10), unpin=st.booleans())
    def pin(self, data, x, y, unpin):
        target = self.existing(data)
        self.attempt(lambda: self.amap.unpin(target) if unpin else self.amap.pin(target, x, y))

    @rule(title=TEXT, description=st.one_of(st.none(), st.text(max_size=10)))
    def set_title(self, title, description):
        self.attempt(lambda: self.amap.set_title(title, description))

    # ---------------------------------------------------------------- invariants
    @invariant()
    def graph_matches_lists(self):
        m = self.amap
        ids = m.ids()
        assert len(ids) == len(set(ids)) == len(m)
        assert [s.id for s in m.statements()] == ids
        graph = m.graph_view()
        assert set(graph.nodes) == set(ids)
        keys = [link.key for link in m.links()]
        assert len(keys) == len(set(keys)) == graph.number_of_edges()
        assert set(keys) == set(graph.edges)
        for link in m.links():
            assert link.source in m and link.target in m
            assert link.source != link.target
            assert graph.edges[link.key]["link"] == link

    @invariant()
    def groups_never_mix_relations(self):
        relations: dict = {}
        for link in self.amap.links():
            if link.group is not None:
                relations.setdefault((link.target, link.group), set()).add(link.relation)
        assert all(len(r) == 1 for r in relations.values())

    @invariant()
    def order_is_consistent(self):
        m = self.amap
        orders = [m.order_of(i) for i in m.ids()]
        assert orders == sorted(orders) and len(set(orders)) == len(orders)
        for i in m.ids():
            assert set(m.parents(i)) == {link.target for link in m.links() if link.source == i}
            kids = m.children(i)
            assert set(kids) == {link.source for link in m.links() if link.target == i}
            keys = [(KIND_ORDER[m.statement(k).kind], m.order_of(k)) for k in kids]
            assert keys == sorted(keys)
        assert m.main_claims() == [i for i in m.ids() if not m.parents(i)]

    @invariant()
    def mirror_equals_model(self):
        assert self.mirror_nodes == {s.id: s for s in self.amap.statements()}
        assert self.mirror_links == {link.key: link for link in self.amap.links()}
        assert self.mirror_title == (self.amap.title, self.amap.description)

    @invariant()
    def map_saves_and_loads_to_the_same_bytes(self):
        text = dumps(self.amap)
        assert dumps(loads(text)) == text


MapMachine.TestCase.settings = settings(
    max_examples=100, stateful_step_count=20, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestMapOperations = MapMachine.TestCase
