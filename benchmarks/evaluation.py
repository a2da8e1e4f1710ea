"""Evaluation benchmark: full evaluation at 10,000 and 50,000 statements, acyclic and with cycles,
and the update after one edit at 10,000 (what the editor does after each edit).

    python benchmarks/evaluation.py          # also run by ``make bench`` (benchmarks/run.py)

The maps are ``benchmarks/generate.py``'s; the cyclic ones get 1 % more links that point
back down the tree (an ancestor replying to a descendant a few steps below it) and 0.2 %
between random statements, which join thousands of statements into one big cycle.
"""

from __future__ import annotations

import gc
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argmap.evaluation import evaluate, find_issues
from argmap.model import ArgumentMap
from benchmarks.generate import generate_map

SIZES = (10_000, 50_000)
RUNS = 3


def cyclic_map(n: int, seed: int = 0) -> ArgumentMap:
    """``generate_map(n)`` with links back down the tree, so that it has small cycles and one big one."""
    amap = generate_map(n, seed)
    rng = random.Random(seed + 1)
    ids = amap.ids()
    relations = ("support", "attack")
    for _ in range(n // 100):
        below = ids[rng.randrange(len(ids))]
        above = below
        for _step in range(rng.randint(1, 4)):
            parents = amap.parents(above)
            if not parents:
                break
            above = parents[0]
        if above != below and not amap.has_link(above, below) and not amap.has_link(below, above):
            amap.connect(above, below, rng.choice(relations))
    for _ in range(n // 500):
        a, b = rng.sample(ids, 2)
        if not amap.has_link(a, b) and not amap.has_link(b, a):
            amap.connect(a, b, rng.choice(relations))
    return amap


def timed(action: Callable[[], object], runs: int = RUNS) -> list[float]:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def _cell(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:,.0f} ms ({min(times) * 1000:,.0f})"


def measure() -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for n in SIZES:
        for shape, make in (("acyclic", generate_map), ("with cycles", cyclic_map)):
            amap = make(n)
            ev = evaluate(amap)
            largest = max(
                (len(c) for c in __import__("argmap.evaluation.solve", fromlist=["components"]).components(ev.graph)),
                default=0,
            )
            note = f"{len(ev.unsettled)} unsettled, {ev.solution.rounds} rounds, residual {ev.solution.residual:.1g}, " \
                   f"largest cycle {largest:,}"
            rows.append((f"{n:,} {shape}: full evaluation", _cell(timed(lambda amap=amap: evaluate(amap))), note))
            if n == SIZES[0]:
                rows.append((f"{n:,} {shape}: findings", _cell(timed(lambda amap=amap, ev=ev: find_issues(amap, ev))), ""))
                leaf = next(i for i in reversed(amap.ids()) if not amap.children(i))
                edits: list[float] = []
                for score in [0.9, 0.1, 0.7][:RUNS]:
                    previous = evaluate(amap)
                    amap.update(leaf, score=score)
                    gc.collect()
                    start = time.perf_counter()
                    evaluate(amap, previous=previous, changed={leaf}, structure=False)
                    edits.append(time.perf_counter() - start)
                rows.append((f"{n:,} {shape}: update after one edit (a leaf's score)", _cell(edits), "only what the edit reaches"))
    return rows


def editor_edit(n: int = SIZES[0]) -> tuple[str, str, str]:
    """In the editor's evaluation (gui/live_evaluation.py) on a map with cycles: how long adding a statement
    keeps the GUI thread, and how long until its result is applied (a worker thread evaluates it)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from argmap.gui.live_evaluation import LiveEvaluation

    app = QCoreApplication.instance() or QCoreApplication([])
    amap = cyclic_map(n)
    live = LiveEvaluation()
    live.want_findings = True
    live.set_map(amap)  # the first evaluation, on the GUI thread, measures the cost
    returns, ready = [], []
    for k in range(RUNS):
        parent = amap.ids()[k * 7 + 1]
        start = time.perf_counter()
        amap.add("objection", f"A new objection {k}", parent=parent)
        live.refresh()  # what the zero timer does after the edit
        returns.append(time.perf_counter() - start)
        loop = QEventLoop()
        live.updated.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        if live.busy:
            loop.exec()
        live.updated.disconnect(loop.quit)
        ready.append(time.perf_counter() - start)
    live.detach()
    del app
    return (f"{n:,} with cycles, in the editor: adding a statement returns control", _cell(returns),
            f"result applied after {_cell(ready)}, findings included")


def main() -> int:
    print("Evaluation (strengths, verdicts, grounded labels; medians, minima in brackets):\n")
    print("| what | time | note |\n| --- | --- | --- |")
    for what, time_cell, note in [*measure(), editor_edit()]:
        print(f"| {what} | {time_cell} | {note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
