"""A kab/kota plan given one file per perangkat daerah: its files joined into one plan for comparing (pure)."""

from __future__ import annotations

from dataclasses import replace

from .messages import Count, say
from .models import LINKED_KINDS, Finding, Plan, SourceRef
from .values import name_order

PAIRING = "pairing"  # grouping's Finding.kind of the notes on how files were grouped
#: the Finding.kind of the note on a kab/kota that joins its own province's file whatever the order: one console line per province
REGROUPED = "regrouped"

#: a file sharing more than this share of its item codes with the other files is a copy or revision, not a part
SHARED_CODES = 0.5


def joined_parts(group: list[Plan]) -> tuple[list[Plan], list[Finding]]:
    """The group with the kab/kota files of one government and year that are parts of one plan (are_parts) joined into
    one plan where the first stood, each joining noted; every other file as given. The group's head is never joined."""
    by_government: dict[tuple[str, int | None], list[int]] = {}
    for position, plan in enumerate(group[1:], 1):
        by_government.setdefault((name_key(plan), plan.year), []).append(position)
    joined = {positions[0]: positions for positions in by_government.values() if len(positions) > 1 and are_parts([group[at] for at in positions])}
    dropped = {at for positions in joined.values() for at in positions[1:]}
    out: list[Plan] = []
    notes: list[Finding] = []
    for position, plan in enumerate(group):
        if position in joined:
            plan = joined_plan([group[at] for at in joined[position]])
            notes.append(_parts_note(plan))
        if position not in dropped:
            out.append(plan)
    return out, notes


def name_key(plan: Plan) -> str:
    """A government's name as two files of it are told to be one: case and spacing aside."""
    return " ".join(plan.label.casefold().split())


def are_parts(plans: list[Plan]) -> bool:
    """True when every file's item rows name perangkat daerah, none named in another of the files, and no file shares
    most of its item codes with the others (that would be a copy or a revision)."""
    agencies = [_agencies(plan) for plan in plans]
    if any(not found or "" in found for found in agencies):
        return False
    if sum(len(found) for found in agencies) != len(set().union(*agencies)):
        return False
    return not repeat_codes(plans)


def repeat_codes(plans: list[Plan]) -> bool:
    """True when a file shares most of its item codes with the others: a copy or a revision, not a part of one plan."""
    codes = [{item.code_text for item in plan.items if item.kind in LINKED_KINDS and item.code_text} for plan in plans]
    for index, own in enumerate(codes):
        others = set().union(*(other for at, other in enumerate(codes) if at != index))
        if own and len(own & others) > SHARED_CODES * len(own):
            return True
    return False


def _agencies(plan: Plan) -> set[str]:
    """The perangkat daerah a plan's item rows name ('' for a row naming none)."""
    return {" ".join(item.agency.casefold().split()) for item in plan.items if item.kind in LINKED_KINDS}


def joined_plan(parts: list[Plan]) -> Plan:
    """Several files of one plan as one, in the order of their names and named by the first (whatever the order they were
    given in); each row keeps its own file, sheet and row."""
    parts = sorted(parts, key=lambda part: (name_order(part.file), part.path))
    first = parts[0]
    return replace(
        first,
        sheets=tuple(sheet for plan in parts for sheet in plan.sheets),
        items=tuple(item for plan in parts for item in plan.items),
        skipped=tuple(row for plan in parts for row in plan.skipped),
        warnings=tuple(warning for plan in parts for warning in plan.warnings),
        rows_read=sum(plan.rows_read for plan in parts),
        parts=tuple(parts),
    )


def _parts_note(plan: Plan) -> Finding:
    """The note naming the files joined into one plan."""
    files = ", ".join(part.file for part in plan.parts)
    text = say("grouping.parts", count=Count(len(plan.parts)), government=plan.label, files=files)
    return Finding(SourceRef(plan.file, "", 0), text, kind=PAIRING)
