"""Zoom and scroll a large map in a real window and time every frame (a benchmark, not a test).

    xvfb-run -a -s "-screen 0 1920x1200x24" python benchmarks/gui_live.py            # 10,000 statements
    xvfb-run -a -s "-screen 0 1920x1200x24" python benchmarks/gui_live.py --size 50000

Under a real X server (Xvfb: no GPU, as on the 2-core machine) the canvas repaints as it
does for a user: a scroll moves the pixels already there and paints the strip that comes
into view, a zoom repaints everything, far out the map is one kept image. The script opens
a generated map (``benchmarks/generate.py``, seed 0) in an editor window with a canvas of
about 1,600 x 1,000 pixels and drives it from timers, as fast as the frames come: steps of
Ctrl+wheel zoom from 100 % out to the whole map and back in, wheel scrolls down and
right, and drags with the middle button. For every step it prints how long the step took
until its frame was on screen, and for every frame the time spent painting it (CPU time of
the GUI thread, so other jobs on the machine count less); then the median and the worst.
A step over 50 ms is a visible stall.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CANVAS = (1600, 1000)
STALL_MS = 50.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Zoom and scroll a generated map in a real window; time every frame.")
    parser.add_argument("--size", type=int, default=10000, help="statements in the generated map")
    parser.add_argument("--map", type=Path, help="a map file to use instead of a generated one")
    parser.add_argument("--profile", metavar="WORD", help="print a profile (cProfile) of the steps whose name has WORD")
    args = parser.parse_args(argv)
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen":
        print("run this under a real X server (xvfb-run), not offscreen", file=sys.stderr)
        return 2

    from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QSettings, QStandardPaths, Qt, QTimer
    from PySide6.QtGui import QMouseEvent, QWheelEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    scratch = tempfile.TemporaryDirectory(prefix="argmap-live-")  # settings and the generated map, removed at exit
    settings_dir = str(Path(scratch.name) / "settings")
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("argmap-bench")
    QCoreApplication.setApplicationName("argmap-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)

    from argmap.gui.canvas.view import MapView
    from argmap.gui.main_window import MainWindow
    from argmap.io import save

    map_file = args.map
    if map_file is None:
        from benchmarks.generate import generate_map

        map_file = Path(scratch.name) / f"map-{args.size}.json"
        save(generate_map(args.size, seed=0), map_file)

    # Every frame of the canvas: CPU time of the GUI thread and wall time spent in its paintEvent.
    frames: list[tuple[float, float]] = []
    painted_at = [0.0]
    original_paint = MapView.paintEvent

    def timed_paint(self, event) -> None:
        cpu, wall = time.thread_time(), time.perf_counter()
        original_paint(self, event)
        frames.append((time.thread_time() - cpu, time.perf_counter() - wall))
        painted_at[0] = time.perf_counter()

    MapView.paintEvent = timed_paint  # type: ignore[method-assign]

    window = MainWindow()
    window.show()
    app.processEvents()
    view = window.view
    viewport = view.viewport()
    window.resize(CANVAS[0] + window.width() - viewport.width(), CANVAS[1] + window.height() - viewport.height())
    start = time.perf_counter()
    assert window.files.open_path(map_file)
    live = window.evaluator.live
    while window.outline.is_filling() or getattr(live, "stale", False):
        app.processEvents()
        time.sleep(0.001)
    print(f"opened {map_file.name} in {time.perf_counter() - start:.1f} s; canvas {viewport.width()} x {viewport.height()}")

    amap, scene = window.document.amap, window.scene
    top = amap.main_claims()[0] if amap.main_claims() else amap.ids()[0]
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)

    def wheel(dy: int, *, ctrl: bool, dx: int = 0) -> None:
        modifiers = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
        event = QWheelEvent(
            centre,
            view.mapToGlobal(centre.toPoint()).toPointF(),
            QPoint(),
            QPoint(dx, dy),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, event)

    def mouse(kind: QEvent.Type, x: float, y: float, buttons: Qt.MouseButton) -> None:
        pos = QPointF(x, y)
        event = QMouseEvent(
            kind, pos, view.mapToGlobal(pos.toPoint()).toPointF(), Qt.MouseButton.MiddleButton, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(viewport, event)

    def start_at_100() -> None:
        view.set_zoom(1.0)
        box = scene.item_for(top).scene_box()
        view.centerOn(box.center().x(), box.top() + viewport.height() / 2 - 40)

    steps: list[tuple[str, object]] = [("100 % over the main claim", start_at_100)]
    zoom_outs = 0
    zoom = 1.0
    while zoom > 0.06:  # Ctrl+wheel out to far beyond the fitted map
        steps.append((f"zoom out to {zoom / 1.2:.0%}", lambda: wheel(-120, ctrl=True)))
        zoom /= 1.2
        zoom_outs += 1
    steps.append(("fit the map", view.fit_map))
    steps += [(f"zoom in step {k + 1}", lambda: wheel(120, ctrl=True)) for k in range(zoom_outs)]
    steps += [(f"scroll down {k + 1}", lambda: wheel(-120, ctrl=False)) for k in range(20)]
    steps += [(f"scroll right {k + 1}", lambda: wheel(0, ctrl=False, dx=-120)) for k in range(20)]
    steps.append(("press the middle button", lambda: mouse(QEvent.Type.MouseButtonPress, 800, 500, Qt.MouseButton.MiddleButton)))
    steps += [
        (f"drag {k + 1}", lambda k=k: mouse(QEvent.Type.MouseMove, 800 - 23 * (k + 1), 500 - 11 * (k + 1), Qt.MouseButton.MiddleButton))
        for k in range(30)
    ]
    steps.append(("release", lambda: mouse(QEvent.Type.MouseButtonRelease, 110, 170, Qt.MouseButton.NoButton)))

    import cProfile
    import pstats

    profiler = cProfile.Profile()
    results: list[tuple[str, float, float, int]] = []  # step, ms until its frame was painted, CPU ms, frames painted
    state = {"i": 0, "t": 0.0, "cpu": 0.0, "frames": 0}
    timer = QTimer()
    timer.setInterval(0)

    def next_step() -> None:
        i = state["i"]
        if i > 0:  # the previous step is done when the event loop is idle again after its frame
            name = steps[i - 1][0]
            profiler.disable()
            took, cpu = (time.perf_counter() - state["t"]) * 1000, (time.thread_time() - state["cpu"]) * 1000
            results.append((name, took, cpu, len(frames) - state["frames"]))
        if i == len(steps):
            timer.stop()
            app.quit()
            return
        state.update(i=i + 1, t=time.perf_counter(), cpu=time.thread_time(), frames=len(frames))
        if args.profile and args.profile in steps[i][0]:
            profiler.enable()
        steps[i][1]()  # type: ignore[operator]  # its frame comes from the event loop, as for a user

    # One step per turn of the event loop: a zero timer fires once the events queued before it (the frame) are done.
    timer.timeout.connect(next_step)
    frames.clear()
    QTimer.singleShot(500, timer.start)
    app.exec()

    if args.profile:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    print(f"\n{'step':32} {'until shown':>12} {'CPU':>9} {'frames':>6}")
    for name, ms, cpu_ms, n in results:
        mark = "  <- stall" if ms > STALL_MS else ""
        print(f"{name:32} {ms:9.1f} ms {cpu_ms:6.1f} ms {n:6d}{mark}")
    step_ms = [ms for _, ms, _, _ in results]
    step_cpu = [c for _, _, c, _ in results]
    cpu = [c * 1000 for c, _ in frames]
    wall = [w * 1000 for _, w in frames]
    print(
        f"\n{len(results)} steps: median {statistics.median(step_ms):.1f} ms, worst {max(step_ms):.1f} ms until shown; "
        f"{sum(ms > STALL_MS for ms in step_ms)} over {STALL_MS:.0f} ms; CPU of the GUI thread per step: median "
        f"{statistics.median(step_cpu):.1f} ms, worst {max(step_cpu):.1f} ms, {sum(c > STALL_MS for c in step_cpu)} over "
        f"{STALL_MS:.0f} ms"
    )
    print(
        f"{len(frames)} frames painted: CPU median {statistics.median(cpu):.1f} ms, worst {max(cpu):.1f} ms; "
        f"wall median {statistics.median(wall):.1f} ms, worst {max(wall):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
