"""Which sub kegiatan a plan funds, read at the deepest level that carries budgets (pure).

A budget is counted once, at the deepest level present. Most plans give every sub kegiatan its own; some give them
only to the kegiatan above, or the program, for the whole sheet or for one agency's part of it. A sub kegiatan
without a budget of its own is funded by the nearest row above it that has one, unless rows beside it at that level
carry budgets (then it is the one left without). A budget of 0 funds nothing. On a sheet without any budget, every
row is planned.
"""

from __future__ import annotations

import functools
from typing import NamedTuple, Sequence

from .models import Item, Kind, SourceRef


class _Budgets(NamedTuple):
    """A plan's rows above sub kegiatan (their parent and budget), the rows with a child that carries a budget, and the
    sheets with any budget."""

    parent_of: dict[SourceRef, SourceRef | None]
    budget_of: dict[SourceRef, tuple[Kind, int | None]]
    budgeted_children: frozenset[SourceRef | None]
    sheets: frozenset[tuple[str, str]]


class Funding:
    """Which sub kegiatan of a plan are funded, and by which row."""

    def __init__(self, items: Sequence[Item]) -> None:
        self.items = items

    @functools.cached_property
    def _budgets(self) -> _Budgets:
        """Where the plan's budgets are (worked out on the first row without a budget of its own)."""
        return _budgets_of(self.items)

    def funds(self, item: Item) -> bool:
        """True when the plan funds this sub kegiatan."""
        if item.budget is not None:
            return item.budget > 0
        found = self.funded_by(item)
        if found is False:
            return False
        if found is None:
            return not self._has_budgets(item)
        return found[2] > 0

    def funded_by(self, item: Item) -> tuple[SourceRef, Kind, int] | None | bool:
        """For a row without a budget: (row, kind, budget) of the row above whose budget it shares; False when rows beside
        it at some level carry budgets and it does not; None when no row above has one."""
        budgets = self._budgets
        parent = item.parent
        while parent is not None:
            if parent in budgets.budgeted_children:
                return False
            kind, budget = budgets.budget_of.get(parent, (None, None))
            if budget is not None and kind is not None:
                return parent, kind, budget
            parent = budgets.parent_of.get(parent)
        return None

    def _has_budgets(self, item: Item) -> bool:
        """True when the item's sheet carries any budget."""
        return (item.ref.file, item.ref.sheet) in self._budgets.sheets


def _budgets_of(items: Sequence[Item]) -> _Budgets:
    """Where a plan's budgets are."""
    parent_of: dict[SourceRef, SourceRef | None] = {}
    budget_of: dict[SourceRef, tuple[Kind, int | None]] = {}
    budgeted_children, sheets = set(), set()
    for item in items:
        if item.kind is not Kind.SUB_KEGIATAN:
            parent_of[item.ref], budget_of[item.ref] = item.parent, (item.kind, item.budget)
        if item.budget:
            budgeted_children.add(item.parent)
            sheets.add((item.ref.file, item.ref.sheet))
    return _Budgets(parent_of, budget_of, frozenset(budgeted_children), frozenset(sheets))
