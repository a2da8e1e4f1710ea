"""Every code block of the Argdown guide against the Argdown CLI's reading of it, kept in
data/argdown_guide_cli.json by ``python benchmarks/fidelity.py --save-reference`` (no npm needed here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.fidelity_argdown import compare_file, projection_from_json

ROOT = Path(__file__).resolve().parents[3]
GUIDE = ROOT / ".." / "shared" / "corpora" / "argdown-guide"
REFERENCE = json.loads((Path(__file__).parent / "data" / "argdown_guide_cli.json").read_text(encoding="utf-8"))
FILES = sorted(GUIDE.glob("*.argdown")) if GUIDE.is_dir() else []
needs_guide = pytest.mark.skipif(not FILES, reason="the Argdown guide corpus (../shared/corpora) is not here")


@needs_guide
def test_the_reference_covers_the_guide_and_the_cli_reads_147_of_192():
    assert sorted(REFERENCE) == [f.name for f in FILES]
    assert len(FILES) == 192
    assert sum(v is not None for v in REFERENCE.values()) == 147


@needs_guide
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_argmap_reads_each_guide_file_as_the_argdown_cli_does(path):
    reference = REFERENCE[path.name]
    c = compare_file(path, projection_from_json(reference) if reference else None)
    assert c.argmap_reads, c.argmap_error
    if reference is not None:
        assert not c.differences, (dict(c.differences), c.notes)
        assert (c.argmap_statements, c.argmap_relations) == (c.cli_statements, c.cli_relations)
