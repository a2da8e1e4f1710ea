"""The benchmark generator makes valid, realistic, reproducible maps."""

from __future__ import annotations

import sys
from pathlib import Path

from argmap.io import dumps, load, loads, save
from argmap.model import Kind

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from benchmarks.generate import generate_map, main


def test_a_thousand_statement_map_is_valid_realistic_and_reproducible(tmp_path):
    amap = generate_map(1000, seed=3)
    path = tmp_path / "map.json"
    save(amap, path)
    loaded = load(path)  # validates against the file format
    assert len(loaded) == 1000
    assert not loaded.has_cycles()
    assert len(loaded.main_claims()) == 1
    second_parents = sum(1 for i in loaded.ids() if len(loaded.parents(i)) > 1)
    assert second_parents == 20  # 2 % of the 999 answers
    assert len(loaded.links()) == 999 + second_parents
    lengths = [len(s.text) for s in loaded.statements()]
    assert min(lengths) >= 40 and max(lengths) <= 250 and len(set(lengths)) > 50
    counts = loaded.counts_by_kind()
    assert all(counts[k] > 50 for k in (Kind.SUPPORT, Kind.OBJECTION, Kind.REBUTTAL, Kind.EVIDENCE))
    assert any(loaded.groups(i) for i in loaded.ids())

    assert dumps(generate_map(1000, seed=3)) == dumps(amap)
    assert dumps(generate_map(1000, seed=4)) != dumps(amap)


def test_cross_link_ratio_and_main_claims_scale():
    amap = generate_map(4000, seed=1, cross_link_ratio=0.05)
    assert len(amap.main_claims()) == 2
    second_parents = sum(1 for i in amap.ids() if len(amap.parents(i)) > 1)
    assert second_parents == round(0.05 * 3998)


def test_command_line_writes_a_loadable_file(tmp_path, capsys):
    out = tmp_path / "m.json"
    assert main(["150", str(out), "--seed", "7"]) == 0
    assert "150 statements" in capsys.readouterr().out
    assert dumps(loads(out.read_bytes())) == dumps(generate_map(150, seed=7))
    assert main(["0", str(out)]) == 1
    assert "at least one statement" in capsys.readouterr().err
