"""One note per sheet for what the reader read out of its name and code cells: indicators under names, dates in code cells,
a letter O for a zero in codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .codes import code_text
from .messages import Count, say
from .models import Finding

if TYPE_CHECKING:
    from .classify import SheetResult


def note_cells(pending: list[tuple[int, dict]], result: SheetResult) -> None:
    """One warning per sheet for the names that carried the row's indicator, one for the code cells read back from dates, and
    one for the codes typed with a letter O for a zero."""
    named, bracketed, dated, lettered = [], [], [], []
    for _, fields in pending:  # (one pass: most rows hold none of the three)
        if fields.get("name_indicator"):
            (bracketed if fields.get("indicator_bracketed") else named).append(fields)
        if fields.get("date_code"):
            dated.append(fields)
        raw = fields["code_raw"]
        if raw and ("O" in raw or "o" in raw or "," in raw) and fields["code"] is not None and _repaired(raw):
            lettered.append(fields)
    for key, rows in (("classify.name_indicators", named), ("classify.name_indicator_brackets", bracketed)):
        if rows:
            first = rows[0]
            message = say(key, count=Count(len(rows)), indicator=repr(first["name_indicator"][:60]), row=first["ref"].row)
            result.warnings.append(Finding(first["ref"], message, name=first["name"]))
    if dated:
        first = dated[0]
        message = say("classify.date_codes", count=Count(len(dated)), example=first["date_code"], row=first["ref"].row)
        result.warnings.append(Finding(first["ref"], message, code=first["code_raw"]))
    if lettered:
        first = lettered[0]
        message = say("classify.letter_o_codes", count=Count(len(lettered)), code=repr(first["code_raw"]), row=first["ref"].row)
        result.warnings.append(Finding(first["ref"], message, code=first["code_raw"]))


def _repaired(raw: str) -> bool:
    """True for a code cell's text holding a letter O ('1.O2.02') or a comma ('1,02.02') that code_text reads as a zero
    or a dot."""
    read = code_text(raw)
    return ("o" in raw.lower() and "O" not in read.upper()) or ("," in raw and "," not in read)
