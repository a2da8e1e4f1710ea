"""Importing large and adversarial files in the editor: how long, and how long the window stops answering.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_import.py

File > Import reads in a worker thread (argmap.gui.import_worker); the window's event loop keeps
running. For each file this prints the time until the map is shown (or refused) and the longest gap
between the ticks of a 10 ms timer while it is read: the longest moment the window could not repaint
or answer. (Reading holds Python's GIL in stretches; laying out and drawing the new map happen on
the GUI thread afterwards and are not part of the reading.)
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1])]


def cases(folder: Path) -> dict[str, Path]:
    from argmap.io.formats import WRITERS
    from benchmarks.generate import generate_map

    files: dict[str, str | bytes] = {}
    hashes = "".join(f"[T{n}]: " + " #(" * 5000 + "\n" for n in range(66))  # 1 MB: the old quadratic tag scan
    files["argdown 1 MB, ' #(' runs"] = hashes
    files["argdown 1 MB, '**a ' runs"] = "".join(f"[T{n}]: " + "**a " * 4000 + "\n" for n in range(62))
    files["argdown 1 MB, one line of '['"] = "[T]: " + "[" * 1_000_000 + "\n"
    files["aif 5 MB, a text of '<'"] = json.dumps({"nodes": [{"nodeID": "1", "type": "I", "text": "a"}], "edges": [],
                                                   "text": "<" * 5_000_000})
    files["aif 5 MB, 2,000 texts of '<'"] = json.dumps({"nodes": [{"nodeID": str(n), "type": "I", "text": "<" * 2500}
                                                                  for n in range(2000)], "edges": []})
    big = generate_map(10_000, seed=1)
    for fmt in ("argdown", "aif", "graphml", "kialo"):
        files[f"{fmt}, 10,000 statements"] = WRITERS[fmt](big)
    suffix = {"argdown": ".argdown", "aif": ".aif.json", "graphml": ".graphml", "kialo": ".txt"}
    paths = {}
    for n, (name, text) in enumerate(files.items()):
        path = folder / f"case{n}{suffix[name.split()[0].rstrip(',')]}"
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        paths[name] = path
    return paths


def main() -> None:
    from PySide6.QtCore import QTimer

    from argmap.gui import dialogs
    from argmap.gui.app import make_application

    app = make_application()
    from PySide6.QtWidgets import QMessageBox

    from argmap.gui.main_window import WINDOWS, MainWindow

    answers: list[str] = []
    QMessageBox.warning = staticmethod(lambda parent, title, text, *a, **k: answers.append(text.split(": ", 1)[-1][:60]))  # type: ignore[method-assign]
    dialogs.show_import_notes = lambda parent, name, items: answers.append(f"{len(items)} note(s)")  # type: ignore[assignment]
    window = MainWindow()
    window.show()
    app.processEvents()
    with tempfile.TemporaryDirectory() as folder:
        for name, path in cases(Path(folder)).items():
            ticks: list[float] = []
            timer = QTimer()
            timer.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
            timer.start(10)
            answers.clear()
            window.document.stack.setClean()
            window.document._unsaved_since_open = False
            start = time.perf_counter()
            ticks.append(start)
            read = [False]

            def reading(real=window.files._read, read=read):  # the end of the reading, before layout
                def wrapped(*args):
                    result = real(*args)
                    read[0] = time.perf_counter()
                    return result
                return wrapped

            window.files._read = reading()  # type: ignore[method-assign]
            window.files.import_path(path)
            timer.stop()
            end = read[0] or time.perf_counter()
            gaps = [b - a for a, b in zip(ticks, [*ticks[1:], end], strict=False) if b <= end]
            answer = answers[0] if answers else f"{len(window.document.amap):,} statements"
            print(f"{name:34} {path.stat().st_size / 2**20:5.1f} MiB  read in {end - start:5.2f} s, "
                  f"longest pause {max(gaps) * 1000:5.0f} ms  ({answer})", flush=True)
            del window.files._read
    for w in list(WINDOWS):
        w.document.stack.setClean()
        w.document._unsaved_since_open = False
        w.close()


if __name__ == "__main__":
    main()
