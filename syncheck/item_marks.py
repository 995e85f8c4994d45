"""What a sheet's coded item rows hold (a running number, an agency, an amount), which tells the rows of words between
them apart: the rest of an item's name, its last line, or an item of its own (body_rows.py)."""

from __future__ import annotations

from .models import SkipReason
from .row_record import RowFields
from .sheet_result import SheetResult

#: a pending row: its 0-based sheet row and its raw fields
Pending = tuple[int, RowFields]
#: the text fields of an item row besides its name
TEXTS = ("location", "indicator", "target", "funding", "agency")
#: coded rows a sheet needs before what its item rows hold (a number, an agency, an amount) tells a row apart
_ITEM_ROWS_SEEN = 5


class ItemRows:
    """What the coded item rows of a sheet hold (worked out on the first row that asks), and whether its names wrap:
    a copy of the header below the first (a PDF page's), or a name seen going on to the next row."""

    def __init__(self, pending: list[Pending], wrapping: bool) -> None:
        self._pending = pending
        self._held: tuple[bool, bool, bool] | None = None
        self.wrapping = wrapping

    def unlike(self, fields: RowFields) -> bool:
        """Whether a row lacks what the coded item rows hold: their running number ('No') where they are numbered,
        else their agency where every one names it, else their amount where nearly all hold one."""
        numbered, agency, amount = self._marks()
        if numbered:
            return not fields["numbered"]  # a row with its own number is an item, with or without an amount
        if agency:
            return not fields["agency"]
        return amount and fields["budget_raw"] is None

    def marks_items(self) -> bool:
        """Whether the coded item rows all hold a mark of their own: their running number or their agency."""
        numbered, agency, _ = self._marks()
        return numbered or agency

    def _marks(self) -> tuple[bool, bool, bool]:
        """Whether the coded item rows hold a number, an agency, an amount (worked out once)."""
        if self._held is None:
            self._held = _held_by_items([entry for _, entry in self._pending if entry["code"] is not None])
        return self._held

    def amount_line(self, item: RowFields, fields: RowFields) -> bool:
        """A row of words and an amount alone under an item row without one, lacking the number or agency items hold."""
        alone = item["budget_raw"] is None and fields["budget_raw"] is not None and not any(fields[role] for role in TEXTS)
        return alone and not fields["numbered"] and self.unlike(fields)


def header_copies(result: SheetResult) -> bool:
    """True when the header is written again below the table's first rows (the pages of a PDF conversion)."""
    first = max(result.info.header_rows, default=0) + 2  # (a row of column numbers may follow the header)
    return sum(1 for skipped in result.skipped if skipped.reason is SkipReason.HEADER and skipped.ref.row > first) >= 2


def _held_by_items(coded: list[RowFields]) -> tuple[bool, bool, bool]:
    """(nearly all coded rows are numbered, all name their agency, nearly all hold an amount); all False for a sheet of
    too few coded rows to tell."""
    if len(coded) < _ITEM_ROWS_SEEN:
        return False, False, False
    numbered = sum(1 for fields in coded if fields["numbered"]) * 10 >= len(coded) * 9
    amount = sum(1 for fields in coded if fields["budget_raw"] is not None) * 20 >= len(coded) * 19
    return numbered, all(fields["agency"] for fields in coded), amount
