"""Reviewer decision warnings: a confirmed pair whose codes differ, and the console's one line per kind of problem,
with its count and first rows."""

from __future__ import annotations

import os
from typing import Iterable

from .codes import slot_key
from .messages import Count, joined, say
from .models import Decision, Finding, Item, SourceRef

#: rows a console line names before saying how many more there are
CONSOLE_ROWS = 3


def coded(item: Item) -> bool:
    """True when the item carries a code of its own kind (the matcher's nomenclature evidence)."""
    return item.code is not None and item.code.kind is item.kind and item.code.segments[0] != "X"


def other_codes(left: Item, right: Item) -> tuple[str, str] | None:
    """Both rows' codes when each carries one and they are different nomenclature items (the level digit aside)."""
    if coded(left) and coded(right) and slot_key(left.code) != slot_key(right.code):  # type: ignore[arg-type]
        return left.code_text, right.code_text
    return None


def other_codes_note(decision: Decision, left: Item, right: Item) -> Finding:
    """The warning on a Ya between rows of different codes: counted as the reviewer said, but only as similar."""
    left_code, right_code = other_codes(left, right) or ("", "")
    message = say("decisions.other_codes_note", kind=left.kind.value.replace("_", " "), left=left.name, right=right.name,
                  left_code=left_code, right_code=right_code)
    return Finding(decision.ref or left.ref, message, kind="decision", code=left_code, name=left.name)


def console_notes(warnings: Iterable[Finding]) -> list[tuple[str, str]]:
    """(file, text) for each kind of decision problem, in order: the first one's message, its first rows
    and how many there are (a reviewer reads why the decisions did less than expected, not every row)."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for finding in warnings:
        if finding.kind == "decision":
            key = getattr(finding.message, "key", finding.message).removesuffix("_one")  # one or more decisions: one kind
            groups.setdefault((finding.ref.file, key), []).append(finding)
    notes = []
    for (file, _), found in groups.items():
        first = found[0].message
        # a message naming its own rows (a conflict) is not told them again
        rows = [_row_of(f.ref) for f in found if f.ref.row] if "where" not in getattr(first, "params", {}) else []
        more = say("decisions.more_rows", count=Count(len(rows) - CONSOLE_ROWS)) if len(rows) > CONSOLE_ROWS else ""
        where = joined(*rows[:CONSOLE_ROWS], more, separator=", ")
        if len(found) > 1:
            count = Count(len(found))
            text = say("decisions.console_many", first=first, where=where, count=count) if where else say("decisions.console_count", first=first, count=count)
        else:
            text = say("decisions.console_one", first=first, where=where) if where else first
        notes.append((file, text))
    return notes


def _row_of(ref: SourceRef) -> str:
    """'row 2' in a CSV (its one table is named after the file), 'Tinjauan row 2' in a workbook."""
    if ref.sheet == os.path.splitext(ref.file)[0]:
        return say("where.row", row=ref.row)
    return say("where.named_sheet_row", sheet=ref.sheet, row=ref.row)
