"""Rows hidden in Excel that repeat a visible item row of their sheet: old drafts kept out of sight, set aside (pure).

A plan's author often hides the superseded version of a row instead of deleting it (the same code, an older amount
or place). The printed plan, which the Bappeda signs, does not show it, and counting it would add its budget to the
item's in every total and overlap. A hidden row that repeats nothing visible stays read (sheet_warnings warns of it).
"""

from __future__ import annotations

from dataclasses import replace

from .sheet_result import SheetResult
from .codes import comparison_key
from .messages import Count, say
from .models import LINKED_KINDS, Finding, Item, Kind, Skipped, SkipReason, SourceRef
from .normalize import normalize_name

#: (row, kind) of a hidden item -> the visible item it repeats
_Drafts = dict[tuple[SourceRef, Kind], Item]


def set_aside_drafts(file: str, sheet: str, hidden_rows: frozenset[int], result: SheetResult) -> None:
    """Skip each hidden row whose items all repeat visible items of the sheet (same kind, agency and code, or no code
    and the same name), with one note naming the rows; the items under such a row go under the row it repeats."""
    if not hidden_rows or not result.items:
        return
    drafts = _drafts(result.items, hidden_rows)
    if not drafts:
        return
    result.items[:] = _without(result.items, drafts)
    rows = sorted({ref.row for ref, _ in drafts})
    result.skipped.extend(Skipped(SourceRef(file, sheet, row), SkipReason.HIDDEN_DUPLICATE) for row in rows)
    result.places_in_names[:] = [(ref, name) for ref, name in result.places_in_names if ref.row not in rows]
    if result.open_row is not None and result.open_row.item.ref.row in rows:
        result.open_row = None
    first = next(same for (ref, _), same in drafts.items() if ref.row == rows[0])
    shown = ", ".join(str(row) for row in rows[:5]) + (", ..." if len(rows) > 5 else "")
    message = say("readers.hidden_drafts", count=Count(len(rows)), rows=shown, row=first.ref.row)
    result.warnings.append(Finding(SourceRef(file, sheet, rows[0]), message))


def _drafts(items: list[Item], hidden_rows: frozenset[int]) -> _Drafts:
    """The items of the hidden rows that are drafts, each with the visible item it repeats."""
    by_row: dict[int, list[Item]] = {}
    for item in items:
        if item.ref.row - 1 in hidden_rows:
            by_row.setdefault(item.ref.row, []).append(item)
    if not by_row:
        return {}
    # a coded draft repeats a code; a codeless one a name (a row's name is normalized only when a codeless draft asks)
    by_name = any(item.code is None for row_items in by_row.values() for item in row_items)
    visible: dict[tuple, Item] = {}
    for item in items:
        if item.ref.row - 1 not in hidden_rows and item.kind in LINKED_KINDS:
            for key in (_code_key(item), _name_key(item) if by_name else None):
                if key is not None:
                    visible.setdefault(key, item)
    drafts: _Drafts = {}
    for row_items in by_row.values():
        # a row of a flat export holds several items: it is a draft only when every one of them repeats
        found = [visible.get(_code_key(item) or _name_key(item)) if item.kind in LINKED_KINDS else None for item in row_items]
        if all(found):
            drafts.update(((item.ref, item.kind), same) for item, same in zip(row_items, found))
    return drafts


def _code_key(item: Item) -> tuple | None:
    """What makes a coded hidden row a draft of a visible one: kind, agency and code."""
    return (item.kind, item.agency.lower(), comparison_key(item.code)) if item.code is not None else None


def _name_key(item: Item) -> tuple | None:
    """What makes a codeless hidden row a draft of a visible one: kind, agency and name."""
    name = normalize_name(item.name)
    return (item.kind, item.agency.lower(), "", name) if name else None


def _without(items: list[Item], drafts: _Drafts) -> list[Item]:
    """The items but the drafts; an item under a draft goes under the visible row the draft repeats (and its own
    items take that row's program and kegiatan)."""
    kept: list[Item] = []
    moved: dict[tuple[SourceRef, Kind], Item] = {}
    for item in items:
        if (item.ref, item.kind) in drafts:
            continue
        if item.parent is not None:
            key = (item.parent, Kind.KEGIATAN if item.kind is Kind.SUB_KEGIATAN and (item.kegiatan_code or item.kegiatan_name) else Kind.PROGRAM)
            parent = moved.get(key) or drafts.get(key)
            if parent is not None:
                item = _under(item, moved.get((parent.ref, parent.kind), parent))
                moved[(item.ref, item.kind)] = item
        kept.append(item)
    return kept


def _under(item: Item, parent: Item) -> Item:
    """The item placed under ``parent``."""
    fields = {"program_code": parent.program_code, "program_name": parent.program_name}
    if parent.kind is Kind.KEGIATAN:
        fields.update(kegiatan_code=parent.kegiatan_code, kegiatan_name=parent.kegiatan_name)
    return replace(item, parent=parent.ref, **fields)
