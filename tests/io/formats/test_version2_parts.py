"""Every part that schema version 2 added (titles, quotes, comments, critical questions, schemes, undercuts,
rephrases, shared premises) through every format: what a format carries comes back when it is read again,
and what it cannot hold is named, with how many, in the warnings of ``write_any`` (which ``argmap convert``
prints on stderr and File > Export… shows): nothing is dropped silently."""

from __future__ import annotations

import pytest

from argmap.cli import main
from argmap.io.formats import READERS, WRITERS, read_any, write_any
from argmap.io.formats.losses import CARRIES, PARTS, part_counts
from argmap.model import ArgumentMap, Kind, Link, Relation
from argmap.model.quotes import Quote, SourceDocument

SUFFIX = {"argmap": ".json", "aif": ".aif.json", "argdown": ".argdown", "kialo": ".txt", "outline": ".md",
          "opml": ".opml", "graphml": ".graphml", "dot": ".gv", "mermaid": ".mmd"}


def every_part() -> ArgumentMap:
    """A tram debate holding each version-2 part at least once (two titles, so counts are tested)."""
    amap = ArgumentMap("Trams")
    amap.set_semantics("euler")
    amap.set_sources([SourceDocument("essay", "Trams in small towns", author="A. Author", text="Trams carry more people.")])
    amap.add(Kind.CLAIM, "Build the tram", id="T", title="The motion", comment="State it as a policy, please")
    amap.add(Kind.SUPPORT, "Reason A", id="A", parent="T", relation="support", title="Capacity")
    amap.add(Kind.SUPPORT, "Reason B", id="B", parent="T", relation="support")
    amap.add(Kind.SUPPORT, "Reason C", id="C", parent="T", relation="support")
    amap.add(Kind.EVIDENCE, "Trams carry more people.", id="E", parent="A", relation="support",
             quote=Quote("essay", "Trams carry more people.", 0, 24))
    amap.add(Kind.SUPPORT, "The mayor, a transport engineer, says so", id="D", parent="T", relation="support")
    amap.update_link("D", "T", scheme="expert_opinion")
    amap.add(Kind.OBJECTION, "Is the mayor an expert in trams?", id="Q", parent="D", relation="attack",
             question="expert_opinion/expertise")
    amap.group("T", ["A", "B"], "g1")
    amap.group("T", ["C", "B"], "g2")
    amap.update_link("B", "T", group="g1", also_in=("g2",))
    amap.update_link("C", "T", group="g2")
    amap.add(Kind.OBJECTION, "Engineers favour what they build", id="X")
    amap.add_link(Link("X", "T", Relation.ATTACK, onto="D"))
    amap.add(Kind.CLAIM, "Lay tram rails", id="R")
    amap.connect("R", "T", Relation.REPHRASE)
    return amap


def test_the_map_holds_every_part():
    counts = part_counts(every_part())
    assert counts == {"title": 2, "quote": 1, "document": 1, "comment": 1, "question": 1, "scheme": 1, "linked": 2,
                      "undercut": 1, "rephrase": 1, "shared": 1, "semantics": 1}
    assert set(PARTS) == set(counts) and set(CARRIES) == set(WRITERS)


def carried(amap: ArgumentMap, part: str) -> bool:
    """The part came back as ``every_part`` has it (found by text: readers make their own ids)."""
    by_text = {s.text: s for s in amap.statements()}
    ids = {s.text: s.id for s in amap.statements()}
    if part == "title":
        return by_text["Build the tram"].title == "The motion" and by_text["Reason A"].title == "Capacity"
    if part == "quote":
        quote = by_text["Trams carry more people."].quote
        return quote is not None and quote.text == "Trams carry more people." and quote.source == "essay"
    if part == "document":
        return [d.title for d in amap.sources] == ["Trams in small towns"]
    if part == "semantics":
        return amap.semantics == "euler"
    if part == "comment":
        return by_text["Build the tram"].comment == "State it as a policy, please"
    if part == "question":
        return by_text["Is the mayor an expert in trams?"].question == "expert_opinion/expertise"
    target = ids["Build the tram"]
    if part == "scheme":
        return amap.link(ids["The mayor, a transport engineer, says so"], target).scheme == "expert_opinion"
    if part == "undercut":
        return any(u.onto == ids["The mayor, a transport engineer, says so"] for u in amap.undercuts(target))
    if part == "rephrase":
        return amap.rephrases(target) == [ids["Lay tram rails"]]
    if part == "linked":
        wanted = [sorted([ids["Reason A"], ids["Reason B"]]), sorted([ids["Reason B"], ids["Reason C"]])]
        return sorted(sorted(m) for m in amap.groups(target).values()) == sorted(wanted)
    assert part == "shared"
    return bool(amap.link(ids["Reason B"], target).also_in)


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_each_part_is_carried_or_named_with_its_count(fmt, tmp_path):
    amap = every_part()
    path = tmp_path / f"map{SUFFIX[fmt]}"
    notes: list[str] = []
    write_any(amap, path, fmt, notes)
    counts = part_counts(amap)
    again = read_any(path, fmt).map if fmt in READERS else None
    for part in PARTS:
        if part in CARRIES[fmt]:
            assert again is None or carried(again, part), (fmt, part)
        elif part == "semantics":
            assert any(n.startswith("the map's strength semantics is left out") for n in notes), (fmt, notes)
        else:
            said = [n for n in notes if n.startswith(f"{counts[part]} ")]
            assert said, (fmt, part, notes)
    lost = [p for p in PARTS if p not in CARRIES[fmt]]
    assert len(notes) == len(lost), notes  # one line per part lost, no more


@pytest.mark.parametrize("fmt", ["aif", "kialo", "outline"])
def test_the_warnings_name_the_parts(fmt, tmp_path):
    notes: list[str] = []
    write_any(every_part(), tmp_path / f"map{SUFFIX[fmt]}", fmt, notes)
    text = "\n".join(notes)
    assert "2 statement title(s) are left out" in text if fmt != "outline" else "title" not in text
    assert "1 quote(s) of a source document are left out" in text
    assert ("1 argument scheme(s) of reasons are left out" in text) == (fmt != "aif")
    assert ("1 comment(s) on statements are left out" in text) == (fmt != "outline")


def test_drawings_show_titles(tmp_path):
    for fmt in ("dot", "mermaid"):
        text = WRITERS[fmt](every_part())
        assert "The motion" in text and "Capacity" in text


def test_graphml_keeps_the_map_documents_and_semantics(tmp_path):
    amap = every_part()
    amap.set_semantics("euler")
    path = tmp_path / "m.graphml"
    write_any(amap, path)
    again = read_any(path).map
    assert again.sources == amap.sources and again.semantics == "euler"
    assert [s for s in again.statements()] == [s for s in amap.statements()]


def test_convert_says_on_stderr_what_kialo_leaves_out(tmp_path, capsys):
    from argmap.io import save

    save(every_part(), tmp_path / "m.json")
    assert main(["convert", str(tmp_path / "m.json"), str(tmp_path / "m.txt")]) == 0
    err = capsys.readouterr().err
    assert f"{tmp_path / 'm.txt'}: warning: 2 statement title(s) are left out" in err
    assert "1 argument scheme(s) of reasons are left out" in err and "1 critical question(s)" in err


@pytest.mark.parametrize("comment", ["One line", "Two\nlines", "\nstarts empty\n\nand ends so\n", "ends the comment -->",
                                     "a back\\slash \\> and <!-- an opening", "  spaces kept  "])
def test_markdown_keeps_a_comment_as_an_html_comment_under_its_item(comment, tmp_path):
    amap = ArgumentMap("Comments")
    amap.add(Kind.CLAIM, "Claim", id="c", comment=comment)
    amap.add(Kind.SUPPORT, "<!-- not a comment -->\n<!-- nor this -->", id="s", parent="c", relation="support",
             comment=comment)
    write_any(amap, tmp_path / "m.md")
    text = (tmp_path / "m.md").read_text(encoding="utf-8")
    assert "  <!-- " in text and text.count("-->") >= 2
    back = read_any(tmp_path / "m.md").map
    assert [(s.text, s.comment) for s in back.statements()] == [(s.text, s.comment) for s in amap.statements()]


AWKWARD = ['a "quoted" {braced} // not a comment /* nor this */ <!-- x -->', "=== front matter? ===", "@include(x.argdown)",
           'title: "fake", kind: evidence', "two\nlines\r\nand a CR", "#tag [T] <A> .A. :+1:", "\\back\\slash\\"]


@pytest.mark.parametrize("awkward", AWKWARD)
def test_argdown_keeps_awkward_comments_and_questions_exactly(awkward):
    from argmap.io.formats.argdown import parse_argdown
    from argmap.io.formats.argdown_write import dumps_argdown

    amap = ArgumentMap("Awkward")
    amap.add(Kind.CLAIM, "Claim", id="c", title=f'my comment: {awkward}', comment=awkward)
    amap.add(Kind.OBJECTION, "Objection", id="o", parent="c", relation="attack", comment=awkward,
             question=awkward.replace("\n", " ")[:200])
    back = parse_argdown(dumps_argdown(amap))
    assert back.skipped == []
    assert [(s.title, s.text, s.kind, s.comment, s.question) for s in back.map.statements()] == \
        [(s.title, s.text, s.kind, s.comment, s.question) for s in amap.statements()]


def test_opml_keeps_the_scheme_of_a_second_parent_link(tmp_path):
    amap = ArgumentMap("Schemes")
    amap.add(Kind.CLAIM, "One", id="a")
    amap.add(Kind.CLAIM, "Two", id="b")
    amap.add(Kind.SUPPORT, "Shared reason", id="s", parent="a", relation="support")
    amap.connect("s", "b", Relation.SUPPORT)
    amap.update_link("s", "a", scheme="analogy")
    amap.update_link("s", "b", scheme="expert_opinion")
    write_any(amap, tmp_path / "m.opml")
    assert '[[Shared reason]]" _scheme="expert_opinion"' in (tmp_path / "m.opml").read_text(encoding="utf-8")
    back = read_any(tmp_path / "m.opml").map
    ids = {s.text: s.id for s in back.statements()}
    assert back.link(ids["Shared reason"], ids["One"]).scheme == "analogy"
    assert back.link(ids["Shared reason"], ids["Two"]).scheme == "expert_opinion"


def test_a_graphml_quote_that_is_not_json_is_one_message_naming_the_node(tmp_path):
    from argmap.file_errors import MapFileError

    path = tmp_path / "m.graphml"
    write_any(every_part(), path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('{"source": "essay"', "{not json", 1), encoding="utf-8")
    with pytest.raises(MapFileError, match=r"m\.graphml: node E: invalid quote '\{not json"):
        read_any(path)
