"""What a reviewer is told about the budget columns a sheet's header leaves: which are read, and why."""

from __future__ import annotations

from .budget_columns import BudgetChoice
from .source_ceilings import source_only
from .messages import Count, say
from .sheet_marks import column_letters


def column_named(col: int, labels: dict[int, str]) -> str:
    """'D (Pagu Indikatif (Rp))': a column's letter and its label, the letter alone when it has none."""
    label = labels.get(col, "").strip()
    return f"{column_letters(col + 1)} ({label})" if label else column_letters(col + 1)


def budget_notes(choice: BudgetChoice, labels: dict[int, str], rows: tuple[tuple[object, ...], ...], first: int) -> tuple[str, ...]:
    """A note naming the budget column read when the header left several and the choice was a guess, when a hidden column
    was left for a visible one, or when a general ceiling and funding-source columns are added up. ``rows``: the sheet's
    rows under the header, the first of them on 0-based row ``first``."""
    named = lambda col: column_named(col, labels)  # noqa: E731
    notes = []
    if choice.hidden:
        hidden = ", ".join(named(col) for col in choice.hidden)
        notes.append(say("header.hidden_budget", hidden=hidden, chosen=", ".join(named(col) for col in choice.columns)))
    if choice.shifted:
        notes.append(say("header.shifted_budget", columns=" / ".join(named(col) for col in choice.columns)))
    if choice.passed_over:
        others = ", ".join(named(col) for col in choice.passed_over)
        notes.append(say("header.several_budgets", chosen=named(choice.columns[0]), others=others))
    if choice.quarters:
        notes.append(say("header.quarter_budgets", columns=", ".join(named(col) for col in choice.columns)))
    if choice.general is not None:
        sources = tuple(col for col in choice.columns if col != choice.general)
        proofs = [index for index, row in enumerate(rows) if source_only(row, choice.general, sources)]
        notes.append(say("header.source_budgets", general=named(choice.general), sources=", ".join(map(named, sources)),
                         count=Count(len(proofs)), row=first + proofs[0] + 1))
    return tuple(notes)
