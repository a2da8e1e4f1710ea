"""``argmap desktop install|uninstall``: argmap in the desktop's menu, with its icon and its file type, per user."""

from __future__ import annotations

import argparse

from argmap.cli.command import INVALID, OK, Command, report, say
from argmap.cli.language import N, tr


def setup(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=("install", "uninstall"),
                   help=tr("install: a menu entry, icons and the .argmap file type under $XDG_DATA_HOME "
                        "(~/.local/share); uninstall: remove them"))


def run(args: argparse.Namespace) -> int:
    from argmap.cli import desktop_files

    try:
        done = desktop_files.install() if args.action == "install" else desktop_files.uninstall()
    except OSError as exc:
        report(f"argmap desktop {args.action}: {exc}")
        return INVALID
    for note in done.notes:
        report(f"argmap desktop {args.action}: {note}")
    verb = "wrote" if args.action == "install" else "removed"
    say(f"{verb} {len(done.files)} files under {desktop_files.data_home()}")
    if args.action == "install":
        say(f"argmap is in the menu; double-click a {desktop_files.EXTENSION} map to open it")
    return OK


DESKTOP = Command("desktop", N("put argmap in the desktop menu with its icon and its .argmap file type (per user)"), setup, run)
