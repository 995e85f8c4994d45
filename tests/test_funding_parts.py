"""A sub kegiatan written on several rows, one per funding source with its part, is one item of their sum."""

from __future__ import annotations

from syncheck.inspection import sub_kegiatan_budget
from syncheck.messages import render

from support import FIRST_BODY_ROW, read_sheet, skip_reasons

HEADER = [["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Sumber Dana"]]
SUB = ("1.03.10.2.01.0003", "Pembangunan Jalan", "Kec. Sambas")
ROWS = [
    ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, None, None],
    ["1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota", None, None, None],
    [*SUB, 600_000_000, "APBD"],
    [*SUB, 300_000_000, "DAK Fisik"],
    [*SUB, 100_000_000, "BANKEU PROVINSI"],
    ["1.03.10.2.01.0004", "Rehabilitasi Jalan", "Kec. Sambas", 500_000_000, "APBD"],
]


def test_one_row_per_funding_source_is_one_item_of_their_sum(make_workbook):
    plan = read_sheet(make_workbook, HEADER, ROWS)
    subs = [(item.ref.row, item.budget, item.funding) for item in plan.items if item.kind.value == "sub_kegiatan"]
    first = FIRST_BODY_ROW + 2
    assert subs == [(first, 1_000_000_000, "APBD; DAK Fisik; BANKEU PROVINSI"), (first + 3, 500_000_000, "APBD")]
    assert {row: reason.value for row, reason in skip_reasons(plan).items()} == {first + 1: "continuation", first + 2: "continuation"}
    notes = [w.message for w in plan.warnings if "funding source" in w.message]
    assert notes == [
        "2 row(s) repeating the sub kegiatan above them with another funding source and its part read into it: their "
        f"sources joined, their amounts added (the first: 1.03.10.2.01.0003 on row {first}, Rp 1,000,000,000 in all)"]
    assert render(notes[0], "id").startswith("2 baris yang mengulang sub kegiatan di atasnya dengan sumber dana lain")
    assert not any("duplicate row" in w.message for w in plan.warnings)


def test_a_row_typed_twice_with_its_source_stays_a_duplicate(make_workbook):
    rows = ROWS[:3] + [ROWS[2]]
    plan = read_sheet(make_workbook, HEADER, rows)
    assert [item.budget for item in plan.items if item.kind.value == "sub_kegiatan"] == [600_000_000, 600_000_000]
    assert any("duplicate row" in w.message for w in plan.warnings)


def test_a_codeless_sub_kegiatan_on_one_row_per_source_is_one_item_too(make_workbook):
    rows = ROWS[:2] + [[None, *row[1:]] for row in ROWS[2:5]]
    plan = read_sheet(make_workbook, HEADER, rows)
    assert [(item.budget, item.funding) for item in plan.items if item.kind.value == "sub_kegiatan"] == [
        (1_000_000_000, "APBD; DAK Fisik; BANKEU PROVINSI")]


def test_a_row_typed_twice_ends_the_run_of_parts(make_workbook):
    rows = ROWS[:3] + [ROWS[2], ROWS[3]]  # APBD 600, the same again, DAK 300
    plan = read_sheet(make_workbook, HEADER, rows)
    # the second row is the first typed again (counted once); the DAK part is not added to it
    assert [item.budget for item in plan.items if item.kind.value == "sub_kegiatan"] == [600_000_000, 600_000_000, 300_000_000]
    assert sub_kegiatan_budget(plan) == 900_000_000  # (joined onto the repeat, it counted 1,500,000,000)


def test_the_note_on_codeless_parts_names_the_item(make_workbook):
    rows = ROWS[:2] + [[None, *row[1:]] for row in ROWS[2:5]]
    plan = read_sheet(make_workbook, HEADER, rows)
    note = next(w.message for w in plan.warnings if "funding source" in w.message)
    assert "(the first: 'Pembangunan Jalan' on row" in note
