"""Cells far from a sheet's table (a '.' typed at P1048576): told apart while the sheet is measured, left out of the
workbook the reader is given, and named in a warning.

The reader holds a sheet as a dense grid from its first to its last cell with content: one stray cell far below a
184-row table makes it a million rows (half a gigabyte, seconds of reading, a million blank rows), and one at
XFD1048576 is refused as too large. Real exports often have one. The table is the cells with content up to the first
wide gap of empty rows (and of empty columns); the few cells beyond it are cut out of the worksheet part, which is
rewritten in memory with the rest unchanged.
"""

from __future__ import annotations

import html
import io
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .sheet_marks import FarCells, column_letters, column_number, part_chunks, related_parts

# a grid smaller than this costs little to read (about 40 MB and a third of a second): its cells are all read
LEAVE_OUT_CELLS = 1_000_000
ROW_GAP = 1_000  # empty rows between the table and a cell far below it
COL_GAP = 100  # empty columns between the table and a cell far right of it
# more cells with content than this beyond the gap are content, not stray cells: the sheet is read (or refused) whole
MAX_FAR_CELLS = 100
MAX_FAR_SCAN = 100_000  # far cells looked at in all, those holding only spaces included
MAX_COLUMNS_TRACKED = 18_278  # distinct columns with content (ZZZ); past it no table is told apart
MAX_CELL_BYTES = 256 * 1024  # of one far cell's XML kept to read its text

# a plain cell with content: <c r="P9" t="s">, not a self-closing empty one <c r="P9" s="3"/>
CONTENT_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"(?:[^>]*[^/>])?>')
_CELL_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?c\s*>")
_TOKEN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)\b([^>]*)>")
_REF = re.compile(rb'\br\s*=\s*["\']([A-Za-z]*)([0-9]*)["\']')
_ROW_NUMBER = re.compile(rb'\br\s*=\s*["\']([0-9]+)["\']')
_TYPE = re.compile(rb'\bt\s*=\s*["\'](\w+)["\']')
# a value's or a text's content up to its end tag (or the end of what was kept of a long one): it holds no '<'
_VALUE = re.compile(rb"<(?:[\w.-]+:)?v(?:\s[^>]*)?>([^<]*)")
_TEXT = re.compile(rb"<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)")
_PHONETIC = re.compile(rb"<(?:[\w.-]+:)?rPh\b.*?</(?:[\w.-]+:)?rPh>", re.DOTALL)
_SHARED_ITEM = re.compile(rb"<(?:[\w.-]+:)?si\b[^>]*?(?:/>|>(.*?)</(?:[\w.-]+:)?si>)", re.DOTALL)
_DIMENSION = re.compile(rb"<((?:[\w.-]+:)?dimension)\b[^>]*?(?:/>|>\s*</(?:[\w.-]+:)?dimension\s*>)")
_SHEET_DATA = re.compile(rb"<(?:[\w.-]+:)?sheetData\b")


#: what to leave out of a worksheet part: the cells, whether all its cells are written <c r="A1">, the table's first
#: row and column
Cut = tuple[FarCells, bool, tuple[int, int]]


@dataclass
class Layout:
    """Where a worksheet's cells with content lie: their box, where the table ends before the first wide gap of empty
    rows, and their columns. Rows are taken in sheet order (an Excel sheet writes them so)."""

    first_row: int = 0
    last_row: int = 0
    first_col: int = 0
    last_col: int = 0
    table_end: int = 0  # the last row with content before the first wide gap
    beyond: bool = False  # a row with content lies past that gap
    ordered: bool = True  # False once a row comes before one already seen: then no table is told apart
    columns: set[int] | None = field(default_factory=set)  # None once too many to track

    @property
    def cells(self) -> int:
        """How many cells a dense grid of the box holds."""
        if not self.first_row:
            return 0
        return (self.last_row - self.first_row + 1) * (self.last_col - self.first_col + 1)

    def add(self, rows: list[int], columns: set[int], cells: Callable[[], Iterable[tuple[int, int]]]) -> None:
        """Take the rows (ascending) and columns of a run of cells with content; ``cells`` gives each cell's (row,
        column), asked for when the run crosses the first wide gap (the table's columns are those above it)."""
        if not rows:
            return
        if not self.first_row:
            self.first_row, self.first_col, self.table_end = rows[0], min(columns), rows[0]
        self.ordered = self.ordered and rows[0] >= self.last_row
        was_beyond = self.beyond
        if not self.beyond:
            for row in rows:
                if row - self.table_end > ROW_GAP:
                    self.beyond = True
                    break
                self.table_end = max(self.table_end, row)
        self.first_row, self.first_col = min(self.first_row, rows[0]), min(self.first_col, min(columns))
        self.last_row, self.last_col = max(self.last_row, rows[-1]), max(self.last_col, max(columns))
        if self.columns is not None and not was_beyond:
            self.columns.update({col for row, col in cells() if row <= self.table_end} if self.beyond else columns)
            if len(self.columns) > MAX_COLUMNS_TRACKED:
                self.columns = None

    def table_box(self) -> Layout:
        """The box of the table alone, up to the first wide gap of empty rows and of empty columns (it only grows)."""
        last_col = self.last_col if self.columns is None or not self.columns else _end_before_gap(sorted(self.columns), COL_GAP)
        return Layout(self.first_row, self.table_end, self.first_col, last_col)

    def table(self) -> tuple[int, int] | None:
        """The table's last row and column when cells with content lie beyond a wide gap after it, else None."""
        if self.cells <= LEAVE_OUT_CELLS or not self.ordered or self.columns is None:
            return None
        last_col = _end_before_gap(sorted(self.columns), COL_GAP)
        if self.table_end >= self.last_row and last_col >= self.last_col:
            return None
        return self.table_end, last_col


def _end_before_gap(values: list[int], gap: int) -> int:
    """The last value before the first step of more than ``gap`` between neighbours (sorted values)."""
    for value, following in zip(values, values[1:]):
        if following - value > gap:
            return value
    return values[-1]


def plain_cells(chunk: bytes) -> tuple[list[int], set[int], Callable[[], Iterable[tuple[int, int]]]]:
    """The rows (ascending) and columns of a chunk's cells with content, all written <c r="A1" ...>, and what gives
    each one's (row, column)."""
    refs = CONTENT_CELL.findall(chunk)
    if not refs:
        return [], set(), list
    rows = sorted({int(digits) for digits in {digits for _, digits in refs}})
    columns = {column_number(letters) for letters in {letters for letters, _ in refs}}
    return rows, columns, lambda: ((int(digits), column_number(letters)) for letters, digits in refs)


class Walk:
    """The place of each cell tag of a worksheet part, tag by tag: cells written without a reference (or with a
    namespace prefix) are placed as Excel places them, after the cell or row before."""

    def __init__(self) -> None:
        self.row = self.col = 0

    def cells(self, chunk: bytes, start: int = 0) -> Iterator[tuple[int, int, re.Match[bytes]]]:
        """(row, column, tag) of each cell with content from ``start`` (a self-closing <c/> is empty)."""
        for match in _TOKEN.finditer(chunk, start):
            attributes = match.group(2)
            if match.group(1) == b"row":
                number = _ROW_NUMBER.search(attributes)
                self.row, self.col = (int(number.group(1)) if number else self.row + 1), 0
                continue
            ref = _REF.search(attributes)
            letters, digits = (ref.group(1), ref.group(2)) if ref else (b"", b"")
            self.col = column_number(letters) if letters else self.col + 1
            self.row = int(digits) if digits else max(self.row, 1)
            if not attributes.rstrip().endswith(b"/"):
                yield self.row, self.col, match


@dataclass
class _Cut:
    """A far cell cut out of the part: its place, its tag's attributes and (the start of) its XML inside."""

    row: int
    col: int
    attributes: bytes
    inner: list[bytes] = field(default_factory=list)
    size: int = 0

    def take(self, data: bytes) -> None:
        """Keep the next piece of the cell's XML, up to MAX_CELL_BYTES in all."""
        if self.size < MAX_CELL_BYTES:
            self.inner.append(data[: MAX_CELL_BYTES - self.size])
            self.size += len(data)


def _walk(chunks: Iterator[bytes], last_row: int, last_col: int, plain: bool) -> Iterator[tuple[bytes, list[_Cut]]]:
    """Each chunk of the part without its far cells with content, and the far cells that ended in it."""
    walk, pending = Walk(), None
    for chunk in chunks:
        kept, done, at = [], [], 0
        if pending is not None:
            end = _CELL_END.search(chunk)
            pending.take(chunk[: end.start() if end else len(chunk)])
            if end is None:
                yield b"", done
                continue
            done.append(pending)
            at, pending = end.end(), None
        if plain and not _has_far(chunk, last_row, last_col):
            yield chunk[at:], done
            continue
        found = ((int(m.group(2)), column_number(m.group(1)), m) for m in CONTENT_CELL.finditer(chunk, at)) if plain else walk.cells(chunk, at)
        for row, col, tag in found:
            if row <= last_row and col <= last_col:
                continue
            kept.append(chunk[at : tag.start()])
            cut, end = _Cut(row, col, tag.group(0)), _CELL_END.search(chunk, tag.end())
            cut.take(chunk[tag.end() : end.start() if end else len(chunk)])
            if end is None:
                at, pending = len(chunk), cut
                break
            at = end.end()
            done.append(cut)
        kept.append(chunk[at:])
        yield b"".join(kept), done


def _has_far(chunk: bytes, last_row: int, last_col: int) -> bool:
    """True when a plain chunk holds a cell with content below or right of the table."""
    rows, columns, _ = plain_cells(chunk)
    return bool(rows) and (rows[-1] > last_row or max(columns) > last_col)


def far_from_table(archive: zipfile.ZipFile, member: str, layout: Layout, plain: bool) -> FarCells | None:
    """The far cells of a part to leave out, or None when the sheet has none or more than a few with content."""
    table = layout.table()
    if table is None:
        return None
    last_row, last_col = table
    cuts: list[_Cut] = []
    for _, done in _walk(part_chunks(archive, member), last_row, last_col, plain):
        cuts.extend(done)
        if len(cuts) > MAX_FAR_SCAN:
            return None
    shared = shared_texts(archive, {index for index in map(_shared_index, cuts) if index is not None})
    cells = []
    for cut in cuts:
        text = _text(cut, shared)
        if text.strip():
            cells.append((cut.row, cut.col, text))
    if len(cells) > MAX_FAR_CELLS:
        return None
    return FarCells(last_row, last_col, tuple(cells))


def _shared_index(cut: _Cut) -> int | None:
    """The shared string a far cell shows (t="s"), or None."""
    kind = _TYPE.search(cut.attributes)
    value = _VALUE.search(b"".join(cut.inner))
    if kind is None or kind.group(1) != b"s" or value is None or not value.group(1).strip().isdigit():
        return None
    return int(value.group(1))


def _text(cut: _Cut, shared: dict[int, str]) -> str:
    """What a far cell shows: its shared or inline string, its saved value, or a formula never computed as '=...'."""
    index = _shared_index(cut)
    if index is not None:
        return shared.get(index, "")
    inner = b"".join(cut.inner)
    kind = _TYPE.search(cut.attributes)
    if kind is not None and kind.group(1) == b"inlineStr":
        return _string_text(inner)
    value = _VALUE.search(inner)
    if value is None or not value.group(1).strip():
        # a formula never computed shows nothing, but is content: named by its formula
        formula = _FORMULA.search(inner)
        return "=" + html.unescape(formula.group(1).decode("utf-8", "replace")) if formula else ""
    return html.unescape(value.group(1).decode("utf-8", "replace"))


#: a cell's formula written in full (<f>SUM(D7:D9)</f>; a shared formula's other cells hold none)
_FORMULA = re.compile(rb"<f\b[^>]*>([^<]+)</f>")


def _string_text(data: bytes) -> str:
    """The text of a string item (<si> or <is>): its runs joined, phonetic guides left out."""
    return html.unescape(b"".join(_TEXT.findall(_PHONETIC.sub(b"", data))).decode("utf-8", "replace"))


def shared_texts(archive: zipfile.ZipFile, wanted: set[int]) -> dict[int, str]:
    """The shared strings at these indices (read up to the last one wanted)."""
    part = _shared_strings_part(archive) if wanted else ""
    if not part:
        return {}
    found, index, tail, last = {}, 0, b"", max(wanted)
    for chunk in part_chunks(archive, part):
        buffer, at = tail + chunk, 0
        for item in _SHARED_ITEM.finditer(buffer):
            if index in wanted:
                found[index] = _string_text(item.group(1) or b"")
            index, at = index + 1, item.end()
            if index > last:
                return found
        tail = buffer[at:]
    return found


def _shared_strings_part(archive: zipfile.ZipFile) -> str:
    """The workbook's shared strings part ('' when it has none)."""
    found = related_parts(archive, b"/sharedStrings")
    if found:
        return found[0]
    return "xl/sharedStrings.xml" if "xl/sharedStrings.xml" in archive.namelist() else ""


def workbook_without(archive: zipfile.ZipFile, cuts: dict[str, Cut]) -> bytes:
    """The workbook again, each part of ``cuts`` (member -> what to leave out, whether plain, the table's first row
    and column) without its far cells and with its dimension set to the table."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        written = set()
        for info in archive.infolist():
            if info.is_dir() or info.filename in written:
                continue  # (the reader reads the first of two parts of one name)
            written.add(info.filename)
            copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            copy.compress_type = zipfile.ZIP_DEFLATED
            with out.open(copy, "w", force_zip64=info.file_size > 1 << 30) as target:
                if info.filename in cuts:
                    _write_part(archive, info.filename, cuts[info.filename], target.write)
                else:
                    with archive.open(info) as source:
                        shutil.copyfileobj(source, target, 1 << 20)
    return buffer.getvalue()


def _write_part(archive: zipfile.ZipFile, member: str, cut: Cut, write: Callable[[bytes], object]) -> None:
    """Write the part without its far cells, its <dimension> naming the table's cells."""
    left, plain, (first_row, first_col) = cut
    ref = f"{column_letters(first_col)}{first_row}:{column_letters(left.last_col)}{left.last_row}".encode()
    head = True
    for data, _ in _walk(part_chunks(archive, member), left.last_row, left.last_col, plain):
        if head:
            data, head = _with_dimension(data, ref)
        write(data)


def _with_dimension(data: bytes, ref: bytes) -> tuple[bytes, bool]:
    """The part's head with its <dimension> set to ``ref``; whether the head goes on past this piece."""
    body = _SHEET_DATA.search(data)
    end = body.start() if body else len(data)
    found = _DIMENSION.search(data, 0, end)
    if found is not None:
        data = data[: found.start()] + b"<" + found.group(1) + b' ref="' + ref + b'"/>' + data[found.end() :]
    return data, body is None and found is None
