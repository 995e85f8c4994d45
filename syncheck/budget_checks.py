"""Checks over one sheet's budgets once its rows are read: an empty budget column, money only on kegiatan rows, amounts no
sub kegiatan can have.

Each of these reads as a plausible plan with wrong money (every overlap Rp 0, or a thousand times too much), so the
reviewer is told once per sheet rather than left to spot it in the totals.
"""

from __future__ import annotations

from statistics import median_low
from typing import Sequence

from .funding import Funding
from .header import Header, column_letter, column_named
from .messages import Count, Rupiah, say
from .models import Finding, Item, Kind, SourceRef
from .sheet_marks import SheetMarks

#: under Rp 1 juta no sub kegiatan is funded (a meeting costs more): the amount was typed in thousands or millions
SMALLEST_SUB_KEGIATAN = 1_000_000
#: a sheet with fewer funded sub kegiatan and no amount of Rp 100 juta says too little about its unit to judge it
FEWEST_TO_JUDGE = 5
RUPIAH_SIZED = 100_000_000
#: above Rp 10 triliun: more than the salaries of the largest provincial office, the biggest sub kegiatan there is
LARGEST_SUB_KEGIATAN = 10 * 10**12
#: a sheet whose typical sub kegiatan holds Rp 100 miliar or more (real plans: Rp 50 juta to a few miliar) is off by its unit
LARGEST_TYPICAL = 100 * 10**9


def budget_warnings(file: str, sheet: str, header: Header, items: list[Item], marks: SheetMarks) -> list[Finding]:
    """What a reviewer must know about the sheet's budgets: empty column, kegiatan-only money, implausible amounts."""
    columns = header.columns("budget")
    if not items or not columns:
        return []
    ref = SourceRef(file, sheet, header.rows[0] + 1)
    column = ", ".join(column_named(col, header.labels) for col in columns)
    subs = [item for item in items if item.kind is Kind.SUB_KEGIATAN]
    warnings = _formula_notes(ref, column, columns, items, marks) or _empty_column(ref, column, items)
    warnings.extend(_funded_above(items, subs))
    warnings.extend(_implausible(column, header.scale, subs, items))
    return warnings


def _formula_notes(ref: SourceRef, column: str, columns: tuple[int, ...], items: list[Item], marks: SheetMarks) -> list[Finding]:
    """Formulas in the budget column of item rows saved without their results: those worked out, those read as empty."""
    if not marks.unsaved_formulas and not marks.computed_formulas:
        return []
    rows = {item.ref.row - 1 for item in items}
    notes = []
    for cells, key in ((marks.computed_formulas, "readers.computed_formulas"), (marks.unsaved_formulas, "readers.unsaved_formulas")):
        found = sorted((row, col) for row, col in cells if row in rows and col in columns)
        if found:
            first = f"{column_letter(found[0][1])}{found[0][0] + 1}"
            notes.append(Finding(ref, say(key, column=column, count=Count(len(found)), cell=first)))
    return notes


def _empty_column(ref: SourceRef, column: str, items: list[Item]) -> list[Finding]:
    """The budget column holds no amount on any item row."""
    if any(item.budget for item in items):
        return []
    return [Finding(ref, say("readers.budget_column_empty", column=column, count=Count(len({item.ref.row for item in items}))))]


def _funded_above(items: list[Item], subs: list[Item]) -> list[Finding]:
    """Sub kegiatan rows without a budget that share the budget of their kegiatan or program (funding.Funding): the money
    is one level or two up, for the whole sheet or an agency's part of it. One warning per level."""
    if all(item.budget is not None for item in subs):
        return []
    funding = Funding(items)
    found: dict[Kind, list[tuple[Item, SourceRef, int]]] = {}
    for item in subs:
        source = funding.funded_by(item) if item.budget is None else None
        if source:
            found.setdefault(source[1], []).append((item, source[0], source[2]))
    warnings = []
    for kind, key in ((Kind.KEGIATAN, "readers.budget_on_kegiatan_only"), (Kind.PROGRAM, "readers.budget_on_program_only")):
        if kind in found:
            rows = found[kind]
            above = {ref: budget for _, ref, budget in rows}
            total = Rupiah(sum(above.values()))
            warnings.append(Finding(rows[0][0].ref, say(key, subs=len(rows), kegiatan=len(above), programs=len(above), total=total)))
    return warnings


def _implausible(column: str, scale: int, subs: list[Item], items: list[Item]) -> list[Finding]:
    """Sub kegiatan amounts no sub kegiatan has: one warning for the small ones, one for the large, each with its first row."""
    funded = [item for item in subs if item.budget and item.budget > 0]
    if not funded:
        return []
    warnings = []
    small = [item for item in funded if item.budget < SMALLEST_SUB_KEGIATAN] if _judged_small(scale, funded, items) else []
    if small:
        least, amount = Rupiah(SMALLEST_SUB_KEGIATAN), Rupiah(small[0].budget)
        message = say("readers.budget_too_small", count=Count(len(small)), amount=amount, column=column, least=least)
        warnings.append(Finding(small[0].ref, message, code=small[0].code_raw, name=small[0].name))
    large = too_large(funded)
    if large:
        amount = Rupiah(large[0].budget)
        if scale > 1:
            unit = Rupiah(scale)
            message = say("readers.budget_too_large_unit", count=Count(len(large)), amount=amount, column=column, unit=unit)
        else:
            message = say("readers.budget_too_large", count=Count(len(large)), amount=amount, column=column)
        warnings.append(Finding(large[0].ref, message, code=large[0].code_raw, name=large[0].name))
    return warnings


def _judged_small(scale: int, funded: list[Item], items: list[Item]) -> bool:
    """Whether small sub kegiatan amounts tell of a unit slip: none is told under a stated unit (a small figure typed
    there is meant), nor in a sheet too small to judge (few sub kegiatan and no amount in full Rupiah beside them)."""
    if scale != 1:
        return False
    return len(funded) >= FEWEST_TO_JUDGE or any(item.budget and item.budget >= RUPIAH_SIZED for item in items)


def too_large(funded: list[Item]) -> list[Item]:
    """The funded sub kegiatan of one sheet whose amount no sub kegiatan has (the rows the 'too large' warning counts)."""
    # one amount above any real sub kegiatan, or a column whose typical amount is a unit too large (one large
    # salary line among few rows does not make a column typical)
    typical = median_low([item.budget for item in funded]) if len(funded) > 1 else 0
    bar = LARGEST_TYPICAL if typical >= LARGEST_TYPICAL else LARGEST_SUB_KEGIATAN
    return [item for item in funded if item.budget >= bar]


def implausible_rows(items: Sequence[Item]) -> frozenset[SourceRef]:
    """The sub kegiatan rows of a plan whose amount the reader warned is too large, sheet by sheet as it judged them."""
    sheets: dict[tuple[str, str], list[Item]] = {}
    for item in items:
        if item.kind is Kind.SUB_KEGIATAN and item.budget and item.budget > 0:
            sheets.setdefault((item.ref.file, item.ref.sheet), []).append(item)
    # (only a sheet holding an amount above the lower bar can have any: most plans are passed over at once)
    return frozenset(
        item.ref for funded in sheets.values() if any(item.budget >= LARGEST_TYPICAL for item in funded) for item in too_large(funded)
    )
