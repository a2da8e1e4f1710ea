"""Source documents and quotes in the file (version 2): saved, loaded, checked; documents read from disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argmap.file_errors import MapFileError
from argmap.io import dumps, load, loads
from argmap.io.source_files import read_source_text
from argmap.model import SourceDocument, locate, quote_of

ROOT = Path(__file__).parents[2]
ESSAY = ROOT / "maps" / "sources" / "training-mission-essay.md"
DATA = ROOT / "tests" / "data" / "sources"


def quoted_map():
    m = load(ROOT / "maps" / "japan-nato-ukraine.json")
    text = read_source_text(ESSAY)
    doc = SourceDocument("essay", "A training role without combat", author="argmap authors", date="2026",
                         path="sources/training-mission-essay.md", text=text)
    m.set_sources([doc])
    start = text.index("only\nwith the approval of the Diet")
    m.update("e3", quote=quote_of("essay", text, start, start + 35))
    return m


def test_sources_and_quotes_survive_a_round_trip() -> None:
    m = quoted_map()
    saved = dumps(m)
    data = json.loads(saved)
    assert data["schema_version"] == 2 and data["sources"][0]["id"] == "essay"
    assert data["nodes"][[n["id"] for n in data["nodes"]].index("e3")]["quote"]["source"] == "essay"
    again = loads(saved)
    assert dumps(again) == saved
    assert again.statement("e3").quote == m.statement("e3").quote
    assert again.sources == m.sources


def test_a_map_without_sources_writes_none() -> None:
    saved = dumps(load(ROOT / "maps" / "teaching-template.json"))
    assert '"sources": [\n    {\n      "id"' not in saved and '"quote"' not in saved


def test_duplicate_source_ids_are_refused_with_the_place() -> None:
    data = json.loads(dumps(quoted_map()))
    data["sources"].append(dict(data["sources"][0]))
    with pytest.raises(MapFileError, match=r"\$\.sources\[1\]: duplicate source id 'essay'"):
        loads(json.dumps(data))


def test_a_quote_from_an_unknown_source_still_loads() -> None:
    data = json.loads(dumps(quoted_map()))
    data["sources"] = []
    m = loads(json.dumps(data))
    assert m.statement("e3").quote is not None and m.source("essay") is None


def test_plain_text_markdown_and_html_sources() -> None:
    text = read_source_text(ESSAY)
    assert text.startswith("# A training role without combat")
    html = read_source_text(DATA / "page.html")
    assert "Japan has cleared mines in Cambodia & trained deminers." in html
    assert "alert" not in html and "never shown" not in html and "color" not in html
    assert "A second paragraph spread over lines." in html


def test_pdf_source(tmp_path: Path, qapp) -> None:
    from PySide6.QtGui import QPdfWriter, QTextDocument

    out = tmp_path / "essay.pdf"
    writer = QPdfWriter(str(out))
    document = QTextDocument()
    document.setPlainText("Japan has cleared mines in Cambodia.\nA second line.")
    document.print_(writer)
    del writer
    text = read_source_text(out)
    assert "Japan has cleared mines in Cambodia." in text


def test_unreadable_sources_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(MapFileError, match="no such file"):
        read_source_text(tmp_path / "gone.md")
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 nonsense")
    with pytest.raises(MapFileError, match=r"broken\.pdf"):
        read_source_text(bad)
    with pytest.raises(MapFileError, match=r"cannot read \.docx"):
        read_source_text(tmp_path / "x.docx")


def test_a_quote_after_the_source_file_changed(tmp_path: Path) -> None:
    m = quoted_map()
    q = m.statement("e3").quote
    copy = tmp_path / "essay.md"
    copy.write_text("A new opening paragraph.\n\n" + ESSAY.read_text(encoding="utf-8"), encoding="utf-8")
    moved = locate(q, read_source_text(copy))
    assert moved.found == "moved"
    copy.write_text("The essay was rewritten completely.", encoding="utf-8")
    assert locate(q, read_source_text(copy)).found == "changed"


def test_maps_with_sources_take_the_fast_path_and_a_repeated_key_is_still_caught() -> None:
    from argmap.io.reading import _parse_fast

    saved = dumps(quoted_map())
    assert _parse_fast(saved.encode()) is not None
    for anchor in ('"author": "argmap authors"', '"source": "essay"'):
        key = anchor.split(":")[0]
        twice = saved.replace(anchor, f'{key}: "x: y", {anchor}', 1)
        assert _parse_fast(twice.encode()) is None
        with pytest.raises(MapFileError, match="appears twice"):
            loads(twice)
