"""The interface in Japanese: every string of the code translated, placeholders kept, and Qt finding them."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "src" / "argmap" / "translations"
#: Strings added this session by others, translated in a later pass: "Context<TAB>source" per line.
#: The check tolerates exactly these, and fails when one of them is translated or gone (keep it short).
PENDING = TS_DIR / "pending_ja.txt"


def _load_update():
    spec = importlib.util.spec_from_file_location("translations_update", TS_DIR / "update.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


update = _load_update()


@pytest.fixture(scope="module")
def messages():
    return update.extract()


@pytest.fixture(scope="module")
def japanese():
    return update.read_ts(TS_DIR / "argmap_ja.ts")


@pytest.fixture(scope="module")
def japanese_qm():
    """The compiled translation, built here when `make` has not (pytest run on its own)."""
    qm = QM_DIR / "argmap_ja.qm"
    ts = TS_DIR / "argmap_ja.ts"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
        QM_DIR.mkdir(exist_ok=True)
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def pending() -> set[tuple[str, str]]:
    if not PENDING.exists():
        return set()
    lines = [line for line in PENDING.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {tuple(line.split("\t", 1)) for line in lines}  # type: ignore[misc]


def test_the_extractor_finds_strings_of_every_kind_of_call(messages):
    keys = {(context, source) for context, source, _ in messages}
    assert ("Actions", "&File") in keys  # the N() marker in gui/actions.py
    assert ("Actions", "Te&xt size") in keys  # a submenu title in gui/menus.py
    assert ("Canvas", "CLAIM") in keys  # drawing/theme.py's tr()
    assert ("Canvas", "+%n hidden") in keys  # ... imported by drawing/box.py
    assert ("Commands", "Add %s") in keys and ("Dialogs", "Map title") in keys  # more module helpers
    assert ("Inspector", "&Kind") in keys and ("FindingsPanel", "Findings") in keys  # self.tr() in a class
    assert ("Files", "argmap maps (*.json *.argmap)") in keys  # QCoreApplication.translate()
    assert ("MainWindow", "Main toolbar") in keys
    assert len(keys) > 300


def test_every_string_in_the_code_has_a_japanese_translation(messages, japanese):
    """Fails when a tr() string has no finished Japanese translation: run `make translations` and translate it."""
    waiting = pending()
    missing = sorted((c, s) for (c, s, k) in messages if not update.is_finished(japanese.get((c, s, k))) and (c, s) not in waiting)
    assert not missing, f"{len(missing)} strings without a Japanese translation in argmap_ja.ts, e.g. {missing[:5]}"
    known = {(c, s) for (c, s, _) in messages}
    done = {(c, s) for (c, s, k) in messages if update.is_finished(japanese.get((c, s, k)))}
    stale = sorted(p for p in waiting if p not in known or p in done)
    assert not stale, f"pending_ja.txt lists strings that are translated or gone: {stale[:5]}"


def test_a_string_without_translation_is_caught(messages, japanese):
    """The check above is real: take one translation away and it reports the string."""
    # a translated one: the first Canvas string of the code may be new and not in the .ts yet (a KeyError, not a check)
    key = next(k for k in messages if k[0] == "Canvas" and update.is_finished(japanese.get(k)))
    without = dict(japanese)
    del without[key]
    assert not update.is_finished(without.get(key))


PLACEHOLDER = re.compile(r"%[0-9n]|%s|\{[^}]*\}|</?(?:b|br|p|h2|h3)>")


def test_translations_keep_every_placeholder_and_one_mnemonic(messages, japanese):
    for key in messages:
        translation = japanese.get(key)
        if not update.is_finished(translation):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        source = key[1]
        for text in forms:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (key, text)
            mnemonic = re.findall(r"&(?!&)(\w)", source.lower())
            assert re.findall(r"&(?!&)(\w)", text.lower()) == mnemonic, (key, text)  # the same access key (a Latin letter)


def test_the_language_follows_the_system_unless_chosen(qapp):
    from PySide6.QtCore import QLocale

    from argmap.drawing.language import effective_language

    assert effective_language("system", QLocale("ja_JP")) == "ja"
    assert effective_language("system", QLocale("fr_FR")) == "en"
    assert effective_language("en", QLocale("ja_JP")) == "en"
    assert effective_language("ja", QLocale("en_US")) == "ja"


def run_python(code: str, tmp_path: Path, **env: str) -> str:
    inherited = {k: v for k, v in os.environ.items() if k != "ARGMAP_LANGUAGE"}  # conftest's English: not here
    environment = {**inherited, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path), **env}
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=environment, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_window_speaks_japanese_when_chosen_qt_dialogs_too(japanese_qm, tmp_path):
    """A fresh process (the canvas remembers its strings): View > Language > Japanese, the Japanese map open,
    findings shown; then every menu, action and widget text, tooltip and accessible name."""
    out = run_python(
        f"""
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QListWidget, QMenu, QTabBar, QWidget
        from argmap.gui.app import make_application
        QSettings("argmap", "argmap").setValue("view/language", "ja")
        app = make_application(["argmap"])
        from argmap.gui.main_window import MainWindow
        from argmap.drawing.theme import Theme
        from argmap.model import Kind
        window = MainWindow()
        window.files.open_path({str(ROOT / "maps" / "japan-nato-ukraine.ja.json")!r})
        window.show()
        window.action_map["show_evaluation"].setChecked(True)
        window.action_map["show_findings"].setChecked(True)
        window.action_map["show_analysis"].setChecked(True)
        window.scene.select_ids(["o1"])
        for _ in range(10):
            app.processEvents()
        for menu in window.findChildren(QMenu):
            print("MENU\t" + menu.title())
        for action in window.findChildren(type(window.action_map["open"])):
            if action.objectName().startswith("action_"):
                print("TEXT\t" + action.text())
                print("TEXT\t" + action.statusTip())
        for w in window.findChildren(QWidget):
            for getter in ("text", "windowTitle", "placeholderText", "toolTip", "accessibleName", "title"):
                f = getattr(w, getter, None)
                value = f() if callable(f) else None
                if isinstance(value, str) and value:
                    print("TEXT\t" + value.replace(chr(10), " "))
            items = (
                [w.item(i).text() for i in range(w.count())] if isinstance(w, QListWidget)
                else [w.tabText(i) for i in range(w.count())] if isinstance(w, QTabBar)
                else [w.itemText(i) for i in range(w.count())] if isinstance(w, QComboBox) else []
            )
            for item in items:
                print("TEXT\t" + item.replace(chr(10), " "))
        print("LABEL\t" + Theme.light().kinds[Kind.CLAIM].label)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        print("QT\t" + box.buttons()[0].text())
        """,
        tmp_path,
        LANG="en_US.UTF-8",
        LC_ALL="en_US.UTF-8",
    )
    lines = out.splitlines()
    assert "LABEL\t主張" in lines
    assert any(line.startswith("QT\tキャンセル") for line in lines), lines[-1]  # Qt's own qtbase_ja.qm
    assert "MENU\tファイル(&F)" in lines and "MENU\t表示(&V)" in lines
    assert any("未回答の反論:「" in line for line in lines)  # a finding, translated, the statement in Japanese quotes
    assert any(line.startswith("TEXT\t「") and "強さ 0.01:論駁。" in line for line in lines)  # the Analysis dock's "why"
    english_words = re.compile(r"[A-Za-z]{3,} [a-z]{2,}")  # two English words in a row (names such as "Argdown" stay)
    waiting = {source for _, source in pending()}
    texts = [line.removeprefix("TEXT\t") for line in lines if line.startswith("TEXT")]
    untranslated = [t for t in texts if english_words.search(re.sub(r"<[^>]+>", " ", t)) and t not in waiting]
    assert len(texts) > 150 and not untranslated, untranslated[:5]


@pytest.mark.parametrize(
    "env",
    [{"LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8", "LANGUAGE": "ja"}, {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "ARGMAP_LANGUAGE": "ja"}],
    ids=["japanese-system", "ARGMAP_LANGUAGE"],
)
def test_japanese_exports_on_a_japanese_system_or_when_asked(japanese_qm, tmp_path, env):
    out = tmp_path / "map.svg"
    run_python(
        f"""
        from argmap.cli import main
        raise SystemExit(main(["export", {str(ROOT / "maps" / "japan-nato-ukraine.json")!r}, {str(out)!r}]))
        """,
        tmp_path,
        **env,
    )
    svg = out.read_text(encoding="utf-8")
    assert "主張" in svg and "根拠" in svg and ">CLAIM<" not in svg


def test_exports_stay_english_on_an_english_system(japanese_qm, tmp_path):
    out = tmp_path / "map.svg"
    code = f"""
        from argmap.cli import main
        raise SystemExit(main(["export", {str(ROOT / "maps" / "japan-nato-ukraine.json")!r}, {str(out)!r}]))
        """
    run_python(code, tmp_path, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="")
    assert ">CLAIM<" in out.read_text(encoding="utf-8")
