"""A second table for another year under the plan's table on one sheet: the prakiraan maju of the year after.

Bappeda workbooks often keep the 'PRAKIRAAN MAJU TAHUN 2025' table below the 2024 plan's, under a title line of its
own and the header again, with the same items and other amounts. Read as more rows of the plan, every item would
count twice. A copy of the header under a title line that names the prakiraan maju or another year than the sheet's
title (not a title line repeated over the next page), or a copy whose budget label does so, starts that other table:
its rows, to the end of the sheet, are set aside as another year's (OTHER_VERSION) with one warning, as a sheet of
another year is (sheet_choice). The check runs on header copies only, never on item rows.
"""

from __future__ import annotations

import re

from . import identity
from .header import Header
from .messages import say
from .models import Finding, Skipped, SkipReason, SourceRef
from .row_record import RowFields

#: the forecast for the years after the plan's: 'Prakiraan Maju', 'Tahun n+1'
_FORWARD = re.compile(r"\bprakiraan\s+maju\b|\bn\s*\+\s*1\b", re.IGNORECASE)
#: a year a title line gives its table (identity.TITLED_YEAR); a regulation's year ('NOMOR 5 TAHUN 2023') is none
_TABLE_YEAR = identity.TITLED_YEAR
#: a line titling a table: what a codeless row in the name column must be to be taken as a title line
_TABLE_TITLE = re.compile(r"prakiraan\s+maju|\brkpd\b|\brenja\b|rencana\s+kerja|tahun\s+anggaran|^\W*tahun\s*20\d\d\W*$", re.IGNORECASE)
_REGULATION = re.compile(r"\bnomor\b|\bno\.\s*\d|\bperaturan\b|\bkeputusan\b", re.IGNORECASE)
#: how the title lines of a table under the plan's were skipped (a line in the code column alone has no item name)
_TITLE_LINES = frozenset({SkipReason.BLANK, SkipReason.TITLE, SkipReason.UNREADABLE, SkipReason.BANNER})
#: the skipped rows right above a header copy looked at for its table's title
LOOK_BACK = 4


def other_year_start(
    row: tuple[object, ...], ref: SourceRef, header: Header, skipped: list[Skipped], titles: list[str], above: tuple[int, RowFields] | None
) -> tuple[int, str] | None:
    """The 1-based row where another year's table starts (its first title line) and the text naming the year, when the
    header copy ``row`` (at ``ref``) heads one: a title line above it, or its budget label, names the other year.
    ``above``: the last item row read (index, fields); a title line in the name column reads as a codeless item."""
    lines: list[tuple[int, str]] = []  # (row, text) of the title lines right above the copy, lowest first
    expected = ref.row - 1
    for entry in reversed(skipped[-LOOK_BACK - 1 : -1]):
        if entry.ref.row + entry.count - 1 != expected or entry.ref.sheet != ref.sheet or entry.reason not in _TITLE_LINES:
            break  # an item row, or a total or note of the table above, stands between: no title line of this table
        if entry.reason is not SkipReason.BLANK:
            lines.append((entry.ref.row, entry.text))
        expected = entry.ref.row - 1
    if above is not None and above[0] + 1 == expected and not above[1]["code_raw"] and above[1]["budget_raw"] is None:
        if _TABLE_TITLE.search(above[1]["name"]):  # (an item's name may well name a year)
            lines.append((expected, above[1]["name"]))
    own = {_folded(title) for title in titles}
    found = [text for _, text in lines if _folded(text) not in own]
    for col in header.columns("budget"):
        label = row[col] if col < len(row) else None
        if isinstance(label, str) and _folded(label) != _folded(header.labels.get(col, "")):
            found.append(label)
    found = [text for text in found if _FORWARD.search(text) or _TABLE_YEAR.search(text)]
    if not found:
        return None
    year = identity.from_titles(titles).year or identity.from_file_name(ref.file).year
    text = next((text for text in found if _other_year(text, year)), None)
    return None if text is None else (lines[-1][0] if lines else ref.row, text)


def set_aside(file: str, sheet: str, start: int, title: str, rows: int, skipped: list[Skipped], warnings: list[Finding]) -> None:
    """Skip the sheet's rows from ``start`` (1-based) to its end as another year's table, with one warning; what was
    recorded for them before (the title line read as a row without a name) is dropped."""
    skipped[:] = [entry for entry in skipped if entry.ref.row < start]
    warnings[:] = [warning for warning in warnings if warning.ref.sheet != sheet or warning.ref.row < start]
    count = rows - start + 1
    skipped.append(Skipped(SourceRef(file, sheet, start), SkipReason.OTHER_VERSION, title, count=count))
    warnings.append(Finding(SourceRef(file, sheet, start), say("classify.other_year_table", title=repr(title[:80]), rows=count)))


def _other_year(text: str, year: int | None) -> bool:
    """True when a title or label names the prakiraan maju, or a table year other than the plan's ``year``."""
    if _FORWARD.search(text):
        return True
    found = _TABLE_YEAR.search(text)
    return found is not None and year is not None and int(found.group(1)) != year and not _REGULATION.search(text)


def _folded(text: str) -> str:
    """A text single-spaced and lowercased."""
    return " ".join(str(text).casefold().split())
