"""Funding-source columns beside a general ceiling ('Pagu Indikatif | Pagu Otsus'): whether the ceiling is their total
or money apart from them, as the rows show (pure)."""

from __future__ import annotations

from .values import is_filled, parse_budget


def sources_apart(body: tuple[tuple[object, ...], ...], general: int, sources: tuple[int, ...]) -> bool:
    """True when the general ceiling is no total of its funding-source columns: rows hold more money in them than in it
    (a row leaving it empty counts only when no row shows it is their total), more rows than hold in it just the sum of
    two sources or more (then it is their total, and the other rows slips; one source equal to it shows nothing)."""
    apart = [row for row in body if source_only(row, general, sources)]
    totals = sum(1 for row in body if sum_of_sources(row, general, sources))
    filled = sum(1 for row in apart if readable(row, general))
    return filled > totals if filled else bool(apart) and not totals


def sum_of_sources(row: tuple[object, ...], general: int, sources: tuple[int, ...]) -> bool:
    """True for a row whose general ceiling is the sum of the amounts of two funding sources or more."""
    own = readable(row, general)
    parts = [amount for col in sources if (amount := readable(row, col))]
    return bool(own) and len(parts) > 1 and abs(own - sum(parts)) < 1


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
