"""Three-way merge: non-conflicting edits merge to what making both gives; conflicts are marked in a valid map."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from argmap.io import dumps, loads
from argmap.model import ArgumentMap
from argmap.teaching.compare import content
from argmap.teaching.merge import CONFLICT_TAG, merge
from tests.teaching.edits import apply_edits, edits, maps, touched


def base_map() -> ArgumentMap:
    amap = ArgumentMap("Walk?")
    amap.add("claim", "We should walk to school.", id="c")
    amap.add("support", "Walking is healthy.", parent="c", id="a")
    amap.add("objection", "It takes longer.", parent="c", id="b")
    return amap


def test_changes_on_both_sides_to_different_statements_are_both_taken():
    base = base_map()
    ours, theirs = loads(dumps(base)), loads(dumps(base))
    ours.update("a", text="Walking is good exercise.")
    theirs.add("rebuttal", "Only ten minutes longer.", parent="b", id="r")
    theirs.update_link("b", "c", relation="attack")
    result = merge(base, ours, theirs)
    assert result.conflicts == []
    assert result.map.statement("a").text == "Walking is good exercise."
    assert result.map.parents("r") == ["b"]


def test_the_same_statement_edited_differently_is_a_conflict_marked_in_the_map():
    base = base_map()
    ours, theirs = loads(dumps(base)), loads(dumps(base))
    ours.update("a", text="Walking is good exercise.")
    theirs.update("a", text="Walking keeps children fit.")
    result = merge(base, ours, theirs)
    assert [c.where for c in result.conflicts] == ["statement 'a'"]
    merged = result.map.statement("a")
    assert merged.text == "Walking is good exercise." and CONFLICT_TAG in merged.tags
    assert "Walking keeps children fit." in merged.notes  # theirs is in the file, for a person to choose
    assert content(loads(dumps(result.map))) == content(result.map)  # a valid map, saved and loaded back


def test_deleted_on_one_side_and_changed_on_the_other_keeps_the_change():
    base = base_map()
    ours, theirs = loads(dumps(base)), loads(dumps(base))
    ours.remove("b")
    theirs.update("b", text="It takes much longer.")
    result = merge(base, ours, theirs)
    assert result.map.statement("b").text == "It takes much longer." and len(result.conflicts) == 1


def test_a_linked_reason_mixed_by_a_merge_is_ungrouped_and_reported():
    base = base_map()
    base.add("support", "Fresh air.", parent="c", id="d")
    base.add("support", "No traffic jams.", parent="c", id="e")
    base.group("c", ["a", "d"], name="g1")
    ours, theirs = loads(dumps(base)), loads(dumps(base))
    ours.update_link("e", "c", group="g1")  # ours: e joins the linked reason
    theirs.ungroup("c", "g1")  # theirs: the linked reason attacks instead
    for i in ("a", "d"):
        theirs.update_link(i, "c", relation="attack")
    theirs.group("c", ["a", "d"], name="g1")
    result = merge(base, ours, theirs)
    assert {lk.group for lk in result.map.links()} == {None}
    assert any("mixes support and attack" in c.message for c in result.conflicts)
    assert CONFLICT_TAG in result.map.statement("c").tags


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_merging_non_conflicting_edits_equals_making_both(data):
    base = data.draw(maps())
    ours_edits = data.draw(edits(base, "x"))
    theirs_edits = data.draw(edits(base, "y"))
    mine = set().union(*(touched(base, e) for e in ours_edits))
    other = set().union(*(touched(base, e) for e in theirs_edits))
    assume(not mine & other)
    ours, theirs = apply_edits(base, ours_edits), apply_edits(base, theirs_edits)
    both = apply_edits(ours, theirs_edits)
    result = merge(base, ours, theirs)
    assert result.conflicts == []
    assert content(loads(dumps(result.map))) == content(loads(dumps(both)))  # as saved (a linked reason of one is no group)


def test_source_documents_quotes_and_semantics_survive_a_merge_and_a_diff():
    from argmap.model.quotes import Quote, SourceDocument
    from argmap.teaching.compare import apply_diff, compare

    base = base_map()
    base.set_sources([SourceDocument("d1", "An article", text="Walking is healthy, the article says.")])
    base.update("a", quote=Quote("d1", "Walking is healthy", 0, 18))
    ours, theirs = loads(dumps(base)), loads(dumps(base))
    ours.update("b", text="It takes a little longer.")
    theirs.set_semantics("euler")
    theirs.set_sources([*base.sources, SourceDocument("d2", "A second article")])
    result = merge(base, ours, theirs)
    assert result.conflicts == []
    merged = loads(dumps(result.map))  # a valid map: the quote's source is there
    assert merged.semantics == "euler" and [d.id for d in merged.sources] == ["d1", "d2"]
    assert merged.statement("a").quote == base.statement("a").quote
    assert content(apply_diff(base, compare(base, theirs))) == content(theirs)
