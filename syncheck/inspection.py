"""What `syncheck inspect` reports about each plan: text and JSON forms (pure)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from . import __version__
from .models import Kind, Plan
from .report_data import items_per_kind, plan_json, warning_json
from .values import format_rupiah

MAX_WARNINGS_SHOWN = 10
_KIND_WORDS = {
    Kind.URUSAN: "urusan",
    Kind.BIDANG: "bidang urusan",
    Kind.PROGRAM: "program",
    Kind.KEGIATAN: "kegiatan",
    Kind.SUB_KEGIATAN: "sub kegiatan",
}


def sub_kegiatan_budget(plan: Plan) -> int:
    """Sum of sub kegiatan budgets: each budget counted once, at its own level."""
    return sum(item.budget or 0 for item in plan.items if item.kind is Kind.SUB_KEGIATAN)


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
                "columns": [{"role": role, "column": column} for role, column in sheet.columns],
                "skipped_reason": sheet.skipped_reason or None,
            }
            for sheet in plan.sheets
        ],
        "warnings": [warning_json(warning) for warning in plan.warnings],
    }


def render_inspection(plans: list[Plan]) -> str:
    """Plain text, one block per file."""
    return "\n\n".join(_plan_text(plan) for plan in plans)


def _plan_text(plan: Plan) -> str:
    """One file's block."""
    year = plan.year if plan.year is not None else "unknown"
    lines = [plan.file, f"  government: {plan.government} ({plan.level.value}), year {year}"]
    for sheet in plan.sheets:
        lines.extend(_sheet_lines(sheet))
    counts = items_per_kind(plan)
    lines.append("  items: " + ", ".join(f"{counts[kind]} {_KIND_WORDS[kind]}" for kind in Kind))
    lines.append(f"  sub kegiatan budget: {format_rupiah(sub_kegiatan_budget(plan), 'id')}")
    skipped = ", ".join(f"{reason} {count}" for reason, count in skipped_counts(plan).items()) or "none"
    lines.append(f"  rows: {plan.rows_read} read = {_item_rows_text(plan)} + {plan.skipped_rows} skipped ({skipped})")
    lines.extend(_warning_lines(plan))
    return "\n".join(lines)


def _item_rows_text(plan: Plan) -> str:
    """'12 items', or '4 item rows (12 items)' when rows hold several items (one row per sub kegiatan)."""
    items, rows = len(plan.items), plan.item_rows
    return f"{items} items" if rows == items else f"{rows} item rows ({items} items)"


def _sheet_lines(sheet) -> list[str]:
    """A sheet's line and its column mapping."""
    if sheet.skipped_reason:
        return [f"  sheet {sheet.name!r}: {sheet.rows} rows, skipped ({sheet.skipped_reason})"]
    rows = ", ".join(str(row) for row in sheet.header_rows)
    lines = [f"  sheet {sheet.name!r}: {sheet.rows} rows, header row{'s' if len(sheet.header_rows) > 1 else ''} {rows}"]
    used = [(role, column) for role, column in sheet.columns if role not in ("forward", "number")]
    lines.extend(f"    {role:<9} {column}" for role, column in used)
    return lines


def _warning_lines(plan: Plan) -> list[str]:
    """The first warnings, then how many more there are."""
    if not plan.warnings:
        return ["  warnings: none"]
    lines = [f"  warnings: {len(plan.warnings)}"]
    for warning in plan.warnings[:MAX_WARNINGS_SHOWN]:
        where = f"sheet {warning.ref.sheet!r} row {warning.ref.row}" if warning.ref.row else (f"sheet {warning.ref.sheet!r}" if warning.ref.sheet else "file")
        lines.append(f"    {where}: {warning.message}")
    if len(plan.warnings) > MAX_WARNINGS_SHOWN:
        lines.append(f"    ... {len(plan.warnings) - MAX_WARNINGS_SHOWN} more (use --json to see all)")
    return lines
