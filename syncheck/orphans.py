"""Items whose parent row is on another sheet: a plan split into one sheet per level, each row with its full code (pure)."""

from __future__ import annotations

from dataclasses import replace

from .models import Item, Kind
from .sheet_choice import stated_agency

_PARENT_DEPTH = {Kind.KEGIATAN: 3, Kind.SUB_KEGIATAN: 5}


def adopt_orphans(items: list[Item]) -> list[Item]:
    """The items, each coded kegiatan or sub kegiatan of a sheet holding that level alone, with no row above it, given
    the program or kegiatan its code names (of the agency it states, if any): linking compares children under linked
    parents."""
    orphans = [index for index, item in enumerate(items) if item.parent is None and item.code is not None and item.kind in _PARENT_DEPTH]
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
        wanted = item.code.segments[: _PARENT_DEPTH[item.kind]]
        # a row of another agency than the row its code names is no child of it (flat.py: a new agency's own parents)
        agency = stated_agency(item)
        parent = parents.get((wanted, agency if agency else None))
        if parent is not None:
            adopted[index] = _under(item, parent)
            if item.kind is Kind.KEGIATAN:
                for key in ((item.code.segments, agency), (item.code.segments, None)):
                    if parents.get(key) is item:
                        parents[key] = adopted[index]
    return adopted


def _under(item: Item, parent: Item) -> Item:
    """The item placed under its parent row, with the program (and kegiatan) it carries."""
    if item.kind is Kind.KEGIATAN:
        return replace(item, parent=parent.ref, program_code=parent.program_code, program_name=parent.program_name)
    return replace(
        item, parent=parent.ref, program_code=parent.program_code, program_name=parent.program_name,
        kegiatan_code=parent.kegiatan_code, kegiatan_name=parent.kegiatan_name,
    )  # fmt: skip


def reparent_by_code(items: list[Item]) -> tuple[list[Item], list[Item]]:
    """The items with each coded kegiatan or sub kegiatan that stands apart from its parent row (added at the end of its
    agency, or above it) placed under the row its code names on its sheet, in its agency; and the items so placed.

    A row whose code alone disagrees is kept where it stands: the row its code names already has a child of that code,
    or (a kegiatan) its own sub kegiatan are coded under the program above it. Such a code is a typo, not a moved row.
    """
    by_ref = {item.ref: item for item in items}
    apart = [item for item in items if item.code is not None and item.kind in _PARENT_DEPTH and _apart(item, by_ref)]
    if not apart:  # (nearly every plan: the rest is for the few that need it)
        return items, []
    named = _named_parents(items)
    codes_under: dict[object, set[tuple[str, ...]]] = {}
    for item in items:
        if item.parent is not None and item.code is not None:
            codes_under.setdefault(item.parent, set()).add(item.code.segments)
    moved: list[Item] = []
    # kegiatan first: a sub kegiatan takes its program from its kegiatan (a row's parent code never changes)
    for item in sorted(apart, key=lambda item: item.kind is Kind.SUB_KEGIATAN):
        target = _named_parent(by_ref[item.ref], by_ref, named, codes_under)
        if target is not None:
            by_ref[item.ref] = _under(by_ref[item.ref], by_ref[target])
            moved.append(by_ref[item.ref])
    if not moved:
        return items, []
    return [_refreshed(by_ref[item.ref], by_ref) for item in items], moved


def _named_parents(items: list[Item]) -> dict[tuple, list[object]]:
    """The refs of the coded programs and kegiatan of each sheet, agency and code."""
    named: dict[tuple, list[object]] = {}
    for item in items:
        if item.code is not None and item.kind in (Kind.PROGRAM, Kind.KEGIATAN):
            named.setdefault((item.ref.sheet, stated_agency(item), item.code.segments), []).append(item.ref)
    return named


def _apart(item: Item, by_ref: dict) -> bool:
    """True when a coded item has no parent row, or one coded otherwise than its own code names."""
    current = by_ref.get(item.parent) if item.parent is not None else None
    return current is None or (current.code is not None and current.code.segments != item.code.segments[: _PARENT_DEPTH[item.kind]])


def _named_parent(item: Item, by_ref: dict, named: dict, codes_under: dict):
    """The ref of the one row the item's code names when the item stands apart from it, else None."""
    wanted = item.code.segments[: _PARENT_DEPTH[item.kind]]
    current = by_ref.get(item.parent) if item.parent is not None else None
    found = named.get((item.ref.sheet, stated_agency(item), wanted), [])
    if len(found) != 1 or item.code.segments in codes_under.get(found[0], ()):
        return None
    if item.kind is Kind.KEGIATAN and current is not None and _children_follow(item, current, codes_under):
        return None
    return found[0]


def _children_follow(kegiatan: Item, program: Item, codes_under: dict) -> bool:
    """True when the kegiatan's own sub kegiatan are coded under the program above it: the kegiatan's code is the odd one."""
    codes = codes_under.get(kegiatan.ref, set())
    return bool(codes) and all(code[:3] == program.code.segments for code in codes)


def _refreshed(item: Item, by_ref: dict) -> Item:
    """A sub kegiatan under a kegiatan that was placed under another program carries that program."""
    parent = by_ref.get(item.parent) if item.kind is Kind.SUB_KEGIATAN and item.parent is not None else None
    if parent is None or parent.kind is not Kind.KEGIATAN or parent.program_code == item.program_code:
        return item
    return _under(item, parent)
