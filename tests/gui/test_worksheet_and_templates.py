"""File > Export worksheet and File > New from template, as a teacher uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.evaluation import Label, grounded_labelling
from argmap.gui.teaching import templates
from argmap.io import load

MAPS = Path(__file__).resolve().parents[2] / "maps"


def test_export_worksheet_of_the_selection(window, dialogs, monkeypatch, tmp_path):
    asked = []
    monkeypatch.setattr("argmap.gui.teaching.QInputDialog.getItem",
                        lambda parent, title, label, items, *a: (asked.extend(items), items[0], True)[1:])
    out = tmp_path / "sheet.pdf"
    dialogs.save_names.append(str(out))
    window.scene.select_ids(["s2", "o1"])
    window.teaching.export_worksheet()
    assert asked[0] == "The selected statements (2)" and any(i.startswith("Every piece of evidence") for i in asked)
    assert out.read_bytes().startswith(b"%PDF")


def test_export_worksheet_of_one_kind_as_png(window, dialogs, monkeypatch, tmp_path):
    monkeypatch.setattr("argmap.gui.teaching.QInputDialog.getItem",
                        lambda parent, title, label, items, *a: (next(i for i in items if i.startswith("Every objection")), True))
    out = tmp_path / "sheet"
    dialogs.save_names.append(str(out))
    window.scene.select_ids([])
    path = window.teaching.export_worksheet()
    assert path is not None and path.suffix == ".pdf" and path.read_bytes().startswith(b"%PDF")


def test_the_teaching_templates_are_offered_and_none_opens_lost():
    found = templates()
    names = {p.name for _, p in found}
    assert {"teaching-template.json", "template-policy-proposal.json", "template-scheme-practice.json",
            "template-debate.json"} <= names


@pytest.mark.parametrize("name", ["template-policy-proposal.json", "template-scheme-practice.json", "template-debate.json"])
def test_new_templates_open_with_their_main_claim_standing(name):
    amap = load(MAPS / name)
    labels = grounded_labelling(amap)
    assert all(labels[i] == Label.IN for i in amap.main_claims())
    assert len(amap) >= 8


def test_new_from_template_opens_an_untitled_copy(window, monkeypatch):
    monkeypatch.setattr("argmap.gui.teaching.QInputDialog.getItem",
                        lambda parent, title, label, items, *a: (next(i for i in items if "debate" in i), True))
    assert window.teaching.new_from_template()
    assert "debate" in window.document.amap.title and window.document.path is None
    assert window.document.is_modified()  # closing asks to save
