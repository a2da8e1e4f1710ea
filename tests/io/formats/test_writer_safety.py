"""Text that leaves argmap through GraphML, DOT and Mermaid is safe for its reader and, where argmap reads it, comes back the same.

Awkward text: quotes, brackets, ``#``, ``//``, ``<!--``, ``===``, carriage returns, emoji, right-to-left
text and control characters, in titles, ids, texts, notes and tags.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.cli.dispatch import main
from argmap.io import dumps, load, save
from argmap.io.formats.graph_text import MERMAID_MAX_EDGES, dumps_dot, dumps_mermaid, mermaid_notes
from argmap.io.formats.graphml import dumps_graphml, parse_graphml
from argmap.model import ArgumentMap, Kind, Source

PIECES = ['"', "'", "[", "]", "{", "}", "(", ")", "<", ">", "#", "//", "/*", "<!--", "-->", "===", "%%", "%%{init:",
          "}%%", "\\", "\\n", "&amp;", "&", ";", "|", "`", "\r", "\r\n", "\n", "\t", "\x00", "\x01", "\x0b", "\x1b[2J",
          "\x7f", "\x85", "\u2028", "\ufffe", "😀", "👍🏽", "עברית", "العربية", "\u202e", "é", "a", "b", " ", "1."]
AWKWARD = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)
TAG = AWKWARD.filter(lambda t: t.strip() and len(t) <= 100)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def awkward_maps(draw) -> ArgumentMap:
    amap = ArgumentMap(draw(AWKWARD), description=draw(AWKWARD))
    count = draw(st.integers(1, 8))
    ids = draw(st.lists(AWKWARD.filter(lambda s: s.strip() and len(s) <= 200), min_size=count, max_size=count, unique=True))
    for n, statement_id in enumerate(ids):
        parent = draw(st.sampled_from(amap.ids())) if n else None
        amap.add(draw(st.sampled_from(list(Kind))), draw(AWKWARD), id=statement_id, parent=parent,
                 notes=draw(AWKWARD), tags=tuple(draw(st.lists(TAG, max_size=2, unique=True))),
                 sources=(Source(draw(AWKWARD.filter(str.strip)), draw(AWKWARD)),) if draw(st.booleans()) else (),
                 relation=draw(st.sampled_from(["support", "attack"])) if parent is not None else None)
    supports = [i for i in amap.ids() if amap.parents(i)]
    if len(supports) >= 2 and amap.parents(supports[0]) == amap.parents(supports[1]) and draw(st.booleans()):
        target = amap.parents(supports[0])[0]
        if amap.link(supports[0], target).relation == amap.link(supports[1], target).relation:
            amap.group(target, supports[:2])
    return amap


# ------------------------------------------------------------------ GraphML
def _three_ids_apart_by_a_control_character() -> ArgumentMap:
    amap = ArgumentMap("Controls")
    amap.add("claim", "Top", id="a")
    amap.add("support", "One", id="a\x01", parent="a")
    amap.add("objection", "Two", id="a\x02", parent="a")
    return amap


def test_graphml_keeps_ids_that_differ_only_by_a_control_character():
    again = parse_graphml(dumps_graphml(_three_ids_apart_by_a_control_character()))
    assert again.skipped == []
    assert sorted(again.map.ids()) == ["a", "a\x01", "a\x02"]
    assert len(again.map.links()) == 2


def test_convert_reports_the_statements_graphml_gives_back(tmp_path, capsys):
    save(_three_ids_apart_by_a_control_character(), tmp_path / "m.json")
    assert main(["convert", str(tmp_path / "m.json"), str(tmp_path / "m.graphml")]) == 0
    assert "3 statements, 2 links" in capsys.readouterr().out
    assert main(["convert", str(tmp_path / "m.graphml"), str(tmp_path / "back.json")]) == 0
    assert "3 statements, 2 links" in capsys.readouterr().out
    assert dumps(load(tmp_path / "back.json")) == dumps(load(tmp_path / "m.json"))


def test_graphml_without_awkward_characters_stays_plain_for_other_tools():
    text = dumps_graphml(ArgumentMap("Plain \\ backslash"))
    assert "argmap_escapes" not in text and "Plain \\ backslash" in text


@SETTINGS
@given(awkward_maps())
def test_graphml_gives_back_the_same_map_whatever_the_text(amap):
    text = dumps_graphml(amap)
    ET.fromstring(text.encode("utf-8"))  # well-formed XML whatever the map holds
    assert dumps(parse_graphml(text).map) == dumps(amap)


# ------------------------------------------------------------------ Mermaid
INIT = "%%{init: {'theme': 'dark', 'securityLevel': 'loose'}}%%"


def _decoded(label: str) -> str:
    """What Mermaid shows for a label we wrote: entity codes decoded, ``<br/>`` as line breaks."""
    return re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), label).replace("<br/>", "\n")


def test_a_map_title_or_text_cannot_become_a_mermaid_directive():
    amap = ArgumentMap(f"{INIT}\nflowchart LR\n  x --> y")
    amap.add("claim", INIT, id=INIT)
    text = dumps_mermaid(amap)
    assert "%%{" not in text and "%%#123;init: #123;'theme'" in text.split("\n", 1)[1]
    assert text.splitlines()[1] == "flowchart BT"
    assert text.splitlines()[0].startswith("%% %%#123;init: #123;'theme': 'dark'")


LABEL = re.compile(r'  (n_\w+)\["((?:[^"#&;<>\[\]{}|\\`\x00-\x1f]|#\d+;|<br/>)*)"\]:::(\w+)')
OTHER = re.compile(r'flowchart BT|  \w+ (-->|--x|---) \w+|  j\d+\(\(" "\)\)|  (linkStyle|classDef) [\w ]+ [\w:#,.-]+')


@SETTINGS
@given(awkward_maps())
def test_mermaid_labels_hold_the_text_and_nothing_breaks_out(amap):
    text = dumps_mermaid(amap)
    assert "%%{" not in text  # Mermaid looks for directives anywhere, comments included
    first, *rest = text.splitlines()
    assert first.startswith("%% ") and "{" not in first and "}" not in first
    shown = {}
    for line in rest:
        match = LABEL.fullmatch(line)
        if match:
            shown[match.group(1)] = _decoded(match.group(2))
        else:
            assert OTHER.fullmatch(line), line
    assert len(shown) == len(amap)
    want = sorted("".join(c for c in "".join(s.text.split()) if c >= " ") for s in amap.statements())
    assert sorted("".join(c for c in "".join(v.split()) if c >= " ") for v in shown.values()) == want


def _chain(links: int, text: str = "x") -> ArgumentMap:
    amap = ArgumentMap("Long")
    amap.add("claim", text, id="c")
    for n in range(links):
        amap.add("support", text, id=f"s{n}", parent="c")
    return amap


def test_mermaid_over_its_default_limits_says_how_to_raise_them():
    assert mermaid_notes(dumps_mermaid(_chain(MERMAID_MAX_EDGES))) == []
    notes = mermaid_notes(dumps_mermaid(_chain(MERMAID_MAX_EDGES + 1)))
    assert len(notes) == 1
    assert "501 links" in notes[0] and "mermaid.initialize({maxEdges: 600})" in notes[0] and "-c" in notes[0]
    notes = mermaid_notes(dumps_mermaid(_chain(20, "word " * 600)))
    assert len(notes) == 1 and "maxTextSize" in notes[0] and "50,000" in notes[0]


def test_convert_to_mermaid_warns_on_stderr_above_the_limits(tmp_path, capsys):
    save(_chain(600), tmp_path / "big.json")
    assert main(["convert", str(tmp_path / "big.json"), str(tmp_path / "big.mmd")]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"{tmp_path / 'big.mmd'}: warning: the diagram has 600 links") and "maxEdges" in err
    save(_chain(5), tmp_path / "small.json")
    assert main(["convert", str(tmp_path / "small.json"), str(tmp_path / "small.mmd")]) == 0
    assert capsys.readouterr().err == ""


# ------------------------------------------------------------------ DOT
def _no_controls(text: str) -> str:
    return "".join(c for c in "".join(text.split()) if c >= " " and c not in "\ufffe\uffff")


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz 'dot' is not installed")
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(awkward_maps())
def test_graphviz_draws_every_dot_label_as_written(amap):
    run = subprocess.run(["dot", "-Tsvg"], input=dumps_dot(amap).encode("utf-8"), capture_output=True, timeout=60)
    assert run.returncode == 0, run.stderr
    svg = ET.fromstring(run.stdout)
    ns = {"s": "http://www.w3.org/2000/svg"}
    drawn = []
    for node in svg.iterfind(".//s:g[@class='node']", ns):
        lines = [t.text or "" for t in node.iterfind("s:text", ns)]
        if lines:  # junction points have no text
            drawn.append(_no_controls("".join(lines[1:])))
    assert sorted(drawn) == sorted(_no_controls(s.text) for s in amap.statements())
    title = [t.text or "" for t in svg.iterfind("s:g/s:text", ns)]
    assert _no_controls("".join(title)) == _no_controls(amap.title)


def test_import_notes_on_the_terminal_cannot_act_on_it(tmp_path, capsys):
    """The notes quote the foreign file (ids, relation names): control characters are written as escapes.
    (XML cannot hold ESC itself, but it can hold the 8-bit controls some terminals obey.)"""
    xml = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
           '<key id="r" for="edge" attr.name="relation" attr.type="string"/><graph edgedefault="directed">'
           '<node id="a"/><node id="b"/><edge source="b" target="a"><data key="r">x&#x9b;2J&#x85;</data></edge>'
           '</graph></graphml>')
    (tmp_path / "evil.graphml").write_text(xml, encoding="utf-8")
    assert main(["convert", str(tmp_path / "evil.graphml"), str(tmp_path / "out.json")]) == 0
    captured = capsys.readouterr()
    assert "\x9b" not in captured.err + captured.out and "x\\x9b2J\\x85" in captured.err  # 8-bit CSI: clear the screen
