"""Rows naming a funding source of the item above instead of an item: one row per source, each with its part (pure).

Lampiran write the parts of a sub kegiatan funded from several sources on rows of their own under it: the source in
the funding column alone beside its amount, or as a list entry in the name column ('- DAK Fisik', '- DAU'). Such a row
is no item: body_rows folds it into the item above, its source joined to the item's funding and its amount added
where a sub kegiatan has none of its own (the parts are then its budget).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .budget_columns import FUNDING_SOURCE
from .models import Kind
from .normalize import without_list_marker
from .place_rows import skip_nameless
from .values import parse_budget

if TYPE_CHECKING:
    from .classify import SheetResult

Pending = tuple[int, dict]
#: adds a row's texts (and, when told, its amount) to the item row above: body_rows._fold
Fold = Callable[[dict, dict, int, bool], None]
#: the kind a codeless row's column or name gives it, else None
KindOf = Callable[[dict], "Kind | None"]
#: the most words a source's name has ('DAK Fisik Bidang Kesehatan'); an unmarked one, fewer ('DAU', 'DBH Pajak')
_LISTED_WORDS = 4
_BARE_WORDS = 3


def source_of_row(fields: dict) -> str | None:
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
    pending: list[Pending], found: dict[str, list[dict]], result: SheetResult, scale: int, fold: Fold, kind_of: KindOf
) -> list[Pending]:
    """The rows without the funding-source rows, each read into the item above it: its source joined to the item's
    funding, its amount added to a sub kegiatan (or a codeless row of no kind yet) that has none of its own. A source
    row with no item above is skipped (a nameless one with a warning, as any row without a name)."""
    kept: list[Pending] = []
    for index, fields in pending:
        source = source_of_row(fields)
        if source is None:
            kept.append((index, fields))
            continue
        item = kept[-1][1] if kept else None
        if item is None and not fields["name"]:
            skip_nameless(fields, result)
            continue
        found.setdefault("sources", []).append(fields)
        if item is None:
            continue
        sub = (item["code"].kind if item["code"] is not None else kind_of(item)) in (Kind.SUB_KEGIATAN, None)
        add = item.setdefault("amount_from_sources", sub and not parse_budget(item["budget_raw"], scale)[0])
        funding = ", ".join(dict.fromkeys(part for part in (*item["funding"].split(", "), source) if part))
        fold(item, {**fields, "name": "", "funding": ""}, scale, add)
        item["funding"] = funding
    return kept
