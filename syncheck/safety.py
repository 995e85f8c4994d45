"""Refuse hostile or broken input files before parsing, and write outputs safely."""

from __future__ import annotations

import codecs
import os
import re
import struct
import tempfile
import zipfile
import zlib
from typing import Any, Callable

from syncheck.errors import InputFileError, OutputError, UsageError

MB = 1024 * 1024
DEFAULT_MAX_FILE_MB = 200
MAX_UNZIPPED_BYTES = 1024 * MB
MAX_RATIO = 200
RATIO_MIN_BYTES = 10 * MB
MAX_MEMBERS = 10_000
XML_SCAN_BYTES = 64 * 1024
TEXT_SAMPLE_BYTES = 64 * 1024
MAX_OLE_SECTORS = 4096

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
TEXT_EXTENSIONS = (".csv", ".txt", ".tsv")
WORKBOOK_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb")
INJECTION_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_ROOT_TAG = re.compile(rb"<[A-Za-z_]")
_WORKBOOK_TYPES = re.compile(rb"(spreadsheetml\.(sheet|template)|ms-excel\.(sheet|template)\.macroEnabled)\.main\+xml")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
EXCEL_CELL_CHARS = 32_767


def check_input_file(path: str) -> str:
    """Refuse a missing, empty, huge, corrupt, protected or hostile file; return 'xlsx', 'xls', 'ods' or 'csv'."""
    path = os.fspath(path)
    name = os.path.basename(path) or path
    _check_path(path, name)
    try:
        with open(path, "rb") as handle:
            head = handle.read(TEXT_SAMPLE_BYTES)
    except OSError as error:
        raise InputFileError(f"cannot read the file ({error.strerror or error})", file=name) from None
    if head.startswith(ZIP_MAGICS):
        return _check_zip(path, name)
    if head.startswith(OLE_MAGIC):
        return _check_ole(path, name)
    ext = os.path.splitext(path)[1].lower()
    looks = _looks_like(head)
    if looks != "CSV or plain text":
        kind = "a CSV text file" if ext in TEXT_EXTENSIONS else "an Excel workbook"
        raise InputFileError(f"file is not {kind} (it looks like {looks})", file=name)
    if ext in TEXT_EXTENSIONS:
        return "csv"
    if ext in WORKBOOK_EXTENSIONS:
        raise InputFileError(f"file is not an Excel workbook (it looks like {looks}; rename it to .csv)", file=name)
    raise InputFileError(f"unsupported file type {ext or '(no extension)'!r}: expected .xlsx, .xls, .ods or .csv", file=name)


def max_file_bytes() -> int:
    """The input size limit in bytes: SYNCHECK_MAX_FILE_MB or 200 MB."""
    raw = os.environ.get("SYNCHECK_MAX_FILE_MB", "").strip()
    if not raw:
        return DEFAULT_MAX_FILE_MB * MB
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise UsageError(f"SYNCHECK_MAX_FILE_MB must be a positive number of megabytes, not {raw!r}")
    return int(value * MB)


def _check_path(path: str, name: str) -> None:
    """Refuse a missing path, a directory, an empty file or one above the size limit."""
    if not os.path.exists(path):
        raise InputFileError("file not found", file=name)
    if os.path.isdir(path):
        raise InputFileError("path is a directory, not a spreadsheet file", file=name)
    size = os.path.getsize(path)
    if size == 0:
        raise InputFileError("file is empty (0 bytes)", file=name)
    limit = max_file_bytes()
    if size > limit:
        raise InputFileError(
            f"file is {size / MB:.1f} MB, above the {limit / MB:g} MB limit (set SYNCHECK_MAX_FILE_MB to raise it)",
            file=name,
        )


def _looks_like(head: bytes) -> str:
    """Name what a non-zip, non-OLE2 file looks like from its first bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "CSV or plain text"
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if body.startswith((b"<!doctype html", b"<html")) or b"<html" in body[:2048] or b"<table" in body[:2048]:
        return "HTML"
    if body.startswith(b"<?xml") or body.startswith(b"<"):
        return "an Excel 2003 XML spreadsheet" if b"urn:schemas-microsoft-com:office:spreadsheet" in body else "XML"
    if body.startswith(b"%pdf"):
        return "a PDF document"
    if body.startswith(b"{\\rtf"):
        return "an RTF document"
    controls = sum(body.count(bytes([c])) for c in (*range(0, 9), *range(14, 32), 127))
    if b"\x00" in body or controls > len(body) // 50:
        return "binary data"
    return "CSV or plain text"


def text_encoding(path: str) -> str:
    """Best guess of a text file's encoding: 'utf-8-sig', 'utf-16', 'utf-8' or 'cp1252' (use errors='replace')."""
    with open(path, "rb") as handle:
        head = handle.read(TEXT_SAMPLE_BYTES)
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _check_zip(path: str, name: str) -> str:
    """Refuse a corrupt zip, a zip bomb, a non-workbook zip or XML with entity declarations."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_bomb(infos, name)
            for info in infos:
                _check_member_xml(archive, info, name)
            kind = _zip_kind(archive, {info.filename for info in infos}, name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, NotImplementedError) as error:
        raise InputFileError(f"file is corrupt or truncated (not a readable zip archive: {error})", file=name) from None
    return kind


def _check_bomb(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse too many members, too much unpacked data or an extreme compression ratio (central directory only)."""
    if len(infos) > MAX_MEMBERS:
        raise InputFileError(f"workbook has {len(infos)} parts, more than the {MAX_MEMBERS} allowed (refused for safety)", file=name)
    total = sum(info.file_size for info in infos)
    if total > MAX_UNZIPPED_BYTES:
        raise InputFileError(
            f"workbook would unpack to {total / MB:,.0f} MB, above the {MAX_UNZIPPED_BYTES // MB} MB limit (refused for safety)",
            file=name,
        )
    for info in infos:
        if info.flag_bits & 0x1:
            raise InputFileError("workbook is password-protected (its zip parts are encrypted)", file=name)
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputFileError(
                f"workbook part {info.filename!r} is compressed more than {MAX_RATIO}:1 (refused for safety as a zip bomb)",
                file=name,
            )


def _zip_kind(archive: zipfile.ZipFile, names: set[str], name: str) -> str:
    """'xlsx' or 'ods' for a zip that holds a workbook; refuse any other zip."""
    if "mimetype" in names:
        with archive.open("mimetype") as mimetype:
            if mimetype.read(100).strip().startswith(ODS_MIME):
                return "ods"
    if "xl/workbook.bin" in names:
        raise InputFileError("file is a binary .xlsb workbook, which syncheck cannot read (save it as .xlsx)", file=name)
    if "xl/workbook.xml" in names or _main_parts(archive, names) & names:
        return "xlsx"
    raise InputFileError("file is a zip archive but not an Excel workbook (no xl/workbook.xml inside)", file=name)


def _main_parts(archive: zipfile.ZipFile, names: set[str]) -> set[str]:
    """Part names that [Content_Types].xml declares as a workbook (bounded read)."""
    if "[Content_Types].xml" not in names:
        return set()
    with archive.open("[Content_Types].xml") as types:
        data = types.read(XML_SCAN_BYTES)
    parts = set()
    for element in re.finditer(rb"<Override\b[^>]*>", data):
        part = re.search(rb'PartName="/?([^"]+)"', element.group())
        if part and _WORKBOOK_TYPES.search(element.group()):
            parts.add(part.group(1).decode("utf-8", "replace"))
    return parts


def _check_member_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Refuse an XML part whose prolog declares a DOCTYPE or ENTITY (bounded read)."""
    if info.is_dir() or info.file_size == 0:
        return
    with archive.open(info) as member:
        data = member.read(XML_SCAN_BYTES)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:64]:
        data = data.replace(b"\x00", b"")
    body = data.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    if not body.startswith(b"<"):
        return
    root = _ROOT_TAG.search(data)
    prolog = data[: root.start()] if root else data
    if b"<!DOCTYPE" in prolog.upper() or b"<!ENTITY" in prolog.upper():
        raise InputFileError("workbook contains XML entity declarations (refused for safety)", file=name)
    if root is None and info.file_size > len(data):
        raise InputFileError(f"workbook part {info.filename!r} has an oversized XML prolog (refused for safety)", file=name)


def ole_stream_names(path: str) -> list[str]:
    """Names in the directory of an OLE2 compound file (bounded walk; ValueError when damaged)."""
    with open(path, "rb") as handle:
        header = handle.read(512)
        if len(header) < 512 or not header.startswith(OLE_MAGIC):
            raise ValueError("short header")
        shift = struct.unpack_from("<H", header, 0x1E)[0]
        if shift not in (9, 12):
            raise ValueError("bad sector size")
        size = 1 << shift
        fat_count, first_dir = struct.unpack_from("<II", header, 0x2C)
        difat_next, difat_count = struct.unpack_from("<II", header, 0x44)
        fat_sectors = list(struct.unpack_from("<109I", header, 0x4C))[: min(fat_count, 109)]
        for _ in range(min(difat_count, MAX_OLE_SECTORS)):
            if difat_next >= 0xFFFFFFFA or len(fat_sectors) >= fat_count:
                break
            block = _sector(handle, difat_next, size)
            entries = struct.unpack(f"<{size // 4}I", block)
            fat_sectors += [s for s in entries[:-1] if s < 0xFFFFFFFA][: fat_count - len(fat_sectors)]
            difat_next = entries[-1]
        names: list[str] = []
        sector, seen = first_dir, set()
        while sector < 0xFFFFFFFA and sector not in seen and len(seen) < MAX_OLE_SECTORS:
            seen.add(sector)
            block = _sector(handle, sector, size)
            for offset in range(0, size, 128):
                length = min(struct.unpack_from("<H", block, offset + 0x40)[0], 64)
                if length >= 2:
                    names.append(block[offset : offset + length - 2].decode("utf-16-le", "replace"))
            per = size // 4
            if sector // per >= len(fat_sectors):
                raise ValueError("directory chain leaves the FAT")
            fat = _sector(handle, fat_sectors[sector // per], size)
            sector = struct.unpack_from("<I", fat, (sector % per) * 4)[0]
        return names


def _sector(handle: Any, number: int, size: int) -> bytes:
    """One sector of an OLE2 file; ValueError when the file is too short."""
    handle.seek((number + 1) * size)
    block = handle.read(size)
    if len(block) < size:
        raise ValueError("truncated")
    return block


def _check_ole(path: str, name: str) -> str:
    """'xls' for an OLE2 workbook; refuse encrypted OOXML, damaged files and other Office documents."""
    try:
        names = set(ole_stream_names(path))
    except (ValueError, struct.error, OSError):
        raise InputFileError("file is corrupt or truncated (damaged OLE2/.xls container)", file=name) from None
    if {"EncryptionInfo", "EncryptedPackage"} & names:
        raise InputFileError("workbook is password-protected (remove the password in Excel and save a copy)", file=name)
    if {"Workbook", "Book"} & names:
        return "xls"
    looks = "a Word document" if "WordDocument" in names else "an OLE2 file without a workbook stream"
    raise InputFileError(f"file is not an Excel workbook (it looks like {looks})", file=name)


def guard_openpyxl() -> None:
    """Raise RuntimeError unless openpyxl parses workbook XML through defusedxml."""
    # openpyxl switches to defusedxml by itself when the package is importable at openpyxl import time
    # (openpyxl.xml.DEFUSEDXML; OPENPYXL_DEFUSEDXML=False turns it off); openpyxl.xml.functions then
    # binds iterparse (worksheets) and, without lxml, fromstring to defusedxml.ElementTree.
    import openpyxl.xml
    import openpyxl.xml.functions as functions

    parsers = [functions.iterparse] + ([] if openpyxl.xml.LXML else [functions.fromstring])
    if not openpyxl.xml.DEFUSEDXML or not all(p.__module__.startswith("defusedxml") for p in parsers):
        raise RuntimeError("openpyxl is not using defusedxml: install defusedxml and unset OPENPYXL_DEFUSEDXML")


def atomic_write(path: str, write: Callable[[str], None]) -> None:
    """Call write(temp_path) on a temp file beside path, then os.replace it; remove the temp file on failure."""
    path = os.fspath(path)
    name = os.path.basename(path)
    base, ext = os.path.splitext(name)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{base}.", suffix=f".part{ext}", dir=os.path.dirname(os.path.abspath(path)))
        os.close(fd)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
    except OSError as error:
        raise OutputError(f"cannot write the output file ({error.strerror or error})", file=name) from None
    try:
        write(temp)
        os.replace(temp, path)
    except OSError as error:
        _remove_quietly(temp)
        raise OutputError(f"cannot write the output file ({error.strerror or error})", file=name) from None
    except BaseException:
        _remove_quietly(temp)
        raise


def _remove_quietly(path: str) -> None:
    """Delete a file if it exists, ignoring errors."""
    try:
        os.remove(path)
    except OSError:
        pass


def refuse_overwrite_inputs(outputs: list[str], inputs: list[str]) -> None:
    """Raise OutputError when any output path is (or links to) one of the input files."""
    real_inputs = {os.path.realpath(p): p for p in inputs}
    for output in outputs:
        for real, given in real_inputs.items():
            same = os.path.realpath(output) == real
            if not same and os.path.exists(output) and os.path.exists(given):
                same = os.path.samefile(output, given)
            if same:
                raise OutputError(f"output would overwrite the input file {os.path.basename(given)}", file=os.path.basename(output))


def is_injection(value: object) -> bool:
    """True for a str that a spreadsheet could take for a formula or command."""
    return isinstance(value, str) and value.startswith(INJECTION_PREFIXES)


def safe_cell_text(value: object) -> object:
    """A str without XML-illegal control characters, cut to Excel's 32,767; other values unchanged."""
    if not isinstance(value, str):
        return value
    return _ILLEGAL_XML.sub("", value)[:EXCEL_CELL_CHARS]


def write_text_cell(ws: Any, row: int, col: int, value: object) -> Any:
    """Set ws[row, col] to value, storing formula-like strings as text (never as a formula); return the cell."""
    cell = ws.cell(row=row, column=col)
    text = safe_cell_text(value)
    cell.value = text
    if is_injection(text):
        cell.data_type = "s"
    return cell
