"""`argmap diff` and `argmap merge` as a teacher or a git user runs them."""

from __future__ import annotations

import json
import subprocess

from argmap.cli import main
from argmap.io import dumps, load, loads
from argmap.teaching.merge import CONFLICT_TAG
from tests.teaching.test_compare import EXAMPLE, student_copy


def write(path, amap):
    path.write_text(dumps(amap), encoding="utf-8")
    return str(path)


def test_diff_of_a_students_map_reports_every_change(tmp_path, capsys):
    _model, student = student_copy()
    assert main(["diff", write(tmp_path / "student.json", student), str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Statements: 35 of B's 38 in A (92 %)" in out
    for line in ("+ e1 evidence", "add it under o2 (attack)", "- x1 support", "> o9", "> s9", "~ o2 -> c1: support in A, attack in B",
                 "~ s2 (84 % alike)", "~ o1 (81 % alike)"):
        assert line in out


def test_diff_json_and_threshold(tmp_path, capsys):
    _model, student = student_copy()
    path = write(tmp_path / "student.json", student)
    assert main(["diff", path, str(EXAMPLE), "--json", "--match", "text", "--threshold", "95"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["matching"] == "text" and data["threshold"] == 95
    assert {m["id"] for m in data["missing_from_a"]} == {"e1", "r4", "e5", "s2", "o1"}  # reworded ones fall below 95
    assert data["coverage"]["statements_matched"] == 33


def test_diff_of_the_same_map(capsys):
    assert main(["diff", str(EXAMPLE), str(EXAMPLE)]) == 0
    assert "No differences." in capsys.readouterr().out


def test_diff_usage_and_bad_files(tmp_path, capsys):
    assert main(["diff", str(EXAMPLE), str(tmp_path / "nope.json")]) == 1
    assert "nope.json" in capsys.readouterr().err
    try:
        main(["diff", str(EXAMPLE), str(EXAMPLE), "--threshold", "120"])
    except SystemExit as exc:
        assert exc.code == 2


def test_merge_clean_and_with_a_conflict(tmp_path, capsys):
    base = load(EXAMPLE)
    ours, theirs = loads(dumps(base)), loads(dumps(base))
    ours.update("s1", text="Ours.")
    theirs.update("s2", text="Theirs.")
    paths = [write(tmp_path / f"{n}.json", m) for n, m in (("base", base), ("ours", ours), ("theirs", theirs))]
    out = tmp_path / "out.json"
    assert main(["merge", *paths, "-o", str(out)]) == 0
    merged = load(out)
    assert merged.statement("s1").text == "Ours." and merged.statement("s2").text == "Theirs."
    theirs.update("s1", text="Theirs too.")
    write(tmp_path / "theirs.json", theirs)
    assert main(["merge", *paths, "-o", paths[1]]) == 1  # as a git merge driver: OUT is OURS
    assert "conflict: statement 's1'" in capsys.readouterr().err
    assert CONFLICT_TAG in load(paths[1]).statement("s1").tags


def test_merge_refuses_bad_input_and_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    out = tmp_path / "out.json"
    assert main(["merge", str(EXAMPLE), str(bad), str(EXAMPLE), "-o", str(out)]) == 1
    assert not out.exists()
    assert main(["merge", str(EXAMPLE), str(EXAMPLE), str(EXAMPLE), "-o", str(EXAMPLE)]) == 2


def test_git_uses_argmap_as_its_merge_driver(tmp_path):
    """The registration the README shows: a clean merge of two branches' edits to one map file."""
    import shutil
    import sys

    if shutil.which("git") is None:
        return
    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True)

    git("init", "-q", "-b", "main")
    git("config", "user.email", "t@example.org")
    git("config", "user.name", "T")
    git("config", "merge.argmap.driver", f"{sys.executable} -m argmap merge %O %A %B -o %A")
    (repo / ".gitattributes").write_text("*.json merge=argmap\n")
    base = load(EXAMPLE)
    write(repo / "map.json", base)
    git("add", ".")
    git("commit", "-qm", "base")
    git("checkout", "-qb", "other")
    other = loads(dumps(base))
    other.update("s9", text="Changed on the other branch.")
    write(repo / "map.json", other)
    git("commit", "-qam", "other")
    git("checkout", "-q", "main")
    mine = loads(dumps(base))
    mine.update("s1", text="Changed on main.")
    mine.update("s2", text="Also changed on main.")
    write(repo / "map.json", mine)
    git("commit", "-qam", "main")
    git("merge", "-q", "--no-edit", "other")
    merged = load(repo / "map.json")
    assert merged.statement("s1").text == "Changed on main." and merged.statement("s9").text == "Changed on the other branch."


def test_diff_reports_map_fields_in_text_and_json(tmp_path, capsys):
    from argmap.model.quotes import SourceDocument

    base = load(EXAMPLE)
    other = loads(dumps(base))
    other.set_sources([SourceDocument("d1", "The article")])
    other.set_semantics("euler")
    a, b = write(tmp_path / "a.json", base), write(tmp_path / "b.json", other)
    assert main(["diff", a, b]) == 0
    out = capsys.readouterr().out
    assert "Map sources: 0 in A, 1 in B" in out and '+ "The article" only in B' in out and "Map semantics" in out
    assert main(["diff", a, b, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["map_changed"]["sources"]["b"][0]["title"] == "The article"
