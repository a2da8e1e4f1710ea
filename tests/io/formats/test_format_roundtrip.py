"""Random maps survive argmap -> format -> argmap for every format that can read its own output."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.io import dumps
from argmap.io.formats.aif import dumps_aif, parse_aif
from argmap.io.formats.argdown import parse_argdown
from argmap.io.formats.argdown_write import dumps_argdown, plain_title
from argmap.io.formats.graph_text import dumps_dot, dumps_mermaid
from argmap.io.formats.graphml import dumps_graphml, parse_graphml
from argmap.io.formats.kialo import dumps_kialo, parse_kialo
from argmap.model import ArgumentMap, Kind, Relation

# Words with the characters each syntax cares about; texts are words joined by single spaces.
PIECE = st.sampled_from([*"ab1é#[]<>{}()*_/\\\"'|:;+-=@&`%.,!?", "//", "/*", "<!--", "-->", "(1)", "1."])
WORD = st.lists(PIECE, min_size=1, max_size=5).map("".join)
TEXT = st.lists(WORD, min_size=1, max_size=6).map(" ".join)
TAG = st.lists(st.sampled_from(["a", "b c", "x-y", "q)"]), max_size=2, unique=True).map(tuple)


@st.composite
def maps(draw) -> ArgumentMap:
    amap = ArgumentMap(draw(TEXT))
    count = draw(st.integers(1, 12))
    texts = draw(st.lists(TEXT, min_size=count, max_size=count, unique=True))
    for n, text in enumerate(texts):
        has_parent = n > 0 and (n % 3 != 0 or draw(st.booleans()))  # mostly trees, some separate tops
        parent = draw(st.sampled_from(amap.ids())) if has_parent else None
        kind = draw(st.sampled_from(list(Kind)))
        amap.add(kind, text, id=f"id {n} {draw(WORD)}", parent=parent, tags=draw(TAG),
                 relation=draw(st.sampled_from(["support", "attack"])) if parent else None)
    for source in amap.ids():  # a few cross-links
        target = draw(st.sampled_from(amap.ids()))
        if draw(st.integers(0, 4)) == 0 and target != source and not amap.has_link(source, target) \
                and not amap.has_link(target, source):
            amap.connect(source, target, draw(st.sampled_from(["support", "attack"])))
    for target in amap.ids():  # a linked group where two supports meet
        supports = amap.children(target, "support")
        if len(supports) >= 2 and draw(st.booleans()):
            amap.group(target, supports[:2])
    return amap


def _links(amap: ArgumentMap, key=lambda i: i):
    return {(key(k.source), key(k.target), k.relation) for k in amap.links()}


def _groups(amap: ArgumentMap, key=lambda i: i):
    return {(key(t), frozenset(key(m) for m in members)) for t in amap.ids() for members in amap.groups(t).values()}


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(maps())
def test_graphml_is_exact(amap):
    assert dumps(parse_graphml(dumps_graphml(amap)).map) == dumps(amap)


@SETTINGS
@given(maps())
def test_argdown_keeps_ids_texts_tags_kinds_relations_and_support_groups(amap):
    again = parse_argdown(dumps_argdown(amap)).map
    title = plain_title  # ids are Argdown titles, which cannot hold "]" or ">"
    assert {s.id: (s.text, s.tags, s.kind) for s in again.statements()} == {
        title(s.id): (s.text, s.tags, s.kind) for s in amap.statements()
    }
    assert _links(again) == _links(amap, key=title)
    support_groups = {(t, m) for t, m in _groups(amap) if amap.link(next(iter(m)), t).relation == "support"}
    assert _groups(again) == {(title(t), frozenset(title(i) for i in m)) for t, m in support_groups}
    assert again.title == amap.title


@SETTINGS
@given(maps())
def test_aif_keeps_ids_texts_relations_and_groups(amap):
    again = parse_aif(dumps_aif(amap)).map
    assert {s.id: s.text for s in again.statements()} == {s.id: s.text for s in amap.statements()}
    assert _links(again) == _links(amap)
    assert _groups(again) == _groups(amap)


@SETTINGS
@given(maps())
def test_kialo_keeps_texts_and_relations(amap):
    again = parse_kialo(dumps_kialo(amap)).map
    by_text = {s.text: s.id for s in again.statements()}
    assert set(by_text) == {s.text for s in amap.statements()}
    assert _links(again) == _links(amap, key=lambda i: by_text[amap.statement(i).text])


@SETTINGS
@given(maps())
def test_dot_and_mermaid_never_leak_a_quote(amap):
    for line in dumps_dot(amap).splitlines():
        assert line.replace('\\\\', "").replace('\\"', "").count('"') % 2 == 0, line
    text = dumps_mermaid(amap)
    assert text.startswith("%% ") and text.count("\n%%") == 0  # the title is one comment line
    for line in text.splitlines()[1:]:
        assert line.count('"') in (0, 2), line


def test_a_linked_reason_left_alone_is_written_as_a_plain_reason():
    from argmap.io.formats import WRITERS

    def lone(grouped: bool) -> ArgumentMap:
        amap = ArgumentMap("Lone")
        amap.add(Kind.CLAIM, "Claim", id="c")
        amap.add(Kind.SUPPORT, "Reason", id="p1")
        amap.add(Kind.SUPPORT, "Partner", id="p2")
        amap.connect("p1", "c", Relation.SUPPORT, "g" if grouped else None)
        amap.connect("p2", "c", Relation.SUPPORT, "g" if grouped else None)
        amap.remove("p2")
        return amap

    for fmt in ("aif", "argdown", "graphml", "dot", "mermaid", "argmap"):
        assert WRITERS[fmt](lone(True)) == WRITERS[fmt](lone(False)), fmt
