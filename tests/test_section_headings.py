"""Section headings naming a kind of items ('I. PROGRAM PRIORITAS DAERAH', 'B. KEGIATAN BARU', the RKPD Perubahan's
'A. PROGRAM/KEGIATAN/SUB KEGIATAN YANG BERUBAH') are skipped, never items; codeless programs stay programs."""

from __future__ import annotations

import pytest

from syncheck.models import Kind, SkipReason
from syncheck.readers import read_plan

from support import TITLE, sub_budget
from support import row_warnings as messages
from support import skip_reasons as reasons

HEADER = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
AGENCY = "DINAS KESEHATAN"
URUSAN = ["1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", None, 350, AGENCY]
PROGRAM = ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, 300, AGENCY]
KEGIATAN = ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, 300, AGENCY]
PUSKESMAS = ["1.02.02.2.01.0002", "Pembangunan Fasilitas Kesehatan Lainnya", "Kec. Bawen", 300, AGENCY]
PROGRAM_2 = ["1.02.03", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", None, 50, AGENCY]
KEGIATAN_2 = ["1.02.03.2.01", "Pemberian Izin Praktik Tenaga Kesehatan", None, 50, AGENCY]
IZIN = ["1.02.03.2.01.0001", "Pengendalian Perizinan Praktik Tenaga Kesehatan", "Kota Contoh", 50, AGENCY]


def read(make_workbook, body):
    return read_plan(str(make_workbook(TITLE + HEADER + body)))


def programs(plan):
    return [item.name for item in plan.items if item.kind is Kind.PROGRAM]


@pytest.mark.parametrize("first, second", [
    ("I. PROGRAM PRIORITAS DAERAH", "II. PROGRAM NON PRIORITAS"),
    ("PROGRAM UNGGULAN BUPATI", "PROGRAM PENDUKUNG"),
    ("A. PROGRAM/KEGIATAN/SUB KEGIATAN YANG BERUBAH", "B. PROGRAM/KEGIATAN/SUB KEGIATAN BARU"),
    ("A. KEGIATAN LANJUTAN", "B. KEGIATAN BARU"),
])  # fmt: skip
def test_section_headings_over_coded_rows_are_skipped(make_workbook, first, second):
    plan = read(make_workbook, [[None, first], URUSAN, PROGRAM, KEGIATAN, PUSKESMAS, [None, second], PROGRAM_2, KEGIATAN_2, IZIN])
    assert reasons(plan) == {6: SkipReason.GROUP, 11: SkipReason.GROUP}
    assert programs(plan) == [PROGRAM[1], PROGRAM_2[1]] and all(item.code is not None for item in plan.items)
    # (the heading is no rest of the sub kegiatan's name above it)
    assert plan.items[3].name == PUSKESMAS[1] and sub_budget(plan) == 350
    assert messages(plan)[0][0] == 6 and messages(plan)[0][1].startswith("2 section heading(s) naming a kind of items")


def test_a_section_letter_in_the_code_column_is_no_invalid_code(make_workbook):
    plan = read(make_workbook, [["A", "PROGRAM PRIORITAS DAERAH"], URUSAN, PROGRAM, KEGIATAN, PUSKESMAS, ["B.", "PROGRAM PENDUKUNG"], PROGRAM_2])
    assert reasons(plan) == {6: SkipReason.GROUP, 11: SkipReason.GROUP} and programs(plan) == [PROGRAM[1], PROGRAM_2[1]]
    assert not any("not a valid code" in message for _, message in messages(plan))


def test_a_section_heading_over_a_codeless_plans_programs_is_skipped(make_workbook):
    plan = read(make_workbook, [
        [None, "I. PROGRAM PRIORITAS DAERAH"], [None, "PROGRAM PENGELOLAAN SUMBER DAYA AIR", None, 300],
        [None, "Pengelolaan SDA dan Bangunan Pengaman Pantai", None, 300], [None, "Normalisasi Sungai Brantas", "Kec. Bawen", 300],
    ])  # fmt: skip
    assert reasons(plan) == {6: SkipReason.GROUP} and programs(plan) == ["PROGRAM PENGELOLAAN SUMBER DAYA AIR"]


def test_a_section_heading_with_the_total_of_its_programs_is_skipped(make_workbook):
    # 'I. PROGRAM PRIORITAS DAERAH  350': the heading carries its section's total, the sum of the program rows under it
    plan = read(make_workbook, [
        [None, "I. PROGRAM PRIORITAS DAERAH", None, 300], PROGRAM, KEGIATAN, PUSKESMAS,
        [None, "II. PROGRAM PENDUKUNG", None, 50], PROGRAM_2, KEGIATAN_2, IZIN,
    ])  # fmt: skip
    assert reasons(plan) == {6: SkipReason.GROUP, 10: SkipReason.GROUP}
    assert programs(plan) == [PROGRAM[1], PROGRAM_2[1]] and sub_budget(plan) == 350


def test_a_section_named_row_whose_amount_is_no_total_stays_a_program(make_workbook):
    # its amount is not what the programs under it add up to: a codeless program of that name, as written
    plan = read(make_workbook, [[None, "PROGRAM PRIORITAS DAERAH", None, 120], PROGRAM, KEGIATAN, PUSKESMAS])
    assert programs(plan) == ["PROGRAM PRIORITAS DAERAH", PROGRAM[1]] and SkipReason.GROUP not in reasons(plan).values()


def test_codeless_programs_without_amounts_stay_programs(make_workbook):
    # a hand-made plan: programs and kegiatan named, no codes, no amounts yet
    plan = read(make_workbook, [
        [None, "PROGRAM PENGELOLAAN SUMBER DAYA AIR"], [None, "Pengelolaan SDA dan Bangunan Pengaman Pantai"],
        [None, "Normalisasi Sungai Brantas", "Kec. Bawen"], [None, "PROGRAM PENYELENGGARAAN JALAN"],
        [None, "Penyelenggaraan Jalan Kabupaten/Kota"], [None, "Pembangunan Jalan Desa", "Kec. Tugu"],
    ])  # fmt: skip
    assert programs(plan) == ["PROGRAM PENGELOLAAN SUMBER DAYA AIR", "PROGRAM PENYELENGGARAAN JALAN"]
    assert SkipReason.GROUP not in reasons(plan).values()


def test_a_name_wrapped_onto_a_row_of_its_own_is_no_heading(make_workbook):
    long_name = ["1.02.02.2.01.0003", "Penyusunan Dokumen Perencanaan Program", "Kec. Bawen", 300, AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, long_name, [None, "dan Kegiatan"], PROGRAM_2, KEGIATAN_2, IZIN])
    assert plan.items[2].name == "Penyusunan Dokumen Perencanaan Program dan Kegiatan"
    assert SkipReason.GROUP not in reasons(plan).values()


def test_a_codeless_program_with_an_amount_cell_stays_a_program(make_workbook):
    # an amount of 0 or '-' is an item's with no money yet; a heading has no amount cell
    for amount in (0, "-"):
        plan = read(make_workbook, [[None, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", None, amount, AGENCY], PROGRAM, KEGIATAN, PUSKESMAS])
        assert programs(plan) == ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", PROGRAM[1]]


def test_a_codeless_program_over_a_coded_one_stays_a_program(make_workbook):
    # no amount yet, and a coded program under it: an official name ('... ENERGI BARU ...') is no section heading
    energy = [None, "PROGRAM PENGELOLAAN ENERGI BARU TERBARUKAN"]
    plan = read(make_workbook, [energy, PROGRAM, KEGIATAN, PUSKESMAS])
    assert programs(plan) == [energy[1], PROGRAM[1]] and SkipReason.GROUP not in reasons(plan).values()


def test_items_named_with_a_section_word_and_more_stay_items():
    from syncheck.group_rows import _names_a_section

    assert _names_a_section("PROGRAM PRIORITAS DAERAH") and _names_a_section("PROGRAM UNGGULAN BUPATI") and _names_a_section("KEGIATAN BARU")
    assert _names_a_section("PROGRAM/KEGIATAN/SUB KEGIATAN YANG BERUBAH")
    assert not _names_a_section("Program Prioritas Penanganan Stunting")
    assert not _names_a_section("Kegiatan Lanjutan Pembangunan RSUD Kanjuruhan Tahap II")
