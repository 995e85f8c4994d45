"""The audit workbook a reviewer opens and files (written with syncheck.xlsx): summary with a trend chart, then one sheet per view."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from .audit_models import AuditResult, Change, Status
from .audit_report import continuity_rows, findings, ordered_changes, source, theme_of, trend_series
from .audit_sentences import label, level_label, status_label, years_text
from .messages import render
from .models import Kind
from .report_data import warning_cells
from .sentences import check_lang, kind_label
from .xlsx import PERCENT, SCORE, WRAP, Book, Formats, Sheet, Table, column_letter, line_chart, table

#: the audit's own number formats, registered on the book under these keys
RUPIAH = "rupiah"
POINTS = "points"
NUMBER_FORMATS = {RUPIAH: '"Rp" #,##0;-"Rp" #,##0', POINTS: "+0.0;-0.0;0.0"}
CHART_ROWS = 16  # rows the trend chart takes beside its table
SUMMARY_FIRST_COLUMN = 40  # the width of the summary's column A, wide enough to start reading its sentences


def write_audit_workbook(result: AuditResult, path: str, lang: str = "id") -> None:
    """Write the audit workbook (sheet names and headers in lang), atomically."""
    check_lang(lang)
    book = Book()
    for key, number_format in NUMBER_FORMATS.items():
        book.add_style(key, number_format)
    _summary(book, result, lang)
    changes = ordered_changes(result)
    book.add_table(Table(
        label("sheet_continuity", lang), _names(CHANGE_KEYS, lang),
        lambda: (_change_row(change, lang) for change in changes), CHANGE_FORMATS, len(changes),
    ))  # fmt: skip
    _renamed(book, result, lang)
    _trend(book, result, lang)
    _themes(book, result, lang)
    _theme_items(book, result, lang)
    _gaps(book, result, lang)
    _warnings(book, result, lang)
    book.save(path)


def _names(keys: Sequence[str], lang: str) -> list[str]:
    """Column headers in lang."""
    return [label(key, lang) for key in keys]


def _table(book: Book, title: str, keys: Sequence[str], rows: Iterable[Sequence[Any]], formats: Formats, lang: str) -> None:
    """A sheet holding one table: bold frozen header, auto filter (see xlsx.table)."""
    table(book, label(title, lang), _names(keys, lang), rows, formats)


def _yes(flag: bool, lang: str) -> str:
    """ya / tidak."""
    return label("yes" if flag else "no", lang)


# --- sheets ------------------------------------------------------------------------------------


def _summary(book: Book, result: AuditResult, lang: str) -> None:
    """Title, the headline sentences, the program trend with a line chart, continuity per government."""
    sheet = book.sheet(label("sheet_summary", lang))
    sheet.append([result.title or f"{label('title', lang)} {years_text(result.years)}"], style="title", fit=False)
    sheet.append([])
    sheet.append([label("findings", lang)], style="bold", fit=False)
    for sentence in findings(result, lang):
        sheet.append([sentence], fit=False)
    sheet.append([])
    _trend_block(sheet, result, lang)
    sheet.append([])
    sheet.append([label("continuity_totals", lang)], style="bold", fit=False)
    keys = ("government", "kind", "from_year", "to_year", "continued", "renamed", "new", "dropped", "old_budget", "new_budget")
    sheet.append(_names(keys, lang), style="bold")
    for r in continuity_rows(result):
        row = [r["government"], kind_label(r["kind"], lang), r["from_year"], r["to_year"], r["continued"], r["renamed"],
               r["new"], r["dropped"], r["old_budget"], r["new_budget"]]
        sheet.append(row, {9: RUPIAH, 10: RUPIAH})
    sheet.min_width(1, SUMMARY_FIRST_COLUMN)


def _trend_block(sheet: Sheet, result: AuditResult, lang: str) -> None:
    """Program percent same per pair (columns) and year (rows), with a line chart beside it and room for it."""
    series = [(right, points) for (_, right, kind), points in trend_series(result).items() if kind is Kind.PROGRAM]
    if not series:
        return
    start = sheet.append([label("year", lang), *(right for right, _ in series)], style="bold")
    percents = {col: PERCENT for col in range(2, len(series) + 2)}
    for year in result.years:
        shares = [next((p for p in points if p.year == year), None) for _, points in series]
        sheet.append([year, *(round(p.percent / 100, 4) if p else None for p in shares)], percents)
    anchor = f"{column_letter(len(series) + 3)}{start}"
    line_chart(sheet, label("chart_title", lang), None, (2, 1 + len(series)), len(result.years), anchor,
               header_row=start, number_format="0%", size=(16.0, 8.0))
    while sheet.rows < start + CHART_ROWS:
        sheet.append([])


def _change_row(change: Change, lang: str, status: str | None = None) -> list[Any]:
    """One continuity entry as the sheets show it."""
    old, new = change.old, change.new
    return [
        change.government, kind_label(change.kind, lang), change.from_year, change.to_year,
        status or status_label(change.status, lang), change.score,
        old.item.code_text if old else None, old.item.name if old else None, old.budget if old else None,
        new.item.code_text if new else None, new.item.name if new else None, new.budget if new else None,
        change.budget_change, render(change.reason, lang), source(old), source(new),
    ]


CHANGE_KEYS = ("government", "kind", "from_year", "to_year", "status", "score", "old_code", "old_name", "old_budget",
               "new_code", "new_name", "new_budget", "budget_change", "reason", "old_source", "new_source")
#: names and reasons wrap (xlsx 'wrap'): a long name would be cut off by the cell beside it
CHANGE_FORMATS = {6: SCORE, 8: WRAP, 9: RUPIAH, 11: WRAP, 12: RUPIAH, 13: RUPIAH, 14: WRAP}


def _renamed(book: Book, result: AuditResult, lang: str) -> None:
    """Renamed items, then the near pairs left for a reviewer (status 'candidate')."""
    rows = [_change_row(c, lang) for c in ordered_changes(result) if c.status is Status.RENAMED]
    for near in result.candidates:
        change = Change(near.government, near.kind, near.from_year, near.to_year, Status.RENAMED, near.old, near.new, near.score, near.reason)
        rows.append(_change_row(change, lang, status=label("candidate", lang)))
    _table(book, "sheet_renamed", CHANGE_KEYS, rows, CHANGE_FORMATS, lang)


def _trend(book: Book, result: AuditResult, lang: str) -> None:
    """Each pair's headline per kind and year, with its change."""
    keys = ("left", "right", "kind", "year", "left_total", "same", "percent", "change_same", "change_points",
            "overlap_count", "overlap_budget")
    rows = [[p.left, p.right, kind_label(p.kind, lang), p.year, p.left_total, p.same, round(p.percent / 100, 4),
             p.change_same, p.change_points, p.overlap_count, p.overlap_budget]
            for points in trend_series(result).values() for p in points]
    _table(book, "sheet_trend", keys, rows, {7: PERCENT, 9: POINTS, 11: RUPIAH}, lang)


def _themes(book: Book, result: AuditResult, lang: str) -> None:
    """Whether and how much each government funds each theme, per year."""
    keys = ("theme", "government", "level", "year", "present", "items", "budget")
    rows = [[theme_of(result, r.theme).label(lang), r.government, level_label(r.level, lang), r.year,
             _yes(r.present, lang), r.items, r.budget] for r in result.theme_years]
    _table(book, "sheet_themes", keys, rows, {7: RUPIAH}, lang)


def _theme_items(book: Book, result: AuditResult, lang: str) -> None:
    """Every item that funds a theme, and why it counts."""
    keys = ("theme", "government", "year", "kind", "code", "name", "budget", "matched", "source")
    rows = [[theme_of(result, h.theme).label(lang), h.government, h.year, kind_label(h.item.kind, lang),
             h.item.code_text, h.item.name, h.budget, render(h.matched, lang), f"{h.item.ref.file}!{h.item.ref.sheet}!{h.item.ref.row}"]
            for h in result.theme_hits]
    _table(book, "sheet_theme_items", keys, rows, {6: WRAP, 7: RUPIAH}, lang)


def _gaps(book: Book, result: AuditResult, lang: str) -> None:
    """Themes a government stopped funding."""
    keys = ("theme", "government", "level", "last_present", "absent_years", "resumed")
    rows = [[theme_of(result, g.theme).label(lang), g.government, level_label(g.level, lang), g.last_present,
             years_text(g.absent_years), g.resumed] for g in result.gaps]
    _table(book, "sheet_gaps", keys, rows, {}, lang)


def _warnings(book: Book, result: AuditResult, lang: str) -> None:
    """Every data warning of the run."""
    rows = [warning_cells(w, lang) for w in result.warnings]
    _table(book, "sheet_warnings", ("file", "sheet", "row", "message"), rows, {4: WRAP}, lang)
