#!/usr/bin/python3
"""What a screen reader gets from argmap, read over AT-SPI (the Linux accessibility bus) as Orca reads it.

    /usr/bin/python3 tools/atspi_check.py [--argmap .venv/bin/argmap] [--json] [MAP]

Starts its own X server (Xvfb) and D-Bus session (dbus-run-session), so it runs headless and
touches no desktop. In them it starts argmap with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` on the
example map, finds argmap's application on the AT-SPI bus, gives its window the X input focus
(what a window manager does on a click; Xvfb has none), presses Home (the main claim) and Down
(its first reply) through XTest as a keyboard would, and reads after each what a screen reader
would read: the focused object's role, name and description, and the events that make Orca
speak (focus, name and description changes). It also reads every toolbar's buttons. About 15 s.

Checks (exit 1 when one fails, with what was read): the focused object is the canvas and has
the keyboard focus; its name is the statement's kind and title (or text); its description
holds the text (when the name was the title), the strength and status, the relation to its
parent and the reply count, and repeats nothing of the name; a moving selection sends name
or focus events; no toolbar button is without a name.

Needs the system's python3 with PyGObject and the AT-SPI typelib (Debian: python3-gi,
gir1.2-atspi-2.0), at-spi2-core, dbus (dbus-run-session), xvfb and libXtst (libxtst6). Exit 77 (skipped) when one of
them is absent, saying which. tests/gui/test_atspi.py runs it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIP = 77
INNER = "ARGMAP_ATSPI_INNER"
NOT_CONNECTED = "Not connected to D-Bus server"  # Qt's words when the accessibility bus did not answer in time
KEYSYMS = {"Home": 0xFF50, "Down": 0xFF54, "Right": 0xFF53}
KINDS = ("Claim", "Reason", "Objection", "Rebuttal", "Evidence")
VERDICTS = ("stands", "weakened", "refuted", "unanswered", "not yet assessed", "weak", "unsettled")  # evaluation/verdict.py


def missing_tools() -> list[str]:
    """What this check needs and the system lacks (Debian package names)."""
    missing = [package for tool, package in (("Xvfb", "xvfb"), ("dbus-run-session", "dbus"))
               if shutil.which(tool) is None]
    if not any(Path(p).exists() for p in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")):
        missing.append("at-spi2-core")
    try:
        import gi

        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi  # noqa: F401
    except (ImportError, ValueError):
        missing.append(f"python3-gi gir1.2-atspi-2.0 (for this python: {sys.executable})")
    return missing


# ---------------------------------------------------------------- reading the bus
def atspi():
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi

    return Atspi


def pump(seconds: float) -> None:
    """Let AT-SPI deliver events for ``seconds``."""
    from gi.repository import GLib

    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.iteration(False):
            pass
        time.sleep(0.02)


def find_application(name: str, timeout: float, gave_up=lambda: False):
    """The application ``name`` on the bus once it has a window, or None after ``timeout`` s or when ``gave_up()``."""
    Atspi = atspi()  # noqa: N806  (the module's own name)
    end = time.monotonic() + timeout
    while time.monotonic() < end and not gave_up():
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_name() == name and app.get_child_count() > 0:
                return app
        pump(0.3)
    return None


def walk(obj, depth: int = 0, limit: int = 4000):
    """Every object under ``obj`` (depth first), as a screen reader's review mode walks it."""
    stack = [(obj, 0)]
    seen = 0
    while stack and seen < limit:
        node, level = stack.pop()
        seen += 1
        yield node, level
        if level > 30:
            continue
        try:
            count = node.get_child_count()
        except Exception:  # an object gone while walking
            continue
        for i in reversed(range(count)):
            child = node.get_child_at_index(i)
            if child is not None:
                stack.append((child, level + 1))


def describe(obj) -> dict:
    Atspi = atspi()  # noqa: N806  (the module's own name)
    states = obj.get_state_set()
    return {
        "role": obj.get_role_name(),
        "name": obj.get_name() or "",
        "description": obj.get_description() or "",
        "focused": states.contains(Atspi.StateType.FOCUSED),
        "focusable": states.contains(Atspi.StateType.FOCUSABLE),
    }


def canvas_of(app):
    """The canvas: the object that speaks for the statements, named "Argument map canvas" while nothing is
    selected (in English; in another language, the focused filler: the window opens with the canvas focused)."""
    Atspi = atspi()  # noqa: N806  (the module's own name)
    focused = None
    for obj, _ in walk(app):
        if (obj.get_name() or "") == "Argument map canvas" and obj.get_role_name() == "filler" \
                and obj.get_child_count() > 0:  # the view, not its viewport (which has the same name)
            return obj
        if focused is None and obj.get_role_name() == "filler" and obj.get_state_set().contains(Atspi.StateType.FOCUSED):
            focused = obj
    return focused


def focus_x_window(title_end: bytes) -> bool:
    """Give the X input focus to the top-level window whose title ends with ``title_end`` (what a window
    manager does when the user clicks a window; Xvfb has no window manager). libX11 through ctypes.

    Titles are compared as bytes: Qt writes WM_NAME in the compound-text encoding, where only ASCII
    stays as it is."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("X11")
    if name is None:
        return False
    x11 = ctypes.cdll.LoadLibrary(name)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
                               ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)), ctypes.POINTER(ctypes.c_uint)]

    class TextProperty(ctypes.Structure):
        _fields_ = [("value", ctypes.c_char_p), ("encoding", ctypes.c_ulong), ("format", ctypes.c_int),
                    ("nitems", ctypes.c_ulong)]

    x11.XGetWMName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(TextProperty)]
    x11.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
    ignore_errors = handler_type(lambda _display, _event: 0)  # Xlib's default handler exits the process
    x11.XSetErrorHandler(ignore_errors)
    display = x11.XOpenDisplay(None)
    if not display:
        return False
    try:
        root_return, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        x11.XQueryTree(display, x11.XDefaultRootWindow(display), ctypes.byref(root_return), ctypes.byref(parent),
                       ctypes.byref(children), ctypes.byref(count))
        for i in range(count.value):
            title = TextProperty()  # WM_NAME as Qt sets it (UTF8_STRING), raw
            if x11.XGetWMName(display, children[i], ctypes.byref(title)) and title.value \
                    and title.value.endswith(title_end) and not title.value.startswith(b"Qt "):
                x11.XSetInputFocus(display, children[i], 2, 0)  # RevertToParent, CurrentTime
                x11.XFlush(display)
                return True
        return False
    finally:
        x11.XCloseDisplay(display)


def press(key: str) -> None:
    """Press and release ``key`` as a keyboard would (XTest; AT-SPI's own key synthesis does not reach Qt under Xvfb)."""
    import ctypes
    import ctypes.util

    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    xtst = ctypes.cdll.LoadLibrary(ctypes.util.find_library("Xtst") or "libXtst.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XKeysymToKeycode.restype = ctypes.c_ubyte
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
    display = x11.XOpenDisplay(None)
    try:
        code = x11.XKeysymToKeycode(display, KEYSYMS[key])
        xtst.XTestFakeKeyEvent(display, code, 1, 0)
        xtst.XTestFakeKeyEvent(display, code, 0, 0)
        x11.XFlush(display)
    finally:
        x11.XCloseDisplay(display)


def toolbar_buttons(app) -> list[dict]:
    out = []
    for obj, _ in walk(app):
        if obj.get_role_name() == "tool bar":
            for i in range(obj.get_child_count()):
                child = obj.get_child_at_index(i)
                if child is not None and child.get_role_name() not in ("separator", "filler"):
                    out.append(describe(child) | {"toolbar": obj.get_name() or ""})
    return out


# ---------------------------------------------------------------- checks
def check_statement(read: dict, expect_kind: str | None, parent_relation: bool) -> list[str]:
    """What a screen reader would get wrong about the focused statement ``read`` (empty: nothing)."""
    problems = []
    name, description = read["name"], read["description"]
    kind, _, shown = name.partition(": ")
    if kind not in KINDS or not shown.strip():
        problems.append(f"the name {name!r} does not say the kind and the statement")
    if expect_kind and kind != expect_kind:
        problems.append(f"the name {name!r} should start with {expect_kind}")
    if not re.search(r"Strength \d\.\d\d \(base score \d\.\d\d\)", description):
        problems.append("the description gives no strength")
    if not re.search(rf"\(base score \d\.\d\d\), ({'|'.join(VERDICTS)})\.", description):
        problems.append("the description gives no verdict (the words the box shows)")
    if parent_relation and not re.search(r"(Supports|Attacks) “", description):
        problems.append("the description does not say what the statement bears on")
    if not parent_relation and "Main claim" not in description:
        problems.append("the description does not say it is the main claim")
    if not re.search(r"(\d+ repl(y|ies): |No replies)", description):
        problems.append("the description does not count the replies")
    if shown and shown.rstrip(".") in description:
        problems.append("the description repeats the name")
    if not read["focused"]:
        problems.append("the object that speaks does not have the keyboard focus")
    return problems


def run_inner(args: argparse.Namespace) -> int:
    Atspi = atspi()  # noqa: N806  (the module's own name)
    report: dict = {"steps": [], "problems": []}
    with tempfile.TemporaryDirectory() as tmp:
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, preexec_fn=_die_with_parent)
        app_process = None
        try:
            display = xvfb.stdout.readline().strip() if xvfb.stdout else ""
            if not display:
                print("Xvfb did not start", file=sys.stderr)
                return SKIP
            os.environ["DISPLAY"] = f":{display}"
            env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb",
                       XDG_CONFIG_HOME=f"{tmp}/config", XDG_DATA_HOME=f"{tmp}/data", XDG_CACHE_HOME=f"{tmp}/cache",
                       ARGMAP_LANGUAGE=args.language)
            env.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)
            Atspi.init()
            events: list[tuple[str, str, str]] = []

            def heard(event) -> None:
                with contextlib.suppress(Exception):  # the source may be gone already
                    events.append((event.type, event.source.get_role_name(), event.source.get_name() or ""))

            listener = Atspi.EventListener.new(heard)
            for kind in ("object:state-changed:focused", "object:property-change:accessible-name",
                         "object:property-change:accessible-description", "focus:"):
                listener.register(kind)
            Atspi.get_desktop(0).get_child_count()  # the accessibility bus and its registry up before argmap asks
            log = Path(tmp) / "argmap.log"
            app = None
            for _attempt in range(2):  # on a busy machine Qt may find the new bus not ready yet: once more then
                with log.open("w") as out:
                    app_process = subprocess.Popen([args.argmap, args.map], env=env, stdout=out, stderr=subprocess.STDOUT,
                                                   preexec_fn=_die_with_parent)
                app = find_application("argmap", timeout=90, gave_up=lambda: NOT_CONNECTED in log.read_text())
                if app is not None or NOT_CONNECTED not in log.read_text():
                    break
                stop(app_process)
            if app is None:
                report["problems"].append("argmap does not appear on the AT-SPI bus within 90 s")
                report["argmap_output"] = log.read_text()[-2000:]
                return finish(report, args)
            for _ in range(40):  # the window may be on the bus a moment before it is mapped with its title
                if focus_x_window(b" argmap"):  # "japan-nato-ukraine.json — argmap", not the 1x1 "argmap" leader
                    break
                pump(0.25)
            else:
                report["problems"].append("no X window titled '... — argmap' to give the focus to")
            pump(1.5)
            canvas = canvas_of(app)
            if canvas is None:
                report["problems"].append("no canvas object found (no object named 'Argument map canvas')")
                return finish(report, args)
            report["steps"].append({"step": "start"} | describe(canvas))
            if not report["steps"][-1]["focused"]:  # the window opens with the canvas focused, so keys act on the map
                report["problems"].append("at the start, the canvas does not have the keyboard focus")
            for key, kind, has_parent in (("Home", "Claim", False), ("Down", None, True)):
                events.clear()
                before = canvas.get_name()
                press(key)
                for _ in range(50):  # up to 10 s on a busy machine; the name changes when the selection moved
                    pump(0.2)
                    if canvas.get_name() != before:
                        break
                pump(0.5)  # the events that follow the change
                read = describe(canvas)
                report["steps"].append({"step": f"pressed {key}"} | read | {"events": sorted(set(events))})
                if args.language == "en":  # the wording checks read English
                    report["problems"] += [f"after {key}: {p}" for p in check_statement(read, kind, has_parent)]
                elif not (read["name"].strip() and read["description"].strip() and read["focused"]):
                    report["problems"].append(f"after {key}: no name, no description or no focus")
                if not any(e[0].startswith(("object:property-change:accessible-name", "object:state-changed:focused",
                                           "focus:")) for e in events):
                    report["problems"].append(f"after {key}: no name or focus event (a screen reader would stay silent)")
            buttons = toolbar_buttons(app)
            report["toolbar"] = [{"name": b["name"], "description": b["description"], "role": b["role"]} for b in buttons]
            if not buttons:
                report["problems"].append("no toolbar buttons found")
            for b in buttons:
                if not b["name"].strip():
                    report["problems"].append(f"a {b['role']} in the toolbar {b['toolbar']!r} has no name")
            return finish(report, args)
        finally:
            if app_process is not None:
                stop(app_process)
            xvfb.terminate()
            xvfb.wait(10)


def _die_with_parent() -> None:
    """In the child: end when this check ends, even when AT-SPI aborts it (libatspi calls abort() on a lost bus)."""
    import ctypes
    import signal

    ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def finish(report: dict, args: argparse.Namespace) -> int:
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        for step in report["steps"]:
            print(f"{step['step']}: [{step['role']}{', focused' if step['focused'] else ''}] {step['name']}")
            print(f"    description: {step['description']}")
            if step.get("events"):
                print(f"    events: {', '.join(sorted({e[0] for e in step['events']}))}")
        if "toolbar" in report:
            print("toolbar: " + "; ".join(b["name"] or "<no name>" for b in report["toolbar"]))
        for problem in report["problems"]:
            print(f"PROBLEM: {problem}")
        if "argmap_output" in report:
            print(report["argmap_output"])
        print("ok" if not report["problems"] else f"{len(report['problems'])} problem(s)")
    return 1 if report["problems"] else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("map", nargs="?", default=str(ROOT / "maps" / "japan-nato-ukraine.json"))
    parser.add_argument("--argmap", default=str(ROOT / ".venv" / "bin" / "argmap"), help="the argmap program to start")
    parser.add_argument("--json", action="store_true", help="print what was read as JSON")
    parser.add_argument("--language", default="en", help="the interface language (ARGMAP_LANGUAGE); the wording "
                        "checks need en, others only print what is read, e.g. --language ja maps/japan-nato-ukraine.ja.json")
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        print("skipped: the AT-SPI check needs " + ", ".join(missing), file=sys.stderr)
        return SKIP
    if os.environ.get(INNER) != "1":  # a private session bus: the accessibility bus starts on it, nothing leaks out
        # ... and a private runtime folder: at-spi-bus-launcher puts its socket there (else in ~/.cache, where
        # two checks at once, or a desktop session of the same user, would take each other's bus).
        with tempfile.TemporaryDirectory(prefix="argmap-atspi-") as runtime:
            os.chmod(runtime, 0o700)
            env = dict(os.environ, **{INNER: "1"}, XDG_RUNTIME_DIR=runtime)
            env.pop("DBUS_SESSION_BUS_ADDRESS", None)
            env.pop("AT_SPI_BUS_ADDRESS", None)
            return subprocess.run(["dbus-run-session", "--", sys.executable, *sys.argv], env=env, check=False).returncode
    return run_inner(args)


if __name__ == "__main__":
    sys.exit(main())
