"""`make stress` still runs: a few seconds of fuzzing through every importer (the real run takes minutes)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_stress_run_fuzzes_every_importer_and_reports_counts(tmp_path, capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "stress"))
    import run

    # The exit code also counts inputs over 2 s, a timing this short run on a shared machine cannot vouch for
    # (the real `make stress` reports it); tracebacks, hangs and messages without the file name are checked here.
    run.main(["--seconds", "10", "--crash-share", "0", "--seed", "1", "--out", str(tmp_path)])
    out = capsys.readouterr().out
    assert "inputs tried:" in out and "slowest input:" in out
    assert "tracebacks: 0;" in out and "hangs (> 20 s): 0;" in out and "messages not naming the file: 0" in out
    from argmap.io.formats import READERS

    by_format = next(line for line in out.splitlines() if line.startswith("by format:"))
    assert all(f" {fmt} " in f" {by_format} " for fmt in READERS), by_format
