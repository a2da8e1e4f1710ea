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
import re
from collections.abc import Callable

SOURCE_LANGUAGE = "en"
_speaking = SOURCE_LANGUAGE
_PLACE = re.compile(r"%([1-9])")


def add_language_option(p: argparse.ArgumentParser) -> None:
    from argmap.drawing.language import LANGUAGES

    p.add_argument(
        "--language", choices=sorted(LANGUAGES),
        help="language of the output (ja: Japanese); default: ARGMAP_LANGUAGE, else the editor's View > Language, "
             "else the system's",
    )


def speak(requested: str | None, *, drawing: bool = False) -> str:
    """Install the translators of ``requested`` (None: the editor's language) in this process; returns the language.

    ``drawing``: the command draws or lays out pages (export, brief), so the Qt application made
    here is the exports' own (a QGuiApplication); otherwise a QCoreApplication is enough.
    """
    global _speaking
    from argmap.drawing.language import chosen_language, install_translators, request_language

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
    return language


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
