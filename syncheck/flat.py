"""Flat layouts: one row per sub kegiatan, with code and/or name columns per level (SIPD data exports).

A flat row such as ``1.02.02 | PROGRAM ... | 1.02.02.2.01 | Penyediaan ... | 1.02.02.2.01.0001 | Pembangunan ...``
holds three items. The header names the level of each column ('Kode Program', 'nama_sub_giat', 'Kegiatan'),
and the rows fill the columns of several levels; each row becomes its own (deepest) item, and the parents
above it are made once per distinct code (or name when codeless) within the agency, where they first appear.
The same per-level columns also serve tables where each row fills only its own level ('Kode Program |
Kode Kegiatan | Kode Sub Kegiatan | Uraian'): the parents of such a row are the rows above it. A code may be
written as its own level's part alone ('15' under urusan 2, '02' under bidang 2.15): the rest of the code above.
Urusan and bidang columns only complete the codes below them, and head the rows that fill nothing below them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from .codes import is_code_piece, parse_code, split_glued, without_own_code
from .messages import Count, say
from .models import Code, Finding, Item, Kind, Skipped, SkipReason
from .row_record import LevelCell, RowFields
from .sheet_result import SheetResult
from .values import cell_text, is_filled


#: the levels a flat row holds items of, top to bottom; urusan and bidang columns are context (and a row's own heading)
ITEM_LEVELS = (Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN)
_HEADINGS = (Kind.URUSAN, Kind.BIDANG)
#: the levels whose codes the codes below them continue, top to bottom
_CODE_LEVELS = (*_HEADINGS, Kind.PROGRAM, Kind.KEGIATAN)
_ABOVE = {Kind.BIDANG: Kind.URUSAN, Kind.PROGRAM: Kind.BIDANG, Kind.KEGIATAN: Kind.PROGRAM, Kind.SUB_KEGIATAN: Kind.KEGIATAN}
# a kegiatan number Excel showed without its trailing zero ('2.1' for 2.10)
_SHORT_NUMBER = re.compile(r"\d\.\d")
_ALL_LEVELS = ("urusan", "bidang", "program", "kegiatan", "sub_kegiatan")
#: the level each kind of item is named by in a column's role ('code_bidang')
_ROLE_LEVEL = dict(zip((*_HEADINGS, *ITEM_LEVELS), _ALL_LEVELS))
LEVEL_ROLES = frozenset(f"{part}_{level}" for part in ("code", "name") for level in _ALL_LEVELS)
AGENCY_CODE_ROLE = "agency_code"

# 'sub kegiatan' before 'kegiatan' and 'bidang urusan' before 'urusan': each match is taken out of the label
_LEVEL_WORDS = (
    # (and the English of plans made for donors and reports: 'Activity', 'Sub-activity')
    ("sub_kegiatan", re.compile(r"\bsub\s*-?\s*(?:kegiatan|giat|keg|activit(?:y|ies))\b|\bsub(?:kegiatan|giat)\b")),
    ("kegiatan", re.compile(r"\b(?:kegiatan|giat|keg|activit(?:y|ies))\b")),
    ("program", re.compile(r"\b(?:program|prog|prg)\b")),
    # (narrow split-code columns shorten the labels: 'Urs | Bid | Prog | Keg | Sub Keg')
    ("bidang", re.compile(r"\b(?:bidang(?:\s+urusan)?|bid)\b")),
    ("urusan", re.compile(r"\b(?:urusan|urs)\b")),
)
_CODE_WORD = re.compile(r"\b(?:kode|kd|code)\b")


@dataclass(frozen=True)
class LevelColumns:
    """The code and name columns of one item level (either may be missing)."""

    kind: Kind
    code: int | None
    name: int | None
    more: tuple[int, ...] = ()  # further code columns: the kegiatan's number beside its level digit

    @property
    def first(self) -> int:
        """The level's leftmost column: where its parent items are said to come from."""
        return min(col for col in (self.code, self.name) if col is not None)


@dataclass(frozen=True)
class FlatLayout:
    """The per-level columns of a sheet, top level first (urusan and bidang too), and the agency code column if any."""

    levels: tuple[LevelColumns, ...]
    agency_code: int | None = None


# --- the header: which columns are per-level code or name columns -------------------------------


def _levels_in(label: str) -> list[str]:
    """The levels a header label names ('kode sub giat' -> ['sub_kegiatan'])."""
    text = label.lower().replace("_", " ")
    found = []
    for level, pattern in _LEVEL_WORDS:
        text, count = pattern.subn(" ", text)
        if count:
            found.append(level)
    return found


def _level_role(stack: list[str], role: str | None) -> str | None:
    """'code_<level>' or 'name_<level>' for a per-level column, else None.

    'Kode Program' or 'Program' over 'Kode' is the program's code column; 'Kode' over 'Program' is the
    program part of a split code, which stays a code column.
    """
    if role not in ("code", "name") or not stack:
        return None
    lowest, upper = stack[-1].lower().replace("_", " "), [part.lower() for part in stack[:-1]]
    levels = _levels_in(lowest)
    if len(levels) > 1 or (levels and any(_CODE_WORD.search(part) for part in upper)):
        return None
    part = "code" if _CODE_WORD.search(lowest) else "name"
    if not levels:
        above = [_levels_in(text) for text in upper if not _CODE_WORD.search(text)]
        levels = above[-1] if above else []
        if len(levels) != 1:
            return None
    return f"{part}_{levels[0]}"


def level_roles(stacks: dict[int, list[str]], roles: dict[int, str], body: tuple[tuple[object, ...], ...]) -> dict[int, str]:
    """The roles with per-level code and name columns marked, when the sheet is laid out by level."""
    pieces = _code_piece_columns(stacks, roles, body)
    if pieces is not None and not _one_level_per_row(body, pieces):
        return {**roles, **dict.fromkeys(pieces, "code")}
    if pieces is not None:  # each row fills its own level's piece only: per-level codes, each the rest of the code above it
        found = {col: f"code_{level}" for col, level in pieces.items()}
    else:
        found = {col: role for col in sorted(stacks) if (role := _level_role(stacks[col], roles.get(col)))}
    items: dict[str, set[str]] = {"code": set(), "name": set()}
    for role in found.values():
        part, level = role.split("_", 1)
        if level in ("program", "kegiatan", "sub_kegiatan"):
            items[part].add(level)
    # names alone ('Program | Kegiatan | Sub Kegiatan') are also the indented layout, one level filled per row
    by_code = len(items["code"]) >= 2
    if not by_code and not (len(items["name"]) >= 2 and _rows_fill_several_levels(found, body)):
        return roles
    agency_codes = {col: AGENCY_CODE_ROLE for col, role in roles.items()
                    if role == "agency" and _CODE_WORD.search(stacks[col][-1].lower().replace("_", " "))}
    return {**roles, **found, **agency_codes}


def _code_piece_columns(stacks: dict[int, list[str]], roles: dict[int, str], body: tuple[tuple[object, ...], ...]) -> dict[int, str] | None:
    """The level of each column of a code written in pieces, one column per level beside a name column of its own, else None.

    'Urusan | Bidang Urusan | Program | Kegiatan | Sub Kegiatan | Nomenklatur' (or 'Kode Urusan | Kode Bidang ...', or 'Kode'
    over the levels) over '1 | 02 | 02 | 2.01 | 0002 | Pembangunan ...' spells one code over five columns; the same labels
    over names are per-level name columns.
    """
    # a level label under a group label ('Jumlah', 'Target Kinerja', 'Pagu') heads counts, targets or amounts per level
    levelled = {col: levels[0] for col in stacks if roles.get(col) in (None, "name", "code") and len(levels := _levels_in(stacks[col][-1])) == 1
                and all(_levels_in(label) or "kode" in label.lower() for label in stacks[col][:-1])}
    if not any(role == "name" and col not in levelled for col, role in roles.items()):
        return None  # no name column of its own ('Uraian', 'Nomenklatur'): the level columns hold the names
    held = {col: _holds_code_pieces(body, col) for col in levelled}
    pieces = sorted(col for col, holds in held.items() if holds)
    # every item level column holds code pieces (or nothing yet), never a name; and a code starts with its urusan
    # and bidang: 'Program | Kegiatan | Sub Kegiatan' of small numbers are counts ('3 | 12 | 40'), no code
    if not {"urusan", "bidang"} <= {levelled[col] for col in pieces} or any(held[col] is False for col, level in levelled.items() if level not in ("urusan", "bidang")):
        return None
    span = range(pieces[0], pieces[-1] + 1)
    if any(role == "code" and col not in span for col, role in roles.items()):
        return None  # a code column of its own ('Kode'): the level columns beside it hold names
    # between the level columns only unlabelled ones ('Level' holding the 2 of '2.01', a blank under 'Kode') may stand, holding pieces too
    if len(span) > 6 or any(col not in pieces and (roles.get(col) not in (None, "code") or col in levelled or _holds_code_pieces(body, col) is False)
                            for col in span):
        return None
    # (an unlabelled column holds the other half of the kegiatan's piece: its level digit, or its number)
    return {col: levelled.get(col, "kegiatan") for col in span}


def _one_level_per_row(body: tuple[tuple[object, ...], ...], pieces: dict[int, str]) -> bool:
    """True when rows fill their own level's piece alone ('02' on the program's row), not the pieces above it too."""
    alone = several = 0
    for row in body:
        filled = {level for col, level in pieces.items() if col < len(row) and is_filled(row[col])}
        if len(filled) > 1:
            several += 1
        elif filled and filled != {"urusan"}:
            alone += 1
    return alone > several


def _holds_code_pieces(body: tuple[tuple[object, ...], ...], col: int) -> bool | None:
    """True when (nearly) all filled cells of a column are code pieces ('1', '02', '2.01'), None when none is filled."""
    values = [row[col] for row in body if col < len(row) and is_filled(row[col])]
    if not values:
        return None
    odd = sum(1 for value in values if not is_code_piece(value))
    return odd <= len(values) // 10


def _rows_fill_several_levels(found: dict[int, str], body: tuple[tuple[object, ...], ...]) -> bool:
    """True when rows fill the name columns of several levels, not one level per row as an indented table does."""
    names = [col for col, role in found.items() if role.startswith("name_") and not role.endswith(("urusan", "bidang"))]
    deepest = max(names, key=lambda col: ITEM_LEVELS.index(Kind(found[col].split("_", 1)[1])))
    several = parent_alone = 0
    for row in body:
        filled = [col for col in names if col < len(row) and is_filled(row[col])]
        if len(filled) >= 2:
            several += 1
        elif len(filled) == 1 and filled[0] != deepest:
            parent_alone += 1
    return several > 0 and several >= parent_alone


def layout_of(roles: dict[int, str]) -> FlatLayout | None:
    """The per-level columns of a header's roles, or None for every other layout."""
    if not any(role in LEVEL_ROLES for role in roles.values()):
        return None
    by_role = {role: col for col, role in sorted(roles.items(), reverse=True)}  # leftmost column wins
    levels = tuple(
        LevelColumns(kind, by_role.get(f"code_{level}"), by_role.get(f"name_{level}"),
                     tuple(col for col, role in sorted(roles.items()) if role == f"code_{level}" and col != by_role.get(f"code_{level}")))
        for kind, level in _ROLE_LEVEL.items()
        if f"code_{level}" in by_role or f"name_{level}" in by_role
    )
    if not any(level.kind in ITEM_LEVELS for level in levels):
        return None
    return FlatLayout(levels, by_role.get(AGENCY_CODE_ROLE))


# --- a row: the levels it fills ----------------------------------------------------------------------


def add_levels(fields: RowFields, row: tuple[object, ...], layout: FlatLayout) -> None:
    """Add the row's filled levels to its fields; its own (deepest) level gives the row's code and name.

    A level without its own name cell takes the generic name column ('Uraian'), and one without its own
    code cell the generic code column, when it is the row's deepest level.
    """
    cells = [cell for cell in (_level_cell(row, level) for level in layout.levels) if cell is not None]
    if layout.agency_code is not None and layout.agency_code < len(row) and is_filled(row[layout.agency_code]):
        fields["agency_code_cell"] = cell_text(row[layout.agency_code])
    if not cells:
        return
    own = cells[-1]
    name = own.name or fields["name"]
    code, code_raw = (own.code, own.code_raw) if own.code_raw else (fields["code"], fields["code_raw"])
    cells[-1] = own._replace(name=name, code=code, code_raw=code_raw)
    fields.update(levels=cells, name=name, code=code, code_raw=code_raw, hint=own.kind.value)


def _level_cell(row: tuple[object, ...], level: LevelColumns) -> LevelCell | None:
    """The level's code and name in this row, or None when neither is filled."""
    raw = row[level.code] if level.code is not None and level.code < len(row) else None
    if level.more:
        raw = _joined_pieces(row, (level.code, *level.more))
    text = row[level.name] if level.name is not None and level.name < len(row) else None
    if not is_filled(raw) and not is_filled(text):
        return None
    name = " ".join(text.split()) if isinstance(text, str) else cell_text(text) if text is not None else ""
    code = parse_code(raw) if is_filled(raw) else None
    code_raw = cell_text(raw) if is_filled(raw) else ""
    if not code_raw and name:
        glued, rest = split_glued(name)
        if glued is not None:
            code, code_raw, name = glued, name[: name.find(rest)].strip(), rest
    elif code is not None:
        name = without_own_code(name, code)
    return LevelCell(level.kind, code, code_raw, name, level.first)


def _joined_pieces(row: tuple[object, ...], cols: tuple[int, ...]) -> object:
    """The code piece written over a level's columns ('2' | '01' or 2 | 1 is '2.01'), or its one filled cell."""
    values = [row[col] for col in cols if col < len(row) and is_filled(row[col])]
    if len(values) < 2:
        return values[0] if values else None
    first, *rest = (cell_text(value) for value in values)
    return ".".join([first, *(part.zfill(2) for part in rest)])


# --- the items: parents once per distinct code or name ----------------------------------------------

#: makes an item from its fields, kind, program and kegiatan (the reader's own item builder)
MakeItem = Callable[[RowFields, Kind, "Item | None", "Item | None"], Item]
_PARENT_BLANKS = {"budget_raw": None, "indicator": "", "target": "", "location": "", "funding": ""}


@dataclass
class _Chain:
    """The program and kegiatan of the latest row, and every parent made so far by its key."""

    program: Item | None = None
    kegiatan: Item | None = None
    agency: str = ""
    warned: set[tuple[Kind, str]] = field(default_factory=set)  # a parent's bad code is told once, not on each row
    completed: list[tuple] = field(default_factory=list)  # (ref, code as written, full code) of each relative code made full
    # the urusan and bidang codes read in their own columns, which the code pieces below them continue
    headings: dict[Kind, Code | None] = field(default_factory=dict)
    pieces: bool = False  # a code was made full from an urusan or bidang above it


def build_items(pending: list[tuple[int, RowFields]], result: SheetResult, make_item: MakeItem, start=None) -> list[Item]:
    """Items of a flat sheet's rows: per row its new parents, then its own item."""
    known: dict[tuple, Item] = {}
    chain = _Chain()
    if start is not None and (start.program or start.kegiatan) is not None:  # the parents left open on the page before
        chain.program, chain.kegiatan = start.program, start.kegiatan
        chain.agency = (start.program or start.kegiatan).agency.casefold()
    items: list[Item] = []
    for _index, fields in pending:
        fields["agency_code"] = fields.get("agency_code_cell") or fields["agency_code"]
        cells = _as_heading(_completed(fields.get("levels") or [_generic_cell(fields, result)], chain, fields))
        # (an urusan or bidang above the row's own level is context only: its code served to complete the codes below it)
        cells = [cell if cell.kind in _HEADINGS and cell is not cells[-1] else _checked(cell, fields, result, chain.warned) for cell in cells]
        fields["code"] = cells[-1].code  # the row's own item has the code its cell was read or completed to
        items.extend(_row_items(cells, fields, known, chain, result, make_item))
    if chain.completed:
        first, count = chain.completed[0], len(chain.completed)
        key = "flat.relative_pieces" if chain.pieces else "readers.relative_codes"
        message = say(key, count=Count(count), code=repr(first[1]), full=first[2].text)
        result.warnings.append(Finding(first[0], message, code=first[1]))
    return items


def _as_heading(cells: list[LevelCell]) -> list[LevelCell]:
    """A row filling one level column with an urusan or bidang code ('1.03' under 'Kode Program') is that heading."""
    if len(cells) == 1 and cells[0].kind is Kind.PROGRAM and cells[0].code is not None and cells[0].code.kind in _HEADINGS:
        return [cells[0]._replace(kind=cells[0].code.kind)]
    return cells


def _completed(cells: list[LevelCell], chain: _Chain, fields: RowFields) -> list[LevelCell]:
    """The cells with codes written relative to the level above ('2.02' under program 1.03.02, '07' under its
    kegiatan, '02' under bidang 1.03) written out in full: the level above from the same row, else from the rows above."""
    codes = {**dict.fromkeys(_HEADINGS), **chain.headings, Kind.PROGRAM: _code_of(chain.program), Kind.KEGIATAN: _code_of(chain.kegiatan)}
    done = []
    for cell in cells:
        above = codes.get(_ABOVE.get(cell.kind))
        if cell.code_raw and above is not None and (cell.code is None or cell.code.kind is not cell.kind):
            # a number keeps what parsing made of it (2.1 typed is 2.10), a text is read as written
            written = ".".join(cell.code.segments) if cell.code is not None and _SHORT_NUMBER.fullmatch(cell.code_raw) else cell.code_raw.replace(" ", "")
            full = parse_code(f"{above.text}.{written}")
            if full is not None and full.kind is cell.kind:
                if not chain.completed or chain.completed[-1][0] is not fields["ref"]:
                    chain.completed.append((fields["ref"], cell.code_raw, full))
                chain.pieces = chain.pieces or _ABOVE[cell.kind] in _HEADINGS
                cell = cell._replace(code=full)
        if cell.kind in codes:
            codes[cell.kind] = cell.code if cell.code is not None and cell.code.kind is cell.kind else None
            codes.update(dict.fromkeys(_CODE_LEVELS[_CODE_LEVELS.index(cell.kind) + 1 :]))  # the levels below it start anew
        done.append(cell)
    chain.headings = {kind: codes[kind] for kind in _HEADINGS}
    return done


def _code_of(item: Item | None):
    """The code of a parent item, or None."""
    return item.code if item is not None else None


def _generic_cell(fields: RowFields, result: SheetResult) -> LevelCell:
    """A row that fills no level column: its kind from its code, else read as a sub kegiatan (with a warning)."""
    code = fields["code"]
    kind = code.kind if code is not None and code.kind in ITEM_LEVELS else None
    if kind is None and re.match(r"^\s*program\b", fields["name"], re.IGNORECASE):
        kind = Kind.PROGRAM
    if kind is None:
        kind = Kind.SUB_KEGIATAN
        result.warnings.append(Finding(fields["ref"], say("readers.no_code", label="sub kegiatan"), name=fields["name"]))
    return LevelCell(kind, code, fields["code_raw"], fields["name"], 0)


def _checked(cell: LevelCell, fields: RowFields, result: SheetResult, warned: set[tuple[Kind, str]]) -> LevelCell:
    """The cell, without a code that names another level than its column (with a warning, once per code)."""
    if cell.code_raw and (cell.code is None or cell.code.kind is not cell.kind):
        if (cell.kind, cell.code_raw) not in warned:
            warned.add((cell.kind, cell.code_raw))
            message = say("flat.wrong_level_code", code=repr(cell.code_raw), kind=cell.kind.value.replace("_", " "))
            result.warnings.append(Finding(fields["ref"], message, code=cell.code_raw, name=cell.name))
        return cell._replace(code=None)
    return cell


def _row_items(cells: list[LevelCell], fields: RowFields, known: dict, chain: _Chain, result: SheetResult, make_item: MakeItem) -> list[Item]:
    """The new items of one row: parents not seen before, then the row's own item."""
    agency = (fields["agency"] or fields["agency_ctx"]).casefold()
    if agency != chain.agency:  # a new agency's rows never sit under the previous agency's program
        chain.program = chain.kegiatan = None
        chain.agency = agency
    own = cells[-1]
    program, kegiatan, made = _parents(cells, fields, agency, known, chain, make_item)
    key = _key(agency, program if own.kind is Kind.KEGIATAN else kegiatan or program, own)
    if own.kind is not Kind.SUB_KEGIATAN and key in known:
        # a program or kegiatan row already read: a group total or a repeated heading, not a second item
        result.skipped.append(Skipped(fields["ref"], SkipReason.SUBTOTAL, f"repeats row {known[key].ref.row}: {own.name}"[:300]))
        _advance(chain, own.kind, known[key], program, kegiatan)
        return made
    item = make_item(fields, own.kind, program, kegiatan)
    if own.kind is not Kind.SUB_KEGIATAN:
        known.setdefault(key, item)
    _advance(chain, own.kind, item, program, kegiatan)
    return made + [item]


def _parents(cells: list[LevelCell], fields: RowFields, agency: str, known: dict, chain: _Chain, make_item: MakeItem):
    """The program and kegiatan of a row's own item (from its parent cells, else the rows above), and the new ones."""
    own = cells[-1]
    program = chain.program if own.kind not in (Kind.PROGRAM, *_HEADINGS) else None
    kegiatan = chain.kegiatan if own.kind is Kind.SUB_KEGIATAN else None
    made: list[Item] = []
    for cell in cells[:-1]:
        if not cell.name or cell.kind in _HEADINGS:
            # a code without a name cannot be shown or matched: the row's parents stay the rows above; an urusan or
            # bidang beside a row's program is context, as the heading rows of other layouts are
            continue
        parent = program if cell.kind is Kind.KEGIATAN else None
        key = _key(agency, parent, cell)
        item = known.get(key)
        if item is None:
            item = known[key] = make_item(_parent_fields(fields, cell), cell.kind, parent, None)
            made.append(item)
        if cell.kind is Kind.PROGRAM:
            # another program than the row above's: the kegiatan above is not this row's
            program, kegiatan = item, (kegiatan if item is chain.program else None)
        else:
            kegiatan = item
    return program, kegiatan, made


def _advance(chain: _Chain, kind: Kind, item: Item, program: Item | None, kegiatan: Item | None) -> None:
    """The parents the next row inherits when it leaves its parent columns blank."""
    if kind is Kind.PROGRAM:
        chain.program, chain.kegiatan = item, None
    elif kind in _HEADINGS:
        chain.program = chain.kegiatan = None
    elif kind is Kind.KEGIATAN:
        chain.program, chain.kegiatan = program, item
    else:
        chain.program, chain.kegiatan = program, kegiatan


def _key(agency: str, parent: Item | None, cell: LevelCell) -> tuple:
    """What makes a parent one item: agency, its own parent, kind, and code (or name when codeless)."""
    what = cell.code.segments if cell.code is not None else " ".join(cell.name.casefold().split())
    return (agency, parent.ref if parent is not None else None, cell.kind, what)


def _parent_fields(fields: RowFields, cell: LevelCell) -> RowFields:
    """A parent item's fields: the row's agency, its own code and name, no budget, location or indicator."""
    ref = replace(fields["ref"], column=cell.column + 1)
    return {**fields, **_PARENT_BLANKS, "ref": ref, "code": cell.code, "code_raw": cell.code_raw, "name": cell.name}
