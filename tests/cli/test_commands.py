"""The argmap command line: exit codes (0 ok, 1 invalid input, 2 usage) and messages."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from argmap import __version__
from argmap.cli import main

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data"
JAPAN = ROOT / "maps" / "japan-nato-ukraine.json"
TEMPLATE = ROOT / "maps" / "teaching-template.json"
BAD = sorted(DATA.glob("bad-*.json"))


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def usage(capsys, *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as info:
        main([str(a) for a in args])
    return info.value.code, capsys.readouterr().err


# ------------------------------------------------------------------ validate
def test_validate_good_files(capsys):
    code, out, err = run(capsys, "validate", JAPAN, TEMPLATE)
    assert code == 0 and err == ""
    assert out.splitlines() == [f"{JAPAN}: ok", f"{TEMPLATE}: ok"]


def test_validate_quiet_prints_nothing_when_all_is_well(capsys):
    assert run(capsys, "validate", "-q", JAPAN) == (0, "", "")


def test_validate_bad_files_one_line_each(capsys):
    code, out, err = run(capsys, "validate", JAPAN, *BAD, DATA / "missing.json")
    assert code == 1
    assert out == f"{JAPAN}: ok\n"
    lines = err.splitlines()
    assert len(lines) == len(BAD) + 1
    for line, path in zip(lines, [*BAD, DATA / "missing.json"], strict=True):
        assert line.startswith(f"{path}: ")
    messages = dict(zip([*BAD, DATA / "missing.json"], lines, strict=True))
    assert "line 4, column 3: invalid JSON" in messages[DATA / "bad-not-json.json"]
    assert "$.schema_version: written by a newer argmap" in messages[DATA / "bad-newer-version.json"]
    assert "$.edges[0]: statement 'c1' cannot support or attack itself" in messages[DATA / "bad-self-loop.json"]
    assert messages[DATA / "missing.json"].endswith("no such file")


def test_validate_a_folder_and_an_empty_file(capsys, tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "validate", tmp_path, empty)
    assert code == 1
    assert err.splitlines() == [f"{tmp_path}: is a folder, not a map file", f"{empty}: the file is empty"]


def test_validate_usage_errors(capsys):
    code, err = usage(capsys, "validate")
    assert code == 2 and "the following arguments are required: FILE" in err
    code, err = usage(capsys, "validate", "--bogus", JAPAN)
    assert code == 2 and "unrecognized arguments: --bogus" in err


# ------------------------------------------------------------------ info
def test_info_text(capsys):
    code, out, err = run(capsys, "info", TEMPLATE)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Title: Teaching template: how an argument map works"
    assert lines[1].startswith("Statements: 8 (claim 1, support 3, objection 2, rebuttal 1, evidence 1)")
    assert lines[2].startswith("Relations: 7 (support 4, attack 3); linked reasons: 1")
    assert lines[3] == "Main claims: 1"
    assert lines[4].startswith("  c1: A claim is the statement")
    assert lines[-1] == "Cycles: none"


def test_info_json(capsys):
    code, out, _ = run(capsys, "info", "--json", JAPAN)
    assert code == 0
    info = json.loads(out)
    assert info["title"].startswith("Should Japan take part in NATO")
    assert info["statements"] == sum(info["by_kind"].values()) >= 30
    assert info["relations"] == sum(info["by_relation"].values())
    assert set(info["by_kind"]) == {"claim", "support", "objection", "rebuttal", "evidence"}
    assert set(info["by_relation"]) == {"support", "attack", "rephrase"}
    assert [m["id"] for m in info["main_claims"]] == ["c1"]
    assert info["cycles"] == [] and info["linked_reasons"] >= 1


def test_info_reports_cycles(capsys, tmp_path):
    path = tmp_path / "cycle.json"
    path.write_text(json.dumps({
        "schema_version": 1, "title": "Circular",
        "nodes": [{"id": i, "kind": "claim", "text": f"{i}."} for i in ("a", "b", "c")],
        "edges": [
            {"source": "a", "target": "b", "relation": "support"},
            {"source": "b", "target": "a", "relation": "attack"},
        ],
    }))
    code, out, _ = run(capsys, "info", path)
    assert code == 0
    assert "Main claims: 1\n  c: c.\n" in out
    assert "Cycles: yes, 1\n" in out
    assert ("  a -> b -> a" in out) or ("  b -> a -> b" in out)
    info = json.loads(run(capsys, "info", "--json", path)[1])
    assert sorted(info["cycles"][0]) == ["a", "b"]


def test_info_on_bad_files(capsys):
    for bad in BAD:
        code, out, err = run(capsys, "info", bad)
        assert code == 1 and out == ""
        assert err.startswith(f"{bad}: ") and err.count("\n") == 1


def test_info_usage(capsys):
    assert usage(capsys, "info")[0] == 2
    assert usage(capsys, "info", JAPAN, TEMPLATE)[0] == 2


# ------------------------------------------------------------------ fmt
def test_fmt_rewrites_a_non_canonical_file(capsys, tmp_path):
    path = tmp_path / "map.json"
    shutil.copy(DATA / "non-canonical.json", path)
    code, out, err = run(capsys, "fmt", path)
    assert (code, out, err) == (0, f"reformatted {path}\n", "")
    text = path.read_text("utf-8")
    assert text.startswith('{\n  "schema_version": 2,\n  "title": "Valid but not canonical",')
    assert '"score"' not in text and '"collapsed"' not in text  # defaults dropped
    # a second run has nothing to do
    assert run(capsys, "fmt", path) == (0, "", "")
    assert run(capsys, "fmt", "--check", path) == (0, "", "")


def test_fmt_check_changes_nothing_and_exits_1(capsys, tmp_path):
    path = tmp_path / "map.json"
    shutil.copy(DATA / "non-canonical.json", path)
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    code, out, err = run(capsys, "fmt", "--check", path, TEMPLATE)
    assert code == 1 and out == ""
    assert err == f"{path}: not in canonical form (run 'argmap fmt {path}')\n"
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.json"]


def test_fmt_refuses_invalid_files_and_leaves_them_alone(capsys, tmp_path):
    for bad in BAD:
        path = tmp_path / bad.name
        shutil.copy(bad, path)
        code, out, err = run(capsys, "fmt", path)
        assert code == 1 and out == ""
        assert err.startswith(f"{path}: ")
        assert path.read_bytes() == bad.read_bytes()


def test_fmt_continues_after_a_bad_file(capsys, tmp_path):
    good = tmp_path / "good.json"
    shutil.copy(DATA / "non-canonical.json", good)
    code, out, err = run(capsys, "fmt", DATA / "bad-self-loop.json", good)
    assert code == 1
    assert out == f"reformatted {good}\n" and "bad-self-loop.json" in err


def test_fmt_usage(capsys):
    assert usage(capsys, "fmt")[0] == 2
    assert usage(capsys, "fmt", "--check")[0] == 2


# ------------------------------------------------------------------ help and version
def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"argmap {__version__}\n"


def test_top_level_help_lists_commands_and_exit_codes(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for command in ("validate", "info", "fmt"):
        assert command in out
    assert "Exit codes: 0 ok, 1 invalid input, 2 usage" in out


@pytest.mark.parametrize(("command", "words"), [("validate", "--quiet"), ("info", "--json"), ("fmt", "--check")])
def test_help_of_each_command(capsys, command, words):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: argmap {command}") and words in out and "FILE" in out


def test_unknown_option_is_a_usage_error(capsys):
    code, err = usage(capsys, "--bogus")
    assert code == 2 and "usage: argmap" in err


def test_output_that_the_console_cannot_encode_is_escaped_not_a_traceback(tmp_path):
    path = tmp_path / "jp.json"
    path.write_text(json.dumps({
        "schema_version": 1, "title": "日本 map", "nodes": [{"id": "c", "kind": "claim", "text": "Café — 日本."}],
    }), encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = subprocess.run([sys.executable, "-m", "argmap", "info", str(path)], capture_output=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert b"Title: \\u65e5\\u672c map" in result.stdout


# ------------------------------------------------------------------ as a real process
def argmap_command() -> list[str]:
    script = Path(sys.executable).with_name("argmap")
    return [str(script)] if script.exists() else [sys.executable, "-m", "argmap"]


def test_subprocess_validate_info_fmt(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    ok = subprocess.run([*argmap_command(), "validate", str(JAPAN)], capture_output=True, text=True, env=env, timeout=60)
    assert (ok.returncode, ok.stdout, ok.stderr) == (0, f"{JAPAN}: ok\n", "")
    bad = subprocess.run([*argmap_command(), "validate", *map(str, BAD)], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and bad.stdout == ""
    assert [line.split(": ")[0] for line in bad.stderr.splitlines()] == [str(p) for p in BAD]
    assert "Traceback" not in bad.stderr
    info = subprocess.run([*argmap_command(), "info", "--json", str(TEMPLATE)], capture_output=True, text=True, timeout=60)
    assert info.returncode == 0 and json.loads(info.stdout)["statements"] == 8
    copy = tmp_path / "m.json"
    shutil.copy(DATA / "non-canonical.json", copy)
    check = subprocess.run([*argmap_command(), "fmt", "--check", str(copy)], capture_output=True, text=True, timeout=60)
    assert check.returncode == 1
    usage_error = subprocess.run([*argmap_command(), "validate"], capture_output=True, text=True, timeout=60)
    assert usage_error.returncode == 2 and "usage: argmap validate" in usage_error.stderr


def test_python_dash_m_argmap_works():
    result = subprocess.run([sys.executable, "-m", "argmap", "--version"], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout) == (0, f"argmap {__version__}\n")


@pytest.mark.parametrize(("size", "shown"), [(3, "Cycles: yes, 5\n"), (4, "Cycles: yes, 20\n"), (5, "Cycles: yes, 20+\n")])
def test_info_counts_cycles_exactly_up_to_20(capsys, tmp_path, size, shown):
    # every ordered pair linked: 3 statements make 5 simple cycles, 4 make exactly 20, 5 make 84
    ids = [f"n{i}" for i in range(size)]
    path = tmp_path / "cycles.json"
    path.write_text(json.dumps({
        "schema_version": 1, "title": "Cycles",
        "nodes": [{"id": i, "kind": "claim", "text": f"{i}."} for i in ids],
        "edges": [{"source": a, "target": b, "relation": "support"} for a in ids for b in ids if a != b],
    }))
    out = run(capsys, "info", path)[1]
    assert shown in out
    assert len(json.loads(run(capsys, "info", "--json", path)[1])["cycles"]) == min(20, {3: 5, 4: 20, 5: 84}[size])


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes in names")
def test_a_file_name_that_is_not_utf8_is_printed_escaped(tmp_path):
    folder = os.fsencode(tmp_path)
    name = os.path.join(folder, b"\xff-map.json")
    with open(name, "wb") as handle:
        handle.write(TEMPLATE.read_bytes())
    result = subprocess.run([*argmap_command(), "validate", name], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(b"\\udcff-map.json: ok\n")


@pytest.mark.parametrize(
    ("argv", "loaded"),
    [
        (["--version"], "[]"),
        (["export", "--help"], "[]"),
        (["--help"], "[]"),
        # import/convert list the formats of argmap.io.formats, and importing argmap.io imports its
        # reader (pydantic: 0.24 s instead of 0.15 s for this help), but never NetworkX or Qt
        (["import", "--help"], "['pydantic']"),
    ],
)
def test_commands_that_read_no_map_do_not_load_pydantic(argv, loaded):
    """pydantic costs ~0.2 s at start-up: only commands that parse a map may pay for it."""
    code = ("import sys\nfrom argmap.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'networkx', 'PySide6'}), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=120)
    assert result.stderr.strip().splitlines()[-1] == loaded


def test_a_mistyped_command_is_named_with_a_suggestion(capsys):
    code, _out, err = run(capsys, "valdate", str(JAPAN))
    assert code == 2
    assert err.strip() == "argmap: unknown command 'valdate' (did you mean 'validate'?)"


def test_fmt_reads_a_map_once_so_a_pipe_works():
    with JAPAN.open("rb") as stdin:
        result = subprocess.run([sys.executable, "-m", "argmap", "fmt", "--check", "/dev/stdin"],
                                stdin=stdin, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_fmt_of_a_folder_is_a_message_not_a_traceback(capsys, tmp_path):
    code, _out, err = run(capsys, "fmt", str(tmp_path))
    assert code == 1
    assert err.strip() == f"{tmp_path}: is a folder, not a map file"


def test_a_linked_reason_left_alone_is_saved_and_counted_as_a_plain_reason(capsys, tmp_path):
    from argmap.io import dumps, load, save
    from argmap.model import ArgumentMap, Kind, Relation

    amap = ArgumentMap("Linked")
    amap.add(Kind.CLAIM, "Claim", id="c")
    for premise in ("p1", "p2"):
        amap.add(Kind.SUPPORT, premise, id=premise)
        amap.connect(premise, "c", Relation.SUPPORT)
    amap.group("c", ["p1", "p2"])
    assert dumps(amap).count('"group"') == 2
    amap.remove("p2")
    assert '"group"' not in dumps(amap)
    path = tmp_path / "linked.json"
    save(amap, path)
    assert load(path).link("p1", "c").group is None
    path.write_text(path.read_text().replace('"relation": "support"', '"relation": "support", "group": "g"'))
    code, out, _ = run(capsys, "info", "--json", str(path))
    assert code == 0 and json.loads(out)["linked_reasons"] == 0


def test_validate_loads_only_what_it_needs():
    code = ("import sys\nfrom argmap.cli import main\nmain(['validate', '-q', sys.argv[1]])\n"
            "print(sorted(m for m in sys.modules if m in ('networkx', 'argmap.io.formats', 'PySide6')))")
    result = subprocess.run([sys.executable, "-c", code, str(JAPAN)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"  # not the import/convert registry, whose options only `import --help` shows
