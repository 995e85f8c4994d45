"""One note per sheet for what the reader read out of its name and code cells (indicators under names, dates in code cells,
a letter O for a zero in codes, codes without their zero padding, names beside their column), for budgets taken from other
columns, and for its continuation and account rows."""

from __future__ import annotations

from .codes import code_text, parse_cell_code
from .header import column_named
from .messages import Count, say
from .models import Finding, SkipReason
from .row_fields import Columns
from .row_record import RowFields
from .sheet_result import SheetResult


def sheet_notes(pending: list[tuple[int, RowFields]], columns: Columns, result: SheetResult) -> None:
    """The sheet's notes on its item rows ``pending`` and its skipped rows, in the order the warnings list them."""
    _note_skipped(result, SkipReason.CONTINUATION, "classify.continuation")
    _note_skipped(result, SkipReason.DETAIL, "classify.account_rows")
    _note_shifted_names(pending, columns, result)
    _note_fallback_budgets(pending, columns, result)
    _note_cells(pending, result)
    if columns.unpadded:
        _note_unpadded(pending, result)


def _note_cells(pending: list[tuple[int, RowFields]], result: SheetResult) -> None:
    """One warning per sheet for the names that carried the row's indicator, one for the code cells read back from dates, and
    one for the codes typed with a letter O for a zero."""
    named, bracketed, dated, lettered = [], [], [], []
    for _, fields in pending:  # (one pass: most rows hold none of the three)
        if fields.get("name_indicator"):
            (bracketed if fields.get("indicator_bracketed") else named).append(fields)
        if fields.get("date_code"):
            dated.append(fields)
        raw = fields["code_raw"]
        if raw and ("O" in raw or "o" in raw or "," in raw) and fields["code"] is not None and _repaired(raw):
            lettered.append(fields)
    for key, rows in (("classify.name_indicators", named), ("classify.name_indicator_brackets", bracketed)):
        if rows:
            first = rows[0]
            message = say(key, count=Count(len(rows)), indicator=repr(first["name_indicator"][:60]), row=first["ref"].row)
            result.warnings.append(Finding(first["ref"], message, name=first["name"]))
    if dated:
        first = dated[0]
        message = say("classify.date_codes", count=Count(len(dated)), example=first["date_code"], row=first["ref"].row)
        result.warnings.append(Finding(first["ref"], message, code=first["code_raw"]))
    if lettered:
        first = lettered[0]
        message = say("classify.letter_o_codes", count=Count(len(lettered)), code=repr(first["code_raw"]), row=first["ref"].row)
        result.warnings.append(Finding(first["ref"], message, code=first["code_raw"]))


def _repaired(raw: str) -> bool:
    """True for a code cell's text holding a letter O ('1.O2.02') or a comma ('1,02.02') that code_text reads as a zero
    or a dot."""
    read = code_text(raw)
    return ("o" in raw.lower() and "O" not in read.upper()) or ("," in raw and "," not in read)


def _note_unpadded(pending: list[tuple[int, RowFields]], result: SheetResult) -> None:
    """One warning per sheet for the codes read with the zero padding they were written without."""
    padded = [fields for _, fields in pending if fields["code"] is not None and fields["code_raw"] and parse_cell_code(fields["code_raw"]) is None]
    if padded:
        first = padded[0]
        message = say("classify.unpadded_codes", count=Count(len(padded)), code=repr(first["code_raw"]), full=first["code"].text, row=first["ref"].row)
        result.warnings.append(Finding(first["ref"], message, code=first["code_raw"]))


def _note_shifted_names(pending: list[tuple[int, RowFields]], columns: Columns, result: SheetResult) -> None:
    """One warning per sheet for the names read from the column beside the name column."""
    shifted = [fields["ref"] for _, fields in pending if fields["shifted_name"]]
    if shifted:
        column = column_named(columns.beside_name, columns.header.labels)
        result.warnings.append(Finding(shifted[0], say("classify.shifted_names", count=Count(len(shifted)), column=column, row=shifted[0].row)))


def _note_fallback_budgets(pending: list[tuple[int, RowFields]], columns: Columns, result: SheetResult) -> None:
    """One warning per sheet for each way rows whose budget cell is empty took their amount from other columns: the
    funding sources beside an empty total, or the earlier stage's column (the later one left empty)."""
    labels = columns.header.labels
    for flag, key in (("budget_parts", "classify.part_budgets"), ("budget_earlier", "classify.earlier_budgets")):
        rows = [fields["ref"] for _, fields in pending if fields.get(flag)]
        if rows:
            own = column_named(columns.budget[0], labels)
            parts = ", ".join(column_named(col, labels) for col in columns.parts)
            where = {"total": own, "parts": parts} if flag == "budget_parts" else {"later": own, "earlier": column_named(columns.earlier, labels)}
            result.warnings.append(Finding(rows[0], say(key, count=Count(len(rows)), row=rows[0].row, **where)))


def _note_skipped(result: SheetResult, reason: SkipReason, key: str) -> None:
    """One warning per sheet for its rows skipped for a reason: continuation rows (a second indicator row under an item),
    budget account rows (whose amounts are detail of the item above and not counted)."""
    rows = [row for row in result.skipped if row.reason is reason]
    if rows:
        result.warnings.append(Finding(rows[0].ref, say(key, count=Count(len(rows)), row=rows[0].ref.row)))
