"""Export to SVG, PNG and PDF with the canvas's drawing code: real text, escaped, right sizes, one vector page."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from argmap.export import ExportError, export_map
from argmap.io import MapFileError, load
from argmap.model import Kind

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "maps" / "japan-nato-ukraine.json"
SCRIPT = "<script>alert(1)</script>"
SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def example():
    return load(EXAMPLE)


def svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()  # raises if the SVG is not well-formed XML
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG_NS}text"))


def words(text: str) -> list[str]:
    return text.split()


def test_svg_is_xml_with_every_statement_as_real_text(qapp, tmp_path, example):
    out = tmp_path / "map.svg"
    export_map(example, out)
    shown = svg_text(out)
    shown_words = set(words(shown))
    for statement in example.statements():
        missing = [w for w in words(statement.text) if w not in shown_words]
        assert not missing, (statement.id, missing)
    for label in ("CLAIM", "REASON", "OBJECTION", "REBUTTAL", "EVIDENCE"):
        assert label in shown_words
    raw = out.read_text(encoding="utf-8")
    assert "<path" in raw and "<text" in raw
    assert 'width="' in raw and "viewBox" in raw
    assert "font-family: 'DejaVu Sans'" in raw and "sans-serif" in raw  # fallbacks for other machines


def test_svg_escapes_user_text(qapp, tmp_path, example):
    example.add(Kind.OBJECTION, SCRIPT, parent="c1", id="evil")
    example.set_title(f"Title {SCRIPT} & more")
    out = tmp_path / "evil.svg"
    export_map(example, out)
    raw = out.read_text(encoding="utf-8")
    assert "<script" not in raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
    assert SCRIPT in svg_text(out)  # a reader sees the text exactly as typed
    ET.parse(out)


def test_png_has_the_requested_size(qapp, tmp_path, example):
    from PySide6.QtGui import QImage

    one, two = tmp_path / "one.png", tmp_path / "two.png"
    export_map(example, one)
    export_map(example, two, scale=2)
    a, b = QImage(str(one)), QImage(str(two))
    assert not a.isNull() and not b.isNull()
    assert abs(b.width() - 2 * a.width()) <= 1 and abs(b.height() - 2 * a.height()) <= 1
    assert a.width() > a.height() > 300  # the example map is wide
    dpi = tmp_path / "dpi.png"
    export_map(example, dpi, dpi=192)
    c = QImage(str(dpi))
    assert (c.width(), c.height()) == (b.width(), b.height())
    assert round(c.dotsPerMeterX() * 0.0254) == 192


def test_png_background_white_transparent_dark(qapp, tmp_path, example):
    from PySide6.QtGui import QColor, QImage

    white, clear, dark = tmp_path / "w.png", tmp_path / "t.png", tmp_path / "d.png"
    export_map(example, white)
    export_map(example, clear, background="transparent")
    export_map(example, dark, theme="dark")
    assert QImage(str(white)).pixelColor(1, 1) == QColor("white")
    assert QImage(str(clear)).pixelColor(1, 1).alpha() == 0
    corner = QImage(str(dark)).pixelColor(1, 1)
    assert corner.lightness() < 60


def pdf_streams(data: bytes) -> list[bytes]:
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        body = match.group(1)
        try:  # a stream whose last byte is a line end loses it to the pattern: decompress what is there
            out.append(zlib.decompressobj().decompress(body))
        except zlib.error:
            out.append(body)
    return out


@pytest.mark.parametrize("page", ["fit", "A4", "Letter", "slide"])
def test_pdf_is_one_vector_page(qapp, tmp_path, example, page):
    out = tmp_path / f"map-{page}.pdf"
    export_map(example, out, page=page)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data)) == 1
    assert b"/Subtype /Image" not in data and b"/Subtype/Image" not in data
    content = b"\n".join(pdf_streams(data))
    assert re.search(rb"\bTj\b|\bTJ\b", content), "text is drawn as text"
    assert b" re\n" in content or b" c\n" in content or b" l\n" in content, "shapes are drawn as paths"
    assert len(data) < 2_000_000
    sizes = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    width, height = float(sizes.group(1)), float(sizes.group(2))
    if page == "A4":
        assert (round(width), round(height)) in {(842, 595), (595, 842)}
    elif page == "Letter":
        assert (round(width), round(height)) in {(792, 612), (612, 792)}
    elif page == "slide":
        assert (round(width), round(height)) == (960, 540)  # 16:9 widescreen, landscape
    else:
        assert width > height  # the page has the map's shape


def test_dark_a4_pdf_has_no_white_frame(qapp, tmp_path, example):
    out = tmp_path / "dark.pdf"
    export_map(example, out, page="A4", theme="dark")
    content = b"\n".join(pdf_streams(out.read_bytes()))
    fills = [tuple(map(float, m.groups())) for m in re.finditer(rb"(-?[\d.]+) (-?[\d.]+) ([\d.]+) ([\d.]+) re\s+f", content)]
    x, y, w, h = fills[0]  # the first thing painted: the background
    assert x < 0 and y < 0, "it starts in the margin"
    assert abs(w / h - 297 / 210) < 0.01, "it covers the whole A4 sheet (landscape)"


def test_export_only_the_selection(qapp, tmp_path, example):
    out = tmp_path / "part.svg"
    export_map(example, out, ids=["c1", "s1"])
    shown = set(words(svg_text(out)))
    assert set(words(example.statement("s1").text)) <= shown
    assert "Article" not in shown  # o1's text is not in the part
    with pytest.raises(ExportError, match="nothing to export"):
        export_map(example, tmp_path / "none.svg", ids=["nope"])


def test_export_of_an_open_scene_hides_decorations_and_restores_them(qapp, tmp_path, example):
    from argmap.export import export_diagram
    from argmap.gui.canvas import MapScene

    scene = MapScene(example)
    try:
        scene.select_ids(["s1"])
        scene.set_highlighted(["s2"])
        scene.start_inline_edit("s3")
        out = tmp_path / "scene.png"
        export_diagram(scene.diagram(), out)
        assert out.exists()
        assert scene.decorations and scene.selected_ids() == ["s1"]
        assert scene.inline_editor is not None and scene.inline_editor.isVisible()
    finally:
        scene.detach()


def test_clear_errors(qapp, tmp_path, example):
    with pytest.raises(ExportError, match=r"cannot export to .*\.doc"):
        export_map(example, tmp_path / "map.doc")
    missing = tmp_path / "no-such-folder" / "map.svg"
    with pytest.raises(ExportError) as info:
        export_map(example, missing)
    assert str(info.value).startswith(str(missing) + ":")
    assert isinstance(info.value, MapFileError)
    with pytest.raises(ExportError, match="unknown theme"):
        export_map(example, tmp_path / "x.svg", theme="pink")
    with pytest.raises(ExportError, match="unknown direction"):
        export_map(example, tmp_path / "x.svg", direction="diagonal")
    with pytest.raises(ExportError, match="unknown page"):
        export_map(example, tmp_path / "x.pdf", page="A3")
    with pytest.raises(ExportError, match="scale"):
        export_map(example, tmp_path / "x.png", scale=0)
    folder = tmp_path / "folder.svg"
    folder.mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        export_map(example, folder)


def test_unwritable_folder(qapp, tmp_path, example):
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(ExportError, match="permission denied"):
            export_map(example, locked / "map.svg")
    finally:
        locked.chmod(0o700)


def test_empty_map_exports(qapp, tmp_path):
    from argmap.model import ArgumentMap

    out = tmp_path / "empty.svg"
    export_map(ArgumentMap(), out)
    ET.parse(out)


@pytest.mark.parametrize("suffix", ["svg", "png", "pdf"])
def test_a_write_that_fails_late_is_a_clear_error(qapp, example, suffix):
    """Even root cannot create files in /proc: the failure surfaces as ExportError, not a traceback."""
    proc = Path("/proc")
    if not proc.is_dir():
        pytest.skip("needs Linux /proc")
    target = proc / f"argmap-export-test.{suffix}"
    with pytest.raises(ExportError) as info:
        export_map(example, target)
    assert str(info.value).startswith(str(target) + ":")


def test_export_size_predicts_the_png(qapp, tmp_path, example):
    from PySide6.QtGui import QImage

    from argmap.export import export_diagram, export_size
    from argmap.gui.canvas import MapScene

    scene = MapScene(example)
    try:
        for scale, ids in ((1.0, None), (2.0, None), (1.5, ["c1", "s1"])):
            out = tmp_path / f"size-{scale}.png"
            export_diagram(scene.diagram(), out, scale=scale, ids=ids)
            image = QImage(str(out))
            assert export_size(scene.diagram(ids), scale=scale) == (image.width(), image.height())
    finally:
        scene.detach()


def test_left_to_right_export_is_tall(qapp, tmp_path, example):
    from PySide6.QtGui import QImage

    out = tmp_path / "lr.png"
    export_map(example, out, direction="LR")
    image = QImage(str(out))
    assert image.height() > image.width()


@pytest.mark.parametrize("suffix", ["svg", "png", "pdf"])
def test_a_failed_export_leaves_the_previous_file_as_it_was(qapp, tmp_path, example, monkeypatch, suffix):
    import os

    out = tmp_path / f"map.{suffix}"
    export_map(example, out)
    before = out.read_bytes()
    example.update(example.ids()[0], text="Changed after the first export.")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        export_map(example, out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left behind
