"""File-format writers for the hostile corpus: OLE2 compound files, BIFF8 .xls, ODS, streamed zip bombs, PNG.

Minimal and hand-rolled on purpose: each writes just enough of a format for a reader to accept it,
so that make_hostile.py can then break one precise thing.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import Callable


def cfb(streams: dict[str, bytes], mini: bool = False) -> bytes:
    """A minimal valid OLE2 compound file (v3, 512-byte sectors) holding streams.

    Streams are padded to the 4096-byte cutoff unless mini is true: then the shorter ones live in the
    mini stream (64-byte mini sectors), as real writers store small streams.
    """
    size, end, free, fatsect, nostream = 512, 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    order = sorted(streams, key=lambda n: (len(n), n.upper()))
    datas = [streams[n] if mini else streams[n].ljust(4096, b"\0") for n in order]
    small = [i for i, data in enumerate(datas) if len(data) < 4096]
    dir_count = -(-(len(order) + 1) * 128 // size)
    fat = [fatsect] + [1 + i + 1 for i in range(dir_count - 1)] + [end]

    def chain(count: int) -> int:
        start = len(fat)
        fat.extend([len(fat) + i + 1 for i in range(count - 1)] + [end])
        return start

    minifat: list[int] = []
    mini_starts: dict[int, int] = {}
    for i in small:
        count = max(1, -(-len(datas[i]) // 64))
        mini_starts[i] = len(minifat)
        minifat += [len(minifat) + k + 1 for k in range(count - 1)] + [end]
    container = b"".join(datas[i].ljust(max(1, -(-len(datas[i]) // 64)) * 64, b"\0") for i in small)
    minifat_start = chain(-(-len(minifat) * 4 // size)) if minifat else end
    container_start = chain(-(-len(container) // size)) if container else end
    starts = {i: chain(-(-len(data) // size)) for i, data in enumerate(datas) if i not in mini_starts}
    assert len(fat) <= 128, "minimal CFB writer supports one FAT sector"
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, right: int, child: int, start: int, length: int) -> bytes:
        raw = (name.encode("utf-16-le") + b"\0\0") if name else b""
        return struct.pack(
            "<64sHBBIII16sIQQIQ", raw, len(raw), kind, 1, nostream, right, child, b"\0" * 16, 0, 0, 0, start, length
        )

    entries = [entry("Root Entry", 5, nostream, 1 if order else nostream, container_start, len(container))]
    for i, name in enumerate(order):
        right = i + 2 if i + 1 < len(order) else nostream
        entries.append(entry(name, 2, right, nostream, mini_starts.get(i, starts.get(i, end)), len(datas[i])))
    directory = b"".join(entries).ljust(dir_count * size, b"\0")
    difat = [0] + [free] * 108
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII109I",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\0" * 16, 0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6,
        0, 1, 1, 0, 4096, minifat_start, -(-len(minifat) * 4 // size), end, 0, *difat,
    )
    pad = lambda data: data.ljust(-(-len(data) // size) * size, b"\0")  # noqa: E731
    minifat_bytes = struct.pack(f"<{len(minifat)}I", *minifat)
    regular = b"".join(pad(data) for i, data in enumerate(datas) if i not in mini_starts)
    body = struct.pack("<128I", *fat) + directory + pad(minifat_bytes) + pad(container) + regular
    return header + body


def _zip_entry(out, name: str, pieces: Callable[[], object], crc: int, size: int, central: list) -> None:
    """Write one deflated member from pre-compressed pieces; append its central record."""
    offset = out.tell()
    raw = name.encode()
    out.write(struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 33, crc, 0, size, len(raw), 0) + raw)
    start = out.tell()
    for piece in pieces():
        out.write(piece)
    csize = out.tell() - start
    out.seek(offset + 18)
    out.write(struct.pack("<I", csize))
    out.seek(0, 2)
    central.append(struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 8, 0, 33, crc, csize, size,
                               len(raw), 0, 0, 0, 0, 0, offset) + raw)


def bomb_zip(path: str, parts: dict[str, bytes], member: str, prefix: bytes, filler: bytes, repeats: int,
             suffix: bytes) -> None:
    """A zip of parts whose `member` inflates to prefix + filler*repeats + suffix, streamed (never held in memory)."""

    def flushed(data: bytes) -> bytes:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        return packer.compress(data) + packer.flush(zlib.Z_FULL_FLUSH)

    central: list[bytes] = []
    with open(path, "wb") as out:
        for name, data in parts.items():
            if name == member:
                crc = zlib.crc32(prefix)
                for _ in range(repeats):
                    crc = zlib.crc32(filler, crc)
                crc = zlib.crc32(suffix, crc)
                block = flushed(filler)
                pieces = lambda: [flushed(prefix), *(block for _ in range(repeats)), flushed(suffix), b"\x03\x00"]
                _zip_entry(out, name, pieces, crc, len(prefix) + len(filler) * repeats + len(suffix), central)
            else:
                packer = zlib.compressobj(9, zlib.DEFLATED, -15)
                packed = packer.compress(data) + packer.flush()
                _zip_entry(out, name, lambda: [packed], zlib.crc32(data), len(data), central)
        where = out.tell()
        out.write(b"".join(central))
        out.write(struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, len(central), len(central),
                              out.tell() - where, where, 0))


def png_1x1() -> bytes:
    """A valid 1x1 white PNG."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0\xff\xff\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def biff_record(kind: int, body: bytes = b"") -> bytes:
    """One BIFF record: type, length, body."""
    return struct.pack("<HH", kind, len(body)) + body


def biff_text(text: str, length_bytes: int) -> bytes:
    """A BIFF8 unicode string: character count (1 or 2 bytes), flags (UTF-16), characters."""
    return struct.pack("<H" if length_bytes == 2 else "<B", len(text)) + b"\x01" + text.encode("utf-16-le")


def biff8(sheets: list[tuple[str, list[list]]]) -> bytes:
    """A minimal Excel 97-2003 (BIFF8) Workbook stream: globals with a shared string table, then the sheets."""
    strings: dict[str, int] = {}
    bodies = []
    for _name, rows in sheets:
        cells, width = b"", 0
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                width = max(width, c + 1)
                if isinstance(value, str):
                    cells += biff_record(0x00FD, struct.pack("<HHHI", r, c, 15, strings.setdefault(value, len(strings))))
                else:
                    cells += biff_record(0x0203, struct.pack("<HHHd", r, c, 15, float(value)))
        bof = biff_record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
        dimensions = biff_record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
        bodies.append(bof + dimensions + cells + biff_record(0x000A))
    table = struct.pack("<II", len(strings), len(strings)) + b"".join(biff_text(text, 2) for text in strings)
    head = biff_record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
    head += biff_record(0x0042, struct.pack("<H", 1200))
    tail = biff_record(0x00FC, table) + biff_record(0x000A)
    sizes = [len(biff_record(0x0085, bytes(6) + biff_text(name, 1))) for name, _ in sheets]
    offset, bound = len(head) + sum(sizes) + len(tail), b""
    for (name, _), body in zip(sheets, bodies):
        bound += biff_record(0x0085, struct.pack("<IBB", offset, 0, 0) + biff_text(name, 1))
        offset += len(body)
    return head + bound + tail + b"".join(bodies)


_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"')


def _ods_cell(value: object) -> str:
    """One ODS table cell."""
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, str):
        text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'


def ods_bytes(rows: list[list], extra_rows: str = "") -> bytes:
    """A minimal OpenDocument spreadsheet with one sheet 'RKPD' of rows (plus raw row XML after them)."""
    body = "".join("<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>" for row in rows)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}><office:body>'
               f'<office:spreadsheet><table:table table:name="RKPD">{body}{extra_rows}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
