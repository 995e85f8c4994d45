"""Sheets that go on with the table of the sheet before them: a PDF lampiran converted to Excel one sheet per page.

Acrobat and iLovePDF write each page of the Perkada lampiran to a sheet of its own ('Table 1', 'Table 2', ...). Only
the first page carries the header; the later pages start with data rows, or with the column-number row '1 | 2 | 3 ...'
alone, and a page break falls anywhere, inside a kegiatan too. A sheet without a header whose rows fit the table
before it is read as its next page: with its columns, the agency in force and the program and kegiatan still open at
its end. A sheet that repeats the header goes on in the same way when its name numbers it as the next page ('Table 2'
after 'Table 1'). Anything else (notes, a recap, another table of other columns) keeps being read, or skipped, as a
sheet of its own.

A break falls inside an item too: the first rows of a page may hold the rest of the name of the item row the page
before ends on, its place rows or its funding-source rows. That row goes on (OpenRow) unless a total, heading or
banner closed it: it heads the rows of the next page, which are read into it as if there were no break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .header import Header, is_index_row
from .models import Item, Kind, Skipped, SkipReason
from .row_fields import Columns, row_fields
from .row_record import RowFields
from .sheet_result import OpenRow, SheetResult
from .values import is_filled

#: the rows of a headerless sheet looked at to tell whether they fit the table before it
SAMPLE_ROWS = 200
#: a sheet name that numbers a page: 'Table 2', 'Sheet2', 'Hal. 3', 'Page (4)'
_NUMBERED = re.compile(r"^(?P<stem>.*?)[\s.(]*(?P<number>\d{1,4})\)?\s*$")
# a sheet named as a recap or summary of the plan is never its next page, whatever its columns
_RECAP_SHEET = re.compile(r"rekap|ringkas|summary|resume", re.IGNORECASE)
#: a page number is small: a sheet named with a year ('2023', 'RKPD 2024') is no page
_MOST_PAGES = 1000
# rows after a page's last item row that leave it open to the rows of the next page: blank rows, a page footer, a
# header copy, and rows already read into the item (a page break is no row; a total, heading or banner closes the item)
_PASSED_OVER = frozenset({SkipReason.BLANK, SkipReason.TITLE, SkipReason.HEADER, SkipReason.CONTINUATION})


def stays_open(index: int, skipped: list[Skipped]) -> bool:
    """True when only rows passed over follow the item row at the 0-based sheet row ``index`` on its sheet."""
    return all(entry.ref.row <= index + 1 or entry.reason in _PASSED_OVER for entry in skipped)


def passes_over(entry: Skipped) -> bool:
    """True for a skipped row at the top of a page that leaves the last item of the page before open."""
    return entry.reason in _PASSED_OVER


def put_back(results: list[SheetResult], item: Item) -> None:
    """Put an item rebuilt on a later page in the place of the item of its row, on the page its row is on."""
    for result in reversed(results):
        for position in range(len(result.items) - 1, -1, -1):
            if result.items[position].ref == item.ref:
                result.items[position] = item
                return


@dataclass(frozen=True)
class Carry:
    """What a sheet hands on to the next page of its table: the header, the agency in force and the open parents."""

    sheet: str
    header_sheet: str  # the sheet the header is written on
    header: Header
    agency: tuple[str, str]  # (agency, agency code) in force at the sheet's end
    program: Item | None
    kegiatan: Item | None
    last: OpenRow | None = None  # the item row the sheet ends on, when nothing closed it


def carry_of(
    sheet: str, header_sheet: str, header: Header, agency: tuple[str, str], items: list[Item], start: Carry | None, last: OpenRow | None = None
) -> Carry:
    """What a read sheet hands on: its header (the one it read with), its agency, its last open program and kegiatan
    (those it went on with, ``start``, when it opened none) and the item row it ends on, if still open."""
    program, kegiatan = (start.program, start.kegiatan) if start is not None else (None, None)
    for item in items:
        if item.kind is Kind.PROGRAM:
            program, kegiatan = item, None
        elif item.kind is Kind.KEGIATAN:
            kegiatan = item
        elif item.kind is not Kind.SUB_KEGIATAN:
            program = kegiatan = None
    return Carry(sheet, header_sheet, header, agency, program, kegiatan, last)


def continued_header(header: Header) -> Header:
    """The header of the table a headerless sheet goes on with, placed above the sheet's first row (its notes were
    told on the sheet that holds it)."""
    return replace(header, rows=(-1,), notes=())


def fits_table(rows: tuple[tuple[object, ...], ...], header: Header) -> bool:
    """True when a sheet without a header holds rows of the header's table: nothing right of its columns (but one, as
    a PDF page may shift its cells), and item rows (a code of the nomenclature in its code columns, where it has them,
    a name, an amount in its budget column on some) in at least half of the rows that fill its code or name columns."""
    width = max((*header.labels, *header.roles), default=-1) + 2
    columns = Columns(header)
    filled = items = amounts = 0
    for row in rows[:SAMPLE_ROWS]:
        if not any(is_filled(value) for value in row) or is_index_row(row):
            continue
        if any(is_filled(value) for value in row[width:]):
            return False
        fields = row_fields(row, columns)
        if not (fields["code_raw"] or fields["name"]):
            continue
        filled += 1
        if _item_row(fields, columns):
            items += 1
            amounts += fields["budget_raw"] is not None
    return items > 0 and items * 2 >= filled and (amounts > 0 or not columns.budget)


def _item_row(fields: RowFields, columns: Columns) -> bool:
    """A row that reads as an item of the table: a name, and a nomenclature code where the table has code columns."""
    if not fields["name"] or fields["name"][:1].isdigit():
        return False
    code = fields["code"]
    coded = bool(columns.code) or columns.flat is not None
    return (code is not None and code.kind is not None) if coded else fields["budget_raw"] is not None


def going_on(carry: Carry, sheet: str, rows: tuple[tuple[object, ...], ...], header: Header | None) -> Carry | None:
    """What a sheet goes on with when it is the next page of the carried table, else None: a sheet without a header
    whose rows fit the table, or one repeating its columns under a name numbering it as the next page. A page whose
    first coded row is a kegiatan or sub kegiatan keeps only the open parents its code continues."""
    if _RECAP_SHEET.search(sheet):
        return None
    if header is None:
        if not fits_table(rows, carry.header):
            return None
    elif header.roles != carry.header.roles or not next_page(carry.sheet, sheet):
        return None
    code = _first_code(rows, header or continued_header(carry.header))
    if code is not None and code.kind in (Kind.KEGIATAN, Kind.SUB_KEGIATAN):
        program = carry.program if _falls_under(carry.program, code, 3) else None
        kegiatan = carry.kegiatan if code.kind is Kind.SUB_KEGIATAN and _falls_under(carry.kegiatan, code, 5) else None
        return replace(carry, program=program, kegiatan=kegiatan)
    return carry


def next_page(before: str, sheet: str) -> bool:
    """True for two sheet names that number consecutive pages: 'Table 1' and 'Table 2', 'Sheet1' and 'Sheet2'."""
    first, second = _NUMBERED.match(before), _NUMBERED.match(sheet)
    if not first or not second:
        return False
    same_stem = " ".join(first.group("stem").casefold().split()) == " ".join(second.group("stem").casefold().split())
    return same_stem and int(second.group("number")) == int(first.group("number")) + 1 < _MOST_PAGES


def numbers_a_page(sheet: str) -> bool:
    """True for a sheet name that numbers a page ('Table 2', 'Sheet3', '4'), not one naming an agency or a year."""
    match = _NUMBERED.match(sheet)
    return match is not None and int(match.group("number")) < _MOST_PAGES


def _first_code(rows: tuple[tuple[object, ...], ...], header: Header):
    """The code of the first coded row under the header, or None."""
    columns = Columns(header)
    for row in rows[header.last_row + 1 : header.last_row + 1 + SAMPLE_ROWS]:
        if any(is_filled(value) for value in row):
            code = row_fields(row, columns)["code"]
            if code is not None and code.kind is not None:
                return code
    return None


def _falls_under(parent: Item | None, code, depth: int) -> bool:
    """True when a code continues its parent's (the first ``depth`` segments)."""
    return parent is not None and parent.code is not None and parent.code.segments == code.segments[:depth]
