"""Importers run in time linear in their input (issue 14): the scans that replaced backtracking
regular expressions find exactly what those expressions found, and the inputs that made them take
tens of seconds now finish at once (or are refused before parsing with a message).

There is no timing assertion: the adversarial inputs below are sized so that the old code took
tens of seconds to minutes on them (see benchmarks/importers_adversarial.py for the measurements),
and the new code milliseconds; a regression shows as a suite that suddenly takes minutes.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.io import MapFileError
from argmap.io.formats import read_any
from argmap.io.formats.aif import _without_tags, parse_aif
from argmap.io.formats.argdown import parse_argdown
from argmap.io.formats.argdown_inline import markdown, tags_in
from argmap.io.formats.argdown_parse import parse_outline
from argmap.io.formats.common import MAX_IMPORT_BYTES, MAX_LINE_CHARS, check_import_size, checked_text
from argmap.io.formats.graphml import parse_graphml
from argmap.io.formats.kialo import parse_kialo


# ---------------------------------------------------------------- the old expressions, as the reference
def _old_markdown(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\((?:[^)\s]*)\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", text)
    return re.sub(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])", r"\1", text)


_OLD_TAG = re.compile(r"(?<!\S)#(?:\(([^)]*)\)|([\w-]+))")


# Few characters, so that marks meet often; "é" and "\xa0"/"\x1c" test what \w and \s mean in Unicode.
_MARKUP = st.text(alphabet="*_[]()# a-\n\xa0\x1cé.", max_size=40)


@settings(max_examples=3000, deadline=None)
@given(_MARKUP)
def test_markdown_finds_what_the_regular_expressions_found(text):
    assert markdown(text) == _old_markdown(text)


@settings(max_examples=3000, deadline=None)
@given(_MARKUP)
def test_tags_are_what_the_regular_expression_found(text):
    old = [(m.start(), m.end(), m.group(1) or m.group(2) or "") for m in _OLD_TAG.finditer(text)]
    assert tags_in(text) == old


@settings(max_examples=2000, deadline=None)
@given(st.sampled_from(["title", "description", "titles", "Title"]), st.sampled_from([":", ": ", "", " :"]),
       st.text(alphabet=" \xa0\x1c\u2028ab", max_size=12))
def test_front_matter_plain_values_are_read_as_yaml_reads_them(key, colon, value):
    """A YAML key is followed by ":" and a space or the end; its plain value is stripped (the reader is linear)."""
    line = key + colon + value
    outline = parse_outline(f"===\n{line}\n===\n[A]: a\n", None)
    got = {"title": outline.title, "description": outline.description}
    is_key = key in ("title", "description") and colon and (colon.endswith(" ") or value[:1] in ("", " "))
    expected = value.strip() if is_key and value.strip() else None
    assert got == {"title": None, "description": None} | ({key: expected} if expected else {})


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="<>/a b", max_size=40))
def test_aif_tags_are_removed_as_the_regular_expression_did(text):
    assert _without_tags(text) == re.sub(r"<[^>]*>", "", text)


# ---------------------------------------------------------------- adversarial inputs (the issue's, scaled up)
# 200 KB each: the old code's time grew with the square of the length (measured: 40 KB of Argdown
# 6-12 s, 100 KB of AIF 7 s), so minutes for each Argdown line and about 30 s for the AIF text;
# now each is read in well under a second (benchmarks/importers_adversarial.py).
_SIZE = 200_000
_ARGDOWN_PATTERNS = [" #(", "#", " #", "*a ", "**a ", "_a ", "__a ", "[", "[a](", "[a](b", "`*"]


@pytest.mark.parametrize("pattern", _ARGDOWN_PATTERNS)
def test_an_argdown_line_of_marks_is_read_or_refused_at_once(pattern):
    line = (pattern * (_SIZE // len(pattern)))[:_SIZE]
    with pytest.raises(MapFileError, match="longer than 20000 characters"):  # a statement's text limit
        parse_argdown(f"[T]: {line}\n", "adversarial.argdown")


@pytest.mark.parametrize("pattern", _ARGDOWN_PATTERNS)
def test_a_megabyte_of_argdown_marks_in_many_lines_imports(pattern):
    line = (pattern * (10_000 // len(pattern)))[:10_000]
    text = "".join(f"[T{n}]: {line}\n\n" for n in range(100))  # 1 MB: 100 statements of 10,000 characters
    result = parse_argdown(text, "adversarial.argdown")
    assert len(result.map) == 100


def test_argdown_front_matter_with_a_long_run_of_spaces():
    text = "===\ntitle: a" + " " * _SIZE + "b\n===\n[A]: x\n"
    outline = parse_outline(text, None)
    assert outline.title == "a" + " " * _SIZE + "b"


@pytest.mark.parametrize("run", ["<", "<br", "<!--", "< >"])
def test_an_aif_text_of_five_megabytes_of_marks_imports(run):
    text = (run * (5_000_000 // len(run)))[:5_000_000]
    data = json.dumps({"nodes": [{"nodeID": "1", "type": "I", "text": "a"}], "edges": [], "text": text})
    result = parse_aif(data, "adversarial.aif.json")
    assert list(result.map.ids()) == ["1"]


# ---------------------------------------------------------------- limits, checked before parsing
def test_an_import_over_the_size_limit_is_refused_before_parsing(tmp_path, monkeypatch):
    import argmap.io.formats.common as common

    monkeypatch.setattr(common, "MAX_IMPORT_BYTES", 1000)
    path = tmp_path / "big.argdown"
    path.write_text("[A]: a\n" * 200)  # 1,400 bytes
    with pytest.raises(MapFileError) as caught:
        read_any(path)
    assert str(caught.value) == f"{path}: the file is 1,400 bytes; an import may have at most 1,000 bytes"


@pytest.mark.parametrize("reader", [parse_argdown, parse_kialo, parse_aif, parse_graphml])
def test_every_reader_refuses_input_over_the_size_limit(reader, monkeypatch):
    import argmap.io.formats.common as common

    monkeypatch.setattr(common, "MAX_IMPORT_BYTES", 10)
    with pytest.raises(MapFileError, match=r"^x: the file is 11 bytes; an import may have at most 10 bytes$"):
        reader(b"1. aaaaaaaa", "x")


@pytest.mark.parametrize("reader", [parse_argdown, parse_kialo])
def test_a_line_over_the_limit_is_refused_before_parsing(reader, monkeypatch):
    import argmap.io.formats.common as common

    monkeypatch.setattr(common, "MAX_LINE_CHARS", 100)
    text = "1. short\n\n1. " + "*a " * 50 + "\n"
    with pytest.raises(MapFileError) as caught:
        reader(text, "long.txt")
    assert str(caught.value) == "long.txt: line 3: the line is 153 characters long; an import may have at most 100 a line"


def test_the_limits_leave_room_for_what_argmap_writes():
    # Argdown from argmap: a 20,000-character text, escaped, plus 1,000 tags of 100 characters, on one line.
    assert MAX_LINE_CHARS >= 2 * 20_000 + 1000 * (2 * 100 + 4) + 10_000
    assert MAX_IMPORT_BYTES >= 5_000_000
    assert checked_text("a\r\nb", None) == "a\nb"
    check_import_size(b"x" * 100, None)


def test_an_argdown_argument_with_thousands_of_premises_is_read_in_linear_time():
    """A premise-conclusion structure of 6,000 premises (33 KB; found by `make stress`) took over 20 s:
    each premise joining the linked group re-checked every earlier one."""
    text = "<A>\n\n" + "".join(f"({n}) premise {n}\n" for n in range(1, 6001)) + "----\n(6001) conclusion\n"
    amap = parse_argdown(text).map
    assert len(amap) == 6001
    groups = [members for target in amap.ids() for members in amap.groups(target).values()]
    assert [len(g) for g in groups] == [6000]
