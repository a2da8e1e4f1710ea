"""Titles and texts printed to a terminal cannot act on it: control characters come out as escapes."""

from __future__ import annotations

import json

import pytest

from argmap.cli import main
from argmap.io import save
from argmap.model import ArgumentMap

HOSTILE_TITLE = "Map\x1b]0;pwned\x07 title"  # would set the terminal window's title
HOSTILE_TEXT = "Claim\x1b[2J that clears the screen, \u202eand reverses text\x9b31m"


@pytest.fixture
def hostile_map(tmp_path):
    amap = ArgumentMap(HOSTILE_TITLE)
    amap.add("claim", HOSTILE_TEXT, id="c")
    amap.add("objection", "An objection\x1b[8m hidden", parent="c", id="o")
    path = tmp_path / "hostile.json"
    save(amap, path)
    return path


def raw_controls(text: str) -> list[str]:
    return [ch for ch in text if (ord(ch) < 0x20 and ch != "\n") or 0x7F <= ord(ch) <= 0x9F or ch == "\u202e"]


@pytest.mark.parametrize("command", [["info"], ["check"]])
def test_info_and_check_print_escapes_not_control_characters(hostile_map, capsys, command):
    main([*command, str(hostile_map)])
    out = capsys.readouterr().out
    assert raw_controls(out) == []
    assert "\\x1b[2J" in out and "\\u202e" in out, "the characters are shown, as escapes"
    if command == ["info"]:
        assert "Title: Map\\x1b]0;pwned\\x07 title" in out


@pytest.mark.parametrize("command", [["info", "--json"], ["check", "--json"]])
def test_json_output_stays_valid_and_carries_the_text_unchanged(hostile_map, capsys, command):
    main([*command, str(hostile_map)])
    out = capsys.readouterr().out
    assert raw_controls(out) == []
    data = json.loads(out)
    texts = json.dumps(data, ensure_ascii=False)
    assert (HOSTILE_TEXT in texts or HOSTILE_TEXT in [m.get("text") for m in data.get("main_claims", [])]
            or any(HOSTILE_TEXT in f["message"] for f in data.get("findings", [])))
