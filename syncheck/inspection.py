"""What `syncheck inspect` reports about each plan: text and JSON forms (pure)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from . import __version__
from .messages import KIND_NAMES, WORDS, render, say
from .models import Kind, Plan
from .report_data import items_per_kind, plan_json, warning_json
from .values import format_rupiah

MAX_WARNINGS_SHOWN = 10
#: rows named on the line of warnings that say the same on one sheet
MAX_ROWS_SHOWN = 8


def sub_kegiatan_budget(plan: Plan) -> int:
    """Sum of sub kegiatan budgets: each budget counted once, at its own level (a row typed twice once)."""
    return sum(item.budget or 0 for item in plan.items if item.kind is Kind.SUB_KEGIATAN and item.repeat_of is None)


def skipped_counts(plan: Plan) -> dict[str, int]:
    """Skipped rows by reason, in a stable order."""
    counts: Counter[str] = Counter()
    for row in plan.skipped:
        counts[row.reason.value] += row.count
    return dict(sorted(counts.items()))


def inspect_json(plans: list[Plan]) -> dict[str, Any]:
    """The inspect result as a JSON-ready dict."""
    return {"syncheck_version": __version__, "schema": 1, "inputs": [_plan_json(plan) for plan in plans]}


def _plan_json(plan: Plan) -> dict[str, Any]:
    """One plan for `inspect --json`."""
    return {
        **plan_json(plan),
        "items": len(plan.items),
        "item_rows": plan.item_rows,
        "counts": {kind.value: count for kind, count in items_per_kind(plan).items()},
        "sub_kegiatan_budget": sub_kegiatan_budget(plan),
        "skipped": skipped_counts(plan),
        "sheets": [
            {
                "name": sheet.name,
                "rows": sheet.rows,
                "header_rows": list(sheet.header_rows),
                "header_from": sheet.header_from or None,
                "columns": [{"role": role, "column": column} for role, column in sheet.columns],
                "budget_scale": sheet.scale,
                "skipped_reason": sheet.skipped_reason or None,
            }
            for sheet in plan.sheets
        ],
        "warnings": [warning_json(warning) for warning in plan.warnings],
    }


#: the inspect text's words, per language
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "government": "government", "year": "year", "unknown": "unknown", "items": "items",
        "budget": "sub kegiatan budget", "rows": "rows", "read": "read", "items_n": "items", "item_rows": "item rows",
        "skipped": "skipped", "none": "none", "sheet": "sheet", "row": "row", "file": "file",
        "header_row": "header row", "header_rows": "header rows", "header_of": "header of sheet", "warnings": "warnings",
        "more": "more (use --json to see all)", "and_more": "and {count} more",
    },
    "id": {
        "government": "pemda", "year": "tahun", "unknown": "tidak diketahui", "items": "item",
        "budget": "pagu sub kegiatan", "rows": "baris", "read": "dibaca", "items_n": "item", "item_rows": "baris item",
        "skipped": "dilewati", "none": "tidak ada", "sheet": "lembar", "row": "baris", "file": "berkas",
        "header_row": "baris kepala tabel", "header_rows": "baris kepala tabel", "header_of": "kepala tabel lembar", "warnings": "peringatan",
        "more": "lainnya (gunakan --json untuk melihat semuanya)", "and_more": "dan {count} lainnya",
    },
}  # fmt: skip
#: column roles (header.py) in Indonesian; a role not listed is shown as it is
_ROLES_ID = {
    "code": "kode", "name": "nama", "indicator": "indikator", "target": "target", "location": "lokasi",
    "budget": "pagu", "funding": "sumber dana", "agency": "perangkat daerah", "agency_code": "kode perangkat daerah",
    "number": "nomor", "forward": "tahun lain", "code_urusan": "kode urusan", "name_urusan": "nama urusan",
    "code_bidang": "kode bidang", "name_bidang": "nama bidang", "code_program": "kode program", "name_program": "nama program",
    "code_kegiatan": "kode kegiatan", "name_kegiatan": "nama kegiatan", "code_sub_kegiatan": "kode sub kegiatan",
    "name_sub_kegiatan": "nama sub kegiatan",
}  # fmt: skip


def render_inspection(plans: list[Plan], lang: str = "en") -> str:
    """Plain text, one block per file, in ``lang`` ('id' or 'en')."""
    return "\n\n".join(_plan_text(plan, lang) for plan in plans)


def _skipped_word(reason: str, lang: str) -> str:
    """A skip reason in ``lang``."""
    return WORDS["skip_reason"].get(reason, reason) if lang == "id" else reason


def _plan_text(plan: Plan, lang: str) -> str:
    """One file's block."""
    words = _WORDS[lang]
    year = plan.year if plan.year is not None else words["unknown"]
    lines = [plan.file, f"  {words['government']}: {plan.government} ({plan.level.value}), {words['year']} {year}"]
    for sheet in plan.sheets:
        lines.extend(_sheet_lines(sheet, lang))
    counts = items_per_kind(plan)
    lines.append(f"  {words['items']}: " + ", ".join(f"{counts[kind]} {KIND_NAMES[kind.value][0]}" for kind in Kind))
    lines.append(f"  {words['budget']}: {format_rupiah(sub_kegiatan_budget(plan), lang)}")
    skipped = ", ".join(f"{_skipped_word(reason, lang)} {count}" for reason, count in skipped_counts(plan).items()) or words["none"]
    lines.append(f"  {words['rows']}: {plan.rows_read} {words['read']} = {_item_rows_text(plan, words)} + {plan.skipped_rows} {words['skipped']} ({skipped})")
    lines.extend(_warning_lines(plan, lang))
    return "\n".join(lines)


def _item_rows_text(plan: Plan, words: dict[str, str]) -> str:
    """'12 items', or '4 item rows (12 items)' when rows hold several items (one row per sub kegiatan)."""
    items, rows = len(plan.items), plan.item_rows
    if rows == items:
        return f"{items} {words['items_n']}"
    return f"{rows} {words['item_rows']} ({items} {words['items_n']})"


def _sheet_lines(sheet, lang: str) -> list[str]:
    """A sheet's line and its column mapping."""
    words = _WORDS[lang]
    if sheet.skipped_reason:
        reason = _skipped_word(sheet.skipped_reason, lang)
        return [f"  {words['sheet']} {sheet.name!r}: {sheet.rows} {words['rows']}, {words['skipped']} ({reason})"]
    rows = ", ".join(str(row) for row in sheet.header_rows)
    header = words["header_rows" if len(sheet.header_rows) > 1 else "header_row"]
    # a page going on with the table of an earlier sheet has the header of that sheet
    where = f"{header} {rows}" if not sheet.header_from else f"{words['header_of']} {sheet.header_from!r}"
    lines = [f"  {words['sheet']} {sheet.name!r}: {sheet.rows} {words['rows']}, {where}"]
    used = [(role, column) for role, column in sheet.columns if role not in ("forward", "number")]
    names = [_ROLES_ID.get(role, role) if lang == "id" else role for role, _ in used]
    width = max([9, *(len(name) for name in names)])
    # a column's letter and label as written; a note on how its role was read in the reader's language
    shown = [column if column.__class__ is str else render(column, lang) for _, column in used]
    lines.extend(f"    {name:<{width}} {column}" for name, column in zip(names, shown))
    # the money columns of another year or stage are set aside on purpose: said, so a reviewer sees they were found
    unread = [column if column.__class__ is str else render(column, lang) for role, column in sheet.columns if role == "forward"]
    if unread:
        lines.append(f"    {render(say('inspection.unread_columns', columns='; '.join(unread)), lang)}")
    return lines


def _warning_lines(plan: Plan, lang: str) -> list[str]:
    """The warnings, those with the same text on one sheet on one line with their rows; the first groups, then how many more."""
    words = _WORDS[lang]
    if not plan.warnings:
        return [f"  {words['warnings']}: {words['none']}"]
    lines = [f"  {words['warnings']}: {len(plan.warnings)}"]
    groups = _warning_groups(plan, lang)
    for (sheet_name, text), rows in groups[:MAX_WARNINGS_SHOWN]:
        sheet = f"{words['sheet']} {sheet_name!r}"
        lines.append(f"    {_rows_where(sheet, rows, words) if sheet_name else words['file']}: {text}")
    rest = sum(len(rows) for _, rows in groups[MAX_WARNINGS_SHOWN:])
    if rest:
        lines.append(f"    ... {rest} {words['more']}")
    return lines


def _warning_groups(plan: Plan, lang: str) -> list[tuple[tuple[str, str], list[int]]]:
    """(sheet, text) of each warning in the order first given, with the rows of every warning saying it there."""
    groups: dict[tuple[str, str], list[int]] = {}
    for warning in plan.warnings:
        groups.setdefault((warning.ref.sheet, render(warning.message, lang)), []).append(warning.ref.row)
    return list(groups.items())


def _rows_where(sheet: str, rows: list[int], words: dict[str, str]) -> str:
    """"sheet 'X'", "sheet 'X' row 7" or "sheet 'X' rows 7, 9, 12 (and 4 more)"."""
    numbers = sorted({row for row in rows if row})
    if not numbers:
        return sheet
    if len(numbers) == 1:
        return f"{sheet} {words['row']} {numbers[0]}"
    shown = ", ".join(str(row) for row in numbers[:MAX_ROWS_SHOWN])
    more = f" ({words['and_more'].format(count=len(numbers) - MAX_ROWS_SHOWN)})" if len(numbers) > MAX_ROWS_SHOWN else ""
    return f"{sheet} {words['rows']} {shown}{more}"
