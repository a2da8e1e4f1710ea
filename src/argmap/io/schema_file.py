"""Write the file format's JSON Schema to resources/ (``make schema``)."""

from pathlib import Path

from argmap.io.schema import json_schema

#: resources/ at the top of the source tree (this file is src/argmap/io/schema_file.py).
SCHEMA_PATH = Path(__file__).resolve().parents[3] / "resources" / "argmap.schema.json"

if __name__ == "__main__":
    SCHEMA_PATH.write_text(json_schema(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
