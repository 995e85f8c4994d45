"""A kab/kota plan given in several files (one per perangkat daerah, or its program and kegiatan rows in one and its sub
kegiatan rows in another): its files joined into one plan for comparing (pure)."""

from __future__ import annotations

from dataclasses import replace

from .messages import Count, say
from .codes import kegiatan_of
from .models import LINKED_KINDS, Finding, Item, Kind, Plan, SourceRef
from .values import name_order

PAIRING = "pairing"  # grouping's Finding.kind of the notes on how files were grouped
#: the Finding.kind of the note on a kab/kota that joins its own province's file whatever the order: one console line per province
REGROUPED = "regrouped"
#: the Finding.kind of the note on another year's plan of a government shown under its year: one console line a government
YEAR_LABEL = "year_label"

#: a file sharing more than this share of its item codes with the other files is a copy or revision, not a part
SHARED_CODES = 0.5
#: the share of sub kegiatan rows in a file of them alone, and of program and kegiatan rows in a file of those, when one
#: plan is split by level
LEVEL_SHARE = 0.9


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
    """True for the files of one plan: split by perangkat daerah (agency_parts) or by level (level_parts)."""
    return agency_parts(plans) or level_parts(plans) is not None


def agency_parts(plans: list[Plan]) -> bool:
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


def level_parts(plans: list[Plan]) -> Plan | None:
    """The file of program and kegiatan rows when the others hold sub kegiatan rows alone, most of them coded under its
    kegiatan (one plan split by level); else None."""
    # (a codeless row read as another kind than its file holds does not hide the split)
    shares = [_sub_kegiatan_share(plan) for plan in plans]
    upper = [plan for plan, share in zip(plans, shares) if share <= 1 - LEVEL_SHARE]
    if len(upper) != 1 or sum(1 for share in shares if share >= LEVEL_SHARE) != len(plans) - 1:
        return None
    if repeat_codes([plan for plan in plans if plan is not upper[0]]):
        return None  # (two versions of the sub kegiatan file: added up, every item would count twice)
    kegiatan = _kegiatan_rows(upper[0])
    coded = [item.code for plan in plans if plan is not upper[0] for item in plan.items if item.code is not None]
    under = sum(1 for code in coded if kegiatan_of(code) in kegiatan)
    return upper[0] if coded and under * 2 > len(coded) else None


def _sub_kegiatan_share(plan: Plan) -> float:
    """The share of sub kegiatan among a plan's program, kegiatan and sub kegiatan rows (-1 when it has none)."""
    kinds = [item.kind for item in plan.items if item.kind in LINKED_KINDS]
    return kinds.count(Kind.SUB_KEGIATAN) / len(kinds) if kinds else -1.0


def _kegiatan_rows(plan: Plan) -> dict[str, Item]:
    """A plan's kegiatan rows by their code (the first of a code)."""
    found: dict[str, Item] = {}
    for item in plan.items:
        if item.kind is Kind.KEGIATAN and item.code is not None:
            found.setdefault(item.code.text, item)
    return found


def _under_kegiatan(items: tuple[Item, ...], kegiatan: dict[str, Item]) -> tuple[Item, ...]:
    """The sub kegiatan of a level's file, each without a parent row put under the kegiatan row its code names; a
    codeless one under the kegiatan of the coded rows right above and below it on its sheet, when they name one."""
    codes = [_kegiatan_code(item) for item in items]
    out = []
    for index, item in enumerate(items):
        code = codes[index] if codes[index] is not None else _between(items, codes, index)
        above = kegiatan.get(code) if item.kind is Kind.SUB_KEGIATAN and item.parent is None and code else None
        if above is not None:
            item = replace(item, parent=above.ref, kegiatan_code=above.code_text, kegiatan_name=above.name, program_code=above.program_code,
                           program_name=above.program_name, listed_kegiatan="")  # fmt: skip
        out.append(item)
    return tuple(out)


def _kegiatan_code(item: Item) -> str | None:
    """The kegiatan code of a coded sub kegiatan, else None."""
    code = item.code
    return kegiatan_of(code) if item.kind is Kind.SUB_KEGIATAN and code is not None and len(code.segments) == 6 else None


def _between(items: tuple[Item, ...], codes: list[str | None], index: int) -> str | None:
    """The kegiatan code of the nearest coded sub kegiatan above and below a row on its sheet, when both name the same."""
    sheet = items[index].ref.sheet
    found = []
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(items) and items[at].ref.sheet == sheet and codes[at] is None:
            at += step
        found.append(codes[at] if 0 <= at < len(items) and items[at].ref.sheet == sheet else None)
    return found[0] if found[0] is not None and found[0] == found[1] else None


def _agencies(plan: Plan) -> set[str]:
    """The perangkat daerah a plan's item rows name ('' for a row naming none)."""
    return {" ".join(item.agency.casefold().split()) for item in plan.items if item.kind in LINKED_KINDS}


def joined_plan(parts: list[Plan]) -> Plan:
    """Several files of one plan as one, in the order of their names and named by the first (whatever the order they were
    given in); each row keeps its own file, sheet and row."""
    parts = sorted(parts, key=lambda part: (name_order(part.file), part.path))
    first, upper = parts[0], level_parts(parts)
    kegiatan = _kegiatan_rows(upper) if upper is not None else {}
    return replace(
        first,
        sheets=tuple(sheet for plan in parts for sheet in plan.sheets),
        items=tuple(item for plan in parts for item in (_under_kegiatan(plan.items, kegiatan) if kegiatan and plan is not upper else plan.items)),
        skipped=tuple(row for plan in parts for row in plan.skipped),
        warnings=tuple(warning for plan in parts for warning in plan.warnings),
        rows_read=sum(plan.rows_read for plan in parts),
        parts=tuple(parts),
    )


def _parts_note(plan: Plan) -> Finding:
    """The note naming the files joined into one plan."""
    files, upper = ", ".join(part.file for part in plan.parts), level_parts(list(plan.parts))
    fields = {"count": Count(len(plan.parts)), "government": plan.label, "files": files}
    text = say("grouping.level_parts", **fields, upper=upper.file) if upper is not None else say("grouping.parts", **fields)
    return Finding(SourceRef(plan.file, "", 0), text, kind=PAIRING)
