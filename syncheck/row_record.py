"""The raw fields of one sheet row as the reader passes them from stage to stage (RowFields), and the cells of a
flat table's level (LevelCell). A leaf of the reader: row_fields builds the fields; classify, body_rows, place_rows,
source_rows, item_lines, flat, agency_rows and readers read and complete them."""

from __future__ import annotations

from typing import NamedTuple, TypedDict

from .models import Code, Kind, SourceRef


class LevelCell(NamedTuple):
    """What one row holds for one level: its kind, code (parsed and as written), name and 0-based column."""

    kind: Kind
    code: object
    code_raw: str
    name: str
    column: int


class RowFields(TypedDict, total=False):
    """A row's fields by name: plain dicts at run time, keyed as below (row_fields.row_fields builds them)."""

    code: Code | None
    code_raw: str  # the code as written ('' when none)
    glued: bool  # the code was written in front of the name, not in a code column
    code_agency: str  # an agency code written in front of the item code
    name: str
    hint: str | None  # the level the name's column (or a label before the name) states
    label: str  # the kind a label before the name states
    shifted_name: bool  # the name was read beside its empty name cell
    name_indicator: str  # the row's indicator the name cell held too (name_cells.indicator_cut)
    indicator_bracketed: bool  # ... in a bracket after the name, not on a line of its own
    date_code: str  # a date Excel made of a split code cell, read back as a code ('2025-02-01 -> 1.02')
    budget_raw: object  # the budget cell as read (or the amounts added up), before parsing
    budget_parts: bool  # the budget was added up from the funding sources beside an empty total
    budget_earlier: bool  # the budget was read from the earlier stage's column (its own stage's are empty)
    numbered: bool  # the running-number column is filled (falsy when the sheet has none)
    indicator: str
    target: str
    location: str
    funding: str
    agency: str  # the agency cell of the row
    spread_places: str  # the kab/kota whose own budget column holds an amount ('Kab. Malang, Kota Batu')
    levels: list[LevelCell]  # a flat table's filled levels, top to bottom (flat.add_levels)
    agency_code_cell: str  # a flat table's agency code cell
    agency_ctx: str  # the agency in force at the row (classify)
    agency_code: str  # the row's agency code: written in front of its code, or in force
    ref: SourceRef
    place_parts: list[tuple[str, object]]  # (place, amount cell) of the place rows folded into the item (body_rows)
    last_line: str  # the last line of the name read into the item (body_rows)
