"""Read the directory and streams of an OLE2 compound file (.xls, encrypted OOXML): bounded, never trusting it."""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from typing import BinaryIO

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_DIRECTORY_SECTORS = 4096
END = 0xFFFFFFFA  # sector numbers from here up are markers (end of chain, free, FAT, DIFAT)
ROOT, STREAM = 5, 2


@dataclass(frozen=True)
class Entry:
    """One directory entry: its name, type (2 stream, 5 root), first sector and size in bytes."""

    name: str
    kind: int
    start: int
    size: int


class OleFile:
    """An open compound file; every method raises ValueError (or struct.error) when the file is damaged."""

    def __init__(self, handle: BinaryIO) -> None:
        header = handle.read(512)
        shift = struct.unpack_from("<H", header, 0x1E)[0] if len(header) == 512 else 0
        if not header.startswith(OLE_MAGIC) or shift not in (9, 12):
            raise ValueError("not an OLE2 header")
        self._handle, self._header = handle, header
        self.sector_size = 1 << shift
        self._max_sectors = os.fstat(handle.fileno()).st_size // self.sector_size + 1
        self._fat = _fat_sectors(self, header)
        self._fat_cache: dict[int, tuple[int, ...]] = {}
        self._entries: list[Entry] | None = None

    def sector(self, number: int) -> bytes:
        """One sector; ValueError when the file is too short."""
        self._handle.seek((number + 1) * self.sector_size)
        block = self._handle.read(self.sector_size)
        if len(block) < self.sector_size:
            raise ValueError("truncated")
        return block

    def next_sector(self, number: int) -> int:
        """The sector after number in its chain, from the FAT."""
        per = self.sector_size // 4
        if number // per >= len(self._fat):
            raise ValueError("chain leaves the FAT")
        where = self._fat[number // per]
        if where not in self._fat_cache:
            self._fat_cache[where] = struct.unpack(f"<{per}I", self.sector(where))
        return self._fat_cache[where][number % per]

    def chain(self, start: int, limit: int) -> list[int]:
        """Sector numbers of the chain from start, at most limit of them; ValueError on a loop."""
        sectors: list[int] = []
        seen: set[int] = set()
        while start < END and len(sectors) < limit:
            if start in seen:
                raise ValueError("sector chain loops")
            seen.add(start)
            sectors.append(start)
            start = self.next_sector(start)
        return sectors

    def entries(self) -> list[Entry]:
        """The directory entries, in directory order (walked once per file)."""
        if self._entries is None:
            self._entries = self._read_entries()
        return self._entries

    def _read_entries(self) -> list[Entry]:
        """Walk the directory chain."""
        first = struct.unpack_from("<I", self._header, 0x30)[0]
        found: list[Entry] = []
        for number in self.chain(first, MAX_DIRECTORY_SECTORS):
            block = self.sector(number)
            for offset in range(0, self.sector_size, 128):
                length = min(struct.unpack_from("<H", block, offset + 0x40)[0], 64)
                if length >= 2:
                    name = block[offset : offset + length - 2].decode("utf-16-le", "replace")
                    kind, start, size = block[offset + 0x42], *struct.unpack_from("<II", block, offset + 0x74)
                    found.append(Entry(name, kind, start, size))
        return found

    def read(self, name: str, limit: int) -> bytes:
        """The first `limit` bytes at most of the named stream (regular or mini stream)."""
        entries = self.entries()
        entry = next((e for e in entries if e.name == name and e.kind == STREAM), None)
        if entry is None:
            raise ValueError(f"no stream {name!r}")
        size = min(entry.size, limit)
        cutoff = struct.unpack_from("<I", self._header, 0x38)[0]
        if entry.size >= cutoff:
            return self._regular(entry.start, size)
        root = next((e for e in entries if e.kind == ROOT), None)
        if root is None:
            raise ValueError("no root entry")
        return self._mini(root, entry.start, size)

    def _regular(self, start: int, size: int) -> bytes:
        """size bytes along a regular sector chain."""
        count = min(-(-size // self.sector_size), self._max_sectors)
        data = b"".join(self.sector(number) for number in self.chain(start, count))
        return data[:size]

    def _mini(self, root: Entry, start: int, size: int) -> bytes:
        """size bytes along a mini sector chain (small streams live in the root entry's container)."""
        mini_size = 1 << struct.unpack_from("<H", self._header, 0x20)[0]
        if mini_size > self.sector_size:
            raise ValueError("bad mini sector size")
        minifat_start, minifat_count = struct.unpack_from("<II", self._header, 0x3C)
        minifat_bytes = self._regular(minifat_start, min(minifat_count, self._max_sectors) * self.sector_size)
        minifat = struct.unpack(f"<{len(minifat_bytes) // 4}I", minifat_bytes[: len(minifat_bytes) // 4 * 4])
        container = self._regular(root.start, min(root.size, self._max_sectors * self.sector_size))
        pieces, seen = [], set()
        while start < END and len(pieces) * mini_size < size:
            if start in seen or start >= len(minifat):
                raise ValueError("mini chain is damaged")
            seen.add(start)
            pieces.append(container[start * mini_size : (start + 1) * mini_size])
            start = minifat[start]
        return b"".join(pieces)[:size]


def _fat_sectors(ole: OleFile, header: bytes) -> list[int]:
    """Sector numbers of the FAT: 109 in the header, the rest along the DIFAT chain."""
    (count,), (following, chained) = struct.unpack_from("<I", header, 0x2C), struct.unpack_from("<II", header, 0x44)
    fat = list(struct.unpack_from("<109I", header, 0x4C))[: min(count, 109)]
    per = ole.sector_size // 4
    for _ in range(min(chained, MAX_DIRECTORY_SECTORS)):
        if following >= END or len(fat) >= count:
            break
        entries = struct.unpack(f"<{per}I", ole.sector(following))
        fat += [s for s in entries[:-1] if s < END][: count - len(fat)]
        following = entries[-1]
    return fat
