"""Files: save, open, bad files, closing with changes, autosave and recovery, changes on disk, recent, drop."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from argmap.gui import files, settings
from argmap.io import dumps, load

EXAMPLE = Path(__file__).resolve().parents[2] / "maps" / "japan-nato-ukraine.json"


def edit_something(window, ui, statement="s1", kind="evidence"):
    window.scene.select_ids([statement])
    ui.trigger(window, f"kind_{kind}")


def test_title_shows_name_and_modified_marker(window, ui, example_copy):
    assert window.windowTitle() == "japan.json[*] — argmap"
    assert not window.isWindowModified()
    edit_something(window, ui)
    assert window.isWindowModified()
    ui.trigger(window, "undo")
    assert not window.isWindowModified()  # back at the saved state


def test_save_writes_the_map_and_clears_the_marker(window, ui, example_copy):
    edit_something(window, ui)
    ui.trigger(window, "save")
    assert not window.isWindowModified()
    assert load(example_copy).statement("s1").kind == "evidence"
    assert example_copy.read_text(encoding="utf-8") == dumps(window.document.amap)


def test_save_as_adds_the_suffix_and_remembers_the_file(window, ui, dialogs, tmp_path):
    dialogs.save_names.append(str(tmp_path / "copy"))
    ui.trigger(window, "save_as")
    assert (tmp_path / "copy.json").exists()
    assert window.document.path == tmp_path / "copy.json"
    assert settings.recent_files()[0] == str((tmp_path / "copy.json").resolve())


def test_open_a_bad_file_shows_the_loaders_message_and_keeps_the_map(window, ui, dialogs, tmp_path):
    edit_something(window, ui)
    before = ui.text_of(window)
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "title": "x", "nodes": [{"id": "a"}]}', encoding="utf-8")
    dialogs.open_names.append(str(bad))
    ui.trigger(window, "open")
    assert len(dialogs.warnings) == 1
    title, message = dialogs.warnings[0]
    assert title == "Cannot open map"
    assert "bad.json" in message and "$.nodes[0]" in message
    assert ui.text_of(window) == before
    assert window.isWindowModified()
    assert dialogs.questions == []  # not even asked to save: nothing was going to replace the map


def test_open_replaces_the_map_after_asking_to_save(window, ui, dialogs, tmp_path):
    other = tmp_path / "other.json"
    other.write_bytes((EXAMPLE.parent / "teaching-template.json").read_bytes())
    edit_something(window, ui)
    dialogs.question_answers.append(QMessageBox.StandardButton.Cancel)
    dialogs.open_names.append(str(other))
    ui.trigger(window, "open")
    assert window.document.path.name == "japan.json"  # cancelled
    dialogs.question_answers.append(QMessageBox.StandardButton.Discard)
    dialogs.open_names.append(str(other))
    ui.trigger(window, "open")
    assert window.document.path == other
    assert ui.text_of(window) == dumps(load(other))
    ui.assert_scene_matches(window)


def test_closing_with_changes_asks(window, ui, dialogs, example_copy):
    edit_something(window, ui)
    dialogs.question_answers.append(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    assert "Save changes to “japan.json”" in dialogs.questions[-1][1]
    dialogs.question_answers.append(QMessageBox.StandardButton.Save)
    assert window.close()
    assert load(example_copy).statement("s1").kind == "evidence"


def test_close_map_with_discard_leaves_an_empty_map(window, ui, dialogs):
    edit_something(window, ui)
    ui.trigger(window, "close")
    assert len(dialogs.questions) == 1
    assert len(window.document.amap) == 0 and window.document.path is None
    assert window.empty_hint.isVisible()


def test_a_file_changed_on_disk_is_noticed_before_overwriting(window, ui, dialogs, example_copy):
    edit_something(window, ui)
    theirs = example_copy.read_text(encoding="utf-8").replace("Japan should", "Japan must")
    example_copy.write_text(theirs, encoding="utf-8")
    dialogs.question_answers.append(QMessageBox.StandardButton.Cancel)
    ui.trigger(window, "save")
    assert "changed by another program" in dialogs.questions[-1][1]
    assert example_copy.read_text(encoding="utf-8") == theirs
    assert window.isWindowModified()
    dialogs.question_answers.append(QMessageBox.StandardButton.Save)
    ui.trigger(window, "save")
    assert load(example_copy).statement("s1").kind == "evidence"


def test_a_file_changed_while_it_was_being_opened_is_noticed_before_overwriting(window, ui, dialogs, example_copy, monkeypatch):
    """The stamp of an opened file is taken of the very bytes the reading read (off the GUI thread, not by reading the
    file again afterwards): another program's change made after the reading, before the window showed the map, is
    noticed at Save as any later change is."""
    from argmap.gui import file_actions, import_worker

    theirs = example_copy.read_text(encoding="utf-8").replace("Japan should", "Japan must")

    def read_then_changed(path):
        job = import_worker.open_job(path)

        def read():
            result = job()
            path.write_text(theirs, encoding="utf-8")  # written by another program just after the reading
            return result
        return read

    monkeypatch.setattr(file_actions, "open_job", read_then_changed)
    assert window.files.open_path(example_copy)
    assert window.document.changed_on_disk()
    edit_something(window, ui)
    dialogs.question_answers.append(QMessageBox.StandardButton.Cancel)
    ui.trigger(window, "save")
    assert "changed by another program" in dialogs.questions[-1][1]
    assert example_copy.read_text(encoding="utf-8") == theirs


def test_autosave_writes_a_recovery_file_and_it_is_offered_back(make_window, example_copy, ui, dialogs, qtbot):
    window = make_window(example_copy, autosave_interval_ms=50)
    recovery = window.autosaver.map_path
    assert not recovery.exists()  # nothing to save yet
    edit_something(window, ui)
    qtbot.waitUntil(recovery.exists, timeout=3000)
    meta = json.loads(window.autosaver.meta_path.read_text(encoding="utf-8"))
    assert meta["original"] == str(example_copy)
    assert load(recovery).statement("s1").kind == "evidence"

    # A live window's recovery file is not offered; after a crash (its process gone) it is.
    assert files.pending_recoveries() == []
    files._live.discard(recovery)
    meta["pid"] = 2**22 + 12345  # no such process
    window.autosaver.meta_path.write_text(json.dumps(meta), encoding="utf-8")
    found = files.pending_recoveries()
    assert [r.map_path for r in found] == [recovery]

    fresh = make_window()
    dialogs.question_answers.append(QMessageBox.StandardButton.Yes)
    assert fresh.files.offer_recoveries() == 1
    assert "Recover unsaved changes of japan.json" in dialogs.questions[-1][1]
    assert fresh.document.amap.statement("s1").kind == "evidence"
    assert fresh.document.path == example_copy and fresh.isWindowModified()
    assert files.pending_recoveries() == []


def test_saving_removes_the_recovery_file(make_window, example_copy, ui, qtbot):
    window = make_window(example_copy, autosave_interval_ms=50)
    edit_something(window, ui)
    qtbot.waitUntil(window.autosaver.map_path.exists, timeout=3000)
    ui.trigger(window, "save")
    assert not window.autosaver.map_path.exists() and not window.autosaver.meta_path.exists()


def test_declined_recovery_is_deleted(gui_env, dialogs, make_window):
    folder = files.recovery_dir()
    folder.mkdir(parents=True)
    (folder / "recovery-1-1.json").write_bytes(EXAMPLE.read_bytes())
    (folder / "recovery-1-1.meta.json").write_text(json.dumps({"original": None, "pid": 2**22 + 1, "saved_at": 0}))
    window = make_window()
    dialogs.question_answers.append(QMessageBox.StandardButton.No)
    assert window.files.offer_recoveries() == 0
    assert not any(folder.iterdir())


def test_recent_files_menu_opens_and_keeps_ten(make_window, example_copy, tmp_path):
    window = make_window(example_copy)
    for i in range(12):
        settings.add_recent_file(str(tmp_path / f"m{i}.json"))
    settings.add_recent_file(str(example_copy.resolve()))
    assert len(settings.recent_files()) == settings.MAX_RECENT
    window.files.fill_recent_menu()
    actions = [a for a in window.files.recent_menu.actions() if a.statusTip()]
    assert actions[0].statusTip() == str(example_copy.resolve())
    window.set_document(type(window.document)())
    actions[0].trigger()
    assert window.document.path == example_copy.resolve()


def test_dropping_a_json_file_opens_it(make_window, example_copy, qtbot):
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(example_copy))])
    assert window.files.dropped_path(data) == str(example_copy)
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: len(window.document.amap) == 38, timeout=2000)
    text = QMimeData()
    text.setUrls([QUrl.fromLocalFile("/tmp/notes.txt")])
    assert window.files.dropped_path(text) is None


def test_large_maps_are_laid_out_behind_a_progress_dialog(make_window, tmp_path, monkeypatch):
    from argmap.gui import file_actions
    from argmap.model import ArgumentMap

    amap = ArgumentMap("Big")
    top = amap.add("claim", "Top").id
    for i in range(2500):
        amap.add("support" if i % 3 else "objection", f"Reason number {i} " * 3, parent=top if i < 50 else f"s{2 + i % 50}")
    path = tmp_path / "big.json"
    path.write_text(dumps(amap), encoding="utf-8")
    shown = []
    real = file_actions.FileController._progress
    monkeypatch.setattr(file_actions.FileController, "_progress", lambda self, label: shown.append(label) or real(self, label))
    monkeypatch.setattr(file_actions, "LARGE_MAP_STATEMENTS", 2000)
    window = make_window(path)
    assert shown == ["Laying out 2501 statements…"]
    assert len(window.scene.statement_items()) == 2501


def test_settings_remember_theme_and_layout(make_window):
    window = make_window()
    window.action_map["theme_dark"].trigger()
    window.outline_dock.hide()
    window.close()
    again = make_window()
    assert again.action_map["theme_dark"].isChecked()
    assert again.scene.theme.name == "dark"
    assert again.outline_dock.isHidden()
    again.action_map["theme_system"].trigger()
    assert QApplication.instance() is not None


def test_argmap_file_opens_the_editor_and_a_bad_file_leaves_an_empty_map(dialogs, monkeypatch, tmp_path, example_copy):
    from argmap.gui import app as gui_app
    from argmap.gui.main_window import WINDOWS

    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    assert gui_app.run(str(bad)) == 0
    window = WINDOWS[-1]
    assert dialogs.warnings and "broken.json" in dialogs.warnings[0][1] and "invalid JSON" in dialogs.warnings[0][1]
    assert len(window.document.amap) == 0
    window.close()
    assert gui_app.run(str(example_copy)) == 0
    window = WINDOWS[-1]
    assert len(window.document.amap) == 38 and window.windowTitle() == "japan.json[*] — argmap"
    window.close()
    assert gui_app.run(str(tmp_path / "new-map.json")) == 0  # a name that does not exist yet: an empty map to save there
    window = WINDOWS[-1]
    assert window.document.path == tmp_path / "new-map.json"
    window.close()


def test_view_actions_zoom_fit_and_direction(window, ui):
    view = window.view
    ui.trigger(window, "zoom_reset")
    assert abs(view.zoom() - 1.0) < 1e-6
    ui.trigger(window, "zoom_in")
    assert view.zoom() > 1.0
    ui.trigger(window, "zoom_out")
    ui.trigger(window, "zoom_out")
    assert view.zoom() < 1.0
    ui.trigger(window, "fit")
    bounds = window.scene.items_bounding_rect_for_export()
    assert view.mapFromScene(bounds).boundingRect().width() <= view.viewport().width() + 2
    window.scene.select_ids(["e2"])
    ui.trigger(window, "zoom_selection")
    assert view.viewport().rect().contains(view.mapFromScene(window.scene.item_for("e2").scene_box().center()))
    ui.act(window, "direction_lr").setChecked(True)
    assert window.scene.direction == "LR"
    assert settings.settings().value("view/direction") == "LR"
    ui.act(window, "direction_lr").setChecked(False)
    assert window.scene.direction == "TB"


def test_theme_actions_restyle_the_canvas(window, ui):
    ui.trigger(window, "theme_dark")
    assert window.scene.theme.name == "dark" and settings.theme_choice() == "dark"
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window).lightness() < 128
    ui.trigger(window, "theme_light")
    assert window.scene.theme.name == "light"
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window).lightness() > 128
    ui.trigger(window, "theme_system")
    assert settings.theme_choice() == "system"


def test_new_window_and_quit_asks_for_every_changed_map(window, ui, dialogs):
    from argmap.gui.main_window import WINDOWS

    ui.trigger(window, "new_window")
    other = WINDOWS[-1]
    assert other is not window and len(other.document.amap) == 0
    edit_something(window, ui)
    dialogs.question_answers.append(QMessageBox.StandardButton.Cancel)
    ui.trigger(window, "quit")
    assert window in WINDOWS and other in WINDOWS  # cancelled: nothing closed
    dialogs.question_answers.append(QMessageBox.StandardButton.Discard)
    ui.trigger(window, "quit")
    assert window not in WINDOWS and other not in WINDOWS


def test_new_map_asks_then_starts_empty(window, ui, dialogs):
    edit_something(window, ui)
    dialogs.question_answers.append(QMessageBox.StandardButton.Cancel)
    ui.trigger(window, "new")
    assert len(window.document.amap) == 38
    dialogs.question_answers.append(QMessageBox.StandardButton.Discard)
    ui.trigger(window, "new")
    assert len(window.document.amap) == 0 and window.windowTitle() == "Untitled[*] — argmap"
    assert window.document.stack.count() == 0 and window.outline.topLevelItemCount() == 0


def test_export_writes_what_the_canvas_shows(window, ui, dialogs, tmp_path, monkeypatch):
    from argmap.gui import dialogs as editor_dialogs

    monkeypatch.setattr(editor_dialogs, "ask_image_export", lambda *a, **k: editor_dialogs.ImageExportOptions())
    out = tmp_path / "map"
    dialogs.save_names.append(str(out))
    ui.trigger(window, "export")
    png = tmp_path / "map.png"
    assert png.exists() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert dialogs.warnings == []
    dialogs.save_names.append(str(tmp_path / "map.svg"))
    ui.trigger(window, "export")
    assert "<svg" in (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert window.document.stack.count() == 0  # exporting is not an edit


def test_status_bar_zoom_follows_every_zoom(window, ui):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    view = window.view
    ui.trigger(window, "zoom_reset")
    assert window.zoom_label.text() == "100 %"
    local = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(local, view.viewport().mapToGlobal(local), QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert window.zoom_label.text() == "120 %"  # at once, not at the next status update
    view.set_zoom(0.5)
    assert window.zoom_label.text() == "50 %"


def test_select_branch_then_export_the_selection_for_a_slide(window, ui, dialogs, tmp_path, monkeypatch):
    import xml.etree.ElementTree as ET

    from argmap.gui import dialogs as editor_dialogs

    amap = window.document.amap
    window.scene.select_ids(["o1"])
    ui.trigger(window, "select_branch")
    branch = {"o1", *amap.descendants("o1")}
    assert set(window.scene.selected_ids()) == branch and window.scene.selected_ids()[0] == "o1"
    options = editor_dialogs.ImageExportOptions(selection_only=True)
    monkeypatch.setattr(editor_dialogs, "ask_image_export", lambda *a, **k: options)
    out = tmp_path / "article-9.svg"
    dialogs.save_names.append(str(out))
    ui.trigger(window, "export")
    root = ET.parse(out).getroot()
    shown = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Article 9" in shown and "Diet" in shown  # the branch ...
    assert "Japan should take part" not in shown and "Kuril" not in shown  # ... and nothing else
    width = float(root.get("width").removesuffix("px"))
    assert width < 1800, "one branch fits a slide"


# ---------------------------------------------------------------- recovery that never loses work
DEAD_PID = 2**22 + 12345  # no such process


def crash(window, qtbot, name="recovery-4206967-1"):
    """Leave ``window``'s recovery files behind as a crashed session would (its process gone), then drop the window."""
    autosaver = window.autosaver
    qtbot.waitUntil(autosaver.map_path.exists, timeout=5000)
    folder = autosaver.map_path.parent
    (folder / f"{name}.json").write_bytes(autosaver.map_path.read_bytes())
    meta = json.loads(autosaver.meta_path.read_text(encoding="utf-8"))
    meta["pid"] = DEAD_PID
    (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    window.document.stack.setClean()
    window.document._unsaved_since_open = False
    window.close()
    return folder / f"{name}.json"


def two_folders(tmp_path):
    """Folders A and B, each with its own map.json (different maps)."""
    a, b = tmp_path / "A", tmp_path / "B"
    a.mkdir()
    b.mkdir()
    (a / "map.json").write_bytes(EXAMPLE.read_bytes())
    (b / "map.json").write_bytes((EXAMPLE.parent / "teaching-template.json").read_bytes())
    return a / "map.json", b / "map.json"


def test_recovery_saves_into_the_folder_the_map_came_from(make_window, ui, dialogs, qtbot, tmp_path, monkeypatch):
    map_a, map_b = two_folders(tmp_path)
    b_before = map_b.read_bytes()
    monkeypatch.chdir(map_a.parent)
    window = make_window("map.json", autosave_interval_ms=50)  # opened by the name as typed
    assert window.document.path == map_a
    edit_something(window, ui)
    left = crash(window, qtbot)
    meta = json.loads(left.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert meta["original"] == str(map_a) and meta["stamp"]["size"] == map_a.stat().st_size

    monkeypatch.chdir(map_b.parent)
    fresh = make_window("map.json")  # folder B's own map.json
    dialogs.question_answers.append(QMessageBox.StandardButton.Yes)
    assert fresh.files.offer_recoveries() == 1
    assert "Save will ask" not in dialogs.questions[-1][1]
    assert fresh.document.path == map_a and fresh.isWindowModified()
    assert fresh.autosaver.map_path == left and left.exists()  # kept until saved
    shortcut = ui.act(fresh, "save").shortcut().toString()
    assert shortcut == "Ctrl+S"
    ui.trigger(fresh, "save")
    assert load(map_a).statement("s1").kind == "evidence"  # A's file got the edit
    assert map_b.read_bytes() == b_before  # B's map is untouched
    assert dialogs.warnings == [] and not fresh.isWindowModified()
    assert not left.exists() and not left.with_suffix(".meta.json").exists()  # saved: no longer needed
    assert files.pending_recoveries() == []


def test_a_second_crash_right_after_recovering_still_leaves_the_recovery(make_window, ui, dialogs, qtbot, tmp_path):
    map_a, _ = two_folders(tmp_path)
    window = make_window(map_a, autosave_interval_ms=50)
    edit_something(window, ui)
    left = crash(window, qtbot)

    fresh = make_window()
    dialogs.question_answers.append(QMessageBox.StandardButton.Yes)
    assert fresh.files.offer_recoveries() == 1
    # The second crash, before any autosave or save: the record is still there, and now says this process.
    assert left.exists()
    meta = json.loads(left.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert meta["pid"] == os.getpid() and meta["original"] == str(map_a)
    files._live.discard(left)  # what a new process sees: a recovery file nobody is writing
    found = files.pending_recoveries()
    assert [r.map_path for r in found] == [left]
    assert load(left).statement("s1").kind == "evidence"
    files._live.add(left)
    # Discarding the recovered map (closing without saving) is the explicit way to drop it.
    dialogs.question_answers.append(QMessageBox.StandardButton.Discard)
    assert fresh.close()
    assert not left.exists()


def test_recovery_replaces_the_content_of_the_window_that_asked(make_window, ui, dialogs, qtbot, tmp_path, example_copy):
    from argmap.gui.main_window import WINDOWS

    map_a, _ = two_folders(tmp_path)
    window = make_window(map_a, autosave_interval_ms=50)
    edit_something(window, ui)
    crash(window, qtbot)

    asking = make_window(example_copy)  # a window already showing another (unchanged) map
    edit_something(asking, ui, statement="s2")  # ... with changes of its own: asked first, cancel keeps all
    count = len(WINDOWS)
    dialogs.question_answers += [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel]
    assert asking.files.offer_recoveries() == 0
    assert asking.document.path == example_copy and len(files.pending_recoveries()) == 1
    dialogs.question_answers += [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Discard]
    assert asking.files.offer_recoveries() == 1
    assert len(WINDOWS) == count  # no second window on top
    assert asking.document.path == map_a and asking.document.amap.statement("s1").kind == "evidence"
    assert asking.windowTitle() == "map.json[*] — argmap" and asking.isWindowModified()
    ui.assert_scene_matches(asking)


def test_cancel_keeps_a_recovery_for_the_next_start(gui_env, dialogs, make_window):
    folder = files.recovery_dir()
    folder.mkdir(parents=True)
    (folder / "recovery-1-1.json").write_bytes(EXAMPLE.read_bytes())
    (folder / "recovery-1-1.meta.json").write_text(json.dumps({"original": None, "pid": DEAD_PID, "saved_at": 0}))
    window = make_window()
    dialogs.question_answers.append(QMessageBox.StandardButton.Cancel)
    assert window.files.offer_recoveries() == 0
    assert (folder / "recovery-1-1.json").exists() and len(files.pending_recoveries()) == 1


def test_an_old_record_with_a_relative_name_saves_only_where_the_user_says(gui_env, dialogs, make_window, ui, tmp_path,
                                                                          monkeypatch):
    _, map_b = two_folders(tmp_path)
    b_before = map_b.read_bytes()
    folder = files.recovery_dir()
    folder.mkdir(parents=True)
    (folder / "recovery-7-1.json").write_bytes(EXAMPLE.read_bytes())
    # The record of an older version: the name as typed, no stamp.
    (folder / "recovery-7-1.meta.json").write_text(json.dumps({"original": "map.json", "pid": DEAD_PID, "saved_at": 0}))
    monkeypatch.chdir(map_b.parent)
    window = make_window()
    dialogs.question_answers.append(QMessageBox.StandardButton.Yes)
    assert window.files.offer_recoveries() == 1
    assert "Recover unsaved changes of map.json" in dialogs.questions[-1][1]
    assert "is not known; Save will ask for a file name" in dialogs.questions[-1][1]
    assert window.document.path is None and window.isWindowModified()
    ui.trigger(window, "save")  # the Save dialog was cancelled: nothing written
    assert map_b.read_bytes() == b_before and (folder / "recovery-7-1.json").exists()
    dialogs.save_names.append(str(tmp_path / "chosen.json"))
    ui.trigger(window, "save")
    assert load(tmp_path / "chosen.json").title == load(EXAMPLE).title
    assert map_b.read_bytes() == b_before
    assert not (folder / "recovery-7-1.json").exists()


def _replace(path, data):
    tmp = path.with_name("replacement.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)  # another file (inode) at the same place


def test_a_recovered_map_whose_file_is_gone_replaced_or_read_only_asks_for_a_name(make_window, ui, dialogs, qtbot,
                                                                                 tmp_path):
    map_a, map_b = two_folders(tmp_path)
    for case in ("gone", "replaced", "read-only", "touched"):
        map_a.write_bytes(EXAMPLE.read_bytes())
        window = make_window(map_a, autosave_interval_ms=50)
        edit_something(window, ui)
        crash(window, qtbot)
        original = map_a.read_bytes()
        if case == "gone":
            map_a.rename(map_a.with_name("moved.json"))
        elif case == "replaced":
            _replace(map_a, map_b.read_bytes())
        elif case == "read-only":
            map_a.chmod(0o444)
        else:  # the same bytes written again: still the map's file, saved without asking
            _replace(map_a, original)
        on_disk = map_a.read_bytes() if map_a.exists() else None
        fresh = make_window()
        dialogs.question_answers.append(QMessageBox.StandardButton.Yes)
        assert fresh.files.offer_recoveries() == 1
        told = dialogs.questions[-1][1]
        copy = tmp_path / f"saved-{case}.json"
        dialogs.save_names.append(str(copy))
        ui.trigger(fresh, "save")
        if case == "touched":
            assert "Save will ask" not in told
            assert load(map_a).statement("s1").kind == "evidence" and dialogs.save_names == [str(copy)]
            dialogs.save_names.clear()
        else:
            assert str(map_a) in told and "Save will ask for a file name" in told, case
            assert (map_a.read_bytes() if map_a.exists() else None) == on_disk, case  # not written
            assert load(copy).statement("s1").kind == "evidence", case
            assert fresh.document.path == copy and not fresh.isWindowModified()
        assert files.pending_recoveries() == []
        fresh.close()
        if map_a.exists():
            map_a.chmod(0o644)
            map_a.unlink()
        map_a.with_name("moved.json").unlink(missing_ok=True)


def test_autosave_comes_seconds_after_the_first_change(make_window, example_copy, ui, qtbot):
    window = make_window(example_copy)  # the default interval: a minute
    assert window.autosaver.timer.interval() == files.AUTOSAVE_INTERVAL_MS
    assert files.AUTOSAVE_FIRST_DELAY_MS <= 5000
    edit_something(window, ui)
    qtbot.waitUntil(window.autosaver.map_path.exists, timeout=files.AUTOSAVE_FIRST_DELAY_MS + 3000)
    assert dumps(load(window.autosaver.map_path)) == dumps(window.document.amap)  # compact, but the same map
    assert window.autosaver.timer.isActive() and not window.autosaver.soon.isActive()  # then on its interval
    ui.trigger(window, "save")
    assert not window.autosaver.map_path.exists()
    edit_something(window, ui, kind="support")  # the first change after a save is written soon too
    qtbot.waitUntil(window.autosaver.map_path.exists, timeout=files.AUTOSAVE_FIRST_DELAY_MS + 3000)


def test_a_reused_process_id_does_not_take_an_older_sessions_recovery_file(gui_env, make_window, monkeypatch):
    folder = files.recovery_dir()
    folder.mkdir(parents=True)
    monkeypatch.setattr(files, "_counter", iter(range(1, 100)))
    taken = folder / f"recovery-{os.getpid()}-1.json"
    taken.write_bytes(EXAMPLE.read_bytes())
    taken.with_suffix(".meta.json").write_text(json.dumps({"original": None, "pid": os.getpid(), "saved_at": 0}))
    window = make_window()
    assert window.autosaver.map_path != taken
    assert [r.map_path for r in files.pending_recoveries()] == [taken]
