"""The interface language: chosen from the system locale unless the user picked one; translators installed.

argmap's own strings come from ``argmap/translations/argmap_<lang>.qm``, built by
``pyside6-lrelease`` from the Qt Linguist sources in ``resources/translations/`` (``make``
does it); Qt's own dialogs (file dialogs, message-box buttons) from Qt's ``qtbase_<lang>.qm``.
Translators are installed once, before anything is drawn: the canvas and the exports remember
the strings they asked for (kind labels, badges). The editor (``argmap``) and the headless
exports (``argmap export``) both call :func:`install_translators`, so both speak the language;
the command line's words (``argmap check``, ``explain``, ``brief``) go through the same translators
(``cli/language.py``). Qt is imported only when needed: the command line learns that the language
is English (``--language en``, ``ARGMAP_LANGUAGE=en``) without loading it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

#: Languages the interface speaks, by code, each named in itself (as a language menu lists them).
LANGUAGES = {"en": "English", "ja": "日本語"}
SOURCE_LANGUAGE = "en"  # the strings in the code
#: QSettings key: "system" (follow the system locale) or a code from LANGUAGES.
SETTING = "view/language"
QM_DIR = Path(__file__).resolve().parents[1] / "translations"
#: An environment variable that overrides both (scripts, screenshots, the test suite): a code from LANGUAGES.
ENVIRONMENT = "ARGMAP_LANGUAGE"

_installed: list[QTranslator] = []
_requested: str | None = None  # the command line's --language, for this process


def request_language(language: str | None) -> None:
    """The command line's ``--language``: it goes before everything else in this process (the exports too)."""
    global _requested
    _requested = language if language in LANGUAGES else None


def language_choice(settings: QSettings | None = None) -> str:
    """What the user chose in View > Language: "system" or a language code."""
    from PySide6.QtCore import QSettings

    value = str((settings or QSettings("argmap", "argmap")).value(SETTING, "system"))
    return value if value in LANGUAGES else "system"


def effective_language(choice: str, system: QLocale | None = None) -> str:
    """The language shown: the one chosen, else the first of the system's UI languages argmap speaks."""
    if choice in LANGUAGES:
        return choice
    from PySide6.QtCore import QLocale

    for name in (system or QLocale.system()).uiLanguages():  # e.g. ["ja-JP", "ja", "en-US"]
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(requested: str | None = None) -> str:
    """The language to speak: ``requested``, else the command line's ``--language``, else ``ARGMAP_LANGUAGE``,
    else View > Language, else the first of the system's languages that argmap speaks, else English."""
    requested = requested or _requested
    if requested in LANGUAGES:
        return str(requested)
    forced = os.environ.get(ENVIRONMENT, "")
    return forced if forced in LANGUAGES else effective_language(language_choice())


def qm_file(language: str) -> Path:
    return QM_DIR / f"argmap_{language}.qm"


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install argmap's and Qt's translators for ``language`` (None: from the setting and the locale).

    ``ARGMAP_LANGUAGE=ja`` in the environment chooses over the setting and the locale.
    Returns the language in use. Any earlier argmap translators are removed first. A language
    whose ``.qm`` was not built stays in English (the source strings), as does English itself.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = chosen_language(language)
    if language == SOURCE_LANGUAGE or not qm_file(language).is_file():
        QLocale.setDefault(QLocale("en_US"))
        return SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    if ours.load(str(qm_file(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
