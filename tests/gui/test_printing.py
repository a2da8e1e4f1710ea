"""File > Print and Print preview: the map on paper (a PDF printer here), fitted or tiled, in the theme or print-friendly."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from argmap.export.printing import tiles


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def to_pdf(printer: QPrinter, path: Path) -> None:
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))


def first_page_png(pdf: Path, tmp_path: Path) -> QImage:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True)
    return QImage(str(next(tmp_path.glob("page*.png"))))


def print_with(window, monkeypatch, pdf: Path, **choices) -> None:
    """Trigger File > Print…, choose ``choices`` in the Map tab, press Print."""
    def exec_dialog(dialog):
        options = dialog.findChild(QWidget, "print_options")  # the dialog's Map tab
        for name, index in choices.items():
            options.findChild(QComboBox, f"print_{name}").setCurrentIndex(index)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_dialog)
    to_pdf(window.printing.printer, pdf)
    window.findChild(QAction, "action_print").trigger()


def test_tiles_cover_the_map_with_overlaps():
    grid = tiles(QRectF(0, 0, 2500, 900), QRectF(0, 0, 1000, 700), 50)
    assert (len(grid), len(grid[0])) == (2, 3)
    assert grid[0][1].left() == 950  # overlaps its left neighbour by 50
    assert grid[1][0].top() == 650
    assert grid[-1][-1].right() == 2500 and grid[-1][-1].bottom() == 900
    assert tiles(QRectF(0, 0, 500, 300), QRectF(0, 0, 1000, 700), 50) == [[QRectF(0, 0, 500, 300)]]


def test_print_fits_the_map_on_one_page(window, ui, monkeypatch, tmp_path):
    pdf = tmp_path / "fit.pdf"
    print_with(window, monkeypatch, pdf, pages=0)
    assert pdf_pages(pdf) == 1
    page = first_page_png(pdf, tmp_path)
    assert page.pixelColor(2, 2).lightness() > 240  # print-friendly: white paper


def test_print_tiles_the_example_map_over_several_pages(window, monkeypatch, tmp_path):
    pdf = tmp_path / "tiles.pdf"
    print_with(window, monkeypatch, pdf, pages=1)  # tile at 100 %
    diagram = window.printing.diagram(print_friendly=True, selection_only=False)
    bounds = diagram.bounds()
    printer = window.printing.printer
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    per_page = area.width() / printer.resolution() * 96, area.height() / printer.resolution() * 96
    assert pdf_pages(pdf) >= (bounds.width() // per_page[0] + 1) * (bounds.height() // per_page[1] + 1) > 1
    assert window.statusBar().currentMessage().startswith(f"Printed {pdf_pages(pdf)} pages")


def test_print_in_the_dark_theme_or_print_friendly(window, ui, monkeypatch, tmp_path):
    ui.trigger(window, "theme_dark")
    dark, friendly = tmp_path / "dark.pdf", tmp_path / "friendly.pdf"
    print_with(window, monkeypatch, dark, pages=0, colours=1)
    (tmp_path / "d").mkdir()
    assert first_page_png(dark, tmp_path / "d").pixelColor(2, 2).lightness() < 60  # the theme's canvas, margins too
    print_with(window, monkeypatch, friendly, pages=0, colours=0)
    (tmp_path / "f").mkdir()
    assert first_page_png(friendly, tmp_path / "f").pixelColor(2, 2).lightness() > 240


def test_print_only_the_selection(window, ui, monkeypatch, tmp_path):
    window.scene.select_ids(["c1"])
    whole = window.printing.diagram(print_friendly=True, selection_only=False)
    part = window.printing.diagram(print_friendly=True, selection_only=True)
    assert [b.id for b in part.boxes] == ["c1"] and len(whole.boxes) > 30
    pdf = tmp_path / "one.pdf"
    print_with(window, monkeypatch, pdf, pages=1, what=1)
    assert pdf_pages(pdf) == 1  # one box fits one page even at 100 %


def test_print_preview_shows_the_pages_and_follows_the_options(window, monkeypatch, tmp_path):
    seen = {}

    def exec_preview(dialog):
        options = dialog.findChild(QWidget, "print_options")
        counts = [options.count.text()]
        options.pages.setCurrentIndex(1)
        counts.append(options.count.text())
        seen["counts"] = counts
        dialog.grab().save(str(tmp_path / "preview.png"))
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_preview)
    window.action_map["print_preview"].trigger()
    assert seen["counts"][0] == "1 page"
    assert int(seen["counts"][1].split()[0]) > 1
