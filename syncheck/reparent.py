"""Rows that stand apart from their parent rows (added at the end of their agency, above their parent, or a plan written
level by level) placed under the rows their codes name (pure)."""

from __future__ import annotations

from .models import Item, Kind
from .orphans import PARENT_DEPTH, placed_under
from .sheet_choice import stated_agency


def reparent_by_code(items: list[Item]) -> tuple[list[Item], list[Item]]:
    """The items with each coded kegiatan or sub kegiatan that stands apart from its parent row placed under the row its
    code names on its sheet, in its agency; and the items so placed.

    A row whose code alone disagrees is kept where it stands, as a typo: among siblings coded under its parent; under
    a parent whose coded children all name one other row (the parent's own code is the typo); when the row its code
    names already has a child of that code; or (a kegiatan) when its own sub kegiatan are coded under the program above.
    """
    by_ref = {item.ref: item for item in items}
    apart = [position for position, item in enumerate(items) if item.code is not None and item.kind in PARENT_DEPTH and _apart(item, by_ref)]
    if not apart:  # (nearly every plan: the rest is for the few that need it)
        return items, []
    named = _named_parents(items)
    children: dict[object, list[Item]] = {}
    for item in items:
        if item.parent is not None and item.code is not None:
            children.setdefault(item.parent, []).append(item)
    named_codes = _named_codes(items, [by_ref.get(items[position].parent) for position in apart])
    moved: list[Item] = []
    # kegiatan first: a sub kegiatan takes its program from its kegiatan (a row's parent code never changes)
    for position in sorted(apart, key=lambda position: items[position].kind is Kind.SUB_KEGIATAN):
        item = items[position]
        target = _named_parent(by_ref[item.ref], by_ref, named, children, named_codes)
        if target is not None and not _typo_in_place(item, _neighbours(items, position), by_ref, children, target):
            by_ref[item.ref] = placed_under(by_ref[item.ref], by_ref[target])
            moved.append(by_ref[item.ref])
    if not moved:
        return items, []
    moved_refs = {item.ref for item in moved}
    placed = [_refreshed(by_ref[item.ref], by_ref) for item in items]
    return placed, [item for item in placed if item.ref in moved_refs]  # (in the plan's order: a warning names the first)


def _named_parents(items: list[Item]) -> dict[tuple, list[object]]:
    """The refs of the coded programs and kegiatan of each sheet, agency and code."""
    named: dict[tuple, list[object]] = {}
    for item in items:
        if item.code is not None and item.kind in (Kind.PROGRAM, Kind.KEGIATAN):
            named.setdefault(_key(item, item.code.segments), []).append(item.ref)
    return named


def _key(item: Item, code: tuple[str, ...]) -> tuple:
    """A code as a row of the item's sheet and agency names it."""
    return item.ref.sheet, stated_agency(item), code


def _named_codes(items: list[Item], parents: list[Item | None]) -> set[tuple]:
    """Which of these parent rows some row's code names as its parent: (sheet, agency, code)."""
    wanted = {parent.code.segments for parent in parents if parent is not None and parent.code is not None}
    return {_key(item, prefix) for item in items if item.code is not None and item.kind in PARENT_DEPTH
            and (prefix := item.code.segments[: PARENT_DEPTH[item.kind]]) in wanted}  # fmt: skip


def _neighbours(items: list[Item], position: int) -> tuple[Item | None, Item | None]:
    """The item rows just above and below an item on its sheet."""
    sheet = items[position].ref.sheet
    above = items[position - 1] if position and items[position - 1].ref.sheet == sheet else None
    below = items[position + 1] if position + 1 < len(items) and items[position + 1].ref.sheet == sheet else None
    return above, below


def _apart(item: Item, by_ref: dict) -> bool:
    """True when a coded item has no parent row, or one coded otherwise than its own code names."""
    current = by_ref.get(item.parent) if item.parent is not None else None
    return current is None or (current.code is not None and current.code.segments != item.code.segments[: PARENT_DEPTH[item.kind]])


def _named_parent(item: Item, by_ref: dict, named: dict, children: dict, named_codes: set[tuple]):
    """The ref of the one row the item's code names when the item stands apart from it and its code is no typo, else None."""
    wanted = item.code.segments[: PARENT_DEPTH[item.kind]]
    current = by_ref.get(item.parent) if item.parent is not None else None
    found = named.get(_key(item, wanted), [])
    if len(found) != 1 or any(child.code.segments == item.code.segments for child in children.get(found[0], ())):
        return None
    if current is not None and _parent_miscoded(item, current, children, wanted, named_codes):
        return None
    if item.kind is Kind.KEGIATAN and current is not None and _children_follow(item, current, children):
        return None
    return found[0]


def _parent_miscoded(item: Item, current: Item, children: dict, wanted: tuple[str, ...], named_codes: set[tuple]) -> bool:
    """True when no row's code names the item's parent row (``named_codes``) and every coded child of the item's kind
    under it names the same other row: the parent's code is the odd one."""
    depth = PARENT_DEPTH[item.kind]
    if _key(current, current.code.segments) in named_codes:
        return False  # (its own children stand elsewhere: rows written after their parent, or before it)
    return all(child.code.segments[:depth] == wanted for child in children.get(current.ref, ()) if child.kind is item.kind)


def _typo_in_place(item: Item, neighbours: tuple[Item | None, Item | None], by_ref: dict, children: dict, target: object) -> bool:
    """True when the row its code names has children of its kind where it stands (a plan written level by level, or
    children before their parent, leaves it none), and the item sits in its own parent's run: that row stands below
    it, or the rows around it are its parent or siblings, then a sibling or the next program or kegiatan of its agency
    (a row added at the end of its agency has another agency, or nothing, below it)."""
    if item.parent is None or not any(child.kind is item.kind and not _apart(child, by_ref) for child in children.get(target, ())):
        return False
    if target.row > item.ref.row:
        return True
    above, below = neighbours
    if _sibling(above, item, by_ref) is False or below is None:
        return False
    return bool(_sibling(below, item, by_ref)) or (below.kind in (Kind.PROGRAM, Kind.KEGIATAN) and stated_agency(below) == stated_agency(item))


def _sibling(other: Item | None, item: Item, by_ref: dict) -> bool | None:
    """True for a row of the item's kind coded under the item's parent, None for that parent itself, else False."""
    if other is None:
        return False
    if other.ref == item.parent:
        return None
    return other.kind is item.kind and other.parent == item.parent and other.code is not None and not _apart(other, by_ref)


def _children_follow(kegiatan: Item, program: Item, children: dict) -> bool:
    """True when the kegiatan's own sub kegiatan are coded under the program above it: the kegiatan's code is the odd one."""
    codes = [child.code.segments for child in children.get(kegiatan.ref, ())]
    return bool(codes) and all(code[:3] == program.code.segments for code in codes)


def _refreshed(item: Item, by_ref: dict) -> Item:
    """A sub kegiatan under a kegiatan that was placed under another program carries that program."""
    parent = by_ref.get(item.parent) if item.kind is Kind.SUB_KEGIATAN and item.parent is not None else None
    if parent is None or parent.kind is not Kind.KEGIATAN or parent.program_code == item.program_code:
        return item
    return placed_under(item, parent)
