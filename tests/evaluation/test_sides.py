"""Sides follow the chain of supports and attacks up to the main claim, not the kind of statement."""

from __future__ import annotations

import doctest
from pathlib import Path

import argmap.evaluation.sides
from argmap.evaluation.sides import Side, main_claim_of, sides
from argmap.io import load
from argmap.model import ArgumentMap

EXAMPLE = Path(__file__).parents[2] / "maps" / "japan-nato-ukraine.json"


def test_doctests() -> None:
    assert doctest.testmod(argmap.evaluation.sides).failed == 0


def test_each_attack_flips_the_side_and_supports_keep_it() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("support", "S", parent="c", id="s")
    m.add("objection", "Attacks the support", parent="s", id="os")
    m.add("support", "Backs that objection", parent="os", id="bos")
    m.add("objection", "O", parent="c", id="o")
    m.add("rebuttal", "R", parent="o", id="r")
    m.add("evidence", "E for the rebuttal", parent="r", id="e")
    got = sides(m)
    assert got == {
        "c": Side.FOR, "s": Side.FOR, "os": Side.AGAINST, "bos": Side.AGAINST,
        "o": Side.AGAINST, "r": Side.FOR, "e": Side.FOR,
    }


def test_a_support_given_the_wrong_kind_is_still_sided_by_its_link() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("objection", "Attacks", parent="c", id="o")
    m.add("support", "a 'support' of the objection", parent="o", id="x")  # kind says support; it argues against
    assert sides(m)["x"] == Side.AGAINST


def test_a_cross_link_of_the_other_parity_argues_both_ways() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("support", "S", parent="c", id="s")
    m.add("objection", "O", parent="c", id="o")
    m.add("support", "X", parent="s", id="x")
    m.connect("x", "o", "support")  # supports both a reason for and a reason against
    assert sides(m)["x"] == Side.BOTH
    assert Side.BOTH.other == Side.BOTH and Side.FOR.other == Side.AGAINST


def test_statements_apart_from_the_main_claim_have_no_side_and_cycles_end() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("objection", "O", parent="c", id="o")
    m.add("rebuttal", "R", parent="o", id="r")
    m.connect("o", "r", "support")  # a cycle with one attack in it: an odd and an even path to the claim
    m.add("claim", "A lone note", id="n")
    got = sides(m)
    assert "n" not in got
    assert got["o"] == Side.BOTH and got["r"] == Side.BOTH
    assert main_claim_of(m) == "c"
    assert sides(ArgumentMap()) == {}


def test_example_map_objections_are_against_and_rebuttals_for() -> None:
    m = load(EXAMPLE)
    got = sides(m)
    assert len(got) == len(m)
    for s in m.statements():
        if s.id in ("o10", "o11", "o12", "o8", "o9") or s.id.startswith("o"):
            assert got[s.id] == Side.AGAINST, s.id
        if s.id in ("r11",) or s.id.startswith("s"):
            assert got[s.id] == Side.FOR, s.id
    assert got["r1"] == Side.FOR and got["o10"] == Side.AGAINST and got["r11"] == Side.FOR
