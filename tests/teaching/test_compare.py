"""Compare a map with a model answer (or two versions of a map): every change found, and a diff applied gives B."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.io import dumps, load, loads
from argmap.model import ArgumentMap
from argmap.teaching.compare import compare, content, patch, similarity
from tests.teaching.edits import apply_edits, edits, maps

EXAMPLE = Path(__file__).resolve().parents[2] / "maps" / "japan-nato-ukraine.json"


def student_copy() -> tuple[ArgumentMap, ArgumentMap]:
    """The model answer and a student's copy: 3 statements removed, 2 moved, 2 reworded, 1 flipped, 1 added."""
    model = load(EXAMPLE)
    student = loads(dumps(model))
    for i in ("e1", "r4", "e5"):
        student.remove(i)
    student.move("s9", "c1")  # was under s5
    student.move("o9", "s1")  # was under s4
    student.update("s2", text="Events in Ukraine affect security in the Indo-Pacific, "
                              "so deterring aggression in Europe protects Japan's region too.")
    student.update("o1", text="Japan's constitution (Article 9) renounces war and limits the Self-Defense Forces, "
                              "so joining an alliance's military mission raises constitutional problems.")
    student.update_link("o2", "c1", relation="support")
    student.add("support", "Japan's economy depends on stable sea lanes.", parent="c1", id="x1")
    return model, student


def test_a_students_copy_is_compared_change_by_change():
    model, student = student_copy()
    diff = compare(student, model)
    assert diff.by_id
    assert diff.only_b == ["e1", "r4", "e5"]  # missing from the student's map
    assert diff.only_a == ["x1"]  # extra
    assert sorted(diff.moved) == ["o9", "s9"]
    assert sorted(diff.reworded()) == ["o1", "s2"]
    assert diff.relation_changed() == ["o2"]
    assert diff.status("s9") == "misplaced" and diff.status("o2") == "misplaced" and diff.status("x1") == "extra"
    assert diff.status("c1") == "matched"
    assert diff.place_for("r4") == ("o2", "attack")
    numbers = diff.coverage()
    assert numbers["statements"] == 38 and numbers["statements_matched"] == 35
    assert numbers["links_matched"] == numbers["links"] - len(diff.links_only_b)


def test_a_map_built_from_scratch_is_matched_by_text():
    model, student = student_copy()
    renamed = ArgumentMap(student.title)  # the same statements under other ids, as a student typing from scratch gets
    for n, s in enumerate(student.statements()):
        renamed.insert(dataclasses.replace(s, id=f"n{n}"))
    names = {s.id: f"n{n}" for n, s in enumerate(student.statements())}
    for lk in student.links():
        renamed.add_link(dataclasses.replace(lk, source=names[lk.source], target=names[lk.target]))
    diff = compare(renamed, model)
    assert not diff.by_id
    expected = {names[i]: i for i in student.ids() if i in model}  # every kept statement found, reworded ones too
    assert diff.pairs == expected
    assert sorted(diff.only_b) == ["e1", "e5", "r4"]
    assert sorted(diff.moved) == sorted(names[i] for i in ("s9", "o9"))


def test_the_threshold_decides_what_counts_as_reworded():
    model, student = student_copy()
    score = similarity(student.statement("s2").text, model.statement("s2").text)
    assert 0 < score < 100
    strict = compare(student, model, matching="text", threshold=min(100.0, score + 1))
    assert "s2" not in strict.pairs  # too different for this threshold: one missing, one extra
    lenient = compare(student, model, matching="text", threshold=score - 1)
    assert lenient.pairs.get("s2") == "s2"


def test_unrelated_maps_numbered_alike_are_not_matched_by_id():
    a, b = ArgumentMap("a"), ArgumentMap("b")
    a.add("claim", "Cats are better pets than dogs.", id="s1")
    b.add("claim", "Nuclear power should be expanded.", id="s1")
    diff = compare(a, b)
    assert not diff.by_id and diff.only_a == ["s1"] and diff.only_b == ["s1"]


def test_the_same_map_has_an_empty_diff():
    model = load(EXAMPLE)
    assert compare(model, loads(dumps(model))).is_empty


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_diff_applied_reproduces_the_edited_map(data):
    base = data.draw(maps())
    edited = apply_edits(base, data.draw(edits(base, "x", count=6)))
    diff = compare(base, edited)
    patched, names = patch(base, diff)
    assert content(patched, names) == content(edited)


def test_a_moved_reason_keeps_its_scheme_through_diff_and_patch():
    """Found by the property test: a link only in B (s1 moved under s0) came back without its scheme."""
    base = ArgumentMap("Walk")
    base.add("claim", "We should walk.", id="c")
    base.add("support", "Walking is healthy.", id="s0", parent="c")
    base.add("support", "A doctor says so.", id="s1", parent="c")
    edited = loads(dumps(base))
    edited.disconnect("s1", "c")
    edited.connect("s1", "s0", "support")
    edited.update_link("s1", "s0", scheme="expert_opinion")
    patched, names = patch(base, compare(base, edited))
    assert patched.link("s1", "s0").scheme == "expert_opinion"
    assert content(patched, names) == content(edited)
