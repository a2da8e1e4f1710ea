"""``argmap import`` and ``argmap convert`` as a user runs them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from argmap.cli import main
from argmap.io import load

ROOT = Path(__file__).resolve().parents[2]
JAPAN = ROOT / "maps" / "japan-nato-ukraine.json"

DEBATE = """[Uniforms]: Schools should require uniforms.
  + [Equality]: Uniforms hide differences in wealth.
  - [Expression]: Uniforms limit self-expression.
    <_ [Elsewhere]: Pupils can express themselves outside school.
"""


def test_import_writes_a_map_beside_the_file_and_warns_on_stderr(tmp_path, capsys):
    source = tmp_path / "uniforms.argdown"
    source.write_text(DEBATE, encoding="utf-8")
    assert main(["import", str(source)]) == 0
    out, err = capsys.readouterr()
    target = tmp_path / "uniforms.json"
    assert f"wrote {target} (argmap): 4 statements, 3 links" in out
    assert f"{source}: warning: line 4: the undercut of 'Expression' is imported as an attack on it" in err
    amap = load(target)
    assert amap.link("Expression", "Uniforms").relation == "attack"


def test_import_with_output_and_format(tmp_path, capsys):
    source = tmp_path / "debate.data"
    source.write_text("Discussion Title: T\n\n1. A\n1.1. Con: B\n", encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "m.json"), "--format", "kialo"]) == 0
    assert load(tmp_path / "m.json").link("1.1", "1").relation == "attack"


def test_import_of_malformed_input_exits_1_with_file_and_place(tmp_path, capsys):
    source = tmp_path / "bad.argdown"
    source.write_text("[A]: x\n\n/* open\n", encoding="utf-8")
    assert main(["import", str(source)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"{source}: line 3: a comment opened here is never closed with '*/'"
    assert not (tmp_path / "bad.json").exists()


def test_import_refuses_to_overwrite_its_input(tmp_path, capsys):
    source = tmp_path / "nodeset.json"
    source.write_text('{"nodes": [{"nodeID": 1, "type": "I", "text": "A"}], "edges": []}', encoding="utf-8")
    assert main(["import", str(source)]) == 2
    assert "-o" in capsys.readouterr().err
    assert main(["import", str(source), "-o", str(tmp_path / "m.json")]) == 0


def test_convert_between_formats(tmp_path, capsys):
    for name in ("m.argdown", "m.aif.json", "m.txt", "m.graphml", "m.dot", "m.mmd"):
        assert main(["convert", str(JAPAN), str(tmp_path / name)]) == 0
    assert main(["convert", str(tmp_path / "m.argdown"), str(tmp_path / "back.json")]) == 0
    assert len(load(tmp_path / "back.json")) == len(load(JAPAN))
    assert main(["convert", str(tmp_path / "m.txt"), str(tmp_path / "out.any"), "--from", "kialo", "--to", "mermaid"]) == 0
    assert (tmp_path / "out.any").read_text(encoding="utf-8").splitlines()[1] == "flowchart BT"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["convert", "{japan}", "{tmp}/out.xyz"], 2, "give it with --to"),
        (["convert", "{japan}", "{tmp}/out.json", "--to", "pdf"], 2, "cannot write the format 'pdf'"),
        (["convert", "{japan}", "{tmp}/out.json", "--from", "dot"], 2, "cannot read the format 'dot'"),
        (["convert", "{tmp}/missing.argdown", "{tmp}/out.json"], 1, "missing.argdown: no such file"),
        (["convert", "{japan}", "{japan}"], 2, "same file"),
    ],
)
def test_convert_errors(tmp_path, capsys, args, code, message):
    args = [a.format(japan=JAPAN, tmp=tmp_path) for a in args]
    assert main(args) == code
    assert message in capsys.readouterr().err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["convert", "only-one-file"])
    assert info.value.code == 2


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz 'dot' is not installed")
def test_the_installed_command_converts_to_dot_that_graphviz_draws(tmp_path):
    run = subprocess.run([sys.executable, "-m", "argmap", "convert", str(JAPAN), str(tmp_path / "m.gv")],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    svg = subprocess.run(["dot", "-Tsvg", str(tmp_path / "m.gv")], capture_output=True, text=True, timeout=60)
    assert svg.returncode == 0 and "<svg" in svg.stdout


def test_an_empty_file_without_a_suffix_is_invalid_input_not_a_usage_error(tmp_path, capsys):
    empty = tmp_path / "nameless"
    empty.write_bytes(b"")
    assert main(["convert", str(empty), str(tmp_path / "x.dot")]) == 1
    assert capsys.readouterr().err.strip() == f"{empty}: the file is empty"
    assert not (tmp_path / "x.dot").exists()


def test_a_lone_surrogate_in_an_aif_file_is_one_line_exit_1(tmp_path, capsys):
    source = tmp_path / "broken.aif.json"
    source.write_text(r'{"nodes":[{"nodeID":"1","type":"I","text":"a\ud800b"}],"edges":[]}', encoding="utf-8")
    assert main(["import", str(source)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{source}: node 1: ") and "Traceback" not in err
    assert not (tmp_path / "broken.json").exists()


def test_import_does_not_overwrite_the_map_beside_the_file_without_force(tmp_path, capsys):
    source = tmp_path / "uniforms.argdown"
    source.write_text(DEBATE, encoding="utf-8")
    existing = tmp_path / "uniforms.json"
    existing.write_bytes(JAPAN.read_bytes())
    assert main(["import", str(source)]) == 2
    assert capsys.readouterr().err.strip() == f"argmap: {existing} exists; give -o or --force"
    assert existing.read_bytes() == JAPAN.read_bytes()
    assert main(["import", str(source), "--force"]) == 0
    assert len(load(existing)) == 4


def test_import_of_nothing_writes_nothing(tmp_path, capsys):
    source = tmp_path / "prose.argdown"
    source.write_text("// only a comment\n", encoding="utf-8")
    assert main(["import", str(source)]) == 1
    assert "no statements found; nothing written" in capsys.readouterr().err
    assert not (tmp_path / "prose.json").exists()


@pytest.mark.parametrize("name", ["out.argdown", "out.aif.json", "out.dot"])
def test_import_refuses_an_output_that_is_not_an_argmap_json_file(tmp_path, capsys, name):
    source = tmp_path / "uniforms.argdown"
    source.write_text(DEBATE, encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / name)]) == 2
    assert f"argmap convert {source} {tmp_path / name}" in capsys.readouterr().err
    assert not (tmp_path / name).exists()
