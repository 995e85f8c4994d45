"""Measure each sheet's used area (first to last value) before a reader allocates it as one dense grid."""

from __future__ import annotations

import html
import re
import struct
import zipfile
from dataclasses import dataclass, replace
from xml.parsers import expat

from syncheck import far_cells
from syncheck.errors import InputFileError
from syncheck.messages import Count, say
from syncheck.sheet_marks import MarkCollector, MergedRange, SheetMarks, part_chunks, related_parts

# The reader holds a sheet as a dense grid of rows x columns between its first and last value: one
# stray cell at XFD1048576 asks for 17 billion cells, and the reader aborts the process. The limit is
# a full .xls sheet (65,536 x 256), ~1 GB and 10 s of reading; a real RKPD sheet has under a million.
MAX_SHEET_CELLS = 65_536 * 256
# merged ranges kept from one .ods file: a real plan has a few thousand; a row repeated a million times
# with a spanned cell in it would otherwise ask for a million
MAX_MERGED = 100_000

_ODS_TOKEN = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*)>")
# a cell tag (any whitespace may follow the name) not written as <c r="A1": its place needs the exact measure
_ODD_CELL = re.compile(rb'<c(?=[\s>])(?! r="[A-Z]{1,3}[0-9]{1,7}")')
_PREFIXED_CELL = re.compile(rb":c[\s>]")
# a cell beyond column CZ or row 9999, or not written <c r="A1": within CZ9999 (104 columns by 9,999 rows, about
# far_cells.LEAVE_OUT_CELLS) a sheet needs no measuring at all, and a stray cell in it costs little
_BEYOND_SMALL = re.compile(rb'<c(?=[\s>])(?! r="[A-C]?[A-Z][0-9]{1,4}")')
_REPEAT = {name: re.compile(rb"number-%s-repeated\s*=\s*[\"']([0-9]+)[\"']" % name) for name in (b"rows", b"columns")}
_SPANNED = {name: re.compile(rb"number-%s-spanned\s*=\s*[\"']([0-9]{1,9})[\"']" % name) for name in (b"rows", b"columns")}
_ODS_LIMIT = {b"rows": 1_048_576, b"columns": 16_384}  # a sheet's rows and columns in LibreOffice Calc
# the name attribute of a table (table:name, not table:style-name)
_NAME = re.compile(rb"""(?:^|\s)(?:[A-Za-z_][\w.-]*:)?name\s*=\s*(["'])(.*?)\1""", re.DOTALL)

_BOF, _BOUNDSHEET, _DIMENSIONS, _MULRK, _MULBLANK = 0x0809, 0x0085, 0x0200, 0x00BD, 0x00BE
_CELL_RECORDS = {0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6, _MULRK, _MULBLANK}


@dataclass
class Box:
    """The rows and columns (1-based) between a sheet's first and last value."""

    first_row: int = 0
    last_row: int = 0
    first_col: int = 0
    last_col: int = 0

    def add(self, row: int, col: int, rows: int = 1, cols: int = 1) -> None:
        """Widen the box to hold a block of rows x cols values from (row, col)."""
        if not self.first_row:
            self.first_row, self.first_col = row, col
        self.first_row, self.first_col = min(self.first_row, row), min(self.first_col, col)
        self.last_row, self.last_col = max(self.last_row, row + rows - 1), max(self.last_col, col + cols - 1)

    @property
    def cells(self) -> int:
        """How many cells a dense grid of the box holds."""
        if not self.first_row:
            return 0
        return (self.last_row - self.first_row + 1) * (self.last_col - self.first_col + 1)


def check_zip_sheets(archive: zipfile.ZipFile, kind: str, name: str) -> tuple[dict[str, SheetMarks], bytes | None]:
    """Refuse an .xlsx or .ods whose sheets span more than MAX_SHEET_CELLS cells; the marks of each .xlsx worksheet
    part (by part name), or of each .ods table (by sheet name), and the .xlsx workbook again without the cells far
    from its tables when a sheet has a few (far_cells), else None."""
    if kind == "ods":
        return (_scan_ods(archive, name) if "content.xml" in archive.namelist() else {}), None
    marks, cuts = {}, {}
    for member in worksheet_members(archive):
        marks[member], cut = _scan_xlsx_sheet(archive, member, name)
        if cut is not None:
            cuts[member] = cut
    return marks, far_cells.workbook_without(archive, cuts) if cuts else None


def worksheet_members(archive: zipfile.ZipFile) -> list[str]:
    """Parts an .xlsx reader may read as worksheets: the workbook's worksheet targets and xl/worksheets/*."""
    names = archive.namelist()
    found = [name for name in names if re.fullmatch(r"(.*/)?worksheets/[^/]+\.xml", name)]
    return list(dict.fromkeys(found + related_parts(archive, b"/worksheet")))


def _scan_xlsx_sheet(archive: zipfile.ZipFile, member: str, name: str) -> tuple[SheetMarks, far_cells.Cut | None]:
    """Refuse a worksheet part whose cells with content span more than MAX_SHEET_CELLS cells once the few far from
    its table are left out; its marks, and what to leave out of it (None: nothing)."""
    marks = MarkCollector()
    if _within_small_box(archive, member, marks):
        return marks.result(), None  # the common sheet: one search per chunk, no cell parsed
    where = say("where.part", part=repr(member))
    layout, plain = _measure(archive, member, where, name)
    left = far_cells.far_from_table(archive, member, layout, plain)
    if left is None:
        _refuse_if_large(layout, where, name)
        return marks.result(), None
    _refuse_if_large(Box(layout.first_row, left.last_row, layout.first_col, left.last_col), where, name)
    found = marks.result()

    def kept(row: int, col: int) -> bool:
        """Within the table (0-based row and column): what is left out carries no mark the reader could act on."""
        return row < left.last_row and col < left.last_col

    kept_marks = {
        "errors": tuple(error for error in found.errors if kept(*error[:2])),
        "unsaved_formulas": frozenset(cell for cell in found.unsaved_formulas if kept(*cell)),
        "formula_texts": tuple(text for text in found.formula_texts if kept(*text[:2])),
    }
    return replace(found, **kept_marks, far_cells=left), (left, plain, (layout.first_row, layout.first_col))


def _within_small_box(archive: zipfile.ZipFile, member: str, marks: MarkCollector) -> bool:
    """True when every cell of the part is written <c r="..."> within CZ9999 (so the sheet is small enough).

    Every chunk is read (and given to ``marks``) even after one answers False.
    """
    small = True
    for chunk in part_chunks(archive, member):
        marks.feed(chunk)
        small = small and not _BEYOND_SMALL.search(chunk) and not _PREFIXED_CELL.search(chunk)
    return small


def _measure(archive: zipfile.ZipFile, member: str, where: str, name: str) -> tuple[far_cells.Layout, bool]:
    """Where the part's cells with content lie, and whether all are written <c r="..."> (plain); refuse once its
    table alone is too large."""
    layout = far_cells.Layout()
    for chunk in part_chunks(archive, member):
        if _ODD_CELL.search(chunk) or _PREFIXED_CELL.search(chunk):
            return _measure_exactly(archive, member, where, name), False
        layout.add(*far_cells.plain_cells(chunk))
        _refuse_if_large(layout.table_box(), where, name)
    return layout, True


def _measure_exactly(archive: zipfile.ZipFile, member: str, where: str, name: str) -> far_cells.Layout:
    """Where the cells with content lie, each placed as Excel places it (self-closing <c/> cells are empty); refuse
    once the table alone is too large."""
    layout, walk = far_cells.Layout(), far_cells.Walk()
    for chunk in part_chunks(archive, member):
        for row, col, _ in walk.cells(chunk):
            layout.add([row], {col}, lambda: ((row, col),))
        _refuse_if_large(layout.table_box(), where, name)
    return layout


def _scan_ods(archive: zipfile.ZipFile, name: str) -> dict[str, SheetMarks]:
    """Refuse a table too large to read (counting repeated rows and columns); the merged ranges of each table."""
    tables = _OdsTables(name)
    parser = _well_formed_parser()
    for chunk in part_chunks(archive, "content.xml"):
        # the reader loops forever on some malformed content.xml: refuse what an XML parser refuses
        _feed(parser, chunk, name)
        tables.feed(chunk)
    _feed(parser, b"", name, final=True)
    return tables.marks()


class _OdsTables:
    """Walks the table, row and cell tags of content.xml: one box per table, and its merged (spanned) cells."""

    def __init__(self, name: str) -> None:
        self.name, self.box, self.where = name, Box(), ""
        self.row = self.col = 0
        self.repeat = 1
        self.merged: dict[str, list[MergedRange]] = {}
        self.spans: list[MergedRange] = []
        self.count = 0

    def feed(self, chunk: bytes) -> None:
        """Take the table, row and cell tags of the next chunk (no tag is cut), then refuse a table grown too large."""
        row, col, repeat = self.row, self.col, self.repeat  # locals: this loop runs once per cell of the file
        for closing, tag, attributes in _ODS_TOKEN.findall(chunk):
            if tag == b"table-cell" or tag == b"covered-table-cell":
                if closing:
                    continue
                cols = _repeated(attributes, b"columns")
                if b"value-type" in attributes or not attributes.rstrip().endswith(b"/"):
                    self.box.add(row + 1, col + 1, repeat, cols)
                if b"spanned" in attributes:
                    self._add_spans(attributes, row, col, repeat)
                col += cols
            elif tag == b"table-row":
                if closing:
                    row += repeat
                else:
                    col, repeat = 0, _repeated(attributes, b"rows")
                    row += repeat if attributes.rstrip().endswith(b"/") else 0
            elif not closing:
                self._open_table(attributes)
                row = 0
        self.row, self.col, self.repeat = row, col, repeat
        _refuse_if_large(self.box, self.where, self.name)

    def _open_table(self, attributes: bytes) -> None:
        """Start a table: refuse the one before if too large, then a new box and list of merged ranges."""
        _refuse_if_large(self.box, self.where, self.name)
        table = _full_table_name(attributes)
        self.box, self.where = Box(), say("where.sheet", sheet=repr(table[:60])) if table else say("where.a_sheet")
        self.spans = self.merged.setdefault(table, [])

    def _add_spans(self, attributes: bytes, row: int, col: int, repeat: int) -> None:
        """Record the range a spanned cell covers, once per repeated row (at most MAX_MERGED in all)."""
        rows, cols = _spanned(attributes, b"rows"), _spanned(attributes, b"columns")
        if rows == cols == 1:
            return
        for first in range(row, row + min(repeat, MAX_MERGED - self.count)):
            self.spans.append(((first, col), (first + rows - 1, col + cols - 1)))
            self.count += 1

    def marks(self) -> dict[str, SheetMarks]:
        """The merged ranges of each table with any, by table name."""
        return {table: SheetMarks(merged=tuple(spans)) for table, spans in self.merged.items() if spans}


def _well_formed_parser() -> expat.XMLParserType:
    """An expat parser that only checks well-formedness and refuses any DOCTYPE or entity declaration."""
    parser = expat.ParserCreate()

    def refuse(*_args: object) -> None:
        raise ValueError("DOCTYPE or entity declaration")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    return parser


def _feed(parser: expat.XMLParserType, data: bytes, name: str, final: bool = False) -> None:
    """Parse the next piece of content.xml; InputFileError when it is not well-formed."""
    try:
        parser.Parse(data, final)
    except expat.ExpatError as error:
        message = say("error.xml_not_well_formed", cause=expat.ErrorString(error.code), line=error.lineno)
        raise InputFileError(message, file=name) from None
    except ValueError:
        raise InputFileError(say("error.xml_entities"), file=name) from None


def _repeated(attributes: bytes, what: bytes) -> int:
    """The number-rows-repeated / number-columns-repeated count of an element (1 when absent)."""
    found = _REPEAT[what].search(attributes)
    return max(1, int(found.group(1))) if found else 1


def _spanned(attributes: bytes, what: bytes) -> int:
    """The number-rows-spanned / number-columns-spanned count of a cell (1 when absent), at most a sheet's size."""
    found = _SPANNED[what].search(attributes)
    return min(max(1, int(found.group(1))), _ODS_LIMIT[what]) if found else 1


def _full_table_name(attributes: bytes) -> str:
    """The table:name of an ODS <table:table> element, as the reader gives the sheet's name."""
    found = _NAME.search(attributes)
    return html.unescape(found.group(2).decode("utf-8", "replace")) if found else ""


def check_biff_sheets(data: bytes, name: str) -> None:
    """Refuse an .xls workbook stream whose DIMENSIONS records or cells span more than MAX_SHEET_CELLS cells."""
    box, names, sheet, offset = Box(), [], -1, 0  # substream 0 is the workbook globals, then one per sheet
    while offset + 4 <= len(data):
        kind, length = struct.unpack_from("<HH", data, offset)
        body = data[offset + 4 : offset + 4 + length]
        offset += 4 + length
        if kind == _BOF:
            _refuse_if_large(box, _biff_sheet(names, sheet), name)
            box, sheet = Box(), sheet + 1
        elif kind == _BOUNDSHEET and len(body) >= 8:
            names.append(_biff_name(body[6:]))
        elif kind == _DIMENSIONS and len(body) >= 10:
            _check_dimensions(body, box, _biff_sheet(names, sheet), name)
        elif kind in _CELL_RECORDS and len(body) >= 4:
            row, col = struct.unpack_from("<HH", body)
            last = struct.unpack_from("<H", body, len(body) - 2)[0] if kind in (_MULRK, _MULBLANK) else col
            box.add(1, 1, row + 1, max(col, last) + 1)
    _refuse_if_large(box, _biff_sheet(names, sheet), name)


def _check_dimensions(body: bytes, box: Box, where: str, name: str) -> None:
    """Widen box by a DIMENSIONS record, from which the reader sizes its grid; refuse one that contradicts itself."""
    # BIFF8 has 4-byte row numbers (a 14-byte record), BIFF5 2-byte ones (10 bytes)
    first_row, last_row, first_col, last_col = struct.unpack_from("<IIHH" if len(body) >= 14 else "<HHHH", body)
    if first_row > last_row or first_col > last_col:
        raise InputFileError(say("error.dimensions", where=where), file=name)
    if last_row and last_col:
        box.add(1, 1, last_row, last_col)
    _refuse_if_large(box, where, name)


def _biff_name(text: bytes) -> str:
    """A BOUNDSHEET sheet name: length byte, flags byte (bit 0: UTF-16), characters."""
    count, wide = text[0], len(text) > 1 and text[1] & 1
    raw = text[2 : 2 + count * (2 if wide else 1)]
    return raw.decode("utf-16-le" if wide else "latin-1", "replace")


def _biff_sheet(names: list[str], sheet: int) -> str:
    """How messages name the sheet of a substream (1 = first sheet)."""
    return say("where.sheet", sheet=repr(names[sheet - 1]) if 0 < sheet <= len(names) else sheet)


def _refuse_if_large(box: Box | far_cells.Layout, where: str, name: str) -> None:
    """Raise InputFileError when the box holds more than MAX_SHEET_CELLS cells."""
    if box.cells <= MAX_SHEET_CELLS:
        return
    rows, cols = box.last_row - box.first_row + 1, box.last_col - box.first_col + 1
    raise InputFileError(say("error.sheet_too_large", where=where, rows=Count(rows), cols=Count(cols)), file=name)
