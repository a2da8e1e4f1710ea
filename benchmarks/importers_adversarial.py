"""Importers on adversarial text (issue 14): the time to read each input, median of 3 runs.

    python benchmarks/importers_adversarial.py              # 200 KB inputs
    python benchmarks/importers_adversarial.py 20 aif-<     # 20 KB, one case

Each case is one long line (or one long AIF "text") of a repeated pattern that made a regular
expression rescan the rest of the line from every mark: time grew with the square of the
length. Now every importer is linear; an input that breaks a limit (a statement longer than
20,000 characters, a line or file over the limits in argmap.io.formats.common) is refused
with a message, which counts as answered. Run it against another checkout with PYTHONPATH=that/src.

Measured on the 2-core build machine (medians of 3), before (commit de1021b) -> after:

    input                        20 KB            40 KB / 100 KB     200 KB    990 KB
    AIF text, run of "<"         0.50 -> 0.000 s  6.8 s at 100 KB    0.002 s   0.010 s (5 MB: 0.046 s)
    Argdown " #(" repeated       2.30 -> 0.007 s  5.9 s at 40 KB     0.073 s   0.37 s
    Argdown "*a " / "_a "        2.84 / 2.03 -> 0.004 s              0.042 s   0.22 s
    Argdown "**a " / "__a "      4.04 / 3.02 -> 0.004 s  12.3 s at 40 KB  0.044 s   0.22 s
    Argdown "[" repeated         1.87 -> 0.004 s  6.7 s at 40 KB     0.038 s   0.18 s
    Argdown "[a](" repeated      0.46 -> 0.008 s                     0.078 s   0.40 s
    front matter, run of spaces  2.13 -> 0.000 s                     0.000 s   0.002 s

(The Argdown lines of 200 KB and more are refused: a statement's text is at most 20,000 characters;
over 1,000,000 characters the line itself is refused before parsing.)
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable

from argmap.file_errors import MapFileError
from argmap.io.formats.aif import parse_aif
from argmap.io.formats.argdown import parse_argdown


def _aif(run: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        text = (run * (n // len(run) + 1))[:n]
        return json.dumps({"nodes": [{"nodeID": "1", "type": "I", "text": "a"}], "edges": [], "text": text})

    return make


def _argdown(pattern: str) -> Callable[[int], str]:
    return lambda n: "[T]: " + (pattern * (n // len(pattern) + 1))[:n] + "\n"


CASES: dict[str, tuple[Callable, Callable[[int], str]]] = {
    "aif-<": (parse_aif, _aif("<")),
    "argdown-' #('": (parse_argdown, _argdown(" #(")),
    "argdown-'*a '": (parse_argdown, _argdown("*a ")),
    "argdown-'**a '": (parse_argdown, _argdown("**a ")),
    "argdown-'_a '": (parse_argdown, _argdown("_a ")),
    "argdown-'__a '": (parse_argdown, _argdown("__a ")),
    "argdown-'['": (parse_argdown, _argdown("[")),
    "argdown-'[a]('": (parse_argdown, _argdown("[a](")),
    "argdown-front-matter-spaces": (parse_argdown, lambda n: "===\ntitle: a" + " " * n + "b\n===\n[A]: x\n"),
}


def main(argv: list[str]) -> None:
    size = int(argv[0]) * 1000 if argv else 200_000
    for name in argv[1:] or list(CASES):
        read, make = CASES[name]
        data = make(size)
        times, answer = [], ""
        for _ in range(3):
            start = time.perf_counter()
            try:
                read(data, "adversarial")
                answer = "imported"
            except MapFileError as exc:
                answer = f"refused: {exc.reason}"
            except Exception as exc:  # a crash is reported, not hidden (issue 14, part 4)
                answer = f"crashed: {type(exc).__name__}"
            times.append(time.perf_counter() - start)
        print(f"{name:30} {size // 1000:>5} KB  median {statistics.median(times):8.3f} s  {answer}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
