"""Budget columns of two stages ('Pagu Murni | Pagu Perubahan') whose later one is filled only where the budget changed."""

from __future__ import annotations

import pytest

from syncheck.messages import render, say
from syncheck.readers import read_plan

from support import TITLE, budgets, sub_budget
from support import read_sheet as read
from support import warning_texts as messages

PROGRAM = ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN")
KEGIATAN_1 = ("1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan")
KEGIATAN_2 = ("1.02.02.2.02", "Penyediaan Layanan Kesehatan")
# (code, name, earlier stage, later stage): the later stage's cell is empty ('', '-', nothing) where the budget did not change
ROWS = [
    (*PROGRAM, 360, 370),
    (*KEGIATAN_1, 300, 310),
    ("1.02.02.2.01.0001", "Pembangunan Rumah Sakit", 100, None),
    ("1.02.02.2.01.0002", "Pembangunan Puskesmas", 200, 210),
    (*KEGIATAN_2, 60, ""),
    ("1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", 40, "-"),
    ("1.02.02.2.02.0002", "Pengelolaan Pelayanan Kesehatan Balita", 20, 0),  # cut to nothing in the Perubahan: stays 0
]
# (the program's Perubahan amount, given, is its own; the kegiatan without one keeps its Murni amount, not its children's sum)
READ = [370, 310, 100, 210, 60, 40, 0]
FIRST_TAKEN = len(TITLE) + 2 + 2  # the row of the first sub kegiatan, under a one-row header


@pytest.mark.parametrize("earlier, later", [
    ("Pagu Murni (Rp)", "Pagu Perubahan (Rp)"), ("Pagu Sebelum Perubahan (Rp)", "Pagu Setelah Perubahan (Rp)"),
    ("Pagu Awal (Rp)", "Pagu Akhir (Rp)"), ("Pagu APBD (Rp)", "Pagu P-APBD (Rp)"), ("pagu_murni", "pagu"),
])
def test_an_empty_later_stage_cell_reads_the_earlier_stages_amount(make_workbook, earlier, later):
    plan = read(make_workbook, [["Kode", "Uraian", earlier, later]], [list(row) for row in ROWS])
    assert budgets(plan) == READ and sub_budget(plan) == 100 + 210 + 40
    [warning] = messages(plan)
    assert warning.key == "classify.earlier_budgets" and warning.params["count"] == 3 and warning.params["row"] == FIRST_TAKEN


@pytest.mark.parametrize("earlier, later", [("Murni", "Perubahan"), ("APBD", "P-APBD"), ("Sebelum Perubahan", "Setelah Perubahan")])
def test_stages_under_one_budget_label_read_the_earlier_amount_where_the_later_is_empty(make_workbook, earlier, later):
    header = [["Kode", "Uraian", "Pagu Indikatif (Rp)", None], [None, None, earlier, later]]
    plan = read(make_workbook, header, [list(row) for row in ROWS], merges=("A5:A6", "B5:B6", "C5:D5"))
    # 'APBD | P-APBD' are no funding sources to add up: the APBD before and after its change
    assert budgets(plan) == READ
    assert [warning.key for warning in messages(plan)] == ["classify.earlier_budgets"]


def test_a_full_later_stage_column_says_nothing(make_workbook):
    rows = [[*row[:2], row[2], row[2] if row[3] in (None, "", "-") else row[3]] for row in ROWS]
    plan = read(make_workbook, [["Kode", "Uraian", "Pagu Murni (Rp)", "Pagu Perubahan (Rp)"]], rows)
    assert budgets(plan) == READ and messages(plan) == []


def test_a_parent_levels_earlier_pagu_is_no_sub_kegiatans_earlier_stage(make_workbook):
    header = ["kode_giat", "nama_giat", "pagu_giat_murni", "pagu_giat", "kode_sub_giat", "nama_sub_giat", "pagu_murni", "pagu"]
    rows = [[*KEGIATAN_1, 300, 310, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", 100, None],
            [*KEGIATAN_1, 300, 310, "1.02.02.2.01.0002", "Pembangunan Puskesmas", 200, 210]]
    plan = read_plan(str(make_workbook(TITLE + [header] + rows)))
    assert sub_budget(plan) == 310  # each sub kegiatan counted once, at its own level: 100 + 210, never the kegiatan's 300


def test_the_note_reads_in_both_languages():
    fields = {"count": 3, "later": "D (Pagu Perubahan)", "earlier": "C (Pagu Murni)", "row": 7}
    message = say("classify.earlier_budgets", **fields)
    assert "take their amount in C (Pagu Murni)" in render(message, "en")
    assert "memakai angkanya di C (Pagu Murni)" in render(message, "id")
