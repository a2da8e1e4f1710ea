"""Layout: a pure function from a map and measured box sizes to positions. No Qt.

``compute_layout(amap, sizes, options)`` returns a :class:`Layout` whose boxes are
top-left corners and sizes in scene units (y grows downwards).
"""

from argmap.layout.api import Box, Layout, LayoutOptions, compute_layout, hidden_by_collapse

__all__ = ["Box", "Layout", "LayoutOptions", "compute_layout", "hidden_by_collapse"]
