"""Other programs draw argmap's SVG as argmap draws its PNG: librsvg, ImageMagick, resvg and CairoSVG.

Colours, strokes, fonts and opacity are presentation attributes on the elements, so a
renderer that ignores the ``<style>`` sheet (ImageMagick's own, ``convert MSVG:map.svg``)
draws the map too, and the file draws the same with the sheet removed.

The renderers come from Debian (``rsvg-convert`` in librsvg2-bin; ImageMagick with its
SVG coder) and PyPI (resvg-py, cairosvg: the ``test`` extra); ``.ci/run`` installs them.
A missing one skips a test on a developer's machine, and fails it in CI.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from argmap.export import export_map
from argmap.io import load
from tests.export.test_svg import EXAMPLE, difference

#: Mean difference per colour byte and share of bytes off by more than a quarter, at quarter size,
#: that a renderer may show against the PNG export. Measured on the example map: librsvg and
#: resvg 0.7 / 0.0001 at most, CairoSVG 1.5 / 0.001 (its glyphs sit a little apart from Qt's).
CLOSE = (2.0, 0.003)
#: ImageMagick's own renderer (6.9) spaces letters its own way (4.4 / 0.011 at most), and it ignores
#: fill-opacity and opacity, so a defeated statement is drawn unfaded (its "defeated" is in words too).
#: Still well apart from a drawing without its text (6.6 / 0.035) or shifted by 3 px (10 / 0.05).
LOOSE = (5.0, 0.02)


def _png(data: bytes) -> QImage:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull(), "the renderer wrote a PNG"
    return image


def _run(*command: str) -> bytes:
    return subprocess.run(command, capture_output=True, check=True, timeout=300).stdout


@functools.cache
def _imagemagick() -> str | None:
    """ImageMagick's command (``magick``, or ``convert`` before version 7) when it has its own SVG renderer."""
    for name in ("magick", "convert"):
        path = shutil.which(name)
        if path is None:
            continue
        try:
            formats = subprocess.run([path, "-list", "format"], capture_output=True, text=True, timeout=60).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        if re.search(r"^\s*MSVG\b", formats, re.MULTILINE):
            return path
    return None


def _cairosvg_loads() -> bool:
    try:
        import cairosvg  # noqa: F401  (needs the cairo library as well as the package)
    except (ImportError, OSError):
        return False
    return True


def rsvg(svg: Path) -> QImage:
    return _png(_run("rsvg-convert", str(svg)))


def imagemagick(svg: Path) -> QImage:
    """ImageMagick's own renderer (MSVG): what ``convert map.svg map.png`` uses where librsvg is not installed."""
    return _png(_run(_imagemagick() or "convert", f"MSVG:{svg}", "png:-"))


def resvg(svg: Path) -> QImage:
    import resvg_py

    return _png(bytes(resvg_py.svg_to_bytes(svg_path=str(svg))))


def cairo(svg: Path) -> QImage:
    import cairosvg

    return _png(cairosvg.svg2png(url=str(svg)))


#: name -> (draws an SVG file, is it installed, where it comes from, its tolerance)
RENDERERS: dict[str, tuple[Callable[[Path], QImage], Callable[[], bool], str, tuple[float, float]]] = {
    "rsvg-convert": (rsvg, lambda: shutil.which("rsvg-convert") is not None, "Debian's librsvg2-bin", CLOSE),
    "imagemagick": (imagemagick, lambda: _imagemagick() is not None, "Debian's imagemagick with libmagickcore-6.q16-6-extra", LOOSE),
    "resvg": (resvg, lambda: importlib.util.find_spec("resvg_py") is not None, "resvg-py from PyPI (the test extra)", CLOSE),
    "cairosvg": (cairo, _cairosvg_loads, "cairosvg from PyPI (the test extra) and libcairo2", CLOSE),
}
#: The renderers that read a <style> sheet: stripping it must change nothing for them.
READ_STYLE = ["rsvg-convert", "resvg", "cairosvg"]


def renderer(name: str) -> Callable[[Path], QImage]:
    draw, installed, source, _ = RENDERERS[name]
    if not installed():
        message = f"{name} is not installed (from {source}); .ci/run installs it"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):  # CI=true in .ci/run's runs
            pytest.fail(message)
        pytest.skip(message)
    return draw


def alike(image: QImage, png: QImage, tolerance: tuple[float, float]) -> tuple[bool, tuple[float, float]]:
    mean, far = difference(image, png, shrink=4)
    return mean < tolerance[0] and far < tolerance[1], (mean, far)


@pytest.fixture(scope="module")
def exported(qapp, tmp_path_factory):
    """(theme, strengths shown) -> the example map's SVG file and argmap's own PNG of it, made once."""
    folder = tmp_path_factory.mktemp("renderers")

    @functools.cache
    def export(theme: str, strengths: bool) -> tuple[Path, QImage]:
        amap = load(EXAMPLE)
        amap.update("o1", collapsed=True)  # a stacked card and "+N hidden" too
        svg, png = folder / f"{theme}-{strengths}.svg", folder / f"{theme}-{strengths}.png"
        export_map(amap, svg, theme=theme, evaluation=strengths)  # on the theme's own page colour
        export_map(amap, png, theme=theme, evaluation=strengths)
        return svg, QImage(str(png))

    return export


@pytest.mark.parametrize("name", list(RENDERERS))
@pytest.mark.parametrize(("theme", "strengths"), [("light", False), ("light", True), ("dark", True)])
def test_a_renderer_draws_the_svg_like_the_png_export(exported, name, theme, strengths):
    draw = renderer(name)
    svg, png = exported(theme, strengths)
    ok, measured = alike(draw(svg), png, RENDERERS[name][3])
    assert ok, measured


def strip_style(svg: Path, out: Path) -> Path:
    text = svg.read_text(encoding="utf-8")
    stripped = re.sub(r"<style>.*?</style>\n?", "", text, flags=re.DOTALL)
    assert "<style" in text and "<style" not in stripped
    out.write_text(stripped, encoding="utf-8")
    return out


@pytest.mark.parametrize("name", READ_STYLE)
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_svg_draws_the_same_without_its_style_sheet(exported, tmp_path, name, theme):
    draw = renderer(name)
    svg, png = exported(theme, True)
    whole, bare = draw(svg), draw(strip_style(svg, tmp_path / "no-style.svg"))
    assert whole == bare, difference(whole, bare)  # pixel for pixel: the sheet only names fonts installed here
    ok, measured = alike(bare, png, CLOSE)
    assert ok, measured


def test_every_style_is_on_the_elements(exported):
    """No CSS classes: the only rule left lists fallback fonts, and the <svg> names the first of them."""
    svg, _ = exported("light", True)
    root = ET.parse(svg).getroot()
    assert not [e.tag for e in root.iter() if "class" in e.attrib or "style" in e.attrib]
    (sheet,) = root.iter("{http://www.w3.org/2000/svg}style")
    assert re.fullmatch(r"text \{ font-family: [^{}]+; \}", sheet.text.strip()), sheet.text
    assert root.get("font-family") == "DejaVu Sans" and root.get("stroke") == "none"
    texts = list(root.iter("{http://www.w3.org/2000/svg}text"))
    assert all(t.get("fill") or any(t in g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("fill")) for t in texts)


def test_the_loose_tolerance_still_sees_missing_text_a_shift_or_black_strokes(exported, tmp_path):
    """ImageMagick's tolerance is wider than the others': it still fails a drawing that is wrong (the right one passes above)."""
    draw = renderer("imagemagick")
    svg, png = exported("light", False)
    text = svg.read_text(encoding="utf-8")
    wrong = {
        "no text": re.sub(r"<text[^>]*>[^<]*</text>", "", text),
        "shifted": text.replace("translate(", "translate(3 3) translate("),
        "no stroke=none on the <svg>": text.replace(' stroke="none" xml:space', " xml:space", 1),  # it strokes in black then
    }
    for what, variant in wrong.items():
        path = tmp_path / "wrong.svg"
        path.write_text(variant, encoding="utf-8")
        assert variant != text and not alike(draw(path), png, LOOSE)[0], what
