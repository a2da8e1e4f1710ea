"""A foreign map's title or description over the 20,000-character limit is cut with a note or refused
with a message, in every format and wherever the format keeps its title; never an exception of the model."""

from __future__ import annotations

import json

import pytest

from argmap.io import MapFileError
from argmap.io.formats import read_any
from argmap.model import MAX_TEXT

BIG = "T" * (MAX_TEXT + 5000)
CASES = {
    "front.argdown": f"===\ntitle: {BIG}\ndescription: {BIG}\n===\n\n[A]: text\n",
    "quoted.argdown": f"===\ntitle: '{BIG}'\n===\n\n[A]: text\n",
    "folded.argdown": f"===\ntitle: >\n  {BIG}\n===\n\n[A]: text\n",
    "surrogate.argdown": f'===\ntitle: "{BIG}\\ud800"\n===\n\n[A]: text\n',
    "heading.argdown": f"# {BIG}\n\n[A]: text\n",
    "title.argdown": f"<{BIG}>: text\n",
    "kialo.txt": f"Discussion Title: {BIG}\n\n1. Claim\n1.1. Pro: x\n",
    "long-claim.txt": f"Discussion Title: Short\n\n1. {BIG}\n1.1. Pro: x\n",
    "aif.aif.json": json.dumps({"nodes": [{"nodeID": "1", "type": "I", "text": "a"}], "edges": [], "title": BIG}),
    "ova.aif.json": json.dumps({"AIF": {"nodes": [{"nodeID": 1, "type": "I", "text": BIG}], "edges": []}}),
    "graph.graphml": ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                      '<key id="t" for="graph" attr.name="title" attr.type="string"/>'
                      '<key id="d" for="graph" attr.name="description" attr.type="string"/>'
                      f'<graph edgedefault="directed"><data key="t">{BIG}</data><data key="d">{BIG}</data>'
                      '<node id="a"/></graph></graphml>'),
    "map.json": json.dumps({"schema_version": 1, "title": BIG, "nodes": [], "edges": []}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_title_over_the_limit_is_cut_or_refused_with_a_message(tmp_path, name):
    path = tmp_path / name
    path.write_text(CASES[name], encoding="utf-8")
    try:
        result = read_any(path)
    except MapFileError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
        assert "20000" in str(exc) or "20,000" in str(exc)
        return
    amap = result.map
    assert len(amap.title) <= MAX_TEXT and len(amap.description) <= MAX_TEXT
    if BIG in CASES[name] and (len(amap.title) == MAX_TEXT or len(amap.description) == MAX_TEXT):
        assert any("cut after 20000" in note for note in result.skipped)
