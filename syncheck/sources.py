"""Open a spreadsheet file and stream its sheets as rows of plain cell values."""

from __future__ import annotations

import contextlib
import dataclasses
import csv
import hashlib
import io
import itertools
import os
import sys
from dataclasses import dataclass, field, replace
from typing import Iterator

import python_calamine

from .errors import EmptyWorkbookError, InputFileError
from .formulas import solve_formulas
from .messages import say
from .safety import EXCEL_CELL_CHARS, screen_input_file, sniff_encoding
from .sheet_marks import MergedRange, SheetMarks

MAX_COLUMNS = 200


@dataclass(frozen=True)
class RawSheet:
    """One sheet: its name, whether it is hidden, its rows (from Excel row 1) and merged ranges."""

    name: str
    hidden: bool
    rows: tuple[tuple[object, ...], ...]
    merged: tuple[MergedRange, ...] = ()
    marks: SheetMarks = field(default_factory=SheetMarks)  # hidden columns and rows, Excel error values (.xlsx)


def file_sha256(path: str) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def load_sheets(path: str) -> list[RawSheet]:
    """Every sheet of a workbook or CSV file as RawSheets; raises InputFileError if unreadable."""
    fmt, marks, data = screen_input_file(path)
    name = os.path.basename(path)
    if fmt == "csv":
        return [_load_csv(path)]
    if fmt == "html":
        return _load_html(path)
    with _opened_workbook(path, data) as workbook:
        sheets = [_load_calamine_sheet(workbook, meta, marks) for meta in workbook.sheets_metadata]
    sheets = [sheet for sheet in sheets if sheet is not None]
    if not sheets:
        raise EmptyWorkbookError(say("error.no_worksheets"), file=name)
    return sheets


def head_sheets(path: str, rows: int, count: int) -> list[RawSheet]:
    """The first ``rows`` rows of the first ``count`` visible sheets, for a first look at a file (its title rows): a
    workbook's other rows are not made Python values (a CSV or HTML file is read whole); errors as load_sheets'."""
    fmt, _, data = screen_input_file(path)
    if fmt in ("csv", "html"):
        return [replace(sheet, rows=sheet.rows[:rows]) for sheet in load_sheets(path) if not sheet.hidden][:count]
    found = []
    with _opened_workbook(path, data) as workbook:
        for meta in workbook.sheets_metadata:
            if len(found) < count and _is_worksheet(meta) and not _is_hidden(meta):
                sheet = workbook.get_sheet_by_name(meta.name)
                head = tuple(itertools.islice(_calamine_rows(sheet), rows))
                found.append(RawSheet(meta.name, False, head, tuple(getattr(sheet, "merged_cell_ranges", None) or ())))
    return found


@contextlib.contextmanager
def _opened_workbook(path: str, data: bytes | None) -> Iterator[python_calamine.CalamineWorkbook]:
    """The workbook opened by calamine (from ``data``, the file check's rewritten copy, when it made one), what it raises
    turned into InputFileError about the file."""
    # opened from the bytes, not the path: calamine then trusts the content, not a wrong extension
    with _workbook_errors(os.path.basename(path)), open(path, "rb") as handle, _native_stderr_silenced():
        yield python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data) if data is not None else handle)


def _is_worksheet(meta: object) -> bool:
    """True for a worksheet (not a chart sheet or a macro sheet)."""
    return getattr(meta, "typ", None) in (None, python_calamine.SheetTypeEnum.WorkSheet)


def _is_hidden(meta: object) -> bool:
    """True for a sheet hidden in Excel (or very hidden)."""
    return getattr(meta, "visible", None) != python_calamine.SheetVisibleEnum.Visible


@contextlib.contextmanager
def _workbook_errors(name: str) -> Iterator[None]:
    """What reading a workbook with calamine raises, as InputFileError (or EmptyWorkbookError) about the file."""
    try:
        yield
    except python_calamine.PasswordError as error:
        raise InputFileError(say("error.protected"), file=name) from error
    except (python_calamine.CalamineError, python_calamine.ZipError, python_calamine.XmlError) as error:
        raise InputFileError(say("error.corrupt_workbook", cause=_first_line(error)), file=name) from error
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise InputFileError(say("error.cannot_read_workbook", cause=_first_line(error)), file=name) from error
    except MemoryError as error:
        raise InputFileError(say("error.out_of_memory"), file=name) from error
    except BaseException as error:
        if isinstance(error, (KeyboardInterrupt, SystemExit, GeneratorExit)):
            raise
        # a panic inside the Rust reader arrives as pyo3's PanicException, a BaseException
        raise InputFileError(say("error.reader_failed", cause=_first_line(error)), file=name) from error


@contextlib.contextmanager
def _native_stderr_silenced() -> Iterator[None]:
    """Send what native code writes to file descriptor 2 (a Rust panic report) to the null device."""
    try:
        saved = os.dup(2)
    except OSError:  # no stderr at all: nothing to silence
        yield
        return
    sink = os.open(os.devnull, os.O_WRONLY)
    sys.stderr.flush()
    os.dup2(sink, 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(sink)


def _first_line(error: BaseException) -> str:
    """The first line of an exception message, for one-line errors."""
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__


def _load_calamine_sheet(workbook: python_calamine.CalamineWorkbook, meta: object, marks: dict[str, SheetMarks]) -> RawSheet | None:
    """Read one worksheet (chart sheets and macro sheets are skipped) with the marks the file check found for it."""
    if not _is_worksheet(meta):
        return None
    hidden = _is_hidden(meta)
    sheet = workbook.get_sheet_by_name(meta.name)  # type: ignore[attr-defined]
    rows = without_blank_end(tuple(_calamine_rows(sheet)))
    found = marks.get(meta.name) or SheetMarks()  # type: ignore[attr-defined]
    if found.formula_texts:
        rows, found = _with_formulas_solved(rows, found)
    # python-calamine 0.9 gives no merged ranges for .ods: then those the file check read from content.xml
    merged = tuple(getattr(sheet, "merged_cell_ranges", None) or ()) or found.merged
    return RawSheet(meta.name, hidden, rows, merged, found)  # type: ignore[attr-defined]


def _with_formulas_solved(rows: tuple[tuple[object, ...], ...], marks: SheetMarks) -> tuple[tuple[tuple[object, ...], ...], SheetMarks]:
    """The rows with the results of the sums a script saved without results put in, and the marks saying which."""
    solved = solve_formulas(rows, {(row, col): text for row, col, text in marks.formula_texts})
    if not solved:
        return rows, marks
    grid = list(rows)
    for (row, col), value in solved.items():
        grid.extend(() for _ in range(row + 1 - len(grid)))
        if col < MAX_COLUMNS:
            cells = list(grid[row]) + [None] * max(0, col + 1 - len(grid[row]))
            cells[col] = value
            grid[row] = tuple(cells)
    unsaved = marks.unsaved_formulas - solved.keys()
    return tuple(grid), dataclasses.replace(marks, unsaved_formulas=unsaved, computed_formulas=frozenset(solved))


def _calamine_rows(sheet: python_calamine.CalamineSheet) -> Iterator[tuple[object, ...]]:
    """Rows from Excel row 1, columns from A, capped at MAX_COLUMNS; empty strings become None."""
    if sheet.height == 0 or sheet.width == 0:
        return
    first_row, first_col = sheet.start
    raw_rows = iter(sheet.iter_rows())
    first = next(raw_rows, None)
    if first is None:
        return
    # python-calamine itself yields the empty rows above the used range (but not the empty columns
    # left of it); pad only if a release does not, or every row number would shift
    if first_row and any(value != "" for value in first):
        for _ in range(first_row):
            yield ()
    pad = (None,) * first_col
    width = max(0, MAX_COLUMNS - first_col)
    for raw in itertools.chain((first,), raw_rows):
        # most rows have no empty cell: the C-level membership test spares them the per-cell rewrite
        if "" in raw:
            if not any(raw) and all(value == "" for value in raw):
                yield ()
                continue
            cells = tuple([None if value == "" else value for value in raw[:width]])
        else:
            cells = tuple(raw[:width]) if len(raw) > width else tuple(raw)
        if pad:
            cells = pad + cells
        yield trimmed_row(cells) if cells and cells[-1] is None else cells


def without_blank_end(rows: tuple[tuple[object, ...], ...]) -> tuple[tuple[object, ...], ...]:
    """The rows without the empty ones after the last with content (a cell holding only spaces is empty): they are
    no rows of the table, and are neither read nor counted."""
    end = len(rows)
    while end and not any(value is not None and (not isinstance(value, str) or value.strip()) for value in rows[end - 1]):
        end -= 1
    return rows if end == len(rows) else rows[:end]


def trimmed_row(cells: tuple[object, ...]) -> tuple[object, ...]:
    """Drop trailing empty cells."""
    end = len(cells)
    while end and cells[end - 1] is None:
        end -= 1
    return cells[:end]


def _load_html(path: str) -> list[RawSheet]:
    """The tables of an HTML page saved as a workbook (a web portal's "Export Excel"), one sheet each."""
    from .html_tables import read_page  # only such a page needs it

    return [RawSheet(name, False, without_blank_end(tuple(sheet.rows)), tuple(sheet.merged), sheet.marks) for name, sheet in read_page(path)]


def _load_csv(path: str) -> RawSheet:
    """A CSV file (`,` `;` or tab; UTF-8, UTF-16 or Windows-1252) as one sheet named after the file."""
    with open(path, "rb") as handle:
        data = handle.read()
    text = decode_text(data)
    dialect_delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=dialect_delimiter)
    # a giant field is cut to what an Excel cell holds, like a workbook's, rather than refusing the file
    csv.field_size_limit(max(csv.field_size_limit(), min(len(text) + 1, 2**31 - 1)))
    try:
        # cells keep their text as typed (as workbook cells do), cut to what an Excel cell holds
        rows = tuple(trimmed_row(tuple(cell[:EXCEL_CELL_CHARS] if cell.strip() else None for cell in row[:MAX_COLUMNS])) for row in reader)
    except csv.Error as error:
        raise InputFileError(say("error.csv_unparsable", cause=_first_line(error)), file=os.path.basename(path)) from error
    stem = os.path.splitext(os.path.basename(path))[0]
    return RawSheet(name=stem[:31] or "csv", hidden=False, rows=without_blank_end(rows))


def decode_text(data: bytes) -> str:
    """Decode CSV bytes by their BOM, UTF-16 shape, UTF-8 or else Windows-1252 (never fails); NULs dropped."""
    text = data.decode(sniff_encoding(data), errors="replace")
    return text.lstrip("\ufeff").replace("\x00", "")


def sniff_delimiter(text: str) -> str:
    """The delimiter used most consistently in the first lines: ';', ',' or tab."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ",", -1
    for delimiter in (";", ",", "\t"):
        counts = [line.count(delimiter) for line in lines]
        score = sum(1 for count in counts if count > 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best
