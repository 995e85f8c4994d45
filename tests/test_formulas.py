"""Sums a script saved without their results, worked out from the cells they name (formulas.solve_formulas)."""

from __future__ import annotations

import pytest

from syncheck.formulas import solve_formulas

# rows from Excel row 1, columns from A: a program total over two kegiatan, each over its sub kegiatan
ROWS = (
    ("Kode", "Nama", "Pagu"),
    ("1.02.02", "PROGRAM", None),
    ("1.02.02.2.01", "Kegiatan A", None),
    ("1.02.02.2.01.0001", "Sub 1", 1_000_000),
    ("1.02.02.2.01.0002", "Sub 2", 2_500_000.5),
    ("1.02.02.2.02", "Kegiatan B", None),
    ("1.02.02.2.02.0001", "Sub 3", 4_000_000),
    ("", "Keterangan", "lihat lampiran"),
)


def solve(**formulas):
    """Solve formulas given as CELL=TEXT (C2='SUM(C3:C4)'), keyed back by the cell's name."""
    cells = {(int(name[1:]) - 1, ord(name[0]) - 65): text for name, text in formulas.items()}
    solved = solve_formulas(ROWS, cells)
    return {f"{chr(col + 65)}{row + 1}": value for (row, col), value in solved.items()}


def test_nested_totals_are_added_up_whatever_their_order():
    assert solve(C2="C3+C6", C3="SUM(C4:C5)", C6="SUM($C$7)") == {"C2": 7_500_000.5, "C3": 3_500_000.5, "C6": 4_000_000}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("=SUM(C4:C5)", 3_500_000.5),
        ("sum(c4, c7; 500)", 5_000_500),
        ("SUM(C4:C5,C7)-C4", 6_500_000.5),
        ("-C4 + 2000000", 1_000_000),
        ("SUM(C1:C8)", 7_500_000.5),  # the header's and the note's text count nothing, as in Excel
        ("C3", 0),  # an empty cell is 0
        ("SUM(C4:C4000)", 7_500_000.5),  # a range past the sheet's last row
        ("0.25+0.5+0.25", 1),  # a whole result is given as a whole number
    ],
)
def test_sums_and_differences_of_numbers_and_cells(text, value):
    assert solve(D1=text) == {"D1": value}


@pytest.mark.parametrize(
    "text",
    ["ROUND(C4,0)", "C4*2", "Lampiran!C4", "'Sheet 2'!C4", "C8+1", "SUM(C:C)", "SUM(C4:C5", "C4+", "C4 C5", "1E+9", "10%", "C4&C5", ""],
)
def test_anything_else_is_left_unsolved(text):
    assert solve(D1=text) == {}


def test_a_cycle_and_what_rests_on_it_are_left_unsolved():
    assert solve(D1="D2+1", D2="D1", D3="D2+C4", D4="C4") == {"D4": 1_000_000}


def test_a_sum_over_a_million_cells_is_left_unsolved():
    assert solve(D1="SUM(A1:Z1000000)") == {}


def test_a_sum_beyond_any_amount_is_left_unsolved():
    rows = ((1e308,), (1e308,))
    assert solve_formulas(rows, {(0, 1): "A1+A2", (1, 1): "A1"}) == {(1, 1): 1e308}


def test_many_long_sums_stop_once_a_sheets_share_of_work_is_spent():
    rows = tuple((1,) for _ in range(150_000))
    formulas = {(row, 1): "SUM(A1:A150000)" for row in range(40)}  # 6,000,000 cells summed in all
    solved = solve_formulas(rows, formulas)
    assert 0 < len(solved) < 40 and set(solved.values()) == {150_000}
