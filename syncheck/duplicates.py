"""Rows of one plan that repeat an earlier row: the same code in one agency (a sub kegiatan: in one place) is warned on
the repeated row, and a row that repeats an earlier one exactly is one item typed twice, marked so that its budget
counts once in every total (readers use it; pure)."""

from __future__ import annotations

from dataclasses import replace

from .codes import comparison_key
from .messages import say
from .models import LINKED_KINDS, Finding, Item, Kind
from .normalize import normalize_name


def mark_duplicates(items: list[Item]) -> tuple[list[Item], list[Finding]]:
    """The items, a row typed twice marked with the row it repeats (``Item.repeat_of``), and a warning per repeated row."""
    seen: dict[tuple, Item] = {}
    exact: dict[tuple, Item] = {}  # filled only for codes met twice: most rows never normalize their name here
    marked, warnings = [], []
    for item in items:
        key = _code_key(item)
        first = seen.setdefault(key, item) if key is not None else item
        if first is not item:
            exact.setdefault(_exact_key(key, first), first)
            same = exact.setdefault(_exact_key(key, item), item)
            if same is not item:
                item, first = replace(item, repeat_of=same.ref), same
            warnings.append(Finding(item.ref, _duplicate_message(item, first), code=item.code_text, name=item.name))
        marked.append(item)
    return marked, warnings


def _code_key(item: Item) -> tuple | None:
    """What makes two rows the same item for the duplicate warning: code, agency and (a sub kegiatan's) place."""
    if item.code is None or item.kind not in LINKED_KINDS:
        return None
    # segments identify a code as its dotted text does, without joining them for every row; a sub kegiatan
    # number is the same written '01' or '0001'
    segments = item.code.segments
    return (segments if len(segments) < 6 else comparison_key(item.code), item.agency.lower(), repeat_place(item))


def _exact_key(key: tuple, item: Item) -> tuple:
    """What makes a repeated row the same row typed twice: also its name, place and amount."""
    return key, normalize_name(item.name), " ".join(item.location.lower().split()), item.budget, item.place_budgets


def repeat_place(item: Item) -> str:
    """The place that tells a sub kegiatan's rows apart: one planned in several places is written once per place, and
    those rows are no repeats ('' for other kinds)."""
    return item.location.lower() if item.kind is Kind.SUB_KEGIATAN else ""  # (read single-spaced)


def _duplicate_message(item: Item, first: Item) -> str:
    """The warning on a repeated row, naming the first row's spelling when it wrote the code otherwise, and saying that
    a row typed twice counts once."""
    where = {"code": item.code_text, "row": first.ref.row, "sheet": repr(first.ref.sheet)}
    spelled = first.code_text != item.code_text
    if item.repeat_of is not None:
        return say("readers.duplicate_once_spelled", written=first.code_text, **where) if spelled else say("readers.duplicate_once", **where)
    return say("readers.duplicate_spelled", written=first.code_text, **where) if spelled else say("readers.duplicate", **where)
