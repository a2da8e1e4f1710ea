"""``make stress``: fuzz every importer and the JSON loader, then kill -9 saves, for a fixed time budget.

    STRESS_SECONDS=600 python stress/run.py      # the default: 10 minutes, three quarters fuzzing
    python stress/run.py --seconds 60 --seed 7

Not part of ``make test`` (it runs for minutes). Prints the counts (inputs tried, answered, refused
cleanly, tracebacks, slowest input, time per input; kills, files checked, torn files) and fails
(exit 1) on any traceback, hang, input over 2 s, message not naming its file, torn file or temp file
left behind. Inputs that fail are saved in stress/out/ to be replayed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "src")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("STRESS_SECONDS", 600)),
                        help="the whole budget (default: $STRESS_SECONDS or 600)")
    parser.add_argument("--seed", type=int, default=int(os.environ.get("STRESS_SEED", time.time_ns() % 100_000)),
                        help="random seed of the mutations and kill moments (default: $STRESS_SEED or the clock)")
    parser.add_argument("--crash-share", type=float, default=0.25, help="part of the budget for the crash test")
    parser.add_argument("--statements", type=int, default=10_000, help="size of the map the crash test saves")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="where failing inputs are saved")
    args = parser.parse_args(argv)

    import crashes
    import fuzzing

    fuzz_seconds = args.seconds * (1 - args.crash_share)
    crash_seconds = args.seconds - fuzz_seconds
    print(f"make stress: {args.seconds:.0f} s, seed {args.seed}", flush=True)
    work = Path(tempfile.mkdtemp(prefix="argmap-stress-"))
    try:
        started = time.monotonic()
        tally = fuzzing.fuzz(fuzz_seconds, work / "fuzz", args.out, args.seed, say=_say) if fuzz_seconds > 0 else None
        fuzz_spent = time.monotonic() - started
        started = time.monotonic()
        crash = crashes.crash_test(crash_seconds, work / "crash", args.seed, args.statements, say=_say) \
            if crash_seconds > 0 else None
        crash_spent = time.monotonic() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)
    failed = False
    if tally is not None:
        print("\n== fuzzing (importers and the JSON loader)")
        print("\n".join(fuzzing.report(tally, fuzz_spent)))
        failed |= bool(tally.tracebacks or tally.hangs or tally.slow or tally.bad_messages)
    if crash is not None:
        print("\n== crash consistency (kill -9 during saves and autosaves)")
        print("\n".join(crashes.report(crash, crash_spent)))
        failed |= bool(crash.torn or crash.temp_left_at_end)
    print("\nFAILED" if failed else "\nok: no traceback, no hang, no input over 2 s, no torn file")
    return 1 if failed else 0


def _say(text: str) -> None:
    print(text, flush=True)


if __name__ == "__main__":
    sys.exit(main())
