"""A screen reader's view of the window: Qt's accessibility tree names and describes the focused statement and every tool."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface

from argmap.gui.accessibility import statement_description, statement_name
from argmap.model import ArgumentMap

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


def walk(iface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """Every interface under ``iface``, as a screen reader walks it (children by index)."""
    yield iface
    if depth > 40:
        return
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.isValid():
            yield from walk(child, depth + 1)


def tree(window) -> list[QAccessibleInterface]:
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None and root.isValid()
    return list(walk(root))


def entry_named(window, start: str) -> QAccessibleInterface:
    found = [iface for iface in tree(window) if iface.text(NAME).startswith(start)]
    assert found, f"no accessible entry named {start!r}"
    return found[0]


def shown(amap: ArgumentMap, statement_id: str) -> str:
    """The start of what names a statement: its title if it has one, else its text."""
    s = amap.statement(statement_id)
    return (s.title or s.text)[:30]


def test_the_focused_statement_is_named_and_described(window, ui, qtbot):
    amap = window.document.amap
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    ui.trigger(window, "select_main")
    main = window.scene.selected_ids()[0]
    iface = entry_named(window, "Claim: " + shown(amap, main))
    assert iface.role() != QAccessible.Role.NoRole
    description = iface.text(DESCRIPTION)
    if amap.statement(main).title:  # named by its title: the text comes first in the description
        assert description.startswith(amap.statement(main).text[:30])
    assert "Strength 0." in description
    assert "Main claim" in description
    replies = len(amap.children(main))
    assert f"{replies} replies: " in description
    assert iface.state().focused  # the entry that speaks is the one with the keyboard focus

    ui.trigger(window, "select_child")
    child = window.scene.selected_ids()[0]
    kind = {"support": "Reason", "objection": "Objection"}[amap.statement(child).kind.value]
    iface = entry_named(window, f"{kind}: {shown(amap, child)}")
    description = iface.text(DESCRIPTION)
    verb = "Supports" if kind == "Reason" else "Attacks"
    assert f"{verb} “{amap.statement(main).text[:20]}" in description
    verdict = window.evaluator.live.result.statuses[child]
    from argmap.drawing.box import status_word

    assert f"(base score {amap.statement(child).score:.2f}), {status_word(verdict)}." in description  # the box's word


def test_every_toolbar_action_has_a_named_described_entry(window):
    entries = {iface.text(NAME): iface.text(DESCRIPTION) for iface in tree(window) if iface.role() == QAccessible.Role.Button}
    actions = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert len(actions) >= 15
    for action in actions:
        name = action.iconText()
        assert name in entries, f"toolbar button {name!r} is not in the accessibility tree"
        assert entries[name], f"toolbar button {name!r} has no description"


def test_descriptions_say_strength_status_parent_and_replies():
    amap = ArgumentMap()
    amap.add("claim", "We should walk.", id="c")
    amap.add("support", "Walking is healthy.", id="s", parent="c")
    amap.add("objection", "It rains a lot here and the road has no pavement at all for two kilometres of it.", id="o",
             parent="c")
    amap.add("rebuttal", "Umbrellas.", id="r", parent="o")
    from argmap.evaluation import evaluate

    result = evaluate(amap)
    values, labels = result.values, result.statuses
    assert statement_name(amap, "o") == "Objection: It rains a lot here and the road has no pavement at all for two " \
        "kilometres of it."
    said = statement_description(amap, "o", values, labels)
    assert said == f"Strength {values['o']:.2f} (base score 0.50), weakened. Attacks “We should walk”. 1 reply: 1 rebuttal."
    said = statement_description(amap, "c", values, labels)
    assert "Main claim. 2 replies: 1 reason, 1 objection." in said
    assert statement_description(amap, "s", {}, {}) == "Supports “We should walk”. No replies."
    amap.update("s", title="Health")
    assert statement_name(amap, "s") == "Reason: Health"
    assert statement_description(amap, "s", {}, {}).startswith("Walking is healthy. Supports")


def test_tab_goes_round_every_panel_and_back_to_the_canvas(window, ui, qtbot):
    """Tab from the canvas: the inspector (what is selected), the history, the outline, and back to the canvas; no trap."""
    from PySide6.QtWidgets import QApplication

    ui.trigger(window, "select_main")  # the inspector's fields take the focus when there is a statement to edit
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    regions = {"canvas": window.view, "inspector": window.inspector, "history": window.history, "outline": window.outline}
    visited: list[str] = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        region = next((name for name, w in regions.items() if w is focus or w.isAncestorOf(focus)), None)
        if region is not None and (not visited or visited[-1] != region):
            visited.append(region)
        if region == "canvas":
            break
    assert visited == ["inspector", "history", "outline", "canvas"]


def test_japanese_is_heard_with_japanese_punctuation(tmp_path):
    """In Japanese the reader hears 「」 quotes, 。 between sentences, 、 in lists and a full-width colon after the kind."""
    import os
    import subprocess
    import sys
    import textwrap

    import pytest

    from tests.conftest import ROOT

    if not (ROOT / "src" / "argmap" / "translations" / "argmap_ja.qm").is_file():
        pytest.skip("the Japanese translation is not compiled (make test compiles it)")
    code = textwrap.dedent("""
        from PySide6.QtCore import QSettings
        from argmap.gui.app import make_application
        QSettings("argmap", "argmap").setValue("view/language", "ja")
        app = make_application(["argmap"])
        from argmap.evaluation import evaluate
        from argmap.gui.accessibility import statement_description, statement_name
        from argmap.model import ArgumentMap
        amap = ArgumentMap()
        amap.add("claim", "歩いて通学すべきだ。", id="c")
        amap.add("objection", "雨が多い。", id="o", parent="c")
        amap.add("support", "健康に良い。", id="s", parent="c")
        result = evaluate(amap)
        print(statement_name(amap, "o"))
        print(statement_description(amap, "o", result.values, result.statuses))
        print(statement_description(amap, "c", result.values, result.statuses))
    """)
    env = {k: v for k, v in os.environ.items() if k != "ARGMAP_LANGUAGE"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    name, objection, claim = result.stdout.splitlines()
    colon = "\uff1a"  # full width
    assert name == f"反論{colon}雨が多い。"
    assert "「歩いて通学すべきだ」" in objection and objection.endswith("。") and ". " not in objection
    assert f"{colon}根拠 1 件、反論 1 件。" in claim


def test_a_selection_while_the_worker_evaluates_is_said_with_the_last_strengths_then_again(window, ui, qtbot, monkeypatch):
    """While the worker thread evaluates the whole map (a large map's), a selection change is said at once with the
    strengths last known (evaluating the map here took 1.95 s at 50,000 statements), and said again when they come."""
    from argmap.gui import accessibility

    live = window.evaluator.live
    qtbot.waitUntil(lambda: not live.stale, timeout=10000)
    main = next(i for i in window.document.amap.ids() if window.document.amap.children(i))
    monkeypatch.setattr(live, "background", True)
    monkeypatch.setattr(live, "_full_seconds", 10.0)  # (as a large map's: to the worker)
    live.invalidate()  # the whole map evaluated again (on the worker: the semantics changed, say)
    assert live.coming

    def not_here(*_args, **_kwargs):
        raise AssertionError("evaluated on the GUI thread")

    monkeypatch.setattr(accessibility, "evaluate", not_here)
    last = live.result.values[main]
    window.scene.select_ids([main])
    said = window.view.accessibleDescription()
    assert f"Strength {last:.2f}" in said
    window.view.setAccessibleDescription("")  # (said again below: not left as it was)
    qtbot.waitUntil(lambda: not live.stale and not live.coming, timeout=10000)
    assert f"Strength {live.result.values[main]:.2f}" in window.view.accessibleDescription()
