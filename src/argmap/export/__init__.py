"""Diagram export (PNG, SVG, PDF) with the canvas's own drawing code. Imports Qt only when used."""

from argmap.export.api import export_diagram, export_map, export_size
from argmap.export.errors import ExportError
from argmap.export.render import FORMATS, PAGES

__all__ = ["FORMATS", "PAGES", "ExportError", "export_diagram", "export_map", "export_size"]
