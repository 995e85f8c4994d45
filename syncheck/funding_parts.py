"""One sub kegiatan written on several rows, one per funding source, each with its part ('APBD 600 juta', 'DAK Fisik 300
juta' under the same code, name and place): read as one item whose amount is the sum of its parts."""

from __future__ import annotations

from dataclasses import replace

from .messages import Count, Rupiah, say
from .models import Finding, Item, Kind, Skipped, SkipReason

#: what two rows of one item share; a row typed twice shares its funding and amount too (duplicates.py reads that)
_SAME = ("kind", "code_text", "name", "location", "agency")


def joined_funding_parts(items: list[Item]) -> tuple[list[Item], list[Skipped], list[Finding]]:
    """The items with each run of rows of one sub kegiatan that differ only in funding source and amount read as one:
    its amounts added, its sources joined; the later rows skipped as read into the first, with one note per sheet."""
    out: list[Item] = []
    skipped: list[Skipped] = []
    firsts: dict[str, tuple[Item, int]] = {}  # per sheet: the first item so read, and how many rows were read into items
    last_row: int | None = None
    for item in items:
        previous = out[-1] if out else None
        if previous is not None and last_row is not None and _part_of(item, previous, last_row):
            # (a row's amounts per place no longer add up to the joined amount: they are left out)
            budget, funding = (previous.budget or 0) + (item.budget or 0), f"{previous.funding}; {item.funding}"
            out[-1] = replace(previous, budget=budget, funding=funding, place_budgets=())
            skipped.append(Skipped(item.ref, SkipReason.CONTINUATION, item.funding))
            first, rows = firsts.get(item.ref.sheet, (previous, 0))
            firsts[item.ref.sheet] = (first, rows + 1)
        else:
            out.append(item)
        # a row typed twice (its source and amount again) ends the run: the rows after it are read as today, one by one
        last_row = None if previous is not None and _typed_again(item, previous) else item.ref.row
    notes = [
        Finding(first.ref, say("readers.funding_part_rows", count=Count(rows), row=first.ref.row, code=first.code_text or repr(first.name),
                               total=Rupiah(next(i.budget or 0 for i in out if i.ref == first.ref))))
        for first, rows in firsts.values()
    ]  # fmt: skip
    return out, skipped, notes


def _typed_again(item: Item, previous: Item) -> bool:
    """True when a row repeats the row before it whole: code, name, place, source and amount (duplicates.py's case)."""
    return item.ref.sheet == previous.ref.sheet and item.budget == previous.budget and item.funding == previous.funding and all(
        getattr(item, key) == getattr(previous, key) for key in _SAME
    )


def _part_of(item: Item, previous: Item, last_row: int) -> bool:
    """True when the row right after ``previous``'s last row is another funding source's part of the same sub kegiatan."""
    # the cheap tests first: they fail on nearly every pair of rows
    return (
        item.kind is Kind.SUB_KEGIATAN
        and item.ref.row == last_row + 1
        and item.name == previous.name
        and item.ref.sheet == previous.ref.sheet
        and all(getattr(item, key) == getattr(previous, key) for key in _SAME)
        and bool(item.funding) and bool(previous.funding) and item.funding not in previous.funding.split("; ")
        and item.budget is not None and previous.budget is not None
    )
