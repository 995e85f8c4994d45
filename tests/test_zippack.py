"""zippack: members joined from pieces deflated elsewhere read back exactly, with the right CRC-32."""

from __future__ import annotations

import io
import os
import random
import zipfile
import zlib

from syncheck.zippack import Deflated, ZipPack, crc32_combine, deflater


def test_crc32_combine_equals_the_crc_of_the_joined_bytes():
    rng = random.Random(7)
    for _ in range(50):
        a = rng.randbytes(rng.randrange(0, 300))
        b = rng.randbytes(rng.randrange(0, 300))
        assert crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


def _deflated(pieces: list[bytes]) -> Deflated:
    """Pieces deflated the way a sheet writes its rows: one compressor per piece, each sync-flushed."""
    handle = io.BytesIO()
    crc = size = 0
    for piece in pieces:
        compressor = deflater()
        handle.write(compressor.compress(piece) + compressor.flush(zlib.Z_SYNC_FLUSH))
        crc, size = zlib.crc32(piece, crc), size + len(piece)
    return Deflated(handle, crc, size, handle.seek(0, os.SEEK_END))


def test_joined_members_read_back_and_pass_the_crc_check():
    out = io.BytesIO()
    pack = ZipPack(out)
    rows = [b"<row r=\"%d\"><c r=\"A%d\"><v>%d</v></c></row>" % (n, n, n) * 50 for n in range(1, 40)]
    pack.add("[Content_Types].xml", b"<Types/>")
    pack.add_joined("xl/worksheets/sheet1.xml", b"<worksheet><sheetData>", _deflated(rows[:20] + [b""] + rows[20:]), b"</sheetData></worksheet>")
    pack.add_joined("xl/worksheets/sheet2.xml", b"<worksheet><sheetData>", _deflated([]), b"</sheetData></worksheet>")
    pack.add("kosong.txt", b"")
    pack.close()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == ["[Content_Types].xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "kosong.txt"]
        assert archive.read("xl/worksheets/sheet1.xml") == b"<worksheet><sheetData>" + b"".join(rows) + b"</sheetData></worksheet>"
        assert archive.read("xl/worksheets/sheet2.xml") == b"<worksheet><sheetData></sheetData></worksheet>"
        assert archive.read("kosong.txt") == b""


def test_offsets_past_4_gib_get_zip64_records():
    out = io.BytesIO()
    pack = ZipPack(out)
    pack._offset = 5 << 30  # as if 5 GiB of members came first: the directory must say so in ZIP64 fields
    pack.add("a.xml", b"<a/>")
    pack.close()
    data = out.getvalue()
    assert b"PK\x06\x06" in data and b"PK\x06\x07" in data  # ZIP64 end record and its locator
    directory = data[data.index(b"PK\x01\x02"):]
    assert int.from_bytes(directory[42:46], "little") == 0xFFFFFFFF  # the offset moved to the extra field
    assert int.from_bytes(directory[46 + 5 + 4:46 + 5 + 12], "little") == 5 << 30
