"""View > Full screen (F11) and View > Text size: the canvas and the exports from the editor follow the size."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from argmap.gui import dialogs as editor_dialogs
from argmap.gui import settings


def test_f11_toggles_full_screen(window, ui, qtbot):
    action = ui.act(window, "full_screen")
    assert action.isCheckable() and not window.isFullScreen()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F11)
    QApplication.processEvents()
    assert window.isFullScreen() and action.isChecked()
    qtbot.keyClick(window.view, Qt.Key.Key_F11)
    QApplication.processEvents()
    assert not window.isFullScreen() and not action.isChecked()


def test_full_screen_is_in_the_view_menu_and_the_palette(window):
    from PySide6.QtWidgets import QMenu

    view_menu = window.findChild(QMenu, "menu_view")
    assert "action_full_screen" in [a.objectName() for a in view_menu.actions()]
    assert "action_full_screen" in [a.objectName() for a in window.all_actions()]
    assert window.action_map["full_screen"].statusTip()


def sizes(window):
    return {item.statement_id: item.size() for item in window.scene.statement_items()}


def export_through_the_menu(window, ui, dialogs, monkeypatch, path):
    monkeypatch.setattr(editor_dialogs, "ask_image_export",
                        lambda *a, **k: editor_dialogs.ImageExportOptions(scale=1.0, selection_only=False, evaluation=False))
    dialogs.save_names.append(str(path))
    ui.trigger(window, "export")
    assert path.exists(), dialogs.warnings


def test_text_size_resizes_the_boxes_and_the_exports(window, ui, dialogs, monkeypatch, tmp_path):
    assert ui.act(window, "text_size_normal").isChecked()
    before = sizes(window)
    export_through_the_menu(window, ui, dialogs, monkeypatch, tmp_path / "normal.png")
    export_through_the_menu(window, ui, dialogs, monkeypatch, tmp_path / "normal.svg")

    ui.trigger(window, "text_size_large")
    assert window.scene.theme.text_px == settings.TEXT_SIZES["large"]
    assert ui.act(window, "text_size_large").isChecked() and not ui.act(window, "text_size_normal").isChecked()
    after = sizes(window)
    assert all(after[i][1] >= before[i][1] for i in before)
    assert sum(after[i][1] > before[i][1] for i in before) >= len(before) * 0.9
    ui.assert_scene_matches(window)
    export_through_the_menu(window, ui, dialogs, monkeypatch, tmp_path / "large.png")
    export_through_the_menu(window, ui, dialogs, monkeypatch, tmp_path / "large.svg")

    normal_png, large_png = QImage(str(tmp_path / "normal.png")), QImage(str(tmp_path / "large.png"))
    assert large_png.width() * large_png.height() > normal_png.width() * normal_png.height() * 1.1
    normal_svg, large_svg = (tmp_path / "normal.svg").read_text(), (tmp_path / "large.svg").read_text()

    def has_size(svg: str, px: int) -> bool:
        return re.search(rf'font-size[:=]"?{px}(\.0)?(px)?\b', svg) is not None

    assert has_size(normal_svg, 14) and not has_size(normal_svg, 17)
    assert has_size(large_svg, 17) and not has_size(large_svg, 14)


def test_the_text_size_is_remembered_for_the_next_window(make_window, ui, example_copy):
    first = make_window(example_copy)
    ui.trigger(first, "text_size_larger")
    assert settings.text_size() == settings.TEXT_SIZES["larger"]
    second = make_window()
    assert second.scene.theme.text_px == settings.TEXT_SIZES["larger"]
    assert ui.act(second, "text_size_larger").isChecked()
    ui.trigger(second, "text_size_normal")
    assert second.scene.theme.text_px == 14 and settings.text_size() == 14


def test_a_hand_edited_text_size_is_kept_in_range(gui_env):
    settings.settings().setValue("view/text_size", "300")
    assert settings.text_size() == 48
    settings.settings().setValue("view/text_size", "big")
    assert settings.text_size() == 14


def test_a_fitted_map_stays_fitted_when_the_text_grows(window, ui):
    ui.trigger(window, "fit")
    fitted = window.view.zoom()
    ui.trigger(window, "text_size_larger")
    assert window.view.zoom() < fitted  # the map grew: fitted again, smaller
    bounds = window.view.mapFromScene(window.scene.items_bounding_rect_for_export()).boundingRect()
    assert window.view.viewport().rect().adjusted(-2, -2, 2, 2).contains(bounds)


def test_on_first_start_the_outline_has_room_for_its_statements(window, qtbot):
    from argmap.gui.main_window import DOCK_WIDTH

    qtbot.waitUntil(lambda: window.outline_dock.width() >= DOCK_WIDTH - 10, timeout=3000)
    statements = window.outline.header().sectionSize(0)
    assert statements >= window.outline.header().sectionSize(1)  # the texts get at least the kinds' width
