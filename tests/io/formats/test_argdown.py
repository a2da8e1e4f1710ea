"""Argdown: every corpus file against the reference parser's JSON, the syntax, errors, and writing back."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from argmap.io import MapFileError, load
from argmap.io.formats import read_any
from argmap.io.formats.argdown import parse_argdown
from argmap.io.formats.argdown_write import dumps_argdown, escape_text
from argmap.model import ArgumentMap, Kind

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / ".." / "shared" / "corpora" / "argdown"
FILES = sorted(CORPUS.glob("*.argdown")) if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(not FILES, reason="the Argdown corpus (../shared/corpora) is not here")

#: How the reference relation types map onto argmap's two relations (documented in docs/formats.md).
RELATION = {"support": "support", "attack": "attack", "undercut": "attack", "contradictory": "attack"}


def _plain(text: str) -> str:
    """The reference parser keeps #tags in the text and trailing spaces; argmap makes tags tags."""
    text = re.sub(r"(?<!\S)#(\([^)]*\)|[\w-]+)", " ", text)
    return " ".join(text.split())


def _node_for(amap: ArgumentMap, name: str, kind: str) -> str | None:
    """The statement standing for an Argdown statement or argument title."""
    if kind != "argument":
        return name if name in amap else None
    for s in amap.statements():  # a reconstructed argument is represented by its conclusion
        if f"Argument <{name}>" in s.notes:
            return s.id
    candidates = [i for i in amap.ids() if i == name or i.startswith(f"{name} (")]
    return candidates[-1] if candidates else None


@needs_corpus
def test_the_corpus_has_its_five_files_with_expected_json():
    assert len(FILES) == 5
    assert all((CORPUS / "expected-json" / f"{f.stem}.json").is_file() for f in FILES)


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_corpus_file_matches_the_reference_parser(path):
    expected = json.loads((CORPUS / "expected-json" / f"{path.stem}.json").read_text(encoding="utf-8"))
    result = read_any(path, "argdown")
    amap = result.map
    # Statements: every titled one is there with its text; untitled prose with no relation is the description.
    for title, cls in expected["statements"].items():
        texts = [_plain(m["text"]) for m in cls["members"] if m.get("text")]
        if title in amap:
            if texts:
                assert _plain(amap.statement(title).text) in texts, title
        else:
            assert title.startswith("Untitled"), f"statement {title!r} is missing"
            assert not cls["relations"], f"{title!r} takes part in relations but was dropped"
            assert texts[0][:40] in _plain(amap.description), title
    # Arguments: each is a statement of its own, or (with a premise-conclusion structure) its conclusion.
    for title, argument in expected["arguments"].items():
        node = _node_for(amap, title, "argument")
        assert node is not None, f"argument {title!r} is missing"
        if not argument["pcs"]:
            descriptions = [_plain(m["text"]) for m in argument["members"] if m.get("text")]
            assert _plain(amap.statement(node).text) == (descriptions[0] if descriptions else title)
    # Relations: every one is a link with the same ends and the mapped type.
    for rel in expected["relations"]:
        source = _node_for(amap, rel["from"], rel["fromType"])
        target = _node_for(amap, rel["to"], rel["toType"])
        if rel["relationType"] == "undercut":  # an attack on the inference of the one reason the argument gives
            (concluded,) = [p for p in amap.parents(target) if not amap.link(target, p).is_undercut]
            link = amap.link(source, concluded)
            assert link.is_undercut and link.onto == target, rel
            continue
        assert amap.has_link(source, target), rel
        assert amap.link(source, target).relation == RELATION[rel["relationType"]], rel
    # Nothing more than the relations and the premise-conclusion steps.
    steps = sum(len(m.get("pcs", [])) > 0 for a in expected["arguments"].values() for m in a["members"])
    assert len(amap.links()) >= len(expected["relations"])
    assert steps == 0 or any(amap.groups(i) for i in amap.ids())
    assert set(expected["tags"]) <= {t for s in amap.statements() for t in s.tags}


@needs_corpus
def test_premise_conclusion_structures_become_linked_groups():
    amap = read_any(CORPUS / "state-censorship.argdown", "argdown").map
    # <Argument from racial hatred>: (1) [IRC-legislation] (2) ... ---- (3) [Censorship]
    groups = amap.groups("Censorship")
    assert any("IRC-legislation" in members and len(members) == 2 for members in groups.values())
    assert "Argument <Argument from racial hatred>" in amap.statement("Censorship").notes
    # intermediate conclusions chain: (1)(2) ---- (3); (3)(4) ---- (5)
    five = "Untitled 13"
    assert amap.link(five, "IRC-legislation").relation == "attack"
    assert len(next(iter(amap.groups(five).values()))) == 2


SAMPLE = """===
title: Homework
author: someone
===

# Should schools set homework?

Some prose that is not part of the debate.

[Homework]: Schools should set homework. #education
  + [Practice]: Homework gives practice. {kind: evidence, score: 0.8}
    - <Tired>: Pupils are too tired after school
    to practise well.
      <- [Sleep]: Most pupils sleep enough.
  - [Stress]: Homework causes stress. // a comment
  -> [Play]: Children need time to play. #(free time)
  <_ [Fair]: Homework is unfair to poor pupils.
  >< [NoHomework]: Schools should set no homework.
/* a block
comment */
<!-- and an html
comment -->
[Stress]
  +> [Homework]

<Practice argument>

(1) [Practice]
(2) Practice makes perfect.
--
modus ponens {uses: [1, 2]}
--
(3) [Learning]: Homework helps learning.
(4) Learning is what school is for.
----
(5) [Homework]
"""


def test_the_syntax_relations_structures_tags_data_and_comments():
    result = parse_argdown(SAMPLE, "homework.argdown")
    amap = result.map
    assert amap.title == "Homework"
    assert amap.description == "Some prose that is not part of the debate."
    assert amap.statement("Homework").tags == ("education",)
    assert amap.statement("Practice").kind == Kind.EVIDENCE and amap.statement("Practice").score == 0.8
    assert amap.statement("Tired").text == "Pupils are too tired after school to practise well."
    assert amap.link("Tired", "Practice").relation == "attack"
    assert amap.link("Sleep", "Tired").relation == "attack"
    assert amap.statement("Sleep").kind == Kind.REBUTTAL
    assert amap.statement("Stress").text == "Homework causes stress."
    assert amap.link("Stress", "Homework").relation == "attack"
    assert amap.link("Homework", "Play").relation == "attack"  # "->" runs from the parent
    assert amap.statement("Play").tags == ("free time",)
    assert amap.link("Fair", "Homework").relation == "attack"
    assert amap.link("NoHomework", "Homework").relation == "attack"
    assert not amap.has_link("Stress", "Homework") or amap.link("Stress", "Homework").relation == "attack"
    groups = amap.groups("Learning")
    assert sorted(next(iter(groups.values()))) == ["Practice", "Untitled 2"]
    assert sorted(next(iter(amap.groups("Homework").values()))) == ["Learning", "Untitled 3"]
    notes = "\n".join(result.skipped)
    assert "undercut" in notes and "contradiction" in notes
    assert "already attacks" in notes  # [Stress] +> [Homework] contradicts the earlier "- [Stress]"
    assert "untitled paragraph" in notes
    assert not any("line" in n and "data" in n and "kind" in n for n in result.skipped)


def test_crlf_and_a_byte_order_mark_read_like_plain_newlines():
    text = "\ufeff[A]: one\r\n  + [B]: two\r\n  - [C]: three\r\n"
    amap = parse_argdown(text.encode("utf-8")).map
    assert amap.statement("A").text == "one" and amap.link("C", "A").relation == "attack"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("[A]: x\n\n/* never closed\n", 3, "never closed"),
        ("===\ntitle: x\n\n[A]: y\n", 1, "front matter"),
        ("\n  + [B]: orphan\n", 2, "no statement or argument above"),
        ("[A]: x\n  +\n", 2, "not followed by"),
        ("<A>\n\n(1) p\n(2) q\n", 3, "no conclusion"),
        ("<A>\n\n(1) p\n----\n", 3, "no conclusion"),
        ("<A>\n\n(1) <B>\n----\n(2) c\n", 3, "not an argument"),
    ],
)
def test_malformed_argdown_gives_the_line(text, line, reason):
    with pytest.raises(MapFileError) as info:
        parse_argdown(text, "bad.argdown")
    assert info.value.place == f"line {line}"
    assert reason in info.value.reason
    assert str(info.value).startswith(f"bad.argdown: line {line}: ")


def _signature(amap: ArgumentMap):
    """Everything but the ids (a titled statement comes back with its title as its Argdown name), by text."""
    text = {s.id: s.text for s in amap.statements()}
    statements = {s.text: (s.title, s.kind, s.tags, s.score) for s in amap.statements()}
    links = {(text[k.source], text[k.target], k.relation) for k in amap.links()}
    groups = {(text[t], frozenset(text[i] for i in m)) for t in amap.ids() for m in amap.groups(t).values()}
    return statements, links, groups


def test_round_trip_keeps_texts_kinds_tags_scores_relations_and_groups():
    original = load(ROOT / "maps" / "japan-nato-ukraine.json")
    text = dumps_argdown(original)
    again = parse_argdown(text).map
    assert _signature(again) == _signature(original)
    assert again.title == original.title and again.description == original.description
    assert "{kind: evidence, score: 0.8}" in text and "{kind: support" not in text  # only what the structure does not say


NASTY = [
    'He said "no" \\ twice',
    "#not-a-tag and [not a title] and <not an argument>",
    "(1) looks like a premise",
    "- looks like a relation",
    "http://example.org // not a comment /* nor this */ <!-- nor this -->",
    "*not italic* and _not italic_ and __not bold__",
    "braces at the end {kind: claim}",
    "@[mention] stays as text",
]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_texts_survive_writing_and_reading(text):
    amap = ArgumentMap("Nasty ]title[ \"quoted\"")
    amap.add("claim", "Top", id="c]1")
    amap.add("objection", text, id="o#1", parent="c]1", tags=("two words", "a)b"))
    again = parse_argdown(dumps_argdown(amap)).map
    assert again.statement("o#1").text == text
    assert again.statement("o#1").tags == ("two words", "a)b")
    assert again.link("o#1", "c)1").relation == "attack"  # an Argdown title cannot hold "]"
    assert again.title == amap.title
    assert escape_text(text).count("\n") == 0


def test_cross_links_cycles_and_attack_groups_are_written():
    amap = ArgumentMap("x")
    amap.add("claim", "A", id="a")
    amap.add("support", "B", id="b", parent="a")
    amap.add("objection", "C", id="c", parent="b")
    amap.connect("c", "a", "attack")  # a second parent: a cross-link
    amap.add("objection", "D", id="d", parent="a")
    amap.add("objection", "E", id="e", parent="a")
    amap.group("a", ["d", "e"])
    amap.add("claim", "X", id="x")
    amap.add("claim", "Y", id="y", parent="x")
    amap.connect("x", "y", "attack")  # a cycle with no main claim
    again = parse_argdown(dumps_argdown(amap)).map
    assert {(k.source, k.target, k.relation) for k in again.links()} == {
        (k.source, k.target, k.relation) for k in amap.links()
    }
    assert list(again.groups("a").values()) == [["d", "e"]]  # a linked objection: one argument, read back linked


def test_ids_that_differ_only_in_spaces_and_untitled_names_stay_apart():
    amap = ArgumentMap("Spaces", "A paragraph of description.")
    amap.add("claim", "one", id="a  b")
    amap.add("objection", "two", id="a b", parent="a  b")
    amap.add("support", "three", id="Untitled 1", parent="a  b")
    again = parse_argdown(dumps_argdown(amap)).map
    assert sorted(s.text for s in again.statements()) == ["one", "three", "two"]
    assert again.description == "A paragraph of description."
    assert again.statement("Untitled 1").text == "three"


def test_empty_texts_and_the_description_survive_our_own_round_trip():
    amap = ArgumentMap("Round", 'First paragraph.\n\nSecond, with "quotes" and #hash.')
    amap.add(Kind.CLAIM, "", id="c")
    amap.add(Kind.SUPPORT, "", id="s", tags=("t",))
    amap.connect("s", "c", "support")
    text = dumps_argdown(amap)
    assert "[c]:\n" in text and "[s]:  #t\n" in text  # no stray backslash for an empty text
    result = parse_argdown(text)
    assert result.skipped == []  # no "untitled paragraph(s) became the map description"
    assert result.map.description == amap.description
    assert [(s.id, s.text, s.tags) for s in result.map.statements()] == [("c", "", ()), ("s", "", ("t",))]


def test_a_bare_title_still_reads_as_its_own_text():
    assert [s.text for s in parse_argdown("[Tax cuts]\n  + [Growth]: It grows.\n").map.statements()] == ["Tax cuts", "It grows."]


def test_a_statement_under_two_parents_keeps_its_kind_whatever_order_the_file_has():
    """Found by hypothesis: a reason of one premise that also attacks another reason read back as an objection."""
    amap = ArgumentMap("Two parents")
    amap.add(Kind.CLAIM, "Main", id="c")
    for i in ("p1", "p2", "p3"):
        amap.add(Kind.CLAIM, f"Claim {i}", id=i)
        amap.connect(i, "c", "support")
    amap.group("c", ["p1", "p2"])
    amap.add(Kind.SUPPORT, "Both", id="both")
    amap.connect("both", "p1", "support")
    amap.connect("both", "p3", "attack")
    again = parse_argdown(dumps_argdown(amap)).map
    assert again.statement("both").kind == Kind.SUPPORT
