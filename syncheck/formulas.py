"""Work out the simple formulas a script saved without their results (=SUM(H5:H9), =H5+H12-H20), from the cells they name.

Excel saves each formula's result beside it; a workbook written by a script (openpyxl, a portal's export) often holds
the formula alone, and the reader then sees an empty cell: a plan whose program and kegiatan totals are formulas loses
every one of them. Sums and differences of cells of the same sheet are all such totals are, so only those are worked
out; anything else (another sheet, a function other than SUM, text in a summed cell) stays unsolved and is warned.
"""

from __future__ import annotations

import math
import re
from typing import Sequence

Cell = tuple[int, int]  # (row, column), 0-based

_TOKEN = re.compile(
    r"\s*(?:(?P<sum>SUM)\s*\(|(?P<range>\$?[A-Z]{1,3}\$?[0-9]{1,7}\s*:\s*\$?[A-Z]{1,3}\$?[0-9]{1,7})"
    r"|(?P<ref>\$?[A-Z]{1,3}\$?[0-9]{1,7})(?![0-9A-Z(!])|(?P<number>[0-9]+(?:\.[0-9]+)?)(?![0-9A-Z])|(?P<op>[-+,;)]))",
    re.IGNORECASE,
)
_REF = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]{1,7})", re.IGNORECASE)
#: a formula longer than this is not a total a script wrote
_LONGEST = 2_000
#: cells in all the ranges of one formula, at most (a SUM over a whole column names a million)
_MOST_CELLS = 200_000
#: cells summed for one sheet's formulas together, at most: thousands of sums over long ranges are no script's totals
_MOST_WORK = 5_000_000


class Unsolved(Exception):
    """The formula is not a sum or difference of this sheet's numbers."""


def solve_formulas(rows: Sequence[tuple[object, ...]], formulas: dict[Cell, str]) -> dict[Cell, int | float]:
    """The value of each formula that is a sum or difference of numbers and cells of the sheet; unsolved ones are left out."""
    solver = _Solver(rows, formulas)
    solved = {}
    for cell in sorted(formulas):
        try:
            value = solver.value(cell)
        except (Unsolved, RecursionError):
            continue
        if not math.isfinite(value):  # a sum of huge numbers: no amount
            continue
        # sums of fractions of a Rupiah come out as 2999999999.9999995: a whole amount is given as one
        solved[cell] = round(value) if abs(value - round(value)) < 1e-6 else value
    return solved


class _Solver:
    """Values of formula cells, each worked out once; a cycle or an unsolvable cell makes every formula using it unsolved."""

    def __init__(self, rows: Sequence[tuple[object, ...]], formulas: dict[Cell, str]) -> None:
        self.rows = rows
        self.formulas = formulas
        self.known: dict[Cell, int | float | None] = {}
        self.work = 0  # cells of ranges summed so far

    def value(self, cell: Cell) -> int | float:
        """The number a formula cell holds."""
        if cell in self.known:
            found = self.known[cell]
            if found is None:
                raise Unsolved(cell)
            return found
        self.known[cell] = None  # in progress: a cycle back to it is unsolved
        result = self._evaluate(self.formulas[cell])
        self.known[cell] = result
        return result

    def _evaluate(self, text: str) -> int | float:
        """The value of a formula's text: terms joined by + and -."""
        tokens = _tokens(text)
        total: int | float = 0
        sign = 1
        expect_term = True
        for kind, token in tokens:
            if expect_term and kind == "op" and token in "+-":
                sign = -sign if token == "-" else sign
                continue
            if expect_term and kind in ("number", "ref", "sum"):
                total += sign * self._term(kind, token, tokens)
                sign, expect_term = 1, False
            elif not expect_term and kind == "op" and token in "+-":
                sign, expect_term = (-1 if token == "-" else 1), True
            else:
                raise Unsolved(text)
        if expect_term:
            raise Unsolved(text)
        return total

    def _term(self, kind: str, token: str, tokens: _Tokens) -> int | float:
        """A number, a cell or a SUM(...) of ranges, cells and numbers."""
        if kind == "number":
            return _number(token)
        if kind == "ref":
            return self._cell(_cell_of(token))
        return self._sum(tokens)

    def _sum(self, tokens: _Tokens) -> int | float:
        """The arguments of SUM( up to its closing bracket, added (empty and text cells of a range count nothing, as in Excel)."""
        total: int | float = 0
        expect_argument = True
        for kind, token in tokens:
            if kind == "op" and token == ")" and not expect_argument:
                return total
            if expect_argument and kind == "range":
                total += sum(self._range(token))
            elif expect_argument and kind in ("ref", "number"):
                total += self._cell(_cell_of(token)) if kind == "ref" else _number(token)
            elif not expect_argument and kind == "op" and token in ",;":
                expect_argument = True
                continue
            else:
                raise Unsolved(token)
            expect_argument = False
        raise Unsolved("SUM(")

    def _range(self, token: str) -> list[int | float]:
        """The numbers of a range's cells (its text and empty cells are passed over, as SUM does)."""
        first, last = (_cell_of(part) for part in token.split(":"))
        top, bottom = sorted((first[0], last[0]))
        left, right = sorted((first[1], last[1]))
        bottom = min(bottom, len(self.rows) - 1)
        cells = max(0, bottom - top + 1) * (right - left + 1)
        self.work += cells
        if cells > _MOST_CELLS or self.work > _MOST_WORK:
            raise Unsolved(token)
        values = []
        for row in range(top, bottom + 1):
            for col in range(left, right + 1):
                if (row, col) in self.formulas:
                    values.append(self.value((row, col)))
                elif isinstance(found := self._raw(row, col), (int, float)) and not isinstance(found, bool):
                    values.append(found)
        return values

    def _cell(self, cell: Cell) -> int | float:
        """A cell named on its own: a number, an empty cell (0) or another formula; text cannot be added."""
        if cell in self.formulas:
            return self.value(cell)
        found = self._raw(*cell)
        if found is None:
            return 0
        if isinstance(found, (int, float)) and not isinstance(found, bool):
            return found
        raise Unsolved(cell)

    def _raw(self, row: int, col: int) -> object:
        """The value the reader gave a cell (None when the sheet has no such cell)."""
        if row >= len(self.rows) or col >= len(self.rows[row]):
            return None
        return self.rows[row][col]


class _Tokens:
    """The tokens of a formula, taken one at a time by the evaluator and its SUM."""

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._items = iter(items)

    def __iter__(self) -> _Tokens:
        return self

    def __next__(self) -> tuple[str, str]:
        return next(self._items)


def _tokens(text: str) -> _Tokens:
    """Split a formula's text into (kind, token) pairs; anything else in it makes it unsolved."""
    text = text.strip().removeprefix("=")
    if len(text) > _LONGEST:
        raise Unsolved(text[:40])
    found, place = [], 0
    while place < len(text.rstrip()):
        match = _TOKEN.match(text, place)
        if not match or match.end() == place:
            raise Unsolved(text)
        kind = match.lastgroup or ""
        found.append((kind, match.group(kind).upper()))
        place = match.end()
    return _Tokens(found)


def _cell_of(token: str) -> Cell:
    """(row, column), 0-based, of a reference such as H12 or $H$12."""
    match = _REF.fullmatch(token.strip())
    if not match:
        raise Unsolved(token)
    letters, digits = match.groups()
    col = 0
    for letter in letters.upper():
        col = col * 26 + ord(letter) - 64
    return int(digits) - 1, col - 1


def _number(token: str) -> int | float:
    """A number written in a formula."""
    return float(token) if "." in token else int(token)
