"""A small ZIP writer whose large members arrive already deflated (the overlap workbook's sheets).

The rows of a big sheet are deflated by whichever process fills the sheet, as they are written;
the package only joins pieces: deflate data cut with a sync flush may be followed by more deflate
data (the trick pigz uses to compress on every CPU), and CRC-32 values of pieces combine without
the bytes (zlib's crc32_combine). Python's zipfile can only compress members itself, in one process.
"""

from __future__ import annotations

import shutil
import struct
import zlib
from dataclasses import dataclass
from typing import BinaryIO

#: zlib level for every member: level 1 deflates the repetitive sheet XML twice as fast for ~30% more bytes
LEVEL = 1
_ZIP64_LIMIT = 0xFFFFFFFF
_DOS_DATE = (1980 - 1980) << 9 | 1 << 5 | 1  # 1980-01-01 00:00, as openpyxl dates its members


def deflater() -> "zlib._Compress":
    """A raw-deflate compressor at LEVEL."""
    return zlib.compressobj(LEVEL, zlib.DEFLATED, -15)


def deflate_piece(data: bytes, last: bool) -> bytes:
    """data as raw deflate; not the last piece of a member: cut with a sync flush so more may follow."""
    compressor = deflater()
    return compressor.compress(data) + compressor.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)


@dataclass(frozen=True)
class Deflated:
    """A member's middle, already deflated (sync-flushed) in a file: its CRC-32 and size before deflating."""

    handle: BinaryIO
    crc: int
    size: int
    compressed_size: int


@dataclass(frozen=True)
class _Entry:
    """What the central directory says about one member."""

    name: bytes
    crc: int
    size: int
    compressed_size: int
    offset: int


class ZipPack:
    """Members written one after another to a binary file; close() writes the central directory."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._entries: list[_Entry] = []
        self._offset = 0

    def add(self, name: str, data: bytes) -> None:
        """A member deflated here."""
        self.add_joined(name, data, None, b"")

    def add_joined(self, name: str, before: bytes, middle: Deflated | None, after: bytes) -> None:
        """A member that is before + middle + after, the middle deflated elsewhere."""
        head = deflate_piece(before, last=False) if middle is not None else b""
        tail = deflate_piece(after, last=True) if middle is not None else deflate_piece(before + after, last=True)
        crc, size = zlib.crc32(before), len(before)
        if middle is not None:
            crc, size = crc32_combine(crc, middle.crc, middle.size), size + middle.size
        crc, size = crc32_combine(crc, zlib.crc32(after), len(after)), size + len(after)
        compressed = len(head) + len(tail) + (middle.compressed_size if middle is not None else 0)
        entry = _Entry(name.encode("utf-8"), crc, size, compressed, self._offset)
        self._write(_local_header(entry))
        self._write(head)
        if middle is not None:
            middle.handle.seek(0)
            shutil.copyfileobj(middle.handle, self._out, 1 << 20)
            self._offset += middle.compressed_size
        self._write(tail)
        self._entries.append(entry)

    def close(self) -> None:
        """Write the central directory and its end records (ZIP64 ones when sizes or counts need them)."""
        start = self._offset
        for entry in self._entries:
            self._write(_central_header(entry))
        size = self._offset - start
        count = len(self._entries)
        if start >= _ZIP64_LIMIT or size >= _ZIP64_LIMIT or count >= 0xFFFF:
            end64 = self._offset
            self._write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, size, start))
            self._write(struct.pack("<IIQI", 0x07064B50, 0, end64, 1))
            count, size, start = 0xFFFF, _ZIP64_LIMIT, _ZIP64_LIMIT
        self._write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, start, 0))

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._offset += len(data)


def _flags(name: bytes) -> int:
    """General purpose flags: bit 11 says the name is UTF-8 when it is not plain ASCII."""
    return 0 if name.isascii() else 0x800


def _local_header(entry: _Entry) -> bytes:
    """The local file header; sizes move to a ZIP64 extra field when they do not fit 32 bits."""
    big = entry.size >= _ZIP64_LIMIT or entry.compressed_size >= _ZIP64_LIMIT
    extra = struct.pack("<HHQQ", 1, 16, entry.size, entry.compressed_size) if big else b""
    sizes = (_ZIP64_LIMIT, _ZIP64_LIMIT) if big else (entry.compressed_size, entry.size)
    fixed = struct.pack(
        "<IHHHHHIIIHH", 0x04034B50, 45 if big else 20, _flags(entry.name), 8, 0, _DOS_DATE, entry.crc, *sizes, len(entry.name), len(extra)
    )
    return fixed + entry.name + extra


def _central_header(entry: _Entry) -> bytes:
    """The central directory record; what does not fit 32 bits goes to a ZIP64 extra field, in its fixed order."""
    values = []
    size, compressed, offset = entry.size, entry.compressed_size, entry.offset
    if size >= _ZIP64_LIMIT:
        values.append(size)
        size = _ZIP64_LIMIT
    if compressed >= _ZIP64_LIMIT:
        values.append(compressed)
        compressed = _ZIP64_LIMIT
    if offset >= _ZIP64_LIMIT:
        values.append(offset)
        offset = _ZIP64_LIMIT
    extra = struct.pack(f"<HH{len(values)}Q", 1, 8 * len(values), *values) if values else b""
    version = 45 if values else 20
    fixed = struct.pack(
        "<IHHHHHHIIIHHHHHII", 0x02014B50, version, version, _flags(entry.name), 8, 0, _DOS_DATE,
        entry.crc, compressed, size, len(entry.name), len(extra), 0, 0, 0, 0, offset,
    )  # fmt: skip
    return fixed + entry.name + extra


# CRC-32 of two pieces joined, from their CRCs and the second one's length (zlib's crc32_combine)


def crc32_combine(crc1: int, crc2: int, length2: int) -> int:
    """zlib.crc32(a + b) from zlib.crc32(a), zlib.crc32(b) and len(b)."""
    if length2 <= 0:
        return crc1
    odd = [0xEDB88320] + [1 << n for n in range(31)]  # the operator for one zero bit
    even = _square(odd)  # two zero bits
    odd = _square(even)  # four zero bits
    while True:
        even = _square(odd)  # one zero byte first, then 4, 16, ... bytes
        if length2 & 1:
            crc1 = _times(even, crc1)
        length2 >>= 1
        if not length2:
            break
        odd = _square(even)
        if length2 & 1:
            crc1 = _times(odd, crc1)
        length2 >>= 1
        if not length2:
            break
    return crc1 ^ crc2


def _times(matrix: list[int], vector: int) -> int:
    """A GF(2) 32x32 matrix times a vector."""
    total = 0
    index = 0
    while vector:
        if vector & 1:
            total ^= matrix[index]
        vector >>= 1
        index += 1
    return total


def _square(matrix: list[int]) -> list[int]:
    """A GF(2) 32x32 matrix times itself."""
    return [_times(matrix, row) for row in matrix]
