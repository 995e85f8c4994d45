"""Items whose parent row is on another sheet: a plan split into one sheet per level, each row with its full code (pure)."""

from __future__ import annotations

from dataclasses import replace

from .models import Item, Kind
from .sheet_choice import stated_agency

PARENT_DEPTH = {Kind.KEGIATAN: 3, Kind.SUB_KEGIATAN: 5}


def adopt_orphans(items: list[Item]) -> list[Item]:
    """The items, each coded kegiatan or sub kegiatan of a sheet holding that level alone, with no row above it, given
    the program or kegiatan its code names (of the agency it states, if any): linking compares children under linked
    parents."""
    orphans = [index for index, item in enumerate(items) if item.parent is None and item.code is not None and item.kind in PARENT_DEPTH]
    if not orphans:
        return items
    # only a sheet of one level is a level's part of the plan: a sheet per agency holds all its levels itself
    kinds_of: dict[str, set[Kind]] = {}
    for item in items:
        kinds_of.setdefault(item.ref.sheet, set()).add(item.kind)
    orphans = [index for index in orphans if len(kinds_of[items[index].ref.sheet]) == 1]
    parents: dict[tuple[tuple[str, ...], str | None], Item] = {}
    for item in items:
        if item.code is not None and item.kind in (Kind.PROGRAM, Kind.KEGIATAN):
            parents.setdefault((item.code.segments, stated_agency(item)), item)
            parents.setdefault((item.code.segments, None), item)
    adopted = list(items)
    # kegiatan first: a sub kegiatan takes its program from its kegiatan once that kegiatan has one
    for index in sorted(orphans, key=lambda index: items[index].kind is Kind.SUB_KEGIATAN):
        item = items[index]
        wanted = item.code.segments[: PARENT_DEPTH[item.kind]]
        # a row of another agency than the row its code names is no child of it (flat.py: a new agency's own parents)
        agency = stated_agency(item)
        parent = parents.get((wanted, agency if agency else None))
        if parent is not None:
            adopted[index] = placed_under(item, parent)
            if item.kind is Kind.KEGIATAN:
                for key in ((item.code.segments, agency), (item.code.segments, None)):
                    if parents.get(key) is item:
                        parents[key] = adopted[index]
    return adopted


def placed_under(item: Item, parent: Item) -> Item:
    """The item placed under its parent row, with the program (and kegiatan) it carries."""
    if item.kind is Kind.KEGIATAN:
        return replace(item, parent=parent.ref, program_code=parent.program_code, program_name=parent.program_name)
    return replace(
        item, parent=parent.ref, program_code=parent.program_code, program_name=parent.program_name,
        kegiatan_code=parent.kegiatan_code, kegiatan_name=parent.kegiatan_name,
    )  # fmt: skip
