"""The language of the command line's words: ``--language ja|en``, else the editor's choice.

``argmap check``, ``explain``, ``brief``, ``export`` and ``info`` say what they
say in the language the editor would show (``drawing/language.py``: ``ARGMAP_LANGUAGE``, then
View > Language, then the system locale), unless ``--language`` names one. Their words go
through the editor's translators (the same ``.qm``), installed by :func:`speak`. ``--json``
stays English: it is a contract for scripts (docs/evaluation.md).

English needs no Qt: when the language is English nothing is translated and Qt is not loaded
when the choice was explicit (``--language en``, ``ARGMAP_LANGUAGE=en``).
"""

from __future__ import annotations

import argparse
import configparser
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

SOURCE_LANGUAGE = "en"
_speaking = SOURCE_LANGUAGE
_PLACE = re.compile(r"%([1-9])")


def N(text: str) -> str:  # marks a sentence of the command line for translation (context CommandLine)
    return text


#: argparse's own words (usage, headings, its errors): said in the language spoken once speak() chose one.
ARGPARSE_WORDS = (
    N("usage: "), N("positional arguments"), N("options"), N("show this help message and exit"),
    N("show program's version number and exit"), N("%(prog)s: error: %(message)s\n"),
    N("the following arguments are required: %s"), N("unrecognized arguments: %s"),
    N("invalid choice: %(value)r (choose from %(choices)s)"), N("expected one argument"),
    N("argument %(argument_name)s: %(message)s"), N("invalid %(type)s value: %(value)r"),
    N("one of the arguments %s is required"), N("not allowed with argument %s"),
)


def add_language_option(p: argparse.ArgumentParser) -> None:
    from argmap.drawing.language import LANGUAGES

    p.add_argument(
        "--language", choices=sorted(LANGUAGES),
        help=tr("language of the output (ja: Japanese); default: ARGMAP_LANGUAGE, else the editor's View > Language, "
             "else the system's"),
    )


def speak(requested: str | None, *, drawing: bool = False) -> str:
    """Install the translators of ``requested`` (None: the editor's language) in this process; returns the language.

    ``drawing``: the command draws or lays out pages (export, brief), so the Qt application made
    here is the exports' own (a QGuiApplication); otherwise a QCoreApplication is enough.
    """
    global _speaking
    from argmap.drawing.language import chosen_language, install_translators, request_language

    if requested is None:  # English found without Qt (most runs): no Qt to load for the words
        requested = likely_language()
    request_language(requested)  # the exports' own application (export/render.ensure_app) speaks it too
    language = chosen_language()
    if language != SOURCE_LANGUAGE:
        if drawing:
            from argmap.export.render import ensure_app

            app = ensure_app()
        else:
            from PySide6.QtCore import QCoreApplication

            app = QCoreApplication.instance() or QCoreApplication(["argmap"])
        language = install_translators(app, language)
    _speaking = language
    if language != SOURCE_LANGUAGE:  # argparse's usage, headings and errors too (it looks its words up through _)
        argparse._ = lambda text: _qt_translate("CommandLine", text)  # type: ignore[attr-defined]
    return language


def _qt_translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def requested_in(argv: Sequence[str]) -> str | None:
    """The ``--language`` an argument list gives (``--language ja`` or ``--language=ja``), before it is parsed:
    ``--help`` is printed while the parser is built, in that language."""
    for i, arg in enumerate(argv):
        if arg == "--language" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--language="):
            return arg.partition("=")[2]
    return None


def _settings_language(environ: Mapping[str, str]) -> str | None:
    """View > Language as Qt keeps it on Linux (``~/.config/argmap/argmap.conf``: ``[view]`` ``language=ja``)."""
    folder = Path(environ.get("XDG_CONFIG_HOME") or Path(environ.get("HOME", "~")).expanduser() / ".config")
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(folder / "argmap" / "argmap.conf", encoding="utf-8")
        return parser.get("view", "language", fallback=None)
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None


def likely_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the editor would speak, found without loading Qt where that is sure (Linux): ARGMAP_LANGUAGE,
    View > Language, then the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) as Qt reads it. None: ask Qt."""
    from argmap.drawing.language import ENVIRONMENT, LANGUAGES

    environ = os.environ if environ is None else environ
    if environ.get(ENVIRONMENT) in LANGUAGES:
        return environ[ENVIRONMENT]
    if not sys.platform.startswith("linux"):
        return None
    choice = _settings_language(environ)
    if choice in LANGUAGES:
        return choice
    if choice not in (None, "system"):
        return None
    locales = [x for x in environ.get("LANGUAGE", "").split(":") if x]
    locales += [next((environ[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(n)), "")]
    for locale in locales:
        code = locale.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def speaking() -> str:
    """The language :func:`speak` chose ("en" until it is called)."""
    return _speaking


def translator(context: str) -> Callable[[str], str]:
    """The translation of the strings a Qt-free module marked under ``context`` (``say`` for the core's writers)."""
    if _speaking == SOURCE_LANGUAGE:
        return str
    from PySide6.QtCore import QCoreApplication

    return lambda text: QCoreApplication.translate(context, text)


def tr(text: str) -> str:
    """``text`` (a sentence of the command line, %1... for its values) in the language spoken."""
    if _speaking == SOURCE_LANGUAGE:
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text)


def fill(template: str, *values: object) -> str:
    """``template`` translated, its %1, %2... replaced by ``values`` in one pass (a value may itself hold "%2")."""
    text = template
    if _speaking != SOURCE_LANGUAGE:
        from PySide6.QtCore import QCoreApplication

        text = QCoreApplication.translate("CommandLine", template)  # (the extractor files fill()'s strings here)
    return _PLACE.sub(lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values) else m.group(0), text)
