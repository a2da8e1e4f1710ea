"""The Qt editor. Only this package (and the image exporters) import PySide6."""
