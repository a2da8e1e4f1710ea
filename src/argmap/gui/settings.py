"""What the editor remembers between sessions (QSettings) and how it picks its theme."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from argmap.drawing import language
from argmap.drawing.theme import DEFAULT_FONT_SIZE, FONT_SIZE_RANGE

ORGANIZATION = "argmap"
APPLICATION = "argmap"
MAX_RECENT = 10
THEMES = ("system", "light", "dark", "high_contrast")
#: View > Text size: the statement text's size in pixels on the map and in exports from the editor.
TEXT_SIZES = {"small": 12, "normal": 14, "large": 17, "larger": 20}


def settings() -> QSettings:
    return QSettings()


# ------------------------------------------------------------ recent files
def recent_files() -> list[str]:
    value = settings().value("files/recent", [])
    if isinstance(value, str):  # QSettings gives a bare string for a one-item list
        value = [value]
    elif not isinstance(value, list):  # None (an empty list read back) or a value some other program wrote
        value = []
    return [str(v) for v in value][:MAX_RECENT]


def add_recent_file(path: str) -> list[str]:
    files = [path] + [f for f in recent_files() if f != path]
    settings().setValue("files/recent", files[:MAX_RECENT])
    return files[:MAX_RECENT]


def remove_recent_file(path: str) -> None:
    settings().setValue("files/recent", [f for f in recent_files() if f != path])


def clear_recent_files() -> None:
    settings().setValue("files/recent", [])


# ------------------------------------------------------------ theme
def theme_choice() -> str:
    value = str(settings().value("view/theme", "system"))
    return value if value in THEMES else "system"


def set_theme_choice(choice: str) -> None:
    settings().setValue("view/theme", choice if choice in THEMES else "system")


# ------------------------------------------------------------ text size
def text_size() -> int:
    """The statement text's size in pixels (14 unless chosen; a hand-edited value is kept in range)."""
    try:
        px = int(str(settings().value("view/text_size", DEFAULT_FONT_SIZE)))
    except ValueError:
        return DEFAULT_FONT_SIZE
    low, high = FONT_SIZE_RANGE
    return max(low, min(high, px))


def set_text_size(px: int) -> None:
    settings().setValue("view/text_size", int(px))


# ------------------------------------------------------------ language
def language_choice() -> str:
    """View > Language: "system" (the system locale's language if argmap speaks it) or a language code."""
    return language.language_choice(settings())


def set_language_choice(choice: str) -> None:
    settings().setValue(language.SETTING, choice if choice in language.LANGUAGES else "system")


#: The palette the platform gave the application, before a chosen theme replaced it.
_system_palette: list[QPalette] = []


def remember_system_palette() -> None:
    if not _system_palette and QGuiApplication.instance() is not None:
        _system_palette.append(QPalette(QGuiApplication.palette()))


def system_palette() -> QPalette | None:
    return _system_palette[0] if _system_palette else None


def system_is_dark() -> bool:
    """The platform's own light/dark setting (colour scheme if it says, else its palette)."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return system_is_dark_palette(system_palette() or QGuiApplication.palette())


def effective_theme(choice: str, system_dark: bool) -> str:
    """``light`` or ``dark`` for a choice of ``system``, ``light`` or ``dark``."""
    if choice == "system":
        return "dark" if system_dark else "light"
    return choice


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(30, 32, 36), QColor(40, 43, 48), QColor(225, 228, 232)
    disabled = QColor(125, 130, 138)
    for role, color in {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(46, 49, 55),
        QPalette.ColorRole.ToolTipBase: QColor(52, 56, 62),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(52, 56, 62),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 120, 120),
        QPalette.ColorRole.Highlight: QColor(66, 133, 214),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Link: QColor(120, 170, 255),
        QPalette.ColorRole.Light: QColor(70, 74, 80),
        QPalette.ColorRole.Midlight: QColor(58, 62, 68),
        QPalette.ColorRole.Mid: QColor(36, 38, 42),
        QPalette.ColorRole.Dark: QColor(22, 24, 27),
        QPalette.ColorRole.Shadow: QColor(10, 10, 12),
    }.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def high_contrast_palette() -> QPalette:
    """White on black window chrome, yellow selection (with the high-contrast canvas)."""
    p = dark_palette()
    white, black = QColor(255, 255, 255), QColor(0, 0, 0)
    for role, color in {
        QPalette.ColorRole.Window: black, QPalette.ColorRole.Base: black, QPalette.ColorRole.AlternateBase: QColor(26, 26, 26),
        QPalette.ColorRole.Button: black, QPalette.ColorRole.ToolTipBase: black, QPalette.ColorRole.WindowText: white,
        QPalette.ColorRole.Text: white, QPalette.ColorRole.ButtonText: white, QPalette.ColorRole.ToolTipText: white,
        QPalette.ColorRole.Highlight: QColor(255, 255, 0), QPalette.ColorRole.HighlightedText: black,
        QPalette.ColorRole.Link: QColor(124, 200, 255), QPalette.ColorRole.PlaceholderText: QColor(200, 200, 200),
    }.items():
        p.setColor(QPalette.ColorGroup.Active, role, color)
        p.setColor(QPalette.ColorGroup.Inactive, role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(170, 170, 170))
    return p


def apply_app_palette(theme: str) -> None:
    """Window chrome to match the canvas: the system's palette when it fits, else our own."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    remember_system_palette()
    native = system_palette()
    if theme == "high_contrast":
        app.setPalette(high_contrast_palette())
    elif theme == "dark" and not system_is_dark_palette(native):
        app.setPalette(dark_palette())
    elif theme == "light" and system_is_dark_palette(native):
        app.setPalette(app.style().standardPalette())
    elif native is not None:
        app.setPalette(native)


def system_is_dark_palette(palette: QPalette | None) -> bool:
    return palette is not None and palette.color(QPalette.ColorRole.Window).lightness() < 128
