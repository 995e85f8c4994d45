"""The review workbook a Bappeda reviewer opens, corrects and files (openpyxl)."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from syncheck.models import LINKED_KINDS, Item, Kind, Link, Relation, Result
from syncheck.report_data import (
    KIND_ORDER,
    PlanLookup,
    all_warnings,
    is_province,
    ordered_links,
    ordered_overlaps,
    ordered_summaries,
    overlap_totals,
    program_matrix,
    source_text,
    unmatched_items,
)
from syncheck.safety import atomic_write, is_injection, write_text_cell
from syncheck.sentences import check_lang, headline, kind_label, label, overlap_sentence, relation_label

MONEY = "#,##0"
SCORE = "0.0"
PERCENT = "0.0%"
MAX_WIDTH = 60
MIN_WIDTH = 6
TICK = "\u2713"
BOLD = Font(bold=True)

Row = Sequence[Any]

LINK_KEYS = (
    "left_government", "left_code", "left_name", "left_agency", "left_budget",
    "right_government", "right_code", "right_name", "right_agency", "right_budget",
    "relation", "score", "reason", "left_source", "right_source", "decision",
)  # fmt: skip
LINK_FORMATS = {5: MONEY, 10: MONEY, 12: SCORE}


def write_workbook(result: Result, path: str, lang: str = "id") -> None:
    """Write the review workbook (sheet names and headers in lang), atomically."""
    check_lang(lang)
    lookup = PlanLookup(result)
    workbook = Workbook()
    summary = workbook.active
    summary.title = label("sheet_summary", lang)
    _summary_sheet(summary, result, lang)
    links = ordered_links(result, lookup)
    for kind in LINKED_KINDS:
        sheet = workbook.create_sheet(label(f"sheet_links_{kind.value}", lang))
        _links_sheet(sheet, [link for link in links if link.kind is kind], lookup, lang)
    _review_sheet(workbook.create_sheet(label("sheet_review", lang)), links, lookup, lang)
    _unmatched_sheet(workbook.create_sheet(label("sheet_unmatched", lang)), result, lookup, lang)
    _clusters_sheet(workbook.create_sheet(label("sheet_clusters", lang)), result, lookup, lang)
    _matrix_sheet(workbook.create_sheet(label("sheet_matrix", lang)), result, lookup, lang)
    _overlaps_sheet(workbook.create_sheet(label("sheet_overlaps", lang)), result, lookup, lang)
    _warnings_sheet(workbook.create_sheet(label("sheet_warnings", lang)), result, lang)
    atomic_write(path, workbook.save)


# --- cells and tables -------------------------------------------------------------------------


def _put(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None) -> Any:
    """Write one cell; a str is always stored as text, never as a formula or an error value."""
    if isinstance(value, str):
        cell = write_text_cell(ws, row, col, value)
        # write_text_cell forces text for formula-like strings; '#N/A' and friends would become errors
        cell.data_type = "s"
        if is_injection(cell.value):
            cell.quotePrefix = True  # keeps it text when a reviewer edits the cell in Excel
        return cell
    cell = ws.cell(row=row, column=col, value=value)
    if number_format and value is not None:
        cell.number_format = number_format
    return cell


def _write_rows(ws: Worksheet, first_row: int, rows: Iterable[Row], formats: dict[int, str] | None = None) -> int:
    """Write rows from first_row on (1-based columns); return the last row written."""
    row_number = first_row - 1
    for row_number, row in enumerate(rows, start=first_row):
        for col, value in enumerate(row, start=1):
            _put(ws, row_number, col, value, (formats or {}).get(col))
    return row_number


def _header(ws: Worksheet, row: int, names: Sequence[str]) -> None:
    """A bold header row."""
    for col, name in enumerate(names, start=1):
        _put(ws, row, col, name).font = BOLD


def _table(
    ws: Worksheet, names: Sequence[str], rows: Iterable[Row], formats: dict[int, str], header_row: int = 1
) -> int:
    """Bold frozen header, rows, auto filter over the table; return the last row."""
    _header(ws, header_row, names)
    last = max(_write_rows(ws, header_row + 1, rows, formats), header_row)
    ws.freeze_panes = f"A{header_row + 1}"
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(names))}{last}"
    return last


def _display_length(value: Any, number_format: str) -> int:
    """About how many characters Excel shows for a value."""
    if value is None:
        return 0
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if number_format == PERCENT:
            return 6
        if number_format == SCORE:
            return len(f"{value:.1f}")
        return len(f"{value:,}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def _widths(ws: Worksheet, first_row: int, last_row: int, max_col: int | None = None) -> dict[int, int]:
    """Column widths measured over rows first_row..last_row (optionally only up to max_col)."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows(min_row=first_row, max_row=last_row, max_col=max_col):
        for cell in row:
            length = _display_length(cell.value, cell.number_format)
            widths[cell.column] = max(widths.get(cell.column, 0), length)
    return widths


def _apply_widths(ws: Worksheet, *measured: dict[int, int]) -> None:
    """Set column widths from content, capped at MAX_WIDTH."""
    merged: dict[int, int] = {}
    for widths in measured:
        for col, length in widths.items():
            merged[col] = max(merged.get(col, 0), length)
    for col, length in sorted(merged.items()):
        ws.column_dimensions[get_column_letter(col)].width = min(MAX_WIDTH, max(MIN_WIDTH, length + 2))


def _fit(ws: Worksheet) -> None:
    """Widths from every cell of a plain table sheet."""
    _apply_widths(ws, _widths(ws, 1, max(ws.max_row, 1)))


# --- sheets -----------------------------------------------------------------------------------


def _summary_sheet(ws: Worksheet, result: Result, lang: str) -> None:
    """Title, one row per summary (programs first, for the chart), per-pair overlap, bar chart."""
    title = label("title", lang)
    if result.plans:
        year = f" {result.left.year}" if result.left.year else ""
        title = f"{title}: {result.left.label}{year}"
    _put(ws, 1, 1, title).font = Font(bold=True, size=14)
    keys = (
        "left", "right", "kind", "left_total", "same", "percent",
        "identical", "similar", "counterpart", "review", "sentence",
    )  # fmt: skip
    summaries = sorted(ordered_summaries(result), key=lambda s: KIND_ORDER[s.kind])
    rows = [
        [
            s.left, s.right, kind_label(s.kind, lang), s.left_total, s.same,
            s.same / s.left_total if s.left_total else 0.0,
            s.identical, s.similar, s.counterpart, s.review,
            headline(s, lang, is_province(result, s.left)),
        ]
        for s in summaries
    ]  # fmt: skip
    last = _table(ws, [label(k, lang) for k in keys], rows, {6: PERCENT}, header_row=3)
    table_widths = _widths(ws, 3, last)
    end = _overlap_block(ws, result, lang, last + 2)
    _apply_widths(ws, table_widths, _widths(ws, last + 3, end, max_col=5))
    programs = sum(1 for s in summaries if s.kind is Kind.PROGRAM)
    if programs:
        _chart(ws, lang, programs, anchor=f"A{end + 2}")


def _overlap_block(ws: Worksheet, result: Result, lang: str, start: int) -> int:
    """Per-pair overlap totals with the overlap sentence; return the last row."""
    _put(ws, start, 1, label("overlap_title", lang)).font = BOLD
    keys = ("left", "right", "overlap_count", "left_budget", "right_budget", "sentence")
    _header(ws, start + 1, [label(k, lang) for k in keys])
    rows = []
    for total in overlap_totals(result):
        province = is_province(result, total.left)
        sentence = overlap_sentence(
            total.right, total.left_budget, total.count, lang, left=None if province else total.left
        )
        rows.append([total.left, total.right, total.count, total.left_budget, total.right_budget, sentence])
    return max(_write_rows(ws, start + 2, rows, {4: MONEY, 5: MONEY}), start + 1)


def _chart(ws: Worksheet, lang: str, programs: int, anchor: str) -> None:
    """Bar chart of the program overlap % per kabupaten/kota (the summary's first rows)."""
    chart = BarChart()
    chart.type = "col"
    chart.title = label("chart_title", lang)
    chart.legend = None
    data = Reference(ws, min_col=6, min_row=3, max_row=3 + programs)
    categories = Reference(ws, min_col=2, min_row=4, max_row=3 + programs)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    # openpyxl 3.1 marks axes deleted by default; Excel would then draw the chart without them
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.width = min(40.0, max(16.0, 1.5 * programs))
    chart.height = 9.0
    ws.add_chart(chart, anchor)


def _side(item: Item, lookup: PlanLookup) -> list[Any]:
    """Government, code, name, agency, budget of one side of a link."""
    return [lookup.government(item), item.code_text or item.code_raw, item.name, item.agency, item.budget]


def _link_row(link: Link, lookup: PlanLookup, lang: str) -> list[Any]:
    """One link as the links sheets show it."""
    return [
        *_side(link.left, lookup),
        *_side(link.right, lookup),
        relation_label(link.relation, lang),
        round(float(link.score), 1),
        link.reason,
        source_text(link.left.ref),
        source_text(link.right.ref),
        link.decided,
    ]


def _links_sheet(ws: Worksheet, links: list[Link], lookup: PlanLookup, lang: str) -> None:
    """Every link of one kind, with an empty decision column."""
    _table(ws, [label(k, lang) for k in LINK_KEYS], (_link_row(link, lookup, lang) for link in links), LINK_FORMATS)
    _fit(ws)


def _review_sheet(ws: Worksheet, links: list[Link], lookup: PlanLookup, lang: str) -> None:
    """Review candidates, best score first, for a reviewer to decide."""
    review = sorted((link for link in links if link.relation is Relation.REVIEW), key=lambda link: -link.score)
    names = [label("kind", lang)] + [label(k, lang) for k in LINK_KEYS]
    rows = ([kind_label(link.kind, lang), *_link_row(link, lookup, lang)] for link in review)
    _table(ws, names, rows, {col + 1: fmt for col, fmt in LINK_FORMATS.items()})
    _fit(ws)


def _unmatched_sheet(ws: Worksheet, result: Result, lookup: PlanLookup, lang: str) -> None:
    """Rows whose item has no identical, similar or counterpart link."""
    keys = ("government", "side", "kind", "code", "name", "agency", "budget", "source")
    rows = (
        [
            plan.label, label("side_left" if is_left else "side_right", lang), kind_label(item.kind, lang),
            item.code_text or item.code_raw, item.name, item.agency, item.budget, source_text(item.ref),
        ]
        for plan, is_left, item in unmatched_items(result, lookup)
    )  # fmt: skip
    _table(ws, [label(k, lang) for k in keys], rows, {7: MONEY})
    _fit(ws)


def _clusters_sheet(ws: Worksheet, result: Result, lookup: PlanLookup, lang: str) -> None:
    """One row per cluster item, with the number of governments in its cluster."""
    keys = ("cluster", "kind", "government", "code", "name", "governments")
    rows = []
    for number, cluster in enumerate(result.clusters, start=1):
        governments = len(cluster.governments) or len({lookup.government(item) for item in cluster.items})
        for item in cluster.items:
            rows.append(
                [number, kind_label(cluster.kind, lang), lookup.government(item),
                 item.code_text or item.code_raw, item.name, governments]
            )  # fmt: skip
    _table(ws, [label(k, lang) for k in keys], rows, {})
    _fit(ws)


def _matrix_sheet(ws: Worksheet, result: Result, lookup: PlanLookup, lang: str) -> None:
    """Left programs by kabupaten/kota: a tick where the program is the same, and a count."""
    rights, matrix = program_matrix(result, lookup)
    names = [label("program_code", lang), label("program_name", lang), *rights, label("count", lang)]
    rows = (
        [item.code_text or item.code_raw, item.name, *[TICK if same else None for same in marks], sum(marks)]
        for item, marks in matrix
    )
    _table(ws, names, rows, {})
    _fit(ws)


def _overlaps_sheet(ws: Worksheet, result: Result, lookup: PlanLookup, lang: str) -> None:
    """Substantive overlaps with both budgets, their sum, and a totals row."""
    keys = (
        "left_government", "left_code", "left_name", "right_government", "right_code", "right_name",
        "location", "left_budget", "right_budget", "sum", "left_source", "right_source",
    )  # fmt: skip
    rows = [
        [
            lookup.government(o.left), o.left.code_text or o.left.code_raw, o.left.name,
            lookup.government(o.right), o.right.code_text or o.right.code_raw, o.right.name,
            o.location, o.left_budget, o.right_budget, o.left_budget + o.right_budget,
            source_text(o.left.ref), source_text(o.right.ref),
        ]
        for o in ordered_overlaps(result, lookup)
    ]  # fmt: skip
    formats = {8: MONEY, 9: MONEY, 10: MONEY}
    last = _table(ws, [label(k, lang) for k in keys], rows, formats)
    # totals are computed here, never as a formula, and sit outside the filtered range
    totals = [sum(row[col - 1] for row in rows) for col in (8, 9, 10)]
    _put(ws, last + 1, 1, label("totals", lang)).font = BOLD
    for col, value in zip((8, 9, 10), totals):
        _put(ws, last + 1, col, value, MONEY).font = BOLD
    _fit(ws)


def _warnings_sheet(ws: Worksheet, result: Result, lang: str) -> None:
    """Every data warning of the run."""
    keys = ("file", "sheet", "row", "message")
    rows = ([w.ref.file, w.ref.sheet, w.ref.row, w.message] for w in all_warnings(result))
    _table(ws, [label(k, lang) for k in keys], rows, {})
    _fit(ws)
