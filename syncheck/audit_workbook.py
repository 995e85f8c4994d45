"""The audit workbook a reviewer opens and files (openpyxl): summary with a trend chart, then one sheet per view."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .audit_models import AuditResult, Change, Status
from .audit_report import continuity_rows, findings, ordered_changes, source, theme_of, trend_series
from .audit_sentences import label, level_label, status_label, years_text
from .models import Kind
from .safety import atomic_write, write_text_cell
from .sentences import check_lang, kind_label

RUPIAH = '"Rp" #,##0;-"Rp" #,##0'
SCORE = "0.0"
PERCENT = "0.0%"
POINTS = "+0.0;-0.0;0.0"
BOLD = Font(bold=True)
MAX_WIDTH, MIN_WIDTH = 60, 6


def write_audit_workbook(result: AuditResult, path: str, lang: str = "id") -> None:
    """Write the audit workbook (sheet names and headers in lang), atomically."""
    check_lang(lang)
    workbook = Workbook()
    summary = workbook.active
    summary.title = label("sheet_summary", lang)
    _summary(summary, result, lang)
    _continuity(workbook.create_sheet(label("sheet_continuity", lang)), ordered_changes(result), lang)
    _renamed(workbook.create_sheet(label("sheet_renamed", lang)), result, lang)
    _trend(workbook.create_sheet(label("sheet_trend", lang)), result, lang)
    _themes(workbook.create_sheet(label("sheet_themes", lang)), result, lang)
    _theme_items(workbook.create_sheet(label("sheet_theme_items", lang)), result, lang)
    _gaps(workbook.create_sheet(label("sheet_gaps", lang)), result, lang)
    _warnings(workbook.create_sheet(label("sheet_warnings", lang)), result, lang)
    atomic_write(path, workbook.save)


# --- cells ------------------------------------------------------------------------------------


def _put(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None) -> Any:
    """One cell; a str is always stored as text, never as a formula or an error value."""
    if isinstance(value, str):
        return write_text_cell(ws, row, col, value)
    cell = ws.cell(row=row, column=col, value=value)
    if number_format and value is not None:
        cell.number_format = number_format
    return cell


def _table(ws: Worksheet, keys: Sequence[str], rows: Iterable[Sequence[Any]], formats: dict[int, str], lang: str, first: int = 1) -> int:
    """Bold header row, rows, frozen header and a filter when the table starts the sheet; return the last row."""
    for col, key in enumerate(keys, start=1):
        _put(ws, first, col, label(key, lang)).font = BOLD
    last = first
    for last, row in enumerate(rows, start=first + 1):
        for col, value in enumerate(row, start=1):
            _put(ws, last, col, value, formats.get(col))
    if first == 1:
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{last}"
    return last


def _fit(ws: Worksheet, first_row: int = 1) -> None:
    """Column widths from the cells' text, capped."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows(min_row=first_row):
        for cell in row:
            if cell.value is None:
                continue
            length = len(f"{cell.value:,}") + 4 if isinstance(cell.value, (int, float)) else len(str(cell.value))
            widths[cell.column] = max(widths.get(cell.column, 0), length)
    for col, length in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(MAX_WIDTH, max(MIN_WIDTH, length + 2))


def _yes(flag: bool, lang: str) -> str:
    """ya / tidak."""
    return label("yes" if flag else "no", lang)


# --- sheets ------------------------------------------------------------------------------------


def _summary(ws: Worksheet, result: AuditResult, lang: str) -> None:
    """Title, the headline sentences, the program trend with a line chart, continuity per government."""
    title = result.title or f"{label('title', lang)} {years_text(result.years)}"
    _put(ws, 1, 1, title).font = Font(bold=True, size=14)
    row = 3
    _put(ws, row, 1, label("findings", lang)).font = BOLD
    for row, sentence in enumerate(findings(result, lang), start=row + 1):
        _put(ws, row, 1, sentence)
    row = _trend_block(ws, result, lang, row + 2)
    _put(ws, row + 2, 1, label("continuity_totals", lang)).font = BOLD
    keys = ("government", "kind", "from_year", "to_year", "continued", "renamed", "new", "dropped", "old_budget", "new_budget")
    rows = [[r["government"], kind_label(r["kind"], lang), r["from_year"], r["to_year"], r["continued"], r["renamed"],
             r["new"], r["dropped"], r["old_budget"], r["new_budget"]] for r in continuity_rows(result)]
    _table(ws, keys, rows, {9: RUPIAH, 10: RUPIAH}, lang, first=row + 3)
    _fit(ws, first_row=row + 3)
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width or 0, 40)


def _trend_block(ws: Worksheet, result: AuditResult, lang: str, start: int) -> int:
    """Program percent same per pair (columns) and year (rows), with a line chart beside it; return the last row."""
    series = [(right, points) for (_, right, kind), points in trend_series(result).items() if kind is Kind.PROGRAM]
    if not series:
        return start - 1
    _put(ws, start, 1, label("year", lang)).font = BOLD
    for col, (right, _) in enumerate(series, start=2):
        _put(ws, start, col, right).font = BOLD
    for offset, year in enumerate(result.years, start=1):
        _put(ws, start + offset, 1, year)
        for col, (_, points) in enumerate(series, start=2):
            point = next((p for p in points if p.year == year), None)
            _put(ws, start + offset, col, round(point.percent / 100, 4) if point else None, PERCENT)
    last = start + len(result.years)
    chart = LineChart()
    chart.title = label("chart_title", lang)
    chart.add_data(Reference(ws, min_col=2, max_col=1 + len(series), min_row=start, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=start + 1, max_row=last))
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.x_axis.delete = False  # openpyxl 3.1 hides axes by default
    chart.y_axis.delete = False
    chart.height, chart.width = 8.0, 16.0
    ws.add_chart(chart, f"{get_column_letter(len(series) + 3)}{start}")
    return max(last, start + 16)  # leave room for the chart


def _change_row(change: Change, lang: str, status: str | None = None) -> list[Any]:
    """One continuity entry as the sheets show it."""
    old, new = change.old, change.new
    return [
        change.government, kind_label(change.kind, lang), change.from_year, change.to_year,
        status or status_label(change.status, lang), change.score,
        old.item.code_text if old else None, old.item.name if old else None, old.budget if old else None,
        new.item.code_text if new else None, new.item.name if new else None, new.budget if new else None,
        change.budget_change, change.reason, source(old), source(new),
    ]


CHANGE_KEYS = ("government", "kind", "from_year", "to_year", "status", "score", "old_code", "old_name", "old_budget",
               "new_code", "new_name", "new_budget", "budget_change", "reason", "old_source", "new_source")
CHANGE_FORMATS = {6: SCORE, 9: RUPIAH, 12: RUPIAH, 13: RUPIAH}


def _continuity(ws: Worksheet, changes: list[Change], lang: str) -> None:
    """Every continuity entry."""
    _table(ws, CHANGE_KEYS, (_change_row(change, lang) for change in changes), CHANGE_FORMATS, lang)
    _fit(ws)


def _renamed(ws: Worksheet, result: AuditResult, lang: str) -> None:
    """Renamed items, then the near pairs left for a reviewer (status 'candidate')."""
    rows = [_change_row(c, lang) for c in ordered_changes(result) if c.status is Status.RENAMED]
    for near in result.candidates:
        change = Change(near.government, near.kind, near.from_year, near.to_year, Status.RENAMED, near.old, near.new, near.score, near.reason)
        rows.append(_change_row(change, lang, status=label("candidate", lang)))
    _table(ws, CHANGE_KEYS, rows, CHANGE_FORMATS, lang)
    _fit(ws)


def _trend(ws: Worksheet, result: AuditResult, lang: str) -> None:
    """Each pair's headline per kind and year, with its change."""
    keys = ("left", "right", "kind", "year", "left_total", "same", "percent", "change_same", "change_points",
            "overlap_count", "overlap_budget")
    rows = [[p.left, p.right, kind_label(p.kind, lang), p.year, p.left_total, p.same, round(p.percent / 100, 4),
             p.change_same, p.change_points, p.overlap_count, p.overlap_budget]
            for points in trend_series(result).values() for p in points]
    _table(ws, keys, rows, {7: PERCENT, 9: POINTS, 11: RUPIAH}, lang)
    _fit(ws)


def _themes(ws: Worksheet, result: AuditResult, lang: str) -> None:
    """Whether and how much each government funds each theme, per year."""
    keys = ("theme", "government", "level", "year", "present", "items", "budget")
    rows = [[theme_of(result, r.theme).label(lang), r.government, level_label(r.level, lang), r.year,
             _yes(r.present, lang), r.items, r.budget] for r in result.theme_years]
    _table(ws, keys, rows, {7: RUPIAH}, lang)
    _fit(ws)


def _theme_items(ws: Worksheet, result: AuditResult, lang: str) -> None:
    """Every item that funds a theme, and why it counts."""
    keys = ("theme", "government", "year", "kind", "code", "name", "budget", "matched", "source")
    rows = [[theme_of(result, h.theme).label(lang), h.government, h.year, kind_label(h.item.kind, lang),
             h.item.code_text, h.item.name, h.budget, h.matched, f"{h.item.ref.file}!{h.item.ref.sheet}!{h.item.ref.row}"]
            for h in result.theme_hits]
    _table(ws, keys, rows, {7: RUPIAH}, lang)
    _fit(ws)


def _gaps(ws: Worksheet, result: AuditResult, lang: str) -> None:
    """Themes a government stopped funding."""
    keys = ("theme", "government", "level", "last_present", "absent_years", "resumed")
    rows = [[theme_of(result, g.theme).label(lang), g.government, level_label(g.level, lang), g.last_present,
             years_text(g.absent_years), g.resumed] for g in result.gaps]
    _table(ws, keys, rows, {}, lang)
    _fit(ws)


def _warnings(ws: Worksheet, result: AuditResult, lang: str) -> None:
    """Every data warning of the run."""
    rows = [[w.ref.file, w.ref.sheet, w.ref.row, w.message] for w in result.warnings]
    _table(ws, ("file", "sheet", "row", "message"), rows, {}, lang)
    _fit(ws)
