"""How wide a workbook column must be for what its cells show: number formats and width rules (pure).

A number wider than its column shows as ####, a text cut off by a filled neighbour hides its end. Widths
are measured on a sample of each sheet's rows (xlsx.WIDTH_SAMPLE_ROWS), so the rules here are per column,
never per cell: a wrapped text column shows its whole text on more lines, so it measures at most
WRAP_WIDTH; an amount column whose later rows went unmeasured fits any amount up to Rp 999 triliun.
"""

from __future__ import annotations

import functools
import re
from typing import Any

MONEY = "#,##0"
SCORE = "0.0"
PERCENT = "0.0%"
RATIO = "0.000"
MAX_WIDTH = 60
MIN_WIDTH = 6
#: a wrapped text cell widens its column to at most this, and shows the rest on more lines
WRAP_WIDTH = 50
#: the same for a wrapped header: a long column name takes a few lines over a narrow column
HEADER_WRAP_WIDTH = 18
#: characters of the widest amount a '#,##0' column shows when not all its rows were measured
UNMEASURED_AMOUNT = len(f"{10**15 - 1:,}")


def column_width(length: int) -> int:
    """The width of a column whose widest cell shows ``length`` characters (a margin of 2, within bounds)."""
    return min(MAX_WIDTH, max(MIN_WIDTH, length + 2))


def display_length(value: Any, number_format: str | None) -> int:
    """About how many characters Excel shows for a value in a number format."""
    if value.__class__ is str:
        return len(value) if "\n" not in value else max(len(line) for line in value.splitlines())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if number_format and number_format.endswith("%"):
            return 6  # '100,0%'
        if number_format in (SCORE, RATIO):
            return len(f"{value:.{3 if number_format == RATIO else 1}f}")
        return len(f"{value:,}") + _affix_length(number_format)
    return len(str(value))


def is_amount_format(number_format: str | None) -> bool:
    """A format that shows thousands separators ('#,##0', '"Rp" #,##0'): its column holds amounts."""
    return bool(number_format) and "#,##0" in number_format


def unmeasured_amount_length(number_format: str) -> int:
    """The length an amount column must fit when rows past the width sample were not measured."""
    return UNMEASURED_AMOUNT + _affix_length(number_format)


_DIGIT_PLACES = re.compile(r"[0#?,.%]")


@functools.lru_cache(maxsize=64)
def _affix_length(number_format: str | None) -> int:
    """Characters a number format shows besides the digits ('"Rp" #,##0' shows 3), from its first section."""
    if not number_format or number_format == "General":
        return 0
    return len(_DIGIT_PLACES.sub("", number_format.split(";")[0].replace('"', "")))
