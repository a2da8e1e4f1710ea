"""How a map is drawn: boxes, arrows, brackets, colours and fonts.

One drawing code for every output: the canvas's items paint with it, and so do the
exporters (PNG and PDF through a QPainter, SVG through :class:`SvgPainter`, which takes
the same calls). Only QtCore and QtGui are imported here (fonts, paths, colours), never
widgets, so a headless export starts fast.
"""
