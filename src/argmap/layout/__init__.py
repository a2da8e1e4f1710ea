"""Layout: a pure function from a map and measured box sizes to positions. No Qt.

``compute_layout(amap, sizes, options)`` returns a :class:`Layout` whose boxes are
top-left corners and sizes in scene units (y grows downwards). ``edge_endpoints`` gives
where an arrow between two boxes starts and ends.
"""

from argmap.layout.api import Box, Layout, LayoutOptions, compute_layout, hidden_by_collapse
from argmap.layout.edges import edge_endpoints

__all__ = ["Box", "Layout", "LayoutOptions", "compute_layout", "edge_endpoints", "hidden_by_collapse"]
