"""Undercuts, rephrases and shared premises in the other writers: GraphML carries them, DOT and Mermaid
draw them, Kialo and the outlines say what they lose (on stderr and in the export dialog's message)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from argmap.cli import main
from argmap.io import save
from argmap.io.formats import WRITERS, read_any, write_any
from argmap.io.formats.graph_text import dumps_dot, dumps_mermaid
from argmap.io.formats.graphml import dumps_graphml, parse_graphml
from argmap.model import ArgumentMap, Kind, Link, Relation


def everything() -> ArgumentMap:
    """T <- {A,B} and {B,C} (B shared), D -> T plain, X undercuts D's support, Y undercuts {B,C}, R restates T."""
    amap = ArgumentMap("Parts")
    amap.add(Kind.CLAIM, "Build the tram", id="T")
    for i in "ABCD":
        amap.add(Kind.SUPPORT, f"Reason {i}", id=i, parent="T", relation="support")
    amap.add(Kind.OBJECTION, "Objection X", id="X")
    amap.add(Kind.OBJECTION, "Objection Y", id="Y")
    amap.add(Kind.CLAIM, "Lay tram rails", id="R")
    amap.group("T", ["A", "B"], "g1")
    amap.group("T", ["C", "B"], "g2")
    amap.update_link("B", "T", group="g1", also_in=("g2",))
    amap.update_link("C", "T", group="g2")
    amap.add_link(Link("X", "T", Relation.ATTACK, onto="D"))
    amap.add_link(Link("Y", "T", Relation.ATTACK, onto_group="g2"))
    amap.connect("R", "T", Relation.REPHRASE)
    return amap


def shape(amap: ArgumentMap):
    return {(k.source, k.target, str(k.relation), k.group, k.also_in, k.onto, k.onto_group) for k in amap.links()}


def test_the_test_map_holds_all_three():
    amap = everything()
    assert sorted(amap.groups("T")["g2"]) == ["B", "C"] and amap.link("B", "T").also_in == ("g2",)
    assert len(amap.undercuts("T")) == 2 and amap.rephrases("T") == ["R"]


def test_graphml_carries_undercuts_rephrases_and_shared_premises():
    amap = everything()
    again = parse_graphml(dumps_graphml(amap))
    assert again.skipped == []
    assert shape(again.map) == shape(amap)


def test_dot_draws_them_and_graphviz_accepts_it(tmp_path):
    text = dumps_dot(everything())
    # the shared premise B reaches both junctions; X's undercut ends on a point halfway along D's support
    assert re.search(r"n_B -> j\d+ \[arrowhead=none", text)
    assert len(re.findall(r"n_B -> j\d+", text)) == 2
    undercuts = re.findall(r"(n_[XY]) -> (j\d+) \[[^\]]*label=\"undercut\"", text)
    assert {u for u, _ in undercuts} == {"X", "Y"} or {u for u, _ in undercuts} == {"n_X", "n_Y"}
    midpoint = dict(undercuts)["n_X"]
    assert f"n_D -> {midpoint} [arrowhead=none" in text and f"{midpoint} -> n_T" in text
    assert re.search(r'n_R -> n_T \[dir=none, style=dashed, [^\]]*label="="', text)
    if shutil.which("dot"):
        (tmp_path / "m.dot").write_text(text, encoding="utf-8")
        run = subprocess.run(["dot", "-Tsvg", str(tmp_path / "m.dot")], capture_output=True, text=True, timeout=60)
        assert run.returncode == 0 and "Warning" not in run.stderr, run.stderr


def test_mermaid_draws_them_with_one_style_per_link():
    text = dumps_mermaid(everything())
    assert len(re.findall(r"  n_B --- j\d+", text)) == 2
    assert re.search(r"  n_X --x\|undercut\| j\d+", text) and re.search(r"  n_Y --x\|undercut\| j\d+", text)
    assert "  n_R -.-|=| n_T" in text
    drawn = [line for line in text.splitlines() if re.match(r"  \w+ (---|-->|--x|-\.-)", line)]
    assert text.count("linkStyle") == len(drawn)


@pytest.mark.parametrize("fmt", ["kialo", "outline", "opml"])
def test_outline_formats_warn_once_per_kind_they_lose(tmp_path, fmt):
    notes: list[str] = []
    path = tmp_path / f"m.{fmt}"
    write_any(everything(), path, fmt, notes)
    assert len(notes) == 4
    assert "2 linked reason(s)" in notes[0] and "2 undercut(s)" in notes[1] and "1 rephrase(s)" in notes[2]
    assert "1 premise(s) shared" in notes[3]
    back = read_any(path, fmt).map
    assert len(back) == 8  # every statement is still there


@pytest.mark.parametrize("fmt", sorted(set(WRITERS) - {"kialo", "outline", "opml"}))
def test_formats_that_hold_them_do_not_warn(tmp_path, fmt):
    notes: list[str] = []
    write_any(everything(), tmp_path / "m.out", fmt, notes)
    assert notes == []


def test_convert_prints_the_losses_on_stderr(tmp_path, capsys):
    source = tmp_path / "m.json"
    save(everything(), source)
    assert main(["convert", str(source), str(tmp_path / "m.txt")]) == 0
    err = capsys.readouterr().err
    assert "m.txt: warning: 2 undercut(s)" in err and "warning: 1 rephrase(s)" in err


def test_argdown_writes_a_linked_attack_as_one_argument_and_reads_it_back(tmp_path):
    amap = ArgumentMap("Linked attack")
    amap.add(Kind.CLAIM, "T", id="T")
    for i in "AB":
        amap.add(Kind.OBJECTION, i, id=i, parent="T", relation="attack")
    amap.group("T", ["A", "B"], "g1")
    amap.add(Kind.REBUTTAL, "U", id="U")
    amap.add_link(Link("U", "T", Relation.ATTACK, onto_group="g1"))
    notes: list[str] = []
    write_any(amap, tmp_path / "m.argdown", "argdown", notes)
    assert notes == []
    text = (tmp_path / "m.argdown").read_text()
    assert "  - <T g1>\n    <_ [U]: U\n" in text  # the objection is an argument, undercut as Argdown undercuts
    assert "(1) [A]: A\n(2) [B]: B\n----\n(3) Not: T {argmap: \"linked attack\"}" in text
    back = read_any(tmp_path / "m.argdown").map
    assert sorted(back.ids()) == ["A", "B", "T", "U"] and list(back.groups("T").values()) == [["A", "B"]]
    assert back.link("U", "T").onto_group == back.link("A", "T").group
