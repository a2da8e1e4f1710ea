"""How fluid the editor is on large maps: ``make bench-gui`` (a benchmark, not a test).

    python benchmarks/gui.py                 # 1,000, 10,000 and 50,000 statements
    python benchmarks/gui.py --sizes 1000 10000 --rounds 5

For each size, a fresh Python process generates the map (``benchmarks/generate.py``, seed
0), saves it, opens it in an offscreen editor window as a user does (File > Open) and
times, each several times (min and median):

- **open**: from File > Open (in an editor that opened a small map before) until the window has
  painted the map's start view (the event loop's turn that paints it is over), and until the
  outline and the strengths (computed on a worker thread) are complete too, and the canvas has
  filed the picture's parts by where they lie (when idle, after the first paint; the outline makes
  its rows when they are shown, so it is at once);
  **memory**: what the process grew by while opening (and at the end of the run, once the idle
  readying for edits is done: the picture's frames and indexes for the next edits);
- **frame, fitted** / **frame, 100 %**: painting the canvas with the whole map in view, and
  at 100 % over the main claim (``viewport().grab()``: every item Qt paints);
- **keystroke**: one key typed into a box being edited, until the event loop is idle again;
- **hover**: the mouse moved onto another box, until idle;
- **edit**: one undoable edit (a statement's text changed, a reason added, a leaf deleted:
  taken in turn) until the canvas shows it, and until the strengths on the boxes are
  current too (the evaluation may wait for a pause in the typing: that wait counts);
  **undo**: then the last few of those edits undone one by one, each until the strengths are current.

It also prints the time of a fixed pure-Python loop: figures from machines whose loop time
differs are not comparable (the 2-core development machine: about 0.1 s when quiet).
Offscreen (``QT_QPA_PLATFORM=offscreen``), canvas about 1,600 x 1,000 pixels.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SIZES = (1000, 10000, 50000)
ROUNDS = 5
CANVAS = (1600, 1000)
CALIBRATION_N = 1_000_000


def calibration() -> float:
    """Seconds of a fixed loop of plain Python (the median of five)."""
    times = []
    for _ in range(5):
        start = time.perf_counter()
        total = 0
        for i in range(CALIBRATION_N):
            total += i * i % 7
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def rss_mb() -> float:
    """Resident memory of this process now, in MB (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def worker(map_file: Path, rounds: int) -> dict[str, object]:
    """Open ``map_file`` in an editor window here and time what the module docstring lists."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSettings, QStandardPaths, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    settings_dir = str(map_file.with_name("settings"))  # inside the run's temporary folder: removed with it
    QStandardPaths.setTestModeEnabled(True)  # the user's settings and recent files stay untouched
    QCoreApplication.setOrganizationName("argmap-bench")
    QCoreApplication.setApplicationName("argmap-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)

    from argmap.gui.main_window import MainWindow

    def idle() -> None:
        for _ in range(3):
            app.processEvents()

    window = MainWindow()
    window.show()
    idle()
    extra_w = window.width() - window.view.viewport().width()
    extra_h = window.height() - window.view.viewport().height()
    window.resize(CANVAS[0] + extra_w, CANVAS[1] + extra_h)
    idle()
    # A small map first: a user opening a big map in a running editor has paid the imports already.
    from argmap.io import save
    from argmap.model import ArgumentMap

    warm = ArgumentMap("Warm-up")
    warm.add("support", "A reason.", parent=warm.add("claim", "A claim.").id)
    save(warm, map_file.with_name("warm-up.json"))
    assert window.files.open_path(map_file.with_name("warm-up.json"))
    idle()
    class FirstPaint(QObject):
        """Tells when the canvas has been painted since it was last asked."""

        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    first_paint = FirstPaint()
    window.view.viewport().installEventFilter(first_paint)
    before = rss_mb()
    start = time.perf_counter()
    assert window.files.open_path(map_file)
    first_paint.painted = False
    # The canvas shows the map once the event loop's turn that painted it is over (later turns bring the strengths
    # from the worker thread: timed below, with the outline).
    for _ in range(100):
        app.processEvents()
        if first_paint.painted:
            break
    opened = time.perf_counter() - start
    window.view.viewport().removeEventFilter(first_paint)
    idle()
    live = window.evaluator.live
    # The strengths come from a worker thread, a large map's outline rows just after its first paint (is_filling()), and
    # the canvas files the picture's parts by where they lie when idle (filing_pending): a frame or a key timed meanwhile
    # would time those too.
    while window.outline.is_filling() or getattr(live, "stale", False) or window.scene.filing_pending():
        app.processEvents()
        time.sleep(0.001)
    outlined = time.perf_counter() - start
    idle()
    memory = rss_mb() - before
    scene, view = window.scene, window.view
    amap = window.document.amap
    viewport = view.viewport()
    result: dict[str, object] = {
        "open": [opened], "outline": [outlined], "memory_mb": memory, "canvas": [viewport.width(), viewport.height()],
    }

    def times(action: Callable[[], object], n: int = rounds) -> list[float]:
        out = []
        for _ in range(n):
            t = time.perf_counter()
            action()
            out.append(time.perf_counter() - t)
        return out

    view.fit_map()
    idle()
    result["frame_fitted"] = times(viewport.grab)
    top = amap.main_claims()[0] if amap.main_claims() else amap.ids()[0]
    view.set_zoom(1.0)
    box = scene.item_for(top).scene_box()
    view.centerOn(box.center().x(), box.top() + viewport.height() / 2 - 40)
    idle()
    result["frame_100"] = times(viewport.grab)

    # hover: the mouse onto the boxes in view, one after another
    visible = view.mapToScene(viewport.rect()).boundingRect()
    in_view = [i for i in scene.items(visible) if hasattr(i, "statement_id") and hasattr(i, "scene_box")][:rounds * 2]
    points = [view.mapFromScene(i.scene_box().center()) for i in in_view] or [QPoint(10, 10)]
    result["hover"] = times(lambda: (QTest.mouseMove(viewport, points.pop() if points else QPoint(5, 5)), idle()))

    # keystrokes into a box being edited
    editor = scene.start_inline_edit(top)
    idle()
    target = app.focusWidget() or viewport
    result["keystroke"] = times(lambda: (QTest.keyClick(target, Qt.Key.Key_A), idle()), rounds * 2)
    if editor is not None:
        QTest.keyClick(target, Qt.Key.Key_Escape)
    idle()

    def until_current(start: float) -> tuple[float, float]:
        """Seconds from ``start`` until the canvas shows an edit, and until the strengths are current too."""
        while scene.relayout_pending:
            app.processEvents()
        app.processEvents()
        canvas = time.perf_counter() - start
        deadline = start + 30
        while getattr(live, "stale", False) and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        return canvas, time.perf_counter() - start

    # edits: text, add, delete in turn, each one undoable command
    from argmap.gui.commands.statements import AddStatement, DeleteStatements, UpdateStatement

    rng = random.Random(0)
    ids = amap.ids()
    canvas_times: list[float] = []
    both_times: list[float] = []
    for k in range(rounds * 3):
        leaves = [i for i in rng.sample(ids, 50) if i in amap and not amap.children(i)]
        some = rng.choice([i for i in ids if i in amap])
        if k % 3 == 0:
            command = UpdateStatement(amap, some, text=amap.statement(some).text + " And one more clause to wrap.")
        elif k % 3 == 1:
            command = AddStatement(amap, "support", "A new reason, typed in.", parent=some)
        else:
            command = DeleteStatements(amap, leaves[:1] or [some])
        start = time.perf_counter()
        window.editor.execute(command)
        canvas, both = until_current(start)
        canvas_times.append(canvas)
        both_times.append(both)
        idle()
    result["edit_canvas"] = canvas_times
    result["edit_evaluated"] = both_times

    # undo: the last edits undone one by one (a delete put back, an add taken away, a text restored...)
    undo_times: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        window.document.stack.undo()
        undo_times.append(until_current(start)[1])
        idle()
    result["undo"] = undo_times
    # what it holds once the idle readying for edits (frames, indexes) is done too, after the edits
    deadline = time.perf_counter() + 60
    while scene._readying.isActive() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    result["memory_end_mb"] = rss_mb() - before
    window.document.stack.setClean()
    window.document._unsaved_since_open = False
    window.close()
    return result


def cell(values: object, unit: str = "ms") -> str:
    if not isinstance(values, list) or not values:
        return "n/a"
    low, mid = min(values), statistics.median(values)
    if unit == "max":  # "every edit" is a goal: the slowest one, not only the median
        return f"{max(values) * 1000:.1f} ms"
    if unit == "s":
        return f"{mid:.2f} s ({low:.2f})" if len(values) > 1 else f"{mid:.2f} s"
    return f"{mid * 1000:.1f} ms ({low * 1000:.1f})"


ROWS = [
    ("open", "open (the canvas shows the map)", "s"),
    ("outline", "open, outline, strengths and the canvas's index complete too", "s"),
    ("memory_mb", "memory", "MB"),
    ("memory_end_mb", "memory at the end of the run (readied for edits, after them)", "MB"),
    ("frame_fitted", "frame, whole map fitted", "ms"),
    ("frame_100", "frame at 100 %", "ms"),
    ("keystroke", "keystroke while typing", "ms"),
    ("hover", "hover onto a box", "ms"),
    ("edit_canvas", "edit until the canvas shows it", "ms"),
    ("edit_evaluated", "edit until the strengths are current too", "ms"),
    ("edit_evaluated", "the slowest of those edits", "max"),
    ("undo", "undo of one of those edits, until the strengths are current", "ms"),
    ("undo", "the slowest of those undos", "max"),
]


def table(results: dict[int, dict[str, object]]) -> str:
    sizes = sorted(results)
    out = ["| statements | " + " | ".join(f"{n:,}" for n in sizes) + " |", "|---|" + "---:|" * len(sizes)]
    for key, label, unit in ROWS:
        cells = []
        for n in sizes:
            value = results[n].get(key)
            cells.append(f"{value:.0f} MB" if unit == "MB" and isinstance(value, float) else cell(value, unit))
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the editor on generated maps of 1k, 10k and 50k statements.")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="repetitions of each measurement")
    parser.add_argument("--worker", nargs=2, metavar=("MAP", "ROUNDS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(Path(args.worker[0]), int(args.worker[1]))))
        return 0
    from argmap.io import save
    from benchmarks.generate import generate_map

    loop = calibration()
    load_at_start = os.getloadavg()[0]
    results: dict[int, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="argmap-bench-gui-") as folder:
        for n in args.sizes:
            print(f"measuring {n:,} statements...", file=sys.stderr, flush=True)
            map_file = Path(folder) / f"map-{n}.json"
            save(generate_map(n, seed=0), map_file)
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(map_file), str(args.rounds)]
            done = subprocess.run(command, capture_output=True, text=True, env=env)
            if done.returncode != 0:
                print(f"{n:,} statements failed:\n{done.stderr.strip()}", file=sys.stderr)
                continue
            results[n] = json.loads(done.stdout.strip().splitlines()[-1])
    canvas = next(iter(results.values()))["canvas"] if results else CANVAS
    print(f"Calibration loop: {loop:.3f} s; {os.cpu_count()} cores, load average {load_at_start:.1f} at the start, "
          f"{os.getloadavg()[0]:.1f} at the end; canvas {canvas[0]} x {canvas[1]} px, offscreen.")
    print(f"Medians of {args.rounds} (edits: {args.rounds * 3}, keystrokes: {args.rounds * 2}), minima in brackets.\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
