"""What the rows above say about the current row of a sheet (Context), kept apart from classify so that the row
modules that read and update it (agency_rows, readers) import it without importing classify."""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import Code, Item
from .row_fields import Columns


@dataclass
class Context:
    """What the rows above say about the current row: agency and enclosing program/kegiatan."""

    agency: str = ""
    agency_code: str = ""
    program: Item | None = None
    kegiatan: Item | None = None
    signing: bool = False  # inside the signing block under the table
    notes: bool = False  # under a note below the plan ('Catatan :'), its numbered lines following
    recap: bool = False  # inside a recap table under the plan
    plan_seen: bool = False  # an item row was read: a recap title below it ends the plan
    last_budget: object = None  # the budget cell of the item row above
    seen: dict = field(default_factory=dict)  # each (agency, code) of an item row read on the sheet, with its budget cell
    names: dict = field(default_factory=dict)  # each code of an item row read on the sheet, with the first such row's name
    in_places: bool = False  # the row is one of the places of the sub kegiatan above ('Kelurahan Sukun'), no agency
    last_code: Code | None = None  # the code of the last item row read with one
    last_agency: tuple[str, str] = ("", "")  # (agency of its seen key, agency in force) of the last item row read
    banners: bool = False  # the sheet names its agencies on banner lines ('Unit Organisasi : ...')
    rows: tuple[tuple[object, ...], ...] = ()  # the sheet's rows, with the current row's index and the sheet's columns,
    index: int = 0  # for the rare row whose reading depends on the rows below it
    columns: Columns | None = None
    headings: set = field(default_factory=set)  # how the sheet's agency heading rows are written (_written_as)
