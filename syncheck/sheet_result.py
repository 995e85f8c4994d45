"""What reading one sheet's rows gives: its SheetResult, and the item row it ends on (OpenRow).

A leaf of the reader: the row modules that fill a SheetResult (body_rows, place_rows, flat, ...) import it from here
rather than from classify, which imports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import Finding, Item, SheetInfo, Skipped, SourceRef
from .row_record import RowFields


@dataclass(frozen=True, eq=False)
class OpenRow:
    """The last item row of a page, which the first rows of the next page may go on with: its raw fields (with the
    rows read into it so far), the item built from them and the program and kegiatan it was built under."""

    fields: RowFields
    item: Item
    program: Item | None
    kegiatan: Item | None


@dataclass
class SheetResult:
    """Items, skipped rows and warnings of one sheet, plus the title lines above its header."""

    info: SheetInfo
    items: list[Item] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    places_in_names: list[tuple[SourceRef, str]] = field(default_factory=list)  # item rows whose name ended in a place
    codes_and_names: bool = False  # a list of the nomenclature, not a plan (sheet_choice.lists_codes_and_names)
    proposals: tuple[str, ...] = ()  # the words saying the sheet lists proposals, not the plan (proposal_sheets)
    agency_at_end: tuple[str, str] = ("", "")  # the (agency, agency code) in force after the sheet's last row
    open_row: OpenRow | None = None  # the item row the sheet ends on, which the next page's first rows may go on with
    went_on: Item | None = None  # the last item of the page before, rebuilt with the first rows of this sheet
