"""Benchmarks: argmap's headless SVG export against its peers, plus load and layout.

    python benchmarks/run.py            # 1,000 and 5,000 statements (several minutes: the peers are slow)
    python benchmarks/run.py --quick    # 1,000 only

On the same generated maps (``benchmarks/generate.py``, seed 0), three programs draw an
SVG end to end, as a user runs them: ``argmap export MAP.json OUT.svg``, the Argdown CLI
(``argdown map --format svg``, on the map written by argmap's Argdown writer) and
Graphviz (``dot -Tsvg``, on the map written by argmap's DOT writer). Runs alternate
(argmap, Argdown, dot, argmap, ...) so that a busy machine slows all three alike. Prints
medians (minima in brackets) and the ratios argmap / peer; the goal is argmap at most
0.1x the Argdown CLI's time and below dot's. Load and layout are timed in a fresh Python
process that opens the generated file, as argmap does.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argmap.io import load, save
from argmap.io.formats import write_any
from argmap.layout import LayoutOptions, compute_layout
from argmap.model import ArgumentMap
from benchmarks import evaluation as evaluation_benchmark
from benchmarks.generate import generate_map
from benchmarks.peers import argdown_command, dot_command, run_argdown, run_dot

SIZES = (1000, 5000)
QUICK_SIZES = (1000,)
PEER_TIMEOUT = 600.0  # seconds for one peer run; slower is reported as "> 600 s" (a lower bound) and not run again
ROUNDS = {1000: 5, 5000: 3}  # alternating runs of the three programs per map size
GOAL_VS_ARGDOWN = 0.1


def estimated_sizes(amap: ArgumentMap) -> dict[str, tuple[float, float]]:
    """Box sizes as the canvas would measure them, roughly: 240 wide, 17 px per wrapped line of ~36 characters."""
    return {s.id: (240.0, 36.0 + 17.0 * math.ceil(len(s.text) / 36)) for s in amap.statements()}


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Wall times of ``runs`` calls; each starts with the garbage of earlier work collected.

    Without the collect, a layout timed right after a load pays for the full collection
    that the load's 100,000 new objects are due (about 100 ms at 10,000 statements).
    The result is freed after the clock stops: an app keeps the map it loaded.
    """
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
        del result
    return times


def export_command() -> list[str] | None:
    """How to run ``argmap export`` here, or None when the command does not exist (yet)."""
    argmap = shutil.which("argmap") or str(Path(sys.executable).with_name("argmap"))
    if not Path(argmap).exists():
        return None
    probe = subprocess.run([argmap, "export", "--help"], capture_output=True, text=True)
    return [argmap, "export"] if probe.returncode == 0 else None


def run_export(command: list[str], map_file: Path, out: Path) -> None:
    result = subprocess.run([*command, str(map_file), str(out)], capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"argmap export failed: {result.stderr.strip() or result.stdout.strip()}")


def cell(times: list[float] | None, note: str = "n/a") -> str:
    if not times:
        return note
    return f"{_ms(statistics.median(times))} ({_ms(min(times))})"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def time_in_fresh_process(map_file: Path, layout_runs: int, load_runs: int) -> dict[str, list[float]]:
    """Layout and load times measured in a new Python process, as when argmap opens the file.

    The benchmark's own process has generated and freed whole maps by then; a layout timed
    there runs on a fragmented heap and is up to half again slower than in the app.
    """
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(map_file), str(layout_runs), str(load_runs)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def worker(map_file: Path, layout_runs: int, load_runs: int) -> None:
    """Open the map once, time the layout, then time loading it again; print the times as JSON."""
    amap = load(map_file)
    sizes = estimated_sizes(amap)
    layout = timed(lambda: compute_layout(amap, sizes), layout_runs)
    columns = LayoutOptions(arrangement="columns")
    in_columns = timed(lambda: compute_layout(amap, sizes, columns), layout_runs)
    loads = timed(lambda: load(map_file), load_runs)
    print(json.dumps({"layout": layout, "columns": in_columns, "load": loads}))


def timed_run(action: Callable[[], object]) -> float | None:
    """Wall time of one end-to-end run, or None when it took longer than PEER_TIMEOUT."""
    start = time.perf_counter()
    try:
        action()
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - start


def measure(n: int, folder: Path, tools: dict[str, list[str] | None]) -> dict[str, object]:
    amap = generate_map(n, seed=0)
    map_file = folder / f"map-{n}.json"
    save(amap, map_file)
    argdown_file, dot_file = folder / f"map-{n}.argdown", folder / f"map-{n}.gv"
    write_any(amap, argdown_file, "argdown")  # argmap's own writers: the peers draw the very same map
    write_any(amap, dot_file, "dot")
    row: dict[str, object] = {"n": n, "links": len(amap.links())}
    row.update(time_in_fresh_process(map_file, 9, 5))
    runs = {
        "argmap": lambda: run_export(tools["argmap"], map_file, folder / f"argmap-{n}.svg"),
        "argdown": lambda: run_argdown(tools["argdown"], argdown_file, folder / "argdown", PEER_TIMEOUT),
        "dot": lambda: run_dot(tools["dot"], dot_file, folder / f"dot-{n}.svg", PEER_TIMEOUT),
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    timed_out: set[str] = set()
    for _ in range(ROUNDS.get(n, 3)):
        for name, action in runs.items():
            if tools[name] is None or name in timed_out:
                continue
            took = timed_run(action)
            if took is None:
                timed_out.add(name)
            else:
                times[name].append(took)
    for name in runs:
        row[name] = PEER_TIMEOUT if name in timed_out and not times[name] else times[name] or None
    row["svg_bytes"] = {name: _svg_size(folder, name, n) for name in runs}
    return row


def _svg_size(folder: Path, name: str, n: int) -> int | None:
    path = folder / "argdown" / f"map-{n}.svg" if name == "argdown" else folder / f"{name}-{n}.svg"
    return path.stat().st_size if path.exists() else None


def median(value: object) -> float | None:
    """The median of a list of times; a lone float is a timeout (a lower bound); None: not run."""
    if isinstance(value, list) and value:
        return statistics.median(value)
    return None


def ratio(row: dict[str, object], peer: str) -> str:
    mine, theirs = median(row["argmap"]), row[peer]
    if mine is None:
        return "n/a"
    if isinstance(theirs, float):
        return f"< {mine / theirs:.3f}x"
    peer_median = median(theirs)
    return "n/a" if peer_median is None else f"{mine / peer_median:.3f}x"


def peer_cell(value: object) -> str:
    if isinstance(value, float):
        return f"> {value:.0f} s (timed out)"
    return cell(value if isinstance(value, list) else None)


def peers_table(rows: list[dict[str, object]]) -> str:
    out = [
        "| statements | links | argmap export | Argdown CLI (`argdown map`) | Graphviz (`dot -Tsvg`) | argmap / Argdown | argmap / dot |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        out.append(
            f"| {row['n']:,} | {row['links']:,} | {cell(row['argmap'])} | {peer_cell(row['argdown'])} | {peer_cell(row['dot'])} | "
            f"{ratio(row, 'argdown')} | {ratio(row, 'dot')} |"
        )
    return "\n".join(out)


def model_table(rows: list[dict[str, object]]) -> str:
    out = ["| statements | load | layout | layout in columns |", "| ---: | ---: | ---: | ---: |"]
    for row in rows:
        out.append(f"| {row['n']:,} | {cell(row['load'])} | {cell(row['layout'])} | {cell(row['columns'])} |")
    return "\n".join(out)


def verdicts(rows: list[dict[str, object]]) -> list[str]:
    lines = []
    for row in rows:
        mine = median(row["argmap"])
        if mine is None:
            continue
        argdown, dot = row["argdown"], row["dot"]
        if argdown is not None:
            bound = argdown if isinstance(argdown, float) else median(argdown)
            ok = mine <= GOAL_VS_ARGDOWN * bound
            lines.append(f"- {row['n']:,}: argmap at most {GOAL_VS_ARGDOWN}x the Argdown CLI's time: {'yes' if ok else 'NO'}")
        if dot is not None:
            bound = dot if isinstance(dot, float) else median(dot)
            lines.append(f"- {row['n']:,}: argmap below dot: {'yes' if mine < bound else 'NO'}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time argmap's SVG export against the Argdown CLI and Graphviz dot.")
    parser.add_argument("--quick", action="store_true", help="only 1,000 statements")
    parser.add_argument("--worker", nargs=3, metavar=("MAP", "LAYOUT_RUNS", "LOAD_RUNS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(Path(args.worker[0]), int(args.worker[1]), int(args.worker[2]))
        return 0
    argdown, argdown_missing = argdown_command()
    dot, dot_missing = dot_command()
    tools = {"argmap": export_command(), "argdown": argdown, "dot": dot}
    for missing in (argdown_missing, dot_missing):
        if missing:
            print(f"skipped: {missing}")
    if tools["argmap"] is None:
        print("skipped: argmap export is not available here")
    sizes = QUICK_SIZES if args.quick else SIZES
    rows = []
    load_at_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="argmap-bench-") as folder:
        for n in sizes:
            print(f"measuring {n:,} statements...", file=sys.stderr, flush=True)
            rows.append(measure(n, Path(folder), tools))
    cores, load_now = os.cpu_count(), os.getloadavg()[0]
    print(f"Medians, minima in brackets; {cores} cores, load average {load_at_start:.1f} at the start, {load_now:.1f} at the end")
    print("(other processes inflate the medians; the minima are closer to an idle machine).\n")
    print("SVG end to end, the same maps (Argdown and DOT written by argmap's own writers):\n")
    print(peers_table(rows))
    print("\nSVG sizes: " + "; ".join(
        f"{row['n']:,}: " + ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in row["svg_bytes"].items() if size)
        for row in rows
    ))
    lines = verdicts(rows)
    if lines:
        print("\nGoal (argmap at most 0.1x the Argdown CLI and below dot):")
        print("\n".join(lines))
    print("\nLoad and layout in a fresh process (layout with box sizes estimated from text length):\n")
    print(model_table(rows))
    print()
    evaluation_benchmark.main()  # full evaluation at 10,000 and 50,000, one edit at 10,000
    return 0


if __name__ == "__main__":
    sys.exit(main())
