"""Shared fixtures. GUI tests isolate QSettings and app data and never block on a modal dialog.

Qt is imported inside the fixtures only, so tests of the Qt-free core can check that
nothing imported PySide6.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# The source strings (English) whatever the machine's locale and the user's View > Language: tests that
# check another language say so (tests/test_translations.py runs those in a process of its own).
os.environ["ARGMAP_LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "maps" / "japan-nato-ukraine.json"


@pytest.fixture
def no_routes(monkeypatch):
    """The router gives up at once (as it does for far-reaching cross-links in big maps): arrows become connectors."""
    from argmap.drawing import detour

    monkeypatch.setattr(detour, "MAX_BOXES", -1)


@dataclass
class DialogScript:
    """What the patched dialogs answered and were asked. Tests set the answers."""

    question_answers: list = field(default_factory=list)  # QMessageBox.question answers, in order
    default_question: object = None  # answer when the list is empty (Discard by default)
    open_names: list = field(default_factory=list)
    save_names: list = field(default_factory=list)
    questions: list = field(default_factory=list)  # (title, text) of every question
    warnings: list = field(default_factory=list)  # (title, text) of every warning/critical


@pytest.fixture
def gui_env(qapp, tmp_path, monkeypatch):
    """Settings in tmp_path, recovery files in tmp_path, organisation 'argmap-test'."""
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    from argmap.gui import files, settings

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("argmap-test")
    QCoreApplication.setApplicationName("argmap-test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    settings.settings().clear()
    monkeypatch.setattr(files, "recovery_dir", lambda: tmp_path / "recovery")
    settings.remember_system_palette()
    yield tmp_path
    settings.settings().clear()


@pytest.fixture
def dialogs(gui_env, monkeypatch):
    """Replace every modal dialog the editor opens with a scripted, non-blocking stand-in."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    script = DialogScript(default_question=QMessageBox.StandardButton.Discard)

    def question(parent, title, text, *args, **kwargs):
        script.questions.append((title, text))
        return script.question_answers.pop(0) if script.question_answers else script.default_question

    def warning(parent, title, text, *args, **kwargs):
        script.warnings.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (script.open_names.pop(0) if script.open_names else "", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (script.save_names.pop(0) if script.save_names else "", "")))
    return script


@pytest.fixture
def make_window(dialogs, qtbot):
    """Factory for editor windows, closed (changes discarded) at the end of the test."""
    from argmap.gui.main_window import WINDOWS, MainWindow

    made = []

    def make(path: str | Path | None = None, *, show: bool = True, autosave_interval_ms: int | None = None):
        window = MainWindow(autosave_interval_ms=autosave_interval_ms)
        made.append(window)
        if path is not None:
            assert window.files.open_path(path), dialogs.warnings
        window.resize(1200, 800)
        if show:
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    yield make
    for window in made:
        if window in WINDOWS:
            window.document.stack.setClean()
            window.document._unsaved_since_open = False
            window.close()


@pytest.fixture
def example_copy(tmp_path):
    copy = tmp_path / "japan.json"
    copy.write_bytes(EXAMPLE.read_bytes())
    return copy


@pytest.fixture
def window(make_window, example_copy):
    """An editor window on a copy of the example map."""
    return make_window(example_copy)


class UI:
    """Helpers for the GUI tests (the ``ui`` fixture): trigger actions, compare the scene with the model."""

    @staticmethod
    def act(window, name: str):
        from PySide6.QtGui import QAction

        action = window.findChild(QAction, f"action_{name}")
        assert action is not None, f"no action named action_{name}"
        return action

    @staticmethod
    def trigger(window, name: str) -> None:
        action = UI.act(window, name)
        assert action.isEnabled(), f"action_{name} is disabled"
        action.trigger()

    @staticmethod
    def text_of(window) -> str:
        from argmap.io import dumps

        return dumps(window.document.amap)

    @staticmethod
    def assert_scene_matches(window) -> None:
        """Every statement and link of the model has its item on the canvas, and nothing else."""
        scene, amap = window.scene, window.document.amap
        scene.relayout()
        assert {item.statement_id for item in scene.statement_items()} == set(amap.ids())
        assert {link.link.key for link in scene.link_items()} == {lk.key for lk in amap.links()}
        for item in scene.statement_items():
            assert item.statement == amap.statement(item.statement_id)

    @staticmethod
    def check_undo_redo(window, before: str) -> str:
        """Undo restores the model byte for byte; redo repeats the edit. Returns the edited text."""
        after = UI.text_of(window)
        assert after != before, "the command changed nothing"
        UI.assert_scene_matches(window)
        UI.trigger(window, "undo")
        assert UI.text_of(window) == before
        UI.assert_scene_matches(window)
        UI.trigger(window, "redo")
        assert UI.text_of(window) == after
        UI.assert_scene_matches(window)
        return after


@pytest.fixture
def ui():
    return UI


@pytest.fixture
def tight_trees(monkeypatch):
    """Main claims' trees packed with no slack in their slots (``tree_slot`` the width itself), so that every edit
    that widens or narrows a tree moves the trees after it: for tests of how trees moved across are handled."""
    from argmap.layout import place

    monkeypatch.setattr(place, "tree_slot", lambda width: width)
