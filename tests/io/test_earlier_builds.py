"""Every file that any build of argmap has written still loads, meaning the same (schema_version 1 -> 2)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from argmap.cli import main
from argmap.io import dumps, load, loads, reading
from argmap.io.schema import SCHEMA_VERSION
from argmap.model import DEFAULT_SCORE, View

EARLIER = sorted((Path(__file__).parent / "written_by_earlier_builds").glob("*.json"))


def test_files_of_every_earlier_version_are_kept():
    versions = {json.loads(p.read_text(encoding="utf-8"))["schema_version"] for p in EARLIER}
    assert versions == set(range(1, SCHEMA_VERSION))


@pytest.mark.parametrize("path", EARLIER, ids=lambda p: p.name)
def test_an_earlier_file_loads_with_every_field_as_written(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    amap = load(path)
    assert (amap.title, amap.description, amap.layout) == (raw["title"], raw.get("description", ""), raw.get("layout", "tree"))
    assert amap.ids() == [node["id"] for node in raw["nodes"]]
    for node in raw["nodes"]:
        s = amap.statement(node["id"])
        pinned = node.get("pinned")
        assert (s.kind, s.text, s.notes, s.score, s.collapsed) == (
            node["kind"], node["text"], node.get("notes", ""), node.get("score", DEFAULT_SCORE), node.get("collapsed", False)
        )
        assert [(x.title, x.url) for x in s.sources] == [(x["title"], x.get("url")) for x in node.get("sources", [])]
        assert list(s.tags) == node.get("tags", [])
        assert s.pinned == ((pinned["x"], pinned["y"]) if pinned else None)
        assert s.title == ""  # version 1 had no statement titles
    assert sorted((lk.source, lk.target, lk.relation, lk.group) for lk in amap.links()) == sorted(
        (e["source"], e["target"], e["relation"], e.get("group")) for e in raw["edges"]
    )
    view = raw.get("view")
    assert amap.view == (View(view["zoom"], (view["center"]["x"], view["center"]["y"])) if view else None)


@pytest.mark.parametrize("path", EARLIER, ids=lambda p: p.name)
def test_the_fast_and_the_careful_reader_agree_on_earlier_files(path):
    data = path.read_bytes()
    assert reading._parse_fast(data) is not None  # a version-1 file needs no more than its number raised
    careful = reading._build(*reading._parse_careful(data, path))
    assert dumps(loads(data)) == dumps(careful)


@pytest.mark.parametrize("path", EARLIER, ids=lambda p: p.name)
def test_fmt_upgrades_an_earlier_file_to_the_current_version(path, tmp_path, capsys):
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    assert main(["fmt", str(copy)]) == 0
    upgraded = json.loads(copy.read_text(encoding="utf-8"))
    assert upgraded["schema_version"] == SCHEMA_VERSION
    assert dumps(load(copy)) == dumps(load(path))
    assert main(["fmt", "--check", str(copy)]) == 0
