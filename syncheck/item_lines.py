"""Rows holding the line of the item label above them: the SIPD print form (pure).

SIPD's printed RKPD writes each urusan, bidang, program, kegiatan and sub kegiatan as a label alone in the first
column ('Program : 1.02.02 PROGRAM ...'), and its indicator, target, location, pagu and source on the nameless line
below it. Such a line is the item's own (its amount is the item's amount, not a part of it by place or source):
body_rows folds it into the label row. Two or more nameless lines with amounts under one item are its parts, as
place_rows and source_rows read them.
"""

from __future__ import annotations

from typing import Callable

from .models import SkipReason
from .place_rows import skip_nameless
from .row_record import RowFields
from .sheet_result import SheetResult
from .values import parse_budget


Pending = tuple[int, RowFields]
#: adds a row's texts (and, when told, its amount) to the item row above: body_rows._fold
Fold = Callable[[RowFields, RowFields, int, bool], None]
_LINE_TEXTS = ("location", "indicator", "target", "funding")
# rows that close the item above: a nameless row below them is not its line
_ENDS_AN_ITEM = frozenset({SkipReason.SUBTOTAL, SkipReason.GROUP, SkipReason.RECAP, SkipReason.NOTE, SkipReason.BANNER, SkipReason.HEADER})


def part_row(fields: RowFields, above: object, plan_seen: bool) -> bool:
    """A nameless row holding a place, a funding source beside an amount other than the budget cell of the item row above
    (``above``), or an amount under an item row without one (the print form's line)."""
    budget = fields["budget_raw"]
    if fields["location"]:
        return True
    return budget is not None and ((bool(fields["funding"]) and budget != above) or (above is None and plan_seen))


def fold_lines(pending: list[Pending], found: dict[str, list[RowFields]], result: SheetResult, scale: int, fold: Fold) -> list[Pending]:
    """The rows without the item lines, each read into the item row above it (found['lines']). A nameless row with an
    amount that is no item's line and names no place or source is skipped, with a warning, as any row without a name;
    one naming a place or source is left to place_rows and source_rows."""
    ends = {skipped.ref.row - 1 for skipped in result.skipped if skipped.reason in _ENDS_AN_ITEM}
    kept: list[Pending] = []
    for position, (index, fields) in enumerate(pending):
        if not _nameless(fields) or fields["budget_raw"] is None:
            kept.append((index, fields))
            continue
        below = pending[position + 1][1] if position + 1 < len(pending) else None
        item = kept[-1] if kept and not any(row in ends for row in range(kept[-1][0] + 1, index)) else None
        if item is not None and (below is None or not _nameless(below)) and _line_of(item[1], fields, scale):
            fold(item[1], {**fields, "name": ""}, scale, True)
            found.setdefault("lines", []).append(fields)
        elif fields["location"] or fields["funding"]:
            kept.append((index, fields))
        else:
            skip_nameless(fields, result)
    return kept


def _nameless(fields: RowFields) -> bool:
    """A row with neither a name nor a code."""
    return not fields["name"] and fields["code"] is None and not fields["code_raw"]


def _line_of(item: RowFields, fields: RowFields, scale: int) -> bool:
    """True when a nameless row is the line of the item row above: the item row is a label alone, with no amount and
    none of the texts a line holds (a sub kegiatan row with its place but no pagu yet, above the kegiatan's unlabelled
    subtotal, is no label: the subtotal is not its amount), and the agency it names is the row's."""
    amount, problem = parse_budget(item["budget_raw"], scale)
    if amount or problem or _nameless(item) or any(item[role] for role in _LINE_TEXTS):
        return False
    return not (fields["agency"] and item["agency"] and fields["agency"] != item["agency"])
