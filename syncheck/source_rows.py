"""Rows naming a funding source of the item above instead of an item: one row per source, each with its part (pure).

Lampiran write the parts of a sub kegiatan funded from several sources on rows of their own under it: the source in
the funding column alone beside its amount, or as a list entry in the name column ('- DAK Fisik', '- DAU'). Such a row
is no item: body_rows folds it into the item above, its source joined to the item's funding and its amount added
where a sub kegiatan has none of its own (the parts are then its budget).
"""

from __future__ import annotations

from typing import Callable

from .budget_columns import FUNDING_SOURCE
from .models import Kind, SkipReason
from .normalize import without_list_marker
from .place_rows import parts_add_up, skip_nameless
from .row_record import RowFields
from .sheet_result import SheetResult
from .values import parse_budget


Pending = tuple[int, RowFields]
#: adds a row's texts (and, when told, its amount) to the item row above: body_rows._fold
Fold = Callable[[RowFields, RowFields, int, bool], None]
#: the kind a codeless row's column or name gives it, else None
KindOf = Callable[[RowFields], "Kind | None"]
#: the most words a source's name has ('DAK Fisik Bidang Kesehatan'); an unmarked one, fewer ('DAU', 'DBH Pajak')
_LISTED_WORDS = 4
_BARE_WORDS = 3
# rows that close the item above: a source row below them is not its part (a recap by source under the total)
_ENDS_AN_ITEM = frozenset({SkipReason.SUBTOTAL, SkipReason.GROUP, SkipReason.RECAP, SkipReason.NOTE, SkipReason.BANNER, SkipReason.HEADER})


def source_of_row(fields: RowFields) -> str | None:
    """The funding source a codeless row names instead of an item: in the funding column beside an amount under no
    name, or in the name column alone ('- DAU', 'DAK Fisik'); None for any other row."""
    if fields["code"] is not None or fields["code_raw"] or fields["location"]:
        return None
    name = fields["name"]
    if not name:
        return fields["funding"] or None if fields["budget_raw"] is not None else None
    entry = without_list_marker(name)
    words = len(entry.split())
    if not FUNDING_SOURCE.match(entry) or words > (_LISTED_WORDS if entry != name.strip() else _BARE_WORDS):
        return None
    return entry


def fold_sources(
    pending: list[Pending], found: dict[str, list[RowFields]], result: SheetResult, scale: int, fold: Fold, kind_of: KindOf
) -> list[Pending]:
    """The rows without the funding-source rows, each read into the item above it: its source joined to the item's
    funding, its amount added to a sub kegiatan (or a codeless row of no kind yet) that has none of its own. Rows are
    parts only right under their item (no total or heading row between) and when their amounts add up to its own;
    else a named one is an item ('Hibah KONI', 'Dana Desa' with amounts of their own) and a nameless one is skipped,
    with a warning, as any row without a name."""
    ends = {skipped.ref.row - 1 for skipped in result.skipped if skipped.reason in _ENDS_AN_ITEM}
    kept: list[Pending] = []
    position = 0
    while position < len(pending):
        end = position
        while end < len(pending) and source_of_row(pending[end][1]) is not None:
            end += 1
        if end == position:
            kept.append(pending[position])
            position += 1
            continue
        run = pending[position:end]
        item = kept[-1] if kept and not any(row in ends for row in range(kept[-1][0] + 1, run[0][0])) else None
        if item is not None and parts_add_up(item[1], [fields for _, fields in run], scale):
            for _, fields in run:
                _fold_source(item[1], fields, found, scale, fold, kind_of)
        else:
            for index, fields in run:
                if fields["name"]:
                    kept.append((index, fields))
                else:
                    skip_nameless(fields, result)
        position = end
    return kept


def _fold_source(item: RowFields, fields: RowFields, found: dict[str, list[RowFields]], scale: int, fold: Fold, kind_of: KindOf) -> None:
    """One source row read into its item: the source joined to its funding, the amount added where it has none."""
    found.setdefault("sources", []).append(fields)
    sub = (item["code"].kind if item["code"] is not None else kind_of(item)) in (Kind.SUB_KEGIATAN, None)
    add = item.setdefault("amount_from_sources", sub and not parse_budget(item["budget_raw"], scale)[0])
    funding = ", ".join(dict.fromkeys(part for part in (*item["funding"].split(", "), source_of_row(fields)) if part))
    fold(item, {**fields, "name": "", "funding": ""}, scale, add)
    item["funding"] = funding
