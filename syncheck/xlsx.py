"""Fast, flat-memory .xlsx writing on openpyxl's write-only workbook: every workbook syncheck writes goes through it.

openpyxl's write-only mode builds the package: sheet order, column widths, frozen panes, auto
filters, data validation, charts, named styles. Cell rows are serialized here instead, as inline
strings and numbers deflated into a temporary file per sheet, and joined into each sheet's empty
<sheetData> when the workbook is saved (zippack.py): openpyxl spends about 15 microseconds per cell,
which made a 6,000 vs 5,000 item workbook take seconds. Large tables are filled on two processes
(Book.fill_tables). Every str is written as an inline string, so no cell can ever become a formula
or an error value.
"""

from __future__ import annotations

import functools
import io
import math
import os
import re
import tempfile
import zipfile
import zlib
from copy import copy
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Color, Font, NamedStyle
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from syncheck.cell_widths import (  # noqa: F401 - the number formats are the writers' as much as this module's
    HEADER_WRAP_WIDTH, MONEY, PERCENT, RATIO, SCORE, WRAP_WIDTH, column_width, display_length, is_amount_format, unmeasured_amount_length,
)
from syncheck.safety import EXCEL_CELL_CHARS, atomic_write, is_injection, safe_cell_text
from syncheck.workers import run_alongside
from syncheck.zippack import Deflated, ZipPack, deflater

FLUSH_ROWS = 512
#: column widths are measured on this many rows of each sheet
WIDTH_SAMPLE_ROWS = 2000

Row = Sequence[Any]
Formats = dict[int, str]
Measured = tuple[int, dict[int, int], int, int]  # rows, widths, CRC-32 and size of a sheet's rows


@dataclass(frozen=True)
class Table:
    """A sheet holding one table, its rows made when the book fills its tables (see Book.fill_tables)."""

    title: str
    names: Sequence[str]
    rows: Callable[[], Iterable[Row]]
    formats: Formats
    size: int  # about how many rows: the larger tables are shared out between processes by it
    finish: Callable[["Sheet"], None] | None = None  # e.g. a drop-down or a totals row, once the rows are in

#: the shared named styles: key -> (number format, bold, font size[, wrap width]); a wrapped text shows on more lines
#: and widens its column to at most the wrap width
WRAP = "wrap"  # the style of long text: names, reasons, messages
STYLES: dict[str, tuple[Any, ...]] = {
    "text": ("General", False, 11.0),
    MONEY: (MONEY, False, 11.0),
    SCORE: (SCORE, False, 11.0),
    PERCENT: (PERCENT, False, 11.0),
    RATIO: (RATIO, False, 11.0),
    "bold": ("General", True, 11.0),
    "bold money": (MONEY, True, 11.0),
    "title": ("General", True, 14.0),
    WRAP: ("General", False, 11.0, WRAP_WIDTH),
    "bold wrap": ("General", True, 11.0, HEADER_WRAP_WIDTH),
}
_EMPTY_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")


class Sheet:
    """One sheet: rows serialized as they come, widths measured on the way, written out on save."""

    def __init__(self, book: "Book", ws: Any) -> None:
        self.ws = ws  # the openpyxl write-only sheet: panes, filters, validations and charts go here
        self.rows = 0
        self.widths: dict[int, int] = {}
        self._book = book
        self._file = tempfile.TemporaryFile()
        self._deflate = deflater()  # rows are deflated by the process that writes them (see zippack)
        self._crc = 0
        self._size = 0
        self._pending: list[str] = []

    def append(self, values: Row, formats: Formats | None = None, style: str | None = None, fit: bool | int = True) -> int:
        """Add one row (formats by 1-based column, or one style for the row); return its row number.

        ``fit`` says which columns the row widens: all (True), none (False) or the first n.
        """
        self.rows += 1
        number = self.rows
        cells = [f'<row r="{number}">']
        widths = self.widths
        limit = len(values) if fit is True else int(fit)  # (a table's rows past the sample come by append_many)
        book = self._book
        for col, value in enumerate(values, start=1):
            if value is None or value == "":
                continue
            key = style or (formats.get(col) if formats else None)
            ref = f"{column_letter(col)}{number}"
            # the common case: text with nothing to clean
            tail = _plain_text_tail(value) if value.__class__ is str else ""
            cells.append(f'<c r="{ref}"{book._style_attr(key, False)}{tail}' if tail else book.cell_xml(ref, value, key))
            if col <= limit:
                length = display_length(value, book.number_formats.get(key) if key else None)
                if key in book.wrapped:
                    length = min(length, book.wrapped[key])
                if length > widths.get(col, 0):
                    widths[col] = length
        cells.append("</row>")
        self._pending.append("".join(cells))
        if len(self._pending) >= FLUSH_ROWS:
            self._flush()
        return number

    def append_many(self, rows: Iterable[Row], formats: Formats, columns: int) -> None:
        """Append a table's rows (formats by 1-based column); what append does, faster past the width sample."""
        book = self._book
        keys = [formats.get(col) for col in range(1, columns + 1)]
        attrs = [book._style_attr(key, False) for key in keys]
        letters = [column_letter(col) for col in range(1, columns + 1)]
        shown = [book.number_formats.get(key) if key else None for key in keys]
        caps = [book.wrapped.get(key) if key else None for key in keys]
        pending = self._pending
        texts: dict[str, str] = {}
        for values in rows:
            if len(values) > columns:
                self.append(values, formats)
                continue
            self.rows += 1
            if self.rows <= WIDTH_SAMPLE_ROWS:
                self._widen(values, shown, caps)
            pending.append(_row_xml(book, str(self.rows), values, keys, attrs, letters, texts))
            if len(pending) >= FLUSH_ROWS:
                self._flush()
        if self.rows > WIDTH_SAMPLE_ROWS:
            self._fit_unmeasured_amounts(shown)

    def _fit_unmeasured_amounts(self, shown: list[str | None]) -> None:
        """Amount columns fit any amount up to Rp 999 triliun: rows past the width sample were not measured."""
        for col, number_format in enumerate(shown, start=1):
            if number_format and is_amount_format(number_format):
                self.widths[col] = max(self.widths.get(col, 0), unmeasured_amount_length(number_format))

    def _widen(self, values: Row, shown: list[str | None], caps: list[int | None]) -> None:
        """Widen the columns to a row's values (append's measure; each column's number format and wrapped-text cap)."""
        widths = self.widths
        for col, value in enumerate(values, start=1):
            if value is None or value == "":
                continue
            length = len(value) if value.__class__ is str and "\n" not in value else display_length(value, shown[col - 1])
            cap = caps[col - 1]
            if cap is not None and length > cap:
                length = cap
            if length > widths.get(col, 0):
                widths[col] = length

    def _flush(self) -> None:
        """Deflate pending rows into the temporary file, keeping their CRC-32 and size."""
        data = "".join(self._pending).encode("utf-8", "replace")
        self._pending.clear()
        self._crc = zlib.crc32(data, self._crc)
        self._size += len(data)
        self._file.write(self._deflate.compress(data))

    def _seal(self) -> None:
        """End the deflated piece so far with a sync flush (rows appended later start a new piece)."""
        self._flush()
        self._file.write(self._deflate.flush(zlib.Z_SYNC_FLUSH))
        self._deflate = deflater()
        self._file.flush()

    def measured(self) -> Measured:
        """Rows, widths, CRC-32 and size so far, with every row on disk (what a forked filler sends back)."""
        self._seal()
        return self.rows, self.widths, self._crc, self._size

    def adopt(self, measured: Measured) -> None:
        """Take the rows a forked process wrote to this sheet's file; later rows go after them."""
        self.rows, self.widths, self._crc, self._size = measured
        # the process wrote the rows this one still held (the header): here they are written already
        self._pending.clear()
        self._file.seek(0, os.SEEK_END)  # the file position is shared with the process, the buffer is not

    def min_width(self, col: int, width: int) -> None:
        """Make a 1-based column at least width wide, whatever its cells measure."""
        self.widths[col] = max(self.widths.get(col, 0), width - 2)  # finish adds the 2 back

    def finish(self) -> None:
        """Seal the rows and set column widths from what was measured (before openpyxl writes the sheet)."""
        self._seal()
        for col, length in sorted(self.widths.items()):
            self.ws.column_dimensions[get_column_letter(col)].width = column_width(length)

    def deflated_rows(self) -> Deflated:
        """The sealed rows as a deflated member piece."""
        return Deflated(self._file, self._crc, self._size, self._file.seek(0, os.SEEK_END))

    def close(self) -> None:
        """Drop the temporary file."""
        self._file.close()


class Book:
    """A workbook written in creation order of its sheets; see the module docstring."""

    def __init__(self) -> None:
        self.workbook = Workbook(write_only=True)
        self.sheets: list[Sheet] = []
        self._tables: list[tuple[Sheet, Table]] = []
        self.wrapped: dict[str, int] = {}  # the wrapping styles' keys and wrap widths
        self._arrays = {key: self._named_style(key, *spec) for key, spec in STYLES.items()}
        self.number_formats = {key: spec[0] for key, spec in STYLES.items()}
        self._ids: dict[tuple[str | None, bool], str] = {}

    def add_style(self, key: str, number_format: str) -> str:
        """Register one more named style (another number format, say) that cells name by key; return key."""
        if key not in self._arrays:
            self._arrays[key] = self._named_style(key, number_format, False, 11.0)
            self.number_formats[key] = number_format
        return key

    def _named_style(self, key: str, number_format: str, bold: bool, size: float, wrap: int = 0) -> Any:
        """Register one named style; its style array gives the cell format id."""
        font = Font(name="Calibri", size=size, bold=bold, family=2, scheme="minor", color=Color(theme=1))
        style = NamedStyle(name=f"syncheck {key}", number_format=number_format, font=font)
        if wrap:
            style.alignment = Alignment(wrap_text=True, vertical="top")
            self.wrapped[key] = wrap
        self.workbook.add_named_style(style)
        return style.as_tuple()

    def _style_attr(self, key: str | None, quoted: bool) -> str:
        """The ' s="N"' attribute of a style (quoted: keeps the text text when edited in Excel)."""
        found = self._ids.get((key, quoted))
        if found is None:
            if key is None and not quoted:
                found = ""
            else:
                array = copy(self._arrays[key or "text"])
                cell = Cell(self.sheets[0].ws if self.sheets else None, 1, 1, None, array)
                cell.quotePrefix = quoted
                found = f' s="{cell.style_id}"'
            self._ids[(key, quoted)] = found
        return found

    def sheet(self, title: str) -> Sheet:
        """A new sheet at the end of the workbook."""
        sheet = Sheet(self, self.workbook.create_sheet(title))
        self.sheets.append(sheet)
        return sheet

    def add_table(self, table: Table) -> Sheet:
        """A new sheet for a table whose rows are filled later by fill_tables (header now, in place)."""
        sheet = self.sheet(table.title)
        sheet.ws.freeze_panes = "A2"
        sheet.append(table.names, style="bold")
        self._tables.append((sheet, table))
        return sheet

    def fill_tables(self) -> None:
        """Fill the added tables, the larger ones split between this process and a forked one."""
        pending, self._tables = self._tables, []
        if not pending:
            return
        here, there = _split_by_size(pending)
        if there:
            for key in (None, *self._arrays):  # a forked process cannot register styles: every id exists before it
                self._style_attr(key, False)
                self._style_attr(key, True)
            measured, _ = run_alongside(lambda: [_fill(*pair) for pair in there], lambda: [_fill(*pair) for pair in here])
            for (sheet, _), sizes in zip(there, measured):
                sheet.adopt(sizes)
        else:
            for pair in here:
                _fill(*pair)
        for sheet, table in pending:
            _finish_table(sheet, table)

    def cell_xml(self, ref: str, value: Any, key: str | None) -> str:
        """One <c> element; a str is always an inline string."""
        if value.__class__ is str:
            return self._text_xml(ref, value, key)
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"{self._style_attr(key, False)}><v>{int(value)}</v></c>'
        if isinstance(value, (int, float)) and math.isfinite(value):
            return f'<c r="{ref}"{self._style_attr(key, False)}><v>{value!r}</v></c>'
        return self._text_xml(ref, str(value), key)

    def _text_xml(self, ref: str, value: str, key: str | None) -> str:
        """An inline string cell, quote-prefixed when a spreadsheet could take it for a formula."""
        text = safe_cell_text(value)
        style = self._style_attr(key, is_injection(text))
        space = ' xml:space="preserve"' if text != text.strip() else ""
        return f'<c r="{ref}" t="inlineStr"{style}><is><t{space}>{escape(text)}</t></is></c>'

    def save(self, path: str) -> None:
        """Write the workbook to path atomically."""
        self.fill_tables()
        for sheet in self.sheets:
            sheet.finish()
        package = io.BytesIO()
        self.workbook.save(package)
        atomic_write(path, lambda temp: self._splice(package, temp))

    def _splice(self, package: io.BytesIO, path: str) -> None:
        """Copy openpyxl's package to path with each sheet's deflated rows put into its <sheetData>."""
        members = {sheet.ws.path.lstrip("/"): sheet for sheet in self.sheets}
        with zipfile.ZipFile(package) as source, open(path, "wb") as handle:
            pack = ZipPack(handle)
            for info in source.infolist():
                data = source.read(info.filename)
                sheet = members.get(info.filename)
                if sheet is None:
                    pack.add(info.filename, data)
                    continue
                head, tail = _split_sheet(data, info.filename)
                pack.add_joined(info.filename, head + b"<sheetData>", sheet.deflated_rows(), b"</sheetData>" + tail)
                sheet.close()
            pack.close()


#: distinct texts whose cell XML a table remembers (names recur on every pair's rows; the cap bounds memory)
TEXT_CACHE_SIZE = 200_000


def _row_xml(book: Book, row: str, values: Row, keys: list[str | None], attrs: list[str], letters: list[str], texts: dict[str, str]) -> str:
    """One <row> element, the common cells inlined (Sheet.append's output, byte for byte)."""
    cells = [f'<row r="{row}">']
    for col, value in enumerate(values):
        if value is None:
            continue
        kind = value.__class__
        if kind is str:
            if not value:
                continue
            tail = texts.get(value)
            if tail is None:
                tail = _plain_text_tail(value)
                if len(texts) < TEXT_CACHE_SIZE:
                    texts[value] = tail
            if tail:
                cells.append(f'<c r="{letters[col]}{row}"{attrs[col]}{tail}')
                continue
        elif kind is int:
            cells.append(f'<c r="{letters[col]}{row}"{attrs[col]}><v>{value}</v></c>')
            continue
        elif value == "":
            continue
        cells.append(book.cell_xml(f"{letters[col]}{row}", value, keys[col]))
    cells.append("</row>")
    return "".join(cells)


def _plain_text_tail(value: str) -> str:
    """The rest of an inline-string cell after its reference and style, or '' when the text needs cleaning or a quote."""
    if not value.isprintable() or is_injection(value):
        return ""
    text = value[:EXCEL_CELL_CHARS].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    space = ' xml:space="preserve"' if value[0] == " " or value[-1] == " " else ""
    return f' t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _split_sheet(data: bytes, name: str) -> tuple[bytes, bytes]:
    """A sheet's XML before and after its empty <sheetData>."""
    found = list(_EMPTY_SHEET_DATA.finditer(data))
    if len(found) != 1:
        raise RuntimeError(f"unexpected worksheet XML from openpyxl in {name}")
    return data[: found[0].start()], data[found[0].end() :]


@functools.lru_cache(maxsize=None)
def column_letter(col: int) -> str:
    """Column letter of a 1-based column, cached."""
    return get_column_letter(col)


# --- tables, validation, charts -----------------------------------------------------------------


def table(book: Book, title: str, names: Sequence[str], rows: Iterable[Row], formats: Formats) -> Sheet:
    """A sheet holding one table, filled now: bold frozen header, auto filter, widths from every cell."""
    spec = Table(title, names, lambda: rows, formats, 0)
    sheet = book.sheet(title)
    sheet.ws.freeze_panes = "A2"
    sheet.append(names, style="bold")
    _fill(sheet, spec)
    _finish_table(sheet, spec)
    return sheet


#: below this many rows in all, filling tables side by side costs more than it saves (a pair's 16,000 rows:
#: 0.27 s side by side against 0.32 s in one process, the JSON written beside them; the dev corpus: a wash)
PARALLEL_FILL_ROWS = 8_000


def _split_by_size(tables: list[tuple[Sheet, Table]]) -> tuple[list[tuple[Sheet, Table]], list[tuple[Sheet, Table]]]:
    """(for this process, for a forked one): the most cells first, each to the lighter side; all here when small.

    A cell costs about the same in any table: a link row of 17 cells, three times a cluster row of 6.
    """
    if sum(table.size for _, table in tables) < PARALLEL_FILL_ROWS:
        return tables, []
    sides: tuple[list, list] = ([], [])
    loads = [0, 0]
    for pair in sorted(tables, key=lambda pair: -_cells(pair[1])):
        side = 0 if loads[0] <= loads[1] else 1
        sides[side].append(pair)
        loads[side] += _cells(pair[1])
    return sides


def _cells(table: Table) -> int:
    """About how many cells a table has."""
    return table.size * len(table.names)


def _fill(sheet: Sheet, table: Table) -> Measured:
    """Append a table's rows; returns the sheet's rows, widths and its rows' CRC-32 and size."""
    sheet.append_many(table.rows(), table.formats, len(table.names))
    return sheet.measured()


def _finish_table(sheet: Sheet, table: Table) -> None:
    """Auto filter over the filled rows, then the table's own finish."""
    sheet.ws.auto_filter.ref = f"A1:{get_column_letter(max(len(table.names), 1))}{sheet.rows}"
    if table.finish is not None:
        table.finish(sheet)


def add_list_validation(sheet: Sheet, column: int, choices: Sequence[str], title: str, prompt: str) -> None:
    """A drop-down list on one column's data rows (row 2 to the last row)."""
    validation = DataValidation(
        type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
        showErrorMessage=True, showInputMessage=True, errorTitle=title, error=prompt, promptTitle=title, prompt=prompt,
    )  # fmt: skip
    letter = get_column_letter(column)
    validation.add(f"{letter}2:{letter}{max(sheet.rows, 2)}")
    sheet.ws.data_validations.append(validation)


def bar_chart(sheet: Sheet, title: str, data: tuple[int, int, int], categories: tuple[int, int, int], anchor: str) -> None:
    """A column chart of (col, first row, last row) data, titled from its first cell, by category cells."""
    chart = BarChart()
    chart.type = "col"
    chart.title = title
    chart.legend = None
    chart.add_data(Reference(sheet.ws, min_col=data[0], min_row=data[1], max_row=data[2]), titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=categories[0], min_row=categories[1], max_row=categories[2]))
    chart.y_axis.number_format = "0%"
    _axes(chart)
    chart.width = min(40.0, max(16.0, 1.5 * (data[2] - data[1])))
    chart.height = 9.0
    sheet.ws.add_chart(chart, anchor)


def line_chart(
    sheet: Sheet, title: str, x_title: str | None, columns: tuple[int, int], rows: int, anchor: str,
    header_row: int = 1, number_format: str = "0.00", size: tuple[float, float] = (24.0, 12.0),
) -> None:
    """Lines for columns (first, last) of a table of rows under its header in header_row, against column A."""
    chart = LineChart()
    chart.title = title
    if x_title:
        chart.x_axis.title = x_title
    last = header_row + rows
    data = Reference(sheet.ws, min_col=columns[0], max_col=columns[1], min_row=header_row, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=1, min_row=header_row + 1, max_row=last))
    chart.y_axis.number_format = number_format
    _axes(chart)
    chart.width, chart.height = size
    sheet.ws.add_chart(chart, anchor)


def _axes(chart: Any) -> None:
    """A 0..1 value axis, and both axes drawn."""
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    # openpyxl 3.1 marks axes deleted by default; Excel would then draw the chart without them
    chart.x_axis.delete = False
    chart.y_axis.delete = False
