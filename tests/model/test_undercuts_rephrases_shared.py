"""Undercuts, rephrases and premises shared by several linked reasons, as the model holds them."""

import pytest

from argmap.model import ArgumentMap, InvalidLink, InvalidValue, Link, Relation


@pytest.fixture
def shared():
    """Three linked arguments {A,B}, {B,C}, {B,D} into one claim, as AIFdb maps often have."""
    m = ArgumentMap()
    m.add("claim", "Japan should join", id="t")
    for name in "ABCD":
        m.add("support", f"premise {name}", parent="t", id=name)
    m.group("t", ["A", "B"], name="g1")
    m.update_link("C", "t", group="g2")
    m.update_link("D", "t", group="g3")
    m.share("B", "t", "g2")
    m.share("B", "t", "g3")
    return m


def test_a_premise_belongs_to_several_linked_reasons(shared):
    assert shared.groups("t") == {"g1": ["A", "B"], "g2": ["B", "C"], "g3": ["B", "D"]}
    assert shared.link("B", "t").group_names == ("g1", "g2", "g3")


def test_ungrouping_one_reason_keeps_the_shared_premise_in_the_others(shared):
    shared.ungroup("t", "g1")
    assert shared.groups("t") == {"g2": ["B", "C"], "g3": ["B", "D"]}
    assert shared.link("A", "t").group is None


def test_a_shared_premise_keeps_the_groups_relation(shared):
    shared.add("objection", "an objection", parent="t", id="X")
    with pytest.raises(InvalidLink, match="mixes support and attack"):
        shared.update_link("X", "t", group="g1")


def test_removing_a_shared_premise_and_undoing_restores_every_group(shared):
    removal = shared.remove("B")
    assert shared.groups("t") == {"g1": ["A"], "g2": ["C"], "g3": ["D"]}
    shared.restore(removal)
    assert shared.groups("t") == {"g1": ["A", "B"], "g2": ["B", "C"], "g3": ["B", "D"]}


def test_further_groups_need_a_first_and_no_repeats():
    with pytest.raises(InvalidValue):
        Link("a", "b", Relation.SUPPORT, None, also_in=("g2",))
    with pytest.raises(InvalidValue):
        Link("a", "b", Relation.SUPPORT, "g1", also_in=("g1",))


@pytest.fixture
def undercut():
    m = ArgumentMap()
    m.add("claim", "Japan should join", id="t")
    m.add("support", "It helps Ukraine", parent="t", id="s")
    m.add("objection", "Helping Ukraine does not make joining right", id="u")
    m.add_link(Link("u", "t", Relation.ATTACK, onto="s"))
    return m


def test_an_undercut_attacks_a_link_not_its_target(undercut):
    link = undercut.link("u", "t")
    assert link.is_undercut and link.onto == "s"
    assert undercut.undercuts("t") == [link]
    assert undercut.undercuts("t", onto="s") == [link]


def test_an_undercut_needs_an_existing_inference(undercut):
    undercut.add("objection", "another", id="v")
    with pytest.raises(InvalidLink, match="does not exist"):
        undercut.add_link(Link("v", "t", Relation.ATTACK, onto="nobody"))
    with pytest.raises(InvalidLink, match="does not exist"):
        undercut.add_link(Link("v", "t", Relation.ATTACK, onto_group="g9"))
    with pytest.raises(InvalidValue, match="only an attack"):
        Link("v", "t", Relation.SUPPORT, onto="s")


def test_the_undercut_link_cannot_be_cut_from_under_it(undercut):
    with pytest.raises(InvalidLink, match="'u' undercuts this link"):
        undercut.disconnect("s", "t")
    with pytest.raises(InvalidLink):
        undercut.move("s", "u")
    assert undercut.has_link("s", "t")


def test_removing_the_premise_takes_its_undercut_and_undo_brings_both_back(undercut):
    removal = undercut.remove("s")
    assert not undercut.has_link("u", "t")
    undercut.restore(removal)
    assert undercut.link("u", "t").onto == "s"
    assert undercut.has_link("s", "t")


def test_an_undercut_of_a_linked_reason(undercut):
    undercut.add("support", "co-premise", parent="t", id="s2")
    undercut.disconnect("u", "t")
    undercut.group("t", ["s", "s2"], name="g1")
    undercut.add_link(Link("u", "t", Relation.ATTACK, onto_group="g1"))
    with pytest.raises(InvalidLink, match="undercuts this linked reason"):
        undercut.ungroup("t", "g1")
    undercut.add("objection", "x", id="x")
    with pytest.raises(InvalidLink, match="linked reason 'g1': undercut the group"):
        undercut.add_link(Link("x", "t", Relation.ATTACK, onto="s"))


def test_a_rephrase_has_no_group_and_is_listed(undercut):
    undercut.add("support", "In other words: it helps Ukraine", id="r")
    undercut.connect("r", "s", Relation.REPHRASE)
    assert undercut.rephrases("s") == ["r"]
    with pytest.raises(InvalidValue):
        Link("r", "s", Relation.REPHRASE, group="g1")
    undercut.add("objection", "y", id="y")
    with pytest.raises(InvalidLink, match="only a support or an attack"):
        undercut.add_link(Link("y", "s", Relation.ATTACK, onto="r"))
