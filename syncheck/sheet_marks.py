"""What a worksheet's XML says that the cell reader does not pass on: hidden columns and rows, Excel error values.

The reader gives a cell holding #REF! or #N/A as an empty cell and shows hidden columns like the others.
A reviewer needs both: a budget lost to #REF! must be named, and a hidden stale budget column must not be
read in place of the visible one. The marks are gathered while the safety check inflates each
worksheet part anyway (see extent), so they cost no second pass over the file.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from dataclasses import dataclass
from typing import Iterator

_SHEET_DATA = b"<sheetData"
_COL = re.compile(rb"<col\b([^>]*)>")
_HIDDEN = re.compile(rb'\bhidden\s*=\s*["\'](?:1|true)["\']')
_SPAN = re.compile(rb'\b(min|max)\s*=\s*["\']([0-9]{1,5})["\']')
# an error cell: <c r="C12" s="3" t="e"><f>A1/0</f><v>#DIV/0!</v></c> (the formula is optional)
_ERROR_CELL = re.compile(rb'<c\b(?=[^>]*\bt\s*=\s*["\']e["\'])[^>]*\br\s*=\s*["\']([A-Z]{1,3})([0-9]{1,7})["\'][^>]*>(?:(?!</c>|<c\b).)*?<v>([^<]{1,40})</v>', re.DOTALL)
# a formula cell with no saved result: <c r="D8"><f>E8+F8</f></c>, <v/> or <v></v> (a script wrote it, nothing computed it);
# a shared formula's other cells are <f t="shared" si="0"/>; an empty <v> of a t="str" cell is a saved empty text
_UNSAVED_FORMULA = re.compile(
    rb'<c\b(?![^>]*\bt\s*=\s*["\']str["\'])[^>]*?\br\s*=\s*["\']([A-Z]{1,3})([0-9]{1,7})["\'][^>]*(?<!/)>\s*'
    rb"<f\b[^>]*(?:/>|>([^<]*)</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>"
)
# what follows a formula with no saved result: one of these is in any chunk holding one (a cheap test before the search)
_UNSAVED_SIGNS = (b"</f></c>", b"</f><v />", b"</f><v/>", b"</f><v></v>", b"/></c>")
# one place of the rare byte tried per this many bytes of data (at least 64 places) before the rest is
# searched the plain way: a try costs about what a plain search costs over 150 bytes
_BYTES_PER_TRY = 256
# how much of a chunk's end is read again with the next one (the start of an error cell cut by the boundary)
_OVERLAP = 512
# a row hidden in Excel (by hand, or folded away in an outline): <row r="9" hidden="1" ...>
_HIDDEN_WORD = re.compile(rb"hidden")
_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b(?=[^>]*\bhidden\s*=\s*["\'](?:1|true)["\'])[^>]*?\br\s*=\s*["\']([0-9]{1,7})["\']')
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)>")
_ATTR = re.compile(rb'\b((?:\w+:)?\w+)\s*=\s*"([^"]*)"')
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")

CHUNK = 1 << 20
MAX_TAG_BYTES = 1 << 20

#: a merged range as ((first_row, first_col), (last_row, last_col)), 0-based
MergedRange = tuple[tuple[int, int], tuple[int, int]]


@dataclass(frozen=True)
class SheetMarks:
    """Hidden columns and rows, error values and unsaved formulas of one worksheet (0-based rows and columns)."""

    hidden_columns: frozenset[int] = frozenset()
    errors: tuple[tuple[int, int, str], ...] = ()  # (row, column, '#REF!'), in sheet order
    unsaved_formulas: frozenset[tuple[int, int]] = frozenset()  # (row, column) of formulas with no saved result
    formula_texts: tuple[tuple[int, int, str], ...] = ()  # (row, column, text) of those written out in full (not shared)
    computed_formulas: frozenset[tuple[int, int]] = frozenset()  # (row, column) of those worked out from their cells
    hidden_rows: frozenset[int] = frozenset()  # rows hidden in Excel: by hand, or folded away in an outline
    filtered: bool = False  # an AutoFilter is set on the sheet: its hidden rows may be filtered out
    merged: tuple[MergedRange, ...] = ()  # merged ranges of an .ods table, which the reader does not give (see extent)
    far_cells: FarCells | None = None  # cells far from the table, not given to the reader (see far_cells)


@dataclass(frozen=True)
class FarCells:
    """Cells far from a sheet's table, left out before it is read: the table's last row and column, and the cells
    with content beyond them as (row, column, text), all 1-based (cells holding only spaces are not listed)."""

    last_row: int
    last_col: int
    cells: tuple[tuple[int, int, str], ...] = ()


class MarkCollector:
    """Gathers a worksheet part's marks from its inflated chunks, in order."""

    def __init__(self) -> None:
        self.hidden_columns: set[int] = set()
        self.errors: dict[tuple[int, int], str] = {}
        self.unsaved: dict[tuple[int, int], str] = {}
        self.hidden_rows: set[int] = set()
        self.filtered = False
        self._in_head = True
        self._tail = b""

    def feed(self, chunk: bytes) -> None:
        """Read the marks of the next chunk (the caller cuts chunks before a '<', so no tag is cut)."""
        if self._in_head:
            self._read_columns(chunk)
        # a chunk starts at a tag: an error cell cut by the chunk's start has its '<v>#' in this chunk
        if _has_error_cell(chunk):
            for letters, digits, value in _ERROR_CELL.findall(self._tail + chunk):
                self.errors[(int(digits) - 1, column_number(letters) - 1)] = value.decode("utf-8", "replace").strip()
        if _has_unsaved_formula(chunk, self._tail[-16:] + chunk[:16]):
            for letters, digits, text in _UNSAVED_FORMULA.findall(self._tail + chunk):
                self.unsaved[(int(digits) - 1, column_number(letters) - 1)] = html.unescape(text.decode("utf-8", "replace"))
        # a chunk starts at a tag, so no row tag is cut (a plain regex search is the cheapest test here)
        if _HIDDEN_WORD.search(chunk):
            self.hidden_rows.update(int(digits) - 1 for digits in _HIDDEN_ROW.findall(chunk))
        self.filtered = self.filtered or b"<autoFilter" in chunk  # (after the cells: a chunk starts at a tag)
        self._tail = chunk[-_OVERLAP:]

    def result(self) -> SheetMarks:
        """The marks gathered."""
        errors = tuple((row, col, text) for (row, col), text in sorted(self.errors.items()))
        texts = tuple((row, col, text) for (row, col), text in sorted(self.unsaved.items()) if text.strip())
        return SheetMarks(frozenset(self.hidden_columns), errors, frozenset(self.unsaved), texts, hidden_rows=frozenset(self.hidden_rows),
                          filtered=self.filtered)

    def _read_columns(self, chunk: bytes) -> None:
        """Hidden columns from the <cols> block above the cells."""
        end = chunk.find(_SHEET_DATA)
        head = chunk if end < 0 else chunk[:end]
        self._in_head = end < 0
        for attributes in _COL.findall(head):
            if _HIDDEN.search(attributes):
                span = dict(_SPAN.findall(attributes))
                first = int(span.get(b"min", 0))
                last = min(int(span.get(b"max", first)), first + 16_384)
                self.hidden_columns.update(range(first - 1, last) if first else ())


def _has_error_cell(data: bytes) -> bool:
    """True when the data may hold an error cell: its value starts with '#' (one search, whatever the quotes)."""
    return holds(data, b"<v>#", 3)


def _has_unsaved_formula(chunk: bytes, seam: bytes) -> bool:
    """True when a chunk (or the seam with the one before) may hold a formula with no saved result: substring tests only."""
    return (holds(chunk, b"<f", 1) and any(sign in chunk for sign in _UNSAVED_SIGNS)) or any(sign in seam for sign in _UNSAVED_SIGNS)


def holds(data: bytes, needle: bytes, rare: int) -> bool:
    """``needle in data``, looked for at each place of the needle's byte at index ``rare``, a byte rare in sheet XML.

    A plain substring test steps through every '<' of the XML; a search for one byte jumps from one
    place of it to the next, so a sheet without formulas or error values costs almost nothing.
    """
    byte = needle[rare : rare + 1]
    place = data.find(byte, rare)
    for _ in range(max(64, len(data) // _BYTES_PER_TRY)):
        if place < 0:
            return False
        if data.startswith(needle, place - rare):
            return True
        place = data.find(byte, place + 1)
    return place >= 0 and data.find(needle, place - rare) >= 0


def column_number(letters: bytes) -> int:
    """1-based column number of letters such as b'A' or b'XFD' (any length: a lie is measured, not trusted)."""
    number = 0
    for letter in letters.upper()[:12]:
        number = number * 26 + letter - 64
    return number


def column_letters(number: int) -> str:
    """Excel column letters of a 1-based column number (column_number's inverse): 16 -> 'P'."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


#: the workbook's relationships: which part holds each sheet, the shared strings, ...
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"


def workbook_relations(archive: zipfile.ZipFile) -> list[tuple[bytes, dict[bytes, bytes]]]:
    """Each relationship of the workbook: its attributes as written, and by name (Id, Type, Target); [] when none."""
    if WORKBOOK_RELS not in archive.namelist():
        return []
    with archive.open(WORKBOOK_RELS) as handle:
        rels = handle.read(1 << 22)
    return [(attributes, dict(_ATTR.findall(attributes))) for attributes in _RELATIONSHIP.findall(rels)]


def relation_part(attrs: dict[bytes, bytes]) -> str:
    """The archive path of the part a workbook relationship names ('worksheets/sheet1.xml' -> 'xl/worksheets/sheet1.xml')."""
    target = attrs.get(b"Target", b"").decode("utf-8", "replace")
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)


def related_parts(archive: zipfile.ZipFile, kind: bytes) -> list[str]:
    """The parts the workbook's relationships of a kind name (b'/worksheet', b'/sharedStrings'), those in the archive."""
    names = set(archive.namelist())
    found = [relation_part(attrs) for written, attrs in workbook_relations(archive) if kind in written and b"Target" in attrs]
    return [path for path in found if path in names]


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part of each sheet name the workbook lists (xl/workbook.xml and its relationships)."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names or WORKBOOK_RELS not in names:
        return {}
    with archive.open("xl/workbook.xml") as handle:
        workbook = handle.read(1 << 22)
    targets = {attrs.get(b"Id", b""): relation_part(attrs) for _, attrs in workbook_relations(archive)}
    parts = {}
    for attributes in _SHEET.findall(workbook):
        attrs = dict(_ATTR.findall(attributes))
        rel = next((value for key, value in attrs.items() if key.endswith(b":id")), b"")
        name = html.unescape(attrs.get(b"name", b"").decode("utf-8", "replace"))
        if name and targets.get(rel) in names:
            parts[name] = targets[rel]
    return parts


def part_chunks(archive: zipfile.ZipFile, member: str) -> Iterator[bytes]:
    """The member inflated in pieces, each ending before a '<' so that no tag is cut."""
    tail = b""
    with archive.open(member) as handle:
        while True:
            data = handle.read(CHUNK)
            buffer = tail + data
            if not data:
                yield buffer
                return
            cut = buffer.rfind(b"<")
            cut = len(buffer) if cut < 0 or len(buffer) - cut > MAX_TAG_BYTES else cut
            yield buffer[:cut]
            tail = buffer[cut:]
