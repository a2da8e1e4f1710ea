"""Argdown as the Argdown guide writes it: tags and data after references, inference rules,
relations on inference lines, ordered lists, untitled-only files, YAML front matter, shortcodes."""

from __future__ import annotations

from argmap.io.formats.argdown import parse_argdown


def _read(text: str):
    return parse_argdown(text, "guide.argdown")


def test_references_followed_by_tags_or_data_are_references():
    result = _read("""[T]: A thesis.

[T] #core

<A>: An argument. #pro

[T]
  - <A> #con
  + <B> {isInMap: false}
""")
    amap = result.map
    assert sorted(amap.ids()) == ["A", "B", "T"]  # no "Untitled" box whose text is "[T]"
    assert amap.statement("T").text == "A thesis."
    assert set(amap.statement("T").tags) == {"core"}
    assert set(amap.statement("A").tags) == {"pro", "con"}
    assert amap.link("A", "T").relation == "attack"
    assert amap.link("B", "T").relation == "support"
    assert any("isInMap" in note for note in result.skipped)  # the data is named, not dropped silently


def test_a_one_line_inference_rule_and_relations_hung_on_an_inference():
    result = _read("""<Arg>

(1) [P]: First premise.
(2) Second premise.
-- Modus ponens --
(3) [C]: Conclusion.
(4) More.
--
Modus tollens {uses: [3]}
--
  <_ [U]: The rule does not apply.
(5) [D]: Final.
""")
    amap = result.map
    assert amap.link("P", "C").relation == "support"
    assert amap.link("C", "D").relation == "support"
    assert not amap.has_link("Untitled 2", "D")  # {uses: [3]}: only (3) is a premise of this step
    link = amap.link("U", "D")  # the undercut of the step: an attack on its inference from (3) to (5)
    assert link.relation == "attack" and link.onto == "C"
    assert not any("undercut" in note for note in result.skipped)


def test_uses_on_a_conclusion_picks_its_premises():
    amap = _read("""(1) a
(2) b
----
(3) c
(4) d
----
(5) e {uses: [3, 4]}
""").map
    # the anonymous argument is "Untitled 1", as Argdown counts it; the statements follow
    assert [amap.statement(f"Untitled {n}").text for n in range(2, 7)] == ["a", "b", "c", "d", "e"]
    assert {link.source for link in amap.incoming("Untitled 6")} == {"Untitled 4", "Untitled 5"}


def test_ordered_list_items_are_statements():
    amap = _read("""# The central statements

1. [Slogan]: God is dead.
2. [Design]: The world is
   intelligently designed.
""").map
    assert amap.statement("Slogan").text == "God is dead."
    assert amap.statement("Design").text == "The world is intelligently designed."


def test_a_file_of_untitled_statements_only_is_a_map_of_them():
    result = _read("This is one.\n\nThis is *another*.\n")
    assert [s.text for s in result.map.statements()] == ["This is one.", "This is another."]
    assert not any("empty" in note for note in result.skipped)


def test_front_matter_block_scalars_and_nesting():
    amap = _read("""===
title: >
  A first example
  (folded)
description: |
  line one
  line two
color:
    tagColors:
        pro: 0
===

[A]: a
""").map
    assert amap.title == "A first example (folded)"
    assert amap.description == "line one\nline two"


def test_include_is_reported_not_dropped():
    result = _read("@include(other.argdown)\n\n[A]: a\n")
    assert list(result.map.ids()) == ["A"]
    assert any("@include(other.argdown)" in note and "line 1" in note for note in result.skipped)


def test_shortcodes_become_their_characters_and_a_file_may_add_its_own():
    amap = _read("""===
model:
    shortcodes:
        ":bomb:": {unicode: "💣"}
===

[s1]: .A. x: p .->. q :+1:
  - <a>: :bomb: e.g. 3.5 or ratio 1:2
""").map
    assert amap.statement("s1").text == "∀ x: p → q 👍"
    assert amap.statement("a").text == "💣 e.g. 3.5 or ratio 1:2"


def test_argdown_titles_are_statement_titles_and_come_back():
    from argmap.io.formats.argdown_write import dumps_argdown

    amap = _read("""[Censorship]: Censorship is not wrong in principle.
  - <Harm>: Free speech can harm.
  + Untitled support.
""").map
    assert amap.statement("Censorship").title == "Censorship"
    assert amap.statement("Harm").title == "Harm"  # an argument without structure: its name is the title
    assert amap.statement("Untitled 1").title == ""  # "Untitled N" is a name for the id, not a title
    text = dumps_argdown(amap)
    again = parse_argdown(text, "again.argdown").map
    assert {s.id: s.title for s in again.statements()} == {s.id: s.title for s in amap.statements()}


def test_a_map_made_in_argmap_keeps_its_titles_and_gets_none_from_its_ids():
    from argmap.io.formats.argdown_write import dumps_argdown
    from argmap.model import ArgumentMap, Kind

    amap = ArgumentMap("Titles")
    amap.add(Kind.CLAIM, "Top", id="c1", title="Cost")
    amap.add(Kind.SUPPORT, "Reason", id="s1", parent="c1", title="Cost")  # the same title twice
    amap.add(Kind.SUPPORT, "Other", id="s2", parent="c1")  # no title: its id is only the Argdown name
    text = dumps_argdown(amap)
    assert "[Cost]: Top" in text and '{title: "Cost"}' in text
    again = parse_argdown(text, "t.argdown").map
    assert sorted((s.text, s.title) for s in again.statements()) == [("Other", ""), ("Reason", "Cost"), ("Top", "Cost")]


def test_indentation_as_argdown_reads_it():
    # "-> G" is indented between "- C" and its child: Argdown makes it a sibling of C, not a child
    amap = _read("A\n  + B\n  - C\n      <+ D\n    -> G\n\nH\n  + I\n      - J\n   + K\n").map
    s = {x.text: x.id for x in amap.statements()}
    assert amap.has_link(s["A"], s["G"]) and not amap.has_link(s["C"], s["G"])
    assert amap.link(s["K"], s["H"]).relation == "support"  # K at 3: a sibling of I, under H


def test_headings_span_lines_the_first_titles_the_map_and_the_rest_are_reported():
    result = _read("# Pets {isGroup: true}\n\n[A]: a\n\n## Inferential relations with\n@[A] and more\n\n[B]: b\n")
    assert result.map.title == "Pets"
    assert sorted(result.map.ids()) == ["A", "B"]  # the heading's second line is no statement
    assert any("1 heading(s) not imported" in note for note in result.skipped)


def test_an_inference_rule_is_kept_in_the_notes_of_its_conclusion():
    amap = _read("(1) [P]: p\n(2) [Q]: q\n--\nModus ponens {uses: [1, 2]}\n--\n(3) [C]: c\n").map
    assert "Inference rule: Modus ponens" in amap.statement("C").notes
