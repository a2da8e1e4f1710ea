"""The export's NetworkX-free PlainMap answers as ArgumentMap does and draws the very same SVG."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from benchmarks.generate import generate_map
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.export.forking import can_fork
from argmap.export.load_ahead import LoadAhead
from argmap.export.map_transfer import drawing_map_from_snapshot, read_snapshot
from argmap.export.plain_map import PlainMap, is_acyclic
from argmap.io import load, save
from argmap.layout.tree import spanning_forest
from argmap.model import ArgumentMap, InvalidLink, Kind, Relation, UnknownStatement, View

ROOT = Path(__file__).resolve().parents[2]
MAPS = sorted(ROOT.joinpath("maps").glob("*.json"))
# The export runs in a fresh process, which can fork wherever this one could (threads aside).
needs_fork = pytest.mark.skipif(not (sys.platform.startswith("linux") and hasattr(os, "fork")), reason="no fork here (not Linux)")


def _rich_map() -> ArgumentMap:
    """Two main claims, linked reasons, a collapsed branch, pins, evidence, kinds out of creation
    order and links pointing to later statements (acyclic all the same)."""
    amap = ArgumentMap("Rich map", "every feature the drawing reads")
    amap.add(Kind.EVIDENCE, "Evidence created first, drawn last", id="e0")
    amap.add(Kind.OBJECTION, "An objection created before its claim", id="o1")
    amap.add(Kind.CLAIM, "First main claim", id="c1")
    amap.add(Kind.CLAIM, "Second main claim", id="c2", pinned=(900.0, 40.0))
    amap.add(Kind.SUPPORT, "Premise A", id="a", parent="c1")
    amap.add(Kind.SUPPORT, "Premise B", id="b", parent="c1")
    amap.add(Kind.SUPPORT, "Premise C", id="c", parent="c1")
    amap.add(Kind.REBUTTAL, "A rebuttal, collapsed", id="r", collapsed=True)
    amap.add(Kind.SUPPORT, "Hidden under the rebuttal", id="h1", parent="r")
    amap.add(Kind.EVIDENCE, "Hidden deeper", id="h2", parent="h1")
    amap.add(Kind.SUPPORT, "Under the rebuttal and also under c2: stays shown", id="both", parent="r")
    amap.add(Kind.OBJECTION, "Objection one to c2", id="x1", parent="c2")
    amap.add(Kind.OBJECTION, "Objection two to c2", id="x2", parent="c2")
    amap.add(Kind.SUPPORT, "Pinned support", id="p", parent="x1", pinned=(-200.0, 300.0))
    amap.connect("o1", "c1", Relation.ATTACK)  # to a later statement
    amap.connect("e0", "a", Relation.SUPPORT)  # to a later statement
    amap.connect("e0", "x2", Relation.ATTACK)  # a second parent
    amap.connect("r", "o1", Relation.ATTACK)  # to an earlier one
    amap.connect("both", "c2", Relation.SUPPORT)
    amap.group("c1", ["c", "a"], "linked")  # members in children order: a before c
    amap.group("c2", ["x2", "x1"])
    amap.view = View(1.25, (3.0, 4.0))
    return amap


def _cyclic_map() -> ArgumentMap:
    amap = ArgumentMap("With a loop")
    amap.add(Kind.CLAIM, "Claim", id="c")
    amap.add(Kind.SUPPORT, "One", id="s1", parent="c")
    amap.add(Kind.OBJECTION, "Two", id="s2", parent="s1")
    amap.add(Kind.REBUTTAL, "Three", id="s3", parent="s2")
    amap.connect("s1", "s3", Relation.ATTACK)  # s1 -> s3 -> s2 -> s1
    return amap


def _both(amap: ArgumentMap, tmp_path: Path) -> tuple[PlainMap, ArgumentMap]:
    """The map as the export receives it from the copy (a PlainMap) and as a load gives it."""
    path = tmp_path / "map.json"
    save(amap, path)
    plain = drawing_map_from_snapshot(read_snapshot(path))
    assert isinstance(plain, PlainMap)
    return plain, load(path)


def _svg(amap, tmp_path: Path, name: str, **options) -> bytes:
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme
    from argmap.export.render import ensure_app, render_svg

    ensure_app()
    diagram = build_diagram(amap, Theme.light(), **options)
    path = tmp_path / f"{name}.svg"
    render_svg(diagram, diagram.bounds(), path, background=None)
    return path.read_bytes()


def _same_answers(plain: PlainMap, amap: ArgumentMap) -> None:
    assert (plain.title, plain.description, plain.layout, plain.view) == (amap.title, amap.description, amap.layout, amap.view)
    assert len(plain) == len(amap)
    assert plain.ids() == amap.ids()
    assert plain.statements() == amap.statements()
    assert plain.links() == amap.links()
    for i in amap.ids():
        assert i in plain
        assert plain.statement(i) == amap.statement(i)
        assert plain.children(i) == amap.children(i)
        assert plain.groups(i) == amap.groups(i)
        assert list(plain.groups(i).items()) == list(amap.groups(i).items())  # group order too
        assert plain.descendants(i) == amap.descendants(i)
    for lk in amap.links():
        assert plain.link(lk.source, lk.target) == lk
    mine, theirs = plain.graph_view(), amap.graph_view()
    assert list(mine.nodes(data="statement")) == list(theirs.nodes(data="statement"))
    assert [(n, list(t.items())) for n, t in mine.adjacency()] == [(n, list(t.items())) for n, t in theirs.adjacency()]
    assert spanning_forest(plain) == spanning_forest(amap)


# ---------------------------------------------------------------- the same answers


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
def test_the_example_maps_answer_alike(path, tmp_path):
    _same_answers(*_both(load(path), tmp_path))


@pytest.mark.parametrize("seed", [1, 2])
def test_generated_maps_with_cross_links_and_linked_reasons_answer_alike(seed, tmp_path):
    amap = generate_map(600, seed=seed, cross_link_ratio=0.05)
    plain, loaded = _both(amap, tmp_path)
    assert any(loaded.groups(i) for i in loaded.ids()) and any(len(loaded.parents(i)) > 1 for i in loaded.ids())
    _same_answers(plain, loaded)


def test_a_map_with_every_feature_answers_alike(tmp_path):
    plain, loaded = _both(_rich_map(), tmp_path)
    _same_answers(plain, loaded)
    assert plain.groups("c1") == {"linked": ["a", "c"]}
    assert plain.children("c1") == ["a", "b", "c", "o1"]
    assert plain.descendants("r") == {"h1", "h2", "both"}


def test_unknown_ids_are_refused_as_argument_map_refuses_them(tmp_path):
    plain, loaded = _both(_rich_map(), tmp_path)
    for m in (plain, loaded):
        assert "nope" not in m
        for method in (m.statement, m.descendants, m.groups):
            with pytest.raises(UnknownStatement):
                method("nope")
        with pytest.raises(InvalidLink):
            m.link("c1", "a")  # the wrong way round
        with pytest.raises(InvalidLink):
            m.link("nope", "c1")


def test_is_acyclic_finds_loops_that_forward_links_close():
    amap = _cyclic_map()
    assert not is_acyclic(amap.ids(), amap.links())
    rich = _rich_map()
    assert is_acyclic(rich.ids(), rich.links())  # links to later statements, but no loop
    assert is_acyclic([], [])


# ---------------------------------------------------------------- the same drawing


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
@pytest.mark.parametrize(
    "options",
    [{}, {"arrangement": "tree"}, {"arrangement": "columns"}, {"direction": "LR"}, {"arrangement": "tree", "direction": "LR"}],
    ids=["own", "tree", "columns", "own-LR", "tree-LR"],
)
def test_example_maps_draw_the_same_svg(path, options, tmp_path, qapp):
    plain, loaded = _both(load(path), tmp_path)
    assert _svg(plain, tmp_path, "plain", **options) == _svg(loaded, tmp_path, "model", **options)


@pytest.mark.parametrize(
    "options", [{"arrangement": "tree"}, {"arrangement": "columns"}, {"direction": "LR"}], ids=["tree", "columns", "LR"]
)
def test_generated_and_rich_maps_draw_the_same_svg(options, tmp_path, qapp):
    for k, amap in enumerate([generate_map(500, seed=7, cross_link_ratio=0.05), _rich_map()]):
        plain, loaded = _both(amap, tmp_path)
        assert _svg(plain, tmp_path, f"plain{k}", **options) == _svg(loaded, tmp_path, f"model{k}", **options)


@st.composite
def acyclic_maps(draw) -> ArgumentMap:
    """Random acyclic maps: links follow a random topological order, so many point to later statements."""
    n = draw(st.integers(1, 12))
    kinds = draw(st.lists(st.sampled_from(list(Kind)), min_size=n, max_size=n))
    rank = draw(st.permutations(range(n)))  # a link runs from a higher rank to a lower one
    amap = ArgumentMap("Random")
    for k in range(n):
        collapsed = draw(st.booleans()) and draw(st.booleans())
        pinned = (float(draw(st.integers(-500, 500))), float(draw(st.integers(-500, 500)))) if draw(st.integers(0, 5)) == 0 else None
        amap.add(kinds[k], f"Statement {k} " + "word " * draw(st.integers(0, 20)), id=f"n{k}", collapsed=collapsed, pinned=pinned)
    for k in range(n):
        for j in draw(st.sets(st.integers(0, n - 1), max_size=3)):
            if rank[k] > rank[j]:
                amap.connect(f"n{k}", f"n{j}", draw(st.sampled_from(list(Relation))))
    for target in amap.ids():
        supports = [lk.source for lk in amap.incoming(target) if lk.relation == Relation.SUPPORT]
        if len(supports) >= 2 and draw(st.booleans()):
            amap.group(target, supports[:2])
    return amap


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(amap=acyclic_maps(), direction=st.sampled_from(["TB", "LR"]), arrangement=st.sampled_from(["tree", "columns"]))
def test_random_acyclic_maps_answer_and_draw_alike(amap, direction, arrangement, tmp_path, qapp):
    if arrangement == "columns" and direction == "LR":
        direction = "TB"
    plain, loaded = _both(amap, tmp_path)
    _same_answers(plain, loaded)
    options = {"direction": direction, "arrangement": arrangement}
    assert _svg(plain, tmp_path, "plain", **options) == _svg(loaded, tmp_path, "model", **options)


# ---------------------------------------------------------------- when the export uses it

# A fresh process (one thread, so the copy is forked, as in `argmap export`): run the export
# command itself, then say whether NetworkX was ever imported in this, the drawing, process.
EXPORT_SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from argmap.cli import main
    code = main(["export", *sys.argv[1:]])
    print(code, "networkx" in sys.modules)
    """
)


def _export(*args: str, one_core: bool = False) -> tuple[int, bool]:
    env = {"ARGMAP_ONE_CORE": "1" if one_core else "0"}
    result = subprocess.run([sys.executable, "-c", EXPORT_SCRIPT, *args], capture_output=True, text=True, timeout=300, cwd=ROOT,
                            env={**os.environ, **env})
    assert result.returncode == 0, result.stderr
    code, imported = result.stdout.split()
    return int(code), imported == "True"


@pytest.fixture(scope="module")
def map_2000(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "map2000.json"
    save(generate_map(2000, seed=4), path)
    return path


@needs_fork
def test_the_drawing_process_never_imports_networkx_for_an_acyclic_map(map_2000, tmp_path):
    out, reference = tmp_path / "plain.svg", tmp_path / "model.svg"
    assert _export(str(map_2000), str(out)) == (0, False)
    assert _export(str(map_2000), str(reference), one_core=True) == (0, True)  # no copy: today's path, NetworkX and all
    assert out.read_bytes() == reference.read_bytes()
    assert out.read_bytes().count(b"<text") > 2000


@needs_fork
def test_a_cyclic_map_still_exports_through_the_full_model(tmp_path):
    path = tmp_path / "loop.json"
    save(_cyclic_map(), path)
    out, reference = tmp_path / "loop.svg", tmp_path / "reference.svg"
    assert _export(str(path), str(out)) == (0, True)
    assert _export(str(path), str(reference), one_core=True) == (0, True)
    assert out.read_bytes() == reference.read_bytes()
    assert b"Three" in out.read_bytes()


@needs_fork
def test_an_evaluation_still_exports_through_the_full_model(tmp_path):
    path = tmp_path / "rich.json"
    save(_rich_map(), path)
    out, reference = tmp_path / "eval.svg", tmp_path / "reference.svg"
    assert _export(str(path), str(out), "--evaluation") == (0, True)
    assert _export(str(path), str(reference), "--evaluation", one_core=True) == (0, True)
    assert out.read_bytes() == reference.read_bytes()
    without = tmp_path / "without.svg"
    assert _export(str(path), str(without)) == (0, False)
    assert out.read_bytes() != without.read_bytes()  # the strength rows are drawn


@needs_fork
def test_branches_of_a_plain_map_export_as_with_the_model(tmp_path):
    path = tmp_path / "rich.json"
    save(_rich_map(), path)
    out, reference = tmp_path / "branch.svg", tmp_path / "reference.svg"
    assert _export(str(path), str(out), "--branch", "x1", "--branch", "r") == (0, False)
    assert _export(str(path), str(reference), "--branch", "x1", "--branch", "r", one_core=True) == (0, True)
    assert out.read_bytes() == reference.read_bytes()


def test_the_copy_hands_over_a_plain_map_only_for_drawing_an_acyclic_map(tmp_path):
    if not can_fork():
        pytest.skip("no safe fork in this process now (threads running, or not Linux)")
    acyclic, cyclic = tmp_path / "acyclic.json", tmp_path / "cyclic.json"
    save(_rich_map(), acyclic)
    save(_cyclic_map(), cyclic)
    assert isinstance(LoadAhead(acyclic).result(drawing_only=True), PlainMap)
    assert isinstance(LoadAhead(acyclic).result(), ArgumentMap)
    assert isinstance(LoadAhead(cyclic).result(drawing_only=True), ArgumentMap)
