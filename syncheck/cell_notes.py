"""One note per sheet for what the reader read out of its name and code cells: indicators under names, dates in code cells."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .messages import Count, say
from .models import Finding

if TYPE_CHECKING:
    from .classify import SheetResult


def note_cells(pending: list[tuple[int, dict]], result: SheetResult) -> None:
    """One warning per sheet for the names that carried the row's indicator, and one for the code cells read back from dates."""
    named = [fields for _, fields in pending if fields.get("name_indicator")]
    if named:
        first = named[0]
        message = say("classify.name_indicators", count=Count(len(named)), indicator=repr(first["name_indicator"][:60]), row=first["ref"].row)
        result.warnings.append(Finding(first["ref"], message, name=first["name"]))
    dated = [fields for _, fields in pending if fields.get("date_code")]
    if dated:
        first = dated[0]
        message = say("classify.date_codes", count=Count(len(dated)), example=first["date_code"], row=first["ref"].row)
        result.warnings.append(Finding(first["ref"], message, code=first["code_raw"]))
