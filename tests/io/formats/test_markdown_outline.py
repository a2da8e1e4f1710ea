"""Markdown and plain-text outlines: what Copy as outline writes and Paste (and `argmap convert x.md`) reads."""

from __future__ import annotations

from argmap.io import load
from argmap.io.formats.outline import parse_outline as read_outline
from argmap.io.formats.outline_write import dumps_kind_outline as dumps_outline
from argmap.model import Kind, Relation
from tests.conftest import ROOT


def parse_outline(text):
    return read_outline(text).map


def shape(amap):
    """(kind, text, parent text, relation) of every statement."""
    out = []
    for s in amap.statements():
        parents = amap.parents(s.id)
        link = amap.link(s.id, parents[0]) if parents else None
        out.append((s.kind, s.text, amap.statement(parents[0]).text if parents else None, link.relation if link else None))
    return out


def test_a_map_goes_out_and_back_through_its_outline():
    amap = load(ROOT / "maps" / "teaching-template.json")
    text = dumps_outline(amap)
    assert text.startswith("# Teaching template")
    assert "\n  - **Con:** An objection gives" in text
    again = parse_outline(text)
    assert again.title == amap.title
    assert sorted(shape(again), key=str) == sorted(shape(amap), key=str)


def test_labels_nesting_and_wrapped_lines():
    amap = parse_outline(
        "- Claim: We should walk.\n"
        "  - **Pro:** Walking is healthy.\n"
        "    * evidence: A study of 3,000 pupils.\n"
        "  - Con: It rains a lot\n"
        "    here in autumn.\n"
        "    - Con: Umbrellas.\n"
        "\t- Reason: It is cheap.\n")
    assert shape(amap) == [
        (Kind.CLAIM, "We should walk.", None, None),
        (Kind.SUPPORT, "Walking is healthy.", "We should walk.", Relation.SUPPORT),
        (Kind.EVIDENCE, "A study of 3,000 pupils.", "Walking is healthy.", Relation.SUPPORT),
        (Kind.OBJECTION, "It rains a lot here in autumn.", "We should walk.", Relation.ATTACK),
        (Kind.REBUTTAL, "Umbrellas.", "It rains a lot here in autumn.", Relation.ATTACK),
        (Kind.SUPPORT, "It is cheap.", "It rains a lot here in autumn.", Relation.SUPPORT),
    ]


def test_plus_and_minus_mean_pro_and_con_in_a_plain_outline():
    amap = parse_outline("We should walk\n  + It is healthy\n  - It rains\n    - Umbrellas\n    + It really rains\n")
    kinds = {s.text: s.kind for s in amap.statements()}
    assert kinds == {"We should walk": Kind.CLAIM, "It is healthy": Kind.SUPPORT, "It rains": Kind.OBJECTION,
                     "Umbrellas": Kind.REBUTTAL, "It really rains": Kind.SUPPORT}


def test_plain_lines_nest_by_indentation_and_numbered_lists_read():
    amap = parse_outline("First\n    Under the first\nSecond\n")
    assert shape(amap) == [(Kind.CLAIM, "First", None, None), (Kind.SUPPORT, "Under the first", "First", Relation.SUPPORT),
                           (Kind.CLAIM, "Second", None, None)]
    kialo = parse_outline("1. Japan should join.\n1.1. Pro: It helps Ukraine.\n1.2. Con: Article 9.\n")
    assert shape(kialo) == [  # Kialo's numbers give the depth
        (Kind.CLAIM, "Japan should join.", None, None),
        (Kind.SUPPORT, "It helps Ukraine.", "Japan should join.", Relation.SUPPORT),
        (Kind.OBJECTION, "Article 9.", "Japan should join.", Relation.ATTACK),
    ]


def test_nothing_to_read_gives_an_empty_map():
    assert len(parse_outline("\n  \n# Only a heading\n")) == 0


def test_hard_breaks_keep_lines_and_labels_on_top_items_give_kinds():
    amap = parse_outline("- **Con:** First line\\\n  second line  \n  third line\n\n  new paragraph\n- Claim\\: not a label\n")
    assert shape(amap) == [
        (Kind.OBJECTION, "First line\nsecond line\nthird line\n\nnew paragraph", None, None),
        (Kind.CLAIM, "Claim: not a label", None, None),
    ]


def test_a_main_claim_that_looks_like_a_label_survives_the_file_writer():
    from argmap.io.formats.outline_write import dumps_outline as dumps_file
    from argmap.model import ArgumentMap

    amap = ArgumentMap("t")
    top = amap.add(Kind.CLAIM, "Con: this is the claim\nwith a second line\\")
    amap.add(Kind.CLAIM, "Pro: a reason", parent=top.id, relation="support", title="Evidence:")
    again = read_outline(dumps_file(amap)).map
    assert sorted((s.title, s.text) for s in again.statements()) == [
        ("", "Con: this is the claim\nwith a second line\\"), ("Evidence:", "Pro: a reason")]
    assert again.statement(again.main_claims()[0]).kind == Kind.CLAIM
