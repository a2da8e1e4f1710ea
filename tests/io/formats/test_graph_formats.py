"""GraphML (read and write), DOT and Mermaid (write): exact round trip and labels that try to break out."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from argmap.io import MapFileError, dumps, load
from argmap.io.formats.graph_text import dumps_dot, dumps_mermaid
from argmap.io.formats.graphml import dumps_graphml, parse_graphml
from argmap.model import ArgumentMap, Kind, Source

ROOT = Path(__file__).resolve().parents[3]

NASTY = [
    'She said "stop"',
    "back\\slash \\n \\\" and a trailing backslash \\",
    "two\nlines",
    "<script>alert('x')</script>",
    "a ] bracket [ and | pipe",
    "{braces} and #hash; and &amp; and `tick`",
    "--> arrow -.-> and --- and ;",
    "end]",
]


def _nasty_map() -> ArgumentMap:
    amap = ArgumentMap('Title with "quotes" and <tags>')
    amap.add("claim", "Top", id="top")
    for n, text in enumerate(NASTY):
        amap.add("objection" if n % 2 else "support", text, id=f'id "{n}" -> [x]', parent="top")
    amap.add("support", "partner A", id="a", parent="top")
    amap.add("support", "partner B", id="b", parent="top")
    amap.group("top", ["a", "b"])
    return amap


def test_graphml_round_trip_is_exact():
    original = load(ROOT / "maps" / "japan-nato-ukraine.json")
    original.pin("c1", 10.5, -20.0)
    original.update("s1", collapsed=True, sources=(Source("A book", "https://example.org/?a=1&b=2"),))
    result = parse_graphml(dumps_graphml(original))
    assert result.skipped == []
    assert dumps(result.map) == dumps(original)


def test_graphml_keeps_nasty_texts_and_ids():
    original = _nasty_map()
    again = parse_graphml(dumps_graphml(original)).map
    assert dumps(again) == dumps(original)


def test_graphml_from_another_tool_uses_labels_and_infers_kinds():
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="rel" for="edge" attr.name="relation" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="label">Claim</data></node>
    <node id="b"><data key="label">Against</data></node>
    <node id="c"><data key="label">Odd</data></node>
    <edge source="b" target="a"><data key="rel">attack</data></edge>
    <edge source="c" target="a"><data key="rel">maybe</data></edge>
  </graph>
</graphml>"""
    result = parse_graphml(xml, "other.graphml")
    amap = result.map
    assert amap.statement("a").text == "Claim" and amap.statement("a").kind == Kind.CLAIM
    assert amap.statement("b").kind == Kind.OBJECTION
    assert "relation 'maybe' is not support, attack or rephrase" in result.skipped[0]


def test_malformed_graphml_names_the_line():
    with pytest.raises(MapFileError) as info:
        parse_graphml("<graphml>\n<graph>\n<node id='a'>\n</graph>", "bad.graphml")
    assert info.value.place.startswith("line 4")
    with pytest.raises(MapFileError) as info:
        parse_graphml('<graphml><key id="d0" for="node" attr.name="score" attr.type="double"/>'
                      '<graph edgedefault="directed"><node id="a"><data key="d0">2.5</data></node></graph></graphml>', "bad.graphml")
    assert info.value.place == "node a" and "score" in info.value.reason


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz 'dot' is not installed")
def test_dot_with_nasty_labels_is_accepted_by_graphviz(tmp_path):
    text = dumps_dot(_nasty_map())
    (tmp_path / "m.dot").write_text(text, encoding="utf-8")
    run = subprocess.run(["dot", "-Tsvg", str(tmp_path / "m.dot")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "Warning" not in run.stderr and "Error" not in run.stderr
    svg = run.stdout
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in svg or "&lt;script&gt;alert('x')&lt;/script&gt;" in svg
    assert "<script>" not in svg
    assert "#hash; and &amp;amp;" in svg  # a literal "&amp;" stays literal
    assert svg.count("<g id=\"node") == len(NASTY) + 3 + 1  # statements and one junction


def test_dot_ids_are_safe_and_claims_are_on_top():
    text = dumps_dot(_nasty_map())
    assert "rankdir=BT" in text
    for line in text.splitlines()[4:-1]:
        node_or_edge = line.split(" [", 1)[0].strip()
        assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*( -> [A-Za-z_][A-Za-z0-9_]*)?", node_or_edge), line


def test_mermaid_labels_have_no_unescaped_characters():
    text = dumps_mermaid(_nasty_map())
    labels = re.findall(r'^  \w+\["(.*)"\]:::\w+$', text, flags=re.MULTILINE)
    assert len(labels) == len(NASTY) + 3
    for label in labels:
        assert re.fullmatch(r'([^#&;"<>\[\]{}|\\`]|#\d+;)*', label.replace("<br/>", "")), label
    assert "#60;script#62;" in text and "two<br/>lines" in text
    other = re.compile(r'flowchart BT|  \w+ (-->|--x|---) \w+|  j\d+\(\(" "\)\)|  (linkStyle|classDef) [\w ]+ [\w:#,.-]+')
    for line in text.splitlines()[1:]:
        if "[" not in line:  # edges, junctions, styles: only safe ids
            assert other.fullmatch(line), line


def test_mermaid_draws_attacks_and_linked_groups():
    text = dumps_mermaid(load(ROOT / "maps" / "japan-nato-ukraine.json"))
    assert text.splitlines()[1] == "flowchart BT"
    assert "n_o1 --x n_c1" in text and "n_s1 --> n_c1" in text
    assert "n_s7 --- j1" in text and "n_s8 --- j1" in text and "j1 --> n_s3" in text


def test_dot_of_a_big_map_is_quick():
    """Each identifier must cost the same however many came before (10,000 nodes once took 2.8 s)."""
    import time

    from argmap.io.formats.common import SafeIds, safe_id

    ids = SafeIds()
    start = time.perf_counter()
    names = [safe_id(f"s-{i}" if i % 2 else f"s_{i - 1}", ids) for i in range(12_000)]
    assert time.perf_counter() - start < 1.0
    assert len(set(names)) == 12_000
    assert names[0] == "n_s__1" and names[1] == "n_s_1" and names[2] == "n_s_1_2"
