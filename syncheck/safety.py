"""Refuse hostile or broken input files before parsing, and write outputs safely."""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import struct
import tempfile
import zipfile
from typing import Any, BinaryIO, Callable, NoReturn

from syncheck.errors import InputFileError, OutputError, UsageError

MB = 1024 * 1024
DEFAULT_MAX_FILE_MB = 200  # SYNCHECK_MAX_FILE_MB overrides it
MAX_UNZIPPED_BYTES = 1024 * MB  # sum of the declared sizes of all zip members
MAX_RATIO, RATIO_MIN_BYTES = 200, 10 * MB  # refuse a member over 10 MB compressed more than 200:1
MAX_MEMBERS = 10_000
XML_SCAN_BYTES = 64 * 1024  # most of each zip member inflated to look for a DOCTYPE
TEXT_SAMPLE_BYTES = 64 * 1024
MAX_OLE_SECTORS = 4096
EXCEL_CELL_CHARS = 32_767

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
TEXT_EXTENSIONS = (".csv", ".txt", ".tsv")
WORKBOOK_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb")
INJECTION_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
TEXT = "CSV or plain text"
_ROOT_TAG = re.compile(rb"<[A-Za-z_]")
_WORKBOOK_TYPES = re.compile(
    rb"(spreadsheetml\.(sheet|template)|ms-excel\.(sheet|template)\.macroEnabled)\.main\+xml"
)
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_END = 0xFFFFFFFA  # OLE2 sector numbers from here up are markers (end of chain, free, ...)


def check_input_file(path: str) -> str:
    """Refuse a missing, empty, huge, corrupt, protected or hostile file; return 'xlsx', 'xls', 'ods' or 'csv'."""
    path = os.fspath(path)
    name = os.path.basename(path) or path
    _check_path(path, name)
    try:
        with open(path, "rb") as handle:
            head = handle.read(TEXT_SAMPLE_BYTES)
    except OSError as error:
        _refuse(name, f"cannot read the file ({error.strerror or error})")
    if head.startswith(ZIP_MAGICS):
        return _check_zip(path, name)
    if head.startswith(OLE_MAGIC):
        return _check_ole(path, name)
    ext, looks = os.path.splitext(path)[1].lower(), _looks_like(head)
    if looks != TEXT:
        expected = "a CSV text file" if ext in TEXT_EXTENSIONS else "an Excel workbook"
        _refuse(name, f"file is not {expected} (it looks like {looks})")
    if ext in TEXT_EXTENSIONS:
        return "csv"
    if ext in WORKBOOK_EXTENSIONS:
        _refuse(name, f"file is not an Excel workbook (it looks like {looks}; rename it to .csv)")
    _refuse(name, f"unsupported file type {ext or '(no extension)'!r}: expected .xlsx, .xls, .ods or .csv")


def _refuse(name: str, message: str) -> NoReturn:
    """Raise InputFileError about the file with this base name."""
    raise InputFileError(message, file=name)


def max_file_bytes() -> int:
    """The input size limit in bytes: SYNCHECK_MAX_FILE_MB megabytes, 200 by default."""
    raw = os.environ.get("SYNCHECK_MAX_FILE_MB", "").strip() or str(DEFAULT_MAX_FILE_MB)
    value = float(raw) if re.fullmatch(r"\d+(\.\d*)?|\.\d+", raw) else 0.0
    if not value > 0:
        raise UsageError(f"SYNCHECK_MAX_FILE_MB must be a positive number of megabytes, not {raw!r}")
    return int(value * MB)


def _check_path(path: str, name: str) -> None:
    """Refuse a missing path, a directory, an empty file or one above the size limit."""
    if not os.path.exists(path):
        _refuse(name, "file not found")
    if os.path.isdir(path):
        _refuse(name, "path is a directory, not a spreadsheet file")
    size, limit = os.path.getsize(path), max_file_bytes()
    if size == 0:
        _refuse(name, "file is empty (0 bytes)")
    if size > limit:
        size_text = f"file is {size / MB:.1f} MB, above the {limit / MB:g} MB limit"
        _refuse(name, f"{size_text} (set SYNCHECK_MAX_FILE_MB to raise it)")


def _looks_like(head: bytes) -> str:
    """Name what a file that is neither zip nor OLE2 looks like, from its first bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return TEXT
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if body.startswith(b"<") and b"urn:schemas-microsoft-com:office:spreadsheet" in body:
        return "an Excel 2003 XML spreadsheet; save it as .xlsx"
    if body.startswith((b"<!doctype html", b"<html")) or b"<html" in body[:2048] or b"<table" in body[:2048]:
        return "HTML"
    for magic, what in ((b"<", "XML"), (b"%pdf", "a PDF document"), (b"{\\rtf", "an RTF document")):
        if body.startswith(magic):
            return what
    controls = sum(body.count(bytes([c])) for c in (*range(0, 9), *range(14, 32), 127))
    return "binary data" if b"\x00" in body or controls > len(body) // 50 else TEXT


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
    """Refuse a damaged zip, a zip bomb, XML entity declarations or a zip that holds no workbook."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_bomb(infos, name)
            for info in infos:
                _check_member_xml(archive, info, name)
            return _zip_kind(archive, {info.filename for info in infos}, name)
    except InputFileError:
        raise
    except Exception:  # zipfile raises many types on damaged archives: BadZipFile, zlib.error, IndexError, ...
        _refuse(name, "file is corrupt or truncated (not a readable zip archive)")


def _check_bomb(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse too many members, too much unpacked data or an extreme ratio (reads the central directory only)."""
    if len(infos) > MAX_MEMBERS:
        _refuse(name, f"workbook has {len(infos)} parts, more than the {MAX_MEMBERS} allowed (refused for safety)")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNZIPPED_BYTES:
        limit = f"over the {MAX_UNZIPPED_BYTES // MB} MB limit"
        _refuse(name, f"workbook would unpack to {total / MB:,.0f} MB, {limit} (refused for safety)")
    for info in infos:
        if info.flag_bits & 0x1:
            _refuse(name, "workbook is password-protected (its zip parts are encrypted)")
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = f"is compressed over {MAX_RATIO}:1"
            _refuse(name, f"workbook part {info.filename!r} {ratio} (refused for safety as a zip bomb)")


def _check_member_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Refuse an XML member whose prolog declares a DOCTYPE or ENTITY (inflates at most XML_SCAN_BYTES)."""
    if info.is_dir() or info.file_size == 0:
        return
    with archive.open(info) as member:
        data = member.read(XML_SCAN_BYTES)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:64]:
        data = data.replace(b"\x00", b"")  # UTF-16 XML: the markup is ASCII once NULs are gone
    if not data.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n").startswith(b"<"):
        return  # not XML (an image, vbaProject.bin, ...)
    root = _ROOT_TAG.search(data)  # a DOCTYPE may only come before the root element
    prolog = (data[: root.start()] if root else data).upper()
    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
        _refuse(name, "workbook contains XML entity declarations (refused for safety)")
    if root is None and info.file_size > len(data):
        _refuse(name, f"workbook part {info.filename!r} has an oversized XML prolog (refused for safety)")


def _zip_kind(archive: zipfile.ZipFile, names: set[str], name: str) -> str:
    """'xlsx' or 'ods' for a zip that holds a workbook; refuse any other zip."""
    if "mimetype" in names:
        with archive.open("mimetype") as mimetype:
            if mimetype.read(100).strip().startswith(ODS_MIME):
                return "ods"
    if "xl/workbook.bin" in names:
        _refuse(name, "file is a binary .xlsb workbook, which syncheck cannot read (save it as .xlsx)")
    if "xl/workbook.xml" in names or _declared_workbooks(archive, names) & names:
        return "xlsx"
    _refuse(name, "file is a zip archive but not an Excel workbook (no xl/workbook.xml inside)")


def _declared_workbooks(archive: zipfile.ZipFile, names: set[str]) -> set[str]:
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


def _check_ole(path: str, name: str) -> str:
    """'xls' for an OLE2 workbook; refuse encrypted OOXML, damaged files and other OLE2 documents."""
    try:
        names = set(ole_stream_names(path))
    except Exception:  # any damage in the container: ValueError, struct.error, IndexError, OSError
        _refuse(name, "file is corrupt or truncated (damaged OLE2/.xls container)")
    if {"EncryptionInfo", "EncryptedPackage"} & names:
        _refuse(name, "workbook is password-protected (remove the password in Excel and save a copy)")
    if {"Workbook", "Book"} & names:
        return "xls"
    looks = "a Word document" if "WordDocument" in names else "an OLE2 file without a workbook stream"
    _refuse(name, f"file is not an Excel workbook (it looks like {looks})")


def ole_stream_names(path: str) -> list[str]:
    """Entry names in the directory of an OLE2 compound file (bounded walk; ValueError when damaged)."""
    with open(path, "rb") as handle:
        header = handle.read(512)
        shift = struct.unpack_from("<H", header, 0x1E)[0] if len(header) == 512 else 0
        if not header.startswith(OLE_MAGIC) or shift not in (9, 12):
            raise ValueError("not an OLE2 header")
        size, per = 1 << shift, (1 << shift) // 4
        fat = _fat_sectors(handle, header, size)
        names, sector, seen = [], struct.unpack_from("<I", header, 0x30)[0], set()
        while sector < _END and sector not in seen and len(seen) < MAX_OLE_SECTORS:
            seen.add(sector)
            block = _sector(handle, sector, size)
            for offset in range(0, size, 128):
                length = min(struct.unpack_from("<H", block, offset + 0x40)[0], 64)
                if length >= 2:
                    names.append(block[offset : offset + length - 2].decode("utf-16-le", "replace"))
            if sector // per >= len(fat):
                raise ValueError("directory chain leaves the FAT")
            sector = struct.unpack_from("<I", _sector(handle, fat[sector // per], size), (sector % per) * 4)[0]
        return names


def _fat_sectors(handle: BinaryIO, header: bytes, size: int) -> list[int]:
    """Sector numbers of the FAT: 109 in the header, the rest along the DIFAT chain."""
    (count,), (following, chained) = struct.unpack_from("<I", header, 0x2C), struct.unpack_from("<II", header, 0x44)
    fat = list(struct.unpack_from("<109I", header, 0x4C))[: min(count, 109)]
    for _ in range(min(chained, MAX_OLE_SECTORS)):
        if following >= _END or len(fat) >= count:
            break
        entries = struct.unpack(f"<{size // 4}I", _sector(handle, following, size))
        fat += [s for s in entries[:-1] if s < _END][: count - len(fat)]
        following = entries[-1]
    return fat


def _sector(handle: BinaryIO, number: int, size: int) -> bytes:
    """One sector of an OLE2 file; ValueError when the file is too short."""
    handle.seek((number + 1) * size)
    block = handle.read(size)
    if len(block) < size:
        raise ValueError("truncated")
    return block


def guard_openpyxl() -> None:
    """Raise RuntimeError unless openpyxl parses workbook XML through defusedxml."""
    # openpyxl switches to defusedxml by itself when that package is importable when openpyxl is first
    # imported (openpyxl.xml.DEFUSEDXML; the env var OPENPYXL_DEFUSEDXML=False turns it off). Then
    # openpyxl.xml.functions binds iterparse (worksheets) and, without lxml, fromstring to defusedxml.
    import openpyxl.xml
    import openpyxl.xml.functions as functions

    parsers = [functions.iterparse] + ([] if openpyxl.xml.LXML else [functions.fromstring])
    if not openpyxl.xml.DEFUSEDXML or not all(p.__module__.startswith("defusedxml") for p in parsers):
        raise RuntimeError("openpyxl is not using defusedxml: install defusedxml and unset OPENPYXL_DEFUSEDXML")


def atomic_write(path: str, write: Callable[[str], None]) -> None:
    """Call write(temp_path) for a temp file beside path, then os.replace it; remove the temp file on failure."""
    path = os.fspath(path)
    name = os.path.basename(path)
    base, ext = os.path.splitext(name)
    temp = ""
    try:
        directory = os.path.dirname(os.path.abspath(path))
        fd, temp = tempfile.mkstemp(prefix=f".{base}.", suffix=f".part{ext}", dir=directory)
        os.close(fd)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # mkstemp makes 0600; give the output the usual permissions
        write(temp)
        os.replace(temp, path)
    except BaseException as error:
        if temp:
            with contextlib.suppress(OSError):
                os.remove(temp)
        if isinstance(error, OSError):
            raise OutputError(f"cannot write the output file ({error.strerror or error})", file=name) from None
        raise


def refuse_overwrite_inputs(outputs: list[str], inputs: list[str]) -> None:
    """Raise OutputError when any output path is, or links to, one of the input files."""
    for output in outputs:
        for given in inputs:
            same = os.path.realpath(output) == os.path.realpath(given)
            if same or (os.path.exists(output) and os.path.exists(given) and os.path.samefile(output, given)):
                message = f"output would overwrite the input file {os.path.basename(given)}"
                raise OutputError(message, file=os.path.basename(output))


def is_injection(value: object) -> bool:
    """True for a str that a spreadsheet could take for a formula or a command."""
    return isinstance(value, str) and value.startswith(INJECTION_PREFIXES)


def safe_cell_text(value: object) -> object:
    """A str without XML-illegal control characters, cut to Excel's 32,767; other values unchanged."""
    return _ILLEGAL_XML.sub("", value)[:EXCEL_CELL_CHARS] if isinstance(value, str) else value


def write_text_cell(ws: Any, row: int, col: int, value: object) -> Any:
    """Set an openpyxl cell to value, storing formula-like strings as text (never a formula); return the cell."""
    cell = ws.cell(row=row, column=col)
    cell.value = safe_cell_text(value)
    if is_injection(cell.value):
        cell.data_type = "s"  # openpyxl would otherwise write '=...' as <f>; 's' writes it as a string
    return cell
