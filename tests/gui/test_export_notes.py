"""File > Export tells the user when the written file is more than its destination takes (Mermaid's limits), and
what of the map the format leaves out (titles, quotes, comments, schemes, undercuts... in a Kialo file)."""

from __future__ import annotations

from argmap.io import save
from argmap.model import ArgumentMap


def _star(links: int) -> ArgumentMap:
    amap = ArgumentMap("Many reasons")
    amap.add("claim", "Claim", id="c")
    for n in range(links):
        amap.add("support", f"Reason {n}", id=f"s{n}", parent="c")
    return amap


def test_mermaid_export_over_the_default_limit_warns_and_says_how_to_raise_it(make_window, ui, dialogs, tmp_path):
    save(_star(520), tmp_path / "big.json")
    window = make_window(tmp_path / "big.json")
    dialogs.save_names.append(str(tmp_path / "big.mmd"))
    ui.trigger(window, "export")
    assert (tmp_path / "big.mmd").read_text(encoding="utf-8").count("linkStyle") == 520  # written all the same
    assert len(dialogs.warnings) == 1
    title, text = dialogs.warnings[0]
    assert title == "Exported with a warning"
    assert text.startswith("big.mmd was written, but:") and "520 links" in text and "maxEdges: 600" in text


def test_mermaid_export_within_the_limits_says_nothing(window, ui, dialogs, tmp_path):
    dialogs.save_names.append(str(tmp_path / "small.mmd"))
    ui.trigger(window, "export")
    assert (tmp_path / "small.mmd").exists() and dialogs.warnings == []


def test_kialo_export_names_each_part_it_leaves_out_with_its_count(make_window, ui, dialogs, tmp_path):
    from tests.io.formats.test_version2_parts import every_part

    save(every_part(), tmp_path / "trams.json")
    window = make_window(tmp_path / "trams.json")
    dialogs.save_names.append(str(tmp_path / "trams.txt"))
    ui.trigger(window, "export")
    assert (tmp_path / "trams.txt").exists()
    title, text = dialogs.warnings[0]
    assert title == "Exported with a warning" and text.startswith("trams.txt was written, but:")
    for said in ("2 statement title(s)", "1 quote(s)", "1 comment(s)", "1 critical question(s)", "1 argument scheme(s)",
                 "1 undercut(s)", "1 rephrase(s)", "1 premise(s) shared"):
        assert said in text
