"""Files in and out: the JSON map format (pydantic at the boundary only).

(The modules are named ``reading``/``writing``, not ``load``/``save``: a submodule named like a
function would replace that function on the package once imported.)
"""

from argmap.file_errors import MapFileError
from argmap.io.files import write_atomic
from argmap.io.reading import load, loads, read_document
from argmap.io.writing import dumps, save

__all__ = ["MapFileError", "dumps", "load", "loads", "read_document", "save", "write_atomic"]
