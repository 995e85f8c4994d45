"""Funding-source columns beside a general ceiling ('Pagu Indikatif | Pagu Otsus'): whether the ceiling is their total
or money apart from them, as the rows show (pure)."""

from __future__ import annotations

from .values import is_filled, parse_budget


def sources_apart(body: tuple[tuple[object, ...], ...], general: int, sources: tuple[int, ...]) -> bool:
    """True when the general ceiling is no total of its funding-source columns: rows hold more money in them than in it
    (a row leaving it empty counts only when no row holds in it just their sum), more rows than hold just their sum
    (then it is their total, and the other rows slips)."""
    apart = [row for row in body if source_only(row, general, sources)]
    totals = sum(1 for row in body if sum_of_sources(row, general, sources))
    filled = sum(1 for row in apart if readable(row, general))
    return filled > totals if filled else bool(apart) and not totals


def sum_of_sources(row: tuple[object, ...], general: int, sources: tuple[int, ...]) -> bool:
    """True for a row whose general ceiling is the sum of its funding-source amounts, some money in them."""
    own = readable(row, general)
    parts = sum(filter(None, (readable(row, col) for col in sources)))
    return bool(own) and parts > 0 and abs(own - parts) < 1


def source_only(row: tuple[object, ...], general: int, sources: tuple[int, ...]) -> bool:
    """True for a row whose funding-source columns hold more money than its general ceiling (often none): the ceiling is no
    total of them."""
    own = readable(row, general)
    return own is not None and sum(filter(None, (readable(row, col) for col in sources))) > own


def readable(row: tuple[object, ...], col: int) -> float | None:
    """A cell's amount, 0 for an empty cell or '-', None for one that reads as no amount."""
    if col >= len(row) or not is_filled(row[col]):
        return 0
    amount, problem = parse_budget(row[col])
    return None if problem else amount or 0
