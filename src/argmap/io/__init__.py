"""Files in and out: the JSON map format (pydantic at the boundary only)."""

from argmap.io.errors import MapFileError
from argmap.io.load import load, loads, read_document
from argmap.io.save import dumps, save, write_atomic

__all__ = ["MapFileError", "dumps", "load", "loads", "read_document", "save", "write_atomic"]
