"""Argdown written by argmap reads back to the same map (ids aside) whatever the text holds:
comment openings, "===", brackets, "#", quotes, carriage returns, emoji, right-to-left text,
shortcodes and "@include(". `make fidelity` checks that the Argdown CLI reads the same files."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.io.formats.argdown import parse_argdown
from argmap.io.formats.argdown_write import dumps_argdown
from argmap.model import ArgumentMap, Kind

PIECE = st.sampled_from([
    *"ab1é#[]<>{}()*_/\\\"'|:;+-=@&`%.,!?~^", "//", "/*", "*/", "<!--", "-->", "(1)", "1.", "===", "\r", "\r\n",
    "😀", "👍🏽", "שלום", "مرحبا", "\u200f", ".A.", ":+1:", "--", "----", "- ", "+ ", "* ", "@include(x)", "{a: 1}",
    "#(x)", "\\#",
])
WORD = st.lists(PIECE, min_size=1, max_size=5).map("".join)
TEXT = st.lists(WORD, min_size=1, max_size=6).map(" ".join)


@st.composite
def awkward_maps(draw) -> ArgumentMap:
    amap = ArgumentMap(draw(TEXT), description=draw(st.one_of(st.just(""), TEXT)))
    count = draw(st.integers(1, 7))
    texts = draw(st.lists(TEXT, min_size=count, max_size=count, unique_by=lambda t: " ".join(t.split())))
    for n, text in enumerate(texts):
        parent = draw(st.sampled_from(amap.ids())) if n else None
        tags = tuple(dict.fromkeys(" ".join(w.split()) for w in draw(st.lists(WORD, max_size=3)) if w.strip()))
        amap.add(draw(st.sampled_from(list(Kind))), text, id=f"{draw(TEXT)} {n}" if draw(st.booleans()) else f"s{n}",
                 parent=parent, tags=tags, relation=draw(st.sampled_from(["support", "attack"])) if parent else None,
                 title=draw(st.one_of(st.just(""), TEXT, st.sampled_from(["Cost", "s0"]))))
    return amap


def _one_line(text: str) -> str:
    return " ".join(text.split())  # Argdown has no line break inside a statement: runs of white space become one space


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(awkward_maps())
def test_awkward_text_reads_back_to_the_same_map(amap):
    text = dumps_argdown(amap)
    again = parse_argdown(text).map
    by_text = {s.text: s.id for s in again.statements()}
    assert set(by_text) == {_one_line(s.text) for s in amap.statements()}, text
    new_id = {s.id: by_text[_one_line(s.text)] for s in amap.statements()}
    for s in amap.statements():
        copy = again.statement(new_id[s.id])
        assert copy.tags == tuple(_one_line(t) for t in s.tags), text
        assert copy.kind == s.kind, text
        assert copy.title == s.title, text
    assert {(new_id[x.source], new_id[x.target], x.relation) for x in amap.links()} == \
        {(x.source, x.target, x.relation) for x in again.links()}
    assert (again.title, again.description) == (amap.title, amap.description), text


def test_the_cases_of_the_issue_each_read_back():
    amap = ArgumentMap("A === title", description="@include(x) and ===")
    amap.add(Kind.CLAIM, "a // b /* c <!-- d === e [f] #g 'h' \"i\" 😀 שלום .A.", id="c1",
             tags=("<!-- x", "/* y", "// z", "q)", "😀"))
    amap.add(Kind.SUPPORT, "line one\rline two", id="[x] > y", parent="c1")
    text = dumps_argdown(amap)
    again = parse_argdown(text).map
    assert again.title == "A === title" and again.description == "@include(x) and ==="
    c1 = again.statement("c1")
    assert c1.text == "a // b /* c <!-- d === e [f] #g 'h' \"i\" 😀 שלום .A."
    assert c1.tags == ("<!-- x", "/* y", "// z", "q)", "😀")
    assert again.statement("[x) ) y").text == "line one line two"  # the id loses "]" and ">": Argdown titles cannot hold them
    assert "@include(" not in text and "===" not in text.split("===\n", 2)[2]
