"""Warnings about one read sheet: how its header was read, Excel error cells, hidden rows, amounts rounded in a CSV,
names read as ending in a place, cells far from the table left out; and the notes on many sheets skipped for one reason, made one."""

from __future__ import annotations

from .sheet_result import SheetResult
from .far_cells import COL_GAP
from .header import Header, column_letter
from .messages import Count, Rupiah, joined, made_with, say
from .models import Finding, Item, SourceRef
from .sources import RawSheet
from .values import scientific_rounding


def rounded_amount_warnings(file: str, sheet: RawSheet, header: Header, items: list[Item]) -> list[Finding]:
    """One warning for the item amounts written in scientific notation ('1,25E+09'): a CSV saved from Excel keeps a narrow
    column's numbers as shown, so the file holds them rounded. They are read as written, which is closer than no amount."""
    columns, rows = header.columns("budget"), sheet.rows
    found: list[tuple[int, int, str, int]] = []
    for row in sorted({item.ref.row - 1 for item in items}):
        for col in columns:
            value = rows[row][col] if col < len(rows[row]) else None
            bound = scientific_rounding(value, header.scale)
            if bound is not None:
                found.append((row + 1, col, f"{value}".strip(), bound))
    if not found:
        return []
    row, col, text, bound = found[0]
    cell = f"{column_letter(col)}{row}"
    message = say("readers.scientific_amounts", count=Count(len(found)), value=repr(text), cell=cell, bound=Rupiah(bound))
    return [Finding(SourceRef(file, sheet.name, row), message)]


def error_warnings(file: str, sheet: RawSheet, header: Header, items: list[Item]) -> list[Finding]:
    """Excel error values (#REF!, #N/A), which the reader gives as empty cells: a budget cell's on its row, the rest counted."""
    marks = sheet.marks
    if not marks.errors:
        return []
    item_rows = {item.ref.row - 1 for item in items}
    budget_cols = set(header.columns("budget"))
    warnings, others = [], []
    for row, col, error in marks.errors:
        cell = f"{column_letter(col)}{row + 1}"
        if row in item_rows and col in budget_cols:
            warnings.append(Finding(SourceRef(file, sheet.name, row + 1), say("readers.error_budget", cell=cell, error=error)))
        else:
            others.append((row + 1, cell, error))
    if others:
        kinds = ", ".join(dict.fromkeys(error for _, _, error in others))
        message = say("readers.error_cells", count=Count(len(others)), errors=kinds, cell=others[0][1])
        warnings.append(Finding(SourceRef(file, sheet.name, others[0][0]), message))
    return warnings


#: far cells a warning names one by one; the rest are counted
SHOWN_FAR_CELLS = 5


def far_cell_warnings(file: str, sheet: RawSheet) -> list[Finding]:
    """One warning for the cells with content far from the table that were left out before reading (far_cells)."""
    left = sheet.marks.far_cells
    if left is None or not left.cells:
        return []
    parts = [_far_cell(row, col, text, left.last_row, left.last_col) for row, col, text in left.cells[:SHOWN_FAR_CELLS]]
    if len(left.cells) > SHOWN_FAR_CELLS:
        parts.append(say("readers.far_cells_more", count=Count(len(left.cells) - SHOWN_FAR_CELLS)))
    return [Finding(SourceRef(file, sheet.name, left.cells[0][0]), say("readers.far_cells", detail=joined(*parts)))]


def _far_cell(row: int, col: int, text: str, last_row: int, last_col: int) -> str:
    """One far cell: its address, what it holds and how far below or right of the table it lies."""
    cell, shown = f"{column_letter(col - 1)}{row}", repr(text if len(text) <= 40 else text[:40] + "...")
    if row > last_row and col - last_col > COL_GAP:  # (a cell far below, a column or two right of the table, is below it)
        return say("readers.far_cell_corner", cell=cell, text=shown, rows=Count(row - last_row), cols=Count(col - last_col))
    if row > last_row:
        return say("readers.far_cell_below", cell=cell, text=shown, rows=Count(row - last_row))
    return say("readers.far_cell_right", cell=cell, text=shown, cols=Count(col - last_col))


def hidden_row_warnings(file: str, sheet: str, hidden_rows: frozenset[int], items: list[Item], filtered: bool = False) -> list[Finding]:
    """One warning for the item rows hidden in Excel (``filtered``: on a sheet with an AutoFilter): read and counted, though
    a reviewer scrolling the sheet does not see them."""
    rows = sorted({item.ref.row for item in items if item.ref.row - 1 in hidden_rows}) if hidden_rows else []
    if not rows:
        return []
    shown = ", ".join(str(row) for row in rows[:5]) + (", ..." if len(rows) > 5 else "")
    key = "readers.filtered_item_rows" if filtered else "readers.hidden_item_rows"
    return [Finding(SourceRef(file, sheet, rows[0]), say(key, count=Count(len(rows)), rows=shown))]


def place_name_warnings(found: list[tuple[SourceRef, str]]) -> list[Finding]:
    """One warning for the item names that end in a place: read as the row's location, the rest as the item's name."""
    if not found:
        return []
    ref, name = found[0]
    return [Finding(ref, say("readers.place_in_name", count=Count(len(found)), row=ref.row, name=repr(name)))]


def header_warnings(ref: SourceRef, header: Header, has_items: bool) -> list[Finding]:
    """How the header was read, where a reviewer should check it: no budget column, a guessed budget column."""
    warnings = [Finding(ref, note) for note in header.notes]
    if has_items and not header.columns("budget"):
        labels = " | ".join(header.labels[col] for col in sorted(header.labels))[:200]
        warnings.append(Finding(ref, say("readers.no_budget_column", labels=labels)))
    return warnings


#: a sheet skipped for this reason (SheetInfo.skipped_reason): the key of its note, and of the one note on many such sheets
_SKIPPED_NOTES = {"no header": ("readers.no_header", "readers.no_header_sheets"), "hidden sheet": ("readers.hidden_sheet", "readers.hidden_sheets")}
#: how many sheets skipped for one reason are noted each; more are named in one note (a workbook of 200 lampiran sheets)
SHEETS_NOTED_APART = 5


def named_sheets(names: list[str]) -> str:
    """Sheet names for a message: the first SHEETS_NOTED_APART quoted, then how many more."""
    shown = ", ".join(repr(name) for name in names[:SHEETS_NOTED_APART])
    return shown + (f" (+{len(names) - SHEETS_NOTED_APART})" if len(names) > SHEETS_NOTED_APART else "")


def gathered_warnings(file: str, results: list[SheetResult]) -> list[Finding]:
    """Every sheet's warnings in order, the notes on more than SHEETS_NOTED_APART sheets skipped for one reason made one
    note, where the first of them was: 199 lines saying the same hide the warnings that matter."""
    many: dict[str, list[SheetResult]] = {}
    for result in results:
        many.setdefault(result.info.skipped_reason, []).append(result)
    many = {reason: found for reason, found in many.items() if reason in _SKIPPED_NOTES and len(found) > SHEETS_NOTED_APART}
    out: list[Finding] = []
    for result in results:
        found = many.get(result.info.skipped_reason)
        if found is None:
            out.extend(result.warnings)
            continue
        key, many_key = _SKIPPED_NOTES[result.info.skipped_reason]
        out.extend(warning for warning in result.warnings if not made_with(warning.message, key))
        if result is found[0]:
            sheets = named_sheets([other.info.name for other in found])
            note = say(many_key, count=Count(len(found)), sheets=sheets, rows=Count(sum(other.info.rows for other in found)))
            out.append(Finding(SourceRef(file, "", 0), note))  # names the sheets: a file-level warning
    return out
