"""Refuse hostile or broken input files before parsing, and write outputs safely."""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import re
import stat
import tempfile
import zipfile
from typing import Callable, NamedTuple, NoReturn

from syncheck import extent, ole
from syncheck.errors import InputFileError, OutputError, UsageError
from syncheck.messages import Count, Tenths, say
from syncheck.ole import OLE_MAGIC
from syncheck.sheet_marks import SheetMarks, sheet_parts

MB = 1024 * 1024
DEFAULT_MAX_FILE_MB = 200  # SYNCHECK_MAX_FILE_MB overrides it
MAX_UNZIPPED_BYTES = 1024 * MB  # sum of the declared sizes of all zip members
MAX_RATIO, RATIO_MIN_BYTES = 200, 10 * MB  # refuse a member over 10 MB compressed more than 200:1
MAX_MEMBERS = 10_000
XML_SCAN_BYTES = 64 * 1024  # most of each zip member inflated to look for a DOCTYPE
TEXT_SAMPLE_BYTES = 64 * 1024
EXCEL_CELL_CHARS = 32_767

ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
TEXT_EXTENSIONS = (".csv", ".txt", ".tsv")
WORKBOOK_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb")
INJECTION_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
TEXT = "error.looks_text"  # _looks_like gives catalogue keys: the error texts are read only when refusing
HTML = "error.looks_html"
_ROOT_TAG = re.compile(rb"<[A-Za-z_]")
_WORKBOOK_TYPES = re.compile(
    rb"(spreadsheetml\.(sheet|template)|ms-excel\.(sheet|template)\.macroEnabled)\.main\+xml"
)
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class Screened(NamedTuple):
    """A file that passed the checks: its format, and the marks of each .xlsx or .ods sheet by name (see sheet_marks)."""

    format: str
    marks: dict[str, SheetMarks]
    data: bytes | None = None  # the workbook to read instead of the file: without the cells far from its tables (far_cells)


def check_input_file(path: str) -> str:
    """Refuse a missing, empty, huge, corrupt, protected or hostile file; return 'xlsx', 'xls', 'ods', 'csv' or 'html'."""
    return screen_input_file(path).format


def screen_input_file(path: str) -> Screened:
    """Refuse a missing, empty, huge, corrupt, protected or hostile file; its format and sheet marks."""
    path = os.fspath(path)
    name = os.path.basename(path) or path
    _check_path(path, name)
    try:
        with open(path, "rb") as handle:
            head = handle.read(TEXT_SAMPLE_BYTES)
    except OSError as error:
        _refuse(name, os_problem(error))
    if head.startswith(ZIP_MAGICS):
        return _check_zip(path, name)
    if head.startswith(OLE_MAGIC):
        return Screened(_check_ole(path, name), {})
    ext, looks = os.path.splitext(path)[1].lower(), _looks_like(head)
    if looks == HTML:
        return Screened("html", {})  # a web portal's "Excel" export, whatever its name (html_tables reads it)
    if looks != TEXT:
        expected = say("error.a_csv_file" if ext in TEXT_EXTENSIONS else "error.an_excel_workbook")
        _refuse(name, say("error.not_expected_type", wanted=expected, looks=say(looks)))
    if ext in TEXT_EXTENSIONS:
        return Screened("csv", {})
    if ext in WORKBOOK_EXTENSIONS:
        _refuse(name, say("error.rename_to_csv", looks=say(looks)))
    _refuse(name, say("error.unsupported_type", ext=repr(ext) if ext else say("error.no_extension")))


def _refuse(name: str, message: str) -> NoReturn:
    """Raise InputFileError about the file with this base name."""
    raise InputFileError(message, file=name)


def max_file_bytes() -> int:
    """The input size limit in bytes: SYNCHECK_MAX_FILE_MB megabytes, 200 by default."""
    raw = os.environ.get("SYNCHECK_MAX_FILE_MB", "").strip() or str(DEFAULT_MAX_FILE_MB)
    value = float(raw) if re.fullmatch(r"\d+(\.\d*)?|\.\d+", raw) else 0.0
    if not value > 0:
        raise UsageError(say("error.max_file_mb", value=repr(raw)))
    return int(value * MB)


def _check_path(path: str, name: str) -> None:
    """Refuse a missing or unreachable path, a directory or device, an empty file or one above the size limit."""
    try:
        info = os.stat(path)
    except OSError as error:
        _refuse(name, _stat_problem(error))
    if stat.S_ISDIR(info.st_mode):
        _refuse(name, say("error.is_directory"))
    if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
        _refuse(name, say("error.not_regular"))
    size, limit = info.st_size, max_file_bytes()
    if size == 0:
        _refuse(name, say("error.empty_file"))
    if size > limit:
        _refuse(name, say("error.too_large", size=Tenths(round(10 * size / MB)), limit=Tenths(round(10 * limit / MB))))


def os_problem(error: OSError, directory: str = "error.is_directory") -> str:
    """Why a file cannot be opened, in the catalogue's words (``directory``: the key saying it is a folder)."""
    if error.errno == errno.EISDIR:
        return say(directory)
    return _stat_problem(error)


def _stat_problem(error: OSError) -> str:
    """Why a path cannot be reached, in words."""
    if error.errno == errno.ELOOP:
        return say("error.symlink_loop")
    if error.errno in (errno.EACCES, errno.EPERM):
        return say("error.permission_denied")
    if error.errno == errno.ENAMETOOLONG:
        return say("error.path_too_long")
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return say("error.file_not_found")
    return say("error.cannot_reach", cause=str(error.strerror or error))


def _looks_like(head: bytes) -> str:
    """The catalogue key naming what a file that is neither zip nor OLE2 looks like, from its first bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(head):  # UTF-16 text: a CSV or an HTML page
        text = head[:4096].decode(sniff_encoding(head[:4096], final=False), "replace")
        return HTML if _is_html(text.lstrip("\ufeff \t\r\n").lower().encode("utf-8", "replace")) else TEXT
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if body.startswith(b"<") and b"urn:schemas-microsoft-com:office:spreadsheet" in body and not body.startswith((b"<!doctype html", b"<html")):
        return "error.looks_excel_xml"
    if _is_html(body):
        return HTML
    for magic, what in ((b"<", "error.looks_xml"), (b"%pdf", "error.looks_pdf"), (b"{\\rtf", "error.looks_rtf")):
        if body.startswith(magic):
            return what
    controls = sum(body.count(bytes([c])) for c in (*range(0, 9), *range(14, 32), 127))
    return "error.looks_binary" if controls > len(body) // 50 else TEXT


def _is_html(body: bytes) -> bool:
    """True for the lowercased first bytes of an HTML page, or of markup holding a table (an Excel 2003 XML
    spreadsheet, whose <Table> would match too, is told apart first)."""
    if body.startswith((b"<!doctype html", b"<html")) or b"<html" in body[:2048] or b"<table" in body[:2048]:
        return True
    return body.startswith(b"<") and not body.startswith(b"<?xml") and b"<table" in body


#: names a plan file has, never an audit file (TOML)
PLAN_EXTENSIONS = (".csv", ".tsv", *WORKBOOK_EXTENSIONS, ".html", ".htm")


def looks_like_plan(path: str) -> bool:
    """True for a spreadsheet by its name or first bytes (a workbook, an HTML export): a plan file, not a text file."""
    if os.path.splitext(path)[1].lower() in PLAN_EXTENSIONS:
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except (OSError, ValueError):  # what is wrong with it is said when it is read
        return False
    return head.startswith((*ZIP_MAGICS, OLE_MAGIC)) or _looks_like(head) == HTML


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


def page_encoding(head: bytes) -> str:
    """The page's encoding: its byte order mark, else its <meta charset>, else UTF-8 or Windows-1252 by its bytes."""
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return sniff_encoding(head, final=False)
    declared = _CHARSET.search(head)
    if declared:
        try:
            found = codecs.lookup(declared.group(1).decode("ascii"))
            # (rot13 and zlib are codecs too, but not of text; idna cannot replace what it cannot read)
            codec = found.name if getattr(found, "_is_text_encoding", True) and _replaces(found.name) else ""
        except LookupError:
            codec = ""
        # browsers read a page declared Latin-1 or ASCII as Windows-1252; one declared UTF-16 but
        # without its mark is ASCII-compatible, so the declaration is wrong
        if codec in ("latin-1", "iso8859-1", "ascii", "cp1252"):
            return "cp1252"
        if codec and not codec.startswith("utf-16") and not codec.startswith("utf-32"):
            return codec
    return sniff_encoding(head, final=False)


def _replaces(codec: str) -> bool:
    """True when the codec reads any bytes, putting a replacement character where it cannot."""
    try:
        codecs.getincrementaldecoder(codec)(errors="replace").decode(b"<\xff>", final=True)
    except (UnicodeError, LookupError, TypeError, ValueError):
        return False
    return True


def sniff_encoding(data: bytes, final: bool = True) -> str:
    """'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-8' or 'cp1252' for text bytes (decode with errors='replace')."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    wide = _utf16_without_bom(data)
    if wide:
        return wide
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=final)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _utf16_without_bom(data: bytes) -> str:
    """'utf-16-le' or 'utf-16-be' when every other byte of mostly-ASCII text is NUL, else ''."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 4:
        return ""
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd > half * 0.9 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.9 and odd < half * 0.05:
        return "utf-16-be"
    return ""


def _check_zip(path: str, name: str) -> Screened:
    """Refuse a damaged zip, a zip bomb, XML entity declarations or a zip that holds no workbook."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_bomb(infos, name)
            for info in infos:
                _check_member_xml(archive, info, name)
            kind = _zip_kind(archive, {info.filename for info in infos}, name)
            by_part, data = extent.check_zip_sheets(archive, kind, name)
            if kind == "ods":
                return Screened(kind, by_part)  # by sheet name already
            parts = sheet_parts(archive) if by_part else {}
            return Screened(kind, {sheet: by_part[part] for sheet, part in parts.items() if part in by_part}, data)
    except InputFileError:
        raise
    except Exception:  # zipfile raises many types on damaged archives: BadZipFile, zlib.error, IndexError, ...
        _refuse(name, say("error.corrupt_zip"))


def _check_bomb(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse too many members, too much unpacked data or an extreme ratio (reads the central directory only)."""
    if len(infos) > MAX_MEMBERS:
        _refuse(name, say("error.too_many_parts", count=Count(len(infos)), limit=Count(MAX_MEMBERS)))
    total = sum(info.file_size for info in infos)
    if total > MAX_UNZIPPED_BYTES:
        _refuse(name, say("error.unpacks_too_large", size=Count(round(total / MB)), limit=Count(MAX_UNZIPPED_BYTES // MB)))
    for info in infos:
        if info.flag_bits & 0x1:
            _refuse(name, say("error.zip_encrypted"))
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            _refuse(name, say("error.zip_bomb", part=repr(info.filename), ratio=MAX_RATIO))


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
    if b"<!ENTITY" in prolog:
        _refuse(name, say("error.xml_entities"))
    if b"<!DOCTYPE" in prolog:
        _refuse(name, say("error.xml_doctype", part=repr(info.filename)))
    if root is None and info.file_size > len(data):
        _refuse(name, say("error.xml_prolog", part=repr(info.filename)))


def _zip_kind(archive: zipfile.ZipFile, names: set[str], name: str) -> str:
    """'xlsx' or 'ods' for a zip that holds a workbook; refuse any other zip."""
    if "mimetype" in names:
        with archive.open("mimetype") as mimetype:
            if mimetype.read(100).strip().startswith(ODS_MIME):
                return "ods"
    if "xl/workbook.bin" in names:
        _refuse(name, say("error.xlsb"))
    if "xl/workbook.xml" in names or _declared_workbooks(archive, names) & names:
        return "xlsx"
    _refuse(name, say("error.zip_not_workbook"))


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
    """'xls' for an OLE2 workbook; refuse encrypted OOXML, damaged files, other OLE2 documents and huge sheets."""
    try:
        with open(path, "rb") as handle:  # one parse of the container for the names and the stream
            container = ole.OleFile(handle)
            names = {entry.name for entry in container.entries()}
            stream = next((candidate for candidate in ("Workbook", "Book") if candidate in names), "")
            data = container.read(stream, max_file_bytes()) if stream else b""
    except Exception:  # any damage in the container: ValueError, struct.error, IndexError, OSError
        _refuse(name, say("error.corrupt_ole"))
    if {"EncryptionInfo", "EncryptedPackage"} & names:
        _refuse(name, say("error.ole_encrypted"))
    if stream:
        extent.check_biff_sheets(data, name)
        return "xls"
    looks = say("error.looks_word" if "WordDocument" in names else "error.looks_ole")
    _refuse(name, say("error.not_a_workbook", looks=looks))


def atomic_write(path: str, write: Callable[[str], None]) -> None:
    """Call write(temp_path) for a temp file beside path, then os.replace it; remove the temp file on failure."""
    path = os.fspath(path)
    name = os.path.basename(path)
    base, ext = os.path.splitext(name)
    check_output_path(path)
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
            raise OutputError(say("error.cannot_write", cause=str(error.strerror or error)), file=name) from None
        raise


def check_output_path(path: str) -> None:
    """Raise OutputError when the output path exists and is not a regular file (a directory, device or pipe)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # a new file (a missing directory is reported when writing)
    if stat.S_ISDIR(mode):
        problem = say("error.output_is_directory")
    elif not stat.S_ISREG(mode):
        # replacing it would turn /dev/null or a named pipe into a plain file for everyone
        problem = say("error.output_is_device")
    else:
        return
    raise OutputError(problem, file=path)


def refuse_overwrite_inputs(outputs: list[str | None], inputs: list[str | None]) -> None:
    """Raise OutputError when any output path is, or links to, one of the input files or another output,
    or is not a regular file; None (not asked for) and '-' (standard output) are no files."""
    outputs = [path for path in outputs if path and path != "-"]
    inputs = [path for path in inputs if path]
    for output in outputs:
        check_output_path(output)
    for number, output in enumerate(outputs):
        for given in inputs:
            if _same_file(output, given):
                raise OutputError(say("error.overwrite_input", input=os.path.basename(given)), file=os.path.basename(output))
        for other in outputs[number + 1 :]:
            if _same_file(output, other):
                raise OutputError(say("error.same_output"), file=os.path.basename(output))


def _same_file(first: str, second: str) -> bool:
    """True when two paths name one file (file_identity)."""
    return file_identity(first) == file_identity(second)


def file_identity(path: str) -> object:
    """What makes two paths one file: its device and inode (hard links, symlinks, './' and case-folding file systems
    too), else its resolved path when it cannot be reached (reading it says why)."""
    resolved = os.path.realpath(path)  # ('sub/../x.xlsx' is x.xlsx even where no folder 'sub' exists)
    try:
        info = os.stat(resolved)
    except (OSError, ValueError):
        info = None
    if info is None or not info.st_ino:  # (some network and FAT drives give every file inode 0)
        return os.path.normcase(resolved)
    return (info.st_dev, info.st_ino)


def refuse_repeats(files: list[str] | tuple[str, ...]) -> None:
    """Refuse one plan file given twice (by one path or two): its rows would be compared, and counted, twice."""
    seen: dict[object, int] = {}
    for number, path in enumerate(files):
        earlier = seen.setdefault(file_identity(path), number)
        if earlier != number:
            first = files[earlier]
            twice = say("error.given_twice") if first == path else say("error.given_twice_as", first=first, second=path)
            raise UsageError(twice, file=os.path.basename(path))


def is_injection(value: object) -> bool:
    """True for a str that a spreadsheet could take for a formula or a command."""
    return isinstance(value, str) and value.startswith(INJECTION_PREFIXES)


def safe_cell_text(value: object) -> object:
    """A str without XML-illegal control characters, cut to Excel's 32,767; other values unchanged."""
    return _ILLEGAL_XML.sub("", value)[:EXCEL_CELL_CHARS] if isinstance(value, str) else value
