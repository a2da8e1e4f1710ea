"""``@include(file.argdown)``: the included file's text in its place, as the Argdown CLI does it.

The Argdown CLI (@argdown/node 1.7.5, IncludePlugin) replaces every ``@include(path)`` in the raw
text, before anything else is read (comments included), by the text of ``path`` relative to the
including file, includes within it first; a file included a second time gets a comment instead.
argmap does the same, with two refusals the CLI does not make, each a one-line message naming the
file and the line: a file that includes itself through a chain (a loop), and a file outside the
folder of the file being imported (a downloaded map must not read other files on the machine).
"""

from __future__ import annotations

import re
from pathlib import Path

from argmap.file_errors import MapFileError
from argmap.io.files import decode_text, read_bytes
from argmap.io.formats.common import MAX_IMPORT_BYTES

#: What the Argdown CLI takes for an include: anywhere in the text, up to the first ")".
INCLUDE = re.compile(r"@include\(([^)]+)\)")


def expand_includes(text: str, path: str | Path | None, notes: list[str]) -> str:
    """``text`` with each ``@include(...)`` replaced by the included file (None ``path``: left as it is)."""
    if path is None or "@include(" not in text or not Path(path).is_file():
        return text
    top = Path(path).resolve()
    done: set[Path] = {top}
    return _expand(text, top, top.parent, (top,), done, notes, [len(text)])


def _expand(text: str, current: Path, root: Path, chain: tuple[Path, ...], done: set[Path], notes: list[str],
            size: list[int]) -> str:
    out: list[str] = []
    end = 0
    for match in INCLUDE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        wanted = match.group(1).strip()
        target = (current.parent / wanted).resolve()
        where = f"line {line}"
        if not target.is_relative_to(root):
            raise MapFileError(current, f"@include({wanted}) names a file outside the folder of the imported file "
                                        f"({root}); argmap includes only files in that folder or below it", where)
        if target in chain:
            raise MapFileError(current, f"@include({wanted}) includes {target.name}, which is already being included "
                                        f"(a loop: {' -> '.join(p.name for p in (*chain, target))})", where)
        out.append(text[end : match.start()])
        end = match.end()
        if target in done:  # as the Argdown CLI: each file once
            notes.append(f"{current.name} {where}: @include({wanted}) is already included once; not included again")
            continue
        if not target.is_file():
            raise MapFileError(current, f"@include({wanted}): there is no file {target}", where)
        done.add(target)
        data = read_bytes(target)
        size[0] += len(data)
        if size[0] > MAX_IMPORT_BYTES:
            raise MapFileError(current, f"with the included files the import is over {MAX_IMPORT_BYTES:,} bytes", where)
        included = _expand(decode_text(data, target), target, root, (*chain, target), done, notes, size)
        notes.append(f"{current.name} {where}: included {target.name} ({included.count(chr(10)) + 1} lines; "
                     "line numbers after this count them)")
        out.append(included)
    out.append(text[end:])
    return "".join(out)
