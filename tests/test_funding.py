"""Which sub kegiatan a plan funds: their own budget, else the nearest row above with one, unless rows beside them carry budgets."""

from __future__ import annotations

from syncheck.funding import Funding
from syncheck.models import Item, Kind, SourceRef


def rows(*spec: tuple[str, int | None, int | None]) -> list[Item]:
    """Items from (kind letter, budget, parent's position in the list or None): P program, K kegiatan, S sub kegiatan."""
    kinds = {"P": Kind.PROGRAM, "K": Kind.KEGIATAN, "S": Kind.SUB_KEGIATAN}
    items: list[Item] = []
    for row, (kind, budget, parent) in enumerate(spec, 1):
        ref = SourceRef("plan.xlsx", "RKPD", row)
        items.append(Item(ref, kinds[kind], f"row {row}", budget=budget, parent=items[parent].ref if parent is not None else None))
    return items


def funded(items: list[Item]) -> list[bool]:
    funding = Funding(items)
    return [funding.funds(item) for item in items if item.kind is Kind.SUB_KEGIATAN]


def test_own_budgets_decide_and_zero_funds_nothing():
    assert funded(rows(("P", 300, None), ("K", 300, 0), ("S", 300, 1), ("S", 0, 1), ("S", None, 1))) == [True, False, False]


def test_a_kegiatan_or_a_program_funds_sub_kegiatan_that_carry_no_budget():
    assert funded(rows(("P", None, None), ("K", 500, 0), ("S", None, 1), ("S", None, 1))) == [True, True]
    assert funded(rows(("P", 900, None), ("K", None, 0), ("S", None, 1), ("K", None, 0), ("S", None, 3))) == [True, True]
    assert funded(rows(("P", None, None), ("K", 0, 0), ("S", None, 1))) == [False]


def test_a_row_left_without_a_budget_beside_rows_with_one_is_not_funded_from_above():
    # the second kegiatan has a budget, the first none: the program's money is not the first one's
    assert funded(rows(("P", 900, None), ("K", None, 0), ("S", None, 1), ("K", 400, 0), ("S", 400, 3))) == [False, True]


def test_on_a_sheet_without_any_budget_every_row_is_planned():
    assert funded(rows(("P", None, None), ("K", None, 0), ("S", None, 1))) == [True]
