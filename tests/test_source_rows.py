"""Funding-source rows under a sub kegiatan ('- DAK Fisik' / '- DAU', or the source alone in the funding column, each
with its part) are read into it, never items; their parts are its budget when its own pagu cell is empty."""

from __future__ import annotations

from syncheck.models import Kind, SkipReason
from syncheck.readers import read_plan

from support import TITLE, sub_budget
from support import row_warnings as messages
from support import skip_reasons as reasons

HEADER = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Sumber Dana", "Perangkat Daerah"]]
AGENCY = "DINAS PEKERJAAN UMUM"
PROGRAM = ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, 800, None, AGENCY]
KEGIATAN = ["1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota", None, 800, None, AGENCY]
SURVEY = ["1.03.10.2.01.0004", "Survey Kondisi Jalan/Jembatan", "Kec. Lawang", 500, None, AGENCY]
JALAN = ["1.03.10.2.01.0005", "Pembangunan Jalan", "Kec. Lawang", 300, "DAU", AGENCY]
MESSAGE = ("2 row(s) naming a funding source of the item above ('- DAU' with its part) read into it: their sources joined to its funding, "
           "their amounts added only where a sub kegiatan has none; first on row 9")  # fmt: skip


def read(make_workbook, body):
    return read_plan(str(make_workbook(TITLE + HEADER + body)))


def subs(plan):
    return [(item.code_text, item.budget, item.funding, item.parent.row) for item in plan.items if item.kind is Kind.SUB_KEGIATAN]


def test_named_source_rows_are_read_into_the_sub_kegiatan_above(make_workbook):
    plan = read(make_workbook, [PROGRAM, KEGIATAN, SURVEY, [None, "- DBH Pajak", None, 300], [None, "- PAD", None, 200], JALAN])
    # '- PAD' is no kegiatan taking the next sub kegiatan under it
    assert subs(plan) == [("1.03.10.2.01.0004", 500, "DBH Pajak, PAD", 7), ("1.03.10.2.01.0005", 300, "DAU", 7)]
    assert len(plan.items) == 4 and sub_budget(plan) == 800
    assert reasons(plan) == {9: SkipReason.CONTINUATION, 10: SkipReason.CONTINUATION} and messages(plan) == [(9, MESSAGE)]


def test_source_parts_are_the_budget_of_a_sub_kegiatan_without_its_own(make_workbook):
    no_pagu = SURVEY[:3] + [None] + SURVEY[4:]
    named = read(make_workbook, [PROGRAM, KEGIATAN, no_pagu, [None, "- DAK Fisik", None, 300], [None, "- DAU", None, 200], JALAN])
    unnamed = read(make_workbook, [PROGRAM, KEGIATAN, no_pagu, [None, None, None, 300, "DAK"], [None, None, None, 200, "DAU"], JALAN])
    assert subs(named)[0] == ("1.03.10.2.01.0004", 500, "DAK Fisik, DAU", 7) and sub_budget(named) == 800
    assert subs(unnamed)[0] == ("1.03.10.2.01.0004", 500, "DAK, DAU", 7) and sub_budget(unnamed) == 800
    assert messages(unnamed) == [(9, MESSAGE)]


def test_items_whose_names_start_with_a_source_word_stay_items(make_workbook):
    local = [None, "Dana Desa untuk Pembangunan Jalan Lingkungan", "Desa Sukoraharjo", 100, "DAU", AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, SURVEY, local, JALAN])
    assert [item.name for item in plan.items if item.kind is Kind.SUB_KEGIATAN][1] == local[1]
    assert sub_budget(plan) == 900


def test_rows_named_like_a_source_whose_amounts_are_no_parts_of_the_item_above_stay_items(make_workbook):
    # local items 'Hibah KONI', 'Dana Desa' with amounts of their own: they do not add up to the 300 above them
    kegiatan = KEGIATAN[:3] + [1_900] + KEGIATAN[4:]
    plan = read(make_workbook, [PROGRAM, kegiatan, SURVEY, JALAN, [None, "Hibah KONI", None, 200], [None, "Dana Desa", None, 900]])
    assert [item.name for item in plan.items if item.kind is Kind.SUB_KEGIATAN] == [SURVEY[1], JALAN[1], "Hibah KONI", "Dana Desa"]
    assert sub_budget(plan) == 1_900


def test_a_recap_by_source_under_the_total_is_no_part_of_the_last_sub_kegiatan(make_workbook):
    unfunded = JALAN[:3] + ["-"] + JALAN[4:]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, SURVEY, unfunded, [None, "JUMLAH TOTAL", None, 500],
                                [None, "DAU", None, 300], [None, "DAK Fisik", None, 200]])
    assert [(item.code_text, item.budget) for item in plan.items if item.code_text == JALAN[0]] == [(JALAN[0], None)]
