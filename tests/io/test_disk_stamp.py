"""A file's stamp (argmap.io.disk_stamp): taken of bytes just read, it is the stamp of the file holding them."""

from __future__ import annotations

from argmap.io.disk_stamp import DiskStamp
from argmap.io.files import read_bytes_and_status


def test_the_stamp_of_bytes_read_is_the_files_and_tells_a_later_change(tmp_path):
    path = tmp_path / "map.json"
    path.write_bytes(b'{"title": "A map"}')
    data, status = read_bytes_and_status(path)
    stamp = DiskStamp.of_read(status, data)
    assert data == path.read_bytes()
    assert stamp == DiskStamp.of(path)
    assert stamp.same_file(path) and not stamp.differs_from_disk(path)
    path.write_bytes(b'{"title": "Another map"}')
    assert stamp.differs_from_disk(path) and not stamp.same_file(path)
