"""Benchmarks: load, layout, headless SVG export and Graphviz dot on synthetic maps.

    python benchmarks/run.py            # 100, 1,000, 5,000 and 10,000 statements (a few minutes)
    python benchmarks/run.py --quick    # 100 and 1,000 only

Load and layout are timed in a fresh Python process that opens the generated file (as
argmap does), export and dot as the commands a user would run. Prints a markdown table of
medians (and minima) over several runs, then the targets:
layout of 10,000 statements within 150 ms and at least 100 times faster than dot, loading
a 10,000-statement file within 250 ms, exporting 5,000 statements to SVG within 1.5 s.
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
from argmap.layout import LayoutOptions, compute_layout
from argmap.model import ArgumentMap
from benchmarks.generate import generate_map

SIZES = (100, 1000, 5000, 10000)
QUICK_SIZES = (100, 1000)
DOT_TIMEOUT = 120.0  # seconds for one dot run; slower is reported as "> 120 s" (a lower bound)


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


def write_dot(amap: ArgumentMap, sizes: dict[str, tuple[float, float]], path: Path) -> None:
    """The same graph for Graphviz: fixed-size boxes (inches = px / 72), parent above child."""
    lines = ["digraph map {", "  node [shape=box, fixedsize=true, label=\"\"];", "  nodesep=0.4; ranksep=0.8;"]
    index = {i: k for k, i in enumerate(amap.ids())}
    for i, k in index.items():
        w, h = sizes[i]
        lines.append(f"  n{k} [width={w / 72:.3f}, height={h / 72:.3f}];")
    for link in amap.links():
        lines.append(f"  n{index[link.target]} -> n{index[link.source]};")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_dot(dot_file: Path) -> None:
    subprocess.run(["dot", "-Tplain", "-o", str(dot_file.with_suffix(".plain")), str(dot_file)],
                   check=True, timeout=DOT_TIMEOUT, capture_output=True)


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


def measure(n: int, folder: Path, export: list[str] | None, use_dot: bool) -> dict[str, object]:
    amap = generate_map(n, seed=0)
    map_file = folder / f"map-{n}.json"
    save(amap, map_file)
    sizes = estimated_sizes(amap)
    row: dict[str, object] = {"n": n, "links": len(amap.links())}
    row.update(time_in_fresh_process(map_file, 15 if n <= 1000 else 9, 7 if n <= 1000 else 5))
    few = 5 if n <= 5000 else 3  # 5,000 has a target: five runs for its median
    row["export"] = timed(lambda: run_export(export, map_file, folder / f"map-{n}.svg"), few) if export else None
    row["dot"] = None
    if use_dot:
        dot_file = folder / f"map-{n}.dot"
        write_dot(amap, sizes, dot_file)
        runs = 3 if n <= 1000 else 2 if n <= 5000 else 1  # dot takes tens of seconds at 10,000
        try:
            row["dot"] = timed(lambda: run_dot(dot_file), runs)
        except subprocess.TimeoutExpired:
            row["dot"] = DOT_TIMEOUT  # a float, not a list: "more than this"
    return row


def table(rows: list[dict[str, object]]) -> str:
    out = [
        "| statements | links | load | layout | layout in columns | SVG export (end to end) | dot -Tplain | dot / layout |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        dot = row["dot"]
        ratio, dot_cell = "n/a", cell(dot if isinstance(dot, list) else None, "n/a (no dot)")
        layout = statistics.median(row["layout"])
        if isinstance(dot, list):
            ratio = f"{statistics.median(dot) / layout:.0f}x"
        elif isinstance(dot, float):
            ratio, dot_cell = f"> {dot / layout:.0f}x", f"> {dot:.0f} s (timed out)"
        out.append(
            f"| {row['n']:,} | {row['links']:,} | {cell(row['load'])} | {cell(row['layout'])} | {cell(row.get('columns'))} | "
            f"{cell(row['export'])} | {dot_cell} | {ratio} |"
        )
    return "\n".join(out)


def verdicts(rows: list[dict[str, object]]) -> list[str]:
    by_n = {row["n"]: row for row in rows}
    lines = []
    if 10000 in by_n:
        row = by_n[10000]
        layout = statistics.median(row["layout"])
        lines.append(f"- layout of 10,000 within 150 ms: {'yes' if layout <= 0.150 else 'NO'} ({_ms(layout)})")
        dot = row["dot"]
        if dot is not None:
            ratio = (statistics.median(dot) if isinstance(dot, list) else dot) / layout
            more = "" if isinstance(dot, list) else "more than "
            lines.append(f"- layout at least 100x faster than dot at 10,000: {'yes' if ratio >= 100 else 'NO'} ({more}{ratio:.0f}x)")
        load_time = statistics.median(row["load"])
        lines.append(f"- load of 10,000 within 250 ms: {'yes' if load_time <= 0.250 else 'NO'} ({_ms(load_time)})")
    if 5000 in by_n and by_n[5000]["export"]:
        export = statistics.median(by_n[5000]["export"])
        lines.append(f"- SVG export of 5,000 within 1.5 s: {'yes' if export <= 1.5 else 'NO'} ({_ms(export)})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time load, layout, SVG export and Graphviz dot on synthetic maps.")
    parser.add_argument("--quick", action="store_true", help="only 100 and 1,000 statements")
    parser.add_argument("--worker", nargs=3, metavar=("MAP", "LAYOUT_RUNS", "LOAD_RUNS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(Path(args.worker[0]), int(args.worker[1]), int(args.worker[2]))
        return 0
    export = export_command()
    use_dot = shutil.which("dot") is not None
    sizes = QUICK_SIZES if args.quick else SIZES
    rows = []
    load_at_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="argmap-bench-") as folder:
        for n in sizes:
            print(f"measuring {n:,} statements...", file=sys.stderr, flush=True)
            rows.append(measure(n, Path(folder), export, use_dot))
    cores, load_now = os.cpu_count(), os.getloadavg()[0]
    print(f"Medians, minima in brackets; {cores} cores, load average {load_at_start:.1f} at the start, {load_now:.1f} at the end")
    print("(other processes inflate the medians; the minima are closer to an idle machine).")
    print("Layout uses box sizes estimated from text length; dot gets the same sizes and links.\n")
    print(table(rows))
    lines = verdicts(rows)
    if lines:
        print("\nTargets:")
        print("\n".join(lines))
    if export is None:
        print("\n(argmap export is not available here: SVG export shows n/a)")
    if not use_dot:
        print("\n(Graphviz dot is not installed: apt-get install graphviz)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
