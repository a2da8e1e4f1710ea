"""Dock widgets around the canvas: inspector, outline, undo history."""
